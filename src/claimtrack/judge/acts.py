"""One act, two verbs: "Ortega will be leaving the administration on January 1" and "Ortega
would be retiring at the end of February" date one departure, though the predicate classes
the matcher reads keep "leave" apart from "retire" (data/dated_acts.txt says why).
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.judge.owners import _one_name, _owner
from claimtrack.judge.text import _WORD
from claimtrack.models import Claim
from claimtrack.normalize import data_lines, stem

#: Words after "leave" that make it a trip, not a departure from a post ("leave for Geneva").
_TRIP_WORDS = frozenset({"for", "to", "from"})


def same_dated_act(a: Claim, b: Claim) -> bool:
    """Both claims name an act of one class of data/dated_acts.txt, done by one named party
    (their subjects share a name): their dates are then two dates for one act."""
    acts_a, acts_b = _acts(a.text), _acts(b.text)
    if not acts_a & acts_b:
        return False
    owner_a, owner_b = _owner(a), _owner(b)
    return any(_one_name(x, y) for x in owner_a for y in owner_b)


@lru_cache(maxsize=1 << 14)
def _acts(text: str) -> frozenset[str]:
    tokens = tuple(stem(w) for w in _WORD.findall(text.lower()))
    present = set(tokens)
    found = set()
    for act, members in _dated_acts():
        for member in members:
            if member[0] not in present:
                continue
            size = len(member)
            for start in range(len(tokens) - size + 1):
                if tokens[start : start + size] != member:
                    continue
                following = tokens[start + size] if start + size < len(tokens) else ""
                if following not in _TRIP_WORDS:
                    found.add(act)
    return frozenset(found)


@lru_cache(maxsize=1)
def _dated_acts() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(act, its members as tuples of stems) of data/dated_acts.txt."""
    acts = []
    for line in data_lines("dated_acts.txt"):
        name, _, members = line.partition(":")
        tokens = (tuple(stem(w) for w in _WORD.findall(m.lower())) for m in members.split(","))
        acts.append((name.strip(), tuple(t for t in tokens if t)))
    return tuple(acts)
