"""Check stage: a fact-check draft's claims against a folder of sources (for CI).

First version: every draft claim compared with every source claim. Issue #5 adds
suppressions, baselines and blocking.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from claimtrack import compare, pipeline
from claimtrack.errors import InputError
from claimtrack.models import (
    Article,
    CheckResult,
    CheckSummary,
    Claim,
    Conflict,
    Finding,
    Status,
)
from claimtrack.options import Options
from claimtrack.sources import ReadResult, read_sources


def check_draft(
    draft: str | Path,
    sources: Iterable[str | Path],
    options: Options | None = None,
) -> CheckResult:
    """Check every factual claim of ``draft`` (a path or the text itself) against ``sources``."""
    options = options or Options()
    draft_article = _read_draft(draft, options)
    read = _read_sources(sources, options)
    if not read.articles:
        raise InputError("no source could be read", hint="check the paths given to --sources")
    draft_claims = [
        c for c in pipeline.parse_all([draft_article], options) if c.kind in options.kinds
    ]
    source_claims = [
        c for c in pipeline.parse_all(read.articles, options) if c.kind in options.kinds
    ]
    findings = [_judge(claim, draft_article, source_claims, options) for claim in draft_claims]
    return CheckResult(
        draft=draft_article.path,
        findings=tuple(findings),
        summary=summarize(findings, options),
        skipped=tuple(read.skipped),
    )


def _read_draft(draft: str | Path, options: Options) -> Article:
    if isinstance(draft, Path) or (
        isinstance(draft, str) and "\n" not in draft and Path(draft).is_file()
    ):
        read = read_sources([draft], options)
        if not read.articles:
            reason = read.skipped[0].reason if read.skipped else "unreadable"
            raise InputError(f"the draft {draft} could not be read ({reason})")
        return read.articles[0]
    return Article(id="draft", path="<draft>", source="draft", text=str(draft))


def _read_sources(sources: Iterable[str | Path], options: Options) -> ReadResult:
    paths: list[str | Path] = []
    inline: list[Article] = []
    for n, item in enumerate(sources, start=1):
        if isinstance(item, str) and ("\n" in item or not Path(item).exists()):
            inline.append(
                Article(id=f"source-{n}", path=f"<source {n}>", source=f"source {n}", text=item)
            )
        else:
            paths.append(item)
    read = read_sources(paths, options) if paths else ReadResult()
    read.articles.extend(inline)
    return read


def _judge(
    claim: Claim, draft: Article, source_claims: Sequence[Claim], options: Options
) -> Finding:
    supporting: list[Claim] = []
    conflicts: list[Conflict] = []
    for other in source_claims:
        comparison = compare.compare_claims(claim.text, other.text, options)
        if comparison.contradicts:
            conflicts.extend(
                c.model_copy(update={"claim_ids": (claim.id, other.id)})
                for c in comparison.conflicts
            )
        elif comparison.same_claim:
            supporting.append(other)
    if conflicts:
        status = Status.CONFLICT
    elif supporting:
        status = Status.SUPPORTED
    else:
        status = Status.UNSUPPORTED
    line, column = _position(draft.text, claim.start)
    end_line, end_column = _position(draft.text, claim.end)
    involved = supporting if status is Status.SUPPORTED else []
    sources = sorted({c.source for c in involved} | _conflict_sources(conflicts, source_claims))
    return Finding(
        text=claim.text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        status=status,
        sources=tuple(sources),
        independent_sources=tuple(sources),
        matched_claim_ids=tuple(c.id for c in involved),
        conflicts=tuple(conflicts),
        fails=status in options.fail_on,
        fingerprint=fingerprint(claim.text),
    )


def _conflict_sources(conflicts: list[Conflict], source_claims: Sequence[Claim]) -> set[str]:
    by_id = {c.id: c.source for c in source_claims}
    return {by_id[c.claim_ids[1]] for c in conflicts if c.claim_ids[1] in by_id}


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def fingerprint(text: str) -> str:
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode()).hexdigest()[:16]


def summarize(findings: Sequence[Finding], options: Options) -> CheckSummary:
    active = [f for f in findings if not f.suppressed and not f.baselined]
    return CheckSummary(
        supported=sum(f.status is Status.SUPPORTED for f in active),
        conflict=sum(f.status is Status.CONFLICT for f in active),
        unsupported=sum(f.status is Status.UNSUPPORTED for f in active),
        suppressed=sum(f.suppressed for f in findings),
        baselined=sum(f.baselined for f in findings),
        failing=sum(f.fails for f in active),
        fail_on=options.fail_on,
    )
