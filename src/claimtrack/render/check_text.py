"""Plain-text check output: one line per finding, as a linter prints, and its evidence under it.

``path:line:column: level: status: claim``. Levels: ``error`` fails the --fail-on policy,
``warning`` would fail a stricter one, ``ok`` is supported by several independent sources,
``ignored`` was suppressed by a comment, ``accepted`` is in the baseline.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.models import Certainty, CheckResult, Evidence, Finding, Status
from claimtrack.render import RenderOptions
from claimtrack.render.view import one_line

EVIDENCE_INDENT = "    "


def level(finding: Finding) -> str:
    if finding.suppressed:
        return "ignored"
    if finding.baselined:
        return "accepted"
    if finding.fails:
        return "error"
    if finding.status is not Status.SUPPORTED or finding.single_source:
        return "warning"
    return "ok"


def status_phrase(finding: Finding) -> str:
    """The status in words, with the why: which values, how many independent sources."""
    if finding.status is Status.CONFLICT:
        kinds = ", ".join(dict.fromkeys(str(c.type) for c in finding.conflicts))
        return f"conflict ({kinds})"
    if finding.status is Status.SUPPORTED:
        n = len(finding.independent_sources)
        if finding.single_source:
            return "supported by one independent source only"
        return f"supported by {n} independent sources"
    return "unsupported: no source carries this claim"


#: Supporting claims listed under a finding; all of them are in the JSON output.
MAX_SUPPORT_SHOWN = 3


def shown_evidence(finding: Finding) -> tuple[list[Evidence], int]:
    """Every conflicting claim, then the first few supporting ones (and how many were left):
    a draft claim one source contradicts may well be what another source says. An
    unsupported claim shows the related source claims (at most ``check.MAX_RELATED``)."""
    conflicting = [e for e in finding.evidence if e.relation == "conflicts"]
    supporting = [e for e in finding.evidence if e.relation == "supports"]
    related = [e for e in finding.evidence if e.relation == "related"]
    hidden = max(0, len(supporting) - MAX_SUPPORT_SHOWN)
    return conflicting + supporting[:MAX_SUPPORT_SHOWN] + related, hidden


def evidence_line(item: Evidence) -> str:
    date = f", {item.published.isoformat()}" if item.published else ""
    copy = f", republishes {item.republishes}" if item.republishes else ""
    where = f"{item.path}:{item.line}{date}{copy}"
    return f"{item.relation} {item.source} ({where}): {one_line(item.text)}"


def render(results: Sequence[CheckResult], options: RenderOptions) -> str:
    lines: list[str] = []
    for result in results:
        lines += _lines(result)
    return "\n".join(lines) + ("\n" if lines else "")


def _lines(result: CheckResult) -> list[str]:
    lines: list[str] = []
    for finding in result.findings:
        lines.append(
            f"{result.draft}:{finding.line}:{finding.column}: {level(finding)}: "
            f"{status_phrase(finding)}: {one_line(finding.text)}"
        )
        lines += [EVIDENCE_INDENT + line for line in _details(finding)]
    return lines


def _details(finding: Finding) -> list[str]:
    details = [
        f"why: {one_line(c.explanation)} (draft: {one_line(c.values[0])}, "
        f"source: {one_line(c.values[1])})"
        for c in finding.conflicts
    ]
    shown, hidden = shown_evidence(finding)
    details += [evidence_line(e) for e in shown]
    if hidden:
        details.append(f"and {hidden} more supporting claims (see --format json)")
    if (
        finding.status is Status.SUPPORTED
        and finding.certainty is Certainty.ASSERTED
        and finding.support_certainty not in (None, Certainty.ASSERTED)
    ):
        details.append(
            f"note: the draft asserts it; the sources say it is {finding.support_certainty}"
        )
    if finding.suppressed_by is not None:
        details.append(f"suppressed by the comment on line {finding.suppressed_by}")
    return details


def summary(result: CheckResult) -> str:
    """One line for people, on stderr: counts and the policy that decided the exit code."""
    s = result.summary
    policy = [str(status) for status in s.fail_on] + (
        ["single-source"] if s.fail_on_single_source else []
    )
    verdict = f"{s.failing} failing" if s.failing else "passed"
    return (
        f"{result.draft}: {s.supported} supported ({s.single_source} single-source), "
        f"{s.conflict} conflict, {s.unsupported} unsupported; {s.suppressed} suppressed, "
        f"{s.baselined} in baseline; {verdict} (--fail-on {','.join(policy) or 'nothing'})"
    )
