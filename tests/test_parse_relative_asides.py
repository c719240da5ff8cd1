"""Hedges said of a noun, not of the claim.

- A cue inside a relative clause set off by commas ("Even in Varna, where jobs are
  considered to be for life, Ana Ruiz quit") tells something of the noun before it; the
  claim around it keeps its own certainty. The relative's own claim, when it is split off,
  keeps the cue.
- "considered to be" and "claimed to be" are descriptions at second hand, like "believed to
  be": "A blog considered to be the group's outlet reported that ..." names the blog as the
  speaker, and "The blog was considered to be the group's outlet" is hedged.

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import parse


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.text, c.attribution, c.certainty.value) for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Even in Varna, where jobs are considered to be for life, Ana Ruiz quit her post.",
         "asserted"),
        ("Ana Ruiz took three crates to the pier, which she planned to sell, and left.",
         "asserted"),
        ("Near the old mill, where the mayor reportedly lives, a fire broke out.", "asserted"),
        # the claim's own cue, or a relative that is not closed before the claim goes on
        ("The ferry, which sank in May, may be raised.", "hedged"),
        ("Mosul is the city where the group may be hiding.", "hedged"),
    ],
)  # fmt: skip
def test_a_cue_in_a_relative_aside(text: str, certainty: str) -> None:
    claims = _claims(text)
    main = [c for c in claims if not c[0].startswith(("The ferry sank", "Ana Ruiz planned"))]
    assert main[0][2] == certainty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A blog considered to be the group's outlet reported that two fighters were caught.",
            [
                ("Two fighters were caught.", "A blog", "asserted"),
                ("A blog was considered to be the group's outlet.", None, "hedged"),
            ],
        ),
        (
            "A group claimed to be behind the attack posted a video.",
            [
                ("A group posted a video.", None, "asserted"),
                ("A group was claimed to be behind the attack.", None, "hedged"),
            ],
        ),
        ("The river is considered to be the cleanest in the region.",
         [("The river is considered to be the cleanest in the region.", None, "hedged")]),
        # no "to be": a plan considered is no description at second hand
        ("The plan was considered by the council on Monday.",
         [("The plan was considered by the council on Monday.", None, "asserted")]),
    ],
)  # fmt: skip
def test_considered_and_claimed_to_be(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # his own word about who he is: the statement is the man's, and so is the claim
        ("A man claiming to be the rebels' leader said that ten hostages were freed.",
         [("Ten hostages were freed.", "A man", "asserted"),
          ("A man claimed to be the rebels' leader.", None, "asserted")]),
        ("Two men purporting to be inspectors were arrested in Vell.",
         [("Two men were arrested in Vell.", None, "asserted"),
          ("Two men purported to be inspectors.", None, "hedged")]),
    ],
)  # fmt: skip
def test_a_subject_claiming_to_be_someone(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of saying set off by commas after the subject: what it said
        ("The firm, saying that it had lost millions, sued the city.",
         [("The firm sued the city.", None, "asserted"),
          ("The firm had lost millions.", "The firm", "asserted")]),
        ("The mayor, insisting the bridge was safe, reopened it on Monday.",
         [("The mayor reopened it on Monday.", None, "asserted"),
          ("The bridge was safe.", "The mayor", "asserted")]),
        # another participle is no statement: the aside is cut alone
        ("The firm, fearing losses, sued the city.",
         [("The firm sued the city.", None, "asserted")]),
    ],
)  # fmt: skip
def test_a_participle_of_saying_after_the_subject(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _claims(text) == expected
