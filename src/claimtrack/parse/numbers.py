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
from claimtrack.parse.dates import CALENDAR_NAMES, date_spans
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
def _glued_units() -> str:
    """The short unit words of data/units.tsv a figure may have run into it ("40ft", "5kg",
    "4gb"): letters only, up to three, and not a scale ("m" is read as a scale first, then
    as metres by ``_in_metres``)."""
    short = (w for w in _units() if w.isalpha() and len(w) <= 3 and w not in SCALE_FACTORS)
    return "|".join(sorted(short, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _and_after_scale() -> str:
    """The "and" of British written numbers ("two hundred and forty", "one thousand and
    five"): after "hundred" or "thousand", before a word under a hundred that no scale as
    small follows ("between two hundred and three hundred" is two figures; "three hundred
    and fifty thousand" is one)."""
    table = _number_words()
    small = "|".join(
        sorted(
            (w for w, (_, _, kind) in table.items() if kind == "unit" and " " not in w),
            key=lambda w: (-len(w), w),
        )
    )
    return (
        rf"(?:(?<=hundred)\s+and\s+(?:{small})(?![\s-]+hundred\b)"
        rf"|(?<=thousand)\s+and\s+(?:{small})(?![\s-]+(?:hundred|thousand)\b))"
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_number_words(), key=lambda w: (-len(w), w))
    word_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    approx = sorted(_approximators(), key=lambda w: (-len(w), w))
    approx_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in approx)
    # Each part is optional at most once: no nested repetition, so matching stays linear.
    # A figure of a slashed code or date ("9/11", "24/7", "05/11/14") is no quantity: a
    # digit and a slash before it, or a slash and a digit after it, end the match (a sum in
    # a second currency after a slash stays: "£6,500/€8,800").
    number = (
        rf"(?P<cur>{_CURRENCY})?\s?(?<!\d/)(?P<num>{_DIGITS})"
        # a unit run in, but not one hyphenated on ("an 8ft-long eel": an extent, which
        # the judge reads from the words, as "a 30-metre-high wall")
        rf"(?:\s?(?P<scale>{_SCALE})|(?P<glued>{_glued_units()})\b(?!-))?"
        rf"|(?P<words>(?:{word_alt})(?:[\s-](?:{word_alt})|{_and_after_scale()}){{0,4}})"
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
        # A slash and a digit after the figure end it, but for the denominator of a fraction
        # of a price or a measure ("rose 3/8", "6 1/2 feet"): the numerator is still read;
        # so is a sum quoted as bid and offer ("$4.81/83 an ounce").
        rf"(?![\w$€£]|[.,]\d)(?(cur)|(?!/(?!(?:[2348]|16|32)(?![\d/]))\d))"
    )


#: An era after a figure makes it a year: "198 AD", "44 BC", "300 BCE", "189/199AD".
_ERA = re.compile(r"(?:/\d{1,4})?\s?(?:A\.?D|B\.?C\.?E?|C\.?E)\b")
_NEXT_WORDS = re.compile(
    r"(?<!\s)\s*(?:of\s+)?([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?(?:\s+([A-Za-z][\w'-]*))?"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def is_year(word: str) -> bool:
    """Whether ``word`` is a year of the last two centuries or this one ("1954", "2027")."""
    return _YEAR.fullmatch(word) is not None


#: A unit hyphenated to a figure as a modifier: "a 10-year sentence", "a 48-minute wait". Not
#: one hyphenated on or before "old" ("71-year-old", "35-year old", "30-metre-high"): an age
#: or an extent, which the judge reads from the words.
_GLUED_UNIT = re.compile(r"-([A-Za-z]+)(?![\w-]|\s+old\b)")
_DETERMINERS = frozenset("its their his her our your these those".split())
_AREA_AND_VOLUME = frozenset(("square", "cubic"))
_SKIP_COUNT = frozenset(
    "the a an of and or to in on at by for from with as than more less who which that were was "
    "are is have has had been be will would could said people's each per them out where x "
    "when while if off upon just never including through between until within about into"
    " also".split()
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


_GROUPS = ("cur", "num", "scale", "words", "approx", "num2", "num3", "pct", "scale2", "glued")
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
    cur, num, scale, words, approx, num2, num3, pct, scale2, glued = match.group(*_GROUPS)
    karat = scale == "k" and not cur and _KARAT_AFTER.match(text, match.end()) is not None
    if karat:
        scale = None  # "18k gold": 18 karats, not 18,000
    metres = _in_metres(text, match, scale, scale2) if not (cur or pct) else False
    if metres:
        scale = scale2 = None  # "12m wide": twelve metres, not twelve million
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
    if _names_a_model(text, match, bool(cur or scale or approx or pct or num2 or num3)):
        return None  # "Boeing 737 jets", "Windows 10 users", "Air Force One": a name
    if approx and _moved_up_to(text, match.start()):
        approx = None  # "edged up to 6.3 percent": the level it reached, not a ceiling
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
    if metres:
        counts, unit = None, "m"
    elif glued or karat:
        counts, unit = None, "karat" if karat else _units()[glued]
    else:
        counts, unit = _counted(text, match.end(), unit, several, match.start())
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
#: After "18k": a gold, perhaps of a colour ("18k gold", "14k white gold"): the "k" is
#: karats, the purity of the gold, not thousands.
_KARAT_AFTER = re.compile(r"(?<![ \t])[ \t]+(?:(?:white|yellow|rose|red|solid)[ \t]+)?gold\b", re.I)


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
        if word == "and":
            continue  # "two hundred and forty": the pattern lets it stand after a scale only
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


def _moved_up_to(text: str, start: int) -> bool:
    """Whether the approximator at ``start`` is "up to" after a verb of a level moving
    (``data/rising_verbs.txt``): its "up" is the verb's, and "to" says where it went."""
    if text[start : start + 2].lower() != "up":
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in tables.words("rising_verbs.txt")


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")


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
    text: str, end: int, unit: str | None, several: bool = False, start: int | None = None
) -> tuple[str | None, str | None]:
    """The noun a number counts ("1,200 Israeli civilians" -> civilian), or a unit word.
    ``several``: the figure is more than one, so a plain count names its things in the
    plural ("two aid workers" counts workers). ``start``: where the figure starts, for the
    words before it that make "pounds" a weight."""
    units = _units()
    figure_start = end if start is None else start
    glued = _GLUED_UNIT.match(text, end) if unit is None else None
    if glued is not None:
        word = glued.group(1).lower()
        if word in _POUNDS:  # "a 200-pound bomb"
            return None, _pound_unit(text, figure_start, glued.end(), word, hyphened=True)
        if word in units:
            return None, units[word]  # "a 10-year sentence", "a 5-mile walk"
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return None, unit
    measure = ""  # "square " or "cubic ": square metres are no metres
    words = following.groups()
    for index, word in enumerate(words):
        if word is None:
            break
        lower = word.lower()
        if unit is None and index == 0 and lower in _POUNDS:
            return None, _pound_unit(text, figure_start, following.end(1), lower)
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
        if index == 0 and several and _adjectives_joined(lower, words):
            # "1,200 current and former staff": the noun after both adjectives is counted
            after = following.end(3)
            joined, joined_unit = _counted(text, after, unit, several, start)
            if joined is not None and _plural_ahead(text, after):
                return joined, joined_unit
        if several and unit is None:
            head = _compound_head(lower, words[index + 1 : index + 2])
            if head is not None:
                return head, unit
        return noun_lemma(lower), unit
    return None, unit


def _adjectives_joined(first: str, words: tuple[str | None, ...]) -> bool:
    """Whether the words after a figure open with two singular words joined by "and" or "or"
    ("current and former", "small or medium"): adjectives of the noun after them, not the
    counted things ("300 staff and students" counts staff: "students" is plural)."""
    if len(words) < 3 or words[1] not in ("and", "or") or words[2] is None:
        return False
    second = words[2]
    return (
        second.isalpha()
        and second.islower()
        and noun_lemma(first) == first
        and noun_lemma(second) == second
        and not second.endswith(("ed", "ing"))
        and second not in tables.words("verbs.txt")
        and second not in _SKIP_COUNT
        and second not in _units()
    )


def _plural_ahead(text: str, end: int) -> bool:
    """Whether one of the two words after ``end`` is a plural noun ("former staff members"):
    the joined adjectives stand before the counted things, not before a clause."""
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return False
    return any(
        word is not None and word.islower() and noun_lemma(word) != word
        for word in following.groups()[:2]
    )


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
    """ "one of the", "no one", "one another" use "one" as a pronoun, not a count, and "not
    one passenger" counts none ("not one but two" counts two, and one); after
    "at" or "from" it picks out a single thing, as "a" does ("sold at one stall", "carried
    from one lab to another", "at one point"): where, not how many."""
    if match.group("words").lower() != "one" or match.group("approx"):
        return False
    after = text[match.end() : match.end() + 9].lower()
    before = text[max(0, match.start() - 6) : match.start()].lower()
    return (
        after.startswith((" of ", " another", " who", " that", "-"))
        or before.endswith("no ")
        or (before.endswith("not ") and not after.startswith((" but", ",")))
        or _PLACE_BEFORE_ONE.search(before) is not None
    )


#: "at" or "from" right before a figure (``_is_pronoun_one``: "at one stall").
_PLACE_BEFORE_ONE = re.compile(r"(?<![\w])(?:at|from)[ \t]\Z")


#: "pound" and "pounds": money or a weight, told apart by ``_pound_unit``.
_POUNDS = frozenset(("pound", "pounds"))
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+([A-Za-z][\w'-]*)")
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=1)
def _weight_cues() -> frozenset[str]:
    return tables.words("weight_cues.txt")


@lru_cache(maxsize=1)
def _pound_money_nouns() -> frozenset[str]:
    return tables.words("pound_money_nouns.txt")


def _pound_unit(text: str, start: int, after: int, word: str, hyphened: bool = False) -> str:
    """ "lb" when a figure in pounds is a weight, else "GBP". A weight: a word of
    data/weight_cues.txt among the four words before the figure or right after the unit
    ("weighs 300 pounds", "300 pounds heavier"), or "pound" in the singular before a noun,
    the unit made a modifier ("a 280 pound fish"), and a pound hyphenated to the figure
    ("a 200-pound bomb", "the 40-pound (18 kg) baby"), but not before a noun of money ("a
    20-pound note"). Otherwise money: "£300", "fined 300 pounds", "300 pounds sterling"."""
    cues = _weight_cues()
    before = _WORDS_BEFORE.findall(text[max(0, start - 60) : start])[-4:]
    if any(w.lower() in cues for w in before):
        return "lb"
    following = _NEXT_WORD.match(text, after)
    noun = following.group(1) if following else None
    if noun is not None and noun.lower() in cues:
        return "lb"
    if noun is not None and noun.lower() in _pound_money_nouns():
        return "GBP"
    if hyphened:
        return "lb"
    singular_modifier = word == "pound" and noun is not None and noun[0].islower()
    if singular_modifier and noun is not None and noun.lower() not in _SKIP_COUNT:
        return "lb"
    return "GBP"


@lru_cache(maxsize=1)
def _dimension_words() -> frozenset[str]:
    return tables.words("dimension_words.txt")


@lru_cache(maxsize=1)
def _extent_nouns() -> frozenset[str]:
    return tables.words("extent_nouns.txt")


#: After a figure in metres: a conversion into feet in brackets ("12m (40ft) wide").
_FEET_AFTER = re.compile(r"\s?\(\s?(?:about\s|around\s|some\s)?\d[\d,.]*\s?(?:ft|feet|foot)\b")
#: After a figure: "in length", "in diameter", a noun of data/extent_nouns.txt.
_IN_EXTENT = re.compile(r"(?<!\s)\s+in\s+([a-z]+)")
#: Before a figure: words that measure a length ("as long as", "measuring", "stands").
_LENGTH_BEFORE = re.compile(
    r"(?:(?<![\w-])as\s+(?:long|tall|high|deep|wide|far)\s+as"
    r"|(?<![\w-])(?:measuring|measures|measured|stands|stood|standing))\s+\Z",
    re.IGNORECASE,
)
_EXTENT_OF_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+of\s+\Z", re.IGNORECASE)


def _in_metres(text: str, match: re.Match[str], scale: str | None, scale2: str | None) -> bool:
    """The scale "m" after a figure is metres, not millions, when the words around say the
    figure is a length: a word of data/dimension_words.txt after it or hyphenated to it ("12m
    wide", "a 3m-high wall"), "in" and an extent noun ("2.5m in length"), feet in brackets
    ("12m (40ft)"), or "as long as", "measuring", an extent noun and "of" before it ("a depth
    of 5m"). Only a small "m" with no currency sign (the caller checks the sign): "12M" and
    "$12m" stay millions, and so does "12m people"."""
    name, given = ("scale2", scale2) if scale2 else ("scale", scale)
    if given is None or given != "m" or text[match.start(name)] != "m":
        return False
    end = match.end()
    after = _WORD.match(text, end + 1) if text[end : end + 1] in ("-", " ") else None
    if after is not None and after.group(0).lower() in _dimension_words():
        return True
    extent = _IN_EXTENT.match(text, end)
    if extent is not None and extent.group(1) in _extent_nouns():
        return True
    if _FEET_AFTER.match(text, end) is not None:
        return True
    window = text[max(0, match.start() - 40) : match.start()]
    if _LENGTH_BEFORE.search(window) is not None:
        return True
    noun = _EXTENT_OF_BEFORE.search(window)
    return noun is not None and noun.group(1).lower() in _extent_nouns()


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    return CALENDAR_NAMES | frozenset(("no", "no.", "i"))


def _names_a_model(text: str, match: re.Match[str], marked: bool) -> bool:
    """A figure glued by one space after a capitalised word names a thing, not a count:
    "iPhone 6 cases", "Boeing 737 jets", "Windows 10 users", "Flight 370", and a capitalised
    number word after one ("Air Force One"). Not when the figure has a currency sign, a
    scale, a bound or a percent (``marked``), when the word opens the text ("Around 30
    bodies"), or follows a sentence end, when it is a month or weekday, and not in title
    case unless the word is capitalised inside ("Apple Sells 10 Million Watches")."""
    if marked:
        return False
    start = match.start()
    words = match.group("words")
    if words is not None and not (text[start].isupper() and " " not in words.strip()):
        return False
    if start < 2 or text[start - 1] != " ":
        return False
    unit = _NEXT_WORD.match(text, match.end())
    if unit is not None and unit.group(1).lower() in _units():
        return False  # "took the Zenco Store 16 months": a span after a name
    before = _LAST_WORD.search(text, 0, start - 1)
    if before is None:
        return False
    word = before.group(0)
    if word.endswith(("'s", "’s", "'")):
        return False  # "Dorvia's 290-seat parliament": the owner, then the figure
    inner_capital = any(c.isupper() for c in word[1:]) and not word.isupper()
    if not (word[0].isupper() or inner_capital):
        return False
    if not any(c.isalpha() for c in word) or word.lower() in _calendar_words():
        return False
    opening = text[: before.start()].rstrip(" \t\"'“‘(")
    if not opening or opening[-1] in ".!?:;":
        return False  # the word starts the text or a sentence: capitalised by its place
    if inner_capital:
        return True  # "iPhone 6", "iOS 8": a name however the text is written
    if _in_a_title(text, start, match.end()):
        return False  # a title, in the text or quoted in it: "Found Dead at Age 52"
    if len(word) > 1 and word.isupper():
        return True  # "USB 3", "news station KXY 15" in text that is not all capitals
    return not _count_after_place(opening, text, match.end())


def _in_a_title(text: str, start: int, end: int) -> bool:
    """The three words each side of a figure are written as a title: two in three of them
    capitalised, or all in capitals ("a page called 'Can This 20 Year Old Cake Win'")."""
    words = text[max(0, start - 60) : start].split()[-3:] + text[end : end + 60].split()[:3]
    letters = [w.lstrip("\"'“‘(") for w in words]
    letters = [w for w in letters if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in letters)
    if letters and all(w.upper() == w for w in letters):
        return True
    return len(letters) >= 3 and capitals * 3 >= len(letters) * 2


#: Words before a capitalised name that make it one of a phrase that names a thing: "the
#: Taliban 5", "many Windows 10 users".
_NAME_DETERMINERS = frozenset(
    "the a an this that these those his her its their our your my many some several all any "
    "each every both no new old latest".split()
)


def _count_after_place(opening: str, text: str, end: int) -> bool:
    """After a plain capitalised word that follows a small word other than a determiner
    ("in Sarajevo 31 girls", "shot at Brown 11 times"), a figure before a small word counts
    (a place or a person, then the count), unlike "the Windows 10 users"."""
    previous = _WORD_AT_END.search(opening)
    if previous is None or not previous.group(0).islower():
        return False  # "40 Boeing 737 jets", "news station ABC 15"
    if previous.group(0) in _NAME_DETERMINERS:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None or not following.group(1)[0].islower():
        return False
    word = following.group(1).lower()
    # "for Flight 370 ended", "Flight 370 was": a verb after the name, not a counted noun
    return not (word.endswith("ed") or word in _SKIP_COUNT)


_WORD_AT_END = re.compile(r"[A-Za-z][\w'-]*\Z")


_LAST_WORD = re.compile(r"(?<![^\s\"'“‘(])[A-Za-z][\w'.&-]*\Z")
