"""Two claims that share only a setting (a place, a thing, one name, a figure of other
things) and nothing of an act make no link by similarity alone when the model scores them
low (``match.setting_only``). Invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import frames, setting_only
from claimtrack.match.score import score_keys, score_pairs
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    return _key(a), _key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one place, two acts there
        (
            "The town plans to build a swimming pool on the old depot.",
            "Maria Keller runs the cafe next to the old depot.",
        ),
        # one ship (one name), two things said of it
        (
            "The Sea Queen is the only ship able to carry fuel to Carra.",
            "The Sea Queen is one of three ships that Northline runs.",
        ),
        # one figure of two things: sites dug, volunteers who helped
        (
            "Dr Ana Ruiz has excavated more than 40 sites.",
            "More than 40 volunteers have helped on the excavation since May.",
        ),
        # a caption: no verb, its words all setting
        (
            "A bus depot in a small town.",
            "Maria Keller runs the cafe next to the bus depot.",
        ),
        (
            "Water up to the doors on Kiln Street.",
            "Joan Pike has lived on Kiln Street for 31 years.",
        ),
    ],
)
def test_a_shared_setting_alone_is_setting_only(a: str, b: str) -> None:
    assert setting_only.setting_only(*_keys(a, b))
    assert setting_only.setting_only(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one act class: "cancelled" / "suspended"
        (
            "Services to the mainland are cancelled until Friday.",
            "Sailings to the mainland have been suspended until Friday.",
        ),
        # one claim's verb among the other's words
        ("Police officers were sent to direct traffic.", "Police directed cars at busy junctions."),
        # a small figure that counts one thing in both
        (
            "More than 40 volunteers have helped on the dig since May.",
            "Since May, upwards of forty volunteers have worked on the dig.",
        ),
        # a large figure, whatever it counts in each
        (
            "The club said 9,200 fans watched the final.",
            "The crowd of 9,200 was the largest at the ground in a decade.",
        ),
        # one day of one month
        (
            "The district first detected the intrusion on March 12.",
            "The district discovered the breach on March 12, when staff noticed unusual activity.",
        ),
        # three content words besides names
        (
            "Routine tests found E. coli bacteria in the town's water supply.",
            "Residents were told to boil water after E. coli bacteria were detected in routine "
            "samples.",
        ),
        # a state told by a linking verb other than "be" ("staying" / "sheltering")
        (
            "Families who fled are staying at the Oakfield school hall.",
            "Evacuees are sheltering in the hall of Oakfield school.",
        ),
        # two names, one of them in full in one claim and by its surname in the other
        (
            "Ms Varga's list includes questions on Okafor's business deals in Lisbon.",
            "The questions also touch on his talks with Daniel Okafor about a Lisbon property "
            "deal.",
        ),
        # a name and two content words: three together
        (
            "The Sea Queen is the only ship able to carry fuel to Carra, so any breakdown leaves "
            "the island without fuel.",
            "The Sea Queen is one of three ships that Northline runs to the islands.",
        ),
        # a small figure that nothing says counts two things
        ("Tomas was 16.", "Tomas and Ana were aged 16 and 13 at the time."),
        # a caption with a figure that counts one thing in both
        (
            "Flood warnings in force: 3 severe, 5 warnings.",
            "Three severe flood warnings remained in force along the river on Sunday.",
        ),
    ],
)
def test_something_of_the_act_shared_is_more_than_a_setting(a: str, b: str) -> None:
    assert not setting_only.setting_only(*_keys(a, b))
    assert not setting_only.setting_only(*_keys(b, a))


def _scored_shared(a: str, b: str) -> tuple[int, int, float, float]:
    """(scorer's tying words, tying words before this rule, match score, similarity)."""
    ka, kb = _keys(a, b)
    scored = score_pairs(np.array([[0, 1]], dtype=np.int32), [ka, kb], Options())
    score, similarity, _ = score_keys(ka, kb)
    return int(scored[0].shared), frames.tying_words(ka, kb, similarity), score, similarity


def test_the_scorer_unties_a_setting_scored_low() -> None:
    batch, before, score, similarity = _scored_shared(
        "The old depot stood empty for years.", "Maria Keller runs the cafe next to the old depot."
    )
    assert similarity >= frames.STRONG_SIMILARITY
    assert score < setting_only.SETTING_ONLY_SCORE
    assert before > 0
    assert batch == 0


def test_the_scorer_unties_a_caption_under_the_higher_cut() -> None:
    batch, before, score, similarity = _scored_shared(
        "The old bus depot in a market town.",
        "The council plans to build a library on the old bus depot.",
    )
    assert similarity >= frames.STRONG_SIMILARITY
    assert setting_only.SETTING_ONLY_SCORE <= score < setting_only.VERBLESS_SCORE
    assert before > 0
    assert batch == 0


def test_a_setting_the_model_scores_higher_stays_tied() -> None:
    # setting only, but the model sees more of one statement than the cut allows
    a, b = (
        "The Sea Queen is the only ship able to carry fuel to Carra.",
        "The Sea Queen is one of three ships that Northline runs.",
    )
    assert setting_only.setting_only(*_keys(a, b))
    batch, before, score, similarity = _scored_shared(a, b)
    assert similarity >= frames.STRONG_SIMILARITY
    assert score >= setting_only.SETTING_ONLY_SCORE
    assert batch == before > 0


def test_the_scorer_unties_a_figure_of_two_things_under_the_higher_cut() -> None:
    batch, before, score, similarity = _scored_shared(
        "Dr Ana Ruiz has excavated more than 40 sites.",
        "More than 40 volunteers have helped on the excavation since May.",
    )
    assert similarity >= frames.STRONG_SIMILARITY
    assert setting_only.SETTING_ONLY_SCORE <= score < setting_only.VERBLESS_SCORE
    assert before > 0
    assert batch == 0


def test_a_figure_of_one_thing_is_no_figure_of_two_things() -> None:
    a, b = _keys(
        "More than 40 volunteers have helped on the dig since May.",
        "Since May, upwards of forty volunteers have worked on the dig.",
    )
    assert not setting_only._figure_of_two_things(a, b)
    assert setting_only._figure_of_two_things(
        *_keys(
            "Dr Ana Ruiz has excavated more than 40 sites.",
            "More than 40 volunteers have helped on the excavation since May.",
        )
    )


def test_one_pairs_tying_words_untie_a_setting_given_the_score() -> None:
    a, b = _keys(
        "The old bus depot in a market town.",
        "The council plans to build a library on the old bus depot.",
    )
    score, similarity, _ = score_keys(a, b)
    assert frames.tying_words(a, b, similarity) > 0
    assert frames.tying_words(a, b, similarity, score=score) == 0
