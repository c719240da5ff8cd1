"""Run a big pattern only where it can start, found by cheap substring search.

Python's ``re`` tries every alternative of a large pattern at every character, which is
the parser's main cost. Dates and quantities can only start at a digit or near a few
trigger words, and ``str.find`` locates those at C speed; the pattern is then matched only
at those positions (and at the one to three words before them, for "more than 1,200" and
"the coming week").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from claimtrack.parse.tables import word_set

_DIGITS = re.compile(r"\d+")


class Triggers:
    """Words that contain a trigger ("monday" contains "day"), learnt word by word.

    Each distinct word is classified once; after that, finding the trigger words of a
    text is two set operations in C, whatever the number of triggers. Every ``Triggers``
    learns in one ``_Learner`` shared with the others (dates and numbers): the words of a
    sentence are checked for new ones once, not once per list.

    ``word_start``: a trigger made of letters only counts where it starts a word or
    follows a character that is not a word character ("five" in "twenty-five" or
    "*five*", not "one" in "someone", "phone" or "money", nor "ten" in "often"). For
    lists whose pattern needs the trigger after such a character (numbers: a number word
    is never glued to the letters before it), this keeps the pattern from being tried
    around words that cannot start a match. Other triggers ("$") count anywhere.
    """

    def __init__(self, triggers: Iterable[str], *, word_start: bool = False) -> None:
        self.triggers = tuple(triggers)
        # One alternation of literals (linear) tests a new word against every trigger in C;
        # a Python loop over the triggers cost ~18 us per new word (most of real text's).
        ordered = sorted(self.triggers, key=len)
        letters = [t for t in ordered if word_start and t.isalpha()]
        others = [t for t in ordered if t not in letters]
        branches = []
        if letters:
            branches.append(r"(?<!\w)(?:" + "|".join(map(re.escape, letters)) + ")")
        if others:
            branches.append("|".join(map(re.escape, others)))
        self._any = re.compile("|".join(branches) or "(?!)")  # no triggers: never matches
        self.positive: set[str] = set()
        _LEARNER.join(self)

    def hits(self, words: frozenset[str]) -> AbstractSet[str]:
        learner = _LEARNER
        # The same set as the last call's (dates, then numbers, of one sentence): learnt.
        if words is not learner.last:
            if not learner.seen.issuperset(words):  # most sentences: every word known already
                learner.learn(words)
            learner.last = words
        return words & self.positive


class _Learner:
    """The words every ``Triggers`` has classified, and the last word set learnt whole."""

    def __init__(self) -> None:
        self.members: list[Triggers] = []
        #: Every word classified so far, positive or not: one set difference finds new words.
        self.seen: set[str] = set()
        self.last: frozenset[str] | None = None

    def join(self, member: Triggers) -> None:
        self.members.append(member)
        self.seen.clear()  # the new member has classified nothing yet
        self.last = None

    def learn(self, words: frozenset[str]) -> None:
        """Classify the new ``words`` for every member (each word is then in ``positive``
        of the members it triggers, so ``words & positive`` is right for all of them)."""
        for word in words - self.seen:
            positive = False
            for member in self.members:
                if member._any.search(word):
                    member.positive.add(word)
                    positive = True
            if positive or len(self.seen) < 200_000:  # bounded memory on endless input
                self.seen.add(word)


_LEARNER = _Learner()


@lru_cache(maxsize=64)
def digit_runs(text: str) -> tuple[int, ...]:
    """Where each run of digits starts (cached: dates and numbers scan the same sentence)."""
    if not has_digit(text):
        return ()  # most sentences: settled without a match object
    return tuple(match.start() for match in _DIGITS.finditer(text))


_ANY_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``re``'s ``\\d`` matches somewhere in ``text``. ASCII text (most) has no
    other digits than 0-9, and ten substring tests in C beat one scan of ``re``."""
    if not text.isascii():
        return _ANY_DIGIT.search(text) is not None
    return (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )  # fmt: skip


def candidate_starts(
    text: str, triggers: Triggers, back_words: int, hits: AbstractSet[str] | None = None
) -> list[int]:
    """Sorted positions where a match may start: at each digit run or trigger word, and at
    the starts of up to ``back_words`` words before it.

    ``hits`` (``triggers.hits(word_set(text))``) saves finding the trigger words twice when
    the caller already has them.
    """
    anchors = list(digit_runs(text))
    if hits is None:
        hits = triggers.hits(word_set(text))
    if hits:
        lowered = text.lower()
        find = lowered.find
        for word in hits:
            position = find(word)
            while position >= 0:
                anchors.append(position)
                position = find(word, position + len(word))
    if not anchors:
        return []
    starts = set(anchors)
    rfind = text.rfind
    for anchor in starts.copy():
        position = anchor
        for _ in range(back_words):
            space = rfind(" ", 0, position - 1 if position > 1 else 0)  # max(0, position - 1)
            position = space + 1
            starts.add(position)
            if space < 0:
                break
    return sorted(starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` beginning at the given positions, in order."""
    found: list[re.Match[str]] = []
    reached = 0
    match_at = pattern.match
    for start in starts:
        if start < reached:
            continue
        match = match_at(text, start)
        if match is not None and match.end() > start:
            found.append(match)
            reached = match.end()
    return found
