"""Fill in the character offsets of a sample story's gold from its hand-written quotes.

Write gold spans by hand as ``{"file": ..., "quote": ...}``; this script finds each quote in
the text the reader produces for that file (front matter blanked, a JSON record's ``text``),
writes ``start``/``end``, derives ``agree`` from ``clusters`` and adds every used span to
``claims`` (see ``claimtrack.evaluate.fill_gold``). The gold of ``samples/<story>/`` lives in
``samples/gold/<story>.json``.

Usage: python bench/fill_gold.py samples/iran-talks [samples/factory-fire ...]
Exits 1 when a quote is missing from its file or occurs in it more than once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimtrack.evaluate import GoldError, article_texts, fill_gold, gold_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Place gold quotes; derive agree and claims.")
    parser.add_argument("stories", nargs="+", type=Path, help="sample story folders")
    args = parser.parse_args(argv)
    for story in args.stories:
        path = gold_path(story)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            gold = fill_gold(data, article_texts(story))
        except (OSError, GoldError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {k: len(gold[k]) for k in ("claims", "clusters", "agree", "conflict", "single")}
        print(f"{path}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
