"""Repeat census of the parser: which functions are called again, within one sentence, with
the very same arguments (the work a per-sentence cache or a shared reading would save).

Usage:
    python bench/repeat_census.py PATH [PATH ...]        # .txt files, folders or .jsonl records
    python bench/repeat_census.py PATH --articles 300 --top 30

Two passes over the same articles. The first, under ``cProfile``, gives each function's
mean cost per call (``lru_cache``-wrapped functions count only their misses, so they do
not show: they cache already). The second wraps every plain function of the
``claimtrack.parse`` modules and counts, per sentence (a call of
``build._parse_sentence_memoised``), the calls whose hashable arguments were seen before.
The estimate "saved" is repeats x mean cost: what a cache keyed on the arguments would save
at most (profiled time, inflated by ``cProfile``; compare the share, not the seconds).
Run it as a script, never import it into a test.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pkgutil
import pstats
import sys
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import claimtrack.parse as parse_package
from bench_parse import read_articles
from claimtrack.models import Article
from claimtrack.parse import build

#: Not wrapped: the sentence boundary itself and the entry points around it.
_UNWRAPPED = frozenset(("_parse_sentence_memoised", "parse_article", "clear_memo"))


def _modules() -> list[types.ModuleType]:
    return [
        importlib.import_module(f"claimtrack.parse.{info.name}")
        for info in pkgutil.iter_modules(parse_package.__path__)
    ]


def _mean_costs(articles: list[Article]) -> dict[str, float]:
    """``module.function`` -> profiled seconds per call (inclusive), and the total."""
    build.clear_memo()
    profile = cProfile.Profile()
    profile.enable()
    for article in articles:
        build.parse_article(article)
    profile.disable()
    costs: dict[str, float] = {}
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (filename, _line, name), (_cc, calls, _tt, cumulative, _callers) in stats.items():
        if "claimtrack/parse/" in filename.replace("\\", "/"):
            costs[f"{Path(filename).stem}.{name}"] = cumulative / max(1, calls)
    costs["<total>"] = sum(s[3] for k, s in stats.items() if k[2] == "parse_article")
    return costs


class _Census:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.repeats: Counter[str] = Counter()
        self.seen: set[object] = set()
        self.sentences = 0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        name = f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}"

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            key = (name, args, tuple(sorted(kwargs.items())))
            try:
                if key in self.seen:
                    self.repeats[name] += 1
                else:
                    self.seen.add(key)
            except TypeError:  # an unhashable argument (a list, a View): not counted
                pass
            return function(*args, **kwargs)

        return counted

    def install(self) -> None:
        modules = _modules()
        wrapped: dict[object, Callable[..., Any]] = {}
        for module in modules:
            for name, value in list(vars(module).items()):
                if (
                    isinstance(value, types.FunctionType)
                    and value.__module__.startswith("claimtrack.parse")
                    and name not in _UNWRAPPED
                ):
                    if value not in wrapped:
                        wrapped[value] = self.wrap(value)
                    setattr(module, name, wrapped[value])
        sentence = build._parse_sentence_memoised

        def one_sentence(*args: Any, **kwargs: Any) -> Any:
            self.seen.clear()
            self.sentences += 1
            return sentence(*args, **kwargs)

        build._parse_sentence_memoised = one_sentence  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--articles", type=int, default=300, help="only the first N (0: all)")
    parser.add_argument("--top", type=int, default=30, help="functions listed")
    args = parser.parse_args()
    articles = read_articles(args.paths)
    if args.articles:
        articles = articles[: args.articles]
    costs = _mean_costs(articles)
    census = _Census()
    census.install()
    build.clear_memo()
    for article in articles:
        build.parse_article(article)
    sentences = max(1, census.sentences)
    total = costs["<total>"]
    rows = sorted(
        ((census.repeats[n] * costs.get(n, 0.0), n) for n in census.repeats), reverse=True
    )
    saved_all = sum(saved for saved, _ in rows)
    print(
        f"{len(articles)} articles, {census.sentences} sentences; repeated calls could save at"
        f" most {1000 * saved_all:.0f} ms of {1000 * total:.0f} profiled ms"
        f" ({100 * saved_all / max(total, 1e-9):.1f}%)"
    )
    print(f"{'function':48} {'calls/sent':>10} {'repeats/sent':>12} {'saved ms':>9} {'share':>6}")
    for saved, name in rows[: args.top]:
        print(
            f"{name:48} {census.calls[name] / sentences:10.2f}"
            f" {census.repeats[name] / sentences:12.2f} {1000 * saved:9.1f}"
            f" {100 * saved / max(total, 1e-9):5.2f}%"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
