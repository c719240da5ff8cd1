"""Two times of day for one act on one day ("Staff discovered the leak shortly after 2am on
Sunday" / "The leak was discovered at about 4:30 a.m. on Sunday"): a DATE conflict.

Each clock time is read as a span of minutes, as the words before it make it
(data/clock_leads.tsv: "about", "shortly after", "just before", "by"); two spans more than
``CLOCK_SLACK`` minutes apart cannot both be right. The caller has found the two claims to
tell one act; here both must also name the same day besides the time (a time alone is
resolved to the article's day, a guess), one time each (or one span, "between 1am and
3am"), with no time zone named and no denial. Two days next to each other are read as
two moments: "about 11:40 p.m. on Sunday" and "shortly after 1am on Monday" are an hour
apart, "11:50pm on Sunday" and "12:05am on Monday" one moment.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.acts import _subject_head, _subject_kind
from claimtrack.judge.dates import _date_conflict, _post_timestamp, _weekday_of, _words_lower
from claimtrack.judge.text import load_cues
from claimtrack.models import Claim, Conflict, DateMention
from claimtrack.normalize import data_lines
from claimtrack.parse import tables
from claimtrack.parse.lemmas import noun_lemma, verb_lemma

#: Minutes an "about" puts either side of a clock time ("about 4:30 a.m." is 4:10 to 4:50).
ABOUT_MINUTES = 20
#: Minutes "shortly after" (or "just before") reaches from its time.
SHORTLY_MINUTES = 30
#: Minutes two spans may lie apart and still be one time, told rounded ("2am" / "2:15am").
CLOCK_SLACK = 15

#: The words that join the two ends of a span of clock times ("between 1am and 3am",
#: "from 2am to 4am").
_SPAN_JOINS = {"between": frozenset({"and"}), "from": frozenset({"to", "until", "till"})}
#: How many characters before a clock time its lead words may take.
_LEAD_REACH = 32


def time_of_day_conflicts(a: Claim, b: Claim, *, one_event: bool) -> list[Conflict]:
    """A DATE conflict when two claims of one act name one day and clock times on it that
    do not meet; none otherwise. One act: the same thing acted on (``_acted_on``), by one
    event as the caller found it (``one_event``, a shared predicate class) or else by one
    verb ("Staff discovered the leak ..." / "The leak was discovered ..."); "Police
    arrested a man at 2am" and "... a woman at 5pm" are two arrests."""
    if a.negated or b.negated:
        return []  # "was not found until 4am": the denial's time is not the act's
    if not one_event and (not a.predicate or a.predicate != b.predicate):
        return []
    read_a, read_b = _clock_span(a), _clock_span(b)
    if read_a is None or read_b is None:
        return []
    days = _days_apart(_named_day(a), _named_day(b))
    if days is None:
        return []  # days further apart: the date rules compare them; none: may be two days
    if _minutes_apart(read_a, read_b, days) <= CLOCK_SLACK:
        return []
    if not _one_thing(a, b):
        return []
    cues = load_cues()
    if (_words_lower(a.sentence) | _words_lower(b.sentence)) & cues.time_zones:
        return []  # "2am GMT" / "4am local time": one moment, told in two zones
    shown = (read_a.shown, read_b.shown)
    if days:  # the days differ: each time is shown with its day
        shown = (_with_day(a, read_a.shown), _with_day(b, read_b.shown))
    why = "two times of day for one act"
    return [_date_conflict(a, read_a.time, b, read_b.time, shown=shown, why=why)]


def moments_meet(a: Claim, b: Claim) -> bool:
    """Each claim names one clock time on a named day, the days next to each other, and the
    two moments meet ("at 11:50pm on Sunday" / "at 12:05am on Monday"): the days differ
    only because midnight fell between two roundings of one time, no conflict of days."""
    read_a, read_b = _clock_span(a), _clock_span(b)
    if read_a is None or read_b is None:
        return False
    days = _days_apart(_named_day(a), _named_day(b))
    return bool(days) and _minutes_apart(read_a, read_b, days or 0) <= CLOCK_SLACK


def clock_on_a_day(claim: Claim) -> bool:
    """The claim names one clock time (or one span of two) and one day besides it: what
    ``time_of_day_conflicts`` compares."""
    return _clock_span(claim) is not None and _named_day(claim) is not None


def _minutes_apart(read_a: _Clock, read_b: _Clock, days: int) -> float:
    """Minutes between two spans, ``read_b`` on ``days`` after ``read_a``'s day: "about
    11:40 p.m. on Sunday" ends an hour before "shortly after 1am on Monday" begins."""
    shift = days * _DAY_MINUTES
    return max(read_b.low + shift - read_a.high, read_a.low - read_b.high - shift)


class _Clock(NamedTuple):
    """A clock time of a claim as a span of minutes after midnight, and how it is shown
    ("about 4:30 a.m.", "between 1am and 3am")."""

    time: DateMention
    shown: str
    low: float
    high: float


def _clock_span(claim: Claim) -> _Clock | None:
    """The claim's one clock time (or span of two) as a span of minutes; None when it has
    none, several, or only the end of a period ("until 4am")."""
    times = [d for d in claim.dates if d.time is not None and not _post_timestamp(claim, d)]
    if not times or len(times) > 2:
        return None
    text = claim.text
    if len(times) == 2:
        return _span_of_two(text, times[0], times[1])
    (time,) = times
    at = text.find(time.text)
    if at < 0:
        return None
    minutes = _minutes(time)
    lead, shape = _lead(text[max(0, at - _LEAD_REACH) : at])
    if shape == "edge":
        return None
    low, high = {
        "about": (minutes - ABOUT_MINUTES, minutes + ABOUT_MINUTES),
        "after": (minutes, minutes + SHORTLY_MINUTES),
        "before": (minutes - SHORTLY_MINUTES, minutes),
        "later": (minutes, math.inf),
        "earlier": (-math.inf, minutes),
    }.get(shape, (minutes, minutes))
    return _Clock(time, f"{lead} {time.text}" if lead else time.text, low, high)


def _span_of_two(text: str, first: DateMention, second: DateMention) -> _Clock | None:
    """Two clock times that bound one span ("between 1am and 3am", "from 2 to 4pm"), as that
    span; None for two times of two acts, or a span across midnight."""
    at_first, at_second = text.find(first.text), text.find(second.text)
    if at_first < 0 or at_second <= at_first:
        return None
    lead = _last_word(text[max(0, at_first - _LEAD_REACH) : at_first])
    joins = _SPAN_JOINS.get(lead)
    between = text[at_first + len(first.text) : at_second].strip().lower()
    if joins is None or between not in joins:
        return None
    low, high = _minutes(first), _minutes(second)
    if high <= low:
        return None
    return _Clock(first, f"{lead} {text[at_first : at_second + len(second.text)]}", low, high)


def _minutes(time: DateMention) -> float:
    assert time.time is not None
    hours, _, minutes = time.time.partition(":")
    return int(hours) * 60 + int(minutes or 0)


def _last_word(before: str) -> str:
    words = before.lower().split()
    return words[-1] if words else ""


@lru_cache(maxsize=1)
def _leads() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the lead words right before a clock time (after an optional "at"), and
    each phrase's shape."""
    shapes = {}
    for line in data_lines("clock_leads.tsv"):
        phrase, _, shape = line.partition("\t")
        shapes[" ".join(phrase.lower().split())] = shape.strip()
    phrases = sorted(shapes, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", "[ \t]+") for p in phrases)
    return re.compile(rf"(?<![\w])(?P<lead>{alternatives})[ \t]+(?:at[ \t]+)?\Z"), shapes


def _lead(before: str) -> tuple[str, str]:
    """The lead words that end ``before`` as written, and their shape; "" and "exact" when
    none stands there."""
    pattern, shapes = _leads()
    found = pattern.search(before.lower())
    if found is None:
        return "", "exact"
    shape = shapes.get(" ".join(found.group("lead").split()), "exact")
    if len(before) != len(found.string):
        return found.group("lead"), shape  # lower() changed a length: shown lower-cased
    return " ".join(before[found.start("lead") : found.end("lead")].split()), shape


#: A day a claim names: ("day", a day of the calendar) or ("weekday", Monday = 0).
_Day = tuple[str, "dt.date | int"]
#: Minutes in a day: the shift of a clock time told on the next day.
_DAY_MINUTES = 24 * 60


def _days_apart(day_a: _Day | None, day_b: _Day | None) -> int | None:
    """Days from ``day_a`` to ``day_b``: 0 for one day, 1 or -1 for the next or the day
    before (two weekdays, either way round); None when either is unknown, they are of two
    kinds (a day of the calendar and a weekday) or further apart."""
    if day_a is None or day_b is None or day_a[0] != day_b[0]:
        return None
    value_a, value_b = day_a[1], day_b[1]
    if isinstance(value_a, dt.date) and isinstance(value_b, dt.date):
        days = (value_b - value_a).days
    elif isinstance(value_a, int) and isinstance(value_b, int):
        days = {0: 0, 1: 1, 6: -1}.get((value_b - value_a) % 7, 2)
    else:
        return None
    return days if abs(days) <= 1 else None


def _with_day(claim: Claim, shown: str) -> str:
    """A clock time as shown, then the day the claim names ("about 11:40 p.m. on Sunday")."""
    day = next((d for d in claim.dates if d.time is None and not _post_timestamp(claim, d)), None)
    return f"{shown} on {day.text}" if day is not None else shown


def _named_day(claim: Claim) -> _Day | None:
    """The one day the claim names besides its clock time: a day of the calendar when the
    article's date resolves it ("on Sunday" in a dated article), else a weekday as written;
    None for no day, several, or a span of days."""
    days: set[_Day] = set()
    for date in claim.dates:
        if date.time is not None or _post_timestamp(claim, date):
            continue
        if date.resolved and date.earliest is not None and date.earliest == date.latest:
            days.add(("day", date.earliest))
            continue
        weekday = _weekday_of(date)
        if weekday is None:
            return None
        days.add(("weekday", weekday))
    return next(iter(days)) if len(days) == 1 else None


#: Forms of "be" (and "get") that make the participle after them passive.
_PASSIVE_AUXILIARIES = frozenset("was were is are been being be got get gets".split())
#: Words besides prepositions (data/prepositions.txt) that end an object: a clock time's
#: lead and a conjunction ("discovered the leak shortly after 2am").
_OBJECT_ENDS = frozenset("shortly just soon till and but or when while than".split())
_DETERMINERS = frozenset("the a an its his her their this that these those".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")


def _acted_on(claim: Claim) -> str | None:
    """The noun of the thing the claim's act is done to, as a lemma: the object of an active
    verb ("Staff discovered the leak" -> leak), the subject of a passive one or of a verb
    with no object ("The leak was discovered", "The fire started at 2am" -> leak, fire).
    None when the claim's verb is not found in its text."""
    verb, *particles = (claim.predicate or "").split()
    if not verb:
        return None
    lowered = [t.lower() for t in _TOKEN.findall(claim.text)]
    at = next(
        (i for i, word in enumerate(lowered) if word.isalpha() and verb_lemma(word) == verb),
        None,
    )
    if at is None:
        return None
    # "broke out", "set off": the verb's particles are no object
    after = (
        at + 1 + len(particles)
        if lowered[at + 1 : at + 1 + len(particles)] == particles
        else at + 1
    )
    before = [w for w in lowered[:at] if not w.endswith("ly")]
    if before and before[-1] in _PASSIVE_AUXILIARIES:
        return _subject_thing(claim)
    prepositions = tables.words("prepositions.txt")
    words = []
    for word in lowered[after:]:
        if not word[0].isalpha() or word in _OBJECT_ENDS or word in prepositions:
            break
        if word not in _DETERMINERS:
            words.append(word)
    if words:
        return noun_lemma(words[-1])
    return _subject_thing(claim)


def _subject_thing(claim: Claim) -> str | None:
    """The head of the claim's subject as a lemma ("The leak" -> leak)."""
    head = _subject_head(claim)
    return noun_lemma(head) if head else None


def _one_thing(a: Claim, b: Claim) -> bool:
    """Both acts are done to one thing: the same noun (``_acted_on``), or subjects that name
    one kind of event ("The blaze broke out" / "The fire broke out", data/event_nouns.txt)."""
    thing_a = _acted_on(a)
    thing_b = _acted_on(b)
    if thing_a is not None and thing_a == thing_b:
        return True
    if _named_with(a, thing_b) or _named_with(b, thing_a):
        return True
    kind = _subject_kind(a)
    return kind is not None and kind == _subject_kind(b)


def _named_with(claim: Claim, thing: str | None) -> bool:
    """The claim's subject is a name whose words, all capitalised, hold ``thing`` as a common
    noun: "The River Sware" holds "river" ("The River Sware peaked at about 2 a.m." / "The
    river was at its highest at around 10pm"), one thing named and told by its kind."""
    if thing is None:
        return False
    words = [w for w in _TOKEN.findall(claim.subject or "") if w.isalpha()]
    named = [w for w in words if w.lower() not in _DETERMINERS]
    if len(named) < 2 or not all(w[0].isupper() for w in named):
        return False
    return any(noun_lemma(w.lower()) == thing for w in named)
