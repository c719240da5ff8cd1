"""Figures of two occasions (``match.occasions``): a claim set a year or more back and one set
in the days of the news, or a past toll and an undated toll with other figures, never make
one fact, and the judge sets none of their figures against each other. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claim_helpers import claim
from claimtrack import match, pipeline
from claimtrack.judge.arrays import ClaimTable
from claimtrack.match.occasions import (
    NO_TIME,
    OTHER_TIME,
    THESE_DAYS,
    YEARS_BACK,
    counted,
    occasions_apart,
    told_time,
)
from claimtrack.models import Article, ConflictType
from claimtrack.normalize import normalize_text
from claimtrack.options import Options
from claimtrack.pipeline import build_report


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("A flood in the valley killed four farmers in 2011.", YEARS_BACK),
        ("In March 2014, nine sailors drowned off the cape.", YEARS_BACK),
        ("The plant cut 300 jobs two years ago.", YEARS_BACK),
        ("Nurses got a 3 percent rise last year.", YEARS_BACK),
        ("The dam burst in the 1970s, drowning 40 people.", YEARS_BACK),
        ("Eleven sailors drowned on Thursday.", THESE_DAYS),
        ("The council offered a 5 percent rise this year.", THESE_DAYS),
        ("Fourteen people were hurt in the blast yesterday.", THESE_DAYS),
        ("Storm kills 12 in coastal towns.", NO_TIME),
        ("The ferry was carrying 80 people in May 2026 and 90 on Sunday.", YEARS_BACK | THESE_DAYS),
        ("The bridge will reopen in August with 4 lanes.", OTHER_TIME),
    ],
)
def test_told_time(text: str, time: int) -> None:
    assert told_time(normalize_text(text)) == time


def test_the_year_of_a_time_is_no_figure() -> None:
    assert counted(normalize_text("A flood killed four farmers in 2011.")) == {"4"}


#: One occasion a year or more back, the other the news of the day (or an undated toll
#: with other figures): the claims share a frame, often a figure, and count two occasions.
APART = [
    (
        "Nineteen fishermen drowned on Friday when their trawler sank off Cape Orrin.",
        "A trawler sank off Cape Orrin in 2015, drowning four fishermen.",
    ),
    (
        "The hospital trust offered nurses a 3 percent rise this year.",
        "Nurses at the hospital trust received a 3 percent rise last year.",
    ),
    (
        "The landslide buried 40 homes in Varna on Sunday.",
        "A landslide buried 12 homes in Varna three years ago.",
    ),
    (
        "Flash flood kills 31 in Teller county.",
        "A flash flood in Teller county killed six people in 2008.",
    ),
]


#: Claims the rule leaves alone: both of one time, an undated figure that is the past one's,
#: undated figures that are no toll, claims without figures.
NOT_APART = [
    # two years for one last occasion: a date conflict the judge must see
    ("The volcano last erupted in 1962, killing 20 people.", "The volcano last erupted in 1971."),
    (
        "A trawler sank off Cape Orrin in 2015, drowning four fishermen.",
        "In 2015, four fishermen drowned when a trawler sank off Cape Orrin.",
    ),
    # a headline may give the past toll itself
    (
        "Flash flood killed 6 in Teller county.",
        "A flash flood in Teller county killed six in 2008.",
    ),
    # a cost is no toll: the bridge's two prices stay comparable
    (
        "The Orrin bridge, built in 1990, cost 40 million dollars.",
        "The Orrin bridge cost 45 million dollars.",
    ),
    ("Nineteen fishermen drowned on Friday.", "Nineteen fishermen drowned off Cape Orrin."),
    ("The trawler sank in 2015.", "The trawler sank on Friday."),
]


@pytest.mark.parametrize(("text_a", "text_b"), APART)
def test_two_occasions_are_never_one_fact(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert occasions_apart(keys[0], keys[1]) and occasions_apart(keys[1], keys[0])
    assert match.figures_of_other_events(keys[0], keys[1])
    options = Options()
    for pair in match.score_pairs(np.array([[0, 1]]), keys, options):
        assert pair.other_events
        assert not match.same_fact(pair, options)
        assert not match.supports_merge(pair, keys[0], keys[1])


@pytest.mark.parametrize(("text_a", "text_b"), NOT_APART)
def test_claims_of_one_occasion_are_left_alone(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not occasions_apart(keys[0], keys[1]) and not occasions_apart(keys[1], keys[0])


#: Claims with a time and no figure: the judge's table reads no time of theirs (``NO_TIME``).
NO_FIGURES = ["The trawler sank on Friday.", "The pit closed last year."]


def test_the_judge_reads_each_claim_s_time_once_with_the_same_verdicts() -> None:
    texts = [text for pair in APART + NOT_APART for text in pair] + NO_FIGURES
    claims = [claim(text, f"a:{n}") for n, text in enumerate(texts)]
    keys = [normalize_text(text) for text in texts]
    table = ClaimTable(claims, keys)
    times = [table.told_time(index) for index in range(len(keys))]
    assert times == [told_time(k) if k.numbers else NO_TIME for k in keys]
    assert YEARS_BACK in times and THESE_DAYS in times
    assert times[-2:] == [NO_TIME, NO_TIME]
    assert [table.told_time(index) for index in range(len(keys))] == times  # kept, read once
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            assert occasions_apart(a, b, (times[i], times[j])) == occasions_apart(a, b)


def _article(article_id: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", source=article_id.upper(), text="")


def test_a_past_toll_keeps_out_of_the_day_s_toll_and_conflicts_with_nothing() -> None:
    texts = {
        "a": [
            "Nineteen fishermen drowned on Friday when their trawler sank off Cape Orrin.",
            "A trawler sank off Cape Orrin in 2015, drowning four fishermen.",
        ],
        "b": [
            "Trawler sinking kills 19 fishermen.",
            "A trawler went down off Cape Orrin on Friday, drowning 19 fishermen.",
        ],
        "c": ["In 2015, four fishermen drowned when a trawler sank off Cape Orrin."],
    }
    claims = [
        claim(text, f"{name}:{n}")
        for name, lines in texts.items()
        for n, text in enumerate(lines, start=1)
    ]
    clusters, _ = pipeline.analyse([_article(name) for name in texts], claims, Options())
    past = {"a:2", "c:1"}
    for cluster in clusters:
        members = set(cluster.claim_ids)
        assert members <= past or not members & past
        assert not [c for c in cluster.conflicts if c.type is ConflictType.NUMERIC]


ARTICLES = {
    "alpine.txt": (
        "Source: Alpine Post\n\nEleven climbers killed in avalanche\n\n"
        "Eleven climbers were killed on Saturday when an avalanche struck the Brenn pass, "
        "rescuers said.\n\nA similar avalanche at the pass killed two climbers in 2012.\n"
    ),
    "valley.txt": (
        "Source: Valley News\n\nAvalanche kills 11\n\n"
        "An avalanche on the Brenn pass killed 11 climbers on Saturday, the mountain rescue "
        "service said.\n\nRescuers found three survivors under the snow.\n"
    ),
    "wire.txt": (
        "Source: Mountain Wire\n\nDeadly avalanche on Brenn pass\n\n"
        "At least 11 climbers died on Saturday after an avalanche hit the Brenn pass.\n\n"
        "In 2012, two climbers were killed by an avalanche on the same pass.\n"
    ),
}


#: The same story with a past toll close to the day's: two tolls of one noun, one of which
#: is at least half the other, are otherwise linked across sentences (``figure_links``).
CLOSE_TOLLS = {
    name: text.replace("killed two climbers in 2012", "killed nine climbers in 2012").replace(
        "In 2012, two climbers were killed by an avalanche on the same pass.",
        "Nine climbers were killed by an avalanche on the same pass in 2012.",
    )
    for name, text in ARTICLES.items()
}


@pytest.mark.parametrize("articles", [ARTICLES, CLOSE_TOLLS])
def test_a_past_toll_is_set_against_no_toll_of_the_day(
    tmp_path: Path, articles: dict[str, str]
) -> None:
    # the past toll shares the day's frame and place without being one fact: it stays out
    # of the day's cluster, and the judge compares its figure with none of the day's
    assert "nine climbers" in CLOSE_TOLLS["alpine.txt"]
    assert "Nine climbers" in CLOSE_TOLLS["wire.txt"]
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([tmp_path])
    assert not [c for cluster in report.clusters for c in cluster.conflicts]
    texts = {c.id: c.text for c in report.claims}
    for cluster in report.clusters:
        past = ["2012" in texts[i] for i in cluster.claim_ids]
        assert all(past) or not any(past)
