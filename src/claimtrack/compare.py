"""Pair-level API: the matcher's and judge's view of two statements (``compare_claims``).

It runs exactly the engine ``claimtrack report`` runs: the same normalization, match score,
vetoes and judge, on two statements instead of two folders.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack import judge, match, normalize, parse
from claimtrack.models import Claim, Comparison
from claimtrack.normalize import MatchKey
from claimtrack.options import Options


def compare_claims(a: str, b: str, options: Options | None = None) -> Comparison:
    """Whether ``a`` and ``b`` make the same claim, how alike they are, and how they differ."""
    options = options or Options()
    claim_a = parse.parse_statement(a, "a", "a")
    claim_b = parse.parse_statement(b, "b", "b")
    return compare_parsed(claim_a, claim_b, options)


def compare_parsed(
    claim_a: Claim,
    claim_b: Claim,
    options: Options,
    key_a: MatchKey | None = None,
    key_b: MatchKey | None = None,
) -> Comparison:
    """``compare_claims`` for claims already parsed (and keys already normalized)."""
    key_a = key_a or normalize.normalize_claim(claim_a, options)
    key_b = key_b or normalize.normalize_claim(claim_b, options)
    score, similarity, vetoed = match.score_keys(key_a, key_b)
    same = score >= options.threshold and not vetoed
    if not same and similarity < options.related_threshold:
        return Comparison(same_claim=False, related=False, score=round(score, 2))
    return _judged(claim_a, claim_b, key_a, key_b, score, same, options)


def _judged(
    claim_a: Claim,
    claim_b: Claim,
    key_a: MatchKey,
    key_b: MatchKey,
    score: float,
    same: bool,
    options: Options,
) -> Comparison:
    conflicts, notes = judge.judge_pair(claim_a, claim_b, key_a, key_b, options)
    if not same and not judge.contradicts(conflicts):
        # Related but not the same claim, and not in conflict: neither its certainty nor
        # its scope differences describe one statement.
        conflicts, notes = [], []
    return Comparison(
        same_claim=same and not judge.contradicts(conflicts),
        related=True,
        score=round(score, 2),
        conflicts=tuple(conflicts),
        certainty_notes=tuple(notes),
    )


def compare_against(
    claim: Claim,
    others: Sequence[Claim],
    options: Options | None = None,
    other_keys: Sequence[MatchKey] | None = None,
) -> list[Comparison]:
    """``compare_parsed(claim, other)`` for every other claim, scored in one batch.

    For checking one statement against a whole article: the rapidfuzz scores come from one
    ``cpdist`` call each, and the judge runs only on related pairs.
    """
    options = options or Options()
    if not others:
        return []
    key = normalize.normalize_claim(claim, options)
    keys = (
        list(other_keys) if other_keys is not None else normalize.normalize_claims(others, options)
    )
    scores, similarities, vetoes = match.score_many(key, keys)
    results: list[Comparison] = []
    for other, other_key, score, similarity, vetoed in zip(
        others, keys, scores, similarities, vetoes, strict=True
    ):
        same = score >= options.threshold and not vetoed
        related = same or similarity >= options.related_threshold
        if not related:
            results.append(Comparison(same_claim=False, related=False, score=round(score, 2)))
            continue
        results.append(_judged(claim, other, key, other_key, score, same, options))
    return results
