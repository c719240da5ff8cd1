"""Lines a news page puts around a story that are no claims: labelled bylines, "story
continues" and recirculation lines, newsletter and app prompts, membership appeals and
sign-offs, a labelled caption, and a quoted question that asks who or what."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.models import Article, Kind
from claimtrack.options import Options
from claimtrack.parse.noise import boilerplate_reason, sentence_boilerplate_reason


def _claims(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", path="<t>", source="t", text=text)
    return [(c.kind.value, c.text) for c in parse.parse_article(article, Options())]


# --- a byline under a label, parts set off by dots, bullets or bars ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Words: Maren Tolle · Coast desk · Updated 7.02pm",
        "Reporter: Osei Brandt • 5 hours ago",
        "Writer: Lia Fenwick | Business",
        "Author: Tomas Reyna",
        "Staff report | Updated 8:10 AM Tue, Mar 3, 2026",
        "Newsdesk staff · 2 minutes ago",
    ],
)
def test_a_labelled_byline_is_dropped(line: str) -> None:
    assert boilerplate_reason(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: The mayor said the bridge would close on Monday.",
        "Staff reported the fire to the harbour master at 3am.",
        "Words: fail me when I think of the crew, the captain said.",
        "Author Ana Ruiz won the prize in 2024.",
    ],
)
def test_a_sentence_after_a_byline_label_is_no_byline(line: str) -> None:
    assert boilerplate_reason(line) != "byline"


# --- page furniture, prompts, appeals and sign-offs inside the text ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Story continues below.",
        "The article continues after the advertisement.",
        "Continue reading below",
        "Readers also viewed: Harbour cafe wins award.",
        "People also read: Ten walks on the Ross coast.",
        "Most read: Council votes on parking fees.",
        "Kelmouth's best fish suppers, ranked.",
        "The ten cheapest ferries in the isles, tested.",
        "Join 8,500 readers who get the Valley Post Morning Digest in their inbox.",
        "Join thousands of locals and start their day with our newsletter.",
        "Never miss a story: turn on notifications in the Daily Crest app.",
        "Stay ahead: get breaking alerts on your phone.",
        "Open this story in the Ferrow Times app for live updates.",
        "Chip in from $5 a month to keep local news free.",
        "Chip in today and keep our reporters on the road.",
        "A small donation keeps the Ferrow Times free for everyone.",
        "Every contribution helps us keep our journalism independent.",
        "Become a Ferrow Times member – it takes a minute.",
        "We rely on readers like you.",
        "That's all for now.",
        "That's it for this week.",
        "Forward this newsletter to a friend who sails.",
        "Share it with a colleague who would enjoy it.",
        "Enjoyed this?",
        "Did you enjoy this newsletter?",
        "Is this story important to you?",
        "Was this article useful?",
        "Thanks for sticking with us to the end.",
        "Want more harbour news?",
        "Looking for the latest election updates?",
    ],
)
def test_a_page_prompt_is_boilerplate(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Donations to the fund reached $2 million.",
        "Join the protest, organisers urged.",
        "Readers of the paper were angry.",
        "The story continues to develop as rescuers search the hills.",
        "People also gathered outside the court.",
        "Trending topics on the site included the strike.",
        "The hotel, rated the best in the region, closed in May.",
        "The city's best restaurants, ranked by inspectors, lost stars this year.",
        "Every donation helps the hospital buy new scanners, the charity said.",
        "That is all the council can afford, the treasurer said.",
        "Forward planning has been poor, the report said.",
        "Is this the end of the strike?",
        "Enjoy the sunshine while it lasts, forecasters said.",
        "Continued rain has flooded the valley.",
        "We rely on the ferry for everything, islanders said.",
        "Join us in Kelmouth on Saturday, the union told members.",
        "Most residents read the notice on Friday.",
        "Want more money, the union asked the board.",
        "Looking for the latest survivors, crews searched the hills.",
    ],
)
def test_a_fact_that_looks_like_a_prompt_is_kept(sentence: str) -> None:
    assert sentence_boilerplate_reason(sentence) is None
    assert any(kind != Kind.BOILERPLATE.value for kind, _ in _claims(sentence))


# --- a caption under its label ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Caption: The trawler Bonny Lass leaving Kelmouth harbour on Sunday.",
        "CAPTION: Firefighters at the mill in Ardrow.",
    ],
)
def test_a_labelled_caption_is_about_the_page(text: str) -> None:
    assert [kind for kind, _ in _claims(text)] == [Kind.META.value]


def test_a_sentence_about_captions_is_a_fact() -> None:
    assert [kind for kind, _ in _claims("Captions on the broadcast were wrong.")] == ["fact"]


# --- a quoted question that asks who or what ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"And who is going to move 300 miles with two children?" she asked.',
        '"Who will pay for the repairs?" the councillor said.',
        '"What happens to the workers now?" Ana Ruiz asked.',
        '"Who knows?" he said.',
        'Tom Berg asked: "Who is going to sign the contract?"',
    ],
)
def test_a_quoted_question_asking_who_or_what_is_a_question(text: str) -> None:
    assert Kind.QUESTION.value in [kind for kind, _ in _claims(text)]
    assert Kind.FACT.value not in [kind for kind, _ in _claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"Where did the money go?" the senator asked.',
        '"What did the mayor know about the deal?" Ruiz asked.',
        '"What time does the ferry leave?" she asked.',
        # a past act: who did it is the question the story asks
        '"Who signed the contract?" Tom Berg asked.',
        '"What caused the blackout?" the minister asked.',
    ],
)
def test_a_quoted_question_with_its_own_subject_stays_a_fact(text: str) -> None:
    assert Kind.FACT.value in [kind for kind, _ in _claims(text)]


# --- a caption on a line of its own: a noun, an -ing phrase, no verb --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trawler Bonny Lass leaving Kelmouth harbour on Sunday.",
        "Firefighters tackling the blaze at the mill in Ardrow on Sunday.",
        "Shares falling sharply on the Oslo exchange on Monday.",
        "The Rask Island ferry arriving at the pier on Monday.\n\nThe crossing took four hours.",
    ],
)
def test_a_participle_caption_on_its_own_line_is_meta(text: str) -> None:
    assert _claims(text)[0][0] == Kind.META.value


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was listing badly.",
        "After leaving the port, the ferry hit rocks.",
        "Rescuers searching the hills found the boy.",
        "They are seen leaving the court on Monday.",
        "The cost of keeping the ferry running is high.",
        "It is raining in Oslo today.",
        "He denies murdering the man.",
        "We're expecting to learn more details at the launch later today.",
        "UK pricing and the release date of the new phone remain unknown.",
        "The 19-year-old lay bleeding on the floor for an hour before calling police.",
        # in a paragraph with other sentences: a line of the story, not a caption
        "The fire broke out at noon. Firefighters tackling the blaze at the mill for hours.",
    ],
)
def test_a_sentence_with_an_ing_word_is_no_caption(text: str) -> None:
    assert all(not (c[1] or "").startswith("caption") for c in _reasons(text))


def _reasons(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", path="<t>", source="t", text=text)
    return [(c.kind.value, c.dropped) for c in parse.parse_article(article, Options())]


def test_the_speaker_of_a_who_question_is_the_one_a_later_he_means() -> None:
    text = (
        '"Who needs a bridge when you have a ferry?" asked Olaf Brenner. '
        '"The crossing takes ten minutes," he said.'
    )
    article = Article(id="t", path="<t>", source="t", text=text)
    claims = parse.parse_article(article, Options())
    assert claims[0].kind is Kind.QUESTION and claims[0].attribution == "Olaf Brenner"
    assert claims[1].kind is Kind.FACT and claims[1].attribution == "Olaf Brenner"


@pytest.mark.parametrize(
    "text",
    ['"What is our mayor doing?" Ana Ruiz said.', '"What was the lady doing there?" he asked.'],
)
def test_a_what_question_with_a_subject_after_is_stays_a_fact(text: str) -> None:
    assert Kind.FACT.value in [kind for kind, _ in _claims(text)]
