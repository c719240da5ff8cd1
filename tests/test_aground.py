"""A ship stuck on the bottom or a rock, told as "ran aground", "went aground", "hit a reef" or
"grounded off" a coast: one predicate class (data/predicates.txt, "aground")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.models import Verdict
from claimtrack.normalize import normalize_text
from story_claims import sourced_article

AGROUND = "@aground"


@pytest.mark.parametrize(
    "sentence",
    [
        "The freighter Tarsa ran aground off Point Vell.",
        "The trawler went aground in fog.",
        "The Tarsa hit a reef on Friday.",
        "The ferry struck a reef two miles out.",
        "The tanker grounded off the northern coast.",
    ],
)
def test_a_grounding_keys_as_one_class(sentence: str) -> None:
    assert AGROUND in normalize_text(sentence).text.split()


@pytest.mark.parametrize(
    "sentence",
    [
        "Volcanic ash grounded all flights on Tuesday.",
        "The boats left the fishing grounds.",
        "Prices hit rock bottom in May.",
        "Rebels struck an army base.",
        "Divers filmed the reef.",
    ],
)
def test_other_groundings_and_strikes_keep_their_words(sentence: str) -> None:
    assert AGROUND not in normalize_text(sentence).text.split()


def test_a_grounding_told_two_ways_agrees(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article(
                "Harbour Post", "The freighter Tarsa ran aground off Point Vell on Friday."
            ),
            "b.md": sourced_article("Coast Wire", "The Tarsa hit a reef."),
        }
    )
    report = build_report([folder])
    agreeing = [c for c in report.clusters if c.verdict == Verdict.AGREE]
    assert len(agreeing) == 1
    assert len(agreeing[0].claim_ids) == 2
