"""Terminal report (rich): a header, then conflicts, agreements and single-source claims.

Article text only ever enters rich as ``Text`` objects, never as markup strings, so a claim that
contains ``[bold]`` prints literally. Without colour (``NO_COLOR``, piped output) the differing
values are marked with guillemets, so the report reads the same on paper.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claimtrack.models import Cluster, Report, Verdict
from claimtrack.render import RenderOptions
from claimtrack.render.view import (
    TITLES,
    ConflictGroup,
    ReportView,
    Side,
    dated,
    first_reported,
    one_line,
    where,
)

LONGEST_LABEL = "first reported"
SECTION_STYLE = {
    Verdict.CONFLICT: "bold red",
    Verdict.AGREE: "bold green",
    Verdict.SINGLE_SOURCE: "bold yellow",
}
VALUE_STYLE = "bold reverse"
LABEL_STYLE = "dim"
#: Marks around a differing value when colour is off.
PLAIN_MARKS = ("«", "»")


def render(report: Report, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    view = ReportView(report)
    console.print(_header(view))
    for verdict in options.verdicts:
        clusters = view.clusters(verdict)
        if clusters:
            console.print()
            console.print(_section_rule(verdict, len(clusters)))
            for cluster in clusters:
                console.print()
                console.print(_cluster(view, verdict, cluster, options.color))
    if report.skipped:
        console.print()
        console.print(Rule(Text(f"Skipped files ({len(report.skipped)})"), align="left"))
        for skip in report.skipped:
            console.print(Padding(Text(f"{skip.path}: {one_line(skip.reason)}"), (0, 0, 0, 2)))
    # Table cells are padded to the full width; trailing spaces only get in a reader's way.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def _header(view: ReportView) -> Text:
    read, clusters = view.header().lines()
    return Text.assemble(("claimtrack report", "bold"), "\n", read, "\n", clusters)


def _section_rule(verdict: Verdict, count: int) -> Rule:
    title = Text(f"{TITLES[verdict]} ({count})", style=SECTION_STYLE[verdict])
    return Rule(title, align="left", characters="─")


def _cluster(view: ReportView, verdict: Verdict, cluster: Cluster, color: bool) -> Table:
    """``[id] wording`` and, under it, labelled details that wrap in their own column."""
    claim = view.representative(cluster)
    details = Table.grid(padding=(0, 1))
    details.add_column(no_wrap=True, min_width=len(LONGEST_LABEL), style=LABEL_STYLE)
    details.add_column(overflow="fold")
    if verdict is Verdict.CONFLICT:
        for group in view.conflict_groups(cluster):
            _add_conflict(details, group, color)
    details.add_row("sources", Text(_sources_text(view, cluster)))
    if verdict is Verdict.SINGLE_SOURCE:
        article = view.article_of(claim.id)
        details.add_row("from", Text(f"{dated(article)} · {where(claim, article)}"))
    for note in view.notes(cluster):
        details.add_row("note", Text(one_line(note)))
    first = first_reported(cluster)
    if first:
        details.add_row(LONGEST_LABEL, Text(f"by {first}"))
    block = Table.grid(padding=(0, 1))
    block.add_column(no_wrap=True)
    block.add_column(overflow="fold")
    block.add_row(Text(f"[{cluster.id}]", style="bold"), Text(one_line(claim.text)))
    block.add_row("", details)
    return block


def _add_conflict(details: Table, group: ConflictGroup, color: bool) -> None:
    values = Text.assemble(
        (str(group.type), "bold"),
        ": ",
        one_line(group.values[0]),
        " vs ",
        one_line(group.values[1]),
    )
    details.add_row("conflict", values)
    for mark, sides in zip("AB", group.sides, strict=True):
        label = f"  {mark}"
        for wording, carriers in _by_wording(sides):
            details.add_row(label, _wording(wording, color))
            label = ""
            for side in carriers:
                where_from = (
                    f"{side.label} · {dated(side.article)} · {where(side.claim, side.article)}"
                )
                details.add_row("", Text(where_from))
    details.add_row("why", Text(one_line(group.explanation)))


def _by_wording(sides: tuple[Side, ...]) -> list[tuple[Side, list[Side]]]:
    """Sides grouped by identical wording: a wire story and its copies show one wording."""
    grouped: dict[str, list[Side]] = {}
    for side in sides:
        grouped.setdefault(side.claim.text, []).append(side)
    return [(carriers[0], carriers) for carriers in grouped.values()]


def _wording(side: Side, color: bool) -> Text:
    """The claim's wording with the differing value highlighted (or marked, without colour)."""
    text = side.claim.text
    if side.highlight is None:
        return Text(one_line(text))
    start, end = side.highlight
    value = Text(one_line(text[start:end]), style=VALUE_STYLE if color else "")
    if not color:
        value = Text.assemble(PLAIN_MARKS[0], value, PLAIN_MARKS[1])
    return Text.assemble(one_line(text[:start]), value, one_line(text[end:]))


def _sources_text(view: ReportView, cluster: Cluster) -> str:
    labels = view.cluster_sources(cluster)
    independent = len(cluster.independent_sources)
    return f"{', '.join(labels)}; {independent} independent"
