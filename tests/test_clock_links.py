"""Two clock times for one act, told by one predicate class in otherwise different words,
across two articles of one story, are linked (``judge.links.clock_links``); "peaked" and
"was at its highest" are one class (data/predicates.txt: peak), and "The River Sware" and
"the river" one thing (``judge.times._named_with``)."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.compare import statement_keys
from claimtrack.judge.times import _named_with
from claimtrack.models import Claim
from claimtrack.options import Options
from story_claims import two_articles

LEAD = "Flood water poured into homes in Amberfold after the River Sware burst its banks."


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    return judge.clock_links(*two_articles(LEAD, text_a, text_b, same_story=same_story))


@pytest.mark.parametrize(
    "text",
    [
        "The river peaked at about 2 a.m.",
        "The river was at its highest at around 10pm.",
        "The river crested on Sunday.",
        "The river reached its peak on Sunday.",
    ],
)
def test_a_level_at_its_top_is_one_class(text: str) -> None:
    assert "@peak" in statement_keys(text, "x", Options())[2].text.split()


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The River Sware peaked at about 2 a.m. on Sunday, more than a metre above its "
            "normal level.",
            "The river was at its highest at around 10pm on Saturday.",
        ),
        (
            "The river peaked at about 2 a.m. on Sunday.",
            "The river was at its highest at around 6am on Sunday.",
        ),
    ],
)
def test_two_times_for_one_peak_are_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == [(1, 3)]
    assert _links(text_a, text_b, same_story=False) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one moment told on either side of midnight
        (
            "The river peaked at about 11:50pm on Saturday.",
            "The river was at its highest at 12:05am on Sunday.",
        ),
        # times that meet
        (
            "The river peaked at about 2 a.m. on Sunday.",
            "The river was at its highest at 2:10am on Sunday.",
        ),
        # two things
        (
            "The River Sware peaked at about 2 a.m. on Sunday.",
            "The reservoir was at its highest at around 10pm on Saturday.",
        ),
        # two acts
        (
            "The river peaked at about 2 a.m. on Sunday.",
            "The river burst its banks at around 10pm on Saturday.",
        ),
        # no day named
        ("The river peaked at about 2 a.m.", "The river was at its highest at around 10pm."),
    ],
)
def test_times_that_meet_or_of_other_acts_are_not_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == []


def _claim(text: str) -> Claim:
    return parse.parse_statement(text, "a", "a")


def test_a_name_holds_the_kind_of_thing_it_names() -> None:
    assert _named_with(_claim("The River Sware peaked at 2am."), "river")
    # not a name: a thing of the river
    assert not _named_with(_claim("The river bank collapsed at 2am."), "river")
    # a name that is not of a river
    assert not _named_with(_claim("The Sware Valley Trust met at 2am."), "river")
    assert not _named_with(_claim("The River Sware peaked at 2am."), None)
