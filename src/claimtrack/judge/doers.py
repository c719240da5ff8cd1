"""AGENT conflicts told in the active voice: one act done to one thing, with two named doers
as the claims' subjects ("Hamas fired the rockets" / "Islamic Jihad fired the rockets";
"Novak won the election" / "Berger won the election"). The claims share every word but the
doer's name, so the matcher lines them up as agreement; who did it is what they dispute.

Only a subject that holds a name counts ("Fighters of the Nortal Front", not "government
troops": a description may be either named party), alone ("Novak and Berger signed" tells of
both), before its verb and an object named with a determiner ("won the election", not "met
Ruiz": acts on a person are done by many). The two names must not meet: no word of one in the
other claim, no alias in common ("Iran" / "Tehran"), and both or neither a country ("Russia"
/ "General Marek's forces": a country acts through its people). Acts many parties do at once
(data/shared_acts.txt), acts two parties do together (data/symmetric_predicates.txt) and
verbs of saying are left alone; so is an object without a definite determiner ("fired a
rocket": one of many).

A party told by its nationality or its side counts as well: "Chilean troops" / "Peruvian
troops", "rebel fighters" / "government troops" or "Chilean soldiers" (an adjective of
nationality or a side's word and a noun of data/party_nouns.txt). Such a party is compared
only with another such party, never with a name ("Chilean troops" may fight for the Nortal
Front), and the government's troops not with a country's (they may be one).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.judge.roles import agents
from claimtrack.judge.text import _span
from claimtrack.match.names import symmetric_acts
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import CLASS_PREFIX, load_tables, stem
from claimtrack.parse import tables
from claimtrack.parse.attribution import owns_up
from claimtrack.parse.trusted import trusted


class Doer(NamedTuple):
    """A claim's named subject as the doer of its act: the subject as written, the words of
    its names (lower case), their alias-table names, what was done ("fire rocket": the verb's
    and the object's stems) and the act as written ("fired the rockets")."""

    name: str
    name_words: frozenset[str]
    canonical: frozenset[str]
    act: str
    written: str
    #: told in the passive ("The evacuation was ordered by the disaster agency"): compared
    #: only with an active doer, ``agent_conflicts`` compares two passives
    passive: bool = False
    #: a body described, not named ("The regional council"): compared only with another
    #: described body or a passive's doer, never with a name (a description may be either)
    described: bool = False
    #: an act several parties do alike or together ("announced the decision", "welcomed
    #: the ruling"): two doers of it are no conflict, unless one stood in for the other
    shared: bool = False
    #: the words of the name a stand-in phrase puts this doer in the place of ("Ana Vale
    #: announced the decision, standing in for Piet Rask" -> {"piet", "rask"}; titles left
    #: out): that party did not do the act (data/stand_in_phrases.txt)
    stood_in_for: frozenset[str] = frozenset()
    #: a finder (``finder``): the stems of what was found ("suspicious payments" ->
    #: suspici, payment; empty for a pronoun), the words that describe the doer ("a farmer,
    #: Owen Baird" -> farmer) and whether the claim says the doer was the first to find it
    found: frozenset[str] = frozenset()
    described_as: frozenset[str] = frozenset()
    first: bool = False


#: After the subject: an optional adverb, the verb, a definite determiner and the object's
#: words. WHY definite: "fired the rockets" names one volley both claims know of, "fired a
#: rocket" may be one of many, each fired by its own party.
_ACT = re.compile(
    r"[ \t](?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)[ \t]+"
    r"(?:the|its|their|his|her|this|these|those)[ \t]+"
    r"(?P<object>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})"
)


def doer(claim: Claim) -> Doer | None:
    """The named subject of ``claim`` as the doer of an act on a thing, or None."""
    subject, text = claim.subject, claim.text
    if not subject or not text.startswith(subject):
        return None
    if any(verb in text for verb in _spotting_verbs()):
        spotter = finder(claim)
        if spotter is not None:
            return spotter
    party = _nation_party(text)
    if party is not None:
        subject = party[0]
    called = None if party is not None else _called_name(claim, subject)
    if called is not None:  # and the comma that closes ", known as Red Kite,"
        end = text.index(called, len(subject)) + len(called)
        subject = text[: end + 1 if text.startswith(",", end) else end]
    # the act first: one anchored match rules out most claims before their entities are read
    found = _ACT.match(text, len(subject))
    owned = None if found is not None else _owned_act(text, len(subject))
    if owned is not None:
        found = owned
    elif found is None:
        return _passive_doer(claim, subject) if party is None else None
    shared = owned is None and not _acts_alone(found.group("verb"))
    if shared and not _object_ends(text, found):
        return None  # "said the rockets were fired": what was said, no act on a thing
    if _MORE_THAN_ONE.search(subject):
        return None
    if party is not None:  # the nationality or the side, not the "troops"
        names = {party[1]: _NATION + _sides().get(party[1].lower(), party[1].lower())}
    elif called is not None:  # the name, not the description before it
        names = {e.text: e.canonical for e in claim.entities if e.text == called}
    else:
        names = {e.text: e.canonical for e in claim.entities if e.text in subject}
    if not names and subject.lower() in tables.words("regions.txt"):
        names = {subject: subject}  # "Ukraine shelled ...": a country opening the sentence
    described = False
    if not names and party is None and called is None:
        body = _described_body(subject)
        if body is not None:  # "The regional council ordered ...": the body, without "The"
            names, described = {body: body}, True
    if not names:
        return None
    object_words = _object_words(found.group("object"))
    if not object_words:
        return None
    # any way of owning up names one act ("claimed responsibility" / "took credit")
    verb = _OWNS if owned is not None else stem(found.group("verb"))
    act = " ".join([verb, *(stem(word) for word in object_words)])
    written = text[found.start("verb") : found.start("object")] + " ".join(object_words)
    return Doer(
        called or subject,
        frozenset(w for name in names for w in _NAME_WORD.findall(name.lower()) if len(w) > 2),
        frozenset(names.values()),
        act,
        written,
        described=described,
        shared=shared,
        stood_in_for=_stood_in_for(claim, found.start("object")),
    )


#: The act of every ``finder``: one thing found first by one party, whatever the verb.
FINDS = "finds"

#: After an active finder's subject: "first" or not, a verb of data/spotting_verbs.txt, and
#: what was found (a determiner and up to four words, or a pronoun).
_FINDS = re.compile(
    r"(?<![ \t])[ \t]+(?P<first>first[ \t]+)?(?P<verb>[a-z]+)[ \t]+"
    r"(?:(?P<pronoun>her|him|it|them)(?![\w'’])|(?:the|its|their|his|her|this|these|those|a|an)"
    r"[ \t]+(?P<object>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}))"
)
#: After a passive finder's definite subject: a form of "be", "first", a verb of
#: data/spotting_verbs.txt and "by". WHY "first" required: "The leak was spotted by a
#: neighbour" may be one of several who saw it.
_FOUND_FIRST_BY = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:has|have|had)[ \t]+been|was|were)[ \t]+first[ \t]+"
    r"(?P<verb>[a-z]+)[ \t]+by[ \t]+(?P<agent>[^,.;:]+)"
)
#: A doer described with an indefinite article: "A dog walker", "an off-duty nurse".
_SOMEONE = re.compile(r"(?:[Aa]n?)[ \t]+(?P<words>[a-z-]+(?:[ \t]+[a-z-]+){0,2})")


def finder(claim: Claim) -> Doer | None:
    """The party that found or saw a thing, when the claim tells it with a verb of
    data/spotting_verbs.txt: "Ana Rees first spotted the leak" (active, named), "A dog
    walker spotted the lynx" (described), "The leak was first spotted by Tom Berg" (a
    passive, "first" required). The act is ``FINDS`` for all; what was found, the doer's
    description and "first" are ``Doer`` fields ``doer_conflicts`` compares. None when the
    claim is negated or tells no such act."""
    if claim.negated:
        return None
    subject, text = claim.subject or "", claim.text
    passive = _FOUND_FIRST_BY.match(text, len(subject))
    if passive is not None:
        if passive.group("verb") not in _spotting_verbs():
            return None
        thing = _DEFINITE_SUBJECT.fullmatch(subject)
        if thing is None:
            return None
        name = passive.group("agent").strip()
        found, first = _object_words(thing.group("thing")), True
        written = f"first {passive.group('verb')} {subject[:1].lower()}{subject[1:]}"
    else:
        active = _FINDS.match(text, len(subject))
        if active is None or active.group("verb") not in _spotting_verbs():
            return None
        if _MORE_THAN_ONE.search(subject):
            return None
        name, first = subject, active.group("first") is not None
        found = [] if active.group("pronoun") else _object_words(active.group("object"))
        end = active.end() if active.group("pronoun") else active.start("object")
        written = text[active.start("first" if first else "verb") : end] + " ".join(found)
    names = {e.text: e.canonical for e in claim.entities if e.text in name}
    someone = _SOMEONE.fullmatch(name)
    if names and not first:
        return None  # "Ana Rees spotted the leak": the act on its thing (``doer``'s own)
    if names:
        described_as = _apposed_description(claim.sentence, names)
    elif someone is not None:
        described_as = frozenset(someone.group("words").split())
        names = {name: name}
    else:
        return None
    return Doer(
        name,
        frozenset(w for n in names for w in _NAME_WORD.findall(n.lower()) if len(w) > 2),
        frozenset(names.values()),
        FINDS,
        written,
        passive=passive is not None,
        described=not any(e.text in name for e in claim.entities),
        found=frozenset(stem(w.lower()) for w in found),
        described_as=described_as,
        first=first,
    )


def _apposed_description(sentence: str, names: dict[str, str]) -> frozenset[str]:
    """The words of the description the sentence sets beside one of ``names`` ("a farmer,
    Owen Baird," / "Owen Baird, a farmer,"), without its article; empty when none."""
    for name in names:
        at = sentence.find(name)
        if at < 0:
            continue
        before = _DESCRIPTION_BEFORE.search(sentence[max(0, at - 60) : at])
        if before is not None:
            return frozenset(_NAME_WORD.findall(before.group("words").lower()))
        after = _DESCRIPTION_AFTER.match(sentence, at + len(name))
        if after is not None:
            return frozenset(_NAME_WORD.findall(after.group("words").lower()))
    return frozenset()


#: A description set before a name: "a farmer, ", "the charity's treasurer, ".
_DESCRIPTION_BEFORE = re.compile(
    r"(?<![\w])(?:a|an|the)[ \t]+(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}),[ \t]+$"
)
#: A description set after a name: ", a farmer,", ", the charity's treasurer.".
_DESCRIPTION_AFTER = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})(?=[,.;])"
)


@lru_cache(maxsize=1)
def _spotting_verbs() -> frozenset[str]:
    return tables.words("spotting_verbs.txt")


def _finders_differ(a: Claim, doer_a: Doer, b: Claim, doer_b: Doer) -> bool:
    """Two finders (``finder``) of one thing, at least one said to be the first, who
    cannot be one party: one thing found, told by what was found sharing a stem, a
    pronoun on one side, or a word of what one found standing in the other's sentence
    ("the fraud was first spotted by Carla Wendt, who queried payments" / "Dev Anand
    first spotted the suspicious payments"). Two names that share no word and neither
    named in the other's sentence; a name and a description when the name's own
    description (``described_as``) shares no word with it ("Owen Baird, a farmer" / "a
    dog walker"); two descriptions with no word in common. Two claims dated apart tell each
    one's own first time, not who was first."""
    if not (doer_a.first or doer_b.first):
        return False
    if a.dates and b.dates and {d.text for d in a.dates}.isdisjoint(d.text for d in b.dates):
        return False  # "first saw the play in 2019" / "... in 2021": each one's own first time
    one_thing = (
        not doer_a.found
        or not doer_b.found
        or not doer_a.found.isdisjoint(doer_b.found)
        or _found_in(doer_a, b.sentence)
        or _found_in(doer_b, a.sentence)
    )
    if not one_thing:
        return False
    if _named_in(doer_a, b.sentence) or _named_in(doer_b, a.sentence):
        return False
    if doer_a.described and doer_b.described:
        return doer_a.described_as.isdisjoint(doer_b.described_as)
    if doer_a.described or doer_b.described:
        named, other = (doer_b, doer_a) if doer_a.described else (doer_a, doer_b)
        return bool(named.described_as) and named.described_as.isdisjoint(other.described_as)
    return True


def _found_in(found: Doer, sentence: str) -> bool:
    return any(stem(w) in found.found for w in _NAME_WORD.findall(sentence.lower()))


def _object_ends(text: str, found: re.Match[str]) -> bool:
    """The definite object of ``found`` is a noun of one or two words that ends its clause
    (a preposition, a joining word or a stop after it: "announced the decision in Aldera",
    "welcomed the ruling."), not the subject of what was said ("said the rockets were
    fired")."""
    written = found.group("object").split()
    kept = _object_words(found.group("object"))
    if not kept or len(kept) > 2:
        return False
    if len(kept) < len(written):
        return True  # a preposition or a joining word after the noun
    return _CLAUSE_END.match(text, found.end("object")) is not None


#: What may follow an object that ends its clause: a stop or a comma, or the text's end.
_CLAUSE_END = re.compile(r"(?<![ \t])[ \t]*(?:[,.;:!?)]|$)")


def _stood_in_for(claim: Claim, at: int) -> frozenset[str]:
    """The words of the name a stand-in phrase after ``at`` puts the claim's subject in
    the place of ("..., standing in for Governor Piet Rask" -> {"piet", "rask"}), titles
    left out; empty when no phrase stands there or no name of the claim follows it."""
    text = claim.text
    if not any(phrase in text for phrase in _stand_in_phrases()):
        return frozenset()  # most claims: a few substring tests
    found = _stand_in_pattern().search(text, at)
    if found is None:
        return frozenset()
    titles = tables.words("titles.txt")
    for entity in claim.entities:
        if text.startswith(entity.text, found.end()):
            return (
                frozenset(w for w in _NAME_WORD.findall(entity.text.lower()) if len(w) > 2) - titles
            )
    return frozenset()


@lru_cache(maxsize=1)
def _stand_in_phrases() -> tuple[str, ...]:
    return tuple(sorted(tables.words("stand_in_phrases.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _stand_in_pattern() -> re.Pattern[str]:
    """A stand-in phrase of data/stand_in_phrases.txt as a whole phrase, then a blank run
    (``_stood_in_for`` reads the name after it)."""
    phrases = "|".join(
        r"[ \t]+".join(re.escape(w) for w in phrase.split()) for phrase in _stand_in_phrases()
    )
    return re.compile(rf"(?<![\w'’])(?:{phrases})[ \t]+")


#: A subject that describes a body without naming it: "the", one or two lower-case words,
#: then the body's noun ("The regional council", "the transport ministry"). WHY a word
#: before the noun: "The police" or "The council" alone may be anyone's, as in a passive.
_BODY_SUBJECT = re.compile(r"[Tt]he[ \t]+(?P<body>(?:[a-z]+[ \t]+){1,2}(?P<noun>[a-z]+))")


def _described_body(subject: str) -> str | None:
    """The words of a subject that describes one body (its last word in
    ``data/body_heads.txt``, as for a passive's doer) without its "the", or None: "The
    regional council" -> "regional council". Such a doer is compared with another described
    body or a passive's doer: "The transport ministry ordered the closure" names another."""
    found = _BODY_SUBJECT.fullmatch(subject.strip())
    if found is None or found.group("noun") not in tables.words("body_heads.txt"):
        return None
    return found.group("body")


def _called_name(claim: Claim, subject: str) -> str | None:
    """The name a subject that only describes its party gives right after it ("A criminal
    group called Red Kite", "a hacking group known as Grey Wolf"; the parser ends the subject
    before "called"): the name is who did it, as if the claim opened with it. Only the
    claim's own entity counts as that name ("a scheme called 'cash for votes'" names none)."""
    if not _DESCRIBED.match(subject):
        return None
    found = _CALLED.match(claim.text, len(subject))
    if found is None:
        return None
    return next(
        (e.text for e in claim.entities if claim.text.startswith(e.text, found.end())), None
    )


#: After a describing subject, the words that give its name: "called", "named", "known as",
#: "calling itself" (and a "the" the name may open with: "named the Karsk Brigade").
_CALLED = re.compile(
    r"(?<![ \t]),?[ \t]+(?:called|named|known[ \t]+as|calling[ \t]+itself)[ \t]+(?:the[ \t]+)?"
)
#: A subject that opens with an article: a description of a party, not its name.
_DESCRIBED = re.compile(r"(?:a|an|the)[ \t]", re.I)


#: A definite subject, the thing a passive's act was done to: "The evacuation", "Its
#: launch".
_DEFINITE_SUBJECT = re.compile(
    r"(?:the|its|their|his|her|this|these|those)[ \t]+(?P<thing>.+)", re.I
)
#: Between a passive's subject and its participle: a form of "be" (and "has been"), an
#: optional adverb.
_PASSIVE_BE = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:has|have|had)[ \t]+been|was|were|is|are)[ \t]+(?:[a-z]+ly[ \t]+)?"
)


def _passive_doer(claim: Claim, subject: str) -> Doer | None:
    """The doer a passive names right after its definite subject ("The evacuation was
    ordered by the national disaster agency": the agency ordered the evacuation), as a
    ``Doer`` whose act reads as the active's would ("order evacuation"). None for any other
    claim, a subject with no determiner ("Ruiz was hired by ...": done to a person, by
    many) or an act many do at once (``agents`` leaves those out)."""
    text = claim.text
    if " by " not in text:
        return None
    thing = _DEFINITE_SUBJECT.fullmatch(subject)
    be = _PASSIVE_BE.match(text, len(subject))
    if thing is None or be is None:
        return None
    object_words = _object_words(thing.group("thing"))
    if not object_words:
        return None
    for agent in agents(text):
        if not text.startswith(agent.written, be.end()) or not _acts_alone(
            agent.written.split()[0]
        ):
            continue
        names = {e.text: e.canonical for e in claim.entities if e.text in agent.name}
        if not names:
            names = {agent.name: agent.name}  # a body described: "the national disaster agency"
        act = " ".join([agent.verb, *(stem(word) for word in object_words)])
        return Doer(
            agent.name,
            frozenset(w for name in names for w in _NAME_WORD.findall(name.lower()) if len(w) > 2),
            frozenset(names.values()),
            act,
            f"{agent.written.split()[0]} {subject[:1].lower()}{subject[1:]}",
            passive=True,
        )
    return None


#: The canonical name of a party named by its nationality ("nation:chilean").
_NATION = "nation:"

#: A party named by an adjective of nationality and a noun of people who act for a country,
#: with at most one word between: "Chilean troops", "The Peruvian riot police".
_NATION_PARTY = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<nation>[A-Za-z][a-z-]+)[ \t]+(?P<first>[a-z]+)"
    r"(?:[ \t]+(?P<second>[a-z]+))?"
)


def _nation_party(text: str) -> tuple[str, str] | None:
    """The party that opens ``text`` and its nationality or side as written, or None: an
    adjective of one state's nationality or a side's word (data/party_sides.txt) and a noun
    of people who act for it ("Chilean troops", "rebel fighters": data/party_nouns.txt).
    WHY not the parsed subject: it may stop short ("Chilean" of "Chilean forces shelled",
    "forces" read as a verb). WHY not "Kurdish fighters" (data/wider_nationalities.txt): a
    people or a region may be part of another nationality's party."""
    found = _NATION_PARTY.match(text)
    if found is None:
        return None
    nation = found.group("nation").lower()
    if nation not in _sides() and (
        not found.group("nation")[0].isupper()
        or nation not in tables.words("nationality_adjectives.txt")
        or nation in tables.words("wider_nationalities.txt")
    ):
        return None
    nouns = tables.words("party_nouns.txt")
    for word in ("first", "second"):
        if found.group(word) in nouns:
            return text[: found.end(word)], found.group("nation")
    return None


@lru_cache(maxsize=1)
def _sides() -> dict[str, str]:
    """Each word of a side in an armed conflict and its side (data/party_sides.txt)."""
    return {
        word: side for side, words in tables.sections("party_sides.txt").items() for word in words
    }


#: After the subject: a verb that with its noun owns up to an act ("claimed responsibility
#: for the attack", "has taken credit for the rescue"), then a definite object as in ``_ACT``.
_OWNED = re.compile(
    r"[ \t](?:(?:has|have|had)[ \t]+)?(?P<verb>[a-z]+)[ \t]+(?P<noun>[a-z]+)[ \t]+for[ \t]+"
    r"(?:the|its|their|his|her|this|these|those)[ \t]+"
    r"(?P<object>[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})"
)
#: The act of an ``_OWNED`` match, whatever its verb.
_OWNS = "owns"


def _owned_act(text: str, at: int) -> re.Match[str] | None:
    """The ``_OWNED`` match at ``at`` when its verb and noun own up to an act
    (``data/owning_up.txt``), else None."""
    found = _OWNED.match(text, at)
    if found is None or not owns_up(found.group("verb"), found.group("noun")):
        return None
    return found


#: A subject of more than one party: "Novak and Berger", "Novak, Berger".
_MORE_THAN_ONE = re.compile(r"[ \t](?:and|or|with)[ \t]|,|&")

_NAME_WORD = re.compile(r"[a-z]+")


def _object_words(words: str) -> list[str]:
    """The object's words up to the first that is no part of it ("rockets at Ashkelon" ->
    "rockets")."""
    kept: list[str] = []
    for word in words.split():
        if word.lower() in _not_object_words():
            break
        kept.append(word)
    return kept


@lru_cache(maxsize=1)
def _not_object_words() -> frozenset[str]:
    # the first word of a stand-in phrase ends the object too: "unveiled the report instead
    # of Piet Holm" unveils the report
    return (
        tables.words("prepositions.txt")
        | frozenset("and or but that which who whose when while after before since as".split())
        | frozenset(phrase.split()[0] for phrase in _stand_in_phrases())
    )


@lru_cache(maxsize=1 << 10)
def _acts_alone(verb: str) -> bool:
    """Not a verb of saying, an act many parties do at once, nor one two do together."""
    if verb in _said() or verb in tables.words("shared_acts.txt"):
        return False
    return stem(verb) not in _together()


@lru_cache(maxsize=1)
def _together() -> frozenset[str]:
    """Stems of the verbs that open acts two parties do together (``symmetric_acts``), the
    first words of their classes' members included ("hold" of "hold talks")."""
    acts = symmetric_acts()
    return frozenset(
        {act for act in acts if not act.startswith(CLASS_PREFIX)}
        | {
            phrase[0]
            for phrase, name in load_tables(None).predicates.items()
            if CLASS_PREFIX + name in acts
        }
    )


@lru_cache(maxsize=1)
def _said() -> frozenset[str]:
    return tables.words("attribution_verbs.txt") | tables.words("quoting_verbs.txt")


def doer_conflicts(a: Claim, doer_a: Doer | None, b: Claim, doer_b: Doer | None) -> list[Conflict]:
    """One act on one thing, done by two named parties that neither claim names together."""
    if doer_a is None or doer_b is None or a.negated or b.negated:
        return []
    if doer_a.act == FINDS or doer_b.act == FINDS:
        if doer_a.act != doer_b.act or not _finders_differ(a, doer_a, b, doer_b):
            return []
        return [_agent_conflict(a, doer_a, b, doer_b)]
    if doer_a.passive and doer_b.passive:
        return []  # two passives: ``agent_conflicts`` reads their doers
    if doer_a.act != doer_b.act or doer_a.canonical & doer_b.canonical:
        return []
    if _stands_in(doer_a, doer_b, b.text) or _stands_in(doer_b, doer_a, a.text):
        # "Ana Vale announced the decision, standing in for Piet Rask" / "Piet Rask
        # announced the decision": the one says the other's doer did not do it
        return [_agent_conflict(a, doer_a, b, doer_b)]
    if doer_a.shared or doer_b.shared:
        return []  # "The ministry announced the plan" / "The mayor announced the plan"
    if doer_a.described != doer_b.described and not (doer_a.passive or doer_b.passive):
        return []  # "The army fired the rockets" / "The Nortal Front fired ...": either
    if _country(doer_a) != _country(doer_b):
        return []  # "Russia shelled the port" / "Gen. Ivo Marek's forces shelled the port"
    if _by_nation(doer_a) != _by_nation(doer_b):
        return []  # "Chilean troops" / "the Nortal Front": either may fight for the other
    both = doer_a.canonical | doer_b.canonical
    if _NATION + "government" in both and _NATION + "insurgents" not in both:
        return []  # "government troops" / "Chilean troops": the government may be Chile's
    if _named_in(doer_a, b.text) or _named_in(doer_b, a.text):
        return []  # "Hamas" / "Hamas gunmen fired", "Novak" / "Novak's party won"
    return [_agent_conflict(a, doer_a, b, doer_b)]


def _stands_in(stand_in: Doer, other: Doer, other_text: str) -> bool:
    """``stand_in`` is a named doer put in the place of the other claim's named doer (a
    name word of it, titles left out, in ``stood_in_for``), and the other claim does not
    name ``stand_in``'s doer: each says a different party did the act."""
    if not stand_in.stood_in_for or stand_in.passive or other.passive:
        return False
    if stand_in.described or other.described:
        return False
    if other.name_words.isdisjoint(stand_in.stood_in_for):
        return False
    # "Senator Ada Kross ..., instead of Senator Piet Holm": a shared title names no one
    own = stand_in.name_words - tables.words("titles.txt")
    return own.isdisjoint(_NAME_WORD.findall(other_text.lower()))


def _agent_conflict(a: Claim, doer_a: Doer, b: Claim, doer_b: Doer) -> Conflict:
    return trusted(
        Conflict,
        type=ConflictType.AGENT,
        claim_ids=(a.id, b.id),
        values=(doer_a.name, doer_b.name),
        explanation=f"{a.source} says {doer_a.name} {doer_a.written}, "
        f"{b.source} says {doer_b.name} did",
        value_spans=(_span(a, doer_a.name), _span(b, doer_b.name)),
    )


def _country(found: Doer) -> bool:
    """The doer is named as a country or region (data/regions.txt): its leaders, forces and
    bodies act for it, so only another country is another doer."""
    regions = tables.words("regions.txt")
    return any(name.lower() in regions for name in found.canonical)


def _by_nation(found: Doer) -> bool:
    """The doer is named by its nationality ("Chilean troops")."""
    return any(name.startswith(_NATION) for name in found.canonical)


def _named_in(found: Doer, other_text: str) -> bool:
    return not found.name_words.isdisjoint(_NAME_WORD.findall(other_text.lower()))
