"""An inverted tag with the person told after the speaker's name ('"...," said Ana Ruiz to
the Post.'): the speaker ends at the name. After a noun, "to" says who the speaker is ("a
senior adviser to the president").

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The port is shut," said Ana Ruiz to the Post.', "Ana Ruiz"),
        ('"The port is shut," said Ana Ruiz to reporters.', "Ana Ruiz"),
        ('"The port is shut," explained Tom Berg to the Varna Times.', "Tom Berg"),
        # who the speaker is, not whom it was said to
        (
            '"The port is shut," said a senior adviser to the mayor.',
            "a senior adviser to the mayor",
        ),
        ('"The port is shut," said Envoy to the UN Ana Ruiz.', "Envoy to the UN Ana Ruiz"),
    ],
)
def test_the_person_told_is_not_the_speaker(text: str, speaker: str) -> None:
    assert facts(text) == [("The port is shut.", speaker)]
