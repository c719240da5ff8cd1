"""Which economic or social indicator a claim's subject names ("the jobless rate" and
"joblessness" name unemployment; "core inflation" is an indicator of its own), so that two
claims about two indicators are not read as two figures for one thing.

Outlets report the month's rates side by side in the same words ("Inflation stood at 2.7
percent" / "The key interest rate stands at 3.75 percent"; "Unemployment fell to 4.1
percent" / "Youth unemployment rose to 11.8 percent"): the matcher may line such claims up,
and without this test the judge read their figures, and their rising and falling, as a
conflict. The names and their indicators are data (data/indicators.tsv,
data/indicator_qualifiers.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.normalize import data_lines, stem


def indicators_apart(subject_a: str | None, subject_b: str | None) -> bool:
    """Both subjects name an indicator, and not the same one."""
    if not subject_a or not subject_b:
        return False
    one, other = indicator_of(subject_a), indicator_of(subject_b)
    return one is not None and other is not None and one != other


def one_indicator(subject_a: str, subject_b: str) -> bool:
    """Both subjects name one indicator, by whatever names ("Joblessness" / "The
    unemployment rate")."""
    one = indicator_of(subject_a)
    return one is not None and one == indicator_of(subject_b)


@lru_cache(maxsize=1 << 12)
def indicator_of(subject: str) -> str | None:
    """The indicator ``subject`` names, with the qualifier that makes it one of its own
    ("youth unemployment"), or None."""
    lower = subject.lower()
    found = _names().search(lower)
    if found is None:
        return None
    return _qualified(lower, found)


def _qualified(lower: str, found: re.Match[str]) -> str:
    """The indicator of the name ``found`` in ``lower``, with the qualifier before it."""
    indicator = _indicators()[found.group(0)]
    before = lower[: found.start()].split()
    if before and before[-1] in _qualifiers():
        return f"{before[-1]} {indicator}"
    return indicator


#: Most words between an indicator's name and a figure it gives ("the unemployment rate in
#: Velmora fell to 4.2 percent": 4); further back, the name may be told of something else.
FIGURE_REACH = 5
_WORD = re.compile(r"[a-z]+")


def indicator_before(clause: str) -> str | None:
    """The indicator named last in ``clause`` (the words of a figure's clause before it)
    with at most ``FIGURE_REACH`` words after the name: "would raise its savings rate to"
    gives the savings rate, "lifted its benchmark rate to" the policy rate. None when no
    name stands that close."""
    lower = clause.lower()
    names = list(_names().finditer(lower))
    found = names[-1] if names else None
    if found is None or len(_WORD.findall(lower[found.end() :])) > FIGURE_REACH:
        return None
    before = _WORD.findall(lower[: found.start()])
    if before and before[-1] in _VERB_OPENERS:
        return None  # "must either pay the firm $53.7 million": a verb, not wages
    return _qualified(lower, found)


#: Words after which a name of an indicator is a verb ("to pay", "will yield", "must either
#: pay"): no indicator is named then.
_VERB_OPENERS = frozenset(
    "to will would must can could may might shall should either not also did does do cannot".split()
)


def indicator_words(text: str) -> frozenset[str]:
    """The stemmed words of the indicators' names in ``text`` ("Joblessness" ->
    "jobless"): capitalized at a sentence's start, they name no party."""
    return frozenset(
        stem(word) for found in _names().finditer(text.lower()) for word in found.group(0).split()
    )


@lru_cache(maxsize=1)
def _indicators() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in data_lines("indicators.tsv"):
        name, indicator = line.split("\t")
        table[name.strip()] = indicator.strip()
    return table


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    """Every name, longest first, as whole words."""
    names = sorted(_indicators(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(data_lines("indicator_qualifiers.txt"))
