"""The bundled samples parsed, normalized and scored once, for tests of the judge's inputs."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from claimtrack import match, normalize
from claimtrack.match import ScoredPairs
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey
from claimtrack.options import Options
from claimtrack.pipeline import parse_all
from claimtrack.sources import read_sources

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
Run = tuple[list[Claim], list[MatchKey], ScoredPairs, Options]


@cache
def sample_run() -> Run:
    """(eligible claims, their keys, their scored pairs, options) of both sample stories.
    Shared between tests: read it, never change it."""
    options = Options(use_cache=False, jobs=1)
    articles = read_sources([SAMPLES / "iran-talks", SAMPLES / "factory-fire"], options).articles
    claims = [c for c in parse_all(articles, options) if c.kind in options.kinds]
    keys = normalize.normalize_claims(claims, options)
    pairs = match.candidate_pairs([c.article_id for c in claims], keys, options)
    return claims, keys, match.score_pairs(pairs, keys, options), options
