"""Markdown: the table report's content, ready to paste into a document or a PR comment.

Article text is made inert: every character Markdown (GitHub-flavoured, with its autolinks,
emoji shortcodes and math) could interpret is backslash-escaped, and line breaks become spaces
so nothing can break out of a table cell or a list item.
"""

from __future__ import annotations

import functools
import re

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

#: ASCII punctuation with a meaning somewhere in CommonMark, GFM or GitHub's extensions.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$@])")
#: ``:`` before a non-space would start a URL scheme (``https://``) or emoji (``:fire:``).
_COLON = re.compile(r":(?=\S)")
#: ``www.`` starts a GFM extended autolink; escaping its dot defeats it.
_WWW = re.compile(r"(?i)\bwww\.")


@functools.lru_cache(maxsize=65536)
def escape(text: str) -> str:
    """Make any text literal inside a Markdown paragraph, list item or table cell.

    Cached: a big report repeats the same wordings, sources and paths thousands of times.
    """
    flat = one_line(text)
    escaped = _SPECIAL.sub(r"\\\1", flat)
    escaped = _COLON.sub(r"\\:", escaped)
    return _WWW.sub(lambda m: m.group(0)[:-1] + "\\.", escaped)


def render(report: Report, options: RenderOptions) -> str:
    view = ReportView(report)
    read, clusters = view.header().lines()
    lines = ["# claimtrack report", "", read, "", clusters, ""]
    for verdict in options.verdicts:
        found = view.clusters(verdict)
        if not found:
            continue
        lines += [f"## {TITLES[verdict]} ({len(found)})", ""]
        for cluster in found:
            lines += _cluster(view, verdict, cluster)
    if report.skipped:
        lines += [f"## {skipped_title(report.skipped)}", ""]
        lines += [f"- {escape(s.where)}: {escape(s.reason)}" for s in report.skipped]
        lines.append("")
    return "\n".join(lines)


def _cluster(view: ReportView, verdict: Verdict, cluster: Cluster) -> list[str]:
    claim = view.representative(cluster)
    lines = [f"### {escape(cluster.id)}: {escape(claim.text)}", ""]
    if verdict is Verdict.CONFLICT:
        for group in view.conflict_groups(cluster):
            lines += _conflict(group)
    lines.append(f"- **Sources:** {_sources(view, cluster)}")
    speakers = view.speakers(cluster)
    if speakers:
        lines.append(f"- **Said by:** {escape(speakers)}")
    if verdict is Verdict.SINGLE_SOURCE:
        article = view.article_of(claim.id)
        lines.append(f"- **From:** {escape(dated(article))} · {escape(where(claim, article))}")
    lines += [f"- **Note:** {escape(note)}" for note in view.notes(cluster)]
    first = first_reported(cluster)
    if first:
        lines.append(f"- **First reported by:** {escape(first)}")
    return [*lines, ""]


def _conflict(group: ConflictGroup) -> list[str]:
    values = f"{escape(group.values[0])} vs {escape(group.values[1])}"
    lines = [
        f"**{escape(str(group.type))} conflict:** {values}",
        "",
        "| | Wording | Source | Date | Where |",
        "| --- | --- | --- | --- | --- |",
    ]
    for mark, sides in zip("AB", group.sides, strict=True):
        lines += [
            f"| {mark} | {_wording(side)} | {escape(side.label)} | {escape(dated(side.article))} "
            f"| {escape(where(side.claim, side.article))} |"
            for side in sides
        ]
    # The blank line ends the list, so a following conflict is not read as part of it.
    return [*lines, "", f"- **Why:** {escape(group.explanation)}", ""]


def _wording(side: Side) -> str:
    text = side.claim.text
    if side.highlight is None:
        return escape(text)
    start, end = side.highlight
    return f"{escape(text[:start])}**{escape(text[start:end])}**{escape(text[end:])}"


def _sources(view: ReportView, cluster: Cluster) -> str:
    labels = ", ".join(escape(label) for label in view.cluster_sources(cluster))
    return f"{labels}; {len(cluster.independent_sources)} independent"
