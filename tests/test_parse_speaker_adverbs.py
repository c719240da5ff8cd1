"""An adverb between a speaker and the verb of saying is no part of the speaker ("the
ministry flatly denied", "Apple only said"), nor is a time or "However" before it without
its comma ("On Sunday the mayor said"); a speaker that is nothing but an adverb, or a
clause that ends in one, is no speaker.

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from parse_helpers import speaker as speaker_of


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
    assert speaker_of(text) == speaker


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
    assert speaker_of(text) == speaker


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # when, set before the speaker without its comma
        ("On Sunday harbour engineer Tom Berg insisted that the dam would hold.",
         "harbour engineer Tom Berg"),
        ("In August 2019 Ruiz said that the ferry was safe.", "Ruiz"),
        ("At the time local officials said that the fire was out.", "local officials"),
        ("In 2019 the council said that the bridge was safe.", "the council"),
        # May is a month like the others
        ("In May 2019 Ruiz said that the ferry was safe.", "Ruiz"),
        ("By May the council said that the bridge was safe.", "the council"),
        ("In May the ministry said that the port was shut.", "the ministry"),
        # a sentence adverb without its comma
        ("However a second source says that the talks have failed.", "a second source"),
    ],
)  # fmt: skip
def test_a_time_or_an_adverb_opening_the_speaker_is_no_part_of_it(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name that holds a day, and a time inside the name, stay
        ("The Mail on Sunday said that the ferry had sunk.", "The Mail on Sunday"),
        ("Sunday Times reporters said that the ferry had sunk.", "Sunday Times reporters"),
        ("Monday Club members said that the ferry had sunk.", "Monday Club members"),
        # a first name May is a name, not a month, with no "In" or "By" before it
        ("May Ruiz said that the ferry was safe.", "May Ruiz"),
    ],
)  # fmt: skip
def test_a_name_that_opens_like_a_time_stays_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker
