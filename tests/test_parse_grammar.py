"""The grammar helpers: where a clause's verb starts, and its predicate."""

from __future__ import annotations

import pytest

from claimtrack.parse import grammar
from claimtrack.parse.build import parse_statement


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("More than 40 people were arrested.", "arrest"),
        ("The mayor refused.", "refuse"),
        ("Two more officials could resign.", "resign"),
        ("The council voted.", "vote"),
        ("The strike ended.", "end"),
    ],
)
def test_a_verb_that_ends_the_sentence_is_the_predicate(text: str, predicate: str) -> None:
    assert grammar.main_predicate(text) == predicate


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("The U.S. embassy closed.", "U.S."),
        ("The market opened at 9 a.m.", "a.m."),
        ("Prices rose 3.5 percent.", "3.5"),
    ],
)
def test_dotted_abbreviations_and_decimals_stay_one_word(text: str, token: str) -> None:
    assert token in grammar.tokens(text)


def test_a_single_final_dot_is_not_part_of_the_word() -> None:
    assert grammar.tokens("Gen. Ruiz resigned.") == ("Gen", "Ruiz", "resigned")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a sentence that ends in its verb
        ("Ms. Ruiz refused.", "Ms. Ruiz"),
        ("The talks collapsed.", "The talks"),
        # an opening adverb or adverbial is not part of the subject
        ("Now Ms. Ruiz is due to meet the board.", "Ms. Ruiz"),
        ("Meanwhile the council voted to close the plant.", "the council"),
        ("Still the airline refused to refund tickets.", "the airline"),
        ("Since 2019, the port has doubled its traffic.", "the port"),
        # words that only look like such adverbs stay in the subject
        ("Today is the last day of voting.", "Today"),
        ("Nowhere Man topped the chart.", "Nowhere Man"),
    ],
)
def test_the_subject_is_the_words_before_the_first_verb(text: str, subject: str) -> None:
    assert parse_statement(text, "a", "a").subject == subject
