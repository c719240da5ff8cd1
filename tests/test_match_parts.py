"""A figure told as a part ("600 of the stolen files were tax forms") and the same figure as
a count of its own ("600 files were stolen"), told with two verbs, are never one fact
(``match.parts``). Invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match.parts import part_figures, parts_apart
from claimtrack.normalize import MatchKey, normalize_text
from claimtrack.options import Options


def _key(text: str) -> MatchKey:
    """The key of the parsed statement (the parser gives the main verb)."""
    return statement_keys(text, "-", Options())[2]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("About 600 of the stolen files were tax forms.", {"600"}),
        ("Twelve of its buses were taken off the road.", {"12"}),
        ("Some 2,500 of those evacuated have returned home.", {"2500"}),
        # one member, not a count
        ("One of the hostages was freed on Monday.", set()),
        ("The mill is one of the largest in the region.", set()),
        # a figure of its own
        ("About 600 files were stolen from the clinic.", set()),
        ("Output fell by 12 percent of the forecast.", set()),
    ],
)
def test_part_figures(text: str, figures: set[str]) -> None:
    assert part_figures(normalize_text(text)) == figures


#: A part's property and a whole's count: one figure, two facts.
APART = [
    (
        "Intruders copied 600 files from the Kessel clinic.",
        "600 of the copied files were tax forms.",
    ),
    (
        "The airline cancelled 140 flights on Friday.",
        "About 140 of the cancelled flights were domestic routes.",
    ),
    (
        "Thieves took 35 laptops from the school.",
        "35 of the stolen laptops belonged to teachers.",
    ),
]

#: One count told with one verb, or no part at all: left alone.
NOT_APART = [
    ("Twelve of the miners were rescued.", "12 miners were rescued."),
    ("Two of the victims were children.", "Two children were among the victims."),
    ("Intruders copied 600 files from the clinic.", "600 files were copied from the clinic."),
    ("600 of the copied files were tax forms.", "Some 600 of the files taken were tax forms."),
]


@pytest.mark.parametrize(("text_a", "text_b"), APART)
def test_a_part_and_a_whole_are_never_one_fact(text_a: str, text_b: str) -> None:
    keys = [_key(text_a), _key(text_b)]
    assert parts_apart(keys[0], keys[1]) and parts_apart(keys[1], keys[0])
    assert match.figures_of_other_events(keys[0], keys[1])
    options = Options()
    for pair in match.score_pairs(np.array([[0, 1]]), keys, options):
        assert pair.other_events
        assert not match.same_fact(pair, options)


@pytest.mark.parametrize(("text_a", "text_b"), NOT_APART)
def test_one_count_is_left_alone(text_a: str, text_b: str) -> None:
    keys = [_key(text_a), _key(text_b)]
    assert not parts_apart(keys[0], keys[1]) and not parts_apart(keys[1], keys[0])
