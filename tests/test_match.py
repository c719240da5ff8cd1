"""Matching: blocking without all pairs, batch scores, and groups that do not chain."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claim_helpers import claim, number
from claimtrack import extract_claims, match, pipeline
from claimtrack.match import ScoredPair, features, frames, table
from claimtrack.models import Article, ConflictType, Verdict
from claimtrack.normalize import (
    MatchKey,
    normalize_claim,
    normalize_claims,
    normalize_text,
    stem,
)
from claimtrack.options import Options
from pair_helpers import scored


def test_only_claims_from_different_articles_are_paired() -> None:
    keys = [
        normalize_text(t) for t in ("Iran halted talks", "Iran halted talks", "Iran halted talks")
    ]
    pairs = match.candidate_pairs(["a", "a", "b"], keys, Options())
    assert pairs.tolist() == [[0, 2], [1, 2]]


def test_tokens_held_by_too_many_claims_do_not_block() -> None:
    texts = [f"officials met {word}" for word in ("alpha", "bravo", "charlie", "delta", "echo")]
    keys = [normalize_text(t) for t in texts]
    ids = [str(i) for i in range(len(keys))]
    assert len(match.candidate_pairs(ids, keys, Options(max_block_size=4))) == 0
    assert len(match.candidate_pairs(ids, keys, Options(max_block_size=5))) == 10


def test_candidate_pairs_grow_with_claims_not_their_square() -> None:
    # 200 stories of 3 articles each: claims pair within their story only.
    texts, ids = [], []
    for story in range(200):
        for article in range(3):
            word = "".join(chr(ord("a") + int(d)) for d in f"{story:03d}")
            texts.append(f"inspector {word}x found mine {word}y near depot {word}z in town")
            ids.append(f"s{story}-a{article}")
    pairs = match.candidate_pairs(ids, [normalize_text(t) for t in texts], Options())
    assert len(pairs) == 200 * 3
    assert all(ids[i].split("-")[0] == ids[j].split("-")[0] for i, j in pairs.tolist())


def test_the_same_statement_scores_high_and_different_ones_low() -> None:
    same = match.score_keys(
        normalize_text("Iran suspended talks with the United States on Friday"),
        normalize_text("On Friday, Iran halted its talks with the US"),
    )
    different = match.score_keys(
        normalize_text("Iran suspended talks with the United States on Friday"),
        normalize_text("The central bank raised interest rates by half a point"),
    )
    assert same[0] >= Options().threshold > different[0]
    assert same[1] >= Options().related_threshold > different[1]


def test_a_short_claim_inside_a_long_one_is_not_the_same_claim() -> None:
    short = normalize_text("Iran halted talks")
    long = normalize_text(
        "Iran halted talks and expelled two diplomats after a drone strike near the border town"
    )
    score, similarity, _ = match.score_keys(short, long)
    assert score < Options().threshold
    assert similarity >= Options().related_threshold


def _words(text: str) -> features._Words:
    return features._words(normalize_text(text))


def _ngram(a: features._Words, b: features._Words) -> float:
    common = [
        len(x & y)
        for x, y in zip(
            (a.words1, a.words2, a.words3, a.words4),
            (b.words1, b.words2, b.words3, b.words4),
            strict=True,
        )
    ]
    return features.ngram_precision(common, a.gram_sizes, b.gram_sizes)


def test_a_clause_added_after_and_is_counted() -> None:
    short = _words("The bill won House approval in March")
    added = _words("The bill won House approval in March and was praised by several senators")
    # "praised several senators": three content words the short claim lacks, opened by "and"
    assert features.added_clause(short, added) == features.added_clause(added, short) == 3.0


@pytest.mark.parametrize(
    "other",
    [
        # the added words are not opened by a clause cue: a detail, not a new clause
        "The bill won House approval in March from lawmakers of the White House",
        # "and" opens a single added word: a reworded list, not a clause
        "The bill won House and Senate approval in March",
        # the words after "and" are all in the first claim
        "The bill won approval in March and House approval",
    ],
)
def test_no_added_clause_without_an_opened_run_of_new_words(other: str) -> None:
    assert features.added_clause(_words("The bill won House approval in March"), _words(other)) == 0


def test_an_added_clause_is_capped() -> None:
    short = _words("Police closed the road")
    added = _words(
        "Police closed the road and diverted heavy lorries toward distant northern towns"
    )
    assert features.added_clause(short, added) == features.ADDED_CLAUSE_CAP


def test_ngram_precision_is_one_for_the_same_words_and_falls_with_rewording() -> None:
    text = "Iran suspended talks with the United States on Friday"
    same = _ngram(_words(text), _words(text))
    reworded = _ngram(_words(text), _words("On Friday Iran halted talks with the US"))
    other = _ngram(_words(text), _words("The central bank raised interest rates"))
    assert same == pytest.approx(1.0)
    assert same > reworded > other > 0


def test_ngram_precision_takes_the_better_direction() -> None:
    short = _words("Iran suspended talks")
    long = _words("Iran suspended talks with the United States after a week of protests")
    # every n-gram of the short claim is in the long one: its direction is perfect
    assert _ngram(short, long) == _ngram(long, short)
    assert _ngram(short, long) == pytest.approx(1.0)


def test_batch_and_single_scores_agree() -> None:
    key = normalize_text("Twelve people died in the fire on Tuesday")
    others = [
        normalize_text(t) for t in ("21 people died in the fire", "The fire started on Tuesday")
    ]
    scores, similarities, vetoes = match.score_many(key, others)
    for k, other in enumerate(others):
        assert (scores[k], similarities[k], vetoes[k]) == match.score_keys(key, other)


def test_one_sided_negation_vetoes_a_match() -> None:
    _, _, vetoed = match.score_keys(
        normalize_text("Police found the weapon"),
        normalize_text("Police did not find the weapon"),
    )
    assert vetoed


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The board faulted the mayor for failing to publish the audit",
            "The board faulted the mayor for not publishing the audit",
        ),
        (
            "The union will strike unless the plan is withdrawn",
            "The union will strike if the plan is not withdrawn",
        ),
    ],
)
def test_a_word_that_says_no_is_not_a_one_sided_negation(text_a: str, text_b: str) -> None:
    _, _, vetoed = match.score_keys(normalize_text(text_a), normalize_text(text_b))
    assert not vetoed


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The two mayors will hold their first-ever joint meeting in Lyon next month",
            "No joint meeting between the two mayors has taken place since the cities split",
        ),
        (
            "The ferry crossed the strait for the first time since 1990",
            "No ferry has crossed the strait since 1990",
        ),
        (
            "The city held its first-ever film festival on Saturday",
            "The city had never held a film festival before",
        ),
    ],
)
def test_the_first_of_its_kind_agrees_with_no_earlier_one(text_a: str, text_b: str) -> None:
    _, _, vetoed = match.score_keys(normalize_text(text_a), normalize_text(text_b))
    assert not vetoed


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # no first of its kind: "a joint meeting" against "no joint meeting since"
        (
            "The two mayors will hold a joint meeting in Lyon next month",
            "No joint meeting between the two mayors has taken place since the cities split",
        ),
        # a first, but the denial is of this event, not of an earlier one
        (
            "The ferry crossed the strait for the first time on Monday",
            "The ferry did not cross the strait on Monday",
        ),
        # a bare "first" is an order, not a first occurrence: the budget has or has not passed
        (
            "Divers found the first wreckage near the coast",
            "Divers have not found any wreckage near the coast yet",
        ),
    ],
)
def test_a_first_without_a_denial_of_an_earlier_one_keeps_the_veto(
    text_a: str, text_b: str
) -> None:
    _, _, vetoed = match.score_keys(normalize_text(text_a), normalize_text(text_b))
    assert vetoed


def test_a_negative_word_elsewhere_keeps_the_veto_rule_for_plain_pairs() -> None:
    _, _, vetoed = match.score_keys(
        normalize_text("The mayor published the audit"),
        normalize_text("The mayor did not publish the audit"),
    )
    assert vetoed


def test_groups_do_not_chain() -> None:
    # A~B and B~C match, A and C do not: C must not join A's group through B.
    edges = [ScoredPair(0, 1, 90.0, 90.0), ScoredPair(1, 2, 80.0, 80.0)]
    groups = match.group(3, edges, ["a", "b", "c"])
    assert groups == [[0, 1], [2]]


def test_groups_merge_when_most_cross_pairs_match() -> None:
    edges = [
        ScoredPair(0, 1, 90.0, 90.0),
        ScoredPair(1, 2, 80.0, 80.0),
        ScoredPair(0, 2, 70.0, 70.0),
    ]
    assert match.group(3, edges, ["a", "b", "c"]) == [[0, 1, 2]]


def test_claims_of_one_article_do_not_count_against_a_merge() -> None:
    edges = [ScoredPair(0, 1, 90.0, 90.0), ScoredPair(1, 2, 80.0, 80.0)]
    assert match.group(3, edges, ["a", "b", "a"]) == [[0, 1, 2]]


def _article(article_id: str, day: int) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        source=article_id.upper(),
        text="",
        published=dt.date(2026, 5, day),
    )


def test_a_numeric_conflict_is_linked_into_one_cluster() -> None:
    text_a = "12 people died in the fire on Tuesday"
    text_b = "21 people died in the fire on Tuesday"
    claims = [
        claim(text_a, "a:1", numbers=(number(text_a, "12", 12, 12, counts="people"),)),
        claim(text_b, "b:1", numbers=(number(text_b, "21", 21, 21, counts="people"),)),
        claim("The mayor opened a new bridge downtown", "c:1"),
    ]
    clusters, _ = pipeline.analyse(
        [_article("a", 2), _article("b", 1), _article("c", 1)], claims, Options()
    )
    joint = [c for c in clusters if len(c.claim_ids) > 1]
    assert len(joint) == 1
    assert joint[0].verdict is Verdict.CONFLICT
    assert set(joint[0].claim_ids) == {"a:1", "b:1"}
    assert [c.type for c in joint[0].conflicts] == [ConflictType.NUMERIC]
    assert joint[0].first_reported == ("B",)
    single = [c for c in clusters if c.claim_ids == ("c:1",)]
    assert single[0].verdict is Verdict.SINGLE_SOURCE


def test_agreeing_sources_make_an_agree_cluster() -> None:
    claims = [
        claim("Iran suspended talks with the United States on Friday", "a:1"),
        claim("Iran halted its talks with the US on Friday", "b:1"),
    ]
    clusters, _ = pipeline.analyse([_article("a", 1), _article("b", 1)], claims, Options())
    assert [c.verdict for c in clusters] == [Verdict.AGREE]
    assert clusters[0].independent_sources == ("A", "B")


def test_pairs_array_shape_is_stable_when_empty() -> None:
    assert match.candidate_pairs(["a"], [normalize_text("alone")], Options()).shape == (0, 2)
    assert isinstance(
        match.candidate_pairs(["a"], [normalize_text("alone")], Options()), np.ndarray
    )


def test_two_outlets_on_one_decision_give_a_reason_conflict_with_a_scope_note(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    from claimtrack import build_report

    folder = write_articles(
        {
            "wire.txt": "Tehran is reportedly set to halt talks with Washington in protest over "
            "the new sanctions.\n\nThe foreign minister will travel to Geneva on Friday.\n",
            "daily.txt": "Iran has ruled out indirect talks with the United States in the coming "
            "week, citing technical reasons.\n\nMore than 300 engineers were evacuated from "
            "the reactor site last year.\n",
        }
    )
    report = build_report([folder])
    by_id = {c.id: c for c in report.claims}
    joint = [c for c in report.clusters if len({by_id[i].article_id for i in c.claim_ids}) > 1]
    assert len(joint) == 1
    cluster = joint[0]
    assert cluster.verdict is Verdict.CONFLICT
    kinds = {(c.type, c.severity.value) for c in cluster.conflicts}
    assert (ConflictType.REASON, "contradiction") in kinds
    assert (ConflictType.SCOPE, "note") in kinds
    scope = next(c for c in cluster.conflicts if c.type is ConflictType.SCOPE)
    assert "indirect" in " ".join(scope.values)
    assert cluster.certainty_notes  # "reportedly" against a plain statement
    evacuated = next(c for c in report.clusters if "300" in by_id[c.claim_ids[0]].text)
    assert evacuated.verdict is Verdict.SINGLE_SOURCE


def _key_of(sentence: str, starts: str) -> MatchKey:
    found = [c for c in extract_claims(sentence) if c.text.startswith(starts)]
    assert found, [c.text for c in extract_claims(sentence)]
    return normalize_claim(found[0])


@pytest.mark.parametrize(
    ("statement", "speaker", "content"),
    [
        (
            "Velcor Polymers said on Tuesday that it would close the Ridge plant.",
            "Velcor Polymers said",
            "Velcor Polymers on Tuesday closed the Ridge plant.",
        ),
        (
            "The Foreign Ministry of Iran said on Monday that talks were over.",
            "The Foreign Ministry",
            "Iran's Foreign Ministry on Monday suspended talks with Oman.",
        ),
        (
            "Maria Lopez announced on March 3 that she would resign.",
            "Maria Lopez announced",
            "Maria Lopez resigned as mayor on March 3.",
        ),
        # who, said without a name: a kind of speaker, an institution, a title
        (
            "Company officials said on Friday that the assembly line would restart.",
            "Company officials said",
            "Company officials on Friday restarted the assembly line.",
        ),
        (
            "The county administration announced on Thursday that the bridge would close.",
            "The county administration announced",
            "The county administration closed the bridge on Thursday.",
        ),
        (
            "A spokesman told reporters on Wednesday that the mine was safe.",
            "A spokesman told reporters",
            "Reporters toured the mine with a spokesman on Wednesday.",
        ),
    ],
)
def test_who_said_it_when_is_not_related_to_a_content_claim(
    statement: str, speaker: str, content: str
) -> None:
    said_when = _key_of(statement, speaker)
    assert table.says_only_who_and_when(said_when)
    other = normalize_claim(extract_claims(content)[0])
    assert not table.says_only_who_and_when(other)
    assert frames.similarity(said_when, other) == 0.0


@pytest.mark.parametrize(
    "content",
    [
        "Officials closed the bridge on Thursday.",
        "The ministry spokesman was fired on Monday.",
        "Two workers were victims of the blast on Monday.",
        "The county administration announced a curfew on Thursday.",
    ],
)
def test_a_speaker_word_and_a_time_with_what_happened_is_a_content_claim(content: str) -> None:
    key = normalize_claim(extract_claims(content)[0])
    assert not table.says_only_who_and_when(key)


def test_the_who_words_are_every_section_of_the_parser_lists_without_headers() -> None:
    who = table._who_stems()
    # speaker_kinds.txt [he] and [they], titles.txt, institution_words.txt
    assert {stem("spokesman"), stem("police"), stem("governor"), stem("ministry")} <= who
    assert not any(word.startswith("[") for word in who)


def test_two_statements_of_who_said_it_when_still_meet() -> None:
    a = _key_of("Velcor Polymers said on Tuesday that it was sorry.", "Velcor Polymers said")
    b = _key_of("Velcor Polymers said on Tuesday that it had acted.", "Velcor Polymers said")
    assert frames.similarity(a, b) > 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Twelve workers were injured in the fire at the plant.",
            "The fire at the plant killed seven workers.",
        ),
        (
            "Police arrested two men at the border crossing.",
            "Police attacked two men at the border crossing.",
        ),
        (
            "The company bought the steel mill in Ohio.",
            "The company closed the steel mill in Ohio.",
        ),
        # Saying sorry is an act of its own, not a resignation.
        (
            "A council aide apologized on Friday for a post about the mayor's sons.",
            "A council aide resigned on Monday over a post about the mayor's sons.",
        ),
        (
            "The coach apologized to the players after the match.",
            "The coach quit after the match with the players.",
        ),
    ],
)
def test_unrelated_predicates_lower_the_frame_similarity(
    a: str, b: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ka, kb = normalize_text(a), normalize_text(b)
    lowered = frames.similarity(ka, kb)
    monkeypatch.setattr(frames, "OTHER_EVENT", 1.0)
    assert lowered == pytest.approx(frames.similarity(ka, kb) * 0.6)
    assert lowered < frames.STRONG_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # opposite predicates are one event told two ways: the judge needs them related
        (
            "Talks with the union were suspended on Monday.",
            "Talks with the union were resumed on Monday.",
        ),
        ("Exports rose 4% in May.", "Exports fell 4% in May."),
        # one frame, two classes: halt and refuse
        (
            "Iran suspended talks with the United States.",
            "Iran ruled out talks with the United States.",
        ),
    ],
)
def test_opposite_or_same_frame_predicates_are_not_lowered(a: str, b: str) -> None:
    ka, kb = normalize_text(a), normalize_text(b)
    assert frames.similarity(ka, kb) >= frames.STRONG_SIMILARITY


def test_related_pairs_support_a_merge_but_never_start_one() -> None:
    # 0 and 1 match; 2 is only related to both: it joins them
    edges = [ScoredPair(0, 1, 90.0, 90.0), ScoredPair(1, 2, 40.0, 75.0)]
    groups = match.group(3, edges, ["a", "b", "c"], related=[(0, 2), (1, 2)])
    assert groups == [[0, 1, 2]]
    # without the related pair 0-2, half the cross pairs is not enough
    assert match.group(3, edges, ["a", "b", "c"], related=[(1, 2)]) == [[0, 1], [2]]
    # related pairs alone merge nothing
    assert match.group(2, [], ["a", "b"], related=[(0, 1)]) == [[0], [1]]


def test_supports_merge_needs_a_shared_predicate_class() -> None:
    a = normalize_text("Twelve workers were injured, three of them critically.")
    b = normalize_text("12 others were hurt when fire swept through the plant early Tuesday.")
    c = normalize_text("12 others were at the plant when fire swept through it early Tuesday.")
    pair = ScoredPair(0, 1, 5.0, 65.0)
    assert match.supports_merge(pair, a, b)
    assert not match.supports_merge(pair, a, c)
    assert not match.supports_merge(ScoredPair(0, 1, 5.0, 65.0, vetoed=True), a, b)
    assert not match.supports_merge(ScoredPair(0, 1, 5.0, 45.0), a, b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "apart"),
    [
        # figures for two events: the fuzzy score says "same claim" (85), the events differ
        (
            "The blast at the Orvel mill killed 12 workers.",
            "The blast at the Orvel mill injured 12 others on Monday.",
            True,
        ),
        ("The Orvel mill fire killed 12 workers.", "The Orvel mill fire hurt 12 more.", True),
        # one event told in two words of one class
        ("12 workers were injured in the fire.", "12 workers were hurt in the fire.", False),
        (
            "The Orvel mill blast wounded 21 workers.",
            "21 workers were injured in the blast.",
            False,
        ),
        ("The fire at the Orvel mill killed 12.", "12 people died in the fire at the mill.", False),
        # opposite predicates are one event told two ways
        ("Iran suspended 3 rounds of talks.", "Iran resumed 3 rounds of talks.", False),
        # without figures on both sides there is no count to line up
        (
            "The blast at the Orvel mill killed workers.",
            "The blast at the Orvel mill injured 12.",
            False,
        ),
    ],
)
def test_figures_of_other_events_are_never_one_fact(text_a: str, text_b: str, apart: bool) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert match.figures_of_other_events(keys[0], keys[1]) is apart
    options = Options()
    scored = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert [p.other_events for p in scored] == [apart]
    assert match.same_fact(scored[0], options) is not apart
    if apart:
        assert not match.supports_merge(scored[0], keys[0], keys[1])


def test_figures_of_other_events_leave_the_same_claim_test_alone() -> None:
    # compare_claims' same_claim (MRPC-style paraphrase) is not where events are told apart
    pair = ScoredPair(0, 1, 90.0, 60.0, other_events=True)
    assert match.is_match(pair, Options())
    assert not match.same_fact(pair, Options())
    assert match.same_fact(ScoredPair(0, 1, 90.0, 60.0), Options())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Israel rejected the ceasefire proposal on Friday.",
            "Hamas rejected the ceasefire proposal on Friday.",
        ),
        (
            "Maria Lopez resigned as mayor of Springfield on Monday.",
            "John Carter resigned as mayor of Springfield on Monday.",
        ),
    ],
)
def test_different_named_subjects_are_not_one_frame(a: str, b: str) -> None:
    ka, kb = normalize_claim(extract_claims(a)[0]), normalize_claim(extract_claims(b)[0])
    assert ka.subject and kb.subject and not ka.subject & kb.subject
    assert frames.similarity(ka, kb) < frames.STRONG_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # aliases fold to one name: the same subject
        (
            "The US suspended talks with Iran on Monday.",
            "Washington suspended talks with Iran on Monday.",
        ),
        ("Britain closed its embassy in Kabul.", "The United Kingdom closed its embassy in Kabul."),
    ],
)
def test_aliases_of_one_subject_are_not_lowered(a: str, b: str) -> None:
    ka, kb = normalize_claim(extract_claims(a)[0]), normalize_claim(extract_claims(b)[0])
    assert ka.subject == kb.subject
    assert frames.similarity(ka, kb) == 100.0


def test_a_claim_keeps_its_strongest_partners_out_of_a_large_block() -> None:
    # 200 claims in other articles share one word with the target; one shares all its words.
    target = "inspector alpha found mine bravo near depot charlie"
    decoys = [f"inspector alpha visited town {chr(97 + k % 26)}{k}x" for k in range(200)]
    texts = [target, *decoys, target]
    ids = [f"article{k}" for k in range(len(texts))]
    pairs = match.candidate_pairs(
        ids, [normalize_text(t) for t in texts], Options(max_block_size=500)
    )
    with_target = [p for p in pairs.tolist() if 0 in p]
    assert [0, len(texts) - 1] in with_target
    assert len(with_target) <= 2 * match.blocking.PARTNERS
    per_claim = len(pairs) / len(texts)
    assert per_claim <= match.blocking.PARTNERS


def test_pairs_per_claim_do_not_grow_with_the_corpus() -> None:
    def pairs_per_claim(claims: int) -> float:
        texts = [
            f"officials reported damage in sector {k % 50} near river {k % 7}"
            for k in range(claims)
        ]
        keys = [normalize_text(t) for t in texts]
        ids = [f"a{k}" for k in range(claims)]
        return len(match.candidate_pairs(ids, keys, Options(max_block_size=10_000))) / claims

    small, large = pairs_per_claim(200), pairs_per_claim(1600)
    assert large <= match.blocking.PARTNERS
    assert large <= small * 1.1


def test_blocking_in_small_chunks_gives_the_same_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        f"crews in sector {k % 40} repaired line {k % 13} near depot {k % 7}" for k in range(400)
    ]
    keys = [normalize_text(t) for t in texts]
    ids = [f"a{k % 90}" for k in range(len(texts))]
    whole = match.candidate_pairs(ids, keys, Options())
    monkeypatch.setattr(match.blocking, "CHUNK_ROWS", 50)
    assert np.array_equal(match.candidate_pairs(ids, keys, Options()), whole)
    # chunks ranked on two threads or on one (``--jobs 1``): the same pairs
    assert np.array_equal(match.candidate_pairs(ids, keys, Options(jobs=1)), whole)
    assert len(whole) > 0


def _plain_blocking_ids(keys: list[MatchKey]) -> list[list[tuple[int, bool]]]:
    """Per claim, (key id, is a frame key) as first written: every claim's sorted blocking
    keys interned in claim order."""
    vocabulary: dict[str, int] = {}
    table = []
    for key in keys:
        frames, tokens = match.blocking_keys(key)
        table.append(
            sorted(
                (vocabulary.setdefault(k, len(vocabulary)), n < len(frames))
                for n, k in enumerate(frames + tokens)
            )
        )
    return table


def test_blocking_key_ids_are_those_of_sorted_keys_in_claim_order() -> None:
    texts = [
        "Iran halted talks with Oman",
        "Oman and Iran-Contra figures halted talks",  # an entity that starts like another
        "talks resumed in Oman",
        "zebra apples halted",
        "Oman halted talks and Iran resumed them",
        "",
    ]
    keys = [normalize_text(t) for t in texts]
    keys.append(
        MatchKey(
            text="",
            tokens=("a", "b"),
            entities=frozenset({"ent_a", "ent_a_b"}),
            frames=frozenset({"y", "x"}),
        )
    )
    owners, key_ids, is_frame, size = match.blocking._key_table(keys)
    found: list[list[tuple[int, bool]]] = [[] for _ in keys]
    for owner, key_id, frame in zip(
        owners.tolist(), key_ids.tolist(), is_frame.tolist(), strict=True
    ):
        found[owner].append((key_id, frame))
    assert [sorted(rows) for rows in found] == _plain_blocking_ids(keys)
    assert size == len({k for key in keys for part in match.blocking_keys(key) for k in part})
    assert any(frame for rows in found for _, frame in rows)


def _plain_strengths(
    ids: list[str], keys: list[MatchKey], options: Options
) -> list[dict[int, float]]:
    """Blocking as specified, claim by claim: every claim's partners (other articles sharing
    a usable key that either selected) with their strength, each shared key counted once."""
    table = _plain_blocking_ids(keys)
    df: dict[int, int] = {}
    for rows in table:
        for key_id, _ in rows:
            df[key_id] = df.get(key_id, 0) + 1
    frame = {key_id for rows in table for key_id, is_frame in rows if is_frame}
    usable = [{k for k, _ in rows if 2 <= df[k] <= options.max_block_size} for rows in table]
    selected = []
    for own in usable:
        # frame keys count among the rarest keys, and are selected whatever their rank
        rarest = sorted((df[k], k) for k in own)[: options.block_tokens]
        selected.append({k for k in own if k in frame} | {k for _, k in rarest})
    n = len(keys)
    weight = {
        k: math.log(n / df[k]) * (match.blocking.FRAME_WEIGHT if k in frame else 1.0) for k in df
    }
    strengths: list[dict[int, float]] = [{} for _ in keys]
    for i in range(n):
        for j in range(n):
            shared = usable[i] & usable[j] & (selected[i] | selected[j])
            if ids[i] != ids[j] and shared:
                strengths[i][j] = sum(weight[k] for k in shared)
    return strengths


def test_candidate_pairs_are_each_claims_strongest_partners(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(match.blocking, "PARTNERS", 3)
    texts = [
        f"Crews in sector {k % 9} repaired line {k % 5} near "
        f"{('Oman', 'Iran', 'the depot')[k % 3]} {('halted', 'resumed', 'closed')[k % 4 % 3]} "
        f"work {k % 4}"
        for k in range(60)
    ]
    keys = [normalize_text(t) for t in texts]
    ids = [f"a{k % 11}" for k in range(len(texts))]
    strengths = _plain_strengths(ids, keys, Options(max_block_size=40))
    found = {
        (i, j) for i, j in match.candidate_pairs(ids, keys, Options(max_block_size=40)).tolist()
    }
    # the PARTNERS-th strongest partner's strength: partners above it are kept, below it
    # not (up to the last bit of a float sum, which decides exact ties)
    least = [sorted(s.values(), reverse=True)[:3][-1] if s else 0.0 for s in strengths]
    for i, partners in enumerate(strengths):
        for j, strength in partners.items():
            pair = (min(i, j), max(i, j))
            if strength > least[i] + 1e-9:
                assert pair in found
            if pair in found:
                assert strength >= least[i] - 1e-9 or strengths[j][i] >= least[j] - 1e-9
    assert found <= {(min(i, j), max(i, j)) for i, s in enumerate(strengths) for j in s}
    assert len(found) > 60


def _batch_similarity(ka: MatchKey, kb: MatchKey) -> float:
    batch = features.PairBatch(table.ClaimTable([ka, kb]), np.array([0]), np.array([1]))
    return float(frames.frame_similarities(batch)[0][0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Defense Secretary Carla Voss resigned on Friday in protest over the budget cuts.",
            "Voss had quit in protest over the budget cuts.",
        ),
        (
            "Interior Minister Omar Haddad resigned on Sunday over the flooding response.",
            "Haddad had resigned over the flooding response.",
        ),
    ],
)
def test_a_subject_named_in_full_and_by_surname_is_one_subject(a: str, b: str) -> None:
    ka, kb = _keys_together(a, b)
    assert ka.subject and kb.subject and not ka.subject & kb.subject
    assert frames.one_person(ka, kb)
    lowered = dataclasses_replace_subject(kb, frozenset({"ent_someone_else"}))
    # the other-subject factor no longer applies: the same pair with a stranger scores lower
    assert frames.similarity(ka, kb) > frames.similarity(ka, lowered)
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)
    assert _batch_similarity(ka, lowered) == frames.similarity(ka, lowered)


def _own_keys(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    # each sentence its own article: the names each reads are its own
    ka, kb = normalize_claims([extract_claims(a)[0], extract_claims(b)[0]])
    return ka, kb


def _batch_ties(ka: MatchKey, kb: MatchKey) -> int:
    batch = features.PairBatch(table.ClaimTable([ka, kb]), np.array([0]), np.array([1]))
    return int(frames.frame_similarities(batch)[1][0])


def _ties(ka: MatchKey, kb: MatchKey) -> int:
    return frames.tying_words(ka, kb, frames.similarity(ka, kb))


#: A short claim that shares a two-part name and one word ("lawsuit") with a long one.
_HUB = "The {} lawsuit drew wide attention across the region."
_LONG = "Two retailers and a regional bank filed papers in the lawsuit siding with {} on Monday."


def test_a_name_left_as_two_words_counts_once_for_a_link_by_similarity() -> None:
    # "Brant-Holloway" is one name but two tokens ("brant", "holloway"): counted as two
    # shared words, a name and "lawsuit" made the short claim look like the long one's frame
    ka, kb = _own_keys(_HUB.format("Brant-Holloway"), _LONG.format("Brant-Holloway"))
    assert {"brant", "holloway"} <= set(ka.tokens) & set(kb.tokens)
    assert frames.similarity(ka, kb) >= frames.STRONG_SIMILARITY  # related all the same
    assert frames.similarity(ka, kb, names_once=True) < frames.STRONG_SIMILARITY
    assert _ties(ka, kb) == 0
    assert _batch_ties(ka, kb) == 0
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)
    # no stronger than the same name written as one word
    ja, jb = _own_keys(_HUB.format("Brantholloway"), _LONG.format("Brantholloway"))
    assert frames.similarity(ka, kb, names_once=True) <= frames.similarity(ja, jb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the name and words of the fact besides: still one frame
        (
            "Two retailers sided with Brant-Holloway in the lawsuit.",
            "Two retailers and a regional bank filed papers siding with Brant-Holloway.",
        ),
        # a hyphenated word that is no name keeps its two words
        (
            "The long-range missile test failed on Monday.",
            "A long-range missile exploded after launch on Monday.",
        ),
        # a name of three words, left as words on purpose (it may be a title or a
        # headline's capitals), counts word by word
        (
            "The tariffs prompted challenges before the Global Commerce Tribunal.",
            "The bloc joined a dispute at the Global Commerce Tribunal against the tariffs.",
        ),
    ],
)
def test_shared_words_beside_a_two_word_name_still_tie(a: str, b: str) -> None:
    ka, kb = _own_keys(a, b)
    assert frames.similarity(ka, kb, names_once=True) >= frames.STRONG_SIMILARITY
    assert _ties(ka, kb) >= 1
    assert _batch_ties(ka, kb) == _ties(ka, kb)


def test_one_person_reads_the_subjects_alone() -> None:
    # the surname elsewhere in the claim does not make the subjects one person
    base = normalize_text("renner vetoed the school funding bill")
    full = dataclasses_replace_subject(base, frozenset({"ent_governor_paul_renner"}))
    short = dataclasses_replace_subject(base, frozenset({"ent_renner"}))
    other = dataclasses_replace_subject(base, frozenset({"ent_alma_ferreira"}))
    assert frames.one_person(full, short) and frames.one_person(short, full)
    assert not frames.one_person(full, other) and not frames.one_person(short, other)
    assert _batch_similarity(full, short) == frames.similarity(full, short)
    assert frames.similarity(full, short) > frames.similarity(full, other)


def dataclasses_replace_subject(key: MatchKey, subject: frozenset[str]) -> MatchKey:
    import dataclasses

    return dataclasses.replace(key, subject=subject)


def _keys_together(a: str, b: str) -> tuple[MatchKey, MatchKey]:
    # as in an article: a name met in full is recognised by its surname further on
    claims = extract_claims(f"{a} {b}")
    ka, kb = normalize_claims([claims[0], claims[-1]])
    return ka, kb


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two full names that end alike are two parties
        ("North Korea suspended its missile tests.", "South Korea suspended its missile tests."),
        # another person, named in full
        (
            "Maria Lopez resigned as mayor of Springfield on Monday.",
            "John Carter had resigned as mayor of Springfield on Monday.",
        ),
    ],
)
def test_other_names_are_not_one_subject(a: str, b: str) -> None:
    ka, kb = _keys_together(a, b)
    assert ka.subject and kb.subject and not ka.subject & kb.subject
    assert not frames.one_person(ka, kb)
    assert frames.similarity(ka, kb) < frames.STRONG_SIMILARITY
    assert _batch_similarity(ka, kb) == frames.similarity(ka, kb)


def test_a_name_of_x_of_y_goes_by_its_head_as_a_subject() -> None:
    # "the House" and "Members of the House of Representatives": maybe one subject
    base = normalize_text("the house read the constitution aloud")
    long = dataclasses_replace_subject(base, frozenset({"ent_house_of_representatives"}))
    short = dataclasses_replace_subject(base, frozenset({"ent_house"}))
    senate = dataclasses_replace_subject(base, frozenset({"ent_senate"}))
    assert frames.one_person(long, short) and frames.one_person(short, long)
    assert not frames.one_person(long, senate) and not frames.one_person(short, senate)
    assert _batch_similarity(long, short) == frames.similarity(long, short)
    assert frames.similarity(long, short) > frames.similarity(long, senate)


def test_two_names_with_one_head_are_not_one_subject() -> None:
    # neither is the bare head: "Bank of England" is not "Bank of America"
    base = normalize_text("the bank raised its main rate")
    england = dataclasses_replace_subject(base, frozenset({"ent_bank_of_england"}))
    america = dataclasses_replace_subject(base, frozenset({"ent_bank_of_america"}))
    assert not frames.one_person(england, america)
    assert _batch_similarity(england, america) == frames.similarity(england, america)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Some 700 workers will lose their jobs.", "About 700 employees will be laid off."),
        ("The mill's 240 staff will lose their jobs.", "The company will lay off 240 workers."),
    ],
)
def test_two_wordings_of_one_job_loss_are_one_fact(text_a: str, text_b: str) -> None:
    """ "lose their jobs" / "be laid off": one event (data/predicates.txt), whatever noun
    names those who lose them."""
    assert match.same_fact(scored(text_a, text_b), Options())


def test_a_name_whose_words_are_joined_two_ways_is_one_subject() -> None:
    # "Tarvik-Ostby" and "Tarvik and Ostby": one subject, read as two entity tokens
    base = normalize_text("the line will remain closed until friday")
    hyphen = dataclasses_replace_subject(base, frozenset({"ent_tarvik_ostby"}))
    spelled = dataclasses_replace_subject(base, frozenset({"ent_tarvik_and_ostby"}))
    turned = dataclasses_replace_subject(base, frozenset({"ent_ostby_and_tarvik"}))
    other = dataclasses_replace_subject(base, frozenset({"ent_tarvik_and_melby"}))
    alone = dataclasses_replace_subject(base, frozenset({"ent_tarvik"}))
    assert frames.one_person(hyphen, spelled) and frames.one_person(spelled, hyphen)
    assert frames.one_person(hyphen, turned)
    # another pair of names, or one of the two names alone, is not the same subject
    assert not frames.one_person(hyphen, other)
    assert not frames.one_person(spelled, alone)
    assert _batch_similarity(hyphen, spelled) == frames.similarity(hyphen, spelled)
    assert frames.similarity(hyphen, spelled) > frames.similarity(hyphen, other)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "More than 30 ships were waiting to dock off Harlsby on Friday morning.",
            "Over 30 vessels were queuing outside the Harlsby docks by Friday.",
        ),
        (
            "About 12,000 homes lost power.",
            "Around 12,000 households were left without electricity.",
        ),
        (
            "Some 8,000 customers had no power on Sunday.",
            "About 8,000 customers had no electricity on Sunday.",
        ),
    ],
)
def test_a_vessel_is_a_ship_and_electricity_is_power(text_a: str, text_b: str) -> None:
    """data/news_words.txt folds "vessels" into "ships" and "electricity" into "power": the
    same count told in either word is one fact."""
    assert match.same_fact(scored(text_a, text_b), Options())


def test_only_the_rarer_word_is_folded_into_ship_and_power() -> None:
    # the fold goes one way: "ship" and "power" keep their words, and their other senses
    # ("came to power", "to ship goods") meet no new word
    assert normalize_text("40 vessels").text == normalize_text("40 ships").text
    assert normalize_text("the grid's electricity").text == normalize_text("the grid's power").text
    assert "power" not in normalize_text("an electrician was called").text.split()
    assert "vessel" not in normalize_text("40 ships").text.split()
    assert "electricity" not in normalize_text("came to power").text.split()


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Ostby would appeal.", "Ostby plans to challenge the decision at the supreme court."),
        ("The club will appeal against the ruling.", "The club will challenge the ruling."),
        ("Marlow appealed the verdict.", "Marlow challenged the verdict in the high court."),
    ],
)
def test_challenging_a_ruling_is_appealing_it(text_a: str, text_b: str) -> None:
    """data/predicates.txt: "appeal" and "challenge the decision" are one act."""
    assert match.same_fact(scored(text_a, text_b), Options())


def test_challenging_anything_else_is_no_appeal() -> None:
    assert "@appeal" in normalize_text("Ostby will challenge the ruling").text
    assert "@appeal" not in normalize_text("Ostby challenged the champion").text
    assert "@appeal" not in normalize_text("a challenge for the new coach").text
