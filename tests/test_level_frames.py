"""A level raised and a level that rose are one event frame (data/predicate_frames.txt)."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.match import frames
from claimtrack.normalize import MatchKey, load_tables, normalize_claims


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    ka, kb = normalize_claims([extract_claims(a)[0], extract_claims(b)[0]])
    return ka, kb


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the cause raised it / the cause increased it
        (
            "The Tarvel council raised the parking fee to 4 euros on Monday.",
            "The Tarvel council increased the parking fee to 4 euros on Monday.",
        ),
        # raised by its maker / rose
        (
            "Orvik Dairy raised milk prices by 3 percent.",
            "Milk prices at Orvik Dairy rose 3 percent.",
        ),
        # the opposites: cut / fell
        ("The Tarvel council cut the parking fee to 2 euros.", "The parking fee fell to 2 euros."),
    ],
)
def test_a_level_raised_and_a_level_that_rose_are_one_frame(a: str, b: str) -> None:
    ka, kb = _keys(a, b)
    assert ka.predicates and kb.predicates and not ka.predicates & kb.predicates
    assert ka.frames & kb.frames
    assert not frames._other_events(ka, kb)
    assert frames.similarity(ka, kb) >= frames.STRONG_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tarvel council raised the parking fee.", "The Tarvel council killed the proposal."),
        ("Milk prices at Orvik Dairy rose 3 percent.", "Orvik Dairy halted milk deliveries."),
    ],
)
def test_other_events_stay_other_events(a: str, b: str) -> None:
    ka, kb = _keys(a, b)
    assert not ka.frames & kb.frames
    assert frames._other_events(ka, kb)


def test_raising_and_cutting_stay_antonyms() -> None:
    tables = load_tables(None)
    assert tables.are_antonyms("raise", "cut")
    assert tables.are_antonyms("rise", "fall")
    assert not tables.are_antonyms("raise", "rise")
