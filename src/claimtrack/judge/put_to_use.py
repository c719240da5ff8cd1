"""One thing put to one task, said by one claim and denied by the other ("Agency nurses will
be brought in to cover shifts on the wards" / "The trust will not use agency nurses to
cover the strike"): a NEGATION conflict, whichever verb of putting to work each chose
(data/put_to_use_verbs.txt: "use", "bring in", "deploy", "hire" ...).

The two verbs share no predicate class, so the negation judge, which asks for one act told
by one frame, does not see the pair. What ties them is the rest of the sentence: the same
thing put to work (the object, or the subject of a passive, with the same words) and the
same task after it ("to cover"), told of the same time (both "will", or neither). Two
named doers that differ ("The army used helicopters ..." / "The council did not use
helicopters ...") are two acts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.acts import _subject_head
from claimtrack.judge.polarity import denial_conflict
from claimtrack.models import Certainty, Claim, Conflict
from claimtrack.normalize import data_lines
from claimtrack.parse import tables
from claimtrack.parse.lemmas import noun_lemma, verb_lemma

#: Forms of "be" (and "get") that make the participle after them passive.
_PASSIVE_AUXILIARIES = frozenset("was were is are been being be got get gets".split())
#: Words that put the act ahead of the time of writing.
_FUTURE = frozenset("will would shall 'll".split())
#: Words of a noun phrase that say which or how many, not what ("the", "some", "40").
_NOT_WHAT = frozenset(
    "the a an its his her their this that these those some any more extra no all".split()
)
_TOKEN = re.compile(r"[a-z][a-z'’-]*|\d[\d,.]*|[^\sa-z\d]")
#: Modal verbs of what may or must happen, before the verb ("may bring in", "could use").
_MAYBE = frozenset("may might could can cannot can't should must ought".split())
#: Subjects that name no doer by themselves ("it would not use agency nurses").
_PRONOUNS = frozenset("i you he she it we they this that".split())
#: Words that deny the verb after them.
_DENIALS = frozenset("not n't never no".split())


class _Use(NamedTuple):
    """What a claim puts to work, for which task, and whether it is yet to happen."""

    thing: frozenset[str]
    task: str
    future: bool


def put_to_use_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """The NEGATION conflict of two claims that put one thing to one task, one of them
    denied; none otherwise."""
    if a.negated == b.negated:
        return []
    read_a, read_b = _put_to_use(a), _put_to_use(b)
    if read_a is None or read_b is None or read_a[0] != read_b[0]:
        return []
    doer_a, doer_b = read_a[1], read_b[1]
    if doer_a and doer_b and doer_a != doer_b:
        return []  # two doers: each may or may not have used it
    if _dated_apart(a, b):
        return []  # "used dogs to search the woods on Friday" / "... not ... on Saturday"
    return denial_conflict(a, b, a if a.negated else b)


def _dated_apart(a: Claim, b: Claim) -> bool:
    """Both claims date what they tell, and no date of one is a date of the other: two
    occasions, each with its own use."""
    days_a = {(d.earliest, d.latest) if d.resolved else d.text.lower() for d in a.dates}
    days_b = {(d.earliest, d.latest) if d.resolved else d.text.lower() for d in b.dates}
    return bool(days_a) and bool(days_b) and days_a.isdisjoint(days_b)


def _put_to_use(claim: Claim) -> tuple[_Use, str] | None:
    """What the claim puts to work and for which task, and its doer's head ("" when it
    names none); None when its verb puts nothing to work, or no task follows the thing."""
    predicate = (claim.predicate or "").lower().split()
    if not predicate or " ".join(predicate) not in _verbs():
        return None
    verb, *particles = predicate
    words = _TOKEN.findall(claim.text.lower())
    at = next((i for i, w in enumerate(words) if w[0].isalpha() and verb_lemma(w) == verb), None)
    if at is None:
        return None
    after = at + 1
    if words[after : after + len(particles)] == particles:
        after += len(particles)
    elif particles:
        return None  # "brought the nurses in": the particle is elsewhere, left alone
    before = [w for w in words[:at] if not w.endswith("ly") and w not in _DENIALS]
    if claim.negated and _DENIALS.isdisjoint(words[:at]):
        return None  # the denial is not of this verb ("nurses who did not strike were used")
    if claim.certainty in (Certainty.HEDGED, Certainty.CONDITIONAL):
        return None
    if not _MAYBE.isdisjoint(words[:at]):
        return None  # "could use agency nurses": what may happen is no act to deny
    future = not _FUTURE.isdisjoint(words[:at])
    if before and before[-1] in _PASSIVE_AUXILIARIES:
        thing = _phrase(_subject_words(claim))
        doer = _by_doer(words[after:])
        rest = words[after:]
    else:
        ends = next((i for i in range(after, len(words)) if words[i] == "to"), len(words))
        thing = _phrase(words[after:ends])
        head = _subject_head(claim) if claim.subject else ""
        doer = "" if head in _PRONOUNS else noun_lemma(head)  # "it would not use": unknown
        rest = words[ends:]
    task = _task(rest)
    if not thing or task is None:
        return None
    return _Use(thing, task, future), doer


def _subject_words(claim: Claim) -> list[str]:
    return _TOKEN.findall((claim.subject or "").lower())


def _phrase(words: list[str]) -> frozenset[str]:
    """The words that say what a noun phrase names, as lemmas; empty when the phrase holds
    anything but words (a comma, a figure: a list or a count, read no further)."""
    prepositions = tables.words("prepositions.txt")
    if any(not w[0].isalpha() or w in prepositions for w in words):
        return frozenset()
    return frozenset(noun_lemma(w) for w in words if w not in _NOT_WHAT)


def _by_doer(rest: list[str]) -> str:
    """The head of a passive's "by" phrase before its task ("were brought in by the trust to
    cover" -> trust); "" when none stands there."""
    if rest[:1] != ["by"]:
        return ""
    words: list[str] = []
    for word in rest[1:]:
        if word == "to" or not word[0].isalpha():
            break
        if word not in _NOT_WHAT:
            words.append(word)
    return noun_lemma(words[-1]) if words else ""


def _task(rest: list[str]) -> str | None:
    """The verb of the task right at the start of ``rest`` ("to cover the strike" -> cover),
    after any "by" phrase; None when no "to" and a verb open it."""
    if rest[:1] == ["by"]:
        rest = rest[rest.index("to") :] if "to" in rest else []
    if len(rest) < 2 or rest[0] != "to" or not rest[1][0].isalpha():
        return None
    if rest[1] in _NOT_WHAT or rest[1] in tables.words("prepositions.txt"):
        return None  # "sent in to the building": a place, not a task
    return verb_lemma(rest[1])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(data_lines("put_to_use_verbs.txt"))
