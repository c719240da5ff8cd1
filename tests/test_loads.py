"""What a vehicle or a store carries or holds ("was carrying 80,000 tonnes") is its load, not
what happened to part of it ("800 tonnes leaked"): the two figures are two quantities."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.models import ConflictType


def _numeric(a: str, b: str) -> list[tuple[str, str]]:
    return [c.values for c in compare_claims(a, b).conflicts if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("load", "other"),
    [
        (
            "The barge Mira was carrying 6,000 tonnes of coal when it capsized.",
            "About 900 tonnes of coal have sunk with the barge Mira.",
        ),
        (
            "The Dalby depot contains up to 40,000 litres of diesel.",
            "Some 3,000 litres of diesel leaked from the Dalby depot.",
        ),
        (
            "The lorry was transporting 22 tonnes of grain.",
            "Nine tonnes of grain spilled onto the road from the lorry.",
        ),
    ],
)
def test_a_load_and_what_befell_part_of_it_are_no_conflict(load: str, other: str) -> None:
    assert _numeric(load, other) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # two loads of one vehicle
        (
            "The barge Mira was carrying 6,000 tonnes of coal.",
            "The barge Mira was carrying 4,500 tonnes of coal.",
            ("6,000", "4,500"),
        ),
        # "carried out" and "held" are no loads
        (
            "The rebels carried out nine raids on the Dalby depot.",
            "The rebels launched six raids on the Dalby depot.",
            ("nine", "six"),
        ),
        (
            "Borsa has hosted five rounds of talks since May.",
            "Borsa has held three rounds of talks since May.",
            ("five", "three"),
        ),
        # two amounts of what befell it
        (
            "About 900 tonnes of coal have sunk with the barge Mira.",
            "Some 2,000 tonnes of coal have sunk with the barge Mira.",
            ("About 900", "Some 2,000"),
        ),
    ],
)
def test_two_loads_or_two_spills_still_conflict(a: str, b: str, values: tuple[str, str]) -> None:
    assert _numeric(a, b) == [values]
