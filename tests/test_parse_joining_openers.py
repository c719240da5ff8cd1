"""A claim's text leaves out a word that only joins its sentence to the one before ("But",
"And", "However,"): the claim stands alone. A word that says when or how, a condition ("But
for the rain"), or one of these without its comma where the list wants one, stays.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from parse_helpers import facts, parse


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("And the harbour board approved the loan.", "The harbour board approved the loan."),
        ("However, the pier stayed shut on Monday.", "The pier stayed shut on Monday."),
        ("Meanwhile, the mayor of Varna left for Sofia.", "The mayor of Varna left for Sofia."),
        ("In addition, the port hired 40 new pilots.", "The port hired 40 new pilots."),
        ("Still, the ferry line made a profit in May.", "The ferry line made a profit in May."),
        ("And, as usual, the ferry was late.", "As usual, the ferry was late."),
        ("But the ferry sailed on time.", "The ferry sailed on time."),
        ("But, on Monday, the pier reopened.", "On Monday, the pier reopened."),
    ],
)
def test_a_joining_word_is_cut_from_the_claim(text: str, claim: str) -> None:
    assert [c for c, _ in facts(text)] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "But for the rain, the race would have been held in May.",
        "Still water covered the quay on Monday.",
        "Also Tuesday, rebels shelled the port town.",
        "Then the ferry sailed to Varna.",
        "Instead, the board sold the depot.",
    ],
)
def test_a_condition_a_time_or_a_word_without_its_comma_stays(text: str) -> None:
    assert [c for c, _ in facts(text)] == [text]


def test_the_pronoun_after_a_joining_word_is_still_resolved() -> None:
    claims = facts("Mr. Tomas Berg left the port on Monday. And he returned on Friday.")
    assert [c for c, _ in claims][1] == "Tomas Berg returned on Friday."


def test_the_joining_word_is_not_the_subject() -> None:
    (claim,) = parse("And reports that the ferry sank were denied.")
    assert claim.text.startswith("Reports")
    assert claim.subject != "And"
