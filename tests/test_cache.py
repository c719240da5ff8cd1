"""The parse cache: reused when nothing changed, rebuilt when anything is wrong, never trusted."""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimtrack import cache, parse, pipeline
from claimtrack.cli import main
from claimtrack.models import Article, Claim
from claimtrack.options import Options
from claimtrack.render import RenderOptions, ReportFormat

TOPICS = ("bridge", "harbour", "school", "hospital", "railway", "stadium")


def make_articles(count: int) -> list[Article]:
    articles = []
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        text = (
            f"Source: Outlet {n}\n\n"
            f"The council approved {n + 3} million for the {topic} on Tuesday, officials said. "
            f"Work on the {topic} will start in {2020 + n % 7}. "
            f"Residents of district {n} did not expect the decision."
        )
        articles.append(
            Article(id=f"a{n:03}.txt", path=f"a{n:03}.txt", source=f"Outlet {n}", text=text)
        )
    return articles


def cached_options(directory: Path, **extra: Any) -> Options:
    return Options(use_cache=True, cache_dir=directory, jobs=1, **extra)


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the id of every article the real parser is asked to parse (in this process)."""
    calls: list[str] = []
    real = parse.parse_article

    def counting(article: Article, options: Options | None = None) -> list[Claim]:
        calls.append(article.id)
        return real(article, options)

    monkeypatch.setattr(parse, "parse_article", counting)
    return calls


def entry_files(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.json"))


def test_second_run_on_unchanged_articles_parses_nothing(
    tmp_path: Path, parse_calls: list[str]
) -> None:
    articles = make_articles(5)
    options = cached_options(tmp_path)
    first = pipeline.parse_all(articles, options)
    assert len(parse_calls) == 5
    assert len(entry_files(tmp_path)) == 5
    second = pipeline.parse_all(articles, options)
    assert len(parse_calls) == 5, "a cache hit must not parse again"
    assert second == first
    assert second == pipeline.parse_all(articles, Options(jobs=1))


def test_a_changed_article_is_parsed_again_alone(tmp_path: Path, parse_calls: list[str]) -> None:
    articles = make_articles(5)
    options = cached_options(tmp_path)
    pipeline.parse_all(articles, options)
    changed = articles[2].model_copy(update={"text": articles[2].text + " The vote was 7 to 2."})
    articles[2] = changed
    parse_calls.clear()
    claims = pipeline.parse_all(articles, options)
    assert parse_calls == [changed.id]
    assert any("7 to 2" in c.text for c in claims)
    assert claims == pipeline.parse_all(articles, Options(jobs=1))


def test_the_cache_is_off_unless_asked(tmp_path: Path, parse_calls: list[str]) -> None:
    articles = make_articles(3)
    pipeline.parse_all(articles, Options(cache_dir=tmp_path, jobs=1))
    pipeline.parse_all(articles, Options(cache_dir=tmp_path, jobs=1))
    assert len(parse_calls) == 6
    assert entry_files(tmp_path) == []


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"\xff\xfe not json at all", id="binary"),
        pytest.param(lambda data: b'{"key": "x", "claims": []}', id="wrong-key"),
        pytest.param(lambda data: data.replace(b'"line":', b'"line":"x'), id="invalid-json"),
        pytest.param(lambda data: data.replace(b'"start":', b'"start":-0.5,"x":'), id="schema"),
    ],
)
def test_a_corrupted_entry_is_ignored_and_rebuilt(
    tmp_path: Path,
    parse_calls: list[str],
    damage: Callable[[bytes], bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    articles = make_articles(2)
    options = cached_options(tmp_path)
    expected = pipeline.parse_all(articles, options)
    store = cache.ParseCache.for_options(options)
    assert store is not None
    entry = store.path(store.key(articles[0]))
    entry.write_bytes(damage(entry.read_bytes()))
    parse_calls.clear()
    with caplog.at_level(logging.WARNING, logger="claimtrack.cache"):
        assert pipeline.parse_all(articles, options) == expected
    assert parse_calls == [articles[0].id]
    assert "ignoring" in caplog.text
    # Rebuilt: the next run trusts it again.
    parse_calls.clear()
    assert pipeline.parse_all(articles, options) == expected
    assert parse_calls == []


def test_an_entry_copied_under_another_key_is_not_trusted(tmp_path: Path) -> None:
    articles = make_articles(2)
    options = cached_options(tmp_path)
    pipeline.parse_all(articles, options)
    store = cache.ParseCache.for_options(options)
    assert store is not None
    first, second = (store.path(store.key(a)) for a in articles)
    second.write_bytes(first.read_bytes())
    assert store.load(store.key(articles[1])) is None


def test_the_key_covers_parser_version_and_alias_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_articles(1)[0]
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("U.S.\tUnited States\n", encoding="utf-8")

    def key(**extra: Any) -> str:
        store = cache.ParseCache.for_options(cached_options(tmp_path, **extra))
        assert store is not None
        return store.key(article)

    plain = key()
    with_aliases = key(alias_file=aliases)
    assert with_aliases != plain
    aliases.write_text("UK\tUnited Kingdom\n", encoding="utf-8")
    assert key(alias_file=aliases) != with_aliases
    monkeypatch.setattr(parse, "PARSER_VERSION", "test-bump")
    assert key() != plain
    assert key() == key(), "the key is deterministic"


def test_an_unwritable_cache_costs_speed_not_the_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    articles = make_articles(3)
    with caplog.at_level(logging.WARNING, logger="claimtrack.cache"):
        claims = pipeline.parse_all(articles, cached_options(blocker))
    assert claims == pipeline.parse_all(articles, Options(jobs=1))
    assert caplog.text.count("not writable") == 1


def test_an_unwritable_cache_is_reported_once_per_cache_for_a_whole_report(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    for n, article in enumerate(make_articles(3)):
        (folder / f"{n}.txt").write_text(article.text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimtrack.cache"):
        pipeline.build_rendered_report(
            [folder], cached_options(blocker), ReportFormat.JSON, RenderOptions()
        )
    assert caplog.text.count("parse cache not writable") == 1
    # the report and its rendered output are two entries of the result cache: one warning
    assert caplog.text.count("result cache not writable") == 1


# --- crashes and concurrent runs ---------------------------------------------------------


def _store_repeatedly(directory: str, key: str, data: bytes, times: int) -> None:
    store = cache.ParseCache(Path(directory), "fingerprint")
    for _ in range(times):
        store.store_bytes(key, data)


def test_two_processes_writing_the_same_key_leave_a_valid_entry(tmp_path: Path) -> None:
    article = make_articles(1)[0]
    claims = parse.parse_article(article, Options())
    store = cache.ParseCache(tmp_path, "fingerprint")
    key = store.key(article)
    data = cache.encode_entry(key, claims)
    context = multiprocessing.get_context("fork")
    writers = [
        context.Process(target=_store_repeatedly, args=(str(tmp_path), key, data, 300))
        for _ in range(2)
    ]
    for writer in writers:
        writer.start()
    # Read while they write: every read sees either no entry or a whole one, never half.
    seen = 0
    while any(w.is_alive() for w in writers):
        loaded = store.load(key)
        if loaded is not None:
            assert loaded == claims
            seen += 1
    for writer in writers:
        writer.join()
        assert writer.exitcode == 0
    assert store.load(key) == claims
    assert [p.name for p in store.path(key).parent.iterdir()] == [f"{key}.json"]


def _crash_mid_write(directory: str, fingerprint: str, key: str, data: bytes) -> None:
    """Write half the entry into the temporary file, then die without any clean-up."""
    store = cache.ParseCache(Path(directory), fingerprint)
    real_fdopen = os.fdopen

    class DiesHalfway:
        def __init__(self, fd: int, mode: str) -> None:
            self.stream = real_fdopen(fd, mode)

        def __enter__(self) -> DiesHalfway:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, payload: bytes) -> None:
            self.stream.write(payload[: len(payload) // 2])
            self.stream.flush()
            os._exit(17)

    cache.os.fdopen = DiesHalfway  # type: ignore[assignment]
    store.store_bytes(key, data)


def test_a_crash_mid_write_leaves_no_entry_and_the_next_run_rebuilds(tmp_path: Path) -> None:
    articles = make_articles(1)
    options = Options(use_cache=True, cache_dir=tmp_path, jobs=1)
    store = cache.ParseCache.for_options(options)
    assert store is not None
    key = store.key(articles[0])
    data = cache.encode_entry(key, parse.parse_article(articles[0], options))
    crashing = multiprocessing.get_context("fork").Process(
        target=_crash_mid_write, args=(str(tmp_path), store.fingerprint, key, data)
    )
    crashing.start()
    crashing.join()
    assert crashing.exitcode == 17
    leftovers = list(store.path(key).parent.iterdir())
    assert leftovers, "the crash happened while the temporary file was open"
    assert all(p.name.endswith(".tmp") for p in leftovers)
    assert store.load(key) is None
    assert pipeline.parse_all(articles, options) == parse.parse_article(articles[0], options)
    assert store.load(key) is not None


# --- the command line --------------------------------------------------------------------


def run_report(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["report", "--format", "json", *args])
    return result.exit_code, result.stdout


def test_cli_caches_by_default_and_no_cache_turns_it_off(
    tmp_path: Path, write_articles: Callable[[dict[str, str | bytes]], Path]
) -> None:
    folder = write_articles({a.id: a.text for a in make_articles(4)})
    off, on = tmp_path / "off", tmp_path / "on"
    code, uncached = run_report(str(folder), "--cache-dir", str(off), "--no-cache")
    assert code == 0
    assert not off.exists() or entry_files(off) == []
    code, first = run_report(str(folder), "--cache-dir", str(on))
    assert code == 0
    assert len(entry_files(on)) == 4
    code, second = run_report(str(folder), "--cache-dir", str(on), "--jobs", "1")
    assert code == 0
    assert first == second == uncached


def test_cli_cache_dir_comes_from_the_environment(
    tmp_path: Path,
    write_articles: Callable[[dict[str, str | bytes]], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = write_articles({a.id: a.text for a in make_articles(2)})
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path / "env"))
    code, _ = run_report(str(folder))
    assert code == 0
    assert len(entry_files(tmp_path / "env")) == 2


def test_folders_of_other_parser_versions_are_pruned_once_unused(tmp_path: Path) -> None:
    articles = make_articles(2)
    options = cached_options(tmp_path)
    pipeline.parse_all(articles, options)
    store = cache.ParseCache.for_options(options)
    assert store is not None
    stale = cache.ParseCache(tmp_path, "0" * 64)
    recent = cache.ParseCache(tmp_path, "1" * 64)
    for other in (stale, recent):
        other.store(other.key(articles[0]), [])
        other.prune()
    month_ago = time.time() - 31 * 86400
    os.utime(stale.root / cache.LAST_USED, (month_ago, month_ago))
    current_used = time.time() - 40 * 86400  # the current folder is marked again on use
    os.utime(store.root / cache.LAST_USED, (current_used, current_used))
    assert pipeline.parse_all(articles, options)
    assert not stale.root.exists()
    assert recent.root.exists()
    assert len(entry_files(store.root)) == 2


def test_claims_are_decoded_with_the_cyclic_collector_paused_and_it_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Decoding thousands of entries with the collector on walked every claim already decoded,
    # again and again; it must be off while entries are decoded and back on afterwards.
    import gc

    articles = make_articles(4)
    options = cached_options(tmp_path)
    pipeline.parse_all(articles, options)
    seen: list[bool] = []
    real = cache.ParseCache.load

    def recording(self: cache.ParseCache, key: str) -> list[Claim] | None:
        seen.append(gc.isenabled())
        return real(self, key)

    monkeypatch.setattr(cache.ParseCache, "load", recording)
    assert gc.isenabled()
    assert pipeline.parse_all(articles, options)
    assert seen == [False] * 4
    assert gc.isenabled()
