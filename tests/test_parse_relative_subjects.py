"""A relative clause inside a subject is read past to the main verb: "The man who jumped
the fence pushed past a guard" has the predicate "push" and the subject "The man who jumped
the fence". Where no verb follows the relative's, the relative's verb stays the verb (a
fragment such as "The driver, who asked not to be named."). Sentences are written for these
tests."""

from __future__ import annotations

import pytest

from claimtrack.parse import grammar
from claimtrack.parse.split import subject_of


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        # a past form after "who"
        ("The man who jumped the fence on Friday pushed past a guard.",
         "The man who jumped the fence on Friday", "push"),
        # an auxiliary and its participle in the relative, then the main auxiliary
        ("Pilots who have joined the rebels are training recruits.",
         "Pilots who have joined the rebels", "train"),
        ("Two nurses who treated the patient have fallen ill.",
         "Two nurses who treated the patient", "fall"),
        # "which", and a plain form after the clause agrees with the noun before it
        ("The group which claimed the attack is threatening more strikes.",
         "The group which claimed the attack", "threaten"),
        ("Analysts who follow the company expect a loss.",
         "Analysts who follow the company", "expect"),
        # "whose" with its noun; the relative's passive is one verb group
        ("The man whose car was stolen called the police.",
         "The man whose car was stolen", "call"),
        # an adverb inside the group, and "not yet been"
        ("The suspect who was later found in a barn has been charged.",
         "The suspect who was later found in a barn", "charge"),
        ("A man who has not yet been charged is in custody.",
         "A man who has not yet been charged", "be"),
        # a second verb joined by "and" is the relative's too
        ("The driver who left the bus and ran into a field was caught.",
         "The driver who left the bus and ran into a field", "catch"),
        # a preposition before "which"
        ("The town in which the fire started was evacuated.",
         "The town in which the fire started", "evacuate"),
        # a comma closes the relative
        ("The pilot who resigned, said the airline had failed him.",
         "The pilot who resigned", "say"),
    ],
)  # fmt: skip
def test_a_relative_clause_in_the_subject_is_read_past(
    text: str, subject: str, predicate: str
) -> None:
    assert subject_of(text) == subject
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # no verb after the relative's: a fragment keeps the relative's verb
        ("The driver, who asked not to be named.", "ask"),
        ("Residents who fled the flames.", "flee"),
        # "Who" opening the sentence is its subject, no relative
        ("Who opened the gate on Monday?", "open"),
        # the main verb comes before any relative
        ("Police arrested a man who jumped the fence.", "arrest"),
        # "that" is read as before: its verb after a noun is the relative's
        ("The firm that built the bridge denied any fault.", "deny"),
    ],
)
def test_a_relative_with_no_verb_after_it_or_none_in_the_subject_is_read_as_before(
    text: str, predicate: str | None
) -> None:
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a subject pronoun's verb inside the relative is a clause of the relative's own
        ("A husband who thought he had lost the letter has found it.", "find"),
        ("A fan who said they had seen the crash spoke to police.", "speak"),
        # "and" with an adverb before the second verb
        ("The clerk who worked at the port and later ran a shop was fined.", "fine"),
        # an object pronoun ends the relative as a noun does
        ("The man who stole it was caught.", "catch"),
        ("The officer who saw them fled.", "flee"),
    ],
)
def test_a_clause_inside_the_relative_is_the_relatives(text: str, predicate: str) -> None:
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # "which" after a sentence's opening preposition is a determiner
        ("At which point she demanded a lawyer.", "demand"),
        ("In which case the ferry will sail on Monday.", "sail"),
    ],
)
def test_which_after_an_opening_preposition_opens_no_relative(text: str, predicate: str) -> None:
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a plain form after the relative agrees with a plural before it
        ("Those who knew him say he was polite.", "say"),
        ("Two men from the old town who saw the fire say it started at noon.", "say"),
        # a clause cut after its lead keeps "during which" a relative
        ("during which he rested, the captain wrote a letter.", "write"),
    ],
)
def test_the_main_verb_after_a_relative_agrees_with_a_plural_before_it(
    text: str, predicate: str
) -> None:
    assert grammar.main_predicate(text) == predicate


def test_a_plain_form_after_a_relative_about_one_thing_is_no_verb() -> None:
    # "say" cannot agree with "The leader": the relative's verb stays the verb
    assert grammar.main_predicate("The leader who fled the city say nothing.") == "flee"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a plain form right after the relative's last noun, before a closing mark or a
        # preposition, is a compound's noun, even after a plural
        ("The donors of the trust, which files a tax return, include their own fund.",
         "include"),
        ("Residents who fell ill or could not miss work on the day were fined.", "fine"),
    ],
)  # fmt: skip
def test_a_plain_form_after_a_relative_before_a_mark_or_a_preposition_is_a_noun(
    text: str, predicate: str
) -> None:
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # an auxiliary's letters in capitals after a preposition are a group's initials
        ("Fighters who joined the war against IS have returned home.", "return"),
        ("Volunteers from across IS territory fled.", "flee"),
        # a headline in capitals keeps its verb
        ("THE GROUP IS GROWING.", "be"),
    ],
)
def test_capital_initials_after_a_preposition_are_no_auxiliary(text: str, predicate: str) -> None:
    assert grammar.main_predicate(text) == predicate


def test_a_subject_too_long_with_its_relative_is_the_noun_before_it() -> None:
    text = (
        "A resident who had played football with the mayor when they were both part of a "
        "team run by the church said the club had closed."
    )
    assert subject_of(text) == "A resident"


def test_a_long_subject_without_a_relative_is_still_none() -> None:
    text = (
        "The long and winding road to the old harbour town on the northern edge of the "
        "great lake closed."
    )
    assert subject_of(text) is None


def test_a_long_subject_cut_before_its_relative_leaves_out_the_relatives_preposition() -> None:
    text = (
        "The only two earlier meetings in which the full board sat with the union and the "
        "city were held in May."
    )
    assert subject_of(text) == "The only two earlier meetings"
