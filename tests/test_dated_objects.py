"""The day of an act whose object stands between the verb and the day ("could make his
debut against Kelby Town on Saturday" / "is expected to make his debut against Kelby Town
on Sunday"): the object's noun dates the act as a verb right before the day does."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.judge.dates import _dated_object, act_day_conflicts


def _conflicts(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return [c.values for c in act_day_conflicts(a, b)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Orlo could make his debut against Kelby Town on Saturday.",
            "The winger is expected to make his debut against Kelby Town on Sunday.",
            ("Saturday", "Sunday"),
        ),
        (
            "The council will hold its vote in Brenna on Tuesday.",
            "Councillors are due to hold their vote in Brenna on Thursday.",
            ("Tuesday", "Thursday"),
        ),
        (
            "Mira Saar will present her budget on Monday.",
            "Saar is to present her budget on Wednesday.",
            ("Monday", "Wednesday"),
        ),
    ],
)
def test_two_days_for_one_dated_object_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert _conflicts(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same day
        (
            "Orlo could make his debut against Kelby Town on Saturday.",
            "The winger is expected to make his debut against Kelby Town on Saturday.",
        ),
        # two objects
        (
            "Orlo could make his debut against Kelby Town on Saturday.",
            "Orlo will sign his contract at Kelby Town on Sunday.",
        ),
        # no determiner: talks are held again and again
        (
            "The unions held talks with Kelby Council on Monday.",
            "The unions held talks with Kelby Council on Thursday.",
        ),
    ],
)
def test_other_objects_and_one_day_are_no_conflict(text_a: str, text_b: str) -> None:
    assert _conflicts(text_a, text_b) == []


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("Orlo could make his debut against Kelby Town on", "debut"),
        ("He will make his debut on", "debut"),
        ("Officials said the attack on", None),  # "said": no verb of the act
        ("The debut of Orlo on", None),  # no verb before the object
        ("He will make his debut at home on", None),  # not a name between
        ("They held talks on", None),
    ],
)
def test_the_dated_object(before: str, noun: str | None) -> None:
    assert _dated_object(before) == noun
