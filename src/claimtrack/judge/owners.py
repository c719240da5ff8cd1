"""Whose figure: a figure belongs to the party the claim is about ("Smith paid a tax rate of
36 percent" gives Smith's rate, "Jones's return showed a rate of 45.8 percent" gives Jones's).
Two figures of different owners are not two accounts of one fact, however alike the words
around them ("rate", "percent") read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.judge.indicators import indicator_words
from claimtrack.judge.text import _TIME_WORDS
from claimtrack.match.names import one_name
from claimtrack.models import Claim
from claimtrack.normalize import data_lines, load_tables, stem
from claimtrack.parse import tables

#: A capitalized word, with an optional possessive ending ("Smith's", "Joneses'").
_CAPITALIZED = re.compile(r"\b([A-Z][A-Za-z]+)(?:['\u2019]s?)?")
_WORD = re.compile(r"[a-z]+")
#: A subject that opens with a possessive pronoun: in reported speech ("Mr. Ortiz said his
#: salary was ...") it is the speaker's.
_SPEAKERS_OWN = frozenset({"his", "her"})


def different_owners(a: Claim, b: Claim) -> bool:
    """Each claim's subject names a party, the two share no name, and neither claim's text
    holds the other's name anywhere (so "Canada exports 5 tons to Mexico" / "Mexico imports
    7 tons from Canada" still meet): then their figures belong to different parties."""
    return owners_apart(a, _owner(a), b, _owner(b))


def owners_apart(a: Claim, owner_a: frozenset[str], b: Claim, owner_b: frozenset[str]) -> bool:
    """``different_owners`` of two claims whose owners (``_owner``) the caller holds, worked
    out once per claim (``ClaimFacts.owner``) rather than looked up in a memo pair by pair."""
    if not owner_a or not owner_b:
        return False
    if any(_one_name(x, y) for x in owner_a for y in owner_b):
        return False
    return not (_mentions(b.text, owner_a) or _mentions(a.text, owner_b))


def _owner(claim: Claim) -> frozenset[str]:
    if not claim.subject:
        return frozenset()
    figures = tuple(n.text for n in claim.numbers)
    return _owner_of(claim.text, claim.subject, claim.attribution, figures)


@lru_cache(maxsize=1 << 16)
def _owner_of(
    text: str, subject: str | None, attribution: str | None, figures: tuple[str, ...]
) -> frozenset[str]:
    """The stemmed names in the claim's subject (for a subject opened by "his"/"her" in an
    attributed claim, the speaker's), when the subject holds the claim's figures: every
    figure stands shortly after the subject or after a possessive, or the claim names no
    one else. Empty otherwise: "the Court may block a lawsuit on behalf of 1.6 million
    women" gives no figure of the Court's. Worked out once per claim (a claim is judged in
    about twenty pairs)."""
    subject = (subject or "").rsplit(",", 1)[-1].strip()  # "On Friday, Ortega"
    if not subject or len(subject.split()) > MAX_SUBJECT_WORDS or _DIGIT.search(subject):
        # "Ceamvale lies about 125 kilometres from Staindvale and": a clause, not a subject
        return frozenset()
    first = subject.split(maxsplit=1)[0].lower()
    if first in _SPEAKERS_OWN:
        names = _names(attribution) if attribution else frozenset()
    else:
        names = _names(subject, initial=text.startswith(subject.split()[0]))
        names -= indicator_words(subject)  # "Joblessness dropped to 4.1%": no one's
    if not names:
        return frozenset()
    if _names(text, initial=True) <= names or _figures_held(text, figures, subject):
        return names
    return frozenset()


#: Longest subject read for an owner; a longer one, or one holding a figure, is a clause the
#: parser could not split, and the party it names may not be the figure's.
MAX_SUBJECT_WORDS = 10
_DIGIT = re.compile(r"\d")


#: Words before a figure that may lie between its owner and it ("Smith paid an effective
#: tax rate of roughly 36 percent"); further away, the figure belongs to something else.
OWNER_WINDOW = 8
#: Words that open a clause about another noun ("the lawsuit that covers 1.5 million").
_CLAUSE_OPENERS = frozenset("that which who whom whose where when while whereas".split())
_POSSESSIVES = frozenset("his her its their".split())


def _figures_held(text: str, figures: tuple[str, ...], subject: str) -> bool:
    """Each figure follows the subject, or a possessive pronoun, within ``OWNER_WINDOW``
    words and no clause opener between."""
    lowered = text.lower()
    subject_end = lowered.find(subject.lower())
    subject_end = subject_end + len(subject) if subject_end >= 0 else -1
    for figure in figures:
        index = lowered.find(figure.lower())
        if index < 0:
            return False
        words = _WORD.findall(lowered[max(subject_end, 0) : index]) if subject_end >= 0 else []
        near_subject = 0 <= subject_end <= index and len(words) <= OWNER_WINDOW
        window = _WORD.findall(lowered[:index])[-OWNER_WINDOW:]
        if near_subject and not _CLAUSE_OPENERS & set(words):
            continue
        if 0 <= subject_end <= index and _measures_own_work(lowered[subject_end:index]):
            continue
        held = [w for w in window if w in _POSSESSIVES]
        if not held or _CLAUSE_OPENERS & set(window[window.index(held[-1]) :]):
            return False
    return True


#: Most words between an owner and a figure that measures the owner's own work ("Ana Ruiz
#: led a review of the port rules in Vessia that ran to 232 pages": 13).
WORK_WINDOW = 16
#: Words that may stand between the subject and its verb of making ("has also published").
_BEFORE_VERB = 2
#: A break in the clause: the figure after it is told of something else.
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _measures_own_work(between: str) -> bool:
    """The words from the subject to a figure open with a verb of making
    (data/making_verbs.txt) and a new thing ("a", "an"), all in one clause: the figure
    measures the subject's own work ("led a review ... that ran to 232 pages", "wrote an
    audit which found 40 percent ..."), whatever relative clause tells it. "blocked a
    lawsuit on behalf of 1.6 million women" (no work of the subject's) and "led the
    review" (anyone's) give no such figure."""
    if _CLAUSE_MARK.search(between):
        return False
    words = _WORD.findall(between)
    if len(words) > WORK_WINDOW:
        return False
    for k, word in enumerate(words[: _BEFORE_VERB + 1]):
        if stem(word) in _making_verbs():
            return words[k + 1 : k + 2] in (["a"], ["an"])
    return False


@lru_cache(maxsize=1)
def _making_verbs() -> frozenset[str]:
    return frozenset(stem(line.strip().lower()) for line in data_lines("making_verbs.txt"))


@lru_cache(maxsize=1 << 14)
def _names(text: str, *, initial: bool = False) -> frozenset[str]:
    """Stems of the capitalized words of ``text`` that are neither function words nor titles
    ("The", "Mrs.", "Gov."): what is left names someone or somewhere. With ``initial``, the
    text opens a sentence, so its first word counts only when it is the whole text ("Ortega
    paid ...": the subject is one capitalized word; "Four workers ...": a number word)."""
    found = list(_CAPITALIZED.finditer(text))
    words = [m.group(1) for m in found]
    if (
        initial
        and found
        and found[0].start() == len(text) - len(text.lstrip())
        and found[0].group(0) == words[0]  # "Ortega's rate": a possessive is a name's
        and (len(text.split()) > 1 or _PLURAL.search(words[0]))  # "Analysts expect ..."
    ):
        words = words[1:]
    return frozenset(
        stem(word.lower())
        for word in words
        if word.lower() not in _not_names()
        and stem(word.lower()) not in _TIME_WORDS
        and not word.isupper()
    )


#: A plural-looking word ("Analysts", "Officials"): opening a sentence on its own, it is a
#: common noun far more often than a surname.
_PLURAL = re.compile(r"[^su]s$")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalized words that name no party: function words, titles, cited sources."""
    return (
        load_tables(None).stop_words
        | tables.every_person_title()
        | frozenset(data_lines("cited_sources.txt"))
    )


def _mentions(text: str, names: frozenset[str]) -> bool:
    words = _stems(text)
    return any(_one_name(name, word) for name in names for word in words)


@lru_cache(maxsize=1 << 14)
def _stems(text: str) -> frozenset[str]:
    # Once per claim text: a claim is judged in about twenty pairs.
    return frozenset(stem(w) for w in _WORD.findall(text.lower()))


def _one_name(x: str, y: str) -> bool:
    """One name ("Clinton" / "Clintons", "Iran" / "Iranian"): equal, or the shorter, long
    enough, opens the longer."""
    return x == y or one_name(x, y)
