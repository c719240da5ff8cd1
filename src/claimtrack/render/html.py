"""Self-contained HTML: a claim-by-source matrix with details on demand and a timeline.

One file, no network: CSS and JS are inlined from ``data/html/`` and a Content-Security-Policy
forbids loading anything. Article text reaches the page two ways, both inert: escaped with
``html.escape`` in the server-side markup, and as JSON inside ``<script type="application/json">``
(with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped) that the script turns into DOM nodes with
``textContent`` only. The matrix, summary and timeline are plain HTML, so the report still
reads (and prints) where scripts are blocked, as in many mail clients.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape as _escape_markup
from importlib import resources
from typing import Any

from claimtrack.models import (
    Article,
    Certainty,
    Claim,
    Cluster,
    Conflict,
    Report,
    Severity,
    Verdict,
)
from claimtrack.render import RenderOptions
from claimtrack.render.view import skipped_title

#: Default row order: conflicts first, because they are what a reader has to chase.
VERDICT_RANK = {Verdict.CONFLICT: 0, Verdict.AGREE: 1, Verdict.SINGLE_SOURCE: 2}
VERDICT_LABEL = {
    Verdict.CONFLICT: "Conflict",
    Verdict.AGREE: "Agree",
    Verdict.SINGLE_SOURCE: "Single source",
}
#: Child position of the first source column in a matrix row (after the claim and the count).
FIRST_SOURCE_CHILD = 3


@dataclass(frozen=True)
class Stance:
    """What one source says about one cluster."""

    name: str
    code: str
    label: str


# The one-letter codes are CSS classes (report.css draws the symbols: ● ✕ ◐); short because
# a report has clusters x sources cells.
CARRIES = Stance("carries", "k", "carries the claim")
CONTRADICTS = Stance("contradicts", "x", "contradicts it")
HEDGED = Stance("hedged", "h", "carries it only hedged or attributed")
SILENT = Stance("silent", "s", "silent")
STANCES = (CARRIES, CONTRADICTS, HEDGED, SILENT)

#: Least distance between two date labels on the timeline axis, as a fraction of its width.
LABEL_GAP = 0.4
#: How much of a claim the timeline list repeats (the matrix row has it all).
TIMELINE_TEXT = 90

#: C0 controls but tab and line breaks, DEL and C1 controls: invalid in HTML, and a terminal
#: would act on them if the page were printed to one.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass(frozen=True)
class Column:
    """A source as a matrix column; copies sit right after the source they copy."""

    source: str
    copy_of: str | None = None


@dataclass
class Row:
    """A cluster as a matrix row, with one stance per column."""

    index: int
    cluster: Cluster
    text: str
    stances: list[Stance] = field(default_factory=list)
    #: Each publication date of the cluster's sources, earliest first, with who published then.
    timeline: list[tuple[dt.date, list[str]]] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        cluster = self.cluster
        return (
            VERDICT_RANK[cluster.verdict],
            -len(cluster.sources),
            -len(cluster.independent_sources),
            self.index,
        )


def render(report: Report, options: RenderOptions) -> str:
    """The whole report as one HTML document (deterministic: same report, same bytes)."""
    columns = source_columns(report)
    rows = matrix_rows(report, columns, options.verdicts)
    script = _asset("report.js")
    style = _asset("report.css") + column_style(columns) + timeline_style(rows)
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("an HTML asset contains a closing tag that would end its element early")
    data = page_data(report, columns, rows)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp(script, style))}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="claimtrack {escape(report.tool_version)}">',
        "<title>claimtrack report</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#matrix">Skip to the matrix</a>',
        "<header>",
        "<h1>claimtrack report</h1>",
        summary_html(report, columns),
        skipped_html(report),
        "</header>",
        '<main id="main">',
        matrix_html(columns, rows),
        '<aside id="details" class="details" tabindex="-1" hidden></aside>',
        "</main>",
        timeline_html(rows),
        conflicts_html(report, rows),
        "<footer>",
        f"<p>Generated by claimtrack {escape(report.tool_version)}, "
        f"report schema {escape(report.schema_version)}. This file loads nothing from the "
        "network.</p>",
        "</footer>",
        f'<script type="application/json" id="claimtrack-data">{json_for_html(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


# --- assets and safety -----------------------------------------------------------------


def escape(text: str) -> str:
    """Text for HTML content or a quoted attribute: markup-inert, and one line.

    Line breaks become character references (a browser shows them as before) so that article
    text never starts a line of its own: a CI log reading ``::error::...`` at the start of a
    line would take it as a command.
    """
    inert = _escape_markup(CONTROLS.sub("\ufffd", text), quote=True)
    return inert.replace("\r", "&#13;").replace("\n", "&#10;")


def _asset(name: str) -> str:
    return (resources.files("claimtrack") / "data" / "html" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def csp(script: str, style: str) -> str:
    """Allow exactly our inline script and style, and nothing that could load or send."""
    return (
        "default-src 'none'; "
        f"script-src '{_sha256(script)}'; "
        f"style-src '{_sha256(style)}'; "
        "img-src data:; "
        "base-uri 'none'; "
        "form-action 'none'"
    )


def json_for_html(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element or break a JS string literal."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, replacement in JSON_ESCAPES.items():
        text = text.replace(char, replacement)
    return text


# --- model -> view ---------------------------------------------------------------------


def _original_article(article_id: str, originals: dict[str, str]) -> str:
    """Follow copy -> original links to the first article (guarding against cycles)."""
    seen = {article_id}
    while article_id in originals and originals[article_id] not in seen:
        article_id = originals[article_id]
        seen.add(article_id)
    return article_id


def copied_sources(report: Report) -> dict[str, str]:
    """source -> the source it copies, for sources whose every article is a republication."""
    originals = {r.article_id: r.original_id for r in report.republications}
    source_of = {a.id: a.source for a in report.articles}
    copies: dict[str, set[str]] = {}
    independent: set[str] = set()
    for article in report.articles:
        original = _original_article(article.id, originals)
        if original == article.id or source_of[original] == article.source:
            independent.add(article.source)
        else:
            copies.setdefault(article.source, set()).add(source_of[original])
    return {
        source: min(targets, key=str.casefold)
        for source, targets in copies.items()
        if source not in independent
    }


def source_columns(report: Report) -> list[Column]:
    """Independent sources by name, each followed by the sources that copy it."""
    copy_of = copied_sources(report)
    names = sorted({a.source for a in report.articles}, key=lambda s: (s.casefold(), s))
    columns: list[Column] = []
    for name in names:
        if name in copy_of and copy_of[name] in names and copy_of[name] not in copy_of:
            continue
        columns.append(Column(name))
        columns.extend(Column(copy, name) for copy in names if copy_of.get(copy) == name)
    placed = {c.source for c in columns}
    # Copies of copies (or of an unknown source) still get a column, at the end.
    columns.extend(Column(name, copy_of.get(name)) for name in names if name not in placed)
    return columns


def is_weak(claim: Claim) -> bool:
    """Hedged, planned, conditional or attributed: said, but not asserted by the outlet."""
    return claim.certainty is not Certainty.ASSERTED or claim.attribution is not None


def stance(source: str, claims: Sequence[Claim], contradicting: set[str]) -> Stance:
    own = [c for c in claims if c.source == source]
    if not own:
        return SILENT
    if any(c.id in contradicting for c in own):
        return CONTRADICTS
    if all(is_weak(c) for c in own):
        return HEDGED
    return CARRIES


def contradicting_claims(cluster: Cluster) -> set[str]:
    return {
        claim_id
        for conflict in cluster.conflicts
        if conflict.severity is Severity.CONTRADICTION
        for claim_id in conflict.claim_ids
    }


def matrix_rows(
    report: Report, columns: Sequence[Column], verdicts: Iterable[Verdict]
) -> list[Row]:
    shown = set(verdicts)
    claims = {c.id: c for c in report.claims}
    published = {a.id: a.published for a in report.articles}
    rows: list[Row] = []
    for index, cluster in enumerate(report.clusters):
        if cluster.verdict not in shown:
            continue
        members = [claims[i] for i in cluster.claim_ids if i in claims]
        against = contradicting_claims(cluster)
        text = claims[cluster.representative_id].text if cluster.representative_id in claims else ""
        stances = [stance(c.source, members, against) for c in columns]
        rows.append(Row(index, cluster, text, stances, reported_on(members, published)))
    return sorted(rows, key=lambda r: r.sort_key)


# --- summary -----------------------------------------------------------------------------


def summary_counts(report: Report, columns: Sequence[Column]) -> list[tuple[str, int]]:
    by_verdict = {v: sum(c.verdict is v for c in report.clusters) for v in Verdict}
    return [
        ("articles", len(report.articles)),
        ("sources", len(columns)),
        ("independent sources", sum(c.copy_of is None for c in columns)),
        ("factual claims", sum(c.kind.value == "fact" for c in report.claims)),
        ("conflicts", by_verdict[Verdict.CONFLICT]),
        ("agreements", by_verdict[Verdict.AGREE]),
        ("single-source claims", by_verdict[Verdict.SINGLE_SOURCE]),
        ("files skipped", sum(s.record is None for s in report.skipped)),
    ]


def summary_html(report: Report, columns: Sequence[Column]) -> str:
    items = "".join(
        f'<div class="count" data-count="{escape(name)}"><dt>{escape(name)}</dt>'
        f"<dd>{value}</dd></div>"
        for name, value in summary_counts(report, columns)
    )
    return f'<dl class="summary" aria-label="Summary">{items}</dl>'


def skipped_html(report: Report) -> str:
    if not report.skipped:
        return ""
    items = "".join(
        f"<li><code>{escape(s.where)}</code>: {escape(s.reason)}</li>" for s in report.skipped
    )
    return (
        '<section class="skipped" aria-labelledby="skipped-title">'
        f'<h2 id="skipped-title">{escape(skipped_title(report.skipped))}</h2>'
        f"<ul>{items}</ul></section>"
    )


# --- the matrix ----------------------------------------------------------------------------


def legend_html() -> str:
    items = "".join(
        f'<li><span class="cell {s.code}" aria-hidden="true"></span> {escape(s.label)}</li>'
        for s in STANCES
    )
    return f'<ul class="legend" aria-label="Legend">{items}</ul>'


def column_style(columns: Sequence[Column]) -> str:
    """Dashed borders before copies, so they read as part of the source they copy.

    Generated from column positions only (never from article text); it is part of the
    hashed inline style.
    """
    children = [str(FIRST_SOURCE_CHILD + i) for i, c in enumerate(columns) if c.copy_of]
    if not children:
        return ""
    selectors = ",".join(
        f".matrix tbody td:nth-child({n}),.matrix thead th:nth-child({n})" for n in children
    )
    return f"\n{selectors}{{border-left:1px dashed var(--line)}}\n"


def _header_cell(position: int, column: Column) -> str:
    copy = ""
    label = column.source
    if column.copy_of is not None:
        copy = '<span class="copy-of"> (copy)</span>'
        label = f"{column.source}, copy of {column.copy_of}"
    return (
        f'<th scope="col" class="src">'
        f'<button type="button" class="source" data-source="{position}" '
        f'title="{escape(label)}: show this source\'s claims" aria-label="{escape(label)}">'
        f'<span class="name">{escape(column.source)}</span>{copy}</button></th>'
    )


def _row_html(row: Row) -> str:
    """One row, kept lean: it repeats for every cluster times every source.

    Each cell holds its stance as a word (what a screen reader reads); CSS shows the symbol
    instead. Focus and ARIA state are added by the script, which is what makes rows act.
    """
    cluster = row.cluster
    verdict = cluster.verdict
    cells = "".join(
        "<td></td>" if found is SILENT else f'<td class="{found.code}">{found.name}</td>'
        for found in row.stances
    )
    return (
        f'<tr class="v-{verdict.value}" data-cluster="{row.index}" data-verdict="{verdict.value}">'
        f'<th scope="row"><span class="num">#{row.index + 1}</span> '
        f'<span class="verdict">{VERDICT_LABEL[verdict]}</span> '
        f'<span class="text">{escape(row.text)}</span></th>'
        f'<td class="n">{len(cluster.sources)}</td>{cells}</tr>'
    )


def matrix_html(columns: Sequence[Column], rows: Sequence[Row]) -> str:
    headers = "".join(_header_cell(i, c) for i, c in enumerate(columns))
    body = "".join(_row_html(r) for r in rows)
    empty = "" if rows else '<p class="empty">No claim clusters to show.</p>'
    return (
        '<section class="matrix-section" aria-labelledby="matrix-title">'
        '<h2 id="matrix-title">Who says what</h2>'
        '<p class="hint">Each row is a claim, each column a source. Select a row for every '
        "wording and the reason for a conflict; select a source for its claims.</p>"
        f"{legend_html()}"
        '<div class="matrix-wrap">'
        '<table id="matrix" class="matrix">'
        "<caption>Claims (rows) by source (columns); conflicts first</caption>"
        "<thead><tr>"
        '<th scope="col" class="claim" aria-sort="ascending">'
        '<button type="button" class="sort" data-sort="verdict">Claim, by verdict</button></th>'
        '<th scope="col" class="n" aria-sort="none">'
        '<button type="button" class="sort" data-sort="sources" '
        'title="Number of sources" aria-label="Number of sources">#</button></th>'
        f"{headers}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>{empty}</section>"
    )


# --- timeline ------------------------------------------------------------------------------


def reported_on(
    members: Sequence[Claim], published: dict[str, dt.date | None]
) -> list[tuple[dt.date, list[str]]]:
    """Each publication date of a cluster's sources, earliest first, with who published then."""
    earliest: dict[str, dt.date] = {}
    for claim in members:
        day = published.get(claim.article_id)
        if day is not None and (claim.source not in earliest or day < earliest[claim.source]):
            earliest[claim.source] = day
    dates: dict[dt.date, list[str]] = {}
    for source, day in earliest.items():
        dates.setdefault(day, []).append(source)
    return [(day, sorted(dates[day], key=str.casefold)) for day in sorted(dates)]


def dated_rows(rows: Sequence[Row]) -> list[Row]:
    """Rows worth a place on the timeline: shared by several sources, with dates."""
    return [row for row in rows if len(row.cluster.sources) > 1 and row.timeline]


def timeline_days(rows: Sequence[Row]) -> list[dt.date]:
    return sorted({day for row in dated_rows(rows) for day, _ in row.timeline})


def timeline_html(rows: Sequence[Row]) -> str:
    dated = dated_rows(rows)
    if not dated:
        return ""
    days = timeline_days(rows)
    place = {day: n for n, day in enumerate(days)}
    labels = "".join(
        f'<time class="d{place[day]}">{day.isoformat()}</time>' for day in axis_labels(days)
    )
    items = "".join(_timeline_item(row, place) for row in dated)
    return (
        '<section class="timeline" aria-labelledby="timeline-title">'
        '<h2 id="timeline-title">Who reported first</h2>'
        '<p class="hint">Claims carried by more than one source, on a time axis of publication '
        "dates: ● first report, ○ later ones.</p>"
        f'<div class="tl-head" aria-hidden="true"><span></span><span class="axis">{labels}</span>'
        "<span></span></div>"
        f'<ol class="tl">{items}</ol></section>'
    )


def timeline_style(rows: Sequence[Row]) -> str:
    """One class per date placing its dot on the axis (inline styles would break the CSP).

    Generated from dates only, never from article text; it is part of the hashed style.
    """
    days = timeline_days(rows)
    if not days:
        return ""
    span = max(1, (days[-1] - days[0]).days)
    positions = [50.0] if len(days) == 1 else [100 * (d - days[0]).days / span for d in days]
    rules = "".join(f".axis .d{n}{{left:{x:.1f}%}}" for n, x in enumerate(positions))
    return f"\n{rules}\n"


def axis_labels(days: Sequence[dt.date]) -> list[dt.date]:
    """The dates to label: the first, the last, and others far enough apart not to overlap."""
    if len(days) <= 2:
        return list(days)
    span = (days[-1] - days[0]).days
    shown = [days[0]]
    for day in days[1:-1]:
        if (day - shown[-1]).days / span >= LABEL_GAP and (days[-1] - day).days / span >= LABEL_GAP:
            shown.append(day)
    return [*shown, days[-1]]


def shortened(text: str, limit: int = TIMELINE_TEXT) -> str:
    """At most ``limit`` characters, cut at a word: the full wording is in the matrix."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _first_words(groups: list[tuple[dt.date, list[str]]]) -> str:
    """'First:' only when someone followed later; several sources on one day is a tie."""
    if len(groups) == 1 and len(groups[0][1]) > 1:
        return "<strong>Same day:</strong>"
    return "<strong>First:</strong>"


def _timeline_item(row: Row, place: dict[dt.date, int]) -> str:
    groups = row.timeline
    first_day, first_sources = groups[0]
    later = "; ".join(
        f"{escape(', '.join(sources))} ({day.isoformat()}, +{(day - first_day).days} d)"
        for day, sources in groups[1:]
    )
    followed = f" Followed by {later}." if later else ""
    dots = "".join(
        f'<i class="d{place[day]}{" f" if n == 0 else ""}"></i>'
        for n, (day, _) in enumerate(groups)
    )
    return (
        f'<li class="v-{row.cluster.verdict.value}"><span class="what">'
        f'<span class="num">#{row.index + 1}</span> '
        f'<span class="text">{escape(shortened(row.text))}</span></span>'
        f'<span class="axis" aria-hidden="true">{dots}</span>'
        f'<span class="when">{_first_words(groups)} {escape(", ".join(first_sources))} '
        f"({first_day.isoformat()}).{followed}</span></li>"
    )


# --- conflicts, readable without a script -------------------------------------------------


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` escaped, with each [start, end) span wrapped in <mark>."""
    pieces: list[str] = []
    at = 0
    for start, end in sorted(set(spans)):
        if start < at or end > len(text) or start >= end:
            continue
        pieces += [escape(text[at:start]), f"<mark>{escape(text[start:end])}</mark>"]
        at = end
    pieces.append(escape(text[at:]))
    return "".join(pieces)


def value_in_sentence(claim: Claim, value: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """Where a conflict's value stands in the claim's sentence; (0, 0) when not found."""
    if span is not None:
        start, end = span[0] - claim.sentence_start, span[1] - claim.sentence_start
        if 0 <= start < end <= len(claim.sentence):
            return start, end
    found = claim.sentence.find(value) if value else -1
    if found < 0 and value:
        found = claim.sentence.casefold().find(value.casefold())
    return (found, found + len(value)) if found >= 0 else (0, 0)


@dataclass(frozen=True)
class ConflictGroup:
    """The pairs of a cluster that differ the same way (120 vs 150), as two sides.

    Three outlets saying 150 against one saying 120 make three pairs but one disagreement:
    each side lists every claim giving its value, once.
    """

    first: Conflict
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    #: claim id -> (value, span) as the conflicts gave it, to mark it in the sentence.
    values: dict[str, tuple[str, tuple[int, int] | None]]


def conflict_groups(
    cluster: Cluster, severity: Severity = Severity.CONTRADICTION
) -> list[ConflictGroup]:
    grouped: dict[tuple[str, frozenset[str]], list[Conflict]] = {}
    for conflict in cluster.conflicts:
        if conflict.severity is severity:
            key = (conflict.type.value, frozenset(_words(v) for v in conflict.values))
            grouped.setdefault(key, []).append(conflict)
    return [_group(conflicts) for conflicts in grouped.values()]


def _words(value: str) -> str:
    """A value's words in a fixed order, so 'next, indirect' and 'indirect, next' group."""
    return " ".join(sorted(value.casefold().replace(",", " ").split()))


def _group(conflicts: list[Conflict]) -> ConflictGroup:
    first = conflicts[0]
    left = _words(first.values[0])
    by_value = left != _words(first.values[1])
    sides: tuple[list[str], list[str]] = ([], [])
    values: dict[str, tuple[str, tuple[int, int] | None]] = {}
    for conflict in conflicts:
        pairs = zip(conflict.claim_ids, conflict.values, conflict.value_spans, strict=True)
        for position, (claim_id, value, span) in enumerate(pairs):
            side = (0 if _words(value) == left else 1) if by_value else position
            if claim_id not in sides[side]:
                sides[side].append(claim_id)
            values.setdefault(claim_id, (value, span))
    return ConflictGroup(first, (tuple(sides[0]), tuple(sides[1])), values)


def conflicts_html(report: Report, rows: Sequence[Row]) -> str:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    items: list[str] = []
    for row in rows:
        for group in conflict_groups(row.cluster):
            first = group.first
            sides = "".join(
                '<div class="side">'
                + "".join(
                    _conflict_side(claims[i], articles.get(claims[i].article_id), *group.values[i])
                    for i in side
                    if i in claims
                )
                + "</div>"
                for side in group.sides
            )
            items.append(
                f'<li class="conflict {first.severity.value}">'
                f'<p><span class="num">#{row.index + 1}</span> '
                f'<span class="ctype">{escape(first.type.value)}</span> '
                f"<mark>{escape(first.values[0])}</mark> vs "
                f"<mark>{escape(first.values[1])}</mark>: {escape(first.explanation)}</p>"
                f'<div class="sides">{sides}</div></li>'
            )
    if not items:
        return ""
    return (
        '<section class="conflicts" aria-labelledby="conflicts-title">'
        '<h2 id="conflicts-title">Conflicts in detail</h2>'
        f'<ol class="conflict-list">{"".join(items)}</ol></section>'
    )


def _conflict_side(
    claim: Claim, article: Article | None, value: str, span: tuple[int, int] | None
) -> str:
    start, end = value_in_sentence(claim, value, span)
    date = article.published.isoformat() if article and article.published else "undated"
    return (
        f'<blockquote><p class="who">{escape(claim.source)} · {escape(date)}</p>'
        f"<p>{marked(claim.sentence, [(start, end)])}</p></blockquote>"
    )


# --- data for the script ---------------------------------------------------------------------


def page_data(report: Report, columns: Sequence[Column], rows: Sequence[Row]) -> dict[str, Any]:
    """What the script needs for details on demand: only clustered claims, by index."""
    column_of = {c.source: i for i, c in enumerate(columns)}
    article_index = {a.id: i for i, a in enumerate(report.articles)}
    claims = {c.id: c for c in report.claims}
    shown = sorted(rows, key=lambda r: r.index)
    # In report order (article by article), so a source's claims list reads like its text.
    clustered = {i for row in shown for i in row.cluster.claim_ids}
    claim_ids = [c.id for c in report.claims if c.id in clustered]
    claim_index = {claim_id: n for n, claim_id in enumerate(claim_ids)}
    marks = _conflict_marks(shown, claims)
    # Several claims often come from one sentence: ship each sentence once.
    sentences: dict[tuple[str, int, str], int] = {}
    for claim_id in claim_ids:
        claim = claims[claim_id]
        sentences.setdefault(
            (claim.article_id, claim.sentence_start, claim.sentence), len(sentences)
        )
    return {
        "sources": [{"name": c.source, "copyOf": c.copy_of} for c in columns],
        "articles": [
            {
                "source": column_of[a.source],
                "title": a.title,
                "date": a.published.isoformat() if a.published else None,
                "path": a.path,
                "url": a.url,
            }
            for a in report.articles
        ],
        "sentences": [text for _, _, text in sentences],
        "claims": [
            _claim_data(
                claims[i],
                article_index[claims[i].article_id],
                sentences[(claims[i].article_id, claims[i].sentence_start, claims[i].sentence)],
                marks.get(i, []),
            )
            for i in claim_ids
        ],
        "clusters": {str(row.index): _cluster_data(row, claim_index, column_of) for row in shown},
    }


def _conflict_marks(rows: Sequence[Row], claims: dict[str, Claim]) -> dict[str, list[list[int]]]:
    marks: dict[str, list[list[int]]] = {}
    for row in rows:
        for conflict in row.cluster.conflicts:
            for claim_id, value, span in zip(
                conflict.claim_ids, conflict.values, conflict.value_spans, strict=True
            ):
                if claim_id in claims:
                    start, end = value_in_sentence(claims[claim_id], value, span)
                    if end > start and [start, end] not in marks.setdefault(claim_id, []):
                        marks[claim_id].append([start, end])
    return {k: sorted(v) for k, v in marks.items()}


def _claim_data(
    claim: Claim, article: int, sentence: int, marks: list[list[int]]
) -> dict[str, Any]:
    start = max(0, claim.start - claim.sentence_start)
    end = min(len(claim.sentence), max(start, claim.end - claim.sentence_start))
    data: dict[str, Any] = {"a": article, "s": sentence, "cs": start, "ce": end}
    if claim.sentence[start:end] != claim.text:
        data["t"] = claim.text
    if claim.certainty is not Certainty.ASSERTED:
        data["cert"] = claim.certainty.value
        data["cue"] = claim.certainty_cue
    if claim.attribution is not None:
        data["attr"] = claim.attribution
    if marks:
        data["m"] = marks
    return data


def _cluster_data(
    row: Row, claim_index: dict[str, int], column_of: dict[str, int]
) -> dict[str, Any]:
    """A cluster's evidence; its verdict and wording are read from its row in the table."""
    cluster = row.cluster
    data: dict[str, Any] = {
        "claims": [claim_index[i] for i in cluster.claim_ids if i in claim_index],
        "independent": [column_of[s] for s in cluster.independent_sources if s in column_of],
        "timeline": [
            [day.isoformat(), [column_of[s] for s in sources]] for day, sources in row.timeline
        ],
    }
    for key, severity in (("conflicts", Severity.CONTRADICTION), ("differences", Severity.NOTE)):
        groups = conflict_groups(cluster, severity)
        if groups:
            data[key] = [_group_data(g, claim_index) for g in groups]
    if cluster.certainty_notes:
        data["certainty"] = 1  # the script lists each source's certainty from the claims
    return data


def _group_data(group: ConflictGroup, claim_index: dict[str, int]) -> dict[str, Any]:
    return {
        "type": group.first.type.value,
        "explanation": group.first.explanation,
        "values": list(group.first.values),
        "sides": [[claim_index[i] for i in side if i in claim_index] for side in group.sides],
    }
