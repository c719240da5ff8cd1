"""Subjects told by common nouns: "Schools would stay closed for the rest of the week" and
"Port Lasa airport will remain closed until Saturday" share their verb and most of their
words, yet tell what happens to two things. When no name is shared (the entity subjects
are ``frames``' other subject factor), the words of each claim's subject
(``MatchKey.subject_words``) say what it is about; when neither subject's words are among
the other claim's words, the pair tells two subjects (``subjects_apart``) and a link by
frame similarity alone does not make it one fact. It stays related (the judge still
compares it) and links as a paraphrase by its score.

One word "meets" another when it is the same, or both are long and open with the same
``PREFIX`` letters, as the stems of one family often do ("rescuers" / "rescue teams":
"rescuer" / "rescu"). A shared figure ties a pair whatever its subjects ("About 60,000
homes lost power" / "around 60,000 households"), as does a shared name. Only claims that
tell one act (a predicate class in common) are told apart so: there the subject is what
differs; claims of other acts that share words are left to the other tests.

A figure only one claim gives is a statement of its own (``figure_untold``): "Some 3,800
dockworkers joined the strike" and "Dockworkers at the port went on strike on Monday" share
the strike, not the count, which may conflict with another outlet's "about 4,500". With
a name shared, or a vague count in the other claim ("They killed dozens of people"), the
pair may still be one fact; ``frames`` reads the test only for pairs tied by few words,
or where the figure counts a thing the other claim names (``counted_untold``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import pairwise

from claimtrack.match.names import name_variants
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, normalize_text, stem

#: Letters two long words must open alike to meet (``_meets``).
PREFIX = 5


def subjects_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims' subjects are told by words (``MatchKey.subject_words``), the claims
    tell one act (a predicate class in common), neither subject's words meet the other
    claim's words, and the claims share no name and no figure: one act of two things."""
    if not a.subject_words or not b.subject_words or a.predicates.isdisjoint(b.predicates):
        return False
    if not a.numbers.isdisjoint(b.numbers) or not frozenset(a.entities).isdisjoint(b.entities):
        return False
    return not _meets(a.subject_words, b.tokens) and not _meets(b.subject_words, a.tokens)


def _meets(words: Collection[str], tokens: Collection[str]) -> bool:
    """One of ``words`` meets one of ``tokens``, or a word of a name among them ("The
    bridge" / "ent_tarnow_bridge")."""
    if not frozenset(words).isdisjoint(tokens):
        return True
    heads = {w[:PREFIX] for w in words if len(w) >= PREFIX}
    return any(_meets_word(t, words, heads) for t in tokens)


def _meets_word(token: str, words: Collection[str], heads: Collection[str]) -> bool:
    if token.startswith(ENTITY_PREFIX):
        return any(
            _meets_word(stem(part), words, heads)
            for part in token[len(ENTITY_PREFIX) :].split("_")
            if part
        )
    return token in words or (len(token) >= PREFIX and token[:PREFIX] in heads)


def figure_untold(a: MatchKey, b: MatchKey) -> bool:
    """One claim gives a figure and the other none, and they share no name: "Some 3,800
    dockworkers joined the strike" tells how many, "Dockworkers went on strike on Monday"
    does not. The figure is a statement of its own (it may conflict with another outlet's),
    so words shared around it do not make the pair one fact."""
    if bool(a.numbers) == bool(b.numbers):
        return False
    untold = b if a.numbers else a
    if not _counts().isdisjoint(untold.tokens):
        return False  # "They killed dozens of people": a count, told vaguely
    return not _names_meet(a, b)


def counted_untold(a: MatchKey, b: MatchKey) -> bool:
    """A figure only one claim gives (``figure_untold``) counts a thing the other claim
    names without a count: "The company owns 14 tankers" tells how many tankers,
    "Halvard Shipping owns the tanker" one tanker it owns. The count is the point of the
    first, so the words shared around it (the verb, the counted thing) do not make the pair
    one fact, however many they are (``figure_untold`` alone is read only for pairs tied by
    few words). Not for claims of one act (a predicate class in common: "eight people were
    killed" / "slaughtering people"), where a count told by one is read as ``figure_untold``
    and ``toll_untold`` read it."""
    if not a.predicates.isdisjoint(b.predicates) or not figure_untold(a, b):
        return False
    told, untold = (a, b) if a.numbers else (b, a)
    return not told.number_contexts.isdisjoint(untold.tokens)


def toll_untold(a: MatchKey, b: MatchKey) -> bool:
    """One claim gives a figure and a toll word (someone dead, killed, injured: ``_tolls``),
    the other neither a figure nor a toll word: "At least 14 dead after ferry sinks in the
    Orlen Strait" tells how many died, "A ferry sank in the Orlen Strait on Saturday" only
    that it sank. The toll is the point of the first, which the other does not say (and
    which may conflict with another outlet's), so a name shared around it does not make
    the pair one fact, as it may for other figures (``figure_untold``)."""
    if bool(a.numbers) == bool(b.numbers):
        return False
    told, untold = (a, b) if a.numbers else (b, a)
    tolls = _tolls()
    # "Dozens were killed": a toll told vaguely, a toll word all the same
    return not tolls.isdisjoint(told.tokens) and tolls.isdisjoint(untold.tokens)


#: A zero toll told by a negation before the noun, as a key's surface opens: "no one was
#: injured", "nobody has been killed", "none of the crew were hurt", and with a verb that
#: takes no "been" ("no one has died", "nobody died"); not a modal ("no one will die").
_ZERO_TOLL = re.compile(
    r"(?:no one|nobody|none of (?:the |its |their )?[a-z]+)"
    r" (?:(?:was|were|is|are|got|(?:has|have|had)(?: been)?) )?(?!(?:will|would|could|can|may|"
    r"might|must|should|shall) )(?:[a-z]+ly )?[a-z]+(?![a-z])"
)
#: Words of a key that say nothing of which harm befell whom: the negation and the "1" a
#: key reads in "no one".
_ZERO_WORDS = frozenset({"not", "1"})


def zero_against_count(a: MatchKey, b: MatchKey) -> bool:
    """One claim tells a zero toll ("No one was injured": ``_ZERO_TOLL``, a toll predicate
    of ``_tolls``) and the other, affirmed, counts the same harm ("Two people were injured
    by falling rocks"): one outlet's "none" against another's figure, one fact however few
    words they share. Every other word of the zero claim must be in the count's: "No one
    was injured in the second blast" says nothing of the "two injured in the first blast";
    a group noun counts as there when the count names its members ("None of the crew were
    hurt" / "Two sailors were hurt": data/group_members.txt).
    Nor may the count name an event (data/event_nouns.txt) the zero claim does not: "The
    blast injured 300 people" may be another event's toll than the one nobody was hurt in."""
    for zero, count in ((a, b), (b, a)):
        if not zero.negated or count.negated or not count.numbers:
            continue
        if _ZERO_TOLL.match(zero.surface) is None:
            continue
        harm = _harm_told(zero)
        if not harm or not harm <= _harm_words(count):
            continue
        counted = frozenset(count.tokens)
        rest = frozenset(zero.tokens) - _ZERO_WORDS - harm
        if not harm & zero.predicate_tokens:
            # "No one became sick" / "Nine pupils got sick": the verb before a state only
            # links it to whom it befell
            rest -= zero.predicate_tokens | _linking_words(zero.surface, harm)
        # "None of the crew were hurt" / "Two sailors were hurt": the count names the group
        # by its members (data/group_members.txt)
        rest = frozenset(
            w for w in rest if _group_members().get(w, frozenset()).isdisjoint(counted)
        )
        events = _event_words().intersection(count.tokens)
        if rest <= counted and events <= frozenset(zero.tokens):
            return True
    return False


def _harm_told(key: MatchKey) -> frozenset[str]:
    """The harm a key tells: its toll predicate ("No one was injured"), or else a state of
    data/harm_states.txt after its verb ("No one fell ill": the verb "fell" is no harm)."""
    return (
        key.predicate_tokens & _tolls()
        or _harm_states().intersection(key.tokens)
        or _care_told(key.surface)
    )


def _harm_words(key: MatchKey) -> frozenset[str]:
    """Where a count's harm may stand: its predicate, its states of data/harm_states.txt and
    its place of care ("taken to hospital")."""
    return key.predicate_tokens | _harm_states().intersection(key.tokens) | _care_told(key.surface)


def _care_told(surface: str) -> frozenset[str]:
    """The place of care a claim puts people in, as a key writes it: "hospital" of "were
    taken to hospital", "remain in hospital" (the phrases of the hospitalization event of
    data/counted_events.txt): "No one was taken to hospital" / "Two workers were taken to
    hospital" tell one toll. The noun alone ("the hospital said") puts no one there."""
    return frozenset(token for phrase, token in _care_phrases() if f" {phrase}" in f" {surface}")


@lru_cache(maxsize=1)
def _care_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase as a surface writes it, the key token of its last word) for each member of
    two words of the hospitalization event of data/counted_events.txt."""
    phrases = []
    for line in data_lines("counted_events.txt"):
        event, _, members = line.partition(":")
        if event.strip() != "hospitalization":
            continue
        for member in (m.strip() for m in members.split(",")):
            if " " in member:
                phrases.append((member, normalize_text(member.split()[-1]).text))
    return tuple(phrases)


def _linking_words(surface: str, states: frozenset[str]) -> frozenset[str]:
    """The key words of the word right before each of ``states`` in ``surface``: the verb
    that links the state to whom it befell ("became" of "became sick")."""
    words = surface.split()
    linking = (normalize_text(before).text for before, word in pairwise(words) if word in states)
    return frozenset(w for w in linking if w)


@lru_cache(maxsize=1)
def _harm_states() -> frozenset[str]:
    """data/harm_states.txt as a key writes its words ("ill", "sick")."""
    words = (normalize_text(line.strip()).text for line in data_lines("harm_states.txt"))
    return frozenset(w for w in words if w and " " not in w)


@lru_cache(maxsize=1)
def _group_members() -> dict[str, frozenset[str]]:
    """data/group_members.txt as a key writes its words: each group noun's member nouns."""
    groups: dict[str, frozenset[str]] = {}
    for line in data_lines("group_members.txt"):
        group, _, members = line.partition(":")
        words = (normalize_text(m.strip()).text for m in members.split(","))
        groups[normalize_text(group.strip()).text] = frozenset(w for w in words if w)
    return groups


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The words of data/event_nouns.txt as a key writes them ("blast", "eruption")."""
    words = (
        normalize_text(word.strip()).text
        for line in data_lines("event_nouns.txt")
        for word in line.partition(":")[2].split(",")
    )
    return frozenset(t for t in words if t and " " not in t)


#: The events of data/counted_events.txt that befall people and make a toll.
_TOLL_EVENTS = ("death", "injury")


@lru_cache(maxsize=1)
def _tolls() -> frozenset[str]:
    """The words of a toll as a key writes them: the death and injury members of
    data/counted_events.txt ("killed" as its predicate class) and data/toll_words.txt."""
    words: list[str] = list(data_lines("toll_words.txt"))
    for line in data_lines("counted_events.txt"):
        event, _, members = line.partition(":")
        if event.strip() in _TOLL_EVENTS:
            words += [m.strip() for m in members.split(",") if " " not in m.strip()]
    tokens = (normalize_text(word).text for word in words)
    return frozenset(t for t in tokens if t and " " not in t)


@lru_cache(maxsize=1)
def _counts() -> frozenset[str]:
    """The vague quantities of data/vague_quantities.txt ("dozens", "thousands") as a key
    writes them, but "some", which is said of anything."""
    return frozenset(
        stem(word)
        for line in data_lines("vague_quantities.txt")
        for word in line.split()
        if word != "some"
    )


def _names_meet(a: MatchKey, b: MatchKey) -> bool:
    """The claims name one party: the same name, a name in full and by its surname
    (``name_variants``), or a one-word name one claim marks and the other leaves as a word
    ("ent_konrad" / "konrad")."""
    names_a, names_b = _names(a), _names(b)
    if not names_a.isdisjoint(names_b):
        return True
    words_a, words_b = frozenset(a.tokens) | names_a, frozenset(b.tokens) | names_b
    if name_variants(words_a, words_b):
        return True
    return _bare_name_in(names_a, words_b) or _bare_name_in(names_b, words_a)


def _names(key: MatchKey) -> frozenset[str]:
    """The key's names, its subject's and its agent's among them (a subject's name may be
    read as words in the claim's text)."""
    return frozenset(key.entities) | key.subject | key.agent


def _bare_name_in(names: frozenset[str], words: frozenset[str]) -> bool:
    bare = {e[len(ENTITY_PREFIX) :] for e in names if "_" not in e[len(ENTITY_PREFIX) :]}
    return not bare.isdisjoint(words)
