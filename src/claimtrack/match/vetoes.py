"""Vetoes: one claim denies what the other affirms (``is_vetoed``, ``polarity_clash``).
A vetoed pair is never the same claim but stays related, so the judge can still find the
conflict in it."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from claimtrack.match.features import PairBatch
from claimtrack.match.table import BoolArray
from claimtrack.normalize import MatchKey, data_lines, load_tables, stem
from claimtrack.parse.tables import sections


def _vetoes(batch: PairBatch, wanted: BoolArray) -> BoolArray:
    """``is_vetoed`` of the ``wanted`` pairs (False elsewhere). Two claims that both affirm
    with no negated word, or both deny, cannot clash: only the others are looked at."""
    claims, left, right = batch.claims, batch.left, batch.right
    negated = claims.negated
    plain = claims.no_negated_heads
    agree = (negated[left] == negated[right]) & (negated[left] | (plain[left] & plain[right]))
    rows = np.flatnonzero(wanted & ~agree)
    out = np.zeros(len(batch), dtype=bool)
    keys = claims.keys
    out[rows] = [
        is_vetoed(keys[i], keys[j])
        for i, j in zip(left[rows].tolist(), right[rows].tolist(), strict=True)
    ]
    return out


def is_vetoed(a: MatchKey, b: MatchKey) -> bool:
    """One claim denies what the other affirms: a word negated in one stands un-negated in the
    other ("did not find the weapon" / "found the weapon"). A negation elsewhere in a long
    sentence ("talks that have not gone anywhere") is no veto.

    Number sets that differ are not a veto but a model feature (and a numeric conflict for the
    judge): a hard veto cost 2 points of MRPC accuracy, as rounding and added figures abound.
    """
    return polarity_clash(a, b)


def polarity_clash(a: MatchKey, b: MatchKey) -> bool:
    if a.negated == b.negated and (a.negated or a.negated_heads == b.negated_heads):
        return False  # both affirm, or both deny (whatever word each negation sits on)
    if a.negated != b.negated and _no_precedent(*((a, b) if a.negated else (b, a))):
        return False
    if not a.negated_heads and not b.negated_heads:
        # Negated by the parser only ("denied"): no word to align, so the claim decides. A cue
        # with nothing after it ("... pretending it won't.") cannot be aligned: no clash.
        if a.negated == b.negated or "not" in a.tokens or "not" in b.tokens:
            return False
        # "denied the motion" against "refused the motion": the affirmed side says no too
        return not _negative(b if a.negated else a)
    clash_a = any(h in b.tokens and h not in b.negated_heads for h in a.negated_heads)
    clash_b = any(h in a.tokens and h not in a.negated_heads for h in b.negated_heads)
    if clash_a and not a.negated_heads & b.predicate_tokens:
        clash_a = not _negative(b, besides=a)
    if clash_b and not b.negated_heads & a.predicate_tokens:
        clash_b = not _negative(a, besides=b)
    return clash_a or clash_b


def _no_precedent(denied: MatchKey, affirmed: MatchKey) -> bool:
    """The affirmed claim names the first of its kind and the denied one denies an earlier
    one (``data/no_precedent.txt``): "the first-ever summit of the two leaders" and "no summit
    of the two leaders has taken place since 1948" both say that none came before."""
    firsts, earlier = _precedent_cues()
    return not earlier.isdisjoint(denied.tokens) and any(
        phrase.issubset(affirmed.tokens) for phrase in firsts
    )


@lru_cache(maxsize=1)
def _precedent_cues() -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """(the stemmed word sets of the first-occurrence phrases, the stemmed words that put a
    denial before the event) of ``data/no_precedent.txt``."""
    cues = sections("no_precedent.txt")
    firsts = tuple(
        frozenset(stem(w) for w in phrase.split()) for phrase in sorted(cues.get("first", ()))
    )
    return firsts, frozenset(stem(w) for w in cues.get("earlier", ()))


def _negative(key: MatchKey, besides: MatchKey | None = None) -> bool:
    """The claim affirms a negative predicate ("halted", "skipped", "ruled out") or holds a
    word that says "no" by its meaning ("failed to", "unless"): a "no" on the other side that
    does not sit on that predicate ("no to Muscat talks") agrees. One that the other claim
    (``besides``) holds too is no "no" of this claim's own: "is not serving a suspension for
    failing a test" / "is serving a suspension for failing a test" name the same suspension,
    and the "no" sits on "serving"."""
    predicates = key.predicates & load_tables(None).negative_classes
    words = _negative_words().intersection(key.tokens)
    if besides is not None:
        # a class and its own word are one "no" ("failing a test" is @fail, "a failed test"
        # the word "fail")
        predicates = predicates.difference(besides.predicates, besides.tokens)
        words = words.difference(besides.tokens, besides.predicates)
    return bool(predicates or words)


@lru_cache(maxsize=1)
def _negative_words() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in data_lines("negative_words.txt"))
