"""The batched scorer against the per-pair one it replaced: the same features, scores and kept
pairs, to the last bit (reports must not change when scoring gets faster)."""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from claimtrack.match import (
    ScoredPair,
    ScoredPairs,
    columns,
    features,
    frames,
    names,
    rules,
    score,
    table,
    vetoes,
)
from claimtrack.match.pairs import COLUMNS
from claimtrack.normalize import MatchKey, normalize_text
from claimtrack.options import Options

# --- the per-pair reference (the scorer as it was before batching) ------------------------------


def _grams(words: Sequence[str], n: int) -> frozenset[str]:
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def _share(common: int, a: int, b: int) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    return (common / a, common / b) if a >= b else (common / b, common / a)


def _longest_run(tokens: Sequence[str], other: frozenset[str]) -> int:
    held = bytes(map(other.__contains__, tokens))
    return max(map(len, held.split(b"\x01")))


def _reference_row(a: MatchKey, b: MatchKey) -> list[float]:
    plain_a, plain_b = (a.plain or a.text).split(), (b.plain or b.text).split()
    surface_a = a.surface.split()
    surface_b = b.surface.split()
    set_a, set_b = frozenset(plain_a), frozenset(plain_b)

    def share(n: int) -> tuple[float, float]:
        x, y = _grams(surface_a, n), _grams(surface_b, n)
        return _share(len(x & y), len(x), len(y))

    grams_a, grams_b = _grams(plain_a, 3), _grams(plain_b, 3)
    run_a, run_b = _longest_run(plain_a, set_b), _longest_run(plain_b, set_a)
    entities_a = {t for t in set_a if t.startswith("ent_")}
    entities_b = {t for t in set_b if t.startswith("ent_")}
    differ = a.numbers != b.numbers and not (a.numbers < b.numbers or b.numbers < a.numbers)
    return [
        # rapidfuzz's batch scorers return float32 scores: so did the per-pair scorer's
        float(np.float32(fuzz.ratio(a.surface, b.surface))) / 100,
        float(np.float32(fuzz.token_sort_ratio(a.plain or a.text, b.plain or b.text))) / 100,
        share(1)[0],
        share(1)[1],
        share(2)[1],
        share(3)[0],
        share(4)[1],
        _share(len(grams_a & grams_b), len(grams_a), len(grams_b))[0],
        float(min(max(run_a, run_b), 12)),
        float(min(run_a, run_b, 12)),
        float(min(min(len(set_a), len(set_b)) - len(set_a & set_b), 8)),
        float(min(len(a.numbers ^ b.numbers), 6)),
        float(differ),
        float(a.negated != b.negated),
        float(min(max(len(entities_a), len(entities_b)) - len(entities_a & entities_b), 4)),
        # the two MRPC features, by their own per-pair functions
        features.added_clause(features._words(a), features._words(b)),
        features.ngram_precision(
            [len(_grams(surface_a, n) & _grams(surface_b, n)) for n in range(1, 5)],
            [len(_grams(surface_a, n)) for n in range(1, 5)],
            [len(_grams(surface_b, n)) for n in range(1, 5)],
        ),
    ]


def _reference_score_pairs(
    pairs: np.ndarray, keys: Sequence[MatchKey], options: Options
) -> list[ScoredPair]:
    out = []
    # the run's topic words: of its distinct keys, paired or not
    topic = table.topic_set(list(dict.fromkeys(keys)))
    for i, j in pairs.tolist():
        a, b = keys[i], keys[j]
        if fuzz.token_set_ratio(a.text, b.text, processor=None) < score.PREFILTER:
            continue
        row = np.array([_reference_row(a, b)], dtype=np.float64)
        value = float(features.model_scores(row)[0])
        sim = frames.similarity(a, b)
        related = sim >= options.related_threshold or (
            sim >= frames.WEAK_SIMILARITY and frames.counts_alike(a, b)
        )
        if not related and value < options.threshold:
            continue
        vetoed = vetoes.is_vetoed(a, b)
        if related or not vetoed:
            shared = frames.tying_words(a, b, sim, topic, score=value)
            other = frames.figures_of_other_events(a, b)
            parties = names.other_parties(a, b)
            out.append(ScoredPair(i, j, value, sim, vetoed, shared, other, parties))
    return out


# --- a varied little corpus ---------------------------------------------------------------------

SUBJECTS = ["Iran", "Tehran", "Oman", "The foreign ministry", "Velcor Polymers", "Officials", ""]
VERBS = [
    "suspended",
    "resumed",
    "halted",
    "did not suspend",
    "will attend",
    "will not attend",
    "ruled out",
    "said",
    "killed",
    "injured",
]
OBJECTS = [
    "talks with the United States",
    "indirect talks in Muscat",
    "12 workers",
    "21 workers",
    "1,200 civilians",
    "its mediation",
    "the plant",
    "the next round of talks",
]
TAILS = [
    "",
    "on Friday",
    "on Tuesday",
    "after the fire",
    "for logistical reasons",
    "in protest over Israel",
    "leaving two dead and many more injured in the town",
    "reportedly",
    # an added clause opened by a cue word (``added_clause``)
    "and the union condemned the closure",
]


def _corpus(size: int, seed: int) -> list[MatchKey]:
    rng = random.Random(seed)
    keys = [
        normalize_text("Velcor Polymers said on Tuesday"),
        normalize_text("The ministry spokesman said on Tuesday"),
    ]
    while len(keys) < size:
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
        if rng.random() < 0.3:
            words.append(rng.choice(TAILS))
        text = " ".join(w for w in words if w)
        entities = [("Iran", "Iran"), ("Tehran", "Iran")] if rng.random() < 0.5 else []
        keys.append(normalize_text(text, entities))
    return keys


def _all_pairs(n: int) -> np.ndarray:
    return np.array(list(itertools.combinations(range(n), 2)), dtype=np.int64)


@pytest.mark.parametrize("pairwise_below", [0, 10**9], ids=["batched", "pair by pair"])
def test_batched_features_equal_the_per_pair_ones_bit_for_bit(
    pairwise_below: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(features, "PAIRWISE_BELOW", pairwise_below)
    keys = _corpus(60, seed=3)
    pairs = _all_pairs(len(keys))
    a = [keys[i] for i in pairs[:, 0]]
    b = [keys[j] for j in pairs[:, 1]]
    expected = np.array([_reference_row(x, y) for x, y in zip(a, b, strict=True)])
    got = features.pair_features(a, b)
    assert got.shape == expected.shape
    mismatched = [
        (features.FEATURES[c], r) for r, c in zip(*np.nonzero(got != expected), strict=True)
    ]
    assert mismatched == []
    # the corpus exercises every feature
    assert all(len(set(expected[:, c])) > 1 for c in range(len(features.FEATURES)))


@pytest.mark.parametrize("seed", [1, 2])
def test_batched_score_pairs_keeps_exactly_what_the_per_pair_scorer_kept(seed: int) -> None:
    keys = _corpus(70, seed)
    pairs = _all_pairs(len(keys))
    options = Options()
    expected = _reference_score_pairs(pairs, keys, options)
    assert score.score_pairs(pairs, keys, options) == expected
    # kept for every reason: matched, related only, vetoed yet related
    assert any(p.score >= options.threshold for p in expected)
    assert any(p.score < options.threshold for p in expected)
    assert any(p.vetoed for p in expected)
    # and figures of two events ("killed 12 workers" / "injured 12 workers") told apart
    assert any(p.other_events for p in expected)
    assert any(not p.other_events and p.left != 0 for p in expected)


def test_the_bounds_of_late_features_never_score_below_their_real_values() -> None:
    # a pair whose bounded score misses the threshold is dropped before its late features
    # are computed: each bound must be at least as favourable as the real value, bit for bit
    keys = _corpus(60, seed=4)
    pairs = _all_pairs(len(keys))
    batch = features.PairBatch(table.ClaimTable(keys), pairs[:, 0].copy(), pairs[:, 1].copy())
    real = batch.features()
    bounds = {**score._deferred_bounds(batch), "sort": score._sort_bound(batch)}
    model = features.load_model()
    weights = dict(zip(model.names, model.weights, strict=True))
    tight = 0
    for name, bound in bounds.items():
        column = real[:, features.FEATURES.index(name)]
        gain = weights[name] * (np.broadcast_to(bound, column.shape) - column)
        assert (gain >= 0).all(), name
        tight += int((gain == 0).sum())
    assert tight > 0
    bounded = batch.features(deferred=bounds)
    assert (features.model_scores(bounded) >= features.model_scores(real)).all()


def test_a_lone_pair_scores_as_it_does_in_a_batch() -> None:
    keys = _corpus(30, seed=5)
    pairs = _all_pairs(len(keys))
    batch = score.score_pairs(pairs, keys, Options())
    for pair in batch[:20]:
        alone = score.score_pairs(np.array([[pair.left, pair.right]]), keys, Options())
        assert alone == [pair]


item_sets = st.lists(st.frozensets(st.integers(0, 40), max_size=12), min_size=2, max_size=25)


@settings(max_examples=60, deadline=None)
@given(sets=item_sets, data=st.data())
def test_set_columns_count_intersections_exactly(
    sets: list[frozenset[int]], data: st.DataObject
) -> None:
    n = len(sets)
    left = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=50)))
    right = np.array(
        data.draw(st.lists(st.integers(0, n - 1), min_size=len(left), max_size=len(left)))
    )
    column = columns.SetColumn.of(sets)
    expected = [len(sets[i] & sets[j]) for i, j in zip(left.tolist(), right.tolist(), strict=True)]
    assert column.common(left, right).tolist() == expected
    assert column.sizes.tolist() == [len(s) for s in sets]
    items = np.array(
        data.draw(st.lists(st.integers(0, 40), min_size=len(left), max_size=len(left)))
    )
    owner, ids, vocabulary = columns.intern(sets)
    # ``holds`` speaks interned ids: look up values the vocabulary has
    lookup = {v: i for i, v in enumerate(vocabulary)}
    known = np.array([v in lookup for v in items.tolist()])
    ids_of = np.array([lookup.get(v, 0) for v in items.tolist()], dtype=np.int64)
    column = columns.SetColumn(owner, ids, n, queried=True)
    held = column.holds(left[known], ids_of[known])
    assert held.tolist() == [
        v in sets[i] for i, v in zip(left[known].tolist(), items[known].tolist(), strict=True)
    ]


def test_set_columns_fall_back_to_int_lists_past_the_code_points(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(columns, "_MAX_STRING_ITEMS", 2)
    sets = [frozenset("abcd"), frozenset("bcde"), frozenset("xyz"), frozenset("dxa")]
    left, right = np.array([0, 0, 1, 2]), np.array([1, 3, 3, 3])
    assert columns.SetColumn.of(sets).common(left, right).tolist() == [3, 2, 1, 1]


def test_set_columns_count_items_past_the_surrogates_as_below_them() -> None:
    """A column sharing more items than two bytes a point can hold below the UTF-16
    surrogates keeps four; its counts are the sets' intersections either way."""
    wide = [frozenset(range(60_000)), frozenset(range(30_000, 90_000)), frozenset({5, 59_999})]
    narrow = [frozenset(range(10)), frozenset(range(5, 15)), frozenset({5, 9})]
    left, right = np.array([0, 0, 1, 2, 2]), np.array([1, 2, 2, 0, 2])
    for sets, codec in ((wide, "utf-32-le"), (narrow, "utf-16-le")):
        pairs = zip(left.tolist(), right.tolist(), strict=True)
        expected = [len(sets[i] & sets[j]) for i, j in pairs]
        column = columns.SetColumn.of(sets)
        assert column.common(left, right).tolist() == expected
        assert column._strings._codec == codec


def test_set_column_strings_are_made_for_the_claims_a_call_names() -> None:
    """Only the claims of one call's pairs get a string, each once, in a claim's item order."""
    sets = [frozenset("ab"), frozenset("bc"), frozenset("ca"), frozenset("ab")]
    owner, ids, _ = columns.intern([sorted(s) for s in sets])
    strings = columns.IdStrings(owner, ids, len(sets))
    left, right = strings.pairs_of(np.array([3, 1]), np.array([1, 3]))
    assert left.tolist() == right.tolist()[::-1]
    assert [len(s) for s in left.tolist()] == [2, 2]
    assert left[0] != left[1]


def test_ngrams_are_equal_exactly_when_their_words_are() -> None:
    texts = ["a b c a b", "b c a b c", "c"]
    owner, ids, _ = columns.intern([t.split() for t in texts])
    gram_owner, grams = columns.ngrams(owner, ids, 2)[1]
    by_id: dict[int, set[tuple[int, str]]] = {}
    expected = [
        (o, " ".join(t.split()[k : k + 2]))
        for o, t in enumerate(texts)
        for k in range(len(t.split()) - 1)
    ]
    assert gram_owner.tolist() == [o for o, _ in expected]
    for (o, gram), gram_id in zip(expected, grams.tolist(), strict=True):
        by_id.setdefault(gram_id, set()).add((o, gram))
    assert all(len({g for _, g in members}) == 1 for members in by_id.values())
    assert len(by_id) == len({g for _, g in expected})


@pytest.mark.parametrize("size", [1, 2, 3, 1_000, 50_000])
def test_code_tables_hold_exactly_their_codes(size: int) -> None:
    rng = np.random.default_rng(size)
    # a narrow range crowds the codes into neighbouring slots: long probes
    codes = np.unique(rng.integers(0, 4 * size, size))
    table = columns.CodeTable(codes)
    queries = np.concatenate([codes, rng.integers(0, 8 * size + 2, 3 * size), [0, 2**62]])
    assert table.holds(queries).tolist() == np.isin(queries, codes).tolist()


def test_set_columns_say_which_claim_holds_which_item() -> None:
    sets = [frozenset("abc"), frozenset("cd"), frozenset(), frozenset("a")]
    owner, ids, vocabulary = columns.intern([sorted(s) for s in sets])
    column = columns.SetColumn(owner, ids, len(sets), queried=True)
    claims = np.repeat(np.arange(len(sets)), len(vocabulary))
    items = np.tile(np.arange(len(vocabulary)), len(sets))
    expected = [str(vocabulary[i]) in sets[c] for c, i in zip(claims, items, strict=True)]
    assert column.holds(claims, items).tolist() == expected


@pytest.mark.parametrize("high", [3, 10**9, 2**62])
def test_dense_ranks_number_the_distinct_values_in_order(high: int) -> None:
    # small spans are sorted packed beside their positions, wide ones by argsort: same ranks
    values = np.random.default_rng(high % 1000).integers(-2, high, 5_000)
    _, expected = np.unique(values, return_inverse=True)
    assert columns.dense_ranks(values).tolist() == expected.tolist()
    assert columns.dense_ranks(values[:1]).tolist() == [0]
    assert columns.dense_ranks(values[:0]).tolist() == []


def test_ngrams_longer_than_all_items_are_none() -> None:
    # two one-word claims and 4-grams: no run is long enough (this once raised ValueError)
    owner, ids, _ = columns.intern([["a"], ["a"]])
    sizes = columns.ngrams(owner, ids, 4)
    assert [g.tolist() for _, g in sizes[1:]] == [[], [], []]
    assert sizes[0][1].tolist() == [0, 0]


spaced_text = st.lists(
    st.sampled_from(["ab", "cd", "ent_x", "é", "ab", "12", "жж"]), min_size=0, max_size=6
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "  ", "\t", "\xa0", "\x85", "\u2003", "\u3000"]),
        min_size=len(words),
        max_size=len(words),
    ).map(lambda spaces: "".join(w + s for w, s in zip(words, spaces, strict=True)))
)


@settings(max_examples=80, deadline=None)
@given(a=spaced_text, b=spaced_text)
def test_presorted_tokens_score_as_rapidfuzz_token_scorers(a: str, b: str) -> None:
    sort_a = " ".join(sorted(table.rapidfuzz_tokens(a)))
    sort_b = " ".join(sorted(table.rapidfuzz_tokens(b)))
    assert fuzz.ratio(sort_a, sort_b) == fuzz.token_sort_ratio(a, b, processor=None)
    set_a = " ".join(sorted(set(table.rapidfuzz_tokens(a))))
    set_b = " ".join(sorted(set(table.rapidfuzz_tokens(b))))
    cut = score.PREFILTER
    assert process.cpdist([set_a], [set_b], scorer=fuzz.token_set_ratio, score_cutoff=cut)[
        0
    ] == fuzz.token_set_ratio(a, b, processor=None, score_cutoff=cut)


def test_scoring_in_slices_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = _corpus(40, seed=9)
    pairs = _all_pairs(len(keys))
    whole = score.score_pairs(pairs, keys, Options())
    monkeypatch.setattr(score, "SCORE_CHUNK_PAIRS", 37)
    assert score.score_pairs(pairs, keys, Options()) == whole
    assert len(whole) > 37


def test_scoring_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    keys = _corpus(10, seed=4)
    assert gc.isenabled()
    score.score_pairs(_all_pairs(len(keys)), keys, Options())
    assert gc.isenabled()
    gc.disable()
    try:
        score.score_pairs(_all_pairs(len(keys)), keys, Options())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_kept_pairs_are_columns_with_no_object_per_pair() -> None:
    """Millions of pairs are kept at 10,000 articles: they are numpy columns (a few dozen
    bytes a pair), and a pair's record is made only when one is read."""
    import pickle

    keys = _corpus(40, seed=9) * 8
    scored = score.score_pairs(_all_pairs(40) + 280, keys, Options())
    assert isinstance(scored, ScoredPairs)
    assert len(scored) > 10
    assert min(p.left for p in scored) >= 280
    for column in scored.columns():
        assert isinstance(column, np.ndarray) and len(column) == len(scored)
        assert not column.flags.writeable
    assert scored.nbytes <= 48 * len(scored)
    assert not hasattr(scored[0], "__dict__")
    # a record read from the columns is the pair as the scorer kept it, field by field
    first = scored[0]
    assert first == ScoredPair(
        int(scored.left[0]),
        int(scored.right[0]),
        float(scored.score[0]),
        float(scored.similarity[0]),
        bool(scored.vetoed[0]),
        int(scored.shared[0]),
        bool(scored.other_events[0]),
        bool(scored.other_parties[0]),
    )
    assert scored[-1] == list(scored)[-1]
    assert scored.keys() == [p.key for p in scored]
    assert pickle.loads(pickle.dumps(scored)) == scored
    assert {pickle.loads(pickle.dumps(p)) for p in scored} == set(scored)


def test_scored_pairs_convert_to_and_from_records() -> None:
    records = [
        ScoredPair(3, 9, 71.5, 40.0, vetoed=True, shared=2),
        ScoredPair(0, 4, 12.0, 88.0, other_events=True),
        ScoredPair(1, 2, 99.0, 10.0, other_parties=True),
    ]
    pairs = ScoredPairs.of(records)
    assert pairs == records and list(pairs) == records
    assert pairs != records[:2] and pairs != [*records[:2], records[0]]
    assert pairs[1:] == records[1:]
    assert pairs[np.array([2, 0])] == [records[2], records[0]]
    assert pairs[pairs.vetoed] == records[:1]
    assert ScoredPairs.concat([pairs[:1], pairs[1:]]) == pairs
    assert pairs.key_rows().tolist() == [[3, 9], [0, 4], [1, 2]]
    assert len(ScoredPairs.of([])) == 0
    with pytest.raises(IndexError):
        pairs[3]
    with pytest.raises(AttributeError):
        pairs.left = pairs.right  # type: ignore[misc]
    # the fields of a record are the columns, in order
    assert [name for name, _ in COLUMNS] == [f.name for f in dataclasses.fields(ScoredPair)]


def test_other_parties_in_batch_are_the_plain_rule_for_every_kept_pair() -> None:
    """The scorer asks ``other_parties`` only of pairs whose two subjects name someone;
    every kept pair's flag is still the rule's answer."""
    from claimtrack import extract_claims
    from claimtrack.normalize import normalize_claims

    texts = [
        "Oman suspended talks with Qatar.",
        "Egypt suspended talks with Qatar.",
        "Qatar suspended talks with Oman.",
        "The talks with Qatar were suspended.",
        "Officials suspended talks with Qatar on Monday.",
        "Tehran suspended talks with Oman.",
        "Iran suspended talks with Oman.",
        "Egypt broke off its talks with Jordan.",
    ]
    keys = normalize_claims([c for text in texts for c in extract_claims(text)])
    scored = score.score_pairs(_all_pairs(len(keys)), keys, Options())
    flags = [p.other_parties for p in scored]
    assert flags == [names.other_parties(keys[p.left], keys[p.right]) for p in scored]
    assert any(flags) and not all(flags)
    unnamed = [not keys[p.left].agent or not keys[p.right].agent for p in scored]
    assert any(unnamed)


def test_the_grouping_rules_over_columns_are_the_plain_rules() -> None:
    """``same_facts``, ``matches`` and ``merge_supports`` (the rules over columns) against
    the rules written out pair by pair, over pairs with every flag set and unset."""
    options = Options()
    keys = _corpus(40, seed=9)
    scored = list(score.score_pairs(_all_pairs(len(keys)), keys, options))
    varied = [
        dataclasses.replace(p, vetoed=v, other_events=e, other_parties=o)
        for p in scored[:60]
        for v, e, o in itertools.product((False, True), repeat=3)
    ]
    pairs = ScoredPairs.of([*scored, *varied])

    def plain_match(p: ScoredPair) -> bool:
        return p.score >= options.threshold and not p.vetoed

    def plain_same(p: ScoredPair) -> bool:
        if p.other_events or p.other_parties:
            return False
        strong = p.similarity >= frames.STRONG_SIMILARITY and p.shared >= rules.STRONG_SHARED
        return plain_match(p) or (not p.vetoed and strong)

    def plain_support(p: ScoredPair) -> bool:
        return (
            not (p.vetoed or p.other_events or p.other_parties)
            and p.similarity >= rules.SUPPORT_SIMILARITY
            and bool(keys[p.left].predicates & keys[p.right].predicates)
        )

    for rule, plain in [
        (rules.matches(pairs, options), plain_match),
        (rules.same_facts(pairs, options), plain_same),
        (rules.merge_supports(pairs, keys), plain_support),
    ]:
        expected = [plain(p) for p in pairs]
        assert rule.tolist() == expected
        assert any(expected) and not all(expected)
    for p in varied:
        assert rules.same_fact(p, options) is plain_same(p)
        assert rules.is_match(p, options) is plain_match(p)
        assert rules.supports_merge(p, keys[p.left], keys[p.right]) is plain_support(p)


def test_only_queried_set_columns_keep_their_codes() -> None:
    """The codes (an int64 per item of every claim) are kept for ``holds`` only: the other
    columns count intersections from their strings alone."""
    sets = [frozenset("abc"), frozenset("cd"), frozenset("a")]
    plain = columns.SetColumn.of([sorted(s) for s in sets])
    queried = columns.SetColumn.of([sorted(s) for s in sets], queried=True)
    assert len(plain.codes) == len(plain.df) == 0
    assert len(queried.codes) == 6
    left, right = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert plain.common(left, right).tolist() == queried.common(left, right).tolist() == [1, 1, 0]
    with pytest.raises(ValueError, match="queried"):
        plain.holds(np.array([0]), np.array([0]))


@pytest.mark.parametrize("repeated", [False, True], ids=["distinct keys", "repeated keys"])
def test_claims_in_no_pair_change_no_score(repeated: bool) -> None:
    # the per-claim table holds only the claims in a pair: the pairs of every other claim
    # score as in a table of all claims, and come back with the callers' claim indexes
    keys = _corpus(60, seed=4)
    if repeated:
        keys = [*keys, *keys[:10]]
    pairs = _all_pairs(len(keys))
    options = Options()
    whole = score.score_pairs(pairs, keys, options)
    some = pairs[(pairs[:, 0] % 3 != 1) & (pairs[:, 1] % 3 != 1)]
    expected = [p for p in whole if p.left % 3 != 1 and p.right % 3 != 1]
    got = score.score_pairs(some, keys, options)
    assert got == expected
    assert len(got) > 10
    assert got == _reference_score_pairs(some, keys, options)


def test_claims_that_share_a_key_score_as_when_each_pair_is_scored_alone() -> None:
    # a republished sentence gives two claims one key: the scorer scores each distinct pair
    # of keys once, and a claim paired with its copy lacks none of its words
    # (words no other claim holds, too: "marmalade", "quayside")
    odd = normalize_text("The marmalade barge ran aground at the quayside on Sunday")
    base = [odd, *_corpus(40, seed=6)]
    copies = [dataclasses.replace(k) for k in base[::3]]
    keys = [*base, *copies, *base[:5], normalize_text("The marmalade barge ran aground")]
    pairs = _all_pairs(len(keys))
    options = Options()
    expected = _reference_score_pairs(pairs, keys, options)
    got = score.score_pairs(pairs, keys, options)
    assert got == expected
    twins = {(i, len(base) + n) for n, i in enumerate(range(0, len(base), 3))}
    assert (0, len(base)) in twins
    assert twins <= set(got.keys())
    assert all(p.score >= options.threshold for p in got if p.key in twins)


def test_every_field_of_a_match_key_takes_part_in_its_equality() -> None:
    # ``score_pairs`` scores one pair of equal keys once for all the claims that have them:
    # a field left out of ``==`` and ``hash`` could differ between claims it takes for one
    assert all(field.compare and field.hash is not False for field in dataclasses.fields(MatchKey))
    key = normalize_text("The marmalade barge ran aground at the quayside on Sunday")
    for field in dataclasses.fields(MatchKey):
        value = getattr(key, field.name)
        changed = (
            not value
            if isinstance(value, bool)
            else value | {"x"}
            if isinstance(value, frozenset)
            else f"{value} x"
        )
        assert dataclasses.replace(key, **{field.name: changed}) != key, field.name


def test_interning_in_chunks_numbers_items_as_in_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    sequences = [["b", "a"], [], ["c", "a", "b"], ["d"], ["a", "e", "d"], ["f", "b"]]
    whole = columns.intern(sequences)
    monkeypatch.setattr(columns, "INTERN_CHUNK", 2)
    # a generator, read two sequences at a time: ids still follow first appearance overall
    owner, ids, vocabulary = columns.intern(iter(sequences))
    assert vocabulary == whole[2] == ["b", "a", "c", "d", "e", "f"]
    assert owner.tolist() == whole[0].tolist() == [0, 0, 2, 2, 2, 3, 4, 4, 4, 5, 5]
    assert ids.tolist() == whole[1].tolist() == [0, 1, 2, 1, 0, 3, 1, 4, 3, 5, 0]


def test_distinct_pairs_scored_without_their_claims_score_alike() -> None:
    # ``score_pairs`` of repeated keys takes each kept pair's claims from its own rows: the
    # distinct pairs' scores come without claim columns (zeros), and otherwise the same
    keys = _corpus(50, seed=8)
    pairs = _all_pairs(len(keys))
    options = Options()
    rows, scored = score._score_distinct(
        keys, pairs[:, 0].astype(np.int32), pairs[:, 1].astype(np.int32), options
    )
    bare_rows, bare = score._score_distinct(
        keys,
        pairs[:, 0].astype(np.int32),
        pairs[:, 1].astype(np.int32),
        options,
        with_claims=False,
    )
    assert len(scored) > 10
    assert bare_rows.tolist() == rows.tolist()
    assert scored.left.tolist() == pairs[rows, 0].tolist()
    assert bare.left.tolist() == bare.right.tolist() == [0] * len(bare)
    for mine, theirs in zip(bare.columns()[2:], scored.columns()[2:], strict=True):
        assert mine.tolist() == theirs.tolist()
