"""Scoring: candidate pairs -> a match score (same statement) and a similarity (same frame).

A handful of lexical features (surface ratio, how much of each side the other covers, n-gram
overlap, unmatched words) are combined by a small logistic model whose weights live in
``data/match_model.json``; a one-sided negation vetoes "same claim" (it leaves the pair
*related*, so the judge can still find a conflict in it). Pairs whose token sets score below
``PREFILTER`` are dropped.

The pipeline scores hundreds of thousands of pairs, so ``score_pairs`` works on arrays: each
claim's words, n-grams and tokens are interned once (``ClaimTable``, ``match.columns``), and
every feature is one named array step over all pairs (``FEATURE_STEPS``), its set overlaps
counted in C by rapidfuzz (``process.cpdist`` with ``workers=-1``). A small batch
(``compare_claims``) is scored pair by pair, with the same bits.

This module is the entry (``score_pairs``, ``score_keys``, ``score_many``) and the batching;
the pieces it calls live beside it: ``table`` (per-claim columns), ``features`` (pair
features, the model), ``frames`` (frame similarity), ``vetoes``, ``rules`` (same statement,
same fact, merge support) and ``names`` (see ``claimtrack.match``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimtrack.collector import collection_paused
from claimtrack.match.blocking import PairArray
from claimtrack.match.columns import PARALLEL_PAIRS, dense_ranks, distinct
from claimtrack.match.doers import acts_in_one_setting, acts_of_two_doers, sets_a_scene
from claimtrack.match.features import (
    ADDED_CLAUSE_CAP,
    FEATURE_STEPS,
    FEATURES,
    RUN_CAP,
    PairBatch,
    _larger_share,
    _ngram_precision_of,
    load_model,
    model_scores,
    pair_features,
)
from claimtrack.match.frames import (
    STRONG_SIMILARITY,
    WEAK_SIMILARITY,
    _counts_alike,
    _other_events_batch,
    frame_similarities,
    similarity,
    verbs_apart_rows,
)
from claimtrack.match.instances import instances_apart, marks_instance
from claimtrack.match.measures import NO_ROLE
from claimtrack.match.movers import movers_apart
from claimtrack.match.names import other_parties
from claimtrack.match.occasions import (
    NO_TIME,
    YEARS_BACK,
    occasions_apart,
    past_occasions_apart,
    past_years,
    previous_occasion,
    previous_occasions_apart,
    told_time,
)
from claimtrack.match.pairs import COLUMNS, ScoredPairs
from claimtrack.match.parts import parts_apart
from claimtrack.match.reactions import reaction_apart, reacts
from claimtrack.match.rules import (
    FIGURE_BACKED_SCORE,
    STRONG_SHARED,
    _figure_backed,
    figure_backed,
)
from claimtrack.match.setting_only import setting_only_rows
from claimtrack.match.slots import other_scopes_batch
from claimtrack.match.statements import statements_apart_rows
from claimtrack.match.table import (
    BoolArray,
    ClaimTable,
    FloatArray,
    IntArray,
    SmallIntArray,
    topic_set,
)
from claimtrack.match.untold import questions_apart, told_apart_rows
from claimtrack.match.vetoes import _vetoes, is_vetoed
from claimtrack.normalize import MatchKey
from claimtrack.options import Options

#: Pairs whose token-set score is below this never become related or matched.
PREFILTER = 40.0


def score_pairs(pairs: PairArray, keys: Sequence[MatchKey], options: Options) -> ScoredPairs:
    """Score candidate pairs; those neither matched nor related are dropped. The kept pairs
    come in the order of ``pairs``, as columns (``ScoredPairs``: no object per pair).

    Everything is computed for all pairs at once (``PairBatch``), cheapest first: the frame
    similarity and all but the ``DEFERRED`` features and "sort" for every pair; "sort" only
    for pairs that are related or could reach the threshold with it at its length bound and
    the deferred ones at theirs (``_sort_bound``, ``_deferred_bounds``); the deferred ones
    only for pairs that are related or could still reach it with "sort" known; the
    token-set prefilter and the veto only for pairs that are matched or related. Only the
    rare pairs whose predicates might be antonyms, or whose negations must be aligned, look
    at their claims one by one.

    Each distinct pair of match keys is scored once: what a pair scores depends on its two
    keys alone, and an archive repeats itself (a wire story republished, a stock sentence):
    an eighth of a generated corpus' claims and a fifth of its candidate pairs are repeats."""
    if len(pairs) == 0:
        return ScoredPairs([], [], [], [])
    distinct_keys, owner = _distinct_keys(keys)
    if len(distinct_keys) == len(keys):
        # no claim has another's key, so no pair repeats another: scored as they come
        # copies: ``_score_distinct`` rewrites them (``pairs`` is the caller's)
        left = np.array(pairs[:, 0], dtype=np.int32)
        right = np.array(pairs[:, 1], dtype=np.int32)
        return _score_distinct(keys, left, right, options)[1]
    which, left, right = _distinct_pairs(owner, pairs, len(distinct_keys))
    del owner
    rows, scored = _score_distinct(distinct_keys, left, right, options, with_claims=False)
    # every candidate pair takes its distinct pair's scores, in the order of ``pairs``
    slot = np.full(len(left), -1, dtype=np.int32)  # int32 as ``which``: one per pair
    del left, right
    slot[rows] = np.arange(len(rows), dtype=np.int32)
    taken = slot[which]
    del slot, which
    kept = np.flatnonzero(taken >= 0)
    take = taken[kept]
    del taken
    # Gathered column by column, each distinct column dropped once read: the candidate
    # pairs' columns and the distinct pairs' were alive whole side by side (43 bytes a
    # pair each), the scorer's peak at 5,000 articles.
    distinct_columns = list(scored.columns()[2:])
    del scored
    gathered = [pairs[kept, 0], pairs[kept, 1]]
    del kept
    while distinct_columns:
        gathered.append(distinct_columns.pop(0)[take])
    return ScoredPairs(*gathered)


def _distinct_pairs(
    owner: IntArray, pairs: PairArray, keys: int
) -> tuple[SmallIntArray, SmallIntArray, SmallIntArray]:
    """Each candidate pair's distinct pair of keys (its row below), and the distinct pairs'
    left and right keys: first the pairs of two keys no other claim has (distinct already,
    in their order), then the others, in the order of (left key, right key). Only the
    latter are sorted: a few of the pairs in most archives.

    All three as int32 (fewer keys and pairs than 2**31): they are alive through scoring,
    the run's peak, and int64 took 16 more bytes a distinct pair (60 MB at 10,000
    articles)."""
    owned = np.bincount(owner, minlength=keys)[owner] > 1
    shared = owned[pairs[:, 0]] | owned[pairs[:, 1]]
    del owned
    alone = np.flatnonzero(~shared)
    rows = np.flatnonzero(shared)
    del shared
    codes = owner[pairs[rows, 0]] * keys + owner[pairs[rows, 1]]
    ranks = dense_ranks(codes)
    distinct = np.empty(int(ranks.max()) + 1 if len(ranks) else 0, dtype=np.int64)
    distinct[ranks] = codes
    del codes
    # int32 (fewer distinct pairs than 2**31): an int per candidate pair, alive while scoring
    which = np.empty(len(pairs), dtype=np.int32)
    which[alone] = np.arange(len(alone), dtype=np.int32)
    which[rows] = ranks + len(alone)
    del ranks, rows
    left = np.empty(len(alone) + len(distinct), dtype=np.int32)
    right = np.empty(len(left), dtype=np.int32)
    left[: len(alone)] = owner[pairs[alone, 0]]
    right[: len(alone)] = owner[pairs[alone, 1]]
    left[len(alone) :] = distinct // keys
    right[len(alone) :] = distinct % keys
    return which, left, right


def _distinct_keys(keys: Sequence[MatchKey]) -> tuple[list[MatchKey], IntArray]:
    """The distinct keys (first appearance first) and which of them each claim has."""
    index: dict[MatchKey, int] = {}
    owner = np.fromiter(
        (index.setdefault(key, len(index)) for key in keys), dtype=np.int64, count=len(keys)
    )
    return list(index), owner


def _score_distinct(
    keys: Sequence[MatchKey],
    left: SmallIntArray,
    right: SmallIntArray,
    options: Options,
    *,
    with_claims: bool = True,
) -> tuple[IntArray, ScoredPairs]:
    """The pairs (keys[left[k]], keys[right[k]]) that are kept (their rows, ascending) and
    how they scored (in the same order). ``left`` and ``right`` are handed over: they are
    rewritten in place (to the per-claim table's rows), and hold nothing useful after.

    Without ``with_claims`` the scored pairs' two claim columns are all zero: for a caller
    that takes each kept pair's claims from its own rows (``score_pairs`` of repeated keys).
    WHY: made from the table's rows, they were two int64 a kept pair (48 MB at 10,000
    articles), allocated at the end of scoring only to be dropped unread."""
    # The per-claim table holds only the claims that are in a pair (four in five of a
    # generated archive's): what a pair scores reads its two claims' sets alone, and an item
    # two claims share is shared in any table that holds both.
    paired = distinct(np.concatenate([left, right]))
    # the run's topic words are counted over all its claims, paired or not
    claims = ClaimTable([keys[i] for i in paired.tolist()], topic_set(keys))
    claims.build_costly_columns()
    # each pair's claims' rows in the table: one gather, not a binary search per pair
    row_of = np.zeros(len(keys), dtype=np.int32)
    row_of[paired] = np.arange(len(paired), dtype=np.int32)
    # In place: the caller keeps its reference to the columns while this runs, so remapped
    # copies were two more ints per distinct pair alive through scoring (75 MB at 10,000
    # articles).
    np.take(row_of, left, out=left)
    np.take(row_of, right, out=right)
    del row_of
    kept_rows: list[IntArray] = []
    kept: list[list[npt.NDArray[Any]]] = []
    # The per-claim strings are hundreds of thousands of new objects, none in a cycle: with
    # the collector on, each batch of them set off a pass over the whole heap.
    with collection_paused():
        # in slices, so that the feature matrix of a large archive stays small
        for start in range(0, len(left), SCORE_CHUNK_PAIRS):
            part = slice(start, start + SCORE_CHUNK_PAIRS)
            # Scored in the order of the right claims: the pairs come in the order of the
            # left ones, so both sides' per-claim strings are then read in ascending order,
            # not the right ones at random across the whole table (a cache miss each, a
            # fifth of the time at 5,000 articles). Kept pairs go back to the input order.
            order = np.argsort(right[part], kind="stable")
            # int64 within a batch: features multiply claim rows into wider codes
            batch = PairBatch(
                claims, left[part][order].astype(np.int64), right[part][order].astype(np.int64)
            )
            rows, scored = _score_batch(batch, options)
            del batch
            back = np.argsort(order[rows])
            kept_rows.append((start + order[rows][back]).astype(np.int32))
            # The two claims' table rows are not kept: they are ``left`` and ``right`` at
            # the kept rows, read from there when the slices are joined.
            kept.append([column[back] for column in scored.columns()[2:]])
            del scored
    # The per-claim table goes before the slices are joined, not after: it is the larger.
    del claims
    if not kept:
        return np.zeros(0, dtype=np.int64), ScoredPairs([], [], [], [])
    rows = np.concatenate(kept_rows)
    del kept_rows
    # the claims of each kept pair: from the table's rows back to the indexes of ``keys``
    # (int32, as ``ScoredPairs`` holds them: narrowed per claim, not per pair)
    claim_of_row = paired.astype(np.int32)
    joined: list[npt.NDArray[Any]] = (
        [claim_of_row[left[rows]], claim_of_row[right[rows]]]
        if with_claims
        else [np.zeros(len(rows), dtype=np.int32)] * 2
    )
    del claim_of_row
    # Joined column by column, each column's slices dropped once joined: the slices and
    # the joined pairs were alive whole side by side (43 bytes a kept pair each).
    for at, (_, dtype) in enumerate(COLUMNS[2:]):
        joined.append(np.concatenate([columns[at] for columns in kept]).astype(dtype, copy=False))
        for columns in kept:
            columns[at] = _NOTHING
    del kept
    return rows, ScoredPairs(*joined)


#: What a joined slice's column is replaced by (``_score_distinct``).
_NOTHING = np.zeros(0, dtype=np.int64)


#: Most pairs scored in one batch. A batch's arrays (feature matrix, overlap counts, the
#: subsets' copies) peak at about 0.5 KB a pair: 62,500 pairs keep that at 30 MB. WHY not
#: 125,000 (as before): at 10,000 articles the last batches, on top of the per-claim table
#: and every earlier batch's kept pairs, were the run's peak; with half the pairs a batch it
#: fell from 2,191-2,222 to 2,104 MB (RSS sampled by stage; large blocks mapped,
#: ``collector.large_blocks_mapped``), below the judge's. The cost (each batch starts
#: rapidfuzz's workers anew): at 10,000 articles, idle, the score stage took 37.0 s with
#: 125,000 pairs a batch and 40.4-40.7 s with 62,500 (one run each; the run took 182-190 s).
SCORE_CHUNK_PAIRS = 62_500


def _score_batch(batch: PairBatch, options: Options) -> tuple[IntArray, ScoredPairs]:
    """The pairs of ``batch`` that are kept (their rows, ascending) and how they scored."""
    claims = batch.claims
    similarities, shared = frame_similarities(batch)
    related = (similarities >= options.related_threshold) | (
        (similarities >= WEAK_SIMILARITY) & _counts_alike(batch)
    )
    # First with "sort" at its bound too: the pairs that cannot reach the threshold even so
    # (about half) are not compared as sorted strings at all.
    features = batch.features(deferred={**_deferred_bounds(batch), "sort": _sort_bound(batch)})
    hopeful = np.flatnonzero(_may_match(features, related, options))
    features[hopeful, FEATURES.index("sort")] = FEATURE_STEPS["sort"](batch.subset(hopeful))
    hopeful = hopeful[_may_match(features[hopeful], related[hopeful], options)]
    rest = batch.subset(hopeful)
    for name in DEFERRED:
        features[hopeful, FEATURES.index(name)] = FEATURE_STEPS[name](rest)
    del rest
    scores = np.zeros(len(batch), dtype=np.float64)
    scores[hopeful] = model_scores(features[hopeful])
    del features  # the batch's feature matrix (34 MB): nothing below reads it
    judged = np.zeros(len(batch), dtype=bool)
    judged[hopeful] = related[hopeful] | (scores[hopeful] >= options.threshold)
    rows = np.flatnonzero(judged)
    judged[rows] = _token_sets_alike(claims, batch.left[rows], batch.right[rows])
    vetoed = _vetoes(batch, judged)
    rows = np.flatnonzero(judged & (related | ~vetoed))
    kept = batch.subset(rows)
    # two acts of one party told in other verbs ("would pay for the clean-up" / "the clean-up
    # is led by Halvard"): no link by similarity alone unless the model sees one statement
    shared[rows[verbs_apart_rows(kept, similarities[rows], shared[rows], scores[rows])]] = 0
    # two claims about one place or thing that tell nothing of one act ("plans to build a
    # library on the car park" / "runs the bakery opposite the car park"), scored low: no
    # link by similarity alone either
    shared[rows[setting_only_rows(kept, similarities[rows], shared[rows], scores[rows])]] = 0
    # a same-fact pair tied by a precise figure goes first among the unmatched ones
    scores[rows] = _figure_backed(kept, scores[rows], similarities[rows], vetoed[rows])
    other_events = _figures_of_other_events_batch(kept) | _movers_apart_batch(kept)
    # "Dockworkers last went on strike in 2016" / "2,500 dockworkers went on strike": two
    # occasions, whatever words they share
    other_events |= _previous_occasions_batch(kept)
    # "In 2019 a landslip closed the line near Carrow Halt" / "In 2019 a landslip closed the
    # Dunmere branch line": two earlier occasions of one kind
    other_events |= _past_occasions_batch(kept)
    # different figures for different places or events count different things: kept apart
    # like the acts of two parties
    parties = _other_parties_batch(kept) | other_scopes_batch(kept)
    # "A smaller fire near Dunhollow burned 200 acres" / "The fire has burned 6,400 acres";
    # "its next decision" / "announced the decision": another thing of one kind
    parties |= _instances_apart_batch(kept)
    # "Harbury finished fourth in the league" / "The winger netted 14 times in the
    # league": two doers, two acts, however alike the rest reads
    parties |= _two_doers_batch(kept, scores[rows], similarities[rows], shared[rows], options)
    # "The search began when the climbers failed to return" / "The alarm was raised when the
    # pair failed to return": two acts in one setting
    parties |= _one_setting_batch(kept)
    # "Officials defended the closure of the bridge" / "The city closed the bridge": a
    # reaction to an act and the act
    parties |= _reactions_apart_batch(kept)
    # "did not say how many tickets were sold" tells nothing of the tickets sold: kept apart
    # from the claim that tells it, and no conflict with it either (``untold.told_apart``)
    parties |= told_apart_rows(claims.untold, claims.denies, kept.left, kept.right)
    # "did not say how the fault arose" / "did not say when new packs would arrive": two
    # things left untold (``untold.questions_apart``)
    parties |= _questions_apart_batch(kept)
    # "The line has a history of problems" / "The cutting itself is a piece of history": one
    # shared word and no shared frame tie no two statements
    parties |= _one_word_apart_batch(kept, similarities[rows])
    # "Police said on Monday" / "Police said on Tuesday" of two statements: two events
    parties |= statements_apart_rows(claims.keys, claims.statements, kept.left, kept.right)
    left, right = kept.left, kept.right
    return rows, ScoredPairs(
        left,
        right,
        scores[rows],
        similarities[rows],
        vetoed[rows],
        shared[rows],
        other_events,
        parties,
    )


def _checked_rows(
    batch: PairBatch, rows: npt.NDArray[np.intp], check: Callable[[MatchKey, MatchKey], bool]
) -> BoolArray:
    """``check`` of the two keys of each pair in ``rows`` (the pairs a batch test left to be
    looked at one by one), False for every other pair of the batch."""
    out = np.zeros(len(batch), dtype=bool)
    keys = batch.claims.keys
    out[rows] = [
        check(keys[a], keys[b])
        for a, b in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return out


def _other_parties_batch(batch: PairBatch) -> BoolArray:
    """``other_parties`` of every pair, looked at one by one only where both subjects name
    someone (``names_apart`` of the two agents is False otherwise): a quarter of the kept
    pairs of a generated corpus."""
    named = batch.claims.named_agent
    rows = np.flatnonzero(named[batch.left] & named[batch.right])
    return _checked_rows(batch, rows, other_parties)


def _flags(batch: PairBatch, flag: Callable[[MatchKey], bool]) -> BoolArray:
    """``flag`` of each claim that ends a pair of ``batch`` (False for the others), asked
    once per claim: the per-pair rules below look only at pairs the flags single out."""
    keys = batch.claims.keys
    ends = np.union1d(batch.left, batch.right)
    flags = np.zeros(len(keys), dtype=bool)
    flags[ends] = [flag(keys[i]) for i in ends.tolist()]
    return flags


#: Words of its own each claim of a pair must hold for ``one_word_apart`` to keep them apart.
MIN_OWN_WORDS = 2


def one_word_apart(a: MatchKey, b: MatchKey) -> bool:
    """The claims share at most one word (a name, a noun) and each says at least
    ``MIN_OWN_WORDS`` words of its own: "The line has a history of problems" / "The cutting
    itself is a piece of history"; "The Progress Party has disputed that account" / "The
    Progress Party was considering its options". Read only for pairs that share no event
    frame: short claims may score high on wording, and one word in common is too little to
    make them one statement, whatever sense the word has in each.

    A shared act class ("have arrested two men" / "no arrests have been made"), a figure or
    a time in either claim ("worth $30 million" / "valued at $30 million"; "at a meeting on
    Tuesday" / "at a meeting on Monday") may tie two short claims to one fact, or to a
    conflict: such pairs are left to the other rules."""
    words_a, words_b = set(a.tokens), set(b.tokens)
    common = words_a & words_b
    if len(common) > 1 or any(w.startswith("@") for w in common) or a.numbers or b.numbers:
        return False
    return (
        len(words_a - words_b) >= MIN_OWN_WORDS
        and len(words_b - words_a) >= MIN_OWN_WORDS
        and told_time(a) == NO_TIME
        and told_time(b) == NO_TIME
    )


def _one_word_apart_batch(batch: PairBatch, similarities: FloatArray) -> BoolArray:
    """``one_word_apart`` of every pair that shares no event frame (frame similarity nil)."""
    rows = np.flatnonzero(similarities <= 0)
    return _checked_rows(batch, rows, one_word_apart)


def _questions_apart_batch(batch: PairBatch) -> BoolArray:
    """``untold.questions_apart`` of every pair, looked at one by one only where both claims
    say something was not told (``ClaimTable.untold``): few pairs of any run."""
    untold = batch.claims.untold
    rows = np.flatnonzero(untold[batch.left] & untold[batch.right])
    return _checked_rows(batch, rows, questions_apart)


def _past_occasions_batch(batch: PairBatch) -> BoolArray:
    """``occasions.past_occasions_apart`` of every pair, looked at one by one only where both
    claims name the year of an earlier occasion (``occasions.past_years``)."""
    past = _flags(batch, lambda key: bool(past_years(key)))
    rows = np.flatnonzero(past[batch.left] & past[batch.right])
    return _checked_rows(batch, rows, past_occasions_apart)


def _previous_occasions_batch(batch: PairBatch) -> BoolArray:
    """``occasions.previous_occasions_apart`` of every pair, looked at one by one only where
    one claim tells the last earlier occasion of something (``occasions.previous_occasion``):
    few claims of any run."""
    past = _flags(batch, previous_occasion)
    rows = np.flatnonzero(past[batch.left] != past[batch.right])
    return _checked_rows(batch, rows, previous_occasions_apart)


def _two_doers_batch(
    batch: PairBatch,
    scores: FloatArray,
    similarities: FloatArray,
    shared: IntArray,
    options: Options,
) -> BoolArray:
    """``doers.acts_of_two_doers`` of every pair, looked at one by one only where the pair
    would otherwise be one fact (a match, or a strong frame tied by a shared word), a claim
    gives a figure, and the claims share no predicate class, frame or figure."""
    claims = batch.claims
    numbers_a, numbers_b = batch.sizes(claims.numbers)
    may_join = (scores >= options.threshold) | (
        (similarities >= STRONG_SIMILARITY) & (shared >= STRONG_SHARED)
    )
    rows = np.flatnonzero(
        may_join
        & (batch.common(claims.predicates) == 0)
        & (batch.common(claims.frames) == 0)
        & (batch.common(claims.numbers) == 0)
        & ((numbers_a > 0) | (numbers_b > 0))
    )
    return _checked_rows(batch, rows, acts_of_two_doers)


def _one_setting_batch(batch: PairBatch) -> BoolArray:
    """``doers.acts_in_one_setting`` of every pair, looked at one by one only where both
    claims tell an act and a "when" clause (``doers.sets_a_scene``): few claims of any run."""
    scene = _flags(batch, sets_a_scene)
    rows = np.flatnonzero(scene[batch.left] & scene[batch.right])
    return _checked_rows(batch, rows, acts_in_one_setting)


def _reactions_apart_batch(batch: PairBatch) -> BoolArray:
    """``reactions.reaction_apart`` of every pair, looked at one by one only where one claim
    tells a reaction to an act (``reactions.reacts``): few claims of any run."""
    reacting = _flags(batch, reacts)
    rows = np.flatnonzero(reacting[batch.left] != reacting[batch.right])
    return _checked_rows(batch, rows, reaction_apart)


def _instances_apart_batch(batch: PairBatch) -> BoolArray:
    """``instances.instances_apart`` of every pair, looked at one by one only where a claim
    opens on another thing of a kind or tells a next occasion (``instances.marks_instance``):
    few claims of any run."""
    marked = _flags(batch, marks_instance)
    rows = np.flatnonzero(marked[batch.left] | marked[batch.right])
    return _checked_rows(batch, rows, instances_apart)


def _movers_apart_batch(batch: PairBatch) -> BoolArray:
    """``movers.movers_apart`` of every pair, looked at one by one only where both claims
    tell a level moving (``movers.moves``): few claims of most runs."""
    moving = batch.claims.moving
    rows = np.flatnonzero(moving[batch.left] & moving[batch.right])
    return _checked_rows(batch, rows, movers_apart)


def _figures_of_other_events_batch(batch: PairBatch) -> BoolArray:
    """``figures_of_other_events`` of every pair."""
    claims = batch.claims
    numbers_a, numbers_b = batch.sizes(claims.numbers)
    frames_meet = batch.common(claims.frames) > 0
    counted = (numbers_a > 0) & (numbers_b > 0)
    roles = claims.percent_roles
    role_a, role_b = roles[batch.left], roles[batch.right]
    # a change and a share ("by 30 percent" / "30 percent of"): two measures (``measures``)
    measures = (role_a != NO_ROLE) & (role_b != NO_ROLE) & (role_a != role_b)
    # "shut twice in three years" / "up to three years in prison": a tally of occasions
    occasions = claims.occasions[batch.left] != claims.occasions[batch.right]
    # "kill about 40 people a year" / "six people were killed": a rate and one toll
    occasions |= claims.per_time[batch.left] != claims.per_time[batch.right]
    # "killed three workers in 2009" / "23 miners were killed on Tuesday": two occasions
    occasions |= _occasions_apart_batch(batch)
    # "8,000 of the stolen files belonged to children" / "8,000 records were taken"
    occasions |= _parts_apart_batch(batch)
    return np.asarray(
        counted & (measures | occasions | _other_events_batch(batch, frames_meet)), dtype=bool
    )


def _occasions_apart_batch(batch: PairBatch) -> BoolArray:
    """``occasions.occasions_apart`` of every pair, looked at one by one only where one
    claim is set a year or more back and the other is not (``ClaimTable.times``)."""
    times = batch.claims.times
    time_left, time_right = times[batch.left], times[batch.right]
    rows = np.flatnonzero(
        (time_left != time_right) & ((time_left == YEARS_BACK) | (time_right == YEARS_BACK))
    )
    out = np.zeros(len(batch), dtype=bool)
    keys = batch.claims.keys
    # the times read once per claim (the column), not again for each pair
    out[rows] = [
        occasions_apart(keys[a], keys[b], (ta, tb))
        for a, b, ta, tb in zip(
            batch.left[rows].tolist(),
            batch.right[rows].tolist(),
            time_left[rows].tolist(),
            time_right[rows].tolist(),
            strict=True,
        )
    ]
    return out


def _parts_apart_batch(batch: PairBatch) -> BoolArray:
    """``parts.parts_apart`` of every pair, looked at one by one only where a claim tells
    a figure as a part (``ClaimTable.parts``)."""
    parts = batch.claims.parts
    rows = np.flatnonzero(parts[batch.left] | parts[batch.right])
    return _checked_rows(batch, rows, parts_apart)


#: Features computed last, for the pairs that may be kept: the run lengths cost most, and
#: the others weigh little (or against a match) unless the pair shares much of its wording.
DEFERRED = (
    "words2_max",
    "words4_max",
    "tokens3_min",
    "unmatched_min",
    "run_max",
    "run_min",
    "added_clause",
    "ngram_precision",
)
#: The range of each deferred feature, for its most favourable value.
FEATURE_RANGES: dict[str, tuple[float, float]] = {
    "words2_max": (0.0, 1.0),
    "words4_max": (0.0, 1.0),
    "tokens3_min": (0.0, 1.0),
    "unmatched_min": (0.0, 8.0),
    "run_max": (0.0, float(RUN_CAP)),
    "run_min": (0.0, float(RUN_CAP)),
    "added_clause": (0.0, float(ADDED_CLAUSE_CAP)),
    "ngram_precision": (0.0, 1.0),
}


def _most_favourable(names: Sequence[str]) -> dict[str, float]:
    """The value of each feature that raises the score most: an upper bound of the score
    of any pair whatever its real values (the sum is monotone, even rounded)."""
    weights = _weights()
    low, high = zip(*(FEATURE_RANGES[name] for name in names), strict=True)
    return {
        name: hi if weights.get(name, 0.0) > 0 else lo
        for name, lo, hi in zip(names, low, high, strict=True)
    }


def _may_match(features: FloatArray, related: BoolArray, options: Options) -> BoolArray:
    """The pairs that are related or whose bounded features (each at least as favourable as
    its real value) score at the threshold: the only ones that can be kept."""
    # a hair below the threshold: the bounds hold exactly, the margin only guards the exp
    return related | (model_scores(features) >= options.threshold - 1e-6)


#: Above any rounding of rapidfuzz's float32 scores (on a 0-1 scale).
_FLOAT32_SLACK = 1e-6


def _sort_bound(batch: PairBatch) -> FloatArray:
    """A value of the "sort" feature at least as favourable as the real one: a ratio of two
    strings is at most ``2 * shorter / (both lengths)`` (its longest common subsequence is
    at most the shorter string), and two empty strings score 1."""
    if _model_weight("sort") <= 0:
        return np.zeros(len(batch), dtype=np.float64)
    lengths = batch.claims.sorted_plain_lengths
    length_a, length_b = lengths[batch.left], lengths[batch.right]
    total = length_a + length_b
    ratio = np.divide(
        2 * np.minimum(length_a, length_b), total, out=np.ones(len(batch)), where=total > 0
    )
    return np.asarray(np.minimum(ratio + _FLOAT32_SLACK, 1.0), dtype=np.float64)


def _model_weight(name: str) -> float:
    return _weights().get(name, 0.0)


@cache
def _weights() -> dict[str, float]:
    """The packaged model's weight of each feature (read once, not on every lookup)."""
    model = load_model()
    return dict(zip(model.names, model.weights, strict=True))


def _deferred_bounds(batch: PairBatch) -> dict[str, float | FloatArray]:
    """For each deferred feature, a value that scores at least as high as its real one: the
    most favourable value of its range, or, for the n-gram features that weigh against a
    match, a lower bound from what is already counted (tighter: fewer pairs get the deferred
    features computed). Counted so that it never exceeds the real value, bit for bit: the
    same operations in the same order on factors no larger."""
    bounds: dict[str, float | FloatArray] = dict(_most_favourable(DEFERRED))
    claims = batch.claims
    shares_3grams = batch.common(claims.words(3)) > 0
    # a 3-gram both claims hold holds a 2-gram both hold
    least_common = {1: batch.common(claims.words(1)), 2: shares_3grams.astype(np.int64)}
    least_common[3] = batch.common(claims.words(3))
    least_common[4] = np.zeros(len(batch), dtype=np.int64)
    if _model_weight("ngram_precision") <= 0:
        bounds["ngram_precision"] = _ngram_precision_of(batch, least_common)
    if _model_weight("words2_max") <= 0:
        size_a, size_b = batch.sizes(claims.words(2))
        bounds["words2_max"] = _larger_share(least_common[2], size_a, size_b)
    return bounds


def _token_sets_alike(claims: ClaimTable, left: IntArray, right: IntArray) -> BoolArray:
    """``fuzz.token_set_ratio`` of the two texts reaches ``PREFILTER``, for every pair.

    The texts as they are: the scorer splits, sorts and de-duplicates their tokens itself.
    WHY not each claim's sorted distinct tokens joined once in the per-claim table: a new
    string per claim (45 MB at 10,000 articles), alive through all of scoring, the run's
    peak, to save the scorer 5% of this step's time (0.14 us a pair)."""
    texts = claims.texts
    scores = process.cpdist(
        texts[left],
        texts[right],
        scorer=fuzz.token_set_ratio,
        processor=None,
        workers=-1 if len(left) >= PARALLEL_PAIRS else 1,
        score_cutoff=PREFILTER,
    )
    return np.asarray(scores >= PREFILTER, dtype=bool)


def score_keys(a: MatchKey, b: MatchKey) -> tuple[float, float, bool]:
    """(match score, frame similarity, vetoed) of one pair, exactly as ``score_pairs`` does."""
    scores, similarities, vetoes = score_many(a, [b])
    return scores[0], similarities[0], vetoes[0]


def score_many(
    key: MatchKey, others: Sequence[MatchKey]
) -> tuple[list[float], list[float], list[bool]]:
    """``score_keys(key, other)`` for many others in one batch."""
    if not others:
        return [], [], []
    repeated = [key] * len(others)
    scores = model_scores(pair_features(repeated, others))
    similarities = [similarity(key, o) for o in others]
    vetoes = [is_vetoed(key, o) for o in others]
    backed = [
        figure_backed(key, o) and sim >= STRONG_SIMILARITY and not veto
        for o, sim, veto in zip(others, similarities, vetoes, strict=True)
    ]
    scores = np.where(backed, np.maximum(scores, FIGURE_BACKED_SCORE), scores)
    return [float(s) for s in scores], similarities, vetoes
