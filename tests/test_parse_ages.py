"""Ages set off by commas after a name ("Mara Ilves, 34"): a detail about the person, not
part of who speaks or whom a relative clause is about; relatives that interrupt the subject
of a reported clause ("speculation that his sister, Kim, who ..., has taken over"); lists of
described people that are no apposition; and an empty "it" before a modal and "be"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, extract_claims
from claimtrack.judge.ages import age_holder
from claimtrack.parse import grammar


def claims_of(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(sentence)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prices rose sharply in May, said Tom Berg, 52.", "Tom Berg"),
        ("Water came into the cabins within minutes, said Ana Ruiz, 61.", "Ana Ruiz"),
        (
            '"Prices rose sharply in May," said Tom Berg, 52, a shop owner.',
            "Tom Berg, a shop owner",
        ),
    ],
)
def test_an_age_after_the_speaker_is_not_part_of_the_speaker(sentence: str, speaker: str) -> None:
    (found,) = claims_of(sentence)
    assert found[1] == speaker
    assert "52" not in found[0] and "61" not in found[0]


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        (
            "The ship began listing, said Mara Ilves, 34, who was travelling with her sons.",
            "Mara Ilves was travelling with her sons.",
        ),
        (
            "Tom Berg, 52, who owns the shop, said prices rose sharply in May.",
            "Tom Berg owns the shop.",
        ),
        (
            "The driver, 45, who was hurt in the crash, was taken to hospital.",
            "The driver was hurt in the crash.",
        ),
        (
            "Police questioned the driver, 45, who was hurt in the crash.",
            "The driver was hurt in the crash.",
        ),
    ],
)
def test_a_relative_after_an_age_is_about_the_person(sentence: str, relative: str) -> None:
    assert relative in [text for text, _ in claims_of(sentence)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mara Ilves, 34", "Mara Ilves"),
        ("Tom Berg, 52, a shop owner", "Tom Berg, a shop owner"),
        # not an age: a year, a word, a number with more digits
        ("Oslo, 2019", "Oslo, 2019"),
        ("Tom Berg, a shop owner", "Tom Berg, a shop owner"),
        ("Flight 1234, 5678", "Flight 1234, 5678"),
    ],
)
def test_without_age_drops_only_an_age(name: str, expected: str) -> None:
    assert grammar.without_age(name) == expected


@pytest.mark.parametrize(
    ("sentence", "main", "relative"),
    [
        (
            "Speculation grew that his sister, Kim Yo-jong, who is a party official, has "
            "taken over the leadership.",
            "Speculation grew that his sister, Kim Yo-jong has taken over the leadership.",
            "Kim Yo-jong is a party official.",
        ),
        (
            "The report found that the mayor, who took office in 2019, had broken the rules.",
            "The report found that the mayor had broken the rules.",
            "The mayor took office in 2019.",
        ),
        (
            "It was never clear when the pilot, who was captured in May, had been killed.",
            "It was never clear when the pilot had been killed.",
            "The pilot was captured in May.",
        ),
    ],
)
def test_a_relative_that_interrupts_a_clause_leaves_its_verb_to_the_clause(
    sentence: str, main: str, relative: str
) -> None:
    assert [text for text, _ in claims_of(sentence)] == [main, relative]


def test_an_interrupting_relative_with_a_list_in_it_is_not_cut_at_its_first_comma() -> None:
    # which comma closes the relative is not clear from the commas alone ("a coup, ...,
    # and a stomach illness, had died"): the sentence stays whole rather than giving "the
    # rumour that Mr. Okafor, 88." and a relative that takes the clause's verb
    sentence = (
        "Lagos was distracted by the rumour that Mr. Okafor, 88, who has survived a coup, "
        "two assassination attempts, countless cigars, a fall from a stage and a stomach "
        "illness, had finally died."
    )
    assert [text for text, _ in claims_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Junaid Khan, 20, a hacker from Leeds, and Ali Shah, 23, from Bury, are also being "
        "investigated.",
        "Tom Lund, a spokesman for the fund in Bergen, and Peter Rose, a spokesman for the "
        "bank, declined to comment.",
    ],
)
def test_people_listed_with_descriptions_are_no_apposition_of_the_first(sentence: str) -> None:
    # the commas are a list's: "Tom Lund was a spokesman ..., and Peter Rose, ..." is wrong
    for text, _ in claims_of(sentence):
        assert not (", and " in text and (" was " in text or " is " in text)), text


def test_a_description_with_a_lower_case_and_is_still_an_apposition() -> None:
    sentence = "Tom Berg, a former minister and father of two, said prices rose sharply in May."
    assert "Tom Berg was a former minister and father of two." in [
        t for t, _ in claims_of(sentence)
    ]


@pytest.mark.parametrize(
    "it_sentence",
    [
        '"It will be a great day for them," Trump said on Wednesday.',
        '"It could be a long winter," the minister said.',
        "It may be weeks before the line reopens.",
    ],
)
def test_an_it_before_a_modal_and_be_is_empty_and_names_no_one(it_sentence: str) -> None:
    # a one-word name ("Kim", like "Tehran") can be what a later "it" means; "it will be a
    # great day" means nothing named before
    article = f"Now Kim is set to meet the president next week.\n\n{it_sentence}\n"
    texts = [text for text, _ in claims_of(article)]
    assert not any(text.startswith("Kim ") and text != texts[0] for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "age_claim"),
    [
        ("Ines Varga, 44, a former teacher, has promised to cut bus fares.", "Ines Varga is 44."),
        ("Varga, 45, has pledged to build 1,200 homes.", "Varga is 45."),
        ("Tomas Berger, 52, died on Monday.", "Tomas Berger was 52."),
        ("Mara Ilves, 34, who was travelling alone, was rescued.", "Mara Ilves was 34."),
    ],
)
def test_an_age_after_a_name_is_a_claim_of_its_own(sentence: str, age_claim: str) -> None:
    texts = [text for text, _ in claims_of(sentence)]
    assert age_claim in texts
    # the main clause keeps its own words, without the age
    assert not any(", 4" in text or ", 5" in text or ", 3" in text for text in texts)


@pytest.mark.parametrize(
    "sentence",
    [
        # a description, not a name: whose age it is is not told
        "The driver, 45, was unhurt.",
        # two people, two ages
        "Tomas Berger and Ines Varga, 44 and 41, were arrested.",
        # a number after a place is no age
        "Ostrava, 2019, was the last stop.",
    ],
)
def test_no_age_claim_without_one_named_person(sentence: str) -> None:
    assert not any(
        text.endswith(("is 45.", "was 45.", "was 44.", "is 44.")) for text, _ in claims_of(sentence)
    )
    assert not any(" is 2019" in text or " was 2019" in text for text, _ in claims_of(sentence))


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("Ines Varga is 44.", "44", frozenset({"ines", "varga"})),
        ("Tomas Berger was 52.", "52", frozenset({"tomas", "berger"})),
        # a figure that does not end the claim, or a subject that is no name: no age
        ("Ines Varga is 44 points ahead.", "44", None),
        ("The toll is 44.", "44", None),
    ],
)
def test_the_age_claim_is_read_as_the_persons_age(
    text: str, figure: str, holder: frozenset[str] | None
) -> None:
    assert age_holder(text, figure) == holder


def test_two_ages_of_one_person_conflict_as_ages(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    folder = write_articles(
        {
            "wire.md": "Ines Varga, 44, a former teacher, has promised to cut bus fares.\n",
            "paper.md": "Ines Varga, 45, has pledged to cut bus fares and build homes.\n",
        }
    )
    report = build_report([folder])
    explanations = [c.explanation for cluster in report.clusters for c in cluster.conflicts]
    assert any("44" in e and "45" in e and e.endswith("for age") for e in explanations)
