"""Markdown: the table report's content, ready to paste into a document or PR comment."""

from __future__ import annotations

import re

from claimtrack.models import Report
from claimtrack.render import RenderOptions
from claimtrack.render.table import TITLES, summary_line

_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>|~&]")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")


def render(report: Report, options: RenderOptions) -> str:
    lines = ["# claimtrack report", "", summary_line(report), ""]
    for verdict in options.verdicts:
        clusters = [c for c in report.clusters if c.verdict is verdict]
        if not clusters:
            continue
        lines += [f"## {TITLES[verdict]}", "", "| Claim | Sources |", "| --- | --- |"]
        for cluster in clusters:
            claim = report.claim(cluster.representative_id)
            lines.append(f"| {escape(claim.text)} | {escape(', '.join(cluster.sources))} |")
        lines.append("")
    return "\n".join(lines)


def escape(text: str) -> str:
    """Make article text inert inside a Markdown table cell.

    Backslash-escapes what Markdown would turn into formatting, links, HTML (a scraped
    ``<script>``) or a new cell, and joins lines: a line break would end the table row.
    """
    return _LINE_BREAK.sub(" ", _MARKDOWN_SYNTAX.sub(r"\\\g<0>", text))
