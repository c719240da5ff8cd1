"""Causes: the phrases that give a reason ("in a dispute over", "prompted by", "over a row
about") and two different reasons for one act as a conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.models import ConflictType
from claimtrack.parse.dates import find_dates
from claimtrack.parse.split import find_reason
from story_claims import conflict_types, conflict_values

# --- causes: "in a dispute over", "prompted by" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Dock workers walked out in a dispute over pay.", "in a dispute over pay"),
        ("Pilots struck in a dispute about rosters.", "in a dispute about rosters"),
        ("The recall was prompted by a faulty hinge.", "prompted by a faulty hinge"),
        ("The inquiry, prompted by a leaked memo, opened in May.", "prompted by a leaked memo"),
    ],
)
def test_causes_in_new_wordings(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The dispute over pay was settled on Friday.",
        "Negotiators met over the weekend.",
        "Her question prompted a long silence.",
    ],
)
def test_no_cause_in_look_alikes(text: str) -> None:
    assert find_reason(text) is None


def test_two_causes_of_one_recall_conflict() -> None:
    found = conflict_values(
        "The kettle recall was prompted by a faulty lid hinge.",
        "The kettle recall came because the base can overheat.",
        ConflictType.REASON,
    )
    assert found == [("prompted by a faulty lid hinge", "because the base can overheat")]


def test_a_noun_plan_does_not_move_a_weekday_forward() -> None:
    # "began on Monday over plans to ...": this Monday, not the next (parse.dates)
    published = dt.date(2026, 9, 23)  # a Wednesday
    (over,) = find_dates("The strike began on Monday over plans to cut guards.", 0, published)
    (verb,) = find_dates("The union plans to strike on Monday.", 0, published)
    assert (over.earliest, verb.earliest) == (dt.date(2026, 9, 21), dt.date(2026, 9, 28))


# --- causes: "over a row about", "over a disagreement over" --------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Daniel Okoro quit as health minister over a row about cuts to hospital funding.",
            "over a row about cuts to hospital funding",
        ),
        ("The coach left over a row with the owner.", "over a row with the owner"),
        ("Two directors resigned over a disagreement about pay.", "over a disagreement about pay"),
        (
            "The talks collapsed over a dispute over fishing rights.",
            "over a dispute over fishing rights",
        ),
    ],
)
def test_causes_told_as_a_row(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The team won three games in a row over the weekend.",
        "The row over pay was settled on Friday.",
        "They sat in a row over the river.",
    ],
)
def test_no_cause_in_rows_of_another_kind(text: str) -> None:
    assert find_reason(text) is None


def test_a_row_and_ill_health_are_two_causes_of_one_resignation() -> None:
    found = conflict_types(
        "Health minister Daniel Okoro was stepping down because of ill health.",
        "Daniel Okoro quit as health minister on Tuesday over a row about cuts to hospitals.",
    )
    assert ConflictType.REASON in found
