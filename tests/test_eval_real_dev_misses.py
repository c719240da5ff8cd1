"""bench/eval_real_dev.py: a missed agree pair whose two tellings the run did cluster, though
a claim's range does not cover its gold span (a near miss), is told apart from the others."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

from claimtrack.evaluate import MissedAgreement, Span

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _eval_module() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # the script imports its neighbour ``floors``
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_eval_real_dev", BENCH / "eval_real_dev.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


eval_real_dev = _eval_module()


def _claim(claim_id: str, article: str, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(id=claim_id, article_id=article, start=start, end=end)


def _span(file: str, start: int, end: int) -> Span:
    return Span(file=file, start=start, end=end, quote="x" * (end - start))


def _near(
    claims: list[SimpleNamespace], clusters: dict[str, str], miss: MissedAgreement
) -> list[str]:
    by_id = {name: SimpleNamespace(id=name) for name in set(clusters.values())}
    cluster_of = {claim_id: by_id[name] for claim_id, name in clusters.items()}
    report = SimpleNamespace(claims=claims)
    return eval_real_dev.near_misses(report, miss, cluster_of)  # type: ignore[no-any-return]


def test_a_clustered_claim_that_misses_its_span_by_range_is_a_near_miss() -> None:
    # a.txt:1 spans a left-out relative clause (0-120) and touches the gold span 80-200
    # by 40 characters only: not covering, yet in the cluster of the other side's claim
    claims = [_claim("a.txt:1", "a.txt", 0, 120), _claim("b.txt:1", "b.txt", 10, 60)]
    miss = MissedAgreement(
        a=_span("a.txt", 80, 200), b=_span("b.txt", 10, 60), covering_a=(), covering_b=("b.txt:1",)
    )
    lines = _near(claims, {"a.txt:1": "c1", "b.txt:1": "c1"}, miss)
    assert lines == [
        "  near miss: a.txt:1 and b.txt:1 share c1, but a.txt:1 (0-120) does not cover 80-200"
    ]


def test_claims_in_two_clusters_or_apart_from_the_span_are_no_near_miss() -> None:
    claims = [
        _claim("a.txt:1", "a.txt", 0, 120),
        _claim("b.txt:1", "b.txt", 10, 60),
        _claim("a.txt:2", "a.txt", 300, 400),  # in the cluster, but away from the gold span
    ]
    miss = MissedAgreement(
        a=_span("a.txt", 80, 200), b=_span("b.txt", 10, 60), covering_a=(), covering_b=("b.txt:1",)
    )
    assert _near(claims, {"a.txt:1": "c1", "b.txt:1": "c2", "a.txt:2": "c2"}, miss) == []
