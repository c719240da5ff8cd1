"""A denial of an accusation told with one of several nouns ("denies any wrongdoing" /
"has denied all the allegations against her" / "disputes the charges"): the key writes the
noun as one word after a verb of the "deny" class (``normalize._accusations_as_one``,
data/denied_accusations.txt), and a subject that is a one-word name is a name, not a common
noun that tells the claim's thing (``normalize._subject_words``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import extract_claims
from claimtrack.match.frames import STRONG_SIMILARITY, similarity
from claimtrack.match.subjects import subjects_apart
from claimtrack.normalize import MatchKey, normalize_claim
from story_claims import agreeing_texts, sourced_article


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


WRONGDOING = "wrongdo"


@pytest.mark.parametrize(
    "sentence",
    [
        "Osterby denies any wrongdoing.",
        "On Friday, Osterby denied all the allegations against him.",
        "The harbour master has denied the accusations.",
        "The company disputes the charges.",
        "The trainer denied these allegations in a statement.",
    ],
)
def test_the_accusation_a_denial_rejects_is_one_word(sentence: str) -> None:
    key = _key(sentence)
    assert WRONGDOING in key.tokens
    assert not {"allegation", "accusation", "charg"} & set(key.tokens)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # no denial: the charges as written
        ("Prosecutors dropped the charges on Monday.", "charg"),
        ("The allegations against Osterby surfaced in May.", "allegation"),
        # the noun is no object of the denial
        ("Osterby denied that the charges were filed late.", "charg"),
        # rejecting is another class ("the court rejected the charges")
        ("The court rejected the charges.", "charg"),
        # claims are denied, not named as an accusation
        ("The ministry denied the claims on Monday.", "claim"),
    ],
)
def test_other_accusations_and_other_denials_keep_their_words(sentence: str, kept: str) -> None:
    key = _key(sentence)
    assert kept in key.tokens
    assert WRONGDOING not in key.tokens


def test_two_denials_of_one_accusation_are_one_frame() -> None:
    a = _key("On Friday, Osterby denied any wrongdoing.")
    b = _key("The harbour master has denied all the allegations against him.")
    assert similarity(a, b) >= STRONG_SIMILARITY


def test_a_one_word_name_is_no_common_noun_subject() -> None:
    (claim,) = extract_claims("On Friday, Osterby denied the charges.")
    named = normalize_claim(claim)
    assert claim.subject == "Osterby"
    assert named.subject_words == ()
    # a title, a possessive and a plain noun are still words of the subject
    assert _key("The harbour master denied the charges.").subject_words == ("harbor", "master")
    assert _key("On Friday, Osterby's lawyer denied the charges.").subject_words != ()
    assert _key("Schools will stay shut.").subject_words == ("school",)
    other = _key("The harbour master has denied all the allegations against him.")
    assert not subjects_apart(named, other)
    assert subjects_apart(_key("The trainers denied the charges."), other)


def test_a_denial_told_two_ways_agrees(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article(
                "Tesmar Post",
                "Police questioned harbour master Jon Osterby on Monday. "
                "On Tuesday, Osterby denied any wrongdoing.",
            ),
            "b.md": sourced_article(
                "Coast Daily",
                "Harbour master Jon Osterby was questioned by police on Monday. "
                "The harbour master has denied all the allegations against him.",
            ),
        }
    )
    assert any(
        "The harbour master has denied all the allegations against him." in cluster
        for cluster in agreeing_texts(folder)
    )


def test_denials_of_other_things_do_not_agree(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article("Tesmar Post", "On Tuesday, Osterby denied any wrongdoing."),
            "b.md": sourced_article(
                "Coast Daily", "The harbour master denied reports of a merger."
            ),
        }
    )
    assert agreeing_texts(folder) == []
