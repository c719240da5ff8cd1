"""SIDE conflicts: one act done to one part of a thing, told with opposite sides ("injured
his left knee" / "injured his right knee"; "damaged the east wing" / "damaged the west
wing"): the words are the same but for one modifier, so the matcher lines the claims up as
agreement. Shown as an ANTONYM conflict of the two modifiers with their noun.

Only a verb, a determiner, the side and its noun count ("injured his left knee"), the
verbs meeting, on claims of one subject; a claim that names both sides ("his left and right
knees", "the left knee, then the right knee") tells of both.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.polarity import _verbs_meet
from claimtrack.judge.text import one_subject, opposite_words, opposites_conflict
from claimtrack.models import Claim, Conflict
from claimtrack.normalize import Tables, stem
from claimtrack.parse import tables


class Side(NamedTuple):
    """One "verb determiner side noun" phrase: the verb as written, the side, the noun's
    stem, and the side with its noun as written ("left knee")."""

    verb: str
    side: str
    noun: str
    written: str


def _opposites() -> dict[str, frozenset[str]]:
    """Each side word and the words opposite it (data/opposite_sides.txt)."""
    return opposite_words("opposite_sides.txt")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    sides = "|".join(sorted(_opposites(), key=len, reverse=True))
    return re.compile(
        r"\b(?P<verb>[a-z]+)[ \t]+(?:his|her|its|their|the|a|an)[ \t]+"
        rf"(?P<side>{sides})[ \t]+(?P<noun>[a-z]+)\b"
    )


@lru_cache(maxsize=1)
def _not_verbs() -> frozenset[str]:
    """Words before a determiner that are no verb: "residents of the north bank" / "... of
    the south bank" are two groups of people, not one act told two ways."""
    return tables.words("prepositions.txt") | frozenset("and or but that which who".split())


@lru_cache(maxsize=1)
def _side_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(_opposites()))})\b")


@lru_cache(maxsize=1 << 14)
def sides(text: str) -> tuple[Side, ...]:
    """The side phrases of ``text``; none when the claim names two opposite sides."""
    if _side_words().search(text) is None:
        return ()  # most claims: one search
    found = tuple(
        Side(
            m.group("verb"), m.group("side"), stem(m.group("noun")), text[m.start("side") : m.end()]
        )
        for m in _pattern().finditer(text)
        if m.group("verb") not in _not_verbs()
    )
    named = set(_side_words().findall(text))
    if any(named & _opposites()[side.side] for side in found):
        return ()  # "his left and right knees": both
    return found


def side_conflicts(
    a: Claim, sides_a: tuple[Side, ...], b: Claim, sides_b: tuple[Side, ...], tables: Tables
) -> list[Conflict]:
    """One act on one part of one subject's thing, with opposite sides."""
    if not sides_a or not sides_b or a.negated or b.negated or not one_subject(a, b):
        return []
    for side_a in sides_a:
        for side_b in sides_b:
            if side_a.noun != side_b.noun or side_b.side not in _opposites()[side_a.side]:
                continue
            if not _verbs_meet(side_a.verb, side_b.verb, tables):
                continue
            return [opposites_conflict(a, side_a.written, b, side_b.written)]
    return []
