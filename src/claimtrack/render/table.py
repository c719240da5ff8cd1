"""Terminal table (rich): conflicts first, then agreements, then single-source claims."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimtrack.models import Cluster, Report, Verdict
from claimtrack.render import RenderOptions

TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.AGREE: "Agreements",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}


def render(report: Report, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
    )
    console.print(Text(summary_line(report)))
    for verdict in options.verdicts:
        clusters = [c for c in report.clusters if c.verdict is verdict]
        if clusters:
            console.print(_section(report, verdict, clusters))
    return buffer.getvalue()


def summary_line(report: Report) -> str:
    counts = {v: sum(c.verdict is v for c in report.clusters) for v in Verdict}
    return (
        f"{len(report.articles)} articles, {len({a.source for a in report.articles})} sources, "
        f"{len(report.claims)} claims; {counts[Verdict.CONFLICT]} conflicts, "
        f"{counts[Verdict.AGREE]} agreements, {counts[Verdict.SINGLE_SOURCE]} single-source; "
        f"{len(report.skipped)} files skipped"
    )


def _section(report: Report, verdict: Verdict, clusters: list[Cluster]) -> Table:
    table = Table(title=TITLES[verdict], show_lines=True, expand=True)
    table.add_column("Claim", ratio=3)
    table.add_column("Sources", ratio=1)
    for cluster in clusters:
        claim = report.claim(cluster.representative_id)
        table.add_row(Text(claim.text), Text(", ".join(cluster.sources)))
    return table
