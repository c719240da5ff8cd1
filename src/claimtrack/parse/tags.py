"""Speaker tags that cut into a statement or follow it, read around ``find_attribution``.

- ``find_interruption``: '"Is it fair," Judge Ortiz asked, "that ...?"': a quotation cut
  in two by its tag; ``find_middle_tag``: 'The bridge, the mayor said, will reopen': a tag
  between two commas. Both give an ``Interruption``: the speaker and the spans to cut.
- ``find_addition``: '"...," Ana Ruiz said, adding "..."': a second statement of the same
  speaker (``Addition``).
- ``find_speaker_act``: "X said <statement>, but declined to comment": where the statement
  ends and the speaker's own act starts (``SpeakerAct``).

Each builds on ``parse.attribution`` (its ``Attribution`` and finders) and on the speaker
cleaning of ``parse.speakers``; neither imports from here. ``parse.build`` calls them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import grammar, referents, tables
from claimtrack.parse.attribution import (
    ADVERBS,
    DESCRIPTION_RELATIVE,
    INVERTED_TAG_VERBS,
    OPEN_QUOTE,
    TELL_VERBS,
    Attribution,
    find_attribution,
    subject_and_verb,
    unquote,
)
from claimtrack.parse.sentences import quote_balance
from claimtrack.parse.speakers import SUBJECT_PRONOUNS, attribution_verbs, clean_speaker, trimmed


class Interruption(NamedTuple):
    """'"Is it fair," Judge Ortiz asked, "that the county paid less?"': a quotation cut in
    two by its speaker. ``cuts`` are the spans to remove from the text (the later first)
    to rejoin the two halves with one blank; ``attribution`` is the speaker, its content
    the rejoined quotation's words."""

    cuts: tuple[tuple[int, int], ...]
    attribution: Attribution


#: A quotation, a comma and its closing mark, the speaker and verb, a comma and the
#: quotation's second half (bounded, without marks inside: linear time).
_INTERRUPTED = re.compile(
    r"[ \t]*[“\"](?P<first>[^“”\"]{2,400}?),[”\"](?P<tag>[ \t]+(?P<middle>[^“”\",]{2,80}?),)"
    r"[ \t]+(?P<open>[“\"])(?P<second>[^“”\"]{2,600}?)[”\"]?[ \t]*$"
)


def find_interruption(text: str) -> Interruption | None:
    """The speaker of a quotation interrupted by its speaker tag, and where the tag stands."""
    if text.lstrip(" \t")[:1] not in '“"':
        return None  # most sentences: one test
    match = _INTERRUPTED.match(text)
    if match is None:
        return None
    found = _middle_speaker(match.group("middle"))
    if found is None:
        return None
    speaker, verb = found
    # '“This budget,” she declared, “ends ...”' -> '“This budget ends ...”'
    tag = (match.end("first"), match.end("tag"))
    mark = match.span("open")
    start = match.start("first")
    end = start + (tag[0] - start) + (match.end("second") - mark[0])
    hedged = attribution_verbs().get(verb, False)
    return Interruption((mark, tag), Attribution(speaker, verb, start, end, True, hedged))


def _middle_speaker(middle: str) -> tuple[str, str] | None:
    """(speaker, verb) of "Judge Ortiz asked Ms. Wynn" / "he declared" / "said Ms. Wynn"."""
    words = middle.split()
    for index, word in enumerate(words):
        verb = word.lower()
        if verb not in attribution_verbs():
            continue
        before, after = " ".join(words[:index]), " ".join(words[index + 1 :])
        if before and len(words) - index - 1 <= 4:
            speaker = clean_speaker(before)  # "she declared", "Judge Ortiz asked Ms. Wynn"
        elif not before:
            speaker = clean_speaker(after)  # "said Ms. Wynn"
        else:
            return None
        if speaker is None or grammar.has_verb(speaker):
            return None
        return speaker, verb
    return None


@lru_cache(maxsize=1)
def _middle_tag_verbs() -> frozenset[str]:
    return tables.words("middle_tag_verbs.txt")


#: First words after a middle tag that go on with the words before it, so the comma
#: before the tag goes out with it: "They met, she said, at noon" -> "They met at noon".
_GOES_ON = frozenset(
    "that when because as after before until if about to in on at of for with from than".split()
)
#: First words of a speaker that make the words a clause, not a tag ("and police said").
_NOT_TAG_START = frozenset(
    "and or but so which who whom whose that when while if because although though since "
    "after before until where what how why".split()
)
#: First words after a middle tag that do not go on with the statement: a relative about
#: the speaker ("..., Ruiz says, who has ..."), the writer's contrast ("..., X said,
#: although the port denied it"; "..., X claims, but the ministry called it false").
_NOT_STATEMENT_START = frozenset(
    "who whom whose which although though whereas while despite but".split()
)
#: Words after the verb of a middle tag: the person told or when ("told the paper on Monday").
_MAX_TAG_TAIL = 6


def find_middle_tag(text: str) -> Interruption | None:
    """'The bridge, the mayor said, will reopen in May': a speaker tag between two commas
    inside a sentence that has no speaker otherwise. The sentence without the tag is the
    speaker's statement; ``cuts`` holds the one span to remove (with the comma before
    the tag when the words after it go on with those before it)."""
    words = tables.text_words(text).words
    if "according" in words:
        found = _according_middle(text)
        if found is not None:
            return found
    if _middle_tag_verbs().isdisjoint(words):
        return None  # most sentences: a set test
    if ',"' in text or ",”" in text:
        found = _tag_after_a_quoted_phrase(text)
        if found is not None:
            return found
    comma = text.find(", ")
    while comma >= 0:
        following = text.find(",", comma + 2, comma + 90)
        if following < 0:
            comma = text.find(", ", comma + 2)
            continue
        found = _middle_tag_at(text, comma, following)
        if found is not None:
            return found
        comma = text.find(", ", comma + 2)
    return None


_TAG_BREAK = re.compile(r"[:;\"“”]")

#: ", according to the ministry, " inside a sentence: the source between two commas.
_ACCORDING_MIDDLE = re.compile(
    r",[ \t]+according[ \t]+to[ \t]+(?P<speaker>[^,;:\"“”()—–]{2,90}?),[ \t]+(?=\S)", re.I
)
#: A clause joined to another before it: ", and the club", ", but he".
_JOINED_CLAUSE = re.compile(r",[ \t]+(?:and|but|or|yet)[ \t]")
#: Words that end the words before a middle "according to" and open a clause of their
#: own ("a sauna where, according to police, they ..."): the source's statement is that
#: clause alone, not the sentence.
_SUBORDINATE_ENDS = frozenset("which who whom whose where when that because while if".split())
#: Words opening what follows a middle "according to" after a clause that describe the
#: source, not the statement ("..., according to SITE, an analyst group", "..., according
#: to reports, including the Ledger"; ``find_attribution`` reads a description that ends
#: the sentence), or open a clause of the writer's ("..., however the crew ...").
_SOURCE_DESCRIPTION_START = frozenset("a an the its his her their our including however".split())


def _according_middle(text: str) -> Interruption | None:
    """'Rats, according to the survey, live in every house', 'Now, according to the
    paper, the fee will rise', 'The firm counted 40 staff, according to its report, up 8
    percent': the source between two commas inside the statement, cut out as a middle tag
    is. Either the words before are a subject or an opening phrase without a verb and
    those after its clause, or the words before are the clause and those after go on with
    it without a clause of their own; not two clauses (the source's is only one of them)."""
    for match in _ACCORDING_MIDDLE.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if not before.strip() or len(after.split()) < 2:
            continue
        first_after = after.split(None, 1)[0].lower().strip(",")
        last_before = before.rsplit(None, 1)[-1].lower()
        if first_after in _NOT_STATEMENT_START or last_before in _SUBORDINATE_ENDS:
            continue
        if first_after.endswith("ing") or last_before in ("and", "or"):
            # "..., according to X, calling it ...": whose act, the tag does not tell;
            # "X is 45 and, according to Y, paid ...": the source's is the second part
            continue
        if _JOINED_CLAUSE.search(before):
            continue  # "X left, and the club, according to Y, says ...": Y's is the second
        # "Rats, ..., live", "What is true, ..., is that ...": the subject's verb follows
        verb_follows = first_after in grammar.AUXILIARIES or _verb_follows(before, after)
        if verb_follows and grammar.has_verb(before) and not DESCRIPTION_RELATIVE.search(before):
            continue  # a clause before, and a verb after: no subject the verb goes on with
        clause_before = grammar.has_verb(before) and not verb_follows
        if clause_before and (
            not after[:1].islower()  # "..., according to his lawyer, Ana Ruiz.": her name
            or first_after in _SOURCE_DESCRIPTION_START
            or (first_after not in _GOES_ON and grammar.has_verb(after))
        ):
            continue  # the source's description, or two clauses ("X fell, ..., and Z rose")
        if not clause_before and not grammar.has_verb(after):
            continue  # no statement on either side
        speaker = clean_speaker(match.group("speaker"))
        if speaker is None or grammar.has_verb(speaker):
            continue
        # "Rats, ..., live": the subject's verb goes on; "After the storm, ..., the crew
        # left": an opening phrase keeps its comma, as a clause before a phrase does
        goes_on = first_after in _GOES_ON or verb_follows
        start = match.start() if goes_on else match.start() + 1
        cut = (start, match.end() - 1)
        joined = text[:start] + text[cut[1] :]
        # the source's place in the sentence as written: after the statement's start, so a
        # pronoun opening the statement is not read as the source ("Her father, according
        # to Ruiz, ...")
        attribution = Attribution(
            speaker,
            "according to",
            0,
            len(joined.rstrip()),
            False,
            False,
            trimmed(text, match.span("speaker")),
        )
        return Interruption((cut,), attribution)
    return None


#: A quotation's comma inside its closing mark, then a blank: '"full refund," he says, ...'.
_QUOTED_COMMA = re.compile(r",[”\"][ \t]")


def _tag_after_a_quoted_phrase(text: str) -> Interruption | None:
    """'The phrase "full refund," he says, means ...': a middle tag after a quoted phrase
    whose comma stands inside its closing mark. Only a phrase quoted inside the sentence:
    a sentence that opens with its quotation ('"It is shut," he said, ...') is the
    quotation's own statement and tag."""
    for match in _QUOTED_COMMA.finditer(text):
        comma = match.start()
        opening = max(text.rfind("“", 0, comma), text.rfind('"', 0, comma))
        if opening <= 0 or not text[:opening].strip():
            continue
        following = text.find(",", match.end(), match.end() + 90)
        if following > 0:
            found = _middle_tag_at(text, comma, following, quoted=True)
            if found is not None:
                return found
    return None


def _middle_tag_at(
    text: str, comma: int, following: int, quoted: bool = False
) -> Interruption | None:
    """``find_middle_tag`` for the words between the commas at ``comma`` and ``following``
    (``quoted``: a closing quotation mark stands right after the first comma)."""
    middle = text[comma + 2 if quoted else comma + 1 : following]
    if _TAG_BREAK.search(middle):
        return None  # 'X says to her: "Dude': a quotation opens inside, no tag
    words = middle.split()
    verbs = [i for i, word in enumerate(words) if word.lower() in _middle_tag_verbs()]
    if len(verbs) != 1:
        return None
    index = verbs[0]
    before, after = text[:comma], text[following + 1 :].lstrip(" \t")
    # "adding," as "adding": the punctuation after a word is no part of it
    first_after = after.split(None, 1)[0].lower().rstrip(",;:") if after.split() else ""
    if (
        not before.strip()
        or len(after.split()) < 2
        or first_after in _NOT_STATEMENT_START
        or first_after in attribution_verbs()  # "..., others told a story, said Ana Ruiz": hers
        or after[:1] in OPEN_QUOTE  # 'X said, "...': the quotation is the statement
        # "..., X said, calling it ...": whose act the participle is, the tag does not tell;
        # an event's participle goes on with the event ("..., X said, flooding 40 homes")
        or (
            first_after.endswith("ing")
            and first_after != "including"
            and first_after not in tables.words("event_participles.txt")
        )
    ):
        return None
    speaker = _tag_speaker(words, index, before, after)
    if speaker is None or not _statement_around(before, after):
        return None
    goes_on = _goes_on(before, after, first_after)
    if quoted:
        # the tag goes, the closing mark stays; its comma goes when the words go on or
        # the quoted phrase ends a subject ('The phrase "full refund" likely means')
        cuts: tuple[tuple[int, int], ...] = ((comma + 2, following + 1),)
        if goes_on or not grammar.has_verb(before):
            cuts = (*cuts, (comma, comma + 1))
    else:
        cuts = ((comma if goes_on else comma + 1, following + 1),)
    joined = text
    for start, end in cuts:
        joined = joined[:start] + joined[end:]
    verb = words[index].lower()
    attribution = Attribution(
        speaker, verb, 0, len(joined.rstrip()), False, attribution_verbs().get(verb, False)
    )
    return Interruption(cuts, attribution)


#: What may follow the verb of a middle tag other than "told": when or where it was said,
#: or to whom ("explained to the court").
_TAG_TAIL = re.compile(
    r"(?:on|in|at|to|during|last|this|early|late|earlier|later|yesterday|today|tonight|"
    r"overnight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


#: The person told in a middle tag, perhaps with when: "reporters", "the paper", "Ana
#: Ruiz", "us on Monday".
_PERSON_TOLD = re.compile(
    r"(?:reporters|journalists|me|us|him|her|them|(?:the|a|an)[ \t]+[\w’'-]+(?:[ \t]+[\w’'-]+)?"
    r"|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})"
    rf"(?:[ \t]+{_TAG_TAIL.pattern}.*)?"
)


def _tag_speaker(words: list[str], index: int, before: str, after: str) -> str | None:
    """The speaker of a middle tag's words: "the mayor said (on Monday)", "Ruiz told the
    paper" or "said Ana Ruiz" (only before the statement's verb or a word that goes on
    with a clause: in "..., said Ana Ruiz, a spokeswoman" the words after are hers)."""
    head = words[:index]
    while head and head[-1].lower() in ADVERBS:
        head.pop()
    verb = words[index].lower()
    tail = " ".join(words[index + 1 :])
    if head:
        if len(words) - index - 1 > _MAX_TAG_TAIL or head[0].lower() in _NOT_TAG_START:
            return None
        if (verb in TELL_VERBS and not tail) or grammar.has_verb(tail):
            return None  # "told" needs the person told; "said it was": a clause
        if verb not in TELL_VERBS and tail and not _TAG_TAIL.match(tail):
            return None  # "confirmed it as shower-proof": an object, not when
        if verb in TELL_VERBS and not _PERSON_TOLD.fullmatch(tail):
            return None  # "told us a lot about its design": what was told, no tag
        raw = " ".join(head)
    elif index == 0 and verb in INVERTED_TAG_VERBS and _verb_follows(before, after):
        raw = tail
    elif index == 0 and verb in INVERTED_TAG_VERBS and grammar.has_verb(before):
        raw = tail if after.split(None, 1)[0].lower() in _GOES_ON else ""
    else:
        return None
    speaker = clean_speaker(raw) if raw else None
    if (
        speaker is None
        or grammar.has_verb(speaker)
        or speaker.lower() in ADVERBS
        or speaker.endswith(("'s", "’s"))  # "Ruiz's claims, ...": a noun, no tag
    ):
        return None
    return speaker


def _verb_follows(before: str, after: str) -> bool:
    """Whether ``after`` opens with the verb of a subject that ends ``before`` ("The
    militants, he said, fight at night": "fight" is the militants')."""
    last = before.rsplit(None, 1)[-1]
    return after[:1].islower() and grammar.is_verb(grammar.tokens(f"{last} {after}"), 1)


def _statement_around(before: str, after: str) -> bool:
    """Whether the words around a middle tag make a statement: a clause before it (then
    the words after go on with it), a subject before it and its verb after, or an
    opening phrase before a clause ("As part of the deal, X said, the talks will ...").
    Not "Dr. Ruiz, a surgeon at the clinic told the Ledger, a weekly ...": the words
    after describe the person told."""
    return grammar.has_verb(before) or _verb_follows(before, after) or subject_and_verb(after)


def _goes_on(before: str, after: str, first_after: str) -> bool:
    """Whether the words after a middle tag continue those before it without a comma: a
    verb after a subject ("The bridge, she said, will reopen"), a conjunction or
    preposition ("that", "about"), or after a joining or subordinating word ("heavy and,
    she said, wet", "because, police said, a heater was left on").
    Not "and" or "but" after the tag: the comma before them splits the clauses."""
    last_before = before.rsplit(None, 1)[-1].lower()
    return (
        first_after in _GOES_ON
        or first_after in grammar.AUXILIARIES  # "The murder, she said, was ..."
        or last_before in ("and", "or", "but")
        # "the drain, where, Ashe suggests, it had been dropped": the clause it opens
        or last_before in _SUBORDINATE_ENDS
        or last_before in grammar.AUXILIARIES  # "Parents should, he said, act"
        or (not grammar.has_verb(before) and _verb_follows(before, after))
    )


class Addition(NamedTuple):
    """'"...," Ana Ruiz said on Monday, adding "..."': a quotation with its speaker, then
    a second statement the same speaker made. ``cut`` is where the participle starts (the
    first statement's text ends there) and ``rest`` where the second statement starts."""

    cut: int
    rest: int
    first: Attribution
    second: Attribution


#: ", adding (that) ...", ", saying ...": a participle that reports more of what was said.
_ADDING = re.compile(
    r",[ \t]+(?P<verb>adding|saying|noting|explaining|insisting|warning)"
    # ', adding: "..."' and ', adding, "..."': a colon or a comma only before a quotation;
    # "saying rather that ...", "adding also that ...": one adverb before "that"
    r"(?:[ \t]+(?:(?:rather|also|again|instead)[ \t]+that[ \t]+|that[ \t]+)?"
    r"|[:,][ \t]+(?=[\"“]))"
)
#: Participles that report the speaker's own words after "X said A" as well.
_SPEAKERS_OWN = frozenset(("adding", "noting"))
_REPORTED = {
    "adding": "added",
    "saying": "said",
    "noting": "noted",
    "explaining": "explained",
    "insisting": "insisted",
    "warning": "warned",
}


def find_addition(text: str) -> Addition | None:
    """A statement with its speaker ('"...," X said', or "X said ..." before "adding" or
    "noting") and a participle after it that reports a second statement of theirs
    (', adding "..."')."""
    first = _ADDING.search(text)
    if first is None:
        return None  # most sentences: one search in C, no iterator
    for match in _ADDING.finditer(text, first.start()):
        head = text[: match.start()]
        found = find_attribution(head)
        if found is None:
            continue
        # '"...," X said ..., adding', "The port shut, X said on Friday, saying ...": the
        # participle follows the tag, so its doer is the tag's speaker. Unquoted, only a
        # tag in its plain order: "The Times, which ran ..., acknowledged its mistake,
        # saying ..." is no "..., said X" with the speaker "its mistake"
        after = found.content_end <= found.speaker_span[0] and (
            found.quoted or found.speaker_span[1] <= found.verb_span[0]
        )
        if (
            not after
            and match.group("verb") not in _SPEAKERS_OWN
            and (match.group("verb") != "saying" or not _thing_said(found, head))
        ):
            continue  # "X said the army entered, saying ...": the army may be the one saying
        start, end, quoted = unquote(text, match.end(), len(text.rstrip(" \t.!")))
        end = len(text[:end].rstrip(" \t.!\"”’'"))
        if end - start < 8:
            return None
        verb = _REPORTED[match.group("verb")]
        hedged = attribution_verbs().get(verb, False)
        second = Attribution(
            found.speaker, verb, start - match.end(), end - match.end(), quoted, hedged
        )
        return Addition(match.start(), match.end(), found, second)
    return None


class SpeakerAct(NamedTuple):
    """'X said <statement>, but <act>': the statement ends at ``cut`` (before the joiner);
    the speaker's own act starts at ``start``, without its subject. ``states``: the act is
    a further statement ("added that ...", "and said ..."), not a refusal to tell
    ("declined to say")."""

    cut: int
    start: int
    states: bool


#: "did not", "would not", "can't", "cannot": a negated auxiliary before a refusal to tell.
_NEGATED_AUX = (
    r"(?:(?:did|does|do|would|could|can|will)[ \t]+not|(?:did|does|do|would|could|ca|wo)n['’]t"
    r"|cannot)[ \t]+(?:immediately[ \t]+)?"
)


@lru_cache(maxsize=1)
def _speaker_act_pattern() -> re.Pattern[str]:
    """The joiner and the speaker's act after a statement: "but" or "and", then an act of
    ``data/speaker_acts.txt`` or a verb of saying with "that"."""
    acts = tables.sections("speaker_acts.txt")
    withholds = acts["withholds"]
    directs = _alternation(acts["directs"])
    states = _alternation(acts["states"])
    plain = _alternation(frozenset(a for a in withholds if not a.startswith("not ")))
    refusals = _alternation(frozenset(a[4:] for a in withholds if a.startswith("not ")))
    saying = _alternation(frozenset(attribution_verbs()))
    return re.compile(
        r",?[ \t]+(?:but|and)[ \t]+(?P<act>(?:(?:also|later|then)[ \t]+)?"
        rf"(?:(?P<states>{states}|{saying}[ \t]+that)|{plain}|{_NEGATED_AUX}{refusals}"
        rf"|(?P<bare>said|says|told|claimed|claims|insisted|alleged|argued|warned|admitted)"
        rf"|(?P<directs>{directs})))"
        r"(?![\w'’-])"
    )


@lru_cache(maxsize=1)
def _own_act_pattern() -> re.Pattern[str]:
    """A speaker's act with its subject left out, where a clause starts: what
    ``_speaker_act_pattern`` reads after "but" or "and", without the joiner, the bare verbs
    and the directions ("did not say why", "gave no reason", "added that ...")."""
    acts = tables.sections("speaker_acts.txt")
    withholds = acts["withholds"]
    states = _alternation(acts["states"])
    plain = _alternation(frozenset(a for a in withholds if not a.startswith("not ")))
    refusals = _alternation(frozenset(a[4:] for a in withholds if a.startswith("not ")))
    saying = _alternation(frozenset(attribution_verbs()))
    return re.compile(
        r"(?:(?:also|later|then)[ \t]+)?"
        rf"(?:{states}|{saying}[ \t]+that|{plain}|{_NEGATED_AUX}{refusals})(?![\w'’-])"
    )


def tells_speakers_act(text: str) -> bool:
    """Whether ``text``, a clause with its subject taken off, opens with an act only a
    speaker does ("did not say why", "declined to comment", "gave no reason", "stressed
    ..."): the subject left out is the one who was speaking."""
    return _own_act_pattern().match(text) is not None


#: Verbs of a statement that a past act after "and" cannot share: a modal (backshifted
#: "could", "would" too: "could go on and urged" is no "could urge") or a present form.
_UNSHARED_TENSE = frozenset(
    "can could may might must shall should will would is are has have does do".split()
)


def _act_at_the_saying(statement: str, joiner: str) -> bool:
    """Whether the tense of the first verb of ``statement`` leaves a past act after it
    ("and urged ...") to the speaker: a modal or a present ("that tremors could go on"),
    which the act cannot go on, or a backshifted "had" that a comma closes ("said that fires
    had doubled, and urged ..."): the "had" tells what was so before the saying, the act
    set off after it is at the time of "said". Without the comma ("said the man had fled
    and hid in a barn") the act may go on the statement."""
    verb = grammar.first_verb(statement.removeprefix("that ").lstrip())
    if verb is None:
        return False
    lower = verb.lower()
    return lower in _UNSHARED_TENSE or (lower == "had" and joiner.startswith(","))


#: Words that open a statement's subject that cannot be the one who "said" next: "the",
#: "a", a possessive ("its", "the bridge's" is read by the head noun).
_THING_OPENERS = frozenset("the a an its this that no every each".split())


#: How the head nouns of people and their groups often end ("gunman", "driver", "activist",
#: "resident", "suspect", "detective"): a subject with one of them may be the one "saying".
_PEOPLE_ENDINGS = ("man", "men", "person", "er", "ers", "or", "ors", "ist", "ists", "ian")
_PEOPLE_ENDINGS_TOO = ("ians", "ant", "ants", "ent", "ents", "ee", "ees", "ect", "ive", "ives")


def _thing_said(found: Attribution, text: str) -> bool:
    """Whether the reported statement of ``found`` (in ``text``, before ", saying") is about
    a thing or opens with "it", which does not go on "saying ..." itself: "Ruiz argued that it
    did not breach the rules, saying ..." and "X said the plan was sound, saying ..." tell
    what Ruiz and X said; "X said the driver fled, saying ..." may be the driver's words."""
    body = text[found.content_start : found.content_end].removeprefix("that ").lstrip()
    if body[:3] in ("it ", "It "):
        return True
    end = grammar.subject_end(body)
    head = body[:end].split()[-1:] if end > 0 else []
    if not head or head[0].endswith(_PEOPLE_ENDINGS + _PEOPLE_ENDINGS_TOO):
        return False
    if referents.may_speak(head[0]):
        return False  # "X said the army entered the city, saying ...": the army may say it
    return _subject_cannot_speak(body)


def _subject_cannot_speak(statement: str) -> bool:
    """Whether the subject of ``statement`` ("the bridge was safe") is no one who could be
    the doer of a bare "and said ..." after it: a lower-case noun phrase after "the", "a",
    "its" ..., whose head is singular and no person's noun or title, in a statement with no
    comma ("the man stopped, turned and said ..." is a run of the man's own acts)."""
    if "," in statement:
        return False
    body = statement.removeprefix("that ").lstrip()
    end = grammar.subject_end(body)
    if end <= 0:
        return False
    words = body[:end].split()
    if words and words[0].lower() not in _THING_OPENERS:
        # no determiner: a mass noun ("patient safety was the first priority and urged ...")
        # is a thing, a group's noun ("police", "staff") may speak
        return _mass_noun_subject(words)
    if not 2 <= len(words) <= 5:
        return False
    if not all(word.islower() for word in words[1:]):
        return False  # "the Ruiz family", "a Navy diver": a name may speak
    head = words[-1]
    return not words[-1].endswith("s") and not referents.is_person_noun(head)


#: Pronouns of people that may be the doers of an act after the statement.
_PEOPLE_PRONOUNS = frozenset(
    "everyone everybody someone somebody anyone anybody nobody none one all".split()
)


def _mass_noun_subject(words: list[str]) -> bool:
    """Whether a subject with no determiner ("public safety", "security") is a thing's:
    one to three lower-case words, a head with no plural -s that names no person, group or
    institution, and no pronoun ("they", "everyone" may be the doers)."""
    if not 1 <= len(words) <= 3 or not all(word.isalpha() and word.islower() for word in words):
        return False
    head = words[-1]
    if head.endswith("s") or head in SUBJECT_PRONOUNS or head in _PEOPLE_PRONOUNS:
        return False
    return not referents.may_speak(head) and not referents.is_person_noun(head)


def _alternation(phrases: frozenset[str]) -> str:
    merged = tables.trie_alternation(phrases)
    if merged is None:  # pragma: no cover - the data files hold plain words and phrases
        raise ValueError("speaker acts: a phrase with a tab or an empty line")
    return f"(?:{merged})"


def find_speaker_act(text: str, found: Attribution) -> SpeakerAct | None:
    """Where "X said <statement>" goes on with X's own act ("..., but declined to comment";
    "... and added that ..."), or None. Only when the speaker comes first, the statement is
    not quoted, the joiner stands outside quotation marks and the statement has a verb: the
    act then has no subject of its own, and the statement's subject is not its doer. Not
    after "according to X": no verb of X's precedes, so the act is the statement subject's."""
    if found.quoted or found.cue == "according to" or found.speaker_span[1] > found.content_start:
        return None  # "According to X, the director ... and believes that": the director's
    body = text[found.content_start : found.content_end]
    if " but " not in body and " and " not in body:
        return None  # most statements: two searches in C
    for match in _speaker_act_pattern().finditer(text, found.content_start, found.content_end):
        statement = text[found.content_start : match.start()]
        if quote_balance(statement):
            continue  # the joiner stands inside a quotation: the speaker's own words
        if (
            (match.group("bare") is not None or match.group("directs") is not None)
            and not _act_at_the_saying(statement, match.group(0))
            and not _subject_cannot_speak(statement)
        ):
            # "X said the suspect fled and said ...", "... the mayor resigned and urged calm":
            # the statement's subject may have said or urged it
            continue
        if grammar.has_verb(statement):
            states = match.group("states") is not None or match.group("bare") is not None
            return SpeakerAct(match.start(), match.start("act"), states)
    return None
