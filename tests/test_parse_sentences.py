"""Sentence splitting on news text: abbreviations, numbers, quotes, lines without a stop."""

from __future__ import annotations

import itertools

import pytest

from claimtrack.models import Article
from claimtrack.parse import parse_article
from claimtrack.parse.sentences import MAX_SENTENCE, split_sentences, tight_quotes


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Alvarez met Gen. Pruitt in Oslo.",
        "Dr. Ines Kowal and Prof. Abe Lund spoke.",
        "The U.S. Senate passed the bill.",
        "The U.N. envoy arrived at 9 a.m. with aides.",
        "The fund grew 3.5 percent to $1,250.75 in Jan. last year.",
        "Jonas E. Smith resigned.",
        "Sales rose to 4.2 million units.",
        "Acme Corp. shares fell sharply.",
        '"We will not stop," she said.',
        '"Is it over?" he asked reporters.',
        "The talks were paused... for now.",
    ],
)
def test_one_sentence_stays_whole(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam broke. Ten villages flooded.", ["The dam broke.", "Ten villages flooded."]),
        ("Rates rose! Markets fell? Yes.", ["Rates rose!", "Markets fell?", "Yes."]),
        (
            "Troops left the U.S. The base closed.",
            ["Troops left the U.S.", "The base closed."],
        ),
        # a starter with a contraction on it ends the sentence too
        (
            "It looks like a win for the U.S. It's not, yet.",
            ["It looks like a win for the U.S.", "It's not, yet."],
        ),
        (
            "They moved to the U.K. They're happy there.",
            ["They moved to the U.K.", "They're happy there."],
        ),
        (
            "The vote ended at 5 p.m. The count began.",
            ["The vote ended at 5 p.m.", "The count began."],
        ),
        ("It was over... Then it began again.", ["It was over...", "Then it began again."]),
        (
            '"The bridge is safe." Engineers disagreed.',
            ['"The bridge is safe."', "Engineers disagreed."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_quotation_spanning_sentences_is_split_like_any_text() -> None:
    text = '"We are ready. We will go," the coach said. Fans cheered.'
    assert sentences(text) == ['"We are ready.', 'We will go," the coach said.', "Fans cheered."]


def test_lines_without_final_punctuation_and_bullets() -> None:
    text = "Port Reopens After Storm\n\n• Ferries resume service\n- Cargo waits\n1. First step done"
    assert sentences(text) == [
        "Port Reopens After Storm",
        "Ferries resume service",
        "Cargo waits",
        "First step done",
    ]


def test_posts_with_emoji_and_hashtags_split_on_lines() -> None:
    text = "Huge crowd downtown 🎉 #parade\nMore to come tonight"
    assert sentences(text) == ["Huge crowd downtown 🎉 #parade", "More to come tonight"]


def test_offsets_are_verbatim_and_in_order() -> None:
    text = "  First one.  Second one?\n\n  Third line  \n"
    found = split_sentences(text)
    assert [text[s.start : s.end] for s in found] == ["First one.", "Second one?", "Third line"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_very_long_runs_are_cut() -> None:
    text = "word " * 2000
    found = split_sentences(text)
    assert len(found) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph wrapped at a fixed width is one sentence
        (
            "Here is what the reporting\nsupports.",
            ["Here is what the reporting\nsupports."],
        ),
        (
            "The council voted to close the depot\non Friday, its chair said. It reopens in May.",
            [
                "The council voted to close the depot\non Friday, its chair said.",
                "It reopens in May.",
            ],
        ),
        # must NOT join: a headline over a capitalised first sentence
        ("Ferry service halted\nThe operator cited high winds.", None),
        # must NOT join: the first line closes its sentence
        ("The port closed.\nbarges waited outside.", None),
        # must NOT join: a blank line between paragraphs
        ("The port closed at noon and\n\nbarges waited outside.", None),
        # must NOT join: a bullet on the next line
        ("Officials listed the damage\n- two cranes toppled.", None),
    ],
)
def test_hard_wrapped_paragraphs_are_joined_only_mid_sentence(
    text: str, expected: list[str] | None
) -> None:
    found = sentences(text)
    if expected is None:
        assert len(found) == 2, found
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She works in Concord, Calif. Dukes is a greeter there.",
         ["She works in Concord, Calif.", "Dukes is a greeter there."]),
        ("He grew up in Tulsa, Okla. Tom Berg said he left at 18.",
         ["He grew up in Tulsa, Okla.", "Tom Berg said he left at 18."]),
    ],
)  # fmt: skip
def test_a_state_abbreviation_ends_a_sentence_before_a_new_clause(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Concord, Calif. Kwik Mart branch was sold.",
        "She moved to Reno, Nev. last year.",
        "He flew from Fresno, Calif. to Reno, Nev. on Monday.",
    ],
)
def test_a_state_abbreviation_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # Tokenized copy sets quotation marks off by blanks: the mark closes the quotation and
        # the lower-case word after it goes on with the same sentence.
        '" Who paid for the flights ? " asks one of the letters.',
        '" Why was the dam opened? " reads the first question on the list.',
        '" The dam held. " the engineer said.',
        "“ Who paid for the flights? ” the auditor asked.",
    ],
)
def test_a_spaced_closing_quote_before_a_lower_case_word_does_not_end_a_sentence(
    text: str,
) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('" Who paid? " Nobody answered.', '" Who paid?'),
        ('The dam held. " We were lucky. "', "The dam held."),
        ('The dam held. " 2019 was worse. "', "The dam held."),
    ],
)
def test_a_spaced_quote_before_a_capital_or_a_figure_still_ends_a_sentence(
    text: str, first: str
) -> None:
    assert sentences(text)[0] == first


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_closing_mark_set_off_by_blanks_ends_the_sentence_before_it() -> None:
    # tokenized copy: the mark alone at the line's end read as a quotation opening over the
    # sentences that follow
    text = 'She said, " No ferry will sail. " \u00a0\nThe port stays open.'
    assert _texts(text) == ['She said, " No ferry will sail. "', "The port stays open."]


@pytest.mark.parametrize(
    ("text", "tight"),
    [
        ('" The pier is safe, " said Ana Ruiz.', ' "The pier is safe,"  said Ana Ruiz.'),
        ('He is " looking forward " to it.', 'He is  "looking forward"  to it.'),
        ('" A, " she said, " B. "', ' "A,"  she said,  "B." '),
    ],
)
def test_marks_set_off_by_blanks_move_against_their_words(text: str, tight: str) -> None:
    assert tight_quotes(text) == tight
    assert len(tight_quotes(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes" twice.',  # typeset: marks against their words
        'He said " yes "twice and "no".',  # one mark touches a word: the line is typeset
        'An odd " mark on its own',  # no pair
        "No marks at all.",
        "“Curly marks are typeset ” already.",
    ],
)
def test_typeset_or_unpaired_marks_stay(text: str) -> None:
    assert tight_quotes(text) == text


def test_the_speaker_after_a_spaced_quotation_is_found_and_no_one_else_is_credited() -> None:
    text = (
        "The council met on Monday.\n"
        'Its leader said, " The budget is short. "\n'
        "The pier will reopen in May.\n"
        '" There is some evidence the repairs worked, " said Ana Ruiz.\n'
    )
    claims = parse_article(Article(id="a", source="a", path="a.txt", text=text))
    speakers = {c.text: c.attribution for c in claims if c.kind.value == "fact"}
    assert speakers["The pier will reopen in May."] is None
    assert speakers["There is some evidence the repairs worked."] == "Ana Ruiz"
    assert speakers["The budget is short."] == "Its leader"


def test_a_claim_quotes_its_sentence_as_written_when_spaced_marks_were_moved() -> None:
    # the parse reads 'Its leader said,  "The budget is short."' (tight_quotes); the claim's
    # sentence is the article's own words at the claim's offsets
    text = 'The council met on Monday.\nIts leader said, " The budget is short. "\n'
    claims = parse_article(Article(id="a", source="a", path="a.txt", text=text))
    budget = next(c for c in claims if c.text == "The budget is short.")
    start = budget.sentence_start
    assert budget.sentence == text[start : start + len(budget.sentence)]
    assert '" The budget' in budget.sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line break stored as its escape, set off by blanks, ends a paragraph
        ("The talks ended.  \\n VALDO — Ministers met on Monday.",
         ["The talks ended.", "VALDO — Ministers met on Monday."]),
        ("The port shut \\n Ships waited offshore.", ["The port shut", "Ships waited offshore."]),
        ("\\n The port reopened. \\n", ["The port reopened."]),
        # a backslash and "n" inside a word or a path is text
        ("The file sat in C:\\new on the desk.", ["The file sat in C:\\new on the desk."]),
        ("It printed \\nothing at all.", ["It printed \\nothing at all."]),
    ],
)  # fmt: skip
def test_a_written_out_line_break_ends_a_paragraph(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
