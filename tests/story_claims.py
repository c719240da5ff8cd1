"""Two articles of one story, or of two, for tests of the judge's cross-sentence links; the
conflicts between two single statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimtrack import build_report, judge, parse
from claimtrack.match import ScoredPair
from claimtrack.models import Article, Claim, ConflictType, Report, Verdict
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options

Story = tuple[list[Claim], list[MatchKey], judge.ScoredArrays]


def two_articles(lead: str, text_a: str, text_b: str, *, same_story: bool) -> Story:
    """Claims 0-1 from article "a" (``lead``, ``text_a``) and 2-3 from "b" (``lead``,
    ``text_b``), their keys, and scored pairs in which the two leads match (the articles
    are one story) or nothing matches (two stories)."""
    texts = [("a", lead), ("a", text_a), ("b", lead), ("b", text_b)]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(texts)
    ]
    keys = [normalize_claim(c) for c in claims]
    pairs = [ScoredPair(0, 2, 100.0, 100.0, shared=8)] if same_story else []
    return claims, keys, judge.ScoredArrays(pairs, Options())


def conflict_values(
    text_a: str, text_b: str, of: ConflictType = ConflictType.NUMERIC
) -> list[tuple[str, str]]:
    """The values of every conflict of one type the judge finds between two single
    statements."""
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    return [c.values for c in found if c.type is of]


def dated_conflict_values(
    text_a: str, text_b: str, of: ConflictType, published: dt.date
) -> list[tuple[str, str]]:
    """As ``conflict_values``, each statement read as an article of its own published on
    ``published`` (so that "on Saturday" resolves), through ``judge.judge_pair``."""
    a, b = (
        parse.parse_article(
            Article(id=name, path=name, source=name.upper(), text=text, published=published)
        )[0]
        for text, name in ((text_a, "gazette"), (text_b, "wire"))
    )
    options = Options()
    conflicts, _ = judge.judge_pair(
        a, b, normalize_claim(a, options), normalize_claim(b, options), options
    )
    return [c.values for c in conflicts if c.type is of]


def conflict_types(text_a: str, text_b: str) -> set[ConflictType]:
    """The types of the conflicts the judge finds between two single statements."""
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return {c.type for c in judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))}


def conflict_clusters(report: Report, of: ConflictType) -> list[set[str]]:
    """The claim texts of each cluster of a report that holds a conflict of one type."""
    claims = {c.id: c.text for c in report.claims}
    return [
        {claims[i] for i in cluster.claim_ids}
        for cluster in report.clusters
        if any(c.type is of for c in cluster.conflicts)
    ]


def sourced_article(source: str, text: str) -> str:
    """An article file's text: front matter naming its ``source``, then ``text``."""
    return f"---\nsource: {source}\n---\n\n{text}\n"


def agreeing_texts(folder: Path) -> list[set[str]]:
    """The claim texts of each agree cluster of the report on ``folder``."""
    report = build_report([folder])
    texts = {c.id: c.text for c in report.claims}
    return [
        {texts[i] for i in cluster.claim_ids}
        for cluster in report.clusters
        if cluster.verdict == Verdict.AGREE
    ]
