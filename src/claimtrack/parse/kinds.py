"""What a statement is: fact, opinion, question, meta (about the text itself) or boilerplate.

Cue lists live in ``data/opinion.txt`` and ``data/meta.txt``. The result carries a short
human reason for ``claims --all`` ("opinion: 'must'").
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.models import Kind
from claimtrack.parse import tables

_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|we|We|our|Our|us|my|My|me)(?![\w’'])")
_QUESTION_END = re.compile(r"\?[\"”’')\]]*$")


@lru_cache(maxsize=1)
def _opinion() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("opinion.txt"))


@lru_cache(maxsize=1)
def _meta() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("meta.txt"))


def classify(text: str, attributed: bool = False) -> tuple[Kind, str | None]:
    """The kind of ``text`` and, unless it is a fact, why (a short reason with the cue)."""
    stripped = text.strip()
    if _QUESTION_END.search(stripped):
        return Kind.QUESTION, "question"
    lower = tables.lowered(stripped)
    meta = _meta().search(lower)
    if meta:
        return Kind.META, f"about the text: '{meta.group(0).lower()}'"
    opinion = _opinion().search(lower)
    if opinion:
        return Kind.OPINION, f"opinion: '{' '.join(opinion.group(0).lower().split())}'"
    if not attributed and _FIRST_PERSON.search(stripped) and not _has_quote(stripped):
        return Kind.OPINION, "opinion: first-person comment"
    return Kind.FACT, None


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '"“”')
