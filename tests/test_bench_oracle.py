"""bench/oracle.py: two snapshots of the code's output compared by file and by FNC-1 body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_helpers import bench_module

oracle = bench_module("oracle")


def _snapshot(folder: Path, claims: list[dict[str, object]], report: str) -> Path:
    folder.mkdir()
    lines = [json.dumps(claim, sort_keys=True) for claim in claims]
    (folder / "fnc_claims.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "report-x.json").write_text(report, encoding="utf-8")
    return folder


def test_a_changed_body_is_shown_with_the_claims_it_lost_and_gained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = {"body": 1, "text": "The port closed.", "predicate": "close", "kind": "fact"}
    old = _snapshot(
        tmp_path / "old", [kept, {"body": 2, "text": "It's shut.", "predicate": None}], "{}"
    )
    new = _snapshot(
        tmp_path / "new", [kept, {"body": 2, "text": "It's shut.", "predicate": "be"}], "{}"
    )
    oracle.diff(old, new, show=10)
    printed = capsys.readouterr().out
    assert "same report-x.json" in printed
    assert "DIFF fnc_claims.jsonl" in printed
    assert "--- body 2" in printed and "--- body 1" not in printed
    assert "  - text=It's shut." in printed
    assert "  + text=It's shut. | predicate=be" in printed
    assert printed.rstrip().endswith("FNC bodies changed: 1")


def test_two_equal_snapshots_differ_nowhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim = {"body": 3, "text": "Rates rose.", "kind": "fact"}
    old = _snapshot(tmp_path / "old", [claim], '{"a": 1}')
    new = _snapshot(tmp_path / "new", [claim], '{"a": 1}')
    oracle.diff(old, new, show=10)
    printed = capsys.readouterr().out
    assert "DIFF" not in printed
    assert printed.rstrip().endswith("FNC bodies changed: 0")
