"""Score claimtrack on real_dev: real multi-outlet articles with hand-made gold.

Usage: python bench/eval_real_dev.py /work/shared/eval/real_dev [--json] [--floors [FILE]]
       [--conflicts] [--misses] [--similarity-links] [--blocking-recall]

Prints, per event and overall, the found fractions of the gold's three lists (agree pairs,
conflicts, single-source claims) as real_dev/README "Scoring a run" defines them, the conflict
type agreement and precision as secondary figures, and how many conflicts the run emits (a
tool that calls everything a conflict has high recall and many emitted conflicts). The
articles stay where they are: this script only reads them. With ``--floors`` the overall
figures are checked against ``bench/floors.json`` (exit 1 when one fell). The other options
print, per event, the listings of ``real_dev_diagnostics`` (its docstring says what each
shows): emitted conflicts, missed agree pairs and why, links by similarity alone, and what
blocking proposed against every pair.
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
    missed_agreements,
    overall,
    score_report,
    story_files,
    to_json,
)
from claimtrack.pipeline import build_report
from floors import FLOORS_FILE, check
from real_dev_diagnostics import (
    BlockingRecall,
    conflict_listing,
    miss_listing,
    run_blocking_recall,
    similarity_links,
)

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
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list every gold agree pair not found, with the covering claims and how "
        "the matcher scored them",
    )
    parser.add_argument(
        "--similarity-links",
        action="store_true",
        help="also list every pair linked as one fact by frame similarity alone (not a match "
        "by score), to read and label",
    )
    parser.add_argument(
        "--blocking-recall",
        action="store_true",
        help="also score every cross-article pair of each event and print how many of its "
        "one-fact and merge-supporting pairs blocking proposed",
    )
    args = parser.parse_args(argv)
    found = events(args.real_dev)
    if not found:
        print(f"no event folders with {GOLD_FILE} under {args.real_dev}", file=sys.stderr)
        return 2
    if args.conflicts or args.misses or args.similarity_links or args.blocking_recall:
        scores = []
        recalls: list[BlockingRecall] = []
        for event in found:
            report = build_report(story_files(event))
            gold = load_gold(gold_path(event))
            scores.append(score_report(report, gold).model_copy(update={"event": event.name}))
            if args.conflicts:
                print(conflict_listing(event.name, report), end="")
            if args.misses:
                misses = missed_agreements(report, gold)
                print(miss_listing(event.name, report, misses), end="")
            if args.similarity_links:
                print(similarity_links(event.name, report), end="")
            if args.blocking_recall:
                recalls.append(run_blocking_recall(report))
                print(recalls[-1].line(event.name))
        if recalls:
            print(sum(recalls[1:], recalls[0]).line("overall"))
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
