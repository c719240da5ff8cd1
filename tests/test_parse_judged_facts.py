"""An opinion that judges its that-clause ("It was shameful that the files were leaked")
takes that clause for granted: the clause is a fact of its own, the judgement stays an
opinion. Sentences written for these tests; near misses must give no fact."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.models import Kind


def facts(article: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(article) if c.kind is Kind.FACT]


def opinions(article: str) -> list[str]:
    return [c.text for c in extract_claims(article) if c.kind is Kind.OPINION]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mayor Ona Pell said on Tuesday that it was shameful that the files were leaked.",
            [("The files were leaked.", "Mayor Ona Pell")],
        ),
        (
            "It is outrageous that nobody has apologized, Councillor Ben Ito said.",
            [("Nobody has apologized.", "Councillor Ben Ito")],
        ),
        (  # the judging word in scare quotes, and a second clause of its own
            'It was "disgraceful" that the budget was cut, and the council will appeal.',
            [("The budget was cut.", None), ("The council will appeal.", None)],
        ),
        (  # a verbless exclamation inside a quotation
            '"So disgraceful that the letters from the Tarvik office were leaked to the press,"'
            " Pell wrote.",
            [("The letters from the Tarvik office were leaked to the press.", "Pell")],
        ),
        (
            "It has been absurd that the ferry sailed half empty.",
            [("The ferry sailed half empty.", None)],
        ),
    ],
)
def test_the_judged_clause_is_a_fact(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert facts(sentence) == expected
    assert len(opinions(sentence)) == 1  # the judgement itself


@pytest.mark.parametrize(
    "sentence",
    [
        "It would be absurd if the bridge closed.",  # a condition, not a fact taken for granted
        "The attack was so brutal that witnesses fled.",  # a result clause of a judged subject
        "It is absurd to claim that the mine is safe.",  # the clause is what is disputed
        "It is time that the council acted.",  # no judging adjective
        "It is shameful that the council must act.",  # the clause is an opinion itself
        "The plan is absurd.",
    ],
)
def test_no_fact_without_a_judged_that_clause(sentence: str) -> None:
    assert facts(sentence) == []
