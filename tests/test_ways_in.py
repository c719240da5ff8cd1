"""REASON conflicts of the way in: one subject said to get in through two different things."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.judge.facts import ClaimFacts
from claimtrack.judge.ways import way_in, way_in_conflicts
from claimtrack.models import ConflictType
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The intruders broke in through a skylight, police said.",
            "The intruders got in through a side door.",
            ("a skylight", "a side door"),
        ),
        (
            "The hackers gained access to the network via a stolen password.",
            "The hackers got into the system through an unpatched router.",
            ("a stolen password", "an unpatched router"),
        ),
        (
            # the way ends before a preposition: whom the message reached is no way in
            "The raiders got in through a forged letter sent to the porter.",
            "The raiders got in through a broken window.",
            ("a forged letter sent", "a broken window"),
        ),
        (
            "The thieves entered the depot through a skylight.",
            "The thieves entered the depot via a loading bay.",
            ("a skylight", "a loading bay"),
        ),
        (
            # the words looked for first (``_may_name_a_way``) are found in any case
            "The burglars got in THROUGH a cellar hatch.",
            "The burglars got in VIA a rear window.",
            ("a cellar hatch", "a rear window"),
        ),
        (
            # a text with a letter beyond ASCII is searched whatever the screen finds
            "The burglars got into the café through a cellar hatch.",
            "The burglars got into the café via a rear window.",
            ("a cellar hatch", "a rear window"),
        ),
    ],
)
def test_two_ways_in_for_one_subject_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, of=ConflictType.REASON) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one way, told with more words
        (
            "The intruders got in through a side door.",
            "The intruders got in through the side door of the annex.",
        ),
        # a route through places, not a way in
        ("The smugglers got in through Varnia.", "The smugglers got in through Oster."),
        # "get through" and "break through" tell no way in
        ("The team got through the first round.", "The team got through a tough week."),
        ("Protesters broke through the police lines.", "Protesters broke through a fence."),
        # two subjects
        ("The burglars got in through a window.", "The firefighters got in through a side door."),
        # a verb of spreading, not of getting in
        ("The virus spread through dirty water.", "The virus spread through direct contact."),
    ],
)
def test_one_way_or_no_way_in_does_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, of=ConflictType.REASON) == []


@pytest.mark.parametrize(
    "text",
    [
        "The intruders broke in through a skylight, police said.",
        "The hackers gained access to the network via a stolen password.",
        "The smugglers got in through Varnia.",
        "The intruders did not get in through a skylight.",
        "The ferry sailed at noon.",
    ],
)
def test_the_claims_way_in_slot_is_way_in(text: str) -> None:
    """``ClaimFacts.way_in`` (read once per claim by the pair rule) is ``way_in`` of the
    claim, and the conflicts with the ways handed over are those ``way_in_conflicts``
    finds itself."""
    claim = parse.parse_statement(text, "a:1", "a")
    other = parse.parse_statement("The intruders got in through a side door.", "b:1", "b")
    facts, other_facts = ClaimFacts(claim), ClaimFacts(other)
    assert facts.way_in == way_in(claim)
    assert way_in_conflicts(claim, other, (facts.way_in, other_facts.way_in)) == way_in_conflicts(
        claim, other
    )
