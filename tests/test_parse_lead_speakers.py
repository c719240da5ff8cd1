"""Speakers behind a leading participle, a demonstrative in a description, a noun of news.

- A participle's phrase before a subject with an apposition ("Citing a source at a clinic,
  the paper, the Valley Ledger, said ...") is no noun the apposition describes: the paper
  speaks, and cited the source.
- A demonstrative after a preposition in a speaker's description ("a lawyer for that
  family") says which family; it opens no clause, so the speaker stays.
- "this" or "last" after a speaker named after the verb is when it was said only before a
  word of time ("said Ana Ruiz this week"), not in "a spokesman for this agency".
- After a verb of reporting, a noun of news may take its content without "that"
  ("reported the story 12 guests fell ill"): the content is the clause after the noun.

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Citing an unnamed source at a Varna clinic, the newspaper, the Valley Ledger, "
            "said a second nurse had fallen ill.",
            {
                ("A second nurse had fallen ill.", "the newspaper"),
                ("The newspaper cited an unnamed source at a Varna clinic.", None),
                ("The newspaper was the Valley Ledger.", None),
            },
        ),
        (
            "Quoting two harbour pilots, the station, Coast FM, reported the ferry was late.",
            {
                ("The ferry was late.", "the station"),
                ("The station quoted two harbour pilots.", None),
            },
        ),
        (
            "Adding to the unrest, the mayor's driver, Tom Berg, was arrested on Friday.",
            {
                # the name set off after the description is the subject (session 45)
                ("Tom Berg was arrested on Friday.", None),
                ("Tom Berg added to the unrest.", None),
                ("Tom Berg was the mayor's driver.", None),
            },
        ),
        # a clause before the comma ("has not started") is no participle's phrase
        (
            "Testing of the water has not started, but a chemist at the plant, who was also "
            "hurt, says the leak was small.",
            {
                ("Testing of the water has not started.", None),
                ("A chemist at the plant was also hurt.", None),
                ("The leak was small.", "a chemist at the plant"),
            },
        ),
        # a name ending in -ing, or a noun after the -ing word, opens a noun phrase
        (
            "Boeling officials, including its chief, said the jet was safe.",
            {("The jet was safe.", "Boeling officials")},
        ),
    ],
)
def test_participle_phrase_before_an_apposed_subject(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected


def test_gerund_subject_before_a_relative_stays_the_subject() -> None:
    # "which" after the comma: the -ing phrase is the clause's subject, no participle's
    text = "Announcing the result of the vote, which surprised the town, could help the mayor."
    assert ("Announcing the result of the vote could help the mayor.", None) in facts(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The shop was robbed on Friday, said Ana Ruiz, a lawyer for that family.",
            "Ana Ruiz, a lawyer for that family",
        ),
        ("The head of that department said the shop was robbed.", "The head of that department"),
        (
            "The shop was robbed on Friday, said a spokesman for this agency.",
            "a spokesman for this agency",
        ),
        ("The shop was robbed, said the last guard.", "the last guard"),
        # a time after the name is when it was said
        ("The shop was robbed on Friday, said Ana Ruiz this week.", "Ana Ruiz"),
        ("The shop was robbed, said Ana Ruiz last night.", "Ana Ruiz"),
    ],
)
def test_demonstratives_in_a_speaker(text: str, speaker: str) -> None:
    content = "The shop was robbed on Friday." if "Friday" in text else "The shop was robbed."
    assert (content, speaker) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # "that" before a clause's word opens the clause: no speaker is named
        "The man who spoke for that is Tom said it was robbed.",
        "The guard said that it was robbed and that is all.",
    ],
)
def test_a_clause_after_that_is_no_speaker(text: str) -> None:
    assert all(speaker != "The man who spoke for that is Tom" for _, speaker in facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Courier first reported the story 12 guests fell ill at the inn.",
            ("12 guests fell ill at the inn.", "The Courier"),
        ),
        (
            "The Herald reported the news two ferries had sunk.",
            ("Two ferries had sunk.", "The Herald"),
        ),
        (
            "The ministry confirmed the report the mayor had resigned.",
            ("The mayor had resigned.", "The ministry"),
        ),
        # the noun is the clause's subject: "the report was accurate"
        (
            "The agency confirmed the report was accurate.",
            ("The report was accurate.", "The agency"),
        ),
        # no clause after the noun: the agency's own act
        ("The agency confirmed the report.", ("The agency confirmed the report.", None)),
    ],
)
def test_content_after_a_noun_of_news(text: str, expected: tuple[str, str | None]) -> None:
    assert facts(text) == [expected]


def test_the_lead_gives_no_reason_to_the_apposition() -> None:
    # the writer's description of the paper is not said because of the source it cited
    text = (
        "Citing an unnamed source at a Varna clinic, the newspaper, the Valley Ledger, "
        "said a second nurse had fallen ill."
    )
    reasons = {c.text: c.reason for c in parse(text)}
    assert reasons["A second nurse had fallen ill."] == "Citing an unnamed source at a Varna clinic"
    assert reasons["The newspaper was the Valley Ledger."] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description and the name set off after it: both name the speaker
        (
            "His classmate, Vika Lind, said the ferry was late.",
            [("The ferry was late.", "His classmate, Vika Lind")],
        ),
        # "she" in what she said is the name
        (
            "The lawyer, Ana Ruiz, said she had shared the tape with police.",
            [("Ana Ruiz had shared the tape with police.", "The lawyer, Ana Ruiz")],
        ),
        # after a name or a place the words set off are no name of the speaker
        (
            "The plumber from Varna City, Varna, said the pipe burst.",
            [("The pipe burst.", "The plumber from Varna City")],
        ),
        (
            "The newspaper, the Morning Ledger, said the ferry was late.",
            [
                ("The ferry was late.", "The newspaper"),
                ("The newspaper was the Morning Ledger.", None),
            ],
        ),
    ],
)
def test_a_name_set_off_after_the_speakers_description(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("The two singers issued a statement Tuesday:", "The two singers"),
        (
            "On Monday, a spokeswoman for the clinic released a short statement:",
            "a spokeswoman for the clinic",
        ),
        ("The club put out a statement on its website:", "The club"),
    ],
)
def test_a_statement_put_out_names_the_speaker_of_the_quotation_after(
    lead_in: str, speaker: str
) -> None:
    text = (
        "The ferry service was cut on Friday.\n"
        f"{lead_in}\n"
        "“We have seen the reports. The three of us sailed together for years.”\n"
    )
    claims = {c.text: c for c in parse(text)}
    sailed = claims["The three of us sailed together for years."]
    assert sailed.dropped is None  # no longer the writer's first-person comment
    assert sailed.attribution == speaker


def test_a_statement_that_does_something_keeps_its_own_claim() -> None:
    # "blaming ..." is what the statement said: the sentence stays a claim
    text = (
        "The inquiry opened on Friday.\n"
        "The charity issued a statement blaming the council for the delay:\n"
        "“We warned them twice.”\n"
    )
    claims = [c for c in parse(text) if "issued a statement" in c.text]
    assert claims and all(c.dropped is None for c in claims)
