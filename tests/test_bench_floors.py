"""bench/floors.py: evaluation figures on real data against the bounds in bench/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

from bench_helpers import BENCH, bench_module

floors = bench_module("floors")


def _bounds(tmp_path: Path) -> Path:
    path = tmp_path / "floors.json"
    bounds = {"demo": {"recall": {"min": 0.8}, "false_conflicts": {"max": 3}}}
    path.write_text(json.dumps(bounds), encoding="utf-8")
    return path


def test_figures_within_their_bounds_pass(tmp_path: Path) -> None:
    path = _bounds(tmp_path)
    assert floors.crossed("demo", {"recall": 0.8, "false_conflicts": 3}, path) == []
    assert floors.check("demo", {"recall": 0.9, "false_conflicts": 0}, path) == 0


def test_a_figure_below_its_floor_or_above_its_ceiling_fails(tmp_path: Path) -> None:
    path = _bounds(tmp_path)
    lines = floors.crossed("demo", {"recall": 0.79, "false_conflicts": 4}, path)
    assert lines == [
        "false_conflicts: 4 is above its ceiling 3",
        "recall: 0.79 is below its floor 0.8",
    ]
    assert floors.check("demo", {"recall": 0.79, "false_conflicts": 0}, path) == 1


def test_a_bounded_figure_left_unmeasured_fails_unless_the_run_was_partial(
    tmp_path: Path,
) -> None:
    path = _bounds(tmp_path)
    assert floors.crossed("demo", {"recall": 0.9}, path) == ["false_conflicts: not measured"]
    assert floors.crossed("demo", {"recall": 0.9}, path, partial=True) == []


def test_the_project_floors_file_bounds_every_evaluation_script() -> None:
    bounds = json.loads(floors.FLOORS_FILE.read_text(encoding="utf-8"))
    assert set(bounds) == {"eval_pairs", "eval_real_dev", "eval_fnc_stories"}
    for section, figures in bounds.items():
        assert (BENCH / f"{section}.py").exists()
        for name, bound in figures.items():
            assert set(bound) in ({"min"}, {"max"}), (section, name)
