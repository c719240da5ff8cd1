"""QUALITY conflicts: one thing said to be of opposite qualities ("the water is safe to
drink" / "the water is unsafe to drink"; "the strike was legal" / "illegal"; "the suspect
was armed" / "unarmed"). The two claims share every word but one, and a prefix does not move
a fuzzy score: the matcher lines them up as agreement. Shown as an ANTONYM conflict of the
two adjectives.

A quality is the word after a linking verb ("is", "remained", "seems"), past one adverb
("is completely safe") and a verdict's participle ("was found guilty", "was declared
illegal"). Two are opposite when one is the other with a negative prefix ("un", "in", "im",
"il", "ir", "non", "dis") or when data/opposite_qualities.txt pairs them ("safe" /
"dangerous"). The claims must have one subject, neither be denied, and each quality be of
the same thing: the same word after it, or none ("safe to drink" / "unsafe to drink", not
"safe to drink" / "unsafe for swimming").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.text import _prefix_tree, _span, one_subject
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import data_lines
from claimtrack.parse import tables
from claimtrack.parse.trusted import trusted


class Quality(NamedTuple):
    """One quality a claim gives its subject: the adjective as written, and the word after
    it, lower case ("" at the end of a clause)."""

    word: str
    next_word: str


#: Negative prefixes, each with the first letters of the words it goes before ("il" only
#: before "l": "illegal"; "in" before the letters no other prefix of its kind claims), and
#: whether a past participle can take it: "unarmed" is "not armed", but "discharged" or
#: "installed" are no "not charged", "not stalled".
_PREFIXES: tuple[tuple[str, str, bool], ...] = (
    ("non-", "", True),
    ("non", "", True),
    ("un", "", True),
    ("dis", "", False),
    ("il", "l", False),
    ("ir", "r", False),
    ("im", "bmp", False),
    ("in", "acdefghijknoqstuvwxyz", False),
)


@lru_cache(maxsize=1)
def _listed_opposites() -> dict[str, frozenset[str]]:
    """Each word of data/opposite_qualities.txt and the words opposite it."""
    found: dict[str, set[str]] = {}
    for line in data_lines("opposite_qualities.txt"):
        words = line.split()
        if len(words) == 2:
            found.setdefault(words[0], set()).add(words[1])
            found.setdefault(words[1], set()).add(words[0])
    return {word: frozenset(others) for word, others in found.items()}


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of ``words`` that tries longer ones first ("remained" before "remain")."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def _verdicts() -> str:
    return _longest_first(tables.words("verdict_participles.txt"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    linking = _longest_first(tables.words("linking_verbs.txt"))
    return re.compile(
        rf"\b(?:{linking}) +(?:(?:still|now|also|[a-z]+ly) +)?"
        rf"(?:(?:{_verdicts()}) +)?(?:in +)?"
        r"(?P<word>[a-z][a-z]*(?:-[a-z]+)?)\b(?: +(?P<next>[a-z]+))?"
    )


@lru_cache(maxsize=1 << 14)
def qualities(text: str) -> tuple[Quality, ...]:
    """The qualities ``text`` gives its subject."""
    return tuple(Quality(m.group("word"), m.group("next") or "") for m in _pattern().finditer(text))


def base_of(word: str) -> str | None:
    """``word`` without a negative prefix it can be read with ("unsafe" -> "safe",
    "illegal" -> "legal"), or None."""
    if word in tables.words("not_opposite_prefixes.txt"):
        return None
    for prefix, first_letters, participles in _PREFIXES:
        if not word.startswith(prefix):
            continue
        base = word[len(prefix) :]
        if len(base) < 3 or (first_letters and base[0] not in first_letters):
            continue
        if not participles and base.endswith("ed"):
            continue
        return base
    return None


def opposite(a: str, b: str) -> bool:
    """The two adjectives say opposite things: one is the other with a negative prefix, or
    data/opposite_qualities.txt pairs them."""
    return base_of(a) == b or base_of(b) == a or b in _listed_opposites().get(a, ())


def may_hold_opposable(text: str) -> bool:
    """False only for a text where no quality ``qualities`` finds has an opposite this module
    knows of: no linking verb before a word with a negative prefix or a listed word.

    WHY: ``ClaimTable`` screens every claim of a run (616,000 at 10,000 articles); half of
    them have a linking verb, 3% a quality with a known opposite. One search costs a third of
    finding every quality."""
    return _opposable_screen().search(text) is not None


@lru_cache(maxsize=1)
def _opposable_screen() -> re.Pattern[str]:
    # each linking verb with the space after it: no word opens another ("be " / "been "),
    # so the tree of shared openings finds them all, and finds them faster
    linking = _prefix_tree(sorted(f"{verb} " for verb in tables.words("linking_verbs.txt")))
    prefixes = _longest_first({prefix for prefix, _, _ in _PREFIXES})
    listed = _longest_first(_listed_opposites())
    return re.compile(
        rf"(?<![a-z])(?:{linking}) *(?:(?:still|now|also|[a-z]+ly) +)?"
        rf"(?:(?:{_verdicts()}) +)?(?:in +)?"
        rf"(?:(?:{prefixes})[a-z]{{3}}|(?:{listed})(?![a-z]))"
    )


def quality_conflicts(
    a: Claim, qualities_a: tuple[Quality, ...], b: Claim, qualities_b: tuple[Quality, ...]
) -> list[Conflict]:
    """One subject, opposite qualities of one thing."""
    if not qualities_a or not qualities_b or a.negated or b.negated or not one_subject(a, b):
        return []
    for quality_a in qualities_a:
        for quality_b in qualities_b:
            if not opposite(quality_a.word, quality_b.word):
                continue
            if _of_two_things(quality_a, quality_b):
                continue  # "safe to drink" / "unsafe for swimming"
            return [
                trusted(
                    Conflict,
                    type=ConflictType.ANTONYM,
                    claim_ids=(a.id, b.id),
                    values=(quality_a.word, quality_b.word),
                    explanation=f"{a.source} says {quality_a.word}, {b.source} the opposite: "
                    f"{quality_b.word}",
                    value_spans=(_span(a, quality_a.word), _span(b, quality_b.word)),
                )
            ]
    return []


def _of_two_things(a: Quality, b: Quality) -> bool:
    """Each quality is followed by a word of its own: they are qualities of two things."""
    return bool(a.next_word) and bool(b.next_word) and a.next_word != b.next_word
