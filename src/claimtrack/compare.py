"""Pair-level API: the matcher's and judge's view of two statements (``compare_claims``)."""

from __future__ import annotations

from claimtrack import judge, match, normalize, parse
from claimtrack.models import Comparison
from claimtrack.options import Options


def compare_claims(a: str, b: str, options: Options | None = None) -> Comparison:
    """Whether ``a`` and ``b`` make the same claim, how alike they are, and how they differ."""
    options = options or Options()
    claim_a = parse.parse_statement(a, "a", "a")
    claim_b = parse.parse_statement(b, "b", "b")
    key_a = normalize.normalize_claim(claim_a, options)
    key_b = normalize.normalize_claim(claim_b, options)
    score = match.score(key_a, key_b)
    related = score >= options.related_threshold
    conflicts, notes = judge.judge_pair(claim_a, claim_b, key_a, key_b) if related else ([], [])
    return Comparison(
        same_claim=score >= options.threshold and not conflicts,
        related=related,
        score=score,
        conflicts=tuple(conflicts),
        certainty_notes=tuple(notes),
    )
