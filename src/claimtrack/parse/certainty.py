"""How strongly a claim is put: asserted, hedged, planned or conditional, and which cue decided.

Possibility wins over futurity (as in MinIE): "may attend" is hedged, "will attend" planned,
"if ... will attend" conditional.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.models import Certainty
from claimtrack.parse import grammar, tables
from claimtrack.parse.grammar import NAME_LIKE_MODALS, reads_as_modal
from claimtrack.parse.predictions import predicts


class CertaintyCue(NamedTuple):
    certainty: Certainty
    cue: str | None
    start: int = -1


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[Certainty, tables.Phrases], ...]:
    # Case-sensitive on purpose for single words: "May 1" is a month, "may" a modal.
    return (
        (Certainty.CONDITIONAL, tables.phrase_pattern(tables.words("conditional.txt"), 0)),
        (Certainty.HEDGED, tables.phrase_pattern(tables.words("hedges.txt"), 0)),
        (Certainty.PLANNED, tables.phrase_pattern(tables.words("planned.txt"), 0)),
    )


# "will" is a noun after these ("the will of the people", "political will").
_NOUN_WILL = re.compile(
    r"(?:\bthe|\ba|\bpolitical|\bfree|\bgood|\bill|\bpopular|\bhis|\bher|\btheir|\bits|\bour)\s+$",
    re.I,
)
# "The fee is intended to cut waste", "was never intended to last": a passive "intended to"
# states what a thing is for, not a plan; "The firm intended to sell" stays planned.
_PURPOSE_BE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+(?:(?:not|never|also|only|\w+ly)\s+){0,2}$"
)
#: "plans to"/"plan to" are a noun after these ("a strike over plans to close the depot",
#: "the plan to build", "the firm's plans to expand"): data/plan_noun_leads.txt.
_PLAN_CUES = frozenset(("plans to", "plan to"))
#: "could not confirm", "could never find": an inability, told as plainly as "couldn't"
#: (no cue at all); "could" alone is a possibility, and so is "could not only close".
_NOT_AFTER = re.compile(r"(?<![ \t])[ \t]+(?:not(?![ \t]+only\b)|never)\b")


@lru_cache(maxsize=1)
def _noun_plan() -> re.Pattern[str]:
    leads = "|".join(sorted(re.escape(w) for w in tables.words("plan_noun_leads.txt")))
    return re.compile(rf"(?:\b(?:{leads})|['’]s)\s+$", re.I)


def plan_as_noun(lowered: str, start: int) -> bool:
    """The "plan(s) to" at ``start`` of ``lowered`` is a noun: a word of
    data/plan_noun_leads.txt or a possessive stands right before it."""
    return _noun_plan().search(lowered, 0, start) is not None


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    """Every cue list's key words: a text with none of them has no cue at all."""
    return frozenset().union(*(pattern.first_words for _, pattern in _patterns()))


def find_certainty(text: str, offset: int = 0, words: frozenset[str] | None = None) -> CertaintyCue:
    """The certainty of the statement in ``text`` and the cue word that decided it;
    ``words`` is ``tables.word_set(text)`` if the caller has it (case is folded there, so
    lower-casing the first word changes nothing)."""
    if words is None:
        words = tables.word_set(text)
    # Each list's ``finditer`` finds nothing without one of its key words: one set test
    # settles most claims instead of three lookups (and of lower-casing the first word).
    found = _cue(_lower_first(text), words, offset) if not _key_words().isdisjoint(words) else None
    if "should" in words and (found is None or found.certainty is Certainty.PLANNED):
        # ranked with the hedges, above a plan: "should reopen by Friday" (not in
        # data/hedges.txt: a prescribing "should" is no hedge, and stance reads that list)
        foretold = _foretelling_should(_lower_first(text), offset)
        found = foretold or found
    if found is None and "reported" in words:
        found = _reported_at_the_end(text, offset)
    if found is not None:
        return found
    # The headline's "to" stands between blanks, so it is one of ``words`` (most texts
    # settle here without the pattern).
    headline = grammar.headline_infinitive(text) if "to" in words else None
    if headline:
        return CertaintyCue(Certainty.PLANNED, "to", offset + headline.start("to"))
    return _ASSERTED


_SHOULD = re.compile(r"(?<![\w])should(?![\w])")
#: "..., it was reported (on Thursday).": an impersonal passive that closes the sentence.
_REPORTED_AT_THE_END = re.compile(
    r"(?<![ \t]),[ \t]+(?P<cue>it[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+reported)"
    r"(?:[ \t]+[\w.]+){0,3}?[ \t]*[.!]?[\"”’']?[ \t]*$",
    re.I,
)


def _reported_at_the_end(text: str, offset: int) -> CertaintyCue | None:
    """A hedged cue for a sentence that ends ", it was reported (on Thursday)": passed on
    from reports no one names."""
    found = _REPORTED_AT_THE_END.search(text)
    if found is None:
        return None
    return CertaintyCue(Certainty.HEDGED, found.group("cue").lower(), offset + found.start("cue"))


def _foretelling_should(lowered_start: str, offset: int) -> CertaintyCue | None:
    """A hedged cue for a "should" that foretells an event by a time ahead
    (parse/predictions.py), not one in a leading clause ("Should it rain, ...")."""
    for match in _SHOULD.finditer(lowered_start):
        if predicts(lowered_start, match.end()) and not _in_leading_clause(
            lowered_start, match.start()
        ):
            return CertaintyCue(Certainty.HEDGED, "should", offset + match.start())
    return None


#: No cue: most claims (one tuple shared instead of one built per claim).
_ASSERTED = CertaintyCue(Certainty.ASSERTED, None)


def _cue(lowered_start: str, words: frozenset[str], offset: int) -> CertaintyCue | None:
    """The first cue of the strongest-ranked list that has one (conditional, hedged,
    planned), or None."""
    for certainty, pattern in _patterns():
        for match in pattern.finditer(lowered_start, words):
            if is_cue(certainty, lowered_start, match):
                return decided(certainty, lowered_start, match, offset)
    return None


def decided(
    certainty: Certainty, lowered_start: str, match: re.Match[str], offset: int = 0
) -> CertaintyCue:
    """The certainty a list's cue ``match`` gives: its list's, but "would have threatened
    thousands" tells what did not happen, a condition, not a plan."""
    if match.group(0) == "would" and _counterfactual(lowered_start, match.end()):
        return CertaintyCue(Certainty.CONDITIONAL, "would have", offset + match.start())
    return CertaintyCue(certainty, " ".join(match.group(0).split()), offset + match.start())


#: After "would": perhaps "not" and an adverb, "have" and the word after it.
#: (The look-behind: matched only right after "would", never inside a run of blanks.)
_HAVE_AFTER_WOULD = re.compile(
    r"(?<![ \t])(?:n['’]t|[ \t]+not)?(?:[ \t]+\w+ly)?[ \t]+have[ \t]+(\w+)"
)


def _counterfactual(text: str, end: int) -> bool:
    """Whether the "would" ending at ``end`` opens a past that did not happen ("would have
    been", "would not have paid"); not "would have to pay" (a need ahead) nor "would have
    200 staff" (a future possession)."""
    found = _HAVE_AFTER_WOULD.match(text, end)
    return found is not None and grammar.is_past_participle(found.group(1))


#: "even if" concedes: "The port stays open even if the storm hits" holds either way; "as
#: if" compares a manner: "He ran as if he was late" sets no condition on the running.
_EVEN_BEFORE = re.compile(r"\b(?:even|as)[ \t]+$")
_EVEN_REACH = len("even ") + 1

#: Cues that say nothing of the claim inside an indirect question: "asked how the alarm
#: could be silenced" is no guess, "unclear if anyone else is sick" no condition, "too
#: early to know if the graft will hold" no plan.
_ASKED_ABOUT = frozenset(("may", "might", "could", "if", "will", "would"))


def is_cue(certainty: Certainty, lowered_start: str, match: re.Match[str]) -> bool:
    """Whether a list's ``match`` in ``lowered_start`` decides the claim's certainty: not
    "will" as a noun, a passive "intended to" (a purpose), "plans to" as a noun ("a strike
    over plans to close the depot"), a condition word inside a clause ("whether" after the
    start), a conceding "even if", nor a modal or "if" inside an indirect question."""
    cue = match.group(0)
    if cue == "will" and _NOUN_WILL.search(lowered_start, 0, match.start()):
        return False
    if cue == "intended to" and _PURPOSE_BE.search(lowered_start, 0, match.start()):
        return False
    if cue in _PLAN_CUES and plan_as_noun(lowered_start, match.start()):
        return False
    if cue == "could" and _NOT_AFTER.match(lowered_start, match.end()):
        return False
    if cue in _DUE_CUES and _no_verb_after(lowered_start, match.end()):
        return False  # "The closure is due to the storm": a cause, no schedule
    if cue == "considering" and _opens_a_phrase(lowered_start, match.start()):
        return False  # "Considering that the port is shut, ...": a preposition, no plan
    if cue in _ATTRIBUTIVE_HEDGES and _hedges_an_object(lowered_start, match):
        return False  # "Police arrested the suspected gunman": the arrest is told plainly
    if certainty is Certainty.CONDITIONAL and not _opens_clause(lowered_start, match):
        return False
    if cue == "if" and _conceded(lowered_start, match.start()):
        return False
    if cue == "as long as" and _before_a_figure(lowered_start, match.end()):
        return False
    if certainty is not Certainty.CONDITIONAL and _in_leading_clause(lowered_start, match.start()):
        return False
    if _in_comparison(lowered_start, match.start()):
        return False
    if _in_relative_aside(lowered_start, match.start()):
        return False
    if certainty is not Certainty.CONDITIONAL and _in_subject_relative(lowered_start, match):
        return False
    # up to the cue's end: "if" is itself the question's opener ("unclear if")
    return not (
        cue.split(None, 1)[0] in _ASKED_ABOUT
        and grammar.in_indirect_question(lowered_start, match.end(), knowing=True)
    )


#: "is due to", "are due to": a schedule before a verb ("is due to vote"), a cause before a
#: noun ("is due to the storm", "was due to heavy rain").
_DUE_CUES = frozenset(("is due to", "are due to"))


def _no_verb_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is no verb's plain form ("the", "heavy", "rain")."""
    return not grammar.is_plain_verb(grammar.word_after(text, end))


#: Hedges that, before a noun, doubt what the noun names ("the alleged bribe", "a
#: suspected gunman"), not the act of the clause they stand in.
_ATTRIBUTIVE_HEDGES = frozenset(("alleged", "suspected", "purported", "rumored", "rumoured"))
#: Words after such a hedge that make it a verb's participle ("was alleged to have", "were
#: suspected of"), not a word before a noun.
_AFTER_A_PARTICIPLE = frozenset("to that of by in on at as and or".split())


def _hedges_an_object(text: str, match: re.Match[str]) -> bool:
    """Whether an attributive hedge (``_ATTRIBUTIVE_HEDGES``) stands before a noun after the
    clause's verb: "Police arrested the suspected gunman", "an inquiry into Vessia's alleged
    meddling" doubt the gunman's guilt and the meddling, while the arrest and the inquiry
    are told plainly. Before the verb ("The alleged gunman fled", "A suspected meteorite
    left a crater") it still hedges the claim: what it is about is in doubt. A passive
    participle ("was alleged to have", "is suspected of") is no such word."""
    before = text[: match.start()].split()
    after = text[match.end() :].split(None, 1)
    if not before or not after or before[-1] in grammar.AUXILIARIES:
        return False
    following = after[0].strip(".,;:!?\"”’'")
    if not following.isalpha() or following in _AFTER_A_PARTICIPLE:
        return False
    return grammar.has_verb(text[: match.start()])


def _opens_a_phrase(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text or follows a comma."""
    before = text[:start].rstrip()
    return not before or before.endswith(",")


def _before_a_figure(text: str, end: int) -> bool:
    """Whether a figure with no verb of its own follows the cue ending at ``end``: "could
    take as long as 3 weeks", "grow as long as four metres" measure a length or a time, no
    condition ("as long as three guards are on duty" sets one)."""
    following = _FIGURE_PHRASE_END.split(text[end : end + 80], maxsplit=1)[0]
    words = following.split(None, 1)
    if not words:
        return False
    word = words[0]
    return tables.is_figure(word) and not grammar.has_verb(following)


#: Where the phrase after "as long as" ends: a mark, or "and", "but", "or" between blanks.
_FIGURE_PHRASE_END = re.compile(r"[,;:.!?]|[ \t](?:and|but|or)[ \t]")


#: A leading clause of time, cause or concession and its comma ("As no one could predict
#: the show's success, ...", "While the tape may be real, ...", "As luck would have it, ").
_LEADING_CLAUSE = re.compile(
    r"(?:as|while|although|though|because|since|whereas)[ \t][^,]{1,150},[ \t]*"
)


#: Words after the comma that open no main clause ("..., like they did last year").
_NO_MAIN_CLAUSE_START = frozenset("like unlike than which who whom whose where".split())


def _in_leading_clause(text: str, start: int) -> bool:
    """Whether the cue at ``start`` stands in a leading clause that a main clause follows:
    it hedges that clause ("As no one could predict its success, Jess was paid £250" is
    asserted), not the claim. Conditions ("If ...") keep their own rule."""
    found = _LEADING_CLAUSE.match(text)
    if found is None or start >= found.end():
        return False
    rest = text[found.end() :]
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if (
        first.endswith("ing")
        or first in tables.words("prepositions.txt")
        or first in _NO_MAIN_CLAUSE_START
    ):
        return False  # "..., sticking to the hills", "..., like they did": no main clause
    # a lower-case subject after the comma is a subject all the same ("..., another capsule")
    return grammar.clause_verb_is_firm(rest[:1].upper() + rest[1:])


#: "than" and up to three words right before a cue: a comparison's clause ("than analysts
#: expected", "than they would", "than earlier reports suggested").
_THAN_CLAUSE = re.compile(r"(?<![\w-])than[ \t]+(?P<between>(?:[\w'’-]+[ \t]+){0,3})$")


def _in_comparison(text: str, start: int) -> bool:
    """Whether the cue at ``start`` is the verb of a comparison's clause: "Sales rose
    faster than analysts expected", "priced higher than they would" compare the fact with
    what was expected; they hedge nothing of it. Not after a figure's "more than" ("more
    than 200 guests will be freed": the main clause's "will"), nor further on ("may be
    higher than expected" keeps its "may", which comes first)."""
    if "than" not in text:
        return False
    found = _THAN_CLAUSE.search(text, max(0, start - 80), start)
    if found is None:
        return False
    return not any(tables.is_figure(word) for word in found.group("between").split())


#: A relative set off by its comma, up to a cue: ", where jobs are considered to be ".
_RELATIVE_ASIDE_BEFORE = re.compile(r",[ \t]+(?:where|which|who|whom|whose)[ \t][^,;:]*$")
#: A comma, then two words of the main clause.
_AFTER_THE_ASIDE = re.compile(r",[ \t]+\S+[ \t]+\S")


def _in_relative_aside(text: str, start: int) -> bool:
    """Whether the cue at ``start`` stands in a relative clause set off by commas inside the
    sentence ("Even in Varna, where jobs are considered to be for life, Ana Ruiz quit"):
    it tells something of the noun before it, and the claim around it stays as it is."""
    if ", wh" not in text:
        return False  # most texts: one substring test in C
    if _RELATIVE_ASIDE_BEFORE.search(text, max(0, start - 120), start) is None:
        return False
    comma = text.find(",", start)
    return (
        comma >= 0
        and not any(mark in text[start:comma] for mark in ";:")
        and _AFTER_THE_ASIDE.match(text, comma) is not None
    )


#: Relative pronouns that open a relative clause of the subject ("The bridge that may
#: reopen in May ...").
_RELATIVES = frozenset(("that", "who", "which"))
#: What stands between a cue in the subject's relative clause and the main clause's verb:
#: no clause opener or conjunction ("Residents who could leave did so, and the town is
#: empty": the "is" is another clause's).
_NOT_BETWEEN = frozenset(
    "and but or if when while as because since after before until unless whether where how "
    "what why that which who than so".split()
)
#: The main clause's finite "be" or modal (a modal's own verb is "be", "been" or "have",
#: never one of these).
_MAIN_VERBS = frozenset("is are was were will would may might could can should must".split())
#: An auxiliary right before an adverb cue ("who was allegedly caught"): the cue's own verb.
_TRAILING_AUXILIARY = re.compile(r"(?<![\w'’])(?:is|are|was|were|has|have|had|been|be)[ \t]+$")
#: A clause mark: a relative clause of the subject has none between its pronoun and the cue.
_CLAUSE_MARKS = re.compile(r"[,;:]")


def _in_subject_relative(text: str, match: re.Match[str]) -> bool:
    """Whether the cue of ``match`` stands in a relative clause of the subject, a finite
    "be" or modal of the main clause after it (whose own cue, if any, then decides):
    "The report that the council will publish next week was leaked" and "The bridge that
    may reopen in May was damaged" state what was, not what will or may be.

    The words before the relative pronoun hold no verb (else the "that" opens what was said
    or thought: "He warned that the levee could fail"), and nor do the words between the
    pronoun and the cue (else the relative clause's verb came first, and the cue is the
    main clause's: "The fact that no one saw it would suggest ...")."""
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(text, 0, match.start())]
    segment_start = marks[-1] if marks else 0
    words = list(re.finditer(r"[\w'’]+", text[segment_start : match.start()]))
    relatives = [w for w in words if w.group(0).lower() in _RELATIVES]
    if not relatives:
        return False
    relative_start = segment_start + relatives[-1].start()
    before = text[:relative_start].split()
    if not before or before[-1].lower() in tables.words("prepositions.txt"):
        return False  # "That sentiment suggests ...", "on that plan": a determiner
    if grammar.has_verb(text[:relative_start]):
        return False
    between = _TRAILING_AUXILIARY.sub("", text[relative_start : match.start()])
    if grammar.has_verb(between):
        return False
    after = _CLAUSE_MARKS.split(text[match.end() :], 1)[0]
    for word in after.lower().split():
        if word in _NOT_BETWEEN:
            return False
        if word in _MAIN_VERBS:
            return True
    return False


def _conceded(text: str, start: int) -> bool:
    """Whether "even" or "as" stands right before the "if" at ``start``."""
    return _EVEN_BEFORE.search(text, max(0, start - _EVEN_REACH), start) is not None


def _lower_first(text: str) -> str:
    """Lower-case the first word so a sentence-initial "Will"/"If" is a cue, but keep "May 1"
    and "Will Smith": a name or month before no verb (``reads_as_modal``)."""
    space = text.find(" ")
    if space <= 0:
        return text
    first = text[:space]
    if first.lower() in NAME_LIKE_MODALS and not reads_as_modal(_next_word(text, space)):
        return text
    return text[:space].lower() + text[space:]


def _next_word(text: str, position: int) -> str:
    found = _WORD.search(text, position)
    return found.group(0) if found else ""


_WORD = re.compile(r"[\w'’-]+")


def _opens_clause(text: str, match: re.Match[str]) -> bool:
    """ "whether" only makes a claim conditional at its start ("Whether X happens, ...")."""
    if match.group(0) != "whether":
        return True
    return match.start() == 0
