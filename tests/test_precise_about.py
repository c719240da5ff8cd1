"""An "about" figure of three significant digits or more ("about £523,000") is precise to
its last place: it is its value give or take the 3% rounding, not the parser's 10% either
way, which still holds a round figure ("about £500,000", "about 40")."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.story_claims import dated_conflict_values

from claimtrack import parse
from claimtrack.judge.figures import _precise_about
from claimtrack.models import Article, Claim, ConflictType


def _claim(text: str, name: str) -> Claim:
    article = Article(
        id=name, path=name, source=name.upper(), text=text, published=dt.date(2026, 4, 2)
    )
    (found,) = parse.parse_article(article)
    return found


def _numeric_values(first: str, second: str) -> list[tuple[str, str]]:
    return dated_conflict_values(first, second, ConflictType.NUMERIC, dt.date(2026, 4, 2))


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Harker took about £523,000 over four years.",
            "Harker took £494,000 over four years.",
            ("about £523,000", "£494,000"),
        ),
        (
            "The plant employs about 1,250 staff.",
            "The plant employs 1,150 staff.",
            ("about 1,250", "1,150"),
        ),
        (
            "The sale raised about 4.25 million euros.",
            "The sale raised 4.5 million euros.",
            ("about 4.25 million", "4.5 million"),
        ),
    ],
)
def test_a_precise_about_figure_conflicts_past_rounding(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert _numeric_values(first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a round "about" keeps its 10%
        ("Harker took about £500,000 over four years.", "Harker took £494,000 over four years."),
        ("Harker took about £500,000 over four years.", "Harker took £460,000 over four years."),
        ("About 40 guards were hurt.", "Forty-three guards were hurt."),
        # within the rounding of either figure
        ("Harker took about £523,000 over four years.", "Harker took £520,000 over four years."),
        ("The plant employs about 1,237 staff.", "The plant employs 1,200 staff."),
        ("The sale raised about 4.25 million euros.", "The sale raised 4.2 million euros."),
        # two "about" figures whose spans meet
        (
            "Harker took about £523,000 over four years.",
            "Harker took about £510,000 over four years.",
        ),
        # an open bound is read as before
        (
            "Harker took about £523,000 over four years.",
            "Harker took more than £400,000 over four years.",
        ),
    ],
)
def test_figures_that_meet_stay_agreed(first: str, second: str) -> None:
    assert _numeric_values(first, second) == []


@pytest.mark.parametrize(
    ("text", "precise"),
    [
        ("about £412,000", True),
        ("about 1,237", True),
        ("roughly 4.25 million", True),
        ("about £400,000", False),
        ("about 1,200", False),
        ("about 40", False),
        ("nearly £412,000", False),
        ("£412,000", False),
    ],
)
def test_precise_about_reads_significant_digits(text: str, precise: bool) -> None:
    (number,) = _claim(f"Harker took {text} from the fund.", "gazette").numbers
    assert _precise_about(number) is precise
