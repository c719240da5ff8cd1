"""Shallow grammar: where a subject ends and its verb starts, and the verb's lemma.

No parser model: a verb is an auxiliary, a word in ``data/verbs.txt`` in an inflected form,
or a past form ending in -ed that does not follow a determiner. Good enough to copy a
subject into a split clause and to name a predicate for matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, islice

from claimtrack.parse import tables
from claimtrack.parse.lemmas import irregular_lemmas, verb_lemma, verbs

#: One-word connectives set off by commas inside a clause ("Most analysts, however, think
#: ..."): data/comma_connectives.txt.
COMMA_CONNECTIVES = frozenset(w for w in tables.words("comma_connectives.txt") if " " not in w)
_NEGATED_AUXILIARIES = (
    "won't can't didn't doesn't isn't aren't wasn't weren't hasn't haven't hadn't don't "
    "couldn't wouldn't shouldn't mustn't".split()
)
#: Auxiliaries and modals, negated too ("cannot", "can't" with either apostrophe).
AUXILIARIES: frozenset[str] = frozenset(
    "am is are was were has have had will would can could may might must should shall did "
    "does do be been being cannot".split()
    + _NEGATED_AUXILIARIES
    + [word.replace("'", "’") for word in _NEGATED_AUXILIARIES]
)
_DETERMINERS = frozenset(
    "the a an its their his her our your this that these those some any no every each "
    "of by for to with from in on at as than".split()
)
_PARTICLES = frozenset("out off up down back over away in on".split())
_HEDGE_VERBS = frozenset(
    "prepare plan continue seek try aim intend appear seem want hope begin start tend "
    "threaten vow pledge promise expect refuse fail agree decide move set".split()
)
#: A word keeps its dots when it has two or more ("U.S.", "a.m.", "3.5"), but not a single
#: final one: that is the sentence's full stop ("Prices rose." ends in the verb "rose") or
#: an abbreviation's ("Gen.", "Inc."), which is never a verb either way.
#: The first branch is the common word with no dot after it, read in one pass: the dotted
#: branches (tried first otherwise) would scan it, back off, and scan it again.
_TOKEN = re.compile(r"[\w’'-]+(?![\w’'.-])|(?:[\w’'-]+\.){2,}|[\w’'-]+(?:\.[\w’'-]+)*|[,;:]")


#: A span of time before or after an event, opening a phrase that sets the scene as a
#: preposition does ("Days before the release of the tape, ...", "Two weeks after the
#: vote, ..."): read by the splitter's leads and the attribution's opening phrases.
TIME_SPAN_LEAD = re.compile(
    r"(?:(?:[Aa]|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa][ \t]few|\d{1,3})[ \t]+)?"
    r"(?:[Mm]oments?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)"
    r"[ \t]+(?:before|after)\b"
)


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    """The verb forms of data/irregular_lemmas.tsv but the presents spelt irregularly
    ("says", "does": no pasts, though their lemma is a verb's)."""
    lemmas = irregular_lemmas()
    return frozenset(
        form
        for form, lemma in lemmas.items()
        if (lemma in verbs() or lemma == "be") and form not in (f"{lemma}s", f"{lemma}es")
    )


#: Only the start of a text matters to these checks (a subject is never 60 words long),
#: so long texts are not tokenised beyond this many characters.
TOKEN_WINDOW = 400
_FIRST_WORDS = re.compile(r"(?<!\s)\s*([\w’'.-]+)(?:\s+([\w’'.-]+))?")


def tokens(text: str) -> tuple[str, ...]:
    """Words and clause punctuation of the start of ``text`` (``findall``: no match objects)."""
    return _tokens(text[:TOKEN_WINDOW])


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """Cached: the same clause text is tokenised by several checks in a row."""
    return tuple(_TOKEN.findall(text))


def is_verb(words: tuple[str, ...], index: int) -> bool:
    """Whether ``words[index]`` looks like a finite verb or an auxiliary in context."""
    return index > 0 and _verb_after(words[index], words[index - 1])


def _verb_after(word: str, previous: str) -> bool:
    """``is_verb`` for a word that is not the first one; ``previous`` is the word before."""
    kind = _verb_kind(word)
    if kind is _AUX:
        return not _time_or_name_am(word, previous) and not _capitals_after_determiner(
            word, previous
        )
    if kind is _NO:
        return False
    previous = previous.lower()
    if previous in _DETERMINERS or _in_possessives_phrase(word, previous, ""):
        return False
    if kind is _YES:
        return not _plural_noun_after_quantifier(word, previous)
    # A base form is a verb after a plural subject ("These proxies continue").
    return _plural(previous)


def _plural_noun_after_quantifier(word: str, previous: str) -> bool:
    """ "Two lives were lost", "Many plans were dropped", "16 million lives": an -s form
    right after a plural quantifier or a figure's word is its noun; a verb there would take
    its plain form ("Many say"). ``previous`` is in lower case. Not after digits ("iOS 8
    appears", "a film from 1937 shows"), nor after "all", which may stand alone or after
    its noun ("it all comes down to this")."""
    return word.endswith("s") and not word.endswith("ss") and previous in _PLURAL_QUANTIFIERS


def _time_or_name_am(word: str, previous: str) -> bool:
    """ "9 am", "11:25 am" (a time) and "Will.i.am" (a name): an "am" that is no verb."""
    return word.lower() == "am" and (previous[:1].isdigit() or previous.endswith("."))


def _capitals_after_determiner(word: str, previous: str) -> bool:
    """ "the IS leader", "by IS fighters": an auxiliary's letters in capitals after a
    determiner or a preposition are a name's initials, no verb ("the group IS" in a
    headline in capitals still reads as one)."""
    return len(word) > 1 and word.isupper() and previous.lower() in _BEFORE_INITIALS


#: Words after which an auxiliary's letters in capitals are initials: a determiner or any
#: preposition of data/prepositions.txt ("the war against IS").
_BEFORE_INITIALS = _DETERMINERS | tables.words("prepositions.txt")


def _plural(lower: str) -> bool:
    """Whether the lower-case word before a base form reads as a plural subject ("Rats
    fail"): not "is"/"was"/"has", and not a possessive ("The company's plan failed": "plan"
    is its noun)."""
    return lower.endswith("s") and lower not in _S_WORDS and not lower.endswith(_POSSESSIVE)


_S_WORDS = frozenset(("is", "was", "has"))
_POSSESSIVE = ("'s", "’s")


def _possessive(lower: str) -> bool:
    """Whether the lower-case word is a noun's possessive, whose next word is its noun or
    an adjective ("the country's armed forces", "Norway's elected leaders"), not a verb; "he's
    gone", "it's raised" are "has" contracted."""
    return lower.endswith(_POSSESSIVE) and lower.replace("’", "'") not in _CONTRACTED_HAS


def _in_possessives_phrase(word: str, previous: str, earlier: str) -> bool:
    """Whether ``word`` stands in a possessive's noun phrase, so is no verb: right after it
    ("the company's shares fell"), or after it and an -ed adjective ("the country's armed
    forces freed"); ``previous`` is the word before in lower case, ``earlier`` the one
    before that. Not "got", "gotten" or "been", after which "'s" is "has"."""
    if word in _AFTER_HAS:
        return False
    if _possessive(previous):
        return True
    return previous.endswith("ed") and _possessive(earlier.lower())


#: Participles that follow a name's "'s" only as "has" ("Mo's got a flat", "the club's been
#: sold"), never as a noun's possessive.
_AFTER_HAS = frozenset(("got", "gotten", "been"))
#: Words whose "'s" is "has" or "is", not a possessive.
_CONTRACTED_HAS = frozenset(
    "it's he's she's that's there's what's who's here's where's let's how's".split()
)
_AUX, _NO, _YES, _BASE = "aux", "no", "yes", "base"


@lru_cache(maxsize=16384)
def _verb_kind(word: str) -> str:
    """What ``word`` alone says about being a verb, cached per word (each clause asks for
    every word until its verb): an auxiliary; never a verb (capitalised, -ing, not a known
    verb); a verb unless after a determiner (a past or inflected form); a base form."""
    lower = word.lower()
    if lower in AUXILIARIES or lower.endswith(_NEGATED_AUXILIARY):
        # "In May, ...", "Will Ortiz said": a capitalised "May" or "Will" is a month or a
        # name; "Is", "Has" and "Did" open questions.
        return _NO if word[:1].isupper() and lower in NAME_LIKE_MODALS else _AUX
    if not word[:1].islower():
        return _NO
    if lower in _irregular_pasts():
        return _YES
    if lower.endswith("ing"):
        return _NO
    if lower.endswith("ed") and len(lower) > 4:
        return _NO if lower in tables.words("ed_non_verbs.txt") else _YES
    lemma = verb_lemma(lower)
    if lemma not in verbs():
        return _NO
    return _YES if lower != lemma else _BASE


def is_ly_adverb(lower: str) -> bool:
    """Whether the lower-case word ``lower`` is an -ly adverb ("publicly", "reportedly"),
    read past on the way to the verb; "apply", "rely" and "fly" are the verb itself."""
    return lower.endswith("ly") and lower not in _ly_verbs()


@lru_cache(maxsize=1)
def _ly_verbs() -> frozenset[str]:
    return tables.words("ly_verbs.txt")


def is_finite_start(text: str, strict: bool = False) -> bool:
    """Whether ``text`` starts with a finite verb (a clause that needs a copied subject).

    ``strict`` also requires an -ed form to be a known verb ("allied" is an adjective).
    """
    first = _FIRST_WORDS.match(text)
    if first is None:
        return False
    lower = first.group(1).lower()
    if lower in AUXILIARIES:
        # "and May, the agency said": a capitalised "May" or "Will" is a modal only before
        # a verb ("May Ban")
        word = first.group(1)
        return (
            not word[:1].isupper()
            or lower not in NAME_LIKE_MODALS
            or (reads_as_modal(first.group(2) or ""))
        )
    if is_ly_adverb(lower) and first.group(2):
        lower = first.group(2).lower()
    if lower.endswith("ing") or not lower[:1].isalpha():
        return False
    lemma = verb_lemma(lower)
    if lower.endswith("ed") and len(lower) > 4:
        if lemma in verbs():
            return True
        # "Mohamed Ali", "Ahmed Saleh": a capitalised -ed word of no known verb before a
        # capitalised word is a first name
        second = first.group(2) or ""
        named = first.group(1)[:1].isupper() and second[:1].isupper()
        return not strict and not named
    return lower in _irregular_pasts() or (lower != lemma and lemma in verbs())


def clause_verb_is_firm(text: str, *, quantified: bool = False) -> bool:
    """Whether ``text`` is a clause with its own subject and an unambiguous verb.

    An -s form after a lower-case noun ("missile strikes") is too often a plural noun to
    cut a sentence on, so the verb must be an auxiliary or a past form, or the subject must
    start with a determiner or a name. ``quantified``: a quantifier may open the subject as
    a determiner does ("several passengers remain in hospital"), for callers that already
    know a clause starts there.
    """
    words = tokens(text)
    if len(words) > 2 and words[0].lower() in _BEFORE_QUANTIFIER and _quantity(words[1]):
        words = words[1:]  # "nearly all repairs are ...", "almost 40 homes were ..."
    elif len(words) > 2 and words[0].lower() == "only" and _limited_subject(words[1], words[2]):
        words = words[1:]  # "only a handful of buses were running", "only two ferries sailed"
    if not words or not _can_start_subject(words[0]):
        return False
    for index in range(1, min(len(words), 25)):
        lower = words[index].lower()
        if lower in (",", ";", ":", "that", "which", "who", "whom", "whose"):
            return False
        if not is_verb(words, index):
            continue
        return (
            lower in AUXILIARIES
            or lower in _irregular_pasts()
            or lower.endswith("ed")
            or (words[0][:1].isupper() or words[0].lower() in _DETERMINERS)
            or (quantified and words[0].lower() in _QUANTIFIERS)
            # "but he says it is ...": a pronoun is no noun an -s form could be the plural of
            or (index == 1 and words[0].lower() in _SINGULAR_PRONOUNS)
        )
    return False


_SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))


#: Adverbs that tell how near a quantity is, before the quantifier or figure that opens a
#: subject: "nearly all repairs", "almost 40 homes".
_BEFORE_QUANTIFIER = frozenset("nearly almost virtually practically roughly".split())


def _limited_subject(word: str, after: str) -> bool:
    """What "only" may stand before at a subject's start: a figure, a quantifier or "a",
    "the" ("only a handful of buses", "only two ferries", "only the ferry"), not "then" or
    "after" ("and only then did", "and only after a week"), nor a span of time ("only a
    month after the vote", data/relative_periods.txt): that sets a time, not a subject."""
    if after.lower() in tables.words("relative_periods.txt"):
        return False
    return _quantity(word) or word.lower() in ("a", "an", "the")


def _quantity(word: str) -> bool:
    """A figure or a quantifier: what ``_BEFORE_QUANTIFIER`` may stand before."""
    return word[:1].isdigit() or word.lower() in _QUANTIFIERS or word.lower() == "every"


def _can_start_subject(word: str) -> bool:
    """A subject starts with a name, a determiner, a quantifier ("all", "none", "both"), a
    number or a pronoun, not "then"."""
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or word.lower() in _DETERMINERS
        or word.lower() in _QUANTIFIERS
        or word.lower() in ("he", "she", "it", "they", "we", "i", "you", "officials", "police")
    )


#: Quantifiers that open a subject ("told him all victims were adults", "said none of the
#: crew was hurt").
_QUANTIFIERS = frozenset(
    "all both none most many several neither either few "
    # a figure in words opens one as a figure in digits does ("confirmed two ferries were
    # cancelled")
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred hundreds thousands dozens".split()
)

#: Quantifiers and figures' words after which an -s form is a plural noun.
_PLURAL_QUANTIFIERS = (_QUANTIFIERS - {"one", "none", "neither", "either", "all"}) | frozenset(
    "dozen thousand million billion millions billions".split()
)


def verb_form(word: str) -> str:
    """ "aux", "past", "present" or "base": to see whether two coordinated verbs match."""
    lower = word.lower()
    if lower in AUXILIARIES:
        return "aux"
    if lower in _irregular_pasts() or lower.endswith("ed"):
        return "past"
    if lower != verb_lemma(lower) and lower.endswith("s"):
        return "present"
    return "base"


#: "born" (never a lemma's entry: "bear" as its lemma would merge it with the animal when
#: claims are matched) and "borne", whose -e hides the -n of other participles.
_BEAR_PARTICIPLES = frozenset(("born", "borne"))


def is_past_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle: an -ed form, an irregular participle
    ("taken", "grown", "gone", "sunk"), or an irregular past that is its verb's only one
    ("held", "sent"). "grew", "took", "went", "began" and "ran" are simple pasts only: "was
    grew" is no English."""
    lower = word.lower()
    if lower.endswith("ed") or lower in _BEAR_PARTICIPLES:
        return True
    lemma = irregular_lemmas().get(lower)
    if lemma is None:
        return False
    # A vowel twin tells the two apart: "began" beside "begun", "ran" beside "run", "sank"
    # beside "sunk" are the simple pasts.
    twin = lower.replace("a", "u", 1)
    others = _past_forms_by_lemma().get(lemma, frozenset()) - {lemma, lower}
    if twin != lower and (twin == lemma or twin in others):
        return False
    if lower.replace("u", "a", 1) in others:
        return True
    return lower.endswith(("n", "ne")) or not others


def is_participle_only(word: str) -> bool:
    """Whether ``word`` is a past participle and never a simple past ("gone", "taken",
    "begun"): after a subject it needs its auxiliary ("She has gone", never "She gone")."""
    lower = word.lower()
    lemma = irregular_lemmas().get(lower)
    if lemma is None or not is_past_participle(lower):
        return False
    return bool(_past_forms_by_lemma().get(lemma, frozenset()) - {lemma, lower})


@lru_cache(maxsize=1)
def _past_forms_by_lemma() -> dict[str, frozenset[str]]:
    """Lemma -> its irregular past and participle forms (not its -ing or -s forms)."""
    grouped: dict[str, set[str]] = {}
    for form, lemma in irregular_lemmas().items():
        if not form.endswith(("ing", "s")):
            grouped.setdefault(lemma, set()).add(form)
    return {lemma: frozenset(forms) for lemma, forms in grouped.items()}


def first_verb(text: str) -> str | None:
    end = subject_end(text)
    if end < 0:
        return None
    words = tokens(text[end:])
    return words[0] if words else None


# "Iran to stop talks": a headline's infinitive announces a plan.
_HEADLINE_TO = re.compile(
    r"^[A-Z][\w.'’-]*(?:(?<![ \t])[ \t]+[A-Z][\w.'’-]*){0,3}(?<![ \t])[ \t]+(?P<to>to)[ \t]+"
    r"(?P<verb>[a-z]+)\b"
)
_HEADLINE_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+[\w’'.-]+")


def headline_infinitive(text: str) -> re.Match[str] | None:
    """A headline's "Name to VERB" ("Iran to stop talks", "Harbour Board to Vote"): a plan.
    None when a verb of the sentence's own follows the phrase ("Trips to see the lights are
    popular": a subject with an infinitive in it); a word read as a verb right after the
    infinitive's ("stop talks") is its object, not such a verb."""
    found = _HEADLINE_TO.match(text)
    if found is None or found.group("verb") not in verbs():
        return None
    verb_at = subject_end(text)
    if verb_at < 0:
        return found
    object_word = _HEADLINE_NEXT_WORD.match(text, found.end())
    return found if verb_at <= (object_word.start() if object_word else found.end()) + 1 else None


def subject_end(text: str) -> int:
    """Index in ``text`` where the first verb starts (the subject is before it), or -1."""
    return _first_verb(text)[1]


# Cached: splitting asks for a clause's subject, then building its Claim asks again for
# the same text (about 1.7 calls per distinct text on real news).
@lru_cache(maxsize=4096)
def _first_verb(text: str) -> tuple[int, int]:
    """The first verb's index in ``tokens(text)`` and its offset in ``text``, or -1, -1.

    Words are read one by one up to the verb (usually the second to fifth), not all of
    them, and the verb's offset is where its match starts. A relative clause in the subject
    is read past (``_Relative``): "The man who jumped the fence pushed past a guard" has
    its verb at "pushed"; where no verb follows the relative's, the relative's is the verb.
    """
    previous = earlier = ""
    # the words before ", however," (or another connective set off by commas), which the
    # verb after it agrees with: "Most analysts, however, think ..."
    at_comma = aside = None
    relative: _Relative | None = None
    for index, match in enumerate(_TOKEN.finditer(text, 0, TOKEN_WINDOW)):
        if index >= 40:
            break
        word = match.group()
        if word == ",":
            if aside is not None and previous.lower() in COMMA_CONNECTIVES:
                (earlier, previous), aside = aside, None
                continue
            at_comma = (earlier, previous)
        elif previous == "," and word.lower() in COMMA_CONNECTIVES:
            aside = at_comma
        if index == 0 or (index == 1 and previous.lower() in _CONTRACTION_OPENERS):
            contracted = contracted_verb_offset(word)
            if contracted:  # "It's a big step", "So we're going to ...": the verb is "'s"
                return index, match.start() + contracted
        if index == 1 and (
            _verb_after_pronoun(word, previous) or _verb_after_demonstrative(word, previous)
        ):
            return index, match.start()  # "They love life", "This led to ..."
        if word in _RELATIVE_PRONOUNS and relative is None and _opens_a_relative(index, previous):
            # "The man who ...", "Analysts, who ...": the noun its verb agrees with
            relative = _Relative(_plural_before(text[: match.start()]))
        elif (
            relative is not None
            and relative.verb is None
            and relative.opens_with(word, previous, index, match.start())
        ):
            earlier, previous = previous, word
            continue
        # ``_verb_after`` inlined (its first test here: most words are never verbs).
        if index > 0 and word not in (",", ";", ":"):
            kind = _verb_kind(word)
            if (
                kind is _AUX
                and not _time_or_name_am(word, previous)
                and not _capitals_after_determiner(word, previous)
            ):
                if relative is None or not relative.goes_on(previous, kind):
                    return index, match.start()
            elif kind is not _NO and kind is not _AUX:  # as ``_verb_after``: no second test
                before = previous.lower()
                if (
                    (relative is None or not relative.goes_on(previous, kind))
                    and (before not in _DETERMINERS or _floating_each(before, earlier, kind))
                    and not _in_possessives_phrase(word, before, earlier)
                    and (
                        not _plural_noun_after_quantifier(word, before)
                        if kind is _YES
                        else _plain_form_agrees(previous, earlier, relative, text, match.end())
                    )
                    and not _plural_before_its_verb(word, kind, text, match.end())
                    and not _participle_after_figure(word, previous, text, match.end())
                ):
                    return index, match.start()
            elif relative is None and (
                _verb_after_a_name(word, previous, text, match.end())
                or _plain_verb_after_a_plural(word, previous, text, match.end())
            ):
                return index, match.start()  # "Netflix accounts for", "Analysts point out"
            elif relative is not None:
                relative.ends_group_at(word)
        elif relative is not None:
            relative.in_group = False  # "who resigned, said": a comma ends the group
        earlier, previous = previous, word
    if relative is not None and relative.verb is not None:
        return relative.verb  # "The Mosul resident, who asked not to be named."
    return -1, -1


#: Relative pronouns whose clause may sit in a subject before its verb ("that" is read as a
#: determiner there, which keeps the verb after it: "The firm that built the bridge denied").
_RELATIVE_PRONOUNS = frozenset(("who", "which", "whose"))


def _opens_a_relative(index: int, previous: str) -> bool:
    """Whether a relative pronoun at ``index`` after ``previous`` opens a relative clause:
    not as the first word ("Who opened it?") nor after a capitalised preposition opening the
    sentence, where "which" is a determiner ("At which point she left", "In which case
    ..."); a clause cut after its lead keeps it ("during which he rested, Foley ...")."""
    return index > 1 or (
        index == 1
        and not (previous[:1].isupper() and previous.lower() in tables.words("prepositions.txt"))
    )


#: What follows a noun, not a verb, after a relative's last word: a mark that closes a
#: phrase or a preposition ("which files a tax return, include", "for recreational use -",
#: "miss work on the day", "takings back to the state").
_NO_VERB_AFTER = re.compile(
    r"(?<![ \t])[ \t]*(?:[,.;:)\]\-–—]"
    r"|(?:of|to|on|in|at|for|with|from|by|into|onto|over)(?![\w'’-]))"
)
#: Plurals without an -s (a relative's plain-form verb after them agrees: "Two men who
#: fled the scene say ...", "Those who knew him say ...").
_PLURALS_WITHOUT_S = frozenset(
    "men women people children police media those these many few both".split()
)
#: Words before a relative read for a plural it is about: "Two men from west London who".
_WORDS_BEFORE_A_RELATIVE = 8


def _plural_before(head: str) -> bool:
    """Whether one of the last few words of ``head`` (a subject up to its relative) is a
    plural, which a plain-form main verb after the relative agrees with ("Those who knew
    him say", "Two men from the town who fled say")."""
    for word in head.split()[-_WORDS_BEFORE_A_RELATIVE:]:
        lower = word.lower().strip(',;:()"“”')
        if lower in _PLURALS_WITHOUT_S or _plural(lower):
            return True
    return False


#: Subject pronouns: a verb right after one inside a relative clause is a clause of the
#: relative's own ("A husband who thought he had lost ...", "a resident who played there
#: when they were young"); a relative clause ends with no subject pronoun before the main
#: verb ("it" and "you", objects too, are left out).
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_STILL_IN_THE_RELATIVE = _SUBJECT_PRONOUNS | {"to", "and", "or"}


class _Relative:
    """A relative clause read inside a subject: whether a plural comes before it (which a
    plain-form verb after the clause agrees with: "Analysts who follow the firm expect"),
    its first verb (index and offset, the clause's verb if no other comes), and whether its
    verb group ("has been", "was later found") or a coordinated verb ("and fled") is still
    being read.
    """

    __slots__ = ("in_group", "plural", "verb")

    def __init__(self, plural: bool) -> None:
        self.plural = plural
        self.verb: tuple[int, int] | None = None
        self.in_group = False

    def opens_with(self, word: str, previous: str, index: int, offset: int) -> bool:
        """Whether ``word`` is the relative's first verb (any form: "who live", "which has",
        "whose car was"), which is then recorded; a word after a determiner is a noun. An
        auxiliary leaves the verb group open for the verb it goes with."""
        kind = _verb_kind(word)
        if kind is _NO or previous.lower() in _DETERMINERS:
            return False
        self.verb = (index, offset)
        self.in_group = kind is _AUX
        return True

    def ends_group_at(self, word: str) -> None:
        """Close the verb group at ``word``, no verb, unless it is an adverb that stands
        inside one ("who was later found", "who has not yet been")."""
        lower = word.lower()
        if lower in ("and", "or"):
            self.in_group = True  # "who served there and later worked ...": a second verb
        elif lower not in _BEFORE_THE_VERB and not is_preverbal_adverb(lower):
            self.in_group = False

    def main_verb_agrees(self, text: str, end: int) -> bool:
        """Whether a plain form ending at ``end`` of ``text``, after the relative, is the
        main verb: a plural comes before the relative, and no closing mark or preposition
        follows the word (the word before it is the clause's last, so a plain form there is
        as often a compound's noun: "which files a tax return, include": "return"; "Those
        who knew him say he was": "say")."""
        return self.plural and _NO_VERB_AFTER.match(text, end) is None

    def goes_on(self, previous: str, kind: str) -> bool:
        """Whether a verb of ``kind`` after ``previous`` still belongs to the relative: in
        its open verb group ("who has been charged"), after "to" ("who asked not to be
        named") or after "and" or "or" that joins a second verb to it ("who jumped the fence
        and ran"). A verb that is no auxiliary closes the group: "whose car was stolen
        called" has its verb at "called"."""
        if self.verb is None:
            return False
        if self.in_group or previous.lower() in _STILL_IN_THE_RELATIVE:
            self.in_group = kind is _AUX
            return True
        return False


#: An auxiliary or a past form right after a word ("strikes killed", "forces were").
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]*([a-z’'-]+)")


#: A plural noun and the word after it: "operations have", "workers were".
_PLURAL_THEN_WORD = re.compile(r"(?<![ \t])[ \t]+([a-z]+s)(?<!ss)[ \t]+([\w’'-]+)")


def _participle_after_figure(word: str, previous: str, text: str, end: int) -> bool:
    """Whether the -ed form ``word`` after a figure describes the plural noun that
    follows it, a verb after that ("About 300 planned operations have been postponed",
    "Three injured workers were taken"): the figure counts that noun, the -ed word is no
    verb. "Three remained hospitalised", "40 attended the meeting" keep their verb."""
    if not word.endswith("ed"):
        return False
    if not (previous.replace(",", "").isdigit() or tables.is_figure(previous.lower())):
        return False
    if len(previous) == 4 and previous.isdigit():
        return False  # a year: "from 1846 to 1878 believed animals had ..." keeps its verb
    found = _PLURAL_THEN_WORD.match(text, end)
    return found is not None and _verb_kind(found.group(2)) is not _NO


def _plural_before_its_verb(word: str, kind: str, text: str, end: int) -> bool:
    """Whether the -s form ``word`` (ending at ``end`` of ``text``) is a plural noun because
    an auxiliary or a past form follows it ("Israeli strikes killed 12", "U.S. forces were
    withdrawn"): no verb's -s form is followed by another verb, but a linking verb's is by
    a participle that describes ("The bridge remains closed", "It seems tired")."""
    if kind is not _YES or not word.endswith("s") or word.endswith("ss"):
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None or word in tables.words("linking_verbs.txt"):
        return False
    after = following.group(1)
    if after in AUXILIARIES:
        # "remembers being approached": a verb before its -ing complement
        return after not in ("be", "been", "being")
    # a known verb's past only: "leaves unanswered questions" has no verb in "unanswered"
    return after.endswith("ed") and len(after) > 4 and verb_lemma(after) in verbs()


def _verb_after_a_name(word: str, previous: str, text: str, end: int) -> bool:
    """Whether ``word``, ending at ``end`` of ``text``, is the -s form of a verb of
    data/verbs_after_names.txt right after a name and before its object ("Netflix accounts
    for", "Ana Ruiz heads the panel"). Not after a possessive or a word in capitals or of a
    nationality ("Boko Haram's assaults", "US bases", "Kurdish forces"), nor a sentence's
    first word that may be capitalised only for being first ("Previous estimates", "Many
    tests"), nor before a verb, "of" or a comma, where it is a plural noun ("Apple shares
    fell", "Key questions about")."""
    if (
        not word.endswith("s")
        or word.endswith(("ss", "us", "is"))
        or not word[:1].islower()
        or not previous[:1].isupper()
        or previous.isupper()
        or previous.endswith(_POSSESSIVE)
        or verb_lemma(word) not in tables.words("verbs_after_names.txt")
    ):
        return False
    lower = previous.lower()
    if (
        lower in _DETERMINERS
        or lower in tables.function_words()
        or lower in tables.words("nationality_adjectives.txt")
    ):
        return False
    before = text[: end - len(word)].rstrip()[: -len(previous)]
    if not before.strip(" \t\"“‘'") and (
        lower in _QUANTIFIERS or lower.endswith(_ADJECTIVE_ENDINGS)
    ):
        return False  # "Previous estimates from ...": an adjective first in the sentence
    if any(mark in before for mark in ",;:$") or " and " in before:
        return False  # "... lists for $22,000 and Jager Hometime lists": not the subject
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        return False
    after = following.group(1)
    return not (
        after.lower() in _AFTER_A_PLURAL_NOUN
        or after.lower().endswith("ing")
        or (after[:1].islower() and _verb_kind(after) is not _NO)
    )


def _plain_verb_after_a_plural(word: str, previous: str, text: str, end: int) -> bool:
    """Whether ``word``, ending at ``end`` of ``text``, is the plain form of a verb of
    data/verbs_after_names.txt right after a plural subject and before what opens its
    object ("Analysts point out that", "Residents fear the worst", "Critics question the
    deal"); not after a plural that names one thing ("Arms control talks", "Sales
    figures"), nor before a noun or a verb."""
    if (
        not word.isalpha()
        or not word.islower()
        or word not in tables.words("verbs_after_names.txt")
    ):
        return False
    lower = previous.lower()
    if lower in _ONE_THING_PLURALS or not (_plural(lower) or lower in _PLURALS_WITHOUT_S):
        return False
    if lower in _DETERMINERS or lower in tables.function_words():
        return False
    following = _FOLLOWING_WORD.match(text, end)
    return following is not None and following.group(1).lower() in _OPENS_AN_OBJECT


#: Plurals that name one thing or field before a noun ("arms control", "sales figures").
_ONE_THING_PLURALS = frozenset(
    "arms sales news customs goods sports savings jobs times series species means headquarters "
    "affairs relations services rights works earnings arts physics economics politics".split()
)
#: Words that open a verb's object or clause right after it: "point out", "fear the",
#: "question whether".
_OPENS_AN_OBJECT = frozenset(
    "the a an his her its their our this that these those whether out up to".split()
)


#: Endings of adjectives that open a sentence capitalised ("Previous", "Multiple",
#: "Subsequent", "Prosecutorial", "Operating", "Sponsored").
_ADJECTIVE_ENDINGS = tuple(
    "ous ive al ic ent ant ing ed ary ple ible able ful less ern ish est ior".split()
)
#: Words after an -s form that show it is a plural noun, not a verb of
#: data/verbs_after_names.txt: "Key questions about", "Witness accounts of", "stars who".
_AFTER_A_PLURAL_NOUN = frozenset("of about from at and or who which whose if than per like".split())
#: The word after a blank run, in any case or a figure (from the run's first blank only).
_FOLLOWING_WORD = re.compile(r"(?<![ \t])[ \t]*([\w’'$-]+)")


def _floating_each(before: str, earlier: str, kind: str) -> bool:
    """Whether "each" right before a past or -s form floats after a plural subject ("The two
    firms each invested", "Ana and Tom each paid"), so the form is the verb, not a noun
    after a determiner ("each player", "each invested sum" after no plural)."""
    return (
        before == "each"
        and kind is _YES
        and earlier.lower() not in _DETERMINERS
        and (earlier[:1].isupper() or (earlier.islower() and _plural(earlier)))
    )


#: A subject pronoun with its verb run in ("It's", "They’re", "We've"): the verb starts at
#: the apostrophe. "Let's" (an invitation) and "What's"/"Who's" (questions) are left out.
_CONTRACTED_SUBJECT = re.compile(
    r"(?:[Ii]|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|[Tt]hat|[Tt]here|[Hh]ere)"
    r"(?=[’'](?:s|re|ve|ll|d|m)$)"
)
#: The auxiliary each run-in ending stands for, read as the verb's first word. "'s" and
#: "'d" are ambiguous (is/has, would/had): after either reading, a participle is the verb
#: ("It's gone", "He'd left") and anything else the complement of "be" or "would".
_CONTRACTED_AUXILIARIES = {
    ending: auxiliary
    for apostrophe in "'’"
    for ending, auxiliary in (
        ("s", "is"), ("re", "are"), ("ve", "have"), ("ll", "will"), ("d", "would"), ("m", "am")
    )
    for ending in [apostrophe + ending]
}  # fmt: skip


#: Words that may open a sentence before its contracted subject ("So we're going to ...",
#: "Then there's the bracelet"): a conjunction or an adverb of sequence, never a clause's
#: own opener ("If it's late": the clause after it is the main one).
_CONTRACTION_OPENERS = frozenset("so and but then now well yet still or".split())


def contracted_verb_offset(word: str) -> int:
    """Where the run-in verb of a contracted subject pronoun starts in ``word`` ("It's": 2),
    or 0 when ``word`` is none."""
    found = _CONTRACTED_SUBJECT.match(word)
    return found.end() if found else 0


#: Subject pronouns that open a clause: the word after one is its verb ("They love life",
#: "He loves dogs"), whether or not data/verbs.txt lists it.
_OPENING_PRONOUNS = frozenset("he she they we i you".split())
#: Words that may stand between such a pronoun and its verb ("They all left", "We both
#: agree", "He himself said").
_FLOATING = frozenset(
    "all both each alone too themselves himself herself ourselves last first later once "
    "again twice ever".split()
)


def _verb_after_pronoun(word: str, pronoun: str) -> bool:
    """Whether ``word``, right after an opening subject pronoun, is its verb: a lower-case
    word that is no function word (data/stopwords.txt: "He and his wife", "They, too"), no
    adverb ("They never left", "She quickly left") and no floating quantifier."""
    if not word.isalpha() or not word.islower():
        return False
    lower = pronoun.lower()
    if lower == "it":
        # "it" is an object as often ("play it because ..."): only a verb's -s or past form
        # follows it as its verb ("It links to your phone", "It patrols the streets")
        return _verb_kind(word) is _YES or _third_person_s(word)
    if lower not in _OPENING_PRONOUNS:
        return False
    return not (
        word in tables.function_words()
        or word in _FLOATING
        or is_preverbal_adverb(word)
        or word.endswith("ing")
    )


def _third_person_s(word: str) -> bool:
    """An -s form of a verb the verb list may lack ("patrols"), not a word whose final "s"
    is its own ("us", "this", "less", "bus")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _verb_after_demonstrative(word: str, demonstrative: str) -> bool:
    """Whether ``word`` after an opening "This" or "That" is its verb: a past or an -s form
    of a verb ("This led to an inquiry", "That means ..."); a noun follows the determiner
    otherwise ("This case ...", "That year ...")."""
    return demonstrative in ("This", "That") and _verb_kind(word) is _YES


def _subject_word(previous: str, earlier: str) -> str:
    """The lower-case word a base form after ``previous`` agrees with: ``previous``, or
    ``earlier`` (the word before it) past one adverb between a subject and its verb ("Rats
    also eat", "the medications still include")."""
    lower = previous.lower()
    if earlier and previous.islower() and is_preverbal_adverb(lower):
        return earlier.lower()
    return lower


def _plain_form_agrees(
    previous: str, earlier: str, relative: _Relative | None, text: str, end: int
) -> bool:
    """Whether a plain form ending at ``end`` agrees with its subject: after a relative read
    past, as the relative says (``_Relative.main_verb_agrees``); else with the word before
    it (``_agrees``)."""
    if relative is not None and relative.verb is not None:
        return relative.main_verb_agrees(text, end)
    subject_word = _subject_word(previous, earlier)
    if subject_word in _PLURALS_WITHOUT_S and not _plural(subject_word):
        # "Police believe", but "the police force of X", "police force are": a noun
        # after the plural, before "of", an auxiliary or a past form
        return not _noun_before_its_verb(text, end)
    return _agrees(subject_word)


def _noun_before_its_verb(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` of ``text`` is followed by "of", an auxiliary or a
    past form: a noun of the subject, not its verb ("police force are", "staff member was")."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    after = following.group(1)
    return after == "of" or after in AUXILIARIES or _verb_kind(after) is _YES


def _agrees(subject_word: str) -> bool:
    """Whether a base form agrees with ``subject_word``: a plural, or "they", "we", "I"."""
    if subject_word in _DETERMINERS:
        return False  # "its yearly report": a noun after its determiner and an adjective
    return (
        _plural(subject_word)
        or subject_word in _PLAIN_FORM_SUBJECTS
        or subject_word in _PLURALS_WITHOUT_S
    )


#: One-word adverbs that stand between a subject and its verb ("Apple also tested",
#: "The rebels then left"): data/preverbal_adverbs.txt.
PREVERBAL_ADVERBS = frozenset(w for w in tables.words("preverbal_adverbs.txt") if " " not in w)


def is_preverbal_adverb(lower: str) -> bool:
    """Whether the lower-case word may stand between a subject and its verb: a word of
    ``PREVERBAL_ADVERBS`` or an -ly adverb ("Officials still hope", "Rats probably eat")."""
    return lower in PREVERBAL_ADVERBS or is_ly_adverb(lower)


#: Pronouns whose verb takes its plain form: "They fail", "We agree" (a base-form word after
#: them is their verb, as after a plural noun: "Rats fail").
_PLAIN_FORM_SUBJECTS = frozenset(("they", "we", "i", "you"))


@lru_cache(maxsize=4096)  # the same left side is checked at each coordinator
def has_verb(text: str) -> bool:
    """Whether one of the first 60 words is a verb, or ``text`` starts with one (words are
    read one by one and only up to the first verb)."""
    previous = earlier = ""
    for index, match in enumerate(_TOKEN.finditer(text, 0, TOKEN_WINDOW)):
        if index >= 60:
            break
        word = match.group()
        if index > 0:  # ``_verb_after`` inlined, as in ``_first_verb``
            kind = _verb_kind(word)
            if kind is _AUX:
                return True
            if kind is not _NO:
                before = previous.lower()
                if (
                    before not in _DETERMINERS
                    and not _in_possessives_phrase(word, before, earlier)
                    and (
                        not _plural_noun_after_quantifier(word, before)
                        if kind is _YES
                        else _agrees(_subject_word(previous, earlier))
                    )
                ):
                    return True
        earlier, previous = previous, word
    return is_finite_start(text)


def main_predicate(text: str, title: bool = False) -> str | None:
    """``predicate(text, subject_end(text))`` when ``text`` has a subject, else None;
    ``title``: ``text`` is a title-case headline, whose verb after an auxiliary is
    capitalised ("Did Not Swallow")."""
    verb_start = _first_verb(text)[1]
    if verb_start <= 0:
        return None
    # Words are read lazily: auxiliaries and adverbs, then the verb and two more (the rest
    # of the clause is never tokenised).
    found = _TOKEN.finditer(text, verb_start, verb_start + TOKEN_WINDOW)
    return _predicate_from(map(re.Match.group, found), title)


#: Words between an auxiliary and its verb that do not end in -ly ("has not said", "was
#: also used", "is still held"): read past, like the -ly adverbs.
_BEFORE_THE_VERB = frozenset(
    "not never also still now just already even only so yet ever again soon then always often "
    "once first since instead thus therefore meanwhile however nonetheless nevertheless later "
    "earlier almost".split()
)
#: "don't", "doesn’t": negated auxiliaries not listed one by one in ``AUXILIARIES``.
_NEGATED_AUXILIARY = ("n't", "n’t")
#: Modals that are also a name or a month written capitalised ("Will Ortiz", "May 1").
NAME_LIKE_MODALS = frozenset(("may", "will"))
_BE_AND_HAVE = frozenset(
    "is are was were be been being has have had isn't aren't wasn't weren't hasn't haven't "
    "hadn't".split()
)


def reads_as_modal(following: str) -> bool:
    """Whether a capitalised "Will" or "May" before ``following`` is the modal: a base form
    of a known verb ("Will Stop", "May Ban"), "be"/"have", "not" or an adverb comes next.
    Before a name ("Will Smith") or a past form ("May Rose 5%") it is a name or the month."""
    lower = following.lower()
    if lower in ("be", "have") or lower in _BEFORE_THE_VERB:
        return True
    return lower in verbs() and verb_lemma(lower) == lower


def _is_complement(word: str) -> bool:
    """Whether ``word`` after "be"/"have" is no verb: a determiner, noun, adjective or
    preposition ("a", "in", "dead"), not a participle ("held", "preparing")."""
    lower = word.lower()
    return not lower.endswith("ing") and _verb_kind(lower) is _NO


def predicate(text: str, verb_start: int) -> str | None:
    """The main verb's lemma from ``verb_start``: skips auxiliaries and adverbs, keeps a
    particle ("ruled out" -> "rule out") and looks through "preparing to stop" -> "stop"."""
    return _predicate_from(iter(tokens(text[verb_start:])))


#: Reflexives that stress the subject between an auxiliary and its verb ("can itself be").
_INTENSIFYING_REFLEXIVES = frozenset(("itself", "himself", "herself", "themselves"))


def _predicate_from(
    words: Iterator[str], title: bool = False, last_aux: str | None = None
) -> str | None:
    """``predicate`` on the words from the verb on, read one by one up to the verb and the
    two words after it (each lower-cased once); ``title`` as in ``main_predicate``;
    ``last_aux``: an auxiliary read before ``words``."""
    for word in words:
        lower = _CONTRACTED_AUXILIARIES.get(word, word.lower())
        if lower in AUXILIARIES or lower.endswith(_NEGATED_AUXILIARY):
            last_aux = lower
        elif last_aux is not None and lower in _INTENSIFYING_REFLEXIVES:
            continue  # "can itself be dangerous": the verb is "be"
        elif not is_ly_adverb(lower) and lower not in _BEFORE_THE_VERB:
            following = list(islice(words, 2))
            if lower == "in" and last_aux is not None and following[:1] == ["fact"]:
                # "did in fact make": "in fact" stands between the auxiliary and its verb
                return _predicate_from(chain(following[1:], words), title, last_aux)
            if _to_have_or_be(lower, following):
                # "seems to have become": the verb after the infinitive's auxiliary
                return _predicate_from(chain(following[1:], words), title)
            if title and last_aux is not None:
                word = _title_verb(word, last_aux)
            return _verb_predicate(word, following, last_aux)
    return _auxiliary_lemma(last_aux) if last_aux else None


def _to_have_or_be(lower: str, following: list[str]) -> bool:
    """Whether ``lower`` is a verb of ``_HEDGE_VERBS`` before "to have" or "to be" ("seems
    to have become", "is expected to be sold"), whose verb comes after that auxiliary."""
    return (
        len(following) > 1
        and following[0] == "to"
        and following[1].lower() in ("have", "be")
        and verb_lemma(lower) in _HEDGE_VERBS
    )


def _auxiliary_lemma(auxiliary: str) -> str:
    """The lemma of an auxiliary that ends its clause ("it isn't.", "they did"): "be" for
    "isn't", "do" for "didn’t"."""
    for ending in _NEGATED_AUXILIARY:
        if auxiliary.endswith(ending) and auxiliary not in ("can't", "can’t", "won't", "won’t"):
            return verb_lemma(auxiliary[: -len(ending)])
    return verb_lemma(auxiliary)


#: Words after an auxiliary that are no verb however they are written ("Who Did It").
_NO_VERB_AFTER_AUXILIARY = _DETERMINERS | frozenset(
    "it he she they we you i what who whom how why where when".split()
)


def _title_verb(word: str, last_aux: str) -> str:
    """``word`` after the auxiliary ``last_aux`` in a title-case headline, in lower case when
    it is the verb title case capitalised ("Has Not Banned", "Did Not Burrow"): not a
    pronoun or preposition ("Who Did It"), nor after "be" a word that is no verb form
    ("Wasn't Paul Rudd")."""
    lower = word.lower()
    if not word.isalpha() or not word[1:].islower() or lower in _NO_VERB_AFTER_AUXILIARY:
        return word
    be_or_have = last_aux.replace("’", "'") in _BE_AND_HAVE
    if be_or_have and _verb_kind(lower) is _NO and not lower.endswith(("ing", "ed")):
        return word
    return lower


def _verb_predicate(word: str, following: list[str], last_aux: str | None) -> str | None:
    """The predicate whose first word past the auxiliaries and adverbs is ``word``
    (``following``: up to two words after it; ``last_aux``: the last auxiliary before)."""
    word = word.rstrip("'’")  # "'We will not negotiate'": the closing mark is no letter of it
    if not word[:1].islower():
        return verb_lemma(last_aux) if last_aux else None
    due_to = word == "due" and len(following) > 1 and following[0] == "to"
    if due_to and is_plain_verb(following[1].lower()):  # "is due to vote": the vote, planned
        return verb_lemma(following[1])
    if last_aux in _DO_FORMS and _opens_an_object(word):
        return "do"  # "would do the same thing", "did it again": "do" is the verb itself
    if last_aux in _BE_AND_HAVE and _is_complement(word):
        # "is a garrison town", "was in the woods", "has no plans": the verb is "be"/"have";
        # the next word is what is said of the subject, not a verb.
        return verb_lemma(last_aux)
    lemma = verb_lemma(word)
    after = following[0].lower() if following else ""
    if (
        after == "to"
        and len(following) > 1
        and (_leads_an_infinitive(lemma, following[1]) or _going_to(word, following[1]))
    ):
        return verb_lemma(following[1])
    if (
        after in _PARTICLES
        and lemma in verbs()
        and not _opens_a_place_or_time(following)
        and not _more_than_a_figure(following)
    ):
        return f"{lemma} {after}"
    return lemma


#: "do" as the last auxiliary: before an object it is the verb ("would do the same").
_DO_FORMS = frozenset(("do", "does", "did"))


def _opens_an_object(word: str) -> bool:
    """Whether ``word`` after "do" opens its object: an article, a possessive or an object
    pronoun ("did the same", "did it again"); not a preposition ("did in fact make")."""
    return word.lower() in _DO_OBJECTS


def _leads_an_infinitive(lemma: str, next_word: str) -> bool:
    """Whether ``lemma`` "to" ``next_word`` is a verb of ``_HEDGE_VERBS`` before the verb it
    leads ("agreed to pay": pay), not before a noun phrase or a place ("agreed to a truce",
    "moved to Kuwait", "set to 2.5%", "agreed to it"): the next word is in lower case and
    neither a determiner nor a pronoun."""
    if lemma not in _HEDGE_VERBS or not next_word.isalpha() or not next_word.islower():
        return False
    if next_word not in verbs() and _inflected(next_word):
        return False  # "agreed to talks", "moved to tears": no verb's plain form
    # "appears to then zip", "plans to quickly sell": an adverb, the verb comes after it
    return not (
        next_word in _NOT_AN_INFINITIVE or next_word in _BEFORE_THE_VERB or is_ly_adverb(next_word)
    )


#: Words after "to" that open a noun phrase, or are one, rather than a verb.
_NOT_AN_INFINITIVE = _DETERMINERS | frozenset("it him her them us me what which".split())


def _inflected(word: str) -> bool:
    """Whether the lower-case ``word`` ends as an inflected form does: -s (not "ss", "us",
    "is"), -ed (not "eed": "speed", "need") or -ing after three letters ("bring" is plain)."""
    if word.endswith("s"):
        return not word.endswith(("ss", "us", "is"))
    if word.endswith("ed"):
        return len(word) > 4 and not word.endswith("eed")
    return word.endswith("ing") and len(word) > 5


def _going_to(word: str, next_word: str) -> bool:
    """Whether ``word`` "to" ``next_word`` is the future "going to" + a verb ("is going to
    resign": resign), not a movement ("is going to the polls")."""
    return word == "going" and is_plain_verb(next_word.lower())


def is_plain_verb(lower: str | None) -> bool:
    """Whether the lower-case ``lower`` is a verb's plain form, as after "to" ("be", "have",
    or a verb of the list uninflected: "vote", not "votes" nor "storm")."""
    if lower is None:
        return False
    return lower in ("be", "have") or (lower in verbs() and verb_lemma(lower) == lower)


#: The word after a blank run, from the run's first blank only (linear on long runs).
_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]+([a-z]+)")


def word_after(text: str, end: int) -> str | None:
    """The lower-case word after the blanks at ``end`` of ``text``, or None."""
    found = _WORD_AFTER.match(text, end)
    return found.group(1) if found else None


#: Particles that more often open a phrase of place or time ("died in the crash", "left on
#: Monday") than finish a phrasal verb ("gave in", "moved on").
_PREPOSITION_LIKE = frozenset(("in", "on"))
_ARTICLES_AND_POSSESSIVES = frozenset(
    "the a an its their his her our your this that these those some every each".split()
)
#: Words after "do" that open its object.
_DO_OBJECTS = _ARTICLES_AND_POSSESSIVES | frozenset("it him them us me so what".split())


def _opens_a_place_or_time(after_verb: list[str]) -> bool:
    """Whether the particle ``after_verb[0]`` is a preposition: "in"/"on" followed by a
    determiner, a name or a figure ("in the crash", "on Monday", "in 2011")."""
    if len(after_verb) < 2 or after_verb[0].lower() not in _PREPOSITION_LIKE:
        return False
    following = after_verb[1]
    return (
        following[:1].isupper()
        or following[:1].isdigit()
        or following.lower() in _ARTICLES_AND_POSSESSIVES
    )


def _more_than_a_figure(after_verb: list[str]) -> bool:
    """Whether ``after_verb`` opens with "over" before a figure: "garnered over 13,000 views"
    is "more than 13,000", no phrasal verb "garner over"."""
    return len(after_verb) > 1 and after_verb[0].lower() == "over" and after_verb[1][:1].isdigit()


def past_tense(lemma: str) -> str:
    """ "cite" -> "cited", "say" -> "said", "make" -> "made", "carry" -> "carried"."""
    irregular = _irregular_past_by_lemma()
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def third_person(lemma: str) -> str:
    """ "cite" -> "cites", "carry" -> "carries", "push" -> "pushes", "have" -> "has"."""
    if lemma in _IRREGULAR_THIRD_PERSON:
        return _IRREGULAR_THIRD_PERSON[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


_IRREGULAR_THIRD_PERSON = {"have": "has", "be": "is"}


@lru_cache(maxsize=1)
def _irregular_past_by_lemma() -> dict[str, str]:
    """Lemma -> its simple past among the irregular forms ("took", not "taken"; "went",
    not "gone": ``_past_rank``), for the verbs of ``data/verbs.txt``."""
    return {
        lemma: min(forms, key=_past_rank)
        for lemma, forms in _past_forms_by_lemma().items()
        if lemma in verbs()
    }


def _past_rank(form: str) -> tuple[bool, int, str]:
    """A simple past before a participle: not ending in -n/-ne ("went", not "gone"; "did",
    not "done"), then the shortest, then alphabetical (a stable choice)."""
    return (form.endswith(("n", "ne")), len(form), form)


def ing_stems(word: str) -> tuple[str, ...]:
    """The lemmas an -ing form may have, from its own stem: the stem with a doubled last
    letter undone first ("cutting" -> "cut"), then the stem ("adding" -> "add") and the stem
    with its "e" back ("using" -> "use"); the caller keeps the first its table knows."""
    stem = word.lower()[:-3]
    undoubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (*undoubled, stem, stem + "e")


def past_of_participle(word: str) -> str:
    """The simple past of an -ing form: "ushering" -> "ushered", "capping" -> "capped",
    "telling" -> "told", "writing" -> "wrote", "carrying" -> "carried".

    Built from the -ing form's own stem, so the e a lemmatizer would have to guess back
    ("noting" -> "noted") needs no guess."""
    stem = word.lower()[:-3]
    irregular = _irregular_past_by_lemma()
    for lemma in ing_stems(word):
        if lemma in irregular:
            return irregular[lemma]
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "ed"


def is_age(text: str) -> bool:
    """One to three ASCII digits, blanks aside: an age ("34"), never a year ("2019")."""
    digits = text.strip(" \t")
    return 0 < len(digits) <= 3 and digits.isascii() and digits.isdigit()


def age_start(text: str) -> int:
    """Where an age set off by a comma at the end of ``text`` begins ("Mara Ilves, 34" ->
    10), else ``len(text)``. News gives a person's age so, after the name or noun ("the
    driver, 45"). A person is named without it: the age is a detail about them, not part
    of who speaks or whom a relative clause is about ("Mara Ilves, 34, who was travelling"
    is about Mara Ilves)."""
    comma = text.rfind(",")
    return comma if comma >= 0 and is_age(text[comma + 1 :]) else len(text)


def leading_age_end(text: str) -> int:
    """Where an age that opens ``text``, its comma and the blanks after it end, when more
    follows ("52, who owns the shop" -> 4), else 0: what an apposition says of a person
    after their age."""
    age, comma, rest = text.partition(",")
    after = rest.lstrip(" \t")
    if not comma or age != age.lstrip() or len(after) == len(rest) or not after:
        return 0
    return len(text) - len(after) if is_age(age) else 0


def without_age(name: str) -> str:
    """``name`` without the age set off after it ("Tom Berg, 52, a shop owner" -> "Tom
    Berg, a shop owner"; "Mara Ilves, 34" -> "Mara Ilves")."""
    head, comma, rest = name.partition(",")
    if not comma:
        return name
    age, _, description = rest.partition(",")
    if not is_age(age):
        return name
    return f"{head},{description}" if description else head


#: How far before a word an indirect question's opener is looked for.
QUESTION_REACH = 80
#: What ends the clause a word stands in, looking back: before it, another clause's words
#: ("Whether or not the vote passes, the council must act": the "must" is asserted).
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]—–\"“”]")
#: Verbs of asking, which may have their person between them and the question ("asked the
#: mayor how the fire could spread"): how many words that person may take.
_ASKING = frozenset(("ask", "asks", "asked", "asking"))
_MAX_PERSON_ASKED = 3
#: "some of which may", "the likes of which": a relative after "of", not a question.
_RELATIVE_AFTER_OF = frozenset(("which", "whom"))


def in_indirect_question(text: str, position: int, knowing: bool = False) -> bool:
    """Whether ``position`` in ``text`` stands in an indirect question of
    its own clause (``data/indirect_questions.txt``): after "whether", or after a wh word
    (or "if") that follows a word of asking, deciding or not knowing ("asked how", "unclear
    if", "divided on what"), or a verb of asking and its person ("asked the mayor how").

    WHY: a modal there is what is asked about, not what the sentence says: "the panel asked
    whether he must testify" is no advice, "asked how the alarm could be silenced" no guess.
    ``knowing``: a verb of knowing opens one too ("too early to know if it will work"); not
    for opinion, where "knows how the city should pay" is still advice.
    """
    contexts = tables.sections("indirect_questions.txt")
    # only the words before it are lower-cased: the callers' texts need not be
    before = text[max(0, position - QUESTION_REACH) : position].lower()
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = [w.replace("’", "'") for w in before.split()]
    if not contexts["openers"].isdisjoint(words):
        return True
    for index, word in enumerate(words):
        if word not in contexts["wh words"] or index == 0:
            continue
        previous = words[index - 1]
        if knowing and previous in contexts["knowing"]:
            return True
        if previous in contexts["before wh"] and not (
            previous == "of" and word in _RELATIVE_AFTER_OF
        ):
            return True
        if word != "if" and _asked_person_before(
            words[max(0, index - 1 - _MAX_PERSON_ASKED) : index]
        ):
            return True
    return False


def _asked_person_before(words: list[str]) -> bool:
    """Whether ``words`` are a verb of asking and then its person ("asked the mayor"), not
    an infinitive or a clause ("asked residents to leave")."""
    for index, word in enumerate(words[:-1]):
        if word in _ASKING:
            person = words[index + 1 :]
            return "to" not in person and "that" not in person
    return False
