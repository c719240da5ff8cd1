"""Two claims that give other figures for one measure, named by the same word beside each
figure ("a 7 percent rise" / "a 3 percent rise", "magnitude 5.8" / "magnitude 4.1"), are
two measures of one kind: never one fact by frame similarity alone, whatever else they
share (``frames.measures_differ``). Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match import frames
from claimtrack.normalize import MatchKey
from claimtrack.options import Options
from pair_helpers import assert_alike_but_not_one_fact, scored


def key(text: str) -> MatchKey:
    return statement_keys(text, "-", Options())[2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a figure shared besides ("over three years"): the percentages still differ
        (
            "Teachers at Brindle Academy want a 7 percent pay rise over three years, along "
            "with smaller classes.",
            "The school board's latest proposal was a 3 percent increase over three years.",
        ),
        # the measure named before its figure
        (
            "A magnitude 5.8 earthquake damaged dozens of homes.",
            "A strong aftershock of magnitude 4.1 hit the same valley an hour later, damaging "
            "more homes.",
        ),
    ],
)
def test_other_figures_for_one_measure_are_not_one_fact(a: str, b: str) -> None:
    assert_alike_but_not_one_fact(scored(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Teachers at Brindle Academy want a 7 percent pay rise over three years, along "
            "with smaller classes.",
            "Brindle teachers are seeking raises worth 7 percent over three years.",
        ),
        (
            "A magnitude 5.8 earthquake damaged dozens of homes.",
            "The quake, of magnitude 5.8, damaged homes across the valley.",
        ),
    ],
)
def test_one_figure_for_one_measure_still_ties(a: str, b: str) -> None:
    assert match.same_fact(scored(a, b), Options())


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("A 7 percent rise over three years.", "A 3 percent rise over three years.", True),
        ("A quake of magnitude 5.8.", "An aftershock of magnitude 4.1.", True),
        # rounding is no other figure
        ("Sales rose 7.2 percent.", "Sales rose about 7 percent.", False),
        # a month before a day, and a name before a figure, name no measure
        ("The council meets on December 12.", "The council meets on December 15.", False),
        (
            "In Port Harlan, 40 homes were destroyed.",
            "Rescuers reached Port Harlan, 12 kilometres away.",
            False,
        ),
        # years measure nothing
        ("Exports grew in 2019.", "Exports grew in 2021.", False),
    ],
)
def test_measures_differ(a: str, b: str, differ: bool) -> None:
    ka, kb = key(a), key(b)
    assert frames.measures_differ(ka, kb) is differ
    assert frames.measures_differ(kb, ka) is differ
