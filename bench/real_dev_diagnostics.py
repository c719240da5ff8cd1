"""Diagnostics behind ``bench/eval_real_dev.py``'s listings: why a run scored a real_dev
event as it did, for a person reading the misses.

- ``conflict_listing``: every emitted conflict with both claims (to read false ones).
- ``miss_listing``: each gold agree pair the run did not find, with the claims covering its
  two sides, their clusters, and how the matcher scored each covering pair
  (``describe_pair``): unrelated, related but not one fact (and why), or one fact that
  grouping put in two clusters (then ``grouping_apart`` says which grouping rule did it); and
  a near miss, when one cluster holds a claim touching each side but a claim's range does not
  cover its side (the run paired the tellings; the cover rule misses them).
- ``similarity_links``: every pair the run links as one fact by frame similarity alone
  (``match.same_facts``' strong-similarity route, not a match by score), with whether grouping
  put it in one cluster: the pairs to read and label when that route's precision is measured.
- ``run_blocking_recall``: every cross-article pair of an event scored, and how many of its
  one-fact pairs (by score, by similarity alone) and merge-supporting pairs blocking proposed,
  with blocking's candidates per claim: what candidate blocking costs on a story-sized run.

Each re-keys the run's claims with the default ``Options``, as ``pipeline.analyse`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from claimtrack.evaluate import MissedAgreement, Span
from claimtrack.match import (
    ScoredPair,
    ScoredPairs,
    candidate_pairs,
    headlines,
    matches,
    merge_supports,
    same_facts,
    score_pairs,
)
from claimtrack.models import Claim, Cluster, Report
from claimtrack.normalize import MatchKey, normalize_claims
from claimtrack.options import Options


def conflict_listing(event: str, report: Report) -> str:
    """Every emitted conflict: event, type, values, and both claims with their articles."""
    lines: list[str] = []
    for cluster in report.clusters:
        for conflict in cluster.conflicts:
            a, b = (report.claim(i) for i in conflict.claim_ids)
            lines.append(
                f"{event} {conflict.type.value}: {conflict.values[0]!r} vs {conflict.values[1]!r}"
            )
            lines += [f"  {c.article_id}: {c.text}" for c in (a, b)]
    return "".join(f"{line}\n" for line in lines)


#: How ``describe_pair`` ends for a one-fact pair the grouping kept in two clusters.
KEPT_APART = "one fact, kept in two clusters by grouping"


def describe_pair(i: int, j: int, keys: Sequence[MatchKey], options: Options) -> str:
    """How the matcher scores claims ``i`` and ``j`` of ``keys`` (as ``score_pairs`` does in a
    run, the blocking aside): what keeps them out of one cluster."""
    scored = score_pairs(np.array([[i, j]], dtype=np.int64), keys, options)
    if len(scored) == 0:
        return "unrelated (below the related threshold or the token-set prefilter)"
    pair = scored[0]
    figures = f"score {pair.score:.1f}, similarity {pair.similarity:.1f}, tying words {pair.shared}"
    if same_facts(scored, options)[0]:
        return f"{figures}: {KEPT_APART}"
    reasons = [
        name
        for name, flag in (
            ("vetoed", pair.vetoed),
            ("other events", pair.other_events),
            ("other parties", pair.other_parties),
        )
        if flag
    ]
    if not reasons:
        reasons.append("related, not one fact" if pair.similarity > 0 else "no shared frame")
    if merge_supports(scored, keys)[0]:
        reasons.append("supports a merge")
    return f"{figures}: {', '.join(reasons)}"


def cross_pairs(
    cluster_i: Sequence[int], cluster_j: Sequence[int], article_ids: Sequence[str]
) -> npt.NDArray[np.int32]:
    """The (x, y) rows of two clusters' members from different articles: the pairs
    ``match.group``'s merge test counts (claims of one article never count against it)."""
    rows = [(x, y) for x in cluster_i for y in cluster_j if article_ids[x] != article_ids[y]]
    return np.array(rows, dtype=np.int32).reshape(-1, 2)


def strongest_partner(
    claim: int, scored: ScoredPairs, one_fact: npt.NDArray[np.bool_]
) -> ScoredPair | None:
    """The highest-scored one-fact pair of ``scored`` that holds ``claim`` (None if none):
    grouping merges pairs strongest first, so it is the pair that most likely put the claim
    in its cluster before a weaker one could take it elsewhere."""
    found = [
        k
        for k in np.flatnonzero(one_fact).tolist()
        if claim in (int(scored.left[k]), int(scored.right[k]))
    ]
    if not found:
        return None
    best: int = max(found, key=lambda k: (float(scored.score[k]), -k))
    return scored[best]


def grouping_apart(
    pair: tuple[int, int],
    clusters: tuple[Sequence[int], Sequence[int]],
    keys: Sequence[MatchKey],
    names: Sequence[str],
    article_ids: Sequence[str],
    proposed: set[tuple[int, int]],
    options: Options,
) -> list[str]:
    """Why grouping kept the one-fact ``pair`` (claim indexes) in its two ``clusters`` (the
    indexes of their members that took part in grouping, as the run ended them).

    First, how many cross-article pairs between the clusters are one fact or back a merge:
    ``match.group`` merges two groups only when strictly more than half of them are, so
    A~B and B~C never drag C into A. It sees only the pairs blocking ``proposed`` ((low,
    high) indexes); the count with every pair scored says what blocking cost. (The conflict
    links it also counts are left out; the clusters are the run's last ones, which the
    refused merge test saw smaller.) Then, for each side, a stronger one-fact pair inside its
    own cluster: groups merge strongest pair first, so that pair took the claim first."""
    cross = cross_pairs(clusters[0], clusters[1], article_ids)
    scored = score_pairs(cross, keys, options)
    backed = same_facts(scored, options) | merge_supports(scored, keys)
    seen = _proposed(scored, proposed)
    lines = [
        f"    grouping: {int((backed & seen).sum())} of {len(cross)} cross-article pairs "
        "between the two clusters are one fact or back a merge; a merge needs more than half "
        f"({int(backed.sum())} with every pair scored, not only those blocking proposed)"
    ]
    own = score_pairs(np.array([pair], dtype=np.int32), keys, options)
    for claim, cluster in zip(pair, clusters, strict=True):
        inside = cross_pairs([claim], [m for m in cluster if m != claim], article_ids)
        partners = score_pairs(inside, keys, options)
        one_fact = same_facts(partners, options) & _proposed(partners, proposed)
        partner = strongest_partner(claim, partners, one_fact)
        if partner is None or partner.score <= own.score[0]:
            continue
        other = partner.right if partner.left == claim else partner.left
        lines.append(
            f"    {names[claim]} has a stronger one-fact partner in its cluster, {names[other]} "
            f"(score {partner.score:.1f}, similarity {partner.similarity:.1f}): merged first"
        )
    return lines


def _proposed(scored: ScoredPairs, proposed: set[tuple[int, int]]) -> npt.NDArray[np.bool_]:
    """Which ``scored`` pairs blocking proposed."""
    return np.array(
        [
            (min(i, j), max(i, j)) in proposed
            for i, j in zip(scored.left.tolist(), scored.right.tolist(), strict=True)
        ],
        dtype=bool,
    )


def proposed_pairs(
    claims: Sequence[Claim], keys: Sequence[MatchKey], options: Options
) -> tuple[set[tuple[int, int]], dict[int, int]]:
    """The (low, high) pairs blocking proposes in a run and the headlines folded into their
    lead (``pipeline.analyse``: the folded ones take no part in grouping)."""
    folded = headlines.restated_headlines(claims, keys)
    article_ids = [c.article_id for c in claims]
    rows = candidate_pairs(article_ids, headlines.blocking_view(keys, folded), options)
    return {(min(i, j), max(i, j)) for i, j in rows.tolist()}, folded


def miss_listing(event: str, report: Report, misses: list[MissedAgreement]) -> str:
    """Every missed agree pair of one event: both gold quotes, then each pair of covering
    claims with their clusters and ``describe_pair``."""
    options = Options()
    eligible = [c for c in report.claims if c.kind in options.kinds]
    index = {c.id: n for n, c in enumerate(eligible)}
    names = [c.id for c in eligible]
    article_ids = [c.article_id for c in eligible]
    keys = normalize_claims(eligible, options)
    cluster_of = {m: c for c in report.clusters for m in c.claim_ids}

    proposed, folded = proposed_pairs(eligible, keys, options)

    def members(claim_id: str) -> list[int]:
        """The indexes of the claim's cluster that took part in grouping."""
        found = (index.get(m) for m in cluster_of[claim_id].claim_ids)
        return [m for m in found if m is not None and m not in folded]

    def named(claim: Claim) -> str:
        cluster = cluster_of[claim.id]
        size = len(cluster.claim_ids)
        return f"{claim.id} [{cluster.id} {cluster.verdict.value}, {size} claims] {claim.text!r}"

    lines: list[str] = []
    for miss in misses:
        lines.append(f"{event} missed: {miss.a.file} {miss.a.quote!r}")
        lines.append(f"  ~ {miss.b.file} {miss.b.quote!r}")
        if not miss.covering_a or not miss.covering_b:
            side = miss.a if not miss.covering_a else miss.b
            lines.append(f"  no clustered claim covers the {side.file} side")
        for x in miss.covering_a:
            for y in miss.covering_b:
                lines.append(f"  {named(report.claim(x))}")
                lines.append(f"  {named(report.claim(y))}")
                description = describe_pair(index[x], index[y], keys, options)
                lines.append(f"    {description}")
                if description.endswith(KEPT_APART):
                    pair = (index[x], index[y])
                    clusters = (members(x), members(y))
                    lines += grouping_apart(
                        pair, clusters, keys, names, article_ids, proposed, options
                    )
        lines += near_misses(report, miss, cluster_of)
    return "".join(f"{line}\n" for line in lines)


def by_similarity_alone(scored: ScoredPairs, options: Options) -> npt.NDArray[np.bool_]:
    """Which ``scored`` pairs are one fact (``same_facts``) without being a match by score
    (``matches``): linked by the strong frame similarity and its tying words alone."""
    return np.asarray(same_facts(scored, options) & ~matches(scored, options), dtype=bool)


def similarity_links(event: str, report: Report) -> str:
    """Every pair of the run (blocking's, scored as in the run) linked ``by_similarity_alone``,
    strongest score first: both claims, the figures, and whether grouping put the two in one
    cluster (a link grouping overruled did no harm, one it followed did)."""
    options = Options()
    eligible = [c for c in report.claims if c.kind in options.kinds]
    keys = normalize_claims(eligible, options)
    proposed, _ = proposed_pairs(eligible, keys, options)
    rows = np.array(sorted(proposed), dtype=np.int32).reshape(-1, 2)
    scored = score_pairs(rows, keys, options)
    cluster_of = {m: c.id for c in report.clusters for m in c.claim_ids}
    found = np.flatnonzero(by_similarity_alone(scored, options)).tolist()
    found.sort(key=lambda k: (-float(scored.score[k]), k))
    lines = [f"{event}: {len(found)} of {len(scored)} scored pairs one fact by similarity alone"]
    for k in found:
        a, b = eligible[int(scored.left[k])], eligible[int(scored.right[k])]
        together = cluster_of.get(a.id) is not None and cluster_of.get(a.id) == cluster_of.get(b.id)
        lines.append(
            f"  score {scored.score[k]:.1f}, similarity {scored.similarity[k]:.1f}, tying words "
            f"{scored.shared[k]}, {'one cluster' if together else 'two clusters'}"
        )
        lines += [f"    {c.id} {c.text!r}" for c in (a, b)]
    return "".join(f"{line}\n" for line in lines)


@dataclass(frozen=True)
class Recall:
    """How many of the pairs of one kind blocking proposed, of all there are."""

    proposed: int
    every: int

    def __add__(self, other: Recall) -> Recall:
        return Recall(self.proposed + other.proposed, self.every + other.every)

    def __str__(self) -> str:
        share = f"{self.proposed / self.every:.2f}" if self.every else "-"
        return f"{share} ({self.proposed}/{self.every})"


@dataclass(frozen=True)
class BlockingRecall:
    """What blocking proposed against every cross-article pair of a run's claims."""

    claims: int
    cross: int
    proposed: int
    one_fact: Recall
    by_score: Recall
    by_similarity: Recall
    backs_merge: Recall

    def __add__(self, other: BlockingRecall) -> BlockingRecall:
        return BlockingRecall(
            self.claims + other.claims,
            self.cross + other.cross,
            self.proposed + other.proposed,
            self.one_fact + other.one_fact,
            self.by_score + other.by_score,
            self.by_similarity + other.by_similarity,
            self.backs_merge + other.backs_merge,
        )

    def line(self, name: str) -> str:
        # a pair holds two claims: each proposed pair is a candidate of both
        per_claim = 2 * self.proposed / self.claims if self.claims else 0.0
        return (
            f"{name}: {self.claims} claims, {self.cross} cross-article pairs, blocking "
            f"proposed {self.proposed} ({per_claim:.1f} candidates per claim); one fact "
            f"{self.one_fact} (by score {self.by_score}, by similarity alone "
            f"{self.by_similarity}); backing a merge only {self.backs_merge}"
        )


def every_cross_pair(article_ids: Sequence[str], left_out: set[int]) -> npt.NDArray[np.int32]:
    """The (i < j) rows of every pair of claims from different articles, but those of
    ``left_out`` (headlines folded into their lead take no part in grouping)."""
    n = len(article_ids)
    rows = [
        (i, j)
        for i in range(n)
        for j in range(i + 1, n)
        if article_ids[i] != article_ids[j] and i not in left_out and j not in left_out
    ]
    return np.array(rows, dtype=np.int32).reshape(-1, 2)


def blocking_recall(
    keys: Sequence[MatchKey],
    article_ids: Sequence[str],
    proposed: set[tuple[int, int]],
    left_out: set[int],
    options: Options,
) -> BlockingRecall:
    """Every cross-article pair scored, and how many of each kind are among the ``proposed``
    (low, high) pairs: one fact (``same_facts``), split into matches by score and links by
    frame similarity alone, and pairs that back a merge without being one fact."""
    rows = every_cross_pair(article_ids, left_out)
    scored = score_pairs(rows, keys, options)
    seen = _proposed(scored, proposed)
    one_fact = same_facts(scored, options)
    by_score = one_fact & matches(scored, options)
    backs_merge = merge_supports(scored, keys) & ~one_fact

    def recall(kind: npt.NDArray[np.bool_]) -> Recall:
        return Recall(int((kind & seen).sum()), int(kind.sum()))

    return BlockingRecall(
        claims=len(keys) - len(left_out),
        cross=len(rows),
        proposed=len(proposed),
        one_fact=recall(one_fact),
        by_score=recall(by_score),
        by_similarity=recall(one_fact & ~by_score),
        backs_merge=recall(backs_merge),
    )


def run_blocking_recall(report: Report) -> BlockingRecall:
    """``blocking_recall`` of a run's claims, keyed and proposed as the run does."""
    options = Options()
    eligible = [c for c in report.claims if c.kind in options.kinds]
    keys = normalize_claims(eligible, options)
    proposed, folded = proposed_pairs(eligible, keys, options)
    article_ids = [c.article_id for c in eligible]
    return blocking_recall(keys, article_ids, proposed, set(folded), options)


def near_misses(report: Report, miss: MissedAgreement, cluster_of: dict[str, Cluster]) -> list[str]:
    """Clusters that hold a claim touching each side of the gold pair when one of those
    claims does not cover its side (the cover rule wants half of the shorter range): the run
    put the two tellings together, and only the claim's range misses the gold's. A claim
    whose text leaves out words inside its range ("Ms. Ruiz, who ..., later apologised")
    spans them all."""
    touching_a = [c for c in report.claims if c.id in cluster_of and _touches(c, miss.a)]
    touching_b = [c for c in report.claims if c.id in cluster_of and _touches(c, miss.b)]
    lines = []
    for x in touching_a:
        for y in touching_b:
            cluster = cluster_of[x.id]
            if cluster is not cluster_of[y.id]:
                continue
            if x.id in miss.covering_a and y.id in miss.covering_b:
                continue
            lines.append(
                f"  near miss: {x.id} and {y.id} share {cluster.id}, but "
                + " and ".join(
                    f"{c.id} ({c.start}-{c.end}) does not cover {side.start}-{side.end}"
                    for c, side, covering in (
                        (x, miss.a, miss.covering_a),
                        (y, miss.b, miss.covering_b),
                    )
                    if c.id not in covering
                )
            )
    return lines


def _touches(claim: Claim, span: Span) -> bool:
    return claim.article_id == span.file and claim.start < span.end and span.start < claim.end
