"""Rules over scored pairs: the same statement (``is_match``, ``matches``), one fact of a
cluster (``same_fact``, ``same_facts``), a pair that backs a merge (``supports_merge``,
``merge_supports``), the lift a shared precise figure gives (``figure_backed``), and one
claim said word for word inside another's (``says_more``, ``contained_pairs``): a link
between two articles' claims in the report's grouping, ordered as a figure-backed pair."""

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


#: ``says_more`` wants this many tokens of the claim: "Iran attacked" is in too much.
MIN_CONTAINED_TOKENS = 3


def says_more(claim: MatchKey, source: MatchKey) -> bool:
    """``source`` says what ``claim`` says, word for word in its order, and then more: "Iran
    cited logistical reasons" in "Iran cited logistical reasons amid rising hostilities".
    A paraphrase test calls the pair different (the source adds something), and the matcher
    keeps a short claim from merging into a long one; a fact-checker asking "does a source
    say this?" calls it support.

    The claim's tokens must stand together in the source, from its named subject on, so a
    word in between that changes the act is no support ("Iran refused to cite reasons",
    "the plan nearly failed"), nor are the same words in another order ("Israel attacked
    Iran"); and both must be negated, or neither, on the same words.

    A claim with no named subject is found where the source opens with its words ("The
    airline cancelled 40 flights" in "The airline cancelled 40 flights on Tuesday because of
    a strike"): the same unnamed subject, not the same words said of something else."""
    if (
        claim.negated != source.negated
        or claim.negated_heads != source.negated_heads
        or len(claim.tokens) < MIN_CONTAINED_TOKENS
    ):
        return False
    if claim.agent:
        return claim.agent == source.agent and f" {claim.text} " in f" {source.text} "
    return f"{source.text} ".startswith(f"{claim.text} ")


#: Tokens a contained claim with neither a figure nor a name needs before it links to the
#: claims that say more in a report: "Talks were held" is in too many longer sentences.
MIN_PLAIN_CONTAINED_TOKENS = 4

#: Grouping order of a contained pair (``contained_pairs``), as ``FIGURE_BACKED_SCORE``:
#: below the threshold (never "the same statement"), above the pairs tied by shared words.
CONTAINED_SCORE = FIGURE_BACKED_SCORE


def contained_pairs(pairs: ScoredPairs, keys: Sequence[MatchKey], options: Options) -> BoolArray:
    """The pairs where one claim ``says_more`` than the other, for the report's grouping: "The
    airline cancelled 40 flights" and "The airline cancelled 40 flights on Tuesday because
    of a strike by baggage handlers" state one fact, the second with more of it. The model,
    fitted on paraphrases, scores such a pair low (the added clause caps it), and grouping
    strongest first let the short claim be drawn into a looser group of its own article's
    words before it met the claim that states it.

    Only related pairs (the judge compares every related pair of a cluster, so a
    contradiction is still found) without a veto, and a contained claim that gives a
    figure or a name or at least ``MIN_PLAIN_CONTAINED_TOKENS`` tokens. The scored pairs
    are of two articles (``candidate_pairs``). Reads the keys' ``text``: call it before
    ``normalize.drop_scoring_texts``."""
    out = np.zeros(len(pairs), dtype=bool)
    if not len(pairs):
        return out
    # Only the pairs whose shorter claim has fewer tokens than the other and enough of them
    # are tested one by one (a Python call each): most related pairs are not.
    tokens = np.fromiter((len(k.tokens) for k in keys), dtype=np.int64, count=len(keys))
    left, right = tokens[pairs.left], tokens[pairs.right]
    rows = np.flatnonzero(
        ~pairs.vetoed
        & (pairs.similarity >= options.related_threshold)
        & (left != right)
        & (np.minimum(left, right) >= MIN_CONTAINED_TOKENS)
    )
    out[rows] = [
        _contains(keys[i], keys[j]) if shorter else _contains(keys[j], keys[i])
        for i, j, shorter in zip(
            pairs.left[rows].tolist(),
            pairs.right[rows].tolist(),
            (left[rows] < right[rows]).tolist(),
            strict=True,
        )
    ]
    return out


def _contains(claim: MatchKey, source: MatchKey) -> bool:
    """``source`` says more than ``claim``, a claim specific enough to link on."""
    specific = (
        bool(claim.numbers)
        or bool(claim.agent)
        or bool(claim.entities)
        or len(claim.tokens) >= MIN_PLAIN_CONTAINED_TOKENS
    )
    return specific and len(source.tokens) > len(claim.tokens) and says_more(claim, source)


def lift_contained(pairs: ScoredPairs, contained: BoolArray) -> ScoredPairs:
    """``pairs`` with the score of the ``contained`` ones lifted to ``CONTAINED_SCORE``, for
    the grouping's order only: merged strongest first, a claim meets the one that says it
    and more before a looser group takes either."""
    if not contained.any():
        return pairs
    columns = list(pairs.columns())
    columns[2] = np.where(contained, np.maximum(pairs.score, CONTAINED_SCORE), pairs.score)
    return ScoredPairs(*columns)
