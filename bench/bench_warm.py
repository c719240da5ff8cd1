"""Warm re-runs: how long `claimtrack report` takes on a folder it has already seen.

Runs the command line on FOLDER with a cache folder: once cold (unless --warm-only and the
cache is already filled), then --repeat warm runs, per format, and prints wall and CPU
seconds, peak RSS (of the run's process and its parse workers) and the load average. A warm
run reads and hashes every file, then reuses the rendered output. The machine may be shared:
compare CPU seconds, and wall seconds only at a similar load.
Prints figures; asserts nothing (speed targets live here, never in tests).

    python bench/generate_corpus.py 1000 /tmp/corpus-1k
    python bench/bench_warm.py /tmp/corpus-1k --cache-dir /tmp/ct-cache --formats table json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"


def run_once(folder: Path, cache_dir: Path, fmt: str, output: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "claimtrack",
        "report",
        str(folder),
        "--format",
        fmt,
        "--output",
        str(output),
        "--cache-dir",
        str(cache_dir),
        "--quiet",
    ]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        # wait4, not RUSAGE_CHILDREN: the peak memory of this one run, not of all runs so far.
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace")
    if child.returncode not in (0, 4):
        return {"error": message.strip()[-300:]}
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "output_mb": round(output.stat().st_size / 1e6, 1),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache-dir", type=Path, help="default: a fresh temporary folder")
    parser.add_argument("--formats", nargs="+", default=["table"])
    parser.add_argument("--repeat", type=int, default=2, help="warm runs per format")
    parser.add_argument(
        "--warm-only", action="store_true", help="skip the cold run (cache already filled)"
    )
    args = parser.parse_args()
    cache_dir = args.cache_dir or Path(tempfile.mkdtemp(prefix="claimtrack-warm-"))
    with tempfile.TemporaryDirectory() as scratch:
        for fmt in args.formats:
            output = Path(scratch) / f"report.{fmt}"
            if not args.warm_only:
                figures = run_once(args.folder, cache_dir, fmt, output)
                print(json.dumps({"format": fmt, "run": "cold", **figures}), flush=True)
            for n in range(args.repeat):
                figures = run_once(args.folder, cache_dir, fmt, output)
                print(json.dumps({"format": fmt, "run": f"warm {n + 1}", **figures}), flush=True)


if __name__ == "__main__":
    main()
