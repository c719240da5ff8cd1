"""Figures of one measure in two units: converted and compared as each is written ("10 km"
is not "10 miles"; "10 km" is "6.2 miles", and "6 miles" as an outlet rounds it), with
the explanation naming both units and one figure converted."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.conversions import converted_compatible, convertible
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The cyclist rode 10 kilometres uphill.",
            "The cyclist rode 10 miles uphill.",
            ("10", "10"),
        ),
        (
            "The blizzard left 30 centimetres of snow in the valley.",
            "The blizzard left 20 inches of snow in the valley.",
            ("30", "20"),
        ),
        (
            "The crane lifted 5 tonnes of steel.",
            "The crane lifted 8,000 kilograms of steel.",
            ("5", "8,000"),
        ),
        ("The mast is 300 metres tall.", "The mast is 1,400 feet tall.", ("300", "1,400")),
        (
            "The wildfire burned 2,000 hectares of scrub.",
            "The wildfire burned 12,000 acres of scrub.",
            ("2,000", "12,000"),
        ),
        (
            "The barrel holds 400 gallons of oil.",
            "The barrel holds 3,000 litres of oil.",
            ("400", "3,000"),
        ),
    ],
)
def test_figures_in_two_units_of_one_measure_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same measure converted, exactly or as outlets round it
        ("The cyclist rode 10 kilometres uphill.", "The cyclist rode 6.2 miles uphill."),
        ("The cyclist rode 10 kilometres uphill.", "The cyclist rode 6 miles uphill."),
        (
            "The blizzard left 30 centimetres of snow in the valley.",
            "The blizzard left 12 inches of snow in the valley.",
        ),
        ("The crane lifted 5 tonnes of steel.", "The crane lifted 5,000 kilograms of steel."),
        # a ton may be short or long: 5 tons is 4,536 to 5,080 kilograms
        ("The crane lifted 5 tons of steel.", "The crane lifted 4,600 kilograms of steel."),
        ("The mast is 300 metres tall.", "The mast is 1,000 feet tall."),
        ("The wall is 2 metres high.", "The wall is 6 feet high."),
        ("The course is 42 kilometres long.", "The course is 26.2 miles long."),
        ("The train reached 70 mph.", "The train reached 110 kph."),
        # an approximate figure converted loosely
        ("The dam holds about 400 gallons.", "The dam holds 1,700 litres."),
        # two units of two measures are never compared
        ("The cyclist rode 10 kilometres uphill.", "The cyclist carried 30 kilograms uphill."),
        # two things measured: nothing around the figures meets
        ("The river rose 3 metres overnight.", "Rainfall reached 40 millimetres at the airport."),
        # a record and the measure of the day
        (
            "The blizzard left 30 centimetres of snow in the valley.",
            "The record for the valley is 50 inches of snow.",
        ),
    ],
)
def test_one_measure_in_two_units_or_two_measures_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_the_explanation_names_both_units_and_converts_one_figure() -> None:
    a = parse.parse_statement("The crane lifted 5 tonnes of steel.", "a:1", "Daily")
    b = parse.parse_statement("The crane lifted 8,000 kilograms of steel.", "b:1", "Courier")
    (conflict,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert conflict.type is ConflictType.NUMERIC
    assert conflict.explanation == (
        "Daily gives 5 tonnes and Courier 8,000 kilograms (about 8 tonnes)"
    )


def test_only_two_units_of_one_dimension_are_convertible() -> None:
    km = parse.parse_statement("They walked 5 km.", "a:1", "a").numbers[0]
    miles = parse.parse_statement("They walked 3 miles.", "b:1", "b").numbers[0]
    kilos = parse.parse_statement("They carried 5 kg.", "c:1", "c").numbers[0]
    assert convertible(km, miles)
    assert converted_compatible(km, miles)  # 5 km is 3.1 miles
    assert not convertible(km, kilos)
    assert not convertible(km, km)  # one unit: compared as before, not converted
