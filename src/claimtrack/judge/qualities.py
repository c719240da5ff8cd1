"""QUALITY conflicts: one thing said to be of opposite qualities ("the water is safe to
drink" / "the water is unsafe to drink"; "the strike was legal" / "illegal"; "the suspect
was armed" / "unarmed"). The two claims share every word but one, and a prefix does not move
a fuzzy score: the matcher lines them up as agreement. Shown as an ANTONYM conflict of the
two adjectives.

A quality is the word after a linking verb ("is", "remained", "seems") that follows a space,
past one adverb ("is completely safe") and a verdict's participle ("was found guilty", "was
declared illegal"). Two are opposite when one is the other with a negative prefix ("un", "in", "im",
"il", "ir", "non", "dis") or when data/opposite_qualities.txt pairs them ("safe" /
"dangerous"). Neither claim may be denied, the words naming what each quality is given to
must share a word (the claim's subject, or the subject of a clause inside it: "a court ruled
that the strike was legal"), and each quality must be of the same thing: the same word after
it, or none ("safe to drink" / "unsafe to drink", not "safe to drink" / "unsafe for
swimming"). A second adjective joined by "and" is a quality too ("sound and safe").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.text import _prefix_tree, _words_of, opposite_words, opposites_conflict
from claimtrack.models import Claim, Conflict
from claimtrack.parse import tables


class Quality(NamedTuple):
    """One quality a claim gives a thing: the adjective, the word after it ("" at the end
    of a clause), and the words naming the thing when a clause inside the claim opens
    before them ("ruled that the strike was legal": "the strike"; "": the claim's subject)."""

    word: str
    next_word: str
    holder: str


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


def _listed_opposites() -> dict[str, frozenset[str]]:
    """Each word of data/opposite_qualities.txt and the words opposite it."""
    return opposite_words("opposite_qualities.txt")


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of ``words`` that tries longer ones first ("remained" before "remain")."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def _verdicts() -> str:
    return _longest_first(tables.words("verdict_participles.txt"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    linking = _longest_first(tables.words("linking_verbs.txt"))
    return re.compile(
        rf"(?<= )(?:{linking}) +(?:(?:still|now|also|[a-z]+ly) +)?"
        rf"(?:(?:{_verdicts()}) +)?(?:in +)?"
        r"(?P<word>[a-z][a-z]*(?:-[a-z]+)?)\b"
        r"(?: +and +(?P<also>[a-z][a-z]*(?:-[a-z]+)?)\b)?(?: +(?P<next>[a-z]+))?"
    )


#: Where a clause opens inside a claim, before the thing a quality is given to: "ruled
#: that", "asked whether", a comma.
_CLAUSE_OPENING = re.compile(r"\b(?:that|whether|which|who)\b|[,;:]")


@lru_cache(maxsize=1 << 14)
def qualities(text: str) -> tuple[Quality, ...]:
    """The qualities ``text`` gives a thing: each adjective after a linking verb, and a
    second one joined by "and" ("is structurally sound and safe")."""
    found: list[Quality] = []
    for m in _pattern().finditer(text):
        holder = _holder_in(text, m.start())
        if holder is None:
            continue
        after = m.group("next") or ""
        if m.group("also"):
            found.append(Quality(m.group("word"), "and", holder))
            found.append(Quality(m.group("also"), after, holder))
        else:
            found.append(Quality(m.group("word"), after, holder))
    return tuple(found)


def _holder_in(text: str, verb: int) -> str | None:
    """The words naming the thing before the linking verb at ``verb`` when a clause opens
    before them, "" when none does (the claim's subject names it), or None when the clause
    is no finding the claim states: a relative clause ("the dam, which was unsafe": of a
    noun further back), a question ("asked whether it was safe") or a view ("some suggest
    that the two are related"); "ruled that", "found that" state a finding."""
    last = None
    for opening in _CLAUSE_OPENING.finditer(text, 0, verb):
        last = opening
    if last is None:
        return ""
    word = last.group(0)
    if word in ("which", "who", "whether"):
        return None
    if word == "that" and _word_before(text, last.start()) not in tables.words("finding_verbs.txt"):
        return None
    return text[last.end() : verb].strip()


def _word_before(text: str, end: int) -> str:
    words = text[:end].split()
    return words[-1].lower() if words else ""


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
    # so the tree of shared openings finds them all, and finds them faster; the space before
    # it opens the pattern with a plain character, which the engine looks for first (2.5
    # times faster than a look-behind there)
    linking = _prefix_tree(sorted(f"{verb} " for verb in tables.words("linking_verbs.txt")))
    prefixes = _longest_first({prefix for prefix, _, _ in _PREFIXES})
    listed = _longest_first(_listed_opposites())
    return re.compile(
        rf" (?:{linking}) *(?:(?:still|now|also|[a-z]+ly) +)?"
        rf"(?:(?:{_verdicts()}) +)?(?:in +)?(?:[a-z][a-z-]* +and +)?"
        rf"(?:(?:{prefixes})[a-z]{{3}}|(?:{listed})(?![a-z]))"
    )


def quality_conflicts(
    a: Claim, qualities_a: tuple[Quality, ...], b: Claim, qualities_b: tuple[Quality, ...]
) -> list[Conflict]:
    """Opposite qualities of one thing."""
    if not qualities_a or not qualities_b or a.negated or b.negated:
        return []
    for quality_a in qualities_a:
        for quality_b in qualities_b:
            if not opposite(quality_a.word, quality_b.word):
                continue
            if _of_two_things(quality_a, quality_b):
                continue  # "safe to drink" / "unsafe for swimming"
            if not _one_holder(a, quality_a, b, quality_b):
                continue  # "the north pier is safe" / "the harbour wall is unsafe"
            return [opposites_conflict(a, quality_a.word, b, quality_b.word)]
    return []


def _one_holder(a: Claim, quality_a: Quality, b: Claim, quality_b: Quality) -> bool:
    """The words naming what each quality is given to share a word: both claims' subjects,
    or the subject of a clause inside a claim ("A court ruled that the strike was legal")."""
    holder_a, holder_b = _holder(a, quality_a), _holder(b, quality_b)
    return bool(holder_a) and bool(holder_b) and not holder_a.isdisjoint(holder_b)


def _holder(claim: Claim, quality: Quality) -> frozenset[str]:
    if quality.holder:
        return _words_of(quality.holder)
    return _words_of(claim.subject) if claim.subject else frozenset()


def _of_two_things(a: Quality, b: Quality) -> bool:
    """Each quality is followed by a word of its own: they are qualities of two things."""
    return bool(a.next_word) and bool(b.next_word) and a.next_word != b.next_word
