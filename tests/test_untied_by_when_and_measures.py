"""Links by frame similarity alone that tie nothing: claims that share only a place and a day
(words of when are ``table.untying_words``: whom, where and when, not what), or a name and a
joining word ("after", "because": how two things relate, not which), and claims
whose figures measure other things with a word or two besides (``frames.other_measures``).
Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match import frames, table
from claimtrack.match.pairs import ScoredPair
from claimtrack.normalize import MatchKey
from claimtrack.options import Options
from pair_helpers import scored


def _keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    return statement_keys(a, "-", Options())[2], statement_keys(b, "-", Options())[2]


def _single_tying(a: str, b: str) -> int:
    """``frames.tying_words`` of the pair, asked pair by pair (no run, no topic words)."""
    key_a, key_b = _keys(a, b)
    return frames.tying_words(key_a, key_b, frames.similarity(key_a, key_b))


def _assert_untied(a: str, b: str) -> ScoredPair:
    """Alike enough to link by frame similarity alone, and nothing ties them; the pair."""
    pair = scored(a, b)
    assert pair.similarity >= frames.STRONG_SIMILARITY
    assert pair.shared == 0
    assert _single_tying(a, b) == 0
    return pair


PLACE_AND_DAY = [
    (
        "In Marlow Town Hall, about 300 people spent Friday night.",
        "In Marlow Town Hall, volunteers served soup and bread on Friday.",
    ),
    (
        "At Kessel Stadium, about 400 fans waited on Sunday evening.",
        "At Kessel Stadium, stewards handed out water and maps on Sunday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PLACE_AND_DAY)
def test_a_place_and_a_day_tie_nothing(a: str, b: str) -> None:
    _assert_untied(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In Marlow Town Hall, volunteers served soup on Friday.",
            "Volunteers in Marlow Town Hall served hot soup to evacuees on Friday.",
        ),
        (
            "The Kessel Stadium gates opened early on Sunday for the final.",
            "Kessel Stadium opened its gates early on Sunday before the final.",
        ),
    ],
)
def test_a_word_of_what_besides_still_ties(a: str, b: str) -> None:
    pair = scored(a, b)
    assert pair.shared >= 1
    assert match.same_fact(pair, Options())
    assert _single_tying(a, b) >= 1


def test_one_kind_of_act_on_one_day_still_ties() -> None:
    # the predicates meet in a frame (taking back one's words, denying a report): the day
    # is not all they share
    a = "Senator Lena Okafor pushed back on Friday against reports that she would quit."
    b = "Okafor walked back her remarks on Friday."
    assert _single_tying(a, b) >= 1
    assert match.same_fact(scored(a, b), Options())


def test_the_words_are_keyed_as_tokens() -> None:
    assert {"thursday", "sunday", "yesterday", "night"} <= table.when_words()
    # the joining words, as a key writes them ("because" -> "becaus")
    assert {"after", "becaus", "until"} <= table.untying_words()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anna Kovacs resigned after the vote.", "Anna Kovacs was cheered after her speech."),
        (
            "Anna Kovacs left the party because of the scandal.",
            "Anna Kovacs skipped the debate because of illness.",
        ),
    ],
)
def test_a_name_and_a_joining_word_tie_nothing(a: str, b: str) -> None:
    assert _single_tying(a, b) == 0


def test_a_joining_word_and_a_word_of_what_still_tie() -> None:
    a, b = (
        "Anna Kovacs resigned after the vote.",
        "Anna Kovacs resigned from the council after the vote.",
    )
    assert _single_tying(a, b) >= 1


OTHER_MEASURES = [
    (
        "Norvia Airlines shares fell 3 percent in early trading in Oslo.",
        "Norvia Airlines is offering 8.60 pounds a share.",
    ),
    (
        "The ferry was built by a group of four shipyards.",
        "The ferry cost $95 million to build.",
    ),
]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "About 3,000 staff files were also copied.",
            "Intruders copy files of 90,000 Kellan Hospital patients.",
        ),
        (
            "Some 400 Dorrin Cove cottages lost power.",
            "The storm left 12 care homes without power.",
        ),
    ],
)
def test_a_count_told_past_a_name_is_a_measure(a: str, b: str) -> None:
    # "90,000 Kellan Hospital patients" counts patients: two counts of two things
    key_a, key_b = _keys(a, b)
    assert table.measured(key_a) and table.measured(key_b)
    assert frames.other_measures(key_a, key_b)
    assert _single_tying(a, b) == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Intruders copy files of 90,000 Kellan Hospital patients.", True),
        ("Some 400 Dorrin Cove cottages lost power.", True),
        # a figure after a name's word is part of the name
        ("Vega-3 Earth-observation satellite was launched.", False),
        # a name and no word after it: nothing counted
        ("The award went to 14 Orla Street.", False),
        # a figure after a name is the name's number, not a count of what follows
        ("Flight Orla 7 Marlow Airport passengers were delayed.", False),
    ],
)
def test_measured_past_a_name(sentence: str, expected: bool) -> None:
    assert table.measured(_keys(sentence, sentence)[0]) is expected


@pytest.mark.parametrize(("a", "b"), OTHER_MEASURES)
def test_figures_of_other_measures_tie_nothing(a: str, b: str) -> None:
    assert not match.same_fact(_assert_untied(a, b), Options())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one figure rounded: one measure
        ("Brenco shares fell 3 percent in early trading.", "Brenco shares fell 3.1 percent."),
        # a figure followed by a name measures nothing ("Vega-3 Earth-observation")
        (
            "Vega-3 was an Earth-observation satellite built to watch the Baltic ice.",
            "The satellite will watch the Baltic ice from an orbit 600 kilometres up.",
        ),
        # the day of a date is no measure
        (
            "Brenco announced the tariffs on March 8.",
            "Brenco announced a 25 percent tariff on imported steel.",
        ),
    ],
)
def test_other_measures_not_read_where_no_two_measures(a: str, b: str) -> None:
    assert not frames.other_measures(*_keys(a, b))


def test_many_words_besides_the_figures_still_tie() -> None:
    a = "Brenco would delay the steel tariffs on Norway and Chile for another 30 days."
    b = (
        "Four hours before the deadline, Brenco said it would delay the steel tariffs"
        " on Norway and Chile."
    )
    pair = scored(a, b)
    assert frames.other_measures(*_keys(a, b))
    assert pair.shared > frames.FEW_TYING
    assert match.same_fact(pair, Options())
