"""One pair of claims: ``judge_pair`` runs every rule (figures, dates, polarity, reasons,
scope) and adds certainty notes; each rule's public two-claim entry lives here too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from claimtrack import match
from claimtrack.judge.acts import _subject_kind, event_told_by_its_verb, same_dated_act
from claimtrack.judge.dates import _act_day_conflicts, _date_conflicts, once_year_conflicts
from claimtrack.judge.doers import doer_conflicts
from claimtrack.judge.facts import ClaimFacts, may_conflict, may_tell_apart
from claimtrack.judge.figures import _numeric_conflicts, _year_told_apart
from claimtrack.judge.indicators import indicators_apart
from claimtrack.judge.odds import odds_conflicts
from claimtrack.judge.polarity import (
    _attribution_conflicts,
    _may_be_antonyms,
    _same_event,
    antonym_conflicts,
    negation_conflicts,
    one_thing_issued,
    zero_toll_conflicts,
)
from claimtrack.judge.put_to_use import put_to_use_conflicts
from claimtrack.judge.qualities import quality_conflicts
from claimtrack.judge.reasons import _reason_conflicts
from claimtrack.judge.roles import PASSIVE_AUXILIARY, agent_conflicts
from claimtrack.judge.scope import _scope_notes
from claimtrack.judge.sides import side_conflicts
from claimtrack.judge.text import _words_of
from claimtrack.judge.times import moments_meet, time_of_day_conflicts
from claimtrack.judge.ways import way_in_conflicts
from claimtrack.judge.wholes import whole_part_conflicts
from claimtrack.match.measures import TIMES_IN_SPAN
from claimtrack.models import CertaintyNote, Claim, Conflict, ConflictType, Severity
from claimtrack.normalize import (
    MatchKey,
    Tables,
    data_lines,
    load_tables,
    normalize_text,
    stem,
    tokenize,
)
from claimtrack.options import Options
from claimtrack.parse.trusted import trusted


def judge_pair(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, options: Options | None = None
) -> tuple[list[Conflict], list[CertaintyNote]]:
    """The typed differences between two claims already known to be about the same thing."""
    return pair_conflicts(a, b, ka, kb, options), certainty_notes(a, b)


def pair_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, options: Options | None = None
) -> list[Conflict]:
    """``judge_pair`` without the certainty notes (most callers only ask for conflicts)."""
    if not may_conflict(a, b, ka, kb):
        return told_apart(ClaimFacts(a), ClaimFacts(b)) if may_tell_apart(a, b) else []
    tables = load_tables(options.predicate_file if options else None)
    return _conflicts_of(ClaimFacts(a), ClaimFacts(b), ka, kb, tables)


def told_apart(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    """The conflicts of the rules ``may_tell_apart`` screens for: opposite qualities of one
    thing, one act with two named doers, and two ways in for one subject."""
    a, b = facts_a.claim, facts_b.claim
    return (
        quality_conflicts(a, facts_a.qualities, b, facts_b.qualities)
        + doer_conflicts(a, facts_a.doer, b, facts_b.doer)
        + way_in_conflicts(a, b, (facts_a.way_in, facts_b.way_in))
    )


def _conflicts_of(
    facts_a: ClaimFacts,
    facts_b: ClaimFacts,
    ka: MatchKey,
    kb: MatchKey,
    tables: Tables,
    *,
    apart: bool = True,
) -> list[Conflict]:
    """``pair_conflicts`` of a pair that passed ``may_conflict``. ``apart`` False: the pair
    is known to fail ``may_tell_apart`` (``ClaimTable.may_tell_apart``), so neither claim
    holds a quality with a known opposite and no one act has two named doers: of
    ``told_apart``'s rules only the way in is asked (its own screen reads the text)."""
    a, b = facts_a.claim, facts_b.claim
    conflicts: list[Conflict] = []
    conflicts += _numeric_conflicts(facts_a, facts_b)
    if a.dates and b.dates and not _two_things(a, b):  # no dates on one side: nothing to compare
        if _same_event(ka, kb) and not _main_verbs_apart(a, ka, b, kb, tables):
            # one day, two times of it: "shortly after 2am on Sunday" / "about 4:30 a.m."
            conflicts += _date_conflicts(facts_a, facts_b) or time_of_day_conflicts(
                a, b, one_event=True
            )
        else:  # one verb dating both tells one act, whatever else the sentences say
            conflicts += _act_day_conflicts(a, facts_a.act_days, b, facts_b.act_days)
            if not conflicts and (same_dated_act(a, b) or event_told_by_its_verb(a, b)):
                # "leaving on Jan 1" / "retiring ...", "The grounding happened" / "grounded"
                conflicts += _date_conflicts(facts_a, facts_b)
            if not conflicts:  # one verb, one thing acted on, two times of one day
                conflicts += time_of_day_conflicts(a, b, one_event=False)
        if not conflicts:  # "The last dock strike was in 2011" / "... took place in 2015"
            conflicts += once_year_conflicts(a, b)
        if conflicts and moments_meet(a, b):  # "11:50pm on Sunday" / "12:05am on Monday"
            conflicts = [c for c in conflicts if c.type is not ConflictType.DATE]
    polarity = _attribution_conflicts(facts_a, facts_b, ka, kb, tables)
    if not polarity and (facts_a.wholes or facts_b.wholes):
        # "read all 27 articles" / "the 18th article was not read": which part, not whether
        polarity = whole_part_conflicts(a, facts_a.wholes, ka, b, facts_b.wholes, kb)
    if not polarity and facts_a.committed and facts_b.committed:
        # "None of the passengers was hurt" / "Two passengers were hurt": the count and the
        # zero are the values, before the denial's "it did not happen"
        polarity = zero_toll_conflicts(a, b, ka, kb)
    # "will not reopen because the buildings have no heat": the reason's "no" is no denial
    # of the act, which the key already tells as its opposite ("halt")
    ka, kb = _reason_negation_left_out(a, ka), _reason_negation_left_out(b, kb)
    if (
        not polarity
        and (_may_oppose(ka, kb, tables) or (ka.negated != kb.negated and one_thing_issued(a, b)))
        and facts_a.committed
        and facts_b.committed
    ):
        # "can resume testing" does not contradict "suspended testing": only claims that
        # commit to what happens can be opposed.
        polarity = negation_conflicts(a, b, ka, kb, tables)
        if (
            not polarity
            and _may_be_antonyms(ka, kb, tables)
            and _one_thing_told_of(a, b)
            and not _other_occasions(a, b)
        ):
            polarity = antonym_conflicts(a, b, ka, kb, tables)
    if not polarity and ka.predicates != kb.predicates:
        # "Further increases were likely" / "ruled out further increases": a hedge against
        # a refusal, which neither claim's negation shows ("rule out" is a predicate class)
        polarity = odds_conflicts(a, b, facts_a.odds, facts_b.odds)
    if not polarity:
        # "Agency nurses will be brought in to cover shifts" / "will not use agency nurses to
        # cover the strike": two verbs of no shared class, one thing put to one task (its own
        # test of what may happen: "because it could not find enough" is the reason's)
        polarity = put_to_use_conflicts(a, b)
    conflicts += polarity
    if not polarity:  # "was not called by X" / "was called by Y": the denial says it
        conflicts += agent_conflicts(a, facts_a.agents, b, facts_b.agents)
        conflicts += side_conflicts(a, facts_a.sides, b, facts_b.sides, tables)
        # WHY the screen: most judged pairs pass no quality or doer test, and working out
        # each claim's qualities was a regex pass over its text for nothing
        conflicts += (
            told_apart(facts_a, facts_b)
            if apart
            else way_in_conflicts(a, b, (facts_a.way_in, facts_b.way_in))
        )
    conflicts += _reason_conflicts(facts_a, facts_b)
    conflicts += _scope_notes(facts_a, facts_b, ka, kb, tables)
    return conflicts


def _main_verbs_apart(a: Claim, ka: MatchKey, b: Claim, kb: MatchKey, tables: Tables) -> bool:
    """The keys share a predicate class, but one claim's own verb (the parser's predicate)
    tells no act of a shared class and differs from the other's verb: the class came from a
    clause beside it ("Dockworkers walked off the job on Monday, halting operations at the
    port" / "The port authority broke off negotiations on Friday" share "halt" only through
    "halting"), and each date is of its own act, unless the side clause holds the date
    (``_dated_in_clause``). A verb the claim's words do not show as written leaves the keys'
    classes to decide."""
    shared = ka.predicates & kb.predicates
    if not shared or not ka.verb or not kb.verb or ka.verb == kb.verb:
        return False
    if _support_verbs() & {ka.verb, kb.verb}:
        return False  # "made the announcement on Tuesday": the noun carries the act
    for claim, key in ((a, ka), (b, kb)):
        classes = _classes_at_verb(claim.text, key.verb, tables)
        if classes is not None and not classes & shared:
            return not _dated_in_clause(claim, shared, tables)
    return False


@lru_cache(maxsize=1)
def _support_verbs() -> frozenset[str]:
    """The stems of the light verbs of data/light_verbs.tsv ("make" of "made the
    announcement"), whose act is the noun they carry, as the keys read it."""
    return frozenset(stem(line.split()[0]) for line in data_lines("light_verbs.tsv"))


def _dated_in_clause(claim: Claim, classes: frozenset[str], tables: Tables) -> bool:
    """A date of the claim stands after a word of one of ``classes``: the side clause dates
    its own act ("Commuters faced queues after the bridge was closed on Wednesday morning"),
    and that date is the one to compare."""
    tokens = tokenize(claim.text.lower(), tables)[0]
    dated = {t for date in claim.dates for t in tokenize(date.text.lower(), tables)[0]}
    for at, token in enumerate(tokens):
        for size in tables.phrase_sizes.get(token, ()):
            if tables.predicates.get(tuple(tokens[at : at + size])) in classes:
                return not dated.isdisjoint(tokens[at + size :])
    return False


def _classes_at_verb(text: str, verb: str, tables: Tables) -> frozenset[str] | None:
    """The predicate classes of the phrases that open at the first word of ``text`` whose
    normalized token is ``verb`` ("stepped down as chair" -> resign); None when no word is."""
    tokens = tokenize(text.lower(), tables)[0]
    if verb not in tokens:
        return None
    at = tokens.index(verb)
    found = {
        tables.predicates.get(tuple(tokens[at : at + size]))
        for size in tables.phrase_sizes.get(verb, ())
    }
    return frozenset(name for name in found if name is not None)


def _other_occasions(a: Claim, b: Claim) -> bool:
    """The two claims tell of different occasions, so opposite acts do not oppose: one is
    set in a year by its opening words and the other names no date in it ("In 2020, a
    storm shut the bridge" / "The bridge has reopened": ``_year_told_apart``), or one
    counts how often something happened in a span ("The bridge has been shut twice in
    three years"), a tally of occasions, not the state of the one told."""
    if _year_told_apart(a, b) or _year_told_apart(b, a):
        return True
    if _set_in_a_year(a, b) or _set_in_a_year(b, a):
        return True
    if TIMES_IN_SPAN.search(a.text) or TIMES_IN_SPAN.search(b.text):
        return True
    return _ended_then_undone(a, b) or _ended_then_undone(b, a)


#: A whole year written as a date: "in 2021", "since 1998".
_BARE_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _set_in_a_year(dated: Claim, other: Claim) -> bool:
    """``dated`` is dated by a whole year alone ("The museum reopened in 2021 after a
    renovation") and ``other`` names no date ("The museum has been closed until further
    notice"): an act of that year told as background, and the state of the day; one
    after the other, both hold. A claim that names the year or any day keeps them compared,
    and a year is no occasion for a denial (``negation_conflicts`` runs before)."""
    if other.dates or not dated.dates:
        return False
    return all(_BARE_YEAR.match(date.text) and date.resolved for date in dated.dates)


#: A state told with how long it lasted: "closed for about seven hours", "was shut for
#: two days", "suspended for 40 minutes".
_FOR_A_SPAN = re.compile(
    r"(?<![\w])for[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+"
    r"|more[ \t]+than[ \t]+|over[ \t]+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|several)[ \t]+(?:minutes?|hours?|days?|weeks?)(?![\w])",
    re.IGNORECASE,
)
#: The opposite state told as come back or held from then on: "reopened", "has been open
#: since", "running again".
_UNDONE = re.compile(r"(?<![\w])(?:re[a-z]{3,}|since|again)(?![\w])", re.IGNORECASE)


def _ended_then_undone(ended: Claim, undone: Claim) -> bool:
    """``ended`` tells a state with how long it lasted ("The line was closed for six
    hours") and ``undone`` the opposite as come back or held since ("The line has
    reopened", "It has been open since"): the state ended, then the other began; one after
    the other, both hold. "The line stayed open" tells no return and still opposes."""
    return bool(_FOR_A_SPAN.search(ended.text)) and bool(_UNDONE.search(undone.text))


def _reason_negation_left_out(claim: Claim, key: MatchKey) -> MatchKey:
    """The key without a negation that only the claim's reason holds, when the claim's own
    negation was folded into the opposite act ("Schools will not reopen on Thursday because
    several buildings have no heat": "halt", not denied; the "no" denies heat, the reason):
    the key unchanged for any other claim."""
    if not (key.negated and key.negation_folded and key.negated_heads and claim.reason):
        return key  # most keys: a flag or two read
    reason = frozenset(normalize_text(claim.reason).tokens)
    if not key.negated_heads <= reason:
        return key
    return dataclasses.replace(key, negated=False, negated_heads=frozenset())


def _may_oppose(ka: MatchKey, kb: MatchKey, tables: Tables) -> bool:
    """What ``negation_conflicts`` or ``antonym_conflicts`` needs first, read from the keys
    alone: opposite polarity, or opposite predicates. Tested before whether both claims
    commit to what happens, which reads each claim's text: most pairs fail this first."""
    return match.polarity_clash(ka, kb) or _may_be_antonyms(ka, kb, tables)


def _same_subject(a: Claim, b: Claim) -> bool:
    """Unless both subjects are known and share no word ("the threats" / "the announcement")."""
    if not a.subject or not b.subject:
        return True
    words_a = _words_of(a.subject)
    words_b = _words_of(b.subject)
    return not words_a or not words_b or bool(words_a & words_b)


def _one_thing_told_of(a: Claim, b: Claim) -> bool:
    """The two claims tell of one subject, or one is a passive whose subject the other
    names after its own subject ("A jury convicted Marek Sobota" / "Marek Sobota was
    acquitted"): the same person, told of as the one acted on. Two indicators
    ("Unemployment fell" / "Youth unemployment rose") are two subjects, whatever words
    they share."""
    if indicators_apart(a.subject, b.subject):
        return False
    return _same_subject(a, b) or _acted_on(a, b) or _acted_on(b, a)


def _acted_on(active: Claim, passive: Claim) -> bool:
    """``passive`` is a passive whose subject ``active`` names, outside its own subject. The
    passive must be the claim's own verb: "Snyder posted a picture of a trooper being
    arrested" tells of no one arrested as Snyder."""
    if not active.subject or not passive.subject or not _main_verb_passive(passive):
        return False
    thing = _words_of(passive.subject)
    return bool(thing) and thing <= _words_of(active.text) - _words_of(active.subject)


def _main_verb_passive(claim: Claim) -> bool:
    """The claim's predicate is told as a passive ("was acquitted", "were quickly
    released", "has been rejected")."""
    verb = (claim.predicate or "").split(None, 1)[:1]
    if not verb:
        return False
    own = stem(verb[0].lower())
    return any(stem(found.group("participle")) == own for found in _PASSIVE.finditer(claim.text))


#: A passive verb: a form of "be", an optional adverb and a participle.
_PASSIVE = re.compile(PASSIVE_AUXILIARY + r"(?P<participle>[a-z]+(?:ed|en|t|n))\b")


def _two_things(a: Claim, b: Claim) -> bool:
    """Both subjects are things named with a determiner that share no word ("The village
    school will stay closed until Thursday" / "The line will remain closed until Monday"):
    each claim dates what happens to its own thing. Names ("Iran" / "Tehran's envoy") are
    left to the other rules: one party goes by several names; so are two words for one kind
    of event (data/event_nouns.txt: "The fire started on Wednesday" / "The wildfire broke
    out on Tuesday")."""
    if not a.subject or not b.subject:
        return False
    if not _DETERMINED.match(a.subject) or not _DETERMINED.match(b.subject):
        return False
    if _thing_words(a.subject) & _thing_words(b.subject):
        return False
    if event_told_by_its_verb(a, b):
        return False  # "The grounding happened on Saturday" / "The ferry grounded on Friday"
    kind = _subject_kind(a)
    return kind is None or kind != _subject_kind(b)


#: A subject that opens with a determiner: a thing, not a name.
_DETERMINED = re.compile(r"(?:the|a|an|this|that|its|their|his|her)[ \t]", re.I)


def _thing_words(subject: str) -> frozenset[str]:
    """The words that name a subject's thing: its normalized tokens, or, where the key's
    normalization drops every word (the noun "mine" of "The mine" is also a pronoun there),
    its plain lower-case words after the determiner. WHY: an empty set shares no word with
    anything, and "The mine was last inspected in March" / "The mine was last inspected in
    August" would be two things dated apart."""
    words = _words_of(subject)
    if words:
        return words
    return frozenset(_PLAIN_WORD.findall(_DETERMINED.sub("", subject, count=1).lower()))


#: A word of letters, as a subject writes it.
_PLAIN_WORD = re.compile(r"[a-z]+")


def contradicts(conflicts: Iterable[Conflict]) -> bool:
    return any(c.severity is Severity.CONTRADICTION for c in conflicts)


def numeric_conflicts(a: Claim, b: Claim, *, owners: bool = True) -> list[Conflict]:
    """A figure of one claim that counts the same thing as figures of the other, in the same
    unit, and meets none of them ("25% on steel and 10% on aluminium" holds two figures: each
    needs a counterpart that disagrees with it, and none that agrees)."""
    if not a.numbers or not b.numbers:
        return []
    return _numeric_conflicts(ClaimFacts(a), ClaimFacts(b), owners=owners)


def date_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Resolved dates that cannot be the same day, unless a time-zone shift explains a day."""
    return _date_conflicts(ClaimFacts(a), ClaimFacts(b))


def attribution_conflicts(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> list[Conflict]:
    """One party asserts what another denies ("X said Y" vs "Z denied Y")."""
    return _attribution_conflicts(ClaimFacts(a), ClaimFacts(b), ka, kb, load_tables(None))


def reason_conflicts(a: Claim, b: Claim) -> list[Conflict]:
    """Both give a cause for the event, and the causes share (almost) no words."""
    if not a.reason or not b.reason:
        return []
    return _reason_conflicts(ClaimFacts(a), ClaimFacts(b))


def scope_notes(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables) -> list[Conflict]:
    """One claim is narrower than the other: within one event frame, they use different
    predicates ("broke off talks" / "will skip next week's round") and only one of them
    carries qualifiers or a time window the other lacks. Both can hold: a note.

    Claims that share a predicate report the same act, one with less detail ("Iran skips
    Muscat talks" / "Iran will not attend next week's indirect talks"): no note. Nor between
    claims of which one only says what may or could happen ("may be a ploy to meet in the
    coming weeks"): a possibility is not a narrower statement. A reported one ("reportedly
    set to halt talks") still is: "reportedly" is shown as a certainty note."""
    return _scope_notes(ClaimFacts(a), ClaimFacts(b), ka, kb, tables)


def certainty_notes(a: Claim, b: Claim) -> list[CertaintyNote]:
    if a.certainty is b.certainty:
        return []
    cue_a = f" ({a.certainty_cue})" if a.certainty_cue else ""
    cue_b = f" ({b.certainty_cue})" if b.certainty_cue else ""
    return [
        trusted(
            CertaintyNote,
            claim_ids=(a.id, b.id),
            certainties=(a.certainty, b.certainty),
            explanation=f"{a.source}: {a.certainty}{cue_a}; {b.source}: {b.certainty}{cue_b}",
        )
    ]
