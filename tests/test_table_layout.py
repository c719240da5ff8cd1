"""The table renderer's direct layout (no colour) prints exactly what rich's grids print."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimtrack.models import Cluster, Report, Verdict
from claimtrack.render import RenderOptions, table
from claimtrack.render.view import ReportView
from render_fixtures import sample_report

TRICKY_WORDINGS = (
    # a word longer than any column (folded), wide characters, emoji, a tab, long sources
    "The storm killed 12 people, see https://example.org/" + "very-long-path-" * 12 + "end.",
    "東京の港は金曜日に閉鎖された。 The port 港 closed on Friday with 漢字 in the middle.",
    "The storm\tkilled 12 people 😀 in Harbor Town, officials of the regional authority said.",
    "Short.",
    "A" * 30 + " " + "word " * 40,
)


def via_rich(console: Console, view: ReportView, verdict: Verdict, cluster: Cluster) -> str:
    """The reference: the same cluster through rich's nested grids, as before."""
    buffer = io.StringIO()
    reference = Console(
        file=buffer,
        width=console.width,
        force_terminal=False,
        no_color=True,
        color_system=None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    reference.print(table._cluster(view, verdict, cluster, False))
    return buffer.getvalue()


def tricky_report(wording: str) -> Report:
    report = sample_report()
    claims = tuple(
        c.model_copy(update={"text": f"{wording} ({n})"}) for n, c in enumerate(report.claims)
    )
    articles = tuple(
        a.model_copy(update={"source": a.source + " of the Very Long Outlet Name 新聞"})
        for a in report.articles
    )
    return report.model_copy(update={"claims": claims, "articles": articles})


@pytest.mark.parametrize("width", [40, 57, 100, 163])
@pytest.mark.parametrize("wording", TRICKY_WORDINGS)
def test_direct_layout_matches_rich(
    wording: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tricky_report(wording)
    options = RenderOptions(width=width)
    direct = table.render(report, options)
    monkeypatch.setattr(table, "_plain_cluster", via_rich)
    assert direct == table.render(report, options)
    assert "sources" in direct and "[c1]" in direct


def test_colour_still_goes_through_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*args: object) -> str:
        raise AssertionError("the direct layout is for plain output only")

    monkeypatch.setattr(table, "_plain_cluster", fails)
    coloured = table.render(sample_report(), RenderOptions(color=True))
    assert "\x1b[" in coloured
