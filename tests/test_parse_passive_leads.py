"""A leading past-participle phrase ("Born in 1971, ...", "Armed with rifles, ...") is said
of the main clause's subject: a claim of its own, and never part of the subject (issue #3).

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts, parse


def texts(article: str) -> list[str]:
    return [text for text, _ in facts(article)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Born in 1971, Tom Berg comes from a family of teachers.",
            ["Tom Berg comes from a family of teachers.", "Tom Berg was born in 1971."],
        ),
        (
            "Founded in 1990, the company employs 300 people.",
            ["The company employs 300 people.", "The company was founded in 1990."],
        ),
        # a lasting state in the main verb's present tense
        (
            "Based in Oslo, the firm employs 300 people.",
            ["The firm employs 300 people.", "The firm is based in Oslo."],
        ),
        # a plural subject, a pronoun and two names take "were"
        (
            "Injured in the blast, three workers were taken to hospital.",
            ["Three workers were taken to hospital.", "Three workers were injured in the blast."],
        ),
        (
            "Swept up in the rush, they sold every share.",
            ["They sold every share.", "They were swept up in the rush."],
        ),
        (
            "Backed by the unions, Ana Ruiz and Tom Berg won the vote.",
            [
                "Ana Ruiz and Tom Berg won the vote.",
                "Ana Ruiz and Tom Berg were backed by the unions.",
            ],
        ),
        # the adverb between subject and verb is the main clause's, not the phrase's
        (
            "Aided by the tide, the rowers finally reached the pier.",
            ["The rowers finally reached the pier.", "The rowers were aided by the tide."],
        ),
        (
            "Forced to flee, the family moved to a hotel.",
            ["The family moved to a hotel.", "The family was forced to flee."],
        ),
    ],
)
def test_a_passive_lead_is_a_claim_about_the_subject(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reporter's question, a participle working as a preposition, a source
        ("Asked about the fire, the mayor said the plant was safe.", ["The plant was safe."]),
        ("Compared with last year, sales rose 5%.", ["Sales rose 5%."]),
        ("Based on the data, the study found a link.", ["The study found a link."]),
        ("Reached by phone, the coach declined to comment.", ["The coach declined to comment."]),
        # a verb with no passive: "The nun was arrived" is no English
        ("Arrived in the city in June, the nun is from Peru.", ["The nun is from Peru."]),
    ],
)
def test_some_leads_are_cut_off_but_make_no_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle before its noun is an adjective: no lead to cut
        "Armed men stormed the bank on Friday.",
        "Injured passengers were taken to the clinic.",
        # no preposition after the participle
        "Elected officials met the donors on Friday.",
    ],
)
def test_a_participle_before_its_noun_is_no_lead(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_an_irregular_plural_is_no_participle() -> None:
    # "People" and "Men" are no participles of a verb: no "I was people in the ferry trade"
    for sentence in (
        '"People in the ferry trade, I think they\'re badly paid," she said.',
        '"Men in the ferry trade, I think they\'re badly paid," she said.',
    ):
        assert not any(" was " in t or " were " in t for t, _ in facts(sentence))
        assert not any(" was " in c.text for c in parse(sentence))


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Born in 1971, Tom Berg comes from a family of teachers.", "Tom Berg"),
        ("Armed with rifles, the guards stood at the gate.", "the guards"),
        ("Known as the Iron Lady, she led Britain for 11 years.", "she"),
    ],
)
def test_the_lead_is_not_the_subject(sentence: str, subject: str) -> None:
    assert next(c.subject for c in parse(sentence)) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject ran past its verb: no "was" clause is built on it
        "Known for his wit, Ben Ortiz paints murals on walls and even sells prints.",
        "Moved by the note, Kim's mother covers her mouth and bursts into tears.",
        # a second act in the phrase: the copula could carry only one
        "Mounted with a gun and leaving a trail of smoke, a truck crossed the border.",
    ],
)
def test_no_setting_claim_on_a_doubtful_subject(sentence: str) -> None:
    assert not any(" was " in t or " were " in t or " are " in t for t in texts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "of which"/"of whom" after a noun phrase: a relative clause about the subject
        (
            "That deal, the outlines of which were announced in May, limited exports.",
            ["That deal limited exports.", "The outlines of that deal were announced in May."],
        ),
        (
            "The protesters, most of whom were students, left the square.",
            ["The protesters left the square.", "Most of the protesters were students."],
        ),
        (
            "Nordvik, two of whose plants are in Oslo, cut 300 jobs.",
            ["Nordvik cut 300 jobs."],
        ),
    ],
)
def test_of_which_in_an_apposition_names_the_subject(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected
