"""Shared pieces of the judge: the widest date it compares, the cue word lists read from
src/claimtrack/data (``Cues``), and cached text helpers (normalized words and keys, event
frames, name tokens) that several rules read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.match.names import name_variants
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import MatchKey, data_lines, normalized_tokens, stem
from claimtrack.parse import tables
from claimtrack.parse.trusted import trusted

#: Widest date (in days) the judge compares; wider ones are periods, not event dates.
MAX_DATE_SPAN = 31


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


_PRONOUNS = frozenset("i you he she it we they this that these those there who what".split())


#: Stems of time words, which say when, not what is counted ("rose 12% last year").
_TIME_WORDS = frozenset(
    stem(w)
    for w in (
        "last next this ago earlier later today yesterday tomorrow tonight overnight week "
        "weekend month year day hour minute decade century morning evening night afternoon "
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    ).split()
)


@dataclass(frozen=True)
class Cues:
    denials: frozenset[str]
    vague: frozenset[str]
    evening: frozenset[str]
    morning: frozenset[str]
    time_zones: frozenset[str]
    intent: frozenset[str] = frozenset()
    cited_sources: frozenset[str] = frozenset()
    scheduled_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for line in data_lines(name) for w in line.split())

    times = {
        name.strip(): frozenset(w.lower() for w in members.split())
        for name, _, members in (line.partition(":") for line in data_lines("time_of_day.txt"))
        if members
    }
    return Cues(
        denials=frozenset(stem(w) for w in words("denial_cues.txt")),
        vague=words("vague_quantities.txt"),
        evening=times.get("evening", frozenset()),
        morning=times.get("morning", frozenset()),
        time_zones=times.get("zones", frozenset()),
        intent=words("intent_cues.txt"),
        cited_sources=words("cited_sources.txt"),
        scheduled_verbs=words("scheduled_verbs.txt") | words("verbs.txt"),
    )


def _find_number(text: str, figure: str) -> int:
    """Where a figure stands in a claim's text, whatever its case: the parser's claim text
    may capitalize a figure that opened a clause ("nine workers" -> "Nine workers")."""
    index = text.find(figure)
    return index if index >= 0 else text.lower().find(figure.lower())


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    """The normalized tokens of a short text (a subject, a reason), computed once: the set
    of ``normalize_text(text).tokens``, built from them in the same (sorted) order."""
    return frozenset(sorted(set(normalized_tokens(text))))


def one_subject(a: Claim, b: Claim) -> bool:
    """Both subjects are known and share a word ("Kovac" / "Luka Kovac")."""
    if not a.subject or not b.subject:
        return False
    return bool(_words_of(a.subject) & _words_of(b.subject))


@lru_cache(maxsize=65536)
def _token_list(text: str) -> tuple[str, ...]:
    """``normalize_text(text).text`` split into its tokens."""
    return tuple(" ".join(normalized_tokens(text)).split())


@lru_cache(maxsize=1 << 16)
def _lowered(text: str) -> str:
    # Once per sentence: a claim's values are looked up in it pair after pair.
    return text.lower()


def literal_screen(words: Iterable[str]) -> Callable[[str], bool]:
    """A quick test that a case-insensitive search for any of ``words`` may find one in a
    text: False only for an ASCII text whose lower case holds none of them, where no such
    search can match (``\\b`` or other conditions around the words only narrow a match).

    WHY: a ``re.IGNORECASE`` alternation costs about 6 us a claim, one plain search of the
    lower-cased text a third of that, and most claims hold none of the words. A non-ASCII
    word or text is always let through (case folding beyond ASCII: "K" is Kelvin's "k")."""
    lowered = sorted({w.lower() for w in words})
    if not lowered or not all(w.isascii() for w in lowered):
        return _always
    search = re.compile(_prefix_tree(lowered)).search
    return lambda text: not text.isascii() or search(text.lower()) is not None


def _prefix_tree(words: list[str]) -> str:
    """A pattern that finds any of ``words`` (non-empty) where ``"|".join(words)`` would, as a
    tree of shared openings ("b(?:iggest|randed)|called|l(?:abel(?:ed|led)|...)").

    WHY: the regex engine tries a plain alternation's branches one after the other at each
    place in the text; as a tree, only the branch of the letter found there. A third less
    time for the screens' word lists, measured on a run's claims. A word that opens with
    another of ``words`` is left out: where it stands, the shorter one stands too."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(branches.items()):
        if "" in rests:
            parts.append(re.escape(first))
        elif len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(f"{re.escape(first)}(?:{_prefix_tree(rests)})")
    return "|".join(parts)


def _always(text: str) -> bool:
    return True


def _span(claim: Claim, value: str | None) -> tuple[int, int] | None:
    """Where ``value`` stands in the claim's article text, if it occurs in its sentence."""
    if not value:
        return None
    index = _lowered(claim.sentence).find(value.lower())
    if index < 0:
        return None
    start = claim.sentence_start + index
    return (start, start + len(value))


@lru_cache(maxsize=4)
def opposite_words(name: str) -> dict[str, frozenset[str]]:
    """Each word of a data file of opposite pairs, one pair a line ("left right"), and the
    words opposite it, both ways round."""
    found: dict[str, set[str]] = {}
    for line in data_lines(name):
        words = line.split()
        if len(words) == 2:
            found.setdefault(words[0], set()).add(words[1])
            found.setdefault(words[1], set()).add(words[0])
    return {word: frozenset(others) for word, others in found.items()}


def opposites_conflict(a: Claim, value_a: str, b: Claim, value_b: str) -> Conflict:
    """The ANTONYM conflict of two claims that say opposite things, each value as written
    ("left knee" / "right knee", "safe" / "unsafe"), with where each stands."""
    return trusted(
        Conflict,
        type=ConflictType.ANTONYM,
        claim_ids=(a.id, b.id),
        values=(value_a, value_b),
        explanation=f"{a.source} says {value_a}, {b.source} the opposite: {value_b}",
        value_spans=(_span(a, value_a), _span(b, value_b)),
    )


def _numeric(token: str) -> bool:
    return token[:1].isdigit()


_WORD_CASED = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 16)
def _name_tokens(text: str) -> frozenset[str]:
    """Normalized tokens of the words written capitalized after the claim's first word."""
    found: set[str] = set()
    for found_word in list(_WORD_CASED.finditer(text))[1:]:
        word = found_word.group(0)
        if word[0].isupper() and not word.isupper():
            found |= _words_of(word)
    return frozenset(found)


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    return frozenset(
        tables.words("attribution_verbs.txt")
        | {"so", "such", "fact", "now", "denied", "denies", "deny"}
    )


_WORD_AT = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _same_frame(ka: MatchKey, kb: MatchKey) -> bool:
    """Both claims about one event: a shared predicate frame, or mostly the same words."""
    if not ka.frames.isdisjoint(kb.frames):
        return True
    return _mostly_shared(_content_words(ka), _content_words(kb), ka, kb)


def _mostly_shared(
    words_a: frozenset[str],
    words_b: frozenset[str],
    ka: MatchKey | None = None,
    kb: MatchKey | None = None,
) -> bool:
    """Most of the content words of the claim with fewer of them are the other's too. With
    the claims' keys, a name given in full in one and as a one-word name in the other
    ("President Ana Ruiz" / "Ruiz") counts as a shared word: one person, no token alike."""
    smaller = min(len(words_a), len(words_b))
    if smaller == 0:
        return False
    shared = len(words_a & words_b)
    if shared / smaller >= MOSTLY_SHARED:
        return True
    if ka is None or kb is None:
        return False
    # Each name counted there is one of each claim's entity tokens: when even as many as
    # the claim with fewer gives would fall short, no name is read (most such pairs at
    # 10,000 articles, where the memo below keeps too few pairs of names to hit).
    most = min(len(ka.entities), len(kb.entities))
    if (shared + most) / smaller < MOSTLY_SHARED:
        return False
    # only when the plain count falls short: most pairs never read their names
    return (shared + _surname_names(ka.entities, kb.entities)) / smaller >= MOSTLY_SHARED


#: Share of the shorter claim's content words the other must hold for "mostly the same".
MOSTLY_SHARED = 0.6


@lru_cache(maxsize=1 << 14)
def _surname_names(names_a: frozenset[str], names_b: frozenset[str]) -> int:
    """How many names (entity tokens) one claim gives in full and the other as a name of one
    word, its last ("Mayor Ana Ruiz" / "Ruiz"). Only names: a plain word ("harbour") is
    not the last word of a name ("Old Harbour"), and "North Korea" is no "South Korea" (two
    names in full, ``match.names.name_forms``)."""
    return name_variants(names_a, names_b)


def _content_words(key: MatchKey) -> frozenset[str]:
    """Tokens that say what happened: no negation, figures or time words (those are the
    details the judge compares, so they must not decide whether to compare)."""
    return _content_of(key.tokens)


@lru_cache(maxsize=1 << 18)
def _content_of(tokens: tuple[str, ...]) -> frozenset[str]:
    # Cached on the key's own token tuple (a hit is an identity check, no comparison):
    # the judge asks this for every pair a claim is in, and it depends on the claim alone.
    return content_set(tokens)


def content_set(tokens: tuple[str, ...]) -> frozenset[str]:
    """``_content_of``, not memoised: for a caller that keeps each claim's set itself for as
    long as it needs it (``judgements._SharedWords``)."""
    return frozenset(t for t in tokens if t != "not" and not _numeric(t) and t not in _TIME_WORDS)
