"""The single orchestrator: read sources -> parse -> normalize -> match -> judge -> Report.

Each stage lives in the module named after it; this file only wires them together.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from claimtrack import cache, judge, match, normalize, parse, provenance
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


#: Below this many articles to parse, worker start-up costs more than it saves.
MIN_ARTICLES_FOR_PROCESSES = 20


def parse_all(
    articles: Sequence[Article], options: Options, progress: ProgressCallback = _noop
) -> list[Claim]:
    """Every claim of every article, in article order, whatever the number of processes.

    Claims come from the parse cache when ``options.use_cache`` and the entry is valid; the
    rest are parsed in ``options.jobs`` processes (in-process for small inputs) and cached.
    """
    total = len(articles)
    progress("parse", 0, total)
    store = cache.ParseCache.for_options(options)
    if store:
        store.prune()
    keys = [store.key(a) for a in articles] if store else []
    found: list[list[Claim] | None] = [store.load(k) for k in keys] if store else [None] * total
    missing = [i for i, claims in enumerate(found) if claims is None]
    done = total - len(missing)
    if done:
        log.info("parse cache: %d of %d articles unchanged", done, total)
        progress("parse", done, total)
    todo = [articles[i] for i in missing]
    todo_keys = [keys[i] for i in missing] if store else []
    for position, claims in zip(missing, _parse_many(todo, todo_keys, options, store), strict=True):
        found[position] = claims
        done += 1
        progress("parse", done, total)
    return [claim for claims in found if claims is not None for claim in claims]


def _parse_many(
    articles: list[Article], keys: list[str], options: Options, store: cache.ParseCache | None
) -> Iterator[list[Claim]]:
    """Parse ``articles`` in order, in worker processes when there are enough of them."""
    jobs = worker_count(options)
    done = 0
    if jobs > 1 and len(articles) >= MIN_ARTICLES_FOR_PROCESSES:
        try:
            for claims in _parse_in_processes(articles, keys, options, store, jobs):
                done += 1
                yield claims
            return
        except (BrokenProcessPool, OSError) as exc:
            # A platform that cannot start workers (spawn without a __main__ guard, no
            # semaphores in a sandbox, process limits) still gets its report, just slower.
            log.warning("parsing in one process: worker processes failed (%s)", exc)
    for n in range(done, len(articles)):
        claims = parse.parse_article(articles[n], options)
        if store:
            store.store(keys[n], claims)
        yield claims


def _parse_in_processes(
    articles: list[Article],
    keys: list[str],
    options: Options,
    store: cache.ParseCache | None,
    jobs: int,
) -> Iterator[list[Claim]]:
    # Several chunks per worker keep both busy when article lengths differ.
    size = max(1, min(200, -(-len(articles) // (jobs * 4))))
    starts = range(0, len(articles), size)
    chunks = [articles[s : s + size] for s in starts]
    chunk_keys = [keys[s : s + size] if keys else None for s in starts]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        results = pool.map(
            _parse_chunk, chunks, chunk_keys, [options] * len(chunks), [store] * len(chunks)
        )
        for encoded, batch_keys in zip(results, chunk_keys, strict=True):
            for n, data in enumerate(encoded):
                # The same decoder as a cache hit: workers send JSON, which pydantic's Rust
                # core turns back into models as fast as unpickling them, and more safely.
                key = batch_keys[n] if batch_keys else ""
                decoded = cache.decode_entry(data, key)
                if decoded is None:  # pragma: no cover - our own encoder's output always decodes
                    raise RuntimeError("a parse worker returned an unreadable result")
                yield decoded


def _parse_chunk(
    articles: list[Article],
    keys: list[str] | None,
    options: Options,
    store: cache.ParseCache | None,
) -> list[bytes]:
    """Worker side: parse a chunk, store each entry in the cache, return the encoded entries."""
    encoded: list[bytes] = []
    for n, article in enumerate(articles):
        key = keys[n] if keys else ""
        data = cache.encode_entry(key, parse.parse_article(article, options))
        if store:
            store.store_bytes(key, data)
        encoded.append(data)
    return encoded


def worker_count(options: Options) -> int:
    """``options.jobs``, or the cores this process may run on."""
    if options.jobs is not None:
        return max(1, options.jobs)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
