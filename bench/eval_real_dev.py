"""Score claimtrack on real_dev: real multi-outlet articles with hand-made gold.

Usage: python bench/eval_real_dev.py /work/shared/eval/real_dev [--json] [--floors [FILE]]

Prints, per event and overall, the found fractions of the gold's three lists (agree pairs,
conflicts, single-source claims) as real_dev/README "Scoring a run" defines them, the conflict
type agreement and precision as secondary figures, and how many conflicts the run emits (a
tool that calls everything a conflict has high recall and many emitted conflicts). The
articles stay where they are: this script only reads them. With ``--floors`` the overall
figures are checked against ``bench/floors.json`` (exit 1 when one fell).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimtrack.evaluate import (
    GOLD_FILE,
    StoryScore,
    evaluate_story,
    gold_path,
    load_gold,
    overall,
    score_report,
    story_files,
    to_json,
)
from claimtrack.models import Report
from claimtrack.pipeline import build_report
from floors import FLOORS_FILE, check

COLUMNS = (
    ("agree", "agree_found"),
    ("conflict", "conflict_found"),
    ("type ok", "conflict_type_agreement"),
    ("conflict prec", "conflict_precision"),
    ("single", "single_found"),
)


def events(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / GOLD_FILE).is_file())


def row(score: StoryScore) -> list[str]:
    return [
        score.event,
        *(str(getattr(score, name)) for _, name in COLUMNS),
        str(score.conflicts_emitted),
    ]


def render(scores: list[StoryScore]) -> str:
    header = ["event", *(label for label, _ in COLUMNS), "emitted"]
    rows = [row(s) for s in scores] + [row(overall(scores))]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join(
        [
            line(header),
            "-" * len(line(header)),
            *map(line, rows[:-1]),
            "-" * len(line(header)),
            line(rows[-1]),
        ]
    )


def conflict_listing(event: str, report: Report) -> str:
    """Every emitted conflict: event, type, values, and both claims with their articles."""
    lines: list[str] = []
    for cluster in report.clusters:
        for conflict in cluster.conflicts:
            a, b = (report.claim(i) for i in conflict.claim_ids)
            lines.append(
                f"{event} {conflict.type.value}: {conflict.values[0]!r} vs {conflict.values[1]!r}"
            )
            lines += [f"  {c.article_id}: {c.text}" for c in (a, b)]
    return "".join(f"{line}\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score claimtrack on real_dev events.")
    parser.add_argument("real_dev", type=Path, help="path to the real_dev folder")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--floors",
        type=Path,
        nargs="?",
        const=FLOORS_FILE,
        help="check the overall figures against this file's floors (default bench/floors.json)",
    )
    parser.add_argument(
        "--conflicts",
        action="store_true",
        help="also list every emitted conflict with both claims (to read false ones)",
    )
    args = parser.parse_args(argv)
    found = events(args.real_dev)
    if not found:
        print(f"no event folders with {GOLD_FILE} under {args.real_dev}", file=sys.stderr)
        return 2
    if args.conflicts:
        scores = []
        for event in found:
            report = build_report(story_files(event))
            gold = load_gold(gold_path(event))
            scores.append(score_report(report, gold).model_copy(update={"event": event.name}))
            print(conflict_listing(event.name, report), end="")
    else:
        scores = [evaluate_story(event) for event in found]
    if args.json:
        print(to_json(scores))
    else:
        print(render(scores))
    return check("eval_real_dev", headline_figures(scores), args.floors) if args.floors else 0


def headline_figures(scores: list[StoryScore]) -> dict[str, float]:
    """The overall figures ``bench/floors.json`` bounds: found counts, and the share of
    emitted conflicts that are right."""
    total = overall(scores)
    precision = total.conflict_precision.value
    return {
        "agree_found": total.agree_found.hits,
        "conflict_found": total.conflict_found.hits,
        "conflict_precision": 1.0 if precision is None else precision,
        "single_found": total.single_found.hits,
    }


if __name__ == "__main__":
    sys.exit(main())
