"""Measure grouping quality on a generated archive against the facts the generator planted.

Usage: python bench/eval_archive.py CORPUS_DIR [--json] [--funnel]

CORPUS_DIR is a folder written by ``bench/generate_corpus.py``, which also writes a hidden
``.facts.jsonl`` naming, for every article, the story whose facts it tells and the fact slot of
each planted fact sentence. This script runs the library pipeline on the folder (no cache) and
prints:

- claims, and clusters with two or more members;
- recall: planted same-fact pairs (two claims from different articles whose sentences carry the
  same story's same fact slot) that ended in one cluster, out of all such pairs;
- grouped pairs (every pair of claims sharing a cluster) split into same-story and cross-story;
  the cross-story share is the junk rate, since stories in a generated corpus share no facts
  (cross-folder counts story folders instead, so a copy filed under another story counts);
- with ``--funnel``, where planted pairs are lost: candidates of blocking, then judged one fact
  (this re-runs normalize, blocking, scoring and the judge's same-fact test on the report's
  claims: about half the pipeline's time again).

A story is the one whose facts the article tells (a republished copy tells its original's,
whatever folder it sits in). The articles stay where they are: this script only reads them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from claimtrack.models import Claim, Report
from claimtrack.options import Options
from claimtrack.pipeline import build_report, worker_count

GOLD = ".facts.jsonl"  # bench/generate_corpus.py GOLD


class MissingGoldError(Exception):
    """The folder has no planted-fact file, so there is nothing to measure against."""


@dataclass(frozen=True)
class Planted:
    """What the generator says about a corpus: each article's story and its fact sentences."""

    story_of: dict[str, int]  # article path -> story number whose facts it tells
    slot_of: dict[tuple[str, str], tuple[int, int]]  # (path, sentence) -> (story, fact slot)


@dataclass(frozen=True)
class ArchiveScore:
    claims: int
    clusters: int  # clusters with two or more members
    planted_pairs: int
    planted_pairs_grouped: int
    grouped_pairs: int
    grouped_pairs_same_story: int
    grouped_pairs_cross_story: int
    grouped_pairs_cross_folder: int
    largest_cluster: int  # members: pairs grow with the square of it, so one can dominate
    planted_pairs_candidates: int | None = None  # only with --funnel
    planted_pairs_same_fact: int | None = None

    @property
    def recall(self) -> float:
        return self.planted_pairs_grouped / self.planted_pairs if self.planted_pairs else 0.0

    @property
    def junk_rate(self) -> float:
        return self.grouped_pairs_cross_story / self.grouped_pairs if self.grouped_pairs else 0.0


def load_planted(corpus: Path) -> Planted:
    path = corpus / GOLD
    if not path.is_file():
        raise MissingGoldError(
            f"{corpus} has no {GOLD} (the planted facts of a generated corpus): generate one "
            "with `python bench/generate_corpus.py 1000 /tmp/corpus-1000 --seed 7` and run "
            "this script on that folder"
        )
    story_of: dict[str, int] = {}
    slot_of: dict[tuple[str, str], tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        story_of[record["path"]] = record["story"]
        for slot, sentence in record["facts"]:
            slot_of[(record["path"], sentence)] = (record["story"], slot)
    return Planted(story_of, slot_of)


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def planted_pairs(claims: Sequence[Claim], planted: Planted) -> list[tuple[int, int]]:
    """Index pairs of claims from different articles stating the same planted fact."""
    by_fact: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        fact = planted.slot_of.get((claim.article_id, claim.sentence))
        if fact is not None:
            by_fact[fact].append(index)
    pairs = []
    for members in by_fact.values():
        for x, left in enumerate(members):
            for right in members[x + 1 :]:
                if claims[left].article_id != claims[right].article_id:
                    pairs.append((left, right))
    return pairs


def matchable(report: Report, options: Options) -> list[Claim]:
    """The claims that take part in matching (``pipeline.analyse``'s eligible ones)."""
    return [claim for claim in report.claims if claim.kind in options.kinds]


def score(report: Report, planted: Planted, options: Options) -> ArchiveScore:
    index_of = {claim.id: i for i, claim in enumerate(report.claims)}
    cluster_of: dict[int, int] = {}
    grouped = same_story = same_folder = 0
    multi = [c for c in report.clusters if len(c.claim_ids) >= 2]
    for number, cluster in enumerate(multi):
        members = [index_of[claim_id] for claim_id in cluster.claim_ids]
        for member in members:
            cluster_of[member] = number
        stories = Counter(_story(report.claims[m], planted) for m in members)
        grouped += _pairs(len(members))
        same_story += sum(_pairs(n) for n in stories.values())
        folders = Counter(report.claims[m].article_id.split("/")[0] for m in members)
        same_folder += sum(_pairs(n) for n in folders.values())
    # Planted pairs among matchable claims: a fact sentence the parser files as opinion, say,
    # never reaches matching, and the funnel counts from the same pairs.
    eligible = matchable(report, options)
    pairs = [
        (index_of[eligible[a].id], index_of[eligible[b].id])
        for a, b in planted_pairs(eligible, planted)
    ]
    found = sum(1 for a, b in pairs if a in cluster_of and cluster_of[a] == cluster_of.get(b))
    return ArchiveScore(
        claims=len(report.claims),
        clusters=len(multi),
        planted_pairs=len(pairs),
        planted_pairs_grouped=found,
        grouped_pairs=grouped,
        grouped_pairs_same_story=same_story,
        grouped_pairs_cross_story=grouped - same_story,
        grouped_pairs_cross_folder=grouped - same_folder,
        largest_cluster=max((len(c.claim_ids) for c in multi), default=0),
    )


def funnel(report: Report, planted: Planted, options: Options) -> tuple[int, int]:
    """Planted pairs (among the claims that take part in matching) that blocking made
    candidates, and that the judge found to be one fact: the stages of ``pipeline.analyse``
    up to grouping, re-run because the report keeps no pairs."""
    from claimtrack import judge, match, normalize  # heavy: only for --funnel

    eligible = matchable(report, options)
    pairs = planted_pairs(eligible, planted)
    if not pairs:
        return 0, 0
    n = len(eligible)
    wanted = np.array([min(a, b) * n + max(a, b) for a, b in pairs], dtype=np.int64)
    keys = normalize.normalize_claims(eligible, options, jobs=worker_count(options))
    candidates = match.candidate_pairs([c.article_id for c in eligible], keys, options)
    candidate_codes = candidates[:, 0].astype(np.int64) * n + candidates[:, 1]
    scored = match.score_pairs(candidates, keys, options)
    same = judge.PairJudgements(eligible, keys, options).arrays(scored).same_fact
    left, right = np.asarray(scored.left)[same], np.asarray(scored.right)[same]
    same_codes = np.minimum(left, right).astype(np.int64) * n + np.maximum(left, right)
    return int(np.isin(wanted, candidate_codes).sum()), int(np.isin(wanted, same_codes).sum())


def _story(claim: Claim, planted: Planted) -> int | str:
    # An article the gold does not list (a file added by hand) is its own folder's story.
    return planted.story_of.get(claim.article_id, claim.article_id.split("/")[0])


def evaluate(corpus: Path, *, with_funnel: bool = False) -> ArchiveScore:
    planted = load_planted(corpus)
    options = Options(use_cache=False)
    report = build_report([corpus], options)
    result = score(report, planted, options)
    if not with_funnel:
        return result
    candidates, same_fact = funnel(report, planted, options)
    return replace(result, planted_pairs_candidates=candidates, planted_pairs_same_fact=same_fact)


def render(result: ArchiveScore) -> str:
    return "\n".join(
        [
            f"claims                      {result.claims:,}",
            f"clusters with 2+ members    {result.clusters:,} "
            f"(largest: {result.largest_cluster:,} claims)",
            f"planted same-fact pairs     {result.planted_pairs_grouped:,} of "
            f"{result.planted_pairs:,} grouped (recall {result.recall:.3f})",
            f"grouped pairs               {result.grouped_pairs:,}: "
            f"{result.grouped_pairs_same_story:,} same story, "
            f"{result.grouped_pairs_cross_story:,} cross story "
            f"(junk rate {result.junk_rate:.3f}); {result.grouped_pairs_cross_folder:,} "
            "cross story folder",
            *_funnel_lines(result),
        ]
    )


def _funnel_lines(result: ArchiveScore) -> list[str]:
    if result.planted_pairs_candidates is None or result.planted_pairs_same_fact is None:
        return []
    return [
        f"funnel of planted pairs     {result.planted_pairs:,} planted -> "
        f"{result.planted_pairs_candidates:,} candidates -> "
        f"{result.planted_pairs_same_fact:,} judged one fact -> "
        f"{result.planted_pairs_grouped:,} grouped"
    ]


def to_json(result: ArchiveScore) -> str:
    figures = asdict(result) | {"recall": result.recall, "junk_rate": result.junk_rate}
    return json.dumps(figures, indent=2)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Figures go to stdout; errors to stderr (exit 2 when the folder has no gold).",
    )
    parser.add_argument(
        "corpus", type=Path, help="a folder written by bench/generate_corpus.py (has .facts.jsonl)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--funnel",
        action="store_true",
        help="also count planted pairs that were candidates and judged one fact (slower)",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        result = evaluate(args.corpus, with_funnel=args.funnel)
    except MissingGoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(to_json(result) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
