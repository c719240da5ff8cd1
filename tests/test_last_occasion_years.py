"""The year of the last (or first) time an act happened is one occasion: "last erupted in
1962" / "last erupted in 1971" cannot both be right."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The Kessa geyser last erupted in 1988, when hot mud buried the road.",
            "It last erupted in 1994, and the road was rebuilt after the mud.",
            ("1988", "1994"),
        ),
        (
            "The Holm lighthouse was last painted in 2003.",
            "The Holm lighthouse, a listed building, was last painted in 2011.",
            ("2003", "2011"),
        ),
        (
            "The Tarn bridge first opened in 1931.",
            "After years of delays, the Tarn bridge first opened in 1934.",
            ("1931", "1934"),
        ),
    ],
)
def test_two_years_of_the_last_or_first_time_conflict(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert conflict_values(first, second, ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # no "last": two eruptions of a volcano that erupts often
        (
            "The Kessa geyser erupted in 1988, when hot mud buried the road.",
            "The Kessa geyser erupted in 1994, and the road was rebuilt.",
        ),
        # other acts
        ("The Kessa geyser last erupted in 1988.", "The Kessa geyser was last surveyed in 1994."),
        # one year
        (
            "The Tarn bridge first opened in 1931.",
            "The Tarn bridge first opened to traffic in 1931.",
        ),
    ],
)
def test_other_acts_or_one_year_do_not(first: str, second: str) -> None:
    assert conflict_values(first, second, ConflictType.DATE) == []
