"""What a statement is: fact, opinion, question, meta (about the text itself) or boilerplate.

Cue lists live in ``data/opinion.txt`` and ``data/meta.txt``. The result carries a short
human reason for ``claims --all`` ("opinion: 'must'").
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.models import Kind
from claimtrack.parse import tables

# A whole word: each alternative starts with its word and looks behind for a word
# character, so ``re`` jumps between candidate first letters (about 2x faster than a
# leading look-behind, which is tried at every character).
_FIRST_PERSON = re.compile(
    "|".join(
        rf"{word}(?<![\w’']{word})(?![\w’'])" for word in "I we We our Our us my My me".split()
    )
)
# A headline labelled as comment ("Opinion: ...", "Analysis: ...") is the writer's view.
_OPINION_LABEL = re.compile(
    r"(?:#{1,6}[ \t]+)?(Opinion|Analysis|Commentary|Editorial|Column|Op-[Ee]d|Viewpoint|"
    r"Perspective|OPINION|ANALYSIS|COMMENTARY|EDITORIAL)[ \t]*:"
)
_QUESTION_END = re.compile(r"\?[\"”’')\]]*$")


@lru_cache(maxsize=1)
def _opinion() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("opinion.txt"))


@lru_cache(maxsize=1)
def _meta() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("meta.txt"))


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    return _meta().first_words | _opinion().first_words


def classify(text: str, attributed: bool = False) -> tuple[Kind, str | None]:
    """The kind of ``text`` and, unless it is a fact, why (a short reason with the cue)."""
    stripped = text.strip()
    if _QUESTION_END.search(stripped):
        return Kind.QUESTION, "question"
    label = _OPINION_LABEL.match(stripped)
    if label:
        return Kind.OPINION, f"opinion: labelled '{label.group(1).lower()}'"
    lower = tables.lowered(stripped)
    words = tables.word_set(lower)
    # Neither list finds a cue without one of its key words: one set test for both.
    if not _key_words().isdisjoint(words):
        meta = _meta().search(lower, words)
        if meta:
            return Kind.META, f"about the text: '{_plain(meta.group(0))}'"
        opinion = _opinion().search(lower, words)
        if opinion:
            return Kind.OPINION, f"opinion: '{_plain(opinion.group(0))}'"
    if not attributed and _FIRST_PERSON.search(stripped) and not _has_quote(stripped):
        return Kind.OPINION, "opinion: first-person comment"
    return Kind.FACT, None


def _plain(cue: str) -> str:
    return " ".join(cue.lower().replace("’", "'").split())


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '"“”')
