"""Economic and social indicators: two indicators reported side by side are two things, two
names of one indicator are one (data/indicators.tsv, data/indicator_qualifiers.txt)."""

from __future__ import annotations

import pytest

from claimtrack import judge
from claimtrack.judge.indicators import (
    indicator_before,
    indicator_of,
    indicator_words,
    indicators_apart,
)
from claimtrack.models import ConflictType
from claimtrack.normalize import stem
from story_claims import conflict_types, conflict_values, two_articles


@pytest.mark.parametrize(
    ("subject", "indicator"),
    [
        ("The jobless rate", "unemployment"),
        ("Joblessness in Ostrava", "unemployment"),
        ("The unemployment rate", "unemployment"),
        ("Youth unemployment", "youth unemployment"),
        ("Core inflation", "core inflation"),
        ("Consumer prices", "inflation"),
        ("The central bank's key interest rate", "policy rate"),
        ("The harbour board", None),
        ("Unemployment benefits", "unemployment"),
    ],
)
def test_the_indicator_a_subject_names(subject: str, indicator: str | None) -> None:
    assert indicator_of(subject) == indicator


@pytest.mark.parametrize(
    ("subject_a", "subject_b", "apart"),
    [
        ("Inflation", "The key interest rate", True),
        ("The unemployment rate", "Youth unemployment", True),
        ("Joblessness", "The unemployment rate", False),
        ("Inflation", "Consumer prices", False),
        # one side names no indicator: nothing is known
        ("Inflation", "The harbour board", False),
        (None, "Inflation", False),
    ],
)
def test_two_indicators_are_apart(
    subject_a: str | None, subject_b: str | None, apart: bool
) -> None:
    assert indicators_apart(subject_a, subject_b) is apart


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Inflation in Ostrava stood at 2.7 percent in May.",
            "The key interest rate in Ostrava stands at 3.75 percent.",
        ),
        (
            "The unemployment rate in Ostrava fell to 4.1 percent.",
            "Youth unemployment in Ostrava rose to 11.8 percent.",
        ),
    ],
)
def test_two_indicators_give_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_types(text_a, text_b) == set()


def test_one_indicator_still_conflicts() -> None:
    assert ConflictType.NUMERIC in conflict_types(
        "The unemployment rate in Ostrava fell to 4.1 percent.",
        "The unemployment rate in Ostrava fell to 4.4 percent.",
    )


# --- the indicator a figure's own clause names, whoever the subject is ------------------------


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("the lender said it would raise its savings rate to ", "savings rate"),
        ("the Tarn central bank lifted its benchmark rate to ", "policy rate"),
        ("the ten-year bond yield rose to ", "bond yield"),
        # the name stands too far back: the figure may be of something else
        ("the mortgage rate held steady while builders said new orders were up ", None),
        ("banks raised rates to ", None),
        # a name used as a verb names no indicator
        ("the firm must either pay the lender ", None),
        ("the port authority agreed to pay ", None),
        ("average pay rose to ", "wages"),
    ],
)
def test_the_indicator_named_right_before_a_figure(clause: str, indicator: str | None) -> None:
    assert indicator_before(clause) == indicator


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two indicators in the figures' clauses, subjects naming none: no conflict
        (
            "Several lenders moved, and Kestrel Bank said it would raise its savings rate "
            "to 2.6 percent.",
            "The Bank of Tarnia lifted its benchmark rate to 3.75 percent.",
            [],
        ),
        (
            "Markets were calm, and the ten-year yield reached 4.4 percent.",
            "The Bank of Tarnia lifted its benchmark rate to 3.75 percent.",
            [],
        ),
        # one indicator in both clauses: still compared
        (
            "Several lenders moved, and the Bank of Tarnia lifted its benchmark rate to "
            "3.5 percent.",
            "The Bank of Tarnia lifted its key rate to 3.75 percent.",
            [("3.5 percent", "3.75 percent")],
        ),
    ],
)
def test_figures_of_two_indicators_named_in_their_clauses(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


# --- one indicator by two names: compared, linked across articles of one story -----------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Joblessness in Tarnia rose to 6.3 percent.",
            "The Tarnian unemployment rate rose to 6.1 percent last month.",
            [("6.3 percent", "6.1 percent")],
        ),
        (
            "Consumer prices climbed 3.4 percent.",
            "Inflation in Tarnia accelerated to 3.9 percent.",
            [("3.4 percent", "3.9 percent")],
        ),
        # a subject of one word that names the indicator is no party's name
        (
            "Joblessness rose to 6.3 percent.",
            "The unemployment rate in Tarnia climbed to 6.1 percent.",
            [("6.3 percent", "6.1 percent")],
        ),
        # one figure of each: the same
        (
            "Joblessness in Tarnia rose to 6.3 percent.",
            "The Tarnian unemployment rate rose to 6.3 percent last month.",
            [],
        ),
        # two indicators: not compared
        (
            "Joblessness in Tarnia rose to 6.3 percent.",
            "Inflation in Tarnia accelerated to 3.9 percent.",
            [],
        ),
    ],
)
def test_one_indicator_by_two_names_is_one_figure(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("Joblessness", {"joblessness"}),
        ("The jobless rate in Tarnia", {"jobless", "rate"}),
        ("Kestrel Bank", set()),
    ],
)
def test_the_words_of_indicator_names_are_no_party(subject: str, words: set[str]) -> None:
    assert indicator_words(subject) == {stem(word) for word in words}


LEAD = "Tarnia's statistics office published its monthly labour figures."


@pytest.mark.parametrize(
    ("text_a", "text_b", "linked"),
    [
        (
            "Joblessness rose to 6.3 percent, as factories shed staff.",
            "The unemployment rate climbed to 6.1 percent in the north of Tarnia.",
            True,
        ),
        (
            "Joblessness rose to 6.3 percent, as factories shed staff.",
            "The unemployment rate climbed to 6.3 percent in the north of Tarnia.",
            False,
        ),
        (
            "Joblessness rose to 6.3 percent, as factories shed staff.",
            "Inflation climbed to 6.1 percent in the north of Tarnia.",
            False,
        ),
    ],
)
def test_figures_of_one_indicator_are_linked_across_articles(
    text_a: str, text_b: str, linked: bool
) -> None:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=True)
    found = judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))
    assert ((1, 3) in found) is linked
