"""Pair features and the logistic model: ``FEATURES`` computed for all pairs at once
(``PairBatch``, one named step each in ``FEATURE_STEPS``) or pair by pair for a small batch
(``pair_features``), and ``model_scores`` from the weights in ``data/match_model.json``
(``load_model``)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimtrack.match.columns import PARALLEL_PAIRS, SetColumn
from claimtrack.match.table import (
    WORD_GRAMS,
    BoolArray,
    ClaimTable,
    FloatArray,
    IntArray,
    _clause_openers,
    _plain,
)
from claimtrack.normalize import MatchKey, load_tables, stem


@dataclass(frozen=True)
class Model:
    """A logistic model over named pair features: score = 100 * sigmoid(bias + w . f)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float


@lru_cache(maxsize=1)
def load_model() -> Model:
    return read_model("match_model.json")


def read_model(name: str) -> Model:
    """A logistic model from a packaged data file (weights fitted by a bench/fit_* script)."""
    raw = json.loads(
        resources.files("claimtrack").joinpath("data").joinpath(name).read_text("utf-8")
    )
    return Model(
        names=tuple(raw["features"]),
        weights=tuple(float(w) for w in raw["weights"]),
        bias=float(raw["bias"]),
    )


FEATURES = (
    "surface",
    "sort",
    "words_min",
    "words_max",
    "words2_max",
    "words3_min",
    "words4_max",
    "tokens3_min",
    "run_max",
    "run_min",
    "unmatched_min",
    "numbers_unmatched",
    "numbers_differ",
    "negation_differs",
    "entities_unmatched",
    "added_clause",
    "ngram_precision",
)


#: Longest run of unmatched tokens the features tell apart ("..., leaving two dead" is long).
RUN_CAP = 12
#: Most (pair, token) rows expanded at once when looking for runs: bounds memory.
RUN_CHUNK_PAIRS = 200_000


def pair_features(
    a: Sequence[MatchKey],
    b: Sequence[MatchKey],
    surface: FloatArray | None = None,
    sort: FloatArray | None = None,
) -> FloatArray:
    """One row of ``FEATURES`` per pair (a[k], b[k]), every feature computed for all pairs at
    once (see ``ClaimTable`` and ``PairBatch``).

    Every feature reads the claims' words without the parser's entity folding (``plain``):
    a name folded into one token in one sentence and left as words in the other would
    otherwise count as different words (it cost a point of MRPC accuracy).

    A small batch (``compare_claims``, a draft's claim against an article's) is scored pair by
    pair (``_pairwise_features``): building the per-claim columns costs more than it saves
    there, and the pairwise path caches each claim's word sets across calls. Both paths give
    the same bits (tests/test_score_batch.py holds them to it)."""
    if len(a) < PAIRWISE_BELOW:
        return _pairwise_features(a, b, surface, sort)
    index: dict[int, int] = {}
    keys: list[MatchKey] = []
    for key in (*a, *b):
        if index.setdefault(id(key), len(keys)) == len(keys):
            keys.append(key)
    left = np.fromiter((index[id(k)] for k in a), dtype=np.int64, count=len(a))
    right = np.fromiter((index[id(k)] for k in b), dtype=np.int64, count=len(b))
    batch = PairBatch(ClaimTable(keys), left, right)
    if surface is not None:
        batch.given["surface"] = surface / 100
    if sort is not None:
        batch.given["sort"] = sort / 100
    return batch.features()


#: Batches of fewer pairs than this are scored pair by pair.
PAIRWISE_BELOW = 2_000


def _pairwise_features(
    a: Sequence[MatchKey],
    b: Sequence[MatchKey],
    surface: FloatArray | None = None,
    sort: FloatArray | None = None,
) -> FloatArray:
    """``pair_features`` one pair at a time, each claim's word sets cached (``_words_of``)."""
    if surface is None:
        surface = _cpdist([k.surface for k in a], [k.surface for k in b], fuzz.ratio)
    if sort is None:
        sort = _cpdist([_plain(k) for k in a], [_plain(k) for k in b], fuzz.token_sort_ratio)
    # Each claim's word sets once per call (a claim sits in many pairs); the keys stay alive
    # for the whole call, so their ids are stable.
    words: dict[int, _Words] = {}
    for key in (*a, *b):
        if id(key) not in words:
            words[id(key)] = _words(key)
    lexical = np.array(
        [_lexical(x, y, words[id(x)], words[id(y)]) for x, y in zip(a, b, strict=True)],
        dtype=np.float64,
    ).reshape(-1, len(LEXICAL))
    return np.hstack([(surface / 100)[:, None], (sort / 100)[:, None], lexical])


#: The features ``_lexical`` returns, in order (the fuzzy scores come in batches).
LEXICAL = FEATURES[2:]


def _cpdist(left: Sequence[str], right: Sequence[str], scorer: Any) -> FloatArray:
    if not left:
        return np.zeros(0, dtype=np.float64)
    scores = process.cpdist(left, right, scorer=scorer, processor=None, workers=-1)
    return np.asarray(scores, dtype=np.float64)


#: n-grams as space-joined strings: a string caches its hash, a tuple does not, and the
#: pair features intersect these sets millions of times
Grams = frozenset[str]


@dataclass(frozen=True)
class _Words:
    """What the pair features need of one claim."""

    #: normalized tokens in order, and as a set
    tokens: tuple[str, ...]
    token_set: frozenset[str]
    #: token 3-grams
    token_grams: Grams
    #: 1- to 4-grams of the folded surface words (stop words kept: word order and function
    #: words tell a rewording from a different statement)
    words1: Grams
    words2: Grams
    words3: Grams
    words4: Grams
    entities: frozenset[str]
    #: the surface words in order, each with its stem and whether it is a stop word
    #: (``added_clause`` walks them)
    surface_words: tuple[str, ...]
    surface_stems: tuple[str, ...]
    stops: tuple[bool, ...]
    #: where the first content word after each clause cue stands (``added_clause``)
    clause_starts: tuple[int, ...]
    #: how many 1- to 4-grams ``words1`` to ``words4`` hold
    gram_sizes: tuple[int, int, int, int]


def _words(key: MatchKey) -> _Words:
    return _words_of(_plain(key), key.surface)


@lru_cache(maxsize=1 << 16)
def _words_of(plain: str, surface: str) -> _Words:
    tokens = tuple(plain.split())
    words = surface.split()
    grams = (frozenset(words), _grams(words, 2), _grams(words, 3), _grams(words, 4))
    stops = tuple(w in load_tables(None).stop_words for w in words)
    return _Words(
        tokens=tokens,
        token_set=frozenset(tokens),
        token_grams=_grams(tokens, 3),
        words1=grams[0],
        words2=grams[1],
        words3=grams[2],
        words4=grams[3],
        entities=frozenset(t for t in tokens if t.startswith("ent_")),
        surface_words=tuple(words),
        surface_stems=tuple(stem(w) for w in words),
        stops=stops,
        clause_starts=_clause_starts(words, stops),
        gram_sizes=(len(grams[0]), len(grams[1]), len(grams[2]), len(grams[3])),
    )


def _grams(words: Sequence[str], n: int) -> Grams:
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def _share(common: int, a: int, b: int) -> tuple[float, float]:
    """(smaller, larger) of the shares ``common / a`` and ``common / b``."""
    if not a or not b:
        return 0.0, 0.0
    return (common / a, common / b) if a >= b else (common / b, common / a)


def _longest_run(tokens: Sequence[str], other: frozenset[str]) -> int:
    """The longest run of ``tokens`` absent from ``other``: an added clause ("..., leaving two
    dead") is one long run; a reworded phrase, short ones. (A byte per token, 1 where
    ``other`` holds it: the runs are the pieces between the 1s, all in C.)"""
    held = bytes(map(other.__contains__, tokens))
    return max(map(len, held.split(b"\x01")))


def _lexical(a: MatchKey, b: MatchKey, wa: _Words, wb: _Words) -> tuple[float, ...]:
    grams = (
        len(wa.words1 & wb.words1),
        len(wa.words2 & wb.words2),
        len(wa.words3 & wb.words3),
        len(wa.words4 & wb.words4),
    )
    words1 = _share(grams[0], len(wa.words1), len(wb.words1))
    run_a = _longest_run(wa.tokens, wb.token_set)
    run_b = _longest_run(wb.tokens, wa.token_set)
    common = len(wa.token_set & wb.token_set)
    differ = 0.0
    if a.numbers != b.numbers and not (a.numbers < b.numbers or b.numbers < a.numbers):
        differ = 1.0
    return (
        words1[0],
        words1[1],
        _share(grams[1], len(wa.words2), len(wb.words2))[1],
        _share(grams[2], len(wa.words3), len(wb.words3))[0],
        _share(grams[3], len(wa.words4), len(wb.words4))[1],
        _share(len(wa.token_grams & wb.token_grams), len(wa.token_grams), len(wb.token_grams))[0],
        float(min(max(run_a, run_b), 12)),
        float(min(run_a, run_b, 12)),
        float(min(min(len(wa.token_set), len(wb.token_set)) - common, 8)),
        float(min(len(a.numbers ^ b.numbers), 6)),
        differ,
        float(a.negated != b.negated),
        float(min(max(len(wa.entities), len(wb.entities)) - len(wa.entities & wb.entities), 4)),
        added_clause(wa, wb),
        ngram_precision(grams, wa.gram_sizes, wb.gram_sizes),
    )


class PairBatch:
    """Pairs (left[k], right[k]) of one ``ClaimTable``; each feature is one named step below
    (``FEATURE_STEPS``) that returns its column for every pair."""

    def __init__(self, claims: ClaimTable, left: IntArray, right: IntArray) -> None:
        self.claims = claims
        self.left = left
        self.right = right
        #: feature columns computed by the caller (the fuzzy scores of ``pair_features``)
        self.given: dict[str, FloatArray] = {}
        self._common: dict[int, IntArray] = {}

    def __len__(self) -> int:
        return len(self.left)

    def features(self, deferred: dict[str, float | FloatArray] | None = None) -> FloatArray:
        """The feature matrix (one row per pair, ``FEATURES`` order); a ``deferred``
        feature is not computed but set to the value (or column) given."""
        if len(self) == 0:
            return np.zeros((0, len(FEATURES)), dtype=np.float64)
        given = dict(self.given)
        for name, value in (deferred or {}).items():
            given[name] = np.broadcast_to(np.asarray(value, dtype=np.float64), (len(self),))
        columns = [given.get(name) for name in FEATURES]
        # column-major: ``model_scores`` reads it column by column
        rows: FloatArray = np.stack(
            [
                FEATURE_STEPS[name](self) if c is None else c
                for name, c in zip(FEATURES, columns, strict=True)
            ],
            axis=0,
        )
        matrix: FloatArray = rows.T
        return matrix

    def subset(self, rows: IntArray) -> PairBatch:
        """The pairs at ``rows``, with the intersections already counted for them."""
        part = PairBatch(self.claims, self.left[rows], self.right[rows])
        part._common = {column: common[rows] for column, common in self._common.items()}
        return part

    def common(self, column: SetColumn) -> IntArray:
        """Items each pair's two claims share in ``column`` (counted once per column)."""
        if id(column) not in self._common:
            self._common[id(column)] = column.common(self.left, self.right)
        return self._common[id(column)]

    def sizes(self, column: SetColumn) -> tuple[IntArray, IntArray]:
        # int64 as every feature reads them; the column keeps int32 (``SetColumn.sizes``)
        sizes = column.sizes
        return sizes[self.left].astype(np.int64), sizes[self.right].astype(np.int64)

    def shares(self, column: SetColumn) -> tuple[FloatArray, FloatArray]:
        """(smaller, larger) of the shares of each claim's set the other holds."""
        size_a, size_b = self.sizes(column)
        common = self.common(column)
        both = (size_a > 0) & (size_b > 0)
        smaller = np.divide(common, np.maximum(size_a, size_b), out=np.zeros(len(self)), where=both)
        return smaller, _larger_share(common, size_a, size_b)

    def ratio(self, strings: npt.NDArray[np.object_], scorer: Any = fuzz.ratio) -> FloatArray:
        """``scorer`` (``fuzz.ratio``) of each pair's two strings, scaled to 0-1."""
        scores = process.cpdist(
            strings[self.left],
            strings[self.right],
            scorer=scorer,
            processor=None,
            workers=-1 if len(self) >= PARALLEL_PAIRS else 1,
        )
        return np.asarray(scores, dtype=np.float64) / 100

    @cached_property
    def runs(self) -> tuple[IntArray, IntArray]:
        """(left's, right's) longest run of tokens the other claim lacks."""
        return _longest_absent_runs(self.claims, self.left, self.right), _longest_absent_runs(
            self.claims, self.right, self.left
        )


def _surface_feature(batch: PairBatch) -> FloatArray:
    return batch.ratio(batch.claims.surfaces)


def _sort_feature(batch: PairBatch) -> FloatArray:
    return batch.ratio(batch.claims.plains, fuzz.token_sort_ratio)


def _words_min(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.words(1))[0]


def _words_max(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.words(1))[1]


def _words2_max(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.words(2))[1]


def _words3_min(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.words(3))[0]


def _words4_max(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.words(4))[1]


def _tokens3_min(batch: PairBatch) -> FloatArray:
    return batch.shares(batch.claims.token_grams)[0]


def _run_max(batch: PairBatch) -> FloatArray:
    run_a, run_b = batch.runs
    return np.minimum(np.maximum(run_a, run_b), RUN_CAP).astype(np.float64)


def _run_min(batch: PairBatch) -> FloatArray:
    run_a, run_b = batch.runs
    return np.minimum(np.minimum(run_a, run_b), RUN_CAP).astype(np.float64)


def _unmatched_min(batch: PairBatch) -> FloatArray:
    size_a, size_b = batch.sizes(batch.claims.token_set)
    unmatched = np.minimum(size_a, size_b) - batch.common(batch.claims.token_set)
    return np.minimum(unmatched, 8).astype(np.float64)


def _numbers_unmatched(batch: PairBatch) -> FloatArray:
    size_a, size_b = batch.sizes(batch.claims.numbers)
    either = size_a + size_b - batch.common(batch.claims.numbers) * 2
    return np.asarray(np.minimum(either, 6), dtype=np.float64)


def _numbers_differ(batch: PairBatch) -> FloatArray:
    """Neither claim's figures are a subset of the other's."""
    size_a, size_b = batch.sizes(batch.claims.numbers)
    common = batch.common(batch.claims.numbers)
    return np.asarray((common < size_a) & (common < size_b), dtype=np.float64)


def _negation_differs(batch: PairBatch) -> FloatArray:
    negated = batch.claims.negated
    return np.asarray(negated[batch.left] != negated[batch.right], dtype=np.float64)


def _entities_unmatched(batch: PairBatch) -> FloatArray:
    size_a, size_b = batch.sizes(batch.claims.entity_tokens)
    unmatched = np.maximum(size_a, size_b) - batch.common(batch.claims.entity_tokens)
    return np.minimum(unmatched, 4).astype(np.float64)


def _added_clause(batch: PairBatch) -> FloatArray:
    """``added_clause`` pair by pair, only for the pairs where one claim has a clause cue
    (few claims do: the parser splits coordinated clauses); the others are 0.

    Each claim's words are read once per batch, and only what ``added_clause`` reads of
    them: a claim without a cue opens no run, so its word sets are all it needs (and a
    memo of every claim of a large archive would outgrow ``_words_of``'s cache)."""
    cued = batch.claims.clause_cued
    rows = np.flatnonzero(cued[batch.left] | cued[batch.right])
    column = np.zeros(len(batch), dtype=np.float64)
    keys = batch.claims.keys
    left, right = batch.left[rows].tolist(), batch.right[rows].tolist()
    cued_rows = cued.tolist()
    words = {
        claim: _clause_words(keys[claim]) if cued_rows[claim] else _clause_sets(keys[claim])
        for claim in {*left, *right}
    }
    column[rows] = [added_clause(words[a], words[b]) for a, b in zip(left, right, strict=True)]
    return column


@dataclass(frozen=True)
class _ClauseWords:
    """What ``added_clause`` reads of one claim (the fields of ``_Words`` it uses)."""

    surface_words: tuple[str, ...]
    surface_stems: tuple[str, ...]
    stops: tuple[bool, ...]
    clause_starts: tuple[int, ...]
    words1: frozenset[str]
    token_set: frozenset[str]


def _clause_words(key: MatchKey) -> _ClauseWords:
    """What ``added_clause`` reads of a claim, as ``_words`` has it."""
    words = key.surface.split()
    stop_words = load_tables(None).stop_words
    stops = tuple(w in stop_words for w in words)
    return _ClauseWords(
        surface_words=tuple(words),
        surface_stems=tuple(stem(w) for w in words),
        stops=stops,
        clause_starts=_clause_starts(words, stops),
        words1=frozenset(words),
        token_set=frozenset(_plain(key).split()),
    )


def _clause_sets(key: MatchKey) -> _ClauseWords:
    """``_clause_words`` of a claim without a clause cue: its words open no run (no
    ``clause_starts``), so only its word sets are read, as the other side of a pair."""
    return _ClauseWords(
        (), (), (), (), frozenset(key.surface.split()), frozenset(_plain(key).split())
    )


def _larger_share(common: IntArray, size_a: IntArray, size_b: IntArray) -> FloatArray:
    """The larger of the shares ``common / size_a`` and ``common / size_b`` (0 when a set
    is empty)."""
    both = (size_a > 0) & (size_b > 0)
    return np.divide(common, np.minimum(size_a, size_b), out=np.zeros(len(common)), where=both)


def _ngram_precision(batch: PairBatch) -> FloatArray:
    """``ngram_precision`` for every pair: the same operations in the same order, so the
    same bits as the pair-by-pair path."""
    claims = batch.claims
    common = {n: batch.common(claims.words(n)) for n in range(1, WORD_GRAMS + 1)}
    return _ngram_precision_of(batch, common)


def _ngram_precision_of(batch: PairBatch, common: dict[int, IntArray]) -> FloatArray:
    """``ngram_precision`` of every pair whose claims share ``common[n]`` n-grams."""
    product_a = np.ones(len(batch), dtype=np.float64)
    product_b = np.ones(len(batch), dtype=np.float64)
    for n in range(1, WORD_GRAMS + 1):
        column = batch.claims.words(n)
        shared = common[n] + 1
        size_a, size_b = batch.sizes(column)
        product_a *= shared / (size_a + 1)
        product_b *= shared / (size_b + 1)
    return np.asarray(np.sqrt(np.sqrt(np.maximum(product_a, product_b))), dtype=np.float64)


#: How each feature is computed, for every pair of a batch at once. A new feature is a new
#: entry here (and in ``FEATURES`` and the model file).
FEATURE_STEPS: dict[str, Callable[[PairBatch], FloatArray]] = {
    "surface": _surface_feature,
    "sort": _sort_feature,
    "words_min": _words_min,
    "words_max": _words_max,
    "words2_max": _words2_max,
    "words3_min": _words3_min,
    "words4_max": _words4_max,
    "tokens3_min": _tokens3_min,
    "run_max": _run_max,
    "run_min": _run_min,
    "unmatched_min": _unmatched_min,
    "numbers_unmatched": _numbers_unmatched,
    "numbers_differ": _numbers_differ,
    "negation_differs": _negation_differs,
    "entities_unmatched": _entities_unmatched,
    "added_clause": _added_clause,
    "ngram_precision": _ngram_precision,
}


def _longest_absent_runs(claims: ClaimTable, left: IntArray, right: IntArray) -> IntArray:
    """The longest run of ``left``'s tokens (in order) absent from ``right``'s token set: an
    added clause ("..., leaving two dead") is one long run; a reworded phrase, short ones."""
    _, ids, _ = claims.tokens
    column = claims.token_set
    counts, starts = claims.token_spans
    out = np.zeros(len(left), dtype=np.int64)
    for begin in range(0, len(left), RUN_CHUNK_PAIRS):
        part = slice(begin, begin + RUN_CHUNK_PAIRS)
        lengths = counts[left[part]]
        total = int(lengths.sum())
        if total == 0:
            continue
        first = np.cumsum(lengths) - lengths
        position = np.repeat(starts[left[part]] - first, lengths) + np.arange(total)
        token = ids[position]
        other = np.repeat(right[part], lengths)
        # a token no other claim holds is absent everywhere: no need to look it up
        lookup = column.df[token] >= 2
        held = np.zeros(total, dtype=bool)
        held[lookup] = column.holds(other[lookup], token[lookup])
        out[part] = _longest_false_runs(held, lengths, first)
    # A claim paired with itself (two claims with one key: ``score_pairs`` scores each
    # distinct pair of keys) lacks none of its tokens, even those no other claim holds.
    out[left == right] = 0
    return out


def _longest_false_runs(held: BoolArray, lengths: IntArray, first: IntArray) -> IntArray:
    """Per segment (``lengths`` rows from ``first``), the longest run of False in ``held``."""
    index = np.arange(len(held), dtype=np.int64)
    # the last True at or before each row (a segment's start counts as one just before it)
    breaks = np.where(held, index, -1)
    nonempty = lengths > 0
    heads = first[nonempty]
    breaks[heads] = np.where(held[heads], heads, heads - 1)
    run = index - np.maximum.accumulate(breaks)
    out = np.zeros(len(lengths), dtype=np.int64)
    out[nonempty] = np.maximum.reduceat(run, heads)
    return out


#: Content words of an added clause that count (more say little more).
ADDED_CLAUSE_CAP = 3
#: Content words a run needs to be an added clause rather than a reworded word or two.
ADDED_CLAUSE_MIN = 2


def added_clause(wa: _Words | _ClauseWords, wb: _Words | _ClauseWords) -> float:
    """Content words (at most ``ADDED_CLAUSE_CAP``) in the longest run of words one claim has
    and the other lacks, opened by a clause cue (data/clause_openers.txt): "won House
    approval" / "won House approval and was endorsed by the White House". The second adds a
    fact: MRPC's annotators call such pairs different, although most words are shared (the
    cue lifted 5-fold accuracy by half a point; an added run without the cue, an apposition
    or a place, is often a mere detail)."""
    longest = max(_opened_run(wa, wb), _opened_run(wb, wa))
    return float(min(longest, ADDED_CLAUSE_CAP))


def _opened_run(wa: _Words | _ClauseWords, wb: _Words | _ClauseWords) -> int:
    """The most content words of a run of ``wa``'s words absent from ``wb`` (stop words may
    sit inside) that a clause cue opens, with only stop words between the cue and the run.
    A run that began before the cue ("new words and more new words") is not opened by it."""
    words, stems, stops = wa.surface_words, wa.surface_stems, wa.stops

    def held(at: int) -> bool:
        return words[at] in wb.words1 or stems[at] in wb.token_set

    best = 0
    for start in wa.clause_starts:
        before = start - 1
        while before >= 0 and stops[before] and not held(before):
            before -= 1
        if before >= 0 and not held(before):
            continue  # the run began at an earlier content word
        content = 0
        at = start
        while at < len(words) and not held(at):
            content += not stops[at]
            at += 1
        best = max(best, content)
    return best if best >= ADDED_CLAUSE_MIN else 0


def _clause_starts(words: Sequence[str], stops: Sequence[bool]) -> tuple[int, ...]:
    """Where the first content word after each clause cue stands (stop words may come
    between: "and was praised")."""
    openers = _clause_openers()
    starts: list[int] = []
    for at, word in enumerate(words):
        if word not in openers:
            continue
        after = at + 1
        while after < len(words) and stops[after]:
            after += 1
        if after < len(words) and after not in starts:
            starts.append(after)
    return tuple(starts)


def ngram_precision(common: Sequence[int], sizes_a: Sequence[int], sizes_b: Sequence[int]) -> float:
    """BLEU-like: the geometric mean of the shares of one claim's 1- to 4-grams of words the
    other holds (add-one smoothed, so a short claim without 4-grams is not zero), the larger
    of the two directions. ``common[k]`` (k = 0 to 3) is how many (k+1)-grams both hold,
    ``sizes_a[k]`` and ``sizes_b[k]`` how many each has. The shares one by one are other
    features; their product rewards a pair that agrees at every n at once, as a paraphrase
    does."""
    product_a = product_b = 1.0
    for shared, size_a, size_b in zip(common, sizes_a, sizes_b, strict=True):
        product_a *= (shared + 1) / (size_a + 1)
        product_b *= (shared + 1) / (size_b + 1)
    # The fourth root as two square roots: sqrt is correctly rounded in math and numpy
    # alike, pow is not (numpy's vectorised pow differs from libm's in the last bit), and the
    # batched path must give the same bits.
    return math.sqrt(math.sqrt(max(product_a, product_b)))


def model_scores(features: FloatArray) -> FloatArray:
    model = load_model()
    # Column by column, in a fixed order: a matrix product may sum in another order for
    # another batch size, and one pair must score the same alone or in a batch. Each column
    # read whole from a column-major copy, not one value of every row per column.
    features = np.asfortranarray(features)
    logits = np.full(len(features), model.bias, dtype=np.float64)
    for name, weight in zip(model.names, model.weights, strict=True):
        logits += weight * features[:, FEATURES.index(name)]
    return np.asarray(100.0 / (1.0 + np.exp(-logits)), dtype=np.float64)
