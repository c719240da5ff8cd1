"""Claims of one story that give one act on one thing two named doers, linked across articles
although they share too few words to be scored as one fact (``doer_links``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.judge.doer_links import doer_links
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, sourced_article, two_articles

LEAD = "Hackers broke into the computers of the Port of Velmar on Monday."

#: Two doers of one act, described and named apart, with few other words in common.
TWO_DOERS = [
    (
        "A criminal gang called Red Owl claimed responsibility for the hack on a site it uses.",
        "A hacking group known as Blue Finch claimed responsibility for the hack on Friday "
        "in a post on a forum.",
    ),
    (
        "Red Owl took credit for the hack in a message to reporters late on Monday night.",
        "A hacking group calling itself Blue Finch claimed responsibility for the hack.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), TWO_DOERS)
def test_two_doers_of_one_act_are_linked_across_the_articles_of_one_story(
    text_a: str, text_b: str
) -> None:
    assert doer_links(*two_articles(LEAD, text_a, text_b, same_story=True)) == [(1, 3)]
    assert doer_links(*two_articles(LEAD, text_a, text_b, same_story=False)) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one doer
        (
            "A criminal gang called Red Owl claimed responsibility for the hack on a site.",
            "Red Owl claimed responsibility for the hack on Friday in a post on a forum.",
        ),
        # one side denies it: a denial is no second doer
        (
            "A criminal gang called Red Owl claimed responsibility for the hack on a site.",
            "Blue Finch did not claim responsibility for the hack, its spokesman said.",
        ),
        # two acts: the hack and the leak
        (
            "A criminal gang called Red Owl claimed responsibility for the hack on a site.",
            "A hacking group known as Blue Finch claimed responsibility for the leak.",
        ),
        # one of many: an act on a thing without a definite determiner
        (
            "Red Owl fired a rocket at the port on Monday night.",
            "Blue Finch fired a rocket at the port on Tuesday.",
        ),
        # two doers named together on one side
        (
            "Red Owl and Blue Finch claimed responsibility for the hack on Friday.",
            "A hacking group known as Blue Finch claimed responsibility for the hack.",
        ),
    ],
)
def test_one_doer_a_denial_or_two_acts_are_not_linked(text_a: str, text_b: str) -> None:
    assert doer_links(*two_articles(LEAD, text_a, text_b, same_story=True)) == []


def _story(
    write_articles: Callable[[dict[str, str | bytes]], Path], text_a: str, text_b: str
) -> Path:
    return write_articles(
        {
            "a.md": sourced_article("Velmar Courier", f"{LEAD}\n\n{text_a}"),
            "b.md": sourced_article("Coast Wire", f"{LEAD}\n\n{text_b}"),
        }
    )


@pytest.mark.parametrize(("text_a", "text_b"), TWO_DOERS)
def test_the_report_shows_the_two_doers_side_by_side(
    write_articles: Callable[[dict[str, str | bytes]], Path], text_a: str, text_b: str
) -> None:
    report = build_report([_story(write_articles, text_a, text_b)])
    assert conflict_clusters(report, ConflictType.AGENT) == [{text_a, text_b}]


def test_one_doer_told_twice_is_no_conflict(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    text_a = "A criminal gang called Red Owl claimed responsibility for the hack on a site."
    text_b = "Red Owl claimed responsibility for the hack on Friday in a post on a forum."
    report = build_report([_story(write_articles, text_a, text_b)])
    assert conflict_clusters(report, ConflictType.AGENT) == []
