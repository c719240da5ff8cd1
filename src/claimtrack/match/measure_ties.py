"""One measure few claims of a run give: two claims that tell it are put side by side.

"Turnout in the borough was 42%" and "Only 42 per cent of the borough's voters went to the
polls", "The count took almost seven hours" and "Staff spent nearly seven hours checking the
count": each pair tells one figure with one unit, in words the other
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
from typing import Any

import numpy as np

from claimtrack.match.frames import _TIME_SPANS, WEAK_SIMILARITY, _measure_units
from claimtrack.match.pairs import ScoredPairs
from claimtrack.match.table import BoolArray
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, _number_word_values, data_lines, stem

#: Most claims of a run that may give one measure for it to tie two of them: the articles
#: that tell one fact once each, and an echo ("'Seven hours,' she repeated"). A measure
#: more claims give ("two days" of a strike told in every article, and of the talks before
#: it) counts many facts.
MAX_TELLINGS = 3

#: The percent sign as a key writes "%", "percent" and "per cent".
_PERCENT_SIGN = "%"


def told_measures(key: MatchKey) -> frozenset[str]:
    """The measures the key's text gives, each a figure and the unit right after it ("31 %",
    "4 hour", "2000 tonn"): a share, a span of time or a physical measure (data/
    measure_units.txt); not "1" ("one day" is told of too many things). A span of time
    told as a period, not a length (``_spans_as_periods``), is left out."""
    if not key.numbers or key.number_contexts.isdisjoint(tying_units()):
        return frozenset()
    words = key.text.split()
    told = frozenset(
        f"{figure} {unit}"
        for figure, unit in pairwise(words)
        if figure in key.numbers and unit in tying_units() and _tying_figure_value(figure)
    )
    if not told or key.number_contexts.isdisjoint(_TIME_SPANS):
        return told
    periods = _spans_as_periods(key.surface)
    return frozenset(m for m in told if m.partition(" ")[2] not in periods)


def _spans_as_periods(surface: str) -> frozenset[str]:
    """The units of the spans of time the surface words give as periods, not lengths: the
    word before the figure (past an approximator) is one of data/period_leads.txt ("in
    five years", "over the past five years", "for the three days of the festival")."""
    words = surface.split()
    out: set[str] = set()
    for at, word in enumerate(words):
        unit = stem(word)
        if unit not in _TIME_SPANS:
            continue
        lead = at - 1
        while lead >= 0 and _is_figure_word(words[lead]):
            lead -= 1
        if lead == at - 1 or lead < 0:
            continue  # no figure before the unit ("the day"), or nothing before the figure
        if words[lead] in _approximator_words() and lead > 0:
            lead -= 1
        leads, adjectives = _period_lead_words()
        if words[lead] in adjectives and lead > 0:
            lead -= 1  # "the last 24 hours"; "will last two days" is no period
        if words[lead] in leads:
            out.add(unit)
    return frozenset(out)


def _is_figure_word(word: str) -> bool:
    units, scales = _number_word_values()
    return word[:1].isdigit() or word in units or word in scales


@lru_cache(maxsize=1)
def _period_lead_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words of data/period_leads.txt, the adjectives of its last line)."""
    lines = data_lines("period_leads.txt")
    adjectives = frozenset(lines[-1].split())
    return frozenset(w for line in lines[:-1] for w in line.split()), adjectives


@lru_cache(maxsize=1)
def _approximator_words() -> frozenset[str]:
    """The one-word approximators of data/approximators.tsv ("about", "nearly")."""
    words = (line.split("\t")[0] for line in data_lines("approximators.tsv"))
    return frozenset(w for w in words if " " not in w)


@lru_cache(maxsize=1)
def tying_units() -> frozenset[str]:
    return frozenset({_PERCENT_SIGN, *_TIME_SPANS, *_measure_units()})


def _tying_figure_value(figure: str) -> bool:
    return figure != "1"


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
    rows = np.flatnonzero(open_rows(pairs, rare) & (pairs.similarity >= WEAK_SIMILARITY))
    out[rows] = [
        not rare[i].isdisjoint(rare[j]) and not parties_named_apart(keys[i], keys[j])
        for i, j in zip(pairs.left[rows].tolist(), pairs.right[rows].tolist(), strict=True)
    ]
    return out


def open_rows(pairs: ScoredPairs, rare: Sequence[frozenset[Any]]) -> BoolArray:
    """Which of ``pairs`` join two claims that each give a rare telling (``rare``, by
    claim), with no veto and neither other events nor other parties: the pairs a tie of
    one rare measure or count may hold."""
    has_rare = np.fromiter((bool(told) for told in rare), dtype=bool, count=len(rare))
    rows: BoolArray = (
        has_rare[pairs.left]
        & has_rare[pairs.right]
        & ~pairs.vetoed
        & ~pairs.other_events
        & ~pairs.other_parties
    )
    return rows


def parties_named_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims name someone or something and no word of a name is the other's: "Colm Radley
    was jailed for four years in 2021" / "Petra Vance was jailed for four years in 2021", one
    measure of two parties. One party named two ways shares a word ("the Marsh works" / "the
    Marsh Chemicals plant")."""
    return bool(a.entities) and bool(b.entities) and _entity_words(a).isdisjoint(_entity_words(b))


def _entity_words(key: MatchKey) -> frozenset[str]:
    return frozenset(w for e in key.entities for w in e[len(ENTITY_PREFIX) :].split("_"))
