"""Determinism: the JSON report is byte-identical across runs, file orders and hash seeds."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import sources
from claimtrack.cli import main

SRC = Path(__file__).resolve().parent.parent / "src"

#: Several outlets on one small story: agreements, a numeric conflict, a single source,
#: a JSON-lines file and front matter, so every stage has something to order.
ARTICLES = {
    "wire.md": (
        "---\nsource: Harbour Wire\ndate: 2024-05-02\n---\n"
        "The ferry company suspended all crossings on Tuesday, citing high winds.\n"
        "About 1,200 passengers were stranded at the port, officials said.\n"
    ),
    "gazette.txt": (
        "Source: Coast Gazette\n\n"
        "All ferry crossings were suspended on Tuesday because of high winds.\n"
        "Some 1,400 passengers were stranded at the port, the council said.\n"
        "The harbour master will retire next year.\n"
    ),
    "radio/bulletin.txt": (
        "Source: Island Radio\n\nThe ferry company suspended crossings on Tuesday.\n"
        "Passengers were offered hotel rooms, a spokesperson said.\n"
    ),
    "feeds/posts.jsonl": "\n".join(
        json.dumps({"source": f"Feed {n}", "text": text})
        for n, text in enumerate(
            [
                "Ferry crossings were suspended on Tuesday, the company said.",
                "Around 1,200 passengers were stranded, officials said.",
                "Crossings will resume on Thursday if the wind drops.",
            ],
            start=1,
        )
    ),
    "empty.txt": "",  # a skip, so the skipped list is part of what must be stable
}


def write(folder: Path, order: list[str]) -> Path:
    for name in order:
        path = folder / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLES[name], encoding="utf-8")
    return folder


def report_json(cwd: Path, hash_seed: str) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "report", "articles", "--format", "json", "-q"],
        cwd=cwd,
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 4, done.stderr.decode()  # partial: empty.txt is skipped
    return done.stdout


def test_report_is_byte_identical_across_hash_seeds_and_file_orders(tmp_path: Path) -> None:
    names = list(ARTICLES)
    shuffled = names[:]
    random.Random(5).shuffle(shuffled)
    first = write(tmp_path / "first", names)
    second = write(tmp_path / "second", list(reversed(names)))
    third = write(tmp_path / "third", shuffled)
    outputs = {
        ("first", "0"): report_json(first, "0"),
        ("first", "1"): report_json(first, "1"),
        ("second", "random"): report_json(second, "random"),
        ("third", "4242"): report_json(third, "4242"),
    }
    reference = outputs[("first", "0")]
    report = json.loads(reference)
    assert len(report["articles"]) == 6 and report["claims"] and report["clusters"]
    assert [s["path"] for s in report["skipped"]] == ["articles/empty.txt"]
    for key, output in outputs.items():
        assert output == reference, f"report differs for {key}"


@pytest.fixture
def scrambled_listing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make every directory listing come back in a different, random order."""
    real_scandir = os.scandir
    rng = random.Random(11)

    class Shuffled:
        def __init__(self, path: str | os.PathLike[str]) -> None:
            self.inner = real_scandir(path)

        def __enter__(self) -> list[os.DirEntry[str]]:
            entries = list(self.inner.__enter__())
            rng.shuffle(entries)
            return entries

        def __exit__(self, *exc: object) -> None:
            self.inner.__exit__(*exc)

    monkeypatch.setattr(sources.os, "scandir", Shuffled)
    yield


def test_report_ignores_directory_listing_order(
    tmp_path: Path, scrambled_listing: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, list(ARTICLES))
    monkeypatch.chdir(tmp_path)
    runs = [
        CliRunner().invoke(main, ["report", "articles", "-f", "json", "-q"]).stdout
        for _ in range(3)
    ]
    assert json.loads(runs[0])["articles"]
    assert runs[0] == runs[1] == runs[2]
