"""A firm's name and the "it" after it, and a time phrase after a relative clause.

- A name of two words or more whose last word says it is a body ("Corlan Pharma",
  "Stormvale Interactive", "Kelmin Steel") is no person's: the "it" of the next sentence
  is that body, as after a one-word name. A person's name of two words stays no "it".
- A statement about such a body, told by "the company" (or "the firm", "the club"), names
  the body twice: the next sentence's "it" is the body. Told by another body ("the
  ministry said"), the "it" may be either, and stays.
- "close its studio, which employs 90 people, by the end of March": a short phrase of time
  after the relative's closing comma dates the main verb, not the relative; a phrase of
  place or number after it is left as it was.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.parse.referents import names_a_body
from parse_helpers import parse


def _texts(text: str) -> list[str]:
    return [claim.text for claim in parse(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Corlan Pharma recalled 2,000 packs of the tablets. It will refund every buyer.",
         "Corlan Pharma will refund every buyer."),
        ("Stormvale Interactive will cut 340 jobs. It will also close its Greywick studio.",
         "Stormvale Interactive will also close its Greywick studio."),
        ("Halden Games cancelled its fantasy title in May. It had spent four years on it.",
         "Halden Games had spent four years on it."),
    ],
)  # fmt: skip
def test_the_it_after_a_firms_name(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a person's name: "it" is not that person
        "Ana Ruiz will close the bakery in May. It will also stop deliveries.",
        # a name whose last word is no body's
        "Corlan Hill rose above the town. It will also get a new fence.",
    ],
)
def test_no_it_for_a_name_that_is_no_firms(text: str) -> None:
    assert any(claim.startswith("It will also") for claim in _texts(text))


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Corlan Pharma", True),
        ("Stormvale Interactive", True),
        ("Kelmin Steel", True),
        ("Ana Ruiz", False),
        ("Corlan", False),  # one word: a surname as often
        ("Lena Park", False),  # a speaker's kind ("the park said") is no body's last word
    ],
)
def test_names_a_body(name: str, body: bool) -> None:
    assert names_a_body(name) is body


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Stormvale Interactive will cut 340 jobs, the company said. It will also close its "
         "studio in Greywick.", "Stormvale Interactive will also close its studio in Greywick."),
        ("Kelmin Steel will shut the Orrin plant, the firm said on Monday. It has 2,000 staff "
         "in the region.", "Kelmin Steel has 2,000 staff in the region."),
    ],
)  # fmt: skip
def test_a_firm_told_of_by_the_company(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        # another body speaks: its "it" or the firm's
        "Kelmin Steel will shut the Orrin plant, the ministry said on Monday. It has 2,000 "
        "staff in the region.",
        # the speaker is a firm, but the subject names no body
        "Ana Ruiz will leave the board, the company said. It has 2,000 staff in the region.",
    ],
)
def test_no_it_when_the_speaker_may_be_another(text: str) -> None:
    assert "It has 2,000 staff in the region." in _texts(text)


@pytest.mark.parametrize(
    ("text", "main", "relative"),
    [
        ("It will close its studio in Greywick, which employs about 90 people, by the end of "
         "March.", "It will close its studio in Greywick by the end of March.",
         "Its studio in Greywick employs about 90 people."),
        ("The council shut the pool, which opened in 1970, in 2024.",
         "The council shut the pool in 2024.", "The pool opened in 1970."),
        ("Police arrested a driver, who was later released, on Monday.",
         "Police arrested a driver on Monday.", "A driver was later released."),
    ],
)  # fmt: skip
def test_a_time_phrase_after_a_relative_dates_the_main_verb(
    text: str, main: str, relative: str
) -> None:
    texts = _texts(text)
    assert main in texts
    assert relative in texts


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        # a phrase of number and place: whose it is, the commas do not tell
        ("The firm makes parts, which it sells, in 12 countries.",
         "The firm makes parts in 12 countries."),
        # a long phrase: a clause of its own, not a time phrase
        ("The council shut the pool, which opened in 1970, in the week that the new leisure "
         "centre on the ring road opened.",
         "The council shut the pool in the week that the new leisure centre on the ring road "
         "opened."),
    ],
)  # fmt: skip
def test_no_phrase_moved_that_is_no_short_time_phrase(text: str, moved: str) -> None:
    assert moved not in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Games has released a video of the new title. It comes just hours after staff "
        "were told of the cuts.",
        "Kelmin Steel will close the Orrin plant. It came as sales fell for a third year.",
        "Kelmin Steel will close the Orrin plant. It comes weeks after the union warned of cuts.",
    ],
)
def test_it_comes_as_is_the_news_just_told(text: str) -> None:
    assert any(claim.startswith(("It comes", "It came")) for claim in _texts(text))


def test_it_comes_with_an_object_is_the_firm() -> None:
    text = "Kelmin Steel opened a new plant. It comes with a training centre for 200 staff."
    assert "Kelmin Steel comes with a training centre for 200 staff." in _texts(text)


def test_a_body_named_leaves_no_he_for_the_person_before() -> None:
    # the "he" is the palace's spokesman; Tom Berg, named two sentences before, is not meant
    text = (
        "Celebrity gardener Tom Berg spotted the mushrooms on Monday while filming a show. A "
        "spokesman for Harbour Palace confirmed the find. "
        '"There are several hundred species in the garden," he said.'
    )
    said = [c for c in parse(text) if c.text.startswith("There are several hundred")]
    assert said and said[0].attribution == "he"


def test_a_withheld_act_after_a_body_named_short_is_its() -> None:
    text = (
        "Tarrant Chemicals was fined in 2017. Tarrant said it was cooperating with the River "
        "Authority and would set up a fund. It did not say how much money would go into it."
    )
    assert "Tarrant did not say how much money would go into it." in _texts(text)


def test_a_withheld_act_after_a_persons_surname_stays_it() -> None:
    # "Ruiz" heads no longer name: a person, whom "it" does not mean
    text = (
        "Ana Ruiz spoke on Monday. Ruiz said she would set up a fund. It did not say how much "
        "money would go into it."
    )
    assert "It did not say how much money would go into it." in _texts(text)
