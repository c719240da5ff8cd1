"""A measure of three or more significant digits in one unit ties two claims to one fact however
differently they tell the rest ("has burned 12,500 acres" / "has now grown to 12,500 acres");
round figures, head counts, other units, other events and other figures do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report, extract_claims
from claimtrack.match import features, frames, table
from claimtrack.models import Verdict
from claimtrack.normalize import MatchKey, drop_scoring_texts, normalize_claims
from claimtrack.options import Options


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    ka, kb = normalize_claims([extract_claims(a)[0], extract_claims(b)[0]])
    return ka, kb


def _batch_similarity(ka: MatchKey, kb: MatchKey) -> float:
    batch = features.PairBatch(table.ClaimTable([ka, kb]), np.array([0]), np.array([1]))
    return float(frames.frame_similarities(batch)[0][0])


TIED = [
    (
        "A fast-moving blaze in the hills east of Marden has burned 12,500 acres.",
        "The Copper Creek Fire has now grown to 12,500 acres.",
    ),
    (
        "Storm surges along the northern coast have flooded 2,640 hectares of farmland.",
        "Water from the estuary had covered about 2,640 hectares by Sunday.",
    ),
    (
        "Volunteers working along the coast over the weekend gathered 675 kilograms of plastic.",
        "The beach drive near Halsey collected 675 kilograms of waste.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TIED)
def test_one_uncommon_figure_of_one_counted_word_ties_other_wordings(
    a: str, b: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ka, kb = _keys(a, b)
    assert frames.figure_tied(ka, kb)
    assert frames.similarity(ka, kb) >= frames.STRONG_SIMILARITY
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)
    # the words alone would not make the pair one fact
    monkeypatch.setattr(frames, "figure_tied", lambda _a, _b: False)
    assert frames.WEAK_SIMILARITY <= frames.similarity(ka, kb) < frames.STRONG_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a round figure turns up in many facts of a story
        (
            "A grass fire on the ridge above Lornby has blackened 4,000 hectares.",
            "The Sallow Hill blaze has now spread over 4,000 hectares.",
        ),
        # one figure, two units
        (
            "Storm surges along the northern coast have flooded 2,640 hectares.",
            "Water from the estuary had reached about 2,640 kilometres inland by Sunday.",
        ),
        # a head count is no measure: a story reuses its figures for other facts
        (
            "Storm surges along the northern coast have flooded 2,640 homes.",
            "Water from the estuary had entered about 2,640 homes by Sunday.",
        ),
        (
            "The Arvel Shipping Group employs about 587 people across the Dunmere area.",
            "A further 587 people were hurt in the storm in Dunmere.",
        ),
        # two figures of one counted thing: a conflict to judge, never a tie
        (
            "A grass fire on the ridge above Lornby has blackened 4,350 hectares.",
            "The Sallow Hill blaze has now spread over 3,450 hectares.",
        ),
        # a year is no measure
        (
            "The Lornby ridge burned in 1998 summer heat.",
            "Sallow Hill was planted with pines in 1998 summer planting.",
        ),
    ],
)
def test_round_figures_other_counted_words_and_other_figures_do_not_tie(a: str, b: str) -> None:
    ka, kb = _keys(a, b)
    assert not frames.figure_tied(ka, kb)
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)


def test_figures_of_other_events_are_not_lifted() -> None:
    ka, kb = _keys(
        "The regiment captured 135 kilometres of the coast road during the week.",
        "Engineers closed 135 kilometres of the coast road for repairs on Monday.",
    )
    assert frames.figure_tied(ka, kb)  # the measure and its unit are shared ...
    # ... but capturing and closing are two events: no lift to a strong similarity
    assert frames.similarity(ka, kb) < frames.STRONG_SIMILARITY
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)


WriteArticles = Callable[[dict[str, str | bytes]], Path]


def test_tied_claims_of_two_outlets_make_one_agreement(write_articles: WriteArticles) -> None:
    a, b = TIED[0]
    folder = write_articles({"a.txt": a + "\n", "b.txt": b + "\n"})
    report = build_report([folder], Options(use_cache=False))
    agreed = [c for c in report.clusters if c.verdict is Verdict.AGREE]
    assert len(agreed) == 1 and len(agreed[0].claim_ids) == 2


@pytest.mark.parametrize(("a", "b"), TIED)
def test_the_tie_holds_after_the_scoring_texts_are_dropped(a: str, b: str) -> None:
    # the judge asks for the similarity of keys whose texts the pipeline has dropped
    ka, kb = _keys(a, b)
    before = frames.similarity(ka, kb)
    drop_scoring_texts([ka, kb])
    assert not ka.text and not kb.text
    assert frames.similarity(ka, kb) == before >= frames.STRONG_SIMILARITY
