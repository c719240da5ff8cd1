"""Getting away from where one was held, told as "escaped", "got out of", "broke free" or
"broke loose": one predicate class (data/predicates.txt, "escape")."""

from __future__ import annotations

import pytest

from claimtrack.normalize import normalize_text

ESCAPE = "@escape"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bear escaped from its pen on Friday.",
        "The bear got out of its pen on Friday night.",
        "Two inmates broke free during a transfer.",
        "The bull broke loose at the show.",
    ],
)
def test_an_escape_keys_as_one_class(sentence: str) -> None:
    assert ESCAPE in normalize_text(sentence).text.split()


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver got out and walked away.",  # leaving a car, no "of"
        "Word got out on Monday.",  # news leaking
        "Fighting broke out in the north.",  # a start
        "The minister broke the news.",
    ],
)
def test_other_gettings_out_are_no_escape(sentence: str) -> None:
    assert ESCAPE not in normalize_text(sentence).text.split()
