"""Dashes that set words apart from a sentence: a pair around an aside ("The storm — the
third this month — cut power", "lamented the jobs lost – he described ... – and the
crime") and a single dash before a closing phrase ("... efforts — essentially shielding
him ...").

Only the text is read here; ``split`` decides what the words between the dashes state.
A dash between figures ("2019–2020", "10 — 12 seats") is a range, never an aside.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: A dash that can set an aside apart: a spaced em dash, en dash, horizontal bar or double
#: hyphen, or an unspaced em dash, bar or double hyphen between words (AP and Chicago
#: styles). An unspaced en dash joins a range ("2019–2020", "Paris–Berlin"): not here, nor
#: an em dash between figures ("1990—2000", ``_between_figures``).
_DASH = re.compile(r"(?<![ \t])[ \t]+(?:—|–|―|--)[ \t]+|(?<=[\w.,”’\"'%])(?:—|―|--)(?=[\w“‘\"'$])")
#: The characters one of ``_DASH``'s dashes starts with: most sentences hold none.
_DASH_CHARS = ("—", "–", "―", "--")  # ``may_hold_dash`` tests each of them
_MIN_WORDS = 2
_MAX_WORDS = 40
#: An aside made of figures only ("— 12 to 15 —") is a range or a score.
_FIGURES_ONLY = re.compile(r"[\d\s.,%$€£/-]+")


class Aside(NamedTuple):
    """Words set apart by a pair of dashes, as offsets into the text."""

    start: int  # where the opening dash's blank (or the dash) starts
    end: int  # after the closing dash
    inner_start: int
    inner_end: int
    spaced: bool  # the dashes stand between blanks (cutting leaves one blank)


def may_hold_dash(text: str) -> bool:
    """Whether ``text`` holds a dash character (substring tests in C; ASCII text, most,
    can only hold "--", and a generator over the dashes cost more than the tests)."""
    if text.isascii():
        return "--" in text
    return "—" in text or "–" in text or "―" in text or "--" in text


def asides(text: str) -> list[Aside]:
    """The dash pairs of ``text``, paired left to right ("A — B — C — D — E": B and D).

    A pair needs words before it, words after it, two to forty words between, and no
    quotation opened before it or left open inside it."""
    if not may_hold_dash(text):
        return []
    dashes = [dash for dash in _DASH.finditer(text) if not _between_figures(text, dash)]
    found: list[Aside] = []
    index = 0
    while index + 1 < len(dashes):
        opening, closing = dashes[index], dashes[index + 1]
        aside = _aside(text, opening, closing)
        if aside is None:
            index += 1  # the second dash may open the next pair
            continue
        found.append(aside)
        index += 2
    return found


def _between_figures(text: str, dash: re.Match[str]) -> bool:
    before = text[dash.start() - 1 : dash.start()].strip()
    after = text[dash.end() : dash.end() + 1].strip()
    return before.isdigit() and after[:1] in "0123456789$"


def _aside(text: str, opening: re.Match[str], closing: re.Match[str]) -> Aside | None:
    inner = text[opening.end() : closing.start()]
    words = inner.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or _FIGURES_ONLY.fullmatch(inner):
        return None
    if not text[: opening.start()].strip() or not text[closing.end() :].strip(" \t.!?\"”’'"):
        return None  # an aside needs the sentence on both sides
    if open_quotes(text, 0, opening.start()) or open_quotes(inner, 0, len(inner)):
        return None
    spaced = opening.group(0)[:1] in " \t"
    end = closing.start() + len(closing.group(0).rstrip())  # the blank after it stays
    return Aside(opening.start(), end, opening.end(), closing.start(), spaced)


#: A single dash before the sentence's closing words ("... efforts — essentially ...").
_LAST_DASH = re.compile(r"(?<![ \t])[ \t]+(?:—|–|―|--)[ \t]+(?=[a-z])")


def trailing_dash(text: str) -> re.Match[str] | None:
    """The sentence's only dash when the words after it start lower case; None otherwise."""
    if not may_hold_dash(text):
        return None
    found = [dash for dash in _DASH.finditer(text) if not _between_figures(text, dash)]
    if len(found) != 1:
        return None
    return _LAST_DASH.match(text, found[0].start())


def open_quotes(text: str, start: int, end: int) -> int:
    """How many quotations are open in ``text[start:end]`` (straight ones: 0 or 1)."""
    segment = text[start:end]
    return (segment.count("“") - segment.count("”")) + segment.count('"') % 2
