"""A speaker's tag that cuts a clause after its auxiliary or "be" ("The law is, Moro
argued, in force"): the words before the tag are the statement's own, not a scene-setting
lead-in, so the claim keeps its subject.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The law is, Ana Moro argued, still in force.", "The law is still in force.", "Ana Moro"),
        ("Talks have, he added, stalled since May.", "Talks have stalled since May.", "he"),
        ("The ferry was, Tom Berg insisted, never late.", "The ferry was never late.", "Tom Berg"),
    ],
)
def test_a_tag_inside_a_clause_keeps_its_subject(text: str, claim: str, speaker: str) -> None:
    assert facts(text) == [(claim, speaker)]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        # a scene before the speaker is a lead-in still
        ("On Monday, the mayor said the pier was shut.", "The pier was shut.", "the mayor"),
        (
            "Earlier this week, Ana Moro said the law was in force.",
            "The law was in force.",
            "Ana Moro",
        ),
    ],
)
def test_a_scene_before_the_speaker_stays_a_lead_in(text: str, claim: str, speaker: str) -> None:
    assert facts(text) == [(claim, speaker)]
