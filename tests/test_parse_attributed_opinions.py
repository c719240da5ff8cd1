"""An opinion someone voiced keeps its speaker: "Ruiz said the port should close" is Ruiz's
opinion, and its claim is her words, as a fact's would be."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from parse_helpers import parse


def _not_facts(text: str) -> list[tuple[Kind, str, str | None]]:
    return [(c.kind, c.text, c.attribution) for c in parse(text) if c.kind is not Kind.FACT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Ilves argued that a small garrison should remain in Tarn.",
         (Kind.OPINION, "A small garrison should remain in Tarn.", "Dana Ilves")),
        ("The harbour master said the council must act with courage.",
         (Kind.OPINION, "The council must act with courage.", "The harbour master")),
        ('"Drivers should slow down near the school," Mayor Ivo Brandt said.',
         (Kind.OPINION, "Drivers should slow down near the school.", "Mayor Ivo Brandt")),
        ('According to the union, "the ward should hire more nurses."',
         (Kind.OPINION, "The ward should hire more nurses.", "the union")),
        ("The pier, the mayor said on Monday, should close for good.",
         (Kind.OPINION, "The pier should close for good.", "the mayor")),
    ],
)  # fmt: skip
def test_a_voiced_opinion_keeps_its_speaker(
    text: str, expected: tuple[Kind, str, str | None]
) -> None:
    assert _not_facts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first person's "I think" / "We believe" is part of what is voiced
        ("I think the council should resign.",
         (Kind.OPINION, "I think the council should resign.", None)),
        ("We believe the levee must be raised.",
         (Kind.OPINION, "We believe the levee must be raised.", None)),
        # the writer's own opinion has no speaker
        ("The council must rebuild the levee.",
         (Kind.OPINION, "The council must rebuild the levee.", None)),
    ],
)  # fmt: skip
def test_an_opinion_nobody_else_voiced_keeps_its_words(
    text: str, expected: tuple[Kind, str, str | None]
) -> None:
    assert _not_facts(text) == [expected]


def test_the_fact_beside_a_voiced_opinion_keeps_the_same_speaker() -> None:
    text = '"The vote is a disgrace, and the law takes effect in May," Senator Lia Moro said.'
    claims = {(c.kind, c.text, c.attribution) for c in parse(text)}
    assert (Kind.FACT, "The law takes effect in May.", "Senator Lia Moro") in claims
    assert any(k is Kind.OPINION and who == "Senator Lia Moro" for k, _, who in claims)
