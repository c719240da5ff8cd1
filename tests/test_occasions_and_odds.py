"""Date and polarity rules of the judge on one pair of published claims: a month told with
and without its year is one month; a "next" occasion is not the one already held; a step
called likely against one ruled out is a NEGATION conflict. Each with look-alikes that must
keep (or must not get) their conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import judge, normalize, parse
from claimtrack.judge.acts import same_dated_act
from claimtrack.judge.odds import odds_conflicts
from claimtrack.models import Article, Claim, ConflictType
from claimtrack.options import Options

_PUBLISHED = dt.date(2026, 10, 28)  # a Wednesday


def _claims(text: str, name: str) -> list[Claim]:
    article = Article(id=name, path=name, source=name.upper(), text=text, published=_PUBLISHED)
    return parse.parse_article(article)


def _values(text_a: str, text_b: str, of: ConflictType) -> list[tuple[str, str]]:
    """The values of every conflict of one type between the first claims of two articles."""
    a, b = _claims(text_a, "a")[0], _claims(text_b, "b")[0]
    options = Options()
    conflicts, _ = judge.judge_pair(
        a, b, normalize.normalize_claim(a, options), normalize.normalize_claim(b, options), options
    )
    return [c.values for c in conflicts if c.type is of]


# --- a month with its year against the same month without one --------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Tarnel central bank cut its rate by half a point in March, as exports slid.",
            "The bank last cut rates in March 2024, by half a point, when exports slid.",
        ),
        (
            "The Ostby plant shut its doors in June after the owner went bankrupt.",
            "The Ostby plant shut its doors in June 2023 after the owner went bankrupt.",
        ),
        (
            "The ferry service to Holm Island was suspended on April 9 after the storm.",
            "The ferry service to Holm Island was suspended on April 9, 2025, after the storm.",
        ),
        (
            "The ferry service to Holm Island was suspended on 9 April after the storm.",
            "The ferry service to Holm Island was suspended on April 9, 2025, after the storm.",
        ),
    ],
)
def test_a_month_without_a_year_meets_the_same_month_with_one(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.DATE) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # another month with the year
        (
            "The Ostby plant shut its doors in June after the owner went bankrupt.",
            "The Ostby plant shut its doors in August 2023 after the owner went bankrupt.",
        ),
        # another day of the month
        (
            "The ferry service to Holm Island was suspended on April 9 after the storm.",
            "The ferry service to Holm Island was suspended on April 12, 2025, after the storm.",
        ),
        # two years written
        (
            "The Ostby plant shut its doors in June 2021 after the owner went bankrupt.",
            "The Ostby plant shut its doors in June 2023 after the owner went bankrupt.",
        ),
    ],
)
def test_months_or_years_told_apart_still_conflict(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.DATE)


# --- "its next decision" against the decision already made -----------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The committee will announce its next decision on December 14, the bank said.",
            "Governor Lena Brandt announced the decision in Hallow City on Wednesday afternoon.",
        ),
        (
            "The council will hold its next vote on the bypass plan on March 3.",
            "Councillors voted on the bypass plan on Tuesday.",
        ),
        (
            "The upcoming auction of the Verlin estate is set for January 20.",
            "The auction of the Verlin estate was held on Monday.",
        ),
    ],
)
def test_the_next_occasion_is_not_the_one_held(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.DATE) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # "next" dates the act: the same vote, two days
        (
            "The council will vote on the bypass plan next Friday.",
            "The council will vote on the bypass plan on Monday.",
        ),
        # both tell the next one
        (
            "The next launch of the Corva rocket is set for May 9.",
            "The next launch of the Corva rocket is set for May 12.",
        ),
        # neither says "next"
        (
            "Councillors voted on the bypass plan on Thursday.",
            "Councillors voted on the bypass plan on Tuesday.",
        ),
    ],
)
def test_one_occasion_on_two_days_still_conflicts(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.DATE)


# --- a step called likely against the same step ruled out -------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Governor Lena Brandt said further increases were likely if prices did not ease.",
            "Brandt ruled out further rate increases this year, saying the bank would wait.",
        ),
        (
            "A second strike remains possible, the union said.",
            "The union ruled out a second strike.",
        ),
        (
            "Job cuts are expected at the Dunmore plant, staff said.",
            "The owner has ruled out job cuts at the Dunmore plant.",
        ),
        (
            "More tax rises were on the table, the minister said.",
            "The minister dismissed the prospect of more tax rises.",
        ),
    ],
)
def test_a_step_called_likely_and_ruled_out_conflicts(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.NEGATION)
    assert _values(text_b, text_a, ConflictType.NEGATION)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # not ruled out: both leave it open
        (
            "Further increases were likely if prices did not ease, the governor said.",
            "The governor did not rule out further rate increases.",
        ),
        # called unlikely: both say it will not come
        (
            "Further increases were unlikely, the governor said.",
            "The governor ruled out further rate increases.",
        ),
        # another thing ruled out
        (
            "Further wage increases were likely, the union said.",
            "The governor ruled out further rate increases.",
        ),
        (
            "A second strike remains possible, the union said.",
            "The union ruled out a pay freeze.",
        ),
        # the likely thing is no subject called likely
        (
            "It is likely that the bank will raise rates again.",
            "The governor ruled out further rate increases.",
        ),
        # two years apart
        (
            "Tax rises were likely in 2027, the minister said.",
            "The minister ruled out tax rises in 2026.",
        ),
    ],
)
def test_no_odds_conflict_without_one_thing_told_both_ways(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.NEGATION) == []


def test_odds_conflicts_from_claims_alone() -> None:
    (likely,) = _claims("Further increases were likely, the governor said.", "a")
    (ruled,) = _claims("The governor ruled out further rate increases.", "b")
    (found,) = odds_conflicts(likely, ruled)
    assert found.type is ConflictType.NEGATION
    assert found.values == ("likely", "ruled out")


# --- an event's start told in a "since it started" clause -------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The fire has burned 4,000 acres since it started on Tuesday afternoon near Olmo.",
            "The fire broke out on Sunday evening in the hills above Olmo.",
        ),
        (
            "The blaze has destroyed 40 homes since it broke out on Thursday.",
            "The blaze started on Monday in a canyon west of Pell.",
        ),
        (
            "The walkout has cost the port $3 million since it began on Friday.",
            "The walkout started on Tuesday, the union said.",
        ),
    ],
)
def test_an_event_started_in_a_since_clause_dates_its_start(text_a: str, text_b: str) -> None:
    assert same_dated_act(_claims(text_a, "a")[0], _claims(text_b, "b")[0])
    assert _values(text_a, text_b, ConflictType.DATE)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the clause's subject is no pronoun of the claim's own
        (
            "The fire has burned 4,000 acres since crews arrived on Tuesday afternoon.",
            "The fire broke out on Sunday evening in the hills above Olmo.",
        ),
        # the subject names another thing: its start is no start of the fire
        (
            "The shelter has taken in 40 families since it opened on Tuesday afternoon.",
            "The fire broke out on Sunday evening in the hills above Olmo.",
        ),
        (
            "The strike has cost the port $3 million since it began on Tuesday.",
            "The fire broke out on Sunday evening in the hills above Olmo.",
        ),
        # one day: no conflict
        (
            "The fire has burned 4,000 acres since it started on Sunday evening near Olmo.",
            "The fire broke out on Sunday evening in the hills above Olmo.",
        ),
    ],
)
def test_no_start_day_conflict_without_the_subjects_own_start(text_a: str, text_b: str) -> None:
    assert _values(text_a, text_b, ConflictType.DATE) == []


# --- "a morning update" names no morning --------------------------------------------------------


def test_a_time_of_day_naming_a_kind_of_thing_allows_no_time_zone_shift() -> None:
    evening = "The fire broke out on Saturday evening in the hills above Olmo."
    told_in_a_morning_update = (
        "The fire has burned 4,000 acres since it started on Sunday afternoon, the agency "
        "said in a morning update."
    )
    assert _values(told_in_a_morning_update, evening, ConflictType.DATE)


@pytest.mark.parametrize(
    "morning",
    [
        "The fire started early on Sunday morning, the agency said.",
        # a kind and a time of the event: the time stands
        "The fire started on Sunday morning, the agency said in a morning update.",
        "The fire started on the morning of Sunday, the agency said.",
    ],
)
def test_evening_and_next_morning_still_meet(morning: str) -> None:
    evening = "The fire broke out on Saturday evening in the hills above Olmo."
    assert _values(morning, evening, ConflictType.DATE) == []
