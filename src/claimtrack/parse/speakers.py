"""Who a speaker is: the words found before or after a verb of saying, cleaned to a name.

The finders of ``parse.attribution`` cut a speaker out of a sentence by pattern ("Meanwhile,
Mayor Ana Ruiz (D) reportedly said ..."); ``clean_speaker(raw)`` takes off what is no part
of the name (an opening conjunction or adverb, a scene phrase, a trailing time or adverb, a
party label, a bracketed short name) and returns None when the words are a clause or a
phrase that names no one. ``second_hand`` and ``unnamed_reports`` tell the hedges a speaker
carries ("reportedly", "media reports"). The pattern pieces and word lists the finders share
with the cleaning (party labels, pronouns, determiners, the verbs of
``data/attribution_verbs.txt``) live here too, so that the data passes one way:
``speakers`` imports nothing from ``attribution`` or ``tags``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.parse import grammar, tables
from claimtrack.parse.dates import CALENDAR_NAMES
from claimtrack.parse.numbers import find_numbers

#: A US party label after a name: "(R)", "(D-Calif.)", "(I-Vt.)"; not part of the speaker.
BARE_PARTY_LABEL = r"[RDI](?:-[A-Z][A-Za-z.]{0,10}(?:[ \t][A-Z][A-Za-z.]{0,10})?)?"
#: The same in brackets, as it stands after a name: "(D-Calif.)".
PARTY_LABEL = rf"\({BARE_PARTY_LABEL}\)"
#: A short name in brackets after the one it abbreviates: "the Harbour Safety Board (HSB)".
BRACKETED_NAME = r"\([A-Z][\w.&'’-]{1,15}\)"
#: The same, to take out of a speaker: the full name is the one other outlets use.
_BRACKETED_NAME_AT = re.compile(rf"(?<![ \t])[ \t]*{BRACKETED_NAME}")
_PARTY_LABEL_WHOLE = re.compile(PARTY_LABEL)
_TRAILING_PARTY_LABEL = re.compile(rf",[ \t]*{BARE_PARTY_LABEL}$")
_NOT_SPEAKER = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|not|which|who|that|"
    r"it|this|these|those|there|if|when|where|while|because|though|although|whereas)\b"
    # "Apple hasn't said", "I don't think", "We're told": a negated or contracted verb
    r"|n['’]t\b|['’](?:re|m|ve)\b",
    re.I,
)
#: "What Ruiz says happened next ...": a clause, not a speaker; nor a subordinate clause
#: ("Until officials said ...").
_VAGUE = re.compile(
    r"^(?:it|this|what|whatever|whoever|how|why|where|whether|unless|until)\b", re.I
)
#: "As the paper reported in May, ...", "..., as the ministry said": "as" is no part of the
#: speaker (the statement is the speaker's all the same); "As many as 200 residents" is,
#: and "As for the others" is no speaker.
AS = re.compile(r"^[Aa]s(?:[ \t]+(?!many\b|for\b)|$)")


@lru_cache(maxsize=1)
def attribution_verbs() -> dict[str, bool]:
    """The verbs of ``data/attribution_verbs.txt``, lower case, each True when it is marked
    "hedged" ("claimed", "believes")."""
    return {verb.lower(): flag == "hedged" for verb, flag in tables.pairs("attribution_verbs.txt")}


#: Personal pronouns that can be a subject or a speaker ("he said", "it said").
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
#: Determiners: after one "claims" or "reports" is a noun, and a noun phrase follows one.
DETERMINERS = frozenset("the a an his her its their our my your these those such".split())
#: Object pronouns: "warned them they were ..." names the person warned, not a subject.
OBJECT_PRONOUNS = frozenset(("him", "them", "me", "us"))


#: Adverbs between a speaker and the verb: not part of the name. Those that report the
#: saying at second hand ("Ruiz reportedly said") hedge the claim; the others do not.
_HEDGING_ADVERBS = frozenset(("reportedly", "allegedly", "purportedly", "supposedly"))
_PLAIN_ADVERBS = frozenset(("further", "meanwhile", "also", "privately", "separately", "just"))


#: Adverbs without -ly that stand between a speaker and the verb ("Apple only said",
#: "Holt then calmly says").
_SHORT_ADVERBS = frozenset(("only", "then", "later", "again", "last", "rather"))


def _trailing_adverbs(speaker: str) -> tuple[str, list[str]]:
    """ "The board also reportedly" -> ("The board", ["reportedly", "also"]): the speaker
    without the adverbs that end it, and those adverbs (last first). A one-word speaker
    stays as it is."""
    head = " ".join(speaker.split())
    adverbs: list[str] = []
    while " " in head:
        rest, _, last = head.rpartition(" ")
        word = last.lower()
        if not _is_speakers_adverb(word) and not (last == word and _is_manner_adverb(word)):
            break
        head = rest
        adverbs.append(word)
    return head, adverbs


def _only_an_adverb(speaker: str) -> bool:
    """Whether ``speaker`` is one lower-case adverb and no name: "widely" ("as widely
    reported"), "rarely" ("but rarely confirms"). A capitalised one ("Separately, the
    paper, the Ledger, reported") stands for a speaker named after it, which the
    patterns do not reach: kept until they do."""
    return " " not in speaker and speaker.islower() and _is_manner_adverb(speaker)


def _is_speakers_adverb(lower: str) -> bool:
    """Whether ``lower`` is an adverb that may stand before a verb of saying in any case
    ("Separately", "reportedly")."""
    return lower in _HEDGING_ADVERBS or lower in _PLAIN_ADVERBS


def _is_manner_adverb(lower: str) -> bool:
    """Whether the lower-case word ``lower`` read before a verb of saying is an adverb
    ("the ministry flatly denied", "Apple only said"), not a noun that ends a name ("her
    family said": data/ly_nouns.txt) nor the writer's verdict ("falsely claimed":
    data/falsity_adverbs.txt)."""
    return lower in _SHORT_ADVERBS or (
        grammar.is_ly_adverb(lower)
        and lower not in tables.words("ly_nouns.txt")
        and lower not in tables.words("falsity_adverbs.txt")
    )


def second_hand(speaker: str) -> str | None:
    """The adverb that reports the saying at second hand, among those that end the
    speaker ("Wilson reportedly" -> "reportedly") or the one that opens it ("Reportedly
    the minister": ``_without_opening_adverb``), or None."""
    found = next((w for w in _trailing_adverbs(speaker)[1] if w in _HEDGING_ADVERBS), None)
    if found is None and speaker[:1] in _HEDGING_INITIALS:
        first = speaker.split(None, 1)[0].lower()
        if first in _HEDGING_ADVERBS and _without_opening_adverb(speaker) != speaker:
            return first
    return found


def unnamed_reports(speaker: str) -> str | None:
    """The head word of a speaker that names no source, only reports or rumours ("Media
    reports", "unconfirmed reports": data/unnamed_report_speakers.txt), or None."""
    words = speaker.lower().split()
    if not words or len(words) > 4:
        return None
    lists = tables.sections("unnamed_report_speakers.txt")
    if words[-1] not in lists["heads"] or not lists["modifiers"].issuperset(words[:-1]):
        return None
    return words[-1]


def _initials(words: frozenset[str]) -> frozenset[str]:
    """The first letters of lower-case ``words``, in both cases: one test of a text's first
    character tells that it opens with none of them (no split, no search)."""
    return frozenset(letter for word in words for letter in (word[0], word[0].upper()))


#: The first letters of ``_HEDGING_ADVERBS``, in both cases (one test before a split).
_HEDGING_INITIALS = _initials(_HEDGING_ADVERBS)


def _without_opening_adverb(speaker: str) -> str:
    """``speaker`` without a sentence adverb that opens it before an article, a possessive
    or a pronoun ("Originally the mayor" -> "the mayor", "earlier its board" -> "its
    board"): data/opening_adverbs.txt, data/scene_speaker_openers.txt; or before a name of
    two words or more ("Then Ana Lind"). Not before one capitalised word or a bare noun
    ("Separately Kelly", "Later Iraqi reports"): where the adverb is an adjective or the
    word a name cannot be told."""
    first, _, rest = speaker.partition(" ")
    if not rest or first.lower() not in tables.words("opening_adverbs.txt"):
        return speaker
    rest = rest.lstrip()
    words = rest.split()
    if words[0].lower() in tables.words("scene_speaker_openers.txt"):
        return rest
    # not an acronym ("NOW President Terry O'Neill" is the president of NOW)
    named = len(words) > 1 and all(word[0].isupper() for word in words) and not first.isupper()
    # a bare noun after an adverb that never modifies what follows ("Now rumors",
    # "Meanwhile officials"); "Later reports" may be the later ones, and an adverb in -ly
    # may tell of an adjective ("publicly available documents")
    lower = first.lower()
    bare_noun = words[0].islower() and not lower.endswith("ly") and lower not in _ADJECTIVE_ADVERBS
    return rest if named or bare_noun else speaker


#: Opening adverbs that also stand before a noun as adjectives ("earlier reports").
_ADJECTIVE_ADVERBS = frozenset(("later", "earlier", "then"))


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without outer blanks and final punctuation (empty spans stay empty)."""
    start, end = span
    while start < end and text[start] in " \t,\"“”’'":
        start += 1
    while end > start and text[end - 1] in " \t.!,\"”’'":
        end -= 1
    return (start, end)


_OPENING_CONJUNCTION = re.compile(
    r"^(?:But|And|Yet|So|Meanwhile|However|(?:Late[ \t]+last|Last|This|Earlier|Later)[ \t]+"
    r"(?:week|month|year)"
    r"|The[ \t]+following[ \t]+(?:day|week|month|year)"
    # "On Sunday the mayor said", "In August 2014 Ruiz said", "At the time officials
    # said": when, without its comma
    r"|(?:On|In|At|During|By|Since|Until)[ \t]+(?:the[ \t]+time|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:[ \t]+\d{4})?|(?:19|20)\d\d))[ \t]+(?=\S)"
)

#: "Officials Friday announced ...", "The ministry on Monday said ...", "The board late on
#: Friday night said", "The board this morning said": the time is when, not who. Not "on
#: Sunday" ("The Mail on Sunday" is a name), nor a week, month or year after a noun ("a
#: report on the port this month" says which report; taken out, FNC-1 lost two pairs).
_TRAILING_DAY = re.compile(
    r"(?<=\S)(?:(?:[ \t]+(?:early|late))?(?:[ \t]+on)?[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur)day"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|(?:[ \t]+(?:earlier|later))?[ \t]+(?:yesterday|today|tonight)"
    r"|(?:[ \t]+(?:earlier|later|early|late))?[ \t]+(?:this|last)"
    r"[ \t]+(?:morning|afternoon|evening|night)"
    # "Tim Cook just last week confirmed ...": when, not who
    r"|(?:[ \t]+(?:just|only|earlier|late))?[ \t]+(?:this|last)[ \t]+(?:week|weekend|month|year))$"
)


def _without_trailing_time(speaker: str) -> str:
    """``speaker`` without the time that ends it (``_TRAILING_DAY``), unless a participle
    stands before the time: "a report released last week" is which report, not when it
    spoke."""
    time = _TRAILING_DAY.search(speaker)
    if time is None:
        return speaker
    head = speaker[: time.start()]
    last = head.rsplit(None, 1)[-1].lower() if head.strip() else ""
    if " " in head.strip() and last.endswith("ed") and grammar.is_past_participle(last):
        return speaker
    if speaker.endswith(_PERIOD_ENDINGS) and _names_a_document(head):
        return speaker  # "a report on the port this month": which report, not when
    return head


#: The ends of a time that may say which document it was ("a report ... last month").
_PERIOD_ENDINGS = ("week", "weekend", "month", "year")


def _names_a_document(words: str) -> bool:
    """Whether ``words`` hold a noun of a document or a publication ("a report on the
    port", data/document_nouns.txt)."""
    nouns = tables.words("document_nouns.txt")
    return any(word in nouns for word in words.lower().split())


#: How a speaker ending in a time ends (``_TRAILING_DAY``): one test before the search.
_TIME_ENDINGS = (
    "day",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
)
#: What is left of a speaker that was only a time or a joining word: "on Thursday", "Also
#: on Tuesday", "Monday" (a phrase's day read as a name), "So", "Through" ("Through said
#: devastation": "said" an adjective), "And" ("And reports that ... have hurt her": a noun).
ONLY_FUNCTION_WORDS = frozenset(
    "on in at also then later earlier again so yet and but or through with by from for of monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)


#: Prepositions a speaker never ends with: before them the verb of saying is a noun ("resigned
#: amid reports that", "in the wake of claims that"). Not "to" ("went on to say": the
#: speaker is there, only not where it begins) nor words that end names or phrasal verbs.
#: Nor an article: after it the verb is a participle ("a date earlier than the originally
#: announced May 18").
_ENDS_NO_SPEAKER = frozenset(
    "of amid amidst among despite with after before at in on into about against over "
    "following during since than the a an".split()
)


#: "The ruling comes a day after the minister said ...": an event tied in time to a
#: statement; the speaker is who follows the joining word, not the words before it.
_LINKED_EVENT = re.compile(
    r"^[^,;]*?\b(?:comes|come|came|coming)\b[^,;]*?\b(?:as|after|before|amid|while)[ \t]+(?=\S)"
)


def without_linked_event(speaker: str) -> str:
    """``speaker`` without an event tied to the statement before it ("The ruling comes a
    day after the board": the board)."""
    match = _LINKED_EVENT.match(speaker)
    if match is None:
        return speaker
    rest = speaker[match.end() :]
    first = rest.split(None, 1)[0]
    # "... came after watching the video": no speaker follows
    return speaker if first.lower().endswith("ing") else rest


#: Pronouns that stand for a speaker at the end of a lead-in ("In the video he said").
#: Not "it" (a speaker only on its own: "It said ...", not "In the video it said") nor "you".
_SPEAKING_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
#: A verb of saying inside what stands before another one: two statements, no one speaker.
_SAID_INSIDE = re.compile(r"\b(?:said|says)\b")
_WENT_ON_TO = re.compile(r"(?<![ \t])[ \t]+(?:then[ \t]+)?(?:went|goes|go)[ \t]+on[ \t]+to$")


#: Prepositions that open a phrase of place or occasion before a speaker without its comma
#: ("On her blog Lana wrote ...", "In the clip the group said ..."). Not "At least"/"At most"
#: ("At least one witness said": a number).
_SCENE_PREPOSITIONS = frozenset("in on at with during from".split())
#: Their first letters, in both cases: most speakers open with none of them (one test, no
#: split). Lower case too: after a comma or a conjunction the phrase opens mid-sentence
#: ("..., in a video posted online the group said", "And in a statement the ministry said").
_SCENE_INITIALS = _initials(_SCENE_PREPOSITIONS)
#: Words that open the object of such a phrase ("In a statement", "On her blog"); after
#: any other ("in which the study estimates") the words are a clause, not a scene.
_PHRASE_DETERMINERS = frozenset("the a an his her its their our my one some".split())
#: A time that ends such a phrase ("At the press conference today officials said").
_PHRASE_TIMES = frozenset("today yesterday tonight".split())


def _without_scene_phrase(speaker: str) -> str | None:
    """``speaker`` without an opening phrase of place or occasion ("On her blog Lana" ->
    "Lana", "In the clip the group" -> "the group", "in a decision its ministry" -> "its
    ministry"), None when no one follows it ("In a statement" posted ..., "with some"
    reported ...). Only a phrase whose object opens with a determiner: where a name ends
    ("In New York police") is unknown, and "At least one witness" is a number. The speaker
    opens with a capitalised word or a word of data/scene_speaker_openers.txt, but never
    after a preposition ("In a letter to the mayor the council": the council) nor with a
    day or month ("In a note sent Tuesday the mayor": when it was sent)."""
    words = speaker.split()
    if (
        len(words) < 2
        or words[0].lower() not in _SCENE_PREPOSITIONS
        or words[1] not in _PHRASE_DETERMINERS
    ):
        return speaker
    openers = tables.words("scene_speaker_openers.txt")
    for index in range(2, len(words)):
        word = words[index]
        lower = word.lower()
        if lower in _PHRASE_TIMES:
            return " ".join(words[index + 1 :]) or None
        if lower in CALENDAR_NAMES:
            continue  # "In a statement released Sunday the ministry": when, not who
        if not _may_end_a_phrase(words[index - 1]):
            continue  # "In a letter to the mayor the council": still the phrase's object
        if word[:1].isupper() or lower in openers:
            return " ".join(words[index:])
    return None


def _may_end_a_phrase(word: str) -> bool:
    """Whether a phrase of place or occasion may end after ``word`` and a name start: not
    after a preposition or a conjunction ("In a letter to Ana and Tom")."""
    lower = word.lower()
    return lower not in tables.words("prepositions.txt") and lower not in ("and", "or", "&")


#: "By many", "by some": what follows is a noun ("By many estimates", "by some accounts").
_BY_SOME_COUNT = re.compile(r"[Bb]y[ \t]+(?:many|some|most|several|all|other|official)$")

_PRONOUN_HAS = frozenset(f"{pronoun}{mark}s" for pronoun in ("he", "she") for mark in ("'", "’"))


def holds_a_clause(speaker: str) -> bool:
    """Whether the words before "claims" or "reports" hold a verb of their own, so that the
    word is a noun ("Her claims contradict police claims"); a participle that describes
    the speaker ("an eyewitness named Tan", "research released on Monday") is no such verb,
    but one taking an object ("experts questioned the ...") or ending the words is."""
    end = grammar.subject_end(speaker)
    if end < 0:
        return False
    verb, *after = speaker[end:].split(None, 2)
    if not verb.endswith("ed") or not after:
        return True
    return after[0].lower() in DETERMINERS


#: "what" or "whatever" opening a clause inside the words before a verb of saying: what
#: was said is the clause's object, not a statement the sentence reports.
_FREE_RELATIVE = re.compile(r"(?<![\w’'-])(?:[Ww]hat|[Ww]hatever)[ \t]")


#: The reporter's own contact with the speakers, closing the speaker's words: "Members we
#: spoke to", "Parents that I interviewed", "Traders we reached by phone". Which people, not
#: a first-person comment of the writer's.
_CONTACT_CLAUSE = re.compile(
    r"(?:(?<![ \t])[ \t]+(?:that|whom|who))?(?<![ \t])[ \t]+(?:we|I)[ \t]+"
    r"(?:spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|interviewed|contacted|reached"
    r"|surveyed|polled|met|asked)(?:[ \t]+(?:by[ \t]+phone|on[ \t]+\w+|this[ \t]+week))?$"
)


# Cached: the same speaker text comes back in a sentence's several readings (the whole
# sentence, its clauses) and across an article (about 0.8 repeats per distinct text).
@lru_cache(maxsize=4096)
def clean_speaker(raw: str) -> str | None:
    """The speaker named by the words ``raw`` a pattern took for one, without what is no
    part of the name ("But Mayor Ruiz (D) reportedly" -> "Mayor Ruiz"), or None when the
    words are a clause or a phrase that names no one ("In a statement posted")."""
    speaker = " ".join(_without_party_label(raw).split()).strip(" -—–\"“”‘’'")
    if _FREE_RELATIVE.search(speaker):
        return None  # "The news goes counter to what the government said ...": no speaker
    speaker = grammar.without_age(speaker)  # "Mara Ilves, 34": Mara Ilves
    if "we " in speaker or "I " in speaker:  # most speakers: two tests, no search
        speaker = _CONTACT_CLAUSE.sub("", speaker)  # "Members we spoke to": Members
    if "(" in speaker:  # most speakers: one test, no search
        speaker = _BRACKETED_NAME_AT.sub("", speaker)
        if speaker != raw.strip() and (grammar.has_verb(speaker) or " - " in speaker):
            # "The board (HSB) denied the report officials": a clause; "Oslo (Reuters) - A
            # man claiming to ...": a dateline, then words whose verb may be anywhere
            return None
    # "But Ruiz said ...", "Last week the ministry said ...": the sentence's conjunction or
    # time is not part of the name.
    speaker = _OPENING_CONJUNCTION.sub("", speaker)
    speaker = _without_opening_adverb(speaker)
    if speaker[:1] in _SCENE_INITIALS:
        scene = _without_scene_phrase(speaker)
        if scene is None:
            return None  # "In a statement posted ...": a place or thing, no one named
        speaker = scene
    if " com" in speaker or " cam" in speaker:  # most speakers: one test, no search
        speaker = without_linked_event(speaker)
    if speaker[:2] in ("As", "as"):
        speaker = AS.sub("", speaker)
        if speaker.lower() in ("as many", "as for"):
            return None  # "As many states, cities ... have done": "states" is a noun
    if _BY_SOME_COUNT.match(speaker):
        return None  # "By many estimates a video earns ...": a noun, no one named
    if speaker.endswith(_TIME_ENDINGS):  # most speakers: one test, no search
        speaker = _without_trailing_time(speaker)
    speaker = _trailing_adverbs(speaker)[0]  # "Wilson reportedly said": Wilson
    if _only_an_adverb(speaker) or speaker.lower() in tables.words("opening_adverbs.txt"):
        # "as widely reported", "but rarely confirms", "Originally posted to ...": no one
        return None
    if speaker.lower() in _PRONOUN_HAS:
        speaker = speaker[:-2]  # "He's said ...": "has" contracted onto the pronoun
    if len(speaker) < 2 or len(speaker.split()) > MAX_SPEAKER_WORDS:
        return None
    if ONLY_FUNCTION_WORDS.issuperset(speaker.lower().split()):
        return None
    if speaker.lower() == "it":
        # "It said ...": the institution or document named just before. The parser puts
        # its name in when one alone can be meant, and keeps "It" otherwise: the statement
        # is still the speaker's, not the writer's.
        return speaker
    # "residents there told CNN": the place adverb says which residents, it opens no clause
    named, _, place = speaker.rpartition(" ")
    named_someone = named and not ONLY_FUNCTION_WORDS.issuperset(named.lower().split())
    head = named if named_someone and place.lower() in _PLACE_ADVERBS else speaker
    if (_holds_a_clause_word(head) or _VAGUE.match(head)) and not _pointed_at(head):
        return None
    last = speaker.rsplit(None, 1)[-1]
    if last in ("and", "or", "but"):
        return None  # "X ordered flags lowered and said ...": a clause before the verb
    if " and " in speaker and _clause_before_and(speaker):
        return None  # "The crew fixed the pump and officials said ...": the same
    if last.lower() in _ENDS_NO_SPEAKER:
        return None  # "the lawyer quit amid reports that ...": "reports" is a noun there
    if last.lower() == "to":
        return _went_on_to(speaker)
    if last.lower() in _SPEAKING_PRONOUNS and " " in speaker:
        # "In the video he said ...", "However they said ...", "The man told doctors he
        # believes ...": the pronoun ("We took a cast and we said ..." left above)
        return last
    if _SAID_INSIDE.search(speaker):
        return None  # "The forum said attacks ... [told]": a statement, not a speaker
    if "than" in speaker and _compared(speaker):
        return None  # "..., much farther than the agency [disclosed]": a comparison
    return speaker


_THAN = re.compile(r"(?<![\w-])than(?![\w-])", re.I)


def _compared(speaker: str) -> bool:
    """Whether ``speaker`` holds "than" outside a figure's approximator: "much farther
    than the agency", "a price far higher than earlier" compare what was said with what
    someone disclosed, they name no speaker; "More than 100 doctors", "fewer than a dozen
    officials" count the speakers."""
    than = _THAN.search(speaker)
    if than is None:
        return False
    return not any(n.start <= than.start() < n.end for n in find_numbers(speaker))


#: Adverbs of place that may end a speaker ("residents there", "officials here").
_PLACE_ADVERBS = frozenset(("there", "here"))


def _clause_before_and(speaker: str) -> bool:
    """Whether ``speaker`` is a clause of the writer's, "and", then who speaks ("The crew
    fixed the pump and officials", "We took a cast and we"): a past verb before the last
    "and", no verb of saying there, and no verb right after it ("A statement attributed to
    Isis and posted online" is one noun described twice; "reports from Ikwiz and Movie
    Pilot" holds no past verb)."""
    head, _, tail = speaker.rpartition(" and ")
    words = grammar.tokens(head)
    if not head or not tail.strip() or grammar.is_finite_start(tail.lstrip()):
        return False
    if not attribution_verbs().keys().isdisjoint(word.lower() for word in words):
        return False
    return any(
        grammar.is_verb(words, index) and grammar.verb_form(words[index]) == "past"
        for index in range(1, len(words))
    )


#: "these people", "that source": a demonstrative and a noun or two.
_POINTED = re.compile(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?:[ \t]+[a-z][a-z-]+){1,2}")


def _pointed_at(speaker: str) -> bool:
    """Whether ``speaker`` is a demonstrative and a noun phrase ("these people", "that
    source", "this blogger"): a speaker the writer pointed back to, not a clause ("That
    being said", "This was what ...", "that police")."""
    if not _POINTED.fullmatch(speaker):
        return False
    words = speaker.split()[1:]
    return not any(
        word in grammar.AUXILIARIES
        or word in _NOT_SPEAKER_WORDS
        or word in DETERMINERS  # "that his interest [did not surprise her]": a clause
        or word in SUBJECT_PRONOUNS
        or word in OBJECT_PRONOUNS
        for word in words
    ) and not grammar.is_finite_start(" ".join(words), strict=True)


#: The words of ``_NOT_SPEAKER``, to test one word at a time.
_NOT_SPEAKER_WORDS = frozenset(
    "is are was were be been has have had will would can could not which who that it this "
    "these those there if when where while because though although whereas".split()
)


#: "this week", "this month", "this year" after "this": a time, no clause word.
_THIS_PERIOD = re.compile(r"(?<![ \t])[ \t]+(?:week|weekend|month|year)\b")


def _holds_a_clause_word(speaker: str) -> bool:
    """Whether ``speaker`` holds a word of ``_NOT_SPEAKER`` ("is", "who", "when"): a clause,
    not a name. In capitals inside a speaker that is not all capitals, the word is a
    group's short name ("the medics of the WHO", "a video released by IS"), no clause word."""
    short_names = False
    for match in _NOT_SPEAKER.finditer(speaker):
        word = match.group()
        if word.lower() == "this" and _THIS_PERIOD.match(speaker, match.end()):
            continue  # "The agency this month said": when, as "The agency last month"
        if _demonstrative_after_preposition(speaker, match):
            continue  # "a lawyer for that family": which family, no clause
        if not (len(word) > 1 and word.isupper() and not speaker.isupper()):
            return True
        short_names = True
    # "Reports contradict IS claims": a clause around the short name all the same (read
    # without the short names: "IS" or "WAS" would be taken for the verb)
    return short_names and grammar.has_verb(
        " ".join(word for word in speaker.split() if not word.isupper())
    )


#: Demonstratives that point at a noun after a preposition ("a lawyer for that family").
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
#: A preposition and a blank before the demonstrative (found in a slice ending before it).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-z]+)[ \t]+$")
#: A lower-case word after the demonstrative (its noun, if it is not a clause's word).
_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]+(?P<word>[a-z][a-z-]*)\b")


def _demonstrative_after_preposition(speaker: str, match: re.Match[str]) -> bool:
    """Whether the clause word ``match`` found is a demonstrative between a preposition and
    its noun ("a spokesman for that company", "the head of this agency"): it says which
    one, as "the" would, and opens no clause. Not before a clause's word ("for that is
    what ...") nor after a word that is no preposition ("said that")."""
    if match.group().lower() not in _DEMONSTRATIVES:
        return False
    before = _PREPOSITION_BEFORE.search(speaker, 0, match.start())
    after = _WORD_AFTER.match(speaker, match.end())
    return (
        before is not None
        and before.group("word") in tables.words("prepositions.txt")
        and after is not None
        and after.group("word") not in _NOT_SPEAKER_WORDS
        and after.group("word") not in grammar.AUXILIARIES
        and after.group("word") not in SUBJECT_PRONOUNS
        and after.group("word") not in DETERMINERS
    )


def _went_on_to(speaker: str) -> str | None:
    """ "The report goes on to say ...": the report; any other "... to say" ("declined to
    say", "needless to say", "appeared to say") names no one who says it."""
    match = _WENT_ON_TO.search(speaker)
    return speaker[: match.start()] if match and match.start() > 0 else None


#: A speaker holds at most this many words; more is a clause. (16 words and 120 characters
#: read longer names of offices, "A spokesman for the ... department in the Northern
#: District", but the words of the place moved from the claim to its speaker cost FNC-1
#: five related pairs: a headline about the place no longer finds the claim.)
MAX_SPEAKER_WORDS = 12


def _without_party_label(speaker: str) -> str:
    """ "Ken Ortiz (R)" -> "Ken Ortiz", "Ken Ortiz, R-Ohio" -> "Ken Ortiz"."""
    stripped = speaker.rstrip()
    if stripped.endswith(")"):
        opening = stripped.rfind("(")
        if opening >= 0 and _PARTY_LABEL_WHOLE.fullmatch(stripped, opening):
            return stripped[:opening]
    if "-" in stripped:  # most speakers: one test, no search
        return _TRAILING_PARTY_LABEL.sub("", stripped)
    return speaker
