"""SARIF 2.1.0 for code scanning: one rule per finding status and conflict type.

What GitHub code scanning requires is all here: ``version``, ``$schema``, ``runs[].tool.driver``
with ``name`` and ``rules``, and ``results`` with ``ruleId``, ``message.text`` and a location
whose ``region.startLine`` is in the draft. ``partialFingerprints`` carries the same stable
fingerprint as baselines, so an alert survives a moved paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from claimtrack.models import CheckResult, ConflictType, Finding, Status
from claimtrack.render import RenderOptions
from claimtrack.render.github import message
from claimtrack.render.json_format import dumps
from claimtrack.version import __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Where a reader of an alert can learn what the tool does (the project's page).
INFORMATION_URI = "https://pypi.org/project/claimtrack/"
FINGERPRINT_KEY = "claimtrack/v1"

_STATUS_RULES = {
    # A conflict whose typed difference was not recorded still needs a rule of its own.
    "conflict": ("Conflict", "The claim contradicts a source."),
    "unsupported": ("UnsupportedClaim", "No source carries this claim."),
    "single-source": ("SingleSourceClaim", "Only one independent source carries this claim."),
    "supported": ("SupportedClaim", "Several independent sources carry this claim."),
}

_DEFAULT_LEVELS = {"conflict": "error", "supported": "note"}


def rules() -> list[dict[str, Any]]:
    """Every rule, in a fixed order: conflicts by type, then the other statuses."""
    found = [
        _rule(
            f"conflict/{kind}",
            f"{kind.value.capitalize()}Conflict",
            f"The claim contradicts a source ({kind.value} difference).",
            "error",
        )
        for kind in ConflictType
    ]
    found += [
        _rule(rule_id, name, text, _DEFAULT_LEVELS.get(rule_id, "warning"))
        for rule_id, (name, text) in _STATUS_RULES.items()
    ]
    return found


def _rule(rule_id: str, name: str, text: str, level: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": text},
        "fullDescription": {"text": text},
        "defaultConfiguration": {"level": level},
        "helpUri": INFORMATION_URI,
    }


def rule_id(finding: Finding) -> str:
    if finding.status is Status.CONFLICT and finding.conflicts:
        return f"conflict/{finding.conflicts[0].type.value}"
    if finding.status is Status.SUPPORTED:
        return "single-source" if finding.single_source else "supported"
    return str(finding.status)


def level(finding: Finding) -> str:
    if finding.fails:
        return "error"
    if finding.status is Status.SUPPORTED and not finding.single_source:
        return "note"
    return "warning"


def render(results: Sequence[CheckResult], options: RenderOptions) -> str:
    """One run for the whole invocation, with every draft's results in it."""
    all_rules = rules()
    index = {rule["id"]: i for i, rule in enumerate(all_rules)}
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimtrack",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": all_rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(f, PurePath(r.draft).as_posix(), index)
                    for r in results
                    for f in r.findings
                ],
            }
        ],
    }
    return dumps(document)


def _result(finding: Finding, uri: str, index: dict[str, int]) -> dict[str, Any]:
    rid = rule_id(finding)
    result: dict[str, Any] = {
        "ruleId": rid,
        "ruleIndex": index[rid],
        "level": level(finding),
        "message": {"text": message(finding)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    related = [e for e in finding.evidence if e.relation == "conflicts"]
    if related:
        result["relatedLocations"] = [
            {
                "id": n,
                "physicalLocation": {
                    "artifactLocation": {"uri": PurePath(e.path).as_posix()},
                    "region": {"startLine": e.line},
                },
                "message": {"text": f"{e.source}: {e.text}"},
            }
            for n, e in enumerate(related, start=1)
        ]
    if finding.suppressed:
        result["suppressions"] = [{"kind": "inSource"}]
    elif finding.baselined:
        result["suppressions"] = [{"kind": "external", "justification": "in the baseline"}]
    return result
