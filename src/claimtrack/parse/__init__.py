"""Parse stage: an Article's text -> atomic, stand-alone Claims with their attributes.

The package has one module per concern: ``sentences`` (splitting), ``noise`` (adverts,
bylines, signatures, datelines), ``attribution``, ``certainty``, ``negation``, ``numbers``,
``dates``, ``entities``, ``kinds``, ``split`` (atomic clauses) and ``build`` (assembly).
Word lists live in ``claimtrack/data``. The attribute extractors are pure functions other
stages may call on any text.
"""

from __future__ import annotations

from claimtrack.parse.build import parse_article, parse_statement
from claimtrack.parse.dates import find_dates
from claimtrack.parse.entities import find_entities
from claimtrack.parse.negation import find_negation
from claimtrack.parse.noise import find_post_signature
from claimtrack.parse.numbers import find_numbers

#: Bump whenever parser output changes: the parse cache is keyed on it.
PARSER_VERSION = "2.30"

__all__ = [
    "PARSER_VERSION",
    "find_dates",
    "find_entities",
    "find_negation",
    "find_numbers",
    "find_post_signature",
    "parse_article",
    "parse_statement",
]
