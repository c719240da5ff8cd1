"""A stand-in for ``pipeline.analyse`` with rules simple enough to predict in a test.

``check`` must read verdicts from whatever ``analyse`` returns; these tests pin that reading
without depending on what the real matcher finds. Claims whose words agree once numbers are
blanked out form one cluster, and two of them from different articles with different numbers
are a numeric conflict. An article whose name starts with ``copy-`` republishes ``wire.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimtrack.models import (
    Article,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Republication,
    Verdict,
)
from claimtrack.options import Options


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(re.findall(r"\w+", text.lower())))


def fake_analyse(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    options: Options,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[list[Cluster], list[Republication]]:
    by_id = {a.id: a for a in articles}
    copies = [
        Republication(article_id=a.id, original_id="wire.md", shared=1.0)
        for a in articles
        if a.id.startswith("copy-") and "wire.md" in by_id
    ]
    original = {r.article_id: r.original_id for r in copies}
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind in options.kinds:
            groups.setdefault(_key(claim.text), []).append(claim)
    clusters = []
    for number, members in enumerate(groups.values(), start=1):
        conflicts = [
            Conflict(
                type=ConflictType.NUMERIC,
                claim_ids=(a.id, b.id),
                values=(" ".join(re.findall(r"\d+", a.text)), " ".join(re.findall(r"\d+", b.text))),
                explanation="the numbers differ",
            )
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if a.article_id != b.article_id
            and re.findall(r"\d+", a.text) != re.findall(r"\d+", b.text)
        ]
        independent = sorted(
            {by_id[original.get(c.article_id, c.article_id)].source for c in members}
        )
        verdict = (
            Verdict.CONFLICT
            if conflicts
            else Verdict.AGREE
            if len(independent) > 1
            else Verdict.SINGLE_SOURCE
        )
        clusters.append(
            Cluster(
                id=f"c{number}",
                verdict=verdict,
                claim_ids=tuple(c.id for c in members),
                representative_id=members[0].id,
                sources=tuple(sorted({c.source for c in members})),
                independent_sources=tuple(independent),
                conflicts=tuple(conflicts),
            )
        )
    return clusters, copies
