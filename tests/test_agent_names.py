"""A passive's doer named after a description: after the place it is from ("was run by a
catering firm from Brenton, Orvel Foods") or after a name that only modifies a noun ("was
run by the Pelham restaurant Casa Lina"): the name set there is the doer (judge/roles.py),
and the place or the modifier is none."""

from __future__ import annotations

import pytest

from claimtrack.judge.roles import agents
from claimtrack.models import ConflictType
from story_claims import conflict_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The stall was run by a catering firm from Brenton, Orvel Foods.", "Orvel Foods"),
        ("The kiosk was leased by a bakery in Ardo, Tasca Breads, in May.", "Tasca Breads"),
        ("The stall was run by the Pelham restaurant Casa Lina.", "Casa Lina"),
        ("The depot was built by the Swiss engineering firm Kaltbau in 2009.", "Kaltbau"),
    ],
)
def test_the_name_set_after_a_description_is_the_doer(text: str, name: str) -> None:
    assert [agent.name for agent in agents(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a place alone: where an unnamed doer is from
        "The stall was run by a catering firm from Brenton.",
        "The raid was carried out by officials in Ardo.",
        # the phrase goes on past the second name: a place, not who
        "The stall was run by the Pelham council in Ardo.",
        # more than one doer set beside the place
        "The stall was run by a family from Brenton, Orvel Foods and Tasca.",
        # a modifier and an unnamed doer
        "The strike was called by British rail unions.",
    ],
)
def test_a_place_or_a_modifier_is_no_doer(text: str) -> None:
    assert agents(text) == ()


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The stall was run by a catering firm from Brenton, Orvel Foods.",
            "The stall was run by the Pelham restaurant Casa Lina.",
        ),
        (
            "The bridge was built by the Swiss engineering firm Kaltbau.",
            "The bridge was built by Marrow Construction.",
        ),
    ],
)
def test_two_doers_named_after_descriptions_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one doer, described on one side
        (
            "The stall was run by a catering firm from Brenton, Orvel Foods.",
            "The stall was run by Orvel Foods.",
        ),
        # a place on one side is no doer against a named one
        ("The stall was run by a catering firm from Brenton.", "The stall was run by Orvel Foods."),
        ("The bridge was built by engineers from Ardo.", "The bridge was built by Kaltbau."),
    ],
)
def test_one_doer_or_a_place_does_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)
