"""Plain-text check output: one line per finding, as a linter prints."""

from __future__ import annotations

import re

from claimtrack.models import CheckResult
from claimtrack.render import RenderOptions

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")


def render(result: CheckResult, options: RenderOptions) -> str:
    lines = [
        f"{result.draft}:{f.line}:{f.column}: {f.status}: {_one_line(f.text)}"
        for f in result.findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def _one_line(text: str) -> str:
    """One finding, one line: a line break in article text must not start a line of its own
    (in a CI log, a line starting with ``::`` is a workflow command)."""
    return _LINE_BREAK.sub(" ", text)
