"""SCOPE conflicts of a whole and a part: one claim says an act covered every member of a set
or the whole of a thing ("volunteers read all 14 articles of the charter", "the 14 articles
that make up the charter were read aloud", "they read the entire charter", "the charter in
full"), another that the same act was not done to a member ("the ninth article was not
read"), that a member was left out of it ("the reading skipped the ninth article") or that
it covered part only ("read only some of the articles", "partly"). Both cannot hold: one
outlet says nothing was left out, the other that something was.

"Read some of the articles" (no "only") does not say the rest was left out, and "nearly
all" is no whole: neither conflicts. Cue words are in data/wholes.txt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.judge.polarity import _dated_ahead
from claimtrack.judge.text import (
    _PRONOUNS,
    _TIME_WORDS,
    _WORD_CASED,
    _content_of,
    _name_tokens,
    _span,
    _token_list,
    _words_of,
    literal_screen,
)
from claimtrack.models import Certainty, Claim, Conflict, ConflictType
from claimtrack.normalize import (
    CLASS_PREFIX,
    ENTITY_PREFIX,
    MatchKey,
    data_lines,
    load_tables,
    stem,
)
from claimtrack.parse.trusted import trusted

#: Most words after a quantifier read as the members it counts ("all 27 original articles").
MEMBER_WORDS = 3

#: Verbs whose negation says nothing of an act done to a set ("were not", "did not say").
LIGHT_VERBS = frozenset(
    stem(w) for w in "be is was were been being have has had do does did say said".split()
)
#: Words after a negation that put the act off rather than deny it ("not read until May",
#: "not yet read"): the whole may be covered later.
_PUT_OFF = re.compile(r"\bnot\b[^.;]*\b(?:until|till|yet|before)\b", re.I)


@dataclass(frozen=True)
class Whole:
    """Words of a claim that say its act covered a whole set or thing: their text ("all 27
    articles") and the stems of the members or thing named ("articl")."""

    text: str
    items: frozenset[str]


def whole_part_conflicts(
    a: Claim,
    wholes_a: tuple[Whole, ...],
    ka: MatchKey,
    b: Claim,
    wholes_b: tuple[Whole, ...],
    kb: MatchKey,
) -> list[Conflict]:
    """The first whole of one claim that the other claim says was not covered, for
    something that names one of the whole's members: the other denies the same act (its
    negated verb is among the whole claim's words: "all 27 articles were read" / "the 18th
    article was not read"), or says the member was left out ("skipped", "omitted") or
    covered in part only ("only some of") in words that share more than the member with the
    whole claim ("the reading omitted the 18th article"). ``wholes_a``/``wholes_b``: each
    claim's ``wholes``, read once a claim."""
    if a.text == b.text:
        return []  # one sentence in two articles: it cannot leave out what it covers
    sides = ((a, ka, wholes_a, b, kb), (b, kb, wholes_b, a, ka))
    for whole, whole_key, wholes_of, part, part_key in sides:
        if not wholes_of or whole_key.negated or whole.negated:
            continue  # "did not read every article" says no whole was covered
        found = _left_out(whole, whole_key, wholes_of, part, part_key)
        if found is not None:
            return [_conflict(a, b, whole, found[0], part, found[1], found[2])]
    return []


def _left_out(
    whole: Claim, whole_key: MatchKey, wholes_of: tuple[Whole, ...], part: Claim, part_key: MatchKey
) -> tuple[Whole, str, frozenset[str]] | None:
    """(the whole, the words that leave a member out, the members' stems), if ``part`` says a
    member of one of ``wholes_of`` was left out of the act of ``whole``."""
    if not _commits(whole) or not _commits(part) or _dated_ahead(whole) or _dated_ahead(part):
        return None  # "will read all articles next week" / "has not read the ninth": two times
    whole_words = _content_of(whole_key.tokens)
    # "the budget's appendix" names a part of the budget
    part_words = frozenset(t.removesuffix("'s") for t in part_key.tokens)
    if part_key.negated:
        heads = (part_key.negated_heads - LIGHT_VERBS) & whole_words
        if not heads or _PUT_OFF.search(part.text):
            return None
        # A negated word that is itself a member is no act left undone ("not all creatures
        # are called to eternity", "paradise is not for animals"): the rest of the claims
        # must then share the act ("all bridges are unsafe" / "not all bridges are unsafe").
        acts = heads - frozenset().union(*(found.items for found in wholes_of))
        cue, part_words = part.negation_cue or "not", part_words - acts
    else:
        omitted = _omission().search(part.text) if omits(part.text) else None
        if omitted is None:
            return None
        cue, acts = omitted.group(0), frozenset()
    part_words |= _plain_stems(part.text)  # "the Constitution" is a name token in the key
    for found in wholes_of:
        members = found.items & part_words
        if not members or _other_members(whole.text, found, part.text, members):
            continue
        if part_key.negated and not acts:
            if _clause_act_shared(whole.text, found.text, part.text, cue, members):
                return found, cue, members
        elif acts and not _denied_in_clause(part.text, cue, members):
            continue  # "required of all citizens but not of visitors": others are left out
        elif acts or _shared_act(whole, whole_words - members, part, part_words):
            return found, cue, members
    return None


#: Where a clause ends, for the words that tell one act: punctuation, "and", "but", "while".
_CLAUSE_END = re.compile(r"[,;:\u201c\u201d\"]|\b(?:and|but|while|whereas|when)\b", re.I)


def _clause_act_shared(
    whole_text: str, whole_at: str, part_text: str, cue: str, members: frozenset[str]
) -> bool:
    """A denial of the members themselves ("not all bridges are unsafe") meets the whole
    ("all bridges are unsafe") only where the clause of the quantifier and the clause of
    the negation share a word besides the members: "not all creatures are called to
    eternity" says nothing of "paradise is open to all creatures"."""
    cue_at = re.search(rf"\b{re.escape(cue)}\b", part_text, re.I)
    whole_clause = _clause_at(whole_text, whole_text.find(whole_at))
    part_clause = _clause_at(part_text, cue_at.start() if cue_at else -1)
    stops = load_tables(None).stop_words
    shared = (_plain_stems(whole_clause) & _plain_stems(part_clause)) - members
    return any(word not in stops and stem(word) not in LIGHT_VERBS for word in shared)


def _denied_in_clause(part_text: str, cue: str, members: frozenset[str]) -> bool:
    """A member stands in the clause of the negation: "the clerk did not read the fourth
    chapter" leaves a member out; "a scarf is required for all women in the country but not
    for visitors" and "it isn't required of visitors, though few women go without"
    name the members in another clause and leave someone else out."""
    cue_at = re.search(rf"\b{re.escape(cue)}\b", part_text, re.I)
    return bool(_plain_stems(_clause_at(part_text, cue_at.start() if cue_at else -1)) & members)


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` that holds offset ``at`` (the whole text when ``at`` < 0)."""
    if at < 0:
        return text
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    end = _CLAUSE_END.search(text, at + 1)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _shared_act(
    whole: Claim, whole_words: frozenset[str], part: Claim, part_words: frozenset[str]
) -> bool:
    """A word of both claims says the act is one: not a member, a word that leaves members
    out, a name, nor a word of both subjects ("volunteers read all 14 articles" / "the
    reading omitted the ninth article"; not "the company closed all 40 stores" / "the
    company omitted two stores from its list": one party, two acts)."""
    shared = (whole_words & part_words) - _omitted_tokens()
    if shared and whole.subject and part.subject:
        shared = shared - (_words_of(whole.subject) & _words_of(part.subject))
    return any(not word.startswith(ENTITY_PREFIX) for word in shared)


#: Words after a whole that may say which members it covers ("all flights to Lisbon").
WHOLE_WINDOW = 6


def _other_members(whole_text: str, found: Whole, part_text: str, members: frozenset[str]) -> bool:
    """The whole is named for some place or party ("all flights to Lisbon") and the part
    claim names others only ("did not cancel flights to Porto"): two sets."""
    at = whole_text.find(found.text)
    if at < 0:
        return False
    window = " ".join(whole_text[at:].split()[: len(found.text.split()) + WHOLE_WINDOW])
    names_whole = _name_tokens(window) - members - _TIME_WORDS  # "by March" says when
    names_part = _name_tokens(part_text) - members - _TIME_WORDS
    return bool(names_whole and names_part) and names_whole.isdisjoint(names_part)


@lru_cache(maxsize=1 << 14)
def _plain_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _LOWER_WORD.findall(text.lower()))


_LOWER_WORD = re.compile(r"[a-z]+")


def _written(text: str, stems: frozenset[str]) -> str:
    """The first word of ``text`` whose stem is one of ``stems``, as written ("Amendment")."""
    words: list[str] = _WORD_CASED.findall(text)
    return next((w for w in words if stem(w.lower()) in stems), min(stems))


def _commits(claim: Claim) -> bool:
    return claim.certainty not in (Certainty.HEDGED, Certainty.CONDITIONAL)


def _conflict(
    a: Claim, b: Claim, whole: Claim, found: Whole, part: Claim, cue: str, members: frozenset[str]
) -> Conflict:
    member = _written(part.text, members)
    values = (found.text, cue) if whole is a else (cue, found.text)
    whole_span, part_span = _span(whole, found.text), _span(part, cue)
    return trusted(
        Conflict,
        type=ConflictType.SCOPE,
        claim_ids=(a.id, b.id),
        values=values,
        explanation=f"{whole.source} says it covered the whole ({found.text}); "
        f"{part.source} says not all of it ({cue} ... {member})",
        value_spans=(whole_span, part_span) if whole is a else (part_span, whole_span),
    )


def wholes(text: str) -> tuple[Whole, ...]:
    """The wholes a claim's text names; none for "nearly all", "not every", "all but two"."""
    if not _screen()(text):
        return ()  # most claims: no quantifier of a whole anywhere
    return _wholes_of(text)


@lru_cache(maxsize=1 << 16)
def _wholes_of(text: str) -> tuple[Whole, ...]:
    if _cue_word().search(text.lower()) is None:
        return ()  # "small", "call", "reform": the screen's letters, no cue word
    found: list[Whole] = []
    limiters = _classes()["not_all"]
    for match in _quantified().finditer(text):
        before = text[: match.start()].split()
        if before and before[-1].lower().strip("\"'(") in limiters:
            continue  # "nearly all the articles", "not every article"
        run = match.group("members").split()
        if run[0].lower() == "but":
            continue  # "all but two articles"
        members = frozenset(stem(w) for w in _member_words(run)) - _TIME_WORDS  # "all day"
        if members:
            last = max(k for k, w in enumerate(run) if stem(w.lower().strip(".,;:")) in members)
            shown = text[match.start() : match.start("members")] + " ".join(run[: last + 1])
            found.append(Whole(shown.rstrip(".,;:"), members))
    for match in _made_up().finditer(text):
        nouns = _LISTED.findall(match.group("list"))
        items = frozenset(stem(n.lower()) for n in nouns)
        if items:
            found.append(Whole(match.group(0), items))
    stops = load_tables(None).stop_words
    for match in _in_full().finditer(text):
        noun = match.group("noun").lower()
        if noun not in stops and noun not in _PRONOUNS:  # "read it in full": no member named
            found.append(Whole(match.group(0), frozenset({stem(noun)})))
    return tuple(found)


def _member_words(run: list[str]) -> list[str]:
    """The words of ``run`` (the words after a quantifier) that name the members: the first
    plural of the words up to a function word or a verb ("all 27 amendments aloud", "all the
    original decisions remain"), else all of them but adverbs and times ("every verse and",
    "the entire Constitution aloud on Monday": "constitution"). The first word always
    counts ("all tests", "the full report"), unless it is a pronoun ("all of them")."""
    tables = load_tables(None)
    stops, verbs = tables.stop_words, _verbs()
    words: list[str] = []
    for word in run[:MEMBER_WORDS]:
        lowered = word.lower().strip(".,;:\"'")
        if not words and (lowered in _PRONOUNS or lowered in _FUNCTION_WORDS):
            return []
        if words and (lowered in stops or stem(lowered) in verbs):
            break
        if lowered.endswith(("'s", "\u2019s")):
            continue  # "all God's creatures": the owner is no member, the creatures are
        words.append(lowered)
    plural = next((w for w in words if _PLURAL.search(w)), None)
    if plural is not None:
        return [plural]
    return [w for w in words if not w.endswith("ly") and w not in _ADVERBS]


#: Words that end a quantifier's members but are no stop words: "the entire text aloud".
_ADVERBS = frozenset("aloud again anyway together alone online".split())
#: Words after a quantifier that say it names no members ("all of them", "each other").
_FUNCTION_WORDS = frozenset("of other the a an but which whom whose them us him me it".split())


#: A plural noun's ending ("amendments", "bodies"), not that of "press", "status", "analysis".
_PLURAL = re.compile(r"[^su']s$")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(stem(w) for w in data_lines("verbs.txt"))


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    classes: dict[str, frozenset[str]] = {}
    for line in data_lines("wholes.txt"):
        kind, _, members = line.partition(":")
        classes[kind.strip()] = frozenset(
            m.strip().lower() for m in members.split(",") if m.strip()
        )
    return classes


def _number_words() -> list[str]:
    return [
        line.split("\t")[0]
        for line in data_lines("number_words.tsv")
        if line.rstrip().endswith("\tunit") and " " not in line.split("\t")[0]
    ]


#: A figure in digits or words; a run of digits and commas is entered at its start only (a
#: search would otherwise try every digit of "1,000,000" as a start: quadratic).
_NUMBER = (
    r"(?<![\d,])\d[\d,]*|\b(?:" + "|".join(sorted(_number_words(), key=len, reverse=True)) + ")"
)
#: Words that may stand between a quantifier and its members ("all of the", "the entire").
_DETERMINERS = "the|its|their|his|her|our|these|those"
#: The nouns of a counted list ("seven articles and 27 amendments"): the word after each
#: figure, or after its one adjective ("27 ratified amendments").
_LISTED = re.compile(
    rf"(?:{_NUMBER})\s+(?:(?!and\b)[A-Za-z-]+\s+(?=[A-Za-z-]))?((?!and\b)[A-Za-z-]+)", re.I
)


def _alternation(kind: str) -> str:
    words = sorted(_classes()[kind], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _quantified() -> re.Pattern[str]:
    """A quantifier of a whole, then its members: "all 27 articles", "each of the chapters",
    "the entire report"."""
    every, entire = _alternation("every"), _alternation("entire")
    return re.compile(
        rf"\b(?:(?:{every})\s+(?:of\s+)?(?:(?:{_DETERMINERS})\s+)?(?:(?:{_NUMBER})\s+)?"
        rf"|(?:an?|{_DETERMINERS})\s+(?:{entire})\s+)"
        rf"(?P<members>[A-Za-z][A-Za-z-]*(?:['\u2019]s\b)?"
        rf"(?:\s+[A-Za-z][A-Za-z-]*){{0,{MEMBER_WORDS - 1}}})",
        re.I,
    )


@lru_cache(maxsize=1)
def _in_full() -> re.Pattern[str]:
    """A thing, then words that say all of it: "read the charter in full", "the report in
    its entirety"."""
    return re.compile(rf"\b(?P<noun>[A-Za-z]+)\s+(?:{_alternation('in_full')})\b", re.I)


@lru_cache(maxsize=1)
def _made_up() -> re.Pattern[str]:
    """A counted list said to be the whole: "the seven articles and 27 amendments that make
    up"."""
    item = rf"(?:{_NUMBER})\s+(?:(?!and\b)[A-Za-z-]+\s+)?(?!and\b)[A-Za-z-]+"
    return re.compile(
        rf"\b(?P<list>{item}(?:\s*,\s*{item})*(?:,?\s+and\s+{item})?)\s+(?:that|which)\s+"
        rf"(?:{_alternation('makes_up')})\b",
        re.I,
    )


@lru_cache(maxsize=1)
def _screen() -> Callable[[str], bool]:
    classes = _classes()
    return literal_screen(
        _fewest(classes["every"] | classes["entire"] | classes["makes_up"] | classes["in_full"])
    )


def may_omit(text: str, tokens: Iterable[str]) -> bool:
    """A quick test before ``omits``: the key holds a token of a word that leaves something
    out ("omit", "skip"), or the text an "only" (a stop word, so in no key)."""
    return not _omitted_tokens().isdisjoint(tokens) or "only" in text or "Only" in text


def _fewest(words: Iterable[str]) -> list[str]:
    """The words that hold no other of ``words`` ("skip" stands for "skipped"): a screen
    searching fewer alternatives is quicker and lets the same texts through."""
    kept: list[str] = []
    for word in sorted({w.lower() for w in words}, key=lambda w: (len(w), w)):
        if not any(other in word for other in kept):
            kept.append(word)
    return kept


@lru_cache(maxsize=1)
def _cue_word() -> re.Pattern[str]:
    """Any cue of a whole as a word, in lower case (``_screen`` finds letters anywhere)."""
    kinds = ("every", "entire", "makes_up", "in_full")
    return re.compile(rf"\b(?:{'|'.join(_alternation(kind) for kind in kinds)})\b")


def omits(text: str) -> bool:
    """The text says something was left out ("skipped", "omitted", "left out") or that an
    act covered part of something only ("read only some of the articles", "partly")."""
    return _omission_screen()(text) and _omission().search(text) is not None


@lru_cache(maxsize=1)
def _omission_screen() -> Callable[[str], bool]:
    classes = _classes()
    return literal_screen(_fewest(classes["omits"] | classes["only_part"] | {"only"}))


@lru_cache(maxsize=1)
def _omission() -> re.Pattern[str]:
    """Words that say a member was left out of an act ("skipped", "omitted", "left out"), or
    that the act covered part only ("only some of", "only 12 of", "partly", not "partly
    because": a share of the causes)."""
    return re.compile(
        rf"\b(?:{_alternation('omits')}|{_alternation('only_part')}|only\s+(?:{_NUMBER})\s+of)"
        r"\b(?!\s+(?:because|due|as|thanks|owing|in\s+response)\b)",
        re.I,
    )


@lru_cache(maxsize=1)
def _omitted_tokens() -> frozenset[str]:
    """The match-key tokens of the omission words: they say nothing of which act."""
    classes = _classes()
    phrases = classes["omits"] | classes["only_part"]
    tokens = {t for phrase in phrases for t in _token_list(phrase)}
    return frozenset(tokens | {CLASS_PREFIX + "skip"})
