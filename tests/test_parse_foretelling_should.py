"""A "should" that foretells an event by a time ahead ("The bridge should reopen by
Friday") is a hedged fact; one that prescribes ("The government should resign") stays an
opinion (parse/predictions.py)."""

from __future__ import annotations

import pytest

from claimtrack.models import Certainty, Kind
from claimtrack.parse.certainty import find_certainty
from claimtrack.parse.kinds import classify
from parse_helpers import parse

FORETOLD = [
    "The Vessa bridge should reopen by Friday.",
    "Work on the Kelmin tunnel should be completed by March.",
    "The first shipment of grain should arrive next week.",
    "Aid should arrive in Brelsk within days.",
    "Talks should resume in Ostrava on Monday.",
    "The new tariff should take effect in 2027.",
    "The runway should also be back in use by the end of the year.",
    "The line should not reopen before January.",
    "Under the plan, the ferry service should restart in the coming weeks.",
    "The repaired pumps should be operational tomorrow.",
]


@pytest.mark.parametrize("text", FORETOLD)
def test_a_foretelling_should_is_a_hedged_fact(text: str) -> None:
    assert classify(text)[0] is Kind.FACT
    found = find_certainty(text)
    assert (found.certainty, found.cue) == (Certainty.HEDGED, "should")


@pytest.mark.parametrize(
    "text",
    [
        "The government should resign.",
        "The minister should resign by Friday.",  # no event a thing undergoes
        "The council should open the border by Friday.",  # an object: a call to act
        "The city should reach a deal with the union by March.",
        "Aid should arrive quickly.",  # no time ahead
        "The bridge should reopen.",
        "The bridge should reopen, but the ferry stops on Friday.",  # the time of another clause
        "Patients should eat before seeing the surgeon.",  # "before" a clause
        "The report should be published by Friday.",  # not a state the thing is in
        "The results should come back next week.",  # left alone: may be an instruction
    ],
)
def test_a_prescribing_should_stays_an_opinion(text: str) -> None:
    assert classify(text)[0] is Kind.OPINION
    assert find_certainty(text).cue != "should"


def test_a_condition_and_a_plan_keep_their_cues() -> None:
    assert find_certainty("Should the talks fail, the bridge will close.").certainty is (
        Certainty.CONDITIONAL
    )
    found = find_certainty("The bridge should reopen by Friday and traffic will resume.")
    assert (found.certainty, found.cue) == (Certainty.HEDGED, "should")


def test_a_reported_foretelling_should_is_the_speakers_hedged_fact() -> None:
    claims = parse("The mayor said the Vessa bridge should reopen by Friday.")
    assert [(c.kind, c.certainty, c.attribution) for c in claims] == [
        (Kind.FACT, Certainty.HEDGED, "The mayor")
    ]
