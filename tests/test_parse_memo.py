"""Memoised sentences: a repeat's claims are exactly what parsing it afresh gives.

``parse_article`` reuses the parse of a sentence it met before (in this or another article)
when nothing its claims depend on differs. Every article below is parsed twice: with the
memo, in a run that meets its sentences several times, and afresh, sentence by sentence
(``_parse_sentence``, the plain path). The claims must be equal field by field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack.models import Article, Claim
from claimtrack.options import Options
from claimtrack.parse import build, parse_article

_SHARED = (
    "The Ministry of Transport sent 1,200 workers home on Tuesday.\n"
    "Velden arrived late.\n"  # a one-word name: only if the article names Velden elsewhere
    "Harbour officials closed the port last week, citing storms, and 40 boats were moved.\n"
    "Click here to subscribe.\n"  # a whole line: an advert; in a paragraph: a prompt
    "The government ruled out new taxes.\n"
    "Four divers were hurt\n and 12 others were taken to hospital.\n"  # claims on two lines
    "It said the closure would last two days.\n"
    '"We will reopen soon. Crews are working around the clock.\n'  # quoted: the mayor's
    'The damage is limited," the mayor said.\n'
    "The announcement, delivered by Mayor Ana Lind, came after a long meeting.\n"
)


def _articles() -> list[Article]:
    """Articles sharing sentences; each setting a sentence's claims depend on varies."""
    texts_and_dates = [
        (_SHARED, None),
        ("Port Reopens\n\nOfficials met Velden on Monday.\n" + _SHARED, dt.date(2025, 3, 3)),
        ("Iran said on Monday it would attend.\n" + _SHARED + _SHARED, dt.date(2024, 1, 9)),
        ("  " + _SHARED.replace("\n", " ", 3), dt.date(2024, 1, 9)),
        (
            "Boats were counted. Crews are working around the clock.\n"  # not quoted here
            "Boats were counted. Click here to subscribe.\n" + _SHARED,
            None,
        ),
        ("We met Velden.\n" + _SHARED, None),  # as the first article, with a known name
    ]
    articles = []
    for round_number in range(3):
        for number, (text, published) in enumerate(texts_and_dates):
            name = f"r{round_number}a{number}"
            articles.append(
                Article(id=name, path=name, source=f"s{number}", text=text, published=published)
            )
    return articles


def _dumps(claims: list[Claim]) -> list[dict[str, object]]:
    return [claim.model_dump(mode="json") for claim in claims]


@pytest.fixture
def fresh_memo() -> Iterator[None]:
    build.clear_memo()
    yield
    build.clear_memo()


@pytest.mark.usefixtures("fresh_memo")
def test_memoised_claims_equal_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    memoised = [_dumps(parse_article(article, Options())) for article in articles]
    assert build._MEMO, "the repeated sentences were memoised"
    monkeypatch.setattr(build, "_parse_sentence_memoised", build._parse_sentence)
    fresh = [_dumps(parse_article(article, Options())) for article in articles]
    for article, got, expected in zip(articles, memoised, fresh, strict=True):
        assert got == expected, article.id


@pytest.mark.usefixtures("fresh_memo")
def test_a_memoised_sentence_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _articles()[0]
    parse_article(article, Options())
    parse_article(article, Options())
    parsed: list[str] = []
    plain = build._parse_content

    def counting(context: build.Context, sentence: object, quotation: object) -> None:
        parsed.append(context.article.text[sentence.start : sentence.end])  # type: ignore[attr-defined]
        plain(context, sentence, quotation)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "_parse_content", counting)
    again = parse_article(article.model_copy(update={"id": "other"}), Options())
    # Only sentences that open with a pronoun the parser may resolve ("It", "The
    # government") depend on the sentence before them.
    assert parsed == [
        "The government ruled out new taxes.",
        "It said the closure would last two days.",
    ]
    assert [c.id for c in again] == [f"other:{n}" for n in range(1, len(again) + 1)]


@pytest.mark.usefixtures("fresh_memo")
def test_a_repeat_at_other_offsets_points_at_its_own_text() -> None:
    sentence = "The Ministry of Transport said 1,200 workers were sent home on Tuesday."
    for prefix in ("", "Short.\n", "A longer first line.\n\nAnd another one here.\n"):
        text = prefix + sentence + "\n"
        article = Article(id="x", path="x", source="x", text=text)
        claims = [c for c in parse_article(article, Options()) if c.sentence == sentence]
        assert claims
        for claim in claims:
            for start, end in claim.spans:
                assert text[start:end] in sentence
            for mention in (*claim.numbers, *claim.dates, *claim.entities):
                assert text[mention.start : mention.end] == mention.text
            assert claim.line == text.count("\n", 0, claim.start) + 1


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    build.clear_memo()
    monkeypatch.setattr(build, "MEMO_SIZE", 3)
    monkeypatch.setattr(build, "SIGHTED_SIZE", 5)
    monkeypatch.setattr(build, "MAX_PARSES", 1)
    for article in _articles():
        parse_article(article, Options())
        assert len(build._MEMO) <= 3
        assert len(build._SIGHTED) <= 5
        assert all(len(memo.parses) <= 1 for memo in build._MEMO.values())
    build.clear_memo()


@pytest.mark.usefixtures("fresh_memo")
def test_a_user_alias_file_is_part_of_the_setting(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Ministry of Transport\tTransport Ministry\n", encoding="utf-8")
    article = _articles()[0]
    for _ in range(3):  # memoised with the packaged table
        parse_article(article, Options())
    with_file = parse_article(article, Options(alias_file=aliases))
    canonical = {e.canonical for claim in with_file for e in claim.entities}
    assert "Transport Ministry" in canonical


@pytest.mark.usefixtures("fresh_memo")
def test_new_text_is_memoised_when_it_comes_back_unless_sentences_keep_repeating() -> None:
    novel = "Inspectors counted 31 cracked beams at the old depot on Friday."
    article = Article(id="n", path="n", source="n", text=novel + "\n")
    parse_article(article, Options())
    assert not any(novel in key for key in build._MEMO), "seen once: not kept"
    parse_article(article, Options())
    assert any(novel in key for key in build._MEMO), "seen twice: kept"
    build.clear_memo()
    for repeated in _articles():  # most sentences now repeat
        parse_article(repeated, Options())
    parse_article(article, Options())
    assert any(novel in key for key in build._MEMO), "kept at once among repeats"
