"""Figures of one measure in two units ("30 centimetres" / "12 inches", "5 tonnes" /
"8,000 kilograms"): converted to one base unit, each widened by the precision it is written
to, because outlets round what they convert ("10 km (6 miles)"). Only figures of one
dimension (data/unit_conversions.tsv) are compared; money, time and temperature never are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from claimtrack.models import NumberMention
from claimtrack.normalize import data_lines

#: Relative slack for a figure marked approximate ("about 12 inches").
APPROXIMATE_SLACK = 0.10
#: Relative slack every converted comparison allows (conversion factors people use vary:
#: "a mile is 1.6 km").
CONVERSION_SLACK = 0.03


@dataclass(frozen=True)
class Unit:
    """A unit of data/unit_conversions.tsv: its name, dimension and factor range."""

    name: str
    dimension: str
    low: float
    high: float
    plural: str


@lru_cache(maxsize=1)
def _units() -> dict[str, Unit]:
    units = {}
    for line in data_lines("unit_conversions.tsv"):
        name, dimension, low, high, plural = line.split("\t")
        units[name] = Unit(name, dimension, float(low), float(high), plural)
    return units


def unit_of(number: NumberMention) -> Unit | None:
    """The convertible unit a figure is given in: its unit code, else its counted noun."""
    units = _units()
    for name in (number.unit, number.counts):
        if name and name.lower() in units:
            return units[name.lower()]
    return None


def convertible(na: NumberMention, nb: NumberMention) -> bool:
    """Two figures in two different units of one dimension ("km" and "mile")."""
    unit_a, unit_b = unit_of(na), unit_of(nb)
    return (
        unit_a is not None
        and unit_b is not None
        and unit_a.name != unit_b.name
        and unit_a.dimension == unit_b.dimension
    )


def converted_compatible(na: NumberMention, nb: NumberMention) -> bool:
    """The two figures, in base units and widened by how they are written, can be one
    measure. Callers check ``convertible`` first."""
    low_a, high_a = _base_interval(na)
    low_b, high_b = _base_interval(nb)
    if not all(math.isfinite(v) for v in (low_a, high_a, low_b, high_b)):
        return True  # "more than 10 miles": an open bound meets a great deal
    slack = CONVERSION_SLACK * max(high_a, high_b)
    return low_a <= high_b + slack and low_b <= high_a + slack


def written_unit(text: str, number: NumberMention) -> str:
    """The unit word as the claim writes it after the figure ("tonnes", "km", "inch" of
    "12-inch"), for the explanation; the table's plural when none is written."""
    unit = unit_of(number)
    found = _UNIT_AFTER.match(text, number.end)
    if found is None or unit is None:
        return unit.plural if unit else ""
    word = found.group(1)
    return unit.plural if word.lower() == unit.name else word


def converted(number: NumberMention, unit_word: str, into: NumberMention, into_word: str) -> str:
    """``number`` (written with ``unit_word``) given in ``into`` 's unit (written with
    ``into_word``), for a reader: "about 11.8 inches"."""
    unit = _word_unit(unit_word) or unit_of(number)
    target = _word_unit(into_word) or unit_of(into)
    if unit is None or target is None or number.low is None:
        return number.text
    value = number.low * (unit.low + unit.high) / 2 / ((target.low + target.high) / 2)
    return f"about {_readable(value)} {into_word}"


#: The word after a figure: "5 tonnes", "a 12-inch", "40 km/h".
# (it starts where no space or hyphen stands before it: a run of spaces is tried once)
_UNIT_AFTER = re.compile(r"(?<![\s-])[\s-]*([A-Za-z][A-Za-z/]*)")


def _word_unit(word: str) -> Unit | None:
    """The table's unit a written word names ("tonnes" -> tonne), singular or plural."""
    units = _units()
    lowered = word.lower()
    for name in (lowered, lowered.removesuffix("s"), lowered.removesuffix("es")):
        if name in units:
            return units[name]
    return None


def _readable(value: float) -> str:
    """Three significant figures, no trailing zeros: 11.811 -> "11.8", 5080.0 -> "5,080"."""
    if value == 0:
        return "0"
    digits = 2 - math.floor(math.log10(abs(value)))
    rounded = round(value, digits)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.{max(digits, 0)}f}".rstrip("0").rstrip(".")


def _base_interval(number: NumberMention) -> tuple[float, float]:
    unit = unit_of(number)
    if unit is None:
        return -math.inf, math.inf  # callers check ``convertible``; nothing to compare
    low = number.low if number.low is not None else -math.inf
    high = number.high if number.high is not None else math.inf
    precision = _precision(low if math.isfinite(low) else high)
    low, high = low - precision, high + precision
    if number.approximate or _round_thousands(high):
        low, high = low * (1 - APPROXIMATE_SLACK), high * (1 + APPROXIMATE_SLACK)
    return low * unit.low, high * unit.high


def _precision(value: float) -> float:
    """How far a figure as written may be from what was measured. A fraction is good to half
    its last digit ("6.2" is 6.15 to 6.25); a whole number to a half ("12" is 11.5 to
    12.5); a round one to one unit of the digit after its first ("300" is 290 to 310, as
    judge/figures.py reads a round measure)."""
    if not math.isfinite(value):
        return 0.0
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return 0.0
    if exponent < 0:
        return 0.5 * 10.0**exponent
    if exponent == 0:
        return 0.5
    return 10.0 ** (len(str(int(value))) - 2)


def _round_thousands(value: float) -> bool:
    """One significant digit from a thousand up ("5,000 acres"): written round, as "about"
    would say."""
    if not math.isfinite(value) or value < 1000 or value != int(value):
        return False
    return len(str(int(value)).rstrip("0")) == 1


@dataclass(frozen=True)
class SpanUnit:
    """A unit of data/span_units.tsv: its fewest, most and usual days, and its plural."""

    name: str
    low: float
    high: float
    usual: float
    plural: str


@lru_cache(maxsize=1)
def _span_units() -> dict[str, SpanUnit]:
    units = {}
    for line in data_lines("span_units.tsv"):
        name, low, high, usual, plural = line.split("\t")
        units[name] = SpanUnit(name, float(low), float(high), float(usual), plural)
    return units


def span_units_apart(na: NumberMention, nb: NumberMention) -> bool:
    """Two lengths of time in two different units of data/span_units.tsv ("14 months" /
    "two years")."""
    units = _span_units()
    return (
        na.unit is not None
        and nb.unit is not None
        and na.unit != nb.unit
        and na.unit in units
        and nb.unit in units
    )


def spans_compatible(na: NumberMention, nb: NumberMention) -> bool:
    """Two lengths of time in two units (``span_units_apart``), in days and each widened by
    how it is written ("two years" is a year and a half to two and a half; a month 28 to 31
    days), can be one length. An open bound ("more than two years") reaches as far as it
    says."""
    low_a, high_a = _span_interval(na)
    low_b, high_b = _span_interval(nb)
    return low_a <= high_b and low_b <= high_a


def span_converted(number: NumberMention, into: NumberMention) -> str:
    """``number`` given in ``into`` 's unit at the usual length of each, for a reader:
    "about 24 months"."""
    units = _span_units()
    unit, target = units.get(number.unit or ""), units.get(into.unit or "")
    if unit is None or target is None or number.low is None:
        return number.text
    return f"about {_readable(number.low * unit.usual / target.usual)} {target.plural}"


def span_plural(number: NumberMention) -> str:
    """The plural of a length's unit ("months"), for an explanation."""
    unit = _span_units().get(number.unit or "")
    return unit.plural if unit else ""


def _span_interval(number: NumberMention) -> tuple[float, float]:
    unit = _span_units().get(number.unit or "")
    if unit is None:
        return -math.inf, math.inf
    low = number.low if number.low is not None else -math.inf
    high = number.high if number.high is not None else math.inf
    precision = _precision(low if math.isfinite(low) else high)
    low, high = low - precision, high + precision
    if number.approximate:
        low, high = low * (1 - APPROXIMATE_SLACK), high * (1 + APPROXIMATE_SLACK)
    return low * unit.low, high * unit.high
