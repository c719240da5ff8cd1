"""Pairs of claims of one story in which one is a bare denial of an act told as a noun ("No
arrests have been made") and the other tells that act ("Police arrested two men"), linked
so the grouper puts them side by side and the judge compares them (``denial_links``): the
denial shares no word with the telling but the act, too little for the matcher to score
the pair at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.links import _in_one_story, cross_article_pairs
from claimtrack.judge.pair import contradicts
from claimtrack.models import Claim, Conflict
from claimtrack.normalize import CLASS_PREFIX, MatchKey

#: The subject of a bare denial: "No" and one word, the act's noun ("No arrests").
_DENIED_NOUN = re.compile(r"no[ \t]+[a-z]+", re.IGNORECASE)


def denied_act(claim: Claim, key: MatchKey) -> str | None:
    """The act a bare denial denies, as its class token ("No arrests have been made" ->
    the class of "arrest"): a negated claim whose subject is "No" and a noun, and whose
    only content is that act. None for any other claim ("No charges were filed against the
    driver after the crash" says more than a denial: its other words are compared by the
    matcher)."""
    if not key.negated or not claim.subject or not _DENIED_NOUN.fullmatch(claim.subject):
        return None
    content = [t for t in key.tokens if t != "not"]
    if len(set(content)) != 1 or not content[0].startswith(CLASS_PREFIX):
        return None
    return content[0]


def denial_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    conflicts: Callable[[int, int], list[Conflict]],
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs from different articles of one story in which one claim is a bare denial of
    an act (``denied_act``) and the other, not negated, tells an act of the same class,
    and the judge (``conflicts``) finds them contradicting. Compared within buckets of one
    denied act, never all pairs."""
    table = table or ClaimTable(claims, keys)
    denials: dict[str, list[int]] = {}
    for i, (claim, key) in enumerate(zip(claims, keys, strict=True)):
        act = denied_act(claim, key)
        if act is not None:
            denials.setdefault(act, []).append(i)
    if not denials:
        return []
    buckets = {act: list(found) for act, found in denials.items()}
    for i, key in enumerate(keys):
        if key.negated:
            continue
        for token in set(key.tokens).intersection(denials):
            buckets[token].append(i)
    candidates = {
        (x, y)
        for x, y in cross_article_pairs(buckets.values(), table.article)
        if keys[x].negated != keys[y].negated
    }
    linked = set(_in_one_story(candidates, keys, arrays, table))
    linked |= _matched_and_named(candidates - linked, keys, arrays, table)
    return [(x, y) for x, y in sorted(linked) if contradicts(conflicts(x, y))]


def _matched_and_named(
    candidates: set[tuple[int, int]],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable,
) -> set[tuple[int, int]]:
    """The candidate pairs whose articles have a matched pair of claims (one fact, if a
    nameless one: "The works are worth $30 million" / "The paintings are valued at $30
    million") and name one person or place somewhere, each in claims of its own: one story
    told by two outlets, as ``_in_one_story`` would find it from a name in the matched pair
    itself. A bare denial names nothing, so its story is read from its article."""
    if not candidates:
        return set()
    article = table.article
    same = arrays.same_fact
    matched = {
        (min(article[i], article[j]), max(article[i], article[j]))
        for i, j in zip(arrays.left[same].tolist(), arrays.right[same].tolist(), strict=True)
    }
    wanted = {(min(article[x], article[y]), max(article[x], article[y])) for x, y in candidates}
    wanted &= matched
    if not wanted:
        return set()
    looked = {a for pair in wanted for a in pair}
    names: dict[int, set[str]] = {a: set() for a in looked}
    for i, key in enumerate(keys):
        if article[i] in names:
            names[article[i]].update(key.entities)
    story = {(a, b) for a, b in wanted if not names[a].isdisjoint(names[b])}
    return {
        (x, y)
        for x, y in candidates
        if (min(article[x], article[y]), max(article[x], article[y])) in story
    }
