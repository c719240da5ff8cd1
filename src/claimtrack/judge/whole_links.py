"""Pairs of claims of one story of which one says an act covered a whole set ("all 27
articles were read") and the other that it left out a member ("the 18th article was not
read"), linked so the grouper puts them side by side (``whole_links``): sentences about a
whole and about one member share too few words to be scored alike."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.links import _in_one_story, cross_article_pairs
from claimtrack.judge.wholes import (
    LIGHT_VERBS,
    Whole,
    may_omit,
    omits,
    whole_part_conflicts,
    wholes,
)
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def whole_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story with a ``whole_part_conflicts`` conflict:
    sentences about a whole and a member share too few words to be scored alike. Compared
    within buckets of one member word, never all pairs."""
    # A whole claim must name the act a part claim denies, or share a word with a claim
    # that says something was left out: claims are picked by their key tokens first (a
    # set test), and only those few have their text read.
    acts = set().union(*(k.negated_heads for k in keys if k.negated)) - LIGHT_VERBS
    omitting = [
        j
        for j, key in enumerate(keys)
        if not key.negated and may_omit(claims[j].text, key.tokens) and omits(claims[j].text)
    ]
    for j in omitting:
        acts.update(keys[j].tokens)
    if not acts:
        return []
    named = {}
    for i, key in enumerate(keys):
        if not key.negated and not acts.isdisjoint(key.tokens):
            found = wholes(claims[i].text)
            if found:
                named[i] = found
    if not named:
        return []
    table = table or ClaimTable(claims, keys)
    buckets: dict[str, list[int]] = {}
    for i, claim_wholes in named.items():
        for item in sorted({item for w in claim_wholes for item in w.items}):
            buckets.setdefault(item, []).append(i)
    parts = [j for j, key in enumerate(keys) if key.negated and key.negated_heads]
    for j in sorted({*parts, *omitting}):
        for token in sorted({t.removesuffix("'s") for t in keys[j].tokens}.intersection(buckets)):
            if not buckets[token] or buckets[token][-1] != j:
                buckets[token].append(j)
    candidates = {
        (x, y)
        for x, y in cross_article_pairs(buckets.values(), table.article)
        if whole_part_conflicts(
            claims[x], named.get(x, ()), keys[x], claims[y], named.get(y, ()), keys[y]
        )
    }
    linked = _in_one_story(candidates, keys, arrays, table)
    return sorted({*linked, *_parts_of_one_whole(linked, named, table.article)})


def _parts_of_one_whole(
    linked: list[tuple[int, int]], named: dict[int, tuple[Whole, ...]], article: Sequence[int]
) -> set[tuple[int, int]]:
    """Pairs of claims from two other articles that both say a member of one claim's whole
    was left out: they tell the same omission, so they stand beside each other and beside
    the whole (a group takes a claim only if it is tied to most of its members)."""
    parts: dict[int, list[int]] = {}
    for x, y in linked:
        whole, part = (x, y) if x in named and not (y in named and x > y) else (y, x)
        parts.setdefault(whole, []).append(part)
    pairs: set[tuple[int, int]] = set()
    for members in parts.values():
        for x, y in itertools.combinations(sorted(members), 2):
            if article[x] != article[y]:
                pairs.add((x, y))
    return pairs
