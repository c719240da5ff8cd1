"""Figures and dates that tell two occasions or two acts, not one fact told two ways: a past
event's toll told in a "when" clause after a year, a count per one thing or per unit of time
against one per another, the day an event began against the day it is to end, and the day
of an act a clause tells of a thing named. Each with look-alikes that must still conflict."""

from __future__ import annotations

import pytest

from claim_helpers import claim, date
from claimtrack import judge
from claimtrack.models import Claim, ConflictType
from story_claims import conflict_values

# --- a past event's toll, in a "when" clause set after a year --------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The flood was the worst since 2009, when the river killed 14 people.",
            "Three people were killed.",
        ),
        (
            "It is the deadliest crash since 1998, when 40 passengers died.",
            "Twelve passengers died in the crash.",
        ),
        (
            "The town has not seen such a fire since 2011, when 60 homes burned down.",
            "25 homes burned down.",
        ),
        # an event named by its year
        (
            "The 2019 fire in the same valley destroyed 400 homes.",
            "140 homes have been destroyed so far.",
        ),
        ("The 1998 flood killed 40 people in the town.", "The flood has killed 12 people."),
        # the year names the past event before the "when"
        (
            "The slide is smaller than the 2014 collapse at Norby, when a quarry lost 9,000 "
            "tonnes of rock.",
            "About 700 tonnes of rock have fallen onto the road.",
        ),
        (
            "It was the worst blaze since the 2003 Kelm forest fire, when 70 homes burned.",
            "Fifteen homes burned.",
        ),
        (
            "Locals recall the 1987 storm on the east coast, when 31 boats sank.",
            "Six boats sank in the harbour.",
        ),
    ],
)
def test_a_past_events_toll_after_a_year_is_not_the_days_toll(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Three people were killed in the flood.",
            "Five people were killed in the flood.",
            ("Three", "Five"),
        ),
        # a year that names no event: the budget's year, not a past event's toll
        (
            "The 2019 budget gave the fire service 40 engines.",
            "The fire service has 60 engines.",
            ("40", "60"),
        ),
        # a "when" clause with no year: the same event
        (
            "Five people were killed when the roof fell.",
            "Three people were killed when the roof collapsed.",
            ("Five", "Three"),
        ),
        # a year after the "when": the day's event dated, not a past one
        (
            "Five people were killed when the roof fell in March 2024.",
            "Three people were killed when the roof collapsed.",
            ("Five", "Three"),
        ),
    ],
)
def test_tolls_of_one_event_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- a past year that opens the claim ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "In 2011, 11 miners were killed in a gas blast at a nearby pit.",
            "Two miners were killed in the collapse.",
        ),
        (
            "In 2017, thieves took the files of 6,000 customers from a bank in Orvel.",
            "The personal data of thirty thousand customers was taken by the thieves.",
        ),
        (
            "In 2019, a fire at the Lanner depot burned for 30 hours.",
            "The blaze burned for about nine hours on Sunday.",
        ),
        ("Back in 1999, the flood killed 12 people.", "The flood has killed four people."),
        # either order
        ("Two boats sank in the harbour.", "In 2016, a storm in the same bay sank 40 boats."),
    ],
)
def test_a_year_opening_a_claim_sets_its_figures_apart(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # the other claim names the same year
        (
            "In 2024, the club sold 9,000 season tickets.",
            "The club sold 7,000 season tickets in 2024.",
            ("9,000", "7,000"),
        ),
        (
            "In 2024, the club sold 9,000 season tickets.",
            "In 2024, the club sold 7,000 season tickets.",
            ("9,000", "7,000"),
        ),
        # a month of the year
        (
            "In 2024, the club sold 9,000 season tickets.",
            "The club had sold 7,000 season tickets by March 2024.",
            ("9,000", "7,000"),
        ),
        # a year that does not open the claim
        (
            "The club sold 9,000 season tickets in 2024.",
            "The club sold 7,000 season tickets.",
            ("9,000", "7,000"),
        ),
        # a month before the year: no year alone opens the claim
        (
            "In March 2024, the firm earned 5 million euros.",
            "The firm earned 7 million euros.",
            ("5 million", "7 million"),
        ),
    ],
)
def test_figures_of_one_year_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- counts per one thing, per unit of time ---------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Each freighter carries up to 900 cars to the terminal.",
            "The terminal handles about 250,000 cars a year.",
        ),
        ("The plant makes 300 engines a day.", "The plant makes 70,000 engines a year."),
        (
            "The mine produces 12,000 tonnes of copper annually.",
            "The mine produces 40 tonnes of copper each day.",
        ),
    ],
)
def test_counts_at_two_rates_are_two_quantities(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The plant makes 300 engines a day.",
            "The plant makes 500 engines a day.",
            ("300", "500"),
        ),
        (
            "The mine produces 12,000 tonnes of copper annually.",
            "The mine produces 20,000 tonnes of copper every year.",
            ("12,000", "20,000"),
        ),
        # a rate on one side only: compared as before
        (
            "The port handles 1.4 million containers a year.",
            "The port handles 2 million containers.",
            ("1.4 million", "2 million"),
        ),
        # "a day after" is no rate
        (
            "The storm killed 12 people a day after it hit.",
            "The storm killed 20 people.",
            ("12", "20"),
        ),
    ],
)
def test_counts_at_one_rate_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- the day an event began, the day it is to end ---------------------------------------------


def _dated(text: str, fragment: str, day: str, claim_id: str) -> Claim:
    return claim(
        text, claim_id, subject=" ".join(text.split()[:2]), dates=(date(text, fragment, day),)
    )


def _date_values(one: tuple[str, str, str], two: tuple[str, str, str]) -> list[tuple[str, str]]:
    a, b = _dated(*one, "a:1"), _dated(*two, "b:1")
    return [c.values for c in judge.date_conflicts(a, b) if c.type is ConflictType.DATE]


@pytest.mark.parametrize(
    ("one", "two"),
    [
        (
            ("A strike by miners shut down the pit on Monday.", "Monday", "2026-11-23"),
            (
                "The strike is set to last until Wednesday morning.",
                "Wednesday morning",
                "2026-11-25",
            ),
        ),
        (
            ("The ferry service was halted on Tuesday.", "Tuesday", "2026-11-24"),
            ("The ferry service is suspended until early Friday.", "Friday", "2026-11-27"),
        ),
        (
            ("Flights were grounded on Thursday.", "Thursday", "2026-11-26"),
            ("Flights will be grounded till Saturday.", "Saturday", "2026-11-28"),
        ),
    ],
)
def test_the_day_a_period_began_and_the_day_it_ends_do_not_conflict(
    one: tuple[str, str, str], two: tuple[str, str, str]
) -> None:
    assert _date_values(one, two) == []
    assert _date_values(two, one) == []


def test_two_ends_of_one_period_still_conflict() -> None:
    one = ("The strike will last until Wednesday.", "Wednesday", "2026-11-25")
    two = ("The strike will last until Friday.", "Friday", "2026-11-27")
    assert _date_values(one, two) == [("Wednesday", "Friday")]


# --- the day of an act a clause tells of a thing named ----------------------------------------


@pytest.mark.parametrize(
    ("one", "two"),
    [
        (
            ("Lind was stripped of the European title she won in August.", "August", "2026-08-01"),
            ("Lind tested positive for a steroid in June.", "June", "2026-06-01"),
        ),
        (
            ("Kerr must return the gold medal he won on Sunday.", "Sunday", "2026-11-22"),
            ("Kerr failed a drugs test on Tuesday.", "Tuesday", "2026-11-17"),
        ),
    ],
)
def test_the_day_of_a_thing_named_is_not_the_day_of_the_act(
    one: tuple[str, str, str], two: tuple[str, str, str]
) -> None:
    assert _date_values(one, two) == []


@pytest.mark.parametrize(
    ("one", "two", "values"),
    [
        # both dates of the thing named
        (
            ("Lind was stripped of the title she won in August.", "August", "2026-08-01"),
            ("Lind will lose the title she won in June.", "June", "2026-06-01"),
            ("August", "June"),
        ),
        # a verb of saying before the pronoun: the act's own day
        (
            ("Police said she arrived on Monday.", "Monday", "2026-11-23"),
            ("She arrived on Friday, police said.", "Friday", "2026-11-27"),
            ("Monday", "Friday"),
        ),
        (
            ("Kerr won the title in August.", "August", "2026-08-01"),
            ("Kerr won the title in June.", "June", "2026-06-01"),
            ("August", "June"),
        ),
    ],
)
def test_days_of_one_act_still_conflict(
    one: tuple[str, str, str], two: tuple[str, str, str], values: tuple[str, str]
) -> None:
    assert _date_values(one, two) == [values]


# --- another doer's act of a past year, told as background -----------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The town's brewery cut 200 jobs in 2022.", "Morrow Tiles cut 640 jobs."),
        ("A rival bakery closed 12 shops in 2021.", "Dorrin Foods closed 30 shops."),
        (
            "The neighbouring county's utility laid off 90 workers in 2019.",
            "Pellan Energy laid off 400 workers.",
        ),
        ("A storm killed 14 people in 2018.", "The floods killed 40 people."),
        # either order
        ("Velt Motors recalled 9,000 vans.", "A rival maker recalled 3,000 vans in 2020."),
    ],
)
def test_another_doers_act_of_a_past_year_is_not_the_days_count(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # one doer: its own act of that year against the day's
        ("Morrow cut 200 jobs at its Elby site in 2022.", "Morrow Tiles cut 640 jobs.", None),
        # one subject word: one measure, dated on one side only
        ("Sales rose 5% in 2025.", "Sales rose 4%.", ("5%", "4%")),
        # the undated side names a day of its own
        (
            "Dorrin Foods closed 12 shops in 2021.",
            "The company closed 30 shops on Monday.",
            ("12", "30"),
        ),
        # a pronoun is no other doer
        ("It closed 12 shops in 2021.", "Dorrin Foods closed 30 shops.", ("12", "30")),
        # both dated by the year: one year's act, compared
        (
            "The chain closed 12 shops in 2021.",
            "Dorrin Foods closed 30 shops in 2021.",
            ("12", "30"),
        ),
    ],
)
def test_one_doer_or_a_dated_day_still_compares(
    text_a: str, text_b: str, values: tuple[str, str] | None
) -> None:
    found = conflict_values(text_a, text_b)
    if values is None:
        assert found  # what the rule leaves alone, whichever figures the judge pairs
    else:
        assert found == [values]
