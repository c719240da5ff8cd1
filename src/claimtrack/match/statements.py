"""Statements: a claim that tells when or how something was said ("Police said on Monday",
split from "Two people were hurt, police said on Monday") is about one statement, the one
its sentence tells. Two such claims share a speaker and a verb of saying whatever was said,
and their days differ whenever the statements do: they are one fact, or a date conflict,
only when the statements themselves meet (``MatchKey.statement_words``: the tokens of the
claims each one tags). Otherwise they are kept apart, like the acts of two parties."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from claimtrack.normalize import CLASS_PREFIX, MatchKey

#: Tokens the two statements must share to be told as one: one shared word ("leaked" /
#: "the leak") is as often two statements on one story as one statement told twice.
MIN_SHARED_WORDS = 2


def statements_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims tell when or how a statement was made, and the statements share fewer
    than ``MIN_SHARED_WORDS`` tokens."""
    if not a.statement_words or not b.statement_words:
        return False
    shared = set(a.statement_words).intersection(b.statement_words)
    # one act class ("@resign": "has no plans to resign" / "would not step down") is one
    # thing said, whatever else the two statements tell
    if any(word.startswith(CLASS_PREFIX) for word in shared):
        return False
    return len(shared) < MIN_SHARED_WORDS


def statements_apart_rows(
    keys: Sequence[MatchKey],
    statements: npt.NDArray[np.bool_],
    left: npt.NDArray[np.int64],
    right: npt.NDArray[np.int64],
) -> npt.NDArray[np.bool_]:
    """``statements_apart`` of the pairs (``left[k]``, ``right[k]``), looked at one by one
    only where both claims are statement claims (``statements``, per claim): few of any run."""
    out = np.zeros(len(left), dtype=bool)
    rows = np.flatnonzero(statements[left] & statements[right])
    out[rows] = [
        statements_apart(keys[i], keys[j])
        for i, j in zip(left[rows].tolist(), right[rows].tolist(), strict=True)
    ]
    return out
