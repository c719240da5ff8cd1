"""NUMERIC conflicts: two figures for the same thing counted that differ beyond rounding.

A figure is read as an interval ("about", "at least", "nearly" widen or bound it), with what
it counts and the event it counts, so that figures for
different things or occasions are never compared.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from claimtrack.judge.ages import age_holder
from claimtrack.judge.conversions import (
    converted,
    converted_compatible,
    convertible,
    span_converted,
    span_plural,
    span_units_apart,
    spans_compatible,
    unit_of,
    written_unit,
)
from claimtrack.judge.distance import distanced
from claimtrack.judge.indicators import indicator_before, indicators_apart, one_indicator
from claimtrack.judge.owners import _one_name, owners_apart
from claimtrack.judge.polarity import _verbs_meet, main_verb, main_verbs_meet
from claimtrack.judge.ranks import ranked_conflicts
from claimtrack.judge.text import (
    _PRONOUNS,
    _TIME_WORDS,
    _WORD,
    _WORD_CASED,
    MAX_DATE_SPAN,
    _find_number,
    _numeric,
    _token_list,
    _words_of,
    literal_screen,
    load_cues,
)
from claimtrack.match.slots import _event_kinds
from claimtrack.models import Claim, Conflict, ConflictType, NumberMention
from claimtrack.normalize import (
    CLASS_PREFIX,
    _number_value,
    _number_word_values,
    data_lines,
    load_tables,
    name_designators,
    normalize_text,
    stem,
)
from claimtrack.parse import grammar
from claimtrack.parse.lemmas import noun_lemma, verb_lemma, verbs
from claimtrack.parse.tables import sections
from claimtrack.parse.tables import words as table_words
from claimtrack.parse.trusted import trusted

if TYPE_CHECKING:
    from claimtrack.judge.facts import ClaimFacts


#: Relative difference two numbers may have and still be the same figure, rounded.
ROUNDING = 0.03
#: ... when either is marked approximate ("about", "nearly").
APPROXIMATE = 0.10


#: Where a figure's clause ends: "killed 3 and injured 12" names one event for each figure.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b", re.I)


def _numeric_conflicts(
    facts_a: ClaimFacts, facts_b: ClaimFacts, *, owners: bool = True
) -> list[Conflict]:
    a, b = facts_a.claim, facts_b.claim
    # "the largest exporter" / "the second-largest exporter"
    ranked = ranked_conflicts(a, facts_a.ranks, b, facts_b.ranks)
    if ranked:
        return ranked
    if not a.numbers or not b.numbers:
        return []
    figures_a, figures_b = facts_a.figures, facts_b.figures
    tallies_a, tallies_b = _tallies(a), _tallies(b)
    if not (figures_a and figures_b) and not (tallies_a and tallies_b):
        return []
    if indicators_apart(a.subject, b.subject):
        return []  # "Inflation stood at 2.7%" / "The key rate stands at 3.75%": two measures
    periods_a, periods_b = facts_a.periods, facts_b.periods
    if periods_a and periods_b and periods_a != periods_b:
        # "the 2019 jobless rate was 6.2%" / "from 2015 through 2019 the rate was 5.4%": a
        # figure for a year and one for several years measure different things.
        return []
    # slots: a claim with figures is in dozens of pairs, its dates read once
    unknown_a, unknown_b = facts_a.unknown_periods, facts_b.unknown_periods
    both_name_one = bool(unknown_a or periods_a) and bool(unknown_b or periods_b)
    if both_name_one and unknown_a != unknown_b:
        # "last year the rate was 6.2%" in an undated article / "from 2015 through 2019
        # ... 5.4%": which year "last year" is cannot be told, so neither can a conflict.
        # Both "last year": the same words, the same year, as far as anyone can tell.
        return []
    if _bargaining_sides(a, b):
        # "The union is demanding a 12 percent rise" / "The company offered a rise of 7
        # percent": what one side asks and what the other offers
        return []
    if _settings_apart(a, b):
        # "In the drug group, 9 percent of patients ..." / "In the placebo group, 11.5
        # percent of patients ...": each figure is of the group its opening names
        return []
    if _year_told_apart(a, b) or _year_told_apart(b, a):
        # "In 2011, 11 miners were killed at the Hessa pit" / "Two miners were killed in the
        # collapse": a past year's event, told as background, and the news of the day
        return []
    if _year_of_another_doer(a, b) or _year_of_another_doer(b, a):
        # "The town's brewery cut 200 jobs in 2022" / "Harwell Glass cut 640 jobs": another
        # doer's act of a past year, told as background, and the news of the day
        return []
    tallied = _tally_conflict(a, tallies_a, b, tallies_b)
    if tallied is not None:
        if owners and owners_apart(a, facts_a.owner, b, facts_b.owner):
            return []
        return [tallied]
    # Two floors are two counts only of one occasion: "more than 300 people died in the 1987
    # quake" is no count of the quake of the day told without a year.
    counts = periods_a == periods_b and unknown_a == unknown_b
    for na, fa in figures_a:
        same = [
            (nb, fb)
            for nb, fb in figures_b
            if _same_quantity(na, fa, nb, fb)
            and not _group_against_part(a, na, nb)
            and not _group_against_part(b, nb, na)
        ]
        if not same or any(_compatible(na, nb, floors_as_counts=counts) for nb, _ in same):
            continue
        nb, fb = same[0]
        if any(
            _compatible(other, nb, floors_as_counts=counts)
            for other, facts in figures_a
            if _same_quantity(other, facts, nb, fb) and not _group_against_part(a, other, nb)
        ):
            continue
        numbers_a = [n for n, _ in figures_a]
        numbers_b = [n for n, _ in figures_b]
        if _given_by(na, numbers_b) != _given_by(nb, numbers_a):
            # "sales will rise to $180.9bn next year" / "... to $180.9 billion, then to
            # $191.5 billion in 2005": one figure stands on both sides, the other is one
            # side's added detail (either way round). Both figures on both sides ("killed 12,
            # injured 21" / "killed 21, injured 12") stay for the pairing above to decide.
            continue
        if owners and owners_apart(a, facts_a.owner, b, facts_b.owner):
            return []  # "Smith's rate was 36%" / "Jones's rate was 45.8%": two parties' figures
        if _told_by_other_acts(a, na, fa, b, nb, fb):
            continue
        if _counts_speakers(a, fa) != _counts_speakers(b, fb):
            # "Two crew members spoke to the paper" / "The ship had 34 crew members on
            # board": who told the story, not how many there were
            continue
        if (_kept_against_touched(a, fa, b, fb) and not _found_beyond_kept(na, b, nb)) or (
            _kept_against_touched(b, fb, a, fa) and not _found_beyond_kept(nb, a, na)
        ):
            # "The plant employs about 340 people" / "34 people were treated in hospital":
            # how many there are and how many an act was done to
            continue
        if fa.slashed != fb.slashed:
            # "11 barges are missing" / "fears of another 9/11": a name or a date is no
            # count; "up 3/8" / "up 5/8" are two fractions of one price, compared
            continue
        if _names_a_part(a.text, nb) or _names_a_part(b.text, na):
            # "two soldiers were run down, one of them killed" / "one soldier was killed"
            continue
        if _doers_apart(facts_a, facts_b) or _doers_apart(facts_b, facts_a):
            # "Borsk freed 9" / "fourteen detainees were freed by Altavia": each side's
            # count of what its own doer did
            continue
        if (
            _measures_two_things(a, na, b)
            and not _one_noun_measured(fa, fb)
            and not _one_bargain_figure(fa, fb)
        ):
            # "The asteroid measured 60 feet in diameter" / "The crater left by the meteorite
            # measured 16 feet": a length, a weight or a percentage is of its subject
            continue
        if _counts_a_part_of_those(a.text, na) != _counts_a_part_of_those(b.text, nb):
            # "three of those released hold dual citizenship" / "Borsk released 11
            # prisoners": a part of the group the other claim counts, not its size
            continue
        return [
            trusted(
                Conflict,
                type=ConflictType.NUMERIC,
                claim_ids=(a.id, b.id),
                values=(na.text, nb.text),
                explanation=_explanation(a, na, fa, b, nb),
                value_spans=((na.start, na.end), (nb.start, nb.end)),
            )
        ]
    return []


def _group_against_part(claim: Claim, number: NumberMention, other: NumberMention) -> bool:
    """``number`` is a part of a group of N ("None of the 40 guests", "Two of the 40
    guests") or N itself, and the other claim's figure is not what it may be compared with:
    the part meets counts below the group's size only ("Four guests fell ill", not "the 40
    guests arrived"), the size meets sizes only (N or more), never a count of those the act
    befell ("At least four guests fell ill" holds of 40, but 40 is not who fell ill)."""
    group = _sized_group(claim, number)
    if group is None or other.low is None:
        return False
    size, is_size = group
    return other.low < size if is_size else other.low >= size


#: A year that opens a claim as its time, before a comma: "In 2011, ...", "Back in 1998, ...".
_OPENING_YEAR = re.compile(r"(?:back[ \t]+)?in[ \t]+((?:1[89]|20)\d\d)[ \t]*,", re.IGNORECASE)


def _opening_year(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The span of the year that opens the claim ("In 2011, 11 miners were killed ..."), when
    the parser read it as a date."""
    found = _OPENING_YEAR.match(claim.text)
    if found is None:
        return _sentence_opening_year(claim)
    for date in claim.dates:
        if date.text == found.group(1) and date.resolved and date.earliest and date.latest:
            return date.earliest, date.latest
    return None


def _sentence_opening_year(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The span of the year that opens the claim's sentence when the claim, a clause of it,
    does not keep the opening words and names no date of its own: "In 2019, a flood in
    Orsk killed four people and injured 30" gives the clause "A flood in Orsk injured 30"
    the year 2019, as a reader takes it."""
    if claim.dates or claim.sentence == claim.text:
        return None
    found = _OPENING_YEAR.match(claim.sentence)
    if found is None:
        return None
    year = int(found.group(1))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


#: A setting that opens a claim before a comma, "in" or "among" and a few words without a
#: figure: "In the drug group,", "Among older patients,", "In the north,".
_OPENING_SETTING = re.compile(
    r"(?:in|among)[ \t]+([A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,3}),[ \t]",
    re.IGNORECASE,
)


def _settings_apart(a: Claim, b: Claim) -> bool:
    """Both claims open with a setting of the same shape ("In the treated group," / "In the
    control group,") that each names with a word the other's lacks: each figure is of its own
    group or place. A setting on one side only, or the same setting, keeps them compared, and
    so does an event named as the setting ("In the attack," / "In the blast,": one event told
    with two nouns, data/event_nouns.txt)."""
    setting_a, setting_b = _opening_setting(a.text), _opening_setting(b.text)
    if not setting_a or not setting_b:
        return False
    events = _event_kinds()
    if any(stem(word) in events for word in setting_a | setting_b):
        return False
    return bool(setting_a - setting_b) and bool(setting_b - setting_a)


def _opening_setting(text: str) -> frozenset[str]:
    """The content words of the setting that opens ``text`` (``_OPENING_SETTING``), none
    when no setting opens it."""
    found = _OPENING_SETTING.match(text)
    return _words_of(found.group(1)) if found else frozenset()


def _bargaining_sides(a: Claim, b: Claim) -> bool:
    """One claim's main verb asks for something ("is demanding", "wants") and the other's
    offers it ("offered", "has proposed"), as ``data/bargaining_verbs.txt`` lists them: the
    figures of two sides of a bargain, not one figure told two ways."""
    verb_a, verb_b = main_verb(a), main_verb(b)
    if verb_a is None or verb_b is None:
        return False
    asking, offering = _bargaining_verbs()
    lemma_a, lemma_b = verb_lemma(verb_a), verb_lemma(verb_b)
    return (lemma_a in asking and lemma_b in offering) or (
        lemma_a in offering and lemma_b in asking
    )


def _one_bargain_figure(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Both figures are the object of one verb of a bargain (data/bargaining_verbs.txt),
    written right before each ("has offered 4 percent" / "offered a 5 percent increase"):
    what one side puts on the table or asks for, one quantity, whether or not a noun names
    it, and not a measure of the subject that offers it."""
    verb = _bargain_verb(fa)
    return verb is not None and verb == _bargain_verb(fb)


def bargain_figures_alike(
    figures_a: Sequence[tuple[NumberMention, _FigureFacts]],
    figures_b: Sequence[tuple[NumberMention, _FigureFacts]],
) -> bool:
    """A figure of each claim, in one unit, is the object of one verb of a bargain written
    right before it (``_one_bargain_figure``: "has offered 4 percent" / "offered a 5 percent
    increase"): what one side puts on the table, told by two sources in words too few alike
    for one frame. The pass over the scored pairs judges such a pair (``judgements``)."""
    return any(
        (na.unit or None) == (nb.unit or None) and _one_bargain_figure(fa, fb)
        for na, fa in figures_a
        for nb, fb in figures_b
    )


def _bargain_verb(facts: _FigureFacts) -> str | None:
    """The verb of a bargain written right before the figure, past an article ("offered a
    5 percent rise" -> offer); None for another word there."""
    at = facts.text.find(facts.figure)
    if at <= 0:
        return None
    found = _WORD_BEFORE_FIGURE.search(facts.text[:at])
    if found is None:
        return None
    lemma = verb_lemma(found.group(1))
    asking, offering = _bargaining_verbs()
    return lemma if lemma in asking or lemma in offering else None


#: The last word before a figure, past an article: "offered a ", "has proposed ".
_WORD_BEFORE_FIGURE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]+)(?<![ \t])[ \t]+(?:(?:a|an|the)[ \t]+)?$"
)


@lru_cache(maxsize=1)
def _bargaining_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(the verbs that ask, the verbs that offer) of ``data/bargaining_verbs.txt``."""
    found = sections("bargaining_verbs.txt")
    return frozenset(found["asking"]), frozenset(found["offering"])


def _year_told_apart(dated: Claim, other: Claim) -> bool:
    """``dated`` opens with a year (``_opening_year``: "In 2011, 11 miners were killed in a
    blast at the Hessa pit") and ``other`` names no date in that year ("Two miners were killed
    in the collapse", "... on Friday" of another year): a claim set in a year by its opening
    words tells that year's event, background to the news; a claim that does not name the
    year tells the news of its day. Their figures count two occasions. A claim that names
    a date in the year ("... in 2011", "in March 2011") stays compared."""
    span = _opening_year(dated)
    if span is None:
        return False
    first, last = span
    told = _sentence_opening_year(other)
    if told is not None and told[0] <= last and told[1] >= first:
        return False  # both set in the year by their sentences' opening words
    return not any(
        d.resolved and d.earliest and d.latest and d.earliest <= last and d.latest >= first
        for d in other.dates
    )


#: A whole year written as a date: "in 2022", "since 1998".
_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d")


def _year_of_another_doer(dated: Claim, other: Claim) -> bool:
    """``dated`` is dated by a whole year alone ("The town's brewery cut 200 jobs in 2022"),
    ``other`` names no date ("Harwell Glass cut 640 jobs"), and the two subjects are known,
    no pronoun, and share no word nor name one doer: another doer's act of that year, told
    as background, and the news of the day count two things. One doer ("Harwell cut 200
    jobs in 2022" / "Harwell cut 640 jobs") or one subject word ("Sales rose 5% in 2025" /
    "Sales rose 4%") stays compared, as does a claim that names any date of its own."""
    if other.dates or not dated.dates:
        return False
    if not all(_YEAR_ALONE.fullmatch(date.text) and date.resolved for date in dated.dates):
        return False
    subject_a, subject_b = (dated.subject or "").strip(), (other.subject or "").strip()
    if not subject_a or not subject_b:
        return False
    words_a, words_b = _words_of(subject_a), _words_of(subject_b)
    if not words_a or not words_b or words_a & words_b:
        return False
    if subject_a.lower() in _PRONOUNS or subject_b.lower() in _PRONOUNS:
        return False
    return not _names_one_doer(subject_a, subject_b)


def _tallies(claim: Claim) -> list[NumberMention]:
    """The claim's tallies ("ruled 7-2"): compared with tallies only, never with counts."""
    return [n for n in claim.numbers if n.tally is not None]


def _tally_conflict(
    a: Claim, tallies_a: list[NumberMention], b: Claim, tallies_b: list[NumberMention]
) -> Conflict | None:
    """One tally on each side that differ as pairs of numbers: "ruled 7-2" / "ruled 6-3".
    Compared without their order: the loser's side writes the winner's score second ("lost
    1-3" / "won 3-1"), and which side a tally is told from cannot be read safely. Several
    tallies on a side (sets of a match, votes of two chambers) are not paired up."""
    if len(tallies_a) != 1 or len(tallies_b) != 1:
        return None
    na, nb = tallies_a[0], tallies_b[0]
    assert na.tally is not None and nb.tally is not None
    if sorted(na.tally) == sorted(nb.tally):
        return None
    return trusted(
        Conflict,
        type=ConflictType.NUMERIC,
        claim_ids=(a.id, b.id),
        values=(na.text, nb.text),
        explanation=f"{a.source} gives the tally as {na.text} and {b.source} as {nb.text}",
        value_spans=((na.start, na.end), (nb.start, nb.end)),
    )


def _explanation(a: Claim, na: NumberMention, fa: _FigureFacts, b: Claim, nb: NumberMention) -> str:
    """What the conflict says: both figures and what they are for; both units and one figure
    converted into the other's unit when they differ ("a gives 30 centimetres and b 20
    inches (about 50.8 centimetres) of snow")."""
    if span_units_apart(na, nb):
        # "a gives 14 months and b two years (about 24 months)"
        return (
            f"{a.source} gives {na.text} {span_plural(na)} and {b.source} {nb.text} "
            f"{span_plural(nb)} ({span_converted(nb, na)})"
        )
    unit_a, unit_b = unit_of(na), unit_of(nb)
    if unit_a is None or unit_b is None or not convertible(na, nb):
        what = _what_is_counted(a, na, fa, b, nb)
        return f"{a.source} gives {_as_told(na)} and {b.source} {_as_told(nb)} for {what}"
    word_a, word_b = written_unit(a.text, na), written_unit(b.text, nb)
    return (
        f"{a.source} gives {na.text} {word_a} and {b.source} {nb.text} {word_b} "
        f"({converted(nb, word_b, na, word_a)})"
    )


def _as_told(number: NumberMention) -> str:
    """The figure as written, with its value when words give none: "None (0)"."""
    if number.low == number.high == 0 and not any(c.isdigit() for c in number.text):
        return f"{number.text} (0)"
    return number.text


def _what_is_counted(
    a: Claim, na: NumberMention, fa: _FigureFacts, b: Claim, nb: NumberMention
) -> str:
    """What the explanation says the two figures are for: "age" for an age (the words after
    "46-year" would read "-year old"), else the counted noun, else the words after it."""
    if fa.age_of is not None:
        return "age"
    after = _context_after(a, na)
    if not na.counts and not nb.counts and _adjunct_words(after) and a.subject:
        # "fell 18% in Zurlin trading", "rose 4% on Monday": the words after the
        # figure say where or on what; what moved is the claim's subject ("Velora shares")
        return _lower_article(a.subject)
    written_a, written_b = _counted_as_written(a.text, na), _counted_as_written(b.text, nb)
    if na.counts and nb.counts and na.counts != nb.counts:
        # "people" / "residents": one head count
        return f"{written_a or na.counts} / {written_b or nb.counts}"
    counted = written_a or written_b or na.counts or nb.counts or after
    return counted or fa.indicator or "the figure"  # "for unemployment"


def _counted_as_written(text: str, number: NumberMention) -> str | None:
    """The counted noun as the claim writes it ("women", where ``counts`` holds the lemma
    "woman"), among the few words after the figure; None when it stands elsewhere ("the
    number of workers killed rose to nine")."""
    index = _find_number(text, number.text) if number.counts else -1
    if index < 0:
        return None
    after = index + len(number.text)
    for word in text[after : after + 60].split()[:4]:
        word = word.strip(".,;:!?()\"'’").lstrip("-")
        if word and noun_lemma(word) == number.counts:
            return word.lower()
    return None


def _adjunct_words(words: str) -> bool:
    """The words after a figure open with a preposition other than "of" ("in Zurlin", "on
    Monday", "for")."""
    first = words.split(maxsplit=1)[0].lower() if words else ""
    return first in _adjunct_prepositions()


def _lower_article(subject: str) -> str:
    """ "The kestran" -> "the kestran", for the middle of a sentence; names stay as they are."""
    first, _, rest = subject.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("The", "A", "An") else subject


def _told_by_other_acts(
    a: Claim, na: NumberMention, fa: _FigureFacts, b: Claim, nb: NumberMention, fb: _FigureFacts
) -> bool:
    """Two counts of one noun, the doers of one act and what another act was done to:
    "six climbers fell ill" / "the club had taken 30 climbers" are two groups. Only
    plain counts that the claims' main verbs tell, in opposite roles, by verbs of no common
    frame: "hosted five rounds" / "held three rounds" are one count (both what was done),
    and so are an age, a measure or a figure glued to its noun, whatever the verb ("Ana
    Ruiz, 46, was seen" / "the 40-year-old, named as Ana Ruiz"; "after a 29-year career" /
    "over a 28-year career"). Acts of the events table ("12 were injured" / "11 died") were
    compared in ``_same_quantity``."""
    if na.unit or nb.unit or fa.event or fb.event:
        return False
    if fa.age_of is not None or fb.age_of is not None or fa.glued or fb.glued:
        return False
    role_a, role_b = _role(a, fa.figure), _role(b, fb.figure)
    relative_a = _relative_role(a.text, fa.figure) if role_a is None else None
    relative_b = _relative_role(b.text, fb.figure) if role_b is None else None
    if relative_a is not None or relative_b is not None:
        # "moved 3,400 people out of their homes" / "brought food to the hall, where 250
        # people spent the night": the figure's own clause tells its act
        role_a, verb_a = relative_a or (role_a, main_verb(a))
        role_b, verb_b = relative_b or (role_b, main_verb(b))
        if role_a is None or role_b is None or role_a == role_b:
            return False
        return not _verbs_meet(verb_a, verb_b, load_tables(None))
    if role_a is None or role_b is None or role_a == role_b:
        return False
    if main_verb(a) in _COPULAS or main_verb(b) in _COPULAS:
        # "six climbers are ill" / "had taken 30 climbers": the state a copula gives
        # ("ill") is the act the count is of, not "be"
        return not _verbs_meet(_state_or_verb(a), _state_or_verb(b), load_tables(None))
    return not main_verbs_meet(a, b, load_tables(None))


def _counts_speakers(claim: Claim, facts: _FigureFacts) -> bool:
    """The figure counts who did the claim's main act, a verb of speaking to someone
    (data/speaking_verbs.txt): "Two crew members spoke to the paper", "three residents told
    reporters". Such a count is of the story's sources, not of what the story is about."""
    if facts.event or facts.glued or facts.age_of is not None:
        return False
    verb = main_verb(claim)
    if verb is None or verb_lemma(verb) not in _speaking_verbs():
        return False
    return _role(claim, facts.figure) == "doer"


@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset[str]:
    return frozenset(data_lines("speaking_verbs.txt"))


def _kept_against_touched(kept: Claim, fk: _FigureFacts, other: Claim, fo: _FigureFacts) -> bool:
    """``kept`` counts what a party or a place keeps and ``other`` what an act was done to
    ("The plant employs about 340 people" / "hospitals treated 34 people", "34 people were
    evacuated"): how many there are and how many an act befell are two counts. ``kept``
    says so by a verb of keeping right before its figure (data/holding_verbs.txt:
    "employs", "houses", "seats"), or by a verb of having as its main verb
    (data/inventory_verbs.txt: "The chain has 61 stores") when the two subjects differ: "The
    inspector has four dozen questions" / "The inspector sent four dozen questions" are one
    subject's. ``other`` keeps or has nothing, tells no "there were", and its main verb, no
    copula, acts on the figure: a figure it tells as the doer ("5,900 staff work there")
    stays compared, and so do two sizes and two counts of acts."""
    if fo.held or fo.holding or fo.existing or fk.existing:
        return False
    if not fk.holding and not _has_as_main_verb(kept, fk, other):
        return False
    verb = main_verb(other)
    if verb is None or verb in _COPULAS or verb_lemma(verb) in _inventory_verbs():
        return False
    return _role(other, fo.figure) == "done to"


def _found_beyond_kept(kept: NumberMention, other: Claim, found: NumberMention) -> bool:
    """``other``'s main verb finds what was there (data/discovery_verbs.txt: "Seven rooms
    have been traced") and its figure is above all ``kept`` can be ("The bathhouse had five
    rooms"). WHY: what is found of a thing is a floor of how many there are, so it only
    conflicts when it is more: "had five rooms" / "three rooms have been found" is no
    conflict, a part found."""
    verb = main_verb(other)
    if verb is None or verb_lemma(verb) not in _discovery_verbs():
        return False
    return found.low is not None and kept.high is not None and found.low > kept.high


@lru_cache(maxsize=1)
def _discovery_verbs() -> frozenset[str]:
    return frozenset(data_lines("discovery_verbs.txt"))


def _has_as_main_verb(kept: Claim, fk: _FigureFacts, other: Claim) -> bool:
    """``kept``'s main verb is a verb of having (data/inventory_verbs.txt) before its figure,
    the figure counts no event's toll, and ``other`` has another subject."""
    if not fk.held or fk.event:
        return False
    held_verb = main_verb(kept)
    if held_verb is None or verb_lemma(held_verb) not in _inventory_verbs():
        return False  # "the number of workers killed rose to nine": "number" is no verb here
    return _subject_head(kept) != _subject_head(other)


def _subject_head(claim: Claim) -> str | None:
    """The last word of the claim's subject, as a noun lemma ("The Osterby site" -> "site"),
    or None when the parser found none."""
    words = _WORD.findall((claim.subject or "").lower())
    return noun_lemma(words[-1]) if words else None


_COPULAS = frozenset("be is are was were".split())
#: The word after a copula: "are ill", "were missing".
_AFTER_COPULA = re.compile(r"\b(?:is|are|was|were|been)\s+([a-z]+)\b")


def _state_or_verb(claim: Claim) -> str | None:
    """The claim's main verb, or for a copula the word it gives of its subject ("six climbers
    are ill": "ill"); None when that word is a function word ("are not", "were
    the"), so that nothing is told apart on it."""
    verb = main_verb(claim)
    if verb not in _COPULAS:
        return verb
    found = _AFTER_COPULA.search(claim.text)
    if found is None or found.group(1) in load_tables(None).stop_words:
        return None
    return found.group(1)


#: How many words from its figure a main verb may stand and still tell it ("six climbers
#: have fallen", "had taken 30 climbers").
_VERB_REACH = 3
_PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())


def _role(claim: Claim, figure: str) -> str | None:
    """ "doer" when the figure counts who did the claim's main act ("six climbers fell"),
    "done to" when it counts what the act was done to ("took 30 climbers", "30 climbers were
    taken"), None when the main verb stands not within reach of it ("a grievance covering
    3,900 members" in a sentence whose main verb is "warned")."""
    verb = main_verb(claim)
    index = _find_number(claim.text, figure)
    if verb is None or index < 0:
        return None
    before = _WORD_CASED.findall(claim.text, 0, index)
    if any(verb_lemma(word) == verb for word in before[-_VERB_REACH:]):
        return "done to"
    if before and before[-1].lower() == "of":
        # "a six-year study of 14,200 adults has found": the figure tells what a noun of
        # the subject is of, not who did the act
        return None
    after = _WORD_CASED.findall(claim.text, index + len(figure))[: _VERB_REACH + 1]
    for k, word in enumerate(after[1:], start=1):
        if verb_lemma(word) == verb:
            passive = after[k - 1].lower() in _PASSIVE_AUXILIARIES
            return "done to" if passive else "doer"
    return None


#: Words that open a relative clause of place or time after a main clause ("brought food
#: to the hall, where 250 people spent the night").
_PLACE_RELATIVES = frozenset(("where", "when", "whereupon"))


def _relative_role(text: str, figure: str) -> tuple[str, str] | None:
    """The role and verb of a figure that opens a relative clause of place or time, as
    ``_role`` reads them of a main verb: "where around 250 people spent the night" ->
    ("doer", "spend"), "where 60 patients were treated" -> ("done to", "treat"); None when
    the figure opens no such clause or no verb follows it within reach."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    before = _WORD_CASED.findall(text, max(0, index - 24), index)
    if not before or before[-1].lower() not in _PLACE_RELATIVES:
        return None
    after = tuple(_WORD_CASED.findall(text, index + len(figure))[: _VERB_REACH + 1])
    for k in range(1, len(after)):
        if not grammar.is_verb(after, k):
            continue
        if after[k].lower() in _PASSIVE_AUXILIARIES:
            if k + 1 < len(after):
                return "done to", verb_lemma(after[k + 1].lower())
            return None
        return "doer", verb_lemma(after[k].lower())
    return None


#: A count of part of a group named before: "one of them", "three of whom".
#: A run of digits and commas is entered at its start only (linear on "1,1,1,...").
_PART_OF = re.compile(
    r"(?:\b([a-z]+)|(?<![\d,])(\d[\d,]*))\s+of\s+"
    r"(?:them|whom|those|these|which|his|her|their|its|our|the)\b",
    re.I,
)


def _names_a_part(text: str, number: NumberMention) -> bool:
    """The text counts a part of some group as ``number`` ("one of them killed"): a figure
    the other claim gives for that part is told here too, if not as a figure."""
    if number.low is None or number.low != number.high:
        return False
    return number.low in _parts_counted(text)


def _doers_apart(active: ClaimFacts, passive: ClaimFacts) -> bool:
    """One claim names its doer as its subject ("Borsk freed 9"), the other after a passive
    verb ("were freed by Altavia"), and the two are different names. The subject counts as
    a name when it is one of the claim's names, or is written capitalized inside the other
    claim too ("an exchange with Borsk"): WHY: a common noun opening a sentence
    ("Police arrested 12") is capitalized too, and is no doer to tell apart."""
    doers = [agent.name for agent in passive.agents] or _those_done_by(passive.claim.text)
    if active.agents or not doers:
        return False
    subject = (active.claim.subject or "").strip()
    if not subject or not all(word[:1].isupper() for word in subject.split()):
        return False
    named = any(e.text == subject for e in active.claim.entities) or re.search(
        rf"(?<=\w )\b{re.escape(subject)}\b", passive.claim.text
    )
    if not named:
        return False
    return not any(_names_one_doer(subject, doer) for doer in doers)


#: A doer named in a reduced relative after "those": "among those freed by Altavia were".
_THOSE_DONE_BY = re.compile(
    r"\bthose\s+[a-z]+(?:ed|en)\s+by\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*)"
)


def _those_done_by(text: str) -> list[str]:
    return [found.group(1) for found in _THOSE_DONE_BY.finditer(text)]


def _names_one_doer(x: str, y: str) -> bool:
    """Two names of one doer: one holds the other ("Borsk" / "the Borsk army"), or the two
    open with one name ("Iran" / "Iranian forces"). "Maren Bank" and "Orvik Bank" share only
    the kind of thing they are."""
    x, y = x.lower(), y.lower()
    if re.search(rf"\b{re.escape(x)}\b", y) or re.search(rf"\b{re.escape(y)}\b", x):
        return True
    return _one_name(stem(x.split()[0]), stem(y.split()[0]))


def _expected(text: str, figure: str) -> bool:
    """A word of data/expectation_words.txt stands before the figure in its own clause
    ("raised its revenue forecast to $17 billion", "had expected growth of about 8%"), or
    the clause sets the figure in a span ahead ("reaching 4.5 percent by next summer":
    ``_set_ahead``)."""
    index = _find_number(text, figure)
    if index < 0:
        return False
    clause = _CLAUSE_BREAK.split(text[:index])[-1].lower()
    if not _expectation_words().isdisjoint(_WORDS.findall(clause)):
        return True
    after = _CLAUSE_BREAK.split(text[index + len(figure) :])[0]
    return _set_ahead(clause) or _set_ahead(after.lower())


@lru_cache(maxsize=1)
def _expectation_words() -> frozenset[str]:
    return frozenset(data_lines("expectation_words.txt"))


#: "next" or "coming" before a span, not after "the" ("the next week, 40 more had died":
#: told of the past): "by next summer", "next year", "in the coming months".
_AHEAD = re.compile(r"(?<![\w])(?:(?<!the )next|coming)[ \t]+([a-z]+)")


def _set_ahead(clause: str) -> bool:
    """The (lower-case) clause names a span ahead of the writing (data/future_spans.txt)."""
    return any(found.group(1) in _future_spans() for found in _AHEAD.finditer(clause))


@lru_cache(maxsize=1)
def _future_spans() -> frozenset[str]:
    return frozenset(data_lines("future_spans.txt"))


def _part_words(text: str, figure: str) -> frozenset[str]:
    """The words of the figure's clause up to a part marker (data/part_markers.txt) that
    stands right after a noun ("Cloud revenue alone rose 31% to $1.9 billion": "cloud",
    "revenue"), or of an opening clause that ends in one ("In March alone, 40 ..."): the
    figure is that part's, not the whole's. None after a verb or "be" ("was alone when she
    found $400"), nor in another clause ("the man, who lives alone, lost $400")."""
    index = _find_number(text, figure)
    if index < 0:
        return frozenset()
    lowered = text[:index].lower()
    markers = _part_markers()
    if not any(marker in lowered for marker in markers):
        return frozenset()  # most figures: a substring test per marker
    clauses = _CLAUSE_BREAK.split(lowered)
    opening = _WORDS.findall(clauses[0]) if len(clauses) == 2 else []
    # "In March alone, 40 people died": the opening clause and the figure's
    kept = clauses[-2:] if opening and opening[-1] in markers else clauses[-1:]
    words = _WORDS.findall(" ".join(kept))
    for at in range(1, len(words)):
        before = words[at - 1]
        if words[at] in markers and not _says_how_someone_is(before):
            return frozenset(words[:at])
    return frozenset()


def _says_how_someone_is(word: str) -> bool:
    """A verb or "be" before "alone" ("lives alone", "was alone")."""
    return word in _NOT_A_PART_OWNER or verb_lemma(word) in verbs()


#: Words before a part marker that make it no part of a whole: "is alone", "not alone".
_NOT_A_PART_OWNER = frozenset("not is are was were be been being am".split())


@lru_cache(maxsize=1)
def _part_markers() -> frozenset[str]:
    return frozenset(data_lines("part_markers.txt"))


_WORDS = re.compile(r"[a-z]+")

#: Where a clause that picks out a group by a figure opens: a condition ("if you drink
#: three cups") or a restrictive relative ("people who drink three or more cups", not
#: "Ruiz, who scored 12 goals", which tells of one person).
_GROUP_OPENER = re.compile(r"\b(?:if|whoever|(?<![,\s])\s+who|(?<!,)\s+who)\b", re.I)
#: A gerund that opens the claim as its subject: "Drinking three cups a day was linked to".
_GERUND_SUBJECT = re.compile(r"^[A-Z][a-z]{2,}ing\b")


def _defines_a_group(text: str, figure: str) -> bool:
    """The figure stands in a clause that says who or what is meant rather than what
    happened: after "if" or a restrictive "who" ("people who drink three or more cups a
    day sleep less"), or in a gerund subject opening the claim ("Drinking three cups a day
    was linked to ..."). WHY: such a figure draws a line; a person's or a thing's own
    figure ("Hassan drinks two cups a day") is no other account of where the line is."""
    index = _find_number(text, figure)
    if index < 0:
        return False
    before = text[:index]
    opening = _GERUND_SUBJECT.match(before)
    if opening and opening.group(0).lower() not in _NOT_GERUNDS | load_tables(None).stop_words:
        return len(before.split()) <= _GERUND_REACH
    clause = re.split(r"[;:()]|,(?!\s+who\b)", before)[-1]
    openers = list(_GROUP_OPENER.finditer(clause))
    # only inside the group's clause: "justices who seemed sympathetic expressed qualms
    # about a lawsuit involving 1.5 million women" counts the women of the lawsuit
    return bool(openers) and len(clause[openers[-1].end() :].split()) <= _GROUP_REACH


#: Words in "-ing" that open a sentence as no gerund: "During 2024, 300 ...".
_NOT_GERUNDS = frozenset("during morning evening nothing something everything anything".split())
#: How far after "if" or "who" the figure may stand ("who drink three or more", "if you
#: drink at least three").
_GROUP_REACH = 4
#: How far into a gerund subject its figure may stand ("Drinking at least three").
_GERUND_REACH = 4


#: A figure that counts a part of a group told of elsewhere: "three of those", "two of them".
#: Only a pronoun names the group: "ten of the hostages were freed" counts the freed,
#: as "twelve hostages were freed" does.
_PART_OF_THOSE = re.compile(r"(?<!\s)\s+of\s+(?:them|those|these|whom)\b", re.I)


def _counts_a_part_of_those(text: str, number: NumberMention) -> bool:
    index = _find_number(text, number.text)
    return index >= 0 and _PART_OF_THOSE.match(text, index + len(number.text)) is not None


# (1 << 16: at 10,000 articles 1 << 14 entries overflowed, 21,600 misses in 52,000 calls)
@lru_cache(maxsize=1 << 16)
def _parts_counted(text: str) -> frozenset[float]:
    """The values of the counts of a part ``_PART_OF`` finds in the text. WHY once per text:
    a claim is in about twenty judged pairs, and the pattern ran over its text for each."""
    units = _number_word_values()[0]
    values: set[float] = set()
    for found in _PART_OF.finditer(text):
        word = (found.group(1) or found.group(2)).lower()
        value = units.get(word) if word[0].isalpha() else _number_value(word)
        if value is not None:
            values.add(value)
    return frozenset(values) if values else _NO_PARTS


_NO_PARTS: frozenset[float] = frozenset()


def _given_by(number: NumberMention, others: Sequence[NumberMention]) -> bool:
    """One of ``others`` is the very same figure: the same value in the same unit."""
    return number.low is not None and any(
        (o.unit or None) == (number.unit or None) and (o.low, o.high) == (number.low, number.high)
        for o in others
    )


class _FigureFacts:
    """What the words around one figure of a claim say it counts. They depend on the claim's
    text and the figure alone, so each is worked out once per figure, not once for every
    pair of figures the judge compares (a claim is in about twenty pairs), and only when a
    comparison needs it: reading the words around a figure is most of the cost."""

    def __init__(self, text: str, figure: str, counts: str | None):
        self.text, self.figure, self.counts = text, figure, counts
        self.vague = _vague(figure)

    @cached_property
    def event(self) -> str | None:
        """What happened to what is counted ("death", "injury"): ``_event_of``."""
        return _event_of(self.text, self.figure)

    @cached_property
    def names_a_toll(self) -> bool:
        """The claim names a counted event or a toll word (data/toll_words.txt) anywhere,
        so its figure may count those an event befell."""
        return not _toll_tokens().isdisjoint(_token_list(self.text))

    @cached_property
    def placing(self) -> int | None:
        """The place in a field the figure's clause gives its holder ("finished third with
        9%" is 3), None for none: ``_placing``."""
        return _placing(self.text, self.figure)

    @cached_property
    def glued(self) -> str | None:
        """The word the figure is hyphenated to ("a 29-year career"): ``_glued``."""
        return _glued(self.text, self.figure)

    @cached_property
    def body(self) -> str | None:
        """The group whose head count the figure is ("a crew of 28"): ``_body_counted``."""
        return _body_counted(self.text, self.figure)

    @cached_property
    def thing(self) -> str | None:
        """The counted thing: a group's head count, the word glued to the figure, the
        parser's noun, the next noun."""
        return (
            self.body or self.glued or _counts(self.counts) or _counted_noun(self.text, self.figure)
        )

    @cached_property
    def age_of(self) -> frozenset[str] | None:
        """Whose age the figure is ("Ana Ruiz, a 34-year-old", "Ortiz, 34,"): the words of
        the name beside it, empty for no name; None when the figure is no age."""
        return age_holder(self.text, self.figure)

    @cached_property
    def dimension(self) -> str | None:
        """Which extent a length measures ("deep", "tall", "diameter"), when the words
        right after the figure and its unit say so ("16-foot-deep", "60 feet in diameter")."""
        return _dimension(self.text, self.figure)

    @cached_property
    def record(self) -> str | None:
        """ "record" when the figure's clause sets a record ("a record 12 seconds", "the
        biggest catch ever"), "old record" for a past one ("the previous record of 22"),
        None otherwise."""
        return _record(self.text, self.figure)

    @cached_property
    def increment(self) -> bool:
        """The figure counts what was added ("an additional 14 officers", "14 more
        officers", "another 14") or the others besides someone named ("the envoy and three
        other staff"), not how many there are in all."""
        return _is_increment(self.text, self.figure)

    @cached_property
    def running(self) -> bool:
        """The figure is a running total since a year ("9,000 have died since 2011"), not
        the count of one event: ``_running_total``."""
        return _running_total(self.text, self.figure)

    @cached_property
    def rate(self) -> str | None:
        """What the figure is counted per: ``_rate_of``."""
        return _rate_of(self.text, self.figure)

    @cached_property
    def past_occasion(self) -> bool:
        """The figure is told in a "when" clause dated by a year: ``_past_occasion``."""
        return _past_occasion(self.text, self.figure)

    @cached_property
    def day_count(self) -> str | None:
        """ "running" for a count since a day, "day" for one day's count: ``_day_count``."""
        return _day_count(self.text, self.figure)

    @cached_property
    def holder(self) -> frozenset[str]:
        """What the figure measures, when its words name it: ``_holder``."""
        return _holder(self.text, self.figure)

    @cached_property
    def slashed(self) -> bool:
        """Joined to digits by a slash ("9/11", "3/8"): ``_slashed``."""
        return _slashed(self.text, self.figure)

    @cached_property
    def price_of(self) -> frozenset[str]:
        """What a price is given for ("wheat at $300"): ``_price_of``."""
        return _price_of(self.text, self.figure)

    @cached_property
    def setting(self) -> frozenset[str]:
        """Where a span of time was spent ("four years in the navy"): ``_setting``."""
        return _setting(self.text, self.figure)

    @cached_property
    def existing(self) -> bool:
        """The figure tells how many there are ("There were 30 stalls at the fair"):
        ``_existing``."""
        return _existing(self.text, self.figure)

    @cached_property
    def holding(self) -> bool:
        """The figure is the object of a verb of keeping right before it ("the site employs
        about 340 people", "the jail houses 900 inmates"): ``_holding``."""
        return _holding(self.text, self.figure)

    @cached_property
    def held(self) -> bool:
        """A verb of having or counting stands before the figure in its clause ("the fair
        had 28 stalls", "employs 5,800 people"): ``_held``."""
        return _held(self.text, self.figure)

    @cached_property
    def load(self) -> bool:
        """The figure is what something carries or holds ("was carrying 80,000 tonnes"):
        ``_load``."""
        return _load(self.text, self.figure)

    @cached_property
    def window(self) -> bool:
        """A span of time things are counted in ("the third inquiry in five years", "in the
        past two years"): ``_counting_window``."""
        return _counting_window(self.text, self.figure)

    @cached_property
    def own_span(self) -> bool:
        """The figure is how long the claim's own act lasted: ``_own_span``."""
        return _own_span(self)

    @cached_property
    def span_year(self) -> bool:
        """The figure's clause names a year ("closed for two years in 2019", "in the
        1990s")."""
        clause = _figure_clause(self.text, self.figure)
        return clause is not None and any(_YEAR_WORD.search(part) for part in clause)

    @cached_property
    def clause_before(self) -> frozenset[str]:
        """The tokens before the figure in its own clause: "the number of workers killed
        rose to nine" names what nine counts; "the boys have become men and the burger
        has turned 20" does not say 20 counts men."""
        index = _find_number(self.text, self.figure)
        if index < 0:
            return frozenset()
        return frozenset(_token_list(_CLAUSE_BREAK.split(self.text[:index])[-1]))

    @cached_property
    def indicator(self) -> str | None:
        """The indicator named right before the figure in its clause ("raise its savings
        rate to 3.1 percent"): ``indicator_before``."""
        index = _find_number(self.text, self.figure)
        if index < 0:
            return None
        return indicator_before(_CLAUSE_BREAK.split(self.text[:index])[-1])

    @cached_property
    def expected(self) -> bool:
        """The figure's clause calls it expected, forecast or a target: ``_expected``."""
        return _expected(self.text, self.figure)

    @cached_property
    def part(self) -> frozenset[str]:
        """The words naming the part of a whole the figure is marked as ("cloud revenue
        alone"), empty for none: ``_part_words``."""
        return _part_words(self.text, self.figure)

    @cached_property
    def words_before(self) -> frozenset[str]:
        """The lower-case words before the figure."""
        index = _find_number(self.text, self.figure)
        return frozenset(_WORDS.findall(self.text[: max(index, 0)].lower()))

    @cached_property
    def defines_a_group(self) -> bool:
        """The figure says who belongs to a group: ``_defines_a_group``."""
        return _defines_a_group(self.text, self.figure)

    @cached_property
    def before(self) -> frozenset[str]:
        return _context(self.text, self.figure, after=False)

    @cached_property
    def after(self) -> frozenset[str]:
        return _context(self.text, self.figure, after=True)


#: Number words that make "dozen" a precise count ("four dozen" is 48; "a dozen", "dozens"
#: and "some dozen" stay vague).
_DOZEN_COUNTS = frozenset("two three four five six seven eight nine ten".split())


def _vague(figure: str) -> bool:
    """The figure's own words are vague ("dozens", "millions"); the words that bound it
    ("as many as") are not the figure's, nor is a vague word before digits ("some 695,000"
    is about 695,000, which the parser's bounds already say)."""
    words = _WORD.findall(figure.lower())
    vague = load_cues().vague
    candidates = _bounds_by_first_word(vague).get(words[0] if words else None, ())
    bound = next((phrase for size, phrase in candidates if words[:size] == phrase), [])
    words = words[len(bound) :]
    if words and words[0] in vague and _digits_second(figure):
        # "some 1,800 were injured": a vague word before digits rounds them, as "about"
        # does (data/approximators.tsv widens it so); "some 1,800" is no "some" of "dozens"
        words = words[1:]
    for position, word in enumerate(words):
        precise_dozen = word == "dozen" and position > 0 and words[position - 1] in _DOZEN_COUNTS
        if word in vague and not precise_dozen:
            return True
    return False


def _digits_second(figure: str) -> bool:
    """The figure's second word is written in digits: "some 1,800", "some 2.5 million"."""
    parts = figure.split(maxsplit=2)
    return len(parts) > 1 and parts[1][:1].isdigit()


@lru_cache(maxsize=4)
def _bounds_by_first_word(
    vague: frozenset[str],
) -> dict[str | None, tuple[tuple[int, list[str]], ...]]:
    """The bound phrases that are not ``vague`` words, as (words a figure's opening must
    have, those words), by their first word (None: a phrase of no word), longest first:
    a figure's first word picks the few phrases that can open it."""
    found: dict[str | None, list[tuple[int, list[str]]]] = {}
    for phrase, _ in _bound_phrases():
        if phrase not in vague:
            words = phrase.split()
            found.setdefault(words[0] if words else None, []).append((phrase.count(" ") + 1, words))
    return {first: tuple(phrases) for first, phrases in found.items()}


def _figures(claim: Claim) -> list[tuple[NumberMention, _FigureFacts]]:
    """The claim's figures that are not vague ("dozens") nor only reported as someone's
    ("what he said was 30 percent"), each with its facts. A figure of a thing the claim
    also adds to ("six shots, a pause, then four more shots") is a part, not the total:
    left out, as the increment is from totals (``_same_quantity``). "None of the 40
    guests" counts zero of a group of 40: the zero comes first (``_zero_of_group``)."""
    text = claim.text
    figures = [(n, _figure_facts(text, n.text, n.counts)) for n in claim.numbers if n.tally is None]
    zero = _zero_of_group(claim)
    if zero is not None:
        figures.insert(0, (zero, _figure_facts(text, zero.text, zero.counts)))
    # the parser's noun comes stemmed, the next token as normalized: stem both to compare
    added = {_thing_stem(facts) for _, facts in figures if facts.increment}
    if None in added:  # "nine on Monday and another five": the noun is the other figure's
        added |= {_thing_stem(facts) for _, facts in figures}
    return [
        (n, facts)
        for n, facts in figures
        if not facts.vague
        and not distanced(text, n.text)
        and not _sizes_a_ranking(text, n.text)
        and not _no_count(text, n.text)
        and (facts.increment or _thing_stem(facts) not in added)
    ]


#: A count of none of a group whose size is given: "None of the 40 guests", "not one of its
#: 12 staff", "no one of the 300 passengers". The group's figure is the size, not the count.
_ZERO_OF = re.compile(
    r"(?<![\w-])(?:none|no[ \t]+one|not[ \t]+one)[ \t]+of[ \t]+"
    r"(?:the|its|their|his|her|our|those|these|all)[ \t]+(?=\d)",
    re.I,
)
#: A screen for ``_ZERO_OF``: each of its matches holds "one" ("none", "no one", "not one").
#: WHY: ``_sized_group`` is asked of both claims' figures in every pair of figures compared
#: (50,000 times at 1,000 articles), few texts hold the word, and the pattern's case-blind
#: search of a whole text cost several times the screen.
_may_count_none_of = literal_screen(("one",))


def _zero_of_group(claim: Claim) -> NumberMention | None:
    """The zero "None of the 40 guests fell ill" counts, as a figure of the group's noun
    written where "None" stands; None when the claim counts no zero of a sized group. WHY:
    else the group's size (40) was the claim's only figure, and "Four guests fell ill" read
    as a count of 40 against 4, where the claim counts none."""
    found = _ZERO_OF.search(claim.text) if _may_count_none_of(claim.text) else None
    if found is None:
        return None
    size = _group_size(claim, found.end())
    if size is None or size.low is None or size.low <= 0:
        return None
    zero = found.group(0).split(" of")[0].split("\tof")[0].strip()
    return trusted(
        NumberMention,
        text=zero,
        start=found.start(),
        end=found.start() + len(zero),
        low=0.0,
        high=0.0,
        counts=size.counts,
    )


def _group_size(claim: Claim, at: int) -> NumberMention | None:
    """The claim's figure that starts at ``at`` (an exact one, not a tally), if any."""
    for number in claim.numbers:
        if number.start == at and number.tally is None and number.low == number.high:
            return number
    return None


def _sized_group(claim: Claim, number: NumberMention) -> tuple[float, bool] | None:
    """The size of the group ``number`` is a part of ("None of the 40 guests", "Two of the
    40 guests": 40), with True when ``number`` is the group's figure itself; None for any
    other figure."""
    found = _ZERO_OF.search(claim.text) if _may_count_none_of(claim.text) else None
    if found is not None:
        size = _group_size(claim, found.end())
        if size is not None and size.low is not None:
            if number is size:
                return size.low, True
            if number.low == 0 and number.start == found.start():
                return size.low, False
    return _part_of_group(claim, number)


#: What joins a part's figure to its group's: "two of the 40", "three of its 12".
_OF_GROUP = re.compile(
    r"(?<![ \t])[ \t]+of[ \t]+(?:the|its|their|his|her|our|those|these|all)[ \t]+", re.I
)


def _part_of_group(claim: Claim, number: NumberMention) -> tuple[float, bool] | None:
    """The size of the group a counted part stands in ("Two of the 40 guests": 40), with
    True when ``number`` is that size, False when it is the part; None for any other figure.
    The part must be smaller than the group ("two of the 40"), both exact figures."""
    for part in claim.numbers:
        joined = _OF_GROUP.match(claim.text, part.end)
        if joined is None or part.low is None or part.low != part.high:
            continue
        size = _group_size(claim, joined.end())
        if size is None or size.low is None or not part.low < size.low:
            continue
        if number is size:
            return size.low, True
        if number is part:
            return size.low, False
    return None


def _thing_stem(facts: _FigureFacts) -> str | None:
    return stem(facts.thing) if facts.thing else None


#: What may follow a figure that ends its clause: a closing quote or bracket, then a mark.
_CLAUSE_ENDS_AFTER = re.compile(r"""[\s'"’”)\]]*(?:[.,;:!?]|$)""")
#: Words that may stand between a verb of ``contact_verbs.txt`` and "on"/"at" before a number
#: to dial (whom to call: "contact Sgt Lori Hale on 101").
_CALLEE_WORDS = 4


def _no_count(text: str, figure: str) -> bool:
    """The figure, last in its clause, counts nothing: a number to dial ("asked to call
    Sgt Hale on 101") or the pronoun "one" after a preposition ("you would not want to
    mess with one"). Either would otherwise take its counted noun from words before it
    ("anyone who saw the crash is asked to call ... on 101" counting crashes)."""
    index = _find_number(text, figure)
    if index < 0 or not _CLAUSE_ENDS_AFTER.match(text, index + len(figure)):
        return False
    before = text[max(0, index - 60) : index]
    if figure.lower() == "one":
        words = before.split()
        return bool(words) and words[-1].lower() in _pronoun_prepositions()
    words = _WORD.findall(before.lower())
    via = words[-1:] in (["on"], ["at"])  # "call Sgt Hale on 101", or right after: "call 911"
    verbs_at = words[-2 - _CALLEE_WORDS : -1] if via else words[-1:]
    return not _contact_verbs().isdisjoint(verbs_at)


@lru_cache(maxsize=1)
def _contact_verbs() -> frozenset[str]:
    return frozenset(data_lines("contact_verbs.txt"))


@lru_cache(maxsize=1)
def _pronoun_prepositions() -> frozenset[str]:
    """Prepositions after which a closing "one" is a pronoun; not "to", which ends a
    count ("the vote was two to one", "the toll rose to one")."""
    return frozenset(data_lines("prepositions.txt")) - {"to"}


def _slashed(text: str, figure: str) -> bool:
    """The figure is joined to digits by a slash ("9/11", "24/7", "3/8"): a date, a name
    or a fraction, to be compared with another such figure only."""
    index = _find_number(text, figure)
    if index < 0:
        return False
    end = index + len(figure)
    return (text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit()) or (
        index > 1 and text[index - 1] == "/" and text[index - 2].isdigit()
    )


#: The word right after a figure, and the one after that ("the 50 most influential").
_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
#: "the top 10", "a top-20 list": the figure sizes a ranking too.
_RANKING_BEFORE = re.compile(r"\btop[\s-]+$", re.IGNORECASE)


def _sizes_a_ranking(text: str, figure: str) -> bool:
    """The figure says how many places a ranking has ("No. 4 on a list of the 200 best
    albums", "the 50 most influential people", "the top 10"): a list's length is chosen by
    whoever made it, so lists of 200 and of 500 are two lists, not two counts of one thing.
    A record ("the biggest catch ever") is read on the words before the figure, not here."""
    index = _find_number(text, figure)
    if index < 0:
        return False
    if _RANKING_BEFORE.search(text[max(0, index - 5) : index]):
        return True
    found = _NEXT_WORDS.match(text, index + len(figure))
    if found is None:
        return False
    first = found.group(1).lower()
    return first in _RECORD_SUPERLATIVES and (
        first not in ("most", "least") or bool(found.group(2))
    )


@lru_cache(maxsize=1 << 18)
def _figure_facts(text: str, figure: str, counts: str | None) -> _FigureFacts:
    return _FigureFacts(text, figure, counts)


def _same_quantity(
    na: NumberMention, fa: _FigureFacts, nb: NumberMention, fb: _FigureFacts
) -> bool:
    """Both numbers count or measure the same thing, in the same unit or two units of one
    measure (the claims' periods are compared once per pair, by ``numeric_conflicts``)."""
    if convertible(na, nb):
        return _same_measure(fa, fb)
    if _currency_left_out(na, fa, nb) or _currency_left_out(nb, fb, na):
        # "a fee of 45 million euros" / "paid 54 million": one amount, its currency left
        # out, unless one is expected, a record, an addition or a part and the other not
        return _same_standing(fa, fb)
    if (na.unit or None) != (nb.unit or None) and not (
        span_units_apart(na, nb) and fa.own_span and fb.own_span
    ):
        # "was closed for 14 months" / "for two years" stay: the length of one act in two
        # units, compared once converted (``_compatible``)
        return False
    if _one_named_sum(na, fa, nb, fb):
        # "a fee of 30 million euros after talks" / "the fee of 45 million euros will be
        # paid in instalments": the sum of one noun, whatever word follows either figure
        return _same_standing(fa, fb)
    if fa.age_of is not None or fb.age_of is not None:
        # An age is compared with an age of the same named person only: "Ana Ruiz, 34" /
        # "Tom Price, a 35-year-old" are two people, "died at the age of 57" / "the 3 MCs
        # of the song" an age and a count.
        return bool(fa.age_of and fb.age_of and fa.age_of & fb.age_of)
    if fa.running != fb.running:
        # "9,000 people have died in the fighting since 2011" / "four people were killed":
        # a running total over years and the toll of one event are two counts.
        return False
    if fa.past_occasion != fb.past_occasion:
        # "the worst storm since 2015, when Cyclone Ama killed 11 people" / "two people were
        # killed": the toll of a past event the year names, not of the one told
        return False
    if fa.rate and fb.rate and fa.rate != fb.rate:
        # "each ship carries up to 4,000 containers" / "the port handles 1.4 million
        # containers a year": a count per ship and one per year are two quantities
        return False
    if _rate_against_toll(fa, fb) or _rate_against_toll(fb, fa):
        # "Floods kill about 40 people a year in the region" / "Six people were killed":
        # a yearly average, told as background, and the toll of the one event reported
        return False
    if {fa.day_count, fb.day_count} == {"running", "day"}:
        # "has killed 40 people since Monday" / "killed 12 people on Tuesday": the toll so
        # far and one day's toll. Either against an undated toll stays compared.
        return False
    if (na.unit or "") in _TIME_UNITS and _one_event_lasting(fa, fb):
        # "began a three-day walkout" / "the strike is expected to last five days": the
        # length of one event, planned or not
        return True
    if _unnamed_holder(fa, fb) or _unnamed_holder(fb, fa):
        # "a 40-acre orchard" / "the farm covers 300 acres": two things measured, one unit.
        return False
    if (na.unit or "") in _CURRENCIES and (_unnamed_price_of(fa, fb) or _unnamed_price_of(fb, fa)):
        # "wheat at $300, maize at $200" / "the starting price of $99": two prices
        return False
    if (fa.existing and _one_of_them(nb, fb)) or (fb.existing and _one_of_them(na, fa)):
        # "There were 30 stalls at the fair" / "salmonella was found at one stall": how many
        # there are and the one something befell; "the fair had one stall" stays compared
        return False
    if fa.load != fb.load:
        # "the tanker was carrying 80,000 tonnes" / "800 tonnes of oil have escaped": the
        # load and what happened to part of it
        return False
    if (na.unit or "") in _TIME_UNITS and fa.window != fb.window:
        # "the third inquiry into a mayor in five years" / "has been mayor for seven
        # years": the span things were counted in and how long one thing lasted
        return False
    if (na.unit or "") in _TIME_UNITS and _apart(fa.setting, fb.setting):
        # "spent four years in the navy" / "spent two years in college": two spans.
        return False
    if fa.indicator and fb.indicator and fa.indicator != fb.indicator:
        # "raise its savings rate to 3.1 percent" / "lifted its benchmark rate to 4.25
        # percent": the figures of two indicators, whoever the claims' subjects are
        return False
    if fa.expected != fb.expected:
        # "raised its revenue forecast to $17 billion" / "in which revenue reached $4.2bn":
        # what is expected and what was measured are two figures
        return False
    if bool(fa.part) != bool(fb.part):
        # "cloud revenue alone rose to $1.9 billion" / "revenue rose to $4.2 billion": a
        # part of the whole and the whole are two figures, unless the other names the part
        part, other = (fa.part, fb) if fa.part else (fb.part, fa)
        if not part <= other.words_before:
            return False
    if fa.defines_a_group != fb.defines_a_group:
        # "people who drink three or more cups a day" / "Dr Hassan drinks two cups a day":
        # a figure that says who is in a group, and one person's own
        return False
    if fa.increment != fb.increment:
        # "an additional 14 officers were arrested" / "the total number of detainees rose
        # to 50": what was added and what there is in all are two different counts.
        return False
    if fa.dimension != fb.dimension:
        # "60 feet in diameter" / "a 16-foot-deep hole": two measurements; "measured 16
        # feet" / "39 feet wide": the first may be its depth, nothing says which
        return False
    if fa.record != fb.record:
        # "the biggest catfish ever caught was 22 stone" / "a catfish weighing 20 stone was
        # caught": a record is another thing's figure; "shattered the previous record of
        # 22 seconds" / "in a record 12 seconds": the old record and the new are two.
        return False
    if fa.event and fb.event and fa.event != fb.event:
        # "12 workers were injured" / "11 workers died": the same noun, different people.
        return False
    if (fa.event is None) != (fb.event is None) and not (fb if fa.event else fa).names_a_toll:
        # "some 300 people were on board" / "seven people were killed": those present and
        # those the event befell; "40 casualties" / "12 killed" stay compared.
        return False
    if fa.placing != fb.placing:
        # "finished a distant third with 9 per cent" / "won with 52.4 per cent": the shares
        # of two contestants
        return False
    if fa.indicator is not None and fa.indicator == fb.indicator:
        # "Joblessness dropped to 4.1 percent" / "The unemployment rate fell to 4.2
        # percent": one indicator by two names, whatever other words the clauses hold
        return True
    if fa.thing in _TIME_OPENERS and fb.thing in _TIME_OPENERS:
        # "inflation peaked at 9 percent last year" / "offered a pay rise of 7 percent last
        # week": a time follows both figures, no counted noun; the words before them decide
        return bool(fa.before & fb.before) if fa.before and fb.before else bool(fa.after & fb.after)
    if (na.unit or "") in _TIME_UNITS:
        taken = _taken_for(fa, fb)
        if taken is not None:
            # "It took engineers eight months to repair the tunnel" / "Engineers repaired
            # the tunnel in three months": how long one act took; "took six hours to reach
            # the village" / "took two hours to clear the road": two acts
            return taken
        if fa.own_span and fb.own_span:
            # "The strike lasted six weeks" / "The strike lasted 42 days": how long the
            # act told lasted: the nouns before the spans meet ("The bridge was closed" /
            # "The tunnel was closed" are two closures), else the clauses share more than
            # the word telling a span. A span dated by a year ("closed for two years in
            # 2019") is of a past occasion, compared only with another so dated.
            if fa.span_year != fb.span_year:
                return False
            if fa.before or fb.before:
                return bool(fa.before & fb.before)
            return bool((fa.clause_before & fb.clause_before) - _SPAN_VERB_TOKENS)
    if fa.thing and fb.thing:
        if (na.unit or "") in _CURRENCIES and _sum_from_one_body(fa, fb):
            return True
        return fa.thing == fb.thing or _one_head_count(fa, fb) or _one_kind(fa, fb)
    if _one_bargain_figure(fa, fb):
        return True  # "has offered 4 percent" / "offered a 5 percent increase"
    if fa.thing or fb.thing:
        # "four workers were killed" / "the number of workers killed rose to nine": the
        # counted noun of one stands before the other's figure.
        thing, other = (fa.thing, fb) if fa.thing else (fb.thing, fa)
        # Failing that, "the death toll rose to 11" / "nine workers died": one side names no
        # counted noun, but both name the same thing happening to what they count.
        return thing in other.clause_before or bool(fa.event and fa.event == fb.event)
    # No noun right after either figure ("rose to 40", "grew 32%"): what is measured comes
    # before it ("the death toll", "profit"); failing that, the verb after it ("12 died").
    if fa.before and fb.before:
        return bool(fa.before & fb.before) or _one_value_told(fa, fb)
    return bool(fa.after & fb.after)


#: A form of "take" and up to three words (who took it, "about") right before a span:
#: "It took engineers eight months", "will take about two weeks".
_TAKE_BEFORE = re.compile(r"(?i)\b(?:took|take|takes|taking|taken)(?:[ \t]+[\w'’-]+){0,3}[ \t]*$")
#: The span's unit, then "to" and the act the span was taken for: "months to repair".
_TO_ACT_AFTER = re.compile(r"(?i)^[ \t]+[a-z]+[ \t]+to[ \t]+(?P<verb>[a-z]+)")


#: "for" or a verb form of "last" right before a span: "was closed for 14 months", "lasted
#: six weeks", "is set to last three days"; not "the last two years" (no verb).
_SPAN_BEFORE = re.compile(
    r"(?i)(?:(?<![\w'’])for|\blast(?:ed|s|ing)|\b(?:to|will|would|could|may|might|did|does|"
    r"not)[ \t]+last)[ \t]*$"
)
#: A year or a decade: "2019", "the 1990s".
_YEAR_WORD = re.compile(r"\b(?:1[5-9]|20)\d\d(?:s|’s|'s)?\b")
#: The tokens of the words that tell a span (``_SPAN_BEFORE``, ``_TAKE_BEFORE``): two
#: clauses that share only these share no act.
_SPAN_VERB_TOKENS = frozenset(_token_list("for last lasted lasts lasting took take takes taken"))


#: Right after a sum: "from", a determiner, the noun of a body and the rest of the clause
#: ("£389,000 from the trust over six years").
_FROM_BODY = re.compile(
    r"(?<![ \t])[ \t]+from[ \t]+(?:the|its|their|his|her)[ \t]+(?P<body>[a-z]+)"
    r"(?P<rest>[^,;:.]*)"
)
#: A span in what follows the body: "over six years", "in three months", "since 2019".
_SPAN_AFTER_BODY = re.compile(
    r"(?<![\w])(?:over|in|during|within|across|for|since)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w,-]+[ \t]+)?(?:years?|months?|weeks?|decades?|(?:19|20)\d\d)(?![\w])"
)


def _sum_from_one_body(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Two sums one doer took from a body each article names by its own noun ("Pelling
    took £389,000 from the trust over six years" / "Pelling took about £412,000 from the
    charity over six years"): the words before the figures in their clauses are the same
    (one doer, one verb), each figure is followed by "from" and a body's noun that speaks
    as "it" (data/speaker_kinds.txt [it], data/institution_words.txt), neither claim names
    the other's body, and the same span follows both ("over six years"). One quantity,
    told with two nouns for its source. WHY so narrow: sums from two sources may differ
    ("took £5,000 from the trust" / "took £2,000 from the church" without a shared span)."""
    if not fa.before or fa.before != fb.before:
        return False
    found_a, found_b = _body_after(fa), _body_after(fb)
    if found_a is None or found_b is None:
        return False
    (body_a, rest_a), (body_b, rest_b) = found_a, found_b
    if body_a == body_b or body_b in fa.text.lower() or body_a in fb.text.lower():
        return False
    span_a, span_b = _SPAN_AFTER_BODY.search(rest_a), _SPAN_AFTER_BODY.search(rest_b)
    return span_a is not None and span_b is not None and span_a.group() == span_b.group()


def _body_after(facts: _FigureFacts) -> tuple[str, str] | None:
    """The body's noun after "from" right after the figure and the words after it, lower
    case, when the noun names a body that speaks as "it"; else None."""
    index = _find_number(facts.text, facts.figure)
    if index < 0:
        return None
    found = _FROM_BODY.match(facts.text.lower(), index + len(facts.figure))
    if found is None or found.group("body") not in _source_body_nouns():
        return None
    return found.group("body"), found.group("rest")


@lru_cache(maxsize=1)
def _source_body_nouns() -> frozenset[str]:
    """The nouns of bodies that speak as "it": data/speaker_kinds.txt [it] and
    data/institution_words.txt."""
    return sections("speaker_kinds.txt")["it"] | table_words("institution_words.txt")


def _own_span(facts: _FigureFacts) -> bool:
    """The figure is a length of time (data/span_units.tsv) its clause tells as how long its
    own act lasted: after "for" or a verb form of "last" ("was closed for 14 months", "the
    strike lasted six weeks"), or a span taken for an act ("took engineers eight months to
    repair"). Not a span things are counted in ("the third inquiry in five years", "its
    highest level for two years", "the first strike for 14 months": an ordinal or a
    superlative before it), nor one spent somewhere ("four years in the navy"), nor a span
    glued to a noun ("a 14-month closure")."""
    if facts.window or facts.setting or facts.glued:
        return False
    index = _find_number(facts.text, facts.figure)
    if index < 0:
        return False
    before = _CLAUSE_BREAK.split(facts.text[:index])[-1]
    words = set(_WORDS.findall(before.lower()))
    if words & _RECORD_SUPERLATIVES or not words.isdisjoint(_placing_words()[1]):
        return False
    return _SPAN_BEFORE.search(before) is not None or _taken_act(facts) is not None


def _taken_act(facts: _FigureFacts) -> str | None:
    """The token of the act a span was taken for ("repair" of "took engineers eight months
    to repair the tunnel"), or None when the figure is no span taken."""
    index = _find_number(facts.text, facts.figure)
    if index < 0 or _TAKE_BEFORE.search(_CLAUSE_BREAK.split(facts.text[:index])[-1]) is None:
        return None
    found = _TO_ACT_AFTER.match(facts.text[index + len(facts.figure) :])
    if found is None:
        return None
    tokens = _token_list(found.group("verb"))
    return tokens[0] if tokens else None


def _taken_for(fa: _FigureFacts, fb: _FigureFacts) -> bool | None:
    """Whether two spans measure one act, when one is a span taken for an act ("took six
    hours to contain the leak"): the other tells the act's verb before its figure in its
    clause ("contained the leak within three hours"), or is a span taken for the same act.
    None when neither is a span taken, or the other tells no such act (other rules say)."""
    act_a, act_b = _taken_act(fa), _taken_act(fb)
    if act_a is not None and act_b is not None:
        return act_a == act_b
    if act_a is not None and act_a in fb.clause_before:
        return True
    if act_b is not None and act_b in fa.clause_before:
        return True
    return None


def _one_value_told(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Both figures are what a thing is worth, told by two words of value ("The stolen
    painting was worth about 2 million pounds" / "the painting that was stolen is valued at
    5 million pounds", data/value_words.txt), and their clauses share a word of what is
    valued ("paint"): one value, whichever word tells it."""
    values = _stemmed_words("value_words.txt")
    if values.isdisjoint(fa.before) or values.isdisjoint(fb.before):
        return False
    return bool((fa.clause_before & fb.clause_before) - values)


def _rate_against_toll(rated: _FigureFacts, other: _FigureFacts) -> bool:
    """``rated`` is counted per a unit of time ("about 40 people a year", "each year",
    "annually": ``_rate_of``) and ``other`` is counted per nothing and names what befell
    those it counts ("six people were killed", "12 were injured": an event of
    data/counted_events.txt or a toll word): a rate over time and the toll of one
    occasion are two quantities, whatever noun and verb they share. The toll must be told
    in the past (``_told_past``); a rate per thing ("each ship carries 4,000") is not such a
    rate."""
    return (
        rated.rate in _RATE_TIMES
        and other.rate is None
        and (other.event is not None or other.names_a_toll)
        and _told_past(other.text, other.figure)
    )


#: Auxiliaries that tell a past or a perfect: "were killed", "has claimed", "had died".
_PAST_AUXILIARIES = frozenset("was were had has have been".split())


def _told_past(text: str, figure: str) -> bool:
    """The figure's clause tells what happened: an auxiliary of ``_PAST_AUXILIARIES`` or a
    verb in a past form ("died", "fell ill"). "In Canada, heart attacks kill about 80,000"
    tells a rate as much as "kill 460,000 a year" does, its time left out."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return False
    for word in _WORD.findall(" ".join(clause).lower()):
        if word in _PAST_AUXILIARIES:
            return True
        lemma = verb_lemma(word)
        if lemma != word and not word.endswith("s") and lemma in verbs():
            return True
    return False


def _placing(text: str, figure: str) -> int | None:
    """The ordinal place a placing verb gives right before the figure, in its clause
    ("finished a distant third with 9 per cent", "came second on 31 points"):
    data/placing_verbs.txt, data/ordinals.txt."""
    index = _find_number(text, figure)
    lowered = text.lower()
    if index < 0 or not any(verb in lowered for verb in _placing_words()[0]):
        return None  # most figures: a substring test per verb
    places = list(_placing_pattern().finditer(text, 0, index))
    if not places or _CLAUSE_BREAK.search(text, places[-1].end(), index):
        return None
    return _placing_words()[1][places[-1].group("place").lower()]


@lru_cache(maxsize=1)
def _placing_words() -> tuple[tuple[str, ...], dict[str, int]]:
    verbs = tuple(sorted(data_lines("placing_verbs.txt")))
    ordinals = {
        word.lower(): int(rank)
        for word, rank in (line.split() for line in data_lines("ordinals.txt"))
    }
    return verbs, ordinals


@lru_cache(maxsize=1)
def _placing_pattern() -> re.Pattern[str]:
    verbs, ordinals = _placing_words()
    verb = "|".join(map(re.escape, verbs))
    place = "|".join(map(re.escape, sorted(ordinals, key=len, reverse=True)))
    # "finished third", "came a distant second", "ended the race fourth"
    return re.compile(
        rf"\b(?:{verb})[ \t]+(?:(?:an?|the)[ \t]+)?(?:[a-z]+[ \t]+)?(?P<place>{place})\b", re.I
    )


def _one_head_count(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """A figure for people and one for everyone there in one role (residents, villagers,
    passengers and crew) whom the same event befell count the same heads ("about 180 people
    were evacuated" / "about 140 residents were evacuated"): data/headcount_nouns.txt."""
    everyone, whole = _headcount_phrases()
    if _phrase_after(fa, everyone) is not None:
        phrase = _phrase_after(fb, whole)
        people, group = fa, fb
    else:
        phrase = _phrase_after(fa, whole)
        people, group = fb, fa
    if phrase is None or _phrase_after(people, everyone) is None or people.event is None:
        return False
    return people.event == _event_after(group, phrase)


def _one_kind(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Two nouns of one kind (data/counted_kinds.txt: "houses" / "homes") with the same
    act right after them ("have been destroyed", "were cancelled") count the same things.
    WHY the act: "about 1,900 services on a normal weekday" and "450 trains were
    cancelled" are two counts of one kind of thing."""
    kinds = _counted_kinds()
    kind = kinds.get(fa.thing or "")
    if kind is None or kind != kinds.get(fb.thing or ""):
        return False
    act_a = _act_after_thing(fa)
    return act_a is not None and act_a == _act_after_thing(fb)


def _act_after_thing(facts: _FigureFacts) -> str | None:
    tokens = _context_tokens(facts.text, facts.figure, after=True)
    return tokens[1] if len(tokens) > 1 and tokens[0] == facts.thing else None


@lru_cache(maxsize=1)
def _counted_kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    for number, line in enumerate(data_lines("counted_kinds.txt")):
        for token in _token_list(line):
            kinds[token] = number
    return kinds


def _phrase_after(facts: _FigureFacts, phrases: tuple[str, ...]) -> str | None:
    """The first of ``phrases`` that the words right after the figure open with."""
    index = _find_number(facts.text, facts.figure)
    if index < 0:
        return None
    after = facts.text[index + len(facts.figure) : index + len(facts.figure) + 40]
    words = " ".join(_WORD.findall(after.lower())) + " "
    return next((phrase for phrase in phrases if words.startswith(phrase)), None)


def _event_after(facts: _FigureFacts, phrase: str) -> str | None:
    """``event`` of a figure whose noun is ``phrase``, read as if the phrase were one word:
    the "and" of "passengers and crew were rescued" ends no clause."""
    if " " not in phrase.strip():
        return facts.event
    index = _find_number(facts.text, facts.figure) + len(facts.figure)
    rest = facts.text[index:]
    found = re.match(r"\W*" + r"\W+".join(map(re.escape, phrase.split())), rest, re.I)
    if found is None:
        return None
    return _event_of(facts.text[:index] + " people" + rest[found.end() :], facts.figure)


@lru_cache(maxsize=1)
def _headcount_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """data/headcount_nouns.txt's [everyone] and [whole] phrases, each with a blank after
    it (so that "people" is no start of "peoples")."""
    found = sections("headcount_nouns.txt")
    everyone, whole = (
        tuple(sorted(phrase + " " for phrase in found.get(name, ())))
        for name in ("everyone", "whole")
    )
    return everyone, whole


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


def _same_measure(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Two figures in two units of one measure ("30 centimetres of snow" / "12 inches of
    snow") measure one thing: nothing sets them apart (a record, an increment, two
    extents, two occasions), and the words before or after them, the units aside, meet."""
    if fa.record != fb.record or fa.increment != fb.increment or fa.running != fb.running:
        return False
    if fa.dimension != fb.dimension:
        return False  # "60 feet in diameter" / "a 20-metre-deep hole" (or no extent named)
    if {fa.day_count, fb.day_count} == {"running", "day"}:
        return False
    if _unnamed_holder(fa, fb) or _unnamed_holder(fb, fa):
        return False  # "a 40-acre orchard" / "the farm covers 120 hectares"
    before = (fa.before & fb.before) - _UNIT_WORDS
    after = (fa.after & fb.after) - _UNIT_WORDS
    return bool(before or after)


#: Unit words, which say nothing of what two figures in two units measure.
_UNIT_WORDS = frozenset(stem(w) for w in ("of", "a", "the")) | frozenset(
    ("km", "m", "kg", "cm", "mm", "mph", "kph")
)


#: "since" and a year or a month (not followed by a day), or the start of one: a count
#: running on from then to the writing, over weeks at least.
_SINCE_YEAR = re.compile(
    r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end)\s+of)[\s-]+)?"
    rf"(?:(?:1[89]|20)\d\d\b|(?:last\s+)?(?:{_MONTH_NAMES})\b(?!\s+\d{{1,2}}(?!\d)))",
    re.IGNORECASE,
)
#: "since" and a day: a count running on over the days of one event ("since Monday",
#: "since March 3", "since the weekend").
_SINCE_DAY = re.compile(
    rf"\bsince\s+(?:(?:last|early|late)\s+)?(?:{_WEEKDAY_NAMES}|(?:{_MONTH_NAMES})\s+\d|"
    r"(?:the\s+)?weekend|yesterday)\b",
    re.IGNORECASE,
)
#: A figure dated to one day: "on Tuesday", "on March 4", "yesterday", "today".
_ONE_DAY = re.compile(
    rf"\b(?:on\s+(?:{_WEEKDAY_NAMES}|(?:{_MONTH_NAMES})\s+\d)|yesterday|today)\b",
    re.IGNORECASE,
)


#: Marks that end a clause (``_CLAUSE_BREAK`` without the conjunctions).
_CLAUSE_MARKS = re.compile(r"[,;:()]")


def _since_opener(before: str) -> str | None:
    """A sentence's opening "since" phrase set off by a comma ("Since March, ..."), found
    in the text before a figure; a string test, not a pattern searched from every place."""
    opening = before.lstrip()
    if opening[:6].lower() not in ("since ", "since\t"):
        return None
    mark = _CLAUSE_MARKS.search(opening)
    if mark is None or mark.group(0) != ",":
        return None
    return opening[: mark.end()]


# WHY the memo: six facts of a figure (its rate, load, holder, ...) each read its clause,
# 37,000 calls for 5,500 (text, figure) pairs at 1,000 articles; two splits of a
# case-blind pattern each time.
@lru_cache(maxsize=1 << 16)
def _figure_clause(text: str, figure: str) -> tuple[str, str] | None:
    """The words of the figure's clause before and after it, or None when it is not found."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    before = _CLAUSE_BREAK.split(text[:index])[-1]
    after = _CLAUSE_BREAK.split(text[index + len(figure) :])[0]
    opener = _since_opener(text[:index])
    if opener:
        # "Since late January, 2,000 migrants have crossed": the opening phrase dates the
        # main clause the figure is in, though a comma sets it off
        before = f"{opener} {before}"
    return before, after


def _day_count(text: str, figure: str) -> str | None:
    """ "running" when the figure's clause counts on from a day ("40 people have died
    since Monday"), "day" when it dates the figure to one day ("12 died on Tuesday"), None
    otherwise. A running count and one day's count are two counts of one event: "the storm
    has killed 40 people since Monday" / "the storm killed 12 people on Tuesday"."""
    lowered = text.lower()
    if "since" not in lowered and " on " not in lowered and "day" not in lowered:
        return None  # most figures: no day named near them
    clause = _figure_clause(text, figure)
    if clause is None:
        return None
    words = " ".join(clause)
    if _SINCE_DAY.search(words):
        return "running"
    return "day" if _ONE_DAY.search(words) else None


def _running_total(text: str, figure: str) -> bool:
    """ "since 2011" or "since March" in the figure's clause ("where 9,000 have died since
    2011"). A year or a month, not a day: "has killed 40 people since Monday" is still the
    toll of one disaster (``_day_count`` tells it from one day's toll)."""
    if "since" not in text.lower():
        return False
    clause = _figure_clause(text, figure)
    return clause is not None and any(_SINCE_YEAR.search(words) for words in clause)


#: A year, then a "when" clause the rest of the text before a figure stays in: "since 2015,
#: when the last cyclone killed", "in 1998, when floods destroyed".
#: The year may name the event before the "when": "the 2009 disaster at Vestra, when".
_YEAR_WHEN = re.compile(
    r"(?<![\w])(?:1[89]|20)\d\d(?:[ \t]+[A-Za-z-]+){0,5},?[ \t]+when[ \t][^,;:()]*$",
    re.IGNORECASE,
)


def _past_occasion(text: str, figure: str) -> bool:
    """The figure stands in a "when" clause set after a year ("the strongest storm since
    2015, when Cyclone Ama killed 11 people"), or its clause names an event by its year
    before it ("The 2019 fire in the same valley destroyed 400 homes"): the count of the
    past event the year dates, told as background, not of the event the article reports."""
    index = _find_number(text, figure)
    if index <= 0:
        return False
    if "when" in text.lower() and _YEAR_WHEN.search(text, 0, index) is not None:
        return True
    before = _CLAUSE_BREAK.split(text[:index])[-1]
    kinds = _event_kinds()
    return any(
        stem(found.group(2).lower()) in kinds or stem((found.group(3) or "").lower()) in kinds
        for found in _YEAR_EVENT.finditer(before)
    )


#: A year, then the next two words: "the 2019 fire", "the 1987 Lomax quake".
_YEAR_EVENT = re.compile(r"(?<![\w])((?:1[89]|20)\d\d)[ \t]+([A-Za-z-]+)(?:[ \t]+([A-Za-z-]+))?")


#: Words of time a rate is counted per ("a year", "per day", "every week").
_RATE_TIMES = frozenset("year day week month hour minute second decade quarter season".split())
#: Adverbs of a rate over time ("annually").
_RATE_ADVERBS = {
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "hourly": "hour",
}
#: "a year", "per day", "every week" after a figure (its phrase up to a clause mark).
_RATE_AFTER = re.compile(
    r"(?<![\w])(?:a|an|per|each|every)[ \t]+([a-z]+)\b(?![ \t]+(?:after|before|later|earlier|ago))"
)
#: "Each ship", "every large container ship", "every year" opening the figure's clause: the
#: figure is counted per one of them.
_EACH_BEFORE = re.compile(r"^[ \t]*(?:each|every)[ \t]+([a-z]+)", re.I)
#: The rate of a figure counted per one thing "each" names, whatever the thing.
_PER_EACH = "each"


def _rate_of(text: str, figure: str) -> str | None:
    """What the figure is counted per: a unit of time after it ("1.4 million containers a
    year", "40 million euros per day", "annually"), or the thing "each" or "every" names at
    the head of its clause ("Each large container ship carries up to 4,000 containers" is
    per one ship, whatever the noun). None for a figure no rate is told of. A price "per
    share" is no rate here: the noun "per" names is the counted thing (``_counted_noun``)."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return None
    before, after = clause
    for word in _WORDS.findall(after.lower())[:6]:
        if word in _RATE_ADVERBS:
            return _RATE_ADVERBS[word]
    for found in _RATE_AFTER.finditer(after.lower()):
        if found.group(1).rstrip("s") in _RATE_TIMES:
            return found.group(1).rstrip("s")
    each = _EACH_BEFORE.match(before)
    if each is None:
        return None
    word = each.group(1).lower().rstrip("s")
    return word if word in _RATE_TIMES else _PER_EACH


#: The words after a figure glued to its unit ("40-acre apple orchard", "300-acre farm").
_GLUED_NOUNS = re.compile(r"-[A-Za-z]+\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


def _holder(text: str, figure: str) -> frozenset[str]:
    """What a figure measures, when its words name it: for a figure glued to its unit, the
    nouns after it ("a 40-acre apple orchard" -> apple, orchard; "the 300-acre farm" ->
    farm), as stems, up to a function word; for a figure after an extent and "of", the word
    before the extent ("a water area of 500 acres" -> water). Empty otherwise."""
    index = _find_number(text, figure)
    if index < 0:
        return frozenset()
    glued = _GLUED_NOUNS.match(text, index + len(figure))
    if glued is None:
        return _extent_holder(text[:index])
    stops = load_tables(None).stop_words
    words: list[str] = []
    for word in (w.lower() for w in glued.groups() if w):
        if word in stops:
            break
        words.append(word)
    return frozenset(stem(w) for w in words)


#: The two words and "of" right before a figure: "a water area of", "its floor space of".
_EXTENT_OF = re.compile(r"\b([A-Za-z]+)\s+([A-Za-z]+)\s+of\s+$")


def _extent_holder(before: str) -> frozenset[str]:
    """What an extent before the figure is of ("a water area of" -> water), as a stem; empty
    when no extent of data/extent_nouns.txt stands there, or the word before it says how the
    extent was reckoned ("a total area of", data/extent_modifiers.txt) or is a function
    word ("the area of"): then it is the extent of whatever the story is about."""
    found = _EXTENT_OF.search(before[-60:])
    if found is None:
        return frozenset()
    holder, extent = found.group(1).lower(), found.group(2).lower()
    if extent not in table_words("extent_nouns.txt"):
        return frozenset()
    if holder in table_words("extent_modifiers.txt") or holder in load_tables(None).stop_words:
        return frozenset()
    return frozenset({stem(holder)})


def lasting_event(figure: _FigureFacts) -> str | None:
    """The kind of event (data/event_nouns.txt) whose length a span gives: the noun a span
    glued to its unit qualifies ("a three-day walkout"), or for a span not glued, an event
    noun before it in its clause ("the stoppage is expected to last six days"). None for
    other figures, and for a clause that names events of two kinds."""
    kinds = _event_kinds()
    # not glued: plain stems, since the match tokens fold "strike" into a predicate class
    words = figure.holder if figure.glued else _stems_before(figure)
    found = sorted({kinds[w] for w in words if w in kinds})
    return found[0] if len(found) == 1 else None


def _one_event_lasting(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """One span glued to its unit ("a three-day walkout"), the other not ("will last five
    days"), both the length of one kind of event (``lasting_event``)."""
    if bool(fa.glued) == bool(fb.glued):
        return False  # both glued: their counted things are compared; neither: no event
    kind = lasting_event(fa)
    return kind is not None and kind == lasting_event(fb)


#: A scale word of a large amount ("54 million", "1.2bn").
_SCALED = re.compile(r"(?:million|billion|bn|mn)\b", re.I)


def _currency_left_out(bare: NumberMention, figure: _FigureFacts, priced: NumberMention) -> bool:
    """``bare`` is a large amount with no unit and no counted noun, after a word of money in
    its clause ("paid 54 million", data/money_words.txt), and ``priced`` an amount in a
    currency ("a fee of 45 million euros"): the currency is left out, not another unit."""
    return (priced.unit or "") in _CURRENCIES and bare_amount(bare, figure)


def bare_amount(bare: NumberMention, figure: _FigureFacts) -> bool:
    """A large amount with no unit and no counted noun, after a word of money in its clause
    ("paid 54 million"): ``_currency_left_out``."""
    if bare.unit or bare.counts or figure.glued:
        return False  # "13 million fans": a count; "paid 13 million for the striker" stays
    if not _SCALED.search(bare.text):
        return False
    return not _stems_before(figure).isdisjoint(_stemmed_words("money_words.txt"))


#: Words before an amount that may name what it is the amount of ("a fee of 45 million
#: euros", "the fee is understood to be 54 million pounds").
AMOUNT_NOUN_REACH = 6


def amount_noun(number: NumberMention, figure: _FigureFacts) -> str | None:
    """The noun of data/amount_nouns.txt an amount of money is the sum of, among the last
    ``AMOUNT_NOUN_REACH`` words before it in its clause ("a club-record fee of 45 million
    euros", "the fine was set at 2 million"); None for other figures, and for a clause
    that names two such nouns. Two amounts of one such noun in one story are one sum
    however the sentences around them differ (``links.figure_links``)."""
    if (number.unit or "") not in _CURRENCIES and not bare_amount(number, figure):
        return None
    index = _find_number(figure.text, figure.figure)
    clause = _CLAUSE_BREAK.split(figure.text[: max(index, 0)])[-1]
    words = _WORD.findall(clause.lower())[-AMOUNT_NOUN_REACH:]
    found = {stem(w) for w in words} & _stemmed_words("amount_nouns.txt")
    return next(iter(found)) if len(found) == 1 else None


#: A counted noun right after a figure, then what it reports: "38 reports of overheating",
#: "120 complaints about the noise".
_REPORTS_OF = re.compile(r" ([A-Za-z]+) (?:of|about|over) ")
#: Words after "of" read for what a count of reports is about.
REPORTED_WORDS = 3


def reported(number: NumberMention, figure: _FigureFacts) -> frozenset[str]:
    """What a count of reports is about: the content words, up to ``REPORTED_WORDS`` and
    the end of the clause, after "of", "about" or "over" that follow a counted noun of
    data/counted_reports.txt ("38 reports of fryers overheating": fryer, overheat; "83 reports
    of overheating had been received": overheat). Empty for other figures. Two counts of
    reports of one thing in one story are one count (``links.figure_links``)."""
    if number.unit or figure.thing not in _stemmed_words("counted_reports.txt"):
        return frozenset()
    index = _find_number(figure.text, figure.figure)
    found = _REPORTS_OF.match(figure.text, index + len(figure.figure)) if index >= 0 else None
    if found is None or stem(found.group(1).lower()) != figure.thing:
        return frozenset()
    after = _CLAUSE_BREAK.split(figure.text[found.end() :], maxsplit=1)[0]
    words = " ".join(after.split()[:REPORTED_WORDS])
    return frozenset(t for t in _token_list(words) if t.isalpha())


#: A passive "reported" right after the figure's noun ("Nine fires have been reported",
#: "12 thefts were reported"): up to two words of the noun phrase, then the verb.
_REPORTED_AFTER = re.compile(
    r" ([A-Za-z-]+)(?: ([A-Za-z-]+))? (?:have|has|had|were|was)(?: been)? reported\b"
)
#: A year in a claim of things reported: the count is of a past year or a running total.
_REPORTED_YEAR = re.compile(rf"\b{_YEAR_ALONE.pattern}\b")
#: Words that may stand between "reports of" and the figure ("reports of at least 14 fires").
_REPORTS_HEDGES = frozenset("at least about some nearly almost around up to more than".split())


def reported_thing(number: NumberMention, figure: _FigureFacts) -> str | None:
    """The counted thing of a figure of things reported, None for other figures: the figure
    follows "reports of" ("has received reports of 14 fires") or its noun is followed by a
    passive "reported" ("Nine fires have been reported so far"). Two counts of one reported
    thing in two articles of one story are one count (``links.figure_links``), however far
    apart the figures and whatever else the sentences say. Not a count of reports
    (``reported``: "38 reports of fryers overheating")."""
    thing = figure.thing
    if number.unit or not thing:
        return None
    text = figure.text
    if _REPORTED_YEAR.search(text):
        return None  # "Eleven fires were reported in 2019": a past count, or one since a year
    index = _find_number(text, figure.figure)
    if index < 0:
        return None
    before = [w.lower() for w in text[:index].split()]
    while before and before[-1] in _REPORTS_HEDGES:
        before.pop()
    if before[-2:] in (["reports", "of"], ["report", "of"]):
        return thing
    found = _REPORTED_AFTER.match(text, index + len(figure.figure))
    if found is None:
        return None
    nouns = [w for w in found.groups() if w]
    return thing if stem(noun_lemma(nouns[-1].lower())) == thing else None


def _same_standing(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Neither figure is expected, a record, an addition or a part where the other is not:
    what two amounts of one thing must share to be one sum."""
    return (fa.expected, fa.record, fa.increment, bool(fa.part)) == (
        fb.expected,
        fb.record,
        fb.increment,
        bool(fb.part),
    )


def _one_named_sum(
    na: NumberMention, fa: _FigureFacts, nb: NumberMention, fb: _FigureFacts
) -> bool:
    """Both amounts are sums of one noun of data/amount_nouns.txt (``amount_noun``)."""
    noun = amount_noun(na, fa)
    return noun is not None and noun == amount_noun(nb, fb)


@cache
def _stemmed_words(name: str) -> frozenset[str]:
    """The stems of a data file's words (money words, amount nouns, counted reports)."""
    return frozenset(stem(word) for word in table_words(name))


def _stems_before(figure: _FigureFacts) -> frozenset[str]:
    """The plain word stems before the figure in its own clause (from the last clause break
    before it)."""
    index = _find_number(figure.text, figure.figure)
    return _stems(_CLAUSE_BREAK.split(figure.text[: max(index, 0)])[-1])


def _unnamed_holder(measured: _FigureFacts, other: _FigureFacts) -> bool:
    """``measured`` says what it measures ("a 40-acre apple orchard") and the other figure's
    claim names none of it ("the farm covers 300 acres"): two things, one unit. The other
    claim naming it anywhere is enough ("the 300-acre farm" / "the farm covers about 300
    acres")."""
    return bool(measured.holder) and measured.holder.isdisjoint(_stems(other.text))


@lru_cache(maxsize=1 << 14)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _WORD.findall(text.lower()))


#: Units of money (data/units.tsv): a price can be said of what it is the price of.
_CURRENCIES = frozenset({"$", "EUR", "GBP", "JPY"})
#: The thing a price is given for, right before it: "wheat at $300", "radios at $40".
_PRICED_AT = re.compile(r"\b([A-Za-z]+)\s+(?:at|for)\s+$")


def _unnamed_price_of(priced: _FigureFacts, other: _FigureFacts) -> bool:
    """``priced`` names what it is the price of ("wheat at $300") and the other figure's
    claim never names that thing: two prices."""
    return bool(priced.price_of) and priced.price_of.isdisjoint(_stems(other.text))


def _price_of(text: str, figure: str) -> frozenset[str]:
    """The noun before "at"/"for" and the figure ("wheat at $300"), as a stem; empty when
    that word is a function word or a verb ("priced at $500", "sold for $9")."""
    index = _find_number(text, figure)
    found = _PRICED_AT.search(text[max(0, index - 30) : index]) if index >= 0 else None
    if found is None:
        return frozenset()
    word = found.group(1).lower()
    if word in load_tables(None).stop_words or verb_lemma(word) in verbs() or word.endswith("ed"):
        return frozenset()
    if word in _generic_things():
        # "the value of the stolen pieces at 4 million euros": the pieces are the things the
        # other outlet names ("the brooches"), no second thing with a price of its own
        return frozenset()
    return frozenset({stem(word)})


@lru_cache(maxsize=1)
def _generic_things() -> frozenset[str]:
    return frozenset(data_lines("generic_things.txt"))


@lru_cache(maxsize=1)
def _generic_tokens() -> frozenset[str]:
    """``_generic_things`` as the normalized tokens ``_context_tokens`` gives."""
    return frozenset(_token_list(" ".join(sorted(_generic_things()))))


#: Units of a span of time: a figure in one of them can be said of where it was spent.
_TIME_UNITS = frozenset("year month week day hour".split())
#: A span's unit, then where it was spent: "years in the army", "months at sea".
_SPENT_IN = re.compile(
    r"\s+[A-Za-z]+\s+(?:in|at|aboard|inside)\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?"
    r"([A-Za-z'-]+(?:\s+(?!(?:for|in|at|on|with|by|from|to|and|of|after|before|as)\b)"
    r"[A-Za-z'-]+){0,2})"
)


#: How many words before a figure a load verb may stand ("carrying up to 80,000").
_LOAD_REACH = 3


#: "There were", "there are", "there will be", "there have been" right before a figure (an
#: approximator between them allowed: "there were about 30").
_THERE_WERE = re.compile(
    r"(?<![\w])there[ \t]+(?:is|are|was|were|will[ \t]+be|(?:have|has|had)[ \t]+been)"
    r"(?:[ \t]+(?:about|some|around|nearly|almost|roughly|over|more[ \t]+than|at[ \t]+least|"
    r"up[ \t]+to|fewer[ \t]+than|less[ \t]+than))?[ \t]*$",
    re.IGNORECASE,
)


def _existing(text: str, figure: str) -> bool:
    """The figure follows "there were" and the like (``_THERE_WERE``) in its clause: it
    tells how many of a thing exist, not how many an event touched."""
    clause = _figure_clause(text, figure)
    return clause is not None and _THERE_WERE.search(clause[0]) is not None


def _one_of_them(number: NumberMention, facts: _FigureFacts) -> bool:
    """The figure is one ("sold at one stall") told neither after "there were" nor after a
    verb of having or counting (``_held``): one thing of those that exist, not how many."""
    return number.low == 1 and number.high == 1 and not facts.existing and not facts.held


def _held(text: str, figure: str) -> bool:
    """A verb of ``data/inventory_verbs.txt`` stands before the figure in its clause: "the
    fair had 28 stalls", "the firm employs about 5,800 people"."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return False
    verbs = _inventory_verbs()
    return any(verb_lemma(w) in verbs for w in _WORD.findall(clause[0].lower()))


#: A verb's last word, then an approximator, right before a figure: "employs about 340".
_VERB_BEFORE_FIGURE = re.compile(
    r"(?<![\w'’])(?P<verb>[A-Za-z]+)[ \t]+(?:(?:about|some|around|nearly|almost|roughly|"
    r"over|only|just|more[ \t]+than|at[ \t]+least|up[ \t]+to|fewer[ \t]+than|less[ \t]+than)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
#: Words before a verb form that make it a noun ("the number", "a total").
_NOUN_MARKERS = frozenset("the a an its their his her our this that".split())


def _holding(text: str, figure: str) -> bool:
    """A verb of ``data/holding_verbs.txt``, in any form, stands right before the figure (an
    approximator between them): "employs about 340 people", "houses 900 inmates". Stricter
    than ``_held``: "The number of workers killed rose to nine" holds nothing ("number" is
    a noun there), nor "the dead number 40" (a toll)."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return False
    found = _VERB_BEFORE_FIGURE.search(clause[0])
    if found is None:
        return False
    verb = found.group("verb").lower()
    before = clause[0][: found.start()].split()
    if before and before[-1].lower() in _NOUN_MARKERS:
        return False
    return verb_lemma(verb) in _holding_verbs()


@lru_cache(maxsize=1)
def _holding_verbs() -> frozenset[str]:
    return frozenset(data_lines("holding_verbs.txt"))


@lru_cache(maxsize=1)
def _inventory_verbs() -> frozenset[str]:
    return frozenset(data_lines("inventory_verbs.txt"))


def _load(text: str, figure: str) -> bool:
    """A verb of data/load_verbs.txt stands within ``_LOAD_REACH`` words before the figure,
    in its clause ("was carrying 80,000 tonnes", "contains up to 5,000 litres"). Not "hold",
    which holds talks and elections as often as it holds a load."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return False
    verbs = _load_verbs()
    words = _WORD.findall(clause[0].lower())[-_LOAD_REACH:]
    # "carried out three raids" is no load
    return any(
        verb_lemma(w) in verbs and words[k + 1 : k + 2] != ["out"] for k, w in enumerate(words)
    )


@lru_cache(maxsize=1)
def _load_verbs() -> frozenset[str]:
    return frozenset(data_lines("load_verbs.txt"))


#: "in", "over", "within" or "during" right before a span, with "the past" and the like.
_WINDOW_BEFORE = re.compile(
    r"(?<![\w])(?:in|over|within|during)[ \t]+(?:the[ \t]+)?"
    r"(?P<back>(?:past|last|previous)[ \t]+)?$",
    re.I,
)


def _counting_window(text: str, figure: str) -> bool:
    """The span is one things are counted in: after "in the past" and the like ("rose 40%
    in the past five years"), or after "in" in a clause that counts with an ordinal ("the
    third inquiry in five years", "for the second time in three weeks"; data/ordinals.txt).
    "will close in five years" and "has served for seven years" are no such span."""
    clause = _figure_clause(text, figure)
    if clause is None:
        return False
    found = _WINDOW_BEFORE.search(clause[0])
    if found is None:
        return False
    if found.group("back"):
        return True
    ordinals = _placing_words()[1]
    return any(w in ordinals for w in clause[0].lower().split())


def _setting(text: str, figure: str) -> frozenset[str]:
    index = _find_number(text, figure)
    if index < 0:
        return frozenset()
    found = _SPENT_IN.match(text, index + len(figure))
    if found is None:
        return frozenset()
    return frozenset(t for t in _token_list(found.group(1)) if t not in _TIME_WORDS)


def _apart(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Both name something and share none of it."""
    return bool(words_a and words_b) and words_a.isdisjoint(words_b)


def _periods(claim: Claim) -> frozenset[tuple[dt.date, dt.date]]:
    """The periods (a year, a decade: spans wider than any event date) the claim names."""
    return frozenset(
        (d.earliest, d.latest)
        for d in claim.dates
        if d.resolved and d.earliest and d.latest and (d.latest - d.earliest).days > MAX_DATE_SPAN
    )


#: Words of a relative date that name a span: "last year", "this month", "the past decade".
_SPAN_WORDS = frozenset("year years month months decade decades quarter".split())


#: A time a year or more back from the writing: "a year ago", "two years ago", "last year".
_YEARS_BACK = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)"
    r"\s+(?:years?|decades?)\s+ago|last\s+(?:year|decade)",
    re.IGNORECASE,
)


def years_back(claim: Claim) -> bool:
    """The claim dates itself a year or more back ("when it bombed the depot a year ago")."""
    return any(_YEARS_BACK.fullmatch(d.text) for d in claim.dates)


def another_occasion(a: Claim, back_a: bool, b: Claim, back_b: bool) -> bool:
    """One claim dates itself a year or more back (``back_a``, ``back_b``: ``years_back``,
    read once per claim by the caller; "when it bombed the depot a year ago, killing four")
    and the other gives no date at all ("six people were killed"): told without a date, a
    toll is the news of the day, so the two tell of two occasions, not one fact twice. A
    claim that says "never" ("has never been fined") speaks of every time, the dated one's
    too: one occasion then."""
    return (back_a and not b.dates and not _never(b)) or (back_b and not a.dates and not _never(a))


def _never(claim: Claim) -> bool:
    return (claim.negation_cue or "").lower() == "never"


def _unknown_periods(claim: Claim) -> frozenset[str]:
    """The periods the claim names that its article's date does not resolve ("last year"),
    as written (lower-cased)."""
    words = (d.text.lower().split() for d in claim.dates if not d.resolved)
    return frozenset(" ".join(w) for w in words if not _SPAN_WORDS.isdisjoint(w))


@lru_cache(maxsize=1)
def load_counted_events() -> Mapping[str, str]:
    """Normalized token -> the event it names (data/counted_events.txt: "death: killed, ...")."""
    path = resources.files("claimtrack").joinpath("data").joinpath("counted_events.txt")
    events: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        name, _, members = line.partition(":")
        if line.lstrip().startswith("#") or not members:
            continue
        for member in members.split(","):
            if " " in member.strip():
                continue  # a phrase ("to hospital"): ``_event_phrases``
            token = normalize_text(member.strip()).text
            if token and " " not in token:
                events[token] = name.strip()
    return events


@lru_cache(maxsize=1)
def _toll_tokens() -> frozenset[str]:
    """Normalized tokens of every counted event and toll word (``names_a_toll``)."""
    words = (normalize_text(w).text for w in data_lines("toll_words.txt"))
    return frozenset(load_counted_events()) | frozenset(w for w in words if w)


def _event_of(text: str, figure: str) -> str | None:
    """What happened to what a figure counts: the event word nearest to it in its own clause
    ("killed 3 and injured 12" gives each figure its own verb), the one after it on a tie
    (English puts the verb after its count: "12 were injured"). None when its clause names
    no event of the table, so such a figure is compared as before."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    events = load_counted_events()
    before = _event_tokens(_CLAUSE_BREAK.split(text[:index])[-1])
    after = _event_tokens(_CLAUSE_BREAK.split(text[index + len(figure) :])[0])
    found_after = next(((k, events[t]) for k, t in enumerate(after) if t in events), None)
    found_before = next(
        ((k, events[t]) for k, t in enumerate(reversed(before)) if t in events), None
    )
    if found_after and (not found_before or found_after[0] <= found_before[0]):
        return found_after[1]
    return found_before[1] if found_before else None


def _event_tokens(clause: str) -> tuple[str, ...]:
    """The clause's tokens, each event phrase of data/counted_events.txt ("to hospital") one
    token of its event: its words alone are no event ("a hospital in Westbrook")."""
    pattern, tokens = _event_phrases()
    if pattern is not None:
        clause = pattern.sub(lambda found: f" {tokens[_phrase_key(found.group(0))]} ", clause)
    return _token_list(clause)


@lru_cache(maxsize=1)
def _event_phrases() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the event phrases of data/counted_events.txt and, for each phrase, a word
    of its event that stands for it (the event's first one-word member)."""
    tokens: dict[str, str] = {}
    for line in data_lines("counted_events.txt"):
        _, _, members = line.partition(":")
        words = [m.strip() for m in members.split(",") if m.strip()]
        single = next((w for w in words if " " not in w), None)
        for phrase in (w for w in words if " " in w):
            if single is not None:
                tokens[_phrase_key(phrase)] = single
    if not tokens:
        return None, tokens
    alternatives = "|".join(
        r"\s+".join(map(re.escape, phrase.split()))
        for phrase in sorted(tokens, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), tokens


def _phrase_key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


#: Words that make a figure an increment: "another 14", "a further 14", "14 more", "14 extra";
#: or a count of the others besides someone named ("killed the envoy and three other
#: staff"), which no more tells how many there were in all.
_INCREMENT_BEFORE = re.compile(r"\b(?:another|additional|further|extra)\s+$", re.IGNORECASE)
#: The words after a figure that make it one ("14 more"), its noun after them.
_INCREMENT_WORDS = frozenset("additional more extra further new other".split())
_INCREMENT_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(_INCREMENT_WORDS))})\b", re.IGNORECASE)


#: A length's unit, then the extent it measures: "16-foot-deep", "60 feet in diameter",
#: "a 300-metre-long ship", "5 feet tall".
_DIMENSION = re.compile(
    r"[- ]?(?:(?:feet|foot|ft|metres?|meters?|m|km|kilometres?|kilometers?|miles?|inch(?:es)?|"
    r"cm|centimetres?|centimeters?|yards?)(?:[ \t]\([^()]{1,30}\))?[- ])?(?:in\s+)?(deep|tall|long|"
    r"wide|high|thick|across|diameter|length|height|width|depth)\b",
    re.IGNORECASE,
)
#: Words of one extent: "high" and "tall" both give a height.
_SAME_EXTENT = {
    "tall": "high",
    "height": "high",
    "length": "long",
    "width": "wide",
    "depth": "deep",
    "across": "diameter",
}


#: The extent named before a length: "a depth of 16 feet", "a radius of about 12 metres".
_DIMENSION_BEFORE = re.compile(
    r"(?<![\w-])(depth|height|width|length|diameter|radius)[ \t]+of[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|roughly)[ \t]+)?$",
    re.IGNORECASE,
)


#: The rest of a bracketed conversion after its figure: " metres)" of "(12 metres)".
_CONVERSION_END = re.compile(r"[ \t]?[a-z]{0,12}\)")


def _dimension(text: str, figure: str) -> str | None:
    index = _find_number(text, figure)
    if index < 0:
        return None
    after = index + len(figure)
    bracket = _CONVERSION_END.match(text, after)
    if bracket is not None:
        after = bracket.end()  # "39 feet (12 metres) across": the conversion's extent too
    found = _DIMENSION.match(text, after) or _DIMENSION_BEFORE.search(
        text, max(0, index - 40), index
    )
    if found is None:
        return None
    extent = found.group(1).lower()
    return _SAME_EXTENT.get(extent, extent)


#: Words that make the record before them a past one.
_PAST = frozenset(("previous", "old", "former", "earlier", "prior"))
#: Superlatives that, with "ever" after them, set a record ("the biggest catfish ever").
_RECORD_SUPERLATIVES = frozenset(
    "biggest largest heaviest highest lowest longest shortest fastest slowest oldest youngest "
    "tallest smallest deadliest costliest greatest best worst most least hottest coldest "
    "strongest richest".split()
)


def _record(text: str, figure: str) -> str | None:
    """Read on the words of the figure's clause before it: "record", or a superlative
    with "ever" within four words after it."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    words = [w.lower() for w in _WORD_CASED.findall(_CLAUSE_BREAK.split(text[:index])[-1])]
    for k, word in enumerate(words):
        if word == "record":
            if k + 1 < len(words) and stem(words[k + 1]) in _stemmed_words("amount_nouns.txt"):
                # "a club-record fee of 45 million": what kind of fee this one is, not
                # another thing's figure (a story's other outlet says only "the fee")
                continue
            return "old record" if k and words[k - 1] in _PAST else "record"
        if word in _RECORD_SUPERLATIVES and "ever" in words[k + 1 : k + 5]:
            return "record"
    return None


def _is_increment(text: str, figure: str) -> bool:
    index = _find_number(text, figure)
    if index < 0:
        return False
    return bool(
        _INCREMENT_BEFORE.search(text[max(0, index - 20) : index])
        or _INCREMENT_AFTER.match(text, index + len(figure))
    )


def _counts(counts: str | None) -> str | None:
    """The parser's counted noun, unless it is a function word ("seven of its workers") or
    an adjective of ``kind_adjectives.txt`` ("18 different styles": the noun after it)."""
    if not counts:
        return None
    word = counts.lower()
    if stem(word) in _stemmed_words("counted_reports.txt"):
        return stem(word)  # "38 reports of overheating": "report" is a stop word as a verb
    if word in load_tables(None).stop_words or word in _PRONOUNS or word in _kind_words():
        return None
    return stem(word)


#: Words that open a time, not a noun, which the parser may read as a figure's counted
#: noun: "peaked at 9 percent last year", "a rise of 7 percent last week".
_TIME_OPENERS = frozenset("last next this earlier later ago".split())


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return frozenset(data_lines("kind_adjectives.txt"))


@lru_cache(maxsize=1)
def _kind_tokens() -> frozenset[str]:
    """``_kind_words`` and the words that make a figure an increment ("four more shots"),
    as the normalized tokens ``_context_tokens`` gives."""
    return frozenset(_token_list(" ".join(sorted(_kind_words() | _INCREMENT_WORDS))))


#: A figure joined by a hyphen to the word after it ("27-year-old", "two-year", "737-700s").
_GLUED = re.compile(r"-([A-Za-z]+|\d+)")


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """The group nouns of data/group_members.txt ("crew", "staff"), lower-case."""
    return frozenset(
        line.partition(":")[0].strip().lower() for line in data_lines("group_members.txt")
    )


#: What may stand before "<group> of" and a figure: "a crew of 28", "its staff of 40".
_BODY_DETERMINERS = frozenset("a an the its their his her".split())


def _body_counted(text: str, figure: str) -> str | None:
    """The group (data/group_members.txt) whose head count the figure is, told three ways:
    "had a crew of 28", "had 34 crew members on board", "a 30-strong crew" all count the
    crew (its stem), not "members" or "strong"; None for other figures ("two crew
    members' cabins" still counts the crew; "a crew of workmen" has no figure)."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    bodies = _body_nouns()
    before = text[:index].split()[-3:]
    if (
        len(before) == 3
        and before[0].lower() in _BODY_DETERMINERS
        and before[1].lower() in bodies
        and before[2].lower() == "of"
    ):
        return stem(before[1].lower())
    after = text[index + len(figure) :]
    if after.startswith("-strong "):
        words = after[len("-strong ") :].split()[:1]
    elif after.startswith(" "):
        words = after.split()[:2]
        if len(words) < 2 or words[1].lower().strip(".,;:") not in ("member", "members"):
            return None
    else:
        return None
    noun = words[0].lower().strip(".,;:") if words else ""
    return stem(noun) if noun in bodies else None


def _glued(text: str, figure: str) -> str | None:
    """The word a figure is hyphenated to: a compound modifier counts that word, not the noun
    after it. "his 27-year-old wife" counts years, not wives, and so does not meet "Peterson,
    31," or "More than 100 officers ... a two-year operation"; "a 38-word oath" still meets
    "a 35-word oath"."""
    index = _find_number(text, figure)
    if index < 0:
        return None
    glued = _GLUED.match(text, index + len(figure))
    return stem(glued.group(1).lower()) if glued else None


def _counted_noun(text: str, figure: str) -> str | None:
    if (
        _adjunct_follows(text, figure)
        or _cause_follows_change(text, figure)
        or _set_phrase_follows(text, figure)
    ):
        return None
    tokens = _phrase_tokens_after(text, figure)
    while tokens and tokens[0] in _kind_tokens():
        tokens = tokens[1:]  # "two different storage sizes", "four more shots": the noun next
    if tokens and tokens[0] in _currency_tokens():
        # "48 million dollars" is "$48 million": the currency's name is the unit, not the
        # thing counted, or the figure reads as a count of dollars beside a sum of money
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] == _PER:
        # "12.40 euros per share" is "14.20 euros a share" (whose "a" is no token): a price
        # of one share, the thing "per" names
        tokens = tokens[1:]
    if tokens and not tokens[0].startswith(CLASS_PREFIX) and tokens[0] not in _TIME_WORDS:
        return tokens[0]
    return None


#: The token of "per" between a figure and the unit it is a rate of ("euros per share").
_PER = "per"


@lru_cache(maxsize=1)
def _currency_tokens() -> frozenset[str]:
    """The names of currencies in data/units.tsv ("dollars", "euros", "pounds"), as the
    normalized tokens ``_context_tokens`` gives."""
    names = (line.split("\t") for line in data_lines("units.tsv"))
    words = [name for name, *unit in names if unit and unit[0].strip() in _CURRENCIES]
    return frozenset(_token_list(" ".join(w for w in words if w.isalpha())))


#: A preposition right after a figure, then a name: "18% in Zurlin trading", "40 in the
#: North", "300 on Monday".
_NAME_AFTER_FIGURE = re.compile(r"\s([a-z]+)\s+(?:the\s+)?[A-Z][a-z]")


def _adjunct_follows(text: str, figure: str) -> bool:
    """A preposition other than "of" and a name stand right after the figure ("shares fell
    18% in Zurlin trading", "killed 40 in Baghdad", "arrested 12 on Monday"): the name says
    where or when, and what is counted is named before the figure. A common noun after the
    preposition may be the counted thing itself ("$13 million in state taxes", "a tariff of
    25% on steel"), so only a name sets the words after the figure aside."""
    index = _find_number(text, figure)
    if index < 0:
        return False
    found = _NAME_AFTER_FIGURE.match(text, index + len(figure))
    return found is not None and found.group(1) in _adjunct_prepositions()


#: What a change was put down to, right after its figure: "rose 12% on cloud demand",
#: "fell 3% amid the strike", "jumped 9% after the report".
_CAUSE_AFTER_FIGURE = re.compile(r"(?<!\s)\s+(?:on|amid|after)\s", re.I)
#: The predicate classes of a change by some amount: "rose", "grew", "fell", "slid".
_CHANGES = frozenset({CLASS_PREFIX + "rise", CLASS_PREFIX + "fall"})


def _cause_follows_change(text: str, figure: str) -> bool:
    """The figure is by how much something rose or fell, and "on", "amid" or "after" follows
    it ("profit rises 12% on cloud demand"): the words after it say why, and what changed
    is named before the verb ("profit"). WHY: "a tariff of 25% on steel" names the taxed
    thing after "on", but only where no verb of change stands right before the figure."""
    index = _find_number(text, figure)
    if index < 0 or not _CAUSE_AFTER_FIGURE.match(text, index + len(figure)):
        return False
    before = [t for t in _token_list(text[:index]) if t != "by"]
    return bool(before) and before[-1] in _CHANGES


def _set_phrase_follows(text: str, figure: str) -> bool:
    """A set phrase stands right after the figure ("freed 9 in return", "sold 300 in
    total"): its noun is no counted thing (data/figure_adverbials.txt)."""
    index = _find_number(text, figure)
    return index >= 0 and _set_phrases().match(text, index + len(figure)) is not None


@lru_cache(maxsize=1)
def _set_phrases() -> re.Pattern[str]:
    phrases = sorted(data_lines("figure_adverbials.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<!\s)\s+(?:{alternatives})\b(?!\s+(?:of|for)\b)", re.I)


@lru_cache(maxsize=1)
def _adjunct_prepositions() -> frozenset[str]:
    # "of" names what a share is of; "per" is part of a rate ("5 per cent", "10 per day")
    return frozenset(data_lines("prepositions.txt")) - {"of", "per"}


def _context(text: str, figure: str, *, after: bool) -> frozenset[str]:
    """Content tokens next to a number: after it (the verb: "12 died") or before it, where
    predicates are left out (the measured noun: "profit grew 32%")."""
    tokens = [t for t in _context_tokens(text, figure, after=after) if t not in _TIME_WORDS]
    if after:
        return frozenset(tokens[:2])
    # "the value of the stolen pieces at 4 million": "pieces" names no thing of its own
    # (``_generic_things``), the value is what is measured
    # "from Valmont FC for a fee of 45 million": "FC" only says what "Valmont" is
    # (``normalize.name_designators``), no noun of its own
    generic = _generic_tokens() | name_designators()
    nouns = [t for t in tokens if not t.startswith(CLASS_PREFIX) and t not in generic]
    return frozenset(nouns[-2:])


#: A mark that ends the phrase a figure opens: "410 million euros, including the launch".
_PHRASE_END = re.compile(r"[,;:!?()]|\.(?:\s|$)")


def _phrase_tokens_after(text: str, figure: str) -> list[str]:
    """``_context_tokens`` after the figure, up to the mark that ends its phrase: the noun
    it counts is never past a comma ("cost 410 million euros, including the launch" counts
    no launches; "killed 12, among them three children" counts no "among")."""
    index = _find_number(text, figure)
    if index < 0:
        return []
    window = text[index + len(figure) :]
    end = _PHRASE_END.search(window)
    return [
        t
        for t in _token_list(window if end is None else window[: end.start()])
        if not _numeric(t) and t != "%"
    ]


def _context_tokens(text: str, figure: str, *, after: bool) -> list[str]:
    index = _find_number(text, figure)
    if index < 0:
        return []
    window = text[index + len(figure) :] if after else text[:index]
    return [t for t in _token_list(window) if not _numeric(t) and t != "%"]


def _context_after(claim: Claim, number: NumberMention) -> str:
    """Up to two words after the figure, for an explanation: "kilometres", "page", "years"
    rather than "kilometres from", "-page report", "years of" (the hyphen that glues the
    figure to its noun and a second word of the stop list are left out)."""
    text = claim.text
    index = _find_number(text, number.text)
    if index < 0:
        return ""
    words = [w.strip(".,;:") for w in text[index + len(number.text) :].split()[:2]]
    if words:
        words[0] = words[0].lstrip("-")
    stops = load_tables(None).stop_words
    while len(words) > 1 and words[-1].lower() in stops:
        words.pop()
    return " ".join(w for w in words if w)


def _compatible(na: NumberMention, nb: NumberMention, *, floors_as_counts: bool = False) -> bool:
    """Intervals meet, allowing for rounding (more when either figure is approximate). A
    floor and a ceiling at the same figure ("at least four dozen" / "almost four dozen") do
    not meet, whatever the rounding: each excludes what the other says. With
    ``floors_as_counts``, two floors of a head count are read as the counts they state."""
    if convertible(na, nb):
        return converted_compatible(na, nb)  # "10 km" / "6 miles": each as it is written
    if span_units_apart(na, nb):
        # "14 months" / "two years": in days, a month 28 to 31 (only lengths of one act
        # reach here: ``_same_quantity``)
        return spans_compatible(na, nb)
    if _opposite_bounds(na, nb):
        return False
    if floors_as_counts and _two_floors_of_a_count(na, nb):
        # "at least 14 people were killed" / "at least 23 people were killed": each floor is
        # the count its outlet has, so the two counts differ; read each as its figure, loose
        # as a floor is (the 10% of APPROXIMATE below: "more than 200" meets "more than 210").
        na, nb = _floor_as_count(na), _floor_as_count(nb)
    low_a, high_a, approximate_a = _stated_bounds(na)
    low_b, high_b, approximate_b = _stated_bounds(nb)
    if _rounds_to(na, nb) or _rounds_to(nb, na):
        return True
    if _precise_about(na) or _precise_about(nb):
        meet = _precise_abouts_meet(na, nb)
        if meet is not None:
            return meet
    place, decimal = _coarser_written_place(na, nb)
    if decimal and not (approximate_a or approximate_b):
        return abs(low_a - low_b) <= place / 2 * (1 + 1e-9)
    widened_a = approximate_a and _finite_range(low_a, high_a)
    widened_b = approximate_b and _finite_range(low_b, high_b)
    loose = (
        (approximate_a and not widened_a)
        or (approximate_b and not widened_b)
        or _round_thousands(na)
        or _round_thousands(nb)
    )
    # An approximate figure the parser widened itself ("about 1,200" is 1,080-1,320,
    # data/approximators.tsv) holds all the looseness its words give: widened again by
    # APPROXIMATE, "about 1,200" met "1,400"; two such intervals meet only where they overlap
    # ("about $250,000" / "about $310,000" do not). A floor or a ceiling ("more than 12,400")
    # is open on one side and keeps the 10%: outlets round them loosely.
    tolerance = 0.0 if widened_a and widened_b else APPROXIMATE if loose else ROUNDING
    finite = [abs(v) for v in (low_a, high_a, low_b, high_b) if math.isfinite(v)]
    if not finite:
        return True
    slack = tolerance * max(finite)
    if tolerance == ROUNDING:
        # an exact figure is rounded no further than its written digits allow: "44" / "45"
        # differ, "1,200" may be a rounded 1,237
        slack = min(slack, place / 2)
    return low_a <= high_b + slack and low_b <= high_a + slack


#: Significant digits from which an "about" figure is precise to its last place.
PRECISE_ABOUT_DIGITS = 3


def _precise_about(number: NumberMention) -> bool:
    """An "about" figure written with ``PRECISE_ABOUT_DIGITS`` significant digits or more
    ("about £412,000", "about 1,237"): the outlet had a figure to its last place and rounded
    it no further, so "about" forgives a rounding (``ROUNDING``), not the parser's 10%
    either way, which holds "about 40" or "about £400,000"."""
    if not number.approximate or number.low is None or number.high is None:
        return False
    if _shape(number.text) != "about":
        return False
    found = _WRITTEN_FIGURE.search(number.text)
    if found is None:
        return False
    whole, decimals = found.group(1).replace(",", ""), found.group(2) or ""
    digits = (whole + decimals).lstrip("0") if decimals else whole.strip("0")
    return len(digits) >= PRECISE_ABOUT_DIGITS


def _precise_abouts_meet(na: NumberMention, nb: NumberMention) -> bool | None:
    """Whether two figures meet when one or both are ``_precise_about``: each such figure is
    its value give or take ``ROUNDING``, an exact one its value give or take half its last
    written place (at most ``ROUNDING``), another "about" figure its stated interval. None
    when the other figure is open on one side ("more than 400,000"): the usual test reads
    it."""
    spans = [_precise_about_span(n) for n in (na, nb)]
    if spans[0] is None or spans[1] is None:
        return None
    (low_a, high_a), (low_b, high_b) = spans[0], spans[1]
    return low_a <= high_b and low_b <= high_a


def _precise_about_span(number: NumberMention) -> tuple[float, float] | None:
    low, high = _bounds(number)
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    if _precise_about(number):
        value = (low + high) / 2
        return value - ROUNDING * abs(value), value + ROUNDING * abs(value)
    if number.approximate:
        return low, high
    place = _last_place(number)
    slack = ROUNDING * abs(low)
    if place is not None:
        slack = min(slack, place[0] / 2)
    return low - slack, high + slack


def _coarser_written_place(na: NumberMention, nb: NumberMention) -> tuple[float, bool]:
    """The coarser of the last places two exact figures of few digits (``_few_digits``) are
    written to, and whether it is a decimal place: "4.1" / "4.25 percent": (0.1, True);
    "1.2 million" / "1.25 million": (100,000, True); "44" / "45": (1, False); "1,200" /
    "1,237": (100, False). Infinite, with no decimal, when either is not such a figure or
    one is written with decimals and the other without. Each outlet wrote its figure to that
    place: two figures more than half of it apart differ, however close, where ``ROUNDING``
    forgave a tenth from about 3.4 up and a unit from 34 up."""
    place_a, place_b = _last_place(na), _last_place(nb)
    if place_a is None or place_b is None or place_a[1] != place_b[1]:
        return math.inf, False
    return max(place_a[0], place_b[0]), place_a[1]


def _last_place(number: NumberMention) -> tuple[float, bool] | None:
    """The value of one unit in the last place an exact figure of few digits is written to,
    scaled as its value is ("4.1": 0.1, "1.25 million": 10,000, "1,200": 100, "3 million":
    1,000,000), and whether that place is a decimal; None for any other figure."""
    if number.low is None or number.low != number.high or not _few_digits(number.text):
        return None
    found = _WRITTEN_FIGURE.search(number.text)
    if found is None:
        return None
    whole, decimals = found.group(1).replace(",", ""), found.group(2) or ""
    written = float(f"{whole}.{decimals}" if decimals else whole)
    if written == 0:
        return None
    exponent = -len(decimals) if decimals else len(whole) - len(whole.rstrip("0"))
    return float(10**exponent) * abs(number.low / written), bool(decimals)


def _few_digits(text: str) -> bool:
    """The figure is written with at most ``FEW_DIGITS`` significant digits ("4.1", "312",
    "1.25 million"). WHY: a rate or a count is written so, and a unit in its last place is
    a disagreement; a figure of more digits is a reading (a price, an index, a quote:
    "109.54 yen" / "109.51 yen" in two reports of one session) that moves while outlets
    write, and keeps the 3% rounding."""
    digits = "".join(c for c in text if c.isdigit()).strip("0")
    return 0 < len(digits) <= FEW_DIGITS


#: Significant digits up to which an exact figure is read to its last place.
FEW_DIGITS = 3
#: A figure in digits: its whole part and its decimals, if any ("1,200", "4.25").
_WRITTEN_FIGURE = re.compile(r"(?<![\d,.])(\d[\d,]*)(?:\.(\d+))?(?![\d.])")


def _finite_range(low: float, high: float) -> bool:
    return math.isfinite(low) and math.isfinite(high) and low < high


def _rounds_to(rounded: NumberMention, other: NumberMention) -> bool:
    """``rounded`` is a round physical measure (``_round_measure``) and ``other`` lies within
    one unit of its next digit: "weighing 20 stone" is a measured 19 or 21 written round,
    "300 metres" a 290 or 310; "300 metres" and "320 metres" still differ."""
    if not _round_measure(rounded) or rounded.low is None:
        return False
    value = rounded.low
    unit = 10.0 ** (len(str(int(value))) - 2)  # the place of the digit after the first
    low, high = _bounds(other)
    return low <= value + unit and value - unit <= high


#: The unit the parser gives a percentage ("5.8 percent", "6.1 per cent", "4.25%").
_PERCENT = "%"


def _measures_two_things(a: Claim, figure: NumberMention, b: Claim) -> bool:
    """A physical measure (data/measure_units.txt) or a percentage whose two claims measure
    subjects that share no word, neither named in the other claim: two things, each with its
    own size ("The ten-year yield reached 4.9 percent" / "Inflation reached 5.8 percent"). A
    pronoun subject (no words once normalized) tells nothing, and a percentage of a named
    subject may be told of it by a common noun ("Kessler Foods reported a margin of 12
    percent" / "The company reported a margin of 19 percent"): only a measure is read then,
    nor is a percentage of one indicator by two names ("Joblessness" / "The unemployment
    rate")."""
    if not a.subject or not b.subject:
        return False
    if not _is_measure(figure) and (
        figure.unit != _PERCENT
        or _names_in_subject(a)
        or _names_in_subject(b)
        or one_indicator(a.subject, b.subject)
    ):
        return False
    words_a, words_b = _words_of(a.subject), _words_of(b.subject)
    if not words_a or not words_b:
        return False
    # "The listing puts the estate at 40 acres": the other claim's subject, named anywhere,
    # may be what is measured
    return not words_a & _words_of(b.text) and not words_b & _words_of(a.text)


def _one_noun_measured(fa: _FigureFacts, fb: _FigureFacts) -> bool:
    """Both figures are percentages that modify one noun, written right after them ("a 35
    percent premium" / "a 28 percent premium", "a 4 percent rise" / "a 6 percent rise"):
    the noun is what each measures, whatever the subjects ("The offer represents ..." /
    "The buyer is paying ..."). A share of a group ("9 percent of patients") or a bare
    percentage ("reached 4.9 percent") names no such noun."""
    noun_a, noun_b = _noun_after(fa), _noun_after(fb)
    return noun_a is not None and noun_a == noun_b


def _noun_after(facts: _FigureFacts) -> str | None:
    """The stem of the noun a percentage modifies, the word right after it ("a 35 percent
    premium" -> premium); None for another figure or another next word."""
    if not facts.counts:
        return None
    at = facts.text.find(facts.figure)
    if at < 0 or not _PERCENT_FIGURE.search(facts.figure):
        return None
    found = _WORD_AFTER_FIGURE.match(facts.text, at + len(facts.figure))
    if not found or stem(found.group(1).lower()) != stem(facts.counts.lower()):
        return None
    return stem(facts.counts.lower())


#: A figure written as a percentage: "35 percent", "12.5 per cent", "9%".
_PERCENT_FIGURE = re.compile(r"(?:per[ \t]?cent|%)$", re.IGNORECASE)
#: The word right after a figure, across one run of spaces.
_WORD_AFTER_FIGURE = re.compile(r"(?<![ \t])[ \t]+([A-Za-z]+)")


def _names_in_subject(claim: Claim) -> bool:
    """The claim's subject holds a name the parser found ("Kessler Foods", "the Ostland
    crown")."""
    return (
        any(entity.text in claim.subject for entity in claim.entities) if claim.subject else False
    )


def _round_measure(number: NumberMention) -> bool:
    """A measure of one significant digit from ten up ("weighing 20 stone", "300 acres",
    "50 miles"), in a unit of data/measure_units.txt. Head counts, money and spans of time
    are not: "20 people died" and "19 people died" differ."""
    value = number.low
    if value is None or value != number.high or value < 10 or value != int(value):
        return False
    if not _is_measure(number):
        return False
    return len(str(int(value)).rstrip("0")) == 1


def _is_measure(number: NumberMention) -> bool:
    """Whether a figure is in a unit of a physical measure (data/measure_units.txt), given
    as its unit or as the noun it counts ("stone", "acre")."""
    measure = table_words("measure_units.txt")
    return (number.unit or "").lower() in measure or (number.counts or "") in measure


def _round_thousands(number: NumberMention) -> bool:
    """A figure of one significant digit in the thousands or more ("$2,000", "5,000", "1
    million"): written rounded, as "about" would say, so "a $2,000 tip" meets "a $2,084
    tip". Smaller round figures stay exact ("300 died" / "320 died" differ)."""
    value = number.low
    if value is None or value != number.high or value < 1000 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) == 1


def _bounds(number: NumberMention) -> tuple[float, float]:
    low = number.low if number.low is not None else -math.inf
    high = number.high if number.high is not None else math.inf
    return low, high


#: Bound shapes (data/approximators.tsv) that put a figure strictly below its number.
_BELOW_SHAPES = frozenset({"nearly", "below"})


def _stated_bounds(number: NumberMention) -> tuple[float, float, bool]:
    """The figure's interval and whether it is approximate, a head count "up to N" read as N
    (data/count_ceilings.txt says why): only a count of people or things, not a measure."""
    low, high = _bounds(number)
    if _head_count(number) and math.isfinite(high) and _shape(number.text) == "ceiling":
        return high, high, False
    return low, high, number.approximate


def _head_count(number: NumberMention) -> bool:
    """A count of people or things: no unit, or "people"."""
    return (number.unit or "people") == "people"


def _two_floors_of_a_count(na: NumberMention, nb: NumberMention) -> bool:
    """Both figures are floors ("at least 14", "more than 1,200") of a head count of people
    or things, not of money or a measure ("at least $5 million" / "more than $8 million" are
    both true of $9 million, and outlets say so on purpose)."""
    return all(
        number.low is not None
        and number.high is None
        and _head_count(number)
        and not _is_measure(number)
        and _shape(number.text) == "above"
        for number in (na, nb)
    )


def _floor_as_count(number: NumberMention) -> NumberMention:
    return number.model_copy(update={"high": number.low, "approximate": True})


def _opposite_bounds(na: NumberMention, nb: NumberMention) -> bool:
    """One figure is a floor ("at least 48", "more than 200") and the other stays below the
    same number ("almost 48", "fewer than 200")."""
    if _threshold(na) or _threshold(nb):
        return False
    for floor, other in ((na, nb), (nb, na)):
        if (
            floor.low is not None
            and floor.low == other.high
            and _shape(floor.text) == "above"
            and _shape(other.text) in _BELOW_SHAPES
        ):
            return True
    return False


#: Bound words that set a figure as a threshold, either side of which a reading falls ("a
#: reading above 50 signals growth, one below it a contraction"): unlike "at least 48" /
#: "almost 48", estimates of one count, "above 50" and "below 50" are two sides of one
#: line an outlet may name in either order, not two accounts that exclude each other.
_THRESHOLD_WORDS = ("above ", "below ")


def _threshold(number: NumberMention) -> bool:
    return number.text.lower().startswith(_THRESHOLD_WORDS)


@lru_cache(maxsize=1)
def _bound_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, shape) of every word before a figure that bounds it, longest phrase first:
    the parser's data/approximators.tsv, with data/count_ceilings.txt as "ceiling"."""
    shapes = dict(line.split("\t", 1) for line in data_lines("approximators.tsv"))
    shapes = {phrase.lower(): shape.strip() for phrase, shape in shapes.items()}
    shapes |= {phrase.lower(): "ceiling" for phrase in data_lines("count_ceilings.txt")}
    return tuple(sorted(shapes.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1 << 14)
def _shape(figure: str) -> str:
    """The bound shape a figure's text opens with ("at least 48" -> "above"), or "exact"."""
    text = " ".join(figure.lower().split())
    for phrase, shape in _bound_phrases():
        if text.startswith(phrase + " "):
            return shape
    return "exact"
