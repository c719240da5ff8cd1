"""The public Python API, re-exported from ``claimtrack``. Thin wrappers over the stages."""

from __future__ import annotations

from pathlib import Path

from claimtrack import parse
from claimtrack.check import check_draft, check_drafts
from claimtrack.compare import compare_claims
from claimtrack.errors import InputError
from claimtrack.models import Article, Claim, Kind
from claimtrack.options import Options
from claimtrack.pipeline import build_report
from claimtrack.sources import nothing_read_hint, read_sources


def extract_claims(text: str, options: Options | None = None) -> list[Claim]:
    """The claims of one article's text (boilerplate left out; check ``kind`` for facts)."""
    article = Article(id="text", path="<text>", source="text", text=text)
    return [
        c
        for c in parse.parse_article(article, options or Options())
        if c.kind is not Kind.BOILERPLATE
    ]


def article_claims(path: str | Path, options: Options | None = None) -> list[Claim]:
    """Every claim of the article(s) in one file, dropped ones included (``dropped`` says why)."""
    options = options or Options()
    read = read_sources([path], options)
    if not read.articles:
        reason = read.skipped[0].reason if read.skipped else "no article found"
        hint = nothing_read_hint(read.skipped, otherwise=None)
        raise InputError(f"{path} could not be read ({reason})", hint=hint)
    return [c for article in read.articles for c in parse.parse_article(article, options)]


__all__ = [
    "article_claims",
    "build_report",
    "check_draft",
    "check_drafts",
    "compare_claims",
    "extract_claims",
]
