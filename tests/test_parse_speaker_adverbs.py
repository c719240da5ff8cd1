"""An adverb between a speaker and the verb of saying is no part of the speaker ("the
ministry flatly denied", "Apple only said"); a speaker that is nothing but an adverb, or a
clause that ends in one, is no speaker.

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.parse.attribution import find_attribution


def _speaker(text: str) -> str | None:
    found = find_attribution(text)
    return None if found is None else found.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour board flatly said that the cranes had never failed.", "The harbour board"),
        ("Ana Ruiz finally revealed that she had sold the ferry.", "Ana Ruiz"),
        ("The port authority only said the pier would reopen in May.", "The port authority"),
        ("Tom Berg then calmly said that the dam would hold.", "Tom Berg"),
        ("A second captain sheepishly added that the chart had been wrong.", "A second captain"),
        ("The mayor rather grudgingly conceded that the budget was short.", "The mayor"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an -ly noun ends the name
        ("Her family said that the boy had come home.", "Her family"),
        ("A regional daily reported that the dam had cracked.", "A regional daily"),
        ("The assembly said that the vote would be held in May.", "The assembly"),
        # a capitalised -ly word is a name
        ("Kelly said that the ferry had been late.", "Kelly"),
        # the writer calling the statement false: kept with the speaker for now
        ("The blog falsely claimed that the dam had burst.", "The blog falsely"),
    ],
)  # fmt: skip
def test_what_is_not_an_adverb_before_the_verb_stays(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a clause before the verb: its subject's second act, no speaker
        "Ms Ruiz left the port in 2019 and last wrote on May 2 that the ferry was safe.",
        "The navy has fired on such boats before, but rarely confirms that it has done so.",
        "The letter reads 'Come home' and simply says that the dinner starts at eight.",
        # one lower-case adverb read as the speaker
        "The ferry did not sink, as widely reported in the local press on Sunday.",
        "Nobody was hurt at the pier, as widely claimed on social media at the time.",
    ],
)
def test_a_clause_or_an_adverb_before_the_verb_is_no_speaker(text: str) -> None:
    assert all(c.attribution is None for c in extract_claims(text))
