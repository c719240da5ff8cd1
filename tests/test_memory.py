"""Holding a corpus' claims compactly: equal claims, the same JSON, less memory."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from claimtrack import cache, parse, pipeline
from claimtrack.judge.clusters import make_cluster
from claimtrack.models import (
    Article,
    Certainty,
    Claim,
    DateMention,
    Entity,
    Kind,
    NumberMention,
    Report,
    compact_claim,
)
from claimtrack.options import Options
from claimtrack.render import json_format
from test_cache import make_articles


def full_claim(n: int = 0) -> Claim:
    """A claim with every kind of part and several non-default fields, as the parser makes."""
    return Claim(
        id=f"a.txt#{n}",
        article_id="a.txt",
        source="Outlet",
        text=f"The council approved {n} million on 3 March 2024.",
        sentence=f"The council approved {n} million on 3 March 2024, officials said.",
        start=10,
        end=58,
        spans=((10, 58),),
        line=2,
        kind=Kind.FACT,
        subject="The council",
        predicate="approve",
        attribution="officials",
        attribution_cue="said",
        certainty=Certainty.HEDGED,
        certainty_cue="reportedly",
        numbers=(NumberMention(text=f"{n} million", start=31, end=40, low=n * 1e6, high=n * 1e6),),
        dates=(
            DateMention(
                text="3 March 2024",
                start=44,
                end=56,
                earliest=dt.date(2024, 3, 3),
                latest=dt.date(2024, 3, 3),
            ),
        ),
        entities=(Entity(text="council", canonical="Council", start=14, end=21),),
    )


def test_a_compact_claim_is_equal_and_writes_the_same_json() -> None:
    claim = full_claim()
    small = compact_claim(claim)
    assert small == claim
    assert hash(small) == hash(claim)
    assert small.model_dump_json(indent=2) == claim.model_dump_json(indent=2)
    assert small.model_dump_json(exclude_defaults=True) == claim.model_dump_json(
        exclude_defaults=True
    )
    assert small.model_dump() == claim.model_dump()
    assert small.model_fields_set == claim.model_fields_set
    assert list(vars(small)) == list(Claim.model_fields)
    assert small.entities[0].canonical == "Council"
    assert small.dates[0].model_fields_set == claim.dates[0].model_fields_set


def test_compact_claims_share_their_field_name_sets_and_copies_stay_apart() -> None:
    first, second = compact_claim(full_claim(1)), compact_claim(full_claim(2))
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.numbers[0].__pydantic_fields_set__ is second.numbers[0].__pydantic_fields_set__
    # pydantic copies the set before changing it: a copy never changes the shared one
    changed = first.model_copy(update={"reason": "citing costs"})
    assert "reason" in changed.model_fields_set
    assert "reason" not in second.model_fields_set
    assert changed.reason == "citing costs" and first.reason is None


def test_compact_claims_take_less_memory() -> None:
    tracemalloc.start()
    try:
        as_built = [full_claim(n) for n in range(300)]
        for claim in as_built:
            claim.model_dump_json()  # serializing materialises what it needs
        built_size = tracemalloc.get_traced_memory()[0]
        del as_built, claim
        compacted = [compact_claim(full_claim(n)) for n in range(300)]
        for small in compacted:
            small.model_dump_json()
        compact_size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert compact_size < built_size * 0.75


def test_claims_from_the_cache_and_from_one_process_are_compact(tmp_path: Path) -> None:
    articles = make_articles(6)
    options = Options(use_cache=True, cache_dir=tmp_path, jobs=1)
    parsed = pipeline.parse_all(articles, options)  # in this process, then stored
    reused = pipeline.parse_all(articles, options)  # every one decoded from the cache
    assert reused == parsed
    for claims in (parsed, reused):
        by_fields: dict[frozenset[str], set[str]] = {}
        for claim in claims:
            given = claim.__pydantic_fields_set__
            assert by_fields.setdefault(frozenset(given), given) is given
    # equal texts and sentences (a claim that is its whole sentence, one sentence in several
    # articles), decoded from the cache or not, are one string
    for claims in (parsed, reused):
        seen: dict[str, str] = {}
        repeated = 0
        for value in (v for c in claims for v in (c.text, c.sentence)):
            repeated += value in seen
            assert seen.setdefault(value, value) is value
        assert repeated > 0, "no text repeated: nothing was checked"
    store = cache.ParseCache.for_options(options)
    assert store is not None
    decoded = store.load(store.key(articles[0]))
    assert decoded is not None and decoded == [c for c in parsed if c.article_id == "a000.txt"]


def test_equal_sets_of_match_keys_become_one_object_and_keys_stay_equal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import normalize

    articles = make_articles(12)
    options = Options(jobs=1)
    claims = pipeline.parse_all(articles, options)
    keys = normalize.normalize_claims(claims, options)
    monkeypatch.setattr(normalize._EqualSets, "share", lambda self, keys: keys)
    assert keys == normalize.normalize_claims(claims, options)
    predicates = [key.predicates for key in keys if key.predicates]
    assert len(predicates) > len(set(predicates)), "the sample repeats predicates"
    by_value: dict[frozenset[str], frozenset[str]] = {}
    for key in keys:
        for field in dataclasses.fields(key):
            value = getattr(key, field.name)
            if isinstance(value, frozenset) and value:
                assert by_value.setdefault(value, value) is value, field.name


def test_equal_offsets_and_entity_texts_of_claims_become_one_object(tmp_path: Path) -> None:
    # past 256, every int pydantic decodes is an object of its own: one per value is kept
    filler = "The weather in the valley stayed mild and dry for most of the week. " * 6
    articles = [
        Article(
            id=f"b{n}.txt",
            path=f"b{n}.txt",
            source=f"Outlet {n}",
            text=f"{filler}Governor Maria Alvarez approved {n + 3} million for the bridge. "
            "Maria Alvarez said the work starts in May.",
        )
        for n in range(3)
    ]
    options = Options(use_cache=True, cache_dir=tmp_path, jobs=1)
    expected = [claim for article in articles for claim in parse.parse_article(article, options)]
    parsed = pipeline.parse_all(articles, options)  # in this process, then stored
    reused = pipeline.parse_all(articles, options)  # every one decoded from the cache
    for claims in (parsed, reused):
        assert claims == expected
        assert [c.model_dump_json() for c in claims] == [c.model_dump_json() for c in expected]
        ints: dict[int, int] = {}
        texts: dict[str, str] = {}
        repeated = 0
        for claim in claims:
            parts = (*claim.numbers, *claim.dates, *claim.entities)
            offsets = [claim.start, claim.end, claim.sentence_start]
            offsets += [offset for span in claim.spans for offset in span]
            offsets += [offset for part in parts for offset in (part.start, part.end)]
            for offset in (o for o in offsets if o > 256):
                repeated += offset in ints
                assert ints.setdefault(offset, offset) is offset
            for text in [e.text for e in claim.entities] + [claim.subject or ""]:
                assert texts.setdefault(text, text) is text
        assert repeated > 0, "no offset repeated: nothing was checked"
        assert any(claim.entities for claim in claims), "no entity: nothing was checked"


def test_equal_date_and_figure_bounds_of_claims_become_one_object() -> None:
    # every date and float pydantic decodes is an object of its own: one per value is kept
    claims = [full_claim(n % 2) for n in range(4)]
    copies = [Claim.model_validate_json(c.model_dump_json()) for c in claims]
    shared = pipeline._EqualValues().share([compact_claim(c) for c in copies])
    assert shared is not None
    assert shared == claims
    days = {id(d.earliest) for c in shared for d in c.dates}
    days |= {id(d.latest) for c in shared for d in c.dates}
    assert len(days) == 1, "3 March 2024, eight times"
    figures = {id(n.low) for c in shared for n in c.numbers if n.low}
    figures |= {id(n.high) for c in shared for n in c.numbers if n.high}
    assert len(figures) == 1, "1 million, four times"


def test_a_zero_figure_keeps_its_sign_when_bounds_are_shared() -> None:
    # 0.0 == -0.0, but the report writes them differently: neither stands in for the other
    def with_bounds(low: float) -> Claim:
        claim = full_claim(1)
        number = claim.numbers[0].model_copy(update={"low": low, "high": low})
        return compact_claim(claim.model_copy(update={"numbers": (number,)}))

    claims = [with_bounds(0.0), with_bounds(-0.0), with_bounds(0.0)]
    shared = pipeline._EqualValues().share(claims)
    assert shared is not None
    assert [str(c.numbers[0].low) for c in shared] == ["0.0", "-0.0", "0.0"]
    assert [c.numbers[0].model_dump_json() for c in shared] == [
        c.numbers[0].model_dump_json()
        for c in [with_bounds(0.0), with_bounds(-0.0), with_bounds(0.0)]
    ]


def test_the_judge_sees_the_keys_without_the_scorers_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import judge, normalize

    seen: list[list[normalize.MatchKey]] = []
    original = judge.conflict_links

    def spy(
        claims: object, keys: list[normalize.MatchKey], *rest: object, **named: object
    ) -> object:
        seen.append(list(keys))
        return original(claims, keys, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(judge, "conflict_links", spy)
    articles = make_articles(12)
    options = Options(jobs=1)
    claims = pipeline.parse_all(articles, options)
    eligible = [c for c in claims if c.kind in options.kinds]
    fresh = normalize.normalize_claims(eligible, options)
    pipeline.analyse(articles, claims, options)
    assert seen and len(seen[0]) == len(fresh)
    assert any(k.text for k in fresh), "nothing was checked"
    for key, kept in zip(seen[0], fresh, strict=True):
        assert (key.text, key.plain) == ("", "")
        assert (key.tokens, key.surface, key.subject) == (kept.tokens, kept.surface, kept.subject)


def test_drop_scoring_texts_empties_text_and_plain_only() -> None:
    from claimtrack import normalize

    key = normalize.MatchKey(
        text="ent_oman @halt talk",
        tokens=("@halt", "ent_oman", "talk"),
        plain="oman halt talk",
        surface="oman halted the talks",
    )
    normalize.drop_scoring_texts([key])
    assert (key.text, key.plain, key.surface) == ("", "", "oman halted the talks")
    assert key.tokens == ("@halt", "ent_oman", "talk")


def test_a_workers_chunk_of_keys_shares_its_equal_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    # shared before pickling, each set of a chunk is sent and rebuilt in the parent once
    from claimtrack import normalize

    options = Options(jobs=1)
    claims = pipeline.parse_all(make_articles(12), options)
    tables = normalize.load_tables(None)
    names = normalize.corpus_names(claims)
    inputs = [normalize._key_input(c, tables) for c in claims]
    monkeypatch.setattr(normalize, "_worker", (names, tables))
    keys = normalize._chunk_keys(inputs)
    assert keys == normalize._input_keys(inputs, names, tables)
    predicates = [key.predicates for key in keys if key.predicates]
    assert len(predicates) > len(set(predicates)), "the sample repeats predicates"
    by_value: dict[frozenset[str], frozenset[str]] = {}
    for key in keys:
        for name in normalize._SET_FIELDS:
            value = getattr(key, name)
            assert by_value.setdefault(value, value) is value, name


def _memo_sizes_around(
    monkeypatch: pytest.MonkeyPatch,
    stage: tuple[object, str],
    later: tuple[object, str],
    memo: Callable[..., object],
    fill: tuple[object, ...],
) -> tuple[list[int], list[int]]:
    """Run ``analyse`` on a small corpus and give the size of ``memo`` right after ``stage``
    returns (once ``fill`` is looked up, so it is never empty by chance) and when ``later``
    is called: a memo released between the two reads 0 the second time."""
    options = Options(jobs=1)
    articles = make_articles(12)
    claims = pipeline.parse_all(articles, options)
    filled: list[int] = []
    emptied: list[int] = []
    stage_module, stage_name = stage
    later_module, later_name = later
    run_stage, run_later = getattr(stage_module, stage_name), getattr(later_module, later_name)

    def staged(*args: object, **kwargs: object) -> object:
        result = run_stage(*args, **kwargs)
        memo(*fill)
        filled.append(memo.cache_info().currsize)  # type: ignore[attr-defined]
        return result

    def called_later(*args: object, **kwargs: object) -> object:
        emptied.append(memo.cache_info().currsize)  # type: ignore[attr-defined]
        return run_later(*args, **kwargs)

    monkeypatch.setattr(stage_module, stage_name, staged)
    monkeypatch.setattr(later_module, later_name, called_later)
    pipeline.analyse(articles, claims, options)
    return filled, emptied


def test_the_normalize_memos_are_empty_while_pairs_are_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import match, normalize

    normalize.entity_token.cache_clear()
    filled, emptied = _memo_sizes_around(
        monkeypatch,
        (normalize, "normalize_claims"),
        (match, "score_pairs"),
        normalize.entity_token,
        ("Maria Alvarez",),
    )
    assert filled and filled[0] > 0
    assert emptied == [0]


def test_the_judge_memos_are_empty_while_groups_and_clusters_are_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import judge, match
    from claimtrack.judge import text

    filled, emptied = _memo_sizes_around(
        monkeypatch,
        (judge, "conflict_links"),
        (match, "group"),
        text._content_of,
        (("council", "approve"),),
    )
    assert filled and filled[0] > 0
    assert emptied == [0]


def test_lower_case_words_are_found_text_by_text_as_in_the_texts_joined() -> None:
    from claimtrack.normalize import _LOWER_WORD, _lowercase_words

    texts = [
        "Officials said the plant's owner",
        "closed it don'",
        "-well-known figures",
        "",
        "ÉTAT officials’ view, re-opened",
    ]
    joined = frozenset(_LOWER_WORD.findall("\n".join(texts)))
    assert _lowercase_words(texts) == joined
    assert _lowercase_words(iter(texts)) == joined
    assert {"officials", "owner", "don", "re-opened"} <= joined
    assert "Officials" not in joined


def test_the_costly_score_columns_are_built_before_any_pair_is_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The columns whose building needs most memory are built first, on an empty table,
    not on top of the others (the scorer's peak at 10,000 articles)."""
    from claimtrack.match import score
    from claimtrack.match.table import ClaimTable
    from test_score_batch import _all_pairs, _corpus

    built: list[str] = []
    seen_by_first_batch: list[set[str]] = []
    build = ClaimTable.build_costly_columns

    def recorded(table: ClaimTable) -> None:
        build(table)
        built.extend(name for name in table.__dict__ if name in ClaimTable.BUILT_FIRST)

    run_batch = score._score_batch

    def first_batch(batch: score.PairBatch, options: Options) -> object:
        seen_by_first_batch.append(set(batch.claims.__dict__))
        return run_batch(batch, options)

    monkeypatch.setattr(ClaimTable, "build_costly_columns", recorded)
    monkeypatch.setattr(score, "_score_batch", first_batch)
    keys = _corpus(30, seed=5)
    score.score_pairs(_all_pairs(len(keys)), keys, Options())
    costly = {"_word_grams", "token_set", "token_grams", "name_sets"}
    assert costly <= set(built)
    assert costly <= seen_by_first_batch[0]
    # the columns were filled in the order given, the n-grams before the rest
    assert built[0] == "_word_grams"


def test_distinct_pairs_are_kept_as_int32_while_scoring() -> None:
    """One int per side of every distinct pair is alive through scoring: int32, not int64."""
    from claimtrack.match import score

    owner = np.array([0, 1, 1, 2, 3], dtype=np.int64)
    pairs = np.array([[0, 1], [0, 2], [3, 4], [1, 4]], dtype=np.int32)
    which, left, right = score._distinct_pairs(owner, pairs, 4)
    assert which.dtype == left.dtype == right.dtype == np.int32
    # pairs 0 and 1 are one pair of keys (claims 1 and 2 share key 1)
    assert which[0] == which[1]
    assert sorted(zip(left.tolist(), right.tolist(), strict=True)) == [(0, 1), (1, 3), (2, 3)]


def test_scored_pairs_hold_claims_and_word_counts_as_int32(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scored pairs are alive from the end of scoring to the end of judging: their two
    claims and their shared word count as int32 (12 bytes a pair less than int64), whether
    made from lists or by the scorer, and the pairs score the same in one batch as in many."""
    from claimtrack.match import score
    from claimtrack.match.pairs import COLUMNS
    from test_score_batch import _all_pairs, _corpus

    made = score.ScoredPairs([1, 2], [3, 4], [0.5, 0.25], [0.1, 0.2], shared=[2, 3])
    assert [c.dtype for c in made.columns()] == [
        np.int32,
        np.int32,
        np.float64,
        np.float64,
        np.bool_,
        np.int32,
        np.bool_,
        np.bool_,
    ]
    assert made[1].left == 2 and made[1].shared == 3 and type(made[1].shared) is int
    # the related pairs' rows go to readers that multiply claim indexes: int64
    assert made.key_rows().dtype == np.int64
    assert made.key_rows().tolist() == [[1, 3], [2, 4]]
    keys = _corpus(30, seed=5)
    pairs = _all_pairs(len(keys))
    whole = score.score_pairs(pairs, keys, Options())
    monkeypatch.setattr(score, "SCORE_CHUNK_PAIRS", 7)
    sliced = score.score_pairs(pairs, keys, Options())
    assert [c.dtype for c in sliced.columns()] == [np.dtype(t) for _, t in COLUMNS]
    assert len(sliced) > 7
    assert all(np.array_equal(a, b) for a, b in zip(sliced.columns(), whole.columns(), strict=True))


def test_freed_memory_is_returned_after_scoring_and_after_judging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pages the scorer's table and the judge's memos held go back to the system before
    the next stage (``collector.return_freed_memory``)."""
    from claimtrack import judge, match

    calls: list[str] = []
    monkeypatch.setattr(pipeline, "return_freed_memory", lambda: calls.append("trim"))
    for module, name in ((match, "score_pairs"), (judge, "PairJudgements"), (match, "group")):
        original = getattr(module, name)

        def marked(*args: object, _name: str = name, _run: object = original) -> object:
            calls.append(_name)
            return _run(*args)  # type: ignore[operator]

        monkeypatch.setattr(module, name, marked)
    options = Options(jobs=1)
    articles = make_articles(6)
    pipeline.analyse(articles, pipeline.parse_all(articles, options), options)
    assert calls.index("score_pairs") < calls.index("trim", calls.index("score_pairs"))
    after_scoring = calls.index("trim", calls.index("score_pairs"))
    assert after_scoring < calls.index("PairJudgements")
    assert "trim" in calls[calls.index("PairJudgements") : calls.index("group")]


def test_malloc_trim_is_found_on_glibc() -> None:
    import platform
    import sys

    from claimtrack import collector

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("malloc_trim is glibc's")
    assert collector._malloc_trim() is not None
    collector.return_freed_memory()  # no error


def test_mallopt_is_found_on_glibc_and_large_blocks_can_be_mapped() -> None:
    import platform
    import sys

    from claimtrack import collector

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt is glibc's")
    assert collector._mallopt() is not None
    with collector.large_blocks_mapped():
        block = np.ones(4 * collector.MAPPED_BLOCK_BYTES, dtype=np.uint8)
        assert int(block.sum()) == len(block)


def test_large_blocks_are_mapped_inside_the_block_and_the_threshold_set_back_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrack import collector

    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(collector, "_mallopt", lambda: lambda p, v: calls.append((p, v)) or 1)
    with pytest.raises(RuntimeError), collector.large_blocks_mapped():
        assert calls == [(collector._M_MMAP_THRESHOLD, collector.MAPPED_BLOCK_BYTES)]
        raise RuntimeError("set back even so")
    assert calls[1:] == [(collector._M_MMAP_THRESHOLD, collector.UNMAPPED_BLOCK_BYTES)]


def test_without_glibc_the_allocator_calls_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS, Windows, a C library without the symbols: found as None, and the helpers that
    call them are no-ops (the library stays usable everywhere)."""
    import ctypes

    from claimtrack import collector

    monkeypatch.setattr(collector.sys, "platform", "darwin")
    assert collector._libc_function("mallopt") is None
    monkeypatch.setattr(collector.sys, "platform", "linux")

    class NoAllocatorCalls:
        def __init__(self, name: object) -> None:
            pass

    monkeypatch.setattr(ctypes, "CDLL", NoAllocatorCalls)
    assert collector._libc_function("mallopt") is None
    assert collector._libc_function("malloc_trim") is None

    def missing(name: object) -> None:
        raise OSError("no such library")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert collector._libc_function("mallopt") is None
    monkeypatch.setattr(collector, "_mallopt", lambda: None)
    monkeypatch.setattr(collector, "_malloc_trim", lambda: None)
    with collector.large_blocks_mapped():
        pass
    collector.return_freed_memory()


def test_pairs_are_scored_and_judged_with_large_blocks_mapped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From scoring to the end of judging (the peaks), not while parsing or normalizing."""
    from contextlib import contextmanager

    from claimtrack import judge, match, normalize

    calls: list[str] = []

    @contextmanager
    def mapped() -> Any:
        calls.append("map")
        yield
        calls.append("unmap")

    monkeypatch.setattr(pipeline, "large_blocks_mapped", mapped)
    for module, name in (
        (normalize, "normalize_claims"),
        (match, "score_pairs"),
        (judge, "build_clusters"),
    ):
        original = getattr(module, name)

        def marked(*args: Any, _name: str = name, _run: Any = original, **kwargs: Any) -> Any:
            calls.append(_name)
            return _run(*args, **kwargs)

        monkeypatch.setattr(module, name, marked)
    options = Options(jobs=1)
    articles = make_articles(6)
    pipeline.analyse(articles, pipeline.parse_all(articles, options), options)
    assert calls == ["normalize_claims", "map", "score_pairs", "build_clusters", "unmap"]


def test_dense_ranks_needs_few_ints_per_value_at_once() -> None:
    """The word n-gram ids of a large archive are ranked over millions of words: the ranking
    holds at most about three int64 per value at once (it held five), and ranks as before."""
    from claimtrack.match.columns import dense_ranks

    values = np.random.default_rng(7).integers(0, 50_000, size=400_000, dtype=np.int64)
    _, expected = np.unique(values, return_inverse=True)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        ranks = dense_ranks(values)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert np.array_equal(ranks, expected)
    assert peak <= 30 * len(values)
    assert len(dense_ranks(np.zeros(0, dtype=np.int64))) == 0


def test_intern_leaves_no_reference_cycle_behind() -> None:
    # The pipeline runs with the cyclic collector paused: a vocabulary kept by a cycle would
    # stay alive to the end of the run. Reference counting alone must free it.
    import gc
    from collections import defaultdict

    from claimtrack.match.columns import intern

    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        owner, ids, vocabulary = intern([["harbour", "ferry"], ["ferry", "strike"], []])
        gc.collect()
        cycles = [o for o in gc.garbage if isinstance(o, defaultdict)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert cycles == []
    assert owner.tolist() == [0, 0, 1, 1]
    assert ids.tolist() == [0, 1, 1, 2]
    assert vocabulary == ["harbour", "ferry", "strike"]


def test_the_judge_memos_are_empty_when_the_link_rules_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pipeline empties the judge's memos (and the claims' facts) between the pass over
    the scored pairs and the link rules of ``conflict_links``."""
    from claimtrack.judge import judgements, text

    filled, emptied = _memo_sizes_around(
        monkeypatch,
        (judgements, "_contradicting_pairs"),
        (judgements, "reason_links"),
        text._content_of,
        (("council", "approve"),),
    )
    assert filled and filled[0] > 0
    assert emptied == [0]


def _has_a_dict(model: object) -> bool:
    """Whether ``model`` holds a ``__dict__`` object (asking for it would make one)."""
    import gc

    return any(type(referent) is dict for referent in gc.get_referents(model))


def _pydantic_hash(model: Any) -> int:
    """pydantic's own hash of a frozen model: its fields' values in field order."""
    return hash(tuple(model.__dict__[name] for name in type(model).model_fields))


def test_compact_claims_compare_and_hash_as_pydantic_does_without_a_dict() -> None:
    claim = full_claim(4)
    small = compact_claim(claim)
    other = compact_claim(full_claim(5))
    parts = (*small.numbers, *small.dates, *small.entities)
    assert small == claim and claim == small and small != other
    assert small == compact_claim(full_claim(4))
    assert len({small, compact_claim(full_claim(4)), claim, other}) == 2
    assert set(parts) == {*claim.numbers, *claim.dates, *claim.entities}
    unlike: list[tuple[object, object]] = [
        (small.numbers[0], small.dates[0]),
        (small, small.numbers[0]),
        (small, "a claim"),
        (small.entities[0], ("council", "Council", 14, 21)),
    ]
    assert all(a != b and b != a for a, b in unlike)
    assert not any(map(_has_a_dict, (small, other, *parts)))
    # the same hash as pydantic's, read from the models as built (which have a dict)
    assert hash(small) == _pydantic_hash(claim)
    for part, built in zip(parts, (*claim.numbers, *claim.dates, *claim.entities), strict=True):
        assert hash(part) == _pydantic_hash(built) and part == built
    # a field that differs in one place only, and a JSON round trip
    changed = compact_claim(claim.model_copy(update={"spans": ((10, 30), (40, 58))}))
    assert changed != small and changed.spans != small.spans
    assert Claim.model_validate_json(changed.model_dump_json()) == changed
    assert Claim.model_validate_json(small.model_dump_json()) == small

    # identical values are equal even where == says otherwise, as in pydantic's dict compare
    def nan() -> NumberMention:
        return NumberMention(text="n", start=1, end=2, low=float("nan"), high=None)

    same = nan()
    assert same == same and same != nan()


def _compact_report(claims: int) -> Report:
    """A report of ``claims`` compact claims (every kind of part) and compact clusters."""
    made = [compact_claim(full_claim(n)) for n in range(claims)]
    clusters = [
        make_cluster(n + 1, [claim], [], [], ("Outlet",), published={})
        for n, claim in enumerate(made)
    ]
    return Report(tool_version="0", articles=(), claims=tuple(made), clusters=tuple(clusters))


@pytest.mark.parametrize(("indent", "exclude_defaults"), [(2, False), (None, True)])
def test_the_streamed_json_of_sliced_claims_is_pydantics_own(
    monkeypatch: pytest.MonkeyPatch, indent: int | None, exclude_defaults: bool
) -> None:
    # WHY no copies: serializing copies of each slice (to spare the compact models a
    # dict each) cost 20 s more at 10,000 articles and raised the peak (session 38)
    monkeypatch.setattr(json_format, "MIN_SLICE", 2)
    report = _compact_report(7)
    streamed = b"".join(
        json_format.iter_model_json(report, indent=indent, exclude_defaults=exclude_defaults)
    )
    expected = report.model_dump_json(indent=indent, exclude_defaults=exclude_defaults)
    assert streamed == expected.encode("utf-8")


def test_pair_codes_of_int32_claims_do_not_wrap_around() -> None:
    """``left * width + right`` of int32 claim columns, past 2**31: widened to int64 (an
    int32 product wraps around at a width of 46,341 claims, and two pairs would share a
    code)."""
    from claimtrack.judge.arrays import ScoredArrays
    from claimtrack.match import ScoredPairs

    big = 600_000
    pairs = ScoredPairs([big - 2, big - 1, 5], [big - 1, big - 3, 7], [90.0] * 3, [0.9] * 3)
    arrays = ScoredArrays(pairs, Options())
    assert arrays.left.dtype == np.int32
    codes = arrays.codes
    assert codes.dtype == np.int64
    assert codes.tolist() == [(big - 2) * big + big - 1, (big - 1) * big + big - 3, 5 * big + 7]


def _boilerplate_and_analysed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, options: Options
) -> tuple[Report, list[list[Claim]]]:
    """A report of three articles that open with a credit line (boilerplate), and the
    claims ``analyse`` was given."""
    for article in make_articles(3):
        (tmp_path / article.path).write_text(article.text, encoding="utf-8")
    given: list[list[Claim]] = []
    real = pipeline.analyse

    def recorded(articles: Any, claims: Any, *args: Any, **kwargs: Any) -> Any:
        given.append(list(claims))
        return real(articles, claims, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", recorded)
    return pipeline.build_report([tmp_path], options), given


def test_boilerplate_claims_are_dropped_before_the_analysis(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The report leaves boilerplate out: it is not kept alive through the analysis."""
    report, given = _boilerplate_and_analysed(monkeypatch, tmp_path, Options(jobs=1))
    assert given and given[0]
    assert all(c.kind is not Kind.BOILERPLATE for c in given[0])
    assert [c.id for c in given[0]] == [c.id for c in report.claims]


def test_boilerplate_claims_are_analysed_when_asked_to_match_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The near miss: with boilerplate among the kinds to match, the analysis gets it."""
    options = Options(jobs=1, kinds=(Kind.FACT, Kind.BOILERPLATE))
    report, given = _boilerplate_and_analysed(monkeypatch, tmp_path, options)
    assert any(c.kind is Kind.BOILERPLATE for c in given[0])
    assert all(c.kind is not Kind.BOILERPLATE for c in report.claims)


def test_the_judged_pairs_flags_are_one_byte_each_and_judge_as_bools() -> None:
    """A group's ``matched`` flags are bytes (0/1), not a list of bools: judged alike."""
    from claimtrack.judge.clusters import _GroupPairs
    from claimtrack.match import ScoredPairs
    from claimtrack.match.pairs import ScoredPair

    pairs = ScoredPairs.of([ScoredPair(0, 1, 0.9, 90.0), ScoredPair(0, 2, 0.5, 50.0)])
    rows = _GroupPairs(pairs, np.array([True, False]), {0: (0, 2)}).rows_of(0)
    assert rows is not None
    flags = rows[3]
    assert isinstance(flags, bytes) and list(flags) == [1, 0]
