"""A reaction to an act and the act: "Officials on Wednesday defended the closure of the
bridge" / "The city closed the bridge on Tuesday" share the act's class (the noun "closure"
and the verb "closed") and most words, yet one tells what someone made of the act and the
other the act itself (``reaction_apart``). Such a pair never makes one fact, and the day of
the reaction is no date of the act. The verbs are data (``data/reaction_verbs.txt``)."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from claimtrack.match.frames import one_telling
from claimtrack.normalize import MatchKey, data_lines, stem


@lru_cache(maxsize=1)
def _reaction_verbs() -> frozenset[str]:
    """The verbs of data/reaction_verbs.txt as a key writes them (``MatchKey.verb``)."""
    return frozenset(stem(w.lower()) for w in data_lines("reaction_verbs.txt"))


#: Words that open the object a reaction verb takes: "defended the closure", "welcomed its
#: decision". A passive ("was justified because ...") takes none: its subject's act is told.
_OBJECT_OPENERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "that"))


def reacts(key: MatchKey) -> bool:
    """The claim's main verb is a reaction verb with an object ("defended the closure") and
    the claim names an act by a word of a predicate class: "Troops defended the town" names
    no act, "His outburst was justified because ..." takes no object."""
    if not key.predicates or key.verb not in _reaction_verbs():
        return False
    words = key.surface.split()
    return any(
        stem(word) == key.verb and following in _OBJECT_OPENERS
        for word, following in pairwise(words)
    )


def reaction_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim tells a reaction to an act (``reacts``) and the other does not, nor holds
    the reaction's verb ("The mayor defended the closure" / "The council also defended the
    closure on Monday" are left to the other rules), and they are not one telling."""
    react_a, react_b = reacts(a), reacts(b)
    if react_a == react_b:
        return False
    reaction, other = (a, b) if react_a else (b, a)
    if reaction.verb in other.tokens:
        return False
    return not one_telling(a, b)
