"""An amount with its currency left out ("paid 13 million") and one in a currency ("a fee of
31 million euros"): one quantity for the judge, linked across the articles of one story
when the claims share a name."""

from __future__ import annotations

import pytest

from claimtrack import judge
from story_claims import conflict_values, two_articles


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Norrholm paid a fee of 31 million euros for Dravik.",
            "Norrholm paid 13 million for Dravik.",
            ("31 million", "13 million"),
        ),
        (
            "Dravik joined Norrholm for a fee of 31 million euros.",
            "Norrholm paid 13 million for the striker.",
            ("31 million", "13 million"),
        ),
        (
            "The council sold the depot for $4.2 million.",
            "The depot was sold for 2.4 million, the council said.",
            ("$4.2 million", "2.4 million"),
        ),
    ],
)
def test_an_amount_with_its_currency_left_out_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same amount
        ("Dravik joined Norrholm for a fee of 31 million euros.", "Norrholm paid 31 million."),
        # a count, not an amount
        ("Norrholm paid 31 million euros for Dravik.", "Norrholm has 13 million fans."),
        ("Norrholm paid 31 million euros for Dravik.", "Norrholm sold 13 million shirts."),
        # no word of money before it
        ("Norrholm paid 31 million euros for Dravik.", "The match drew 13 million viewers."),
        # what is expected and what was paid
        (
            "Norrholm paid 31 million euros for Dravik.",
            "Norrholm expects to spend 13 million on the stadium.",
        ),
    ],
)
def test_counts_and_other_amounts_are_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


LEAD = "Striker Aron Dravik has signed for Norrholm from Kelby Town."


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


def test_an_amount_and_one_without_currency_are_linked_in_one_story_by_a_name() -> None:
    a = "Dravik joined Norrholm for a fee of 31 million euros."
    b = "Norrholm paid 13 million for the striker."
    assert _links(a, b) == [(1, 3)]
    assert _links(a, b, same_story=False) == []
    assert _links(a, "Norrholm paid 31 million for the striker.") == []
    # no name shared
    assert _links(a, "The buyers paid 13 million for the striker.") == []
