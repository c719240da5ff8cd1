"""The match patterns that read a key's ``surface`` are written in lower case without
``re.IGNORECASE`` (``occasions``, ``measures``, ``parts``): they rely on the surface being
lower case, whatever the case of the claim's text."""

from __future__ import annotations

import pytest

from claimtrack.match.measures import counts_occasions, counts_per_time
from claimtrack.match.occasions import THESE_DAYS, YEARS_BACK, told_time
from claimtrack.match.parts import part_figures
from claimtrack.normalize import normalize_text


@pytest.mark.parametrize(
    "text",
    [
        "FLOODS KILL ABOUT 40 PEOPLE A YEAR IN THE VALLEY",
        "The Bridge Has Been Shut Twice In Three Years",
        "Eight Of The Stolen Laptops Were Found On Monday",
        "In March 2011 The Mill Closed",
    ],
)
def test_surface_is_lower_case(text: str) -> None:
    surface = normalize_text(text).surface
    assert surface
    assert surface == surface.lower()


def test_capitalised_times_are_read() -> None:
    assert told_time(normalize_text("The Mill Laid Off 30 Workers Last Year")) == YEARS_BACK
    assert told_time(normalize_text("THE MILL LAID OFF 30 WORKERS ON TUESDAY")) == THESE_DAYS
    assert told_time(normalize_text("The mill laid off 30 workers in 1998")) == YEARS_BACK


def test_capitalised_rates_and_tallies_are_read() -> None:
    assert counts_per_time(normalize_text("Storms Cost The Port 300 Jobs A Year"))
    assert counts_per_time(normalize_text("The plant ships 40 tonnes annually"))
    assert not counts_per_time(normalize_text("The plant shipped 40 tonnes a year ago"))
    assert not counts_per_time(normalize_text("The plant shipped 40 tonnes on Friday"))
    assert counts_occasions(normalize_text("The Road Has Flooded Three Times In Two Years"))
    assert not counts_occasions(normalize_text("The road flooded three days in a row"))


def test_capitalised_parts_are_read() -> None:
    assert part_figures(normalize_text("EIGHT OF THE 40 STOLEN LAPTOPS WERE FOUND")) == {"8"}
    assert part_figures(normalize_text("Police found 8 stolen laptops")) == frozenset()
