"""Inline suppressions in a draft: ``<!-- claimtrack: ignore [STATUS,...] -->``.

A comment on a line of its own covers the next paragraph (the following non-blank lines up to
a blank line); a comment after text on a line covers that line. Every HTML comment is blanked
out of the draft before it is parsed, so that no comment ever becomes a claim, while offsets,
lines and columns still point into the file as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.errors import DataFileError

#: Statuses a comment may name; ``single-source`` covers supported-by-one-source findings.
STATUS_NAMES = ("conflict", "unsupported", "supported", "single-source")

_DIRECTIVE = re.compile(r"claimtrack\s*:\s*ignore\b(?P<rest>[^\n]*)", re.IGNORECASE)
_OPEN, _CLOSE = "<!--", "-->"


@dataclass(frozen=True)
class Suppression:
    """Lines ``first``..``last`` (1-based, inclusive) ignore ``statuses`` (None: every one)."""

    comment_line: int
    first: int
    last: int
    statuses: frozenset[str] | None

    def covers(self, line: int, status_names: frozenset[str]) -> bool:
        in_scope = self.first <= line <= self.last
        return in_scope and (self.statuses is None or bool(self.statuses & status_names))


def find_comments(text: str) -> list[tuple[int, int]]:
    """[start, end) of every closed HTML comment, scanning once (no regex backtracking)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (start := text.find(_OPEN, position)) >= 0:
        close = text.find(_CLOSE, start + len(_OPEN))
        if close < 0:
            break
        spans.append((start, close + len(_CLOSE)))
        position = close + len(_CLOSE)
    return spans


def blank_comments(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every comment replaced by spaces (newlines kept), offsets unchanged."""
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(text[position:start])
        parts.append("".join("\n" if ch == "\n" else " " for ch in text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def find_suppressions(text: str, where: str = "draft") -> list[Suppression]:
    """Every ``claimtrack: ignore`` comment of ``text`` and the lines it covers."""
    comments = find_comments(text)
    # Paragraphs are found on the blanked text, so stacked comments cover the same paragraph.
    lines = blank_comments(text, comments).split("\n")
    found: list[Suppression] = []
    for start, end in comments:
        directive = _DIRECTIVE.search(text[start + len(_OPEN) : end - len(_CLOSE)])
        if directive is None:
            continue
        comment_line = text.count("\n", 0, start) + 1
        end_line = text.count("\n", 0, end) + 1
        statuses = _statuses(directive.group("rest"), f"{where}:{comment_line}")
        first, last = _scope(text, lines, start, end, end_line)
        found.append(Suppression(comment_line, first, last, statuses))
    return found


def _statuses(rest: str, where: str) -> frozenset[str] | None:
    names = [n.lower() for n in re.split(r"[\s,]+", rest.strip()) if n]
    unknown = [n for n in names if n not in STATUS_NAMES]
    if unknown:
        raise DataFileError(
            f"{where}: unknown status {', '.join(unknown)!s} in a claimtrack ignore comment",
            hint=f"use one or more of {', '.join(STATUS_NAMES)}, or none to ignore every status",
        )
    return frozenset(names) or None


def _scope(text: str, lines: list[str], start: int, end: int, end_line: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    beside = text[line_start:start] + text[end:line_end]
    if blank_comments(beside, find_comments(beside)).strip():
        return end_line, end_line
    # A comment on its own line: skip blank lines, then cover the paragraph that follows.
    first = end_line + 1
    while first <= len(lines) and not lines[first - 1].strip():
        first += 1
    last = first
    while last + 1 <= len(lines) and lines[last].strip():
        last += 1
    return first, last
