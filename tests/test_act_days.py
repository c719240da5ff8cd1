"""Days of one act: two days of the week, or two years of a scheduled act, that the same verb
dates in claims sharing what the act is about; and the look-alikes that are not conflicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.models import Claim, ConflictType
from story_claims import two_articles


def statement(text: str, cid: str) -> Claim:
    return parse.parse_statement(text, cid, cid.split(":")[0])


def act_days(text_a: str, text_b: str) -> list[tuple[str, str]]:
    found = judge.act_day_conflicts(statement(text_a, "a:1"), statement(text_b, "b:1"))
    return [c.values for c in found if c.type is ConflictType.DATE]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The airline had to apologize Saturday for a tweet about the storm",
            "The airline on Friday apologized for a tweet about the storm",
            ("Saturday", "Friday"),
        ),
        (
            "The mayor resigned on Monday after the audit",
            "The mayor resigned Wednesday after the audit",
            ("Monday", "Wednesday"),
        ),
        (
            "The council will vote Tuesday on the budget",
            "The council will vote on Thursday on the budget",
            ("Tuesday", "Thursday"),
        ),
        # a scheduled act happens in one year
        (
            "Her term as chair ends in 2027",
            "She may step down before her term ends in 2026",
            ("2027", "2026"),
        ),
        (
            "The lease on the stadium expires in 2030",
            "The club said the stadium lease expires in 2031",
            ("2030", "2031"),
        ),
    ],
)
def test_two_days_for_one_act_conflict(text_a: str, text_b: str, values: tuple[str, str]) -> None:
    assert act_days(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # a day of a month: one outlet may leave the year out
        (
            "Rumours of the singer's death first circulated early on March 3 on social media",
            "Rumours of the singer's death first circulated early March 6, 2019 on social media",
            ("March 3", "March 6, 2019"),
        ),
        (
            "The council voted on 12 June to approve the budget",
            "The council voted on June 19 to approve the budget",
            ("12 June", "June 19"),
        ),
    ],
)
def test_two_days_of_a_month_for_one_act_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert act_days(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same day, once with its year
        (
            "The council voted on June 12 to approve the budget",
            "The council voted on June 12, 2018 to approve the budget",
        ),
        # two acts
        (
            "The council voted on June 12 to approve the budget",
            "The council published on June 19 its approved budget",
        ),
        # evening in one place, the next morning in another
        (
            "The council voted on June 12 in the evening to approve the budget",
            "The council voted on June 13 in the morning to approve the budget",
        ),
        # a month is no day
        (
            "The council voted on June 12 to approve the budget",
            "The council voted in June to approve the budget",
        ),
        # "3 days ago" is a distance back, not a day of a month
        (
            "The council voted 3 days ago to approve the budget",
            "The council voted 5 days ago to approve the budget",
        ),
        # the start of a period is not the day of the act
        (
            "The port has been closed since June 12 after the storm",
            "The port closed on June 14 after the storm",
        ),
    ],
)
def test_days_of_a_month_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert act_days(text_a, text_b) == []


def test_the_conflict_names_both_days_where_they_stand() -> None:
    text_a = "The airline had to apologize Saturday for a tweet about the storm"
    text_b = "The airline on Friday apologized for a tweet about the storm"
    (conflict,) = judge.act_day_conflicts(statement(text_a, "a:1"), statement(text_b, "b:1"))
    (start_a, end_a), (start_b, end_b) = conflict.value_spans  # type: ignore[misc]
    assert (text_a[start_a:end_a], text_b[start_b:end_b]) == ("Saturday", "Friday")
    assert "apologize" in conflict.explanation and "apologized" in conflict.explanation


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # evening in one place is morning of the next day in another
        (
            "The regime halted the missile tests on Friday evening",
            "The regime halted the missile tests on Saturday morning",
        ),
        # the same day, worded twice
        (
            "The airline apologized Friday for a tweet about the storm",
            "On Friday the airline apologized for a tweet about the storm",
        ),
        # a past act may recur: both years can hold
        ("She won the race in 2016", "She won the race in 2020"),
        # two acts
        (
            "The mayor resigned Monday after the audit",
            "The mayor was elected Thursday after the audit",
        ),
        # one verb, nothing else in common: two people
        ("The minister resigned on Monday", "The coach resigned on Friday"),
        # the start of a period is not the day of the act
        (
            "The port has been closed since Friday after the storm",
            "The port closed on Monday after the storm",
        ),
        # the day of a telling dates what was told, often several things
        (
            "The agency confirmed Sunday that the bridge would close",
            "The agency confirmed on Wednesday that the bridge would close",
        ),
    ],
)
def test_days_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert act_days(text_a, text_b) == []


AIRLINE_A = """Airline sorry for storm tweet

Skyway Airlines cancelled all flights out of Portmore as the storm reached the coast.

Skyway had to apologize Saturday for a tweet that mocked stranded passengers.
"""

AIRLINE_B = """Skyway apologizes

Skyway Airlines cancelled all flights out of Portmore as the storm reached the coast.

Executives at Skyway on Friday apologized for the tweet, which they called careless.
"""


def test_one_act_dated_differently_in_different_sentences_conflicts(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    report = build_report([write_articles({"a.txt": AIRLINE_A, "b.txt": AIRLINE_B})])
    found = {
        tuple(sorted(c.values))
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is ConflictType.DATE
    }
    assert found == {("Friday", "Saturday")}


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The club hired Ana Ruiz as head coach last week",
            "Two weeks ago, the club hired Ana Ruiz as head coach",
            ("last week", "Two weeks ago"),
        ),
        (
            "The bridge reopened 3 days ago",
            "The bridge reopened yesterday",
            ("3 days ago", "yesterday"),
        ),
        (
            "The factory closed last month",
            "The factory closed three months ago",
            ("last month", "three months ago"),
        ),
    ],
)
def test_one_fact_placed_different_distances_back_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    found = judge.relative_day_conflicts(statement(text_a, "a:1"), statement(text_b, "b:1"))
    assert [c.values for c in found] == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a day between two outlets' publication explains a day back
        ("The bridge reopened yesterday", "The bridge reopened two days ago"),
        ("The club hired Ana Ruiz last week", "The club hired Ana Ruiz a week ago"),
        # different units are not compared: "last week" may be three days back
        ("The bridge reopened 3 days ago", "The bridge reopened last week"),
    ],
)
def test_distances_back_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    a, b = statement(text_a, "a:1"), statement(text_b, "b:1")
    assert judge.relative_day_conflicts(a, b) == []


CLUB_A = """Ruiz takes over at Harbour FC

The club hired Ana Ruiz as head coach last week, after a run of seven defeats.
"""

CLUB_B = """Harbour FC turns to Ruiz

Two weeks ago, the club hired Ana Ruiz as head coach, after a run of seven defeats.
"""


def test_a_matched_fact_placed_different_weeks_back_is_a_conflict(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    report = build_report([write_articles({"a.txt": CLUB_A, "b.txt": CLUB_B})])
    found = [c.values for cluster in report.clusters for c in cluster.conflicts]
    assert found in ([("last week", "Two weeks ago")], [("Two weeks ago", "last week")])


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a state that lasts: closed on Monday and on Tuesday too
        (
            "Shops in the old town stayed closed on Monday after the flood",
            "Shops in the old town stayed closed on Tuesday after the flood",
        ),
        ("The border remained shut on Friday", "The border remained shut on Sunday"),
        # one act in two places
        (
            "Schools in Ashby closed on Monday after the flood",
            "Schools in Corbel closed on Friday after the flood",
        ),
        # the day of a price, a noun, and a day that belongs to the next verb
        (
            "The shares of the miner closed on Tuesday at $4.10",
            "The miner, whose shares closed at $4.10 Thursday, was delisted",
        ),
        (
            "The guard was in stable condition after the attack Sunday night",
            "The guard, hurt in the attack Sunday night, spoke of the attack Monday",
        ),
        (
            "Families evacuated from the valley on Saturday returned Sunday",
            "Families evacuated from the valley Saturday returned Sunday to muddy homes",
        ),
    ],
)
def test_lasting_states_and_acts_in_two_places_do_not_conflict(text_a: str, text_b: str) -> None:
    assert act_days(text_a, text_b) == []


def act_links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    """``act_day_links`` of two claims of different articles, each after a lead sentence
    that, matched, makes the articles one story."""
    lead = "Skyway Airlines cancelled all flights out of Portmore as the storm hit."
    return judge.act_day_links(*two_articles(lead, text_a, text_b, same_story=same_story))


def test_one_act_dated_differently_is_linked_across_different_sentences() -> None:
    named_a = "Skyway had to apologize Saturday for a tweet that mocked stranded passengers."
    named_b = "Executives at Skyway on Friday apologized for the tweet."
    assert act_links(named_a, named_b) == [(1, 3)]
    assert act_links(named_a, named_b, same_story=False) == []
    # sentences that share no name may be about anyone: left to the matcher
    nameless_a = "The company had to apologize Saturday for a tweet about passengers."
    nameless_b = "Executives on Friday apologized for the tweet."
    assert act_links(nameless_a, nameless_b) == []


SINGER_A = """Singer Ana Lind is alive

A fake site posted an article saying that singer Ana Lind was found dead at her home.

It goes on to claim that rumours of her death first circulated early on March 3 by fans online.
"""

SINGER_B = """Ana Lind found dead

Singer Ana Lind was found dead at her home on the coast.

Rumours of Ana Lind's death first circulated early March 6, 2019 on social media but were later
confirmed by police.
"""


def test_one_act_dated_on_two_days_of_a_month_in_different_sentences_conflicts(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    report = build_report([write_articles({"a.txt": SINGER_A, "b.txt": SINGER_B})])
    found = {
        tuple(sorted(c.values))
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is ConflictType.DATE
    }
    assert found == {("March 3", "March 6, 2019")}
