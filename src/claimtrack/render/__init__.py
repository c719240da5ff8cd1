"""Renderers: each output format is a function over an immutable result, chosen from an enum."""

from __future__ import annotations

from collections.abc import Callable
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


@dataclass(frozen=True)
class RenderOptions:
    """How to draw, not what to analyse: width, colour and which sections to show."""

    width: int = 100
    color: bool = False
    verdicts: tuple[Verdict, ...] = (Verdict.CONFLICT, Verdict.AGREE, Verdict.SINGLE_SOURCE)


def render_report(report: Report, fmt: ReportFormat, options: RenderOptions | None = None) -> str:
    from claimtrack.render import html, json_format, markdown, table

    renderers: dict[ReportFormat, Callable[[Report, RenderOptions], str]] = {
        ReportFormat.TABLE: table.render,
        ReportFormat.MARKDOWN: markdown.render,
        ReportFormat.JSON: json_format.render_report,
        ReportFormat.HTML: html.render,
    }
    return renderers[fmt](report, options or RenderOptions())


def render_check(
    result: CheckResult, fmt: CheckFormat, options: RenderOptions | None = None
) -> str:
    from claimtrack.render import check_text, json_format

    renderers: dict[CheckFormat, Callable[[CheckResult, RenderOptions], str]] = {
        CheckFormat.TEXT: check_text.render,
        CheckFormat.JSON: json_format.render_check,
    }
    return renderers[fmt](result, options or RenderOptions())
