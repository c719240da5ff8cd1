"""Negated auxiliaries and modals are auxiliaries: "cannot", "couldn't", "don’t".

Read as no verb at all, "staff cannot park" had no clause's verb: the coordination after it
was not split ("... cannot park at the depot and that a fine will be issued" stayed one
claim) and the subject ran on to the next verb ("Mexico cannot"). Both apostrophes count.

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from claimtrack.parse import grammar
from parse_helpers import parse


@pytest.mark.parametrize(
    "text",
    [
        "staff cannot park at the depot",
        "the crew couldn't reach the pier",
        "the crew couldn’t reach the pier",
        "the twins don’t live here",
        "the ferry wouldn't sail",
        "the mayor hadn't resigned",
    ],
)
def test_a_negated_auxiliary_is_a_verb(text: str) -> None:
    assert grammar.has_verb(text)


@pytest.mark.parametrize(
    "text", ["the cannon at the fort", "a cannery by the docks", "a don of the college"]
)
def test_words_like_them_are_not(text: str) -> None:
    assert not grammar.has_verb(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz said that staff cannot park at the depot and that a fine will be issued.",
            [("Staff cannot park at the depot.", "staff"), ("A fine will be issued.", "a fine")],
        ),
        (
            "The prints were six inches deep and couldn’t come from a bear.",
            [
                ("The prints were six inches deep.", "The prints"),
                ("The prints couldn’t come from a bear.", "The prints"),
            ],
        ),
        (
            "The depot opened in May, but it wasn't finished.",
            [("The depot opened in May.", "The depot"), ("It wasn't finished.", "it")],
        ),
        # one verb after a negated modal: one claim, its subject before the modal
        (
            "Lamport cannot let the dam fail.",
            [("Lamport cannot let the dam fail.", "Lamport")],
        ),
    ],
)
def test_clauses_with_a_negated_auxiliary(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.text, c.subject) for c in parse(text)] == expected
