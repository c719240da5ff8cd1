"""Plain-text check output: one line per finding, as a linter prints."""

from __future__ import annotations

from claimtrack.models import CheckResult
from claimtrack.render import RenderOptions


def render(result: CheckResult, options: RenderOptions) -> str:
    lines = [f"{result.draft}:{f.line}:{f.column}: {f.status}: {f.text}" for f in result.findings]
    return "\n".join(lines) + ("\n" if lines else "")
