"""Clusters: each group of claims becomes a ``Cluster`` with its verdict, conflicts, certainty
notes and first report (``build_clusters``, ``judge_group``, ``make_cluster``).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack.collector import collection_paused
from claimtrack.judge.arrays import BoolArray, IntArray, ScoredArrays
from claimtrack.judge.dates import _date_conflicts, relative_day_conflicts
from claimtrack.judge.judgements import PairJudgements
from claimtrack.judge.pair import certainty_notes, contradicts
from claimtrack.judge.reasons import _reason_conflicts
from claimtrack.judge.roles import place_notes
from claimtrack.match import ScoredPair, ScoredPairs
from claimtrack.models import (
    Article,
    CertaintyNote,
    Claim,
    Cluster,
    Conflict,
    Verdict,
    compact_cluster,
)
from claimtrack.normalize import MatchKey
from claimtrack.options import Options

#: Most claim pairs judged for one pair of articles inside a cluster, closest first.
PAIRS_PER_OUTLETS = 4


def judge_group(
    pairs: Sequence[ScoredPair],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    matched: set[tuple[int, int]],
    options: Options,
    explained: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    dated: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    judgements: PairJudgements | None = None,
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """Every typed difference between the related pairs of one group, once per pair of
    articles and value pair, so each pair of outlets that disagree shows its evidence.

    Only pairs the matcher found related are judged: two members that merely sit in one
    cluster through others may be about different details of the event. Pairs in
    ``explained`` give causes of one event (``reason_links``): their causes are compared;
    pairs in ``dated`` date one piece of news (``news_date_links``): their days are."""
    judgements = judgements or PairJudgements(claims, keys, options)
    # Closest pairs first: when two pairs of the same outlets show the same difference, the
    # report keeps the pair that lines up best (the body sentence, not a loose headline).
    ordered = sorted(pairs, key=lambda p: (-p.similarity, -p.score, p.key))
    return _judge_rows(
        [p.left for p in ordered],
        [p.right for p in ordered],
        [p.similarity for p in ordered],
        [p.key in matched for p in ordered],
        claims,
        options,
        explained,
        dated,
        judgements,
    )


def _judge_rows(
    left: Sequence[int],
    right: Sequence[int],
    similarities: Sequence[float],
    matched: Sequence[int],
    claims: Sequence[Claim],
    options: Options,
    explained: set[tuple[int, int]] | frozenset[tuple[int, int]],
    dated: set[tuple[int, int]] | frozenset[tuple[int, int]],
    judgements: PairJudgements,
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """``judge_group`` of pairs given as Python lists, closest first (claim indexes,
    similarity, whether the pair states the same fact, as a bool or 0/1):
    ``build_clusters`` turns the columns of all groups into lists once, not group by group."""
    conflicts: list[Conflict] = []
    notes: list[CertaintyNote] = []
    seen: set[tuple[str, ...]] = set()
    judged: dict[tuple[str, str], int] = {}
    threshold = options.related_threshold
    for i, j, similarity, same in zip(left, right, similarities, matched, strict=True):
        key = (i, j)
        a, b = claims[i], claims[j]
        outlets = (a.article_id, b.article_id)
        count = judged[outlets] = judged.get(outlets, 0) + 1
        if count > PAIRS_PER_OUTLETS and key not in dated and key not in explained:
            # A big cluster: the closest pairs of two articles tell their story. Two days
            # or two causes of one event were linked to be compared: they always are (a
            # closer restatement of one side must not push them out).
            continue
        if similarity >= threshold or same:
            found = judgements.conflicts(i, j)
            if same:
                notes += certainty_notes(a, b)
                if a.dates and b.dates and not found:  # one fact: how long ago must agree
                    found = relative_day_conflicts(a, b)
                # one fact at two named places: shown, never a contradiction
                found = found + place_notes(a, b)
        elif key in explained:  # two causes of one event: the causes are compared
            found = _reason_conflicts(judgements.facts(i), judgements.facts(j))
        elif key in dated:  # two days for one piece of news
            found = _date_conflicts(judgements.facts(i), judgements.facts(j))
        else:  # linked by a figure (or a whole and a part) only: that is all compared
            found = judgements.linked(i, j)
        if found:
            _keep_new(found, {a.id: a.article_id, b.id: b.article_id}, seen, conflicts)
    return conflicts, notes


def _keep_new(
    found: Iterable[Conflict],
    article_of: Mapping[str, str],
    seen: set[tuple[str, ...]],
    kept: list[Conflict],
) -> None:
    """Add to ``kept`` each conflict whose signature is not yet in ``seen``."""
    for conflict in found:
        # Each value stays with its article: "killed 12, injured 21" against "killed 21,
        # injured 12" is two differences, a restatement of "12 vs 21" by the same two
        # outlets is one.
        (id_a, id_b), (value_a, value_b) = conflict.claim_ids, conflict.values
        side_a = (article_of[id_a], value_a.lower())
        side_b = (article_of[id_b], value_b.lower())
        if side_b < side_a:  # in order, whichever claim the pair names first
            side_a, side_b = side_b, side_a
        signature = (conflict.type.value, *side_a, *side_b)
        if signature not in seen:
            seen.add(signature)
            kept.append(conflict)


def make_cluster(
    number: int,
    members: list[Claim],
    conflicts: list[Conflict],
    notes: list[CertaintyNote],
    independent_sources: tuple[str, ...],
    *,
    representative: Claim | None = None,
    published: Mapping[str, dt.date | None] | None = None,
    shared: dict[tuple[str, ...], tuple[str, ...]] | None = None,
) -> Cluster:
    """The cluster of one group. ``shared`` (the same dict for every cluster of a run)
    makes equal tuples of source names one object each."""
    if conflicts and contradicts(conflicts):  # most clusters have none to look through
        verdict = Verdict.CONFLICT
    elif len(independent_sources) >= 2:
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.SINGLE_SOURCE
    first, first_on = _first_reported(members, published or {})
    sources = (members[0].source,) if len(members) == 1 else _sources(members)
    independent = tuple(independent_sources)
    if shared is not None:
        # WHY: most clusters are one claim, and their three tuples of source names (64
        # bytes each) repeat the few sources of the archive: 75 MB at 10,000 articles.
        share = shared.setdefault
        sources, independent, first = (
            share(sources, sources),
            share(independent, independent),
            share(first, first),
        )
    # Built without validation: every field below has the model's exact type already.
    return compact_cluster(
        {
            "id": f"c{number}",
            "verdict": verdict,
            "claim_ids": tuple([c.id for c in members]),
            "representative_id": (representative or members[0]).id,
            "sources": sources,
            "independent_sources": independent,
            "conflicts": tuple(conflicts),
            "certainty_notes": tuple(notes),
            "first_reported": first,
            "first_reported_on": first_on,
        }
    )


def _sources(members: Sequence[Claim]) -> tuple[str, ...]:
    return tuple(sorted({c.source for c in members}))


def _first_reported(
    members: Sequence[Claim], published: Mapping[str, dt.date | None]
) -> tuple[tuple[str, ...], dt.date | None]:
    # one pass, no list per cluster: most clusters are a single claim
    earliest: dt.date | None = None
    sources: set[str] = set()
    for claim in members:
        day = published.get(claim.article_id)
        if day is None:
            continue
        if earliest is None or day < earliest:
            earliest, sources = day, {claim.source}
        elif day == earliest:
            sources.add(claim.source)
    if earliest is None:
        return (), None
    return tuple(sorted(sources)), earliest


def publication_dates(articles: Iterable[Article]) -> dict[str, dt.date | None]:
    return {a.id: a.published for a in articles}


def _unscored(pairs: Sequence[ScoredPair], arrays: ScoredArrays, size: int) -> list[ScoredPair]:
    """``pairs`` that are not among the scored ones, each once, in their order."""
    if not pairs:
        return []
    # one int per pair: a set of 200,000 ints is built and searched faster than np.isin sorts
    # int64: the columns are int32, and ``left * size`` would wrap around
    codes = np.multiply(arrays.left, size, dtype=np.int64)
    codes += arrays.right
    scored = set(codes.tolist())
    del codes
    unique = {p.key: p for p in pairs if p.left * size + p.right not in scored}
    return list(unique.values())


@dataclass(frozen=True)
class _GroupPairs:
    """The judged pairs of every group, in ``judge_group``'s order, group after group: one
    ``ScoredPairs`` of all of them, each row's ``ScoredArrays.matched``, and where each
    group's rows are (by the group's index). No object per pair."""

    pairs: ScoredPairs
    matched: BoolArray
    bounds: dict[int, tuple[int, int]]

    def of(self, group: int) -> tuple[ScoredPairs, BoolArray] | None:
        """The group's pairs and their ``matched`` flags, or None if it has none."""
        found = self.bounds.get(group)
        if found is None:
            return None
        rows = slice(*found)
        return self.pairs[rows], self.matched[rows]

    def rows_of(self, group: int) -> _Rows | None:
        """``of`` as Python lists (left, right, similarity, matched), or None: slices of
        lists made once for all groups, not four arrays sliced and listed per group."""
        found = self.bounds.get(group)
        if found is None:
            return None
        start, end = found
        left, right, similarity, matched = self._lists
        return left[start:end], right[start:end], similarity[start:end], matched[start:end]

    @cached_property
    def _lists(self) -> _Rows:
        # Arrays of machine numbers, not lists: in a list each index past 256 and each
        # similarity is an object of its own (32 and 24 bytes), alive through the loop over
        # the groups, the run's peak; an element read from an array costs what one does
        # from a list.
        # The claims as C ints (4 bytes, as ``ScoredPairs`` holds them), not "q": 8 bytes
        # less a judged pair, read back as the same Python ints.
        pairs = self.pairs
        return (
            _machine_array("i", pairs.left, np.int32),
            _machine_array("i", pairs.right, np.int32),
            _machine_array("d", pairs.similarity, np.float64),
            # one byte a pair (0 or 1), not a list's 8-byte slot per pair
            self.matched.tobytes(),
        )


def _machine_array(code: str, column: npt.NDArray[Any], dtype: type[np.generic]) -> array[Any]:
    found = array(code)
    if found.itemsize != np.dtype(dtype).itemsize:  # a C int of another size
        found.extend(column.tolist())
        return found
    found.frombytes(np.ascontiguousarray(column, dtype=dtype).tobytes())
    return found


#: The judged pairs of a group: left and right claim indexes, similarity, matched.
_Rows = tuple[Sequence[int], Sequence[int], Sequence[float], bytes]


def _related_by_group(
    groups: Sequence[Sequence[int]],
    arrays: ScoredArrays,
    extra: Sequence[ScoredPair],
    linked: set[tuple[int, int]],
    options: Options,
    size: int,
) -> _GroupPairs:
    """The pairs inside each group (by its index) that are judged: related, matched or
    linked, in ``judge_group``'s order (closest first), which one sort of all of them gives
    each group at once. ``extra`` pairs are unscored links (none of them matched)."""
    group_of = np.full(size, -1, np.int64)
    for number, members in enumerate(groups):
        group_of[list(members)] = number
    scored = arrays.columns
    # related or matched (or linked, looked up below); the extra pairs are all links
    judged = (scored.similarity >= options.related_threshold) | arrays.same_fact
    inside = _inside(group_of, scored)
    unsure = np.flatnonzero(inside & ~judged)
    judged[unsure] = [
        key in linked
        for key in zip(scored.left[unsure].tolist(), scored.right[unsure].tolist(), strict=True)
    ]
    unscored = ScoredPairs.of(extra)
    # only the judged pairs are gathered: a copy of all the scored ones is not needed
    rows = np.flatnonzero(inside & judged)
    also = _inside(group_of, unscored)
    pairs = ScoredPairs.concat([scored[rows], unscored[also]])
    matched = np.concatenate([arrays.matched[rows], np.zeros(int(also.sum()), np.bool_)])
    left, right = pairs.left, pairs.right
    # the order of ``judge_group``: similarity, then score (both descending), then claims
    order = np.lexsort((right, left, -pairs.score, -pairs.similarity))
    # then by group, each group's pairs staying in that order (a stable sort)
    order = order[np.argsort(group_of[left[order]], kind="stable")]
    pairs, matched = pairs[order], matched[order]
    numbers, starts = np.unique(group_of[pairs.left], return_index=True)
    ends = [*starts[1:].tolist(), len(pairs)][: len(starts)]
    bounds = {
        number: (start, end)
        for number, start, end in zip(numbers.tolist(), starts.tolist(), ends, strict=True)
    }
    return _GroupPairs(pairs, matched, bounds)


def _inside(group_of: IntArray, pairs: ScoredPairs) -> BoolArray:
    """Both claims of the pair are in one group."""
    group = group_of[pairs.left]
    return np.asarray((group == group_of[pairs.right]) & (group >= 0), dtype=bool)


def _degrees(arrays: ScoredArrays, size: int) -> list[int]:
    """How many matched pairs each claim index is in (a pair scored twice counts once)."""
    if not len(arrays.left):
        return [0] * size
    codes = arrays.same_fact_codes
    ends = np.concatenate([codes // arrays.width, codes % arrays.width])
    return np.bincount(ends, minlength=size).tolist()  # type: ignore[no-any-return]


def build_clusters(
    groups: Sequence[Sequence[int]],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    articles: Sequence[Article],
    counts_as: Mapping[str, str],
    options: Options,
    links: Sequence[tuple[int, int]] = (),
    judged: PairJudgements | None = None,
    *,
    release_groups: bool = False,
) -> list[Cluster]:
    """One cluster per group, with its verdict, conflicts, notes and first report.

    With ``release_groups`` (``groups`` must then be a list), each group in ``groups`` is
    replaced by an empty tuple once its cluster is built. WHY: a run's groups (a list and
    an int object per claim, about 50 MB at 10,000 articles) were alive to the end of this
    stage beside the clusters built from them, the judge's peak; released one by one, the
    clusters take the memory the groups leave."""
    judged = judged or PairJudgements(claims, keys, options)
    with collection_paused():
        return _build_clusters(
            groups, claims, scored, articles, counts_as, options, links, judged, release_groups
        )


def _build_clusters(
    groups: Sequence[Sequence[int]],
    claims: Sequence[Claim],
    scored: Sequence[ScoredPair],
    articles: Sequence[Article],
    counts_as: Mapping[str, str],
    options: Options,
    links: Sequence[tuple[int, int]],
    judged: PairJudgements,
    release_groups: bool,
) -> list[Cluster]:
    arrays = judged.arrays(scored)
    linked = set(links)
    # Causes of one event are compared even when their sentences share too little to be
    # scored: "the decision was taken for logistical reasons" / "Tehran pulled out in protest".
    explained = [ScoredPair(i, j, 0.0, 0.0) for i, j in judged.reasons() if (i, j) in linked]
    # Two days for one piece of news, or for one act: their days are compared.
    dated = [
        ScoredPair(i, j, 0.0, 0.0)
        for i, j in [*judged.news_dates(scored), *judged.act_days(scored)]
        if (i, j) in linked
    ]
    # Figures for one count in otherwise different sentences: judged by their figures alone.
    figured = [ScoredPair(i, j, 0.0, 0.0) for i, j in judged.figures(scored) if (i, j) in linked]
    extra = _unscored([*explained, *dated, *figured], arrays, len(claims))
    related = _related_by_group(groups, arrays, extra, linked, options, len(claims))
    degree = _degrees(arrays, len(claims))
    published = publication_dates(articles)
    # built once: rebuilding them per group made clustering quadratic in the number of links
    explained_keys = {e.key for e in explained}
    dated_keys = {e.key for e in dated}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    clusters: list[Cluster] = []
    released = groups if release_groups and isinstance(groups, list) else None
    for number, members in enumerate(groups, start=1):
        if released is not None:
            released[number - 1] = ()
        member_claims = [claims[i] for i in members]
        found = related.rows_of(number - 1)
        conflicts, notes = (
            _judge_rows(*found, claims, options, explained_keys, dated_keys, judged)
            if found
            else ([], [])
        )
        independent = (
            (counts_as[member_claims[0].article_id],)
            if len(member_claims) == 1  # most groups: no set to sort
            else tuple(sorted({counts_as[c.article_id] for c in member_claims}))
        )
        # The representative is the member most others matched (the group's medoid).
        centre = members[0] if len(members) == 1 else max(members, key=lambda i: (degree[i], -i))
        clusters.append(
            make_cluster(
                number,
                member_claims,
                conflicts,
                notes,
                independent,
                representative=claims[centre],
                published=published,
                shared=shared,
            )
        )
    return clusters
