"""A "should" that foretells, not prescribes: "The bridge should reopen by Friday", "Work
should be completed by March" and "Aid should arrive within days" say what is expected to
happen by a time ahead (a hedged fact, parse/certainty.py), where "The government should
resign" says what someone thinks is right (an opinion, parse/kinds.py).

Only a verb of data/predicted_events.txt [verbs] right after "should" (adverbs and "not"
between), or "be" and a state of its [states] ("should be completed"), with no object
right after the verb ("should open the border by Friday" is a call to act), and a time
ahead later in the clause: a weekday or a month ("by Friday", "in March"), "tomorrow",
"soon", a year ("by 2030"), or a period counted forward ("next week", "within days", "in
the coming months", "by the end of the year"). Without the time, "Aid should arrive
quickly" may be advice, and stays an opinion.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from claimtrack.parse import tables

#: Words between "should" and its verb ("should also reopen", "should not resume").
_BETWEEN = frozenset("also still now then soon finally only not probably likely".split())
#: What a verb's object opens: "should open the border", "should reach a deal".
_OBJECT_OPENERS = frozenset(
    "the a an its his her their our your my this that these those them him it us me "
    "some any all every no another".split()
)
#: Where the clause of the "should" ends.
_CLAUSE_END = re.compile(r"[,;:]|[ \t](?:but|and|because|while|although|though|if)[ \t]")


def predicts(lower: str, end: int) -> bool:
    """Whether the "should" ending at ``end`` of ``lower`` (the claim) foretells
    an event by a time ahead (module docstring)."""
    rest = lower[end:].lower()  # (certainty reads the text with its case)
    stop = _CLAUSE_END.search(rest)
    clause = rest[: stop.start()] if stop else rest
    words = [word.strip('.,;:!"”’') for word in clause.split()]
    at = 0
    while at < len(words) and words[at] in _BETWEEN:
        at += 1
    events = tables.sections("predicted_events.txt")
    if at < len(words) and words[at] == "be":
        size = _phrase_at(words, at + 1, events["states"])
        after = at + 1 + size
    else:
        size = _phrase_at(words, at, events["verbs"])
        after = at + size
        if size and after < len(words) and words[after] in _OBJECT_OPENERS:
            return False  # "should open the border by Friday": a call to act
    return bool(size) and _time_ahead().search(" ".join(words[after:])) is not None


def _phrase_at(words: list[str], at: int, phrases: frozenset[str]) -> int:
    """How many words of a phrase of ``phrases`` start at ``words[at]`` (0: none)."""
    for size in (3, 2, 1):
        if " ".join(words[at : at + size]) in phrases and at + size <= len(words):
            return size
    return 0


@lru_cache(maxsize=1)
def _time_ahead() -> re.Pattern[str]:
    """A time ahead, as the module docstring lists them. WHY not "may": it is a modal too."""
    # (the names as parse/dates.py reads them, which imports this module's user)
    names = {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}
    named = "|".join(sorted(names - {"may"}))
    periods = "|".join(sorted(tables.words("relative_periods.txt")))
    return re.compile(
        rf"(?<![\w])(?:{named}|tomorrow|tonight|soon|shortly"
        rf"|(?:by|in|until|before)[ \t]+(?:19|20)\d\d"
        rf"|(?:next|this|coming|within|later|few|\d+|end[ \t]+of[ \t]+the)[ \t]+"
        rf"(?:[a-z]+[ \t]+)?(?:{periods}))(?![\w])"
    )
