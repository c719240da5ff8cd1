"""A quotation that runs over several sentences or paragraphs: every sentence in it is the
speaker's, whether the speaker is named before it (after a colon, on the same line or the
line before) or after it; a speaker named inside the quotation is not its speaker."""

from __future__ import annotations

import pytest
from tests.parse_helpers import parse

from claimtrack.parse.sentences import inside_single_marks, quote_balance, single_quotes_doubled


def _speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.attribution for c in parse(text) if c.dropped is None}


@pytest.mark.parametrize(
    ("text", "balance"),
    [
        ('Harbour master Ines Falk wrote: "The crane failed twice.', 1),
        ('"The crane failed twice.', 1),
        ('The crane failed twice."', -1),
        # spaced copy closes a quotation before its tag
        ('We had enough trouble as it was, "she wrote in a post.', -1),
        ('She called it "a mess" and left.', 0),
        ("“The crane failed twice.", 1),
    ],
)
def test_where_a_straight_mark_opens_or_closes_a_quotation(text: str, balance: int) -> None:
    assert quote_balance(text) == balance


def test_a_quotation_of_two_sentences_after_a_colon_is_all_the_speakers() -> None:
    text = (
        'Harbour master Ines Falk wrote: "The crane failed twice this week. Two ships left '
        'without cargo."'
    )
    assert _speakers(text) == {
        "The crane failed twice this week.": "Harbour master Ines Falk",
        "Two ships left without cargo.": "Harbour master Ines Falk",
    }


def test_a_quotation_of_several_paragraphs_reopens_each_and_closes_the_last() -> None:
    text = (
        "The pier closed on Friday.\n\n"
        'Fisherman Tor Lind, 58, said: "Nobody warned us about the storm.\n\n'
        '"We lost three boats and most of the nets.\n\n'
        '"The town has not paid for the damage."\n\n'
        "The council met on Monday."
    )
    speakers = _speakers(text)
    for said in (
        "Nobody warned us about the storm.",
        "We lost three boats and most of the nets.",
        "The town has not paid for the damage.",
    ):
        assert speakers[said] == "Fisherman Tor Lind"
    assert speakers["The pier closed on Friday."] is None
    assert speakers["The council met on Monday."] is None


def test_a_paragraph_without_a_mark_ends_the_quotation() -> None:
    text = (
        'Fisherman Tor Lind said: "Nobody warned us about the storm.\n\n'
        "The harbour office opened at noon.\n\n"
        '"It was far too late," a neighbour said.'
    )
    assert _speakers(text)["The harbour office opened at noon."] is None


def test_a_speaker_on_the_line_before_the_quotation() -> None:
    text = (
        "Council spokesman Ari Dunn wrote:\n\n"
        '"We had no choice. The bridge was unsafe."\n\n'
        "The council met again."
    )
    claims = parse(text)
    lead = next(claim for claim in claims if claim.text.startswith("Council spokesman"))
    assert lead.dropped == "speaker of the quotation after"
    assert _speakers(text) == {
        "We had no choice.": "Council spokesman Ari Dunn",
        "The bridge was unsafe.": "Council spokesman Ari Dunn",
        "The council met again.": None,
    }


def test_a_line_with_words_of_its_own_before_the_colon_is_not_a_lead_in() -> None:
    text = 'The lights went out at the depot:\n\n"Nobody knew what to do."'
    assert all(claim.dropped != "speaker of the quotation after" for claim in parse(text))


def test_a_speaker_named_first_is_kept_over_a_pronoun_at_the_end() -> None:
    # "she" alone could be either woman of the first line
    text = (
        "Nurse Eva Berg met Dr. Ana Ruiz on Monday.\n\n"
        'Dr. Ana Ruiz told reporters: "The ward is full.\n\n'
        '"Two of the night nurses are off sick.\n\n'
        '"We moved 12 patients to Norby," she added.'
    )
    speakers = _speakers(text)
    assert speakers["The ward is full."] == "Dr. Ana Ruiz"
    assert speakers["Two of the night nurses are off sick."] == "Dr. Ana Ruiz"
    assert speakers["We moved 12 patients to Norby."] == "Dr. Ana Ruiz"


def test_the_pronoun_of_the_closing_tag_is_the_speaker_named_at_the_opening() -> None:
    # "she" alone could be either woman of the first line
    text = (
        "Nurse Eva Berg met Dr. Ana Ruiz on Monday.\n\n"
        'Dr. Ana Ruiz told reporters: "The ward is full.\n\n'
        '"We moved 12 patients to Norby," she added.'
    )
    assert _speakers(text)["We moved 12 patients to Norby."] == "Dr. Ana Ruiz"


def test_a_first_sentence_keeps_the_speaker_it_names_before_its_quotation() -> None:
    # a comma between the speaker and the verb: found as the parser finds it, and the
    # sentence is not read as the quotation's words from its first word
    text = (
        'The astronomy expert at Lund University, said: "The rock fell at night. It left a crater."'
    )
    assert _speakers(text) == {
        "The rock fell at night.": "The astronomy expert at Lund University",
        "It left a crater.": "The astronomy expert at Lund University",
    }


def test_a_person_named_inside_the_quotation_is_not_its_speaker() -> None:
    speakers = _speakers('"The vote was fair. Mara Ek said the count was wrong."')
    assert speakers["The vote was fair."] is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            'Captain Ilse Moor told the inquiry: "The engine stopped twice that night.\n\n'
            '"The mate came up to the bridge at two. He said we had no fuel left."',
            "We had no fuel left.",
        ),
        (
            'Captain Ilse Moor told the inquiry: "The engine stopped twice that night.\n\n'
            "\"The mate came up to the bridge at two. And he said, 'We will run out of fuel.'\"",
            "We will run out of fuel.'",
        ),
        (
            'Mayor Tove Lind said: "The pumps failed at dawn.\n\n"I called the hydrologist.'
            ' She said the river would crest at noon."',
            "The river would crest at noon.",
        ),
    ],
)
def test_a_pronoun_tag_inside_a_quotation_is_not_the_one_quoted(text: str, told: str) -> None:
    # the one quoted would say "I": a "he said" inside tells of someone else
    speakers = _speakers(text)
    assert speakers[told] is not None
    assert speakers[told].lower() in ("he", "she")


def test_a_pronoun_tag_after_the_quotation_closes_is_still_its_speaker() -> None:
    text = '"The pumps failed at dawn," said Mayor Tove Lind. "The river will crest," she said.'
    assert _speakers(text)["The river will crest."] == "Mayor Tove Lind"


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        (
            "Ines Falk said: 'The crane failed. It fell.'",
            'Ines Falk said: "The crane failed. It fell."',
        ),
        (
            "'It fell,' said Ines Falk. 'Nobody was hurt.'",
            '"It fell," said Ines Falk. "Nobody was hurt."',
        ),
        ("Ines Falk said: \u2018It fell.\u2019", "Ines Falk said: \u201cIt fell.\u201d"),
        # the plural's apostrophe inside a quotation is no closing mark
        ("'The dockers' union struck.'", '"The dockers\' union struck."'),
        # a quotation going on into the next paragraph, and closed there
        (
            "She said: 'We lost the farm.\n\n'We will rebuild.'",
            'She said: "We lost the farm.\n\n"We will rebuild."',
        ),
    ],
)
def test_single_marks_that_quote_are_read_as_double_ones(text: str, doubled: str) -> None:
    assert single_quotes_doubled(text) == doubled


@pytest.mark.parametrize(
    "text",
    [
        "They don't play rock 'n' roll from the '90s, O'Brien said.",
        "The dockers' union met the owners' lawyers on Monday.",
        # a paragraph with double marks quotes inside a quotation with single ones
        "\"He told me, 'Run.' So I ran,\" she said.",
    ],
)
def test_apostrophes_and_quotations_inside_quotations_stay_as_written(text: str) -> None:
    assert single_quotes_doubled(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Farmer Ilse Okafor said: 'The river rose a metre. Our barns are under water.'",
        "'The river rose a metre,' said farmer Ilse Okafor. 'Our barns are under water.'",
        "\u2018The river rose a metre,\u2019 said farmer Ilse Okafor. \u2018Our barns are under"
        " water.\u2019",
        "Farmer Ilse Okafor said: 'The river rose a metre.\n\n'Our barns are under water.'",
    ],
)
def test_a_quotation_in_single_marks_over_several_sentences_is_its_speakers(text: str) -> None:
    speakers = _speakers(text)
    assert speakers == {
        "The river rose a metre.": speakers["The river rose a metre."],
        "Our barns are under water.": speakers["The river rose a metre."],
    }
    assert speakers["Our barns are under water."] in ("Farmer Ilse Okafor", "farmer Ilse Okafor")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("'Our barns are flooded.'", "Our barns are flooded."),
        ("'Our barns are flooded.", "Our barns are flooded."),
        ("We lost 40 sheep.\u2019", "We lost 40 sheep."),
        # another single mark in between: the outer ones are not one quotation's
        ("He said, 'We lost 40 sheep.'", "He said, 'We lost 40 sheep.'"),
        ("\u2018Freshman\u2019 is the wrong word.", "\u2018Freshman\u2019 is the wrong word."),
        ("'90s music was better.", "'90s music was better."),
    ],
)
def test_a_quoted_sentence_is_read_inside_its_single_marks(text: str, inside: str) -> None:
    start, end = inside_single_marks(text, 0, len(text))
    assert text[start:end] == inside
