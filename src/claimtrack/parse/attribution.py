"""Who says a claim: "according to X", "X said (that)", "..., X said", "a spokesperson for X".

``find_attribution(text)`` returns the speaker, the cue and where the content stands in
``text``; the claim's text becomes the content. Verbs marked "hedged" in
``data/attribution_verbs.txt`` ("claimed", "believes") make the claim hedged.

The finders here cut the speaker's words out by pattern (leading "X said", trailing
"..., X said", "according to X") and hand them to ``parse.speakers``, which cleans them to
a name or rejects them. The tags that cut into a statement or follow it (an interrupted
quotation, a tag between commas, "adding ...", "but declined to comment") are read in
``parse.tags``, on top of this module; nothing here imports from it.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import grammar, headlines, lemmas, noise, tables
from claimtrack.parse.negation import reporting_participles
from claimtrack.parse.speakers import (
    AS,
    BARE_PARTY_LABEL,
    BRACKETED_NAME,
    DETERMINERS,
    MAX_SPEAKER_WORDS,
    OBJECT_PRONOUNS,
    ONLY_FUNCTION_WORDS,
    PARTY_LABEL,
    SUBJECT_PRONOUNS,
    attribution_verbs,
    clean_speaker,
    holds_a_clause,
    second_hand,
    trimmed,
    unnamed_reports,
    without_linked_event,
)


class Attribution(NamedTuple):
    speaker: str
    cue: str
    content_start: int
    content_end: int
    quoted: bool
    hedged: bool
    #: Where the speaker, the verb and what follows it ("on Monday", "reporters in Oslo")
    #: stand in the text; the tail is empty when nothing follows the verb.
    speaker_span: tuple[int, int] = (0, 0)
    verb_span: tuple[int, int] = (0, 0)
    tail_span: tuple[int, int] = (0, 0)
    #: '..., said Ms. Ruiz, who heads the port': where the relative clause about the speaker
    #: ("heads the port") stands; empty when there is none.
    relative_span: tuple[int, int] = (0, 0)
    #: "Ruiz reportedly said ...": the hedge written on the saying itself, or None.
    hedge: str | None = None
    #: '..., she said to Sen. Tom Berg, who chairs the panel': whom the relative clause is
    #: about when it is not the speaker ("Sen. Tom Berg"); empty for the speaker.
    relative_subject_span: tuple[int, int] = (0, 0)


# A speaker: a short noun phrase without clause punctuation (bounded, lazy: linear time),
# perhaps with a bracketed short name or a party label.
_SPEAKER = rf"(?P<speaker>(?:[^,;:\"“”()]|[ \t]{BRACKETED_NAME}){{2,90}}?(?:[ \t]+{PARTY_LABEL})?)"
_TAIL = (
    r"(?P<tail>(?:[ \t]+(?:on|in|at|to|during|after|following|late|early|last|this|from|"
    r"yesterday|today|earlier)\b[^,;\"“”]{0,50}?)?)"
)
#: The tail of a verb that takes its clause without "that" ("said on Monday the bridge ...",
#: "said in a statement he ..."): a day, or a preposition and up to six words, ending
#: before a word that opens the clause; else "on Monday" would give the content "Monday the
#: bridge ...".
_CLAUSE_START = (
    r"(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|i|there|no|some|all|"
    # a quantifier opens a subject too: "told us none of the staff were hurt"
    r"none|both|most|many|several|neither|each|every|"
    # an indefinite pronoun or a figure's approximator opens one too ("said Monday someone
    # had broken in", "said on Friday at least 12 people died")
    r"someone|somebody|nobody|anyone|anybody|everyone|everybody|something|nothing|"
    r"at[ \t]+least|more[ \t]+than|fewer[ \t]+than|nearly|almost|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d)\b"
)
_DAY = r"(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: "said Monday night he ...": the part of the day goes with the day.
_DAY_PART = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
_CLAUSE_TAIL = (
    r"(?P<tail>(?:[ \t]+(?:(?:on|in|at|during|after|before|following|from|late|early|last|"
    r"this|earlier)"
    rf"(?:[ \t]+[\w’'.-]+){{1,6}}?|{_DAY}{_DAY_PART})(?=[ \t]+{_CLAUSE_START}))?)"
)
#: When, after the person told and before a quotation: "told the Ledger on Monday: ...".
_TOLD_WHEN = (
    r"(?:[ \t]+(?:on|in|at|during|after|following|last|this|earlier)[ \t][^,;:\"“”]{1,30}?)?"
)
#: The comma after "said in an Oct. 8" is the date's, before its year, not the verb's.
_NOT_A_YEAR = r"(?![ \t]+\d{4}\b)"
#: The quotation marks that open a quotation, and those that close one.
OPEN_QUOTE = "\"“‘'"
_CLOSE_QUOTE = "\"”’'"
#: The label between commas ("Rep. Ana Ruiz, D-Ohio, said"): who she is, not her name.
_COMMA_PARTY_LABEL = re.compile(rf"(?<![ \t])[ \t]*{BARE_PARTY_LABEL}[ \t]*")


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The verbs of ``data/attribution_verbs.txt`` ("said", "told", "claimed"), lower case;
    built once, as ``attribution_verbs`` is (the splitter asks for it per clause)."""
    return frozenset(attribution_verbs())


def hedged_verbs() -> frozenset[str]:
    """The attribution verbs that commit the speaker less ("argues", "believes")."""
    return frozenset(verb for verb, hedged in attribution_verbs().items() if hedged)


# "Meanwhile, the ministry said ...": a short opening phrase and its comma before the speaker.
# Not a condition or a concession ("If talks fail, officials said ..."): that is part of the
# content, which would lose it.
_LEAD_IN = (
    r"(?P<lead>(?!(?:If|Unless|Although|Though|Because|Even)\b)"
    r"[A-Z][a-z]{1,15}(?:[ \t][A-Za-z]{1,15}){0,2},[ \t]+)?"
)
#: Adverbs that may stand between a speaker and the verb ("the ministry also said").
ADVERBS = frozenset(
    "also publicly repeatedly previously later again earlier once initially since first "
    "recently even then originally".split()
)
_AUX = frozenset("has have had".split())
_WORD = re.compile(r"[\w’'-]+")
#: '..., he said to Sen. Ana Ruiz, R-Ohio, who chairs the panel.': after the person spoken
#: to, their party label and a clause about them, not where or when it was said.
_WHO_CLAUSE = r"(?:,[ \t]+who[ \t](?P<who>[^,;\"“”]{1,80}))?"
#: '..., Kennedy said to Joseph Sellers, the women's lawyer.': who the person is.
_PERSON_DESCRIBED = r"(?:,[ \t]+(?:the|a|an|his|her|their|its)[ \t][^,;\"“”]{1,60})?"
_ABOUT_THE_PERSON = rf"(?:,[ \t]*{BARE_PARTY_LABEL})?{_PERSON_DESCRIBED}{_WHO_CLAUSE}"
# Every pattern that starts with a blank run has a look-behind so it can only start at the
# run's first blank: otherwise scanning a long run of spaces is quadratic.
_TAIL_END = re.compile(
    r"(?<![ \t])(?:[ \t]+(?:reporters|journalists|the[ \t]+\w{1,20}|[A-Z][\w.]{1,20}))?"
    # '..., he told reporters Wednesday.': a bare day after the verb or its object, perhaps
    # with its part ("Thursday night"), or a bare date ("said July 8", "said Sept. 2")
    r"(?:[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2}\b))?"
    # "claimed to be in Iraq": an infinitive, the verb's object, not where it was said
    r"(?:[ \t]+(?:on|in|at|to(?![ \t]+(?:be|have)\b)|during|late|early|earlier|last|this|"
    r"from)\b"
    rf"(?P<person>[^,;\"“”]{{1,50}}){_ABOUT_THE_PERSON})?"
    # "..., the paper said quoting industry sources.": whom the speaker passed it on from
    r"(?:[ \t]+(?:quoting|citing)[ \t][^,;:\"“”]{1,80})?"
    # '"...," she said as she ran inside.': when it was said, as a clause of its own (not
    # after a comma: "They were en route, Ruiz said, when they were caught" is the content's)
    r"(?:[ \t]+(?:as|when|while|before|after|once|until)[ \t][^;:\"“”]{1,100})?"
    r"(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)
#: '"Paradise is open," Ana Ruiz said softly.': how it was said, an adverb that ends the
#: sentence right after the verb (not a noun in "-ly": "said family friend ..."; nor with
#: more after it: "confirmed shortly before noon that ..." goes on with the statement).
_ADVERB_TAIL_END = re.compile(
    r"(?<![ \t])[ \t]+(?!(?:family|ally|rally|assembly|supply|reply|daily)\b)[a-z]{2,20}ly"
    r"(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)
#: '..., she told the city's lawyer, Pedro Gomez.': after a verb of telling, the person told
#: may be a longer phrase and a name in apposition. Only after these verbs: after "said",
#: "the building collapsed" would be a statement, not an object.
TELL_VERBS = frozenset({"told", "tells", "asked", "asks", "assured", "informed", "reminded"})
_CAPITALISED_RUN = r"[A-Z][\w.’'-]{0,20}(?:[ \t]+[A-Z][\w.’'-]{0,20}){0,3}"
_TOLD_TAIL_END = re.compile(
    r"(?<![ \t])[ \t]+(?P<person>(?:the|a|an|his|her|their|its)(?:[ \t]+[\w’'-]{1,20}){1,4}"
    # '..., the doctors told him.': a pronoun told, the sentence's end after it
    r"|(?:him|her|them|me|us)(?![\w’'-])"
    rf"|{_CAPITALISED_RUN})(?:,[ \t]+{_CAPITALISED_RUN})?"
    r"(?:[ \t]+(?:on|in|at|during|late|early|last|this)\b[^,;\"“”]{1,50})?"
    rf"{_WHO_CLAUSE}"
    r"(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)
#: '..., Ruiz told MVS radio.', '..., the source told the city's Harbour Daily newspaper.':
#: after a verb of telling that ends the sentence, the person told as two to six words of
#: any case (one word is ``_TOLD_TAIL_END``'s: a name or "the ..."; a bare lower-case noun,
#: "Mayor tells pupils", is a headline's shorthand); ``_told_tail`` turns down those with
#: "to" or a verb ("told him to leave").
_TOLD_TAIL_LONG = re.compile(
    r"(?<![ \t])[ \t]+(?P<person>[\w.’'&-]{1,25}(?:[ \t]+[\w.’'&-]{1,25}){1,5})"
    # '..., Ruiz told harbour workers at a ceremony in June.': where or when it was told
    r"(?P<setting>[ \t]+(?:at|in|on|during)[ \t]+[^,;\"“”]{1,60}?)?"
    r"(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)
_CLAUSE_VERBS = frozenset(
    "said says say believes believe thinks think claimed claims insisted insists insist "
    "warned warns warn added adds".split()
)

#: Verbs that take a clause without "that" as often as an object ("confirmed the report",
#: "confirmed the report was false"): their content must open a clause (``_opens_clause``).
_CHECKED_CLAUSE_VERBS = frozenset(
    "confirmed confirms announced announces stated states explained "
    "acknowledged admitted revealed reveals disclosed noted notes indicated indicates "
    "declared declares asserted asserts alleged alleges argued argues contended conceded "
    "testified stressed emphasized emphasised reiterated wrote writes predicted predicts "
    "predict estimated estimates estimate reported reports confirm announce "
    "acknowledge admit reveal disclose write indicate concede argue".split()
)


#: "said that night", "announced that week that ...": after "that", a time
#: (``data/demonstrative_times.txt``); "that" points at it and opens no clause.
_THAT_TIME = rf"(?:{'|'.join(sorted(tables.words('demonstrative_times.txt')))})(?![\w-])"

#: "said that was unfair": before a verb, "that" is the subject, not a conjunction; nor
#: does it open the clause before a time ("said that morning the talks had failed").
_NOT_SUBJECT = (
    r"(?![ \t]+(?:is|was|isn't|wasn't|has|had|hasn't|would|will|could|can|did|didn't|does|"
    r"doesn't|may|might|must|should|won't|wouldn't|couldn't|seems|means|remains|makes)\b)"
    rf"(?![ \t]+{_THAT_TIME})"
)


@lru_cache(maxsize=1)
def _told_object() -> str:
    """The person told, up to six words ("a packed town hall meeting", "the analyst Tom Berg
    of North Bank"), then perhaps when or how ("late on Monday", "via a radio call"): a
    word of ``data/told_settings.txt`` or a weekday, then up to 60 characters without
    clause punctuation, an opening quotation mark or "that". The person holds no determiner
    after its first word ("told reporters the ferry that sank": a second noun phrase, the
    subject of a clause), no "about" (what was told, where "that" opens a relative), no
    "to" ("told staff to stay at that desk": an order) and no setting word."""
    settings = "|".join(
        [*sorted(tables.words("told_settings.txt")), r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"]
    )
    person = (
        r"(?:(?:the|a|an)[ \t]+)?"
        rf"(?:(?!(?:the|a|an|about|to|that|{settings})\b)[\w.'’&-]{{1,25}}[ \t]+){{1,6}}"
    )
    when = rf"(?:(?:{settings})\b(?:(?!that\b)[^,;:\"“”‘]){{0,60}}?[ \t]+)?"
    return person + when


@lru_cache(maxsize=1)
def _leading() -> tuple[re.Pattern[str], ...]:
    verbs = "|".join(sorted(attribution_verbs(), key=lambda v: (-len(v), v)))
    if all(verb.isalpha() for verb in attribution_verbs()):
        # The same verbs merged by shared beginnings: tried after each blank of the
        # speaker, a hundred alternatives cost a hundred tries there (see ``Phrases``).
        verbs = tables.trie_alternation(frozenset(attribution_verbs())) or verbs
    adverb = rf"(?:(?:{'|'.join(sorted(ADVERBS))})[ \t]+)?"
    aux = r"(?:(?:has|have|had)[ \t]+)?"
    # "told reporters that": an object before "that", never "that" itself ("said that a
    # group that ..." has no object; its content starts at the first "that") but before a
    # time ("announced that week that ...": ``_THAT_TIME``).
    # No determiner after its first word but after a preposition ("members of the board",
    # "told the BBC after the vote that"; data/told_settings.txt): "told reporters the ferry
    # that sank was old" tells reporters a clause whose subject is "the ferry", and "that"
    # there opens a relative.
    prepositions = sorted(tables.words("told_settings.txt") | {"of", "for", "to", "with"})
    after_preposition = "|".join(rf"(?<=\b{word}[ \t])" for word in prepositions)
    told = (
        rf"(?:[ \t]+(?P<object>(?!that[ \t](?!{_THAT_TIME}))(?:the[ \t]+)?[\w.'’-]{{1,25}}"
        rf"(?:[ \t](?:{after_preposition}|(?!(?:the|a|an)[ \t]))[\w.'’-]{{1,25}}){{0,3}}))?"
    )
    clause_verbs = "|".join(sorted(_CLAUSE_VERBS))
    checked_verbs = "|".join(sorted(_CHECKED_CLAUSE_VERBS, key=lambda v: (-len(v), v)))
    return (
        # X said (on Monday) (that) CONTENT. / X told reporters that CONTENT. / X said: "..."
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>{verbs})"
            # after an object, "that of" is no conjunction ("declared a rule like that of
            # its neighbour"); right after the verb it is ("claims that of the 100 ...")
            rf"(?:{told}[ \t]+that{_NOT_SUBJECT}(?![ \t]+of\b)"
            # a comma before a participle ends the tag's clause, it opens no content:
            # "responded to the critics, telling fans ..." is the speaker's own act; but an
            # -ing word before an auxiliary is the content's subject ("said, shipping would
            # ..."), and an aside closes before "that" ("reported, citing a source, that")
            rf"|{_TAIL}(?:,{_NOT_A_YEAR}"
            rf"(?![ \t]+[a-z]+ing\b{_NOT_SUBJECT}(?![^,;]{{0,80}},[ \t]+that\b))"
            rf"|[ \t]+that{_NOT_SUBJECT}|:))"
            rf"[ \t]+(?P<content>.+)$",
            re.S,
        ),
        # X said CONTENT (no "that": only verbs that take a clause directly), perhaps
        # quoted without a comma ('X said "the pier is shut."').
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>{clause_verbs}|told[ \t]+reporters)"
            # "claimed to have met": an infinitive, no clause (and no "to reporters" tail)
            rf"(?![ \t]+to[ \t]){_CLAUSE_TAIL}[ \t]+(?P<bare>)"
            # a word of the content may be an abbreviation: "said Mr. Berg left", "said U.S.
            # troops left", or a figure with its thousands: "said 2,100 staff were hit"; a
            # quotation may open after a subject pronoun ('said it "deeply regretted" it')
            r"(?P<content>(?:[\"“]?(?:(?:\d{1,3}(?:,\d{3})+|[\w’'.-]+)[\"”]?[ \t]+){2}"
            r"|(?:it|he|she|they|we|I)[ \t]+[\"“][\w’'.-]+[\"”]?[ \t]+).+)$",
            re.S,
        ),
        # X told CNN he ... (the person told, then a clause opened by a pronoun, no "that");
        # X told the Daily Ledger (on Monday): "..." (then a quotation after "," or ":").
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>told|tells)[ \t]+"
            r"(?P<object>(?:the[ \t]+)?[\w.'’-]{1,25}(?:[ \t][\w.'’-]{1,25}){0,3}?)"
            rf"(?:{_CLAUSE_TAIL}[ \t]+(?=(?:he|she|they|we|I|it|there)[ \t])"
            rf"|{_TOLD_WHEN}[ \t]*[,:][ \t]*(?=[\"“‘']))(?P<content>.+)$",
            re.S,
        ),
        # X confirmed the fighters received ... / X told the court the man was ...: a clause
        # without "that" after a verb that also takes an object ("confirmed the report"):
        # ``_leading_match`` keeps it only when the content opens with a subject and a
        # finite verb (``_opens_clause``).
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>{checked_verbs})(?P<checked>)"
            rf"(?![ \t]+to[ \t]){_CLAUSE_TAIL}[ \t]+(?P<content>[\w’'.-]+[ \t]+.+)$",
            re.S,
        ),
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>told|tells)(?P<checked>)[ \t]+"
            r"(?P<object>(?:the[ \t]+)?[\w.'’-]{1,25}(?:[ \t][\w.'’-]{1,25}){0,3}?)"
            rf"[ \t]+(?P<content>{_CLAUSE_START}[ \t]+.+)$",
            re.S,
        ),
        # X told Harbour Radio's morning show late on Monday that CONTENT: the person told
        # and when, longer than the first pattern's four words. Only after "told": after
        # "announced a plan for the new bridge that ...", "that" opens a relative.
        re.compile(
            rf"{_LEAD_IN}{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>told|tells)[ \t]+"
            rf"(?P<object>{_told_object()})"
            rf"that{_NOT_SUBJECT}(?![ \t]+of\b)[ \t]+(?P<content>.+)$",
            re.S,
        ),
    )


@lru_cache(maxsize=1)
def _person_told_then() -> re.Pattern[str]:
    """After "telling" (a clause cut off as "X told ..."): the person told and perhaps when
    or how, then "that" or a quotation after a comma or colon."""
    return re.compile(
        rf"(?P<person>{_told_object()}that{_NOT_SUBJECT}(?![ \t]+of\b)[ \t]+)"
        rf"|(?:the[ \t]+)?[\w.'’-]{{1,25}}(?:[ \t][\w.'’-]{{1,25}}){{0,3}}?{_TOLD_WHEN}"
        r"[ \t]*[,:][ \t]*[\"“‘']"
    )


def opens_with_person_told(text: str) -> bool:
    """Whether ``text``, after a verb of telling, opens with the person told (and perhaps
    when or how) and then what was told: "staff in an email that the plant will close",
    "reporters on Monday: \"...\"". Not a relative after a noun ("jokes that offended
    viewers": a verb right after "that") nor a thing told ("the truth")."""
    found = _person_told_then().match(text)
    if found is None:
        return False
    if found.group("person") is None:
        return True
    told = text[found.end() :]
    # a verb right after "that" opens a relative, unless a verb follows it: "that rents had
    # doubled" has its subject first
    words = grammar.tokens(told)
    return not grammar.is_finite_start(told) or (len(words) > 1 and grammar.is_verb(words, 1))


# Matched on the text as written, not lower-cased: a speaker's bracketed short name and
# party label are known by their capitals ("according to the Harbour Board (HB)").
_ACCORDING_LEAD = re.compile(
    rf"(?i:according[ \t]+to)[ \t]+{_SPEAKER},[ \t]+(?P<content>.+)$", re.S
)
_ACCORDING_TAIL = re.compile(
    rf"(?<![ \t]),?[ \t]+(?i:according[ \t]+to)[ \t]+{_SPEAKER}[ \t]*[.!]?[ \t]*$"
)


# Cached (the result is an immutable tuple): the same text is read again right after
# (a quotation's sentence by ``_quotation_speakers``, then as the sentence's content) or a
# few sentences on (a clause the same as a sentence); about one call in twelve on real news.
@lru_cache(maxsize=4096)
def find_attribution(text: str) -> Attribution | None:
    """The speaker of the statement in ``text`` and the span of its content, or None."""
    if "(@" in text or text.startswith("RT @"):  # most sentences: two tests in C
        posted = _post_signature(text) or _repost(text)
        if posted is not None:
            return posted
    if ":" in text:
        labelled = _labelled_quote(text)
        if labelled is not None:
            return labelled
    lower, words = tables.text_words(text)
    if "according to" in lower:
        found = _according(text, lower)
        if found is not None:
            return _said_inside(text, found)
    if attribution_verbs().keys().isdisjoint(words):
        # no attribution verb at all: the common case, found at C speed
        return _saying_by_other_verbs(text, words)
    found = _speaker_and_verb(text)
    if found is None and headlines.is_title_case(text):
        # "Mayor Says Budget Is Balanced": the patterns want the verb in lower case, as in
        # running text; lowered (same length, so the offsets hold), the title reads so.
        lowered = headlines.title_speech(text)
        found = _speaker_and_verb(lowered) if lowered != text else None
    if found is None and ": " in text:
        found = _after_caption_label(text)
    if found is None:
        found = _saying_by_other_verbs(text, words)
    if found is not None and found.speaker.rsplit(None, 1)[-1].lower() in _NEVER_SAID:
        # "The mayor never said the port would close": no one said it; the sentence is the
        # writer's, and negated
        return None
    if found is not None and _no_plural_speaker(found.cue, found.speaker):
        return None  # "..., and cannot confirm this is ...": no speaker before the verb
    if (
        found is not None
        and found.content_end <= found.speaker_span[0]
        and _joins_a_clause(found.speaker)
    ):
        # "Ana loved him, but her parents told her to stay away": a second clause joined to
        # the first, no tag that says who said the first
        return None
    return found


def _saying_by_other_verbs(text: str, words: frozenset[str]) -> Attribution | None:
    """A speaker named with a verb that says nothing of speaking elsewhere: an outlet's
    "..., CBS News has learned.", or 'Ruiz continued, "..."' next to a quotation (``words``:
    the text's lower-case words, to skip both at C speed)."""
    credits_itself = not _LEARNED.isdisjoint(words) or ("told" in words and "been told" in text)
    found = _outlet_has_learned(text) if credits_itself else None
    if found is None and "heard" in words:
        found = _heard_at_a_hearing(text)
    if found is None and not _GOING_ON.isdisjoint(words):
        found = _quotation_going_on(text)
    if found is None and "saying" in words and "quoted" in words:
        found = _quoted_as_saying(text)
    return found


#: Where and by whom a quotation was printed: "by the Harbour Daily", "in a local paper".
_PRINTED_BY = r"(?:[ \t]+(?:by|in)[ \t]+[^,;:\"“”]{1,60}?)?"
#: 'X was quoted (by the paper) as saying', or 'the paper quoted X as saying': the person
#: quoted is the speaker.
_QUOTED_AS = (
    r"(?:(?P<speaker>[^,;:\"“”]{2,80}?)[ \t]+(?:was|were|is|are|ha(?:s|d)[ \t]+been)[ \t]+"
    rf"(?P<verb>quoted){_PRINTED_BY}"
    r"|(?:[^,;:\"“”]{2,60}?)[ \t]+(?P<active>quoted|quotes)[ \t]+"
    r"(?P<quoted>[^,;:\"“”]{2,80}?))[ \t]+as[ \t]+saying"
)
#: After a closed quotation, ending the sentence (perhaps with where it was printed).
_QUOTED_AS_AFTER = re.compile(
    rf"(?<=[,.!?][\"”’'])[ \t]+{_QUOTED_AS}{_PRINTED_BY}[ \t]*[.!]?[ \t]*$"
)
#: Before what was said, at the start of the text or after a comma: 'X was quoted as saying
#: (that) the pier ...'.
_QUOTED_AS_BEFORE = re.compile(
    rf"(?:^|(?<=,)[ \t]+){_QUOTED_AS}(?:[ \t]+that\b)?[ \t]*[,:]?[ \t]*(?=\S)"
)


def _quoted_as_saying(text: str) -> Attribution | None:
    """'"The pier is shut," Ruiz was quoted as saying.', 'the Daily quoted a pilot as
    saying that the pier is shut': a statement reported as quoted in print; the person
    quoted is its speaker."""
    found = _QUOTED_AS_AFTER.search(text)
    if found is not None:
        content = (0, found.start())
    else:
        found = _QUOTED_AS_BEFORE.search(text)
        if found is None or grammar.has_verb(text[: found.start()]):
            return None  # "While the ministry denied it, X was quoted ...": a claim before
        content = (found.end(), len(text))
    group = "speaker" if found.group("speaker") is not None else "quoted"
    verb = "verb" if found.group("verb") is not None else "active"
    return _result(text, found.span(group), content, "said", found.span(verb))


#: Who hears a statement at a hearing, up to four words ending in a noun of
#: ``data/hearing_bodies.txt``: "the court", "Leeds Crown Court", "an inquest in Vell".
def _hearing_body() -> str:
    nouns = "|".join(sorted(tables.words("hearing_bodies.txt"), key=len, reverse=True))
    return (
        r"(?P<speaker>(?:(?:the|a|an)[ \t]+)?(?:[\w.'’-]+[ \t]+){0,3}?"
        rf"(?i:{nouns})(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w'’-]*)?)"
    )


@lru_cache(maxsize=1)
def _heard_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    body = _hearing_body()
    verb = r"(?P<verb>heard)"
    tail = re.compile(rf",[ \t]+{body}[ \t]+{verb}[ \t]*[.!]?[ \t]*$")
    # "Jurors heard (during the trial) that ...": "that" opens what was heard
    lead = re.compile(rf"^{body}[ \t]+{verb}(?:[ \t]+[^,;:\"“”]{{1,60}}?)?[ \t]+that[ \t]+(?=\S)")
    return tail, lead


def _heard_at_a_hearing(text: str) -> Attribution | None:
    """ "Berg took the money, the court heard.", "Jurors heard during the trial that Berg
    had ...": what was said before a court, a jury or an inquest, whose source is that body.
    Only those bodies, and only with a closing tag or "that": elsewhere "heard" is no
    statement ("Neighbours heard shots", "The court heard the case in May")."""
    tail, lead = _heard_patterns()
    found = tail.search(text)
    if found is not None:
        content = (0, found.start())
    else:
        found = lead.search(text)
        if found is None:
            return None
        content = (found.end(), len(text))
    return _result(text, found.span("speaker"), content, "heard", found.span("verb"))


#: The verbs of an outlet's closing credit for what it found out.
_LEARNED = frozenset(("learned", "learnt", "understands"))
#: "..., CBS News has learned.", "..., the Dispatch understands.", "..., the Herald has been
#: told.": a capitalised name of up to five words (after "the", perhaps: "the Guardian"),
#: the verb, and the end of the sentence.
_HAS_LEARNED_TAIL = re.compile(
    r",[ \t]+(?P<speaker>(?:the[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4})"
    r"[ \t]+(?:ha(?:s|ve)[ \t]+(?P<verb>learn(?:ed|t)|been[ \t]+told)|(?P<present>understands))"
    r"[ \t]*[.!]?[ \t]*$"
)


def _outlet_has_learned(text: str) -> Attribution | None:
    """ "The envoy will resign, CBS News has learned.": the outlet credits itself with
    what it found out ("understands", "has been told" alike). Only that closing form:
    elsewhere "learned" is no saying ("Doctors then learned that ...", "as we learned
    yesterday": what someone found out, in the writer's words), nor "understands" ("She
    understands the risk")."""
    found = _HAS_LEARNED_TAIL.search(text)
    if found is None:
        return None
    verb = "present" if found.group("present") else "verb"
    start, end = found.span(verb)
    return _result(
        text,
        found.span("speaker"),
        (0, found.start()),
        found.group(verb).split()[-1],
        (start, end),
        (end, end),
    )


#: The words of a speaker going on with a quotation: "Ruiz continued, "..."", '"...," he
#: went on.'. Only next to a quotation: elsewhere they say nothing of speaking ("The search
#: continued, and divers ...").
_GOING_ON = frozenset(("continued", "continues", "went"))
_GOING_ON_VERB = r"(?P<verb>continued|continues|went[ \t]+on)"
#: Who goes on: a name of up to four capitalised words, or a pronoun.
_GOING_ON_SPEAKER = r"(?P<speaker>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}|he|she|they|we)"
_GOING_ON_BEFORE = re.compile(
    rf"(?<![\w’'.-]){_GOING_ON_SPEAKER}[ \t]+{_GOING_ON_VERB}[ \t]*[,:][ \t]*"
    # the quotation ends the sentence, or runs on into the next
    r"(?P<content>[\"“](?=\S)[^\"”]+(?:[\"”][ \t.!?]*)?)$"
)
#: The tag after the quotation's closing mark, which ends the sentence.
_GOING_ON_AFTER = re.compile(
    rf"(?<=[,!?][\"”])[ \t]+{_GOING_ON_SPEAKER}[ \t]+{_GOING_ON_VERB}[ \t]*[.!]?[ \t]*$"
)


def _quotation_going_on(text: str) -> Attribution | None:
    """'Ruiz continued, "The pier is shut."', '"It is shut," she went on.': the speaker
    of a quotation that goes on with what they said."""
    found = _GOING_ON_BEFORE.match(text)
    if found is not None:
        return _result(
            text, found.span("speaker"), found.span("content"), "said", found.span("verb")
        )
    found = _GOING_ON_AFTER.search(text) if text[:1] in '"“' else None
    if found is None:
        return None
    return _result(text, found.span("speaker"), (0, found.start()), "said", found.span("verb"))


#: Words that, ending a speaker, deny the saying.
_NEVER_SAID = frozenset(("never", "not"))


def _after_caption_label(text: str) -> Attribution | None:
    """ "Suspicious: Sen. Ana Ruiz said Thursday that ...": the speaker tag after a
    picture caption's label (a few words without a verb, then a colon;
    ``noise.caption_label``)."""
    label = noise.caption_label(text, 0, len(text))
    if label is None or grammar.has_verb(label.words):
        return None
    found = _speaker_and_verb(text[label.content_start :])
    return None if found is None else _shifted(found, label.content_start)


#: An embedded post's signature at the end of its text: a dash, the author's name, their
#: handle in brackets and the date ("... — Ana Ruiz (@anaruiz) May 4, 2015."). Not a
#: signature glued to more text after its date (two posts run together).
_SIGNATURE = re.compile(
    r"[—–][ \t]*(?P<speaker>[^—–()@\"“”\n]{1,60}?)[ \t]*\(@\w{1,15}\)"
    r"(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*\.?[ \t]*$"
)
#: A link or picture address that ends a post before its signature.
_POST_LINK = re.compile(r"(?<!\S)(?:https?://|pic\.twitter\.com/)\S*$")
#: A repost's opening: "RT @anaruiz: ..." (the words after it are that author's post).
_REPOST = re.compile(r"RT[ \t]+(?P<speaker>@\w{1,15}):?[ \t]+(?=\S)")
#: What ends a post's text before its links: blanks, marks and arrows.
_POST_END = " \t>:\"”’'"


def _post_signature(text: str) -> Attribution | None:
    """'The pier is shut. pic.twitter.com/x1 — Ana Ruiz (@anaruiz) May 4, 2015.': a post
    quoted in an article is its author's statement; its links are not part of it."""
    signature = _SIGNATURE.search(text)
    if signature is None:
        return None
    end = signature.start()
    link = _POST_LINK.search(text, 0, end)
    while link is not None or text[:end].endswith(tuple(_POST_END)):
        end = link.start() if link is not None else len(text[:end].rstrip(_POST_END))
        link = _POST_LINK.search(text, 0, end)
    content = text[:end]
    if len(content.split()) < 2 or "(@" in content:
        # "@port — Ana Ruiz (@anaruiz) May 4": a reply's handle alone; two posts run
        # together: the first one's words are not the second's author's
        return None
    speaker = " ".join(signature.group("speaker").split())
    return Attribution(
        speaker, "posted", 0, end, False, False, signature.span("speaker"), (0, 0), (0, 0)
    )


#: A headline's speaker label and the words it quotes: 'Mayor Ruiz: "The bridge will
#: reopen"'. The label is a name in capitals, one to four words ("Prime Minister Ana Ruiz"; a
#: title-case label of five tells the story); the quotation is the rest.
_LABELLED_QUOTE = re.compile(
    r"(?P<speaker>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]*:[ \t]*"
    r"[\"“'‘](?P<content>[^\"“”\w]*\w[^\"“”]*)[\"”'’][ \t.!]*"
)


def _labelled_quote(text: str) -> Attribution | None:
    """'Velcor: "We are devastated"': a headline's way to say who said the quoted words.
    Not a section's label (``_section_label``), and not a quotation that runs on past its
    closing mark."""
    found = _LABELLED_QUOTE.fullmatch(text.strip())
    if found is None or _section_label(found.group("speaker")):
        return None
    offset = len(text) - len(text.lstrip())
    start, end = (offset + at for at in found.span("content"))
    speaker = (offset + found.start("speaker"), offset + found.end("speaker"))
    return Attribution(found.group("speaker"), "said", start, end, True, False, speaker)


def _section_label(label: str) -> bool:
    """A label that flags the story, or one in capitals longer than an acronym ("LIFE
    AFTER LOSS: ..."): a section's or a series' name. "NATO: ..." names a speaker. A label
    that owns a thing after its first word ("Mayor Condemns Ruiz's Arrest: ...") tells the
    story rather than naming a speaker."""
    if label.lower() in _story_labels():
        return True
    if any(w.endswith(("'s", "’s")) for w in label.split()[1:]):
        return True
    return label.isupper() and (" " in label or len(label) > 5)


@lru_cache(maxsize=1)
def _story_labels() -> frozenset[str]:
    return tables.words("headline_flags.txt") | tables.words("story_flags.txt")


def _repost(text: str) -> Attribution | None:
    """'RT @anaruiz: The pier is shut.': the reposted author's statement."""
    found = _REPOST.match(text)
    if found is None or len(text[found.end() :].split()) < 2:
        return None
    end = len(text.rstrip(" \t.!"))
    return Attribution(
        found.group("speaker"), "posted", found.end(), end, False, False, found.span("speaker")
    )


def _speaker_and_verb(text: str) -> Attribution | None:
    """``find_attribution`` by a verb of saying in ``text``, in any of its places."""
    # ``_trailing`` reads only the last words for a verb: without one there (most
    # sentences with a verb further back), the words and their offsets are not listed.
    last = _last_word_texts(text)
    trailing = (
        # first the tag with a relative about its speaker: read with it, "..., Tom Berg,
        # who runs the port, told reporters" would give "reporters"
        _relative_before_the_verb(text) or _trailing(text, _last_words(text))
        if not attribution_verbs().keys().isdisjoint(map(str.lower, last))
        else None
    )
    if trailing is not None and not trailing.quoted:
        trailing = _first_hand(text, trailing)
    return (
        trailing
        or _speaker_with_relative(text)
        or _leading_match(text)
        or _after_opening_phrase(text)
        or _described_speaker_after(text)
        or _far_quotation_tag(text)
    )


#: The verbs of a quotation's tag.
_TAG_VERB = r"(?:said|says|told|tells|added|adds|wrote|writes)\b"
#: A closed quotation, then a speaker of up to five words and a verb of saying.
_QUOTATION_THEN_VERB = re.compile(
    rf"[,.?!][\"”’'][ \t]{{1,3}}(?:[\w.’'-]{{1,30}}[ \t]{{1,3}}){{1,5}}?(?P<verb>{_TAG_VERB})"
)
#: '..., he said in an audio message posted on a website linked to the group.': when,
#: where or how a quotation was said, a preposition or a word of time and up to 160
#: characters without clause punctuation, ending the sentence.
_LONG_TAIL_END = re.compile(
    r"(?<![ \t])(?:[ \t]+(?:reporters|journalists|the[ \t]+\w{1,20}|[A-Z][\w.]{1,20}))?"
    r"[ \t]+(?:on|in|at|to|during|from|after|before|while|via|through)\b"
    r"[^,;:\"“”]{1,160}(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)


def _far_quotation_tag(text: str) -> Attribution | None:
    """A quotation's tag before a tail longer than ``_trailing`` reads ('"...," he said in
    the video received by the agency in the same way as earlier messages.'), its verb
    near the end or further back: the statement is the quotation, so the words after the
    verb are only the tag's."""
    if "”" not in text and '"' not in text:
        return None
    matches = list(_QUOTATION_THEN_VERB.finditer(text))
    if not matches:
        return None
    verb_start, verb_end = matches[-1].span("verb")
    if _LONG_TAIL_END.match(text, verb_end) is None:
        return None
    words = _words(text)
    index = next((i for i, word in enumerate(words) if word[1] == verb_start), None)
    return None if index is None else _speaker_before(text, words, index)


def find_tag_after_opening_quotation(text: str) -> Attribution | None:
    """'"...," Ana Lind told us when we asked her about it.': a sentence that opens with a
    quotation closed by its comma (or "?", "!") and goes on with its tag, whatever follows
    the tag (a clause with "when" or "as", a participle, a description with commas that
    ``_trailing`` does not read). The speaker is the name before the verb, past the
    description set off by commas after it, or the words after a verb written first up to
    where a phrase, a clause or the sentence ends. The parser's last resort: the words
    after the tag are left out, where its other readings make claims of them."""
    if text[:1] not in _OPENING_QUOTE_MARKS:
        return None
    quotation = _QUOTATION_FIRST.match(text)
    if quotation is None:
        return None
    tag = _TAG_SPEAKER_FIRST.match(text, quotation.end()) or _TAG_VERB_FIRST.match(
        text, quotation.end()
    )
    if tag is None:
        return None
    verb = tag.group("verb")
    if verb.lower() not in attribution_verbs():
        return None
    speaker_start, speaker_end = tag.span("speaker")
    if text[speaker_end - 1] == "." and not text[speaker_end:].strip():
        speaker_end -= 1  # the sentence's full stop, not the speaker's
    if _clause_after_comma(text, tag.end()) or _QUOTING_AFTER.match(text, tag.end()):
        # '..., said Petra Lund, the board has found', '..., the agency said, quoting the
        # minister': whose words they are is not sure
        return None
    found = _result(
        text,
        (speaker_start, speaker_end),
        (0, quotation.end()),
        verb,
        tag.span("verb"),
        (tag.end(), len(text)),
    )
    hedge = second_hand(tag.groupdict().get("aux") or "")
    if found is None or hedge is None:
        return found
    return found._replace(hedged=True, hedge=hedge)  # "... had reportedly said"


#: A tag that goes on with whom its speaker quoted: the words may be that person's.
_QUOTING_AFTER = re.compile(r"[ \t]*,[ \t]*(?:quoting|citing)\b")


def _clause_after_comma(text: str, end: int) -> bool:
    """Whether the tag ending at ``end`` goes on, after a comma, with a clause of its own:
    a noun phrase opened by a determiner and a verb ("the board has found"), not a
    description ("the port's director"), a relative or a phrase."""
    after = text[end:].lstrip()
    if not after.startswith(","):
        return False
    segment = after[1:].split(",", 1)[0].strip()
    first = segment.split(None, 1)[0].lower() if segment else ""
    return first in DETERMINERS and grammar.has_verb(segment)


_OPENING_QUOTE_MARKS = frozenset("\"“'‘")
#: A quotation from the sentence's first character, closed by its punctuation and a mark.
_QUOTATION_FIRST = re.compile(r"[\"“'‘][^\"“”]{7,600}?[,?!…][\"”’']")
#: The tag's verbs in the past or the present (``attribution_verbs`` decides).
_TAG_VERBS = r"[a-z]{3,12}(?:ed|s)\b|said|told|wrote|tells|says"
#: "Ana Lind, a band constable with the port, said", "Ya'alon had said", "he says".
_TAG_SPEAKER_FIRST = re.compile(
    r"[ \t]+(?P<speaker>(?:[A-Z][\w.'’-]*|he|she|they|we|it|the|a|an|one|his|her|their)"
    r"(?:[ \t]+[\w.'’-]+){0,5}?)(?:,[^,;:\"“”()]{3,110},)?"
    r"[ \t]+(?P<aux>(?:(?:had|has|have|would|also|then|later|[a-z]{3,12}ly)[ \t]+){0,2})"
    rf"(?P<verb>{_TAG_VERBS})"
)
#: Words that open a phrase or a clause after a tag's speaker, never the speaker itself.
_PHRASE_OPENERS = (
    "(?:as|when|while|after|before|in|on|at|during|of|about|to|from|via|with|that|by|for)"
)
#: "said fashion designer Ana Lind as ...": the speaker runs to a comma, the end, or the
#: first word of a phrase or clause after the name.
_TAG_VERB_FIRST = re.compile(
    rf"[ \t]+(?P<verb>{_TAG_VERBS})[ \t]+(?!{_PHRASE_OPENERS}\b)"
    # "one of his friends": a part named by its whole
    r"(?P<speaker>(?:(?:one|some|many|most|several|two|three|each|all|both|none)[ \t]+of[ \t]+)?"
    r"[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,6}?)"
    rf"(?=[ \t]*(?:[,;.!]|$)|[ \t]+(?:{_PHRASE_OPENERS}|who|which|just|[a-z]+ing)\b)"
)


#: Verbs of a tag written verb first ("The plant, said Ana Ruiz, will reopen"): not those
#: that take an object there ("acknowledged its mistake", "told the court").
INVERTED_TAG_VERBS = frozenset("said says added adds wrote writes noted explained".split())
#: An inverted tag's verb after the statement's comma or closing mark, then a capital.
_INVERTED_VERB = re.compile(
    rf"(?<=[,”\"’'])[ \t]*(?P<verb>{'|'.join(sorted(INVERTED_TAG_VERBS))})[ \t]+(?=[A-Z])"
)


def _described_speaker_after(text: str) -> Attribution | None:
    """'"...," said Ana Ruiz, a researcher at the institute for ports at the university of
    Riga.': an inverted tag whose speaker's description puts the verb further from the end
    than ``_trailing`` reads (``_named_and_described``)."""
    if "," not in text:
        return None
    matches = list(_INVERTED_VERB.finditer(text))
    if not matches:
        return None
    match = matches[-1]  # the last verb: the tag's
    start, end = match.span("verb")
    if _named_and_described(text[end:].rstrip(" \t.!\"”’'")) is None:
        return None
    return _speaker_after(text, start, end)


@lru_cache(maxsize=1)
def _quotation_tag() -> re.Pattern[str]:
    """A verb of saying, perhaps the person told or when (up to six words without clause
    punctuation), then "," or ":" and an opening quotation mark."""
    verbs = tables.trie_alternation(frozenset(attribution_verbs())) or "|".join(
        sorted(attribution_verbs())
    )
    return re.compile(
        rf"(?<![\w’'-])(?P<verb>{verbs})(?P<tail>(?:[ \t]+[^\s,:;\"“”‘’]{{1,25}}){{0,6}}?)"
        r"[ \t]*[,:][ \t]*(?P<content>[\"“‘'](?=\S).+)$",
        re.S,
    )


#: A comma or colon before an opening quotation mark: where a quotation's tag may end.
_PUNCT_QUOTE = re.compile("[,:][ \t]*[\"“‘']")
#: How far before that mark the tag's verb may stand (the verb and up to six words).
_MAX_TAG_REACH = 200


def find_quotation_tag(text: str) -> Attribution | None:
    """'When asked about the pier, Ruiz said: "It is shut."', 'Tom Berg, 41, a pilot
    who saw it, told the Courier: "..."': the speaker of a quotation introduced by a verb
    of saying and a comma or colon, after an opening phrase or with a description the
    speaker patterns do not read (the parser asks when ``find_attribution`` found none,
    nor the sentence without its appositions). The speaker is the nearest name or noun
    phrase before the verb (``_quotation_speaker``)."""
    opening = _PUNCT_QUOTE.search(text)
    if opening is None or attribution_verbs().keys().isdisjoint(tables.text_words(text).words):
        return None  # most sentences: one scan in C for ', "' or ': "'
    match = _quotation_tag().search(text, max(0, opening.start() - _MAX_TAG_REACH))
    if match is None or _TAIL_CLAUSE.search(match.group("tail")):
        return None  # 'said it was fine, "...', 'reports X as saying: "...': not the speaker's
    if match.group("tail").strip() and text[: match.start("verb")].rstrip().endswith(","):
        return None  # 'The notice, said Ruiz, "is ...': the speaker after the verb
    speaker = _quotation_speaker(text, match.start("verb"))
    if speaker is None:
        return None
    found = _result(
        text,
        speaker,
        match.span("content"),
        match.group("verb"),
        match.span("verb"),
        match.span("tail"),
    )
    if found is None or len(text[found.content_start : found.content_end].split()) < 2:
        return None  # '..., the harbour master said: "Absolutely."': no claim of its own
    return found


#: After the verb of a quotation's tag, words that make it no tag: a verb of its own
#: ("said it was"), a participle ("reports the mayor as saying", "said while leaving").
_TAIL_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|\w+ing)\b|[ \t]as[ \t]", re.I
)
#: Words between a speaker and the verb: "had reportedly announced", "also stated".
_BEFORE_THE_VERB = ADVERBS | _AUX | frozenset(("further", "later", "then"))
#: Where a part of the words before a quotation's verb ends: clause punctuation.
_SEGMENT_END = re.compile(r"[,;:]|[ \t][-—–][ \t]")
#: A relative about the speaker ("Ana Ruiz who saw it"): the speaker ends before it.
_SPEAKER_RELATIVE_WORD = re.compile(r"[ \t](?:who|which)[ \t]")
#: First words of an opening phrase that sets the scene of a quotation ("When asked about
#: ...", "As for the bridge", "Once inside"), not a clause of the writer's.
_SCENE_OPENERS = frozenset(
    "when as while after before once upon with via by for asked speaking".split()
)
#: Joining words before an opening phrase ("But asked if ...").
_JOINERS = frozenset(("but", "and", "so", "yet"))


def _quotation_speaker(text: str, verb_start: int) -> tuple[int, int] | None:
    """Where the speaker of ``_before_a_quotation`` stands: the last part of the words
    before the verb that reads as a speaker, past a relative about them ("who saw it"),
    an age ("41") or a description after their name ("a pilot"). The words before it must
    set the scene or hold no verb: "Ruiz runs the port, but she said: ..." has a claim of
    the writer's there, which reading the quotation alone would lose."""
    end = verb_start
    last_words: list[str] = _WORD.findall(text, 0, verb_start)[-3:]
    for word in reversed(last_words):
        lower = word.lower()
        if lower not in _BEFORE_THE_VERB and not grammar.is_ly_adverb(lower):
            break
        end = text.rfind(word, 0, end)
    bounds = [0, *(m.end() for m in _SEGMENT_END.finditer(text, 0, end))]
    for index in range(len(bounds) - 1, -1, -1):
        start = bounds[index]
        stop = end if index == len(bounds) - 1 else bounds[index + 1] - 1
        part = text[start:stop]
        words = part.split()
        if not words or words[0].lower() in ("who", "which") or part.strip().isdigit():
            continue  # ", said", ", who saw it,", ", 41,": the speaker is before
        if words[0][:1].islower() and grammar.is_finite_start(part.lstrip(), strict=True):
            return None  # "Ana Ruiz, the port's chief, sparked a row when she asked, ..."
        if index > 0 and _describes(words) and _names_before(text, bounds, index):
            continue  # "Ana Ruiz, a pilot with the port, said": the name
        if words[0].lower() in _PREPOSITIONS:
            return None  # "In a statement Ruiz", "of the port's board": no speaker alone
        relative = _SPEAKER_RELATIVE_WORD.search(part)
        if relative is not None:
            stop = start + relative.start()
        if len(words) > 10 or _holds_a_verb(text[start:stop]):
            return None
        return (start, stop) if _sets_the_scene(text[:start]) else None
    return None


def _holds_a_verb(speaker: str) -> bool:
    """Whether a verb stands after the first word of ``speaker`` ("Worried residents" opens
    with an adjective that looks like a verb; "Ruiz runs the port" holds one)."""
    words = grammar.tokens(speaker)
    return any(grammar.is_verb(words, index) for index in range(1, len(words)))


def _describes(words: list[str]) -> bool:
    """Words that describe a person named before them ("a pilot", "director of Health",
    "the port's chief", "Anbar's police chief"); not a pronoun, itself the speaker."""
    first = words[0].lower()
    if first in SUBJECT_PRONOUNS:
        return False
    return words[0][:1].islower() or first in ("a", "an", "the") or first.endswith(("'s", "’s"))


def _names_before(text: str, bounds: list[int], index: int) -> bool:
    """Whether the part before ``bounds[index]`` is a person's name: two to six words, all
    capitalised but for particles ("Ana Ruiz", "Maj. Gen. Ali al-Amin"; not "Meanwhile"
    nor "But speaking to The Ledger")."""
    part = text[bounds[index - 1] : bounds[index] - 1].split()
    if len(part) == 1 and part[0].isdigit() and index > 1:
        return _names_before(text, bounds, index - 1)  # "Tom Berg, 36, from Leeds said"
    return 2 <= len(part) <= 6 and all(
        word[:1].isupper() or word.startswith(_NAME_PARTICLES) for word in part
    )


#: Lower-case parts of names ("al-Amin", "bin Said", "van Dijk", "de la Cruz").
_NAME_PARTICLES = ("al-", "el-", "bin", "ibn", "van", "von", "de", "da", "la", "le", "du")


#: An opening phrase longer than this is a clause of its own, not a scene.
_MAX_SCENE_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:[ \t]|n?n[A-Z])")


def _sets_the_scene(lead: str) -> bool:
    """Whether the words before a quotation's speaker may be left out of its claim: none,
    words without a verb, or an opening phrase ("When asked about it,", "Speaking on
    Monday,", "As for the bridge,")."""
    words = lead.split()
    while words and words[0].lower() in _JOINERS:
        words = words[1:]
    if not words:
        return True
    if len(words) > _MAX_SCENE_WORDS or _SENTENCE_END.search(lead):
        return False  # sentences run together ("... me."nnHer friend said: "...")
    first = words[0].lower()
    return (
        first in _SCENE_OPENERS
        or first in tables.words("lead_in_openers.txt")
        or first.endswith("ing")
        or not grammar.has_verb(" ".join(words))
    )


#: An opening phrase of up to a dozen words without quotation marks, then its comma (its
#: first letter in lower case after a conjunction: ``_JOINER``).
_OPENING_PHRASE = re.compile(r"[A-Za-z][a-z]{1,12}\b[^,;:\"“”]{0,90}?,[ \t]+")
#: A conjunction of ``_JOINERS`` that may stand before an opening phrase ("But in an
#: interview on Monday, the minister said ..."): the phrase's first word then follows in
#: lower case.
_JOINER = re.compile(
    rf"(?:{'|'.join(sorted(word.capitalize() for word in _JOINERS))})[ \t]+(?=[a-z])"
)
#: The first word of an opening phrase and the word after it, when only blanks stand
#: between ("For all the criticism": "for", "all").
_OPENER_WORDS = re.compile(r"(?P<first>[A-Za-z][a-z]{1,12})\b(?:[ \t]+(?P<second>[a-z]{1,12})\b)?")


def _after_opening_phrase(text: str) -> Attribution | None:
    """'In an interview with a radio station last week, the minister said ...': the speaker
    after an opening phrase too long for the speaker patterns' own lead-in (up to three
    words), when the phrase opens with a word or two of ``data/lead_in_openers.txt``,
    perhaps after a conjunction ("But during a visit to the port on Monday, ...")."""
    joiner = _JOINER.match(text)
    start = joiner.end() if joiner else 0
    if not (joiner or text[:1].isupper()) or not _opens_a_scene(text, start):
        return None
    opening = _OPENING_PHRASE.match(text, start)
    if opening is None:
        return None
    rest = text[opening.end() :]
    found = _leading_match(rest)
    if found is None or grammar.has_verb(found.speaker):
        # "Speaking in an accent, he names the hostage and says ...": a speaker with a verb
        # of its own is a clause read as a name.
        return None
    if rest[found.verb_span[1] : found.verb_span[1] + 1] == ",":
        # "When the storm hit, Ruiz said, the roof gave way": a tag in the middle of the
        # statement, which goes on before and after it (find_middle_tag)
        return None
    return _shifted(found, opening.end())


def _opens_a_scene(text: str, start: int) -> bool:
    """The words at ``start`` open a phrase of ``data/lead_in_openers.txt`` ("During",
    "For all")."""
    if grammar.TIME_SPAN_LEAD.match(text, start):
        return True  # "Two weeks after the vote, ..."
    words = _OPENER_WORDS.match(text, start)
    if words is None:
        return False
    openers = tables.words("lead_in_openers.txt")
    first = words.group("first").lower()
    return first in openers or f"{first} {(words.group('second') or '').lower()}" in openers


def _said_inside(text: str, found: Attribution) -> Attribution:
    """'"I will not resign," he said, according to the Globe.': the statement's own speaker
    when the content "according to" gives is a quotation with its tag, or opens with a
    speaker, a verb of saying and "that" (``_inner_speaker``). Else ``found``."""
    content = text[found.content_start : found.content_end]
    if attribution_verbs().keys().isdisjoint(tables.text_words(content).words):
        return found
    return _inner_speaker(found, content, _speaker_and_verb(content))


def _first_hand(text: str, found: Attribution) -> Attribution:
    """'A diplomat said that North Korea rejected the talks, Reuters reported.': the
    statement's own speaker, when the content a trailing tag gives opens with a speaker, a
    verb of saying and "that" of its own (``_inner_speaker``). Else ``found``."""
    content = text[found.content_start : found.content_end]
    inner = _leading_match(content) if " that " in content else None
    if inner is not None and inner.quoted:
        return found  # a quotation inside a trailing tag is read as the whole sentence's
    return _inner_speaker(found, content, inner)


def _inner_speaker(found: Attribution, content: str, inner: Attribution | None) -> Attribution:
    """``inner``, the attribution read inside ``found``'s content, moved into the whole text
    and hedged if either is: the outlet or source named outside only passes the statement
    on. Only a quotation with its tag, or "X said that ...": without "that", "claimed three
    attacks" may be an object and "said it himself" no statement; "..., but did not
    reveal" after the content is the inner speaker's own act. Else ``found``."""
    if inner is None:
        return found
    between = content[inner.verb_span[1] : inner.content_start].split()
    if not inner.quoted and (
        "that" not in between
        or (between[0].lower() in ("a", "an", "the") and inner.cue not in TELL_VERBS)
        or " but " in content[inner.content_start :]
    ):
        # ("posted a video on Tuesday that it said ...": "that" after a thing opens a
        # relative, not what was said)
        return found
    inner = _shifted(inner, found.content_start)
    return inner._replace(hedged=inner.hedged or found.hedged, hedge=inner.hedge or found.hedge)


def _shifted(found: Attribution, offset: int) -> Attribution:
    """``found`` in a text that had ``offset`` characters more at its start."""

    def moved(span: tuple[int, int]) -> tuple[int, int]:
        return span if span == (0, 0) else (span[0] + offset, span[1] + offset)

    return found._replace(
        content_start=found.content_start + offset,
        content_end=found.content_end + offset,
        speaker_span=moved(found.speaker_span),
        verb_span=moved(found.verb_span),
        tail_span=moved(found.tail_span),
        relative_span=moved(found.relative_span),
        relative_subject_span=moved(found.relative_subject_span),
    )


def _last_word_texts(text: str) -> list[str]:
    """``_WORD.findall(text)[-_TRAILING_WORDS:]``, read from some 120 characters before
    the end when enough words stand there (as in ``_last_words``: a word never spans a
    blank, so the words after one are the full list's last ones)."""
    if len(text) > 160:
        cut = text.find(" ", len(text) - 120) + 1
        if cut > 0:
            words = _word_texts(text[cut:])
            if len(words) >= _TRAILING_WORDS:
                return words[-_TRAILING_WORDS:]
    return _word_texts(text)[-_TRAILING_WORDS:]


#: ``_WORD`` as an ``ascii_runs`` table.
_ASCII_WORD = tables.ascii_run_table(_WORD)


def _word_texts(text: str) -> list[str]:
    """``_WORD.findall(text)``, for ASCII text at bytes speed."""
    return tables.ascii_runs(text, _ASCII_WORD) if text.isascii() else _WORD.findall(text)


def _speaker_with_relative(text: str) -> Attribution | None:
    """'"...," said Mr. Ruiz, who heads the port.': the speaker, then a relative clause
    about the speaker (the writer's fact, kept in ``relative_span``). Also a relative
    without its comma ('"...," says the pilot who saw the fire'): the speaker ends before
    it (``_restrictive_relative``)."""
    if " who " not in text:
        return None  # most sentences: one substring test in C
    relative = _SPEAKER_RELATIVE_ANY.search(text)
    while relative is not None:
        head = text[: relative.start()]
        words = _last_words(head)
        found = _trailing(head, words)
        # the verb, then the speaker right before the relative: "said Mr. Ruiz, who ..."
        if not (
            found is not None
            and found.verb_span[0] < found.speaker_span[0]
            and found.speaker_span[1] >= len(head.rstrip(" \t")) - 1
        ):
            # "said Ana Ruiz, the head of the regional port and ferry authority, who ...":
            # a description that puts the verb further back than ``_trailing`` reads; all
            # the words after the verb are her name and description
            found = _described_speaker_after(head) if relative.group().startswith(",") else None
        if found is not None:
            end = len(text.rstrip(" \t.!\"”’'"))
            found = found._replace(relative_span=(relative.end(), end))
            if relative.group().startswith(","):
                return found
            return _restrictive_relative(text, found)
        relative = _SPEAKER_RELATIVE_ANY.search(text, relative.end())
    return None


#: ", who runs the port, said": a relative between commas, then a verb of saying.
_RELATIVE_BEFORE_VERB = re.compile(r",[ \t]+who[ \t]+(?P<body>[^,;\"“”]{1,120}?),[ \t]+(?=[a-z])")


def _relative_before_the_verb(text: str) -> Attribution | None:
    """'"...," Tom Berg, who runs the port, said.': a relative about the speaker between
    the name and the verb. The tag is read with the relative blanked out (same length, so
    the offsets hold), and the relative is kept as the writer's fact about the speaker
    (``relative_span``), as after an inverted tag ("said Tom Berg, who runs the port")."""
    if ", who " not in text:
        return None  # most sentences: one substring test in C
    for relative in _RELATIVE_BEFORE_VERB.finditer(text):
        blanked = (
            text[: relative.start()]
            + " " * (relative.end() - relative.start())
            + text[relative.end() :]
        )
        found = _trailing(blanked, _last_words(blanked))
        if (
            found is not None
            and found.verb_span[0] == relative.end()
            and found.speaker_span[1] == relative.start()
        ):
            return found._replace(relative_span=relative.span("body"))
    return None


#: "who" after the speaker, with a comma (about the speaker) or without (about its noun).
_SPEAKER_RELATIVE_ANY = re.compile(r"(?:,[ \t]+|(?<=[a-z])[ \t]+)who[ \t]+")


def _restrictive_relative(text: str, found: Attribution) -> Attribution | None:
    """``found`` with a relative that closes its speaker without a comma ("the pilot who
    saw the fire", "Ana Ruiz, a pilot who works nights"): it says which pilot speaks, as a
    description does, and like a description it is no claim of its own (left out). Not a
    relative that holds a statement of its own (a verb of saying: "the pilot who said the
    pier was safe" reports two statements) or one that opens with no verb or adverb in
    lower case ("who I met"), nor one after a common noun of a preposition: "Ana Ruiz,
    who runs the port, said officers from the navy who left had ...": the words after
    "said" are the subject of her statement, no speaker, and whose relative it is, is
    unclear ("a lawyer for the man who owns the ferry")."""
    relative = text[found.relative_span[0] : found.relative_span[1]]
    if not _says_which_one(relative):
        return None
    start, end = found.speaker_span
    words = text[start:end].split()
    if words[-1][:1].islower() and not _PREPOSITIONS.isdisjoint(w.lower() for w in words[1:]):
        return None
    return found._replace(relative_span=(0, 0))


def _says_which_one(relative: str) -> bool:
    """Whether the words after "who" can say which one speaks: they open with a verb or an
    adverb in lower case ("who saw the fire", not "who I met") and report no statement of
    their own ("who said the pier was safe")."""
    first = relative.split(None, 1)[0] if relative.strip() else ""
    if not first.isalpha() or not first.islower() or first in SUBJECT_PRONOUNS | DETERMINERS:
        return False
    return attribution_verbs().keys().isdisjoint(_word_texts(relative.lower()))


def _words(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start)]


def _last_words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text``, or on a long text only those after a blank some 200
    characters before its end (``_trailing`` reads its last 13 words; ``_speaker_before``
    asks for the others if it ever needs them). A word never spans a blank, so the words
    found from there are exactly the full list's last ones."""
    cut = text.find(" ", len(text) - 200) + 1 if len(text) > 240 else 0
    if cut > 0:
        words = _words(text, cut)
        if len(words) >= 14:
            return words
    return _words(text)


def _according(text: str, lower: str) -> Attribution | None:
    match = _ACCORDING_LEAD.match(text)
    if match is not None:
        found = _result(text, match.span("speaker"), match.span("content"), "according to")
        return found or _according_who(text)
    if lower.startswith("according to"):
        found = _according_who(text)
        if found is not None:
            return found
    position = lower.rfind("according to")
    match = _ACCORDING_TAIL.match(text, max(0, position - 2))
    while match is None and position > 0:
        match = _ACCORDING_TAIL.match(text, position - 1)
        position = -1
    found = None
    if match is not None:
        found = _result(text, match.span("speaker"), (0, match.start()), "according to")
    return found or _according_with_remark(text, lower) or _according_described(text, lower)


#: "..., according to Tom Berg, a pilot with the port.": the source, then a description
#: of it that ends the sentence (a noun phrase: a determiner, or a title and
#: "of", "at", "for" or "with"; "professor of law at ...").
_ACCORDING_DESCRIBED = re.compile(
    rf"(?<![ \t]),[ \t]+according[ \t]+to[ \t]+{_SPEAKER},[ \t]+(?P<about>"
    r"(?:a|an|the|its|his|her|their|[\w.-]{1,20}[ \t]+(?:of|at|for|with))[ \t]"
    r"[^\"“”;:—–]{2,200}?)[ \t]*[.!]?[ \t]*$"
)
#: A ranking word: a description holding one ranks what the statement counts, not who
#: the source is.
_RANKING = re.compile(r"\b(?:\w{3,}est|first|last|only|most|least|lowest|highest)\b")
#: A quotation closed and its tag's verb after it: a statement with its own speaker.
_QUOTATION_WITH_TAG = re.compile(rf"[”\"][^“”\"]{{0,40}}?\b{_TAG_VERB}")
#: Where a description's own relative clause may start: its verb is not the description's.
DESCRIPTION_RELATIVE = re.compile(r"[ \t](?:who|which|that|whose)[ \t]")


def _has_own_speaker(text: str, end: int) -> bool:
    """Whether the statement before a closing "according to X" at ``end`` has a speaker
    of its own: '"...," Ruiz says in the video. The video ...' (two sentences run
    together: hers) or "Ruiz says X, according to a report, ..." (Ruiz's)."""
    return (
        _QUOTATION_WITH_TAG.search(text, 0, end) is not None
        or _speaker_and_verb(text[:end]) is not None
    )


def _description_relative(about: str) -> re.Match[str] | None:
    """The first relative word in a description: "who", "which", "whose", or "that" when
    a verb follows it ("a firm that runs ..."; not "a lawyer for that man")."""
    for match in DESCRIPTION_RELATIVE.finditer(about):
        if match.group().strip() != "that" or grammar.is_finite_start(about[match.end() :]):
            return match
    return None


def _according_described(text: str, lower: str) -> Attribution | None:
    """``_according`` for a source followed by a description of it ("..., according to
    SITE, a group that tracks militants."): the description is who the source is, no
    part of the statement; it holds no verb of its own but in a relative clause."""
    position = lower.rfind("according to")
    named = _ACCORDING_NAMED.search(text, max(0, position - 2))
    if named is not None and named.start() > 0 and _describes(named.group("speaker").split()):
        # "..., according to his lawyer, Ana Ruiz.": the name is the source
        return _according_named(text, named)
    match = _ACCORDING_DESCRIBED.search(lower, max(0, position - 2))
    if match is None or match.start() == 0:
        return None
    about = match.group("about")
    relative = _description_relative(about)
    own = about[: relative.start()] if relative else about
    if grammar.has_verb(own) or own.split(None, 1)[0].endswith("ing"):
        # "..., according to the paper, the fee rose", "..., calling for ...": no description
        return None
    if _RANKING.search(own):
        return None  # "..., according to a census, the smallest since 1950": the figure's
    if _has_own_speaker(text, match.start()):
        return None
    return _result(text, match.span("speaker"), (0, match.start()), "according to")


#: "According to a guard who asked not to be named, the alarm ...": the source, a relative
#: that says which one speaks, then the statement.
_ACCORDING_LEAD_WHO = re.compile(
    r"(?i:according[ \t]+to)[ \t]+(?P<speaker>[^,;:\"“”()]{2,60}?)[ \t]+(?:who|whom)[ \t]+"
    r"(?P<about>[^,;:\"“”()—–]{3,200}),[ \t]+(?P<content>.+)$",
    re.S,
)


def _according_who(text: str) -> Attribution | None:
    """``_according`` for a lead source closed by a relative ("According to a guard who
    asked not to be named because ..., the alarm did not go off"): like a description, the
    relative says which guard speaks and is no claim of its own (left out)."""
    match = _ACCORDING_LEAD_WHO.match(text)
    if match is None:
        return None
    about = match.group("about")
    first = about.split(None, 1)[0]
    if not first.isalpha() or not first.islower() or first in SUBJECT_PRONOUNS | DETERMINERS:
        return None  # "according to the man who I met": no verb opens the relative
    opening = match.group("content").split(None, 1)[0]
    if opening.islower() and opening.endswith(("ed", "ing")):
        # "who work at the paper, edited by Ana Ruiz, the offices ...": the participle
        # goes on describing what the relative names, no statement opens there
        return None
    return _result(text, match.span("speaker"), match.span("content"), "according to")


#: "..., according to the report, which calls it ...", "..., according to an official who
#: spoke to the Ledger", "..., according to the paper, citing ...": the source, then a
#: relative about it or a participle of the writer's.
_ACCORDING_REMARK = re.compile(
    rf"(?<![ \t]),?[ \t]+according[ \t]+to[ \t]+{_SPEAKER}"
    r"(?:,?[ \t]+(?P<relative>who|which|that)[ \t]+(?P<about>[^\"“”—–]{3,200}?)"
    r"|,[ \t]+(?P<participle>[a-z]{2,20}ing)[ \t][^\"“”—–]{3,200}?)[ \t]*[.!]?[ \t]*$"
)


_DASHES = re.compile("[—–]")


def _according_with_remark(text: str, lower: str) -> Attribution | None:
    """``_according`` for a source followed by a relative about it (kept as the writer's
    fact about the source, in ``relative_span``) or by a participle of
    ``data/remark_participles.txt`` (the writer's remark, neither statement nor source)."""
    position = lower.rfind("according to")
    match = _ACCORDING_REMARK.search(lower, max(0, position - 2))
    if match is None or match.start() == 0:
        return None
    if match.group("relative") == "that" and not grammar.is_finite_start(match.group("about")):
        return None  # "according to a rule that the port set": the source's own words
    participle = match.group("participle")
    if participle and participle not in tables.words("remark_participles.txt"):
        return None  # "..., according to a police count, calling for ...": the crowd's act
    if _DASHES.search(match.group("speaker")):
        return None  # "according to the statement–a question that ...": run together
    if _speaker_and_verb(text[: match.start()]) is not None:
        return None  # "Ruiz thinks that X, according to a report, which ...": Ruiz's
    found = _result(text, match.span("speaker"), (0, match.start()), "according to")
    if found is None or match.group("relative") is None:
        return found
    end = len(text.rstrip(" \t.!"))
    return found._replace(relative_span=(match.start("about"), end))


#: How many of a text's last words ``_trailing`` reads for an attribution verb.
_TRAILING_WORDS = 13


def _trailing(text: str, words: list[tuple[str, int, int]]) -> Attribution | None:
    """ "CONTENT, X said (on Monday)." or "CONTENT, said X." at the end of ``text``."""
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _TRAILING_WORDS), -1):
        word, start, end = words[index]
        if word.lower() not in attribution_verbs() or _name_part(words, index):
            continue
        tail = (
            _TAIL_END.match(text, end)
            or _ADVERB_TAIL_END.match(text, end)
            or (_told_tail(text, end) if word.lower() in TELL_VERBS else None)
        )
        if tail or (word.lower() in _SAID and _ABOUT_TAIL.match(text, end)):
            found = _speaker_before(text, words, index)
            if found is not None and (
                _lead_before_a_that_clause(text, found, end)
                or _lead_before_an_object(text, found, word.lower(), tail)
            ):
                continue
            if found is not None:
                return _with_relative_about_the_person(text, found, tail, word.lower())
        else:
            found = _before_a_participle(text, words, index)
            if found is not None:
                return found
        found = _speaker_after(text, start, end)
        if found is not None:
            return found
    return None


#: "that" opening a clause after the verb's tail: "said on Monday that the bridge ...".
_THAT_AFTER_TAIL = re.compile(r"(?<![\w-])that[ \t]+\S", re.I)


def _lead_before_a_that_clause(text: str, found: Attribution, verb_end: int) -> bool:
    """The words before the speaker are only a lead with no verb ("Earlier today, the
    paper said on Monday that ..."), and a "that" after the verb opens the statement: the
    tag leads the sentence, it does not close it."""
    content = text[found.content_start : found.content_end]
    if grammar.has_verb(content):
        return False
    return _THAT_AFTER_TAIL.search(text, verb_end) is not None


#: A tail that opens with the verb's object: "the ..." or a name ("predicted the sale"),
#: not a day ("confirmed Tuesday").
_OBJECT_TAIL = re.compile(
    r"(?<![ \t])[ \t]+(?:the[ \t]|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b)[A-Z])"
)


def _lead_before_an_object(
    text: str, found: Attribution, verb: str, tail: re.Match[str] | None
) -> bool:
    """The words before the speaker are only a lead with no verb and no quotation ("In
    January, an analyst predicted the sale."), and a verb that takes an object has one
    after it: the sentence is the speaker's act, not a statement the tag closes."""
    if verb not in _CHECKED_CLAUSE_VERBS or tail is None or not _OBJECT_TAIL.match(tail.group()):
        return False
    lead = text[: found.speaker_span[0]]
    return not any(mark in lead for mark in "\"“”'‘’") and not grammar.has_verb(lead)


def _told_tail(text: str, end: int) -> re.Match[str] | None:
    """The person told (and when) after a verb of telling that ends ``text`` at ``end``."""
    tail = _TOLD_TAIL_END.match(text, end)
    if tail is not None:
        return tail
    tail = _TOLD_TAIL_LONG.match(text, end)
    if tail is None:
        return None
    person = tail.group("person")
    setting = tail.group("setting") or ""
    if "to" in person.lower().split() or grammar.has_verb(person + setting):
        # "told me to steer clear", "told them he left": no person told alone
        return None
    if _second_object(person.lower().split()):
        return None  # "told him his story": what was told, not a person told and when
    return tail


def _second_object(words: list[str]) -> bool:
    """A determiner that opens a second noun phrase after the first, not after a
    preposition ("told him his story", but "told a writer for the site")."""
    return any(
        word in DETERMINERS and before not in _PREPOSITIONS
        for before, word in itertools.pairwise(words)
    )


def _with_relative_about_the_person(
    text: str, found: Attribution, tail: re.Match[str] | None, verb: str
) -> Attribution:
    """'..., she said to Sen. Tom Berg, who chairs the panel': the clause about the person
    spoken to, kept as the writer's fact ("Sen. Tom Berg chairs the panel") as a clause
    about the speaker is. Only a person told or spoken "to": "said in Oslo, who" names none."""
    if tail is None or tail.groupdict().get("who") is None:
        return found
    person = trimmed(text, tail.span("person"))
    spoken_to = verb in TELL_VERBS or text[: tail.start("person")].endswith("to")
    if person[1] - person[0] < 2 or not spoken_to:
        return found
    return found._replace(relative_span=tail.span("who"), relative_subject_span=person)


def _name_part(words: list[tuple[str, int, int]], index: int) -> bool:
    """The capitalised word after another is part of a name ("from the United States"), not a
    verb of saying. A title-case headline's verbs are lowered before it is read again
    (``headlines.title_speech``), so "Mayor Says" is still found, and an all-capitals one
    ("PORT TRAFFIC UP, HARBOUR BOARD SAYS") is read as before."""
    word = words[index][0]
    # An all-capitals line ("MINISTRY SAYS ...") is read as it was: no case to tell by.
    return (
        index > 0
        and word[:1].isupper()
        and not word.isupper()
        and words[index - 1][0][:1].isupper()
    )


#: ', using the old name of the agency.': the writer's remark on how a statement was made,
#: after its speaker ('"...," the command said, using ...'), opened by a participle of
#: ``data/remark_participles.txt``.
_PARTICIPLE_REMARK = re.compile(
    r",[ \t]+(?P<participle>[a-z]{2,20}ing)(?:[ \t][^\"“”,;]{1,120})?$"  # or alone: ", laughing."
)


def _before_a_participle(
    text: str, words: list[tuple[str, int, int]], index: int
) -> Attribution | None:
    """'"...," the command said Monday, using the old name of the agency.': the speaker
    before a participle phrase that ends the sentence; the phrase is the writer's remark,
    neither the statement nor the speaker."""
    end = words[index][2]
    comma = text.find(",", end)
    if comma < 0:
        return None
    remark = _PARTICIPLE_REMARK.match(text.rstrip(" \t.!"), comma)
    if remark is None or remark.group("participle") not in tables.words("remark_participles.txt"):
        return None
    head = text[:comma]
    if not _TAIL_END.match(head, end):
        return None
    return _speaker_before(head, [word for word in words if word[2] <= comma], index)


def _speaker_before(text: str, words: list[tuple[str, int, int]], index: int) -> Attribution | None:
    first = index
    while first > 0 and words[first - 1][0].lower() in ADVERBS | _AUX:
        first -= 1
    if first == 0 and words and _WORD.search(text, 0, words[0][1]) is not None:
        # Only the last words were listed, and every one before the verb is an adverb.
        every = _words(text)
        return _speaker_before(text, every, index + len(every) - len(words))
    verb_start = words[first][1]
    # '..., X said', '...,” X said', '"...?" X asked'
    comma = max(
        _clause_comma(text, verb_start),
        text.rfind("”", 0, verb_start),
        _closing_straight_quote(text, verb_start),
    )
    if comma <= 0 or verb_start - comma > 80:
        return None
    if text[comma] == "," and not text[comma + 1 : verb_start].strip():
        return _appositive_speaker(text, words, index, comma, verb_start)
    speaker_start = comma + 1
    if text[speaker_start : speaker_start + 1] in ",":
        speaker_start += 1
    speaker = text[speaker_start:verb_start]
    if (
        _earlier_claim(speaker, words[first:index])
        or _figure_compared(speaker)
        or _opens_with_statement_participle(speaker)
    ):
        return None
    verb_end = words[index][2]
    speaker_span, content_span = (speaker_start, verb_start), (0, comma)
    if " who " in speaker:
        # "..., a former guard who left the camp said.": which guard speaks
        speaker_span = (speaker_start, _before_restrictive_relative(speaker) + speaker_start)
    name = _name_after_quotation(text, comma) if text[comma] == "," else None
    if name is not None and _describes(text[speaker_start:verb_start].split()):
        # '"...," Ana Ruiz, the port's director told the radio': one comma of two is left
        # out; the name is the speaker, not the description
        speaker_span, content_span = name, (0, name[0])
    return _result(
        text,
        speaker_span,
        content_span,
        words[index][0].lower(),
        (verb_start, verb_end),
        (verb_end, len(text)),
    )


#: The longest relative read as saying which one speaks, in words.
_MAX_SPEAKER_RELATIVE_WORDS = 10


def _before_restrictive_relative(speaker: str, pronoun: str = "who") -> int:
    """Where a relative without a comma ends the speaker before a closing verb ("a former
    guard who left the camp", "a dad who went to fight there has"): it says which one
    speaks, as a description does (``_restrictive_relative``, for a tag after the verb).
    ``len(speaker)`` when there is none: a relative opened by a pronoun or a determiner
    ("who he met"), one that reports a statement of its own ("who said ..."), or a head
    that names no one ("those who")."""
    head, _, relative = speaker.partition(f" {pronoun} ")
    if len(relative.split()) > _MAX_SPEAKER_RELATIVE_WORDS or not _says_which_one(relative):
        return len(speaker)
    if clean_speaker(head) is None:
        return len(speaker)
    return len(head.rstrip())


def _clause_comma(text: str, end: int) -> int:
    """The last comma before ``end`` that parts clauses, not one inside a figure ("above the
    25,000 economists had predicted": no speaker "000 economists"); -1 if there is none."""
    comma = text.rfind(",", 0, end)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", 0, comma)
    return comma


def _name_after_quotation(text: str, comma: int) -> tuple[int, int] | None:
    """Where a name stands between a closing quotation mark and ``comma`` ('"...," Ana
    Ruiz, ...'), or None."""
    close = max(text.rfind("”", 0, comma), _closing_straight_quote(text, comma))
    if close <= 0 or comma - close > 40 or not _APPOSITIVE_NAME.fullmatch(text, close + 1, comma):
        return None
    return trimmed(text, (close + 1, comma))


def _earlier_claim(speaker: str, between: list[tuple[str, int, int]]) -> bool:
    """ "..., as the ministry had claimed": a perfect after "as" points to what was said
    before, often what the sentence disputes; its speaker does not vouch for the sentence
    ("..., as the ministry reported" does)."""
    return AS.match(speaker.lstrip(" \t\"”’'")) is not None and any(
        word.lower() in _AUX for word, _, _ in between
    )


def _figure_compared(speaker: str) -> bool:
    """ "..., above the 25,000 economists had predicted", "..., below what analysts had
    forecast": a figure set against a forecast, which no one is said to vouch for."""
    first = speaker.split(None, 1)[:1]
    return bool(first) and first[0].lower() in _COMPARED_WITH


def _opens_with_statement_participle(speaker: str) -> bool:
    """ "Lund ruled out a rise, saying the board wanted to see how savers responded.": words
    after a comma that open with a participle of saying (``negation.reporting_participles``)
    are the subject's second statement, and the verb that ends them ("responded") is that
    statement's own, not a tag with a speaker before it."""
    first = speaker.split(None, 1)[:1]
    return bool(first) and first[0] in reporting_participles()


#: Words that set a figure against another: the words after them are the other figure.
_COMPARED_WITH = frozenset("above below beating exceeding topping than under over".split())


def _appositive_speaker(
    text: str, words: list[tuple[str, int, int]], index: int, comma: int, verb_start: int
) -> Attribution | None:
    """'"...," the port's director, Ana Ruiz, said.' (or 'Ana Ruiz, the port's director,
    said'): a quotation, then its speaker as a name and a description between commas. The
    name is the speaker (the description is who she is, not who she is)."""
    close = max(text.rfind("”", 0, comma), _closing_straight_quote(text, comma))
    quoted = close > 0 and comma - close <= 160
    if not quoted:
        # 'Rebels moved guns into the valley, the council chief, Marta Vell, said.': no
        # quotation; the statement ends at the comma before the name and description
        close = _statement_comma(text, comma)
        if close <= 0:
            return None
    parts = _comma_parts(text, close + 1, comma)
    if parts is None or grammar.has_verb(text[close + 1 : comma]):
        return None
    if _COMMA_PARTY_LABEL.fullmatch(text, *parts[1]) and _ends_in_name(text, parts[0]):
        # "committee member Rep. Ana Ruiz, D-Ohio,": a party label follows a name only
        named = [parts[0]]
    else:
        named = [
            span
            for span in parts
            if _APPOSITIVE_NAME.fullmatch(text, *span)
            and not _COMMA_PARTY_LABEL.fullmatch(text, *span)
        ]
        if not named:
            # "Senator Ana Bol of Tarvia, the top Democrat on the panel,": a full name with
            # where its bearer is from
            named = [span for span in parts if _NAME_OF_PLACE.fullmatch(text, *span)]
    # two parts: either may be the name; three ("Jan Kovac, head of the union, a body of
    # 40,000 members,"): the name first, the two descriptions after it
    if len(named) != 1 or (len(parts) == 3 and named[0] != parts[0]):
        return None
    if not quoted and not all(
        span == named[0] or _opens_a_description(text[span[0] : span[1]]) for span in parts
    ):
        # "in Redwood City, California, about 11 miles from ...": a place, no description
        return None
    verb_end = words[index][2]
    found = _result(
        text,
        named[0],
        (0, close),
        words[index][0].lower(),
        (verb_start, verb_end),
        (verb_end, len(text)),
    )
    if found is None or quoted:
        return found
    # an apostrophe in the description ("Somalia's") is no closing quotation mark
    return found._replace(quoted=unquote(text, 0, close)[2])


def _opens_a_description(part: str) -> bool:
    """Whether ``part`` opens as a description of a person does: a determiner or a
    possessive ("the council chief", "Oslo's mayor")."""
    words = part.split()
    return bool(words) and (
        words[0].lower() in _APPOSITION_OPENERS or words[0].endswith(("'s", "’s"))
    )


def _statement_comma(text: str, comma: int) -> int:
    """Where a statement without quotation marks ends before a name and a description
    between commas and the ``comma`` before the verb: the comma two before it, when the
    words before that make a clause; else -1."""
    middle = text.rfind(",", 0, comma)
    start = text.rfind(",", 0, middle) if middle > 0 else -1
    if start <= 0 or not grammar.has_verb(text[:start]):
        return -1
    return start


def _ends_in_name(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text[span]`` ends in a capitalised word: perhaps a name."""
    words = text[span[0] : span[1]].split()
    return bool(words) and words[-1][:1].isupper()


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """``text[start:end]`` cut at its commas into two or three parts, each at most 90
    characters long, or None."""
    cuts = [start - 1]
    comma = text.find(",", start, end)
    while comma >= 0:
        cuts.append(comma)
        comma = text.find(",", comma + 1, end)
    cuts.append(end)
    parts = [(a + 1, b) for a, b in itertools.pairwise(cuts)]
    if len(parts) not in (2, 3) or any(b - a > 90 for a, b in parts):
        return None
    return parts


#: The name in a speaker written as a name and a description: capitalised words only
#: (titles such as "Dr." included), no determiner ("the Republican leader" describes).
_APPOSITIVE_NAME = re.compile(
    r"[ \t]*(?!(?:The|A|An)[ \t])(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*[ \t]*"
)


#: A name of two to four capitalised words and where its bearer is from ("Senator Ana Bol
#: of Tarvia"); one word before "of" is a title ("Head of Oxfam"), not a name.
_NAME_OF_PLACE = re.compile(
    r"(?<![ \t])[ \t]*(?!(?:The|A|An)[ \t])(?<![\w'’.-])[A-Z][\w'’.-]*"
    r"(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]+of"
    r"(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]*"
)


#: "..., according to his lawyer, Ana Ruiz.": a description of the source, then its name.
_ACCORDING_NAMED = re.compile(
    rf"(?<![ \t]),[ \t]+according[ \t]+to[ \t]+{_SPEAKER},(?P<name>{_APPOSITIVE_NAME.pattern})"
    r"[.!]?[ \t]*$"
)


def _according_named(text: str, match: re.Match[str]) -> Attribution | None:
    if _has_own_speaker(text, match.start()):
        return None
    return _result(text, trimmed(text, match.span("name")), (0, match.start()), "according to")


def _closing_straight_quote(text: str, end: int) -> int:
    """The last straight quotation mark before ``end`` if it closes a quotation ("?" or "!"
    or "." before it), else -1."""
    mark = text.rfind('"', 0, end)
    if mark > 1 and text[mark - 1] in " \t":
        # tokenized copy sets the mark off by a blank: 'pardon? " reads one'
        return mark if text[mark - 2] in "?!.," else -1
    return mark if mark > 0 and text[mark - 1] in "?!.," else -1


#: "asked"/"asks" report a question after it ('"...?" the senator asked'); before a clause
#: ("asked that the jury leave") they report a request, not something said to be true.
_QUESTION_VERBS = frozenset(("asked", "asks"))


#: After a verb of saying, what the statement was about: "said of the plan".
_ABOUT = re.compile(r"(?<![ \t])[ \t]+(?:of|about)\b")
#: '"...," the mayor said of the plan.': "said" or "says" then what was spoken about, ending
#: the sentence. Only these two: "told of a few", "claims of abuse" mean something else.
_SAID = frozenset(("said", "says"))
_ABOUT_TAIL = re.compile(
    r"(?<![ \t])[ \t]+(?:of|about)[ \t][^,;\"“”]{1,60}(?:[ \t]*[.!])?(?:[ \t]*[\"”’'])?[ \t]*$"
)
#: How the words before '..., said X' end: a comma, or a closing quotation mark, double
#: or single ("'The port is shut,' said Ruiz"; a single mark after a comma or a stop
#: closes a quotation: an apostrophe never stands there).
_BEFORE_AN_INVERTED_TAG = (
    *(",", ",”", ',"', "”", '."', '!"', '?"'),
    *(",'", ",’", ".'", ".’", "?'", "?’", "!'", "!’"),
)


def _words_said_after(after: str) -> bool:
    """Whether the text after a verb of saying opens the words said: a colon, or a
    quotation that does not close at the end as a quoted name does (', writes "The Harbour
    Daily".')."""
    after = after.lstrip()
    if after[:1] == ":":
        return True
    return after[:1] in "\"“‘'" and _QUOTED_NAME_TO_THE_END.match(after) is None


#: A name in quotation marks that ends the text: an outlet's, a show's (no sentence of
#: words said, which ends with its punctuation inside the marks).
_QUOTED_NAME_TO_THE_END = re.compile(r"[\"“‘'][^\"“”‘’'.!?,]{1,60}[\"”’'][ \t]*[.!]?[ \t]*$")


def _speaker_after(text: str, verb_start: int, verb_end: int) -> Attribution | None:
    """'"...," said Ana Ruiz.': the speaker after the verb, perhaps with a description
    of any length (``_named_and_described``)."""
    before = text[:verb_start].rstrip()
    if not before.endswith(_BEFORE_AN_INVERTED_TAG):
        return None
    if _subject_with_apposition(before) or _interrupted_verb_group(before):
        return None  # "Judge Ortiz, often the swing vote, said the plan ...": she speaks
    rest = text[verb_end:].rstrip(" \t.!\"”’'")
    if _words_said_after(text[verb_end:]):
        return None  # ', said: "Most people ...': the words said follow, not a speaker
    first = rest.split(None, 1)[:1]
    if first and first[0].lower() in _REFLEXIVES:
        return None  # "..., declared himself the winner": his act, not a speaker
    if first and first[0] == "by":
        # "the resumption of ties, announced by both governments": a passive participle
        # said of the noun before it, its doer after "by"; no one is speaking
        return None
    if _ABOUT.match(rest):
        return None  # '"...," the mayor said of the plan.': what was spoken about
    described = _named_and_described(rest)
    tail_end = len(text)
    if described is not None:
        # the rest of the description is who the speaker is, not when or where it was said
        speaker_end = tail_end = verb_end + described
    elif len(rest) > 110 or rest.count(",") > 1:
        return None  # one comma: "said Ana Ruiz, a spokeswoman for the port"
    else:
        when = _SPEAKER_TAIL.search(rest) or _told_after_name(rest)
        speaker_end = verb_end + (when.start() if when else len(rest))
    if grammar.has_verb(text[verb_end:speaker_end]):
        return None  # ", said the fund lost $2 million": a clause, not a speaker
    content_end = len(before) - 1
    return _result(
        text,
        (verb_end, speaker_end),
        (0, content_end),
        text[verb_start:verb_end],
        (verb_start, verb_end),
        (speaker_end, tail_end),
    )


#: '"...," said Ana Ruiz, a pilot ...': a name of up to six capitalised words (titles and
#: particles included), then the comma before a description of its bearer, perhaps after
#: an age ("said Tom Berg, 52, a shop owner").
_NAME_THEN_COMMA = re.compile(
    r"(?:[A-Z][\w.’'-]{0,25}[ \t]{1,3}|(?:al-|el-|bin[ \t]|de[ \t]|van[ \t]|von[ \t])"
    # the last name may open with its particle too ("Omar al-Tamimi, 31, a pilot")
    r"[\w.’'-]{0,25}[ \t]{1,3}){0,5}(?:al-|el-)?[A-Z][\w.’'-]{0,25},[ \t]+(?:\d{1,3},[ \t]+)?"
)
#: Where the head of a speaker's description ends: a comma, or when/where (or its
#: relative, ``_description_relative``).
_DESCRIPTION_HEAD_END = re.compile(r",|[ \t](?:on|in|at|during|last|this)\b")
#: A relative set off by its comma ("a pilot, who ...", "the port's board, which ...").
_COMMA_RELATIVE = re.compile(r",[ \t]+(?:who|which)[ \t]")
#: Longer descriptions than this many characters are no speaker's.
_MAX_DESCRIPTION = 240


def _named_and_described(rest: str) -> int | None:
    """Where the speaker ends in the words after an inverted verb that are a name, a comma
    and a description of its bearer ("Ana Ruiz, a researcher at the port's institute in
    Riga, Latvia, who ..."), however long the description: the name and the description's
    head, up to its first comma, relative or place ("Ana Ruiz, a researcher"), or the name
    alone when that is over the speaker's word limit. None for other words: a description
    holds no verb but in its relatives ("said Ruiz, the pier was shut": a clause)."""
    name = _NAME_THEN_COMMA.match(rest, len(rest) - len(rest.lstrip(" \t")))
    if name is None or len(rest) - name.end() > _MAX_DESCRIPTION:
        return None
    about = rest[name.end() :]
    first = about.split(None, 1)[0] if about.strip() else ""
    if (
        not (first.lower() in _APPOSITION_OPENERS or first[:1].islower())
        or first.endswith("ing")
        or first.lower() in _PREPOSITIONS
    ):
        # "said Ruiz, Ortiz and ...", "said Ruiz, using ...", "said Ruiz, in a report":
        # no description
        return None
    if _COMMA_RELATIVE.search(about):
        # "said Ruiz, a pilot, who ...": ``_speaker_with_relative`` reads it; "..., which":
        # whose relative it is, the description's last noun's or hers, is unclear
        return None
    relative = _description_relative(about)
    if grammar.has_verb(about[: relative.start()] if relative else about):
        return None
    head = _DESCRIPTION_HEAD_END.search(about)
    head_end = head.start() if head else len(about)
    if relative is not None:
        head_end = min(head_end, relative.start())
    end = name.end() + head_end
    if len(rest[:end].split()) > MAX_SPEAKER_WORDS:
        return name.start() + len(name.group().rstrip(", \t"))
    return end


def _subject_with_apposition(before: str) -> bool:
    """ "Judge Ortiz, often the swing vote on the court," before "said": a subject and a
    phrase about it between commas, no statement of its own to credit to a speaker after
    the verb."""
    head = before[:-1]
    if not before.endswith(",") or ", " not in head:
        return False
    if not grammar.has_verb(head):
        return True
    # "Ana Ruiz, a port official before she ran for mayor," : the phrase about the subject
    # may hold a clause of its own; the subject before it holds no verb
    subject, _, about = head.partition(", ")
    words = about.split()
    if not words or words[0].lower() not in _APPOSITION_OPENERS or grammar.has_verb(subject):
        return False
    # its verb comes after a word that makes a clause of it ("before she ran"), not as
    # the phrase's own ("Earlier, a group of gunmen attacked the town, said ...")
    opener = next(
        (i for i, w in enumerate(words) if w.lower() in _INNER_CLAUSE_OPENERS), len(words)
    )
    return opener < len(words) and not grammar.has_verb(" ".join(words[:opener]))


def _interrupted_verb_group(before: str) -> bool:
    """ "The council has, in a rare move," before "declared": an auxiliary, a phrase set
    off by commas, then the rest of its verb, not a statement and its inverted tag."""
    head, comma, _ = before[:-1].rpartition(", ")
    words = head.split()
    return bool(comma) and bool(words) and words[-1] in grammar.AUXILIARIES  # not "May"


_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves".split())

#: Words that open a phrase about the subject set between commas ("a former judge").
_APPOSITION_OPENERS = frozenset("a an the its his her their".split())
#: Words that open a clause inside such a phrase ("a pilot until she retired").
_INNER_CLAUSE_OPENERS = frozenset(
    "before after until since when while who whom whose which that because as".split()
)


_SPEAKER_TAIL = re.compile(
    r"(?<![ \t])[ \t]+(?:on|in|at|during|late|early|yesterday|today|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # "last" and "this" only before a time ("said Ana Ruiz this week"): "said a spokesman
    # for this agency", "said the last survivor" name who speaks
    rf"|(?:last|this)(?=[ \t]+{_THAT_TIME}))\b"
)


#: '"...," said Ana Ruiz to the Post.': after a name (its last word capitalised), "to" and
#: up to three words that end the sentence are whom it was said to. Not after a noun ("said
#: a senior adviser to the president": who the speaker is), nor before more words ("said
#: Ambassador to the UN Ana Ruiz").
_TOLD_AFTER = re.compile(r"(?<![ \t])[ \t]+to(?:[ \t]+[\w.’'-]+){1,3}$")


def _told_after_name(rest: str) -> re.Match[str] | None:
    """``_TOLD_AFTER`` in the words after an inverted tag's verb, after a capitalised word."""
    found = _TOLD_AFTER.search(rest) if " to " in rest else None
    if found is None:
        return None
    before = rest[: found.start()].split()
    return found if before and before[-1][:1].isupper() else None


#: After "claims" or "reports", the one who made them: the word is a noun there ("denied
#: claims made by the rebels that ..."), and the words before it are no speaker.
_MADE_BY = re.compile(r"[ \t](?:made[ \t])?by\b", re.I)
_NOUN_VERBS = frozenset(("claims", "reports"))
#: Nouns of what someone said: as the "object" of a verb of saying ("the hospital says some
#: local reports that ..."), they open a clause about those reports, not the content.
_SAYING_NOUNS = frozenset(("reports", "claims", "rumours", "rumors", "allegations", "suggestions"))
#: Verbs by which the subject vouches for reports: "officials confirmed reports that X"
#: asserts X on the officials' word.
_CONFIRMING = frozenset(("confirm", "acknowledge", "verify", "corroborate"))
#: "that" opening a content clause ("claims that a person ..."), not a subject ("that was").
_THAT_OPENING = re.compile(rf"that{_NOT_SUBJECT}[ \t]+", re.I)


def _noun_of_saying(text: str, match: re.Match[str]) -> bool:
    """The matched verb is the plural noun ("claims", "reports") of a phrase about what
    someone else said, which the sentence's subject denies, counters or repeats."""
    if match.group("verb").lower() not in _NOUN_VERBS:
        return False
    if _MADE_BY.match(text, match.end("verb")):
        return True
    speaker = text[match.start("speaker") : match.end("speaker")].split()
    last = speaker[-1].lower() if speaker else ""
    return last.isalpha() and last.endswith(("ing", "ed")) and _is_participle(last)


def _ends_in_determiner(words: str) -> bool:
    """Whether ``words`` end in a determiner or a possessive ("their", "the senator's"):
    a "claims" or "reports" after them is a noun."""
    last = words.rsplit(None, 1)[-1].lower() if words.strip() else ""
    return last in DETERMINERS or last.endswith(("'s", "’s"))


def _is_participle(word: str) -> bool:
    """A verb's -ing or -ed form ("denying", "dismissed", "unconfirmed"): before
    "claims" it makes the word a noun. "Morning" or "evening" are no verb's forms."""
    if word.startswith("un") and _is_participle(word[2:]):
        return True
    lemma = lemmas.verb_lemma(word)
    if lemma in lemmas.verbs() or lemma in headlines.headline_verbs():
        return True
    # a long -ed word is a verb's past form even when no word list has its verb
    # ("retracted", "rebutted"); short ones may be nouns ("hundred")
    return word.endswith("ed") and len(word) > 7


#: Verbs whose object before "that" is the person told ("warned the council that").
_PERSON_OBJECT_VERBS = frozenset(
    "tell warn assure reassure inform remind ask advise notify brief convince persuade "
    "show promise".split()
)


def _object_is_the_subject(match: re.Match[str]) -> bool:
    """ "said a committee that studied the rock found ...", "posted a video that showed
    ...": after a verb that tells no one (not "told the court that"), a noun phrase with a
    determiner before "that" is no object of saying: "that" opens its relative clause.
    After "said" or "added" always (they take no object: "said the fact that X would ..."
    has the subject "the fact that X"); after other verbs unless the noun names a content or a
    time ("reported a rumour that", "reported a day ago that": data/nouns_before_that.txt)
    or a participle of saying holds the content ("posted a story claiming that")."""
    told = match.groupdict().get("object")
    if not told or told.split(None, 1)[0].lower() not in DETERMINERS:
        return False
    verb = match.group("verb").lower()
    if lemmas.verb_lemma(verb) in _PERSON_OBJECT_VERBS:
        return False
    if verb in _OBJECTLESS_VERBS:
        return True
    words = told.lower().split()
    if words[-1] in tables.words("nouns_before_that.txt"):
        return False
    return not any(
        word.endswith("ing") and lemmas.verb_lemma(word) in _SAYING_LEMMAS for word in words
    )


#: Verbs of saying that take no object before "that" ("said the fact that ..." has none).
_OBJECTLESS_VERBS = frozenset(("said", "says", "say", "added", "adds"))
#: Verbs whose participle holds a content in an object ("a story claiming that ...").
_SAYING_LEMMAS = frozenset(("claim", "say", "state", "suggest", "allege", "report", "argue"))


def _object_is_a_report(match: re.Match[str]) -> bool:
    """ "says some local reports that ...", but not "confirmed reports that X", which
    vouches for X."""
    told = match.groupdict().get("object")
    if not told or told.split()[-1].lower() not in _SAYING_NOUNS:
        return False
    return lemmas.verb_lemma(match.group("verb").lower()) not in _CONFIRMING


#: "said, however, that ...": a sentence adverb set off by commas before "that".
_ASIDE_BEFORE_THAT = re.compile(
    r"(?i:however|though|moreover|nevertheless|meanwhile|too|also|again),[ \t]+"
    + _THAT_OPENING.pattern
)


#: 'said of the rumours: "..."': what the quotation is about, then its colon.
#: "said of the rumours: ..." or, with a comma, "said of the clashes on Sunday, ...": what
#: a quotation is about, before it.
_SPOKEN_OF = re.compile(r"(?:of|about)[ \t][^,;:\"“”‘’]{1,60}?[ \t]*[:,][ \t]*(?=[\"“‘'])")


def _without_that(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The content without the "that" that opens it, when the verb's own pattern left it
    there (a reading of an earlier word as the verb was turned down), an adverb set off
    before it ("said, however, that the pier is shut"), or what a quotation is about
    ('said of the rumours: "There is no truth in them."': the quotation is the statement)."""
    opening = (
        _THAT_OPENING.match(text, span[0])
        or _ASIDE_BEFORE_THAT.match(text, span[0])
        or _SPOKEN_OF.match(text, span[0])
    )
    return (opening.end(), span[1]) if opening else span


#: "reported, citing two officials, that ...", "reported, among them the Gazette, that
#: ...": a phrase set off by commas between the verb and the "that" of its content
#: (``_after_comma``); no quotation or bracket inside it.
_SET_OFF_BEFORE_THAT = re.compile(
    r"(?P<aside>[^,;:\"“”‘’()]{1,100}?),[ \t]+" + _THAT_OPENING.pattern
)


def _after_comma(text: str, span: tuple[int, int]) -> bool:
    """Whether the content at ``span`` follows the verb's comma ("reported, citing ..."),
    where a phrase set off before "that" is an aside; "said the dam, that ..." has none."""
    return text[: span[0]].rstrip(" \t").endswith(",")


@lru_cache(maxsize=1)
def _leading_gates() -> tuple[frozenset[str] | None, ...]:
    """For each of ``_leading()``, the verbs (lower case) one of which it cannot match
    without: its ``verb`` group is one of them, a whole word between blanks (or before a
    comma or a colon). None: no gate (a verb of several words, which a set test misses)."""
    told = frozenset(("told", "tells"))
    said = (
        frozenset(attribution_verbs())
        if all(verb.isalpha() for verb in attribution_verbs())
        else None
    )
    return (said, _CLAUSE_VERBS | {"told"}, told, _CHECKED_CLAUSE_VERBS, told, told)


#: What no speaker holds (``_SPEAKER``) and no lead-in either (``_LEAD_IN``; it ends in
#: the one comma it holds); parentheses aside, which a party label holds.
_SPEAKER_STOP = re.compile(r"[;:\"“”]")


def _speaker_words(text: str) -> frozenset[str]:
    """The words (lower case) of the part of ``text`` where the verb of a leading pattern
    can stand: before the second comma and before any ``_SPEAKER_STOP``. WHY: a verb of
    saying further on ("The bridge, closed since May, will reopen, officials said") cannot
    make the speaker patterns match, and each pattern tries its lazy speaker up to 90
    characters long, both with and without a lead-in, before it fails (~20 us)."""
    cut = len(text)
    comma = text.find(",")
    if comma >= 0:
        second = text.find(",", comma + 1)
        if second >= 0:
            cut = second
    stop = _SPEAKER_STOP.search(text, 0, cut)
    if stop is not None:
        cut = stop.start()
    if cut == len(text):
        return tables.text_words(text).words  # cached: ``find_attribution`` read it already
    return frozenset(_word_texts(text[:cut].lower()))


#: For each of ``_leading()``, the mark its content cannot open without: "that" (the last
#: pattern), or "that", a comma or a colon (the first one: "said that ...", "said, ...",
#: "said: ..."); None: no such mark. WHY: half the texts the first pattern failed on had
#: none of them ("X said the officer shot ..."), and each failure tried every speaker
#: length up to 90 characters, with and without a lead-in (~15 us).
_LEADING_MARKS = ("joined", None, None, None, None, "that")


#: Plain forms of verbs of saying that name a speaker only after a plural one ("Sources
#: confirm", "Court records indicate"); after a modal ("cannot confirm") or a singular
#: ("You write") they tell no one's statement.
_PLURAL_ONLY_VERBS = frozenset(
    "confirm announce suggest admit acknowledge write indicate concede".split()
)
_PLURAL_PRONOUNS = frozenset(("they", "we", "i"))


def _no_plural_speaker(verb: str, speaker: str) -> bool:
    """Whether ``verb`` is a plain form that names no speaker after ``speaker``."""
    return verb in _PLURAL_ONLY_VERBS and not _plural_speaker(speaker)


def _plural_speaker(speaker: str) -> bool:
    """Whether ``speaker`` holds a plural noun or pronoun ("Some analysts in Oslo", "they")
    and does not end in a word that cannot end a subject ("cannot", "to")."""
    words = speaker.split()
    if not words or words[-1].lower() in grammar.AUXILIARIES | {"to", "and", "or", "not"}:
        return False
    return any(
        word.lower() in _PLURAL_PRONOUNS
        or (word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is")))
        for word in words
    )


def _joins_a_clause(speaker: str) -> bool:
    """A "speaker" after a lead that opens with a conjunction ("The mill closed, and workers
    said ..."): the lead is a clause of its own, not a lead-in to drop."""
    return speaker.split(None, 1)[0].lower() in _JOINERS


def _leading_match(text: str) -> Attribution | None:
    words = _speaker_words(text)
    that = "that" in text  # the patterns are case-sensitive: "That" opens no content
    joined = that or "," in text or ":" in text
    for pattern, gate, marks in zip(_leading(), _leading_gates(), _LEADING_MARKS, strict=True):
        if gate is not None and gate.isdisjoint(words):
            continue  # none of its verbs where one can stand: a set test, not a regex match
        if (marks == "that" and not that) or (marks == "joined" and not joined):
            continue  # no mark its content can open after: substring tests in C
        match = pattern.match(text)
        if match is None or _object_is_a_report(match) or _noun_of_saying(text, match):
            continue
        if _object_is_the_subject(match):
            continue  # "said a committee that studied the rock found ...": a relative
        if _compound_noun(match.group("verb"), match.group("content")):
            continue  # "an analyst who runs a think tank called ...": no verb of saying
        if _relative_after_tail(match):
            continue
        if match.group("lead") and (
            _lacks_subject(match.group("content"))
            or _cut_clause(match.group("lead"))
            or _joins_a_clause(match.group("speaker"))
        ):
            # "The old bridge, the mayor said, will reopen": a subject, no lead-in; "The law
            # is, Moro argued, in force": a clause the tag cuts in two
            continue
        if _object_has_verb(match) or ("bare" in pattern.groupindex and not _bare_clause(match)):
            continue
        if _relative_before_main_verb(match) or _speaker_acts(match.group("speaker")):
            continue
        if _no_plural_speaker(match.group("verb"), match.group("speaker")):
            continue  # "You write that ...": no one's statement
        if "checked" in pattern.groupindex and not (
            _opens_clause(match.group("content"))
            and _checked_speaker(match.group("speaker"))
            and _checked_between(match)
        ):
            continue  # "confirmed the arrest of two men": an object, no statement
        if (
            match.group("verb").lower() in _QUESTION_VERBS
            and match.group("content")[:1] not in '"“'
        ):
            continue
        tail = match.span("tail") if match.groupdict().get("tail") else (0, 0)
        if match.groupdict().get("object"):
            tail = (match.end("verb"), match.end("object"))
        content = _without_that(text, match.span("content"))
        if "checked" in pattern.groupindex:
            content = (_past_the_content_noun(text, content[0]), content[1])
        aside = (
            _SET_OFF_BEFORE_THAT.match(text, content[0]) if _after_comma(text, content) else None
        )
        if aside is not None and aside.end() < content[1]:
            # "reported, citing a source, that ...": the aside says how or where it was
            # said, or who else said it, as a tail does; so a date in it ("said, in a
            # statement on Monday, that ...") makes the statement's own claim
            content = (aside.end(), content[1])
            tail = tail if tail[1] > tail[0] else aside.span("aside")
        found = _result(
            text,
            _named_lead(text, match) or _lead_speaker_span(match),
            content,
            match.group("verb"),
            match.span("verb"),
            tail,
        )
        if found is not None:
            return found
    return None


#: A tail that is an infinitive: "claims to have seen", "claimed to be".
_INFINITIVE_TAIL = re.compile(r"(?<![ \t])[ \t]+to[ \t]+(?:be|have)\b")


def _relative_after_tail(match: re.Match[str]) -> bool:
    """Whether the content after a tail ("claims to have filmed the shots that hit the
    pier", "claims to have seen the pilot, who ...") opens with a verb or "who": the "that"
    or the comma belongs to a noun of the tail, whose relative the content is, no
    statement ("claims to have learned that the pier is shut" opens a clause). After an
    infinitive only "that" opens a statement ("claims to be a nurse, working ...")."""
    if not match.groupdict().get("tail"):
        return False
    between = match.string[match.end("tail") : match.start("content")]
    if _INFINITIVE_TAIL.match(match.group("tail")) and "that" not in between:
        return True  # "claims to be a nurse, working ...": what follows is no statement
    content = match.group("content")
    first = content.split(None, 1)[0] if content.strip() else ""
    return first in ("who", "which") or (
        first[:1].islower() and grammar.is_finite_start(content, strict=True)
    )


@lru_cache(maxsize=1)
def _compound_nouns() -> frozenset[tuple[str, str]]:
    return frozenset(
        (verb.lower(), after.lower()) for verb, after in tables.pairs("saying_noun_compounds.txt")
    )


def _compound_noun(verb: str, content: str) -> bool:
    """Whether ``verb`` and the first word of ``content`` make a compound noun ("think
    tank", ``data/saying_noun_compounds.txt``)."""
    first = content.split(None, 1)[0].lower() if content.strip() else ""
    return (verb.split()[0].lower(), first) in _compound_nouns()


#: The last word of a lead-in that leaves its clause open for the words after the tag: an
#: auxiliary or a form of "be" ("The law is, Moro argued, in force", "Talks have, he added,
#: stalled"). Lower-case only: "between February and May, the agency said" ends in a month.
_OPEN_CLAUSE_END = re.compile(
    r"[ \t](?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
    r"remains|remained)[ \t]*,[ \t]*$"
)


def _cut_clause(lead: str) -> bool:
    """Whether a leading pattern's lead-in ends in an auxiliary or "be": the first half of
    a clause the speaker's tag cuts, not a scene ("On Monday, ...")."""
    return _OPEN_CLAUSE_END.search(lead) is not None


def _lead_speaker_span(match: re.Match[str]) -> tuple[int, int]:
    """Where a leading pattern's speaker stands, without a relative that closes it with no
    comma ("Residents who saw the crash told reporters ...", "The firm that owns the site
    said ..."): the relative says which residents speak, as a description does
    (``_before_restrictive_relative``, as for a closing tag). Left whole when the relative
    names no one or reports a statement of its own ("The man who told reporters about it
    was held": "who" alone is no speaker)."""
    start, end = match.span("speaker")
    speaker = match.group("speaker")
    pronoun = "who" if " who " in speaker else "that" if " that " in speaker else None
    if pronoun is None:
        return start, end
    head, _, relative = speaker.partition(f" {pronoun} ")
    if grammar.has_verb(head) or not _RELATIVE_CLAUSE_BREAKS.isdisjoint(relative.lower().split()):
        # "CNN spoke with Ana Ruiz who ...": a clause before the relative; "A man who was
        # left when she told him ...": the verb's subject is the pronoun, not the man
        return start, end
    if pronoun == "that" and not grammar.is_finite_start(relative):
        return start, end  # "that" opens no relative on a verb ("the claim that officials")
    return start, start + _before_restrictive_relative(speaker, pronoun)


#: Words inside a relative before a leading verb of saying that open a clause of their own,
#: whose subject the verb may have: a subject pronoun or a subordinator. A first or second
#: person ("Every doctor that sees me says ...") tells the relative is someone's own words,
#: quoted: the statement is theirs.
_RELATIVE_CLAUSE_BREAKS = SUBJECT_PRONOUNS | frozenset(
    "when while after before because if as since until unless although though whether "
    "me us my our your".split()
)


def _named_lead(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Where the name stands when a leading pattern's lead-in is a name and its speaker
    a description of it without the closing comma ("Ana Ruiz, the port's director said
    ..."): the name speaks. Not a scene ("On Monday, the board said", "Last Friday, ...")."""
    if not match.group("lead"):
        return None
    lead = trimmed(text, match.span("lead"))
    words = text[lead[0] : lead[1]].split()
    first = words[0].lower()
    if (
        len(words) < 2
        or not all(word[:1].isupper() for word in words)
        or first in _PREPOSITIONS
        or first in tables.words("lead_in_openers.txt")
        or first in ONLY_FUNCTION_WORDS
        or not _describes(match.group("speaker").split())
    ):
        return None
    return lead


#: What follows the comma that closes a speaker's relative clause.
_COMMA_THEN_WORD = re.compile(r",[ \t]+(?=[a-z])")


#: Words that open a verb's object: after a past or present form, the "speaker" is a
#: clause of its own ("They threw stones and burned a car after the police told them ...").
_OBJECT_OPENERS = DETERMINERS | {"this"}
_SPEAKER_RELATIVES = frozenset("who whom whose which that".split())


def _speaker_acts(speaker: str) -> bool:
    """Whether ``speaker`` holds a clause's own verb and its object ("They burned a car
    after the police" before "told them ..."), outside a relative ("Residents who saw the
    crash" is a speaker): the sentence tells what they did, and who told them is no
    speaker of it."""
    words = without_linked_event(speaker).split()  # "The ruling comes a day after X": X
    for word, following in itertools.pairwise(words[1:]):
        lower = word.lower()
        if lower in _SPEAKER_RELATIVES:
            return False
        if following.lower() in _OBJECT_OPENERS and _acting_verb(word):
            return True
    return False


def _acting_verb(word: str) -> bool:
    """A past form, or an -s form of a listed verb ("Rights" before "this morning" is a
    plural noun, not "rights")."""
    form = grammar.verb_form(word)
    return form == "past" or (
        form == "present" and lemmas.verb_lemma(word.lower()) in lemmas.verbs()
    )


def _relative_before_main_verb(match: re.Match[str]) -> bool:
    """Whether the speaker is a relative pronoun after a name ("Ana Ruiz, who says she saw
    the crash, calls the story false") and the relative closes before the name's own verb:
    the name's statement is the relative's clause alone and the sentence holds a second
    claim, the name's own ("Ana Ruiz calls the story false"), which the clause splitter
    finds when the whole is not read as her statement."""
    if not match.group("lead") or match.group("speaker").strip().lower() != "who":
        return False
    content = match.group("content")
    for comma in _COMMA_THEN_WORD.finditer(content):
        if grammar.is_finite_start(content[comma.end() :], strict=True):
            return True
    return False


def _lacks_subject(content: str) -> bool:
    """Whether the content after "X said," opens with a verb in lower case: the words
    before the speaker are its subject, not an opening phrase (a middle tag)."""
    return content[:1].islower() and grammar.is_finite_start(content, strict=True)


def _object_has_verb(match: re.Match[str]) -> bool:
    """ "X believes there is no proof that ...", "Local reports revealed Wednesday that":
    the words before "that" hold a verb, so they are a clause, not the person told ("told
    BuzzFeed News", "confirmed reports": names and nouns of saying are no verbs)."""
    told = match.groupdict().get("object")
    if not told:
        return False
    words = grammar.tokens(told)
    if not words:
        return False  # marks alone ("told ... that"): no verb, nor anyone told
    if words[0].islower() and words[0] not in _SAYING_NOUNS and grammar.is_finite_start(told):
        return True
    return any(
        grammar.is_verb(words, index) and words[index].lower() not in _SAYING_NOUNS
        for index in range(1, len(words))
    )


#: Verbs of saying that take a clause without "that" whatever follows them ("said the
#: bridge was closed"); the others of ``_CLAUSE_VERBS`` take objects as often ("claimed
#: the lives of", "added a dimension to", "warned residents not to").
_SAYING_BARE = frozenset(("said", "says", "say", "told"))


#: "said nothing about", "says a lot about", "said little": how much was said (then a
#: preposition or the end), an object; "said nothing had changed" opens a clause.
_SAID_AMOUNT = re.compile(
    r"(?:nothing|little|something|anything|a[ \t]+lot)"
    r"(?:[ \t]+(?:about|of|on|to|for|in|at|else|more|further|publicly)\b|[ \t]*[.,;!]|[ \t]*$)"
)


@lru_cache(maxsize=1)
def _speech_act() -> re.Pattern[str]:
    """ "said goodbye to", "said grace.", "said farewell to the ferry": an act of speech
    (``data/speech_act_objects.txt``) then a preposition or the sentence's end ("said
    goodbyes were hard" states something)."""
    acts = sorted(tables.words("speech_act_objects.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(act).replace(r"\ ", r"[ \t]+") for act in acts)
    return re.compile(
        rf"(?i:{alternatives})(?:[ \t]+(?:to|for|and|as|at|in|on|before|after|with)\b"
        r"|[ \t]*[.;!]|[ \t]*$)"
    )


#: Prepositions that open what a speech was about, never the statement's subject.
_TOPIC_PREPOSITIONS = frozenset(("about", "against"))
#: "about" before a figure is its approximator, and may open the statement's subject
#: ("said about 2,100 staff were affected"; "warned about a revolt" stays a topic): "about",
#: perhaps "a", then the figure's first word.
_ABOUT_A_FIGURE = re.compile(r"about[ \t]+(?:a[ \t]+)?(?P<figure>\d[\d,.]*|[A-Za-z]+)")
#: Forms of "be" that make no finite verb ("300 jobs being at risk").
_NON_FINITE_BE = frozenset(("be", "been", "being"))


def _approximate_subject(content: str) -> bool:
    """Whether ``content`` opens with "about" and a figure, then the figure's noun and a
    finite verb: "about 2,100 staff were hit" is a statement, "about 300 jobs being at
    risk" what was spoken of."""
    figure = _ABOUT_A_FIGURE.match(content)
    if figure is None:
        return False
    written = figure.group("figure")
    if not (tables.is_figure(written.lower()) or written == "half"):
        return False  # "about the fire": what was spoken of
    words = grammar.tokens(content[figure.end() : figure.end() + 120])
    for index in range(1, min(len(words), 6)):
        if grammar.is_verb(words, index):
            return words[index].lower() not in _NON_FINITE_BE
    return False


def _bare_clause(match: re.Match[str]) -> bool:
    """Whether the content after a verb without "that" opens a clause: not with a verb
    ("the shift the report says is a throwback": the verb's subject is before it) or an
    object pronoun; after a verb that also takes an object, a subject and its verb
    (``subject_and_verb``), or a quotation."""
    content = match.group("content")
    if content[:1] in OPEN_QUOTE:
        return _quotation_opens_statement(content)
    if _THAT_OPENING.match(content):
        return True  # "claims that a person ...": a statement
    first = content.split(None, 1)[0]
    if first in OBJECT_PRONOUNS or first in grammar.AUXILIARIES:
        return False  # lower case only: "IS has three planes" names a group
    if first in _TOPIC_PREPOSITIONS:
        # "warned about a revolt should the army leave": what it was about; but "about" an
        # approximate figure may open a subject with its verb ("said about 2,100 staff were
        # hit"; not "warned about 300 jobs being at risk")
        return _approximate_subject(content)
    if first in attribution_verbs() and first not in _SAYING_NOUNS:
        return False  # "The words the mayor said told us little": the verb is "told"
    if _SAID_AMOUNT.match(content):
        return False  # "said nothing about the fire": what was said, no statement
    if _speech_act().match(content):
        return False  # "said goodbye to the crew": an act of speech, no statement
    verb = match.group("verb").split()[0].lower()
    if owns_up(verb, first) and _preposition_or_end(content[len(first) :]):
        # "claimed responsibility for the attack in a message sent to ...": an act; not
        # "claimed responsibility lay with the driver"
        return False
    return verb in _SAYING_BARE or subject_and_verb(content)


def _preposition_or_end(text: str) -> bool:
    """Whether ``text`` opens with a preposition or holds no more words."""
    words = grammar.tokens(text[:40])
    return not words or not words[0].isalnum() or words[0].lower() in _PREPOSITIONS


@lru_cache(maxsize=1)
def _owning_up() -> frozenset[tuple[str, str]]:
    pairs = (line.split() for line in tables.words("owning_up.txt"))
    return frozenset((words[0], words[1]) for words in pairs if len(words) == 2)


def owns_up(verb: str, noun: str) -> bool:
    """Whether ``verb`` and the ``noun`` after it say that a party did an act or owns it
    (``data/owning_up.txt``: "claimed responsibility", "took credit"), not what it said."""
    return (lemmas.verb_lemma(verb.lower()), noun.lower()) in _owning_up()


#: A quotation that opens a content: its words, then the closing mark (if it closes).
_OPENING_QUOTATION = re.compile(r"[\"“‘'](?P<quoted>[^\"“”]*?)(?:[\"”]|$)")


def _quotation_opens_statement(content: str) -> bool:
    """Whether a content that opens with a quotation is a statement: the quotation is the
    whole of it ('said "the pier is shut."', or goes on in the next sentence), or the words
    after it open with a verb (the quotation is its subject: 'told reporters "two boats"
    had sunk'). Not a quoted name or title and a clause of the writer's ('the screen says
    "Harbour Days" as the ferry leaves', 'says "a good day" for one boat'), nor a word in
    -s that may be a plural noun the quotation describes ('"reliable" reports from the
    port show ...': where the statement starts is unclear)."""
    quotation = _OPENING_QUOTATION.match(content)
    if quotation is None:
        return False
    after = content[quotation.end() :].strip(" \t.!?,;\"”’'\ufeff")
    if not after:
        return True
    first = after.split(None, 1)[0].lower()
    if first not in grammar.AUXILIARIES and first.endswith("s"):
        return False
    return grammar.is_finite_start(after, strict=True)


#: Words that end a subject without its verb ("residents to leave", "a name that could").
_NO_SUBJECT_WORDS = frozenset("to if that which who whom when where because , ; :".split())
#: A pronoun and its verb in one word.
_CONTRACTED_SUBJECT = re.compile(
    r"(?i)(?:it|he|she|they|we|i|you|that|there)['’](?:s|re|m|ll|d|ve)$"
)
#: The same as the content's first word ("if someone ..."); "that" may be a subject there.
_NO_SUBJECT_OPENERS = _NO_SUBJECT_WORDS - {"that"}


def subject_and_verb(text: str) -> bool:
    """Whether ``text`` opens with a short subject and its verb ("steel versions will
    cost", "the pair met"), not with an object ("the lives of six people and left",
    "residents to leave", "a dimension to the race")."""
    words = grammar.tokens(text)
    if not words or words[0].lower() in _PREPOSITIONS or words[0].lower() in _NO_SUBJECT_OPENERS:
        return False
    if _CONTRACTED_SUBJECT.match(words[0]):
        return True  # "it's the fastest chip", "they're leaving"
    for index in range(1, min(len(words), 9)):
        if words[index] == "," and _thousands_comma(words, index):
            continue  # "said 2,100 staff were hit": the comma is the figure's
        if _noun_after_thousands(words, index):
            continue  # "claimed more than 1,400 lives": the figure's noun, no verb "live"
        if words[index].lower() in _NO_SUBJECT_WORDS:
            return False
        if grammar.is_verb(words, index):
            return words[index - 1].lower() not in ("and", "or")
    return False


def _noun_after_thousands(words: tuple[str, ...], index: int) -> bool:
    """Whether ``words[index]`` is an -s form right after a figure with its thousands
    ("1", ",", "400", "lives"): the figure's noun, as after a plural quantifier."""
    word = words[index]
    return (
        index >= 3
        and word.endswith("s")
        and word.lower() not in grammar.AUXILIARIES
        and _thousands_comma(words, index - 2)
    )


def _thousands_comma(words: tuple[str, ...], index: int) -> bool:
    """Whether the comma ``words[index]`` separates a figure's thousands ("2", ",", "100")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return words[index - 1].isdigit() and len(following) == 3 and following.isdigit()


#: Words that open the content when the verb was a noun ("reports of an attack", "the
#: reports in the press"): no clause opens with them.
_PREPOSITIONS = frozenset("of in on at by for with from into to as than after before".split())
#: Words after an -ed form that make it a participle in a noun phrase ("the man held in
#: the raid", "his death in a statement posted on ..."), not the clause's verb.
_PARTICIPLE_PHRASE = frozenset(
    "in on at by for with from into after during near as monday tuesday wednesday thursday "
    "friday saturday sunday yesterday today last earlier".split()
)
#: Words that make a subject a relative clause's ("the site where members had asked").
_RELATIVES = frozenset("where when whom whose what why how".split())


#: A determiner and one noun at the start of a checked content ("the story 12 guests ...").
_NOUN_FIRST = re.compile(r"(?:the|a|an)[ \t]+(?P<noun>[a-z]+)[ \t]+")


def _past_the_content_noun(text: str, start: int) -> int:
    """Where a checked content starts past a noun of news that it follows without "that"
    ("reported the story 12 guests fell ill": "12 guests fell ill"), or ``start``. Only
    when a clause opens after the noun: "confirmed the report was accurate" has the noun
    as its subject."""
    noun = _NOUN_FIRST.match(text, start)
    if noun is None or noun.group("noun") not in tables.words("content_nouns.txt"):
        return start
    rest = text[noun.end() :]
    return noun.end() if _opens_clause(rest) else start


def _opens_clause(text: str) -> bool:
    """Whether ``text`` opens with a subject and its finite verb ("the fighters received the
    airdrop", "it has interviewed"), not with an object ("the arrest of two men", "plans
    to ..."). The subject is short and holds no relative word; a verb after "and" is the
    speaker's second one ("confirmed the death and said ..."); a verb other than an
    auxiliary must follow a subject without a preposition: "his death in a statement
    posted online" has no clause."""
    words = grammar.tokens(text)
    if not words or words[0].lower() in _PREPOSITIONS or not grammar.clause_verb_is_firm(text):
        return False
    for index in range(1, min(len(words), 12)):
        if grammar.is_verb(words, index):
            subject = {word.lower() for word in words[1:index]}
            if not subject.isdisjoint(_RELATIVES) or words[index - 1].lower() in (
                "and",
                "or",
                "to",
            ):
                return False  # "and said ...": the speaker's second verb; "to be": no clause
            if words[index].lower() in grammar.AUXILIARIES:
                return True
            after = words[index + 1].lower() if index + 1 < len(words) else ""
            if grammar.is_past_participle(words[index]) and after in _PARTICIPLE_PHRASE:
                return False  # "confirmed the man held in the raid": a participle
            return index <= 5 and subject.isdisjoint(_PARTICIPLE_PHRASE)
    return False


#: Speakers of a checked clause: not a phrase that opens with a preposition or a
#: subordinating word ("In a post Ruiz admitted her mistake"), nor one that ends in a
#: determiner or "never" ("The alleged plot", "Most confirmed cases", "X never confirmed"),
#: nor a passive "We're told ...".
_SUBORDINATORS = (
    r"(?:after|before|since|until|unless|although|though|while|when|if|because|as|where)"
)
_NOT_A_CHECKED_SPEAKER = re.compile(
    r"^(?i:in|on|at(?![ \t]least\b)|during|amid|despite|following|no|none|neither|"
    rf"{_SUBORDINATORS})\b"
    # "The release comes a day after rebels declared ...": a clause before the verb
    rf"|(?<=[ \t]){_SUBORDINATORS}(?=[ \t])"
    r"|\b(?i:the|a|an|its|their|his|her|this|these|those|most|never|not)$|(?:'|’)(?:re|m)$"
)


#: "told judges how their mother ...": a question word ends the person told.
_WH_WORD = re.compile(r"\b(?:how|what|why|where|when|whether|who|if|about)\b", re.I)


def _checked_between(match: re.Match[str]) -> bool:
    """Whether the words between a checked verb and its clause are the person told or a
    time: no verb or question word in the person told ("told judges how ...", "We're told
    he passed away in the city"), no place or medium after the verb ("writes in a post
    she put up": the clause is the post's relative)."""
    told = match.groupdict().get("object") or ""
    if _WH_WORD.search(told) is not None or grammar.has_verb(told):
        return False
    tail = match.group("tail") if "tail" in match.re.groupindex else ""
    return _WH_WORD.search(tail or "") is None and not _PLACE_TAIL.match(tail or "")


_PLACE_TAIL = re.compile(r"(?<![ \t])[ \t]*(?:in|at|from|during)\b")


def _checked_speaker(speaker: str) -> bool:
    """Whether the words before a checked verb read as its speaker (see
    ``_NOT_A_CHECKED_SPEAKER``), with no verb of their own but a base form: "Jordan
    stepped up attacks after the group announced ..." is a clause ("the paper's report"
    is a name: a base form after a possessive is read as a noun here)."""
    if _NOT_A_CHECKED_SPEAKER.search(speaker) or speaker.strip().lower() in ADVERBS:
        return False
    words = grammar.tokens(speaker)
    return not any(
        grammar.is_verb(words, index) and grammar.verb_form(words[index]) != "base"
        for index in range(1, len(words))
    )


#: The mark that closes a quotation opened by each mark.
_CLOSING_MARK = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _quotation_runs_into_speaker(
    text: str, speaker_span: tuple[int, int], content_span: tuple[int, int]
) -> bool:
    """Whether the quotation that opens the content is still open where the speaker starts
    and closes inside the speaker's words ("'It's hard, absolutely solid as a brick' the
    friends said": "absolutely solid ..." is quoted, no speaker). A mark closed before the
    speaker ("'...,' said the Smiths' lawyer") leaves the possessive alone."""
    closing = _CLOSING_MARK.get(text[content_span[0] : content_span[0] + 1])
    if closing is None or speaker_span[0] < content_span[1]:
        return False
    raw = text[speaker_span[0] : speaker_span[1]]
    inner = raw.lstrip(" \t,.!?" + _CLOSE_QUOTE + closing)
    if closing in text[content_span[1] : speaker_span[0]] + raw[: len(raw) - len(inner)]:
        return False
    return f"{closing} " in inner


def _result(
    text: str,
    speaker_span: tuple[int, int],
    content_span: tuple[int, int],
    verb: str,
    verb_span: tuple[int, int] = (0, 0),
    tail_span: tuple[int, int] = (0, 0),
) -> Attribution | None:
    raw = text[speaker_span[0] : speaker_span[1]]
    if _quotation_runs_into_speaker(text, speaker_span, content_span):
        return None  # "'It's hard, absolutely solid' the friends said": the quotation's end
    speaker = clean_speaker(raw)
    if speaker is None:
        return None
    hedge = second_hand(raw) or unnamed_reports(speaker)
    if verb != "according to" and len(speaker) > _SHORT_SPEAKER and grammar.has_verb(speaker):
        return None  # a long run of words with a verb before "said" is a clause, not a name
    cue = verb.lower() if verb == "according to" else verb.lower().split()[0]
    if cue in ("found", "showed", "shows") or (
        cue in _NOUN_VERBS and (_ends_in_determiner(speaker) or holds_a_clause(speaker))
    ):
        # "..., one of his sources disputed their claims", "Her claims contradict police
        # claims, which ...": a noun, not a verb of saying
        return None
    start, end, quoted = unquote(text, *content_span)
    if end - start < 8:
        return None
    if cue in _QUESTION_VERBS and not text[start:end].rstrip(" \t\"”’'").endswith("?"):
        return None  # "the neighbours never asked": no question reported
    # '..., ” the director said': a closing mark between content and speaker.
    between = text[content_span[1] : speaker_span[0]] if speaker_span[0] >= content_span[1] else ""
    quoted = quoted or any(mark in between for mark in "\"”’'")
    hedged = attribution_verbs().get(cue, False)
    tail_span = trimmed(text, tail_span)
    if verb_span[1] and verb_span[1] <= start:
        hedge = hedge or _rumour_passed_on(cue, text[verb_span[1] : start])
    return Attribution(
        speaker,
        cue,
        start,
        end,
        quoted,
        hedged or hedge is not None,
        trimmed(text, speaker_span),
        verb_span,
        tail_span,
        hedge=hedge,
    )


def _rumour_passed_on(cue: str, between: str) -> str | None:
    """The word of reports or rumours the speaker passed on, between the verb and "that"
    ("reported on rumours that ...", "said it was looking into reports that ..."; the heads
    of data/unnamed_report_speakers.txt), or None. A speaker who confirms the reports
    vouches for them ("confirmed reports that ..."), and the reports named after the
    statement ('..., she said when asked about the reports') are not what it rests on."""
    words = _WORD.findall(between.lower())
    if len(words) < 2 or words[-1] != "that" or cue in tables.words("confirming_verbs.txt"):
        return None
    heads = tables.sections("unnamed_report_speakers.txt")["heads"]
    return next((w for w in words if w in heads), None)


#: Speakers longer than this may not hold a verb ("the Deputy Director of Coastal Planning
#: and Harbour Works Ana Maria Ruiz-Ortega" holds none; a clause read as a speaker does).
_SHORT_SPEAKER = 60


def unquote(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Content inside quotation marks is a direct quotation; the marks are not content."""
    while end > start and text[end - 1] in " \t,":
        end -= 1
    while start < end and text[start] in " \t\u00a0":
        start += 1  # 'said, \u00a0 " There is ...': the mark after the blanks opens it
    quoted = False
    if start < end and text[start] in OPEN_QUOTE and text[end - 1] in _CLOSE_QUOTE:
        start, end, quoted = start + 1, end - 1, True
    elif start < end and text[start] in '"“' and text.count("”", start, end) == 0:
        start, quoted = start + 1, True
    elif text[start : start + 1] in ("‘", "'") and text[start + 1 : start + 2].isupper():
        # "told the paper: 'The island ..." a single mark before a capital opens a quotation
        # that goes on in the next sentence ("'90s" or "'em" is no quotation)
        start, quoted = start + 1, True
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end, quoted
