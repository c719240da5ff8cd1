"""A small hand-built Report and CheckResult with every feature the renderers draw.

Built directly from the models (not by the engine) so that renderer tests pin the layout
whatever the parser and matcher find. The text is invented for the tests, and deliberately
carries rich markup, Markdown and workflow-command characters that must print literally.
"""

from __future__ import annotations

import datetime as dt

from claimtrack.models import (
    Article,
    Certainty,
    CertaintyNote,
    CheckResult,
    CheckSummary,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Evidence,
    Finding,
    Kind,
    Report,
    Republication,
    Severity,
    Skipped,
    Status,
    Verdict,
)

WIRE_TEXT = (
    "Harbor Wire\n"
    "The storm killed 12 people in Harbor Town.\n"
    "The port | closed on *Friday* [bold]at noon[/].\n"
    "The mayor resigned, see https://example.org/x %0A::error::\n"
)
HERALD_TEXT = (
    "Valley Herald\n"
    "The storm killed 21 people in Harbor Town.\n"
    "The port | closed on *Friday* [bold]at noon[/], reportedly.\n"
)
COPY_TEXT = (
    "Metro Daily\n"
    "The port | closed on *Friday* [bold]at noon[/].\n"
    "The storm killed 12 people in Harbor Town.\n"
)


def _article(article_id: str, source: str, text: str, day: int) -> Article:
    return Article(
        id=article_id,
        path=f"news/{article_id}",
        source=source,
        text=text,
        published=dt.date(2026, 3, day),
    )


def _claim(
    article: Article,
    text: str,
    certainty: Certainty = Certainty.ASSERTED,
    attribution: str | None = None,
) -> Claim:
    start = article.text.index(text)
    end = start + len(text)
    return Claim(
        id=f"{article.id}:{article.text.count(chr(10), 0, start)}",
        article_id=article.id,
        source=article.source,
        text=text,
        sentence=text,
        sentence_start=start,
        start=start,
        end=end,
        spans=((start, end),),
        line=article.text.count("\n", 0, start) + 1,
        kind=Kind.FACT,
        certainty=certainty,
        attribution=attribution,
        attribution_cue="said" if attribution else None,
    )


def sample_report() -> Report:
    wire = _article("wire.md", "Harbor [bold]Wire[/]", WIRE_TEXT, 2)
    herald = _article("herald.md", "Valley Herald", HERALD_TEXT, 3)
    copy = _article("copy.md", "Metro Daily", COPY_TEXT, 4)
    killed_12 = _claim(wire, "The storm killed 12 people in Harbor Town.")
    port = _claim(wire, "The port | closed on *Friday* [bold]at noon[/].")
    mayor = _claim(
        wire,
        "The mayor resigned, see https://example.org/x %0A::error::",
        attribution="council *staff* [bold]",
    )
    killed_21 = _claim(
        herald, "The storm killed 21 people in Harbor Town.", attribution="the coroner"
    )
    port_hedged = _claim(
        herald, "The port | closed on *Friday* [bold]at noon[/], reportedly.", Certainty.HEDGED
    )
    port_copy = _claim(copy, "The port | closed on *Friday* [bold]at noon[/].")
    killed_12_copy = _claim(copy, "The storm killed 12 people in Harbor Town.")
    number = Conflict(
        type=ConflictType.NUMERIC,
        claim_ids=(killed_12.id, killed_21.id),
        values=("12", "21"),
        explanation="12 people killed vs 21 people killed",
        value_spans=((killed_12.start + 17, killed_12.start + 19), (None)),
    )
    # The same difference from the copy's side, oriented the other way round.
    number_again = Conflict(
        type=ConflictType.NUMERIC,
        claim_ids=(killed_21.id, killed_12_copy.id),
        values=("21", "12"),
        explanation="21 people killed vs 12 people killed",
    )
    scope = Conflict(
        type=ConflictType.SCOPE,
        claim_ids=(port.id, port_hedged.id),
        values=("at noon", "at noon"),
        explanation="same time, different wording",
        severity=Severity.NOTE,
    )
    hedge = CertaintyNote(
        claim_ids=(port.id, port_hedged.id),
        certainties=(Certainty.ASSERTED, Certainty.HEDGED),
        explanation='Valley Herald hedges it ("reportedly")',
    )
    first = dt.date(2026, 3, 2)
    clusters = (
        Cluster(
            id="c1",
            verdict=Verdict.CONFLICT,
            claim_ids=(killed_12.id, killed_21.id, killed_12_copy.id),
            representative_id=killed_12.id,
            sources=(wire.source, copy.source, herald.source),
            independent_sources=(wire.source, herald.source),
            conflicts=(number, number_again),
            first_reported=(wire.source,),
            first_reported_on=first,
        ),
        Cluster(
            id="c2",
            verdict=Verdict.AGREE,
            claim_ids=(port.id, port_hedged.id, port_copy.id),
            representative_id=port.id,
            sources=(wire.source, copy.source, herald.source),
            independent_sources=(wire.source, herald.source),
            conflicts=(scope,),
            certainty_notes=(hedge,),
            first_reported=(wire.source,),
            first_reported_on=first,
        ),
        Cluster(
            id="c3",
            verdict=Verdict.SINGLE_SOURCE,
            claim_ids=(mayor.id,),
            representative_id=mayor.id,
            sources=(wire.source,),
            independent_sources=(wire.source,),
        ),
    )
    return Report(
        tool_version="0.0.test",
        articles=(copy, herald, wire),
        claims=(port_copy, killed_12_copy, killed_21, port_hedged, killed_12, port, mayor),
        clusters=clusters,
        republications=(Republication(article_id=copy.id, original_id=wire.id, shared=1.0),),
        skipped=(Skipped(path="news/photo.jpg", reason="binary file (an image?)"),),
    )


def sample_check() -> CheckResult:
    """Every level a finding can have: failing, warning, notice, ok, suppressed, baselined."""
    conflict = Conflict(
        type=ConflictType.NUMERIC,
        claim_ids=("draft:draft.md:2", "wire.md:1"),
        values=("21", "12"),
        explanation="21 people killed vs 12 people killed",
    )
    wire_says = Evidence(
        relation="conflicts",
        claim_id="wire.md:1",
        source="Harbor Wire",
        path="news/wire.md",
        line=2,
        text="The storm killed 12 people in Harbor Town.",
        published=dt.date(2026, 3, 2),
    )
    herald_says = Evidence(
        relation="supports",
        claim_id="herald.md:1",
        source="Valley Herald",
        path="news/herald.md",
        line=2,
        text="The storm killed 21 people in Harbor Town.",
        published=dt.date(2026, 3, 3),
    )
    port_wire = Evidence(
        relation="supports",
        claim_id="wire.md:2",
        source="Harbor Wire",
        path="news/wire.md",
        line=3,
        text="The port | closed on *Friday* [bold]at noon[/].",
    )
    port_copy = port_wire.model_copy(
        update={
            "claim_id": "copy.md:1",
            "source": "Metro Daily",
            "path": "news/copy.md",
            "republishes": "Harbor Wire",
        }
    )
    findings = (
        Finding(
            text="The storm killed 21 people in Harbor Town.",
            line=2,
            column=1,
            end_line=2,
            end_column=43,
            status=Status.CONFLICT,
            sources=("Harbor Wire",),
            matched_claim_ids=("herald.md:1", "wire.md:1"),
            conflicts=(conflict,),
            fails=True,
            fingerprint="1111111111111111",
            evidence=(wire_says, herald_says),
        ),
        Finding(
            text="The port | closed on *Friday* [bold]at noon[/].",
            line=4,
            column=1,
            end_line=4,
            end_column=48,
            status=Status.SUPPORTED,
            sources=("Harbor Wire", "Metro Daily"),
            independent_sources=("Harbor Wire",),
            matched_claim_ids=("wire.md:2", "copy.md:1"),
            single_source=True,
            fingerprint="2222222222222222",
            evidence=(port_wire, port_copy),
        ),
        Finding(
            text="Officials said 50%\nof roads, were shut: see::warning::x",
            line=6,
            column=3,
            end_line=7,
            end_column=37,
            status=Status.UNSUPPORTED,
            fingerprint="3333333333333333",
        ),
        Finding(
            text="The ferry stopped for three days.",
            line=10,
            column=1,
            end_line=10,
            end_column=34,
            status=Status.UNSUPPORTED,
            suppressed=True,
            suppressed_by=9,
            fingerprint="4444444444444444",
        ),
        Finding(
            text="The bridge reopened on Monday.",
            line=12,
            column=1,
            end_line=12,
            end_column=31,
            status=Status.CONFLICT,
            sources=("Valley Herald",),
            conflicts=(
                Conflict(
                    type=ConflictType.NEGATION,
                    claim_ids=("draft:draft.md:5", "herald.md:3"),
                    values=("reopened", "did not reopen"),
                    explanation="reopened vs did not reopen",
                ),
            ),
            baselined=True,
            fingerprint="5555555555555555",
        ),
        Finding(
            text="The storm hit on Sunday.",
            line=14,
            column=1,
            end_line=14,
            end_column=25,
            status=Status.SUPPORTED,
            sources=("Harbor Wire", "Valley Herald"),
            independent_sources=("Harbor Wire", "Valley Herald"),
            certainty=Certainty.ASSERTED,
            support_certainty=Certainty.HEDGED,
            fingerprint="6666666666666666",
        ),
    )
    summary = CheckSummary(
        supported=2,
        conflict=1,
        unsupported=1,
        suppressed=1,
        baselined=1,
        failing=1,
        fail_on=(Status.CONFLICT,),
        single_source=1,
    )
    return CheckResult(draft="drafts/storm.md", findings=findings, summary=summary)
