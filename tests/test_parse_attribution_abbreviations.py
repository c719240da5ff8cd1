"""A statement after "said" may open with an abbreviation: "Officials said Mr. Berg left"
keeps its speaker."""

from __future__ import annotations

import pytest

from claimtrack.parse.attribution import find_attribution


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said Mr. Berg resigned on Monday.", "Mr. Berg resigned on Monday"),
        ("Aides said Dr. Lund would stay until May.", "Dr. Lund would stay until May"),
        ("Investigators said U.S. inspectors found no leak.", "U.S. inspectors found no leak"),
    ],
)
def test_a_statement_opening_with_an_abbreviation_has_its_speaker(text: str, content: str) -> None:
    # "said Mr. Berg ..." is no inverted tag when the speaker comes first
    found = find_attribution(text)
    assert found is not None
    assert text[found.content_start : found.content_end].rstrip(".") == content


@pytest.mark.parametrize("text", ["The dock closed, said Mr. Berg.", "Mr. Berg said."])
def test_an_abbreviation_after_said_is_still_a_speaker_or_nothing(text: str) -> None:
    found = find_attribution(text)
    assert found is None or "Berg" in found.speaker
