"""The fast paths of republication detection, grouping and judging give what the plain
algorithms give: each is checked against a plain version written here, or against the
function it stands in for."""

from __future__ import annotations

import gc
import itertools
import random
import weakref
from collections import Counter
from pathlib import Path

import pytest

from claimtrack import judge, match, provenance
from claimtrack.collector import collection_paused
from claimtrack.judge import judgements
from sample_run import sample_run

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# --- the collector pause ------------------------------------------------------------------


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves the outer pause alone
    assert gc.isenabled()


def test_the_collector_is_restored_after_an_error() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_what_the_pause_kept_alive_is_not_walked_when_the_collector_resumes() -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    try:
        with collection_paused():
            kept = [[n] for n in range(5 * gc.get_threshold()[0])]
            gc.callbacks.append(count)
        after = [[n] for n in range(10)]  # far fewer allocations than a collection needs
    finally:
        gc.callbacks.remove(count)
    # A plain ``gc.enable()`` collects the young generation (all of ``kept``) right here.
    assert collections == []
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert len(kept) + len(after) > 0


def test_a_cycle_made_during_the_pause_is_still_collected_after_it() -> None:
    with collection_paused():
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
    assert gone() is not None  # a cycle: reference counting alone never frees it
    gc.collect()
    assert gone() is None


def test_objects_the_caller_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            pass
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


# --- republication: shingles and shared-shingle counts -------------------------------------


def test_shingles_are_the_runs_of_folded_words() -> None:
    text = "One two three four five six seven eight nine ten"
    same = "one TWO three, four five six seven eight nine ten!"
    assert provenance.shingles(text) == provenance.shingles(same)
    assert len(provenance.shingles(text)) == 3  # 10 words: three runs of 8
    assert provenance.shingles("too short to make a run") == frozenset()
    moved = "two one three four five six seven eight nine ten"
    assert len(provenance.shingles(moved) & provenance.shingles(text)) == 1  # the last run only


def _plain_shared(sets: dict[str, frozenset[int]]) -> dict[tuple[str, str], int]:
    """The counts the way they were first written: holders of each shingle, pair by pair."""
    holders: dict[int, list[str]] = {}
    for name in sorted(sets):
        for shingle in sets[name]:
            holders.setdefault(shingle, []).append(name)
    counts: Counter[tuple[str, str]] = Counter()
    for names in holders.values():
        if 1 < len(names) <= provenance.MAX_SHARED_BY:
            counts.update(itertools.combinations(names, 2))
    return dict(counts)


@pytest.mark.parametrize("batch", [3, 1 << 22])
def test_shared_shingles_match_a_pair_by_pair_count(
    batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small batch makes the counter merge its counts many times over.
    monkeypatch.setattr(provenance, "_PAIR_BATCH", batch)
    rng = random.Random(7)
    pool = list(range(120))
    sets = {f"a{n:02d}": frozenset(rng.sample(pool, rng.randint(0, 40))) for n in range(30)}
    # one shingle held by more articles than counts as evidence
    sets = {name: own | {999} for name, own in sets.items()}
    ids = sorted(sets)
    firsts, seconds, shared = provenance._shared_shingles(ids, sets)
    found = {
        (ids[f], ids[s]): n
        for f, s, n in zip(firsts.tolist(), seconds.tolist(), shared.tolist(), strict=True)
    }
    assert found == _plain_shared(sets)
    assert list(found) == sorted(found)  # in id order, as the copies are looked at


# --- judging: what is kept per run ---------------------------------------------------------


def test_reason_and_news_date_links_are_found_once_per_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims, keys, scored, options = sample_run()
    calls: Counter[str] = Counter()
    # patched where ``PairJudgements`` looks them up, the only callers in a run
    for name in ("reason_links", "news_date_links"):
        real = getattr(judgements, name)

        def counting(*args: object, _real: object = real, _name: str = name) -> object:
            calls[_name] += 1
            return _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(judgements, name, counting)
    judged = judge.PairJudgements(claims, keys, options)
    links = judge.conflict_links(claims, keys, scored, options, judged)
    groups = match.group(
        len(claims),
        [p for p in scored if match.same_fact(p, options)],
        [c.article_id for c in claims],
        links,
    )
    judge.build_clusters(
        groups,
        claims,
        keys,
        scored,
        [],
        {c.article_id: c.article_id for c in claims},
        options,
        links,
        judged,
    )
    assert calls == {"reason_links": 1, "news_date_links": 1}
    assert judged.reasons() == judge.reason_links(claims, keys, options)


def test_kept_judgements_are_those_of_judge_pair() -> None:
    claims, keys, scored, options = sample_run()
    judged = judge.PairJudgements(claims, keys, options)
    assert scored
    for p in scored:
        i, j = p.left, p.right
        expected = judge.judge_pair(claims[i], claims[j], keys[i], keys[j], options)
        assert judged.of(i, j) == expected
        assert judged.conflicts(i, j) == expected[0]
    assert any(judged.conflicts(p.left, p.right) for p in scored)  # the samples do conflict
