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


def test_a_match_without_a_shared_frame_merges_after_the_framed_pairs() -> None:
    # 0 "The move was very good news", 1 "The connection was very good" (a high score from
    # the shared wording, no shared frame), 2 "The president called the move very good news".
    edges = [ScoredPair(0, 1, 85.0, 0.0), ScoredPair(0, 2, 30.0, 100.0)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 2], [1]]


def test_framed_matches_still_merge_strongest_first() -> None:
    # the same scores with a frame shared by both pairs: the stronger one merges first
    edges = [ScoredPair(0, 1, 85.0, 80.0), ScoredPair(0, 2, 30.0, 100.0)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 1], [2]]


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


def _grouped_pair_by_pair(
    n: int,
    edges: list[ScoredPair],
    articles: list[str],
    links: list[tuple[int, int]],
    related: list[tuple[int, int]],
) -> list[list[int]]:
    """The grouping rule written plainly: every sampled cross-article pair looked at."""
    from claimtrack.match.group import (
        MERGE_SAMPLE,
        MERGE_SUPPORT,
        WEAK_SCORE,
        WEAK_TIES,
        _distinct_pairs,
    )

    connected = {(e.left, e.right) for e in edges} | set(links) | set(related)
    connected |= {(j, i) for i, j in connected}
    steps = [(i, j, False) for i, j in _distinct_pairs(links, n)] + [
        (e.left, e.right, e.score < WEAK_SCORE and e.shared < WEAK_TIES)
        for e in sorted(edges, key=lambda e: (e.similarity <= 0, -e.score, e.left, e.right))
    ]
    members = {i: [i] for i in range(n)}
    root = list(range(n))
    for i, j, weak in steps:
        a, b = root[i], root[j]
        if a == b:
            continue
        # a weak edge adds no lone claim to a group holding a claim of its article
        if weak and any(
            len(members[lone]) == 1
            and any(articles[m] == articles[lone] for m in members[other][:MERGE_SAMPLE])
            for lone, other in ((b, a), (a, b))
        ):
            continue
        cross = [
            (x, y)
            for x in members[a][:MERGE_SAMPLE]
            for y in members[b][:MERGE_SAMPLE]
            if articles[x] != articles[y]
        ]
        if cross and sum(pair in connected for pair in cross) <= MERGE_SUPPORT * len(cross):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for m in members[b]:
            root[m] = a
        members[a].extend(members.pop(b))
    return sorted(sorted(g) for g in members.values())


def test_grouping_gives_the_groups_of_the_plain_pair_by_pair_rule() -> None:
    # The shortcuts (lone claims, counts by set sizes, refused tests remembered) must never
    # change a group: random graphs dense enough for large groups and refused merges.
    import random

    for seed in range(40):
        rng = random.Random(seed)
        n = rng.randint(2, 70)
        articles = [f"article-{rng.randint(0, n // 3)}" for _ in range(n)]
        pairs = {(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(1, 4 * n))}
        # a fifth of the edges share no frame (similarity 0): merged after the others
        # and a few are weak (a low score, one tying word): they add no second claim of an
        # article to a group
        edges = [
            ScoredPair(
                i,
                j,
                float(rng.choice([rng.randint(40, 100), rng.randint(40, 100), rng.randint(0, 30)])),
                rng.choice([90.0, 90.0, 90.0, 90.0, 0.0]),
                shared=rng.choice([0, 1, 2, 3]),
            )
            for i, j in sorted(pairs)
            if i < j
        ]
        links = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, n // 4))]
        related = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, n))]
        expected = _grouped_pair_by_pair(n, edges, articles, links, related)
        assert match.group(n, edges, articles, links, related) == expected


def test_ties_between_edges_are_broken_as_the_plain_rule_breaks_them() -> None:
    import random

    for seed in range(6):
        rng = random.Random(seed)
        n = 60
        articles = [f"art{rng.randint(0, 7)}" for _ in range(n)]
        pairs = {tuple(sorted(rng.sample(range(n), 2))) for _ in range(150)}
        # few distinct scores: many edges tie
        edges = [ScoredPair(i, j, float(rng.randint(60, 64)), 80.0) for i, j in sorted(pairs)]
        expected = _grouped_pair_by_pair(n, edges, articles, [], [])
        assert match.group(n, edges, articles) == expected


def test_neighbours_are_each_claims_connected_claims_as_sets_would_hold_them() -> None:
    # Few neighbours are kept as a tuple, many as a frozenset (memory, ``_neighbours``): both
    # must hold exactly the claims a set per claim held, each once, whichever column or
    # direction named the pair, a claim paired with itself and claims past ``n`` included.
    import importlib
    import random

    import numpy as np

    # the module, not ``match.group`` (the function it exports under the same name)
    grouping = importlib.import_module("claimtrack.match.group")

    rng = random.Random(3)
    n = 40
    hub = [(0, j) for j in range(1, 2 * grouping.FEW_NEIGHBOURS)]  # a claim with many
    pairs = hub + [(rng.randrange(n), rng.randrange(n)) for _ in range(120)] + [(5, 5), (7, 44)]
    thirds = [pairs[k::3] for k in range(3)]
    columns = [(np.array([i for i, _ in part]), np.array([j for _, j in part])) for part in thirds]
    expected: dict[int, set[int]] = {}
    for i, j in pairs:
        expected.setdefault(i, set()).add(j)
        expected.setdefault(j, set()).add(i)
    found = grouping._neighbours(columns, n)
    assert len(found) == 45
    for claim, near in enumerate(found):
        assert len(near) == len(set(near)) == len(expected.get(claim, ()))
        assert set(near) == expected.get(claim, set())
        assert isinstance(near, tuple) == (len(near) <= grouping.FEW_NEIGHBOURS)
    assert grouping._neighbours([(np.zeros(0, dtype=np.int64),) * 2], 3) == [(), (), ()]


def test_neighbours_hold_the_callers_index_objects() -> None:
    import importlib

    import numpy as np

    grouping = importlib.import_module("claimtrack.match.group")
    # ints past the small-int cache: each is an object of its own
    n = 1000
    numbers = list(range(n))
    left, right = np.array([300, 300, 999]), np.array([700, 998, 1003])
    found = grouping._neighbours([(left, right)], n, numbers)
    assert len(found) == 1004
    assert found[300] == (700, 998)
    assert all(a is b for a, b in zip(found[300], (numbers[700], numbers[998]), strict=True))
    assert found[700][0] is numbers[300]
    # past the caller's list: numbered as before
    assert found[999] == (1003,) and found[1003] == (999,)
    assert found[999][0] == 1003 and found[1003][0] is numbers[999]
    assert found == grouping._neighbours([(left, right)], n)
    # a shorter list of indexes: the rest made here
    assert grouping._neighbours([(left, right)], n, numbers[:500]) == found


def test_claims_no_step_reaches_are_lone_groups_in_order() -> None:
    # 4 and 5 match, then 1 joins them (both its pairs into the group are edges): the group's
    # root is 4, its least member 1; 0, 2 and 3 meet no step and stay alone, in order
    edges = [
        ScoredPair(4, 5, 95.0, 95.0),
        ScoredPair(1, 4, 90.0, 90.0),
        ScoredPair(1, 5, 85.0, 85.0),
    ]
    articles = ["a", "b", "c", "d", "e", "f"]
    assert match.group(6, edges, articles) == [[0], [1, 4, 5], [2], [3]]
    assert match.group(3, [], ["a", "b", "c"]) == [[0], [1], [2]]
    assert match.group(0, [], []) == []


def test_groups_of_the_reached_roots_and_of_the_lone_claims() -> None:
    from claimtrack.match.group import _groups

    # claim 2's group (root 2) holds 0 and 5; 1 joined 3's group; 4 and 6 were never reached
    members = {2: [2, 5, 0], 3: [3, 1]}
    root = [2, 3, 2, 3, 4, 2, 6]
    assert _groups(members, root) == [[0, 2, 5], [1, 3], [4], [6]]
    assert members == {}  # emptied: its lists are the groups' now


def _weak(i: int, j: int, score: float = 10.0, shared: int = 1) -> ScoredPair:
    return ScoredPair(i, j, score, 90.0, shared=shared)


def test_a_weak_edge_adds_no_second_claim_of_an_article_to_a_group() -> None:
    # 0 "The launch of Tessera-2 was postponed" (a), 1 "Corvane postponed the launch" (b),
    # 2 "Corvane has launched 14 rockets since 2021" (a again): tied to 1 by a word and a
    # frame, with a low score
    articles = ["a", "b", "a"]
    strong = ScoredPair(0, 1, 80.0, 90.0, shared=3)
    assert match.group(3, [strong, _weak(1, 2)], articles) == [[0, 1], [2]]
    # between claims of three articles weak edges join them: no second claim of an article
    weak_pair = [_weak(1, 2), _weak(0, 2)]
    assert match.group(3, [strong, *weak_pair], ["a", "b", "c"]) == [[0, 1, 2]]
    # an edge with a fair score, or two tying words, is no weak edge
    for edge in (_weak(1, 2, score=30.0), _weak(1, 2, shared=2)):
        assert match.group(3, [strong, edge], articles) == [[0, 1, 2]]
    # whichever end of the edge the group is on
    assert match.group(3, [strong, _weak(2, 1)], articles) == [[0, 1], [2]]
    # a contradiction link is never weak
    assert match.group(3, [strong], articles, links=[(1, 2)]) == [[0, 1, 2]]


def test_two_weakly_tied_lone_claims_still_pair() -> None:
    # nothing of either article in a group yet: the weak edge pairs them
    assert match.group(2, [_weak(0, 1)], ["a", "b"]) == [[0, 1]]


def _framed(i: int, j: int, score: float, similarity: float, shared: int = 3) -> ScoredPair:
    return ScoredPair(i, j, score, similarity, shared=shared)


def test_a_claim_leaves_its_lone_partner_for_a_claim_of_a_stronger_frame() -> None:
    # 0 "Talks are planned for the first-ever meeting of the two mayors next month" (a),
    # 1 "The two cities opened their first-ever rail link" (b): the higher score, merged
    # first; 2 "The two mayors have never met" (c): more of 0's frame, refused by the pair
    # (1 is no edge of 2)
    edges = [_framed(0, 1, 36.0, 76.0), _framed(0, 2, 1.0, 83.0, shared=2)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 2], [1]]
    # whichever end of the pair the leaving claim is
    edges = [_framed(1, 0, 36.0, 76.0), _framed(2, 1, 1.0, 83.0, shared=2)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0], [1, 2]]
    # it joins a group whose every member is its partner
    edges = [
        _framed(0, 1, 36.0, 76.0),
        _framed(2, 3, 90.0, 90.0),
        _framed(0, 2, 1.0, 83.0),
        _framed(0, 3, 2.0, 81.0),
    ]
    assert match.group(4, edges, ["a", "b", "c", "d"]) == [[0, 2, 3], [1]]


def test_a_lone_partner_is_kept_when_the_other_frame_is_not_clearly_stronger() -> None:
    # "The harbour bridge will close for repairs in May" / "Repairs will shut the harbour
    # bridge from May" / "The bridge has needed repairs for years": 80 is within the margin
    # of 76
    edges = [_framed(0, 1, 36.0, 76.0), _framed(0, 2, 1.0, 80.0)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 1], [2]]


def test_a_pair_joined_by_its_score_or_a_contradiction_stays_together() -> None:
    # the same statement by score (or a figure-backed pair) is no link by frame alone
    edges = [_framed(0, 1, 55.0, 76.0), _framed(0, 2, 1.0, 95.0)]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 1], [2]]
    # a contradiction put side by side stays side by side
    edges = [_framed(0, 1, 1.0, 76.0), _framed(0, 2, 1.0, 95.0)]
    links = [(0, 1)]
    assert match.group(3, edges, ["a", "b", "c"], links=links) == [[0, 1], [2]]


def test_a_claim_leaves_for_no_group_holding_a_claim_it_is_not_tied_to() -> None:
    # 0 "Mayor Ruiz rebuked the council on Friday" (a), 1 "The council was rebuked on
    # Friday" (b); 2 "Ruiz tweeted on Friday" (c), 100 with 0 by its few words alone, in a
    # group with 3, another claim of 0's article (a): not the group 0 leaves 1 for
    edges = [
        _framed(0, 1, 6.0, 86.0),
        _framed(2, 3, 20.0, 90.0),
        _framed(0, 2, 1.0, 100.0),
    ]
    assert match.group(4, edges, ["a", "b", "c", "a"]) == [[0, 1], [2, 3]]
    # nor one with a member tied to it by a weak edge only (one word, a low score)
    edges = [
        _framed(0, 1, 30.0, 86.0),
        _framed(2, 3, 40.0, 90.0),
        _framed(0, 2, 1.0, 100.0),
        _weak(0, 3),
    ]
    assert match.group(4, edges, ["a", "b", "c", "d"]) == [[0, 1], [2, 3]]


def test_a_group_of_three_gives_up_no_member() -> None:
    # 0, 1, 2 of three articles joined by close scores; 0 is nearer 3 by frame
    edges = [
        _framed(0, 1, 40.0, 76.0),
        _framed(1, 2, 39.0, 76.0),
        _framed(0, 2, 38.0, 76.0),
        _framed(0, 3, 1.0, 95.0),
    ]
    assert match.group(4, edges, ["a", "b", "c", "d"]) == [[0, 1, 2], [3]]


def test_a_pair_that_took_a_leaving_claim_is_a_group_of_three() -> None:
    # 0 leaves 1 for the pair 2, 3 (both its partners by a stronger frame); that group,
    # three claims now, gives up none of them, though 3 is nearer 4 than 2
    edges = [
        _framed(0, 1, 36.0, 76.0),
        _framed(2, 3, 30.0, 76.0),
        _framed(0, 2, 1.0, 90.0),
        _framed(0, 3, 2.0, 90.0),
        _framed(3, 4, 1.0, 95.0),
    ]
    assert match.group(5, edges, ["a", "b", "c", "d", "e"]) == [[0, 2, 3], [1], [4]]
