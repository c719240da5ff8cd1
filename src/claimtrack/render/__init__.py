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


def render_check(
    result: CheckResult, fmt: CheckFormat, options: RenderOptions | None = None
) -> str:
    return render_checks([result], fmt, options)


def render_checks(
    results: Sequence[CheckResult], fmt: CheckFormat, options: RenderOptions | None = None
) -> str:
    """One draft's JSON is its CheckResult object; several drafts' JSON is a list of them."""
    return check_renderers()[fmt](results, options or RenderOptions())
