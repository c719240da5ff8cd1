"""How many there are and the one an event touched: a figure after "there were" (how many
stalls the fair had) is no count to set against "salmonella was found at one stall"
(judge/figures, _existing, _one_of_them). It is still compared with another "there were"
count, with a count after a verb of having or counting (data/inventory_verbs.txt: "the fair
had 28 stalls"), and with counts above one."""

from __future__ import annotations

import pytest

from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "There were 30 stalls at the fair this year.",
            "Salmonella was found in chicken sold at one stall.",
        ),
        # either order, an approximator after "there were"
        ("Police searched one flat in the block.", "There were about 60 flats in the block."),
    ],
)
def test_how_many_there_are_is_not_how_many_an_event_touched(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "There were 30 stalls at the fair.",
            "There were 25 stalls at the fair.",
            ("30", "25"),
        ),
        (
            "There were 30 stalls at the fair this year.",
            "The fair had 28 stalls.",
            ("30", "28"),
        ),
        # no "there were": two counts of one act
        ("Inspectors closed 12 stalls.", "Inspectors closed one stall.", ("12", "one")),
        # more than one: left to the other tests
        (
            "There were 30 stalls at the fair this year.",
            "Inspectors closed 12 stalls.",
            ("30", "12"),
        ),
    ],
)
def test_counts_of_one_kind_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]
