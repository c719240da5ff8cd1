"""Stance of one statement towards a claim: does a source state it, pass it on, or debunk it?

``compare`` says whether two statements are the same claim and whether they contradict; a
fact-checker asks more of a source: does it *state* the claim (supports), *report* it without
vouching for it (hedged: "reportedly", "rumours", "X claims", a question), *call it false*
(conflicts: "hoax", "fake", "X denies"), or merely write about the same thing (related)?

The rules are the ones a journalist applies to a headline, in this order:

1. Conflict: the judge's contradiction; a refuting cue (``refuting_cues.txt``: "hoax", "fake",
   "denies", "retracted") the source sets against the claim's content; or a negation of one
   of the claim's own words with no doubt around it; a headline whose main clause is negated
   ("Mayor did not quit", not "Mayor who never lost a vote quits": ``main_clause_negated``)
   denies the claim it is about in whatever words. A cue the claim holds itself, one that
   is negated ("no hoax"), asked ("a hoax?") or one side of an "or" ("real or fake") refutes
   nothing, nor does a denial of the accusation ("denies the hoax claims"). Only a claim
   stated as fact can be refuted or denied: "X reportedly did Y" stays true of the report.
   A headline also refutes by waving a report away ("kills the rumour", "despite reports":
   ``dismissing_words.txt`` before a ``report_nouns.txt`` noun), by a word of doubt or
   deception (``headline_refuting_cues.txt``: "doubt that", "into thinking"), by answering
   its own question no ("X? No, says Y": ``negative_answers.txt``) or by saying the claim's
   victim is alive or safe (``safe_states.txt`` against ``harm_words.txt``); calling false
   what it names of the claim, one word of it is enough. Its denial stands behind a hedge
   that leans one way ("probably not": ``leaning_hedges.txt``).
2. Hedged: a source that restates the claim behind an attribution (a headline's speaker
   label "Analyst: ..." too, or "Port: we ..."; not a flag, ``headline_flags.txt``, nor on
   a headline ``story_flags.txt``: "Revealed: ..."), a hedge or rumour word (``hedges.txt``,
   ``rumour_cues.txt``, the hedged attribution verbs; on a headline also
   ``headline_hedges.txt``: "said to", "expects", "possible") or a question mark the claim
   does not share.
3. Supports: the matcher's same claim (with its figures, ``compare.supporting``), or half the
   claim's words or more with its predicate, the same polarity and every figure it gives; or
   a headline about the claim, unhedged, that tells the claim's story in other words: it
   names the claim's subject, says its act or names what the act is done to, beyond the
   claim's names alone (``_tells_claim``).
4. Otherwise related (the matcher relates them, the source holds half the claim's words, or
   a headline holds a quarter and two of them) or unrelated.

A sentence of an article is held to more (``in_article``): see ``stance_of``. There a
differing figure or cause does not refute (an article gives figures and causes of many
things), a refuting word qualifying another thing ("a satirical newspaper") refutes nothing,
a fact "confirmed" or "announced" is not hedged by its attribution, and a reported claim
passed on the same way is hedged. A whole article that mostly passes on what others say, or
says it could not verify its story, passes on a claim it supports (``mostly_reported``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.models import (
    Certainty,
    Claim,
    Comparison,
    ConflictType,
    Kind,
    Severity,
    Stance,
)
from claimtrack.normalize import MatchKey, data_lines, normalize_text, stem
from claimtrack.parse.attribution import hedged_verbs

#: Share of the claim's words a source must hold to be about it (for a refutation or hedge).
ABOUT = 0.5
#: A refuting cue is rarely written beside the claim's own words ("Three-eyed fish story a
#: hoax"): a fifth of them is enough for a source that calls the story false.
REFUTATION_ABOUT = 0.2
#: Share of the claim's words a source must hold to restate it (with its predicate).
RESTATES = 0.5
#: A headline is short and words its story its own way: a quarter of the claim's words, two
#: of them at least, is enough to be about the claim ("Crane collapse closes city bridge"
#: against "A crane fell onto the bridge over the river and closed it").
HEADLINE_ABOUT = 0.25
HEADLINE_SHARED = 2
#: Words between a negation and a refuting cue that still negate it ("is not a hoax").
NEGATION_REACH = 3
#: Words between a dismissing word and the report noun it waves away ("shoots down the
#: senator's new claims").
DISMISSAL_REACH = 4

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class _Cues:
    refuting: re.Pattern[str]
    denials: re.Pattern[str]
    hedging: re.Pattern[str]
    negations: frozenset[str]
    flags: frozenset[str]
    clause_openers: frozenset[str]
    #: the one-word negations of ``negation.txt`` ("no", "never"), not its phrases' words
    single_negations: frozenset[str]
    headline_hedging: re.Pattern[str]
    prepositions: frozenset[str]
    dismissing: re.Pattern[str]
    report_nouns: frozenset[str]
    headline_refuting: re.Pattern[str]
    leaning: re.Pattern[str]
    negative_answers: re.Pattern[str]
    harm: re.Pattern[str]
    safe_states: frozenset[str]
    story_flags: frozenset[str]
    confirming: frozenset[str]
    unverified: re.Pattern[str]


def _pattern(phrases: set[str]) -> re.Pattern[str]:
    longest_first = sorted(phrases, key=lambda p: (-len(p), p))
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first)
    return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    def lines(name: str) -> set[str]:
        return {line.lower() for line in data_lines(name)}

    # Only "deny" takes the accusation as its object ("denies the hoax claims" defends the
    # claim), where "debunks the false claims" refutes it: its forms are told apart below.
    deny = {w for line in lines("denial_cues.txt") for w in line.split() if w == "deny"}
    denials = {form for w in deny for form in (w, w[:-1] + "ies", w[:-1] + "ied", w + "ing")}
    negations = {w for line in lines("negation.txt") for w in line.split()}
    return _Cues(
        refuting=_pattern(lines("refuting_cues.txt")),
        denials=_pattern(denials),
        hedging=_pattern(lines("hedges.txt") | lines("rumour_cues.txt") | hedged_verbs()),
        negations=frozenset(negations - denials | {"n't"}),
        flags=frozenset(lines("headline_flags.txt")),
        clause_openers=frozenset(lines("headline_clause_openers.txt")),
        single_negations=frozenset(n for n in lines("negation.txt") if " " not in n) - denials,
        headline_hedging=_pattern(lines("headline_hedges.txt")),
        prepositions=frozenset(lines("prepositions.txt")),
        dismissing=_pattern(lines("dismissing_words.txt")),
        report_nouns=frozenset(lines("report_nouns.txt")),
        headline_refuting=_pattern(lines("headline_refuting_cues.txt")),
        leaning=_pattern(lines("leaning_hedges.txt")),
        negative_answers=_pattern(lines("negative_answers.txt")),
        harm=_pattern(lines("harm_words.txt")),
        safe_states=frozenset(lines("safe_states.txt")),
        story_flags=frozenset(lines("story_flags.txt")),
        confirming=frozenset(lines("confirming_verbs.txt")),
        unverified=_pattern(lines("unverified_cues.txt")),
    )


#: A headline's speaker label: "Analyst: ..." or "...: officials" (up to four words).
_LABEL_BEFORE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*:\s")
_LABEL_AFTER = re.compile(r"(?::|\s[-–—:])\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*(?:\.\s*)?$")


def refuting_cue(source: Claim, claim: Claim) -> str | None:
    """The refuting cue ``source`` sets against ``claim``: a debunking word the claim does not
    hold, not itself negated ("not a hoax") nor denied ("denies the hoax claims")."""
    if claim.negated or _asks(claim):
        return None  # "X is not dead", "Is X dead?": a debunking agrees or answers
    cues = _cues()
    if _live_cues(claim.sentence or claim.text, cues.refuting):
        return None  # the claim debunks something itself ("The video of X is a hoax")
    live = _live_cues(source.sentence or source.text, cues.refuting)
    if not live:
        return None
    denied = [m for m in live if cues.denials.fullmatch(m.group(0))]
    if denied and len(denied) < len(live):
        return None  # a denial of a falsity word: "denies the hoax claims" defends the claim
    return live[0].group(0)


def dismissed_report(source: Claim, claim: Claim) -> str | None:
    """A headline's word waving a report away: a dismissing word with a report noun a few
    words after it, in the same clause ("Mayor kills resignation rumour", "Bridge open,
    contrary to reports", ``dismissing_words.txt``), neither negated nor asked. None when the
    claim itself dismisses a report or debunks, denies or asks."""
    if claim.negated or _asks(claim) or _headline_refutations(claim.sentence or claim.text):
        return None
    found = _headline_refutations(source.sentence or source.text)
    return found[0] if found else None


def _headline_refutations(text: str) -> list[str]:
    """A headline's dismissals of a report and its words of doubt or deception
    (``headline_refuting_cues.txt``) that stand as stated."""
    cues = _cues()
    found = _dismissals(text) + [m.group(0) for m in _live_cues(text, cues.headline_refuting)]
    answer = _negative_answer(text)
    return [*found, answer] if answer else found


#: The words that link a subject to its state ("is safe", "found alive", "she's unhurt"):
#: "'s" only after a pronoun ("the climber's tent" is a possessive).
_LINKING = frozenset(
    {"is", "are", "was", "were", "found", "remains", "be"}
    | {"i'm", "he's", "she's", "it's", "we're", "they're", "you're", "that's", "who's"}
)


def safe_despite_harm(source: Claim, claim: Claim) -> str | None:
    """The headline says someone or something is alive or safe (``safe_states.txt``) where
    the claim says it died, was killed, taken or stolen (``harm_words.txt``): "Hostage is
    safe, family says" against "The hostage was killed". The state must be stated of
    something, after a linking word or before "and" ("alive and well"), not asked."""
    text = source.sentence or source.text
    if claim.negated or _asks(claim) or "?" in text:
        return None
    if not _cues().harm.search(claim.sentence or claim.text):
        return None
    tokens: list[str] = [t.lower() for t in _TOKEN.findall(text.replace("’", "'"))]
    for index, token in enumerate(tokens):
        if token not in _cues().safe_states:
            continue
        before = tokens[max(0, index - 2) : index]
        linked = not _LINKING.isdisjoint(before)
        following = tokens[index + 1 : index + 2]
        if following == ["to"]:
            continue  # "it's safe to say": a manner of speaking
        stated = linked or following == ["and"]
        if stated and not _negated_before(" ".join(tokens[:index]), _cues().negations):
            return token
    return None


def _negative_answer(text: str) -> str | None:
    """The answer turning down a headline's question: what follows its question mark opens
    with "No", "Probably not" (``negative_answers.txt``) set off by punctuation or ending
    the headline: "Bridge to close? No, says council", not "Bridge shut? No problem"."""
    asked = text.rfind("?")
    if asked < 0:
        return None
    answer = text[asked + 1 :].lstrip(" \t-–—:")
    found = _cues().negative_answers.match(answer)
    if found is None or not re.match(r"\s*(?:[,.;:!–—-]|$)", answer[found.end() :]):
        return None
    return found.group(0)


#: Where a headline's clause ends: its punctuation, or a dash set off by blanks.
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s[-–—]+\s")


def _dismissals(text: str) -> list[str]:
    cues = _cues()
    found = []
    for match in cues.dismissing.finditer(text):
        start, end = match.start(), match.end()
        if _negated_before(text[:start], cues.negations) or _alternative(text, start, end):
            continue  # "does not dismiss the reports", "won't confirm or deny the report"
        if _questioned(text, start, end):
            continue
        clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
        following = _WORD.findall(clause.lower())[: DISMISSAL_REACH + 1]
        noun = next((i for i, w in enumerate(following) if w in cues.report_nouns), None)
        if noun is None:
            continue
        if cues.refuting.search(" ".join(following[:noun])):
            continue  # "denies the hoax claims", "rejects false reports": defends the claim
        found.append(match.group(0))
    return found


def _qualifies_other(source: Claim, cue: str, claim: MatchKey) -> bool:
    """The refuting cue stands before a word of something the claim does not name: it
    qualifies that thing ("fake banknotes", "a satirical site"), not the claim. A report noun
    after it is the claim ("debunk the claims"), a function word leaves it standing alone."""
    text = source.sentence or source.text
    at = text.lower().find(cue.lower())
    following = _WORD.findall(text[at + len(cue) :].lower()) if at >= 0 else []
    first = re.match(r"\s*\w", text[at + len(cue) :]) if at >= 0 else None
    if not following or first is None or following[0] in _cues().report_nouns:
        return False
    named = _plain(normalize_text(following[0]))
    return bool(named) and named.isdisjoint(_plain(claim))


def _qualifies_in_article(source: Claim, cue: str, claim: MatchKey) -> bool:
    """An article sentence's refuting cue qualifies another thing (``_qualifies_other``): an
    article names many things besides the claim ("the satirical newspaper", "a photoshopped
    picture of the leader"). A denial verb ("denied Sunday that ...") takes what follows as
    its object or time, not as a thing it qualifies."""
    return not _cues().denials.fullmatch(cue) and _qualifies_other(source, cue, claim)


def _live_cues(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The cues of ``pattern`` (refuting cues) in ``text`` that stand as stated: not negated,
    not one side of an "or", not asked."""
    negations = _cues().negations
    return [
        m
        for m in pattern.finditer(text)
        if not _negated_before(text[: m.start()], negations)
        and not _alternative(text, m.start(), m.end())
        and not _questioned(text, m.start(), m.end())
    ]


def _alternative(text: str, start: int, end: int) -> bool:
    """The cue is one side of "or" ("real or hoax", "confirm or deny"): a choice left open."""
    before = _WORD.findall(text[:start].lower())[-1:]
    after = _WORD.findall(text[end:].lower())[:1]
    return before == ["or"] or after == ["or"]


def _questioned(text: str, start: int, end: int) -> bool:
    """The cue stands in a question ("Is the video a hoax?"): asked, not asserted."""
    opening = max(text.rfind(mark, 0, start) for mark in ".!?:")
    closing = [i for i in (text.find(mark, end) for mark in ".!?:") if i >= 0]
    return bool(closing) and text[min(closing)] == "?" and opening < start


def _negated_before(before: str, negations: frozenset[str]) -> bool:
    words = _WORD.findall(before.lower().replace("n't", " n't"))[-NEGATION_REACH:]
    return any(w in negations or w.endswith("n't") for w in words)


def hedging_cue(source: Claim, claim: Claim, *, headline: bool = False) -> str | None:
    """What makes ``source`` pass the claim on without asserting it, when the claim does not
    do the same: an attribution (a speaker label "Analyst: ..." too), or ``doubt_cue``. In an
    article (not a ``headline``), a fact a speaker confirmed or announced ("the ministry
    confirmed on Friday", ``confirming_verbs.txt``) is reported as established, not hedged."""
    if source.attribution and not claim.attribution and (headline or not _confirmed(source)):
        return source.attribution_cue or source.attribution
    text = source.sentence or source.text
    if not _speaker_label(claim.sentence or claim.text, headline=headline):
        for label, rest in _speaker_labels(text, headline=headline):
            if not _topic(label, claim) or _first_person(rest):
                # "Ferry collision: ..." names the topic, "Port: we never ..." a speaker
                return label
    return doubt_cue(source, claim)


def _confirmed(source: Claim) -> bool:
    """The source's attribution verb confirms or announces what it reports."""
    return (source.attribution_cue or "").lower() in _cues().confirming


def _first_person(text: str) -> bool:
    """The text speaks in the first person ("we have the weapons", "our hands"): what a
    label before it introduces is a quotation."""
    words = re.findall(r"[A-Za-z]+(?:'[a-z]+)?", text.replace("’", "'"))
    return any(w.lower() in _FIRST_PERSON for w in words if w != "US")  # "US": the country


#: The first-person words that make a headline after a label a quotation.
_FIRST_PERSON = frozenset(
    {"i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're", "we've", "we'll", "us", "our"}
)


def doubt_cue(source: Claim, claim: Claim) -> str | None:
    """What makes ``source`` uncertain where the claim is not: a question, a hedged or
    conditional certainty, a hedge or rumour word. Unlike an attribution, these also keep a
    negation from denying the claim ("may not", "is it not?")."""
    if source.kind is Kind.QUESTION or "?" in (source.sentence or source.text):
        return None if claim.kind is Kind.QUESTION else "?"
    if source.certainty in (Certainty.HEDGED, Certainty.CONDITIONAL) and (
        claim.certainty is Certainty.ASSERTED
    ):
        return source.certainty_cue or source.certainty.value
    cues = _cues().hedging
    own = {m.group(0).lower() for m in cues.finditer(claim.text)}
    for found in cues.finditer(source.sentence or source.text):
        if found.group(0).lower() not in own:
            return found.group(0)
    return None


def headline_hedge(source: Claim, claim: Claim) -> str | None:
    """A headline's word for a story expected, suspected or possible ("said to", "expects",
    ``headline_hedges.txt``) that the claim does not use itself."""
    cues = _cues().headline_hedging
    own = {m.group(0).lower() for m in cues.finditer(claim.sentence or claim.text)}
    for found in cues.finditer(source.sentence or source.text):
        if found.group(0).lower() not in own:
            return found.group(0)
    return None


def _asks(claim: Claim) -> bool:
    return claim.kind is Kind.QUESTION or "?" in (claim.sentence or claim.text)


#: The judge's differences that set an article sentence beside a claim, not against it: an
#: article about a claim gives figures of many things (last year's model, a rival estimate)
#: and several explanations, and calls the claim false in words when it does (FNC-1 train:
#: of 23 bodies judged disagreeing by a differing figure or cause alone, none disagreed).
_SIDE_DIFFERENCES = frozenset({ConflictType.NUMERIC, ConflictType.REASON})


def _contradicts(comparison: Comparison, stated: bool, *, in_article: bool = False) -> bool:
    """The judge's contradictions, less a denial (ATTRIBUTION) of a claim not ``stated``
    and, ``in_article``, less a differing figure or cause (``_SIDE_DIFFERENCES``)."""
    return any(
        c.severity is Severity.CONTRADICTION
        and (stated or c.type is not ConflictType.ATTRIBUTION)
        and not (in_article and c.type in _SIDE_DIFFERENCES)
        for c in comparison.conflicts
    )


def reported_only(claim: Claim) -> bool:
    """The claim itself only passes something on: attributed, hedged, a speaker label, a
    hedge or rumour word ("Alleged recording of X released", "X reportedly quits")."""
    text = claim.sentence or claim.text
    return bool(
        claim.attribution
        or claim.certainty in (Certainty.HEDGED, Certainty.CONDITIONAL)
        or _speaker_label(text)
        or _cues().hedging.search(text)
    )


def negates(claim: MatchKey, source: MatchKey) -> bool:
    """``source`` negates one of the claim's own words ("The mayor did not resign" against
    "The mayor resigned"), the claim negating nothing."""
    return (
        source.negated and not claim.negated and not source.negated_heads.isdisjoint(claim.tokens)
    )


#: The negations that deny a statement's verb ("is not", "didn't", "never"); "no" and
#: "nothing" deny a noun ("no idea", "no way out") and leave the statement standing.
_VERB_NEGATIONS = frozenset({"not", "n't", "never"})
#: "not only X but Y", "not just X": a negation that adds rather than denies.
_ADDING = frozenset({"only", "just", "merely", "simply"})
#: Where a clause ends inside a headline: its punctuation.
_CLAUSE_MARK = frozenset(",;:.!?()")
_TOKEN = re.compile(r"n't|[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", re.IGNORECASE)


def main_clause_negated(text: str, negations: frozenset[str] = _VERB_NEGATIONS) -> bool:
    """The headline's own statement is negated: one of ``negations`` ("not", "n't", "never")
    that no clause opener ("who", "so", "unless", ``headline_clause_openers.txt``) sets in a
    clause of its own since the last punctuation ("Mayor did not resign" but not "Mayor who
    never gave up resigns"), that does not add ("not only") nor answer ("No, ...")."""
    openers = _cues().clause_openers
    tokens = [t.lower() for t in _TOKEN.findall(text.replace("’", "'"))]
    inside = False
    for index, token in enumerate(tokens):
        previous = tokens[index - 1] if index else ","
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in _CLAUSE_MARK:
            inside = False
        elif token in openers and not (token == "that" and previous in _CLAUSE_MARK):
            # "that" opening a clause is the pointing word: "No, that story is not true"
            inside = True
        elif (token in negations or token.endswith("n't")) and not inside:
            # "in Leeds, not York" sets a bare "not" against a place; a verb's own negation
            # after a comma ("No, the bridge won't reopen") still denies.
            contrast = index > 0 and previous == "," and token == "not"
            if following not in _ADDING and following != "," and not contrast:
                return True
    return False


def _denial(claim: Claim, source: Claim, key: MatchKey, source_key: MatchKey) -> bool:
    """``source`` negates the claim's own act in its main clause, with no doubt around it."""
    text = source.sentence or source.text
    return (
        negates(key, source_key)
        and main_clause_negated(text, _cues().single_negations)
        and not _open_doubt(source, claim)
    )


def _open_doubt(source: Claim, claim: Claim) -> str | None:
    """A headline's ``doubt_cue`` that leaves a denial open: "may", "might", a question; not
    a hedge that leans one way ("probably not", "apparently not", ``leaning_hedges.txt``)."""
    cue = doubt_cue(source, claim)
    if cue is None or _cues().leaning.fullmatch(cue.strip()):
        return None
    return cue


def _denies(claim: Claim, claim_key: MatchKey, statement: Claim) -> bool:
    """A headline about the claim that negates its own statement denies the claim, though
    it words it otherwise ("Ferry captain not at fault" against "The ferry captain caused the
    collision"): a headline says one thing, and that thing is negated. A claim negated only
    in a clause of its own ("a panel that had no women") still states its main act. The
    headline's words decide, not its key's negation flag: the key folds "not captured" into
    the opposite act and drops the flag."""
    text = statement.sentence or statement.text
    return _asserts_its_act(claim, claim_key) and main_clause_negated(text)


def _asserts_its_act(claim: Claim, key: MatchKey) -> bool:
    """The claim's main clause is not negated: it negates nothing, or only in a clause of its
    own ("ESPN planned a panel that had no women"); a negation the parser finds outside the
    verb negations ("without") keeps counting as the claim's own."""
    if not key.negated:
        return True
    text = claim.sentence or claim.text
    tokens = {t.lower() for t in _TOKEN.findall(text.replace("’", "'"))}
    verb_negated = any(t in _VERB_NEGATIONS or t.endswith("n't") for t in tokens)
    return verb_negated and not main_clause_negated(text)


def _topic(label: str, claim: Claim) -> bool:
    """A label that names what the claim is about is its topic ("Ferry collision: ..."),
    not a speaker."""
    words = set(_WORD.findall((claim.sentence or claim.text).lower()))
    return bool(set(_WORD.findall(label.lower())) & words)


def _speaker_label(text: str, *, headline: bool = False) -> str | None:
    """A headline's "Analyst: X" or "X: officials": who says it, set off by a colon (not a
    flag such as "BREAKING:", ``headline_flags.txt``; on a ``headline`` checked on its own,
    nor "Revealed:", ``story_flags.txt``)."""
    labels = _speaker_labels(text, headline=headline)
    return labels[0][0] if labels else None


def _speaker_labels(text: str, *, headline: bool = False) -> list[tuple[str, str]]:
    """Each label of a headline, before its colon and after its last one, with the rest of
    the headline: "Ferry collision: captain at fault: union" has a topic and a speaker."""
    labels: list[tuple[str, str]] = []
    for found in (_LABEL_BEFORE.match(text), _LABEL_AFTER.search(text)):
        if found:
            label = found.group(0).strip(" :-.")
            rest = text[: found.start()] + text[found.end() :]
            flag = label.lower() in _cues().flags or (
                headline and label.lower() in _cues().story_flags
            )
            if not flag and label not in (k for k, _ in labels):
                labels.append((label, rest))
    return labels


def coverage(claim: MatchKey, source: MatchKey, *, possessives: bool = True) -> float:
    """Share of the claim's words (without the parser's name folding) the source holds;
    ``possessives``: a possessive counts as the word it owns ("Dunmore's" as "Dunmore")."""
    ours = _plain(claim, possessives=possessives)
    theirs = _plain(source, possessives=possessives)
    return len(ours & theirs) / len(ours) if ours else 0.0


def _plain(key: MatchKey, *, possessives: bool = True) -> frozenset[str]:
    # "the mayor's car" names the mayor: a possessive is the word it owns
    words = (key.plain or key.text).split()
    return (_owners(words) if possessives else frozenset(words)) - {"not"}


def _owners(words: Iterable[str]) -> frozenset[str]:
    """The words with each possessive read as the word it owns, stemmed as the key stems
    words ("dunmore's" is "dunmor", as "Dunmore" is)."""
    return frozenset(stem(w[:-2]) if w.endswith("'s") else w for w in words)


def _about(claim: MatchKey, source: MatchKey, share: float) -> bool:
    """A headline holds enough of the claim's words to be about it (``HEADLINE_ABOUT``)."""
    return share >= HEADLINE_ABOUT and len(_plain(claim) & _plain(source)) >= HEADLINE_SHARED


def beyond_names(claim: MatchKey, source: MatchKey) -> bool:
    """``source`` shares a word of the claim that is not part of one of its names: it says
    something of what the claim says, not only of whom ("Dunmore Ridge ferry timetable
    changes" says nothing of "The harbour master of Dunmore Ridge is dead"). A claim's name
    words are its plain words that its entity-folded tokens lack."""
    ours = _plain(claim)
    names = ours - _owners(claim.tokens)
    return not (ours & _plain(source)) <= names


def _tells_claim(claim: Claim, key: MatchKey, source: MatchKey) -> bool:
    """A headline tells the claim's story, not another one set in the same place: it says more
    than the claim's names (``beyond_names``) and names the claim's subject or says its act
    ("Trawler lost in Tuesday storm" tells "The trawler sank in the storm on Tuesday";
    "Coast storm floods seafront homes" tells another story)."""
    if not beyond_names(key, source):
        return False
    return (
        holds_predicate(claim, key, source)
        or _names_subject(claim, source)
        or not _plain(_object_of(claim)).isdisjoint(_plain(source))
    )


def _object_of(claim: Claim) -> MatchKey:
    """The key of what the claim's act is done to: its words after the predicate up to the
    first preposition ("a new cycle lane" of "The council approved a new cycle lane on Mill
    Road"); empty when a preposition follows the verb ("sank off the coast")."""
    text = claim.sentence or claim.text
    verb = (claim.predicate or "").split()[:1]
    words = _WORD.findall(text.lower().replace("’", "'"))
    stems = [stem(w) for w in words]
    head = stem(verb[0].lower()) if verb else ""
    if head not in stems:
        return normalize_text("")
    after = words[stems.index(head) + 1 :]
    prepositions = _cues().prepositions
    cut = next((i for i, w in enumerate(after) if w in prepositions), len(after))
    return normalize_text(" ".join(after[:cut]))


def _names_subject(claim: Claim, source: MatchKey) -> bool:
    """``source`` holds a word of the claim's subject; True when the parser found none."""
    if not claim.subject:
        return True
    subject = normalize_text(claim.subject)
    return not _plain(subject).isdisjoint(_plain(source))


def restates(claim: Claim, key: MatchKey, source: MatchKey) -> bool:
    """``source`` says what ``claim`` says in other words: half its words or more, the same
    polarity, its predicate, and every figure it gives."""
    if key.negated != source.negated or not key.numbers <= source.numbers:
        return False
    return coverage(key, source) >= RESTATES and holds_predicate(claim, key, source)


#: "is"/"has" say nothing of the act: a copular claim ("X is dead") is held by its words.
_LIGHT_VERBS = frozenset({"be", "have"})


def holds_predicate(claim: Claim, key: MatchKey, source: MatchKey) -> bool:
    """The source says the claim's act: the same event frame ("suspend" and "halt"), or the
    claim's main verb among its words ("resigned" / "resigns"). True for a claim without one."""
    if key.frames & source.frames:
        return True
    if not claim.predicate or claim.predicate in _LIGHT_VERBS:
        return not key.frames
    verb = stem(claim.predicate.split()[0].lower())
    return verb in _plain(source) or verb in source.tokens


def stance_of(
    claim: Claim,
    source: Claim,
    key: MatchKey,
    source_key: MatchKey,
    comparison: Comparison,
    supports: bool,
    *,
    in_article: bool = False,
) -> Stance:
    """One source statement's stance towards ``claim`` (rules in the module docstring).

    ``supports`` is ``compare.supporting``'s answer for the pair (the matcher's same claim
    with the claim's figures). ``in_article``: the source is one sentence of an article
    checked as a whole, not a statement set against the claim on its own (a headline). An
    article spreads its subject over many sentences and writes "hoax" or "not" about other
    things than the claim, so there only a sentence the matcher relates to the claim and
    that holds half its words can refute or negate it, and only the matcher's same claim
    supports it."""
    # An article sentence must hold half the claim's words as the claim writes them to refute
    # or negate it: read through possessives, more sentences naming the claim's people pass
    # that bar and refute it than should (FNC-1 bodies: 7 more disagreeing bodies found, 9
    # discussing and 1 agreeing ones more called conflicts).
    share = coverage(key, source_key, possessives=not in_article)
    reach = ABOUT if in_article else REFUTATION_ABOUT
    near = comparison.related and share >= ABOUT if in_article else comparison.related
    # A denial contradicts a claim stated as fact; "X reportedly did Y" stays true of the
    # report when the report is a hoax, and a question asserts nothing to contradict.
    stated = not reported_only(claim) and not _asks(claim)
    contradicts = _contradicts(comparison, stated, in_article=in_article)
    if not _asks(claim) and contradicts and (near or not in_article):
        return Stance.CONFLICTS
    refuted = refuting_cue(source, claim) or (
        None if in_article else dismissed_report(source, claim) or safe_despite_harm(source, claim)
    )
    if in_article and refuted is not None and _qualifies_in_article(source, refuted, key):
        refuted = None  # "a satirical newspaper", "fake ratings": another thing is false
    if refuted is not None and stated:
        if near or share >= reach:
            return Stance.CONFLICTS
        if not in_article and share > 0 and not _qualifies_other(source, refuted, key):
            # A headline that calls something false and names anything of the claim's
            # debunks it however briefly it names it ("A bogus Banksy", "Rumours of the
            # minister's death debunked"), unless the cue qualifies another thing
            # ("Fake banknotes found at the bakery").
            return Stance.CONFLICTS
    related = comparison.related or (not in_article and _about(key, source_key, share))
    if not (related or share >= ABOUT):
        return Stance.UNRELATED
    # A headline says one thing: negated in its main clause, it denies the claim it is about
    # ("Ferry captain not at fault"), where a negation in a clause of its own ("Captain who
    # never failed a check") denies nothing.
    denied = (
        near and negates(key, source_key)
        if in_article
        else _denies(claim, key, source) or _denial(claim, source, key, source_key)
    )
    doubted = doubt_cue(source, claim) if in_article else _open_doubt(source, claim)
    if stated and denied and not doubted:
        return Stance.CONFLICTS
    hedge = hedging_cue(source, claim, headline=not in_article) or (
        None if in_article else headline_hedge(source, claim)
    )
    if in_article and hedge is None and not stated and reported_only(source):
        # A claim that only reports something ("X reportedly did Y", "Y, police say") is
        # passed on, not vouched for, by a sentence that reports it the same way: the
        # hedge the two share is still the article's own.
        hedge = source.attribution_cue or "reported"
    if supports or (not in_article and restates(claim, key, source_key)):
        return Stance.SUPPORTS if hedge is None else Stance.HEDGED
    if not in_article and related and hedge is None and _tells_claim(claim, key, source_key):
        # A headline tells one story: one the matcher relates to the claim, that asserts what
        # it says without attribution, hedge or question and denies none of the claim's
        # words, tells the claim's story as true, however it words it.
        return Stance.SUPPORTS
    return Stance.RELATED


#: Which stance wins when an article's statements take several: a conflict is what a
#: fact-checker must see first, then the strongest support.
_PRECEDENCE = (Stance.CONFLICTS, Stance.SUPPORTS, Stance.HEDGED, Stance.RELATED)


#: Share of an article's statements passed on (``reported_only``: attributed or hedged) from
#: which the article is a report of what others say: three in five.
REPORTED_ARTICLE = 0.6


def mostly_reported(statements: Sequence[Claim]) -> bool:
    """The article passes on what it says: most of it (``REPORTED_ARTICLE``) tells what
    others say, claim or suspect, or it says it could not check its story ("could not be
    independently verified", ``unverified_cues.txt``). A sentence of it stating the claim
    plainly is then the reporter's summary of those reports, not the reporter vouching."""
    unverified = _cues().unverified
    if any(unverified.search(s.sentence or s.text) for s in statements):
        return True
    passed_on = sum(1 for statement in statements if _passed_on(statement))
    return bool(statements) and passed_on >= REPORTED_ARTICLE * len(statements)


def _passed_on(statement: Claim) -> bool:
    """The article sentence only reports what it says (``reported_only``), unless all it
    does is name who confirmed or announced it (``confirming_verbs.txt``)."""
    if not reported_only(statement):
        return False
    if not (statement.attribution and _confirmed(statement)):
        return True
    unattributed = statement.model_copy(update={"attribution": None})
    return reported_only(unattributed)


def overall_stance(
    stances: Sequence[Stance], article_related: bool | None = None, *, reported: bool = False
) -> Stance:
    """The stance of a whole article (its statements' stances): a conflict first, then
    support, then hedged; otherwise related or not, by ``article_related`` when given. An
    article that is ``reported`` (``mostly_reported``) passes a claim it supports on: hedged."""
    if article_related is False:
        return Stance.UNRELATED  # an article not about the claim neither states nor denies it
    for stance in _PRECEDENCE[:3]:
        if stance in stances:
            return Stance.HEDGED if reported and stance is Stance.SUPPORTS else stance
    if article_related is not None:
        return Stance.RELATED if article_related else Stance.UNRELATED
    return Stance.RELATED if Stance.RELATED in stances else Stance.UNRELATED
