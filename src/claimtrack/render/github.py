"""GitHub Actions workflow commands: one annotation per finding on the draft's lines.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message``. Findings that fail
--fail-on are errors; conflicts and unsupported claims outside the policy are warnings;
single-source claims and baselined findings are notices; suppressed and well-supported claims
print nothing. Escaping follows GitHub's toolkit (``escapeData``/``escapeProperty``): without it
a claim containing a line break could start a workflow command of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from claimtrack.models import CheckResult, Finding, Status
from claimtrack.render import RenderOptions
from claimtrack.render.check_text import shown_evidence, status_phrase
from claimtrack.render.view import one_line


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str | None:
    """The workflow command for one finding, or None when it needs no annotation."""
    if finding.suppressed:
        return None
    if finding.fails:
        return "error"
    if finding.baselined:
        return "notice"
    if finding.status is not Status.SUPPORTED:
        return "warning"
    return "notice" if finding.single_source else None


def message(finding: Finding) -> str:
    parts = [f"{finding.text}", f"{status_phrase(finding)}."]
    for conflict in finding.conflicts:
        parts.append(
            f"Why: {conflict.explanation} "
            f"(draft: {conflict.values[0]}, source: {conflict.values[1]})."
        )
    shown, hidden = shown_evidence(finding)
    for item in shown:
        parts.append(
            f"{item.relation.capitalize()}: {item.source} ({item.path}:{item.line}): "
            f"{one_line(item.text)}"
        )
    if hidden:
        parts.append(f"And {hidden} more supporting claims.")
    if finding.baselined:
        parts.append("Accepted in the baseline.")
    return "\n".join(parts)


def render(results: Sequence[CheckResult], options: RenderOptions) -> str:
    lines = [line for result in results for line in _commands(result)]
    return "\n".join(lines) + ("\n" if lines else "")


def _commands(result: CheckResult) -> list[str]:
    lines = []
    for finding in result.findings:
        kind = command(finding)
        if kind is None:
            continue
        properties = {
            # PurePath drops a leading "./", which GitHub would not match to the file.
            "file": PurePath(result.draft).as_posix(),
            "line": str(finding.line),
            "col": str(finding.column),
            "endLine": str(finding.end_line),
            "endColumn": str(finding.end_column),
            "title": f"claimtrack: {status_phrase(finding)}",
        }
        props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
        lines.append(f"::{kind} {props}::{escape_data(message(finding))}")
    return lines
