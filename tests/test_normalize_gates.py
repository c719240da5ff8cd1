"""Cheap screens in front of normalize's and the matcher's regexes give exactly what the
unscreened code gives: each is compared here with its plain version on seeded random texts
built from the characters and words that matter to it, and on hand-written cases."""

from __future__ import annotations

import random

import pytest

from claimtrack import normalize

_NUMBER_SIGN_PIECES = [
    *"No no No. no. NO nO No, no, 7 12 3.5 the shirt wore , . ( won't Nobody nor".split(),
    *"Norway snow No.9 no.4 number Nos. Ana Ruiz kept".split(),
    "\t",
    "",
]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        joiners = [rng.choice([" ", "", " \t", "  "]) for _ in range(14)]
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 14))]
        texts.append("".join(w + j for w, j in zip(words, joiners, strict=False)))
    return texts


@pytest.mark.parametrize(
    "text",
    [
        "She wore the No. 9 shirt.",
        "He wore the No 10 jersey at the club.",
        "the no.4 seed lost",
        "Tickets, No 7 and 8, sold out.",
        "No deal was reached on Monday.",
        "There is no. 5 here",
    ],
)
def test_a_text_with_a_number_sign_passes_the_screen(text: str) -> None:
    assert normalize._may_hold_number_sign(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed at noon on Tuesday.",
        "Snow closed 12 roads in Lisvik.",
        "NO. 5 was retired",
        "nobody came",
    ],
)
def test_a_text_without_no_or_no_dot_fails_the_screen(text: str) -> None:
    assert not normalize._may_hold_number_sign(text)


def test_number_sign_screen_never_hides_a_match() -> None:
    texts = _random_texts(_NUMBER_SIGN_PIECES, 20_000, seed=53)
    found = [t for t in texts if normalize._NUMBER_SIGN.search(t)]
    assert len(found) > 500  # the random texts do hold number signs
    assert all(normalize._may_hold_number_sign(t) for t in found)


def test_fold_text_with_the_screen_equals_the_old_screen() -> None:
    """``fold_text`` as it was (the search behind an "o" test) gives the same text."""
    tables = normalize.load_tables(None)

    def reference(text: str) -> str:
        if "o" in text and normalize._NUMBER_SIGN.search(text):
            text = normalize._NUMBER_SIGN.sub("number", text)
        return tables.alias_folding.fold(text)

    for text in _random_texts(_NUMBER_SIGN_PIECES, 5_000, seed=54):
        assert normalize.fold_text(text, (), tables) == reference(text)
