"""The run's claims and scored pairs as numpy columns (``ClaimTable``, ``ScoredArrays``):
the judge's tests over all pairs run on these at once instead of pair by pair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack import match
from claimtrack.judge.doers import Doer, doer
from claimtrack.judge.facts import _number_signature
from claimtrack.judge.polarity import _false_label_firsts, _labels_a_report_false
from claimtrack.judge.qualities import may_hold_opposable
from claimtrack.judge.ranks import Rank, level_words, ranks
from claimtrack.judge.roles import Agent, agents
from claimtrack.judge.sides import Side, sides
from claimtrack.judge.text import literal_screen
from claimtrack.judge.ways import may_tell_a_way_in
from claimtrack.match import ScoredPair, ScoredPairs
from claimtrack.match.columns import distinct
from claimtrack.match.occasions import NO_TIME, told_time
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey, superlative_classes
from claimtrack.options import Options

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
#: Claim indexes of any integer width (``ScoredPairs`` holds them as int32).
ClaimIndexes = npt.NDArray[np.integer[Any]]


class ClaimTable:
    """What ``may_conflict`` reads of each claim, in flat arrays built once per run, so the
    test runs over all the scored pairs at once instead of pair by pair in Python."""

    def __init__(self, claims: Sequence[Claim], keys: Sequence[MatchKey]):
        # One pass over the claims fills every column: each claim is read once, not once per
        # column (57,000 claims at 1,000 articles, spread over the heap).
        number_sets: dict[object, int] = {}
        stances: dict[tuple[object, ...], int] = {}
        frame_sets: dict[frozenset[str], int] = {}
        article_codes: dict[str, int] = {}
        articles: list[int] = []
        numbers: list[int] = []
        stance: list[int] = []
        frames: list[int] = []
        dated: list[bool] = []
        reasoned: list[bool] = []
        acted: list[bool] = []
        sided: list[bool] = []
        found_ranks: list[tuple[Rank, ...]] = []
        found_agents: dict[int, tuple[Agent, ...]] = {}
        found_sides: dict[int, tuple[Side, ...]] = {}
        opposable: list[bool] = []
        ways_in: list[bool] = []
        act_codes: dict[str, int] = {}
        doer_codes: dict[frozenset[str], int] = {}
        acts: list[int] = []
        doer_names: list[int] = []
        found_doers: dict[int, Doer] = {}
        may_rank_or_label = _rank_or_label_screen()
        for index, (c, k) in enumerate(zip(claims, keys, strict=True)):
            numbers.append(
                number_sets.setdefault(_number_signature(c, k), len(number_sets))
                if c.numbers
                else -1
            )
            dated.append(bool(c.dates))
            reasoned.append(bool(c.reason))
            text = c.text
            doers = agents(text)
            if doers:
                found_agents[index] = doers
            acted.append(bool(doers))
            claim_sides = sides(text)
            if claim_sides:
                found_sides[index] = claim_sides
            sided.append(bool(claim_sides))
            opposable.append(may_hold_opposable(text))
            ways_in.append(may_tell_a_way_in(text))
            claim_doer = doer(c)
            if claim_doer is None:
                acts.append(-1)
                doer_names.append(-1)
            else:
                found_doers[index] = claim_doer
                acts.append(act_codes.setdefault(claim_doer.act, len(act_codes)))
                doer_names.append(doer_codes.setdefault(claim_doer.canonical, len(doer_codes)))
            if may_rank_or_label(text):
                found_ranks.append(ranks(text))
                labels_false = _labels_a_report_false(text)
            else:
                found_ranks.append(_NO_RANKS)
                labels_false = False
            key = (
                k.negated,
                c.negated,
                k.predicates,
                c.attribution_cue,
                c.negation_cue,
                labels_false,
            )
            stance.append(stances.setdefault(key, len(stances)))
            frames.append(frame_sets.setdefault(k.frames, len(frame_sets)))
            articles.append(article_codes.setdefault(c.article_id, len(article_codes)))
        #: the claim's key numbers as an id (equal sets, equal ids); -1: the claim has none
        self.numbers = np.array(numbers, np.int64)
        self.dated = np.array(dated, np.bool_)
        self.reasoned = np.array(reasoned, np.bool_)
        #: the claim names the doer of a passive ("was called by the union")
        self.acted = np.array(acted, np.bool_)
        #: the claim names a side of a thing an act was done to ("injured his left knee")
        self.sided = np.array(sided, np.bool_)
        #: each claim's ``ranks``, found once a run (``rank_links`` reads them again)
        self.ranks = found_ranks
        #: each claim's ``agents`` and ``sides`` by its index, found once a run for the
        #: claims that have any (few do), as ``ClaimFacts`` reads them again
        self.agents = found_agents
        self.sides = found_sides
        #: the claim may give its subject a quality with a known opposite ("is unsafe"):
        #: its pairs are judged, as the other claim may give the opposite
        self.opposable = np.array(opposable, np.bool_)
        self.ways_in = np.array(ways_in, np.bool_)
        #: the act a claim's named subject did ("fire rocket") as an id, -1 for none; the
        #: subject's names as an id; each ``Doer`` by the claim's index. WHY 32 bits: the
        #: table lives through grouping, the run's peak (616,540 claims at 10,000 articles)
        self.acts = np.array(acts, np.int32)
        self.doer_names = np.array(doer_names, np.int32)
        self.doers = found_doers
        self.ranked = np.array([bool(found) for found in found_ranks], np.bool_)
        #: what ``may_conflict`` compares for equality (polarity, predicates, cues), as an id
        self.stance = np.array(stance, np.int64)
        #: the claim's event frames as an id (equal sets, equal ids)
        self.frames = np.array(frames, np.int64)
        self.frame_sets = list(frame_sets)
        #: the claim's article as an int (the same article, the same int; numbered in the
        #: order articles first appear), and the article id of each int
        self.article = articles
        self.article_ids = list(article_codes)
        self._keys = keys
        #: each claim's ``told_time`` once read (``_UNREAD`` before): one byte a claim, as
        #: the table lives through grouping, the run's peak
        self._times = bytearray([_UNREAD]) * len(claims)

    def told_time(self, index: int) -> int:
        """``occasions.told_time`` of the claim at ``index`` when its key gives figures, else
        ``NO_TIME`` (the match table's ``times`` column: ``occasions_apart`` reads the times
        only of two claims that both give figures), read once per claim.

        WHY: the pass over the pairs and ``figure_links`` read it again for every pair of a
        claim, and its three searches of the claim's words were the judge's costliest
        regular expressions (24,500 reads of 19,300 claims with figures at 1,000 articles)."""
        found = self._times[index]
        if found == _UNREAD:
            key = self._keys[index]
            found = self._times[index] = told_time(key) if key.numbers else NO_TIME
        return found

    @cached_property
    def article_column(self) -> IntArray:
        """``article`` as an array."""
        return np.array(self.article, np.int64)

    @cached_property
    def first_of_article(self) -> list[int]:
        """The index of each article's first claim, by the article's int."""
        # the ints are 0, 1, ... in the order articles first appear: one per sorted unique
        _, first = np.unique(self.article_column, return_index=True)
        return first.tolist()  # type: ignore[no-any-return]

    @cached_property
    def counted(self) -> list[int]:
        """The indexes of the claims that give figures, in order."""
        return np.flatnonzero(self.numbers >= 0).tolist()  # type: ignore[no-any-return]

    @cached_property
    def dated_claims(self) -> list[int]:
        """The indexes of the claims that give dates, in order."""
        return np.flatnonzero(self.dated).tolist()  # type: ignore[no-any-return]

    @cached_property
    def reasoned_claims(self) -> list[int]:
        """The indexes of the claims that give a reason, in order."""
        return np.flatnonzero(self.reasoned).tolist()  # type: ignore[no-any-return]

    def frames_meet(self, left: ClaimIndexes, right: ClaimIndexes) -> BoolArray:
        """The two claims of each pair share an event frame (the first test of
        ``_same_frame``), answered once for each pair of distinct frame sets."""
        count = len(self.frame_sets)
        codes = self.frames[left] * count + self.frames[right]
        distinct, inverse = np.unique(codes, return_inverse=True)
        sets = self.frame_sets
        meet = [not sets[c // count].isdisjoint(sets[c % count]) for c in distinct.tolist()]
        return np.array(meet, np.bool_)[inverse]

    def may_conflict(self, left: ClaimIndexes, right: ClaimIndexes) -> BoolArray:
        """``may_conflict`` of every pair ``(left[k], right[k])``."""
        numbers_l, numbers_r = self.numbers[left], self.numbers[right]
        return (  # type: ignore[no-any-return]
            ((numbers_l >= 0) & (numbers_r >= 0) & (numbers_l != numbers_r))
            | (self.dated[left] & self.dated[right])
            | (self.reasoned[left] & self.reasoned[right])
            | (self.acted[left] & self.acted[right])
            | (self.sided[left] & self.sided[right])
            | (self.ranked[left] & self.ranked[right])
            | (self.stance[left] != self.stance[right])
        )

    def may_tell_apart(self, left: ClaimIndexes, right: ClaimIndexes) -> BoolArray:
        """``may_tell_apart`` of every pair ``(left[k], right[k])``."""
        return (
            self.opposable[left]
            | self.opposable[right]
            | (self.ways_in[left] & self.ways_in[right])
            | self.one_act_two_doers(left, right)
        )

    def one_act_two_doers(self, left: ClaimIndexes, right: ClaimIndexes) -> BoolArray:
        """The two claims of each pair tell one act on one thing, each with a named subject
        of its own as the doer (what ``doer_conflicts`` needs first)."""
        return (  # type: ignore[no-any-return]
            (self.acts[left] >= 0)
            & (self.acts[left] == self.acts[right])
            & (self.doer_names[left] != self.doer_names[right])
        )

    def both_count(self, left: ClaimIndexes, right: ClaimIndexes) -> BoolArray:
        """Both claims of the pair give figures (what ``numeric_conflicts`` needs first)."""
        return (self.numbers[left] >= 0) & (self.numbers[right] >= 0)


#: ``ClaimTable._times`` of a claim whose time is not read yet (``told_time`` values are bits
#: 0 to 7).
_UNREAD = 0xFF

#: ``ranks`` of a text with no superlative (the same value ``ranks`` returns).
_NO_RANKS: tuple[Rank, ...] = ()


@lru_cache(maxsize=1)
def _rank_or_label_screen() -> Callable[[str], bool]:
    """False only for a text that neither ``ranks`` nor ``_labels_a_report_false`` can find
    anything in: none of the superlatives nor of the naming verbs' first words is in its
    lower case (the two functions' own screens, each a subset of these words).

    WHY: ``ClaimTable`` asks both of every claim of the run (616,510 at 10,000 articles), and
    each screen lower-cased the text and searched it again; fewer than 1% of claims hold any
    of the words, so one search decides for both."""
    return literal_screen([*superlative_classes(), *level_words(), *_false_label_firsts()])


class ScoredArrays:
    """The scored pairs as columns: claim indexes, similarity, score and ``match.same_fact``.
    The scorer's ``ScoredPairs`` are columns already and are read as they are; a sequence of
    ``ScoredPair`` records (tests, callers of their own) is turned into columns once."""

    def __init__(self, pairs: Sequence[ScoredPair], options: Options):
        self.pairs = pairs
        self.columns = ScoredPairs.of(pairs)
        self.left = self.columns.left
        self.right = self.columns.right
        self.similarity = self.columns.similarity
        self.score = self.columns.score
        self.same_fact = match.same_facts(self.columns, options)

    @cached_property
    def width(self) -> int:
        """One more than the largest claim index: ``codes`` are unique below its square."""
        return int(max(self.left.max(), self.right.max())) + 1 if len(self.left) else 1

    @property
    def codes(self) -> IntArray:
        """Each pair's claims (in its order) as one int, ``left * width + right``: made
        anew at each call. WHY not kept: an int64 per scored pair (3 million at 10,000
        articles), while its two readers (``same_fact_codes`` and ``matched``) keep what
        they make of it and run once; kept, it lived beside the groups and clusters, the
        judge's peak."""
        return _codes(self.left, self.right, self.width)

    @cached_property
    def same_fact_codes(self) -> IntArray:
        """The distinct ``codes`` of the pairs that state the same fact, sorted."""
        rows = self.same_fact
        return distinct(_codes(self.left[rows], self.right[rows], self.width))

    @cached_property
    def matched(self) -> BoolArray:
        """The pair's claims (in its order) are those of a pair that states the same fact:
        ``same_fact`` itself, unless a pair was scored twice. A column instead of a set of
        (i, j) tuples: a tuple and two ints a matched pair, millions at 10,000 articles."""
        found = self.same_fact_codes
        if not len(found):
            return np.zeros(len(self.left), np.bool_)
        codes = self.codes
        # a binary search in the sorted same-fact codes: ``np.isin`` would sort all the codes
        at = np.minimum(np.searchsorted(found, codes), len(found) - 1)
        return np.asarray(found[at] == codes, dtype=np.bool_)


def _codes(left: ClaimIndexes, right: ClaimIndexes, width: int) -> IntArray:
    """``left * width + right`` as int64, whatever the columns' type: the scored pairs' claim
    columns are int32 (``match.pairs.COLUMNS``), and their product would wrap around past
    2**31 (a width of 46,341 claims). Widened inside the multiplication, not copied first."""
    codes: IntArray = np.multiply(left, width, dtype=np.int64)
    codes += right
    return codes
