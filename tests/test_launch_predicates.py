"""A rocket that "lifted off" or "blasted off" was launched (data/predicates.txt, class
``open``): not raised, as "lifted" alone is ("lifted its forecast")."""

from __future__ import annotations

import pytest

from claimtrack.match import frames
from claimtrack.normalize import normalize_text


@pytest.mark.parametrize(
    "text",
    [
        "The Vesta-3 rocket lifted off from the coast before dawn.",
        "A cargo rocket blasted off from the northern range on Friday.",
        "The probe will lift off next spring.",
        "The crew capsule launched from the island pad.",
    ],
)
def test_lifting_off_and_blasting_off_are_launches(text: str) -> None:
    key = normalize_text(text)
    assert "@open" in key.predicate_tokens
    assert "@raise" not in key.predicate_tokens


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker lifted its forecast for the year.",
        "The government lifted the ban on fishing.",
        "Shares lifted after the results.",
    ],
)
def test_lifting_alone_is_not_a_launch(text: str) -> None:
    assert "@open" not in normalize_text(text).predicate_tokens


def test_a_launch_told_as_lifting_off_is_one_frame_with_launched() -> None:
    a = normalize_text("The Vesta-3 rocket lifted off at dawn on Friday from the coast range.")
    b = normalize_text("A Vesta-3 rocket launched at dawn on Friday from the coast range.")
    assert a.predicates & b.predicates
    assert frames.similarity(a, b) >= frames.STRONG_SIMILARITY
