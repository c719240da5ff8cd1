"""What the human-readable reports show, computed once for the table and Markdown renderers.

Only selection and wording live here; each renderer decides how to draw (and escape) it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.models import (
    Article,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Kind,
    Report,
    Severity,
    Skipped,
    Verdict,
)

TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.AGREE: "Agreements",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}
#: Notes shown per cluster in the human-readable reports; the JSON report has all of them.
MAX_NOTES = 3
#: Speakers named on a cluster's "said by" line; the rest are counted.
MAX_SPEAKERS = 4
VERDICT_WORDS = {
    Verdict.CONFLICT: "conflict",
    Verdict.AGREE: "agree",
    Verdict.SINGLE_SOURCE: "single-source",
}


@dataclass(frozen=True)
class Header:
    articles: int
    sources: int
    independent_sources: int
    factual_claims: int
    clusters: dict[Verdict, int]
    skipped: int
    #: files that were read, but not all of whose JSON records were
    with_bad_records: int = 0

    def lines(self) -> tuple[str, str]:
        """Two plain lines: what was read, and how the clusters came out."""
        read = (
            f"{_count(self.articles, 'article')} · {_count(self.sources, 'source')} "
            f"({self.independent_sources} independent) · "
            f"{_count(self.factual_claims, 'factual claim')} · "
            f"{_count(self.skipped, 'file')} skipped"
        )
        if self.with_bad_records:
            read += f" · bad records skipped in {_count(self.with_bad_records, 'file')}"
        verdicts = " · ".join(f"{self.clusters[v]} {VERDICT_WORDS[v]}" for v in self.clusters)
        return read, f"clusters: {verdicts}"


@dataclass(frozen=True)
class Side:
    """One claim of a conflict: its wording, where the differing value stands, who said it."""

    claim: Claim
    article: Article
    highlight: tuple[int, int] | None
    label: str


@dataclass(frozen=True)
class ConflictGroup:
    """Every pair of a cluster that differs the same way (``190`` vs ``214``), as two sides:
    each side lists the claims giving one value, so three outlets saying 190 show once."""

    type: ConflictType
    values: tuple[str, str]
    #: The first pair's: the others say the same about the same two values.
    explanation: str
    sides: tuple[tuple[Side, ...], tuple[Side, ...]]


def skipped_title(skipped: Sequence[Skipped]) -> str:
    """The heading over the skipped list: files, or records of a file that was read too."""
    what = "files and records" if any(s.record for s in skipped) else "files"
    return f"Skipped {what} ({len(skipped)})"


class ReportView:
    """Look-ups over one report that both human-readable renderers need."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims = {c.id: c for c in report.claims}
        self.articles = {a.id: a for a in report.articles}
        self.original_of = {r.article_id: r.original_id for r in report.republications}
        # One claim takes part in many conflicts with the same value: find its span once.
        self._sides: dict[tuple[str, tuple[int, int] | None, str], Side] = {}

    def header(self) -> Header:
        sources = {a.source for a in self.report.articles}
        independent = {self.independent_source(a.id) for a in self.report.articles}
        return Header(
            articles=len(self.report.articles),
            sources=len(sources),
            independent_sources=len(independent),
            factual_claims=sum(c.kind is Kind.FACT for c in self.report.claims),
            clusters={v: sum(c.verdict is v for c in self.report.clusters) for v in TITLES},
            skipped=sum(s.record is None for s in self.report.skipped),
            with_bad_records=len({s.path for s in self.report.skipped if s.record}),
        )

    def clusters(self, verdict: Verdict) -> list[Cluster]:
        return [c for c in self.report.clusters if c.verdict is verdict]

    def independent_source(self, article_id: str) -> str:
        seen = {article_id}
        while (original := self.original_of.get(article_id)) in self.articles:
            if original in seen:
                break
            seen.add(original)
            article_id = original
        return self.articles[article_id].source

    def source_label(self, article: Article) -> str:
        """The outlet, and the one it copies when the article is a republication."""
        original = self.articles.get(self.original_of.get(article.id, ""))
        return f"{article.source} (republishes {original.source})" if original else article.source

    def cluster_sources(self, cluster: Cluster) -> list[str]:
        """Every source label carrying the cluster's claim, sorted, each once."""
        labels = {self.source_label(self.article_of(cid)) for cid in cluster.claim_ids}
        return sorted(labels, key=str.casefold)

    def speakers(self, cluster: Cluster) -> str | None:
        """Who the cluster's claims are attributed to, with the sources that say so ("The
        ministry (A, C); in its own voice: B"); None when every source states the claim in
        its own voice. A source that both quotes a speaker and restates the claim (a headline
        over its attributed lead) is listed under the speaker.

        WHY: five outlets quoting one ministry are one origin, and a claim's text holds the
        content only ("the bridge will reopen"), not who said it.
        """
        by_speaker: dict[str, tuple[str, list[str]]] = {}  # casefolded -> as first written
        labels: list[str] = []
        for claim_id in cluster.claim_ids:
            claim = self.claims[claim_id]
            label = self.article_of(claim_id).source  # republications: on the line above
            labels.append(label)
            if claim.attribution:
                _, said = by_speaker.setdefault(
                    claim.attribution.casefold(), (claim.attribution, [])
                )
                if label not in said:
                    said.append(label)
        if not by_speaker:
            return None
        quoting = {label for _, said in by_speaker.values() for label in said}
        own_voice = list(dict.fromkeys(label for label in labels if label not in quoting))
        if len(by_speaker) == 1 and not own_voice:
            return next(iter(by_speaker.values()))[0]  # the sources are on the line above
        parts = [f"{speaker} ({', '.join(said)})" for speaker, said in by_speaker.values()]
        if len(parts) > MAX_SPEAKERS:
            parts = [*parts[:MAX_SPEAKERS], f"{len(parts) - MAX_SPEAKERS} more"]
        if own_voice:
            parts.append(f"in its own voice: {', '.join(own_voice)}")
        return "; ".join(parts)

    def article_of(self, claim_id: str) -> Article:
        return self.articles[self.claims[claim_id].article_id]

    def representative(self, cluster: Cluster) -> Claim:
        return self.claims[cluster.representative_id]

    def _side(self, conflict: Conflict, i: int) -> Side:
        key = (conflict.claim_ids[i], conflict.value_spans[i], conflict.values[i])
        side = self._sides.get(key)
        if side is None:
            claim = self.claims[key[0]]
            article = self.articles[claim.article_id]
            span = value_range(claim, article.text, key[1], key[2])
            side = self._sides[key] = Side(claim, article, span, self.source_label(article))
        return side

    def contradictions(self, cluster: Cluster) -> list[Conflict]:
        return [c for c in cluster.conflicts if c.severity is Severity.CONTRADICTION]

    def conflict_groups(self, cluster: Cluster) -> list[ConflictGroup]:
        grouped: dict[tuple[ConflictType, frozenset[str]], list[Conflict]] = {}
        for conflict in self.contradictions(cluster):
            key = (conflict.type, frozenset(v.casefold() for v in conflict.values))
            grouped.setdefault(key, []).append(conflict)
        return [self._group(conflicts) for conflicts in grouped.values()]

    def _group(self, conflicts: list[Conflict]) -> ConflictGroup:
        first = conflicts[0]
        a_value = first.values[0].casefold()
        distinct = a_value != first.values[1].casefold()
        sides: tuple[list[Side], list[Side]] = ([], [])
        seen: set[str] = set()
        for conflict in conflicts:
            for i in (0, 1):
                side = self._side(conflict, i)
                if side.claim.id in seen:
                    continue
                seen.add(side.claim.id)
                which = (0 if conflict.values[i].casefold() == a_value else 1) if distinct else i
                sides[which].append(side)
        return ConflictGroup(
            type=first.type,
            values=first.values,
            explanation=first.explanation,
            sides=(tuple(sides[0]), tuple(sides[1])),
        )

    def notes(self, cluster: Cluster) -> list[str]:
        """Differences that do not make the claims incompatible (certainty, scope, attribution),
        each said once, at most ``MAX_NOTES`` of them and a count of the rest."""
        found = list(dict.fromkeys(self._notes(cluster)))
        if len(found) > MAX_NOTES:
            rest = len(found) - MAX_NOTES
            found = [*found[:MAX_NOTES], f"and {rest} more (see --format json)"]
        return found

    def _notes(self, cluster: Cluster) -> list[str]:
        found = [
            f"{c.type}: {c.explanation}"
            for c in cluster.conflicts
            if c.severity is not Severity.CONTRADICTION
        ]
        # The judge's explanation already names both sources and their certainties.
        found += [f"certainty: {note.explanation}" for note in cluster.certainty_notes]
        return found


def first_reported(cluster: Cluster) -> str | None:
    if not cluster.first_reported:
        return None
    when = f" on {cluster.first_reported_on.isoformat()}" if cluster.first_reported_on else ""
    return ", ".join(cluster.first_reported) + when


def dated(article: Article) -> str:
    return article.published.isoformat() if article.published else "undated"


def where(claim: Claim, article: Article) -> str:
    return f"{article.path} line {claim.line}"


def value_range(
    claim: Claim, article_text: str, span: tuple[int, int] | None, value: str
) -> tuple[int, int] | None:
    """Where ``value`` stands inside ``claim.text``: from its article offsets when the claim
    text is verbatim there, else by searching the claim's own wording."""
    if span is not None:
        start, end = span
        relative = start - claim.start
        if claim.start <= start <= end <= claim.end and (
            claim.text[relative : relative + end - start] == article_text[start:end]
        ):
            return relative, relative + end - start
    if value.strip():
        # As a whole word: the value "no" must not light up inside "announced".
        pattern = (r"\b" if value[0].isalnum() else "") + re.escape(value)
        pattern += r"\b" if value[-1].isalnum() else ""
        found = re.search(pattern, claim.text, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return None


def one_line(text: str) -> str:
    """Article text on one line: any line break becomes a space."""
    return " ".join(text.splitlines()) if text else text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
