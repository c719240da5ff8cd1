"""Parsing in several processes gives exactly what parsing in one gives, in the same order."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from claimtrack import normalize, pipeline
from claimtrack.models import Article
from claimtrack.options import Options
from claimtrack.render import RenderOptions, ReportFormat, render_report

PLACES = ("Arlen", "Brisko", "Cadmor", "Dunhelm", "Estrava", "Folgate", "Gorran")
EVENTS = ("a flood", "a strike", "an election", "a fire", "a summit")


def story(n: int) -> str:
    place = PLACES[n % len(PLACES)]
    event = EVENTS[n % len(EVENTS)]
    # Articles of very different lengths, so chunks finish out of order.
    extra = " ".join(
        f"Officials in {place} counted {n * 7 + k} people at the site on day {k}."
        for k in range(1 + n % 9)
    )
    return (
        f"Source: Paper {n % 5}\n\n"
        f"{place} was hit by {event} on Monday, the mayor said. "
        f"At least {n + 2} people were hurt, according to the hospital. {extra}\n"
    )


def make_articles(count: int) -> list[Article]:
    return [
        Article(id=f"s{n:03}.txt", path=f"s{n:03}.txt", source=f"Paper {n % 5}", text=story(n))
        for n in range(count)
    ]


class CountingPool(ProcessPoolExecutor):
    """A real process pool that remembers it was used."""

    created = 0
    #: items of the tasks submitted (claims, for normalize)
    inputs = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        CountingPool.created += 1
        super().__init__(*args, **kwargs)

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        CountingPool.inputs += len(args[0]) if args else 0
        return super().submit(fn, *args, **kwargs)


@pytest.fixture
def counting_pool(monkeypatch: pytest.MonkeyPatch) -> type[CountingPool]:
    CountingPool.created = 0
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", CountingPool)
    return CountingPool


def test_parallel_parse_gives_exactly_the_serial_claims(counting_pool: type[CountingPool]) -> None:
    articles = make_articles(90)
    serial = pipeline.parse_all(articles, Options(jobs=1))
    assert counting_pool.created == 0
    parallel = pipeline.parse_all(articles, Options(jobs=2))
    assert counting_pool.created == 1
    assert parallel == serial
    assert [c.id for c in parallel] == [c.id for c in serial]
    assert len({c.article_id for c in parallel}) == 90


def test_parallel_parse_fills_the_cache_for_a_serial_run(
    tmp_path: Path, counting_pool: type[CountingPool]
) -> None:
    articles = make_articles(40)
    options = Options(jobs=2, use_cache=True, cache_dir=tmp_path)
    parallel = pipeline.parse_all(articles, options)
    assert counting_pool.created == 1
    assert len(list(tmp_path.rglob("*.json"))) == 40
    again = pipeline.parse_all(articles, options.model_copy(update={"jobs": 1}))
    assert counting_pool.created == 1, "everything came from the cache: no pool needed"
    assert again == parallel == pipeline.parse_all(articles, Options(jobs=1))


def test_only_changed_articles_go_to_the_workers(
    tmp_path: Path, counting_pool: type[CountingPool]
) -> None:
    articles = make_articles(60)
    options = Options(jobs=2, use_cache=True, cache_dir=tmp_path)
    pipeline.parse_all(articles, options)
    for n in range(0, 60, 2):  # 30 changed articles: enough for the pool
        articles[n] = articles[n].model_copy(update={"text": articles[n].text + " It rained."})
    mixed = pipeline.parse_all(articles, options)
    assert counting_pool.created == 2
    assert mixed == pipeline.parse_all(articles, Options(jobs=1))


def test_small_inputs_are_parsed_in_process(counting_pool: type[CountingPool]) -> None:
    articles = make_articles(pipeline.MIN_ARTICLES_FOR_PROCESSES - 1)
    claims = pipeline.parse_all(articles, Options(jobs=2))
    assert counting_pool.created == 0
    assert claims == pipeline.parse_all(articles, Options(jobs=1))


def test_progress_counts_every_article_once(tmp_path: Path) -> None:
    articles = make_articles(30)
    events: list[tuple[str, int, int]] = []

    def record(stage: str, done: int, total: int) -> None:
        events.append((stage, done, total))

    pipeline.parse_all(articles, Options(jobs=2), record)
    assert events[0] == ("parse", 0, 30)
    assert events[-1] == ("parse", 30, 30)
    assert [done for _, done, _ in events] == sorted(done for _, done, _ in events)


def _json_reports_by_jobs(write_articles: Callable[[dict[str, str | bytes]], Path]) -> int:
    """How many different JSON reports 30 articles give with one and with two jobs."""
    folder = write_articles({a.id: a.text for a in make_articles(30)})
    outputs = {
        render_report(
            pipeline.build_report([folder], Options(jobs=jobs)),
            ReportFormat.JSON,
            RenderOptions(),
        )
        for jobs in (1, 2)
    }
    return len(outputs)


def test_report_is_byte_identical_whatever_the_number_of_jobs(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    assert _json_reports_by_jobs(write_articles) == 1


def test_worker_count_defaults_to_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: {0, 1, 2, 5}, raising=False)
    assert pipeline.worker_count(Options()) == 4
    assert pipeline.worker_count(Options(jobs=3)) == 3


class BrokenPool(ProcessPoolExecutor):
    """A pool whose workers die after the first chunk, as when a platform cannot run them."""

    def map(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        results = super().map(*args, **kwargs)
        yield next(iter(results))
        raise BrokenProcessPool("workers could not start")


def test_broken_worker_processes_fall_back_to_one_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", BrokenPool)
    articles = make_articles(45)
    with caplog.at_level("WARNING", logger="claimtrack.pipeline"):
        claims = pipeline.parse_all(articles, Options(jobs=2))
    assert "worker processes failed" in caplog.text
    assert claims == pipeline.parse_all(articles, Options(jobs=1))


@pytest.fixture
def small_normalize_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys computed in processes from a few hundred claims on, several tasks per worker."""
    monkeypatch.setattr(normalize, "MIN_CLAIMS_FOR_PROCESSES", 50)
    monkeypatch.setattr(normalize, "CLAIMS_PER_TASK", 40)


def test_keys_computed_in_processes_equal_the_serial_keys(
    monkeypatch: pytest.MonkeyPatch, small_normalize_tasks: None
) -> None:
    monkeypatch.setattr(normalize, "ProcessPoolExecutor", CountingPool)
    CountingPool.created = CountingPool.inputs = 0
    claims = pipeline.parse_all(make_articles(60), Options(jobs=1))
    assert len(claims) > 2 * normalize.CLAIMS_PER_TASK
    serial = normalize.normalize_claims(claims, Options(), jobs=1)
    assert CountingPool.created == 0
    computed_here: list[int] = []
    in_process = normalize._input_keys

    def counted(inputs: Any, *args: Any) -> Any:
        computed_here.append(len(inputs))
        return in_process(inputs, *args)

    monkeypatch.setattr(normalize, "_input_keys", counted)
    parallel = normalize.normalize_claims(claims, Options(), jobs=2)
    assert CountingPool.created == 1
    assert parallel == serial
    # this process took tasks from the end, the worker the others (two are queued for it)
    assert 0 < sum(computed_here) < CountingPool.inputs
    assert any(k.entities for k in serial) and any(k.numbers for k in serial)


def test_keys_from_processes_share_their_sets_chunk_by_chunk(
    monkeypatch: pytest.MonkeyPatch, small_normalize_tasks: None
) -> None:
    # each chunk, made here or received, is shared as it comes, never all keys at the end
    sizes: list[int] = []
    share = normalize._EqualSets.share

    def counted(self: Any, keys: list[Any]) -> list[Any]:
        sizes.append(len(keys))
        return share(self, keys)

    monkeypatch.setattr(normalize._EqualSets, "share", counted)
    claims = pipeline.parse_all(make_articles(60), Options(jobs=1))
    keys = normalize.normalize_claims(claims, Options(), jobs=2)
    # (the last call shares the keys given an agent after all chunks came)
    assert len(sizes) > 2 and max(sizes[:-1]) <= normalize.CLAIMS_PER_TASK
    # and across chunks, equal sets are one object
    by_value: dict[object, object] = {}
    for key in keys:
        for value in (key.entities, key.predicates, key.frames, key.numbers, key.subject):
            assert by_value.setdefault(value, value) is value
    assert any(len(v) for v in by_value)


class BrokenTasksPool(ProcessPoolExecutor):
    """A pool whose tasks after the first fail, as when its workers die."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted = getattr(self, "submitted", 0) + 1
        if self.submitted == 1:
            return super().submit(fn, *args, **kwargs)
        failed: Future[Any] = Future()
        failed.set_exception(BrokenProcessPool("workers could not start"))
        return failed


def test_keys_fall_back_to_one_process_when_workers_fail(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    small_normalize_tasks: None,
) -> None:
    monkeypatch.setattr(normalize, "ProcessPoolExecutor", BrokenTasksPool)
    claims = pipeline.parse_all(make_articles(60), Options(jobs=1))
    with caplog.at_level("WARNING", logger="claimtrack.normalize"):
        keys = normalize.normalize_claims(claims, Options(), jobs=2)
    assert "worker processes failed" in caplog.text
    assert keys == normalize.normalize_claims(claims, Options(), jobs=1)


def test_report_is_byte_identical_with_keys_computed_in_processes(
    write_articles: Callable[[dict[str, str | bytes]], Path], small_normalize_tasks: None
) -> None:
    assert _json_reports_by_jobs(write_articles) == 1
