"""Which articles republish another one, so that a copy counts once as a source.

Two articles are compared through their exact 8-word shingles (folded words). An article most
of whose sentences (at least ``CONTAINMENT``) are found in another, a sentence counting as found
when half its shingles are, republishes it;
the earlier-published one, or the lexicographically first id when dates are unknown or equal,
is the original. Shingles shared by very many articles (boilerplate) are ignored, and only
articles that share a shingle are compared, so the cost stays near-linear.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from claimtrack.collector import collection_paused
from claimtrack.models import Article, Claim, Republication
from claimtrack.options import Options

SHINGLE = 8
#: Share of a copy's sentences that must be found in the original.
CONTAINMENT = 0.6
#: Share of a copy's shingles in the original before its sentences are looked at.
CANDIDATE_CONTAINMENT = 0.3
#: Share of a sentence's shingles found in the original for the sentence to count as found
#: (a republished sentence often has a word changed: "said" / "told reporters").
SENTENCE_FOUND = 0.5
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
#: Shingles found in more articles than this are boilerplate, not evidence of copying.
MAX_SHARED_BY = 50
#: Articles with fewer shingles than this are too short to call copies.
MIN_SHINGLES = 5
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> frozenset[int]:
    """Hashes of every run of ``size`` consecutive folded words."""
    return frozenset(_shingle_hashes(text, size).tolist())


#: Odd 64-bit multiplier of the polynomial that combines word hashes into a shingle hash.
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def _shingle_hashes(text: str, size: int) -> npt.NDArray[np.int64]:
    """One 64-bit hash per run of ``size`` words: a polynomial of the words' own hashes,
    computed for all runs at once (joining and hashing each run's text was most of the
    time of republication detection). Two different runs share a hash with a chance of
    about 2**-64, as two joined texts did."""
    words = _folded_words(text)
    runs = len(words) - size + 1
    if runs <= 0:
        return np.empty(0, dtype=np.int64)
    codes: npt.NDArray[np.uint64] = np.fromiter(
        map(hash, words), dtype=np.int64, count=len(words)
    ).view(np.uint64)
    combined = codes[:runs].copy()
    for k in range(1, size):
        combined *= _MULTIPLIER  # wraps around modulo 2**64, as intended
        combined += codes[k : k + runs]
    hashes: npt.NDArray[np.int64] = combined.view(np.int64)
    return hashes


#: ASCII bytes: ``\w`` ones (letters, digits, "_") lower-cased, every other one a space.
_ASCII_WORD_BYTES = (
    bytes(
        (b | 0x20 if chr(b).isalpha() else b) if chr(b).isalnum() or b == ord("_") else ord(" ")
        for b in range(128)
    )
    + b" " * 128
)


def _folded_words(text: str) -> list[str]:
    r"""``\w+`` runs of the lower-cased text.

    WHY: ``re.findall`` was half the time of republication detection; on ASCII text (most
    articles) a byte translation and ``split`` give the same words three times faster."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(text.lower())


def _distinct(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct values, ascending (``np.unique`` costs more per call than the sort)."""
    ordered = np.sort(values)
    fresh = np.ones(len(ordered), dtype=bool)
    fresh[1:] = ordered[1:] != ordered[:-1]
    return ordered[fresh]


def sentences_found(text: str, original: frozenset[int]) -> float:
    """Share of the text's sentences found in the original's shingles, weighted by length:
    a copy's own headline, sign-up line or credit is short next to the story it copies."""
    found = total = 0
    for own in _sentence_shingles(text):
        if not own:
            continue
        words = len(own) + SHINGLE - 1
        total += words
        if len(own & original) >= SENTENCE_FOUND * len(own):
            found += words
    return found / total if total else 0.0


def _sentence_shingles(text: str) -> list[frozenset[int]]:
    """``shingles`` of each sentence of the text, in order.

    WHY: an ASCII text's words are hashed once, for the whole text, instead of once per
    sentence (a dozen array operations each): a sentence's runs are the text's runs that
    start and end inside it, as sentences end at ".", "!", "?" or a line break, none of them
    part of a word. Not for other text: lower-casing a capital sigma depends on the letters
    around it, on either side of a sentence's end."""
    sentences = _SENTENCE.findall(text)
    if not text.isascii():
        return [shingles(sentence) for sentence in sentences]
    hashes = _shingle_hashes(text, SHINGLE).tolist()
    found: list[frozenset[int]] = []
    start = 0  # the sentence's first word, counted in the whole text
    for sentence in sentences:
        words = len(_folded_words(sentence))
        found.append(frozenset(hashes[start : start + max(0, words - SHINGLE + 1)]))
        start += words
    return found


def find_republications(
    articles: Sequence[Article], claims: Sequence[Claim] = (), options: Options | None = None
) -> list[Republication]:
    """Every article that republishes another, with the share of its text found there."""
    with collection_paused():
        return _republications(articles)


def _republications(articles: Sequence[Article]) -> list[Republication]:
    by_id = {a.id: a for a in articles}
    ids = sorted(by_id)
    # Each article's distinct shingles as a sorted array: a set of Python ints is built only
    # for an article another one may copy (a few), not for every article of an archive.
    runs = [_distinct(_shingle_hashes(by_id[i].text, SHINGLE)) for i in ids]
    sizes = np.array([len(run) for run in runs], dtype=np.int64)
    firsts, seconds, overlap = _pairs_sharing(runs)
    # Most pairs share a few shingles only: no need to find which one is the original.
    either = _may_copy_all(sizes[firsts], overlap) | _may_copy_all(sizes[seconds], overlap)
    position = {article_id: n for n, article_id in enumerate(ids)}
    sets: dict[str, frozenset[int]] = {}
    copies: dict[str, Republication] = {}
    for first_at, second_at, shared in zip(
        firsts[either].tolist(), seconds[either].tolist(), overlap[either].tolist(), strict=True
    ):
        original, copy = _order(by_id[ids[first_at]], by_id[ids[second_at]])
        if not _may_copy_size(int(sizes[position[copy.id]]), shared):
            continue
        found_in = sets.get(original.id)
        if found_in is None:
            found_in = sets[original.id] = frozenset(runs[position[original.id]].tolist())
        share = sentences_found(copy.text, found_in)
        if share < CONTAINMENT:
            continue
        found = Republication(article_id=copy.id, original_id=original.id, shared=round(share, 3))
        previous = copies.get(copy.id)
        if previous is None or found.shared > previous.shared:
            copies[copy.id] = found
    return _resolve_chains(sorted(copies.values(), key=lambda r: r.article_id))


def _may_copy_size(size: int, shared: int) -> bool:
    """Long enough (``size`` shingles), and enough of it shared, to be looked at sentence by
    sentence."""
    return size >= MIN_SHINGLES and shared / size >= CANDIDATE_CONTAINMENT


def _may_copy_all(
    sizes: npt.NDArray[np.int64], shared: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """``_may_copy`` of many articles at once (the same float division and bounds)."""
    return (sizes >= MIN_SHINGLES) & (shared / np.maximum(sizes, 1) >= CANDIDATE_CONTAINMENT)


#: Pair codes gathered before they are counted and merged (bounds the memory of big runs).
_PAIR_BATCH = 1 << 22


def _shared_shingles(
    ids: list[str], sets: dict[str, frozenset[int]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """``_pairs_sharing`` of the articles ``ids`` with these shingle sets."""
    runs = [np.array(sorted(sets[i]), dtype=np.int64) for i in ids]
    return _pairs_sharing(runs)


def _pairs_sharing(
    runs: list[npt.NDArray[np.int64]],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(first, second, shared): positions in ``runs`` (each an article's distinct shingles;
    first < second, pairs in that order) of every two articles that share shingles held by
    at most ``MAX_SHARED_BY`` articles, and how many. One sorted array instead of a dict of
    holder lists: an archive has millions of shingles, nearly all held by one article; the
    pairs of the holders of each shingle are made at once for all shingles held by the same
    number of articles."""
    total = len(runs)
    counts = np.array([len(run) for run in runs], dtype=np.int64)
    hashes = np.concatenate(runs) if runs else np.empty(0, dtype=np.int64)
    owner = np.repeat(np.arange(total, dtype=np.int64), counts)
    # Any order of the holders of one shingle will do (a pair is written low, high). A
    # stable sort, as it merges the runs already sorted (each article's) rather than
    # sorting from scratch: a fifth less time than the default sort.
    order = np.argsort(hashes, kind="stable")
    hashes, owner = hashes[order], owner[order]
    starts = np.flatnonzero(np.concatenate([[True], hashes[1:] != hashes[:-1]]))
    sizes = np.diff(np.append(starts, len(hashes)))
    shared = (sizes > 1) & (sizes <= MAX_SHARED_BY)
    pairs = _PairCounter()
    for size in np.unique(sizes[shared]).tolist():
        group_starts = starts[shared & (sizes == size)]
        x, y = np.triu_indices(size, k=1)
        first = owner[group_starts[:, None] + x]
        second = owner[group_starts[:, None] + y]
        low, high = np.minimum(first, second), np.maximum(first, second)
        pairs.add((low * total + high).ravel())
    codes, overlap = pairs.counted()
    return codes // max(total, 1), codes % max(total, 1), overlap


class _PairCounter:
    """Counts of integer pair codes, merged batch by batch."""

    def __init__(self) -> None:
        self.codes = np.empty(0, dtype=np.int64)
        self.counts = np.empty(0, dtype=np.int64)
        self.pending: list[npt.NDArray[np.int64]] = []
        self.pending_size = 0

    def add(self, codes: npt.NDArray[np.int64]) -> None:
        self.pending.append(codes)
        self.pending_size += len(codes)
        if self.pending_size >= _PAIR_BATCH:
            self._merge()

    def counted(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Every code once, in increasing order, with how many times it was added."""
        self._merge()
        return self.codes, self.counts

    def _merge(self) -> None:
        if not self.pending:
            return
        new, new_counts = np.unique(np.concatenate(self.pending), return_counts=True)
        self.pending, self.pending_size = [], 0
        if not len(self.codes):  # the first batch (most runs have one): nothing to merge
            self.codes, self.counts = new, new_counts.astype(np.int64)
            return
        codes = np.concatenate([self.codes, new])
        counts = np.concatenate([self.counts, new_counts.astype(np.int64)])
        self.codes, inverse = np.unique(codes, return_inverse=True)
        self.counts = np.bincount(inverse, weights=counts).astype(np.int64)
        self.pending, self.pending_size = [], 0


def _order(a: Article, b: Article) -> tuple[Article, Article]:
    """(original, copy): the earlier-published one; on the same day (or with no dates) the
    one the other credits ("distributed by Meridian Press Agency"); else the first id."""
    day_a = a.published or dt.date.max
    day_b = b.published or dt.date.max
    if day_a != day_b:
        return (a, b) if day_a < day_b else (b, a)
    a_credits_b = _credits(a, b)
    if a_credits_b != _credits(b, a):
        return (b, a) if a_credits_b else (a, b)
    return (a, b) if a.id <= b.id else (b, a)


def _credits(copy: Article, original: Article) -> bool:
    return _credit_pattern(original.source).search(copy.text) is not None


@lru_cache(maxsize=4096)
def _credit_pattern(source: str) -> re.Pattern[str]:
    # Compiled once per source: an archive has more sources than ``re`` keeps compiled.
    return re.compile(rf"(?<!\w){re.escape(source)}(?!\w)", re.IGNORECASE)


def _resolve_chains(found: list[Republication]) -> list[Republication]:
    """A copy of a copy counts as a copy of the first original."""
    original = {r.article_id: r.original_id for r in found}
    resolved = []
    for r in found:
        root = r.original_id
        seen = {r.article_id}
        while root in original and root not in seen:
            seen.add(root)
            root = original[root]
        resolved.append(r.model_copy(update={"original_id": root}))
    return [r for r in resolved if r.article_id != r.original_id]


def independent_source_of(
    articles: Sequence[Article], republications: Sequence[Republication]
) -> dict[str, str]:
    """article id -> the source it counts as (the original's, for a copy)."""
    source = {a.id: a.source for a in articles}
    original = {r.article_id: r.original_id for r in republications}
    return {a.id: source[original.get(a.id, a.id)] for a in articles}
