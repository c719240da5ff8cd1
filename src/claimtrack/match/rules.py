"""Rules over scored pairs: the same statement (``is_match``, ``matches``), one fact of a
cluster (``same_fact``, ``same_facts``), a pair that backs a merge (``supports_merge``,
``merge_supports``), and the lift a shared precise figure gives (``figure_backed``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from claimtrack.match.features import PairBatch
from claimtrack.match.frames import STRONG_SIMILARITY
from claimtrack.match.pairs import ScoredPair, ScoredPairs
from claimtrack.match.table import BoolArray, FloatArray, _precise_figures
from claimtrack.normalize import MatchKey
from claimtrack.options import Options

#: Shared words a same-fact link by similarity alone needs, as ``frame_similarities`` counts
#: them for it (``frames.tying_words``): a name alone is not enough ("Jim Mattis returned to the
#: Pentagon" / "Defense Secretary Jim Mattis will retire"), and figures of one unit that differ
#: beyond rounding count none ("a 15 percent increase" / "about 5 percent of imports").
STRONG_SHARED = 1


#: Match score given to a same-fact pair backed by a shared precise figure: below the default
#: threshold (MRPC's annotators call "paid $2,417,806 in property taxes" and "paid $2,417,806
#: in property taxes, a rate of 12.4 percent" different: each adds something), yet above the
#: pairs linked by shared words alone, so that the grouping, strongest first, puts the two
#: together before either is drawn into a looser group of the story's other figures.
FIGURE_BACKED_SCORE = 50.0


def figure_backed(a: MatchKey, b: MatchKey) -> bool:
    """The claims give one precise figure (``precise_figure``): "paid $2,417,806 in property
    taxes" ties two sentences to one fact whatever else each of them says."""
    return bool(_precise_figures(a.numbers) & _precise_figures(b.numbers))


def _figure_backed(
    batch: PairBatch, scores: FloatArray, similarities: FloatArray, vetoed: BoolArray
) -> FloatArray:
    """``scores`` lifted to ``FIGURE_BACKED_SCORE`` where the pair is ``figure_backed``,
    has a strong frame similarity and no veto (``score_many`` decides it pair by pair)."""
    strong = np.flatnonzero((similarities >= STRONG_SIMILARITY) & ~vetoed)
    if len(strong) == 0:
        return scores
    part = batch.subset(strong)
    claims = batch.claims
    backed = part.common(claims.precise_figures) > 0
    lifted = np.array(scores, dtype=np.float64)
    rows = strong[backed]
    lifted[rows] = np.maximum(lifted[rows], FIGURE_BACKED_SCORE)
    return lifted


def is_match(pair: ScoredPair, options: Options) -> bool:
    """The two claims make the same statement (``compare_claims``' ``same_claim``)."""
    return bool(matches(ScoredPairs.of([pair]), options)[0])


def matches(pairs: ScoredPairs, options: Options) -> BoolArray:
    """``is_match`` of every pair."""
    return np.asarray((pairs.score >= options.threshold) & ~pairs.vetoed, dtype=bool)


def same_fact(pair: ScoredPair, options: Options) -> bool:
    """The two claims belong in one cluster: the same statement, or one that holds nearly all
    of the other's words and adds detail ("Iran broke off talks" / "Iran will skip next
    week's indirect talks in Muscat"). A paraphrase test calls the second pair different;
    a journalist lining up sources wants them side by side, with the judge's scope note."""
    return bool(same_facts(ScoredPairs.of([pair]), options)[0])


def same_facts(pairs: ScoredPairs, options: Options) -> BoolArray:
    """``same_fact`` of every pair (the rule is written once, over the columns: the
    pipeline asks it of millions of pairs)."""
    # "killed 12" and "injured 12": two events; "Oman suspended talks with Qatar" and
    # "Egypt suspended talks with Jordan": two acts; whatever else they share
    apart = pairs.other_events | pairs.other_parties
    strong = (
        ~pairs.vetoed & (pairs.similarity >= STRONG_SIMILARITY) & (pairs.shared >= STRONG_SHARED)
    )
    return np.asarray(~apart & (matches(pairs, options) | strong), dtype=bool)


#: Frame similarity at which a related pair supports (never starts) a merge of two groups.
SUPPORT_SIMILARITY = 60.0


def supports_merge(pair: ScoredPair, a: MatchKey, b: MatchKey) -> bool:
    """A pair that is not the same statement but backs a merge: the same predicate class
    ("were injured" / "were hurt") and most of the frame shared, without a veto. A third
    outlet's longer telling of a fact two others state briefly then joins them."""
    alone = ScoredPairs.of([dataclasses.replace(pair, left=0, right=1)])
    return bool(merge_supports(alone, [a, b])[0])


def merge_supports(pairs: ScoredPairs, keys: Sequence[MatchKey]) -> BoolArray:
    """``supports_merge`` of every pair (claims ``keys[left]`` and ``keys[right]``): the
    predicate sets are compared only for the pairs that pass the column tests."""
    rows = np.flatnonzero(
        ~pairs.vetoed
        & ~pairs.other_events
        & ~pairs.other_parties
        & (pairs.similarity >= SUPPORT_SIMILARITY)
    )
    out = np.zeros(len(pairs), dtype=bool)
    out[rows] = [
        not keys[i].predicates.isdisjoint(keys[j].predicates)
        for i, j in zip(pairs.left[rows].tolist(), pairs.right[rows].tolist(), strict=True)
    ]
    return out
