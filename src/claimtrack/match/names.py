"""Names: a name given in full in one claim and by a bare surname in the other is one
person (``name_variants``, read by the frame similarity); two claims whose named subjects
share no name, or whose named subjects swap places ("Iran attacked Israel" / "Israel attacked
Iran"), report what two parties did (``other_parties``, ``names_apart``, ``swapped_parties``:
the grouping keeps them apart)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

from claimtrack.normalize import (
    CLASS_PREFIX,
    ENTITY_PREFIX,
    LONG_NAME,
    MatchKey,
    data_lines,
    stem,
)

#: A claim's tokens (``MatchKey.tokens``) or a subject's (a set).
_Words = tuple[str, ...] | frozenset[str]
#: Entity tokens: a key's (``MatchKey.entities``, a sorted tuple) or a subject's (a set).
_Names = tuple[str, ...] | frozenset[str]


def name_variants(a: _Words, b: _Words) -> int:
    """How many names one claim gives in full and the other by a bare surname: "Gov. Maria
    Alvarez" (one entity token) and "Ms. Alvarez" (the parser's plain "alvarez", or an entity
    of one word) are one person, though no token is shared. Two full names that end alike
    ("North Korea", "South Korea") are not matched, nor a name that ends in a common word
    ("United States" / "state media": data/institution_words.txt)."""
    surnames_a, bare_a = _name_sets(a)
    surnames_b, bare_b = _name_sets(b)
    return len(surnames_a & bare_b) + len(bare_a & surnames_b)


def one_person(a: MatchKey, b: MatchKey) -> bool:
    """One claim's subject is a name in full and the other's the same name by its surname
    ("Defense Secretary Jim Mattis" / "Mattis"): one subject, though no entity token is
    shared. "North Korea" and "South Korea" are not one (``name_variants``); a name "X of
    Y" may be a bare "X" (``subject_name_sets``)."""
    surnames_a, bare_a = subject_name_sets(a.subject)
    surnames_b, bare_b = subject_name_sets(b.subject)
    return not (surnames_a.isdisjoint(bare_b) and bare_a.isdisjoint(surnames_b))


@lru_cache(maxsize=1 << 12)
def subject_name_sets(subject: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``_name_sets`` of a subject, where a name "X of Y" also goes by its head: "the House"
    and "Members of the House of Representatives" may be one subject. Only for telling
    subjects apart: "Bank of England" is never "Bank of America" (neither is a bare head).
    Its own memo, not ``_name_sets``': the subject column reads every distinct subject once
    (``ClaimTable.subject_name_sets``), and would fill that one for nothing."""
    surnames, bare = _name_sets.__wrapped__(subject)
    heads = frozenset(head for token in subject if (head := _head_before_of(token)))
    joined = frozenset(form for token in subject if (form := _joined_name(token)))
    return surnames | heads | joined, bare | joined


#: What stands between the word forms ``_joined_name`` sorts together.
_JOINED = "+"


def _joined_name(token: str) -> str | None:
    """The words of a name of several words, sorted and joined, whatever joins them in the
    text: "the Marvik-Dorn line" and "the line between Marvik and Dorn" name one subject
    though the parser reads one entity "Marvik-Dorn" and the other "Marvik and Dorn". None
    for a name of one word (a plain surname test covers it)."""
    if not token.startswith(ENTITY_PREFIX):
        return None
    words = sorted(
        {stem(w) for w in token[len(ENTITY_PREFIX) :].split("_") if w not in NAME_CONNECTORS}
    )
    return _JOINED.join(words) if len(words) > 1 else None


def _head_before_of(token: str) -> str | None:
    """The stem of the first word of an entity named "X of Y" (ent_house_of_representatives:
    "hous"), or None."""
    if not token.startswith(ENTITY_PREFIX):
        return None
    words = token[len(ENTITY_PREFIX) :].split("_")
    return stem(words[0]) if len(words) > 2 and words[1] == "of" else None


@lru_cache(maxsize=1 << 16)
def _name_sets(tokens: _Words) -> tuple[frozenset[str], frozenset[str]]:
    """(the stemmed last words of the claim's names of several words, its bare names: the
    stems of its one-word names and its plain words)."""
    surnames: set[str] = set()
    bare: set[str] = set()
    for token in tokens:
        surname, bare_name = name_forms(token)
        if surname is not None:
            surnames.add(surname)
        elif bare_name is not None:
            bare.add(bare_name)
    # a claim that holds both forms of a name already shares it as a token
    return frozenset(surnames - bare), frozenset(bare - surnames)


def name_forms(token: str) -> tuple[str | None, str | None]:
    """What one token gives ``_name_sets``: (the stem of its last word, for a name of several
    words; its bare name, for a name of one word or a plain word). None where it gives none
    (a name that ends in an institution word: "United States")."""
    if not token.startswith(ENTITY_PREFIX):
        bare = _POSSESSIVE.sub("", token)  # "Cohen's deals": Cohen
        return None, (bare if bare == token else stem(bare))
    words = [w for w in token[len(ENTITY_PREFIX) :].split("_") if w not in NAME_CONNECTORS]
    if len(words) > 1:
        last = stem(words[-1])
        return (None if last in _institution_words() else last), None
    if len(words) == 1:
        return None, stem(words[0])
    return None, None


_POSSESSIVE = re.compile("['\u2019]s?$")


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in data_lines("institution_words.txt"))


#: Words inside a name that do not tell one party from another ("Bank of the West").
NAME_CONNECTORS = frozenset({"and", "of", "the", "for", "in", "on", "at", "to", "de", "al", "s"})
#: Shortest stem two name words must share to be one name ("Iran" / "Iranian").
NAME_STEM = 4


def other_parties(a: MatchKey, b: MatchKey) -> bool:
    """Each claim's subject is a name, and neither claim names the other's: "Oman suspended
    talks with Qatar" and "Egypt broke off negotiations with Jordan" read alike but report
    what two parties did. Names meet word by word ("Gafous" is "Gegil Gafous") and by a
    shared stem ("Iranian" is "Iran"); aliases ("Tehran") are folded before.

    Only named subjects decide: the other names of a claim are often incomplete (a name
    the parser missed, "I'm" taken for one), and "92 injured in the province" / "92
    injured in its capital" may report one toll. Decided for grouping, not in ``is_match``:
    a paraphrase test pairs sentences whose names were cut ("the minister" / "Netanyahu")."""
    if not names_apart(a.agent, b.agent):
        return False
    # A named subject is one of its claim's names even where the parser's entities missed it
    # ("Skyline carried 41 million passengers" has "Skyline" as a name only through the
    # corpus's "Skyline Air"): a claim that names nobody else names no other party.
    names_a, names_b = frozenset(a.entities) | a.agent, frozenset(b.entities) | b.agent
    if names_apart(a.agent, names_b) and names_apart(b.agent, names_a):
        return True
    return swapped_parties(a, b)


def swapped_parties(a: MatchKey, b: MatchKey) -> bool:
    """Each claim's named subject stands in the other claim as another party, for the same
    kind of act: "Iran attacked Israel" / "Israel attacked Iran", "Velmora accused Castria"
    / "Castria accused Velmora". The same words, but what each party did to the other: two
    acts.

    Left alone: acts two parties do together (``data/symmetric_predicates.txt``: "Iran met
    Oman" is "Oman met Iran"), and a claim that may be passive ("by", or "was" before a
    participle), whose subject is not its actor ("Israel was attacked by Iran")."""
    if not names_apart(a.agent, b.agent) or not _same_act(a, b):
        return False
    if _may_be_passive(a) or _may_be_passive(b):
        return False
    return _names_meet(a.agent, frozenset(b.entities) - b.agent) and _names_meet(
        b.agent, frozenset(a.entities) - a.agent
    )


def _same_act(a: MatchKey, b: MatchKey) -> bool:
    """One kind of act that two parties do not do together: a shared predicate class, or
    the same word right after each named subject ("velmora accus castria")."""
    symmetric = symmetric_acts()
    classes = a.predicate_tokens & b.predicate_tokens
    if classes:
        return not classes <= symmetric
    act = _act_after_agent(a)
    return act is not None and act == _act_after_agent(b) and act not in symmetric


def _act_after_agent(key: MatchKey) -> str | None:
    """The token after the named subject the claim opens with (None when it opens with
    another word): its verb, as stop words are gone from ``text``."""
    names = key.agent | _name_words(key.agent)
    tokens = key.text.split()
    if not tokens or tokens[0] not in names:
        return None
    rest = [token for token in tokens if token not in names]
    return rest[0] if rest and tokens.index(rest[0]) > 0 else None


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """A name of one set is a name of the other (word for word, or by ``one_name``)."""
    names_a, names_b = _name_words(a), _name_words(b)
    return bool(names_a & names_b) or _one_name_across(names_a, names_b)


#: "by" may name a passive verb's actor; a form of "be" before a participle makes one.
_PASSIVE = re.compile(
    r"\bby\b|\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b"
)


def _may_be_passive(key: MatchKey) -> bool:
    return _PASSIVE.search(key.surface) is not None


@lru_cache(maxsize=1)
def symmetric_acts() -> frozenset[str]:
    """The class tokens ("@meet") and verb stems ("fac") of ``data/symmetric_predicates.txt``."""
    lines = data_lines("symmetric_predicates.txt")
    return frozenset(line if line.startswith(CLASS_PREFIX) else stem(line) for line in lines)


def names_apart(a: _Names, b: _Names) -> bool:
    """Both sets of entity tokens name someone, and no name of one is a name of the other."""
    names_a, names_b = _name_words(a), _name_words(b)
    if not names_a or not names_b or names_a & names_b:
        return False
    return not _one_name_across(names_a, names_b)


def _one_name_across(names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """``one_name(x, y)`` of some ``x`` of ``names_a`` and ``y`` of ``names_b``, two sets
    with no word in common: a word of one, at least ``NAME_STEM`` long, opens a longer word
    of the other. WHY as set tests: the scorer asks this of tens of thousands of pairs
    (``other_parties``), and trying every word against every word was most of its time;
    each set's openings are worked out once (``_name_openings``)."""
    return not (
        names_a.isdisjoint(_name_openings(names_b)) and names_b.isdisjoint(_name_openings(names_a))
    )


@lru_cache(maxsize=1 << 16)
def _name_openings(names: frozenset[str]) -> frozenset[str]:
    """Every opening of each word of ``names`` at least ``NAME_STEM`` long and shorter than
    the word: "iran" and "irani" of "iranian"."""
    return frozenset(name[:size] for name in names for size in range(NAME_STEM, len(name)))


def one_name(x: str, y: str) -> bool:
    """The shorter name, at least ``NAME_STEM`` long, opens the longer ("Iran" / "Iranian").
    Equal short names are not caught here: callers that need them test ``x == y`` first."""
    short, long = (y, x) if len(y) < len(x) else (x, y)
    return len(short) >= NAME_STEM and long.startswith(short)


@lru_cache(maxsize=1 << 16)
def _name_words(entities: _Names) -> frozenset[str]:
    words = (w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_"))
    return frozenset(w for w in words if w and w not in NAME_CONNECTORS)


def plain_words(key: MatchKey) -> Collection[str]:
    """The claim's tokens that are no word of a name it gives: not its entity tokens, nor
    the words of its names' canonical forms ("Wal-Mart" is two tokens, "wal" and "mart",
    beside its entity), nor a negation (``frames.tying_words``)."""
    if not key.entities:
        # no name to take out (most claims): the tokens themselves, no copy
        return key.tokens if "not" not in key.tokens else _plain_words(key.tokens, _NO_NAMES)
    return _plain_words(key.tokens, key.entities)


_NO_NAMES: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 16)
def _plain_words(tokens: tuple[str, ...], entities: _Names) -> frozenset[str]:
    return _words_outside(tokens, _name_groups(entities))


def _words_outside(tokens: tuple[str, ...], groups: Iterable[frozenset[str]]) -> frozenset[str]:
    pieces = frozenset().union(*groups)
    return frozenset(t for t in tokens if t != "not" and t not in pieces)


def each_plain_words(keys: Iterable[MatchKey]) -> Iterator[Collection[str]]:
    """``plain_words`` of each key in turn, past the memos of ``_plain_words`` and
    ``_name_groups``.

    WHY: the scorer's per-claim table reads each (distinct) key once, so the memos gain it
    nothing, while filling them kept their 65,536 entries each (the words' and the names'
    sets: 80 MB at 2,000 articles, tracemalloc) alive through scoring, the run's peak.
    Built here, each set is freed once the table has counted it.

    The words to take out are the union of ``_name_groups``, read straight from the entity
    tokens: building each group (a sort, a join and a split per name, a set per group) for
    every key again was two thirds of this column's cost. Each entity's own pieces are
    worked out once among the recent ones (as ``each_spare_name_words`` keeps its groups),
    a key's the union of its entities': not once per key that names it (0.37 CPU s down
    to 0.29 for the column at 2,000 articles)."""
    entity_pieces: dict[str, frozenset[str]] = {}
    for key in keys:
        tokens, entities = key.tokens, key.entities
        if not entities:
            # as ``plain_words``: no name to take out, the tokens themselves
            yield frozenset(tokens).difference(_NOT) if "not" in tokens else tokens
            continue
        pieces: frozenset[str] | None = None
        for entity in entities:
            own = entity_pieces.get(entity)
            if own is None:
                if len(entity_pieces) >= _RECENT_ENTITIES:
                    entity_pieces.clear()
                own = entity_pieces[entity] = frozenset(_name_pieces((entity,)))
            pieces = own if pieces is None else pieces.union(own)
        yield frozenset(tokens).difference(pieces or (), _NOT)


_NOT = ("not",)


def _name_pieces(entities: _Names) -> set[str]:
    """The union of ``_name_groups(entities)``: the entity tokens and the stems of their
    words that are no connector. A name taken apart at "and" keeps the same words ("and"
    is a connector itself); an empty word ("ent_a__b") is none."""
    pieces = set(entities)
    for entity in entities:
        pieces.update(
            stem(word)
            for word in entity[len(ENTITY_PREFIX) :].split("_")
            if word and word not in NAME_CONNECTORS
        )
    return pieces


def names_shared(a: MatchKey, b: MatchKey, untied: Collection[str] = ()) -> int:
    """How many names the words the two claims share make: a name of several words counts
    once ("Wal-Mart" is "wal" and "mart"), as either claim reads its names, the one that
    finds fewer deciding (a claim that took no name there sees two plain words); names the
    parser joined ("Sasha and Malia Obama") count one by one. Shared words of ``untied``
    (words that tie nothing: "Thursday") are left out."""
    shared = frozenset(a.tokens).intersection(b.tokens).difference(("not",), untied)
    return min(_names_touched(a.entities, shared), _names_touched(b.entities, shared))


def spare_name_words(key: MatchKey) -> int:
    """How many more tokens than one the claim's names written as one word take
    ("Brant-Holloway" is "brant" and "holloway": one spare): the frame similarity's link by
    similarity alone counts such a name once, as it counts a name that became one entity
    token. A name of ``LONG_NAME`` words or more is left as words by the normalizer on
    purpose (more often a title and a name, or a title-case headline, than one name): its
    words count as words."""
    if not key.entities:
        return 0
    return _spare_in(frozenset(key.tokens), _name_groups(key.entities))


def each_spare_name_words(keys: Iterable[MatchKey]) -> Iterator[int]:
    """``spare_name_words`` of each key in turn, past the memo of ``_name_groups`` (as
    ``each_plain_words``, for the scorer's per-claim table)."""
    # A key's groups are its entities' groups (``_name_groups`` takes each entity alone),
    # and only the short names' count: worked out once per entity, not once per key (30,000
    # entity tokens in 110,000 keys at 2,000 articles), each group as a tuple of its
    # distinct tokens. Emptied past ``_RECENT_ENTITIES``: keys come story by story, and a
    # story's names recur within it, so recent names catch most repeats without a table of
    # every name of the corpus alive in the scorer, the run's peak (at most 3 MB).
    short_groups: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key in keys:
        entities = key.entities
        if not entities:
            yield 0
            continue
        words = frozenset(key.tokens)
        spare = 0
        for entity in entities:
            groups = short_groups.get(entity)
            if groups is None:
                if len(short_groups) >= _RECENT_ENTITIES:
                    short_groups.clear()
                groups = short_groups[entity] = tuple(
                    tuple(g) for g in _entity_groups(entity) if _parts(g) < LONG_NAME
                )
            for group in groups:
                shown = sum(1 for token in group if token in words)
                if shown > 1:
                    spare += shown - 1
        yield spare


#: The entities whose groups ``each_spare_name_words`` keeps at once. At 2,000 articles
#: 16,384 take the column from 0.48 to 0.28 CPU s; 4,096 to 0.37, 1,024 gain nothing.
_RECENT_ENTITIES = 16_384


def _spare_in(words: frozenset[str], groups: tuple[frozenset[str], ...]) -> int:
    """The tokens of ``words`` beyond the first that each short name of ``groups`` shows
    as. Short: fewer than ``LONG_NAME`` parts in its entity token, connectors included. A
    name that short is left as words only when it is one written word with a hyphen
    ("Brant-Holloway"): the normalizer makes one token of any other name of two words."""
    return sum(
        max(0, len(group & words) - 1)
        for group in groups
        if not group.isdisjoint(words) and _parts(group) < LONG_NAME
    )


def _parts(group: frozenset[str]) -> int:
    """How many parts the name of a ``_name_groups`` group has, connectors included."""
    entity = next(t for t in group if t.startswith(ENTITY_PREFIX))
    return entity.count("_")  # "ent_wal_mart": the prefix's and one between two parts


def shared_words(a: MatchKey, b: MatchKey, shared: int) -> int:
    """``shared`` content words (the claims' common tokens, "not" aside) with a shared name
    written as one word counted once (``spare_name_words``), as the claim that reads more
    of it as a name counts it: what the link by similarity alone is tested on."""
    if shared < 2:
        return shared
    common = frozenset(a.tokens).intersection(b.tokens).difference(("not",))
    spare = max(
        _spare_in(common, _name_groups(a.entities)) if a.entities else 0,
        _spare_in(common, _name_groups(b.entities)) if b.entities else 0,
    )
    return max(1, shared - spare)


def _names_touched(entities: _Names, words: frozenset[str]) -> int:
    groups = _name_groups(entities)
    touched = sum(1 for group in groups if not group.isdisjoint(words))
    return touched + len(words.difference(*groups))


@lru_cache(maxsize=1 << 16)
def _name_groups(entities: _Names) -> tuple[frozenset[str], ...]:
    """Each name of the claim as the tokens it may show as: its entity token and the stems
    of its words, a name joined to another by "and" taken apart."""
    return tuple(group for entity in sorted(entities) for group in _entity_groups(entity))


def _entity_groups(entity: str) -> tuple[frozenset[str], ...]:
    """``_name_groups`` of one entity token: each entity's groups are its own."""
    words = entity[len(ENTITY_PREFIX) :].split("_")
    return tuple(
        frozenset([entity, *[stem(w) for w in name.split() if w not in NAME_CONNECTORS]])
        for name in " ".join(words).split(" and ")
    )
