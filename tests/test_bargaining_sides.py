"""Figures that are no two tellings of one quantity: what one side of a bargain asks for and
what the other offers (data/bargaining_verbs.txt), and a time that follows a figure ("9
percent last year"), which is no counted thing two figures share. Each with look-alikes
that must still conflict."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.judge.figures import _figures, _same_quantity
from story_claims import conflict_values

# --- what one side asks for, what the other offers --------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Nurses are demanding a 10 percent rise.", "Nurses were offered a 6 percent rise."),
        (
            "A pay rise of 10 percent is being demanded by the union.",
            "A pay rise of 6 percent was offered by the company.",
        ),
        (
            "The seller is asking 2 million euros for the house.",
            "The buyer offered 1.6 million euros for the house.",
        ),
        # either order
        ("Nurses were offered a 6 percent rise.", "Nurses want a 10 percent rise."),
    ],
)
def test_an_offer_and_a_demand_are_two_figures(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two offers
        (
            "The company offered a pay rise of 6 percent.",
            "The company has offered a 4 percent pay rise.",
            ("6 percent", "4 percent"),
        ),
        # two demands
        (
            "The union is demanding a 10 percent pay rise.",
            "The union wants a pay rise of 8 percent.",
            ("10 percent", "8 percent"),
        ),
        # neither verb bargains
        (
            "Nurses received a 10 percent rise.",
            "Nurses were given a 6 percent rise.",
            ("10 percent", "6 percent"),
        ),
    ],
)
def test_figures_of_one_side_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- a time after a figure --------------------------------------------------------------------


def _one_quantity(text_a: str, text_b: str) -> bool:
    ((na, fa),) = _figures(parse.parse_statement(text_a, "a:1", "a"))
    ((nb, fb),) = _figures(parse.parse_statement(text_b, "b:1", "b"))
    return _same_quantity(na, fa, nb, fb)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Inflation peaked at 9 percent last year.",
            "The operator offered a pay rise of 7 percent last week.",
        ),
        ("Ticket sales fell 12 percent last month.", "Bus fares went up 8 percent last month."),
    ],
)
def test_a_time_after_two_figures_is_no_counted_thing_they_share(text_a: str, text_b: str) -> None:
    assert not _one_quantity(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Exports grew 9 percent last year.", "Exports grew 7 percent last year."),
        ("Ticket sales fell 12 percent last month.", "Ticket sales dropped 8 percent last month."),
    ],
)
def test_one_measure_with_a_time_after_it_is_still_one_quantity(text_a: str, text_b: str) -> None:
    assert _one_quantity(text_a, text_b)
