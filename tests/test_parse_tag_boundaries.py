"""Where a leading speaker tag ends and its content begins: "that" before a time points at
the time ("said that night"), and a comma before a participle ends the tag's clause
("responded to the critics, telling fans ...") rather than opening what was said."""

from __future__ import annotations

import pytest

from claimtrack.api import extract_claims


def _facts(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(text) if c.kind == "fact"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said that morning the talks had failed.",
            [("That morning the talks had failed.", "The minister")],
        ),
        (
            "The port chief told reporters that evening the cranes were old.",
            [("That evening the cranes were old.", "The port chief")],
        ),
        # the time first, then the clause's own "that"
        (
            "The company announced that week that it would cut 300 jobs.",
            [("The company would cut 300 jobs.", "The company")],
        ),
    ],
)
def test_that_before_a_time_opens_no_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural is no demonstrative's noun: "that" opens the clause
        (
            "The minister said that weeks of talks had failed.",
            [("Weeks of talks had failed.", "The minister")],
        ),
        # "time" is left out of the list: it is the clause's subject as often as a time
        (
            "The mayor said that time was running out.",
            [("Time was running out.", "The mayor")],
        ),
        # a compound that starts with a time word is no time
        (
            "The board said that day-care places would double.",
            [("Day-care places would double.", "The board")],
        ),
    ],
)
def test_that_before_other_words_still_opens_the_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The singer responded to the critics, telling fans the show would go on.",
        "The club replied on Friday, including a photo of the signed contract.",
    ],
)
def test_a_participle_after_the_tag_is_no_content(text: str) -> None:
    """Read as the tag's content, the participle became a claim of its own ("Telling fans
    the show would go on.", "Including a photo ...") with the tag's words as its speaker."""
    for claim, _ in _facts(text):
        assert not claim.startswith(("Telling", "Including")), claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ing word before an auxiliary is the content's subject
        ("The mayor said, shipping would resume.", [("Shipping would resume.", "The mayor")]),
        (
            "The coach said, training will start on Monday.",
            [("Training will start on Monday.", "The coach")],
        ),
        # an aside set off by commas closes before "that": the speaker is kept, and the
        # content is what follows "that"
        (
            "The agency reported, citing an unnamed source, that the minister was ill.",
            [("The minister was ill.", "The agency")],
        ),
    ],
)
def test_an_ing_subject_or_an_aside_still_gives_the_content(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _facts(text) == expected
