"""A regression oracle: snapshot what the code outputs, then diff two snapshots.

Usage:
    python bench/oracle.py write OUT --eval /work/shared/eval [--seeds /work/shared/seeds]
    python bench/oracle.py diff OLD NEW [--show 40]

``write`` stores, in the folder OUT, every claim (dropped ones included) of the FNC-1 bodies
as JSON lines (``fnc_claims.jsonl``), the JSON report of each sample story and of each
real_dev story, the seeds' report and each seed's claims, and the check of each sample
draft. ``diff`` says which files differ and, for the FNC-1 bodies, how many changed and the
claims each changed body lost (-) and gained (+), with the attributes that matter most.

Run ``write`` at two commits (a worktree each, ``PYTHONPATH=src``) and ``diff`` the two
folders: a change meant to keep the output byte-identical must show no difference, and a
new rule's every changed body should read as an improvement. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from claimtrack.models import Article
from claimtrack.parse import parse_article

#: The checkout the snapshot is of: the CLI runs there on paths relative to it, so that two
#: worktrees' reports name the same files the same way.
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path("samples")
#: The draft of each sample story, checked against that story's folder.
DRAFTS = {"iran-draft.md": "iran-talks", "fire-draft.md": "factory-fire"}
#: The claim fields ``diff`` shows: the rest (offsets, mentions) follow from these.
SHOWN = ("text", "kind", "subject", "predicate", "attribution", "certainty", "negated", "reason")
#: Fields left out of the FNC-1 snapshot: identifiers and the sentence (the text holds them).
OMITTED = {"id", "article_id", "source", "sentence", "spans", "line"}


def write(out: Path, eval_dir: Path, seeds: Path | None) -> None:
    """Write the snapshot of the code on ``sys.path`` into ``out``."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    _fnc_claims(eval_dir / "fnc1_train_bodies.jsonl", out / "fnc_claims.jsonl")
    stories = [p for p in (ROOT / SAMPLES).iterdir() if p.is_dir()]
    for story in sorted(p.name for p in stories if p.name not in ("gold", "drafts")):
        _cli(out / f"report-{story}.json", "report", str(SAMPLES / story), "--format", "json")
    for draft, story in DRAFTS.items():
        path = SAMPLES / "drafts" / draft
        sources = ("-s", str(SAMPLES / story))
        _cli(out / f"check-{story}.json", "check", str(path), *sources, "--format", "json")
    real_dev = eval_dir / "real_dev"
    for story in sorted(p for p in real_dev.iterdir() if p.is_dir()):
        _cli(out / f"rd-{story.name}.json", "report", str(story), "--format", "json")
    if seeds is not None:
        _cli(out / "report-seeds.json", "report", str(seeds), "--format", "json")
        for seed in sorted(seeds.glob("*.txt")):
            _cli(out / f"claims-{seed.stem}.json", "claims", str(seed), "--format", "json", "--all")
    print(f"wrote {len(list(out.iterdir()))} files to {out}", file=sys.stderr)


def _fnc_claims(bodies: Path, out: Path) -> None:
    """Every claim of every FNC-1 body, one JSON line each, with its body's id."""
    with bodies.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as written:
        for line in lines:
            record = json.loads(line)
            body = str(record["body_id"])
            article = Article(id=body, path=body, source="fnc", text=record["text"])
            for claim in parse_article(article):
                fields = claim.model_dump(mode="json", exclude=OMITTED)
                fields["body"] = record["body_id"]
                written.write(json.dumps(fields, sort_keys=True) + "\n")


def _cli(out: Path, *arguments: str) -> None:
    """The CLI's standard output for ``arguments``, written to ``out`` (what it says on
    standard error is left out: progress and summaries)."""
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", *arguments],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    out.write_bytes(done.stdout)


def diff(old: Path, new: Path, show: int) -> None:
    """Print which files differ and the FNC-1 bodies whose claims changed."""
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    for name in names:
        same = _read(old / name) == _read(new / name)
        print(("same " if same else "DIFF ") + name)
    before = _bodies(old / "fnc_claims.jsonl")
    after = _bodies(new / "fnc_claims.jsonl")
    changed = [body for body in sorted(before.keys() | after.keys()) if before[body] != after[body]]
    for body in changed[:show]:
        lost = [_shown(c) for c in before[body]]
        gained = [_shown(c) for c in after[body]]
        print(f"--- body {body}")
        print("\n".join(f"  - {c}" for c in lost if c not in gained))
        print("\n".join(f"  + {c}" for c in gained if c not in lost))
    print(f"FNC bodies changed: {len(changed)}")


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def _bodies(path: Path) -> defaultdict[int, list[dict[str, Any]]]:
    claims: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                claim = json.loads(line)
                claims[claim["body"]].append(claim)
    return claims


def _shown(claim: dict[str, Any]) -> str:
    """The claim's main attributes, those at their default left out."""
    defaults: tuple[object, ...] = (None, False, "asserted", "fact")
    return " | ".join(f"{k}={claim.get(k)}" for k in SHOWN if claim.get(k) not in defaults)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="snapshot the current code's output")
    writing.add_argument("out", type=Path)
    writing.add_argument("--eval", type=Path, required=True, help="the shared eval folder")
    writing.add_argument("--seeds", type=Path, help="a folder of seed articles")
    diffing = commands.add_parser("diff", help="compare two snapshots")
    diffing.add_argument("old", type=Path)
    diffing.add_argument("new", type=Path)
    diffing.add_argument("--show", type=int, default=40, help="changed bodies to print")
    arguments = parser.parse_args()
    if arguments.command == "write":
        write(arguments.out, arguments.eval, arguments.seeds)
    else:
        diff(arguments.old, arguments.new, arguments.show)


if __name__ == "__main__":
    main()
