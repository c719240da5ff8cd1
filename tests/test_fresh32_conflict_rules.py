"""Conflict rules found on fresh31's dev stories (session 30, helper fresh32), each tested in
wordings of its own, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_types

# --- a value given for "the stolen pieces": the things the other outlet names ---------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The brooches are valued at an estimated 2 million euros.",
            "The museum estimates the value of the stolen pieces at 4 million euros.",
        ),
        (
            "The vases were valued at 300,000 dollars.",
            "The auction house put the value of the missing items at 700,000 dollars.",
        ),
        (
            "The jewels were valued at 8 million pounds, according to the insurer.",
            "The gallery estimated the value of the stolen objects at 5 million pounds.",
        ),
    ],
)
def test_a_value_of_the_generic_things_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same value
        (
            "The vases were valued at 300,000 dollars.",
            "The auction house put the value of the missing items at 300,000 dollars.",
        ),
        # a named thing of its own keeps its own price
        ("Wheat sold at 300 dollars a tonne.", "Maize sold at 200 dollars a tonne."),
        ("The ring was valued at 5,000 pounds.", "The police valued the watches at 9,000 pounds."),
        # insurance cover and a value are two figures
        (
            "The gallery's insurance covers 3 million euros.",
            "The museum estimates the value of the stolen pieces at 4 million euros.",
        ),
    ],
)
def test_other_prices_and_figures_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)
