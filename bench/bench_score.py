"""The match stage alone: candidate generation and pair scoring, in CPU seconds.

Reads and parses FOLDER once, normalizes its claims, then times ``match.candidate_pairs`` and
``match.score_pairs`` --repeat times and prints CPU seconds (all threads of the process, so
rapidfuzz's workers count), wall seconds, microseconds per candidate pair and a digest of the
scored pairs (a speed change must leave it unchanged). Prints figures; asserts nothing.

    python bench/generate_corpus.py 200 /tmp/corpus-200
    PYTHONPATH=src python bench/bench_score.py /tmp/corpus-200 --repeat 2
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from claimtrack import match, normalize, pipeline  # noqa: E402
from claimtrack.options import Options  # noqa: E402
from claimtrack.sources import read_sources  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def repeats(keys: list[normalize.MatchKey], pairs: np.ndarray) -> str:
    """How much of the work repeats: claims whose match key another claim has, and candidate
    pairs whose two keys another pair has (``score_pairs`` scores each distinct one once)."""
    index: dict[normalize.MatchKey, int] = {}
    owner = np.array([index.setdefault(k, len(index)) for k in keys], dtype=np.int64)
    codes = owner[pairs[:, 0]] * max(len(index), 1) + owner[pairs[:, 1]]
    distinct = len(np.unique(codes))
    return (
        f"{len(index)} distinct keys of {len(keys)} claims; "
        f"{distinct} distinct key pairs of {len(pairs)} candidate pairs "
        f"({100 * (1 - distinct / max(len(pairs), 1)):.1f}% repeats)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    options = Options()
    read = read_sources([str(args.folder)], options)
    claims = pipeline.parse_all(read.articles, options, pipeline._noop)
    eligible = [c for c in claims if c.kind in options.kinds]
    keys = normalize.normalize_claims(eligible, options)
    article_ids = [c.article_id for c in eligible]
    print(f"{len(read.articles)} articles, {len(keys)} claims")
    for run in range(args.repeat):
        cpu, wall = cpu_seconds(), time.perf_counter()
        pairs = match.candidate_pairs(article_ids, keys, options)
        candidates_cpu, candidates_wall = cpu_seconds() - cpu, time.perf_counter() - wall
        cpu, wall = cpu_seconds(), time.perf_counter()
        scored = match.score_pairs(pairs, keys, options)
        score_cpu, score_wall = cpu_seconds() - cpu, time.perf_counter() - wall
        digest = hashlib.sha256(
            repr(
                [(p.left, p.right, p.score, p.similarity, p.vetoed, p.shared) for p in scored]
            ).encode()
        ).hexdigest()[:16]
        per_pair = 1e6 * score_cpu / max(len(pairs), 1)
        if run == 0:
            print(repeats(keys, pairs))
        print(
            f"run {run + 1}: candidates {candidates_cpu:.2f} CPU s ({candidates_wall:.2f} wall), "
            f"{len(pairs)} pairs; score {score_cpu:.2f} CPU s ({score_wall:.2f} wall), "
            f"{per_pair:.2f} us/pair CPU, {len(scored)} kept, digest {digest}; "
            f"load average {os.getloadavg()[0]:.2f}"
        )


if __name__ == "__main__":
    main()
