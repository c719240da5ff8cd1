"""Grouping: contradicting pairs are put side by side before mere agreements."""

from __future__ import annotations

from claimtrack import match
from claimtrack.match import ScoredPair


def test_a_contradicting_pair_is_grouped_before_a_larger_group_absorbs_one_side() -> None:
    # 0 "Iran broke off talks", 1 "Iran skipped the talks", 2 "Oman suspended its mediation",
    # 3 "Oman resumed its mediation". 2 reads like 0 and 1 too, but it contradicts 3.
    edges = [
        ScoredPair(0, 1, 90.0, 90.0),
        ScoredPair(0, 2, 80.0, 80.0),
        ScoredPair(1, 2, 75.0, 75.0),
        ScoredPair(2, 3, 40.0, 100.0),
    ]
    articles = ["a", "b", "c", "d"]
    assert match.group(4, edges, articles) == [[0, 1, 2], [3]]
    assert match.group(4, edges, articles, links=[(3, 2)]) == [[0, 1], [2, 3]]


def test_a_link_still_needs_a_coherent_merge() -> None:
    # 0 and 1 agree; 2 contradicts 0 but shares nothing with 1: the link joins 0 and 2 first,
    # and 1 then joins only if most of its cross pairs are edges (1 of 2 is not most).
    edges = [ScoredPair(0, 1, 90.0, 90.0)]
    assert match.group(3, edges, ["a", "b", "c"], links=[(0, 2)]) == [[0, 2], [1]]


def test_contradiction_steps_are_each_pair_once_low_then_high_in_order() -> None:
    from claimtrack.match.group import _distinct_pairs

    links = [(5, 2), (2, 5), (0, 9), (3, 3), (9, 0), (1, 4)]
    assert _distinct_pairs(links, 10) == [(0, 9), (1, 4), (2, 5), (3, 3)]
    assert _distinct_pairs([], 10) == []
    # an index past n still gets its own code
    assert _distinct_pairs([(12, 1), (1, 12)], 3) == [(1, 12)]
