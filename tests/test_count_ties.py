"""One count of one kind of thing told by two outlets in other words ("Fourteen people were
taken to hospital" / "The ambulance service took 14 fans to hospital"): a count few claims of
a run give, of nouns of one kind (data/count_tie_nouns.txt), ties the two claims that give it
in the report's grouping when they share a word of what happened (``match.count_tied_pairs``).
The same figure of two things, of two events or of two years, and other figures for one
thing, are not tied. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report, extract_claims, match
from claimtrack.match.count_ties import EVERYONE, kinds_meet, told_counts
from claimtrack.models import Verdict
from claimtrack.normalize import MatchKey, normalize_claims, normalize_text
from claimtrack.options import Options

WriteArticles = Callable[[dict[str, str | bytes]], Path]


# --- the counts a claim gives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Fourteen people were taken to hospital.", "14"),
        ("The ambulance service took 14 fans to hospital.", "14"),
        ("Some 9,200 supporters were inside the ground.", "9200"),
        ("Water got into around a hundred and forty houses.", "140"),
        ("About 140 homes were flooded.", "140"),
        ("The firm told 300 staff on Monday.", "300"),
        ("All 212 passengers were brought ashore.", "212"),  # a noun of no line: its own kind
    ],
)
def test_a_figure_before_a_counted_noun_is_a_count(sentence: str, figure: str) -> None:
    assert figure in {f for f, _ in told_counts(normalize_text(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge is 140 metres long.",  # a measure, no count
        "One person was taken to hospital.",  # a small figure: told of too many things
        "Trade between the two countries would suffer.",  # a reference, no count
        "The club was founded 14 years ago.",
        "Doctors gave her 20mg of the drug.",  # a unit's abbreviation
        "The fine was $400.",  # an amount
        "The outage began at 6:40 pm.",  # a clock time
    ],
)
def test_measures_ones_and_bare_figures_are_no_count(sentence: str) -> None:
    assert not told_counts(normalize_text(sentence))


def test_kinds_meet_within_a_line_and_everyone_with_people() -> None:
    def kind(word: str) -> str:
        ((_, found),) = told_counts(normalize_text(f"There were 12 {word} there."))
        return found

    assert kind("people") == EVERYONE
    assert kinds_meet(kind("fans"), kind("supporters"))
    assert kinds_meet(kind("people"), kind("fans"))
    assert kinds_meet(kind("homes"), kind("houses"))
    assert kinds_meet(kind("employees"), kind("staff"))
    # people are no houses, fans no staff
    assert not kinds_meet(kind("people"), kind("houses"))
    assert not kinds_meet(kind("fans"), kind("staff"))


# --- the tie ---------------------------------------------------------------------------------


def _tied(sentences: list[str], pair: tuple[int, int] = (0, 1)) -> bool:
    """``count_tied_pairs`` of one pair of a run of ``sentences``' claims."""
    options = Options()
    keys: list[MatchKey] = normalize_claims([extract_claims(s)[0] for s in sentences])
    scored = match.score_pairs(np.array([pair], dtype=np.int64), keys, options)
    return len(scored) == 1 and bool(match.count_tied_pairs(scored, keys)[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the voice and the counted noun differ
        (
            "Fourteen people were taken to hospital, two of them with broken bones.",
            "The ambulance service took 14 fans to Orrick General.",
        ),
        (
            "Some 9,200 supporters were inside the ground, the club's biggest crowd since 2013.",
            "There were 9,200 people in the ground, a figure the club had been celebrating.",
        ),
        # one noun of no line of the file, the same on both sides
        (
            "About 2,500 dockworkers walked off the job at the port on Monday.",
            "Some 2,500 dockworkers brought the port to a standstill.",
        ),
        # a figure in words and in digits
        (
            "About 140 homes were flooded in the town.",
            "Water got into around a hundred and forty houses across the town.",
        ),
    ],
)
def test_one_count_of_a_run_ties_two_claims(a: str, b: str) -> None:
    assert _tied([a, b])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same figure of two events (data/counted_events.txt), the scene shared
        (
            "Fourteen fans were taken to hospital after the match at Calloway Road.",
            "Police arrested 14 fans after the match at Calloway Road.",
        ),
        # the same figure, only a preposition shared besides it
        (
            "All 212 passengers were brought ashore after the ferry ran aground.",
            "Some 212 passengers had complained after the timetable changed.",
        ),
        # the same figure, only a name shared besides it
        (
            "Fourteen fans were taken to hospital from Calloway Road.",
            "Stewards threw 14 supporters out of Calloway Road.",
        ),
        # the same figure of two kinds of thing
        (
            "About 2,500 dockworkers walked off the job at the port on Monday.",
            "Some 2,500 containers were stuck at the port on Monday.",
        ),
        (
            "About 140 homes were flooded in the town.",
            "About 140 people were flooded out of the town.",
        ),
        # the same figure and words, two years
        (
            "In 2011, 30 fans were injured in a crush at the Pelham Lane ground.",
            "In 2016, 30 supporters were injured in a crush at the Mill Road ground.",
        ),
        # the same words, other figures: no tie (the judge compares them)
        (
            "Fourteen people were taken to hospital after the crush.",
            "Nine fans were taken to hospital after the crush.",
        ),
    ],
)
def test_other_things_events_years_and_figures_are_not_tied(a: str, b: str) -> None:
    assert not _tied([a, b])


def test_a_count_many_claims_give_ties_nothing() -> None:
    a = "Fourteen people were taken to hospital after the crush."
    b = "The ambulance service took 14 fans to hospital."
    others = [
        "The 14 people taken to hospital were all adults.",
        "Of the 14 people taken to hospital, two were children.",
    ]
    assert _tied([a, b])
    assert not _tied([a, b, *others])


def test_tied_claims_of_two_outlets_make_one_agreement(write_articles: WriteArticles) -> None:
    folder = write_articles(
        {
            "a.txt": "Fourteen people were taken to hospital, two of them with broken bones.\n",
            "b.txt": "The ambulance service took 14 fans to Orrick General.\n",
        }
    )
    report = build_report([folder], Options(use_cache=False))
    agreed = [c for c in report.clusters if c.verdict is Verdict.AGREE]
    assert len(agreed) == 1 and len(agreed[0].claim_ids) == 2


# --- a figure opened by "a" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "figure"),
    [
        ("around a hundred and forty houses", "140"),
        ("a hundred and fifty homes burned", "150"),
        ("a thousand and twelve ballots", "1012"),
    ],
)
def test_a_figure_opened_by_a_is_keyed_as_its_digits(words: str, figure: str) -> None:
    assert normalize_text(words).numbers == {figure}
    assert figure in normalize_text(words).text.split()


@pytest.mark.parametrize(
    "words",
    [
        "a hundred thousand reasons",  # a way of saying many
        "a hundred times and more",
        "I told him a hundred times",
    ],
)
def test_a_scale_word_after_a_alone_is_no_figure(words: str) -> None:
    assert normalize_text(words).numbers == set()
