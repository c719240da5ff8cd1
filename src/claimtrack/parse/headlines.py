"""Headlines: the verb a headline states its news with ("Trump postpones tariffs"), and the
figures a title-case headline capitalises like names ("Paid $9 Million in Seven Years").

A short line without final punctuation and without a verb is dropped as a section heading
("Latest Videos", "Related Coverage"). The body's grammar knows the common news verbs of
``verbs.txt`` only, and a longer list there changes how every body sentence is read; a
headline, though, is the one line where an unknown verb costs a whole claim. So a line that
looks like a heading is read once more against ``headline_verbs.txt``, with the rules the
grammar applies to a known verb: an inflected form ("postpones", "hears") after any word but
a determiner ("the hints"), a base form ("read") after a plural subject ("Republicans read").
The first word is never the verb: a heading that opens with one ("Read more") stays a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from claimtrack.models import Entity, NumberMention
from claimtrack.parse import tables
from claimtrack.parse.grammar import AUXILIARIES, NAME_LIKE_MODALS, has_verb, reads_as_modal
from claimtrack.parse.lemmas import irregular_lemmas, noun_lemma, verb_lemma

#: Words a headline verb never follows: an article, a possessive or a preposition makes the
#: next word a noun ("the hints", "for extends").
_NOUN_MARKERS = frozenset(
    "the a an its their his her our your this that these those some any no every each "
    "of by for to with from in on at as than all more most".split()
)
_WORD = re.compile(r"[\w’'-]+")


#: Most lines above a headline line: a kicker, the title and a deck ("Mayor postpones vote"
#: under "Bridge row"), or a byline.
MASTHEAD_LINES = 3
_SENTENCE_END = ".!?…"


def in_masthead(text: str, start: int) -> bool:
    """Whether the line at ``start`` is among the lines that open the article before its
    first full sentence (title, deck): no line above it ends a sentence."""
    # Read upwards line by line (a section heading deep in a long article reads only the
    # few lines above it, not the whole text).
    seen = 0
    end = start
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].rstrip()
        if line:
            if line[-1] in _SENTENCE_END or seen == MASTHEAD_LINES:
                return False
            seen += 1
        end = line_start - 1
    return True


#: A title that names a topic and promises to explain it ("Harbour tax rise: what it means
#: for your rent", "Selby flood: how it happened", "Ferry fares: what you need to know"): a
#: label, a colon, then a clause opened by a question word and a pronoun (the topic, the
#: writer or the reader) or a verb of what is to come, no question mark. A clause with a
#: subject of its own tells news ("Film awards: why Lena Moss turned the prize down").
_EXPLAINER = re.compile(
    r"(?P<label>[^:\"“”?]{2,80}):[ \t]+"
    r"(?P<wh>[Ww]hat|[Hh]ow|[Ww]hy|[Ww]here|[Ww]ho)[ \t]+"
    r"(?:it|this|that|we|you|they|happens|happened|comes|changes)\b[^?:]{0,200}"
)
_FORM_OF_BE = re.compile(r"\b(?:is|was|are|were)\b|['’]s\b", re.I)
#: Most words in an explainer title's label: a topic ("Aldera rate rise"), not a sentence.
MAX_EXPLAINER_LABEL_WORDS = 6


def explainer_title(text: str) -> str | None:
    """The question word of a title that labels a topic and promises to explain it
    ("Harbour tax rise: what it means for your rent"), or None. It points at the article
    and states nothing a reader could check; a label with a verb of its own ("Ferry
    strike ends: what comes next") states its news and is no such title."""
    found = _EXPLAINER.fullmatch(text.rstrip(" \t.!"))
    if found is None:
        return None
    label = found.group("label").strip()
    if len(label.split()) > MAX_EXPLAINER_LABEL_WORDS:
        return None
    if has_verb(label) or has_headline_verb(label):
        return None
    wh = found.group("wh").lower()
    if wh in ("what", "who") and _FORM_OF_BE.search(text, found.start("wh")):
        return None  # "Mayor Lind: what we need is a new bridge": the clause is a subject
    return wh


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """The base forms of ``data/headline_verbs.txt``."""
    return tables.words("headline_verbs.txt")


def has_headline_verb(text: str) -> bool:
    """Whether a word after the first of ``text`` (a headline in sentence case, or one in
    title case already lowered by the caller) is a headline verb in context."""
    words = _WORD.findall(text)
    return any(_headline_verb(word, previous.lower()) for previous, word in pairwise(words))


def _headline_verb(word: str, previous: str) -> bool:
    """``word`` is an inflected headline verb, or its base form after a plural subject."""
    if not word[:1].islower() or previous in _NOUN_MARKERS or word.endswith("ing"):
        return False  # an -ing form is a noun or a participle ("Hearing", "Trade talks looming")
    lemma = irregular_lemmas().get(word, word)
    if lemma == word:
        lemma = verb_lemma(word)
    if lemma not in headline_verbs():
        return False
    if lemma != word:
        return True
    return previous.endswith("s") and not previous.endswith(("'s", "’s", "ss"))


#: A word, for cutting a title-case name around a figure.
_NAME_WORD = re.compile(r"\S+")
#: Words a name neither starts nor ends with once a figure is cut out of it ("of", "in").
_LINKS = frozenset("of in on for to at by and or over under about than from with".split())


# Cached: the noise checks, the mentions and the attribution ask it of a sentence, and
# building a claim asks it of the claim's text, the same text when nothing was split off.
@lru_cache(maxsize=1024)
def is_title_case(text: str) -> bool:
    """A line written in title case: at least two in three of its words that start with a
    letter are capitalised (title case leaves "of" and "in" lower-case)."""
    if text.isascii():
        # Most text: each character mapped to its class in one C pass, then the words that
        # open with a capital or a small letter counted as the pairs "blank, class" (a word
        # starts after the last blank of a run). A list of words cost about 5x more.
        encoded = text.encode("ascii")
    elif _BEYOND_MARKS.search(text) is None:
        # Curly quotes and dashes (most other text): each one "?", no letter and no blank
        # as it was, so the words and their first letters are the same.
        encoded = text.encode("ascii", "replace")
    else:
        words = [word for word in text.split() if word[:1].isalpha()]
        return len(words) >= 3 and sum(word[:1].isupper() for word in words) * 3 >= len(words) * 2
    classes = (b" " + encoded).translate(_ASCII_CLASSES)
    capitals, small = classes.count(b" A"), classes.count(b" a")
    letters = capitals + small
    return letters >= 3 and capitals * 3 >= letters * 2


#: A character that is neither ASCII nor one of the marks news writes outside ASCII
#: (quotation marks, dashes, the ellipsis, bullets, currency and other signs: none is a
#: letter or a blank).
_BEYOND_MARKS = re.compile(r"[^\x00-\x7f’‘“”—–…•€£©®™°·]")


def _ascii_classes() -> bytes:
    """Byte table: what ``str.split`` splits at becomes a space, a capital "A", a small
    letter "a", anything else "-"."""
    table = bytearray(b"-" * 256)
    for code in range(128):
        char = chr(code)
        if char.isspace():
            table[code] = ord(" ")
        elif char.isalpha():
            table[code] = ord("A") if char.isupper() else ord("a")
    return bytes(table)


_ASCII_CLASSES = _ascii_classes()


#: A capitalised word ("Won't" whole) and, looked ahead at, the word after it.
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b(?=\W+([\w'’-]+)|)")
#: The cue lists whose words a title-case headline capitalises ("Will", "Reportedly").
_CUE_LISTS = ("negation.txt", "hedges.txt", "planned.txt", "conditional.txt")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word of the cue lists and the auxiliaries ("is" of "Is Set To")."""
    words = set(AUXILIARIES)
    for name in _CUE_LISTS:
        for phrase in tables.words(name):
            words.update(phrase.split())
    return frozenset(words)


def title_cues(text: str, modals_only: bool = False) -> str:
    """``text``, a line written in title case (``is_title_case``: "Bakery Will Stop Selling
    Bread"), with the capitalised words of the cue lists in lower case, so that the readers
    of certainty and negation, which take a capitalised "Will" or "May" for a name or a
    month and a capitalised "Reportedly" for no cue, see them; names stay as written ("Will
    Smith Stops Selling Wine": "Will" comes before no verb). Same length as ``text``: cue
    offsets hold. ``modals_only``: just "Will" and "May", for the grammar, which reads the
    other capitalised auxiliaries already and would take a lowered "Alleged" for a verb."""
    return _TITLE_WORD.sub(_as_modal if modals_only else _as_cue, text)


#: A capitalised word, as a title writes a verb ("Says").
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def title_speech(text: str) -> str:
    """``text``, a line written in title case ("Mayor Says Budget Is Balanced"), with its
    capitalised verbs of saying (``data/title_speech_verbs.txt``), "That" and the pronouns
    in lower case, for the attribution patterns, which read those in lower case. Same
    length as ``text``. Words that title case makes ambiguous stay out of the list:
    "Reports", "Claims", "States" and "Shows" are nouns as often ("Insurance Claims Rise")."""
    return _CAPITALISED.sub(_as_speech_verb, text)


#: What title case capitalises after a verb of saying, that the patterns read in lower case:
#: the complementiser and the pronouns ("Says That ...", "Told Reporters He ...").
_AFTER_SPEECH = frozenset("that he she it they we i".split())


def _as_speech_verb(match: re.Match[str]) -> str:
    word = match.group(0)
    lower = word.lower()
    if lower in _AFTER_SPEECH or lower in tables.words("title_speech_verbs.txt"):
        return lower
    return word


def _as_cue(match: re.Match[str]) -> str:
    word = match.group(0)
    lower = word.lower()
    if lower in NAME_LIKE_MODALS:
        return _as_modal(match)
    return lower if lower in _cue_words() else word


def _as_modal(match: re.Match[str]) -> str:
    word = match.group(0)
    lower = word.lower()
    if lower in NAME_LIKE_MODALS and reads_as_modal(match.group(1) or ""):
        return lower
    return word


def figures_out_of_names(
    text: str, offset: int, numbers: Sequence[NumberMention], entities: Sequence[Entity]
) -> list[Entity]:
    """``entities`` of a title-case line (``text``, starting at ``offset`` in the article)
    with the figures cut out: title case capitalises "Seven Years" and "$9 Million" as it
    does a name, so the name finder reads "Paid $9 Million in Seven Years" as names and the
    figures are lost to them. A figure and the word it counts right after it ("Seven
    Years", "30 Days") are no part of a name there; what is left of a name around them
    stays when it still holds a capitalised word that is no linking word."""
    figure = _figure_spans(text, offset, numbers)
    kept: list[Entity] = []
    for entity in entities:
        if not any(start < entity.end and entity.start < end for start, end in figure):
            kept.append(entity)
            continue
        rest = _outside(entity, figure)
        if rest is not None:
            kept.append(rest)
    return kept


def _figure_spans(
    text: str, offset: int, numbers: Sequence[NumberMention]
) -> list[tuple[int, int]]:
    """Article spans of each figure with its unit: the unit written right after it ("Seven
    Years", "30 Days": the word the number finder took the unit from), or within it ("$9
    Million", "12 Percent"). A bare number that ends or starts a name ("Capital One",
    "3600 Las Vegas Blvd") is no figure here, nor is a word after a figure that is not its
    unit ("$2 Million Bugatti")."""
    spans: list[tuple[int, int]] = []
    for number in numbers:
        end = number.end - offset
        counted = _NAME_WORD.match(text, _skip_blanks(text, end))
        if (
            number.unit
            and counted is not None
            and counted.start() - end == 1
            and noun_lemma(counted.group().rstrip(",.:;")) == number.unit
        ):
            spans.append((number.start, counted.end() + offset))
        elif " " in number.text.strip():
            spans.append((number.start, number.end))
    return spans


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


_Word = tuple[int, int, str]


def _outside(entity: Entity, figure: Sequence[tuple[int, int]]) -> Entity | None:
    """The entity without the figures that end it ("Earnings of $9 Million" -> "Earnings")
    or that it starts inside ("Percent In First Poll" of "12 Percent In First Poll" ->
    "First Poll"), trimmed of linking words, as a name by itself; None when no capitalised
    word is left. A name that goes on past a figure it starts with ("Three Mile Island") or
    holds ("Apollo 11 Crew") is left whole."""
    words: list[_Word] = [
        (entity.start + m.start(), entity.start + m.end(), m.group())
        for m in _NAME_WORD.finditer(entity.text)
    ]
    inside = [any(s < end and start < e for s, e in figure) for start, end, _ in words]
    if inside[0] and any(s < entity.start < e for s, e in figure):
        # It starts inside a figure: the words from the first one outside it.
        first_out = inside.index(False) if False in inside else len(words)
        words, inside = words[first_out:], inside[first_out:]
        if True not in inside:
            return _named(entity, _trimmed(words))
    first = inside.index(True)
    tail = zip(words[first:], inside[first:], strict=True)
    if not all(overlaps or word.lower() in _LINKS for (_, _, word), overlaps in tail):
        return entity
    return _named(entity, _trimmed(words[:first]))


def _trimmed(words: list[_Word]) -> list[_Word]:
    """``words`` without linking words at either end."""
    start, end = 0, len(words)
    while start < end and words[start][2].lower() in _LINKS:
        start += 1
    while end > start and words[end - 1][2].lower().rstrip(",") in _LINKS:
        end -= 1
    return words[start:end]


def _named(entity: Entity, words: list[_Word]) -> Entity | None:
    """The part of ``entity`` its ``words`` span, as a name by itself, if one of them is a
    capitalised word that is no auxiliary ("Won't Be" of "Won't Be Six Days" is no name)."""
    if not any(word[:1].isupper() and not _auxiliary(word) for _, _, word in words):
        return None
    start, end = words[0][0], words[-1][1]
    text = entity.text[start - entity.start : end - entity.start].rstrip(",")
    if text == entity.text:
        return entity
    return Entity(text=text, canonical=text, start=start, end=start + len(text))


def _auxiliary(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    return lower in AUXILIARIES or lower.endswith("n't")
