"""One offer (or one demand) told by two outlets in words too few alike for one frame: the
pass over the scored pairs judges their figures when both are the object of one verb of a
bargain in one unit (``judge.figures.bargain_figures_alike``). Look-alikes that must not
tie: two sides of a bargain, figures of no bargain verb, figures in two units."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import parse
from claimtrack.judge.figures import _figures, bargain_figures_alike
from claimtrack.models import ConflictType
from claimtrack.pipeline import build_report
from story_claims import conflict_clusters, sourced_article


def _tied(text_a: str, text_b: str) -> bool:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return bargain_figures_alike(_figures(a), _figures(b))


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The hospital trust has offered 3 percent.", "Bosses offered a 6 percent rise."),
        ("The council proposed a 2 percent increase.", "Officials have proposed 4 percent."),
        ("The union is demanding 11 percent.", "Drivers are demanding a 9 percent raise."),
        ("The buyer offered 1.6 million euros.", "The club has offered 2 million euros."),
    ],
)
def test_figures_of_one_bargain_verb_are_tied(text_a: str, text_b: str) -> None:
    assert _tied(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two sides of the bargain
        ("The trust has offered 3 percent.", "The union is demanding 9 percent."),
        # no verb of a bargain before the figures
        ("Sales rose 4 percent.", "Profits rose 6 percent."),
        ("Nurses received a 10 percent rise.", "Nurses were given a 6 percent rise."),
        # two units
        ("The club offered 40 million euros.", "The club offered 5 percent."),
    ],
)
def test_other_figures_are_not_tied(text_a: str, text_b: str) -> None:
    assert not _tied(text_a, text_b)


def _story(tmp_path: Path, text_a: str, text_b: str) -> list[set[str]]:
    lead = "Bus drivers in Harwick walked out on Monday in a dispute over pay."
    (tmp_path / "a.md").write_text(sourced_article("Alpha News", f"{lead} {text_a}"))
    (tmp_path / "b.md").write_text(sourced_article("Beta Times", f"{lead} {text_b}"))
    return conflict_clusters(build_report([tmp_path]), ConflictType.NUMERIC)


def test_one_offer_told_two_ways_conflicts_in_a_report(tmp_path: Path) -> None:
    found = _story(
        tmp_path,
        "The bus company has offered 3 percent, it said.",
        "Management offered a 6 percent increase, a spokeswoman said.",
    )
    assert any(
        any("offered 3 percent" in text for text in cluster)
        and "Management offered a 6 percent increase." in cluster
        for cluster in found
    )


def test_an_offer_and_a_demand_stay_apart_in_a_report(tmp_path: Path) -> None:
    found = _story(
        tmp_path,
        "The bus company has offered 3 percent, it said.",
        "The union is demanding a 6 percent increase, a spokeswoman said.",
    )
    assert not any(any("demanding" in text for text in cluster) for cluster in found)
