"""Untold: a claim that someone would not tell something ("the company did not say how many
tickets were sold", "police declined to say whether he was charged") or that it is not known
("it is unclear why the ship listed") asserts nothing about the thing not told. It is never
one fact with a claim that tells it ("the company sold more tickets than allowed"), though
the two share most of their words, and never a conflict with it either: not telling is not
denying. Two refusals to tell the same thing, or a refusal and a claim that something was
not given ("no new date was offered"), are left to the other rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack.normalize import MatchKey
from claimtrack.parse.tables import sections

#: Words allowed between the refusal and the telling verb ("would not immediately say") and
#: between the verb and the question word ("did not tell reporters how").
_GAP = r"(?:\s+[a-z']+){0,2}?"


def untold(key: MatchKey) -> bool:
    """The claim says that something was not told or is not known (``data/untold_cues.txt``)."""
    return _untold_text(key.surface)


@lru_cache(maxsize=1 << 16)
def _untold_text(surface: str) -> bool:
    # WHY the screen: the pattern's alternations are tried at every position of the text
    # (5 us a claim, 7% of scoring at 1,000 articles), and fewer than 1% of claims hold
    # any word a match starts from; looking for those first is a few substring scans.
    # The memo stays although it rarely hits (601 hits, 316,482 misses at 10,000
    # articles): without it the run's peak RSS rose by about 19 MB at 10,000 articles
    # (2,152 and 2,156 MB against 2,133-2,137), the allocator's heap laid out otherwise.
    for word in _openers():
        if word in surface:
            return _pattern().search(surface) is not None
    return False


@lru_cache(maxsize=1)
def _openers() -> tuple[str, ...]:
    """Every match of ``_pattern`` holds one of these: the first word of a refusal or an
    unknown cue, or the "n't" it also accepts after any letter."""
    cues = sections("untold_cues.txt")
    words = [cue.split()[0] for name in ("refusals", "unknown") for cue in cues.get(name, ())]
    return tuple(dict.fromkeys([*words, "n't"]))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    cues = sections("untold_cues.txt")

    def alternatives(name: str) -> str:
        # longest first, so that "comment on" is tried before "comment"
        words = sorted(cues.get(name, ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    refusal = rf"(?:\b(?:{alternatives('refusals')})\b|(?<=[a-z])n't\b)"
    # each branch names its question word (``untold_questions``)
    told = (
        rf"{refusal}{_GAP}\s+(?:{alternatives('telling')}){_GAP}"
        rf"\s+(?P<question>{alternatives('questions')})\b"
    )
    unknown = rf"\b(?:{alternatives('unknown')})\s+(?P<asked>{alternatives('questions')})\b"
    return re.compile(rf"{told}|{unknown}")


def untold_questions(key: MatchKey) -> frozenset[str]:
    """The questions the claim says were not answered ("how", "how many", "when", "whether"):
    the question words after each refusal or unknown cue, as written."""
    return _questions_of(key.surface)


@lru_cache(maxsize=1 << 12)
def _questions_of(surface: str) -> frozenset[str]:
    if not _untold_text(surface):
        return frozenset()
    found = (m.group("question") or m.group("asked") for m in _pattern().finditer(surface))
    words = (" ".join(q.split()) for q in found if q)
    return frozenset(_SAME_QUESTION.get(q, q) for q in words)


#: Question words that ask one question: "did not say if" is "did not say whether".
_SAME_QUESTION = {"if": "whether", "whom": "who"}


def questions_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims say something was not told, and they leave different questions open:
    "did not say how the fault had arisen" / "did not say when new packs would arrive" are
    two things not told, never one fact, however many words the two share. Two refusals of
    one question ("did not say how many tickets were sold" / "would not disclose how many it
    sold") are left to the other rules."""
    asked_a, asked_b = untold_questions(a), untold_questions(b)
    return bool(asked_a) and bool(asked_b) and asked_a.isdisjoint(asked_b)


def told_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim is ``untold`` and the other tells something, plainly: kept apart. A negated
    claim is no telling ("no new date was offered" / "he did not say whether a new date had
    been proposed": neither gives a date), and two refusals are left to the other rules."""
    return (untold(a) and _tells(b)) or (untold(b) and _tells(a))


def _tells(key: MatchKey) -> bool:
    return (not key.negated or negation_described(key)) and not untold(key)


#: A relative pronoun, up to three words, then a negation: "a server that had not been
#: updated", "staff who never logged in".
_RELATIVE_NEGATION = re.compile(
    r"\b(?:that|which|who)(?:\s+[a-z']+){0,3}?\s+(?:not|never)\b|"
    r"\b(?:that|which|who)(?:\s+[a-z']+){0,2}?\s+[a-z]+n't\b"
)
#: Every negation word a key's surface may hold (``_RELATIVE_NEGATION`` accounts for them).
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|nobody|none|nothing|neither|nor)\b|n't\b")


def negation_described(key: MatchKey) -> bool:
    """Every negation of a negated claim stands in a relative clause that describes a thing
    it names ("The hackers got in through a server that had not been updated"): the claim
    itself tells something plainly, as an unnegated one does."""
    surface = key.surface
    found = len(_NEGATION_WORD.findall(surface))
    return found > 0 and len(_RELATIVE_NEGATION.findall(surface)) >= found


def told_apart_rows(
    untold_claims: npt.NDArray[np.bool_],
    denies: npt.NDArray[np.bool_],
    left: npt.NDArray[np.integer[Any]],
    right: npt.NDArray[np.integer[Any]],
) -> npt.NDArray[np.bool_]:
    """``told_apart`` of the pairs (``left[k]``, ``right[k]``) of a scorer's batch, from
    every claim's ``untold`` and whether it ``denies`` (negated, not only in a relative
    clause: ``negation_described``; ``match.table.ClaimTable``'s columns)."""
    tells = ~untold_claims & ~denies
    apart: npt.NDArray[np.bool_] = (untold_claims[left] & tells[right]) | (
        tells[left] & untold_claims[right]
    )
    return apart
