"""Pairs of claims of one story that give one act on one thing two named doers ("A group
called Red Owl claimed responsibility for the hack" / "A hacking group known as Blue Finch
claimed responsibility for the hack on Friday"), linked so the grouper puts them side by
side (``doer_links``): sentences about two named parties share few words besides the act,
and are otherwise kept apart (two parties, two facts)."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.doers import doer_conflicts
from claimtrack.judge.links import _in_one_story, cross_article_pairs
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def doer_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story with a ``doer_conflicts`` conflict,
    compared within buckets of one act ("owns attack", "fire rocket"), never all pairs.
    ``table``: the run's ``ClaimTable`` when the caller holds it (each claim's ``Doer``
    and article)."""
    table = table or ClaimTable(claims, keys)
    doers = table.doers
    buckets: dict[str, list[int]] = {}
    for i in sorted(doers):  # most claims name no doer of an act
        buckets.setdefault(doers[i].act, []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    # the pair test first: few pairs pass it, and the story test reads every matched pair
    done_apart = {
        (x, y) for x, y in candidates if doer_conflicts(claims[x], doers[x], claims[y], doers[y])
    }
    return _in_one_story(done_apart, keys, arrays, table)
