"""A shared name counts once, however many words it has, in the words that tie a pair of
claims to one fact by frame similarity alone (``frames.tying_words``): "Wal-Mart" is two
tokens, and a claim that shares nothing else with another shares whom, not what."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match import frames, names
from claimtrack.normalize import MatchKey
from claimtrack.options import Options


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    _, _, key_a, key_b = statement_keys(a, b, Options())
    return key_a, key_b


def _ties(a: str, b: str) -> int:
    key_a, key_b = _keys(a, b)
    return frames.tying_words(key_a, key_b, frames.STRONG_SIMILARITY)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a hyphenated name: two tokens, one name, and nothing else shared
        ("Business groups have lined up with Wal-Mart.", "Wal-Mart was ahead of the other chains."),
        ("Farm groups have sided with Coca-Cola.", "Coca-Cola was ahead of the other brands."),
        # one person with a title, told twice: whom, not what
        (
            "Defense Secretary Jim Mattis returned to the Pentagon.",
            "Defense Secretary Jim Mattis will retire.",
        ),
    ],
)
def test_one_name_of_several_words_shared_alone_does_not_tie(a: str, b: str) -> None:
    assert _ties(a, b) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two names, even when the parser joined them into one ("Kim and Moon")
        ("Kim and Moon shook hands.", "Moon greeted Kim warmly."),
        ("Alvarez met Diaz.", "Diaz welcomed Alvarez."),
        ("Tom Ruiz met Ana Diaz.", "Ana Diaz hosted Tom Ruiz."),
        # a name and a plain word
        (
            "Business groups have lined up with Wal-Mart.",
            "Several business groups filed briefs backing Wal-Mart.",
        ),
    ],
)
def test_two_names_or_a_name_and_a_word_still_tie(a: str, b: str) -> None:
    assert _ties(a, b) >= 1


def test_names_shared_counts_a_name_once_as_the_claim_that_reads_it_best() -> None:
    # one side took "Wal-Mart" for a name, the other (it opens the sentence) did not
    key_a, key_b = _keys("Shoppers crowded Wal-Mart on Friday.", "Wal-Mart cut prices.")
    assert names.names_shared(key_a, key_b) == 1
    assert "wal" not in names.plain_words(key_a)
    assert "wal" in names.plain_words(key_b)


def test_the_scorer_counts_tying_words_as_the_pair_function_does() -> None:
    texts = [
        "Business groups have lined up with Wal-Mart.",
        "Wal-Mart was ahead of the other chains.",
        "Several business groups filed briefs backing Wal-Mart.",
        "Kim and Moon shook hands.",
        "Moon greeted Kim warmly.",
        "Defense Secretary Jim Mattis returned to the Pentagon.",
        "Defense Secretary Jim Mattis will retire.",
    ]
    keys = [_keys(t, t)[0] for t in texts]
    pairs = np.array(
        [(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys))], dtype=np.int32
    )
    scored = match.score_pairs(pairs, keys, Options())
    assert len(scored) > 3
    strong = 0
    for pair in scored:
        if pair.similarity >= frames.STRONG_SIMILARITY:
            strong += 1
            expected = frames.tying_words(keys[pair.left], keys[pair.right], pair.similarity)
            assert pair.shared == expected, (texts[pair.left], texts[pair.right])
    assert strong >= 3
