"""One thing put to one task, said by one claim and denied by the other, is a NEGATION
conflict whichever verb of putting to work each chose (judge/put_to_use.py): "Agency
nurses will be brought in to cover shifts" / "The trust will not use agency nurses to cover
the strike". Another thing, another task, another doer, another time, a verb that puts
nothing to work or a denial of both are not."""

from __future__ import annotations

import pytest
from tests.story_claims import conflict_types

from claimtrack.models import ConflictType


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Agency nurses will be brought in to cover shifts on the wards.",
            "The trust will not use agency nurses to cover the strike.",
        ),
        (
            "The army deployed helicopters to fight the fire.",
            "Helicopters were not used to fight the fire.",
        ),
        (
            "The council will hire private contractors to clear the snow.",
            "The council will not bring in private contractors to clear the snow.",
        ),
        (
            "Police dogs were called in to search the woods.",
            "Police did not use police dogs to search the woods.",
        ),
        (
            "The money will be used to pay off the club's debts.",
            "It will not use the money to pay off debts, the club said.",
        ),
    ],
)
def test_one_thing_put_to_one_task_and_denied_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # another thing put to the task
        (
            "Police used tear gas to disperse the crowd.",
            "Police did not use water cannon to disperse the crowd.",
        ),
        # another task for the thing
        (
            "The council brought in contractors to clear the snow.",
            "The council did not hire contractors to repair the road.",
        ),
        # a verb that puts nothing to work
        (
            "Agency nurses will be trained to cover shifts on the wards.",
            "The trust will not use agency nurses to cover the strike.",
        ),
        # two doers
        (
            "The army used helicopters to fight the fire.",
            "The council did not use helicopters to fight the fire.",
        ),
        # another time: what was done, and what will not be
        (
            "The trust used agency nurses to cover the last strike.",
            "The trust will not use agency nurses to cover the strike.",
        ),
        # what may happen
        (
            "The trust could bring in agency nurses to cover the strike.",
            "The trust will not use agency nurses to cover the strike.",
        ),
        # two occasions
        (
            "Police used dogs to search the woods on Friday.",
            "Police did not use dogs to search the woods on Saturday.",
        ),
        # both denied
        (
            "Agency nurses will not be brought in to cover shifts.",
            "The trust will not use agency nurses to cover the strike.",
        ),
    ],
)
def test_other_things_tasks_doers_or_times_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)
