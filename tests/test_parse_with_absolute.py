"""A clause's closing "with" phrase of its own subject and an -ing verb (an absolute
construction) is a claim of its own: "The vote was not unanimous, with two members voting
to hold rates" states two facts, and the first must stand alone to meet another outlet's
"The vote was unanimous"."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The vote was not unanimous, with two of the seven members voting to hold rates.",
         ["The vote was not unanimous.", "Two of the seven members voted to hold rates."]),
        ("The storm hit the coast on Monday, with winds reaching 120 km/h.",
         ["The storm hit the coast on Monday.", "Winds reached 120 km/h."]),
        ("The town had grown fast, with new towers rising along the river.",
         ["The town had grown fast.", "New towers rose along the river."]),
    ],
)  # fmt: skip
def test_a_closing_with_phrase_is_a_claim_of_its_own(text: str, claims: list[str]) -> None:
    assert [claim for claim, _ in facts(text)] == claims


@pytest.mark.parametrize(
    "text",
    [
        # a preposition's -ing object, not the phrase's verb
        "The plan was drawn up in May, with the goal of letting every pupil read.",
        # a present main verb: which tense the phrase takes is not told
        "The port reopens today, with ferries returning to the north pier.",
        # two phrases joined by "and": left whole
        "Calm returned to the town, with banks resuming work and shops reopening.",
        # no verb after the noun
        "The mayor arrived late, with two aides.",
    ],
)
def test_other_with_phrases_stay_in_their_clause(text: str) -> None:
    assert [claim for claim, _ in facts(text)] == [text]
