"""ODDS conflicts: one outlet calls a step likely ("Further increases were likely if prices
did not ease") and another says it was ruled out ("The governor ruled out further rate
increases this year"). A hedged claim commits to nothing the negation rules can deny, and
"ruled out" is no negation, so neither rule sees the pair; this one reads the thing ruled
out and the subject called likely, and shows a NEGATION conflict when they are one thing.

Only a claim whose subject is the thing ("Further increases were likely"), with the
likelihood word right after its verb, counts as calling it likely; a claim that says "did
not rule out", or "not likely", agrees. Two things are one when the words of one name
(without determiners and "further", "more", "any") hold the other's, and their heads (last
words) share a stem. Two claims with dates that do not meet are of two spans.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import data_lines, stem
from claimtrack.parse.trusted import trusted


def _phrases(name: str) -> str:
    """The lines of a data file as one alternation, longest first, blanks as blank runs."""
    lines = sorted(data_lines(name), key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(re.escape, line.split())) for line in lines)


@lru_cache(maxsize=1)
def _ruled_out() -> re.Pattern[str]:
    """A cue of data/ruling_out_cues.txt and the words after it up to a clause's end."""
    return re.compile(
        rf"(?<![\w])(?:{_phrases('ruling_out_cues.txt')})[ \t]+(?P<thing>[^,;:()\"“”]{{1,80}})",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _called_likely() -> re.Pattern[str]:
    """A form of "be" (or "remain", "seem") and a word of data/likelihood_words.txt."""
    return re.compile(
        r"(?<![\w])(?:is|are|was|were|remains?|remained|seems?|seemed)[ \t]+"
        rf"(?:{_phrases('likelihood_words.txt')})(?![\w])",
        re.IGNORECASE,
    )


#: A thing as written and as its naming stems.
Thing = tuple[str, tuple[str, ...]]
#: What one claim says of the odds: the thing it rules out, the thing it calls likely.
Odds = tuple[Thing | None, Thing | None]


#: Words that end the name of the thing ruled out: a preposition, a time word or a clause
#: opener ("ruled out further increases this year", "... before the election").
_THING_END = frozenset(
    "this next that these those in on at by for from to before after until during over "
    "while when as if unless saying and but or because amid with without".split()
)
#: Words that do not tell which thing: determiners and words of degree.
_NOT_NAMING = frozenset("a an the any further more additional another its their his her".split())
#: A word of a name.
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _name_words(words: list[str]) -> tuple[str, ...]:
    """The stems of the naming words, in order."""
    return tuple(stem(w.lower()) for w in words if w.lower() not in _NOT_NAMING)


def _thing_ruled_out(claim: Claim) -> Thing | None:
    """The thing the claim rules out, as written and as its naming stems."""
    if claim.negated:
        return None  # "did not rule out further increases" leaves them open
    found = _ruled_out().search(claim.text)
    if found is None:
        return None
    words: list[str] = []
    for word in _NAME_WORD.findall(found.group("thing")):
        if word.lower() in _THING_END:
            break
        words.append(word)
    named = _name_words(words)
    if not named:
        return None
    return " ".join(words), named


def _thing_called_likely(claim: Claim) -> Thing | None:
    """The claim's subject, as written and as its naming stems, when the claim calls it
    likely right after it ("Further increases were likely")."""
    if claim.negated or not claim.subject:
        return None
    text = claim.text
    at = text.lower().find(claim.subject.lower())
    if at < 0:
        return None
    after = at + len(claim.subject)
    likely = _called_likely().match(text, after + (len(text[after:]) - len(text[after:].lstrip())))
    if likely is None:
        return None
    named = _name_words(_NAME_WORD.findall(claim.subject))
    return (claim.subject, named) if named else None


def _one_thing(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's words hold the other's, and both end on one head."""
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _dates_apart(a: Claim, b: Claim) -> bool:
    """Both claims are dated and no date of one meets a date of the other."""
    spans_a = [(d.earliest, d.latest) for d in a.dates if d.earliest and d.latest]
    spans_b = [(d.earliest, d.latest) for d in b.dates if d.earliest and d.latest]
    if not spans_a or not spans_b:
        return False
    return not any(
        low_a <= high_b and low_b <= high_a
        for low_a, high_a in spans_a
        for low_b, high_b in spans_b
    )


def odds_of(claim: Claim) -> Odds:
    """The thing the claim rules out and the thing it calls likely (``ClaimFacts.odds``)."""
    return _thing_ruled_out(claim), _thing_called_likely(claim)


def odds_conflicts(
    a: Claim, b: Claim, odds_a: Odds | None = None, odds_b: Odds | None = None
) -> list[Conflict]:
    """A NEGATION conflict when one claim rules out what the other calls likely."""
    odds_a = odds_a or odds_of(a)
    odds_b = odds_b or odds_of(b)
    for ruling, ruled, calling, likely in (
        (a, odds_a[0], b, odds_b[1]),
        (b, odds_b[0], a, odds_a[1]),
    ):
        if ruled is None or likely is None or not _one_thing(ruled[1], likely[1]):
            continue
        if _dates_apart(ruling, calling):
            continue
        return [
            trusted(
                Conflict,
                type=ConflictType.NEGATION,
                claim_ids=(a.id, b.id),
                values=("ruled out", "likely") if ruling is a else ("likely", "ruled out"),
                explanation=f"{calling.source} calls {likely[0].lower()} likely; "
                f"{ruling.source} says {ruled[0].lower()} had been ruled out",
            )
        ]
    return []
