"""REASON conflicts of the way in: one subject said to get in through two different things
("The intruders got in through a skylight" / "The intruders got in through a side door",
"The hackers gained access via a stolen password" / "... through an unpatched server").
How it got in is what explains the break-in: two ways named apart cannot both be the one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.judge.text import _span, _words_of, literal_screen
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import load_tables, stem
from claimtrack.parse import tables
from claimtrack.parse.trusted import trusted

#: The words before "through" or "via" in which the verb of getting in may stand ("got in
#: through", "gained access to the network through").
VERB_WINDOW = 5

#: "through" or "via", then the way: its words up to a comma, a clause mark or a relative.
_WAY = re.compile(r"(?<![\w])(?:through|via)[ \t]+(?P<way>[^,;:.()\"“”]+)", re.IGNORECASE)
#: Words that end the way's noun phrase ("a phishing email that was sent", "a door and
#: then").
_WAY_END = frozenset("that which who whom whose and or but after before when while as".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def way_in(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """The way the claim says its subject got in, as written and as content words; None when
    no verb of getting in (data/entry_verbs.txt) stands before "through"/"via", when the way
    holds a name ("through Turkey": a route, told of places), or when the claim denies it."""
    if claim.negated or not claim.subject or not _may_name_a_way(claim.text):
        return None
    found = _WAY.search(claim.text)
    if found is None or not _entry_verb_before(claim.text[: found.start()]):
        return None
    words: list[str] = []
    prepositions = tables.words("prepositions.txt")
    for word in _WORD.findall(found.group("way")):
        if word.lower() in _WAY_END or word.lower() in prepositions:
            break  # "a phishing email sent to a clerk": the way, not whom it reached
        words.append(word)
    if not words or any(w[:1].isupper() for w in words):
        return None
    content = _words_of(" ".join(words))
    return (" ".join(words), content) if content else None


#: ``_WAY``'s words looked for first. WHY: ``way_in`` is asked of both claims of every pair
#: the judge tells apart (90,000 times at 1,000 articles), few texts hold either word, and
#: ``_WAY``'s case-blind search of a whole text cost three times this test.
_may_name_a_way = literal_screen(("through", "via"))


def _entry_verb_before(before: str) -> bool:
    """A verb of data/entry_verbs.txt, its words in a row, among the last words before the
    way."""
    lemmas = load_tables(None).lemmas
    window = tuple(stem(lemmas.get(w, w)) for w in _WORD.findall(before.lower())[-VERB_WINDOW:])
    return any(
        window[start : start + len(verb)] == verb
        for verb in _entry_verbs()
        for start in range(len(window) - len(verb) + 1)
    )


@lru_cache(maxsize=1)
def _entry_verbs() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(stem(w) for w in phrase.split()) for phrase in sorted(tables.words("entry_verbs.txt"))
    )


def may_tell_a_way_in(text: str) -> bool:
    """A cheap screen for ``way_in``: the text has "through" or "via" at all."""
    lower = text.lower()
    return "through " in lower or "via " in lower


def way_in_conflicts(
    a: Claim,
    b: Claim,
    ways: tuple[tuple[str, frozenset[str]] | None, tuple[str, frozenset[str]] | None] | None = None,
) -> list[Conflict]:
    """Both claims tell how one subject got in, and the two ways share no content word
    ("a phishing email" / "an unpatched server"; "a side door" / "the side door of the
    annex" is one way). ``ways``: the two claims' ``way_in`` when the caller has them."""
    found_a, found_b = ways if ways is not None else (way_in(a), way_in(b))
    if found_a is None or found_b is None or not _same_subject(a, b):
        return []
    (way_a, words_a), (way_b, words_b) = found_a, found_b
    if words_a & words_b:
        return []
    return [
        trusted(
            Conflict,
            type=ConflictType.REASON,
            claim_ids=(a.id, b.id),
            values=(way_a, way_b),
            explanation=f'{a.source} says the way in was "{way_a}", {b.source} "{way_b}"',
            value_spans=(_span(a, way_a), _span(b, way_b)),
        )
    ]


def _same_subject(a: Claim, b: Claim) -> bool:
    words_a, words_b = _words_of(a.subject or ""), _words_of(b.subject or "")
    return bool(words_a & words_b)
