"""The run's pair judgements: ``PairJudgements`` judges each pair once per run, and
``conflict_links`` links the pairs that contradict each other so they are grouped together.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from claimtrack import match
from claimtrack.collector import collection_paused
from claimtrack.judge.act_links import dated_act_links
from claimtrack.judge.agent_links import agent_links
from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.denial_links import denial_links
from claimtrack.judge.doer_links import doer_links
from claimtrack.judge.doers import doer_conflicts
from claimtrack.judge.facts import ClaimFacts, may_conflict
from claimtrack.judge.figures import (
    _numeric_conflicts,
    another_occasion,
    bargain_figures_alike,
    years_back,
)
from claimtrack.judge.links import (
    FigureBucket,
    act_day_links,
    clock_links,
    figure_buckets,
    figure_links,
    news_date_links,
    reason_links,
)
from claimtrack.judge.pair import _conflicts_of, certainty_notes, contradicts, told_apart
from claimtrack.judge.polarity import none_received_then_done, one_verb_one_object
from claimtrack.judge.rank_links import rank_links
from claimtrack.judge.roles import Agent, agent_conflicts
from claimtrack.judge.sides import Side
from claimtrack.judge.text import _mostly_shared, content_set
from claimtrack.judge.whole_links import whole_links
from claimtrack.judge.wholes import whole_part_conflicts
from claimtrack.match import ScoredPair
from claimtrack.match.occasions import YEARS_BACK, occasions_apart
from claimtrack.models import CertaintyNote, Claim, Conflict
from claimtrack.normalize import MatchKey, load_tables
from claimtrack.options import Options


class PairJudgements:
    """``judge_pair`` results by claim indexes, each pair judged once per run: most matched
    pairs are judged by ``conflict_links`` and again inside their group by ``build_clusters``.
    Pairs past ``LIMIT`` are judged again instead of kept (memory stays bounded). The run's
    ``reason_links`` and ``news_date_links`` are kept too: both stages need them."""

    LIMIT = 1 << 20

    def __init__(self, claims: Sequence[Claim], keys: Sequence[MatchKey], options: Options):
        self.claims, self.keys, self.options = claims, keys, options
        # keyed by one int per pair: an int, unlike a tuple, is nothing for the collector
        self._done: dict[int, list[Conflict]] = {}
        self._size = len(claims)
        self._reasons: list[tuple[int, int]] | None = None
        self._news_dates: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._figures: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._act_days: tuple[Sequence[ScoredPair], list[tuple[int, int]]] | None = None
        self._table: ClaimTable | None = None
        self._may_columns: tuple[array[int], list[bool], list[bool], array[int]] | None = None
        self._arrays: ScoredArrays | None = None
        self._facts: list[ClaimFacts | None] = [None] * len(claims)
        #: each claim's ``figure_buckets``, kept as its facts are forgotten with their
        #: figures worked out, till ``figures`` reads them (``_keep_buckets``)
        self._buckets: dict[int, tuple[FigureBucket, ...]] | None = {}
        #: ``whole_links`` pairs: judged whatever ``may_conflict`` says ("read all 14
        #: articles" / "the reading omitted the ninth" differ in nothing it compares)
        self._parted: set[tuple[int, int]] = set()
        #: ``denial_links`` pairs: judged as a whole pair (``possible_conflicts``), a denial
        #: of an act against its telling
        self._denied: set[tuple[int, int]] = set()
        #: ``doer_links`` pairs: their doers are compared when they are linked alone
        self._done_apart: set[tuple[int, int]] = set()
        #: ``agent_links`` pairs: the named doers of their passives are compared when they
        #: are linked alone ("made by Kestrel Cells" / "built by Torvik itself")
        self._made_apart: set[tuple[int, int]] = set()
        self.tables = load_tables(options.predicate_file)

    def facts(self, index: int) -> ClaimFacts:
        """The ``ClaimFacts`` of the claim at ``index``, made once."""
        found = self._facts[index]
        if found is None:
            found = self._facts[index] = ClaimFacts(self.claims[index])
            table = self._table
            if table is not None:  # the table found every claim's ranks, doers, sides already
                found.ranks = table.ranks[index]
                # WHY: ``agents`` and ``sides`` memos hold fewer texts than a run has claims,
                # and the pass over the pairs read most claims' texts again (45,000 at 2,000
                # articles) where the table already has the answer
                found.agents = table.agents.get(index, _NO_AGENTS)
                found.sides = table.sides.get(index, _NO_SIDES)
                found.doer = table.doers.get(index)
        return found

    def release_facts(self) -> None:
        """Forget every claim's ``ClaimFacts`` (``facts`` works them out again if asked).

        WHY: ``conflict_links`` leaves the facts of every claim it judged (76,000 at 2,000
        articles, with their figures and dates: 40 MB under tracemalloc), while grouping and
        ``build_clusters`` ask for few of them again: most pairs they judge were judged
        already (``_done``). Kept, they were alive beside the groups and clusters, the
        run's peak at 10,000 articles. Facts of a claim alone: worked out again, they are
        the same."""
        if self._buckets is not None:
            for index, facts in enumerate(self._facts):
                if facts is not None:
                    self._keep_buckets(index, facts)
        self._facts = [None] * len(self._facts)

    def forget_facts(self, index: int) -> None:
        """Forget the ``ClaimFacts`` of the claim at ``index`` (``facts`` works them out
        again if asked)."""
        facts = self._facts[index]
        if facts is not None and self._buckets is not None:
            self._keep_buckets(index, facts)
        self._facts[index] = None

    def _keep_buckets(self, index: int, facts: ClaimFacts) -> None:
        """Keep the ``figure_buckets`` of facts whose figures are worked out already, for
        ``figure_links`` (which buckets every claim that gives figures). WHY: the facts
        are forgotten as the pass over the pairs leaves each claim, and ``figure_links``
        worked the figures of all of them out again (at 2,000 articles 12,106 of the
        27,041 claims it buckets), most only to find their bucket too big or alone; their
        bucket keys are a few words."""
        try:
            figures = object.__getattribute__(facts, "figures")  # not ``__getattr__``
        except AttributeError:
            return  # not worked out: ``figure_links`` does it if it needs them
        assert self._buckets is not None
        self._buckets[index] = figure_buckets(figures)

    def bucket_keys(self, index: int) -> tuple[FigureBucket, ...]:
        """``figure_buckets`` of the claim at ``index``: kept, or from its facts."""
        if self._buckets is not None:
            kept = self._buckets.get(index)
            if kept is not None:
                return kept
        return figure_buckets(self.facts(index).figures)

    def numeric(self, i: int, j: int) -> list[Conflict]:
        """``numeric_conflicts`` of the claims at ``i`` and ``j``."""
        return _numeric_conflicts(self.facts(i), self.facts(j))

    def linked(self, i: int, j: int) -> list[Conflict]:
        """What is compared of a pair linked by a figure, a rank, a whole and a part or two
        doers of one act alone (``figures``): their figures, whether one leaves out part of
        the other's whole, and (``doer_links`` pairs only) who did the act."""
        found = self.numeric(i, j)
        facts_a, facts_b = self.facts(i), self.facts(j)
        if not found and (facts_a.wholes or facts_b.wholes):
            claims, keys = self.claims, self.keys
            found = whole_part_conflicts(
                claims[i], facts_a.wholes, keys[i], claims[j], facts_b.wholes, keys[j]
            )
        if not found and ((i, j) in self._done_apart or (j, i) in self._done_apart):
            found = doer_conflicts(self.claims[i], facts_a.doer, self.claims[j], facts_b.doer)
        if not found and ((i, j) in self._denied or (j, i) in self._denied):
            found = self.possible_conflicts(i, j)
        if not found and ((i, j) in self._made_apart or (j, i) in self._made_apart):
            found = agent_conflicts(self.claims[i], facts_a.agents, self.claims[j], facts_b.agents)
        return found

    def table(self) -> ClaimTable:
        """The run's ``ClaimTable``, built once."""
        if self._table is None:
            self._table = ClaimTable(self.claims, self.keys)
        return self._table

    def _may_conflict(self, i: int, j: int) -> bool:
        """``may_conflict`` of the claims at ``i`` and ``j``: read from the ``ClaimTable``'s
        columns once the run built it (``conflict_links`` does), as ``build_clusters`` asks
        this for some 100,000 pairs at 2,000 articles; worked out from the claims before."""
        if self._table is None:
            claims, keys = self.claims, self.keys
            return may_conflict(claims[i], claims[j], keys[i], keys[j])
        if self._may_columns is None:
            table = self._table
            # The id columns as arrays of machine ints, not lists: an id past 256 is an int
            # object of its own (32 bytes) in a list, and these live through build_clusters,
            # the run's peak; an element read from an array costs what one from a list does.
            self._may_columns = (
                _int_array(table.numbers),
                table.dated.tolist(),
                table.reasoned.tolist(),
                _int_array(table.stance),
            )
        numbers, dated, reasoned, stance = self._may_columns
        return (
            (numbers[i] >= 0 and numbers[j] >= 0 and numbers[i] != numbers[j])
            or (dated[i] and dated[j])
            or (reasoned[i] and reasoned[j])
            or stance[i] != stance[j]
        )

    def arrays(self, scored: Sequence[ScoredPair]) -> ScoredArrays:
        """The ``ScoredArrays`` of ``scored``, built once."""
        if self._arrays is None or self._arrays.pairs is not scored:
            self._arrays = ScoredArrays(scored, self.options)
        return self._arrays

    def reasons(self) -> list[tuple[int, int]]:
        """``reason_links`` of the run's claims, found once."""
        if self._reasons is None:
            self._reasons = reason_links(self.claims, self.keys, self.options, self.table())
        return self._reasons

    def news_dates(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``news_date_links`` of the run's claims, found once for the same scored pairs."""
        if self._news_dates is None or self._news_dates[0] is not scored:
            arrays, table = self.arrays(scored), self.table()
            found = news_date_links(self.claims, self.keys, scored, self.options, arrays, table)
            self._news_dates = (scored, found)
        return self._news_dates[1]

    def figures(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``figure_links`` of the run's claims, with ``rank_links``, ``whole_links`` and
        ``doer_links`` (pairs judged by what ``linked`` compares), found once for the same
        scored pairs."""
        if self._figures is None or self._figures[0] is not scored:
            arrays = self.arrays(scored)
            found = figure_links(
                self.claims, self.keys, arrays, self.facts, self.table(), self.bucket_keys
            )
            self._buckets = None  # read once: kept no longer, nor filled again
            known = set(found)
            ranked = rank_links(self.claims, self.keys, arrays, self.table())
            found += [p for p in ranked if p not in known]
            known.update(ranked)
            parted = whole_links(self.claims, self.keys, arrays, self.table())
            self._parted = set(parted)
            found += [p for p in parted if p not in known]
            known.update(parted)
            done_apart = doer_links(self.claims, self.keys, arrays, self.table())
            self._done_apart = set(done_apart)
            found += [p for p in done_apart if p not in known]
            known.update(done_apart)
            denied = denial_links(
                self.claims, self.keys, arrays, self.possible_conflicts, self.table()
            )
            self._denied = set(denied)
            found += [p for p in denied if p not in known]
            known.update(denied)
            made_apart = agent_links(self.claims, self.keys, arrays, self.table())
            self._made_apart = set(made_apart)
            found += [p for p in made_apart if p not in known]
            self._figures = (scored, found)
        return self._figures[1]

    def act_days(self, scored: Sequence[ScoredPair]) -> list[tuple[int, int]]:
        """``act_day_links`` of the run's claims, found once for the same scored pairs."""
        if self._act_days is None or self._act_days[0] is not scored:
            arrays = self.arrays(scored)
            found = act_day_links(self.claims, self.keys, arrays, self.facts, self.table())
            known = set(found)
            found += [
                pair
                for pair in dated_act_links(
                    self.claims, self.keys, arrays, self.facts, self.table()
                )
                if pair not in known
            ]
            known.update(found)
            clocked = clock_links(self.claims, self.keys, arrays, self.table())
            found += [pair for pair in clocked if pair not in known]
            self._act_days = (scored, found)
        return self._act_days[1]

    def of(self, i: int, j: int) -> tuple[list[Conflict], list[CertaintyNote]]:
        """``judge_pair`` of the claims at ``i`` and ``j``."""
        return self.conflicts(i, j), certainty_notes(self.claims[i], self.claims[j])

    def conflicts(self, i: int, j: int) -> list[Conflict]:
        """``pair_conflicts`` of the claims at ``i`` and ``j``: the notes, which only matched
        pairs show, are left to the caller, so most pairs never build one. The list is the
        one kept for the pair (or one shared empty list): callers must not change it."""
        found = self._done.get(i * self._size + j)
        if found is not None:
            return found
        if self._may_conflict(i, j) or (self._parted and self._whole_and_part(i, j)):
            return self.possible_conflicts(i, j)
        return _NOTHING  # nothing kept: this test is cheaper than keeping its answer

    def _whole_and_part(self, i: int, j: int) -> bool:
        return (i, j) in self._parted or (j, i) in self._parted

    def told_apart(self, i: int, j: int) -> list[Conflict]:
        """``told_apart`` of a pair that passes ``may_tell_apart`` but not ``may_conflict``:
        kept as ``possible_conflicts`` keeps its answers, so ``conflicts`` finds it."""
        found = self._done.get(i * self._size + j)
        if found is None:
            found = self._keep(i, j, told_apart(self.facts(i), self.facts(j)))
        return found

    def possible_conflicts(self, i: int, j: int, apart: bool = True) -> list[Conflict]:
        """``conflicts`` of a pair known to pass ``may_conflict`` (``ClaimTable`` tells);
        ``apart`` False for a pair known to fail ``may_tell_apart`` (``_conflicts_of``)."""
        found = self._done.get(i * self._size + j)
        if found is None:
            keys = self.keys
            facts_a, facts_b = self.facts(i), self.facts(j)
            found = self._keep(
                i, j, _conflicts_of(facts_a, facts_b, keys[i], keys[j], self.tables, apart=apart)
            )
        return found

    def _keep(self, i: int, j: int, found: list[Conflict]) -> list[Conflict]:
        """Keep the pair's judgement while there is room, and return it."""
        # most judged pairs differ in nothing: one shared empty list keeps the memory (and
        # the collector's work once it runs again) to the pairs that do
        found = found or _NOTHING
        if len(self._done) < self.LIMIT:
            self._done[i * self._size + j] = found
        return found


def _int_array(column: npt.NDArray[np.int64]) -> array[int]:
    found = array("q")
    found.frombytes(np.ascontiguousarray(column, dtype=np.int64).tobytes())
    return found


class _SharedWords:
    """``_mostly_shared`` of two claims' content words, each claim's read once from its key
    and kept by index for this one pass over the pairs: a lookup by int, not a memo hashing
    the key's tokens (50,000 pairs at 2,000 articles ask it, each claim in several).

    WHY not through the ``_content_of`` memo: this pass asks for more claims than all the
    judge's other readers together (38,112 of the memo's 43,246 sets at 2,000 articles); in
    the memo, they stayed alive to the end of ``conflict_links`` (its 2**18 sets, about
    100 MB at 10,000 articles), while the link rules after the pass added their own on top.
    Kept here, they go with the pass."""

    def __init__(self, keys: Sequence[MatchKey]):
        self.keys = keys
        self.words: list[frozenset[str] | None] = [None] * len(keys)

    def __call__(self, i: int, j: int) -> bool:
        keys = self.keys
        return _mostly_shared(self._of(i), self._of(j), keys[i], keys[j])

    def _of(self, index: int) -> frozenset[str]:
        found = self.words[index]
        if found is None:
            found = self.words[index] = content_set(self.keys[index].tokens)
        return found


#: ``agents`` and ``sides`` of a text without any (the values those functions return).
_NO_AGENTS: tuple[Agent, ...] = ()
_NO_SIDES: tuple[Side, ...] = ()

#: The judgement of a pair without differences, shared (``PairJudgements.conflicts``).
_NOTHING: list[Conflict] = []


def conflict_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options,
    judged: PairJudgements | None = None,
    *,
    after_pass: Callable[[], None] | None = None,
) -> list[tuple[int, int]]:
    """Related pairs that contradict each other: same event frame, details that differ ("12
    died" vs "21 died"). They are linked so the conflict is reported, and grouped before
    mere agreements (``match.group``): two sources contradicting each other about one thing
    are the pair a reader must see side by side. Matched pairs count too: "Oman resumed its
    mediation" / "Oman suspended its mediation" read alike, and each also reads like the
    story's main event.

    ``after_pass`` is called between the pass over the scored pairs and the link rules
    (the pipeline empties the judge's memos and the claims' facts there)."""
    judged = judged or PairJudgements(claims, keys, options)
    with collection_paused():
        return _conflict_links(keys, scored, options, judged, after_pass)


def _conflict_links(
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options,
    judged: PairJudgements,
    after_pass: Callable[[], None] | None,
) -> list[tuple[int, int]]:
    # The pass over the pairs in a function of its own: its per-claim content words and
    # columns are gone before the link rules below build theirs (``_SharedWords``).
    links = _contradicting_pairs(keys, scored, options, judged)
    if after_pass is not None:
        after_pass()
    # Two sources explaining one event belong side by side whether their causes agree or not.
    known = set(links)
    side_by_side_pairs = [
        *judged.reasons(),
        *judged.news_dates(scored),
        *judged.figures(scored),
        *judged.act_days(scored),
    ]
    for side_by_side in side_by_side_pairs:
        if side_by_side not in known:
            known.add(side_by_side)
            links.append(side_by_side)
    return links


def _contradicting_pairs(
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options,
    judged: PairJudgements,
) -> list[tuple[int, int]]:
    """The scored pairs whose judgement finds a contradiction (the rest of ``conflict_links``
    are the pairs its link rules put side by side)."""
    links: list[tuple[int, int]] = []
    arrays = judged.arrays(scored)
    left, right = arrays.left, arrays.right
    table = judged.table()
    # A pair that may differ in nothing the judge compares, and whose claims do not both give
    # figures, has no conflict on any path below: only the rest is looked at pair by pair.
    may_array = table.may_conflict(left, right)
    apart_array = table.may_tell_apart(left, right)
    rows = np.flatnonzero(may_array | apart_array | table.both_count(left, right))
    # "Oman suspended talks" / "Egypt resumed talks": two acts, no conflict; but "Hamas
    # fired the rockets" / "Islamic Jihad fired the rockets": one act, two doers
    rows = rows[
        ~arrays.columns.other_parties[rows] | table.one_act_two_doers(left[rows], right[rows])
    ]
    pair_left, pair_right = left[rows], right[rows]
    threshold = options.related_threshold
    same_words = _SharedWords(keys)
    claims = judged.claims
    # read for the claims with dates alone (the table lists them): a claim without is not
    # back, and the pass over every claim read each one's dates (616,510 at 10,000 articles)
    back = [False] * len(claims)
    # set a year or more back as the matcher reads it ("killed three workers in 2009"), for
    # claims with figures (``ClaimTable.told_time``): ``occasions_apart`` is never true of
    # a claim without
    past = [False] * len(claims)
    for index in table.dated_claims:
        back[index] = years_back(claims[index])
        past[index] = table.told_time(index) == YEARS_BACK
    columns = (
        arrays.matched[rows],
        may_array[rows],
        apart_array[rows],
        table.frames_meet(pair_left, pair_right),
        pair_left,
        pair_right,
        arrays.similarity[rows],
    )
    # The scored pairs come ordered by their first claim, always the lower index: once the
    # pass moves past a first claim, no pair left in it reads that claim again, and its
    # facts and content words are forgotten (``_done_with``).
    current = -1
    for same, may, apart, frames_meet, i, j, similarity in _python_rows(columns):
        if i != current:
            if current >= 0:
                _done_with(current, i, judged, same_words)
            current = i
        if not (may or apart) and not match.counts_alike(keys[i], keys[j]):
            # Judged, such a pair shows no difference, and only figures for one counted
            # thing bring it to ``numeric``: whatever the tests below find, it is passed by.
            continue
        # ``_same_frame``, its frame test read from the table
        if not same and (
            another_occasion(claims[i], back[i], claims[j], back[j])
            or (
                (past[i] or past[j])
                and occasions_apart(keys[i], keys[j], (table.told_time(i), table.told_time(j)))
            )
        ):
            # related, not one statement: a year-old event's toll is not the day's news
            continue
        if same or (
            similarity >= threshold
            and (
                frames_meet
                or same_words(i, j)
                or _one_denied_act(claims, keys, i, j)
                or _one_bargain(claims, judged, i, j)
            )
        ):
            if may:
                found = judged.possible_conflicts(i, j, apart)
            elif apart:
                found = judged.told_apart(i, j)
            else:
                continue  # judged, it shows no difference
        elif match.counts_alike(keys[i], keys[j]):
            # weakly related sentences: only their figures for the same thing are compared
            found = judged.numeric(i, j)
        else:
            continue
        if contradicts(found):
            links.append((i, j))
    return links


def _one_denied_act(claims: Sequence[Claim], keys: Sequence[MatchKey], i: int, j: int) -> bool:
    """One claim denies the act the other tells, in words too few alike for one frame:
    the same verb and a word of its object ("had hired agency nurses to cover the shifts" /
    "had not hired replacement nurses"), which ``negation_conflicts`` reads as one act; or
    one act told as a noun and as a passive ("received no warning" / "were warned to leave,
    when the office issued an alert": ``none_received_then_done``)."""
    if keys[i].negated == keys[j].negated:
        return False
    denying, affirming = (claims[i], claims[j]) if keys[i].negated else (claims[j], claims[i])
    return one_verb_one_object(claims[i], claims[j]) or none_received_then_done(denying, affirming)


def _one_bargain(claims: Sequence[Claim], judged: PairJudgements, i: int, j: int) -> bool:
    """Both claims give a figure in one unit as the object of one verb of a bargain ("The
    company has offered 3 percent" / "Bosses offered a 6 percent rise":
    ``bargain_figures_alike``): one offer or demand, however else the sentences are worded,
    so its figures are judged."""
    if not claims[i].numbers or not claims[j].numbers:
        return False
    return bargain_figures_alike(judged.facts(i).figures, judged.facts(j).figures)


def _done_with(current: int, following: int, judged: PairJudgements, words: _SharedWords) -> None:
    """Forget what the pass over the pairs worked out for the claim ``current``, when the
    next pair's first claim is ``following``; nothing when the pairs are not in that order.

    WHY: the pass works out the facts of most claims it judges (about 200 MB at 10,000
    articles); kept to its end, they were the judge's high point, the heap size grouping
    and ``build_clusters`` inherit. Forgotten as the pass leaves each claim, their memory
    is reused by the next claims' facts. Facts of a claim alone: worked out again, if
    asked, they are the same."""
    if following > current:
        judged.forget_facts(current)
        words.words[current] = None


#: Rows ``_python_rows`` turns into Python values at a time.
PYTHON_ROWS_A_SLICE = 65_536


def _python_rows(columns: Sequence[npt.NDArray[Any]]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``columns`` (arrays of one length) as tuples of Python values, for a
    loop that reads Python values, not array elements; converted a slice at a time.

    WHY in slices: the pass over the pairs in ``_contradicting_pairs`` read six lists of
    Python values of all its pairs at once (about 130 bytes a pair: an int object for
    each claim index, a float for the similarity): what the judge held above what it
    keeps, its peak at 10,000 articles."""
    for start in range(0, len(columns[0]) if columns else 0, PYTHON_ROWS_A_SLICE):
        part = [column[start : start + PYTHON_ROWS_A_SLICE].tolist() for column in columns]
        yield from zip(*part, strict=True)
