"""JSON: the models themselves, in a deterministic layout (field order, 2-space indent).

The report's ``schema_version`` says which contract a reader gets; ``claimtrack schema``
prints the JSON Schema the output validates against.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from claimtrack.models import CheckResult, Report
from claimtrack.render import RenderOptions


def render_report(report: Report, options: RenderOptions) -> str:
    return dumps(report.model_dump(mode="json"))


def render_checks(results: Sequence[CheckResult], options: RenderOptions) -> str:
    """One draft: its ``{"findings", "summary", ...}`` object; several: a list of them."""
    dumped = [r.model_dump(mode="json") for r in results]
    return dumps(dumped[0] if len(dumped) == 1 else dumped)


def dumps(data: Any) -> str:
    # Field order comes from the models, so keys are never sorted; ensure_ascii=False keeps
    # article text readable, and the output is the same bytes whatever the platform.
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
