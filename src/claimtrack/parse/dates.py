"""Dates and times in text, resolved against the article's publication date when known.

``find_dates(text, offset, published)`` is pure. Absolute dates ("May 1, 2026", "1 May 2026",
"2023", "the 1980s") resolve on their own; relative ones ("Monday", "next week", "the coming
week", "yesterday", "two weeks ago") need ``published`` and are marked ``resolved=False``
without it. A bare weekday points back in time unless the text speaks of the future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from claimtrack.models import DateMention
from claimtrack.parse import grammar, headlines, scan, tables
from claimtrack.parse.certainty import plan_as_noun
from claimtrack.parse.trusted import Builder

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
#: Month names as written, full and short, lower-case ("march", "mar", "sept").
MONTH_NAMES = frozenset(_MONTHS)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
#: Day and month names in full, lower case: capitalised words that are dates, not names
#: ("in Washington Tuesday", "that May").
CALENDAR_NAMES = frozenset(_WEEKDAYS) | frozenset(n.lower() for n in calendar.month_name if n)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip

# Lower case: the pattern runs on lower-cased text (fast), and ``_cased`` then checks
# the original capitals ("may" is a modal, "March" a month).
_MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_MONTH_SHORT = (
    r"(?:jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept\.|sep\.|oct\.|nov\.|dec\.|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_MONTH = rf"(?:{_MONTH_NAME}|{_MONTH_SHORT})"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "weekend" before "week": the longer name first, or "this weekend" reads "this week".
_PERIOD = r"(?:weekend|week|month|year)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: Which half or quarter of a year ("the second half of 2027"): "last" and "final" are the
#: year's end.
_YEAR_PART_ORDINAL = r"(?:first|second|third|fourth|last|final)"
_YEAR_PART_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# ``\b(?:will|shall|plans?\s+to|...)\b`` with each leading ``\b`` as a look-behind after the
# first word: ``re`` then skips in C to a possible first letter instead of trying every
# alternative at every character.
_FUTURE = re.compile(
    r"(?:will(?<!\wwill)|shall(?<!\wshall)|plan(?<!\wplan)s?\s+to|is(?<!\wis)\s+to"
    r"|are(?<!\ware)\s+to|set(?<!\wset)\s+to|scheduled(?<!\wscheduled)|due(?<!\wdue)\s+to"
    r"|going(?<!\wgoing)\s+to|next(?<!\wnext)|upcoming(?<!\wupcoming)|coming(?<!\wcoming)"
    r"|expected(?<!\wexpected)\s+to)(?!\w)"
)

#: A past verb of saying right before a weekday ("said on Monday", "announced Tuesday").
#: "would" in the weekday's own clause, a few words before it, is the future of a report ("she
#: said the search would continue on Monday"). Anywhere else in the sentence it mostly belongs
#: to another clause and another time ("Harper, who spoke on Wednesday, said the policy would
#: hold"): as a sentence-wide cue it pointed 25 of 29 FNC-1 weekdays the wrong way; bound to
#: the clause, 4 of 4 the right way. "would have" looks back.
_WOULD_BEFORE = re.compile(
    r"\bwould(?![ \t]+(?:not[ \t]+)?have\b)(?P<gap>(?:[ \t]+[^ \t,;:.!?()\"“”]+){0,8})[ \t]+\Z"
)

_PAST_REPORT = re.compile(
    r"\b(?:said|told|announced|stated|added|confirmed|declared|reported|wrote|tweeted|"
    r"insisted|denied|made the announcement)[ \t]+(?:on[ \t]+|late[ \t]+|early[ \t]+)?\Z"
)

_BRANCHES = (
    rf"(?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?)(?!\d)"
    rf"|(?P<dmy>(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)"
    rf"|(?P<iso>(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))(?!\d)"
    rf"|(?P<my>(?P<m4>{_MONTH})\s+(?:of\s+)?(?P<y4>{_YEAR}))(?!\d)"
    # A full month name may end the sentence ("in March."); after an abbreviation a full
    # stop may be its own, with the day still to come ("in Feb. 5"), so it is not a month.
    rf"|(?P<inmonth>\b(?:in|since|until|by|from|during|of|early|late|mid)\s+"
    rf"(?P<m5>{_MONTH_NAME}(?!\w|\s+\d)|{_MONTH_SHORT}(?![\w.]|\s+\d)))"
    rf"|(?P<decade>(?P<y6>(?:1[89]|20)\d)0s)"
    rf"|(?P<ago>(?P<n7>\d{{1,2}}|a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"
    rf"\s+(?P<u7>day|week|month|year)s?\s+ago)"
    rf"|(?P<rel>(?P<w8>next|last|past|coming|previous|this|earlier\s+this|later\s+this)\s+"
    rf"(?P<u8>{_PERIOD}|{_WEEKDAY}){_PART})"
    rf"|(?P<the>the\s+(?P<w9>coming|past|previous|next|following)\s+(?P<u9>{_PERIOD}|days|weeks))"
    rf"|(?P<deictic>yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))"
    rf"|(?P<weekday>(?P<w10>{_WEEKDAY}){_PART})"
    # The minutes after a colon or, in British style, a full stop ("11.30am")
    rf"|(?P<time>(?<![\d.])(?P<h11>1[0-2]|0?[1-9])(?:[:.](?P<mi11>[0-5]\d))?\s?(?P<ap11>a\.m\.|p\.m\.|am\b|pm\b))"
    rf"|(?P<clock>(?P<h12>[01]?\d|2[0-3]):(?P<mi12>[0-5]\d)(?!\d))"
    # A half or a quarter of a year: "in the second half of 2027", "the first quarter of 2026"
    rf"|(?P<part>(?P<o18>{_YEAR_PART_ORDINAL})\s+(?P<u18>half|quarter)\s+of\s+(?P<y18>{_YEAR}))"
    rf"(?![\w%$]|[.,]\d)"
    # A span of years: "2010-2013", "the 2012-13 season", "from 2010 to 2013", "between 2010
    # and 2013" ("and" only after "between": "in 2010 and 2013" are two years).
    rf"|(?P<years>(?<![\w$€£.,-])(?:(?P<btw>between)\s+)?(?P<y14>{_YEAR})"
    rf"(?:\s?[-–]\s?(?P<y15>{_YEAR}|\d\d)|\s+(?:to|until|till|through)\s+(?P<y16>{_YEAR})"
    rf"|(?(btw)\s+and\s+(?P<y17>{_YEAR})|(?!)))(?![\w%$]|[.,]\d|[-–]\d))"
    rf"|(?P<year>(?<![\w$€£.,-])(?P<y13>{_YEAR})(?![\w%$]|[.,]\d|\s?(?:percent|million|billion)))"
)
# What each branch of ``_BRANCHES`` starts with: a digit (a day, a year, an hour, a count),
# or the words of its first piece as the branch itself writes them. WHY: ``re`` tries all
# fourteen branches at each start ``scan`` gives (~1 us), and about six starts in seven are
# no date ("the", "in", "on", "may", the "day" of "Sunday"); this look-ahead rejects most
# of them in a few character tests. Each alternative here is a prefix of a branch (of
# every branch that does not start with a digit), so no date is lost; the tests compare
# with ``_BRANCHES`` alone at every position of many texts.
_LEADS = (
    rf"\d|{_WEEKDAY}"  # the weekday opens mdy and dmy too
    rf"|{_MONTH}\s+(?:of\s+)?\d"  # mdy, my: a day or a year after the month
    rf"|\b(?:in|since|until|by|from|during|of|early|late|mid)\s+{_MONTH}"
    rf"|(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"
    rf"\s+(?:day|week|month|year)"
    rf"|(?:next|last|past|coming|previous|this|earlier\s+this|later\s+this)\s+"
    rf"(?:{_PERIOD}|{_WEEKDAY})"
    rf"|the\s+(?:coming|past|previous|next|following)\s+(?:{_PERIOD}|days|weeks)"
    rf"|yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)"
    rf"|between\s+\d"  # a span of years
    rf"|(?:{_YEAR_PART_ORDINAL})\s+(?:half|quarter)\s+of\s"  # a part of a year
)
_PATTERN = re.compile(rf"(?=(?:{_LEADS}))(?:{_BRANCHES})")

# Month names and weekdays must be capitalised ("may" is a modal, "march" a verb): the
# group to check for each kind of match (every kind is the name of its outermost group,
# which closes last, so it is ``match.lastgroup``).
_CASED_GROUP = {"mdy": "m1", "dmy": "m2", "my": "m4", "inmonth": "m5", "weekday": "w10"}


# "day" finds every weekday, "today" and "yesterday"; "jan" finds "january" too.
_TRIGGERS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "day", "tonight", "tomorrow", "next", "last", "past", "coming", "previous", "earlier",
    "later", "ago", "this", "following", "morning", "evening", "afternoon", "half", "quarter",
)  # fmt: skip


@lru_cache(maxsize=1)
def _trigger_set() -> scan.Triggers:
    return scan.Triggers(_TRIGGERS)


#: Trigger words that start a date only before a period: ``rel`` and ``the`` ("this week",
#: "the past year", "last Monday") need "week", "month", "year" or a weekday after them
#: (a weekday holds the trigger "day" itself), ``deictic`` a "morning" (a trigger too).
_PERIOD_BOUND = frozenset(
    ("this", "next", "last", "past", "coming", "previous", "earlier", "later", "following")
)


def _only_period_bound(hits: AbstractSet[str], lower: str) -> bool:
    """Whether every trigger word of ``lower`` is one of ``_PERIOD_BOUND`` and no period
    word stands anywhere (substring tests in C): then no date starts at those words. About
    one sentence of real news in fourteen is settled so ("this" is in one in thirteen)."""
    return hits <= _PERIOD_BOUND and not ("week" in lower or "month" in lower or "year" in lower)


# Without a trigger word, only these digit forms can be a date (a year, an ISO date or a
# decade, a clock time, "5pm"): numbers alone ("40 staff", "$2.5 billion") are not.
_DIGIT_DATE = re.compile(r"(?:1[89]|20)\d\d|\d:[0-5]\d|\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)")


def _matches(text: str, lower: str | None = None) -> list[re.Match[str]]:
    """The date matches in ``text``; ``lower`` is ``tables.lowered(text)`` if known."""
    if lower is None:
        lower = tables.lowered(text)
    triggers = _trigger_set()
    hits = triggers.hits(tables.text_words(text).words)
    if hits and _only_period_bound(hits, lower):
        hits = frozenset()  # no branch can match at those words: dates start at digits
    if not hits:
        # Each of those forms starts with a digit: none can start before the first one
        # (``digit_runs`` is cached, and the numbers of the same text ask for it next).
        digits = scan.digit_runs(lower)
        if not digits or _DIGIT_DATE.search(lower, digits[0]) is None:
            return []  # every branch of _PATTERN needs a trigger word or one of those forms
    starts = scan.candidate_starts(lower, triggers, back_words=2, hits=hits)
    found = []
    for match in scan.matches_at(_PATTERN, lower, starts):
        cased = _CASED_GROUP.get(match.lastgroup or "")
        if cased is None or text[match.start(cased)].isupper():
            if match.lastgroup == "deictic" and _names_a_title(text, match.start()):
                continue
            found.append(match)
    return found


#: What may stand before a word that opens a sentence or a quotation inside the text.
_OPENERS = ".!?:;\"'“‘(—–-"


def _names_a_title(text: str, start: int) -> bool:
    """ "Today" capitalised inside a sentence not written in title case is part of a name:
    "the Today show", "Velmore Today reported", "from Harbour Today to KXLR". At the start
    of the text or of a sentence or quotation in it, or in a title ("Shares Rise Today"), it
    is the day."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip()
    if not before or before[-1] in _OPENERS:
        return False
    return not headlines.is_title_case(text)


def find_dates(
    text: str, offset: int = 0, published: dt.date | None = None, lower: str | None = None
) -> list[DateMention]:
    """Every date or time expression in ``text``, with offsets shifted by ``offset``;
    ``lower`` is ``tables.lowered(text)`` if the caller has it (numbers need it too)."""
    if lower is None:
        lower = tables.lowered(text)
    matches = _matches(text, lower)
    if not matches:
        return []  # most sentences: no need to look for future-tense cues
    future = _FutureCue(lower)
    found = []
    for match in matches:
        mention = _mention(match, text, offset, published, _never if _dated_past(match) else future)
        if mention is not None:
            found.append(mention)
    return found


#: The two words before a date: "(she) won in August", "was taken on Monday".
_TWO_WORDS_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<before>[A-Za-z]+)[ \t]+(?P<verb>[a-z]+)[ \t]+(?:in|on)[ \t]+\Z"
)
#: Words before a past form that make it a participle of what is ahead ("will be held in
#: August", "is expected in June", "to be completed in May") or a modal's ("would have").
_NOT_PAST_BEFORE = frozenset(
    "be been being is are am will would shall to could should may might must".split()
)


def _dated_past(match: re.Match[str]) -> bool:
    """The date follows a verb in the past and its "in" or "on" ("the title she won in
    August", "the sample was taken in June"): the date is of that past act, whatever the
    sentence says of the future ("She will lose the title she won in August" is about a win
    this August, not next). "Will be held in August", "is expected in June", "are scheduled
    to start in May" are ahead."""
    start = match.start("m5") if match.lastgroup == "inmonth" else match.start()
    found = _TWO_WORDS_BEFORE.search(match.string, max(0, start - 60), start)
    if found is None:
        return False
    verb, before = found.group("verb"), found.group("before").lower()
    if grammar.verb_form(verb) != "past" or _FUTURE.fullmatch(verb):
        return False
    return before not in _NOT_PAST_BEFORE


def _never() -> bool:
    return False


class _FutureCue:
    """Whether a sentence speaks of the future (``_says_future``), looked for when a date
    first asks and remembered for the sentence's other dates.

    WHY: only a weekday or a month and day without a year, in an article with a publication
    date, need it; the cues were looked for in every sentence with a date (a year, a time,
    "last week"), about half a percent of the parse of news without publication dates."""

    __slots__ = ("_lower", "_says")

    def __init__(self, lower: str) -> None:
        self._lower = lower
        self._says: bool | None = None

    def __call__(self) -> bool:
        if self._says is None:
            self._says = _says_future(self._lower)
        return self._says


def _says_future(lower: str) -> bool:
    """A cue of ``_FUTURE`` stands in ``lower``, other than a noun "plans to" ("a strike
    over plans to cut guards began on Monday" tells this Monday, not the next)."""
    for cue in _FUTURE.finditer(lower):
        if not cue.group(0).startswith("plan") or not plan_as_noun(lower, cue.start()):
            return True
    return False


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates, times and years stand in ``text`` (numbers there are not quantities)."""
    return [m.span() for m in _matches(text)]


def _mention(
    match: re.Match[str],
    original: str,
    offset: int,
    published: dt.date | None,
    future: Callable[[], bool],
) -> DateMention | None:
    kind = match.lastgroup or ""
    if kind == "years":
        return _years(match, original, offset)
    if kind == "part":
        return _year_part(match, original, offset)
    first = match.start("m5") if kind == "inmonth" else match.start()
    raw = original[first : match.end()]
    text = raw.strip()
    start = offset + first + len(raw) - len(raw.lstrip())  # text and offsets agree
    end = start + len(text)
    base = {"text": text, "start": start, "end": end}
    if kind in ("time", "clock"):
        return _time(match, kind, base, published)
    if kind in ("mdy", "dmy", "iso", "my", "decade", "year", "inmonth"):
        return _absolute(match, kind, base, published, future)
    return _relative(match, kind, base, published, future)


def _years(match: re.Match[str], original: str, offset: int) -> DateMention:
    """A span of years, from the first's January 1 to the last's December 31 ("2010-2013",
    "2012-13", "between 2010 and 2013"). A second figure no later than the first is no span
    ("2014-10", "2015-2015"): the first year alone."""
    first = int(match.group("y14"))
    last_text = match.group("y15") or match.group("y16") or match.group("y17")
    last = int(last_text)
    if len(last_text) == 2:
        last += first - first % 100
    start = match.start("y14")
    end = match.end() if last > first else match.end("y14")
    if last <= first:
        last = first
    base = {"text": original[start:end], "start": offset + start, "end": offset + end}
    return _date(base, earliest=dt.date(first, 1, 1), latest=dt.date(last, 12, 31))


def _year_part(match: re.Match[str], original: str, offset: int) -> DateMention | None:
    """A half or a quarter of a year, from its first day to its last ("the second half of
    2027": July 1 to December 31; "the first quarter of 2026": January 1 to March 31). A
    third or fourth half is no part of a year: no date."""
    year = int(match.group("y18"))
    months = 6 if match.group("u18") == "half" else 3
    parts = 12 // months
    ordinal = match.group("o18")
    index = parts if ordinal in ("last", "final") else _YEAR_PART_INDEX[ordinal]
    if index > parts:
        return None
    first_month = (index - 1) * months + 1
    last_month = first_month + months - 1
    last_day = calendar.monthrange(year, last_month)[1]
    base = {"text": original[match.start() : match.end()], "start": offset + match.start()}
    base["end"] = offset + match.end()
    return _date(
        base,
        earliest=dt.date(year, first_month, 1),
        latest=dt.date(year, last_month, last_day),
    )


def _time(
    match: re.Match[str], kind: str, base: dict[str, object], published: dt.date | None
) -> DateMention:
    if kind == "time":
        hour = int(match.group("h11")) % 12
        if match.group("ap11").lower().startswith("p"):
            hour += 12
        minute = int(match.group("mi11") or 0)
    else:
        hour, minute = int(match.group("h12")), int(match.group("mi12"))
    return _date(
        base,
        time=f"{hour:02d}:{minute:02d}",
        earliest=published,
        latest=published,
        relative=True,
        resolved=published is not None,
    )


def _absolute(
    match: re.Match[str],
    kind: str,
    base: dict[str, object],
    published: dt.date | None,
    future: Callable[[], bool],
) -> DateMention | None:
    if kind == "year":
        year = int(match.group("y13"))
        return _date(base, earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31))
    if kind == "decade":
        first = int(match.group("y6") + "0")
        return _date(base, earliest=dt.date(first, 1, 1), latest=dt.date(first + 9, 12, 31))
    month = _month(match.group("m1") or match.group("m2") or match.group("m4") or match.group("m5"))
    if kind == "iso":
        month = int(match.group("m3"))
    year_text = match.group("y1") or match.group("y2") or match.group("y3") or match.group("y4")
    day_text = match.group("d1") or match.group("d2") or match.group("d3")
    if year_text is None and published is None:
        return _date(base, resolved=False)
    if year_text:
        year = int(year_text)
    elif published is not None and (_appointed(match) or _timetabled(match)):
        # "set sentencing for June 18", "takes effect on July 1": it may lie either side
        year = published.year
    else:
        year = _nearest_year(month, day_text, published, future())
    try:
        if day_text is None:
            last = calendar.monthrange(year, month)[1]
            return _date(
                base,
                earliest=dt.date(year, month, 1),
                latest=dt.date(year, month, last),
                relative=year_text is None,
            )
        day = int(re.sub(r"\D", "", day_text))
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return _date(base, earliest=date, latest=date, relative=year_text is None)


def _date(
    base: dict[str, object],
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
    time: str | None = None,
    relative: bool = False,
    resolved: bool = True,
) -> DateMention:
    """A DateMention with every field given in the model's order (``Builder``'s fast path)."""
    return _DATE(
        {
            "text": base["text"],
            "start": base["start"],
            "end": base["end"],
            "earliest": earliest,
            "latest": latest,
            "time": time,
            "relative": relative,
            "resolved": resolved,
        }
    )


_DATE = Builder(DateMention)


def _month(name: str | None) -> int:
    return _MONTHS[(name or "january").lower().rstrip(".")]


def _nearest_year(month: int, day_text: str | None, published: dt.date | None, future: bool) -> int:
    """A date without a year is in the publication year; or the year before, if the text
    speaks of the past and the date would be more than a week after publication; or the year
    after, if the text speaks of what will happen and the date (the whole month, when no day
    is given) would be over more than a week before publication: "will leave at the end of
    February", published in December, is next February."""
    assert published is not None
    day = int(re.sub(r"\D", "", day_text)) if day_text else 1
    try:
        candidate = dt.date(published.year, month, min(day, 28) if month == 2 else day)
    except ValueError:
        return published.year
    if not future and candidate - published > dt.timedelta(days=7):
        return published.year - 1
    over = (
        candidate
        if day_text
        else candidate.replace(day=calendar.monthrange(candidate.year, month)[1])
    )
    if future and published - over > dt.timedelta(days=7):
        return published.year + 1
    return published.year


def _relative(
    match: re.Match[str],
    kind: str,
    base: dict[str, object],
    published: dt.date | None,
    future: Callable[[], bool],
) -> DateMention:
    if published is None:
        return _date(base, relative=True, resolved=False)
    span = _resolve(match, kind, published, future)
    if span is None:
        return _date(base, relative=True, resolved=False)
    return _date(base, earliest=span[0], latest=span[1], relative=True)


def _resolve(
    match: re.Match[str], kind: str, published: dt.date, future: Callable[[], bool]
) -> tuple[dt.date, dt.date] | None:
    if kind == "deictic":
        word = match.group("deictic").lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        day = published + dt.timedelta(days=shift)
        return day, day
    if kind == "weekday":
        # "..., the ministry said on Monday": the day something was said is past, whatever
        # the tense of what was said ("will not attend next week's talks").
        said = future()
        reported = said and bool(_PAST_REPORT.search(match.string, 0, match.start()))
        ahead = (said and not reported) or _would_before(match)
        return _weekday(_WEEKDAYS[match.group("w10").lower()], published, ahead)
    if kind == "ago":
        amount = _amount(match.group("n7"))
        return _shifted_period(match.group("u7").lower(), -amount, published)
    if kind == "rel":
        return _named_relative(match.group("w8"), match.group("u8"), published)
    return _the_relative(match.group("w9").lower(), match.group("u9").lower(), published)


def _would_before(match: re.Match[str]) -> bool:
    return _WOULD_BEFORE.search(match.string, 0, match.start()) is not None


def _appointed(match: re.Match[str]) -> bool:
    """The date is an appointment: a verb of ``appointment_verbs.txt``, then up to four
    words in the same clause, then "for"/"to"/"until"/"till" right before the date ("set
    sentencing for June 18", "was postponed until March 3"). WHY: the past tense of the
    verb says when the date was fixed, not when it falls, so the date is not pushed into
    the year before publication ("set ... for June 18" in March is this June)."""
    return _appointment_before().search(match.string, 0, match.start()) is not None


def _timetabled(match: re.Match[str]) -> bool:
    """A verb of ``scheduled_present.txt`` stands right before the date ("takes effect on
    July 1", "the season opens August 15", "the board meets again on March 19"). WHY: the
    present tells a timetable; read as past, July 1 in a May article was last July, and
    "takes effect on July 1" conflicted with "will take effect on July 1"."""
    return _timetable_before().search(match.string, 0, match.start()) is not None


@lru_cache(maxsize=1)
def _timetable_before() -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(line).replace(r"\ ", r"[ \t]+")
        for line in sorted(tables.data_lines("scheduled_present.txt"), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{verbs})(?:[ \t]+again)?(?:[ \t]+on)?[ \t]+\Z", re.I)


@lru_cache(maxsize=1)
def _appointment_before() -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(line).replace(r"\ ", r"[ \t]+")
        for line in sorted(tables.data_lines("appointment_verbs.txt"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:[ \t]+[^ \t,;:.!?()\"“”]+){{0,4}}"
        r"[ \t]+(?:for|to|until|till)(?:[ \t]+on)?[ \t]+\Z",
        re.I,
    )


def _amount(word: str) -> int:
    key = " ".join(word.lower().split())
    return int(key) if key.isdigit() else _NUMBER_WORDS.get(key, 1)


def _weekday(target: int, published: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    if future:
        ahead = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=ahead)
    else:
        back = (published.weekday() - target) % 7
        day = published - dt.timedelta(days=back)
    return day, day


def _shifted_period(unit: str, amount: int, published: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "day":
        day = published + dt.timedelta(days=amount)
        return day, day
    if unit == "week":
        center = published + dt.timedelta(weeks=amount)
        return center - dt.timedelta(days=3), center + dt.timedelta(days=3)
    if unit == "month":
        center = published + relativedelta(months=amount)
        return _month_span(center)
    return _year_span(published.year + amount)


def _named_relative(which: str, unit: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """ "next week", "last month", "this year", "earlier this week", "next Monday"."""
    word = " ".join(which.lower().split())
    step = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}.get(word, 0)
    unit = unit.lower()
    if unit in _WEEKDAYS:
        monday = published - dt.timedelta(days=published.weekday())
        day = monday + dt.timedelta(weeks=step, days=_WEEKDAYS[unit])
        return day, day
    if unit in ("week", "weekend"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        span = (monday, monday + dt.timedelta(days=6))
    elif unit == "month":
        span = _month_span(published + relativedelta(months=step))
    else:
        span = _year_span(published.year + step)
    if word == "earlier this":
        return span[0], published
    if word == "later this":
        return published, span[1]
    return span


def _the_relative(which: str, unit: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """ "the coming week" is the seven days after publication; "the past month" the 30 before."""
    length = {"week": 7, "weekend": 3, "month": 30, "year": 365, "days": 7, "weeks": 21}[unit]
    if which in ("coming", "next", "following"):
        return published + dt.timedelta(days=1), published + dt.timedelta(days=length)
    return published - dt.timedelta(days=length), published - dt.timedelta(days=1)


def _month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return dt.date(day.year, day.month, 1), dt.date(day.year, day.month, last)


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
