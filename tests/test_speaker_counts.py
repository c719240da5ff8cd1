"""A figure that counts who spoke ("Two guards spoke to the paper", "three residents told
reporters") counts a story's sources, not a quantity the story is about: it is not set
against "The prison has 40 guards" (judge/figures.py, _counts_speakers, with the verbs of
data/speaking_verbs.txt). Two counts of speakers, and counts after other verbs, are still
compared. Invented sentences."""

from __future__ import annotations

import pytest

from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The trawler had 14 crew members on board.",
            "Two crew members spoke to the Gazette on condition of anonymity.",
        ),
        (
            "Three residents told reporters the alarm never sounded.",
            "The tower block has 120 residents.",
        ),
        (
            "The Kessal prison holds about 40 guards on each shift.",
            "Four guards testified at the hearing on Monday.",
        ),
        (
            "Two nurses talked to the Courier about the night shift.",
            "The ward had nine nurses on duty that night.",
        ),
    ],
)
def test_a_count_of_speakers_is_no_count_of_the_story(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []
    assert conflict_values(text_b, text_a) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two counts of speakers
        (
            "Three officials spoke to reporters on Monday.",
            "Five officials spoke to reporters on Monday.",
            ("Three", "Five"),
        ),
        # two counts of the thing itself
        (
            "The trawler had 14 crew members on board.",
            "The trawler had 19 crew members on board.",
            ("14", "19"),
        ),
        # the figure is what was told of, not who told it
        (
            "Four guards were hurt in the riot, the governor said.",
            "Seven guards were hurt in the riot.",
            ("Four", "Seven"),
        ),
    ],
)
def test_counts_of_one_kind_are_still_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]
