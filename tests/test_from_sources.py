"""Who an act's thing came from: one act on one thing told alike, with two firms or bodies
named after "from" ("The firm bought the site from Alder Group" / "... from Brant
Holdings"): an AGENT conflict (judge/roles.py reads the source as a doer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.judge.roles import SOURCE_MARK, agents
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types, sourced_article

TWO_SOURCES = [
    ("The firm bought the site from Alder Group.", "The firm bought the site from Brant Holdings."),
    ("The loan came from Harbor Bank.", "The loan came from Tide Credit."),
    (
        "Funding for the project came from the Lindqvist Foundation.",
        "Funding for the project came from the Orrin Trust.",
    ),
    (
        "The museum received the painting from the Lindqvist Foundation in March.",
        "The museum received the painting from the Orrin Trust in March.",
    ),
    # a name with "of": its own words, not the shared "Bank", tell it apart
    ("The payment came from the Bank of Orlen.", "The payment came from Harbor Bank."),
]


@pytest.mark.parametrize(("text_a", "text_b"), TWO_SOURCES)
def test_one_act_with_two_named_sources_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a place, not a firm or a body
        ("The team flew from Oslo on Monday.", "The team flew from Bergen on Monday."),
        # two sources named in one claim
        (
            "The firm bought the site from Alder Group and Brant Holdings.",
            "The firm bought the site from Brant Holdings.",
        ),
        # the other name in the same sentence: a chain of sales
        (
            "The firm bought the site from Alder Group, which had bought it from Brant Holdings.",
            "The firm bought the site from Brant Holdings.",
        ),
        # one source, named in full and in short
        ("The firm bought the site from Alder Group.", "The firm bought the site from Alder."),
        # who came or who spoke, not where the thing came from
        (
            "Officials from Harbor Bank attended the meeting.",
            "Officials from Tide Credit attended the meeting.",
        ),
        (
            "A statement from Harbor Bank said the loan was approved.",
            "A statement from Tide Credit said the loan was approved.",
        ),
        (
            "The mayor met a delegation from Harbor Bank on Monday.",
            "The mayor met a delegation from Tide Credit on Monday.",
        ),
        # the source named inside the subject: who they are, not where a thing came from
        (
            "Workers from Harbor Bank in Orlen joined the strike.",
            "Workers from Tide Credit in Orlen joined the strike.",
        ),
        # two things bought
        (
            "The firm bought the site from Alder Group.",
            "The firm bought the depot from Brant Holdings.",
        ),
        # a denial names no source
        (
            "The firm did not buy the site from Alder Group.",
            "The firm bought the site from Brant Holdings.",
        ),
    ],
)
def test_one_source_a_place_or_two_acts_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    "text",
    [
        "The team flew from Oslo on Monday.",
        "The firm bought the site from Alder Group and Brant Holdings.",
        "A statement from Harbor Bank said the loan was approved.",
        "The firm bought the site from Harbor Bank executives.",
        "Prices rose from March.",
    ],
)
def test_no_source_is_read(text: str) -> None:
    assert not [a for a in agents(text) if a.verb.startswith(SOURCE_MARK)]


def test_a_chain_of_sales_in_one_sentence_does_not_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        sourced_article(
            "Coast Daily",
            "The firm bought the site from Alder Group, which had bought it from Brant Holdings.",
        )
    )
    (tmp_path / "b.md").write_text(
        sourced_article("Selby Post", "The firm bought the site from Brant Holdings.")
    )
    assert conflict_clusters(build_report([tmp_path]), ConflictType.AGENT) == []


def test_two_sources_conflict_in_a_report(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        sourced_article("Coast Daily", "The firm bought the site from Alder Group.")
    )
    (tmp_path / "b.md").write_text(
        sourced_article("Selby Post", "The firm bought the site from Brant Holdings.")
    )
    clusters = conflict_clusters(build_report([tmp_path]), ConflictType.AGENT)
    assert clusters == [
        {
            "The firm bought the site from Alder Group.",
            "The firm bought the site from Brant Holdings.",
        }
    ]
