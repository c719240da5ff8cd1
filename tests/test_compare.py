"""compare_claims: the matcher's and judge's verdict on two statements."""

from __future__ import annotations

from claim_helpers import claim, number
from claimtrack import compare_claims
from claimtrack.compare import compare_against, compare_parsed
from claimtrack.models import ConflictType
from claimtrack.options import Options


def test_the_same_statement_in_other_words_is_the_same_claim() -> None:
    result = compare_claims(
        "Iran suspended talks with the United States on Friday",
        "On Friday Iran halted talks with the US",
    )
    assert result.same_claim and result.related
    assert not result.conflicts


def test_unrelated_statements_are_neither_same_nor_related() -> None:
    result = compare_claims(
        "Iran suspended talks with the United States on Friday",
        "The central bank raised interest rates by half a point",
    )
    assert not result.same_claim and not result.related
    assert 0 <= result.score < Options().threshold


def test_a_conflict_is_never_the_same_claim() -> None:
    text_a = "12 people died in the fire on Tuesday"
    text_b = "21 people died in the fire on Tuesday"
    a = claim(text_a, "a:1", numbers=(number(text_a, "12", 12, 12),))
    b = claim(text_b, "b:1", numbers=(number(text_b, "21", 21, 21),))
    result = compare_parsed(a, b, Options())
    assert result.score >= Options().threshold
    assert not result.same_claim and result.related and result.contradicts
    assert [c.type for c in result.conflicts] == [ConflictType.NUMERIC]


def test_compare_against_equals_one_by_one_comparison() -> None:
    draft = claim("Iran suspended talks with the United States", "d:1")
    others = [
        claim("Iran halted talks with the US", "s:1"),
        claim("Iran resumed talks with the US", "s:2"),
        claim("Bread prices climbed in the capital", "s:3"),
    ]
    batch = compare_against(draft, others, Options())
    single = [compare_parsed(draft, o, Options()) for o in others]
    assert batch == single
    assert batch[0].same_claim
    assert [c.type for c in batch[1].conflicts] == [ConflictType.ANTONYM]
    assert not batch[2].related
