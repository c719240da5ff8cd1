"""Build Claim objects by hand for matcher and judge tests (no parser involved)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimtrack.models import Claim, DateMention, NumberMention


def claim(text: str, claim_id: str = "a:1", article: str | None = None, **fields: Any) -> Claim:
    """A claim whose text is its sentence, starting at offset 0 of its article."""
    article_id = article or claim_id.split(":")[0]
    return Claim(
        id=claim_id,
        article_id=article_id,
        source=fields.pop("source", article_id.upper()),
        text=text,
        sentence=text,
        start=0,
        end=len(text),
        spans=((0, len(text)),),
        line=1,
        **fields,
    )


def number(
    text: str,
    fragment: str,
    low: float | None,
    high: float | None,
    *,
    unit: str | None = None,
    counts: str | None = None,
    approximate: bool = False,
) -> NumberMention:
    start = text.index(fragment)
    return NumberMention(
        text=fragment,
        start=start,
        end=start + len(fragment),
        low=low,
        high=high,
        unit=unit,
        counts=counts,
        approximate=approximate,
    )


def date(text: str, fragment: str, earliest: str, latest: str | None = None) -> DateMention:
    start = text.index(fragment)
    return DateMention(
        text=fragment,
        start=start,
        end=start + len(fragment),
        earliest=dt.date.fromisoformat(earliest),
        latest=dt.date.fromisoformat(latest or earliest),
    )
