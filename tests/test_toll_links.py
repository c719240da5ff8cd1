"""Tolls of one kind of event, told in sentences that share no other word ("At least 14
people died" / "Nine people were confirmed dead"), are linked across the articles of one
story when they are close enough to be one toll updated (``links.TOLL``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.models import ConflictType

_LEADS = (
    "A coal barge capsized on the Velka river near Dorna on Tuesday.",
    "A coal barge capsized on the Velka river near Dorna on Tuesday night.",
)


def _numeric(tmp_path: Path, first: str, second: str) -> list[tuple[str, str]]:
    for name, day, lead, text in (
        ("wire.md", "2026-05-12", _LEADS[0], first),
        ("daily.md", "2026-05-13", _LEADS[1], second),
    ):
        (tmp_path / name).write_text(
            f"---\ndate: {day}\n---\n\n{lead}\n\n{text}\n", encoding="utf-8"
        )
    report = build_report([tmp_path])
    return sorted(
        tuple(sorted(c.values))  # type: ignore[misc]
        for k in report.clusters
        for c in k.conflicts
        if c.type is ConflictType.NUMERIC
    )


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "At least 12 crew members died, the river police said.",
            "Eight crew members were confirmed dead by Wednesday, officials said.",
            ("At least 12", "Eight"),
        ),
        (
            "Eleven people were killed.",
            "The accident left seven people dead.",
            ("Eleven", "seven"),
        ),
        (
            "Twenty passengers were injured.",
            "Some 14 passengers were hurt.",
            ("Some 14", "Twenty"),
        ),
    ],
)
def test_close_tolls_of_one_event_conflict(
    tmp_path: Path, first: str, second: str, values: tuple[str, str]
) -> None:
    assert _numeric(tmp_path, first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another kind of event
        ("Eleven people were killed.", "Seven people were injured."),
        # a toll many times the other: another event
        ("Six people were killed.", "The flood that hit Dorna left 60 people dead."),
        # a toll a year back and the day's toll
        (
            "Nine people were killed in a flood on the Velka a year ago.",
            "Seven people were killed.",
        ),
        # one toll told twice
        ("Eleven people were killed.", "The accident left 11 people dead."),
    ],
)
def test_other_tolls_are_not_linked(tmp_path: Path, first: str, second: str) -> None:
    assert _numeric(tmp_path, first, second) == []
