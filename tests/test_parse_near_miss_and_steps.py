"""A near miss is no event ("The ferry nearly sank": it did not), and a pending step of a
procedure ("Regulators must still approve the merger") is a fact, not an opinion."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.parse.kinds import classify
from claimtrack.parse.negation import find_negation
from parse_helpers import parse


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The carrier nearly cancelled the evening flight.", "nearly"),
        ("The old mill almost collapsed.", "almost"),
        ("The hiker was nearly killed in the rockslide.", "nearly"),
        ("The river almost reached the top of the dyke.", "almost"),
        ("The boy was almost struck by a falling branch.", "almost"),
    ],
)
def test_a_near_miss_is_read_as_not_happening(text: str, cue: str) -> None:
    found = find_negation(text)
    assert found is not None and found.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 300 people were evacuated.",
        "Almost all shops closed early.",
        "The clerk almost always arrives late.",
        "Sales nearly doubled last year.",  # a rise that happened
        "Crews worked on a nearly finished tower.",  # an adjective
        "Nearly forgotten, the film was shown again.",  # a leading phrase
        "A boy almost struck by a branch now says he feels fine.",  # the subject described
        "The fire destroyed nearly 40 homes.",
    ],
)
def test_nearly_before_no_act_is_no_negation(text: str) -> None:
    assert find_negation(text) is None


def test_a_near_miss_claim_is_negated() -> None:
    claims = parse("The carrier nearly cancelled the evening flight.")
    assert [(c.text, c.negated) for c in claims] == [
        ("The carrier nearly cancelled the evening flight.", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Regulators must still approve the merger.",
        "The merger still needs to be approved by regulators in two countries.",
        "Shareholders still need to vote on the takeover.",
        "The pact must be ratified by each parliament.",
        "Congress must still pass the spending bill.",
        "The governor must sign the bill within ten days.",
        "The city council needs to approve the budget by June.",
    ],
)
def test_a_pending_step_is_a_fact(text: str) -> None:
    assert classify(text)[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    [
        "The world must act.",
        "Regulators must reject this merger.",  # no procedural step: a call
        "Congress must pass the bill.",  # "pass" is a step only after "still"
        "We must approve this plan.",  # the first person's call
        "Voters must decide.",
        "The club must still improve its defence.",
    ],
)
def test_a_call_to_act_stays_an_opinion(text: str) -> None:
    assert classify(text)[0] is Kind.OPINION


@pytest.mark.parametrize(
    "text",
    [
        "The crews hid the trucks in barns so as not to be seen from the air.",
        "The guide gave tips on how not to get lost in the dunes.",
        "The port cut its fees in order not to lose the ferry line.",
    ],
)
def test_a_negated_purpose_or_manner_is_no_negation(text: str) -> None:
    assert find_negation(text) is None


def test_a_negated_act_before_a_purpose_is_still_negated() -> None:
    found = find_negation("The crews did not hide the trucks so as not to be seen.")
    assert found is not None and found.cue == "not"


@pytest.mark.parametrize(
    "text",
    [
        "The barge will not be moved this week because divers first need to check its hull.",
        "The depot closed early because the crews must be back by noon.",
        "The vote was put off, the clerk said, because the board needs to see the audit.",
    ],
)
def test_a_necessity_given_as_the_reason_is_a_fact(text: str) -> None:
    """The necessity explains a fact; it is no prescription of the writer's."""
    assert classify(text)[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: the claim's own clause prescribes, or "because" opens the sentence
        "The council must act because people need to eat.",
        "Because the crews must rest, the search should stop.",
        "The mayor needs to resign.",
    ],
)
def test_a_necessity_outside_a_reason_stays_an_opinion(text: str) -> None:
    assert classify(text)[0] is Kind.OPINION
