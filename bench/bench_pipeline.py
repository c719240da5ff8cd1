"""Time the whole ``report`` pipeline on synthetic corpora of growing size; print the figures.

    python bench/bench_pipeline.py --sizes 1000 2000 5000 10000 [--jobs 2] [--write]

For every size it generates the corpus once (bench/generate_corpus.py, fixed seed, kept under
--corpus-root), then runs, each in a fresh Python process so peak memory is per size:

- cold: an empty parse cache, ``build_report`` + JSON rendering, stage by stage;
- warm: the same folder again, as the command line re-runs it (``build_rendered_report``: the
  rendered JSON of an unchanged folder comes from the result cache; measured on the second
  re-run, as the first one after a library-made cold run also stores the rendered output).

Stage times come from the pipeline's ``progress(stage, done, total)`` callback: a stage runs
from its first event to the next stage's first event; the time after a stage reported
``done == total`` and before the next one starts (republication detection, grouping) is shown
as "between". Candidate pairs per claim = pairs scored / claims eligible for matching (both are
the ``total`` of a progress event). Parsing speed is also measured on its own, in one process,
as MB of article text per second per core.

Benchmarks print figures; tests never assert on wall-clock time. ``--write`` puts the table in
bench/RESULTS.md between the bench markers, leaving the hand-written notes around it alone.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimtrack.models import Report

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "RESULTS.md"
START_MARK = "<!-- bench:start -->"
END_MARK = "<!-- bench:end -->"
STAGE_COLUMNS = ("read", "parse", "between", "normalize", "candidates", "score", "judge", "render")
PARSE_ONLY_TAG = "Read and parse only (--parse-only):"
TARGETS = {
    "cold_10k_s": 30.0,
    "warm_10k_s": 3.0,
    "rss_10k_mb": 2048.0,
    "cold_50k_s": 180.0,
    "exponent": 1.15,
    "parse_mb_s_core": 2.0,
}


# --- the child: one measured run ---------------------------------------------------------


def run_parse_only(folder: Path, cache_dir: Path, jobs: int | None) -> dict[str, Any]:
    """Read and parse only (the part the cache and the worker processes speed up)."""
    from claimtrack.options import Options
    from claimtrack.pipeline import parse_all
    from claimtrack.sources import read_sources

    options = Options(use_cache=True, cache_dir=cache_dir, jobs=jobs)
    started = time.perf_counter()
    articles = read_sources([folder], options).articles
    read = time.perf_counter()
    claims = parse_all(articles, options)
    finished = time.perf_counter()
    return {
        "wall_s": finished - started,
        "stages": {"read": read - started, "parse": finished - read},
        "articles": len(articles),
        "text_mb": sum(len(a.text.encode("utf-8")) for a in articles) / 1e6,
        "claims": len(claims),
        "eligible": 0,
        "pairs": 0,
        "cpu_s": cpu_seconds(),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def run_once(folder: Path, cache_dir: Path, jobs: int | None, parse_sample: int) -> dict[str, Any]:
    """One full run in this process; returns its figures as a JSON-ready dict."""
    from claimtrack.options import Options
    from claimtrack.pipeline import build_report

    events: list[tuple[float, str, int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        events.append((time.perf_counter(), stage, done, total))

    options = Options(use_cache=True, cache_dir=cache_dir, jobs=jobs)
    started = time.perf_counter()
    report = build_report([folder], options, progress=progress)
    built = time.perf_counter()
    output_bytes = render_json_to_file(report, cache_dir / "bench-output.json")
    finished = time.perf_counter()
    stages, gaps = stage_times(events, built)
    figures: dict[str, Any] = {
        "wall_s": finished - started,
        "stages": stages | {"render": finished - built},
        "between": gaps,
        "articles": len(report.articles),
        "text_mb": sum(len(a.text.encode("utf-8")) for a in report.articles) / 1e6,
        "claims": len(report.claims),
        "eligible": first_total(events, "normalize"),
        "pairs": first_total(events, "score"),
        "clusters": len(report.clusters),
        "output_mb": output_bytes / 1e6,
    }
    if parse_sample:
        figures["parse_mb_s_core"] = serial_parse_speed(report.articles[:parse_sample])
    figures["cpu_s"] = cpu_seconds()
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["workers_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return figures


def render_json_to_file(report: Report, path: Path) -> int:
    """Write ``report`` as JSON to ``path`` slice by slice, so one slice of the text is in
    memory, not all of it (1.2 GB at 10,000 articles): the memory of the command line's
    cold run, which streams the text into its result-cache entry (or, with ``--no-cache``,
    a temporary file) the same way; the whole text only where the streaming writer cannot
    reproduce it exactly. The command line then copies that file to its output: the render
    column leaves that copy out. Returns the bytes written."""
    from claimtrack.render import RenderOptions, ReportFormat, render_report_utf8
    from claimtrack.render.json_format import NotStreamableError, iter_report_utf8

    written = 0
    try:
        with path.open("wb") as sink:
            for chunk in iter_report_utf8(report):
                written += sink.write(chunk)
    except NotStreamableError:
        chunks, _ = render_report_utf8(report, ReportFormat.JSON, RenderOptions())
        with path.open("wb") as sink:
            written = sum(sink.write(chunk) for chunk in chunks)
    finally:
        path.unlink(missing_ok=True)
    return written


def run_rerun(folder: Path, cache_dir: Path, jobs: int | None) -> dict[str, Any]:
    """A re-run as the command line does it: ``build_rendered_report``, which serves an
    unchanged folder's rendered JSON from the result cache (read, hash, copy). Timed from
    before claimtrack's imports, as a command-line run pays them too."""
    started = time.perf_counter()
    from claimtrack.options import Options
    from claimtrack.pipeline import build_rendered_report
    from claimtrack.render import RenderOptions, ReportFormat

    options = Options(use_cache=True, cache_dir=cache_dir, jobs=jobs)
    rendered = build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    with Path(os.devnull).open("wb") as sink:
        rendered.write_utf8(sink)
    finished = time.perf_counter()
    return {
        "wall_s": finished - started,
        "stages": {"read": 0.0, "render": finished - started},
        "clusters": rendered.cluster_count,
        "output_mb": sum(len(chunk) for chunk in rendered.chunks) / 1e6,
        "cpu_s": cpu_seconds(),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_rss_mb": 0.0,
    }


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: wall time minus waiting for others."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def stage_times(
    events: list[tuple[float, str, int, int]], end: float
) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds per stage (and "between": in no stage), and the pieces of "between", each
    named after the stage it follows: after "parse", sharing equal claim texts, importing
    the analysis modules and republication detection; after "judge", the end of
    ``build_report`` (storing the report in the result cache, emptying the memos, freeing
    the analysis' objects)."""
    firsts: dict[str, float] = {}
    lasts: dict[str, tuple[float, int, int]] = {}
    order: list[str] = []
    for at, stage, done, total in events:
        if stage not in firsts:
            firsts[stage] = at
            order.append(stage)
        lasts[stage] = (at, done, total)
    times: dict[str, float] = {"between": 0.0}
    gaps: dict[str, float] = {}
    for n, stage in enumerate(order):
        stop = firsts[order[n + 1]] if n + 1 < len(order) else end
        last_at, done, total = lasts[stage]
        finished_early = done == total and done > 0 and last_at > firsts[stage]
        busy_until = last_at if finished_early else stop
        times[stage] = busy_until - firsts[stage]
        times["between"] += stop - busy_until
        if stop - busy_until > 0:
            gaps[f"after {stage}"] = stop - busy_until
    return times, gaps


def first_total(events: list[tuple[float, str, int, int]], stage: str) -> int:
    return next((total for _, name, _, total in events if name == stage), 0)


def serial_parse_speed(articles: list[Any]) -> float:
    """MB of article text parsed per second in this one process (one core)."""
    from claimtrack import parse
    from claimtrack.options import Options

    options = Options()
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    started = time.perf_counter()
    for article in articles:
        parse.parse_article(article, options)
    return size / 1e6 / max(time.perf_counter() - started, 1e-9)


# --- the parent: corpora, child processes, the table -------------------------------------


def corpus(root: Path, size: int, seed: int) -> Path:
    folder = root / f"corpus-{size}-seed{seed}"
    if not (folder / ".complete").exists():
        sys.path.insert(0, str(BENCH))
        from generate_corpus import main as generate

        print(f"generating {size:,} articles in {folder} ...", file=sys.stderr)
        generate([str(size), str(folder), "--seed", str(seed)])
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return folder


def measure(
    folder: Path, cache_dir: Path, args: argparse.Namespace, sample: int, mode: str = ""
) -> dict[str, Any]:
    mode = mode or ("parse" if args.parse_only else "all")
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(folder),
        str(cache_dir),
        str(args.jobs or 0),
        str(sample),
        mode,
        str(args.max_memory_gb),
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=args.timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {args.timeout:.0f} s"}
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": lines[-1][:200] if lines else f"exit code {done.returncode}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def rerun(folder: Path, cache_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The journalist's second run. The cold run filled the parse cache and the cached report;
    the first command-line run after it also stores the rendered output, so the run after
    that is the one measured (``--parse-only``: a second read-and-parse run)."""
    if args.parse_only:
        return measure(folder, cache_dir, args, 0)
    primed = measure(folder, cache_dir, args, 0, "rerun")
    return primed if "error" in primed else measure(folder, cache_dir, args, 0, "rerun")


def exponent(small: tuple[int, float], large: tuple[int, float]) -> float:
    return math.log(large[1] / small[1]) / math.log(large[0] / small[0])


def fitted_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(time) against log(articles)."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{usable} usable cores ({os.cpu_count()} online), {cpu}; Python "
        f"{platform.python_version()} on {platform.system()} {platform.release()}; "
        f"load average at start {load}"
    )


def git_revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--", "src") else ""
    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    return f"{git('rev-parse', '--short', 'HEAD')} on {branch}{dirty}"


def table(rows: list[dict[str, Any]]) -> list[str]:
    head = (
        "| articles | MB | claims | pairs/claim | cold s | cold CPU s | "
        + " | ".join(STAGE_COLUMNS)
        + " | warm s | peak RSS MB (main / worker) | exponent |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    previous: tuple[int, float] | None = None
    for row in rows:
        cold, warm = row["cold"], row["warm"]
        if "error" in cold:
            lines.append(f"| {row['size']:,} | cold run failed: {cold['error']} |")
            continue
        point = (cold["articles"], cold["wall_s"])
        slope = f"{exponent(previous, point):.2f}" if previous else "-"
        previous = point
        stages = " | ".join(f"{cold['stages'].get(s, 0.0):.2f}" for s in STAGE_COLUMNS)
        pairs = cold["pairs"] / cold["eligible"] if cold["eligible"] else 0.0
        warm_s = f"{warm['wall_s']:.2f}" if "wall_s" in warm else warm.get("error", "?")
        lines.append(
            f"| {cold['articles']:,} | {cold['text_mb']:.1f} | {cold['claims']:,} | {pairs:.1f} | "
            f"{cold['wall_s']:.2f} | {cold.get('cpu_s', 0.0):.1f} | {stages} | {warm_s} | "
            f"{cold['rss_mb']:.0f} / {cold['workers_rss_mb']:.0f} | {slope} |"
        )
    return lines


def parse_only_lines(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        cold, warm = row["cold"], row["warm"]
        if "wall_s" not in cold or "wall_s" not in warm:
            continue
        parse_s = cold["stages"]["parse"]
        lines.append(
            f"- {cold['articles']:,} articles, {cold['claims']:,} claims: cold parse "
            f"{parse_s:.1f} s ({cold['text_mb'] / parse_s:.2f} MB/s over all processes); "
            f"warm parse {warm['stages']['parse']:.2f} s, warm read {warm['stages']['read']:.2f} s"
        )
    return lines


def verdicts(rows: list[dict[str, Any]], parse_only: bool) -> list[str]:
    if parse_only:
        return parse_only_lines(rows)
    good = {r["size"]: r for r in rows if "wall_s" in r["cold"]}
    lines = []
    points = [(r["cold"]["articles"], r["cold"]["wall_s"]) for r in good.values()]
    fitted = fitted_exponent(points)
    cpu_points = [(r["cold"]["articles"], r["cold"].get("cpu_s", 0.0)) for r in good.values()]
    fitted_cpu = fitted_exponent(cpu_points) if all(t > 0 for _, t in cpu_points) else None
    if fitted is not None:
        ok = "meets" if fitted <= TARGETS["exponent"] else "MISSES"
        on_cpu = f"; on CPU seconds {fitted_cpu:.2f}" if fitted_cpu is not None else ""
        lines.append(
            f"- growth exponent (least squares, {min(good):,} to {max(good):,} articles): "
            f"{fitted:.2f} on wall time ({ok} <= {TARGETS['exponent']}){on_cpu}"
        )
    speeds = [r["cold"]["parse_mb_s_core"] for r in good.values() if "parse_mb_s_core" in r["cold"]]
    if speeds:
        speed = min(speeds)
        ok = "meets" if speed >= TARGETS["parse_mb_s_core"] else "MISSES"
        lines.append(
            f"- parsing, one process: {speed:.2f} MB/s per core, slowest sample "
            f"({ok} >= {TARGETS['parse_mb_s_core']})"
        )
    checks = (
        (10000, "cold", "wall_s", "cold_10k_s", "10k cold end to end", "s"),
        (10000, "warm", "wall_s", "warm_10k_s", "10k second run", "s"),
        (10000, "cold", "rss_mb", "rss_10k_mb", "10k peak RSS (main process)", "MB"),
        (50000, "cold", "wall_s", "cold_50k_s", "50k cold end to end", "s"),
    )
    for row in good.values():
        pieces = row["cold"].get("between", {})
        if pieces:
            named = ", ".join(f"{v:.2f} s {k}" for k, v in pieces.items() if v >= 0.005)
            lines.append(f"- 'between' at {row['size']:,} articles: {named}")
    for size, run, figure, target, label, unit in checks:
        if size in good and figure in good[size][run]:
            value = good[size][run][figure]
            ok = "meets" if value <= TARGETS[target] else "MISSES"
            lines.append(f"- {label}: {value:.1f} {unit} ({ok} <= {TARGETS[target]:.0f} {unit})")
    return lines


def write_results(block: list[str]) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if block[0].startswith(PARSE_ONLY_TAG):
        start, end = (
            START_MARK.replace("start", "parse-start"),
            END_MARK.replace("end", "parse-end"),
        )
    else:
        start, end = START_MARK, END_MARK
    fenced = "\n".join([start, *block, end])
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + fenced + after
    else:
        text = text.rstrip("\n") + "\n\n" + fenced + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        folder, cache_dir, jobs, sample, mode, limit = sys.argv[2:8]
        # WHY: the machine is shared; a run that outgrows the limit fails alone (MemoryError)
        # instead of pushing other people's processes into the OOM killer.
        cap = int(float(limit) * 1024**3)
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
        if mode == "parse":
            figures = run_parse_only(Path(folder), Path(cache_dir), int(jobs) or None)
        elif mode == "rerun":
            figures = run_rerun(Path(folder), Path(cache_dir), int(jobs) or None)
        else:
            figures = run_once(Path(folder), Path(cache_dir), int(jobs) or None, int(sample))
        print(json.dumps(figures))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    parser.add_argument("--jobs", type=int, default=None, help="default: every core")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--corpus-root", type=Path, default=Path(tempfile.gettempdir()) / "claimtrack-bench"
    )
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per run")
    parser.add_argument("--parse-sample", type=int, default=300, help="articles timed serially")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--no-warm", action="store_true", help="skip the second (cached) run")
    parser.add_argument(
        "--parse-only", action="store_true", help="time reading and parsing (cache, workers) only"
    )
    parser.add_argument(
        "--max-memory-gb", type=float, default=6.0, help="memory cap per run (RLIMIT_DATA)"
    )
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    about = machine()
    revision = git_revision()  # now: the code the runs use, not what is checked out later
    rows = []
    for size in args.sizes:
        folder = corpus(args.corpus_root, size, args.seed)
        with tempfile.TemporaryDirectory(prefix="claimtrack-bench-cache-") as cache_dir:
            cold = measure(folder, Path(cache_dir), args, args.parse_sample)
            if args.no_warm:
                warm: dict[str, Any] = {"error": "not run"}
            else:
                warm = rerun(folder, Path(cache_dir), args) if "error" not in cold else cold
        print(json.dumps({"size": size, "cold": cold, "warm": warm}), file=sys.stderr)
        rows.append({"size": size, "cold": cold, "warm": warm})
        print("\n".join(table(rows)[-1:]), file=sys.stderr, flush=True)
    command = "python bench/bench_pipeline.py " + " ".join(sys.argv[1:])
    block = [
        *([PARSE_ONLY_TAG, ""] if args.parse_only else []),
        f"Run {started} at {revision}: `{command}`",
        "",
        f"Machine: {about}.",
        "",
        "Times in seconds; stage columns are the cold run. 'between' = time between one stage's"
        " last event and the next stage's first: after parse, sharing equal claim texts,"
        " analysis imports and republication detection; after judge, storing the report in"
        " the result cache, emptying memos, freeing the analysis.",
        "",
        *table(rows),
        "",
        *verdicts(rows, args.parse_only),
    ]
    print("\n".join(block))
    if args.write:
        write_results(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
