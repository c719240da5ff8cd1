"""Dates resolved against the publication date; unresolved and marked without one."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.parse.dates import find_dates

FRIDAY = dt.date(2025, 3, 14)  # a Friday


def only(text: str, published: dt.date | None = FRIDAY) -> tuple[dt.date | None, dt.date | None]:
    found = find_dates(text, 0, published)
    assert len(found) == 1, found
    return found[0].earliest, found[0].latest


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The plant shut on August 9, 2021.", dt.date(2021, 8, 9)),
        ("The plant shut on Aug. 9, 2021.", dt.date(2021, 8, 9)),
        ("The plant shut on 9 August 2021.", dt.date(2021, 8, 9)),
        ("The plant shut on Monday, August 9, 2021.", dt.date(2021, 8, 9)),
        ("The plant shut on 2021-08-09.", dt.date(2021, 8, 9)),
    ],
)
def test_absolute_dates(text: str, day: dt.date) -> None:
    assert only(text, None) == (day, day)


def test_years_and_decades_are_ranges() -> None:
    assert only("It was founded in 1962.", None) == (dt.date(1962, 1, 1), dt.date(1962, 12, 31))
    assert only("Fighting raged in the 1990s.", None) == (
        dt.date(1990, 1, 1),
        dt.date(1999, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("The ferry sank yesterday.", dt.date(2025, 3, 13), dt.date(2025, 3, 13)),
        ("The court rules today.", FRIDAY, FRIDAY),
        ("The court meets tomorrow.", dt.date(2025, 3, 15), dt.date(2025, 3, 15)),
        ("The mayor resigned on Tuesday.", dt.date(2025, 3, 11), dt.date(2025, 3, 11)),
        ("The mayor will resign on Tuesday.", dt.date(2025, 3, 18), dt.date(2025, 3, 18)),
        ("Voting starts next week.", dt.date(2025, 3, 17), dt.date(2025, 3, 23)),
        ("Prices rose last week.", dt.date(2025, 3, 3), dt.date(2025, 3, 9)),
        ("No meetings are planned in the coming week.", dt.date(2025, 3, 15), dt.date(2025, 3, 21)),
        ("Sales fell last month.", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        ("The dam failed three days ago.", dt.date(2025, 3, 11), dt.date(2025, 3, 11)),
        ("The pact was signed on June 3.", dt.date(2024, 6, 3), dt.date(2024, 6, 3)),
        ("The pact was signed on February 20.", dt.date(2025, 2, 20), dt.date(2025, 2, 20)),
    ],
)
def test_relative_dates_resolve_against_publication(
    text: str, earliest: dt.date, latest: dt.date
) -> None:
    assert only(text) == (earliest, latest)


@pytest.mark.parametrize(
    "text", ["The ferry sank yesterday.", "Voting starts next week.", "They met on Sunday."]
)
def test_relative_dates_without_publication_are_marked_unresolved(text: str) -> None:
    (found,) = find_dates(text)
    assert found.relative and not found.resolved
    assert found.earliest is None and found.latest is None


def test_clock_times() -> None:
    (found,) = find_dates("The blast came at 4:15 p.m.", 0, FRIDAY)
    assert found.time == "16:15"
    (found,) = find_dates("Flights resume at 06:40.", 0, None)
    assert found.time == "06:40"


@pytest.mark.parametrize(
    "text",
    [
        "Officials may reopen the port.",
        "Thousands march through the capital.",
        "The minister said he would sue.",
        "The company sold 1,850 cars.",
    ],
)
def test_words_that_look_like_dates_are_not(text: str) -> None:
    assert find_dates(text, 0, FRIDAY) == []


def test_offsets_are_shifted() -> None:
    text = "It rained on Sunday."
    (found,) = find_dates(text, 50, FRIDAY)
    assert text[found.start - 50 : found.end - 50] == "Sunday"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The plant will reopen in March.", "March"),
        ("The envoy stays until the end of February.", "February"),
        ("Prices have risen since May. Officials blame the drought.", "May"),
        ("The plant will reopen in March, officials said.", "March"),
    ],
)
def test_a_month_name_may_end_the_sentence(text: str, month: str) -> None:
    (found,) = find_dates(text, 0, FRIDAY)
    assert found.text == month
    assert found.earliest is not None and found.earliest.day == 1


def test_after_an_abbreviated_month_a_full_stop_may_still_lead_to_its_day() -> None:
    # "in Feb." is not read as the whole month when the day follows the abbreviation's stop.
    assert [d.text for d in find_dates("It happened in Feb. 5 talks.", 0, FRIDAY)] == ["Feb. 5"]
    assert find_dates("He said he may. In may.", 0, FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The minister will leave at the end of February.", 2019),
        ("The summit will take place on March 10.", 2019),
        ("The minister left at the end of February.", 2018),  # the past stays this year
        ("The talks will be held in December.", 2018),  # the month is not over yet
        ("Officials will meet on December 18.", 2018),  # within a week: a late report
    ],
)
def test_a_yearless_date_of_what_will_happen_is_not_in_the_past(text: str, year: int) -> None:
    (found,) = find_dates(text, 0, dt.date(2018, 12, 21))
    assert found.earliest is not None and found.earliest.year == year


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The ferry sank on Mar 21, 2014.", "Mar 21, 2014"),
        ("The ferry sank on Mar. 21.", "Mar. 21"),
        ("The pier reopened on Mar 3 after repairs.", "Mar 3"),
    ],
)
def test_the_short_name_of_march_is_a_month(text: str, surface: str) -> None:
    assert [d.text for d in find_dates(text)] == [surface]


def test_the_verb_mar_is_no_month() -> None:
    assert find_dates("Rising costs could mar 2 events at the port.") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The deal should close in the second half of 2027.", (2027, 7, 1), (2027, 12, 31)),
        ("Output rose in the first half of 2024, it said.", (2024, 1, 1), (2024, 6, 30)),
        ("The plant opens in the third quarter of 2026.", (2026, 7, 1), (2026, 9, 30)),
        ("Sales fell in the first quarter of 2025.", (2025, 1, 1), (2025, 3, 31)),
        ("The line will run by the last quarter of 2028.", (2028, 10, 1), (2028, 12, 31)),
        ("The second half of 2023 was the hardest.", (2023, 7, 1), (2023, 12, 31)),
    ],
)
def test_a_half_or_a_quarter_of_a_year_is_its_months(
    text: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    (found,) = find_dates(text, 0, None)
    assert (found.earliest, found.latest) == (dt.date(*first), dt.date(*last))
    assert found.text.endswith(str(first[0])) and found.text.split()[1] in ("half", "quarter")


@pytest.mark.parametrize(
    "text",
    [
        # no year: a half of a match, a quarter of a city
        "He scored twice in the second half of the match.",
        "Sales rose in the first quarter.",
        "Fires raged in the old quarter of the city.",
        # a half of a count, not of a year
        "Half of the 2027 budget was spent.",
    ],
)
def test_halves_and_quarters_of_other_things_are_no_part_of_a_year(text: str) -> None:
    assert all(
        found.text[:1].isdigit() or "half" not in found.text
        for found in find_dates(text, 0, FRIDAY)
    )
    assert all("quarter" not in found.text for found in find_dates(text, 0, FRIDAY))
