"""Split article text into sentences, fast and without catastrophic regexes.

One pass over candidate boundaries (sentence punctuation followed by a space), each checked
by plain Python: abbreviations from ``data/abbreviations.txt``, initials and a lower-case
next word. A quotation spanning sentences is split like any text; the parser then gives
every sentence of the quotation its speaker (``quote_balance`` finds where it opens). A line
break ends a sentence, so headlines, headings, bullets and posts without final punctuation
stand alone, except inside a hard-wrapped paragraph (``_logical_lines``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import tables


class Sentence(NamedTuple):
    start: int
    end: int


#: Longer "sentences" are cut at a space: no real sentence is this long, and every later
#: step stays cheap on pathological input (a megabyte of text without punctuation).
MAX_SENTENCE = 1200

_LINE = re.compile(r"[^\n]+")
# An em dash opens a signature or a quotation's source, not a list item: it stays.
_BULLET = re.compile(
    r"(?<![ \t\u00a0])[ \t\u00a0]*(?:[•●▪‣◦∙·*]|-(?=[ \t])|\d{1,2}[.)](?=[ \t])|\(\d{1,2}\))[ \t]+"
)
# One quantifier over the whole punctuation run, tried only at its first character (the
# look-behind): a megabyte of dots costs one linear scan, not a quadratic one. The pattern
# starts with the mark itself, so ``re`` skips to the next mark at C speed (4x faster than
# a leading look-behind, which is tried at every character).
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"”’')\]]*(?=[ \t\u00a0])")
_TOKEN_BEFORE = re.compile(r"(?<![\w.'’-])([\w.'’-]{1,30})$")
_NEXT = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+([\"“‘'(\[]*)(\S)")
_WORD = re.compile(r"[\w’']+")
_STARTERS = frozenset(
    "The A An He She It They We I In On At But And This That These Those There His Her Their "
    "Its Our However Meanwhile After Before When While If As According Officials Some Many "
    "Most Police Authorities Earlier Later Since During Despite Still Yet So Now Then For".split()
)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(prepositive, ordinary, state) abbreviations; the states are ordinary ones too."""
    found = tables.sections("abbreviations.txt")
    states = found.get("state", frozenset())
    return (
        found.get("prepositive", frozenset()),
        found.get("ordinary", frozenset()) | states,
        states,
    )


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentence spans of ``text[start:end]``, stripped of surrounding blanks and bullets."""
    stop = len(text) if end is None else end
    found: list[Sentence] = []
    for line_start, line_end in _logical_lines(text, start, stop):
        bullet = _BULLET.match(text, line_start, line_end)
        if bullet:
            line_start = bullet.end()
        for piece_start, piece_end in _split_line(text, line_start, line_end):
            found.extend(_stripped(text, piece_start, piece_end))
    return found


def _logical_lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Line spans, with the lines of a hard-wrapped paragraph joined.

    Markdown and e-mailed copy wrap paragraphs at a fixed width. A line that stops without
    closing punctuation and is followed, on the very next line, by one that starts in lower
    case is the same sentence going on ("Here is what the reporting" / "supports."); a
    headline or a post line (no punctuation, next line capitalised) still stands alone.
    """
    lines: list[tuple[int, int]] = []
    escaped = "\\n" in text
    for line in _LINE.finditer(text, start, stop):
        line_start, line_end = line.span()
        if escaped and _ESCAPED_BREAK.search(text, line_start, line_end):
            lines.extend(_escaped_lines(text, line_start, line_end))
        elif lines and _continues(text, lines[-1], line_start, line_end):
            lines[-1] = (lines[-1][0], line_end)
        else:
            lines.append((line_start, line_end))
    return lines


#: A line break written out as the two characters backslash and "n", set off by blanks:
#: scraped copy stored with its escapes ("... said.  \n WASHINGTON — ..."). Each one
#: ends a paragraph; a "\n" inside a word or a path ("C:\new") is text.
_ESCAPED_BREAK = re.compile(r"(?<![^ \t\u00a0\n])\\n(?![^ \t\u00a0\r])")


def _escaped_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of one line cut at its written-out line breaks (``_ESCAPED_BREAK``)."""
    lines = []
    for found in _ESCAPED_BREAK.finditer(text, start, end):
        if found.start() > start:
            lines.append((start, found.start()))
        start = found.end()
    if end > start:
        lines.append((start, end))
    return lines


_OPEN_ENDINGS = frozenset('.!?…:;"”’)]|')


def _continues(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    if start != previous[1] + 1:
        return False  # a blank line (or more) between them: a new paragraph
    last = previous[1] - 1
    while last >= previous[0] and text[last] in " \t\u00a0\r":
        last -= 1
    if last < previous[0] or text[last] in _OPEN_ENDINGS:
        return False
    first = start
    while first < end and text[first] in " \t\u00a0":
        first += 1
    return first < end and text[first].islower()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, match, end):
            pieces.append((sentence_start, match.end()))
            sentence_start = match.end()
    if pieces and _only_closing_marks(text, sentence_start, end):
        # 'no American took part. " ' in tokenized copy: the mark closes the sentence before
        # it; alone, it read as a quotation opening over the sentences after it.
        pieces[-1] = (pieces[-1][0], end)
    else:
        pieces.append((sentence_start, end))
    return pieces


def _only_closing_marks(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a quotation mark and nothing but blanks and closing marks."""
    rest = text[start:end]
    return any(mark in rest for mark in '"”’') and not rest.strip(' \t\u00a0"”’)]')


_BLANKS = " \t\u00a0"


def tight_quotes(text: str) -> str:
    """``text`` with straight quotation marks set off by blanks moved against their words:
    '" The plan works, " she said' -> ' "The plan works," she said'.

    WHY: tokenized copy (wire feeds, scraped archives) puts a blank on both sides of every
    mark, so nothing tells an opening mark from a closing one and the speaker after a
    quotation went unfound. Only a line whose every mark is set off so is rewritten, and
    only with an even number of them: they pair in order (first opens, second closes); a
    mark swaps places with its blanks, so the text keeps its length and every offset still
    points at the same words of the article. A line with an odd number (a quotation running
    into the next paragraph) is left as it is.
    """
    if '"' not in text:
        return text
    chars: list[str] | None = None
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        marks = _marks(text, line_start, line_end)
        if (
            marks
            and len(marks) % 2 == 0
            and all(_set_off(text, i, line_start, line_end) for i in marks)
        ):
            for n, mark in enumerate(marks):
                chars = _moved_mark(
                    text, chars, mark, opening=n % 2 == 0, limits=(line_start, line_end)
                )
        line_start = line_end + 1
    return "".join(chars) if chars is not None else text


def _marks(text: str, start: int, end: int) -> list[int]:
    """Where the straight quotation marks of ``text[start:end]`` stand."""
    marks = []
    mark = text.find('"', start, end)
    while mark >= 0:
        marks.append(mark)
        mark = text.find('"', mark + 1, end)
    return marks


def _set_off(text: str, mark: int, line_start: int, line_end: int) -> bool:
    """A blank (or the line's edge) on both sides of the mark: tokenized copy. Where any
    mark of a line touches a word, the line is typeset and its marks stay."""
    before = mark == line_start or text[mark - 1] in _BLANKS
    after = mark + 1 == line_end or text[mark + 1] in _BLANKS
    return before and after


def _moved_mark(
    text: str, chars: list[str] | None, mark: int, opening: bool, limits: tuple[int, int]
) -> list[str] | None:
    """Move one mark across the blanks between it and its words (``chars``: the text so far
    as a list, made on the first move)."""
    step = 1 if opening else -1
    edge = limits[1] if opening else limits[0] - 1
    end = mark + step
    while end != edge and text[end] in _BLANKS:
        end += step
    if end == mark + step or end == edge or text[end] == '"':
        return chars  # no blanks to cross, or nothing but blanks (or a mark) beyond them
    if chars is None:
        chars = list(text)
    target = end - step  # the blank next to the word
    chars[mark], chars[target] = chars[target], chars[mark]
    return chars


def single_quotes_doubled(text: str) -> str:
    """``text`` with the single marks that quote ('Our barns are flooded,' he said) written
    as double ones, one character for one, so that the quotation's speaker is found the
    way it is for double marks. Apostrophes stay: "don't", "O'Brien", "rock 'n' roll", "the
    '90s" and, when a quotation is open, the plural possessive "the workers' union".

    WHY: papers that quote with single marks (much of the British press) had every
    sentence after a quotation's first left without its speaker, and read as the writer's.
    A paragraph with a double mark keeps its single ones: they quote inside a quotation."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return text
    chars: list[str] | None = None
    for line in _LINE.finditer(text):
        if _DOUBLE_MARK.search(text, line.start(), line.end()) is not None:
            continue
        for at, double in _quoting_singles(text, line.start(), line.end()):
            if chars is None:
                chars = list(text)
            chars[at] = double
    return text if chars is None else "".join(chars)


def _quoting_singles(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The single marks of one line that open or close a quotation, each with the double
    mark of its style: an opening mark is paired with the next closing one; a closing mark
    after a sentence's punctuation closes a quotation opened on an earlier line, and an
    opening mark left unclosed opens one that goes on into the next line."""
    found: list[tuple[int, str]] = []
    opened: int | None = None
    for mark in _SINGLE_MARK.finditer(text, start, end):
        at = mark.start()
        if opened is None and _opens_single(text, at, start, end):
            opened = at
        elif _closes_single(text, at, start, end, opened is not None):
            if opened is not None:
                found.append((opened, _DOUBLED[text[opened]]))
            found.append((at, "”" if text[at] == "’" else '"'))
            opened = None
    if opened is not None and text[opened + 1].isupper():
        found.append((opened, _DOUBLED[text[opened]]))
    return found


def _opens_single(text: str, at: int, start: int, end: int) -> bool:
    """Whether the single mark at ``at`` (in ``text[start:end]``) opens a quotation: at the
    start or after a blank or a bracket, before a letter or a digit, and not an elision."""
    if text[at] == "’" or at + 1 >= end or not text[at + 1].isalnum():
        return False
    if at > start and not (text[at - 1].isspace() or text[at - 1] in "([—–"):
        return False
    return _ELISION.match(text, at + 1, end) is None


def _closes_single(text: str, at: int, start: int, end: int, quotation_open: bool) -> bool:
    """Whether the single mark at ``at`` closes a quotation: after a word or a sentence's
    punctuation, before a blank or punctuation; after a word only while one is open (a
    plural's apostrophe aside), after punctuation always."""
    if text[at] == "‘" or at == start:
        return False
    before = text[at - 1]
    after = text[at + 1] if at + 1 < end else " "
    if not (before.isalnum() or before in _SENTENCE_END):
        return False
    if not (after.isspace() or after in ".,;:!?)—–"):
        return False
    # "the workers' union" inside a quotation: a plural's apostrophe, a word after it
    possessive = before in "sS" and after == " " and text[at + 2 : at + 3].isalpha()
    return (quotation_open and not possessive) or before in _SENTENCE_END


def inside_single_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inside the single marks that open and close
    ``text[start:end]`` ('Our barns are flooded.'), or past the one that opens or closes a
    quotation running over several sentences. A mark stays when another single mark in
    between quotes or may close ("'Yes' was all she said.", "He said, 'No.'")."""
    opens = start + 1 < end and text[start] in "'‘" and _opens_single(text, start, start, end)
    closes = (
        end - 1 > start
        and text[end - 1] in "'’"
        and text[end - 2] in _SENTENCE_END
        and not (opens and end - 1 == start + 1)
    )
    inner_start, inner_end = start + opens, end - closes
    for mark in _SINGLE_MARK.finditer(text, inner_start, inner_end):
        at = mark.start()
        if _opens_single(text, at, inner_start, inner_end) or _closes_single(
            text, at, inner_start, inner_end, True
        ):
            return start, end
    return inner_start, inner_end


_DOUBLE_MARK = re.compile('["“”]')
_SINGLE_MARK = re.compile("['‘’]")
_DOUBLED = {"'": '"', "‘": "“"}
_SENTENCE_END = ".,!?;:…"
#: Words a leading apostrophe shortens ("'em", "'n'", "'til") and two-digit years ("'90s").
_ELISION = re.compile(r"(?:em|n|til|cause|tis|twas|bout|round|\d\d(?!\d))(?!\w)|\d\ds\b", re.I)


def quote_balance(text: str) -> int:
    """+1 if ``text`` opens a quotation it does not close, -1 if it closes one it did not
    open, else 0 (curly quotes counted, straight ones paired).

    An odd straight mark left over opens when its last one does: at the start, or after a
    blank with a capital or a digit after it ('Ruiz wrote: "We had no choice.'); else it
    closes one ('The bridge was unsafe."', and spaced copy's 'as it was, "she wrote.')."""
    opened = text.count("“") - text.count("”")
    if opened:
        return 1 if opened > 0 else -1
    if text.count('"') % 2:
        stripped = text.strip()
        return 1 if _opens(stripped, stripped.rindex('"')) else -1
    return 0


def _opens(text: str, mark: int) -> bool:
    """Whether the straight quotation mark at ``mark`` opens a quotation."""
    if mark == 0:
        return True
    after = text[mark + 1] if mark + 1 < len(text) else " "
    return (text[mark - 1].isspace() or text[mark - 1] in "([{—–") and (
        after.isupper() or after.isdigit()
    )


def _is_boundary(text: str, match: re.Match[str], line_end: int) -> bool:
    following = _NEXT.match(text, match.end(), line_end)
    if following is None:
        return False  # nothing after it on this line: the line end closes the sentence
    first = following.group(2)
    if first.islower():
        return False  # "... for now," she said / "U.S. officials" continue the sentence
    if first in _CLOSING_QUOTES and _lower_after(text, following.end(2), line_end):
        return False  # a quotation closed after a space ('pardon? " reads one'): it goes on
    punctuation = match.group(0).rstrip("\"”’')]")
    if not punctuation.endswith("."):
        return True
    token = _TOKEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if token is None:
        return True
    return not _abbreviation_holds(token.group(1), text, following)


#: Quotation marks that close a quotation set off by spaces in tokenized copy ('? " reads').
_CLOSING_QUOTES = frozenset('"”')
# (the look-behind: a scan tries it only at a blank run's first blank, as ``_NEXT``)
_SPACED_WORD = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+(\S)")


def _lower_after(text: str, position: int, line_end: int) -> bool:
    """The next word after ``position``, past blanks, starts in lower case."""
    word = _SPACED_WORD.match(text, position, line_end)
    return word is not None and word.group(1).islower()


def _abbreviation_holds(token: str, text: str, following: re.Match[str]) -> bool:
    """Whether the period after ``token`` belongs to an abbreviation that continues."""
    word = token.lower().rstrip(".")
    prepositive, ordinary, states = _abbreviations()
    if word in prepositive:
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "Jonas E. Smith"
    next_word = _word_at(text, following.start(2))
    if word in states and _clause_after_place(text, following.start(2) + len(next_word)):
        return False
    if word in ordinary or "." in word:
        # "Jan. 5", "U.S. Senate" continue; "in the U.S. The next day" ends, and so does
        # "... for the U.S. It's not" (a starter with a contraction on it)
        return next_word not in _STARTERS and _CONTRACTED.sub("", next_word) not in _STARTERS
    return False


#: A contraction at a word's end ("It's", "They're", "That’ll"), cut to find the word.
_CONTRACTED = re.compile(r"['’](?:s|re|ll|d|ve|m)$")


#: After "Concord, Calif. Dukes" (or "Calif. Betty Dukes"), a verb that makes the name the
#: subject of a new sentence.
_CLAUSE_VERB = re.compile(
    r"(?<![ \t])(?:[ \t]+[A-Z][\w’'-]*){0,2}"
    r"[ \t]+(?:is|was|are|were|has|had|have|said|says|will|would|did|does)\b"
)


def _clause_after_place(text: str, after_next_word: int) -> bool:
    """The word after a state's abbreviation is followed by a finite verb ("Calif. Dukes
    is ..."): a new sentence, not a longer name ("Calif. Police Department")."""
    return _CLAUSE_VERB.match(text, after_next_word) is not None


def _word_at(text: str, position: int) -> str:
    match = _WORD.match(text, position)
    return match.group(0) if match else ""


def _stripped(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    if end - start <= MAX_SENTENCE:
        return [Sentence(start, end)]
    return _cut_long(text, start, end)


def _cut_long(text: str, start: int, end: int) -> list[Sentence]:
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        pieces += _stripped(text, start, cut)
        start = cut
    return pieces + _stripped(text, start, end)
