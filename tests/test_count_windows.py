"""A span things are counted in ("the third inquiry in five years") is not how long one thing
lasted ("has been mayor for seven years"): their figures are two quantities."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.models import ConflictType


def _numeric(a: str, b: str) -> list[tuple[str, str]]:
    found = compare_claims(a, b).conflicts
    return [c.values for c in found if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("window", "length"),
    [
        (
            "The audit is the third fraud inquiry into a port director in the province in four "
            "years.",
            "Holm has been port director for nine years.",
        ),
        (
            "Rennick is the fourth coach of the club in two years.",
            "Rennick has coached the club for five years.",
        ),
        (
            "Officials recorded two outbreaks at the farm in the last six months.",
            "The farm has been shut for three months.",
        ),
        (
            "Dravik is the second chief executive of the bank in three years.",
            "Dravik has run the bank for four years.",
        ),
    ],
)
def test_a_counting_window_and_a_length_are_no_conflict(window: str, length: str) -> None:
    assert _numeric(window, length) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # two windows of one count
        (
            "The audit is the third fraud inquiry into a port director in four years.",
            "The audit is the third fraud inquiry into a port director in six years.",
            ("four", "six"),
        ),
        (
            "It was the fifth strike at the Lenz plant in two years.",
            "It was the fifth strike at the Lenz plant in three years.",
            ("two", "three"),
        ),
        # two lengths of one term
        (
            "Holm has been port director for nine years.",
            "Holm has been port director for twelve years.",
            ("nine", "twelve"),
        ),
    ],
)
def test_two_windows_or_two_lengths_still_conflict(a: str, b: str, values: tuple[str, str]) -> None:
    assert _numeric(a, b) == [values]
