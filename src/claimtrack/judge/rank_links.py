"""Pairs of claims of one story that rank parties for one thing in ways that cannot both
hold ("Norland is the largest steel exporter to Vessia" / "Ostrava is the largest exporter of
steel to Vessia"), linked so the grouper puts them side by side (``rank_links``): sentences
about two named parties are otherwise kept apart."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimtrack.judge.arrays import ScoredArrays
from claimtrack.judge.links import MAX_REASON_BUCKET, _in_one_story
from claimtrack.judge.ranks import rank_conflicts, ranks
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def rank_links(
    claims: Sequence[Claim], keys: Sequence[MatchKey], arrays: ScoredArrays
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story with a ``rank_conflicts`` conflict,
    compared within buckets of one ranked noun, never all pairs."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        found = ranks(claim.text)
        if not found:
            continue  # most claims rank nothing
        for kind, noun in sorted({(r.kind, r.noun) for r in found}):
            buckets.setdefault((kind, noun), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_REASON_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            if claims[x].article_id != claims[y].article_id:
                candidates.add((x, y))
    # the pair test first: few pairs pass it, and the story test reads every matched pair
    ranked_apart = {(x, y) for x, y in candidates if rank_conflicts(claims[x], claims[y])}
    return _in_one_story(ranked_apart, claims, keys, arrays)
