"""Check stage: a fact-check draft's claims against a folder of sources (for CI).

The draft is read and parsed as one more article and goes through the same ``analyse`` as a
report, so a draft claim is judged exactly as the report would judge it. Each draft claim's
cluster then decides its status: a contradiction between the draft claim and a source claim is
a conflict; a source claim that states it (``compare.supported_by``), in its cluster or anywhere
else when it gives all the claim's figures, supports it; a claim nothing states is unsupported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from claimtrack import baseline as baselines
from claimtrack import compare, pipeline
from claimtrack.errors import InputError
from claimtrack.models import (
    Article,
    Certainty,
    CheckResult,
    CheckSummary,
    Claim,
    Cluster,
    Conflict,
    Evidence,
    Finding,
    NumberMention,
    Republication,
    Severity,
    Status,
)
from claimtrack.options import Options
from claimtrack.pipeline import ProgressCallback
from claimtrack.sources import ReadResult, nothing_read_hint, read_sources
from claimtrack.suppressions import Suppression, blank_comments, find_comments, find_suppressions

DRAFT_ID_PREFIX = "draft:"


def check_draft(
    draft: str | Path,
    sources: Iterable[str | Path],
    options: Options | None = None,
    *,
    baseline: baselines.Baseline | None = None,
    progress: ProgressCallback | None = None,
) -> CheckResult:
    """Check every factual claim of ``draft`` (a path or the text itself) against ``sources``.

    Raises ``InputError`` when the draft or every source is unreadable, ``DataFileError`` for
    a malformed ignore comment in the draft.
    """
    (result,) = check_drafts([draft], sources, options, baseline=baseline, progress=progress)
    return result


def check_drafts(
    drafts: Sequence[str | Path],
    sources: Iterable[str | Path],
    options: Options | None = None,
    *,
    baseline: baselines.Baseline | None = None,
    progress: ProgressCallback | None = None,
) -> list[CheckResult]:
    """``check_draft`` for several drafts, reading and parsing the sources once."""
    options = options or Options()
    progress = progress or _no_progress
    read_drafts = [_read_draft(draft, options) for draft in drafts]
    read = _read_sources(sources, options, exclude={a.path for a, _ in read_drafts})
    if not read.articles:
        raise InputError("no source could be read", hint="check the paths given to --sources")
    source_claims = pipeline.parse_all(read.articles, options, progress)
    return [
        _check_one(article, suppressions, read, source_claims, options, baseline, progress)
        for article, suppressions in read_drafts
    ]


def _check_one(
    draft: Article,
    suppressions: Sequence[Suppression],
    read: ReadResult,
    source_claims: Sequence[Claim],
    options: Options,
    baseline: baselines.Baseline | None,
    progress: ProgressCallback,
) -> CheckResult:
    """One draft through the same ``analyse`` as a report, then each claim's cluster read."""
    articles = [draft, *read.articles]
    claims = [*pipeline.parse_all([draft], options), *source_claims]
    clusters, republications = pipeline.analyse(articles, claims, options, progress)
    context = _Context(articles, claims, clusters, republications, options)
    draft_claims = [c for c in claims if c.article_id == draft.id and c.kind in options.kinds]
    # In reading order, as a linter lists them (the parser may emit a clause before its frame).
    draft_claims.sort(key=lambda c: (c.start, c.end))
    findings = [_finding(claim, draft, context) for claim in draft_claims]
    findings = _apply_policy(findings, suppressions, baseline, draft.path, options)
    return CheckResult(
        draft=draft.path,
        findings=tuple(findings),
        summary=summarize(findings, options),
        skipped=tuple(read.skipped),
    )


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


class _Context:
    """Look-ups over one analysis: claim, article and cluster by id, who republishes whom."""

    def __init__(
        self,
        articles: Sequence[Article],
        claims: Sequence[Claim],
        clusters: Sequence[Cluster],
        republications: Sequence[Republication],
        options: Options,
    ) -> None:
        self.options = options
        self.articles = {a.id: a for a in articles}
        self.claims = {c.id: c for c in claims}
        self.cluster_of = {cid: cluster for cluster in clusters for cid in cluster.claim_ids}
        self.original_of = {r.article_id: r.original_id for r in republications}
        self.order = {c.id: n for n, c in enumerate(claims)}
        self.by_figure: dict[_Figure, set[str]] = {}
        for claim in claims:
            if claim.kind in options.kinds and not _is_draft(claim):
                for mention in claim.numbers:
                    self.by_figure.setdefault(_figure(mention), set()).add(claim.id)

    def holding_figures(self, claim: Claim) -> list[Claim]:
        """The source claims that give every figure of ``claim`` (none when it has none)."""
        if not claim.numbers:
            return []
        held = set.intersection(*(self.by_figure.get(_figure(m), set()) for m in claim.numbers))
        return [self.claims[cid] for cid in sorted(held, key=self.order.__getitem__)]

    def independent_source(self, article_id: str) -> str:
        """The source an article counts as: its original's, when it is a copy."""
        seen = {article_id}
        while (original := self.original_of.get(article_id)) is not None and original not in seen:
            seen.add(original)
            article_id = original
        return self.articles[article_id].source

    def republishes(self, article_id: str) -> str | None:
        original = self.original_of.get(article_id)
        return self.articles[original].source if original in self.articles else None


def _read_draft(draft: str | Path, options: Options) -> tuple[Article, list[Suppression]]:
    if isinstance(draft, Path) or (
        isinstance(draft, str) and "\n" not in draft and Path(draft).is_file()
    ):
        read = read_sources([draft], options)
        if not read.articles:
            reason = read.skipped[0].reason if read.skipped else "not a file"
            raise InputError(
                f"the draft {draft} could not be read ({reason})",
                hint=nothing_read_hint(read.skipped, "give a Markdown or text file as DRAFT"),
            )
        article = read.articles[0]
    else:
        article = Article(id="draft", path="<draft>", source="draft", text=str(draft))
    suppressions = find_suppressions(article.text, article.path)
    text = blank_comments(article.text, find_comments(article.text))
    # A prefix keeps the draft's claim ids apart from a source file of the same name.
    update = {"id": DRAFT_ID_PREFIX + article.id, "text": text}
    return article.model_copy(update=update), suppressions


def _read_sources(sources: Iterable[str | Path], options: Options, exclude: set[str]) -> ReadResult:
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
    # A draft may sit inside a sources folder; it must not support itself (or another draft).
    drafts = {Path(path).resolve() for path in exclude if not path.startswith("<")}
    read.articles = [a for a in read.articles if Path(a.path).resolve() not in drafts]
    read.articles.extend(inline)
    return read


def _finding(claim: Claim, draft: Article, context: _Context) -> Finding:
    cluster = context.cluster_of.get(claim.id)
    conflicts = _conflicts_with(claim, cluster, context) if cluster else []
    conflicting_ids = {c.claim_ids[1] for c in conflicts}
    members = [
        context.claims[cid]
        for cid in (cluster.claim_ids if cluster else ())
        if cid not in conflicting_ids and not _is_draft(context.claims[cid])
    ]
    # Grouping may put a claim with a wider one ("the fire at the plant") and leave the
    # source claims that give its figures in another cluster: those are asked too, and
    # ``compare.supported_by`` still wants the same figures, counted thing and predicate.
    seen = {m.id for m in members} | conflicting_ids
    members += [c for c in context.holding_figures(claim) if c.id not in seen]
    supporters, nearest = _same_claim(claim, members, context.options)
    related: list[Claim] = []
    if conflicts:
        status = Status.CONFLICT
    elif supporters:
        status = Status.SUPPORTED
    else:
        status = Status.UNSUPPORTED
        related = nearest
    independent = sorted({context.independent_source(c.article_id) for c in supporters})
    conflicting = [context.claims[cid] for cid in sorted(conflicting_ids)]
    deciding = conflicting if status is Status.CONFLICT else supporters
    line, column = position(draft.text, claim.start)
    end_line, end_column = position(draft.text, claim.end)
    evidence = [_evidence("supports", c, context) for c in supporters]
    evidence += [_evidence("conflicts", c, context) for c in conflicting]
    evidence += [_evidence("related", c, context) for c in related]
    return Finding(
        text=claim.text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        status=status,
        sources=tuple(sorted({c.source for c in deciding})),
        independent_sources=tuple(independent) if status is Status.SUPPORTED else (),
        matched_claim_ids=tuple(c.id for c in [*supporters, *conflicting]),
        conflicts=tuple(conflicts),
        certainty=claim.certainty,
        support_certainty=_strongest(supporters),
        fingerprint=baselines.fingerprint(claim.text, status),
        single_source=status is Status.SUPPORTED and len(independent) == 1,
        evidence=tuple(sorted(evidence, key=lambda e: (e.relation, e.source, e.path, e.line))),
    )


#: Related source claims an unsupported finding lists, most alike first.
MAX_RELATED = 3


def _same_claim(
    claim: Claim, members: Sequence[Claim], options: Options
) -> tuple[list[Claim], list[Claim]]:
    """The cluster members that the matcher itself judges to state ``claim``, and the
    nearest few of the others it calls related, most alike first.

    A cluster also holds claims linked to others than this one (grouping is average-link,
    and a contradiction links merely related claims), so sharing a cluster is not support:
    a draft claim is supported only by source claims that state it directly (the same claim,
    or the same figures for the same thing: ``compare.supported_by``). The related ones
    tell a fact-checker where to look when nothing states it ("dozens were killed" for a
    draft's "more than 1,400").
    """
    supported, comparisons = compare.support_of(claim, members, options)
    found = [m for m, ok in zip(members, supported, strict=True) if ok]
    others = [
        (-c.score, n)
        for n, (ok, c) in enumerate(zip(supported, comparisons, strict=True))
        if c.related and not ok
    ]
    return found, [members[n] for _, n in sorted(others)[:MAX_RELATED]]


_Figure = tuple[float | None, float | None, tuple[int, int] | None]


def _figure(mention: NumberMention) -> _Figure:
    """What a figure gives: its interval, or a tally's two numbers (its interval is empty)."""
    return mention.low, mention.high, mention.tally


def _is_draft(claim: Claim) -> bool:
    return claim.article_id.startswith(DRAFT_ID_PREFIX)


def _conflicts_with(claim: Claim, cluster: Cluster, context: _Context) -> list[Conflict]:
    """The cluster's contradictions between ``claim`` and a source claim, draft side first."""
    found: list[Conflict] = []
    for conflict in cluster.conflicts:
        if conflict.severity is not Severity.CONTRADICTION or claim.id not in conflict.claim_ids:
            continue
        if conflict.claim_ids[0] != claim.id:
            conflict = _flipped(conflict)
        other = context.claims.get(conflict.claim_ids[1])
        if other is not None and not _is_draft(other):
            found.append(conflict)
    return found


def _flipped(conflict: Conflict) -> Conflict:
    a, b = conflict.claim_ids
    return conflict.model_copy(
        update={
            "claim_ids": (b, a),
            "values": conflict.values[::-1],
            "value_spans": conflict.value_spans[::-1],
        }
    )


def _evidence(relation: str, claim: Claim, context: _Context) -> Evidence:
    article = context.articles[claim.article_id]
    return Evidence(
        relation=relation,
        claim_id=claim.id,
        source=claim.source,
        path=article.path,
        line=claim.line,
        text=claim.text,
        published=article.published,
        republishes=context.republishes(article.id),
    )


def _strongest(claims: Sequence[Claim]) -> Certainty | None:
    """The most committed certainty among supporting claims (enum order: asserted first)."""
    order = list(Certainty)
    return min((c.certainty for c in claims), key=order.index, default=None)


def _apply_policy(
    findings: list[Finding],
    suppressions: Sequence[Suppression],
    baseline: baselines.Baseline | None,
    draft: str,
    options: Options,
) -> list[Finding]:
    """Mark suppressed and baselined findings, then which of the rest fail ``--fail-on``."""
    suppressed = [_suppress(f, suppressions) for f in findings]
    return _apply_baseline(suppressed, baseline, draft, options)


def _apply_baseline(
    findings: Sequence[Finding],
    baseline: baselines.Baseline | None,
    draft: str,
    options: Options,
) -> list[Finding]:
    marked = [f.model_copy(update={"baselined": False}) for f in findings]
    if baseline is not None:
        active = [i for i, f in enumerate(marked) if not f.suppressed]
        for k in baselines.accepted([marked[i] for i in active], baseline, draft):
            marked[active[k]] = marked[active[k]].model_copy(update={"baselined": True})
    return [f.model_copy(update={"fails": _fails(f, options)}) for f in marked]


def with_baseline(
    result: CheckResult, baseline: baselines.Baseline | None, options: Options
) -> CheckResult:
    """The same check judged against another baseline, without analysing anything again."""
    findings = _apply_baseline(result.findings, baseline, result.draft, options)
    return result.model_copy(
        update={"findings": tuple(findings), "summary": summarize(findings, options)}
    )


def _suppress(finding: Finding, suppressions: Sequence[Suppression]) -> Finding:
    names = {finding.status.value} | ({"single-source"} if finding.single_source else set())
    for suppression in suppressions:
        if suppression.covers(finding.line, frozenset(names)):
            return finding.model_copy(
                update={"suppressed": True, "suppressed_by": suppression.comment_line}
            )
    return finding


def _fails(finding: Finding, options: Options) -> bool:
    if finding.suppressed or finding.baselined:
        return False
    return finding.status in options.fail_on or (
        finding.single_source and options.fail_on_single_source
    )


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def summarize(findings: Sequence[Finding], options: Options) -> CheckSummary:
    active = [f for f in findings if not f.suppressed and not f.baselined]
    return CheckSummary(
        supported=sum(f.status is Status.SUPPORTED for f in active),
        conflict=sum(f.status is Status.CONFLICT for f in active),
        unsupported=sum(f.status is Status.UNSUPPORTED for f in active),
        suppressed=sum(f.suppressed for f in findings),
        baselined=sum(f.baselined for f in findings),
        failing=sum(f.fails for f in findings),
        fail_on=options.fail_on,
        single_source=sum(f.single_source for f in active),
        fail_on_single_source=options.fail_on_single_source,
    )
