"""A figure told as a part of something ("8,000 of the stolen files belonged to children") and
the same figure told as a count of its own ("Hackers took 8,000 staff records"): the first
says what is true of a part, the second how many there were, so one figure does not make
them one fact when they tell it with two verbs (``parts_apart``, read with
``frames.figures_of_other_events``): two acts, or a verb of what holds of the part
(data/part_property_verbs.txt: "were", "belonged to"). Told with one verb ("Twelve of the
miners were rescued" / "12 miners were rescued") they may be one count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.normalize import MatchKey, _number_word_values, data_lines, stem

#: A figure before "of" and a word that makes what follows a whole it is part of: "8,000 of
#: the stolen files", "two of its plants", "40 of those arrested". Read on a key's
#: ``surface``, all in lower case: no ``re.IGNORECASE`` (as ``occasions``' patterns).
_PART = re.compile(
    r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?|[a-z]+)[ \t]+of[ \t]+(?:the|its|their|those|these|his|her)"
    r"(?![\w])"
)


def part_figures(key: MatchKey) -> frozenset[str]:
    """The key's figures told as a part of something ("8,000 of the stolen files" gives
    8000), as the key writes its numbers. "One of the" is left out: it names one member
    ("one of the largest", "one of the hostages"), no count."""
    found = set()
    units = _number_word_values()[0]  # number words the surface keeps ("twelve of the")
    for match in _PART.finditer(key.surface):
        word = match.group(1).lower()
        if word.isalpha():
            figure = str(units[word]) if word in units else None
        else:
            figure = word.replace(",", "")
        if figure is not None and figure != "1" and figure in key.numbers:
            found.add(figure)
    return frozenset(found)


def parts_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim tells a figure as a part ("8,000 of the stolen files belonged to
    children"), the other the same figure as a count of its own ("8,000 staff records were
    taken"), with two verbs: of no shared class or frame, or the part's verb tells what holds
    of it. A part's property and a whole's count."""
    parts_a, parts_b = part_figures(a), part_figures(b)
    shared = a.numbers & b.numbers
    part_in_a = bool((parts_a - parts_b) & shared)
    if not part_in_a and not (parts_b - parts_a) & shared:
        return False
    if a.verb == b.verb:
        return False
    part = a if part_in_a else b
    if part.verb in _property_verbs():
        # "140 of the cancelled flights were domestic routes": the description repeats the
        # whole's act ("cancelled"), the verb tells what holds of the part
        return True
    return a.predicates.isdisjoint(b.predicates) and a.frames.isdisjoint(b.frames)


@lru_cache(maxsize=1)
def _property_verbs() -> frozenset[str]:
    """data/part_property_verbs.txt as a key writes its verb ("belong" -> "belong")."""
    return frozenset(stem(line.lower()) for line in data_lines("part_property_verbs.txt"))
