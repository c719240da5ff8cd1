"""Links by frame similarity alone between claims about two things told by common nouns
(``match.subjects.subjects_apart``), or of which only one gives a figure
(``match.subjects.figure_untold``): the pair stays related, not one fact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import features, frames, table
from claimtrack.match.subjects import figure_untold, subjects_apart, toll_untold
from claimtrack.normalize import MatchKey, normalize_claim, normalize_claims, stem
from story_claims import agreeing_texts, sourced_article


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    return _key(a), _key(b)


def test_a_key_keeps_the_words_of_a_common_noun_subject() -> None:
    assert _key("The ferry terminals will stay shut until Friday.").subject_words == (
        "ferry",
        "terminal",
    )
    # a subject that ends in a name is the name: its title tells no other thing
    assert _key("Former harbour master Olle Brandvik was charged on Monday.").subject_words == ()
    assert _key("It will stay shut until Friday.").subject_words == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Libraries will remain closed for the rest of the month.",
            "Tesmar harbour will remain closed until Sunday.",
        ),
        (
            "Ferry crews stopped work at noon on Tuesday.",
            "Bakeries stopped work at noon on Tuesday.",
        ),
        (
            "Farmers have been banned from burning stubble this week.",
            "Hunters have been banned from the forest this week.",
        ),
    ],
)
def test_one_act_of_two_things_is_two_subjects(a: str, b: str) -> None:
    assert subjects_apart(*_keys(a, b))
    assert subjects_apart(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one family of words: "rescuers" / "rescue teams"
        (
            "Rescue teams halted the search at dusk.",
            "Rescuers stopped searching shortly after dusk.",
        ),
        # active and passive: the subject of one is the object of the other
        ("Fishermen closed the harbour on Monday.", "The harbour was closed by fishermen."),
        # a shared figure ties the pair, whatever its subjects
        (
            "About 7,400 homes lost power overnight.",
            "Around 7,400 households lost power overnight.",
        ),
        # a shared name, too
        (
            "Schools in Varden will remain closed until Monday.",
            "The Varden airport will remain closed until Monday.",
        ),
        # a subject that is a name
        ("Teachers went on strike on Monday.", "Olle Brandvik went on strike on Monday."),
        # no act in common: left to the other tests
        ("Libraries were busy on Sunday.", "Harbours stayed calm on Sunday."),
    ],
)
def test_one_subject_or_no_subjects_to_compare(a: str, b: str) -> None:
    assert not subjects_apart(*_keys(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Some 2,700 nurses joined the walkout.", "Nurses at Eskby hospital walked out on Friday."),
        ("Two killed as Halm viaduct gives way.", "The viaduct gave way as its bearings failed."),
        ("The mill opened in 1958.", "Workers gathered at the mill gates."),
    ],
)
def test_a_figure_one_claim_gives_alone(a: str, b: str) -> None:
    assert figure_untold(*_keys(a, b))
    assert figure_untold(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both give figures, or neither: other tests compare them
        ("Some 2,700 nurses joined the walkout.", "About 3,100 nurses walked out."),
        ("Nurses joined the walkout.", "Nurses walked out on Friday."),
        # a vague count is a count
        ("At least 14 people were killed in the floods.", "The floods killed dozens of people."),
    ],
)
def test_no_figure_told_by_one_claim_alone(a: str, b: str) -> None:
    assert not figure_untold(*_keys(a, b))


def test_one_name_keeps_a_figure_told_once_in_one_fact() -> None:
    a, b = normalize_claims(
        extract_claims(
            "Mayor Ilse Varga ran the port authority for nine years. "
            "Varga was once head of the port authority."
        )
    )
    assert not figure_untold(a, b)


def test_one_quotation_or_one_sentence_inside_another_is_one_telling() -> None:
    short = _key("I'm weighing every option.")
    long = _key("Varga hinted she may quit before May, saying: I'm weighing every option.")
    assert frames.one_telling(short, long)
    assert not frames.one_telling(
        _key("Libraries will remain closed for the rest of the month."),
        _key("Tesmar harbour will remain closed until Sunday."),
    )


HARBOUR = sourced_article("Tesmar Post", "Tesmar harbour will remain closed until Sunday.")
LIBRARIES = sourced_article("Coast Daily", "Libraries would stay closed for the rest of the week.")
RESCUE_A = sourced_article("Tesmar Post", "Rescue teams halted the search at dusk.")
RESCUE_B = sourced_article(
    "Coast Daily", "Rescuers stopped searching shortly after dusk because of high waves."
)


def test_one_act_of_two_things_makes_no_agreement(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    assert agreeing_texts(write_articles({"a.md": HARBOUR, "b.md": LIBRARIES})) == []


def test_one_act_of_one_subject_told_two_ways_still_agrees(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    assert len(agreeing_texts(write_articles({"a.md": RESCUE_A, "b.md": RESCUE_B}))) == 1


def _tying(a: str, b: str, topic: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(batch, pair) tying words of two claims in a run whose topic words are ``topic``."""
    ka, kb = _keys(a, b)
    batch = features.PairBatch(
        table.ClaimTable([ka, kb], topic=topic), np.array([0]), np.array([1])
    )
    score, tying = frames.frame_similarities(batch)
    return int(tying[0]), frames.tying_words(ka, kb, float(score[0]), topic)


@pytest.mark.parametrize(
    ("a", "b", "topic"),
    [
        # a count, and the story's strike (its predicate class, a topic word of the run,
        # ties nothing): "nurses" alone ties the pair
        (
            "Some 2,700 nurses joined the strike.",
            "Nurses at Eskby hospital went on strike on Friday.",
            frozenset({"@attack"}),
        ),
        (
            "Libraries would stay closed for the rest of the week.",
            "Tesmar harbour will remain closed until Sunday.",
            frozenset(),
        ),
    ],
)
def test_the_link_by_similarity_alone_is_untied(a: str, b: str, topic: frozenset[str]) -> None:
    assert _tying(a, b, topic) == (0, 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rescue teams halted the search at dusk.", "Rescuers stopped searching after dusk."),
        ("Some 2,700 nurses joined the strike.", "Some 2,700 nurses went on strike on Friday."),
    ],
)
def test_one_subject_and_one_count_stay_tied(a: str, b: str) -> None:
    batch, pair = _tying(a, b, frozenset({"@attack"}))
    assert batch > 0 and pair > 0


def test_a_sentence_told_inside_another_stays_tied() -> None:
    # the longer claim gives a year the shorter does not: one telling all the same
    short = "The market stalls would stay open late all week."
    long = "The market stalls would stay open late all week for the 300 traders."
    ka = _key(short)
    # the story's words tie nothing: one word of the sentence is left to tie the pair
    topic = frozenset(ka.tokens) - {stem("late")}
    batch, pair = _tying(short, long, topic)
    assert batch > 0 and pair > 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "At least 9 dead after bus plunges into the Ossel gorge.",
            "A coach carrying tourists to Varn plunged into the Ossel gorge on Sunday.",
        ),
        ("Two killed as Brenna Tower scaffolding falls.", "The Brenna Tower scaffolding fell."),
        (
            "Eleven hurt as tram derails in Osk.",
            "A tram derailed in Osk because a rail had cracked.",
        ),
    ],
)
def test_a_toll_one_claim_gives_alone(a: str, b: str) -> None:
    assert toll_untold(*_keys(a, b))
    assert toll_untold(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both give a figure
        ("At least 9 dead after bus crash.", "Nine people died when the bus crashed."),
        # the other names the toll, vaguely or without a figure
        ("At least 9 dead after bus crash in Ossel.", "Dozens were killed in the Ossel crash."),
        ("At least 9 dead after bus crash in Ossel.", "People died in the Ossel bus crash."),
        # a figure that is no toll ("figure_untold" decides it)
        ("The Brenna Tower is 140 metres tall.", "The Brenna Tower scaffolding fell."),
    ],
)
def test_no_toll_told_by_one_claim_alone(a: str, b: str) -> None:
    assert not toll_untold(*_keys(a, b))
    assert not toll_untold(*_keys(b, a))


def test_a_toll_told_alone_unties_a_name_shared() -> None:
    # the name of the gorge is shared, yet the headline's point is its toll
    assert _tying(
        "At least 9 dead after bus plunges into the Ossel gorge.",
        "A coach carrying tourists to Varn plunged into the Ossel gorge on Sunday.",
    ) == (0, 0)
