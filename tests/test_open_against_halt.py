""" "Will be open" against "will not reopen": "not reopen" folds into the class of halting
(data/negated_predicates.txt), and opening and halting are opposites (data/antonyms.txt),
so one place said to be open and not to reopen for one occasion is a conflict."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_values

_CONTRADICTIONS = (ConflictType.NEGATION, ConflictType.ANTONYM)


def _contradiction_values(text_a: str, text_b: str) -> list[tuple[str, str]]:
    return [v for kind in _CONTRADICTIONS for v in conflict_values(text_a, text_b, kind)]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Mill Road End will be open as normal for next Saturday's home game.",
            "The Mill Road End will not reopen for the game.",
        ),
        ("The museum will open on Monday.", "The museum will not reopen on Monday."),
        ("The bridge will be open as normal.", "The bridge will not reopen."),
    ],
)
def test_open_against_not_reopen_conflicts(text_a: str, text_b: str) -> None:
    assert _contradiction_values(text_a, text_b) != []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # another thing halted
        ("The museum will open on Monday.", "The museum suspended its tours on Monday."),
        ("The shops are open.", "Trading was halted."),
        ("The airport remained open.", "Flights were suspended."),
        # both say it stays shut
        ("The bridge will not reopen.", "The bridge will stay closed."),
    ],
)
def test_open_against_other_halts_is_no_conflict(text_a: str, text_b: str) -> None:
    assert _contradiction_values(text_a, text_b) == []
