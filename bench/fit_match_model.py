"""Fit the match model's weights (data/match_model.json) on MRPC-style labelled pairs.

Usage: python bench/fit_match_model.py PATH/TO/mrpc_train.tsv [--write]

A plain logistic regression (Newton steps, light L2) over ``match.FEATURES``; prints 5-fold
cross-validated accuracy so that over-fitting shows. The features are general lexical ones:
the data only sets how much each counts, never which words matter.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.options import Options

MODEL_PATH = Path(__file__).resolve().parent.parent / "src/claimtrack/data/match_model.json"


def load_pairs(path: Path) -> tuple[list[tuple[str, str]], np.ndarray]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [(r["text_a"], r["text_b"]) for r in rows]
    labels = np.array([r["label"] == "paraphrase" for r in rows], dtype=float)
    return pairs, labels


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-4, steps: int = 40) -> np.ndarray:
    z = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) / len(y) + l2 * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return w


def accuracy(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    return float((((x @ w[:-1] + w[-1]) > 0) == (y > 0.5)).mean())


def cross_validated(x: np.ndarray, y: np.ndarray, folds: int = 5) -> float:
    """Mean held-out accuracy over ``folds`` seeded folds (over-fitting shows as a gap)."""
    order = np.random.default_rng(0).permutation(len(y))
    scores = []
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        scores.append(accuracy(x[test], y[test], fit(x[train], y[train])))
    return float(np.mean(scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--write", action="store_true", help="update data/match_model.json")
    args = parser.parse_args()
    pairs, y = load_pairs(args.pairs)
    # the keys compare_claims scores, so that the fitted model sees what it will be given
    options = Options()
    keys = [statement_keys(left, right, options)[2:] for left, right in pairs]
    a = [k[0] for k in keys]
    b = [k[1] for k in keys]
    x = match.pair_features(a, b)
    w = fit(x, y)
    print(f"5-fold accuracy {cross_validated(x, y):.4f}; training accuracy {accuracy(x, y, w):.4f}")
    for name, weight in zip(match.FEATURES, w[:-1], strict=True):
        print(f"  {name:18s} {weight:+.3f}")
    if args.write:
        # Options.threshold is the decision point: shift the bias so that a score of
        # ``threshold`` is where the fitted model says "even odds" (accuracy is highest there).
        threshold = Options().threshold / 100
        w[-1] += float(np.log(threshold / (1 - threshold)))
        about = (
            "Logistic weights over match.FEATURES, fitted by bench/fit_match_model.py; "
            "the bias is shifted so that Options.threshold is the fitted decision point"
        )
        write_model(MODEL_PATH, about, match.FEATURES, w)


def write_model(path: Path, about: str, names: Sequence[str], w: np.ndarray) -> None:
    """The packaged model file (read by ``match.read_model``): weights, then the bias last."""
    model = {
        "about": about,
        "features": list(names),
        "weights": [round(float(v), 4) for v in w[:-1]],
        "bias": round(float(w[-1]), 4),
    }
    path.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
