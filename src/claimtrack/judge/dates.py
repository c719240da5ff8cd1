"""DATE conflicts: two days for the same event, after resolution, with a time-zone allowance.

Also the day one act is dated by (``act_day_conflicts``: "signed on Monday" / "signed on
Tuesday") and relative days against dates (``relative_day_conflicts``: "three days ago").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtrack import match
from claimtrack.judge.acts import dated_acts_apart, same_dated_act
from claimtrack.judge.text import (
    _WORD,
    _WORD_AT,
    MAX_DATE_SPAN,
    _same_frame,
    _saying_verbs,
    _words_of,
    load_cues,
)
from claimtrack.models import Claim, Conflict, ConflictType, DateMention
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, load_tables, normalize_text, stem
from claimtrack.parse import tables
from claimtrack.parse.trusted import trusted

if TYPE_CHECKING:
    from claimtrack.judge.facts import ClaimFacts


@lru_cache(maxsize=1 << 14)
def _text_key(text: str) -> MatchKey:
    """The match key of a whole claim text, for tests that ask for it pair after pair."""
    return normalize_text(text)


#: "not ... until Monday", "not before Friday": a denial that still dates the act (it
#: happened then, and not earlier).
_DATED_DENIAL = re.compile(r"\b(?:until|till|before)[ \t]+(?:the[ \t]+)?$", re.I)
#: Between a negation and a date, a mark of another clause: the negation may deny another
#: act ("made the announcement on Tuesday, and ... nothing had changed").
_ANOTHER_CLAUSE = re.compile(r"[,;:(]|\b(?:and|but|that|which|who|while|when|after)\b", re.I)


def _undated_denial(claim: Claim) -> bool:
    """The claim denies the act on its day ("did not meet on March 5"): it says nothing of
    when the act happened, so it meets "met on March 3". Each date must sit in the clause
    of the negation, and none after "until" ("was not arrested until Monday" dates the
    arrest); otherwise the dates are compared as before."""
    if not claim.negated or not claim.negation_cue or not claim.dates:
        return False
    text = claim.text
    cue = re.search(rf"\b{re.escape(claim.negation_cue)}\b", text, re.I)
    if cue is None:
        return False
    for date in claim.dates:
        at = text.find(date.text)
        if at < 0 or _DATED_DENIAL.search(text, 0, at):
            return False
        between = (
            text[cue.end() : at] if at >= cue.end() else text[at + len(date.text) : cue.start()]
        )
        if _ANOTHER_CLAUSE.search(between):
            return False
    return True


#: A clause joined after the one before it: ", and she intends", "; but it plans".
_JOINED_CLAUSE = re.compile(r"[,;][ \t]*(?:and|but|while|whereas)[ \t]", re.I)


def _dates_a_joined_clause(claim: Claim) -> bool:
    """The claim denies an act in a clause with no date and its dates stand in a clause
    joined after it ("has not resigned, and she intends to return to work next week"): they
    date the other clause's act, not the one denied."""
    if not claim.negated or not claim.negation_cue:
        return False
    text = claim.text
    cue = re.search(rf"(?<!\w){re.escape(claim.negation_cue)}(?!\w)", text, re.I)
    if cue is None:
        return False
    joined = _JOINED_CLAUSE.search(text, cue.end())
    if joined is None:
        return False
    return all(text.find(d.text, joined.end()) >= 0 for d in claim.dates) and not any(
        d.text in text[: joined.start()] for d in claim.dates
    )


def _date_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    # slots: read once per claim, not in each of the pairs its dates are compared in
    if facts_a.undated_denial or facts_b.undated_denial:
        return []
    if facts_a.dates_quoted_as_false or facts_b.dates_quoted_as_false:
        return []
    dates_a = facts_a.precise_dates
    dates_b = facts_b.precise_dates
    if not dates_a or not dates_b:
        return (
            _calendar_conflicts(facts_a, facts_b)
            or _act_day_conflicts(a, facts_a.act_days, b, facts_b.act_days)
            or _event_weekday_conflicts(a, b)
            or _period_end_weekday_conflicts(a, b)
            or _event_month_conflicts(a, b)
        )
    if any(
        _dates_meet(a, da, b, db)
        or _one_day_written_without_year(da, db)
        or _within_period(a, da, b, db)
        or _dates_a_thing_named(a, da) != _dates_a_thing_named(b, db)
        for da in dates_a
        for db in dates_b
    ):
        return []
    if _other_act_dated(a, dates_b) or _other_act_dated(b, dates_a):
        return []
    if _next_occasion(a) != _next_occasion(b):
        return []
    if _dates_a_joined_clause(a) or _dates_a_joined_clause(b):
        return []
    if _offset_act_dated(a, dates_a, dates_b) or _offset_act_dated(b, dates_b, dates_a):
        return []
    if dated_acts_apart(a, b):
        return []
    da, db = dates_a[0], dates_b[0]
    return [_date_conflict(a, da, b, db, shown=(_day_range(da), _day_range(db)))]


#: "until" or "till" right before a date (with "early", "late", "the"): the end of a period.
_UNTIL_BEFORE = re.compile(
    r"(?<![\w])(?:until|till|through)[ \t]+(?:(?:early|late|the|mid)[ \t]+)?$", re.I
)


def _period_end(claim: Claim, date: DateMention) -> bool:
    """The date ends a period the claim tells ("the strike is set to last until Wednesday
    morning"), not the day of an act. "Not ... until Monday" dates the act (it happened
    then): a negated claim's "until" is no end."""
    if claim.negated:
        return False
    at = claim.text.find(date.text)
    return at > 0 and _UNTIL_BEFORE.search(claim.text, max(0, at - 20), at) is not None


def _within_period(a: Claim, da: DateMention, b: Claim, db: DateMention) -> bool:
    """One date ends a period ("will last until Wednesday") and the other, not an end, falls
    on or before it ("shut down the port on Monday"): the day it began and the day it ends,
    one event. Two ends are compared as days ("until Wednesday" / "until Friday")."""
    end_a, end_b = _period_end(a, da), _period_end(b, db)
    if end_a == end_b:
        return False
    end, other = (da, db) if end_a else (db, da)
    assert end.latest and other.earliest
    return other.earliest <= end.latest


#: A date in a clause that tells of a thing named before it: "the title she won in
#: August", "the house that they bought in May". The date is the day of that clause's act,
#: not of the claim's.
_NAMED_THING_CLAUSE = re.compile(
    r"(?<![\w])(?:the|a|an|his|her|its|their)[ \t]+"
    r"(?:(?!(?:when|after|before|as|because|if|since|until|where|while|and|but|or|then|said|says)"
    r"[ \t])[\w-]+[ \t]+){1,3}"
    r"(?:that[ \t]+|which[ \t]+)?(?:he|she|they|we|I)[ \t]+(?:had[ \t]+)?[a-z]+[ \t]+"
    r"(?:in|on|during)[ \t]+(?:the[ \t]+)?$"
)
#: How far before a date ``_NAMED_THING_CLAUSE`` is looked for.
_NAMED_THING_REACH = 80


def _dates_a_thing_named(claim: Claim, date: DateMention) -> bool:
    """The date ends a clause that tells of a thing the claim names ("Lind was stripped of
    the title she won in August"): it dates that thing's own act (winning), not what the
    claim says happened (being stripped of it). Compared only with a date so placed."""
    at = claim.text.find(date.text)
    if at <= 0:
        return False
    return _NAMED_THING_CLAUSE.search(claim.text, max(0, at - _NAMED_THING_REACH), at) is not None


#: A second act dated from the claim's own date: "tested positive in June, two months before
#: she won the title", "a week after the vote".
_OFFSET = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+"
    r"(?P<unit>day|week|month|year)s?[ \t]+(?P<way>before|after|earlier|later)\b",
    re.I,
)
#: Days a unit of ``_OFFSET`` spans, at least and at most.
_UNIT_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}


def _offset_act_dated(claim: Claim, own: list[DateMention], others: list[DateMention]) -> bool:
    """The claim dates a second act by an offset from its date ("in June, two months before
    she won the title"), and a date of the other claim meets that second act's day (August):
    the other claim may tell the second act, no other day for the first."""
    found = _OFFSET.search(claim.text)
    if found is None:
        return False
    count = found.group("count").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    low_days, high_days = _UNIT_DAYS[found.group("unit").lower()]
    # "two months before she won": the second act came after the dated one
    sign = 1 if found.group("way").lower() in ("before", "earlier") else -1
    for date in own:
        if date.earliest is None or date.latest is None:
            continue
        shifted = sorted(
            (
                date.earliest + dt.timedelta(days=sign * number * low_days),
                date.latest + dt.timedelta(days=sign * number * high_days),
            )
        )
        if any(
            other.earliest is not None
            and other.latest is not None
            and other.earliest <= shifted[1]
            and shifted[0] <= other.latest
            for other in others
        ):
            return True
    return False


def _event_weekday_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two days of the week for one event in articles that give no publication date, each
    the claim's only date and set after "on", "early", "late" or "overnight" with no verb
    of saying next to it ("stole three brooches from the museum early Sunday" / "three
    brooches were stolen from the museum in a break-in early Saturday"): the day the event
    happened, wherever the verb stands. A day apart is one moment across time zones when
    the sentences say so (evening / morning, a time zone named). One of the two may be a
    dated article's day ("early on Tuesday" read as February 10): its weekday is as written,
    and an undated article's "early on Wednesday" is another day of that week."""
    found_a, found_b = _event_weekday(a), _event_weekday(b)
    if found_a is None or found_b is None:
        return []
    (date_a, day_a), (date_b, day_b) = found_a, found_b
    if _precise(date_a) and _precise(date_b):
        return []  # two days of the calendar: ``_date_conflicts`` compares those
    gap = (day_b - day_a) % 7
    if gap == 0:
        return []
    if gap in (1, 6):  # a day apart, either way round
        earlier, later = (a, b) if gap == 1 else (b, a)
        if _time_zone_shift(earlier, later):
            return []
    return [_date_conflict(a, date_a, b, date_b, why="the day of the event")]


def _period_end_weekday_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two days of the week that end one period ("The gallery will stay closed until next
    Monday" / "The gallery will remain closed until Thursday"), when an article gives no
    publication date to place its day in the calendar: one period has one end. Both claims
    must tell one act (``_one_act``); two resolved days are compared as days of the calendar."""
    found_a, found_b = _period_end_weekday(a), _period_end_weekday(b)
    if found_a is None or found_b is None:
        return []
    (date_a, day_a), (date_b, day_b) = found_a, found_b
    if day_a == day_b or (_precise(date_a) and _precise(date_b)):
        return []
    if not _one_act(a, b):
        return []
    return [_date_conflict(a, date_a, b, date_b, why="the end of one period")]


def _period_end_weekday(claim: Claim) -> tuple[DateMention, int] | None:
    """The claim's only date when it is a day of the week that ends a period ("until next
    Monday", "till Friday"), with the day (0 = Monday)."""
    if len(claim.dates) != 1:
        return None
    date = claim.dates[0]
    weekday = _weekday_of(date)
    if weekday is None or not _period_end(claim, date):
        return None
    return date, weekday


def _event_month_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two months for one event in articles that give no publication date, each the claim's
    only date, a month's name alone after "in", "early" or "late" ("will close its plant in
    March" / "... in June"): without a year to place them, one event cannot fall in both."""
    found_a, found_b = _event_month(a), _event_month(b)
    if found_a is None or found_b is None or found_a[1] == found_b[1]:
        return []
    return [_date_conflict(a, found_a[0], b, found_b[0], why="the month of the event")]


def _event_month(claim: Claim) -> tuple[DateMention, int] | None:
    """The claim's only date when it is a month's name alone, not resolved to a calendar
    month, after a word that makes it the month of the event (``_event_month_conflicts``),
    with the month (1 = January)."""
    if len(claim.dates) != 1:
        return None
    date = claim.dates[0]
    if date.resolved:
        return None  # resolved months are compared as spans of the calendar
    month = _MONTH_NUMBERS.get(date.text.lower())
    at = claim.text.find(date.text)
    if month is None or at < 0:
        return None
    if not _dates_the_event(claim.text, at, _EVENT_MONTH_LEADS):
        return None  # "until early March", "said in March", "stayed closed in June"
    return date, month


#: Full month names, lower case, and their numbers.
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
#: Words right before a month's name that make it the month something happens in.
_EVENT_MONTH_LEADS = frozenset("in early late".split())


#: Words right before a day of the week that make it the day something happened.
_EVENT_DAY_LEADS = frozenset("on early late overnight".split())
#: Words before the lead that make the day another day: the edge of a period ("until early
#: Monday", "from late Friday"), a day to come ("by early Sunday").
_OTHER_DAY_WORDS = frozenset(
    "since until till by before after from through next this every each coming".split()
)
#: How many words before the day are read for a verb of saying or another day's word.
_DAY_WORDS_READ = 3


def _event_weekday(claim: Claim) -> tuple[DateMention, int] | None:
    """The claim's only date when it is a day of the week, resolved to a calendar day or
    not, that dates the event (``_event_weekday_conflicts``), with the day (0 = Monday)."""
    if len(claim.dates) != 1:
        return None
    date = claim.dates[0]
    weekday = _weekday_of(date)
    if weekday is None:
        return None
    at = claim.text.find(date.text)
    if at < 0:
        return None
    if not _dates_the_event(claim.text, at, _EVENT_DAY_LEADS):
        return None  # "until early Monday", "said on Sunday", "stayed closed on Monday"
    if claim.text[at + len(date.text) :].startswith(("'s", "’s")):
        return None  # "early Sunday's match": the day of a thing named, not of the claim
    return date, weekday


def _dates_the_event(text: str, at: int, leads: frozenset[str]) -> bool:
    """The date at ``at`` dates the event the claim tells: one of ``leads`` right before it
    ("on Sunday", "in March"), no edge of a period before that ("until early Monday", "from
    late March"), and no verb of saying or of lasting among the words read ("said on
    Sunday", "stayed closed on Monday"), and no earlier figure it dates ("from 4.3 percent
    in January")."""
    before = [w.strip(_WORD_EDGES).lower() for w in text[:at].split()[-_DAY_WORDS_READ:]]
    if not before or before[-1] not in leads:
        return False
    if len(before) > 1 and before[-2] in _OTHER_DAY_WORDS:
        return False
    if _dates_an_earlier_figure(text, at):
        return False  # "fell to 4.1 percent from 4.3 percent in January"
    return not any(w in _LASTING or w in _saying_verbs() for w in before)


def _other_act_dated(claim: Claim, others: list[DateMention]) -> bool:
    """The claim dates two acts (two dates that do not meet: "a truck he sold last year
    resurfaced this week"), and one of its dates, however wide, meets a date of the other
    claim ("sold in October 2013"): that claim may tell the other act."""
    spans = [(d.earliest, d.latest) for d in claim.dates if d.resolved and d.earliest and d.latest]
    if len(spans) < 2:
        return False
    apart = any(
        high_a < low_b or high_b < low_a
        for k, (low_a, high_a) in enumerate(spans)
        for low_b, high_b in spans[k + 1 :]
    )
    return apart and any(
        low <= other.latest and other.earliest <= high
        for low, high in spans
        for other in others
        if other.earliest and other.latest
    )


#: "next" or "upcoming" before the thing told ("will announce its next decision on December
#: 14", "the upcoming vote"): a later occasion of it.
_NEXT_THING = re.compile(r"(?<![\w])(?:next|upcoming)[ \t]+(?P<thing>[a-z]+)", re.I)
#: Words after "next" that make it a date of its own ("next week", "next Monday"), not the
#: occasion of a thing.
_NEXT_TIME_WORDS = frozenset(
    "day days morning afternoon evening night week weekend weeks month months year years "
    "quarter season spring summer autumn fall winter time".split()
    + [day.lower() for day in calendar.day_name]
)


def _next_occasion(claim: Claim) -> bool:
    """The claim names the thing it dates as the next of its kind ("The board will announce
    its next decision on December 14"), outside its dates: against a claim that tells the
    act without "next" ("The governor announced the decision on Wednesday"), two
    occasions, each on its own day. Both telling the next one are compared as before."""
    text = claim.text
    dated = [(at, at + len(d.text)) for d in claim.dates if (at := text.find(d.text)) >= 0]
    for found in _NEXT_THING.finditer(text):
        if found.group("thing").lower() in _NEXT_TIME_WORDS:
            continue
        if any(start <= found.start() < end for start, end in dated):
            continue
        return True
    return False


#: Marks that open a quotation inside a claim's text.
_OPENING_MARK = re.compile(r"[\u201c\u2018\"]")


def _dates_quoted_as_false(claim: Claim) -> bool:
    """Every date of the claim stands in a quotation that the words before it call false
    ("fans shared a fake post, which read: 'the singer died on Friday ...'"): the dates are
    the hoax's, which the outlet does not assert. Two hoaxes may well carry two dates."""
    opening = _OPENING_MARK.search(claim.text)
    if opening is None:
        return False
    if tables.refuting_cues().search(tables.lowered(claim.text[: opening.start()])) is None:
        return False
    return all(claim.text.find(d.text) >= opening.end() for d in claim.dates)


def _date_conflict(
    a: Claim,
    da: DateMention,
    b: Claim,
    db: DateMention,
    *,
    shown: tuple[str, str] | None = None,
    why: str = "",
) -> Conflict:
    """The DATE conflict of ``da`` in ``a`` and ``db`` in ``b``: "A dates it X and B Y",
    where X and Y are the dates as ``shown`` (their texts unless given), then ``why``."""
    shown_a, shown_b = shown or (da.text, db.text)
    return trusted(
        Conflict,
        type=ConflictType.DATE,
        claim_ids=(a.id, b.id),
        values=(da.text, db.text),
        explanation=f"{a.source} dates it {shown_a} and {b.source} {shown_b}"
        + (f" ({why})" if why else ""),
        value_spans=((da.start, da.end), (db.start, db.end)),
    )


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
    da, db = _shown_day(days_a), _shown_day(days_b)
    return [_date_conflict(a, da, b, db, why=_missing_year(facts_a, facts_b))]


def _shown_day(days: list[tuple[DateMention, tuple[dt.date, dt.date]]]) -> DateMention:
    """The date a reader is shown for a claim's day: one that names the day ("Tuesday")
    rather than a clock time, which resolves to the article's own day ("2:15 a.m. on
    Tuesday" is shown as "Tuesday")."""
    return next((d for d, _ in days if d.time is None), days[0][0])


def _missing_year(facts_a: ClaimFacts, facts_b: ClaimFacts) -> str:
    """Why two dates were compared by day and month: whose dates carry no year."""
    sources = [f.claim.source for f in (facts_a, facts_b) if not f.all_dates_resolved]
    if len(sources) == 2:
        return "neither gives a year: compared by day and month"
    return f"{sources[0]} gives no year: compared by day and month"


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
        (d, span)
        for d in claim.dates
        if _day_of_event(claim, d)
        and not _post_timestamp(claim, d)
        and not _clock_time_only(d)
        and (span := _calendar_span(d))
    ]


def _clock_time_only(date: DateMention) -> bool:
    """A clock time ("shortly after 15:00", "at 9 p.m."): the parser resolves it to the
    article's own day, which is a guess, not a day the claim names. A claim that names the
    day too ("3 p.m. on Sunday") carries it as a mention of its own; a report published on
    Monday of what happened "shortly after 15:00" on Sunday does not date it Monday."""
    return date.time is not None


def _one_act(a: Claim, b: Claim) -> bool:
    """Stricter than a shared frame, for dates no publication date anchors: the same
    predicate, or (when neither has one) the same subject and mostly the same words; either
    way, one act of data/dated_acts.txt (``same_dated_act``: "the break-in happened on
    March 3" / "the theft took place on March 4", verbs no predicate class holds)."""
    ka, kb = _text_key(a.text), _text_key(b.text)
    if ka.predicates or kb.predicates:
        return bool(ka.predicates & kb.predicates) or same_dated_act(a, b)
    words_a = _words_of(a.subject) if a.subject else frozenset()
    words_b = _words_of(b.subject) if b.subject else frozenset()
    return (bool(words_a & words_b) and _same_frame(ka, kb)) or same_dated_act(a, b)


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


#: An embedded post's signature before its timestamp: "— Ana Ruiz (@anaruiz) May 3, 2014".
_POSTED_BY = re.compile(r"\(@\w+\)[\s,\u2013\u2014-]*$")
#: How far before a date the words that make it another thing's date may start: a post's
#: signature, "the anniversary of", an earlier figure (``_post_timestamp``).
_OTHER_DATE_REACH = 40


#: A date that names a past event the claim only marks: "the anniversary of the Sept. 11,
#: 2001, attacks", "on the anniversary of March 3".
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _post_timestamp(claim: Claim, date: DateMention) -> bool:
    """The date dates something other than what the claim says happened: when a post
    quoted in the article went up (it follows the poster's handle: "... (@anaruiz) May 3,
    2014"), the past event an anniversary marks ("the anniversary of the Sept. 11, 2001,
    attacks"), or the earlier figure a change is measured from ("fell to 4.1 percent from
    4.3 percent in January": January is the 4.3 percent's month, not the fall's). It is
    compared with no date of another claim."""
    at = date.start - claim.sentence_start
    if not 0 <= at <= len(claim.sentence):
        return False
    start = max(0, at - _OTHER_DATE_REACH)
    return (
        _POSTED_BY.search(claim.sentence, start, at) is not None
        or _ANNIVERSARY_OF.search(claim.sentence, start, at) is not None
        or _dates_an_earlier_figure(claim.sentence, at)
    )


def _dates_an_earlier_figure(text: str, at: int) -> bool:
    """The date at ``at`` follows the figure a change is measured from ("fell to 4.1
    percent from 4.3 percent in January")."""
    return _EARLIER_FIGURE.search(text, max(0, at - _OTHER_DATE_REACH), at) is not None


#: A figure a change is measured from, then the preposition of its date: "from 4.3 percent
#: in", "up from $12 million in", "compared with 3,100 jobs in".
_EARLIER_FIGURE = re.compile(
    r"\b(?:from|compared[ \t]+(?:with|to))[ \t]+[$€£]?\d[\d,.]*(?:%|(?:[ \t]+[a-z]+){0,2})"
    r"[ \t]+(?:in|on|at|during)[ \t]+$",
    re.IGNORECASE,
)


def _precise(date: DateMention) -> bool:
    """Resolved to a month or less. A bare year ("returns dating back to 1977") names a
    period or an object far more often than the day the event happened."""
    if not (date.resolved and date.earliest and date.latest):
        return False
    return (date.latest - date.earliest).days <= MAX_DATE_SPAN or bool(_YEAR_PART.match(date.text))


#: A half or a quarter of a named year ("the second half of 2027", parse/dates.py): as
#: precise as a deal's closing or a plant's opening is told, and set against a month
#: ("by March 2027") or another part of the year.
_YEAR_PART = re.compile(r"(?:first|second|third|fourth|last|final)[ \t]+(?:half|quarter)[ \t]+of")


def _dates_meet(a: Claim, da: DateMention, b: Claim, db: DateMention) -> bool:
    assert da.earliest and da.latest and db.earliest and db.latest
    gap = max((db.earliest - da.latest).days, (da.earliest - db.latest).days)
    if gap <= 0:
        return True
    if gap > 1:
        return False
    earlier, later = (a, b) if da.latest < db.earliest else (b, a)
    return _time_zone_shift(earlier, later)


def _one_day_written_without_year(da: DateMention, db: DateMention) -> bool:
    """Both name one day of the year without a year ("March 19" / "19 March"): the years
    were inferred from each article's date and tense ("meets on March 19" read as past in
    one), so years apart are the reading's, not the outlets'. So too when only one gives
    the year and the other is the bare month (and day) alone ("in March" / "in March
    2024"): the one year told is the only one either outlet gave."""
    year_a, year_b = bool(_YEAR.search(da.text)), bool(_YEAR.search(db.text))
    if year_a and year_b:
        return False
    if year_a or year_b:
        bare = db if year_a else da
        if not _BARE_MONTH_DAY.fullmatch(bare.text.strip()):
            return False
    elif not _MONTH_DAY.search(da.text) or not _MONTH_DAY.search(db.text):
        return False
    span_a, span_b = _calendar_span(da), _calendar_span(db)
    return span_a is not None and span_a == span_b


#: A date that is a month name alone, or with its day, and nothing else ("March", "March
#: 19", "19 March", "the 19th of March"): no word that places it in a year ("last March").
_BARE_MONTH_DAY = re.compile(
    r"(?:(?:the[ \t]+)?[0-3]?\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:[ \t]+[0-3]?\d(?:st|nd|rd|th)?)?"
)


#: A year written out ("2026", "'26" is not read as one).
_YEAR = re.compile(r"\b\d{4}\b")


def _time_zone_shift(earlier: Claim, later: Claim) -> bool:
    """Evening on one day and morning on the next can be one moment in two time zones
    (Friday evening in Washington is Saturday morning in Seoul); so can any pair where a
    time zone is named. "Late Monday night" against "2:15 a.m. Tuesday" is not: a few hours
    apart in one place, a real difference."""
    cues = load_cues()
    words_earlier = _words_lower(earlier.sentence)
    words_later = _words_lower(later.sentence)
    if (words_earlier | words_later) & cues.time_zones:
        return True
    if not (words_earlier & cues.evening and words_later & cues.morning):
        return False
    return bool(_times_of_day(earlier.sentence) & cues.evening) and bool(
        _times_of_day(later.sentence) & cues.morning
    )


#: A time of day after "a" or "an" and before another word: a kind of thing ("in a morning
#: update", "at an evening rally"), not when anything happened.
_TIME_OF_DAY_AS_KIND = re.compile(r"(?<![\w])an?[ \t]+(?P<time>[a-z]+)[ \t]+(?!of(?![\w]))[a-z]")


@lru_cache(maxsize=1 << 14)
def _times_of_day(sentence: str) -> frozenset[str]:
    """The sentence's words but those of ``_TIME_OF_DAY_AS_KIND``: "the agency said in a
    morning update" tells no morning of the event, so "on Sunday afternoon" there is no
    morning after "Saturday evening" in another time zone."""
    lowered = sentence.lower()
    kinds = Counter(m.group("time") for m in _TIME_OF_DAY_AS_KIND.finditer(lowered))
    words = Counter(_WORD.findall(lowered))
    # a word told as a kind and as a time ("a morning update ... on Monday morning") stays
    return frozenset(word for word, times in words.items() if times > kinds[word])


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
    """A day of the week, a day of a month or a year that a verb of the claim dates
    ("apologized on Friday", "circulated on February 21", "his term ends in 2019"), with the
    verb's stem. Years only for acts not in the past: a past act may recur ("won the
    election in 2008" and "in 2012" both hold), what is scheduled happens once."""

    verb: str
    word: str  # the verb as written
    date: DateMention
    weekday: int | None  # 0 = Monday; None for a day of a month or a year
    #: the day of a month, in ``_ANY_YEAR`` (a year is often left out); None for the others
    day: dt.date | None = None

    @property
    def kind(self) -> tuple[bool, bool]:
        """Which of the three it is: only days of one kind are compared."""
        return self.weekday is None, self.day is None


def act_day_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two different days of the week, or two different years, for one act of the same
    thing: the same verb dates both ("had to apologize Saturday for the post" / "on Friday
    apologized for the post"; "his term ends in 2019" / "before his term ends in 2018")
    and the claims share a word besides (the post, the term). A day apart is one moment
    across time zones when the sentences say so (evening / morning, a time zone named)."""
    return _act_day_conflicts(a, _act_days(a.text, a.dates), b, _act_days(b.text, b.dates))


def _act_day_conflicts(
    a: Claim, days_a: tuple[_ActDay, ...], b: Claim, days_b: tuple[_ActDay, ...]
) -> list[Conflict]:
    """``act_day_conflicts`` of claims whose ``_act_days`` are known (``ClaimFacts``)."""
    if not days_a or not days_b or not _shares_more_than(a, b, days_a + days_b):
        return []
    if _undated_denial(a) or _undated_denial(b):
        return []
    if _named_apart(a, b):
        return []  # "shops in Ashby closed on Monday" / "shops in Corbel closed on Friday"
    for day_a in days_a:
        for day_b in days_b:
            if day_a.verb != day_b.verb or day_a.kind != day_b.kind:
                continue
            if _act_days_differ(a, day_a, b, day_b):
                why = f"{day_a.word} / {day_b.word}"
                return [_date_conflict(a, day_a.date, b, day_b.date, why=why)]
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


@lru_cache(maxsize=1 << 16)
def _words_lower(text: str) -> frozenset[str]:
    # Read once per text: a claim's text is compared in many pairs.
    return frozenset(_WORD.findall(text.lower()))


def _act_days_differ(a: Claim, day_a: _ActDay, b: Claim, day_b: _ActDay) -> bool:
    if day_a.day is not None and day_b.day is not None:
        apart = (day_b.day - day_a.day).days
        if abs(apart) != 1:
            return apart != 0
        earlier, later = (a, b) if apart == 1 else (b, a)
        return not _time_zone_shift(earlier, later)
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
        for t in frozenset(words_a).intersection(words_b)
    )


@lru_cache(maxsize=1 << 14)
def _act_days(text: str, dates: tuple[DateMention, ...]) -> tuple[_ActDay, ...]:
    return _find_act_days(text, dates)


def _find_act_days(text: str, dates: tuple[DateMention, ...]) -> tuple[_ActDay, ...]:
    """``_act_days`` without its memo, for callers that keep the answer per claim."""
    found = []
    for date in dates:
        weekday = _weekday_of(date)
        day = _day_of_month(date) if weekday is None else None
        if weekday is None and day is None and not _single_year(date):
            continue
        at = text.find(date.text)
        if at < 0:
            continue
        scheduled = weekday is None and day is None
        verb = _dating_verb(text[:at], text[at + len(date.text) :], scheduled=scheduled)
        if verb is None and not scheduled:
            verb = _dated_object(text[:at])
        # the day of a telling ("announced Sunday", "tweeted on Thursday") dates what was
        # told about, often several things: ``news_date_links`` compares those
        if verb is not None and verb.lower() not in _saying_verbs():
            found.append(_ActDay(stem(verb.lower()), verb, date, weekday, day))
    return tuple(found)


def _day_of_month(date: DateMention) -> dt.date | None:
    """The one day of a month a date names ("February 21", "March 3, 2015", "the 5th of
    May"), in ``_ANY_YEAR``: two outlets on one story mean one year, and one of them may
    leave it out. None for a month, a span, a weekday or a relative date."""
    if date.relative:
        return None  # "3 days ago": a distance back, ``relative_day_conflicts`` reads it
    span = _calendar_span(date)
    if span is None or span[0] != span[1] or not _DAY_OF_MONTH.search(date.text):
        return None
    return span[0]


def _weekday_of(date: DateMention) -> int | None:
    """The day of the week a date names alone ("Friday", "Saturday morning"), or None."""
    words = _WORD.findall(date.text.lower())
    days = [_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS]
    if len(days) != 1 or len(words) > 2:
        return None  # most dates: no day of the week, nothing more to read
    if any(ch.isdigit() for ch in date.text) or _MONTH_DAY.search(date.text):
        return None  # "Friday, August 18" is a calendar day: ``_date_conflicts`` reads it
    return days[0]


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
    words = _last_words(before)
    last = words[-1] if words else ""
    # a capitalised word is a name ("travelled to Gundford on Monday"), not a verb
    if _WORD_AT.fullmatch(last) and not last[:1].isupper():
        previous = words[-2].lower() if len(words) > 1 else ""
        verb = _verb_stem(last, previous, scheduled=scheduled)
        if verb is None and scheduled and previous in _ONCE_ADVERBS:
            # "last erupted in 1962", "first opened in 1931": the one last (or first) time
            # the act happened, whose year two reports cannot both have right
            verb = _verb_stem(last, previous, scheduled=False)
        if verb is not None:
            return verb
    following = after.split()[:2]
    if scheduled or not following or not _WORD_AT.fullmatch(following[0]):
        return None
    if following[0][:1].isupper() or _opens_a_date(" ".join(following[1:])):
        return None  # "forced out on Sunday returned Monday": "Monday" is the return's day
    return _verb_stem(following[0], "", scheduled=False)


#: Adverbs that make a past act one occasion a year can date ("last erupted in 1962").
_ONCE_ADVERBS = frozenset(("last", "first"))


def once_year_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Two years for the one last (or first) occasion of one kind of event, told as the
    claims' subject ("The last national dock strike was in 2011" / "The last national dock
    strike took place in 2015"): there is one last strike, and one year for it. The subjects
    must name the same occasion word for word ("the last dock strike" is no "last teachers'
    strike"), and "last" and "first" are two occasions."""
    once_a, once_b = _once_year(a), _once_year(b)
    if once_a is None or once_b is None or once_a[0] != once_b[0]:
        return []
    da, db = once_a[2], once_b[2]
    if da.earliest == db.earliest:
        return []
    return [_date_conflict(a, da, b, db, why=f"one {once_a[1]}")]


def _once_year(claim: Claim) -> tuple[str, str, DateMention] | None:
    """The occasion a claim dates to a year as its subject (its words as the key writes
    them, and as written: "the last dock strike") and that year, or None."""
    found = _ONCE_SUBJECT.match(claim.text)
    if found is None:
        return None
    year = next(
        (d for d in claim.dates if _single_year(d) and claim.text.startswith(d.text, found.end())),
        None,
    )
    if year is None:
        return None
    which = _ONCE_WORDS[" ".join(found.group("which").lower().split())]
    words = normalize_text(found.group("occasion")).tokens
    if not words:
        return None
    written = " ".join(found.group("which", "occasion")).lower()
    return " ".join((which, *words)), written, year


#: "The last national dock strike was in ", "The first eruption took place in ": the one
#: last or first occasion as the subject, then a verb of happening and "in" before a year.
_ONCE_SUBJECT = re.compile(
    r"(?:the|its|their)[ \t]+(?P<which>last|first|previous|most[ \t]+recent)[ \t]+"
    r"(?P<occasion>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)[ \t]+"
    r"(?:was|were|took[ \t]+place|happened|occurred|came)[ \t]+in[ \t]+",
    re.IGNORECASE,
)
#: The words of ``_ONCE_SUBJECT`` for one occasion: "previous" and "most recent" are "last".
_ONCE_WORDS = {"last": "last", "previous": "last", "most recent": "last", "first": "first"}


#: What ``_dating_verb`` strips off each word.
_WORD_EDGES = ",;:\"'“”‘’()"


def _last_words(before: str) -> list[str]:
    """The words of ``before`` (stripped of ``_WORD_EDGES``) without the day leads that end
    it ("on", "last"): at least the last two of them, or all. WHY not split the whole text:
    this runs for every date of every dated claim, and only the end of the text is read."""
    wanted = 4
    while True:
        parts = before.rsplit(None, wanted)
        whole = len(parts) <= wanted  # every word of ``before``, as ``split`` gives them
        words = [w.strip(_WORD_EDGES) for w in (parts if whole else parts[1:])]
        while words and words[-1].lower() in _DAY_LEADS:
            words.pop()
        if whole or len(words) >= 2:
            return words
        wanted *= 2


#: Words before a verb's object whose day is given: "make his debut ... on Saturday".
_OBJECT_DETERMINERS = frozenset("the his her its their".split())
#: Prepositions that may put a name between the object and its day ("his debut against
#: Holbrook Athletic on Saturday", "the vote in Tarnow on Sunday").
_NAME_PREPOSITIONS = frozenset("against at in with for versus vs over from to".split())
#: Words before a day read for a dated object.
_OBJECT_WORDS_READ = 10


def _dated_object(before: str) -> str | None:
    """The noun a verb's object ends in when the day follows it ("could make his debut on
    Saturday", "is expected to make his debut against Holbrook Athletic on Sunday"): the
    object of one act, dated by the day as a verb right before the day is. Only a noun
    after "the" or a possessive right after a verb, and only a name between it and the day
    (with its preposition)."""
    words = [w.strip(_WORD_EDGES) for w in before.split()[-_OBJECT_WORDS_READ:]]
    while words and words[-1].lower() in _DAY_LEADS:
        words.pop()
    named = False
    while words and words[-1][:1].isupper():
        words.pop()
        named = True
    if named:
        if not words or words[-1].lower() not in _NAME_PREPOSITIONS:
            return None
        words.pop()
    if len(words) < 3:
        return None
    noun, determiner, verb = words[-1], words[-2].lower(), words[-3]
    if not (noun.isalpha() and noun.islower() and len(noun) > 2):
        return None
    if determiner not in _OBJECT_DETERMINERS or not verb.isalpha() or verb[:1].isupper():
        return None
    previous = words[-4].lower() if len(words) > 3 else ""
    if _verb_stem(verb, previous, scheduled=False) is None:
        return None
    return noun


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
    if _undated_denial(a) or _undated_denial(b):
        return []
    for da in a.dates:
        for db in b.dates:
            back_a, back_b = _units_ago(da), _units_ago(db)
            if back_a is None or back_b is None or back_a[1] != back_b[1]:
                continue
            if abs(back_a[0] - back_b[0]) >= _UNITS_APART[back_a[1]]:
                why = f"{back_a[0]} vs {back_b[0]} {back_a[1]}s back"
                return [_date_conflict(a, da, b, db, why=why)]
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


def _names_apart_in(a: Claim, text_a: str, b: Claim, text_b: str) -> bool:
    """``_named_apart`` for the names of each claim that stand in a part of its text."""
    names_a = _entity_tokens(a, text_a)
    names_b = _entity_tokens(b, text_b)
    if not match.names_apart(names_a, names_b):
        return False
    return not (_name_words(names_a) & _words_lower(text_b)) and not (
        _name_words(names_b) & _words_lower(text_a)
    )
