"""bench/real_dev_diagnostics.py, behind eval_real_dev.py's --misses and --similarity-links:
a missed agree pair whose two tellings the run did cluster, though a claim's range does not
cover its gold span (a near miss), is told apart from the others; a one-fact pair grouping kept
apart names the merge test's support and the stronger partners."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import numpy as np

from claimtrack.evaluate import MissedAgreement, Span
from claimtrack.match import ScoredPair, ScoredPairs
from claimtrack.normalize import normalize_text
from claimtrack.options import Options

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _diagnostics_module() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # as when diagnostics.py imports it from its folder
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_real_dev_diagnostics", BENCH / "real_dev_diagnostics.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        # registered first: its dataclasses look their module up while they are made
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


diagnostics = _diagnostics_module()


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
    return diagnostics.near_misses(report, miss, cluster_of)  # type: ignore[no-any-return]


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


def test_cross_pairs_leave_out_claims_of_one_article() -> None:
    articles = ["a", "b", "a", "c"]
    rows = diagnostics.cross_pairs([0, 1], [2, 3], articles)
    assert rows.tolist() == [[0, 3], [1, 2], [1, 3]]
    assert diagnostics.cross_pairs([0], [2], articles).shape == (0, 2)


def test_the_strongest_partner_is_the_best_scored_one_fact_pair_of_the_claim() -> None:
    scored = ScoredPairs.of(
        [
            ScoredPair(0, 1, 30.0, 80.0),
            ScoredPair(2, 0, 60.0, 90.0),  # the claim on the right
            ScoredPair(0, 3, 95.0, 40.0),  # stronger, but not one fact
            ScoredPair(1, 2, 99.0, 99.0),  # one fact, without the claim
        ]
    )
    one_fact = np.array([True, True, False, True])
    found = diagnostics.strongest_partner(0, scored, one_fact)
    assert found is not None and (found.left, found.right) == (2, 0)
    assert diagnostics.strongest_partner(3, scored, one_fact) is None


def _kept_apart(proposed: set[tuple[int, int]]) -> list[str]:
    # 0 and 2 state one fact; 0 sits with 3, a closer restatement, 2 with 4 (no pair with it)
    texts = [
        "The city council approved the new budget on Tuesday",
        "unused",
        "The council approved the budget after a long debate",
        "The mayor praised the city council for the new budget",
        "The mayor said the budget would fund two new schools",
    ]
    keys = [normalize_text(t) for t in texts]
    names = [f"{article}.txt:1" for article in "abxcd"]
    articles = ["a", "b", "x", "c", "d"]
    return diagnostics.grouping_apart(  # type: ignore[no-any-return]
        (0, 2), ([0, 3], [2, 4]), keys, names, articles, proposed, Options()
    )


EVERY_PAIR = {(i, j) for i in range(5) for j in range(i + 1, 5)}


def test_a_one_fact_pair_kept_apart_names_the_support_and_the_stronger_partner() -> None:
    lines = _kept_apart(EVERY_PAIR)
    assert lines[0] == (
        "    grouping: 2 of 4 cross-article pairs between the two clusters are one fact or "
        "back a merge; a merge needs more than half (2 with every pair scored, not only those "
        "blocking proposed)"
    )
    assert len(lines) == 2
    assert lines[1].startswith(
        "    a.txt:1 has a stronger one-fact partner in its cluster, c.txt:1 (score "
    )


def test_pairs_blocking_did_not_propose_count_only_with_every_pair_scored() -> None:
    # the run never scored 3~4 nor 0~3: no support from the one, no partner from the other
    lines = _kept_apart(EVERY_PAIR - {(3, 4), (0, 3)})
    assert lines == [
        "    grouping: 1 of 4 cross-article pairs between the two clusters are one fact or "
        "back a merge; a merge needs more than half (2 with every pair scored, not only those "
        "blocking proposed)"
    ]


def test_links_by_similarity_alone_are_one_fact_pairs_below_the_match_threshold() -> None:
    options = Options()
    scored = ScoredPairs.of(
        [
            ScoredPair(0, 1, 20.0, 85.0, shared=3),  # by similarity alone
            ScoredPair(0, 2, 90.0, 85.0, shared=3),  # a match by score as well
            ScoredPair(1, 2, 20.0, 85.0, shared=0),  # no tying word: not one fact
            ScoredPair(2, 3, 20.0, 60.0, shared=3),  # similarity below the strong one
            ScoredPair(3, 4, 20.0, 85.0, True, 3),  # vetoed
        ]
    )
    found = diagnostics.by_similarity_alone(scored, options)
    assert found.tolist() == [True, False, False, False, False]


def test_every_cross_pair_leaves_out_one_article_and_folded_headlines() -> None:
    rows = diagnostics.every_cross_pair(["a", "b", "a", "c"], {3})
    assert rows.tolist() == [[0, 1], [1, 2]]
    assert diagnostics.every_cross_pair(["a", "a"], set()).shape == (0, 2)


def _recall(proposed: set[tuple[int, int]]) -> Any:
    # 0 and 1 restate one fact; 2 is another story, 3 a folded headline of article a
    texts = [
        "The city council approved the new budget on Tuesday",
        "The city council approved the new budget on Tuesday evening",
        "Heavy rain flooded the coastal road near the harbour",
        "Council approves budget",
    ]
    keys = [normalize_text(t) for t in texts]
    return diagnostics.blocking_recall(keys, ["a", "b", "c", "a"], proposed, {3}, Options())


def test_blocking_recall_counts_the_one_fact_pairs_blocking_proposed() -> None:
    every = _recall({(0, 1), (0, 2), (1, 2)})
    assert (every.claims, every.cross, every.proposed) == (3, 3, 3)
    assert (every.one_fact.proposed, every.one_fact.every) == (1, 1)
    missed = _recall({(0, 2), (1, 2)})
    assert (missed.one_fact.proposed, missed.one_fact.every) == (0, 1)
    assert missed.by_score.every + missed.by_similarity.every == 1
    assert str(missed.one_fact) == "0.00 (0/1)"
    assert missed.line("ev").startswith(
        "ev: 3 claims, 3 cross-article pairs, blocking proposed 2 (1.3 candidates per claim); "
        "one fact 0.00 (0/1)"
    )


def test_blocking_recalls_add_up_and_an_empty_kind_has_no_share() -> None:
    total = _recall({(0, 1)}) + _recall(set())
    assert (total.claims, total.cross, total.proposed) == (6, 6, 1)
    assert (total.one_fact.proposed, total.one_fact.every) == (1, 2)
    assert str(diagnostics.Recall(0, 0)) == "- (0/0)"
