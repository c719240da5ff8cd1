"""Negation of the claim itself, distinct from verbs with a negative meaning."""

from __future__ import annotations

import pytest

from claimtrack.parse.negation import find_negation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry did not confirm the figure.", "not"),
        ("The senator has never voted for the bill.", "never"),
        ("No charges were filed.", "no"),
        ("The club denied that it had paid the fee.", "denied that"),
        ("The airline won't refund tickets.", "won't"),
        ("The airline doesn’t refund tickets.", "doesn’t"),
        ("Nobody was arrested.", "nobody"),
        ("The court cannot hear the case.", "cannot"),
        ("The union is no longer on strike.", "no longer"),
        # refusing the comment itself is still negated; the content is not denied
        ("The club would not confirm or deny the transfer.", "not"),
        ("The council denied the closure.", "denied"),
        # a bare "no" at a sentence's end, or before a figure without the dot, still denies
        ("Asked whether the plant would reopen, the firm said no.", "no"),
        ("No 2 reports agreed on the cause.", "no"),
    ],
)
def test_negation_cues(text: str, cue: str) -> None:
    found = find_negation(text)
    assert found is not None
    assert found.cue == cue
    assert text[found.start : found.end].lower() == cue


@pytest.mark.parametrize(
    "text",
    [
        "The ministry ruled out new elections.",
        "The league suspended the season.",
        "The board rejected the offer.",
        "Ministers cancelled the summit.",
        "The firm halted production.",
        "Not only farmers but also teachers joined.",
        "There is no doubt the vote took place.",
        "Whether or not the court agrees, the law stands.",
        "Knots were tied on the boat.",
        # declining to take a side is not a denial of what was asked about
        "The club refused to confirm or deny that the coach had been sacked.",
        "A spokeswoman would neither confirm nor deny the transfer fee.",
        "Police declined to confirm or deny reports of a second arrest.",
        "The ministry has neither confirmed nor denied the figures.",
        # "No." before a figure abbreviates "number"
        "The single climbed to No. 3 on the chart.",
        "A spokesman for No.10 spoke to reporters.",
    ],
)
def test_negative_meaning_verbs_and_idioms_are_not_negation(text: str) -> None:
    assert find_negation(text) is None
