"""A denial and an assertion of one thing issued by two verbs of issuing ("did not issue a
distress call" / "sent a distress call") are one act denied and told."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_types


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The pilot did not issue a mayday call.",
            "The pilot sent a mayday call at 14:10, two minutes before the crash.",
        ),
        (
            "The tenants never lodged a formal complaint.",
            "The tenants filed a formal complaint with the council in March.",
        ),
        (
            "The keeper did not sound the flood alarm.",
            "The keeper raised the flood alarm shortly after midnight.",
        ),
    ],
)
def test_one_thing_issued_by_two_verbs_conflicts(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION in conflict_types(denial, assertion)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # another thing issued
        (
            "The pilot did not issue a mayday call.",
            "The pilot sent a weather report at 14:10.",
        ),
        (
            "The weather agency did not issue a storm warning.",
            "The weather agency sent a storm team to the coast.",
        ),
        # both deny
        (
            "The pilot did not issue a mayday call.",
            "The pilot never sent a mayday call.",
        ),
        # a verb that is no issuing
        (
            "The pilot did not issue a mayday call.",
            "The pilot heard a mayday call at 14:10.",
        ),
    ],
)
def test_other_things_or_acts_do_not(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(denial, assertion)
