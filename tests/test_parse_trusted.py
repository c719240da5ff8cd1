"""The parser builds its results without pydantic validation (parse/trusted.py, for speed).

These tests validate what it builds: if an extractor ever hands a field of the wrong type
(an int for a float, a list for a tuple, a str for an enum), validation changes the JSON
and the test fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from claimtrack.models import Article, Claim, Entity
from claimtrack.parse import parse_article, parse_statement
from claimtrack.parse.trusted import trusted
from claimtrack.sources import read_sources

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_VARIED = (
    "TEHRAN, May 1 (Agency) — Officials said on Monday that more than 1,200 people fled. "
    "The ministry reportedly did not confirm the figures, citing safety concerns. "
    "The U.S. Treasury, led by Gov. Alma Reyes, will approve a $2.5 billion budget next week. "
    "Dozens of protesters were arrested at 10 a.m. on Jan. 5, 2024 and twelve were injured. "
    "Leaders must act with courage. What happens next?\n\n— @citydesk March 3, 2025\n"
)


def _assert_valid(claim: Claim) -> None:
    validated = Claim.model_validate(claim.model_dump())
    assert validated.model_dump_json() == claim.model_dump_json()
    assert validated == claim


def test_parsed_samples_equal_their_validated_copies() -> None:
    articles = read_sources([SAMPLES]).articles
    claims = [claim for article in articles for claim in parse_article(article)]
    assert len(claims) > 100
    assert any(c.numbers for c in claims) and any(c.dates for c in claims)
    assert any(c.entities for c in claims) and any(c.dropped for c in claims)
    for claim in claims:
        _assert_valid(claim)


@pytest.mark.parametrize("published", [None, "2026-05-01"])
def test_varied_text_equals_its_validated_copy(published: str | None) -> None:
    article = Article.model_validate(
        {"id": "a", "path": "a.txt", "source": "a", "text": _VARIED, "published": published}
    )
    claims = parse_article(article)
    assert any(n.low == 1200.0 and n.high is None for c in claims for n in c.numbers)
    for claim in claims:
        _assert_valid(claim)
    _assert_valid(parse_statement("Iran said on Monday it would not attend the talks."))


def test_trusted_fills_defaults_and_matches_the_validated_model() -> None:
    built = trusted(Entity, text="U.S.", canonical="United States", start=3, end=7)
    assert built == Entity(text="U.S.", canonical="United States", start=3, end=7)
    assert built.model_fields_set == {"text", "canonical", "start", "end"}
    with pytest.raises(ValidationError):  # still frozen
        built.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):  # a missing required field is refused, not defaulted
        trusted(Entity, text="U.S.", canonical="United States", start=3)
