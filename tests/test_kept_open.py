""" "Will be open as normal" against "will not reopen": a place kept open (the class kept_open
of data/predicates.txt) is the opposite of halting, which "not reopen" folds into
(data/negated_predicates.txt), and of closing (data/antonyms.txt); "open" alone, the class
of opening and launching, is not ("stopped testing" / "test-launched an ICBM")."""

from __future__ import annotations

import pytest

from claimtrack.compare import statement_keys
from claimtrack.models import ConflictType
from claimtrack.options import Options
from story_claims import conflict_values

_CONTRADICTIONS = (ConflictType.NEGATION, ConflictType.ANTONYM)


def _contradiction_values(text_a: str, text_b: str) -> list[tuple[str, str]]:
    return [v for kind in _CONTRADICTIONS for v in conflict_values(text_a, text_b, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The Mill Road End will be open as normal for the game.",
        "The library stays open as usual.",
        "The museum will be open as usual on Monday.",
    ],
)
def test_a_place_kept_open_has_a_class_of_its_own(text: str) -> None:
    assert "@kept_open" in statement_keys(text, "x", Options())[2].text.split()


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Mill Road End will be open as normal for next Saturday's home game.",
            "The Mill Road End will not reopen for the game.",
        ),
        ("The museum will be open as usual on Monday.", "The museum will not reopen on Monday."),
        ("The bridge will be open as normal.", "The bridge will not reopen."),
        ("The stand will be open as normal.", "The stand will be closed."),
        ("The stand will be open as normal.", "The stand will not be open as normal."),
    ],
)
def test_kept_open_against_not_reopen_or_closed_conflicts(text_a: str, text_b: str) -> None:
    assert _contradiction_values(text_a, text_b) != []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a launch is no opening of a place
        (
            "North Korea already had stopped testing its weapons.",
            "In July, North Korea test-launched its first ICBM.",
        ),
        # another thing halted
        ("The airport remained open.", "Flights were suspended."),
        ("The museum will open on Monday.", "The museum suspended its tours on Monday."),
        # kept open and opened agree
        ("The stand will be open as usual.", "The stand will open on Monday."),
        # both say it stays shut
        ("The bridge will not reopen.", "The bridge will stay closed."),
    ],
)
def test_other_halts_and_launches_are_no_conflict(text_a: str, text_b: str) -> None:
    assert _contradiction_values(text_a, text_b) == []
