"""A figure only one claim gives that counts a thing the other claim names
(``match.subjects.counted_untold``): "The company owns 14 tankers" / "Halvard Shipping owns
the tanker" share the verb and the counted thing, yet only one tells how many. A link by
frame similarity alone does not make the pair one fact, however many words it shares."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import features, frames, table
from claimtrack.match.subjects import counted_untold
from claimtrack.normalize import MatchKey, normalize_claim


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


def _tying(a: str, b: str) -> tuple[int, int]:
    """(batch, pair) tying words of two claims in a run of them alone."""
    ka, kb = _key(a), _key(b)
    batch = features.PairBatch(table.ClaimTable([ka, kb]), np.array([0]), np.array([1]))
    score, tying = frames.frame_similarities(batch)
    return int(tying[0]), frames.tying_words(ka, kb, float(score[0]))


COUNTED_UNTOLD = [
    ("Norrvik Freight owns the trawler.", "The company owns 14 trawlers."),
    ("The firm operates 40 ferries.", "Salto Lines operates the ferry."),
    ("The council runs 12 shelters in the city.", "Mayor Ines Falk visited the shelter."),
]


@pytest.mark.parametrize(("a", "b"), COUNTED_UNTOLD)
def test_a_count_of_a_thing_the_other_names(a: str, b: str) -> None:
    assert counted_untold(_key(a), _key(b))
    assert counted_untold(_key(b), _key(a))


@pytest.mark.parametrize(("a", "b"), COUNTED_UNTOLD[:2])
def test_the_link_by_similarity_alone_is_untied(a: str, b: str) -> None:
    assert _tying(a, b) == (0, 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one name shared: the pair may be one fact with a count besides
        ("Norrvik Freight owns 14 trawlers.", "Norrvik Freight owns the trawler fleet."),
        # the figure counts what the other claim does not name
        ("The firm has run the depot for 12 years.", "The firm runs the depot near Oske."),
        # both give a figure: the figures are compared, not this test
        ("The company owns 14 trawlers.", "The company owns 12 trawlers."),
        # one act (a predicate class in common): the toll tests read it
        ("Eleven people were killed in Varsk.", "Gunmen are killing people in the villages."),
        # no figure at all
        ("Norrvik Freight owns the trawler.", "The company owns the trawler."),
    ],
)
def test_no_count_of_a_thing_the_other_names(a: str, b: str) -> None:
    assert not counted_untold(_key(a), _key(b))


def test_one_count_told_twice_stays_tied() -> None:
    batch, pair = _tying("The company owns 14 trawlers.", "The firm owns 14 trawlers.")
    assert batch > 0 and pair > 0
