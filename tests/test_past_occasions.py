"""Two earlier occasions told with their years, at other places or in other years with other
things, are two events, never one fact (``match.occasions.past_occasions_apart``)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims, match
from claimtrack.match.occasions import past_occasions_apart, past_years
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def test_the_years_of_earlier_occasions() -> None:
    assert past_years(_key("In 2019 a landslip closed the line for six weeks.")) == {"2019"}
    assert past_years(_key("The plant was shut in March 2011 after a leak.")) == {"2011"}
    assert past_years(_key("The plant was shut last week after a leak.")) == frozenset()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one year, two named places
        (
            "In 2019 a landslip closed the line near Carrow Halt for six weeks.",
            "In 2019 a landslip closed the Dunmere branch line for six weeks.",
        ),
        # two years, two products of one maker
        (
            "Corlan recalled 9 batches of an antibiotic syrup in 2023 over a labelling error.",
            "Corlan recalled 9 batches of an asthma inhaler in 2021 over a labelling error.",
        ),
        # two years, two firms, two kinds of event
        (
            "In 2024 a fire at Corvane's data centre in Marlow Heath knocked thousands of "
            "websites offline for two days.",
            "In 2021 a flood at Halvard's older Brenmoor site knocked thousands of websites "
            "offline for two days.",
        ),
        # one year, one place: another thing of a kind than the other names
        (
            "A fishing trawler ran aground off Skerry Point in 2019.",
            "Another Westbay ferry ran aground off Skerry Point in 2019 without injuries.",
        ),
        (
            "Veloren recalled 12,000 electric scooters in 2023 over faulty brakes.",
            "A rival maker recalled 12,000 scooters in 2023 after a series of battery fires.",
        ),
        (
            "In 2018 a recount in the neighbouring Mill End ward was settled by three votes.",
            "In 2022 a recount in Saltmarsh itself was settled by three votes.",
        ),
    ],
)
def test_two_earlier_occasions_are_apart(first: str, second: str) -> None:
    a, b = _key(first), _key(second)
    assert past_occasions_apart(a, b)
    assert past_occasions_apart(b, a)
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), [a, b], options)
    assert pair.other_events
    assert not match.same_fact(pair, options)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one occasion, told alike
        (
            "In 2019 a landslip closed the line near Carrow Halt for six weeks.",
            "A landslip near Carrow Halt shut the line for six weeks in 2019.",
        ),
        # one place named two ways: a word of the name is shared
        (
            "In 2019 a landslip closed the Carrow Valley line for six weeks.",
            "In 2019 a landslip closed the line near Carrow Halt for six weeks.",
        ),
        # "another ferry" may be the ferry the other claim names
        (
            "A ferry ran aground off Skerry Point in 2019.",
            "Another ferry ran aground off Skerry Point in 2019 without injuries.",
        ),
        # two years for one thing told alike: a date conflict for the judge
        ("The bridge opened in 1932.", "The bridge was opened to traffic in 1934."),
        # only one claim is set in an earlier year
        (
            "In 2019 a landslip closed the line near Carrow Halt for six weeks.",
            "A landslip closed the Dunmere branch line on Tuesday.",
        ),
    ],
)
def test_one_occasion_or_no_two_past_ones_are_not_apart(first: str, second: str) -> None:
    assert not past_occasions_apart(_key(first), _key(second))
