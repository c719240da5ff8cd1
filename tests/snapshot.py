"""Exact expected outputs kept as files under tests/expected/, and an easy way to renew them.

When an upstream stage changes what the engine finds, the expected outputs change with it:
run ``CLAIMTRACK_REGENERATE=1 python -m pytest tests/test_render_formats.py tests/test_cli.py``,
read ``git diff tests/expected`` as you would a code change, and commit it.
"""

from __future__ import annotations

import os
from pathlib import Path

EXPECTED = Path(__file__).resolve().parent / "expected"
REGENERATE = os.environ.get("CLAIMTRACK_REGENERATE") == "1"


def expected_path(name: str) -> Path:
    return EXPECTED / name


def assert_matches(name: str, actual: str) -> None:
    """``actual`` must equal tests/expected/<name> byte for byte."""
    path = expected_path(name)
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no expected output {path}: run with CLAIMTRACK_REGENERATE=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"output differs from {path.relative_to(EXPECTED.parent.parent)}; if the change is "
        "intended, run with CLAIMTRACK_REGENERATE=1 and review the diff"
    )
