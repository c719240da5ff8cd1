"""Scopes: two claims worded alike that give different figures for different places or
events ("36,300 people were moved out of the Vuvethport province" / "6,100 people were moved
out of the Wixfield province") count different things (``other_scopes``): never one fact,
never a conflict.

``other_parties`` (names.py) looks only at named subjects, since "92 injured in the province"
and "92 injured in its capital" may report one toll. A different figure changes that: when
the claims say the same words around one slot and differ only there and in their figures,
the slot says what the figure counts. A claim that gives the same figure for another place
("120 injured in Gaza" / "120 injured in Khan Younis": perhaps one toll, one place inside the
other) and one whose only difference is the place ("the talks will be held in Muscat" / "...
in Rome": a real conflict of venue) are left as they were.
"""

from __future__ import annotations

from collections.abc import Collection
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from claimtrack.match.features import PairBatch
from claimtrack.match.names import NAME_CONNECTORS, _institution_words, one_name
from claimtrack.match.table import BoolArray
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, stem

#: Words, besides the figures, a claim may hold that the other lacks for the rule to look at
#: the pair (a name of several words is one token; "Khan Younis" may be two words).
MAX_SLOT_WORDS = 3
#: Words the two claims must share in the same order around the slot: a frame, not a name.
MIN_FRAME_WORDS = 3


def other_scopes(a: MatchKey, b: MatchKey) -> bool:
    """Both claims give figures and not the same ones, their words outside the figures are
    the same but for one or more slots, and in every slot each claim names a place, body or
    event (a name, or a kind of event in data/event_nouns.txt) the other does not: the
    figures count different things. Aliases are folded before ("Tehran" is "Iran"), and two
    names that share a word or a stem ("Gaza" / "Gaza City") are one scope."""
    if not a.numbers or not b.numbers or a.numbers == b.numbers:
        return False
    words_a = [t for t in a.text.split() if t not in a.numbers]
    words_b = [t for t in b.text.split() if t not in b.numbers]
    slots = _slots(words_a, words_b)
    if slots is None:
        return False
    names_a, names_b = _slot_names(a.entities), _slot_names(b.entities)
    return bool(slots) and all(_scopes_apart(x, names_a, y, names_b) for x, y in slots)


def _slots(words_a: list[str], words_b: list[str]) -> list[tuple[list[str], list[str]]] | None:
    """The (words of a, words of b) where the two sequences differ, when every difference
    replaces words by others and the sequences share ``MIN_FRAME_WORDS`` in order; else None."""
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    slots: list[tuple[list[str], list[str]]] = []
    shared = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            shared += i2 - i1
        elif op == "replace":
            slots.append((words_a[i1:i2], words_b[j1:j2]))
        else:  # a word only one claim has: the frames differ, not a slot
            return None
    return slots if shared >= MIN_FRAME_WORDS else None


def _scopes_apart(
    x: list[str], names_a: frozenset[str], y: list[str], names_b: frozenset[str]
) -> bool:
    """Each side of the slot is all names or all event nouns, of the same sort, and the two
    share no name (word or stem) and no kind of event."""
    kinds = _event_kinds()
    if all(w in kinds for w in x) and all(w in kinds for w in y):
        return {kinds[w] for w in x}.isdisjoint(kinds[w] for w in y)
    parts_x, parts_y = _name_parts(x, names_a), _name_parts(y, names_b)
    if parts_x is None or parts_y is None:
        return False
    return not any(p == q or one_name(p, q) for p in parts_x for q in parts_y)


def _name_parts(words: list[str], names: frozenset[str]) -> set[str] | None:
    """The name words of a slot's tokens, None when one of them is not part of a name."""
    parts: set[str] = set()
    for word in words:
        if word.startswith(ENTITY_PREFIX):
            parts.update(w for w in word[len(ENTITY_PREFIX) :].split("_") if w)
        elif word in names:
            parts.add(word)
        else:
            return None
    # "Fievholm Council" / "Borlin Council": the common word does not make them one body
    parts = {p for p in parts - NAME_CONNECTORS if stem(p) not in _institution_words()}
    return parts or None


@lru_cache(maxsize=1 << 16)
def _slot_names(entities: Collection[str]) -> frozenset[str]:
    """The words of the claim's names as its token text may spell them (a name of one word
    is often left a plain, stemmed word there: "Vuvethport", "Wixfield")."""
    words = {w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_") if w}
    return frozenset(words | {stem(w) for w in words})


def event_kind(word: str) -> str | None:
    """The kind of event (data/event_nouns.txt) the stemmed noun ``word`` names, if any."""
    return _event_kinds().get(word)


@lru_cache(maxsize=1)
def _event_kinds() -> dict[str, str]:
    """Stemmed event noun -> its kind (data/event_nouns.txt)."""
    kinds: dict[str, str] = {}
    for line in data_lines("event_nouns.txt"):
        kind, _, words = line.partition(":")
        for word in words.split(","):
            if word.strip():
                kinds[stem(word.strip().lower())] = kind.strip()
    return kinds


def other_scopes_batch(batch: PairBatch) -> BoolArray:
    """``other_scopes`` of every pair, looked at one by one only where both claims give
    figures and each holds few words the other lacks besides them."""
    claims = batch.claims
    numbers_a, numbers_b = batch.sizes(claims.numbers)
    tokens_a, tokens_b = batch.sizes(claims.token_set)
    common = batch.common(claims.token_set)
    close = (
        (numbers_a > 0)
        & (numbers_b > 0)
        & (tokens_a - common <= numbers_a + MAX_SLOT_WORDS)
        & (tokens_b - common <= numbers_b + MAX_SLOT_WORDS)
        & (tokens_a > common)
        & (tokens_b > common)
    )
    rows = np.flatnonzero(close)
    out = np.zeros(len(batch), dtype=bool)
    keys = claims.keys
    out[rows] = [
        other_scopes(keys[a], keys[b])
        for a, b in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return out
