"""JSON: the models themselves, in a deterministic layout (field order, 2-space indent)."""

from __future__ import annotations

import json
from typing import Any

from claimtrack.models import CheckResult, Report
from claimtrack.render import RenderOptions


def render_report(report: Report, options: RenderOptions) -> str:
    return _dumps(report.model_dump(mode="json"))


def render_check(result: CheckResult, options: RenderOptions) -> str:
    return _dumps(result.model_dump(mode="json"))


def _dumps(data: Any) -> str:
    # ensure_ascii keeps the output byte-identical whatever the terminal's encoding.
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
