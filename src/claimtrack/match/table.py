"""The per-claim table the scorer reads: ``ClaimTable`` holds each claim's strings and
its word, n-gram and token sets as ``SetColumn``s, computed once per batch (a claim sits in
dozens of pairs). Here too the per-claim helpers it is built from: the plain and surface
texts, rapidfuzz's tokens, clause cues, claims that say only who and when, precise figures."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Hashable, Sequence
from functools import cached_property, lru_cache
from itertools import chain

import numpy as np
import numpy.typing as npt

from claimtrack.match.columns import SetColumn, distinct, intern, iter_ngrams
from claimtrack.match.measures import NO_ROLE, counts_occasions, counts_per_time, percent_role
from claimtrack.match.movers import moves
from claimtrack.match.names import (
    _name_words,
    each_plain_words,
    each_spare_name_words,
    name_forms,
    plain_words,
    subject_name_sets,
)
from claimtrack.match.occasions import NO_TIME, told_time
from claimtrack.match.parts import part_figures
from claimtrack.match.untold import negation_described, untold
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, stem
from claimtrack.parse.dates import MONTH_NAMES
from claimtrack.parse.tables import sections

IntArray = npt.NDArray[np.int64]
#: Claim and vocabulary ids the table keeps for every token: a claim or vocabulary of 2**31
#: is far beyond any archive, and half the bytes of int64 (an owner and an id per token of
#: every claim, twice: the plain and the key tokens).
SmallIntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


#: Longest surface word n-grams the features compare.
WORD_GRAMS = 4


def _plain(key: MatchKey) -> str:
    return key.plain or key.text


class ClaimTable:
    """What the pair features read of each claim, computed once per batch (a claim sits in
    dozens of pairs): its strings, and its word, n-gram and token sets as ``SetColumn``s."""

    def __init__(self, keys: Sequence[MatchKey], topic: frozenset[str] = frozenset()) -> None:
        self.keys = keys
        #: the run's topic words (``topic_set`` of all its claims, not only of these)
        self.topic = topic

    @cached_property
    def surfaces(self) -> npt.NDArray[np.object_]:
        return _objects([k.surface for k in self.keys])

    @cached_property
    def plains(self) -> npt.NDArray[np.object_]:
        """``plain`` (the keys' own strings): what ``fuzz.token_sort_ratio`` compares.

        WHY not each claim's tokens sorted and joined once here, as the scorer compared
        them with ``fuzz.ratio``: a new string per claim (45 MB at 10,000 articles), alive
        through all of scoring, the run's peak, while rapidfuzz sorts them per pair in C
        for the half of the pairs that get the feature at all (the same bits)."""
        return _objects([_plain(k) for k in self.keys])

    @cached_property
    def sorted_plain_lengths(self) -> IntArray:
        """The length of ``plain`` as ``fuzz.token_sort_ratio`` compares it: its tokens
        joined by single spaces (in any order: the length is the same)."""
        lengths = (_joined_length(rapidfuzz_tokens(_plain(k))) for k in self.keys)
        return np.fromiter(lengths, dtype=np.int64, count=self.size)

    def surface_words(self) -> tuple[IntArray, IntArray]:
        """(owner, word id) of the folded surface words, in order (stop words kept: word
        order and function words tell a rewording from a different statement). Not kept:
        only the n-gram columns are built from them (two int64 per word of every claim)."""
        owner, ids, _ = intern(s.split() for s in self.surfaces.tolist())
        return owner, ids

    @cached_property
    def tokens(self) -> tuple[SmallIntArray, SmallIntArray, list[Hashable]]:
        """(owner, token id, vocabulary) of the normalized ``plain`` tokens, in order."""
        return _narrow(*intern(_plain(k).split() for k in self.keys))

    @cached_property
    def token_spans(self) -> tuple[IntArray, IntArray]:
        """(how many, where the first is) of each claim's tokens in ``tokens``: once per
        table, not once per slice of pairs (it reads every token of every claim)."""
        owner, _, _ = self.tokens
        counts = np.bincount(owner, minlength=self.size).astype(np.int64)
        return counts, np.cumsum(counts) - counts

    def words(self, n: int) -> SetColumn:
        """The set of surface word n-grams of each claim."""
        return self._word_grams[n - 1]

    @cached_property
    def _word_grams(self) -> list[SetColumn]:
        # each size a column before the next is counted (``iter_ngrams``)
        return [
            SetColumn(owner, grams, self.size)
            for owner, grams in iter_ngrams(*self.surface_words(), WORD_GRAMS)
        ]

    @property
    def size(self) -> int:
        return len(self.keys)

    #: The columns whose building needs far more memory than they keep (a column's sort
    #: codes, n-gram ids, its strings joined before they are split): most of it first.
    #: Built lazily, in the order the features first read them, the n-gram and token
    #: columns came after most others, so their building peaked on top of the rest of the
    #: table: the scorer's peak at 10,000 articles, above its batches.
    BUILT_FIRST = (
        "_word_grams",
        "tokens",
        "token_grams",
        "name_sets",
        "token_set",
        "key_tokens",
        "topic_tokens",
        "has_not",
        "who_and_when",
        "subject_name_sets",
    )

    def build_costly_columns(self) -> None:
        """Build the ``BUILT_FIRST`` columns, in that order, before any pair reads the
        table (what a column holds does not depend on when it is built)."""
        for name in self.BUILT_FIRST:
            getattr(self, name)

    @cached_property
    def token_set(self) -> SetColumn:
        """Queried item by item (``holds``, ``df``) by the added-clause feature."""
        owner, ids, _ = self.tokens
        return SetColumn(owner, ids, self.size, queried=True)

    @cached_property
    def token_grams(self) -> SetColumn:
        owner, ids, _ = self.tokens
        sizes = iter_ngrams(owner, ids, 3)
        next(sizes), next(sizes)  # unigrams and bigrams: only the trigrams are a column
        return SetColumn(*next(sizes), self.size)

    @cached_property
    def entity_tokens(self) -> SetColumn:
        owner, ids, vocabulary = self.tokens
        entity = np.array([str(v).startswith("ent_") for v in vocabulary], dtype=bool)
        held = entity[ids] if len(ids) else np.zeros(0, dtype=bool)
        return SetColumn(owner[held], ids[held], self.size)

    @cached_property
    def clause_cued(self) -> BoolArray:
        """The claim's surface holds a clause cue (``added_clause`` can be non-zero)."""
        openers = _clause_openers()
        return np.array(
            [not openers.isdisjoint(s.split()) for s in self.surfaces.tolist()], dtype=bool
        )

    @cached_property
    def numbers(self) -> SetColumn:
        return SetColumn.of([k.numbers for k in self.keys])

    @cached_property
    def name_sets(self) -> SetColumn:
        """Each claim's surnames (rows 0 to n-1) and bare names (rows n to 2n-1), so that
        ``common(left, right + n)`` counts one claim's surnames among the other's bare names
        (``name_variants``): ``_name_sets`` of every claim, from the forms of each distinct
        token (``name_forms``), not token by token of every claim."""
        owner, ids, vocabulary = self._key_token_ids
        forms: dict[str, int] = {}
        surname_of = np.full(len(vocabulary), -1, dtype=np.int64)
        bare_of = np.full(len(vocabulary), -1, dtype=np.int64)
        for at, token in enumerate(vocabulary):
            if token == "not":
                continue  # ``_without_not``
            surname, bare = name_forms(str(token))
            if surname is not None:
                surname_of[at] = forms.setdefault(surname, len(forms))
            elif bare is not None:
                bare_of[at] = forms.setdefault(bare, len(forms))
        width = max(len(forms), 1)
        surnames = _owned_codes(owner, surname_of[ids], width)
        bare_names = _owned_codes(owner, bare_of[ids], width)
        # a claim that holds both forms of a name already shares it as a token
        surnames, bare_names = (
            surnames[~np.isin(surnames, bare_names, assume_unique=True)],
            bare_names[~np.isin(bare_names, surnames, assume_unique=True)],
        )
        column = SetColumn(
            np.concatenate([surnames // width, bare_names // width + self.size]),
            np.concatenate([surnames % width, bare_names % width]),
            2 * self.size,
        )
        self._built_from_key_tokens("name_sets")
        return column

    @cached_property
    def plain_words(self) -> SetColumn:
        """Each claim's tokens that are no part of a name it gives (``names.plain_words``),
        read from a generator: ``intern`` holds a chunk of the sets at a time, not all."""
        owner, ids, _ = intern(each_plain_words(self.keys))
        return SetColumn(owner, ids, self.size)

    @cached_property
    def tying_plain_words(self) -> SetColumn:
        """Each claim's ``plain_words`` that may tie it to another claim: no vague quantity
        and no joining word (``untying_words``). A pair that shares no other plain word
        shares names only (``frames._tying_words``)."""
        return self._plain_words_without(untying_words())

    @cached_property
    def timeless_plain_words(self) -> SetColumn:
        """``tying_plain_words`` without the words of when (``when_words``), for the pairs
        whose events are of no one frame: two claims that share a place and a day ("In
        Alder Hall, 600 people spent Thursday night" / "In Alder Hall, volunteers handed out
        food on Thursday") share whom, where and when, not what."""
        return self._plain_words_without(untying_words() | when_words())

    def _plain_words_without(self, untied: frozenset[str]) -> SetColumn:
        owner, ids, _ = intern(
            [w for w in words if w not in untied] for words in each_plain_words(self.keys)
        )
        return SetColumn(owner, ids, self.size)

    @cached_property
    def measured(self) -> BoolArray:
        """Each claim's ``frames.measured``: it gives a figure of something."""
        return np.array([measured(k) for k in self.keys], dtype=bool)

    @cached_property
    def precise_figures(self) -> SetColumn:
        return SetColumn.of([_precise_figures(k.numbers) for k in self.keys])

    @cached_property
    def negated(self) -> BoolArray:
        return np.array([k.negated for k in self.keys], dtype=bool)

    # --- what the frame similarity, the prefilter and the vetoes read -----------------------

    @cached_property
    def texts(self) -> npt.NDArray[np.object_]:
        """The normalized texts, as an object array: gathering one per pair is then a C loop."""
        return _objects([k.text for k in self.keys])

    @cached_property
    def _key_token_ids(self) -> tuple[SmallIntArray, SmallIntArray, list[Hashable]]:
        return _narrow(*intern([k.tokens for k in self.keys]))

    #: What is built from ``_key_token_ids``: once all are, the ids go.
    _KEY_TOKEN_READERS = ("name_sets", "key_tokens", "topic_tokens", "has_not", "who_and_when")

    def _built_from_key_tokens(self, name: str) -> None:
        """``name`` (one of ``_KEY_TOKEN_READERS``) is built: when the others are too, nothing
        reads the per-token ids of the key tokens any more (an owner and an id per token of
        every claim, alive otherwise till the end of scoring)."""
        others = (n for n in self._KEY_TOKEN_READERS if n != name)
        if all(n in self.__dict__ for n in others):
            self.__dict__.pop("_key_token_ids", None)

    @cached_property
    def key_tokens(self) -> SetColumn:
        owner, ids, _ = self._key_token_ids
        column = SetColumn(owner, ids, self.size)
        self._built_from_key_tokens("key_tokens")
        return column

    @cached_property
    def topic_tokens(self) -> SetColumn:
        """Each claim's key tokens that are topic words of the run (``topic``) or vague
        quantities (``untying_words``): what a link by frame similarity alone is not tied
        by."""
        owner, ids, vocabulary = self._key_token_ids
        topic = self.topic | untying_words()
        flags = np.array([v in topic for v in vocabulary], dtype=bool) if topic else None
        keep = flags[ids] if flags is not None and len(ids) else np.zeros(len(ids), dtype=bool)
        column = SetColumn(owner[keep], ids[keep], self.size)
        self._built_from_key_tokens("topic_tokens")
        return column

    def _holding(self, flags: BoolArray) -> BoolArray:
        """Claims with a token whose (vocabulary) flag is set."""
        owner, ids, _ = self._key_token_ids
        held = flags[ids] if len(ids) else np.zeros(0, dtype=bool)
        return np.asarray(np.bincount(owner[held], minlength=self.size) > 0, dtype=bool)

    @cached_property
    def spare_name_words(self) -> IntArray:
        """``spare_name_words`` of every claim (most have none: no name left as words)."""
        return np.fromiter(each_spare_name_words(self.keys), dtype=np.int64, count=self.size)

    @cached_property
    def has_not(self) -> IntArray:
        _, _, vocabulary = self._key_token_ids
        has_not = self._holding(np.array([v == "not" for v in vocabulary], dtype=bool))
        self._built_from_key_tokens("has_not")
        return has_not.astype(np.int64)

    @cached_property
    def who_and_when(self) -> BoolArray:
        """``says_only_who_and_when`` of every claim, from flags of its distinct tokens."""
        _, _, vocabulary = self._key_token_ids
        times = _who_when_stems()
        who = _who_stems()
        words = [str(v) for v in vocabulary]
        dated = np.array([w in times for w in words], dtype=bool)
        # a day of the month goes with a month name ("on March 10"), not alone
        allowed = np.array(
            [
                w.startswith(ENTITY_PREFIX)
                or w in times
                or w in who
                or (w.isdigit() and len(w) <= 2)
                for w in words
            ],
            dtype=bool,
        )
        who_and_when = self._holding(dated) & ~self._holding(~allowed)
        self._built_from_key_tokens("who_and_when")
        return who_and_when

    @cached_property
    def frames(self) -> SetColumn:
        return SetColumn.of([k.frames for k in self.keys])

    @cached_property
    def predicates(self) -> SetColumn:
        return SetColumn.of([k.predicates for k in self.keys])

    @cached_property
    def entities(self) -> SetColumn:
        return SetColumn.of([k.entities for k in self.keys])

    @cached_property
    def subject(self) -> SetColumn:
        return SetColumn.of([k.subject for k in self.keys])

    @cached_property
    def subject_name_sets(self) -> SetColumn:
        """``subject_name_sets`` of each claim's subject (surnames in rows 0 to n-1, bare
        names in rows n to 2n-1): ``one_person`` of every pair. Worked out once per distinct
        subject here, past the memo: once the column is built nothing reads the memo's
        entries till it is emptied."""
        one: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}
        name_sets = subject_name_sets.__wrapped__
        forms = [
            one[k.subject] if k.subject in one else one.setdefault(k.subject, name_sets(k.subject))
            for k in self.keys
        ]
        return SetColumn.of([f[0] for f in forms] + [f[1] for f in forms])

    @cached_property
    def number_contexts(self) -> SetColumn:
        return SetColumn.of([k.number_contexts for k in self.keys])

    @cached_property
    def no_negated_heads(self) -> BoolArray:
        return np.array([not k.negated_heads for k in self.keys], dtype=bool)

    @cached_property
    def denies(self) -> BoolArray:
        """The claim is negated, not only in a relative clause that describes a thing it
        names (``untold.negation_described``): it tells nothing plainly."""
        return np.array([k.negated and not negation_described(k) for k in self.keys], dtype=bool)

    @cached_property
    def untold(self) -> BoolArray:
        """The claim says something was not told or is not known (``untold.untold``)."""
        return np.array([untold(k) for k in self.keys], dtype=bool)

    @cached_property
    def statements(self) -> BoolArray:
        """The claim tells when or how a statement was made (``match.statements``)."""
        return np.array([bool(k.statement_words) for k in self.keys], dtype=bool)

    @cached_property
    def moving(self) -> BoolArray:
        """The claim tells a level moving (``movers.moves``): without it, ``movers_apart``
        is False whatever the other claim says."""
        return np.array([moves(k) for k in self.keys], dtype=bool)

    @cached_property
    def named_agent(self) -> BoolArray:
        """The claim's subject names someone (``_name_words`` of its agent): without it,
        ``other_parties`` is False whatever the other claim says."""
        return np.array([bool(_name_words(k.agent)) for k in self.keys], dtype=bool)

    @cached_property
    def percent_roles(self) -> SmallIntArray:
        """Each claim's ``measures.percent_role`` (read only for claims with figures)."""
        return np.array(
            [percent_role(k) if k.numbers else NO_ROLE for k in self.keys], dtype=np.int32
        )

    @cached_property
    def occasions(self) -> BoolArray:
        """Each claim's ``measures.counts_occasions`` (read only for claims with figures)."""
        return np.array([bool(k.numbers) and counts_occasions(k) for k in self.keys], dtype=bool)

    @cached_property
    def times(self) -> SmallIntArray:
        """Each claim's ``occasions.told_time`` (read only for claims with figures)."""
        return np.array([told_time(k) if k.numbers else NO_TIME for k in self.keys], dtype=np.int32)

    @cached_property
    def parts(self) -> BoolArray:
        """Which claims tell a figure as a part (``parts.part_figures``: "8,000 of the
        stolen files"), read only for claims with figures."""
        return np.array([bool(k.numbers) and bool(part_figures(k)) for k in self.keys], dtype=bool)

    @cached_property
    def per_time(self) -> BoolArray:
        """Each claim's ``measures.counts_per_time`` (read only for claims with figures)."""
        return np.array([bool(k.numbers) and counts_per_time(k) for k in self.keys], dtype=bool)


def measured(key: MatchKey) -> bool:
    """The claim gives a figure of something: a figure with a word after it that is no word of
    a name ("2 percent", "14.20 euros", "five companies"), or with one name and then such a
    word ("36,000 Kellan Hospital patients": patients), nor a year or the day of a date.
    "Tessera-2 Earth-observation satellite" numbers a name; "moved abroad at 17" names no
    unit; "on March 8" is a date."""
    if not key.numbers or not key.number_contexts:
        return False
    plain = plain_words(key)
    tokens = key.text.split()
    for k, token in enumerate(tokens[:-1]):
        if token not in key.numbers or token not in plain or _YEAR.fullmatch(token):
            continue
        if k > 0 and tokens[k - 1] in _month_tokens():
            continue  # "March 8": a date, which the judge compares
        if _counted_word(tokens, k + 1, plain) or _counted_past_a_name(tokens, k, plain):
            return True
    return False


def _counted_word(tokens: list[str], at: int, plain: Collection[str]) -> bool:
    """The token at ``at`` is a plain word, no figure: what a figure before it counts."""
    return at < len(tokens) and tokens[at] in plain and not tokens[at][:1].isdigit()


def _counted_past_a_name(tokens: list[str], at: int, plain: Collection[str]) -> bool:
    """The figure at ``at`` stands after a plain word (or opens the claim), one name follows
    it, then a plain word: "records of 36,000 Kellan Hospital patients" counts patients of
    the hospital. A figure after a name's word ("Tessera-2") is part of that name."""
    if at + 1 >= len(tokens) or not tokens[at + 1].startswith(ENTITY_PREFIX):
        return False
    if at > 0 and tokens[at - 1] not in plain:
        return False
    return _counted_word(tokens, at + 2, plain)


@lru_cache(maxsize=1)
def _month_tokens() -> frozenset[str]:
    """Month names as a key writes them (stemmed), full and short."""
    return frozenset(stem(name) for name in MONTH_NAMES)


@lru_cache(maxsize=1)
def when_words() -> frozenset[str]:
    """The words of when of data/when_words.txt (a day, a part of a day) as a key writes them:
    they tie no two claims whose events are of no one frame (``frames._tying_words``)."""
    return frozenset(stem(w.lower()) for line in data_lines("when_words.txt") for w in line.split())


@lru_cache(maxsize=1)
def untying_words() -> frozenset[str]:
    """Words that tie no two claims to one fact whatever the run: the vague quantities and
    the joining words of data/untying_words.txt as a key writes them ("Aftershocks could
    continue for several days" / "Several flights were delayed" share "several" and nothing
    they say; "after" and "because" say how two things relate, not which)."""
    return frozenset(
        stem(w.lower()) for line in data_lines("untying_words.txt") for w in line.split()
    )


#: Least claims a run must have before any of its words counts as a topic word.
TOPIC_CLAIMS = 20
#: Least share of a run's claims that hold a topic word (``topic_set``).
TOPIC_SHARE = 0.15


def topic_set(keys: Sequence[MatchKey]) -> frozenset[str]:
    """The run's topic words: the key tokens ("not" aside) held by at least ``TOPIC_SHARE``
    of ``keys`` (a run of at least ``TOPIC_CLAIMS``). A story's topic words ("the museum",
    "the strike", "the bank") sit in claim after claim of it: two claims that share only
    them share the story, not a fact. An archive of many stories has none."""
    if len(keys) < TOPIC_CLAIMS:
        return frozenset()
    # each claim's distinct tokens (``MatchKey.tokens`` holds each once), counted in C
    held = Counter(chain.from_iterable(k.tokens for k in keys))
    least = TOPIC_SHARE * len(keys)
    return frozenset(t for t, n in held.items() if n >= least and t != "not")


def _joined_length(tokens: list[str]) -> int:
    """``len(" ".join(tokens))``, without the string."""
    return sum(map(len, tokens)) + max(len(tokens) - 1, 0)


def _owned_codes(owner: SmallIntArray, item: IntArray, width: int) -> IntArray:
    """The distinct ``owner * width + item`` of the rows whose item is not -1."""
    held = item >= 0
    return distinct(owner[held].astype(np.int64) * width + item[held])


def _narrow(
    owner: IntArray, ids: IntArray, vocabulary: list[Hashable]
) -> tuple[SmallIntArray, SmallIntArray, list[Hashable]]:
    """``intern``'s arrays as int32 (whoever multiplies them widens them first)."""
    if max(len(owner), len(vocabulary)) >= 2**31:
        raise ValueError("more than 2**31 claims or tokens in one table")
    return owner.astype(np.int32), ids.astype(np.int32), vocabulary


def _objects(strings: list[str]) -> npt.NDArray[np.object_]:
    """Strings as an object array: gathering one per pair is then a C loop."""
    out = np.empty(len(strings), dtype=object)
    out[:] = strings
    return out


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("clause_openers.txt"))


@lru_cache(maxsize=1)
def _who_when_stems() -> frozenset[str]:
    words = [w.lower() for w in data_lines("who_when_words.txt")]
    return frozenset(w if w[:1] == "@" else stem(w) for w in words)


#: The lists of words that say who someone is without naming them: a kind of speaker
#: ("officials", "a spokesman", "reporters" told), a title ("Gov.", "President") or an
#: institution ("the administration", "the ministry"). Written for the parser's referents.
WHO_WORD_LISTS = ("speaker_kinds.txt", "titles.txt", "institution_words.txt")


@lru_cache(maxsize=1)
def _who_stems() -> frozenset[str]:
    """The stems of ``WHO_WORD_LISTS``' words, every ``[section]`` of them: in a claim of
    names and times they say who spoke, as a name does ("U.S. officials said this week",
    "The Trump administration said on Monday")."""
    return frozenset(
        stem(word)
        for name in WHO_WORD_LISTS
        for phrases in sections(name).values()
        for phrase in phrases
        for word in phrase.split()
    )


@lru_cache(maxsize=1 << 16)
def _only_who_and_when(tokens: tuple[str, ...]) -> bool:
    times = _who_when_stems()
    who = _who_stems()
    rest = [
        t for t in tokens if not t.startswith(ENTITY_PREFIX) and t not in times and t not in who
    ]
    dated = not times.isdisjoint(tokens)
    # a day of the month goes with a month name ("on March 10"), not alone
    return dated and all(t.isdigit() and len(t) <= 2 for t in rest)


def says_only_who_and_when(key: MatchKey) -> bool:
    """The claim names who and when and nothing else: the statement fact the parser keeps
    apart from what was said ("Velcor Polymers said on Tuesday"). Its words are a subset of
    many content claims ("Velcor Polymers on Tuesday closed the plant") without being
    about the same thing. Who may be said without a name (``WHO_WORD_LISTS``: "U.S.
    officials said this week", "the administration said on Monday")."""
    return _only_who_and_when(key.tokens)


def _without_not(tokens: tuple[str, ...]) -> tuple[str, ...]:
    # A key's tokens without "not" (most keys) are their own answer: no copy per claim.
    return tuple(t for t in tokens if t != "not") if "not" in tokens else tokens


#: Python's ``str.split`` cuts at these two; rapidfuzz's tokenizer does too, except in a string
#: of Latin-1 characters only (stored one byte per character, read with a narrower table).
_SPLIT_BY_PYTHON_ONLY = ("\x85", "\xa0")
#: The whitespace rapidfuzz cuts a Latin-1 string at.
_LATIN1_SPACE = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f ]")


def rapidfuzz_tokens(text: str) -> list[str]:
    """The tokens rapidfuzz's token scorers see in ``text``."""
    if text.isascii() or not any(c in text for c in _SPLIT_BY_PYTHON_ONLY) or max(text) > "\xff":
        return text.split()
    return [t for t in _LATIN1_SPACE.split(text) if t]


#: Significant digits that make a figure precise: "2,417,806", "1,273", "31.55" name one
#: fact; "12", "1,200" or "2014" turn up in many.
PRECISE_DIGITS = 4
PRECISE_DECIMAL_DIGITS = 3


def precise_figure(number: str) -> bool:
    """A figure few other facts share: at least ``PRECISE_DIGITS`` significant digits (a
    decimal: ``PRECISE_DECIMAL_DIGITS``), a year aside."""
    if _YEAR.fullmatch(number):
        return False
    whole, _, fraction = number.partition(".")
    if not (whole + fraction).isdigit():
        return False
    digits = (whole + fraction).lstrip("0")
    if fraction:
        return len(digits) >= PRECISE_DECIMAL_DIGITS
    return len(digits.rstrip("0")) >= PRECISE_DIGITS


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@lru_cache(maxsize=1 << 16)
def _precise_figures(numbers: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in numbers if precise_figure(n))
