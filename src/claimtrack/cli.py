"""Command line: parse options, call one library function, render, map errors to exit codes.

Exit codes (an API, documented in the README):
  0  success; every input was read
  1  ``check`` only: a finding fails the --fail-on policy
  2  usage error (bad option, malformed data file), or the --output file cannot be written
  3  input could not be read (no article, unreadable draft), or --strict and a file was skipped
  4  partial run: the output is complete for what was read, but some files (or JSON records)
     were skipped
  70  internal error: a bug in claimtrack, not in the input (sysexits' EX_SOFTWARE)
  130  interrupted (Ctrl-C), as a shell reports SIGINT
  141  the program reading stdout closed it early (``| head``), as a shell reports SIGPIPE
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from claimtrack.errors import ClaimtrackError, OutputError, StrictModeError
from claimtrack.models import Kind, Report, Skipped, Status, Verdict
from claimtrack.options import DEFAULT_MAX_FILE_SIZE, Options
from claimtrack.output_file import missing_folder, open_output, write_output
from claimtrack.pipeline import RenderedReport, build_rendered_report
from claimtrack.render import (
    CheckFormat,
    RenderOptions,
    ReportFormat,
    render_checks,
)
from claimtrack.version import __version__

if TYPE_CHECKING:
    from claimtrack.render.progress import ProgressDisplay

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_PARTIAL = 4
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141

F = TypeVar("F", bound=Callable[..., Any])
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

VERDICT_NAMES = {
    "conflict": Verdict.CONFLICT,
    "agree": Verdict.AGREE,
    "single-source": Verdict.SINGLE_SOURCE,
}


def _stderr(message: str) -> None:
    click.echo(_printable(message), err=True)


def _printable(message: str) -> str:
    """One message, one line, no terminal control: file names and reasons come from disk,
    and a line break in one could forge a line (a CI workflow command) of its own."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), message)


def reading_options(command: F) -> F:
    """Options shared by every command that reads articles."""
    decorators = [
        click.option(
            "--encoding",
            metavar="NAME",
            help="Read every file in this encoding instead of detecting it.",
        ),
        click.option(
            "--max-file-size",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_FILE_SIZE,
            show_default=True,
            metavar="BYTES",
            help="Skip (and report) files larger than this.",
        ),
        click.option(
            "--include-opinion",
            is_flag=True,
            help="Let opinion statements take part in matching, not only facts.",
        ),
        click.option(
            "--threshold",
            type=click.FloatRange(0, 100),
            default=Options.model_fields["threshold"].default,
            show_default=True,
            help="Match score (0-100) at which two claims are the same.",
        ),
        click.option(
            "--aliases",
            "alias_file",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE",
            help="Extra entity aliases: a TSV file of 'alias<TAB>canonical name' lines.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Fail (exit 3) if any file is skipped, instead of a partial run (exit 4).",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, help="No progress or summary on stderr; errors only."
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            metavar="N",
            help="Parse in N processes.  [default: the number of cores]",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False, path_type=Path),
            envvar="CLAIMTRACK_CACHE_DIR",
            metavar="DIR",
            help="Keep parsed claims here (env CLAIMTRACK_CACHE_DIR).  "
            "[default: the user cache folder]",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Parse every article again; neither read nor write the cache.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def build_options(**kwargs: Any) -> Options:
    kinds = (Kind.FACT, Kind.OPINION) if kwargs.get("include_opinion") else (Kind.FACT,)
    fields: dict[str, Any] = {
        "encoding": kwargs.get("encoding"),
        "max_file_size": kwargs.get("max_file_size", DEFAULT_MAX_FILE_SIZE),
        "threshold": kwargs.get("threshold", Options.model_fields["threshold"].default),
        "kinds": kinds,
        "alias_file": kwargs.get("alias_file"),
        # Journalists re-run on a folder that grows: cache parsed claims unless told not to.
        "jobs": kwargs.get("jobs"),
        "cache_dir": kwargs.get("cache_dir"),
        "use_cache": not kwargs.get("no_cache", False),
    }
    if kwargs.get("fail_on") is not None:
        fields["fail_on"], fields["fail_on_single_source"] = kwargs["fail_on"]
    return Options(**fields)


@contextmanager
def errors_as_exit_codes() -> Iterator[None]:
    """Turn the library's typed errors into one clean line on stderr and a documented code."""
    try:
        yield
    except ClaimtrackError as exc:
        _stderr(f"Error: {exc}")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # The reader went away (``| head``): nothing is wrong with the run, and 1 would read
        # as a failing finding to a CI script. 141 is what a shell reports for a program
        # ended by SIGPIPE; stdout goes to /dev/null so the exit's flush raises no more.
        _silence_stdout()
        sys.exit(EXIT_PIPE_CLOSED)
    except KeyboardInterrupt:
        # click would say "Aborted!" and exit 1, which reads as a failing finding.
        _stderr("Interrupted: an --output file was left as it was; the cache keeps what was done")
        sys.exit(EXIT_INTERRUPTED)
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise  # click's own: a bad option value is a usage error (2), printed by click
    except Exception:
        # Anything else is a bug in claimtrack. Python would exit 1, which a CI script reads
        # as "a claim fails the policy"; 70 says the tool broke, whatever the draft holds.
        _stderr(traceback.format_exc().rstrip())
        _stderr(
            "Error: claimtrack failed with an internal error (the traceback above); this is a "
            "bug, not a problem with your files: please report it with that traceback. An "
            "--output file was left as it was."
        )
        sys.exit(EXIT_INTERNAL)


def _silence_stdout() -> None:
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (a test runner's buffer)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def _report_skips(skipped: tuple[Skipped, ...], strict: bool, quiet: bool) -> None:
    if strict and skipped:
        listed = "; ".join(f"{s.where}: {s.reason}" for s in skipped)
        raise StrictModeError(
            f"--strict: {len(skipped)} file(s) or record(s) skipped ({listed})",
            hint="fix or remove them, or run without --strict",
        )
    if not quiet:
        for skip in skipped:
            _stderr(f"skipped {skip.where}: {skip.reason}")


def _report_notes(notes: tuple[tuple[str, str], ...], quiet: bool) -> None:
    """What the reader recovered from (a guessed encoding, replaced characters), per file."""
    if quiet:
        return
    shown = dict.fromkeys(  # a JSON-lines file's records share their file's notes
        f"note: {path}: {note}" for path, note in notes
    )
    for line in shown:
        _stderr(line)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        # as a text-mode write would: the platform's line ends; a lone surrogate (from a
        # JSON article's "\ud800") as "?" rather than a crash after the whole run
        data = text.replace("\n", os.linesep).encode("utf-8", errors="replace")
        with _output_errors(output):
            write_output(output, data)


@contextmanager
def _output_errors(output: Path) -> Iterator[None]:
    """A failed write (disk full, no permission) as an ``OutputError``: the file named is
    left as it was (``output_file``), and the message says so."""
    try:
        yield
    except BrokenPipeError:
        raise  # ``-o /dev/stdout | head``: the reader left (``errors_as_exit_codes``)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(
            f"could not write {output} ({reason}); it was left as it was",
            hint="free some space or choose another --output path",
        ) from exc


def _write_report(result: RenderedReport, output: Path | None) -> None:
    """``_write(result.text, output)``, byte for byte, without decoding the text when the
    bytes written would be the same: the cached output of a big folder (143 MB for 1,000
    articles) then goes from the cache file to the output file without a ``str`` between."""
    if not _bytes_as_written(result, output):
        _write(result.text, output)
    elif output is None:
        stdout = sys.stdout
        stdout.flush()
        result.write_utf8(stdout.buffer)
        stdout.buffer.flush()
    else:
        with _output_errors(output), open_output(output) as stream:
            result.write_utf8(stream)


_ESCAPE = re.compile(b"\x1b")


def _utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def _bytes_as_written(result: RenderedReport, output: Path | None) -> bool:
    """Would ``_write`` put exactly the UTF-8 bytes of the text there? Not when lines end
    in CRLF (Windows), the text has lone surrogates, or stdout is not UTF-8 or is a pipe
    or file through which ``click.echo`` strips colour codes."""
    if os.linesep != "\n" or not result.plain_utf8:
        return False
    if output is not None:
        return True
    stdout = sys.stdout
    if stdout is None or not hasattr(stdout, "buffer") or not _utf8(stdout.encoding):
        return False
    return stdout.isatty() or not any(_ESCAPE.search(chunk) for chunk in result.chunks)


#: Width when stdout is not a terminal and COLUMNS is not set (files, pipes, CI logs).
DEFAULT_WIDTH = 100


def width_option(command: F) -> F:
    """``--width``: pin the layout width (tests, reproducible files); else the terminal's."""
    return click.option(
        "--width",
        type=click.IntRange(min=40),
        metavar="COLUMNS",
        help="Lay out the table for this many columns (default: the terminal's, else 100).",
    )(command)


def _render_options(
    verdicts: tuple[str, ...] = (), width: int | None = None, to_file: bool = False
) -> RenderOptions:
    """Colour only for a terminal without NO_COLOR; width from --width, COLUMNS or the tty."""
    tty = sys.stdout.isatty() and not to_file
    color = tty and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    if width is None:
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit() and int(columns) > 0:
            width = int(columns)
        else:
            width = shutil.get_terminal_size().columns if tty else DEFAULT_WIDTH
    chosen = tuple(VERDICT_NAMES[v] for v in verdicts) or RenderOptions().verdicts
    return RenderOptions(width=width, color=color, verdicts=chosen)


@contextmanager
def _progress(quiet: bool) -> Iterator[ProgressDisplay | None]:
    """A progress display on stderr, or None when it would only be noise (see render.progress)."""
    if quiet:  # before importing rich: a quiet re-run served by the cache never needs it
        yield None
        return
    from rich.console import Console

    from claimtrack.render.progress import ProgressDisplay

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    with ProgressDisplay(console) as display:
        yield display


def format_option(choices: list[str], default: str) -> Callable[[F], F]:
    """``-f/--format``, one of a renderer enum's values."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


def output_option(what: str) -> Callable[[F], F]:
    """``-o/--output FILE``: data to a file instead of stdout."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        callback=_in_existing_folder,
        help=f"Write the {what} here instead of stdout.",
    )


def _in_existing_folder(
    ctx: click.Context, param: click.Parameter, value: Path | None
) -> Path | None:
    """Refuse a file in a folder that does not exist before the run, not after it."""
    folder = None if value is None else missing_folder(value)
    if folder is not None:
        raise click.BadParameter(f"the folder {folder} does not exist: create it first")
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimtrack")
@click.option("-v", "--verbose", count=True, help="Log what the library does (-vv for debug).")
def main(verbose: int) -> None:
    """Track claims across news articles: who agrees, who conflicts, what rests on one source.

    \b
    Examples:
      claimtrack report samples/iran-talks
      claimtrack claims samples/iran-talks/meridian-wire.md --all
      claimtrack check draft.md --sources samples/iran-talks
    """
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option([f.value for f in ReportFormat], ReportFormat.TABLE.value)
@output_option("report")
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    type=click.Choice(list(VERDICT_NAMES)),
    help="Show only this section (repeatable). Table, Markdown and HTML formats.",
)
@width_option
@reading_options
def report(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    verdicts: tuple[str, ...],
    width: int | None,
    strict: bool,
    quiet: bool,
    **kwargs: Any,
) -> None:
    """Report agreements, conflicts and single-source claims across articles.

    PATHS are article files or folders (searched recursively): .txt, .md with front matter,
    .json/.jsonl records with a "text" field, and .html pages (with claimtrack[html]).

    \b
    Examples:
      claimtrack report samples/iran-talks
      claimtrack report articles/ --format markdown --output report.md
      claimtrack report articles/ --verdict conflict

    Progress shows on stderr for more than a handful of files (not with --quiet or when
    stderr is not a terminal). Exit codes: 0 ok, 2 usage (or --output not writable), 3 nothing
    readable, 4 files skipped, 70 internal error (a bug), 130 interrupted, 141 stdout closed
    early.
    """
    with errors_as_exit_codes():
        shown = _render_options(verdicts, width, to_file=output is not None)
        with _progress(quiet) as progress:
            # Rendered inside the library: an unchanged folder's output comes from the cache.
            result = build_rendered_report(
                paths, build_options(**kwargs), ReportFormat(fmt), shown, progress=progress
            )
        _report_skips(result.skipped, strict, quiet)
        _report_notes(result.notes, quiet)
        _write_report(result, output)
        if output is not None and not quiet:
            _stderr(f"wrote {output} ({result.cluster_count} clusters)")
    sys.exit(EXIT_PARTIAL if result.skipped else EXIT_OK)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@format_option(["table", "json"], "table")
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Also show what was dropped (boilerplate, opinion, meta) and why.",
)
@width_option
@reading_options
def claims(
    file: Path,
    fmt: str,
    show_all: bool,
    width: int | None,
    strict: bool,
    quiet: bool,
    **kwargs: Any,
) -> None:
    """List the claims of one article with their attributes.

    \b
    Examples:
      claimtrack claims samples/iran-talks/meridian-wire.md
      claimtrack claims article.txt --all --format json
    """
    from claimtrack import api
    from claimtrack.render import claims_table

    with errors_as_exit_codes():
        found = api.article_claims(file, build_options(**kwargs))
        shown = [c for c in found if show_all or c.dropped is None]
        if fmt == "json":
            _write(
                json.dumps([c.model_dump(mode="json") for c in shown], indent=2, ensure_ascii=False)
                + "\n",
                None,
            )
        else:
            _write(claims_table.render(shown, _render_options(width=width)), None)


@main.command()
@click.argument(
    "drafts", metavar="DRAFT...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@click.option(
    "-s",
    "--sources",
    "source_paths",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="Source articles or folders to check against (repeatable).",
)
@format_option([f.value for f in CheckFormat], CheckFormat.TEXT.value)
@output_option("findings")
@click.option(
    "--fail-on",
    "fail_on",
    default="conflict",
    show_default=True,
    metavar="STATUS[,STATUS]",
    help="What fails the check: conflict, unsupported, single-source (comma-separated).",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Findings recorded in this file (by --write-baseline) do not fail the check.",
)
@click.option(
    "--write-baseline",
    "write_baseline",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    callback=_in_existing_folder,
    help="Record every current finding here as accepted, then check against it.",
)
@width_option
@reading_options
def check(
    drafts: tuple[Path, ...],
    source_paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
    baseline_file: Path | None,
    write_baseline: Path | None,
    width: int | None,
    strict: bool,
    quiet: bool,
    **kwargs: Any,
) -> None:
    """Check a fact-check draft's claims against source articles (for CI).

    Every factual claim in each DRAFT is supported (by which sources, how many independent),
    in conflict with a source (which one, and why), or unsupported, with its line and column.
    With several drafts (as pre-commit passes them), --format json prints a list of results.

    \b
    Formats: text (one line per finding), json, github (workflow-command annotations),
    sarif (SARIF 2.1.0 for code scanning).
    \b
    In the draft, <!-- claimtrack: ignore --> ignores the next paragraph (or the line it
    ends), and <!-- claimtrack: ignore conflict --> only the statuses it names.
    \b
    Exit codes: 0 nothing fails --fail-on; 1 a finding fails it; 2 usage error;
    3 draft or sources unreadable (or --strict with a skipped file); 4 sources skipped;
    70 internal error (a bug, never a finding); 130 interrupted; 141 stdout closed early.

    \b
    Examples:
      claimtrack check samples/drafts/iran-draft.md --sources samples/iran-talks
      claimtrack check draft.md -s sources/ --fail-on conflict,unsupported --format github
      claimtrack check draft.md -s sources/ --write-baseline .claimtrack-baseline.json
      claimtrack check draft.md -s sources/ --baseline .claimtrack-baseline.json
    """
    # The matcher, parser and baseline code load per command: a cached ``report`` needs none.
    from claimtrack import api
    from claimtrack import baseline as baselines
    from claimtrack.check import with_baseline
    from claimtrack.render.check_text import summary as check_summary

    with errors_as_exit_codes():
        options = build_options(fail_on=_parse_fail_on(fail_on), **kwargs)
        accepted = baselines.load(baseline_file) if baseline_file else None
        with _progress(quiet) as progress:
            results = api.check_drafts(
                drafts, source_paths, options, baseline=accepted, progress=progress
            )
        if write_baseline is not None:
            with _output_errors(write_baseline):
                write_output(write_baseline, baselines.to_json(results).encode("utf-8"))
            written = baselines.load(write_baseline)
            results = [with_baseline(r, written, options) for r in results]
        _report_skips(results[0].skipped, strict, quiet)
        shown = _render_options(width=width, to_file=output is not None)
        _write(render_checks(results, CheckFormat(fmt), shown), output)
        if not quiet:
            for result in results:
                _stderr(check_summary(result))
    if any(r.failed for r in results):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_PARTIAL if results[0].skipped else EXIT_OK)


FAIL_ON_NAMES = ("conflict", "unsupported", "single-source")


def _parse_fail_on(value: str) -> tuple[tuple[Status, ...], bool]:
    """``--fail-on`` as (statuses, also single-source); a usage error names the choices."""
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [c for c in chosen if c not in FAIL_ON_NAMES]
    if unknown:
        raise click.BadParameter(
            f"unknown status {', '.join(unknown)}: use any of {', '.join(FAIL_ON_NAMES)}",
            param_hint="--fail-on",
        )
    statuses = tuple(Status(c) for c in FAIL_ON_NAMES[:2] if c in chosen)
    return statuses, "single-source" in chosen


@main.command()
def schema() -> None:
    """Print the JSON Schema of the report produced by --format json."""
    click.echo(json.dumps(Report.model_json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
