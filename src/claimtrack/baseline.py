"""Baselines for ``claimtrack check``: findings already accepted do not fail the build.

A finding is keyed on its normalised claim text and status, never on its line, so moving a
paragraph keeps it accepted. When the exact key is gone (the sentence was lightly edited), a
fuzzy fallback accepts an entry of the same status whose text is still very close, provided the
numbers in it did not change: a changed figure is a new claim, and must be looked at again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from rapidfuzz import fuzz, process

from claimtrack.errors import DataFileError, InputError
from claimtrack.models import CheckResult, Finding, Status

BASELINE_FORMAT = 1
#: rapidfuzz ``ratio`` (0-100) at which an edited sentence is still the accepted one.
FUZZY_MATCH = 90.0

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    status: Status
    text: str
    draft: str | None = None


@dataclass(frozen=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]


def normalise(text: str) -> str:
    """Case, accents-as-composed, punctuation and spacing folded away."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def fingerprint(text: str, status: Status) -> str:
    return hashlib.sha256(f"{status.value}\0{normalise(text)}".encode()).hexdigest()[:16]


def accepted(findings: Sequence[Finding], baseline: Baseline, draft: str | None = None) -> set[int]:
    """Indices of ``findings`` (of ``draft``) the baseline accepts, each entry at most once.

    Entries recorded for another draft never apply; entries without a draft apply anywhere.
    """
    unused = [e for e in baseline.entries if _same_draft(e.draft, draft)]
    matched: set[int] = set()
    for i, finding in enumerate(findings):
        exact = next((e for e in unused if e.fingerprint == finding.fingerprint), None)
        if exact is not None:
            unused.remove(exact)
            matched.add(i)
    for i, finding in enumerate(findings):
        if i in matched:
            continue
        entry = _closest(finding, unused)
        if entry is not None:
            unused.remove(entry)
            matched.add(i)
    return matched


def _same_draft(recorded: str | None, draft: str | None) -> bool:
    """``./drafts/a.md`` and ``drafts/a.md`` are one draft; an entry without one fits any."""
    if recorded is None or draft is None:
        return True
    return PurePath(os.path.normpath(recorded)) == PurePath(os.path.normpath(draft))


def _closest(finding: Finding, entries: list[BaselineEntry]) -> BaselineEntry | None:
    text = normalise(finding.text)
    numbers = _NUMBER.findall(text)
    candidates = [
        e
        for e in entries
        if e.status is finding.status and _NUMBER.findall(normalise(e.text)) == numbers
    ]
    best = process.extractOne(
        text,
        [normalise(e.text) for e in candidates],
        scorer=fuzz.ratio,
        score_cutoff=FUZZY_MATCH,
    )
    return candidates[best[2]] if best is not None else None


def to_json(results: Sequence[CheckResult]) -> str:
    """A baseline accepting every finding that could fail a policy (suppressed ones aside)."""
    entries = [
        {"draft": r.draft, "fingerprint": f.fingerprint, "status": f.status.value, "text": f.text}
        for r in results
        for f in r.findings
        if not f.suppressed and (f.status is not Status.SUPPORTED or f.single_source)
    ]
    document = {"claimtrack_baseline": BASELINE_FORMAT, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load(path: str | Path) -> Baseline:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(
            f"baseline {path} not found", hint="create it with --write-baseline"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"baseline {path} could not be read ({exc})") from exc
    try:
        return parse(json.loads(raw))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise DataFileError(
            f"baseline {path} is not a claimtrack baseline ({exc})",
            hint="regenerate it with --write-baseline",
        ) from exc


def parse(document: Any) -> Baseline:
    if not isinstance(document, dict) or document.get("claimtrack_baseline") != BASELINE_FORMAT:
        raise ValueError(f"expected claimtrack_baseline: {BASELINE_FORMAT}")
    entries = tuple(
        BaselineEntry(
            fingerprint=str(item["fingerprint"]),
            status=Status(item["status"]),
            text=str(item["text"]),
            draft=str(item["draft"]) if item.get("draft") is not None else None,
        )
        for item in document["findings"]
    )
    return Baseline(entries)
