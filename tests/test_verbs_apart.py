"""Links by frame similarity alone between two claims whose main verbs tell two acts
(``match.frames.verbs_apart``): the pair stays related (the judge compares it), not one fact
unless the model sees one statement. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import frames, occasions
from claimtrack.match.score import score_keys, score_pairs
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options
from story_claims import agreeing_texts, sourced_article


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    return _key(a), _key(b)


def test_the_key_keeps_the_stem_of_the_parsers_verb() -> None:
    assert _key("Norvik Shipping would pay for the clean-up.").verb == "pay"
    assert _key("A section of the Breda tunnel fell in on Monday.").verb == "fall"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The clean-up will be paid for by Norvik Shipping.",
            "Norvik Shipping is leading the clean-up.",
        ),
        (
            "The first buses would run about three hours later.",
            "A three-day strike by bus drivers began on Monday, the first in the city for a "
            "decade.",
        ),
        (
            "The Tolva ferry service carries 900 passengers a day.",
            "The Tolva ferry service was suspended on Monday.",
        ),
    ],
)
def test_two_acts_in_other_verbs(a: str, b: str) -> None:
    assert frames.verbs_apart(*_keys(a, b))
    assert frames.verbs_apart(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one class, one figure of one unit
        ("Talon shares fell by 5%.", "Talon shares dropped 5%."),
        ("The driver was arrested on Friday.", "The driver was detained on Friday."),
        # active and passive: one verb
        ("Police arrested the driver on Friday.", "The driver was arrested by police on Friday."),
        # an object or a place shared besides the subject
        (
            "The intruders got in through a roof window.",
            "The thieves broke in through a window on the roof.",
        ),
        # one claim's verb among the other's words
        (
            "Rescuers reached the trapped miners.",
            "Rescuers are racing to reach the trapped miners.",
        ),
        ("The festival was called off on Sunday.", "Organisers cancelled the festival on Sunday."),
        # one figure, whatever word counts it
        (
            "About 7,300 people took part in the study.",
            "The study involved some 7,300 patients with asthma.",
        ),
        ("Norvik Shipping would pay for the clean-up.", "Norvik Shipping is leading the clean-up."),
        # one measure within rounding, told from either side
        (
            "The timber levy covered about 40 percent of all exports, a report found.",
            "Only 40.3 percent of exports last year fell under the timber levy.",
        ),
        # two denials: nothing happened, whatever verb each denies
        (
            "No new hearing date was offered.",
            "She did not say whether a new hearing date had been proposed.",
        ),
    ],
)
def test_one_act_in_other_words_is_not_apart(a: str, b: str) -> None:
    assert not frames.verbs_apart(*_keys(a, b))
    assert not frames.verbs_apart(*_keys(b, a))


def _scored_shared(a: str, b: str) -> tuple[int, int, float]:
    """(scorer's tying words, one pair's tying words, match score) of two claims."""
    ka, kb = _keys(a, b)
    scored = score_pairs(np.array([[0, 1]], dtype=np.int32), [ka, kb], Options())
    score, sim, _ = score_keys(ka, kb)
    return int(scored[0].shared), frames.tying_words(ka, kb, sim, score=score), score


def test_the_scorer_unties_two_acts_scored_low() -> None:
    batch, pair, score = _scored_shared(
        "The first buses would run about three hours later.",
        "A three-day strike by bus drivers began on Monday, the first in the city for a decade.",
    )
    assert score < frames.VERBS_APART_SCORE
    assert (batch, pair) == (0, 0)


def test_a_pair_the_model_scores_high_stays_tied() -> None:
    # other verbs, told as one statement: the model's score keeps the tie
    a, b = (
        "The Kessel hospital was hit by a cyberattack on Monday.",
        "A cyberattack struck the Kessel hospital on Monday.",
    )
    assert frames.verbs_apart(*_keys(a, b))
    batch, pair, score = _scored_shared(a, b)
    assert score >= frames.VERBS_APART_SCORE
    assert batch > 0 and pair > 0


def test_two_acts_of_one_party_make_no_agreement(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article("Selby Post", "Norvik Shipping would pay for the clean-up."),
            "b.md": sourced_article(
                "Coast Daily",
                "The clean-up is being led by Norvik Shipping, the tanker's owner, under the "
                "supervision of the coast guard.",
            ),
        }
    )
    assert agreeing_texts(folder) == []


#: One figure of one thing at two times: the same things, two acts (``occasions.times_apart``).
FIGURE_OF_TWO_TIMES = [
    ("Four statues stolen from museum.", "The sculptor carved the four statues in the 1920s."),
    ("Two locomotives damaged in depot fire.", "The works built the two locomotives in 1958."),
    (
        "Eight bells removed from cathedral.",
        "A local foundry made the eight bells two centuries ago.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FIGURE_OF_TWO_TIMES)
def test_a_figure_of_two_times_ties_no_two_acts(a: str, b: str) -> None:
    assert frames.verbs_apart(*_keys(a, b))
    assert frames.verbs_apart(*_keys(b, a))
    batch, pair, _ = _scored_shared(a, b)
    assert (batch, pair) == (0, 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both of one time: the figure ties them as before
        ("The sculptor carved four statues in 1921.", "Four statues were finished in 1921."),
        ("Four statues were stolen from the museum.", "The museum lost four statues."),
        # one verb class: one act, whatever the times
        ("Four statues were stolen in 2019.", "Thieves stole four statues."),
        # a measure may be one figure told with its year
        ("Rail fares rose 4 percent last year.", "Rail fares went up by 4 percent."),
    ],
)
def test_a_figure_of_one_time_still_ties(a: str, b: str) -> None:
    assert not frames.verbs_apart(*_keys(a, b))
    assert not frames.verbs_apart(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The landlord offered a 3% rent cut, which the tenants rejected as too small.",
            "Talks between the tenants and the landlord were expected to resume on Friday.",
        ),
        (
            "The club offered the coach a new contract, which his agent turned down.",
            "Talks between the agent and the club would resume next month.",
        ),
        (
            "The council promised a new pool, a plan the residents rejected.",
            "Meetings between the residents and the council will restart in May.",
        ),
    ],
)
def test_a_frame_held_only_by_a_relative_clause_does_not_join_two_acts(a: str, b: str) -> None:
    # "offered" is of no predicate class: the frame of "rejected" (one with "resume") is
    # the act of the relative clause, not of the claim
    ka, kb = _keys(a, b)
    assert not ka.frames.isdisjoint(kb.frames)
    assert frames._classless_verb(ka)
    assert frames.verbs_apart(ka, kb)
    assert frames.verbs_apart(kb, ka)


def test_the_scorer_unties_an_act_and_a_relative_clauses_frame() -> None:
    batch, pair, score = _scored_shared(
        "The landlord offered a 3% rent cut, which the tenants rejected as too small.",
        "Talks between the tenants and the landlord were expected to resume on Friday.",
    )
    assert score < frames.VERBS_APART_SCORE
    assert (batch, pair) == (0, 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both main verbs of a class, of one frame: one event told from either side
        ("The airline halted its flights to Ostra.", "The airline resumed service."),
        ("The union rejected the offer.", "The union accepted the terms on Friday."),
    ],
)
def test_main_verbs_of_one_frame_still_tie(a: str, b: str) -> None:
    ka, kb = _keys(a, b)
    assert not frames._classless_verb(ka) and not frames._classless_verb(kb)
    assert not frames.verbs_apart(ka, kb)
    assert not frames.verbs_apart(kb, ka)


@pytest.mark.parametrize(
    ("sentence", "classless"),
    [
        ("The landlord offered a 3% rent cut.", True),
        ("The tenants rejected the rent cut.", False),
        ("Talks will resume on Friday.", False),
    ],
)
def test_classless_verb(sentence: str, classless: bool) -> None:
    assert frames._classless_verb(_key(sentence)) is classless


@pytest.mark.parametrize(
    ("a", "b"),
    [
        *FIGURE_OF_TWO_TIMES,
        # a year back on one side, no figure on the other: the column reads that one as
        # NO_TIME, whatever time its words name
        ("The works built the two locomotives in 1958.", "The depot was closed last year."),
        ("The depot was closed last year.", "Fire damaged the locomotive depot on Monday."),
    ],
)
def test_the_times_column_gives_the_verdict_of_the_keys_own_times(a: str, b: str) -> None:
    """``verbs_apart_rows`` passes each claim's time from ``ClaimTable.times`` (read for keys
    with figures only); the verdict is the one of the times read from the keys."""

    def column_time(key: MatchKey) -> int:
        return occasions.told_time(key) if key.numbers else occasions.NO_TIME

    for ka, kb in (_keys(a, b), _keys(b, a)):
        times = (column_time(ka), column_time(kb))
        assert frames.verbs_apart(ka, kb, times) == frames.verbs_apart(ka, kb)


#: A span of time both claims give, of two acts: how long each went on ties no two verbs.
SPANS_OF_TWO_ACTS = [
    (
        "The visitor car park at Lindale was closed for the three days of the strike.",
        "The walkout will last three days.",
    ),
    (
        "The ferry terminal at Ostry was shut for two weeks.",
        "The ticket office sold fares for two weeks.",
    ),
    (
        "The Brannock gallery was closed for six months.",
        "The curator worked abroad for six months.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SPANS_OF_TWO_ACTS)
def test_a_span_of_time_ties_no_two_acts(a: str, b: str) -> None:
    assert frames.verbs_apart(*_keys(a, b))
    assert frames.verbs_apart(*_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one act in two verbs of one class: the span still ties them
        ("The Ostry strike lasted three days.", "The Ostry strike went on for three days."),
        # a count of things, no span of time: the figure ties as before
        (
            "Six paintings were stolen from the Brannock gallery.",
            "The Brannock gallery lost six paintings.",
        ),
        # a measure, no span of time
        ("Rail fares rose 4 percent.", "Rail fares went up by 4 percent."),
    ],
)
def test_a_span_of_one_act_or_no_span_still_ties(a: str, b: str) -> None:
    assert not frames.verbs_apart(*_keys(a, b))
    assert not frames.verbs_apart(*_keys(b, a))


def _last_key(text: str) -> MatchKey:
    """The key of the last claim of ``text``, an article whose first sentence names someone
    in full: a later bare surname is then read as that name (an entity token)."""
    return normalize_claim(extract_claims(text)[-1])


_HEMMING = "Ray Hemming ran the Tolby council for ten years. "
_DORLING = "Ana Dorling played first violin for the Vell orchestra. "

#: A name that is one claim's subject, told in the other beside its own subject: the key's
#: tokens hold the name's stem ("Hemming" -> "hem"), its subject the name's entity token.
NAMED_SUBJECTS_OF_TWO_ACTS = [
    (
        _HEMMING + "Hemming resigned from the council shortly before he was charged.",
        _HEMMING + "The council had tightened its spending rules since Hemming left.",
    ),
    (
        _DORLING + "Dorling quit the orchestra in March.",
        _DORLING + "The orchestra has hired three new players since Dorling went.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NAMED_SUBJECTS_OF_TWO_ACTS)
def test_a_subjects_name_read_as_its_stem_ties_no_two_acts(a: str, b: str) -> None:
    key_a, key_b = _last_key(a), _last_key(b)
    assert frames.verbs_apart(key_a, key_b)
    assert frames.verbs_apart(key_b, key_a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the thing both act on is no subject: one act may be told in two verbs
        (
            _HEMMING + "Hemming resigned from the council on Monday.",
            _HEMMING + "Hemming stepped down from the council on Monday.",
        ),
        (
            _DORLING + "Dorling left the orchestra in March.",
            _DORLING + "Dorling quit the orchestra in March.",
        ),
    ],
)
def test_a_named_subject_with_an_object_shared_still_ties(a: str, b: str) -> None:
    key_a, key_b = _last_key(a), _last_key(b)
    assert not frames.verbs_apart(key_a, key_b)
    assert not frames.verbs_apart(key_b, key_a)
