"""What the pair rules read of one claim alone (``ClaimFacts``, each fact worked out once),
and ``may_conflict``: the cheap test that rules out most pairs before any rule runs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from claimtrack.judge.conversions import unit_of
from claimtrack.judge.dates import (
    _ActDay,
    _calendar_days,
    _clock_time_only,
    _dates_quoted_as_false,
    _find_act_days,
    _post_timestamp,
    _precise,
    _undated_denial,
)
from claimtrack.judge.doers import Doer, doer
from claimtrack.judge.figures import _FigureFacts, _figures, _periods, _shape, _unknown_periods
from claimtrack.judge.odds import Odds, odds_of
from claimtrack.judge.owners import _owner
from claimtrack.judge.polarity import _denial, _labels_a_report_false
from claimtrack.judge.qualities import Quality, may_hold_opposable, qualities
from claimtrack.judge.ranks import Rank, ranks
from claimtrack.judge.reasons import _cause_words
from claimtrack.judge.roles import Agent, agents
from claimtrack.judge.scope import _qualifiers
from claimtrack.judge.sides import Side, sides
from claimtrack.judge.text import _WORD, _span
from claimtrack.judge.ways import may_tell_a_way_in, way_in
from claimtrack.judge.wholes import Whole, wholes
from claimtrack.models import Certainty, Claim, DateMention, NumberMention
from claimtrack.normalize import MatchKey, Tables

#: Modals of possibility or ability: "North Korea can resume testing" commits to nothing.
_POSSIBILITY = frozenset("can could may might".split())


def may_conflict(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> bool:
    """A cheap test that rules out most pairs: nothing the judge compares differs."""
    return bool(
        (a.numbers and b.numbers and _number_signature(a, ka) != _number_signature(b, kb))
        or (a.dates and b.dates)
        or ka.negated != kb.negated
        or a.negated != b.negated
        or ka.predicates != kb.predicates
        or (a.reason and b.reason)
        or a.attribution_cue != b.attribution_cue
        or a.negation_cue != b.negation_cue
        or (bool(ranks(a.text)) and bool(ranks(b.text)))  # "the largest" / "second-largest"
        # 'a rumour that X was called "rubbish"' denies X in words no cue or predicate shows
        or _labels_a_report_false(a.text) != _labels_a_report_false(b.text)
        # "called by the union" / "called by the federation": only the doers differ
        or (bool(agents(a.text)) and bool(agents(b.text)))
        # "injured his left knee" / "injured his right knee": only a side differs
        or (bool(sides(a.text)) and bool(sides(b.text)))
    )


def may_tell_apart(a: Claim, b: Claim) -> bool:
    """A cheap test for the two rules that read what ``may_conflict`` does not compare: a
    quality with a known opposite in either claim ("the water is unsafe"), or one act told
    with two subjects' names ("Hamas fired the rockets" / "Islamic Jihad fired the
    rockets"). A pair that passes this alone is judged by those two rules alone
    (``told_apart``): the others found nothing to compare when ``may_conflict`` said so."""
    return (
        may_hold_opposable(a.text)
        or may_hold_opposable(b.text)
        or (may_tell_a_way_in(a.text) and may_tell_a_way_in(b.text))
        or _doers_differ(a, b)
    )


def _doers_differ(a: Claim, b: Claim) -> bool:
    doer_a, doer_b = doer(a), doer(b)
    return (
        doer_a is not None
        and doer_b is not None
        and doer_a.act == doer_b.act
        and doer_a.canonical != doer_b.canonical
    )


def _number_signature(claim: Claim, key: MatchKey) -> object:
    """What the claim's figures say, for ``may_conflict``: the key's numbers, and the words
    that bound them when any does ("at least 48" and "almost 48" differ, both are "48"), and
    the units a figure may be converted from when any is."""
    shapes = tuple(sorted(_shape(n.text) for n in claim.numbers))
    # "10 km" and "10 miles" differ, both are "10"
    units = tuple(sorted(unit.name for n in claim.numbers if (unit := unit_of(n)) is not None))
    if all(shape == "exact" for shape in shapes) and not units:
        return key.numbers
    return key.numbers, shapes, units


class ClaimFacts:
    """What the pair tests read of one claim alone, each worked out at most once: a claim is
    judged in about twenty pairs (``PairJudgements`` keeps one of these per claim).

    Each fact is a slot, filled on first use (``__getattr__`` runs only for an empty slot):
    once filled, reading it costs what reading any attribute does, and no ``__dict__`` per
    claim is kept (4 MB less at 1,000 articles, a quarter of what the facts take)."""

    __slots__ = (
        "_qualifiers",
        "act_days",
        "agents",
        "all_dates_resolved",
        "calendar_days",
        "cause_words",
        "claim",
        "committed",
        "dates_quoted_as_false",
        "denial",
        "doer",
        "figures",
        "odds",
        "owner",
        "periods",
        "possible_only",
        "precise_dates",
        "qualities",
        "ranks",
        "reason_span",
        "sides",
        "undated_denial",
        "unknown_periods",
        "way_in",
        "wholes",
    )
    figures: list[tuple[NumberMention, _FigureFacts]]
    owner: frozenset[str]
    periods: frozenset[tuple[dt.date, dt.date]]
    unknown_periods: frozenset[str]
    precise_dates: list[DateMention]
    all_dates_resolved: bool
    calendar_days: list[tuple[DateMention, tuple[dt.date, dt.date]]]
    cause_words: frozenset[str]
    reason_span: tuple[int, int] | None
    committed: bool
    possible_only: bool
    denial: bool
    act_days: tuple[_ActDay, ...]
    agents: tuple[Agent, ...]
    sides: tuple[Side, ...]
    doer: Doer | None
    qualities: tuple[Quality, ...]
    ranks: tuple[Rank, ...]
    wholes: tuple[Whole, ...]
    undated_denial: bool
    dates_quoted_as_false: bool
    odds: Odds
    way_in: tuple[str, frozenset[str]] | None

    def __init__(self, claim: Claim):
        self.claim = claim
        self._qualifiers: tuple[Tables, list[str]] | None = None

    def __getattr__(self, name: str) -> object:
        work_out = _CLAIM_FACTS.get(name)
        if work_out is None:
            raise AttributeError(name)
        value = work_out(self.claim)
        setattr(self, name, value)
        return value

    def qualifiers(self, tables: Tables) -> list[str]:
        if self._qualifiers is None or self._qualifiers[0] is not tables:
            self._qualifiers = (tables, _qualifiers(self.claim, tables))
        return self._qualifiers[1]


def _precise_dates(claim: Claim) -> list[DateMention]:
    return [
        d
        for d in claim.dates
        if _precise(d) and not _post_timestamp(claim, d) and not _clock_time_only(d)
    ]


def _all_dates_resolved(claim: Claim) -> bool:
    return all(d.resolved for d in claim.dates)


def _claim_act_days(claim: Claim) -> tuple[_ActDay, ...]:
    # a slot, not ``_act_days``' memo: that memo is keyed by the claim's dates (each a model
    # hashed field by field) and holds fewer entries than a run has dated claims, so it
    # missed every time (the slot keeps the answer)
    return _find_act_days(claim.text, claim.dates)


def _ranks(claim: Claim) -> tuple[Rank, ...]:
    # a slot, not only ``ranks``' cache: that cache holds fewer entries than a run has
    # claims, and pairs come in no order that keeps a claim's entry in it
    return ranks(claim.text)


def _wholes(claim: Claim) -> tuple[Whole, ...]:
    # a slot: the pair rule asks for both claims' wholes in every pair judged
    return wholes(claim.text)


def _reason_span(claim: Claim) -> tuple[int, int] | None:
    return _span(claim, claim.reason)


def _committed(claim: Claim) -> bool:
    """States what happens, rather than what may or can happen."""
    if claim.certainty in (Certainty.HEDGED, Certainty.CONDITIONAL):
        return False
    return not _says_possibility(_without_dates(claim))


def _possible_only(claim: Claim) -> bool:
    """Says what may, can or would happen if, not what happens."""
    return claim.certainty is Certainty.CONDITIONAL or _says_possibility(_without_dates(claim))


@lru_cache(maxsize=1 << 16)
def _without_dates(claim: Claim) -> str:
    """The claim's text with the dates the parser found in it blanked: "will miss the final
    on May 23" says nothing of what may happen, "May" there is the month."""
    text = claim.text
    for date in claim.dates:
        start = date.start
        if not (0 <= start < date.end <= len(text) and text[start : date.end] == date.text):
            # an article's claim gives its dates' places in the article, not in its own text
            start = text.find(date.text) if date.text else -1
        if start >= 0:
            end = start + len(date.text)
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _says_possibility(text: str) -> bool:
    # Once per claim text, not once per pair the claim is judged in.
    lowered = text.lower()
    if _POSSIBILITY_WORD.search(lowered) is None:
        # A word ``_WORD`` finds starts and ends between letters: with no modal standing so
        # anywhere, none is among them (one search instead of a set of every word).
        return False
    return bool(set(_WORD.findall(lowered)) & _POSSIBILITY)


_POSSIBILITY_WORD = re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(_POSSIBILITY))})(?![a-z])")


#: How each ``ClaimFacts`` fact is worked out from the claim.
_CLAIM_FACTS: dict[str, Callable[[Claim], object]] = {
    "figures": _figures,
    "owner": _owner,
    "periods": _periods,
    "unknown_periods": _unknown_periods,
    "precise_dates": _precise_dates,
    "all_dates_resolved": _all_dates_resolved,
    "calendar_days": _calendar_days,
    "cause_words": _cause_words,
    "reason_span": _reason_span,
    "committed": _committed,
    "possible_only": _possible_only,
    "denial": _denial,
    "act_days": _claim_act_days,
    "agents": lambda claim: agents(claim.text),
    "sides": lambda claim: sides(claim.text),
    "qualities": lambda claim: qualities(claim.text),
    "doer": doer,
    "ranks": _ranks,
    "wholes": _wholes,
    "undated_denial": _undated_denial,
    "dates_quoted_as_false": _dates_quoted_as_false,
    "odds": odds_of,
    # a slot: the pair rule asks for both claims' way in of nearly every pair judged (90,000
    # times at 1,000 articles, for 27,000 texts), each time a screen search of the text
    "way_in": way_in,
}
