"""Two refusals to tell that leave different questions open are two things untold, never one
fact (``match.untold.questions_apart``)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims, match
from claimtrack.match.untold import questions_apart, untold_questions
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    (claim,) = extract_claims(sentence)
    return normalize_claim(claim)


def test_the_question_words_of_a_refusal() -> None:
    assert untold_questions(_key("The firm did not say how many tickets were sold.")) == {
        "how many"
    }
    assert untold_questions(_key("Police declined to say if the driver was charged.")) == {
        "whether"
    }
    assert untold_questions(_key("It is unclear why the reactor shut down.")) == {"why"}
    assert untold_questions(_key("The firm sold more tickets than allowed.")) == frozenset()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The company did not say how the fault had arisen.",
            "The company did not say when new packs would arrive.",
        ),
        (
            "Police declined to say whether the driver had been charged.",
            "Police declined to say where the driver was being held.",
        ),
        (
            "The council would not disclose how much the repairs would cost.",
            "The council would not say when the repairs would start.",
        ),
        (
            "The airline did not say how many flights were cancelled.",
            "The airline did not explain why the flights were cancelled.",
        ),
    ],
)
def test_two_refusals_of_different_questions_are_apart(first: str, second: str) -> None:
    a, b = _key(first), _key(second)
    assert questions_apart(a, b)
    assert questions_apart(b, a)
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), [a, b], options)
    assert pair.other_parties
    assert not match.same_fact(pair, options)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one question, two wordings
        (
            "The company did not say how many tickets had been sold for the crossing.",
            "The company would not disclose how many tickets it sold for the crossing.",
        ),
        # "if" asks what "whether" asks
        (
            "Police declined to say whether the driver had been charged.",
            "Police would not say if the driver had been charged.",
        ),
        # only one claim is a refusal: left to ``told_apart``
        (
            "The company did not say how the fault had arisen.",
            "The fault arose in a packing machine.",
        ),
    ],
)
def test_refusals_of_one_question_are_not_kept_apart_by_the_rule(first: str, second: str) -> None:
    assert not questions_apart(_key(first), _key(second))
