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

from claimtrack.judge.owners import _PLURAL, _WORD, _one_name, _owner, _owner_of
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
    if ra.kind.startswith(LEVEL_KIND):
        # a step is its subject's, whatever figures the claim gives besides ("a Category 4
        # storm ..., with winds of up to 185 km/h"); two parties may stand at one step
        level_a, level_b = _subject_names(a), _subject_names(b)
        return any(_one_name(x, y) for x in level_a for y in level_b) and ra.rank != rb.rank
    owner_a, owner_b = _owner(a), _owner(b)
    if not owner_a or not owner_b:
        return False
    one_party = any(_one_name(x, y) for x in owner_a for y in owner_b)
    if one_party:
        return ra.rank != rb.rank
    return ra.rank == rb.rank == 1


def _subject_names(claim: Claim) -> frozenset[str]:
    """The names of the claim's subject (``_owner_of`` with no figure to hold)."""
    if not claim.subject:
        return frozenset()
    return _owner_of(claim.text, claim.subject, claim.attribution, ())


def _rank_conflict(a: Claim, ra: Rank, b: Claim, rb: Rank) -> Conflict:
    return trusted(
        Conflict,
        type=ConflictType.NUMERIC,
        claim_ids=(a.id, b.id),
        values=(ra.text, rb.text),
        explanation=(
            f"{a.source} puts {a.subject} at {ra.text} and {b.source} at {rb.text}"
            if ra.kind.startswith(LEVEL_KIND)
            else f"{a.source} ranks {a.subject} {ra.text} and {b.source} ranks "
            f"{b.subject} {rb.text}"
        ),
        value_spans=(_span(a, ra.text), _span(b, rb.text)),
    )


def ranks(text: str) -> tuple[Rank, ...]:
    """The superlatives of a claim's text; none for "one of the largest" (a group, no rank);
    and its graded steps (``levels``: "a Category 4 storm")."""
    if not _screen()(text):
        return ()  # most claims: no superlative anywhere, and no memo entry kept for them
    return _ranks_of(text) + _levels_of(text)


#: The class of a graded step (``levels``), before the scale word: "level:category".
LEVEL_KIND = "level:"


@lru_cache(maxsize=1)
def level_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("level_words.txt"))


#: Step numbers written as words or Roman numerals ("Category Four", "Grade III").
_STEP_WORDS = {
    word: value
    for value, word in enumerate("one two three four five six seven eight nine ten".split(), 1)
} | {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


@lru_cache(maxsize=1)
def _level_pattern() -> re.Pattern[str]:
    scales = "|".join(map(re.escape, sorted(level_words(), key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w-])(?P<scale>{scales})[ \t-]+(?P<step>\d{{1,2}}|[A-Za-z]+)(?![\w-])", re.I
    )


#: Words before a graded step that make it a change (to or from it) or another thing's:
#: "upgraded to Category 4", "weakened from a Category 4", "winds of Force 9".
_CHANGE_BEFORE = re.compile(
    r"(?<![\w])(?:to|from|into|of|than|below|above|under|over|reach|reached|reaches)"
    r"[ \t]+(?:(?:a|an|the)[ \t]+)?$",
    re.I,
)


@lru_cache(maxsize=1 << 16)
def _levels_of(text: str) -> tuple[Rank, ...]:
    """The graded steps of a claim's text: a scale word of data/level_words.txt and its
    step ("Nerida was a Category 4 storm" is step 4 of "category"). Each is a ``Rank`` of
    kind "level:<scale>" whose noun is the scale word, so two steps of one scale for one
    party clash as two places of one ranking do. None after a word of change or of another
    thing ("upgraded to Category 4", "down from Level 3", "winds of Force 9")."""
    lowered = text.lower()
    if not any(word in lowered for word in level_words()):
        return ()
    found = []
    for match in _level_pattern().finditer(text):
        scale, step = match.group("scale"), match.group("step")
        if not scale[0].isupper():
            continue  # "the level 3 reading": only a named scale ("Category 4") grades
        value = int(step) if step.isdigit() else _STEP_WORDS.get(step.lower())
        if value is None:
            continue
        if _CHANGE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        rest = _CLAUSE_END.split(text[match.end() :], maxsplit=1)[0]
        found.append(
            Rank(
                text=match.group(0),
                rank=value,
                kind=LEVEL_KIND + scale.lower(),
                noun=scale.lower(),
                domain=frozenset(),
                tail=rest.strip(),
            )
        )
    return tuple(found)


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
    return literal_screen([*superlative_classes(), *level_words()])


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
