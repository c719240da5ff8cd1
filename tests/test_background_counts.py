"""Background told beside the news, set apart from its figures and acts: a yearly rate
against one occasion's toll, how many a place has against how many an act befell, a past
year that opens a sentence against the news of the day, and a tally of occasions in a span
against the state of the one told. Each with look-alikes that must still conflict or match."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from claimtrack import judge, match, parse
from claimtrack.match import figures_of_other_events, frames
from claimtrack.models import Article, Claim, ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_types, conflict_values

# --- a rate per unit of time against one occasion's toll --------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Avalanches kill about 25 people a year in the region.", "Two skiers were killed."),
        ("About 40 people die in house fires each year.", "Four people died in the fire."),
        ("Floods kill some 90 people annually across the province.", "Nine people were killed."),
        # either order
        ("Six climbers were injured.", "Rockfalls injure about 60 climbers a year on the peak."),
    ],
)
def test_a_yearly_rate_is_no_toll_of_the_event(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two rates per year
        (
            "Avalanches kill about 25 people a year in the region.",
            "Avalanches kill about 60 people a year in the region.",
            ("about 25", "about 60"),
        ),
        # two tolls of the day
        ("Two skiers were killed.", "Five skiers were killed.", ("Two", "Five")),
        # a figure told in the present, its time left out, is a rate as much as the other
        (
            "Floods kill about 900 people a year in Orvia.",
            "Floods kill about 300 people in Orvia.",
            ("about 900", "about 300"),
        ),
    ],
)
def test_rates_and_tolls_still_conflict_among_themselves(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- how many there are against how many an act befell ----------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The Brask depot employs about 520 people.", "52 people were evacuated from the depot."),
        ("The Brask depot employs about 520 people.", "Medics treated 52 people at the depot."),
        ("The chain has 61 stores.", "Six stores were looted."),
    ],
)
def test_a_count_held_is_no_count_of_those_acted_on(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two counts of what the depot has
        (
            "The Brask depot employs about 520 people.",
            "The Brask depot employs 800 people.",
            ("about 520", "800"),
        ),
        # two counts of those acted on
        ("Medics treated 52 people at the depot.", "Medics treated 80 people.", ("52", "80")),
        # "the number of ... killed" names no holding, whatever the word "number"
        (
            "Four workers were killed.",
            "The number of workers killed at the depot rose to nine.",
            ("Four", "nine"),
        ),
        (
            "The number of tickets sold rose to 9,000.",
            "The club sold 900 tickets.",
            ("9,000", "900"),
        ),
        ("The number of homes checked rose to 900.", "Inspectors checked 90 homes.", ("900", "90")),
    ],
)
def test_counts_of_one_standing_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- a past year opening the sentence, for a clause that lost the opening words ---------------


def _clauses(text: str, source: str) -> list[Claim]:
    article = Article(
        id=source, path=source, source=source, text=text, published=dt.date(2026, 3, 10)
    )
    return list(parse.parse_article(article))


def _numeric(a: Claim, b: Claim) -> list[tuple[str, str]]:
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    return [c.values for c in found if c.type is ConflictType.NUMERIC]


def test_a_clause_of_a_sentence_opening_with_a_year_tells_that_year() -> None:
    past = _clauses(
        "In 2018, a fire at the Osk mill burned for two days and destroyed 300 homes.", "a"
    )
    now = _clauses("The fire destroyed 450 homes.", "b")
    damaged = [c for c in past if "300" in c.text]
    assert damaged and "2018" not in damaged[0].text  # the clause lost the opening words
    assert _numeric(damaged[0], now[0]) == []


def test_clauses_of_one_year_are_still_compared() -> None:
    past = _clauses(
        "In 2018, a fire at the Osk mill burned for two days and destroyed 300 homes.", "a"
    )
    same_year = _clauses("In 2018, the fire destroyed 450 homes.", "b")
    damaged = [c for c in past if "300" in c.text]
    assert _numeric(damaged[0], same_year[0]) == [("300", "450")]
    # and a sentence without the year compares its clauses as before
    plain = _clauses("A fire at the Osk mill burned for two days and destroyed 300 homes.", "c")
    now = _clauses("The fire destroyed 450 homes.", "d")
    assert _numeric(next(c for c in plain if "300" in c.text), now[0]) == [("300", "450")]


# --- opposite acts on other occasions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("In 2020, a rockfall shut the Varn tunnel for two days.", "The Varn tunnel has reopened."),
        ("In 2019, a flood closed the Varn tunnel.", "The Varn tunnel was reopened."),
        (
            "In 2019, a flood shut the Varn tunnel for 40 minutes.",
            "The Varn tunnel has been open since.",
        ),
        ("The Varn tunnel has been shut twice in three years.", "The Varn tunnel reopened."),
        ("The Varn tunnel reopened.", "The tunnel was closed three times this year."),
        # a state told with how long it lasted, then the opposite as come back
        ("The Varn line was closed for six hours on Monday.", "The Varn line has reopened."),
        ("The Varn line has been open since.", "The Varn line was shut for about 40 minutes."),
        # an act dated by a year alone, against the state of the day told with no date
        ("The Orla gallery reopened in 2021 after a refit.", "The Orla gallery remains closed."),
        ("The Varn tunnel was closed in 2018 for repairs.", "The Varn tunnel has reopened."),
        ("The Orla gallery is shut until further notice.", "The Orla gallery reopened in 2015."),
    ],
)
def test_opposite_acts_of_other_occasions_do_not_oppose(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The flood closed the Varn tunnel.", "The Varn tunnel was reopened."),
        # a state with its length against the opposite held, not come back
        (
            "The Varn line was closed for six hours on Monday.",
            "The Varn line stayed open on Monday.",
        ),
        # the same year named on both sides
        ("In 2019, a flood closed the Varn tunnel.", "The Varn tunnel was reopened in 2019."),
        # a year on one side, a day on the other: still compared
        ("The Orla gallery reopened in 2021.", "The Orla gallery was closed on Monday."),
        # no year at all
        ("The Orla gallery reopened after a refit.", "The Orla gallery remains closed."),
    ],
)
def test_opposite_acts_of_one_occasion_still_oppose(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


# --- the matcher: a rate or a tally of occasions is no figure of the one event ----------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "apart"),
    [
        (
            "Avalanches kill about two skiers a year on the Brenn slopes.",
            "Two skiers died on the Brenn slopes.",
            True,
        ),
        ("Each year, about 12 people die in the river.", "About 12 people died.", True),
        ("The tunnel has been shut twice in five years.", "He faces five years in prison.", True),
        # near misses: both rates, neither, a time that is no rate
        ("The mill makes 300 tonnes a day.", "The mill produces 300 tonnes a day.", False),
        ("Two skiers died.", "Two skiers were killed.", False),
        ("The bridge was shut for a year.", "The bridge was closed for 1 year.", False),
        ('He said "I do this every year" to the two guests.', "Two guests came.", False),
    ],
)
def test_the_matcher_sets_rates_and_tallies_apart(text_a: str, text_b: str, apart: bool) -> None:
    a = normalize_claim(parse.parse_statement(text_a, "a:1", "a"))
    b = normalize_claim(parse.parse_statement(text_b, "b:1", "b"))
    assert figures_of_other_events(a, b) is apart
    # and the batch scorer reads the pair as the single-pair test does
    scored = match.score_pairs(np.array([[0, 1]]), [a, b], Options())
    assert [p.other_events for p in scored] == [apart]


# --- a count of things and a measure with one figure ------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "apart"),
    [
        ("Work at its two other mills went on.", "Shops within 2 kilometres were shut.", True),
        ("The firm closed three depots.", "The queue stretched for 3 miles.", True),
        # near misses: two words that are no unit may count one thing; one unit on both sides
        ("About 9,400 people took part.", "The study enrolled some 9,400 patients.", False),
        ("The fire burned for two hours.", "The blaze lasted 2 hours.", False),
    ],
)
def test_a_count_and_a_measure_are_other_units(text_a: str, text_b: str, apart: bool) -> None:
    a = normalize_claim(parse.parse_statement(text_a, "a:1", "a"))
    b = normalize_claim(parse.parse_statement(text_b, "b:1", "b"))
    assert frames._other_units(a, b) is apart
