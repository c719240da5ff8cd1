"""parse_article and parse_statement: the Claim contract, dropped text, attributes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimtrack.models import Article, Certainty, Kind
from claimtrack.options import Options
from claimtrack.parse import PARSER_VERSION, parse_article, parse_statement

ARTICLE = (
    "Harbour Town Reopens Ferry Line\n\n"
    "LUND, March 3 (Northwire) — Lund Ferry Company reopened the ferry line on Monday, "
    "citing safety repairs. It will add two boats next week, the mayor said.\n"
    """The line, closed since January, carries about 4,000 passengers a day.
Officials did not confirm the cost.

Council leaders must now fix the pier.
Is the timetable final?
The excerpt does not give the operator's name.
SHOP FERRY GIFTS NOW, CLICK TO BUY.
SHOP FERRY GIFTS NOW, CLICK TO BUY.
By Lena Holm
— @harbourdesk March 3, 2025
"""
)


def parse(text: str = ARTICLE, published: dt.date | None = dt.date(2025, 3, 3)) -> list:
    article = Article(id="a", path="a.txt", source="Northwire", text=text, published=published)
    return parse_article(article, Options())


def test_sentence_offsets_are_verbatim_and_spans_inside_them() -> None:
    for claim in parse():
        start = claim.sentence_start
        assert ARTICLE[start : start + len(claim.sentence)] == claim.sentence
        for span_start, span_end in claim.spans:
            assert start <= span_start < span_end <= start + len(claim.sentence)
        assert claim.line == ARTICLE.count("\n", 0, claim.start) + 1
        for mention in (*claim.numbers, *claim.dates, *claim.entities):
            assert ARTICLE[mention.start : mention.end] == mention.text


def test_ids_are_deterministic_and_unique() -> None:
    first, second = parse(), parse()
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)
    assert first[0].id == "a:1"


def test_dropped_lines_say_why() -> None:
    dropped = {c.dropped for c in parse() if c.dropped}
    assert "advert / call to action" in dropped
    assert "byline" in dropped
    assert "post signature: @harbourdesk, 2025-03-03" in dropped
    assert "question" in dropped
    assert "opinion: 'must'" in dropped
    assert any(reason.startswith("about the text") for reason in dropped)


def test_no_advert_or_signature_is_a_fact() -> None:
    facts = [c.text for c in parse() if c.kind is Kind.FACT]
    assert not any("SHOP" in text or "@harbourdesk" in text for text in facts)
    assert all(c.dropped is None for c in parse() if c.kind is Kind.FACT)


def test_the_headline_is_a_claim_and_the_dateline_is_not_in_the_text() -> None:
    texts = [c.text for c in parse() if c.kind is Kind.FACT]
    assert texts[0] == "Harbour Town Reopens Ferry Line."
    assert "Lund Ferry Company reopened the ferry line on Monday." in texts
    assert not any(text.startswith("LUND") for text in texts)


def test_participle_reason_and_resolved_date() -> None:
    claim = next(c for c in parse() if c.text.startswith("Lund Ferry Company reopened"))
    assert claim.reason == "citing safety repairs"
    (monday,) = claim.dates
    assert monday.earliest == dt.date(2025, 3, 3) and monday.relative


def test_pronoun_resolved_attribution_and_plan() -> None:
    claim = next(c for c in parse() if "two boats" in c.text)
    assert claim.text == "Lund Ferry Company will add two boats next week."
    assert claim.attribution == "the mayor"
    assert claim.certainty is Certainty.PLANNED and claim.certainty_cue == "will"
    assert claim.dates[0].earliest == dt.date(2025, 3, 10)


def test_negation_and_approximate_number() -> None:
    claims = parse()
    negated = next(c for c in claims if "cost" in c.text)
    assert negated.negated and negated.negation_cue == "not"
    passengers = next(c for c in claims if "passengers" in c.text)
    assert passengers.numbers[0].approximate
    assert passengers.numbers[0].counts == "passenger"


def test_a_pronoun_after_an_unnamed_subject_stays_unresolved() -> None:
    text = "Lund Ferry Company sold a boat. The line carries cars. It will add two boats."
    claims = parse(text)
    assert claims[-1].text == "It will add two boats."


def test_relative_dates_unresolved_without_publication_date() -> None:
    unsigned = ARTICLE.replace("— @harbourdesk March 3, 2025\n", "")
    claim = next(c for c in parse(unsigned, published=None) if "two boats" in c.text)
    assert claim.dates[0].resolved is False and claim.dates[0].relative


def test_parse_statement_keeps_attributes_without_splitting() -> None:
    claim = parse_statement(
        "Tehran reportedly will not attend the talks in protest over the raids, officials said."
    )
    assert claim.text == "Tehran reportedly will not attend the talks in protest over the raids."
    assert claim.attribution == "officials"
    assert claim.certainty is Certainty.HEDGED and claim.certainty_cue == "reportedly"
    assert claim.negated and claim.negation_cue == "not"
    assert claim.reason == "in protest over the raids"
    assert [e.canonical for e in claim.entities] == ["Iran"]
    assert claim.id == "statement"


def test_parse_statement_on_any_input() -> None:
    for text in ("", "   ", "?", "...", "12", "@@@", "a" * 5000):
        claim = parse_statement(text)
        assert claim.id == "statement"


def test_user_aliases_from_options(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Harbour Town\tPort of Lund\n", encoding="utf-8")
    article = Article(id="a", path="a", source="s", text="Harbour Town opened a pier.")
    (claim,) = parse_article(article, Options(alias_file=aliases))
    assert [e.canonical for e in claim.entities] == ["Port of Lund"]


def test_parser_version_is_a_string() -> None:
    assert isinstance(PARSER_VERSION, str) and PARSER_VERSION


def test_cli_aliases_option(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimtrack.cli import EXIT_USAGE, main

    article = tmp_path / "a.txt"
    article.write_text("Harbour Town opened a pier on Monday.\n", encoding="utf-8")
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Harbour Town\tPort of Lund\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["claims", str(article), "--aliases", str(aliases), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert '"canonical": "Port of Lund"' in result.stdout

    aliases.write_text("one column only\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["claims", str(article), "--aliases", str(aliases)])
    assert result.exit_code == EXIT_USAGE
    assert "line 1" in result.stderr


def test_a_post_signature_dates_relative_dates_when_the_article_has_no_date() -> None:
    text = "Ferries stop running tomorrow.\n— @harbourdesk March 3, 2025\n"
    claims = parse(text, published=None)
    (tomorrow,) = claims[0].dates
    assert tomorrow.earliest == dt.date(2025, 3, 4) and tomorrow.resolved


@pytest.mark.parametrize(
    "second",
    [
        "It took the ministry four days to confirm the figures.",
        "It takes inspectors a week to check every boat.",
        "It will take crews until March to clear the channel.",
    ],
)
def test_it_before_a_span_of_time_is_an_empty_subject(second: str) -> None:
    claims = parse(f"Lund Ferry Company sold a boat. {second}")
    assert claims[-1].text == second


@pytest.mark.parametrize(
    ("second", "resolved"),
    [
        ("It took control of the harbour.", "Lund Ferry Company took control of the harbour."),
        (
            "It will take two boats out of service.",
            "Lund Ferry Company will take two boats out of service.",
        ),
    ],
)
def test_it_that_takes_something_refers_back(second: str, resolved: str) -> None:
    claims = parse(f"Lund Ferry Company sold a boat. {second}")
    assert claims[-1].text == resolved


def speakers(text: str) -> list[str | None]:
    return [c.attribution for c in parse(text) if c.kind is Kind.FACT and not c.dropped]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ines Duarte said the bridge would reopen. Ines Duarte toured the site on "
            'Monday. "I will not resign," she said.',
            "Ines Duarte",
        ),
        (
            'Tomas Berg told reporters the mill was safe. Tomas Berg visited Oslo. "We found '
            'no leak," he told the council.',
            "Tomas Berg",
        ),
        # never quoted before, but the subject just before, named in full (session 45)
        ('Ines Duarte toured the site on Monday. "I will not resign," she said.', "Ines Duarte"),
    ],
)
def test_he_or_she_after_a_named_speaker_is_that_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # The subject before has never been quoted and is a body's name, no person's.
        'Vell Harbour Palace reopened on Monday. "I will not resign," she said.',
        # Another speaker in between: "he" could be either.
        "Tomas Berg said the mill was safe. Tomas Berg visited Oslo. "
        '"It is fine," said Ana Lind. "We found no leak," he said.',
        # The named subject is two sentences back.
        "Tomas Berg said the mill was safe. Tomas Berg visited Oslo. The river rose. "
        '"We found no leak," he said.',
    ],
)
def test_he_or_she_stays_as_written_when_the_person_is_not_certain(text: str) -> None:
    assert speakers(text)[-1] in ("he", "she")


def test_a_statement_reported_at_second_hand_is_hedged_by_that_word() -> None:
    article = Article(
        id="a", source="a", path="a.txt", text="The mayor reportedly said the pier was unsafe.\n"
    )
    (claim,) = [c for c in parse_article(article) if c.kind is Kind.FACT]
    assert (claim.attribution, claim.certainty.value, claim.certainty_cue) == (
        "The mayor",
        "hedged",
        "reportedly",
    )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a speaker described by a noun no list knows may be the "he" of the statement
        (
            "Tom Berg wrote the column. The sculptor told reporters he did not agree.",
            "He did not agree.",
        ),
        (
            "Tom Berg wrote the column. A forensic examiner said he heard ten shots.",
            "He heard ten shots.",
        ),
        # a document speaks of someone else: the person named before
        (
            "Tom Berg wrote the column. The statement said he did not agree.",
            "Tom Berg did not agree.",
        ),
        (
            "Tom Berg wrote the column. A website set up in his honour said he had left.",
            "Tom Berg had left.",
        ),
    ],
)
def test_a_pronoun_after_a_described_speaker(text: str, claim: str) -> None:
    assert parse(text)[-1].text == claim
