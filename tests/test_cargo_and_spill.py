"""What a ship lost and what it held, across a story's articles: two outlets' figures for the
oil spilled are compared, the cargo carried is not set against them (a load verb's figure is
compared only with another load: judge/figures, data/load_verbs.txt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimtrack import build_report
from story_claims import sourced_article


def _figure_pairs(folder: Path) -> set[frozenset[str]]:
    report = build_report([folder])
    return {
        frozenset(conflict.values)
        for cluster in report.clusters
        for conflict in cluster.conflicts
        if conflict.type == "numeric"
    }


def test_the_cargo_carried_is_no_figure_of_the_spill(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article(
                "Selby Post",
                "About 3,000 tonnes of oil have leaked from the Varn Star.\n\n"
                "The Varn Star was carrying 60,000 tonnes of oil when it ran aground.",
            ),
            "b.md": sourced_article(
                "Coast Daily", "Some 700 tonnes of oil have escaped from the Varn Star."
            ),
        }
    )
    pairs = _figure_pairs(folder)
    assert frozenset({"About 3,000", "Some 700"}) in pairs
    assert not any("60,000" in pair for pair in pairs)


def test_two_spills_told_in_other_verbs_are_compared(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles(
        {
            "a.md": sourced_article(
                "Selby Post", "About 5,000 litres of diesel spilled into the Osk."
            ),
            "b.md": sourced_article(
                "Coast Daily", "Some 900 litres of diesel leaked into the Osk."
            ),
        }
    )
    assert frozenset({"About 5,000", "Some 900"}) in _figure_pairs(folder)
