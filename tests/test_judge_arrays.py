"""The judge's array paths (``ClaimTable``, ``ScoredArrays``, one sort of all related pairs,
conflicts built without validation) give what the plain pair-by-pair code gives: each is
checked here against a plain version written out in the test."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from claimtrack import judge, match, normalize
from claimtrack.judge.clusters import _degrees, _related_by_group, _unscored
from claimtrack.judge.dates import _calendar_span, _day_of_event
from claimtrack.judge.facts import _committed, _possible_only
from claimtrack.judge.figures import _figures, _periods
from claimtrack.judge.polarity import _denial, _labels_a_report_false, _opposite_predicates
from claimtrack.judge.ranks import ranks
from claimtrack.judge.reasons import _reason_words, _states_a_cause
from claimtrack.judge.scope import _qualifiers
from claimtrack.judge.text import _same_frame, _span
from claimtrack.match import ScoredPair
from claimtrack.match.occasions import NO_TIME, occasions_apart, told_time
from claimtrack.models import CertaintyNote, Cluster, Conflict
from claimtrack.options import Options
from sample_run import Run, sample_run


def _groups(run: Run, links: list[tuple[int, int]]) -> list[list[int]]:
    claims, _, scored, options = run
    matched = [p for p in scored if match.same_fact(p, options)]
    return match.group(len(claims), matched, [c.article_id for c in claims], links)


def test_the_claim_table_tests_every_pair_as_may_conflict_does() -> None:
    claims, keys, scored, options = sample_run()
    table = judge.ClaimTable(claims, keys)
    arrays = judge.ScoredArrays(scored, options)
    may = table.may_conflict(arrays.left, arrays.right).tolist()
    both = table.both_count(arrays.left, arrays.right).tolist()
    expected = [
        judge.may_conflict(claims[i], claims[j], keys[i], keys[j]) for i, j in _keys(scored)
    ]
    assert may == expected
    assert both == [bool(claims[i].numbers and claims[j].numbers) for i, j in _keys(scored)]
    assert any(may) and not all(may)  # the samples exercise both answers
    meet = table.frames_meet(arrays.left, arrays.right).tolist()
    assert meet == [not keys[i].frames.isdisjoint(keys[j].frames) for i, j in _keys(scored)]
    assert any(meet) and not all(meet)


def test_the_scored_arrays_hold_each_pair_in_order() -> None:
    _, _, scored, options = sample_run()
    arrays = judge.ScoredArrays(scored, options)
    assert list(zip(arrays.left.tolist(), arrays.right.tolist(), strict=True)) == _keys(scored)
    assert arrays.similarity.tolist() == [p.similarity for p in scored]
    assert arrays.score.tolist() == [p.score for p in scored]
    assert arrays.same_fact.tolist() == [match.same_fact(p, options) for p in scored]


def test_matched_pairs_are_read_from_codes_not_kept() -> None:
    # ``matched``: the pair's claims are those of a same-fact pair, whichever way round it
    # was scored; the pairs' codes (an int64 each) are made for it and not kept
    options = Options()
    pairs = [
        match.ScoredPair(0, 1, 90.0, 80.0),
        match.ScoredPair(2, 3, 10.0, 0.0),
        match.ScoredPair(0, 1, 10.0, 0.0),  # the same claims scored again, weakly
        match.ScoredPair(1, 2, 90.0, 80.0),
    ]
    arrays = judge.ScoredArrays(pairs, options)
    assert arrays.same_fact.tolist() == [match.same_fact(p, options) for p in pairs]
    assert arrays.same_fact.tolist() == [True, False, False, True]
    assert arrays.matched.tolist() == [True, False, True, True]
    width = arrays.width
    assert arrays.same_fact_codes.tolist() == [0 * width + 1, 1 * width + 2]
    assert arrays.codes.tolist() == [p.left * width + p.right for p in pairs]
    assert "codes" not in vars(arrays)


def test_no_pair_is_matched_without_a_same_fact_pair() -> None:
    arrays = judge.ScoredArrays([match.ScoredPair(0, 1, 10.0, 0.0)], Options())
    assert arrays.matched.tolist() == [False]
    assert arrays.same_fact_codes.tolist() == []


def test_conflict_links_are_those_of_the_plain_loop_over_all_pairs() -> None:
    claims, keys, scored, options = sample_run()
    links = judge.conflict_links(claims, keys, scored, options)
    plain: list[tuple[int, int]] = []
    for p in scored:
        i, j = p.left, p.right
        a, b = claims[i], claims[j]
        if match.same_fact(p, options) or (
            p.similarity >= options.related_threshold and _same_frame(keys[i], keys[j])
        ):
            found = judge.pair_conflicts(a, b, keys[i], keys[j], options)
        elif match.counts_alike(keys[i], keys[j]):
            found = judge.numeric_conflicts(a, b)
        else:
            continue
        if judge.contradicts(found):
            plain.append((i, j))
    assert links[: len(plain)] == plain
    assert plain  # the samples do contradict each other


def test_clusters_judge_the_pairs_the_plain_selection_gives() -> None:
    run = sample_run()
    claims, keys, scored, options = run
    judged = judge.PairJudgements(claims, keys, options)
    links = judge.conflict_links(claims, keys, scored, options, judged)
    groups = _groups(run, links)
    counts_as = {c.article_id: c.article_id for c in claims}
    clusters = judge.build_clusters(
        groups, claims, keys, scored, [], counts_as, options, links, judged
    )
    # the plain selection: every scored or linked pair inside a group, each group sorted alone
    matched = {p.key for p in scored if match.same_fact(p, options)}
    linked = set(links)
    group_of = {i: n for n, members in enumerate(groups) for i in members}
    scored_keys = {p.key for p in scored}
    explained = {k for k in judged.reasons() if k in linked}
    dated = {k for k in judged.news_dates(scored) if k in linked}
    extra = [ScoredPair(i, j, 0.0, 0.0) for i, j in sorted((explained | dated) - scored_keys)]
    related: dict[int, list[ScoredPair]] = {}
    for p in [*scored, *extra]:
        if group_of[p.left] == group_of[p.right] and (
            p.similarity >= options.related_threshold or p.key in matched or p.key in linked
        ):
            related.setdefault(group_of[p.left], []).append(p)
    degree = Counter(i for pair in matched for i in pair)
    conflicts = 0
    for number, (members, cluster) in enumerate(zip(groups, clusters, strict=True)):
        found, notes = judge.judge_group(
            related.get(number, []), claims, keys, matched, options, explained, dated
        )
        assert cluster.conflicts == tuple(found)
        assert cluster.certainty_notes == tuple(notes)
        centre = max(members, key=lambda i: (degree[i], -i))
        assert cluster.representative_id == claims[centre].id
        conflicts += len(found)
    assert conflicts


def test_links_and_clusters_are_the_same_with_the_facts_forgotten_after_linking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pipeline forgets the claims' facts once ``conflict_links`` is done, and the pass
    over the pairs reads them a slice at a time: the run's links and clusters are those of a
    run that keeps the facts and reads all pairs at once."""
    from claimtrack.judge import judgements

    run = sample_run()
    claims, keys, scored, options = run
    counts_as = {c.article_id: c.article_id for c in claims}

    def links_and_clusters(release: bool) -> tuple[list[tuple[int, int]], list[Cluster]]:
        judged = judge.PairJudgements(claims, keys, options)
        links = judge.conflict_links(claims, keys, scored, options, judged)
        if release:
            facts = judged.facts(0)
            judged.release_facts()
            assert judged.facts(0) is not facts
        groups = _groups(run, links)
        return links, judge.build_clusters(
            groups, claims, keys, scored, [], counts_as, options, links, judged
        )

    kept = links_and_clusters(release=False)
    monkeypatch.setattr(judgements, "PYTHON_ROWS_A_SLICE", 3)
    forgotten = links_and_clusters(release=True)
    assert forgotten == kept
    assert kept[0] and any(c.conflicts for c in kept[1])


def test_the_pass_forgets_each_first_claim_once_it_moves_past_it() -> None:
    """The pass over the scored pairs (ordered by their first claim, the lower index)
    forgets a claim's facts and content words once no pair left reads it, and its links
    are those of a pass that keeps them all."""
    from claimtrack.judge import judgements

    claims, keys, scored, options = sample_run()
    left = judge.ScoredArrays(scored, options).left.tolist()
    assert left == sorted(left) and len(set(left)) > 2  # the order the forgetting relies on
    judged = judge.PairJudgements(claims, keys, options)
    forgotten: list[int] = []
    keep = judged.forget_facts

    def spy(index: int) -> None:
        forgotten.append(index)
        keep(index)

    judged.forget_facts = spy  # type: ignore[method-assign]
    links = judgements._contradicting_pairs(keys, scored, options, judged)
    assert forgotten and forgotten == sorted(set(forgotten))
    assert all(judged._facts[i] is None for i in forgotten)
    kept = judge.PairJudgements(claims, keys, options)
    kept.forget_facts = lambda index: None  # type: ignore[method-assign]
    assert links == judgements._contradicting_pairs(keys, scored, options, kept)
    assert any(kept._facts[i] is not None for i in forgotten)


def test_a_claim_is_forgotten_only_when_the_pass_moves_to_a_later_one() -> None:
    from claimtrack.judge import judgements

    claims, keys, _, options = sample_run()
    judged = judge.PairJudgements(claims, keys, options)
    words = judgements._SharedWords(keys)
    facts = judged.facts(1)
    words(1, 2)
    judgements._done_with(1, 0, judged, words)  # out of order: kept
    assert judged.facts(1) is facts and words.words[1] is not None
    judgements._done_with(1, 2, judged, words)
    assert judged.facts(1) is not facts and words.words[1] is None


def test_conflict_links_calls_after_pass_between_the_pass_and_the_link_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pipeline forgets the pass's facts and memos before the link rules run: the links
    are the same as when nothing is forgotten."""
    from claimtrack.judge import judgements

    claims, keys, scored, options = sample_run()
    calls: list[str] = []
    pass_over_pairs = judgements._contradicting_pairs
    reasons = judgements.PairJudgements.reasons

    def spied_pass(*args: object) -> object:
        calls.append("pass")
        return pass_over_pairs(*args)  # type: ignore[arg-type]

    def spied_reasons(self: judgements.PairJudgements) -> list[tuple[int, int]]:
        calls.append("rules")
        return reasons(self)

    monkeypatch.setattr(judgements, "_contradicting_pairs", spied_pass)
    monkeypatch.setattr(judgements.PairJudgements, "reasons", spied_reasons)
    judged = judge.PairJudgements(claims, keys, options)

    def forget() -> None:
        calls.append("after")
        judged.release_facts()

    links = judge.conflict_links(claims, keys, scored, options, judged, after_pass=forget)
    assert calls == ["pass", "after", "rules"]
    assert links == judge.conflict_links(claims, keys, scored, options)


def test_python_rows_come_in_order_whatever_the_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.judge import judgements

    columns = (np.arange(7), np.arange(7) % 2 == 0, np.linspace(0, 1, 7))
    whole = list(zip(*(c.tolist() for c in columns), strict=True))
    assert list(judgements._python_rows(columns)) == whole
    monkeypatch.setattr(judgements, "PYTHON_ROWS_A_SLICE", 3)
    assert list(judgements._python_rows(columns)) == whole
    assert list(judgements._python_rows(())) == []


def test_models_built_without_validation_equal_their_validated_copies() -> None:
    run = sample_run()
    claims, keys, scored, options = run
    judged = judge.PairJudgements(claims, keys, options)
    links = judge.conflict_links(claims, keys, scored, options, judged)
    counts_as = {c.article_id: c.article_id for c in claims}
    clusters = judge.build_clusters(
        _groups(run, links), claims, keys, scored, [], counts_as, options, links, judged
    )
    conflicts = [c for cluster in clusters for c in cluster.conflicts]
    notes = [n for cluster in clusters for n in cluster.certainty_notes]
    assert {c.type for c in conflicts} >= {"numeric", "negation", "reason"}
    assert notes
    for model_type, models in ((Conflict, conflicts), (CertaintyNote, notes), (Cluster, clusters)):
        for model in models:
            # validated from the very fields the judge handed over
            given = {name: getattr(model, name) for name in model.model_fields_set}
            validated = model_type.model_validate(given)
            assert validated == model
            assert validated.model_dump_json() == model.model_dump_json()
            assert validated.model_dump_json(exclude_defaults=True) == model.model_dump_json(
                exclude_defaults=True
            )
            assert validated.model_fields_set == model.model_fields_set
            assert model_type.model_validate(model.model_dump()) == model


def test_claim_facts_are_those_of_the_claim_alone() -> None:
    claims, keys, _, options = sample_run()
    judged = judge.PairJudgements(claims, keys, options)
    for index, claim in enumerate(claims):
        facts = judged.facts(index)
        assert judged.facts(index) is facts  # made once
        assert facts.figures == _figures(claim)
        assert facts.periods == _periods(claim)
        assert facts.committed == _committed(claim)
        assert facts.possible_only == _possible_only(claim)
        assert facts.denial == _denial(claim)
        assert facts.qualifiers(judged.tables) == _qualifiers(claim, judged.tables)
        assert facts.reason_span == _span(claim, claim.reason)
        assert facts.all_dates_resolved == all(d.resolved for d in claim.dates)
        assert facts.calendar_days == [
            (d, _calendar_span(d))
            for d in claim.dates
            if _day_of_event(claim, d) and d.time is None and _calendar_span(d)
        ]
        cause = bool(claim.reason) and _states_a_cause(claim, claim.reason or "")
        assert facts.cause_words == (_reason_words(claim.reason or "") if cause else set())
    assert any(judged.facts(i).cause_words for i in range(len(claims)))
    assert any(judged.facts(i).figures for i in range(len(claims)))


def test_degrees_count_each_matched_pair_once() -> None:
    _, _, scored, options = sample_run()
    arrays = judge.ScoredArrays(scored, options)
    matched = {p.key for p in scored if match.same_fact(p, options)}
    size = 1 + max(max(pair) for pair in matched)
    counted = Counter(i for pair in matched for i in pair)
    assert _degrees(arrays, size) == [counted[i] for i in range(size)]
    # a pair scored twice is still one match
    twice = judge.ScoredArrays([*scored, *[p for p in scored if p.key in matched][:3]], options)
    assert _degrees(twice, size) == [counted[i] for i in range(size)]


def test_matched_pairs_are_those_whose_claims_state_one_fact_in_some_scored_pair() -> None:
    _, _, scored, options = sample_run()
    arrays = judge.ScoredArrays(scored, options)
    matched = {p.key for p in scored if match.same_fact(p, options)}
    assert arrays.matched.tolist() == [p.key in matched for p in scored]
    assert arrays.matched.tolist() == arrays.same_fact.tolist()
    # the same claims scored again, unmatched this time: matched all the same
    first = next(p for p in scored if p.key in matched)
    again = dataclasses.replace(first, score=0.0, similarity=0.0)
    twice = judge.ScoredArrays([*scored, again], options)
    assert twice.same_fact.tolist()[-1] is False
    assert twice.matched.tolist()[-1] is True
    assert not judge.ScoredArrays([], options).matched.tolist()


def test_unscored_links_are_kept_once_in_their_order() -> None:
    _, _, scored, options = sample_run()
    arrays = judge.ScoredArrays(scored, options)
    size = 1 + int(np.max(arrays.right))
    known = scored[0]
    new_a, new_b = ScoredPair(size - 1, size, 0.0, 0.0), ScoredPair(0, size, 0.0, 0.0)
    pairs = [new_a, ScoredPair(known.left, known.right, 0.0, 0.0), new_b, new_a]
    assert _unscored(pairs, arrays, size + 1) == [new_a, new_b]


def _keys(scored: list[ScoredPair]) -> list[tuple[int, int]]:
    return [p.key for p in scored]


def test_related_pairs_come_in_judge_groups_order_ties_by_claims() -> None:
    options = Options()
    high = options.related_threshold + 10
    pairs = [
        ScoredPair(2, 3, 80.0, high),
        ScoredPair(0, 5, 80.0, high),
        ScoredPair(1, 4, 70.0, high + 5),
        ScoredPair(0, 3, 80.0, high),
        ScoredPair(1, 2, 90.0, high),
        ScoredPair(4, 6, 99.0, high),
        ScoredPair(3, 6, 10.0, 0.0),  # neither related nor matched nor linked
        ScoredPair(5, 6, 10.0, 0.0),  # linked only
    ]
    arrays = judge.ScoredArrays(pairs, options)
    extra = [ScoredPair(5, 7, 0.0, 0.0)]  # an unscored link
    related = _related_by_group([[0, 1, 2, 3, 4, 5, 6], [7]], arrays, extra, {(5, 6)}, options, 8)
    judged = [*pairs[:6], pairs[7]]
    assert list(related.bounds) == [0]
    group, matched = related.of(0) or ([], None)
    assert group == sorted(judged, key=lambda p: (-p.similarity, -p.score, p.key))
    assert matched is not None
    assert matched.tolist() == [match.same_fact(p, options) for p in group]
    assert related.of(1) is None
    related = _related_by_group([[0, 1, 2, 3, 4, 5], [6], [7]], arrays, extra, set(), options, 8)
    group, _ = related.of(0) or ([], None)
    assert [p.key for p in group] == [(1, 4), (1, 2), (0, 3), (0, 5), (2, 3)]
    assert list(related.bounds) == [0]  # pairs across groups are never judged
    related = _related_by_group([[0, 1, 2, 3, 4], [6], [5, 7]], arrays, extra, set(), options, 8)
    group, matched = related.of(2) or ([], None)
    assert group == extra
    assert matched is not None and matched.tolist() == [False]
    # no judged pair at all
    none = _related_by_group([[0], [1]], arrays, [], set(), options, 8)
    assert none.bounds == {} and none.of(0) is None


def test_opposite_predicates_are_kept_with_the_tables_they_were_found_in() -> None:
    tables = normalize.load_tables(None)
    halted = normalize.normalize_text("Iran suspended the talks")
    resumed = normalize.normalize_text("Iran resumed the talks")
    assert _opposite_predicates(halted, resumed, tables) == ("halt", "resume")
    assert _opposite_predicates(resumed, halted, tables) == ("resume", "halt")
    without = dataclasses.replace(tables, antonyms=frozenset())
    assert _opposite_predicates(halted, resumed, without) is None  # not the kept answer
    assert _opposite_predicates(halted, resumed, tables) == ("halt", "resume")
    assert _opposite_predicates(halted, halted, tables) is None


def test_claim_facts_fill_their_slots_once_and_know_no_other_names() -> None:
    claims, _, _, _ = sample_run()
    claim = next(c for c in claims if c.numbers)
    facts = judge.ClaimFacts(claim)
    assert not hasattr(facts, "__dict__")
    figures = facts.figures
    assert facts.figures is figures  # kept, not worked out again
    with pytest.raises(AttributeError):
        _ = facts.no_such_fact  # type: ignore[attr-defined]


def test_the_claim_table_reads_a_report_labelled_false_past_its_one_screen() -> None:
    # ``ClaimTable`` screens each text once for superlatives and naming verbs together:
    # a text either rule finds something in must still reach it.
    claims, keys, _, _ = sample_run()
    texts = [
        "The mayor resigned on Friday.",
        'A rumour that the mayor resigned was called "rubbish" by her office.',
        "Her office described as nonsense a report that the mayor resigned.",
        "Norland is the largest steel exporter to Vessia.",
        'A rumour that the mayor resigned was called "rubbish" by the café owner.',
    ]
    labelled = [_labels_a_report_false(text) for text in texts]
    assert labelled == [False, True, True, False, True]
    copies = [claims[0].model_copy(update={"text": text}) for text in texts]
    table = judge.ClaimTable(copies, [keys[0]] * len(texts))
    # one key and one claim but for the text: the stance differs by the label alone
    assert [s == table.stance[0] for s in table.stance.tolist()] == [not x for x in labelled]
    assert table.ranks == [ranks(text) for text in texts]


def test_the_claim_table_and_each_claims_facts_hold_the_ranks_of_its_text() -> None:
    claims, keys, _, options = sample_run()
    texts = [*(c.text for c in claims), "Norland is the largest steel exporter to Vessia."]
    ranked = [claims[0].model_copy(update={"text": text}) for text in texts]
    table = judge.ClaimTable(ranked, [*keys, keys[0]])
    assert table.ranks == [ranks(text) for text in texts]
    assert table.ranked.tolist() == [bool(ranks(text)) for text in texts]
    assert table.ranked[-1]  # the samples rank nothing: one claim here does
    judged = judge.PairJudgements(ranked, [*keys, keys[0]], options)
    judged.table()  # built first: each claim's facts take their ranks from it
    assert [judged.facts(i).ranks for i in range(len(texts))] == table.ranks


def test_released_groups_give_the_same_clusters_and_are_emptied() -> None:
    run = sample_run()
    claims, keys, scored, options = run
    judged = judge.PairJudgements(claims, keys, options)
    links = judge.conflict_links(claims, keys, scored, options, judged)
    counts_as = {c.article_id: c.article_id for c in claims}
    groups = _groups(run, links)
    kept = judge.build_clusters(groups, claims, keys, scored, [], counts_as, options, links, judged)
    assert all(groups)  # not asked to release: left as they were
    released = judge.build_clusters(
        groups, claims, keys, scored, [], counts_as, options, links, judged, release_groups=True
    )
    assert released == kept
    assert len(groups) == len(kept)
    assert not any(groups)


def test_the_claim_table_reads_each_time_as_the_pairs_need_it() -> None:
    # ``ClaimTable.told_time`` (read once a claim, for claims with figures) gives every
    # scored pair the ``occasions_apart`` verdict of the times read from its keys
    claims, keys, scored, options = sample_run()
    table = judge.ClaimTable(claims, keys)
    arrays = judge.ScoredArrays(scored, options)
    for i, j in zip(arrays.left.tolist(), arrays.right.tolist(), strict=True):
        times = (table.told_time(i), table.told_time(j))
        assert occasions_apart(keys[i], keys[j], times) == occasions_apart(keys[i], keys[j])
    assert [table.told_time(k) for k in range(len(keys))] == [
        told_time(k) if k.numbers else NO_TIME for k in keys
    ]
