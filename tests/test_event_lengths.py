"""Two lengths of one kind of event ("a three-day walkout" / "the stoppage will last six
days"): one quantity for the judge, and linked across the articles of one story."""

from __future__ import annotations

import pytest

from claimtrack import judge
from story_claims import conflict_values, two_articles

LEAD = "Ferry crews at Brannock Harbour began industrial action over rosters."


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("Crews began a three-day walkout.", "The walkout will last five days.", ("three", "five")),
        (
            "Crews at Brannock began a four-day stoppage on Monday.",
            "The strike is expected to last six days, union leaders said.",
            ("four", "six"),
        ),
        (
            "The ministry proposed a two-week mediation.",
            "The mediation is scheduled to last three weeks.",
            ("two", "three"),
        ),
    ],
)
def test_two_lengths_of_one_event_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same length
        ("Crews began a three-day walkout.", "The strike lasted three days."),
        # two kinds of thing: a festival is no walkout
        ("The town opened a three-day festival.", "The walkout will last five days."),
        # a span of something else in the other claim
        ("Crews began a three-day walkout.", "Ferries were idle for five days last year."),
    ],
)
def test_other_lengths_are_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


def test_two_lengths_of_one_event_are_linked_in_one_story_only() -> None:
    a = "Crews at Brannock Harbour began a three-day walkout on Monday."
    b = "The strike at Brannock Harbour is scheduled to last five days."
    assert _links(a, b) == [(1, 3)]
    assert _links(a, b, same_story=False) == []
    assert _links(a, "The strike at Brannock Harbour is scheduled to last three days.") == []
    assert _links("The town opened a three-day festival at Brannock Harbour.", b) == []
