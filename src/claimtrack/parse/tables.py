"""Load the parser's word lists and tables from ``claimtrack/data`` (once, then cached).

The lists are data, not code, so that a journalist can read and extend them without reading
Python. Lines starting with ``#`` are comments; blank lines are ignored.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from claimtrack.errors import DataFileError


class TableError(DataFileError):
    """A user's data file (``--aliases``) is malformed; the message names the line."""


def data_lines(name: str) -> list[str]:
    """The meaningful lines of one packaged data file, stripped of comments and blanks."""
    text = resources.files("claimtrack").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return _meaningful(text)


def _meaningful(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(line)
    return lines


@cache
def words(name: str) -> frozenset[str]:
    """A set of lower-case words or phrases (first column)."""
    return frozenset(line.split("\t")[0].strip().lower() for line in data_lines(name))


@cache
def figure_words() -> frozenset[str]:
    """The one-word number words of data/number_words.tsv ("three", "dozen", "thousands"):
    a figure written in words."""
    return frozenset(row[0].lower() for row in rows("number_words.tsv") if " " not in row[0])


def is_figure(word: str) -> bool:
    """Whether ``word`` as written is a figure: it opens with a digit ("2,100", "40%") or is
    a number word of ``figure_words`` ("three", "dozens")."""
    return word[:1].isdigit() or word in figure_words()


@cache
def function_words() -> frozenset[str]:
    """The words of data/stopwords.txt, several to a line: words with no content of their
    own ("the", "of", "said")."""
    return frozenset(" ".join(data_lines("stopwords.txt")).lower().split())


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Two-column TSV rows; a missing second column is the empty string."""
    rows = []
    for line in data_lines(name):
        cells = line.split("\t")
        rows.append((cells[0].strip(), cells[1].strip() if len(cells) > 1 else ""))
    return tuple(rows)


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every TSV row as a tuple of stripped cells."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in data_lines(name))


@cache
def sections(name: str) -> dict[str, frozenset[str]]:
    """A file split by ``[section]`` headers into sets of lower-case words."""
    found: dict[str, set[str]] = {}
    current = ""
    for line in data_lines(name):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        found.setdefault(current, set()).add(stripped.lower())
    return {key: frozenset(value) for key, value in found.items()}


@cache
def person_titles() -> tuple[frozenset[str], frozenset[str]]:
    """(the abbreviated titles that always precede a name, data/abbreviations.txt's
    prepositive section: "mr", "gov."; the title words of data/titles.txt: "chief",
    "justice", "president")."""
    prepositive = sections("abbreviations.txt").get("prepositive", frozenset())
    return prepositive, frozenset(data_lines("titles.txt"))


@cache
def every_person_title() -> frozenset[str]:
    """Both kinds of ``person_titles`` in one set."""
    prepositive, titles = person_titles()
    return prepositive | titles


@cache
def refuting_cues() -> Phrases:
    """The words by which a text calls a report false (data/refuting_cues.txt: "hoax",
    "fake", "debunked"), as one pattern: the judge's denial and date rules and the parser's
    kinds read them."""
    return phrase_pattern(words("refuting_cues.txt"))


def read_user_pairs(path: Path) -> tuple[tuple[str, str], ...]:
    """Two-column TSV written by a user (``--aliases``); raises TableError on a bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TableError(
            f"{path}: cannot be read ({exc})", hint="check the path and that it is UTF-8 text"
        ) from exc
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise TableError(
                f"{path}, line {number}: expected 'alias<TAB>canonical name', got {raw!r}",
                hint="separate the two columns with one tab; '#' starts a comment line",
            )
        found.append((cells[0].strip(), cells[1].strip()))
    return tuple(found)


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (unchanged in the rare case where
    lower-casing would change its length, as for "İ")."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text


_SEPARATORS = ',.;:!?"“”‘()[]{}—–/…'
#: A word: a run of characters that are neither blank nor a separator (``\s`` and
#: ``str.split`` agree on what is blank). One ``findall`` beats ``translate`` + ``split``.
_WORD = re.compile("[^\\s" + "".join(re.escape(c) for c in _SEPARATORS) + "]+")


@lru_cache(maxsize=2048)
def word_set(text: str) -> frozenset[str]:
    """The lower-case words of ``text``, split at blanks and punctuation.

    Cached by the text and by its lower-case form, so the finders that each look at
    "Iran said ...", "iran said ..." or the text with its first word lowered share one set.
    """
    return _word_set(text.lower())


@lru_cache(maxsize=2048)
def _word_set(lower: str) -> frozenset[str]:
    return _words_of(lower)


def _words_of(lower: str) -> frozenset[str]:
    if lower.isascii():
        return frozenset(ascii_runs(lower, _ASCII_WORD_BYTES))
    return frozenset(_WORD.findall(lower))


def ascii_run_table(kept: str | re.Pattern[str]) -> bytes:
    """Byte table for ``ascii_runs``: an ASCII character ``kept`` (a string of characters,
    or a one-character pattern such as ``[\\w'-]``) stays, any other becomes a blank."""
    table = bytearray(b" " * 256)
    for code in range(128):
        char = chr(code)
        if (char in kept) if isinstance(kept, str) else kept.fullmatch(char):
            table[code] = code
    return bytes(table)


def ascii_runs(text: str, table: bytes) -> list[str]:
    """The runs of ``text`` (ASCII only) between what ``table`` blanks, in order: what
    ``findall`` of the pattern the table was made from gives, about 2x faster (one C
    pass over bytes, then ``str.split``, instead of a match attempt at every run)."""
    return text.encode("ascii").translate(table).decode("ascii").split()


#: ``_WORD`` as an ``ascii_runs`` table: separators and blanks split words.
_ASCII_WORD_BYTES = ascii_run_table(_WORD)


class TextWords(NamedTuple):
    """One text read once for every finder: ``lower`` is ``lowered(text)`` (the same
    offsets), ``words`` is ``word_set(text)``."""

    lower: str
    words: frozenset[str]


_new_tuple = tuple.__new__


@lru_cache(maxsize=2048)
def text_words(text: str) -> TextWords:
    """The ``TextWords`` of ``text``, cached by the text.

    WHY: a sentence's text is looked at by the noise check, the dates, the numbers, the
    attribution and the kind, and a claim's by its reason, certainty and negation. Each
    lower-cased it and asked for its words on its own (a copy and two cache lookups per
    finder); now the first one reads it and the others get that reading.
    """
    lower = text.lower()
    # Not through ``_word_set``'s cache: ``text_words`` is cached by the text already, and
    # a second lookup by the lower-cased text (hashing it, then evicting an old entry) almost
    # never hit. ``tuple.__new__`` skips the named tuple's own ``__new__``, a Python function.
    return _new_tuple(TextWords, (lower if len(lower) == len(text) else text, _words_of(lower)))


class Phrases:
    """A lexicon of words and phrases, matched as whole words.

    ``search``/``finditer`` first check, at C speed, whether any phrase's longest word occurs
    in the text at all; only then run the alternation (Python's ``re`` tries every
    alternative at every character, which made these lookups the parser's main cost).
    Search in ``lowered(text)``: ``re.I`` is more than ten times slower. An alternation of
    literals has no nested quantifier, so it cannot backtrack badly.
    """

    def __init__(self, phrases: frozenset[str] | tuple[str, ...], flags: int = 0) -> None:
        ordered = sorted(phrases, key=lambda p: (-len(p), p))
        body = "|".join("".join(_phrase_units(p)) for p in ordered)
        self.pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", flags)
        # The same without the look-behind, which hides the phrases' first letters from
        # ``re``: with it gone, ``re`` skips in C to where a phrase may start, and
        # ``_matches`` checks the character before (``pattern``'s results, ~40% faster).
        # The phrases are also merged by shared beginnings (a trie): ``re`` tries every
        # alternative at every character where a phrase may start, so sixty hedges cost
        # sixty tries there, the trie a handful (2-3x faster on real news).
        trie = trie_alternation(phrases) if not flags & re.IGNORECASE else None
        self._body = re.compile(rf"(?:{trie or body})(?![\w'’-])", flags)
        self._word_char = re.compile(r"[\w'’-]", flags)
        self._all_words = all(p.strip() for p in phrases)  # an empty phrase matches ""
        # The longest word of each phrase must occur: "preparing" rather than "is".
        keys = {max(p.split(), key=len).replace("’", "'") for p in phrases if p.split()}
        self.first_words = frozenset(keys | {w.replace("'", "’") for w in keys})
        self._written = _written_by_key(phrases) if flags == 0 and self._all_words else None

    def search(self, text: str, words: frozenset[str] | None = None) -> re.Match[str] | None:
        """The first phrase in ``text``; ``words`` is ``word_set(text)`` if known."""
        # No phrase without its longest word (one set test in C): most lookups end here.
        if words is None:
            words = word_set(text)
        if self.first_words.isdisjoint(words) or not self._may_occur(text, words):
            return None
        found = self._matches(text, first_only=True)
        return found[0] if found else None

    def finditer(self, text: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
        """Every phrase in ``text``; ``words`` is ``word_set(text)`` if known."""
        if words is None:
            words = word_set(text)
        if self.first_words.isdisjoint(words) or not self._may_occur(text, words):
            return []  # no phrase without its longest word, as in ``search``
        return self._matches(text, first_only=False)

    def _may_occur(self, text: str, words: frozenset[str]) -> bool:
        """False when no phrase can match: ``text`` is plain (``_is_plain``) and no phrase
        whose longest word is one of ``words`` stands in it as written.

        WHY: half the texts with a phrase's longest word hold no phrase ("set" but not "is
        set to", "said" but not "is said to"), and each made ``_body`` try every character
        (~15 us); a few substring tests in C settle most. Why it finds what ``_body`` would:
        in a plain text each blank run is one space, so a matching phrase stands there as
        written, and each of its words is one of the text's words (a phrase's words are
        made of word characters, its edges are where ``_matches`` allows them, and the word
        set splits plain text exactly at blanks and separators), its longest one too."""
        written = self._written
        if written is None or not _is_plain(text):
            return True
        for key in self.first_words.intersection(words):
            for phrase in written[key]:
                if phrase in text:
                    return True
        return False

    def _matches(self, text: str, first_only: bool) -> list[re.Match[str]]:
        """``pattern.finditer(text)``: ``_body``'s matches not preceded by a word character
        (after one that is, look again one character further, as ``finditer`` would)."""
        if not self._all_words:
            every = self.pattern.finditer(text)
            return [next(every)] if first_only and self.pattern.search(text) else list(every)
        found: list[re.Match[str]] = []
        position = 0
        search = self._body.search
        while True:
            match = search(text, position)
            if match is None:
                return found
            start = match.start()
            if start > 0 and self._word_char.match(text, start - 1) is not None:
                position = start + 1
                continue
            found.append(match)
            if first_only:
                return found
            position = match.end()


#: An ASCII character that ``_is_plain`` allows: a word character, an apostrophe, a
#: hyphen, a space or a word separator (not a symbol such as "*" or "$", which the word set
#: keeps inside a word: "*may*").
_PLAIN_BYTES = bytes(
    code for code in range(128) if re.fullmatch(r"[\w'\- ]", chr(code)) or chr(code) in _SEPARATORS
)


def _is_plain(text: str) -> bool:
    """Whether ``text`` is ASCII made of ``_PLAIN_BYTES`` with no two spaces in a row (one
    C pass: the bytes left once those are deleted)."""
    return (
        text.isascii()
        and "  " not in text
        and not text.encode("ascii").translate(None, _PLAIN_BYTES)
    )


_PHRASE_WORD = re.compile(r"[\w'’-]+")


def _written_by_key(
    phrases: frozenset[str] | tuple[str, ...],
) -> dict[str, tuple[str, ...]] | None:
    """For ``Phrases._may_occur``: each longest word (both apostrophes), the phrases it is
    the longest word of, written with a straight apostrophe (plain text has no other).
    None where the reasoning there does not hold: a phrase with a capital letter, or a
    word that is not one word of the word set (a dot: "u.s."), or with two apostrophes."""
    written: dict[str, list[str]] = {}
    for phrase in phrases:
        words = phrase.split()
        if phrase != phrase.lower() or not all(
            _PHRASE_WORD.fullmatch(word) and word.count("'") + word.count("’") <= 1
            for word in words
        ):
            return None
        if words:
            key = max(words, key=len).replace("’", "'")
            written.setdefault(key, []).append(phrase.replace("’", "'"))
    by_key = {key: tuple(found) for key, found in written.items()}
    return by_key | {key.replace("'", "’"): found for key, found in by_key.items()}


def _phrase_units(phrase: str) -> list[str]:
    """The pieces of a phrase's pattern in ``Phrases``, as its flat alternation writes
    them: each character escaped, a space ``\\s+`` and an apostrophe either apostrophe."""
    pieces = {" ": r"\s+", "'": "['’]"}
    return [pieces.get(char) or re.escape(char) for char in phrase.replace("’", "'")]


def trie_alternation(phrases: frozenset[str] | tuple[str, ...]) -> str | None:
    """One pattern matching what the alternation of ``phrases`` (longest first) matches,
    the phrases merged by their shared first pieces.

    Why it finds the same: two branches of a node start with different pieces, and two
    different pieces never match at the same place (a literal, ``\\s+`` and ``['’]``
    share no character; no phrase holds a blank other than a space). A phrase that ends
    at a node is tried after every longer phrase through it, as longest-first tries it.
    None where that reasoning does not hold (a blank in a phrase, an empty phrase).
    """
    root: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        if not phrase or any(c.isspace() and c != " " for c in phrase) or phrase.strip() != phrase:
            return None
        node = root
        for unit in _phrase_units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}  # the phrase ends here
    return _alternation(root)


def _alternation(node: dict[str, dict[str, Any]]) -> str:
    branches = [unit + _alternation(child) for unit, child in sorted(node.items()) if unit]
    if "" in node and branches:
        branches.append("")  # ending here is tried last: after the longer phrases
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


def phrase_pattern(phrases: frozenset[str] | tuple[str, ...], flags: int = 0) -> Phrases:
    """A ``Phrases`` lexicon for ``phrases``."""
    return Phrases(phrases, flags)


# --- words a pattern cannot match without ---------------------------------------------

#: The regular-expression parser of ``re`` (private, so read as ``Any``; if it ever moves,
#: ``required_strings`` finds nothing and ``GatedPattern`` simply runs every pattern).
try:
    _SRE: Any = importlib.import_module(
        "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
    )
except ImportError:  # pragma: no cover - a Python without it
    _SRE = None
#: The only characters beyond ASCII that ``re.I`` matches to an ASCII letter (İ, ı, ſ and
#: the Kelvin sign): in text without them, an ASCII literal matches where its lower case
#: occurs in the lower-cased text.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def required_strings(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII strings such that every match of ``pattern`` (with
    ``flags``) contains, in lower case, one string of each set (text free of the characters
    ``re.I`` folds to ASCII). Conservative: what cannot be proven is left out, so
    ``()`` (nothing required) is always a correct answer."""
    if _SRE is None:
        return ()
    try:
        parsed = _SRE.parse(pattern, flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - a changed parser
        return ()
    return tuple(need for need in _needs(parsed) if all(s.isascii() for s in need))


def _needs(sequence: Any) -> list[frozenset[str]]:
    """``required_strings`` of a parsed sequence: each run of literal characters, and the
    needs of each group, branch and repetition that must occur at least once."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in sequence:
        if op is _SRE.LITERAL:
            run.append(chr(argument))
            continue
        if run:  # anything else ends the run (a conservative cut)
            needs.append(frozenset(["".join(run).lower()]))
            run = []
        if op is _SRE.SUBPATTERN:
            needs.extend(_needs(argument[-1]))
        elif op is _SRE.BRANCH:
            options = [_best(_needs(branch)) for branch in argument[1]]
            if all(options):
                needs.append(frozenset().union(*options))
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and argument[0] >= 1:
            needs.extend(_needs(argument[2]))
    if run:
        needs.append(frozenset(["".join(run).lower()]))
    return needs


def _best(needs: list[frozenset[str]]) -> frozenset[str]:
    """The most telling need of a branch (longest shortest string), or an empty set."""
    return max(needs, key=lambda need: min(map(len, need)), default=frozenset())


class GatedPattern:
    """A compiled pattern that is only run on text holding its ``required_strings``.

    WHY: boilerplate patterns (``.*\\b(?:subscribe|sign up)\\b.*``) cost ``re`` a try at
    every character of every line; a few substring tests in C settle most lines first.
    """

    __slots__ = ("needs", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        # The most telling needs first (longest shortest string): most texts fail there.
        needs = sorted(required_strings(pattern, flags), key=lambda n: -min(map(len, n)))
        self.needs = tuple(tuple(sorted(need, key=lambda s: (-len(s), s))) for need in needs)

    def fullmatch(self, text: str, lower: str | None) -> re.Match[str] | None:
        """``pattern.fullmatch(text)``; ``lower`` is ``text.lower()`` when the text has no
        character ``re.I`` folds to ASCII (``fold_safe_lower``), else None (no gate)."""
        if lower is not None:
            for need in self.needs:  # plain loops: a generator per need cost more
                for string in need:
                    if string in lower:
                        break
                else:
                    return None
        return self.pattern.fullmatch(text)


class GatedTable:
    """Patterns with their labels, asked in order for the first that matches a whole text.

    WHY: a text that passes a table's cheap gate (a trigger word) was offered to each of
    its patterns in turn, and each tested its own first need in a Python loop. The strings
    of every pattern's first need are tested once per text here; a pattern none of whose
    first-need strings occurs is passed over without a call (``fullmatch`` would stop at
    that need), so the answers are ``GatedPattern.fullmatch``'s, in the same order.
    """

    __slots__ = ("_rows_of", "_ungated", "first_strings", "rows")

    def __init__(self, rows: tuple[tuple[GatedPattern, str], ...]) -> None:
        self.rows = tuple(
            (pattern, label, pattern.needs[0] if pattern.needs else None) for pattern, label in rows
        )
        self.first_strings = tuple(sorted({s for _, _, need in self.rows if need for s in need}))
        # WHY: a text asked about holds two or three first-need strings and passes two or
        # three rows of the forty; looping over every row to test its need cost more than
        # the substring tests. Each string names the rows it opens; those are asked in order.
        rows_of: dict[str, list[int]] = {}
        for index, (_, _, need) in enumerate(self.rows):
            for string in need or ():
                rows_of.setdefault(string, []).append(index)
        self._rows_of = {string: tuple(indices) for string, indices in rows_of.items()}
        #: The rows without a need: asked whatever the text holds.
        self._ungated = tuple(index for index, row in enumerate(self.rows) if row[2] is None)

    def first_label(self, text: str, lower: str | None) -> str | None:
        """The label of the first pattern that ``fullmatch``es ``text`` (``lower`` as in
        ``GatedPattern.fullmatch``), or None."""
        rows = self.rows
        if lower is None:
            asked: Iterable[int] = range(len(rows))
        else:
            opened = set(self._ungated)
            rows_of = self._rows_of
            for string in self.first_strings:
                if string in lower:
                    opened.update(rows_of[string])
            asked = sorted(opened)
        for index in asked:
            pattern, label, _ = rows[index]
            if pattern.fullmatch(text, lower):
                return label
        return None


def fold_safe_lower(text: str) -> str | None:
    """``text.lower()`` for ``GatedPattern``, or None when a character of ``text`` folds
    to an ASCII letter under ``re.I``."""
    if not text.isascii() and FOLDS_TO_ASCII.search(text) is not None:
        return None
    return text.lower()
