"""Parse stage: an Article's text -> atomic Claims with their attributes.

First version: one claim per sentence. Issue #3 replaces the insides; the entry points
``parse_article`` and ``extract_claims`` keep their signatures.
"""

from __future__ import annotations

import re

from claimtrack.models import Article, Claim, Kind
from claimtrack.options import Options

PARSER_VERSION = "0.1"

_SENTENCE = re.compile(r"[^\s][^.!?\n]*(?:[.!?]+|$)", re.MULTILINE)


def parse_article(article: Article, options: Options | None = None) -> list[Claim]:
    """Every claim of one article, dropped ones included (their ``dropped`` says why)."""
    claims: list[Claim] = []
    for match in _SENTENCE.finditer(article.text):
        sentence = match.group(0).strip()
        if len(sentence.split()) < 3:
            continue
        start = match.start()
        end = start + len(sentence)
        claims.append(
            Claim(
                id=f"{article.id}:{len(claims) + 1}",
                article_id=article.id,
                source=article.source,
                text=sentence,
                sentence=sentence,
                sentence_start=start,
                start=start,
                end=end,
                spans=((start, end),),
                line=article.text.count("\n", 0, start) + 1,
                kind=Kind.FACT,
            )
        )
    return claims


def parse_statement(text: str, claim_id: str = "statement", source: str = "statement") -> Claim:
    """Parse ``text`` as one claim with its attributes, without splitting it.

    Used by ``compare_claims``, where the caller has already isolated one statement.
    """
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    return Claim(
        id=claim_id,
        article_id=claim_id,
        source=source,
        text=stripped,
        sentence=stripped,
        start=start,
        end=start + len(stripped),
        spans=((start, start + len(stripped)),),
        line=1,
    )
