"""Who found it first: two parties who first found, saw or spotted one thing ("Mira Holt
first noticed the cracks" / "The cracks were first spotted by Jonas Fenn") are an AGENT
conflict (judge/doers.py, ``finder``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, parse
from claimtrack.judge.doers import FINDS, finder
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types, sourced_article

FIRST_FINDERS = [
    ("Pavel Dorn first discovered the error.", "Lena Saar first discovered the error."),
    # a passive's "first ... by" against an active
    ("Mira Holt first noticed the cracks.", "The cracks were first spotted by Jonas Fenn."),
    # two described doers, one of them said to be the first
    ("A cyclist first spotted the smoke.", "A postman spotted the smoke near the mill."),
    # what was found named in the other's sentence: "the fault ... the readings"
    (
        "Ola Brandt first noticed the strange readings.",
        "The fault was first detected by Ivo Kask, who checked the strange readings.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), FIRST_FINDERS)
def test_two_first_finders_of_one_thing_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two things found
        ("Mira Holt first noticed the cracks.", "Jonas Fenn first spotted the smoke."),
        # one party, told twice
        ("Mira Holt first noticed the cracks.", "The cracks were first noticed by Mira Holt."),
        # a party and one who speaks or works for it
        (
            "Mira Holt first noticed the cracks.",
            "The cracks were first spotted by a spokesman for Mira Holt.",
        ),
        # neither says "first": both may have seen it
        ("A cyclist spotted the smoke.", "A postman spotted the smoke."),
        # one's own first time, dated apart
        ("Mira Holt first saw the play in 2019.", "Jonas Fenn first saw the play in 2021."),
        # two acts: seeing and reporting
        ("Mira Holt first noticed the cracks.", "Jonas Fenn first reported the cracks."),
        # a denial is no finder
        ("Mira Holt first noticed the cracks.", "Jonas Fenn did not notice the cracks."),
        # a passive without "first": one of several who saw it
        ("Mira Holt first noticed the cracks.", "The cracks were spotted by Jonas Fenn."),
    ],
)
def test_one_finder_two_things_or_no_first_is_no_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)
    assert ConflictType.AGENT not in conflict_types(text_b, text_a)


def test_a_named_finder_without_first_keeps_its_act() -> None:
    # "Ana Rees spotted the leak": the act on its thing, as other named doers' acts
    claim = parse.parse_statement("Ana Rees spotted the leak.", "a:1", "a")
    assert finder(claim) is None
    first = parse.parse_statement("Ana Rees first spotted the leak.", "a:1", "a")
    found = finder(first)
    assert found is not None and found.act == FINDS and found.first
    assert found.written == "first spotted the leak"  # the conflict's explanation says "first"


LEAD = "A wolf escaped from the Pellow animal park on Sunday."


def _story(
    write_articles: Callable[[dict[str, str | bytes]], Path], text_a: str, text_b: str
) -> Path:
    return write_articles(
        {
            "a.md": sourced_article("Pellow Post", f"{LEAD}\n\n{text_a}"),
            "b.md": sourced_article("Vale Wire", f"{LEAD}\n\n{text_b}"),
        }
    )


def test_a_described_finder_and_a_named_one_described_otherwise_are_side_by_side(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    report = build_report(
        [
            _story(
                write_articles,
                "It was a shepherd, Tomas Ruud, who first saw it, lying under a wall.",
                "A jogger spotted the wolf near Brill Lane and called the police.",
            )
        ]
    )
    found = conflict_clusters(report, ConflictType.AGENT)
    assert len(found) == 1
    assert any("Tomas Ruud first saw it" in text for text in found[0])


def test_a_named_finder_described_as_the_same_kind_is_no_conflict(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    # "a jogger, Tomas Ruud" may be the jogger the other article speaks of
    report = build_report(
        [
            _story(
                write_articles,
                "It was a jogger, Tomas Ruud, who first saw it, lying under a wall.",
                "A jogger spotted the wolf near Brill Lane and called the police.",
            )
        ]
    )
    assert conflict_clusters(report, ConflictType.AGENT) == []
