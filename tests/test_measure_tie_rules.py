"""One measure told by two outlets in other words: the key reads spans told in words as
figures ("half an hour" = "30 minutes"); and a measure few
claims of a run give (a share, a length of time, a physical measure) ties the two claims that
give it in the report's grouping (``match.measure_tied_pairs``), unless the span is a period
("in five years") or the claims name other parties."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report, extract_claims, match
from claimtrack.match.measure_ties import told_measures
from claimtrack.models import Verdict
from claimtrack.normalize import MatchKey, normalize_claims, normalize_text
from claimtrack.options import Options

WriteArticles = Callable[[dict[str, str | bytes]], Path]


def _text(sentence: str) -> str:
    return normalize_text(sentence).text


# --- the key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "figure"),
    [
        ("A ferry sails every half hour.", "A ferry sails every 30 minutes."),
        ("A ferry sails every half-hour.", "A ferry sails every 30 minutes."),
        ("The hearing lasted half an hour.", "The hearing lasted 30 minutes."),
        ("The doors opened a quarter of an hour late.", "The doors opened 15 minutes late."),
        ("The repairs took a fortnight.", "The repairs took two weeks."),
        ("The vote was held an hour and a half later.", "The vote was held 90 minutes later."),
    ],
)
def test_a_span_told_in_words_is_keyed_as_its_figure(words: str, figure: str) -> None:
    assert _text(words) == _text(figure)


@pytest.mark.parametrize(
    "sentence",
    [
        "Half the hour was spent on questions.",  # half of a given hour, no span of 30 minutes
        "Half of the staff work the later hours.",
        "The other half hours were unpaid.",
    ],
)
def test_half_and_hour_apart_are_no_span(sentence: str) -> None:
    assert "30" not in _text(sentence).split()


# --- the measures a claim gives ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Turnout was 42%.", "42 %"),
        ("Only 42 per cent of members voted.", "42 %"),
        ("The count took about seven hours.", "7 hour"),
        ("A shuttle runs every half hour.", "30 minut"),
        ("Some 6,000 litres of diesel leaked.", "6000 liter"),
        ("The walkout will last three days.", "3 day"),
        ("The pier was shut for about three weeks.", "3 week"),
    ],
)
def test_a_share_a_length_or_a_physical_measure_is_told(sentence: str, measure: str) -> None:
    assert measure in told_measures(normalize_text(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the third flood in five years.",  # a period things are counted in
        "The firm spent $40 million over the past five years.",
        "The bridge stayed shut for the three days of the festival.",  # a span told elsewhere
        "Sales rose in the last 24 hours.",
        "The shop closed for one day.",  # "1": told of too many things
        "The firm employs 340 people.",  # a head count, no measure
        "The fine was $400.",
    ],
)
def test_periods_ones_and_counts_are_no_measure_that_ties(sentence: str) -> None:
    assert not told_measures(normalize_text(sentence))


# --- the tie ---------------------------------------------------------------------------------


def _tied(sentences: list[str], pair: tuple[int, int] = (0, 1)) -> bool:
    """``measure_tied_pairs`` of one pair of a run of ``sentences``' claims."""
    options = Options()
    keys: list[MatchKey] = normalize_claims([extract_claims(s)[0] for s in sentences])
    scored = match.score_pairs(np.array([pair], dtype=np.int64), keys, options)
    return len(scored) == 1 and bool(match.measure_tied_pairs(scored, keys)[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Turnout in the borough was 42%, down from 47% in 2019.",
            "Only 42 per cent of the borough's voters went to the polls.",
        ),
        (
            "The count took almost seven hours.",
            "Staff spent nearly seven hours checking the count.",
        ),
        (
            "Shuttle buses run every half hour between the two villages.",
            "A bus leaves the square for the station every 30 minutes.",
        ),
    ],
)
def test_one_measure_of_a_run_ties_two_claims(a: str, b: str) -> None:
    assert _tied([a, b])


def test_a_measure_many_claims_give_ties_nothing() -> None:
    a = "The count took almost seven hours."
    b = "Staff spent nearly seven hours checking the count."
    others = [
        "The polls were open for seven hours on Sunday.",
        "Voters queued for seven hours at one school.",
    ]
    assert not _tied([a, b, *others])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one measure of two named parties
        (
            "Colm Radley was jailed for four years in 2021 for fraud.",
            "Petra Vance was jailed for four years in 2021 for theft.",
        ),
        # periods, not lengths
        (
            "The firm spent $40 million over the past five years on its pipes.",
            "It was the third burst main in five years.",
        ),
    ],
)
def test_other_parties_and_periods_are_not_tied(a: str, b: str) -> None:
    assert not _tied([a, b])


def test_tied_claims_of_two_outlets_make_one_agreement(write_articles: WriteArticles) -> None:
    folder = write_articles(
        {
            "a.txt": "The count took almost seven hours.\n",
            "b.txt": "Staff spent nearly seven hours checking the count.\n",
        }
    )
    report = build_report([folder], Options(use_cache=False))
    agreed = [c for c in report.clusters if c.verdict is Verdict.AGREE]
    assert len(agreed) == 1 and len(agreed[0].claim_ids) == 2
