"""Statements: "Police said on Monday" (split from what police said) tells one statement,
and two such claims are one fact, or a date conflict, only when what was said meets."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report
from claimtrack.match.statements import statements_apart, statements_apart_rows
from claimtrack.models import Article, ConflictType
from claimtrack.normalize import MatchKey, normalize_claims
from claimtrack.parse import parse_article


def _keys(text: str) -> dict[str, MatchKey]:
    claims = parse_article(Article(id="a", path="a", source="a", text=text))
    return {c.text: k for c, k in zip(claims, normalize_claims(claims), strict=True)}


def _statement(text: str) -> MatchKey:
    (key,) = (k for k in _keys(text).values() if k.statement_words)
    return key


@pytest.mark.parametrize(
    ("text", "statement", "words"),
    [
        (
            "About 400 homes were flooded in Varna, the river authority said on Monday.",
            "The river authority said on Monday.",
            {"400", "flood", "hom", "varna"},
        ),
        (
            "The bridge will stay shut until Friday, a spokeswoman for the county told the "
            "Valley Herald on Tuesday.",
            "A spokeswoman for the county told the Valley Herald on Tuesday.",
            {"@close", "bridg", "friday"},
        ),
    ],
)
def test_a_statement_claim_holds_the_words_of_what_was_said(
    text: str, statement: str, words: set[str]
) -> None:
    keys = _keys(text)
    assert words <= set(keys[statement].statement_words)
    said = [k for t, k in keys.items() if t != statement]
    assert said and all(not k.statement_words for k in said)


@pytest.mark.parametrize(
    "text",
    [
        # no date after the verb: no statement claim at all
        "About 400 homes were flooded in Varna, the river authority said.",
        # an apposition of the speaker is a fact about her, not a telling
        "Mira Holt, the county's chief engineer, said on Monday that the dam was sound.",
        # nothing said by anyone
        "About 400 homes were flooded in Varna on Monday.",
    ],
)
def test_only_the_telling_of_a_statement_holds_its_words(text: str) -> None:
    keys = _keys(text)
    holders = [t for t, k in keys.items() if k.statement_words]
    assert all(" said on " in t or " told " in t for t in holders)
    assert not any(t.startswith("Mira Holt is") or "engineer" in t for t in holders)


def test_the_speakers_own_name_and_not_are_no_words_of_the_statement() -> None:
    key = _statement("Dana Ilves would not resign, Dana Ilves said on Monday.")
    assert "not" not in key.statement_words
    assert not set(key.statement_words) & set(key.tokens)


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # two things said: apart
        (
            "About 400 homes were flooded in Varna, the river authority said on Monday.",
            "No one was hurt, the river authority said on Tuesday.",
            True,
        ),
        # one word in common ("flood") is as often two statements on one story
        (
            "About 400 homes were flooded in Varna, the river authority said on Monday.",
            "The flood barrier held overnight, the river authority said on Tuesday.",
            True,
        ),
        # one statement told twice: together
        (
            "About 400 homes were flooded in Varna, the river authority said on Monday.",
            "Some 400 homes in Varna were under water, the river authority said on Tuesday.",
            False,
        ),
        # one act class in common ("resign" / "step down") is one thing said
        (
            "Ana Ilves has no plans to resign, her office said on Monday.",
            "The mayor would not step down, her office said on Tuesday.",
            False,
        ),
    ],
)
def test_two_tellings_are_apart_unless_what_was_said_meets(
    first: str, second: str, apart: bool
) -> None:
    a, b = _statement(first), _statement(second)
    assert statements_apart(a, b) is apart
    rows = statements_apart_rows([a, b], np.array([True, True]), np.array([0]), np.array([1]))
    assert rows.tolist() == [apart]


def test_a_claim_that_tells_no_statement_is_never_apart_by_this_rule() -> None:
    keys = _keys("About 400 homes were flooded in Varna, the river authority said on Monday.")
    said = keys["About 400 homes were flooded in Varna."]
    told = keys["The river authority said on Monday."]
    assert not statements_apart(said, told)
    rows = statements_apart_rows(
        [said, told], np.array([False, True]), np.array([0]), np.array([1])
    )
    assert rows.tolist() == [False]


_SHARED = "Rebels will skip next week's peace talks in Geneva.\n\n"


def _date_conflicts(tmp_path: Path, wire: str, daily: str) -> list[tuple[str, str]]:
    (tmp_path / "wire.md").write_text(f"---\ndate: 2026-04-28\n---\n\n{_SHARED}{wire}\n")
    (tmp_path / "daily.md").write_text(f"---\ndate: 2026-04-29\n---\n\n{_SHARED}{daily}\n")
    report = build_report([tmp_path])
    return [c.values for k in report.clusters for c in k.conflicts if c.type is ConflictType.DATE]


def test_one_speakers_two_statements_on_two_days_are_no_conflict(tmp_path: Path) -> None:
    found = _date_conflicts(
        tmp_path,
        "About 400 fighters have laid down their arms, the rebel council said on Monday.",
        "No new ceasefire was agreed, the rebel council said on Tuesday.",
    )
    assert found == []


def test_one_statement_dated_two_days_is_a_conflict(tmp_path: Path) -> None:
    found = _date_conflicts(
        tmp_path,
        "About 400 fighters have laid down their arms, the rebel council said on Monday.",
        "Some 400 fighters have laid down their arms, the rebel council said on Tuesday.",
    )
    assert sorted(map(sorted, found)) == [["Monday", "Tuesday"]]
