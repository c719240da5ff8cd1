"""The command line: exit codes are an API, and data goes to stdout, people to stderr."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from rich.console import Console

from claimtrack import pipeline
from claimtrack.cli import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_PIPE_CLOSED,
    EXIT_USAGE,
    main,
)
from claimtrack.models import SCHEMA_VERSION, Report
from claimtrack.render import CheckFormat, ReportFormat
from claimtrack.render.progress import HANDFUL, ProgressDisplay
from fake_engine import fake_analyse
from snapshot import assert_matches

ROOT = Path(__file__).resolve().parent.parent
SRC, SAMPLES = ROOT / "src", ROOT / "samples"
GOOD = "Source: Daily Wire Service\n\nThe mayor opened the new bridge on Monday, officials said.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_schema_is_json_schema_of_the_report() -> None:
    code, out, _ = run("schema")
    assert code == EXIT_OK
    schema = json.loads(out)
    assert schema["title"] == "Report"
    assert {"articles", "claims", "clusters", "skipped"} <= set(schema["properties"])


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == EXIT_OK
    assert out.startswith("claimtrack, version ")


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    code, out, err = run("report", str(tmp_path / "nowhere"))
    assert code == EXIT_INPUT
    assert out == ""
    assert "no article could be read" in err


@pytest.mark.parametrize(
    "command",
    [
        ["report", "{missing}"],
        ["claims", "{missing}"],
        ["check", "{missing}", "--sources", "{present}"],
    ],
)
def test_a_path_that_does_not_exist_is_named_a_typo_not_a_wrong_format(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "present").mkdir()
    (tmp_path / "present" / "a.txt").write_text(GOOD, encoding="utf-8")
    paths = {"missing": str(tmp_path / "artciles"), "present": str(tmp_path / "present")}
    code, out, err = run(*(part.format(**paths) for part in command))
    assert code == EXIT_INPUT
    assert out == ""
    assert "no such file or folder" in err
    assert "check the path's spelling" in err and str(Path.cwd()) in err
    assert ".txt, .md" not in err


def test_a_file_of_no_use_still_asks_for_an_article(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, _, err = run("report", str(tmp_path))
    assert code == EXIT_INPUT
    assert "empty file" in err and "point claimtrack at .txt" in err
    assert "spelling" not in err


def test_bad_option_is_a_usage_error() -> None:
    code, _, _ = run("report", "--threshold", "140", ".")
    assert code == EXIT_USAGE


def test_clean_run_exits_zero_and_partial_run_exits_four(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles({"good.txt": GOOD})
    code, out, err = run("report", str(folder), "--format", "json")
    assert code == EXIT_OK
    assert json.loads(out)["articles"][0]["source"] == "Daily Wire Service"
    assert err == ""

    (folder / "empty.txt").write_text("")
    code, out, err = run("report", str(folder), "--format", "json")
    assert code == EXIT_PARTIAL
    assert [s["reason"] for s in json.loads(out)["skipped"]] == ["empty file"]
    assert "empty.txt: empty file" in err


def test_strict_turns_a_skip_into_an_input_error(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    folder = write_articles({"good.txt": GOOD, "empty.txt": ""})
    code, out, err = run("report", str(folder), "--strict")
    assert code == EXIT_INPUT
    assert out == ""
    assert "--strict" in err


# --- report and check on a small fixture: exact output of every format ----------------------

WIRE = """---
source: Harbor Wire
date: 2026-03-02
---
The storm killed 12 people in Harbor Town on Sunday.

The port closed on Friday because of the storm.

The mayor resigned on Monday evening after the vote.
"""
HERALD = """---
source: Valley Herald
date: 2026-03-03
---
Rescue teams searched the valley roads through the night.

The storm killed 21 people in Harbor Town on Sunday.

Farmers in the valley lost most of the spring crop.

The port closed on Friday because of the storm.

Schools in the district will reopen next week.
"""
METRO = """---
source: Metro Daily
date: 2026-03-04
---
The storm killed 12 people in Harbor Town on Sunday.

The port closed on Friday because of the storm.

The mayor resigned on Monday evening after the vote.

The council [bold]met[/] | on *Thursday* at the old hall.
"""
DRAFT = """# Storms

The port closed on Friday because of the storm.

<!-- claimtrack: ignore unsupported -->
The ferry stopped running for three days.

The governor visited the flooded school on Tuesday.
"""
WIDTH = ("--width", "80")


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three sources and a draft in the working directory, so paths in outputs are relative."""
    for name, text in {
        "sources/wire.md": WIRE,
        "sources/herald.md": HERALD,
        "sources/metro.md": METRO,
        "draft.md": DRAFT,
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("COLUMNS", raising=False)
    return tmp_path


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyse", fake_analyse)


@pytest.mark.usefixtures("story")
@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_report_output_of_every_format_is_exact(fmt: ReportFormat) -> None:
    code, out, err = run("report", "sources", "--format", fmt.value, *WIDTH)
    assert (code, err) == (EXIT_OK, "")
    assert_matches(f"cli/report.{fmt.value}", out)


#: A draft line two sources contradict each other on: the wire (and its copy) say 12.
STORM_21 = "The storm killed 21 people in Harbor Town on Sunday.\n"


@pytest.mark.parametrize("fmt", list(CheckFormat))
def test_check_output_of_every_format_is_exact(story: Path, fmt: CheckFormat) -> None:
    (story / "draft.md").write_text(DRAFT + "\n" + STORM_21)
    code, out, err = run(
        "check",
        "draft.md",
        "--sources",
        "sources",
        "--format",
        fmt.value,
        "--fail-on",
        "conflict,unsupported",
        *WIDTH,
    )
    assert code == EXIT_FINDINGS
    assert_matches(f"cli/check.{fmt.value}", out)
    assert err == (
        "draft.md: 1 supported (0 single-source), 1 conflict, 1 unsupported; 1 suppressed, "
        "0 in baseline; 2 failing (--fail-on conflict,unsupported)\n"
    )


def print_current_cli_outputs(folder: Path) -> None:  # pragma: no cover - a helper for people
    """Print what every format gives on the fixture, to eyeball before regenerating."""
    for fmt in ReportFormat:
        print(f"===== report --format {fmt} =====")
        print(run("report", str(folder / "sources"), "--format", fmt.value, *WIDTH)[1])
    for cfmt in CheckFormat:
        print(f"===== check --format {cfmt} =====")
        print(
            run(
                "check",
                str(folder / "draft.md"),
                "-s",
                str(folder / "sources"),
                "--format",
                cfmt.value,
                *WIDTH,
            )[1]
        )


def test_sample_story_report_validates_against_the_printed_schema() -> None:
    """The real engine on samples/iran-talks: every article in, JSON valid against the schema."""
    story = Path(__file__).resolve().parent.parent / "samples" / "iran-talks"
    _, schema, _ = run("schema")
    code, out, _ = run("report", str(story), "--format", "json")
    assert code == EXIT_OK
    data = json.loads(out)
    jsonschema.validate(data, json.loads(schema))
    assert len(data["articles"]) == len(list(story.iterdir()))
    assert {c["verdict"] for c in data["clusters"]} == {"agree", "conflict", "single_source"}


def test_the_readme_excerpt_is_what_the_sample_report_prints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every line of the README's "What it looks like" excerpt (blank and "..." lines aside)
    is a line the command prints, in the same order: the excerpt cannot drift from the tool."""
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text()
    section = readme.split("## What it looks like", 1)[1]
    excerpt = section.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    monkeypatch.chdir(root)  # the excerpt's paths are relative to the checkout
    code, out, _ = run("report", "samples/iran-talks", "--width", "100")
    assert code == EXIT_OK
    printed = iter(out.splitlines())
    for line in excerpt:
        if line.strip() not in ("", "..."):
            assert line in printed, line  # consumes ``printed`` up to the line: order kept


@pytest.mark.usefixtures("story")
def test_report_json_validates_against_the_printed_schema() -> None:
    _, schema, _ = run("schema")
    _, out, _ = run("report", "sources", "--format", "json")
    data = json.loads(out)
    jsonschema.validate(data, json.loads(schema))
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data) == list(Report.model_fields)


@pytest.mark.usefixtures("story")
def test_report_verdict_filter_shows_one_section() -> None:
    code, out, _ = run("report", "sources", "--verdict", "single-source", *WIDTH)
    assert code == EXIT_OK
    assert "Single-source claims (" in out
    assert "Agreements (" not in out
    assert "Conflicts (" not in out
    assert "The council [bold]met[/] | on *Thursday* at the old hall." in out


@pytest.mark.usefixtures("story")
def test_report_to_a_file_leaves_stdout_empty(story: Path) -> None:
    code, out, err = run("report", "sources", "-f", "markdown", "-o", "report.md")
    assert (code, out) == (EXIT_OK, "")
    assert err.startswith("wrote report.md (")
    assert (story / "report.md").read_text().startswith("# claimtrack report\n")


@pytest.mark.usefixtures("story")
def test_output_in_a_missing_folder_is_refused_before_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline ran before the output path was checked")

    monkeypatch.setattr("claimtrack.cli.build_rendered_report", must_not_run)
    monkeypatch.setattr("claimtrack.api.check_drafts", must_not_run)
    for args in (
        ("report", "sources", "-o", "out/report.md"),
        ("check", "draft.md", "-s", "sources", "-o", "out/findings.txt"),
        ("check", "draft.md", "-s", "sources", "--write-baseline", "out/base.json"),
    ):
        code, out, err = run(*args)
        assert (code, out) == (EXIT_USAGE, ""), args
        assert "out does not exist: create it first" in err
        assert "Traceback" not in err


@pytest.mark.usefixtures("story")
def test_a_failed_write_keeps_the_old_report_and_says_so(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (story / "report.md").write_text("the report of yesterday\n")

    def disk_full(self: object, stream: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline.RenderedReport, "write_utf8", disk_full)
    code, out, err = run("report", "sources", "-f", "markdown", "-o", "report.md")
    assert (code, out) == (EXIT_USAGE, "")
    assert "could not write report.md (No space left on device); it was left as it was" in err
    assert "choose another --output path" in err
    assert (story / "report.md").read_text() == "the report of yesterday\n"
    assert sorted(p.name for p in story.iterdir() if p.name.endswith(".tmp")) == []


# --- check: exit codes, policy, baselines, suppressions ------------------------------------


@pytest.mark.usefixtures("story")
def test_check_exit_codes(story: Path) -> None:
    args = ("check", "draft.md", "-s", "sources")
    assert run(*args)[0] == EXIT_OK  # unsupported does not fail the default policy
    assert run(*args, "--fail-on", "unsupported")[0] == EXIT_FINDINGS
    assert run(*args, "--fail-on", "nonsense")[0] == EXIT_USAGE
    assert run("check", "missing.md", "-s", "sources")[0] == EXIT_INPUT
    assert run("check", "draft.md", "-s", "nowhere")[0] == EXIT_INPUT
    (story / "sources" / "empty.md").write_text("")
    code, _, err = run(*args)
    assert code == EXIT_PARTIAL
    assert "sources/empty.md: empty file" in err
    assert run(*args, "--fail-on", "unsupported")[0] == EXIT_FINDINGS  # failing beats partial
    assert run(*args, "--strict")[0] == EXIT_INPUT


@pytest.mark.usefixtures("story")
def test_check_quiet_keeps_stderr_empty() -> None:
    code, out, err = run("check", "draft.md", "-s", "sources", "--quiet")
    assert code == EXIT_OK
    assert err == ""
    assert "draft.md:8:1: warning: unsupported" in out


@pytest.mark.usefixtures("story", "fake_engine")
def test_check_fails_on_a_conflict_until_ignored(story: Path) -> None:
    conflicting = "The storm killed 40 people in Harbor Town on Sunday.\n"
    (story / "draft.md").write_text(DRAFT + "\n" + conflicting)
    code, out, _ = run("check", "draft.md", "-s", "sources")
    assert code == EXIT_FINDINGS
    assert "draft.md:10:1: error: conflict (numeric): The storm killed 40 people" in out
    (story / "draft.md").write_text(
        DRAFT + "\n<!-- claimtrack: ignore conflict -->\n" + conflicting
    )
    code, out, _ = run("check", "draft.md", "-s", "sources")
    assert code == EXIT_OK
    assert "draft.md:11:1: ignored: conflict (numeric)" in out


@pytest.mark.usefixtures("story", "fake_engine")
def test_a_baseline_passes_known_conflicts_and_fails_new_ones(story: Path) -> None:
    draft = story / "draft.md"
    draft.write_text(DRAFT + "\nThe storm killed 40 people in Harbor Town on Sunday.\n")
    assert run("check", "draft.md", "-s", "sources")[0] == EXIT_FINDINGS
    code, _, _ = run("check", "draft.md", "-s", "sources", "--write-baseline", "base.json")
    assert code == EXIT_OK
    saved = json.loads((story / "base.json").read_text())
    assert [f["status"] for f in saved["findings"]] == ["unsupported", "conflict"]
    code, out, _ = run("check", "draft.md", "-s", "sources", "--baseline", "base.json")
    assert code == EXIT_OK
    assert "accepted: conflict (numeric)" in out

    # Edited and moved: still accepted. A new conflicting claim: fails.
    draft.write_text(
        "Intro.\n\n" + DRAFT + "\nThe storm killed 40 people in Harbor Town, on Sunday.\n"
        "\nThe storm killed 9 people in Harbor Town on Sunday.\n"
    )
    code, out, _ = run("check", "draft.md", "-s", "sources", "--baseline", "base.json")
    assert code == EXIT_FINDINGS
    assert "draft.md:12:1: accepted: conflict (numeric)" in out
    assert "draft.md:14:1: error: conflict (numeric): The storm killed 9 people" in out
    assert run("check", "draft.md", "-s", "sources", "--baseline", "nope.json")[0] == EXIT_INPUT
    (story / "bad.json").write_text("[1, 2]")
    assert run("check", "draft.md", "-s", "sources", "--baseline", "bad.json")[0] == EXIT_USAGE


def parse_workflow_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split a line as the Actions runner does (ActionCommand.TryParseV2), and unescape."""
    assert line.startswith("::")
    end = line.index("::", 2)
    command, _, props = line[2:end].partition(" ")

    def unescape(text: str, prop: bool) -> str:
        pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
        for code, char in [*pairs, ("%25", "%")]:
            text = text.replace(code, char)
        return text

    properties = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return (
        command,
        {k: unescape(v, True) for k, v in properties.items()},
        unescape(line[end + 2 :], False),
    )


@pytest.mark.usefixtures("story")
def test_github_annotations_survive_hostile_text(story: Path) -> None:
    hostile = "Officials said 50%, of roads::error::x were shut [bold]today[/].\n"
    (story / "draft.md").write_text(DRAFT + "\n" + hostile)
    code, out, _ = run(
        "check", "draft.md", "-s", "sources", "-f", "github", "--fail-on", "unsupported"
    )
    assert code == EXIT_FINDINGS
    lines = out.splitlines()
    assert len(lines) == 2  # the ignored finding and the supported one print nothing
    command, props, message = parse_workflow_command(lines[1])
    assert command == "error"
    assert props == {
        "file": "draft.md",
        "line": "10",
        "col": "1",
        "endLine": "10",
        "endColumn": "65",
        "title": "claimtrack: unsupported: no source carries this claim",
    }
    assert message.splitlines()[0] == hostile.strip()
    assert "%25" in lines[1] and "%0A" in lines[1] and "title=claimtrack%3A" in lines[1]


@pytest.mark.usefixtures("story")
def test_sarif_has_what_code_scanning_requires() -> None:
    code, out, _ = run(
        "check", "draft.md", "-s", "sources", "-f", "sarif", "--fail-on", "unsupported"
    )
    assert code == EXIT_FINDINGS
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = sarif["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "claimtrack"
    assert driver["version"] and driver["informationUri"].startswith("https://")
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    assert {"unsupported", "supported", "single-source", "conflict/numeric"} <= set(rule_ids)
    assert run_["results"]
    for result in run_["results"]:
        assert result["ruleId"] in rule_ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "draft.md"
        assert physical["region"]["startLine"] >= 1
        assert physical["region"]["startColumn"] >= 1
        assert result["partialFingerprints"]["claimtrack/v1"]
    levels = {r["ruleId"]: r["level"] for r in run_["results"]}
    assert levels["unsupported"] == "error"
    suppressed = [r for r in run_["results"] if "suppressions" in r]
    assert [s["suppressions"] for s in suppressed] == [[{"kind": "inSource"}]]


@pytest.mark.usefixtures("story")
@pytest.mark.parametrize("fmt", [f.value for f in CheckFormat])
def test_every_check_format_prints_hostile_text_literally(story: Path, fmt: str) -> None:
    hostile = "Officials said 50% | of [bold]roads[/] were shut::x."
    (story / "draft.md").write_text(hostile + "\n")
    code, out, _ = run("check", "draft.md", "-s", "sources", "-f", fmt, "--fail-on", "unsupported")
    assert code == EXIT_FINDINGS
    if fmt == "json":
        assert [f["text"] for f in json.loads(out)["findings"]] == [hostile]
    elif fmt == "sarif":
        message = json.loads(out)["runs"][0]["results"][0]["message"]["text"]
        assert message.startswith(hostile + "\n")
    elif fmt == "github":
        assert parse_workflow_command(out.splitlines()[0])[2].startswith(hostile)
    else:
        assert hostile in out


@pytest.mark.usefixtures("story")
@pytest.mark.parametrize("fmt", [f.value for f in ReportFormat])
def test_every_report_format_prints_markup_literally(fmt: str) -> None:
    _, out, _ = run("report", "sources", "-f", fmt, *WIDTH)
    literal = "The council [bold]met[/] | on *Thursday* at the old hall."
    if fmt == "markdown":
        assert "The council \\[bold\\]met\\[/\\] \\| on \\*Thursday\\* at the old hall." in out
    elif fmt == "json":
        assert literal in [c["text"] for c in json.loads(out)["claims"]]
    else:
        assert literal in out


# --- progress ------------------------------------------------------------------------------


def test_progress_shows_only_for_more_than_a_handful_of_articles() -> None:
    def drawn(articles: int) -> str:
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=True, width=80)
        with ProgressDisplay(console) as progress:
            progress("read", 0, 1)
            for done in range(articles + 1):
                progress("parse", done, articles)
            progress("judge", 3, 3)
        return buffer.getvalue()

    assert drawn(HANDFUL) == ""
    shown = drawn(HANDFUL + 10)
    assert "splitting claims" in shown
    assert "judging clusters" in shown


def test_progress_completes_a_stage_when_the_next_one_starts() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=80)
    with ProgressDisplay(console) as progress:
        progress("parse", 0, HANDFUL + 1)
        progress("score", 0, 40)
        progress("judge", 0, 9)
        assert progress._progress is not None
        done = {t.description: (t.completed, t.total) for t in progress._progress.tasks}
    assert done == {
        "splitting claims": (HANDFUL + 1, HANDFUL + 1),
        "scoring pairs": (40, 40),
        "judging clusters": (0, 9),
    }


def test_no_progress_when_stderr_is_not_a_terminal(story: Path) -> None:
    for n in range(HANDFUL + 2):
        (story / "sources" / f"extra{n}.md").write_text(f"Source: S{n}\n\nThe mayor spoke {n}.\n")
    code, _, err = run("report", "sources", "-f", "json")
    assert (code, err) == (EXIT_OK, "")


@pytest.mark.parametrize("fmt", list(CheckFormat))
def test_every_check_format_takes_several_drafts(story: Path, fmt: CheckFormat) -> None:
    """pre-commit passes every staged draft at once: each draft's findings, one output."""
    (story / "second.md").write_text("The lighthouse keeper counted the boats at dawn.\n")
    args = ("check", "draft.md", "second.md", "-s", "sources", "--fail-on", "unsupported")
    code, out, err = run(*args, "--format", fmt.value)
    assert code == EXIT_FINDINGS
    assert err.count("\n") == 2  # one summary line per draft
    if fmt is CheckFormat.JSON:
        assert [r["draft"] for r in json.loads(out)] == ["draft.md", "second.md"]
    elif fmt is CheckFormat.SARIF:
        results = json.loads(out)["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert uris == {"draft.md", "second.md"}
    else:
        assert "draft.md" in out
        assert "second.md" in out


def test_pre_commit_hook_runs_claimtrack_check_on_markdown() -> None:
    root = Path(__file__).resolve().parent.parent
    (hook,) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "claimtrack-check"
    assert hook["entry"] == "claimtrack check"
    assert hook["language"] == "python"
    assert hook["types"] == ["markdown"]


def test_readme_ci_examples_are_valid_yaml_with_real_options() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Checking drafts in CI", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```yaml\n")[1:]]
    assert len(blocks) == 2
    workflow, pre_commit = (yaml.safe_load(b) for b in blocks)
    commands = [s["run"] for s in workflow["jobs"]["check"]["steps"] if "run" in s]
    checks = [c for c in commands if c.startswith("claimtrack check")]
    assert checks
    _, help_text, _ = run("check", "--help")
    for command in checks:
        for word in command.split():
            if word.startswith("--"):
                assert word in help_text, word
    assert pre_commit["repos"][0]["hooks"][0]["id"] == "claimtrack-check"


@pytest.mark.usefixtures("story")
def test_real_engine_baseline_and_ignore_comment_on_a_numeric_conflict(story: Path) -> None:
    """The acceptance path with the real matcher and judge, not the stand-in engine."""
    draft = story / "draft.md"
    draft.write_text(DRAFT + "\n" + STORM_21)
    code, out, _ = run("check", "draft.md", "-s", "sources")
    assert code == EXIT_FINDINGS
    assert "draft.md:10:1: error: conflict (numeric)" in out

    assert run("check", "draft.md", "-s", "sources", "--write-baseline", "base.json")[0] == 0
    assert run("check", "draft.md", "-s", "sources", "--baseline", "base.json")[0] == EXIT_OK

    # A new figure is a new finding, even in a sentence that looks like an accepted one.
    draft.write_text(DRAFT + "\n" + STORM_21 + "\n" + STORM_21.replace("21", "30"))
    code, out, _ = run("check", "draft.md", "-s", "sources", "--baseline", "base.json")
    assert "draft.md:10:1: accepted: conflict (numeric)" in out
    new_conflict = "draft.md:12:1: error: conflict (numeric)"
    assert (code, new_conflict in out) == (EXIT_FINDINGS, True), out

    draft.write_text(DRAFT + "\n<!-- claimtrack: ignore -->\n" + STORM_21)
    code, out, _ = run("check", "draft.md", "-s", "sources")
    assert code == EXIT_OK
    assert "draft.md:11:1: ignored: conflict (numeric)" in out


# --- a reader that stops early, a person who presses Ctrl-C ----------------------------------


@pytest.mark.usefixtures("story")
def test_ctrl_c_exits_130_and_leaves_the_output_file(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (story / "report.md").write_text("the report of yesterday\n")

    def pressed_ctrl_c(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("claimtrack.cli.build_rendered_report", pressed_ctrl_c)
    code, out, err = run("report", "sources", "-o", "report.md")
    assert (code, out) == (EXIT_INTERRUPTED, "")
    assert err.startswith("Interrupted: an --output file was left as it was")
    assert (story / "report.md").read_text() == "the report of yesterday\n"


@pytest.mark.usefixtures("story")
@pytest.mark.parametrize(
    ("broken", "args"),
    [
        ("claimtrack.cli.build_rendered_report", ("report", "sources", "-o", "report.md")),
        ("claimtrack.api.check_drafts", ("check", "draft.md", "-s", "sources", "-o", "report.md")),
        ("claimtrack.api.article_claims", ("claims", "draft.md")),
    ],
)
def test_a_bug_exits_70_with_its_traceback_never_1(
    story: Path, monkeypatch: pytest.MonkeyPatch, broken: str, args: tuple[str, ...]
) -> None:
    # 1 is check's "a finding fails the policy": a crash must not read as a verdict on a draft.
    (story / "report.md").write_text("the report of yesterday\n")

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug planted by the test")

    monkeypatch.setattr(broken, bug)
    code, out, err = run(*args)
    assert (code, out) == (EXIT_INTERNAL, "")
    assert "Traceback (most recent call last)" in err
    assert "ZeroDivisionError: a bug planted by the test" in err
    assert "this is a bug, not a problem with your files: please report it" in err
    assert (story / "report.md").read_text() == "the report of yesterday\n"


@pytest.mark.usefixtures("story")
def test_click_usage_errors_raised_inside_a_command_stay_usage_errors() -> None:
    code, _, err = run("check", "draft.md", "-s", "sources", "--fail-on", "nonsense")
    assert code == EXIT_USAGE
    assert "unknown status nonsense" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("to", [(), ("-o", "/dev/stdout")])
def test_a_reader_closing_the_pipe_early_gives_141_and_no_traceback(
    tmp_path: Path, to: tuple[str, ...]
) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "claimtrack", "report", str(SAMPLES / "iran-talks")]
    command += ["--format", "json", "--cache-dir", str(tmp_path), "-q", *to]
    # The reader leaves before the run writes its first byte (the pipeline takes seconds).
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as job:
        assert job.stdout is not None and job.stderr is not None
        job.stdout.close()
        errors = job.stderr.read().decode()
        assert job.wait() == EXIT_PIPE_CLOSED, errors
    assert errors == ""
