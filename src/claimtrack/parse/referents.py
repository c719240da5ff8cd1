"""Who a pronoun in reported speech refers to.

In "The ministry said it would not attend" or "Mayor Ana Ruiz said she would not run", the
pronoun that opens the reported statement is, by the ordinary reading of news prose, the
speaker just named: the claim is "The ministry would not attend". The rule holds only when
nothing else could be meant, so it is applied when

- the speaker comes first and nothing but "that", a time phrase or lower-case words stand
  between the verb and the statement ('told Mr. Diaz that he ...' names another man);
- the pronoun agrees with the speaker: "it" with an institution or a place, "he"/"she" with
  a person (a gendered title or noun must say the same pronoun), "they" with a plural;
- the speaker carries no pronoun of its own ("her doctor said she ..." means someone else);
- an "it" is not an empty subject ("said it was unclear whether ...");
- the statement does not guess who the pronoun is ("Police said they could be members of
  the Front": the suspects; nobody guesses their own identity).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import cache

from claimtrack.parse import tables
from claimtrack.parse.attribution import Attribution
from claimtrack.parse.entities import without_possessive
from claimtrack.parse.lemmas import noun_lemma

#: A pronoun opening a reported statement, followed by a word (not a contraction: "he'd"), perhaps
#: a quotation's first ('it "deeply regretted" the error').
_OPENING_PRONOUN = re.compile(
    r"(?i)^(?P<pronoun>it|he|she|they|its|his|her|their)(?=[ \t]+[\"“]?[\w’'])"
)
#: "The company said its profits fell": a possessive refers the way its pronoun does.
_POSSESSIVE_OF = {"its": "it", "his": "he", "her": "she", "their": "they"}
#: Where a speaker's head noun ends: "a spokesperson for the ministry", "Justin Ortiz of
#: Canada", "the government in Lima", "an article about Ruiz", "a group calling itself
#: Ferrule", "a militia known as the Front"; a participle with its "by" ends it too ("Former
#: hostages held by the Front": the hostages, not the Front).
_HEAD_END = re.compile(
    r",|[ \t](?:of|for|at|in|from|with|about|calling|called|known[ \t]+as|[a-z]+[ \t]+by)[ \t]"
)
#: Words that show the speaker names someone through another person or thing.
_SPEAKER_PRONOUNS = frozenset(
    "he she it they his her its their him them we i you who which this that".split()
)
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
#: Titles that tell the pronoun of the person they name.
TITLE_PRONOUN = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
#: Day and month names (as parse.dates reads them): "told reporters on Monday that ..."
_WEEKDAYS_AND_MONTHS = frozenset(
    name.lower() for name in (*calendar.day_name, *calendar.month_name) if name
)
#: After "it" + one of these, an "it" that does not end in -ing is an empty subject ("it was
#: unclear", "it is time to"); "it was planning to" refers.
_IT_IS = frozenset({"is", "was", "seems", "seemed", "remains", "remained"})
_IT_MODALS = frozenset({"would", "will", "could", "might", "may", "can"})
#: "it appears (that) ...", "it appeared the wind ...": an empty subject unless "to" follows.
_IT_APPEARS = frozenset({"appears", "appeared"})
_ADVERBS_BEFORE_IS = frozenset({"also", "still", "now", "then"})
_ANY = frozenset({"he", "she"})
_IT = frozenset({"it"})
_NONE: frozenset[str] = frozenset()


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """Head noun -> the pronouns that can refer to it: a person's title (titles.txt) any
    person's, an institution's last word (institution_words.txt) "it", and the nouns of
    data/speaker_kinds.txt, which win where they differ ("police" is "they")."""
    pronouns = {
        "person": _ANY,
        "he": frozenset({"he"}),
        "she": frozenset({"she"}),
        "it": frozenset({"it"}),
        "they": frozenset({"they"}),
        "group": frozenset({"it", "they"}),
    }
    kinds = {word.rstrip("."): _ANY for word in tables.person_titles()[1]}
    kinds.update(
        (word.lower(), pronouns["it"]) for word in tables.data_lines("institution_words.txt")
    )
    for section, words in tables.sections("speaker_kinds.txt").items():
        for word in words:
            kinds[word] = pronouns[section]
    return kinds


def replaceable_pronoun(text: str) -> str | None:
    """The pronoun that opens ``text`` when it refers to something ("it would close", not
    "it was unclear"); None otherwise."""
    found = _OPENING_PRONOUN.match(text)
    if found is None:
        return None
    pronoun = found.group("pronoun")
    if pronoun.lower() == "it" and _empty_it(text.split(None, 3)[1:]):
        return None
    if pronoun.lower() in _GUESSED and _guessed_identity(text.split(None, 5)[1:]):
        return None
    return pronoun


#: Pronouns whose referent one may guess at: "they could be members of the Front".
_GUESSED = frozenset({"he", "she", "they"})
_GUESS_MODALS = frozenset({"could", "may", "might"})


def _guessed_identity(following: list[str]) -> bool:
    """The words after a pronoun guess who it is: "could be members of", "may have been
    Iraqi" (data/guessed_identities.txt, data/nationality_adjectives.txt). WHY: nobody
    guesses who they are themselves; in "Police said they could be members of the Front" the
    "they" are the suspects, not the police."""
    words = [word.lower().strip(",.;:") for word in following]
    if len(words) < 3 or words[0] not in _GUESS_MODALS:
        return False
    at = 3 if words[1:3] == ["have", "been"] else 2 if words[1] == "be" else 0
    if not at or at >= len(words):
        return False
    return words[at] in tables.words("guessed_identities.txt") or words[at] in tables.words(
        "nationality_adjectives.txt"
    )


def person_of(pronoun: str) -> str:
    """The pronoun a possessive belongs to ("its" -> "it"), lower-case."""
    lower = pronoun.lower()
    return _POSSESSIVE_OF.get(lower, lower)


def standing_for(pronoun: str, speaker: str) -> str:
    """What replaces ``pronoun``: the speaker, or the speaker's ("its" -> "The company's")."""
    name = without_reflexive(speaker)
    if pronoun.lower() not in _POSSESSIVE_OF:
        return name
    mark = "’" if "’" in speaker else "'"  # the article's own apostrophe
    return f"{name}{mark}" if name.endswith("s") else f"{name}{mark}s"


def _empty_it(following: list[str]) -> bool:
    if following and following[0].lower() in _ADVERBS_BEFORE_IS:
        following = following[1:]  # "it also was a humid day"
    if not following:
        return True
    verb, rest = following[0].lower(), following[1:]
    after = rest[0].lower() if rest else ""
    if verb in _IT_IS:
        # "it was aware of", "it is unable to": a state of the body that speaks
        return not after.endswith("ing") and after not in tables.words("agent_states.txt")
    if verb in _IT_APPEARS:
        return after != "to"  # "it appeared that ...", not "it appears to be planning"
    if verb in ("takes", "took"):
        return True  # "it took rescuers three hours to ..."
    return modal_then_be(following) or _modal_take_time(following)


#: Words of a stretch of time after "take": "it could take years", "it will take a while".
_SPANS_OF_TIME = frozenset(
    "years months weeks days hours minutes decades time while longer".split()
)


def _modal_take_time(following: list[str]) -> bool:
    """The words after an "it" are a modal, "take" and a stretch of time ("it could take
    years for stocks to recover", "it will take two weeks to restore power"): the "it" is
    empty, as after "took". "It would take legal action" refers: no time follows."""
    if len(following) < 3 or following[0].lower() not in _IT_MODALS:
        return False
    if following[1].lower() != "take":
        return False
    return any(word.lower().strip(",.") in _SPANS_OF_TIME for word in following[2].split()[:3])


def modal_then_be(following: list[str]) -> bool:
    """The words after an "it" open with a modal and "be" ("it will be a great day", "it
    could be weeks"): the "it" is an empty subject, about nothing named before."""
    return (
        len(following) > 1 and following[0].lower() in _IT_MODALS and following[1].lower() == "be"
    )


def speaker_leads(content: str, attribution: Attribution, pronoun: str) -> bool:
    """The speaker and its verb come before the statement, and nothing between them names
    another possible referent: only "that", a time phrase, or lower-case words ("told
    reporters on Monday that"), and for "they" not even those ("told reporters")."""
    if attribution.quoted or attribution.speaker_span[1] > attribution.content_start:
        return False
    after_verb = max(attribution.speaker_span[1], attribution.verb_span[1])
    gap = content[after_verb : attribution.content_start]
    apposed = _NAME_SET_OFF.match(content, attribution.speaker_span[1])
    if apposed is not None and apposed.end() <= attribution.verb_span[0]:
        # "The town's MP, Ruth Okafor, said she ...": the speaker's own name, set off
        gap = content[max(apposed.end(), attribution.verb_span[1]) : attribution.content_start]
    words = re.findall(r"[\w’'.-]+", gap)
    plural = person_of(pronoun) == "they"
    words = _without_singular_names(words) if plural else _without_institutions(words)
    return all(_neutral_gap_word(word, plural) for word in words)


#: A name set off by commas right after a speaker's description: ", Ruth Okafor,".
_NAME_SET_OFF = re.compile(r"[ \t]*,[ \t]*(?:[A-Z][\w’'-]+[ \t]+){1,3}[A-Z][\w’'-]+[ \t]*,")


def _without_singular_names(words: list[str]) -> list[str]:
    """``words`` less a name told that no "they" can mean: "the" and a run of capitalised
    words whose last has no plural -s, or an acronym ("told the Hub they ...", "told BBC
    Radio they ..."). "told reporters they", "told the Smiths they" keep their words."""
    return _without_name_runs(words, _singular_name, with_article=True)


def _singular_name(run: list[str]) -> bool:
    return run[-1].isupper() or not run[-1].endswith("s")


def _without_institutions(words: list[str]) -> list[str]:
    """``words`` less each run of capitalised words that names an institution: an acronym
    ("told CNN") or a name whose last word is an institution's ("told The Associated Press",
    "told Harbour Radio"). WHY: an outlet or an agency told is never "he" or "she", so it
    leaves the speaker the only referent ("Ana Lind told Harbour Radio that she ...")."""
    return _without_name_runs(words, _names_institution, with_article=False)


def _without_name_runs(
    words: list[str], drop: Callable[[list[str]], bool], *, with_article: bool
) -> list[str]:
    """``words`` less each run of capitalised words (days and months aside) that ``drop``
    takes, and the "the" before it when ``with_article``."""
    kept: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper() and word.lower() not in _WEEKDAYS_AND_MONTHS:
            run.append(word)
            continue
        dropped = bool(run) and drop(run)
        if run and not dropped:
            kept += run
        if dropped and with_article and kept and kept[-1].lower() == "the":
            kept.pop()
        run = []
        if word:
            kept.append(word)
    return kept


def names_a_body(name: str) -> bool:
    """Whether the last word of ``name`` says it is a body's ("Corlan Pharma", "Kelmin
    Steel", "Tarn County Council"): capitalised words that end in a word of
    ``institution_words.txt`` name no person. A speaker's kind alone does not tell it:
    "Lena Park" is a person's name, though "the park said" is a body's statement."""
    words = name.split()
    if len(words) < 2:
        return False
    last = without_possessive(words[-1]).rstrip(".").lower()
    return last in tables.words("institution_words.txt")


def _names_institution(run: list[str]) -> bool:
    last = without_possessive(run[-1]).rstrip(".")
    if len(run) == 1 and last.isupper():
        return True  # "CNN", "AFP"
    return _kinds().get(last.lower()) == _IT


def _neutral_gap_word(word: str, plural: bool) -> bool:
    lower = word.lower()
    if lower == "that" or lower in _WEEKDAYS_AND_MONTHS:
        return True
    if plural or not word.islower():
        return lower in ("on", "in", "at", "last", "this", "earlier", "late", "early")
    return True


def head_words(speaker: str) -> list[str]:
    """The words of ``speaker`` before what follows its head noun ("of", "for", "in", a
    comma: ``_HEAD_END``): "a website set up" of "a website set up in his honour"."""
    return _HEAD_END.split(speaker, maxsplit=1)[0].split()


def speaker_pronouns(
    speaker: str,
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
    *,
    own_statement: bool = False,
    sourced: bool = False,
    heads_a_name: Callable[[str], bool] | None = None,
) -> frozenset[str]:
    """The pronouns that can refer to ``speaker``: {"it"} for "The Trade Ministry", {"he",
    "she"} for "Ana Ruiz" or "the port's director", {"they"} for "officials". Empty when
    unsure. ``lookup(name)`` is the alias table's canonical name ("Tehran" -> "Iran");
    ``person_named(word)`` tells whether a one-word name is the surname of a person the
    article named in full before ("Ruiz"). ``sourced``: the speaker is the source of
    "according to", which names a publication as often as a person ("According to Harbour
    Online, he ..."): a name of several words is a person's only when its last word is
    ``person_named``."""
    words = without_reflexive(speaker).split()
    if words and words[0].lower() == "and":
        words = words[1:]
    if not words or any(w.lower().strip(",") in _SPEAKER_PRONOUNS for w in words):
        return _NONE
    head = _HEAD_END.split(" ".join(words), maxsplit=1)[0].split()
    if not head:
        return _NONE
    if "and" in head and not _names_institution(head):
        return frozenset({"they"})  # "The mayor and the port director said they ..."
    if _plural_of_people(words, lookup=lookup, named=person_named):
        return frozenset({"they"})  # "Walkers on the path said they ...", "Nurses said"
    pronouns = _head_pronouns(head, lookup, person_named, own_statement, sourced, heads_a_name)
    if pronouns & _ANY and any(_possessor_may_be_meant(w) for w in head[:-1]):
        return _NONE  # "Ruiz's lawyer said she ...": she may be Ruiz
    return pronouns


def _possessor_may_be_meant(word: str) -> bool:
    """Whether ``word`` is a possessive ("Ruiz's", "the man's") whose owner a "he" or "she"
    may mean: any but a body's, a group's or a place's ("The town's MP said she")."""
    owner = without_possessive(word)
    if owner == word:
        return False
    lower = owner.lower()
    known = _kinds().get(lower)
    if known is not None:
        return bool(known & _ANY)
    place = _is_place_or_body(lower) or lower in tables.words("place_nouns.txt")
    return owner[:1].isupper() or not place


#: "a spokeswoman for the charity", "a representative of Velcor": a person who speaks for
#: a body, then the body.
_VOICE_OF = re.compile(
    r"(?i)(?:(?:an?|the)[ \t]+)?(?:[\w-]+[ \t]+)?(?:spokesman|spokeswoman|spokesperson"
    r"|representative|press[ \t]+officer)[ \t]+(?:for|of)[ \t]+(?P<body>[^,]{2,80})$"
)


#: "a council spokeswoman", "a Westmoor spokesman": the body named before the person who
#: speaks for it (one lower-case noun, or up to three capitalised words).
_VOICE_AFTER = re.compile(
    r"(?:[Aa]n?|[Tt]he)[ \t]+(?P<body>[a-z]{3,20}|[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})[ \t]+"
    r"(?:spokesman|spokeswoman|spokesperson|representative|press[ \t]+officer)"
)


def body_voiced(
    speaker: str,
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
    heads_a_name: Callable[[str], bool] | None = None,
) -> str | None:
    """The body a spokesperson speaks for ("the charity" of "A spokeswoman for the
    charity", "the council" of "A council spokeswoman"), when "it" can refer to it: "A
    spokeswoman for the charity said it had received calls" tells what the charity
    received. A person's spokesman ("a Ruiz spokesman") leaves "it" as written."""
    found = _VOICE_OF.match(speaker)
    if found is not None:
        body = found.group("body")
    else:
        found = _VOICE_AFTER.fullmatch(speaker)
        if found is None:
            return None
        body = found.group("body")
        body = f"the {body}" if body.islower() else body
    pronouns = speaker_pronouns(
        body, lookup, person_named, own_statement=True, heads_a_name=heads_a_name
    )
    return body if pronouns == {"it"} else None


def _head_pronouns(
    head: list[str],
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
    own_statement: bool = False,
    sourced: bool = False,
    heads_a_name: Callable[[str], bool] | None = None,
) -> frozenset[str]:
    last = without_possessive(head[-1])
    known = _kinds().get(last.lower())
    if known is not None:
        return _gendered(head, known)
    if last.islower():
        return frozenset({"they"}) if _plural_shaped(last) else _NONE
    return _name_pronouns(head, lookup, person_named, own_statement, sourced, heads_a_name)


def _plural_shaped(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: How the nouns of people who do something end: "walker", "activist", "parent".
_DOER_ENDINGS = ("er", "ist", "ian", "ent", "ant", "or")


def _plural_of_people(
    words: list[str], *, lookup: Callable[[str], str | None], named: Callable[[str], bool]
) -> bool:
    """Whether the speaker's words are a plural of people (``_people_plural``), alone or
    before a phrase of place ("Walkers on the path"), and no name the alias table or the
    article knows."""
    # "Walkers on the path", "Workers leaving the site": still those people
    described = len(words) > 1 and (
        words[1].lower() in _PLACE_PREPOSITIONS or (words[1].endswith("ing") and words[1].islower())
    )
    if len(words) > 1 and not described:
        return False
    if not _people_plural(words[0], described=len(words) > 1):
        return False
    return lookup(words[0]) is None and not named(words[0])


#: Prepositions that say where the people of a plural speaker are: "Walkers on the path".
_PLACE_PREPOSITIONS = frozenset("on in at near along outside inside from across".split())


def _people_plural(word: str, *, described: bool) -> bool:
    """Whether a capitalised word (one that opens a sentence) is the plural of a noun for
    people ("Nurses", "Parents"), not a surname: its singular is a person's noun, or, with a
    phrase after it that says which ones (``described``: "Walkers on the path"), ends as
    the nouns of doers do (a lone "Sanders" may be a surname)."""
    if not word[:1].isupper() or not _plural_shaped(word):
        return False
    singular = noun_lemma(word)
    if is_person_noun(singular):
        return True
    return described and len(singular) > 4 and singular.endswith(_DOER_ENDINGS)


#: How a website's name ends when it is written as its address ("Vox.com", "Snopes.com").
_WEB_ADDRESS_ENDS = (".com", ".org", ".net", ".co.uk", ".gov", ".edu", ".io", ".tv")


def _name_pronouns(
    head: list[str],
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
    own_statement: bool = False,
    sourced: bool = False,
    heads_a_name: Callable[[str], bool] | None = None,
) -> frozenset[str]:
    """A capitalised head: a known name, a titled person, a full name, or a surname (a full
    name after "according to" only when its surname was named before: ``sourced``), or the
    short name of a body (``heads_a_name``, ``_short_name_of_a_body``)."""
    name = " ".join(without_possessive(w) for w in head if w[:1].isupper())
    canonical = lookup(name)
    if canonical is not None:
        if " " not in canonical:
            return frozenset({"it"})  # "Tehran", "NATO", "Hamas"
        return _kinds().get(canonical.rsplit(None, 1)[-1].lower(), _ANY)
    if own_statement and _country_or_website(name, person_named):
        return frozenset({"it"})
    if heads_a_name is not None and _short_name_of_a_body(head, name, person_named, heads_a_name):
        return _IT
    title = _title_pronoun(head)
    if title is not None:
        return title
    if head[0].lower() == "the":
        return frozenset({"it"})  # "The Daily Ledger": a person's name takes no article
    if " " in name and not sourced:
        return _ANY
    return _ANY if name and person_named(name.rsplit(None, 1)[-1]) else _NONE


def _short_name_of_a_body(
    head: list[str],
    name: str,
    person_named: Callable[[str], bool],
    heads_a_name: Callable[[str], bool],
) -> bool:
    """A speaker named by one capitalised word that is the short name of a body: an
    acronym ("CNN said it ..."), or a word the article also wrote as the first of a longer
    name ("Corlan Pharma", then "Corlan said it had paused production"), and no person the
    article named in full. WHY: a statement's "it" is then the speaker ("it" is never a
    person); a lone surname never introduced ("Ruiz said it ...") may be a person's, and
    "it" something else."""
    if len(head) != 1 or not name.isalpha() or person_named(name):
        return False  # "Mark-1", "Vox.com" (a website is ``_country_or_website``'s)
    return (len(name) > 1 and name.isupper()) or heads_a_name(name)


def _country_or_website(name: str, person_named: Callable[[str], bool]) -> bool:
    """ "Nigeria", "Vox.com": a country or region of data/regions.txt (not "Jordan" once
    "Michael Jordan" was named), or a website written as its address."""
    lower = name.lower()
    if lower.endswith(_WEB_ADDRESS_ENDS):
        return True
    return lower in tables.words("regions.txt") and not person_named(name)


def _gendered(head: list[str], pronouns: frozenset[str]) -> frozenset[str]:
    """A person noun narrowed by a gendered title before it ("Ms. Ruiz, the director")."""
    title = _title_pronoun(head)
    if pronouns == _ANY and title is not None:
        return title
    return pronouns


def _title_pronoun(head: list[str]) -> frozenset[str] | None:
    for word in head:
        said = TITLE_PRONOUN.get(word.lower().rstrip("."))
        if said is not None:
            return frozenset({said})
    titles = tables.every_person_title()
    if any(word.lower().rstrip(".") in titles for word in head[:-1]):
        return _ANY
    return None


def without_reflexive(speaker: str) -> str:
    """ "Trump himself" -> "Trump"; the object of a verb stays ("a group calling itself
    Ferrule")."""
    words = speaker.split()
    return " ".join(
        word
        for k, word in enumerate(words)
        if word.lower() not in _REFLEXIVES or (k > 0 and words[k - 1].lower() in _NAMING_VERBS)
    )


#: Verbs whose object is a reflexive that belongs to the speaker's words.
_NAMING_VERBS = frozenset({"calling", "calls", "called", "call", "describing", "describes"})


#: A name written in capitals only ("ACTED", "NATO"): an organisation's, never a person's.
_ACRONYM = re.compile(r"[A-Z][A-Z&-]+")
_DETERMINERS = frozenset(("the", "a", "an"))


def unique_referent(
    pronoun: str,
    candidates: list[str],
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
    others: tuple[str, ...] = (),
) -> str | None:
    """The one of ``candidates`` (speakers and subjects named just before) that ``pronoun``
    ("it", "he", "she") can refer to, or None when none or several can. ``others``: other
    names of the same sentences (objects, possessives), which a "he" or "she" may mean as
    well: a person among them leaves the pronoun too. A pronoun left as it is names no
    one; a wrong name would credit a statement to someone who did not make it."""
    if pronoun in _ANY:
        found = _unique_person(pronoun, candidates, lookup, person_named)
        if found is None or _unique_person(pronoun, [found, *others], lookup, person_named):
            return found
        return None
    fitting: dict[str, str] = {}
    for candidate in candidates:
        if _can_refer(pronoun, candidate, lookup, person_named):
            fitting.setdefault(_referent_key(candidate), candidate)
    return next(iter(fitting.values())) if len(fitting) == 1 else None


#: Capitalised words that open a sentence before its subject.
_JOINING_WORDS = frozenset(("But", "And", "Yet", "So", "Still", "Meanwhile"))
#: A person's name, titles included ("Sen. Ana Ruiz", "Theo J. Berg Jr."): capitalised words.
_PERSON_NAME = re.compile(r"(?!The[ \t])(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*")


def _unique_person(
    pronoun: str,
    candidates: list[str],
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
) -> str | None:
    """``unique_referent`` for "he" or "she": the name of the one person among
    ``candidates`` ("Ana Ruiz of the port board" names Ana Ruiz). One person may be named
    several ways ("Ana Ruiz", "Ms. Ruiz"): by surname, the longest name stands for them;
    two first names with one surname are two people."""
    by_surname: dict[str, set[str]] = {}
    for candidate in candidates:
        name = _HEAD_END.split(name_after_role(described_name(candidate)), maxsplit=1)[0]
        name = name.strip()
        first, _, rest = name.partition(" ")
        if first in _JOINING_WORDS and rest:
            name = rest  # "But Ruiz, who ...": the sentence's joining word, not the name
        if not _can_refer(pronoun, name, lookup, person_named):
            continue
        if not _PERSON_NAME.fullmatch(name) or _kinds().get(name.split()[-1].lower().rstrip(".")):
            # "the governor", "his lawyer", "National Coordinator": a person, but no name
            return None
        by_surname.setdefault(without_possessive(name.split()[-1]), set()).add(name)
    if len(by_surname) != 1:
        return None
    (names,) = by_surname.values()
    longest = max(names, key=lambda name: (len(_untitled_words(name)), len(name.split()), name))
    if any(not _within(name, longest) for name in names):
        return None  # "Bill Ruiz" and "Ana Ruiz": two people
    return longest


def described_name(speaker: str) -> str:
    """The name set off after a person's description ("The trust's chief executive, Martin
    Hale": Martin Hale; "The town's MP, Ruth Okafor": a title in capitals is a noun too), or
    ``speaker`` as it is: what stands for "he" or "she" in what the speaker said."""
    head, comma, name = speaker.partition(", ")
    words = head.split()
    if not comma or not words or not APPOSED_NAME.fullmatch(name):
        return speaker
    return name if ends_a_description(words[-1]) else speaker


def ends_a_description(word: str) -> bool:
    """Whether ``word``, the last of the words before a name set off by commas, ends a
    person's description: a noun in lower case ("The lawyer, Ana Ruiz") or a title in
    capitals ("The town's MP, Ruth Okafor"). After a name ("Texas City, Texas", "Rep. Ana
    Ruiz, R-Ohio") the words set off are a place or a label."""
    return word.islower() or (word.isupper() and is_person_noun(word))


#: A name set off by commas after its noun: capitalised words, perhaps with initials.
APPOSED_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}")


#: Words that join a title to what it is the title of: "Minister for Water Affairs".
_TITLE_OF = frozenset(("for", "of"))
#: The word before the name in "Minister for Ports of the Northern Province Ana Ruiz".
_BEFORE_OFFICE_NAME = _TITLE_OF | {"the"}


def name_after_role(candidate: str) -> str:
    """The name written after a speaker's role: "Ana Ruiz" in "government spokeswoman Ana
    Ruiz" and "Party leader Ana Ruiz" (a role noun, lower-case, right before the name), or
    in "National Coordinator for Flood Relief Ana Ruiz" (a title with no article, "for" or
    "of", then what it is the title of and the name, read as its last two words; a middle
    name is then lost, the surname kept). Else ``candidate`` as it is: "the director of
    Acme Water Works" names no person."""
    words = candidate.split()
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    if tail == 0 or len(words) - tail < 2 or _is_place_or_body(words[-1]):
        return candidate
    before = words[tail - 1]
    if before.islower() and is_person_noun(before):
        return " ".join(words[tail:])
    if before in _BEFORE_OFFICE_NAME and len(words) - tail >= 3 and _titled_office(words[:tail]):
        return " ".join(words[-2:])
    return candidate


def _titled_office(words: list[str]) -> bool:
    """Whether ``words`` are a title and what it is the title of, before a name: "National
    Coordinator for Health of the", capitalised words joined by "for", "of", "the", a
    person's title before the first join, no article first ("the director of" describes
    someone, as a role does, but is not written before a name)."""
    if words[0].lower() in _DETERMINERS:
        return False
    joins = [index for index, word in enumerate(words) if word in _TITLE_OF]
    if not joins or any(w.islower() and w not in _TITLE_OF and w != "the" for w in words):
        return False
    return any(is_person_noun(word) for word in words[: joins[0]])


def may_speak(word: str) -> bool:
    """Whether the noun is one of a speaker's of any kind (a person, a group, an institution:
    "spokesman", "army", "police"), as ``_kinds`` knows them."""
    return word.lower().rstrip(".") in _kinds()


def is_person_noun(word: str) -> bool:
    """A noun or title for a person: "spokeswoman", "leader", "Coordinator", "Minister"."""
    return bool(_kinds().get(word.lower().rstrip("."), _NONE) & _ANY)


def _is_place_or_body(word: str) -> bool:
    return _kinds().get(word.lower()) == frozenset({"it"})


def _within(name: str, longest: str) -> bool:
    """Whether ``name`` is ``longest`` or a shorter way of writing it ("Ms. Ruiz" of "Ana
    Ruiz", "Ruiz" of "Sen. Ana Ruiz"): its words other than titles are among the longer
    name's."""
    return set(_untitled_words(name)) <= set(longest.split())


def _untitled_words(name: str) -> list[str]:
    titles = tables.every_person_title()
    return [word for word in name.split() if word.lower().rstrip(".") not in titles]


def _can_refer(
    pronoun: str,
    candidate: str,
    lookup: Callable[[str], str | None],
    person_named: Callable[[str], bool],
) -> bool:
    if " and " in candidate:
        return pronoun == "they"  # "The ministry and the agency": two of them
    pronouns = speaker_pronouns(candidate, lookup, person_named)
    if pronoun != "it":
        return pronoun in pronouns
    if pronouns:
        return "it" in pronouns
    head = _HEAD_END.split(candidate, maxsplit=1)[0].split()
    if not head or any(w.lower() in _SPEAKER_PRONOUNS for w in candidate.split()):
        return False
    last = without_possessive(head[-1])
    return last.lower() in tables.words("document_nouns.txt") or bool(_ACRONYM.fullmatch(last))


def _referent_key(candidate: str) -> str:
    """One key for the ways a text names one referent again ("The ministry", "the
    ministry")."""
    words = candidate.lower().split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)
