"""A toll counted so far and one day's toll: "has killed 40 people since Monday" / "killed
12 people on Tuesday" are two counts of one event, and "since March" runs on like "since
2019". Two counts of the same kind stay compared."""

from __future__ import annotations

import pytest

from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the toll since a day and one day's toll
        ("The storm has killed 40 people since Monday.", "The storm killed 12 people on Tuesday."),
        ("Rebels have seized 30 villages since Friday.", "Rebels seized six villages yesterday."),
        (
            "The outbreak has infected 85 pupils since March 2.",
            "The outbreak infected 14 pupils on March 5.",
        ),
        # a running total since a month and the count of one occasion
        ("The fever has killed 300 people since March.", "The fever has killed 45 people."),
        (
            "Since late January, 2,000 migrants have crossed the border.",
            "About 150 migrants crossed the border.",
        ),
    ],
)
def test_a_running_count_and_one_days_count_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two tolls so far
        (
            "The storm has killed 40 people since Monday.",
            "The storm has killed 12 people since Monday.",
            ("40", "12"),
        ),
        (
            "The fever has killed 300 people since March.",
            "The fever has killed 450 people since March.",
            ("300", "450"),
        ),
        # two tolls of one day
        (
            "The storm killed 12 people on Tuesday.",
            "The storm killed 19 people on Tuesday.",
            ("12", "19"),
        ),
        # the toll so far against an undated toll is still one count
        (
            "The storm has killed 40 people since Monday.",
            "The storm has killed 12 people.",
            ("40", "12"),
        ),
        # "since March 2020" runs on from a month like "since March"
        (
            "The fever has killed 300 people since March 2020.",
            "The fever has killed 450 people since March 2020.",
            ("300", "450"),
        ),
    ],
)
def test_two_counts_of_one_kind_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]
