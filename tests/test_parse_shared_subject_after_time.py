"""A second coordinated clause that opens with a time phrase before its verb ("..., and on
Wednesday said they would appeal") shares the first clause's subject, as it does without
the time phrase. Sentences written for these tests; near misses keep their own subject."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.models import Kind


def facts(article: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(article) if c.kind is Kind.FACT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Farmers have kept up their blockade, and on Wednesday said they were planning"
            " protests in Tarvik.",
            [
                ("Farmers have kept up their blockade.", None),
                # "they" after a plural of people is those people (session 45)
                ("Farmers were planning protests in Tarvik.", "Farmers"),
            ],
        ),
        (
            "The union rejected the offer, and on Friday said it would strike in May.",
            [
                ("The union rejected the offer.", None),
                ("The union would strike in May.", "The union"),
            ],
        ),
    ],
)
def test_the_subject_is_shared_after_a_time_phrase(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize("time", ["on Friday", "this morning", "on Monday night"])
def test_a_time_phrase_changes_nothing_else(time: str) -> None:
    plain = "The union rejected the offer, and said it would strike in May."
    timed = plain.replace("and said", f"and {time} said")
    assert facts(timed) == facts(plain)


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject of its own after the time phrase
        "Farmers protested on Monday, and on Wednesday the police cleared the road.",
        "Farmers protested, and this week voters chose a new mayor.",
    ],
)
def test_a_clause_with_its_own_subject_keeps_it(sentence: str) -> None:
    texts = [text for text, _ in facts(sentence)]
    assert not any(
        text.startswith("Farmers on") or text.startswith("Farmers this") for text in texts
    )
    assert len(texts) == 2
