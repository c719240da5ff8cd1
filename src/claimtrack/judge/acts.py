"""One act, two verbs: "Ortega will be leaving the administration on January 1" and "Ortega
would be retiring at the end of February" date one departure, though the predicate classes
the matcher reads keep "leave" apart from "retire" (data/dated_acts.txt says why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from claimtrack.judge.owners import _one_name, _owner
from claimtrack.judge.text import _WORD, _WORD_AT, literal_screen
from claimtrack.match.slots import _event_kinds
from claimtrack.models import Claim
from claimtrack.normalize import data_lines, load_tables, stem
from claimtrack.parse import tables

#: Words after "leave" that make it a trip, not a departure from a post ("leave for Geneva").
_TRIP_WORDS = frozenset({"for", "to", "from"})


def same_dated_act(a: Claim, b: Claim) -> bool:
    """Both claims name an act of one class of data/dated_acts.txt, done by one named party
    (their subjects share a name) or to one kind of event (the heads of their subjects name
    one kind of data/event_nouns.txt: "the quake struck early Monday" / "the earthquake hit
    early Tuesday"): their dates are then two dates for one act. The act must be told by the
    claim's own verb where the parser found one (``_main_acts``): "The agent flew in on
    Wednesday to finalise the terms" dates a flight, not the finalising."""
    acts_a, acts_b = _main_acts(a), _main_acts(b)
    shared = acts_a & acts_b
    if shared & _OBJECT_ACTS:
        shared = (shared - _OBJECT_ACTS) | {
            act for act in shared & _OBJECT_ACTS if _objects_meet(a.text, b.text, act)
        }
    if not shared:
        return False
    owner_a, owner_b = _owner(a), _owner(b)
    if any(_one_name(x, y) for x in owner_a for y in owner_b):
        return True
    kind_a = _subject_kind(a)
    return kind_a is not None and kind_a == _subject_kind(b)


def _main_acts(claim: Claim) -> frozenset[str]:
    """The acts of data/dated_acts.txt the claim names (``_acts``) that its main verb, the
    parser's predicate, opens: "Ruiz completed a medical before the paperwork was finalised"
    names the act "complete" by its verb; "The agent flew in to finalise the terms" names
    none (a purpose or a time clause dates nothing of its own). A claim whose predicate the
    parser did not find, or read as an auxiliary ("is due to be completed"), keeps every act
    it names."""
    acts = _acts(claim.text)
    verb = (claim.predicate or "").split(None, 1)[:1]
    if not acts or not verb:
        return acts
    lemmas = load_tables(None).lemmas
    lemma = lemmas.get(verb[0].lower(), verb[0].lower())
    if lemma in _AUXILIARIES:
        return acts  # "is due to be completed" read as "be": the act is further on
    firsts = {stem(lemma)} | _pronoun_clause_verbs(claim.text)
    return frozenset(
        act
        for act, members in _dated_acts()
        if act in acts and any(member[0] in firsts for member, _ in members)
    )


#: A time clause whose subject is "it" or "they", the claim's own subject told again: "The
#: fire has burned 8,500 acres since it started on Sunday", "... since they went on strike".
_PRONOUN_CLAUSE = re.compile(
    r"(?<![\w])(?:since|after|when)[ \t]+(?:it|they)[ \t]+"
    r"(?:(?:had|has|have|was|were|first)[ \t]+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _pronoun_clause_verbs(text: str) -> set[str]:
    """The stems of the verbs of ``_PRONOUN_CLAUSE`` clauses: the subject's own act, told in
    a clause that dates it ("since it started on Sunday afternoon" dates the fire's start as
    "The fire broke out on Saturday evening" does), so its act counts as the claim's."""
    lemmas = load_tables(None).lemmas
    return {
        stem(lemmas.get(word, word))
        for found in _PRONOUN_CLAUSE.finditer(text)
        if (word := found.group("verb").lower())
    }


#: Verbs the parser may give as a predicate that tell no act of their own.
_AUXILIARIES = frozenset({"be", "have", "do", "get"})


def event_told_by_its_verb(a: Claim, b: Claim) -> bool:
    """One claim says an event happened, its subject the noun of the other claim's verb ("The
    grounding happened on Saturday" / "The ferry grounded on Friday", "The evacuation took
    place on Monday" / "Residents were evacuated on Tuesday"): both date one act. WHY: the
    event-noun lists name kinds of event, not every act a noun can be made of; a noun with
    the stem of the other claim's own verb names that act whatever its kind."""
    return _told_as_noun(a, b) or _told_as_noun(b, a)


def _told_as_noun(event: Claim, act: Claim) -> bool:
    if not _EVENT_ITSELF & _acts(event.text):
        return False
    head = _subject_head(event)
    verb = (act.predicate or "").split(None, 1)[:1]
    if not head or not verb or len(head) < _LONGEST_SHORT_WORD:
        return False
    return stem(head) == stem(verb[0].lower())


#: A subject head this short ("use", "act", "run") is a noun and a verb at once, no act's
#: noun told apart from it.
_LONGEST_SHORT_WORD = 5


def dated_acts_apart(a: Claim, b: Claim) -> bool:
    """One claim names an act of data/dated_acts.txt that the other does not name ("The
    mayor-elect takes office on May 15" / "Lindgren was elected mayor on Sunday"; "The quake
    struck on Monday" / "Rescuers reached the village on Tuesday"): each date is of its own
    act."""
    unset = _EVENT_ITSELF | _OBJECT_ACTS
    acts_a, acts_b = _acts(a.text) - unset, _acts(b.text) - unset
    return acts_a != acts_b and not acts_a & acts_b


#: The class of data/dated_acts.txt that names no act, only that the event its subject
#: names happened ("the break-in happened on Saturday"): it sets no date apart.
_EVENT_ITSELF = frozenset({"occur"})


#: Classes of data/dated_acts.txt whose acts are one only when done to one thing: what
#: follows both verbs shares a noun ("announced the recall" / "issued the recall notice"),
#: not "announced the recall" / "announced job cuts". Their dates are set apart from no
#: other claim's (``dated_acts_apart``).
_OBJECT_ACTS = frozenset({"notice"})
#: Words after the verb read as its object, up to a preposition or a stop word's end.
OBJECT_WORDS = 4


def _objects_meet(first: str, second: str, act: str) -> bool:
    """The words right after a verb of ``act`` in each text share a content word's stem."""
    return bool(_act_objects(first, act) & _act_objects(second, act))


def _act_objects(text: str, act: str) -> frozenset[str]:
    """The stems of the content words after each verb of ``act`` in ``text``, up to
    ``OBJECT_WORDS`` of them, stopping at a preposition or a word of the date's ("on")."""
    members = next((m for name, m in _dated_acts() if name == act), ())
    words = _WORD_AT.findall(text)
    tokens = [stem(w.lower()) for w in words]
    prepositions = tables.words("prepositions.txt")
    stops = load_tables(None).stop_words
    found: set[str] = set()
    for member, _ in members:
        size = len(member)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) != member:
                continue
            for word in words[start + size : start + size + OBJECT_WORDS]:
                lowered = word.lower()
                if lowered in prepositions or lowered in _OBJECT_ENDS:
                    break
                if lowered not in stops and not lowered.isdigit():
                    found.add(stem(lowered))
    return frozenset(found)


#: Words that end the object of a verb of ``_OBJECT_ACTS`` (a clause or a time opens).
_OBJECT_ENDS = frozenset("that which who and or but as when after before".split())


def _subject_kind(claim: Claim) -> str | None:
    """The kind of event (data/event_nouns.txt) the head of the claim's subject names: its
    last word before a preposition ("Talks between the union and the board" -> talks, "The
    quake" / "The earthquake" -> earthquake). None for a subject that names no event."""
    head = _subject_head(claim)
    return _event_kinds().get(stem(head)) if head else None


def _subject_head(claim: Claim) -> str:
    """The head of the claim's subject: its last word before a preposition ("Talks between
    the union and the board" -> talks); empty when the claim has no subject."""
    if not claim.subject:
        return ""
    prepositions = tables.words("prepositions.txt")
    head = ""
    for word in _HYPHENED_WORD.findall(claim.subject.lower()):
        if word in prepositions:
            break
        head = word
    return head


#: A word, hyphened words as one ("the break-in"): an event noun may be written so.
_HYPHENED_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

_NO_ACTS: frozenset[str] = frozenset()


#: WHY this size: one entry per judged claim's text, and pairs come in no order that keeps a
#: claim's entry in a smaller memo (at 10,000 articles 1 << 14 entries hit 49,000 times in
#: 246,000 calls; the same share as at 1,000 articles, two in three, needs the whole run's
#: texts). Emptied after ``conflict_links`` with the judge's other memos; most entries hold
#: the one shared ``_NO_ACTS``, not an empty set each (216 bytes).
@lru_cache(maxsize=1 << 18)
def _acts(text: str) -> frozenset[str]:
    if not _screen()(text) or not _quick().search(text):
        return _NO_ACTS  # most claims: no word of the table, nothing stemmed
    words = _WORD_AT.findall(text)
    tokens = tuple(stem(w.lower()) for w in words)
    present = set(tokens)
    found = set()
    for act, members in _dated_acts():
        for member, journey in members:
            if member[0] not in present:
                continue
            size = len(member)
            for start in range(len(tokens) - size + 1):
                if tokens[start : start + size] != member:
                    continue
                if not (journey and _trip(words, start + size)):
                    found.add(act)
    return frozenset(found) if found else _NO_ACTS


#: Words after a verb of leaving that are looked at for a trip ("leave on Friday for Asia").
TRIP_WINDOW = 4


def _trip(words: list[str], after: int) -> bool:
    """The verb ending before ``after`` tells a journey: a destination follows ("for Asia",
    "to Geneva" within ``TRIP_WINDOW`` words) or a place is left ("leave Paris")."""
    following = words[after : after + TRIP_WINDOW]
    if following and following[0][0].isupper():
        return True
    return any(w.lower() in _TRIP_WORDS for w in following)


@lru_cache(maxsize=1)
def _dated_acts() -> tuple[tuple[str, tuple[tuple[tuple[str, ...], bool], ...]], ...]:
    """(act, its members as (tuple of stems, also names a journey)) of data/dated_acts.txt."""
    acts = []
    for line in data_lines("dated_acts.txt"):
        name, _, members = line.partition(":")
        parsed = []
        for member in members.split(","):
            journey = member.strip().startswith("~")
            stems = tuple(stem(w) for w in _WORD.findall(member.lower()))
            if stems:
                parsed.append((stems, journey))
        acts.append((name.strip(), tuple(parsed)))
    return tuple(acts)


@lru_cache(maxsize=1)
def _quick() -> re.Pattern[str]:
    """Any word that opens like a member's first word (its stem: "leav" for "leaving"), or an
    irregular form of one ("left", "stood")."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _quick_words())) + ")", re.I)


@lru_cache(maxsize=1)
def _screen() -> Callable[[str], bool]:
    return literal_screen(_quick_words())


@lru_cache(maxsize=1)
def _quick_words() -> tuple[str, ...]:
    firsts = {member[0] for _, members in _dated_acts() for member, _ in members}
    irregular = {form for form, base in load_tables(None).lemmas.items() if stem(base) in firsts}
    return tuple(sorted(firsts | irregular))
