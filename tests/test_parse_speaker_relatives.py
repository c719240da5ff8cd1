"""A name, a relative clause that reports what the named one says, then the name's own verb
("Ana Ruiz, who says she saw the crash, calls the story false"): two claims, the relative's
statement credited to the name and the main clause the writer's; the main clause is not
read as part of what the name says.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz, who says she saw the crash, calls the whole story false.",
            {
                ("Ana Ruiz calls the whole story false.", None),
                ("Ana Ruiz saw the crash.", "Ana Ruiz"),
            },
        ),
        (
            "Tom Berg, who says he heard two shots, was questioned by police.",
            {
                ("Tom Berg was questioned by police.", None),
                ("Tom Berg heard two shots.", "Tom Berg"),
            },
        ),
        (
            "Lena Park, who said she had left early, denied any part in the theft.",
            {
                ("Lena Park denied any part in the theft.", None),
                ("Lena Park had left early.", "Lena Park"),
            },
        ),
    ],
)
def test_the_main_clause_after_a_speakers_relative_is_its_own_claim(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative is about the speaker, the verb of saying is the main one
        (
            "Ana Ruiz, who was at the pier, said the ferry sank.",
            {("The ferry sank.", "Ana Ruiz"), ("Ana Ruiz was at the pier.", None)},
        ),
        # no comma closes the relative before another verb: all of it is what she says
        (
            "Ana Ruiz, who says the ferry left late in heavy rain.",
            {("The ferry left late in heavy rain.", "Ana Ruiz")},
        ),
    ],
)
def test_a_relative_without_a_main_verb_after_it_is_left_alone(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected
