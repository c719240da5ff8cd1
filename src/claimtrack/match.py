"""Match stage: claims -> candidate pairs (blocking) -> scored pairs -> groups of claims.

First version: block on shared content tokens, score with rapidfuzz, join connected pairs.
Issue #4 replaces the insides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimtrack.models import Claim
from claimtrack.normalize import MatchKey
from claimtrack.options import Options


@dataclass(frozen=True)
class ScoredPair:
    left: int
    right: int
    score: float


def candidate_pairs(
    claims: list[Claim], keys: list[MatchKey], options: Options
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles that share a token no more common than allowed."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for token in key.tokens:
            index[token].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > options.max_block_size:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if claims[i].article_id != claims[j].article_id:
                    pairs.add((i, j))
    return sorted(pairs)


def score(a: MatchKey, b: MatchKey) -> float:
    return float(fuzz.token_set_ratio(a.text, b.text))


def score_pairs(
    pairs: list[tuple[int, int]], keys: list[MatchKey], options: Options
) -> list[ScoredPair]:
    scored = (ScoredPair(i, j, score(keys[i], keys[j])) for i, j in pairs)
    return [p for p in scored if p.score >= options.threshold]


def group(n: int, pairs: list[ScoredPair]) -> list[list[int]]:
    """Connected components over matched pairs, each sorted; singletons included."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[find(pair.left)] = find(pair.right)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return sorted(groups.values())
