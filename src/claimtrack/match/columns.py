"""Per-claim item sets as columns, so that pair features are counted in C, not per pair in Python.

A claim sits in dozens of candidate pairs; its words, n-grams and tokens are interned to integer
ids once, and every pair's overlap is then counted in batch:

- ``SetColumn.common``: how many items two claims share. Each claim's set becomes a string of
  its item ids (one code point per id, ascending); the longest common subsequence of two sorted
  strings of distinct characters is exactly their intersection, and rapidfuzz computes it
  bit-parallel, for all pairs in one ``process.cpdist`` call, on every core. Items held by one
  claim only can meet no other claim: they count in the set's size but stay out of the string.
- ``SetColumn.holds``: whether a claim holds an item, for many (claim, item) queries at once
  (a hash set of the ``claim * width + item`` codes of the whole column, ``CodeTable``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Iterator, Sequence
from itertools import chain, islice

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

IntArray = npt.NDArray[np.int64]
#: Ids as a caller keeps them: int64, or int32 (``ClaimTable``'s per-token ids).
IdArray = npt.NDArray[np.int64] | npt.NDArray[np.int32]
BoolArray = npt.NDArray[np.bool_]
SmallArray = npt.NDArray[np.int32]

#: Batches smaller than this are scored on the calling thread: starting workers costs more.
PARALLEL_PAIRS = 2_000
#: Code points a column's item ids map to: above ``0x10FFFF`` there are none, and the UTF-16
#: surrogates are skipped. A column with more shared items falls back to lists of ints.
_SURROGATES = 0xD800
_SURROGATE_SPAN = 0x800
_MAX_STRING_ITEMS = 0x110000 - _SURROGATE_SPAN - 1


def intern(
    sequences: Iterable[Collection[Hashable]],
) -> tuple[IntArray, IntArray, list[Hashable]]:
    """(owner, item id) of every element of every sequence, in order, and the vocabulary
    (item id -> value). Ids follow first appearance.

    The sequences are read ``INTERN_CHUNK`` at a time, so a generator of them (each claim's
    words split as it is read) never has all of them alive at once: a flat list of every
    word of every claim, and the words themselves, were a fifth of the scorer's peak."""
    # A missing item gets the vocabulary's size as its id (``__len__`` runs before the
    # item is stored): every item is looked up once, in C, with no Python code per item.
    index: defaultdict[Hashable, int] = defaultdict()
    index.default_factory = index.__len__
    counts: list[IntArray] = []
    ids: list[IntArray] = []
    pending = iter(sequences)
    try:
        while chunk := list(islice(pending, INTERN_CHUNK)):
            sizes = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
            counts.append(sizes)
            items = map(index.__getitem__, chain.from_iterable(chunk))
            ids.append(np.fromiter(items, dtype=np.int64, count=int(sizes.sum())))
            del chunk
    finally:
        # The factory is the dict's own bound method: a reference cycle, which reference
        # counting never frees, and the pipeline runs with the cyclic collector paused. Left
        # in place, every vocabulary (each item, its id as an int object, the table) stayed
        # alive to the end of the run: 13 dicts of 130,000 items at 2,000 articles.
        index.default_factory = None
    sizes = np.concatenate(counts) if counts else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    return owner, np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64), list(index)


#: Sequences ``intern`` reads at a time (65,536: a tenth of the claims at 10,000 articles
#: alive at once).
INTERN_CHUNK = 65_536


def ngrams(owner: IdArray, ids: IdArray, n: int) -> list[tuple[IntArray, IntArray]]:
    """For each size 1 to ``n``: (owner, n-gram id) of every run of that many consecutive
    items of one owner (``owner`` ascending, items in sequence order). Two n-grams of one size
    get one id when their items are equal."""
    return list(iter_ngrams(owner, ids, n))


def iter_ngrams(owner: IdArray, ids: IdArray, n: int) -> Iterator[tuple[IntArray, IntArray]]:
    """``ngrams``, one size after the other: a caller that turns each size into a column
    before asking for the next never holds the arrays of all sizes at once (two int64 per
    word of every claim and size)."""
    # int64 here whatever the caller keeps: the n-gram codes below outgrow int32
    owner = np.asarray(owner, dtype=np.int64)
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) == 0:
        for _ in range(n):
            yield owner, ids
        return
    yield owner, ids
    width = int(ids.max()) + 1
    grams = ids
    for size in range(2, n + 1):
        valid = np.zeros(len(ids), dtype=bool)
        starts = max(len(ids) - size + 1, 0)  # none when all items are fewer than ``size``
        valid[:starts] = owner[:starts] == owner[size - 1 :]
        # the item ``size - 1`` places on (any value past the end: those rows are not valid)
        last = np.zeros(len(ids), dtype=np.int64)
        last[:starts] = ids[size - 1 :]
        codes = np.where(valid, grams * width + last, -1)
        del last
        # dense ids keep the codes of the next size within int64
        grams = dense_ranks(codes)
        del codes
        yield owner[valid], grams[valid]


class SetColumn:
    """One set of items per claim (duplicates ignored), for batched intersection counts."""

    def __init__(
        self, owner: IdArray, item: IdArray, claims: int, *, queried: bool = False
    ) -> None:
        self.width = int(item.max()) + 1 if len(item) else 1
        # The building below holds a few arrays of an int per item at once: at 10,000
        # articles the word n-gram columns (millions of items) needed three times the memory
        # they keep, the scorer's peak. So: int64 codes made and sorted in place, the owners
        # and items as int32, each array dropped as soon as nothing reads it.
        codes = _distinct_codes(owner, item, self.width)
        distinct_owner = (codes // self.width).astype(np.int32)
        distinct_item = (codes % self.width).astype(np.int32)
        #: only a ``queried`` column keeps its codes and item counts (``holds``, ``df``): the
        #: others need neither once their strings are built (an int64 per item of every
        #: claim, a sixth of the scorer's per-claim table).
        self.queried = queried
        #: a queried column keeps its codes in the hash set ``holds`` reads, not also as a
        #: sorted array beside it (an int64 per item of every claim)
        self._code_table = CodeTable(codes) if queried else None
        del codes
        #: int32 (a set of 2**31 items is far beyond any claim): one per claim of every
        #: column, alive through scoring, the run's peak (24 MB less than int64 at 10,000
        #: articles); read in sums and ratios of small counts, which int32 holds exactly
        self.sizes: SmallArray = np.bincount(distinct_owner, minlength=claims).astype(np.int32)
        df = np.bincount(distinct_item, minlength=self.width).astype(np.int64)
        self.df = df if queried else np.zeros(0, dtype=np.int64)
        shared = df[distinct_item] >= 2
        del df
        shared_owner, shared_item = distinct_owner[shared], distinct_item[shared]
        del distinct_owner, distinct_item, shared
        #: the claim holds an item some other claim holds too
        self._shares_any = np.bincount(shared_owner, minlength=claims) > 0
        #: each claim's shared items, made into its string only while a call reads it
        self._strings = IdStrings(shared_owner, shared_item, claims)
        del shared_owner, shared_item

    @classmethod
    def of(cls, sets: Sequence[Collection[Hashable]], *, queried: bool = False) -> SetColumn:
        owner, ids, _ = intern(sets)
        return cls(owner, ids, len(sets), queried=queried)

    def common(self, left: IntArray, right: IntArray) -> IntArray:
        """How many items claims ``left[k]`` and ``right[k]`` share, for every k."""
        # a claim shares all its items with itself, even those no other claim holds
        out = np.where(left == right, self.sizes[left], 0).astype(np.int64)
        rows = np.flatnonzero(self._shares_any[left] & self._shares_any[right] & (left != right))
        if len(rows) == 0:
            return out
        strings_left, strings_right = self._strings.pairs_of(left[rows], right[rows])
        scores = process.cpdist(
            strings_left,
            strings_right,
            scorer=LCSseq.similarity,
            processor=None,
            workers=-1 if len(rows) >= PARALLEL_PAIRS else 1,
            dtype=np.int64,
        )
        out[rows] = scores
        return out

    def holds(self, claim: IdArray, item: IdArray) -> BoolArray:
        """Whether ``claim[k]`` holds ``item[k]``, for every k (a ``queried`` column only)."""
        if self._code_table is None:
            raise ValueError("holds() needs a column built with queried=True")
        if len(claim) == 0 or self._code_table.size == 0:
            return np.zeros(len(claim), dtype=bool)
        return self._code_table.holds(np.asarray(claim, dtype=np.int64) * self.width + item)

    @property
    def codes(self) -> IntArray:
        """The distinct ``claim * width + item`` codes, ascending (none unless queried)."""
        if self._code_table is None:
            return np.zeros(0, dtype=np.int64)
        return self._code_table.codes()


class CodeTable:
    """A hash set of distinct non-negative int64 codes (open addressing, linear probing),
    for membership queries in batch. A binary search in the sorted codes reads a dozen
    cache lines scattered over the whole column per query, and more as the archive grows; a
    query here reads one or two."""

    _EMPTY = -1
    #: Fibonacci hashing: the top bits of ``code * _SPREAD`` (mod 2**64) pick the slot.
    _SPREAD = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, codes: IntArray) -> None:
        # at most two thirds full: short probes
        self.size = len(codes)
        self._bits = max(int(len(codes) + len(codes) // 2).bit_length(), 1)
        self._mask = (1 << self._bits) - 1
        self._slots = np.full(1 << self._bits, self._EMPTY, dtype=np.int64)
        pending = np.asarray(codes, dtype=np.int64)
        slot = self._slot_of(pending)
        while len(pending):
            free = self._slots[slot] == self._EMPTY
            # codes wanting one free slot: one of them gets it, the others probe on
            self._slots[slot[free]] = pending[free]
            waiting = self._slots[slot] != pending
            pending = pending[waiting]
            slot = (slot[waiting] + 1) & self._mask

    def _slot_of(self, codes: IntArray) -> IntArray:
        spread = np.ascontiguousarray(codes, dtype=np.int64).view(np.uint64) * self._SPREAD
        spread >>= np.uint64(64 - self._bits)
        slot: IntArray = spread.view(np.int64)
        return slot

    def codes(self) -> IntArray:
        """The codes of the set, ascending."""
        return np.sort(self._slots[self._slots != self._EMPTY])

    def holds(self, wanted: IntArray) -> BoolArray:
        """Whether each of ``wanted`` is in the set."""
        slot = self._slot_of(wanted)
        found = self._slots[slot]
        out: BoolArray = found == wanted
        # most queries end at their first slot: only the others probe on
        rows = np.flatnonzero(~out & (found != self._EMPTY))
        slot = (slot[rows] + 1) & self._mask
        while len(rows):
            found = self._slots[slot]
            hit = found == wanted[rows]
            out[rows[hit]] = True
            # a miss probes on until it meets an empty slot
            going = ~hit & (found != self._EMPTY)
            rows = rows[going]
            slot = (slot[going] + 1) & self._mask
        return out


def _distinct_codes(owner: IdArray, item: IdArray, width: int) -> IntArray:
    """``distinct(owner * width + item)`` as int64 (whatever the callers keep: ``ClaimTable``
    keeps int32 ids), with one array of codes made, not a copy per step."""
    codes = owner.astype(np.int64)
    codes *= width
    codes += item
    codes.sort(kind="stable")  # as ``distinct`` sorts
    fresh = np.ones(len(codes), dtype=bool)
    fresh[1:] = codes[1:] != codes[:-1]
    return codes[fresh]


def distinct(values: IntArray) -> IntArray:
    """The distinct values, ascending: ``np.unique`` without its hash table, which is several
    times slower than a sort on wide integer codes (numpy 2.4).

    Sorted by timsort (``kind="stable"``): the callers' values come in ascending runs (a
    column's codes are owner by owner, each owner's items in a few runs), which it merges;
    on a word n-gram column of 2,000 articles it took a fifth of quicksort's time (on
    values in random order, a fifth more)."""
    ordered = np.sort(values, kind="stable")
    fresh = np.ones(len(ordered), dtype=bool)
    fresh[1:] = ordered[1:] != ordered[:-1]
    return ordered[fresh]


def dense_ranks(values: IntArray) -> IntArray:
    """Each value's rank among the distinct values (0, 1, ...): equal values, equal ranks."""
    order, ordered = _sorted_with_order(values)
    if len(ordered) == 0:
        return np.zeros(0, dtype=np.int64)
    # flags, and the running count written over the sorted values (a copy of the caller's,
    # read no more): two int64 fewer per value at once, for the n-gram ids of millions of
    # words (the per-claim table's costliest build)
    fresh = np.empty(len(ordered), dtype=bool)
    fresh[0] = False
    np.not_equal(ordered[1:], ordered[:-1], out=fresh[1:])
    counted = np.asarray(ordered, dtype=np.int64)
    np.cumsum(fresh, out=counted)
    del fresh
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[order] = counted
    return ranks


def _sorted_with_order(values: IntArray) -> tuple[IntArray, IntArray]:
    """(an order that sorts ``values``, the values in that order). When each value's offset
    from the least fits in the int64 beside its position, the two are packed into one key
    and sorted as plain integers: twice as fast as ``np.argsort`` (numpy 2.4), whose order
    for equal values may differ but whose sorted values do not."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.int64), values
    low = int(values.min())
    span = int(values.max()) - low + 1
    shift = max(int(len(values) - 1).bit_length(), 1)
    if span.bit_length() + shift > 63:
        order = np.argsort(values)
        return order, values[order]
    keys = (values - low) << shift
    keys |= np.arange(len(values), dtype=np.int64)
    # timsort: faster than quicksort even on the n-gram codes (a sixth, 2,000 articles),
    # and far faster on codes in ascending runs (candidate pairs)
    keys.sort(kind="stable")
    order = keys & ((1 << shift) - 1)
    keys >>= shift
    keys += low
    return order, keys


class IdStrings:
    """Each claim's items (ascending, distinct) as a string of code points, made for the
    claims of one ``pairs_of`` call and dropped with its result; between calls, all claims'
    code points are one array (2 or 4 bytes a point, and an offset a claim).

    WHY not a string object per claim, made once: at 10,000 articles those were half a
    million objects a column (some twenty columns), 335 MB mostly of object headers, alive
    through all of scoring, the run's peak. A call makes the strings of the claims its
    pairs name (a batch's pairs name a few tens of thousands), in C as before: the points
    gathered into one text, decoded once and split at the zero that ends each claim's.

    A column with more distinct items than there are code points keeps a list of ints per
    claim instead (rapidfuzz counts the same subsequence in them)."""

    def __init__(self, owner: IdArray, item: IdArray, claims: int) -> None:
        self.claims = claims
        ranked = (
            item
            if len(item) == 0 or int(item.max()) < _MAX_STRING_ITEMS
            else dense_ranks(item.astype(np.int64))
        )
        counts = np.bincount(owner, minlength=claims)
        #: the fallback: one list of ints per claim (None while the items fit code points)
        self._lists: npt.NDArray[np.object_] | None = None
        #: every claim's points, each claim's followed by a 0, and where each claim's start
        #: (and, last, where they end)
        self._points: npt.NDArray[np.uint16] | npt.NDArray[np.uint32] = np.zeros(0, "<u4")
        self._codec = "utf-32-le"
        self._starts: IdArray = np.zeros(1, dtype=np.int64)
        if len(ranked) and int(ranked.max()) >= _MAX_STRING_ITEMS:
            self._lists = _id_lists(ranked, counts)
            return
        points = ranked + 1  # code point 0 ends each claim's string
        points = np.where(points >= _SURROGATES, points + _SURROGATE_SPAN, points)
        starts = _offsets(counts + 1)
        # int32 when the points allow (fewer than 2**31): an offset for every claim of every
        # column (two dozen columns), alive through scoring
        self._starts = starts.astype(np.int32) if starts[-1] < _INT32_END else starts
        # Two bytes a point where all are below the surrogates (UTF-16 then reads each as
        # one code point), four otherwise: the points of every column are alive through
        # scoring, and most columns share fewer than 55,296 items.
        narrow = len(points) == 0 or int(points.max()) < _SURROGATES
        self._codec = "utf-16-le" if narrow else "utf-32-le"
        # ``owner`` ascending: item k has ``owner[k]`` zeros before it
        self._points = np.zeros(len(points) + claims, dtype="<u2" if narrow else "<u4")
        self._points[np.arange(len(points), dtype=np.int64) + owner] = points

    def pairs_of(
        self, left: IdArray, right: IdArray
    ) -> tuple[npt.NDArray[np.object_], npt.NDArray[np.object_]]:
        """The strings (or lists) of claims ``left[k]`` and ``right[k]``, for every k."""
        if self._lists is not None:
            return self._lists[left], self._lists[right]
        named = np.zeros(self.claims, dtype=bool)
        named[left] = True
        named[right] = True
        claims = np.flatnonzero(named)
        del named
        strings = np.empty(len(claims), dtype=object)
        strings[:] = self._strings_of(claims)
        # each claim's row in ``strings``: one gather per side, no search
        row = np.zeros(self.claims, dtype=np.int32)
        row[claims] = np.arange(len(claims), dtype=np.int32)
        return strings[row[left]], strings[row[right]]

    def _strings_of(self, claims: IntArray) -> list[str]:
        """The strings of ``claims`` (ascending, distinct), in that order."""
        if len(claims) == 0:
            return []
        starts = self._starts[claims].astype(np.int64)
        lengths = self._starts[claims + 1] - starts
        # the index of every point to gather: each claim's run, one after the other
        gathered = np.repeat(starts - _offsets(lengths)[:-1], lengths)
        gathered += np.arange(len(gathered), dtype=gathered.dtype)
        text = self._points[gathered[:-1]].tobytes().decode(self._codec)
        return text.split("\0")


#: The first offset int32 cannot hold.
_INT32_END = 1 << 31


def _offsets(lengths: IntArray) -> IntArray:
    """Where each of runs of ``lengths`` starts when laid end to end, then where they end."""
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return offsets


def _id_lists(ranked: IdArray, counts: IntArray) -> npt.NDArray[np.object_]:
    """Each claim's items as a list of ints, an object array with one per claim."""
    ends = np.cumsum(counts).tolist()
    values = ranked.tolist()
    lists = np.empty(len(counts), dtype=object)
    # one by one: a slice assignment would read lists of one length as a 2-D array
    for claim, (start, end) in enumerate(zip([0, *ends[:-1]], ends, strict=True)):
        lists[claim] = values[start:end]
    return lists
