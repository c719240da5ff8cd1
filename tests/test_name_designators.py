"""A closing word that only says what kind of body a name is ("FC", "Inc.",
data/name_designators.txt): "Harbury FC" and "Harbury" name one party, in the match key and
in the words the judge reads before a figure. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare import compare_claims
from claimtrack.models import ConflictType
from claimtrack.normalize import entity_token


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Harbury FC", "Harbury"), ("Dunmere Inc.", "Dunmere"), ("Pellow Foods Ltd", "Pellow Foods")],
)
def test_a_designator_leaves_the_name_s_token(name: str, bare: str) -> None:
    assert entity_token(name) == entity_token(bare)


@pytest.mark.parametrize(
    ("name", "other"),
    [("Harbury United", "Harbury"), ("Harbury City", "Harbury United"), ("FC", "F")],
)
def test_other_closing_words_keep_names_apart(name: str, other: str) -> None:
    assert entity_token(name) != entity_token(other)


def test_a_fee_paid_to_a_club_named_two_ways_is_one_sum() -> None:
    result = compare_claims(
        "Dorsen Rovers have signed winger Tom Ferro from Harbury FC for a fee of about 30 "
        "million euros.",
        "Tom Ferro has joined from Harbury for a reported 36 million euros.",
    )
    assert result.related
    assert [c.type for c in result.conflicts] == [ConflictType.NUMERIC]


def test_a_fee_paid_to_another_club_is_no_conflict() -> None:
    result = compare_claims(
        "Dorsen Rovers have signed winger Tom Ferro from Harbury City for a fee of about 30 "
        "million euros.",
        "Tom Ferro has joined from Harbury for a reported 36 million euros.",
    )
    assert not result.conflicts
