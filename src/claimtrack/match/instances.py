"""Another thing of one kind: a claim that opens on "a smaller fire", "a separate team" or
"another strike" tells of another fire, team or strike than a claim that names "the fire"
(``other_instance_apart``), and one that tells "its next decision" of another decision than
one that tells "the decision" was announced (``next_occasion_apart``). Such pairs share their
noun, often their verb and a figure's unit, yet never make one fact, and their figures or
dates are no conflict: "A smaller fire near Dunhollow burned about 200 acres in June" / "The
fire has burned 6,400 acres". "The neighbouring bank" is another bank than "the bank", and
two claims that open on two groups of one noun ("In the treatment group, 7 percent ..." / "In
the control group, 10.5 percent ...") measure two groups (``scope_apart``). Read from the
key's ``surface`` (lower-case folded words).
The words are data (``data/other_instances.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.normalize import MatchKey, data_lines, stem
from claimtrack.parse.dates import MONTH_NAMES
from claimtrack.parse.tables import sections

#: Words after a marker read as its noun: "a smaller grass fire" -> grass, fire.
_HEAD_WORDS = 2
_WORD = re.compile(r"[a-z][a-z'-]*")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(the markers after "a"/"an", the markers alone, "next" words, words after "next" that
    set a time)."""
    found = sections("other_instances.txt")
    periods = frozenset(w.lower() for w in data_lines("relative_periods.txt"))
    not_heads = found.get("not_heads", frozenset()) | periods | frozenset(MONTH_NAMES)
    return (
        found.get("indefinite", frozenset()),
        found.get("alone", frozenset()),
        found.get("next", frozenset()),
        frozenset(w.lower() for w in not_heads),
    )


@lru_cache(maxsize=1 << 14)
def instance_marker(surface: str) -> tuple[str, tuple[str, ...]]:
    """(the marker word, the words after it) of a claim that opens on another thing of a
    kind ("a smaller fire near ..." -> ("smaller", ("fire", "near")); "the neighbouring
    bank" and "a nearby plant", ``_definite``), else ("", ()). A figure after the
    marker ("another 200 people", "a second 40 tonnes") adds to a count, and a comparison
    with "than" ("a larger crowd than expected") measures the one thing: neither is another
    thing."""
    words = surface.split()
    indefinite, alone, _, _ = _cues()
    definite = _definite()
    if len(words) >= 3 and (
        (words[0] in ("a", "an") and (words[1] in indefinite or words[1] in definite))
        or (words[0] == "the" and words[1] in definite)
    ):
        marker, rest = words[1], words[2:]
    elif len(words) >= 2 and words[0] in alone:
        marker, rest = words[0], words[1:]
    else:
        return "", ()
    if "than" in words:
        return "", ()
    heads = _heads(rest)
    return (marker, heads) if heads else ("", ())


@lru_cache(maxsize=1)
def _definite() -> frozenset[str]:
    """The markers after "the" ("the neighbouring bank"): a thing next to the story's own."""
    return sections("other_instances.txt").get("definite", frozenset())


@lru_cache(maxsize=1)
def _scopes() -> frozenset[str]:
    """Prepositions that open a claim on the group it measures ("in the drug group")."""
    return sections("other_instances.txt").get("scopes", frozenset())


@lru_cache(maxsize=1 << 14)
def scope_group(surface: str) -> tuple[str, str]:
    """(the word that tells the group apart, the group's noun) of a claim that opens on a
    preposition of ``_scopes``, "the", a word and a noun ("in the drug group 9 percent ..."
    -> ("drug", "group")), else ("", ""). A figure or a stop word in either place is no
    group: "in the 2020 season", "in the group of ten"."""
    words = surface.split()
    if len(words) < 5 or words[0] not in _scopes() or words[1] != "the":
        return "", ""
    mark, noun = words[2], words[3]
    stopwords = _stopwords()
    for word in (mark, noun):
        if _WORD.fullmatch(word) is None or word in stopwords:
            return "", ""
    return mark, noun


def scope_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims open on a group of one noun, told apart by different words: "In the drug
    group, 9 percent of patients were hospitalised" / "In the placebo group, 11.5 percent of
    patients were hospitalised" measure two groups, never one fact, and their figures are no
    conflict. One claim without such an opening ("Among patients in the drug group ...") or
    two nouns ("in the drug group" / "in the drug arm"): no call."""
    mark_a, noun_a = scope_group(a.surface)
    mark_b, noun_b = scope_group(b.surface)
    if not mark_a or not mark_b or mark_a == mark_b:
        return False
    return noun_a == noun_b or stem(noun_a) == stem(noun_b)


def _heads(rest: list[str]) -> tuple[str, ...]:
    """The first words of ``rest``, up to ``_HEAD_WORDS`` and the first stop word ("fire
    near" -> fire); none when the first is no word (a figure)."""
    heads: list[str] = []
    stopwords = _stopwords()
    for word in rest[:_HEAD_WORDS]:
        if _WORD.fullmatch(word) is None or word in stopwords:
            break
        heads.append(word)
    return tuple(heads)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for line in data_lines("stopwords.txt") for w in line.split())


def _names(heads: tuple[str, ...], other: MatchKey) -> bool:
    """``other`` holds one of the ``heads``: the word itself (a class may stand for it in the
    tokens: "strike" is @attack) or its stem ("fires" / "fire")."""
    words = other.surface.split()
    return any(head in words or stem(head) in other.tokens for head in heads)


def other_instance_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim opens on another thing of a kind (``instance_marker``) and the other names
    that thing without the marker word: "A separate team rescued a hiker on Mount Pell" /
    "The team reached the climbers on Sunday". Both marked, or the other holding the marker
    word too ("a second fire" / "the second fire was contained"), or not naming the thing at
    all ("A separate team rescued a hiker" / "A hiker was carried down"): no call."""
    marker_a, heads_a = instance_marker(a.surface)
    marker_b, heads_b = instance_marker(b.surface)
    if bool(marker_a) == bool(marker_b):
        return False
    marker, heads, other = (marker_a, heads_a, b) if marker_a else (marker_b, heads_b, a)
    if marker in other.surface.split():
        return False
    return _names(heads, other)


@lru_cache(maxsize=1 << 14)
def next_heads(surface: str) -> tuple[str, ...]:
    """The words after "next" ("its next policy decision" -> policy, decision), none
    where "next" sets a time ("next Friday", "next week", "next week's talks")."""
    _, _, nexts, not_heads = _cues()
    words = surface.split()
    heads: list[str] = []
    for index, word in enumerate(words[:-1]):
        # "next week's talks" sets a time as "next week" does
        if word in nexts and words[index + 1].removesuffix("'s") not in not_heads:
            heads.extend(_heads(words[index + 1 :]))
    return tuple(heads)


def next_occasion_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim tells the next occasion of a thing ("The committee will announce its next
    decision on December 14") and the other tells that thing without "next" and without a
    figure of the first ("The governor announced the decision on Wednesday"): two
    occasions, never one fact, and their dates are no conflict. A claim that gives the
    first one's date or figure ("The decision on December 14 will be announced at noon")
    may tell the same occasion, and is left to the other rules."""
    heads_a, heads_b = next_heads(a.surface), next_heads(b.surface)
    if bool(heads_a) == bool(heads_b):
        return False
    heads, first, other = (heads_a, a, b) if heads_a else (heads_b, b, a)
    if not first.numbers.isdisjoint(other.numbers):
        return False
    return _names(heads, other)


def instances_apart(a: MatchKey, b: MatchKey) -> bool:
    """``other_instance_apart``, ``next_occasion_apart`` or ``scope_apart``."""
    return other_instance_apart(a, b) or next_occasion_apart(a, b) or scope_apart(a, b)


def marks_instance(key: MatchKey) -> bool:
    """The claim is one ``instances_apart`` may keep apart from another."""
    surface = key.surface
    return (
        bool(instance_marker(surface)[0])
        or bool(next_heads(surface))
        or bool(scope_group(surface)[0])
    )
