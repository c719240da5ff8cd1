"""One measure few claims of a run give: two claims that tell it are put side by side.

"Turnout in the ward was 31%" and "Just 31 per cent of the ward's electorate voted", "The
recount took almost four hours" and "Counting staff spent nearly four hours going through
the ballots a second time": each pair tells one figure with one unit, in words the other
does not use. Across a whole archive "four hours" measures many things; in a run where only
a few claims give it, two articles' claims that give it and are about one frame at all tell
one fact (``measure_tied_pairs``). A grouping rule of the report, as ``rules.contained_pairs``
is: the scores and the similarity of a pair (``score_keys``) do not change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np

from claimtrack.match.frames import _TIME_SPANS, WEAK_SIMILARITY, _measure_units
from claimtrack.match.pairs import ScoredPairs
from claimtrack.match.table import _YEAR, BoolArray
from claimtrack.normalize import MatchKey

#: Most claims of a run that may give one measure for it to tie two of them: the articles
#: that tell one fact once each, and an echo ("'Twenty minutes,' he repeated"). A measure
#: more claims give ("two days" of a strike told in every article, and of the talks before
#: it) counts many facts.
MAX_TELLINGS = 3

#: The percent sign as a key writes "%", "percent" and "per cent".
_PERCENT = "%"


def told_measures(key: MatchKey) -> frozenset[str]:
    """The measures the key's text gives, each a figure and the unit right after it ("31 %",
    "4 hour", "2000 tonn"): a share, a span of time or a physical measure (data/
    measure_units.txt). A year is no figure here, nor is "1" ("one day", "a year" told as
    a figure): how many facts of a story it counts is anyone's guess."""
    if not key.numbers or key.number_contexts.isdisjoint(_units()):
        return frozenset()
    words = key.text.split()
    return frozenset(
        f"{figure} {unit}"
        for figure, unit in pairwise(words)
        if figure in key.numbers and unit in _units() and _counts(figure)
    )


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset({_PERCENT, *_TIME_SPANS, *_measure_units()})


def _counts(figure: str) -> bool:
    return figure != "1" and _YEAR.fullmatch(figure) is None


def measure_tied_pairs(pairs: ScoredPairs, keys: Sequence[MatchKey]) -> BoolArray:
    """The scored pairs that give one measure at most ``MAX_TELLINGS`` claims of the run
    give (``keys`` are the run's claims), with at least ``WEAK_SIMILARITY`` of frame, no
    veto and neither other events nor other parties. Reads the keys' ``text``: call it
    before ``normalize.drop_scoring_texts``."""
    out = np.zeros(len(pairs), dtype=bool)
    if not len(pairs):
        return out
    measures = [told_measures(key) for key in keys]
    tellings = Counter(m for told in measures for m in told)
    rare = [frozenset(m for m in told if tellings[m] <= MAX_TELLINGS) for told in measures]
    has_rare = np.fromiter((bool(r) for r in rare), dtype=bool, count=len(rare))
    rows = np.flatnonzero(
        has_rare[pairs.left]
        & has_rare[pairs.right]
        & ~pairs.vetoed
        & ~pairs.other_events
        & ~pairs.other_parties
        & (pairs.similarity >= WEAK_SIMILARITY)
    )
    out[rows] = [
        not rare[i].isdisjoint(rare[j])
        for i, j in zip(pairs.left[rows].tolist(), pairs.right[rows].tolist(), strict=True)
    ]
    return out
