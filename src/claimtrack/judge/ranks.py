"""RANK conflicts, reported as NUMERIC: one party ranked at two places for one thing ("Norland
is the largest steel exporter to Vessia" / "Norland is the second-largest exporter of steel
to Vessia") or at its two ends ("... the smallest steel exporter to Vessia"), or two parties
each ranked first for it ("Norland is the largest ..." / "Ostrava is the largest ..."). The
thing ranked must read the same: the same noun and the same other words around it ("of
steel"), so "the largest exporter of steel" and "the largest exporter of steel in the world"
are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.judge.owners import _PLURAL, _WORD, _one_name, _owner
from claimtrack.judge.text import _span, literal_screen
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import data_lines, load_tables, stem, superlative_classes
from claimtrack.parse.trusted import trusted

#: Words after the ranked noun read as what it is ranked among ("of steel to Vessia").
DOMAIN_WORDS = 5
#: Where what is ranked ends: a clause mark, or a full stop that is not an abbreviation's.
_CLAUSE_END = re.compile(r"[,;:()]|\.(?=\s|$)")


@dataclass(frozen=True)
class Rank:
    """One superlative of a claim: its text, rank (1 for "the largest", 2 for "the
    second-largest"), class of data/superlatives.txt, the ranked noun's stem and the
    other common words of what is ranked."""

    text: str
    rank: int
    kind: str
    noun: str
    domain: frozenset[str]
    tail: str  # the text after the superlative, to the clause's end


def rank_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """The first pair of ranks of the two claims for one thing that cannot both hold."""
    return ranked_conflicts(a, ranks(a.text), b, ranks(b.text))


def ranked_conflicts(
    a: Claim, ranks_a: tuple[Rank, ...], b: Claim, ranks_b: tuple[Rank, ...]
) -> list[Conflict]:
    """``rank_conflicts`` of two claims whose ``ranks`` the caller holds (once per claim)."""
    if not ranks_a or not ranks_b:
        return []
    if a.dates and b.dates and {d.text for d in a.dates} != {d.text for d in b.dates}:
        return []  # "the largest in 2010" / "the largest in 2020": two times
    for ra in ranks_a:
        for rb in ranks_b:
            if (ra.noun, ra.domain) != (rb.noun, rb.domain):
                continue
            ends = frozenset((ra.kind, rb.kind)) in _opposites()
            if ra.kind != rb.kind and not ends:
                continue
            if _names_in(a, ra.tail) != _names_in(b, rb.tail):
                continue  # "to the U.S." / "to China": two markets
            if _at_both_ends(a, ra, b, rb) if ends else _clash(a, ra, b, rb):
                return [_rank_conflict(a, ra, b, rb)]
    return []


def _at_both_ends(a: Claim, ra: Rank, b: Claim, rb: Rank) -> bool:
    """One party first at opposite ends of one ranking ("the largest producer" / "the
    smallest producer"); "the second-largest" and "the smallest" may both hold."""
    owner_a, owner_b = _owner(a), _owner(b)
    one_party = any(_one_name(x, y) for x in owner_a for y in owner_b)
    return one_party and ra.rank == rb.rank == 1


def _names_in(claim: Claim, tail: str) -> frozenset[str]:
    return frozenset(e.canonical for e in claim.entities if e.text in tail)


def _clash(a: Claim, ra: Rank, b: Claim, rb: Rank) -> bool:
    owner_a, owner_b = _owner(a), _owner(b)
    if not owner_a or not owner_b:
        return False
    one_party = any(_one_name(x, y) for x in owner_a for y in owner_b)
    if one_party:
        return ra.rank != rb.rank
    return ra.rank == rb.rank == 1


def _rank_conflict(a: Claim, ra: Rank, b: Claim, rb: Rank) -> Conflict:
    return trusted(
        Conflict,
        type=ConflictType.NUMERIC,
        claim_ids=(a.id, b.id),
        values=(ra.text, rb.text),
        explanation=f"{a.source} ranks {a.subject} {ra.text} and {b.source} ranks "
        f"{b.subject} {rb.text}",
        value_spans=(_span(a, ra.text), _span(b, rb.text)),
    )


def ranks(text: str) -> tuple[Rank, ...]:
    """The superlatives of a claim's text; none for "one of the largest" (a group, no rank)."""
    if not _screen()(text):
        return ()  # most claims: no superlative anywhere, and no memo entry kept for them
    return _ranks_of(text)


@lru_cache(maxsize=1 << 16)
def _ranks_of(text: str) -> tuple[Rank, ...]:
    if not _quick().search(text):
        return ()
    found = []
    stops = load_tables(None).stop_words
    for match in _pattern().finditer(text):
        before = text[: match.start()]
        if re.search(r"\b(?:one|some|among)\s+(?:of\s+)?$", before, re.I):
            continue
        if _object_of_preposition(before):
            continue  # "sold it to the highest bidder": the rank is not the subject's
        # what is ranked: the words up to the clause's end; the noun is the last of the
        # first run of common words ("steel exporter"), the rest says among what
        rest = _CLAUSE_END.split(text[match.end() :], maxsplit=1)[0].split()
        noun_words: list[str] = []
        for word in rest:
            if not _WORD.fullmatch(word) or word in stops:
                break
            noun_words.append(word)
        if not noun_words or _PLURAL.search(noun_words[-1]):
            continue  # "their top leaders": a group, no rank
        after = [w for w in rest[len(noun_words) :][:DOMAIN_WORDS] if _WORD.fullmatch(w)]
        domain = frozenset(stem(w) for w in [*noun_words[:-1], *after] if w not in stops)
        ordinal = (match.group("ordinal") or "").lower()
        found.append(
            Rank(
                text=" ".join([match.group(0), *noun_words]),
                rank=_ordinals().get(ordinal, 1),
                kind=superlative_classes()[match.group("adjective").lower()],
                noun=stem(noun_words[-1]),
                domain=domain,
                tail=" ".join(rest),
            )
        )
    return tuple(found)


def _object_of_preposition(before: str) -> bool:
    """Whether the superlative's noun phrase follows a preposition ("to the highest
    bidder", "with the largest crowd"): it then names some other party or thing, not what
    the claim's subject is. "as" is kept out: "ranks as the largest" still ranks it."""
    words = before.split()
    return bool(words) and words[-1].lower() in _prepositions()


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("prepositions.txt")) - {"as"}


@lru_cache(maxsize=1)
def _opposites() -> frozenset[frozenset[str]]:
    """Pairs of classes of data/superlatives.txt at opposite ends of a ranking."""
    return frozenset(
        frozenset(line.split()[:2])
        for line in data_lines("superlative_opposites.txt")
        if len(line.split()) > 1
    )


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {
        word.lower(): int(rank)
        for word, rank in (line.split() for line in data_lines("ordinals.txt"))
    }


@lru_cache(maxsize=1)
def _screen() -> Callable[[str], bool]:
    return literal_screen(superlative_classes())


@lru_cache(maxsize=1)
def _quick() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, superlative_classes())) + r")\b", re.I)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    adjectives = "|".join(map(re.escape, sorted(superlative_classes(), key=len, reverse=True)))
    ordinals = "|".join(map(re.escape, sorted(_ordinals(), key=len, reverse=True)))
    # "the second-largest": a determiner, an ordinal and the superlative
    return re.compile(
        rf"\b(?:the|its|their)\s+(?:(?P<ordinal>{ordinals})[-\s])?(?P<adjective>{adjectives})"
        rf"\b",
        re.I,
    )
