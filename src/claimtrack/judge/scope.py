"""SCOPE notes: within one event frame, one claim is narrower than the other (it carries
qualifiers or a time window the other lacks). Both can hold, so these are notes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.judge.text import _PRONOUNS, _WORD_CASED, _span
from claimtrack.models import Claim, Conflict, ConflictType, Severity
from claimtrack.normalize import MatchKey, Tables, normalize_text
from claimtrack.parse.trusted import trusted

if TYPE_CHECKING:
    from claimtrack.judge.facts import ClaimFacts


#: Most names a claim may carry and still be the general statement of a scope note ("Iran
#: broke off talks with the US" names the two parties and nothing narrower).
GENERAL_NAMES = 2


_WINDOW_WORDS = frozenset("coming next upcoming following".split())
_QUANTIFIERS = frozenset("some all most only whole entire".split())


# one to three spaces, bounded: an unbounded run would make a search over blanks quadratic
_WINDOW = re.compile(r"[ \t]{1,3}(?:days?|weeks?|weekend|months?|years?|round)(?:'s)?\b", re.I)


def _scope_notes(
    facts_a: ClaimFacts, facts_b: ClaimFacts, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    if ka.frames.isdisjoint(kb.frames) or not ka.predicates.isdisjoint(kb.predicates):
        return []
    if ka.predicates == kb.predicates or facts_a.possible_only or facts_b.possible_only:
        return []
    if not _one_act_in_other_words(ka, kb, tables):
        return []
    qualifiers_a = facts_a.qualifiers(tables)
    qualifiers_b = facts_b.qualifiers(tables)
    folded_a = {q.lower() for q in qualifiers_a}
    folded_b = {q.lower() for q in qualifiers_b}
    if folded_a == folded_b or (
        folded_a and folded_b and not (folded_a < folded_b or folded_b < folded_a)
    ):
        return []
    only_a = [q for q in qualifiers_a if q.lower() not in folded_b]
    only_b = [q for q in qualifiers_b if q.lower() not in folded_a]
    wider, wider_key = (a, ka) if not only_a else (b, kb)
    reason = normalize_text(wider.reason).entities if wider.reason else ()
    names = frozenset(wider_key.entities).difference(reason)
    if len(names) > GENERAL_NAMES:
        # "Iran says no to Muscat talks" names the occasion: as specific as the other.
        return []
    value_a = ", ".join(only_a) or "unqualified"
    value_b = ", ".join(only_b) or "unqualified"
    narrower = a if only_a else b
    return [
        trusted(
            Conflict,
            type=ConflictType.SCOPE,
            claim_ids=(a.id, b.id),
            values=(value_a, value_b),
            explanation=f"{narrower.source} is narrower ({value_a} vs {value_b}); both can hold",
            severity=Severity.NOTE,
            value_spans=(
                _span(a, only_a[0] if only_a else None),
                _span(b, only_b[0] if only_b else None),
            ),
        )
    ]


def _one_act_in_other_words(ka: MatchKey, kb: MatchKey, tables: Tables) -> bool:
    """Whether a predicate of each claim falls in one frame without the two being opposites.

    WHY: frames join opposites too ("refuse" and "accept" share one), so a shared frame alone
    lets "will not accept permanent waivers" be the narrower telling of "approved the pact".
    Opposite acts are not a wider and a narrower telling of one act: the polarity rules
    judge them. "broke off talks" / "will skip the indirect talks" (halt, skip) still is."""
    return any(
        tables.frame_of(pa) == tables.frame_of(pb) and not tables.are_antonyms(pa, pb)
        for pa in ka.predicates
        for pb in kb.predicates
    )


def _qualifiers(claim: Claim, tables: Tables) -> list[str]:
    """Scope words and time windows of the claim, as written, in order, each once."""
    found: list[str] = []
    words = list(_WORD_CASED.finditer(claim.text))
    for index, word in enumerate(words):
        lowered = word.group(0).lower()
        if lowered not in tables.scope_words:
            continue
        if lowered in _WINDOW_WORDS:
            # "next", "coming" qualify only with their unit ("the coming week")
            unit = _WINDOW.match(claim.text, word.end())
            if unit:
                found.append(word.group(0) + unit.group(0))
            continue
        following = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
        if lowered in _QUANTIFIERS and (not following or following in _PRONOUNS):
            continue  # "All he has to do": a pronoun, not a quantity
        found.append(word.group(0))
    return _merge_adjacent(claim.text, found)


def _merge_adjacent(text: str, words: list[str]) -> list[str]:
    """Join qualifiers that stand next to each other ("coming week") into one phrase."""
    merged: list[str] = []
    for word in words:
        if merged and re.search(rf"\b{re.escape(merged[-1])}\s+{re.escape(word)}\b", text):
            merged[-1] = f"{merged[-1]} {word}"
        else:
            merged.append(word)
    return merged
