"""A denial in a clause of its own: the plan or the words of another clause of the same
sentence say nothing of the act denied ("Ruiz has not resigned, and she intends to return
to work next week" / "Ruiz resigned on Monday")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import judge, parse
from claimtrack.models import Article, ConflictType
from claimtrack.normalize import normalize_claim
from story_claims import conflict_types


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Orlov has not resigned, and he intends to return to his desk on Monday.",
            "Orlov resigned as harbour master on Friday evening.",
        ),
        (
            "The Brenna clinic has not closed, and it plans to reopen its ward next month.",
            "The Brenna clinic closed on Tuesday.",
        ),
        (
            "Mayor Tilde Sand has not resigned; she expects to lead the council until May.",
            "Mayor Tilde Sand resigned on Thursday.",
        ),
    ],
)
def test_a_denial_beside_a_plan_of_another_clause_conflicts(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION in conflict_types(denial, assertion)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # the denial is of what will happen
        ("Orlov will not resign.", "Orlov resigned as harbour master on Friday evening."),
        ("Orlov has no plans to resign.", "Orlov resigned as harbour master on Friday."),
        # the denied verb acts on something else, named in its own clause
        (
            "The Brenna clinic has not closed its maternity ward.",
            "The Brenna clinic closed its dental unit on Tuesday.",
        ),
    ],
)
def test_denials_of_a_plan_or_of_another_object_do_not(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(denial, assertion)


def _types(denial: str, assertion: str) -> set[ConflictType]:
    day = dt.date(2026, 6, 10)  # a Wednesday
    claims = [
        parse.parse_article(Article(id=n, path=n, source=n, text=t, published=day))[0]
        for n, t in (("a", denial), ("b", assertion))
    ]
    keys = [normalize_claim(c) for c in claims]
    return {c.type for c in judge.pair_conflicts(claims[0], claims[1], keys[0], keys[1])}


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The Lorn ferry has not sailed, and it is expected to resume service next week.",
            "The Lorn ferry sailed on Monday morning.",
        ),
        (
            "The Tarn museum has not reopened, and it hopes to welcome visitors next month.",
            "The Tarn museum reopened on Tuesday.",
        ),
    ],
)
def test_a_date_of_a_clause_joined_after_the_denial_does_not_date_it(
    denial: str, assertion: str
) -> None:
    assert ConflictType.NEGATION in _types(denial, assertion)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # the denial's own clause is dated, apart from the assertion's day
        (
            "The Lorn ferry did not sail on Tuesday, and it will resume service next week.",
            "The Lorn ferry sailed on Monday morning.",
        ),
        # one clause, dated
        (
            "Judge Arve did not step down next month as planned.",
            "Judge Arve stepped down on Tuesday.",
        ),
    ],
)
def test_a_denial_dated_apart_still_meets_no_assertion(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in _types(denial, assertion)


@pytest.mark.parametrize(
    ("first", "second", "dated_apart"),
    [
        (
            "Orlov has not resigned, and he intends to return to work next week.",
            "Orlov resigned as harbour master on Tuesday evening.",
            False,
        ),
        (
            "Orlov has not resigned, his office said on Tuesday night, and he intends to "
            "return to work next week.",
            "Orlov resigned as harbour master on Tuesday evening, hours after his release.",
            False,
        ),
        # an assertion: its joined clause's date stays compared as before
        (
            "The Tarn museum reopened on Thursday, and it hopes to welcome 500 visitors.",
            "The Tarn museum reopened on Tuesday.",
            True,
        ),
    ],
)
def test_the_date_of_a_clause_joined_after_a_denial_is_no_date_of_the_act(
    first: str, second: str, dated_apart: bool
) -> None:
    assert (ConflictType.DATE in _types(first, second)) is dated_apart
