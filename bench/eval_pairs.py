"""Pair-level evaluation of the matcher and judge on MRPC, FNC-1 and Emergent.

Usage: python bench/eval_pairs.py PATH/TO/shared/eval [--fnc-sample N] [--only mrpc,fnc,emergent]
       [--floors [bench/floors.json]]

- MRPC: ``compare_claims(a, b).same_claim`` against the paraphrase label (accuracy).
- FNC-1: the headline checked against its body the way ``check_draft`` does it (the body's
  claims parsed once, the headline compared with each through ``compare_with_article``, the
  same engine), then the body's stance (``claimtrack.stance``): conflict -> disagree,
  supported -> agree, hedged or merely related -> discuss, unrelated -> unrelated.
- Emergent: the headline's stance towards the claim, mapped the same way to for/against/observing.
Prints confusion matrices (rows gold, columns predicted) and the headline figures; with
``--floors``, checks them against ``bench/floors.json`` and exits 1 when one fell.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimtrack import compare_claims, extract_claims, parse
from claimtrack.compare import article_stance, statement_stance
from claimtrack.models import Claim, Kind, Stance
from claimtrack.normalize import MatchKey, normalize_claims
from claimtrack.options import Options
from floors import FLOORS_FILE, check


def mrpc(folder: Path) -> dict[str, float]:
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
    return {"mrpc_accuracy": correct / len(rows)}


#: The library's stances (``claimtrack.stance``) named as the columns below.
STANCE_COLUMN = {
    Stance.SUPPORTS: "supported",
    Stance.HEDGED: "hedged",
    Stance.RELATED: "related",
    Stance.CONFLICTS: "conflict",
    Stance.UNRELATED: "unrelated",
}


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


def fnc(folder: Path, sample: int | None) -> dict[str, float]:
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
        verdict = article_stance(headline, claims, options, keys)
        matrix[(row["label"], STANCE_COLUMN[verdict])] += 1
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
    return {"fnc_related_accuracy": right / total, "fnc_four_class_accuracy": four / total}


def emergent(folder: Path) -> dict[str, float]:
    with (folder / "emergent_train.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    started = time.perf_counter()
    matrix: Counter[tuple[str, str]] = Counter()
    for row in rows:
        verdict = statement_stance(row["text_a"], row["text_b"])
        matrix[(row["label"], STANCE_COLUMN[verdict])] += 1
    seconds = time.perf_counter() - started
    print(f"Emergent: {len(rows)} pairs in {seconds:.1f} s")
    _print_matrix(matrix, ["for", "against", "observing"], FNC_PREDICTED)
    mapped = {"supported": "for", "hedged": "observing", "related": "observing"}
    mapped |= {"conflict": "against", "unrelated": "observing"}
    total = sum(matrix.values())
    right = sum(n for (g, p), n in matrix.items() if mapped[p] == g)
    accuracy = right / total
    print(f"Emergent three-class accuracy (related/unrelated as observing): {accuracy:.4f}\n")
    return {"emergent_accuracy": accuracy}


def _print_matrix(
    matrix: Counter[tuple[str, str]], rows: Sequence[str], columns: Sequence[str]
) -> None:
    width = max(len(c) for c in [*rows, *columns]) + 2
    print("gold \\ predicted".ljust(width) + "".join(c.rjust(width) for c in columns))
    for gold in rows:
        cells = "".join(str(matrix[(gold, p)]).rjust(width) for p in columns)
        print(gold.ljust(width) + cells)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="the shared eval folder")
    parser.add_argument("--fnc-sample", type=int, default=None, help="score N random FNC pairs")
    parser.add_argument("--only", default="mrpc,fnc,emergent")
    parser.add_argument(
        "--floors",
        type=Path,
        nargs="?",
        const=FLOORS_FILE,
        help="check the figures against this file's floors (default bench/floors.json)",
    )
    args = parser.parse_args()
    if args.floors and args.fnc_sample:
        parser.error("--floors holds figures of the whole FNC-1 set: drop --fnc-sample")
    wanted = set(args.only.split(","))
    figures: dict[str, float] = {}
    if "mrpc" in wanted:
        figures |= mrpc(args.folder)
    if "fnc" in wanted:
        figures |= fnc(args.folder, args.fnc_sample)
    if "emergent" in wanted:
        figures |= emergent(args.folder)
    if args.floors is None:
        return 0
    return check("eval_pairs", figures, args.floors, partial=wanted != ALL_SETS)


ALL_SETS = {"mrpc", "fnc", "emergent"}


if __name__ == "__main__":
    sys.exit(main())
