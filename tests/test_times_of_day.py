"""Two times of day for one act on one day are a DATE conflict (judge/times.py): "found the
leak shortly after 2am on Sunday" / "found the leak at about 4:30 a.m. on Sunday". Times
that meet once their lead words are read ("about", "shortly after", "between ... and ..."),
two acts, two days, a time zone or a denial are not."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.story_claims import conflict_values, dated_conflict_values

from claimtrack import judge, parse
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim

PUBLISHED = dt.date(2026, 5, 12)


def _date_values(first: str, second: str) -> list[tuple[str, str]]:
    return dated_conflict_values(first, second, ConflictType.DATE, PUBLISHED)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Guards found the leak shortly after 3am on Saturday.",
            "The leak was found at about 5:15 a.m. on Saturday by a cleaner.",
            ("3am", "5:15 a.m."),
        ),
        (
            "The warehouse fire started at 1am on Friday.",
            "The warehouse fire started at 3am on Friday.",
            ("1am", "3am"),
        ),
        (
            "The blaze broke out at about 1 a.m. on Tuesday.",
            "The fire broke out shortly before 4am on Tuesday.",
            ("1 a.m.", "4am"),
        ),
        (
            "The barge sank between 1am and 3am on Friday.",
            "The barge sank at 05:00 on Friday.",
            ("1am", "05:00"),
        ),
        (
            "The Orlen gallery opens at 9am on Saturday.",
            "The Orlen gallery opens at 11am on Saturday.",
            ("9am", "11am"),
        ),
    ],
)
def test_two_times_of_one_act_on_one_day_conflict(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert _date_values(first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the times meet once "about", "shortly after" or a span is read
        ("The barge sank at around 02:00 on Friday.", "The barge sank at 2:30am on Friday."),
        ("The barge sank between 1am and 3am on Friday.", "The barge sank at 2:30am on Friday."),
        ("The plane landed shortly after 2am on Sunday.", "The plane landed at 2.20am on Sunday."),
        ("The alarm was raised at 3am on Sunday.", "The alarm was raised at 3:10am on Sunday."),
        ("The barge sank just before 4am on Friday.", "The barge sank at 3:45am on Friday."),
        # two acts: the same verb done to two things
        ("Police arrested a man at 2am on Sunday.", "Police arrested a woman at 5pm on Sunday."),
        ("Guards found the body at 6am on Monday.", "Guards found the gun at 9pm on Monday."),
        # the end of a period, not the act's time
        ("The road stayed closed until 4am on Friday.", "The road was closed at 1am on Friday."),
        # a time zone named: one moment in two zones
        ("The barge sank at 2am GMT on Friday.", "The barge sank at 4am local time on Friday."),
        # no day named: the times may be of two days
        ("The warehouse fire started at 1am.", "The warehouse fire started at 3am."),
        # a denial's time
        ("The ship was not spotted until 4am on Sunday.", "The ship was spotted at 1am on Sunday."),
        # an open bound that holds the other time
        ("The barge sank after 1am on Friday.", "The barge sank at 4am on Friday."),
    ],
)
def test_times_that_meet_or_tell_two_acts_do_not_conflict(first: str, second: str) -> None:
    assert _date_values(first, second) == []


def _undated_date_values(first: str, second: str) -> list[tuple[str, str]]:
    """The DATE values between two statements of no dated article: their weekdays stay
    weekdays, so only the clock times can tell the two moments apart."""
    return conflict_values(first, second, ConflictType.DATE)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The fire broke out at about 11:40 p.m. on Sunday in the plant area.",
            "The fire started shortly after 1am on Monday in a plant room.",
            ("11:40 p.m.", "1am"),
        ),
        (
            "The warehouse fire started at 11pm on Sunday.",
            "The warehouse fire started at 3am on Monday.",
            ("11pm", "3am"),
        ),
        (
            "Guards found the leak at 10pm on Friday.",
            "The leak was found at about 2am on Saturday.",
            ("10pm", "2am"),
        ),
        (
            "The ferry sank shortly after 1am on Tuesday.",
            "The ferry sank at 11pm on Monday.",
            ("1am", "11pm"),
        ),
    ],
)
def test_clock_times_on_two_days_are_two_moments(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert _undated_date_values(first, second) == [values]


def test_clock_times_on_two_days_are_shown_with_their_days() -> None:
    a = parse.parse_statement("The ferry sank at 11pm on Monday.", "a:1", "a")
    b = parse.parse_statement("The ferry sank at 3am on Tuesday.", "b:1", "b")
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert "11pm on Monday" in found.explanation
    assert "3am on Tuesday" in found.explanation


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one moment either side of midnight
        (
            "The warehouse fire started at 11:50pm on Sunday.",
            "The warehouse fire started at 12:05am on Monday.",
        ),
        (
            "The ferry sank at about 11:50 p.m. on Monday.",
            "The ferry sank at 12:05am on Tuesday.",
        ),
        # two acts: one verb done to two people
        ("Police arrested a man at 11pm on Sunday.", "Police arrested a woman at 2am on Monday."),
        # a sequence: the fire started, then was put out
        ("The fire started at 11pm on Sunday.", "The fire was put out at 3am on Monday."),
        # a time zone named
        ("The ferry sank at 11pm GMT on Monday.", "The ferry sank at 3am local time on Tuesday."),
        # a denial's time; the end of a period
        ("The ferry sank at 11pm on Monday.", "The ferry was not found until 3am on Tuesday."),
        ("The road stayed closed until 4am on Monday.", "The road was closed at 11pm on Sunday."),
    ],
)
def test_clock_times_on_two_days_that_meet_or_tell_two_acts_do_not_conflict(
    first: str, second: str
) -> None:
    assert _undated_date_values(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The warehouse fire started at 11:50pm on Sunday.",
            "The warehouse fire started at 12:05am on Monday.",
        ),
        (
            "The ferry sank at 11:55pm on Monday.",
            "The ferry sank shortly before 12:10am on Tuesday.",
        ),
        ("The barge sank at about 11:55pm on Friday.", "The barge sank at 12:10am on Saturday."),
    ],
)
def test_one_moment_either_side_of_midnight_in_dated_articles_does_not_conflict(
    first: str, second: str
) -> None:
    # the days alone differ: the date rules must leave them for the clock times to compare
    assert _date_values(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The warehouse fire started at 11pm on Sunday.",
            "The warehouse fire started at 3am on Monday.",
        ),
        ("The barge sank at 9pm on Friday.", "The barge sank on Saturday."),
    ],
)
def test_days_apart_whose_moments_do_not_meet_still_conflict(first: str, second: str) -> None:
    assert _date_values(first, second) != []
