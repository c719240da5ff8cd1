"""Verb forms the subject's end is found by.

- "owns", "lives", "owes", "lacks" are verbs: "The man, who runs the shop, owns a boat"
  cuts its relative, and "lives" is the verb "live", not the noun "life" of the lemma table.
- "lived" after "was born ... and" is a verb of its own: "live" has no passive.
- An -s form right after a plural quantifier or a figure's word is a noun ("Two lives were
  lost", "Many plans were dropped", "16 million lives"), not after "one", "all" or digits
  ("One says", "It all comes down to", "iOS 8 appears").

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from claimtrack.parse.lemmas import verb_lemma
from parse_helpers import parse


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.subject) for c in parse(text)]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        *[("lives", "live"), ("lived", "live"), ("owns", "own"), ("owes", "owe")],
        *[("lacks", "lack"), ("rescued", "rescue"), ("rescuing", "rescue"), ("valued", "value")],
        *[("subdued", "subdue"), ("queued", "queue"), ("bought", "buy"), ("glued", "glue")],
    ],
)
def test_verb_lemmas(word: str, lemma: str) -> None:
    assert verb_lemma(word) == lemma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The man, who runs the shop, owns a boat.",
            [("The man owns a boat.", "The man"), ("The man runs the shop.", "The man")],
        ),
        (
            "The baker, who asked not to be named, lives in Varna.",
            [
                ("The baker lives in Varna.", "The baker"),
                ("The baker asked not to be named.", "The baker"),
            ],
        ),
        (
            "The guide was born in Varna and lived in Lyon.",
            [
                ("The guide was born in Varna.", "The guide"),
                ("The guide lived in Lyon.", "The guide"),
            ],
        ),
        ("The club owes its players two months of wages.", None),
    ],
)
def test_own_live_owe(text: str, expected: list[tuple[str, str]] | None) -> None:
    claims = _claims(text)
    if expected is None:
        assert claims == [(text, "The club")]
    else:
        assert claims == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Two lives were lost in the fire.", "Two lives"),
        ("Many plans were dropped.", "Many plans"),
        ("Several strikes hit the port.", "Several strikes"),
        ("Most reports said the ferry left.", None),
        ("At least five attacks have occurred since May.", "At least five attacks"),
        # not after "one", "all" or digits
        ("It all comes down to the vote.", "It"),  # "all" floats: no part of the subject
        ("A film from 1937 shows the old port.", "A film from 1937"),
        ("One runs the shop.", "One"),
    ],
)
def test_an_s_form_after_a_quantifier(text: str, subject: str | None) -> None:
    [claim] = parse(text)
    if subject is not None:
        assert claim.subject == subject
    else:
        assert claim.attribution == "Most reports"
