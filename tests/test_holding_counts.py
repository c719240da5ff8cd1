"""How many a place keeps and how many an event touched: a figure right after a verb of
keeping (data/holding_verbs.txt: "the mill employs about 420 people") is the place's size,
not a count to set against "the clinic treated 42 people" (judge/figures, _holding). Two
such sizes are still compared, and so are counts after other verbs ("the dead number 40",
"has at least 30 questions"). Invented sentences."""

from __future__ import annotations

import pytest

from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The Brask mill employs about 420 people.", "Brask clinic treated 42 people for burns."),
        ("The Tolm jail houses 900 inmates.", "Guards moved 90 inmates to Tolm on Friday."),
        (
            "Fifty people were evacuated from the Varo stadium.",
            "The Varo stadium seats 5,000 people.",
        ),
        # a utility's customers, a school's pupils: "serves" tells how many it has
        (
            "Some 64,000 customers were left without power on Sunday.",
            "Dellmoor Electric serves about 310,000 customers.",
        ),
        (
            "About 7,500 homes were cut off from water on Monday.",
            "The Orlin waterworks serves 95,000 homes.",
        ),
        ("Pupils were sent home from 14 schools.", "The Harn district serves 140 schools."),
        # one subject: a verb of keeping tells its size whoever acts on the count
        ("The Brask mill employs about 420 people.", "The Brask mill dismissed 42 people."),
    ],
)
def test_a_size_kept_is_not_a_count_an_event_touched(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two sizes
        (
            "The Brask mill employs about 420 people.",
            "The Brask mill employs 250 people.",
            ("about 420", "250"),
        ),
        (
            "Dellmoor Electric serves about 310,000 customers.",
            "Dellmoor Electric serves 180,000 customers.",
            ("about 310,000", "180,000"),
        ),
        # a toll counted by "number", and "has": not verbs of keeping
        ("The dead number 40 in Kallo.", "Thirty people died in Kallo.", ("40", "Thirty")),
        (
            "The inquiry has at least 30 questions for Dr Varga.",
            "The inquiry has sent nearly 30 questions to Dr Varga.",
            ("at least 30", "nearly 30"),
        ),
        # a noun before the figure: "the number of ..."
        (
            "The number of workers hurt in the blast rose to nine.",
            "Four workers were hurt in the blast.",
            ("nine", "Four"),
        ),
    ],
)
def test_other_counts_still_conflict(text_a: str, text_b: str, values: tuple[str, str]) -> None:
    assert conflict_values(text_a, text_b) == [values]
