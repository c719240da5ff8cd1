"""Conflicts on FNC-1 bodies grouped into stories: how many the judge emits where outlets agree.

Usage: python bench/eval_fnc_stories.py PATH/TO/shared/eval [--stories N] [--show TYPE|all]

FNC-1 labels each (headline, body) pair; the bodies one headline marks ``agree`` are several
outlets telling one story the same way. Grouped into a folder per headline, they are a run
like a journalist's, with no gold conflict list but a strong prior: most conflicts emitted
inside such a folder are false (details can still differ: two ages, two counts). The script
prints the conflicts ``claimtrack report`` emits per type in those folders, and in folders
that add up to two ``disagree`` bodies to two ``agree`` ones, how many conflicts cross the
two sides (wanted) and how many stay within one side. Folders are built in a temporary
directory from the first headlines in sorted order (deterministic); nothing is written
next to the data.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from claimtrack.models import Report
from claimtrack.options import Options
from claimtrack.pipeline import build_report
from floors import FLOORS_FILE, check

#: Bodies per agree folder: enough outlets for a story, few enough to read the output.
AGREE_BODIES = 6
#: Fewest agree bodies a headline needs to make an agree folder.
MIN_AGREE = 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the shared eval folder (FNC-1 files)")
    parser.add_argument("--stories", type=int, default=DEFAULT_STORIES, help="folders of each kind")
    parser.add_argument("--show", help="print the conflicts of this type ('all' for every one)")
    parser.add_argument(
        "--floors",
        type=Path,
        nargs="?",
        const=FLOORS_FILE,
        help="check the counts against this file's bounds (default bench/floors.json)",
    )
    args = parser.parse_args()
    if args.floors and args.stories != DEFAULT_STORIES:
        parser.error(f"--floors holds the counts of {DEFAULT_STORIES} folders: drop --stories")
    bodies, agree, disagree = _load(args.folder)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        agree_folders = _write(root / "agree", _agree_sets(agree, args.stories), bodies)
        mixed_folders = _write(root / "mixed", _mixed_sets(agree, disagree, args.stories), bodies)
        by_type: Counter[str] = Counter()
        for folder in agree_folders:
            report = build_report([folder], Options())
            texts = {claim.id: claim.text for claim in report.claims}
            for kind, ids in _contradictions(report):
                by_type[kind] += 1
                if args.show in (kind, "all"):
                    print(f"{folder.name} {kind}:", " || ".join(texts[i][:120] for i in ids))
        crossing = within = stories = 0
        for folder in mixed_folders:
            report = build_report([folder], Options())
            sides = _sides_of(report)
            found = [{sides[claim_id] for claim_id in ids} for _, ids in _contradictions(report)]
            crossing += sum(1 for s in found if len(s) == 2)
            within += sum(1 for s in found if len(s) == 1)
            stories += any(len(s) == 2 for s in found)
    total = sum(by_type.values())
    print(f"agree-only folders: {len(agree_folders)}, conflicts emitted: {total}")
    for kind, count in sorted(by_type.items()):
        print(f"  {kind:<12} {count}")
    print(f"agree+disagree folders: {len(mixed_folders)}")
    print(f"  with a conflict across the two sides: {stories}")
    print(f"  conflicts across the sides: {crossing}, within one side: {within}")
    if args.floors is None:
        return 0
    figures = {"agree_only_conflicts": total, "mixed_with_cross_conflict": stories}
    return check("eval_fnc_stories", figures, args.floors)


DEFAULT_STORIES = 40


def _load(folder: Path) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
    with (folder / "fnc1_train_bodies.jsonl").open(encoding="utf-8") as handle:
        bodies = {str(row["body_id"]): row["text"] for row in map(json.loads, handle)}
    agree: dict[str, set[str]] = defaultdict(set)
    disagree: dict[str, set[str]] = defaultdict(set)
    with (folder / "fnc1_train_pairs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["label"] == "agree":
                agree[row["text_a"]].add(row["body_id"])
            elif row["label"] == "disagree":
                disagree[row["text_a"]].add(row["body_id"])
    return bodies, agree, disagree


def _agree_sets(agree: dict[str, set[str]], limit: int) -> list[dict[str, list[str]]]:
    """Up to ``limit`` folders of agree bodies, no body in two folders."""
    headlines = sorted(h for h in agree if len(agree[h]) >= MIN_AGREE)
    headlines.sort(key=lambda h: -len(agree[h]))  # stable: ties stay in text order
    return _disjoint(({"b": sorted(agree[h])[:AGREE_BODIES]} for h in headlines), limit)


def _mixed_sets(
    agree: dict[str, set[str]], disagree: dict[str, set[str]], limit: int
) -> list[dict[str, list[str]]]:
    """Up to ``limit`` folders of two agree and up to two disagree bodies of one headline."""
    headlines = sorted(h for h in agree if len(agree[h]) >= 2 and disagree.get(h))
    sets = ({"agree": sorted(agree[h])[:2], "dis": sorted(disagree[h])[:2]} for h in headlines)
    return _disjoint(sets, limit)


def _disjoint(sets: Iterable[dict[str, list[str]]], limit: int) -> list[dict[str, list[str]]]:
    used: set[str] = set()
    chosen: list[dict[str, list[str]]] = []
    for body_set in sets:
        ids = {i for ids in body_set.values() for i in ids}
        if ids & used:
            continue
        used |= ids
        chosen.append(body_set)
        if len(chosen) == limit:
            break
    return chosen


def _write(root: Path, sets: list[dict[str, list[str]]], bodies: dict[str, str]) -> list[Path]:
    folders = []
    for number, body_set in enumerate(sets, 1):
        folder = root / f"story{number:03d}"
        folder.mkdir(parents=True)
        for side, ids in body_set.items():
            for body_id in ids:
                (folder / f"{side}{body_id}.txt").write_text(bodies[body_id], encoding="utf-8")
        folders.append(folder)
    return folders


def _contradictions(report: Report) -> list[tuple[str, tuple[str, ...]]]:
    """(type, claim ids) of every contradiction the report's clusters hold."""
    return [
        (conflict.type.value, tuple(conflict.claim_ids))
        for cluster in report.clusters
        for conflict in cluster.conflicts
        if conflict.severity.value == "contradiction"
    ]


def _sides_of(report: Report) -> dict[str, str]:
    """Claim id -> "agree" or "dis", from the file name of its article."""
    return {
        claim.id: "dis" if claim.article_id.startswith("dis") else "agree"
        for claim in report.claims
    }


if __name__ == "__main__":
    sys.exit(main())
