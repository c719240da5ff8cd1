"""Normalize stage: a Claim -> the key the matcher compares, computed once per claim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.models import Claim
from claimtrack.options import Options

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
STOP_WORDS = frozenset(
    "a an the of to in on at for and or but is are was were be been has have had by with "
    "as that this it its from will would".split()
)


@dataclass(frozen=True)
class MatchKey:
    """What the matcher sees of a claim: folded text and its content tokens."""

    text: str
    tokens: frozenset[str]


def normalize_claim(claim: Claim, options: Options | None = None) -> MatchKey:
    words = [w for w in _WORD.findall(claim.text.lower()) if w not in STOP_WORDS]
    return MatchKey(text=" ".join(words), tokens=frozenset(words))


def normalize_claims(claims: list[Claim], options: Options | None = None) -> list[MatchKey]:
    return [normalize_claim(c, options) for c in claims]
