"""Vague quantities ("several", "many") tie no two claims to one fact by frame similarity
alone (``table.untying_words``): they say how many, never what. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import match
from claimtrack.match import table
from claimtrack.options import Options
from pair_helpers import assert_alike_but_not_one_fact, scored


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Protests could continue for several weeks.", "Several trains were delayed."),
        ("Many roads remained closed.", "Many shops stayed open."),
    ],
)
def test_a_vague_quantity_alone_ties_nothing(a: str, b: str) -> None:
    assert_alike_but_not_one_fact(scored(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Several trains were delayed on the northern line.",
            "Operators delayed several trains on the northern line.",
        ),
        (
            "Several bridges were closed after the flood.",
            "Officials said many bridges remain shut because of flood damage.",
        ),
    ],
)
def test_a_word_besides_still_ties(a: str, b: str) -> None:
    assert match.same_fact(scored(a, b), Options())


def test_the_words_are_keyed_as_tokens() -> None:
    words = table.untying_words()
    assert {"several", "many", "dozen"} <= words
    # "scores" and "tens" are verbs or figures too: not listed
    assert "scor" not in words
