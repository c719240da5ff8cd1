"""Split one sentence's content into atomic clauses, each readable on its own.

Rules, applied in order (after DisSim's families, see RESEARCH.md section 1):
1. a leading contrast clause ("While X, Y") becomes two clauses;
2. an apposition or non-restrictive relative after the subject ("Hezbollah, designated ...
   by the US, has ...") is cut out of the main clause and becomes its own ("Hezbollah is
   designated ... by the US"); a trailing non-restrictive relative on a later noun ("...
   injured in the blaze, which began on Tuesday") becomes a claim about that noun ("the
   blaze began on Tuesday"), so the main claim and the relative's fact are compared apart;
   a relative led by a preposition after an occasion ("the speech, in which she promised
   X") becomes "In the speech, she promised X", and so does ", where" after a place ("flown
   to Lisbon, where he was treated" -> "In Lisbon, he was treated"); an aside between
   dashes (``dashes``) is cut out and, when it states a fact of its own, becomes a claim
   ("The storm — the third this month — cut power" -> "The storm was the third this month");
3. a trailing participle (", citing X", ", effectively ending X", "— essentially ending X")
   is cut off and becomes "<subject> cited X";
   a cause cue ("citing", "in protest over", "because") becomes the clause's ``reason``;
4. coordinated clauses (", and", ";", ", but", "and" + finite verb) are split, the subject
   copied into a clause that starts with its verb; a gapped clause ("hundreds wounded")
   gets the first clause's auxiliary;
5. the event another came after ("The ban came a week after two hikers fell") is also a
   clause of its own ("two hikers fell"), split by these same rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claimtrack.parse import attribution, dashes, grammar, numbers, scan, tables
from claimtrack.parse.dates import CALENDAR_NAMES
from claimtrack.parse.lemmas import irregular_lemmas, verb_lemma, verbs
from claimtrack.parse.negation import reporting_participles
from claimtrack.parse.speakers import SUBJECT_PRONOUNS
from claimtrack.parse.view import Piece, View


@dataclass
class Clause:
    view: View
    subject: str | None = None
    origin: str = "main"  # main, apposition, participle, relative, contrast, earlier
    reason: str | None = None
    author_voice: bool = False  # an apposition is the author's, not the quoted speaker's


_PARTICIPLES = frozenset(
    "citing saying adding killing wounding injuring leaving forcing prompting sparking "
    "triggering signaling signalling accusing calling urging warning claiming describing "
    "marking raising bringing ending making preventing".split()
)
_LEADING_CONTRAST = re.compile(
    r"^(?P<opener>While|Although|Though|Even though|Whereas)\b[^,]{3,200},[ \t]+", re.I
)
_SUBORDINATOR = re.compile(
    r"\b(?:as long as|because|that|which|who|while|if|when|whether|unless|although|as)\b"
)
_TIME_SUBORDINATOR = re.compile(r"\b(?:after|before|until|since|once)\b")
# ", citing X" / ", effectively ending X": an adverb may stand before the participle; a
# colon after it only before a quotation that closes the sentence (", saying: "We will
# stay.""): one left open runs on into the next sentence, whose words it cannot carry.
_PARTICIPLE = re.compile(
    r",[ \t]+(?:(?P<adverb>[a-z]{2,20}ly)[ \t]+)?(?P<verb>[a-z]+ing)\b"
    r"(?::(?=[ \t]+(?:\"[^\"]*\"|“[^“”]*”)[.!?]?$))?[ \t]+(?P<rest>[^;]{3,400})$"
)
#: The same after the sentence's only dash ("... oppose the plan — essentially ending it").
_DASH_PARTICIPLE = re.compile(
    r"(?:—|–|―|--)[ \t]+(?:(?P<adverb>[a-z]{2,20}ly)[ \t]+)?(?P<verb>[a-z]+ing)\b[ \t]+"
    r"(?P<rest>[^;—–―]{3,400})$"
)
# A joiner: "; (and that) ", ", and (that) ", ", but ", " and (that) ", " but that ",
# " while ", or ", " before "hundreds killed".
# Every alternative starts with a literal character, so ``re`` skips ahead to the next ";",
# "," or blank instead of trying each alternative at every character (7x faster). A blank
# run is matched from its first blank only (the look-behind), so long runs stay linear.
_COORDINATION = re.compile(
    r";[ \t]+(?:and[ \t]+that[ \t]+)?"
    r"|,[ \t]+(?:and[ \t]+that[ \t]+"
    r"|(?:and|but|yet|while|whereas|(?:even[ \t]+)?(?:al)?though)[ \t]+"
    r"|(?=(?:hundreds|dozens|scores|thousands|\d[\d,]{0,12})[ \t]+[a-z]{2,20}(?:ed|en)\b))"
    r"| (?<![ \t] )[ \t]*(?:and[ \t]+(?:that[ \t]+)?|but[ \t]+that[ \t]+|while[ \t]+|whereas[ \t]+)"
    r"|\t(?<![ \t]\t)[ \t]*(?:and[ \t]+(?:that[ \t]+)?|but[ \t]+that[ \t]+|while[ \t]+"
    r"|whereas[ \t]+)"
)
_REASON_END = re.compile(r"(?<![ \t])[ \t]+(?:amid|as|while|after|before|when)\b|[,;]")
_GAPPED = re.compile(
    r"(?<![\d,.])(?P<q>\d[\d,.]*|hundreds|dozens|scores|thousands|many|others|some|most)[ \t]+"
    r"(?P<participle>[a-z]+(?:ed|en)|taken|held|left|hurt|shot|struck)\b"
)
# ``\b(?:were|was|are|is|have been|has been|had been)\b``, with each word's leading ``\b``
# as a look-behind after it: ``re`` then skips in C to a possible first letter (2x faster).
_AUX_IN = re.compile(
    "(?:"
    + "|".join(
        rf"{word}(?<!\w{word})"
        for word in ("were", "was", "are", "is", "have been", "has been", "had been")
    )
    + r")(?!\w)"
)
_PARALLEL_CLAUSE = re.compile(
    r"(?:\d[\d,]{0,12}|[Tt]he|[Aa]n?|[A-Z][\w’'-]{1,30})(?:[ \t][\w’'-]{1,30}){0,2}[ \t]+"
    r"(?:was|were|is|are|has|have|had|will)\b"
)
_RELATIVE = re.compile(r"^(?:who|which)[ \t]+")
_NOUN_APPOSITION = re.compile(r"^(?:a|an|the|one of|another|its|his|her|their)[ \t]+")
_PARENTHETICAL = re.compile(
    r"^(?:under|including|like|such as|among|for example|in|on|at|with|along with|led by|"
    r"together with|however|meanwhile|for its part|for their part|too|also|in turn)\b"
)


@lru_cache(maxsize=1)
def _reason_pattern() -> tables.Phrases:
    cues = [cue for cue, relation in tables.pairs("subordinators.tsv") if relation == "reason"]
    return tables.phrase_pattern(frozenset(cues))


# Cause constructions that do not open a clause, so the cue table cannot hold them: "for
# logistical reasons", "was caused by a fault", "started when a tank leaked", "blamed the
# weather", "pulls out of talks, cites logistics" (after a comma only: "inspectors cited
# blocked exits in a report" mentions them). The cause is what follows the cue.
_CAUSE_AFTER = re.compile(
    r"(?:\b(?:was|were|is|are|been)[ \t]+(?:caused|started|sparked|triggered|ignited)[ \t]+by|"
    r"\b(?:started|began|broke[ \t]+out)[ \t]+when|"
    r"\bblamed|\bblames|,[ \t]*cites|,[ \t]*cited)[ \t]+",
    re.I,
)
_STARTED_WHEN = re.compile(r"(?:started|began|out)[ \t]+when")
#: "was started by lightning", "were sparked by a cigarette": a passive verb of setting off,
#: whose agent is the cause (lower case: ``_may_name_cause`` reads the lowered text).
_STARTED_BY = re.compile(r"(?:started|sparked|triggered|ignited)[ \t]+by")


def _may_name_cause(lower: str) -> bool:
    """Whether a word ``_CAUSE_AFTER`` needs occurs in ``lower`` ("when" only after the verb
    that opens it: a bare "when" is common, and ``re.I`` makes the pattern slow). Substring
    tests in C: one alternation of the words, without a common first letter, was tried at
    every character and cost several times more."""
    return (
        "caused" in lower
        or (" by " in lower and _STARTED_BY.search(lower) is not None)
        or "blame" in lower
        or "cite" in lower
        or ("when" in lower and _STARTED_WHEN.search(lower) is not None)
    )


def _may_cause_an_event(lower: str) -> bool:
    """Whether a verb ``_CAUSED_EVENT`` needs occurs in ``lower`` (substring tests first)."""
    return any(verb in lower for verb in ("caused", "sparked", "triggered", "started", "ignited"))


#: The only characters beyond ASCII that ``re.I`` matches to an ASCII letter (İ, ı, ſ and
#: the Kelvin sign): text without them can be pre-filtered in lower case like ASCII text.
_FOLDS_TO_ASCII = tables.FOLDS_TO_ASCII
_FOR_REASONS = re.compile(r"\bfor[ \t]+((?:[A-Za-z-]+[ \t]+){0,2}reasons)\b", re.I)
# "logistical problems, not politics, had led to the decision": the cause is the subject.
_CAUSE_PHRASE = r"[A-Za-z][^,;]{2,80}?(?:,[ \t]*not[ \t]+[^,;]{2,40},)?"
_LED_TO = (
    re.compile(
        rf"\bthat[ \t]+(?P<cause>{_CAUSE_PHRASE})[ \t]+(?:ha[ds][ \t]+|have[ \t]+)?led[ \t]+to\b"
    ),
    re.compile(rf"^(?P<cause>{_CAUSE_PHRASE})[ \t]+(?:ha[ds]|have)[ \t]+led[ \t]+to\b"),
)
#: "Strong winds forced the crew to call off the launch": the subject of "forced ... to" is
#: what made the act happen, its cause.
_FORCED_TO = re.compile(
    rf"^(?P<cause>{_CAUSE_PHRASE})[ \t]+(?:ha[ds][ \t]+|have[ \t]+)?forced[ \t]+(?!to\b)"
    r"(?:[\w.’'-]+[ \t]+){1,5}?to[ \t]+[a-z]"
)
#: Words in a subject of "forced" that make it no cause: who acted ("he forced them"), a
#: passive ("doctors were forced to"), a clause ("the man who forced", "when poverty forced").
_NO_CAUSE_WORDS = frozenset(
    "he she it they we i you this that who which when while as and after before because if"
    " was were is are been be".split()
)


def _forced_cause(text: str) -> str | None:
    """The subject of "X forced Y to ...", when it is a thing or an event ("strong winds",
    "the fighting"): no pronoun, no name alone (all its words capitalized: who acted) and no
    clause of its own."""
    found = _FORCED_TO.search(text)
    return None if found is None else _thing_as_cause(found.group("cause"))


def _thing_as_cause(phrase: str) -> str | None:
    """``phrase`` trimmed, when it names a thing that caused something: no pronoun or word
    of ``_NO_CAUSE_WORDS``, and no name alone (all its words capitalized: "Klara Berg
    forced him to ..." tells that a person acted)."""
    cause = phrase.strip(_CAUSE_EDGE)
    words = cause.split()
    if not words or not _NO_CAUSE_WORDS.isdisjoint(w.lower() for w in words):
        return None
    if all(w[:1].isupper() for w in words):
        return None
    return cause


@lru_cache(maxsize=1)
def _held_back_by() -> re.Pattern[str]:
    """A passive verb that holds an act back, then "by" (``data/hindering_verbs.txt``)."""
    verbs = sorted(tables.words("hindering_verbs.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in verbs)
    return re.compile(
        rf"\b(?:was|were|is|are|been|being|be)[ \t]+(?:{alternatives})[ \t]+by[ \t]+", re.I
    )


#: Words that make what follows "delayed by" a length of time ("by two hours", "by a
#: week"), not a cause.
_SPAN_WORDS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years"
    " decade decades".split()
)
#: How many words after "by" are read for a length of time.
_SPAN_WORDS_READ = 4


def _held_back_cause(text: str) -> str | None:
    """The agent of a passive verb that holds an act back ("The launch was delayed by strong
    winds", "Repairs have been held up by a funding dispute"): what held it back is its
    cause. A length of time ("delayed by two hours") or a figure is none."""
    found = _held_back_by().search(text)
    if found is None:
        return None
    end_match = _CAUSE_END.search(text, found.end())
    end = end_match.start() if end_match else len(text)
    cause = text[found.end() : end].strip(_CAUSE_EDGE)
    words = [w.strip(_CAUSE_EDGE).lower() for w in cause.split()[:_SPAN_WORDS_READ]]
    if not words or words[0][:1].isdigit() or not _SPAN_WORDS.isdisjoint(words):
        return None
    return cause if len(cause.split()) >= 2 else None


#: "An electrical fault caused the fire", "A cigarette started the blaze": the subject of a
#: verb of setting off is the cause of the event its object names (``_caused_event``).
_CAUSED_EVENT = re.compile(
    rf"^(?P<cause>{_CAUSE_PHRASE})(?<![ \t])[ \t]+(?:ha[ds][ \t]+|have[ \t]+)?"
    r"(?:caused|sparked|triggered|started|ignited)[ \t]+the[ \t]+(?P<event>[a-z-]+)\b"
)


def _caused_event(text: str) -> str | None:
    """The subject of "X caused the fire" when the object is one event (a noun of
    data/event_nouns.txt or data/generic_event_nouns.txt: "caused the fire", not "caused
    long delays", which is a result, nor "started the match") and the subject a thing, not
    who acted (``_forced_cause``'s test: "Lars Berg started the fire" names a person)."""
    found = _CAUSED_EVENT.search(text)
    if found is None or found.group("event") not in _event_nouns():
        return None
    cause = _thing_as_cause(found.group("cause"))
    if cause is None:
        return None
    words = cause.split()
    if grammar.has_verb(cause) or not _CLAUSE_WH_WORDS.isdisjoint(w.lower() for w in words):
        # "Nobody knows what caused the fire", "A spokesman declined to say what ... had
        # caused the accident": a clause before the verb, no thing that caused it
        return None
    return cause


#: Words that make what stands before "caused" a clause, not the cause's noun phrase.
_CLAUSE_WH_WORDS = frozenset("what which who whom whose whatever that".split())


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The nouns of data/event_nouns.txt (after each kind's colon) and of
    data/generic_event_nouns.txt, as written."""
    kinds = (line.partition(":")[2] for line in tables.data_lines("event_nouns.txt"))
    nouns = {word.strip() for line in kinds for word in line.split(",")}
    nouns |= tables.words("generic_event_nouns.txt")
    return frozenset(n for n in nouns if n and " " not in n)


#: What both ``_LED_TO`` patterns hold: "led" is common inside words ("called", "killed").
_LED_TO_WORDS = re.compile(r"led[ \t]+to\b")
_CAUSE_END = re.compile(r"(?<![ \t])[ \t]+(?:for|amid|as|while|after|before|when|and)\b|[,;]")
_CAUSE_EDGE = " .,;:\"'“”‘’()"


#: A stoppage called over what it protests: "The strike was called over the closure of a
#: depot", "the walkout was declared over new rosters". Not a time or a figure after "over"
#: ("was called over the weekend", "was staged over two days"), and only up to a comma, a
#: relative or a clause mark (the cause is its noun phrase).
_CALLED_OVER = re.compile(
    r"(?<![\w])(?:was|were|been|is|are)[ \t]+(?:called|declared|staged|launched)[ \t]+over[ \t]+"
    r"(?!(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:weekend|night|holidays?|summer|winter|spring|autumn"
    r"|past|next|last|coming|years?|months?|weeks?|days?|hours?|period|phone|radio"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)(?![\w])|\d)"
    r"(?P<cause>[^,;:()]+?)(?=[ \t]+(?:that|which|who|after|before|when|while)[ \t]|[,;:()]|$)",
    re.IGNORECASE,
)


#: Double quotation marks, which a writer may put around part of a cue ("in protest" over).
_QUOTE_MARKS = re.compile('["“”]')


# Cached: a clause's reason is looked for when it is split, then again for its Claim.
@lru_cache(maxsize=4096)
def find_reason(text: str) -> str | None:
    """A stated cause in ``text``: from its cue to the end of its phrase."""
    # ``text_words(text)``: the claim made from this text asks for the same reading next.
    lower, words = tables.text_words(text)
    match = _reason_pattern().search(lower, words)
    quoted_cue = False
    # (three substring tests in C: cheaper than a search of ``_QUOTE_MARKS``, same answer)
    if match is None and ('"' in lower or "“" in lower or "”" in lower):
        # scare quotes inside a cue: 'walked out "in protest" over the plan' (blanked, not
        # cut, so that the match's offsets still index ``text``)
        match = _reason_pattern().search(_QUOTE_MARKS.sub(" ", lower), words)
        quoted_cue = match is not None
    if match is None or _scheduled_due(lower, match):
        return _cause_construction(text)
    end_match = _REASON_END.search(text, match.end())
    end = end_match.start() if end_match else len(text)
    reason = text[match.start() : end]
    if quoted_cue:  # 'in protest over the plan', not 'in protest" over the plan'
        reason = " ".join(_QUOTE_MARKS.sub(" ", reason).split())
    reason = reason.strip(" .,;")
    return reason if len(reason.split()) >= 2 else None


#: "is due to", "were due to": a schedule when a verb follows ("is due to vote on Monday").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|['’]s|['’]re)[ \t]+$")


def _scheduled_due(lower: str, match: re.Match[str]) -> bool:
    """Whether the cue "due to" is a schedule, not a cause: after a form of "be" and before
    a verb ("The council is due to vote", "was due to be sentenced"); "was due to rain"
    and "due to a strike" keep their cause."""
    if match.group().replace("\n", " ") != "due to" or not _BE_BEFORE.search(
        lower, 0, match.start()
    ):
        return False
    return grammar.is_plain_verb(grammar.word_after(lower, match.end()))


def _cause_construction(text: str) -> str | None:
    """The cause of "for X reasons", "caused by X", "started when X", "blamed X", "X led to"."""
    # Each pattern needs a word most clauses lack; where ``re.I`` folds no other character
    # to an ASCII letter, a substring test on the lower-cased text skips it. Other text
    # runs every pattern.
    plain = text.isascii() or _FOLDS_TO_ASCII.search(text) is None
    lower = text.lower() if plain else None
    found = _FOR_REASONS.search(text) if lower is None or "reasons" in lower else None
    if found:
        return found.group(1)
    if "led" in text and _LED_TO_WORDS.search(text):  # _LED_TO is case-sensitive
        for pattern in _LED_TO:
            found = pattern.search(text)
            if found:
                return found.group("cause").strip(_CAUSE_EDGE) or None
    if "forced" in text:
        forced = _forced_cause(text)
        if forced is not None:
            return forced
    if " by " in text:
        held_back = _held_back_cause(text)
        if held_back is not None:
            return held_back
    if lower is None or _may_cause_an_event(lower):
        caused = _caused_event(text)
        if caused is not None:
            return caused
    if lower is None or " over " in lower:
        called = _CALLED_OVER.search(text)
        if called is not None:
            return called.group("cause").strip(_CAUSE_EDGE) or None
    if lower is not None and not _may_name_cause(lower):
        return None
    found = _CAUSE_AFTER.search(text)
    if found is None:
        return None
    end_match = _CAUSE_END.search(text, found.end())
    end = end_match.start() if end_match else len(text)
    cause = text[found.end() : end].strip(_CAUSE_EDGE)
    # a cause is words: "blamed 🙄" or a bare figure is not one
    cause = re.sub(r"[^\w\s'’-]+", "", cause).strip()
    return cause if re.search(r"[A-Za-z]{3}", cause) else None


def split_clauses(view: View, appositions: tuple[View, list[Clause]] | None = None) -> list[Clause]:
    """Atomic clauses of one sentence's content (attribution already removed).

    ``appositions`` is ``split_appositions(view)`` if the caller has it already.
    """
    uncleft = _without_cleft(view)
    if uncleft is not view:
        view, appositions = uncleft, None
    text = view.text
    if (appositions is None or (appositions[0] is view and not appositions[1])) and _unsplittable(
        text
    ):
        # What every rule below returns when none fires: the clause whole, with its subject
        # and reason (``_split_part`` then ``_coordinated`` with one part).
        return [Clause(view, subject_of(text), "main", find_reason(text))]
    clauses = _split_clauses(view, appositions)
    earlier = earlier_event(view.text)
    if earlier is not None:
        # "The vote came a day after the mayor resigned": the vote's timing, and the news.
        # Not a main clause: a later "it" or "he" still means the main clause's subject.
        later = [
            replace(c, origin="earlier") if c.origin == "main" else c
            for c in split_clauses(view.slice(earlier))
        ]
        clauses = _without_participles_of(clauses, later) + later
    return clauses


#: A cleft sentence: "It was a farmer, Tom Berg, who first saw her": "It was", the doer (a
#: noun phrase opened by a determiner, a figure or a capital, perhaps with a name set off),
#: then "who" and the act.
_CLEFT = re.compile(
    r"(?P<it>[Ii]t[ \t]+(?:was|is)[ \t]+)"
    r"(?P<doer>(?:(?:a|an|the|his|her|their|its|one|two|three)[ \t]+|[A-Z])[^;:\"“”]{1,80}?)"
    r"(?P<who>,?[ \t]+(?:who|that)[ \t]+)(?=[a-z])"
)
#: The doer set against another in a cleft: "It was a survey team, not the volunteers,
#: that found it"; "..., rather than the crew, who ...".
_CLEFT_CONTRAST = re.compile(r",[ \t]+(?:not|rather[ \t]+than)[ \t]+[^,]{2,60}$")


def _without_cleft(view: View) -> View:
    """ "It was a farmer, Tom Berg, who first saw her" -> "a farmer, Tom Berg, first saw
    her": the cleft puts weight on who did it, the claim is the act ("It was the crew, not
    the pilot, that ..." too: the doer set against another). Not when the doer's words
    hold a verb ("It was clear the man who ..."), nor "It was time who" forms without
    a determiner or a name."""
    if "who" not in view.text and "that" not in view.text:  # most clauses: tests in C
        return view
    found = _CLEFT.match(view.text)
    if found is None or grammar.has_verb(found.group("doer")):
        return view
    contrast = _CLEFT_CONTRAST.search(found.group("doer"))
    that = found.group("who").strip(", \t") == "that"
    if that and not grammar.is_finite_start(view.text[found.end("who") :], strict=True):
        return view  # "It was the first time, not the last, that the club ...": no doer
    if contrast is not None:
        # "It was a survey team, not the volunteers, that found it": the doer named, the
        # other left out with its "not", which is no negation of the act
        cut_from = found.start("doer") + contrast.start()
    elif that:
        return view  # "It was a move that angered fans": a relative, no cleft, without a contrast
    else:
        keep_comma = found.group("who").startswith(",")
        cut_from = found.end("doer") + (1 if keep_comma else 0)
    return view.without(cut_from, found.end("who") - 1).without(0, found.end("it"))


def _without_participles_of(clauses: list[Clause], later: list[Clause]) -> list[Clause]:
    """``clauses`` without a closing participle's clause that ``later`` (the earlier
    event's clauses) has too: "The strike came a day after the union met the owners,
    saying the talks had failed" tells what the union said, the nearer subject, once."""
    theirs = [c.view.spans() for c in later if c.origin == "participle"]
    if not theirs:
        return clauses
    return [c for c in clauses if c.origin != "participle" or c.view.spans() not in theirs]


def _unsplittable(text: str) -> bool:
    """Whether no splitting rule can fire on ``text``: it lacks a mark or word that each
    rule needs (substring tests in C; a third of FNC-1 body clauses pass). Which rule needs
    which (``test_split_gate`` runs both paths over many sentences):

    - "," : the long lead (``_long_lead``, ", "), the leading contrast, the comma
      apposition, the relatives (``_TRAILING_RELATIVE``, ", wh"), ", meaning", the trailing
      participle (``_PARTICIPLE``), the added object and ``_COORDINATION``'s comma joiners;
    - ";" : ``_COORDINATION``'s semicolon joiner;
    - "and", "while", "whereas" or "but that" between blanks: ``_COORDINATION``'s other
      joiners and ``_FIGURE_AFTER_AND`` (without a tab, a blank before and after is a space);
    - a dash (``dashes.may_hold_dash``): the dash asides and the dash participle;
    - " to be ": the hearsay description (``_appositions`` tests the same substring);
    - "after" and "came"/"come" (which "comes" holds): the earlier event (``_CAME_AFTER``).
    """
    return not (
        "," in text
        or ";" in text
        or "\t" in text  # rare: tested for rather than every blank pair in the words below
        or " and " in text
        or " while " in text
        or " whereas " in text
        or " but that " in text
        or dashes.may_hold_dash(text)
        or " to be " in text
        or ("after" in text and ("came" in text or "come" in text))
    )


def _split_clauses(view: View, appositions: tuple[View, list[Clause]] | None) -> list[Clause]:
    clauses: list[Clause] = []
    whole = view
    view, asides = _dashed_asides(view)
    if view is not whole:
        appositions = None  # found for the text with its asides
    lead = _long_lead(view)
    setting: list[Clause] = []
    reason = None
    if lead is not None:
        lead_view, view = lead
        appositions = None
        # its subject read without an apposition ("Citing a source, the paper, the Ledger,
        # said ...": the paper cited it)
        setting = _lead_clauses(lead_view, _comma_apposition(view)[0].text)
        # "Citing safety concerns, the airline canceled ...": the cause stays the claim's.
        reason = find_reason(lead_view.text)
    for part in _leading_contrast(view):
        clauses.extend(_split_part(part, appositions if part is view else None))
    if reason is not None:
        # not the author's own description of the subject (an apposition, a relative)
        clauses = [c if c.reason or c.author_voice else replace(c, reason=reason) for c in clauses]
    return clauses + setting + asides


#: "came a day after", "comes two weeks after", "came after": an event timed by another.
_CAME_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?P<lapse>(?:[\w-]+\s+){0,4}?)after\s+(?=\S)")


def earlier_event(text: str) -> int | None:
    """Where the clause of "X came <a while> after <clause>" starts, or None. The clause
    states an event of its own ("The ban came a week after two hikers fell": two hikers
    fell), which other outlets report without the ban. The while is told in
    ``data/lapse_words.txt`` ("came under fire after" is another phrase), and a clause
    follows (``_states_event``: "came after a week of talks" states no event of its own)."""
    if "after" not in text:
        return None  # most clauses: one substring test in C
    match = _CAME_AFTER.search(text)
    if match is None:
        return None
    lapse = match.group("lapse").lower().split()
    if not all(w.isdigit() or w in tables.words("lapse_words.txt") for w in lapse):
        return None
    return match.end() if _states_event(text[match.end() :]) else None


#: Words between a subject and its verb that show the subject is a noun phrase with a
#: clause of its own ("the blast, which ...", "the night when ..."), not a clause's subject.
_INSIDE_SUBJECT = frozenset(", ; : that which who whom whose where when while".split())


def _thousands_comma(words: tuple[str, ...], index: int) -> bool:
    """The comma of "1,200", which ``grammar.tokens`` gives as three words."""
    return (
        words[index] == ","
        and words[index - 1].isdigit()
        and index + 1 < len(words)
        and words[index + 1].isdigit()
    )


def _states_event(text: str) -> bool:
    """``text`` opens with a clause: a subject ("about 300 farmers", "the mayor") and a
    past or auxiliary verb, none of ``_INSIDE_SUBJECT`` between them. "Two days of air
    strikes" (a plural noun, no verb), "calling for a recount", "the night when the dam
    broke" and "months of talks mediated by Peru" are no clause of their own."""
    words = grammar.tokens(text)
    if not words or words[0].lower().endswith("ing"):
        return False
    for index in range(1, min(len(words), 25)):
        if words[index].lower() in _INSIDE_SUBJECT and not _thousands_comma(words, index):
            return False
        if grammar.is_verb(words, index):
            # "talks mediated by Peru": a participle after its noun, no clause's verb
            by_follows = index + 1 < len(words) and words[index + 1].lower() == "by"
            if by_follows and grammar.is_past_participle(words[index]):
                return False
            return grammar.verb_form(words[index]) in ("aux", "past")
    return False


# A long phrase before the main clause ("During a visit to the plant last spring, the
# minister said ..."; "Responding to questions from reporters, she said ..."): the main
# clause is the claim, the phrase its setting. Short ones ("In May, ...") stay, and so does
# a phrase with a figure or a date word, which a claim is compared on.
_LEAD_OPENERS = frozenset(
    "in during after before since on at for with under amid despite following without "
    "throughout within as when once until considering given regarding concerning barring "
    "notwithstanding".split()
)
#: Openers of a time clause ("As the guards changed shifts, ..."), kept whole.
_TIME_OPENERS = frozenset("after before since as when once until".split())
#: "In addition to X and Y, the group will include Z": the phrase names members too.
_ADDITIVE_LEAD = re.compile(r"(?:in[ \t]+addition|besides|along[ \t]+with|apart[ \t]+from)\b", re.I)
_LEAD_MIN_WORDS = 6
_DATE_OR_FIGURE = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|week|month|year|"
    r"two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|ago)\b",
    re.I,
)


def _long_lead(view: View) -> tuple[View, View] | None:
    """The long leading phrase and the main clause after it, or None."""
    text = view.text
    first = _WORD.search(text)
    if first is None:
        return None
    opener = first.group(0).lower()
    span = grammar.TIME_SPAN_LEAD.match(text) is not None
    participle = opener not in _LEAD_OPENERS and not span
    if participle and not (_ing_lead(opener) or _passive_lead(text, first)):
        return None
    if _ADDITIVE_LEAD.match(text):
        return None
    # Only the first comma: a later one may sit inside the subject ("After the show,
    # hosts of the Emmys, Oscars and Tonys have agreed ...").
    comma = text.find(", ", first.end(), 240)
    if comma < 0:
        return None
    lead, rest = text[:comma], text[comma + 2 :]
    if not _lead_stands_apart(lead, participle) or _open_quotes(text, 0, comma):
        return None
    if participle and _gerund_subject(lead[first.end() :]):
        return None  # "Fighting also continued in Kelby, the village where ...": a clause
    if not _opens_main_clause(rest, after_participle=participle) and not (
        # "Citing a source, the paper, the Ledger, said ...": its subject's apposition
        participle and _opens_main_clause(_comma_apposition(view.slice(comma + 2))[0].text)
    ):
        return None
    if _AUXILIARY_WORD.search(lead) or (
        (opener in _TIME_OPENERS or span) and grammar.has_verb(lead)
    ):
        # "As the guards changed shifts, ...": a clause of its own, kept with the claim it
        # sets the scene for; "Releasing the film in May would be brave, ...": not a lead.
        return None
    if not participle and find_reason(lead) is not None:
        return None  # "In response to the report, ...": the claim's stated cause
    return view.slice(0, comma), view.slice(comma + 2)


def _gerund_subject(after: str) -> bool:
    """Whether the words after a leading -ing word open with a finite verb, perhaps after
    an adverb ("Fighting also continued ...", "Shelling resumed ..."): the -ing word is the
    clause's subject, no participle of a phrase."""
    words = after.split()
    adverb = False
    while words and grammar.is_preverbal_adverb(words[0].lower()):
        words, adverb = words[1:], True
    if not words or not grammar.is_finite_start(" ".join(words[:3]), strict=True):
        return False
    if adverb:
        return True
    # no adverb: "Describing reports of ...", "Citing published reports": a noun or an
    # adjective may follow the participle; only an auxiliary, or a past before a
    # preposition or a day ("Shelling resumed on Monday"), is the clause's verb
    if grammar.verb_form(words[0]) == "aux":
        return True
    following = words[1].lower() if len(words) > 1 else ""
    return grammar.verb_form(words[0]) == "past" and (
        following in tables.words("prepositions.txt") or following in _WEEKDAY_WORDS
    )


_WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)


def _ing_lead(opener: str) -> bool:
    """ "Citing safety concerns, ...": an -ing word that is a participle."""
    return opener.endswith("ing") and opener not in tables.words("not_participles.txt")


def _passive_lead(text: str, first: re.Match[str]) -> bool:
    """ "Born in 1971, ...", "Armed with rifles, ...", "Founded by two students, ...": a
    capitalised past participle and then a preposition. WHY the preposition: a participle
    before a noun is the subject's adjective ("Armed men stormed the bank, police said")."""
    opener = first.group(0)
    lower = opener.lower()
    if not opener[:1].isupper() or not grammar.is_past_participle(opener):
        return False
    irregular = irregular_lemmas().get(lower)
    if irregular is not None and irregular not in verbs():
        return False  # "People in the industry, I think ...": a noun's irregular plural
    after = _WORD.search(text, first.end())
    return after is not None and after.group(0).lower() in tables.words("prepositions.txt")


#: "... and leaving a trail": a second participle, an act the copula cannot carry.
_LATER_PARTICIPLE = re.compile(r"[ \t]and[ \t]+\w+ing\b")


def _holds_a_present_verb(subject: str) -> bool:
    """ "Banksy displays his art and even", "Kim's mother covers her mouth and": a subject
    that ran past its verb, an -s form right after a name or that the verb list knows."""
    words = subject.split()
    last = words[-1].lower()
    adverb = grammar.is_preverbal_adverb(last) and last not in tables.words("ly_nouns.txt")
    if last in tables.words("prepositions.txt") or adverb:
        return True  # "... and bursts into", "... and even": no noun phrase ends so
    return any(
        word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and (words[index - 1][:1].isupper() or verb_lemma(word) in verbs())
        for index, word in enumerate(words[1:], 1)
    )


def _plural_noun_phrase(subject: str) -> bool:
    """ "three workers", "they", "Obama and the Pentagon": a subject that takes "were"."""
    lower = subject.lower()
    last_word = lower.rsplit(None, 1)[-1]
    return (
        lower in ("they", "we", "you")
        or " and " in lower
        or (
            subject.rsplit(None, 1)[-1][:1].islower()
            and last_word.endswith("s")
            and not last_word.endswith(("ss", "'s", "’s"))
        )
    )


def _lead_stands_apart(lead: str, participle: bool) -> bool:
    """A participle phrase ("Citing safety concerns") is a claim of its own whatever its
    length or figures (``_lead_clauses``); a prepositional one is left out of the claim,
    so only a long one without a figure or date word, which a claim is compared on."""
    if participle:
        return len(lead.split()) >= 2
    return len(lead.split()) >= _LEAD_MIN_WORDS and not _DATE_OR_FIGURE.search(lead)


_AUXILIARY_WORD = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|has|have|had|may|might|must|should|does|did)\b"
)
#: Words that do not open a main clause after a leading phrase ("..., as it would ..."); a
#: relative pronoun there belongs to the phrase ("Citing the cost, which had doubled, ...").
_NOT_SUBJECT_START = frozenset(
    "of by for to with from in on at as than which who whom whose".split()
)


def _opens_main_clause(text: str, *, after_participle: bool = False) -> bool:
    """A subject (a name, a determiner, a pronoun, a figure) then a firm verb. After a
    leading participle a bare plural opens the clause too ("Setting the tone, members of
    the House began ..."): nothing else can follow the participle's comma."""
    first = _WORD.search(text)
    if first is None or first.group(0).lower() in _NOT_SUBJECT_START:
        return False
    if after_participle and first.group(0).islower():
        text = text[: first.start()] + text[first.start()].upper() + text[first.start() + 1 :]
    return grammar.clause_verb_is_firm(text)


def _lead_clauses(lead: View, main: str) -> list[Clause]:
    """What a long leading phrase states on its own: a participle about the main subject
    ("Responding to critics, the mayor said ..." -> "The mayor responded to critics"); a
    prepositional phrase ("In a statement after the meeting") states nothing of its own."""
    verb, _, rest = lead.text.partition(" ")
    lower = verb.lower()
    phrase = f"{lower} {rest.partition(' ')[0].lower()}"
    empty = tables.words("empty_lead_participles.txt")
    if lower in _LEAD_OPENERS or lower in empty or phrase in empty:
        return []
    if grammar.TIME_SPAN_LEAD.match(lead.text):
        return []  # "Days before the vote": when, no act of the subject's
    if not lower.endswith("ing"):
        return _passive_lead_clause(lead, main, lower)
    if lower in tables.words("not_participles.txt"):
        return []
    subject = subject_of(main)
    if subject is None or not _participle_subject(subject):
        return []
    past = grammar.past_of_participle(verb)
    clause = lead.slice(len(verb) + 1).prepend(f"{subject} {past} ")
    return [Clause(clause, subject, "participle")]


def _passive_lead_clause(lead: View, main: str, participle: str) -> list[Clause]:
    """ "Born in 1971, Tom Berg ..." -> "Tom Berg was born in 1971": the participle is said
    of the main clause's subject, in the main verb's tense for a state ("Based in Oslo,
    the firm employs ..." -> "The firm is based in Oslo"), else in the past."""
    subject = bare_subject(subject_of(main))
    if (
        subject is None
        or not _participle_subject(subject)
        or verb_lemma(participle) in tables.words("no_passive_verbs.txt")  # "Arrived in May"
        or not _RELATIVE_WORDS.isdisjoint(subject.lower().split())  # the verb was a relative's
        or _LATER_PARTICIPLE.search(lead.text)  # "Mounted with a gun and leaving ...": two acts
        or _holds_a_present_verb(subject)
    ):
        return []
    verb = grammar.first_verb(main) or ""
    present = participle in tables.words("state_participles.txt") and (
        verb.lower() in ("is", "are", "has", "have") or grammar.verb_form(verb) == "present"
    )
    plural = _plural_noun_phrase(subject)
    copula = ("are" if plural else "is") if present else ("were" if plural else "was")
    clause = lead.slice(len(participle) + 1).prepend(f"{subject} {copula} {participle} ")
    return [Clause(clause, subject, "participle")]


def split_leading_contrast(view: View) -> list[View]:
    """ "Although A, B" -> [A, B] when both have a verb; [view] otherwise."""
    return _leading_contrast(view)


def _leading_contrast(view: View) -> list[View]:
    match = _LEADING_CONTRAST.match(view.text)
    if match is None:
        return [view]
    head = view.slice(len(match.group("opener")) + 1, match.end() - 2)
    rest = view.slice(match.end())
    if not grammar.has_verb(head.text) or not grammar.has_verb(rest.text):
        return [view]
    return [head, rest]


def _split_part(view: View, appositions: tuple[View, list[Clause]] | None = None) -> list[Clause]:
    main, extras = _appositions(view) if appositions is None else appositions
    main, relatives = _trailing_relative(main)
    extras = relatives + extras
    subject = subject_of(main.text)
    main, absolute = _with_absolute(main)
    main, reason, participle = _trailing_participle(main, subject)
    clauses = _coordinated(main, subject, reason)
    if participle is not None:
        clauses.extend(_participle_conjuncts(participle))
    if absolute is not None:
        clauses.append(absolute)
    return clauses + extras


#: A second absolute phrase joined by "and" ("... and shops and bakeries reopening").
_SECOND_ABSOLUTE = re.compile(r"(?<![\w-])and[ \t](?:[^,;]{0,60}[ \t])?[a-z]{3,}ing\b")


def _in_the_past(verb: str) -> bool:
    """Whether a clause's first verb is in the past: "fell", "was", "had" ("had fallen")."""
    return verb.lower() in _PAST_AUXILIARIES or grammar.verb_form(verb) == "past"


_PAST_AUXILIARIES = frozenset(("was", "were", "had", "did"))


#: "..., with two of the seven members voting to hold rates": a clause's closing phrase of
#: "with", a noun phrase and an -ing verb (an absolute construction).
_WITH_ABSOLUTE = re.compile(
    r",[ \t]+with[ \t]+(?P<noun>[^,;:\"“”]{2,80}?)[ \t]+(?P<verb>[a-z]{3,}ing)\b"
    r"(?P<rest>[^;]{0,300})$"
)


def _with_absolute(main: View) -> tuple[View, Clause | None]:
    """ "The vote was not unanimous, with two members voting to hold rates" -> "The vote was
    not unanimous" and "Two members voted to hold rates": the phrase states a fact of its
    own, about its own subject, and left in the clause it keeps the clause from meeting
    another outlet's "The vote was unanimous". Only after a main verb in the past, whose
    tense the new clause takes; the noun phrase holds no verb of its own."""
    if ", with " not in main.text:
        return main, None  # most clauses: one substring test in C
    found = _WITH_ABSOLUTE.search(main.text)
    if found is None:
        return main, None
    noun, verb = found.group("noun"), found.group("verb")
    lemma = verb_lemma(verb)
    if (
        lemma not in verbs()
        or verb in tables.words("not_participles.txt")
        # "with the goal of letting ...": the -ing word is a preposition's object
        or noun.split()[-1].lower() in tables.words("prepositions.txt")
        # "with banks reopening and shops closing": two phrases, left whole
        or _SECOND_ABSOLUTE.search(found.group("rest")) is not None
        or grammar.has_verb(f"the {noun}")  # "the" first: "banks" is no verb here
        or not _in_the_past(grammar.first_verb(main.text[: found.start()]) or "")
    ):
        return main, None
    past = grammar.past_tense(lemma)
    head = main.slice(0, found.start())
    noun_view = main.slice(found.start("noun"), found.end("noun"))
    rest = main.slice(found.end("verb")).pieces
    clause = View([*noun_view.pieces, Piece(-1, f" {past}"), *rest], main.kept)
    return head, Clause(clause, noun, "participle")


#: "..., killing four and wounding nine": a second participle joined by "and".
_SECOND_PARTICIPLE = re.compile(r"(?<![ \t])[ \t]+and[ \t]+(?P<verb>[a-z]{3,}ing)\b")


_ING_WORD = re.compile(r"\b[a-z]{3,}ing\b")


def _ing_modifier(words: str) -> bool:
    """ "citing falling sales and rising costs": an -ing word before the "and" modifies a
    noun, and the one after it is its parallel ("rising costs"), no second act."""
    not_participles = tables.words("not_participles.txt")
    return any(found.group() not in not_participles for found in _ING_WORD.finditer(words))


def _participle_conjuncts(clause: Clause) -> list[Clause]:
    """ "Gunmen killed at least 8 and kidnapping others" (from "..., killing at least 8
    and kidnapping others") -> "Gunmen killed at least 8", "Gunmen kidnapped others": the
    second participle is an act of the same subject."""
    text = clause.view.text
    if " and " not in text or clause.subject is None:
        return [clause]  # most participle clauses: one substring test in C
    match = _SECOND_PARTICIPLE.search(text)
    if (
        match is None
        or match.group("verb") in tables.words("not_participles.txt")
        or _open_quotes(text, 0, match.start())
        or _ing_modifier(text[len(clause.subject) : match.start()])
    ):
        return [clause]
    verb = match.group("verb")
    if verb in _PARTICIPLES:  # "wounding" -> "wounded", not "wound" (of "wind")
        past = grammar.past_tense(verb_lemma(verb))
    else:
        past = grammar.past_of_participle(verb)
    first = clause.view.slice(0, match.start())
    second = clause.view.slice(match.end()).prepend(f"{clause.subject} {past}")
    return [replace(clause, view=first), replace(clause, view=second)]


#: A pronoun with its verb run in ("They've", "it’s", "We're"), as the subject's first word
#: (perhaps after a quotation mark) or after a comma or colon: the verb stands inside the word,
#: so the words read before the next verb are no subject ("It’s been shared": It). Not
#: later in a phrase ("The next film you'll see", "what I'd say": a relative clause's).
_CONTRACTED_PRONOUN = re.compile(
    r"(?:^[\"“‘']?|[,:][ \t]+)(?P<pronoun>(?:[Ii]|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|"
    r"[Tt]hat|[Tt]here|[Hh]ere))[’'](?:s|re|ve|ll|d|m)(?![\w’'-])"
)


#: First and second persons: in a quotation they are its speaker and hearer, whom the
#: matcher reads from the tag, not from a subject.
_SPEAKERS_OWN = frozenset(("i", "we", "you"))


def subject_of(text: str) -> str | None:
    """The words before a clause's first verb, after a leading adverbial ("Since 1979, ",
    "Now ") and without a connective set off before the verb (", however,"); None when
    there is no verb or the subject would be over 12 words."""
    start = _after_leading_adverbial(text)
    end = grammar.subject_end(text[start:])
    if end <= 0:
        # "They’re more human than ...", "It’s a big step": the verb is run into the
        # pronoun that opens the clause, so no word after it was read as one
        quoted = "’" in text or "'" in text
        contracted = _CONTRACTED_PRONOUN.match(text[start:]) if quoted else None
        if contracted is None or contracted.group("pronoun").lower() in _SPEAKERS_OWN:
            return None  # "I’m tired": the speaker's own words, read as before
        return contracted.group("pronoun")
    # an opening mark before the verb is the quotation's ('the port "will stay shut"')
    subject = text[start : start + end].strip(" ,").rstrip(' \t"“‘')
    if (
        subject.lower() in _SPEAKERS_OWN
        and text[start + end : start + end + 1] in ("'", "’")
        and not grammar.has_verb(text[start + end + 2 :])
    ):
        return None  # "I’m looking at ...": the speaker's own words, as above
    if "'" in subject or "’" in subject:
        contracted = _CONTRACTED_PRONOUN.search(subject)
        if contracted is not None:
            return contracted.group("pronoun")  # "They've also ...", "It’s been ...": They, It
    rest, comma, last = subject.rpartition(", ")
    if comma and rest and last.lower() in grammar.COMMA_CONNECTIVES:
        subject = rest  # "Most analysts, however, think ...": Most analysts
    elif comma and rest and _set_scene(rest, last):
        subject = last.strip()  # "Soon after, she ...", "Laughing, he ...": she, he
    if subject[:1] in _OPENING_MARKS and not any(m in subject[1:] for m in _CLOSING_MARKS):
        subject = subject[1:].lstrip()  # '"They are ...' with its quotation mark cut off: "They"
    subject = _without_floating_quantifier(subject)
    head, comma, aside = subject.partition(", ")
    if comma and _count_of_the_head(aside.rstrip(" ,")):
        subject = head  # "Everyone aboard, 212 passengers in all,": Everyone aboard
    if subject and len(subject.split()) > _MAX_SUBJECT_WORDS:
        # "A resident who had played football with him when they were young, said": the
        # noun before a long relative is who is meant
        subject = _before_the_relative(subject)
    if not subject or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return None
    return subject


#: Quantifiers that float after a plural subject, before its verb ("The mill and the brewery
#: both closed", "They all left"), and the pronouns they float after.
_FLOATING_QUANTIFIERS = frozenset(("both", "all", "each"))
_PLURAL_PRONOUNS = frozenset("it they we you these those".split())


def _without_floating_quantifier(subject: str) -> str:
    """``subject`` without a quantifier that floats at its end ("The mill and the brewery
    both": The mill and the brewery): it tells how many of the subject acted, and is no
    part of who did. Only after what it can float from: two joined, a plural, a name or
    a pronoun ("They all"); "Best of all", "not all", "At first all" keep it."""
    head, _, last = subject.rpartition(" ")
    if not head or last.lower() not in _FLOATING_QUANTIFIERS:
        return subject
    before = head.rsplit(None, 1)[-1].rstrip(",")
    if before.lower() in tables.words("prepositions.txt"):
        return subject  # "the shock of all", "officials from both"
    floats = (
        " and " in head
        or before.lower() in _PLURAL_PRONOUNS
        or before[:1].isupper()
        or (before.islower() and before.endswith("s") and not before.endswith("ss"))
    )
    return head.rstrip(" ,") if floats else subject


#: Words a subject may have; a longer one is most often a misread clause.
_MAX_SUBJECT_WORDS = 12
#: A relative pronoun inside a subject (``grammar`` reads past its clause to the main verb).
_SUBJECT_RELATIVE = re.compile(r"(?<![ \t,])(?:[ \t]*,)?[ \t]+(?:who|which|whose)(?![\w'’-])")


def _before_the_relative(subject: str) -> str:
    """The words of ``subject`` before its first relative pronoun ("A resident who had
    played football ...": "A resident"), or "" when it has none or nothing before it."""
    found = _SUBJECT_RELATIVE.search(subject)
    if found is None:
        return ""
    head = subject[: found.start()].rstrip(" ,—–-")
    last = head.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in tables.words("prepositions.txt"):
        head = last[0]  # "the two instances in which ...": the preposition is the relative's
    return head


#: Words that open a phrase setting the scene before a subject: adverbs of time and
#: sequence (prepositions, participles and years are read as such too).
_SCENE_WORDS = frozenset("so soon then again once still even though however yet".split())
#: Words that show the words after a comma go on with a list, a relative or an aside.
_NOT_A_SUBJECT_START = frozenset(
    "which who whom whose and or but along together including as not".split()
)


def _set_scene(head: str, tail: str) -> bool:
    """Whether ``head``, before the subject's last comma, is a phrase that sets the scene
    ("Soon after", "Laughing", "Beyond just syncing your files", "2002") and ``tail`` a
    subject of its own, not a list's next item or a relative ("The villa, the lodge and
    the stables", "Bale, who"). Read when the leading adverbial was not skipped already
    (``_after_leading_adverbial``), as after a connective ("Indeed, in May, ...")."""
    words = tail.split()
    if not words or words[0].lower() in _NOT_A_SUBJECT_START:
        return False
    if not _opens_a_noun(words[0]) and not _bare_plural_noun(words):
        return False
    opening, _, rest = head.partition(", ")
    if rest and " " not in opening and grammar.is_ly_adverb(opening.lower()):
        # "Recently, after the pains began, the sister ...": an adverb set off before the
        # phrase that sets the scene ("Italy, Spain and France" is a list: no scene after)
        return _set_scene(rest, tail)
    first = head.split(None, 1)[0].lower().lstrip("\"“‘'")
    return (
        first in _SCENE_WORDS
        or first in tables.words("prepositions.txt")
        or first in _SCENE_OPENERS
        or (first.endswith("ing") and len(first) > 5)
        or _participle_lead(first, words)
        or first.isdigit()
    )


#: Participles that stand before a noun to doubt or label it ("Alleged attacker Ana Ruiz,
#: 40, ..."), no lead of their own.
_LABELLING_PARTICIPLES = frozenset("alleged accused suspected purported so-called named".split())


def _participle_lead(first: str, tail: list[str]) -> bool:
    """Whether a phrase opened by the past participle ``first`` sets the scene ("Seen here
    with a toy, the woman ...", "Located in Lake Mälaren, the island ..."), before a subject
    ``tail`` that is no figure (an age after a name: "Alleged attacker Ana Ruiz, 40")."""
    return (
        first.isalpha()
        and len(first) > 3
        and first not in _LABELLING_PARTICIPLES
        and not tail[0][:1].isdigit()
        and grammar.is_past_participle(first)
    )


def _bare_plural_noun(words: list[str]) -> bool:
    """A plural noun without a determiner, perhaps after an adjective or two ("officials",
    "local officials", "police"): a subject after a phrase that sets the scene ("In a
    briefing on Tuesday, officials declined ..."), as a name or "the officials" is."""
    last = words[-1]
    return (
        len(words) <= 3
        and all(word.isalpha() and word.islower() for word in words)
        and words[0] not in _CLAUSE_WORDS
        and ((last.endswith("s") and not last.endswith(("ss", "us", "is"))) or last in _PLURALS)
    )


#: Words that open a clause, not a noun phrase: "Even in Vessia, where jobs ...".
_CLAUSE_WORDS = frozenset("where when while if because since although though unless".split())
#: Plural nouns that do not end in "s".
_PLURALS = frozenset("police people staff crew children".split())


def _opens_a_noun(word: str) -> bool:
    """A subject's first word: a determiner, a pronoun, a capitalised word or a figure."""
    lower = word.lower()
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or lower in _DETERMINERS_BEFORE_NOUN
        or lower in SUBJECT_PRONOUNS
    )


# Cached: a claim's subject is most often one met before in the article ("The company",
# "Police said"): about 0.6 repeats per call on FNC-1 bodies.
@lru_cache(maxsize=4096)
def bare_subject(subject: str | None) -> str | None:
    """``subject`` without the adverbs that stood between it and its verb ("Apple also",
    "The rebels then", "Rats probably": Apple, The rebels, Rats; data/preverbal_adverbs.txt
    and lower-case -ly adverbs). WHY not in ``subject_of``: a subject copied into a second
    clause keeps them ("The mayor never paid the fine and left" -> "The mayor never left",
    "X reportedly ..." keeps its hedge); the claim's subject field is who or what it is
    about. A one-word subject, or one whose rest would end in a function word ("not only",
    "the only"), stays as it is. A sentence adverb set off before the subject goes too
    ("Separately, the council": the council)."""
    if subject is None or " " not in subject:
        return subject
    opening = _after_opening_adverb(subject)
    if opening:
        subject = subject[opening:]
        if " " not in subject:
            return subject
    subject = _without_leading_time(subject)
    timed = _TRAILING_DAY.search(subject)
    if timed and timed.start() > 0:
        subject = subject[: timed.start()].rstrip(" ,")  # "Ana Ruiz on Friday": Ana Ruiz
        if " " not in subject:
            return subject
    head = subject
    while " " in head:
        rest = _without_last_adverb(head)
        if rest is None:
            break
        head = rest
    if head is subject:
        return subject
    head = head.rstrip(_SUBJECT_END_MARKS)  # "The report — likely leaked": The report
    last = head.rpartition(" ")[2].lower()
    if (
        last in _NOT_A_SUBJECT_END
        or last.endswith(("'s", "’s", "s'", "s’"))  # "Libya's newly elected", "Sugarhill's only"
        or not _RELATIVE_WORDS.isdisjoint(subject.lower().split()[1:])  # not "That ferry"
    ):
        # what is left is no subject, or the adverb may be a relative clause's ("People
        # who treat them poorly just ...")
        return subject
    return head


#: A day between a subject and its verb ("Ana Ruiz on Friday released", "The mayor late
#: on Monday signed"): when, not who. Not "on Sunday", as for speakers
#: (speakers._TRAILING_DAY): "The Mail on Sunday" is a name.
def _without_leading_time(subject: str) -> str:
    """``subject`` without a phrase that opens it with no comma after it: "In 2001
    Taylor", "After a week Shen", "On Monday an enforcement officer", "During this period
    her name", "at the age of 22 she", "in the end we", "In those images the boy": who or
    what the clause is about starts at a pronoun, at a name or a determiner right after a
    word of time, or at a determiner right after a noun (a phrase's noun takes no second
    determiner: "In America the rate", but "In the heart of the city" goes on). Other
    phrases stay ("In northern Syria Kurdish fighters": where a place name ends is unclear)."""
    words = subject.split()
    opener = words[0].lower()
    if opener not in _SUBJECT_PHRASE_OPENERS or (opener == "at" and words[1].lower() == "least"):
        return subject
    named = False  # a name before the pronoun may be whom it stands for: kept
    for index in range(2, len(words)):
        word, before = words[index], words[index - 1]
        lower = word.lower()
        after_time = _is_time_word(before)
        if (
            (lower in SUBJECT_PRONOUNS and not named)
            # not "that": "after the strike on Monday that ..." opens a clause of the time
            or (
                lower in _DETERMINERS_BEFORE_NOUN
                and lower != "that"
                and (after_time or _ends_a_noun_phrase(before))
                # "For the second time this year the actor": "this year" is more time
                and not (index + 1 < len(words) and _is_time_word(words[index + 1]))
            )
            or (after_time and word[:1].isupper() and lower not in CALENDAR_NAMES)
        ):
            return " ".join(words[index:])
        named = named or (word[:1].isupper() and lower not in CALENDAR_NAMES)
    return subject


#: Prepositions that open a phrase setting the scene before a subject with no comma.
_SUBJECT_PHRASE_OPENERS = frozenset(
    "in on at after before during since until by from for within throughout amid".split()
)


def _ends_a_noun_phrase(word: str) -> bool:
    """A word that can end a phrase's noun: a content word, not a function word ("of",
    "the", "and") nor a verb's -ing form ("In addition to selling the crop they"), after
    which a determiner goes on with the same phrase."""
    lower = word.lower()
    return word.isalpha() and not lower.endswith("ing") and lower not in tables.function_words()


def _is_time_word(word: str) -> bool:
    lower = word.lower().rstrip(",")
    return lower in CALENDAR_NAMES or lower in _SUBJECT_TIME_NOUNS or lower[:1].isdigit()


_SUBJECT_TIME_NOUNS = frozenset(
    "day days week weeks month months year years hour hours time period moment morning "
    "afternoon evening night weekend decade decades season end point stage".split()
)


_TRAILING_DAY = re.compile(
    r"(?<![ \t])(?:[ \t]+(?:late|early))?(?:[ \t]+on[ \t]+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)"
    r"|[ \t]+(?:yesterday|today|tonight))$"
)


def _without_last_adverb(head: str) -> str | None:
    """``head`` without the preverbal adverb (or phrase: first, "most likely" before
    "likely") that ends it, or None."""
    rest, _, last = head.rpartition(" ")
    last = last.lstrip('"“')  # 'It "deeply regretted"': the quotation opens at the adverb
    if not last.islower() or not last.isalpha():
        return None  # a name, or a word with a mark: "Kelly", "father—formerly"
    lower = head.lower()
    for phrase in _PREVERBAL_PHRASES:
        if lower.endswith(phrase):
            return head[: -len(phrase)].rstrip() or None
    if last in grammar.PREVERBAL_ADVERBS or (
        len(last) > _SHORTEST_LY_ADVERB and grammar.is_ly_adverb(last) and not _not_an_adverb(last)
    ):
        return rest.rstrip() or None
    return None


#: Several words, each with the blank before it: " most likely".
_PREVERBAL_PHRASES = tuple(
    f" {w}" for w in sorted(tables.words("preverbal_adverbs.txt")) if " " in w
)
#: "ally", "only": no -ly adverb is this short.
_SHORTEST_LY_ADVERB = 4
#: Words a subject does not end with: what is left of "the only", "not only", "More
#: likely" is no subject.
_NOT_A_SUBJECT_END = frozenset(
    "the a an its their his her our your this these those some any no every each of by for "
    "to with from in on at as than not and or but nor most more less very right so".split()
)
#: Relative words: a subject that holds one ends in a relative clause, whose adverb its
#: last word may be.
_RELATIVE_WORDS = frozenset("who which that whom whose".split())
#: Marks left at the end of a subject once its adverb is out.
_SUBJECT_END_MARKS = " ,;:—–-"


#: Quotation marks that open a clause (its subject holds no closing one); a connective may
#: follow one ('"Still, the council'). A string, for ``str.lstrip``; and as a set.
_OPENING_QUOTES = "\"“‘'"
_OPENING_MARKS = frozenset(_OPENING_QUOTES)
_CLOSING_MARKS = "\"”’'"


_ADVERBIAL_OPENERS = frozenset(
    "since in on at for after before during with as by from amid despite internationally "
    "overall meanwhile instead however earlier later last this when if once until under to "
    "while although though because unless whereas".split()
)
#: Prepositions and adverbs that open a scene before its comma ("Following the raid,
#: police ...", "Unlike its rivals, the firm ..."): read as ``_ADVERBIAL_OPENERS`` when no
#: verb stands before the comma (else the comma is a later one: "Prior to the raid police
#: seized 40 guns, killing ..."). Not "over" or "about", which open a figure as often ("About
#: 300 people, mostly pilots, ...").
_SCENE_OPENERS = frozenset("following shortly prior due unlike like upon within throughout".split())
#: One adverb that opens a sentence without a comma and is never part of its subject
#: ("Now Kim ...", "Meanwhile the council ..."). Not "today" or "yesterday": those are
#: subjects too ("Today is the deadline").
_SENTENCE_ADVERBS = frozenset(
    "now meanwhile still then later earlier separately instead previously recently finally "
    "eventually currently already".split()
)
#: Adverbs that sharpen a lead clause or phrase before its opener ("Even when", "Just as",
#: "Shortly after", "Long before"): the lead is read as without them.
_FOCUS_ADVERBS = frozenset("even just only shortly soon right immediately long".split())
#: Openers of a clause that may lead the sentence without a comma ("When the ferry returned
#: it had lost a mast").
_CLAUSE_SUBORDINATORS = frozenset(
    "when after before if once since until while because although though unless".split()
)
#: The openers they sharpen: those subordinators, and "as" ("Just as the storm hit, ...").
_FOCUSED_OPENERS = _CLAUSE_SUBORDINATORS | {"as"}


def lead_end(text: str) -> int:
    """Where a clause's subject starts past what leads it ("Since 1979, ", "When he returned
    "), or 0 when nothing does."""
    return _after_leading_adverbial(text)


def _past_a_lead_clause(text: str, start: int) -> int:
    """``start``, or past the lead clause that opens there with a subordinator of
    ``_FOCUSED_OPENERS`` ("when the ferry docked, "), read as the sentence's own would be."""
    following = _WORD.match(text, start)
    if following is None or following.group(0).lower() not in _FOCUSED_OPENERS:
        return start
    rest = _after_leading_adverbial(text[start:])
    return start + rest if rest else start


#: A conjunction (or "also") that may open a sentence before its adverbial ("But on
#: Tuesday, ...", "Also on Tuesday, ...").
_LEADING_CONJUNCTIONS = frozenset("but and yet so also".split())
#: Words that end a time phrase after a sentence adverb ("Earlier this week,", "Later that
#: day,", "Earlier on Monday,"): the phrase and its comma open the sentence, no subject.
_TIME_NOUNS = frozenset(
    "day week month year morning afternoon evening night weekend today yesterday tonight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: Words a time phrase after a sentence adverb may hold before its last one.
_MAX_TIME_PHRASE_WORDS = 4
#: A word as ``str.split`` sees it (re's ``\s`` is the same set of blanks): the first one
#: is found without copying the rest of the text as ``split(None, 1)`` does.
_WORD = re.compile(r"\S+")


# Cached: a clause's subject is looked for by ``subject_of``, then the same clause text is
# read again by the apposition, participle and coordination rules (0.76 repeats per
# sentence on FNC-1 bodies).
@lru_cache(maxsize=4096)
def _after_leading_adverbial(text: str) -> int:
    """Skip "Since 1979, " / "In Gaza, " / "For Iran, " / "But on Tuesday, " before the
    subject."""
    first = _WORD.search(text)
    if first is None:
        return 0
    word = first.group(0).lower()  # lowered once: this runs on every clause
    if word in _LEADING_CONJUNCTIONS and word in _CONNECTIVE_FIRST_WORDS:
        # "So far, 30 people, mostly guards, were ...", "Yet again, ...": a connective that
        # opens with a conjunction's word
        connective = _after_connective(text, first.start())
        if connective:
            return _after_connective(text, connective) or connective
    joined = False
    while word in _LEADING_CONJUNCTIONS:
        first = _WORD.search(text, first.end())
        if first is None:
            return 0
        word, joined = first.group(0).lower(), True
    connective = (
        _after_connective(text, first.start())
        if word.lstrip(_OPENING_QUOTES).rstrip(",") in _CONNECTIVE_FIRST_WORDS
        else 0
    )
    if connective:
        # "Again, though, everyone ...": a second connective. WHY not any opener after it:
        # a time without its comma ("However, in 2005 he was ...") would be read to the
        # next comma, far into the clause; a lead clause is ("Then, when the ferry docked,
        # the crew left": its own subordinator opens it).
        return _after_connective(text, connective) or _past_a_lead_clause(text, connective)
    if _is_evaluative_adverb(word.lstrip(_OPENING_QUOTES)):
        # "Sadly, however, the pier ...": what follows the comment may open with its own
        start = _after_evaluative_adverb(text, first.end())
        return start + _after_leading_adverbial(text[start:]) if start else 0
    if word in _SENTENCE_ADVERBS:
        # "Now Kim is due to ...", "Meanwhile the council ...": no comma to look for, but
        # for a time phrase ("Earlier this week, ...")
        timed = _after_time_phrase(text, first.end())
        if timed:
            return timed
        subject = _WORD.search(text, first.end())
        return _past_a_lead_clause(text, subject.start()) if subject is not None else 0
    if word in _FOCUS_ADVERBS:
        # "Even when ferries are late, passengers ...", "Just as the storm hit, ...": the
        # adverb only sharpens the lead that follows it
        following = _WORD.search(text, first.end())
        if following is not None and following.group(0).lower() in _FOCUSED_OPENERS:
            rest = _after_leading_adverbial(text[following.start() :])
            return following.start() + rest if rest else 0
    if word.rstrip(",") in _SCENE_OPENERS:
        comma = text.find(", ", 0, 160)
        if comma > 0 and not grammar.has_verb(text[first.start() : comma]):
            return comma + 2
        return 0
    if word.rstrip(",") not in _ADVERBIAL_OPENERS and grammar.TIME_SPAN_LEAD.match(text) is None:
        # "But NASA scientists have ...", "And yet no outlet has ...": the conjunction joins
        # the sentence to the one before; the subject is what follows it
        opens = (
            joined
            and (
                word in _SUBJECT_OPENERS
                or grammar.contracted_verb_offset(word) > 0  # "So it's ...", "But there's ..."
                or (
                    first.group(0)[:1].isupper()
                    and not word.endswith(",")  # "Also Tuesday, ...": when, then the subject
                    and word not in CALENDAR_NAMES
                )
            )
        )
        return first.start() if opens else 0
    comma = text.find(", ", 0, 160)
    if word in _TIME_DETERMINERS and comma > 0 and not _time_lead(text[:comma]):
        # "This is Ana Roth, a nurse, ...", "This new ferry, the largest yet, ...": a subject,
        # no "This week," lead
        return 0
    if (
        comma > 0
        and text[:comma].rsplit(None, 1)[-1].lower() in _ASIDE_OPENERS
        and grammar.has_verb(text[:comma])
    ):
        # "As a teenager Ana went on a diet and then, in her twenties, moved ...": the
        # comma opens an aside after the main clause, it closes no lead
        return 0
    if word == "if":
        # "If the reports are true then the film will ...": "then" ends the condition
        then = text.find(" then ", first.end(), comma if comma > 0 else 160)
        if then > 0:
            return then + len(" then ")
        if comma > 0 and text.startswith("then ", comma + 2):
            return comma + 2 + len("then ")  # "If the reports are true, then the film ..."
    if comma < 0 and word in _CLAUSE_SUBORDINATORS:
        return _main_subject_after_lead(text, first.end())
    if comma > 0 and _clause_before_conjunction(text, first.start(), comma):
        return 0  # "In May the council refused, but it agreed later": a clause, no lead
    if comma > 0 and word in _PLAIN_PREPOSITIONS and _finite_before(text, comma):
        return 0  # "In 2022 a recount was settled by three votes, a result ...": a clause
    return _past_second_lead(text, _past_year(text, comma + 2)) if comma > 0 else 0


#: Openers that are prepositions only: what they open up to a comma holds no verb of its own
#: but in a relative clause ("In a speech that was broadcast live, ...").
_PLAIN_PREPOSITIONS = frozenset("in on at during by from for amid despite under".split())
#: A finite auxiliary, and the words that would make it a relative or subordinate
#: clause's inside the lead: a relative word, a subordinator, or a time noun a clause may
#: follow without "that" ("On the day Michael Brown was buried, ...").
_FINITE_AUXILIARY = re.compile(
    r"[ \t](?:is|are|was|were|has|have|had|will|would)[ \t]+(?:been[ \t]+)?[a-z]+(?:ed|en)\b"
)
_RELATIVE_OPENER = re.compile(
    r"[ \t](?:that|which|who|whom|whose|where|when|after|before|since|until|as|while|because|"
    r"if|once|day|days|week|weeks|month|months|year|years|night|morning|afternoon|evening|"
    r"time|moment|hour|hours)[ \t]"
)


def _finite_before(text: str, comma: int) -> bool:
    """Whether the words before ``comma`` hold a passive or perfect verb group outside a
    relative clause ("a recount was settled"): the lead runs into its own clause."""
    lead = text[:comma]
    found = _FINITE_AUXILIARY.search(lead)
    return found is not None and _RELATIVE_OPENER.search(lead, 0, found.start()) is None


#: Characters a second lead set off after the first may have ("with the roads closed, ").
_SECOND_LEAD_REACH = 120
#: Words that open a second lead after the first: "with" and the clause subordinators.
_SECOND_LEAD_OPENERS = tuple(f"{word} " for word in sorted(_CLAUSE_SUBORDINATORS | {"with"}))


def _past_second_lead(text: str, start: int) -> int:
    """``start``, or past a second lead and its comma that follow the first there ("On
    Monday, with the roads closed, schools shut": schools; "On Friday, when the gunman
    stormed the hall, he ...": he): a scene or a clause of its own, whose verb ("closed",
    "stormed") is none of the subject's. Only when a clause follows its comma."""
    if not text.startswith(_SECOND_LEAD_OPENERS, start):
        return start
    comma = text.find(", ", start, start + _SECOND_LEAD_REACH)
    if comma < 0 or not grammar.has_verb(text[comma + 2 :]):
        return start
    if not text.startswith("with ", start) and not grammar.has_verb(text[start:comma]):
        return start  # "when the director, Ana Ruiz, was fired, ...": the comma is an aside's
    return comma + 2


#: Conjunctions that join a second main clause after a comma.
_JOINING_CONJUNCTIONS = ("but ", "and ", "yet ", "or ")


def _clause_before_conjunction(text: str, start: int, comma: int) -> bool:
    """Whether the words up to ``comma`` are a clause of their own, joined to the next by
    a conjunction: they hold a verb, and "but", "and", "yet" or "or" follows the comma."""
    return text.startswith(_JOINING_CONJUNCTIONS, comma + 2) and grammar.has_verb(text[start:comma])


#: Words that open a clause inside the lead, not the main clause, before a pronoun.
_INNER_CLAUSE_OPENERS = _CLAUSE_SUBORDINATORS | frozenset(
    "as and but or that who which so than".split()
)
#: How many words the main clause's subject may have before its verb: its pronoun and
#: perhaps an adverb ("it then sank").
_MAIN_SUBJECT_WORDS = 2


def _main_subject_after_lead(text: str, after_opener: int) -> int:
    """Where the main clause's subject starts after a lead clause with no comma ("When the
    ferry returned it had lost a mast": it; "Once I got in I decided ...": I), or 0: the
    lead's own verb first, then a subject pronoun with a verb right after it ("When the
    ferry hit the pier it sank": "it"). Only a pronoun: a noun after the lead's verb may be
    its object ("After the storm passed the crew ..." reads as well as "After police freed
    the crew ...")."""
    lead_verb = grammar.subject_end(text[after_opener:])
    if lead_verb <= 0 or len(text[after_opener : after_opener + lead_verb].split()) > 4:
        return 0  # no clause ("Before the execution a masked man dressed ...": a phrase)
    before = ""
    for word in _WORD.finditer(text, after_opener + lead_verb):
        previous, before = before, word.group(0).lower()
        if word.start() == after_opener + lead_verb:
            continue  # the lead's verb
        if before not in SUBJECT_PRONOUNS or previous in _INNER_CLAUSE_OPENERS:
            continue  # "... as he starts", "... but she now faces": a clause inside the lead
        rest = text[word.start() :]
        verb = grammar.subject_end(rest)
        subject = rest[:verb].split() if verb > 0 else []
        if (
            subject
            and len(subject) <= _MAIN_SUBJECT_WORDS
            and not any(w.lower() in SUBJECT_PRONOUNS for w in subject[1:])
        ):
            return word.start()
    return 0


def _time_lead(lead: str) -> bool:
    """Whether ``lead`` ("This week", "Last year", "This past Monday") names a time: a word
    of ``_TIME_NOUNS`` or ``_TIME_WORDS``, and no verb."""
    words = {word.strip(".,").lower() for word in lead.split()}
    named = not words.isdisjoint(_TIME_NOUNS) or not words.isdisjoint(_TIME_WORDS)
    return named and not grammar.has_verb(lead)


#: Words of time (and "way") besides ``_TIME_NOUNS`` that a lead like "This time," or "Last
#: spring," has: the months and seasons, and other spans.
_TIME_WORDS = CALENDAR_NAMES | frozenset(
    "spring summer autumn fall winter season term quarter decade century time hour minute "
    "moment way".split()
)
#: Openers of ``_ADVERBIAL_OPENERS`` that are determiners: "This week, ..." and "Last
#: year, ..." open a lead of time, "This is ..." and "Last came the mayor" a clause.
_TIME_DETERMINERS = frozenset(("this", "last"))
#: Words before a comma that opens an aside inside a clause rather than closing a lead.
_ASIDE_OPENERS = frozenset("and then but or".split())


#: The year after a date's comma ("On May 15, 2013, the ..."): part of the date.
_YEAR_AND_COMMA = re.compile(r"(?:1[89]|20)\d\d,[ \t]+")


def _past_year(text: str, start: int) -> int:
    """``start``, or past the year and comma that open the text there: "On May 15, 2013,
    Ana Lind, a nurse, ..." has its subject and its apposition after the year."""
    year = _YEAR_AND_COMMA.match(text, start)
    return year.end() if year is not None else start


def _after_evaluative_adverb(text: str, end: int) -> int:
    """Where the subject starts after the writer's comment that ends at ``end`` ("Sadly,
    the bridge ...", "Sadly the bridge ...", "Unfortunately for the driver, the road ...":
    data/evaluative_adverbs.txt), or 0."""
    if text.startswith(" for ", end):
        comma = text.find(", ", end, end + _FOR_WHOM_REACH)
        end = comma + 1 if comma > 0 else end
    subject = _WORD.search(text, end)
    return subject.start() if subject is not None else 0


#: Characters of the person an evaluative adverb is "for" ("Unfortunately for the alleged
#: thief,"): a short noun phrase, then the comma.
_FOR_WHOM_REACH = 60
_EVALUATIVE_ADVERBS = tables.words("evaluative_adverbs.txt")


def _is_evaluative_adverb(word: str) -> bool:
    """ "Sadly" or "Sadly,"; "Surprisingly," only with its comma (data/evaluative_adverbs.txt
    lists it so: without one it may say how much, "Surprisingly few came")."""
    return word in _EVALUATIVE_ADVERBS or word.rstrip(",") in _EVALUATIVE_ADVERBS


def _after_connective(text: str, start: int) -> int:
    """Where the subject starts after a connective and its comma at ``start``
    ("Nevertheless, police ...", "Thus far, the talks ...", '"Still, the council ...':
    data/comma_connectives.txt), or 0."""
    comma = text.find(",", start, start + _LONGEST_CONNECTIVE)
    if comma < 0:
        return 0
    phrase = text[start:comma].lstrip(_OPENING_QUOTES).lower()
    if phrase not in tables.words("comma_connectives.txt"):
        return 0
    subject = _WORD.search(text, comma + 1)
    return subject.start() if subject is not None else 0


#: The first words of data/comma_connectives.txt: a clause opening with another word has
#: no connective to look for (most clauses: one set lookup).
_CONNECTIVE_FIRST_WORDS = frozenset(w.split()[0] for w in tables.words("comma_connectives.txt"))
#: Characters from a connective's start to its comma, an opening quotation mark and all.
_LONGEST_CONNECTIVE = 1 + max(len(w) for w in tables.words("comma_connectives.txt"))


#: Words that open a subject after a leading conjunction (with a capitalised word): not
#: "So far" or "And then", whose second word is no subject's.
_SUBJECT_OPENERS = tables.words("scene_speaker_openers.txt") | {"no", "both", "all", "many"}


#: Endings of -ly words that are names more often than sentence adverbs ("Kelly",
#: "Connolly", "Emily", "Kimberly"); "-ally" is an adverb's ("Originally", "Finally").
_NAME_LIKE_LY = ("lly", "ily", "erly")
_SHORTEST_SENTENCE_ADVERB = 7


def _is_sentence_adverb(lower: str) -> bool:
    """Whether ``lower`` (lower case), set off by its comma at the start of a clause, is an
    -ly adverb about the whole sentence ("Publicly,", "Separately,", "Originally,") rather
    than a name standing before its apposition ("Kelly, a spokesman, said")."""
    return (
        len(lower) >= _SHORTEST_SENTENCE_ADVERB
        and grammar.is_ly_adverb(lower)
        and (lower.endswith("ally") or not lower.endswith(_NAME_LIKE_LY))
        and lower not in tables.words("ly_nouns.txt")
    )


def _after_opening_adverb(text: str) -> int:
    """Where the subject starts after an opening sentence adverb and its comma
    ("Publicly, the mayor, Ana Ruiz, said ...": the subject and its apposition follow),
    or 0. Only for the apposition: a copied subject keeps the adverb ("Reportedly, the
    rats ate the cake and have moved ...")."""
    first = _WORD.match(text)
    if first is None or not first.group(0).endswith(","):
        return 0
    if not _is_sentence_adverb(first.group(0)[:-1].lower()):
        return 0
    subject = _WORD.search(text, first.end())
    return subject.start() if subject is not None else 0


def _after_sentence_adverb(text: str, start: int) -> bool:
    """Whether the clause's subject at ``start`` follows a sentence adverb and its comma
    ("Separately, ...")."""
    before = text[:start].split()
    return (
        bool(before) and before[-1].endswith(",") and _is_sentence_adverb(before[-1][:-1].lower())
    )


def _after_time_phrase(text: str, start: int) -> int:
    """Where the subject starts after a time phrase of a few words and its comma at
    ``start`` (" this week, ", " that day, ", " on Monday, "), or 0 (" the council, ...")."""
    comma = text.find(", ", start, start + 60)
    if comma < 0:
        return 0
    words = text[start:comma].split()
    if 0 < len(words) <= _MAX_TIME_PHRASE_WORDS and words[-1].lower() in _TIME_NOUNS:
        return comma + 2
    return 0


def split_appositions(view: View) -> tuple[View, list[Clause]]:
    """The main clause without its apposition, and the apposition's own claim (if any)."""
    return _appositions(view)


def _appositions(view: View) -> tuple[View, list[Clause]]:
    """Cut "X, <apposition>, VERB ..." (or "X — <apposition> — VERB ...") into the main
    clause and the apposition's claim."""
    main, extras = _comma_apposition(view)
    if main is view and " by " in view.text:
        main, extras = _named_agent(view)
    if main is view and " to be " in view.text:
        main, extras = _hearsay_description(view)
    if main is view and ", wh" in view.text:
        # The speaker shows once a relative between the reported subject and its verb is
        # out ("Officials said the fire, which started Monday, destroyed homes").
        main, extras = _trailing_relative(view, reported_only=True)
    if main is view and dashes.may_hold_dash(view.text):
        found = _subject_dash_aside(view)
        if found is not None:
            return found
    return main, extras


#: A passive's agent given as a description and a name, closing the clause or before its
#: relative: "spotted by an external auditor, Ana Ruiz." / "..., Ana Ruiz, who queried ...".
_DESCRIBED_AGENT = re.compile(
    r"(?<![\w-])by[ \t]+(?P<description>(?:a|an|the|its|his|her|their)[ \t][^,;:\"“”()]{2,60}?),"
    r"[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"(?=[ \t]*(?:[.!]?[ \t]*$|,[ \t]+(?:who|which)[ \t]))"
)


def _named_agent(view: View) -> tuple[View, list[Clause]]:
    """ "The fraud was spotted by an external auditor, Ana Ruiz." -> "The fraud was
    spotted by Ana Ruiz." and "Ana Ruiz was an external auditor.": who did it is named, as
    a subject set off after its description is (``_names_the_described``)."""
    found = _DESCRIBED_AGENT.search(view.text)
    if found is None or not found.group("description").split()[-1].islower():
        return view, []
    start, end = found.span("description")
    name_start, name_end = found.span("name")
    if view.text[name_end - 1] == "." and view.text[name_end - 3 : name_end - 1].isalpha():
        name_end -= 1  # the sentence's full stop, not an initial's ("Tom Berg." / "B. Jr.")
    name = view.slice(name_start, name_end)
    description = view.slice(start, end)
    main = view.without(start, found.start("name"))
    return main, [_name_described(name, "was", description)]


#: ", and" before a capitalised word: "Tom Berg, 23, a rapper, Ana Ruiz, 20, and Lee Park,
#: from Oslo, have been named": the commas set off a list of people, each with their
#: description, not one description of the first.
_NAMES_LISTED = re.compile(r",[ \t]+and[ \t]+[A-Z]")


def _comma_apposition(view: View) -> tuple[View, list[Clause]]:
    text = view.text
    start = _after_leading_adverbial(text) or _after_opening_adverb(text)
    first = text.find(", ", start, start + 120)
    for _ in range(_MAX_TIME_PHRASES):
        head = text[start:first]
        if first <= start or not (
            _adverbial_phrase(head) or _participle_phrase(head, text[first + 2 : first + 60])
        ):
            break
        # "Once that was settled, just after 11 a.m., Tom Berg, the speaker, read ...":
        # a second time phrase is no head; the apposition's head follows it
        start, first = first + 2, text.find(", ", first + 2, first + 122)
    if first <= start:
        return view, []
    head = text[start:first]
    joined = _second_relative(head, text, first + 2)
    if (grammar.has_verb(head) and not joined) or not head.strip():
        return view, []
    second = _closing_comma(text, first + 2)
    if second < 0:
        if _after_sentence_adverb(text, start) and _finite_after_adverb(text[first + 1 :].lstrip()):
            # "Separately, harbour pilot Tom Berg, said ...": the subject set off by commas
            # after the adverb, as in apposition; it keeps the verb without its comma
            return view.without(first, first + 1), []
        return view, []
    # ", and who asked ...": the relative alone
    opened = first + 2 + (len("and ") if joined else 0)
    inner = text[opened:second]
    after = text[second + 1 :].lstrip()
    if (
        not _finite_after_adverb(after)
        or _auxiliary_before_relative(inner)
        or _acts_listed(inner, after)
        or _NAMES_LISTED.search(inner) is not None
        or _count_of_the_head(inner)
    ):
        return view, []
    subject = head.strip()
    third = _second_description_end(text, second)
    label = _NAME_LABEL.match(inner)  # "The female, named Sura, ...": the name after it
    named = inner[label.end() :] if label else inner
    if third < 0 and _names_the_described(subject, named) and not _saying_after(after):
        return _named_subject(view, start, first, second, label.end() if label else 0)
    main = view.without(first, (third if third > 0 else second) + 1)
    # "Tom Berg, 52, who owns the shop, said ...": what follows the age is about him
    age_end = grammar.leading_age_end(inner)
    age = _age_claim(view, subject, inner, opened, age_end, after)
    inner, inner_start = inner[age_end:], opened + age_end
    extra = _apposition_claim(view, subject, inner, inner_start, second, after)
    described = None
    if third > 0:
        # "The soldier, a reservist, based in Vell, was shot": a second description
        second_inner = text[second + 2 : third]
        after = text[third + 1 :].lstrip()
        described = _apposition_claim(view, subject, second_inner, second + 2, third, after)
    return main, [clause for clause in (age, extra, described) if clause is not None]


#: Openers of a second relative clause joined to a first: "A man who lives nearby, and who
#: asked not to be named, said ...".
_SECOND_RELATIVES = ("and who ", "and whose ", "and which ")


def _second_relative(head: str, text: str, at: int) -> bool:
    """Whether ``text`` at ``at`` opens a relative clause joined by "and" to one inside
    ``head`` ("A woman who lives on the quay, and who ..."): the head's verb is its own
    relative's, and the second relative is set off like an apposition."""
    if not text.startswith(_SECOND_RELATIVES, at):
        return False
    return not _RELATIVE_WORDS.isdisjoint(head.lower().split())


#: A name set off after a description: "Tom Berg", "Ana Ruiz of the Vell Trust".
_SET_OFF_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w'’.-]*){1,4})?"
)
#: A description longer than this is a clause, not a noun phrase a name is set off after.
_MAX_NAMED_DESCRIPTION_WORDS = 12
#: Words before "'s" that make a contraction, not a possessive: "Here's", "It's".
_CONTRACTED_PRONOUNS = frozenset("here there it that what who he she where how".split())
#: Words that open a description of someone, not a name: "the", "another", "its".
_DESCRIPTION_OPENERS = frozenset("the a an another its his her their our one".split())


def _names_the_described(head: str, inner: str) -> bool:
    """Whether ``inner`` is the name of whom ``head`` describes ("Pelling's former deputy,
    Ann Royce, was jailed", "Another chief in the county, Tom Berg of the Vell Trust, ..."):
    the claim is about the named one, and cut out, the name that tells two like claims
    apart would be lost."""
    words = head.split()
    if not 2 <= len(words) <= _MAX_NAMED_DESCRIPTION_WORDS or not words[-1].islower():
        return False
    if _SET_OFF_NAME.fullmatch(inner) is None:
        return False
    if any(word.endswith("ing") for word in words[1:]) or "—" in head or "–" in head:
        # "The mystery surrounding the young leader, Kim, ...": the name is the leader's,
        # the last noun's, not the head's
        return False
    opener = words[0]
    if opener.lower() in _DESCRIPTION_OPENERS:
        return True
    # a name's possessive ("Brook's former deputy"), not a pronoun's contraction ("Here's")
    possessive = opener[:1].isupper() and opener.endswith(("'s", "’s"))
    return possessive and opener[:-2].lower() not in _CONTRACTED_PRONOUNS


def _saying_after(after: str) -> bool:
    """Whether ``after`` opens with a verb of saying (within its first three words): a
    speaker's description ("The mayor, Ana Ruiz, said ...") stays whole in the attribution
    and is no claim."""
    # past an auxiliary or an adverb: "has said", "later told"
    saying = attribution.saying_verbs()
    return any(
        word in saying or word in attribution.TELL_VERBS
        for word in after.lower().split(None, 3)[:3]
    )


#: Words that label the name set off after a description: "named", "called", "known as".
_NAME_LABEL = re.compile(r"(?:named|called|known[ \t]+as)[ \t]+(?=[A-Z])")


def _named_subject(
    view: View, start: int, first: int, second: int, label: int = 0
) -> tuple[View, list[Clause]]:
    """ "The firm's founder, Tom Berg, resigned" -> "Tom Berg resigned" and "Tom Berg was
    the firm's founder": the name is the subject, the description its own claim. ``label``:
    the length of "named " before the name ("The female, named Sura, got out")."""
    text = view.text
    name = view.slice(first + 2 + label, second)
    main = view.without(second, second + 1).without(start, first + 2 + label)
    verb = (text[second + 1 :].split(None, 1) or [""])[0].lower()
    copula = "is" if verb in _PRESENT_AFTER or verb == "will" else "was"
    description = view.slice(start, first)
    return main, [_name_described(name, copula, description)]


def _name_described(name: View, copula: str, description: View) -> Clause:
    """ "Tom Berg was the firm's founder": the name, the copula and the description (its
    sentence-first capital lowered: "The firm's founder" -> "the firm's founder")."""
    opener = description.text.split(None, 1)[0]
    if opener[:1].isupper() and opener.lower() in _DESCRIPTION_OPENERS:
        description = description.replace_head(len(opener), opener.lower())
    said = View([*name.pieces, Piece(-1, f" {copula} "), *description.pieces], description.kept)
    return Clause(said, name.text.strip(), "apposition", author_voice=True)


#: A count set off after a noun phrase: "212 passengers in all", "some 40 in total", "all 28
#: of them".
_COUNT_IN_ALL = re.compile(
    r"(?<![\w,-])(?:(?:some|about|around|nearly|almost|roughly)[ \t]+)?(?P<figure>[\d,]+|[a-z]+)"
    r"(?:(?<![ \t])[ \t]+[a-z-]+){0,2}(?<![ \t])[ \t]+"
    r"(?:in[ \t]+all|in[ \t]+total|altogether|all[ \t]+told)"
    r"|(?<![\w,-])all[ \t]+(?P<all>[\d,]+|[a-z]+)[ \t]+of[ \t]+them"
)


def _count_of_the_head(inner: str) -> bool:
    """Whether the words set off after a noun phrase count it ("Everyone aboard, 212
    passengers in all, got off": how many got off): the figure belongs to the claim, which
    cut out it would lose, and says nothing of its own."""
    found = _COUNT_IN_ALL.fullmatch(inner.strip())
    if found is None:
        return False
    figure = (found.group("figure") or found.group("all")).lower()
    return tables.is_figure(figure)


def _second_description_end(text: str, comma: int) -> int:
    """The comma closing a participle's phrase that follows an apposition closed at
    ``comma`` and stands before the subject's verb ("..., a reservist, based in Vell, was
    shot"), or -1: the phrase describes the subject too."""
    start = comma + 1
    while start < len(text) and text[start] in " \t":
        start += 1
    space = text.find(" ", start)
    word = text[start:space] if space > 0 else ""
    if not word or not grammar.is_past_participle(word):
        return -1
    end = text.find(",", start, start + 80)
    if end < 0 or " that " in text[start:end] or grammar.has_verb(text[start + len(word) : end]):
        # "THR, quoting sources, reported that Bale, after ..., decided": a verb's clause
        return -1
    return end if _finite_after_adverb(text[end + 1 :].lstrip()) else -1


def _age_claim(
    view: View, subject: str, inner: str, inner_start: int, age_end: int, after: str
) -> Clause | None:
    """ "Ana Ruiz, 44, a former teacher, has promised ..." also gives "Ana Ruiz is 44": a
    person's age is a fact outlets check and disagree on. Only after a capitalised name of
    one person ("Tom Berg and Ana Ruiz, 44 and 41" or "the driver, 45" give none)."""
    written = (inner[:age_end] if age_end else inner).strip(" \t,")
    if not grammar.is_age(written) or not _ONE_NAME.fullmatch(subject):
        return None
    start = inner_start + inner.index(written)
    body = view.slice(start, start + len(written))
    verb = (after.split(None, 1) or [""])[0].lower()
    copula = "is " if verb in _PRESENT_AFTER or verb == "will" else "was "
    return Clause(body.prepend(f"{subject} {copula}"), subject, "apposition", author_voice=True)


#: The first words after an apposition that tell the sentence in the present: the
#: apposition's copula is "is" ("Ana Ruiz, a teacher, has ..." -> "Ana Ruiz is a teacher").
_PRESENT_AFTER = frozenset(("is", "are", "has", "have", "remains"))

#: One person's name: capitalised words (with initials), no "and".
_ONE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")


def _acts_listed(inner: str, after: str) -> bool:
    """ "Kim runs daily, bakes bread, swims, sings and ...": a list of the subject's acts,
    each an -s form, the one after the second comma followed by a comma too, is no
    apposition to cut (it would drop "bakes bread")."""
    first = inner.split(None, 1)[0] if inner.strip() else ""
    following = after.split(None, 1)[0] if after.strip() else ""
    return (
        first.islower()
        and first.endswith("s")
        and following.endswith(",")
        and following[:-1].islower()
        and following[:-1].endswith("s")
    )


def _auxiliary_before_relative(inner: str) -> bool:
    """Whether ``inner`` holds a finite auxiliary of its own, before any word that opens a
    clause: "A 113-year-old, shoebox-sized capsule was removed ..., hidden in plain sight,
    ..." has its main verb between the first comma and the next, so no apposition opens at
    the first ("a pilot who was at the pier" is one: its "was" is the relative's; so is
    "believed to have been taken": "have" after "to" is no finite verb)."""
    previous = ""
    words = inner.split()
    if words and words[0] in reporting_participles():
        return False  # "claiming it was the victim": the verb is what was claimed
    for word in words:
        # as written: "IS" (the group) is no "is"
        bare = word.strip("([\"“”'’")
        if bare.lower() in _OWN_CLAUSE_OPENERS:
            return False
        if bare in _MAIN_AUXILIARIES and previous != "to":
            return True
        previous = bare.lower()
    return False


#: Words that open a clause of their own inside an apposition or an aside, whose verb is
#: that clause's: "a pilot who was there", "or Jim as he is known", "if indeed it was her".
_OWN_CLAUSE_OPENERS = frozenset(
    "who which that whose whom where when as if since because while although though "
    "whether unless until after before once".split()
)


#: Time or place phrases set off by commas before a subject ("On Monday, shortly before
#: noon, ..."): at most this many are read past.
_MAX_TIME_PHRASES = 2
#: Adverbs that may stand before a phrase's preposition ("just after", "shortly before").
_PHRASE_ADVERBS = frozenset("just shortly soon right late early only".split())


def _adverbial_phrase(head: str) -> bool:
    """Whether ``head`` opens with a preposition (perhaps after "just", "shortly"): a
    time or place phrase, not a noun phrase an apposition could describe."""
    words = head.lower().split(None, 2)  # two words at most are read: not the whole head
    if words and words[0] in _PHRASE_ADVERBS:
        words = words[1:]
    return bool(words) and words[0] in tables.words("prepositions.txt")


def _participle_phrase(head: str, after: str) -> bool:
    """Whether ``head``, set off by its comma, is a participle's phrase with a subject
    after it ("Citing an unnamed source, the paper, the Ledger, said ...": ``after`` opens
    with a name or a determiner): no noun an apposition describes. A gerund subject is
    one ("Announcing the result, which ..., could help ..." has a relative after it; "Testing
    has begun, the lab, ..." its verb right after it)."""
    opener, _, rest = head.partition(" ")
    following = after.split(None, 1)
    return (
        bool(rest.strip())
        and bool(following)
        and _ing_lead(opener.lower())
        and (following[0][:1].isupper() or following[0] in _DETERMINERS_BEFORE_NOUN)
        and not _gerund_subject(rest)
    )


def _closing_comma(text: str, start: int) -> int:
    """The comma closing an apposition opened at ``start`` (within 200 characters)."""
    comma = text.find(",", start, start + 200)
    while comma > 0:
        if _finite_after_adverb(text[comma + 1 :].lstrip()):
            return comma
        comma = text.find(",", comma + 1, start + 200)
    return -1


#: Adverbs between a subject's apposition and its verb ("Ms. Ruiz, who ..., later posted").
_ADVERBS_BEFORE_FINITE = frozenset("also later then already now still often first".split())


def _finite_after_adverb(text: str) -> bool:
    """``grammar.is_finite_start``, past one adverb such as "later"."""
    if grammar.is_finite_start(text):
        return True
    first, _, rest = text.partition(" ")
    return first in _ADVERBS_BEFORE_FINITE and grammar.is_finite_start(rest.lstrip())


def _apposition_claim(
    view: View, subject: str, inner: str, inner_start: int, inner_end: int, after: str
) -> Clause | None:
    if not inner.strip():
        return None  # ", ," in scraped text: two commas with nothing between them
    body = view.slice(inner_start, inner_end)
    present = after.split(None, 1)[0].lower() in _PRESENT_AFTER
    # the head before an "of" phrase: "A member of the vigilantes" is one
    head_words = subject.split(" of ", 1)[0].split()
    last_word = head_words[-1] if head_words else ""
    # a capital only opening the sentence ("Members of the guards"), not a name's ("Jones")
    common = last_word[:1].islower() or (
        len(head_words) == 1 and last_word.isalpha() and " of " in subject
    )
    plural = last_word.endswith("s") and common and not last_word.endswith("ss")
    if " and " in subject and not _NOUN_APPOSITION.match(inner):
        # "Ana and Eva Ruiz, aged 16 and 13, ...": a participle describes them all; a noun
        # ("Incer and Lindley Johnson, an astronomer, ...") may be the last one's alone
        plural = True
    # the tense of the main verb after the apposition: "The guards, armed with rifles,
    # stood ..." -> "The guards were armed with rifles"
    copula = ("are " if present else "were ") if plural else ("is " if present else "was ")
    opener = inner.split(None, 1)[0]
    if opener in reporting_participles() and " " in inner.strip():
        # "The firm, claiming it was the victim, sued": "The firm claimed it was the victim"
        said = body.replace_head(len(opener), f"{subject} {grammar.past_tense(verb_lemma(opener))}")
        return Clause(said, subject, "participle")
    if _PARENTHETICAL.match(inner) or opener.endswith("ing"):
        return None
    if _ANOTHER_NAME_LISTED.search(inner):
        # "Hussain, 20, a hacker from Leeds, and Ali Khan, 23, from Bury, are ...": a list of
        # people, each with a description; not one description of the first
        return None
    relative = _RELATIVE.match(inner)
    if relative:
        clause = body.slice(relative.end()).prepend(subject + " ")
        return Clause(clause, subject, "relative", author_voice=True)
    of_which = _of_which_at(inner)
    if of_which:
        return _of_which_claim(body, subject, of_which)
    first_word = inner.split(None, 1)[0].lower()
    hearsay = first_word in tables.words("hearsay_participles.txt") and " to " in inner
    described = _NOUN_APPOSITION.match(inner) is not None
    if described:
        # "The wife of Abu Bakr, the leader of the group, ...": a description after a name
        # in an "of" phrase is the name's
        name = _name_after_of(subject)
        if name is not None:
            subject, copula = name, ("is " if present else "was ")
    if hearsay or described or first_word.endswith("ed") or first_word in (
        "born", "known", "seen", "held", "led", "founded", "based",
    ):  # fmt: skip
        return Clause(body.prepend(f"{subject} {copula}"), subject, "apposition", author_voice=True)
    return None


#: "the outlines of which were announced", "most of whom live abroad": a relative clause
#: opened by a noun phrase and "of which"/"of whom", no description of the subject.
_OF_RELATIVES = (" of which ", " of whom ")
_OF_WHICH_REACH = 70


def _of_which_at(inner: str) -> tuple[int, int] | None:
    """Where "which"/"whom" stands in ``inner`` after its noun phrase and "of", or None."""
    for words in _OF_RELATIVES:
        at = inner.find(words, 0, _OF_WHICH_REACH)
        if at > 0 and "," not in inner[:at]:
            return at + len(" of "), at + len(words) - 1
    return None


def _of_which_claim(body: View, subject: str, relative: tuple[int, int]) -> Clause | None:
    """ "That deal, the outlines of which were announced, ..." -> "The outlines of that
    deal were announced": the relative pronoun is the subject, the clause needs a verb."""
    start, end = relative
    if not grammar.is_finite_start(body.text[end:].lstrip()):
        return None
    first, _, others = subject.partition(" ")
    named = first[:1].isupper() and first.lower() not in _DETERMINERS_BEFORE_NOUN
    spelled = subject if named else f"{first.lower()} {others}".strip()
    pieces = [*body.slice(0, start).pieces, Piece(-1, spelled), *body.slice(end).pieces]
    return Clause(View(pieces, body.kept), subject, "relative", author_voice=True)


#: Determiners that open a subject and are lower-cased inside a sentence ("That deal" ->
#: "the outlines of that deal").
_DETERMINERS_BEFORE_NOUN = frozenset("the a an that this these those its his her their our".split())


#: A proper name that ends a noun phrase after "of" or "for": "the wife of Abu Bakr
#: al-Baghdadi", "a spokesman for Tom Berg"; not after "the" ("the reading on the floor of
#: the House, an act that ...": the description is the reading's).
_NAME_AFTER_OF = re.compile(
    r"[ \t](?:of|for)[ \t]+"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|al-\w+|bin|de|van|von))*)$"
)


def _name_after_of(subject: str) -> str | None:
    """The name at the end of ``subject`` after "of" ("The wife and child of Abu Bakr
    al-Baghdadi" -> "Abu Bakr al-Baghdadi"), when the words before it are not a name
    themselves ("University of Oslo", "Bank of England" are one name)."""
    found = _NAME_AFTER_OF.search(subject)
    if found is None:
        return None
    before = subject[: found.start()].split()
    if not before or before[-1].lstrip("\"“‘'")[:1].isupper():
        return None  # "Dawn of Libya", "“Bank of England": a name with "of" in it
    return found.group("name")


#: ", and Ali Khan": a name listed after a description, which makes the commas a list's.
_ANOTHER_NAME_LISTED = re.compile(r",[ \t]+(?:and|or)[ \t]+[A-Z][a-z]")

#: "A man believed to be the driver was arrested": a subject (a determiner or a name and
#: up to four words), a participle of data/hearsay_participles.txt, then "to be".
_HEARSAY_DESCRIPTION = re.compile(
    r"^(?P<subject>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[A-Z][a-z]+)(?:[ \t][\w’'-]+){0,4}?)"
    r"[ \t]+(?P<participle>[a-z]+)[ \t]+to[ \t]+be[ \t]+"
)
#: Participles of a subject's own word about who it is ("A man claiming to be the
#: leader"), with the past that tells it as his statement.
_SELF_DESCRIBING = {"claiming": "claimed", "purporting": "purported", "professing": "professed"}
#: Words that end a subject before a participle: an auxiliary makes the participle the
#: main verb ("are said to be"), a subordinator opens a clause ("news that X was ...").
_NOT_IN_SUBJECT = grammar.AUXILIARIES | frozenset(
    "that which who whom whose if when while because although as".split()
)
#: Finite verbs after a description that show the subject's own verb has begun.
_MAIN_AUXILIARIES = frozenset("was were is are has have had will would".split())
_PLURAL_AUXILIARIES = frozenset(("were", "are", "have"))
_NOUN_PHRASE_OPENERS = frozenset(
    "the a an his her its their our your my this that these those some any no every each "
    "of to in on at for with by from".split()
)
_BLANK_SEPARATED = re.compile(r"[^ \t]+")
#: Words of the description itself, at most, before the subject's verb.
_MAX_DESCRIPTION_WORDS = 8


def _hearsay_description(view: View) -> tuple[View, list[Clause]]:
    """Cut "A man believed to be the driver was arrested" into the writer's "A man was
    arrested" and the hedged description "A man was believed to be the driver": the arrest
    is asserted, only who he is rests on hearsay. The description ends where the subject's
    own verb starts (``_subject_verb_starts``), after "to be" and a word of its own."""
    found = _HEARSAY_DESCRIPTION.match(view.text)
    if found is None:
        return view, []
    participle = found.group("participle")
    own = _SELF_DESCRIBING.get(participle)
    if own is None and participle not in tables.words("hearsay_participles.txt"):
        return view, []
    if any(w.lower() in _NOT_IN_SUBJECT for w in found.group("subject").split()):
        return view, []  # "The crew are said to be ...": the participle is the main verb's
    text = view.text
    words = list(_BLANK_SEPARATED.finditer(text, found.end()))
    for index in range(1, min(len(words), _MAX_DESCRIPTION_WORDS + 1)):
        if not _subject_verb_starts(words, index):
            continue
        description_end = words[index - 1].end()
        if "," in text[found.end() : description_end]:
            return view, []  # a list, an aside or a speaker's tag: not one description
        subject = found.group("subject")
        plural = words[index].group().lower() in _PLURAL_AUXILIARIES
        description = view.slice(found.start("participle"), description_end)
        main = view.without(found.end("subject"), description_end)
        if own is not None:
            # "A man claiming to be the leader": his own word, "A man claimed to be ..."
            said = description.replace_head(len(participle), f"{subject} {own}")
        else:
            said = description.prepend(f"{subject} {'were' if plural else 'was'} ")
        return main, [Clause(said, subject, "apposition", author_voice=True)]
    return view, []


def _subject_verb_starts(words: list[re.Match[str]], index: int) -> bool:
    """Whether the subject's own verb starts at ``words[index]``: an auxiliary not followed
    by another ("the original will is held": "will" is a noun there), or a past form."""
    word = words[index].group().rstrip(".,;:!?")
    lower = word.lower()
    if words[index - 1].group().lower() in _NOUN_PHRASE_OPENERS:
        return False  # "the lost portrait": a word after a determiner is no verb
    if lower in _MAIN_AUXILIARIES:
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        return following not in grammar.AUXILIARIES
    if lower.endswith("s"):
        return False  # "the rebels": a plural noun as often as a verb
    if lower.endswith("ed") and words[index - 1].group().lower().endswith("ly"):
        return False  # "a highly trained unit": a participle as an adjective
    return grammar.is_finite_start(word)


# --- asides between dashes --------------------------------------------------------------
#
# "The storm — the third this month — cut power", "Trump lamented the jobs lost – he
# described ... – and the crime", "the theory — through a central policy — was ...": the
# aside is cut from the claim, and when it states a fact of its own that fact is a claim
# (the subject carried in). An aside that only adds detail has no claim of its own, as a
# parenthetical between commas has none; one holding a figure stays where it is (figures
# are what claims are compared on). An aside this cannot read stays in place.

#: Words opening an aside that only adds detail ("— including the amendments —", "— for
#: example —", "— through a central policy —").
_DETAIL_ASIDE = re.compile(
    r"(?:including|especially|notably|particularly|mostly|mainly|such[ \t]+as|like|through|"
    r"via|in|on|at|for|from|by|under|over|during|despite|amid|against|toward|towards|"
    r"beyond|except)\b"
)
_FIGURE_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|half|percent)\b",
    re.I,
)
#: "— in which every bill must cite its source —": a relative led by a preposition.
_PREPOSITION_WHICH = re.compile(
    r"(?P<preposition>in|at|on|during|under|through)[ \t]+which[ \t]+"
    r"(?!case\b)"  # "in which case": a condition, not a place or time
)
#: Words that cannot open the subject of an aside that is a statement of its own.
_NOT_ASIDE_SUBJECT = frozenset(
    "and but or nor so yet if because although though while when as unless since after "
    "before until which who whom whose that what where why how not".split()
)
#: Words opening a phrase before the main clause ("Setting the tone — ... — members began").
_OPENING_PREPOSITIONS = frozenset("in on at during after before since amid despite for".split())


#: "— you guessed it —": a short aside of the writer's to the reader, cut with no claim.
_READER_PRONOUNS = frozenset(("you", "i", "we"))
_READER_ASIDE_WORDS = 4


class _Detail:
    """An aside that is cut from the claim without a claim of its own."""


_DETAIL = _Detail()


def _dashed_asides(view: View) -> tuple[View, list[Clause]]:
    """The clause without its dash asides, and the claims the asides state. An aside right
    after the subject is left to ``_appositions`` (it may hide the speaker's verb)."""
    found = dashes.asides(view.text)
    if not found:
        return view, []
    text = view.text
    cuts: list[dashes.Aside] = []
    clauses: list[Clause] = []
    for aside in found:
        head = text[: aside.start]
        if not grammar.has_verb(head) and not _opening_phrase(head):
            continue
        verdict = _aside_claim(view, aside, None)
        if verdict is None:
            continue
        cuts.append(aside)
        if isinstance(verdict, Clause):
            clauses.append(verdict)
    if not cuts:
        return view, []
    main = _without_asides(view, cuts)
    if not grammar.has_verb(main.text):
        return view, []
    return main, clauses


def _subject_dash_aside(view: View) -> tuple[View, list[Clause]] | None:
    """ "The mayor — who has held office since 2019 — said ...": the subject's apposition
    between dashes, read as one between commas is."""
    text = view.text
    found = dashes.asides(text)
    if not found:
        return None
    aside = found[0]
    start = _after_leading_adverbial(text)
    head = text[start : aside.start]
    if (
        not head.strip()
        or aside.start - start > 120
        or "," in head
        or grammar.has_verb(head)
        or _opening_phrase(head)
        or not _finite_after_adverb(text[aside.end :].lstrip())
    ):
        return None
    verdict = _aside_claim(view, aside, start + len(head) - len(head.lstrip()))
    if verdict is None:
        return None
    main = _without_asides(view, [aside])
    return main, ([verdict] if isinstance(verdict, Clause) else [])


def _aside_claim(
    view: View, aside: dashes.Aside, subject_start: int | None
) -> Clause | _Detail | None:
    """What the aside states: a claim, ``_DETAIL`` (nothing of its own), or None (leave it).
    ``subject_start``: where the clause's subject starts when the aside follows it."""
    text = view.text
    inner = text[aside.inner_start : aside.inner_end]
    relative = _RELATIVE.match(inner) or _PREPOSITION_WHICH.match(inner)
    if relative is not None:
        return _aside_relative(view, aside, relative, subject_start)
    first = inner.split(None, 1)[0]
    participle = first.endswith("ing") and first.islower()
    if participle and first in tables.words("not_participles.txt"):
        participle = False  # "— something of a chief of staff —"
    if _DETAIL_ASIDE.match(inner) or participle:
        if scan.has_digit(inner) or _FIGURE_WORD.search(inner):
            # "— including a magazine, which put the cost at $1 million —": the figure is
            # the relative's, a claim of its own; any other figure stays where it is.
            return _detail_relative(view, aside)
        return _DETAIL
    if subject_start is not None:
        subject = text[subject_start : aside.start].strip()
        if _PREPOSITION_INSIDE.search(f" {subject} "):
            return None  # "The detention of a wife of X — the leader of ... —": about X
        after = text[aside.end :].lstrip()
        return _apposition_claim(view, subject, inner, aside.inner_start, aside.inner_end, after)
    if first.lower() in _READER_PRONOUNS and len(inner.split()) <= _READER_ASIDE_WORDS:
        return _DETAIL  # "— you guessed it —", "— I admit —": the writer to the reader
    if first.lower() in _NOT_ASIDE_SUBJECT or not _opens_main_clause(inner):
        return None
    verb = grammar.first_verb(inner)
    if first.lower() not in _PRONOUNS and (
        verb is None or verb.lower() not in grammar.AUXILIARIES or verb.lower() == "being"
    ):
        # "— a woman named Ruiz —", "— the name printed on its side —": a noun and a
        # participle. A statement has a pronoun subject ("he described ...") or a finite
        # auxiliary ("his salary is $5 million", "the past five have seen ...").
        return None
    said = tables.words("attribution_verbs.txt")
    words = [word.strip("\"“”’',.") for word in inner.split()]
    if any(word in said and before != "to" for before, word in itertools.pairwise(["", *words])):
        # "— he said the talks had failed —": the speaker's words ("— it has yet to announce
        # a date —" says nothing)
        return None
    own = view.slice(aside.inner_start, aside.inner_end)
    return Clause(own, subject_of(inner), "aside")


def _detail_relative(view: View, aside: dashes.Aside) -> Clause | None:
    """The claim of a relative inside a detail aside ("— including Vanity Fair, which put
    the cost at $1 million —" -> "Vanity Fair put the cost at $1 million"), when every
    figure of the aside is the relative's; None otherwise."""
    text = view.text
    inner = text[aside.inner_start : aside.inner_end]
    found = _TRAILING_RELATIVE.search(inner)
    if found is None or found.group("whose") or found.group("preposition"):
        return None
    before = inner[: found.start()]
    if scan.has_digit(before) or _FIGURE_WORD.search(before):
        return None
    if not _starts_with_verb(inner[found.end() :]) or _open_quotes(inner, 0, found.start()):
        return None
    opener = _DETAIL_ASIDE.match(inner)
    if opener is not None:  # "including" is not part of the noun phrase
        inner = " " * opener.end() + inner[opener.end() :]
    start = _phrase_start(inner, found.start())
    if start is None:
        return None
    antecedent = view.slice(aside.inner_start + start, aside.inner_start + found.start())
    body = view.slice(aside.inner_start + found.end(), aside.inner_end)
    own = View([*antecedent.pieces, Piece(-1, " "), *body.pieces], view.kept)
    return Clause(own, antecedent.text.strip(), "relative")


def _aside_relative(
    view: View, aside: dashes.Aside, relative: re.Match[str], subject_start: int | None
) -> Clause | None:
    """ "X — who heads the port —" -> "X heads the port"; "the session — in which every
    bill must cite its source —" -> "In the session, every bill must cite its source"."""
    text = view.text
    body_start = aside.inner_start + relative.end()
    body_text = text[body_start : aside.inner_end]
    preposition = relative.groupdict().get("preposition")
    if preposition is None and not _starts_with_verb(body_text):
        return None
    if preposition is not None and not _own_clause(body_text):
        return None
    antecedent_start = subject_start
    if subject_start is None or _PREPOSITION_INSIDE.search(text[subject_start : aside.start]):
        # "The supply of sapphire — which will ..." is about the sapphire: the nearest noun
        # phrase, and for "in which" one with a determiner ("the speech", not "Israel").
        antecedent_start = (
            _antecedent_start(text, aside.start)
            if preposition is None
            else _phrase_start(text, aside.start)
        )
    if antecedent_start is None or (
        preposition is not None and not _occasion(text[antecedent_start : aside.start])
    ):
        return None
    antecedent = view.slice(antecedent_start, aside.start)
    noun = antecedent.text.strip()
    body = view.slice(body_start, aside.inner_end)
    if preposition is None:
        own = View([*antecedent.pieces, Piece(-1, " "), *body.pieces], view.kept)
        # After the subject it is the writer's, as a relative between commas is.
        return Clause(own, noun, "relative", author_voice=subject_start is not None)
    lead = Piece(-1, f"{preposition.capitalize()} ")
    own = View([lead, *antecedent.pieces, Piece(-1, ", "), *body.pieces], view.kept)
    return Clause(own, subject_of(body_text), "relative")


_PREPOSITION_INSIDE = re.compile(r"[ \t](?:of|in|at|on|for|from|with|by|about)[ \t]")


def _opened_phrase(phrase: str) -> bool:
    """A noun phrase opened by a determiner or a possessive ("the speech", "Friday's gala")."""
    first = phrase.split(None, 1)[0].lower() if phrase.strip() else ""
    return first in _NOUN_PHRASE_OPENERS or first.endswith(("'s", "’s"))


def _opening_phrase(head: str) -> bool:
    """ "Setting the tone for the session", "In the first week": a phrase before the main
    clause (no comma, no verb), which an aside after it leaves a comma to."""
    words = head.split(None, 1)
    if not words or "," in head:
        return False
    first = words[0].lower()
    return (first.endswith("ing") or first in _OPENING_PREPOSITIONS) and not grammar.has_verb(head)


def _clause_follows(text: str) -> bool:
    """A main clause with its own subject opens ``text`` ("supporters said ..."), not a
    verb that goes on the clause before the aside ("were dropped", "said the ...")."""
    stripped = text.lstrip()
    if not stripped or grammar.is_finite_start(stripped):
        return False
    return _opens_main_clause(stripped, after_participle=True)


def _without_asides(view: View, cuts: list[dashes.Aside]) -> View:
    """``view`` without the asides: a blank stands for unspaced dashes ("X—who ...—did"),
    and a comma ends an opening phrase the aside followed."""
    text = view.text
    pieces: list[Piece] = []
    previous = 0
    for aside in cuts:
        pieces.extend(view.slice(previous, aside.start).pieces)
        head = text[previous : aside.start].rstrip()
        after = text[aside.end :]
        if (
            head[-1:] not in ",;:"
            and head.rsplit(None, 1)[-1].lower() not in _NOT_ASIDE_SUBJECT | _NOT_SUBJECT_START
            and (_opening_phrase(text[: aside.start]) or _clause_follows(after))
            and after.split(None, 1)[0].lower() not in _NOT_ASIDE_SUBJECT
        ):
            pieces.append(Piece(-1, ","))
        if not aside.spaced:
            pieces.append(Piece(-1, " "))
        previous = aside.end
    pieces.extend(view.slice(previous).pieces)
    return View(pieces, view.kept)


# ", which began ..." / ", who heads ...": a comma makes the relative non-restrictive (a
# fact of its own); "the plan that failed" has no comma and restricts its noun: kept whole.
# ", in which the mayor spoke" / ", during which two members left": led by a preposition,
# it becomes "In the ceremony, the mayor spoke".
_TRAILING_RELATIVE = re.compile(
    r",[ \t]+(?:which|who|(?P<whose>whose)|(?P<preposition>in|at|on|during|under|through)"
    r"[ \t]+which(?![ \t]+case\b)|(?P<where>where))[ \t]+"
)
#: The owned noun after "whose" (one or two lower-case words: "members", "top officials").
_OWNED_WORD = re.compile(r"[a-z][\w’'-]*[ \t]+")
# Where a trailing relative ends: a semicolon, or ", and"/", but" before a new clause.
_RELATIVE_END = re.compile(r";|,[ \t]+(?:and|but)[ \t]+")
_ADVERBS_BEFORE_VERB = frozenset("also now still later then already often since".split())
# Words that end a noun phrase read backwards from the comma: the antecedent starts after them.
_NOUN_PHRASE_BREAKS = frozenset(
    "of in on at for with by from to into about over under after before during near outside "
    "inside against between among through across and or but than as said says told "
    "which who that".split()
)
_NOUN_PHRASE_OPENERS = frozenset("the a an its their his her our this these those".split())
# A place phrase the relative may describe as a whole: "the embassy in Tehran, which
# represents ..." is about the embassy; "the head of the agency, which ..." is not the head.
_LOCATIVE = frozenset("in at near outside inside".split())
#: A relative that describes the day itself: "on Tuesday, which was the hottest day".
_DAY_DESCRIBED = re.compile(r",[ \t]+which[ \t]+(?:was|is|will[ \t]+be|would[ \t]+be|marked|saw)\b")
#: A day or month that ends a clause after "on"/"in"/"last"/"next": "a scan on Monday".
_DAY_BEFORE_COMMA = re.compile(
    r"(?<![ \t])[ \t]+(?:on|in|last|next|this|early|late)[ \t]+(?P<day>"
    + "|".join(sorted((n.capitalize() for n in CALENDAR_NAMES), key=len, reverse=True))
    + r")[ \t]*$"
)
_WORD_OR_MARK = re.compile(r"[\w’'.&-]+|[^\w\s]")


@lru_cache(maxsize=1)
def _sentential_verbs() -> frozenset[str]:
    return frozenset(w.lower() for line in tables.data_lines("sentential_relatives.txt")
                     for w in line.split())  # fmt: skip


def _trailing_relative(view: View, *, reported_only: bool = False) -> tuple[View, list[Clause]]:
    """Cut "..., which/who VERB ..." off the clause; it becomes "<the noun before> VERB ...".
    ``reported_only``: only a relative that interrupts a reported clause's subject and its
    verb ("officials said the fire, which started Monday, destroyed homes").

    Not in a question or inside a quotation, not when the verb usually describes the whole
    clause ("which means ..."), and only when the noun before the comma is a noun phrase
    (it opens with a determiner or is a name: "Iran withdrew, which ..." has none)."""
    text = view.text
    if text.rstrip(" \t\"”’'").endswith("?"):
        return view, []
    for match in _TRAILING_RELATIVE.finditer(text):
        verb_at = _owned_end(text, match.end()) if match.group("whose") else match.end()
        where = match.group("where") is not None
        preposition = "in" if where else match.group("preposition")
        if (
            verb_at < 0
            or _open_quotes(text, 0, match.start())
            or not (
                (
                    _starts_with_verb(text[verb_at:])
                    or (match.group().rstrip().endswith("which") and _guessed_verb(text[verb_at:]))
                    or (
                        match.group().rstrip().endswith("who")
                        and _name_before(text, match.start())
                        and _past_after_who(text[verb_at:])
                    )
                )
                if preposition is None
                else _own_clause(text[verb_at : _relative_end(text, verb_at)])
            )
        ):
            continue
        # "Mara Ilves, 34, who was travelling ...": the relative is about Mara Ilves
        antecedent_end = grammar.age_start(text[: match.start()])
        start = _antecedent_start(text, antecedent_end)
        if start is None or not grammar.has_verb(text[: match.start()]):
            continue  # "Many of those questions, which ..., focus on": not a trailing one
        end = _relative_end(text, match.end())
        main_end = end
        closing = _closing_comma(text, match.end())
        if 0 <= closing < end and closing == text.find(",", match.end()):
            # "Officials said the fire, which started Monday, destroyed homes", "speculation
            # that his sister, Kim, who is ..., has taken over": the noun is the subject of
            # a reported clause, and its verb follows the relative's closing comma. The
            # first comma closes it: "Brown, who was black, and Wilson, who ..., were seen"
            # is a listed subject, not one relative.
            end, main_end = closing, closing + 1
        elif 0 <= closing < end and _reported_subject(text, start):
            # "the rumour that Castro, who survived a revolution, a fall and an illness, had
            # died": where the relative ends and the reported verb begins is not clear from
            # the commas; the sentence stays whole
            continue
        complement = _complement_after(text, match.end(), end) if main_end == end else -1
        if complement >= 0:
            # "It tells the Omanis, who ..., that their patience counts for little": the
            # main verb's complement follows the relative's closing comma.
            end, main_end = complement, complement + 1
        if reported_only and main_end == end:
            continue
        antecedent = view.slice(start, antecedent_end)
        subject = text[start:antecedent_end].strip()
        link = [Piece(-1, " ")]
        if match.group("whose"):  # "the union, whose members have said" -> "the union's members"
            owned = text[match.end() : verb_at].strip()
            link = [Piece(-1, f"'s {owned} ")]
            subject = f"{subject}'s {owned}"
        body = view.slice(verb_at, end)
        relative = View([*antecedent.pieces, *link, *body.pieces], view.kept)
        if preposition is not None:
            start = _phrase_start(text, match.start())
            if start is None or not (
                _place(text, start, match.start())
                if where
                else _occasion(text[start : match.start()])
            ):
                continue  # ", where" after "a situation", "in which" after "this week"
            antecedent = view.slice(start, match.start())
            subject = text[start : match.start()].strip()
            lead = Piece(-1, f"{preposition.capitalize()} ")
            relative = View([lead, *antecedent.pieces, Piece(-1, ", "), *body.pieces], view.kept)
            subject = subject_of(body.text) or subject
        # an age before an interrupting relative goes with it: "his sister, Kim, 24, who is
        # ..., has taken over" -> "his sister, Kim has taken over", not "Kim, 24 has"
        cut = antecedent_end if main_end != end else match.start()
        main = view.without(cut, main_end)
        return main, [Clause(relative, subject, "relative")]
    return view, []


#: What may follow a relative's closing comma and still belong to the main verb: "that"
#: and a clause ("told the board, which ..., that the plant was safe"), or "to" and a verb
#: ("urged the envoys, who ..., to stay").
_COMPLEMENT = re.compile(r"[ \t]+(?:that[ \t]+(?P<clause>\S.*)|to[ \t]+(?P<verb>[a-z]+)\b)", re.S)


#: Words that open the subject of a "that" clause and never a time phrase ("that evening",
#: "that Monday" date the main verb).
_COMPLEMENT_SUBJECTS = frozenset(
    "the a an its their his her our it they he she we there no".split()
)


def _complement_after(text: str, start: int, end: int) -> int:
    """The comma closing a relative opened at ``start`` when the main verb's complement
    follows it (the first comma before ``end``); -1 when none does. "to the surprise of
    investors" is no complement: "to" must open a verb."""
    closing = text.find(",", start, end)
    if closing < 0:
        return -1
    found = _COMPLEMENT.match(text, closing + 1, end)
    if found is None:
        return closing if _time_phrase_to_the_end(text[closing + 1 : end]) else -1
    clause = found.group("clause")
    if clause is not None:
        # after a relative's comma "that" opens no relative, so a subject's first word is
        # enough ("that their patience counts"), where the shallow grammar may miss the verb
        first = clause.split(None, 1)[0].lower()
        firm = first in _COMPLEMENT_SUBJECTS or grammar.clause_verb_is_firm(clause)
        return closing if firm else -1
    verb = found.group("verb")
    return closing if verb in verbs() else -1


#: Prepositions that open a time phrase: "close the studio, which employs 90 people, by
#: the end of March".
_TIME_PREPOSITIONS = frozenset("by before until on in from after within at during".split())


def _time_phrase_to_the_end(rest: str) -> bool:
    """Whether ``rest``, all that follows a relative's closing comma, is a short phrase of
    time: when the main verb's act happens ("..., by the end of March.", "..., in 2027"),
    not the relative's. A phrase of place or number ("..., in 12 countries") is left."""
    words = rest.rstrip(" \t.!\"”’'").split()
    if not 2 <= len(words) <= 6 or words[0].lower() not in _TIME_PREPOSITIONS:
        return False
    return any(
        word.lower() in CALENDAR_NAMES
        or word.lower() in _SUBJECT_TIME_NOUNS
        or numbers.is_year(word)
        for word in words[1:]
    )


def _reported_subject(text: str, start: int) -> bool:
    """The noun phrase at ``start`` follows a verb of saying ("officials said the fire") or
    the "that" opening a clause ("the rumour that his sister"; a determiner "that" is part
    of the phrase, never before it): it is the subject of that clause, not an object."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    last = before[-1].lower()
    return last == "that" or last in attribution.saying_verbs()


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return tables.words("place_nouns.txt")


#: Prepositions before a name that make it a place ("moved to Kuwait, where ...").
_PLACE_PREPOSITIONS = frozenset("in to at from near outside inside into toward towards of".split())


def _place(text: str, start: int, end: int) -> bool:
    """ "the city's main hospital": a noun phrase whose last word names a place; "(moved
    to) Kuwait": a name after a place preposition, not a day, a month or a titled person
    ("a statement from Mr Ruiz, where"). ", where" after either is about that place."""
    phrase = text[start:end]
    words = phrase.split()
    if not words:
        return False
    last = words[-1].strip(".,")
    if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return len(words) >= 2 and _opened_phrase(phrase) and last.lower() in _place_nouns()
    before = text[max(0, start - 20) : start].split()
    return (
        bool(before)
        and before[-1].lower() in _PLACE_PREPOSITIONS
        and not _DATE_OR_FIGURE.fullmatch(last)
        and words[0].lower().rstrip(".") not in tables.every_person_title()
    )


@lru_cache(maxsize=1)
def _occasion_nouns() -> frozenset[str]:
    return tables.words("occasion_nouns.txt")


def _occasion(phrase: str) -> bool:
    """ "the 13-minute speech", "Friday's ceremony": a phrase opened by a determiner or a
    possessive whose last word names an occasion, so "in/at/during which" is about it (not
    "a scam run out of Israel, in which": the scam; not "this week, in which")."""
    words = phrase.split()
    return (
        len(words) >= 2
        and _opened_phrase(phrase)
        and words[-1].lower().strip(".,") in _occasion_nouns()
    )


def _own_clause(text: str) -> bool:
    """A clause with its own subject and verb ("two members walked out") that runs to the
    end of the text: not a question's ("which witness lied") and not one a comma closes
    before the main verb ("the pause, during which he ran, is also important")."""
    first = _WORD.search(text)
    if first is None or first.group(0).lower() in _NOT_ASIDE_SUBJECT:
        return False
    comma = text.find(",")
    while comma >= 0:
        if _finite_after_adverb(text[comma + 1 :].lstrip()):
            return False
        comma = text.find(",", comma + 1)
    at = first.start()
    return grammar.clause_verb_is_firm(text[:at] + text[at].upper() + text[at + 1 :])


def _owned_end(text: str, start: int) -> int:
    """Where the verb after "whose" and its noun starts ("whose members have said": at
    "have"), trying one noun word, then two; -1 when no verb follows them."""
    at = start
    for _ in range(2):
        word = _OWNED_WORD.match(text, at)
        if word is None or word.group(0).strip() in grammar.AUXILIARIES:
            return -1
        at = word.end()
        if _starts_with_verb(text[at:]):
            return at
    return -1


def _relative_end(text: str, start: int) -> int:
    """Where a relative clause opened at ``start`` ends: a semicolon, ", and"/", but" before
    a new clause with its own subject ("..., and the ferry resumed"), or the text's end."""
    for found in _RELATIVE_END.finditer(text, start):
        if found.group(0) == ";" or grammar.clause_verb_is_firm(text[found.end() :]):
            return found.start()
    return len(text)


def _starts_with_verb(text: str) -> bool:
    """A finite verb opens ``text`` (after an adverb such as "also"), not a sentential one."""
    first, _, rest = text.partition(" ")
    if first.lower() in _ADVERBS_BEFORE_VERB:
        first, _, rest = rest.partition(" ")
        text = f"{first} {rest}"
    if first.lower().strip(",") in _sentential_verbs():
        return False
    second = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if second in ("what", "why", "how"):
        return False  # "which is what ...", "which is why ...": about the whole clause
    if first.lower() not in grammar.AUXILIARIES and second in grammar.AUXILIARIES:
        return False  # "which reports have indicated ...": a noun, then its verb
    return grammar.is_finite_start(text, strict=True)


#: What follows a verb's -s form right after ", which" ("which operates the plant",
#: "which employs 400"): an object's first word.
_OBJECT_OPENERS = frozenset("the a an its their his her our this these those some".split())


def _name_before(text: str, end: int) -> bool:
    """Whether a person's name of two capitalised words or more ends at ``end``, not after
    a preposition but "by" ("arrested Carla Wendt, who", "by Carla Wendt, who"; not "in West
    London, who" nor "on the matter, who")."""
    words = text[:end].split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if run < 2 or run == len(words):
        return run >= 2
    before = words[-1 - run].lower()
    # a passive's agent ("by Ana Ruiz, who") is a person; a place follows "in", "from", ...
    return before == "by" or before not in tables.words("prepositions.txt")


def _past_after_who(text: str) -> bool:
    """ "queried payments" after ", who": a lower-case -ed word of five letters or more
    (no word of data/ed_non_verbs.txt) is the relative's past, whether or not the verb list
    knows it; a person does something after "who"."""
    words = text.split(None, 2)
    if words and words[0].lower() in _ADVERBS_BEFORE_VERB:
        words = words[1:]
    if not words:
        return False
    first = words[0].strip(",")
    return (
        first.islower()
        and first.endswith("ed")
        and len(first) >= 5
        and first not in tables.words("ed_non_verbs.txt")
    )


def _guessed_verb(text: str) -> bool:
    """ "operates the plant" after ", which": a lower-case -s word the verb list does not
    know, then an object (a determiner, a name or a figure). Right after a relative word a
    plural noun would need a verb of its own next ("which reports have ..."), so the -s
    word is the relative's verb. Not after "who" (whose person it is, the noun before the
    comma may not say: "an analyst at Cowen, who quotes ..."), and not before ", and" (the
    relative may sit in a list: "groups such as X, which helps ..., and Y"), where only a
    known verb is trusted."""
    words = text.split(None, 2)
    if len(words) < 2 or ", and " in text:
        return False
    first, second = words[0], words[1]
    return (
        first.isalpha()
        and first.islower()
        and len(first) > 4
        and first.endswith("s")
        and not first.endswith(("ss", "us", "is"))
        and first not in _sentential_verbs()
        and (second.lower() in _OBJECT_OPENERS or second[:1].isupper() or second[:1].isdigit())
    )


# Cached: the apposition and relative rules ask for the same noun phrase of the same clause
# (about half the calls on FNC-1 bodies repeat one of the same sentence).
@lru_cache(maxsize=1024)
def _antecedent_start(text: str, comma: int) -> int | None:
    """Where the noun phrase ending at ``comma`` starts, or None when there is none.

    Read backwards word by word up to a determiner (included) or a preposition, verb or
    mark (excluded). Without a determiner every word must be capitalised (a name). A noun
    phrase after a place preposition extends over it ("the fire at its plant")."""
    start = _phrase_start(text, comma)
    if start is None:
        return None
    day = _DAY_BEFORE_COMMA.search(text, max(0, start - 8), comma)
    if day is not None and day.start("day") == start and not _DAY_DESCRIBED.match(text, comma):
        # "went for a scan on Monday, which showed a tear": the day dates the act, and the
        # relative is about the thing before it, not the day ("Monday showed a tear")
        dated = _phrase_start(text, day.start())
        if dated is not None:
            return dated
    before = _WORD_OR_MARK.findall(text[max(0, start - 40) : start])
    if before and before[-1].lower() in _LOCATIVE and text[start - 1 : start].isspace():
        preposition = text.rfind(before[-1], 0, start)
        outer = _phrase_start(text, preposition - 1) if preposition > 0 else None
        if outer is not None and text[outer:preposition].split()[0].lower() in (
            _NOUN_PHRASE_OPENERS
        ):
            return outer
    return start


@lru_cache(maxsize=1024)  # as ``_antecedent_start``
def _phrase_start(text: str, end: int) -> int | None:
    """Start of the noun phrase that ends at ``end`` (see ``_antecedent_start``)."""
    window_start = max(0, end - 100)
    words = list(_WORD_OR_MARK.finditer(text, window_start, end))
    start: int | None = None
    opened = possessive = False
    lower_words = 0
    for count, word in enumerate(reversed(words)):
        lower = word.group().lower()
        if count >= 6 or not (word.group()[:1].isalnum()):
            break
        lower_words += word.group()[:1].islower()
        if lower_words > 3 and lower not in _NOUN_PHRASE_OPENERS:
            break  # "the temporary exemption prolonged market uncertainty": a clause
        if lower in _NOUN_PHRASE_BREAKS:
            if not (lower in _NAME_JOINERS and _continues_name(words, count, start, end, text)):
                break
            continue  # "the Alliance for American Manufacturing", "Canada and Mexico"
        if lower in _NOUN_PHRASE_OPENERS:
            start, opened = word.start(), True
            break
        if possessive and lower not in _NOUN_PHRASE_OPENERS and word.group()[:1].islower():
            break  # "policies regarding women's rights": only a name goes on before it
        if count > 0 and _names_owner(word.group()):
            # "Wednesday's ceremony" opens a phrase as "the ceremony" does; a name may
            # go on before it ("Ronald Reagan's Bible"). Not "women's rights": in
            # "policies regarding women's rights, which" the phrase starts further back.
            start, opened, possessive = word.start(), True, True
            continue
        if (
            word.group()[:1].islower()
            and grammar.is_finite_start(word.group(), strict=True)
            and not (count == 0 and lower in _occasion_nouns())
        ):
            # "... injured, which": a verb, not a noun; "the rules, in which" ends in an
            # occasion's or a document's noun (data/occasion_nouns.txt) that may read as one
            break
        start = word.start()
    if start is None:
        return None
    phrase = text[start:end].split()
    if not opened and not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in phrase):
        return None
    if any(_plural_inside(w) for w in phrase[1:-1]):
        return None  # "The decision prolongs market uncertainty": a verb inside, no phrase
    return start


_DAY_OWNERS = frozenset(
    f"{day}{mark}s" for day in ("today", "yesterday", "tomorrow", "tonight") for mark in "'’"
)


def _names_owner(word: str) -> bool:
    """A possessive that opens a noun phrase as a determiner does: a name's ("Friday's",
    "al-Baghdadi's", "9to5Mac's") or a day's ("today's"), not a common noun's ("women's
    rights" may sit inside a longer phrase)."""
    lower = word.lower()
    if not lower.endswith(("'s", "’s")):
        return False
    return not word[:1].islower() or "-" in word or lower in _DAY_OWNERS


#: Small words inside a name ("Alliance for American Manufacturing", "Canada and Mexico").
_NAME_JOINERS = frozenset("of for and".split())


def _continues_name(
    words: list[re.Match[str]], count: int, start: int | None, end: int, text: str
) -> bool:
    """Whether the joiner at ``count`` (read backwards) sits between capitalised words."""
    index = len(words) - 1 - count
    before = words[index - 1].group() if index > 0 else ""
    after = text[start:end].split() if start is not None else []
    return before[:1].isupper() and bool(after) and all(w[:1].isupper() for w in after)


def _plural_inside(word: str) -> bool:
    """A lower-case -s word before a noun phrase's head is a verb ("prolongs"), rarely a
    modifier: noun modifiers are singular ("the steel plant")."""
    return word[:1].islower() and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def _not_an_adverb(word: str | None) -> bool:
    """A word in -ly before the -ing word that is an adjective or a noun ("early voting",
    "family feuding"): the -ing word is then no participle of the clause's subject."""
    return word is not None and (
        word in tables.words("ly_adjectives.txt") or word in tables.words("ly_nouns.txt")
    )


def _trailing_participle(main: View, subject: str | None) -> tuple[View, str | None, Clause | None]:
    consequence = _consequence(main)
    if consequence is not None:
        return consequence
    if subject is None:
        return main, None, None
    match = _PARTICIPLE.search(main.text) or _dash_participle(main.text)
    if (
        match is None
        or _not_an_adverb(match.group("adverb"))
        or subject.split(None, 1)[0].lower() in _PREPOSITION_SUBJECTS
        or subject.lower() == "there"  # "There were no exemptions, sparking ...": no doer
        or _subject_of_the_participle(subject, match.group("verb"))
        or _subject_runs_into_the_participle(subject, match.group("verb"))
    ):
        return main, None, None
    if _toll_of_inner_event(main.text, match) or _clause_after_dash(main.text[: match.start()]):
        return main, None, None
    if _result_of_inability(main.text[: match.start()], match.group("verb")):
        return _undergone_result(main, match)
    if match.group("verb") in _PARTICIPLES:
        verb = grammar.past_tense(verb_lemma(match.group("verb")))
    elif _participle_subject(subject) and _subject_participle(main.text, match):
        verb = grammar.past_of_participle(match.group("verb"))
    else:
        return main, None, None
    # "The firm never paid the fine, saying it was unfair": the subject's words run to the
    # verb, and "never" is the head's; the firm did say it
    doer = _without_negation_at_the_end(subject)
    shared = _head_tense(main.text[: match.start()], subject, match.group("verb"))
    if shared is not None:  # "will close the plant, cutting 640 jobs": "will cut"
        doer, verb = shared
    clause_view = main.slice(match.start("rest")).prepend(f"{doer} {verb} ")
    if match.group("adverb") is not None:  # "essentially shielding" -> "X essentially shielded"
        adverb = main.slice(match.start("adverb"), match.end("adverb"))
        rest = main.slice(match.start("rest")).pieces
        pieces = [Piece(-1, f"{doer} "), *adverb.pieces, Piece(-1, f" {verb} "), *rest]
        clause_view = View(pieces, main.kept)
    reason = find_reason(match.group(0).lstrip(" \t,—–―-"))
    head = main.slice(0, match.start())
    return head, reason, Clause(clause_view, subject, "participle")


#: A modal before the head's verb that the participle's act shares: what the subject
#: will or may do brings its result with it ("will close the plant, cutting 640 jobs").
_HEAD_MODAL = re.compile(
    r"(?<![ \t])(?:[ \t]+[a-z]{2,20}ly)?[ \t]+(?P<modal>will|would|could|may|might)"
    r"[ \t]+(?!not\b|never\b)[a-z]"
)


def _without_negation_at_the_end(subject: str) -> str:
    """``subject`` without a "never" that closes it before its verb ("The firm never"): the
    negation belongs to the head's verb, not to a participle's act. Other adverbs stay
    ("Police reportedly", "The firm also"): they hold for both acts, or a hedge would be
    lost."""
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in _NEGATING_ADVERBS:
        words.pop()
    return " ".join(words)


#: Adverbs of negation that a subject's words may run to before the verb.
_NEGATING_ADVERBS = frozenset(("never", "not"))


def _head_tense(head: str, subject: str, participle: str) -> tuple[str, str] | None:
    """The doer's words and the verb a trailing participle's act takes from its head, when
    the head's verb right after the subject is a modal or a present (``_head_modal``,
    ``_present_of_head``), or None: the participle's act is then a past. A participle of
    saying, judging or citing is said now, whatever the head's tense ("will resign, saying
    he lost trust": he said so; "will close, calling it a danger": he called it so)."""
    if participle in reporting_participles() or participle == "citing":
        return None
    if participle in tables.words("judging_participles.txt"):
        return None
    lemma = _participle_lemma(participle)
    if lemma is None or not head.startswith(subject):
        return None
    modal = _head_modal(head, subject, lemma)
    if modal is not None:
        return f"{subject} {modal}", lemma
    present = _present_of_head(head, subject, lemma)
    return (subject, present) if present is not None else None


def _head_modal(head: str, subject: str, lemma: str) -> str | None:
    """The modal of the head's verb right after the subject ("Harwell will close ...",
    "The fund could soon run dry ..."), which the act of the participle of ``lemma``
    shares: "cutting 640 jobs" is then what the subject will do, not what it did. Not a
    state of mind ("will take no action, believing that ...": believes now, a reason),
    nor after a negated head ("will not close the plant, saving jobs" leaves it unsaid)."""
    if lemma in tables.words("state_verbs.txt"):
        return None
    found = _HEAD_MODAL.match(head, len(subject))
    return found.group("modal") if found is not None else None


#: The first word after a clause's subject, past an -ly adverb.
_HEAD_VERB = re.compile(r"(?<![ \t])(?:[ \t]+[a-z]{2,20}ly)?[ \t]+(?P<verb>[a-z]{2,20})(?![\w'’-])")


def _present_of_head(head: str, subject: str, lemma: str) -> str | None:
    """The present of ``lemma`` when the head's verb right after the subject is a present
    that no past shares ("Glass furnaces use a lot of gas, making ...": "make"; "The
    device stores data, allowing ...": "allows"), or None. A form that is also a past
    ("cut", "put"), a noun's plural or a present before "to have" ("seems to have been
    at work, painting ...") says no present."""
    found = _HEAD_VERB.match(head, len(subject))
    if found is None:
        return None
    word = found.group("verb")
    head_lemma = verb_lemma(word)
    if head_lemma not in verbs() or _PERFECT_INFINITIVE.match(head, found.end()):
        return None
    if word == head_lemma and _ends_in_a_plural(subject):
        return lemma if grammar.past_tense(word) != word else None
    if word != head_lemma and word == grammar.third_person(head_lemma):
        return grammar.third_person(lemma)
    return None


#: "to have" right after the head's verb: a perfect infinitive ("seems to have been").
_PERFECT_INFINITIVE = re.compile(r"(?<![ \t])[ \t]+to[ \t]+have(?![\w'’-])")


def _participle_lemma(participle: str) -> str | None:
    """The verb of an -ing form ("cutting" -> "cut", "using" -> "use"), from its own stem
    as ``grammar.past_of_participle`` reads it, else the lemmatizer's ("shattering" ->
    "shatter"), or None when neither gives a verb's form."""
    known = next((lemma for lemma in grammar.ing_stems(participle) if lemma in verbs()), None)
    if known is not None:
        return known
    lemma = verb_lemma(participle)
    return None if lemma.endswith("ing") else lemma


def _ends_in_a_plural(subject: str) -> bool:
    """A subject whose last word is a plural in -s ("Glass furnaces"), not a name's."""
    last = subject.rsplit(None, 1)[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _subject_of_the_participle(subject: str, verb: str) -> bool:
    """The subject is the participle's own phrase, a gerund ("In the storm, preventing
    damage was hard": "preventing damage" is what was hard), so no act follows a clause."""
    return subject.split(None, 1)[0].lower() == verb


def _subject_runs_into_the_participle(subject: str, verb: str) -> bool:
    """The subject read runs on past the comma into the participle's own phrase ("The guards
    beat a hasty retreat, warning colleagues that a sniper": no verb was found before the
    participle, so the words up to a later one were taken): there is no subject to give the
    participle, and copying this one would garble the claim."""
    return f", {verb} " in subject or subject.endswith(f", {verb}")


#: Participles that tell what an event brought about ("..., leaving 300 homes without
#: power", "..., forcing the airport to close"): the event's result, not an act its
#: subject chose.
_RESULT_PARTICIPLES = frozenset(
    "leaving forcing prompting sparking triggering causing preventing".split()
)
#: A head that says its subject could not do a thing: "Customers could not pay", "Crews
#: were unable to reach the village".
_INABILITY = re.compile(
    r"\b(?:could[ \t]+not|couldn[’']t|cannot|can[’']t|(?:was|were|are|is)[ \t]+unable[ \t]+to)\b",
    re.I,
)


def _result_of_inability(head: str, verb: str) -> bool:
    """A result participle ("leaving", "forcing") after a head that tells what its subject
    could not do ("Customers could not use their cards after a fault, leaving shoppers
    stranded"): the subject suffered the event, and what the event left is not the
    subject's act ("Customers left shoppers stranded" reads the subject as the doer). The
    sentence stays one claim. Not after a head of a choice ("Drivers did not stop,
    leaving guards unable to check them") or a plain act ("The storm cut power, leaving
    ..."), and not for a participle of speech ("could not attend, saying he was ill")."""
    return verb in _RESULT_PARTICIPLES and _INABILITY.search(head) is not None


#: The plural object of a result participle, with the rest of the clause: "(leaving) 300
#: homes without power", "(forcing) residents to walk out".
_PLURAL_OBJECT = re.compile(
    r"(?P<object>(?:(?:the|some|many|most|all|\d[\d,]{0,12})[ \t]+)?[a-z]{2,20}[^s\W]s)"
    r"[ \t]+(?P<rest>\S.*)$"
)
#: The passive of a result participle a plural object takes ("were left", "were forced").
_UNDERGONE = {"leaving": "left", "forcing": "forced"}


def _undergone_result(main: View, match: re.Match[str]) -> tuple[View, str | None, Clause | None]:
    """A result after a head of inability (``_result_of_inability``), told of what it befell:
    "Customers could not pay, leaving shoppers stranded at tills" -> "Customers could not
    pay" and "Shoppers were left stranded at tills"; "..., forcing residents to walk out"
    -> "Residents were forced to walk out". Any other result ("prompting an inquiry", a
    singular object) stays in its sentence: one claim."""
    passive = _UNDERGONE.get(match.group("verb"))
    found = _PLURAL_OBJECT.match(match.group("rest"))
    if passive is None or found is None or match.group("adverb") is not None:
        return main, None, None
    subject = found.group("object")
    subject = subject[:1].upper() + subject[1:]
    rest = main.slice(match.start("rest") + found.start("rest"))
    clause_view = View([Piece(-1, f"{subject} were {passive} "), *rest.pieces], main.kept)
    head = main.slice(0, match.start())
    return head, None, Clause(clause_view, subject, "participle")


#: A clause of time inside a head ("... a year ago when it bombed the depot"): the event a
#: toll participle after it counts.
_TIME_CLAUSE_INSIDE = re.compile(r"\b(?:when|as|after|while|before)\b")


def _toll_of_inner_event(text: str, match: re.Match[str]) -> bool:
    """ "..., killing four" after a clause of time inside the head ("gained notoriety a year
    ago when it bombed the depot, killing four"): the toll belongs to that clause's event,
    so it stays in its sentence with the event and its time (data/toll_participles.txt)."""
    if match.group("verb") not in tables.words("toll_participles.txt"):
        return False
    head = text[: match.start()]
    # the clause's verb before any comma: "as chief of staff, Ruiz was ..." opens no clause
    return any(
        grammar.has_verb(head[found.end() :].split(",", 1)[0])
        for found in _TIME_CLAUSE_INSIDE.finditer(head)
    )


def _dash_participle(text: str) -> re.Match[str] | None:
    """ "X — <adverb> <verb>ing ..." at the end of a clause with no other dash."""
    dash = dashes.trailing_dash(text)
    if dash is None:
        return None
    blanks = len(dash.group(0)) - len(dash.group(0).lstrip())
    return _DASH_PARTICIPLE.match(text, dash.start() + blanks)  # matched at the dash


# ", meaning (that) the fund will close": a consequence with its own subject and verb.
_CONSEQUENCE = re.compile(r",[ \t]+meaning[ \t]+(?:that[ \t]+)?")


def _consequence(main: View) -> tuple[View, None, Clause] | None:
    """ "X, meaning Y": Y is a statement of its own (the subject of "meaning" is the whole
    clause before it, so no subject is carried); X is the main clause."""
    text = main.text
    if ", meaning " not in text:
        return None  # most sentences: one substring test in C
    match = _CONSEQUENCE.search(text)
    if match is None or _open_quotes(text, 0, match.start()):
        return None
    rest = text[match.end() :]
    if not grammar.has_verb(text[: match.start()]) or not grammar.clause_verb_is_firm(rest):
        return None  # "a cut, meaning fewer trains" has no clause after it
    clause = Clause(main.slice(match.end()), subject_of(rest), "main")
    return main.slice(0, match.start()), None, clause


#: What may follow a participle that opens a clause ("ushering in", "vowing to", "telling
#: a radio station", "capping his rise"): not "and", "or" or a mark, as in a list of nouns
#: ("swimming, cycling and hiking").
_PARTICIPLE_OBJECT = frozenset(
    "the a an his her its their our my your this that these those some many more most "
    "in on at to for with from over about into up out back off down after before against "
    "through across him them it us me what how why whether".split()
)


# After the participle: a list of -ing phrases ("preventing X, constraining Y, and managing
# Z"), a new clause (", but a spokesman said ..."), or a phrase that goes on after a name
# ("with Mr. Ruiz, representing the firm, that ..."): the participle does not end the clause.
_PARTICIPLE_NOT_TRAILING = re.compile(
    r"\b(?:and|or)[ \t]+(?:then[ \t]+|also[ \t]+)?[a-z]+ing\b|;"
    r"|,[ \t]+(?:and|but|that|while|or|yet|had|has|have|was|were|is|are|will|would)\b"
)
# A clause inside the head ("... after the army opened the dams, flooding the valley";
# "... as a guard stands beside him, holding a rifle"; "would retaliate if the tariffs take
# effect, placing ..."): the participle may be about that clause's subject. A "that" clause
# ("hinted that he may resign, telling ...") leaves it to the main subject.
_CLAUSE_INSIDE = re.compile(
    r"\b(?:as|after|when|while|because|since|before|until|if|unless|although|though|which|"
    r"who|whom|where|whereas|but)\b"
)
_SPEAKER_AFTER_QUOTE = re.compile(r"[,?!][\"”’][ \t]+\S+(?:[ \t]+\S+){0,4}$")
_EXPLETIVE_SUBJECTS = frozenset("there it this that".split())


#: A determiner opening the object of a participle: "turning the sky ...".
_OBJECT_DETERMINERS = frozenset("the a an his her its their our".split())


def _second_act(rest: str, found: re.Match[str]) -> bool:
    """ "and <verb>ing" after a participle that took an object ("turning the sky yellow and
    sending residents running"): a second act of the same subject (``_participle_conjuncts``
    splits it), not a list of -ing nouns ("including swimming and cycling") or a phrase
    the participle begins. Only "and" right before an -ing word that is a verb form, and
    only after a participle whose object opens with a determiner."""
    words = found.group().split()
    if len(words) != 2 or words[0] != "and" or not words[-1].endswith("ing"):
        return False  # "and then burning": left whole, as ``_participle_conjuncts`` would
    if words[-1] in tables.words("not_participles.txt"):
        return False
    # "suggesting the phone is good for shaving legs and trimming hair", "showing her
    # wearing a hijab and begging": the "and" may join an -ing word inside the object
    return rest.split(None, 1)[0] in _OBJECT_DETERMINERS and not _ING_WORD.search(
        rest[: found.start()]
    )


#: An -ing word after a preposition or a name: a gerund ("after taking the woman", "for
#: shaving legs") or a participle of the name ("showed Ana Ruiz running"), which a later
#: "and <verb>ing" may continue.
_GERUND = re.compile(
    r"\b(?:after|before|by|for|from|of|while|without|since|on|in|about)[ \t]+[a-z]{2,20}ing\b"
    r"|\b(?!(?:The|A|An|This|That|His|Her|Its|Their|Our)\b)[A-Z][a-z]+[ \t]+[a-z]{2,20}ing\b"
)


def _subject_participle(text: str, match: re.Match[str]) -> bool:
    """Whether ", <verb>ing ..." at the end of a clause is a participle clause about the
    clause's subject: a verb form (a stem with a vowel: not "thing", "spring"), not a
    preposition ("including"), a noun ("hearing") or a participle that describes the noun
    before the comma ("fines, totaling $5 million"); followed by an object, a preposition,
    a quotation, a name or a figure; after a clause with a verb and outside quotation marks.
    """
    verb = match.group("verb")
    stem = verb[:-3]
    if (
        len(stem) < 2
        or not any(v in stem for v in "aeiouy")
        or verb in tables.words("not_participles.txt")
    ):
        return False
    rest = match.group("rest")
    following = rest.split(None, 1)[0]
    if not (
        following.lower() in _PARTICIPLE_OBJECT
        or following[:1].isupper()
        or following[:1].isdigit()
        or following[:1] in '"“‘$'
        # "telling staff in a memo that ...", "telling reporters: ...": a bare noun is the
        # person told when what was told follows it
        or (verb == "telling" and attribution.opens_with_person_told(rest))
    ):
        return False
    head = text[: match.start()]
    for found in _PARTICIPLE_NOT_TRAILING.finditer(rest):
        if _open_quotes(rest, 0, found.start()):
            continue
        # "was drugged after taking her to a sauna, enjoying a beer and then kissing her": a
        # list of gerunds the head began
        if not _second_act(rest, found) or _GERUND.search(head.rsplit(",", 1)[-1]):
            return False
    words = head.split()
    said = tables.words("attribution_verbs.txt")
    return (
        len(words) >= 4
        and words[-1].lower() not in ("and", "or", "but")
        # '"...," he continued, referring to ...': about the speaker after the quotation
        and _SPEAKER_AFTER_QUOTE.search(head) is None
        # "..., the official said yesterday, speaking on ...": about the speaker
        and not any(word.strip("\"”’',") in said for word in words[-6:])
        and not _clause_inside(head)
        and not _copular_that(head)
        and grammar.has_verb(head)
        and not _open_quotes(text, 0, match.start())
    )


#: A dash between blanks, then a pronoun: a clause of its own ("X is not in doubt - he
#: posted a photo"), not a description set off by dashes ("X — a woman named Y —").
_DASH_THEN_PRONOUN = re.compile(r"[ \t](?:-|--|—|–)[ \t]+(?:he|she|they|it|we|I)[ \t]")


def _clause_after_dash(head: str) -> bool:
    """ "X is not in doubt - he posted a photo, saying ...": the participle may be about
    the subject of the clause after the dash rather than the sentence's."""
    return any(grammar.has_verb(head[found.end() :]) for found in _DASH_THEN_PRONOUN.finditer(head))


def _clause_inside(head: str) -> bool:
    return any(grammar.has_verb(head[found.end() :]) for found in _CLAUSE_INSIDE.finditer(head))


_BE_FORMS = frozenset("is are was were".split())


def _copular_that(head: str) -> bool:
    """ "The photos are a sign that the army has changed its tactics, stepping up ...": after
    "X is <noun> that <clause>" the participle is the inner clause's, not X's."""
    at = head.find(" that ")
    if at < 0:
        return False
    verb = grammar.first_verb(head[:at])
    if verb is None or verb.lower() not in _BE_FORMS:
        return False
    # a noun before "that" ("is the clearest sign that"), not an adjective ("was
    # optimistic that his country would ..., arguing": the subject argued)
    after_verb = head[: at + 1].split(f" {verb} ", 1)[-1].split()
    return (
        bool(after_verb)
        and after_verb[0].lower() in ("a", "an", "the")
        and (grammar.has_verb(head[at + 6 :]))
    )


#: Words that open a phrase, not a subject ("Among those things that X ..."): what such a
#: "subject" holds is no doer of a participle.
_PREPOSITION_SUBJECTS = frozenset(
    "even among besides regarding beyond across through to of whether".split()
)


def _participle_subject(subject: str) -> bool:
    """A subject the participle can be about: not a possessive ("Clinton's release": the
    verb was missed), a leading phrase ("Even for a Congress ...", "Regardless, the IPO")
    or an empty "there"/"it"."""
    first = subject.split(None, 1)[0].lower()
    return (
        not subject.endswith(("'s", "’s"))
        and ", " not in subject
        and first not in _ADVERBIAL_OPENERS | _EXPLETIVE_SUBJECTS | _PREPOSITION_SUBJECTS
    )


# "paid $4 million in fines and $1 million in fees": a second figure object after "and".
_FIGURE_AFTER_AND = re.compile(
    r"(?<![ \t,])[ \t]+and[ \t]+(?=(?:(?:about|nearly|almost|roughly|some|over|more[ \t]+than|"
    r"another|an[ \t]+additional)[ \t]+)?[$€£]?\d)"
)
_FIRST_FIGURE = re.compile(
    r"(?<![\w$€£.,])(?:(?:about|nearly|almost|roughly|some|over|more[ \t]+than)[ \t]+)?[$€£]?\d"
)


def _figure_objects(part: View) -> list[View]:
    """ "The couple paid $4 million in federal taxes and $1 million in state taxes" ->
    "The couple paid $4 million in federal taxes", "The couple paid $1 million in state
    taxes": each figure object of one verb is a claim, so each can be compared on its own.

    Only when a verb stands right before the first figure ("between $2 and $3 million" is
    a range; "in 2014 and 2015" has no verb before the figures) and outside quotations."""
    text = part.text
    if "and" not in text or not scan.has_digit(text):
        return [part]  # the pattern needs " and " and a digit: a cheaper scan settles most
    found = _FIGURE_AFTER_AND.search(text)
    if found is None or _open_quotes(text, 0, found.start()):
        return [part]
    figures = list(_FIRST_FIGURE.finditer(text, 0, found.start()))
    if not figures:
        return [part]
    first = figures[-1]  # the figure nearest before "and"
    before = text[: first.start()].split()
    if (
        len(before) < 2
        or not _verb_before_figure(before[-1])
        or ", " in text[first.end() : found.start()]
    ):
        return [part]
    right = text[found.end() :]
    if ", " in right or grammar.has_verb(right):
        return [part]  # "40 million views and another 15 have ...": a clause of its own
    if _shares_what_follows(text[first.end() : found.start()], right):
        return [part]  # "are 13 and 14 years old": one unit for both figures
    lead = part.slice(0, first.start())
    second = View([*lead.pieces, *part.slice(found.end()).pieces], part.kept)
    return [part.slice(0, found.start()), second]


def _shares_what_follows(gap: str, right: str) -> bool:
    """Whether a bare first figure (nothing but its digits before "and": ``gap``) and a
    second one with a word after it (``right``: "14 years old") share that word: "13 and 14
    years old" are two ages, not "13" and "14 years old"."""
    if gap.strip(" \t0123456789.,"):
        return False  # "$4 million in federal taxes and ...": the first figure's own words
    words = right.split(None, 2)
    return len(words) > 1 and words[0][:1].isdigit() and words[1][:1].isalpha()


def _verb_before_figure(word: str) -> bool:
    """A verb that takes the figure as its object or complement ("paid", "raised", "was")."""
    if not word[:1].islower():
        return False
    return word in grammar.AUXILIARIES or grammar.is_finite_start(word)


# "X released a statement, along with eight years of tax returns": a second object. The
# comma may sit inside a quotation that closes the first object ('calling it "fit to serve,"
# along with ...'): group "close" is that closing mark.
_ADDED_OBJECT = re.compile(
    r",(?P<close>[\"”]?)[ \t]+(?:along[ \t]+with|as[ \t]+well[ \t]+as|together[ \t]+with)[ \t]+"
)
#: A quotation inside the first object: its words are the speaker's, not the sentence's
#: grammar ("to serve" in a quote is no "to"-clause the added object could belong to).
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_AUXILIARY_ALTERNATIVES = "|".join(
    sorted(grammar.AUXILIARIES - {"won't", "can't"}, key=lambda word: (-len(word), word))
)
#: The verb with its auxiliaries and adverbs ("has also long opposed"), matched at the verb.
_VERB_GROUP = re.compile(
    rf"(?:(?:{_AUXILIARY_ALTERNATIVES}|[a-z]+ly|also|long|not|never)[ \t]+)*[\w’'-]+"
)


_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
_CLAUSE_OBJECT = re.compile(r"\b(?:that|which|who|whom|to)[ \t]")


def _object_start(word: str) -> bool:
    """A direct object starts here: a determiner, a possessive, a name or a figure."""
    lower = word.lower()
    return (
        lower in _NOUN_PHRASE_OPENERS
        or lower.endswith(("'s", "’s"))
        or word[:1].isupper()
        or word[:1].isdigit()
    )


def _added_objects(part: View) -> list[View]:
    """ "The campaign released a letter, along with eight years of returns" -> "The campaign
    released a letter", "The campaign released eight years of returns": each object of the
    verb is a claim of its own. Only after a clause with a subject and a verb, and when
    what follows is a noun phrase (not ", along with rising prices, hurt sales")."""
    text = part.text
    if "," not in text:
        return [part]
    found = _ADDED_OBJECT.search(text)
    if found is None:
        return [part]
    close = found.start() + 1 + len(found.group("close"))  # after the quotation it closes
    if _open_quotes(text, 0, close):
        return [part]
    start = _after_leading_adverbial(text)
    verb_start = grammar.subject_end(text[start:]) + start
    if verb_start <= start or verb_start >= found.start():
        return [part]
    subject = text[start:verb_start]
    if len(subject.split()) > 10 or _CLAUSE_OBJECT.search(subject):
        return [part]  # "The panel heard a witness who saw ...": the verb was missed
    group = _VERB_GROUP.match(text, verb_start)
    if group is None or group.end() >= found.start():
        return [part]
    if _COPULA.search(group.group(0)):
        return [part]  # "is responsible for X, as well as Y", "had been reached, as well as"
    obj = text[group.end() : close]
    first_object = obj.split(None, 1)[0] if obj.strip() else ""
    own_words = _QUOTATION.sub(" ", obj) if found.group("close") else obj
    if not _object_start(first_object) or _CLAUSE_OBJECT.search(own_words) or ", " in own_words:
        return [part]
    rest = text[found.end() :]
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if not first or first.lower().endswith("ing") or grammar.is_finite_start(rest):
        return [part]
    if grammar.clause_verb_is_firm(rest) and grammar.first_verb(rest) in grammar.AUXILIARIES:
        return [part]  # ", along with rising prices, have hurt sales": a clause goes on
    lead = part.slice(0, group.end())
    second = View([*lead.pieces, Piece(-1, " "), *part.slice(found.end()).pieces], part.kept)
    head = part.slice(0, found.start())
    if found.group("close"):  # the quotation closed, without the comma inside it
        head = View([*head.pieces, *part.slice(found.start() + 1, close).pieces], part.kept)
    return [head, second]


def _coordinated(view: View, subject: str | None, reason: str | None) -> list[Clause]:
    parts: list[View] = []
    own_subjects: set[int] = set()  # parts that open with their own subject
    for part, opens_subject in _coordination_parts(view):
        if opens_subject:
            own_subjects.add(len(parts))
        parts += [p for f in _figure_objects(part) for p in _added_objects(f)]
    clauses = []
    # Only a second part may need the first one's auxiliary: one part (most) never asks.
    aux = _first_auxiliary(parts[0].text, subject) if len(parts) > 1 else None
    passive = aux is not None and _is_passive(parts[0].text, aux)
    shared_subject = subject
    for index, part in enumerate(parts):
        text = part.text.strip()
        if index == 1 and subject:
            subject = _without_sequence_adverb(subject)
        if (
            index > 0
            and subject
            and text[:1].islower()
            and _time_phrase_before_verb(text)
            and not grammar.is_finite_start(text)
        ):
            # "..., and on Wednesday said they would appeal": a time phrase before the
            # verb; the subject is shared all the same
            part = part.prepend(f"{subject} ")
        elif index > 0 and subject and index not in own_subjects and grammar.is_finite_start(text):
            # "were detained and held overnight": the second participle shares "were".
            shared = (
                f"{_shared_auxiliary(parts[0].text, aux, subject)} "
                if aux and passive and _opens_with_bare_participle(text)
                else ""
            )
            if not shared and grammar.is_participle_only(text.split(None, 1)[0]):
                # a participle that is never a simple past shares the first one's auxiliary:
                # "had been captured and taken prisoner", "has done ... and gone to ..."
                own = aux.group(0) if aux and passive else _perfect_aux(parts[0].text)
                shared = f"{own} " if own else ""
            part = part.prepend(f"{subject} {shared}")
        elif index > 0 and aux and _GAPPED.match(text):
            gap = _GAPPED.match(text)
            assert gap is not None
            offset = len(part.text) - len(part.text.lstrip())
            cut = offset + gap.end("q")
            inserted = Piece(-1, " " + aux.group(0))
            part = View([*part.slice(0, cut).pieces, inserted, *part.slice(cut).pieces], part.kept)
        if index > 0:
            part = part.slice(_complement_that_end(part.text))
        clause_subject = shared_subject if index == 0 else (subject_of(part.text) or subject)
        clause_reason = find_reason(part.text) or (reason if index == 0 else None)
        clauses.append(Clause(part, clause_subject, "main", clause_reason))
    return clauses


def _without_sequence_adverb(subject: str) -> str:
    """``subject`` without an adverb of ``data/sequence_adverbs.txt`` that ends it ("The
    boss initially": The boss): it dates the first of the coordinated acts only."""
    rest, _, last = subject.rpartition(" ")
    if rest and last in tables.words("sequence_adverbs.txt"):
        return rest.rstrip()
    return subject


#: Words that open a time phrase before a verb ("on Wednesday", "last week", "this
#: morning", "later that day").
_TIME_PHRASE_OPENERS = frozenset("on last this that later earlier early late next".split())


def _time_phrase_before_verb(text: str) -> int:
    """How many words of ``text`` are a time phrase that a finite verb follows ("on
    Wednesday said ...", "last week voted ..."): two to four words, the first of
    ``_TIME_PHRASE_OPENERS`` and the last a time noun; 0 when there is none (or a subject follows:
    "on Wednesday the council voted")."""
    words = text.split()
    if not words or words[0].lower() not in _TIME_PHRASE_OPENERS:
        return 0
    for count in range(2, min(_MAX_TIME_PHRASE_WORDS, len(words) - 1) + 1):
        if words[count - 1].lower() in _TIME_NOUNS:
            rest = " ".join(words[count:])
            verb = words[count].lower()
            if (
                verb in grammar.AUXILIARIES
                or grammar.is_past_participle(verb)
                or (verb.endswith(("ed", "s")) and grammar.is_finite_start(rest))
            ):
                return count
    return 0


#: A perfect's auxiliary, then perhaps adverbs, then its participle: "has already done".
_PERFECT = re.compile(
    r"(?<![\w’'-])(?P<aux>has|have|had)(?:[ \t]+(?:not|never|also|already|just|since|\w+ly))*"
    r"[ \t]+(?P<verb>[\w’'-]+)"
)


def _perfect_aux(text: str) -> str | None:
    """The auxiliary of a perfect in ``text`` ("has" of "has done what most schools have
    done"), which a second participle that is never a simple past shares ("and gone to
    ..."); None when there is none."""
    found = _PERFECT.search(text)
    if found is None or not grammar.is_past_participle(found.group("verb")):
        return None
    return found.group("aux")


#: "that" and the word after it, at the start of a coordinated clause.
_THAT_THEN_WORD = re.compile(r"that[ \t]+(?P<word>[\w’'-]+)")


def _complement_that_end(text: str) -> int:
    """Where a coordinated clause starts after the "that" a verb of saying put before it
    ("said the pier was shut, but that the ferry still ran"): the conjunction was dropped
    from the first clause and is from this one. Only before a word that opens a subject and
    cannot follow a demonstrative (data/complement_subjects.txt, or a name): "but that
    decision was reversed" and "but that did not help" keep their "that". 0 when none."""
    found = _THAT_THEN_WORD.match(text, len(text) - len(text.lstrip(" \t")))
    if found is None:
        return 0
    return found.start("word") if _subject_after_that(text[found.start("word") :]) else 0


def _subject_after_that(text: str) -> bool:
    """Whether ``text``, the words after "that", opens with a clause's subject, so that
    "that" is the conjunction: a word of data/complement_subjects.txt, a name (not a day or
    month: "that May"), or a plural noun and its verb ("that soldiers had fought them off":
    a demonstrative would be "those"). Not a singular noun: "that ship has sailed", "that
    verification was removed" are a demonstrative's, and read alike."""
    word = text.split(None, 1)[0] if text.strip() else ""
    return (
        word.lower() in tables.words("complement_subjects.txt")
        or (word[:1].isupper() and word.lower() not in CALENDAR_NAMES)
        or _plural_subject(text)
    )


def _plural_subject(text: str) -> bool:
    """Whether ``text`` opens with a lower-case plural noun, perhaps after a noun or two
    that qualify it, and then a verb ("doctors lack", "camera tricks could"): not a word
    that is itself a verb's -s form ("that makes sense", "that changes with use")."""
    words = grammar.tokens(text)[: _MAX_PLURAL_SUBJECT + 1]
    for index, word in enumerate(words[:-1]):
        if not (word.isalpha() and word.islower()) or word in grammar.AUXILIARIES:
            return False
        if word.endswith("s") and not word.endswith("ss"):
            return verb_lemma(word) not in verbs() and grammar.is_verb(words, index + 1)
    return False


#: Words of a plural subject after "that": its head and up to two nouns before it.
_MAX_PLURAL_SUBJECT = 3


def _is_passive(text: str, aux: re.Match[str]) -> bool:
    """Whether the be-form ``aux`` is followed by a past participle ("was arrested"), perhaps
    past adverbs ("is simultaneously recorded and sent": "sent" shares "is" too)."""
    after = grammar.tokens(text[aux.end() : aux.end() + 60])
    words = itertools.dropwhile(_adverb_before_a_participle, after)
    first = next(words, None)
    return first is not None and grammar.is_past_participle(first)


def _first_auxiliary(text: str, subject: str | None) -> re.Match[str] | None:
    """The first be-form or perfect of ``_AUX_IN`` in ``text`` after the clause's ``subject``
    (not one of an opening clause: "Because the app is new, each file is sealed and sent":
    "is" after "each file"); or the "have been" of an infinitive right after its participle
    ("are believed to have been kidnapped and held": "have been", which
    ``_shared_auxiliary`` extends back to the verb), or None."""
    first = _AUX_IN.search(text, _after_subject(text, subject))
    if first is None:
        return None
    infinitive = _HEDGED_INFINITIVE.match(text, first.end())
    return _AUX_IN.search(text, first.end()) if infinitive else first


#: One participle, then "to have been": the infinitive whose auxiliary a later participle
#: shares ("are thought to have been").
_HEDGED_INFINITIVE = re.compile(r"(?<![ \t])[ \t]+[a-z]+[ \t]+to[ \t]+have[ \t]+been(?![\w'’-])")


def _shared_auxiliary(first: str, aux: re.Match[str], subject: str) -> str:
    """What a second participle shares of the first part ``first``: its auxiliary ``aux``
    ("were detained and held": "were"), or, when that auxiliary is an infinitive's, the words
    from the subject's verb to it ("He claimed to have been beaten and robbed": "claimed to
    have been", never "He have been robbed")."""
    after_subject = _after_subject(first, subject)
    if not first[: aux.start()].endswith("to ") or not after_subject:
        return aux.group(0)
    return first[after_subject : aux.end()].strip()


def _after_subject(text: str, subject: str | None) -> int:
    """Where ``subject`` ends in ``text`` (found in any case: a claim's subject may be
    lower-cased, "the company"), or 0 when it is not there."""
    at = text.lower().find(subject.lower()) if subject else -1
    return at + len(subject) if subject and at >= 0 else 0


def _adverb_before_a_participle(word: str) -> bool:
    """Whether ``word`` is an adverb read past between "is" and its participle ("is quickly
    sent", "was later found"); not "never", which a second participle does not share."""
    lower = word.lower()
    return lower != "never" and grammar.is_preverbal_adverb(lower)


def _opens_with_bare_participle(text: str) -> bool:
    """Whether ``text`` opens with a past participle without an object ("held overnight",
    "sent back to Britain", "released."): "shot a soldier" and "entered rehab" are active
    verbs of their own, and "had not seen" has its own auxiliary."""
    words = grammar.tokens(text[:60])
    if not words or words[0].lower() in grammar.AUXILIARIES or words[0].lower() == "said":
        return False  # "was arrested and said on video ...": the speaker's own verb
    if not grammar.is_past_participle(words[0]):
        return False
    if verb_lemma(words[0].lower()) in tables.words("no_passive_verbs.txt"):
        return False  # "was arrested and died in custody": "died" has no passive
    after = words[1].lower() if len(words) > 1 else ""
    if after == "to" and _own_infinitive(words):
        return False  # "was upset and wanted to leave": his own wish, not "was wanted"
    if after == "to" and len(words) > 2 and words[2].lower().endswith("ing"):
        return False  # "was arrested and confessed to stealing": an act of his own
    return not after or after in _AFTER_PASSIVE or after.endswith("ly")


def _own_infinitive(words: tuple[str, ...]) -> bool:
    """Whether ``words`` open with a verb that takes its subject's own act as an infinitive
    ("wanted to leave", "tried to flee"; data/infinitive_verbs.txt), then "to" and a verb."""
    return (
        len(words) > 2
        and verb_lemma(words[0].lower()) in tables.words("infinitive_verbs.txt")
        and verb_lemma(words[2].lower()) in verbs()
    )


#: What follows a passive participle that has no object: a preposition or a particle.
_AFTER_PASSIVE = frozenset(
    "by to in on at for from with after before over into under during until since as "
    "near outside inside behind across through along around against without within "
    "beside amid among between beyond toward towards upon via following "
    "yesterday today tonight last earlier later when while because "
    "overnight back away off out up down again , ; :".split()
)


def _coordination_parts(view: View) -> list[tuple[View, bool]]:
    """Cut at coordinators whose right side is a clause (it has a verb); each part with
    whether it opens with a subject of its own: a clause after "while", "whereas" or a
    concession always has one ("Sales rose while costs fell": "costs" is no verb the first
    subject shares), and so has one after ", but" that ``_subject_of_its_own`` accepts."""
    text = view.text
    if not _may_coordinate(text):
        return [(view, False)]
    cuts: list[tuple[int, int]] = []
    own: set[int] = set()
    joiners = list(_COORDINATION.finditer(text))
    for index, match in enumerate(joiners):
        if _open_quotes(text, 0, match.start()):
            continue
        left = text[cuts[-1][1] if cuts else 0 : match.start()]
        # The right side runs to the next joiner: the next match of the same scan (a
        # joiner ends before a non-blank, so searching the rest again finds the same one).
        right_end = joiners[index + 1].start() if index + 1 < len(joiners) else len(text)
        joiner = match.group(0).strip()
        if joiner in _BARE_CONTRAST or joiner in _COMMA_CONTRAST:
            if left.count("(") > left.count(")"):
                continue  # "(even hugging it while his brother took pictures)"
            right_end = len(text)  # "while farm and church groups have ...": a listed subject
        right_clause = text[match.end() : right_end]
        if _is_clause_cut(joiner, left, right_clause):
            cuts.append(match.span())
            if (
                joiner in _OWN_SUBJECT_JOINERS
                or (joiner in _BUT_JOINERS and _subject_of_its_own(left, right_clause))
                or (joiner == ", and" and _bare_plural_subject(right_clause))
            ):
                own.add(match.start())
    if not cuts:
        return [(view, False)]
    parts = [(view.slice(0, cuts[0][0]), False)]
    for index, (start, end) in enumerate(cuts):
        stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        parts.append((view.slice(end, stop), start in own))
    return [(p, o) for p, o in parts if len(p.text.split()) >= 2]


#: Joiners after which a clause has its own subject: "while"/"whereas" and a concession
#: never take a bare verb ("rose while costs fell").
_OWN_SUBJECT_JOINERS = frozenset(("while", "whereas")) | frozenset(
    (", while", ", whereas", ", though", ", although", ", even though", ", even although")
)
_BUT_JOINERS = frozenset((", but", ", yet"))


def _subject_of_its_own(left: str, right: str) -> bool:
    """Whether the clause after ", but" opens with a noun phrase as its subject and then an
    auxiliary or a past verb ("closed, but schools stayed open", "but the ferries ran",
    "but wages were flat"): ``_contrast_clause`` without its need for the left side's verb
    form ("but" joins any two statements). The first word opens a noun phrase: a
    determiner or a quantifier, or a noun that is no verb's plain form ("but include a
    display") and, as an -s form, has its verb right after it ("costs fell"; "but cautions
    against ..." is the first subject's verb). Not a subordinator, an adverb or a verb
    ("but when he spoke ...", "but later returned", "but cannot do ...")."""
    words = grammar.tokens(right[:120])
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return False
    if left.count("(") > left.count(")"):
        return False  # "(with officials calling for X, but laws still on the books)"
    verb_at = next((i for i in range(1, len(words)) if grammar.is_verb(words, i)), 0)
    if (
        not verb_at
        or verb_at + 1 == len(words)
        or words[verb_at - 1].lower() in _NON_FINITE
        or words[verb_at].lower() in _NON_FINITE
    ):
        return False  # "but faith did": an elided verb; "... being jeopardised": no clause
    first = words[0]
    if first in _DETERMINER_OPENERS:
        return _contrast_clause(left, right, same_form=False)
    if (
        first in _NOT_BARE_SUBJECTS
        or first in grammar.AUXILIARIES
        or grammar.is_ly_adverb(first)
        or grammar.is_preverbal_adverb(first)
        or grammar.verb_form(first) == "past"
    ):
        return False
    if verb_lemma(first) in verbs():
        if not first.endswith("s") or first == verb_lemma(first):
            return False  # "but include a display": a plain form, the first subject's verb
        if not grammar.is_verb(words, 1):
            return False  # "but cautions against ...": no verb right after the noun
    return _contrast_clause(left, right, same_form=False)


#: Words before a participle that make it no finite verb ("being held", "to have").
_NON_FINITE = frozenset(("be", "being", "been", "having", "to"))
#: Words that open a noun phrase as a subject after ", but" ("but the ferries ran").
_DETERMINER_OPENERS = frozenset(
    "the a an its their his her our this these those some many most several few both all "
    "each every other others no".split()
)
#: First words after ", but" that open no subject: subordinators, time and place adverbs.
_NOT_BARE_SUBJECTS = (
    frozenset(
        "when if after before since because while as once until though although unless whether "
        "where here there so then now today tonight yesterday perhaps maybe also still yet "
        "later soon only just even instead cannot".split()
    )
    | grammar.COMMA_CONNECTIVES
)  # "but nonetheless made ..."


def _may_coordinate(text: str) -> bool:
    """Whether ``_COORDINATION`` may match: each of its joiners holds ";", "and", "while" or
    "whereas", or is a comma before "but", "yet", "though", a figure or "hundreds" (substring tests
    in C; ``re`` tries the pattern at every blank, and clauses are full of blanks)."""
    return (
        "and" in text
        or ";" in text
        or "but that" in text
        or "while" in text
        or "whereas" in text
        or (
            "," in text
            and (
                "but" in text
                or "yet" in text
                or "though" in text
                or scan.has_digit(text)
                or "hundreds" in text
                or "dozens" in text
                or "scores" in text
            )
        )
    )


#: A list's items so far at the end of the left side: "being robbed, beaten" (a comma between
#: two single words, the last one ending the side).
_LISTED_WORDS_END = re.compile(r"(?<![\w’'-])[\w’'-]+,[ \t]+([\w’'-]+)[ \t]*$")
#: The right side's first word with nothing after it but a comma or the end: "molested, ...".
_BARE_WORD = re.compile(r"(?<![ \t])[ \t]*([\w’'-]+)[ \t]*(?:,|$)")


def _last_of_listed_participles(left: str, right: str) -> bool:
    """Whether the right side is the last item of a list of bare participles ("girls being
    raped, beaten, and robbed, and ..."): no clause of its own, so no cut before it. A
    participle with words of its own ("and robbed a bank") is a clause as before."""
    last = _BARE_WORD.match(right)
    if last is None:
        return False
    listed = _LISTED_WORDS_END.search(left[-80:])
    return (
        listed is not None
        and grammar.is_past_participle(listed.group(1))
        and grammar.is_past_participle(last.group(1))
    )


def _is_clause_cut(joiner: str, left: str, right: str) -> bool:
    """Cut only between two clauses: the left side has a verb and no open subordinate
    clause ("as long as Iran supports X and refuses Y" stays whole), the right side
    starts with a finite verb or has its own subject and verb."""
    if not grammar.has_verb(left):
        return False
    if joiner in _CONCESSION:
        return _concession_of_its_own(left, right)
    if joiner == ",":
        return bool(_GAPPED.match(right)) and _AUX_IN.search(left) is not None
    if joiner == ";":
        # A semicolon joins two statements whenever both sides have a verb, in a headline
        # too ("Port reopens; union letter drew wider support"), where the right side's
        # bare-noun subject is not one ``clause_verb_is_firm`` accepts.
        # A list of items with their own verbs ("any talks he held; and what happened
        # next") goes on with a conjunction or a question word: not a statement.
        return grammar.has_verb(right) and right.split(None, 1)[0].lower() not in _LIST_GOES_ON
    if joiner == "but that":
        # "said A but that B": B is a second reported clause when a subject opens it;
        # "said A but that may not be true" is the writer's doubt about A
        return grammar.has_verb(right) and _subject_after_that(right)
    if joiner.endswith("and that"):
        # "said A and that B": B has its own subject; "a plan that X opposed and that
        # ended badly" is a relative clause, not a second statement.
        return grammar.has_verb(right) and not grammar.is_finite_start(right)
    if joiner in _BARE_CONTRAST:
        # "Shippers have backed the rule while unions have fought it": two statements; a
        # time clause ("collapsed while workers were repairing it") stays whole.
        return _SUBORDINATOR.search(left) is None and _contrast_clause(left, right)
    if (joiner in _COMMA_CONTRAST and _contrast_clause(left, right)) or (
        joiner in _BUT_JOINERS and _subject_of_its_own(left, right)
    ):
        return True  # "..., while bonds fell", "..., but schools stayed open": a bare noun
    if joiner == ", and" and _bare_plural_subject(right):
        # "..., and rescuers are now racing to reach them": a clause of its own; not the
        # last of a list ("found that his phone, wallet, and keys had been taken")
        return not _listed_after_that(left)
    if joiner in _BUT_JOINERS | {", and"} and _pronoun_after_sequence_word(right):
        return True  # "..., but then it agreed to talks": a clause with its own subject
    if grammar.is_finite_start(right, strict=True):
        return (
            not _opens_subordinate(left, joiner)
            and not _ends_in_infinitive(left)
            and _same_verb_form(left, right)
            and not _there_before_a_noun(left, right)
            and not _last_of_listed_participles(left, right)
        )
    if joiner == "and":
        # Without a comma, only a parallel clause with its own auxiliary cuts: "Four were
        # killed and 12 others were injured" (not "measures embraced by", "causes of").
        return (
            not _opens_subordinate(left, joiner)
            and _AUX_IN.search(left) is not None
            and _PARALLEL_CLAUSE.match(right) is not None
            and not _noun_phrase_tail(left)
        )
    if grammar.clause_verb_is_firm(right) or _GAPPED.match(right):
        # "learned that Ana, her son, and three children had ...": the last of a list of
        # subjects, not a clause of its own
        return not (joiner == ", and" and _listed_after_that(left))
    if joiner in _COMMA_CONTRAST and _contrast_clause(left, right):
        return True  # "..., while bonds fell": a plural noun as the subject
    # "..., and the court's decision, expected by June, will be ...": a subject with a
    # parenthetical phrase between commas is still a subject.
    inner = _SUBJECT_PARENTHETICAL.match(right)
    return inner is not None and grammar.clause_verb_is_firm(
        f"{inner.group('subject')} {right[inner.end() :]}"
    )


#: Words of sequence that may stand between a conjunction and its clause's subject.
_SEQUENCE_WORDS = frozenset("then later now soon eventually finally afterwards".split())


def _pronoun_after_sequence_word(right: str) -> bool:
    """Whether ``right`` opens with a word of sequence, then a subject pronoun and its verb
    ("then it agreed", "later they returned")."""
    words = right.split(None, 2)
    return (
        len(words) == 3
        and words[0].lower() in _SEQUENCE_WORDS
        and words[1].lower() in SUBJECT_PRONOUNS
        and grammar.subject_end(" ".join(words[1:])) > 0
    )


def _bare_plural_subject(right: str) -> bool:
    """Whether ``right`` opens with a plural noun without a determiner and then, right after
    it, an auxiliary or a past form: "rescuers are now racing", "divers were searching",
    "residents fled" (``grammar.clause_verb_is_firm`` wants a determiner or a name before
    a bare noun). The first word is no verb: not an auxiliary ("and has been"), a past or
    an -ing form; a verb's -s form only before an auxiliary, which no verb takes right
    after it ("and plans were drawn up": a noun; "and says it was", "and leaves cleared
    roads": the first subject's verb)."""
    words = grammar.tokens(right[:80])
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return False
    first, second = words[0], words[1].lower()
    if (
        len(first) < 4
        or not first.endswith("s")
        or first.endswith(("ss", "us", "is"))
        or first in grammar.AUXILIARIES
        or first in _NOT_BARE_SUBJECTS
        or first in _DETERMINER_OPENERS
    ):
        return False
    if second in _PLURAL_AUXILIARIES:
        return True
    verb_s_form = verb_lemma(first) in verbs() and verb_lemma(first) != first
    if verb_s_form:
        return False
    if second in verbs() and len(words) > 3:
        return True  # "and prosecutors accuse guards of ...": a plural verb in its plain form
    return grammar.verb_form(second) == "past" and grammar.is_verb(words, 1)


#: Auxiliaries a plural subject takes ("rescuers are", "divers have").
_PLURAL_AUXILIARIES = frozenset("are were have had will would could can may might must".split())


def _listed_after_that(left: str) -> bool:
    """Whether ``left`` ends in a list of nouns after its last "that", with no verb ("learned
    that Ana, her son"): the ", and" after it adds the list's last item."""
    at = left.rfind(" that ")
    if at < 0:
        return False
    tail = left[at + len(" that ") :]
    # a name or a determiner opens the list; "policies that prohibit X, Y" is a relative
    opens_noun = tail[:1].isupper() or tail.split(None, 1)[0] in _DETERMINERS_BEFORE_NOUN
    return opens_noun and "," in tail and not grammar.has_verb(tail)


def _there_before_a_noun(left: str, right: str) -> bool:
    """Whether ``left`` opens with an existential "There" and ``right`` with no auxiliary:
    "There have been reports of X and reports of Y" lists what there has been ("reports" is
    a noun); "There were delays and there were ..." or "... and are ..." go on with a verb."""
    if not left.lstrip().lower().startswith("there "):
        return False
    first = right.split(None, 1)[0].lower() if right.strip() else ""
    return first not in grammar.AUXILIARIES


def _noun_phrase_tail(left: str) -> bool:
    """Whether ``left`` ends in a phrase of its own with no verb after its last comma or
    semicolon ("..., but tension in the ministry", "... is wrong, the claim about Pluto"): a
    bare "and" after it joins two nouns ("tension in the ministry and the capital has
    risen"), not two clauses."""
    cut = max(left.rfind(","), left.rfind(";"))
    if cut < 0:
        return False
    tail = left[cut + 1 :].split()
    while tail and tail[0].lower() in _TAIL_OPENERS:
        tail = tail[1:]
    if not tail or all(word[:1].isdigit() for word in tail):
        return False  # "submitted in July, 2007 and ...": a date's year, no phrase
    return not grammar.has_verb(" ".join(tail))


#: Conjunctions that may open the phrase after a comma ("..., but tension in ...").
_TAIL_OPENERS = frozenset(("but", "and", "yet", "or"))


def _opens_subordinate(left: str, joiner: str) -> bool:
    """Whether ``left`` ends inside a subordinate clause, so that a verb after the joiner
    is that clause's: "as long as Iran supports X and ...", and a time clause with its own
    subject and verb before a bare "and" ("fired at him after the man had turned and raised
    his hands": the man raised them). "after the talks and agreed to ..." holds no clause,
    and a comma ("after the talks ended, and agreed to ...") returns to the main clause."""
    if _SUBORDINATOR.search(left):
        return True
    if "," in joiner:
        return False
    ends = [found.end() for found in _TIME_SUBORDINATOR.finditer(left)]
    if not ends:
        return False
    clause = left[ends[-1] :].lstrip()  # the last one: the clause "and" may continue
    # "since 2012 ruled out talks ... and said": a date, then the main clause's own verb.
    return not clause[:1].isdigit() and grammar.clause_verb_is_firm(clause)


_LIST_GOES_ON = frozenset("and or nor any what whether how who whom which where when why".split())
_BARE_CONTRAST = frozenset(("while", "whereas"))
_COMMA_CONTRAST = frozenset((", while", ", whereas"))
#: A concession asserts its clause as much as the main one ("No one was named, though the
#: director is in town"), and, unlike "while", never only says when: any clause of its own
#: is cut off.
_CONCESSION = frozenset((", though", ", although", ", even though", ", even although"))
#: Subjects of a concession that point back at the main clause ("killed in a strike, though
#: that has not been confirmed"): the concession qualifies it, and the two stay one claim.
#: A personal pronoun stays too: in a concession it as often names someone outside the main
#: clause ("the Times reported that MI5 had identified the man, though he had not been
#: named"), and a wrong referent would be worse than a longer claim.
_BACK_POINTERS = frozenset("that this it which he she they we i you".split())
#: Last words of a left side that still waits for its clause or verb ("The worst part is
#: that, although ...", "suffering from leukemia and, though ..."), or leaves it out ("The
#: virus itself has not, though ...").
_WAITING = frozenset(
    "that whether because if and or but still is was are were has have had not do does did "
    "can could will would".split()
)


def _last_word(text: str) -> str:
    """The last word of ``text`` in lower case; "" when it has none (marks alone)."""
    words = text.rsplit(None, 1)
    return words[-1].lower() if words else ""


#: Pronouns that, before a verb of saying, name a speaker ("although they stressed ...").
_SPEAKING_PRONOUNS = frozenset("he she they we".split())


def _speaker_says_more(right: str) -> bool:
    """A concession whose subject is a person's pronoun or a short noun phrase and whose
    verb is one of saying ("although they stressed there was no danger", "though engineers
    said the dam was safe", "though the ministry added that ..."): it tells what someone
    said, not a qualification of the main clause, and the main clause's own polarity must
    not take on the concession's ("no danger"). A pronoun before another verb ("though he
    had not been named") stays with the main clause, and so does a subject that points
    back at it ("though it said ...", "though that was denied")."""
    words = right.split(None, _SPEAKER_REACH + 1)
    saying = attribution.saying_verbs()
    for at in range(1, min(len(words) - 1, _SPEAKER_REACH + 1)):
        if words[at].lower() not in saying:
            continue
        subject = [word.lower() for word in words[:at]]
        if at == 1 and subject[0] in _SPEAKING_PRONOUNS:
            return True
        return (
            subject[0] not in _BACK_POINTERS
            and all(word.isalpha() for word in subject)
            and not any(word in grammar.AUXILIARIES or word in saying for word in subject)
        )
    return False


def _after_closing_tag(left: str) -> bool:
    """Whether ``left`` ends with a speaker's tag after its statement ("the leak began on
    Friday, the board told Valley Radio", "..., officials said"): the tag closes the
    statement, so a concession after it ("though it gave no reason") is a clause of its own
    (most often about the speaker), not a qualification to keep inside the statement, where
    it would hide the tag."""
    found = attribution.find_attribution(left)
    return (
        found is not None
        and found.speaker_span[0] > found.content_end
        and max(found.verb_span[1], found.tail_span[1]) >= len(left.rstrip(" \t,"))
    )


#: Most words of a noun phrase before the verb of saying ("the city's engineers said").
_SPEAKER_REACH = 3


def _concession_of_its_own(left: str, right: str) -> bool:
    """A concession with a subject and verb of its own, which neither qualifies the main
    clause nor interrupts it."""
    if _last_word(left.rstrip(" \t,")) in _WAITING:
        return False  # "suffering from leukemia and, though the mother said ..., ..."
    if _speaker_says_more(right):
        return True  # "damaged, engineers said, although they stressed there was no danger"
    if _after_closing_tag(left) and grammar.clause_verb_is_firm(right, quantified=True):
        return True  # "spotted on Friday, the board told Valley Radio, though it gave no reason"
    words = right.split(None, 1)
    if not words or words[0].lower() in _BACK_POINTERS or words[0].lower().endswith("ly"):
        return False  # "though that is not confirmed"; "that still, though generally ..."
    if _last_word(right.rstrip(" \t.!\"”'’")) in _WAITING:
        return False  # "though the virus itself has not": the verb is left out
    # after ", although" a clause starts: a quantifier opens its subject as "the" would
    # ("although several passengers remain in hospital")
    return _contrast_clause(left, right) or grammar.clause_verb_is_firm(right, quantified=True)


#: Subjects that usually mean the same actor in a time clause ("left while he was ...").
_PRONOUNS = frozenset("he she it they we i you this that there".split())
_PROGRESSIVE = frozenset("is are was were".split())
_CONTRAST_SUBJECT_WORDS = 8
_BEFORE_NOUN_WHILE = frozenset("a the short little long good all worth".split())
_NOT_CONTRAST_SUBJECT = frozenset("and or but nor also still then not to".split())


def _contrast_clause(left: str, right: str, *, same_form: bool = True) -> bool:
    """A clause after "while"/"whereas" that states something of its own: a subject of a
    few words (not a pronoun), then an auxiliary or a past verb of the same form as the
    left side's ("rose ... while bonds fell"), and not a progressive ("while workers were
    repairing it" and "was shot while the convoy waited" say when, not what else is true)."""
    left_verb = grammar.first_verb(left)
    if left_verb is None or left.rsplit(None, 1)[-1].lower() in _BEFORE_NOUN_WHILE:
        return False  # "for a while", "a short while ago": the noun
    words = grammar.tokens(right)
    if not words or not words[0][:1].isalpha():
        return False
    first = words[0].lower()
    if first in _PRONOUNS or first in _NOT_CONTRAST_SUBJECT or first.endswith("ing"):
        return False  # "while crossing the border": no subject of its own
    for index in range(1, min(len(words), _CONTRAST_SUBJECT_WORDS + 1)):
        lower = words[index].lower()
        if lower in (";", ":", "that", "which", "who", "whom", "whose"):
            return False
        if lower == "," or not grammar.is_verb(words, index):
            continue  # a comma inside a listed subject: "while rural, coastal and ..."
        progressive = index + 1 < len(words) and words[index + 1].lower().endswith("ing")
        if lower in _PROGRESSIVE and progressive:
            return False
        form = grammar.verb_form(words[index])
        return form in ("aux", "past") and (not same_form or form == grammar.verb_form(left_verb))
    return False


_SUBJECT_PARENTHETICAL = re.compile(
    r"(?P<subject>(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]|[A-Z])[^,;]{0,60}),[ \t]+"
    r"(?:[a-z]+ed|[a-z]+en|a|an|the|who|which)[ \t][^,;]{1,80},[ \t]+"
)


#: Modals with no past use ("could", "would" may be past: "could not attend and sent ...").
_PRESENT_MODALS = frozenset("should must may might will shall can".split())


#: A perfect infinitive or participle that ends a clause's left side ("the man alleged to
#: have shot", "accused of having robbed"): a participle after "and" goes on that phrase,
#: not the clause ("... to have shot and killed the guard").
_INFINITIVE_END = re.compile(r"(?i:\bto[ \t]+have|\bhaving)[ \t]+(?P<verb>[a-z]+)[ \t]*$")
_INFINITIVE_REACH = 30


def _ends_in_infinitive(left: str) -> bool:
    """Whether ``left`` ends in "to have" or "having" and a past participle."""
    found = _INFINITIVE_END.search(left, max(0, len(left) - _INFINITIVE_REACH))
    return found is not None and grammar.is_past_participle(found.group("verb"))


def _same_verb_form(left: str, right: str) -> bool:
    """ "ruled out X and accused Y" (past, past) coordinates two clauses; "seeks to align X
    with a widely recognized and emotionally charged issue" (present, past) does not."""
    left_verb = grammar.first_verb(left)
    right_words = grammar.tokens(right)
    if left_verb is None or not right_words:
        return False
    right_verb = right_words[0]
    if right_verb.lower().endswith("ly") and len(right_words) > 1:
        return False  # "and emotionally charged": an adjective phrase
    left_form, right_form = grammar.verb_form(left_verb), grammar.verb_form(right_verb)
    if left_form == "aux":
        if right_form == "past" and left_verb.lower() in _PRESENT_MODALS:
            # "wrote that the minister should resign and accused him of ...": a past verb
            # cannot go on "should": it is the speaker's, outside the reported clause.
            return False
        return right_form in ("aux", "past", "present")
    if right_form == "past" and ", " in left[left.find(left_verb) :]:
        return False  # "launched, strained, and interrupted": a list of participles
    if left_form == right_form or right_form == "aux":
        return True
    # "A man believed to be Mr Haines then looks into the camera and says: ...": the first
    # verb read is a participle's that describes the subject; a verb of saying goes on the
    # left side's main verb, one of its form after it
    return (
        right_verb.lower() in attribution.saying_verbs()
        and _describing_participle(left, left_verb)
        and _has_verb_of_form(left, right_form)
    )


def _describing_participle(text: str, verb: str) -> bool:
    """Whether ``verb``, the first verb of ``text``, is a past participle right after the
    subject's noun and before "to" or "by" ("A man believed to be", "A boy bitten by"): it
    describes the subject, the clause's own verb comes later."""
    words = grammar.tokens(text)
    at = words.index(verb) if verb in words else 0
    if at < 2 or at + 1 >= len(words) or not grammar.is_past_participle(verb):
        return False
    before = words[at - 1]
    return (
        before.isalpha()
        and not grammar.is_ly_adverb(before.lower())
        and (words[at + 1].lower() in ("to", "by"))
    )


def _has_verb_of_form(text: str, form: str) -> bool:
    """Whether a word of ``text`` after its first is a verb of ``form`` (``verb_form``)."""
    words = grammar.tokens(text)
    return any(
        grammar.verb_form(words[index]) == form and grammar.is_verb(words, index)
        for index in range(1, len(words))
    )


def _open_quotes(text: str, start: int, end: int) -> int:
    segment = text[start:end]
    return (segment.count("“") - segment.count("”")) + segment.count('"') % 2
