"""Two claims that tell a level moving, of two different things, never make one fact
(``match.movers``)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import match
from claimtrack.match import frames
from claimtrack.match.movers import mover, movers_apart, moves
from claimtrack.normalize import normalize_text
from claimtrack.options import Options

#: Two movements told in the same words but of two things: the scorer or the frame calls
#: them one fact, yet each tells another thing's move.
APART = [
    (
        "The Tarvian lira rose against the dollar after the announcement.",
        "Government bond yields rose slightly after the announcement.",
    ),
    (
        "Copper prices fell sharply after the strike at the Belmar mine.",
        "Shipping costs fell sharply after the strike at the Belmar mine.",
    ),
    (
        "Bread prices climbed again in Ostra last month.",
        "Rents for small flats rose again in Ostra last month.",
    ),
]

#: Pairs the rule leaves alone: one mover in other words, a figure shared, no mover named,
#: two other predicates.
NOT_APART = [
    ("Shares of Pellam rose 5 percent on Monday.", "Pellam's stock climbed 5 percent on Monday."),
    (
        "Unemployment in Kessel fell to 4.1 percent in May.",
        "The jobless rate in Kessel dropped to 4.1 percent in May.",
    ),
    (
        "The Tarvian lira rose against the dollar after the announcement.",
        "The lira strengthened slightly against the dollar after the announcement.",
    ),
    (
        "The lira rose against the dollar after the announcement.",
        "The Tarvian lira climbed after the announcement.",
    ),
    (
        "The central bank raised interest rates after the announcement.",
        "Lenders raised mortgage rates after the announcement.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), APART)
def test_two_things_moving_are_never_one_fact(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert moves(keys[0]) and moves(keys[1])
    assert movers_apart(keys[0], keys[1]) and movers_apart(keys[1], keys[0])
    options = Options()
    scored = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert len(scored) == 1
    pair = scored[0]
    assert pair.other_events
    assert not match.same_fact(pair, options)
    assert not match.supports_merge(pair, keys[0], keys[1])


@pytest.mark.parametrize(("text_a", "text_b"), NOT_APART)
def test_one_mover_or_other_acts_are_left_alone(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not movers_apart(keys[0], keys[1]) and not movers_apart(keys[1], keys[0])


def test_the_mover_is_read_before_the_movement() -> None:
    key = normalize_text("Government bond yields rose slightly after the announcement.")
    assert mover(key.text, key.numbers) == frozenset({"government", "bond", "yield"})
    # the movement opens the claim: nothing named moved
    opening = normalize_text("The increase was largely expected by traders.")
    assert mover(opening.text, opening.numbers) == frozenset()
    assert not moves(normalize_text("The bank raised rates on Tuesday."))


def test_a_claim_with_no_mover_is_not_apart() -> None:
    a = normalize_text("The increase was largely expected by traders after the vote.")
    b = normalize_text("Bond yields rose slightly after the vote.")
    assert not movers_apart(a, b) and not movers_apart(b, a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Tarvian lira rose against the dollar after the vote.",
            "The lira strengthened after the decision.",
        ),
        ("The peso fell sharply on Monday.", "The peso weakened sharply on Monday."),
    ],
)
def test_a_level_strengthening_and_rising_are_one_frame(text_a: str, text_b: str) -> None:
    a, b = normalize_text(text_a), normalize_text(text_b)
    assert a.predicates != b.predicates
    assert a.frames == b.frames
    # related as one frame, so the pair clusters (the judge compares its details)
    assert frames.similarity(a, b) >= frames.STRONG_SIMILARITY


def test_a_storm_strengthening_is_a_level_moving_and_a_halt_is_not() -> None:
    a = normalize_text("The storm strengthened overnight.")
    assert a.frames == normalize_text("Prices rose overnight.").frames
    assert a.frames.isdisjoint(normalize_text("Talks were suspended overnight.").frames)
