"""Terminal report (rich): a header, then conflicts, agreements and single-source claims.

Article text only ever enters rich as ``Text`` objects, never as markup strings, so a claim that
contains ``[bold]`` prints literally. Without colour (``NO_COLOR``, piped output) the differing
values are marked with guillemets, so the report reads the same on paper.
"""

from __future__ import annotations

import io

from rich.cells import cell_len
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
    skipped_title,
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
                if options.color:
                    console.print(_cluster(view, verdict, cluster, options.color))
                else:
                    buffer.write(_plain_cluster(console, view, verdict, cluster))
    if report.skipped:
        console.print()
        console.print(Rule(Text(skipped_title(report.skipped)), align="left"))
        for skip in report.skipped:
            console.print(Padding(Text(f"{skip.where}: {one_line(skip.reason)}"), (0, 0, 0, 2)))
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
    for label, value in _detail_rows(view, verdict, cluster, color):
        details.add_row(label, value)
    block = Table.grid(padding=(0, 1))
    block.add_column(no_wrap=True)
    block.add_column(overflow="fold")
    block.add_row(Text(f"[{cluster.id}]", style="bold"), Text(one_line(claim.text)))
    block.add_row("", details)
    return block


def _plain_cluster(console: Console, view: ReportView, verdict: Verdict, cluster: Cluster) -> str:
    """What ``console.print(_cluster(...))`` prints without colour, laid out directly.

    WHY: rich measures and renders nested grids cell by cell, about 290 µs per output line
    (56 s for a 200-article report of 195,000 lines). Without colour the layout is simple:
    a no-wrap id column, then the wording and a grid of a label column exactly
    ``LONGEST_LABEL`` wide (every label fits) and a value column folded at the width left.
    Each cell is still wrapped by rich's own ``Text.wrap``, so the lines are the same; the
    result is compared with rich's output in tests/test_render_formats.py.
    """
    claim = view.representative(cluster)
    head = f"[{cluster.id}]"
    rows = _detail_rows(view, verdict, cluster, color=False)
    wording = Text(one_line(claim.text))
    label_width = len(LONGEST_LABEL)
    values_width = max((_widest(value) for _, value in rows), default=0)
    # The grids are not expanded: a column is as wide as its widest line, capped by what the
    # console leaves; a line wraps only when it is wider than the cap.
    room = console.width - cell_len(head) - 1
    block_width = min(max(_widest(wording), label_width + 1 + values_width), room)
    value_room = block_width - label_width - 1
    indent = " " * (cell_len(head) + 1)
    lines: list[str] = []
    for n, line in enumerate(_wrap(console, wording, block_width)):
        lines.append(f"{head if n == 0 else ' ' * cell_len(head)} {line}")
    for label, value in rows:
        for n, line in enumerate(_wrap(console, value, value_room)):
            shown = label if n == 0 else ""
            lines.append(f"{indent}{shown}{' ' * (label_width - cell_len(shown))} {line}")
    return "".join(f"{line.rstrip()}\n" for line in lines)


def _widest(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.split("\n")), default=0)


def _wrap(console: Console, text: Text, width: int) -> list[str]:
    plain = text.plain
    if "\n" not in plain and "\t" not in plain and cell_len(plain) <= width:
        return [plain]  # fits: ``wrap`` would return it unchanged, at 50x the cost
    return [line.plain for line in text.wrap(console, max(1, width), overflow="fold")]


def _detail_rows(
    view: ReportView, verdict: Verdict, cluster: Cluster, color: bool
) -> list[tuple[str, Text]]:
    """The labelled lines under a cluster's wording, in order."""
    claim = view.representative(cluster)
    rows: list[tuple[str, Text]] = []
    if verdict is Verdict.CONFLICT:
        for group in view.conflict_groups(cluster):
            rows += _conflict_rows(group, color)
    rows.append(("sources", Text(_sources_text(view, cluster))))
    speakers = view.speakers(cluster)
    if speakers:
        rows.append(("said by", Text(one_line(speakers))))
    if verdict is Verdict.SINGLE_SOURCE:
        article = view.article_of(claim.id)
        rows.append(("from", Text(f"{dated(article)} · {where(claim, article)}")))
    for note in view.notes(cluster):
        rows.append(("note", Text(one_line(note))))
    first = first_reported(cluster)
    if first:
        rows.append((LONGEST_LABEL, Text(f"by {first}")))
    return rows


def _conflict_rows(group: ConflictGroup, color: bool) -> list[tuple[str, Text]]:
    values = Text.assemble(
        (str(group.type), "bold"),
        ": ",
        one_line(group.values[0]),
        " vs ",
        one_line(group.values[1]),
    )
    rows: list[tuple[str, Text]] = [("conflict", values)]
    for mark, sides in zip("AB", group.sides, strict=True):
        label = f"  {mark}"
        for wording, carriers in _by_wording(sides):
            rows.append((label, _wording(wording, color)))
            label = ""
            for side in carriers:
                where_from = (
                    f"{side.label} · {dated(side.article)} · {where(side.claim, side.article)}"
                )
                rows.append(("", Text(where_from)))
    rows.append(("why", Text(one_line(group.explanation))))
    return rows


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
