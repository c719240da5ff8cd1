"""Staying somewhere told as sheltering there, and a gymnasium told as a gym
(data/news_phrases.tsv, data/news_words.txt). Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare import compare_claims
from claimtrack.normalize import normalize_text


@pytest.mark.parametrize(
    "text",
    [
        "Evacuees are sheltering in the Dunmere church hall.",
        "About 200 residents were sheltering at the town hall overnight.",
        "Residents are staying at the Dunmere church hall.",
    ],
)
def test_sheltering_somewhere_is_staying_there(text: str) -> None:
    assert "remain" in normalize_text(text).tokens


@pytest.mark.parametrize(
    "text",
    [
        "Hikers took shelter in a barn during the storm.",
        "The council opened a shelter in the town centre.",
        "The shelter at the port was full.",
    ],
)
def test_the_noun_shelter_is_left_as_written(text: str) -> None:
    assert "remain" not in normalize_text(text).tokens


def test_a_gymnasium_is_a_gym() -> None:
    assert "gym" in normalize_text("The gymnasium of Tarrow Academy was opened.").tokens


def test_evacuees_in_one_gym_told_two_ways_are_one_fact() -> None:
    result = compare_claims(
        "Evacuees are sheltering in the gymnasium of Tarrow Academy.",
        "Families who fled are staying at the Tarrow Academy gym.",
    )
    assert result.related
