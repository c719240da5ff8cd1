"""The single orchestrator: read sources -> parse -> normalize -> match -> judge -> Report.

Each stage lives in the module named after it; this file only wires them together.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from claimtrack import cache
from claimtrack.collector import (
    available_memory,
    collection_paused,
    large_blocks_mapped,
    return_freed_memory,
    share_equal_values,
)
from claimtrack.errors import InputError
from claimtrack.models import (
    Article,
    Claim,
    Cluster,
    Frozen,
    Kind,
    Report,
    Republication,
    Skipped,
    compact_claim,
)
from claimtrack.options import Options
from claimtrack.render import RenderOptions, ReportFormat, render_report_utf8
from claimtrack.sources import SourceScan, nothing_read_hint, read_scanned, scan_sources
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
    with collection_paused():  # a whole run: see ``claimtrack.collector``
        scan, results = _scan(paths, options, progress)
        return _report(scan, results, options, progress)


def _report(
    scan: SourceScan,
    results: cache.ResultCache | None,
    options: Options,
    progress: ProgressCallback,
) -> Report:
    """The cached report of exactly these inputs and options, else a fresh (stored) one."""
    if results and _affordable(results.path(REPORT_ENTRY, "json")):
        cached = results.load(REPORT_ENTRY, "json")
        report = _decode_report(cached) if cached is not None else None
        if report is not None:
            log.info("result cache: reusing the report of an unchanged input")
            return report
    report = _analysed_report(scan, options, progress)
    if results:
        _store_report(results, report)
    return report


def _store_json_output(results: cache.ResultCache, name: str, report: Report) -> BinaryIO | None:
    """Render ``report`` as JSON straight into its output entry, slice by slice; the entry
    opened for reading, or None (not writable, or only the slow path writes it exactly).

    WHY: rendered in memory, the text (143 MB at 1,000 articles, 1.4 GB at 10,000) was
    alive beside the report it was rendered from; written as it is rendered, one slice is.
    """
    from claimtrack.render.json_format import NotStreamableError, iter_report_utf8

    facts = _encode_facts(RenderedReport.of(report, ()))
    try:
        return results.store_stream(OUTPUT_ENTRY, name, _then(facts, iter_report_utf8(report)))
    except NotStreamableError:
        return None


def _json_in_temporary_file(report: Report) -> RenderedReport | None:
    """Without the result cache (``--no-cache``): ``report`` as JSON written slice by slice
    into an unnamed temporary file, then read from there block by block, as a cached run
    reads its entry; None where only the slow path writes it exactly or the file fails.

    WHY: rendered in memory, the whole text (1.4 GB at 10,000 articles) was alive beside
    the report it was rendered from: the peak of a run without the cache.
    """
    from claimtrack.render.json_format import NotStreamableError, iter_report_utf8

    try:
        handle = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the EntryBody)
    except OSError as exc:
        log.info("no temporary file for the JSON text (%s): rendered in memory", exc)
        return None
    length = 0
    try:
        for chunk in iter_report_utf8(report):
            length += handle.write(chunk)
    except (NotStreamableError, OSError) as exc:
        log.info("JSON text not streamed (%s): rendered in memory", exc)
        handle.close()
        return None
    return dataclasses.replace(
        RenderedReport.of(report, ()), chunks=cache.EntryBody(handle, 0, length)
    )


def _then(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def build_rendered_report(
    paths: Iterable[str | Path],
    options: Options,
    fmt: ReportFormat,
    render_options: RenderOptions,
    *,
    progress: ProgressCallback | None = None,
) -> RenderedReport:
    """``build_report`` then ``render_report``, reusing the rendered text of an unchanged input.

    WHY a cache of the output and not only of the ``Report``: turning a big report back into
    models costs about as much as rendering it (200 articles: 2.6 s to validate a 36 MB entry),
    while a re-run of an unchanged folder needs only the text and a few facts for the CLI.
    The text stays UTF-8 bytes from the renderer to the cache and from the cache to the
    output: never decoded, joined or copied whole (see ``RenderedReport``).
    """
    with collection_paused():  # a whole run: see ``claimtrack.collector``
        return _build_rendered_report(list(paths), options, fmt, render_options, progress or _noop)


def _build_rendered_report(
    paths: list[str | Path],
    options: Options,
    fmt: ReportFormat,
    render_options: RenderOptions,
    progress: ProgressCallback,
) -> RenderedReport:
    scan, results = _scan(paths, options, progress)
    name = _output_name(fmt, render_options)
    if results:
        cached = results.open_entry(OUTPUT_ENTRY, name)
        rendered = _rendered_entry(cached) if cached is not None else None
        if rendered is not None:
            log.info("result cache: reusing the %s output of an unchanged input", fmt.value)
            return rendered
    report = _report(scan, results, options, progress)
    del scan  # every input file's bytes: not needed to render
    if results and fmt is ReportFormat.JSON:
        opened = _store_json_output(results, name, report)
        if opened is not None:
            # The text is on disk, and is written from there block by block, as a re-run's.
            del report
            entry = results.check_opened(opened, checksum=False)
            rendered = _rendered_entry(entry) if entry is not None else None
            if rendered is not None:
                return rendered
            log.warning("result cache: the output just written does not read back; again")
            report = _analysed_report(scan_sources(paths, options), options, progress)
    elif fmt is ReportFormat.JSON:
        spooled = _json_in_temporary_file(report)
        if spooled is not None:
            return spooled
    chunks, plain = render_report_utf8(report, fmt, render_options)
    rendered = RenderedReport.of(report, chunks, plain=plain)
    del report  # the models, while the text is written to the cache and the output
    if results:
        results.store(OUTPUT_ENTRY, name, _encode_facts(rendered), *rendered.chunks)
    return rendered


@dataclass(frozen=True)
class RenderedReport:
    """A report as text, with what the command line says about it besides the text.

    The text is held as UTF-8 chunks (``chunks``, written in order), not as a ``str``:
    a big report is written to its file as the renderer or the cache produced it. From the
    cache, ``chunks`` reads the entry's file block by block each time it is iterated.
    """

    chunks: Iterable[bytes | memoryview]
    skipped: tuple[Skipped, ...] = ()
    #: (article path, note) for every article note, in order.
    notes: tuple[tuple[str, str], ...] = ()
    cluster_count: int = 0
    #: False when the chunks hold lone surrogates (``surrogatepass``): not plain UTF-8.
    plain_utf8: bool = True

    @classmethod
    def of(
        cls, report: Report, chunks: tuple[bytes | memoryview, ...], *, plain: bool = True
    ) -> RenderedReport:
        notes = tuple((a.path, note) for a in report.articles for note in a.notes)
        return cls(chunks, report.skipped, notes, len(report.clusters), plain)

    @property
    def text(self) -> str:
        """The text as a ``str`` (a copy: prefer ``write_utf8`` for a big report)."""
        return b"".join(self.chunks).decode("utf-8", "surrogatepass")

    def write_utf8(self, stream: BinaryIO) -> None:
        """Write the text as UTF-8 bytes, chunk by chunk (no copy of the whole)."""
        for chunk in self.chunks:
            stream.write(chunk)


REPORT_ENTRY = "report"
OUTPUT_ENTRY = "output"


def _scan(
    paths: Iterable[str | Path], options: Options, progress: ProgressCallback
) -> tuple[SourceScan, cache.ResultCache | None]:
    """Every input file's bytes, and the result cache for exactly these bytes and options."""
    paths = list(paths)
    progress("read", 0, len(paths))
    scan = scan_sources(paths, options)
    return scan, cache.ResultCache.for_options(options, scan.fingerprint())


def _analysed_report(scan: SourceScan, options: Options, progress: ProgressCallback) -> Report:
    read = read_scanned(scan)
    # The files' bytes are articles now: not kept through the analysis (56 MB at 10,000
    # articles). The scan is this run's own (``_scan``); nothing reads its items again.
    scan.items.clear()
    progress("read", len(scan.paths), len(scan.paths))
    if not read.articles:
        reasons = "; ".join(f"{s.where}: {s.reason}" for s in read.skipped[:3])
        raise InputError(
            "no article could be read" + (f" ({reasons})" if reasons else ""),
            hint=nothing_read_hint(read.skipped),
        )
    claims, republications = _parse_beside_republications(read.articles, options, progress)
    if Kind.BOILERPLATE not in options.kinds:
        # The report leaves boilerplate out, and the analysis reads it only when it is asked
        # to match it (``headlines.openings`` skips it): dropped now, it is not kept alive
        # through the analysis, the run's peak (5% of the claims of a generated corpus).
        claims = [c for c in claims if c.kind is not Kind.BOILERPLATE]
    clusters, republications = analyse(
        read.articles, claims, options, progress, republications=republications
    )
    release_memos()
    return_freed_memory()  # the match keys and judgements: the report is rendered next
    return Report(
        tool_version=__version__,
        articles=tuple(read.articles),
        claims=tuple(c for c in claims if c.kind is not Kind.BOILERPLATE),
        clusters=tuple(clusters),
        republications=tuple(republications),
        skipped=tuple(read.skipped),
        options=options.for_report(),
    )


def _parse_beside_republications(
    articles: list[Article], options: Options, progress: ProgressCallback
) -> tuple[list[Claim], list[Republication] | None]:
    """``parse_all``, and republication detection on a thread of its own meanwhile (None:
    not run, as the articles are parsed in this process).

    WHY: detection reads the articles' text alone, and ran after parsing with the second
    core idle (3 s at 10,000 articles); while worker processes parse, this process mostly
    waits for them. Parsed here (a few articles, one core), the claims keep this process
    busy: the thread would only take turns with it.
    """
    from claimtrack import provenance

    if worker_count(options) < 2 or len(articles) < MIN_ARTICLES_FOR_PROCESSES:
        return parse_all(articles, options, progress), None  # ``analyse`` finds them
    with ThreadPoolExecutor(max_workers=1) as pool:
        found = pool.submit(provenance.find_republications, articles, (), options)
        claims = parse_all(articles, options, progress)
        republications = found.result()
    # What the thread freed sits in its own malloc arena, which this thread never reuses:
    # handed back before the normalizing workers are forked with this process' pages.
    return_freed_memory()
    return claims, republications


#: An ``lru_cache`` this large memoises one value per claim, word or pair, not a loaded table.
MEMO_MIN_SIZE = 1024


def release_memos(package: str = "claimtrack") -> None:
    """Empty the analysis' per-claim memos (``functools.lru_cache`` in ``package``'s modules,
    or in ``package`` itself when it is a module).

    WHY: they outlive the analysis and hold every claim's n-grams, token sets and judge cues
    while the report is rendered: a third of the memory alive at 200 articles (tracemalloc).
    Memos of pure functions: emptying them never changes a result, only the speed of a next
    analysis in the same process. Table loaders (a small ``maxsize``, or ``functools.cache``)
    are kept.
    """
    for name, module in list(sys.modules.items()):
        if (name == package or name.startswith(f"{package}.")) and module is not None:
            for value in list(vars(module).values()):
                if _is_memo(value):
                    value.cache_clear()


def _is_memo(value: object) -> bool:
    parameters = getattr(value, "cache_parameters", None)
    if not callable(parameters) or not callable(getattr(value, "cache_clear", None)):
        return False
    size = parameters().get("maxsize")
    return isinstance(size, int) and size >= MEMO_MIN_SIZE


def _store_report(results: cache.ResultCache, report: Report) -> None:
    """The report as compact JSON in its entry, written slice by slice
    (``iter_model_json``: no 80 MB buffer at 1,000 articles that doubles while it grows
    and is copied at the end, nor all the slices at once)."""
    from claimtrack.render.json_format import NotStreamableError, iter_model_json

    # Defaults left out: about half the bytes, and decoding restores them exactly.
    try:
        opened = results.store_stream(
            REPORT_ENTRY, "json", iter_model_json(report, exclude_defaults=True)
        )
    except NotStreamableError:
        try:
            whole = report.__pydantic_serializer__.to_json(report, exclude_defaults=True)
        except (PydanticSerializationError, ValueError) as exc:  # a lone surrogate
            log.info("result cache: report not stored (%s)", exc)
            return
        results.store(REPORT_ENTRY, "json", whole)
        return
    if opened is not None:
        opened.close()


#: Peak memory to decode a cached report, per byte of its entry: the file's bytes, their copy
#: and the models (measured: a 65 MB entry of 1,000 articles peaked at 584 MB).
DECODE_BYTES_PER_BYTE = 9


def _affordable(entry: Path) -> bool:
    """Whether the cached report in ``entry`` can be decoded in the memory available (True
    when either is unknown: the decoding then fails or succeeds as before).

    WHY: at 50,000 articles the entry is about 3 GB and decoding it needed more memory than
    the run itself (MemoryError); analysing again, with every article's claims from the
    parse cache, is slower but finishes.
    """
    available = available_memory()
    try:
        size = entry.stat().st_size
    except OSError:
        return True
    if available is None or size * DECODE_BYTES_PER_BYTE <= available:
        return True
    log.info(
        "result cache: the cached report (%d MB) is too large to decode in the memory "
        "available (%d MB): analysing again from the parse cache",
        size // 1_000_000,
        available // 1_000_000,
    )
    return False


def _decode_report(body: bytes) -> Report | None:
    try:
        return Report.model_validate_json(body)
    except (ValidationError, ValueError) as exc:
        log.warning("ignoring a result-cache report that does not validate (%s)", exc)
        return None


def _output_name(fmt: ReportFormat, render_options: RenderOptions) -> str:
    """A file-name-safe digest of how the report is drawn (format, width, colour, sections)."""
    drawn = repr((fmt.value, render_options.width, render_options.color, render_options.verdicts))
    return f"{fmt.value}-{hashlib.sha256(drawn.encode()).hexdigest()[:16]}"


def _encode_facts(rendered: RenderedReport) -> bytes:
    """An output entry is the facts on one JSON line, then the text as it is (no escaping
    of a text of 100 MB); this is that line, its line break included."""
    facts = _RenderedFacts(
        skipped=rendered.skipped,
        notes=rendered.notes,
        cluster_count=rendered.cluster_count,
        plain_utf8=rendered.plain_utf8,
    )
    return facts.model_dump_json().encode("utf-8") + b"\n"


_LINE_END = re.compile(b"\n")


def _decode_rendered(body: memoryview) -> RenderedReport | None:
    end = _LINE_END.search(body)  # ``re`` reads the view in place; ``bytes.find`` would copy
    if end is None:
        log.warning("ignoring a result-cache output without its facts line")
        return None
    try:
        facts = _RenderedFacts.model_validate_json(body[: end.start()].tobytes())
    except (ValidationError, ValueError) as exc:
        log.warning("ignoring a result-cache output that does not validate (%s)", exc)
        return None
    text = body[end.end() :]
    return RenderedReport(
        (text,), facts.skipped, facts.notes, facts.cluster_count, facts.plain_utf8
    )


def _rendered_entry(entry: cache.EntryBody) -> RenderedReport | None:
    """``_decode_rendered`` for an entry read from its file block by block."""
    split = entry.first_line()
    if split is None:
        log.warning("ignoring a result-cache output without its facts line")
        return None
    line, text = split
    try:
        facts = _RenderedFacts.model_validate_json(line)
    except (ValidationError, ValueError) as exc:
        log.warning("ignoring a result-cache output that does not validate (%s)", exc)
        return None
    return RenderedReport(text, facts.skipped, facts.notes, facts.cluster_count, facts.plain_utf8)


class _RenderedFacts(Frozen):
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    cluster_count: int = 0
    #: False for an entry of an older claimtrack, which did not record it: such a text is
    #: written through ``str``, as that claimtrack did.
    plain_utf8: bool = False


#: Below this many articles to parse, worker start-up costs more than it saves.
MIN_ARTICLES_FOR_PROCESSES = 20


def parse_all(
    articles: Sequence[Article], options: Options, progress: ProgressCallback = _noop
) -> list[Claim]:
    """Every claim of every article, in article order, whatever the number of processes.

    Claims come from the parse cache when ``options.use_cache`` and the entry is valid; the
    rest are parsed in ``options.jobs`` processes (in-process for small inputs) and cached.

    The cyclic garbage collector is paused meanwhile: turning entries back into claim models
    while the claims already decoded stay alive set off collections that walk them all (a
    cache hit of 59,000 claims decoded in 1.6 CPU s, 0.35 s with the collector paused), and
    neither parsing nor decoding makes reference cycles.
    """
    with collection_paused():
        return _parse_all(articles, options, progress)


def _parse_all(
    articles: Sequence[Article], options: Options, progress: ProgressCallback
) -> list[Claim]:
    total = len(articles)
    progress("parse", 0, total)
    store = cache.ParseCache.for_options(options)
    if store:
        store.prune()
    keys = [store.key(a) for a in articles] if store else []
    # Each article's claims share their equal values as they arrive, not all at the end: the
    # copies freed then make room for the next article's (``_EqualValues``).
    share = _EqualValues().share
    found: list[list[Claim] | None] = (
        [share(store.load(k)) for k in keys] if store else [None] * total
    )
    missing = [i for i, claims in enumerate(found) if claims is None]
    done = total - len(missing)
    if done:
        log.info("parse cache: %d of %d articles unchanged", done, total)
        progress("parse", done, total)
    todo = [articles[i] for i in missing]
    todo_keys = [keys[i] for i in missing] if store else []
    for position, claims in zip(missing, _parse_many(todo, todo_keys, options, store), strict=True):
        found[position] = share(claims)
        done += 1
        progress("parse", done, total)
    claims = [claim for claims in found if claims is not None for claim in claims]
    _share_equal_texts(claims)
    return claims


def _share_equal_texts(claims: list[Claim]) -> None:
    """Make equal ``text`` and ``sentence`` strings of ``claims`` one object each.

    WHY: every claim holds its sentence besides its text, and a claim decoded from the cache
    or a worker holds copies of its own: claims of one sentence, a claim that is its whole
    sentence, and the same sentence in several articles (republished copies, wire copy) each
    hold one. Shared, half of those 16 MB at 1,000 articles are left; the claims live to the
    end of the run. Equal strings: nothing can tell the shared one from the copies.
    """
    share_equal_values(claims, _TEXT_FIELDS, {})


_TEXT_FIELDS = ("text", "sentence")


class _EqualValues:
    """Makes the equal character offsets of a run's claims (a claim's, its spans' and its
    numbers', dates' and entities') one int object each, equal entity texts, canonical
    names and subjects one string each, and equal date and figure bounds one object each.

    WHY: every int past 256 that pydantic decodes is an object of its own (32 bytes), and a
    claim holds a dozen of them: a sixth of the claims' memory at 2,000 articles (35 of
    190 MB), while an archive's offsets take a few thousand values. Shared article by
    article as the claims are decoded, the copies' memory is reused by the next article's
    at once, rather than left as holes between the claims. Equal ints and strings: nothing
    can tell the shared one from the copies, the report is the same.
    """

    def __init__(self) -> None:
        self._ints: dict[int, int] = {}
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}
        self._texts: dict[str, str] = {}
        #: the dates' bounds and the figures' bounds: a corpus names a few hundred days and
        #: a few thousand figures, each decoded as an object of its own (2,000 articles:
        #: 68,824 dates of 951 values, 55,184 floats of 4,437; 17 MB at 10,000 articles)
        self._values: dict[object, object] = {}

    def _span(self, span: tuple[int, int]) -> tuple[int, int]:
        found = self._spans.get(span)
        if found is None:
            start, end = span
            share = self._ints.setdefault
            found = self._spans[span] = (share(start, start), share(end, end))
        return found

    def share(self, claims: list[Claim] | None) -> list[Claim] | None:
        """``claims``, their values shared with every claim shared before."""
        if not claims:
            return claims
        share_int, share_text, span = self._ints.setdefault, self._texts.setdefault, self._span
        share_value = self._values.setdefault
        # Read and written attribute by attribute, never through ``__dict__``: the claims
        # are compact (``compact_claim``), and asking one for its ``__dict__`` makes it one
        # for good (64 bytes a claim and a number, date or entity: 80 MB at 10,000 articles,
        # alive to the end of the run). Written only where the shared value is another
        # object; frozen for their users, each value is replaced by an equal one.
        for claim in claims:
            for name in _OFFSET_FIELDS:
                _share_attribute(claim, name, share_int)
            spans = claim.spans
            if spans:
                _set_attribute(claim, "spans", tuple(map(span, spans)))
            if claim.subject is not None:
                _share_attribute(claim, "subject", share_text)
            for parts in (claim.numbers, claim.dates, claim.entities):
                for part in parts:
                    _share_attribute(part, "start", share_int)
                    _share_attribute(part, "end", share_int)
            for entity in claim.entities:
                _share_attribute(entity, "text", share_text)
                # Most canonical names are the text itself ("Oman" -> "Oman"), decoded
                # as a second string: one object with the text (35 MB at 10,000 articles).
                _share_attribute(entity, "canonical", share_text)
            for date in claim.dates:
                _share_bound(date, "earliest", share_value)
                _share_bound(date, "latest", share_value)
            for number in claim.numbers:
                _share_bound(number, "low", share_value)
                _share_bound(number, "high", share_value)
        return claims


_set_attribute = object.__setattr__


def _share_attribute(model: object, name: str, share: Callable[[Any, Any], Any]) -> None:
    """Replace ``model``'s ``name`` by the equal value ``share`` gives, if another object."""
    value = getattr(model, name)
    same = share(value, value)
    if same is not value:
        _set_attribute(model, name, same)


def _share_bound(model: object, name: str, share: Callable[[Any, Any], Any]) -> None:
    """``_share_attribute`` for a date's or a figure's bound, None and zero aside: 0.0 and
    -0.0 are equal but are written differently."""
    if getattr(model, name):
        _share_attribute(model, name, share)


_OFFSET_FIELDS = ("start", "end", "sentence_start", "line")


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
    from claimtrack import parse

    for n in range(done, len(articles)):
        claims = parse.parse_article(articles[n], options)
        if store:
            store.store(keys[n], claims)
        yield [compact_claim(claim) for claim in claims]


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
    from claimtrack import parse

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
    *,
    republications: list[Republication] | None = None,
) -> tuple[list[Cluster], list[Republication]]:
    """Match the claims that take part in verdicts and judge each group; the articles'
    ``republications`` are found here unless the caller found them already."""
    # Imported here, not at the top: a re-run served by the result cache never loads them.
    from claimtrack import judge, match, normalize, provenance
    from claimtrack.match import headlines

    eligible = [c for c in claims if c.kind in options.kinds]
    if republications is None:
        republications = provenance.find_republications(list(articles), list(claims), options)
    counts_as = provenance.independent_source_of(list(articles), republications)
    progress("normalize", 0, len(eligible))
    keys = normalize.normalize_claims(eligible, options, jobs=worker_count(options))
    # Its memos (every entity name's token: 17 MB at 2,000 articles, and full at 10,000)
    # have no reader past this stage, and would stay alive through scoring, the peak.
    release_memos("claimtrack.normalize")
    # what normalizing freed (the workers' keys as received) is no size the scorer re-uses
    return_freed_memory()
    progress("candidates", 0, len(eligible))
    article_ids = [c.article_id for c in eligible]
    # A headline that restates its lead is one statement with it: it spends no partner slot
    # in blocking and joins the lead's cluster after grouping (``match.headlines``).
    folded = headlines.restated_headlines(eligible, keys, headlines.openings(claims))
    pairs = match.candidate_pairs(article_ids, headlines.blocking_view(keys, folded), options)
    # What the blocking threads freed sits in their own malloc arenas, which this thread's
    # allocations never reuse: handed back before the scorer's peak, not left beside it.
    return_freed_memory()
    # From scoring on, the large temporary arrays get pages of their own, returned when
    # freed (``collector.large_blocks_mapped``): the scorer's and the judge's peaks.
    with large_blocks_mapped():
        progress("score", 0, len(pairs))
        # The scorer works in bounded slices itself (``match.score.SCORE_CHUNK_PAIRS``) over one
        # per-claim table: slicing here would rebuild that table for every slice.
        scored = match.score_pairs(pairs, keys, options)
        del pairs  # 16 bytes a candidate pair (1.1 million at 1,000 articles): scored from here
        # one claim word for word inside another's, then more: grouped together (it reads
        # the keys' texts, dropped next)
        contained = match.contained_pairs(scored, keys, options)
        # and two claims that give one measure few claims of the run give ("31%" / "31 per
        # cent of the ward's electorate"): grouped together as well (it reads the texts too)
        contained |= match.measure_tied_pairs(scored, keys)
        # and two that give one count of one kind of thing few claims of the run give ("14
        # people were taken to hospital" / "took 14 fans to hospital")
        contained |= match.count_tied_pairs(scored, keys)
        # the keys' strings only the scorer reads, not kept through judging
        normalize.drop_scoring_texts(keys)
        # The scorer's memos (every claim's n-grams: 0.3 GB at 1,000 articles) would otherwise
        # stay alive through judging, the stage with the most memory in use besides them.
        release_memos("claimtrack.match")
        # the scorer's per-claim table, freed: little of it fits what the judge allocates
        return_freed_memory()
        progress("judge", 0, len(scored))
        judged = judge.PairJudgements(eligible, keys, options)

        def forget_pass_facts() -> None:
            # The pass over the scored pairs works out the facts of most judged claims and
            # fills the judge's memos (400 MB at 10,000 articles, half of them facts), while
            # the link rules after it read few of them: emptied before those rules run,
            # what they build reuses that memory instead of growing the heap past it (the
            # judge's peak, which grouping inherits).
            release_memos("claimtrack.judge")
            judged.release_facts()

        links = judge.conflict_links(
            eligible, keys, scored, options, judged, after_pass=forget_pass_facts
        )
        # The judge's memos (each judged claim's content words, acts, figures: 70 MB at 2,000
        # articles) are read again by few of the pairs ``build_clusters`` judges (the run's
        # judgements are kept in ``judged``): emptied now, they are not alive beside the groups
        # and clusters built below, the run's peak at 10,000 articles.
        release_memos("claimtrack.judge")
        # and the claims' facts the judgements were made of, few of which it asks again
        judged.release_facts()
        # and the matcher's, refilled by the judge (each judged claim's name sets: 5 MB at
        # 1,000 articles, tracemalloc at the end of ``build_clusters``)
        release_memos("claimtrack.match")
        return_freed_memory()
        # Columns, not pair objects (``match.ScoredPairs``): the matched pairs are the scored
        # ones the judge already found to be one fact; the related ones, (i, j) rows.
        matched = match.lift_contained(scored, contained)[
            judged.arrays(scored).same_fact | contained
        ]
        related = scored[match.merge_supports(scored, keys)].key_rows()
        groups = match.group(len(eligible), matched, article_ids, links, related)
        groups = headlines.fold_into_groups(groups, folded)
        del matched, related, contained
        clusters = judge.build_clusters(
            groups,
            eligible,
            keys,
            scored,
            articles,
            counts_as,
            options,
            links,
            judged,
            release_groups=True,
        )
        progress("judge", len(groups), len(groups))
    return clusters, republications
