"""A sale is the buyer's purchase: "bikes sold between March and June" and "bikes bought
from March to June" tell the same bikes, whoever sold or bought them, and are no antonym
conflict (judge/polarity.py, _traded_thing, with the pairs of
data/converse_predicates.txt). One doer that sold and bought one thing still contradicts
itself. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_values

ANTONYM = ConflictType.ANTONYM


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The recall covers scooters sold between May 2023 and July 2024.",
            "Only scooters bought from May 2023 to July 2024 are affected.",
        ),
        (
            "The affected kettles were sold between January and March.",
            "Kettles bought between January and March should be returned.",
        ),
        (
            "The faulty heaters were bought online.",
            "Most of the faulty heaters were sold in 2022.",
        ),
    ],
)
def test_what_was_traded_is_told_from_either_side(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ANTONYM) == []
    assert conflict_values(text_b, text_a, ANTONYM) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Tarvo Holdings sold its stake in the Kessling mine on Monday.",
            "Tarvo Holdings bought a stake in the Kessling mine on Monday.",
        ),
        ("Tarvo has sold the Kessling mine.", "Tarvo has bought the Kessling mine."),
        ("Orvane sold the Delma plant in 2021.", "Orvane bought the Delma plant in 2021."),
    ],
)
def test_one_doer_that_sold_and_bought_still_conflicts(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ANTONYM) == [("sold", "bought")]
