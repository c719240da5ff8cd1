"""A quoted description is no act: an opposite verb in a relative clause inside a quoted
fragment ("called it 'an insult to people who keep this city moving'") tells how someone
describes a group, not what the claim reports (judge/polarity, _described_in_quote). Acts
told in a quotation, or in a relative clause outside one, still conflict."""

from __future__ import annotations

import pytest

from claimtrack.models import ConflictType
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Norbus cancelled about 80 per cent of its buses on Monday.",
            'Norbus has offered a 4 percent rise, which the union called "an insult to people '
            'who keep this city moving."',
        ),
        (
            "Norbus cancelled most of its buses on Monday.",
            'Norbus has offered a 4 percent rise, which the union called "an insult to people '
            'who keep the buses running."',
        ),
        # curly quotes, either order
        (
            "Velta Air has offered its pilots a 3 percent rise, which their union called "
            "\u201can insult to crews who keep its flights running.\u201d",
            "Velta Air cancelled most of its flights on Friday.",
        ),
    ],
)
def test_an_opposite_in_a_quoted_description_is_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Norbus cancelled the night buses on Monday.",
            "Norbus kept the night buses running on Monday.",
        ),
        # the act itself quoted, no relative clause
        (
            "Norbus cancelled the night buses on Monday.",
            'Norbus said it had "kept the night buses running" on Monday.',
        ),
    ],
)
def test_opposite_acts_still_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == [("cancelled", "kept")]
