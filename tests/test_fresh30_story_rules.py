"""Rules found by reading reports on fresh30's held-out stories, each tested in wordings of its
own, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import judge, parse
from claimtrack.models import Article, Claim, ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_types

# --- those taken to hospital, however the verb puts it: "taken to" / "treated in" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Three lifeguards were taken to hospital with minor injuries.",
            "Five lifeguards were treated in hospital.",
        ),
        (
            "Two drivers were hospitalized with serious injuries.",
            "Six drivers were admitted to hospital.",
        ),
        (
            "Seven climbers were treated in hospital for their injuries.",
            "Nine climbers were taken to hospital.",
        ),
    ],
)
def test_two_counts_of_those_in_hospital_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same count, two verbs
        (
            "Three lifeguards were taken to hospital with minor injuries.",
            "Three lifeguards were treated in hospital.",
        ),
        # those hurt and those of them taken to hospital are two groups
        ("Twelve miners were injured in the blast.", "Four miners were taken to hospital."),
        # those who died in hospital are not those taken there
        ("Two hikers died in hospital.", "Five hikers were taken to hospital."),
        # those on board and those taken to hospital
        ("Forty passengers were on board.", "Six passengers were treated in hospital."),
    ],
)
def test_other_groups_than_those_in_hospital_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a hospital as the doer or the setting names no event: its counts stay compared
        (
            "A hospital in Dunmere has cancelled 900 routine operations.",
            "About 1,300 routine operations were cancelled.",
        ),
        (
            "Staff at the hospital in Corvel counted 60 beds in use.",
            "Some 85 beds were in use.",
        ),
    ],
)
def test_a_hospital_named_as_a_place_leaves_counts_compared(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


# --- a state "until" a day ends the day before: on that day the opposite begins ------------


def _datedconflict_types(text_a: str, text_b: str) -> set[ConflictType]:
    """``_types`` of two claims of articles published on one Tuesday (their weekdays resolve)."""
    a, b = (_first_claim(text, name) for text, name in ((text_a, "a"), (text_b, "b")))
    return {c.type for c in judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))}


def _first_claim(text: str, name: str) -> Claim:
    article = Article(
        id=name, path=f"<{name}>", source=name, text=text, published=dt.date(2026, 3, 3)
    )
    return parse.parse_article(article, Options())[0]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The pool will stay shut until Friday.", "The pool will reopen on Friday."),
        (
            "The ferry route will remain closed until Sunday.",
            "The ferry route will be reopened on Sunday.",
        ),
        ("The museum will not open until Saturday.", "The museum will open on Saturday."),
    ],
)
def test_a_state_until_a_day_and_its_end_on_that_day_agree(text_a: str, text_b: str) -> None:
    types = _datedconflict_types(text_a, text_b)
    assert ConflictType.ANTONYM not in types and ConflictType.NEGATION not in types


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the opposite on a day before the state was to end
        ("The pool will stay shut until Friday.", "The pool reopened on Wednesday."),
        ("The museum will not open until Saturday.", "The museum opened on Wednesday."),
        # no day to end the state
        ("The bridge will remain closed.", "The bridge will reopen on Monday."),
    ],
)
def test_the_opposite_before_the_day_or_without_one_still_conflicts(
    text_a: str, text_b: str
) -> None:
    types = _datedconflict_types(text_a, text_b)
    assert ConflictType.ANTONYM in types or ConflictType.NEGATION in types


# --- one of a country's services as the doer: "by the navy" / "by the coastguard" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The search was led by the coastguard.", "The search was led by the navy."),
        ("The convoy was escorted by the army.", "The convoy was escorted by the navy."),
        (
            "The evacuation was organised by the army, which sent six lorries.",
            "The evacuation was organised by the gendarmerie.",
        ),
    ],
)
def test_two_services_doing_one_act_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one service
        ("The search was led by the navy.", "The search was led by the navy from Ravnsby."),
        # two doers on one side
        (
            "The convoy was escorted by the army and the navy.",
            "The convoy was escorted by the army.",
        ),
        # a service word before a noun is no doer ("navy divers")
        ("The wreck was searched by the navy divers.", "The wreck was searched by the coastguard."),
        # an act many do at once
        ("The plan was criticised by the army.", "The plan was criticised by the navy."),
        # a word of no service
        ("The search was led by the volunteers.", "The search was led by the navy."),
    ],
)
def test_one_service_or_no_lone_service_does_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


# --- two things, each with its own date: "The school ... until Thursday" / "The line ..." ---


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The village school will stay closed until Thursday.",
            "The tram line will remain closed until Monday.",
        ),
        ("The museum will reopen on Friday.", "The swimming pool will reopen on Sunday."),
        ("The bridge was closed on Monday.", "The ring road was closed on Wednesday."),
    ],
)
def test_two_things_dated_apart_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in _datedconflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one thing
        ("The village school will reopen on Thursday.", "The school will reopen on Monday."),
        ("The bridge was closed on Monday.", "The old bridge was closed on Wednesday."),
        # a name on one side: one party goes by several names
        ("Dunmere Council will vote on Friday.", "The council will vote on Monday."),
    ],
)
def test_one_thing_or_a_name_dated_apart_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in _datedconflict_types(text_a, text_b)
