"""Spans of the calendar ("year", "month", "week") are words of when (data/when_words.txt):
between claims whose events are of no one frame they tie nothing by frame similarity alone
("may stand trial next year" / "has been governor for seven years")."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.match.frames import similarity, tying_words
from claimtrack.match.table import when_words
from claimtrack.normalize import MatchKey, normalize_claim


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _tying(a: str, b: str) -> int:
    key_a, key_b = _key(a), _key(b)
    return tying_words(key_a, key_b, similarity(key_a, key_b))


def test_spans_of_the_calendar_are_words_of_when() -> None:
    assert {"year", "month", "week"} <= when_words()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Governor Lena Marsh may have to stand trial next year.",
            "Governor Lena Marsh has been in office for seven years.",
        ),
        (
            "Olaf Brennan Group will open a plant next month.",
            "Olaf Brennan Group has made losses for three months.",
        ),
        (
            "Coach Pieter Vandall could return to the squad next week.",
            "Coach Pieter Vandall was suspended for a week.",
        ),
    ],
)
def test_a_name_and_a_span_of_the_calendar_tie_nothing(a: str, b: str) -> None:
    assert _tying(a, b) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one act, told with its year: the act's own words tie the pair
        (
            "Governor Lena Marsh will stand trial next year.",
            "Governor Lena Marsh is expected to stand trial next year.",
        ),
        (
            "Olaf Brennan Group will open a plant in Tarvik next month.",
            "Olaf Brennan Group plans to open a plant in Tarvik next month.",
        ),
    ],
)
def test_a_span_of_the_calendar_beside_other_shared_words_still_ties(a: str, b: str) -> None:
    assert _tying(a, b) > 0
