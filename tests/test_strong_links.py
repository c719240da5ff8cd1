"""The link by frame similarity alone (``rules.same_facts``' strong path) needs more than a
name shared, and no figures of one unit that differ beyond rounding: a high similarity says
two claims are about the same thing, never that they state one fact."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match import frames
from claimtrack.match.pairs import ScoredPair
from claimtrack.options import Options


def strong_pair(a: str, b: str) -> ScoredPair:
    """The scored pair of two sentences, checked to be a strong frame match that does not
    paraphrase (so only the strong path can make it one fact)."""
    keys = [statement_keys(text, "-", Options())[2] for text in (a, b)]
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, Options())
    assert pair.similarity >= frames.STRONG_SIMILARITY
    assert not match.is_match(pair, Options())
    return pair


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one person and (by "Defense") one place: whom and where, not what happened
        (
            "Maria Alvarez returned to the Pentagon.",
            "Governor Says Defense Secretary Maria Alvarez Will Retire In March.",
        ),
        # one unit, figures for different things
        (
            "The country imported 12.4 million tons of grain last year, a 15 percent increase.",
            "Argentina supplied about 5 percent of the country's grain imports last year.",
        ),
        (
            "Countries without exemptions will face a 25 percent tariff on grain imports.",
            "The grain tariff covered just 30 percent of all imports.",
        ),
    ],
)
def test_a_name_or_a_unit_alone_does_not_make_one_fact(a: str, b: str) -> None:
    assert not match.same_fact(strong_pair(a, b), Options())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two names shared, or one word besides the name
        # ("in effect" / "not received exemptions" is now one predicate class, a paraphrase:
        # tests/test_normalize.py)
        (
            "The tariffs already apply to Brazil and Turkey.",
            "Brazil and Turkey have not been spared from the duties.",
        ),
        (
            "I will not resign, said Ms. Alvarez, who faced questions about her health.",
            "Maria Alvarez said Wednesday she has no plans to resign.",
        ),
        (
            "Alvarez will resign in March.",
            "Maria Alvarez, the defense minister since 2019, would be resigning after clashing "
            "with the cabinet over the budget.",
        ),
        # one figure, rounded in one telling
        (
            "The charity raised $13.6 million last year, its report shows, most of it from "
            "two donors.",
            "Records list $13,625,777 in donations to the charity last year.",
        ),
        (
            "The grain tariff covered about 30 percent of all imports, a study found.",
            "Only 30.2 percent of imports last year fell under the grain tariff.",
        ),
    ],
)
def test_a_strong_frame_with_a_word_or_a_figure_shared_is_one_fact(a: str, b: str) -> None:
    assert match.same_fact(strong_pair(a, b), Options())


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"13600000"}, {"13625777"}, False),
        ({"5"}, {"5.2"}, False),
        ({"1.5"}, {"1.46"}, False),
        ({"2016", "15"}, {"2016"}, False),
        ({"25"}, {"30"}, True),
        ({"15", "2016", "34600000"}, {"5"}, True),
        ({"13600000"}, {"13925777"}, True),
        ({"0"}, {"0.4"}, True),
    ],
)
def test_figures_are_apart_only_beyond_rounding(a: set[str], b: set[str], apart: bool) -> None:
    assert frames.figures_apart(frozenset(a), frozenset(b)) is apart
    assert frames.figures_apart(frozenset(b), frozenset(a)) is apart
