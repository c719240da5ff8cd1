"""REASON conflicts: two different stated causes for one event ("in protest" / "for
logistical reasons"), once the reason is known to be a cause the claim states.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtrack.judge.text import _WORD, Cues, _words_of, load_cues
from claimtrack.models import Claim, Conflict, ConflictType
from claimtrack.normalize import CLASS_PREFIX
from claimtrack.parse.speakers import SUBJECT_PRONOUNS
from claimtrack.parse.tables import is_figure
from claimtrack.parse.trusted import trusted

if TYPE_CHECKING:
    from claimtrack.judge.facts import ClaimFacts


#: Share of reason words two reasons must share to count as the same reason.
SAME_REASON = 0.34


def _reason_conflicts(facts_a: ClaimFacts, facts_b: ClaimFacts) -> list[Conflict]:
    if not facts_a.claim.reason or not facts_b.claim.reason:
        return []  # no cause on one side (most pairs): its cause words need not be read
    words_a, words_b = facts_a.cause_words, facts_b.cause_words
    if not words_a or not words_b:
        return []
    a, b = facts_a.claim, facts_b.claim
    assert a.reason and b.reason  # only a claim that gives a reason has its words
    if _two_acts_of_one_party(a, b):
        return []
    shared = len(words_a & words_b) / min(len(words_a), len(words_b))
    if shared >= SAME_REASON and not _two_causes(a, words_a, b, words_b):
        return []
    return [
        trusted(
            Conflict,
            type=ConflictType.REASON,
            claim_ids=(a.id, b.id),
            values=(a.reason, b.reason),
            explanation=f'{a.source} gives the reason "{a.reason}", {b.source} "{b.reason}"',
            value_spans=(facts_a.reason_span, facts_b.reason_span),
        )
    ]


def _two_acts_of_one_party(a: Claim, b: Claim) -> bool:
    """Both claims tell what one party did (their subjects share a word) with two different
    verbs, each done to something it names before its reason, and the two names share no
    word: "Ruiz chose Castlebridge because of its plan" / "Ruiz left Valmont because he
    wanted more playing time" give a reason for each of two acts, not two reasons for one.
    One verb ("left Valmont" / "quit Valmont" are two verbs with one name: still one act),
    or no name after a verb, keeps the reasons compared."""
    if not a.subject or not b.subject or not _words_of(a.subject) & _words_of(b.subject):
        return False
    verb_a, verb_b = _verb_stem(a), _verb_stem(b)
    if not verb_a or not verb_b or verb_a == verb_b:
        return False
    names_a, names_b = _names_acted_on(a), _names_acted_on(b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


def _verb_stem(claim: Claim) -> str:
    """The normalized first word of the parser's predicate ("chose" -> choos), empty for none."""
    verb = (claim.predicate or "").split(None, 1)[:1]
    return min(_words_of(verb[0]), default="") if verb else ""


def _names_acted_on(claim: Claim) -> frozenset[str]:
    """The words of the names the parser found between the claim's subject and its reason
    ("Ruiz chose Castlebridge United because ..." -> castlebridg, unit): what the act was
    done to, not who did it nor what the reason or a later clause names."""
    assert claim.reason and claim.subject
    start = claim.text.find(claim.subject)
    end = claim.text.find(claim.reason)
    if start < 0 or end < 0:
        return frozenset()
    between = claim.text[start + len(claim.subject) : end]
    found: set[str] = set()
    for entity in claim.entities:
        if entity.text and entity.text in between and entity.text not in claim.subject:
            found |= _words_of(entity.text)
    return frozenset(found)


#: Words that may stand between "citing" and the source it names ("citing a senior official").
_CITED_MODIFIERS = 3
_OPENING_QUOTES = frozenset("“‘«")
_STRAIGHT_QUOTES = frozenset("\"'")


def _cause_words(claim: Claim) -> frozenset[str]:
    """The words of the claim's cause (``_reason_words``); none unless it states one."""
    if not claim.reason or not _states_a_cause(claim, claim.reason):
        return frozenset()
    return _reason_words(claim.reason)


def _states_a_cause(claim: Claim, reason: str) -> bool:
    """Whether the text the splitter took for a cause gives one.

    Not a cause: "due to" before a verb is a schedule ("the waivers were due to expire at
    midnight"); "citing" before a source is attribution ("citing a senior official"); a cause
    that opens a quoted sentence ("... wrote: 'Because you ...'") explains something said
    inside the quoted text, which the claim does not show, not the claim's own event (a
    quoted cause word, 'blamed "logistics"', is still a cause).
    """
    return _gives_a_cause(claim.text, reason)


@lru_cache(maxsize=1 << 14)
def _gives_a_cause(text: str, reason: str) -> bool:
    # Once per claim text: the judge asks for every pair of causes a claim is in.
    words = _WORD.findall(reason.lower())
    cues = load_cues()
    scheduled = cues.scheduled_verbs | _SCHEDULED_HAVE
    if words[:2] == ["due", "to"] and len(words) > 2 and words[2] in scheduled:
        return False
    if words[:3] == ["due", "to", "last"] and _span_follows(reason):
        return False  # "is due to last 48 hours": how long it is planned to run, no cause
    if words[:1] == ["citing"] and _names_a_source(words[1 : 2 + _CITED_MODIFIERS], cues):
        return False
    if words[-1:] and words[-1] in _RELATIVE_PRONOUNS:
        # "declined to detail the intelligence that led to the strike": a noun phrase with
        # a relative clause names what caused something; it does not state a cause
        return False
    at = text.find(reason)
    if at >= 0 and _DOES_NOT_MEAN.search(text, at):
        return False  # "just because two storms came close, it does not mean they are linked"
    opens_a_sentence = reason[:1].isupper()
    return not (opens_a_sentence and at > 0 and _opens_quotation(text[:at].rstrip()))


def _span_follows(reason: str) -> bool:
    """The word after "due to last" in ``reason`` opens how long something runs (a figure,
    "for", "until": "is due to last 48 hours", "due to last until Friday"), or there is
    none: "last" is the verb of a schedule. Before a noun of time ("due to last year's
    drought", "last night's storm") or another word it is an adjective of the cause."""
    after = reason.split()[3:4]
    return not after or is_figure(after[0].lower()) or after[0].lower() in _SPAN_OPENERS


#: Words that open how long something runs after the verb "last" ("last for a week").
_SPAN_OPENERS = frozenset(
    "for until till into through throughout beyond about around roughly nearly almost "
    "up at only just another several".split()
)


#: "was due to have an operation", "is due to have talks": a plan, no cause. Not in
#: data/scheduled_verbs.txt, which the matcher's planned phrasings read too ("plans to
#: have 2,100 sites" would become a plan of its own there).
_SCHEDULED_HAVE = frozenset({"have"})


#: What follows a "because" clause that is the subject of a denied inference: "(just)
#: because X doesn't mean Y" says X is no reason for Y, not that X caused anything.
_DOES_NOT_MEAN = re.compile(
    r"\b(?:does|do|did|will|would|should)(?:\s+not|n't)\s+(?:necessarily\s+)?"
    r"(?:mean|prove|imply)\b",
    re.IGNORECASE,
)


def _opens_quotation(before: str) -> bool:
    """The text ends with an opening quote mark (a straight one opens when it is odd)."""
    mark = before[-1:]
    if mark in _STRAIGHT_QUOTES:
        return before.count(mark) % 2 == 1
    return mark in _OPENING_QUOTES


def _names_a_source(words: list[str], cues: Cues) -> bool:
    """A source noun among the first words after "citing", before any preposition that would
    make it the complement of a cause ("citing concerns raised by officials")."""
    for word in words:
        if word in cues.cited_sources:
            return True
        if word in _PREPOSITIONS:
            return False
    return False


#: The last word of a "cause" that is a relative clause's antecedent ("the tip that led to").
_RELATIVE_PRONOUNS = frozenset(("that", "which", "who"))

_PREPOSITIONS = frozenset("of by from over about for on in with to that which who".split())


def _two_causes(a: Claim, words_a: frozenset[str], b: Claim, words_b: frozenset[str]) -> bool:
    """Two causes however many words they share: neither is denied (``_denied``) and their
    heads are apart (``_heads_apart``)."""
    assert a.reason and b.reason
    return not _denied(a) and not _denied(b) and _heads_apart(a.reason, words_a, b.reason, words_b)


def _heads_apart(
    reason_a: str, words_a: frozenset[str], reason_b: str, words_b: frozenset[str]
) -> bool:
    """Each cause's head (``_head_words``: "faulty wiring" of "because of faulty wiring in
    the heating element") shares no word with the other's whole cause ("because of a
    defective timer switch that fails to turn off the heating element"): two causes that
    only share what they are in or act on. "Because of concerns about safety" / "over
    safety concerns" share the head's "concerns", one cause."""
    head_a, head_b = _head_words(reason_a), _head_words(reason_b)
    return bool(head_a and head_b) and head_a.isdisjoint(words_b) and head_b.isdisjoint(words_a)


#: "not" or "n't" right before a cause: "was not due to farmers" denies it.
_NOT_BEFORE = re.compile(r"(?:\bnot|n't)\s*$", re.I)


def _denied(claim: Claim) -> bool:
    """The claim's cause follows "not" ("growth was not due to farmers, but to overuse"):
    what it rules out is no cause to set against another's."""
    assert claim.reason
    at = claim.text.find(claim.reason)
    return at > 0 and _NOT_BEFORE.search(claim.text[max(0, at - 8) : at]) is not None


#: What opens a cause given as a noun phrase, and the articles that may follow.
_NOUN_CAUSE = re.compile(r"(?:because\s+of|due\s+to|owing\s+to)\s+(?:(?:a|an|the)\s+)?", re.I)
#: Prepositions of place that end a cause's noun phrase ("a fire at the substation", "a
#: failed cable near the substation", "a leak beneath the deck"): what the cause is in or
#: beside, not the cause.
_CAUSE_PLACE_WORDS = frozenset("at near beside beneath under inside outside behind".split())
#: Where a cause's own noun phrase ends: a comma or a preposition or relative word after it.
_HEAD_ENDS = re.compile(
    r"[,;:()]|\b(?:" + "|".join(sorted(_PREPOSITIONS | _CAUSE_PLACE_WORDS)) + r")\b", re.I
)


@lru_cache(maxsize=1 << 14)
def _head_words(reason: str) -> frozenset[str]:
    """The words of a cause's own noun phrase, as ``_reason_words`` gives them: after
    "because of", "due to" or "owing to" (and an article), up to the first comma,
    preposition or relative word ("faulty wiring" of "because of faulty wiring in the
    heating element"). Empty for a cause that opens otherwise ("because the benefit was
    clear", "for logistical reasons")."""
    opener = _NOUN_CAUSE.match(reason)
    if opener is None:
        return _bare_head(reason)
    head = _HEAD_ENDS.split(reason[opener.end() :], maxsplit=1)[0]
    if _WORD.findall(head.lower())[:1] in (["what"], ["how"], ["why"], ["whatever"]):
        return frozenset()  # "because of what he described as ...": a clause, no noun
    return _reason_words(head)


#: First words of a cause that is no bare noun phrase: a clause or a preposition's phrase
#: ("because the cables had corroded", "for logistical reasons", "over safety concerns").
_NOT_BARE = frozenset(
    "because for over as since after amid in citing to from by due owing with without"
    " following given thanks".split()
)


def _bare_head(reason: str) -> frozenset[str]:
    """The head noun of a cause told as a bare noun phrase ("was caused by contaminated
    meat", "blamed a contaminated supplement"): its last word before a comma, preposition,
    relative word or a clause's pronoun ("meat she ate"), as ``_reason_words`` gives it.
    "Contaminated meat" and "a contaminated supplement" share a word but name two things;
    "faulty wiring" / "wiring faults" share the head. Empty for a cause that opens with a
    conjunction or a preposition."""
    words = _WORD.findall(reason.lower())
    if not words or words[0] in _NOT_BARE:
        return frozenset()
    end = _HEAD_ENDS.search(reason)
    if end is not None and end.group(0).lower() == "on":
        return frozenset()  # "blamed the blast on guerrillas": the noun is the event, not its cause
    phrase = _WORD.findall(reason[: end.start() if end else len(reason)].lower())
    for at, word in enumerate(phrase):
        if at and word in SUBJECT_PRONOUNS:
            del phrase[at:]  # "meat she ate": the clause after the noun tells of it
            break
    if not phrase:
        return frozenset()
    return _reason_words(phrase[-1])


#: Pronouns that open a clause after a cause's noun ("meat she ate", "a drug he took").


#: Words every stated cause may use ("for logistical reasons" = "logistics").
_GENERIC_REASON = frozenset({"reason", "reasons", "caus", "cause", "factor"})
_NOT_PART = re.compile(r"\bnot\s+[^,;]+", re.I)


@lru_cache(maxsize=1 << 14)
def _reason_words(reason: str) -> frozenset[str]:
    """What a cause says, compared by word beginnings ("logistical" = "logistics"); what it
    rules out ("logistical problems, not politics") and generic words are left out."""
    said = _NOT_PART.sub(" ", reason)
    return frozenset(
        t[:5]
        for t in _words_of(said)
        if t not in _GENERIC_REASON and not t.startswith(CLASS_PREFIX)
    ) | frozenset(t for t in _words_of(said) if t.startswith(CLASS_PREFIX))
