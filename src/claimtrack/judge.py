"""Judge stage: groups of matched claims -> clusters with verdicts and typed conflicts.

First version: numeric conflicts only. Issue #4 replaces the insides.
"""

from __future__ import annotations

from claimtrack.models import (
    CertaintyNote,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Severity,
    Verdict,
)
from claimtrack.normalize import MatchKey


def judge_pair(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """The typed differences between two claims already judged to be about the same thing."""
    conflicts: list[Conflict] = []
    for na in a.numbers:
        for nb in b.numbers:
            if na.counts and na.counts == nb.counts and _disjoint(na.low, na.high, nb.low, nb.high):
                conflicts.append(
                    Conflict(
                        type=ConflictType.NUMERIC,
                        claim_ids=(a.id, b.id),
                        values=(na.text, nb.text),
                        explanation=f"{na.text} vs {nb.text}",
                        value_spans=((na.start, na.end), (nb.start, nb.end)),
                    )
                )
    return conflicts, []


def _disjoint(lo1: float | None, hi1: float | None, lo2: float | None, hi2: float | None) -> bool:
    inf = float("inf")
    return (hi1 if hi1 is not None else inf) < (lo2 if lo2 is not None else -inf) or (
        hi2 if hi2 is not None else inf
    ) < (lo1 if lo1 is not None else -inf)


def make_cluster(
    number: int,
    members: list[Claim],
    conflicts: list[Conflict],
    notes: list[CertaintyNote],
    independent_sources: tuple[str, ...],
) -> Cluster:
    if any(c.severity is Severity.CONTRADICTION for c in conflicts):
        verdict = Verdict.CONFLICT
    elif len(independent_sources) >= 2:
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.SINGLE_SOURCE
    return Cluster(
        id=f"c{number}",
        verdict=verdict,
        claim_ids=tuple(c.id for c in members),
        representative_id=members[0].id,
        sources=tuple(sorted({c.source for c in members})),
        independent_sources=independent_sources,
        conflicts=tuple(conflicts),
        certainty_notes=tuple(notes),
    )
