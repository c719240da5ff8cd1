"""A phrase of place or occasion that opens a sentence without its comma is no part of the
speaker ("On his blog Tom wrote ...", "In the clip the group said ..."); when no one is
named after it ("In a report posted online, ...", "With the menu only estimated at ..."),
it is no speaker at all, and a speaker that is only "And" ("And reports that ...") is none.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from parse_helpers import speaker as speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On his blog Tom wrote that he had quit the band.", "Tom"),
        ("In the clip the group said the ferry had sunk near the pier.", "the group"),
        ("At the briefing today officials said the port would reopen.", "officials"),
        ("In an earlier post she wrote that the mill had closed.", "she"),
        ("During the hearing the judge said the contract was void.", "the judge"),
        # a name after a preposition or "and" is still the phrase's
        ("In a note to Ana the mayor wrote that the bridge was safe.", "the mayor"),
        ("In a letter to Ana and Tom the mayor wrote that the bridge was safe.", "the mayor"),
    ],
)
def test_an_opening_scene_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a number, not a scene
        ("At least one witness said the van was red.", "At least one witness"),
        # the phrase's object is a name: where it ends is unknown, the words are kept
        ("In Lisbon police said the road was shut for the race.", "In Lisbon police"),
        # no preposition first
        ("The port authority said two cranes had failed.", "The port authority"),
    ],
)
def test_a_speaker_without_an_opening_scene_is_kept(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a report posted on its website, the port authority said two cranes had failed.",
            "the port authority",
            "Two cranes had failed.",
        ),
        (
            "In a letter to Ana and Tom posted online, the mayor said the bridge was safe.",
            "the mayor",
            "The bridge was safe.",
        ),
    ],
)
def test_a_scene_read_as_a_speaker_gives_way_to_the_real_one(
    text: str, speaker: str, content: str
) -> None:
    claims = [(c.text, c.attribution) for c in extract_claims(text) if c.dropped is None]
    assert claims == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "With the menu only estimated at ten dishes, some guess that the chef was paid well.",
        "In one video posted on his page, he sings about the harbour at night.",
        "And reports that the mayor had lied have hurt her campaign.",
    ],
)
def test_no_one_named_is_no_speaker(text: str) -> None:
    assert all(c.attribution is None for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # lower case: the phrase opens after a comma or a conjunction, mid-sentence
        (
            "The ferry sank near the pier, in a short video posted online the coastguard said.",
            "the coastguard",
        ),
        ("And in a statement released Friday the council said the road was shut.", "the council"),
        ("The talks will resume in June, in a decision its cabinet announced.", "its cabinet"),
        # a day after the phrase's participle is when, not the speaker's first word
        ("In a note sent Tuesday the mayor wrote that the bridge was safe.", "the mayor"),
        ("In a note sent Tuesday Ruiz wrote that the bridge was safe.", "Ruiz"),
        # an article after a preposition is still the phrase's object
        ("In a letter to the mayor the council wrote that the bridge was unsafe.", "the council"),
    ],
)
def test_a_lower_case_or_dated_scene_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The price rose sharply, with some reported to pay double for a seat.",
        "The pier was closed for a week, in a move first reported by the local paper.",
    ],
)
def test_a_lower_case_scene_with_no_one_after_it_is_no_speaker(text: str) -> None:
    assert all(c.attribution is None for c in extract_claims(text))
