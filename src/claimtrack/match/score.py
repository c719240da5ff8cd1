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
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimtrack.collector import collection_paused
from claimtrack.match.columns import PARALLEL_PAIRS, SetColumn, intern, ngrams
from claimtrack.match.pairs import ScoredPair, ScoredPairs
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, load_tables, stem
from claimtrack.options import Options

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Pairs whose token-set score is below this never become related or matched.
PREFILTER = 40.0


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

#: Longest surface word n-grams the features compare.
WORD_GRAMS = 4
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
        surface = _cpdist([_surface(k) for k in a], [_surface(k) for k in b], fuzz.ratio)
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
    return _words_of(_plain(key), _surface(key))


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


def _plain(key: MatchKey) -> str:
    return key.plain or key.text


def _surface(key: MatchKey) -> str:
    return key.plain_surface or key.surface


class ClaimTable:
    """What the pair features read of each claim, computed once per batch (a claim sits in
    dozens of pairs): its strings, and its word, n-gram and token sets as ``SetColumn``s."""

    def __init__(self, keys: Sequence[MatchKey]) -> None:
        self.keys = keys

    @cached_property
    def surfaces(self) -> npt.NDArray[np.object_]:
        return _objects([_surface(k) for k in self.keys])

    @cached_property
    def sorted_plain(self) -> npt.NDArray[np.object_]:
        """``plain`` with its tokens sorted: what ``fuzz.token_sort_ratio`` compares, sorted
        once per claim instead of once per pair."""
        return _objects([" ".join(sorted(rapidfuzz_tokens(_plain(k)))) for k in self.keys])

    @cached_property
    def sorted_plain_lengths(self) -> IntArray:
        return np.fromiter(map(len, self.sorted_plain), dtype=np.int64, count=self.size)

    def surface_words(self) -> tuple[IntArray, IntArray]:
        """(owner, word id) of the folded surface words, in order (stop words kept: word
        order and function words tell a rewording from a different statement). Not kept:
        only the n-gram columns are built from them (two int64 per word of every claim)."""
        owner, ids, _ = intern([s.split() for s in self.surfaces.tolist()])
        return owner, ids

    @cached_property
    def tokens(self) -> tuple[IntArray, IntArray, list[Hashable]]:
        """(owner, token id, vocabulary) of the normalized ``plain`` tokens, in order."""
        return intern([_plain(k).split() for k in self.keys])

    @cached_property
    def token_spans(self) -> tuple[IntArray, IntArray]:
        """(how many, where the first is) of each claim's tokens in ``tokens``: once per
        table, not once per slice of pairs (it reads every token of every claim)."""
        owner, _, _ = self.tokens
        counts = np.bincount(owner, minlength=self.size).astype(np.int64)
        return counts, np.cumsum(counts) - counts

    def words(self, n: int) -> SetColumn:
        """The set of surface word n-grams of each claim."""
        return self._word_grams[n - 1]

    @cached_property
    def _word_grams(self) -> list[SetColumn]:
        return [
            SetColumn(owner, grams, self.size)
            for owner, grams in ngrams(*self.surface_words(), WORD_GRAMS)
        ]

    @property
    def size(self) -> int:
        return len(self.keys)

    @cached_property
    def token_set(self) -> SetColumn:
        """Queried item by item (``holds``, ``df``) by the added-clause feature."""
        owner, ids, _ = self.tokens
        return SetColumn(owner, ids, self.size, queried=True)

    @cached_property
    def token_grams(self) -> SetColumn:
        owner, ids, _ = self.tokens
        return SetColumn(*ngrams(owner, ids, 3)[2], self.size)

    @cached_property
    def entity_tokens(self) -> SetColumn:
        owner, ids, vocabulary = self.tokens
        entity = np.array([str(v).startswith("ent_") for v in vocabulary], dtype=bool)
        held = entity[ids] if len(ids) else np.zeros(0, dtype=bool)
        return SetColumn(owner[held], ids[held], self.size)

    @cached_property
    def clause_cued(self) -> BoolArray:
        """The claim's surface holds a clause cue (``added_clause`` can be non-zero)."""
        openers = _clause_openers()
        return np.array(
            [not openers.isdisjoint(s.split()) for s in self.surfaces.tolist()], dtype=bool
        )

    @cached_property
    def numbers(self) -> SetColumn:
        return SetColumn.of([k.numbers for k in self.keys])

    @cached_property
    def name_sets(self) -> SetColumn:
        """Each claim's surnames (rows 0 to n-1) and bare names (rows n to 2n-1), so that
        ``common(left, right + n)`` counts one claim's surnames among the other's bare names
        (``name_variants``)."""
        sets = [_name_sets(_without_not(k.tokens)) for k in self.keys]
        return SetColumn.of([s for s, _ in sets] + [b for _, b in sets])

    @cached_property
    def precise_figures(self) -> SetColumn:
        return SetColumn.of([_precise_figures(k.numbers) for k in self.keys])

    @cached_property
    def negated(self) -> BoolArray:
        return np.array([k.negated for k in self.keys], dtype=bool)

    # --- what the frame similarity, the prefilter and the vetoes read -----------------------

    @cached_property
    def texts(self) -> npt.NDArray[np.object_]:
        """The normalized texts, as an object array: gathering one per pair is then a C loop."""
        return _objects([k.text for k in self.keys])

    @cached_property
    def token_set_texts(self) -> npt.NDArray[np.object_]:
        """``text``'s distinct tokens, sorted: ``fuzz.token_set_ratio`` splits, sorts and
        de-duplicates both sides of every pair; done once per claim, it does less per pair."""
        return _objects([" ".join(sorted(set(rapidfuzz_tokens(k.text)))) for k in self.keys])

    @cached_property
    def _key_token_ids(self) -> tuple[IntArray, IntArray, list[Hashable]]:
        return intern([k.tokens for k in self.keys])

    @cached_property
    def key_tokens(self) -> SetColumn:
        owner, ids, _ = self._key_token_ids
        return SetColumn(owner, ids, self.size)

    def _holding(self, flags: BoolArray) -> BoolArray:
        """Claims with a token whose (vocabulary) flag is set."""
        owner, ids, _ = self._key_token_ids
        held = flags[ids] if len(ids) else np.zeros(0, dtype=bool)
        return np.asarray(np.bincount(owner[held], minlength=self.size) > 0, dtype=bool)

    @cached_property
    def has_not(self) -> IntArray:
        _, _, vocabulary = self._key_token_ids
        return self._holding(np.array([v == "not" for v in vocabulary], dtype=bool)).astype(
            np.int64
        )

    @cached_property
    def who_and_when(self) -> BoolArray:
        """``says_only_who_and_when`` of every claim, from flags of its distinct tokens."""
        _, _, vocabulary = self._key_token_ids
        times = _who_when_stems()
        words = [str(v) for v in vocabulary]
        dated = np.array([w in times for w in words], dtype=bool)
        # a day of the month goes with a month name ("on March 10"), not alone
        allowed = np.array(
            [
                w.startswith(ENTITY_PREFIX) or w in times or (w.isdigit() and len(w) <= 2)
                for w in words
            ],
            dtype=bool,
        )
        return self._holding(dated) & ~self._holding(~allowed)

    @cached_property
    def frames(self) -> SetColumn:
        return SetColumn.of([k.frames for k in self.keys])

    @cached_property
    def predicates(self) -> SetColumn:
        return SetColumn.of([k.predicates for k in self.keys])

    @cached_property
    def entities(self) -> SetColumn:
        return SetColumn.of([k.entities for k in self.keys])

    @cached_property
    def subject(self) -> SetColumn:
        return SetColumn.of([k.subject for k in self.keys])

    @cached_property
    def number_contexts(self) -> SetColumn:
        return SetColumn.of([k.number_contexts for k in self.keys])

    @cached_property
    def no_negated_heads(self) -> BoolArray:
        return np.array([not k.negated_heads for k in self.keys], dtype=bool)

    @cached_property
    def named_agent(self) -> BoolArray:
        """The claim's subject names someone (``_name_words`` of its agent): without it,
        ``other_parties`` is False whatever the other claim says."""
        return np.array([bool(_name_words(k.agent)) for k in self.keys], dtype=bool)


def _objects(strings: list[str]) -> npt.NDArray[np.object_]:
    """Strings as an object array: gathering one per pair is then a C loop."""
    out = np.empty(len(strings), dtype=object)
    out[:] = strings
    return out


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
        return np.stack(
            [
                FEATURE_STEPS[name](self) if c is None else c
                for name, c in zip(FEATURES, columns, strict=True)
            ],
            axis=1,
        )

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
        return column.sizes[self.left], column.sizes[self.right]

    def shares(self, column: SetColumn) -> tuple[FloatArray, FloatArray]:
        """(smaller, larger) of the shares of each claim's set the other holds."""
        size_a, size_b = self.sizes(column)
        common = self.common(column)
        both = (size_a > 0) & (size_b > 0)
        smaller = np.divide(common, np.maximum(size_a, size_b), out=np.zeros(len(self)), where=both)
        return smaller, _larger_share(common, size_a, size_b)

    def ratio(self, strings: npt.NDArray[np.object_]) -> FloatArray:
        """``fuzz.ratio`` of each pair's two strings, scaled to 0-1."""
        scores = process.cpdist(
            strings[self.left],
            strings[self.right],
            scorer=fuzz.ratio,
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
    return batch.ratio(batch.claims.sorted_plain)


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
    words = _surface(key).split()
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
        (), (), (), (), frozenset(_surface(key).split()), frozenset(_plain(key).split())
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


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("clause_openers.txt"))


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
    # another batch size, and one pair must score the same alone or in a batch.
    logits = np.full(len(features), model.bias, dtype=np.float64)
    for name, weight in zip(model.names, model.weights, strict=True):
        logits += weight * features[:, FEATURES.index(name)]
    return np.asarray(100.0 / (1.0 + np.exp(-logits)), dtype=np.float64)


#: Frame similarity at which two claims that do not paraphrase each other still cluster.
STRONG_SIMILARITY = 70.0
#: Least frame similarity at which two claims with figures for the same thing are judged.
WEAK_SIMILARITY = 25.0
#: Factor on the frame similarity of two claims whose subjects share no word.
OTHER_SUBJECT = 0.6
#: Factor on the frame similarity of two claims whose predicates are of unrelated classes.
OTHER_EVENT = 0.6
#: Word 4-grams two claims share verbatim that make them one fact (a quotation or a sentence
#: passed from outlet to outlet: "there is no room for doubt" is three).
QUOTED_GRAMS = 3
#: Most words of a name a verbatim 4-gram may hold and still count.
QUOTED_NAME_WORDS = 2
#: Least frame similarity a verbatim quotation lifts: below it the claims share a phrase,
#: not a statement (a stock phrase such as "said in a statement on").
QUOTED_FLOOR = 50.0
#: Shared content words a same-fact link by similarity alone needs.
STRONG_SHARED = 0
#: Shared content words two claims need before they can be about the same event frame.
MIN_SHARED = 2


def similarity(a: MatchKey, b: MatchKey) -> float:
    """How much two claims are about the same event frame (0-100), whatever they say of it.

    The share of each claim's content words the other holds (the shorter claim's share plus
    the longer one's, so one shared word between two long claims counts for little), raised by
    a shared entity and a shared predicate frame: "Iran suspends talks" and "Iran rules out
    talks" share a subject and a frame although their wording differs. Fewer than
    ``MIN_SHARED`` shared words (unless that is all of the shorter claim), or a claim of fewer
    words than that, is no relation. A name given in full in one claim and by its surname in
    the other counts as a shared word (``name_variants``). Related claims that share
    ``QUOTED_GRAMS`` word 4-grams verbatim, names aside (``quoted``), carry one quotation or
    one sentence passed between outlets: at least ``STRONG_SIMILARITY`` before the other
    subject and other event factors.
    """
    if says_only_who_and_when(a) != says_only_who_and_when(b):
        return 0.0  # "Velcor said on Tuesday" says when a statement was made, not what
    tokens_a = _without_not(a.tokens)
    tokens_b = _without_not(b.tokens)
    shared = len(tokens_a & tokens_b)
    opposed = bool(a.frames & b.frames) and not a.predicates & b.predicates
    if opposed:
        shared += 1  # "suspended" and "resumed" differ as words but meet as a frame
    smaller, larger = sorted((len(tokens_a), len(tokens_b)))
    shared = min(shared + name_variants(tokens_a, tokens_b), smaller)
    if shared == 0 or smaller < MIN_SHARED or (shared < MIN_SHARED and shared < smaller):
        return 0.0  # "Neither is walking out": too little said to be about anything
    cover = shared / smaller + shared / larger
    bonus = 10.0 * bool(a.entities & b.entities) + 10.0 * bool(a.predicates & b.predicates)
    score = min(100.0, 100.0 * cover + bonus)
    if QUOTED_FLOOR <= score < STRONG_SIMILARITY and quoted(a, b):
        score = STRONG_SIMILARITY
    if a.subject and b.subject and not a.subject & b.subject:
        # "Oman suspended its mediation" is not "Iran suspended talks", whatever they share.
        score *= OTHER_SUBJECT
    if _other_events(a, b):
        score *= OTHER_EVENT
    return score


def quoted(a: MatchKey, b: MatchKey) -> bool:
    """The claims share ``QUOTED_GRAMS`` word 4-grams verbatim, names aside: one quotation
    ("there is no room for doubt"), or one sentence passed from outlet to outlet."""
    return len(quoted_grams(a) & quoted_grams(b)) >= QUOTED_GRAMS


def quoted_grams(key: MatchKey) -> Grams:
    """The claim's word 4-grams that say more than a name: at most two words of each come from
    the claim's names ("with South Korean President Moon" is a title, not a statement)."""
    return _quoted_grams(_surface(key), key.entities)


@lru_cache(maxsize=1 << 16)
def _quoted_grams(surface: str, entities: frozenset[str]) -> Grams:
    names = {w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_")}
    words = surface.split()
    return frozenset(
        " ".join(words[i : i + 4])
        for i in range(len(words) - 3)
        if sum(w in names for w in words[i : i + 4]) <= QUOTED_NAME_WORDS
    )


def name_variants(a: frozenset[str], b: frozenset[str]) -> int:
    """How many names one claim gives in full and the other by a bare surname: "Gov. Maria
    Alvarez" (one entity token) and "Ms. Alvarez" (the parser's plain "alvarez", or an entity
    of one word) are one person, though no token is shared. Two full names that end alike
    ("North Korea", "South Korea") are not matched, nor a name that ends in a common word
    ("United States" / "state media": data/institution_words.txt)."""
    surnames_a, bare_a = _name_sets(a)
    surnames_b, bare_b = _name_sets(b)
    return len(surnames_a & bare_b) + len(bare_a & surnames_b)


@lru_cache(maxsize=1 << 16)
def _name_sets(tokens: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the stemmed last words of the claim's names of several words, its bare names: the
    stems of its one-word names and its plain words)."""
    surnames: set[str] = set()
    bare: set[str] = set()
    institutions = _institution_words()
    for token in tokens:
        if not token.startswith(ENTITY_PREFIX):
            bare.add(_POSSESSIVE.sub("", token))  # "Cohen's deals": Cohen
            continue
        words = [w for w in token[len(ENTITY_PREFIX) :].split("_") if w not in NAME_CONNECTORS]
        if len(words) > 1 and stem(words[-1]) not in institutions:
            surnames.add(stem(words[-1]))
        elif len(words) == 1:
            bare.add(stem(words[0]))
    # a claim that holds both forms of a name already shares it as a token
    return frozenset(surnames - bare), frozenset(bare - surnames)


_POSSESSIVE = re.compile("['\u2019]s?$")


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in data_lines("institution_words.txt"))


def _other_events(a: MatchKey, b: MatchKey) -> bool:
    """Both name what happened, and in unrelated terms: "12 workers were injured in the fire"
    and "the fire killed seven workers" share most words but report two events. Opposite
    predicates ("suspended" / "resumed") are one event told two ways: not other events."""
    if not a.predicates or not b.predicates or a.frames & b.frames:
        return False
    tables = load_tables(None)
    return not any(tables.are_antonyms(x, y) for x in a.predicates for y in b.predicates)


def figures_of_other_events(a: MatchKey, b: MatchKey) -> bool:
    """Both claims give figures, for events of unrelated classes: "the blast killed 12
    workers" and "the blast injured 12 others" share the figure and most words, yet a
    journalist lines up killed against killed and injured against injured. Such a pair may
    be compared (it stays related) but never makes one fact or backs a merge. Decided here,
    not in ``is_match``: paraphrases with figures often use predicates of two classes
    ("slid" / "lost"), so a veto on the same-claim test costs paraphrase accuracy."""
    return bool(a.numbers) and bool(b.numbers) and _other_events(a, b)


#: Words inside a name that do not tell one party from another ("Bank of the West").
NAME_CONNECTORS = frozenset({"and", "of", "the", "for", "in", "on", "at", "to", "de", "al", "s"})
#: Shortest stem two name words must share to be one name ("Iran" / "Iranian").
NAME_STEM = 4


def other_parties(a: MatchKey, b: MatchKey) -> bool:
    """Each claim's subject is a name, and neither claim names the other's: "Oman suspended
    talks with Qatar" and "Egypt broke off negotiations with Jordan" read alike but report
    what two parties did. Names meet word by word ("Gafous" is "Gegil Gafous") and by a
    shared stem ("Iranian" is "Iran"); aliases ("Tehran") are folded before.

    Only named subjects decide: the other names of a claim are often incomplete (a name
    the parser missed, "I'm" taken for one), and "92 injured in the province" / "92
    injured in its capital" may report one toll. Decided for grouping, not in ``is_match``:
    a paraphrase test pairs sentences whose names were cut ("the minister" / "Netanyahu")."""
    return (
        names_apart(a.agent, b.agent)
        and names_apart(a.agent, b.entities)
        and names_apart(b.agent, a.entities)
    )


def names_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sets of entity tokens name someone, and no name of one is a name of the other."""
    names_a, names_b = _name_words(a), _name_words(b)
    if not names_a or not names_b or names_a & names_b:
        return False
    return not any(_one_name(x, y) for x in names_a for y in names_b)


def _one_name(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return len(short) >= NAME_STEM and long.startswith(short)


@lru_cache(maxsize=1 << 16)
def _name_words(entities: frozenset[str]) -> frozenset[str]:
    words = (w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_"))
    return frozenset(w for w in words if w and w not in NAME_CONNECTORS)


@lru_cache(maxsize=1)
def _who_when_stems() -> frozenset[str]:
    words = [w.lower() for w in data_lines("who_when_words.txt")]
    return frozenset(w if w[:1] == "@" else stem(w) for w in words)


@lru_cache(maxsize=1 << 16)
def _only_who_and_when(tokens: frozenset[str]) -> bool:
    times = _who_when_stems()
    rest = [t for t in tokens if not t.startswith(ENTITY_PREFIX) and t not in times]
    dated = bool(tokens & times)
    # a day of the month goes with a month name ("on March 10"), not alone
    return dated and all(t.isdigit() and len(t) <= 2 for t in rest)


def says_only_who_and_when(key: MatchKey) -> bool:
    """The claim names who and when and nothing else: the statement fact the parser keeps
    apart from what was said ("Velcor Polymers said on Tuesday"). Its words are a subset of
    many content claims ("Velcor Polymers on Tuesday closed the plant") without being
    about the same thing."""
    return _only_who_and_when(key.tokens)


@lru_cache(maxsize=1 << 18)
def _without_not(tokens: frozenset[str]) -> frozenset[str]:
    # Once per claim (cached on the key's own token set, whose hash Python keeps), not once
    # per candidate pair the claim is in.
    return tokens - {"not"}


def score_pairs(pairs: IntArray, keys: Sequence[MatchKey], options: Options) -> ScoredPairs:
    """Score candidate pairs; those neither matched nor related are dropped. The kept pairs
    come in the order of ``pairs``, as columns (``ScoredPairs``: no object per pair).

    Everything is computed for all pairs at once (``PairBatch``), cheapest first: the frame
    similarity and all but the ``DEFERRED`` features and "sort" for every pair; "sort" only
    for pairs that are related or could reach the threshold with it at its length bound and
    the deferred ones at theirs (``_sort_bound``, ``_deferred_bounds``); the deferred ones
    only for pairs that are related or could still reach it with "sort" known; the
    token-set prefilter and the veto only for pairs that are matched or related. Only the
    rare pairs whose predicates might be antonyms, or whose negations must be aligned, look
    at their claims one by one."""
    claims = ClaimTable(keys)
    # Columns of ``pairs`` gathered slice by slice, not copied whole: two int64 a candidate
    # pair (1.1 million pairs at 1,000 articles) alive through all of scoring.
    left, right = pairs[:, 0], pairs[:, 1]
    kept: list[ScoredPairs] = []
    # The per-claim strings are hundreds of thousands of new objects, none in a cycle: with
    # the collector on, each batch of them set off a pass over the whole heap.
    with collection_paused():
        # in slices, so that the feature matrix of a large archive stays small
        for start in range(0, len(pairs), SCORE_CHUNK_PAIRS):
            part = slice(start, start + SCORE_CHUNK_PAIRS)
            # Scored in the order of the right claims: the pairs come in the order of the
            # left ones, so both sides' per-claim strings are then read in ascending order,
            # not the right ones at random across the whole table (a cache miss each, a
            # fifth of the time at 5,000 articles). Kept pairs go back to the input order.
            order = np.argsort(right[part], kind="stable")
            batch = PairBatch(
                claims,
                np.asarray(left[part][order], dtype=np.int64),
                np.asarray(right[part][order], dtype=np.int64),
            )
            rows, scored = _score_batch(batch, options)
            del batch
            kept.append(scored[np.argsort(order[rows])])
    # The per-claim table goes before the slices are joined (a second copy of the kept
    # pairs for a moment), not after: it is the larger of the two.
    del claims
    return ScoredPairs.concat(kept) if kept else ScoredPairs([], [], [], [])


#: Most pairs scored in one batch (a feature matrix of 250,000 pairs is 30 MB).
SCORE_CHUNK_PAIRS = 250_000


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
    # a same-fact pair tied by a precise figure goes first among the unmatched ones
    scores[rows] = _figure_backed(kept, scores[rows], similarities[rows], vetoed[rows])
    other_events = _figures_of_other_events_batch(kept)
    parties = _other_parties_batch(kept)
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


def _other_parties_batch(batch: PairBatch) -> BoolArray:
    """``other_parties`` of every pair, looked at one by one only where both subjects name
    someone (``names_apart`` of the two agents is False otherwise): a quarter of the kept
    pairs of a generated corpus."""
    named = batch.claims.named_agent
    rows = np.flatnonzero(named[batch.left] & named[batch.right])
    out = np.zeros(len(batch), dtype=bool)
    keys = batch.claims.keys
    out[rows] = [
        other_parties(keys[a], keys[b])
        for a, b in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return out


def _figures_of_other_events_batch(batch: PairBatch) -> BoolArray:
    """``figures_of_other_events`` of every pair."""
    claims = batch.claims
    numbers_a, numbers_b = batch.sizes(claims.numbers)
    frames_meet = batch.common(claims.frames) > 0
    counted = (numbers_a > 0) & (numbers_b > 0)
    return np.asarray(counted & _other_events_batch(batch, frames_meet), dtype=bool)


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
    model = load_model()
    weights = dict(zip(model.names, model.weights, strict=True))
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
    model = load_model()
    return dict(zip(model.names, model.weights, strict=True)).get(name, 0.0)


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
    """``fuzz.token_set_ratio`` of the two texts reaches ``PREFILTER``, for every pair."""
    texts = claims.token_set_texts
    scores = process.cpdist(
        texts[left],
        texts[right],
        scorer=fuzz.token_set_ratio,
        processor=None,
        workers=-1 if len(left) >= PARALLEL_PAIRS else 1,
        score_cutoff=PREFILTER,
    )
    return np.asarray(scores >= PREFILTER, dtype=bool)


#: Python's ``str.split`` cuts at these two; rapidfuzz's tokenizer does too, except in a string
#: of Latin-1 characters only (stored one byte per character, read with a narrower table).
_SPLIT_BY_PYTHON_ONLY = ("\x85", "\xa0")
#: The whitespace rapidfuzz cuts a Latin-1 string at.
_LATIN1_SPACE = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f ]")


def rapidfuzz_tokens(text: str) -> list[str]:
    """The tokens rapidfuzz's token scorers see in ``text``."""
    if text.isascii() or not any(c in text for c in _SPLIT_BY_PYTHON_ONLY) or max(text) > "\xff":
        return text.split()
    return [t for t in _LATIN1_SPACE.split(text) if t]


def frame_similarities(batch: PairBatch) -> tuple[FloatArray, IntArray]:
    """``similarity`` of every pair, and the content words each pair shares (``"not"``
    aside), in batch."""
    claims, left, right = batch.claims, batch.left, batch.right
    has_not = claims.has_not
    size_a = claims.key_tokens.sizes[left] - has_not[left]
    size_b = claims.key_tokens.sizes[right] - has_not[right]
    shared = batch.common(claims.key_tokens) - (has_not[left] & has_not[right])
    frames = batch.common(claims.frames) > 0
    predicates = batch.common(claims.predicates) > 0
    opposed = frames & ~predicates
    # "suspended" and "resumed" differ as words but meet as a frame
    meeting = shared + opposed
    smaller, larger = np.minimum(size_a, size_b), np.maximum(size_a, size_b)
    # "Ms. Alvarez" and "Gov. Maria Alvarez" name one person
    names, count = claims.name_sets, claims.size
    meeting = np.minimum(
        meeting + names.common(left, right + count) + names.common(left + count, right), smaller
    )
    unrelated = (
        (claims.who_and_when[left] != claims.who_and_when[right])
        | (meeting == 0)
        | (smaller < MIN_SHARED)
        | ((meeting < MIN_SHARED) & (meeting < smaller))
    )
    cover = np.divide(meeting, smaller, out=np.zeros(len(batch)), where=~unrelated) + np.divide(
        meeting, larger, out=np.zeros(len(batch)), where=~unrelated
    )
    # the rest only for pairs not already ruled unrelated
    live = np.flatnonzero(~unrelated)
    score = np.zeros(len(batch), dtype=np.float64)
    score[live] = _frame_score(batch.subset(live), cover[live], predicates[live], frames[live])
    return score, np.asarray(shared, dtype=np.int64)


def _frame_score(
    batch: PairBatch, cover: FloatArray, predicates: BoolArray, frames: BoolArray
) -> FloatArray:
    """The similarity of pairs that share enough: their cover, raised by a shared entity and
    predicate, lowered for other subjects and other events."""
    claims = batch.claims
    entities = batch.common(claims.entities) > 0
    bonus = 10.0 * entities + 10.0 * predicates
    score = np.minimum(100.0, 100.0 * cover + bonus)
    score = _quoted_lift(batch, score)
    subject_a, subject_b = batch.sizes(claims.subject)
    other_subject = (subject_a > 0) & (subject_b > 0) & (batch.common(claims.subject) == 0)
    score = np.where(other_subject, score * OTHER_SUBJECT, score)
    return np.asarray(
        np.where(_other_events_batch(batch, frames), score * OTHER_EVENT, score), dtype=np.float64
    )


def _quoted_lift(batch: PairBatch, score: FloatArray) -> FloatArray:
    """``score`` raised to ``STRONG_SIMILARITY`` where ``quoted`` (see ``similarity``):
    the verbatim 4-grams are counted in batch for the pairs in range, and told apart from
    names pair by pair for the few that share enough of them."""
    rows = np.flatnonzero((score >= QUOTED_FLOOR) & (score < STRONG_SIMILARITY))
    if len(rows) == 0:
        return score
    rows = rows[batch.subset(rows).common(batch.claims.words(4)) >= QUOTED_GRAMS]
    keys = batch.claims.keys
    lifted = [
        quoted(keys[i], keys[j])
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    out = np.array(score, dtype=np.float64)
    out[rows[np.asarray(lifted, dtype=bool)]] = STRONG_SIMILARITY
    return out


def _other_events_batch(batch: PairBatch, frames_meet: BoolArray) -> BoolArray:
    """``_other_events`` of every pair: the antonym table is read for the pairs whose
    predicates share no frame, once per distinct pair of predicate sets."""
    predicates_a, predicates_b = batch.sizes(batch.claims.predicates)
    rows = np.flatnonzero((predicates_a > 0) & (predicates_b > 0) & ~frames_meet)
    out = np.zeros(len(batch), dtype=bool)
    keys = batch.claims.keys
    out[rows] = [
        _unrelated_predicates(keys[i].predicates, keys[j].predicates)
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return out


@lru_cache(maxsize=1 << 16)
def _unrelated_predicates(a: frozenset[str], b: frozenset[str]) -> bool:
    tables = load_tables(None)
    return not any(tables.are_antonyms(x, y) for x in a for y in b)


def _counts_alike(batch: PairBatch) -> BoolArray:
    """``counts_alike`` of every pair."""
    claims = batch.claims
    return (
        (batch.common(claims.number_contexts) > 0)
        & ~_same_sets(batch, claims.numbers)
        & _same_sets(batch, claims.predicates)
    )


def _same_sets(batch: PairBatch, column: SetColumn) -> BoolArray:
    size_a, size_b = batch.sizes(column)
    common = batch.common(column)
    return np.asarray((common == size_a) & (common == size_b), dtype=bool)


def _vetoes(batch: PairBatch, wanted: BoolArray) -> BoolArray:
    """``is_vetoed`` of the ``wanted`` pairs (False elsewhere). Two claims that both affirm
    with no negated word, or both deny, cannot clash: only the others are looked at."""
    claims, left, right = batch.claims, batch.left, batch.right
    negated = claims.negated
    plain = claims.no_negated_heads
    agree = (negated[left] == negated[right]) & (negated[left] | (plain[left] & plain[right]))
    rows = np.flatnonzero(wanted & ~agree)
    out = np.zeros(len(batch), dtype=bool)
    keys = claims.keys
    out[rows] = [
        is_vetoed(keys[i], keys[j])
        for i, j in zip(left[rows].tolist(), right[rows].tolist(), strict=True)
    ]
    return out


def counts_alike(a: MatchKey, b: MatchKey) -> bool:
    """Different figures for the same counted thing, with the same predicates ("38-word
    oath" / "35-word oath"): worth judging even when the sentences say much else. "Four
    workers were killed" and "50 workers were on the shift" count workers for two events."""
    return (
        bool(a.number_contexts & b.number_contexts)
        and a.numbers != b.numbers
        and a.predicates == b.predicates
    )


def is_vetoed(a: MatchKey, b: MatchKey) -> bool:
    """One claim denies what the other affirms: a word negated in one stands un-negated in the
    other ("did not find the weapon" / "found the weapon"). A negation elsewhere in a long
    sentence ("talks that have not gone anywhere") is no veto.

    Number sets that differ are not a veto but a model feature (and a numeric conflict for the
    judge): a hard veto cost 2 points of MRPC accuracy, as rounding and added figures abound.
    """
    return polarity_clash(a, b)


def polarity_clash(a: MatchKey, b: MatchKey) -> bool:
    if a.negated == b.negated and (a.negated or a.negated_heads == b.negated_heads):
        return False  # both affirm, or both deny (whatever word each negation sits on)
    if not a.negated_heads and not b.negated_heads:
        # Negated by the parser only ("denied"): no word to align, so the claim decides. A cue
        # with nothing after it ("... pretending it won't.") cannot be aligned: no clash.
        if a.negated == b.negated or "not" in a.tokens | b.tokens:
            return False
        # "denied the motion" against "refused the motion": the affirmed side says no too
        return not _negative(b if a.negated else a)
    clash_a = any(h in b.tokens and h not in b.negated_heads for h in a.negated_heads)
    clash_b = any(h in a.tokens and h not in a.negated_heads for h in b.negated_heads)
    if clash_a and not a.negated_heads & b.predicate_tokens:
        clash_a = not _negative(b)
    if clash_b and not b.negated_heads & a.predicate_tokens:
        clash_b = not _negative(a)
    return clash_a or clash_b


def _negative(key: MatchKey) -> bool:
    """The claim affirms a negative predicate ("halted", "skipped", "ruled out") or holds a
    word that says "no" by its meaning ("failed to", "unless"): a "no" on the other side that
    does not sit on that predicate ("no to Muscat talks") agrees."""
    return bool(
        key.predicates & load_tables(None).negative_classes
    ) or not _negative_words().isdisjoint(key.tokens)


@lru_cache(maxsize=1)
def _negative_words() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in data_lines("negative_words.txt"))


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


#: Match score given to a same-fact pair backed by a shared precise figure: below the default
#: threshold (MRPC's annotators call "paid $2,417,806 in property taxes" and "paid $2,417,806
#: in property taxes, a rate of 12.4 percent" different: each adds something), yet above the
#: pairs linked by shared words alone, so that the grouping, strongest first, puts the two
#: together before either is drawn into a looser group of the story's other figures.
FIGURE_BACKED_SCORE = 50.0
#: Significant digits that make a figure precise: "2,417,806", "1,273", "31.55" name one
#: fact; "12", "1,200" or "2014" turn up in many.
PRECISE_DIGITS = 4
PRECISE_DECIMAL_DIGITS = 3


def precise_figure(number: str) -> bool:
    """A figure few other facts share: at least ``PRECISE_DIGITS`` significant digits (a
    decimal: ``PRECISE_DECIMAL_DIGITS``), a year aside."""
    if _YEAR.fullmatch(number):
        return False
    whole, _, fraction = number.partition(".")
    if not (whole + fraction).isdigit():
        return False
    digits = (whole + fraction).lstrip("0")
    if fraction:
        return len(digits) >= PRECISE_DECIMAL_DIGITS
    return len(digits.rstrip("0")) >= PRECISE_DIGITS


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@lru_cache(maxsize=1 << 16)
def _precise_figures(numbers: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in numbers if precise_figure(n))


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
