"""How strongly a claim is put: asserted, hedged, planned or conditional, and which cue decided.

Possibility wins over futurity (as in MinIE): "may attend" is hedged, "will attend" planned,
"if ... will attend" conditional.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.models import Certainty
from claimtrack.parse import tables
from claimtrack.parse.grammar import NAME_LIKE_MODALS, reads_as_modal
from claimtrack.parse.lemmas import verbs


class CertaintyCue(NamedTuple):
    certainty: Certainty
    cue: str | None
    start: int = -1


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[Certainty, tables.Phrases], ...]:
    # Case-sensitive on purpose for single words: "May 1" is a month, "may" a modal.
    return (
        (Certainty.CONDITIONAL, tables.phrase_pattern(tables.words("conditional.txt"), 0)),
        (Certainty.HEDGED, tables.phrase_pattern(tables.words("hedges.txt"), 0)),
        (Certainty.PLANNED, tables.phrase_pattern(tables.words("planned.txt"), 0)),
    )


# "will" is a noun after these ("the will of the people", "political will").
_NOUN_WILL = re.compile(
    r"(?:\bthe|\ba|\bpolitical|\bfree|\bgood|\bill|\bpopular|\bhis|\bher|\btheir|\bits|\bour)\s+$",
    re.I,
)
#: "plans to"/"plan to" are a noun after these ("a strike over plans to close the depot",
#: "the plan to build", "the firm's plans to expand"): data/plan_noun_leads.txt.
_PLAN_CUES = frozenset(("plans to", "plan to"))


@lru_cache(maxsize=1)
def _noun_plan() -> re.Pattern[str]:
    leads = "|".join(sorted(re.escape(w) for w in tables.words("plan_noun_leads.txt")))
    return re.compile(rf"(?:\b(?:{leads})|['’]s)\s+$", re.I)


def plan_as_noun(lowered: str, start: int) -> bool:
    """The "plan(s) to" at ``start`` of ``lowered`` is a noun: a word of
    data/plan_noun_leads.txt or a possessive stands right before it."""
    return _noun_plan().search(lowered, 0, start) is not None


# "Iran to stop talks": a headline's infinitive announces a plan.
_HEADLINE_TO = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?P<to>to)\s+(?P<verb>[a-z]+)\b"
)


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    """Every cue list's key words: a text with none of them has no cue at all."""
    return frozenset().union(*(pattern.first_words for _, pattern in _patterns()))


def find_certainty(text: str, offset: int = 0, words: frozenset[str] | None = None) -> CertaintyCue:
    """The certainty of the statement in ``text`` and the cue word that decided it;
    ``words`` is ``tables.word_set(text)`` if the caller has it (case is folded there, so
    lower-casing the first word changes nothing)."""
    if words is None:
        words = tables.word_set(text)
    # Each list's ``finditer`` finds nothing without one of its key words: one set test
    # settles most claims instead of three lookups (and of lower-casing the first word).
    if not _key_words().isdisjoint(words):
        found = _cue(_lower_first(text), words, offset)
        if found is not None:
            return found
    # The headline's "to" stands between blanks, so it is one of ``words`` (most texts
    # settle here without the pattern).
    headline = _HEADLINE_TO.match(text) if "to" in words else None
    if headline and headline.group("verb") in verbs():
        return CertaintyCue(Certainty.PLANNED, "to", offset + headline.start("to"))
    return CertaintyCue(Certainty.ASSERTED, None)


def _cue(lowered_start: str, words: frozenset[str], offset: int) -> CertaintyCue | None:
    """The first cue of the strongest-ranked list that has one (conditional, hedged,
    planned), or None."""
    for certainty, pattern in _patterns():
        for match in pattern.finditer(lowered_start, words):
            cue = match.group(0)
            if cue == "will" and _NOUN_WILL.search(lowered_start, 0, match.start()):
                continue
            if cue in _PLAN_CUES and plan_as_noun(lowered_start, match.start()):
                continue
            if certainty is Certainty.CONDITIONAL and not _opens_clause(lowered_start, match):
                continue
            return CertaintyCue(certainty, " ".join(cue.split()), offset + match.start())
    return None


def _lower_first(text: str) -> str:
    """Lower-case the first word so a sentence-initial "Will"/"If" is a cue, but keep "May 1"
    and "Will Smith": a name or month before no verb (``reads_as_modal``)."""
    space = text.find(" ")
    if space <= 0:
        return text
    first = text[:space]
    if first.lower() in NAME_LIKE_MODALS and not reads_as_modal(_next_word(text, space)):
        return text
    return text[:space].lower() + text[space:]


def _next_word(text: str, position: int) -> str:
    found = _WORD.search(text, position)
    return found.group(0) if found else ""


_WORD = re.compile(r"[\w'’-]+")


def _opens_clause(text: str, match: re.Match[str]) -> bool:
    """ "whether" only makes a claim conditional at its start ("Whether X happens, ...")."""
    if match.group(0) != "whether":
        return True
    return match.start() == 0
