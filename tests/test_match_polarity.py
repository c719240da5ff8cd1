"""Links by frame similarity alone between a claim that denies and one that affirms, said of
one subject (``match.frames.polarity_apart``): the pair stays related (the judge compares
it), not one fact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import features, frames, table
from claimtrack.normalize import MatchKey, normalize_claim
from story_claims import agreeing_texts, sourced_article


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    return _key(a), _key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The harbour master did not raise the storm alarm.",
            "The harbour master raised the storm alarm at 04:10.",
        ),
        (
            "Detectives have not questioned anyone.",
            "Detectives have asked anyone who saw a red car near the depot to call them.",
        ),
        ("Mayor Ilse Brandt never signed the contract.", "Mayor Ilse Brandt praised the contract."),
        (
            "The ferry company refuses to pay compensation.",
            "The ferry company will pay for the repairs to the pier.",
        ),
    ],
)
def test_one_subject_denied_and_affirmed_is_apart(a: str, b: str) -> None:
    assert frames.polarity_apart(*_keys(a, b))
    assert frames.polarity_apart(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both deny, or neither
        (
            "The harbour master did not raise the alarm.",
            "The harbour master never raised the alarm.",
        ),
        ("The harbour master raised the alarm.", "The harbour master sounded the alarm at 04:10."),
        # a shared figure ties the pair
        (
            "Around 7,400 homes in Selby had no heating on Sunday.",
            "About 7,400 homes in Selby lost heating on Sunday.",
        ),
        # "without" inside a phrase denies nothing
        (
            "Korvo Foods is offering a full refund, with or without a receipt.",
            "Korvo Foods will refund its customers in full.",
        ),
        # two subjects: a denial may tell what the other affirms
        (
            "No ferry has sailed to Orm since 1998.",
            "Plans are being made for the first crossing to Orm in decades.",
        ),
        # one sentence told inside the other
        (
            "The port of Selby will close at noon for the rest of the week.",
            "The port of Selby will close at noon for the rest of the week with no ferry sailing.",
        ),
    ],
)
def test_no_denial_against_an_affirmation_of_one_subject(a: str, b: str) -> None:
    assert not frames.polarity_apart(*_keys(a, b))
    assert not frames.polarity_apart(*_keys(b, a))


def _tying(a: str, b: str) -> tuple[int, int]:
    """(batch, pair) tying words of two claims."""
    ka, kb = _keys(a, b)
    batch = features.PairBatch(table.ClaimTable([ka, kb]), np.array([0]), np.array([1]))
    score, tying = frames.frame_similarities(batch)
    assert score[0] >= frames.STRONG_SIMILARITY
    return int(tying[0]), frames.tying_words(ka, kb, float(score[0]))


def test_the_link_by_similarity_alone_is_untied() -> None:
    assert _tying(
        "The harbour master did not raise the storm alarm.",
        "The harbour master raised the storm alarm at 04:10.",
    ) == (0, 0)


def test_a_denial_told_twice_stays_tied() -> None:
    batch, pair = _tying(
        "The harbour master did not raise the storm alarm.",
        "The harbour master did not raise the alarm for the storm.",
    )
    assert batch > 0 and pair > 0


def test_an_act_denied_and_another_affirmed_make_no_agreement(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article("Selby Post", "Detectives have not questioned anyone."),
            "b.md": sourced_article(
                "Coast Daily",
                "Detectives have asked anyone who saw a red car near the depot to call them.",
            ),
        }
    )
    assert agreeing_texts(folder) == []


@pytest.mark.parametrize(
    ("denial", "halt"),
    [
        ("No trams ran anywhere on the network.", "The tram network was shut down entirely."),
        (
            "No ferries sailed to the island on Monday.",
            "Ferry sailings to the island were suspended on Monday.",
        ),
        ("The night buses did not run.", "The night buses were halted."),
        ("No flights operated from the airport.", "The airport was closed to flights."),
    ],
)
def test_no_service_running_and_its_halt_are_not_apart(denial: str, halt: str) -> None:
    assert not frames.polarity_apart(*_keys(denial, halt))
    assert not frames.polarity_apart(*_keys(halt, denial))
    assert not frames.verbs_apart(*_keys(denial, halt))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denial of another verb than a service's running
        ("Police have not arrested anyone.", "Police have halted the search."),
        # a service's running denied, but the other claim's act is no halt
        ("The night buses did not run.", "The night buses were repainted."),
        # both deny
        ("No trams ran on Monday.", "The tram network was not shut down."),
    ],
)
def test_other_denials_and_acts_stay_as_they_were(a: str, b: str) -> None:
    key_a, key_b = _keys(a, b)
    assert not frames._no_service_is_a_halt(key_a, key_b)
    assert not frames._no_service_is_a_halt(key_b, key_a)


def test_no_service_running_agrees_with_its_halt_in_a_report(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article("Selby Post", "No trams ran anywhere on the network."),
            "b.md": sourced_article("Coast Daily", "The tram network was shut down entirely."),
        }
    )
    assert agreeing_texts(folder) == [
        {"No trams ran anywhere on the network.", "The tram network was shut down entirely."}
    ]
