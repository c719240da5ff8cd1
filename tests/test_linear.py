"""No hangs: the cost of reading and parsing grows linearly with the input, on hostile text.

A regular expression that backtracks catastrophically turns a 1 MB scraped page into a CI job
that never ends. These tests feed long runs of the characters that trip such expressions
(spaces, dots, capitals, quotes, brackets, digits and commas, text with no sentence end) and
compare the cost at size n and 4n. Linear code costs about 4x; quadratic code about 16x. No
test here asserts a wall-clock limit: only ratios of two measurements on the same machine.

``test_every_pattern_in_the_package_is_linear`` finds every compiled regular expression in
every claimtrack module by itself, so patterns added later are covered without editing this
file.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import claimtrack
from claimtrack import api, sources
from claimtrack.options import Options

#: Cost ratio allowed between input of size 4n and n. Linear is ~4, quadratic ~16. Linear
#: code measures up to ~7 here: strings past a few hundred KB are fresh memory-mapped pages
#: (page faults) where smaller ones reuse the allocator's warm arenas.
MAX_RATIO = 10.0


def _run(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _nested(n: int) -> str:
    return "(" * (n // 2) + ")" * (n // 2)


def _around(fill: str, prefix: str = "") -> Callable[[int], str]:
    """Two long runs split by a word and ending in an unexpected character: what makes
    ``\\s*(.+?)\\s*$``-style patterns retry every split of the runs."""
    return lambda n: prefix + fill * (n // 2) + "x" + fill * (n // 2) + "\x01"


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "spaces": _run(" "),
    "dots": _run("."),
    "capitals": _run("A"),
    "capital words": _run("AB "),
    "initials": _run("A. "),
    "quotes": _run('"'),
    "mixed quotes": _run("\"'“”‘’«"),
    "open parentheses": _run("("),
    "nested brackets": _nested,
    "digits": _run("1"),
    "digits and commas": _run("1,"),
    "number groups": _run("12,345.6 "),
    "no sentence end": _run("the minister said that "),
    "newlines": _run("\n"),
    "dashes and colons": _run("-:: "),
    "source lines": _run("Source: "),
    "spaces around a word": _around(" "),
    "dots around a word": _around("."),
    "padded source line": _around(" ", prefix="Source:"),
    "padded said": _around(" ", prefix="said"),
}


# --- measuring -------------------------------------------------------------------------


def _cost(call: Callable[[], object], floor: float = 0.0005) -> float:
    """CPU seconds per call, repeating fast calls until a batch is long enough to time.

    CPU time, not wall time: on a busy CI machine the waits between time slices would
    otherwise land in one measurement and not the other.

    The garbage collector is off while timing (as in ``timeit``): a full collection costs in
    proportion to everything the test session holds, and landing in the 4n run but not in
    the n run would look like super-linear growth.
    """
    repeats = 1
    gc.disable()
    try:
        while True:
            started = time.process_time()
            for _ in range(repeats):
                call()
            elapsed = time.process_time() - started
            if elapsed >= floor or repeats >= 1 << 16:
                return elapsed / repeats
            repeats *= 2
    finally:
        gc.enable()


def _best(call: Callable[[], object], tries: int, floor: float = 0.0005) -> float:
    return min(_cost(call, floor) for _ in range(tries))


def _ratio(make_call: Callable[[int], Callable[[], object]], n: int, tries: int = 2) -> float:
    """cost(4n) / cost(n); re-measured with more tries before reporting a failure."""
    small, large = make_call(n), make_call(4 * n)
    ratio = _best(large, tries) / _best(small, tries)
    if ratio >= MAX_RATIO:  # a busy machine can spoil one measurement; never two in a row
        ratio = _best(large, tries + 3) / _best(small, tries + 3)
    return ratio


# --- every pattern in the package --------------------------------------------------------


def _modules() -> Iterator[Any]:
    yield claimtrack
    for info in pkgutil.walk_packages(claimtrack.__path__, "claimtrack."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 2 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def package_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for every compiled pattern held by a module or one of its classes."""
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for module in _modules():
        namespaces = [(module.__name__, vars(module))]
        namespaces += [
            (f"{module.__name__}.{name}", vars(obj))
            for name, obj in vars(module).items()
            if isinstance(obj, type) and obj.__module__ == module.__name__
        ]
        for where, namespace in namespaces:
            for name, value in namespace.items():
                for pattern in _patterns_in(value):
                    found.setdefault((pattern.pattern, pattern.flags), (f"{where}.{name}", pattern))
    return sorted(found.values(), key=lambda item: item[0])


def _scan(pattern: re.Pattern[str], text: str) -> Callable[[], object]:
    return lambda: [m.span() for m in pattern.finditer(text)]


# The ladder starts tiny so that exponential backtracking shows up (and fails) long before
# an input size that would hang; each later step is 4x the one before.
LADDER = (12, 24, 96, 384, 1536)
EXPONENTIAL_RATIO = 50.0


def test_the_scan_finds_the_package_patterns() -> None:
    names = {where for where, _ in package_patterns()}
    assert "claimtrack.sources._SOURCE_LINE" in names
    assert "claimtrack.sources._FRONT_MATTER" in names


def test_the_ladder_catches_a_backtracking_pattern() -> None:
    """The measuring itself works: a known-quadratic pattern fails, a linear one passes."""
    quadratic = re.compile(r"\w+ said")
    linear = re.compile(r"\bsaid\b")
    text = ADVERSARIAL["capitals"]
    # A busy machine can spoil one climb either way (seen at load average 9, and once in a
    # CI run for the quadratic pattern): each side gets three climbs. The quadratic stops
    # early on one of them; a real regression of the linear one stops early on every climb.
    assert any(len(_ladder_costs(quadratic, text, tries=3)) < len(LADDER) for _ in range(3))
    assert any(len(_ladder_costs(linear, text, tries=3)) == len(LADDER) for _ in range(3))
    assert _ratio(lambda n: _scan(linear, text(n)), 1536) < MAX_RATIO


def _ladder_costs(
    pattern: re.Pattern[str],
    make: Callable[[int], str],
    tries: int,
    measure: Callable[[re.Pattern[str], str], Callable[[], object]] = _scan,
    floor: float = 0.0005,
) -> list[float]:
    costs = []
    for size in LADDER:
        costs.append(_best(measure(pattern, make(size)), tries, floor))
        if len(costs) > 1 and costs[-1] / costs[-2] >= _limit(len(costs) - 1):
            break  # stop climbing: the next size might take very long
    return costs


def _limit(step: int) -> float:
    if LADDER[step - 1] < 96:
        # Below ~100 characters a bounded repeat such as {1,80} still grows with the input,
        # so the tiny steps only catch exponential blow-up (2**12 between 12 and 24).
        return EXPONENTIAL_RATIO
    return MAX_RATIO * (LADDER[step] / LADDER[step - 1]) / 4


#: Patterns that never scan unbounded text, and how they are used instead. A scan with
#: ``finditer`` over a whole text would overstate their cost; each is measured as used.
#: ``anchored``: only ``match``/``fullmatch`` at one position, so one attempt must be linear.
#: ``sentence``: searched only inside one sentence, which ``parse.sentences`` cuts at
#: ``MAX_SENTENCE`` characters: polynomial growth inside that cap cannot hang a run (the
#: API tests below prove the whole parser linear), exponential growth still fails.
#: ``window``: searched only in a fixed-size window (a few dozen characters).
USAGE = {
    "claimtrack.judge.figures._CLAUSE_ENDS_AFTER": "anchored",
    "claimtrack.judge.figures._NEXT_WORDS": "anchored",
    "claimtrack.judge.figures._SPENT_IN": "anchored",
    "claimtrack.judge.polarity._OBJECT": "anchored",
    "claimtrack.judge.roles._NEXT_WORD": "anchored",
    "claimtrack.judge.scope._WINDOW": "anchored",
    "claimtrack.parse.attribution._ACCORDING_TAIL": "anchored",
    "claimtrack.parse.attribution._APPOSITIVE_NAME": "anchored",
    "claimtrack.parse.attribution._LABELLED_QUOTE": "anchored",
    "claimtrack.parse.attribution._QUOTATION_FIRST": "anchored",
    "claimtrack.parse.attribution._QUOTING_AFTER": "anchored",
    "claimtrack.parse.attribution._TAG_SPEAKER_FIRST": "anchored",
    "claimtrack.parse.attribution._TAG_VERB_FIRST": "anchored",
    "claimtrack.parse.attribution._TAIL_END": "sentence",
    "claimtrack.parse.build._IT_COMES_AS": "anchored",
    "claimtrack.parse.build._SPEAKER_LABEL": "anchored",
    "claimtrack.parse.build._SPEAKER_TAG": "anchored",
    "claimtrack.parse.grammar._FIRST_WORDS": "anchored",
    "claimtrack.parse.noise._HASHTAG_TAIL": "window",
    "claimtrack.parse.numbers._NEXT_WORDS": "anchored",
    "claimtrack.parse.noise._FIRST_SENTENCE": "anchored",
    "claimtrack.parse.noise._ADDRESS": "anchored",
    "claimtrack.parse.noise._COUNTER_PART": "anchored",
    "claimtrack.parse.noise._CREDIT_LINE": "anchored",
    "claimtrack.parse.noise._GALLERY_COUNTER": "anchored",
    "claimtrack.parse.noise._MASTHEAD": "anchored",
    "claimtrack.parse.noise._NAVIGATION_PART": "anchored",
    "claimtrack.parse.noise._PAYWALL_METER": "anchored",
    "claimtrack.parse.noise._PREVIOUS_NEXT": "anchored",
    "claimtrack.parse.noise._REGISTERED": "anchored",
    "claimtrack.parse.noise._WIRE_SLUG": "anchored",
    "claimtrack.parse.referents._NAME_SET_OFF": "anchored",
    "claimtrack.parse.referents._VOICE_AFTER": "anchored",
    "claimtrack.parse.referents._VOICE_OF": "anchored",
    "claimtrack.parse.sentences._BULLET": "anchored",
    "claimtrack.parse.sentences._NEXT": "anchored",
    "claimtrack.parse.split._COMPLEMENT": "anchored",
    "claimtrack.parse.split._COORDINATION": "sentence",
    "claimtrack.parse.split._GAPPED": "anchored",
    "claimtrack.parse.split._SUBJECT_PARENTHETICAL": "anchored",
    "claimtrack.parse.split._VERB_GROUP": "anchored",
    "claimtrack.parse.split._REASON_END": "sentence",
    "claimtrack.parse.tags._INTERRUPTED": "anchored",
    "claimtrack.parse.tallies._NEXT_WORD": "anchored",
    "claimtrack.parse.tallies._WORD": "window",
}


def _match(pattern: re.Pattern[str], text: str) -> Callable[[], object]:
    return lambda: pattern.match(text)


def test_usage_table_names_existing_patterns() -> None:
    names = {where for where, _ in package_patterns()}
    assert set(USAGE) <= names, f"stale entries: {set(USAGE) - names}"
    assert set(USAGE.values()) <= {"anchored", "sentence", "window"}


@pytest.mark.parametrize(
    ("where", "pattern"), [pytest.param(w, p, id=w) for w, p in package_patterns()]
)
def test_every_pattern_in_the_package_is_linear(where: str, pattern: re.Pattern[str]) -> None:
    usage = USAGE.get(where, "text")
    measure = _match if usage == "anchored" else _scan
    for name, make in ADVERSARIAL.items():
        costs = _ladder_costs(pattern, make, tries=1, measure=measure)
        if _too_steep(costs, usage):
            costs = _ladder_costs(pattern, make, tries=4, measure=measure)  # a busy machine?
        if _too_steep(costs, usage):
            # a third look, with batches ten times longer: a CPU clock that ticks coarsely
            # (CI failed once so on "[\w'-]+", whose every step passes on a second run)
            costs = _ladder_costs(pattern, make, tries=4, measure=measure, floor=0.005)
        for step in range(1, len(costs)):
            ratio = costs[step] / costs[step - 1]
            limit = EXPONENTIAL_RATIO if usage in ("sentence", "window") else _limit(step)
            assert ratio < limit, (
                f"{where} ({pattern.pattern!r}, used on {usage}) costs {ratio:.1f}x more on "
                f"{LADDER[step]} characters of {name!r} than on {LADDER[step - 1]}: it "
                "backtracks; make it linear"
            )


def _too_steep(costs: list[float], usage: str) -> bool:
    for step in range(1, len(costs)):
        limit = EXPONENTIAL_RATIO if usage in ("sentence", "window") else _limit(step)
        if costs[step] / costs[step - 1] >= limit:
            return True
    return False


# --- the public entry points ---------------------------------------------------------------


@pytest.fixture(scope="module")
def api_size() -> int:
    """n for the API tests: big enough to time (>= 16 KB), small enough to keep CI fast.

    Chosen from the parser's speed on ordinary prose, so a slower parser gets smaller (but
    still hostile) inputs instead of a slower suite; no time is asserted.
    """
    prose = "The minister said on Monday that 1,200 people had been evacuated. " * 60
    per_char = _best(lambda: api.extract_claims(prose), 2) / len(prose)
    budget = 0.15  # seconds for one call at 4n
    return max(16_384, min(262_144, int(budget / per_char / 4)))


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extract_claims_is_linear(name: str, api_size: int) -> None:
    make = ADVERSARIAL[name]

    def call(n: int) -> Callable[[], object]:
        text = make(n)
        return lambda: api.extract_claims(text)

    ratio = _ratio(call, api_size)
    assert ratio < MAX_RATIO, f"extract_claims: {ratio:.1f}x cost for 4x {name!r}"


READER_SHAPES: dict[str, tuple[str, Callable[[str], str]]] = {
    "plain text": (".txt", lambda body: body),
    "unclosed front matter": (".md", lambda body: "---\ntitle: " + body),
    "long front matter": (".md", lambda body: "---\ntitle: " + body + "\n---\nBody.\n"),
    "source line": (".txt", lambda body: "Source:" + body + "\nThe port reopened.\n"),
    "json lines": (".jsonl", lambda body: body.replace("\n", " ") + '\n{"text": 1}\n'),
}


@pytest.mark.parametrize("shape", sorted(READER_SHAPES))
@pytest.mark.parametrize("name", ["spaces", "dots", "quotes", "digits and commas", "initials"])
def test_reader_is_linear(shape: str, name: str, tmp_path: Path) -> None:
    suffix, wrap = READER_SHAPES[shape]
    options = Options()

    def make(n: int) -> Callable[[], object]:
        path = tmp_path / f"{n}{suffix}"
        path.write_text(wrap(ADVERSARIAL[name](n)), encoding="utf-8")
        return lambda: sources.read_sources([path], options)

    ratio = _ratio(make, 65_536)
    assert ratio < MAX_RATIO, f"reader: {ratio:.1f}x cost for 4x {name!r} as {shape}"
