"""Every output format, exactly, on a hand-built report and check result.

The loops over ``ReportFormat`` and ``CheckFormat`` make a new format fail here until it has
an expected output (regenerate with CLAIMTRACK_REGENERATE=1, see tests/snapshot.py).
"""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from claimtrack.models import CheckResult, ConflictType, Report, Skipped, Verdict
from claimtrack.render import (
    CheckFormat,
    RenderOptions,
    ReportFormat,
    check_renderers,
    render_check,
    render_report,
    report_renderers,
)
from claimtrack.render.markdown import escape
from claimtrack.render.view import ReportView, value_range
from render_fixtures import sample_check, sample_report
from snapshot import assert_matches

EXTENSIONS = {"table": "txt", "markdown": "md", "json": "json", "html": "html"}
NARROW = RenderOptions(width=60)
WIDE = RenderOptions(width=120)


def test_every_format_has_a_renderer() -> None:
    assert set(report_renderers()) == set(ReportFormat)
    assert set(check_renderers()) == set(CheckFormat)


WIDTH_DEPENDENT = {ReportFormat.TABLE}


@pytest.mark.parametrize("fmt", list(ReportFormat))
@pytest.mark.parametrize("width", [NARROW, WIDE], ids=["60", "120"])
def test_report_format_output_is_exact(fmt: ReportFormat, width: RenderOptions) -> None:
    """Only the terminal table depends on the width; every other format is compared with
    one expected file at both widths, which also proves it ignores the width."""
    text = render_report(sample_report(), fmt, width)
    extension = EXTENSIONS.get(fmt.value, fmt.value)
    suffix = f"-{width.width}" if fmt in WIDTH_DEPENDENT else ""
    assert_matches(f"render/report{suffix}.{extension}", text)


@pytest.mark.parametrize("fmt", list(CheckFormat))
def test_check_format_output_is_exact(fmt: CheckFormat) -> None:
    text = render_check(sample_check(), fmt, NARROW)
    assert_matches(f"render/check.{fmt.value}", text)


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_report_formats_are_deterministic(fmt: ReportFormat) -> None:
    assert render_report(sample_report(), fmt) == render_report(sample_report(), fmt)


def test_table_sections_in_order_and_filtered() -> None:
    text = render_report(sample_report(), ReportFormat.TABLE, WIDE)
    positions = [text.index(t) for t in ("Conflicts (1)", "Agreements (1)", "Single-source")]
    assert positions == sorted(positions)
    only = render_report(
        sample_report(), ReportFormat.TABLE, RenderOptions(verdicts=(Verdict.AGREE,))
    )
    assert "Agreements (1)" in only
    assert "Conflicts (" not in only
    assert "Single-source claims" not in only
    assert "clusters: 1 conflict · 1 agree · 1 single-source" in only


def test_table_prints_markup_literally_and_marks_values_without_colour() -> None:
    text = render_report(sample_report(), ReportFormat.TABLE, WIDE)
    assert "The port | closed on *Friday* [bold]at noon[/]." in text
    assert "Harbor [bold]Wire[/]" in text
    assert "The storm killed «12» people" in text
    assert "The storm killed «21» people" in text
    assert "\x1b[" not in text


def test_table_in_colour_highlights_values_and_keeps_markup_literal() -> None:
    text = render_report(sample_report(), ReportFormat.TABLE, RenderOptions(color=True))
    assert "\x1b[" in text
    assert "«" not in text
    assert "[bold]at noon[/]" in text


def test_table_shows_republication_certainty_and_first_report() -> None:
    text = render_report(sample_report(), ReportFormat.TABLE, WIDE)
    assert "Metro Daily (republishes Harbor [bold]Wire[/])" in text
    assert "Valley Herald; 2 independent" in text
    assert 'certainty: Valley Herald hedges it ("reportedly")\n' in text
    assert "first reported by Harbor [bold]Wire[/] on 2026-03-02" in text


def test_table_is_width_aware() -> None:
    for width in (40, 60, 120):
        text = render_report(sample_report(), ReportFormat.TABLE, RenderOptions(width=width))
        assert max(len(line) for line in text.splitlines()) <= width


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nhere", "two lines here"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("[link](http://evil.test)", "\\[link\\](http\\://evil.test)"),
        ("visit www.evil.test", "visit www\\.evil.test"),
        ("*bold* _it_ `code` ~x~", "\\*bold\\* \\_it\\_ \\`code\\` \\~x\\~"),
        ("&amp; $x$ :fire: @user", "\\&amp; \\$x\\$ \\:fire: \\@user"),
    ],
)
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_markdown_table_rows_keep_their_columns() -> None:
    text = render_report(sample_report(), ReportFormat.MARKDOWN)
    rows = [
        line for line in text.splitlines() if line.startswith("| A ") or line.startswith("| B ")
    ]
    assert [row[:4] for row in rows] == ["| A ", "| A ", "| B "]  # the copy joins its original
    for row in rows:
        unescaped_pipes = row.replace("\\|", "").count("|")
        assert unescaped_pipes == 6
    assert "The storm killed **12** people" in text


def test_json_report_round_trips_to_the_model() -> None:
    report = sample_report()
    data = json.loads(render_report(report, ReportFormat.JSON))
    assert data["schema_version"] == report.schema_version
    assert list(data) == list(Report.model_fields)
    assert Report.model_validate(data) == report


def test_json_check_keeps_the_contract_names() -> None:
    data = json.loads(render_check(sample_check(), CheckFormat.JSON))
    assert set(data) >= {"findings", "summary"}
    for finding in data["findings"]:
        assert {"text", "line", "column", "status", "sources", "conflicts", "suppressed"} <= set(
            finding
        )
    assert CheckResult.model_validate(data) == sample_check()


def _regenerate_hint() -> None:  # pragma: no cover - a helper for people
    """``python tests/test_render_formats.py`` prints the current outputs."""
    for fmt in ReportFormat:
        print(f"===== report {fmt} =====")
        print(render_report(sample_report(), fmt, WIDE))
    for cfmt in CheckFormat:
        print(f"===== check {cfmt} =====")
        print(render_check(sample_check(), cfmt, NARROW))


if __name__ == "__main__":  # pragma: no cover
    _regenerate_hint()


def test_text_and_github_list_a_few_supporting_claims_and_count_the_rest() -> None:
    result = sample_check()
    supported = result.findings[1]
    many = tuple(
        supported.evidence[0].model_copy(update={"source": f"Outlet {n}", "line": n})
        for n in range(1, 6)
    )
    crowded = result.model_copy(
        update={"findings": (supported.model_copy(update={"evidence": many}),)}
    )
    text = render_check(crowded, CheckFormat.TEXT)
    assert [line for line in text.splitlines() if "supports Outlet" in line] == [
        f"    supports Outlet {n} (news/wire.md:{n}): "
        "The port | closed on *Friday* [bold]at noon[/]."
        for n in (1, 2, 3)
    ]
    assert "    and 2 more supporting claims (see --format json)" in text
    assert "And 2 more supporting claims." in render_check(crowded, CheckFormat.GITHUB)
    assert len(json.loads(render_check(crowded, CheckFormat.JSON))["findings"][0]["evidence"]) == 5


def test_a_differing_value_is_found_as_a_whole_word() -> None:
    report = sample_report()
    claim = report.claims[0].model_copy(
        update={"text": "It was announced that no talks will be held"}
    )
    assert value_range(claim, "", None, "no") == (22, 24)
    assert value_range(claim, "", None, "NO") == (22, 24)
    assert value_range(claim, "", None, "nowhere") is None


def test_notes_are_said_once_and_capped() -> None:
    report = sample_report()
    agree = report.clusters[1]
    notes = tuple(
        agree.conflicts[0].model_copy(update={"explanation": f"difference {n}"})
        for n in (1, 2, 2, 3, 4, 5)
    )
    crowded = report.model_copy(
        update={"clusters": (agree.model_copy(update={"conflicts": notes, "certainty_notes": ()}),)}
    )
    assert ReportView(crowded).notes(crowded.clusters[0]) == [
        "scope: difference 1",
        "scope: difference 2",
        "scope: difference 3",
        "and 2 more (see --format json)",
    ]


def _with_speakers(report: Report, speakers: dict[str, str | None]) -> Report:
    claims = tuple(
        c.model_copy(update={"attribution": speakers.get(c.id, c.attribution)})
        for c in report.claims
    )
    return report.model_copy(update={"claims": claims})


def test_said_by_names_each_speaker_with_the_sources_that_quote_it() -> None:
    report = sample_report()
    agree = report.clusters[1]  # the port: wire, herald, copy
    wire, herald, copy = (report.claim(cid) for cid in ("wire.md:2", "herald.md:2", "copy.md:1"))
    assert {wire.id, herald.id, copy.id} == set(agree.claim_ids)
    # nobody quoted: no line at all
    assert ReportView(_with_speakers(report, {})).speakers(agree) is None
    # one speaker for every source: the name alone, the sources are on the line above
    every = {
        wire.id: "the harbour master",
        herald.id: "The Harbour Master",
        copy.id: "the harbour master",
    }
    assert ReportView(_with_speakers(report, every)).speakers(agree) == "the harbour master"
    # speakers grouped whatever their case; a source in its own voice is named as such
    mixed = {wire.id: "the harbour master", herald.id: "The Harbour Master", copy.id: None}
    assert ReportView(_with_speakers(report, mixed)).speakers(agree) == (
        "the harbour master (Harbor [bold]Wire[/], Valley Herald); in its own voice: Metro Daily"
    )


def test_said_by_lists_a_source_quoting_someone_under_the_speaker_only() -> None:
    report = sample_report()
    agree = report.clusters[1]
    wire_id = "wire.md:2"
    headline = report.claim(wire_id).model_copy(update={"id": "wire.md:0", "attribution": None})
    quoted = _with_speakers(report, {wire_id: "port staff"})
    both = quoted.model_copy(
        update={
            "claims": (*quoted.claims, headline),
            "clusters": (agree.model_copy(update={"claim_ids": (*agree.claim_ids, "wire.md:0")}),),
        }
    )
    assert ReportView(both).speakers(both.clusters[0]) == (
        "port staff (Harbor [bold]Wire[/]); in its own voice: Valley Herald, Metro Daily"
    )


def test_said_by_counts_the_speakers_past_four() -> None:
    report = sample_report()
    agree = report.clusters[1]
    base = report.claim("wire.md:2")
    extra = tuple(
        base.model_copy(update={"id": f"wire.md:x{n}", "attribution": f"speaker {n}"})
        for n in range(6)
    )
    many = report.model_copy(
        update={
            "claims": (*report.claims, *extra),
            "clusters": (agree.model_copy(update={"claim_ids": tuple(c.id for c in extra)}),),
        }
    )
    line = ReportView(many).speakers(many.clusters[0])
    assert line == (
        "speaker 0 (Harbor [bold]Wire[/]); speaker 1 (Harbor [bold]Wire[/]); "
        "speaker 2 (Harbor [bold]Wire[/]); speaker 3 (Harbor [bold]Wire[/]); 2 more"
    )


def test_markdown_renders_each_conflict_as_its_own_paragraph_and_table() -> None:
    report = sample_report()
    conflict = report.clusters[0]
    other = conflict.conflicts[0].model_copy(
        update={"type": ConflictType.DATE, "values": ("Harbor", "Town")}
    )
    two = conflict.model_copy(update={"conflicts": (*conflict.conflicts, other)})
    report = report.model_copy(update={"clusters": (two,)})
    html = (
        MarkdownIt("commonmark")
        .enable("table")
        .render(render_report(report, ReportFormat.MARKDOWN))
    )
    assert html.count("<table>") == 2
    assert "<p><strong>numeric conflict:</strong> 12 vs 21</p>" in html
    assert "<p><strong>date conflict:</strong> Harbor vs Town</p>" in html


def test_a_bad_record_of_a_read_file_is_not_counted_as_a_skipped_file() -> None:
    bad_line = Skipped(path="feed.jsonl", reason="not valid JSON", record="line 2")
    report = sample_report().model_copy(update={"skipped": (*sample_report().skipped, bad_line)})
    header, _ = ReportView(report).header().lines()
    assert header.endswith("1 file skipped · bad records skipped in 1 file")
    table = render_report(report, ReportFormat.TABLE, RenderOptions(width=100))
    markdown = render_report(report, ReportFormat.MARKDOWN, RenderOptions())
    html = render_report(report, ReportFormat.HTML, RenderOptions())
    assert "Skipped files and records (2)" in table and "feed.jsonl line 2: not valid JSON" in table
    assert "## Skipped files and records (2)" in markdown and "feed.jsonl line 2: not" in markdown
    assert "<code>feed.jsonl line 2</code>: not valid JSON" in html
    assert '"files skipped"><dt>files skipped</dt><dd>1</dd>' in html
