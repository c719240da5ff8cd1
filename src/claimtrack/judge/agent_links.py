"""Pairs of claims of one story that name two doers of one act done to one thing ("The
packs were made by Kestrel Cells, a supplier based in Norvik" / "The packs were built by
Torvik itself at its plant"), linked so that the judge compares them (``agent_links``): the
rest of each sentence tells other things, too much for the matcher to line them up."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.links import _in_one_story, cross_article_pairs
from claimtrack.judge.roles import SOURCE_MARK, agent_conflicts
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def agent_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story with an ``agent_conflicts`` conflict
    between the named doers of their passives (not the sources after "from", which the
    matcher's own pairs compare), within buckets of one verb, never all pairs. ``table``:
    the run's ``ClaimTable`` when the caller holds it (each claim's agents and article)."""
    table = table or ClaimTable(claims, keys)
    found = table.agents
    buckets: dict[str, list[int]] = {}
    for i in sorted(found):  # most claims name no doer of a passive
        for verb in sorted({a.verb for a in found[i] if not a.verb.startswith(SOURCE_MARK)}):
            buckets.setdefault(verb, []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    # the pair test first: few pairs pass it, and the story test reads every matched pair
    done_apart = {
        (x, y) for x, y in candidates if agent_conflicts(claims[x], found[x], claims[y], found[y])
    }
    return _in_one_story(done_apart, keys, arrays, table)
