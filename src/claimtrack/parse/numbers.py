"""Quantities in text as intervals: "more than 1,200 civilians" -> [1200, None), civilian.

``find_numbers(text, offset)`` is pure; offsets in the result are ``offset`` + index in
``text`` so callers can pass a claim's text with its position in the article.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from claimtrack.models import NumberMention
from claimtrack.parse import scan, tables
from claimtrack.parse.dates import date_spans
from claimtrack.parse.lemmas import noun_lemma
from claimtrack.parse.trusted import Builder

# A digit number: 1,200 / 3.5 / 1.200.000 is not supported (English news).
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY = r"us\$|\$|€|£"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b"

_Interval = tuple[float | None, float | None]


@lru_cache(maxsize=1)
def _number_words() -> dict[str, tuple[float | None, float | None, str]]:
    table: dict[str, tuple[float | None, float | None, str]] = {}
    for row in tables.rows("number_words.tsv"):
        word, low, high, kind = row[0].lower(), row[1], row[2], row[3]
        table[word] = (float(low) if low else None, float(high) if high else None, kind)
    return table


@lru_cache(maxsize=1)
def _approximators() -> dict[str, str]:
    return {phrase.lower(): shape for phrase, shape in tables.pairs("approximators.tsv")}


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    return {word.lower(): unit for word, unit in tables.pairs("units.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_number_words(), key=lambda w: (-len(w), w))
    word_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    approx = sorted(_approximators(), key=lambda w: (-len(w), w))
    approx_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in approx)
    # Each part is optional at most once: no nested repetition, so matching stays linear.
    number = (
        rf"(?P<cur>{_CURRENCY})?\s?(?P<num>{_DIGITS})"
        rf"(?:\s?(?P<scale>{_SCALE}))?"
        rf"|(?P<words>(?:{word_alt})(?:[\s-](?:{word_alt})){{0,4}})"
    )
    return re.compile(
        rf"(?<![\w.,$€£-])(?:(?P<between>between)\s+|(?P<approx>{approx_alt})\s+)?(?:{number})"
        rf"(?:\s?(?P<range>-|–|to)\s?(?P<num2>{_DIGITS})|(?(between)\s+and\s+(?P<num3>{_DIGITS})))?"
        rf"(?P<pct>\s?(?:%|percent\b|per\s+cent\b))?"
        rf"(?![\w$€£]|[.,]\d)"
    )


_NEXT_WORDS = re.compile(
    r"(?<!\s)\s*(?:of\s+)?([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?(?:\s+([A-Za-z][\w'-]*))?"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DETERMINERS = frozenset("its their his her our your these those".split())
_SKIP_COUNT = frozenset(
    "the a an of and or to in on at by for from with as than more less who which that were was "
    "are is have has had been be will would could said people's".split()
)


@lru_cache(maxsize=1)
def _triggers() -> tuple[str, ...]:
    """Number words to look for, minus those containing another ("tens" has "ten")."""
    words = {w.split()[-1] for w in _number_words()} | {"$", "€", "£"}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=1)
def _trigger_set() -> scan.Triggers:
    return scan.Triggers(_triggers())


def find_numbers(
    text: str,
    offset: int = 0,
    date_spans_in_text: list[tuple[int, int]] | None = None,
    lower: str | None = None,
) -> list[NumberMention]:
    """Every quantity in ``text``, skipping years, dates, times and codes like "F-35".

    ``date_spans_in_text`` (spans relative to ``text``) saves finding the dates twice;
    ``lower`` is ``tables.lowered(text)`` if the caller has it.
    """
    if lower is None:
        lower = tables.lowered(text)
    starts = scan.candidate_starts(lower, _trigger_set(), back_words=3)
    if not starts:
        return []  # no digit and no number word: most sentences of real text
    taken = sorted(date_spans(text) if date_spans_in_text is None else date_spans_in_text)
    next_date = 0
    found: list[NumberMention] = []
    for match in scan.matches_at(_pattern(), lower, starts):
        start, end = match.span()
        # Both lists are in text order: walk them together (linear, however many dates).
        while next_date < len(taken) and taken[next_date][1] <= start:
            next_date += 1
        if next_date < len(taken) and taken[next_date][0] < end:
            continue
        mention = _mention(text, match, offset)
        if mention is not None:
            found.append(mention)
    return found


_GROUPS = ("cur", "num", "scale", "words", "approx", "num2", "num3", "pct")
#: What a scale word or suffix after a figure multiplies it by ("72m", "2.5 billion"); the
#: normalizer reads figures with the same table, so both see one value.
SCALE_FACTORS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


def _mention(text: str, match: re.Match[str], offset: int) -> NumberMention | None:
    # One call for every group the checks below read (each ``group`` call costs).
    cur, num, scale, words, approx, num2, num3, pct = match.group(*_GROUPS)
    value, vague = _value(num, scale, words)
    if value is None and vague is None:
        return None
    if value is not None and not (math.isfinite(value) and value < 1e18):
        return None  # a run of hundreds of digits is not a quantity anyone reported
    if num and _YEAR.fullmatch(num) and not (cur or scale or pct or approx or num2 or num3):
        return None  # "2023" is a year (a date), not a quantity, without a unit or a scale
    if words and _is_pronoun_one(text, match):
        return None
    interval, approximate = _interval(value, vague, num2 or num3, approx)
    if pct:
        unit: str | None = "%"
    elif cur:
        unit = _units().get(cur.lower(), cur)
    else:
        unit = None
    counts, unit = _counted(text, match.end(), unit)
    raw = text[match.start() : match.end()]
    start = match.start() + len(raw) - len(raw.lstrip())
    surface = raw.strip()
    return _NUMBER(
        {
            "text": surface,
            "start": offset + start,
            "end": offset + start + len(surface),
            "low": interval[0],
            "high": interval[1],
            "unit": unit,
            "counts": counts,
            "approximate": approximate,
        }
    )


_NUMBER = Builder(NumberMention)


def _value(
    num: str | None, scale: str | None, words: str | None
) -> tuple[float | None, _Interval | None]:
    """An exact value, or a vague interval for words like "dozens" or "tens of thousands"."""
    if num:
        value = float(num.replace(",", ""))
        return value * SCALE_FACTORS.get((scale or "").lower(), 1.0), None
    return _words_value(words or "")


def _words_value(phrase: str) -> tuple[float | None, _Interval | None]:
    table = _number_words()
    key = " ".join(phrase.lower().split())
    if key in table:
        low, high, kind = table[key]
        return (None, (low, high)) if kind == "vague" else (low, None)
    total = 0.0
    current = 0.0
    for word in re.split(r"[\s-]+", key):
        if word in ("a",):
            current = max(current, 1.0)
            continue
        entry = table.get(word)
        if entry is None or entry[0] is None:
            return None, None
        if entry[2] == "vague":
            return None, (entry[0], entry[1])
        if entry[2] == "scale":
            current = max(current, 1.0) * entry[0]
            if entry[0] >= 1000:
                total += current
                current = 0.0
        else:
            current += entry[0]
    return total + current, None


def _interval(
    value: float | None, vague: _Interval | None, second: str | None, approx: str | None
) -> tuple[_Interval, bool]:
    if vague is not None:
        return vague, True
    assert value is not None
    if second:
        high = float(second.replace(",", ""))
        if high >= value:
            return (value, high), True
    if not approx:
        return (value, value), False
    shape = _approximators().get(" ".join(approx.lower().split()), "exact")
    if shape == "above":
        return (value, None), True
    if shape == "below":
        return (None, value), True
    if shape == "nearly":
        return (round(value * 0.9, 6), value), True
    if shape == "about":
        return (round(value * 0.9, 6), round(value * 1.1, 6)), True
    return (value, value), False


def _counted(text: str, end: int, unit: str | None) -> tuple[str | None, str | None]:
    """The noun a number counts ("1,200 Israeli civilians" -> civilian), or a unit word."""
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return None, unit
    units = _units()
    for word in following.groups():
        if word is None:
            break
        lower = word.lower()
        if unit is None and lower in units:
            return None, units[lower]
        if lower in _DETERMINERS:
            continue  # "seven of its workers"
        if lower in _SKIP_COUNT or lower.endswith("ly"):
            break
        if lower.endswith(("ed", "ing")) or _is_verb_form(lower):
            continue  # a participle: "1,450 damaged homes", "scores taken hostage"
        if word[0].isupper():
            continue  # an adjective of nationality or a name: "1,200 Israeli civilians"
        if unit is not None and lower in units:
            continue
        return noun_lemma(lower), unit
    return None, unit


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Irregular verb forms ("taken", "left"), told apart from irregular plurals
    ("children") by their lemma being a verb."""
    verbs = tables.words("verbs.txt") | {"be", "have", "do"}
    return frozenset(f for f, lemma in tables.pairs("irregular_lemmas.tsv") if lemma in verbs)


def _is_verb_form(word: str) -> bool:
    return word in _verb_forms()


def _is_pronoun_one(text: str, match: re.Match[str]) -> bool:
    """ "one of the", "no one", "one another" use "one" as a pronoun, not a count."""
    if match.group("words").lower() != "one" or match.group("approx"):
        return False
    after = text[match.end() : match.end() + 9].lower()
    before = text[max(0, match.start() - 4) : match.start()].lower()
    return after.startswith((" of ", " another", " who", " that", "-")) or before.endswith("no ")
