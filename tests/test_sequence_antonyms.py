"""Opposite acts that are no contradiction: an act done and its opposite still planned
("the park shut its gates" / "the park will reopen on Saturday") are one after the other;
"joined the strike" tells the walking out it names (data/event_nouns.txt); and "is due to
last 48 hours" is a schedule, no cause to set against another's."""

from __future__ import annotations

import pytest

from claim_helpers import claim
from claimtrack import compare_claims, judge
from claimtrack.models import Certainty, ConflictType
from claimtrack.normalize import normalize_claim


def _antonym(a: str, b: str) -> bool:
    return any(c.type is ConflictType.ANTONYM for c in compare_claims(a, b).conflicts)


@pytest.mark.parametrize(
    ("done", "planned"),
    [
        ("The Corrin museum closed its doors.", "The Corrin museum will reopen its doors."),
        ("The Kessel bridge closed on Monday.", "The Kessel bridge will reopen."),
        (
            "The Kessel bridge was closed to traffic after the storm.",
            "The Kessel bridge is due to reopen next week.",
        ),
        (
            "Talks between Arvan and Tolle were suspended.",
            "Talks between Arvan and Tolle will resume in June.",
        ),
    ],
)
def test_an_act_done_and_its_opposite_planned_are_no_conflict(done: str, planned: str) -> None:
    assert not _antonym(done, planned)
    assert not _antonym(planned, done)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both done, or both planned: one time, opposite acts
        ("The Corrin museum closed its doors.", "The Corrin museum reopened its doors."),
        ("The Corrin museum will close its doors.", "The Corrin museum will reopen its doors."),
        # a state the plan keeps says the act done will not be undone
        (
            "The Corrin museum will remain closed to visitors.",
            "The Corrin museum reopened to visitors on Friday.",
        ),
        (
            "The Kessel bridge will stay shut to traffic.",
            "The Kessel bridge was reopened to traffic.",
        ),
    ],
)
def test_opposite_acts_of_one_time_or_a_kept_state_still_conflict(a: str, b: str) -> None:
    assert _antonym(a, b)


def test_a_plan_denied_still_conflicts_with_the_act_done() -> None:
    # "will not open" is folded into the opposite act: to a reader a plain negation
    a, b = (
        "The Corrin museum will not open until Saturday.",
        "The Corrin museum opened on Wednesday.",
    )
    assert ConflictType.NEGATION in {c.type for c in compare_claims(a, b).conflicts}


@pytest.mark.parametrize(
    ("walked", "joined"),
    [
        (
            "About 900 porters at Lindale Hospital walked out on Monday.",
            "Roughly 900 porters at Lindale Hospital joined the strike.",
        ),
        (
            "Some 400 bus drivers in Ostry walked out.",
            "Some 400 bus drivers in Ostry joined the walkout.",
        ),
        (
            "About 300 cleaners at Brannock walked out on Friday.",
            "About 300 cleaners at Brannock joined the stoppage.",
        ),
    ],
)
def test_joining_the_event_the_other_verb_names_is_no_conflict(walked: str, joined: str) -> None:
    assert not _antonym(walked, joined)
    assert not _antonym(joined, walked)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # joining talks is no walking out of them: "talks" is another kind of event
        (
            "The Felham delegation walked out of the talks.",
            "The Felham delegation joined the talks.",
        ),
        (
            "The Felham delegation walked out of the summit.",
            "The Felham delegation attended the summit.",
        ),
    ],
)
def test_joining_another_event_than_the_walkout_still_conflicts(a: str, b: str) -> None:
    assert _antonym(a, b)


def _reason_types(text_a: str, reason_a: str, text_b: str, reason_b: str) -> set[ConflictType]:
    a = claim(text_a, "a:1", reason=reason_a)
    b = claim(text_b, "b:1", reason=reason_b, certainty=Certainty.ASSERTED)
    conflicts, _ = judge.judge_pair(a, b, normalize_claim(a), normalize_claim(b))
    return {c.type for c in conflicts}


@pytest.mark.parametrize(
    "span",
    [
        "due to last 48 hours",
        "due to last two days",
        "due to last until Friday",
        "due to last for a week",
    ],
)
def test_due_to_last_a_span_is_a_schedule_not_a_cause(span: str) -> None:
    types = _reason_types(
        f"The Marlow strike is {span}.",
        span,
        "The Marlow strike is because of a pay offer.",
        "because of a pay offer",
    )
    assert ConflictType.REASON not in types


@pytest.mark.parametrize(
    "cause",
    ["due to last year's drought", "due to last night's storm", "due to last-minute changes"],
)
def test_due_to_last_before_a_noun_of_time_is_still_a_cause(cause: str) -> None:
    types = _reason_types(
        f"The Marlow delay was {cause}.",
        cause,
        "The Marlow delay was because of a pay offer.",
        "because of a pay offer",
    )
    assert ConflictType.REASON in types
