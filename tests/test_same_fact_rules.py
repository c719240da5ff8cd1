"""Same fact in other words: office synonyms, retiring from a post, and precise figures that
tie two sentences to one fact (without ever making them the same statement)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import compare_claims, match
from claimtrack.match import score
from claimtrack.normalize import normalize_text
from claimtrack.options import Options


@pytest.mark.parametrize(
    "text",
    [
        "Maria Alvarez was inaugurated as the 12th governor of the state on Monday.",
        "Maria Alvarez took the oath of office on Monday to become the 12th governor.",
        "Maria Alvarez took office as governor on Monday.",
        "Maria Alvarez assumed office on Monday as the state's 12th governor.",
        "The inauguration of Maria Alvarez as governor drew thousands on Monday.",
    ],
)
def test_taking_up_an_office_is_one_predicate_class(text: str) -> None:
    assert "take_office" in normalize_text(text).predicates


def test_a_thing_that_is_inaugurated_is_opened_not_an_office_taken() -> None:
    assert normalize_text("The mayor inaugurated a new bridge over the river.").predicates == {
        "open"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive would be retiring at the end of March.",
        "The chief executive will retire at the end of March.",
        "The chief executive plans to retire at the end of March.",
        "The chief executive is retiring at the end of March.",
        "The chief executive will step down at the end of March.",
        "The chief executive will resign at the end of March.",
    ],
)
def test_retiring_from_a_post_is_resigning_it(text: str) -> None:
    assert normalize_text(text).predicates == {"resign"}


@pytest.mark.parametrize(
    "text",
    [
        "Osei, a retired army colonel, led the inquiry.",
        "The panel heard from three retired judges.",
    ],
)
def test_a_retired_career_is_no_resignation(text: str) -> None:
    assert "resign" not in normalize_text(text).predicates


@pytest.mark.parametrize(
    ("number", "precise"),
    [
        ("52417806", True),
        ("1273", True),
        ("31.55", True),
        ("35.7", True),
        ("2014", False),  # a year
        ("1200", False),  # a round figure
        ("13600000", False),
        ("12", False),
        ("3.5", False),
    ],
)
def test_a_precise_figure_has_enough_significant_digits(number: str, precise: bool) -> None:
    assert score.precise_figure(number) is precise


FIGURE_FACT = "The foundation paid $2,417,806 in property taxes and $918,344 in fees."
FIGURE_FACT_AGAIN = (
    "Records show that from 2015 through 2019 the foundation paid $2,417,806 in property "
    "taxes, an effective rate of 12.4 percent."
)


def test_a_shared_precise_figure_links_two_tellings_of_one_fact() -> None:
    comparison = compare_claims(FIGURE_FACT, FIGURE_FACT_AGAIN)
    # each sentence adds something: not the same statement, but scored as one fact
    assert not comparison.same_claim
    assert comparison.score == score.FIGURE_BACKED_SCORE
    assert comparison.score < Options().threshold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same precise figure for different things: no strong frame similarity
        ("The museum counted 2,417,806 visitors last year.", FIGURE_FACT),
        # different figures for one counted thing: a conflict for the judge, never a lift
        ("12 people died in the flooding on Sunday.", "21 people died in the flooding on Sunday."),
        # a round figure shared is common to many facts
        (
            "The city paid $1,200 in fees to the contractor.",
            "The city paid $1,200 in fees to the contractor, records from the council show.",
        ),
    ],
)
def test_no_lift_without_a_shared_precise_figure_and_a_strong_frame(a: str, b: str) -> None:
    keys = [normalize_text(a), normalize_text(b)]
    plain, _, _ = match.score_keys(*keys)
    model = float(score.model_scores(score.pair_features(keys[:1], keys[1:]))[0])
    assert plain == pytest.approx(model)


def test_the_lift_is_the_same_in_batch_and_pair_by_pair() -> None:
    keys = [normalize_text(FIGURE_FACT), normalize_text(FIGURE_FACT_AGAIN)]
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, Options())
    single, similarity, vetoed = match.score_keys(*keys)
    assert pair.score == single == score.FIGURE_BACKED_SCORE
    assert pair.similarity == similarity >= score.STRONG_SIMILARITY
    assert not vetoed
    assert match.same_fact(pair, Options())
    assert not match.is_match(pair, Options())
