"""Quality floors: the pipeline's scores on the sample stories must not drop.

The floors are what the pipeline reached when they were pinned, rounded down to 0.05. They
only ever go up: when a change raises a figure, raise its floor in the same commit. A figure
that has nothing to count yet (no conflict reported, so no conflict precision) counts as 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.evaluate import StoryScore, evaluate_story, score_drafts

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Pinned on the integrated parser, matcher and judge (claims/pairs/conflicts scored against the
# gold in samples/gold/), rounded down to 0.05. Floors only go up: a change that raises a
# figure raises its floor in the same commit.
FLOORS: dict[str, dict[str, float]] = {
    "iran-talks": {
        "claim_precision": 0.85,
        "claim_recall": 0.95,
        "pair_precision": 0.95,
        "pair_recall": 0.85,
        "agree_found": 0.80,
        "conflict_found": 1.00,
        "conflict_precision": 1.00,
        "single_found": 1.00,
    },
    "factory-fire": {
        "claim_precision": 0.90,
        "claim_recall": 1.00,
        "pair_precision": 1.00,
        "pair_recall": 0.95,
        "agree_found": 0.90,
        "conflict_found": 1.00,
        "conflict_precision": 1.00,
        "single_found": 1.00,
    },
}


@pytest.fixture(scope="module")
def scores() -> dict[str, StoryScore]:
    return {story: evaluate_story(SAMPLES / story) for story in FLOORS}


@pytest.mark.parametrize(
    ("story", "figure"), [(s, f) for s, floors in FLOORS.items() for f in floors]
)
def test_figure_stays_at_or_above_its_floor(
    scores: dict[str, StoryScore], story: str, figure: str
) -> None:
    ratio = getattr(scores[story], figure)
    value = ratio.value if ratio.value is not None else 0.0
    # a tiny tolerance so that 0.65 pinned from 55/84 is not failed by float rounding
    assert value + 1e-9 >= FLOORS[story][figure], f"{story} {figure}: {ratio} < floor"


def test_floors_are_not_above_what_they_can_measure(scores: dict[str, StoryScore]) -> None:
    """Every floored figure has gold to count against, so a floor can never pass vacuously."""
    for story, floors in FLOORS.items():
        for figure in floors:
            if figure != "conflict_precision":  # counts reported conflicts, none yet
                assert getattr(scores[story], figure).total > 0, (story, figure)


# Share of draft claims (one supported, one conflicting, one unsupported per draft) that
# ``check_draft`` gives the expected status. Floors only go up.
DRAFT_FLOORS: dict[str, float] = {"iran-draft.md": 1.00, "fire-draft.md": 1.00}


def test_draft_check_statuses_stay_at_or_above_their_floors() -> None:
    drafts = {d.draft: d for d in score_drafts(SAMPLES / "gold" / "drafts.json")}
    assert set(drafts) == set(DRAFT_FLOORS)
    for name, floor in DRAFT_FLOORS.items():
        ratio = drafts[name].status_right
        assert ratio.total == 3
        assert (ratio.value or 0.0) >= floor, (
            f"{name}: {ratio} < floor; wrong: {drafts[name].wrong}"
        )
