"""Pairs of claims of one story that rank parties for one thing in ways that cannot both
hold ("Norland is the largest steel exporter to Vessia" / "Ostrava is the largest exporter of
steel to Vessia"), linked so the grouper puts them side by side (``rank_links``): sentences
about two named parties are otherwise kept apart."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.links import _in_one_story, cross_article_pairs
from claimtrack.judge.ranks import ranked_conflicts
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def rank_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story with a ``rank_conflicts`` conflict,
    compared within buckets of one ranked noun, never all pairs. ``table``: the run's
    ``ClaimTable`` when the caller holds it (each claim's ``ranks`` and article)."""
    table = table or ClaimTable(claims, keys)
    claim_ranks = table.ranks
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, found in enumerate(claim_ranks):
        if not found:
            continue  # most claims rank nothing
        for kind, noun in sorted({(r.kind, r.noun) for r in found}):
            buckets.setdefault((kind, noun), []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    # the pair test first: few pairs pass it, and the story test reads every matched pair
    ranked_apart = {
        (x, y)
        for x, y in candidates
        if ranked_conflicts(claims[x], claim_ranks[x], claims[y], claim_ranks[y])
    }
    return _in_one_story(ranked_apart, keys, arrays, table)
