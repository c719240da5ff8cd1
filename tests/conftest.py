"""Shared fixtures: paths to the samples, and a writer for small article folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def write_articles(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {relative name: text or bytes} under a fresh folder and return the folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "articles"
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


@pytest.fixture(autouse=True)
def private_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test's parse cache out of the user's real cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def parser_errors_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser bug fails the test that meets it: outside tests, it costs one sentence
    (``parse.build.RAISE_PARSER_ERRORS``)."""
    from claimtrack.parse import build

    monkeypatch.setattr(build, "RAISE_PARSER_ERRORS", True)
