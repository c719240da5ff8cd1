"""Which articles republish another one, so that a copy counts once as a source.

First version: none detected. Issue #4 replaces the insides.
"""

from __future__ import annotations

from claimtrack.models import Article, Claim, Republication
from claimtrack.options import Options


def find_republications(
    articles: list[Article], claims: list[Claim], options: Options
) -> list[Republication]:
    return []


def independent_source_of(
    articles: list[Article], republications: list[Republication]
) -> dict[str, str]:
    """article id -> the source it counts as (the original's, for a copy)."""
    source = {a.id: a.source for a in articles}
    original = {r.article_id: r.original_id for r in republications}
    return {a.id: source[original.get(a.id, a.id)] for a in articles}
