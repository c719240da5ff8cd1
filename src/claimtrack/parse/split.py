"""Split one sentence's content into atomic clauses, each readable on its own.

Rules, applied in order (after DisSim's families, see RESEARCH.md section 1):
1. a leading contrast clause ("While X, Y") becomes two clauses;
2. an apposition or non-restrictive relative after the subject ("Hezbollah, designated ...
   by the US, has ...") is cut out of the main clause and becomes its own ("Hezbollah is
   designated ... by the US");
3. a trailing participle (", citing X") is cut off and becomes "<subject> cited X";
   a cause cue ("citing", "in protest over", "because") becomes the clause's ``reason``;
4. coordinated clauses (", and", ";", ", but", "and" + finite verb) are split, the subject
   copied into a clause that starts with its verb; a gapped clause ("hundreds wounded")
   gets the first clause's auxiliary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.parse import grammar, tables
from claimtrack.parse.lemmas import verb_lemma
from claimtrack.parse.view import Piece, View


@dataclass
class Clause:
    view: View
    subject: str | None = None
    origin: str = "main"  # main, apposition, participle, relative, contrast
    reason: str | None = None
    author_voice: bool = False  # an apposition is the author's, not the quoted speaker's


_PARTICIPLES = frozenset(
    "citing saying adding killing wounding injuring leaving forcing prompting sparking "
    "triggering signaling signalling accusing calling urging warning claiming describing "
    "marking raising bringing ending making".split()
)
_LEADING_CONTRAST = re.compile(
    r"^(?:While|Although|Though|Even though|Whereas)\b[^,]{3,200},[ \t]+", re.I
)
_SUBORDINATOR = re.compile(
    r"\b(?:as long as|because|that|which|who|while|if|when|whether|unless|although|as)\b"
)
_PARTICIPLE = re.compile(r",[ \t]+(?P<verb>[a-z]+ing)\b[ \t]+(?P<rest>[^;]{3,400})$")
# A joiner: "; ", ", and (that) ", ", but ", " and (that) ", or ", " before "hundreds killed".
# Every alternative starts with a literal character, so ``re`` skips ahead to the next ";",
# "," or blank instead of trying each alternative at every character (7x faster). A blank
# run is matched from its first blank only (the look-behind), so long runs stay linear.
_COORDINATION = re.compile(
    r";[ \t]+"
    r"|,[ \t]+(?:and[ \t]+that[ \t]+|(?:and|but|yet|while|whereas)[ \t]+"
    r"|(?=(?:hundreds|dozens|scores|thousands|\d[\d,]{0,12})[ \t]+[a-z]{2,20}(?:ed|en)\b))"
    r"| (?<![ \t] )[ \t]*and[ \t]+(?:that[ \t]+)?"
    r"|\t(?<![ \t]\t)[ \t]*and[ \t]+(?:that[ \t]+)?"
)
_REASON_END = re.compile(r"(?<![ \t])[ \t]+(?:amid|as|while|after|before|when)\b|[,;]")
_GAPPED = re.compile(
    r"(?<![\d,.])(?P<q>\d[\d,.]*|hundreds|dozens|scores|thousands|many|others|some|most)[ \t]+"
    r"(?P<participle>[a-z]+(?:ed|en)|taken|held|left|hurt|shot|struck)\b"
)
_AUX_IN = re.compile(r"\b(?:were|was|are|is|have been|has been|had been)\b")
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
    r"(?:\b(?:was|were|is|are|been)[ \t]+caused[ \t]+by|\b(?:started|began|broke[ \t]+out)[ \t]+"
    r"when|\bblamed|\bblames|,[ \t]*cites|,[ \t]*cited)[ \t]+",
    re.I,
)
#: One of these occurs (in lower case) wherever ``_CAUSE_AFTER`` matches.
_CAUSE_AFTER_WORDS = ("caused", "when", "blame", "cite")
_FOR_REASONS = re.compile(r"\bfor[ \t]+((?:[A-Za-z-]+[ \t]+){0,2}reasons)\b", re.I)
# "logistical problems, not politics, had led to the decision": the cause is the subject.
_CAUSE_PHRASE = r"[A-Za-z][^,;]{2,80}?(?:,[ \t]*not[ \t]+[^,;]{2,40},)?"
_LED_TO = (
    re.compile(
        rf"\bthat[ \t]+(?P<cause>{_CAUSE_PHRASE})[ \t]+(?:ha[ds][ \t]+|have[ \t]+)?led[ \t]+to\b"
    ),
    re.compile(rf"^(?P<cause>{_CAUSE_PHRASE})[ \t]+(?:ha[ds]|have)[ \t]+led[ \t]+to\b"),
)
_CAUSE_END = re.compile(r"(?<![ \t])[ \t]+(?:for|amid|as|while|after|before|when|and)\b|[,;]")
_CAUSE_EDGE = " .,;:\"'“”‘’()"


# Cached: a clause's reason is looked for when it is split, then again for its Claim.
@lru_cache(maxsize=4096)
def find_reason(text: str) -> str | None:
    """A stated cause in ``text``: from its cue to the end of its phrase."""
    match = _reason_pattern().search(tables.lowered(text))
    if match is None:
        return _cause_construction(text)
    end_match = _REASON_END.search(text, match.end())
    end = end_match.start() if end_match else len(text)
    reason = text[match.start() : end].strip(" .,;")
    return reason if len(reason.split()) >= 2 else None


def _cause_construction(text: str) -> str | None:
    """The cause of "for X reasons", "caused by X", "started when X", "blamed X", "X led to"."""
    # Each pattern needs a word most clauses lack; on ASCII text (where ``re.I`` is plain
    # ASCII case folding) a substring test skips it. Other text runs every pattern.
    lower = text.lower() if text.isascii() else None
    found = _FOR_REASONS.search(text) if lower is None or "reasons" in lower else None
    if found:
        return found.group(1)
    if "led" in text:  # _LED_TO is case-sensitive
        for pattern in _LED_TO:
            found = pattern.search(text)
            if found:
                return found.group("cause").strip(_CAUSE_EDGE) or None
    if lower is not None and not any(cue in lower for cue in _CAUSE_AFTER_WORDS):
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


def split_clauses(view: View) -> list[Clause]:
    """Atomic clauses of one sentence's content (attribution already removed)."""
    clauses: list[Clause] = []
    for part in _leading_contrast(view):
        clauses.extend(_split_part(part))
    return clauses


def _leading_contrast(view: View) -> list[View]:
    match = _LEADING_CONTRAST.match(view.text)
    if match is None:
        return [view]
    head = view.slice(len(match.group(0).split(None, 1)[0]) + 1, match.end() - 2)
    rest = view.slice(match.end())
    if not grammar.has_verb(head.text) or not grammar.has_verb(rest.text):
        return [view]
    return [head, rest]


def _split_part(view: View) -> list[Clause]:
    main, extras = _appositions(view)
    subject = _subject_of(main.text)
    main, reason, participle = _trailing_participle(main, subject)
    clauses = _coordinated(main, subject, reason)
    if participle is not None:
        clauses.append(participle)
    return clauses + extras


def _subject_of(text: str) -> str | None:
    start = _after_leading_adverbial(text)
    end = grammar.subject_end(text[start:])
    if end <= 0:
        return None
    subject = text[start : start + end].strip(" ,")
    if not subject or len(subject.split()) > 12:
        return None
    return subject


_ADVERBIAL_OPENERS = frozenset(
    "since in on at for after before during with as by from amid despite internationally "
    "overall meanwhile instead however earlier later last this when if once until under".split()
)
#: A word as ``str.split`` sees it (re's ``\s`` is the same set of blanks): the first one
#: is found without copying the rest of the text as ``split(None, 1)`` does.
_WORD = re.compile(r"\S+")


def _after_leading_adverbial(text: str) -> int:
    """Skip "Since 1979, " / "In Gaza, " / "For Iran, " before the subject."""
    first = _WORD.search(text)
    if first is None or first.group(0).lower().rstrip(",") not in _ADVERBIAL_OPENERS:
        return 0
    comma = text.find(", ", 0, 160)
    return comma + 2 if comma > 0 else 0


def split_appositions(view: View) -> tuple[View, list[Clause]]:
    """The main clause without its apposition, and the apposition's own claim (if any)."""
    return _appositions(view)


def _appositions(view: View) -> tuple[View, list[Clause]]:
    """Cut "X, <apposition>, VERB ..." into the main clause and the apposition's claim."""
    text = view.text
    start = _after_leading_adverbial(text)
    first = text.find(", ", start, start + 120)
    if first <= start:
        return view, []
    head = text[start:first]
    if grammar.has_verb(head) or not head.strip():
        return view, []
    second = _closing_comma(text, first + 2)
    if second < 0:
        return view, []
    inner = text[first + 2 : second]
    after = text[second + 1 :].lstrip()
    if not grammar.is_finite_start(after):
        return view, []
    main = view.without(first, second + 1)
    subject = head.strip()
    extra = _apposition_claim(view, subject, inner, first + 2, second, after)
    return main, ([extra] if extra else [])


def _closing_comma(text: str, start: int) -> int:
    """The comma closing an apposition opened at ``start`` (within 200 characters)."""
    comma = text.find(",", start, start + 200)
    while comma > 0:
        if grammar.is_finite_start(text[comma + 1 :].lstrip()):
            return comma
        comma = text.find(",", comma + 1, start + 200)
    return -1


def _apposition_claim(
    view: View, subject: str, inner: str, inner_start: int, inner_end: int, after: str
) -> Clause | None:
    body = view.slice(inner_start, inner_end)
    present = after.split(None, 1)[0].lower() in ("is", "are", "has", "have", "remains")
    last_word = subject.split()[-1] if subject.split() else ""
    plural = last_word.endswith("s") and last_word[:1].islower() and not last_word.endswith("ss")
    copula = "are " if plural else ("is " if present else "was ")
    if _PARENTHETICAL.match(inner) or inner.split(None, 1)[0].endswith("ing"):
        return None
    relative = _RELATIVE.match(inner)
    if relative:
        clause = body.slice(relative.end()).prepend(subject + " ")
        return Clause(clause, subject, "relative", author_voice=True)
    first_word = inner.split(None, 1)[0].lower()
    if _NOUN_APPOSITION.match(inner) or first_word.endswith("ed") or first_word in (
        "born", "known", "seen", "held", "led", "founded", "based",
    ):  # fmt: skip
        return Clause(body.prepend(f"{subject} {copula}"), subject, "apposition", author_voice=True)
    return None


def _trailing_participle(main: View, subject: str | None) -> tuple[View, str | None, Clause | None]:
    match = _PARTICIPLE.search(main.text)
    if match is None or match.group("verb") not in _PARTICIPLES or subject is None:
        return main, None, None
    lemma = verb_lemma(match.group("verb"))
    verb = grammar.past_tense(lemma)
    clause_view = main.slice(match.start("rest")).prepend(f"{subject} {verb} ")
    reason = find_reason(match.group(0).lstrip(", "))
    head = main.slice(0, match.start())
    return head, reason, Clause(clause_view, subject, "participle")


def _coordinated(view: View, subject: str | None, reason: str | None) -> list[Clause]:
    parts = _coordination_parts(view)
    clauses = []
    aux = _AUX_IN.search(parts[0].text)
    for index, part in enumerate(parts):
        text = part.text.strip()
        if index > 0 and subject and grammar.is_finite_start(text):
            part = part.prepend(subject + " ")
        elif index > 0 and aux and _GAPPED.match(text):
            gap = _GAPPED.match(text)
            assert gap is not None
            offset = len(part.text) - len(part.text.lstrip())
            cut = offset + gap.end("q")
            inserted = Piece(-1, " " + aux.group(0))
            part = View([*part.slice(0, cut).pieces, inserted, *part.slice(cut).pieces], part.kept)
        clause_subject = subject if index == 0 else (_subject_of(part.text) or subject)
        clause_reason = find_reason(part.text) or (reason if index == 0 else None)
        clauses.append(Clause(part, clause_subject, "main", clause_reason))
    return clauses


def _coordination_parts(view: View) -> list[View]:
    """Cut at coordinators whose right side is a clause (it has a verb)."""
    text = view.text
    cuts: list[tuple[int, int]] = []
    joiners = list(_COORDINATION.finditer(text))
    for index, match in enumerate(joiners):
        if _open_quotes(text, 0, match.start()):
            continue
        left = text[cuts[-1][1] if cuts else 0 : match.start()]
        # The right side runs to the next joiner: the next match of the same scan (a
        # joiner ends before a non-blank, so searching the rest again finds the same one).
        right_end = joiners[index + 1].start() if index + 1 < len(joiners) else len(text)
        right_clause = text[match.end() : right_end]
        if _is_clause_cut(match.group(0).strip(), left, right_clause):
            cuts.append(match.span())
    if not cuts:
        return [view]
    parts = []
    previous = 0
    for start, end in cuts:
        parts.append(view.slice(previous, start))
        previous = end
    parts.append(view.slice(previous))
    return [p for p in parts if len(p.text.split()) >= 2]


def _is_clause_cut(joiner: str, left: str, right: str) -> bool:
    """Cut only between two clauses: the left side has a verb and no open subordinate
    clause ("as long as Iran supports X and refuses Y" stays whole), the right side
    starts with a finite verb or has its own subject and verb."""
    if not grammar.has_verb(left):
        return False
    if joiner == ",":
        return bool(_GAPPED.match(right)) and _AUX_IN.search(left) is not None
    if joiner.endswith("and that"):
        # "said A and that B": B has its own subject; "a plan that X opposed and that
        # ended badly" is a relative clause, not a second statement.
        return grammar.has_verb(right) and not grammar.is_finite_start(right)
    if grammar.is_finite_start(right, strict=True):
        return _SUBORDINATOR.search(left) is None and _same_verb_form(left, right)
    if joiner == "and":
        # Without a comma, only a parallel clause with its own auxiliary cuts: "Four were
        # killed and 12 others were injured" (not "measures embraced by", "causes of").
        return (
            _SUBORDINATOR.search(left) is None
            and _AUX_IN.search(left) is not None
            and _PARALLEL_CLAUSE.match(right) is not None
        )
    return grammar.clause_verb_is_firm(right) or bool(_GAPPED.match(right))


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
        return right_form in ("aux", "past", "present")
    if right_form == "past" and ", " in left[left.find(left_verb) :]:
        return False  # "launched, strained, and interrupted": a list of participles
    return left_form == right_form or right_form == "aux"


def _open_quotes(text: str, start: int, end: int) -> int:
    segment = text[start:end]
    return (segment.count("“") - segment.count("”")) + segment.count('"') % 2
