"""Run a big pattern only where it can start, found by cheap substring search.

Python's ``re`` tries every alternative of a large pattern at every character, which is
the parser's main cost. Dates and quantities can only start at a digit or near a few
trigger words, and ``str.find`` locates those at C speed; the pattern is then matched only
at those positions (and at the one to three words before them, for "more than 1,200" and
"the coming week").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimtrack.parse.tables import word_set

_DIGITS = re.compile(r"\d+")


def candidate_starts(text: str, is_trigger: Callable[[str], bool], back_words: int) -> list[int]:
    """Sorted positions where a match may start: at each digit run or trigger word, and at
    the starts of up to ``back_words`` words before it.

    ``is_trigger`` is asked once per distinct word of ``text`` (callers cache it per word,
    and words repeat across articles), so the cost does not grow with the trigger list.
    """
    lowered = text.lower()
    anchors: set[int] = set()
    for match in _DIGITS.finditer(text):
        anchors.add(match.start())
    for word in word_set(text):
        if not is_trigger(word):
            continue
        position = lowered.find(word)
        while position >= 0:
            anchors.add(position)
            position = lowered.find(word, position + len(word))
    starts: set[int] = set()
    for anchor in anchors:
        starts.add(anchor)
        position = anchor
        for _ in range(back_words):
            space = text.rfind(" ", 0, max(0, position - 1))
            position = space + 1
            starts.add(position)
            if space < 0:
                break
    return sorted(starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` beginning at the given positions, in order."""
    found: list[re.Match[str]] = []
    reached = 0
    for start in starts:
        if start < reached:
            continue
        match = pattern.match(text, start)
        if match is not None and match.end() > match.start():
            found.append(match)
            reached = match.end()
    return found
