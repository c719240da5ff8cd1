"""A statement reported as quoted in print ('"...," Ruiz was quoted as saying', 'the Daily
quoted a pilot as saying that ...'): the person quoted is its speaker, and the claim is
what they said.

Sentences are written for these tests; several wordings, and ones the rule must leave."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            '"The ferry will not sail," the source was quoted as saying.',
            "The ferry will not sail.",
            "the source",
        ),
        (
            '"The ferry will not sail," Ana Ruiz of the port board was quoted as saying in the'
            " Varna Times.",
            "The ferry will not sail.",
            "Ana Ruiz of the port board",
        ),
        (
            '"Two pilots are missing," the Varna Times quoted a port source as saying.',
            "Two pilots are missing.",
            "a port source",
        ),
        (
            "Last week, an unnamed port official was quoted as saying that the ferry would not"
            " sail until May.",
            "The ferry would not sail until May.",
            "an unnamed port official",
        ),
        (
            'One pilot was quoted by the Harbour Daily as saying: "The dock is flooded."',
            "The dock is flooded.",
            "One pilot",
        ),
    ],
)
def test_the_person_quoted_is_the_speaker(text: str, claim: str, speaker: str) -> None:
    assert (claim, speaker) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # quoted, but not as saying anything: the writer's fact
        "The mayor was quoted in the Varna Times on Monday.",
        "The port board quoted a price of 40 euros a ton.",
    ],
)
def test_quoted_without_saying_is_the_writers(text: str) -> None:
    assert facts(text) == [(text, None)]


def test_a_claim_before_the_quoted_speaker_stays_the_writers() -> None:
    claims = facts(
        'While the ministry denied it, one pilot was quoted in the Varna Times as saying: "Two'
        ' ferries are missing."'
    )
    assert ("The ministry denied it.", None) in claims
    assert ("Two ferries are missing.", "one pilot") in claims
