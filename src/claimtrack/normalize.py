"""Normalize stage: a Claim -> the key the matcher compares, computed once per claim.

The key folds case, punctuation and typographic quotes, stems words lightly, drops stop words,
replaces entity aliases by one token ("U.S." and "Washington" -> ``ent_united_states``),
writes numbers one way ("1,200" and "1200" -> ``1200``, "5.3 million" -> ``5300000``) and
replaces news predicates by their synonym class ("halted", "suspends", "called off" ->
``@halt``). Every table is a data file under ``claimtrack/data``; ``Options.predicate_file``
adds predicate classes in the same format.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import itertools
import logging
import math
import operator
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from claimtrack.collector import collection_paused, share_equal_values
from claimtrack.models import Claim
from claimtrack.options import Options
from claimtrack.parse.dates import CALENDAR_NAMES
from claimtrack.parse.entities import alias_table
from claimtrack.parse.lemmas import irregular_lemmas, verbs
from claimtrack.parse.numbers import SCALE_FACTORS
from claimtrack.parse.referents import speaker_pronouns
from claimtrack.parse.tables import sections

log = logging.getLogger(__name__)

ENTITY_PREFIX = "ent_"
CLASS_PREFIX = "@"
#: Longest predicate phrase, in words, looked up in the synonym table.
MAX_PHRASE = 4
#: Longest entity name, in words, looked up across the corpus.
MAX_NAME_WORDS = 5
#: Names of this many words or more stay words: more often a title-case headline or a title
#: with a name ("Defense Secretary Jim Mattis") than one name to fold into a token.
LONG_NAME = 3

#: Scale words after a figure, read as the parser reads them: "m" after a figure is millions
#: there, never metres. "dozen" is a scale word here too ("four dozen" = 48).
_SCALES = {"dozen": 12.0, **SCALE_FACTORS}
_SMALL_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_TOKEN = re.compile(r"ent_[a-z0-9_]+|\d[\d,]*(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|%")
_ENTITY_TOKEN = re.compile(r"ent_[a-z0-9_]+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "—": " ", "–": " "})


@dataclass(frozen=True)
class Tables:
    """The word tables normalization and judging share, loaded once per option set."""

    stop_words: frozenset[str]
    lemmas: dict[str, str]
    #: stemmed phrase (tuple of stems) -> predicate class name
    predicates: dict[tuple[str, ...], str]
    #: predicate class -> frame id: classes that describe one event frame
    frames: dict[str, str]
    antonyms: frozenset[frozenset[str]]
    #: negated predicate class -> the class it means ("not attend" -> "skip")
    negated_classes: dict[str, str]
    negations: frozenset[str]
    scope_words: frozenset[str]
    #: (compiled alias pattern, canonical token) pairs, case-sensitive then case-insensitive
    alias_patterns: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = field(default=())
    #: stems of the verbs that ask for an act ("urged X to suspend"): data/directive_verbs.txt
    directives: frozenset[str] = frozenset()

    @functools.cached_property
    def alias_tokens(self) -> frozenset[str]:
        """The entity tokens the alias table folds names to ("ent_united_states")."""
        return frozenset(token for _, mapping in self.alias_patterns for token in mapping.values())

    @functools.cached_property
    def phrase_starts(self) -> frozenset[str]:
        """First words of every predicate phrase: most tokens start none."""
        return frozenset(phrase[0] for phrase in self.predicates)

    @functools.cached_property
    def phrase_sizes(self) -> dict[str, tuple[int, ...]]:
        """First word of a predicate phrase -> the lengths of its phrases (up to
        ``MAX_PHRASE``), longest first: most first words open phrases of one length only,
        so ``replace_predicates`` looks up those, not every length up to ``MAX_PHRASE``."""
        sizes: dict[str, set[int]] = {}
        for phrase in self.predicates:
            if len(phrase) <= MAX_PHRASE:
                sizes.setdefault(phrase[0], set()).add(len(phrase))
        return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}

    @functools.cached_property
    def contractions(self) -> dict[str, tuple[str, ...]]:
        """A pronoun with its verb run in -> the two words ("he's" -> he is): "He's not a
        target" and "He is not a target" then share their surface words."""
        return {
            form: tuple(words) for form, *words in map(str.split, data_lines("contractions.txt"))
        }

    @functools.cached_property
    def word_forms(self) -> dict[str, tuple[int, str, bool]]:
        """token -> how ``tokenize`` reads it out of context, filled as words are met: a corpus
        repeats a few thousand words, and each was stemmed and looked up again per claim."""
        return {}

    @functools.cached_property
    def subjects(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], tuple[Any, Any]]:
        """(subject, the entities that bear on it) -> ``_subject_and_agent``, filled as
        subjects are met: a corpus names a few thousand subjects, over and over."""
        return {}

    @functools.cached_property
    def subject_words(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], tuple[str, ...]]:
        """(subject, the claim's entities) -> ``_subject_words``, filled as subjects are met."""
        return {}

    @functools.cached_property
    def entity_readings(self) -> dict[tuple[str, str], tuple[tuple[str, str], bool] | None]:
        """(mention, canonical) -> ``_entity_reading``, filled as entities are met: a corpus
        names a few thousand people, places and bodies, in claim after claim (2.4 us an
        entity read afresh, half a second at 2,000 articles in the main process)."""
        return {}

    @functools.cached_property
    def alias_folding(self) -> _AliasFolding:
        return _AliasFolding(self.alias_patterns)

    @property
    def negative_classes(self) -> frozenset[str]:
        """Classes that are themselves a "no" (skip, halt, refuse...)."""
        return frozenset(self.negated_classes.values())

    def frame_of(self, predicate_class: str) -> str:
        return self.frames.get(predicate_class, predicate_class)

    def are_antonyms(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.antonyms


@dataclass(frozen=True, slots=True)
class MatchKey:
    """What the matcher sees of a claim, computed once.

    ``text`` is the space-joined normalized token sequence that rapidfuzz scores; the sets
    feed the agreement features and the vetoes.
    """

    text: str
    #: the distinct tokens of ``text``, sorted, each string interned. WHY a tuple: a key's
    #: frozenset of tokens was half its memory (about 670 bytes, a tuple of them 110: 30 MB
    #: less at 1,000 articles). Readers that need set operations pass the tuple to a set's
    #: method (``isdisjoint``, ``intersection``) or take ``frozenset(key.tokens)``.
    tokens: tuple[str, ...]
    numbers: frozenset[str] = frozenset()
    negated: bool = False
    predicates: frozenset[str] = frozenset()
    #: the entity tokens, distinct and sorted. WHY a tuple: a frozenset of one or two names
    #: is 216 bytes, a tuple of them 56 to 64 (50 MB at 10,000 articles, where three keys in
    #: five name someone and most sets of names are their key's own). Readers that need set
    #: operations pass the tuple to a set's method, as for ``tokens``.
    entities: tuple[str, ...] = ()
    #: event frames of the predicates: "suspend" and "rule out" share one
    frames: frozenset[str] = frozenset()
    #: the folded words before stemming and stop-word removal, for a surface score; read
    #: without the parser's entities when the key has any (as ``plain``). WHY one field:
    #: the pair features read those words alone where the key has them, and the words with
    #: the entities folded were a dead string in three keys of five (40 MB at 10,000 articles)
    surface: str = ""
    #: a negation was folded into a predicate ("not attend" -> skip); the claim's own
    #: ``negated`` flag then no longer describes the key
    negation_folded: bool = False
    #: the content word each negation applies to ("did not find the weapon" -> "find")
    negated_heads: frozenset[str] = frozenset()
    #: the token right after each figure, what it counts ("38-word oath" -> "word")
    number_contexts: frozenset[str] = frozenset()
    #: the class tokens of the predicates ("@halt")
    predicate_tokens: frozenset[str] = frozenset()
    #: entity tokens of the claim's subject, when the parser found one ("Tehran" -> ent_iran)
    subject: frozenset[str] = frozenset()
    #: ``subject`` when the subject is a name and nothing else ("Oman", "the Islamic
    #: Republic"), the party that acts; empty for "Death toll in the Velcor fire"
    agent: frozenset[str] = frozenset()
    #: ``text`` without the parser's entities (the alias table still applies), for the pair
    #: features: the parser may fold a name into one token in one sentence and not in the
    #: other ("DVD-CCA" / "DVD CCA"), or take a title-case headline for a name. Empty when
    #: the parser found no entity (then it equals ``text``).
    plain: str = ""
    #: the subject's own words besides names and figures, as the key writes them ("Schools
    #: in the north" -> school, north); empty when the parser found no subject or it is only
    #: a name or a pronoun (``match.subjects``)
    #: (sorted, a tuple: a third of a small frozenset's memory, over hundreds of thousands of
    #: distinct subjects in an archive)
    subject_words: tuple[str, ...] = ()
    #: for a claim that tells when or how a statement was made ("The ministry said on
    #: Monday", split from the statement it tags), the tokens of the statement's own claims
    #: (sorted): two such claims tell one statement only if these meet
    #: (``match.statements``). Empty for every other claim.
    statement_words: tuple[str, ...] = ()
    #: the stem of the first word of the parser's predicate ("would pay" -> "pay", "fell in"
    #: -> "fall"), empty when the parser found none: what a link by similarity alone reads
    #: to tell two acts apart (``match.frames.verbs_apart``)
    verb: str = ""

    @property
    def length(self) -> int:
        """How many tokens ``text`` joins (none holds a space): counted when asked, since
        nothing reads it per pair, rather than held by every key."""
        return len(self.text.split())

    def __reduce__(self) -> tuple[type[MatchKey], tuple[Any, ...]]:
        """Pickled as its field values and rebuilt through ``__init__``: a frozen dataclass's
        own ``__setstate__`` looks its fields up again for every object, and normalize
        workers send every key to the parent (a quarter less time to receive one)."""
        return (MatchKey, _match_key_fields(self))


#: A key's field values, in ``__init__``'s order.
_match_key_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(MatchKey)))


# --- tables ------------------------------------------------------------------------------


def data_lines(name: str) -> list[str]:
    """The stripped lines of one packaged data file, without comments and blank lines."""
    text = resources.files("claimtrack").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return _content_lines(text)


def _content_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _words(lines: Iterable[str]) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


def _class_table(lines: Iterable[str]) -> dict[str, list[str]]:
    """Parse ``name: member, member`` lines."""
    table: dict[str, list[str]] = {}
    for line in lines:
        name, _, members = line.partition(":")
        if not members:
            continue
        table.setdefault(name.strip(), []).extend(
            m.strip() for m in members.split(",") if m.strip()
        )
    return table


@lru_cache(maxsize=8)
def load_tables(predicate_file: Path | None = None) -> Tables:
    """The built-in tables, plus the user's predicate classes when a file is given."""
    # News words and British spellings fold the way irregular forms do ("teens", "favoured").
    lemmas = {
        form: base
        for name in ("lemmas.txt", "news_words.txt", "nominalisations.txt")
        for form, base in (line.split()[:2] for line in data_lines(name))
    }
    stop_words = _words(data_lines("stopwords.txt"))
    classes = _class_table(data_lines("predicates.txt"))
    if predicate_file is not None:
        extra = _class_table(_content_lines(predicate_file.read_text(encoding="utf-8")))
        for name, members in extra.items():
            classes.setdefault(name, []).extend(members)
    predicates: dict[tuple[str, ...], str] = {}
    negations = _words(data_lines("negations.txt"))
    for name, members in classes.items():
        for member in members:
            # negation words inside a phrase ("say no to") read as the tokenizer's "not"
            phrase = tuple(
                "not" if w in negations else stem(w, lemmas) for w in _TOKEN.findall(member.lower())
            )
            if phrase:
                predicates[phrase] = name
    antonyms = frozenset(
        frozenset(line.split()[:2]) for line in data_lines("antonyms.txt") if len(line.split()) > 1
    )
    # Opposites describe one event frame too ("suspended" / "resumed" production).
    groups = [line.split() for line in data_lines("predicate_frames.txt")]
    frames = _join_groups(groups + [sorted(pair) for pair in antonyms])
    return Tables(
        stop_words=stop_words,
        lemmas=lemmas,
        predicates=predicates,
        frames=frames,
        antonyms=antonyms,
        negated_classes=dict(
            tuple(line.split()[:2])  # type: ignore[misc]
            for line in data_lines("negated_predicates.txt")
            if len(line.split()) > 1
        ),
        negations=negations,
        scope_words=_words(data_lines("scope_words.txt")),
        alias_patterns=_alias_patterns(_class_table(data_lines("aliases.txt"))),
        directives=frozenset(stem(w, lemmas) for w in data_lines("directive_verbs.txt")),
    )


def _join_groups(groups: Iterable[Sequence[str]]) -> dict[str, str]:
    """Union of overlapping groups: name -> the smallest name of its joined group."""
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    for group in groups:
        for name in group[1:]:
            first, other = find(group[0]), find(name)
            if first != other:
                parent[max(first, other)] = min(first, other)
    return {name: find(name) for name in parent}


@lru_cache(maxsize=1 << 16)
def entity_token(canonical: str) -> str:
    """The token of a name: its words joined, in lower case, without a closing word that
    only says what kind of body it is (``data/name_designators.txt``: "Valmont FC" and
    "Valmont" are one party)."""
    slug = _NOT_SLUG.sub("_", canonical.lower()).strip("_")
    head, _, last = slug.rpartition("_")
    if head and last in name_designators():
        slug = head
    return ENTITY_PREFIX + slug


@lru_cache(maxsize=1)
def name_designators() -> frozenset[str]:
    """The words of ``data/name_designators.txt`` ("fc", "inc"), in lower case."""
    return frozenset(w.lower() for w in data_lines("name_designators.txt"))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _alias_patterns(
    table: dict[str, list[str]],
) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    # All-capital aliases ("US", "UN") are matched case-sensitively so that the pronoun "us"
    # and the word "un-" stay themselves; the rest case-insensitively.
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for canonical, aliases in table.items():
        token = entity_token(canonical)
        for alias in aliases:
            if alias.upper() == alias:
                exact[alias] = token
            else:
                folded[alias.lower()] = token
    patterns: list[tuple[re.Pattern[str], dict[str, str]]] = []
    for mapping, flags in ((exact, 0), (folded, re.IGNORECASE)):
        if mapping:
            alternation = "|".join(re.escape(a) for a in sorted(mapping, key=len, reverse=True))
            patterns.append((re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", flags), mapping))
    return tuple(patterns)


class _AliasFolding:
    """The alias table's two patterns, run the cheap way when that gives the same text.

    The case-sensitive aliases ("US") are first looked for as a plain alternation, several
    times cheaper than the pattern with its look-behind. The case-insensitive ones run
    case-sensitively on the lower-cased text when text and aliases are ASCII, where ignoring
    case is exactly lower-casing (``re.IGNORECASE`` also pairs "s" with the long s, "k" with
    the Kelvin sign...): 2 us instead of 5.5 per text. That search is skipped for a text
    whose letter runs hold no alias's ``_screen_word`` (most texts): listing the runs costs
    half of what the search did, and listing them as bytes (``_letter_runs``) half again.
    """

    def __init__(self, patterns: Iterable[tuple[re.Pattern[str], dict[str, str]]]) -> None:
        self.exact: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None = None
        self.folded: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None = None
        self.folded_ascii = True
        #: one letter run of each case-insensitive alias, ASCII-encoded; None: every text is
        #: searched
        self.screen: frozenset[bytes] | None = None
        for pattern, mapping in patterns:
            if pattern.flags & re.IGNORECASE:
                # the alternation holds the lower-cased aliases already
                self.folded = (pattern, re.compile(pattern.pattern), mapping)
                self.folded_ascii = all(alias.isascii() for alias in mapping)
                words = [_screen_word(alias) for alias in mapping]
                self.screen = None if None in words else frozenset(w.encode() for w in words if w)
            else:
                aliases = sorted(mapping, key=len, reverse=True)
                needle = re.compile("|".join(re.escape(alias) for alias in aliases))
                self.exact = (pattern, needle, mapping)

    def fold(self, text: str) -> str:
        """Aliases replaced by their tokens, quotes folded, lower case."""
        if self.exact is not None:
            pattern, needle, mapping = self.exact
            if needle.search(text):
                text = pattern.sub(lambda match: f" {mapping[match.group(0)]} ", text)
        if self.folded is None:
            return text.translate(_FOLD).lower()
        pattern, lowered_pattern, mapping = self.folded
        if not (self.folded_ascii and text.isascii()):
            text = _replace_aliases(
                text, text, pattern, lambda alias: _folded_alias(mapping, alias)
            )
            return text.translate(_FOLD).lower()
        lowered = text.lower()
        if self.screen is not None and self.screen.isdisjoint(_letter_runs(lowered)):
            text = lowered  # no alias in it (``_screen_word``)
        else:
            # lower-casing ASCII keeps every offset, so the written case is read from ``text``
            text = _replace_aliases(text, lowered, lowered_pattern, mapping.__getitem__)
        # the one ASCII character the quote folding changes
        return text.replace("`", "'") if "`" in text else text


_LETTER_RUN = re.compile("[a-z]+")
#: Every byte but the ASCII lower-case letters -> a space.
_NOT_LETTER = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _letter_runs(lowered: str) -> list[bytes]:
    """``_LETTER_RUN.findall(lowered)`` of an ASCII text, as bytes: every other byte made a
    space, then split, in C with no match objects (1.6 us a text against 2.9)."""
    return lowered.encode("ascii").translate(_NOT_LETTER).split()


def _screen_word(alias: str) -> str | None:
    """The longest letter run of a lower-case ASCII ``alias``, the last of equal ones
    ("korea" of "north korea": names end in their rarer word), or None when it has none.
    Where the alias pattern finds the alias, neither the character before it nor the one
    after is a word character, so each of its letter runs stands whole among the text's
    own letter runs: a text without that run holds no such alias."""
    runs = _LETTER_RUN.findall(alias)
    return max(reversed(runs), key=len) if runs else None


def _replace_aliases(
    written: str, searched: str, pattern: re.Pattern[str], token_of: Callable[[str], str]
) -> str:
    """``searched`` with every alias ``pattern`` finds replaced by its token, except a
    nickname that is one word of a longer name in ``written`` (same offsets): "Bank of
    America" is a bank, "America First" a slogan, "The Washington Post" a newspaper."""
    pieces: list[str] = []
    done = 0
    for match in pattern.finditer(searched):
        start, end = match.span()
        alias = match.group(0)
        token = token_of(alias)
        # Only a one-word nickname ("America", "Washington") is read as part of a longer
        # name: a country's own name stays the country ("Xi Jinping of China", "United
        # Nations Security Council", as "UN Security Council" folds).
        nickname = " " not in alias and token != entity_token(alias)
        if nickname and _inside_longer_name(written, start, end, done):
            continue
        pieces += (searched[done:start], f" {token} ")
        done = end
    if not pieces:
        return searched
    pieces.append(searched[done:])
    return "".join(pieces)


#: "<Name> of <alias>" / "<Name> of the <alias>": the alias ends a longer name.
_NAME_OF = re.compile(r"(?:^|\s)([A-Z][\w'.&-]*) of (?:the )?$")


#: A capitalised word right after the alias ("America First", "Washington Post").
_NEXT_NAME = re.compile(r" ([A-Z][a-z][\w'-]*)")


def _title_case(text: str) -> bool:
    """A headline written in title case, where every word is capitalised."""
    words = text.split()
    return sum(word[:1].isupper() for word in words) * 3 > len(words) * 2


def _inside_longer_name(written: str, start: int, end: int, previous_alias_end: int) -> bool:
    """A capitalised alias followed by a capitalised word that is no weekday or month, in
    text not written in title case ("America First", not "in Washington Tuesday"); or one
    preceded by "<capitalised word> of", where that word is neither the text's first word
    ("Most of America") nor the end of an alias itself."""
    if not written[start : start + 1].isupper():
        return False
    following = _NEXT_NAME.match(written, end)
    if following is not None and following.group(1).lower() not in CALENDAR_NAMES:
        return not _title_case(written)
    name_of = _NAME_OF.search(written, max(0, start - 60), start)
    if name_of is None:
        return False
    first_word = not written[: name_of.start(1)].strip()
    return not first_word and name_of.end(1) != previous_alias_end


def _folded_alias(mapping: dict[str, str], alias: str) -> str:
    """The token of an alias matched ignoring case. Not always ``mapping[alias.lower()]``:
    ignoring case, "Waſhington" (a long s) is "washington", but its lower case is itself."""
    token = mapping.get(alias.lower())
    if token is None:
        token = next(
            token
            for written, token in mapping.items()
            if re.fullmatch(re.escape(written), alias, re.IGNORECASE)
        )
    return token


# --- words ---------------------------------------------------------------------------------


_stem_cache: dict[str, str] = {}


def stem(word: str, lemmas: dict[str, str] | None = None) -> str:
    """A light, deterministic stem: irregular forms from the table, then -s/-ed/-ing/-ly/-e.

    Both sides of every comparison go through the same function, so consistency matters more
    than linguistic accuracy ("making" and "make" both give "mak").
    """
    cached = _stem_cache.get(word)
    if cached is not None and lemmas is None:
        return cached
    table = lemmas if lemmas is not None else load_tables(None).lemmas
    result = _stem_rules(table.get(word, word))
    if lemmas is None:
        _stem_cache[word] = result
    return result


def _stem_rules(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if (word.endswith("ies") and len(word) > 4) or (word.endswith("ied") and len(word) > 4):
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 5:
        word = _undouble(word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _undouble(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _undouble(word: str) -> str:
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def _number_value(token: str) -> float | None:
    """The token as a finite number; None for words and for digit runs too long for a float
    ("1,1,1,...,1" over hundreds of digits reads as infinity, which no figure means)."""
    try:
        value = float(token.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# --- keys ----------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _plain_name(mention: str, canonical: str) -> bool:
    """A one-word name written as its canonical form ("Amrozi"), or a "name" too long to be
    one (a title-case headline taken for a name): left as words, so that a parser that
    recognises it in one sentence but not in the other changes nothing."""
    words = len(canonical.split())
    return mention.lower() == canonical.lower() and (words == 1 or words >= LONG_NAME)


def _plain_entities(text: str, known: Sequence[tuple[str, str]]) -> frozenset[str]:
    return frozenset(
        entity_token(canonical)
        for mention, canonical in known
        if mention and mention in text and _plain_name(mention, canonical)
    )


#: "No." before a figure, or a capitalised "No" inside a sentence before one, is the number
#: sign ("the No. 9 shirt", "wore the No 10 jersey"), not the negation "no": read as "number".
_NUMBER_SIGN = re.compile(r"\b[Nn]o\.(?=[ \t]?\d)|(?<=[a-z,][ \t])No(?=[ \t]\d)")


def _may_hold_number_sign(text: str) -> bool:
    """Whether ``_NUMBER_SIGN`` may find something in ``text``: every match of it is "No" or
    "no." as written, so a text holding neither substring has none (two tests in C).

    WHY: the search costs about 5 us a text wherever it fails (its alternatives open with a
    word boundary and a look-behind: no literal prefix to skip to), and almost every text
    holds an "o", the old screen; fold_text runs on every key's text, subject and plain form."""
    return "No" in text or "no." in text


def fold_text(text: str, entities: Sequence[tuple[str, str]], tables: Tables) -> str:
    """Replace entity mentions by their tokens, fold quotes and case."""
    if _may_hold_number_sign(text) and _NUMBER_SIGN.search(text):
        text = _NUMBER_SIGN.sub("number", text)
    if entities:
        # longest mention first; one entity, most claims' case, needs no sort
        ordered = (
            entities if len(entities) == 1 else sorted(entities, key=_mention_length, reverse=True)
        )
        for mention, canonical in ordered:
            # (``in`` first: most of a claim's entities are not in its subject)
            if mention and mention in text and not _plain_name(mention, canonical):
                text = text.replace(mention, f" {_folded_name(canonical)} ")
    return tables.alias_folding.fold(text)


@lru_cache(maxsize=1 << 16)
def _folded_name(canonical: str) -> str:
    """What a name's mention is written as in a key's text: its token, or, for one word
    and a designator ("Valmont FC", ``entity_token``), that word, as the bare one-word name
    is left (``_plain_name``): "Valmont FC" and "Valmont" then read alike."""
    token = entity_token(canonical)
    slug = token[len(ENTITY_PREFIX) :]
    if "_" not in slug and len(canonical.split()) == 2:
        return slug
    return token


def _mention_length(entity: tuple[str, str]) -> int:
    return len(entity[0])


#: How ``tokenize`` reads a token out of context (``Tables.word_forms``).
_WORD, _NEGATION, _NUMBER, _SCALE = range(4)
#: ``Tables.word_forms`` is emptied past this size (every distinct figure is a "word").
_WORD_FORMS_LIMIT = 200_000


def _word_form(token: str, tables: Tables) -> tuple[int, str, bool]:
    """(kind, token to emit, stop word) for a token out of context. A number's token is its
    value written one way, empty when it is no finite number; a scale word ("million") is
    dropped after a number and otherwise an ordinary word."""
    if token in tables.negations or token.endswith("n't"):
        return _NEGATION, "not", False
    token = _SMALL_NUMBERS.get(token, token)
    if token[0].isdigit():
        value = _number_value(token)
        return _NUMBER, "" if value is None else _format_number(value), False
    if token in ("percent", "pct"):
        return _WORD, "%", False
    if token.startswith(ENTITY_PREFIX):
        return _WORD, token, False
    stemmed = stem(token)
    # "noted" stems to the negation token: keep the word, or it would read as "not"
    word = stemmed if stemmed != "not" else token
    if token.endswith("ly") and (stemmed,) in tables.predicates:
        # "scrutinise the deal closely", "speak openly": an adverb the stemmer cut to a
        # predicate's stem ("clos", "open") is no act; no predicate ends in "-ly"
        word = token
    return (_SCALE if token in _SCALES else _WORD), word, token in tables.stop_words


@lru_cache(maxsize=1)
def _number_word_values() -> tuple[dict[str, int], dict[str, int]]:
    """(unit words, scale words) of the parser's number-word table: "eighty" -> 80,
    "hundred" -> 100. Phrases and vague words ("dozens") are not combined here."""
    units: dict[str, int] = {}
    scales: dict[str, int] = {}
    for line in data_lines("number_words.tsv"):
        word, low, _, kind = [*line.split("\t"), "", "", ""][:4]
        if " " in word or not low or kind not in ("unit", "scale") or word == "dozen":
            continue
        (units if kind == "unit" else scales)[word] = int(float(low))
    return units, scales


def _fold_number_words(raw: list[str]) -> list[str]:
    """Runs of number words written as one figure: "five hundred eighty-four" -> "584",
    "twenty one" -> "21". Words join only where a number name continues (a ten then a
    unit, a number then a larger scale, a scale then a smaller number, "and" between a
    scale and a number), so a list like "one, two, three" stays three figures."""
    units, scales = _number_word_values()
    if units.keys().isdisjoint(raw):
        return raw
    raw = _counted_articles(raw, units, scales)
    out: list[str] = []
    index = 0
    while index < len(raw):
        end = _number_phrase_end(raw, index, units, scales)
        if end - index > 1 or (raw[index] in units and raw[index] not in _SMALL_NUMBERS):
            out.append(str(_number_phrase_value(raw[index:end], units, scales)))
        else:
            out.append(raw[index])
        index = end
    return out


def _counted_articles(raw: list[str], units: dict[str, int], scales: dict[str, int]) -> list[str]:
    """``raw`` with "a" read as "one" where it opens a figure counted on past its scale: "a
    hundred and forty houses" is 140 houses, as "one hundred and forty". "A hundred" or "a
    thousand" alone stays a word ("a hundred thousand reasons" is a way of saying many)."""
    if "a" not in raw:
        return raw
    out = list(raw)
    for at in range(len(raw) - 3):
        opens = raw[at] == "a" and raw[at + 1] in scales
        if opens and raw[at + 2] == "and" and raw[at + 3] in units:
            out[at] = "one"
    return out


def _number_phrase_end(
    raw: list[str], start: int, units: dict[str, int], scales: dict[str, int]
) -> int:
    """The end of the number phrase starting at ``start`` (``start`` + 1 when none does)."""
    if raw[start] not in units or raw[start] == "zero":
        return start + 1
    previous = units[raw[start]]  # the last word's value; 0 after a scale word
    group_limit = 10**15  # the last scale that closed a group ("million"): later ones are less
    last_scale = 10**15
    end = start + 1
    while end < len(raw):
        word = raw[end]
        value = units.get(word, 0)
        if word in scales:
            scale = scales[word]
            after_hundred = previous == 0 and last_scale < 1000 <= scale
            if not (previous or after_hundred) or previous >= scale or scale >= group_limit:
                break
            group_limit = scale if scale >= 1000 else group_limit
            previous, last_scale = 0, scale
        elif (0 < value < 10 and previous in range(20, 100, 10)) or (value > 0 and previous == 0):
            previous = value  # "eighty" then "four", or a number after a scale
        elif word == "and" and previous == 0 and units.get(raw[min(end + 1, len(raw) - 1)], 0):
            end += 1
            continue
        else:
            break
        end += 1
    return end


def _number_phrase_value(words: list[str], units: dict[str, int], scales: dict[str, int]) -> int:
    # As the parser adds them up: a scale multiplies what precedes it, and from a thousand
    # up closes a group ("two million three hundred" = 2,000,000 + 300).
    total = current = 0
    for word in words:
        if word in scales:
            current = max(current, 1) * scales[word]
            if scales[word] >= 1000:
                total, current = total + current, 0
        elif word in units:
            current += units[word]
    return total + current


def tokenize(text: str, tables: Tables) -> tuple[list[str], list[bool], set[str], bool]:
    """Stemmed tokens with stop-word flags, the numbers among them, and any negation cue."""
    return _tokenize(_TOKEN.findall(text), tables)


def _tokenize(raw: list[str], tables: Tables) -> tuple[list[str], list[bool], set[str], bool]:
    tokens: list[str] = []
    stops: list[bool] = []
    numbers: set[str] = set()
    negated = False
    raw = _fold_number_words(raw)
    forms = tables.word_forms
    if len(forms) > _WORD_FORMS_LIMIT:
        forms.clear()
    for index, token in enumerate(raw):
        form = forms.get(token)
        if form is None:
            form = forms[token] = _word_form(token, tables)
        kind, word, stop = form
        if kind == _NUMBER:
            if not word:
                continue
            scale = _SCALES.get(raw[index + 1]) if index + 1 < len(raw) else None
            if scale is not None:
                value = _number_value(_SMALL_NUMBERS.get(token, token))
                # rounded: "4.35 million" and "4,350,000" are one figure, whatever the float
                word = _format_number(round(value * scale, 6)) if value is not None else word
            numbers.add(word)
        elif kind == _SCALE and tokens and tokens[-1] in numbers:
            continue
        elif kind == _NEGATION:
            negated = True
        tokens.append(word)
        stops.append(stop)
    return tokens, stops, numbers, negated


def replace_predicates(
    tokens: list[str], stops: list[bool], tables: Tables
) -> tuple[list[str], set[str], bool]:
    """Replace predicate phrases by their class token (longest first), then drop stop words.

    A phrase asked for, not done ("urged the government to suspend the talks"), keeps its
    class token among the words but is not one of the claim's predicate classes.
    The flag says whether a phrase swallowed a negation ("say no to" -> refuse)."""
    out: list[str] = []
    classes: set[str] = set()
    swallowed = False
    index = 0
    sizes_of = tables.phrase_sizes
    predicates = tables.predicates
    directives = tables.directives
    directive_at = -_DIRECTIVE_REACH - 1
    count = len(tokens)
    while index < count:
        token = tokens[index]
        sizes = sizes_of.get(token)
        if sizes is None:
            if token in directives:
                directive_at = index
            if not stops[index]:
                out.append(token)
            index += 1
            continue
        for size in sizes:
            if size > count - index:
                continue
            phrase = tuple(tokens[index : index + size])
            name = predicates.get(phrase)
            if size == 1 and index and tokens[index - 1] in _DEGREE_WORDS:
                name = None  # "very close to having": after a degree word, an adjective
            around = False
            if name is None and size > 1 and not stops[index]:
                name, phrase = _phrase_around_figure(tokens, index, size, predicates)
                around = name is not None
            if name is not None:
                out.append(CLASS_PREFIX + name)
                if not _asked_for(tokens, index, directive_at):
                    classes.add(name)
                swallowed = swallowed or "not" in phrase
                # around a figure, only the verb is replaced: the figure and what it counts
                # stay words ("cost 1,850 jobs": "@lay_off 1850 job")
                index += 1 if around else size
                break
        else:
            if token in directives:
                directive_at = index
            if not stops[index]:
                out.append(token)
            index += 1
    return out, classes, swallowed


#: Words of degree: the word after one is an adjective, no verb of a predicate class
#: ("very close to having", "so open about it", "too slow").
_DEGREE_WORDS = frozenset("very so too extremely fairly quite dangerously".split())


def _phrase_around_figure(
    tokens: list[str], index: int, size: int, predicates: dict[tuple[str, ...], str]
) -> tuple[str | None, tuple[str, ...]]:
    """(class, phrase) of a predicate phrase of ``size`` words at ``index`` told with a
    figure after its first word ("cost 1,850 jobs": "cost job"; "left 12 dead": "left
    dead"); (None, ()) when the word after the first is no figure or the words around it
    are no phrase. The caller asks it only of a first word that is no stop word: "a deal"
    is the noun after a determiner, and "a 40 million deal" stays what it was.

    WHY: "The closure will cost 1,850 jobs" and "About 1,850 workers will lose their jobs"
    state one fact; read without the figure's phrase, the first claim's only predicate was
    "closure", an event unrelated to losing jobs, and the pair was kept apart as two."""
    if index + size + 1 > len(tokens) or not tokens[index + 1][:1].isdigit():
        return None, ()
    phrase = (tokens[index], *tokens[index + 2 : index + size + 1])
    name = predicates.get(phrase)
    return (name, phrase) if name is not None else (None, ())


#: How far after its directive verb an asked-for act may start ("urged the new government
#: to suspend": five tokens).
_DIRECTIVE_REACH = 6


def _asked_for(tokens: list[str], index: int, directive_at: int) -> bool:
    """The phrase at ``index`` is the infinitive a directive verb before it asks for."""
    return index >= 1 and tokens[index - 1] == "to" and index - directive_at <= _DIRECTIVE_REACH


def fold_negated_predicates(
    tokens: list[str], classes: set[str], tables: Tables
) -> tuple[list[str], set[str], bool]:
    """Replace "not <class>" by the class it means ("not @attend" -> "@skip")."""
    if "not" not in tokens:
        return tokens, classes, False
    out: list[str] = []
    folded = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        meaning = tables.negated_classes.get(following[len(CLASS_PREFIX) :])
        if token == "not" and following.startswith(CLASS_PREFIX) and meaning:
            out.append(CLASS_PREFIX + meaning)
            folded = True
            index += 2
            continue
        out.append(token)
        index += 1
    if folded:
        classes = {t[len(CLASS_PREFIX) :] for t in out if t.startswith(CLASS_PREFIX)}
    return out, classes, folded


@lru_cache(maxsize=1)
def _refusing_stems() -> frozenset[str]:
    """Stems of data/refusing_verbs.txt: "refused to resign" is "did not resign"."""
    tables = load_tables(None)
    return frozenset(stem(w, tables.lemmas) for w in data_lines("refusing_verbs.txt"))


def _refusals_as_not(tokens: list[str], stops: list[bool], numbers: set[str]) -> bool:
    """Read a refusing verb and its "to" before a content word as "not", in place ("refused
    to resign" -> "not to resign", "to" a stop word): True when one was read so. Before a
    figure or a stop word ("declined to 5 percent", "declined to its lowest") it is a fall."""
    refusing = _refusing_stems()
    found = False
    for index in range(len(tokens) - 2):
        if (
            tokens[index] in refusing
            and tokens[index + 1] == "to"
            and not stops[index + 2]
            and tokens[index + 2] not in numbers
        ):
            tokens[index] = "not"
            stops[index] = False
            found = True
    return found


#: Most claims have no frame, negation or counted figure, and each empty set cost 216 bytes.
_EMPTY: frozenset[Any] = frozenset()


class _Words(NamedTuple):
    """One text folded and tokenized: what a key is made of."""

    #: the surface tokens of the folded text, before stemming and stop-word removal
    raw: list[str]
    tokens: list[str]
    numbers: set[str]
    negated: bool
    classes: set[str]
    negation_folded: bool


def _words_of(text: str, entities: Sequence[tuple[str, str]], tables: Tables) -> _Words:
    folded = fold_text(text, entities, tables)
    raw = _TOKEN.findall(folded)
    # most texts have no apostrophe at all: one substring test in C before the set test
    if "'" in folded and not tables.contractions.keys().isdisjoint(raw):
        raw = _expanded(raw, tables.contractions)
    stopped = False  # "no longer" read as a halt: a negation folded into its verb
    if not _rewrite_cues().isdisjoint(raw):
        raw, stopped = _rewrites(raw, tables)
    # the surface (``raw``) keeps the adjective: a country's entity token, a long string,
    # would weigh in the surface's character ratio against every claim naming the country
    countries = (
        raw
        if _national_adjectives().isdisjoint(raw)
        else _rewritten(raw, functools.partial(_country_of_adjective_at, tables.alias_tokens))
    )
    if "ing" in folded and "-" in folded:
        countries = _compound_modifiers(folded, countries, tables)
    tokens, stops, numbers, negated = _tokenize(countries, tables)
    if not _refusing_stems().isdisjoint(tokens):
        negated = _refusals_as_not(tokens, stops, numbers) or negated
    tokens, classes, swallowed = replace_predicates(tokens, stops, tables)
    tokens, classes, folded_negation = fold_negated_predicates(tokens, classes, tables)
    folded_negation = folded_negation or swallowed or stopped
    if folded_negation:
        negated = "not" in tokens
    return _Words(raw, tokens, numbers, negated, classes, folded_negation)


#: A word joined by a hyphen to the -ing form after it: "best-selling", "fast-growing",
#: "self-driving". The -ing form is five letters or more ("left-wing" is a noun's word).
_HYPHENED_ING = re.compile(r"(?<![a-z-])([a-z]{3,})-([a-z]{2,}ing)(?![a-z-])")


def _compound_modifiers(folded: str, words: list[str], tables: Tables) -> list[str]:
    """``words`` with each hyphenated adjective of an -ing form ("best-selling bike", "a
    fast-growing firm") written as one word ("bestselling"): a word inside a hyphenated
    adjective says what kind of thing its noun is, not what anyone did, so it is no act of a
    predicate class, nor the verb of another claim ("The Urban was its best-selling bike"
    tells no sale; "The bikes sold for $900" does). Two claims that write the adjective
    still share it. Only a compound opened by a word of how the act goes counts
    (data/compound_adverbs.txt: "best", "fast", "long"); a noun first ("bird-dropping
    video", "job-cutting plan"), a verb's prefix ("re-opening", "mis-selling",
    "non-striking") or a predicate phrase keep two words."""
    pairs = {
        (first, second)
        for first, second in _HYPHENED_ING.findall(folded)
        if first in _compound_adverbs() and not _opens_a_phrase(first, second, tables)
    }
    if not pairs:
        return words
    out: list[str] = []
    for word in words:
        if out and (out[-1], word) in pairs:
            out[-1] += word
        else:
            out.append(word)
    return out


@lru_cache(maxsize=1)
def _compound_adverbs() -> frozenset[str]:
    """data/compound_adverbs.txt: "best", "fast", "long" ... (a compound's first part)."""
    return _words(data_lines("compound_adverbs.txt"))


def _opens_a_phrase(first: str, second: str, tables: Tables) -> bool:
    """The two words' stems open a predicate phrase of two words or more ("fund raise").
    Looked up only for the rare hyphenated -ing compound, among the phrases of its first
    word."""
    head = stem(first)
    if head not in tables.phrase_sizes:
        return False
    pair = (head, stem(second))
    return any(phrase[:2] == pair for phrase in tables.predicates if len(phrase) > 1)


def _rewrites(raw: list[str], tables: Tables) -> tuple[list[str], bool]:
    """``raw`` through each rewrite of the raw words whose cue words it holds, in order, and
    whether a "no longer" was read as a halt (``_no_longer_at``)."""
    if not _planned_cues().keys().isdisjoint(raw):
        raw = _planned_as_will(raw)
    if not _FORWARD.isdisjoint(raw) and not _periods().isdisjoint(raw):
        raw = _periods_as_next(raw)
    if not _phrase_firsts().isdisjoint(raw):
        raw = _fold_phrases(raw)
    if not _span_phrases().keys().isdisjoint(raw):
        raw = _rewritten(raw, _span_as_figure_at)
    if not _light_verb_forms().isdisjoint(raw):
        raw = _rewritten(raw, _light_verb_at)
    if not _FIRE_FORMS.keys().isdisjoint(raw):
        raw = _rewritten(raw, _fired_from_post)
    if not _denied_nouns().isdisjoint(raw):
        raw = _accusations_as_one(raw, tables)
    stopped = "longer" in raw and "no" in raw
    if stopped:
        read = _rewritten(raw, _no_longer_at)
        stopped = len(read) != len(raw)
        raw = read
    if not _pulled_to_safety()["verbs"].isdisjoint(raw):
        raw = _pulled_as_rescued(raw)
    if "one" in raw:
        raw = _rewritten(raw, _ranked_one_at)
    if not _GET_AS_BECOME.keys().isdisjoint(raw):
        raw = _rewritten(raw, _got_a_state_at)
    return raw, stopped


#: Each form of "get" and the form of "become" it is read as before a state.
_GET_AS_BECOME = {
    "get": "become",
    "gets": "becomes",
    "got": "became",
    "gotten": "become",
    "getting": "becoming",
}
#: Words of degree that may stand between "get" and the state: "got very hot", "much worse".
_GET_DEGREES = frozenset("very so too much even really increasingly".split())


def _got_a_state_at(raw: list[str], out: list[str], index: int) -> int:
    """ "got warm" -> "became warm": "get" before an adjective of a state
    (data/states_after_get.txt), a word of degree between or not, and then nothing, a stop
    word or a preposition ("on", "after", "and"), tells a change of state, not a receiving:
    "The battery got warm on fast chargers" shares no act with "Owners will get a
    replacement battery". "get" before anything else keeps its word ("got a refund", "got
    away", "got injured"), and so does one before an adjective of a noun ("get better pay")."""
    become = _GET_AS_BECOME.get(raw[index])
    if become is None:
        return 0
    at = index + 1
    if at < len(raw) and raw[at] in _GET_DEGREES:
        at += 1
    if at >= len(raw) or raw[at] not in _states_after_get():
        return 0
    if at + 1 < len(raw) and raw[at + 1] not in _after_a_state():
        return 0  # "get better pay": the adjective of what is got
    out.append(become)
    return 1


@lru_cache(maxsize=1)
def _after_a_state() -> frozenset[str]:
    """What may follow the state "get" turns into: a stop word or a preposition."""
    return _words(data_lines("stopwords.txt")) | _words(data_lines("prepositions.txt"))


@lru_cache(maxsize=1)
def _states_after_get() -> frozenset[str]:
    """data/states_after_get.txt: "warm", "worse", "stuck" ..."""
    return _words(data_lines("states_after_get.txt"))


@lru_cache(maxsize=1)
def _rewrite_cues() -> frozenset[str]:
    """Every word one of ``_rewrites``' tests looks for: words without any are left as they
    are by all of them, so that one test decides for the run of tests.

    WHY: the texts of more than half the claims hold none, and the tests one after the
    other were a tenth of normalizing (each reads every word); every key's text, its plain
    forms, its subject's words and the judge's short texts go through them."""
    return frozenset(
        (
            *_planned_cues(),
            *_FORWARD,
            *_periods(),
            *_phrase_firsts(),
            *_span_phrases(),
            *_light_verb_forms(),
            *_FIRE_FORMS,
            *_denied_nouns(),
            *_pulled_to_safety()["verbs"],
            *_GET_AS_BECOME,
            "one",
            "longer",
        )
    )


def _rewritten(raw: list[str], rewrite: Callable[[list[str], list[str], int], int]) -> list[str]:
    """``raw`` read word by word, each word copied unless ``rewrite(raw, out, index)`` writes
    its own words to ``out`` there and returns how many words of ``raw`` they replace."""
    out: list[str] = []
    index = 0
    count = len(raw)
    while index < count:
        taken = rewrite(raw, out, index)
        if taken:
            index += taken
        else:
            out.append(raw[index])
            index += 1
    return out


@lru_cache(maxsize=1)
def _nationality_countries() -> dict[tuple[str, ...], str]:
    """data/nationality_countries.tsv: the adjective's words -> its country's entity token."""
    countries: dict[tuple[str, ...], str] = {}
    for line in data_lines("nationality_countries.tsv"):
        adjective, country = line.split("\t")
        countries[tuple(adjective.split())] = entity_token(country.strip())
    return countries


@lru_cache(maxsize=1)
def _national_adjectives() -> frozenset[str]:
    """Every word of an adjective of data/nationality_countries.tsv: the cheap screen."""
    return frozenset(word for adjective in _nationality_countries() for word in adjective)


@lru_cache(maxsize=1)
def _national_heads() -> frozenset[str]:
    return _words(data_lines("national_heads.txt"))


@lru_cache(maxsize=1)
def _people_prefixes() -> frozenset[str]:
    """data/people_prefixes.txt and every adjective of nationality: before a nationality,
    they make it part of a people's name ("Native American", "Korean American")."""
    return _words(data_lines("people_prefixes.txt")) | _words(
        data_lines("nationality_adjectives.txt")
    )


def _country_of_adjective_at(
    known: frozenset[str], raw: list[str], out: list[str], index: int
) -> int:
    """An adjective of nationality before a noun of a state's people, institutions, forces
    or trade written as its country's entity token: "American troops" is "U.S. troops",
    "Chinese exports" "China's exports" (data/nationality_countries.tsv, data/
    national_heads.txt). WHY only before those nouns: "French fries" and "Turkish delight"
    name no country. Not after a word that makes the adjective a people's name ("Native
    American", "Korean American": data/people_prefixes.txt). Only a country the alias
    table folds (``known``: "U.S.", "Washington" and "America" are one token): WHY: for
    another, the other outlet's "Oman" stays a word, and an entity token on one side only
    raised unrelated pairs' scores ("the Swiss embassy" / "Oman")."""
    if index and raw[index - 1] in _people_prefixes():
        return 0
    for size in (2, 1):
        head_at = index + size
        country = _nationality_countries().get(tuple(raw[index:head_at]))
        if country in known and head_at < len(raw) and raw[head_at] in _national_heads():
            out.append(country)
            return size
    return 0


def _planned_as_will(raw: list[str]) -> list[str]:
    """``raw`` with each planned-event phrasing written "will": "is scheduled to meet" and
    "plans to meet" then key, and score on the surface, as "will meet" does (data/
    planned_auxiliaries.txt). The cue must stand before "to" and a verb, and after a form of
    "be" where the file asks for one: "the delay is due to the storm" keeps its words, and
    so does "the plan to build" (a plan, named)."""
    return _rewritten(raw, _will_at)


def _will_at(raw: list[str], out: list[str], index: int) -> int:
    after_be = _planned_cues().get(raw[index])
    before = out[-1] if out else ""
    if (
        after_be is None
        or index + 2 >= len(raw)
        or raw[index + 1] != "to"
        or not _verb_like(raw[index + 2])
        or before in _DETERMINERS
        or (after_be and before not in _BE_FORMS)
    ):
        return 0
    if before in _BE_FORMS:
        out.pop()  # "is planning to" reads "will" too
    out.append("will")
    return 2


def _periods_as_next(raw: list[str]) -> list[str]:
    """``raw`` with "the coming week", "the upcoming week" and "the week ahead" written "next
    week" (any period of data/relative_periods.txt; "in the next week" too): one date,
    written three ways. "ahead of the week" and "the week coming to an end" keep their
    words: the period must stand right after "coming" or right before "ahead" (and "ahead"
    end the phrase: not "ahead of")."""
    return _rewritten(raw, _next_period_at)


def _next_period_at(raw: list[str], out: list[str], index: int) -> int:
    following = raw[index + 1] if index + 1 < len(raw) else ""
    after = raw[index + 2] if index + 2 < len(raw) else ""
    period = _forward_period(raw[index], following, after, _periods())
    if period is None:
        return 0
    _drop_lead_in(out)
    out += ["next", period]
    return 2


def _forward_period(word: str, following: str, after: str, periods: frozenset[str]) -> str | None:
    """The period a forward phrase opening at ``word`` counts ("coming week", "week ahead",
    "next months"), or None."""
    if word in ("coming", "upcoming") and following in periods:
        return following
    if word in periods and following == "ahead" and after != "of":
        return word
    if word == "next" and following in periods:  # "in the next months": the same
        return following
    return None


@lru_cache(maxsize=1)
def _news_phrases() -> dict[tuple[str, str], str]:
    """data/news_phrases.tsv: (first word, second word) -> the word it folds to."""
    phrases: dict[tuple[str, str], str] = {}
    for line in data_lines("news_phrases.tsv"):
        phrase, word = line.split("\t")
        first, second = phrase.split()
        phrases[(first, second)] = word.strip()
    return phrases


@lru_cache(maxsize=1)
def _phrase_firsts() -> frozenset[str]:
    return frozenset(first for first, _ in _news_phrases())


def _fold_phrases(raw: list[str]) -> list[str]:
    """``raw`` with each phrase of data/news_phrases.tsv written as its word."""
    return _rewritten(raw, _phrase_at)


@lru_cache(maxsize=1)
def _span_phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """data/span_phrases.tsv by first word: (phrase, its figure and unit), longest first, so
    that "half an hour" is read before a shorter phrase of its first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for line in data_lines("span_phrases.tsv"):
        phrase, figure = line.split("\t")
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append((words, tuple(figure.split())))
    return {
        first: tuple(sorted(entries, key=lambda entry: -len(entry[0])))
        for first, entries in by_first.items()
    }


def _span_as_figure_at(raw: list[str], out: list[str], index: int) -> int:
    """A span told in words written as its figure and unit ("every half hour" -> "every 30
    minutes"): the words of data/span_phrases.tsv starting at ``index``, or 0."""
    for words, figure in _span_phrases().get(raw[index], ()):
        if tuple(raw[index : index + len(words)]) == words:
            out.extend(figure)
            return len(words)
    return 0


@lru_cache(maxsize=1)
def _light_verbs() -> dict[tuple[str, str], str]:
    """data/light_verbs.tsv: (light verb's stem, noun's stem) -> the verb the pair means."""
    pairs: dict[tuple[str, str], str] = {}
    for line in data_lines("light_verbs.tsv"):
        light, noun, verb = line.split("\t")
        pairs[(stem(light), stem(noun))] = verb.strip()
    return pairs


@lru_cache(maxsize=1)
def _light_verb_forms() -> frozenset[str]:
    """Every form of the light verbs of data/light_verbs.tsv: the regular ones ("issues",
    "issued", "issuing") and the irregular ones of the lemma table ("made", "taken"), for
    the screen before any pair is looked up."""
    lights = {line.split("\t", 1)[0] for line in data_lines("light_verbs.tsv")}
    irregular = load_tables(None).lemmas
    forms = {word for word, lemma in irregular.items() if lemma in lights}
    for light in lights:
        forms.update(_regular_forms(light))
    return frozenset(forms)


def _regular_forms(verb: str) -> tuple[str, ...]:
    """ "make" -> make, makes, maked, making: the -s, -ed and -ing forms written by rule (a
    form no one writes, "maked", costs nothing)."""
    root = verb[:-1] if verb.endswith("e") else verb
    plural = f"{verb}es" if verb.endswith(("ch", "sh", "s", "x")) else f"{verb}s"
    return verb, plural, f"{root}ed", f"{root}ing"


#: What may stand between a light verb and its noun: "made an apology", "gave their approval".
_LIGHT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})


def _light_verb_at(raw: list[str], out: list[str], index: int) -> int:
    """ "made references" -> "refer", "took a decision" -> "decide": a light verb and the
    event noun it carries are the noun's verb (data/light_verbs.tsv)."""
    if raw[index] not in _light_verb_forms():
        return 0
    if _passive_light_verb_at(raw, out, index):
        return 1
    at = index + 1
    if at < len(raw) and raw[at] in _LIGHT_DETERMINERS:
        at += 1
    if at >= len(raw):
        return 0
    verb = _light_verbs().get((stem(raw[index]), stem(raw[at])))
    if verb is None:
        return 0
    out.append(verb)
    return at + 1 - index


#: Adverbs that may stand among the auxiliaries between an event noun and its passive light
#: verb ("no arrests have yet been made", "the vote was not held"), besides
#: ``_PASSIVE_AUXILIARIES`` and one of ``_PASSIVE_BE``, which must be there.
_LIGHT_PASSIVE_ADVERBS = frozenset({"yet", "already", "now", "also", "not", "never"})
#: The light verbs read so in the passive: their participle says nothing of its own ("an
#: arrest was made"), where "held", "paid" or "launched" tell what became of the noun ("the
#: vote was held": the claim would be left with the noun alone).
_LIGHT_PASSIVES = frozenset({"make", "take", "give", "issue"})
#: What after the participle makes it another verb: "the threat was made public".
_MADE_INTO = frozenset({"public", "clear", "known", "available", "official", "possible"})


def _passive_light_verb_at(raw: list[str], out: list[str], index: int) -> bool:
    """ "No arrests have been made" -> "no arrest have been": the event noun before a passive
    light verb (data/light_verbs.tsv) is written as its verb and the light verb dropped, as
    "made an arrest" is "arrested". Only the noun right before the auxiliaries counts, and
    not when an adjective follows the participle ("the threat was made public")."""
    if index + 1 < len(raw) and raw[index + 1] in _MADE_INTO:
        return False
    back = len(out) - 1
    passive = False
    while back >= 0 and (
        out[back] in _PASSIVE_BE
        or out[back] in _PASSIVE_AUXILIARIES
        or out[back] in _LIGHT_PASSIVE_ADVERBS
    ):
        passive = passive or out[back] in _PASSIVE_BE
        back -= 1
    if not passive or back < 0:
        return False
    light = stem(raw[index])
    verb = _light_verbs().get((light, stem(out[back])))
    if verb is None or light not in _light_passive_stems():
        return False
    out[back] = verb
    return True


@lru_cache(maxsize=1)
def _light_passive_stems() -> frozenset[str]:
    """The stems of ``_LIGHT_PASSIVES``, as ``_light_verbs`` keys them."""
    return frozenset(stem(verb) for verb in _LIGHT_PASSIVES)


def _phrase_at(raw: list[str], out: list[str], index: int) -> int:
    if index + 1 >= len(raw):
        return 0
    word = _news_phrases().get((raw[index], raw[index + 1]))
    if word is None:
        return 0
    out.append(word)
    return 2


#: The determiners between "of" and the rank in "one of the largest" (``_ranked_one_at``).
_RANK_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
#: What stands before "one of the largest" when it ranks what the claim is about ("Orsa is
#: one of the ...", "regarded as one of the ..."); "One of the largest ships sank" and "only
#: one of the ..." count one.
_RANK_LEADS = frozenset({"as", "become", "becomes", "became", "remain", "remains", "remained"})
#: The word that makes a superlative of the adjective after it ("the most important").
_DEGREE_MOST = "most"


@lru_cache(maxsize=1)
def superlative_classes() -> dict[str, str]:
    """Each superlative of data/superlatives.txt ("largest") and its class ("size")."""
    words = {}
    for line in data_lines("superlatives.txt"):
        kind, _, members = line.partition(":")
        for member in members.split(","):
            if member.strip():
                words[member.strip().lower()] = kind.strip()
    return words


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """The words after "one of the" that rank (data/ranked_one_words.txt, and the
    superlatives of data/superlatives.txt)."""
    return _words(data_lines("ranked_one_words.txt")) | superlative_classes().keys()


def _ranked_one_at(raw: list[str], out: list[str], index: int) -> int:
    """ "One of the largest" written "of the largest": a rank among others, not the figure 1,
    so "Calvera is one of the largest vaccine makers" shares no figure with "there was
    enough vaccine for everyone who wanted one"; "one of the most important" is written
    "important". "One of the victims" keeps its figure."""
    if (
        raw[index] != "one"
        or index + 3 >= len(raw)
        or not out
        or out[-1] not in _RANK_LEADS_OR_BE
        or raw[index + 1] != "of"
        or raw[index + 2] not in _RANK_DETERMINERS
        or raw[index + 3] not in _rank_words()
    ):
        return 0
    # "one of the most important painters": "most" only makes the superlative, and as a
    # word it would tie the claim to "most of her life"
    return 4 if raw[index + 3] == _DEGREE_MOST else 1


@lru_cache(maxsize=1)
def _denied_accusations() -> tuple[str, ...]:
    """data/denied_accusations.txt, in its order: the first is the word the others fold to."""
    return tuple(data_lines("denied_accusations.txt"))


@lru_cache(maxsize=1)
def _denied_nouns() -> frozenset[str]:
    return frozenset(_denied_accusations())


#: What may stand between a verb of denial and the accusation ("denied all the allegations").
_DENIED_DETERMINERS = frozenset(
    {"any", "all", "the", "these", "those", "such", "every", "each", "his", "her", "their", "its"}
)
#: Most determiners ``_accusations_as_one`` steps over ("all the", "any such").
_DENIED_REACH = 2


def _accusations_as_one(raw: list[str], tables: Tables) -> list[str]:
    """``raw`` with the accusation a verb of the "deny" class rejects written as one word
    (data/denied_accusations.txt): "denies any wrongdoing" and "has denied all the
    allegations against her" then share what is denied, as they share the denial. The noun
    must follow the verb, with at most ``_DENIED_REACH`` determiners between: "denied that
    the charges were filed late" and "the charges, which he denied" keep their words."""
    target, folded = _denied_accusations()[0], _denied_nouns()
    out = list(raw)
    for index, word in enumerate(raw):
        if tables.predicates.get((stem(word, tables.lemmas),)) != "deny":
            continue
        at = index + 1
        while at < len(raw) and at - index <= _DENIED_REACH and raw[at] in _DENIED_DETERMINERS:
            at += 1
        if at < len(raw) and raw[at] in folded:
            out[at] = target
    return out


#: What "no longer" before a word of one of these tells is a length or a time ("no longer than
#: an hour") or a quality ("no longer any doubt"), not an act that stopped.
_NOT_STOPPED_AFTER = frozenset({"than", "any", "a", "an", "the", "needed", "necessary"})


def _no_longer_at(raw: list[str], out: list[str], index: int) -> int:
    """ "no longer" before a verb, written "stopped" (``data/predicates.txt``: a halt): "The
    ferry no longer runs on Sundays" says what "The Sunday ferry was stopped" says, an act
    that ended, not one denied. After a linking verb ("The bridge is no longer open") or
    before a verb of a state of mind or of having (data/state_verbs.txt: "no longer wants to
    run", "no longer gets a bonus") it stays a negation of the state, and before "than" or
    a determiner it is a length or a time ("no longer than an hour")."""
    if raw[index] != "no" or index + 2 >= len(raw) or raw[index + 1] != "longer":
        return 0
    following = raw[index + 2]
    if following in _NOT_STOPPED_AFTER or following in _state_verbs() or not following.isalpha():
        return 0
    if following in _linking_verbs() or (out and out[-1] in _linking_verbs()):
        return 0  # "is no longer open", "will no longer be mayor": a state denied
    out.append("stopped")
    return 2


@lru_cache(maxsize=1)
def _state_verbs() -> frozenset[str]:
    """data/state_verbs.txt: "wants", "needs", "has" ... (every form)."""
    return _words(data_lines("state_verbs.txt"))


@lru_cache(maxsize=1)
def _linking_verbs() -> frozenset[str]:
    """data/linking_verbs.txt: "is", "remained", "seems" ... (every form)."""
    return _words(data_lines("linking_verbs.txt"))


@lru_cache(maxsize=1)
def _pulled_to_safety() -> dict[str, frozenset[str]]:
    """data/pulled_to_safety.txt: its [verbs], [waters] and [bodies]."""
    return sections("pulled_to_safety.txt")


#: What stands between the verb and the water: "pulled from the sea", "plucked out of the
#: water" ("from" or "out of", then "the" or none).
_PULLED_FROM = (("from",), ("out", "of"))


def _pulled_as_rescued(raw: list[str]) -> list[str]:
    """``raw`` with a verb of pulling out of water written "rescued" (data/
    pulled_to_safety.txt), unless the claim names the dead: "212 passengers were pulled from
    the sea" then shares its act with "the coast guard rescued 212 people"."""
    words = _pulled_to_safety()
    if not words["bodies"].isdisjoint(raw):
        return raw
    out = list(raw)
    for index, word in enumerate(raw):
        if word not in words["verbs"]:
            continue
        for link in _PULLED_FROM:
            at = index + 1 + len(link)
            if tuple(raw[index + 1 : at]) != link:
                continue
            if at < len(raw) and raw[at] == "the":
                at += 1
            if at < len(raw) and raw[at] in words["waters"]:
                out[index] = "rescued"
    return out


#: "Fire" and the word for it that names a dismissal only (data/predicates.txt: "sack").
_FIRE_FORMS = {"fire": "sack", "fires": "sacks", "fired": "sacked", "firing": "sacking"}
#: Whom "fire" may take before its "as" or "from": a name (its entity token) or a pronoun.
_FIRED_PRONOUNS = frozenset({"him", "her", "them"})
#: What may stand before the post after "from" ("fired from his job").
_POST_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


def _fired_from_post(raw: list[str], out: list[str], index: int) -> int:
    """ "Fire" followed by "sack" where a post follows it with "as" or "from", the person
    fired or none between ("was fired as coach", "fired Novak as head coach", "fired from
    his job", data/posts.txt). WHY so narrow: "fired the rockets", "shots were fired as
    police moved in" and a headline's "Official Fired" are shots or may be; the predicate
    table gives "fire" no class. WHY "fire" kept: a headline's "Novak Fired" still meets its
    story's "Novak was fired as coach". WHY no determiner after "as", and only a function
    word after the post: "fired as the director left", "fired as officer Ruiz approached"
    are shots."""
    word = _FIRE_FORMS.get(raw[index])
    if word is None:
        return 0
    at = index + 1
    if at < len(raw) and (raw[at].startswith(ENTITY_PREFIX) or raw[at] in _FIRED_PRONOUNS):
        at += 1
    if at >= len(raw) or raw[at] not in ("as", "from"):
        return 0
    at += 1
    if at < len(raw) and (raw[at].endswith("'s") or raw[at] in _POST_DETERMINERS):
        if raw[at - 1] == "as" and not raw[at].endswith("'s"):
            return 0  # "fired as the director left": a clause
        at += 1
    posts = _posts()
    for post in (at, at + 1):  # "as coach", "as head coach"
        if post < len(raw) and raw[post] in posts:
            if post + 1 < len(raw) and raw[post + 1] not in _post_followers():
                return 0  # "fired as coach drivers waited", "as officer Ruiz approached"
            out.extend((raw[index], word))
            return 1
    return 0


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in data_lines("posts.txt"))


@lru_cache(maxsize=1)
def _post_followers() -> frozenset[str]:
    """What may follow the post "fire" put someone out of: a stop word or a preposition
    ("as coach of", "as coach on Monday"), or another post's word ("as chief executive
    officer" stops at "executive")."""
    return frozenset(
        _words(data_lines("stopwords.txt")) | _words(data_lines("prepositions.txt")) | _posts()
    )


#: Words that count a period forward, before it or after it ("week ahead").
_FORWARD = frozenset({"ahead", "coming", "upcoming", "next"})
#: Words before a forward period that "next week" goes without: "in the coming week".
_PERIOD_ARTICLES = frozenset({"the", "this"})
_PERIOD_PREPOSITIONS = frozenset({"in", "during", "over", "within"})


def _drop_lead_in(out: list[str]) -> None:
    """Remove "in the" / "during this" / "the" from the end of ``out``."""
    if out and out[-1] in _PERIOD_ARTICLES:
        out.pop()
        if out and out[-1] in _PERIOD_PREPOSITIONS:
            out.pop()


@lru_cache(maxsize=1)
def _periods() -> frozenset[str]:
    return _words(data_lines("relative_periods.txt"))


def _verb_like(word: str) -> bool:
    return word not in _DETERMINERS and stem(word) in _planned_verbs()


#: The forms of "be" that may open a planned phrasing ("is set to", "were due to").
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: What may stand before "one of the largest" when it ranks what the claim is about.
_RANK_LEADS_OR_BE = _RANK_LEADS | _BE_FORMS
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our"})


@lru_cache(maxsize=1)
def _planned_cues() -> dict[str, bool]:
    """Every written form of the cue words of data/planned_auxiliaries.txt ("plans",
    "planned"), each with whether it must follow a form of "be"."""
    cues: dict[str, bool] = {}
    for line in data_lines("planned_auxiliaries.txt"):
        words = line.lower().split()
        after_be = words[0] == "be"
        for form in (words[1] if after_be else words[0]).split("|"):
            cues[form] = after_be
    return cues


@lru_cache(maxsize=1)
def _planned_verbs() -> frozenset[str]:
    """Stems of the verbs that may follow a planned phrasing's "to"."""
    scheduled = (stem(w) for w in _words(data_lines("scheduled_verbs.txt")))
    return _verb_stems().union(scheduled)


def _expanded(raw: list[str], contractions: dict[str, tuple[str, ...]]) -> list[str]:
    """``raw`` with each contraction written as its words."""
    out: list[str] = []
    for token in raw:
        out.extend(contractions.get(token, (token,)))
    return out


def normalize_text(
    text: str, entities: Sequence[tuple[str, str]] = (), options: Options | None = None
) -> MatchKey:
    """The match key of a piece of text, with known (mention, canonical) entity pairs."""
    tables = load_tables(options.predicate_file if options else None)
    return _match_key(text, entities, tables)


def normalized_tokens(text: str) -> list[str]:
    """The tokens of ``normalize_text(text)``'s key ``text``, in order, without building the
    rest of the key (sets, frames, surface forms). WHY: the judge reads only the tokens of
    short texts (a subject, the words around a figure), and the rest of a key was a third of
    the cost of each."""
    return _words_of(text, (), load_tables(None)).tokens


def _match_key(
    text: str,
    entities: Sequence[tuple[str, str]],
    tables: Tables,
    *,
    words: _Words | None = None,
    plain: tuple[str, str] | None = ("", ""),
    subject: frozenset[str] = _EMPTY,
    agent: frozenset[str] = _EMPTY,
    parser_negated: bool = False,
    subject_words: tuple[str, ...] = (),
    verb: str = "",
) -> MatchKey:
    """The key, built in one go: ``words`` are the text's own when already computed,
    ``plain`` is (text, surface) without the parser's entities, None when those are the
    key's own, ``parser_negated`` is a negation the parser saw and the cue list may not have."""
    words = words or _words_of(text, entities, tables)
    tokens, numbers, classes = words.tokens, words.numbers, words.classes
    joined = " ".join(tokens)
    surface = " ".join(words.raw)
    if plain is None:
        # The same strings, not equal copies: half the text a worker sends and a key holds.
        plain = (joined, surface)
    elif plain[0] == joined:
        # Read without the parser's entities, two in five keys of a generated archive come
        # out the same words all the same: the same strings then too (40 MB at 10,000
        # articles held twice, and sent twice by the workers).
        plain = (joined, surface if plain[1] == surface else plain[1])
    token_set = frozenset(tokens)
    entity_tokens = (
        {t for t in token_set if t.startswith(ENTITY_PREFIX)} if ENTITY_PREFIX in joined else set()
    )
    if entities:
        entity_tokens |= _plain_entities(text, entities)
    negated = words.negated
    if parser_negated and not negated and not words.negation_folded:
        # The parser saw a negation the cue list did not ("denied", "failed to").
        negated = True
    return MatchKey(
        text=joined,
        tokens=_token_tuple(token_set),
        numbers=frozenset(numbers) if numbers else _EMPTY,
        negated=negated,
        predicates=frozenset(classes) if classes else _EMPTY,
        entities=tuple(sorted(entity_tokens)) if entity_tokens else (),
        frames=frozenset([tables.frame_of(name) for name in classes]) if classes else _EMPTY,
        predicate_tokens=frozenset([CLASS_PREFIX + n for n in classes]) if classes else _EMPTY,
        number_contexts=_number_contexts(tokens, numbers) if numbers else _EMPTY,
        # the words the features read: without the parser's entities where they differ
        surface=plain[1] or surface,
        negation_folded=words.negation_folded,
        negated_heads=_negated_heads(tokens) if "not" in token_set else _EMPTY,
        subject=subject,
        agent=agent,
        plain=plain[0],
        subject_words=subject_words,
        verb=verb,
    )


def _token_tuple(tokens: frozenset[str]) -> tuple[str, ...]:
    """``MatchKey.tokens``: sorted, so equal sets give equal tuples; interned, so one copy of
    each word serves every key of this process and a pickled batch sends it once. (The
    copies batches from workers bring are a few MB at 10,000 articles: left alone.)"""
    return tuple(sorted(map(sys.intern, tokens)))


def _number_contexts(tokens: list[str], numbers: set[str]) -> frozenset[str]:
    contexts = frozenset(
        tokens[k + 1]
        for k, t in enumerate(tokens[:-1])
        if t in numbers and not tokens[k + 1][:1].isdigit()
    )
    return contexts or _EMPTY


def _negated_heads(tokens: list[str]) -> frozenset[str]:
    heads = frozenset(
        tokens[k + 1] for k, t in enumerate(tokens[:-1]) if t == "not" and tokens[k + 1] != "not"
    )
    return heads or _EMPTY


def _plain_forms(
    text: str, entities: Sequence[tuple[str, str]], tables: Tables
) -> tuple[str, str] | None:
    """(text, surface) of a key without the parser's entities: only these two are needed.
    None when no mention is replaced in the text (all are plain names, or written
    differently): they are then the key's own."""
    if any(m and not _plain_name(m, canonical) and m in text for m, canonical in entities):
        words = _words_of(text, (), tables)
        return " ".join(words.tokens), " ".join(words.raw)
    return None


_LEADING_THE = re.compile(r"^(?:the|The)\s+")
#: A noun phrase that gives its own name: "a group calling itself Ferrule", "a militia known
#: as the Front", "a man named Tom Berg", "a criminal group called BlackMoth".
_NAMING = r"(?:called|calling\s+(?:itself|themselves)|known\s+as|named|dubbed)"
_NAME_GIVEN = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}"
_GIVEN_NAME = re.compile(rf"\s{_NAMING}\s+(?P<name>{_NAME_GIVEN})$")


def _with_given_name(text: str, subject: str | None) -> str | None:
    """The subject with the name it is given right after it in the text ("A criminal group"
    of "A criminal group called BlackMoth claimed ..." -> "A criminal group called
    BlackMoth"): the parser ends the subject before the naming word."""
    if not subject or not text.startswith(subject):
        return subject
    found = _NAME_GIVEN_AFTER.match(text, len(subject))
    return text[: found.end()] if found else subject


#: ``_GIVEN_NAME`` right after a subject, in its claim's text.
_NAME_GIVEN_AFTER = re.compile(rf",?\s{_NAMING}\s+{_NAME_GIVEN}")


def _subject_and_agent(
    subject: str, entities: Sequence[tuple[str, str]], tables: Tables
) -> tuple[frozenset[str], frozenset[str]]:
    """(the subject's entities, the same when the subject is one name and no more).

    Entities only: parsed subjects are often loose ("He also", "Meanwhile the street"), but
    two different named subjects are a reliable sign of two different events."""
    folded = fold_text(subject, entities, tables)
    found = frozenset(_ENTITY_TOKEN.findall(folded)) | _plain_entities(subject, entities)
    if not found:
        return found, _EMPTY
    bare = _LEADING_THE.sub("", subject.strip())
    given = _GIVEN_NAME.search(bare)
    if given is not None:
        # "a group calling itself Ferrule", "a militia known as the Front": the name given
        # is who acts, whatever noun introduces it
        bare = _LEADING_THE.sub("", given.group("name"))
    if any(bare == mention for mention, _ in entities):
        return found, found
    if bare != subject:  # else the subject is folded already
        folded = fold_text(bare, entities, tables)
    return found, (found if _ENTITY_TOKEN.fullmatch(folded.strip()) else _EMPTY)


def _with_passive_agent(
    subject: tuple[frozenset[str], frozenset[str]],
    text: str,
    said: str,
    entities: Sequence[tuple[str, str]],
    tables: Tables,
) -> tuple[frozenset[str], frozenset[str]]:
    """``subject`` (``_subject_and_agent`` of ``said``) with the named actor of a passive
    verb right after it: "Responsibility for the raid was claimed by a gang known as
    Vantor" says what "Vantor claimed responsibility for the raid" says, so its subject's
    names are Vantor's too (kept beside the grammatical subject's), and its agent is
    Vantor. A passive whose actor names no one ("was closed by police") is left as it is."""
    phrase = passive_agent(text, said)
    if phrase is None:
        return subject
    found, agent = _subject_and_agent(phrase, entities, tables)
    if not found:
        return subject
    return subject[0] | found, agent


#: A modal or "have" before a passive's "be" ("has been claimed", "will be led").
_PASSIVE_AUXILIARIES = frozenset(
    "has have had will would could may might must can should shall".split()
)
#: The forms of "be" that make a passive with a participle after them.
_PASSIVE_BE = frozenset("is are was were be been being".split())
#: Words that end a passive's actor: what follows is no longer who acted ("by the gang
#: after a week", "by Vantor, which", "by police who"). "of" and "as" after a naming word
#: ("known as") stay in it.
_AGENT_ENDS = frozenset(
    "after before when while because since until as who which that whose where but "
    "at in on from to into over under for with without during amid against".split()
)
_NAMING_WORDS = frozenset("known called calling named dubbed".split())
#: A subject the parser ends with one of these opens a relative clause, not the main verb.
_RELATIVE_PRONOUNS = frozenset("which who that whom whose".split())
#: The particle of a phrasal verb between a passive participle and its "by".
_PARTICLES = frozenset("out up off down over in".split())
#: A participle ends so, or is an irregular form of the lemma table ("held", "led").
_PARTICIPLE_ENDS = ("ed", "en", "wn")


def passive_agent(text: str, subject: str | None) -> str | None:
    """The actor of a passive verb that follows the claim's subject: "by a gang known as
    Vantor" of "Responsibility was claimed by a gang known as Vantor" -> "a gang known as
    Vantor"; None when the verb after the subject is no passive with "by"."""
    if not subject or not text.startswith(subject):
        return None
    if subject.rsplit(None, 1)[-1].lower() in _RELATIVE_PRONOUNS:
        # "Many of the files, which were leaked by ...": the passive is the relative
        # clause's, told of the files, not of what the claim says they do
        return None
    words = text[len(subject) :].split(maxsplit=8)
    at = _passive_by_at(words)
    if at is None:
        return None
    rest = text[len(subject) :].split(maxsplit=at + 1)
    return _agent_phrase(rest[-1]) if len(rest) == at + 2 else None


def _passive_by_at(words: list[str]) -> int | None:
    """Where "by" stands in ``words`` (the words after a subject) when they open with a
    passive verb and its "by": [aux] [not] be [being] [-ly] participle [-ly | particle]
    by."""
    at = 0
    lower = [word.lower() for word in words]
    if at < len(lower) and lower[at] in _PASSIVE_AUXILIARIES:
        at += 1
    if at < len(lower) and lower[at] in ("not", "never"):
        at += 1
    if at >= len(lower) or lower[at] not in _PASSIVE_BE:
        return None
    at += 1
    if at < len(lower) and lower[at] in ("being", "been"):
        at += 1
    if at < len(lower) and lower[at].endswith("ly"):
        at += 1
    if at >= len(lower) or not _participle(lower[at]):
        return None
    at += 1
    if at < len(lower) and (lower[at].endswith("ly") or lower[at] in _PARTICLES):
        at += 1  # "was quickly claimed by", "was carried out by"
    return at if at < len(lower) and lower[at] == "by" else None


def _participle(word: str) -> bool:
    """A regular or irregular past participle ("claimed", "taken", "led"), or a news verb
    whose participle is its base form ("shut", "hit", "cut")."""
    if word.endswith(_PARTICIPLE_ENDS) and len(word) > 3:
        return True
    lemma = irregular_lemmas().get(word)
    return (lemma is not None and lemma != word) or word in verbs()


def _agent_phrase(text: str) -> str | None:
    """The noun phrase a passive's "by" opens, up to a comma or a word that starts
    something else (``_AGENT_ENDS``)."""
    kept: list[str] = []
    for word in text.split():
        bare = word.rstrip(",;:.)—–")
        if word[:1].isdigit() or (
            bare.lower() in _AGENT_ENDS and not (kept and kept[-1].lower() in _NAMING_WORDS)
        ):
            break
        kept.append(bare)
        if bare != word:
            break
    return " ".join(kept) or None


def _entities_for(text: str, entities: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The ``entities`` that can change ``fold_text(text, ...)`` or the subject's agent: the
    others are no mention in ``text``, nor one a replacement could make, so a subject's
    entities are the same with these alone (claims that share a subject share its result)."""
    return tuple(e for e in entities if e[0] in text or _may_be_made(e[0]))


_SLUG = re.compile(r"[a-z0-9_]*")


def _may_be_made(mention: str) -> bool:
    """Whether replacing mentions by `` ent_... `` tokens could make ``mention`` appear:
    it holds such a token whole, or its first or last space-separated piece could be a
    piece of one (lower case, digits, "_"; empty when it starts or ends with a space)."""
    if f" {ENTITY_PREFIX}" in mention:
        return True
    pieces = mention.split(" ")
    return bool(_SLUG.fullmatch(pieces[0]) or _SLUG.fullmatch(pieces[-1]))


#: A speaker named in an attribution: one to four capitalised words (titles such as "Mr."
#: included), not a pronoun. "the Boston Globe" (a cited outlet) starts in lower case.
_NAMED_SPEAKER = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")
#: Capitalised personal pronouns: they name no one, as an attribution or as a subject.
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You"})


def speaker_read(claim: Claim) -> tuple[str, str | None]:
    """(text, subject) the claim's key is built from: a quotation in the first person
    singular, attributed to a named speaker, is read with the speaker in place of "I"
    (“I will not resign,” said Ms. Ames: "Ms. Ames will not resign"; "I’m leaving": "Ms.
    Ames is leaving"), and so is the "he"/"she" of reported speech ("Ken Hale said he would
    not resign": "Ken Hale would not resign"), so that it meets the outlets that report it
    in the third person. Other claims as they are."""
    text, subject, speaker = claim.text, claim.subject, claim.attribution
    # the subject first: most claims have none of these, and the tests below are cheap
    if speaker is None or subject is None or subject[:1] not in "Ihs":
        return text, _with_given_name(text, subject)
    if subject in ("he", "she"):
        # "he" in a quotation is someone the speaker talks about: reported speech only, and
        # only a speaker the pronoun can stand for (the parser's own test, parse.referents:
        # "The Washington Post reported that she ..." is about someone else)
        reported = None if claim.quoted else _REPORTED_PRONOUN.match(text)
        agrees = reported is not None and subject in _pronouns_of(speaker)
        read = speaker + text[reported.end() :] if reported and agrees else None
    elif subject == "I" and _FIRST_PERSON_START.match(text):
        read = speaker + text[1:]
    else:
        contracted = _FIRST_PERSON_CONTRACTED.match(text) if subject[0] == "I" else None
        verb = _THIRD_PERSON_VERB[contracted.group(1).lower()] if contracted else ""
        read = f"{speaker} {verb}{text[contracted.end() :]}" if contracted else None
    if read is None or speaker in _PRONOUNS or not _NAMED_SPEAKER.fullmatch(speaker):
        return text, subject
    return read, speaker


def _pronouns_of(speaker: str) -> frozenset[str]:
    return speaker_pronouns(speaker, alias_table().lookup, lambda word: False)


_FIRST_PERSON_START = re.compile(r"I\b(?!['’.])")
_FIRST_PERSON_CONTRACTED = re.compile(r"I['’](m|ve|ll|d)\b", re.IGNORECASE)
#: The verb of a first-person contraction in the third person ("I’ve" -> "has").
_THIRD_PERSON_VERB = {"m": "is", "ve": "has", "ll": "will", "d": "would"}
_REPORTED_PRONOUN = re.compile(r"(?:He|She)\b(?!['’.])")

#: ``Tables.subjects`` is emptied past this size.
_SUBJECTS_LIMIT = 100_000


def normalize_claim(
    claim: Claim,
    options: Options | None = None,
    names: dict[tuple[str, ...], tuple[str, str]] | None = None,
) -> MatchKey:
    tables = load_tables(options.predicate_file if options else None)
    entities = list(_own_entities(claim, tables))
    text, said = speaker_read(claim)
    if names:
        entities += _names_in(text, names)
    subject = _subject_and_agent(said, entities, tables) if said else None
    if subject is not None and said:
        subject = _with_passive_agent(subject, text, said, entities, tables)
    key = _claim_key(
        text,
        entities,
        claim.negated,
        subject or (_EMPTY, _EMPTY),
        tables,
        said,
        _verb_of(claim.predicate),
    )
    name = _unmarked_name(key, said)
    if name is None or _written_in_lower_case(name, _lowercase_words([text])):
        return key
    return _with_agent(key, name)


def _own_entities(claim: Claim, tables: Tables) -> tuple[tuple[str, str], ...]:
    entities = claim.entities
    if not entities:
        return ()
    readings = tables.entity_readings
    own: list[tuple[str, str]] = []
    for entity in entities:
        names = (entity.text, entity.canonical)
        reading = readings.get(names, _UNREAD)
        if reading is _UNREAD:
            reading = readings[names] = _entity_reading(entity.text, entity.canonical, tables)
        if reading is None:
            continue
        plain, verb_in_name = reading
        # ``_headline_words``, its test of the name alone read once per name
        if verb_in_name and (claim.text.startswith(entity.text) or _title_case(claim.text)):
            continue
        own.append(plain)
    return tuple(own)


#: Not in ``Tables.entity_readings`` yet.
_UNREAD: Any = object()


def _entity_reading(
    mention: str, canonical: str, tables: Tables
) -> tuple[tuple[str, str], bool] | None:
    """How a claim's key reads one entity the parser marked, as far as the claim's text does
    not matter: None for a shouted "NO" (a negation, not a name), else the name without its
    article (``_without_article``) and whether it holds a verb or a figure
    (``_verb_in_name``: then it is read as words in a headline, ``_headline_words``)."""
    if mention.lower() in tables.negations:
        return None
    return _without_article(mention, canonical), _verb_in_name(mention, canonical)


def _without_article(mention: str, canonical: str) -> tuple[str, str]:
    """(mention, canonical) without a leading "the" the parser kept in the canonical name:
    "the Constitution" names what "the U.S. Constitution" does, and an alias ("the Kremlin"
    -> "Russia") keeps its mention whole."""
    # (the prefix test first: the regex's match call costs more, and few names open so)
    if not canonical.startswith(("the", "The")) or not _LEADING_THE.match(canonical):
        return mention, canonical
    return _LEADING_THE.sub("", mention), _LEADING_THE.sub("", canonical)


def _headline_words(mention: str, canonical: str, text: str) -> bool:
    """A "name" that is capitalised words of a title-case headline, or of a sentence's start,
    with a verb form or a figure among them: "Mayor Quits", "Firm Sacks", "Gave Birth",
    "Three Afghan", "Million Contract". Read as words, so that "Mayor Quits" meets "the
    mayor quit". A name the alias table resolves ("U.S.") stays a name."""
    return _verb_in_name(mention, canonical) and (text.startswith(mention) or _title_case(text))


@lru_cache(maxsize=1 << 16)
def _verb_in_name(mention: str, canonical: str) -> bool:
    """Several words, written as their canonical form, one of them ``_verb_or_figure``.
    Cached: an archive repeats its names."""
    if mention.lower() != canonical.lower():
        return False
    words = mention.lower().replace("-", " ").split()
    return len(words) > 1 and any(_verb_or_figure(word) for word in words)


#: WHY this size: one entry per word of the corpus's names; at 10,000 articles 4,096 entries
#: missed 200,000 times (0.6 CPU s of reading the names, in this process before the workers
#: start) where 65,536 miss 10,000 times, once per distinct word.
@lru_cache(maxsize=1 << 16)
def _verb_or_figure(word: str) -> bool:
    """A number or scale word, or an inflected form of a common news verb ("quits",
    "sacked", "gave"); not a base form, which names take ("Apple Watch", "Reality Show")."""
    if word in _SMALL_NUMBERS or word in _SCALES:
        return True
    tables = load_tables(None)
    verbs = _verb_stems()
    irregular = tables.lemmas.get(word)
    if irregular is not None and irregular != word:
        return stem(irregular) in verbs
    return word.endswith(("s", "ed", "ing")) and word not in verbs and stem(word) in verbs


@lru_cache(maxsize=1)
def _verb_stems() -> frozenset[str]:
    """Stems of the common news verbs (data/verbs.txt) and of the one-word predicates."""
    tables = load_tables(None)
    one_word = {phrase[0] for phrase in tables.predicates if len(phrase) == 1}
    return frozenset(stem(verb) for verb in _words(data_lines("verbs.txt"))) | one_word


def _claim_key(
    text: str,
    entities: list[tuple[str, str]],
    parser_negated: bool,
    subject: tuple[frozenset[str], frozenset[str]],
    tables: Tables,
    said: str | None = None,
    verb: str = "",
) -> MatchKey:
    """``subject`` is (the subject's entities, the same when the subject is only a name);
    ``said`` the subject's text, whose other words the key keeps too (``subject_words``);
    ``verb`` the stem of the parser's predicate (``_verb_of``)."""
    words = _words_of(text, entities, tables)
    return _match_key(
        text,
        entities,
        tables,
        words=words,
        plain=_plain_forms(text, entities, tables) if entities else ("", ""),
        subject=subject[0],
        agent=subject[1],
        parser_negated=parser_negated,
        subject_words=_subject_words(said, tuple(entities), tables) if said else (),
        verb=sys.intern(verb) if verb else "",
    )


def _verb_of(predicate: str | None) -> str:
    """The stem of the first word of the parser's predicate ("fell in" -> "fall")."""
    if not predicate:
        return ""
    first = predicate.split()[0].lower()
    return stem(first) if first.isalpha() else ""


def _subject_words(
    subject: str, entities: tuple[tuple[str, str], ...], tables: Tables
) -> tuple[str, ...]:
    """The words of a claim's subject as its key writes them, without names, figures and
    predicate classes: what the subject is when no name says it ("Schools", "Police
    officers", "Port Lasa airport"); none when the subject ends in a name. Claims split
    from one sentence share its subject, hence the memo."""
    memo = tables.subject_words
    named = (subject, _entities_for(subject, entities))
    found = memo.get(named)
    if found is None:
        if len(memo) > _SUBJECTS_LIMIT:
            memo.clear()
        tokens = _words_of(subject, named[1], tables).tokens
        # a subject that ends in a name is that name ("Former mayor Edvin Sorell"), whose
        # title says nothing of what the claim is about; a name of one word the key keeps as
        # a word ("Sorell") is a name too, not a common noun that tells what the claim is about
        head_named = bool(tokens) and (
            tokens[-1].startswith(ENTITY_PREFIX) or _ends_in_name(subject, named[1])
        )
        found = memo[named] = (
            ()
            if head_named
            else tuple(
                sorted(
                    {
                        t
                        for t in tokens
                        if not t.startswith((ENTITY_PREFIX, CLASS_PREFIX))
                        and not t[:1].isdigit()
                        and t != "not"
                    }
                )
            )
        )
    return found


def _ends_in_name(subject: str, entities: Sequence[tuple[str, str]]) -> bool:
    """The subject's last word is the last word of a name the parser found in it ("Sorell",
    "Mayor Sorell", "Sorell's lawyer" is not): a name of one word, which the key writes as a
    plain word (``_plain_name``), still names the subject."""
    words = subject.rstrip(" .,;:").split()
    return bool(words) and any(
        mention.split()[-1:] == words[-1:] for mention, _ in entities if mention in subject
    )


#: What a claim's key depends on besides the corpus's names (a function of the text):
#: (text, the parser's entities, subject, the parser's negation flag).
_KeyInput = tuple[str, tuple[tuple[str, str], ...], str | None, bool, str]
_Names = dict[tuple[str, ...], tuple[str, str]]
#: Below this many distinct claims, starting worker processes costs more than it saves.
MIN_CLAIMS_FOR_PROCESSES = 4000
#: Claims per task sent to a worker: a few tasks per worker keep both busy to the end.
CLAIMS_PER_TASK = 2000


def normalize_claims(
    claims: Sequence[Claim], options: Options | None = None, *, jobs: int = 1
) -> list[MatchKey]:
    """Every claim's key. A name the parser recognised in one claim is recognised in all of
    them, whatever its case ("the Foreign Ministry" / "the foreign ministry").

    With ``jobs`` > 1 and enough claims, the keys are computed in that many processes: a
    key costs the worker about 60 us and the main process only 10 us to receive."""
    predicate_file = options.predicate_file if options else None
    tables = load_tables(predicate_file)
    names = corpus_names(claims)
    # Republished copies and repeated sentences give the same inputs: one key for all of them
    # (keys are frozen, so sharing one is safe).
    positions: dict[_KeyInput, int] = {}
    order = [positions.setdefault(_key_input(c, tables), len(positions)) for c in claims]
    # read by ``_key_input`` alone: emptied before the workers are forked with this heap
    tables.entity_readings.clear()
    inputs = list(positions)
    folds = middle_name_folds({canonical for _, e, _, _, _ in inputs for _, canonical in e})
    if folds:
        inputs = [_with_folded_names(i, folds) for i in inputs]
        names = {w: (m, folds.get(c, c)) for w, (m, c) in names.items()}
    # Keys are a dozen frozensets and tuples each, none in a cycle; the collector's passes
    # over everything alive (the corpus's claims) took a quarter of this stage.
    # Each chunk of keys shares its sets with the keys before it as it comes: a chunk from a
    # worker holds copies of sets earlier chunks hold, and freed only once all keys were
    # there, those copies were holes between the keys kept (a fifth of what normalizing
    # left alive at 2,000 articles, measured); freed at once, the next chunk fills them.
    share = _EqualSets().share
    with collection_paused():
        keys = None
        if jobs > 1 and len(inputs) >= MIN_CLAIMS_FOR_PROCESSES:
            keys = _keys_in_processes(inputs, names, predicate_file, jobs, share)
        if keys is None:
            keys = share(_input_keys(inputs, names, tables))
    unmarked = _with_unmarked_agents(keys, inputs)
    share([new for new, old in zip(unmarked, keys, strict=True) if new is not old])
    keys = unmarked
    # They hold the corpus's names and subjects: not needed past this stage. The subjects'
    # words too: filled by the keys this process computed (36,000 entries at 2,000 articles,
    # up to ``_SUBJECTS_LIMIT``), they were alive to the end of the run.
    _firsts_cache.clear()
    tables.subjects.clear()
    tables.subject_words.clear()
    return with_statement_words(claims, [keys[position] for position in order])


def with_statement_words(claims: Sequence[Claim], keys: list[MatchKey]) -> list[MatchKey]:
    """``keys`` with ``statement_words`` set on the keys of statement claims: a claim with no
    speaker of its own whose subject is the speaker of claims split from the same sentence
    ("Two people were hurt, police said on Monday" -> "Police said on Monday", with "Two
    people were hurt" said by police). Its words are those of the claims it tags.

    Set here, per claim, not on the shared keys: two outlets may write "Police said on
    Monday" word for word of two different statements."""
    out = keys
    # a sentence's claims come together, in the parser's order
    for _, run in itertools.groupby(
        range(len(claims)), key=lambda i: (claims[i].article_id, claims[i].sentence_start)
    ):
        members = list(run)
        if len(members) < 2:
            continue
        for index, words in _statements_of_sentence(claims, keys, members):
            if out is keys:
                out = list(keys)
            out[index] = dataclasses.replace(keys[index], statement_words=words)
    return out


def _statements_of_sentence(
    claims: Sequence[Claim], keys: Sequence[MatchKey], members: list[int]
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The statement claims among one sentence's claims (``members``), with their words:
    those of the claims said, less the statement claim's own (the speaker's name, often
    also in what was said) and "not" (two statements deny as many things)."""
    said: dict[str, tuple[set[str], set[str]]] = {}
    for i in members:
        claim = claims[i]
        if claim.attribution is not None:
            words, cues = said.setdefault(claim.attribution.lower(), (set(), set()))
            words.update(keys[i].tokens)
            if claim.attribution_cue:
                cues.add(claim.attribution_cue.lower())
    if not said:
        return
    for i in members:
        claim = claims[i]
        if claim.attribution is not None or claim.subject is None:
            continue
        found = said.get(claim.subject.lower())
        # the verb of saying is the claim's own: "Ana Ruiz, the port's director, said ..."
        # also gives "Ana Ruiz is the port's director", which tells no statement
        if found is None or not _says_with(claim.text, found[1]):
            continue
        words = found[0].difference(keys[i].tokens, _NOT_TOKENS)
        if words:
            yield i, tuple(sorted(words))


_NOT_TOKENS = frozenset({"not"})


def _says_with(text: str, cues: set[str]) -> bool:
    """``text`` holds one of the attribution ``cues`` ("said", "told") as a word."""
    return not cues.isdisjoint(_LOWER_WORD.findall(text.lower()))


#: A subject of one to three capitalised words, after an optional "The": a name the parser
#: may not have marked ("Oman suspended talks": a sentence's first word is capitalised
#: anyway, so the parser does not call it a name on its own).
_BARE_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def middle_name_folds(canonicals: Iterable[str]) -> dict[str, str]:
    """Names written with a middle name or initial -> the same name without, where the
    corpus writes both ("Ana Maria Ruiz", "Tom J. Berg" -> "Ana Ruiz", "Tom Berg"): one
    person, one entity token. The two must open and end alike and the longer add only
    capitalised words inside; a name with a lower-case word ("Bank of America") is left
    alone, so "Bank of North America" never folds into it."""
    by_ends: dict[tuple[str, str], list[list[str]]] = {}
    for canonical in canonicals:
        words = canonical.split()
        if len(words) > 1 and all(w[0].isupper() for w in words):
            by_ends.setdefault((words[0], words[-1]), []).append(words)
    folds: dict[str, str] = {}
    for names in by_ends.values():
        if len(names) < 2:
            continue
        names.sort(key=lambda w: (len(w), w))
        for index, longer in enumerate(names):
            for shorter in names[:index]:
                if len(shorter) < len(longer) and _inside(shorter, longer):
                    folds[" ".join(longer)] = " ".join(shorter)
                    break
    return folds


def _inside(shorter: list[str], longer: list[str]) -> bool:
    """``shorter``'s words appear in ``longer`` in order."""
    remaining = iter(longer)
    return all(word in remaining for word in shorter)


def _with_folded_names(key_input: _KeyInput, folds: dict[str, str]) -> _KeyInput:
    text, entities, subject, negated, verb = key_input
    if not any(canonical in folds for _, canonical in entities):
        return key_input
    folded = tuple((mention, folds.get(canonical, canonical)) for mention, canonical in entities)
    return (text, folded, subject, negated, verb)


def _key_input(claim: Claim, tables: Tables) -> _KeyInput:
    text, subject = speaker_read(claim)
    return (text, _own_entities(claim, tables), subject, claim.negated, _verb_of(claim.predicate))


def _lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word the texts write in lower case: "officials" there tells that a sentence's
    "Officials" is a common word, not a name.

    WHY text by text, not one ``findall`` over the texts joined: that built the whole joined
    text and a list of every lower-case word of the corpus (a string object per word: 65 MB
    at 2,000 articles), alive beside the new keys at once and then freed in one go, which
    left holes the rest of the run's heap never filled."""
    words: set[str] = set()
    for text in texts:
        words.update(_LOWER_WORD.findall(text))
    return frozenset(words)


#: The key fields that are sets, or sets held as sorted tuples (``entities``): most small
#: ones repeat across claims.
_SET_FIELDS = (
    *(f.name for f in dataclasses.fields(MatchKey) if str(f.type).startswith("frozenset")),
    "entities",
    "subject_words",
)


def _share_equal_sets(keys: list[MatchKey]) -> None:
    """Make the equal set fields of ``keys`` one object each (``_EqualSets``)."""
    _EqualSets().share(keys)


class _EqualSets:
    """Makes the equal set fields of the keys it is given one object each, across calls.

    WHY: a key holds a dozen frozensets, and most of the small ones (entities, subject,
    figures, predicates, frames) repeat across claims: one copy per value saves 700 bytes a
    key (a fifth of the keys' memory, 0.4 GB at 10,000 articles) for about 4 microseconds a
    key. Empty sets too: every ``frozenset()`` is a new 216-byte object. Keys built in worker
    processes never share a set to begin with. Frozen and equal by value: nothing can tell
    the copies apart.
    """

    def __init__(self) -> None:
        self._one: dict[frozenset[Any] | tuple[str, ...], frozenset[Any] | tuple[str, ...]] = {
            _EMPTY: _EMPTY
        }

    def share(self, keys: list[MatchKey]) -> list[MatchKey]:
        """``keys``, their sets shared with those of every key shared before."""
        share_equal_values(keys, _SET_FIELDS, self._one)
        return keys


def drop_scoring_texts(keys: Iterable[MatchKey]) -> None:
    """Empty each key's ``text`` and ``plain`` (the scorer's strings), in place.

    For a pipeline that has scored its pairs and judges them next: the judge reads the keys'
    tokens, sets and ``surface`` (``match.similarity``), never ``text`` or ``plain``, which
    only the scorer and its per-pair tests (``other_scopes``, ``swapped_parties``) read.
    WHY: the two strings are a third of the keys' memory (17 of 73 MB at 2,000 articles,
    freed field by field under tracemalloc), alive through judging, the run's peak. Keys
    that differed in these alone become equal, as nothing past here tells them apart.
    """
    for key in keys:
        if key.text:
            object.__setattr__(key, "text", "")
        if key.plain:
            object.__setattr__(key, "plain", "")


def _unmarked_name(key: MatchKey, subject: str | None) -> str | None:
    """The subject, when it may be a name the parser did not mark: the key has no agent and
    the subject is capitalised words only."""
    if key.agent or not subject:
        return None
    given = _GIVEN_NAME.search(subject)
    bare = _BARE_NAME.fullmatch((given.group("name") if given else subject).strip())
    # "I" is never written in lower case, yet names no one ("ent_i" kept "I will not resign"
    # apart from every named subject)
    return bare.group(1) if bare and bare.group(1) not in _PRONOUNS else None


def _written_in_lower_case(name: str, common: frozenset[str]) -> bool:
    return any(word.lower() in common for word in name.split())


def _with_unmarked_agents(keys: list[MatchKey], inputs: Sequence[_KeyInput]) -> list[MatchKey]:
    """``keys`` with the agents of subjects that are names the parser did not mark: the
    corpus's own lower-case words tell names from common words ("Officials")."""
    names = [
        _unmarked_name(key, said) for key, (_, _, said, _, _) in zip(keys, inputs, strict=True)
    ]
    if not any(names):
        return keys
    common = _lowercase_words(text for text, _, _, _, _ in inputs)
    found = list(keys)
    for n, name in enumerate(names):
        if name and not _written_in_lower_case(name, common):
            found[n] = _with_agent(keys[n], name)
    return found


#: Where ``agent`` is among a key's field values.
_AGENT_AT = [f.name for f in dataclasses.fields(MatchKey)].index("agent")


def _with_agent(key: MatchKey, name: str) -> MatchKey:
    """``key`` with ``name`` as its agent. Built from the field values rather than with
    ``dataclasses.replace``, which looks every field up by name again (a third of the
    claims get an agent this way)."""
    values = list(_match_key_fields(key))
    values[_AGENT_AT] = frozenset([entity_token(name)])
    return MatchKey(*values)


def _input_keys(inputs: Sequence[_KeyInput], names: _Names, tables: Tables) -> list[MatchKey]:
    # Claims split from one sentence share its subject, and many sentences a subject ("Iran").
    subjects = tables.subjects
    if len(subjects) > _SUBJECTS_LIMIT:
        subjects.clear()
    keys: list[MatchKey] = []
    for text, own, said, negated, verb in inputs:
        entities = list(own)
        if names:
            entities += _names_in(text, names)
        subject = (_EMPTY, _EMPTY)
        if said:
            named = (said, _entities_for(said, entities))
            found = subjects.get(named)
            if found is None:
                found = subjects[named] = _subject_and_agent(said, named[1], tables)
            subject = _with_passive_agent(found, text, said, entities, tables)
        keys.append(_claim_key(text, entities, negated, subject, tables, said, verb))
    return keys


def _keys_in_processes(
    inputs: list[_KeyInput],
    names: _Names,
    predicate_file: Path | None,
    jobs: int,
    share: Callable[[list[MatchKey]], list[MatchKey]],
) -> list[MatchKey] | None:
    """The keys of ``inputs`` in order, computed by ``jobs`` processes: ``jobs`` - 1 workers
    and this one, which computes the tasks no worker has started yet, from the last one
    back; None when workers cannot be started (the caller then computes them itself).

    WHY this process computes too: a key costs a worker about 70 us, then 6 to send it, and
    this process 9 to receive it; a key computed here is neither sent nor received, and
    taking tasks from the end keeps both sides busy until they meet. Each chunk's keys go
    through ``share`` as they are made or received.
    """
    size = max(1, min(CLAIMS_PER_TASK, -(-len(inputs) // (jobs * 4))))
    chunks = [inputs[s : s + size] for s in range(0, len(inputs), size)]
    tables = load_tables(predicate_file)
    keys: list[MatchKey] = []
    try:
        with ProcessPoolExecutor(
            max_workers=max(1, min(jobs - 1, len(chunks))),
            initializer=_start_worker,
            initargs=(names, predicate_file),
        ) as pool:
            tasks = [pool.submit(_chunk_keys, chunk) for chunk in chunks]
            own: dict[int, list[MatchKey]] = {}
            received: dict[int, list[MatchKey]] = {}
            for n in range(len(tasks) - 1, -1, -1):
                if not tasks[n].cancel():
                    break  # a worker has this task, and (first in, first out) every earlier one
                own[n] = share(_input_keys(chunks[n], names, tables))
                _share_received(tasks, received, share)
            for n, task in enumerate(tasks):
                if n in own:
                    keys.extend(own[n])
                else:
                    keys.extend(received[n] if n in received else share(task.result()))
    except (BrokenProcessPool, OSError) as exc:
        log.warning("normalizing in one process: worker processes failed (%s)", exc)
        return None
    return keys


def _share_received(
    tasks: list[Future[list[MatchKey]]],
    received: dict[int, list[MatchKey]],
    share: Callable[[list[MatchKey]], list[MatchKey]],
) -> None:
    """Share the keys of the tasks done since the last call, into ``received``: the copies
    they free make room for the keys this process or the workers make next."""
    for n, task in enumerate(tasks):
        if n not in received and task.done() and not task.cancelled():
            received[n] = share(task.result())


#: A worker's corpus names and tables, set once by ``_start_worker``.
_worker: tuple[_Names, Tables] | None = None


def _start_worker(names: _Names, predicate_file: Path | None) -> None:
    global _worker  # per-process state, set once when the worker starts
    # A forked worker inherits the whole corpus: frozen, the collector never walks it (and
    # never touches, so copies, its pages).
    gc.freeze()
    _worker = (names, load_tables(predicate_file))


def _chunk_keys(inputs: list[_KeyInput]) -> list[MatchKey]:
    if _worker is None:  # pragma: no cover - the pool always runs the initializer first
        raise RuntimeError("normalize worker used before it was started")
    names, tables = _worker
    with collection_paused():
        keys = _input_keys(inputs, names, tables)
    # Shared here, the equal sets of the chunk are pickled, sent and rebuilt once each: the
    # parent no longer builds a copy per key only to free it in ``_share_equal_sets``,
    # leaving the holes between the keys it keeps (80 MB at 2,000 articles, measured RSS).
    _share_equal_sets(keys)
    return keys


def corpus_names(claims: Sequence[Claim]) -> dict[tuple[str, ...], tuple[str, str]]:
    """Lower-cased word tuples of multi-word entity mentions -> (mention, canonical)."""
    names: dict[tuple[str, ...], tuple[str, str]] = {}
    for claim in claims:
        for entity in claim.entities:
            mention, canonical = _without_article(entity.text, entity.canonical)
            words = tuple(mention.lower().split())
            # The first mention of a name is kept: a known one needs no headline test.
            if words in names or not 1 < len(words) <= MAX_NAME_WORDS:
                continue
            if not _headline_words(mention, canonical, claim.text):
                names[words] = (mention, canonical)
    return names


#: (id of a corpus's names, the names) -> first word -> the name lengths, in words, that
#: start with it, longest first. The names are kept alive with their id: an id is reused
#: once its object is gone.
_firsts_cache: dict[int, tuple[_Names, dict[str, tuple[int, ...]]]] = {}


def _first_words(names: _Names) -> dict[str, tuple[int, ...]]:
    cached = _firsts_cache.get(id(names))
    if cached is None or cached[0] is not names:
        lengths: dict[str, set[int]] = {}
        for words in names:
            if 1 < len(words) <= MAX_NAME_WORDS:
                lengths.setdefault(words[0], set()).add(len(words))
        cached = (names, {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()})
        _firsts_cache.clear()
        _firsts_cache[id(names)] = cached
    return cached[1]


def _names_in(text: str, names: dict[tuple[str, ...], tuple[str, str]]) -> list[tuple[str, str]]:
    """(mention as written here, canonical) for every corpus name the text contains."""
    found: list[tuple[str, str]] = []
    firsts = _first_words(names)
    # str.split and the regex's \S+ cut at the same (Unicode) whitespace; word offsets are
    # only needed for a name actually found, so the regex runs for those claims alone.
    # Lower-casing ASCII text whole or word by word gives the same words.
    if text.isascii():
        lowered = [word.strip(_NAME_PUNCTUATION) for word in text.lower().split()]
    else:
        lowered = [word.lower().strip(_NAME_PUNCTUATION) for word in text.split()]
    if firsts.keys().isdisjoint(lowered):
        return found
    # A text whose words stand one space apart (most) gives a name's words joined by
    # spaces, as written: no offsets needed (their regex was a quarter of this function).
    words = text.split()
    spaced = " ".join(words) == text
    spans: list[tuple[int, int]] = []
    runs = _WORD_RUN.finditer(text)
    for start, first in enumerate(lowered):
        sizes = firsts.get(first)
        if sizes is None:
            continue
        for size in sizes:
            name = names.get(tuple(lowered[start : start + size]))
            if name is not None and start + size <= len(lowered):
                last = start + size - 1
                if spaced:
                    mention = " ".join(words[start : last + 1])
                else:
                    # Offsets up to the name's last word only: most names sit early in a claim.
                    spans.extend(
                        m.span() for m in itertools.islice(runs, max(0, last + 1 - len(spans)))
                    )
                    mention = text[spans[start][0] : spans[last][1]]
                found.append((mention.strip(_NAME_PUNCTUATION), name[1]))
                break
    return found


_NAME_PUNCTUATION = ".,;:!?\"'()"
_WORD_RUN = re.compile(r"\S+")
