"""A clock time names no day: the parser resolves "at 15:00" to the article's own day, a
guess that must not date the claim against a day another report names."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import judge, normalize, parse
from claimtrack.models import Article, Claim, ConflictType
from claimtrack.options import Options


def _claim(text: str, name: str, published: dt.date) -> Claim:
    article = Article(id=name, path=name, source=name.upper(), text=text, published=published)
    (found,) = parse.parse_article(article)
    return found


def _date_values(a: Claim, b: Claim) -> list[tuple[str, str]]:
    options = Options()
    conflicts, _ = judge.judge_pair(
        a, b, normalize.normalize_claim(a, options), normalize.normalize_claim(b, options), options
    )
    return [c.values for c in conflicts if c.type is ConflictType.DATE]


MONDAY = dt.date(2026, 3, 9)
TUESDAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("clocked", "dayed"),
    [
        (
            "The weather office raised the storm warning to level 3 shortly after 15:00.",
            "The weather office raised the storm warning to level 3 on Sunday.",
        ),
        (
            "Firefighters reached the Dalby warehouse at 9 p.m.",
            "Firefighters reached the Dalby warehouse on Sunday evening.",
        ),
        (
            "The Kessin bridge was closed to traffic at 06:45.",
            "The Kessin bridge was closed to traffic on Saturday.",
        ),
    ],
)
def test_a_clock_time_does_not_date_the_act_to_the_articles_day(clocked: str, dayed: str) -> None:
    a = _claim(clocked, "gazette", TUESDAY)
    b = _claim(dayed, "wire", MONDAY)
    assert _date_values(a, b) == []


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The weather office raised the storm warning to level 3 at 15:00 on Thursday.",
            "The weather office raised the storm warning to level 3 on Sunday.",
            ("Thursday", "Sunday"),
        ),
        (
            "Firefighters reached the Dalby warehouse on Friday at 9 p.m.",
            "Firefighters reached the Dalby warehouse on Sunday evening.",
            ("Friday", "Sunday evening"),
        ),
    ],
)
def test_a_day_named_beside_the_clock_time_still_conflicts(
    first: str, second: str, values: tuple[str, str]
) -> None:
    a = _claim(first, "gazette", TUESDAY)
    b = _claim(second, "wire", MONDAY)
    assert _date_values(a, b) == [values]
