"""Rules found by reading reports on six more stories the project had never seen (quarterly
results, a wildfire, a study, a footballer's injury, a prisoner swap, a minister's
resignation), each tested in wordings of its own, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from story_claims import conflict_values


def _types(text_a: str, text_b: str) -> set[ConflictType]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return {c.type for c in judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))}


# --- opposite verbs on two named things: "sells software" / "to buy Arlo Networks" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Norvane sells software and data storage to businesses in 60 countries.",
            "Norvane is in talks to buy Tessaly Networks, a maker of network switches.",
        ),
        (
            "Pellam sells its vans across Europe.",
            "Pellam will buy Corvan Motors for 2 billion euros.",
        ),
        (
            "Brightwater sold its shares in the port last year.",
            "Brightwater bought Harcourt Shipping, the port's operator, in March.",
        ),
    ],
)
def test_opposite_verbs_on_a_named_object_and_another_thing(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # the same named thing after both verbs: one act and its opposite
        (
            "Kestrel sold its stake in Orla Mining.",
            "Kestrel bought its stake in Orla Mining.",
            [("sold", "bought")],
        ),
        (
            "The rebels released Ana Ruiz on Monday.",
            "The rebels detained Ana Ruiz on Monday.",
            [("released", "detained")],
        ),
        (
            "The ministry closed the Tarvo crossing on Monday.",
            "The ministry reopened the Tarvo crossing on Monday.",
            [("closed", "reopened")],
        ),
    ],
)
def test_opposite_verbs_on_one_named_object_still_conflict(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == expected


# --- a denial whose "X denied" and an assertion's reason clause hid one shared fact ----------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The university denied that data from 300 participants had been excluded "
            "from the study.",
            "Data from 300 participants were excluded from the analysis because their "
            "monitors failed.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were deleted from the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The school denied that results from 12 pupils had been withheld from the exam board.",
            "Results from 12 pupils were withheld from the board after teachers spotted "
            "copying in two classes.",
        ),
        (
            "The airline denied that luggage from 200 passengers had been left behind at the "
            "airport.",
            "Luggage from 200 passengers was left behind in Oslo because a conveyor belt "
            "broke down.",
        ),
    ],
)
def test_a_denial_meets_an_assertion_that_gives_a_reason(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in _types(denial, assertion)
    assert ConflictType.ATTRIBUTION in _types(assertion, denial)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # another act on the same things: collected, not dumped; copied, not deleted
        (
            "The council denied that rubbish from 90 homes had been dumped in the river.",
            "Rubbish from 90 homes was collected from the river bank after volunteers "
            "cleared the path.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were copied to the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The council denied that the Ardley bridge had been closed to lorries.",
            "Lorries queued for hours at the depot on Monday after drivers found cracks in "
            "the road near the Ardley bridge.",
        ),
    ],
)
def test_a_denial_does_not_meet_another_act(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION not in _types(denial, assertion)
