"""AGENT conflicts: one act done to one thing, told with two different named doers ("The
strike was called by the Rail Drivers' Union" / "The strike was called by the Transport
Workers Federation"; "The deal was negotiated by sporting director Lars Eklund" / "... by
chief executive Hana Moreau").

A passive's "by" phrase names who did the act; the matcher lines such claims up as one fact
(their words are the same but for the doer), so without this rule they read as agreement.
Only a passive with a named doer on both sides counts: a doer without a name ("by
officials") may be either named one. Acts that many parties do at once ("was criticised
by", "was welcomed by", data/shared_acts.txt) leave room for both doers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.text import _span, _words_of
from claimtrack.models import Claim, Conflict, ConflictType, Severity
from claimtrack.normalize import stem
from claimtrack.parse import tables
from claimtrack.parse.dates import CALENDAR_NAMES
from claimtrack.parse.trusted import trusted


class Agent(NamedTuple):
    """The doer a passive names: the verb as a stem, and the name as written."""

    verb: str
    name: str
    written: str  # from the participle to the name's end: "called by the Rail Drivers' Union"


#: What opens a passive: a form of "be" and an optional adverb ("was", "were quickly",
#: "has been").
PASSIVE_AUXILIARY = r"\b(?:was|were|is|are|been|being|be)[ \t]+(?:[a-z]+ly[ \t]+)?"

#: A passive's form of "be" and its participle, the verb ("was called", "were quickly
#: released"). A doer is read only past a participle: "was not", "was then" are none, so a
#: denied passive names no doer ("was not called by X" / "was not called by Y" agree).
_PASSIVE_HEAD = (
    PASSIVE_AUXILIARY
    + r"(?!(?:not|than|then|even|often|when)\b)(?P<verb>[a-z]+(?:ed|en|t|n)|made(?![\w]))"
)


#: "was called by the Rail Drivers' Union", "were negotiated by sporting director Lars
#: Eklund": a form of "be", an optional adverb, the participle, "by", an optional
#: determiner and up to three lower-case words of title, and a run of capitalised words
#: (with "of" inside: "the Bank of England").
_AGENT = re.compile(
    _PASSIVE_HEAD
    + r"[ \t]+by[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,3}?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*)*)"
    r"(?P<more>[ \t]+and[ \t]+[A-Z]|,[ \t]+[A-Z][\w'’.-]*(?:,|[ \t]+and\b))?"
)


#: "was issued by the state fire agency", "is being led by the city police": the passive of
#: ``_AGENT`` with "the" and two to four lower-case words, among them a word that names a
#: body (data/body_heads.txt) after the first.
_BODY_AGENT = re.compile(
    _PASSIVE_HEAD + r"[ \t]+by[ \t]+the[ \t]+(?P<name>[a-z][a-z-]*(?:[ \t]+[a-z][a-z'’-]*){1,3})"
)


#: "was coordinated by the navy": the passive of ``_BODY_AGENT`` with "the" and one word,
#: a doer only when that word names one body of a country's services (data/lone_bodies.txt).
_LONE_BODY_AGENT = re.compile(_PASSIVE_HEAD + r"[ \t]+by[ \t]+the[ \t]+(?P<name>[a-z]+)\b")


@lru_cache(maxsize=1 << 14)
def agents(text: str) -> tuple[Agent, ...]:
    """The named doers of the passives in ``text``, and the bodies described as one ("by
    the state fire agency", "by the navy"); none for several doers ("by Ana Ruiz and Tom
    Berg", "by the army and the navy"), a day ("by Friday") or an act many do at once."""
    if " by " not in text:
        return tuple(_source(text))  # most claims: two substring tests
    found = []
    for match in _AGENT.finditer(text):
        name, verb = match.group("name").rstrip(".,"), match.group("verb")
        if match.group("more") or name.split()[0].lower() in CALENDAR_NAMES:
            continue
        named = _named_doer(text, match, name)
        if named is not None:
            found += _agent(text, match, named[0], verb, named[1])
            continue
        if _placed_by(text, match) or not _ends_noun_phrase(name, text[match.end() :]):
            # "by Islamic State militants", "by Saddam Hussein's pilots": a modifier; "by a
            # firm from Brenton": where the unnamed doer is from
            continue
        found += _agent(text, match, name, verb)
    for match in _BODY_AGENT.finditer(text):
        name = _body_name(match.group("name"))
        end = match.start("name") + len(name)
        if name and _ends_noun_phrase(name, text[end:]) and not _MORE.match(text, end):
            found += _agent(text, match, name, match.group("verb"))
    for match in _LONE_BODY_AGENT.finditer(text):
        name, end = match.group("name"), match.end("name")
        if (
            name in _lone_bodies()
            and _ends_noun_phrase(name, text[end:])
            and not _MORE.match(text, end)
        ):
            found += _agent(text, match, name, match.group("verb"))
    return tuple(found + _source(text))


#: "from Alder Group", "from the Bank of Orlen": "from", an optional "the" and a run of
#: capitalised words (with "of" inside), and another name after it ("from Alder Group and
#: Brant Holdings", "from Alder Group, Brant Holdings and ...").
_SOURCE = re.compile(
    r"[ \t]from[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*)*)"
    r"(?P<more>[ \t]+and[ \t]+[A-Z]|,[ \t]+[A-Z][\w'’.-]*(?:,|[ \t]+and\b))?"
)
#: What a source's ``Agent.verb`` opens with: the act is the claim's words before "from".
SOURCE_MARK = "from:"


def _source(text: str) -> list[Agent]:
    """The firm or body a claim names after "from" as who its act's thing came from ("The
    firm bought the site from Alder Group", "The loan came from Harbor Bank"), as an
    ``Agent`` whose verb is ``SOURCE_MARK`` and the stems of the words before "from" (the
    act and what it was done to, which the other claim must tell alike). None when the
    claim names two sources or more ("from Alder Group and Brant Holdings", "from Alder
    Group, which bought it from Brant Holdings"), a name that is no firm or body
    (data/source_bodies.txt: "flew from Oslo" is a place), or one that says who spoke or
    came ("a statement from Harbor Bank")."""
    if " from " not in text:
        return []  # most claims: one substring test
    found = list(_SOURCE.finditer(text))
    if len(found) != 1 or found[0].group("more"):
        return []
    match = found[0]
    name = match.group("name").rstrip(".,")
    end = match.start("name") + len(name)
    bodies, not_after = _source_words()
    before = text[: match.start()]
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if last in not_after or _body_word(name) not in bodies:
        return []
    if not _ends_noun_phrase(name, text[end:]):
        return []  # "from Harbor Bank executives": the name modifies a noun
    act = _words_of(before)
    if not act:
        return []
    return [Agent(SOURCE_MARK + " ".join(sorted(act)), name, text[:end])]


def _body_word(name: str) -> str:
    """The word that tells what a name names: its last, or its first before "of" ("Bank"
    of "Bank of Orlen")."""
    words = name.lower().split()
    return words[0] if "of" in words else words[-1]


@lru_cache(maxsize=1)
def _source_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the body words, the nouns no source follows) of data/source_bodies.txt."""
    found = tables.sections("source_bodies.txt")
    return found.get("bodies", frozenset()), found.get("not_after", frozenset())


def _named_doer(text: str, match: re.Match[str], name: str) -> tuple[str, int] | None:
    """The name a "by" phrase gives its doer after the words the match took for it: after a
    place the doer is from ("by a catering firm from Brenton, Orvel Foods") or after a
    name that only modifies a noun ("by the Pelham restaurant Casa Lina"). None when the
    phrase gives no such name, or goes on past it ("by the Pelham council in Ardo"). With
    the name, where it ends."""
    end = match.start("name") + len(name)
    if _placed_by(text, match):
        found = _APPOSED_NAME.match(text, end)
    elif _ends_noun_phrase(name, text[end:]):
        return None
    else:
        found = _NAME_AFTER_NOUN.match(text, end)
        if found is not None and not _phrase_enders().isdisjoint(found.group("nouns").split()):
            return None  # "by the Pelham council in Ardo": "Ardo" is where, not who
    if found is None:
        return None
    doer = found.group("name").rstrip(".,")
    end = found.start("name") + len(doer)
    if not _ends_noun_phrase(doer, text[end:]) or _MORE.match(text, end):
        return None
    return doer, end


def _placed_by(text: str, match: re.Match[str]) -> bool:
    """The match's name follows a word of place ("by a firm from Brenton", "by a gang based
    in Ardo"): the name says where the doer is, not who."""
    before = text[match.end("verb") : match.start("name")].split()
    return len(before) >= 2 and before[-1].lower() in _PLACE_WORDS


#: Words after which a capitalised name in a "by" phrase tells where the doer is from.
_PLACE_WORDS = frozenset(("from", "in", "of", "at", "near"))
#: A name set beside the place: ", Orvel Foods".
_APPOSED_NAME = re.compile(r",[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)")
#: One or two lower-case nouns after a modifying name, then the doer's own name: " restaurant
#: Casa Lina".
_NAME_AFTER_NOUN = re.compile(
    r"(?<![ \t])(?P<nouns>(?:[ \t]+[a-z][a-z-]*){1,2})[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)"
)


def _body_name(words: str) -> str:
    """The words up to the first that names a body, past the first word ("city council" of
    "city council in"); empty for none ("the new rules")."""
    split = words.split()
    heads = _body_heads()
    for index in range(1, len(split)):
        if split[index] in heads:
            return " ".join(split[: index + 1])
    return ""


#: Another doer after the body: "by the city police and the army", "by the city police, the
#: army and ...".
_MORE = re.compile(r"[ \t]and[ \t]|,[ \t](?:the[ \t])?[a-z]+(?:[ \t][a-z]+)?(?:,|[ \t]and\b)")


def _agent(
    text: str, match: re.Match[str], name: str, verb: str, end: int | None = None
) -> list[Agent]:
    """The doer of one passive, unless its act is one many do at once. ``end``: where the
    name ends, when it is not the match's own."""
    if verb in _shared_acts():
        return []
    written = text[match.start("verb") : match.start("name") + len(name) if end is None else end]
    return [Agent(_MAKING if verb in _maker_participles() else stem(verb), name, written)]


#: The ``Agent.verb`` of every participle of data/maker_participles.txt: "made by" and
#: "built by" tell one act, making the thing.
_MAKING = "make"


@lru_cache(maxsize=1)
def _maker_participles() -> frozenset[str]:
    return tables.words("maker_participles.txt")


def _ends_noun_phrase(name: str, after: str) -> bool:
    """The name is the doer itself, not a word before it: nothing follows it but a mark, a
    preposition, a reflexive ("by Torvik itself") or a word that opens a clause ("by the
    union in March", "by Ana Ruiz, who ..."). A possessive or a lower-case noun after it
    ("by British intelligence officers") makes the name a modifier of an unnamed doer."""
    if name.endswith(("'s", "’s", "'", "’")) and not name.endswith(("s'", "s’")):
        return False
    following = _NEXT_WORD.match(after)
    if following is None:
        return True
    return following.group(1) in _phrase_enders() or following.group(1) in _DOER_REFLEXIVES


#: A reflexive right after a doer's name stresses the doer ("built by Torvik itself").
_DOER_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


#: The word right after the name, when one follows it after blanks only.
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]*)")


@lru_cache(maxsize=1)
def _phrase_enders() -> frozenset[str]:
    # data/prepositions.txt, and words that open a clause after a name
    return tables.words("prepositions.txt") | frozenset(
        "who which that whose as and but or when while after before since until last this"
        " next earlier later early late overnight yesterday today tonight".split()
    )


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return tables.words("regions.txt")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return tables.words("body_heads.txt")


@lru_cache(maxsize=1)
def _lone_bodies() -> frozenset[str]:
    return tables.words("lone_bodies.txt")


@lru_cache(maxsize=1)
def _shared_acts() -> frozenset[str]:
    return tables.words("shared_acts.txt")


def agent_conflicts(
    a: Claim, agents_a: tuple[Agent, ...], b: Claim, agents_b: tuple[Agent, ...]
) -> list[Conflict]:
    """One act of one thing with two named doers, neither named in the other claim."""
    if not agents_a or not agents_b or a.negated or b.negated:
        return []
    same_thing = _same_thing(a, b)
    for agent_a in agents_a:
        for agent_b in agents_b:
            if agent_a.verb != agent_b.verb:
                continue
            if agent_a.verb.startswith(SOURCE_MARK):
                if not _sources_apart(a, agent_a, b, agent_b):
                    continue
            elif not same_thing or _doers_meet(a, agent_a, b, agent_b):
                continue
            return [
                trusted(
                    Conflict,
                    type=ConflictType.AGENT,
                    claim_ids=(a.id, b.id),
                    values=(agent_a.name, agent_b.name),
                    explanation=f'{a.source} says "{agent_a.written}", '
                    f'{b.source} "{agent_b.written}"',
                    value_spans=(_span(a, agent_a.name), _span(b, agent_b.name)),
                )
            ]
    return []


def _doers_meet(a: Claim, agent_a: Agent, b: Claim, agent_b: Agent) -> bool:
    """A word of either doer's name stands in the other claim."""
    return _names_meet(agent_a.name, b.text) or _names_meet(agent_b.name, a.text)


def _sources_apart(a: Claim, source_a: Agent, b: Claim, source_b: Agent) -> bool:
    """Two sources of one act on one thing (their verbs, the words before "from", are
    equal) that may not both be it: each named after its claim's subject ("Workers from
    Harbor Bank joined the strike" names who they are), and no word either name has of its
    own in the other's sentence ("from Alder Group, which had bought it from Brant
    Holdings": one chain of sales, told in two claims; "Bank of Orlen" / "Harbor Bank" share
    only "Bank")."""
    if not _source_after_subject(a, source_a) or not _source_after_subject(b, source_b):
        return False
    return not _places_meet(source_a.name, b.sentence, source_b.name, a.sentence)


def _source_after_subject(claim: Claim, source: Agent) -> bool:
    """The claim's subject is known and its source's "from" stands past it."""
    subject = claim.subject
    if not subject:
        return False
    return claim.text.startswith(subject) and len(source.written) > len(subject)


def _same_thing(a: Claim, b: Claim) -> bool:
    """Both subjects are a thing named with a determiner and share a word ("The strike" /
    "The strike"): the act was done to one thing. What is done to a person or a body named
    bare ("Islam was profiled by Business Insider" / "... by the New Yorker") is done by
    many as often as not."""
    if not a.subject or not b.subject:
        return False
    if not _DETERMINED.match(a.subject) or not _DETERMINED.match(b.subject):
        return False
    return bool(_words_of(a.subject) & _words_of(b.subject))


#: A subject that opens with a determiner: a thing, not a name.
_DETERMINED = re.compile(r"(?:the|a|an|this|that|its|their|his|her)[ \t]", re.I)


def _names_meet(name: str, other_text: str) -> bool:
    """A word of the name (of three letters or more) stands in the other claim: "Eklund" /
    "Lars Eklund's deputy" may be one doer."""
    words = {w for w in _NAME_WORD.findall(name.lower()) if len(w) > 2}
    return not words or bool(words & set(_NAME_WORD.findall(other_text.lower())))


_NAME_WORD = re.compile(r"[a-z]+")


def _places_meet(name_a: str, text_b: str, name_b: str, text_a: str) -> bool:
    """A word of one place's name that the other name lacks stands in the other claim, or
    one name holds all the other's words: "University of Leeds" / "University of Bristol"
    share "University", which says nothing of which one."""
    words_a = set(_NAME_WORD.findall(name_a.lower()))
    words_b = set(_NAME_WORD.findall(name_b.lower()))
    own_a, own_b = words_a - words_b, words_b - words_a
    if not own_a or not own_b:
        return True
    return _names_meet(" ".join(own_a), text_b) or _names_meet(" ".join(own_b), text_a)


class Place(NamedTuple):
    """A place a claim puts its event at: the preposition and the name as written."""

    preposition: str
    name: str


#: "near Port Selby", "in Gdansk", "off Kessel Island": a preposition of place and a run of
#: up to four capitalised words (each with a lower-case letter after its first: "in US" or
#: "in NATO" is no town).
_PLACE = re.compile(
    r"\b(?:(?P<preposition>in|near|off|outside)|(?P<at>at)(?:[ \t]+the)?)[ \t]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z][\w'’-]*){0,3})"
)


@lru_cache(maxsize=1 << 14)
def places(text: str) -> tuple[Place, ...]:
    """The named places of ``text``; none for a month or a day ("in March"), a possessive
    ("in Ruiz's view") or a name that qualifies a noun after it ("in Gdansk harbour")."""
    found = []
    for match in _PLACE.finditer(text):
        name = match.group("name")
        if name.split()[0].lower() in CALENDAR_NAMES or name.endswith(("'s", "’s")):
            continue
        if " of " in name and not match.group("at"):
            continue  # "in Gulf of ...": only a site "at the University of Leeds" takes "of"
        following = _NEXT_WORD.match(text, match.end())
        if following is not None and not _ends_a_place(following.group(1)):
            continue
        found.append(Place(match.group("preposition") or "at", name))
    return tuple(found)


#: Auxiliaries and modals: after a place they open the clause's verb ("The plant in Brenton
#: will close", "a school in Kelso was evacuated"), so the name is where, not a noun's
#: qualifier ("in Gdansk harbour").
_VERB_OPENERS = frozenset(
    "is are was were has have had will would could can may might must shall should did does".split()
)


def _ends_a_place(word: str) -> bool:
    """The word after a place's name ends the place's phrase."""
    return word in _phrase_enders() or word in _VERB_OPENERS


def place_notes(a: Claim, b: Claim) -> list[Conflict]:
    """Two claims of one fact that put it at two named places with the same preposition
    ("made landfall near Port Selby" / "came ashore near Calder Bay"), neither naming the
    other's place: a NOTE, not a contradiction. A town and the region around it ("in
    Gdansk" / "in Pomerania") or two sites of one firm may both hold, and no list here
    tells a town from a region; the note keeps the agreement from hiding the difference."""
    places_a, places_b = places(a.text), places(b.text)
    if len(places_a) != 1 or len(places_b) != 1:
        return []  # none, or several places to choose from
    (place_a,), (place_b,) = places_a, places_b
    if place_a.preposition != place_b.preposition:
        return []
    regions = _regions()
    if place_a.name.lower() in regions or place_b.name.lower() in regions:
        return []  # "in Muscat" / "in Oman": a city and its country
    if _places_meet(place_a.name, b.text, place_b.name, a.text):
        return []
    shown_a = f"{place_a.preposition} {place_a.name}"
    shown_b = f"{place_b.preposition} {place_b.name}"
    return [
        trusted(
            Conflict,
            type=ConflictType.PLACE,
            claim_ids=(a.id, b.id),
            values=(place_a.name, place_b.name),
            explanation=f"{a.source} places it {shown_a}, {b.source} {shown_b}",
            severity=Severity.NOTE,
            value_spans=(_span(a, place_a.name), _span(b, place_b.name)),
        )
    ]
