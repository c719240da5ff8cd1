"""Assemble Claims: sentences -> noise check -> kind -> attribution -> clauses -> attributes."""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import islice
from typing import Any, TypeVar

from claimtrack.collector import collection_paused
from claimtrack.models import Article, Certainty, Claim, DateMention, Entity, Kind, NumberMention
from claimtrack.options import Options
from claimtrack.parse import grammar, headlines, lemmas, noise, referents, tables
from claimtrack.parse.attribution import (
    Attribution,
    find_attribution,
    find_quotation_tag,
    find_tag_after_opening_quotation,
    saying_verbs,
)
from claimtrack.parse.certainty import find_certainty
from claimtrack.parse.dates import CALENDAR_NAMES, find_dates
from claimtrack.parse.entities import AliasTable, alias_table, capitalised_words, find_entities
from claimtrack.parse.kinds import classify, labels_the_kind, ruling_speaker
from claimtrack.parse.negation import find_negation
from claimtrack.parse.numbers import find_numbers
from claimtrack.parse.sentences import (
    Sentence,
    inside_single_marks,
    quote_balance,
    single_quotes_doubled,
    split_sentences,
    tight_quotes,
)
from claimtrack.parse.speakers import SUBJECT_PRONOUNS
from claimtrack.parse.split import (
    Clause,
    bare_subject,
    find_reason,
    lead_end,
    split_appositions,
    split_clauses,
    split_leading_contrast,
    subject_of,
)
from claimtrack.parse.tags import (
    Addition,
    Interruption,
    SpeakerAct,
    find_addition,
    find_interruption,
    find_middle_tag,
    find_speaker_act,
    tells_speakers_act,
)
from claimtrack.parse.trusted import Builder, with_values
from claimtrack.parse.view import Piece, View

_PRONOUN_SUBJECT = re.compile(
    # lower case too: the main clause after a leading phrase ("Returning to the Pentagon,
    # he asked ...") starts mid-sentence
    r"^(?P<head>[Ii]t|[Hh]e|[Ss]he|The regime|The country|The group|The government|"
    r"The movement)"
    r"(?=[ \t]+(?P<next>[\w’']+))"
)
#: Two words in a row, as ``str.split`` sees words (re's ``\s`` is the same set of blanks).
_TWO_WORDS = re.compile(r"\S\s+\S")
_PERSONLESS = re.compile(
    r"\b(?:States|Korea|Union|Nations|Kingdom|Ministry|Department|Court|Forces|Council|Party|"
    r"Republic|Office|House|Agency|Army|Navy|Authority|Company|Bank)\b"
)
#: "the" right before a name: a paper, a body or a place ("The New York Times"), no person.
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
_ANNOUNCED_BY = re.compile(
    r"^The (?:announcement|statement|decision|remarks|comments|move|declaration)\b[^.]{0,40}?"
    r"\b(?:delivered|made|issued|announced|released|given|read out)[ \t]+by[ \t]+"
    r"(?P<speaker>[^,.;]{3,80})"
)


log = logging.getLogger(__name__)


@dataclass
class Mentions:
    """Numbers, dates and entities of one sentence, found once and shared by its clauses."""

    numbers: list[NumberMention]
    dates: list[DateMention]
    entities: list[Entity]

    def within(self, spans: list[tuple[int, int]]) -> Mentions:
        if not (self.numbers or self.dates or self.entities):
            return self  # most sentences: nothing to filter (never mutated, so shareable)
        if len(spans) == 1:  # most clauses: one span, two comparisons per mention
            low, high = spans[0]
            # An empty list is shared as it is (``_between`` would return it): most clauses
            # have names but no figure or date, and a call per empty list cost more.
            numbers, dates = self.numbers, self.dates
            return Mentions(
                _between(numbers, low, high) if numbers else numbers,
                _between(dates, low, high) if dates else dates,
                _between(self.entities, low, high),
            )

        def inside(start: int, end: int) -> bool:
            return any(s <= start and end <= e for s, e in spans)

        return Mentions(
            [n for n in self.numbers if inside(n.start, n.end)],
            [d for d in self.dates if inside(d.start, d.end)],
            [e for e in self.entities if inside(e.start, e.end)],
        )


_Mention = TypeVar("_Mention", NumberMention, DateMention, Entity)


def _between(mentions: list[_Mention], low: int, high: int) -> list[_Mention]:
    """The mentions inside [low, high) (a plain loop: most lists are empty or short)."""
    if not mentions:
        return mentions  # empty and never mutated: shareable
    found = []
    for mention in mentions:
        if low <= mention.start and mention.end <= high:
            found.append(mention)
    return found


@dataclass
class Context:
    article: Article
    aliases: AliasTable
    known_names: Container[str]
    line_starts: list[int]
    claims: list[Claim] = field(default_factory=list)
    seen_lines: set[str] = field(default_factory=set)
    last_thing: str | None = None
    last_person: str | None = None
    #: What tells that ``last_person`` is a person: "" for nothing yet, "person" for a
    #: title or a surname reference, or the pronoun a title gives ("he" for "Mr.").
    last_person_evidence: str = ""
    #: Full names of the people named so far, by surname (``_full_name``), and how many of
    #: ``claims`` are indexed there.
    surnames: dict[str, str] = field(default_factory=dict)
    surnames_read: int = 0
    #: What the article's own pronouns show of its people: "he" or "she" per name (past
    #: its titles), "" where they disagree (``_note_gender``).
    genders: dict[str, str] = field(default_factory=dict)
    #: The named speaker of the last quotation, and its sentence's index.
    last_speaker: str | None = None
    speaker_sentence: int = -10
    #: The full name of the last speaker named by surname alone ("Ruiz said ..."), and its
    #: sentence's index (``_remember_surname_speaker``).
    surname_speaker: str | None = None
    surname_sentence: int = -10
    #: The date relative dates count from: the article's, else its post signature's.
    published: dt.date | None = None
    #: Index of the sentence being parsed, and of the one that named the last subject: a
    #: pronoun is only resolved against the sentence right before it.
    sentence_index: int = 0
    #: How many claims there were when each sentence so far began: the claims of the
    #: sentence before a pronoun speaker are where its referent is looked for.
    sentence_claims: list[int] = field(default_factory=list)
    subject_sentence: int = -10
    #: The last sentence whose "he" or "she" was resolved to ``last_person``: the person
    #: goes on being the one a "he" in the next sentence means ("He ... He ..."), but not
    #: what an "it" means (``subject_sentence`` is left as it was).
    person_sentence: int = -10
    #: Set when a clause opened with a pronoun ``_resolve_pronoun`` may replace: the
    #: sentence's claims then depend on the sentences before it and are not memoised.
    pronoun_seen: bool = False
    #: An unnamed thing the sentence before was about ("The call was scheduled for half an
    #: hour."), which a sentence-opening "it" right after it means (``_described_thing``),
    #: and that sentence's index.
    last_description: str | None = None
    description_sentence: int = -10
    #: Indexes (in ``claims``) of the claims that named the subject a pronoun may refer to.
    remembered: list[int] = field(default_factory=list)
    #: The sentence the last claim was made from, and its text: the claims of a sentence
    #: share one string (less memory for the run's claims, one copy less per claim).
    made_from: Sentence | None = None
    made_from_text: str = ""
    #: Whether each name seen before a colon is a transcript's speaker (``_names_speaker``):
    #: found from the whole article, once per name.
    transcript_names: dict[str, bool] = field(default_factory=dict)
    #: The speaker of the quotation the sentence being parsed sits in: a "he said" inside
    #: it tells of someone the speaker names, never the speaker (who would say "I").
    quoting: str | None = None
    #: The words the article writes as the first of a longer capitalised name ("Corlan" of
    #: "Corlan Pharma"): read from the whole text once, when first asked (``_heads_a_name``).
    name_heads: frozenset[str] | None = None
    #: Whether each line (by number) opens with the outlet's note on its writer.
    author_note_lines: dict[int, bool] = field(default_factory=dict)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def next_id(self) -> str:
        return f"{self.article.id}:{len(self.claims) + 1}"


#: The options of a call without any: built once (frozen), not validated again per article.
_DEFAULT_OPTIONS = Options()


def parse_article(article: Article, options: Options | None = None) -> list[Claim]:
    """Every claim of one article, dropped ones included (their ``dropped`` says why)."""
    # The memo keeps claims of earlier sentences alive: every collection the parse's many
    # allocations trigger would walk them all. Parsing makes no reference cycles, so pausing
    # changes nothing but the time; the pipeline pauses the collector around this stage.
    with collection_paused():
        return _parse_article(article, options or _DEFAULT_OPTIONS)


def _parse_article(article: Article, options: Options) -> list[Claim]:
    text = tight_quotes(article.text)
    if text is not article.text:  # the same length: every offset still holds
        tight = article.model_copy(update={"text": text})
        return _verbatim_sentences(_parse_text(tight, options), article.text)
    return _parse_text(article, options)


def _verbatim_sentences(claims: list[Claim], original: str) -> list[Claim]:
    """The claims with their ``sentence`` read from the article as written: the parse read
    the text with its spaced quotation marks moved (``tight_quotes``), but a claim's sentence
    is quoted verbatim ('Ruiz said " it " ' stays so, where the parse read 'Ruiz said  "it"')."""
    out = []
    for claim in claims:
        written = original[claim.sentence_start : claim.sentence_start + len(claim.sentence)]
        if written != claim.sentence:
            claim = claim.model_copy(update={"sentence": written})
        out.append(claim)
    return out


def _parse_text(article: Article, options: Options) -> list[Claim]:
    text = article.text
    context = Context(
        article=article,
        aliases=alias_table(options.alias_file),
        known_names=_AskedNames(capitalised_words(text)),
        line_starts=[0] + [m.end() for m in re.finditer("\n", text)],
        published=article.published or _signature_date(text),
    )
    sentences = split_sentences(text)
    # where quotations open and close and who speaks them, read with single marks that
    # quote written as double ones (the same length: offsets hold)
    marked = single_quotes_doubled(text)
    speakers, continued = _quotation_speakers(marked, sentences)
    tags = _speaker_tags(marked, sentences, speakers)
    lead_ins = {index - 1 for index in speakers if _lead_in(marked, sentences, index)}
    for index, sentence in enumerate(sentences):
        context.sentence_index = index
        before = len(context.claims)
        context.sentence_claims.append(before)
        if index in tags or index in lead_ins:
            reason = "speaker of the quotation " + ("before" if index in tags else "after")
            _add(context, _dropped(context, sentence, Kind.META, reason))
            continue
        try:
            quotation = speakers.get(index)
            if index in continued:
                quotation = _named_as_before(context, quotation)
            _parse_sentence_memoised(context, sentence, quotation)
            _credit_announcement(context, sentence, before)
        except Exception as error:  # a parser bug costs one sentence, not the run
            if RAISE_PARSER_ERRORS:
                raise
            _keep_unparsed(context, sentence, before, error)
    return context.claims


#: Whether a parser bug raises (the tests set it) instead of costing one sentence.
RAISE_PARSER_ERRORS = False


def _keep_unparsed(context: Context, sentence: Sentence, before: int, error: Exception) -> None:
    """A sentence the parser failed on, kept as a dropped claim that says so.

    WHY: one odd sentence of scraped text (a typo such as ", ,") once raised IndexError and
    took a whole 10,000-article report down with it. Its half-made claims are removed; the
    sentence is listed by ``claims --all`` with the reason, and a warning names the file and
    line so that the sentence can be reported. It takes no part in verdicts: what its
    attribution and certainty are is unknown."""
    del context.claims[before:]
    context.surnames_read = min(context.surnames_read, before)
    line = context.line_of(sentence.start)
    log.warning(
        "%s line %d: the parser failed on this sentence (%s: %s); it is left out of the "
        "verdicts. Please report the sentence as a bug.",
        context.article.path,
        line,
        type(error).__name__,
        error,
    )
    reason = f"not parsed: the parser failed on this sentence ({type(error).__name__})"
    _add(context, _dropped(context, sentence, Kind.META, reason))


#: A quotation longer than this many sentences without a closing mark is not followed.
MAX_QUOTATION = 8


def _quotation_speakers(
    text: str, sentences: list[Sentence]
) -> tuple[dict[int, Attribution], set[int]]:
    """For each sentence inside a quotation that spans sentences, the quotation's speaker:
    found in its last sentence (\u201c... ,\u201d the minister said.) or its first (He said:
    \u201c...), or, for a quotation without a speaker of its own, the quotation's just
    before it (``_speaker_before``). Also the sentences that go on with the quotation
    before them (``_named_as_before``)."""
    speakers: dict[int, Attribution] = {}
    continued: set[int] = set()
    index = 0
    while index < len(sentences):
        first = sentences[index]
        if quote_balance(text[first.start : first.end]) <= 0:
            index += 1
            continue
        last = _quotation_end(text, sentences, index)
        if last is None:
            index += 1
            continue
        closing = _speaker_closing(text[sentences[last].start : sentences[last].end])
        opening = _speaker_opening(text[first.start : first.end])
        speaker = closing or opening
        if closing is not None and closing.speaker.lower() in SUBJECT_PRONOUNS:
            speaker = opening or closing  # 'Dr. Ana Ruiz said: "... \n\n"...," she added.'
        if speaker is None:
            speaker = _speaker_before(text, sentences, index, speakers)
            continued.update(range(index, last + 1) if speaker else ())
        if speaker is not None:
            # a first sentence that names its speaker is parsed as it is: its words before
            # the quotation ('When we met, she said: "...') are not the speaker's
            for member in range(index + (opening is not None), last + 1):
                speakers[member] = speaker
        index = last + 1
    _continued_quotations(text, sentences, speakers, continued)
    return speakers, continued


def _speaker_opening(raw: str) -> Attribution | None:
    """The speaker named before the quotation this sentence opens ('Ravi Sood, 30, said:
    "...'), found as the parser finds it (``_found_in``), or after the words it credits;
    not a speaker inside the quotation ('"The mayor said the bridge ...')."""
    found = _found_in(raw)
    if found is None:
        return None
    attribution, searched = found
    marks = [at for at in map(searched.find, _OPENING_MARKS) if at >= 0]
    if marks and attribution.speaker_span[1] <= min(marks):
        return attribution
    # '"...," Dr. Ruiz told reporters. "...': a tag after the words it credits, the marks
    # of a quotation before it left unpaired, names the speaker of the one that goes on
    return attribution if _tag_after(attribution) else None


def _speaker_closing(raw: str) -> Attribution | None:
    """The speaker named after the quotation this sentence closes ('...," she said.'), not
    a speaker inside it ('She never said, 'I am leaving.'"')."""
    found = _found_in(raw)
    if found is None:
        return None
    attribution, searched = found
    return attribution if attribution.speaker_span[0] > _closing_mark(searched) else None


def _closing_mark(text: str) -> int:
    """Where the first quotation mark that closes a quotation is in ``text`` (a curly one,
    or a straight one right after a word or a mark), or -1."""
    for at, char in enumerate(text):
        if char == "”" or (char == '"' and at and not text[at - 1].isspace()):
            return at
    return -1


def _found_in(raw: str) -> tuple[Attribution, str] | None:
    """The attribution of one sentence, and the text it was found in (``raw``, or ``raw``
    without its appositions), to which its offsets belong. Tried in the parser's order:
    the sentence, the sentence without its appositions, a verb of saying before a
    quotation."""
    found = find_attribution(raw)
    if found is not None:
        return found, raw
    main = split_appositions(View.of(raw, 0, len(raw)))[0].text
    found = find_attribution(main) if main != raw else None
    if found is not None:
        return found, main
    found = find_quotation_tag(raw)
    return None if found is None else (found, raw)


def _quotation_end(text: str, sentences: list[Sentence], index: int) -> int | None:
    """The last sentence of the quotation that sentence ``index`` opens, or None when it is
    not found within ``MAX_QUOTATION`` sentences.

    A quotation of several paragraphs opens each with a mark and closes only the last:
    a new paragraph that opens with a mark goes on with it, and one that also closes it is
    its last; a new paragraph without a mark means it ended, unclosed, with the paragraph
    before."""
    for last in range(index + 1, min(len(sentences), index + MAX_QUOTATION + 1)):
        raw = text[sentences[last].start : sentences[last].end].strip()
        balance = quote_balance(raw)
        if balance < 0:
            return last
        if "\n" in text[sentences[last - 1].end : sentences[last].start]:
            if raw[:1] not in _OPENING_MARKS:
                return last - 1
            if balance == 0:
                return last  # '"... punished."' or '"...," he added.': reopened and closed
    return None


#: Quotation marks that open and close a quotation.
_OPENING_MARKS = '"“'
_CLOSING_MARKS = '"”'
_ALL_MARKS = '"“”'


def _continued_quotations(
    text: str, sentences: list[Sentence], speakers: dict[int, Attribution], continued: set[int]
) -> None:
    """'"We lost the vote," Ruiz said. "We will try again."': a sentence that is one whole
    quotation with no speaker of its own goes on with the quotation just before it, in the
    same paragraph: the same speaker's words (``_speaker_before``)."""
    for index in range(1, len(sentences)):
        if index in speakers:
            continue
        raw = text[sentences[index].start : sentences[index].end].strip()
        if len(raw) < 3 or raw[0] not in _OPENING_MARKS or raw[-1] not in _CLOSING_MARKS:
            continue
        if quote_balance(raw) != 0 or sum(map(raw.count, _ALL_MARKS)) != 2:
            continue  # not one quotation from the first word to the last
        speaker = _speaker_before(text, sentences, index, speakers)
        if speaker is not None and find_attribution(raw) is None:
            speakers[index] = speaker
            continued.add(index)


def _named_as_before(context: Context, quotation: Attribution | None) -> Attribution | None:
    """A quotation that goes on from the sentence before, credited to whom that sentence's
    quotation was: '"...," he said. "..."' names "he" once, in the first sentence, where
    the sentences before it tell who he is; two sentences on, they no longer do."""
    if quotation is None or quotation.speaker.lower() not in SUBJECT_PRONOUNS:
        return quotation
    before = context.sentence_claims[-2] if len(context.sentence_claims) > 1 else 0
    for claim in reversed(context.claims[before:]):
        if claim.quoted and claim.attribution and claim.dropped is None:
            if claim.attribution.lower() in SUBJECT_PRONOUNS:
                return quotation
            return quotation._replace(speaker=claim.attribution)
    return quotation


def _speaker_before(
    text: str, sentences: list[Sentence], index: int, speakers: dict[int, Attribution]
) -> Attribution | None:
    """The speaker of the quotation in the sentence before ``index`` when a quotation
    opening at ``index`` without a speaker of its own goes on with it: the same paragraph
    (no line break between), a quoted speaker, and not a question ('"Did you sign?" the
    lawyer asked. "No."': the answer is another person's)."""
    if index < 1:
        return None
    lead = _lead_in(text, sentences, index)
    if lead is not None:
        return lead
    before = sentences[index - 1]
    if "\n" in text[before.end : sentences[index].start] and not _quoted_paragraph_goes_on(
        text, sentences, index
    ):
        return None  # a new paragraph may be anyone's quotation
    speaker = speakers.get(index - 1) or find_attribution(text[before.start : before.end])
    if speaker is None or not speaker.quoted or "?" in text[before.start : before.end]:
        return None
    return speaker


def _quoted_paragraph_goes_on(text: str, sentences: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` is a paragraph of its own that is one whole quotation, right
    after a paragraph that ends with a quotation and its tag ('"...," Ruiz said.' then
    '"We will try again."'): by the news writer's rule a new speaker's quotation is credited
    in its own paragraph, so an uncredited one goes on with the speaker just quoted. Not
    after a blank run of more than one empty line, and not before more of the paragraph."""
    gap = text[sentences[index - 1].end : sentences[index].start]
    if gap.count("\n") > 2 or gap.strip():
        return False
    if index + 1 < len(sentences):
        after = text[sentences[index].end : sentences[index + 1].start]
        if "\n" not in after:
            return False  # the paragraph goes on: a quotation set in other words
    before = text[sentences[index - 1].start : sentences[index - 1].end]
    return any(mark in before for mark in _CLOSING_MARKS)


def _lead_in(text: str, sentences: list[Sentence], index: int) -> Attribution | None:
    """The speaker of a quotation at ``index`` that the sentence before introduces, often
    on a line of its own: 'Ana Ruiz, the port's director, said:' and then '"We had no
    choice. ..."'. None unless that sentence ends with a colon and is only the speaker and
    the verb."""
    if index < 1:
        return None
    before = text[sentences[index - 1].start : sentences[index - 1].end].rstrip()
    if not before.endswith(":"):
        return None
    quotation = text[sentences[index].start : sentences[index].end]
    found = _found_in(f"{_statement_said(before)} {quotation}")
    if found is None or not found[0].quoted:
        return None
    attribution, searched = found
    # what is said is the quotation, not words before the colon
    return attribution if len(searched) - attribution.content_start <= len(quotation) else None


#: A speaker who put out a statement, then its words: "The club issued a statement on
#: Tuesday:", "A spokeswoman for the hospital released a short statement:".
_STATEMENT_LEAD_IN = re.compile(
    r"(?P<speaker>[A-Z][^:;\"“”]{0,120}?)[ \t]+(?:issued|released|put[ \t]+out|posted|sent"
    r"|provided|shared|gave)[ \t]+(?:a|an|the|this)[ \t]+(?:[\w-]+[ \t]+){0,2}?statement"
    r"(?P<tail>[^:;\"“”]{0,60}):"
)
#: An -ing word in the tail says what the statement did ("issued a statement blaming the
#: policy:"), a claim of its own: such a lead-in is left as it is. Not a part of the day.
_ACTING_TAIL = re.compile(r"\b(?!(?:morning|evening)\b)[a-z]+ing\b")


def _statement_said(before: str) -> str:
    """``before``, a lead-in that puts out a statement ("X issued a statement Tuesday:"),
    as the speaker saying it ("X said:"), padded to its length so that offsets hold; other
    lead-ins as they are."""
    found = _STATEMENT_LEAD_IN.fullmatch(before)
    if found is None or _ACTING_TAIL.search(found.group("tail")):
        return before
    said = f"{found.group('speaker')} said:"
    return said.ljust(len(before))


# '"... ?" / another asks.': the sentence splitter ends a quotation at its "?" or "!", and
# the speaker that follows ("another asks", "Ms. Ruiz planned to ask, according to ...")
# is left as a sentence of its own: a name and a verb, not a claim.
_SPEAKER_TAG = re.compile(
    r"(?<![ \t\"”’])[ \t\"”’]*(?P<speaker>[A-Za-z][\w.’'-]*(?:[ \t]+[\w.’'-]+){0,5}?)[ \t]+"
    r"(?:(?:planned|plans|wanted|wants|went[ \t]+on|continued|continues)[ \t]+to[ \t]+)?"
    r"(?P<verb>asks|asked|ask|said|says|say|wrote|writes|added|adds)"
    r"(?:[ \t]+(?:on|in|at|to|during|last|this|from|later|again|then)\b[^.!?\"“”,]{1,60})?"
    r"(?:,?[ \t]+according[ \t]+to[^.!?\"“”]{1,80})?[.!]?[ \t\"”’]*"
)
_CLOSING_QUOTE_END = re.compile(r"[?!.,][ \t]*[\"”’]?[ \t]*$")


def _speaker_tags(
    text: str, sentences: list[Sentence], speakers: dict[int, Attribution]
) -> set[int]:
    """Sentences that only name the speaker of the quotation before them; that quotation
    is credited to the speaker in ``speakers``."""
    tags: set[int] = set()
    for index in range(1, len(sentences)):
        tag = sentences[index]
        before = sentences[index - 1]
        if tag.end - tag.start > 200 or before.end <= before.start:
            continue  # a speaker tag is a few words
        last = before.end - 1
        while last > before.start and text[last].isspace():
            last -= 1
        first = tag.start
        while first < tag.end - 1 and text[first].isspace():
            first += 1
        if text[last] not in '"”' and text[first] not in '"”':
            continue  # no closing quotation mark between them
        raw = text[tag.start : tag.end]
        found = _SPEAKER_TAG.fullmatch(raw)
        if found is None or grammar.has_verb(found.group("speaker")):
            continue
        quote = text[before.start : before.end]
        opened = quote.lstrip()[:1] in '"“'
        closed = raw.lstrip()[:1] in '"”' or quote.rstrip()[-1:] in '"”'
        if not (opened and closed and _CLOSING_QUOTE_END.search(quote)):
            continue
        speaker = " ".join(found.group("speaker").split())
        verb = found.group("verb").lower()
        hedged = False
        if index - 1 not in speakers:
            speakers[index - 1] = Attribution(speaker, verb, 0, len(quote), True, hedged)
        tags.add(index)
    return tags


def _parse_sentence(
    context: Context,
    sentence: Sentence,
    quotation: Attribution | None = None,
    whole_line: bool | None = None,
    raw: str | None = None,
) -> None:
    """The claims of one sentence (``whole_line``: ``_whole_line`` if known already;
    ``raw``: the sentence's text, if sliced already)."""
    if raw is None:
        raw = context.article.text[sentence.start : sentence.end]
    if whole_line is None:
        whole_line = _whole_line(context, sentence)
    reason = _noise(context, raw, whole_line)
    if reason is None and not whole_line and _on_an_author_note(context, sentence):
        reason = "author note"
    if reason is None and _recirculated(context, sentence):
        reason = "recirculation list"
    if reason is None and not whole_line and _beside_an_appeal(context, sentence, raw):
        reason = "appeal to the reader"
    if reason is not None:
        _add(context, _dropped(context, sentence, Kind.BOILERPLATE, reason))
        return
    _parse_content(context, sentence, quotation)


def _parse_content(context: Context, sentence: Sentence, quotation: Attribution | None) -> None:
    """The claims of a sentence that is not boilerplate."""
    context.quoting = None if quotation is None else quotation.speaker
    text = context.article.text
    start = noise.content_start(text, sentence.start, sentence.end)
    start = _after_caption_label(context, text, start, sentence.end)
    end = noise.content_end(text, start, sentence.end)
    content = View.of(text, start, end)
    mentions = _mentions(context, start, end)
    if noise.may_be_heading(content.text) and noise.time_stamped(text, sentence.start, start):
        # "07:05 Picket lines form" in a live blog: the title of the entry below it
        reason = "heading: a live-blog entry's title"
        _add(context, _dropped(context, sentence, Kind.META, reason, content, mentions))
        return
    if (
        noise.may_be_heading(content.text)
        and not mentions.numbers
        and noise.is_heading(
            content.text, _has_verb(content.text, headlines.in_masthead(text, start))
        )
    ):
        _add(context, _dropped(context, sentence, Kind.META, "heading", content, mentions))
        return
    explained = headlines.explainer_title(content.text) if ":" in content.text else None
    if explained is not None and headlines.in_masthead(text, start):
        # "Harbour tax rise: what it means for your rent" above the story: its title points
        # at the article, it states nothing
        reason = f"heading: an explainer's title ('{explained}')"
        _add(context, _dropped(context, sentence, Kind.META, reason, content, mentions))
        return
    if (
        noise.may_be_fragment(content.text)
        and _TWO_WORDS.search(content.text) is not None  # one word makes no claim at all
        and not mentions.numbers
        and content.text.split(None, 1)[0].lower() not in SUBJECT_PRONOUNS  # "They owe you."
        and not _has_verb(content.text, headlines.in_masthead(text, start))
    ):
        reason = "fragment: no verb"
        _add(context, _dropped(context, sentence, Kind.META, reason, content, mentions))
        return
    if (
        quotation is None
        and _PARTICIPLE_CAPTION.match(content.text) is not None
        and _whole_line(context, sentence)
        and _participle_caption(content.text)
    ):
        reason = "caption: a noun and an -ing phrase, no verb"
        _add(context, _dropped(context, sentence, Kind.META, reason, content, mentions))
        return
    interruption = _named_interruption(context, find_interruption(content.text))
    addition = (
        _named_addition(context, find_addition(content.text)) if interruption is None else None
    )
    if addition is not None:
        # '"...," Ana Ruiz said, adding "...": two statements of one speaker.
        first, second = content.slice(0, addition.cut), content.slice(addition.rest)
        _parse_attributed(context, sentence, first, addition.first, mentions)
        _parse_attributed(context, sentence, second, addition.second, mentions)
        return
    if interruption is not None:
        # '"Is it fair," Ortiz asked, "that ...?"': the quotation rejoined, the tag out.
        for cut in interruption.cuts:
            content = content.without(*cut)
        attribution: Attribution | None = interruption.attribution
    else:
        attribution = _attribution(context, content.text)
        act = find_speaker_act(content.text, attribution) if attribution is not None else None
        if attribution is not None and act is not None:
            _parse_speaker_act(context, sentence, content, attribution, act, mentions)
            return
        if attribution is not None and _concessive(attribution.speaker):
            parts = split_leading_contrast(content)
            if len(parts) == 2:
                # "Although the council told her lawyers that A, B": the council's A, and
                # the writer's B (the speaker is not "Although the council").
                for part in parts:
                    found = _attribution(context, part.text)
                    _parse_attributed(context, sentence, part, found, mentions)
                return
    attribution = _named_at_the_opening(content.text, attribution, quotation)
    extras: list[Clause] = []
    #: ``split_appositions(content)`` when already known: splitting needs it again.
    appositions: tuple[View, list[Clause]] | None = None
    if attribution is None:
        # "The statement, from Dr. X, an internist, said ...": the speaker shows once the
        # apposition is out.
        main, extras = appositions = split_appositions(content)
        attribution = _attribution(context, main.text) if main.text != content.text else None
        if attribution is not None:
            attribution = _with_apposed_name(attribution, content.text, main.text)
            content = main
            appositions = None
            act = find_speaker_act(content.text, attribution) if not extras else None
            if act is not None:
                # "The chief, Ana Ruiz, said that A and urged B": B is the speaker's act
                _parse_speaker_act(context, sentence, content, attribution, act, mentions)
                return
        else:
            extras = []
            attribution, content = _middle_tag(context, content)
            if attribution is None and quotation is None:
                # not inside a longer quotation: 'They said, "Hey ..."' is its speaker's
                attribution = _named_it(context, find_quotation_tag(content.text))
            if attribution is not None:
                appositions = None
    if attribution is None and quotation is not None:
        attribution = _quoted(content.text, quotation)
    _parse_attributed(context, sentence, content, attribution, mentions, extras, appositions)


def _with_apposed_name(attribution: Attribution, whole: str, main: str) -> Attribution:
    """'His classmate, Vika Lind, said ...': the speaker found once the apposition was cut
    ("His classmate") with the name the apposition gave ("His classmate, Vika Lind"), when
    the speaker ends where the name was cut out."""
    cut = next((at for at, (a, b) in enumerate(zip(whole, main, strict=False)) if a != b), -1)
    removed = whole[cut : cut + len(whole) - len(main)] if cut >= 0 else ""
    name = removed.strip(" \t,")
    if (
        not referents.APPOSED_NAME.fullmatch(name)
        or main[attribution.speaker_span[1] : cut].strip()
    ):
        return attribution
    if not removed.lstrip(" \t").startswith(","):
        return attribution
    if not referents.ends_a_description(attribution.speaker.rsplit(None, 1)[-1]):
        return attribution  # "Rep. Ana Ruiz, R-Ohio": a label after a name, no name
    return attribution._replace(speaker=f"{attribution.speaker}, {name}")


def _named_at_the_opening(
    text: str, attribution: Attribution | None, quotation: Attribution | None
) -> Attribution | None:
    """'Dr. Ana Ruiz said: "... \n\n"...," she added.': the pronoun of the tag that
    closes a quotation whose speaker was named where it opened is that speaker. A pronoun
    inside the quotation ('"... And he said, 'We will run out of fuel.'"') is someone the
    speaker tells of."""
    if attribution is None or quotation is None:
        return attribution
    if attribution.speaker.lower() not in SUBJECT_PRONOUNS:
        return attribution
    if quotation.speaker.lower() in SUBJECT_PRONOUNS:
        return attribution
    if not 0 <= _closing_mark(text) < attribution.speaker_span[0]:
        return attribution
    return attribution._replace(speaker=quotation.speaker)


def _middle_tag(context: Context, content: View) -> tuple[Attribution | None, View]:
    """'The bridge, the mayor said, will reopen': the speaker of a tag in the middle of the
    sentence, and the sentence without the tag (else None and ``content`` as it was)."""
    tag = _named_interruption(context, find_middle_tag(content.text))
    if tag is None:
        return None, content
    for cut in tag.cuts:
        content = content.without(*cut)
    return tag.attribution, content


def _attribution(context: Context, text: str) -> Attribution | None:
    """``find_attribution`` with an "it" named (``_named_it``), or a speaker's label
    (``_speaker_label``)."""
    found = find_attribution(text)
    if found is None and ": " in text[:_LABEL_REACH]:
        return _speaker_label(context, text)
    return _named_it(context, found, text)


#: A speaker's label before their words: up to three capitalised words (a title's
#: abbreviation first), or a plural of speakers with a word or two before it ("Syrian
#: rebels"), then a colon and a capital or a quotation mark.
_SPEAKER_LABEL = re.compile(
    r"(?P<speaker>(?:(?:[A-Z][a-z]{1,3}\.)[ \t])?[A-Z][\w’'-]+(?:[ \t][A-Za-z][\w’'-]+){0,2})"
    r":[ \t]+(?=[A-Z\"“‘'])"
)
_LABEL_REACH = 48


def _speaker_label(context: Context, text: str) -> Attribution | None:
    """ "Police: The suspect fled on foot", "Rebels: We hold the airport", a transcript's
    "Ana Ruiz: We stayed all night": the words after a label that names who says them are
    that speaker's. A label names a speaker when its last word is a plural of speakers
    (data/speaker_kinds.txt [they]: "police", "rebels", peoples such as "Kurds"), or when
    it is a name the article writes mid-sentence that opens another of its lines too (a
    transcript's turns; "Tokyo: ..." opens one dateline, "Fears: ..." names no one)."""
    found = _SPEAKER_LABEL.match(text)
    if found is None or _TWO_WORDS.search(text, found.end()) is None:
        return None
    if not _names_speaker(context, found.group("speaker")):
        return None
    end = len(text.rstrip())
    return Attribution(
        found.group("speaker"),
        ":",
        found.end(),
        end,
        # the speaker's own words, as if quoted: "he" in them is someone else
        quoted=True,
        hedged=False,
        speaker_span=found.span("speaker"),
        verb_span=(found.end("speaker"), found.end("speaker") + 1),
    )


def _names_speaker(context: Context, label: str) -> bool:
    """Whether a label before a colon names who says what follows (``_speaker_label``)."""
    words = label.split()
    if words[-1].lower() in _plural_speakers() and not grammar.has_verb(label):
        return words[-1][:1].isupper() or len(words) > 1
    if any(word.isupper() for word in words) or not _CAPITALISED.fullmatch(label):
        return False
    context.pronoun_seen = True  # the article's other lines decide: not memoised
    known = context.transcript_names.get(label)
    if known is None:
        known = context.transcript_names[label] = _turns_in(context.article.text, label)
    return known


def _turns_in(text: str, label: str) -> bool:
    """Whether ``label`` is a transcript's speaker in ``text``: it opens two lines or more
    before a colon, and the name stands in running text too."""
    # Each line it opens holds "<label>:" (a label has no colon: no two overlap), so a text
    # with one at most is settled by a count in C, without compiling two patterns for it.
    if text.count(f"{label}:") < 2:
        return False
    name = re.escape(label)
    opening = re.compile(rf"(?:^|[.!?”\"\n][ \t]*){name}:[ \t]", re.M)
    return (
        len(opening.findall(text)) > 1
        and re.search(rf"[\w,;][ \t]+{name}\b(?!:)", text) is not None
    )


#: A name: capitalised words, perhaps a title's abbreviation first.
_CAPITALISED = re.compile(r"(?:[A-Z][a-z]{1,3}\.[ \t])?[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2}")


@cache
def _plural_speakers() -> frozenset[str]:
    return tables.sections("speaker_kinds.txt")["they"]


def _named_it(
    context: Context, found: Attribution | None, text: str | None = None
) -> Attribution | None:
    """``found`` with the speaker "it" ('It said ...', '"...," it said') replaced by the
    one institution or document named just before (``_nearby_referent``), or else by the
    subject of the statement the tag closes in ``text`` (``_own_subject_as_it``); None when
    there is none, or several: the sentence is then read as written, "It said ..." and
    all, as the pronoun names no one. Named before any tag is cut out of the sentence, so
    that whichever way the tag stands, an "it" either gets its name or leaves the tag in."""
    if found is None or found.speaker.lower() != "it":
        return found
    context.pronoun_seen = True  # depends on the sentences before: not memoised
    named = _nearby_referent(context, "it")
    if named is None and text is not None:
        named = _own_subject_as_it(context, text, found)
    if named is None:
        return None
    # the sentence's subject was "it": no name a later "it" may stand for, as when it
    # is read without a speaker
    context.last_thing = None
    return found._replace(speaker=named)


def _own_subject_as_it(context: Context, text: str, found: Attribution) -> str | None:
    """The subject of the statement that a closing "it said" ends, when it is a body that
    speaks ("The company has had 14 reports of fires, it said": the company), and no name
    of the sentences before fits: the tag then closes what the subject says of itself.
    Not a subject that cannot be "it" ("Sales fell, it said": someone named before), nor
    the subject of words after an opening tag ("It said the firm had ...")."""
    if found.content_start > 0:
        return None
    subject = subject_of(text[: found.content_end])
    if subject is None or subject.lower() in SUBJECT_PRONOUNS:
        return None
    return referents.unique_referent(
        "it", [subject], context.aliases.lookup, partial(_person_named, context)
    )


def _named_interruption(context: Context, found: Interruption | None) -> Interruption | None:
    """``_named_it`` for a quotation's or a sentence's tag in the middle."""
    if found is None:
        return None
    named = _named_it(context, found.attribution)
    return None if named is None else found._replace(attribution=named)


def _named_addition(context: Context, found: Addition | None) -> Addition | None:
    """``_named_it`` for both statements of one speaker."""
    if found is None:
        return None
    first = _named_it(context, found.first)
    if first is None:
        return None
    return found._replace(first=first, second=found.second._replace(speaker=first.speaker))


def _parse_speaker_act(
    context: Context,
    sentence: Sentence,
    content: View,
    attribution: Attribution,
    act: SpeakerAct,
    mentions: Mentions,
) -> None:
    """'Police said the gunman was dead, but did not name him': the police's statement, and
    their own act with its subject put back ("Police did not name him"). An act that is a
    statement again ("... and added that X") is read as one."""
    statement = content.slice(0, act.cut)
    found = _attribution(context, statement.text)
    if found is not None and attribution.speaker.startswith(f"{found.speaker}, "):
        found = found._replace(speaker=attribution.speaker)  # the name an apposition gave
    _parse_attributed(context, sentence, statement, found, mentions)
    own = content.slice(act.start).prepend(f"{referents.described_name(attribution.speaker)} ")
    said = _attribution(context, own.text) if act.states else None
    _parse_attributed(context, sentence, own, said, mentions)


#: Words that open a concessive clause ("Although", "Even though"): never a speaker's.
_CONCESSIVE = frozenset("although though while whereas even".split())


def _concessive(speaker: str) -> bool:
    return speaker.split(None, 1)[0].lower() in _CONCESSIVE


_QUOTE_MARK = re.compile(f"[{_ALL_MARKS}]")


def _parse_attributed(
    context: Context,
    sentence: Sentence,
    content: View,
    attribution: Attribution | None,
    mentions: Mentions,
    extras: list[Clause] | None = None,
    appositions: tuple[View, list[Clause]] | None = None,
) -> None:
    """The claims of ``content``, whose speaker (if any) is known: its kind, then its
    clauses (``extras``: claims about its parts found already)."""
    extras = extras or []
    kind, why = _kind_of(content.text, attribution)
    if kind is Kind.QUESTION and attribution is None:
        colon = _question_after_colon(content.text)
        if colon is not None:
            # 'The inquiry asks what the mayor knew about the deal: "Did you ...?"': the
            # writer's account before the colon is a fact, the quoted question is not.
            _parse_attributed(context, sentence, content.slice(0, colon), None, mentions)
            question = content.slice(colon + 1)
            _add(context, _dropped(context, sentence, kind, why or str(kind), question, mentions))
            return
    body = content
    if attribution is not None:
        body = content.slice(attribution.content_start, attribution.content_end)
        # found for ``content``, not for the attributed body; a body that is all one
        # quotation (its marks taken off) keeps its appositions: they are the speaker's
        # words, not the writer's facts, and commas inside a quotation are too often
        # something else ('"The longer it lasts, the more the port, and the city, will
        # suffer"')
        whole_quotation = attribution.quoted and _QUOTE_MARK.search(body.text) is None
        appositions = (body, []) if whole_quotation else None
    if attribution is not None and attribution.relative_span[1] > attribution.relative_span[0]:
        extras = [*extras, _speaker_relative(content, attribution)]
    if (
        kind is Kind.OPINION
        and why is not None
        and why.startswith("opinion: '")  # a cue word, not a label or the first person
        and _opinion_by_clause(context, sentence, body, appositions, attribution, mentions)
    ):
        _add_clauses(context, sentence, extras, attribution, mentions)
        return
    if kind is not Kind.FACT:
        asked = why == _ASKS_WHO_OR_WHAT
        said = attribution if asked else _speakers_words(kind, attribution)
        dropped = _dropped(
            context, sentence, kind, why or str(kind), body if said else content, mentions, said
        )
        if asked:
            # the speaker who asked is the one a later "he" or a quotation goes on with
            _remember_subject(context, dropped)
        _add(context, dropped)
        # "Ana Ruiz, the port's director, wrote that ... should ...": who the speaker is
        # stays the writer's fact whatever she wrote.
        _add_clauses(context, sentence, extras, attribution, mentions)
        return
    clauses = split_clauses(body, appositions)
    if attribution is None:
        _add_own_speakers(context, sentence, content, clauses, mentions)
        _add_clauses(context, sentence, extras, None, mentions)
        return
    clauses = _speaker_subjects(context, content, body, attribution, clauses)
    clauses, others = _other_speakers_clauses(context, content, attribution, clauses)
    _add_clauses(context, sentence, [*clauses, *extras], attribution, mentions)
    for clause, said in others:
        _add_clauses(context, sentence, [_statement_of(context, clause, said)], said, mentions)
    lead = _time_clause_before_speaker(content, attribution)
    if lead is not None:
        _add_clauses(context, sentence, split_clauses(lead), None, mentions)
    if attribution is not None and (
        _dated_tail(content, attribution, mentions) or _tail_with_an_event(content, attribution)
    ):
        statement = _statement_claim(context, sentence, content, attribution, mentions)
        if statement is not None:
            _add(context, statement)


def _speakers_words(kind: Kind, attribution: Attribution | None) -> Attribution | None:
    """The speaker of an opinion ("Ruiz said the port should close"), whose words are then
    the claim; None for other kinds (a question left as asked) and for "I think ..." or "We
    believe ...", whose opening is part of the opinion."""
    if kind is not Kind.OPINION or attribution is None:
        return None
    return None if attribution.speaker.lower() in _FIRST_AND_SECOND_PERSONS else attribution


_FIRST_AND_SECOND_PERSONS = frozenset({"i", "we", "you"})


#: A colon before a quotation.
_COLON_QUOTE = re.compile(r":[ \t]*[\"“]")
#: Fewer words before the colon are a speaker ("The senator asked:"), not an account.
_MIN_ACCOUNT_WORDS = 8


def _question_after_colon(text: str) -> int | None:
    """Where the colon stands in "<an account of the writer's>: "<a quoted question>?"",
    or None: the account has its own verb, is no question, and does not end in the verb
    that introduces the quotation ("Ms. Ruiz asked:")."""
    found = _COLON_QUOTE.search(text)
    if found is None:
        return None
    lead = text[: found.start()]
    words = lead.split()
    if (
        len(words) < _MIN_ACCOUNT_WORDS
        or "?" in lead
        or grammar.is_finite_start(words[-1], strict=True)
        or not grammar.has_verb(lead)
    ):
        return None
    return found.start()


def _add_own_speakers(
    context: Context,
    sentence: Sentence,
    content: View,
    clauses: list[Clause],
    mentions: Mentions,
) -> None:
    """The claims of clauses split from a sentence that has no speaker as a whole, each
    with the speaker it names itself: in "While the levee held, engineers said the
    spillway cracked", the main clause is the engineers' statement, not the writer's.
    When such a statement was made ("said on Monday") is not made a claim of its own, as
    it is for a whole sentence: in the samples' gold that claim was one no reader lists."""
    doer = None  # the speaker of a tag before a participle of speaking
    for clause in clauses:
        if doer is not None and clause.origin == "participle" and _speakers_act(clause):
            # '"We will not attend," the ministry said, citing logistical reasons': the
            # ministry cited them
            _add_clauses(context, sentence, [_with_doer(clause, doer)], None, mentions)
            continue
        found = _own_attribution(context, content, clause)
        if found is None:
            if doer is not None:
                clause = _speakers_concession(context, clause, doer)
            _add_clauses(context, sentence, [clause], None, mentions)
            continue
        doer = _tag_doer(found)
        _add_clauses(context, sentence, [_statement_of(context, clause, found)], found, mentions)


#: A contrast or concession cut off after a closing tag: "..., the board said, but ...".
_CONTRAST_BEFORE = re.compile(r"(?:^|[ \t,])(?:but|yet|though|although)[ \t]*$")


def _speakers_concession(context: Context, clause: Clause, speaker: str) -> Clause:
    """'The pier will shut, the trust told the Courier, though it did not say why': the
    pronoun of a contrast after the tag that tells a speaker's act (``tells_speakers_act``:
    "did not say", "gave no reason", "declined to comment") is the tag's speaker when the
    two agree ("it" and "the trust"), not a subject named before, which a statement's
    subject seldom is: "The trust did not say why". ``clause`` as it is otherwise."""
    pieces = clause.view.pieces
    text = clause.view.text.lstrip()
    pronoun = referents.replaceable_pronoun(text)
    if pronoun is None or not pieces or pieces[0].start < 0 or pronoun.lower() not in _ACTORS:
        return clause
    start = pieces[0].start + len(clause.view.text) - len(text)
    before = context.article.text[max(0, start - 12) : start]
    if _CONTRAST_BEFORE.search(before) is None:
        return clause
    if not tells_speakers_act(text[len(pronoun) :].lstrip()):
        return clause
    pronouns = referents.speaker_pronouns(
        speaker, context.aliases.lookup, partial(_person_named, context), own_statement=True
    )
    if referents.person_of(pronoun) not in pronouns:
        return clause
    return _with_speaker_subject(clause, pronoun, speaker)


#: Subject pronouns a speaker's act may open with ("his", "its" own no act).
_ACTORS = frozenset(("it", "he", "she", "they"))


def _tag_doer(found: Attribution) -> str | None:
    """The speaker of a tag after its statement ("..., the ministry said"), who does what a
    participle of speaking after the tag says; None for a source ("according to") or a
    pronoun, which the participle's own subject names no worse."""
    if found.cue == "according to" or found.speaker_span[0] < found.content_end:
        return None
    return None if found.speaker.lower() in SUBJECT_PRONOUNS else found.speaker


def _own_attribution(context: Context, content: View, clause: Clause) -> Attribution | None:
    """The speaker a clause names itself ("engineers said ..."), or None. The whole
    content was read already, but for a quotation's tag with words after it that the
    clauses split off ('"...," Ana Lind told us when we asked.'): read last, so a clause
    that names its speaker in its own way keeps it."""
    text = clause.view.text
    found = _attribution(context, text) if text != content.text else None
    if found is None:
        found = _named_it(context, find_tag_after_opening_quotation(text))
    if found is None or _TWO_WORDS.search(text, found.content_start, found.content_end) is None:
        return None  # a one-word statement is no claim of its own
    return found


def _add_clauses(
    context: Context,
    sentence: Sentence,
    clauses: list[Clause],
    attribution: Attribution | None,
    mentions: Mentions,
) -> None:
    for clause in clauses:
        claim = _claim(context, sentence, clause, attribution, mentions)
        if claim is not None:
            _add(context, claim)


def _other_speakers_clauses(
    context: Context, content: View, attribution: Attribution, clauses: list[Clause]
) -> tuple[list[Clause], list[tuple[Clause, Attribution]]]:
    """The clauses of ``attribution``'s statement, and apart those that a speaker of their
    own opens after the first, with that speaker: in "The senator said A, and Rep. Ana Ruiz
    said B", B is Ruiz's, not the senator's. A pronoun speaker ("..., and he said B"), the
    speaker named again and a subject copied from the clause before ("said the pilot spoke
    ... and said B": the speaker's second verb, not the pilot's) stay the statement's."""
    kept, others = clauses[:1], []
    for clause in clauses[1:]:
        written = clause.origin == "main" and clause.view.pieces[0].start >= 0
        found = _own_attribution(context, content, clause) if written else None
        if (
            found is None
            or found.speaker_span[0] != 0
            or found.content_start < found.speaker_span[1]
            or found.speaker.split()[0].lower() in SUBJECT_PRONOUNS
            or found.speaker == attribution.speaker
        ):
            kept.append(clause)
        else:
            others.append((clause, found))
    return kept, others


def _statement_of(context: Context, clause: Clause, said: Attribution) -> Clause:
    """``clause``'s content, what ``said`` found in it, as the claim; a pronoun opening it is
    read as the speaker when they agree ("..., saying it would appeal": "it" is the subject)."""
    view = clause.view
    body = view.slice(said.content_start, said.content_end)
    statement = Clause(body, subject_of(body.text), clause.origin, clause.reason)
    (resolved,) = _speaker_subjects(context, view, body, said, [statement])
    return resolved


# --- memoised sentences ------------------------------------------------------------------
#
# The same sentence recurs across articles (republished wire copy, syndicated paragraphs).
# Its claims depend on the sentence's text and on a little of its article: whether it fills
# its line (boilerplate checks), the article's date (relative dates), the quotation it sits
# in, the alias table, and whether the article capitalises elsewhere the one-word names the
# parse looked up (``_AskedNames``). With those alike, a repeat is its first parse moved to
# the new offsets. What depends on the sentences before it is redone: the repeated-line
# check runs on every sentence, and a sentence with a pronoun the parser may resolve is
# never memoised. tests/test_parse_memo.py compares memoised and fresh parses.


@dataclass
class _Parsed:
    """One parse of a memoised sentence."""

    claims: tuple[Claim, ...]  # offsets as first parsed, for the sentence at ``base``
    base: int
    #: Which of ``claims`` named the subject a later pronoun may refer to.
    remembered: tuple[int, ...]
    #: The one-word names the parse looked up in the article's known names, and the answers.
    asked: tuple[tuple[str, bool], ...]


@dataclass
class _Memo:
    """What is known of one sentence in one setting."""

    boilerplate: str | None  # ``_boilerplate`` of the sentence
    line_key: str  # ``normalized_line`` of the sentence ("" when boilerplate)
    #: Its parses, one per set of answers about known names (most sentences ask none).
    parses: list[_Parsed] = field(default_factory=list)
    #: False for a sentence whose claims depend on the sentences before it.
    memoisable: bool = True


#: Parses kept per memoised sentence (articles that know different names need their own).
MAX_PARSES = 4


class _AskedNames(frozenset[str]):
    """An article's known names (``capitalised_words``) that note the words looked up in
    them: a memoised parse holds for another article that gives the same answers."""

    __slots__ = ("asked",)
    asked: dict[str, bool]

    def __new__(cls, words: frozenset[str]) -> _AskedNames:
        names = super().__new__(cls, words)
        names.asked = {}
        return names

    def __contains__(self, word: object) -> bool:
        found = frozenset.__contains__(self, word)
        if isinstance(word, str):
            self.asked[word] = found
        return found

    def same_answers(self, asked: tuple[tuple[str, bool], ...]) -> bool:
        return all(frozenset.__contains__(self, word) is found for word, found in asked)


#: Sentences memoised at most (about 5 KB each: their claims); when full, the older half
#: is forgotten.
MEMO_SIZE = 10_000
_MEMO: dict[tuple[object, ...], _Memo] = {}
#: Hashes of the keys of sentences seen once (at most ``SIGHTED_SIZE``, then emptied).
SIGHTED_SIZE = 200_000
_SIGHTED: set[int] = set()


def _forget_older_half() -> None:
    for old in list(islice(_MEMO, max(1, len(_MEMO) // 2))):
        del _MEMO[old]


def clear_memo() -> None:
    """Forget memoised sentences (tests compare memoised parses with fresh ones)."""
    _MEMO.clear()
    _SIGHTED.clear()
    _RECENT.reset()


def _parse_sentence_memoised(
    context: Context, sentence: Sentence, quotation: Attribution | None
) -> None:
    """``_parse_sentence``, reusing the parse of the same sentence in the same setting.

    On new text, a sentence is memoised when it comes back: most sentences are seen once,
    and keeping their claims alive slowed the parse of new text by a fifth (memory,
    collections) for nothing. Where sentences have been repeating (a quarter or more of
    the recent ones), each is memoised at once.
    """
    raw = context.article.text[sentence.start : sentence.end]
    whole_line = _whole_line(context, sentence)
    caption = (
        _caption_line(context, sentence) if not whole_line else _caption_tail(context, sentence)
    )
    if caption is not None:
        _add(context, _dropped(context, sentence, Kind.BOILERPLATE, caption))
        return
    key = (raw, whole_line, context.published, quotation, context.aliases)
    memo = _MEMO.get(key)
    if memo is None:
        eager = _RECENT.repeating()
        first = _first_sighting(key)
        _RECENT.note(repeat=not first)
        if first and not eager:
            _parse_sentence(context, sentence, quotation, whole_line, raw)
            return
        if len(_MEMO) >= MEMO_SIZE:
            _forget_older_half()
        reason = _boilerplate(raw, whole_line)
        memo = _Memo(reason, "" if reason is not None else noise.normalized_line(raw))
        _MEMO[key] = memo
    else:
        _RECENT.note(repeat=True)
    reason = memo.boilerplate
    if reason is None and whole_line and noise.own_author_note(raw, context.article.source):
        reason = "author note"  # the outlet's own name decides: not part of the memo's key
    if reason is None and not whole_line and _on_an_author_note(context, sentence):
        reason = "author note"
    if reason is None and _recirculated(context, sentence):
        reason = "recirculation list"  # the line's heading decides: not in the memo's key
    if reason is None and not whole_line and _beside_an_appeal(context, sentence, raw):
        reason = "appeal to the reader"  # so do the line and the outlet
    if reason is None and _repeated(context, memo.line_key):
        reason = "repeated line"
    if reason is not None:
        _add(context, _dropped(context, sentence, Kind.BOILERPLATE, reason))
    elif not memo.memoisable:
        _parse_content(context, sentence, quotation)
    else:
        parsed = _matching_parse(context, memo)
        if parsed is None:
            _parse_and_memoise(context, sentence, quotation, memo)
        else:
            _replay(context, sentence, parsed)


class _RepeatRate:
    """How many of the recent sentences were repeats (a decaying count)."""

    __slots__ = ("repeats", "seen")

    def __init__(self) -> None:
        self.seen = 0
        self.repeats = 0

    def reset(self) -> None:
        self.seen = self.repeats = 0

    def note(self, *, repeat: bool) -> None:
        self.seen += 1
        self.repeats += repeat
        if self.seen >= 4000:  # recent sentences weigh more
            self.seen //= 2
            self.repeats //= 2

    def repeating(self) -> bool:
        return self.repeats * 4 > self.seen


_RECENT = _RepeatRate()


def _first_sighting(key: tuple[object, ...]) -> bool:
    """Whether no sentence with this key came before (as far as ``_SIGHTED`` remembers).

    Hashes only: a collision merely memoises a sentence one sighting early.
    """
    hashed = hash(key)
    if hashed in _SIGHTED:
        return False
    if len(_SIGHTED) >= SIGHTED_SIZE:
        _SIGHTED.clear()
    _SIGHTED.add(hashed)
    return True


def _parse_and_memoise(
    context: Context, sentence: Sentence, quotation: Attribution | None, memo: _Memo
) -> None:
    before = len(context.claims)
    context.pronoun_seen = False
    context.remembered.clear()
    names = context.known_names
    if isinstance(names, _AskedNames):
        names.asked.clear()
    _parse_content(context, sentence, quotation)
    if context.pronoun_seen or not isinstance(names, _AskedNames):
        memo.memoisable = False
        return
    if len(memo.parses) >= MAX_PARSES:
        del memo.parses[0]
    memo.parses.append(
        _Parsed(
            tuple(context.claims[before:]),
            sentence.start,
            tuple(index - before for index in context.remembered),
            tuple(names.asked.items()),
        )
    )


def _matching_parse(context: Context, memo: _Memo) -> _Parsed | None:
    """The memoised parse this article's known names answer alike, if any."""
    names = context.known_names
    for parsed in memo.parses:
        if not parsed.asked or (
            isinstance(names, _AskedNames) and names.same_answers(parsed.asked)
        ):
            return parsed
    return None


def _replay(context: Context, sentence: Sentence, parsed: _Parsed) -> None:
    """The memoised claims, moved to this sentence and numbered in this article."""
    article = context.article
    claims = context.claims
    shift = sentence.start - parsed.base
    line = context.line_of(parsed.claims[0].start + shift) if parsed.claims else 0
    moved: dict[int, Any] = {}  # mentions shared by several claims are moved once
    for index, first in enumerate(parsed.claims):
        values = first.__dict__.copy()
        start = first.start + shift
        values["id"] = context.next_id()
        values["article_id"] = article.id
        values["source"] = article.source
        values["sentence_start"] = first.sentence_start + shift
        values["start"] = start
        values["end"] = first.end + shift
        spans = first.spans
        if len(spans) == 1:  # most claims
            values["spans"] = ((start, spans[0][1] + shift),)
        else:
            values["spans"] = tuple((low + shift, high + shift) for low, high in spans)
        # Every claim of a sentence starts on the sentence's line unless it spans lines.
        values["line"] = line if first.line == parsed.claims[0].line else context.line_of(start)
        if shift:
            if first.numbers:
                values["numbers"] = _shifted(first.numbers, shift, moved)
            if first.dates:
                values["dates"] = _shifted(first.dates, shift, moved)
            if first.entities:
                values["entities"] = _shifted(first.entities, shift, moved)
        claim = with_values(first, values)
        if index in parsed.remembered:
            _remember_subject(context, claim)
        claims.append(claim)


def _shifted(
    mentions: tuple[_Mention, ...], shift: int, moved: dict[int, Any]
) -> tuple[_Mention, ...]:
    found = []
    for mention in mentions:
        copy = moved.get(id(mention))
        if copy is None:
            values = mention.__dict__.copy()
            values["start"] += shift
            values["end"] += shift
            copy = moved[id(mention)] = with_values(mention, values)
        found.append(copy)
    return tuple(found)


def _after_caption_label(context: Context, text: str, start: int, end: int) -> int:
    """Where a caption's words start after its label ("Her choice: Ana Ruiz began ..."): the
    label sums the picture up and is no word of the claim. Not a clause ("Ruiz said: ..."),
    not a label that gives the kind ("Opinion: ..."), not a headline's ("Kurds: ..." names
    who says it), and not one word the article writes as a name ("Hunter: They are coming
    ...", a transcript's speaker). One word is no clause ("Injured:", "Arrested:"), but a
    participle says what happened when the words after it have no verb ("Murdered:
    journalist James Foley")."""
    label = noise.caption_label(text, start, end)
    if label is None or labels_the_kind(label.words) or headlines.in_masthead(text, start):
        return start
    if _names_speaker(context, label.words):
        return start  # "Police: ...": who says it (``_speaker_label``)
    if " " in label.words:
        # a kicker in capitals is read in lower case: "OFFICIALS SAY:" is a clause
        words = label.words.lower() if label.words.isupper() else label.words
        return start if grammar.has_verb(words) else label.content_start
    if label.words in context.known_names or (
        grammar.is_past_participle(label.words)
        and not grammar.has_verb(text[label.content_start : end])
    ):
        return start
    return label.content_start


def _has_verb(text: str, title: bool) -> bool:
    """Whether a line that looks like a heading has a verb: a common one, or on a title
    line (the article's title or deck, above its first sentence) one of the verbs a
    headline states its news with (``headlines``); a section heading further down ("Travel
    hints") keeps the short list."""
    untitled = _untitled(text)
    return grammar.has_verb(untitled) or (title and headlines.has_headline_verb(untitled))


def _untitled(text: str) -> str:
    """A Title Case headline in lower case (after its first word), so its verb is seen."""
    words = text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    if len(words) < 2 or capitalised < 0.6 * len(words):
        return text
    first, _, rest = text.partition(" ")
    return first + " " + rest.lower()


#: A clause of time before a speaker tag: its opener, the clause, its comma.
_TIME_CLAUSE_LEAD = re.compile(
    r"(?:(?:But|And)[ \t]+)?(?P<opener>After|Before|When|Since|Once|Until)[ \t]+"
    r"(?P<clause>[^,;:\"“”]{3,160}),[ \t]*$"
)


def _time_clause_before_speaker(content: View, attribution: Attribution) -> View | None:
    """ "After Ana Ruiz resigned, she said ...": the clause of time before the speaker is
    the writer's fact ("Ana Ruiz resigned"), which the speaker's statement would lose."""
    start = attribution.speaker_span[0]
    if start <= 0 or attribution.content_start < attribution.speaker_span[1]:
        return None  # no lead, or one inside the statement ("When ..., Ruiz said, the ...")
    found = _TIME_CLAUSE_LEAD.match(content.text, 0, start)
    if found is None or not grammar.has_verb(found.group("clause")):
        return None
    first = found.group("clause").split(None, 1)[0].lower()
    if first.endswith(("ed", "ing")) or grammar.is_finite_start(found.group("clause")):
        return None  # "When asked about the fire, the mayor said ...": no subject of its own
    return content.slice(*found.span("clause"))


def _dated_tail(content: View, attribution: Attribution, mentions: Mentions) -> bool:
    """Whether the words after the attribution verb carry a date ("said on Monday")."""
    start, end = attribution.tail_span
    if end <= start:
        return False
    spans = content.slice(start, end).spans()
    return bool(mentions.within(spans).dates)


#: The words after a verb of saying that name how it was said and an event of its own: "in
#: a written statement that the envoy read out", "in an interview which was cut short". Only
#: after "in" and a determiner: "told the paper that ...", "confirmed on the record that
#: ..." open the statement itself with "that" when the tag was misread.
_TAIL_WITH_A_RELATIVE = re.compile(
    r"in[ \t]+(?:a|an|the|his|her|its|their)[ \t][^,;:]{1,40}?[ \t](?:that|which)"
    r"(?:[ \t]+[\w’'.-]+){2}"
)


def _tail_with_an_event(content: View, attribution: Attribution) -> bool:
    """Whether the words after the attribution verb say how the statement was made with a
    relative clause of their own ("said in a written statement that the envoy read out at
    his briefing"): that is then a fact outlets report, as its date is."""
    start, end = attribution.tail_span
    if end <= start or not attribution.quoted:
        return False
    return _TAIL_WITH_A_RELATIVE.match(content.slice(start, end).text) is not None


def _statement_claim(
    context: Context,
    sentence: Sentence,
    content: View,
    attribution: Attribution,
    mentions: Mentions,
) -> Claim | None:
    """When and where a statement was made is a fact of its own ("the ministry said on
    Monday", "the spokesperson told reporters in Oslo"): outlets disagree on it. A pronoun
    speaker is named as the statement's speaker is ("Ana Ruiz said on Friday"); one that
    names no one gives no claim, since "She said on Friday" tells nothing on its own."""
    speaker = content.slice(*attribution.speaker_span)
    named = _resolve_speaker(context, attribution)
    assert named is not None  # resolving keeps an attribution an attribution
    if speaker.text.lower() in SUBJECT_PRONOUNS:
        if named.speaker.lower() == speaker.text.lower():
            return None
        speaker = speaker.replace_head(len(speaker.text), named.speaker)
    verb = content.slice(*attribution.verb_span)
    tail = content.slice(*attribution.tail_span)
    view = View([*speaker.pieces, Piece(-1, " "), *verb.pieces, Piece(-1, " "), *tail.pieces])
    clause = Clause(view, named.speaker, "statement")
    return _make(context, sentence, clause, None, mentions)


def _opinion_by_clause(
    context: Context,
    sentence: Sentence,
    body: View,
    appositions: tuple[View, list[Clause]] | None,
    attribution: Attribution | None,
    mentions: Mentions,
) -> bool:
    """A sentence with an opinion cue in one clause ("The end date is May 1, a date that
    should allow time for a successor"): its other clauses are facts. Each clause is
    classified; False (nothing added) when no clause is a fact."""
    clauses = split_clauses(body, appositions)
    attributed, ruling = attribution is not None, _ruling(attribution)
    kinds = [classify(c.view.text, attributed=attributed, ruling=ruling) for c in clauses]
    clauses, kinds = _judged_facts(clauses, kinds, attributed=attributed, ruling=ruling)
    if len(clauses) < 2 or all(kind is not Kind.FACT for kind, _ in kinds):
        aside = _opinion_aside(body, kinds[0][1] if len(clauses) == 1 else None)
        if aside is None:
            return False
        rest = _without_aside(body, aside)
        if classify(rest.text, attributed=attributed, ruling=ruling)[0] is not Kind.FACT:
            return False
        clauses = [*split_clauses(rest), Clause(body.slice(*aside))]
        kinds = [(Kind.FACT, None)] * (len(clauses) - 1) + [kinds[0]]
    for clause, (kind, why) in zip(clauses, kinds, strict=True):
        if kind is Kind.FACT:
            claim = _claim(context, sentence, clause, attribution, mentions)
            if claim is not None:
                _add(context, claim)
        else:
            reason = why or str(kind)
            said = _speakers_words(kind, attribution)
            dropped = _dropped(context, sentence, kind, reason, clause.view, mentions, said)
            _add(context, dropped)
    return True


#: "It was shameful that ...", "It is "disgraceful" that ...", "So absurd that ...": a
#: judgement of what its that-clause states, ``adjective`` the judging word (matched after
#: any blanks and quotation marks that open the clause).
_JUDGED_THAT = re.compile(
    r"(?<![\w'’])(?:(?:[Ii]t|[Tt]his)\s+(?:is|was|has\s+been|had\s+been)|So|so|How|how)"
    r"(?:\s+(?:so|very|truly|simply|utterly|absolutely|just|really))?"
    r"\s+(?:[\"“‘']\s*)?(?P<adjective>[A-Za-z]+)(?:\s*[\"”’'])?\s+that\s+(?=[\w\"“‘'])"
)
#: What may open a clause before its first word.
_CLAUSE_OPENING = " \t\n\"“”‘’'"


def _judged_facts(
    clauses: list[Clause],
    kinds: list[tuple[Kind, str | None]],
    attributed: bool,
    ruling: bool = False,
) -> tuple[list[Clause], list[tuple[Kind, str | None]]]:
    """Each opinion clause that only judges what its that-clause states ("It was
    disgraceful that the files were leaked") is kept as the opinion it is, and followed by
    the clauses of what it judges, as facts: the judgement takes that for granted, so an
    outlet that reports "the files were leaked" without judging it says the same.

    WHY: "it is/was <evaluative word> that ..." presupposes its clause (one cannot find it
    shameful that something happened unless it happened), unlike "it would be absurd if"
    or "it is time that", which the pattern does not read. The judging word must be the
    cue that made the clause an opinion, and the clause judged must classify as a fact."""
    out_clauses: list[Clause] = []
    out_kinds: list[tuple[Kind, str | None]] = []
    for clause, (kind, why) in zip(clauses, kinds, strict=True):
        out_clauses.append(clause)
        out_kinds.append((kind, why))
        text = clause.view.text
        opening = len(text) - len(text.lstrip(_CLAUSE_OPENING))
        found = _JUDGED_THAT.match(text, opening) if kind is Kind.OPINION else None
        if found is None or why != f"opinion: '{found.group('adjective').lower()}'":
            continue
        judged = clause.view.slice(found.end())
        if classify(judged.text, attributed=attributed, ruling=ruling)[0] is not Kind.FACT:
            continue
        for part in split_clauses(judged):
            out_clauses.append(part)
            out_kinds.append((Kind.FACT, None))
    return out_clauses, out_kinds


#: An aside between dashes: " — in which every bill must ... — ".
_DASHED_ASIDE = re.compile(
    r"(?<![ \t])[ \t]+(?:—|–|--)[ \t]+[^—–]{3,200}?[ \t]+(?:—|–|--)(?=[ \t])"
)
#: A noun phrase closing a clause with its own relative: ", a date that should ...".
_TRAILING_NOUN_ASIDE = re.compile(
    r",[ \t]+(?:a|an|one)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:that|which)[ \t][^,;]{3,300}$"
)


def _opinion_aside(body: View, why: str | None) -> tuple[int, int] | None:
    """Where the aside that holds a sentence's only opinion cue stands in ``body``: "The
    end date is May 1, a date that should allow time" / "Setting the tone — in which
    every bill must cite its source — members began to read": the cue is the aside's,
    the rest of the sentence is the writer's fact. None when the cue is elsewhere."""
    if why is None or not why.startswith("opinion: '"):
        return None
    text = body.text
    cue = re.search(rf"\b{re.escape(why[10:-1])}\b", text, re.I)
    if cue is None:
        return None
    for found in _DASHED_ASIDE.finditer(text):
        if found.start() < cue.start() < found.end():
            return found.start(), found.end()
    trailing = _TRAILING_NOUN_ASIDE.search(text.rstrip(" \t.!\"”’'"))
    if trailing is not None and trailing.start() < cue.start():
        return trailing.start(), trailing.end()
    return None


def _without_aside(body: View, aside: tuple[int, int]) -> View:
    """``body`` without the aside; an aside right after an opening phrase ("Setting the
    tone for the session — in which ... — members began") leaves the comma it stood for,
    so that the phrase reads as the clause's setting."""
    start, end = aside
    head = body.text[:start]
    first = head.split(None, 1)[0].lower() if head.strip() else ""
    if body.text[start:end].lstrip()[:1] == "," or "," in head or grammar.has_verb(head):
        return body.without(start, end)
    if not (first.endswith("ing") or first in _OPENING_PREPOSITIONS):
        return body.without(start, end)
    rest = body.slice(end).pieces
    return View([*body.slice(0, start).pieces, Piece(-1, ","), *rest], body.kept)


#: Words that open a phrase before a clause ("In the first week — ... — the council met").
_OPENING_PREPOSITIONS = frozenset("in on at during after before since amid despite for".split())


def _speaker_relative(content: View, attribution: Attribution) -> Clause:
    """'"...," said Ms. Ruiz, who heads the port' -> "Ms. Ruiz heads the port": the writer's
    fact about the speaker, not part of the quotation."""
    about = attribution.relative_subject_span
    # A test of the span, not ``is``: compiled (mypyc) code copies tuples of ints.
    about_another = about[1] > about[0]
    start, end = about if about_another else attribution.speaker_span
    # "said Mara Ilves, 34, who was travelling": the relative is about Mara Ilves; so it is
    # in "said Tom Berg, a spokesman, who could not confirm it"
    words = content.text[start:end]
    speaker = content.slice(start, start + min(grammar.age_start(words), _description_start(words)))
    body = content.slice(*attribution.relative_span)
    view = View([*speaker.pieces, Piece(-1, " "), *body.pieces], content.kept)
    named = attribution.speaker
    name = speaker.text if about_another else named[: _description_start(named)]
    return Clause(view, name, "relative", author_voice=True)


#: A description set off by a comma after a name: ", a spokesman", ", the port's director".
_DESCRIPTION_AFTER_NAME = re.compile(r"(?<=[A-Za-z.]),[ \t]+(?:a|an|the|his|her|its|their)[ \t]")


def _description_start(speaker: str) -> int:
    """Where a description set off after a capitalised name starts ("Tom Berg, a spokesman"
    -> 8), else ``len(speaker)``: the person a relative after it is about is the name."""
    found = _DESCRIPTION_AFTER_NAME.search(speaker)
    if found is None or not speaker[:1].isupper() or not speaker.split(None, 1)[0][:1].isupper():
        return len(speaker)
    head = speaker[: found.start()]
    return found.start() if all(word[:1].isupper() for word in head.split()) else len(speaker)


def _quoted(text: str, quotation: Attribution) -> Attribution:
    """A sentence inside a quotation: all of it is the speaker's words, minus the marks."""
    start, end = 0, len(text)
    while start < end and text[start] in ' \t"“”':
        start += 1
    while end > start and text[end - 1] in ' \t"“”':
        end -= 1
    start, end = inside_single_marks(text, start, end)
    return Attribution(
        quotation.speaker, quotation.cue, start, end, True, quotation.hedged, hedge=quotation.hedge
    )


def _noise(context: Context, raw: str, whole_line: bool) -> str | None:
    reason = _boilerplate(raw, whole_line)
    if reason is not None:
        return reason
    if whole_line and noise.own_author_note(raw, context.article.source):
        return "author note"
    return "repeated line" if _repeated(context, noise.normalized_line(raw)) else None


def _on_an_author_note(context: Context, sentence: Sentence) -> bool:
    """Whether the sentence's line opens with the outlet's note on its writer
    (``noise.own_author_note``), perhaps in italics, with more after it: "*Ana Ruiz covers
    railways for the Post. She has travelled the line since she was a boy.*" is the note
    whole, its second sentence too."""
    source = context.article.source
    line = context.line_of(sentence.start)
    known = context.author_note_lines.get(line)
    if known is not None:
        return known  # a long line's sentences read it once
    start = context.line_starts[line - 1]
    end = context.line_starts[line] - 1 if line < len(context.line_starts) else None
    text = context.article.text[start:end]
    first = noise.first_sentence_of_line(text) if source else None
    note = first is not None and noise.own_author_note(first, source)
    context.author_note_lines[line] = note
    return note


def _beside_an_appeal(context: Context, sentence: Sentence, raw: str) -> bool:
    """Whether the sentence speaks of the outlet on a line that appeals to the reader
    (``noise.outlet_beside_its_appeal``)."""
    if not raw.startswith(("We ", "Our ", "The ")):
        return False  # most sentences: the cheap test
    text = context.article.text
    line = context.line_of(sentence.start)
    line_end = context.line_starts[line] - 1 if line < len(context.line_starts) else len(text)
    return noise.outlet_beside_its_appeal(
        raw.strip(), text[context.line_starts[line - 1] : line_end], context.article.source
    )


def _recirculated(context: Context, sentence: Sentence) -> bool:
    """Whether the sentence's line is an item of a list of the page's other stories, under
    a heading such as "Most read" (``noise.in_recirculation_list``)."""
    line_start = context.line_starts[context.line_of(sentence.start) - 1]
    return noise.in_recirculation_list(context.article.text, line_start)


def _boilerplate(raw: str, whole_line: bool) -> str | None:
    # Adverts, credits and signatures fill a line of their own; a sentence inside a
    # paragraph is not checked against them (that also keeps the cost down).
    if whole_line:
        reason = noise.boilerplate_reason(raw)
        if reason is not None:
            return reason
    return noise.sentence_boilerplate_reason(raw)


def _repeated(context: Context, key: str) -> bool:
    """Whether the article had this line already (``key`` is its ``normalized_line``)."""
    if key.count(" ") >= 3:  # four words or more (the key is single-spaced, unpadded)
        if key in context.seen_lines:
            return True
        context.seen_lines.add(key)
    return False


def _signature_date(text: str) -> dt.date | None:
    """A social-media post is dated by its signature ("— @handle May 1, 2026")."""
    signature = noise.find_post_signature(text)
    return signature.date if signature else None


#: A picture's caption on a line of its own: who or what, then an -ing word, the first
#: word in capitals ("The trawler Bonny Lass leaving Kelmouth on Sunday.", "Firefighters
#: tackling the blaze at the mill."), ending in a full stop.
_PARTICIPLE_CAPTION = re.compile(
    r"(?P<noun>[A-Z][\w.'’-]{0,30}(?:[ \t][\w.'’-]{1,30}){0,5})[ \t](?P<ing>[a-z]{2,30}ing)"
    r"[ \t][^\"“”?!]{3,160}\.$"
)
#: Words past which a line is a sentence, however it reads.
MAX_CAPTION_WORDS = 25


def _participle_caption(text: str) -> bool:
    """A line of a noun and an -ing phrase with no verb of its own (``_PARTICIPLE_CAPTION``):
    it describes a picture and states nothing. Not when a word before the -ing word is a
    function word ("They are seen leaving" has a verb; "After leaving the port" opens with
    a preposition) or the line has a verb."""
    found = _PARTICIPLE_CAPTION.match(text)
    if found is None or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    if any(mark in text for mark in ",;:()") or _CAPTION_CONTRACTION.search(text):
        return False  # "After hearing gunfire, the trio go ...", "We're expecting ..."
    function_words = tables.function_words()
    prepositions = tables.words("prepositions.txt")
    noun = found.group("noun").split()
    lowered = [word.lower() for word in noun]
    if lowered[-1] in function_words or any(
        word in prepositions or word in _CAPTION_JOINERS for word in lowered
    ):
        return False  # "They are seen leaving ...", "The cost of keeping ...", "after ..."
    if lowered[0] in function_words and lowered[0] not in _CAPTION_DETERMINERS:
        return False  # "It is raining ..."
    before = noun[-1]
    if before.islower() and (before in lemmas.verbs() or before.endswith("ed")):
        return False  # "The boy lay bleeding on the floor ..."
    after = text[found.end("ing") :].split(None, 1)[0]
    if not after[:1].isupper() and not (
        after in prepositions or after in _CAPTION_DETERMINERS or after.endswith("ly")
    ):
        return False  # "UK pricing and the release date remain unknown."
    return not grammar.has_verb(text)


_CAPTION_CONTRACTION = re.compile(r"[’'](?:re|ve|m|ll|d)\b|n[’']t\b|\bI\b", re.I)
#: Words that join a clause or a phrase, never part of a caption's noun ("... before", "and").
_CAPTION_JOINERS = frozenset({"and", "or", "but", "nor", "before", "after", "while", "as"})


#: Function words that may open a caption's noun ("The ferry ...", "A crew ...").
_CAPTION_DETERMINERS = frozenset(
    {"the", "a", "an", "two", "three", "four", "some", "his", "her", "their", "its"}
)


def _whole_line(context: Context, sentence: Sentence) -> bool:
    """Whether the sentence fills its line (bullets and blanks aside)."""
    text = context.article.text
    line = context.line_of(sentence.start)
    line_start = context.line_starts[line - 1]
    line_end = context.line_starts[line] - 1 if line < len(context.line_starts) else len(text)
    # Searched in place: slicing the rest of the line for every sentence of a one-line
    # paragraph copied it once per sentence (quadratic in the paragraph's length).
    return (
        _NOT_BULLET.search(text, line_start, sentence.start) is None
        and _NOT_BLANK.search(text, sentence.end, line_end) is None
    )


def _caption_line(context: Context, sentence: Sentence) -> str | None:
    """Why the line the sentence shares with others is boilerplate, when it opens with the
    label of a picture ("(Photo: A Baltair jet at Riga airport. Credit: archive)"): the
    boilerplate table reads whole lines, and a caption of two sentences fills none of its
    own. None for other lines, and for a labelled line the table does not call noise."""
    text = context.article.text
    line = context.line_of(sentence.start)
    line_start = context.line_starts[line - 1]
    if not _CAPTION_LABEL.match(text, line_start):
        return None  # most lines: no label at their start
    line_end = context.line_starts[line] - 1 if line < len(context.line_starts) else len(text)
    return noise.boilerplate_reason(text[line_start:line_end])


def _caption_tail(context: Context, sentence: Sentence) -> str | None:
    """Why a line is the end of a bracketed caption begun on the line right above it
    ("[Photo: The pier at dawn. Photo by" / "Ana Ruiz / Gazette]"): the line closes a
    bracket it never opens, and the line above opens with a caption's label and a bracket
    it never closes. The tail names no one's act ("Ana Ruiz / Gazette]." is a credit), and
    the head is dropped as a caption already. None for every other line."""
    text = context.article.text
    line = context.line_of(sentence.start)
    if line < 2:
        return None
    line_start = context.line_starts[line - 1]
    line_end = context.line_starts[line] - 1 if line < len(context.line_starts) else len(text)
    own = text[line_start:line_end].rstrip(" \t.")
    if not own.endswith(("]", ")")) or len(own) > _CAPTION_TAIL_LENGTH:
        return None  # most lines: no closing bracket at their end
    close = own[-1]
    opening = "[" if close == "]" else "("
    if opening in own:
        return None
    above = text[context.line_starts[line - 2] : line_start].strip()
    if not above.startswith(opening) or close in above or not _CAPTION_LABEL.match(above):
        return None
    return "photo credit"


#: The longest line read as a caption's tail: a credit is a name or two and an outlet.
_CAPTION_TAIL_LENGTH = 120


#: The label a caption opens with, after a bracket or emphasis marks: "(Photo:", "[Photo:",
#: "*Image:"
#: (bounded runs: a line of brackets is read a few characters deep, not to its end).
_CAPTION_LABEL = re.compile(
    r"[ \t]{0,3}[(\[*_]{0,3}[ \t]{0,2}(?:photo|image|picture|video|illustration)[ \t]{0,2}:",
    re.IGNORECASE,
)


#: A character ``str.strip(" \t•*-—–")`` would keep: the sentence has words before it.
_NOT_BULLET = re.compile(r"[^ \t•*\-—–]")
#: A character ``str.strip()`` would keep (both use Unicode whitespace).
_NOT_BLANK = re.compile(r"\S")


def _mentions(context: Context, start: int, end: int) -> Mentions:
    text = context.article.text[start:end]
    lower = tables.text_words(text).lower  # read once for both finders
    dates = find_dates(text, start, context.published, lower)
    spans = [(d.start - start, d.end - start) for d in dates]
    numbers = find_numbers(text, start, spans, lower)
    entities = find_entities(text, start, context.aliases, context.known_names)
    if numbers and entities and headlines.is_title_case(text):
        # "Paid $9 Million in Seven Years": title case, not names, capitalised the figures.
        entities = headlines.figures_out_of_names(text, start, numbers, entities)
    return Mentions(numbers, dates, entities)


def _add(context: Context, claim: Claim) -> None:
    context.claims.append(claim)


_NO_MENTIONS = Mentions([], [], [])


def _dropped(
    context: Context,
    sentence: Sentence,
    kind: Kind,
    reason: str,
    content: View | None = None,
    mentions: Mentions | None = None,
    attribution: Attribution | None = None,
) -> Claim:
    """A claim the verdicts leave out (an opinion, a question, boilerplate ...), with why.
    An opinion keeps its speaker: "Ruiz said the port should close" is Ruiz's opinion, not
    the writer's."""
    text = context.article.text
    view = content or View.of(text, sentence.start, sentence.end)
    clause = Clause(view)
    speaker = _resolve_speaker(context, attribution)
    return _make(context, sentence, clause, speaker, mentions or _NO_MENTIONS, kind, reason)


def _claim(
    context: Context,
    sentence: Sentence,
    clause: Clause,
    attribution: Attribution | None,
    mentions: Mentions,
) -> Claim | None:
    if _TWO_WORDS.search(clause.view.text) is None:
        return None  # fewer than two words
    clause = _resolve_pronoun(context, clause, attribution)
    attribution = _resolve_speaker(context, attribution)
    copied_subject = bool(clause.view.pieces) and clause.view.pieces[0].start < 0
    claim = _make(context, sentence, _without_joining_opener(clause), attribution, mentions)
    # A copied subject is an earlier claim's; the speaker is this sentence's own ("Mr. Kim
    # said his country ...": "his" replaced, Mr. Kim still the one a later "he" means).
    named_speaker = claim.attribution is not None and (
        _named_person(claim.attribution) or _surname_of(claim.attribution, context.last_person)
    )
    if clause.origin == "main" and (not copied_subject or named_speaker):
        _remember_subject(context, claim)
        context.remembered.append(len(context.claims))  # the index ``_add`` gives it
    return claim


@cache
def _joining_opener() -> re.Pattern[str]:
    """The joining words of data/joining_openers.txt, with their comma and the blanks after
    them (a first letter in either case), and the writer's comments of
    data/evaluative_adverbs.txt ("Sadly,": no part of the fact either); matched where a
    text's first word starts."""
    alternatives = []
    openers = tables.words("joining_openers.txt") | tables.words("evaluative_adverbs.txt")
    for entry in sorted(openers, key=lambda e: (-len(e), e)):
        words = entry.rstrip(",")
        first = re.escape(words[0])
        head = f"[{first.upper()}{first}]{re.escape(words[1:])}".replace(r"\ ", "[ \t]+")
        comma = "," if entry.endswith(",") else ",?"
        alternatives.append(f"{head}{comma}")
    return re.compile(rf"(?:{'|'.join(alternatives)})[ \t]+(?![Ff]or\b)(?=\S)")


def _without_joining_opener(clause: Clause) -> Clause:
    """ "But the ferry sailed." -> "the ferry sailed." (read "The ferry sailed."): a word
    that only joins the sentence to the one before (data/joining_openers.txt) is no part
    of the claim's text, which stands alone. Cut after the subject's pronoun was resolved,
    which reads the joining word ("But he said ...")."""
    text = clause.view.text
    blanks = len(text) - len(text.lstrip(" \t"))
    found = _joining_opener().match(text, blanks)
    if found is None or found.end() >= len(text.rstrip()):
        return clause
    end = found.end()
    # "Thankfully, however, the claims ...": a second one after the first goes too
    while (again := _joining_opener().match(text, end)) and again.end() < len(text.rstrip()):
        end = again.end()
    view = clause.view.slice(end)
    subject = clause.subject
    opener = text[blanks:end]
    if subject is not None and subject.lower() == opener.strip(" \t,").lower():
        subject = subject_of(view.text)  # "And uses a photo ...": "And" read as the subject
    elif subject is not None and subject.startswith(opener):
        subject = subject[len(opener) :]  # "But Canada, Mexico and ...": the word cut too
    return Clause(
        view,
        subject,
        clause.origin,
        clause.reason,
        clause.author_voice,
    )


def _make(
    context: Context,
    sentence: Sentence,
    clause: Clause,
    attribution: Attribution | None,
    mentions: Mentions,
    kind: Kind = Kind.FACT,
    dropped: str | None = None,
) -> Claim:
    article = context.article
    if context.made_from is not sentence:
        context.made_from = sentence
        context.made_from_text = article.text[sentence.start : sentence.end]
    view = clause.view
    text = view.text
    spans = view.spans() or [(sentence.start, sentence.end)]
    own = mentions.within(spans)
    speaker = None if clause.author_voice or attribution is None else attribution
    words = tables.text_words(text).words  # one reading for both finders
    title = headlines.is_title_case(text)
    cues = headlines.title_cues(text) if title else text  # "Will Stop" is a cue there
    certainty = _certainty(cues, speaker, words)
    negation = find_negation(cues, words=words)
    negated = negation is not None or (speaker is not None and speaker.cue.startswith("den"))
    negation_cue = negation.cue if negation else (speaker.cue if negated and speaker else None)
    # Every field, in the model's order (a dict literal): _CLAIM checks the first one only.
    return _CLAIM(
        {
            "id": context.next_id(),
            "article_id": article.id,
            "source": article.source,
            "text": view.sentence_text(),
            "sentence": context.made_from_text,
            "sentence_start": sentence.start,
            "start": spans[0][0],
            "end": spans[-1][1],
            "spans": tuple(spans),
            "line": context.line_of(spans[0][0]),
            "kind": kind,
            "subject": _one_spaced(bare_subject(clause.subject)),
            "predicate": _main_predicate(text, clause.subject, title),
            "quoted": bool(speaker and speaker.quoted),
            "attribution": speaker.speaker if speaker else None,
            "attribution_cue": speaker.cue if speaker else None,
            "certainty": certainty[0],
            "certainty_cue": certainty[1],
            "negated": negated,
            "negation_cue": negation_cue,
            "reason": clause.reason or find_reason(text),
            "numbers": tuple(own.numbers),
            "dates": tuple(own.dates),
            "entities": tuple(own.entities),
            "dropped": dropped,
        }
    )


_CLAIM = Builder(Claim)


def _certainty(
    text: str, attribution: Attribution | None, words: frozenset[str] | None = None
) -> tuple[Certainty, str | None]:
    found = find_certainty(text, words=words)
    if found.certainty is Certainty.ASSERTED and attribution is not None and attribution.hedged:
        return Certainty.HEDGED, attribution.hedge or attribution.cue
    return found.certainty, found.cue


def _ruling(attribution: Attribution | None) -> bool:
    """Whether the sentence's speaker is a court, a judge or a ruling (``ruling_speaker``)."""
    return attribution is not None and ruling_speaker(attribution.speaker)


def _kind_of(text: str, attribution: Attribution | None) -> tuple[Kind, str | None]:
    """``classify`` of a sentence's content, except that a quoted question with its speaker
    ('"Where did the money go?" the senator asked') reports what was asked, and by whom, as
    a fact: two outlets quoting the same question agree. One that asks who or what does a
    thing (``_asks_who_or_what``) stays a question."""
    kind, why = classify(text, attributed=attribution is not None, ruling=_ruling(attribution))
    if (
        kind is Kind.QUESTION
        and attribution is not None
        and attribution.quoted
        and any(mark in text for mark in '"“”')
    ):
        kind = Kind.FACT
    if kind is Kind.FACT and attribution is not None and attribution.quoted:
        asked = text[attribution.content_start : attribution.content_end].strip()
        if asked.endswith("?") and _asks_who_or_what(asked):
            return Kind.QUESTION, _ASKS_WHO_OR_WHAT
    return kind, why


_ASKS_WHO_OR_WHAT = "question: asks who or what"
#: A question whose subject is "who" or "what", in the present or the future ('"And who is
#: going to pay for it?"', "What happens next?", "Who needs ...?"): the verb right after the
#: word, or an auxiliary and then no subject of its own. Its claim would have "who" for a
#: subject, which names nothing to check or to match. "What did the mayor know?" has a
#: subject ("the mayor"), and "Who approved the loan?" asks about a past act: both stay the
#: speaker's question, a fact two outlets may quote alike.
_WHO_OR_WHAT_ASKS = re.compile(
    r"[\"“”'‘ \t]{0,4}(?:(?:And|But|So|Then|and|but|so|then)[ \t])?(?:Who|What|who|what)[ \t]"
    r"(?:(?:is|are|will|would|can|could|should|shall|might|must)"
    r"[ \t](?!(?:the|a|an|he|she|it|they|we|you|i|this|that|these|those|his|her|its|their|"
    r"our|my|your|there)\b)[a-z]|(?!(?:does|is|was|has)\b)[a-z]{1,30}s\b)"
)


def _asks_who_or_what(text: str) -> bool:
    return _WHO_OR_WHAT_ASKS.match(text) is not None


def _resolve_pronoun(
    context: Context, clause: Clause, attribution: Attribution | None = None
) -> Clause:
    """ "It said ..." -> "Iran said ..." when the previous subject makes it unambiguous,
    also after a lead-in ("But he said ...", "In May, he said ...": ``_lead_in_length``)."""
    text = clause.view.text.lstrip()
    # only a "he" or "she" is read after a lead-in: a substring test first (most clauses)
    lead = _lead_in_length(text) if " he " in text or " she " in text else 0
    match = _PRONOUN_SUBJECT.match(text[lead:]) if lead else None
    if match is not None and match.group("head").lower() not in ("he", "she"):
        match = None  # "So it turns out ...", "But it has been years ...": often no referent
    if match is None:
        lead = 0
        match = _PRONOUN_SUBJECT.match(text)
    if match is None or _stands_for_nothing(match, text[lead:]):
        return clause
    context.pronoun_seen = True
    head = match.group("head")
    if not lead and attribution is None:
        speaker = _speaker_who_withheld(context, head, text[match.end() :])
        if speaker is not None:
            return _with_speaker_subject(clause, head, speaker)
    person = head.lower() in ("he", "she")
    name = context.last_person if person else context.last_thing
    last = max(context.subject_sentence, context.person_sentence if person else -10)
    recent = context.sentence_index - last <= 1
    if not person and _published(text[lead:]):
        # "Purdon ... It was posted on a satirical website": a text that was published is
        # seldom the name before it, a person's or a firm's; an unnamed thing may be it
        # ("The photo ... It was published in local media")
        name = None
    if not person and not lead and (name is None or not recent):
        name = _described_just_before(context, head, clause)
        recent = name is not None
    if name is None or not recent or not _fits_the_noun(head, name):
        return clause
    if person and _quotes_its_own_speaker(name, attribution):
        return clause  # '"He did not know," Ruiz said': Ruiz would say "I"
    if person and _another_named_speaker(name, attribution):
        # "Tim Cook told a clerk in Berlin that he wears it": the speaker or the person
        # named before; the speaker-first rule did not take him, so neither is sure
        return clause
    if person and _described_speaker(attribution):
        # "The graffiti artist told reporters he does not agree": most likely the artist,
        # whom no noun list knows as a person; not the person named before
        return clause
    if person:
        if _other_gender(context, name, head.lower()):
            return clause  # "Mr. Diaz ... She said": not him
        far = (
            # "He was ..." may begin anything, unless the writer goes on about the one
            # person the sentence just before was about, named in full ("Graham Pelling has
            # been convicted ... He was found not guilty of a second charge")
            (
                match.group("next").lower() in _EMPTY_IT_NEXT
                and not _goes_on_about(context, name, head.lower(), lead, attribution)
            )
            or context.sentence_index - context.subject_sentence > 1
        )
        # "Ray Dobbs has fished the Mell ... On Sunday, he walked ...": a lead-in alone
        # widens nothing when the sentence before was about a person's full name
        widened = far or (lead > 0 and not _full_name_just_before(context, name))
        if widened and not _gender_shown(context, name, head.lower()):
            # "Harbour Reporters ... This time, he was": perhaps no person; a "she" after
            # a king's caption: not him. Only a person the article showed as "he" (or
            # "she") before, by a title or its own pronoun, is read so this far.
            return clause
        if (widened or lead > 0) and _another_person_named(context, head.lower(), name):
            return clause  # "... shows the reporter Tom Berg. He would be next": Berg
        _note_gender(context, name, head.lower())
        context.person_sentence = context.sentence_index
    leading = len(clause.view.text) - len(text)
    if lead:
        view = clause.view.replace_at(leading + lead, len(head), name)
    else:
        view = clause.view.replace_head(leading + len(head), name)
    return Clause(view, name, clause.origin, clause.reason, clause.author_voice)


def _speaker_who_withheld(context: Context, head: str, rest: str) -> str | None:
    """ "The park said it was reviewing security. It did not say how Sura got out.": a
    pronoun opening an act only a speaker does (``tells_speakers_act``: "did not say",
    "declined to comment") is the one speaker of the sentence before that it can refer to
    (``_nearby_referent``), named or not: what was withheld is that speaker's."""
    pronoun = head.lower()
    if pronoun not in ("it", "he", "she") or not tells_speakers_act(rest.lstrip()):
        return None
    named = _nearby_referent(context, pronoun)
    if named is None and pronoun == "it":
        named = _short_named_body_just_before(context)
    if named is None or not _was_a_speaker_just_before(context, named):
        return None
    return named


def _short_named_body_just_before(context: Context) -> str | None:
    """The one speaker of the sentence just before written by a body's short name, the
    first word of a longer name the article uses ("Tarrant Chemicals ... Tarrant said it
    would set up a fund. It did not say how much"), or None."""
    index = context.sentence_index
    if index < 1 or index >= len(context.sentence_claims):
        return None
    claims = _claims_between(context, index - 1, index, opinions=True)
    speakers = {claim.attribution for claim in claims if claim.attribution}
    bodies = [name for name in speakers if " " not in name and _heads_a_name(context, name)]
    return bodies[0] if len(bodies) == 1 and len(speakers) == 1 else None


def _was_a_speaker_just_before(context: Context, name: str) -> bool:
    """Whether ``name`` is the speaker of a claim of the sentence just before."""
    index = context.sentence_index
    if index < 1 or index >= len(context.sentence_claims):
        return False
    claims = _claims_between(context, index - 1, index, opinions=True)
    return any(claim.attribution == name for claim in claims)


def _fits_the_noun(head: str, name: str) -> bool:
    """Whether ``name`` may be what the subject ``head`` points back to: "the country" is a
    country or region (data/regions.txt), "the group" and "the movement" are none ("The
    group ..." after "Nigeria's army ..." means no Nigeria)."""
    lower = head.lower()
    if lower not in _NOUN_HEADS:
        return True
    is_region = name.lower() in tables.words("regions.txt")
    return is_region if lower == "the country" else not is_region


_NOUN_HEADS = frozenset(("the country", "the group", "the movement"))


#: What may stand before a sentence's subject pronoun: a joining word ("But he ..."), and
#: up to two phrases closed by a comma ("In May, he ...", "But on Monday, in a letter, he").
_LEAD_IN = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Then)[ \t]+)?(?P<phrases>(?:[^,;:\"“”()\n]{1,60},[ \t]+){1,2})"
    r"|(?:But|And|Yet|So|Still|Then)[ \t]+"
)

#: A phrase of time before "he" or "she" with no comma: "On Sunday morning he ...", "Last
#: week she ...", "In 2019 he ...".
_TIME_LEAD_IN = re.compile(
    r"(?P<phrases>(?:On|In|At|Last|This|Later|Earlier|By)(?:[ \t]+[\w'’-]+){1,3}?)[ \t]+"
    r"(?=(?:he|she)[ \t])"
)


def _lead_in_length(text: str) -> int:
    """How many characters of ``text`` come before its subject pronoun: a joining word and
    phrases with no verb and no one named ("In the final week, he ...", not "When the
    mayor left, he ..." or "In a letter to the mayor, he ..." whose "he" may be the mayor,
    nor "After Ruiz spoke, he ..."), else 0."""
    found = _LEAD_IN.match(text) or _TIME_LEAD_IN.match(text)
    if found is None:
        return 0
    phrases = found.group("phrases") or ""
    words = phrases.replace(",", " ").split()
    if any(_names_someone(word, index) for index, word in enumerate(words)):
        return 0
    if any(referents.is_person_noun(word) for word in words):
        return 0  # "In a rebuke of the president, he ...": "he" may be the president
    if any(word.lower() in _LEAD_IN_PRONOUNS for word in words):
        return 0  # "When she left, he ...": two people
    if phrases and any(grammar.has_verb(phrase) for phrase in phrases.split(",") if phrase.strip()):
        return 0
    return found.end()


_LEAD_IN_PRONOUNS = frozenset(("he", "she", "it", "they", "him", "her", "them"))


def _names_someone(word: str, index: int) -> bool:
    """A capitalised word that is not a lead-in's first nor a day or month ("On Monday",
    "In May 2018"): a name."""
    if index == 0 or not word[:1].isupper():
        return False
    return word.strip(".").lower() not in CALENDAR_NAMES


def _quotes_its_own_speaker(name: str, attribution: Attribution | None) -> bool:
    """Whether ``name`` is the speaker of the quotation ``attribution`` reads (by full name,
    surname, or title and surname: "Rev Martin" of "Reverend James Martin"): a "he" or
    "she" in someone's own quoted words is someone else."""
    if attribution is None or not attribution.quoted:
        return False
    speaker = attribution.speaker
    return (
        speaker == name
        or _surname_of(speaker, name)
        or _surname_of(name, speaker)
        or (
            _named_person(speaker)
            and _named_person(name)
            and speaker.split()[-1] == name.split()[-1]
        )
    )


def _speaker_subjects(
    context: Context,
    content: View,
    body: View,
    attribution: Attribution | None,
    clauses: list[Clause],
) -> list[Clause]:
    """'The ministry said it would not attend' -> "The ministry would not attend": a pronoun
    opening reported speech refers to the speaker named before it when they agree
    (``referents``). Only the statement's own subject is replaced: its first clause and
    the clauses that copied its subject."""
    if attribution is None or attribution.quoted or not clauses or not body.pieces:
        return clauses
    speaker = _resolve_speaker(context, attribution)
    assert speaker is not None  # resolving keeps an attribution an attribution
    pronouns: frozenset[str] | None = None
    replaced = []
    stood_for: str | None = None  # the pronoun the statement's subject replaced
    heads = partial(_heads_a_name, context)
    for clause in clauses:
        if stood_for is not None and _repeats_pronoun(clause, stood_for):
            # "Westmoor said it would give a date, and it apologised": the same pronoun
            # opening a later clause of the statement is the same subject
            replaced.append(_with_speaker_subject(clause, stood_for, speaker.speaker))
            continue
        if (
            clause.origin == "participle"
            and speaker.cue != "according to"
            and not _tag_after(speaker)
            and _speakers_act(clause)
        ):
            # "The mayor said the pier will close, citing safety concerns": the mayor cited
            # them, not the pier; the writer reports the act
            replaced.append(_with_doer(clause, speaker.speaker))
            continue
        pronoun = _statement_pronoun(clause, body)
        if pronoun is None and not _tag_after(speaker):
            # "Okoye said repairs could cost more, though he cautioned that ...": the
            # speaker's own act after a contrast (``_speakers_concession``)
            replaced.append(_speakers_concession(context, clause, speaker.speaker))
            continue
        if pronoun is not None and not referents.speaker_leads(content.text, speaker, pronoun):
            pronoun = None
        if pronoun is not None and _other_gendered_pronoun(attribution.speaker, pronoun):
            pronoun = None  # "But he said she was ...": she is not he, whoever he is
        if pronoun is not None and _double_possessive(pronoun, speaker.speaker):
            pronoun = None  # "North Korea's leader said his country": no "leader's country"
        if pronoun is not None and pronouns is None:
            pronouns = referents.speaker_pronouns(
                speaker.speaker,
                context.aliases.lookup,
                partial(_person_named, context),
                own_statement=True,
                sourced=speaker.cue == "according to",
                heads_a_name=None if speaker.cue == "according to" else heads,
            )
        if pronoun is not None and pronouns and referents.person_of(pronoun) in pronouns:
            clause = _with_speaker_subject(clause, pronoun, speaker.speaker)
            stood_for = pronoun if pronoun.lower() == referents.person_of(pronoun) else None
            if _named_person(speaker.speaker):
                _note_gender(context, speaker.speaker, referents.person_of(pronoun))
        elif pronoun is not None and referents.person_of(pronoun) == "it":
            voiced = referents.body_voiced(
                speaker.speaker, context.aliases.lookup, partial(_person_named, context), heads
            )
            if voiced is not None:
                # "A spokeswoman for the charity said it ...": the charity
                clause = _with_speaker_subject(clause, pronoun, voiced)
        replaced.append(clause)
    return replaced


def _double_possessive(pronoun: str, speaker: str) -> bool:
    """Whether putting ``speaker`` for a person's possessive ``pronoun`` would stack two
    possessives ("North Korea's leader's country"): a reader gets no clearer claim, and the
    text no longer reads as other outlets word it. A body's "its" is put ("Israel's
    government said its operations" -> "Israel's government's operations")."""
    if pronoun.lower() not in ("his", "her"):
        return False
    name = referents.described_name(speaker)
    return "'s " in name or "’s " in name


def _repeats_pronoun(clause: Clause, pronoun: str) -> bool:
    """Whether ``clause``, a later main clause of a statement, opens with ``pronoun`` (a
    subject pronoun the statement's first clause had) as its subject."""
    if clause.origin != "main" or clause.author_voice:
        return False
    opening = referents.replaceable_pronoun(clause.view.text.lstrip())
    return opening is not None and opening.lower() == pronoun.lower()


def _other_gendered_pronoun(tag: str, pronoun: str) -> bool:
    """Whether the tag's speaker is written "he" and the statement opens with "she" (or its
    "her"), or the other way round: the two are not one person."""
    said = tag.lower()
    person = referents.person_of(pronoun)
    return said in ("he", "she") and person in ("he", "she") and person != said


@cache
def _speaking_pasts() -> frozenset[str]:
    """ "cited", "told", "warned": the pasts of the participles a speaker adds to their own
    statement (data/reporting_participles.txt, and "citing")."""
    participles = (
        tables.words("reporting_participles.txt")
        | tables.words("judging_participles.txt")
        | {"citing"}
    )
    return frozenset(grammar.past_of_participle(word) for word in participles)


def _tag_after(attribution: Attribution) -> bool:
    """Whether the speaker is named after the statement ("..., officials said"): a
    participle before that tag is inside the statement, and its doer is the statement's
    subject: in "The port shut, citing the storm, officials said" the port cited it."""
    return attribution.speaker_span[0] >= attribution.content_end


def _speakers_act(clause: Clause) -> bool:
    """Whether a participle clause built on the statement's subject ("The pier cited ...")
    tells an act of speaking, which is the speaker's."""
    subject = clause.subject
    text = clause.view.text.lstrip()
    if not subject or not text.startswith(subject):
        return False
    verb = text[len(subject) :].split(None, 1)
    return bool(verb) and verb[0] in _speaking_pasts()


def _with_doer(clause: Clause, doer: str) -> Clause:
    """``clause`` with ``doer`` in place of its copied subject, in the writer's voice."""
    assert clause.subject is not None
    leading = len(clause.view.text) - len(clause.view.text.lstrip())
    doer = referents.described_name(doer)
    view = clause.view.replace_head(leading + len(clause.subject), doer)
    return Clause(view, doer, clause.origin, clause.reason, author_voice=True)


def _another_named_speaker(name: str, attribution: Attribution | None) -> bool:
    """Whether ``attribution`` reports another named person's words than ``name``'s."""
    if attribution is None or attribution.quoted:
        return False
    # one last word: the same person ("Mr Qureshi" of "Asim Qureshi", or the name itself)
    speaker = attribution.speaker
    return speaker.split()[-1] != name.split()[-1] and _named_person(speaker)


def _described_speaker(attribution: Attribution | None) -> bool:
    """Whether ``attribution`` reports the words of one speaker described by a noun no list
    knows ("the graffiti artist", "a forensic examiner": ``referents.may_speak``), which may
    be a person: a determiner, then words in lower case to the head's end
    (``referents.head_words``), a singular noun last, none of a document (data/
    document_nouns.txt: "The statement said he ...", "a website set up in his honour said
    he ..." speak of someone else)."""
    if attribution is None or attribution.quoted:
        return False
    words = attribution.speaker.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return False
    documents = tables.words("document_nouns.txt")
    head = referents.head_words(attribution.speaker)[1:]
    return (
        bool(head)
        and all(word.isalpha() and word.islower() for word in head)
        and not head[-1].endswith("s")
        and not any(referents.may_speak(word) or word in documents for word in head)
    )


def _statement_pronoun(clause: Clause, body: View) -> str | None:
    """The pronoun that opens ``clause`` when the clause starts where the reported
    statement starts or carries its copied subject."""
    first = clause.view.pieces[0] if clause.view.pieces else None
    if first is None or clause.author_voice:
        return None
    text = clause.view.text.lstrip()
    leading = len(clause.view.text) - len(text)
    if first.start >= 0 and first.start + leading != _first_word_at(body):
        return None
    return referents.replaceable_pronoun(text)


def _first_word_at(view: View) -> int:
    first = view.pieces[0]
    return first.start + len(first.text) - len(first.text.lstrip())


def _with_speaker_subject(clause: Clause, pronoun: str, speaker: str) -> Clause:
    leading = len(clause.view.text) - len(clause.view.text.lstrip())
    name = referents.standing_for(pronoun, referents.described_name(speaker))
    view = clause.view.replace_head(leading + len(pronoun), name)
    subject = name
    if referents.person_of(pronoun) != pronoun.lower() and clause.subject:
        # "its profits" -> "The company's profits": the possessive was part of the subject
        subject = f"{name}{clause.subject[len(pronoun) :]}"
    return Clause(view, subject, clause.origin, clause.reason, clause.author_voice)


def _heads_a_name(context: Context, word: str) -> bool:
    """Whether the article writes ``word`` as the first word of a longer capitalised name
    ("Corlan Pharma", "Halvard Data"): the short name of a body, not a person's surname."""
    context.pronoun_seen = True  # the article's other lines decide: not memoised
    if context.name_heads is None:
        text = context.article.text
        context.name_heads = frozenset(found.group(1) for found in _NAME_HEAD.finditer(text))
    return word in context.name_heads


#: A capitalised word and the capitalised word after it: the head of a longer name.
_NAME_HEAD = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+(?=[A-Z][a-z])")


def _person_named(context: Context, word: str) -> bool:
    context.pronoun_seen = True  # the article's earlier sentences decide: not memoised
    return _full_name(context, word) is not None


def _resolve_speaker(context: Context, attribution: Attribution | None) -> Attribution | None:
    """'"I will not resign," he said.' -> speaker "Paul Ledger", when the sentence right
    before named that person as its subject (the rule ``_resolve_pronoun`` uses) and
    something tells that the subject is a person: the article has already quoted them by
    name ("Ledger said ..."), they were written with a title ("Gov. Paul Ledger", "Chief
    Justice Ana Ruiz") or called by their surname after their full name. A quotation is
    then credited to the person, not to "he". A capitalised subject with none of these
    ("First Daughters") may be no person at all, and a quoted speaker in between makes
    "he" ambiguous (``_remember_subject``): both leave the pronoun as written. When the
    sentence right before quoted a speaker whose title says the pronoun ('"...," said Mr.
    Ledger.'), a quotation with "he said" continues theirs (without such a title, "he" may
    be a person named before). A title that says another pronoun ("Mr." for "she") leaves
    it as written."""
    if attribution is None or attribution.speaker.lower() not in ("he", "she", "it"):
        return attribution
    context.pronoun_seen = True  # depends on the sentences before: not memoised
    pronoun = attribution.speaker.lower()
    if pronoun == "it":
        named = _nearby_referent(context, pronoun)
        return attribution if named is None else attribution._replace(speaker=named)
    resolved = _speaker_of_pronoun(context, attribution, pronoun)
    if resolved.speaker == attribution.speaker:
        # none of the people the context remembers: the one person named just before
        named = _nearby_referent(context, pronoun)
        if named is None:
            return attribution
        resolved = attribution._replace(speaker=named)
    if _other_gender(context, resolved.speaker, pronoun):
        return attribution  # the article called that person by the other pronoun
    if resolved.speaker == context.quoting:
        return attribution  # '"... And he said, 'We ...'"': not the one quoted
    _note_gender(context, resolved.speaker, pronoun)
    return resolved


def _nearby_referent(context: Context, pronoun: str) -> str | None:
    """'The health board said ... It said ...': the one speaker or subject of the sentence
    before (or of this sentence's claims so far) that ``pronoun`` can refer to
    (``referents.unique_referent``), or None. A claim's speaker is a candidate, not the
    subject of what it said; a claim without a speaker offers its subject. For "he" or
    "she", a subject must be known as a person (``_known_person``: "First Daughters" may be
    none), and the people named a sentence earlier may be meant as well: '"...," said Ana
    Lind. "...," he said' after a sentence about Tomas Berg leaves "he"."""
    index = context.sentence_index
    if index < 1 or index >= len(context.sentence_claims):
        return None
    person = pronoun != "it"
    candidates: list[str] = []
    others: list[str] = []
    if person and index >= 2:
        for claim in _claims_between(context, index - 2, index - 1):
            others.extend(_names_of(claim))
    for claim in _claims_between(context, index - 1, None, opinions=True):
        subject = claim.subject if claim.attribution is None else None
        if person and subject and not _known_person(context, subject):
            others.append(subject)  # perhaps a person, perhaps not: no one to name
            subject = None
        named = [claim.attribution or subject]
        if claim.attribution and claim.predicate in _saying_lemmas():
            # "X said ..., according to Y": X speaks too
            named.append(claim.subject)
        elif claim.attribution is None:
            # the people the writer names besides the subject may be meant too ("Ana Ruiz
            # met Tom Berg"); those named inside someone's statement are not
            others.extend(entity.canonical for entity in claim.entities)
        candidates.extend(n for n in named if n and n.lower() not in ("he", "she", "it"))
    return referents.unique_referent(
        pronoun,
        candidates,
        context.aliases.lookup,
        partial(_person_named, context),
        tuple(others),
    )


def _claims_between(
    context: Context, first: int, stop: int | None, *, opinions: bool = False
) -> list[Claim]:
    """The kept claims of the sentences from ``first`` up to ``stop`` (the end if None),
    and the questions a named speaker asked ('"Who will pay?" asked Ana Ruiz.'): the one a
    later "she said" means. ``opinions``: the opinions a speaker gave too ("Patients should
    not stop, the agency said. Stopping suddenly is dangerous, it warned.": the agency)."""
    low = context.sentence_claims[first]
    high = None if stop is None else context.sentence_claims[stop]
    return [
        claim
        for claim in context.claims[low:high]
        if claim.dropped is None
        or claim.dropped == _ASKS_WHO_OR_WHAT
        or (opinions and claim.kind is Kind.OPINION and claim.attribution is not None)
    ]


def _names_of(claim: Claim) -> list[str]:
    """Whom a claim names: its speaker, its subject, the names in it."""
    named = [claim.attribution, claim.subject, *(e.canonical for e in claim.entities)]
    return [name for name in named if name and name.lower() not in ("he", "she", "it")]


def _another_person_named(context: Context, pronoun: str, name: str) -> bool:
    """Whether the sentence before, or this one so far, names a person other than ``name``
    whom ``pronoun`` may mean (``referents.unique_referent``, with their names as others)."""
    if context.sentence_index < 1 or context.sentence_index >= len(context.sentence_claims):
        return False
    claims = _claims_between(context, context.sentence_index - 1, None)
    others = tuple(entity.canonical for claim in claims for entity in claim.entities)
    found = referents.unique_referent(
        pronoun, [name], context.aliases.lookup, partial(_person_named, context), others
    )
    return found is None


def _goes_on_about(
    context: Context, name: str, pronoun: str, lead: int, attribution: Attribution | None
) -> bool:
    """Whether a "he was" or "she is" opening the writer's own sentence (no lead-in, no
    speaker) goes on about ``name``: the sentence just before had that full name for its
    subject and named no other person ("Business Insider featured Islam on its list. He
    was nominated by his peers": Islam, perhaps)."""
    if lead > 0 or attribution is not None or not _full_name_just_before(context, name):
        return False
    if _another_person_named(context, pronoun, name):
        return False
    before = _claims_between(context, context.sentence_index - 1, context.sentence_index)
    sentence = before[0].sentence if before else ""
    words = sentence.split()
    return not any(_may_name_another(words, at, name) for at in range(1, len(words)))


def _may_name_another(words: list[str], at: int, name: str) -> bool:
    """Whether ``words[at]`` may name another person a "he" could mean: a capitalised word
    after one in lower case ("featured Islam on its list"), not of ``name``, nor a day or
    a month, nor a place after "in", "on", "at" ("a jury in Hollinsford", "on Tanner's
    Row"), nor a word after a determiner ("in his Maui home"), unless it owns what follows
    ("at Pierre's pleasure")."""
    word, previous = words[at], words[at - 1]
    bare = word.rstrip(".,;:!?")
    owned = bare.endswith(("'s", "’s"))
    owns = owned and at + 1 < len(words) and words[at + 1][:1].islower()
    bare = bare[:-2] if owned else bare
    if not (bare[:1].isupper() and bare[1:].isalpha() and bare[1:].islower()):
        return False
    if not previous.rstrip(",").isalpha() or not previous.islower():
        return False  # the sentence's first word, or one of a longer name ("Crown Court")
    if bare in name.split() or bare.lower() in CALENDAR_NAMES:
        return False
    # a preposition makes it a place ("in Hollinsford"), a determiner part of a noun phrase
    return owns or not (
        previous in _DETERMINERS_AND_OWNERS or previous in tables.words("prepositions.txt")
    )


#: Words before a capitalised word that make it part of a noun phrase ("in his Maui home",
#: "of the Ferguson force"), no person named on their own.
_DETERMINERS_AND_OWNERS = frozenset("the a an his her its their our my your this that".split())


def _full_name_just_before(context: Context, name: str) -> bool:
    """Whether the sentence just before had ``name`` for its subject and ``name`` is a
    person's full name: two or three capitalised words, the last no noun of a group, an
    institution or people ("Harbour Reporters", "Vell Council" are none)."""
    if context.sentence_index - context.subject_sentence != 1:
        return False
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_name_word(word) for word in words):
        return False
    last = words[-1].lower()
    if last in tables.words("regions.txt") or last in tables.words("institution_words.txt"):
        return False  # "Breitbart Texas", "Buckingham Palace": a body's or a place's name
    return not referents.may_speak(last) and not referents.may_speak(lemmas.noun_lemma(last))


def _name_word(word: str) -> bool:
    """A word of a person's name: a capital, then letters, perhaps joined by a hyphen or an
    apostrophe ("Ruiz", "Jong-un", "O'Neill", "McDonald"; not "Mark-1", "NATO", nor a number
    word such as "One")."""
    letters = word[1:].replace("-", "").replace("'", "").replace("’", "")
    return (
        word[:1].isupper()
        and letters.isalpha()
        and not letters.isupper()
        and not tables.is_figure(word.lower())
    )


def _gender_shown(context: Context, name: str, pronoun: str) -> bool:
    """Whether the article showed ``name`` to be the person ``pronoun`` ("he", "she") means:
    a title that says so ("Mr."), or its own pronoun resolved to them before."""
    title = referents.TITLE_PRONOUN.get(_title_of(name) or "")
    known = title or context.genders.get(_untitled_name(name)) or ""
    if not known and name == context.last_person:
        known = context.last_person_evidence
    return known == pronoun


def _known_person(context: Context, name: str) -> bool:
    """Whether the article shows that ``name`` is a person's: a title ("Sen.", "Mr."), a
    role before the name ("party leader"), a pronoun it called them by before, or a claim
    it credited to their surname."""
    if _title_of(name) is not None or context.genders.get(_untitled_name(name)):
        return True
    if referents.name_after_role(name) != name:
        return True  # "Party leader Ana Ruiz": the role says it is a person
    surname = name.split()[-1]
    return any(surname in (claim.attribution or "").split() for claim in context.claims)


@cache
def _saying_lemmas() -> frozenset[str]:
    return frozenset(map(lemmas.verb_lemma, saying_verbs()))


def _speaker_of_pronoun(context: Context, attribution: Attribution, pronoun: str) -> Attribution:
    """``_resolve_speaker`` before the gender check: the person "he" or "she" means."""
    speaker = context.last_speaker
    if speaker and context.speaker_sentence == context.sentence_index:
        return attribution._replace(speaker=speaker)  # the sentence's clause before had it
    if speaker and context.sentence_index - context.speaker_sentence <= 1:
        # Only a title that says the pronoun tells that speaker from a person named before.
        said = referents.TITLE_PRONOUN.get(_title_of(speaker) or "")
        return attribution._replace(speaker=speaker) if said == pronoun else attribution
    person = context.last_person
    recent = context.sentence_index - context.subject_sentence <= 1
    if context.surname_speaker and context.surname_sentence >= max(
        context.subject_sentence, context.sentence_index - 1
    ):
        # "Ruiz said ...", then '"...," she said': the person called by surname, unless a
        # subject was named since
        return attribution._replace(speaker=context.surname_speaker)
    if person is None or not recent:
        return attribution
    evidence = context.last_person_evidence
    if evidence in ("he", "she"):
        return attribution._replace(speaker=person) if evidence == pronoun else attribution
    if evidence:
        return attribution._replace(speaker=person)
    surname = person.split()[-1]
    quoted_before = any(surname in (c.attribution or "").split() for c in context.claims)
    if not quoted_before and not _full_name_just_before(context, person):
        # '"...," she said' after "Gemma Watts has worked nights ...": the person the
        # sentence before was about, named in full, is the one who speaks
        return attribution
    return attribution._replace(speaker=person)


def _note_gender(context: Context, name: str, pronoun: str) -> None:
    """Remember that the article called ``name`` "he" or "she" (a pronoun it resolved to
    them); a name called both is left unknown."""
    if pronoun not in ("he", "she"):
        return
    context.pronoun_seen = True  # later sentences depend on it: not memoised
    person = _untitled_name(name)
    known = context.genders.get(person)
    context.genders[person] = pronoun if known in (None, pronoun) else ""


def _other_gender(context: Context, name: str, pronoun: str) -> bool:
    """Whether ``name`` is known as the other of "he" and "she": by a title ("Mr.",
    "Ms.") or by the article's own pronouns before (``_note_gender``). Unknown is no."""
    title = referents.TITLE_PRONOUN.get(_title_of(name) or "")
    known = title or context.genders.get(_untitled_name(name)) or ""
    if not known and name == context.last_person:
        known = context.last_person_evidence
    return known in ("he", "she") and known != pronoun


def _title_of(name: str, before: str = "") -> str | None:
    """The title that makes ``name`` a person's: "Gov." in "Maine Gov. Tom Hale", "Mr."
    in "Mr. Hale" (or written right before the name, in ``before``). An abbreviated title
    ("Mr.", "Gov.") needs a name after it, a title word ("chief", "general") a first name
    and a surname ("General Motors" is no person)."""
    words = [*before.split()[-1:], *name.split()]
    prepositive, titles = tables.person_titles()
    for index, word in enumerate(words):
        lower = word.lower().rstrip(".")
        rest = len(words) - index - 1
        if lower in prepositive and rest >= 1:
            return lower
        if lower in titles and rest >= 2 and words[index + 1].lower() not in titles:
            return lower
    return None


#: Words after "It" that make it an empty subject ("It is unclear", "It seemed likely",
#: "it remained unclear whether").
_EMPTY_IT_NEXT = frozenset(
    {"is", "was", "would", "seems", "seemed", "remains", "remained", "looks", "looked"}
    | {"isn't", "wasn't", "isn’t", "wasn’t"}
)
#: "It comes just hours after his family ...", "It came as ...": "it" is the news just told.
_IT_COMES_AS = re.compile(
    r"^\s*[Ii]t\s+(?:comes|came)\s+(?:(?:just|only|barely|a|one|two|three|few|hours|days|"
    r"weeks|months|minutes|day|week|month|year)\s+)*(?:as|after|amid|days|weeks|hours|a\s+day)\b"
)
#: "It took the agency four days to ...": "it" before a span of time and "to" means nothing.
_IT_TAKES_TIME = re.compile(
    r"^\s*[Ii]t\s+(?:(?:will|would|does|did|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t)"
    r"(?:\s+not)?\s+take|takes|took)\b[^.;]*?\bto\s"
)


def _stands_for_nothing(match: re.Match[str], text: str) -> bool:
    """The pronoun is an empty subject, not one that refers back ("It is unclear whether",
    "It took rescuers three hours to reach them"): replacing it would invent a claim. Only
    "it" can be empty, or a noun ("The group was founded in 2004" is not about the last
    name): "He was sentenced" refers as "He sentenced" does."""
    if match.group("head").lower() in ("he", "she"):
        return False
    following = text.split(None, 5)[1:5]
    if referents.modal_then_be(following[:2]):
        # "It will be a great day for them": no thing named before is meant; "It will be
        # led by a retired fire officer" is said of one
        return not _passive_of_a_thing(following[2:])
    while following and grammar.is_preverbal_adverb(following[0].lower()):
        following = following[1:]  # "It also remains unclear", "It now looks like"
    verb = following[0].lower() if following else match.group("next").lower()
    if verb in ("is", "was") and _passive_of_a_thing(following[1:]):
        return False  # "It was dug by hand in 1864", "It is taken once a day"
    return (
        verb in _EMPTY_IT_NEXT
        or _it_comes_to_light(following)
        or _said_impersonally(following)
        or bool(_IT_TAKES_TIME.match(text))
        or bool(_IT_COMES_AS.match(text))
    )


def _passive_of_a_thing(after_be: list[str]) -> bool:
    """Whether the words after "It is"/"It was" are a passive said of the thing itself ("dug
    by hand", "taken once a day", "owned by a fund"): a past participle with no clause
    after it, which "It was reported that ...", "It is not known whether ..." have, nor
    one of thinking or telling before anything but "to" ("It is believed the man ...";
    "It is believed to be the oldest" is said of a thing)."""
    if not after_be or not grammar.is_past_participle(after_be[0]):
        return False
    following = after_be[1].lower() if len(after_be) > 1 else ""
    if after_be[0].lower() in _IMPERSONAL_PARTICIPLES:
        return following == "to"
    return following not in _CLAUSE_OPENERS_AFTER_PASSIVE


#: Participles an empty "it" takes before the clause it stands for: "It is believed the
#: man fled", "It has been claimed that ...", "It was announced on Monday that ...".
_IMPERSONAL_PARTICIPLES = frozenset(
    "said reported claimed alleged rumoured rumored speculated suggested revealed believed thought "
    "understood feared hoped expected known estimated assumed announced confirmed decided "
    "agreed argued noted predicted".split()
)


def _it_comes_to_light(following: list[str]) -> bool:
    """ "It has since emerged that ...", "It appeared as though ...", "It turned out
    that ...": a verb of coming to light before the clause the empty "it" stands for."""
    words = [w.lower() for w in following]
    skipped = _SKIPPED_BEFORE_THE_VERB
    words = [w for w in words if not grammar.is_preverbal_adverb(w) and w not in skipped]
    if len(words) < 2:
        return False
    verb, after = words[0], words[1]
    if verb in ("turned", "turns") and after == "out":
        return True
    lemma = lemmas.verb_lemma(verb)
    if lemma in _SEEMING:
        return after in ("like", "as")  # "It may feel like ...", not "It feels soft"
    # "It emerged this weekend that ...", "It appears the gunman ...": not "It appeared
    # on television", nor "It appears to be a fake"
    if lemma not in _COMING_TO_LIGHT:
        return False
    return after in ("that", "as", "like") or (
        after != "to" and after not in tables.words("prepositions.txt")
    )


#: Words between "It" and a verb of coming to light: "It has since emerged", "It may feel".
_SKIPPED_BEFORE_THE_VERB = frozenset(
    ("has", "had", "have", "since", "may", "might", "could", "would", "can")
)
#: Verbs of coming to light whose "it" stands for the clause after them.
_COMING_TO_LIGHT = frozenset(("emerge", "transpire", "appear", "seem"))
#: Verbs of seeming whose "it" stands for the clause after "like" or "as".
_SEEMING = frozenset(("feel", "look", "sound"))


#: Words after "It was reported" that open the clause an empty "it" stands for.
_CLAUSE_OPENERS_AFTER_PASSIVE = frozenset(
    "that whether if how what when where why who which".split()
)


def _said_impersonally(following: list[str]) -> bool:
    """ "It has been claimed that ...", "It had been reported ...": a saying with no one
    named, whose "it" stands for the clause that follows."""
    words = [w.lower() for w in following if not grammar.is_preverbal_adverb(w.lower())]
    return (
        len(words) > 2
        and words[0] in ("has", "had")
        and words[1] == "been"
        and words[2] in _IMPERSONAL_PARTICIPLES
    )


def _one_spaced(subject: str | None) -> str | None:
    """ "The\xa0 Times\xa0": the subject as the claim's text spells it, one blank between
    words (scraped pages put no-break spaces and runs of blanks in names)."""
    if subject is None or ("  " not in subject and subject.isascii()):
        return subject  # most subjects: two tests in C
    return " ".join(subject.split())


def _remember_subject(context: Context, claim: Claim) -> None:
    """The named subject a later "it"/"he" may refer to; an unnamed subject ("The line")
    makes "it" ambiguous, so it forgets the last thing."""
    if claim.attribution:
        if claim.attribution == context.last_person or _surname_of(
            claim.attribution, context.last_person
        ):
            # The person named before, quoted ("he" resolved to them) or called by their
            # surname ("Ana Ruiz ..." then "Ruiz admitted ..."): still the one meant.
            context.subject_sentence = context.sentence_index
        elif not claim.quoted and _named_person(claim.attribution):
            # "Gov. Ana Ruiz said Monday that ...": the speaker of reported speech is the
            # sentence's subject, the person a later "she" means, from the next sentence too.
            _remember_person(context, claim.attribution, _title_of(claim.attribution))
            context.subject_sentence = context.sentence_index
        else:
            # A quoted speaker is another person a later "he" may mean: ambiguous.
            context.last_person = None
            _remember_surname_speaker(context, claim)
        body = _body_named_by_itself(claim)
        if body is not None:
            context.last_thing = body
            context.subject_sentence = context.sentence_index
        if _speaks_as_a_person(context, claim.attribution):
            # "An independent review will look at ..., Wyatt said. It will be led by ...":
            # a person's statement about a thing, which the next "it" may mean
            _remember_description(context, claim)
        if claim.quoted and _NAMED_SPEAKER.fullmatch(claim.attribution):
            context.last_speaker = claim.attribution
            context.speaker_sentence = context.sentence_index
        return
    if not claim.subject:
        context.last_thing = None
        return
    subject_end = claim.start + len(claim.subject)
    named = [e for e in claim.entities if e.start < subject_end + 2]
    if not named:
        if not claim.subject.lower().startswith(("he ", "she ", "it ")):
            context.last_thing = None
        _remember_description(context, claim)
        return
    entity = named[0]
    context.subject_sentence = context.sentence_index
    if entity.canonical.lower() in ("it", "he", "she"):
        return  # "It's a diverse pool": the pronoun points back; its referent stays the one
    if _modifies_a_noun(context.article.text, entity.end, subject_end):
        # "The South American nun ...": the name describes the subject; it is no one a
        # later "she" may mean
        context.last_thing = None
        return
    before = context.article.text[max(0, entity.start - 12) : entity.start]
    if _THE_BEFORE.search(before):
        # "The New York Times acknowledged ...": no person's name takes "the", so no later
        # "he" means it; and a later "it" or "the group" may mean it or the thing before
        context.last_thing = None
        return
    if " " in entity.canonical and not _PERSONLESS.search(entity.canonical):
        if referents.names_a_body(entity.canonical):
            # "Stormvale Interactive will cut 340 jobs. It will also close ...": a firm's
            # name, the "it" that follows; a later "he" may mean someone in it ("A
            # spokesman for Buckingham Palace"), not the person named before
            context.last_thing = entity.canonical
            context.last_person = None
            return
        _remember_person(context, entity.canonical, _title_of(entity.text, before))
        return
    full = _full_name(context, entity.canonical)
    # Only a one-word name can have its title before it ("Mr." in "Mr. Kim").
    title = _title_of(entity.text, before) if " " not in entity.text else None
    if full is not None and " and " in full:
        # "Venezuela and Cuba ... Cuba's leader ...": two names, no one "he" may mean
        context.last_person = None
    elif full is not None:
        # "Ana Ruiz ... Ruiz later apologized": a surname after the full name is a person.
        context.last_person = full
        context.last_person_evidence = "person"
    elif title is not None:
        # "Mr. Kim said ...": a titled surname is a person, named in full before or not.
        _remember_person(context, f"{before.split()[-1]} {entity.text}", title)
    elif _owns_the_subject(context.article.text, entity.end, subject_end):
        # "Norland's second city is ...": the subject is the city; a later "it" or "the
        # group" does not mean Norland (a person's name is still the "she" that follows)
        context.last_thing = None
    else:
        context.last_thing = entity.canonical


def _owns_the_subject(text: str, name_end: int, subject_end: int) -> bool:
    """Whether the name ending at ``name_end`` is a possessive before the subject's own
    noun ("Norland's second-largest city")."""
    return text[name_end : name_end + 2] in ("'s", "’s") and subject_end > name_end + 3


def _modifies_a_noun(text: str, name_end: int, subject_end: int) -> bool:
    """Whether the name ending at ``name_end`` is followed, inside the subject, by a
    lower-case word that is no preposition or conjunction: a noun it describes ("The
    South American nun", "the Apple Watch band"), not "Ana Ruiz of the port board"."""
    found = _NEXT_WORD.match(text, name_end, subject_end)
    if found is None or (found.end() != subject_end and text[found.end()].isalnum()):
        return False  # no word, or one cut short where the subject ends
    word = found.group(1)
    return not (
        word in _NAME_JOINS
        or word in tables.words("prepositions.txt")
        or grammar.is_preverbal_adverb(word)  # "Tom Berg later resigned"
    )


#: The word right after a name, past its blanks (matched at the name's end, never inside a run
#: of blanks).
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+([a-z][\w’'-]*)")
#: Words that go on a name's phrase rather than a noun it describes.
_NAME_JOINS = frozenset(("and", "or", "who", "which", "whose", "himself", "herself"))


#: Two capitalised words: a name, perhaps another person's than the speaker's.
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b")


def _body_named_by_itself(claim: Claim) -> str | None:
    """The body a statement names as its subject, when its speaker is that body again
    ("Stormvale Interactive will cut 340 jobs, the company said": the "it" of the next
    sentence is the firm): a name that ends in a body's word, spoken of by "the" and one
    noun of a firm. Not when the speaker may be another body ("Kelmin Steel will shut
    the plant, the ministry said": the ministry's "it" or the firm's)."""
    speaker = (claim.attribution or "").lower().split()
    subject = claim.subject or ""
    if len(speaker) != 2 or speaker[0] != "the" or speaker[1] not in _SELF_NAMING_NOUNS:
        return None
    first = claim.entities[0] if claim.entities else None
    if first is None or first.canonical != subject or not referents.names_a_body(subject):
        return None
    return subject


#: Nouns by which a report names again the body it has just named ("Kelmin Steel ..., the
#: company said"): a firm, club or group speaking of itself.
_SELF_NAMING_NOUNS = frozenset("company firm group club studio business maker carrier".split())


def _speaks_as_a_person(context: Context, speaker: str) -> bool:
    """Whether ``speaker`` is a person's name or pronoun, never the "it" of the sentence
    after: "he", "she", a full name ("Ana Ruiz"), or a surname the article named in full
    before or showed to be a person's."""
    if speaker.lower() in ("he", "she") or _named_person(speaker):
        return True
    return _full_name(context, speaker) is not None or _known_person(context, speaker)


def _remember_description(context: Context, claim: Claim) -> None:
    """Keep the unnamed thing ``claim`` is about for an "it" that opens the next sentence
    (``_described_thing``); anything else the sentence is about forgets it."""
    described = _described_thing(claim)
    if described is not None:
        context.last_description = described
        context.description_sentence = context.sentence_index
    elif context.description_sentence == context.sentence_index:
        context.last_description = None


def _published(text: str) -> bool:
    """Whether ``text`` opens with "It was" (or "is", "has been") and a participle of
    publishing ("It was posted on ...", "It is entitled ...")."""
    words = text.split(None, 4)[1:4]
    words = [w.lower() for w in words if w.lower() not in ("has", "had", "been")]
    return len(words) > 1 and words[0] in _BE_FORMS and words[1] in _PUBLISHED


#: Participles of publishing: what they are said of is a text, a picture or a film.
_PUBLISHED = frozenset(
    "posted published entitled titled headlined uploaded shared broadcast aired written "
    "featured printed reprinted filmed".split()
)


def _described_just_before(context: Context, pronoun: str, clause: Clause) -> str | None:
    """The unnamed thing the sentence just before was about, for an "it" that opens this
    one ("The call was scheduled for half an hour. It lasted nine minutes."), or None. Not
    an "it" after a clause of its sentence ("While X must be punished, it has to be within
    the law")."""
    if pronoun.lower() != "it" or context.description_sentence != context.sentence_index - 1:
        return None
    first = clause.view.pieces[0] if clause.view.pieces else None
    if first is None or first.start < 0:
        return None  # a subject copied from a clause before
    before = context.article.text[max(0, first.start - 80) : first.start]
    before = before.rstrip(" \t\"“”'‘’")
    if before and before[-1] not in ".!?:\n":
        return None
    return context.last_description


def _described_thing(claim: Claim) -> str | None:
    """The subject of ``claim`` when it is one unnamed thing that a next sentence's "it"
    would mean: a short phrase in lower case after "the", "a", "an" or "this", whose last
    word is no plural, person, span of time or part of a whole ("The call", "An
    independent review", "the new bridge"), before a verb that leaves no object to be
    meant instead: "be" ("The group is due to meet"), a passive ("was scheduled for"), or
    a verb followed by a preposition, an adverb or nothing ("will look at how ...").
    "The council closed the bridge. It ..." may mean the bridge: no thing kept."""
    subject = claim.subject or ""
    words = subject.split()
    if not 2 <= len(words) <= 6 or words[0].lower() not in _DESCRIBING_DETERMINERS:
        return None
    if not claim.text.lower().startswith(subject.lower()) or not _one_unnamed_thing(words):
        return None
    rest = claim.text[len(subject) :].split()
    index = 0
    while index < len(rest) and (
        rest[index].lower() in grammar.AUXILIARIES
        or grammar.is_preverbal_adverb(rest[index].lower())
    ):
        if rest[index].lower() in _BE_FORMS:
            return subject  # "be" itself, or a passive
        index += 1
    after = rest[index + 1].lower().strip(",.;:") if index + 1 < len(rest) else ""
    if not after or after == "to" or grammar.is_ly_adverb(after):
        return subject
    return subject if after in tables.words("prepositions.txt") else None


def _one_unnamed_thing(words: list[str]) -> bool:
    """Whether the words after a determiner name one thing, in lower case, with no second
    noun phrase ("of", "and", a possessive, a comma) that an "it" could mean instead."""
    rest = [word.lower() for word in words[1:]]
    if any(not word.isalpha() or not word.islower() for word in words[1:]):
        return False  # a name, a figure, a possessive or a comma
    if not _THINGS_JOINED.isdisjoint(rest) or not SUBJECT_PRONOUNS.isdisjoint(rest):
        return False  # "the cost of the repairs"; "The girl he was trying to rob"
    head = rest[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return not (
        plural
        or referents.is_person_noun(head)
        or head in _NOT_ONE_THING
        or head in tables.words("prepositions.txt")
    )


_DESCRIBING_DETERMINERS = frozenset(("the", "a", "an", "this"))
_BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been", "being"))
#: Words that join a second thing to the first ("the cost of the repairs", "a car and a
#: van") or open a clause about it ("the man who recorded it").
_THINGS_JOINED = frozenset("of and or with between itself who which that whose".split())
#: Heads that are no thing an "it" goes on about: spans of time, parts of a whole, people,
#: and nouns that point ahead to what follows them ("The big question is whether ...").
_NOT_ONE_THING = frozenset(
    "day week month year time morning afternoon evening night weekend moment period decade "
    "number lot total majority minority half third quarter rest other same first last one "
    "man woman boy girl child baby world "
    "question problem issue reason answer point fact thing idea truth concern worry news "
    "result difference".split()
)


def _remember_surname_speaker(context: Context, claim: Claim) -> None:
    """ "Ruiz said the gates held." after "Ana Ruiz" was named: the person a "she said" in
    the next sentence means (``_speaker_of_pronoun``). Not a pronoun inside a statement:
    in "He was recording, Ruiz said" or "Ruiz's son says he got calls", "he" is another."""
    full = _full_name(context, claim.attribution or "") if not claim.quoted else None
    if full is None or " and " in full:  # "Ana Ruiz and Tom Berg": two people
        return
    if any(name != full for name in _TWO_NAMES.findall(claim.sentence or "")):
        return  # "Ruiz reported that an expert, Tom Berg, explained ...": "he" may be Berg
    context.surname_speaker = full
    context.surname_sentence = context.sentence_index


def _remember_person(context: Context, name: str, title: str | None) -> None:
    context.last_person = name
    context.last_person_evidence = referents.TITLE_PRONOUN.get(title, "person") if title else ""
    context.subject_sentence = context.sentence_index


def _surname_of(speaker: str, person: str | None) -> bool:
    """Whether ``speaker`` is the surname alone of ``person`` ("Ruiz" of "Ana Ruiz"; not of
    "Brown and Ruiz", two people)."""
    return (
        person is not None
        and " " not in speaker
        and person.split()[-1] == speaker
        and _named_person(person)
        and " and " not in person
    )


def _named_person(speaker: str) -> bool:
    """A speaker written as a person's name ("Gov. Ana Ruiz"), not an institution's."""
    return (
        " " in speaker
        and not speaker.startswith("The ")  # "The Daily Ledger": a person takes no article
        and _NAMED_SPEAKER.fullmatch(speaker) is not None
        and not _PERSONLESS.search(speaker)
    )


#: A speaker written as a name: capitalised words (titles such as "Mr." included).
_NAMED_SPEAKER = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*")


def _full_name(context: Context, word: str) -> str | None:
    """The full name of a person the article named before whose surname is ``word``: the
    shortest, past its titles ("Ana Ruiz" for "Port Director Ana Ruiz"), the first of
    equals; a name in quotation marks is a nickname. The article's names are indexed by
    surname once each (``Context.surnames``)."""
    if not word.isalpha() or not word[:1].isupper():
        return None
    claims = context.claims
    if context.surnames_read < len(claims):
        text = context.article.text
        index = context.surnames
        for claim in islice(claims, context.surnames_read, None):
            names = [
                entity.canonical
                for entity in claim.entities
                if text[entity.start - 1 : entity.start] not in _QUOTE_MARKS
            ]
            # "Mark Ruiz confirmed it was his truck": the name left the claim's text for
            # its speaker, and is still the person a later "Ruiz" means; so is the name of
            # a speaker written with a description ("Mark Ruiz, a pilot") or after a title in
            # lower case ("port director Mark Ruiz")
            speaker = claim.attribution.partition(",")[0] if claim.attribution else ""
            speaker = _untitled_name(speaker) if speaker[:1].islower() else speaker
            if speaker and _named_person(speaker):
                names.append(speaker)
            for name in map(_untitled_name, names):
                head, _, surname = name.rpartition(" ")
                if (
                    head
                    and (surname not in index or name.count(" ") < index[surname].count(" "))
                    and not _PERSONLESS.search(name)
                    and _may_be_full_name(head)
                ):
                    index[surname] = name
        context.surnames_read = len(claims)
    return context.surnames.get(word)


_QUOTE_MARKS = frozenset("\"“‘'")


def _may_be_full_name(head: str) -> bool:
    """Whether ``head``, the words of a name before its last one, can stand before a
    surname: not an office's ("Prime Minister of Cuba": "Cuba" is no surname there), nor
    a determiner that opened the sentence ("Another Westbay ferry": no one's first name)."""
    first = head.split(None, 1)[0].lower()
    return head.rpartition(" ")[2] not in ("of", "for") and first not in _NO_FIRST_NAMES


#: Words that open a sentence before a name and are no one's first name.
_NO_FIRST_NAMES = frozenset(
    "another the this that these those every each some any many several both all no our "
    "their its his her a an one".split()
)


def _untitled_name(name: str) -> str:
    """``name`` past its last title word, when a first name and a surname are left. Not
    when what the title is of follows it ("Secretary of State William Galvin", "Prime
    Minister of Cuba"): where that ends and the name begins is unknown, so the name keeps
    its title rather than lose its first word ("of State William Galvin")."""
    words = name.split()
    if len(words) < 3:
        return name
    every = tables.every_person_title()
    for index in range(len(words) - 3, -1, -1):
        if words[index].lower().rstrip(".") in every:
            rest = words[index + 1 :]
            return name if rest[0][:1].islower() else " ".join(rest)
    return name


def _credit_announcement(context: Context, sentence: Sentence, before: int) -> None:
    """ "The announcement, delivered by X, ..." names the speaker of the sentence before."""
    if before == 0 or not context.article.text.startswith("The ", sentence.start, sentence.end):
        return  # the pattern opens with "The ": most sentences are settled without a copy
    text = context.article.text[sentence.start : sentence.end]
    match = _ANNOUNCED_BY.match(text)
    if match is None:
        return
    speaker = " ".join(match.group("speaker").split())
    previous_start = context.claims[before - 1].sentence_start
    for index in range(before - 1, -1, -1):
        claim = context.claims[index]
        if claim.sentence_start != previous_start:
            break
        if claim.dropped is None and claim.attribution is None:
            context.claims[index] = claim.model_copy(
                update={"attribution": speaker, "attribution_cue": "delivered by"}
            )


def _main_predicate(text: str, subject: str | None, title: bool = False) -> str | None:
    """The main clause's verb: read from its subject, past a leading clause or phrase
    ("Before the reading began, the speaker asked ...": "ask", not "begin"); ``title``: a
    title-case headline (``grammar.main_predicate``)."""
    if title:
        text = headlines.title_cues(text, modals_only=True)  # "Will Stop": "will" a verb
    start = -1
    if subject:
        # after a lead, where the subject was read: "When he returned he had lost ...": the
        # second "he", whose verb is "lost"
        lead = lead_end(text)
        start = _word_start(text, subject, lead) if lead else -1
        if start < 0:
            start = _word_start(text, subject)
    return grammar.main_predicate(text[start:] if start > 0 else text, title)


def _word_start(text: str, words: str, start: int = 0) -> int:
    """Where ``words`` first stand in ``text`` as whole words from ``start``, or -1: the
    subject "he" of "In the main hospital, he was ..." is not the "he" inside "the"."""
    start = text.find(words, start)
    end = start + len(words)
    while start > 0 and (text[start - 1].isalnum() or (end < len(text) and text[end].isalnum())):
        start = text.find(words, start + 1)
        end = start + len(words)
    return start


def parse_statement(text: str, claim_id: str = "statement", source: str = "statement") -> Claim:
    """Parse ``text`` as one claim with its attributes, without splitting it.

    Used by ``compare_claims`` on already-isolated statements (a headline, one sentence).
    """
    article = Article(id=claim_id, path="<statement>", source=source, text=text)
    stripped_start = len(text) - len(text.lstrip())
    stripped_end = len(text.rstrip())
    if stripped_end <= stripped_start:
        stripped_start, stripped_end = 0, len(text)
    sentence = Sentence(stripped_start, stripped_end)
    context = Context(article, alias_table(), capitalised_words(text), [0])
    context.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    start = noise.content_start(text, stripped_start, stripped_end)
    end = noise.content_end(text, start, stripped_end)
    content = View.of(text, start, end)
    mentions = _mentions(context, start, end)
    attribution = _attribution(context, content.text)
    body = content
    if attribution is not None:
        body = content.slice(attribution.content_start, attribution.content_end)
    # "Iran says it will stop talks": "it" is Iran, as in an article's sentence
    (clause,) = _speaker_subjects(
        context, content, body, attribution, [Clause(body, subject_of(body.text))]
    )
    claim = _make(context, sentence, clause, attribution, mentions)
    claim = claim.model_copy(update={"id": claim_id})
    kind, why = _kind_of(content.text, attribution)
    if kind is not Kind.FACT:
        claim = claim.model_copy(update={"kind": kind, "dropped": why})
    return claim
