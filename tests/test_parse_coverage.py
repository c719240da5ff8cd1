"""Sentences the parser used to leave without a usable claim: speakers written with a
description, quotations cut in two by their speaker, "he said" after a person the article
named, opinion cues inside an aside, and the writer's facts about a speaker."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.normalize import normalize_text
from claimtrack.parse.attribution import find_attribution
from claimtrack.parse.tags import find_addition, find_interruption
from parse_helpers import facts, parse

# --- a speaker written as a name and a description ---------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"We will appeal," the city\'s finance chief, Ana Ruiz, said in a statement.',
         "Ana Ruiz", "We will appeal"),
        ('"The dam held," Tom Berg, the county engineer, said on Monday.',
         "Tom Berg", "The dam held"),
        ("“Nothing was lost,” the port's director, Dr. Lena Holm, told reporters.",
         "Dr. Lena Holm", "Nothing was lost"),
    ],
)  # fmt: skip
def test_the_name_of_a_described_speaker_is_the_speaker(
    text: str, speaker: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker
    assert found.quoted
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        # a description on both sides of the comma: no name to credit
        '"The dam held," the engineer, a veteran of the county, said.',
        # a relative clause, not a name
        '"We will appeal the ruling," the mayor, who was elected last year, said.',
    ],
)
def test_a_speaker_without_a_name_is_not_guessed(text: str) -> None:
    found = find_attribution(text)
    assert found is None or found.speaker in ("the engineer", "the mayor")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“I will not step aside,” he told reporters Wednesday.", "he"),
        ('"The vote is final," the clerk said Friday.', "the clerk"),
        ('"The vote is final," said the clerk Friday in Oslo.', "the clerk"),
    ],
)
def test_a_bare_day_after_the_verb_ends_the_attribution(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


# --- a quotation cut in two by its speaker -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "joined"),
    [
        ("“Is it fair,” Judge Ortiz asked Ms. Wynn, “that the county paid less than the state "
         "average?”", "Judge Ortiz",
         "Is it fair that the county paid less than the state average?"),
        ("“This budget,” she declared, “ends the waste right here.”", "she",
         "This budget ends the waste right here."),
        ('"The plant," said Ana Ruiz, "will reopen in May."', "Ana Ruiz",
         "The plant will reopen in May."),
        ("“Our books,” the treasurer told reporters, “are open to anyone.”", "the treasurer",
         "Our books are open to anyone."),
    ],
)  # fmt: skip
def test_an_interrupted_quotation_is_rejoined_and_credited(
    text: str, speaker: str, joined: str
) -> None:
    found = find_interruption(text)
    assert found is not None
    assert found.attribution.speaker == speaker
    assert facts(text) == [(joined, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # no saying verb between the halves
        '"The plant is safe," the inspectors, who visited twice, "and will reopen."',
        # one quotation, then its speaker: the ordinary trailing attribution
        '"Apples, pears and plums," the grocer said.',
        # no quotation at the start
        "The plant, said Ana Ruiz, will reopen in May.",
    ],
)
def test_other_quotations_are_not_interruptions(text: str) -> None:
    assert find_interruption(text) is None


# --- "he said" after a person the article named ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title says the subject is a person
        ('Chief Justice Ana Ruiz voiced doubts about the case. "Is it true that the county '
         'paid less?" she asked.', "Chief Justice Ana Ruiz"),
        ('Gov. Tom Hale spoke next. "I am staying," he said.', "Gov. Tom Hale"),
        # a surname after the full name is a person's
        ('Ana Ruiz chairs the port board. Ruiz later apologized for the delay. "I misjudged '
         'the tide," she said.', "Ana Ruiz"),
        # the quotation before was theirs, and the title says "he"
        ('"I will not resign," said Mr. Tom Hale. "I am not tired," he said.', "Mr. Tom Hale"),
    ],
)  # fmt: skip
def test_he_or_she_is_the_person_named_just_before(text: str, speaker: str) -> None:
    assert facts(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the title says another pronoun
        'Mr. Tom Hale spoke next. "I am staying," she said.',
        '"I will not resign," said Mr. Tom Hale. "I am not tired," she said.',
        # a title word that opens a company's name is no person's title
        'General Motors Company cut its forecast. "We are fine," he said.',
        # a speaker without a title may not be the "he" when a person named before may be
        'Tom Hale spoke first. "I will not resign," said Ana Lind. "I am not tired," he said.',
    ],
)
def test_he_or_she_stays_when_the_person_is_not_certain(text: str) -> None:
    assert facts(text)[-1][1] in ("he", "she")


def test_both_halves_of_a_split_quotation_keep_the_resolved_speaker() -> None:
    text = 'Gov. Tom Hale spoke next. "The flooding stops here and stops now," he said.'
    speakers = {speaker for _, speaker in facts(text)[1:]}
    assert speakers == {"Gov. Tom Hale"}


# --- an opinion cue inside an aside ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The end date is May 1, a date that should allow time for a successor.",
         "The end date is May 1."),
        ("The council — which should have acted sooner — voted on Monday.",
         "The council voted on Monday."),
        ("The levy -- one that must be repaid by 2030 -- passed on Friday.",
         "The levy passed on Friday."),
    ],
)  # fmt: skip
def test_an_opinion_aside_leaves_the_rest_a_fact(text: str, fact: str) -> None:
    claims = parse(text)
    assert [c.text for c in claims if c.kind is Kind.FACT] == [fact]
    assert any(c.kind is Kind.OPINION for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # the cue is in the main clause, not in the aside
        "The plan should fail, a result that many expect.",
    ],
)
def test_an_opinion_outside_the_aside_stays_an_opinion(text: str) -> None:
    assert [c.kind for c in parse(text)] == [Kind.OPINION]


@pytest.mark.parametrize(
    "text",
    [
        "The council, which met on Monday, should resign.",
        "The council — which met on Monday — should resign.",
    ],
)
def test_a_fact_in_the_aside_of_an_opinion_is_the_writers(text: str) -> None:
    # the main clause keeps its cue; the relative, between commas or dashes, is a fact
    assert [(c.kind, c.text) for c in parse(text)] == [
        (Kind.OPINION, "The council should resign."),
        (Kind.FACT, "The council met on Monday."),
    ]


# --- the writer's facts about a subject or a speaker -------------------------------------


def test_an_adverb_after_a_subjects_relative_clause_keeps_the_subject_clean() -> None:
    text = "Ms. Ruiz, who did not answer calls, later posted an apology."
    texts = [claim_text for claim_text, _ in facts(text)]
    assert texts == ["Ms. Ruiz later posted an apology.", "Ms. Ruiz did not answer calls."]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Ana Ruiz, the port's director, wrote that the council should resign.",
         "Ana Ruiz was the port's director."),
        ("Tom Hale, a former mayor, said the plan was a disgrace.",
         "Tom Hale was a former mayor."),
    ],
)  # fmt: skip
def test_who_the_speaker_is_stays_a_fact_when_the_statement_is_an_opinion(
    text: str, fact: str
) -> None:
    claims = parse(text)
    assert fact in [c.text for c in claims if c.kind is Kind.FACT]
    assert any(c.kind is Kind.OPINION for c in claims)


# --- apologising is an act of its own ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The aide apologized on Friday for the post.",
        "The aide issued an apology for the post.",
        "The aide apologised for the post.",
    ],
)
def test_an_apology_is_one_predicate_class(text: str) -> None:
    assert "apologize" in normalize_text(text).predicates


# --- an opening conjunction, and an aside after an opening phrase -------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But on Tuesday, the mayor's allies in the council, including the deputy, Tom Berg, "
         "announced that they would oppose the plan.", "the mayor's allies in the council"),
        ("And in May, the port's owners, a group of three banks, said that the port would "
         "close.", "the port's owners"),
    ],
)  # fmt: skip
def test_a_conjunction_before_the_opening_phrase_is_not_the_speaker(
    text: str, speaker: str
) -> None:
    assert facts(text)[0][1] == speaker


def test_a_conjunction_alone_opens_no_phrase() -> None:
    # "But" is cut as a joining word (data/joining_openers.txt), no phrase before a speaker
    assert facts("But the council voted to close the port.") == [
        ("The council voted to close the port.", None)
    ]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In the first week — a week that should have been quiet — the council met four times.",
         "In the first week, the council met four times."),
        ("Opening the session — in which every bill must name its funding — the clerk read "
         "the charter.", "Opening the session, the clerk read the charter."),
        # no opening phrase: the aside goes without a comma
        ("The council — which should have acted sooner — voted on Monday.",
         "The council voted on Monday."),
    ],
)  # fmt: skip
def test_an_aside_after_an_opening_phrase_leaves_its_comma(text: str, fact: str) -> None:
    assert [t for t, _ in facts(text)] == [fact]


# --- a second statement after the speaker: ", adding ..." --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We need no more tests," Ana Ruiz said at a party meeting, adding "the test site '
         'has done its job."',
         [("We need no more tests.", "Ana Ruiz"), ("The test site has done its job.", "Ana Ruiz")]),
        ('"The port is safe," the minister said, adding that the inspectors found no leak.',
         [("The port is safe.", "the minister"),
          ("The inspectors found no leak.", "the minister")]),
        # the speaker first: "adding" and "noting" are still the speaker's words
        ("Ana Ruiz said the port would close, adding that the site was safe.",
         [("The port would close.", "Ana Ruiz"), ("The site was safe.", "Ana Ruiz")]),
        # a colon before the quotation
        ('Ana Ruiz said the port would close, noting: "The site is safe for now."',
         [("The port would close.", "Ana Ruiz"), ("The site is safe for now.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_participle_after_the_speaker_reports_more_of_their_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "saying" after "X said A" may be what A's subject says
        "Officials said the army entered the city, saying it would restore order.",
        # no speaker before the participle
        "The storm hit the coast on Monday, adding to the damage from last week.",
        # a colon before words that are not a quotation
        "Ana Ruiz said the port would close, adding: the site was safe.",
    ],
)
def test_other_participles_are_not_a_second_statement(text: str) -> None:
    assert find_addition(text) is None


# --- the writer's account before a quoted question ---------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In one of the sharper passages, the auditor asks what the mayor knew about aides, "
         'including the treasurer, seeking help from abroad: "What did you know of any '
         'contact with foreign donors?"',
         "The auditor asks what the mayor knew about aides, including the treasurer, seeking "
         "help from abroad."),
        ("The committee's second letter asks whether the port paid the contractor twice: "
         "“Were both invoices settled in March?”",
         "The committee's second letter asks whether the port paid the contractor twice."),
    ],
)  # fmt: skip
def test_the_account_before_a_quoted_question_is_a_fact(text: str, fact: str) -> None:
    claims = parse(text)
    assert [c.text for c in claims if c.kind is Kind.FACT] == [fact]
    assert [c.kind for c in claims if c.kind is not Kind.FACT] == [Kind.QUESTION]


@pytest.mark.parametrize(
    "text",
    [
        # a speaker and a verb, not an account
        'The senator turned to the witness and asked: "Where did the money go?"',
        # a question before the colon too
        'Did the council vote on the plan before the deadline that was set: "yes or no?"',
    ],
)
def test_a_question_with_only_its_speaker_before_the_colon_is_not_split(text: str) -> None:
    assert len(parse(text)) == 1


# --- "Although X said A, B": the subordinator is no speaker -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Although the council has told the mayor's lawyers that she is not a suspect, "
         "investigators remain interested in whether her actions broke the law.",
         [("She is not a suspect.", "the council"),
          ("Investigators remain interested in whether her actions broke the law.", None)]),
        ("Even though the ministry announced that the port was safe, inspectors found a leak.",
         [("The port was safe.", "the ministry"), ("Inspectors found a leak.", None)]),
    ],
)  # fmt: skip
def test_a_concessive_clause_keeps_its_own_speaker(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected
    assert all(not (s or "").lower().startswith(("although", "even")) for _, s in facts(text))


def test_a_sentence_credited_as_a_whole_stays_credited() -> None:
    text = "Although the port reopened on Monday, ferries stayed in the harbour, the captain said."
    assert {speaker for _, speaker in facts(text)} == {"the captain"}
