"""What an event left behind, and what a subject could not do. Invented sentences.

- A claim whose verb tells a result ("A fault left customers unable to pay") and a claim that
  tells the same event in its own verb share its object: no two acts told apart by their
  verbs (``match.frames.verbs_apart``, data/result_verbs.txt).
- "unable to" says "no" by its meaning (data/negative_words.txt): "could not use" and "left
  ... unable to use" agree (``match.vetoes.is_vetoed``).
- A result participle after a head of inability ("Customers could not pay, leaving shoppers
  stranded") is no act of the head's subject (``parse.split``)."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.match import frames
from claimtrack.match.vetoes import is_vetoed
from claimtrack.normalize import MatchKey, normalize_claim


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _texts(sentence: str) -> list[str]:
    return [c.text for c in extract_claims(sentence)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Thousands of Pelto Energy customers were cut off on Sunday by a cable fire.",
            "A cable fire left Pelto Energy customers in the dark on Sunday.",
        ),
        (
            "Dozens of Orvik Air flights were grounded on Friday by a radar fault.",
            "A radar fault caused Orvik Air flights to stay on the ground on Friday.",
        ),
    ],
)
def test_a_result_verb_with_the_other_claims_subject_after_it_is_one_act(a: str, b: str) -> None:
    assert not frames.verbs_apart(_key(a), _key(b))
    assert not frames.verbs_apart(_key(b), _key(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # nothing shared after the result verb but its own subject and a day
        ("The storm left 3,000 homes without power.", "The storm hit the Varn coast on Monday."),
        ("The flood left the Orna valley cut off on Monday.", "The flood receded on Monday."),
        # no result verb: two acts of one party
        (
            "The clean-up will be paid for by Norvik Shipping.",
            "Norvik Shipping is leading the clean-up.",
        ),
    ],
)
def test_result_verbs_leave_two_acts_apart(a: str, b: str) -> None:
    assert frames.verbs_apart(_key(a), _key(b))
    assert frames.verbs_apart(_key(b), _key(a))


def test_unable_agrees_with_could_not() -> None:
    a = _key("Drivers could not use the Kelso bridge on Friday.")
    b = _key("A crack left drivers unable to use the Kelso bridge on Friday.")
    assert not is_vetoed(a, b)
    assert not is_vetoed(b, a)


def test_a_plain_denial_still_vetoes() -> None:
    a = _key("The firm paid its staff on time.")
    b = _key("The firm did not pay its staff on time.")
    assert is_vetoed(a, b)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Members of the Lund club could not enter the hall on Monday, leaving "
            "visitors stuck in the rain.",
            [
                "Members of the Lund club could not enter the hall on Monday.",
                "Visitors were left stuck in the rain.",
            ],
        ),
        (
            "Crews were unable to reach the village, forcing residents to walk out.",
            ["Crews were unable to reach the village.", "Residents were forced to walk out."],
        ),
        (
            "Crews couldn't reach the village, forcing 300 residents to walk out.",
            ["Crews couldn't reach the village.", "300 residents were forced to walk out."],
        ),
        # another result, or a singular object: one claim
        (
            "The bank could not process payments, prompting an inquiry.",
            ["The bank could not process payments, prompting an inquiry."],
        ),
        (
            "Staff could not open the gate, leaving the press outside.",
            ["Staff could not open the gate, leaving the press outside."],
        ),
    ],
)
def test_a_result_after_inability_is_not_the_subjects_act(
    sentence: str, expected: list[str]
) -> None:
    assert _texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a choice not to act, or an act: the subject's result
        (
            "Drivers did not stop at the border, leaving guards unable to check them.",
            ["Drivers did not stop at the border.", "Drivers left guards unable to check them."],
        ),
        (
            "The storm knocked down power lines, leaving 3,000 homes without heat.",
            ["The storm knocked down power lines.", "The storm left 3,000 homes without heat."],
        ),
        # speech: the subject speaks
        ("The mayor could not attend, saying she was ill.", ["The mayor could not attend."]),
    ],
)
def test_other_heads_keep_their_subject(sentence: str, expected: list[str]) -> None:
    assert _texts(sentence)[: len(expected)] == expected
