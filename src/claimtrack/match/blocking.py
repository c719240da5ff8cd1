"""Candidate generation: claims -> pairs worth scoring, without comparing all pairs.

Every claim offers its ``block_tokens`` rarest content tokens (tokens shared by more than
``max_block_size`` claims never block) and its entity x predicate-frame keys, and a claim is
paired with the other claims that hold one of them, from other articles only. The number of
pairs grows with the number of claims times the block size, not with its square.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from claimtrack.normalize import MatchKey
from claimtrack.options import Options

IntArray = npt.NDArray[np.int64]

#: Blocking keys two claims must share to be compared (a frame key counts for two): one
#: shared rare word pairs a claim with hundreds of unrelated ones in a large corpus.
MIN_BLOCK_KEYS = 1


def blocking_keys(key: MatchKey) -> tuple[list[str], list[str]]:
    """(frame keys, plain tokens) a claim blocks on.

    A frame key joins an entity and a predicate frame ("ent_iran|halt"): claims about the same
    event share one even when their other words differ ("suspends talks" vs "rules out talks").
    """
    frames = [f"{e}|{f}" for e in sorted(key.entities) for f in sorted(key.frames)]
    return frames, sorted(key.tokens)


def candidate_pairs(
    article_ids: Sequence[str], keys: Sequence[MatchKey], options: Options
) -> IntArray:
    """Pairs (i < j) of claims from different articles that share a rare blocking key.

    Each claim offers all its frame keys and its ``block_tokens`` rarest tokens; keys held by
    one claim only or by more than ``max_block_size`` claims are ignored.
    """
    n = len(keys)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    vocabulary: dict[str, int] = {}
    owner: list[int] = []
    token_ids: list[int] = []
    priority: list[bool] = []
    for i, key in enumerate(keys):
        frames, tokens = blocking_keys(key)
        for token in frames:
            owner.append(i)
            token_ids.append(vocabulary.setdefault(token, len(vocabulary)))
            priority.append(True)
        for token in tokens:
            owner.append(i)
            token_ids.append(vocabulary.setdefault(token, len(vocabulary)))
            priority.append(False)
    owners = np.asarray(owner, dtype=np.int64)
    tokens_arr = np.asarray(token_ids, dtype=np.int64)
    is_frame = np.asarray(priority, dtype=bool)
    df = np.bincount(tokens_arr, minlength=len(vocabulary))
    usable = (df[tokens_arr] >= 2) & (df[tokens_arr] <= options.max_block_size)
    owners, tokens_arr, is_frame = owners[usable], tokens_arr[usable], is_frame[usable]
    selected = is_frame | _rarest_per_owner(owners, tokens_arr, df, options.block_tokens)
    frame_ids = np.unique(tokens_arr[is_frame])
    return _expand(owners, tokens_arr, selected, len(vocabulary), _codes(article_ids), n, frame_ids)


def _expand(
    owners: IntArray,
    tokens: IntArray,
    selected: npt.NDArray[np.bool_],
    vocabulary_size: int,
    article_codes: IntArray,
    n: int,
    frame_ids: IntArray,
) -> IntArray:
    """Pair each selected (claim, key) with every claim holding the key, vectorised; keep the
    pairs that share ``MIN_BLOCK_KEYS`` selected keys (a frame key counts for two)."""
    order = np.argsort(tokens, kind="stable")
    post_owner = owners[order]
    starts = np.zeros(vocabulary_size + 1, dtype=np.int64)
    np.cumsum(np.bincount(tokens, minlength=vocabulary_size), out=starts[1:])
    sel_owner, sel_token = owners[selected], tokens[selected]
    sizes = starts[sel_token + 1] - starts[sel_token]
    left = np.repeat(sel_owner, sizes)
    offsets = np.repeat(starts[sel_token] - np.cumsum(sizes) + sizes, sizes)
    right = post_owner[offsets + np.arange(len(left), dtype=np.int64)]
    key = np.repeat(sel_token, sizes)
    keep = article_codes[left] != article_codes[right]
    low = np.minimum(left[keep], right[keep])
    high = np.maximum(left[keep], right[keep])
    key = key[keep]
    # one entry per (pair, shared key): a key both claims selected is listed twice
    triples = np.unique(np.stack([low * n + high, key], axis=1), axis=0)
    weight = np.where(np.isin(triples[:, 1], frame_ids), 2, 1)
    encoded, inverse = np.unique(triples[:, 0], return_inverse=True)
    support = np.bincount(inverse.ravel(), weights=weight)
    encoded = encoded[support >= MIN_BLOCK_KEYS]
    return np.stack([encoded // n, encoded % n], axis=1)


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
