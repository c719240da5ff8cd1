"""Speakers written with more than a name before the verb (a bracketed short name, a time,
a description without its second comma, a demonstrative), and posts with their authors."""

from __future__ import annotations

import pytest

from claimtrack.parse.attribution import find_attribution
from parse_helpers import facts
from parse_helpers import speaker as speaker_of


def _content(text: str) -> str:
    found = find_attribution(text)
    assert found is not None
    return text[found.content_start : found.content_end]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Harbour Safety Board (HSB) said the ferry had sunk near the pier.",
         "The Harbour Safety Board"),
        ("The ferry sank near the pier, the Harbour Safety Board (HSB) said on Monday.",
         "the Harbour Safety Board"),
        # a short name in capitals is no clause word ("WHO", "IS")
        ("The Coastal Health Office (WHO) said the pier had reopened.",
         "The Coastal Health Office"),
        ('"Close the pier," the IS commander said.', "the IS commander"),
    ],
)  # fmt: skip
def test_a_bracketed_short_name_is_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a verb beside the bracketed short name: a clause, not a speaker
        "The board (HSB) denied the report officials said that the ferry sank.",
        # a dateline, then words whose verb may be anywhere
        "Oslo (Reuters) - Port officials said on Monday that the ferry sank.",
        # a verb beside the short name: a clause, not a speaker
        "Ruiz's claims contradict IS claims, which said that the ferry sank.",
        # a speaker all in capitals keeps its clause words
        "THE FERRY SANK, WHO SAID.",
    ],
)
def test_no_speaker_around_a_short_name_in_a_clause(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour board this morning said that the ferry had sunk.", "The harbour board"),
        ("The harbour board late on Friday night said that the ferry had sunk.",
         "The harbour board"),
        ("The ferry sank, port officials last night said.", "port officials"),
        ("The ferry sank, Ana Ruiz just this morning said.", "Ana Ruiz"),
        # after a participle the time says which report, not when it spoke: the speaker
        # is left as it was, and "this" there reads as a clause word, as before
        ("The ferry sank, a port report released this morning said.", None),
        # a week, month or year after a noun says which one: it stays in the speaker
        ("The ferry sank, a report on the port this month said.",
         "a report on the port this month"),
        ("The ferry sank, a report on the port last month said.",
         "a report on the port last month"),
        # "on Sunday" is part of a name
        ("The Mail on Sunday said the ferry sank near the pier.", "The Mail on Sunday"),
    ],
)  # fmt: skip
def test_a_time_before_the_verb_is_not_the_speaker(text: str, speaker: str | None) -> None:
    assert speaker_of(text) == speaker


def test_no_bare_statement_opens_with_a_verb_of_saying() -> None:
    assert find_attribution("The words the mayor said told us little about the port.") is None


@pytest.mark.parametrize(
    "text",
    [
        '"We have no word from the port," Ana Ruiz, the board\'s head of press told the radio.',
        "Ana Ruiz, the board's head of press told the radio that the ferry sank.",
    ],
)
def test_a_name_then_a_description_without_its_second_comma_names_the_speaker(
    text: str,
) -> None:
    assert speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the board said that the ferry sank.",
        "Last Friday, the board said that the ferry sank.",
        "In Oslo, the board told reporters that the ferry sank.",
    ],
)
def test_a_scene_before_a_description_is_no_name(text: str) -> None:
    assert speaker_of(text) == "the board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour think tank called the Pier Institute a success.", None),
        ("Residents think the ferry sank.", "Residents"),
    ],
)  # fmt: skip
def test_think_tank_is_a_noun(text: str, speaker: str | None) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "that" opens a relative about the blasts
        "The crew chief claims to have filmed the blasts that hit the pier.",
        # a relative about the ferry
        "The port group claims to have sunk the ferry Ana Maria, which was carrying grain.",
        # after an infinitive only "that" opens a statement
        "She claims to be a nurse, working nights at the port clinic.",
    ],
)
def test_no_statement_after_an_infinitive_and_its_noun(text: str) -> None:
    assert find_attribution(text) is None


def test_a_that_clause_after_a_tail_is_still_the_statement() -> None:
    text = "The crew said on Monday that the pier is shut for the winter."
    assert _content(text) == "the pier is shut for the winter."


def test_a_time_phrase_after_a_sentence_adverb_opens_the_sentence() -> None:
    text = (
        "Earlier this week, Mayor Ana Ruiz, who is under pressure over the budget, "
        "confirmed she would run again."
    )
    assert facts(text) == [
        ("Mayor Ana Ruiz would run again.", "Mayor Ana Ruiz"),
        ("Mayor Ana Ruiz is under pressure over the budget.", None),
    ]


def test_also_before_a_time_phrase_opens_the_sentence() -> None:
    text = "Also on Tuesday, a pilot with the port, Tom Berg, said the ferry had sunk."
    assert facts(text) == [("The ferry had sunk.", "a pilot with the port, Tom Berg")]


def test_a_subject_after_a_sentence_adverb_keeps_its_relative() -> None:
    text = "Meanwhile the council, which met on Monday, said the ferry had sunk."
    assert facts(text) == [
        ("The ferry had sunk.", "the council"),
        ("The council met on Monday.", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The pier is shut for the winter. pic.twitter.com/x1Ab3 — Ana Ruiz (@anaruiz) "
         "May 4, 2015.", "Ana Ruiz", "The pier is shut for the winter."),
        ("The pier is shut for the winter http://t.co/ab12 pic.twitter.com/x1Ab3— Harbour "
         "News (@harbournews) May 4, 2015.", "Harbour News", "The pier is shut for the winter"),
        ("RT @anaruiz: The pier is shut for the winter.", "@anaruiz",
         "The pier is shut for the winter"),
    ],
)  # fmt: skip
def test_an_embedded_post_is_its_authors_statement(text: str, speaker: str, content: str) -> None:
    assert (speaker_of(text), _content(text)) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # a reply's handle alone
        "@port — Ana Ruiz (@anaruiz) May 4, 2015.",
        # a signature with more text after its date: posts run together
        "The pier is shut.— Ana Ruiz (@anaruiz) May 4, 2015 The ferry sank later that day.",
        # two posts run together: the first one's words are not the second's author's
        "#pier— Tom Berg (@tberg) May 3, 2015The ferry is late again— Ana Ruiz (@anaruiz) "
        "May 4, 2015.",
        # a picture's caption names who posted it, no statement
        "A photo posted by Ana Ruiz (@anaruiz) on May 4, 2015 at 3:02pm PST.",
    ],
)
def test_no_post_author_without_a_post(text: str) -> None:
    assert find_attribution(text) is None


def test_a_long_run_of_words_with_a_verb_is_no_speaker() -> None:
    text = (
        "The board that runs the old harbour at the mouth of the river closed the northern "
        "pier and said the ferry sank."
    )
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The pier was shut for the winter, these people said.", "these people",
         "The pier was shut for the winter"),
        ("This blogger said that the pier is shut for the winter.", "This blogger",
         "the pier is shut for the winter."),
        # an adverb set off before "that" is no part of the statement
        ("That source said, however, that the pier is shut for the winter.", "That source",
         "the pier is shut for the winter."),
    ],
)  # fmt: skip
def test_a_demonstrative_and_a_noun_are_a_speaker(text: str, speaker: str, content: str) -> None:
    assert (speaker_of(text), _content(text)) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "That being said, the pier is shut for the winter.",
        "That was said about the pier last winter by many.",
        "This is what the board said about the pier.",
        "Ana, who ran the pier, wrote that his interest in the story there did not surprise her.",
    ],
)
def test_a_demonstrative_opening_a_clause_is_no_speaker(text: str) -> None:
    found = find_attribution(text)
    assert found is None or not found.speaker.lower().startswith(("that", "this"))


@pytest.mark.parametrize(
    "text",
    [
        "The captain said goodbye to the crew on the pier.",
        "The skipper said grace before the meal.",
        "The harbour board said farewell to its old ferry on Monday.",
        "The harbour board said hello to the new crew.",
        "The captain said a few words at the funeral.",
        "The mayor said thanks.",
    ],
)
def test_an_act_of_speech_is_no_statement(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The captain said no one was hurt in the fire.", "no one was hurt in the fire."),
        ("The captain said no new fires had started.", "no new fires had started."),
        ("The captain said goodbyes were hard for the crew.", "goodbyes were hard for the crew."),
    ],
)
def test_a_statement_that_opens_like_an_act_of_speech(text: str, content: str) -> None:
    assert _content(text) == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The pier is closed for good," says the pilot who saw the fire.',
            [("The pier is closed for good.", "the pilot")],
        ),
        (
            '"The pier is closed," said the pilot who also runs the ferry.',
            [("The pier is closed.", "the pilot")],
        ),
        (
            '"The pier is closed," said Ana Ruiz, a harbour pilot who works the night shift.',
            [("The pier is closed.", "Ana Ruiz, a harbour pilot")],
        ),
        (
            "The pier was closed, said the pilot who runs the ferry.",
            [("The pier was closed.", "the pilot")],
        ),
    ],
)
def test_a_relative_without_its_comma_closes_the_speaker(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """The relative says which pilot speaks, as a description does: no claim of its own."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second statement in the relative
        '"The pier is closed," said the pilot who told reporters the ferry sank.',
        # "who" is the object of the relative
        '"The pier is closed," said the pilot who I met.',
        # whose relative: the man's or the lawyer's?
        '"The pier is closed," said a lawyer for the man who owns the ferry.',
    ],
)
def test_no_speaker_before_a_relative_that_may_not_be_about_it(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the verb is the relative's, the speaker before it is no inverted tag
        "The board fired the pilot who said the pier was safe.",
        "The pier was safe, officials told the pilot who saw the fire.",
    ],
)
def test_a_relative_after_a_told_person_or_in_a_clause_gives_no_speaker(text: str) -> None:
    assert facts(text) == [(text, None)]


def test_the_speaker_before_a_relative_in_its_statement_speaks() -> None:
    text = (
        "Ana Ruiz, who runs the port, said crews from the navy who left the base had"
        " rebuilt the pier."
    )
    assert facts(text) == [
        ("Crews from the navy who left the base had rebuilt the pier.", "Ana Ruiz"),
        ("Ana Ruiz runs the port.", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('But the skipper said "we closed the pier for good."', "the skipper",
         "we closed the pier for good."),
        ("The mayor says “The pier is closed for good.”", "The mayor",
         "The pier is closed for good."),
        # the quotation goes on in the next sentence
        ('The mayor said "the pier is closed for good.', "The mayor",
         "the pier is closed for good."),
        # the quoted words are the subject of the statement's verb
        ('The harbour master said "every ferry" will be checked by Friday.', "The harbour master",
         'every ferry" will be checked by Friday.'),
    ],
)  # fmt: skip
def test_a_quotation_right_after_the_verb_is_the_statement(
    text: str, speaker: str, content: str
) -> None:
    assert speaker_of(text) == speaker
    assert _content(text) == content


@pytest.mark.parametrize(
    "text",
    [
        # a quoted name, then the writer's clause
        'Words on the screen say "Harbour Days" as the ferry leaves the pier.',
        'The skipper says "a good day" for one boat is ten crates.',
        # "reports" may be the noun the quoted words describe
        'The mayor said "reliable" reports from the port show two ferries sank.',
        # the verb is a relative's
        'A banner that said "the pier is closed for good" hung at the gate.',
        'The video shows a man who says "the pier is closed for good."',
    ],
)
def test_a_quotation_after_the_verb_that_is_no_statement(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # "claims" or "reports" after words with a verb of their own is a noun
        "Ana Ruiz's claims contradict police claims that the ferry sank.",
        "The mayor shot down claims on Monday that the ferry sank.",
        "Some engineers questioned the council's claims that the bridge was safe.",
        "The vote comes as reports circulate that the mayor will resign.",
    ],
)
def test_claims_or_reports_after_a_clause_is_a_noun(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle describing the speaker is no verb of a clause
        ("A witness named Tove Lind claims she saw the ferry sink.", "A witness named Tove Lind"),
        ("Research released on Monday claims that ferries are safe.",
         "Research released on Monday"),
        ("The union claims that the ferry sank.", "The union"),
    ],
)  # fmt: skip
def test_a_described_speaker_still_claims(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker
