"""Grouping: matched pairs -> coherent clusters of claims that make the same statement.

Matched pairs are merged strongest first (those that share no event frame last), and two
groups merge only when most of the pairs between them match too (average-link), so A~B and
B~C never drag an unrelated C into A. Last, a pair joined by frame similarity alone gives up a
claim to a group it shares a clearly stronger frame with (``_leave_lone_partners``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack.collector import collection_paused
from claimtrack.match.columns import distinct
from claimtrack.match.pairs import ScoredPair, ScoredPairs

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
#: Claim indexes of any integer width (``ScoredPairs`` holds them as int32).
ClaimIndexes = npt.NDArray[np.integer[Any]]

#: Most cross pairs looked at when deciding whether two groups merge.
MERGE_SAMPLE = 24
#: Share of checked cross pairs that must match (strictly more) for two groups to merge.
MERGE_SUPPORT = 0.5


def group(
    n: int,
    edges: ScoredPairs | Sequence[ScoredPair],
    article_ids: Sequence[str],
    links: Sequence[tuple[int, int]] | IntArray = (),
    related: Sequence[tuple[int, int]] | IntArray = (),
) -> list[list[int]]:
    """Coherent groups: merge along ``links`` (pairs that contradict each other) first, then
    along ``edges`` strongest first.

    Two groups merge only if at least ``MERGE_SUPPORT`` of the (sampled) cross pairs from
    different articles are themselves edges (or links), which stops chaining. Contradicting
    pairs go first because a claim often reads like two groups' members ("Oman suspended its
    mediation" reads like both "Iran broke off talks" and "Oman resumed its mediation"): the
    report must put it beside the claim it contradicts, whichever group is larger.

    ``related`` pairs (same event frame, not the same wording) never start a merge but
    count as support for one: "12 others were injured when fire swept through the plant"
    states what "Twelve workers were injured" states, in more words than a match allows;
    without them a third source could never join a pair of close paraphrases.

    After the merges, a group of two claims joined by frame similarity alone may give one
    of them up to a group it shares a clearly stronger frame with (``_leave_lone_partners``).

    ``links`` and ``related`` are (i, j) pairs, as tuples or as the rows of an array.
    """
    with collection_paused():
        return _group(n, ScoredPairs.of(edges), article_ids, _rows(links), _rows(related))


def _rows(pairs: Sequence[tuple[int, int]] | IntArray) -> IntArray:
    """Pairs as an array of (i, j) rows."""
    return np.asarray(pairs, dtype=np.int64).reshape(-1, 2)


def _group(
    n: int,
    edges: ScoredPairs,
    article_ids: Sequence[str],
    links: IntArray,
    related: IntArray,
) -> list[list[int]]:
    columns: list[tuple[ClaimIndexes, ClaimIndexes]] = [
        (edges.left, edges.right),
        (links[:, 0], links[:, 1]),
        (related[:, 0], related[:, 1]),
    ]
    # Each claim's root; its int objects are the neighbours' too (``_neighbours``).
    root = list(range(n))
    neighbours = _neighbours(columns, n, root)
    # Only the groups a step reached have a member list: a claim no step reaches is its own
    # group (``_groups``). WHY: a dict entry, a list and an int object for every claim (about
    # 130 bytes each) were most claims' cost at grouping, the judge's peak at 10,000
    # articles, while most claims never meet a step.
    members: dict[int, list[int]] = {}
    # Pairs that share an event frame first, strongest first, then by claim indexes
    # (``lexsort`` is stable: its last key first). A match by wording alone whose frame
    # similarity is nil ("The connection was very good" / "The move was very good news":
    # one shared content word) is the weakest evidence whatever its score: merged after
    # every framed pair, it can no longer take a claim away from the group of its fact.
    unframed = edges.similarity <= 0
    ordered = np.lexsort((edges.right, edges.left, -edges.score, unframed))
    # A weak edge (``weak_edges``) joins no lone claim to a group that holds a claim of its
    # article: one article seldom says one thing twice, and a word and a frame shared with
    # one claim of a group are little to add a second claim of that article on.
    weak = weak_edges(edges)
    steps = chain(
        ((i, j, False) for i, j in _distinct_pairs(links, n)), _steps(edges, ordered, weak)
    )
    # Groups only grow at the end of their member list, so a test between two roots whose
    # samples are unchanged gives the same answer: failed tests are remembered (most steps
    # retry two large groups that already refused to merge).
    refused: set[tuple[int, int, int, int]] = set()
    samples: dict[int, _Sample] = {}
    for i, j, loose in steps:
        a, b = root[i], root[j]
        if a == b:
            continue
        group_a = members.get(a) or members.setdefault(a, [a])
        group_b = members.get(b) or members.setdefault(b, [b])
        size_a, size_b = len(group_a), len(group_b)
        if loose and (
            (size_b == 1 and _holds_article(group_a, b, article_ids))
            or (size_a == 1 and _holds_article(group_b, a, article_ids))
        ):
            continue
        if size_a == 1 and size_b == 1:
            # Two lone claims (a fifth of the steps): the only pair between them is this
            # step's own, an edge or a link, so the merge test always passes.
            root[b] = a
            group_a.append(b)
            del members[b]
            continue
        # (conditionals, not ``min``: this line runs once per step, 60,000 at 1,000 articles)
        attempt = (
            a,
            b,
            size_a if size_a < MERGE_SAMPLE else MERGE_SAMPLE,
            size_b if size_b < MERGE_SAMPLE else MERGE_SAMPLE,
        )
        if attempt in refused:
            continue
        if size_b == 1:
            coherent = _joins(group_a, b, neighbours, article_ids)
        else:
            sample_b = _sample_of(b, group_b, samples, article_ids)
            coherent = _coherent(group_a, sample_b, neighbours, article_ids)
        if not coherent:
            refused.add(attempt)
            continue
        if size_a < size_b:
            a, b, group_a, group_b = b, a, group_b, group_a
        for m in group_b:
            root[m] = a
        group_a.extend(group_b)
        del members[b]
    _leave_lone_partners(members, root, edges, weak, links, article_ids)
    return _groups(members, root)


#: How much stronger a frame similarity (0-100) a claim's edge into another group must be
#: than the edge to its lone partner before the claim leaves the partner
#: (``_leave_lone_partners``).
LEAVING_MARGIN = 5.0
#: Match score from which an edge joins a pair for good: the same statement, or a pair
#: lifted to the figure-backed or contained score (``rules.FIGURE_BACKED_SCORE``).
SCORED_EDGE = 50.0


def _leave_lone_partners(
    members: dict[int, list[int]],
    root: list[int],
    edges: ScoredPairs,
    weak: BoolArray,
    links: IntArray,
    article_ids: Sequence[str],
) -> None:
    """After the merges: a group of two claims joined by frame similarity alone (an edge
    scored below ``SCORED_EDGE``, not a contradiction link) gives up one of them to
    another group when the claim's edge into that group is of a frame similarity higher
    by ``LEAVING_MARGIN`` than its partner's, and every (sampled) member of that group is
    its partner by a framed edge that is not weak: none is of its article or only near it.
    The partner is left alone. Of the two claims, the one with the larger gain moves.

    WHY: groups merge strongest score first, and a paraphrase score of a pair tied by
    frame similarity tells little of which partner states the claim's fact. "Talks are
    planned for the first-ever meeting of the two mayors next month" was taken first by
    "The two cities opened their first-ever rail link" (a higher score: "first-ever",
    "two") and never met "The two mayors have never met", which shares more of its frame:
    the pair's other claim is no edge of it, so the merge test refused it. A group of three
    or more is left as it is: its members may hang together through the one that would
    leave."""
    pairs = [group for group in members.values() if len(group) == 2]
    if not pairs:
        return
    linked = {(min(i, j), max(i, j)) for i, j in links.tolist()}
    in_pair = np.zeros(len(root), dtype=bool)
    in_pair[[m for group in pairs for m in group]] = True
    framed = np.flatnonzero(
        (in_pair[edges.left] | in_pair[edges.right]) & (edges.similarity > 0) & ~weak
    )
    table = _PairedEdges(edges, framed, in_pair)
    # in the order of their first members (a group's root): deterministic
    for group in sorted(pairs, key=_first):
        # a group that took a moved claim, or lost one, since the list was made is left
        if len(group) != 2 or root[group[0]] != root[group[1]]:
            continue
        pair = (min(group), max(group))
        if pair in linked:
            continue
        similar = {claim: table.partners(claim) for claim in group}
        if table.scored(group[0], group[1]):
            continue
        best: tuple[float, int, int] | None = None
        for claim, partner in ((group[0], group[1]), (group[1], group[0])):
            own = similar[claim].get(partner)
            if own is None:
                continue
            # in the order of the edges (deterministic), the first of equal gains kept
            for other, value in similar[claim].items():
                target = root[other]
                if value < own + LEAVING_MARGIN or target == root[claim]:
                    continue
                taker = members.get(target, [target])
                article = article_ids[claim]
                if not all(
                    article_ids[m] != article and m in similar[claim] for m in taker[:MERGE_SAMPLE]
                ):
                    continue
                if best is None or value - own > best[0]:
                    best = (value - own, claim, target)
        if best is None:
            continue
        _, claim, target = best
        partner = group[1] if claim == group[0] else group[0]
        del members[root[claim]]
        root[claim] = target
        root[partner] = partner
        members.setdefault(target, [target]).append(claim)


class _PairedEdges:
    """The framed edges of the claims in pairs, each claim's in the order of the edges, read
    one claim at a time. WHY arrays and not a dict of partners for every such claim: at
    10,000 articles those dicts, and the edge lists they were filled from, raised the run's
    peak (grouping is at it) by tens of MB."""

    def __init__(self, edges: ScoredPairs, rows: IntArray, in_pair: BoolArray) -> None:
        left, right = edges.left[rows], edges.right[rows]
        from_left, from_right = in_pair[left], in_pair[right]
        claims = np.concatenate((left[from_left], right[from_right]))
        # each claim's edges in the order of the rows: sorted by claim, then by row
        order = np.lexsort((np.concatenate((rows[from_left], rows[from_right])), claims))
        self._claims = claims[order]
        self._others = np.concatenate((right[from_left], left[from_right]))[order]
        self._rows = np.concatenate((rows[from_left], rows[from_right]))[order]
        self._edges = edges

    def _slice(self, claim: int) -> slice:
        start = int(np.searchsorted(self._claims, claim, side="left"))
        end = int(np.searchsorted(self._claims, claim, side="right"))
        return slice(start, end)

    def partners(self, claim: int) -> dict[int, float]:
        """Partner -> the highest frame similarity of its edges with ``claim``, partners in
        the order of their first edge."""
        at = self._slice(claim)
        found: dict[int, float] = {}
        similarity = self._edges.similarity
        for other, row in zip(self._others[at].tolist(), self._rows[at].tolist(), strict=True):
            value = float(similarity[row])
            found[other] = max(value, found.get(other, 0.0))
        return found

    def scored(self, claim: int, partner: int) -> bool:
        """An edge of the two scored ``SCORED_EDGE`` or more: a pair joined for good."""
        at = self._slice(claim)
        score = self._edges.score
        return any(
            other == partner and score[row] >= SCORED_EDGE
            for other, row in zip(self._others[at].tolist(), self._rows[at].tolist(), strict=True)
        )


def _groups(members: dict[int, list[int]], root: list[int]) -> list[list[int]]:
    """Every group, its members ascending, in the order of their first members: those of
    ``members`` (by root), and alone each claim that is still its own root without an
    entry there."""
    lone = [
        [claim] for claim, its_root in enumerate(root) if its_root == claim and claim not in members
    ]
    groups = [sorted(g) for g in members.values()]
    members.clear()
    groups += lone
    # Groups are disjoint and not empty: sorting them by their first member orders them as
    # comparing whole lists would, without comparing lists.
    groups.sort(key=_first)
    return groups


def _first(members: list[int]) -> int:
    return members[0]


def _distinct_pairs(pairs: Sequence[tuple[int, int]] | IntArray, n: int) -> list[tuple[int, int]]:
    """The pairs as (low, high), each once, in ascending order (a sort of integer codes, not
    of tuples)."""
    both = _rows(pairs)
    if not len(both):
        return []
    width = max(n, int(both.max()) + 1)
    codes = distinct(both.min(axis=1) * width + both.max(axis=1))
    return list(zip((codes // width).tolist(), (codes % width).tolist(), strict=True))


#: Edges turned into Python ints at a time (``_steps``, ``_neighbours``): a list of all of
#: them would be two int objects and a tuple a pair, for millions of pairs.
STEP_CHUNK = 65_536


def _steps(
    edges: ScoredPairs, ordered: IntArray, weak: BoolArray
) -> Iterator[tuple[int, int, bool]]:
    """(left, right, weak) of the edges at the rows ``ordered``, in that order."""
    for start in range(0, len(ordered), STEP_CHUNK):
        rows = ordered[start : start + STEP_CHUNK]
        yield from zip(
            edges.left[rows].tolist(),
            edges.right[rows].tolist(),
            weak[rows].tolist(),
            strict=True,
        )


#: Match score and tying words (``ScoredPair.shared``) under both of which an edge is weak.
WEAK_SCORE = 25.0
WEAK_TIES = 2


def weak_edges(edges: ScoredPairs) -> BoolArray:
    """The edges scored low and tied by fewer than ``WEAK_TIES`` words: one fact by frame
    similarity and a shared word alone ("Corvane has launched 14 rockets" / "The rocket had
    been due to lift off on Wednesday"), as edges that go on to join groups."""
    return np.asarray((edges.score < WEAK_SCORE) & (edges.shared < WEAK_TIES), dtype=bool)


def _holds_article(members: list[int], claim: int, article_ids: Sequence[str]) -> bool:
    """A sampled member of ``members`` (the first ``MERGE_SAMPLE``, as merge tests look at
    them) comes from the article of ``claim``."""
    article = article_ids[claim]
    return any(article_ids[m] == article for m in members[:MERGE_SAMPLE])


def _neighbours(
    columns: Sequence[tuple[ClaimIndexes, ClaimIndexes]], n: int, numbers: Sequence[int] = ()
) -> list[Neighbours]:
    """Each claim's connected claims, both ways (``_NONE`` for a claim with none), for
    "is this pair an edge", from (left, right) columns of pairs: a tuple when they are at
    most ``FEW_NEIGHBOURS`` (most claims), a frozenset otherwise. They hold one shared int
    object per claim (``claim``), not one boxed anew per pair: those of ``numbers`` (where
    ``numbers[k] == k``: the caller's own list of the claims' indexes) as far as it goes.
    WHY: grouping keeps a list of the claims' indexes as their roots (an int object for
    each of 540,000 claims at 10,000 articles, 17 MB); the neighbours holding the same
    objects, not equal ones of their own, those are not made twice.

    WHY not a set per claim: a set of one to four ints is 216 bytes, a tuple of them 48 to
    72, and a set of five to eighteen 728; the sets of the few million pairs at 10,000
    articles were most of what grouping adds at its peak. A short tuple is searched as fast
    as a set is hashed into."""
    top = max((int(c.max()) + 1 for pair in columns for c in pair if len(c)), default=0)
    size = max(n, top)
    claim = list(numbers[:size]) + list(range(len(numbers), size))
    # every pair both ways, once: sorted by claim, then by neighbour
    codes = distinct(
        np.concatenate(
            [np.zeros(0, dtype=np.int64)]
            + [
                _pair_codes(a, b, size)
                for left, right in columns
                for a, b in ((left, right), (right, left))
            ]
        )
    )
    counts = np.bincount(codes // size, minlength=size)
    owners = np.flatnonzero(counts)
    ends = np.cumsum(counts[owners])
    targets = codes % size
    del codes, counts
    out: list[Neighbours] = [_NONE] * size
    first = 0
    # claims STEP_CHUNK at a time: their neighbours as Python ints, then cut claim by claim
    for start in range(0, len(owners), STEP_CHUNK):
        chunk_ends = ends[start : start + STEP_CHUNK]
        last = int(chunk_ends[-1])
        values = list(map(claim.__getitem__, targets[first:last].tolist()))
        at = 0
        for owner, end in zip(
            owners[start : start + STEP_CHUNK].tolist(), (chunk_ends - first).tolist(), strict=True
        ):
            out[owner] = (
                tuple(values[at:end]) if end - at <= FEW_NEIGHBOURS else frozenset(values[at:end])
            )
            at = end
        first = last
    return out


#: Neighbours kept as a tuple up to this many (``_neighbours``), as a frozenset past them.
FEW_NEIGHBOURS = 16
Neighbours = tuple[int, ...] | frozenset[int]


@dataclass(frozen=True)
class _Sample:
    """The members of a group that merge tests look at, as a set and by article."""

    size: int
    members: frozenset[int]
    by_article: dict[str, frozenset[int]]


def _sample_of(
    root: int, members: list[int], samples: dict[int, _Sample], article_ids: Sequence[str]
) -> _Sample:
    """The group's sample, rebuilt only while the group is smaller than the sample: a
    group grows at the end of its member list, so a full sample never changes (a large
    group is tested against many small ones)."""
    size = min(len(members), MERGE_SAMPLE)
    found = samples.get(root)
    if found is None or found.size != size:
        sample = members[:size]
        by_article: defaultdict[str, set[int]] = defaultdict(set)
        for j in sample:
            by_article[article_ids[j]].add(j)
        frozen = {article: frozenset(js) for article, js in by_article.items()}
        found = _Sample(size, frozenset(sample), frozen)
        samples[root] = found
    return found


#: The neighbours of a claim that has none.
_NONE: tuple[int, ...] = ()


def _joins(
    a: list[int], single: int, neighbours: list[Neighbours], article_ids: Sequence[str]
) -> bool:
    """``_coherent`` when the other group is one claim (most merge tests): its sample is
    itself, and the supported pairs are the members of ``a``'s sample it is connected to."""
    article = article_ids[single]
    near = neighbours[single]
    checked = supported = 0
    for i in a[:MERGE_SAMPLE]:
        if article_ids[i] != article:
            checked += 1
            supported += i in near
    return checked == 0 or supported > MERGE_SUPPORT * checked


def _coherent(
    a: list[int], b: _Sample, neighbours: list[Neighbours], article_ids: Sequence[str]
) -> bool:
    """Strictly more than ``MERGE_SUPPORT`` of the sampled cross-article pairs are edges.

    Counted per member of ``a`` rather than per pair (this runs once per merge attempt, and
    a pair loop was most of the matcher's time): the cross-article pairs are the sample of
    ``b`` minus its members from the same article, and the supported ones are the member's
    neighbours inside that sample.
    """
    members_b = b.members
    by_article = b.by_article
    checked = supported = 0
    for i in a[:MERGE_SAMPLE]:
        same = by_article.get(article_ids[i])
        checked += b.size - len(same) if same else b.size
        near = neighbours[i]
        if near:
            # counted by set sizes (in C), not member by member
            common = members_b.intersection(near)
            if common:
                supported += len(common - same) if same else len(common)
    return checked == 0 or supported > MERGE_SUPPORT * checked


def _pair_codes(left: ClaimIndexes, right: ClaimIndexes, size: int) -> IntArray:
    """``left * size + right`` as int64, whatever the columns' integer type: widened inside
    the multiplication (the scored pairs' int32 columns would wrap around past 2**31), and
    added in place, so that one array of codes is made, not a widened copy besides."""
    # "unsafe" as ``np.asarray(..., dtype=np.int64)`` is: an empty float array of no links
    codes: IntArray = np.multiply(left, size, dtype=np.int64, casting="unsafe")
    np.add(codes, right, out=codes, casting="unsafe")
    return codes
