"""Two measures told with a percentage: the size of a change ("will trim its timber exports
by some 20 percent", "sales rose 4 percent") and a share of a whole ("timber made up 20
percent of the port's trade"). A pair that gives one of each counts two different things,
whatever figure and words it shares, so it never makes one fact (``measures_apart``, read
with ``frames.figures_of_other_events``).

The words that mark each reading are in data/percent_roles.tsv; the percent words are the
units.tsv rows for "%".
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.normalize import MatchKey, data_lines

#: ``percent_role`` values.
NO_ROLE, CHANGE, SHARE = 0, 1, 2
#: Words before a percent word looked at for "by" / "to": the figure and an approximator
#: ("by more than 30 percent").
BEFORE_PERCENT = 4


@lru_cache(maxsize=1)
def _marks() -> dict[str, frozenset[str]]:
    """data/percent_roles.tsv as {mark: words}."""
    marks: dict[str, set[str]] = {}
    for line in data_lines("percent_roles.tsv"):
        word, mark = line.split("\t")
        marks.setdefault(mark.strip(), set()).add(word.strip())
    return {mark: frozenset(words) for mark, words in marks.items()}


@lru_cache(maxsize=1)
def _percent_words() -> frozenset[str]:
    """The last word of each unit written for "%" ("percent", "cent" of "per cent", "%")."""
    rows = (line.split("\t") for line in data_lines("units.tsv"))
    return frozenset(row[0].split()[-1] for row in rows if len(row) > 1 and row[1].strip() == "%")


def percent_role(key: MatchKey) -> int:
    """``CHANGE`` when the claim's percentages tell how much something moved (a change
    predicate, or "by" before the figure), ``SHARE`` when they give a part of a whole
    ("percent of"), else ``NO_ROLE``: no percentage, a level reached ("fell to 5 percent"),
    or both readings at once ("lost 30 percent of its value" is a change told as a share)."""
    percent = _percent_words()
    surface = key.surface
    # a test of the whole string first: few claims with figures give a percentage
    if not key.numbers or not any(word in surface for word in percent):
        return NO_ROLE
    words = surface.split()
    spots = [k for k, word in enumerate(words) if k and word in percent]
    if not spots:
        return NO_ROLE
    marks = _marks()
    before = {w for k in spots for w in words[max(0, k - BEFORE_PERCENT) : k]}
    if not before.isdisjoint(marks["to"]):
        return NO_ROLE
    share = any(k + 1 < len(words) and words[k + 1] in marks["share"] for k in spots)
    change = not key.predicates.isdisjoint(marks["change"]) or not before.isdisjoint(marks["by"])
    if share == change:
        return NO_ROLE
    return SHARE if share else CHANGE


def measures_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim gives a percentage as a change, the other as a share: "the deal trims the
    mill's timber exports by some 20 percent" / "the mill's timber is 20 percent of the
    port's trade" share the figure, the mill and the timber, and count two things."""
    return {percent_role(a), percent_role(b)} == {CHANGE, SHARE}


#: How often something happened in a span: "twice in five years", "three times this
#: year", "4 times over the past decade". This pattern and ``PER_TIME`` read a key's
#: ``surface``, all in lower case: written so, without ``re.IGNORECASE`` (as
#: ``occasions``' patterns).
TIMES_IN_SPAN = re.compile(
    r"(?<![\w])(?:twice|(?:three|four|five|six|seven|eight|nine|ten|several|many|\d+)"
    r"[ \t]+times)[ \t]+(?:in|over|within|during|since|this|last)(?![\w])"
)


def counts_occasions(key: MatchKey) -> bool:
    """The claim tells how often something happened in a span ("the bridge has been shut
    twice in three years"): a tally of occasions, background to the news of one of them."""
    surface = key.surface
    # one of the two words the pattern needs, looked for in C first: most keys hold neither
    return ("twice" in surface or "times" in surface) and TIMES_IN_SPAN.search(surface) is not None


#: A figure counted per a span of time: "about 30 people a year", "200 tonnes per day",
#: "Each year, ...", "annually", a figure before "daily", "weekly" or "monthly" ("40,000 cars
#: cross the bridge daily", "2 million daily users"; "the Daily Courier said 12 died" is
#: none; "Every day, 300 ..." is folded to "daily 300 ...") ("a year ago", "for a year"
#: are no rate: no figure before them; "I do this every year" in a quote tells no figure's
#: rate). A run of digits and commas is entered at its start only (linear on "1,1,1,...").
PER_TIME = re.compile(
    r"(?:(?:(?<![\w.,])\d[\d.,]*|(?<![\w])(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"hundred|thousand|million|billion))(?:[ \t]+[a-z]+){0,6}[ \t]+(?:a|an|per|each|every)"
    r"|^(?:each|every))[ \t]+(?:year|day|week|month)(?![\w])"
    r"(?![ \t]+(?:ago|after|before|later|earlier))"
    r"|(?<![\w])(?:annually|yearly)(?![\w])"
    r"|(?:(?<![\w.,])\d[\d.,]*|(?<![\w])(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|hundred|thousand|million|billion))(?:[ \t]+[a-z]+){0,6}[ \t]+(?:daily|weekly|monthly)"
    r"(?![\w])|^daily[ \t]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\w]))"
)


def counts_per_time(key: MatchKey) -> bool:
    """The claim gives a figure per a span of time ("floods kill about 40 people a year"):
    a rate, told as background, not the count of one occasion ("six people were killed")."""
    surface = key.surface
    # a span's word the pattern needs, looked for in C first: most keys hold none
    return any(span in surface for span in _PER_TIME_SPANS) and (
        PER_TIME.search(surface) is not None
    )


#: Every match of ``PER_TIME`` holds one of these ("yearly" holds "year").
_PER_TIME_SPANS = ("year", "day", "week", "month", "annually", "daily")
