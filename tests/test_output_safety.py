"""Output safety: article text prints literally in every report and check format.

A claim is text from a web page. It may hold rich markup (``[bold]``, ``[/]``), Markdown
table pipes and emphasis, HTML (``<script>``), or GitHub workflow-command characters (``%``,
``\\r``, ``\\n``, ``::``) that would turn a log line into an annotation. Every format must
show such text as text: each test loops over every member of ``ReportFormat`` and
``CheckFormat``, so a format added later is covered (or fails here until it is).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from claimtrack.cli import main
from claimtrack.models import (
    Article,
    CheckResult,
    CheckSummary,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Finding,
    Report,
    Status,
    Verdict,
)
from claimtrack.render import CheckFormat, RenderOptions, ReportFormat, render_check, render_report

HOSTILE = (
    "Officials said [bold]x[/] and [/] | a|b | 50% :: <script>alert(1)</script> & *stars* "
    "_under_ `tick` \\back, #tag\r\n::error file=a,line=1::pwned\n| injected | row |"
)
INJECTED_LINES = ("::error file=a,line=1::pwned", "| injected | row |")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def hostile_report() -> Report:
    article = Article(id="a.txt", path="a.txt", source="Wire | [i]A[/i]", text=HOSTILE)
    other = Article(id="b.txt", path="b.txt", source="Post %0A", text=HOSTILE)
    claims = tuple(
        Claim(
            id=f"{a.id}:1",
            article_id=a.id,
            source=a.source,
            text=HOSTILE,
            sentence=HOSTILE,
            start=0,
            end=len(HOSTILE),
            line=1,
        )
        for a in (article, other)
    )
    conflict = Conflict(
        type=ConflictType.NUMERIC,
        claim_ids=("a.txt:1", "b.txt:1"),
        values=("50% ::", "[bold]x[/]"),
        explanation=HOSTILE,
    )
    clusters = tuple(
        Cluster(
            id=f"c{n}",
            verdict=verdict,
            claim_ids=("a.txt:1", "b.txt:1"),
            representative_id="a.txt:1",
            sources=(article.source, other.source),
            independent_sources=(article.source, other.source),
            conflicts=(conflict,) if verdict is Verdict.CONFLICT else (),
        )
        for n, verdict in enumerate(Verdict, start=1)
    )
    return Report(
        tool_version="test",
        articles=(article, other),
        claims=claims,
        clusters=clusters,
    )


def hostile_check() -> CheckResult:
    conflict = hostile_report().clusters[0].conflicts
    findings = tuple(
        Finding(
            text=HOSTILE,
            line=n,
            column=1,
            end_line=n + 1,
            end_column=5,
            status=status,
            sources=("Wire | [i]A[/i]",),
            conflicts=conflict if status is Status.CONFLICT else (),
            fails=status is Status.CONFLICT,
            fingerprint=f"f{n}",
        )
        for n, status in enumerate(Status, start=1)
    )
    summary = CheckSummary(
        supported=1, conflict=1, unsupported=1, suppressed=0, baselined=0, failing=1,
        fail_on=(Status.CONFLICT,),
    )  # fmt: skip
    return CheckResult(draft="draft.md", findings=findings, summary=summary)


# --- how each kind of output shows text, undone -------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def shown_as_json(output: str) -> list[str]:
    """JSON (and JSON-based formats such as SARIF): the strings, exactly."""
    return list(_strings(json.loads(output)))


def shown_as_markdown(output: str) -> list[str]:
    """Markdown as a renderer shows it: HTML elements stay elements, text is unescaped."""
    rendered = MarkdownIt("commonmark").enable("table").render(output)
    assert "<script>" not in rendered, "raw HTML from article text reaches the page"
    assert "<em>" not in rendered and "<code>" not in rendered, "text became formatting"
    cells = re.findall(r"<(?:td|th|p|li|h\d)>(.*?)</(?:td|th|p|li|h\d)>", rendered, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in cells]


class _PageText(HTMLParser):
    """Text nodes of an HTML page (entities undone), its script elements and its JSON data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.scripts: list[str | None] = []
        self.data = ""
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert not any(name.startswith("on") for name, _ in attrs), "an event handler attribute"
        if tag in ("script", "style"):
            self._inside = dict(attrs).get("type") or tag
            if tag == "script":
                self.scripts.append(dict(attrs).get("type"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside == "application/json":
            self.data += data
        elif self._inside is None:
            self.text.append(data)


def shown_as_html(output: str) -> list[str]:
    """HTML as a browser shows it: the text nodes, and the strings of the page's JSON data,
    which its script only ever turns into text nodes."""
    page = _PageText()
    page.feed(output)
    page.close()
    assert page.scripts == ["application/json", None], "article text made a script element"
    return ["".join(page.text), *_strings(json.loads(page.data))]


def shown_as_workflow_commands(output: str) -> list[str]:
    """GitHub workflow commands: %25, %0D, %0A (and %3A, %2C in properties) undone."""
    shown = []
    for line in output.splitlines():
        match = re.match(r"::(\w+)(?: ([^:]*))?::(.*)$", line)
        if match:
            data = match.group(3)
            shown.append(data.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%"))
        else:
            shown.append(line)
    return shown


def shown_as_terminal(output: str) -> list[str]:
    """Plain or rich text: colours removed; one line of text may wrap onto several."""
    return [ANSI.sub("", output)]


SHOWN: dict[str, Callable[[str], list[str]]] = {
    "json": shown_as_json,
    "sarif": shown_as_json,
    "markdown": shown_as_markdown,
    "github": shown_as_workflow_commands,
    "html": shown_as_html,
}


def assert_literal(output: str, fmt: str) -> None:
    lines = output.splitlines()
    for injected in INJECTED_LINES:  # no line of article text stands on a line of its own
        assert injected not in lines, f"{fmt}: article text started its own line: {injected!r}"
    if fmt not in SHOWN:
        assert not any(line.startswith("::") for line in lines), f"{fmt}: workflow command"
    shown = "\n".join(SHOWN.get(fmt, shown_as_terminal)(output))
    for fragment in re.split(r"\r\n|\n", HOSTILE):
        fragment = fragment.strip()
        if fmt in SHOWN:
            assert fragment in shown, f"{fmt}: {fragment!r} not shown literally"
        else:  # terminal text may escape or drop the line break; the rest is verbatim
            assert fragment in shown.replace("\\r\\n", "\n").replace("\\n", "\n"), (
                f"{fmt}: {fragment!r} not shown literally"
            )


# --- every format ---------------------------------------------------------------------------


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
@pytest.mark.parametrize("fmt", list(ReportFormat), ids=str)
def test_every_report_format_prints_article_text_literally(fmt: ReportFormat, color: bool) -> None:
    output = render_report(hostile_report(), fmt, RenderOptions(width=2000, color=color))
    assert_literal(output, fmt.value)
    if not color:
        assert "\x1b" not in output


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
@pytest.mark.parametrize("fmt", list(CheckFormat), ids=str)
def test_every_check_format_prints_article_text_literally(fmt: CheckFormat, color: bool) -> None:
    output = render_check(hostile_check(), fmt, RenderOptions(width=2000, color=color))
    assert_literal(output, fmt.value)
    if not color:
        assert "\x1b" not in output


def test_the_decoders_have_teeth() -> None:
    """An unescaped Markdown pipe, an unescaped workflow newline and rich markup are caught."""
    raw_markdown = f"| Claim |\n| --- |\n| {HOSTILE} |\n"
    with pytest.raises(AssertionError):
        assert_literal(raw_markdown, "markdown")
    with pytest.raises(AssertionError):
        assert_literal(f"::error::{HOSTILE}\n", "github")
    with pytest.raises(AssertionError):
        assert_literal("Officials said x and  | a|b", "table")  # markup eaten
    with pytest.raises(AssertionError):  # unescaped article text in a page makes a script
        assert_literal(f'<script type="application/json">[]</script><p>{HOSTILE}</p>', "html")


# --- end to end, through files and the CLI ---------------------------------------------------

SENTENCE = "The mayor said [bold]tolls[/] | rose 50% :: <script>x</script> on Monday."


def test_cli_output_is_literal_and_free_of_terminal_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(f"Source: {name}\n\n{SENTENCE}\x1b[2J\x07\n")
    draft = tmp_path / "draft.txt"
    draft.write_text(f"{SENTENCE}\n")
    runs = [("report", str(folder), "--format", f.value) for f in ReportFormat]
    runs += [
        ("check", str(draft), "--sources", str(folder), "--format", f.value) for f in CheckFormat
    ]
    for args in runs:
        result = CliRunner().invoke(main, [*args, "-q"])
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args
        shown = "\n".join(SHOWN.get(args[-1], shown_as_terminal)(result.stdout))
        assert "[bold]tolls[/] | rose 50% :: <script>x</script>" in shown, args


def test_file_names_cannot_forge_lines_on_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(f"{SENTENCE}\n")
    (folder / "x\n::error::forged\x1b[2J.txt").write_text("")
    result = CliRunner().invoke(main, ["report", str(folder)])
    assert result.exit_code == 4
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("::") for line in result.stderr.splitlines())
    assert "x\\n::error::forged\\x1b[2J.txt: empty file" in result.stderr
