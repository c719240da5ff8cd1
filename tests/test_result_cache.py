"""The whole-result cache: an unchanged input skips the analysis, any change runs it again."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimtrack import cache, pipeline
from claimtrack.cli import main
from claimtrack.models import Article, Claim, Cluster, Republication
from claimtrack.options import Options
from claimtrack.render import RenderOptions, ReportFormat, render_report

ARTICLES = {
    "harbour-daily.txt": (
        "Source: Harbour Daily\n\nThe council approved 12 million for the bridge on Tuesday. "
        "Work on the bridge will start in March, officials said."
    ),
    "river-news.txt": (
        "Source: River News\n\nThe council approved 21 million for the bridge on Tuesday. "
        "Residents of the east bank did not expect the decision."
    ),
    "valley-post.md": (
        "---\nsource: Valley Post\n---\nThe council approved 12 million for the bridge on "
        "Tuesday. The mayor did not attend the vote."
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def analyses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the runs of the matcher and judge (``pipeline.analyse``), in this process."""
    calls: list[int] = []
    real = pipeline.analyse

    def counting(
        articles: Sequence[Article],
        claims: Sequence[Claim],
        options: Options,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[list[Cluster], list[Republication]]:
        calls.append(len(claims))
        return real(articles, claims, options, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", counting)
    return calls


def cached(directory: Path, **extra: Any) -> Options:
    return Options(use_cache=True, cache_dir=directory, jobs=1, **extra)


def as_json(report: Any) -> str:
    return render_report(report, ReportFormat.JSON, RenderOptions())


def result_files(directory: Path) -> list[Path]:
    root = directory / f"results-v{cache.RESULT_FORMAT_VERSION}"
    return sorted(p for p in root.iterdir() if not p.name.startswith(".")) if root.exists() else []


def test_an_unchanged_input_reuses_the_report_without_analysing(
    folder: Path, tmp_path: Path, analyses: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    options = cached(tmp_path / "cache")
    first = pipeline.build_report([folder], options)
    assert len(analyses) == 1
    with caplog.at_level(logging.INFO, logger="claimtrack.pipeline"):
        second = pipeline.build_report([folder], options)
    assert len(analyses) == 1, "the second run must not match or judge again"
    assert "result cache: reusing the report" in caplog.text
    assert as_json(second) == as_json(first)
    assert as_json(first) == as_json(pipeline.build_report([folder], Options(jobs=1)))


@pytest.mark.parametrize(("available", "analysed"), [(1, 2), (None, 1), (10**12, 1)])
def test_a_cached_report_too_large_for_the_memory_is_analysed_again(
    folder: Path,
    tmp_path: Path,
    analyses: list[int],
    monkeypatch: pytest.MonkeyPatch,
    available: int | None,
    analysed: int,
) -> None:
    """At 50,000 articles decoding the cached report needed more memory than the run: with
    too little memory available the run analyses again (parse cache kept) and gives the same
    report; with enough, or when the memory is unknown, the cached report is reused."""
    options = cached(tmp_path / "cache")
    first = pipeline.build_report([folder], options)
    monkeypatch.setattr(pipeline, "available_memory", lambda: available)
    second = pipeline.build_report([folder], options)
    assert len(analyses) == analysed
    assert as_json(second) == as_json(first)


def test_machine_options_do_not_invalidate_but_analysis_options_do(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    directory = tmp_path / "cache"
    pipeline.build_report([folder], cached(directory))
    pipeline.build_report([folder], cached(directory).model_copy(update={"jobs": 2}))
    assert len(analyses) == 1, "--jobs changes how, not what: the report is reused"
    changed = pipeline.build_report([folder], cached(directory, threshold=90.0))
    assert len(analyses) == 2, "a changed threshold changes the report: analyse again"
    assert changed.options["threshold"] == 90.0
    assert as_json(changed) == as_json(pipeline.build_report([folder], Options(threshold=90.0)))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda root: (root / "river-news.txt").write_text(
                ARTICLES["river-news.txt"].replace("21", "22"), encoding="utf-8"
            ),
            id="changed-file",
        ),
        pytest.param(
            lambda root: (root / "lake-times.txt").write_text(
                "Source: Lake Times\n\nThe council approved 12 million for the bridge.",
                encoding="utf-8",
            ),
            id="added-file",
        ),
        pytest.param(lambda root: (root / "valley-post.md").unlink(), id="removed-file"),
        pytest.param(
            lambda root: (root / "valley-post.md").rename(root / "hill-post.md"),
            id="renamed-file",
        ),
        pytest.param(
            lambda root: (root / "notes.docx").write_bytes(b"PK\x03\x04 binary"),
            id="added-skipped-file",
        ),
    ],
)
def test_any_change_to_the_inputs_runs_the_analysis_again(
    folder: Path, tmp_path: Path, analyses: list[int], change: Callable[[Path], object]
) -> None:
    options = cached(tmp_path / "cache")
    pipeline.build_report([folder], options)
    change(folder)
    report = pipeline.build_report([folder], options)
    assert len(analyses) == 2
    assert as_json(report) == as_json(pipeline.build_report([folder], Options(jobs=1)))


def test_a_changed_alias_file_runs_the_analysis_again(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("city council\tcouncil\n", encoding="utf-8")
    options = cached(tmp_path / "cache", alias_file=aliases)
    pipeline.build_report([folder], options)
    pipeline.build_report([folder], options)
    assert len(analyses) == 1
    aliases.write_text("town council\tcouncil\n", encoding="utf-8")
    pipeline.build_report([folder], options)
    assert len(analyses) == 2, "same file name, new content: not the same analysis"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[:-5] + b"XXXXX", id="changed-bytes"),
        pytest.param(lambda data: data.replace(b'"verdict"', b'"verdikt"'), id="renamed-field"),
        pytest.param(lambda data: b"\n".join(data.split(b"\n")[1:]), id="no-header"),
    ],
)
def test_a_corrupted_report_entry_is_ignored_and_rebuilt(
    folder: Path,
    tmp_path: Path,
    analyses: list[int],
    damage: Callable[[bytes], bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    directory = tmp_path / "cache"
    expected = as_json(pipeline.build_report([folder], cached(directory)))
    (entry,) = result_files(directory)
    entry.write_bytes(damage(entry.read_bytes()))
    with caplog.at_level(logging.WARNING):
        assert as_json(pipeline.build_report([folder], cached(directory))) == expected
    assert len(analyses) == 2, "a damaged entry is never trusted"
    assert "ignoring a corrupted result-cache entry" in caplog.text
    pipeline.build_report([folder], cached(directory))
    assert len(analyses) == 2, "rebuilt: the next run trusts it again"


def test_an_entry_of_another_input_is_not_trusted(folder: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    pipeline.build_report([folder], cached(directory))
    (entry,) = result_files(directory)
    other = cache.ResultCache(directory, "0" * 64)
    other.path("report", "json").write_bytes(entry.read_bytes())
    assert other.load("report", "json") is None


def test_no_cache_neither_reads_nor_writes_results(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    directory = tmp_path / "cache"
    for _ in range(2):
        pipeline.build_report([folder], Options(cache_dir=directory, use_cache=False, jobs=1))
    assert len(analyses) == 2
    assert not directory.exists()


def test_only_the_most_recent_results_are_kept(folder: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    kept = cache.MAX_RESULT_ENTRIES["report"]
    for n in range(kept + 3):
        pipeline.build_report([folder], cached(directory, threshold=60.0 + n))
    assert len(result_files(directory)) == kept
    newest = pipeline.build_report([folder], cached(directory, threshold=60.0 + kept + 2))
    assert newest.options["threshold"] == 60.0 + kept + 2


# --- the command line: the rendered output is reused ----------------------------------


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["report", *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", [f.value for f in ReportFormat])
def test_cli_reuses_the_rendered_output_of_an_unchanged_folder(
    folder: Path, tmp_path: Path, analyses: list[int], fmt: str
) -> None:
    directory = str(tmp_path / "cache")
    code, first = run(str(folder), "-f", fmt, "--cache-dir", directory)
    assert code == 0
    code, second = run(str(folder), "-f", fmt, "--cache-dir", directory, "--jobs", "2")
    assert code == 0
    assert len(analyses) == 1
    assert second == first
    code, uncached = run(str(folder), "-f", fmt, "--no-cache")
    assert code == 0
    assert uncached == first
    assert len(analyses) == 2


def test_cli_another_format_or_width_is_rendered_from_the_cached_report(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    directory = str(tmp_path / "cache")
    _, table = run(str(folder), "--cache-dir", directory, "--width", "100")
    _, narrow = run(str(folder), "--cache-dir", directory, "--width", "60")
    _, json_text = run(str(folder), "-f", "json", "--cache-dir", directory)
    assert len(analyses) == 1
    assert narrow != table
    assert narrow == run(str(folder), "--no-cache", "--width", "60")[1]
    assert json_text == run(str(folder), "-f", "json", "--no-cache")[1]


def test_cli_a_reused_partial_run_still_reports_its_skips(folder: Path, tmp_path: Path) -> None:
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 binary")
    directory = str(tmp_path / "cache")
    runner = CliRunner()
    results = [
        runner.invoke(main, ["report", str(folder), "--cache-dir", directory]) for _ in range(2)
    ]
    assert [r.exit_code for r in results] == [4, 4]
    assert "skipped" in results[1].stderr and "notes.docx" in results[1].stderr
    assert results[0].stdout == results[1].stdout
    strict = runner.invoke(main, ["report", str(folder), "--cache-dir", directory, "--strict"])
    assert strict.exit_code == 3


def test_a_write_that_crashed_leaves_no_entry_and_its_leftover_is_cleared(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    directory = tmp_path / "cache"
    root = directory / f"results-v{cache.RESULT_FORMAT_VERSION}"
    root.mkdir(parents=True)
    leftover = root / ".report-abc.tmp"  # what a crash between write and rename leaves
    leftover.write_bytes(b"claimtrack-result half an entr")
    hour_ago = time.time() - 7200
    os.utime(leftover, (hour_ago, hour_ago))
    pipeline.build_report([folder], cached(directory))
    pipeline.build_report([folder], cached(directory))
    assert len(analyses) == 1
    assert not leftover.exists()


def test_entries_of_an_older_layout_are_removed(
    folder: Path, tmp_path: Path, analyses: list[int]
) -> None:
    directory = tmp_path / "cache"
    older = directory / f"results-v{cache.RESULT_FORMAT_VERSION - 1}"
    older.mkdir(parents=True)
    (older / "output-0-json").write_bytes(b"claimtrack-result an entry of the old layout")
    parse_cache = directory / "claims-v1"
    parse_cache.mkdir()
    pipeline.build_report([folder], cached(directory))
    assert not older.exists()
    assert parse_cache.exists(), "other folders of the cache are left alone"
    assert result_files(directory)
