"""Frame similarity: how much two claims are about the same event frame
(``similarity``; every pair of a batch at once: ``frame_similarities``), whatever they say of
it, with what raises or lowers it (a verbatim quotation, other subjects, other events), and
the pairs worth judging whatever their similarity (``counts_alike``) or never one fact
(``figures_of_other_events``)."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from functools import lru_cache

import numpy as np

from claimtrack.match.columns import SetColumn, distinct
from claimtrack.match.features import Grams, PairBatch
from claimtrack.match.measures import counts_occasions, counts_per_time, measures_apart
from claimtrack.match.names import (
    name_variants,
    names_shared,
    one_person,
    plain_words,
    shared_words,
    spare_name_words,
)
from claimtrack.match.occasions import occasions_apart, times_apart
from claimtrack.match.parts import parts_apart
from claimtrack.match.subjects import (
    counted_untold,
    figure_untold,
    subjects_apart,
    toll_untold,
    zero_against_count,
)
from claimtrack.match.table import (
    _YEAR,
    BoolArray,
    FloatArray,
    IntArray,
    _without_not,
    measured,
    says_only_who_and_when,
    untying_words,
    when_words,
)
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, load_tables, stem
from claimtrack.parse.dates import MONTH_NAMES

#: Frame similarity at which two claims that do not paraphrase each other still cluster.
STRONG_SIMILARITY = 70.0
#: Least frame similarity at which two claims with figures for the same thing are judged.
WEAK_SIMILARITY = 25.0
#: Factor on the frame similarity of two claims whose subjects share no word.
OTHER_SUBJECT = 0.6
#: Factor on the frame similarity of two claims whose predicates are of unrelated classes.
OTHER_EVENT = 0.6
#: Word 4-grams two claims share verbatim that make them one fact (a quotation or a sentence
#: passed from outlet to outlet: "there is no room for doubt" is three).
QUOTED_GRAMS = 3
#: Most words of a name a verbatim 4-gram may hold and still count.
QUOTED_NAME_WORDS = 2
#: Least frame similarity a verbatim quotation lifts: below it the claims share a phrase,
#: not a statement (a stock phrase such as "said in a statement on").
QUOTED_FLOOR = 50.0
#: Significant digits of a measure that, with its unit, ties two claims to one fact however
#: differently they tell the rest ("has burned 12,500 acres" / "has now grown to 12,500
#: acres"): "12,500 acres" seldom measures two things of one story; "1,200" or "40" rounds
#: many (``figure_tied``).
TIED_DIGITS = 3


#: Shared content words two claims need before they can be about the same event frame.
MIN_SHARED = 2


def similarity(a: MatchKey, b: MatchKey, names_once: bool = False) -> float:
    """How much two claims are about the same event frame (0-100), whatever they say of it.

    The share of each claim's content words the other holds (the shorter claim's share plus
    the longer one's, so one shared word between two long claims counts for little), raised by
    a shared entity and a shared predicate frame: "Iran suspends talks" and "Iran rules out
    talks" share a subject and a frame although their wording differs. Fewer than
    ``MIN_SHARED`` shared words (unless that is all of the shorter claim), or a claim of fewer
    words than that, is no relation. A name given in full in one claim and by its surname in
    the other counts as a shared word (``name_variants``). Related claims that share
    ``QUOTED_GRAMS`` word 4-grams verbatim, names aside (``quoted``), carry one quotation or
    one sentence passed between outlets: at least ``STRONG_SIMILARITY`` before the other
    subject and other event factors.

    ``names_once`` counts a shared name written as one hyphenated word ("Brant-Holloway":
    "brant" and "holloway") as one shared word (``shared_words``): what a link by
    similarity alone is tested on (``tying_words``). The relation itself counts both:
    names counted once there too (all of them, in a trial) cost FNC-1 three related
    headline-body pairs more than they won back.
    """
    score = _similarity(a, b, names_once)
    if score < STRONG_SIMILARITY and zero_against_count(a, b):
        return STRONG_SIMILARITY  # "no one was injured" / "two were injured": one toll
    return score


def _similarity(a: MatchKey, b: MatchKey, names_once: bool) -> float:
    """``similarity`` before the lift of a zero toll against a count."""
    if says_only_who_and_when(a) != says_only_who_and_when(b):
        return 0.0  # "Velcor said on Tuesday" says when a statement was made, not what
    tokens_a = _without_not(a.tokens)
    tokens_b = _without_not(b.tokens)
    shared = len(frozenset(tokens_a).intersection(tokens_b))
    if names_once:
        shared = shared_words(a, b, shared)
    opposed = bool(a.frames & b.frames) and not a.predicates & b.predicates
    if opposed:
        shared += 1  # "suspended" and "resumed" differ as words but meet as a frame
    smaller, larger = sorted((len(tokens_a), len(tokens_b)))
    shared = min(shared + name_variants(tokens_a, tokens_b), smaller)
    if shared == 0 or smaller < MIN_SHARED or (shared < MIN_SHARED and shared < smaller):
        return 0.0  # "Neither is walking out": too little said to be about anything
    cover = shared / smaller + shared / larger
    names_meet = not frozenset(a.entities).isdisjoint(b.entities)
    bonus = 10.0 * names_meet + 10.0 * bool(a.predicates & b.predicates)
    score = min(100.0, 100.0 * cover + bonus)
    if QUOTED_FLOOR <= score < STRONG_SIMILARITY and quoted(a, b):
        score = STRONG_SIMILARITY
    if a.subject and b.subject and not a.subject & b.subject and not one_person(a, b):
        # "Oman suspended its mediation" is not "Iran suspended talks", whatever they share.
        score *= OTHER_SUBJECT
    if _other_events(a, b):
        score *= OTHER_EVENT
    elif WEAK_SIMILARITY <= score < STRONG_SIMILARITY and figure_tied(a, b):
        score = STRONG_SIMILARITY
    return score


def figure_tied(a: MatchKey, b: MatchKey) -> bool:
    """The claims give one measure of at least ``TIED_DIGITS`` significant digits (a year
    aside) and one unit of data/measure_units.txt after a figure: "burned 12,500 acres" and
    "scorched about 12,500 acres" tell one fact in other verbs. Head counts are left out: a
    story reuses them for other facts ("employs about 587 people" / "587 people were
    injured"), and employing is no event the judge can tell from injuring. "1,200 acres"
    rounds too many figures to tie anything.

    Read from the key's sets (``numbers``, ``number_contexts``), not its text: the judge
    asks for ``similarity`` after the pipeline has dropped the texts
    (``normalize.drop_scoring_texts``), and must see the pair as the scorer did."""
    units = a.number_contexts & b.number_contexts
    if not units or units.isdisjoint(_measure_units()):
        return False
    return any(_tying_figure(n) for n in a.numbers & b.numbers)


@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    """The units of data/measure_units.txt as a key writes them (stemmed: "acres" -> "acr")."""
    return frozenset(stem(word.lower()) for word in data_lines("measure_units.txt"))


def _tying_figure(number: str) -> bool:
    if _YEAR.fullmatch(number):
        return False
    whole, _, fraction = number.partition(".")
    digits = (whole + fraction).lstrip("0").rstrip("0")
    return digits.isdigit() and len(digits) >= TIED_DIGITS


def quoted(a: MatchKey, b: MatchKey) -> bool:
    """The claims share ``QUOTED_GRAMS`` word 4-grams verbatim, names aside: one quotation
    ("there is no room for doubt"), or one sentence passed from outlet to outlet."""
    return len(quoted_grams(a) & quoted_grams(b)) >= QUOTED_GRAMS


def quoted_grams(key: MatchKey) -> Grams:
    """The claim's word 4-grams that say more than a name: at most two words of each come from
    the claim's names ("with South Korean President Moon" is a title, not a statement)."""
    return _quoted_grams(key.surface, key.entities)


#: WHY so small a memo: each entry is a set of a claim's 4-grams (about 1.8 KB), and the
#: scorer asks for 43,000 claims' at 10,000 articles: a memo of 65,536 held them all through
#: scoring, the run's peak. The claims of a batch's pairs come in runs, so 4,096 entries keep
#: 57% of the hits (score-only at 10,000 articles: 58 MB less peak RSS, the same CPU time).
@lru_cache(maxsize=1 << 12)
def _quoted_grams(surface: str, entities: Collection[str]) -> Grams:
    names = {w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_")}
    words = surface.split()
    starts = range(len(words) - 3)
    if names.isdisjoint(words):
        return frozenset(" ".join(words[i : i + 4]) for i in starts)
    # each word looked up once, not once per 4-gram it is in
    named = [w in names for w in words]
    return frozenset(
        " ".join(words[i : i + 4])
        for i in starts
        if named[i] + named[i + 1] + named[i + 2] + named[i + 3] <= QUOTED_NAME_WORDS
    )


def _other_events(a: MatchKey, b: MatchKey) -> bool:
    """Both name what happened, and in unrelated terms: "12 workers were injured in the fire"
    and "the fire killed seven workers" share most words but report two events. Opposite
    predicates ("suspended" / "resumed") are one event told two ways: not other events."""
    if not a.predicates or not b.predicates or a.frames & b.frames:
        return False
    return _unrelated_predicates(a.predicates, b.predicates)


def figures_of_other_events(a: MatchKey, b: MatchKey) -> bool:
    """Both claims give figures, for events of unrelated classes: "the blast killed 12
    workers" and "the blast injured 12 others" share the figure and most words, yet a
    journalist lines up killed against killed and injured against injured. Such a pair may
    be compared (it stays related) but never makes one fact or backs a merge. Decided here,
    not in ``is_match``: paraphrases with figures often use predicates of two classes
    ("slid" / "lost"), so a veto on the same-claim test costs paraphrase accuracy."""
    if not a.numbers or not b.numbers:
        return False
    if counts_occasions(a) != counts_occasions(b) or counts_per_time(a) != counts_per_time(b):
        # "the bridge has been shut twice in three years" / "faces up to three years in
        # prison": how often things happened in a span, and a figure of one of them
        return True
    # "killed three workers in 2009" / "23 miners were killed on Tuesday": two occasions
    # "8,000 of the stolen files belonged to children" / "8,000 records were taken": a part
    return measures_apart(a, b) or occasions_apart(a, b) or parts_apart(a, b) or _other_events(a, b)


def frame_similarities(batch: PairBatch) -> tuple[FloatArray, IntArray]:
    """``similarity`` of every pair, and the content words each pair shares (``"not"``
    aside) as the link by similarity alone counts them (``tying_words``), in batch."""
    claims, left, right = batch.claims, batch.left, batch.right
    has_not = claims.has_not
    size_a = claims.key_tokens.sizes[left] - has_not[left]
    size_b = claims.key_tokens.sizes[right] - has_not[right]
    shared = batch.common(claims.key_tokens) - (has_not[left] & has_not[right])
    frames = batch.common(claims.frames) > 0
    predicates = batch.common(claims.predicates) > 0
    opposed = frames & ~predicates
    # "suspended" and "resumed" differ as words but meet as a frame
    meeting = shared + opposed
    smaller, larger = np.minimum(size_a, size_b), np.maximum(size_a, size_b)
    # "Ms. Alvarez" and "Gov. Maria Alvarez" name one person
    names, count = claims.name_sets, claims.size
    meeting = np.minimum(
        meeting + names.common(left, right + count) + names.common(left + count, right), smaller
    )
    unrelated = (
        (claims.who_and_when[left] != claims.who_and_when[right])
        | (meeting == 0)
        | (smaller < MIN_SHARED)
        | ((meeting < MIN_SHARED) & (meeting < smaller))
    )
    cover = np.divide(meeting, smaller, out=np.zeros(len(batch)), where=~unrelated) + np.divide(
        meeting, larger, out=np.zeros(len(batch)), where=~unrelated
    )
    # the rest only for pairs not already ruled unrelated
    live = np.flatnonzero(~unrelated)
    score = np.zeros(len(batch), dtype=np.float64)
    score[live] = _frame_score(batch.subset(live), cover[live], predicates[live], frames[live])
    score = _zero_lift(batch, score, predicates)
    tying = _tying_words(batch, shared, score, frames)
    tying[_other_measures_rows(batch, score, tying)] = 0
    tying[_figures_apart(batch, score)] = 0
    tying[_frame_of_a_name(batch, shared, score)] = 0
    tying[_told_apart_rows(batch, score, tying)] = 0
    tying[_polarity_apart_rows(batch, score, tying)] = 0
    return score, np.asarray(tying, dtype=np.int64)


def verbs_apart(a: MatchKey, b: MatchKey, times: tuple[int, int] | None = None) -> bool:
    """The claims' main verbs (``MatchKey.verb``, the parser's predicate) differ, neither
    stands among the other claim's words ("Rescuers reach the miners" / "Rescuers are
    racing to reach the miners"), not both deny (``_denies``), they share no predicate
    class or frame, no figure of one unit, only words of their subjects (and of when), and
    the claims are not one telling (``one_telling``): "Halvard would pay for the clean-up"
    / "The clean-up is led by Halvard", "Vass may stand trial next year" / "Vass has been
    mayor for seven years" tell two acts of one party or thing; a link by similarity alone
    does not make them one fact. The pair stays related (the judge still compares it), and
    links as a paraphrase by its score ("fell 5%" / "dropped 5%" share a class and a
    figure besides). A figure both give ties them only when both are of one time: "Three
    paintings stolen from gallery" / "The painter finished the three paintings in the
    1890s" tell two acts on the same three things (``occasions.times_apart``); a measure
    ("40 percent of exports last year") may still be one figure told with its year.

    ``times``: the two keys' ``occasions.told_time`` when the caller has them already
    (``ClaimTable.times``, which reads it only for keys with figures: the times are compared
    only when both keys give figures)."""
    if not a.verb or not b.verb or a.verb == b.verb:
        return False
    if _denies(a) and _denies(b):
        # two denials tell that nothing happened, whatever verb each denies: "No new date was
        # offered" / "He did not say whether a new date had been proposed"
        return False
    if a.verb in b.tokens or b.verb in a.tokens:
        return False
    if not a.predicates.isdisjoint(b.predicates) or _acts_framed_alike(a, b):
        return False
    if _no_service_is_a_halt(a, b) or _no_service_is_a_halt(b, a):
        return False  # "No trams ran" / "The tram network was shut down": one act
    figures = a.numbers & b.numbers
    # a count of two times ("finished the three paintings in the 1890s") ties nothing; a
    # measure ("40 percent of exports last year") may be one figure told with its year
    one_time = not (times_apart(a, b, times) and _counts_things(a) and _counts_things(b))
    spans = _spans_of_time(a, b)
    if (
        figures
        and figures - _figures_of_a_name(a, b)
        and not _other_units(a, b)
        and one_time
        and not spans
    ):
        return False  # one figure: "fell 5%" / "dropped 5%", "9,400 people" / "9,400 patients"
    if (
        one_time
        and not spans
        and a.numbers
        and b.numbers
        and not a.number_contexts.isdisjoint(b.number_contexts)
        and not figures_apart(a.numbers, b.numbers)
    ):
        return False  # one measure within rounding: "about 30 percent" / "30.2 percent"
    if not _only_subjects_shared(a, b, figures | spans):
        return False
    return not one_telling(a, b)


def _spans_of_time(a: MatchKey, b: MatchKey) -> frozenset[str]:
    """The units of time both claims' figures count in, when every figure of each counts
    one ("closed for the two days of the strike" / "will last two days"): how long two acts
    went on, which ties two verbs no more than a day they share does. Empty otherwise."""
    if not a.number_contexts or a.number_contexts != b.number_contexts:
        return frozenset()
    if not a.number_contexts <= _TIME_SPANS:
        return frozenset()
    return a.number_contexts


#: Units of time a figure counts in, as a key writes them ("days" -> "day").
_TIME_SPANS = frozenset(stem(w) for w in ("minute", "hour", "day", "week", "month", "year"))


def _figures_of_a_name(a: MatchKey, b: MatchKey) -> frozenset[str]:
    """The figures both claims write right after one word of both their subjects (a name's
    word or a subject's own word): a model's number in its name ("The Urban 3 was its
    best-selling bike" / "The Urban 3 sold for $1,899", "The Boeing 737 ..."), which says
    what the subject is, not how many or how much of anything."""
    subjects = (
        frozenset(a.subject_words) | _name_words(a.subject),
        frozenset(b.subject_words) | _name_words(b.subject),
    )
    shared = subjects[0] & subjects[1]
    if not shared:
        return frozenset()
    before_a, before_b = _words_before_figures(a), _words_before_figures(b)
    return frozenset(
        n
        for n in a.numbers & b.numbers
        if before_a.get(n, frozenset()) & before_b.get(n, frozenset()) & shared
    )


def _name_words(entities: frozenset[str]) -> frozenset[str]:
    """The words of entity tokens as a key writes them ("ent_urban" -> "urban")."""
    return frozenset(w for e in entities for w in e[len(ENTITY_PREFIX) :].split("_"))


def _words_before_figures(key: MatchKey) -> dict[str, frozenset[str]]:
    """Each figure of the key's text with the words that stand right before it."""
    words = key.text.split()
    before: dict[str, set[str]] = {}
    for index in range(1, len(words)):
        if words[index] in key.numbers:
            before.setdefault(words[index], set()).add(words[index - 1])
    return {n: frozenset(found) for n, found in before.items()}


def _acts_framed_alike(a: MatchKey, b: MatchKey) -> bool:
    """The claims share an event frame (``MatchKey.frames``: "suspended" / "resumed") and
    neither main verb is of no predicate class (``_classless_verb``). "The board offered a
    raise, which the staff rejected" holds the frame of "rejected", an act of the relative
    clause; its own act, "offered", is of none: against "Talks were expected to resume"
    the shared frame says nothing of what either main verb tells."""
    if a.frames.isdisjoint(b.frames):
        return False
    return not _classless_verb(a) and not _classless_verb(b)


def _classless_verb(key: MatchKey) -> bool:
    """The claim's main verb opens no phrase of a predicate class (data/predicates.txt):
    whatever class or frame its key holds comes from its other words (a relative clause,
    an event noun), not from the act its verb tells."""
    return bool(key.verb) and key.verb not in _class_openers()


@lru_cache(maxsize=1)
def _class_openers() -> frozenset[str]:
    """The first word of every phrase of a predicate class, as a key writes it."""
    return frozenset(phrase[0] for phrase in load_tables(None).predicates)


def _other_units(a: MatchKey, b: MatchKey) -> bool:
    """Each claim's figures count in units of data/units.tsv, and in none the other's do:
    "two hours later" / "a two-day strike" give the figure 2 of two measures; or one
    claim's figures count in a unit and the other's count a thing named by no word of the
    first ("two other plants" / "within 2 kilometres of the plant"). Words that are no
    unit on both sides ("9,400 people" / "9,400 patients") may count one thing."""
    units = unit_words()
    units_a = a.number_contexts & units
    units_b = b.number_contexts & units
    if bool(units_a) != bool(units_b) and a.number_contexts and b.number_contexts:
        # "two other plants" / "within 2 kilometres": a count of things and a measure
        return a.number_contexts.isdisjoint(b.number_contexts)
    return bool(units_a) and bool(units_b) and units_a.isdisjoint(units_b)


def _counts_things(key: MatchKey) -> bool:
    """The claim's figures count things ("the three paintings"), in no unit of
    data/units.tsv ("40 percent", "two hours")."""
    return bool(key.number_contexts) and key.number_contexts.isdisjoint(unit_words())


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """The one-word units of data/units.tsv as a key writes them ("hours" -> "hour")."""
    rows = (line.split("\t") for line in data_lines("units.tsv"))
    return frozenset(stem(row[0].lower()) for row in rows if len(row) > 1 and " " not in row[0])


def _only_subjects_shared(a: MatchKey, b: MatchKey, figures: frozenset[str]) -> bool:
    """Every content word the claims share names a subject of one of them (its names or its
    own words: "Halvard" / "the clean-up"), or says when (data/when_words.txt) or nothing
    (data/untying_words.txt), or is a figure of other units in each (``figures``: "two
    hours later" / "a two-day strike"): what either does to a thing the other does not
    name. Two claims that share an object or a place besides ("got in through a roof
    window" / "broke in through a window on the roof") may tell one act in two verbs."""
    shared = frozenset(_without_not(a.tokens)).intersection(_without_not(b.tokens))
    names = a.subject | b.subject | a.agent | b.agent
    subjects = names.union(a.subject_words, b.subject_words, untying_words(), when_words())
    # a one-word name as the key writes it: the subject "Pelling" is ent_pelling, and the
    # key's tokens hold "pell" ("Pelling resigned from the trust" / "The trust had tightened
    # its controls since Pelling left": the name and the trust, each a subject). Names of
    # several words stay out: "Brazil and Turkey have not been spared" names two parties
    # "The tariffs already apply to" as what they act on.
    one_word = frozenset(e for e in names if "_" not in e[len(ENTITY_PREFIX) :])
    subjects = subjects.union(stem(w) for w in _name_words(one_word))
    if not shared <= subjects | figures:
        return False
    return not _result_told(a, shared, figures) and not _result_told(b, shared, figures)


def _result_told(key: MatchKey, shared: frozenset[str], figures: frozenset[str]) -> bool:
    """The claim's verb tells what an event left behind (data/result_verbs.txt: "A computer
    fault left customers unable to pay"), and a word the claims share stands after it, past
    its own subject ("customers", the other's subject in "Customers were locked out by a
    computer fault"): the act is told by what follows the verb, and the other claim may tell
    it in its own verb. A result verb with nothing shared after it ("The storm left 3,000
    homes without power" / "The storm hit the coast") ties nothing."""
    if key.verb not in _result_verbs():
        return False
    own = key.subject | key.agent | frozenset(key.subject_words)
    return bool(shared - own - untying_words() - when_words() - figures)


@lru_cache(maxsize=1)
def _result_verbs() -> frozenset[str]:
    """The verbs of data/result_verbs.txt as a key writes them ("leave" -> "leav")."""
    return frozenset(stem(line.strip().lower()) for line in data_lines("result_verbs.txt"))


#: Match score under which a pair whose main verbs tell two acts (``verbs_apart``) is no
#: link by similarity alone: above it the paraphrase model half sees one statement ("A new
#: date had not been decided" / "Corvane has not set a new date", 50.5).
VERBS_APART_SCORE = 50.0


def verbs_apart_rows(
    batch: PairBatch, similarity: FloatArray, tying: IntArray, scores: FloatArray
) -> IntArray:
    """Rows of the strong pairs, still tied, that the model scores under
    ``VERBS_APART_SCORE`` and whose main verbs tell two acts (``verbs_apart``), looked at
    pair by pair."""
    rows = np.flatnonzero(
        (similarity >= STRONG_SIMILARITY) & (tying > 0) & (scores < VERBS_APART_SCORE)
    )
    claims = batch.claims
    part = batch.subset(rows)
    # a predicate class in common: one act told two ways, whatever the verbs (a frame in
    # common too, unless a main verb is of no class: ``_acts_framed_alike``, pair by pair)
    rows = rows[part.common(claims.predicates) == 0]
    keys = claims.keys
    left, right = batch.left[rows], batch.right[rows]
    # each claim's time read once (the table's column), not again for every pair it is in
    times = zip(claims.times[left].tolist(), claims.times[right].tolist(), strict=True)
    apart = [
        verbs_apart(keys[i], keys[j], pair_times)
        for i, j, pair_times in zip(left.tolist(), right.tolist(), times, strict=True)
    ]
    return np.asarray(rows[np.asarray(apart, dtype=bool)], dtype=np.int64)


def polarity_apart(a: MatchKey, b: MatchKey) -> bool:
    """One claim is negated (``_denies``) and the other is not, both say it of one subject
    (``_one_subject``), they give no figure in common, and they are not one telling
    (``one_telling``): "Police have not arrested anyone" / "Police have asked witnesses to
    come forward", "The captain did not issue a distress call" / "The captain sent a distress
    call at 23:05": two acts of one party, or one act affirmed and denied (the judge still
    compares the pair: it stays related); a link by similarity alone does not make it one
    fact. A shared figure ties it ("60,000 households were left without power" / "60,000
    homes lost power"). Of two subjects, a denial may tell what the other affirms ("No
    meeting has taken place since 1948" / "plans for the first-ever meeting"): left as is.
    Reads the keys' ``text`` and ``surface``, which scoring still has."""
    if _denies(a) == _denies(b) or not _one_subject(a, b):
        return False
    if not a.numbers.isdisjoint(b.numbers):
        return False
    if _no_service_is_a_halt(a, b) if _denies(a) else _no_service_is_a_halt(b, a):
        return False
    return not one_telling(a, b)


#: The predicate classes that say a service stopped ("shut down", "suspended").
_HALTING_CLASSES = frozenset({"close", "halt"})


def _no_service_is_a_halt(denial: MatchKey, affirmation: MatchKey) -> bool:
    """The denial (``_denies``) tells of a service's running (its verb is one of
    ``data/service_verbs.txt``) and the affirmation's act is a halt or a closure: "No trams
    ran anywhere on the network" / "The tram network was shut down" say one thing, one by
    "no", the other by its verb."""
    return (
        denial.verb in _service_verbs()
        and _denies(denial)
        and not _denies(affirmation)
        and not affirmation.predicates.isdisjoint(_HALTING_CLASSES)
    )


@lru_cache(maxsize=1)
def _service_verbs() -> frozenset[str]:
    """The stems of data/service_verbs.txt, as a key's ``verb`` writes them."""
    return frozenset(stem(word) for word in data_lines("service_verbs.txt"))


def _one_subject(a: MatchKey, b: MatchKey) -> bool:
    """The claims' subjects name one party (a name in common, or a word of the subjects'
    own words: "Police" / "Police", "The captain" / "The ship's captain")."""
    if not a.subject.isdisjoint(b.subject) or not a.agent.isdisjoint(b.agent):
        return True
    return not frozenset(a.subject_words).isdisjoint(b.subject_words)


#: A negation word that leaves the claim's act affirmed: "is offering a full refund, with or
#: without a receipt".
_PHRASE_NEGATIONS = frozenset({"without"})


def _denies(key: MatchKey) -> bool:
    """The key reads a negation ("not" among its tokens) that is not only a phrase's
    ``_PHRASE_NEGATIONS`` word: "did not issue", "never", "refuses to pay" (read as "not")."""
    if "not" not in key.tokens:
        return False
    said = set(key.surface.split()) & load_tables(None).negations
    return not said or not said <= _PHRASE_NEGATIONS


def _polarity_apart_rows(batch: PairBatch, score: FloatArray, tying: IntArray) -> IntArray:
    """Rows of the strong pairs, still tied, of which one claim is negated and the other not
    (``polarity_apart``), looked at pair by pair."""
    has_not = batch.claims.has_not
    rows = np.flatnonzero(
        (score >= STRONG_SIMILARITY) & (tying > 0) & (has_not[batch.left] != has_not[batch.right])
    )
    keys = batch.claims.keys
    apart = [
        polarity_apart(keys[i], keys[j])
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return np.asarray(rows[np.asarray(apart, dtype=bool)], dtype=np.int64)


#: Most tying words a pair may share and still be told apart by a figure only one claim gives
#: (``subjects.figure_untold``): "Some 3,800 dockworkers joined the strike" / "Dockworkers went
#: on strike on Monday" share one. Pairs that share more tell one fact with a figure besides
#: ("ran the housing department for six years" / "a former head of the housing department").
UNTOLD_TYING = 1


def one_telling(a: MatchKey, b: MatchKey) -> bool:
    """The claims carry one quotation (``quoted``), or one's words stand together, in order,
    in the other ("I'm looking at all options" in "LePage hinted he may resign, telling a
    radio station: I'm looking at all options"): one telling, whatever else either says.
    Reads the keys' ``text``, which scoring still has."""
    if quoted(a, b):
        return True
    shorter, longer = sorted((a.text, b.text), key=len)
    return bool(shorter) and f" {shorter} " in f" {longer} "


def _told_apart(a: MatchKey, b: MatchKey, few_tying: bool) -> bool:
    """Two things told by common nouns (``subjects.subjects_apart``), a toll only one of them
    gives (``subjects.toll_untold``), or, when few words tie the pair, a figure only one of
    them gives (``figure_untold``), or one that counts a thing the other names
    (``subjects.counted_untold``); not one telling of one quotation or sentence
    (``one_telling``)."""
    return (
        subjects_apart(a, b)
        or toll_untold(a, b)
        or (few_tying and figure_untold(a, b))
        or counted_untold(a, b)
    ) and not one_telling(a, b)


def _told_apart_rows(batch: PairBatch, score: FloatArray, tying: IntArray) -> IntArray:
    """Rows of the strong pairs, still tied, that ``_told_apart`` tells apart (two things
    told by common nouns, a toll or a figure only one claim gives), looked at pair by
    pair."""
    rows = np.flatnonzero((score >= STRONG_SIMILARITY) & (tying > 0))
    keys = batch.claims.keys
    few = (tying[rows] <= UNTOLD_TYING).tolist()
    apart = [
        _told_apart(keys[i], keys[j], little)
        for i, j, little in zip(
            batch.left[rows].tolist(), batch.right[rows].tolist(), few, strict=True
        )
    ]
    return np.asarray(rows[np.asarray(apart, dtype=bool)], dtype=np.int64)


def _frame_of_a_name(batch: PairBatch, shared: IntArray, score: FloatArray) -> IntArray:
    """Rows of the strong pairs that are ``_strong_by_a_name``, looked at pair by pair where
    a claim has a name left as words (``spare_name_words``: few claims)."""
    claims = batch.claims
    spare = claims.spare_name_words
    left, right = batch.left, batch.right
    rows = np.flatnonzero(
        (score >= STRONG_SIMILARITY) & (shared > 1) & ((spare[left] > 0) | (spare[right] > 0))
    )
    keys = claims.keys
    weak = [
        _strong_by_a_name(keys[i], keys[j])
        for i, j in zip(left[rows].tolist(), right[rows].tolist(), strict=True)
    ]
    return np.asarray(rows[np.asarray(weak, dtype=bool)], dtype=np.int64)


def _tying_words(
    batch: PairBatch, shared: IntArray, score: FloatArray, frames_meet: BoolArray
) -> IntArray:
    """The shared content words that tie a pair to one fact, for the link by similarity
    alone (``rules.same_facts``): all of them, unless they are only names, then one fewer
    than the names they make. "Jim Mattis returned to the Pentagon" and "Defense Secretary
    Jim Mattis will retire" share a person and (by "Defense") a place: whom and where, not
    what; "Wal-Mart" is two tokens and one name. Two names shared ("China and Russia")
    still tie, as does one word besides them ("resign"). Words held by a large share of the
    run's claims (``table.topic_set``: a story's "museum", "strike") tie nothing."""
    claims = batch.claims
    tying = np.asarray(shared - 1, dtype=np.int64)
    # Only where the count is read (a strong similarity, ``rules.same_facts``) and a word is
    # shared: the shared tokens that are no word of a name of either claim.
    read = np.flatnonzero((score >= STRONG_SIMILARITY) & (shared >= 1))
    # vague quantities and joining words ("after") tie nothing, nor, between claims whose
    # events are of no one frame, words of when ("on Thursday"): a pair that shares no other
    # plain word is read as one that shares names only
    part = batch.subset(read)
    timeless = ~frames_meet[read]
    plain = np.where(
        timeless,
        part.common(claims.timeless_plain_words),
        part.common(claims.tying_plain_words),
    )
    tying[read[plain > 0]] = shared[read[plain > 0]]
    # Names of several words are counted pair by pair, where they can matter: two or more
    # words of names, and nothing else that ties, shared.
    names_only = (plain == 0) & (shared[read] >= 2)
    rows, untimed = read[names_only], timeless[names_only]
    keys = claims.keys
    untied, untied_when = untying_words(), untying_words() | when_words()
    tying[rows] = [
        max(names_shared(keys[i], keys[j], untied_when if no_frame else untied) - 1, 0)
        for i, j, no_frame in zip(
            batch.left[rows].tolist(), batch.right[rows].tolist(), untimed.tolist(), strict=True
        )
    ]
    # The story's topic words tie nothing ("the hospital", "the strike": in claim after
    # claim of it): at most the shared words besides them count.
    specific = shared[read] - batch.subset(read).common(claims.topic_tokens)
    tying[read] = np.minimum(tying[read], specific)
    return np.asarray(tying, dtype=np.int64)


def tying_words(
    a: MatchKey,
    b: MatchKey,
    similarity: float,
    topic: frozenset[str] = frozenset(),
    score: float | None = None,
) -> int:
    """What ``frame_similarities`` gives as the pair's shared words, for one pair of a table
    whose topic words (``table.topic_set``) are ``topic``; with the pair's match ``score``,
    what the scorer keeps of them (``verbs_apart_rows``, ``setting_only.setting_only_rows``)."""
    common = set(_without_not(a.tokens)).intersection(_without_not(b.tokens))
    shared = len(common)
    tying = shared - 1
    if similarity >= STRONG_SIMILARITY and shared >= 1:
        untied = untying_words()
        if a.frames.isdisjoint(b.frames):
            untied = untied | when_words()
        if not frozenset(plain_words(a)).intersection(plain_words(b)).issubset(untied):
            tying = shared
        elif shared >= 2:
            tying = max(names_shared(a, b, untied) - 1, 0)
        tying = min(tying, len(common - topic - untying_words()))
    if (
        similarity >= STRONG_SIMILARITY
        and a.numbers
        and b.numbers
        and (
            (a.number_contexts & b.number_contexts and figures_apart(a.numbers, b.numbers))
            or measures_differ(a, b)
        )
    ):
        return 0
    if similarity >= STRONG_SIMILARITY and shared > 1 and _strong_by_a_name(a, b):
        return 0
    if similarity >= STRONG_SIMILARITY and tying <= FEW_TYING and other_measures(a, b):
        return 0
    if similarity >= STRONG_SIMILARITY and tying > 0 and _told_apart(a, b, tying <= UNTOLD_TYING):
        return 0
    if similarity >= STRONG_SIMILARITY and tying > 0 and polarity_apart(a, b):
        return 0
    if (
        score is not None
        and score < VERBS_APART_SCORE
        and similarity >= STRONG_SIMILARITY
        and tying > 0
        and verbs_apart(a, b)
    ):
        return 0
    if score is not None and similarity >= STRONG_SIMILARITY and tying > 0:
        # imported here: ``match.setting_only`` reads this module's frame tests
        from claimtrack.match.setting_only import setting_apart

        if setting_apart(a, b, score):
            return 0
    return tying


def _strong_by_a_name(a: MatchKey, b: MatchKey) -> bool:
    """The pair's similarity is strong only because a shared name left as words counts word
    by word: with the name counted once (``similarity(..., names_once=True)``) it is below
    ``STRONG_SIMILARITY``. "The Brant-Holloway lawsuit drew wide attention" shares the
    name and "lawsuit" with any sentence on the lawsuit: three of its words, read as such,
    for one name and one word."""
    if not spare_name_words(a) and not spare_name_words(b):
        return False
    return similarity(a, b, names_once=True) < STRONG_SIMILARITY


def _figures_apart(batch: PairBatch, score: FloatArray) -> IntArray:
    """Rows of the pairs with a strong similarity whose figures of one unit differ beyond
    rounding (``figures_apart``): "a 15 percent increase" and "about 5 percent of imports"
    share a unit and a frame, not a fact; they link only as paraphrases, by their score."""
    claims = batch.claims
    numbers_a, numbers_b = batch.sizes(claims.numbers)
    rows = np.flatnonzero(
        (score >= STRONG_SIMILARITY)
        & (numbers_a > 0)
        & (numbers_b > 0)
        & (batch.common(claims.numbers) == 0)
        & (batch.common(claims.number_contexts) > 0)
    )
    keys = claims.keys
    apart = [
        figures_apart(keys[i].numbers, keys[j].numbers)
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    rows = rows[np.asarray(apart, dtype=bool)]
    # one measure told with other figures, whatever else they share ("a 5 percent rise over
    # two years" / "a 9 percent rise over two years"), looked at pair by pair where a figure
    # of one claim is not the other's
    common = batch.common(claims.numbers)
    more = np.flatnonzero(
        (score >= STRONG_SIMILARITY)
        & (numbers_a > 0)
        & (numbers_b > 0)
        & ((common < numbers_a) | (common < numbers_b))
    )
    differ = [
        measures_differ(keys[i], keys[j])
        for i, j in zip(batch.left[more].tolist(), batch.right[more].tolist(), strict=True)
    ]
    return distinct(np.concatenate([rows, more[np.asarray(differ, dtype=bool)]]))


def _other_measures_rows(batch: PairBatch, score: FloatArray, tying: IntArray) -> IntArray:
    """Rows of the strong pairs tied by at most ``FEW_TYING`` words whose claims give figures
    of other measures (``other_measures``)."""
    claims = batch.claims
    measured = claims.measured
    rows = np.flatnonzero(
        (score >= STRONG_SIMILARITY)
        & (tying <= FEW_TYING)
        & measured[batch.left]
        & measured[batch.right]
        & (batch.common(claims.numbers) == 0)
        & (batch.common(claims.number_contexts) == 0)
    )
    keys = claims.keys
    apart = [
        figures_apart(keys[i].numbers, keys[j].numbers)
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return np.asarray(rows[np.asarray(apart, dtype=bool)], dtype=np.int64)


#: Most tying words (``tying_words``) a pair whose claims give figures of other measures
#: (``other_measures``) may share and still be told apart by them: claims that share more
#: tell one fact with other figures besides ("would delay the tariffs for another 30 days"
#: / "hours before the deadline, announced it would delay the tariffs").
FEW_TYING = 2


def other_measures(a: MatchKey, b: MatchKey) -> bool:
    """Both claims give figures (``table.measured``) that differ beyond rounding, and share no
    word after a figure (its unit): "Skyra shares fell 2 percent" and "Skyra is offering
    14.20 euros a share" measure two things (a change, a price). With few tying words
    (``FEW_TYING``) besides, a link by similarity alone needs one fact; the pair is still
    judged, and links as a paraphrase by its score."""
    return (
        measured(a)
        and measured(b)
        and a.number_contexts.isdisjoint(b.number_contexts)
        and figures_apart(a.numbers, b.numbers)
    )


def measures_differ(a: MatchKey, b: MatchKey) -> bool:
    """The claims give figures for one measure, named by the same word beside each figure
    (after it: "5 percent" / "9 percent", "three years" / "twelve years"; or before it:
    "magnitude 6.4" / "magnitude 4.9"), that differ beyond rounding (``figures_apart``):
    two measures of one kind, not one fact, however much else the claims share. A link by
    similarity alone needs one fact; the pair is still judged, and links as a paraphrase
    by its score."""
    if not a.numbers or not b.numbers:
        return False
    measures_a = _measures(a.text, a.numbers)
    measures_b = _measures(b.text, b.numbers)
    return any(
        figures_apart(measures_a[word], measures_b[word])
        for word in measures_a.keys() & measures_b.keys()
    )


@lru_cache(maxsize=1 << 12)
def _measures(text: str, numbers: frozenset[str]) -> dict[str, frozenset[str]]:
    """The claim's figures by the word that names their measure: the word after each figure
    (as ``MatchKey.number_contexts``), and the word before it unless that is a month
    ("December 14": a date, which the judge compares), a name or a figure
    (``_measure_word``). Years measure nothing (``_YEAR``)."""
    tokens = text.split()
    found: dict[str, set[str]] = {}
    for k, token in enumerate(tokens):
        if token not in numbers or _YEAR.fullmatch(token):
            continue
        if k + 1 < len(tokens) and not tokens[k + 1][:1].isdigit():
            found.setdefault(tokens[k + 1], set()).add(token)
        before = tokens[k - 1] if k > 0 else ""
        if _measure_word(before):
            found.setdefault(before, set()).add(token)
    return {word: frozenset(figures) for word, figures in found.items()}


def _measure_word(word: str) -> bool:
    """A word before a figure that may name its measure: not a figure, a month or a name
    ("Port Selda, 25 kilometres down the coast": the place, not what is measured)."""
    return (
        bool(word)
        and not word[:1].isdigit()
        and not word.startswith(ENTITY_PREFIX)
        and word not in _month_words()
    )


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names as a key writes them (stemmed), full and short."""
    return frozenset(stem(name) for name in MONTH_NAMES)


@lru_cache(maxsize=1 << 16)
def figures_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """No figure of one set is a figure of the other, rounded or not: "$13.6 million" is
    "$13,625,777" told to three digits, "about 5 percent" is "5.2 percent" told to one."""
    return not any(_rounded_alike(x, y) for x in a for y in b)


def _rounded_alike(x: str, y: str) -> bool:
    try:
        first, second = float(x), float(y)
    except ValueError:
        return x == y
    return _rounds_to(second, first) or _rounds_to(first, second)


def _rounds_to(value: float, rounded: float) -> bool:
    """``value`` told to as many significant digits as ``rounded`` has is ``rounded``."""
    if value == 0 or rounded == 0 or not (math.isfinite(value) and math.isfinite(rounded)):
        return value == rounded
    mantissa = f"{abs(rounded):.14e}".split("e")[0]
    digits = len(mantissa.replace(".", "").rstrip("0")) or 1
    places = digits - 1 - math.floor(math.log10(abs(value)))
    return math.isclose(round(value, places), rounded, rel_tol=1e-9)


def _frame_score(
    batch: PairBatch, cover: FloatArray, predicates: BoolArray, frames: BoolArray
) -> FloatArray:
    """The similarity of pairs that share enough: their cover, raised by a shared entity and
    predicate, lowered for other subjects and other events."""
    claims = batch.claims
    entities = batch.common(claims.entities) > 0
    bonus = 10.0 * entities + 10.0 * predicates
    score = np.minimum(100.0, 100.0 * cover + bonus)
    score = _quoted_lift(batch, score)
    subject_a, subject_b = batch.sizes(claims.subject)
    other_subject = (subject_a > 0) & (subject_b > 0) & (batch.common(claims.subject) == 0)
    # "Mattis" and "Jim Mattis": one subject named twice (``one_person``)
    names, count = claims.subject_name_sets, claims.size
    left, right = batch.left, batch.right
    other_subject &= (names.common(left, right + count) + names.common(left + count, right)) == 0
    score = np.where(other_subject, score * OTHER_SUBJECT, score)
    other_events = _other_events_batch(batch, frames)
    score = np.where(other_events, score * OTHER_EVENT, score)
    return _figure_lift(batch, np.asarray(score, dtype=np.float64), other_events)


def _figure_lift(batch: PairBatch, score: FloatArray, other_events: BoolArray) -> FloatArray:
    """``score`` raised to ``STRONG_SIMILARITY`` where ``figure_tied`` (see ``similarity``),
    looked at pair by pair only where the two claims share a figure and a word after one."""
    claims = batch.claims
    rows = np.flatnonzero((score >= WEAK_SIMILARITY) & (score < STRONG_SIMILARITY) & ~other_events)
    if len(rows) == 0:
        return score
    part = batch.subset(rows)
    rows = rows[(part.common(claims.numbers) > 0) & (part.common(claims.number_contexts) > 0)]
    return _lifted_where(batch, score, rows, figure_tied)


def _zero_lift(batch: PairBatch, score: FloatArray, predicates: BoolArray) -> FloatArray:
    """``score`` raised to ``STRONG_SIMILARITY`` where ``zero_against_count`` (see
    ``similarity``), asked only of pairs with one claim negated and a predicate shared."""
    has_not = batch.claims.has_not
    rows = np.flatnonzero(
        (score < STRONG_SIMILARITY) & predicates & (has_not[batch.left] != has_not[batch.right])
    )
    if len(rows) == 0:
        return score
    return _lifted_where(batch, score, rows, zero_against_count)


def _quoted_lift(batch: PairBatch, score: FloatArray) -> FloatArray:
    """``score`` raised to ``STRONG_SIMILARITY`` where ``quoted`` (see ``similarity``):
    the verbatim 4-grams are counted in batch for the pairs in range, and told apart from
    names pair by pair for the few that share enough of them."""
    rows = np.flatnonzero((score >= QUOTED_FLOOR) & (score < STRONG_SIMILARITY))
    if len(rows) == 0:
        return score
    rows = rows[batch.subset(rows).common(batch.claims.words(4)) >= QUOTED_GRAMS]
    return _lifted_where(batch, score, rows, quoted)


def _lifted_where(
    batch: PairBatch, score: FloatArray, rows: IntArray, lifts: Callable[[MatchKey, MatchKey], bool]
) -> FloatArray:
    """``score`` raised to ``STRONG_SIMILARITY`` at those ``rows`` whose two keys ``lifts``
    (asked pair by pair: the rows are the few a batch test let through)."""
    keys = batch.claims.keys
    lifted = [
        lifts(keys[i], keys[j])
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    out = np.array(score, dtype=np.float64)
    out[rows[np.asarray(lifted, dtype=bool)]] = STRONG_SIMILARITY
    return out


def _other_events_batch(batch: PairBatch, frames_meet: BoolArray) -> BoolArray:
    """``_other_events`` of every pair: the antonym table is read for the pairs whose
    predicates share no frame, once per distinct pair of predicate sets."""
    predicates_a, predicates_b = batch.sizes(batch.claims.predicates)
    rows = np.flatnonzero((predicates_a > 0) & (predicates_b > 0) & ~frames_meet)
    out = np.zeros(len(batch), dtype=bool)
    keys = batch.claims.keys
    out[rows] = [
        _unrelated_predicates(keys[i].predicates, keys[j].predicates)
        for i, j in zip(batch.left[rows].tolist(), batch.right[rows].tolist(), strict=True)
    ]
    return out


@lru_cache(maxsize=1 << 16)
def _unrelated_predicates(a: frozenset[str], b: frozenset[str]) -> bool:
    tables = load_tables(None)
    return not any(tables.are_antonyms(x, y) for x in a for y in b)


def _counts_alike(batch: PairBatch) -> BoolArray:
    """``counts_alike`` of every pair."""
    claims = batch.claims
    return (
        (batch.common(claims.number_contexts) > 0)
        & ~_same_sets(batch, claims.numbers)
        & _same_sets(batch, claims.predicates)
    )


def _same_sets(batch: PairBatch, column: SetColumn) -> BoolArray:
    size_a, size_b = batch.sizes(column)
    common = batch.common(column)
    return np.asarray((common == size_a) & (common == size_b), dtype=bool)


def counts_alike(a: MatchKey, b: MatchKey) -> bool:
    """Different figures for the same counted thing, with the same predicates ("38-word
    oath" / "35-word oath"): worth judging even when the sentences say much else. "Four
    workers were killed" and "50 workers were on the shift" count workers for two events."""
    return (
        bool(a.number_contexts & b.number_contexts)
        and a.numbers != b.numbers
        and a.predicates == b.predicates
    )
