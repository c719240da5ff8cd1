"""The scorer on tiny hand-made reports: each test fails if a scoring rule breaks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.evaluate import (
    Gold,
    GoldConflict,
    GoldError,
    Ratio,
    Span,
    StoryScore,
    covers,
    fill_gold,
    load_gold,
    main,
    missed_agreements,
    overall,
    parse_gold,
    score_drafts,
    score_report,
)
from claimtrack.models import (
    Article,
    Claim,
    Cluster,
    Conflict,
    ConflictType,
    Kind,
    Report,
    Verdict,
)

TEXT = "x" * 200


def claim(cid: str, file: str, start: int, end: int, kind: Kind = Kind.FACT) -> Claim:
    return Claim(
        id=cid,
        article_id=file,
        source=file,
        text=TEXT[start:end],
        sentence=TEXT[start:end],
        start=start,
        end=end,
        line=1,
        kind=kind,
    )


def cluster(
    cid: str, verdict: Verdict, members: list[Claim], conflicts: tuple[Conflict, ...] = ()
) -> Cluster:
    ids = tuple(c.id for c in members)
    return Cluster(
        id=cid,
        verdict=verdict,
        claim_ids=ids,
        representative_id=ids[0],
        sources=tuple(sorted({c.source for c in members})),
        independent_sources=tuple(sorted({c.source for c in members})),
        conflicts=conflicts,
    )


def conflict(kind: ConflictType, a: Claim, b: Claim) -> Conflict:
    return Conflict(type=kind, claim_ids=(a.id, b.id), values=("1", "2"), explanation="1 vs 2")


def report(claims: list[Claim], clusters: list[Cluster]) -> Report:
    files = sorted({c.article_id for c in claims})
    articles = tuple(Article(id=f, path=f, source=f, text=TEXT) for f in files)
    return Report(
        tool_version="test", articles=articles, claims=tuple(claims), clusters=tuple(clusters)
    )


def span(file: str, start: int, end: int) -> Span:
    return Span(file=file, start=start, end=end)


# --- the cover rule --------------------------------------------------------------------


def test_cover_needs_half_of_the_shorter_range() -> None:
    assert covers((0, 100), (40, 60))  # a sentence covers a clause inside it
    assert covers((40, 60), (0, 100))  # and the other way round
    assert covers((0, 10), (5, 20))  # overlap 5 = half of the shorter (10)
    assert not covers((0, 10), (6, 20))  # overlap 4 < 5
    assert not covers((0, 10), (10, 20))  # touching is not overlapping
    assert not covers((0, 10), (30, 40))


# --- claims ----------------------------------------------------------------------------


def test_claim_precision_and_recall_use_cover_and_only_fact_claims() -> None:
    hit = claim("a:1", "a.txt", 0, 50)
    miss = claim("a:2", "a.txt", 100, 150)
    other_file = claim("b:1", "b.txt", 0, 50)
    opinion = claim("a:3", "a.txt", 160, 190, kind=Kind.OPINION)
    gold = Gold(
        event="t", claims=(span("a.txt", 10, 40), span("a.txt", 160, 190), span("c.txt", 0, 9))
    )
    run = report([hit, miss, other_file, opinion], [])
    score = score_report(run, gold)
    assert score.claims_produced == 3
    assert score.claim_precision == Ratio(hits=1, total=3)
    # the opinion claim covers the second gold claim but does not count as a fact claim
    assert score.claim_recall == Ratio(hits=1, total=3)


def test_gold_without_claims_or_clusters_scores_only_what_it_has() -> None:
    gold = parse_gold({"event": "e", "agree": [], "conflict": [], "single": []})
    score = score_report(report([claim("a:1", "a.txt", 0, 9)], []), gold)
    assert score.claim_precision.value is None
    assert score.pair_recall.value is None
    assert score.agree_found.total == 0


# --- agreements and cluster pairs ------------------------------------------------------


def test_agree_pair_found_only_when_covering_claims_share_a_cluster() -> None:
    a, b, c = (
        claim("a:1", "a.txt", 0, 50),
        claim("b:1", "b.txt", 0, 50),
        claim("c:1", "c.txt", 0, 50),
    )
    gold = Gold(
        event="t",
        agree=(
            (span("a.txt", 5, 45), span("b.txt", 5, 45)),
            (span("a.txt", 5, 45), span("c.txt", 5, 45)),
        ),
    )
    run = report(
        [a, b, c], [cluster("k1", Verdict.AGREE, [a, b]), cluster("k2", Verdict.SINGLE_SOURCE, [c])]
    )
    assert score_report(run, gold).agree_found == Ratio(hits=1, total=2)


def test_missed_agreements_list_unfound_pairs_with_their_covering_claims() -> None:
    a, b, c = (
        claim("a:1", "a.txt", 0, 50),
        claim("b:1", "b.txt", 0, 50),
        claim("c:1", "c.txt", 0, 50),
    )
    found = (span("a.txt", 5, 45), span("b.txt", 5, 45))
    apart = (span("a.txt", 5, 45), span("c.txt", 5, 45))
    uncovered = (span("b.txt", 5, 45), span("c.txt", 120, 180))
    gold = Gold(event="t", agree=(found, apart, uncovered))
    run = report(
        [a, b, c], [cluster("k1", Verdict.AGREE, [a, b]), cluster("k2", Verdict.SINGLE_SOURCE, [c])]
    )
    misses = missed_agreements(run, gold)
    assert [(m.a, m.b) for m in misses] == [apart, uncovered]
    assert (misses[0].covering_a, misses[0].covering_b) == (("a:1",), ("c:1",))
    assert (misses[1].covering_a, misses[1].covering_b) == (("b:1",), ())


def test_cluster_pairs_are_mapped_through_cover() -> None:
    a1, a2 = claim("a:1", "a.txt", 0, 50), claim("a:2", "a.txt", 60, 110)
    b1, b2 = claim("b:1", "b.txt", 0, 50), claim("b:2", "b.txt", 60, 110)
    unmapped = claim("b:3", "b.txt", 150, 199)
    gold = Gold(
        event="t",
        clusters=(
            (span("a.txt", 0, 50), span("b.txt", 0, 50)),
            (span("a.txt", 60, 110), span("b.txt", 60, 110)),
        ),
    )
    clusters = [
        cluster("k1", Verdict.AGREE, [a1, b1]),  # right
        cluster("k2", Verdict.AGREE, [a2, b2, unmapped]),  # right, plus 2 pairs with no gold
    ]
    score = score_report(report([a1, a2, b1, b2, unmapped], clusters), gold)
    assert score.pair_recall == Ratio(hits=2, total=2)
    assert score.pair_precision == Ratio(hits=2, total=2)

    wrong = [cluster("k1", Verdict.AGREE, [a1, b2]), cluster("k2", Verdict.AGREE, [a2, b1])]
    score = score_report(report([a1, a2, b1, b2], wrong), gold)
    assert score.pair_recall == Ratio(hits=0, total=2)
    assert score.pair_precision == Ratio(hits=0, total=2)


def test_pairing_a_single_source_claim_is_a_wrong_pair() -> None:
    a1, b1 = claim("a:1", "a.txt", 0, 50), claim("b:1", "b.txt", 0, 50)
    gold = Gold(
        event="t",
        clusters=((span("a.txt", 0, 50), span("c.txt", 0, 50)),),
        single=(span("b.txt", 0, 50),),
    )
    score = score_report(report([a1, b1], [cluster("k", Verdict.AGREE, [a1, b1])]), gold)
    assert score.pair_precision == Ratio(hits=0, total=1)
    assert score.pair_recall == Ratio(hits=0, total=1)


def test_same_file_pairs_are_not_cluster_pairs() -> None:
    a1, a2 = claim("a:1", "a.txt", 0, 50), claim("a:2", "a.txt", 60, 110)
    gold = Gold(event="t", clusters=((span("a.txt", 0, 50), span("a.txt", 60, 110)),))
    score = score_report(report([a1, a2], [cluster("k", Verdict.SINGLE_SOURCE, [a1, a2])]), gold)
    assert score.pair_recall.total == 0
    assert score.pair_precision.total == 0


# --- conflicts -------------------------------------------------------------------------


def _conflict_setup() -> tuple[list[Claim], Gold]:
    claims = [
        claim("a:1", "a.txt", 0, 50),
        claim("b:1", "b.txt", 0, 50),
        claim("a:2", "a.txt", 60, 110),
        claim("b:2", "b.txt", 60, 110),
    ]
    gold = Gold(
        event="t",
        conflict=(
            GoldConflict(a=span("a.txt", 0, 50), b=span("b.txt", 0, 50), type="numeric"),
            GoldConflict(a=span("b.txt", 60, 110), b=span("a.txt", 60, 110), type="date"),
        ),
    )
    return claims, gold


def test_conflict_found_in_either_order_with_type_figures() -> None:
    (a1, b1, a2, b2), gold = _conflict_setup()
    clusters = [
        cluster("k1", Verdict.CONFLICT, [a1, b1], (conflict(ConflictType.NUMERIC, a1, b1),)),
        # the gold lists this one b-then-a, and the run calls it the wrong type
        cluster("k2", Verdict.CONFLICT, [a2, b2], (conflict(ConflictType.NEGATION, a2, b2),)),
    ]
    score = score_report(report([a1, b1, a2, b2], clusters), gold)
    assert score.conflict_found == Ratio(hits=2, total=2)
    assert score.conflict_type_agreement == Ratio(hits=1, total=2)
    assert score.conflict_found_by_type == {
        "numeric": Ratio(hits=1, total=1),
        "date": Ratio(hits=1, total=1),
    }
    assert score.conflict_precision == Ratio(hits=2, total=2)
    assert score.conflict_precision_by_type == {
        "numeric": Ratio(hits=1, total=1),
        "negation": Ratio(hits=1, total=1),
    }
    assert score.conflicts_emitted == 2


def test_spurious_and_missing_conflicts_lower_precision_and_recall() -> None:
    (a1, b1, a2, b2), gold = _conflict_setup()
    clusters = [
        cluster("k1", Verdict.AGREE, [a1, b1]),  # the numeric conflict is missed
        # a conflict between claims the gold does not oppose
        cluster("k2", Verdict.CONFLICT, [a1, b2], (conflict(ConflictType.DATE, a1, b2),)),
        cluster("k3", Verdict.CONFLICT, [a2, b2], (conflict(ConflictType.DATE, a2, b2),)),
    ]
    score = score_report(report([a1, b1, a2, b2], clusters), gold)
    assert score.conflict_found == Ratio(hits=1, total=2)
    assert score.conflict_found_by_type["numeric"] == Ratio(hits=0, total=1)
    assert score.conflict_found_by_type["date"] == Ratio(hits=1, total=1)
    assert score.conflict_precision == Ratio(hits=1, total=2)
    assert score.conflict_precision_by_type == {"date": Ratio(hits=1, total=2)}


def test_conflict_needs_claims_covering_both_spans() -> None:
    (a1, b1, _, _), gold = _conflict_setup()
    short = claim("b:9", "b.txt", 45, 80)  # overlaps b's span by 5 of its 35: no cover
    clusters = [
        cluster("k1", Verdict.CONFLICT, [a1, short], (conflict(ConflictType.NUMERIC, a1, short),)),
        cluster("k2", Verdict.SINGLE_SOURCE, [b1]),
    ]
    score = score_report(report([a1, b1, short], clusters), gold)
    assert score.conflict_found.hits == 0


def test_conflict_between_restatements_of_gold_sides_is_right() -> None:
    """The gold names one representative per outlet; a second mention in the same gold
    cluster and file conflicting with the other side is right, a claim of another gold
    cluster is wrong, and a claim the gold places nowhere is not judged."""
    a1, a2 = claim("a:1", "a.txt", 0, 50), claim("a:2", "a.txt", 60, 110)
    other = claim("a:3", "a.txt", 120, 150)
    unplaced = claim("a:4", "a.txt", 160, 199)
    b1 = claim("b:1", "b.txt", 0, 50)
    gold = Gold(
        event="t",
        clusters=(
            (span("a.txt", 0, 50), span("a.txt", 60, 110), span("b.txt", 0, 50)),
            (span("a.txt", 120, 150), span("b.txt", 120, 150)),
        ),
        conflict=(GoldConflict(a=span("a.txt", 0, 50), b=span("b.txt", 0, 50), type="scope"),),
    )
    clusters = [
        cluster(
            "k1",
            Verdict.CONFLICT,
            [a1, a2, b1, other, unplaced],
            (
                conflict(ConflictType.SCOPE, a2, b1),  # restates a's side: right
                conflict(ConflictType.SCOPE, other, b1),  # another fact: wrong
                conflict(ConflictType.SCOPE, unplaced, b1),  # not placed: not judged
            ),
        )
    ]
    score = score_report(report([a1, a2, b1, other, unplaced], clusters), gold)
    assert score.conflict_precision == Ratio(hits=1, total=2)
    # recall still asks for claims covering the representative spans themselves
    assert score.conflict_found == Ratio(hits=0, total=1)


# --- single-source claims --------------------------------------------------------------


def test_single_found_needs_every_covering_claim_single_sourced() -> None:
    a1, a2 = claim("a:1", "a.txt", 0, 50), claim("a:2", "a.txt", 20, 60)
    b1 = claim("b:1", "b.txt", 0, 50)
    gold = Gold(event="t", single=(span("a.txt", 0, 50), span("b.txt", 0, 50), span("c.txt", 0, 5)))
    clusters = [
        cluster("k1", Verdict.SINGLE_SOURCE, [a1]),
        cluster("k2", Verdict.AGREE, [a2, b1]),
    ]
    # a's span is covered by a1 (single) and a2 (agree): not found; b's only by b1 (agree);
    # c's by nothing
    assert score_report(report([a1, a2, b1], clusters), gold).single_found == Ratio(total=3)
    clusters = [
        cluster("k1", Verdict.SINGLE_SOURCE, [a1]),
        cluster("k2", Verdict.SINGLE_SOURCE, [b1]),
    ]
    assert score_report(report([a1, b1], clusters), gold).single_found == Ratio(hits=2, total=3)


# --- adding up -------------------------------------------------------------------------


def test_overall_sums_counts_not_averages() -> None:
    one = StoryScore(
        event="a",
        agree_found=Ratio(hits=1, total=1),
        conflicts_emitted=3,
        conflict_found_by_type={"numeric": Ratio(hits=1, total=2)},
    )
    two = StoryScore(
        event="b",
        agree_found=Ratio(hits=0, total=3),
        conflicts_emitted=1,
        conflict_found_by_type={"date": Ratio(hits=1, total=1)},
    )
    total = overall([one, two])
    assert total.event == "overall"
    assert total.agree_found == Ratio(hits=1, total=4)
    assert total.agree_found.value == 0.25
    assert total.conflicts_emitted == 4
    assert total.conflict_found_by_type == {
        "date": Ratio(hits=1, total=1),
        "numeric": Ratio(hits=1, total=2),
    }
    assert str(Ratio()) == "-"
    assert str(Ratio(hits=1, total=3)) == "0.33 (1/3)"


# --- gold files ------------------------------------------------------------------------


def test_fill_gold_places_quotes_and_derives_agree_without_conflict_pairs() -> None:
    texts = {
        "a.txt": "Nine died. Rain fell.",
        "b.txt": "Ten died. Rain fell too.",
        "c.txt": "9 died.",
    }
    data: dict[str, Any] = {
        "clusters": [
            {
                "id": "toll",
                "spans": [
                    {"file": "a.txt", "quote": "Nine died."},
                    {"file": "b.txt", "quote": "Ten died."},
                    {"file": "c.txt", "quote": "9 died."},
                ],
            }
        ],
        "conflict": [
            {
                "a": {"file": "b.txt", "quote": "Ten died."},
                "b": {"file": "a.txt", "quote": "Nine died."},
                "type": "numeric",
            },
            {
                "a": {"file": "b.txt", "quote": "Ten died."},
                "b": {"file": "c.txt", "quote": "9 died."},
                "type": "numeric",
            },
        ],
        "single": [{"a": {"file": "a.txt", "quote": "Rain fell."}}],
    }
    gold = fill_gold(data, texts)
    assert [(p["a"]["quote"], p["b"]["quote"]) for p in gold["agree"]] == [
        ("Nine died.", "9 died.")
    ]
    assert gold["single"][0]["a"] == {
        "file": "a.txt",
        "start": 11,
        "end": 21,
        "quote": "Rain fell.",
    }
    assert len(gold["claims"]) == 4
    assert fill_gold(gold, texts) == gold


@pytest.mark.parametrize(
    ("quote", "message"), [("Snow fell.", "not found"), ("died.", "more than once")]
)
def test_fill_gold_rejects_quotes_it_cannot_place(quote: str, message: str) -> None:
    data = {"single": [{"a": {"file": "a.txt", "quote": quote}}]}
    with pytest.raises(GoldError, match=message):
        fill_gold(data, {"a.txt": "Nine died. Ten died."})


def test_missing_gold_file_is_a_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold file"):
        load_gold(tmp_path / "expected.json")


# --- the command -----------------------------------------------------------------------


def test_command_scores_a_story_folder(
    write_articles: Callable[[dict[str, str | bytes]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_articles(
        {
            "a.txt": "Source: Alpha\n\nThe mayor opened the new bridge on Friday.\n",
            "b.txt": "Source: Beta\n\nThe mayor opened the new bridge on Friday.\n",
        }
    )
    quote = "The mayor opened the new bridge on Friday."
    texts = {"a.txt": (folder / "a.txt").read_text(), "b.txt": (folder / "b.txt").read_text()}
    spans = [{"file": f, "quote": quote} for f in ("a.txt", "b.txt")]
    gold = fill_gold({"event": "bridge", "clusters": [{"id": "open", "spans": spans}]}, texts)
    (folder.parent / "gold").mkdir()
    (folder.parent / "gold" / f"{folder.name}.json").write_text(json.dumps(gold))

    assert main([str(folder)]) == 0
    table = capsys.readouterr().out
    assert "agree pairs found" in table and "1.00 (1/1)" in table

    assert main([str(folder), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["overall"]["claim_recall"] == {"hits": 2, "total": 2, "value": 1.0}


def test_command_without_gold_exits_with_a_message(
    write_articles: Callable[[dict[str, str | bytes]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_articles({"a.txt": "The mayor opened the new bridge on Friday.\n"})
    assert main([str(folder)]) == 3
    assert "no gold file" in capsys.readouterr().err


def test_draft_statuses_are_compared_line_by_line(tmp_path: Path) -> None:
    (tmp_path / "story").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "gold").mkdir()
    sentence = "The mayor opened the new bridge over the river on Friday."
    (tmp_path / "story" / "a.txt").write_text(f"Source: Alpha\n\n{sentence}\n")
    unsupported = "The city council approved a budget of 40 million for parks."
    (tmp_path / "drafts" / "d.md").write_text(f"# Draft\n\n{sentence}\n\n{unsupported}\n")
    gold = {
        "drafts": [
            {
                "draft": "d.md",
                "sources": "story",
                "findings": [
                    {"quote": sentence, "status": "supported"},
                    {"quote": unsupported, "status": "conflict"},  # deliberately wrong
                ],
            }
        ]
    }
    (tmp_path / "gold" / "drafts.json").write_text(json.dumps(gold))
    (score,) = score_drafts(tmp_path / "gold" / "drafts.json")
    assert score.status_right == Ratio(hits=1, total=2)
    assert score.by_status == {"conflict": Ratio(total=1), "supported": Ratio(hits=1, total=1)}
    assert score.wrong == (f"{unsupported} -> unsupported",)
