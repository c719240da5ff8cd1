"""Tallies: a vote or a score, two whole numbers in the order written ("the court ruled 7-2",
"passed the Senate 68 to 32", "a 4-4 draw", "by a vote of five to two").

WHY apart from ``numbers``: read as quantities, "7-2" was the number 7 (the dash no range,
the second figure lower) and "five to two" two counts, so "ruled 7-2" met "ruled 7-0" and
"five" met "five justices". A tally is one mention with both numbers; the judge compares it
with tallies only. Two numbers joined by a dash or "to" are read as one only next to a
word of a vote or a game (data/tally_words.txt): without one they stay a range ("10-15
people"), a date ("9-11") or a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.models import NumberMention
from claimtrack.parse import tables
from claimtrack.parse.lemmas import noun_lemma
from claimtrack.parse.trusted import Builder

#: How many words before the two numbers a word of ``[before]`` may stand: "the bill passed
#: the Senate 68 to 32", "by a vote of five to two".
_WORDS_BEFORE = 5
#: How many words after them a noun of ``[after]`` may stand: "a 3-1 home win".
_WORDS_AFTER = 3
#: Where the words before a tally stop being its clause.
_CLAUSE_MARK = re.compile(r"[.;:!?()\[\]\"“”]")
_WORD = re.compile(r"[a-z][\w'’-]*")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return tables.sections("tally_words.txt")


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Number words a tally may be written in: those for nought to nineteen ("six-three";
    not "twenty", which "twenty-five" would join to a unit) and "nil"."""
    found = {
        row[0].lower(): int(float(row[1]))
        for row in tables.rows("number_words.tsv")
        if row[3] == "unit" and " " not in row[0] and row[1] and float(row[1]) < 20
    }
    return found | dict.fromkeys(_lists()["zero"], 0)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(word.lower() for word, _ in tables.pairs("units.tsv"))


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return _lists()["before"] | _lists()["after"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_number_words(), key=lambda w: (-len(w), w)))
    number = rf"\d{{1,3}}|(?:{words})\b"
    # Joined by a dash (spaced or not), "to", "-to-", or "votes to" ("five votes to two").
    # Not inside a longer run of digits, dashes or slashes ("212-555-0143", "2-3-year-old",
    # "24/7"), nor before a decimal or a percent sign.
    return re.compile(
        rf"(?<![\w.,$€£/:'’-])(?P<a>{number})"
        rf"(?P<join>\s?[-–]\s?|-to-|\s+(?:votes?\s+)?to\s+)"
        rf"(?P<b>{number})"
        r"(?![\w%$€£/:'’]|[.,]\d|[-–/]\w)"
    )


def find_tallies(
    text: str, lower: str, offset: int = 0, words: frozenset[str] | None = None
) -> list[NumberMention]:
    """The tallies in ``text`` (``lower`` is ``tables.lowered(text)``, ``words`` its
    ``tables.text_words`` words if the caller has them), offsets plus ``offset``, in text
    order."""
    if words is None:
        words = tables.text_words(text).words
    if _cue_words().isdisjoint(words):
        return []  # no word of a vote or a game: nearly every sentence
    found: list[NumberMention] = []
    for match in _pattern().finditer(lower):
        read = _tally(text, lower, match)
        if read is not None:
            tally, counts = read
            start, end = match.span()
            found.append(
                _NUMBER(
                    {
                        "text": text[start:end],
                        "start": offset + start,
                        "end": offset + end,
                        "low": None,
                        "high": None,
                        "unit": None,
                        "counts": counts,
                        "approximate": False,
                        "tally": tally,
                    }
                )
            )
    return found


_NUMBER = Builder(NumberMention)


def _tally(
    text: str, lower: str, match: re.Match[str]
) -> tuple[tuple[int, int], str | None] | None:
    """The two numbers of ``match`` when they are a tally, with the noun of ``[after]``
    that names it ("vote" in "a 35-10 vote"), else None."""
    first, second = _value(match.group("a")), _value(match.group("b"))
    if first is None or second is None:
        return None  # digits on one side and a word on the other: "9 to five"
    written = match.group("a")[0].isdigit()
    if written != match.group("b")[0].isdigit():
        return None
    before = _words_before(lower, match.start())
    if before and before[-1] in _lists()["not_after"]:
        return None  # "from 10 to 15", "aged 20-24", "No. 10-277"
    after = _words_after(text, match.end())
    named = _tally_noun(after)
    if named is not None:
        return (first, second), named  # "a 35-10 vote", "a 3-1 home win"
    if after and _modifies(after[0]):
        return None  # "10-15 people", "30-45 minutes", "a 30-30 rifle"
    if _lists()["before"].isdisjoint(before) and "vote" not in match.group("join"):
        return None  # without a word of a vote or a game; "five votes to two" says its own
    return (first, second), None


def _value(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    return _number_words().get(written)


def _words_before(lower: str, start: int) -> list[str]:
    """The last words of the clause before ``start``, lower case."""
    window = lower[max(0, start - 60) : start]
    marks = [found.end() for found in _CLAUSE_MARK.finditer(window)]
    if marks:
        window = window[marks[-1] :]
    words: list[str] = _WORD.findall(window)
    return words[-_WORDS_BEFORE:]


def _words_after(text: str, end: int) -> list[str]:
    words: list[str] = []
    while len(words) < _WORDS_AFTER:
        found = _NEXT_WORD.match(text, end)
        if found is None:
            break
        words.append(found.group(1))
        end = found.end()
    return words


def _tally_noun(after: list[str]) -> str | None:
    """The noun of ``[after]`` that follows, before any unit or function word, in the
    singular: "a 6-3 decision", "a 3-1 home win"; not "2-3 seats in the vote"."""
    for word in after:
        lower = word.lower()
        if lower in _lists()["after"]:
            return noun_lemma(lower)
        if lower in _unit_words() or lower in _ends_a_tally():
            return None
    return None


def _modifies(word: str) -> bool:
    """The word after two numbers makes them an amount or a modifier: a unit ("minutes",
    "percent"), a noun they count ("seats", "jobs") or describe ("a 30-30 rifle"). A
    tally's nouns are in ``[after]``; a function word, a preposition, an adverb or a name
    ends it ("ruled 7-2 that", "won 3-1 at home", "beat them 2-0 Saturday")."""
    lower = word.lower()
    if lower in _unit_words():
        return True
    if word[0].isupper() or lower.endswith("ly"):
        return False
    return lower not in _ends_a_tally()


@lru_cache(maxsize=1)
def _ends_a_tally() -> frozenset[str]:
    lists = _lists()
    return (
        lists["after"] | lists["then"] | tables.function_words() | tables.words("prepositions.txt")
    )
