"""The HTML report without a browser: structure, escaping, safety policy, determinism, size."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import build_report
from claimtrack.cli import main
from claimtrack.models import (
    Article,
    Certainty,
    CertaintyNote,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Report,
    Republication,
    Severity,
    Skipped,
    Verdict,
)
from claimtrack.render import RenderOptions, ReportFormat, render_report
from claimtrack.render.html import axis_labels, conflict_groups, json_for_html

ROOT = Path(__file__).resolve().parent.parent
IRAN_TALKS = ROOT / "samples" / "iran-talks"
ASSETS = ROOT / "src" / "claimtrack" / "data" / "html"

SCRIPT_CLAIM = "Protesters painted <script>window.pwned=1</script> on the harbour wall"
IMG_CLAIM = 'A caption read <img src=x onerror="window.pwned=2"> and then </td> closed'

NORTH = (
    "The ferry carried 120 passengers on its first trip. "
    "The harbour authority reopened the north pier on Monday."
)
COASTAL = (
    "The ferry \U0001f6a2 carried 150 passengers on its first trip. "
    "Officials said the harbour authority reopened the north pier on Monday. "
    f"{SCRIPT_CLAIM}. {IMG_CLAIM}.\u2028"
)
COPY = NORTH


def _claim(article: Article, number: int, sentence: str, **fields: object) -> Claim:
    start = article.text.index(sentence)
    return Claim(
        id=f"{article.id}:{number}",
        article_id=article.id,
        source=article.source,
        text=sentence,
        sentence=sentence,
        sentence_start=start,
        start=start,
        end=start + len(sentence),
        spans=((start, start + len(sentence)),),
        line=1,
        **fields,  # type: ignore[arg-type]
    )


def fixture_report() -> Report:
    """Three sources (one a copy), a numeric conflict, a hedged agreement, hostile text."""
    north = Article(
        id="north.md",
        path="north.md",
        source="North Ledger",
        title="Ferry <b>service</b> resumes",
        published=dt.date(2026, 3, 2),
        text=NORTH,
    )
    coastal = Article(
        id="coastal.md",
        path="coastal.md",
        source="Coastal Times",
        published=dt.date(2026, 3, 4),
        url="https://example.org/ferry",
        text=COASTAL,
    )
    copy = Article(
        id="copy.md",
        path="copy.md",
        source="Bay Wire",
        published=dt.date(2026, 3, 5),
        text=COPY,
    )
    ferry, pier = NORTH.split(". ")[0] + ".", NORTH.split(". ")[1]
    claims = (
        _claim(north, 1, ferry),
        _claim(north, 2, pier),
        _claim(coastal, 1, "The ferry \U0001f6a2 carried 150 passengers on its first trip."),
        _claim(
            coastal,
            2,
            "Officials said the harbour authority reopened the north pier on Monday.",
            attribution="Officials",
            certainty=Certainty.HEDGED,
        ),
        _claim(coastal, 3, SCRIPT_CLAIM),
        _claim(coastal, 4, IMG_CLAIM),
        _claim(copy, 1, ferry),
        _claim(copy, 2, pier),
    )
    at_120 = NORTH.index("120")
    at_150 = COASTAL.index("150")
    conflict = Conflict(
        type=ConflictType.NUMERIC,
        claim_ids=("north.md:1", "coastal.md:1"),
        values=("120", "150"),
        explanation="120 passengers vs 150 passengers",
        value_spans=((at_120, at_120 + 3), (at_150, at_150 + 3)),
    )
    clusters = (
        Cluster(
            id="c1",
            verdict=Verdict.SINGLE_SOURCE,
            claim_ids=("coastal.md:3",),
            representative_id="coastal.md:3",
            sources=("Coastal Times",),
            independent_sources=("Coastal Times",),
        ),
        Cluster(
            id="c2",
            verdict=Verdict.AGREE,
            claim_ids=("north.md:2", "coastal.md:2", "copy.md:2"),
            representative_id="north.md:2",
            sources=("Bay Wire", "Coastal Times", "North Ledger"),
            independent_sources=("Coastal Times", "North Ledger"),
            # A difference that does not make the claims incompatible.
            conflicts=(
                Conflict(
                    type=ConflictType.ATTRIBUTION,
                    claim_ids=("north.md:2", "coastal.md:2"),
                    values=("unattributed", "Officials said"),
                    explanation="one outlet attributes it to officials",
                    severity=Severity.NOTE,
                ),
            ),
            certainty_notes=(
                CertaintyNote(
                    claim_ids=("north.md:2", "coastal.md:2"),
                    certainties=(Certainty.ASSERTED, Certainty.HEDGED),
                    explanation="North Ledger asserts it; Coastal Times hedges it",
                ),
            ),
        ),
        Cluster(
            id="c3",
            verdict=Verdict.CONFLICT,
            claim_ids=("north.md:1", "coastal.md:1", "copy.md:1"),
            representative_id="north.md:1",
            sources=("Bay Wire", "Coastal Times", "North Ledger"),
            independent_sources=("Coastal Times", "North Ledger"),
            conflicts=(conflict,),
        ),
        Cluster(
            id="c4",
            verdict=Verdict.SINGLE_SOURCE,
            claim_ids=("coastal.md:4",),
            representative_id="coastal.md:4",
            sources=("Coastal Times",),
            independent_sources=("Coastal Times",),
        ),
    )
    return Report(
        tool_version="0.1.0",
        articles=(north, coastal, copy),
        claims=claims,
        clusters=clusters,
        republications=(Republication(article_id="copy.md", original_id="north.md", shared=1.0),),
        skipped=(Skipped(path="scan.pdf", reason="unsupported file type <pdf>"),),
    )


def render_html(report: Report, options: RenderOptions | None = None) -> str:
    return render_report(report, ReportFormat.HTML, options)


class Outline(HTMLParser):
    """Collects the tags, attributes and text the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag and (cls is None or cls in (attrs.get("class") or "").split())
        ]

    def rows(self) -> list[dict[str, str | None]]:
        return [attrs for attrs in self.find("tr") if "data-cluster" in attrs]


def outline(page: str) -> Outline:
    parsed = Outline()
    parsed.feed(page)
    parsed.close()
    return parsed


def rows_of(page: str) -> list[str]:
    return re.findall(r"<tr [^>]*data-cluster=.*?</tr>", page, flags=re.S)


def test_matrix_has_a_row_per_cluster_and_a_column_per_source() -> None:
    page = render_html(fixture_report())
    parsed = outline(page)
    assert len(parsed.rows()) == 4
    headers = parsed.find("button", "source")
    assert [h["aria-label"] for h in headers] == [
        "Coastal Times",
        "North Ledger",
        "Bay Wire, copy of North Ledger",
    ]


def test_conflicts_come_first_then_agreements_by_number_of_sources() -> None:
    rows = outline(render_html(fixture_report())).rows()
    assert [r["data-verdict"] for r in rows] == [
        "conflict",
        "agree",
        "single_source",
        "single_source",
    ]
    assert [r["data-cluster"] for r in rows] == ["2", "1", "0", "3"]
    counts = [
        re.search(r'<td class="n">(\d+)</td>', r) for r in rows_of(render_html(fixture_report()))
    ]
    assert [m.group(1) for m in counts if m] == ["3", "3", "1", "1"]


def test_cells_say_who_carries_contradicts_hedges_or_is_silent() -> None:
    rows = rows_of(render_html(fixture_report()))
    stances = [re.findall(r'<td(?: class="([kxh])")?>(\w*)</td>', row) for row in rows]
    # columns: Coastal Times, North Ledger, Bay Wire (copy of North Ledger)
    # The class draws the symbol; the word is what a screen reader says.
    assert stances[0] == [("x", "contradicts"), ("x", "contradicts"), ("k", "carries")]
    assert stances[1] == [("h", "hedged"), ("k", "carries"), ("k", "carries")]
    assert stances[2] == [("k", "carries"), ("", ""), ("", "")]  # silent: an empty cell
    assert '<span class="verdict">Conflict</span>' in rows[0]
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    for code, symbol in (("k", "●"), ("x", "✕"), ("h", "◐")):
        assert f'.{code}::before {{ content: "{symbol}"; content: "{symbol}" / ""; }}' in css


def test_summary_header_counts_and_lists_skipped_files() -> None:
    page = render_html(fixture_report())
    counts = dict(re.findall(r'data-count="([^"]+)"><dt>[^<]*</dt><dd>(\d+)</dd>', page))
    assert counts == {
        "articles": "3",
        "sources": "3",
        "independent sources": "2",
        "factual claims": "8",
        "conflicts": "1",
        "agreements": "1",
        "single-source claims": "2",
        "files skipped": "1",
    }
    assert "<code>scan.pdf</code>: unsupported file type &lt;pdf&gt;" in page


def test_hostile_article_text_is_shown_literally_and_never_as_markup() -> None:
    page = render_html(fixture_report())
    parsed = outline(page)
    # Only our two script elements exist; no img, no event handler attribute anywhere.
    assert [a.get("type") for n, a in parsed.tags if n == "script"] == ["application/json", None]
    assert not parsed.find("img")
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert not any(n == "b" for n, _ in parsed.tags)
    text = "".join(parsed.text)
    assert "<script>window.pwned=1</script>" in text
    assert '<img src=x onerror="window.pwned=2"> and then </td> closed' in text
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page


def test_embedded_json_cannot_close_its_script_and_round_trips() -> None:
    page = render_html(fixture_report())
    raw = outline(page).scripts[0]
    for char in "<>&\u2028\u2029":
        assert char not in raw
    data = json.loads(raw)
    sentences = set(data["sentences"])
    assert SCRIPT_CLAIM in sentences
    assert IMG_CLAIM in sentences
    assert json_for_html({"x": "</script>\u2028&"}) == '{"x":"\\u003c/script\\u003e\\u2028\\u0026"}'


def test_conflict_values_are_located_in_each_sentence() -> None:
    data = json.loads(outline(render_html(fixture_report())).scripts[0])
    conflict = data["clusters"]["2"]["conflicts"][0]
    assert conflict["values"] == ["120", "150"]
    assert [len(side) for side in conflict["sides"]] == [1, 1]
    for side, value in zip(conflict["sides"], conflict["values"], strict=True):
        claim = data["claims"][side[0]]
        (start, end), *_ = claim["m"]
        assert data["sentences"][claim["s"]][start:end] == value
    page = render_html(fixture_report())
    assert "The ferry carried <mark>120</mark> passengers" in page
    assert "The ferry \U0001f6a2 carried <mark>150</mark> passengers" in page


def test_pairs_that_differ_the_same_way_are_one_disagreement_with_two_sides() -> None:
    def pair(a: str, b: str, va: str, vb: str) -> Conflict:
        return Conflict(
            type=ConflictType.NUMERIC, claim_ids=(a, b), values=(va, vb), explanation="differs"
        )

    cluster = Cluster(
        id="c1",
        verdict=Verdict.CONFLICT,
        claim_ids=("a", "b", "c", "d"),
        representative_id="a",
        sources=("A", "B", "C", "D"),
        independent_sources=("A", "B", "C", "D"),
        # b and c say 150 against a's 120 (once the other way round); d differs on a date.
        conflicts=(
            pair("a", "b", "120", "150"),
            pair("c", "a", "150", "120"),
            pair("a", "d", "Monday", "Tuesday"),
        ),
    )
    groups = conflict_groups(cluster)
    assert [(g.first.values, g.sides) for g in groups] == [
        (("120", "150"), (("a",), ("b", "c"))),
        (("Monday", "Tuesday"), (("a",), ("d",))),
    ]


def test_policy_allows_only_the_inline_script_and_style_it_carries() -> None:
    page = render_html(fixture_report())
    parsed = outline(page)
    policy = next(a["content"] for n, a in parsed.tags if a.get("http-equiv"))
    assert policy is not None
    script = parsed.scripts[1]
    style = re.search(r"<style>(.*?)</style>", page, flags=re.S)
    assert style is not None

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert "default-src 'none'" in policy
    assert f"script-src 'sha256-{digest(script)}'" in policy
    assert f"style-src 'sha256-{digest(style.group(1))}'" in policy
    assert "img-src data:" in policy
    # Nothing to load: no external reference, and no inline style attribute the policy blocks.
    attributes = [(k, v or "") for _, attrs in parsed.tags for k, v in attrs.items()]
    assert not [k for k, _ in attributes if k in {"src", "srcset", "style", "action"}]
    assert all(v.startswith("#") for k, v in attributes if k == "href")
    assert not re.search(r"<link|@import|url\(", page)


def test_the_script_builds_text_nodes_never_markup() -> None:
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
    assert "textContent" in script and "createTextNode" in script


def test_timeline_shows_who_reported_first_and_who_followed() -> None:
    page = render_html(fixture_report())
    section = page.split('<section class="timeline"')[1].split("</section>")[0]
    # Both shared claims: North Ledger on 03-02 first (filled), then 03-04 and 03-05.
    assert section.count('<i class="d0 f"></i><i class="d1"></i><i class="d2"></i>') == 2
    assert (
        "<strong>First:</strong> North Ledger (2026-03-02). Followed by Coastal Times "
        "(2026-03-04, +2 d); Bay Wire (2026-03-05, +3 d)." in section
    )
    assert '<time class="d0">2026-03-02</time>' in section
    assert '<time class="d2">2026-03-05</time>' in section
    assert '<time class="d1">' not in section  # a day from the last: its label would overlap
    # The dots sit by date: day 0, day 2 and day 3 of a three-day span.
    assert ".axis .d0{left:0.0%}.axis .d1{left:66.7%}.axis .d2{left:100.0%}" in page


def test_timeline_labels_skip_dates_too_close_to_read() -> None:
    days = [dt.date(2026, 3, 1) + dt.timedelta(days=n) for n in (0, 1, 2, 5, 9, 10)]
    assert axis_labels(days) == [days[0], days[3], days[5]]
    assert axis_labels(days[:2]) == days[:2]


def test_same_report_gives_identical_bytes() -> None:
    report = fixture_report()
    again = Report.model_validate_json(report.model_dump_json())
    assert render_html(report).encode() == render_html(again).encode()


def test_verdict_option_limits_the_rows() -> None:
    page = render_html(fixture_report(), RenderOptions(verdicts=(Verdict.CONFLICT,)))
    assert [r["data-verdict"] for r in outline(page).rows()] == ["conflict"]


def test_fixture_report_is_small() -> None:
    assert len(render_html(fixture_report()).encode()) < 40_000


def test_cli_writes_html_to_a_file_and_to_stdout(
    write_articles: Callable[[dict[str, str | bytes]], Path], tmp_path: Path
) -> None:
    folder = write_articles(
        {
            "a.md": "---\nsource: North Ledger\ndate: 2026-03-02\n---\n" + NORTH + "\n",
            "b.md": "---\nsource: Coastal Times\ndate: 2026-03-04\n---\n" + COASTAL + "\n",
        }
    )
    target = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["report", str(folder), "--format", "html", "--output", str(target)]
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    report = build_report([folder])
    assert len(outline(page).rows()) == len(report.clusters)
    assert len(outline(page).find("button", "source")) == 2
    assert "<strong>First:</strong> North Ledger (2026-03-02)" in page  # dates from front matter
    piped = CliRunner().invoke(main, ["report", str(folder), "--format", "html"])
    assert piped.exit_code == 0
    assert piped.stdout == page


@pytest.mark.skipif(not IRAN_TALKS.is_dir(), reason="samples/iran-talks not in this checkout")
def test_iran_talks_report_is_under_300_kb() -> None:
    page = render_html(build_report([IRAN_TALKS]))
    assert len(page.encode("utf-8")) < 300 * 1024


def one_claim_report(text: str, source: str) -> Report:
    article = Article(id="a", path="a.txt", source=source, title=text, text=text)
    claim = _claim(article, 1, text)
    cluster = Cluster(
        id="c1",
        verdict=Verdict.SINGLE_SOURCE,
        claim_ids=(claim.id,),
        representative_id=claim.id,
        sources=(source,),
        independent_sources=(source,),
    )
    return Report(tool_version="0", articles=(article,), claims=(claim,), clusters=(cluster,))


def _shape(page: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(tag, tuple(sorted(attrs))) for tag, attrs in outline(page).tags]


HOSTILE = st.text(
    alphabet=st.sampled_from(list("<>&\"'/=!- ab\u2028\u2029\n")) | st.characters(),
    min_size=1,
    max_size=60,
).filter(lambda t: t.strip() == t and "\r" not in t and "\x00" not in t)


@settings(max_examples=60, deadline=None)
@given(text=HOSTILE, source=HOSTILE)
def test_no_article_text_changes_the_page_structure(text: str, source: str) -> None:
    """Whatever an article says, the page has the same elements and attributes as a plain one."""
    page = render_html(one_claim_report(text, source))
    assert _shape(page) == _shape(render_html(one_claim_report("plain words", "Plain")))
    data = json.loads(outline(page).scripts[0])
    assert data["sentences"] == [text]
    assert data["sources"][0]["name"] == source


def test_sources_on_the_same_day_are_a_tie_not_a_first() -> None:
    report = fixture_report()
    same_day = tuple(
        a.model_copy(update={"published": dt.date(2026, 3, 2)}) for a in report.articles
    )
    page = render_html(report.model_copy(update={"articles": same_day}))
    assert "<strong>Same day:</strong> Bay Wire, Coastal Times, North Ledger (2026-03-02)." in page
    assert "<strong>First:</strong>" not in page
    assert ".axis .d0{left:50.0%}" in page  # a single date sits mid-axis


def test_a_report_without_clusters_or_dates_still_renders() -> None:
    article = Article(id="a", path="a.txt", source="Lone Source", text="Nothing here.")
    page = render_html(Report(tool_version="0", articles=(article,), claims=(), clusters=()))
    assert outline(page).rows() == []
    assert "No claim clusters to show." in page
    assert 'class="timeline"' not in page and 'class="conflicts"' not in page
    assert json.loads(outline(page).scripts[0])["clusters"] == {}


def test_differences_that_are_not_contradictions_stay_out_of_the_conflicts() -> None:
    page = render_html(fixture_report())
    data = json.loads(outline(page).scripts[0])
    agree = data["clusters"]["1"]
    assert "conflicts" not in agree
    assert [d["values"] for d in agree["differences"]] == [["unattributed", "Officials said"]]
    assert "Officials said</mark>" not in page.split('class="conflicts"')[1]
    assert re.findall(r'<td(?: class="([kxh])")?>', rows_of(page)[1]) == ["h", "k", "k"]


def test_article_text_never_starts_a_line_or_carries_control_characters() -> None:
    text = "Officials said\n::error file=a::pwned\r\nthen \x1b[2J\x07 rang"
    page = render_html(one_claim_report(text, "Wire\n::warning::x"))
    lines = page.splitlines()
    assert not any(line.startswith("::") for line in lines)
    assert "\x1b" not in page and "\x07" not in page
    assert "Officials said&#10;::error file=a::pwned&#13;&#10;then \ufffd[2J\ufffd rang" in page
    assert json.loads(outline(page).scripts[0])["sentences"] == [text]
