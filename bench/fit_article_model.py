"""Fit the article model (data/article_model.json): is an article about a claim at all?

Usage: python bench/fit_article_model.py PATH/TO/shared/eval [--sample N] [--write]

FNC-1 headlines against article bodies, labelled related (agree, disagree, discuss) or
unrelated. The pairs ``bench/eval_pairs.py --fnc-sample 1500`` scores are left out, so that
its figure stays a held-out one. A plain logistic regression over
``compare.ARTICLE_FEATURES`` (general coverage and similarity figures: the data sets how much
each counts, never which words matter); prints 5-fold cross-validated accuracy.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np

from claimtrack import compare, match, parse
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options
from eval_pairs import fnc_body_claims, load_fnc
from fit_match_model import accuracy, cross_validated, fit, write_model

MODEL_PATH = Path(__file__).resolve().parent.parent / "src/claimtrack/data/article_model.json"
#: the sample bench/eval_pairs.py scores (seed 0, 1500 pairs)
EVAL_SEED, EVAL_SAMPLE = 0, 1500


def load_rows(folder: Path, sample: int) -> tuple[list[dict[str, str]], dict[str, str]]:
    rows, bodies = load_fnc(folder)
    held_out = {id(r) for r in random.Random(EVAL_SEED).sample(rows, EVAL_SAMPLE)}
    rest = [r for r in rows if id(r) not in held_out]
    return random.Random(1).sample(rest, sample), bodies


def features(folder: Path, sample: int) -> tuple[np.ndarray, np.ndarray]:
    rows, bodies = load_rows(folder, sample)
    options = Options()
    parsed: dict[str, tuple[list[Claim], list[MatchKey]]] = {}
    x, y = [], []
    for row in rows:
        claims, keys = fnc_body_claims(parsed, bodies, str(row["body_id"]), options)
        headline = parse.parse_statement(row["text_a"], "headline", "headline")
        key = normalize_claim(headline, options)
        scores, similarities, _ = match.score_many(key, keys)
        named = compare.speakers_named(claims)
        x.append(compare.article_features(key, keys, scores, similarities, named))
        y.append(row["label"] != "unrelated")
    return np.array(x, dtype=float), np.array(y, dtype=float)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="the shared eval folder")
    parser.add_argument("--sample", type=int, default=4000, help="FNC pairs to fit on")
    parser.add_argument("--write", action="store_true", help="update data/article_model.json")
    args = parser.parse_args()
    x, y = features(args.folder, args.sample)
    w = fit(x, y)
    print(f"{len(y)} pairs, {int(y.sum())} related")
    print(f"5-fold accuracy {cross_validated(x, y):.4f}; training accuracy {accuracy(x, y, w):.4f}")
    for name, weight in zip(compare.ARTICLE_FEATURES, w[:-1], strict=True):
        print(f"  {name:16s} {weight:+.3f}")
    if args.write:
        about = (
            "Logistic weights over compare.ARTICLE_FEATURES, fitted by "
            "bench/fit_article_model.py on FNC-1 related/unrelated pairs"
        )
        write_model(MODEL_PATH, about, compare.ARTICLE_FEATURES, w)


if __name__ == "__main__":
    main()
