"""A clause's subject leaves out the conjunction that joins its sentence to the one before
("But the port board has ..." -> "the port board") and a quotation mark that opens the
quotation it starts ('"They are ...' -> "They"); a copied subject then reads as written.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack.parse.split import subject_of
from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("But the port board has approved the plan.", "the port board"),
        ("And yet no other paper has the story.", "no other paper"),
        ("Yet Ana Ruiz has not said a word about it.", "Ana Ruiz"),
        ("And both ferries were late on Monday.", "both ferries"),
        ('"They are all safe and back home.', "They"),
        ("‘The pier will reopen in May.", "The pier"),
    ],
)
def test_a_subject_leaves_out_a_joining_conjunction_or_a_quotation_mark(
    text: str, subject: str
) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a time after the conjunction is not where the subject starts: left as it was
        ("Also Tuesday, rebels shelled the town.", "Also Tuesday, rebels"),
        ("So far the talks have failed.", "So far the talks"),
        # a quoted name opens the subject: its marks stay
        ('"Safe Harbour" Ltd has denied the claim.', '"Safe Harbour" Ltd'),
        # no conjunction
        ("The port board has approved the plan.", "The port board"),
    ],
)
def test_a_subject_keeps_what_is_not_a_joining_word(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "But the man had a change of heart and returned an hour later.",
            "The man returned an hour later.",
        ),
        (
            "'They brought her tea and fed her a meal of rice and soup.",
            "They fed her a meal of rice and soup.",
        ),
    ],
)
def test_a_copied_subject_has_no_conjunction_or_quotation_mark(text: str, second: str) -> None:
    assert facts(text)[1][0] == second
