"""The single orchestrator: read sources -> parse -> normalize -> match -> judge -> Report.

Each stage lives in the module named after it; this file only wires them together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from claimtrack import judge, match, normalize, parse, provenance
from claimtrack.errors import InputError
from claimtrack.models import Article, Claim, Cluster, Kind, Report, Republication
from claimtrack.options import Options
from claimtrack.sources import read_sources
from claimtrack.version import __version__

log = logging.getLogger(__name__)

#: Called as ``progress(stage, done, total)``; stages are named as in ``STAGES``.
ProgressCallback = Callable[[str, int, int], None]
STAGES = ("read", "parse", "normalize", "candidates", "score", "judge")


def _noop(stage: str, done: int, total: int) -> None:
    return None


def build_report(
    paths: Iterable[str | Path],
    options: Options | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> Report:
    """Read every article under ``paths`` and report agreements, conflicts and single sources.

    Raises ``InputError`` when no article at all could be read; files that could not be read
    are listed in ``Report.skipped`` and the run goes on.
    """
    options = options or Options()
    progress = progress or _noop
    paths = list(paths)
    progress("read", 0, len(paths))
    read = read_sources(paths, options)
    progress("read", len(paths), len(paths))
    if not read.articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in read.skipped[:3])
        raise InputError(
            "no article could be read" + (f" ({reasons})" if reasons else ""),
            hint="point claimtrack at .txt, .md, .json, .jsonl or .html articles",
        )
    claims = parse_all(read.articles, options, progress)
    clusters, republications = analyse(read.articles, claims, options, progress)
    return Report(
        tool_version=__version__,
        articles=tuple(read.articles),
        claims=tuple(c for c in claims if c.kind is not Kind.BOILERPLATE),
        clusters=tuple(clusters),
        republications=tuple(republications),
        skipped=tuple(read.skipped),
        options=options.for_report(),
    )


def parse_all(
    articles: Sequence[Article], options: Options, progress: ProgressCallback = _noop
) -> list[Claim]:
    claims: list[Claim] = []
    for done, article in enumerate(articles, start=1):
        claims.extend(parse.parse_article(article, options))
        progress("parse", done, len(articles))
    return claims


def analyse(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    options: Options,
    progress: ProgressCallback = _noop,
) -> tuple[list[Cluster], list[Republication]]:
    """Match the claims that take part in verdicts and judge each group."""
    eligible = [c for c in claims if c.kind in options.kinds]
    republications = provenance.find_republications(list(articles), list(claims), options)
    counts_as = provenance.independent_source_of(list(articles), republications)
    progress("normalize", 0, len(eligible))
    keys = normalize.normalize_claims(eligible, options)
    progress("candidates", 0, len(eligible))
    article_ids = [c.article_id for c in eligible]
    pairs = match.candidate_pairs(article_ids, keys, options)
    progress("score", 0, len(pairs))
    scored = match.score_pairs(pairs, keys, options)
    progress("judge", 0, len(scored))
    links = judge.conflict_links(eligible, keys, scored, options)
    matched = [p for p in scored if match.same_fact(p, options)]
    groups = match.group(len(eligible), matched, article_ids, links)
    clusters = judge.build_clusters(
        groups, eligible, keys, scored, articles, counts_as, options, links
    )
    progress("judge", len(groups), len(groups))
    return clusters, republications
