"""NEGATION, ANTONYM and ATTRIBUTION conflicts: one claim says an act happened and the other
that it did not, or they name opposite predicates ("halted" / "resumed"), or one source
denies what another asserts.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from claimtrack import match
from claimtrack.judge.text import (
    _WORD,
    _WORD_AT,
    _WORD_CASED,
    _content_words,
    _mostly_shared,
    _name_tokens,
    _numeric,
    _same_frame,
    _saying_verbs,
    _span,
    _words_of,
    literal_screen,
    load_cues,
)
from claimtrack.match.slots import event_kind
from claimtrack.models import Certainty, Claim, Conflict, ConflictType
from claimtrack.normalize import (
    CLASS_PREFIX,
    ENTITY_PREFIX,
    MatchKey,
    Tables,
    _title_case,
    data_lines,
    load_tables,
    normalize_text,
    stem,
)
from claimtrack.parse import tables
from claimtrack.parse.grammar import AUXILIARIES
from claimtrack.parse.lemmas import verb_lemma
from claimtrack.parse.trusted import trusted

if TYPE_CHECKING:
    from claimtrack.judge.facts import ClaimFacts


def negation_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    """One says it happened, the other that it did not (same frame, opposite polarity).

    Polarity is read from the match keys, where "will not attend" has already become "will
    skip": the claims' own flags would call that pair a negation conflict.
    """
    issued = ka.negated != kb.negated and one_thing_issued(a, b)
    if not match.polarity_clash(ka, kb) and not issued:
        return []  # "did not issue a distress call" / "sent a distress call": no word to align
    # "received no warning" / "were warned to leave, when the office issued an alert": one
    # act told as a noun and as a verb, whatever frames the rest of each sentence gives
    received = none_received_then_done(a, b) if ka.negated else none_received_then_done(b, a)
    if not _same_frame(ka, kb) and not one_verb_one_object(a, b) and not issued and not received:
        return []
    bare = _act_denied_whole(*((a, ka, b, kb) if ka.negated else (b, kb, a, ka)))
    if not (_shared_object(a, b, ka, kb) or bare) or not _names_the_subject(a, b, ka, kb):
        return []
    if not main_verbs_meet(a, b, tables) and not issued and not bare:
        # a bare denial's verb carries no act of its own ("No arrests have been made"):
        # its class, the assertion's too, is the act
        return []  # "was fired after last appearing for work" / "did not report to work"
    denying = a if ka.negated else b
    affirming = b if ka.negated else a
    if not _denied_subject_named(denying, affirming, kb if ka.negated else ka):
        # "the president was not at the house when the intruder ran in" / "the intruder
        # ran through the house": the assertion names the denial's clause, not its subject
        return []
    if not bare and not _verbs_meet(_denied_verb(denying), main_verb(affirming), tables):
        return []  # "denied that it had paid a ransom to secure their release" / "released"
    passive = _passive_act(denying)
    if passive and not _verbs_meet(passive, main_verb(affirming), tables):
        return []  # "the mayor has not been arrested" / "Ana Ruiz is considered a suspect"
    if _denies_another_object(denying, affirming):
        return []  # "doesn't even sell bread" / "got a licence to sell flowers"
    if _names_another_complement(denying, affirming):
        return []  # "did not buy grain from Orvel Foods" / "bought grain from Brenton Mills"
    if _denies_for_others_only(denying, affirming):
        # "has not recruited fighters from any countries hit by the disease" / "has
        # recruited foreign fighters": denied of a kind the assertion does not name
        return []
    if _opposite_predicates(ka, kb, tables):
        return []  # "will not continue" vs "halts": a double negative, they agree
    if _planned_act(a) != _planned_act(b):
        # "plans are under way for a first meeting" / "no meeting has taken place": what
        # is planned and what has happened so far are facts about two different times.
        return []
    if _calls_false(affirming) or (
        _reports_a_claim(affirming) and not _report_denied(denying, affirming)
    ):
        # "a hoax claiming he was found dead" / "he is not dead": both deny it; "a rumour
        # that he had died spread": a claim told about is not asserted
        return []
    if _at_other_times(denying, affirming):
        return []  # "played one season, in 2004" / "hasn't played since 2011": both hold
    if _only_what_can_be(denying, affirming):
        return []  # "people cannot take the law into their own hands" / "the mob took it"
    if _NOT_ALL.search(denying.text) and not _ALL.search(affirming.text):
        return []  # "not all scorpions are poisonous" denies "all", not "some are"
    if _NEVER_SO.search(denying.text):
        return []  # "I have never been so tired in my life" says how tired, not that not
    if _dated_ahead(affirming) and not _planned(denying):
        # "before the summit next month" / "no such summit has ever taken place": an event
        # still to come and what has happened so far are facts about two different times.
        return []
    if _negation_in_relative_clause(denying):
        return []  # "countries that don't have exemptions will face tariffs" denies nothing
    if _done_to_someone_else(denying, affirming):
        # "the gang's leader has not been arrested" / "police arrested Tom Berg, an aide
        # to the leader": the act was done, to another person
        return []
    if _only_identifies(affirming) and not _names_what_it_is(denying):
        return []  # "Ana Ruiz was a nurse, whom rebels claimed to hold" / "... was not in town"
    if _denies_an_identity(denying) and not _says_what_it_is(affirming):
        # "the men who burn villages are not the group that signed the truce" says who
        # they are, not that an act ("the raid saw 40 cars seized") did not happen
        return []
    cue = (denying.negation_cue or "").lower()
    key_affirming, key_denying = (kb, ka) if ka.negated else (ka, kb)
    if (
        cue in _NOUN_NEGATIONS
        and not _cue_clause_predicates(denying) & key_affirming.predicates
        and not _none_done_then_done(denying, affirming)
        and not received
    ):
        # "NO to Muscat talks" denies an act; "the delegation to the Muscat talks was led by
        # X" only names the talks. A "no" before a noun is contradicted by the same act
        # ("no one was killed" / "three were killed"), not by another mention of the noun,
        # nor by the act of another clause ("no successor was named, though the director is
        # in town to meet actors" / "the director is in town to meet the cast").
        return []
    if _only_intended(affirming, key_denying.negated_heads.intersection(key_affirming.tokens)):
        return []  # "sought to question him" / "he has not been questioned": both hold
    if cue in _NEAR_MISS_CUES and not _tells_the_near_missed_act(denying, key_affirming, tables):
        # "a man nearly died of an infection" / "eggnog lands man in hospital": the act
        # that nearly happened is not the one the other claim tells
        return []
    value_a = a.negation_cue or ("not" if ka.negated else "affirmed")
    value_b = b.negation_cue or ("not" if kb.negated else "affirmed")
    said, denied = (b, a) if ka.negated else (a, b)
    return _negation(
        a,
        b,
        (value_a, value_b),
        f"{said.source} says it happened; {denied.source} says it did not",
        (_span(a, a.negation_cue), _span(b, b.negation_cue)),
    )


#: How a zero toll names no one ("No one", "nobody", "none"): the value a conflict shows.
_ZERO_PHRASE = re.compile(r"(?<!\w)(?:no one|nobody|none)(?!\w)", re.IGNORECASE)


def zero_toll_conflicts(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> list[Conflict]:
    """One claim says no one came to a harm ("No one was injured"), the other counts those
    who did ("Two people were injured by falling rocks"): ``match.zero_against_count``
    reads the pair from the keys (the same toll predicate, no other word of the zero claim
    missing from the count's). The negation judge misses it: "no one" and "two people"
    share no subject word. Values: the zero's cue and the count's figure."""
    if not match.zero_against_count(ka, kb):
        return []
    zero, count = (a, b) if ka.negated else (b, a)
    figure = _count_figure(count)
    if figure is None or not zero.negation_cue:
        return []
    if _planned(zero) or _planned(count):
        return []  # "no one will be hurt" / "two were hurt": a hope, not a toll
    told = _ZERO_PHRASE.search(zero.text)
    none = told.group() if told else zero.negation_cue
    values = (none, figure) if zero is a else (figure, none)
    return _negation(
        a,
        b,
        values,
        f"{count.source} counts {figure} harmed; {zero.source} says none were",
        (_span(a, values[0]), _span(b, values[1])),
    )


#: "One of the crew": a count of one the parser reads as a pronoun (no figure of its own).
_ONE_OF = re.compile(
    r"(?<![\w-])one(?=[ \t]+of[ \t]+(?:the|its|their|his|her|our|those|them)\b)", re.I
)


def _count_figure(count: Claim) -> str | None:
    """The figure a count gives as written: its first figure, or the "One" of "One of the
    crew was hurt" (a count of one all the same); None when it gives none."""
    if count.numbers:
        return count.numbers[0].text
    one = _ONE_OF.search(count.text)
    return one.group() if one else None


def _planned(claim: Claim) -> bool:
    """The claim tells what will happen (the parser reads "Will Stop" of a title-case
    headline as the modal too)."""
    return claim.certainty is Certainty.PLANNED


def _planned_act(claim: Claim) -> bool:
    """The act the claim affirms or denies is what will happen: ``_planned``, unless the
    claim denies an act in a clause of its own and the plan is told in another ("Ruiz has
    not resigned, and she intends to return to work next week" denies a resignation that
    happened; "Ruiz will not resign" and "has no plans to resign" deny one to come)."""
    if not _planned(claim):
        return False
    clause = _negated_clause(claim) if claim.negated else None
    cue = claim.certainty_cue
    if clause is None or not cue:
        return True
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", clause, re.I) is not None


#: First words of a date that lies ahead of the writing ("next Friday", "the coming week").
_AHEAD = frozenset("next coming upcoming tomorrow".split())


#: Main verbs that carry no act of their own: "be" and "have" ("is not dead", "has no
#: plans"), and those that say how a fact came out ("it turned out", "it emerged", "it
#: appears"). The act is in the words that follow, so those decide, not the verb.
_OPEN_VERBS = frozenset({"be", "have", "turn", "emerge", "appear", "seem", "prove", "transpire"})


#: A present "cannot": what can or may be done, not whether an act happened.
_CANNOT = frozenset(("cannot", "can't", "can not"))
#: Words of a claim that is itself about what can be done ("could not reach the village").
_ABILITY = re.compile(r"\b(?:can|could|able|unable)\b", re.I)


#: "are not the group that ...", "isn't a member": a negation between "be" and an article
#: denies what something is, not that an act happened.
_IDENTITY_DENIAL = re.compile(
    r"\b(?:(?:(?:is|are|was|were|be|been)\s+not|(?:is|are|was|were)n['’]t|not\s+(?:being|to\s+be))"
    r"\s+(?:the|a|an)\s|none\s+of\s+[^,;]*\b(?:is|are|was|were)\s+among\s)",
    re.IGNORECASE,
)
#: "be" before an article: what something is ("were the missing sailors", "is a member").
_IS_A = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:the|a|an)\s", re.IGNORECASE)


#: A passive denial: "not" (or "never"), maybe "been"/"be", then the participle.
_PASSIVE_DENIAL = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+(?:not|never)\s+(?:been\s+|be\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
#: Where the phrase after a verb ends: a clause mark or a new clause.
_PHRASE_END = re.compile(r"[,;:()\"“”]|\s(?:and|but|who|which|that|after|before|in|on|at)\s")


def _passive_act(claim: Claim) -> str | None:
    """The act a passive denial denies ("has not been killed": "kill"), where the parser
    gave "be" as its verb; None for "is not dead" or "was not open" (no participle)."""
    if main_verb(claim) != "be":
        return None
    denial = _PASSIVE_DENIAL.search(claim.text)
    return None if denial is None else _participle(denial.group("verb"))


def _participle(word: str) -> str | None:
    """The verb ``word`` is an inflected form of ("killed": "kill"), or None ("dead")."""
    lemma = verb_lemma(word)
    return lemma if lemma != word.lower() else None


#: Verb negations: a word after them is the verb, the phrase after it what is acted on.
_VERB_NEGATION = re.compile(r"\b(?:not|never|[a-z]+n['’]t)\s+", re.IGNORECASE)
#: The words of a text, one after another, with where each stands.
_NEXT_WORDS = re.compile(r"\S+")
#: Marks that end a clause right after a word ("resigned,").
_CLAUSE_END_MARKS = frozenset(",;:")
#: Words between a negation and its verb ("not even sell", "has not yet been").
_BEFORE_THE_VERB = frozenset("even yet ever been be being have actually really always".split())


def _denies_another_object(denying: Claim, affirming: Claim) -> bool:
    """The denial's verb acts on something the assertion does not name: "the kiosk doesn't
    even sell bread" says nothing of selling flowers, "the valley will not see any serious
    disruption" nothing of weeks of fog. What is acted on is the phrase right
    after the negated verb, to the clause's end; none of its content words (names and
    figures aside) may stand in the assertion. No phrase ("is not dead", "was not
    arrested on Monday"), or a pronoun ("did not sign it"): the other tests decide."""
    text = denying.text
    if _DENIED_FOR_ANYONE.search(text):
        return False  # "have not arrested anyone": no one at all, whoever the assertion names
    cue = _VERB_NEGATION.search(text)
    if cue is None:
        return False
    words = list(islice(_NEXT_WORDS.finditer(text, cue.end()), 6))
    while words and words[0].group(0).lower() in _BEFORE_THE_VERB:
        words.pop(0)
    if len(words) < 2 or words[0].group(0)[-1] in _CLAUSE_END_MARKS:
        # "has not resigned, and she intends to return next week": the verb ends its
        # clause and acts on nothing; what follows is another clause's
        return False
    acted_on = _PHRASE_END.split(text[words[1].start() :], maxsplit=1)[0]
    content = {
        w
        for w in _words_of(acted_on)
        if not w.startswith((CLASS_PREFIX, ENTITY_PREFIX)) and not _numeric(w)
    }
    return bool(content) and content.isdisjoint(_words_of(affirming.text))


#: Prepositions whose named complement says whom or where an act was done with, to or from.
_COMPLEMENT_PREPOSITIONS = frozenset(
    "from to with for by at in on into onto against toward towards".split()
)
#: Where a verb's phrase ends: a clause mark or a word that opens another clause.
_VERB_PHRASE_END = re.compile(
    r"[,;:()\"“”]|\s(?:and|but|or|who|which|that|after|before|while|because|when|as)\s", re.I
)
#: A name: a run of capitalized words ("Orvel Foods", "Brenton Mills Ltd").
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*")
_DETERMINERS = frozenset("the a an its their his her our".split())


def _names_another_complement(denying: Claim, affirming: Claim) -> bool:
    """The denial and the assertion tell one act done to, with or from two different named
    parties: "the shop did not buy grain from Orvel Foods" / "the shop bought grain from
    Brenton Mills", "did not sign with the Harlow Lions" / "signed with the Dunmore Tigers",
    "did not buy the Orvel mill" / "bought the Brenton mill". A negated act conflicts only
    with the same act on the same complement: both name one after the same preposition (or
    as the verb's object), and none of the denial's name words stands in the assertion.
    "did not buy the mill" / "bought the mill" names no one: the other tests decide, as
    they do for a headline in title case, where every noun looks like a name ("Did Not Die
    In Crash" / "Died In Hospital")."""
    if _title_case(denying.text) or _title_case(affirming.text):
        return False
    cue = _VERB_NEGATION.search(denying.text)
    if cue is None:
        return False
    denied = _complements_after_verb(denying.text, cue.end())
    if denied is None:
        return False
    verb, named = denied
    if not named or verb in _OPEN_VERBS:
        return False
    affirmed_words = {w.lower() for w in _WORD_CASED.findall(affirming.text)}
    for found in _WORD_CASED.finditer(affirming.text):
        if stem(verb_lemma(found.group(0).lower())) != stem(verb):
            continue
        told = _complements_after_verb(affirming.text, found.start())
        if told is None:
            continue
        for slot, name in named.items():
            other = told[1].get(slot)
            if other is not None and name.isdisjoint(other) and name.isdisjoint(affirmed_words):
                return True
        return False
    return False


def _complements_after_verb(text: str, at: int) -> tuple[str, dict[str, frozenset[str]]] | None:
    """The verb at ``at`` (past words like "even", "yet") as its base form, and the names
    its phrase gives, by slot: "" for its object ("bought the Orvel mill": {"orvel"}), or
    the preposition before the name ("from Orvel Foods"). None when no verb is there."""
    words = list(islice(_NEXT_WORDS.finditer(text, at), 4))
    while words and words[0].group(0).lower() in _BEFORE_THE_VERB:
        words.pop(0)
    if not words:
        return None
    verb_word = words[0].group(0).strip(".,;:!?\"'“”’").lower()
    if not verb_word.isalpha():
        return None
    start = words[0].end()
    end_mark = _VERB_PHRASE_END.search(text, start)
    phrase = text[start : end_mark.start() if end_mark else len(text)]
    named: dict[str, frozenset[str]] = {}
    slot = ""
    first = True
    for token in _NEXT_WORDS.finditer(phrase):
        word = token.group(0).strip(".,;:!?\"'“”’")
        lower = word.lower()
        if lower in _COMPLEMENT_PREPOSITIONS:
            slot, first = lower, True
            continue
        if lower in _DETERMINERS:
            continue
        name = _NAME_RUN.match(phrase, token.start())
        if first and name is not None and slot not in named:
            named[slot] = frozenset(w.lower() for w in _WORD_CASED.findall(name.group(0)))
        first = False
    return verb_lemma(verb_word), named


def _denies_for_others_only(denying: Claim, affirming: Claim) -> bool:
    """The denial holds for "any" of a kind it names after the negated verb ("has not
    recruited fighters from any countries hit by the disease"), and none of that kind's
    content words (names and figures aside) stands in the assertion: the assertion tells
    of others ("has recruited foreign fighters"). "did not find any weapons" / "found
    weapons" names the same kind."""
    cue = _VERB_NEGATION.search(denying.text)
    if cue is None:
        return False
    found = _ANY_KIND.search(denying.text, cue.end())
    if found is None:
        return False
    kind = _PHRASE_END.split(found.group("kind"), maxsplit=1)[0]
    content = {
        w
        for w in _words_of(kind)
        if not w.startswith((CLASS_PREFIX, ENTITY_PREFIX)) and not _numeric(w)
    }
    return bool(content) and content.isdisjoint(_words_of(affirming.text))


#: "any" and the kind it names, after a negated verb ("from any countries hit by ...").
_ANY_KIND = re.compile(r"\bany[ \t]+(?P<kind>[^,;:()]{3,120})", re.I)


#: A negated verb whose object is anyone at all ("have not arrested anyone", "hasn't
#: charged anybody"): the denial covers whoever an assertion names.
_DENIED_FOR_ANYONE = re.compile(
    r"(?:\bnot|\bnever|n't)[ \t]+(?:yet[ \t]+)?[a-z]+[ \t]+(?:anyone|anybody)\b", re.I
)


def _done_to_someone_else(denying: Claim, affirming: Claim) -> bool:
    """The denial says someone was not done something to ("the leader has not been
    arrested"), and the assertion names who it was done to, someone else: the verb is
    followed by a name whose last word does not stand before the denial's negation ("police
    arrested Tom Berg, an aide to the leader Ana Ruiz"), or a group it counts ("arrested
    seven guards"). The patient of an act is the words right after its verb, not a name
    further on ("an aide to X" is not X); a patient neither named nor counted ("arrested
    the leader") leaves it to the other tests."""
    denial = _PASSIVE_DENIAL.search(denying.text)
    if denial is None or _participle(denial.group("verb")) is None:
        return False
    if _DENIED_FOR_ANYONE.search(denying.text):
        return False  # "police have not arrested anyone" / "arrested two men": no one at all
    verb = stem(denial.group("verb").lower())
    who_not = {w.lower() for w in _WORD_CASED.findall(denying.text[: denial.start()])}
    for found in _WORD_CASED.finditer(affirming.text):
        if stem(found.group(0).lower()) != verb:
            continue
        after = affirming.text[found.end() :].lstrip(' "“')
        patient = _PHRASE_END.split(after, maxsplit=1)[0].strip()
        counted = any(patient.startswith(n.text) for n in affirming.numbers)
        if counted and not any(n.text in denying.text for n in affirming.numbers):
            return True  # "killed seven commanders": a group counted, not the one named
        if patient[:1].isupper() and _WORD_CASED.findall(patient)[-1].lower() not in who_not:
            return True  # a name whose last word (the family name) the denial does not give
    return False


#: Where the clause of a negation ends: a mark of another clause after a comma.
_CLAUSE_AFTER_COMMA = re.compile(
    r"[;:]|,\s+(?:though|although|but|while|whereas|and|as|since|because)\b", re.IGNORECASE
)


@lru_cache(maxsize=1 << 12)
def _clause_predicates(text: str, cue: str) -> frozenset[str]:
    found = re.search(rf"\b{re.escape(cue)}\b", text, re.IGNORECASE) if cue else None
    if found is None:
        return normalize_text(text).predicates
    at = found.start()
    starts = [m.end() for m in _CLAUSE_AFTER_COMMA.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end_mark = _CLAUSE_AFTER_COMMA.search(text, at)
    end = end_mark.start() if end_mark else len(text)
    return normalize_text(text[start:end]).predicates


def _cue_clause_predicates(claim: Claim) -> frozenset[str]:
    """The predicates of the clause the claim's negation cue stands in ("no successor was
    named" of "no successor was named, though the director is in town to meet actors")."""
    return _clause_predicates(claim.text, claim.negation_cue or "")


def _denies_an_identity(claim: Claim) -> bool:
    """ "are not the group that ...", "confirmed not to be the missing sailors", "none of the
    men were among the dead": a negation that denies what something is."""
    return _IDENTITY_DENIAL.search(claim.text) is not None


def _says_what_it_is(claim: Claim) -> bool:
    """The claim's main verb is "be" ("the men are smugglers"), or "be" stands before an
    article in it ("the crew found there were the missing sailors"); "Wreck Found Near Port"
    or "the raid saw 40 cars seized" report acts."""
    return main_verb(claim) == "be" or _IS_A.search(claim.text) is not None


def _only_identifies(claim: Claim) -> bool:
    """The claim's main verb is "be" before an article: it says who or what its subject is
    ("X is the woman who ...", "X was a reporter"), no act a denial could meet."""
    return main_verb(claim) in ("be", "is", "are", "was", "were") and (
        _IS_A.search(claim.text) is not None
    )


def _names_what_it_is(claim: Claim) -> bool:
    """ "be" before an article, negated or not ("is not the father", "was a nurse")."""
    return _IS_A.search(claim.text) is not None or _denies_an_identity(claim)


def _only_what_can_be(denying: Claim, affirming: Claim) -> bool:
    """The denial says only what cannot be done ("things money can't buy", "people cannot
    take the law into their own hands"), a general truth or a rule: it meets a claim about
    what can or could be done, not the report of an act ("he bought food")."""
    return _says_what_cannot_be(denying) and not _ABILITY.search(affirming.text)


def _says_what_cannot_be(claim: Claim) -> bool:
    return (claim.negation_cue or "").lower().replace("’", "'") in _CANNOT


def main_verbs_meet(a: Claim, b: Claim, tables: Tables) -> bool:
    """Both claims' main verbs name one act: the same verb ("did not attend" / "attended") or
    verbs of one event frame ("halted" / "did not suspend"). WHY: a shared word elsewhere is
    not enough for a denial to meet an assertion: "Hunter shot back that ..." and "Hunter
    isn't backing off" share "back" but tell two acts. A claim whose verb the parser did not
    find (or read as a function word), a light verb ("is not dead" / "died"), a
    verb of saying ("an official said the envoy would still travel") or one that only says
    how it came out ("it turned out the pope had not made the comment") leaves the words to
    decide."""
    return _verbs_meet(main_verb(a), main_verb(b), tables)


def _opposite_verbs(verb_a: str | None, verb_b: str | None, tables: Tables) -> bool:
    """Whether two verbs as written are of opposite predicate classes (data/antonyms.txt:
    "reopen" / "closed", "acquitted" / "convicted")."""
    if verb_a is None or verb_b is None:
        return False
    class_a = tables.predicates.get((stem(verb_a),))
    class_b = tables.predicates.get((stem(verb_b),))
    return class_a is not None and class_b is not None and tables.are_antonyms(class_a, class_b)


def _verbs_meet(verb_a: str | None, verb_b: str | None, tables: Tables) -> bool:
    """``main_verbs_meet`` of two verbs as written (None: not found)."""
    if verb_a is None or verb_b is None:
        return True
    if {verb_a, verb_b} & _OPEN_VERBS or not _saying_verbs().isdisjoint((verb_a, verb_b)):
        return True
    stem_a, stem_b = stem(verb_a), stem(verb_b)
    if stem_a == stem_b:
        return True
    class_a = tables.predicates.get((stem_a,))
    class_b = tables.predicates.get((stem_b,))
    if class_a is None or class_b is None:
        return False
    return tables.frames.get(class_a, class_a) == tables.frames.get(class_b, class_b)


def one_verb_one_object(a: Claim, b: Claim) -> bool:
    """One act told in few shared words: both claims' main verb is one verb, no light one,
    and the noun phrase right after it shares a word ("it had hired agency nurses to cover
    the shifts" / "the hospital had not hired replacement nurses"), where the rest of the two
    sentences is too different for one frame."""
    verb_a, verb_b = main_verb(a), main_verb(b)
    if verb_a is None or verb_b is None or stem(verb_a) != stem(verb_b):
        return False
    if verb_a in _OPEN_VERBS or verb_a in _LIGHT_VERBS or verb_a in _saying_verbs():
        return False
    object_a, object_b = _object_words(a.text, verb_a), _object_words(b.text, verb_b)
    return not object_a.isdisjoint(object_b)


def one_thing_issued(a: Claim, b: Claim) -> bool:
    """Two verbs of issuing (data/issuing_verbs.txt) with the same words right after them
    ("did not issue a distress call" / "sent a distress call at 23:05", "lodged a complaint" /
    "did not file a complaint"): the thing issued names the act, whichever verb issues it.
    One verb twice is ``one_verb_one_object``'s; other objects ("sent a distress call" /
    "issued a warning") are two acts."""
    verb_a, verb_b = main_verb(a), main_verb(b)
    if verb_a is None or verb_b is None or verb_a == verb_b:
        return False
    verbs = _issuing_verbs()
    if verb_a not in verbs or verb_b not in verbs:
        return False
    object_a = _object_words(a.text, verb_a)
    return bool(object_a) and object_a == _object_words(b.text, verb_b)


@lru_cache(maxsize=1)
def _issuing_verbs() -> frozenset[str]:
    return frozenset(data_lines("issuing_verbs.txt"))


#: Verbs that say little of an act by themselves ("made", "took", "got"): the noun after them
#: carries the act, and one shared noun is not enough to tell one act.
_LIGHT_VERBS = frozenset("make take get give do go put keep hold come see use".split())
#: How many words after the verb its object's head may stand ("hired two agency nurses").
_OBJECT_REACH = 3


def _object_words(text: str, verb: str) -> frozenset[str]:
    """The stems of the content words right after the first written form of ``verb`` in
    ``text``, up to ``_OBJECT_REACH`` of them, stopping at a function word after the first
    ("hired agency nurses to cover" -> agency, nurse; "not hired replacement nurses" ->
    replacement, nurse)."""
    words = _WORD.findall(text.lower())
    stops = load_tables(None).stop_words
    for at, word in enumerate(words):
        if verb_lemma(word) != verb:
            continue
        found: set[str] = set()
        for after in words[at + 1 : at + 1 + _OBJECT_REACH]:
            if after in stops or after in _NOT_VERBS:
                if found:
                    break
                continue
            found.add(stem(after))
        return frozenset(found)
    return frozenset()


def main_verb(claim: Claim) -> str | None:
    """The first word of the claim's predicate ("shoot" of "shoot back"), lower case; None
    when the parser read a function word there ("did in fact make" gives "in")."""
    words = (claim.predicate or "").lower().split()
    if not words:
        return None
    if words[0] in _NOT_VERBS:
        return None  # a function word, not a verb ("in" of "did in fact make")
    return words[0]


#: Words a misread predicate may start with that are no verb: prepositions and adverbs
#: ("did in fact make", "was also ...").
_NOT_VERBS = frozenset(
    "in on at of to for by with from as into about after before over under than also not "
    "never just still even only so then now".split()
)


#: A negation of a universal ("not all", "not every", "not always"): it denies only a
#: claim about all of them, and holds beside "some are".
_NOT_ALL = re.compile(r"\bnot\s+(?:all|every|everyone|everything|always)\b", re.IGNORECASE)
_ALL = re.compile(r"\b(?:all|every|everyone|everything|always|each)\b", re.IGNORECASE)


#: A negation that measures a degree against the past: "have never felt so cold before",
#: "hasn't been this busy in years", "had not seen such crowds in my life". It says the
#: state holds now, more than ever: no denial of it.
_NEVER_SO = re.compile(
    r"(?:\bnot|n't|\bnever)(?:\s+[a-z]+){0,3}?\s+(?:so|this|that|such)\s+[a-z]+"
    r"(?:\s+[a-z]+){0,6}?\s+(?:before|ever|in\s+(?:my|his|her|our|their|your)\s+(?:life|lives)|"
    r"in\s+(?:years|decades|a\s+long\s+time))\s*(?:[.!?,;]|$)",
    re.IGNORECASE,
)


def _reports_a_claim(claim: Claim) -> bool:
    """The claim's own words tell of a claim, rumour or report ("social media was awash with
    rumours that ...", "a rumour that ... spread"): what it holds is told about, not asserted.
    The words of ``data/rumour_cues.txt`` are matched with a plural "s" too ("claims")."""
    return _tells_of_a_report(claim.text) or _reported_clause(claim)


def _report_denied(denying: Claim, affirming: Claim) -> bool:
    """The report is the act both claims tell: the assertion's own verb is its only word of
    ``data/rumour_cues.txt`` and the denial denies that verb ("The pilot had reported a
    fuel leak" / "The pilot did not report any fuel leak"). Not a report told about ("a
    report that the pilot had landed spread"), whose verb is another."""
    verb = main_verb(affirming)
    denied = main_verb(denying)
    if verb is None or denied is None or stem(verb) != stem(denied):
        return False
    words = _WORD.findall(affirming.text.lower())
    rumours = [w for w in words if w in _rumour_words() or w[:-1] in _rumour_words()]
    return bool(rumours) and all(stem(w) == stem(verb) for w in rumours)


def _tells_of_a_report(text: str) -> bool:
    """A word of ``data/rumour_cues.txt`` in ``text``, bare or with a plural "s"."""
    words = _WORD.findall(text.lower())
    return not _rumour_words().isdisjoint(words + [w[:-1] for w in words if w.endswith("s")])


#: A sentence's words before a claim that end on "that": the claim is a that-clause.
_ENDS_ON_THAT = re.compile(r"\bthat\s*$", re.IGNORECASE)


def _reported_clause(claim: Claim) -> bool:
    """The claim is a that-clause its sentence hangs on a report or claim told about, split
    off on its own: "dismissed claims that the talks had failed and that the envoy had
    left" gives "the envoy had left", which the sentence does not assert either. The words
    before it must end on "that" and tell of a report, and the claim have no speaker:
    "officials said that the envoy had left", "the agency reported that the envoy had left"
    are asserted by who says them."""
    if claim.attribution:
        return False
    before = claim.sentence[: max(0, claim.start - claim.sentence_start)]
    return _ENDS_ON_THAT.search(before) is not None and _tells_of_a_report(before)


@lru_cache(maxsize=1)
def _rumour_words() -> frozenset[str]:
    return tables.words("rumour_cues.txt")


def _only_reported(claim: Claim) -> bool:
    """The claim tells of a report or rumour ("some reports say ...") and names no one who
    makes it: nobody asserts what it holds ("police reported ..." has a speaker)."""
    return claim.attribution is None and _reports_a_claim(claim)


def _calls_false(claim: Claim) -> bool:
    """The claim calls what it reports false ("a hoax claiming ...", "reports ... were
    refuted"): it asserts nothing a denial could contradict."""
    return tables.refuting_cues().search(tables.lowered(claim.text)) is not None


def _at_other_times(denying: Claim, affirming: Claim) -> bool:
    """Both claims date what they say, and no date of one meets a date of the other: what
    did not happen then and what happened at another time are two facts. A date after
    "since" runs on to today ("has not played since 2011" meets "played in 2013")."""
    periods_d, periods_a = (
        _dated_periods(denying, _negated_clause(denying)),
        _dated_periods(affirming),
    )
    if not periods_d or not periods_a:
        return False
    return not any(
        start_d <= (end_a or dt.date.max) and start_a <= (end_d or dt.date.max)
        for start_d, end_d in periods_d
        for start_a, end_a in periods_a
    )


def _dated_periods(claim: Claim, clause: str | None = None) -> list[tuple[dt.date, dt.date | None]]:
    """The resolved dates of the claim as (first day, last day or None for open-ended);
    those written in ``clause`` only, when it holds any. A date after "until" ends a
    period that runs from before it, and that ends the day before: "will stay closed until
    Monday" holds on Sunday, and on Monday the opposite begins ("will reopen on Monday")."""
    lower = claim.text.lower()
    dates = claim.dates
    if clause and any(d.text in clause for d in dates):
        dates = tuple(d for d in dates if d.text in clause)
    elif clause:
        # "has not resigned, and she intends to return next week": the date of a clause
        # joined after the denied one dates another act, not the denial
        rest = claim.text[claim.text.find(clause) + len(clause) :]
        if _COORDINATED.match(rest):
            dates = tuple(d for d in dates if d.text not in rest)
    periods: list[tuple[dt.date, dt.date | None]] = []
    for date in dates:
        if date.earliest is None:
            continue
        written = date.text.lower()
        since = f"since {written}" in lower
        until = f"until {written}" in lower or f"till {written}" in lower
        if until:
            periods.append((dt.date.min, _day_before(date.earliest)))
        else:
            periods.append((date.earliest, None if since else date.latest))
    return periods


#: A clause joined after another: ", and she intends", "; but it plans".
_COORDINATED = re.compile(r"[,;][ \t]*(?:and|but|while|whereas)[ \t]", re.I)


def _day_before(day: dt.date) -> dt.date:
    return day if day == dt.date.min else day - dt.timedelta(days=1)


#: Marks between the clauses of one sentence ("played a season in 2004, hasn't played since").
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _negated_clause(claim: Claim) -> str | None:
    """The clause of the claim's text its negation cue stands in: "hasn't played a PGA event
    since 2011" of "played one season in 2004, hasn't played a PGA event since 2011, and
    now coaches". Its dates date what is denied; a date of another clause dates another
    act. None when the cue is not found in the text."""
    found = _negation_cue_at(claim)
    if found is None:
        return None
    starts = [m.end() for m in _CLAUSE_MARK.finditer(claim.text, 0, found.start())]
    end = _CLAUSE_MARK.search(claim.text, found.end())
    return claim.text[starts[-1] if starts else 0 : end.start() if end else len(claim.text)]


def _negation_cue_at(claim: Claim) -> re.Match[str] | None:
    """Where the claim's negation cue stands in its text, as a whole word; None when it has
    none or the cue is not in the text."""
    cue = claim.negation_cue
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", claim.text, re.I) if cue else None


def _dated_ahead(claim: Claim) -> bool:
    """The claim dates something after the day it was written ("next Friday")."""
    for date in claim.dates:
        words = _WORD.findall(date.text.lower())
        if words[:1] == ["the"]:
            words = words[1:]
        if words[:1] and words[0] in _AHEAD:
            return True
    return False


#: Cues of a near miss ("the ferry nearly sank"): the act after the cue did not happen.
_NEAR_MISS_CUES = frozenset({"nearly", "almost"})


def _tells_the_near_missed_act(denying: Claim, key_affirming: MatchKey, tables: Tables) -> bool:
    """The other claim tells the act that nearly happened: the verb right after the cue,
    or its predicate class ("nearly sank" / "the ferry sank", "nearly collapsed" / "the
    roof caved in")."""
    cue = (denying.negation_cue or "").lower()
    found = re.search(rf"\b{cue}[ \t]+([A-Za-z]+)", denying.text, re.IGNORECASE)
    if found is None:
        return True  # no verb to read: leave it to the other tests
    verb = stem(found.group(1).lower())
    predicate_class = tables.predicates.get((verb,))
    if predicate_class is not None and predicate_class in key_affirming.predicates:
        return True
    return verb in key_affirming.tokens


def _may_be_antonyms(ka: MatchKey, kb: MatchKey, tables: Tables) -> bool:
    """What ``antonym_conflicts`` needs before anything else, cheap to test: the same
    polarity and opposite predicates. Tested before the subjects are compared, since
    reading a subject costs more and most pairs have no opposite predicates."""
    return ka.negated == kb.negated and _opposite_predicates(ka, kb, tables) is not None


def antonym_conflicts(
    a: Claim, b: Claim, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    """Opposite predicates with the same polarity: "suspended" vs "resumed"."""
    if ka.negated != kb.negated:
        return []
    pair = _opposite_predicates(ka, kb, tables)
    if pair is None or not _shared_object(a, b, ka, kb):
        return []
    if _says_what_cannot_be(a) or _says_what_cannot_be(b):
        return []  # "things money can't buy" / "he sells his boat": no act is reported
    if _only_reported(a) or _only_reported(b):
        return []  # "where some reports say she was detained" / "she was released": told about
    if _at_other_times(a, b):
        # "the crossing closed on Monday" / "it reopened on Thursday": one act after the
        # other, both true; on one day, or undated, they contradict each other
        return []
    if not (ka.negation_folded or kb.negation_folded) and _one_done_one_planned(a, b):
        # "the park shut its gates during the hunt" / "the park will reopen on Saturday":
        # an act done and its opposite still to come are one after the other, both true;
        # a plan denied ("will not open until Saturday" / "opened on Wednesday") still
        # conflicts, as a plain negation
        return []
    if _only_intended(a, frozenset({CLASS_PREFIX + pair[0]})) or _only_intended(
        b, frozenset({CLASS_PREFIX + pair[1]})
    ):
        return []  # "tried to capture the airport" / "failed to capture it": both hold
    word_a, word_b = _predicate_word(a, pair[0], tables), _predicate_word(b, pair[1], tables)
    if (word_a and _after_the_main_verb(a, word_a)) or (word_b and _after_the_main_verb(b, word_b)):
        # 'called it "the worst deal" the country had ever approved': another clause's act
        return []
    if ka.negation_folded != kb.negation_folded:
        # "will not attend" was folded into "skip": to a reader this is a plain negation.
        return _folded_negation(a, b, ka)
    if (word_a and _named_not_done(a.text, word_a)) or (word_b and _named_not_done(b.text, word_b)):
        # "reverse a national decline", "announcement of a freeze": a noun names the
        # thing, the claim does not say that it was done.
        return []
    if (word_a and _kind_described(a.text, word_a)) or (word_b and _kind_described(b.text, word_b)):
        return []  # "the people who keep the trains running": who they are, not what was done
    if (word_a and _described_in_quote(a.text, word_a)) or (
        word_b and _described_in_quote(b.text, word_b)
    ):
        # 'which the union called "an insult to people who keep this country running"': the
        # quoted words describe someone, they do not tell the act
        return []
    if (
        word_a
        and word_b
        and (
            _object_names_the_act(a.text, word_a, word_b)
            or _object_names_the_act(b.text, word_b, word_a)
        )
    ):
        return []  # "nurses walked out" / "nurses joined the strike": joining it is walking out
    if word_a and word_b and _acts_on_other_things(a, word_a, b, word_b):
        return []  # "sent troops to restore order" / "halted flights": two things acted on
    if (
        word_a
        and word_b
        and _converse(pair)
        and _traded_thing(a.text, word_a)
        and _traded_thing(b.text, word_b)
    ):
        return []  # "bikes sold between March and June" / "bikes bought from March to June"
    shown_a, shown_b = _without_determiner(word_a), _without_determiner(word_b)
    return [
        trusted(
            Conflict,
            type=ConflictType.ANTONYM,
            claim_ids=(a.id, b.id),
            values=(shown_a or pair[0], shown_b or pair[1]),
            explanation=f"{a.source} says {shown_a or pair[0]}, {b.source} the opposite: "
            f"{shown_b or pair[1]}",
            value_spans=(_span(a, shown_a), _span(b, shown_b)),
        )
    ]


def _object_names_the_act(text: str, word: str, other_word: str) -> bool:
    """The object of the opposite verb ``word`` is an event noun (data/event_nouns.txt) that
    names the other claim's act ``other_word``: "joined the strike" is taking part in what
    "walked out" tells (a "walkout"), not its opposite. The other verb names the event in
    its plain form ("protested" / "the protest") or written as one word with its particle
    ("walked out" / "walkout")."""
    noun = _object_after(text, word)
    kind = event_kind(noun) if noun else None
    if kind is None:
        return False
    words = other_word.lower().split()
    lemma = verb_lemma(words[0])
    acts = (stem(lemma), stem(lemma + "".join(words[1:])))
    return any(event_kind(act) == kind for act in acts)


def _one_done_one_planned(a: Claim, b: Claim) -> bool:
    """One claim tells an act as done (asserted) and the other its opposite as what will
    happen (``_planned_act``: "will reopen", "is due to resume"), as the negation rules read
    a plan and a fact so far: two times. Not a state the plan keeps ("will remain closed",
    "will stay open"): that says the act done will not be undone, and contradicts it."""
    planned_a, planned_b = _planned_act(a), _planned_act(b)
    if planned_a == planned_b:
        return False
    planned, done = (a, b) if planned_a else (b, a)
    if done.certainty is not Certainty.ASSERTED:
        return False
    return _KEPT_STATE.isdisjoint(_WORD.findall(planned.text.lower()))


#: Verbs of a state kept on ("will remain closed", "will stay shut", "will keep it open").
_KEPT_STATE = frozenset("remain remains stay stays keep keeps continue continues".split())


def _converse(pair: tuple[str, str]) -> bool:
    """The two opposite classes tell one act from its two sides (data/converse_predicates.txt:
    "sell" / "buy")."""
    return frozenset(pair) in _converse_pairs()


@lru_cache(maxsize=1)
def _converse_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in data_lines("converse_predicates.txt"))


def _traded_thing(text: str, word: str) -> bool:
    """The verb ``word`` is followed by a preposition or by nothing, and stands after no
    auxiliary of the perfect: it tells which things were traded ("bikes sold between March
    and June", "the bikes were bought from a dealer"), not a doer's act on an object ("Acme
    sold the plant", "Acme has sold its stake")."""
    words = _WORD.findall(text.lower())
    first = word.split()[0].lower()
    if first not in words:
        return False
    at = words.index(first)
    if at and words[at - 1] in _PERFECT_AUXILIARIES:
        return False
    return at + 1 == len(words) or words[at + 1] in tables.words("prepositions.txt")


#: "has sold", "had bought": the doer's act, told in the perfect.
_PERFECT_AUXILIARIES = frozenset(("has", "have", "had", "having"))


def _without_determiner(words: str | None) -> str | None:
    """A predicate as the reader is shown it: a member that ends in a determiner to say
    which use of the verb it means ("fail a" test, "drop its" bid) is quoted without it,
    "failed", not "failed a"."""
    if words is None:
        return None
    kept = words.split(" ")
    while len(kept) > 1 and kept[-1].lower() in _DETERMINERS:
        kept.pop()
    return " ".join(kept)


def _folded_negation(a: Claim, b: Claim, ka: MatchKey) -> list[Conflict]:
    return denial_conflict(a, b, a if ka.negation_folded else b)


def denial_conflict(a: Claim, b: Claim, denied: Claim) -> list[Conflict]:
    """The NEGATION conflict of ``a`` and ``b`` when ``denied`` (one of the two) says the
    act did not happen and the other says it did: the cue against "affirmed"."""
    said = b if denied is a else a
    cue = denied.negation_cue or "not"
    values = (cue, "affirmed") if denied is a else ("affirmed", cue)
    spans = (_span(a, cue), None) if denied is a else (None, _span(b, cue))
    return _negation(
        a, b, values, f"{said.source} says it happened; {denied.source} says it did not", spans
    )


def _negation(
    a: Claim,
    b: Claim,
    values: tuple[str, str],
    explanation: str,
    spans: tuple[tuple[int, int] | None, tuple[int, int] | None],
) -> list[Conflict]:
    """The one NEGATION conflict of ``a`` and ``b``, as the rules above found it."""
    return [
        trusted(
            Conflict,
            type=ConflictType.NEGATION,
            claim_ids=(a.id, b.id),
            values=values,
            explanation=explanation,
            value_spans=spans,
        )
    ]


def _opposite_predicates(ka: MatchKey, kb: MatchKey, tables: Tables) -> tuple[str, str] | None:
    # A run holds few distinct predicate sets (42 in 59,000 claims), each pair of them asked
    # about again and again: the answer is kept with the tables it was found in.
    pair = (ka.predicates, kb.predicates)
    known = _OPPOSITES.get(pair)
    if known is None or known[0] is not tables:
        if len(_OPPOSITES) >= _OPPOSITES_KEPT:
            _OPPOSITES.clear()
        known = _OPPOSITES[pair] = (tables, _first_opposites(*pair, tables))
    return known[1]


_OPPOSITES: dict[tuple[frozenset[str], frozenset[str]], tuple[Tables, tuple[str, str] | None]] = {}
_OPPOSITES_KEPT = 1 << 16


def _first_opposites(
    predicates_a: frozenset[str], predicates_b: frozenset[str], tables: Tables
) -> tuple[str, str] | None:
    only_a = predicates_a - predicates_b
    only_b = predicates_b - predicates_a
    for p in sorted(only_a):
        for q in sorted(only_b):
            if tables.are_antonyms(p, q):
                return p, q
    return None


def _acts_on_other_things(a: Claim, word_a: str, b: Claim, word_b: str) -> bool:
    """Each opposite verb has an object right after it ("restore order", "halted flights")
    that the other claim never names: the two acts are done to two things. A verb with no
    object after it ("flights were halted") leaves the shared words to decide."""
    object_a, object_b = _object_after(a.text, word_a), _object_after(b.text, word_b)
    if object_a is None or object_b is None:
        return False
    return object_a not in _text_stems(b.text) and object_b not in _text_stems(a.text)


#: The word after a verb, past one determiner: its object ("halted all flights"), a name
#: as well ("buy Arlo Networks"): WHY: a company bought is as much a thing acted on as a
#: product sold, and "sells software" / "to buy Arlo" are two acts on two things.
_OBJECT = re.compile(r"\s+(?:(?:the|a|an|all|its|their|his|her|our|some|any)\s+)?([A-Za-z][a-z]*)")


def _object_after(text: str, verb: str) -> str | None:
    """The stem of the word right after ``verb`` in ``text``, past one determiner, unless it
    is a function word ("halted on Monday", "resumed after a week"): no object then."""
    at = re.search(rf"\b{re.escape(verb)}\b", text)
    found = _OBJECT.match(text, at.end()) if at else None
    word = found.group(1).lower() if found else ""
    if not word or word in load_tables(None).stop_words:
        return None
    return stem(word)


@lru_cache(maxsize=1 << 14)
def _text_stems(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _WORD.findall(text.lower()))


def _after_the_main_verb(claim: Claim, word: str) -> bool:
    """Whether the opposite verb ``word`` stands after the claim's own verb, which is
    another: 'Two firms called it "the worst deal" the board had approved' tells a calling;
    the approving is a clause about the deal. An atomic claim's coordinated verbs were split
    off, so a second verb after its own is a subordinate clause's; not after a verb of
    saying, whose clause is what the claim tells."""
    if not claim.predicate:
        return False
    main = stem(claim.predicate.split()[0])
    found = list(_WORD_CASED.finditer(claim.text))
    stems = [stem(match.group(0).lower()) for match in found]
    first = stem(word.split()[0].lower())
    if first == main or first not in stems or main not in stems:
        return False
    verb = found[stems.index(main)].group(0).lower()
    if verb in _saying_verbs():
        return False  # "said the North would shut the site": the act said is the claim's
    if verb in tables.words("linking_verbs.txt"):
        return False  # "The airport remains closed": the participle is the claim's own
    return stems.index(first) > stems.index(main)


def _predicate_word(claim: Claim, predicate_class: str, tables: Tables) -> str | None:
    """The word of the claim's text that belongs to ``predicate_class``, as written; else
    the words of a member of several ("voted against")."""
    found = list(_WORD_CASED.finditer(claim.text))
    stems = [stem(match.group(0).lower()) for match in found]
    for size in (1, 2, 3, 4):
        for at in range(len(stems) - size + 1):
            if tables.predicates.get(tuple(stems[at : at + size])) == predicate_class:
                return claim.text[found[at].start() : found[at + size - 1].end()]
    if predicate_class == "dismiss":  # "was fired as coach" (normalize._fired_from_post)
        fired = _FIRED.search(claim.text)
        return fired.group(0) if fired else None
    return None


_FIRED = re.compile(r"(?<![\w])[Ff]ir(?:e|es|ed|ing)(?![\w])")


def _same_event(ka: MatchKey, kb: MatchKey) -> bool:
    """Stricter than a frame: the same predicate ("approved the decision on Sunday" and "will
    skip next week's talks" date two different events), or mostly the same words."""
    if ka.predicates and kb.predicates:
        return bool(ka.predicates & kb.predicates)
    return _same_frame(ka, kb)


def _act_denied_whole(
    denying: Claim, key_denying: MatchKey, affirming: Claim, key_affirming: MatchKey
) -> bool:
    """The denial names nothing but an act of a predicate class the assertion does ("No
    arrests have been made" / "Police have arrested two men"): it denies every such act,
    so it needs no object in common. A denial that names anything else ("No arrests were
    made at the rally"), or an assertion set in a year ("Police arrested two men in 2019",
    an earlier case), keeps asking for it."""
    if not key_denying.predicates or key_denying.predicates.isdisjoint(key_affirming.predicates):
        return False
    if any(_YEAR_WRITTEN.search(date.text) for date in affirming.dates):
        return False
    return bool(denying.negation_cue) and all(
        token == "not" or token.startswith(CLASS_PREFIX) for token in key_denying.tokens
    )


#: A date that names its year ("in 2019", "March 2019").
_YEAR_WRITTEN = re.compile(r"(?<![\d])(?:1[89]|20)\d\d(?![\d])")


def _shared_object(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> bool:
    """A content word besides names and predicates in common ("production", "talks"): two
    opposite verbs about different things ("freeze cooperation" / "keep bags packed") are no
    antonym conflict, nor are two acts of one person ("Mattis joins a list of departures" /
    "Mr. Mattis refused"): a name written as one (capitalized inside the sentence) in either
    claim is who acts, not what is acted on."""
    names = _name_tokens(a.text) | _name_tokens(b.text)
    plain = {
        t
        for t in frozenset(ka.tokens).intersection(kb.tokens)
        if t != "not"
        and not t.startswith((CLASS_PREFIX, ENTITY_PREFIX))
        and not _numeric(t)
        and t not in names
    }
    return bool(plain)


def _names_the_subject(a: Claim, b: Claim, ka: MatchKey, kb: MatchKey) -> bool:
    """One claim's subject is named in the other ("Mr. Manafort pleaded not guilty" says
    nothing of "Michael Flynn pleaded guilty"). Unknown or pronoun subjects pass."""
    words_a = _words_of(a.subject) if a.subject else frozenset()
    words_b = _words_of(b.subject) if b.subject else frozenset()
    if not words_a or not words_b:
        return True
    if not words_a.isdisjoint(kb.tokens) or not words_b.isdisjoint(ka.tokens):
        return True
    # a name is one entity token in a key ("Ana Ruiz" is not "ana" there): the
    # other claim's own words name it as written
    return not words_a.isdisjoint(_words_of(b.text)) or not words_b.isdisjoint(_words_of(a.text))


def _denied_subject_named(denying: Claim, affirming: Claim, key_affirming: MatchKey) -> bool:
    """The subject of the denial is named in the assertion: a denial is about its own
    subject, so an assertion about someone the denial names only in another clause ("was
    not there when Ruiz arrived" / "Ruiz arrived") does not meet it. ``_names_the_subject``
    lets either side's subject do. Unknown or pronoun subjects pass."""
    words_d = _words_of(_subject_phrase(denying)) if denying.subject else frozenset()
    words_a = _words_of(affirming.subject) if affirming.subject else frozenset()
    if not words_d or not words_a:
        return True
    return not words_d.isdisjoint(key_affirming.tokens) or not words_d.isdisjoint(
        _words_of(affirming.text)
    )


def _subject_phrase(claim: Claim) -> str:
    """The claim's subject with the words that modify it before the negation cue: "Woman
    detained in Lebanon" of "Woman detained in Lebanon is not his wife", where the parser's
    subject is "Woman". WHY: a headline's reduced relative is read as the subject's verb,
    and the place or act it names is how the assertion names the same person ("the wife
    ... in detention in Lebanon"). Only when the text opens with the subject, and only up
    to a comma or a relative word: "The coach, who watched Diaz score, was not there" is
    about the coach, not Diaz."""
    subject = claim.subject or ""
    if not claim.text.startswith(subject):
        return subject
    found = _negation_cue_at(claim)
    if found is None or found.start() <= len(subject):
        return subject
    return _MODIFIER_END.split(claim.text[: found.start()], maxsplit=1)[0]


#: Where the modifiers restricting a subject end: an aside or a clause of its own.
_MODIFIER_END = re.compile(r"[,;:(\u2014\u2013]|\b(?:who|whom|whose|which|that|when|while)\b", re.I)


#: Determiners and possessives: a predicate word right after one is a noun ("a freeze").
_DETERMINERS = frozenset("a an the this that its their his her our your any no".split())
#: Adjective endings: "a national decline", "a temporary freeze" are nouns too.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ible", "able", "ary")


#: A quoted fragment: straight or curly double quotes around text without a quote mark.
_QUOTED_FRAGMENT = re.compile(r'["“]([^"“”]*)["”]')
#: A relative pronoun, then up to three words, then the word looked for (group "word").
_AFTER_RELATIVE = r"(?<![\w])(?:who|which|whose)(?:[ \t]+[A-Za-z'-]+){{0,3}}?[ \t]+{word}(?![\w])"


def _described_in_quote(text: str, word: str) -> bool:
    """Every use of ``word`` (its first word) stands in a relative clause ("who keep", "which
    closed") inside a quoted fragment of the claim: "which the union called 'an insult to
    people who keep this country running'" quotes how someone describes a group, not an act
    the claim reports."""
    target = re.escape(word.split()[0])
    uses = re.findall(rf"(?<![\w]){target}(?![\w])", text, re.IGNORECASE)
    if not uses:
        return False
    relative = re.compile(_AFTER_RELATIVE.format(word=target), re.IGNORECASE)
    described = sum(
        len(relative.findall(fragment.group(1))) for fragment in _QUOTED_FRAGMENT.finditer(text)
    )
    return described >= len(uses)


def _named_not_done(text: str, word: str) -> bool:
    """Every use of ``word`` in ``text`` is a noun after a determiner, so the claim names the
    act (a freeze, a decline) rather than saying it happened."""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", text)]
    target = word.split()[0].lower()  # "voted against the plan": the member's first word
    uses = [k for k, w in enumerate(words) if w == target]
    if not uses:
        return False
    for k in uses:
        before = words[k - 1] if k >= 1 else ""
        two_before = words[k - 2] if k >= 2 else ""
        if before in _DETERMINERS:
            continue
        if two_before in _DETERMINERS and before.endswith(_ADJECTIVE_ENDINGS):
            continue
        if (
            two_before in _DETERMINERS
            and _bare_noun_after_modifier(before, target)
            and not _has_object(words, k)
        ):
            continue  # "a press release", "the prison release": a noun after a noun
        return False
    return True


def _kind_described(text: str, word: str) -> bool:
    """Every use of ``word`` in ``text`` stands in a restrictive relative clause, right after
    "who" with no comma before it, in the verb's plain form: "people who keep the country
    moving", "drivers who cancel at short notice" say who is meant (what such people do),
    not that anything was done on the occasion told. A past or third-person form ("the
    man who cancelled", "a firm that keeps") or a comma before "who" (", who cancelled
    the meeting": an act of the one named) leaves the verb an act."""
    target = word.split()[0]
    uses = list(re.finditer(rf"(?<![\w'])({re.escape(target)})(?![\w'])", text, re.IGNORECASE))
    if not uses or not _plain_form(target.lower()):
        return False
    return all(_RESTRICTIVE_WHO.search(text, 0, use.start()) for use in uses)


#: "who" right before a word, after a word with no comma between them (``_kind_described``).
_RESTRICTIVE_WHO = re.compile(r"(?<=[A-Za-z])[ \t]+who[ \t]+\Z", re.IGNORECASE)


def _plain_form(verb: str) -> bool:
    """Not a past ("cancelled") nor a third-person or plural form ("keeps")."""
    return not verb.endswith(("ed", "s")) or verb.endswith("ss")


def _has_object(words: list[str], at: int) -> bool:
    """The word after ``words[at]`` opens an object, so that word is a verb: a determiner or a
    possessive ("the company cut its prices"), or a plural ("the company cut prices"); not
    "a press release said" or "the prison release of"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    plural = len(after) > 3 and after.endswith("s") and not after.endswith(("ss", "'s"))
    return after in _DETERMINERS or after in _OBJECT_POSSESSIVES or plural


_OBJECT_POSSESSIVES = frozenset("its their his her our my your".split())


def _bare_noun_after_modifier(modifier: str, word: str) -> bool:
    """After a determiner and one word, an uninflected word ends a noun phrase ("a press
    release"); a plural before it is the subject of a verb ("the rebels release"), and so is
    a noun before an irregular past ("the dollar fell", "the currency rose": an inflected
    form, though it has no "-ed")."""
    plural = modifier.endswith("s") and not modifier.endswith("ss")
    inflected = word.endswith(("s", "ed", "ing")) or verb_lemma(word) != word
    return not plural and not inflected


_RELATIVE = frozenset("who which that".split())
#: Negations that stand before a noun rather than a verb ("no talks", "nobody was hurt").
_NOUN_NEGATIONS = frozenset("no none nothing nobody neither nor".split())


#: A denial whose subject is a thing that none of was done to, as the claim opens: "No
#: drone has been recovered", "No bodies were found": the noun's words and the participle.
_NONE_DONE = re.compile(
    r"No[ \t]+(?P<thing>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+"
    r"(?:(?:has|have|had)[ \t]+been|was|were|is|are)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?P<verb>[a-z]+)(?![\w'’-])"
)


def _none_done_then_done(denying: Claim, affirming: Claim) -> bool:
    """The denial says no thing of a kind was done to ("No drone has been recovered") and
    the assertion's own verb does it, the same verb, to that thing, named after it ("Police
    recovered a drone from a field"): one act, though neither verb is of a predicate class
    the keys compare. "Police recovered debris" names another thing; "No drone has been
    recovered" / "Police found a drone" are two verbs (finding is not recovering); in "Divers
    found the wreck near two bodies" the bodies are not what was found."""
    found = _NONE_DONE.match(denying.text)
    verb = main_verb(affirming)
    if found is None or verb is None:
        return False
    done = verb_lemma(found.group("verb"))
    if verb_lemma(verb) != done:
        return False
    words = _WORD.findall(affirming.text.lower())
    at = next((k for k, word in enumerate(words) if verb_lemma(word) == done), None)
    if at is None or (at and words[at - 1] == "to"):
        return False  # "hope to recover a drone": an aim, not the act
    # the object: the words after the verb up to a preposition ("a drone from a field"),
    # not a noun further on ("found the wreck near two bodies")
    object_words: set[str] = set()
    for word in words[at + 1 : at + 1 + _DONE_OBJECT_REACH]:
        if word in tables.words("prepositions.txt"):
            break
        object_words.add(stem(word))
    return stem(found.group("thing").split()[-1]) in object_words


#: How many words after its verb the head of what was done to may stand ("two unexploded
#: drones"); ``_OBJECT_REACH`` is ``_object_words``'.
_DONE_OBJECT_REACH = 5


#: A denial that its subject was given something, told by "no" before the thing's noun:
#: "Residents received no warning", "The families were given no compensation".
_RECEIVED_NONE = re.compile(
    r"(?<![\w-])(?:received|got|(?:was|were)[ \t]+given|(?:has|have|had)[ \t]+(?:received|had|got))"
    r"[ \t]+no[ \t]+(?P<thing>[a-z]+)(?![\w'’-])"
)
#: A passive participle: a form of "be", an optional adverb and a word.
_PASSIVE_WORD = re.compile(
    r"(?<![\w-])(?:was|were|is|are|been)[ \t]+(?:[a-z]+ly[ \t]+)?(?P<participle>[a-z]+)"
)


def none_received_then_done(denying: Claim, affirming: Claim) -> bool:
    """The denial says its subject was given none of a thing whose noun is a verb's
    ("Residents received no warning") and the assertion says the same subject had it done
    to them with that verb, in the passive ("Residents were warned to leave on Tuesday"):
    one act told as a noun and as a verb. "Officials warned of a slide" is no passive of
    the residents; "Farmers were warned" another subject (``_names_the_subject``, tested
    before)."""
    found = _RECEIVED_NONE.search(denying.text)
    if found is None:
        return False
    thing = stem(found.group("thing"))
    return any(
        stem(verb_lemma(passive.group("participle"))) == thing
        for passive in _PASSIVE_WORD.finditer(affirming.text)
    )


def _negation_in_relative_clause(claim: Claim) -> bool:
    """The negation cue opens a relative clause that describes a noun ("countries that don't
    have exemptions", "lawmakers who did not vote"), so it does not deny the claim's act. A
    "that" after a verb of saying ("said that nothing changed") introduces the statement.
    A claim the parser left unnegated because its only cue negates a relative ("citizens
    who are not from the region have joined") is read from its "not", which the match key
    still counts."""
    words = [w.lower() for w in _WORD_AT.findall(claim.text)]
    cue = claim.negation_cue or ("not" if not claim.negated and "not" in words else None)
    if not cue:
        return False
    first = cue.lower().split()[0]
    for k, word in enumerate(words):
        if word != first or k == 0:
            continue
        pronoun = words[k - 1] if words[k - 1] in _RELATIVE else None
        if pronoun is None and k >= 2 and words[k - 2] in _RELATIVE:
            pronoun = words[k - 2]  # "who have not", "that did not"
            before = words[k - 3] if k >= 3 else ""
        else:
            before = words[k - 2] if k >= 2 else ""
        if pronoun is None:
            return False
        # "said that nothing changed": "that" after a verb of saying opens the statement
        return not (pronoun == "that" and (before in _saying_verbs() or not before))
    return False


def _only_intended(claim: Claim, heads: frozenset[str]) -> bool:
    """Every mention in ``claim`` of the ``heads`` (the words the other claim negates) stands
    after an intent cue and "to" ("sought for months to question", "is planning to meet",
    "pressure to step down"): the act is wanted or planned, not reported as done."""
    # No run tables: the heads are found with the default tables on purpose, as
    # ``_head_positions`` does.
    if not heads:
        return False
    positions = [start for start, token in _head_positions(claim.text) if token in heads]
    if not positions:
        return False
    cues = load_cues().intent
    return all(_after_intent(claim.text[:start], cues) for start in positions)


@lru_cache(maxsize=1 << 14)
def _head_positions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, match token) of each word or predicate phrase, as the match key spells it."""
    tables = load_tables(None)
    predicates, starts = tables.predicates, tables.phrase_starts
    found = [(m.start(), stem(m.group(0).lower())) for m in _WORD_AT.finditer(text)]
    tokens = [token for _, token in found]
    out: list[tuple[int, str]] = []
    for k, (start, token) in enumerate(found):
        out.append((start, token))
        if token not in starts:
            continue  # most words open no predicate phrase: no n-gram of it to look up
        for size in (3, 2, 1):
            gram = tuple(tokens[k : k + size])
            if len(gram) == size and gram in predicates:
                out.append((start, CLASS_PREFIX + predicates[gram]))
                break
    return tuple(out)


def _after_intent(before: str, cues: frozenset[str]) -> bool:
    """The text before a word ends in "<cue> [up to four words] to" (or "to be")."""
    words = [w.lower() for w in _WORD_AT.findall(before[-80:])]
    if words[-2:-1] == ["to"] and words[-1:] == ["be"]:
        words = words[:-1]
    if not words or words[-1] != "to":
        return False
    return any(w in cues for w in words[-6:-1])


def _attribution_conflicts(
    facts_a: ClaimFacts, facts_b: ClaimFacts, ka: MatchKey, kb: MatchKey, tables: Tables
) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    denial_a, denial_b = facts_a.denial, facts_b.denial
    if denial_a == denial_b:
        return []
    asserting, denying = (b, a) if denial_a else (a, b)
    key_asserting, key_denying = (kb, ka) if denial_a else (ka, kb)
    if not _same_frame(ka, kb) and not _denied_words_shared(
        denying, asserting, key_denying, key_asserting
    ):
        return []
    if asserting.negated or not _shared_object(a, b, ka, kb):
        return []
    if not (facts_b if denial_a else facts_a).committed and not asserting.attribution:
        # "an image allegedly showing X circulated", "the video appears to be edited": no
        # one asserts X; "officials claimed X" has a speaker who does
        return []
    if not main_verbs_meet(a, b, tables) and not _labels_with_its_verb(denying):
        return []  # "went on leave" / "defied orders after his requests were denied"
    if not _verbs_meet(_denied_verb(denying), main_verb(asserting), tables):
        # "Altavia denied that it had paid a ransom to secure the release of its citizens"
        # / "Altavia released 14 prisoners": the verb denied is "paid", not "released"
        return []
    if _opposite_verbs(_denied_verb(denying), main_verb(asserting), tables):
        # "The ministry denied that the tunnel would reopen" / "The tunnel was closed": the
        # opposite act denied is no denial of this one
        return []
    if _only_identifies(asserting) and not _names_what_it_is(denying):
        # "Ana Ruiz is the nurse who led the strike" / "the union denied that Ana Ruiz had
        # been at the depot": who she is, and where she was, are two facts
        return []
    if _calls_false(asserting) or _reports_a_claim(asserting) or _news_of(asserting):
        # "reports of X were refuted" / "the ministry denied X": both deny it; "countered
        # claims that X" / "X is false": a claim told about is not asserted
        return []
    who_asserts = asserting.attribution or asserting.source
    who_denies = denying.attribution or _denier(denying) or denying.source
    value_a = _attribution_value(a)
    value_b = _attribution_value(b)
    return [
        trusted(
            Conflict,
            type=ConflictType.ATTRIBUTION,
            claim_ids=(a.id, b.id),
            values=(value_a, value_b),
            explanation=f"asserted by {who_asserts}, denied by {who_denies}",
            value_spans=(_span(a, _attribution_cue(a)), _span(b, _attribution_cue(b))),
        )
    ]


#: How far into a claim its noun of news may stand: "News of the arrest", "The first
#: reports of ...": a determiner and up to two adjectives before it.
_NEWS_OF_REACH = 4


def _news_of(claim: Claim) -> bool:
    """Whether ``claim`` opens with a noun of news, perhaps plural, and "of"
    (data/content_nouns.txt: "News of the pilot's apparent arrest first emerged on
    Sunday"): it tells that the news came out, not that what it tells happened, so a denial
    of the arrest ("rumours of his arrest are untrue") does not contradict it."""
    words = _WORD.findall(claim.text.lower())[: _NEWS_OF_REACH + 1]
    nouns = tables.words("content_nouns.txt")
    return any(
        (word in nouns or word.removesuffix("s") in nouns) and words[at + 1 : at + 2] == ["of"]
        for at, word in enumerate(words[:_NEWS_OF_REACH])
    )


def _denied_words_shared(
    denying: Claim, asserting: Claim, key_denying: MatchKey, key_asserting: MatchKey
) -> bool:
    """Most of what the denial denies is in the assertion, its own "X denied" left out:
    "the university denied that data from 300 people had been excluded" / "data from 300
    people were excluded from the analysis because their monitors failed". WHY: who
    denies and the verb of denying are no part of the fact denied, yet counted as words of
    the claim they make a denial that shares its whole denied clause look like another
    event beside an assertion that gives a reason as well."""
    who = _denier(denying)
    if who is None:
        return False  # the denial is no verb of the claim's own subject: no "X denied" to drop
    denier = _words_of(who)
    denied = frozenset(
        word
        for word in _content_words(key_denying)
        if word not in key_denying.predicate_tokens and word not in denier
    )
    verb = main_verb(asserting)
    if verb is None or stem(verb) not in denied:
        return False  # the assertion's own act is not the one denied ("lorries queued")
    return len(denied) >= 2 and _mostly_shared(denied, _content_words(key_asserting))


def _denied_verb(denying: Claim) -> str | None:
    """The verb of the clause a denial verb takes ("paid" of "denied that it had paid a
    ransom to secure the release"), as its base form: the first word after an auxiliary in
    that clause. None when the claim's own verb is no denial ("X denied" is not how it
    opens) or the clause has no auxiliary: a subject noun that is also a verb ("denied that
    strikes hit the port") is not told from the verb without one."""
    if _denier(denying) is None:
        return None
    cue = denying.negation_cue or ""
    found = re.search(rf"\b{re.escape(cue)}\b", denying.text, re.I) if cue else None
    if found is None:
        return None
    words = _WORD.findall(denying.text[found.end() :].lower())
    for at, word in enumerate(words[:_DENIED_SUBJECT_REACH]):
        if word in AUXILIARIES:
            rest = [w for w in words[at + 1 :] if w not in AUXILIARIES and w not in _NOT_VERBS]
            if not rest or rest[0] in load_tables(None).stop_words:
                return None  # "the woman detained was a wife": "was" is the verb, a light one
            return verb_lemma(rest[0])
    return None


#: How many words after "denied that" the auxiliary of the denied clause may stand: past a
#: subject of a few words ("data from 300 participants had").
_DENIED_SUBJECT_REACH = 8


def _denier(claim: Claim) -> str | None:
    """The subject of a claim whose own verb is the denial ("the club has denied claims
    that ...": "the club"), so the conflict names who denies, not only the outlet."""
    if claim.attribution or not claim.subject or not claim.negation_cue:
        return None
    verb = (claim.predicate or "").lower().split()
    if not verb or stem(verb[0]) not in load_cues().denials:
        return None
    subject = _DATELINE.sub("", _without_day(claim.subject))
    return subject or None


#: A dateline before a subject ("PARIS - the minister"): the place the story was filed from.
_DATELINE = re.compile(r"^[A-Z][A-Z .,']*(?:\([A-Za-z ]+\))?(?:\s+-+\s+|\s*[\u2014\u2013]\s*)")
#: Days after a subject ("an official on Wednesday"): when, not who.
_SUBJECT_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


#: Connectives a parser may leave before a subject ("But a spokesman").
_SUBJECT_CONNECTIVES = frozenset("but and yet however still meanwhile so".split())


def _without_day(subject: str) -> str:
    """The subject without a day after it ("an official on Wednesday") or a connective
    before it ("But a spokesman")."""
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in _SUBJECT_DAYS:
        words = words[:-2] if words[-2].lower() == "on" else words[:-1]
    if len(words) > 1 and words[0].lower().rstrip(",") in _SUBJECT_CONNECTIVES:
        words = words[1:]
    return " ".join(words)


def _denial(claim: Claim) -> bool:
    cues = load_cues().denials
    for cue in (claim.attribution_cue, claim.negation_cue):
        # "X denied that ..." reaches us either as the attribution or as the negation cue
        if cue and cue.split() and stem(cue.lower().split()[0]) in cues:
            return True
    # "Claims of X were false", "the report was a hoax": the claim calls its content false
    text = claim.text
    if _may_call_false(text) and _CALLED_FALSE.search(text) is not None:
        return True
    return _labels_a_report_false(text)


def _labels_a_report_false(text: str) -> bool:
    """ "A rumour that X was called 'rubbish' by her office", "described as nonsense a report
    that X": a report noun and a false label after a naming verb (data/false_labels.txt)."""
    # The screen before the memo: most texts fail it, and the memo, asked once for every
    # claim by each of two passes over all of them, keeps too few texts to hit
    # (18,000 hits in 157,000 at 2,000 articles), so a lookup only added its bookkeeping.
    if not _may_label_false(text.lower()):
        return False
    return _false_label_of(text) is not None


@lru_cache(maxsize=1 << 14)
def _false_label_of(text: str) -> str | None:
    """The words of ``text`` that label a report false ('called "rubbish"'), if it names a
    report; once per claim text, not once per pair."""
    lowered = text.lower()
    if not _may_label_false(lowered):
        return None  # most claims: no naming verb anywhere
    found = _false_label().search(text)
    if found is None or _report_nouns().isdisjoint(_WORD.findall(lowered)):
        return None
    return found.group(0)


@lru_cache(maxsize=1)
def _false_label_parts() -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {}
    for line in tables.data_lines("false_labels.txt"):
        name, _, members = line.partition(":")
        parts[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
    return parts


@lru_cache(maxsize=1)
def _false_label() -> re.Pattern[str]:
    def alternatives(words: list[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)

    parts = _false_label_parts()
    # a quotation mark, "complete", "pure" may stand between the verb and the label
    return re.compile(
        rf"\b(?:{alternatives(parts['verbs'])})\s+[\"“‘']?(?:(?:complete|utter|total|pure)\s+)?"
        rf"(?:{alternatives(parts['labels'])})\b[\"”’']?",
        re.IGNORECASE,
    )


def _labels_with_its_verb(claim: Claim) -> bool:
    """The claim's main verb is the one that labels a report false ("the office described as
    nonsense a report that X"): the act denied is the report's, so the words decide, as for
    a verb of saying."""
    verb = main_verb(claim)
    if verb is None or _false_label_of(claim.text) is None:
        return False
    return stem(verb) in {stem(v.split()[0]) for v in _false_label_parts()["verbs"]}


def _may_label_false(lowered: str) -> bool:
    """A cheap screen: one of the naming verbs' first words is in the text at all."""
    return any(word in lowered for word in _false_label_firsts())


@lru_cache(maxsize=1)
def _false_label_firsts() -> tuple[str, ...]:
    """The naming verbs' first words, split once: the screen runs once per claim text
    (``ClaimTable`` asks it of every claim), and splitting each verb there was most of it."""
    return tuple(dict.fromkeys(verb.split()[0] for verb in _false_label_parts()["verbs"]))


@lru_cache(maxsize=1)
def _report_nouns() -> frozenset[str]:
    return tables.words("report_nouns.txt")


#: A report called false in so many words: "claims ... were false", "the story is a hoax",
#: "reports ... have been debunked". Narrower than ``refuting_cues.txt`` on purpose: "fake
#: passports were seized" or "is made up of" assert something.
_CALLED_FALSE = re.compile(
    r"\b(?:is|was|are|were|been|be)\s+(?:(?:a|an|all|completely|entirely|totally|simply)\s+)?"
    r"(?:false|untrue|not\s+true|baseless|unfounded|fabricated|(?:a\s+)?hoax|debunked|refuted)\b",
    re.IGNORECASE,
)
#: Each word ``_CALLED_FALSE`` needs ("untrue", "not true": "true"): a plain search of the
#: lower-cased text for them is a third of the cost of that pattern, and few texts pass it.
_may_call_false = literal_screen(
    "false true baseless unfounded fabricated hoax debunked refuted".split()
)


def _attribution_value(claim: Claim) -> str:
    parts = [p for p in (claim.attribution, claim.attribution_cue) if p]
    denier = None if parts else _denier(claim)
    if denier and claim.negation_cue:
        return f"{denier} {claim.negation_cue.split()[0]}"  # "the club denied (that)"
    if parts:
        return " ".join(parts)
    return _false_label_of(claim.text) or "stated"  # 'a rumour that X was called "rubbish"'


def _attribution_cue(claim: Claim) -> str | None:
    """The words that say who stands behind the claim: its attribution cue, the verb of a
    denial that is the claim's own ("has denied"), or a false label ('called "rubbish"')."""
    if claim.attribution_cue:
        return claim.attribution_cue
    if _denier(claim):
        return claim.negation_cue
    return _false_label_of(claim.text)
