"""Renderers: each output format is a function over an immutable result, chosen from an enum.

Every member of ``ReportFormat`` and ``CheckFormat`` must have a renderer here and an expected
output in tests/test_render_formats.py; a test loops over the members so none can be missed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimtrack.models import CheckResult, Report, StrEnum, Verdict


class ReportFormat(StrEnum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


ALL_VERDICTS = (Verdict.CONFLICT, Verdict.AGREE, Verdict.SINGLE_SOURCE)


@dataclass(frozen=True)
class RenderOptions:
    """How to draw, not what to analyse: width, colour and which sections to show."""

    width: int = 100
    color: bool = False
    verdicts: tuple[Verdict, ...] = ALL_VERDICTS


def report_renderers() -> dict[ReportFormat, Callable[[Report, RenderOptions], str]]:
    from claimtrack.render import html, json_format, markdown, table

    return {
        ReportFormat.TABLE: table.render,
        ReportFormat.MARKDOWN: markdown.render,
        ReportFormat.JSON: json_format.render_report,
        ReportFormat.HTML: html.render,
    }


#: A check renderer draws the results of one or more drafts (pre-commit passes several).
CheckRenderer = Callable[[Sequence[CheckResult], RenderOptions], str]


def check_renderers() -> dict[CheckFormat, CheckRenderer]:
    from claimtrack.render import check_text, github, json_format, sarif

    return {
        CheckFormat.TEXT: check_text.render,
        CheckFormat.JSON: json_format.render_checks,
        CheckFormat.GITHUB: github.render,
        CheckFormat.SARIF: sarif.render,
    }


def render_report(report: Report, fmt: ReportFormat, options: RenderOptions | None = None) -> str:
    return report_renderers()[fmt](report, options or RenderOptions())


def render_report_utf8(
    report: Report, fmt: ReportFormat, options: RenderOptions | None = None
) -> tuple[tuple[bytes, ...], bool]:
    """``render_report`` encoded as UTF-8, in chunks to be written one after the other, and
    whether that is plain UTF-8. It is not when the text holds a lone surrogate (a file name
    that is not UTF-8 on disk); those pass through (``surrogatepass``) so the text decodes
    back exactly, and a writer must then go through ``str`` as it would without this path."""
    if fmt is ReportFormat.JSON:
        from claimtrack.render import json_format

        chunks = json_format.render_report_utf8(report, options or RenderOptions())
        if chunks is not None:
            return chunks, True
    text = render_report(report, fmt, options)
    try:
        return (text.encode("utf-8"),), True
    except UnicodeEncodeError:
        return (text.encode("utf-8", "surrogatepass"),), False


def render_check(
    result: CheckResult, fmt: CheckFormat, options: RenderOptions | None = None
) -> str:
    return render_checks([result], fmt, options)


def render_checks(
    results: Sequence[CheckResult], fmt: CheckFormat, options: RenderOptions | None = None
) -> str:
    """One draft's JSON is its CheckResult object; several drafts' JSON is a list of them."""
    return check_renderers()[fmt](results, options or RenderOptions())
