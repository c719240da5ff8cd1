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
from claimtrack.parse.tallies import find_tallies
from claimtrack.parse.trusted import Builder

# A digit number: 1,200 / 3.5 / 1.200.000 is not supported (English news).
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY = r"us\$|\$|€|£"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b"

_Interval = tuple[float | None, float | None]

# A telephone number is a code, not a quantity: groups of digits after a trunk "0" ("0300 999
# 999"), an area code in brackets ("(202) 555-0143"), a "+" country code, or the dashed
# 3-3-4 form ("212-555-0143"). Matched on the lower-cased text like the figures.
# Written first character first: a pattern that opens with a look-behind is tried at every
# character, one that opens with a character class lets ``re`` skip in C to a "+", a "(" or
# a digit. Each branch then checks, by a look-behind, which of them it opened with; the
# branches keep their order, so the matches are those of the plain form (tests compare):
# (?<![\w.,+])(?:\+\d{1,3}[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,4}
#   |(?:\(\d{2,5}\)[ .-]?|0\d{2,4}[ .-])\d{2,4}(?:[ .-]\d{2,4})+|\d{3}-\d{3}-\d{4})(?![\w-]|[.,]\d)
_PHONE = re.compile(
    r"[+(\d](?<![\w.,+].)"
    r"(?:(?<=\+)\d{1,3}[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,4}"
    r"|(?<=\()\d{2,5}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4})+"
    r"|(?<=0)\d{2,4}[ .-]\d{2,4}(?:[ .-]\d{2,4})+"
    r"|(?<=\d)\d{2}-\d{3}-\d{4})(?![\w-]|[.,]\d)"
)


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
        # A sum's second figure may repeat its currency sign: "$29 to $35", "between $5 and $10"
        # (the same sign only: "$5 to €7" are two sums).
        rf"(?:\s?(?P<range>-|–|to)\s?(?P=cur)?(?P<num2>{_DIGITS})"
        rf"|(?(between)\s+and\s+(?P=cur)?(?P<num3>{_DIGITS})))?"
        # A scale after the second figure is given once for both: "2.1 to 2.4 million".
        rf"(?:(?<=\d)\s?(?P<scale2>{_SCALE}))?"
        rf"(?P<pct>\s?(?:%|percent\b|per\s+cent\b))?"
        rf"(?![\w$€£]|[.,]\d)"
    )


#: An era after a figure makes it a year: "198 AD", "44 BC", "300 BCE", "189/199AD".
_ERA = re.compile(r"(?:/\d{1,4})?\s?(?:A\.?D|B\.?C\.?E?|C\.?E)\b")
_NEXT_WORDS = re.compile(
    r"(?<!\s)\s*(?:of\s+)?([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?(?:\s+([A-Za-z][\w'-]*))?"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: A unit hyphenated to a figure as a modifier: "a 10-year sentence", "a 48-minute wait". Not
#: one hyphenated on or before "old" ("71-year-old", "35-year old", "30-metre-high"): an age
#: or an extent, which the judge reads from the words.
_GLUED_UNIT = re.compile(r"-([A-Za-z]+)(?![\w-]|\s+old\b)")
_DETERMINERS = frozenset("its their his her our your these those".split())
_AREA_AND_VOLUME = frozenset(("square", "cubic"))
_SKIP_COUNT = frozenset(
    "the a an of and or to in on at by for from with as than more less who which that were was "
    "are is have has had been be will would could said people's each per them out where x "
    "when while if off upon just never including".split()
)


@lru_cache(maxsize=1)
def _triggers() -> tuple[str, ...]:
    """Number words to look for, minus those containing another ("tens" has "ten")."""
    words = {w.split()[-1] for w in _number_words()} | {"$", "€", "£"}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=1)
def _trigger_set() -> scan.Triggers:
    # ``word_start``: ``_pattern`` needs a number word after a non-word character (its
    # look-behind, a blank, a hyphen), so where every trigger starts the words of the
    # number words that hold it, "someone", "phone" or "often" (a trigger after a letter)
    # cannot start a figure, and the pattern is no longer tried around them (a third of
    # the sentences with a trigger word in news). Currency signs count anywhere.
    return scan.Triggers(_triggers(), word_start=_triggers_start_words())


def _triggers_start_words() -> bool:
    """Whether each trigger stands at the start of a word wherever a number word holds it
    ("six" in "sixteen"; a number word "none" would hold "one" after a letter)."""
    for phrase in _number_words():
        for trigger in _triggers():
            found = phrase.find(trigger)
            while found > 0:
                if _WORD_CHAR.match(phrase, found - 1):
                    return False
                found = phrase.find(trigger, found + 1)
    return True


_WORD_CHAR = re.compile(r"\w")


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
    triggers = _trigger_set()
    words = tables.text_words(text).words
    hits = triggers.hits(words)
    starts = scan.candidate_starts(lower, triggers, back_words=3, hits=hits)
    if not starts:
        return []  # no digit and no number word: most sentences of real text
    taken = date_spans(text) if date_spans_in_text is None else date_spans_in_text
    taken = sorted([*taken, *_phone_spans(lower)])
    tallies = find_tallies(text, lower, offset, words)
    if tallies:  # nearly every sentence has none: no filtering call
        tallies = _outside(tallies, taken, offset)
    if tallies:
        # "ruled 7-2", "by a vote of five to two": one tally, not the figures 7, 5 and 2
        taken = sorted([*taken, *((t.start - offset, t.end - offset) for t in tallies)])
    next_date = 0
    found: list[NumberMention] = []
    for match in scan.matches_at(_pattern(), lower, starts):
        start, end = match.span()
        # Both lists are in text order: walk them together (linear, however many dates).
        while next_date < len(taken) and taken[next_date][1] <= start:
            next_date += 1
        if next_date < len(taken) and taken[next_date][0] < end:
            continue
        found += _mentions_of(text, lower, match, offset)
    if len(found) > 1:
        _share_units(text, offset, found)
    if tallies:
        found = sorted([*found, *tallies], key=lambda n: n.start)
    return found


def _outside(
    tallies: list[NumberMention], taken: list[tuple[int, int]], offset: int
) -> list[NumberMention]:
    """The tallies no date or telephone number overlaps ("won on 9-11": a date)."""
    return [
        t
        for t in tallies
        if not any(start < t.end - offset and t.start - offset < end for start, end in taken)
    ]


def _phone_spans(lower: str) -> list[tuple[int, int]]:
    """Where ``lower`` gives a telephone number; its digit groups are no quantities."""
    if "0" not in lower and "-" not in lower and "+" not in lower:
        return []
    return [m.span() for m in _PHONE.finditer(lower)]


#: Words that join two figures into one phrase: "2.1 and 2.4 million", "4.2 or 4.3 percent".
_JOINERS = frozenset(("and", "or", "to"))
# A scale word ending a figure's text ("2.4 million"), to carry to a bare figure before it.
_ENDING_SCALE = re.compile(rf"\d\s?({_SCALE})$", re.IGNORECASE)
# Clauses in parallel: "the X rate was 3.5, and ... the Y rate was 4 percent".
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|while|whereas)\s")
# Words between a figure and the noun it is a value of: "rate was", "rate of about".
_LINKS = frozenset("was is were are be been of at to a an the stood reached hit".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _share_units(text: str, offset: int, found: list[NumberMention]) -> None:
    """A unit or scale written once for two figures, carried back to the bare first one.

    "between 5 and 10 percent" is one range already; this reads the figures the pattern
    keeps apart ("2.1 and 2.4 million", "4.2 or 4.3 percent", and parallel clauses "the
    tax rate was 35.5, and ... a combined rate of 41 percent"). Conservative on purpose: a
    bare integer joined by "and" may be a count or a day, so only decimals, or an integer
    joined by "or"/"to", take the later figure's unit.
    """
    for index in range(len(found) - 1):
        bare, later = found[index], found[index + 1]
        gap = text[bare.end - offset : later.start - offset]
        joiner = _joiner(gap)
        if joiner is not None and _same_currency_but_scale(bare, later):
            found[index] = _carried(bare, later)  # "$2.1 and $2.4 billion"
            continue
        if bare.unit or bare.counts or not bare.text.replace(".", "").isdigit():
            continue  # a unit, a counted noun, a currency, a scale or a number word already
        if later.unit is None and later.counts is None and not _ENDING_SCALE.search(later.text):
            continue
        decimal = "." in bare.text
        if joiner is not None:
            if decimal or joiner != "and":
                found[index] = _carried(bare, later)
        elif decimal and later.unit == "%" and _parallel(text, offset, bare, later, gap):
            found[index] = _carried(bare, later, counts=False)


def _joiner(gap: str) -> str | None:
    """ "and", "or" or "to" when the text between two figures is that word alone."""
    if not (gap[:1].isspace() or gap[:1] == ",") or not gap[-1:].isspace():
        return None
    word = gap.strip().removeprefix(",").strip()
    return word if word in _JOINERS else None


def _same_currency_but_scale(bare: NumberMention, later: NumberMention) -> bool:
    """ "$2.1" before "$2.4 billion": one currency, the scale written only on the second."""
    return (
        bare.unit is not None
        and bare.unit != "%"
        and bare.unit == later.unit
        and bare.counts is None
        and "." in bare.text
        and bare.text[-1].isdigit()
        and _ENDING_SCALE.search(later.text) is not None
    )


def _parallel(text: str, offset: int, bare: NumberMention, later: NumberMention, gap: str) -> bool:
    """Both figures are values of one noun in two clauses ("rate was 3.5, and ... rate of")."""
    if _CLAUSE_BREAK.search(gap) is None:
        return False
    head = _head_noun(text[: bare.start - offset])
    return head is not None and head == _head_noun(gap)


def _head_noun(before: str) -> str | None:
    """The last word before a figure that is not a linking word ("rate" in "rate was")."""
    words: list[str] = _WORD.findall(before[-60:])
    for word in reversed(words[-4:]):
        lower = word.lower()
        if lower not in _LINKS:
            return lower if len(lower) > 2 else None
    return None


def _carried(bare: NumberMention, later: NumberMention, counts: bool = True) -> NumberMention:
    scale = _ENDING_SCALE.search(later.text)
    factor = SCALE_FACTORS.get(scale.group(1).lower(), 1.0) if scale else 1.0
    low = None if bare.low is None else bare.low * factor
    high = None if bare.high is None else bare.high * factor
    return _NUMBER(
        {
            "text": bare.text,
            "start": bare.start,
            "end": bare.end,
            "low": low,
            "high": high,
            "unit": later.unit,
            "counts": later.counts if counts else None,
            "approximate": bare.approximate,
            "tally": None,
        }
    )


_GROUPS = ("cur", "num", "scale", "words", "approx", "num2", "num3", "pct", "scale2")
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
    cur, num, scale, words, approx, num2, num3, pct, scale2 = match.group(*_GROUPS)
    value, vague = _value(num, scale or scale2, words)
    if value is None and vague is None:
        return None
    if value is not None and not (math.isfinite(value) and value < 1e18):
        return None  # a run of hundreds of digits is not a quantity anyone reported
    if num and _YEAR.fullmatch(num) and not (cur or scale or pct or approx or num2 or num3):
        return None  # "2023" is a year (a date), not a quantity, without a unit or a scale
    if num and _ERA.match(text, match.end()):
        return None  # "198 AD", "44 BC", "189/199AD": a year of an era
    if words and _is_pronoun_one(text, match):
        return None
    second = num2 or num3
    factor = SCALE_FACTORS.get((scale2 or "").lower(), 1.0) if second else 1.0
    interval, approximate = _interval(value, vague, second, approx, factor)
    if pct:
        unit: str | None = "%"
    elif cur:
        unit = _units().get(cur.lower(), cur)
    else:
        unit = None
    several = interval[0] is not None and interval[0] > 1
    counts, unit = _counted(text, match.end(), unit, several)
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
            "tally": None,
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
            if not _may_follow(current, entry[0]):
                return None, None  # "one five-hour operation": two numbers, not "six"
            current += entry[0]
    return total + current, None


def _may_follow(current: float, value: float) -> bool:
    """Whether a number word worth ``value`` continues a number worth ``current`` so far:
    after nothing, a hundred ("two hundred five"), or a ten before a unit ("twenty-five")."""
    rest = current % 100
    return rest == 0 or (rest >= 20 and rest % 10 == 0 and value < 10)


_WORD_BREAK = re.compile(r"[\s-](?=\w)")


def _split_run(text: str, lower: str, match: re.Match[str], offset: int) -> list[NumberMention]:
    """The figures in a run of number words that is not one number, each read on its own:
    "seven eight-year-old boys" gives seven (boys) and eight (years), "one five-hour
    operation" gives five (hours)."""
    gap = _WORD_BREAK.search(lower, match.start("words"), match.end())
    if gap is None:
        return []
    found: list[NumberMention] = []
    for part in (
        _pattern().match(lower, match.start(), gap.start()),
        _pattern().match(lower, gap.end()),
    ):
        if part is not None:
            found += _mentions_of(text, lower, part, offset)
    return found


def _mentions_of(text: str, lower: str, match: re.Match[str], offset: int) -> list[NumberMention]:
    """The figure ``match`` gives, or the figures in it when its number words are no one
    number (``_split_run``)."""
    mention = _mention(text, match, offset)
    if mention is not None:
        return [mention]
    return _split_run(text, lower, match, offset) if match.group("words") else []


def _interval(
    value: float | None,
    vague: _Interval | None,
    second: str | None,
    approx: str | None,
    factor: float = 1.0,
) -> tuple[_Interval, bool]:
    if vague is not None:
        return vague, True
    assert value is not None
    if second:
        high = float(second.replace(",", "")) * factor
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


def _counted(
    text: str, end: int, unit: str | None, several: bool = False
) -> tuple[str | None, str | None]:
    """The noun a number counts ("1,200 Israeli civilians" -> civilian), or a unit word.
    ``several``: the figure is more than one, so a plain count names its things in the
    plural ("two aid workers" counts workers)."""
    units = _units()
    glued = _GLUED_UNIT.match(text, end) if unit is None else None
    if glued is not None and glued.group(1).lower() in units:
        return None, units[glued.group(1).lower()]  # "a 10-year sentence", "a 5-mile walk"
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return None, unit
    measure = ""  # "square " or "cubic ": square metres are no metres
    words = following.groups()
    for index, word in enumerate(words):
        if word is None:
            break
        lower = word.lower()
        if unit is None and lower in units:
            return None, measure + units[lower]
        if lower in _AREA_AND_VOLUME:
            measure = lower + " "
            continue  # "2,400 square feet" counts feet
        if (
            lower in _DETERMINERS
            or lower.split("-", 1)[0] in _number_words()
            or lower in _count_modifiers()
        ):
            continue  # "seven of its workers"; "seven eight-year-old boys" counts boys
        if lower in _SKIP_COUNT or lower.endswith("ly"):
            break
        if lower.endswith(("ed", "ing")) or _is_verb_form(lower):
            continue  # a participle: "1,450 damaged homes", "scores taken hostage"
        if word[0].isupper():
            if lower.endswith("s") and lower[:-1] in _nationalities():
                return lower[:-1], unit  # the people themselves: "four Americans were hurt"
            continue  # an adjective of nationality or a name: "1,200 Israeli civilians"
        if unit is not None and lower in units:
            continue
        if several and unit is None:
            head = _compound_head(lower, words[index + 1 : index + 2])
            if head is not None:
                return head, unit
        return noun_lemma(lower), unit
    return None, unit


def _compound_head(first: str, rest: tuple[str | None, ...]) -> str | None:
    """The plural noun after a singular one, when a count of several is written before
    both: the first is a modifier of the second ("two aid workers", "14 air strikes", "three
    senior officials" count workers, strikes and officials). None when the first word is
    already plural ("seven sheep", "three men") or the second is no plural noun."""
    if not rest or rest[0] is None or first.endswith("s") or noun_lemma(first) != first:
        return None
    second = rest[0]
    lower = second.lower()
    if not second[0].islower() or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return None
    if lower in _SKIP_COUNT or lower in _units() or _is_verb_form(lower):
        return None
    lemma = noun_lemma(lower)
    return lemma if lemma != lower else None


@lru_cache(maxsize=1)
def _count_modifiers() -> frozenset[str]:
    """Adjectives that say which or how many more of the counted things, not what they are
    ("four other countries", "11 different voices"): the noun after them is counted."""
    return tables.words("count_modifiers.txt") | tables.words("kind_adjectives.txt")


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return tables.words("nationality_adjectives.txt")


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
