"""Two claims that share no event frame and at most one word, each with words of its own, are
no one statement however the model scores their wording (``match.score.one_word_apart``)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims, match
from claimtrack.match.score import one_word_apart
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The line has a history of problems.", "The cutting itself is a piece of history."),
        (
            "The Progress Party has disputed that account.",
            "The Progress Party was considering its options.",
        ),
    ],
)
def test_one_shared_word_without_a_frame_is_apart(first: str, second: str) -> None:
    a, b = _key(first), _key(second)
    assert one_word_apart(a, b)
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), [a, b], options)
    assert pair.similarity <= 0
    assert pair.other_parties
    assert not match.same_fact(pair, options)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two shared words
        ("The line has a long history of problems.", "The line has had problems for years."),
        # a claim with too few words of its own
        ("The bridge reopened.", "The bridge reopened to traffic on Monday morning."),
        # a shared figure ties two short claims
        ("The works are worth an estimated $30 million.", "The paintings are valued at $30m."),
        # a time in either claim: one occasion, maybe a date conflict
        (
            "Workers learned of the closure at a meeting on Tuesday.",
            "Staff were told of the decision at a meeting on Monday morning.",
        ),
        (
            "Crowds gathered outside the station on Tuesday.",
            "The station was shut to passengers on Monday morning.",
        ),
        # a shared act class: one act, maybe denied by the other
        ("Police arrested a man in connection with the theft.", "No arrests have been made."),
    ],
)
def test_more_shared_words_or_a_short_claim_are_not_apart(first: str, second: str) -> None:
    assert not one_word_apart(_key(first), _key(second))
