"""Candidate generation: claims -> pairs worth scoring, without comparing all pairs.

Every claim offers its entity x predicate-frame keys and its ``block_tokens`` rarest content
tokens (keys held by one claim, or by more than ``max_block_size`` claims, never block). Each
claim then looks up the claims of other articles that hold one of its keys and keeps the
``PARTNERS`` that share the most (rarity-weighted) of them. A pair is scored when either claim
kept the other, so a claim takes part in at most about ``2 * PARTNERS`` pairs whatever the
size of the corpus: the cost grows with the number of claims, not with its square, and not
with how many sentences of an archive happen to share a word.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack.collector import collection_paused
from claimtrack.match.columns import distinct, intern
from claimtrack.normalize import MatchKey
from claimtrack.options import Options

IntArray = npt.NDArray[np.int64]
#: Candidate pairs, one (i, j) row each (``_as_pairs``).
PairArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]

#: Most partners a claim keeps from its blocking keys, best first. A fact is rarely told by
#: more than a dozen outlets of one story; the rest of a large block is other stories' similar
#: sentences ("Shops in A stayed closed on Monday" / "Shops in B stayed closed on Friday").
#: A pair is scored when either side keeps the other, so a claim still meets up to twice
#: this many. 16 rather than 32: on a generated 1,000-article archive it scores 46% fewer
#: pairs, groups 44% fewer pairs of claims from different stories and a few more of the
#: planted same-fact pairs; the samples, seeds, real multi-outlet news and the pair
#: benchmarks give the same verdicts. At 10 a real paraphrase pair fell out of its claim's list.
PARTNERS = 16
#: Weight of a shared entity x frame key against a token of the same rarity: an entity doing
#: the same kind of thing is stronger evidence of one event than a shared word.
FRAME_WEIGHT = 2.0
#: Most (claim, partner) rows expanded at once: bounds memory on a large archive.
#: WHY 125,000, not a million: a chunk's steps hold a dozen int64 arrays of its rows, on
#: each of the two threads, beside the key table. Measured on the keys of 2,000 articles
#: (``candidate_pairs`` alone, RSS sampled): 260 MB above what was alive before it at a
#: million rows, 165 MB at 500,000, 119 at 250,000, 98 at 125,000, for the same CPU time
#: (2.3-3.0 s; the smaller arrays stay in the caches) and the same pairs.
CHUNK_ROWS = 125_000
#: Chunks ranked at once, each on a thread of its own.
CHUNK_THREADS = 2


def blocking_keys(key: MatchKey) -> tuple[list[str], list[str]]:
    """(frame keys, plain tokens) a claim blocks on.

    A frame key joins an entity and a predicate frame ("ent_iran|halt"): claims about the same
    event share one even when their other words differ ("suspends talks" vs "rules out talks").
    """
    frames = [f"{e}|{f}" for e in sorted(key.entities) for f in sorted(key.frames)]
    return frames, sorted(key.tokens)


def candidate_pairs(
    article_ids: Sequence[str], keys: Sequence[MatchKey], options: Options
) -> PairArray:
    """Pairs (i < j) of claims from different articles that share a rare blocking key, at
    most ``PARTNERS`` per claim and side, sorted.

    The collector is paused: the key table's lists (a few per claim, no cycle) set off
    collections that walk every claim and key of the corpus (5,000 articles: up to 4 of
    10 CPU seconds)."""
    with collection_paused():
        return _candidate_pairs(article_ids, keys, options)


def _candidate_pairs(
    article_ids: Sequence[str], keys: Sequence[MatchKey], options: Options
) -> PairArray:
    n = len(keys)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int32)
    owners, key_ids, is_frame, vocabulary_size = _key_table(keys)
    frame_key = np.zeros(vocabulary_size, dtype=bool)
    frame_key[key_ids[is_frame]] = True
    df = np.bincount(key_ids, minlength=vocabulary_size)
    usable = (df[key_ids] >= 2) & (df[key_ids] <= options.max_block_size)
    # int32 (fewer claims and keys than 2**31): a row per blocking key of every claim (12 a
    # claim), alive through the whole stage with the postings made of them; as int64 they
    # took 8 more bytes a row, and the postings 4. A pair's code is widened (``partners``).
    owners = owners[usable].astype(np.int32)
    key_ids = key_ids[usable].astype(np.int32)
    is_frame = is_frame[usable]
    del usable
    selected = is_frame | _rarest_per_owner(owners, key_ids, df, options.block_tokens)
    # Rarer keys weigh more (inverse document frequency), frame keys more again.
    weight_of_key = np.log(n / np.maximum(df, 1)) * np.where(frame_key, FRAME_WEIGHT, 1.0)
    holders = _Postings(owners, key_ids, vocabulary_size)
    selectors = _Postings(owners[selected], key_ids[selected], vocabulary_size)
    codes = _codes(article_ids)
    # Rows of the key table are in claim order, so chunks of it hold whole claims. A claim
    # meets its partners through its own selected keys (in their holders) and through its
    # keys that others selected (in their selectors): the pair's strength is the same from
    # both sides, the weight of every shared key that either claim selected.
    rows = np.where(selected, holders.sizes[key_ids], selectors.sizes[key_ids])

    def partners(bounds: tuple[int, int]) -> IntArray:
        part = slice(*bounds)
        own = selected[part]
        # A key the claim selected itself already met every holder above, those that
        # selected it too included: only its other keys are looked up among selectors, so
        # no (claim, partner, key) row is found twice.
        found = [
            holders.expand(owners[part][own], key_ids[part][own]),
            selectors.expand(owners[part][~own], key_ids[part][~own]),
        ]
        # Each step's arrays (an int64 per row, a million rows a chunk) are dropped as soon
        # as the next step's are made: kept to the end of the chunk, nine of them were alive
        # at once on each thread, the peak of this stage (above the scorer's at 2,000
        # articles).
        left, right, key = (np.concatenate([f[at] for f in found]) for at in range(3))
        del found
        other_article = codes[left] != codes[right]
        # int64: the int32 claims' product would wrap around past 2**31
        pair = np.multiply(left[other_article], n, dtype=np.int64)
        pair += right[other_article]
        del left, right
        key = key[other_article]
        del other_article
        pair, key = _sorted_pairs_and_keys(pair, key, len(weight_of_key))
        return _best_partners(pair, key, weight_of_key, n)

    chunks = _chunks(owners, rows)
    # ``--jobs 1`` asks for one core: one thread then
    threads = min(CHUNK_THREADS, options.jobs or CHUNK_THREADS, len(chunks))
    if threads > 1:
        # WHY threads: a chunk is numpy sorts and gathers, which run without the GIL, so
        # two chunks at once use both cores; each is ranked whole, so the pairs are the same
        with ThreadPoolExecutor(max_workers=threads) as pool:
            kept = list(pool.map(partners, chunks))
    else:
        kept = [partners(bounds) for bounds in chunks]
    encoded = distinct(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
    return _as_pairs(encoded, n)


def _as_pairs(encoded: IntArray, n: int) -> PairArray:
    """The (i, j) rows of the codes ``i * n + j``, as int32.

    WHY int32: the pairs stay alive through scoring, the run's peak, and a claim index
    fits (fewer than 2**31 claims): 8 bytes a candidate pair less (55 MB at 10,000
    articles). Whoever multiplies them widens them first (``ScoredPairs`` holds int64)."""
    if n >= 2**31:
        raise ValueError("more than 2**31 claims to pair")
    pairs = np.empty((len(encoded), 2), dtype=np.int32)
    pairs[:, 0] = encoded // n
    pairs[:, 1] = encoded % n
    return pairs


def _key_table(keys: Sequence[MatchKey]) -> tuple[IntArray, IntArray, npt.NDArray[np.bool_], int]:
    """(owner claim, key id, is a frame key) per blocking key of every claim, owners ascending.

    Key ids are those of ``blocking_keys`` interned in claim order (first appearance, frame
    keys before tokens within a claim, each part sorted): ties between equally rare keys are
    broken by id. Sorting every claim's tokens to get them was most of this table's time, so
    the keys are interned as they come and the ids renumbered after, sorting only the
    vocabulary: a key's id is its rank by (first claim holding it, frame key first, text).
    """
    frame_lists = [_frame_keys(key) for key in keys]
    frame_counts = np.fromiter(map(len, frame_lists), dtype=np.int64, count=len(keys))
    owners, provisional, vocabulary = intern(
        [
            frames + list(key.tokens) if frames else key.tokens
            for frames, key in zip(frame_lists, keys, strict=True)
        ]
    )
    sizes = np.bincount(owners, minlength=len(keys))
    position = np.arange(len(owners), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    is_frame = position < frame_counts[owners]
    return (
        owners,
        _first_appearance_ids(owners, provisional, is_frame, vocabulary),
        is_frame,
        len(vocabulary),
    )


def _frame_keys(key: MatchKey) -> list[str]:
    if not key.entities or not key.frames:
        return []
    return [f"{e}|{f}" for e in sorted(key.entities) for f in sorted(key.frames)]


def _first_appearance_ids(
    owners: IntArray, provisional: IntArray, is_frame: npt.NDArray[np.bool_], vocabulary: list[Any]
) -> IntArray:
    """``provisional`` ids (first appearance in any order within a claim) renumbered to the
    ids of sorted claims (see ``_key_table``)."""
    if len(provisional) == 0:
        return provisional
    # provisional ids follow first appearance: a row is a key's first one when its id is new
    highest = np.maximum.accumulate(provisional)
    first = np.ones(len(provisional), dtype=bool)
    first[1:] = highest[1:] > highest[:-1]
    first_owner = owners[first]
    frame_first = np.asarray(is_frame[first], dtype=np.int64)
    # "e|f" sorts as the pair (e, f) once the bar sorts before every character of an entity
    texts = [
        value.replace("|", "\0", 1) if frame else value
        for value, frame in zip(vocabulary, frame_first.tolist(), strict=True)
    ]
    text_rank = np.empty(len(texts), dtype=np.int64)
    text_rank[sorted(range(len(texts)), key=texts.__getitem__)] = np.arange(len(texts))
    renumbered = np.empty(len(texts), dtype=np.int64)
    renumbered[np.lexsort((text_rank, -frame_first, first_owner))] = np.arange(len(texts))
    return renumbered[provisional]


class _Postings:
    """For every key, the claims holding it (a CSR index over the usable key table)."""

    def __init__(self, owners: IntArray, key_ids: IntArray, vocabulary_size: int) -> None:
        order = np.argsort(key_ids, kind="stable")
        self.holders = owners[order]
        self.sizes = np.bincount(key_ids, minlength=vocabulary_size)
        self.starts = np.zeros(vocabulary_size + 1, dtype=np.int64)
        np.cumsum(self.sizes, out=self.starts[1:])

    def expand(self, owner: IntArray, key: IntArray) -> tuple[IntArray, IntArray, IntArray]:
        """(claim, holder, key) for every holder of every (claim, key) row, vectorised."""
        sizes = self.sizes[key]
        left = np.repeat(owner, sizes)
        offsets = np.repeat(self.starts[key] - np.cumsum(sizes) + sizes, sizes)
        right = self.holders[offsets + np.arange(len(left), dtype=np.int64)]
        return left, right, np.repeat(key, sizes)


def _chunks(owner: IntArray, rows: IntArray) -> list[tuple[int, int]]:
    """Slices of the selected rows expanding to about ``CHUNK_ROWS`` each, cut between claims
    (``owner`` ascending) so that each claim's partners are ranked in one piece."""
    if len(owner) == 0:
        return []
    before = np.cumsum(rows) - rows
    chunk = before[np.searchsorted(owner, owner, side="left")] // CHUNK_ROWS
    cuts = np.flatnonzero(chunk[1:] != chunk[:-1]) + 1
    bounds = [0, *cuts.tolist(), len(owner)]
    return list(itertools.pairwise(bounds))


def _best_partners(pair: IntArray, key: IntArray, weight_of_key: FloatArray, n: int) -> IntArray:
    """Encoded undirected pairs ``low * n + high`` of each claim's ``PARTNERS`` strongest
    partners (summed weight of the keys they share; ties to the lower index, so
    deterministic), from one (``claim * n + partner``, key) row per shared key, sorted by
    pair then key (``_sorted_pairs_and_keys``)."""
    if len(pair) == 0:
        return np.zeros(0, dtype=np.int64)
    # every (claim, partner, key) row comes once (see ``candidate_pairs``); the weights of a
    # pair are added in key order, so equal sets of keys give bit-equal strengths
    starts = np.flatnonzero(np.concatenate([[True], pair[1:] != pair[:-1]]))
    directed = pair[starts]
    strength = np.add.reduceat(weight_of_key[key], starts)
    claim, partner = directed // n, directed % n
    # Only a claim with more than PARTNERS partners needs them ranked; the others keep all.
    crowded = np.bincount(claim)[claim] > PARTNERS
    rows = np.flatnonzero(crowded)
    # rank partners per claim: claim ascending, strength descending, partner ascending (the
    # rows are in partner order within a claim, and the sort is stable)
    order = rows[np.lexsort((-strength[rows], claim[rows]))]
    ranked = claim[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = ranked[1:] != ranked[:-1]
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    best = np.concatenate(
        [np.flatnonzero(~crowded), order[np.arange(len(order)) - group_start < PARTNERS]]
    )
    low = np.minimum(claim[best], partner[best])
    high = np.maximum(claim[best], partner[best])
    return np.asarray(low * n + high, dtype=np.int64)


def _sorted_pairs_and_keys(
    pair: IntArray, key: IntArray, vocabulary_size: int
) -> tuple[IntArray, IntArray]:
    """The rows sorted by pair, then key: one sort of a combined code when it fits in int64."""
    if len(pair) and int(pair.max()) < (1 << 62) // max(vocabulary_size, 1):
        # timsort: the rows come claim by claim, and each key's holders in ascending runs,
        # which it merges (a tenth of quicksort's time on a chunk of 2,000 articles' rows)
        code = np.sort(pair * vocabulary_size + key, kind="stable")
        return code // vocabulary_size, code % vocabulary_size
    order = np.lexsort((key, pair))
    return pair[order], key[order]


def _rarest_per_owner(
    owners: IntArray, tokens: IntArray, df: IntArray, k: int
) -> npt.NDArray[np.bool_]:
    """Mask of each owner's k rarest tokens (ties broken by token id, so deterministic)."""
    order = np.lexsort((tokens, df[tokens], owners))
    ranked_owner = owners[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = ranked_owner[1:] != ranked_owner[:-1]
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    rank = np.arange(len(order)) - group_start
    mask = np.zeros(len(order), dtype=bool)
    mask[order] = rank < k
    return mask


def _codes(values: Sequence[str]) -> IntArray:
    table: dict[str, int] = {}
    return np.asarray([table.setdefault(v, len(table)) for v in values], dtype=np.int64)
