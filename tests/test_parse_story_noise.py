"""Noise lines from news pages: a dateline of an agency's credit alone, advert lines that
open with their call to action, social-media prompts, the paper's note on its writer."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.models import Article, Kind
from claimtrack.options import Options
from claimtrack.parse.noise import boilerplate_reason, content_start, own_author_note

# --- a dateline of the agency's credit alone: "(Labour Wire) —" ------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("(Harbour Wire) — Ferries resumed on Monday.", "Ferries resumed on Monday."),
        ("(Newsdesk) -- The vote passed.", "The vote passed."),
        ("(Coast Radio)- Two ships collided.", "Two ships collided."),
        ("OSLO (Harbour Wire) — Ferries resumed.", "Ferries resumed."),
        # an aside in brackets, a lower-case one, no dash: words of the sentence
        ("(In fairness) the vote passed.", "(In fairness) the vote passed."),
        ("(see below) — the vote passed.", "(see below) — the vote passed."),
    ],
)
def test_a_credit_alone_is_a_dateline(text: str, content: str) -> None:
    assert text[content_start(text, 0, len(text)) :] == content


# --- an advert opens with its call to action; "buy ... deal" in news is a fact -------------


def _kinds(text: str) -> list[str]:
    article = Article(id="t", path="<t>", source="t", text=text)
    return [c.kind.value for c in parse.parse_article(article, Options())]


@pytest.mark.parametrize(
    "text",
    [
        "Norvik is in talks to buy Arlo Networks, a deal that was reported last week.",
        "Google plans to buy half of the office campus in a deal that could reshape the market.",
        "The council voted to order new buses before the sale of the depot.",
    ],
)
def test_news_of_buying_in_a_deal_is_no_advert(text: str) -> None:
    assert _kinds(text) == ["fact"]


@pytest.mark.parametrize(
    "text",
    [
        "Shop our best sellers and save on every order.",
        "Buy the new Pixel phone here: click to see today's deals.",
        "Readers can order now and get the best deals on tickets.",
    ],
)
def test_calls_to_buy_are_still_adverts(text: str) -> None:
    assert _kinds(text) == ["boilerplate"]


# --- advert lines with their label, social-media prompts -----------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Advertisement: Hendrik's Hardware - generators and tools, open daily.",
            "advert / call to action",
        ),
        ("Sponsored: Compare fixed-rate savings accounts today.", "advert / call to action"),
        ("ADVERTISEMENT | Book your stay now", "advert / call to action"),
        ("Follow Coast Radio on social media for live updates.", "share / subscribe prompt"),
        ("Follow us on Instagram for more pictures.", "share / subscribe prompt"),
    ],
)
def test_advert_lines_and_social_prompts_are_boilerplate(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Advertisements for the drug were banned in March.",
        "Sponsored by the city, the fair opened on Monday.",
        "Promoted to colonel in 2019, she led the unit.",
        "Follow-up checks on Facebook posts found no fraud.",
        "Followers of the sect gathered on Sunday.",
    ],
)
def test_sentences_that_only_open_with_those_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


# --- the paper's note on its own writer -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Greta Sollen writes on business for the Halden Post.", "Halden Post"),
        ("Mara Quist covers health for the Zurlin Daily.", "Zurlin Daily"),
        ("Sanne Koval is the Drava Tribune's chief reporter.", "Drava Tribune"),
    ],
)
def test_a_note_on_the_outlets_own_writer_is_noise(line: str, source: str) -> None:
    assert own_author_note(line, source)
    text = f"The mine reopened on Monday.\n\n{line}\n"
    article = Article(id="a", path="a.md", source=source, text=text)
    for memoised in (False, True):  # a sentence seen before is read from the memo
        claims = parse.parse_article(article)
        kept = [c.text for c in claims if c.kind is Kind.FACT]
        assert kept == ["The mine reopened on Monday."], memoised


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # another outlet's writer, or someone the story is about
        ("Greta Sollen writes on business for the Halden Post.", "Coast Radio"),
        ("Tom Berg is the mayor's chief of staff.", "Halden Post"),
        # a story's sentence that names the outlet
        ("Economists polled by the Halden Post had expected the move.", "Halden Post"),
        ("No source given writes for the Post.", None),
    ],
)
def test_other_lines_naming_a_writer_or_the_outlet_are_kept(line: str, source: str | None) -> None:
    assert not own_author_note(line, source)


@pytest.mark.parametrize(
    "line",
    [
        # in italics, with a second sentence on the line: both are the note
        "*Greta Sollen writes on business for the Halden Post. She grew up in the valley.*",
        "_Greta Sollen has covered mining for the Halden Post since 2019. Tips: gs@post.example_",
    ],
)
def test_an_author_note_with_more_on_its_line_is_noise_whole(line: str) -> None:
    text = f"The mine reopened on Monday.\n\n{line}\n"
    article = Article(id="a", path="a.md", source="Halden Post", text=text)
    for memoised in (False, True):  # a sentence seen before is read from the memo
        claims = parse.parse_article(article)
        kept = [c.text for c in claims if c.kind is Kind.FACT]
        assert kept == ["The mine reopened on Monday."], memoised


def test_a_story_line_naming_the_outlet_keeps_its_second_sentence() -> None:
    text = (
        "The mine reopened on Monday.\n\nEconomists polled by the Halden Post had expected "
        "the move. Shares rose 4% by noon.\n"
    )
    article = Article(id="a", path="a.md", source="Halden Post", text=text)
    kept = [c.text for c in parse.parse_article(article) if c.kind is Kind.FACT]
    assert "Shares rose 4% by noon." in kept


# --- the readers' reaction counts and a live page's stamps ------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("1,204 likes.", "engagement count"),
        ("2.3K views", "engagement count"),
        ("Comments (23) · Sort by: Newest.", "engagement count"),
        ("Posted at 1.47am.", "byline / date line"),
        ("Updated 14:05 GMT", "byline / date line"),
    ],
)
def test_reaction_counts_and_stamps_alone_on_a_line_are_furniture(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "12 comments were removed by the moderators.",
        "1,204 people liked the post.",
        "Posted at noon, the letter went viral.",
    ],
)
def test_sentences_about_reactions_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None
