"""The command line: exit codes are an API, and data goes to stdout, people to stderr."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from claimtrack.cli import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

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
