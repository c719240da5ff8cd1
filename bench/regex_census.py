"""Regex census of the parser: how often each compiled pattern runs, how often it finds
something, and how long ``re`` itself takes for it (its calls replayed, without the parser).

Usage:
    python bench/regex_census.py PATH [PATH ...]   # .txt files, folders or .jsonl records
    python bench/regex_census.py PATH --top 60 --articles 500

Every ``re.compile`` made while the package is imported is wrapped (so run it as a script,
never import it into a test): each search, match, fullmatch, findall, finditer, sub and
split is logged with its arguments, and ``finditer`` with how many matches the parser
took. The log is then replayed against the real patterns and timed, so the figure per
pattern is ``re``'s own time (with one method call each), not the wrapper's. The total
against the parse's CPU time bounds what fewer regex passes alone can gain.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from itertools import islice
from typing import Any

_real_compile = re.compile
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
#: One logged call: the wrapper, the method, its arguments, and the matches taken
#: (``finditer`` only; None for the others).
_LOG: list[tuple[Any, str, tuple[Any, ...], dict[str, Any], list[int] | None]] = []


class _Counted:
    """A compiled pattern whose calls are logged; anything else goes to the pattern."""

    def __init__(self, pattern: re.Pattern[str], where: str) -> None:
        self.real = pattern
        self.where = where

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def _call(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        result = getattr(self.real, method)(*args, **kwargs)
        if method != "finditer":
            hit = None if method in ("sub", "subn", "split") else [int(bool(result))]
            _LOG.append((self, method, args, kwargs, hit))
            return result
        taken = [0]
        _LOG.append((self, method, args, kwargs, taken))
        return _taking(result, taken)


def _taking(matches: Iterator[re.Match[str]], taken: list[int]) -> Iterator[re.Match[str]]:
    for match in matches:
        taken[0] += 1
        yield match


def _method(name: str) -> Any:
    def call(self: _Counted, *args: Any, **kwargs: Any) -> Any:
        return self._call(name, args, kwargs)

    return call


for _name in _METHODS:
    setattr(_Counted, _name, _method(_name))


def _compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, _Counted):
        return pattern
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.endswith("re/__init__.py"):
        frame = frame.f_back
    where = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"
    return _Counted(_real_compile(pattern, flags), where)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=40, help="patterns listed (by replayed time)")
    parser.add_argument("--articles", type=int, default=0, help="only the first N (0: all)")
    args = parser.parse_args()

    re.compile = _compile  # type: ignore[assignment]  # before the package compiles anything
    from bench_parse import read_articles
    from claimtrack.parse import parse_article
    from claimtrack.parse.sentences import split_sentences

    articles = read_articles(args.paths)[: args.articles or None]
    sentences = sum(len(split_sentences(a.text)) for a in articles)
    _LOG.clear()
    started = time.process_time()
    claims = sum(len(parse_article(a)) for a in articles)
    parse_seconds = time.process_time() - started  # with the logging wrapper: an upper bound

    # Replayed pattern by pattern, each group timed as a whole in CPU time (a shared
    # machine's waits are not counted; a per-call clock would cost more than most calls).
    groups: dict[tuple[str, str], list[tuple[Any, tuple[Any, ...], dict[str, Any], int]]] = (
        defaultdict(list)
    )
    for counted, method, call_args, kwargs, taken in _LOG:
        groups[(counted.where, method)].append(
            (getattr(counted.real, method), call_args, kwargs, taken[0] if taken else 0)
        )
    spent: dict[tuple[str, str], tuple[int, int, float]] = {}
    # No collection during the replay: the log holds a million tuples, and a full collection
    # walking them would be timed as the calls that set it off.
    gc.disable()
    for key, calls in groups.items():
        began = time.process_time()
        if key[1] == "finditer":
            for real, call_args, kwargs, found in calls:
                for _ in islice(real(*call_args, **kwargs), found):
                    pass
        else:
            for real, call_args, kwargs, _found in calls:
                real(*call_args, **kwargs)
        seconds = time.process_time() - began
        spent[key] = (len(calls), sum(call[3] for call in calls), seconds)
    gc.enable()
    total = sum(row[2] for row in spent.values())
    print(
        f"{len(articles)} articles, {sentences} sentences, {claims} claims; {len(_LOG)} regex "
        f"calls ({len(_LOG) / max(1, sentences):.1f} per sentence); re's own time replayed "
        f"{total:.2f} s (the parse took {parse_seconds:.2f} CPU s with the logging)"
    )
    print("   ms     calls  found   us/call  method     compiled at")
    for (where, method), (calls, found, seconds) in sorted(
        spent.items(), key=lambda item: -item[1][2]
    )[: args.top]:
        print(
            f"{1000 * seconds:6.0f} {calls:9.0f} {found:6.0f} {1e6 * seconds / calls:8.2f}  "
            f"{method:9s}  {where}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    raise SystemExit(main())
