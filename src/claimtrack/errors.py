"""Typed errors. The library raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base class. ``hint`` names the next step for the person reading the message."""

    exit_code = 3

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message


class InputError(ClaimtrackError):
    """Nothing usable could be read (no articles, or the draft itself is unreadable)."""

    exit_code = 3


class StrictModeError(InputError):
    """``--strict`` was given and at least one input file was skipped."""


class DataFileError(ClaimtrackError):
    """A user-supplied table (aliases, predicates) or baseline file is malformed."""

    exit_code = 2


class MissingExtraError(ClaimtrackError):
    """An optional dependency is needed for this input or output."""

    exit_code = 3


class UsageError(ClaimtrackError):
    """An option value the library cannot use (an unknown encoding name, for instance)."""

    exit_code = 2


class OutputError(ClaimtrackError):
    """The ``--output`` (or ``--write-baseline``) file could not be written."""

    exit_code = 2
