"""People taken alive out of water are rescued: "were pulled from the sea" / "plucked out of the
water" key as "rescued" (``normalize._pulled_as_rescued``, data/pulled_to_safety.txt), unless
the claim names the dead or the thing is pulled out of anything but water."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.models import Verdict
from claimtrack.normalize import normalize_text, stem
from story_claims import sourced_article

RESCUED = stem("rescued")


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty fishermen were pulled from the sea on Friday.",
        "Two sailors were plucked out of the water by a helicopter.",
        "Nine children were hauled from the river.",
        "A swimmer was pulled from the lake.",
    ],
)
def test_pulled_out_of_water_keys_as_rescued(sentence: str) -> None:
    words = normalize_text(sentence).text.split()
    assert RESCUED in words
    assert "pull" not in words


@pytest.mark.parametrize(
    "sentence",
    [
        # the dead are recovered, not rescued
        "Three bodies were pulled from the river.",
        "The remains of two crew members were hauled from the sea.",
        # out of something else than water
        "The cough syrup was pulled from the shelves.",
        "The runner was pulled from the race.",
        # the verb alone
        "Investigators pulled the recorder from the wreck.",
    ],
)
def test_other_pulls_keep_their_words(sentence: str) -> None:
    assert RESCUED not in normalize_text(sentence).text.split()


def test_a_rescue_told_as_pulled_from_the_sea_agrees(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article(
                "Harbour Post",
                "The navy rescued 173 people from the water and from two lifeboats overnight.",
            ),
            "b.md": sourced_article(
                "Coast Wire", "In all, 173 passengers were pulled from the sea by navy crews."
            ),
        }
    )
    report = build_report([folder])
    agreeing = [c for c in report.clusters if c.verdict == Verdict.AGREE]
    assert len(agreeing) == 1
