"""Scored pairs: one pair as a small frozen record (``ScoredPair``), all the kept pairs of a run
as columns (``ScoredPairs``).

WHY columns: at 10,000 articles the scorer keeps about 3 million pairs. As one slotted object
each (two boxed floats and a list slot besides) they took 152 bytes a pair (tracemalloc, 1,000
articles), alive from scoring to the end of judging beside every claim and match key; as eight
numpy columns they take 43. Grouping and the judge read the columns; a ``ScoredPair`` is made
only for a pair that is looked at alone (``pairs[k]``, iteration: tests, ``compare``-style
callers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
#: A claim index or a word count per pair (``ScoredPairs``' int columns).
SmallIntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """Two claims (indexes) with their match score (same claim) and similarity (same frame)."""

    left: int
    right: int
    score: float
    similarity: float
    vetoed: bool = False
    #: what ties the two claims beyond frame similarity (``frames.tying_words``): the
    #: content words they share, one fewer when all of them are names, 0 when they give
    #: other figures of one unit; the "strong" same-fact link needs ``rules.STRONG_SHARED``
    shared: int = 0
    #: both claims give figures for events of unrelated classes (``figures_of_other_events``):
    #: never one fact, whatever the wording shares
    other_events: bool = False
    #: both claims name parties and share none of them (``other_parties``), or give other
    #: figures for other places or events in one frame (``slots.other_scopes``): never one
    #: fact, never a conflict, whatever the wording shares
    other_parties: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return (self.left, self.right)


#: The columns of ``ScoredPairs``, in ``ScoredPair``'s field order, with their types.
#: WHY int32 for the claims and the word count: the scored pairs (about 3 million at 10,000
#: articles) are alive from the end of scoring to the end of judging, the run's peak; a
#: claim index and a count of shared words fit int32 (fewer claims than 2**31), and as
#: int64 they took 12 more bytes a pair. Whoever multiplies two claim indexes widens them
#: first (``np.multiply(..., dtype=np.int64)``).
COLUMNS: tuple[tuple[str, type[np.generic]], ...] = (
    ("left", np.int32),
    ("right", np.int32),
    ("score", np.float64),
    ("similarity", np.float64),
    ("vetoed", np.bool_),
    ("shared", np.int32),
    ("other_events", np.bool_),
    ("other_parties", np.bool_),
)


class ScoredPairs(Sequence[ScoredPair]):
    """Scored pairs as one numpy column per ``ScoredPair`` field (row k is pair k).

    A read-only sequence of ``ScoredPair``: ``pairs[k]`` and iteration make each pair's record
    on demand; ``pairs[rows]`` (a slice or an index array) is another ``ScoredPairs``. It
    equals any sequence of the same pairs in the same order (a list of ``ScoredPair`` too).
    The columns are never written after construction (they are marked read-only).
    """

    __slots__ = tuple(name for name, _ in COLUMNS)

    left: SmallIntArray
    right: SmallIntArray
    score: FloatArray
    similarity: FloatArray
    vetoed: BoolArray
    shared: SmallIntArray
    other_events: BoolArray
    other_parties: BoolArray

    def __init__(
        self,
        left: npt.ArrayLike,
        right: npt.ArrayLike,
        score: npt.ArrayLike,
        similarity: npt.ArrayLike,
        vetoed: npt.ArrayLike | None = None,
        shared: npt.ArrayLike | None = None,
        other_events: npt.ArrayLike | None = None,
        other_parties: npt.ArrayLike | None = None,
    ) -> None:
        given = (left, right, score, similarity, vetoed, shared, other_events, other_parties)
        count = len(np.asarray(left))
        for (name, dtype), values in zip(COLUMNS, given, strict=True):
            column = (
                np.zeros(count, dtype=dtype)
                if values is None
                else np.asarray(values, dtype=dtype).reshape(-1)
            )
            if len(column) != count:
                raise ValueError(f"column {name!r} has {len(column)} rows, not {count}")
            if column.flags.writeable:
                column = column.view()  # a view: the caller's array stays writable
                column.flags.writeable = False
            object.__setattr__(self, name, column)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ScoredPairs is read-only")

    @classmethod
    def of(cls, pairs: Iterable[ScoredPair]) -> ScoredPairs:
        """The columns of ``pairs`` (a few records: tests, unscored links)."""
        if isinstance(pairs, ScoredPairs):
            return pairs
        listed = list(pairs)
        return cls(
            *(
                np.fromiter((getattr(p, name) for p in listed), dtype=dtype, count=len(listed))
                for name, dtype in COLUMNS
            )
        )

    @classmethod
    def concat(cls, parts: Sequence[ScoredPairs]) -> ScoredPairs:
        """The rows of every part, in order."""
        if len(parts) == 1:
            return parts[0]
        return cls(
            *(
                np.concatenate([getattr(p, name) for p in parts])
                if parts
                else np.zeros(0, dtype=dtype)
                for name, dtype in COLUMNS
            )
        )

    def columns(self) -> tuple[npt.NDArray[Any], ...]:
        """The columns in ``COLUMNS`` order."""
        return tuple(getattr(self, name) for name, _ in COLUMNS)

    @property
    def nbytes(self) -> int:
        """Bytes the columns hold."""
        return sum(column.nbytes for column in self.columns())

    def __len__(self) -> int:
        return len(self.left)

    @overload
    def __getitem__(self, index: int) -> ScoredPair: ...

    @overload
    def __getitem__(self, index: slice | IntArray | BoolArray) -> ScoredPairs: ...

    def __getitem__(self, index: int | slice | IntArray | BoolArray) -> ScoredPair | ScoredPairs:
        if isinstance(index, (int, np.integer)):
            row = int(index)
            if not -len(self) <= row < len(self):
                raise IndexError("scored pair index out of range")
            return ScoredPair(*(column[row].item() for column in self.columns()))
        return ScoredPairs(*(column[index] for column in self.columns()))

    def __iter__(self) -> Iterator[ScoredPair]:
        # whole columns as Python values at once: ``tolist`` boxes them in C
        return map(ScoredPair, *(column.tolist() for column in self.columns()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ScoredPairs):
            return len(self) == len(other) and all(
                np.array_equal(mine, theirs)
                for mine, theirs in zip(self.columns(), other.columns(), strict=True)
            )
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(self) == len(other) and all(
                mine == theirs for mine, theirs in zip(self, other, strict=True)
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[ScoredPairs], tuple[npt.NDArray[Any], ...]]:
        return (ScoredPairs, tuple(np.array(column) for column in self.columns()))

    def __repr__(self) -> str:
        return f"ScoredPairs({len(self)} pairs)"

    def keys(self) -> list[tuple[int, int]]:
        """Every pair's (left, right)."""
        return list(zip(self.left.tolist(), self.right.tolist(), strict=True))

    def key_rows(self) -> IntArray:
        """Every pair's (left, right) as the rows of one int64 array (its readers multiply
        claim indexes)."""
        rows = np.empty((len(self), 2), dtype=np.int64)
        rows[:, 0] = self.left
        rows[:, 1] = self.right
        return rows
