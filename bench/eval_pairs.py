"""Pair-level evaluation of the matcher and judge on MRPC, FNC-1 and Emergent.

Usage: python bench/eval_pairs.py PATH/TO/shared/eval [--fnc-sample N] [--only mrpc,fnc,emergent]

- MRPC: ``compare_claims(a, b).same_claim`` against the paraphrase label (accuracy).
- FNC-1: the headline checked against its body the way ``check_draft`` does it (the body's
  claims parsed once, the headline compared with each through ``compare_with_article``, the
  same engine), mapped to a stance: conflict -> disagree, same claim asserted -> agree, same claim
  only hedged or attributed, or merely related -> discuss, nothing related -> unrelated.
- Emergent: ``compare_claims(claim, headline)`` mapped the same way to for/against/observing.
Prints confusion matrices (rows gold, columns predicted) and the headline figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimtrack import compare_claims, extract_claims, parse
from claimtrack.compare import compare_against, compare_with_article, supported_by, supporting
from claimtrack.models import Certainty, Claim, Comparison, Kind
from claimtrack.normalize import MatchKey, normalize_claim, normalize_claims
from claimtrack.options import Options


def mrpc(folder: Path) -> None:
    with (folder / "mrpc_train.tsv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    started = time.perf_counter()
    matrix: Counter[tuple[str, str]] = Counter()
    for row in rows:
        same = compare_claims(row["text_a"], row["text_b"]).same_claim
        matrix[(row["label"], "paraphrase" if same else "not_paraphrase")] += 1
    seconds = time.perf_counter() - started
    correct = matrix[("paraphrase", "paraphrase")] + matrix[("not_paraphrase", "not_paraphrase")]
    print(f"MRPC: {len(rows)} pairs in {seconds:.1f} s")
    _print_matrix(matrix, ["paraphrase", "not_paraphrase"], ["paraphrase", "not_paraphrase"])
    print(f"MRPC accuracy: {correct / len(rows):.4f}\n")


def stance(
    results: Sequence[Comparison],
    others: Sequence[Claim],
    article_related: bool | None = None,
    supports: Sequence[bool] | None = None,
) -> str:
    """supported / hedged / related / conflict / unrelated from one statement's comparisons.

    ``article_related``, when given, is the article-level decision (``compare_with_article``)
    and alone decides related against unrelated; without it, any related claim does.
    ``supports`` says which others state the claim the way ``check`` counts support
    (``compare.supporting``); without it, the same claim does."""
    if any(r.contradicts for r in results):
        return "conflict"
    if supports is None:
        supports = [r.same_claim for r in results]
    same = [o for ok, o in zip(supports, others, strict=True) if ok]
    if any(o.certainty is Certainty.ASSERTED and not o.attribution for o in same):
        return "supported"
    if same:
        return "hedged"
    if article_related is not None:
        return "related" if article_related else "unrelated"
    if any(r.related for r in results):
        return "related"
    return "unrelated"


FNC_PREDICTED = ["supported", "hedged", "related", "conflict", "unrelated"]


def load_fnc(folder: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    """FNC-1's (headline, body id, label) rows and its bodies by id."""
    bodies = {}
    with (folder / "fnc1_train_bodies.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            bodies[str(record["body_id"])] = record["text"]
    with (folder / "fnc1_train_pairs.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return rows, bodies


def fnc_body_claims(
    parsed: dict[str, tuple[list[Claim], list[MatchKey]]],
    bodies: dict[str, str],
    body_id: str,
    options: Options,
) -> tuple[list[Claim], list[MatchKey]]:
    """A body's fact claims and their keys, parsed once however many headlines it has."""
    if body_id not in parsed:
        claims = [c for c in extract_claims(bodies[body_id], options) if c.kind is Kind.FACT]
        parsed[body_id] = (claims, normalize_claims(claims, options))
    return parsed[body_id]


def fnc(folder: Path, sample: int | None) -> None:
    rows, bodies = load_fnc(folder)
    if sample and sample < len(rows):
        rows = random.Random(0).sample(rows, sample)
    started = time.perf_counter()
    options = Options()
    parsed: dict[str, tuple[list[Claim], list[MatchKey]]] = {}
    matrix: Counter[tuple[str, str]] = Counter()
    for row in rows:
        claims, keys = fnc_body_claims(parsed, bodies, str(row["body_id"]), options)
        headline = parse.parse_statement(row["text_a"], "headline", "headline")
        found = compare_with_article(headline, claims, options, keys)
        key = normalize_claim(headline, options)
        supports = supporting(key, keys, found.comparisons)
        matrix[(row["label"], stance(found.comparisons, claims, found.related, supports))] += 1
    seconds = time.perf_counter() - started
    note = f" (a random sample of {len(rows)}, seed 0)" if sample else ""
    print(f"FNC-1: {len(rows)} pairs in {seconds:.1f} s{note}")
    gold = ["agree", "disagree", "discuss", "unrelated"]
    _print_matrix(matrix, gold, FNC_PREDICTED)
    total = sum(matrix.values())
    right = sum(n for (g, p), n in matrix.items() if (g == "unrelated") == (p == "unrelated"))
    print(f"FNC-1 related-vs-unrelated accuracy: {right / total:.4f}")
    mapped = {"supported": "agree", "hedged": "discuss", "related": "discuss"}
    mapped |= {"conflict": "disagree", "unrelated": "unrelated"}
    four = sum(n for (g, p), n in matrix.items() if mapped[p] == g)
    print(f"FNC-1 four-class accuracy: {four / total:.4f}\n")


def emergent(folder: Path) -> None:
    with (folder / "emergent_train.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    started = time.perf_counter()
    matrix: Counter[tuple[str, str]] = Counter()
    for row in rows:
        claim = parse.parse_statement(row["text_a"], "claim", "claim")
        headline = parse.parse_statement(row["text_b"], "headline", "headline")
        result = compare_against(claim, [headline])
        supports = supported_by(claim, [headline])
        matrix[(row["label"], stance(result, [headline], supports=supports))] += 1
    seconds = time.perf_counter() - started
    print(f"Emergent: {len(rows)} pairs in {seconds:.1f} s")
    _print_matrix(matrix, ["for", "against", "observing"], FNC_PREDICTED)
    mapped = {"supported": "for", "hedged": "observing", "related": "observing"}
    mapped |= {"conflict": "against", "unrelated": "observing"}
    total = sum(matrix.values())
    right = sum(n for (g, p), n in matrix.items() if mapped[p] == g)
    accuracy = right / total
    print(f"Emergent three-class accuracy (related/unrelated as observing): {accuracy:.4f}\n")


def _print_matrix(
    matrix: Counter[tuple[str, str]], rows: Sequence[str], columns: Sequence[str]
) -> None:
    width = max(len(c) for c in [*rows, *columns]) + 2
    print("gold \\ predicted".ljust(width) + "".join(c.rjust(width) for c in columns))
    for gold in rows:
        cells = "".join(str(matrix[(gold, p)]).rjust(width) for p in columns)
        print(gold.ljust(width) + cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="the shared eval folder")
    parser.add_argument("--fnc-sample", type=int, default=None, help="score N random FNC pairs")
    parser.add_argument("--only", default="mrpc,fnc,emergent")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    if "mrpc" in wanted:
        mrpc(args.folder)
    if "fnc" in wanted:
        fnc(args.folder, args.fnc_sample)
    if "emergent" in wanted:
        emergent(args.folder)


if __name__ == "__main__":
    main()
