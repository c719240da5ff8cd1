"""Floors and ceilings of the evaluation figures on real, labelled data.

The unit tests pin the samples' figures (``tests/test_quality.py``); the real data under
``../shared/eval`` is not part of a clone, so its figures are pinned here instead, in
``bench/floors.json``: one section per evaluation script, each figure with a ``min`` (a
recall, an accuracy) or a ``max`` (false conflicts emitted where outlets agree). A script
run with ``--floors`` prints every figure beside its bound and exits 1 when one is crossed,
so a change that lowers a figure is seen before it is merged. Bounds only move the right
way: raise a floor (or lower a ceiling) when a change earns it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

FLOORS_FILE = Path(__file__).with_name("floors.json")


def crossed(
    section: str, figures: Mapping[str, float], path: Path = FLOORS_FILE, partial: bool = False
) -> list[str]:
    """The figures of ``section`` that fall below their floor or rise above their ceiling,
    one line each. A bound with no figure measured is reported too (a renamed figure must
    not pass unchecked), unless the run measured only ``partial``ly on purpose."""
    bounds: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))[section]
    lines = []
    for name, bound in sorted(bounds.items()):
        value = figures.get(name)
        if value is None:
            if not partial:
                lines.append(f"{name}: not measured")
        elif "min" in bound and value < bound["min"]:
            lines.append(f"{name}: {value:.6g} is below its floor {bound['min']}")
        elif "max" in bound and value > bound["max"]:
            lines.append(f"{name}: {value:.6g} is above its ceiling {bound['max']}")
    return lines


def check(
    section: str, figures: Mapping[str, float], path: Path = FLOORS_FILE, partial: bool = False
) -> int:
    """Print ``section``'s figures against their bounds on stderr; 1 when one is crossed."""
    failures = crossed(section, figures, path, partial)
    for name, value in sorted(figures.items()):
        print(f"{section} {name}: {value:.4g}", file=sys.stderr)
    for line in failures:
        print(f"FLOOR CROSSED {section} {line}", file=sys.stderr)
    if not failures:
        print(f"{section}: every figure within its bounds ({path.name})", file=sys.stderr)
    return 1 if failures else 0
