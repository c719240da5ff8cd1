"""Economic and social indicators: two indicators reported side by side are two things, two
names of one indicator are one (data/indicators.tsv, data/indicator_qualifiers.txt)."""

from __future__ import annotations

import pytest

from claimtrack.judge.indicators import indicator_of, indicators_apart
from claimtrack.models import ConflictType
from story_claims import conflict_types


@pytest.mark.parametrize(
    ("subject", "indicator"),
    [
        ("The jobless rate", "unemployment"),
        ("Joblessness in Ostrava", "unemployment"),
        ("The unemployment rate", "unemployment"),
        ("Youth unemployment", "youth unemployment"),
        ("Core inflation", "core inflation"),
        ("Consumer prices", "inflation"),
        ("The central bank's key interest rate", "policy rate"),
        ("The harbour board", None),
        ("Unemployment benefits", "unemployment"),
    ],
)
def test_the_indicator_a_subject_names(subject: str, indicator: str | None) -> None:
    assert indicator_of(subject) == indicator


@pytest.mark.parametrize(
    ("subject_a", "subject_b", "apart"),
    [
        ("Inflation", "The key interest rate", True),
        ("The unemployment rate", "Youth unemployment", True),
        ("Joblessness", "The unemployment rate", False),
        ("Inflation", "Consumer prices", False),
        # one side names no indicator: nothing is known
        ("Inflation", "The harbour board", False),
        (None, "Inflation", False),
    ],
)
def test_two_indicators_are_apart(
    subject_a: str | None, subject_b: str | None, apart: bool
) -> None:
    assert indicators_apart(subject_a, subject_b) is apart


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Inflation in Ostrava stood at 2.7 percent in May.",
            "The key interest rate in Ostrava stands at 3.75 percent.",
        ),
        (
            "The unemployment rate in Ostrava fell to 4.1 percent.",
            "Youth unemployment in Ostrava rose to 11.8 percent.",
        ),
    ],
)
def test_two_indicators_give_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_types(text_a, text_b) == set()


def test_one_indicator_still_conflicts() -> None:
    assert ConflictType.NUMERIC in conflict_types(
        "The unemployment rate in Ostrava fell to 4.1 percent.",
        "The unemployment rate in Ostrava fell to 4.4 percent.",
    )
