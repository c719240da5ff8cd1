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
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

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
    words = _WORD.findall(text.lower())
    return frozenset(hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1))


def sentences_found(text: str, original: frozenset[int]) -> float:
    """Share of the text's sentences found in the original's shingles, weighted by length:
    a copy's own headline, sign-up line or credit is short next to the story it copies."""
    found = total = 0
    for sentence in _SENTENCE.findall(text):
        own = shingles(sentence)
        if not own:
            continue
        words = len(own) + SHINGLE - 1
        total += words
        if len(own & original) >= SENTENCE_FOUND * len(own):
            found += words
    return found / total if total else 0.0


def find_republications(
    articles: Sequence[Article], claims: Sequence[Claim] = (), options: Options | None = None
) -> list[Republication]:
    """Every article that republishes another, with the share of its text found there."""
    with collection_paused():
        return _republications(articles)


def _republications(articles: Sequence[Article]) -> list[Republication]:
    sets = {a.id: shingles(a.text) for a in articles}
    overlap = _shared_shingles(sets)
    by_id = {a.id: a for a in articles}
    copies: dict[str, Republication] = {}
    for (first, second), shared in sorted(overlap.items()):
        # Most pairs share a few shingles only: no need to find which one is the original.
        if not (_may_copy(sets[first], shared) or _may_copy(sets[second], shared)):
            continue
        original, copy = _order(by_id[first], by_id[second])
        if not _may_copy(sets[copy.id], shared):
            continue
        share = sentences_found(copy.text, sets[original.id])
        if share < CONTAINMENT:
            continue
        found = Republication(article_id=copy.id, original_id=original.id, shared=round(share, 3))
        previous = copies.get(copy.id)
        if previous is None or found.shared > previous.shared:
            copies[copy.id] = found
    return _resolve_chains(sorted(copies.values(), key=lambda r: r.article_id))


def _may_copy(own: frozenset[int], shared: int) -> bool:
    """Long enough, and enough of it shared, to be looked at sentence by sentence."""
    size = len(own)
    return size >= MIN_SHINGLES and shared / size >= CANDIDATE_CONTAINMENT


def _shared_shingles(sets: dict[str, frozenset[int]]) -> dict[tuple[str, str], int]:
    """(first id, second id) -> shingles the two articles share, for shingles held by at most
    ``MAX_SHARED_BY`` articles. One sorted array instead of a dict of holder lists: an
    archive has millions of shingles, nearly all held by one article."""
    ids = sorted(sets)
    counts = [len(sets[i]) for i in ids]
    hashes = np.fromiter((h for i in ids for h in sets[i]), dtype=np.int64, count=sum(counts))
    owner = np.repeat(np.arange(len(ids), dtype=np.int64), counts)
    order = np.lexsort((owner, hashes))
    hashes, owner = hashes[order], owner[order]
    starts = np.flatnonzero(np.concatenate([[True], hashes[1:] != hashes[:-1]]))
    sizes = np.diff(np.append(starts, len(hashes)))
    overlap: dict[tuple[str, str], int] = defaultdict(int)
    shared = (sizes > 1) & (sizes <= MAX_SHARED_BY)
    for start, size in zip(starts[shared].tolist(), sizes[shared].tolist(), strict=True):
        holders = owner[start : start + size].tolist()
        for x, first in enumerate(holders):
            for second in holders[x + 1 :]:
                overlap[(ids[first], ids[second])] += 1
    return overlap


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
