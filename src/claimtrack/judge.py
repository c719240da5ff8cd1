"""Judge stage: do two claims about the same thing agree, and if not, exactly how not?

A match score only says that two claims are about the same thing. This module compares what
they say: numbers (as intervals, for the same thing counted), dates (after resolution, with a
time-zone allowance), polarity, opposite predicates, stated reasons, scope and attribution.
Every difference is a ``Conflict`` carrying both values, their spans and a one-line
explanation; differences in certainty are ``CertaintyNote`` s, never conflicts.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from claimtrack import match
from claimtrack.collector import collection_paused
from claimtrack.match import ScoredPair, ScoredPairs
from claimtrack.models import (
    Article,
    Certainty,
    CertaintyNote,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    DateMention,
    NumberMention,
    Severity,
    Verdict,
)
from claimtrack.normalize import (
    CLASS_PREFIX,
    ENTITY_PREFIX,
    MatchKey,
    Tables,
    data_lines,
    load_tables,
    normalize_text,
    stem,
)
from claimtrack.options import Options
from claimtrack.parse.trusted import trusted

#: Relative difference two numbers may have and still be the same figure, rounded.
ROUNDING = 0.03
#: ... when either is marked approximate ("about", "nearly").
APPROXIMATE = 0.10
#: Most names a claim may carry and still be the general statement of a scope note ("Iran
#: broke off talks with the US" names the two parties and nothing narrower).
GENERAL_NAMES = 2
#: Most claim pairs judged for one pair of articles inside a cluster, closest first.
PAIRS_PER_OUTLETS = 4
#: Widest date (in days) the judge compares; wider ones are periods, not event dates.
MAX_DATE_SPAN = 31
#: Share of reason words two reasons must share to count as the same reason.
SAME_REASON = 0.34
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: Modals of possibility or ability: "North Korea can resume testing" commits to nothing.
_POSSIBILITY = frozenset("can could may might".split())
_WINDOW_WORDS = frozenset("coming next upcoming following".split())
_QUANTIFIERS = frozenset("some all most only whole entire".split())
_PRONOUNS = frozenset("i you he she it we they this that these those there who what".split())
# one to three spaces, bounded: an unbounded run would make a search over blanks quadratic
_WINDOW = re.compile(r"[ \t]{1,3}(?:days?|weeks?|weekend|months?|years?|round)(?:'s)?\b", re.I)
#: Where a figure's clause ends: "killed 3 and injured 12" names one event for each figure.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b", re.I)
#: Stems of time words, which say when, not what is counted ("rose 12% last year").
_TIME_WORDS = frozenset(
    stem(w)
    for w in (
        "last next this ago earlier later today yesterday tomorrow tonight overnight week "
        "weekend month year day hour minute decade century morning evening night afternoon "
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    ).split()
)


@dataclass(frozen=True)
class Cues:
    denials: frozenset[str]
    vague: frozenset[str]
    evening: frozenset[str]
    morning: frozenset[str]
    time_zones: frozenset[str]
    intent: frozenset[str] = frozenset()
    cited_sources: frozenset[str] = frozenset()
    scheduled_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    def lines(name: str) -> list[str]:
        text = resources.files("claimtrack").joinpath("data").joinpath(name).read_text("utf-8")
        return [line for line in text.splitlines() if not line.lstrip().startswith("#")]

    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for line in lines(name) for w in line.split())

    times = {
        name.strip(): frozenset(w.lower() for w in members.split())
        for name, _, members in (line.partition(":") for line in lines("time_of_day.txt"))
        if members
    }
    return Cues(
        denials=frozenset(stem(w) for w in words("denial_cues.txt")),
        vague=words("vague_quantities.txt"),
        evening=times.get("evening", frozenset()),
        morning=times.get("morning", frozenset()),
        time_zones=times.get("zones", frozenset()),
        intent=words("intent_cues.txt"),
        cited_sources=words("cited_sources.txt"),
        scheduled_verbs=words("scheduled_verbs.txt") | words("verbs.txt"),
    )


# --- one pair ------------------------------------------------------------------------------


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
    )


def _number_signature(claim: Claim, key: MatchKey) -> object:
    """What the claim's figures say, for ``may_conflict``: the key's numbers, and the words
    that bound them when any does ("at least 48" and "almost 48" differ, both are "48")."""
    shapes = tuple(sorted(_shape(n.text) for n in claim.numbers))
    if all(shape == "exact" for shape in shapes):
        return key.numbers
    return key.numbers, shapes


BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


class ClaimTable:
    """What ``may_conflict`` reads of each claim, in flat arrays built once per run, so the
    test runs over all the scored pairs at once instead of pair by pair in Python."""

    def __init__(self, claims: Sequence[Claim], keys: Sequence[MatchKey]):
        stances: dict[tuple[object, ...], int] = {}
        number_sets: dict[object, int] = {}
        pairs = list(zip(claims, keys, strict=True))
        #: the claim's key numbers as an id (equal sets, equal ids); -1: the claim has none
        self.numbers = np.array(
            [
                number_sets.setdefault(_number_signature(c, k), len(number_sets))
                if c.numbers
                else -1
                for c, k in pairs
            ],
            np.int64,
        )
        self.dated = np.array([bool(c.dates) for c, _ in pairs], np.bool_)
        self.reasoned = np.array([bool(c.reason) for c, _ in pairs], np.bool_)
        #: what ``may_conflict`` compares for equality (polarity, predicates, cues), as an id
        self.stance = np.array(
            [
                stances.setdefault(
                    (k.negated, c.negated, k.predicates, c.attribution_cue, c.negation_cue),
                    len(stances),
                )
                for c, k in pairs
            ],
            np.int64,
        )
        frame_sets: dict[frozenset[str], int] = {}
        #: the claim's event frames as an id (equal sets, equal ids)
        self.frames = np.array(
            [frame_sets.setdefault(k.frames, len(frame_sets)) for _, k in pairs], np.int64
        )
        self.frame_sets = list(frame_sets)

    def frames_meet(self, left: IntArray, right: IntArray) -> BoolArray:
        """The two claims of each pair share an event frame (the first test of
        ``_same_frame``), answered once for each pair of distinct frame sets."""
        count = len(self.frame_sets)
        codes = self.frames[left] * count + self.frames[right]
        distinct, inverse = np.unique(codes, return_inverse=True)
        sets = self.frame_sets
        meet = [not sets[c // count].isdisjoint(sets[c % count]) for c in distinct.tolist()]
        return np.array(meet, np.bool_)[inverse]

    def may_conflict(self, left: IntArray, right: IntArray) -> BoolArray:
        """``may_conflict`` of every pair ``(left[k], right[k])``."""
        numbers_l, numbers_r = self.numbers[left], self.numbers[right]
        return (  # type: ignore[no-any-return]
            ((numbers_l >= 0) & (numbers_r >= 0) & (numbers_l != numbers_r))
            | (self.dated[left] & self.dated[right])
            | (self.reasoned[left] & self.reasoned[right])
            | (self.stance[left] != self.stance[right])
        )

    def both_count(self, left: IntArray, right: IntArray) -> BoolArray:
        """Both claims of the pair give figures (what ``numeric_conflicts`` needs first)."""
        return (self.numbers[left] >= 0) & (self.numbers[right] >= 0)


def judge_pair(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, options: Options | None = None
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """The typed differences between two claims already known to be about the same thing."""
    return pair_conflicts(a, b, ka, kb, options), certainty_notes(a, b)


def pair_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, options: Options | None = None
) -> list[Conflict]:
    """``judge_pair`` without the certainty notes (most callers only ask for conflicts)."""
    if not may_conflict(a, b, ka, kb):
        return []
    tables = load_tables(options.predicate_file if options else None)
    return _conflicts_of(ClaimFacts(a), ClaimFacts(b), ka, kb, tables)


class ClaimFacts:
    """What the pair tests read of one claim alone, each worked out at most once: a claim is
    judged in about twenty pairs (``PairJudgements`` keeps one of these per claim).

    Each fact is a slot, filled on first use (``__getattr__`` runs only for an empty slot):
    once filled, reading it costs what reading any attribute does, and no ``__dict__`` per
    claim is kept (4 MB less at 1,000 articles, a quarter of what the facts take)."""

    __slots__ = (
        "_qualifiers",
        "all_dates_resolved",
        "calendar_days",
        "cause_words",
        "claim",
        "committed",
        "denial",
        "figures",
        "periods",
        "possible_only",
        "precise_dates",
        "reason_span",
    )
    figures: list[tuple[NumberMention, _FigureFacts]]
    periods: frozenset[tuple[dt.date, dt.date]]
    precise_dates: list[DateMention]
    all_dates_resolved: bool
    calendar_days: list[tuple[DateMention, tuple[dt.date, dt.date]]]
    cause_words: frozenset[str]
    reason_span: tuple[int, int] | None
    committed: bool
    possible_only: bool
    denial: bool

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
    return [d for d in claim.dates if _precise(d)]


def _all_dates_resolved(claim: Claim) -> bool:
    return all(d.resolved for d in claim.dates)


def _reason_span(claim: Claim) -> tuple[int, int] | None:
    return _span(claim, claim.reason)


def _conflicts_of(
    facts_a: ClaimFacts, facts_b: ClaimFacts, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    """``pair_conflicts`` of a pair that passed ``may_conflict``."""
    a, b = facts_a.claim, facts_b.claim
    conflicts: list[Conflict] = []
    conflicts += _numeric_conflicts(facts_a, facts_b)
    if a.dates and b.dates:  # no dates on one side: nothing to compare
        if _same_event(ka, kb):
            conflicts += _date_conflicts(facts_a, facts_b)
        else:  # one verb dating both tells one act, whatever else the sentences say
            conflicts += act_day_conflicts(a, b)
    polarity = _attribution_conflicts(facts_a, facts_b, ka, kb)
    if not polarity and facts_a.committed and facts_b.committed:
        # "can resume testing" does not contradict "suspended testing": only claims that
        # commit to what happens can be opposed.
        polarity = negation_conflicts(a, b, ka, kb, tables)
        if not polarity and _may_be_antonyms(ka, kb, tables) and _same_subject(a, b):
            polarity = antonym_conflicts(a, b, ka, kb, tables)
    conflicts += polarity
    conflicts += _reason_conflicts(facts_a, facts_b)
    conflicts += _scope_notes(facts_a, facts_b, ka, kb, tables)
    return conflicts


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    """The normalized tokens of a short text (a subject, a reason), computed once."""
    return normalize_text(text).tokens


@lru_cache(maxsize=1 << 14)
def _text_key(text: str) -> MatchKey:
    """The match key of a whole claim text, for tests that ask for it pair after pair."""
    return normalize_text(text)


@lru_cache(maxsize=65536)
def _token_list(text: str) -> tuple[str, ...]:
    return tuple(normalize_text(text).text.split())


def _committed(claim: Claim) -> bool:
    """States what happens, rather than what may or can happen."""
    if claim.certainty in (Certainty.HEDGED, Certainty.CONDITIONAL):
        return False
    return not _says_possibility(claim.text)


def _possible_only(claim: Claim) -> bool:
    """Says what may, can or would happen if, not what happens."""
    return claim.certainty is Certainty.CONDITIONAL or _says_possibility(claim.text)


@lru_cache(maxsize=1 << 16)
def _says_possibility(text: str) -> bool:
    # Once per claim text, not once per pair the claim is judged in.
    return bool(set(_WORD.findall(text.lower())) & _POSSIBILITY)


def _same_subject(a: Claim, b: Claim) -> bool:
    """Unless both subjects are known and share no word ("the threats" / "the announcement")."""
    if not a.subject or not b.subject:
        return True
    words_a = _words_of(a.subject)
    words_b = _words_of(b.subject)
    return not words_a or not words_b or bool(words_a & words_b)


def contradicts(conflicts: Iterable[Conflict]) -> bool:
    return any(c.severity is Severity.CONTRADICTION for c in conflicts)


@lru_cache(maxsize=1 << 16)
def _lowered(text: str) -> str:
    # Once per sentence: a claim's values are looked up in it pair after pair.
    return text.lower()


def _span(claim: Claim, value: str | None) -> tuple[int, int] | None:
    """Where ``value`` stands in the claim's article text, if it occurs in its sentence."""
    if not value:
        return None
    index = _lowered(claim.sentence).find(value.lower())
    if index < 0:
        return None
    start = claim.sentence_start + index
    return (start, start + len(value))


# --- numbers ---------------------------------------------------------------------------------


def numeric_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """A figure of one claim that counts the same thing as figures of the other, in the same
    unit, and meets none of them ("25% on steel and 10% on aluminium" holds two figures: each
    needs a counterpart that disagrees with it, and none that agrees)."""
    if not a.numbers or not b.numbers:
        return []
    return _numeric_conflicts(ClaimFacts(a), ClaimFacts(b))


def _numeric_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    if not a.numbers or not b.numbers:
        return []
    figures_a, figures_b = facts_a.figures, facts_b.figures
    if not figures_a or not figures_b:
        return []
    periods_a, periods_b = facts_a.periods, facts_b.periods
    if periods_a and periods_b and periods_a != periods_b:
        # "the 2014 tax rate was 35.7%" / "from 2007 through 2014 the rate was 31.55%": a
        # figure for a year and one for several years measure different things.
        return []
    for na, fa in figures_a:
        same = [(nb, fb) for nb, fb in figures_b if _same_quantity(na, fa, nb, fb)]
        if not same or any(_compatible(na, nb) for nb, _ in same):
            continue
        nb, fb = same[0]
        if any(
            _compatible(other, nb)
            for other, facts in figures_a
            if _same_quantity(other, facts, nb, fb)
        ):
            continue
        numbers_a = [n for n, _ in figures_a]
        numbers_b = [n for n, _ in figures_b]
        if _given_by(na, numbers_b) != _given_by(nb, numbers_a):
            # "sales will rise to $180.9bn next year" / "... to $180.9 billion, then to
            # $191.5 billion in 2005": one figure stands on both sides, the other is one
            # side's added detail (either way round). Both figures on both sides ("killed 12,
            # injured 21" / "killed 21, injured 12") stay for the pairing above to decide.
            continue
        what = na.counts or nb.counts or _context_after(a, na) or "the figure"
        return [
            trusted(
                Conflict,
                type=ConflictType.NUMERIC,
                claim_ids=(a.id, b.id),
                values=(na.text, nb.text),
                explanation=f"{a.source} gives {na.text} and {b.source} {nb.text} for {what}",
                value_spans=((na.start, na.end), (nb.start, nb.end)),
            )
        ]
    return []


def _given_by(number: NumberMention, others: Sequence[NumberMention]) -> bool:
    """One of ``others`` is the very same figure: the same value in the same unit."""
    return number.low is not None and any(
        (o.unit or None) == (number.unit or None) and (o.low, o.high) == (number.low, number.high)
        for o in others
    )


class _FigureFacts:
    """What the words around one figure of a claim say it counts. They depend on the claim's
    text and the figure alone, so each is worked out once per figure, not once for every
    pair of figures the judge compares (a claim is in about twenty pairs), and only when a
    comparison needs it: reading the words around a figure is most of the cost."""

    def __init__(self, text: str, figure: str, counts: str | None):
        self.text, self.figure, self.counts = text, figure, counts
        self.vague = _vague(figure)

    @cached_property
    def event(self) -> str | None:
        """What happened to what is counted ("death", "injury"): ``_event_of``."""
        return _event_of(self.text, self.figure)

    @cached_property
    def thing(self) -> str | None:
        """The counted thing: the word glued to the figure, the parser's noun, the next noun."""
        text, figure = self.text, self.figure
        return _glued(text, figure) or _counts(self.counts) or _counted_noun(text, figure)

    @cached_property
    def tokens_before(self) -> list[str]:
        return _context_tokens(self.text, self.figure, after=False)

    @cached_property
    def before(self) -> frozenset[str]:
        return _context(self.text, self.figure, after=False)

    @cached_property
    def after(self) -> frozenset[str]:
        return _context(self.text, self.figure, after=True)


#: Number words that make "dozen" a precise count ("four dozen" is 48; "a dozen", "dozens"
#: and "some dozen" stay vague).
_DOZEN_COUNTS = frozenset("two three four five six seven eight nine ten".split())


def _vague(figure: str) -> bool:
    """The figure's own words are vague ("dozens", "millions"); the words that bound it
    ("as many as") are not the figure's, unless the bound is a vague word itself ("some
    695,000": a figure given loosely, as before)."""
    words = _WORD.findall(figure.lower())
    vague = load_cues().vague
    bound = next(
        (
            phrase.split()
            for phrase, _ in _bound_phrases()
            if words[: phrase.count(" ") + 1] == phrase.split() and phrase not in vague
        ),
        [],
    )
    words = words[len(bound) :]
    for position, word in enumerate(words):
        precise_dozen = word == "dozen" and position > 0 and words[position - 1] in _DOZEN_COUNTS
        if word in vague and not precise_dozen:
            return True
    return False


def _figures(claim: Claim) -> list[tuple[NumberMention, _FigureFacts]]:
    """The claim's figures that are not vague ("dozens"), each with its facts."""
    text = claim.text
    figures = [(n, _figure_facts(text, n.text, n.counts)) for n in claim.numbers]
    return [(n, facts) for n, facts in figures if not facts.vague]


@lru_cache(maxsize=1 << 18)
def _figure_facts(text: str, figure: str, counts: str | None) -> _FigureFacts:
    return _FigureFacts(text, figure, counts)


def _same_quantity(
    na: NumberMention, fa: _FigureFacts, nb: NumberMention, fb: _FigureFacts
) -> bool:
    """Both numbers count or measure the same thing, in the same unit (the claims' periods
    are compared once per pair, by ``numeric_conflicts``)."""
    if (na.unit or None) != (nb.unit or None):
        return False
    if fa.event and fb.event and fa.event != fb.event:
        # "12 workers were injured" / "11 workers died": the same noun, different people.
        return False
    if fa.thing and fb.thing:
        return fa.thing == fb.thing
    if fa.thing or fb.thing:
        # "four workers were killed" / "the number of workers killed rose to nine": the
        # counted noun of one stands before the other's figure.
        thing, other = (fa.thing, fb) if fa.thing else (fb.thing, fa)
        # Failing that, "the death toll rose to 11" / "nine workers died": one side names no
        # counted noun, but both name the same thing happening to what they count.
        return thing in other.tokens_before or bool(fa.event and fa.event == fb.event)
    # No noun right after either figure ("rose to 40", "grew 32%"): what is measured comes
    # before it ("the death toll", "profit"); failing that, the verb after it ("12 died").
    if fa.before and fb.before:
        return bool(fa.before & fb.before)
    return bool(fa.after & fb.after)


def _periods(claim: Claim) -> frozenset[tuple[dt.date, dt.date]]:
    """The periods (a year, a decade: spans wider than any event date) the claim names."""
    return frozenset(
        (d.earliest, d.latest)
        for d in claim.dates
        if d.resolved and d.earliest and d.latest and (d.latest - d.earliest).days > MAX_DATE_SPAN
    )


@lru_cache(maxsize=1)
def load_counted_events() -> Mapping[str, str]:
    """Normalized token -> the event it names (data/counted_events.txt: "death: killed, ...")."""
    path = resources.files("claimtrack").joinpath("data").joinpath("counted_events.txt")
    events: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        name, _, members = line.partition(":")
        if line.lstrip().startswith("#") or not members:
            continue
        for member in members.split(","):
            token = normalize_text(member.strip()).text
            if token and " " not in token:
                events[token] = name.strip()
    return events


def _event_of(text: str, figure: str) -> str | None:
    """What happened to what a figure counts: the event word nearest to it in its own clause
    ("killed 3 and injured 12" gives each figure its own verb), the one after it on a tie
    (English puts the verb after its count: "12 were injured"). None when its clause names
    no event of the table, so such a figure is compared as before."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    events = load_counted_events()
    before = _token_list(_CLAUSE_BREAK.split(text[:index])[-1])
    after = _token_list(_CLAUSE_BREAK.split(text[index + len(figure) :])[0])
    found_after = next(((k, events[t]) for k, t in enumerate(after) if t in events), None)
    found_before = next(
        ((k, events[t]) for k, t in enumerate(reversed(before)) if t in events), None
    )
    if found_after and (not found_before or found_after[0] <= found_before[0]):
        return found_after[1]
    return found_before[1] if found_before else None


def _find_number(text: str, figure: str) -> int:
    """Where a figure stands in a claim's text, whatever its case: the parser's claim text
    may capitalize a figure that opened a clause ("nine workers" -> "Nine workers")."""
    index = text.find(figure)
    return index if index >= 0 else text.lower().find(figure.lower())


def _counts(counts: str | None) -> str | None:
    """The parser's counted noun, unless it is a function word ("seven of its workers")."""
    if not counts:
        return None
    word = counts.lower()
    if word in load_tables(None).stop_words or word in _PRONOUNS:
        return None
    return stem(word)


#: A figure joined by a hyphen to the word after it ("27-year-old", "two-year", "737-700s").
_GLUED = re.compile(r"-([A-Za-z]+|\d+)")


def _glued(text: str, figure: str) -> str | None:
    """The word a figure is hyphenated to: a compound modifier counts that word, not the noun
    after it. "his 27-year-old wife" counts years, not wives, and so does not meet "Peterson,
    31," or "More than 100 officers ... a two-year operation"; "a 38-word oath" still meets
    "a 35-word oath"."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    glued = _GLUED.match(text, index + len(figure))
    return stem(glued.group(1).lower()) if glued else None


def _counted_noun(text: str, figure: str) -> str | None:
    tokens = _context_tokens(text, figure, after=True)
    if tokens and not tokens[0].startswith(CLASS_PREFIX) and tokens[0] not in _TIME_WORDS:
        return tokens[0]
    return None


def _context(text: str, figure: str, *, after: bool) -> frozenset[str]:
    """Content tokens next to a number: after it (the verb: "12 died") or before it, where
    predicates are left out (the measured noun: "profit grew 32%")."""
    tokens = [t for t in _context_tokens(text, figure, after=after) if t not in _TIME_WORDS]
    if after:
        return frozenset(tokens[:2])
    nouns = [t for t in tokens if not t.startswith(CLASS_PREFIX)]
    return frozenset(nouns[-2:])


def _context_tokens(text: str, figure: str, *, after: bool) -> list[str]:
    index = _find_number(text, figure)
    if index < 0:
        return []
    window = text[index + len(figure) :] if after else text[:index]
    return [t for t in _token_list(window) if not _numeric(t) and t != "%"]


def _context_after(claim: Claim, number: NumberMention) -> str:
    text = claim.text
    index = _find_number(text, number.text)
    if index < 0:
        return ""
    words = text[index + len(number.text) :].split()[:2]
    return " ".join(w.strip(".,;:") for w in words)


def _numeric(token: str) -> bool:
    return token[:1].isdigit()


def _compatible(na: NumberMention, nb: NumberMention) -> bool:
    """Intervals meet, allowing for rounding (more when either figure is approximate). A
    floor and a ceiling at the same figure ("at least four dozen" / "almost four dozen") do
    not meet, whatever the rounding: each excludes what the other says."""
    if _opposite_bounds(na, nb):
        return False
    low_a, high_a, approximate_a = _stated_bounds(na)
    low_b, high_b, approximate_b = _stated_bounds(nb)
    tolerance = APPROXIMATE if (approximate_a or approximate_b) else ROUNDING
    finite = [abs(v) for v in (low_a, high_a, low_b, high_b) if math.isfinite(v)]
    if not finite:
        return True
    slack = tolerance * max(finite)
    return low_a <= high_b + slack and low_b <= high_a + slack


def _bounds(number: NumberMention) -> tuple[float, float]:
    low = number.low if number.low is not None else -math.inf
    high = number.high if number.high is not None else math.inf
    return low, high


#: Bound shapes (data/approximators.tsv) that put a figure strictly below its number.
_BELOW_SHAPES = frozenset({"nearly", "below"})


def _stated_bounds(number: NumberMention) -> tuple[float, float, bool]:
    """The figure's interval and whether it is approximate, a head count "up to N" read as N
    (data/count_ceilings.txt says why): only a count of people or things, not a measure."""
    low, high = _bounds(number)
    counted = (number.unit or "people") == "people"
    if counted and math.isfinite(high) and _shape(number.text) == "ceiling":
        return high, high, False
    return low, high, number.approximate


def _opposite_bounds(na: NumberMention, nb: NumberMention) -> bool:
    """One figure is a floor ("at least 48", "more than 200") and the other stays below the
    same number ("almost 48", "fewer than 200")."""
    for floor, other in ((na, nb), (nb, na)):
        if (
            floor.low is not None
            and floor.low == other.high
            and _shape(floor.text) == "above"
            and _shape(other.text) in _BELOW_SHAPES
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _bound_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, shape) of every word before a figure that bounds it, longest phrase first:
    the parser's data/approximators.tsv, with data/count_ceilings.txt as "ceiling"."""
    shapes = dict(line.split("\t", 1) for line in data_lines("approximators.tsv"))
    shapes = {phrase.lower(): shape.strip() for phrase, shape in shapes.items()}
    shapes |= {phrase.lower(): "ceiling" for phrase in data_lines("count_ceilings.txt")}
    return tuple(sorted(shapes.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1 << 14)
def _shape(figure: str) -> str:
    """The bound shape a figure's text opens with ("at least 48" -> "above"), or "exact"."""
    text = " ".join(figure.lower().split())
    for phrase, shape in _bound_phrases():
        if text.startswith(phrase + " "):
            return shape
    return "exact"


# --- dates -----------------------------------------------------------------------------------


def date_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Resolved dates that cannot be the same day, unless a time-zone shift explains a day."""
    return _date_conflicts(ClaimFacts(a), ClaimFacts(b))


def _date_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    dates_a = facts_a.precise_dates
    dates_b = facts_b.precise_dates
    if not dates_a or not dates_b:
        return _calendar_conflicts(facts_a, facts_b) or act_day_conflicts(a, b)
    if any(_dates_meet(a, da, b, db) for da in dates_a for db in dates_b):
        return []
    da, db = dates_a[0], dates_b[0]
    return [
        trusted(
            Conflict,
            type=ConflictType.DATE,
            claim_ids=(a.id, b.id),
            values=(da.text, db.text),
            explanation=(f"{a.source} dates it {_day_range(da)} and {b.source} {_day_range(db)}"),
            value_spans=((da.start, da.end), (db.start, db.end)),
        )
    ]


_MONTH_DAY = re.compile(
    r"\b(?:(?P<day_first>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?!,?\s*\d{4})"
)
#: A leap year, so that a yearless February 29 still has a place in the calendar.
_ANY_YEAR = 2000


def _calendar_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    """Dates without a year ("January 1" / "the end of February", in articles with no
    publication date) on days of the calendar more than a day apart: two outlets on one
    story mean the same year, so they cannot both be right."""
    if facts_a.all_dates_resolved and facts_b.all_dates_resolved:
        return []
    a, b = facts_a.claim, facts_b.claim
    days_a, days_b = facts_a.calendar_days, facts_b.calendar_days
    if not days_a or not days_b:
        return []
    if not _one_act(a, b):
        return []
    for _, (low_a, high_a) in days_a:
        for _, (low_b, high_b) in days_b:
            gap = max((low_b - high_a).days, (low_a - high_b).days)
            if gap <= 0:
                return []
            # A day apart is one moment only across time zones, as for resolved dates.
            if gap == 1 and _time_zone_shift(*((a, b) if high_a < low_b else (b, a))):
                return []
    (da, _), (db, _) = days_a[0], days_b[0]
    return [
        trusted(
            Conflict,
            type=ConflictType.DATE,
            claim_ids=(a.id, b.id),
            values=(da.text, db.text),
            explanation=f"{a.source} dates it {da.text} and {b.source} {db.text} (no year given)",
            value_spans=((da.start, da.end), (db.start, db.end)),
        )
    ]


#: Words before a date that make it the day something happens ("on January 1", "as of",
#: "at the end of February"), not the start of a period ("since January", "from April 21")
#: or a loose month ("in May or early June").
_EVENT_DAY = re.compile(r"\b(?:on|as of|at the end of|by|until|before)\s*$", re.I)


#: Words before a date that make it the start or end of a period, whatever it names.
_PERIOD_EDGE = re.compile(r"\b(?:since|from|between|through|after|until|till)\s*$", re.I)
#: A date naming one day of a month ("Tuesday, March 10", "10 March").
_DAY_OF_MONTH = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\b")


def _day_of_event(claim: Claim, date: DateMention) -> bool:
    """The date is the day something happened: after "on" and the like, or, whatever the
    preposition ("in the early hours of Tuesday, March 10"), a single day that does not open
    or close a period."""
    at = claim.sentence.find(date.text)
    before = claim.sentence[:at] if at >= 0 else ""
    if _EVENT_DAY.search(before):
        return True
    if _PERIOD_EDGE.search(before):
        return False
    if date.resolved and date.earliest is not None and date.earliest == date.latest:
        return True
    return bool(_MONTH_DAY.search(date.text) and _DAY_OF_MONTH.search(date.text))


def _calendar_days(claim: Claim) -> list[tuple[DateMention, tuple[dt.date, dt.date]]]:
    """The claim's days of an event, each with its days in one common year."""
    return [
        (d, span) for d in claim.dates if _day_of_event(claim, d) and (span := _calendar_span(d))
    ]


def _one_act(a: Claim, b: Claim) -> bool:
    """Stricter than a shared frame, for dates no publication date anchors: the same
    predicate, or (when neither has one) the same subject and mostly the same words."""
    ka, kb = _text_key(a.text), _text_key(b.text)
    if ka.predicates or kb.predicates:
        return bool(ka.predicates & kb.predicates)
    words_a = _words_of(a.subject) if a.subject else frozenset()
    words_b = _words_of(b.subject) if b.subject else frozenset()
    return bool(words_a & words_b) and _same_frame(ka, kb)


def _calendar_span(date: DateMention) -> tuple[dt.date, dt.date] | None:
    """The date's days in one common year: from its resolution, else from a month (and day)
    written without a year. Weekdays and relative dates without a publication date: None."""
    if date.resolved and date.earliest and date.latest:
        if (date.latest - date.earliest).days > MAX_DATE_SPAN:
            return None
        try:
            return date.earliest.replace(year=_ANY_YEAR), date.latest.replace(year=_ANY_YEAR)
        except ValueError:
            return None
    found = _MONTH_DAY.search(date.text)
    if found is None:
        return None
    month = list(calendar.month_name).index(found.group("month"))
    day_number = found.group("day") or found.group("day_first")  # "March 10" or "10 March"
    if day_number:
        try:
            day = dt.date(_ANY_YEAR, month, int(day_number))
        except ValueError:
            return None
        return day, day
    last = calendar.monthrange(_ANY_YEAR, month)[1]
    return dt.date(_ANY_YEAR, month, 1), dt.date(_ANY_YEAR, month, last)


def _precise(date: DateMention) -> bool:
    """Resolved to a month or less. A bare year ("returns dating back to 1977") names a
    period or an object far more often than the day the event happened."""
    if not (date.resolved and date.earliest and date.latest):
        return False
    return (date.latest - date.earliest).days <= MAX_DATE_SPAN


def _dates_meet(a: Claim, da: DateMention, b: Claim, db: DateMention) -> bool:
    assert da.earliest and da.latest and db.earliest and db.latest
    gap = max((db.earliest - da.latest).days, (da.earliest - db.latest).days)
    if gap <= 0:
        return True
    if gap > 1:
        return False
    earlier, later = (a, b) if da.latest < db.earliest else (b, a)
    return _time_zone_shift(earlier, later)


def _time_zone_shift(earlier: Claim, later: Claim) -> bool:
    """Evening on one day and morning on the next can be one moment in two time zones
    (Friday evening in Washington is Saturday morning in Seoul); so can any pair where a
    time zone is named. "Late Monday night" against "2:15 a.m. Tuesday" is not: a few hours
    apart in one place, a real difference."""
    cues = load_cues()
    words_earlier = set(_WORD.findall(earlier.sentence.lower()))
    words_later = set(_WORD.findall(later.sentence.lower()))
    if (words_earlier | words_later) & cues.time_zones:
        return True
    return bool(words_earlier & cues.evening) and bool(words_later & cues.morning)


_WEEKDAYS = tuple(day.lower() for day in calendar.day_name)
#: Words that may stand between a verb and the day it dates ("apologized on Friday").
_DAY_LEADS = frozenset("on in at by this last early late".split())
#: Words before a bare verb that make it one ("had to apologize", "will end").
_AUXILIARIES = frozenset("to will would could may might must shall can did does do".split())
#: Words that make the verb after them past: a year of a past act may be one of several.
_PAST_AUXILIARIES = frozenset("did had".split())
#: Words that make what follows a state lasting several days ("stayed closed on Monday",
#: and on Tuesday too), not an act done once.
_LASTING = frozenset(
    "stay stays stayed remain remains remained keep keeps kept continue continues continued"
    " still".split()
)


@dataclass(frozen=True)
class _ActDay:
    """A day of the week or a year that a verb of the claim dates ("apologized on Friday",
    "his term ends in 2019"), with the verb's stem. Years only for acts not in the past: a
    past act may recur ("won the election in 2008" and "in 2012" both hold), what is
    scheduled happens once."""

    verb: str
    word: str  # the verb as written
    date: DateMention
    weekday: int | None  # 0 = Monday; None for a year


def act_day_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two different days of the week, or two different years, for one act of the same
    thing: the same verb dates both ("had to apologize Saturday for the post" / "on Friday
    apologized for the post"; "his term ends in 2019" / "before his term ends in 2018")
    and the claims share a word besides (the post, the term). A day apart is one moment
    across time zones when the sentences say so (evening / morning, a time zone named)."""
    days_a, days_b = _act_days(a.text, a.dates), _act_days(b.text, b.dates)
    if not days_a or not days_b or not _shares_more_than(a, b, days_a + days_b):
        return []
    if _named_apart(a, b):
        return []  # "shops in Ashby closed on Monday" / "shops in Corbel closed on Friday"
    for day_a in days_a:
        for day_b in days_b:
            if day_a.verb != day_b.verb or (day_a.weekday is None) != (day_b.weekday is None):
                continue
            if _act_days_differ(a, day_a, b, day_b):
                da, db = day_a.date, day_b.date
                return [
                    trusted(
                        Conflict,
                        type=ConflictType.DATE,
                        claim_ids=(a.id, b.id),
                        values=(da.text, db.text),
                        explanation=(
                            f"{a.source} dates it {da.text} and {b.source} {db.text} "
                            f"({day_a.word} / {day_b.word})"
                        ),
                        value_spans=((da.start, da.end), (db.start, db.end)),
                    )
                ]
    return []


def _named_apart(a: Claim, b: Claim) -> bool:
    """Both claims name someone or somewhere, and neither text holds a name of the other (a
    name the parser missed on one side still counts when its word stands there)."""
    return _names_apart_in(a, a.text, b, b.text)


def _entity_tokens(claim: Claim, within: str) -> frozenset[str]:
    """The claim's names that stand in ``within`` (its text or a part of it), as match-key
    entity tokens ("New York" -> "ent_new_york")."""
    return frozenset(
        ENTITY_PREFIX + "_".join(_WORD.findall(e.canonical.lower()))
        for e in claim.entities
        if e.text in within
    )


def _name_words(names: frozenset[str]) -> set[str]:
    return {w for name in names for w in name[len(ENTITY_PREFIX) :].split("_") if len(w) > 2}


def _words_lower(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _act_days_differ(a: Claim, day_a: _ActDay, b: Claim, day_b: _ActDay) -> bool:
    if day_a.weekday is None or day_b.weekday is None:
        da, db = day_a.date, day_b.date
        return da.earliest != db.earliest or da.latest != db.latest
    gap = (day_b.weekday - day_a.weekday) % 7
    if gap == 0:
        return False
    if gap in (1, 6):  # a day apart, either way round
        earlier, later = (a, b) if gap == 1 else (b, a)
        return not _time_zone_shift(earlier, later)
    return True


def _shares_more_than(a: Claim, b: Claim, days: Sequence[_ActDay]) -> bool:
    """The claims share a content word or name besides the dating verbs and the days."""
    left_out = {d.verb for d in days} | {stem(w) for w in _WEEKDAYS}
    words_a, words_b = _text_key(a.text).tokens, _text_key(b.text).tokens
    stops = load_tables(None).stop_words
    return any(
        (t.startswith(ENTITY_PREFIX) or t.isalpha()) and t not in stops and t not in left_out
        for t in words_a & words_b
    )


@lru_cache(maxsize=1 << 14)
def _act_days(text: str, dates: tuple[DateMention, ...]) -> tuple[_ActDay, ...]:
    found = []
    for date in dates:
        weekday = _weekday_of(date)
        if weekday is None and not _single_year(date):
            continue
        at = text.find(date.text)
        if at < 0:
            continue
        verb = _dating_verb(text[:at], text[at + len(date.text) :], scheduled=weekday is None)
        # the day of a telling ("announced Sunday", "tweeted on Thursday") dates what was
        # told about, often several things: ``news_date_links`` compares those
        if verb is not None and verb.lower() not in _saying_verbs():
            found.append(_ActDay(stem(verb.lower()), verb, date, weekday))
    return tuple(found)


def _weekday_of(date: DateMention) -> int | None:
    """The day of the week a date names alone ("Friday", "Saturday morning"), or None."""
    if any(ch.isdigit() for ch in date.text) or _MONTH_DAY.search(date.text):
        return None  # "Friday, August 18" is a calendar day: ``_date_conflicts`` reads it
    words = _WORD.findall(date.text.lower())
    days = [_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS]
    return days[0] if len(days) == 1 and len(words) <= 2 else None


def _single_year(date: DateMention) -> bool:
    return bool(
        date.resolved
        and date.earliest
        and date.latest
        and date.earliest.year == date.latest.year
        and (date.earliest.month, date.earliest.day, date.latest.month, date.latest.day)
        == (1, 1, 12, 31)
        and date.text.strip().isdigit()
    )


#: Words before a word that make it a noun ("after the attack Friday").
_DETERMINERS_BEFORE = frozenset("the a an this that its his her their our my your".split())


def _dating_verb(before: str, after: str, *, scheduled: bool) -> str | None:
    """The verb right before the date ("apologize Saturday", "ends in 2019"),
    or right after it ("on Friday apologized"); None when no verb stands there. With
    ``scheduled``, only a verb not in the past. Only whole words next to each other count:
    "closed at $3.01 Friday" dates the price, not the closing."""
    words = [w.strip(",;:\"'“”‘’()") for w in before.split()]
    while words and words[-1].lower() in _DAY_LEADS:
        words.pop()
    last = words[-1] if words else ""
    # a capitalised word is a name ("travelled to Gundford on Monday"), not a verb
    if _WORD_AT.fullmatch(last) and not last[:1].isupper():
        previous = words[-2].lower() if len(words) > 1 else ""
        verb = _verb_stem(last, previous, scheduled=scheduled)
        if verb is not None:
            return verb
    following = after.split()[:2]
    if scheduled or not following or not _WORD_AT.fullmatch(following[0]):
        return None
    if following[0][:1].isupper() or _opens_a_date(" ".join(following[1:])):
        return None  # "forced out on Sunday returned Monday": "Monday" is the return's day
    return _verb_stem(following[0], "", scheduled=False)


def _opens_a_date(text: str) -> bool:
    word = text.strip(",;:.").lower()
    return word in _WEEKDAYS or word in _DAY_LEADS or word.isdigit()


def _verb_stem(word: str, previous: str, *, scheduled: bool) -> str | None:
    """``word`` if it reads as a verb (an -ed form, after "to" or "will", or a known verb)."""
    lowered = word.lower()
    past = lowered.endswith("ed") or previous in _PAST_AUXILIARIES
    if (scheduled and past) or previous in _LASTING or lowered in _LASTING:
        return None
    if previous in _DETERMINERS_BEFORE:
        return None  # "after the attack Friday": a noun
    verbs = load_cues().scheduled_verbs
    if lowered.endswith("ed") or previous in _AUXILIARIES or lowered in verbs:
        return word
    if lowered.endswith("s") and lowered[:-1] in verbs:
        return word
    return None


#: "last week", "two weeks ago", "3 days ago", "yesterday": how far back, in one unit.
_UNITS_AGO = re.compile(
    r"^(?:(?P<last>last|past)\s+(?P<unit_last>week|month|year)"
    r"|(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago"
    r"|(?P<yesterday>yesterday))$",
    re.I,
)
_COUNT_WORDS = {
    word: value
    for value, word in enumerate("one two three four five six seven eight nine ten".split(), 1)
} | {"a": 1, "an": 1}
#: Smallest difference, in each unit, between two "... ago" that a day or two between two
#: outlets' publication cannot explain.
_UNITS_APART = {"day": 2, "week": 1, "month": 1, "year": 1}


def relative_day_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two claims already matched as one fact that place it different distances back, in
    one unit, from publication days no date gives ("replaced last week" / "two weeks ago,
    ... recruited"). Only dates nothing resolved: with a publication date each side's day
    is known, and ``_date_conflicts`` compares those."""
    for da in a.dates:
        for db in b.dates:
            back_a, back_b = _units_ago(da), _units_ago(db)
            if back_a is None or back_b is None or back_a[1] != back_b[1]:
                continue
            if abs(back_a[0] - back_b[0]) >= _UNITS_APART[back_a[1]]:
                return [
                    trusted(
                        Conflict,
                        type=ConflictType.DATE,
                        claim_ids=(a.id, b.id),
                        values=(da.text, db.text),
                        explanation=(
                            f"{a.source} dates it {da.text} and {b.source} {db.text} "
                            f"({back_a[0]} vs {back_b[0]} {back_a[1]}s back)"
                        ),
                        value_spans=((da.start, da.end), (db.start, db.end)),
                    )
                ]
    return []


def _units_ago(date: DateMention) -> tuple[int, str] | None:
    """How many days, weeks, months or years back an unresolved date lies, or None."""
    if date.resolved:
        return None
    found = _UNITS_AGO.match(" ".join(date.text.split()))
    if found is None:
        return None
    if found.group("yesterday"):
        return 1, "day"
    if found.group("last"):
        return 1, found.group("unit_last").lower()
    count = found.group("count").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    return number, found.group("unit").lower()


def _day_range(date: DateMention) -> str:
    assert date.earliest and date.latest
    if date.earliest == date.latest:
        return f"{date.text} ({date.earliest.isoformat()})"
    return f"{date.text} ({date.earliest.isoformat()} to {date.latest.isoformat()})"


# --- polarity --------------------------------------------------------------------------------


def negation_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    """One says it happened, the other that it did not (same frame, opposite polarity).

    Polarity is read from the match keys, where "will not attend" has already become "will
    skip": the claims' own flags would call that pair a negation conflict.
    """
    if not match.polarity_clash(ka, kb) or not _same_frame(ka, kb):
        return []
    if not _shared_object(a, b, ka, kb) or not _names_the_subject(a, b, ka, kb):
        return []
    if _opposite_predicates(ka, kb, tables):
        return []  # "will not continue" vs "halts": a double negative, they agree
    if (a.certainty is Certainty.PLANNED) != (b.certainty is Certainty.PLANNED):
        # "plans are under way for a first meeting" / "no meeting has taken place": what
        # is planned and what has happened so far are facts about two different times.
        return []
    denying = a if ka.negated else b
    affirming = b if ka.negated else a
    if _dated_ahead(affirming) and denying.certainty is not Certainty.PLANNED:
        # "before the summit next month" / "no such summit has ever taken place": an event
        # still to come and what has happened so far are facts about two different times.
        return []
    if _negation_in_relative_clause(denying):
        return []  # "countries that don't have exemptions will face tariffs" denies nothing
    cue = (denying.negation_cue or "").lower()
    if cue in _NOUN_NEGATIONS and not ka.predicates & kb.predicates:
        # "NO to Muscat talks" denies an act; "the delegation to the Muscat talks was led by
        # X" only names the talks. A "no" before a noun is contradicted by the same act
        # ("no one was killed" / "three were killed"), not by another mention of the noun.
        return []
    key_affirming, key_denying = (kb, ka) if ka.negated else (ka, kb)
    if _only_intended(affirming, key_denying.negated_heads & key_affirming.tokens, tables):
        return []  # "sought to question him" / "he has not been questioned": both hold
    value_a = a.negation_cue or ("not" if ka.negated else "affirmed")
    value_b = b.negation_cue or ("not" if kb.negated else "affirmed")
    said, denied = (b, a) if ka.negated else (a, b)
    return [
        trusted(
            Conflict,
            type=ConflictType.NEGATION,
            claim_ids=(a.id, b.id),
            values=(value_a, value_b),
            explanation=f"{said.source} says it happened; {denied.source} says it did not",
            value_spans=(_span(a, a.negation_cue), _span(b, b.negation_cue)),
        )
    ]


#: First words of a date that lies ahead of the writing ("next Friday", "the coming week").
_AHEAD = frozenset("next coming upcoming tomorrow".split())


def _dated_ahead(claim: Claim) -> bool:
    """The claim dates something after the day it was written ("next Friday")."""
    for date in claim.dates:
        words = _WORD.findall(date.text.lower())
        if words[:1] == ["the"]:
            words = words[1:]
        if words[:1] and words[0] in _AHEAD:
            return True
    return False


def _may_be_antonyms(ka: MatchKey, kb: MatchKey, tables: Tables) -> bool:
    """What ``antonym_conflicts`` needs before anything else, cheap to test: the same
    polarity and opposite predicates. Tested before the subjects are compared, since
    reading a subject costs more and most pairs have no opposite predicates."""
    return ka.negated == kb.negated and _opposite_predicates(ka, kb, tables) is not None


def antonym_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    """Opposite predicates with the same polarity: "suspended" vs "resumed"."""
    if ka.negated != kb.negated:
        return []
    pair = _opposite_predicates(ka, kb, tables)
    if pair is None or not _shared_object(a, b, ka, kb):
        return []
    if _only_intended(a, frozenset({CLASS_PREFIX + pair[0]}), tables) or _only_intended(
        b, frozenset({CLASS_PREFIX + pair[1]}), tables
    ):
        return []  # "tried to capture the airport" / "failed to capture it": both hold
    if ka.negation_folded != kb.negation_folded:
        # "will not attend" was folded into "skip": to a reader this is a plain negation.
        return _folded_negation(a, b, ka)
    word_a, word_b = _predicate_word(a, pair[0], tables), _predicate_word(b, pair[1], tables)
    if (word_a and _named_not_done(a.text, word_a)) or (word_b and _named_not_done(b.text, word_b)):
        # "reverse a national decline", "announcement of a freeze": a noun names the
        # thing, the claim does not say that it was done.
        return []
    return [
        trusted(
            Conflict,
            type=ConflictType.ANTONYM,
            claim_ids=(a.id, b.id),
            values=(word_a or pair[0], word_b or pair[1]),
            explanation=f"{a.source} says {word_a or pair[0]}, {b.source} the opposite: "
            f"{word_b or pair[1]}",
            value_spans=(_span(a, word_a), _span(b, word_b)),
        )
    ]


def _folded_negation(a: Claim, b: Claim, ka: MatchKey) -> list[Conflict]:
    denied, said = (a, b) if ka.negation_folded else (b, a)
    cue = denied.negation_cue or "not"
    values = (cue, "affirmed") if denied is a else ("affirmed", cue)
    spans = (_span(a, cue), None) if denied is a else (None, _span(b, cue))
    return [
        trusted(
            Conflict,
            type=ConflictType.NEGATION,
            claim_ids=(a.id, b.id),
            values=values,
            explanation=f"{said.source} says it happened; {denied.source} says it did not",
            value_spans=spans,
        )
    ]


def _opposite_predicates(ka: MatchKey, kb: MatchKey, tables: Tables) -> tuple[str, str] | None:
    # A run holds few distinct predicate sets (42 in 59,000 claims), each pair of them asked
    # about again and again: the answer is kept with the tables it was found in.
    pair = (ka.predicates, kb.predicates)
    known = _OPPOSITES.get(pair)
    if known is None or known[0] is not tables:
        if len(_OPPOSITES) >= _OPPOSITES_KEPT:
            _OPPOSITES.clear()
        known = _OPPOSITES[pair] = (tables, _first_opposites(*pair, tables))
    return known[1]


_OPPOSITES: dict[tuple[frozenset[str], frozenset[str]], tuple[Tables, tuple[str, str] | None]] = {}
_OPPOSITES_KEPT = 1 << 16


def _first_opposites(
    predicates_a: frozenset[str], predicates_b: frozenset[str], tables: Tables
) -> tuple[str, str] | None:
    only_a = predicates_a - predicates_b
    only_b = predicates_b - predicates_a
    for p in sorted(only_a):
        for q in sorted(only_b):
            if tables.are_antonyms(p, q):
                return p, q
    return None


def _predicate_word(claim: Claim, predicate_class: str, tables: Tables) -> str | None:
    """The word of the claim's text that belongs to ``predicate_class``, as written."""
    for found in re.finditer(r"[A-Za-z]+", claim.text):
        word = found.group(0)
        if tables.predicates.get((stem(word.lower()),)) == predicate_class:
            return word
    return None


def _same_event(ka: MatchKey, kb: MatchKey) -> bool:
    """Stricter than a frame: the same predicate ("approved the decision on Sunday" and "will
    skip next week's talks" date two different events), or mostly the same words."""
    if ka.predicates and kb.predicates:
        return bool(ka.predicates & kb.predicates)
    return _same_frame(ka, kb)


def _shared_object(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> bool:
    """A content word besides names and predicates in common ("production", "talks"): two
    opposite verbs about different things ("freeze cooperation" / "keep bags packed") are no
    antonym conflict, nor are two acts of one person ("Mattis joins a list of departures" /
    "Mr. Mattis refused"): a name written as one (capitalized inside the sentence) in either
    claim is who acts, not what is acted on."""
    names = _name_tokens(a.text) | _name_tokens(b.text)
    plain = {
        t
        for t in ka.tokens & kb.tokens
        if t != "not"
        and not t.startswith((CLASS_PREFIX, ENTITY_PREFIX))
        and not _numeric(t)
        and t not in names
    }
    return bool(plain)


_WORD_CASED = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 16)
def _name_tokens(text: str) -> frozenset[str]:
    """Normalized tokens of the words written capitalized after the claim's first word."""
    found: set[str] = set()
    for found_word in list(_WORD_CASED.finditer(text))[1:]:
        word = found_word.group(0)
        if word[0].isupper() and not word.isupper():
            found |= _words_of(word)
    return frozenset(found)


def _names_the_subject(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> bool:
    """One claim's subject is named in the other ("Mr. Manafort pleaded not guilty" says
    nothing of "Michael Flynn pleaded guilty"). Unknown or pronoun subjects pass."""
    words_a = _words_of(a.subject) if a.subject else frozenset()
    words_b = _words_of(b.subject) if b.subject else frozenset()
    if not words_a or not words_b:
        return True
    return bool(words_a & kb.tokens or words_b & ka.tokens)


#: Determiners and possessives: a predicate word right after one is a noun ("a freeze").
_DETERMINERS = frozenset("a an the this that its their his her our your any no".split())
#: Adjective endings: "a national decline", "a temporary freeze" are nouns too.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ible", "able", "ary")


def _named_not_done(text: str, word: str) -> bool:
    """Every use of ``word`` in ``text`` is a noun after a determiner, so the claim names the
    act (a freeze, a decline) rather than saying it happened."""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", text)]
    target = word.lower()
    uses = [k for k, w in enumerate(words) if w == target]
    if not uses:
        return False
    for k in uses:
        before = words[k - 1] if k >= 1 else ""
        two_before = words[k - 2] if k >= 2 else ""
        if before in _DETERMINERS:
            continue
        if two_before in _DETERMINERS and before.endswith(_ADJECTIVE_ENDINGS):
            continue
        return False
    return True


_RELATIVE = frozenset("who which that".split())
#: Negations that stand before a noun rather than a verb ("no talks", "nobody was hurt").
_NOUN_NEGATIONS = frozenset("no none nothing nobody neither nor".split())


def _negation_in_relative_clause(claim: Claim) -> bool:
    """The negation cue opens a relative clause that describes a noun ("countries that don't
    have exemptions", "lawmakers who did not vote"), so it does not deny the claim's act. A
    "that" after a verb of saying ("said that nothing changed") introduces the statement."""
    cue = claim.negation_cue
    if not cue:
        return False
    words = [w.lower() for w in _WORD_AT.findall(claim.text)]
    first = cue.lower().split()[0]
    for k, word in enumerate(words):
        if word != first or k == 0:
            continue
        pronoun = words[k - 1] if words[k - 1] in _RELATIVE else None
        if pronoun is None and k >= 2 and words[k - 2] in _RELATIVE:
            pronoun = words[k - 2]  # "who have not", "that did not"
            before = words[k - 3] if k >= 3 else ""
        else:
            before = words[k - 2] if k >= 2 else ""
        if pronoun is None:
            return False
        # "said that nothing changed": "that" after a verb of saying opens the statement
        return not (pronoun == "that" and (before in _saying_verbs() or not before))
    return False


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    path = resources.files("claimtrack").joinpath("data").joinpath("attribution_verbs.txt")
    lines = path.read_text("utf-8").splitlines()
    verbs = {line.split()[0].lower() for line in lines if line.strip() and line[0] != "#"}
    return frozenset(verbs | {"so", "such", "fact", "now", "denied", "denies", "deny"})


_WORD_AT = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _only_intended(claim: Claim, heads: frozenset[str], tables: Tables) -> bool:
    """Every mention in ``claim`` of the ``heads`` (the words the other claim negates) stands
    after an intent cue and "to" ("sought for months to question", "is planning to meet",
    "pressure to step down"): the act is wanted or planned, not reported as done."""
    if not heads:
        return False
    positions = [start for start, token in _head_positions(claim.text) if token in heads]
    if not positions:
        return False
    cues = load_cues().intent
    return all(_after_intent(claim.text[:start], cues) for start in positions)


@lru_cache(maxsize=1 << 14)
def _head_positions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, match token) of each word or predicate phrase, as the match key spells it."""
    tables = load_tables(None)
    found = [(m.start(), stem(m.group(0).lower())) for m in _WORD_AT.finditer(text)]
    out: list[tuple[int, str]] = []
    for k, (start, token) in enumerate(found):
        out.append((start, token))
        for size in (3, 2, 1):
            gram = tuple(t for _, t in found[k : k + size])
            if len(gram) == size and gram in tables.predicates:
                out.append((start, CLASS_PREFIX + tables.predicates[gram]))
                break
    return tuple(out)


def _after_intent(before: str, cues: frozenset[str]) -> bool:
    """The text before a word ends in "<cue> [up to four words] to" (or "to be")."""
    words = [w.lower() for w in _WORD_AT.findall(before[-80:])]
    if words[-2:-1] == ["to"] and words[-1:] == ["be"]:
        words = words[:-1]
    if not words or words[-1] != "to":
        return False
    return any(w in cues for w in words[-6:-1])


def _same_frame(ka: MatchKey, kb: MatchKey) -> bool:
    """Both claims about one event: a shared predicate frame, or mostly the same words."""
    if not ka.frames.isdisjoint(kb.frames):
        return True
    words_a, words_b = _content_words(ka), _content_words(kb)
    smaller = min(len(words_a), len(words_b))
    return smaller > 0 and len(words_a & words_b) / smaller >= 0.6


def _content_words(key: MatchKey) -> frozenset[str]:
    """Tokens that say what happened: no negation, figures or time words (those are the
    details the judge compares, so they must not decide whether to compare)."""
    return _content_of(key.tokens)


@lru_cache(maxsize=1 << 18)
def _content_of(tokens: frozenset[str]) -> frozenset[str]:
    # Cached on the key's own token set (its hash is cached and a hit is an identity check):
    # the judge asks this for every pair a claim is in, and it depends on the claim alone.
    return frozenset(t for t in tokens if t != "not" and not _numeric(t) and t not in _TIME_WORDS)


def attribution_conflicts(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> list[Conflict]:
    """One party asserts what another denies ("X said Y" vs "Z denied Y")."""
    return _attribution_conflicts(ClaimFacts(a), ClaimFacts(b), ka, kb)


def _attribution_conflicts(
    facts_a: ClaimFacts, facts_b: ClaimFacts, ka: MatchKey, kb: MatchKey
) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    denial_a, denial_b = facts_a.denial, facts_b.denial
    if denial_a == denial_b or not _same_frame(ka, kb):
        return []
    asserting, denying = (b, a) if denial_a else (a, b)
    if asserting.negated or not _shared_object(a, b, ka, kb):
        return []
    who_asserts = asserting.attribution or asserting.source
    who_denies = denying.attribution or denying.source
    value_a = _attribution_value(a)
    value_b = _attribution_value(b)
    return [
        trusted(
            Conflict,
            type=ConflictType.ATTRIBUTION,
            claim_ids=(a.id, b.id),
            values=(value_a, value_b),
            explanation=f"asserted by {who_asserts}, denied by {who_denies}",
            value_spans=(_span(a, a.attribution_cue), _span(b, b.attribution_cue)),
        )
    ]


def _denial(claim: Claim) -> bool:
    cues = load_cues().denials
    for cue in (claim.attribution_cue, claim.negation_cue):
        # "X denied that ..." reaches us either as the attribution or as the negation cue
        if cue and cue.split() and stem(cue.lower().split()[0]) in cues:
            return True
    return False


def _attribution_value(claim: Claim) -> str:
    parts = [p for p in (claim.attribution, claim.attribution_cue) if p]
    return " ".join(parts) if parts else "stated"


# --- reasons and scope -----------------------------------------------------------------------


def reason_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Both give a cause for the event, and the causes share (almost) no words."""
    if not a.reason or not b.reason:
        return []
    return _reason_conflicts(ClaimFacts(a), ClaimFacts(b))


def _reason_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    words_a, words_b = facts_a.cause_words, facts_b.cause_words
    if not words_a or not words_b:
        return []
    a, b = facts_a.claim, facts_b.claim
    assert a.reason and b.reason  # only a claim that gives a reason has its words
    shared = len(words_a & words_b) / min(len(words_a), len(words_b))
    if shared >= SAME_REASON:
        return []
    return [
        trusted(
            Conflict,
            type=ConflictType.REASON,
            claim_ids=(a.id, b.id),
            values=(a.reason, b.reason),
            explanation=f'{a.source} gives the reason "{a.reason}", {b.source} "{b.reason}"',
            value_spans=(facts_a.reason_span, facts_b.reason_span),
        )
    ]


#: Words that may stand between "citing" and the source it names ("citing a senior official").
_CITED_MODIFIERS = 3
_OPENING_QUOTES = frozenset("“‘«")
_STRAIGHT_QUOTES = frozenset("\"'")


def _cause_words(claim: Claim) -> frozenset[str]:
    """The words of the claim's cause (``_reason_words``); none unless it states one."""
    if not claim.reason or not _states_a_cause(claim, claim.reason):
        return frozenset()
    return _reason_words(claim.reason)


def _states_a_cause(claim: Claim, reason: str) -> bool:
    """Whether the text the splitter took for a cause gives one.

    Not a cause: "due to" before a verb is a schedule ("the waivers were due to expire at
    midnight"); "citing" before a source is attribution ("citing a senior official"); a cause
    that opens a quoted sentence ("... wrote: 'Because you ...'") explains something said
    inside the quoted text, which the claim does not show, not the claim's own event (a
    quoted cause word, 'blamed "logistics"', is still a cause).
    """
    return _gives_a_cause(claim.text, reason)


@lru_cache(maxsize=1 << 14)
def _gives_a_cause(text: str, reason: str) -> bool:
    # Once per claim text: the judge asks for every pair of causes a claim is in.
    words = _WORD.findall(reason.lower())
    cues = load_cues()
    if words[:2] == ["due", "to"] and len(words) > 2 and words[2] in cues.scheduled_verbs:
        return False
    if words[:1] == ["citing"] and _names_a_source(words[1 : 2 + _CITED_MODIFIERS], cues):
        return False
    at = text.find(reason)
    opens_a_sentence = reason[:1].isupper()
    return not (opens_a_sentence and at > 0 and _opens_quotation(text[:at].rstrip()))


def _opens_quotation(before: str) -> bool:
    """The text ends with an opening quote mark (a straight one opens when it is odd)."""
    mark = before[-1:]
    if mark in _STRAIGHT_QUOTES:
        return before.count(mark) % 2 == 1
    return mark in _OPENING_QUOTES


def _names_a_source(words: list[str], cues: Cues) -> bool:
    """A source noun among the first words after "citing", before any preposition that would
    make it the complement of a cause ("citing concerns raised by officials")."""
    for word in words:
        if word in cues.cited_sources:
            return True
        if word in _PREPOSITIONS:
            return False
    return False


_PREPOSITIONS = frozenset("of by from over about for on in with to that which who".split())


#: Words every stated cause may use ("for logistical reasons" = "logistics").
_GENERIC_REASON = frozenset({"reason", "reasons", "caus", "cause", "factor"})
_NOT_PART = re.compile(r"\bnot\s+[^,;]+", re.I)


@lru_cache(maxsize=1 << 14)
def _reason_words(reason: str) -> frozenset[str]:
    """What a cause says, compared by word beginnings ("logistical" = "logistics"); what it
    rules out ("logistical problems, not politics") and generic words are left out."""
    said = _NOT_PART.sub(" ", reason)
    return frozenset(
        t[:5]
        for t in _words_of(said)
        if t not in _GENERIC_REASON and not t.startswith(CLASS_PREFIX)
    ) | frozenset(t for t in _words_of(said) if t.startswith(CLASS_PREFIX))


def reason_links(
    claims: Sequence[Claim], keys: Sequence[MatchKey], options: Options | None = None
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles that give a cause for the same event.

    What a claim explains is the rest of its sentence ("the fire started when ..."). A claim
    that explains an event noun ("the decision was taken for logistical reasons") or names
    nothing it explains ("officials blamed logistics") explains its article's own news: the
    article's first claim. Two explained events are the same when they share a predicate
    (and report no two different acts), when the words right before both causes share a
    noun ("the fire started when" / "the fire was caused by"), or when they are about the
    same event frame as the matcher measures it. Claims are compared within buckets of
    shared event words, never all pairs.
    """
    reasoned = [i for i, c in enumerate(claims) if c.reason]
    if len(reasoned) < 2:
        return []
    threshold = (options or Options()).related_threshold
    lead: dict[str, int] = {}
    for i, c in enumerate(claims):
        lead.setdefault(c.article_id, i)
    events = {i: _explained_event(claims[i], keys[lead[claims[i].article_id]]) for i in reasoned}
    buckets: dict[str, list[int]] = {}
    for i in reasoned:
        event = events[i]
        for token in event.key.tokens | event.head:
            buckets.setdefault(token, []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_REASON_BUCKET:
            continue  # a word every cause shares says nothing of the event
        for x, y in itertools.combinations(members, 2):
            if claims[x].article_id != claims[y].article_id:
                candidates.add((min(x, y), max(x, y)))
    direct = [
        (x, y)
        for x, y in sorted(candidates)
        if _same_event_explained(events[x], events[y], threshold)
    ]
    # Causes of what other parties did are causes of other events, also when a claim that
    # names no one links both ("the talks were halted for logistical reasons"). A claim's
    # parties are its own names and those of the event it explains (the spokesperson's
    # "logistical problems led to the decision" explains the article's "Iran pulled out").
    names = {i: keys[i].entities | events[i].key.entities for i in reasoned}
    # answered once per pair of name sets: a closed set of n claims gives n * (n - 1) / 2
    # pairs, and most claims of a story name the same parties
    apart: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
    closed = []
    for x, y in _closed(direct):
        sets = (names[x], names[y])
        found = apart.get(sets)
        if found is None:
            found = apart[sets] = match.names_apart(*sets)
        if not found:
            closed.append((x, y))
    return _across_articles(closed, claims)


def _closed(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every pair inside each connected set of linked claims (A and B explain one event, B
    and C too: so do A and C), unless the set is too large to be one event's causes."""
    neighbours: dict[int, set[int]] = {}
    for x, y in pairs:
        neighbours.setdefault(x, set()).add(y)
        neighbours.setdefault(y, set()).add(x)
    closed = set(pairs)
    seen: set[int] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        component, todo = {start}, [start]
        while todo:
            for other in neighbours[todo.pop()] - component:
                component.add(other)
                todo.append(other)
        seen |= component
        if len(component) <= MAX_REASON_SET:
            closed |= set(itertools.combinations(sorted(component), 2))
    return sorted(closed)


def _across_articles(
    pairs: list[tuple[int, int]], claims: Sequence[Claim]
) -> list[tuple[int, int]]:
    return [(x, y) for x, y in pairs if claims[x].article_id != claims[y].article_id]


#: Most claims one event's causes may link pair by pair (more is a topic, not an event).
MAX_REASON_SET = 30


def news_date_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options | None = None,
    arrays: ScoredArrays | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles that date the same telling of the news: the
    speaker-and-day of a sentence ("..., the ministry said on Monday") or a dated event noun
    ("the ministry made the announcement on Tuesday"). Both must name the same speaker (two
    words of it in common, "the Iranian Foreign Ministry" / "the Foreign Ministry") and come
    from articles that report the same story (they share a matched claim), so their days
    must agree. Compared within buckets of speaker words, never all pairs. ``arrays``, the
    ``ScoredArrays`` of ``scored`` if the caller has them, saves reading the pairs again."""
    options = options or Options()
    dating = [i for i, c in enumerate(claims) if _dates_the_news(c, keys[i])]
    if len(dating) < 2:
        return []
    same_story = _same_story(claims, dating, arrays or ScoredArrays(scored, options))
    speakers = {i: _words_of(claims[i].subject or "") for i in dating}
    buckets: dict[str, list[int]] = {}
    for i in dating:
        for word in speakers[i]:
            buckets.setdefault(word, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_REASON_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            articles = tuple(sorted((claims[x].article_id, claims[y].article_id)))
            shared = speakers[x] & speakers[y]
            smaller = min(len(speakers[x]), len(speakers[y]))
            if (
                articles[0] != articles[1]
                and articles in same_story
                and len(shared) >= min(2, smaller)
            ):
                pairs.add((min(x, y), max(x, y)))
    return sorted(pairs)


def _same_story(
    claims: Sequence[Claim], tellings: Sequence[int], arrays: ScoredArrays
) -> set[tuple[str, ...]]:
    """The pairs of articles (sorted ids) with a matched pair of claims other than
    ``tellings``: what the articles report, not who said it when (the tellings themselves
    all look alike)."""
    telling = np.zeros(len(claims), np.bool_)
    telling[tellings] = True
    left, right = arrays.left, arrays.right
    keep = arrays.same_fact & ~telling[left] & ~telling[right]
    # one code per article, so that each pair of articles is turned into ids once
    codes: dict[str, int] = {}
    article = np.fromiter(
        (codes.setdefault(c.article_id, len(codes)) for c in claims), np.int64, len(claims)
    )
    ids = list(codes)
    count = len(ids)
    found = np.unique(article[left[keep]] * count + article[right[keep]])
    return {tuple(sorted((ids[c // count], ids[c % count]))) for c in found.tolist()}


#: Most apart (relative to the larger) two figures for one count may be and still be told
#: apart as a discrepancy between sentences that say different things otherwise: further
#: apart, they usually count different sets ("4,300 stores nationwide" / "3,400 stores
#: where the plaintiffs worked").
CLOSE_FIGURES = 0.15
#: Smallest figure that, given alike by two claims, ties them to one fact ("$139 million"
#: / "$140,937,785"): a small one ("two", "10%") is shared by chance.
ANCHOR_FIGURE = 1000.0


def figure_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    facts: Callable[[int], ClaimFacts],
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story that give close but different
    figures for the same counted thing, in sentences that otherwise say different things
    ("a lawsuit on behalf of up to 1.6 million women" / "the lawsuit that covers 1.5
    million women"). The figures' unit and counted noun must be the same, and the claims
    share a word besides (a noun counted with no noun of its own, "in seven years", needs
    a large figure both give alike instead: "earned $139 million in seven years" / "earned
    $140,937,785 over the eight year span"). ``facts`` gives each claim's ``ClaimFacts``.
    Compared within buckets of one unit and noun, never all pairs."""
    buckets: dict[tuple[str | None, str | None], list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.numbers:
            for number, figure in facts(i).figures:
                if figure.thing or number.unit:
                    bucket = buckets.setdefault((number.unit or None, figure.thing), [])
                    if not bucket or bucket[-1] != i:
                        bucket.append(i)
    candidates: dict[tuple[int, int], str | None] = {}
    for (_, thing), members in buckets.items():
        if len(members) > MAX_REASON_BUCKET:
            continue  # a count every claim of the run gives says nothing of one fact
        for x, y in itertools.combinations(members, 2):
            if claims[x].article_id == claims[y].article_id:
                continue
            tied = (
                _governed_alike(facts(x), facts(y), thing)
                if thing is not None
                else _anchored(facts(x), facts(y))
            )
            if tied:
                candidates.setdefault((x, y), thing)
    links = []
    for x, y in _in_one_story(set(candidates), claims, keys, arrays):
        if _other_occasion(facts(x), facts(y), candidates[(x, y)]):
            continue
        found = _numeric_conflicts(facts(x), facts(y))
        if contradicts(found) and all(_close_figures(c, claims[x], claims[y]) for c in found):
            links.append((x, y))
    return links


#: Content words before a figure, in its clause, that say what the figure is a count of.
GOVERNING_WORDS = 6


def _governed_alike(facts_a: ClaimFacts, facts_b: ClaimFacts, thing: str) -> bool:
    """A figure counting ``thing`` in each claim, with a word in common among the words that
    lead up to it ("a lawsuit on behalf of up to 1.6 million women" / "a lawsuit involving
    as many as 1.5 million women"): the same noun counted for the same thing."""
    return bool(_governing(facts_a, thing) & _governing(facts_b, thing))


def _governing(facts: ClaimFacts, thing: str) -> set[str]:
    """The last ``GOVERNING_WORDS`` content words before each figure counting ``thing``."""
    words: set[str] = set()
    stops = load_tables(None).stop_words
    for clause in _governing_clauses(facts, thing):
        tokens = [
            t
            for t in _token_list(clause)
            if (t.startswith(ENTITY_PREFIX) or t.isalpha()) and t != thing and t not in stops
        ]
        words.update(tokens[-GOVERNING_WORDS:])
    return words


def _governing_clauses(facts: ClaimFacts, thing: str | None) -> list[str]:
    """The clause before each figure counting ``thing`` (each of the claim's figures that
    has a unit for None), up to the figure."""
    text = facts.claim.text
    clauses = []
    for number, figure in facts.figures:
        if figure.thing == thing and (thing is not None or number.unit):
            index = _find_number(text, number.text)
            clauses.append(_CLAUSE_BREAK.split(text[: max(index, 0)])[-1])
    return clauses


def _other_occasion(facts_a: ClaimFacts, facts_b: ClaimFacts, thing: str | None) -> bool:
    """The figures are given for different parties or places ("Ashby promised $847 million
    to rebuild Corbel" / "Dunmore promised $783 million to rebuild Elton": names in the
    clauses that lead up to the figures), or the claims name days that do not meet:
    sentences that say little else alike are then about two occasions."""
    a, b = facts_a.claim, facts_b.claim
    if _names_apart_in(a, _figure_window(facts_a, thing), b, _figure_window(facts_b, thing)):
        return True
    dates_a, dates_b = facts_a.precise_dates, facts_b.precise_dates
    if dates_a and dates_b:
        return not any(_dates_meet(a, da, b, db) for da in dates_a for db in dates_b)
    days_a, days_b = facts_a.calendar_days, facts_b.calendar_days  # days without a year
    return bool(days_a and days_b) and not any(
        max((low_b - high_a).days, (low_a - high_b).days) <= 1
        for _, (low_a, high_a) in days_a
        for _, (low_b, high_b) in days_b
    )


#: Words before and after a figure that name whose figure it is ("Ashby promised $847
#: million to rebuild Corbel"); names further away are about other things of the sentence.
FIGURE_WINDOW = (8, 5)


def _figure_window(facts: ClaimFacts, thing: str | None) -> str:
    """The words around each figure counting ``thing`` (each with a unit for None)."""
    text = facts.claim.text
    before, after = FIGURE_WINDOW
    parts = []
    for number, figure in facts.figures:
        if figure.thing == thing and (thing is not None or number.unit):
            index = max(_find_number(text, number.text), 0)
            parts += text[:index].split()[-before:]
            parts += text[index + len(number.text) :].split()[:after]
    return " ".join(parts)


def _names_apart_in(a: Claim, text_a: str, b: Claim, text_b: str) -> bool:
    """``_named_apart`` for the names of each claim that stand in a part of its text."""
    names_a = _entity_tokens(a, text_a)
    names_b = _entity_tokens(b, text_b)
    if not match.names_apart(names_a, names_b):
        return False
    return not (_name_words(names_a) & _words_lower(text_b)) and not (
        _name_words(names_b) & _words_lower(text_a)
    )


def _anchored(facts_a: ClaimFacts, facts_b: ClaimFacts) -> bool:
    """Both claims give one large figure alike (the same unit, within rounding)."""
    return any(
        (na.unit or None) == (nb.unit or None)
        and _point(na) >= ANCHOR_FIGURE
        and _compatible(na, nb)
        for na, _ in facts_a.figures
        for nb, _ in facts_b.figures
    )


def _point(number: NumberMention) -> float:
    """One value for a figure: the middle of its interval, or its one finite bound."""
    low, high, _ = _stated_bounds(number)
    ends = [v for v in (low, high) if math.isfinite(v)]
    return sum(ends) / len(ends) if ends else math.inf


def _close_figures(conflict: Conflict, a: Claim, b: Claim) -> bool:
    """The conflict's two figures are within ``CLOSE_FIGURES`` of each other."""
    spans_a, spans_b = conflict.value_spans
    na = next((n for n in a.numbers if (n.start, n.end) == spans_a), None)
    nb = next((n for n in b.numbers if (n.start, n.end) == spans_b), None)
    if na is None or nb is None:
        return False
    pa, pb = _point(na), _point(nb)
    if not (math.isfinite(pa) and math.isfinite(pb)) or max(abs(pa), abs(pb)) == 0:
        return False
    return abs(pa - pb) <= CLOSE_FIGURES * max(abs(pa), abs(pb))


def act_day_links(
    claims: Sequence[Claim], keys: Sequence[MatchKey], arrays: ScoredArrays
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story that date one act differently
    (``act_day_conflicts``), in sentences that otherwise say different things but share a
    name. Compared within buckets of one dating verb, never all pairs."""
    buckets: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.dates:
            for verb in sorted({d.verb for d in _act_days(claim.text, claim.dates)}):
                buckets.setdefault(verb, []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_REASON_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            if claims[x].article_id != claims[y].article_id:
                candidates.add((x, y))
    return [
        (x, y)
        for x, y in _in_one_story(candidates, claims, keys, arrays)
        if _share_a_name(claims[x], claims[y])
        and contradicts(act_day_conflicts(claims[x], claims[y]))
    ]


def _share_a_name(a: Claim, b: Claim) -> bool:
    """A name of one claim stands in the other's text: sentences that otherwise say
    different things are about the same people ("a Republican staffer apologized for a
    Facebook post" / "the Republican aide had to apologize for the Facebook post")."""
    return bool(
        _name_words(_entity_tokens(a, a.text)) & _words_lower(b.text)
        or _name_words(_entity_tokens(b, b.text)) & _words_lower(a.text)
    )


def _in_one_story(
    candidates: set[tuple[int, int]],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
) -> list[tuple[int, int]]:
    """The candidate pairs (sorted) from articles of one story: articles with a matched
    pair of claims that share a name ("Skyway Airlines cancelled all flights out of
    Portmore" in both). A match of nameless stock sentences ("emergency funding was
    approved") is found between stories too."""
    if not candidates:
        return []
    same = arrays.same_fact
    story = {
        tuple(sorted((claims[i].article_id, claims[j].article_id)))
        for i, j in zip(arrays.left[same].tolist(), arrays.right[same].tolist(), strict=True)
        if not keys[i].entities.isdisjoint(keys[j].entities)
    }
    return [
        (x, y)
        for x, y in sorted(candidates)
        if tuple(sorted((claims[x].article_id, claims[y].article_id))) in story
    ]


#: Verbs that only say who told it: "the ministry said on Monday" dates the telling.
_SAYING = frozenset(stem(w) for w in "said says told tweeted wrote stated added".split())


def _dates_the_news(claim: Claim, key: MatchKey) -> bool:
    # most claims name no day: that is the first thing looked at
    if not claim.dates or not claim.subject or not any(_precise(d) for d in claim.dates):
        return False
    for date in claim.dates:
        # "made the announcement on Tuesday": the event noun right before the day
        at = claim.text.find(date.text)
        near = " ".join(claim.text[:at].split()[-4:]) if at > 0 else ""
        if _words_of(" ".join(_DEFINITE_NOUN.findall(near))) & _event_anaphors():
            return True
    subject = _words_of(claim.subject)
    rest = {
        t
        for t in _content_of(key.tokens)
        if not t.startswith(ENTITY_PREFIX) and t not in subject and t not in _SAYING
    } - {CLASS_PREFIX + "announce"}
    return not rest


#: Largest bucket of reason claims sharing one event word that is compared pair by pair.
MAX_REASON_BUCKET = 200


@dataclass(frozen=True)
class _Explained:
    """What a claim gives a cause for: the match key of the rest of its sentence (or of its
    article's first claim), and the nouns right before the cause."""

    key: MatchKey
    head: frozenset[str]


def _explained_event(claim: Claim, lead: MatchKey) -> _Explained:
    assert claim.reason is not None
    at = claim.text.find(claim.reason)
    before = claim.text[:at] if at >= 0 else claim.text
    rest = claim.text.replace(claim.reason, " ")
    key = normalize_text(rest)
    plain = _plain_words(claim.text)
    head = frozenset(_token_list(" ".join(before.split()[-4:]))) & plain - _CAUSE_VERBS
    subject = _words_of(claim.subject) if claim.subject else frozenset()
    anaphor = bool((subject | head) & _event_anaphors()) or bool(
        _words_of(" ".join(_DEFINITE_NOUN.findall(rest))) & _event_anaphors()
    )
    own = (_content_of(key.tokens) & plain) - subject - _CAUSE_VERBS
    if anaphor or (not own and not key.predicates):
        merged = dataclasses.replace(
            lead, tokens=lead.tokens | key.tokens, predicates=lead.predicates | key.predicates
        )
        return _Explained(merged, head - _event_anaphors())
    return _Explained(key, head)


def _plain_words(text: str) -> frozenset[str]:
    """Normalized content tokens of a text that are not names, predicates or figures."""
    names = _name_tokens(text)
    return frozenset(
        t
        for t in _content_of(normalize_text(text).tokens)
        if not t.startswith((CLASS_PREFIX, ENTITY_PREFIX)) and t not in names
    )


#: The noun after "the", "this" or "that": a reference back to something already reported.
_DEFINITE_NOUN = re.compile(r"\b(?:the|this|that)\s+([a-z]+)", re.I)
#: Verbs of the cause constructions themselves: they say nothing of the event explained.
_CAUSE_VERBS = frozenset(
    stem(w) for w in "blamed cites cited caused started began broke led was were is".split()
)


@lru_cache(maxsize=1)
def _event_anaphors() -> frozenset[str]:
    words = [w for line in data_lines("event_anaphors.txt") for w in line.split()]
    return frozenset(t for w in words for t in _words_of(w))


def _same_event_explained(a: _Explained, b: _Explained, threshold: float) -> bool:
    """One event: a shared predicate, a shared noun right before both causes, or one event
    frame; never two different acts ("suspended talks" / "resumed talks")."""
    pa, pb = a.key.predicates, b.key.predicates
    if pa and pb and not pa & pb:
        return False
    if pa & pb or a.head & b.head:
        return True
    return match.similarity(a.key, b.key) >= threshold


def scope_notes(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables) -> list[Conflict]:
    """One claim is narrower than the other: within one event frame, they use different
    predicates ("broke off talks" / "will skip next week's round") and only one of them
    carries qualifiers or a time window the other lacks. Both can hold: a note.

    Claims that share a predicate report the same act, one with less detail ("Iran skips
    Muscat talks" / "Iran will not attend next week's indirect talks"): no note. Nor between
    claims of which one only says what may or could happen ("may be a ploy to meet in the
    coming weeks"): a possibility is not a narrower statement. A reported one ("reportedly
    set to halt talks") still is: "reportedly" is shown as a certainty note."""
    return _scope_notes(ClaimFacts(a), ClaimFacts(b), ka, kb, tables)


def _scope_notes(
    facts_a: ClaimFacts, facts_b: ClaimFacts, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    if ka.frames.isdisjoint(kb.frames) or not ka.predicates.isdisjoint(kb.predicates):
        return []
    if ka.predicates == kb.predicates or facts_a.possible_only or facts_b.possible_only:
        return []
    qualifiers_a = facts_a.qualifiers(tables)
    qualifiers_b = facts_b.qualifiers(tables)
    folded_a = {q.lower() for q in qualifiers_a}
    folded_b = {q.lower() for q in qualifiers_b}
    if folded_a == folded_b or (
        folded_a and folded_b and not (folded_a < folded_b or folded_b < folded_a)
    ):
        return []
    only_a = [q for q in qualifiers_a if q.lower() not in folded_b]
    only_b = [q for q in qualifiers_b if q.lower() not in folded_a]
    wider, wider_key = (a, ka) if not only_a else (b, kb)
    names = wider_key.entities - (normalize_text(wider.reason).entities if wider.reason else set())
    if len(names) > GENERAL_NAMES:
        # "Iran says no to Muscat talks" names the occasion: as specific as the other.
        return []
    value_a = ", ".join(only_a) or "unqualified"
    value_b = ", ".join(only_b) or "unqualified"
    narrower = a if only_a else b
    return [
        trusted(
            Conflict,
            type=ConflictType.SCOPE,
            claim_ids=(a.id, b.id),
            values=(value_a, value_b),
            explanation=f"{narrower.source} is narrower ({value_a} vs {value_b}); both can hold",
            severity=Severity.NOTE,
            value_spans=(
                _span(a, only_a[0] if only_a else None),
                _span(b, only_b[0] if only_b else None),
            ),
        )
    ]


def _qualifiers(claim: Claim, tables: Tables) -> list[str]:
    """Scope words and time windows of the claim, as written, in order, each once."""
    found: list[str] = []
    words = list(re.finditer(r"[A-Za-z]+", claim.text))
    for index, word in enumerate(words):
        lowered = word.group(0).lower()
        if lowered not in tables.scope_words:
            continue
        if lowered in _WINDOW_WORDS:
            # "next", "coming" qualify only with their unit ("the coming week")
            unit = _WINDOW.match(claim.text, word.end())
            if unit:
                found.append(word.group(0) + unit.group(0))
            continue
        following = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
        if lowered in _QUANTIFIERS and (not following or following in _PRONOUNS):
            continue  # "All he has to do": a pronoun, not a quantity
        found.append(word.group(0))
    return _merge_adjacent(claim.text, found)


def _merge_adjacent(text: str, words: list[str]) -> list[str]:
    """Join qualifiers that stand next to each other ("coming week") into one phrase."""
    merged: list[str] = []
    for word in words:
        if merged and re.search(rf"\b{re.escape(merged[-1])}\s+{re.escape(word)}\b", text):
            merged[-1] = f"{merged[-1]} {word}"
        else:
            merged.append(word)
    return merged


# --- certainty -------------------------------------------------------------------------------


def certainty_notes(a: Claim, b: Claim) -> list[CertaintyNote]:
    if a.certainty is b.certainty:
        return []
    cue_a = f" ({a.certainty_cue})" if a.certainty_cue else ""
    cue_b = f" ({b.certainty_cue})" if b.certainty_cue else ""
    return [
        trusted(
            CertaintyNote,
            claim_ids=(a.id, b.id),
            certainties=(a.certainty, b.certainty),
            explanation=f"{a.source}: {a.certainty}{cue_a}; {b.source}: {b.certainty}{cue_b}",
        )
    ]


# --- clusters --------------------------------------------------------------------------------


def judge_group(
    pairs: Sequence[ScoredPair],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    matched: set[tuple[int, int]],
    options: Options,
    explained: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    dated: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    judgements: PairJudgements | None = None,
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """Every typed difference between the related pairs of one group, once per pair of
    articles and value pair, so each pair of outlets that disagree shows its evidence.

    Only pairs the matcher found related are judged: two members that merely sit in one
    cluster through others may be about different details of the event. Pairs in
    ``explained`` give causes of one event (``reason_links``): their causes are compared;
    pairs in ``dated`` date one piece of news (``news_date_links``): their days are."""
    judgements = judgements or PairJudgements(claims, keys, options)
    # Closest pairs first: when two pairs of the same outlets show the same difference, the
    # report keeps the pair that lines up best (the body sentence, not a loose headline).
    ordered = sorted(pairs, key=lambda p: (-p.similarity, -p.score, p.key))
    same = np.array([p.key in matched for p in ordered], np.bool_)
    return _judge_ordered(
        ScoredPairs.of(ordered), same, claims, options, explained, dated, judgements
    )


def _judge_ordered(
    ordered: ScoredPairs,
    matched: BoolArray,
    claims: Sequence[Claim],
    options: Options,
    explained: set[tuple[int, int]] | frozenset[tuple[int, int]],
    dated: set[tuple[int, int]] | frozenset[tuple[int, int]],
    judgements: PairJudgements,
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """``judge_group`` of pairs already in its order, closest first; ``matched[k]``: pair k
    states the same fact."""
    conflicts: list[Conflict] = []
    notes: list[CertaintyNote] = []
    seen: set[tuple[str, ...]] = set()
    judged: dict[tuple[str, str], int] = {}
    threshold = options.related_threshold
    for i, j, similarity, same in zip(
        ordered.left.tolist(),
        ordered.right.tolist(),
        ordered.similarity.tolist(),
        matched.tolist(),
        strict=True,
    ):
        key = (i, j)
        a, b = claims[i], claims[j]
        outlets = (a.article_id, b.article_id)
        count = judged[outlets] = judged.get(outlets, 0) + 1
        if count > PAIRS_PER_OUTLETS:
            continue  # a big cluster: the closest pairs of two articles tell their story
        if similarity >= threshold or same:
            found = judgements.conflicts(i, j)
            if same:
                notes += certainty_notes(a, b)
                if a.dates and b.dates and not found:  # one fact: how long ago must agree
                    found = relative_day_conflicts(a, b)
        elif key in explained:  # two causes of one event: the causes are compared
            found = _reason_conflicts(judgements.facts(i), judgements.facts(j))
        elif key in dated:  # two days for one piece of news
            found = _date_conflicts(judgements.facts(i), judgements.facts(j))
        else:  # linked by a figure only: the figure is all that is compared
            found = judgements.numeric(i, j)
        if found:
            _keep_new(found, {a.id: a.article_id, b.id: b.article_id}, seen, conflicts)
    return conflicts, notes


def _keep_new(
    found: Iterable[Conflict],
    article_of: Mapping[str, str],
    seen: set[tuple[str, ...]],
    kept: list[Conflict],
) -> None:
    """Add to ``kept`` each conflict whose signature is not yet in ``seen``."""
    for conflict in found:
        # Each value stays with its article: "killed 12, injured 21" against "killed 21,
        # injured 12" is two differences, a restatement of "12 vs 21" by the same two
        # outlets is one.
        (id_a, id_b), (value_a, value_b) = conflict.claim_ids, conflict.values
        side_a = (article_of[id_a], value_a.lower())
        side_b = (article_of[id_b], value_b.lower())
        if side_b < side_a:  # in order, whichever claim the pair names first
            side_a, side_b = side_b, side_a
        signature = (conflict.type.value, *side_a, *side_b)
        if signature not in seen:
            seen.add(signature)
            kept.append(conflict)


def make_cluster(
    number: int,
    members: list[Claim],
    conflicts: list[Conflict],
    notes: list[CertaintyNote],
    independent_sources: tuple[str, ...],
    *,
    representative: Claim | None = None,
    published: Mapping[str, dt.date | None] | None = None,
) -> Cluster:
    if contradicts(conflicts):
        verdict = Verdict.CONFLICT
    elif len(independent_sources) >= 2:
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.SINGLE_SOURCE
    first, first_on = _first_reported(members, published or {})
    # Built without validation: every field below has the model's exact type already.
    return trusted(
        Cluster,
        id=f"c{number}",
        verdict=verdict,
        claim_ids=tuple(c.id for c in members),
        representative_id=(representative or members[0]).id,
        sources=tuple(sorted({c.source for c in members})),
        independent_sources=tuple(independent_sources),
        conflicts=tuple(conflicts),
        certainty_notes=tuple(notes),
        first_reported=first,
        first_reported_on=first_on,
    )


def _first_reported(
    members: Sequence[Claim], published: Mapping[str, dt.date | None]
) -> tuple[tuple[str, ...], dt.date | None]:
    dated = [(published.get(c.article_id), c.source) for c in members]
    known = [(day, source) for day, source in dated if day is not None]
    if not known:
        return (), None
    earliest = min(day for day, _ in known)
    return tuple(sorted({s for day, s in known if day == earliest})), earliest


def publication_dates(articles: Iterable[Article]) -> dict[str, dt.date | None]:
    return {a.id: a.published for a in articles}


class ScoredArrays:
    """The scored pairs as columns: claim indexes, similarity, score and ``match.same_fact``.
    The scorer's ``ScoredPairs`` are columns already and are read as they are; a sequence of
    ``ScoredPair`` records (tests, callers of their own) is turned into columns once."""

    def __init__(self, pairs: Sequence[ScoredPair], options: Options):
        self.pairs = pairs
        self.columns = ScoredPairs.of(pairs)
        self.left = self.columns.left
        self.right = self.columns.right
        self.similarity = self.columns.similarity
        self.score = self.columns.score
        self.same_fact = match.same_facts(self.columns, options)

    @cached_property
    def matched(self) -> BoolArray:
        """The pair's claims (in its order) are those of a pair that states the same fact:
        ``same_fact`` itself, unless a pair was scored twice. A column instead of a set of
        (i, j) tuples: a tuple and two ints a matched pair, millions at 10,000 articles."""
        if not len(self.left):
            return np.zeros(0, np.bool_)
        width = int(max(self.left.max(), self.right.max())) + 1
        codes = self.left * width + self.right
        return np.isin(codes, codes[self.same_fact])

    def matched_keys(self) -> set[tuple[int, int]]:
        """The (left, right) of every pair that states the same fact."""
        same = self.same_fact
        return set(zip(self.left[same].tolist(), self.right[same].tolist(), strict=True))


class PairJudgements:
    """``judge_pair`` results by claim indexes, each pair judged once per run: most matched
    pairs are judged by ``conflict_links`` and again inside their group by ``build_clusters``.
    Pairs past ``LIMIT`` are judged again instead of kept (memory stays bounded). The run's
    ``reason_links`` and ``news_date_links`` are kept too: both stages need them."""

    LIMIT = 1 << 20

    def __init__(self, claims: Sequence[Claim], keys: Sequence[MatchKey], options: Options):
        self.claims, self.keys, self.options = claims, keys, options
        # keyed by one int per pair: an int, unlike a tuple, is nothing for the collector
        self._done: dict[int, list[Conflict]] = {}
        self._size = len(claims)
        self._reasons: list[tuple[int, int]] | None = None
        self._news_dates: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._figures: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._act_days: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._table: ClaimTable | None = None
        self._arrays: ScoredArrays | None = None
        self._facts: list[ClaimFacts | None] = [None] * len(claims)
        self.tables = load_tables(options.predicate_file)

    def facts(self, index: int) -> ClaimFacts:
        """The ``ClaimFacts`` of the claim at ``index``, made once."""
        found = self._facts[index]
        if found is None:
            found = self._facts[index] = ClaimFacts(self.claims[index])
        return found

    def numeric(self, i: int, j: int) -> list[Conflict]:
        """``numeric_conflicts`` of the claims at ``i`` and ``j``."""
        return _numeric_conflicts(self.facts(i), self.facts(j))

    def table(self) -> ClaimTable:
        """The run's ``ClaimTable``, built once."""
        if self._table is None:
            self._table = ClaimTable(self.claims, self.keys)
        return self._table

    def matched(self, scored: Sequence[ScoredPair]) -> set[tuple[int, int]]:
        """The scored pairs that state the same fact (``match.same_fact``), as a set of
        (i, j). The judge's own steps read ``ScoredArrays.matched`` instead."""
        return self.arrays(scored).matched_keys()

    def arrays(self, scored: Sequence[ScoredPair]) -> ScoredArrays:
        """The ``ScoredArrays`` of ``scored``, built once."""
        if self._arrays is None or self._arrays.pairs is not scored:
            self._arrays = ScoredArrays(scored, self.options)
        return self._arrays

    def reasons(self) -> list[tuple[int, int]]:
        """``reason_links`` of the run's claims, found once."""
        if self._reasons is None:
            self._reasons = reason_links(self.claims, self.keys, self.options)
        return self._reasons

    def news_dates(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``news_date_links`` of the run's claims, found once for the same scored pairs."""
        if self._news_dates is None or self._news_dates[0] is not scored:
            found = news_date_links(
                self.claims, self.keys, scored, self.options, self.arrays(scored)
            )
            self._news_dates = (scored, found)
        return self._news_dates[1]

    def figures(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``figure_links`` of the run's claims, found once for the same scored pairs."""
        if self._figures is None or self._figures[0] is not scored:
            found = figure_links(self.claims, self.keys, self.arrays(scored), self.facts)
            self._figures = (scored, found)
        return self._figures[1]

    def act_days(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``act_day_links`` of the run's claims, found once for the same scored pairs."""
        if self._act_days is None or self._act_days[0] is not scored:
            found = act_day_links(self.claims, self.keys, self.arrays(scored))
            self._act_days = (scored, found)
        return self._act_days[1]

    def of(self, i: int, j: int) -> tuple[list[Conflict], list[CertaintyNote]]:
        """``judge_pair`` of the claims at ``i`` and ``j``."""
        return self.conflicts(i, j), certainty_notes(self.claims[i], self.claims[j])

    def conflicts(self, i: int, j: int) -> list[Conflict]:
        """``pair_conflicts`` of the claims at ``i`` and ``j``: the notes, which only matched
        pairs show, are left to the caller, so most pairs never build one. The list is the
        one kept for the pair (or one shared empty list): callers must not change it."""
        found = self._done.get(i * self._size + j)
        if found is not None:
            return found
        claims, keys = self.claims, self.keys
        if may_conflict(claims[i], claims[j], keys[i], keys[j]):
            return self.possible_conflicts(i, j)
        return _NOTHING  # nothing kept: this test is cheaper than keeping its answer

    def possible_conflicts(self, i: int, j: int) -> list[Conflict]:
        """``conflicts`` of a pair known to pass ``may_conflict`` (``ClaimTable`` tells)."""
        found = self._done.get(i * self._size + j)
        if found is None:
            keys = self.keys
            found = _conflicts_of(self.facts(i), self.facts(j), keys[i], keys[j], self.tables)
            # most judged pairs differ in nothing: one shared empty list keeps the memory
            # (and the collector's work once it runs again) to the pairs that do
            found = found or _NOTHING
            if len(self._done) < self.LIMIT:
                self._done[i * self._size + j] = found
        return found


#: The judgement of a pair without differences, shared (``PairJudgements.conflicts``).
_NOTHING: list[Conflict] = []


def conflict_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options,
    judged: PairJudgements | None = None,
) -> list[tuple[int, int]]:
    """Related pairs that contradict each other: same event frame, details that differ ("12
    died" vs "21 died"). They are linked so the conflict is reported, and grouped before
    mere agreements (``match.group``): two sources contradicting each other about one thing
    are the pair a reader must see side by side. Matched pairs count too: "Oman resumed its
    mediation" / "Oman suspended its mediation" read alike, and each also reads like the
    story's main event."""
    judged = judged or PairJudgements(claims, keys, options)
    with collection_paused():
        return _conflict_links(claims, keys, scored, options, judged)


def _conflict_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options,
    judged: PairJudgements,
) -> list[tuple[int, int]]:
    links: list[tuple[int, int]] = []
    arrays = judged.arrays(scored)
    left, right = arrays.left, arrays.right
    table = judged.table()
    # A pair that may differ in nothing the judge compares, and whose claims do not both give
    # figures, has no conflict on any path below: only the rest is looked at pair by pair.
    may_array = table.may_conflict(left, right)
    rows = np.flatnonzero(may_array | table.both_count(left, right))
    # "Oman suspended talks" / "Egypt resumed talks": two acts, no conflict
    rows = rows[~arrays.columns.other_parties[rows]]
    pair_left, pair_right = left[rows], right[rows]
    threshold = options.related_threshold
    # as lists: the loop below reads Python values, not array elements
    for same, may, frames_meet, i, j, similarity in zip(
        arrays.matched[rows].tolist(),
        may_array[rows].tolist(),
        table.frames_meet(pair_left, pair_right).tolist(),
        pair_left.tolist(),
        pair_right.tolist(),
        arrays.similarity[rows].tolist(),
        strict=True,
    ):
        if same or (similarity >= threshold and (frames_meet or _same_frame(keys[i], keys[j]))):
            if not may:
                continue  # judged, it shows no difference
            found = judged.possible_conflicts(i, j)
        elif match.counts_alike(keys[i], keys[j]):
            # weakly related sentences: only their figures for the same thing are compared
            found = judged.numeric(i, j)
        else:
            continue
        if contradicts(found):
            links.append((i, j))
    # Two sources explaining one event belong side by side whether their causes agree or not.
    known = set(links)
    side_by_side_pairs = [
        *judged.reasons(),
        *judged.news_dates(scored),
        *judged.figures(scored),
        *judged.act_days(scored),
    ]
    for side_by_side in side_by_side_pairs:
        if side_by_side not in known:
            known.add(side_by_side)
            links.append(side_by_side)
    return links


def _unscored(pairs: Sequence[ScoredPair], arrays: ScoredArrays, size: int) -> list[ScoredPair]:
    """``pairs`` that are not among the scored ones, each once, in their order."""
    if not pairs:
        return []
    # one int per pair: a set of 200,000 ints is built and searched faster than np.isin sorts
    scored = set((arrays.left * size + arrays.right).tolist())
    unique = {p.key: p for p in pairs if p.left * size + p.right not in scored}
    return list(unique.values())


@dataclass(frozen=True)
class _GroupPairs:
    """The judged pairs of every group, in ``judge_group``'s order, group after group: one
    ``ScoredPairs`` of all of them, each row's ``ScoredArrays.matched``, and where each
    group's rows are (by the group's index). No object per pair."""

    pairs: ScoredPairs
    matched: BoolArray
    bounds: dict[int, tuple[int, int]]

    def of(self, group: int) -> tuple[ScoredPairs, BoolArray] | None:
        """The group's pairs and their ``matched`` flags, or None if it has none."""
        found = self.bounds.get(group)
        if found is None:
            return None
        rows = slice(*found)
        return self.pairs[rows], self.matched[rows]


def _related_by_group(
    groups: Sequence[Sequence[int]],
    arrays: ScoredArrays,
    extra: Sequence[ScoredPair],
    linked: set[tuple[int, int]],
    options: Options,
    size: int,
) -> _GroupPairs:
    """The pairs inside each group (by its index) that are judged: related, matched or
    linked, in ``judge_group``'s order (closest first), which one sort of all of them gives
    each group at once. ``extra`` pairs are unscored links (none of them matched)."""
    group_of = np.full(size, -1, np.int64)
    for number, members in enumerate(groups):
        group_of[list(members)] = number
    scored = arrays.columns
    # related or matched (or linked, looked up below); the extra pairs are all links
    judged = (scored.similarity >= options.related_threshold) | arrays.same_fact
    inside = _inside(group_of, scored)
    unsure = np.flatnonzero(inside & ~judged)
    judged[unsure] = [
        key in linked
        for key in zip(scored.left[unsure].tolist(), scored.right[unsure].tolist(), strict=True)
    ]
    unscored = ScoredPairs.of(extra)
    # only the judged pairs are gathered: a copy of all the scored ones is not needed
    rows = np.flatnonzero(inside & judged)
    also = _inside(group_of, unscored)
    pairs = ScoredPairs.concat([scored[rows], unscored[also]])
    matched = np.concatenate([arrays.matched[rows], np.zeros(int(also.sum()), np.bool_)])
    left, right = pairs.left, pairs.right
    # the order of ``judge_group``: similarity, then score (both descending), then claims
    order = np.lexsort((right, left, -pairs.score, -pairs.similarity))
    # then by group, each group's pairs staying in that order (a stable sort)
    order = order[np.argsort(group_of[left[order]], kind="stable")]
    pairs, matched = pairs[order], matched[order]
    numbers, starts = np.unique(group_of[pairs.left], return_index=True)
    ends = [*starts[1:].tolist(), len(pairs)][: len(starts)]
    bounds = {
        number: (start, end)
        for number, start, end in zip(numbers.tolist(), starts.tolist(), ends, strict=True)
    }
    return _GroupPairs(pairs, matched, bounds)


def _inside(group_of: IntArray, pairs: ScoredPairs) -> BoolArray:
    """Both claims of the pair are in one group."""
    group = group_of[pairs.left]
    return np.asarray((group == group_of[pairs.right]) & (group >= 0), dtype=bool)


def _degrees(arrays: ScoredArrays, size: int) -> list[int]:
    """How many matched pairs each claim index is in (a pair scored twice counts once)."""
    if not len(arrays.left):
        return [0] * size
    width = int(max(arrays.left.max(), arrays.right.max())) + 1
    codes = np.unique(arrays.left[arrays.same_fact] * width + arrays.right[arrays.same_fact])
    ends = np.concatenate([codes // width, codes % width])
    return np.bincount(ends, minlength=size).tolist()  # type: ignore[no-any-return]


def build_clusters(
    groups: Sequence[Sequence[int]],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    articles: Sequence[Article],
    counts_as: Mapping[str, str],
    options: Options,
    links: Sequence[tuple[int, int]] = (),
    judged: PairJudgements | None = None,
) -> list[Cluster]:
    """One cluster per group, with its verdict, conflicts, notes and first report."""
    judged = judged or PairJudgements(claims, keys, options)
    with collection_paused():
        return _build_clusters(
            groups, claims, keys, scored, articles, counts_as, options, links, judged
        )


def _build_clusters(
    groups: Sequence[Sequence[int]],
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    articles: Sequence[Article],
    counts_as: Mapping[str, str],
    options: Options,
    links: Sequence[tuple[int, int]],
    judged: PairJudgements,
) -> list[Cluster]:
    arrays = judged.arrays(scored)
    linked = set(links)
    # Causes of one event are compared even when their sentences share too little to be
    # scored: "the decision was taken for logistical reasons" / "Tehran pulled out in protest".
    explained = [ScoredPair(i, j, 0.0, 0.0) for i, j in judged.reasons() if (i, j) in linked]
    # Two days for one piece of news, or for one act: their days are compared.
    dated = [
        ScoredPair(i, j, 0.0, 0.0)
        for i, j in [*judged.news_dates(scored), *judged.act_days(scored)]
        if (i, j) in linked
    ]
    # Figures for one count in otherwise different sentences: judged by their figures alone.
    figured = [ScoredPair(i, j, 0.0, 0.0) for i, j in judged.figures(scored) if (i, j) in linked]
    extra = _unscored([*explained, *dated, *figured], arrays, len(claims))
    related = _related_by_group(groups, arrays, extra, linked, options, len(claims))
    degree = _degrees(arrays, len(claims))
    published = publication_dates(articles)
    # built once: rebuilding them per group made clustering quadratic in the number of links
    explained_keys = {e.key for e in explained}
    dated_keys = {e.key for e in dated}
    clusters: list[Cluster] = []
    for number, members in enumerate(groups, start=1):
        member_claims = [claims[i] for i in members]
        found = related.of(number - 1)
        conflicts, notes = (
            _judge_ordered(*found, claims, options, explained_keys, dated_keys, judged)
            if found
            else ([], [])
        )
        independent = tuple(sorted({counts_as[c.article_id] for c in member_claims}))
        # The representative is the member most others matched (the group's medoid).
        centre = members[0] if len(members) == 1 else max(members, key=lambda i: (degree[i], -i))
        clusters.append(
            make_cluster(
                number,
                member_claims,
                conflicts,
                notes,
                independent,
                representative=claims[centre],
                published=published,
            )
        )
    return clusters


#: How each ``ClaimFacts`` fact is worked out from the claim.
_CLAIM_FACTS: dict[str, Callable[[Claim], object]] = {
    "figures": _figures,
    "periods": _periods,
    "precise_dates": _precise_dates,
    "all_dates_resolved": _all_dates_resolved,
    "calendar_days": _calendar_days,
    "cause_words": _cause_words,
    "reason_span": _reason_span,
    "committed": _committed,
    "possible_only": _possible_only,
    "denial": _denial,
}
