"""A claim that something was not told or is not known asserts nothing about it: never one
fact with a claim that tells it, and never a conflict with it (``match.untold``)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims, match
from claimtrack.match.untold import told_apart, untold
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    (claim,) = extract_claims(sentence)
    return normalize_claim(claim)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company did not say how many tickets had been sold for the crossing.",
        "The operator didn't say how many tickets it had sold.",
        "Police declined to say whether the driver had been charged.",
        "The club would not disclose what the striker's contract is worth.",
        "The ministry did not explain why the vote was delayed.",
        "The mayor would not immediately say when the bridge would reopen.",
        "The airline did not tell reporters how many flights were cancelled.",
        "The firm refused to comment on whether staff would be laid off.",
        "It is unclear why the reactor shut down.",
        "It was not known how many homes had burned.",
    ],
)
def test_a_refusal_to_tell_is_untold(sentence: str) -> None:
    assert untold(_key(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # told, with no refusal
        "The company said how many tickets had been sold for the crossing.",
        # a refusal with no question after it: a plain denial or a refusal of an act
        "The company did not say it had sold too many tickets.",
        "Police declined to charge the driver.",
        "The ministry did not explain the delay.",
        # a negation that is not about telling
        "The ferry did not sink because the crew acted fast.",
        "The council has not decided where the new school will go.",
    ],
)
def test_a_claim_that_tells_or_denies_is_not_untold(sentence: str) -> None:
    assert not untold(_key(sentence))


@pytest.mark.parametrize(
    ("refusal", "other", "apart"),
    [
        (
            "The company did not say how many tickets had been sold for the crossing.",
            "The company sold more tickets than the ship was allowed to carry.",
            True,
        ),
        (
            "Police declined to say whether the driver had been charged.",
            "The driver has been charged with dangerous driving.",
            True,
        ),
        # two refusals to tell one thing may be one fact
        (
            "The company did not say how many tickets had been sold for the crossing.",
            "The company would not disclose how many tickets it sold for the crossing.",
            False,
        ),
        # a claim that nothing was given is no telling either
        (
            "He did not say whether a new date had been offered.",
            "No new date was offered.",
            False,
        ),
        # a negation only in a relative clause that describes a thing: the claim tells
        (
            "Police have not said how the burglars got into the depot.",
            "The burglars got in through a side door that had not been locked for weeks.",
            True,
        ),
        (
            "The utility did not say why the pump failed.",
            "The pump failed because of a valve which had never been replaced.",
            True,
        ),
        # a negation of the claim's own act: no telling
        (
            "Police have not said how the burglars got into the depot.",
            "The burglars did not get in through the door that had been left open.",
            False,
        ),
    ],
)
def test_a_refusal_is_apart_from_a_claim_that_tells(refusal: str, other: str, apart: bool) -> None:
    a, b = _key(refusal), _key(other)
    assert told_apart(a, b) is apart
    assert told_apart(b, a) is apart
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), [a, b], options)
    assert pair.other_parties is apart
    if apart:
        assert not match.same_fact(pair, options)


def test_a_refusal_is_not_one_fact_nor_a_conflict_with_what_it_does_not_tell() -> None:
    """The strong-similarity route linked these two as one fact before the rule."""
    refusal = "The company did not say how many tickets had been sold for the crossing."
    told = (
        "The company reportedly sold more tickets for the crossing than the ship was allowed "
        "to carry."
    )
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), [_key(refusal), _key(told)], options)
    assert not match.same_fact(pair, options)


def test_every_cue_passes_the_screen_before_the_pattern() -> None:
    # ``_untold_text`` looks for the cues' first words before searching the pattern: a cue
    # whose first word the screen missed would never be found.
    from claimtrack.match.untold import _openers, _untold_text
    from claimtrack.parse.tables import sections

    cues = sections("untold_cues.txt")
    for refusal in cues["refusals"]:
        assert _untold_text(f"the firm {refusal} say how many were sold")
    for unknown in cues["unknown"]:
        assert _untold_text(f"it is {unknown} why the ship listed")
    assert _untold_text("the firm won't say how many were sold")
    # nothing the screen holds: nothing the pattern could find
    assert not _untold_text("the firm will say how many were sold")
    assert "n't" in _openers()
