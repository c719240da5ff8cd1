"""Judge stage: do two claims about the same thing agree, and if not, exactly how not?

A match score only says that two claims are about the same thing. This stage compares what
they say: numbers (as intervals, for the same thing counted), dates (after resolution, with a
time-zone allowance), polarity, opposite predicates, stated reasons, scope, attribution and
who did it.
Every difference is a ``Conflict`` carrying both values, their spans and a one-line
explanation; differences in certainty are ``CertaintyNote`` s, never conflicts.

Where each part lives (imports only go down this list's dependency order, no cycles):

- ``text``: shared thresholds, the cue word lists (``Cues``, ``load_cues``) and cached text
  helpers (normalized words, event frames, name tokens) every rule reads.
- ``figures``: NUMERIC conflicts: what a figure counts, its bounds and rounding.
- ``indicators``: which economic or social indicator a subject names ("the jobless rate",
  "youth unemployment"): two indicators are two things to ``figures`` and ``pair``.
- ``dates``: DATE conflicts: calendar days, time-zone shifts, the day one act is dated
  (``act_day_conflicts``), "three days ago" against a date (``relative_day_conflicts``).
- ``polarity``: NEGATION and ANTONYM conflicts, opposite predicates, ATTRIBUTION (denials).
- ``odds``: NEGATION conflicts of a step called likely by one claim and ruled out by the
  other ("Further increases were likely" / "ruled out further rate increases").
- ``reasons``: REASON conflicts: which stated causes are causes, and their words.
- ``roles``: AGENT conflicts: one act of one thing done by two named doers ("was called
  by X" / "was called by Y"); PLACE notes: one fact at two named places.
- ``qualities``: ANTONYM conflicts of opposite qualities of one thing ("the water is safe"
  / "unsafe", "legal" / "illegal", "in stable condition" / "in critical condition").
- ``doers``: AGENT conflicts told in the active voice: one act on one thing with two named
  subjects as doers ("Hamas fired the rockets" / "Islamic Jihad fired the rockets");
  ``doer_links`` links such pairs across the articles of one story.
- ``scope``: SCOPE notes: one claim narrower than the other (qualifiers, time windows).
- ``wholes``: SCOPE conflicts: an act said to cover a whole ("all 27 articles") and a
  member said to be left out of it ("the 18th article was not read"); ``whole_links``
  links such pairs across the articles of one story.
- ``facts``: ``ClaimFacts`` (what the rules read of one claim, worked out once) and
  ``may_conflict``, the cheap test that rules out most pairs.
- ``pair``: one pair of claims: ``judge_pair``/``pair_conflicts`` run every rule above,
  the public two-claim entry of each rule, ``certainty_notes`` and ``contradicts``.
- ``arrays``: the run's claims and scored pairs as numpy columns (``ClaimTable``,
  ``ScoredArrays``), so pair tests run over all pairs at once.
- ``links``: pairs linked across sentences that scoring alone misses: causes of one event
  (``reason_links``), two days for one piece of news (``news_date_links``), figures for one
  count (``figure_links``), two days for one act (``act_day_links``), two clock times for
  one act (``clock_links``).
- ``judgements``: ``PairJudgements`` (each pair judged once per run) and ``conflict_links``
  (contradicting pairs, linked so the grouper puts them side by side).
- ``clusters``: ``build_clusters``: one cluster per group with its verdict, conflicts, notes
  and first report (``judge_group``, ``make_cluster``).
"""

from claimtrack.judge.arrays import BoolArray, ClaimTable, IntArray, ScoredArrays
from claimtrack.judge.clusters import (
    PAIRS_PER_OUTLETS,
    build_clusters,
    judge_group,
    make_cluster,
    publication_dates,
)
from claimtrack.judge.dates import act_day_conflicts, relative_day_conflicts
from claimtrack.judge.facts import ClaimFacts, may_conflict
from claimtrack.judge.figures import APPROXIMATE, ROUNDING, load_counted_events
from claimtrack.judge.judgements import PairJudgements, conflict_links
from claimtrack.judge.links import (
    ANCHOR_FIGURE,
    CLOSE_FIGURES,
    FIGURE_WINDOW,
    GOVERNING_WORDS,
    MAX_REASON_BUCKET,
    MAX_REASON_SET,
    act_day_links,
    clock_links,
    figure_links,
    news_date_links,
    reason_links,
)
from claimtrack.judge.pair import (
    attribution_conflicts,
    certainty_notes,
    contradicts,
    date_conflicts,
    judge_pair,
    numeric_conflicts,
    pair_conflicts,
    reason_conflicts,
    scope_notes,
)
from claimtrack.judge.polarity import antonym_conflicts, negation_conflicts
from claimtrack.judge.reasons import SAME_REASON
from claimtrack.judge.scope import GENERAL_NAMES
from claimtrack.judge.text import MAX_DATE_SPAN, Cues, load_cues

__all__ = [
    "ANCHOR_FIGURE",
    "APPROXIMATE",
    "CLOSE_FIGURES",
    "FIGURE_WINDOW",
    "GENERAL_NAMES",
    "GOVERNING_WORDS",
    "MAX_DATE_SPAN",
    "MAX_REASON_BUCKET",
    "MAX_REASON_SET",
    "PAIRS_PER_OUTLETS",
    "ROUNDING",
    "SAME_REASON",
    "BoolArray",
    "ClaimFacts",
    "ClaimTable",
    "Cues",
    "IntArray",
    "PairJudgements",
    "ScoredArrays",
    "act_day_conflicts",
    "act_day_links",
    "antonym_conflicts",
    "attribution_conflicts",
    "build_clusters",
    "certainty_notes",
    "clock_links",
    "conflict_links",
    "contradicts",
    "date_conflicts",
    "figure_links",
    "judge_group",
    "judge_pair",
    "load_counted_events",
    "load_cues",
    "make_cluster",
    "may_conflict",
    "negation_conflicts",
    "news_date_links",
    "numeric_conflicts",
    "pair_conflicts",
    "publication_dates",
    "reason_conflicts",
    "reason_links",
    "relative_day_conflicts",
    "scope_notes",
]
