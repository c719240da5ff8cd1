"""A parser bug costs one sentence, never the run: the sentence is kept as a dropped claim
that says so, and a warning names the file and line."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from claimtrack.models import Article, Kind
from claimtrack.options import Options
from claimtrack.parse import build, parse_article

TEXT = (
    "The mayor resigned on Monday.\n"
    "The Zebra bridge collapsed overnight.\n"
    "Officials said the port had reopened."
)


@pytest.fixture
def failing_on_zebra(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser as outside tests, with a bug that fires on the sentence naming Zebra."""
    monkeypatch.setattr(build, "RAISE_PARSER_ERRORS", False)
    real = build._parse_sentence_memoised

    def parse_or_fail(context: build.Context, sentence: Any, *rest: Any) -> None:
        real(context, sentence, *rest)  # some claims are made before the failure
        if "Zebra" in context.article.text[sentence.start : sentence.end]:
            raise IndexError("list index out of range")

    monkeypatch.setattr(build, "_parse_sentence_memoised", parse_or_fail)


def _parse() -> list[Any]:
    article = Article(id="a", path="desk/a.txt", source="Wire", text=TEXT)
    return parse_article(article, Options())


@pytest.mark.usefixtures("failing_on_zebra")
def test_the_other_sentences_keep_their_claims(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        claims = _parse()
    facts = [(c.text, c.attribution) for c in claims if c.kind is Kind.FACT]
    assert ("The mayor resigned on Monday.", None) in facts
    assert ("The port had reopened.", "Officials") in facts
    assert not any("Zebra" in text for text, _ in facts)  # its half-made claims are gone
    assert len({c.id for c in claims}) == len(claims)
    failed = [c for c in claims if "Zebra" in c.text]
    assert [(c.kind, c.dropped) for c in failed] == [
        (Kind.META, "not parsed: the parser failed on this sentence (IndexError)")
    ]
    assert "desk/a.txt line 2: the parser failed on this sentence (IndexError" in caplog.text


def test_in_tests_a_parser_bug_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(build, "_parse_sentence_memoised", fail)
    with pytest.raises(IndexError):
        _parse()
