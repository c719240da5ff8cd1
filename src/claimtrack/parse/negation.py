"""Negation of the claim itself: "did not", "never", "no", "denied that".

Verbs whose meaning is negative ("ruled out", "suspended", "rejected") are predicates, not
negations: they are not in the cue list, so they never set ``negated``. Cues inside a phrase
that does not negate ("not only", "no doubt", "whether or not") are ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import grammar, tables
from claimtrack.parse.lemmas import verb_lemma, verbs


class Negation(NamedTuple):
    cue: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _cues() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("negation.txt"))


@lru_cache(maxsize=1)
def _exceptions() -> tables.Phrases:
    return tables.phrase_pattern(tables.words("negation_exceptions.txt"))


# "didn't", "won't", "isn't", "can't", and the apostrophe-less forms people type ("dont").
_CONTRACTION = re.compile(
    r"\b(?:\w+n['’]t|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant|couldnt|wouldnt|"
    r"shouldnt|hasnt|havent|hadnt)\b"
)


_BARE_CONTRACTIONS = frozenset(
    "dont doesnt didnt isnt arent wasnt werent wont cant couldnt wouldnt shouldnt hasnt havent "
    "hadnt".split()
)


# "No. 2 on the chart", "no. 10": the abbreviation of "number" before a figure.
_NUMBER_SIGN = re.compile(r"\.[ \t]?\d")
# "arrived at No 10", "peaked at No 4": a capital "No" inside the text before a figure is
# "number" without its period (a negating "no" there is written in lower case).
_BARE_NUMBER_SIGN = re.compile(r"[ \t]\d")


def find_negation(
    text: str, offset: int = 0, words: frozenset[str] | None = None
) -> Negation | None:
    """The first cue that negates the statement in ``text``, or None; ``words`` is
    ``tables.word_set(text)`` if the caller has it.

    Only the first clause-level cue counts: a double negative is rare in news and reads best
    as the author's negation of the claim.
    """
    lower, own_words = tables.text_words(text)
    if words is None:
        words = own_words
    candidates = _candidates(lower, words)
    if not candidates:
        return None  # most claims: the exceptions need not be looked for
    blocked = [m.span() for m in _exceptions().finditer(lower, words)]
    for match in candidates:
        start, end = match.span()
        if any(s <= start < e for s, e in blocked) or _NUMBER_SIGN.match(lower, end):
            continue
        if start > 0 and text[start:end] == "No" and _BARE_NUMBER_SIGN.match(text, end):
            continue
        if _in_trailing_subordinate_clause(lower, start, match.group(0)):
            continue
        if _in_reported_words(lower, start):
            continue
        if _negates_a_relative(lower, start, end):
            continue
        cue = " ".join(match.group(0).lower().split())
        return Negation(cue=cue, start=offset + start, end=offset + end)
    return None


#: Where a clause ends, read backwards from a cue: a punctuation mark or a coordinating word.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s[-\u2014\u2013]\s|\b(?:and|but|or|yet|then)\b")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _subordinate_openers() -> dict[str, bool]:
    """Opener -> whether it is also a preposition."""
    return {word: flag == "preposition" for word, flag in tables.pairs("subordinate_openers.txt")}


#: Cues that negate a verb (with the contractions): only these mark a clause after an opener
#: that may be a preposition.
_VERB_CUES = frozenset({"not", "never", "cannot"})


def _in_trailing_subordinate_clause(lower: str, cue_start: int, cue: str) -> bool:
    """The cue stands in an adverbial clause that follows the main one ("the plant closed
    when the workers did not return", "he was fired because he had not filed"): it negates
    that clause, not the claim.

    A clause opened by the claim's first word ends at its comma ("While the mayor was not
    there, aides laid a wreath": the claim is the aides'); without one ("When the alarm did
    not sound the staff stayed") it is left alone: where the opening clause ends is a guess.
    """
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(lower, 0, cue_start)]
    clause_start = breaks[-1] if breaks else 0
    openers = _subordinate_openers()
    for word in _WORD.finditer(lower, clause_start, cue_start):
        preposition = openers.get(word.group(0))
        if preposition is None:
            continue
        verbal = cue.lower() in _VERB_CUES or _CONTRACTION.fullmatch(cue.lower()) is not None
        if preposition and not verbal:
            return False  # "ended after two days with no deal": the claim's own "no"
        if lower[: word.start()].strip():
            return True
        return "," in lower[cue_start + len(cue) :]
    return False


#: ", saying", ", telling ESPN", ", noting that": a participle that reports what the
#: claim's subject said, after its comma.
_REPORTING_PARTICIPLE = re.compile(r",[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+ing)\b")


@lru_cache(maxsize=1)
def reporting_participles() -> frozenset[str]:
    """data/reporting_participles.txt, and "saying" and "adding": participles that tell
    what their subject said (here read as a second statement, which a claim may still
    hold: '..., saying, “I don't have a gun”'; the splitter reads them after a subject)."""
    return tables.words("reporting_participles.txt") | {"saying", "adding"}


def _in_reported_words(lower: str, cue_start: int) -> bool:
    """Whether the cue stands in what a trailing participle reports ("Brown raised his hands,
    saying, “I don't have a gun”", "X walked it back, telling ESPN his comments were not
    based on facts"): it negates the words reported, not the claim's own act."""
    return any(
        found.group(1) in reporting_participles()
        for found in _REPORTING_PARTICIPLE.finditer(lower, 0, cue_start)
    )


#: A relative pronoun and the verb the cue at the end negates: "who did not", "which was
#: never", "who never", "which has no".
_RELATIVE_BEFORE_CUE = re.compile(
    r"\b(?:who|which|whom)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|"
    r"must)[ \t]+(?:\w+ly[ \t]+)?)?$"
)
_RELATIVE_REACH = 40
#: After the cue, a word that judges the statement before it ("which is not true").
_VERDICT_AFTER = re.compile(r"(?<![ \t])[ \t]+(?:true|real|correct|accurate|the[ \t]+case)\b")
# "It was the mayor who did not attend": a cleft's relative is the claim itself.
_CLEFT = re.compile(r"(?:it|this|that)[ \t]+(?:is|was)\b")


def _negates_a_relative(lower: str, cue_start: int, cue_end: int) -> bool:
    """The cue negates a relative clause's own verb ("Police arrested a man who had no
    licence", "the plant, which never opened, was sold", "parents who don't have the
    money have gone"), not the claim: that clause's fact is cut off as a claim of its own
    where it has commas, and negated there."""
    found = _RELATIVE_BEFORE_CUE.search(lower, max(0, cue_start - _RELATIVE_REACH), cue_start)
    if found is None or not lower[: found.start()].strip():
        return False  # "Who did not vote?": the question's own word
    # "..., which is not true": a verdict on the whole statement, not a relative's fact
    return _CLEFT.match(lower) is None and _VERDICT_AFTER.match(lower, cue_end) is None


def _candidates(text: str, words: frozenset[str]) -> list[re.Match[str]]:
    found = _cues().finditer(text, words)
    added = False
    if "n't" in text or "n’t" in text or not _BARE_CONTRACTIONS.isdisjoint(words):
        found += list(_CONTRACTION.finditer(text))
        added = True
    if "nearly" in words or "almost" in words:
        near = [m for m in _NEAR_MISS.finditer(text) if _near_miss(text, m)]
        found += near
        added = added or bool(near)
    # one scan's matches are in text order already (most claims: no other scan adds any)
    return sorted(found, key=lambda m: m.start()) if added else found


#: "nearly" or "almost" before a word: a near miss when that word is a past verb.
_NEAR_MISS = re.compile(r"(?<![\w-])(?:nearly|almost)(?=[ \t]+(?P<verb>[a-z]+)\b)")
#: Words before "nearly" that make the past form after it an adjective ("a nearly finished
#: tower") or a figure's ("by almost doubled" is no English either way).
_NOUN_PHRASE_LEADS = frozenset("a an the its his her their our this that these those".split())


@lru_cache(maxsize=1)
def _near_miss_exceptions() -> frozenset[str]:
    return tables.words("near_miss_exceptions.txt")


def _near_miss(text: str, found: re.Match[str]) -> bool:
    """Whether "nearly" / "almost" at ``found`` says that the act after it did not happen:
    "The airline nearly cancelled the flight", "The roof almost collapsed", "was nearly
    killed". Only before a past form (not "nearly 300", "almost all", "almost always"), not
    at the start ("Nearly forgotten, the film ...") nor after an article or a possessive ("a
    nearly finished tower": an adjective) nor a participle with its agent after a noun ("a
    boy almost killed by a shock"), and not
    before a verb of ``data/near_miss_exceptions.txt`` ("Sales nearly doubled": they rose)."""
    verb = found.group("verb")
    if grammar.verb_form(verb) != "past":
        return False
    lemma = verb_lemma(verb)
    if lemma not in verbs() or lemma in _near_miss_exceptions():
        return False
    before = text[: found.start()].split()
    # "Nearly forgotten, the film ...": a leading participle's phrase, not the claim's act
    if not before or before[-1].lower() in _NOUN_PHRASE_LEADS:
        return False
    # "A boy almost killed by a shock now says ...": a participle of its own phrase after a
    # noun (no auxiliary before it, an agent after it) describes the subject
    after = text[found.end("verb") :].split(None, 1)
    by_agent = bool(after) and after[0].lower() == "by"
    return not by_agent or before[-1].lower() in grammar.AUXILIARIES
