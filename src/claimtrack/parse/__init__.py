"""Parse stage: an Article's text -> atomic, stand-alone Claims with their attributes.

The package has one module per concern, in the order ``build`` (assembly) uses them:

- ``sentences`` splits the text; ``noise`` drops adverts, prompts, credits, bylines,
  signatures and headings; ``headlines`` reads a headline's verb; ``kinds`` tells fact,
  opinion, question and meta apart;
- ``attribution`` finds who says a statement, ``speakers`` cleans the words found to a
  name, ``tags`` reads tags that cut into or follow a statement, and ``referents`` says
  whom a pronoun means;
- ``split`` cuts a statement into atomic clauses (``dashes`` sets asides apart, ``view``
  keeps each clause's words as pieces of the article text);
- the attributes: ``certainty``, ``negation``, ``numbers`` (with ``tallies``), ``dates``
  and ``entities``.

Shared below them: ``grammar`` (where a subject ends and its verb starts), ``lemmas``,
``tables`` (the word lists of ``claimtrack/data``), ``scan`` (cheap pre-checks before big
patterns) and ``trusted`` (results built without re-validation). The attribute extractors
are pure functions other stages may call on any text.
"""

from __future__ import annotations

from claimtrack.parse.build import parse_article, parse_statement
from claimtrack.parse.dates import find_dates
from claimtrack.parse.entities import find_entities
from claimtrack.parse.negation import find_negation
from claimtrack.parse.noise import find_post_signature
from claimtrack.parse.numbers import find_numbers

#: Bump whenever parser output changes: the parse cache is keyed on it.
PARSER_VERSION = "2.52"

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
