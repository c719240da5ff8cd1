"""Parse a text as one article and read back its claims, for parser tests."""

from __future__ import annotations

from claimtrack.models import Article, Claim, Kind
from claimtrack.parse import parse_article
from claimtrack.parse.attribution import find_attribution


def parse(text: str) -> list[Claim]:
    """Every claim of ``text`` read as one article (facts, dropped text and all)."""
    return parse_article(Article(id="a", path="a.txt", source="a", text=text))


def facts(text: str) -> list[tuple[str, str | None]]:
    """The fact claims of ``text``, as (claim text, speaker)."""
    return [(c.text, c.attribution) for c in parse(text) if c.kind is Kind.FACT]


def speaker(text: str) -> str | None:
    """The speaker ``find_attribution`` finds in ``text``, or None."""
    found = find_attribution(text)
    return None if found is None else found.speaker
