"""Figures of two occasions: one claim set a year or more back, the other in the days of the
news ("A similar collapse at the mine killed three workers in 2009" / "Twenty-three miners
were killed on Tuesday"; "Drivers received a 4% raise last year" / "The company offered a 4%
raise this year"). Both give figures, so they share a frame and often a figure, yet they
count two occasions: such a pair never makes one fact (``occasions_apart``, read with
``frames.figures_of_other_events``). A past toll against an undated toll with other figures
("Mine collapse kills 23") is kept apart too: told without a date, a toll is the day's news.

The times are read from the key's surface, so an article's date plays no part: a year named
with "in" ("in 2009", "in July 2017", "in the 1990s") is taken as a year back, as the judge
takes a sentence's opening year (``judge.figures._year_told_apart``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimtrack.match.instances import instance_marker
from claimtrack.match.subjects import _tolls
from claimtrack.normalize import MatchKey, stem
from claimtrack.parse.dates import MONTH_NAMES
from claimtrack.parse.lemmas import irregular_lemmas, verbs

#: ``told_time`` values (bits): no time, a year or more back, the days of the news, and
#: another mark of the calendar (a month, a bare year) that may be of either occasion.
NO_TIME, YEARS_BACK, THESE_DAYS, OTHER_TIME = 0, 1, 2, 4

#: The patterns below read a key's ``surface``: its folded words, all in lower case (the
#: normalizer's tokens are lower-case letters, digits and "%"), so they are written in lower
#: case without ``re.IGNORECASE``. WHY: a case-blind alternation costs about twice a plain
#: one, and every key with figures is read by them (``ClaimTable.times``).
_MONTHS = "|".join(sorted(MONTH_NAMES))
_COUNT_WORDS = "a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\\d+"

#: A time a year or more back: "last year", "two years ago", "in 2009", "in March 2011",
#: "in the 1990s", "two centuries ago". Group ``year`` holds the year's digits, which are no
#: figure of the claim.
_YEARS_BACK = re.compile(
    r"(?<![\w])(?:last[ \t]+(?:year|decade)"
    rf"|(?:{_COUNT_WORDS})[ \t]+(?:years?|decades?|centur(?:y|ies))[ \t]+ago"
    rf"|in[ \t]+(?:(?:early|late|mid)[ \t]+)?(?:(?:{_MONTHS})[ \t]+)?(?P<year>(?:1[89]|20)\d\d)"
    r"|in[ \t]+the[ \t]+(?P<decade>(?:1[89]|20)\d0)[ \t]?s)(?![\w])"
)

#: A time in the days of the news: a weekday, "today", "yesterday", "this week", "this
#: year", "last night", "last week".
_THESE_DAYS = re.compile(
    r"(?<![\w])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
    r"|yesterday|overnight|this[ \t]+(?:morning|afternoon|evening|week|month|year)"
    r"|last[ \t]+(?:night|week))(?![\w])"
)

#: Any other mark of a time: a month or a year, which may be of either occasion.
_CALENDAR = re.compile(
    rf"(?<![\w])(?:{_MONTHS}|(?:1[89]|20)\d\d|since|ago|years?|decades?)(?![\w])"
)


def told_time(key: MatchKey) -> int:
    """When the claim sets what it tells: ``YEARS_BACK``, ``THESE_DAYS`` or both (bits),
    else ``OTHER_TIME`` for another mark of the calendar, ``NO_TIME`` for none."""
    surface = key.surface
    back = _YEARS_BACK.search(surface) is not None
    now = _THESE_DAYS.search(surface) is not None
    if back or now:
        return (YEARS_BACK if back else NO_TIME) | (THESE_DAYS if now else NO_TIME)
    return NO_TIME if _CALENDAR.search(surface) is None else OTHER_TIME


def counted(key: MatchKey) -> frozenset[str]:
    """The key's figures without the years its times name ("killed three workers in 2009"
    counts 3)."""
    years = set(_years(_YEARS_BACK.finditer(key.surface)))
    return frozenset(n for n in key.numbers if n not in years)


def _years(found: Iterable[re.Match[str]]) -> Iterable[str]:
    for match in found:
        for group in ("year", "decade"):
            if match.group(group):
                yield match.group(group)


def occasions_apart(a: MatchKey, b: MatchKey, times: tuple[int, int] | None = None) -> bool:
    """Both claims give figures (the years aside) and tell two occasions: one is set a year
    or more back and the other in the days of the news, or the other gives a toll with no
    time at all and none of the past one's figures ("In 2009, three workers were killed" /
    "Mine collapse kills 23"; "... kills 3" may be the same toll, headlined). ``times``: the
    two keys' ``told_time`` when the caller has them already (``ClaimTable.times``)."""
    time_a, time_b = times if times is not None else (told_time(a), told_time(b))
    if YEARS_BACK not in (time_a, time_b) or time_a == time_b:
        return False
    past, other = (a, b) if time_a == YEARS_BACK else (b, a)
    time_other = time_b if time_a == YEARS_BACK else time_a
    figures_past, figures_other = counted(past), counted(other)
    if not figures_past or not figures_other:
        return False
    if time_other == THESE_DAYS:
        return True
    return (
        time_other == NO_TIME
        and figures_past.isdisjoint(figures_other)
        and _tells_toll(past)
        and _tells_toll(other)
    )


def times_apart(a: MatchKey, b: MatchKey, times: tuple[int, int] | None = None) -> bool:
    """One claim is set a year or more back and the other names no such time: "The painter
    finished the three paintings in the 1890s" / "Three paintings stolen from gallery". A
    figure both give then counts the same things at two times, which ties no act of one
    to an act of the other (``frames.verbs_apart``). ``times``: the two keys' ``told_time``
    when the caller has them already (``ClaimTable.times``)."""
    time_a, time_b = times if times is not None else (told_time(a), told_time(b))
    return (time_a == YEARS_BACK) != (time_b == YEARS_BACK)


#: "last" and the word after it ("last went", "last repaired"), with the word before it (a
#: determiner makes "last" an adjective: "the last repaired span").
_LAST_WORD = re.compile(
    r"(?:(?<![\w])(?P<before>[a-z]+)[ \t]+)?(?<![\w])last[ \t]+(?P<word>[a-z]+)"
)
#: Words before "last" that make it an adjective ("its last recorded visit") or no adverb
#: of the last time ("at last reached a deal": finally).
_LAST_DETERMINERS = frozenset(
    {"the", "a", "its", "his", "her", "their", "our", "my", "your", "this", "that", "whose", "at"}
)


def previous_occasion(key: MatchKey) -> bool:
    """The claim tells the last time something happened before, with its year: "Dockworkers
    last went on strike in 2016", "The bridge was last repaired in 2015". "Last" before a
    verb's past form is the adverb, and with a year or more back the act it tells is an
    earlier one than the news: never the same fact as a claim that tells no earlier occasion
    (``previous_occasions_apart``). "The last repaired span", "last year", "last week's
    strike" are no such claim."""
    surface = key.surface
    return "last" in surface and _previous_occasion(surface)


@lru_cache(maxsize=1 << 14)
def _previous_occasion(surface: str) -> bool:
    if _YEARS_BACK.search(surface) is None:
        return False
    for match in _LAST_WORD.finditer(surface):
        if match.group("before") in _LAST_DETERMINERS:
            continue
        if _past_form(match.group("word")):
            return True
    return False


def _past_form(word: str) -> bool:
    """A verb's past form or participle: "repaired", "went", "won" (not "last night")."""
    if word.endswith("ed") and len(word) > 4:
        return True
    lemma = irregular_lemmas().get(word)
    return lemma is not None and lemma != word and lemma in verbs()


def previous_occasions_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim tells the last earlier occasion of something ("Dockworkers last went on
    strike in 2016") and the other does not ("Some 2,500 dockworkers went on strike"; "The
    strike is set to last 72 hours"): two occasions, never one fact, whatever words they
    share. A claim that names the earlier one's year may tell it too ("have not struck since
    2016"), and is left to the other rules."""
    past_a, past_b = previous_occasion(a), previous_occasion(b)
    if past_a == past_b:
        return False
    past, other = (a, b) if past_a else (b, a)
    years = set(_years(_YEARS_BACK.finditer(past.surface)))
    return years.isdisjoint(other.numbers) and years.isdisjoint(other.surface.split())


def _tells_toll(key: MatchKey) -> bool:
    return not _tolls().isdisjoint(key.tokens)


def past_years(key: MatchKey) -> frozenset[str]:
    """The years the claim names as a time a year or more back ("in 2019", "in March 2021",
    "in the 1990s"): an earlier occasion, told with its year."""
    surface = key.surface
    if "in" not in surface:
        return frozenset()
    return _past_years(surface)


@lru_cache(maxsize=1 << 14)
def _past_years(surface: str) -> frozenset[str]:
    return frozenset(_years(_YEARS_BACK.finditer(surface)))


def past_occasions_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims tell an earlier occasion with its year, and they are two occasions: their
    named places or parties share no word ("In 2019 a landslip closed the line near Carrow
    Halt" / "In 2019 a landslip closed the Dunmere branch line"), or their years differ and
    each names something the other does not ("recalled 9 batches of an antibiotic syrup in
    2023" / "recalled 9 batches of an asthma inhaler in 2021"). A story's background often
    tells a like event of another year or place, in the same words and figures.

    Two years for one thing told alike ("The bridge opened in 1932" / "The bridge was opened
    to traffic in 1934") are left to the judge: a date conflict, not two occasions."""
    years_a, years_b = past_years(a), past_years(b)
    if not years_a or not years_b:
        return False
    names_a, names_b = _name_words(a), _name_words(b)
    if names_a and names_b and names_a.isdisjoint(names_b):
        return True
    if _other_thing_marked(a, b) or _other_thing_marked(b, a):
        return True
    if not years_a.isdisjoint(years_b):
        return False
    words_a, words_b = _thing_words(a), _thing_words(b)
    return bool(words_a - words_b) and bool(words_b - words_a)


def _other_thing_marked(marked: MatchKey, other: MatchKey) -> bool:
    """``marked`` opens on another thing of a kind ("Another Westbay ferry ran aground", "A
    rival maker recalled ..."; ``instances.instance_marker``), ``other`` does not, and no word
    of the marked thing stands in ``other`` ("A fishing trawler ran aground"): each tells of
    a thing the other does not name. "Another ferry" / "a ferry" may be one; left alone."""
    marker, heads = instance_marker(marked.surface)
    if not marker or instance_marker(other.surface)[0]:
        return False
    # the words of the thing, not a verb after it ("a rival maker recalled")
    subject = frozenset(marked.subject_words)
    things = [stem(w) for w in heads if stem(w) in subject] or [stem(w) for w in heads]
    return all(word not in other.tokens for word in things)


def _name_words(key: MatchKey) -> frozenset[str]:
    """The words of the claim's named things ("ent_carrow_halt": "carrow", "halt")."""
    return frozenset(w for e in key.entities for w in e.removeprefix("ent_").split("_") if w)


def _thing_words(key: MatchKey) -> frozenset[str]:
    """The claim's words that name or describe things: no figure, no predicate class."""
    return frozenset(t for t in key.tokens if not t.startswith("@") and not t[:1].isdigit())
