"""The "it" of a sentence right after one about an unnamed thing, passives said of a
thing, and "He was ..." after a person named in full.

- "The call was scheduled for half an hour. It lasted nine minutes.": the sentence before
  was about one thing, unnamed ("the call", "an independent review"), with no object its
  verb leaves that the "it" could mean instead; the "it" is that thing. Not after a verb
  with an object ("The council closed the bridge. It will reopen": the bridge, perhaps),
  nor after a plural, a person, a span of time, or a phrase of two things ("the cost of
  the repairs").
- "It was dug by hand", "It is taken once a day", "It will be led by ...": a passive
  said of the thing, where "It was reported that ...", "It will be a great day" stand for
  nothing.
- "Graham Pelling has been convicted ... He was found not guilty of ...": "He was" right
  after a sentence about the person named in full is that person.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from parse_helpers import parse


def _texts(text: str) -> list[str]:
    return [claim.text for claim in parse(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The call was scheduled for half an hour. It lasted nine minutes.",
         "The call lasted nine minutes."),
        ("The new bridge opened in May. It cost 40 million pounds.",
         "The new bridge cost 40 million pounds."),
        ("The safety advisory group is due to meet on Tuesday. It has the power to close the "
         "stand.", "The safety advisory group has the power to close the stand."),
        ("An independent review will look at how the day was planned, she said. It will be "
         "led by a retired fire officer.",
         "An independent review will be led by a retired fire officer."),
    ],
)  # fmt: skip
def test_it_after_one_unnamed_thing(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb with an object: the "it" may be the object
        "The council closed the bridge on Monday. It will reopen on Friday.",
        # a span of time, a person, a plural, two things
        "The first day went well. It ended at six.",
        "The night porter raised the alarm. It spread through the building.",
        "The pumps failed on Sunday. It was a long night.",
        "The cost of the repairs rose in May. It doubled again in June.",
        # a body speaks: its own "it" or the thing's
        "An independent review will look at how the day was planned, the club said. It will "
        "be led by a retired fire officer.",
        # not the sentence just before
        "The call was scheduled for half an hour. Staff were told of the cuts. It lasted nine "
        "minutes.",
    ],
)
def test_no_it_for_an_unnamed_thing_when_another_may_be_meant(text: str) -> None:
    assert any(claim.startswith("It ") for claim in _texts(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Kelmin Steel opened the plant in 2012. It is owned by a private fund.",
         "Kelmin Steel is owned by a private fund."),
        ("The cutting opened in 1864. It was dug by hand by gangs of navvies.",
         "The cutting was dug by hand by gangs of navvies."),
    ],
)  # fmt: skip
def test_a_passive_after_it_is_said_of_the_thing(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kelmin Steel opened the plant in 2012. It was reported that sales fell.",
        "Kelmin Steel opened the plant in 2012. It is not known whether it will stay open.",
        "The new bridge opened in May. It will be a great day for the town.",
        # a participle of thinking or telling before its clause
        "The suspect fled on Monday. It is believed the man crossed the border.",
        # a verb of coming to light before its clause
        "The video was posted on Monday. It has since emerged that the gunman had converted.",
        "A banana peel lay on the floor. It initially appeared as though he slipped.",
        "The banana peel was found on the floor. It initially appeared as though he slipped.",
        "The ferry left at noon. It turned out that the crew had not checked the hull.",
        "The clip went out on Monday. It emerged this weekend that the crew had staged it.",
        "The gunman was shot. It appears the gunman walked right past the reading room.",
        "The winter report came out. It may feel like the sun has gone for good.",
        "The fraud was simple. It doesn't take much skill to copy a signature.",
        # a noun that points ahead is no thing the next "it" goes on about
        "A big question is whether the plan works. It also raises rates.",
    ],
)
def test_an_empty_it_before_a_clause_stays(text: str) -> None:
    assert any(claim.startswith("It ") for claim in _texts(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Former hospice boss Graham Pelling has been convicted of fraud. He was found not "
         "guilty of a separate charge.", "Graham Pelling was found not guilty of a separate "
         "charge."),
        ("Dawn Holt has lived on Tanner's Row for 31 years. She is the town's flood warden.",
         "Dawn Holt is the town's flood warden."),
        # a capitalised word after a determiner is part of a noun phrase, no other person
        ("Country star Will Nolan was found dead today in his Maui home. He was 81 years old.",
         "Will Nolan was 81 years old."),
    ],
)  # fmt: skip
def test_he_was_after_a_person_named_in_full(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before named another person, who may be meant
        "Business Insider featured Mohammed Islam on its list. He was nominated by his peers.",
        # another capitalised name, or a possessive, in the sentence before
        "Every plan First Look has exists only at Pierre's pleasure. He is your sole funder.",
        "Tom Berg featured Islam on his show. He was nominated by his peers.",
        # inside a quotation: the speaker's "he" may be anyone
        'Vet Faye Bethell treated the goldfish on Monday. "He was constipated," she said.',
    ],
)
def test_he_was_stays_when_another_may_be_meant(text: str) -> None:
    assert any(claim.startswith(("He was", "He is")) for claim in _texts(text))


def test_he_was_after_a_full_name_with_a_place_and_a_day() -> None:
    text = (
        "Former hospice boss Graham Pelling was convicted of fraud by a jury in Hollinsford on "
        "Monday. He was found not guilty of a separate charge."
    )
    assert "Graham Pelling was found not guilty of a separate charge." in _texts(text)


def test_what_was_published_is_no_name_before() -> None:
    # a text was posted, not the writer named before; an unnamed thing may be meant
    texts = _texts(
        "Purdon has written for the site since May. It was posted on the National Report."
    )
    assert "It was posted on the National Report." in texts
    texts = _texts("The photo was taken on Monday. It was published in local media.")
    assert "The photo was published in local media." in texts


def test_it_after_a_clause_of_its_own_sentence_is_no_thing_before() -> None:
    text = (
        "The fine was paid in May. While anyone who drives drunk must be punished, it has to "
        "be within the law."
    )
    assert "It has to be within the law." in _texts(text)


def test_he_was_after_a_lead_in_is_read_as_before() -> None:
    # a lead-in widens the reach: only a person shown to be "he" is read so far
    text = "Dawn Holt has lived on Tanner's Row for 31 years. On Sunday, he was at home."
    assert "On Sunday, he was at home." in _texts(text)
