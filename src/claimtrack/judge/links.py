"""Pairs linked across sentences that share too little to be scored alike: causes given for
one event (``reason_links``), two days for one piece of news (``news_date_links``), figures
for one count (``figure_links``) and two days for one act (``act_day_links``).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from claimtrack import match
from claimtrack.judge.arrays import ClaimTable, IntArray, ScoredArrays
from claimtrack.judge.dates import (
    _act_day_conflicts,
    _dates_meet,
    _entity_tokens,
    _name_words,
    _names_apart_in,
    _precise,
    _words_lower,
)
from claimtrack.judge.facts import ClaimFacts
from claimtrack.judge.figures import (
    _CLAUSE_BREAK,
    _CURRENCIES,
    _TIME_UNITS,
    _compatible,
    _FigureFacts,
    _numeric_conflicts,
    _stated_bounds,
    amount_noun,
    another_occasion,
    bare_amount,
    lasting_event,
    reported,
    reported_thing,
    years_back,
)
from claimtrack.judge.pair import contradicts
from claimtrack.judge.reasons import _states_a_cause
from claimtrack.judge.text import _content_of, _find_number, _name_tokens, _token_list, _words_of
from claimtrack.judge.times import clock_on_a_day, moments_meet, time_of_day_conflicts
from claimtrack.match import ScoredPair
from claimtrack.match.columns import distinct
from claimtrack.match.frames import STRONG_SIMILARITY
from claimtrack.match.measure_ties import parties_named_apart
from claimtrack.match.occasions import occasions_apart
from claimtrack.match.slots import _event_kinds
from claimtrack.match.statements import statements_apart
from claimtrack.models import Claim, Conflict, NumberMention
from claimtrack.normalize import (
    CLASS_PREFIX,
    ENTITY_PREFIX,
    MatchKey,
    data_lines,
    load_tables,
    normalize_text,
    stem,
)
from claimtrack.options import Options


def reason_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    options: Options | None = None,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles that give a cause for the same event.

    What a claim explains is the rest of its sentence ("the fire started when ..."). A claim
    that explains an event noun ("the decision was taken for logistical reasons") or names
    nothing it explains ("officials blamed logistics") explains its article's own news: the
    article's first claim. Two explained events are the same when they share a predicate
    (and report no two different acts), when the words right before both causes share a
    noun ("the fire started when" / "the fire was caused by"), or when they are about the
    same event frame as the matcher measures it. Claims are compared within buckets of
    shared event words, never all pairs. ``table``: the run's ``ClaimTable`` if the caller
    has it (which claims give reasons, and their articles, without reading every claim).
    """
    table = table or ClaimTable(claims, keys)
    # a reason the splitter found that states no cause ("is due to end on Thursday": a
    # schedule) explains nothing, so it is set beside no cause
    reasoned = [
        i for i in table.reasoned_claims if _states_a_cause(claims[i], claims[i].reason or "")
    ]
    if len(reasoned) < 2:
        return []
    threshold = (options or Options()).related_threshold
    article, lead = table.article, table.first_of_article
    events = {i: _explained_event(claims[i], keys[lead[article[i]]]) for i in reasoned}
    buckets: dict[str, list[int]] = {}
    for i in reasoned:
        event = events[i]
        for token in event.head.union(event.key.tokens):
            buckets.setdefault(token, []).append(i)
    candidates = cross_article_pairs(buckets.values(), article)
    direct = [
        (x, y)
        for x, y in sorted(candidates)
        if _same_event_explained(events[x], events[y], threshold)
    ]
    # Causes of what other parties did are causes of other events, also when a claim that
    # names no one links both ("the talks were halted for logistical reasons"). A claim's
    # parties are its own names and those of the event it explains (the spokesperson's
    # "logistical problems led to the decision" explains the article's "Iran pulled out").
    names = {i: frozenset(keys[i].entities).union(events[i].key.entities) for i in reasoned}
    # answered once per pair of name sets: a closed set of n claims gives n * (n - 1) / 2
    # pairs, and most claims of a story name the same parties
    apart: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
    closed = []
    for x, y in _closed(direct):
        sets = (names[x], names[y])
        found = apart.get(sets)
        if found is None:
            found = apart[sets] = match.names_apart(*sets)
        if not found:
            closed.append((x, y))
    return _across_articles(closed, article)


def _closed(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every pair inside each connected set of linked claims (A and B explain one event, B
    and C too: so do A and C), unless the set is too large to be one event's causes."""
    neighbours: dict[int, set[int]] = {}
    for x, y in pairs:
        neighbours.setdefault(x, set()).add(y)
        neighbours.setdefault(y, set()).add(x)
    closed = set(pairs)
    seen: set[int] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        component, todo = {start}, [start]
        while todo:
            for other in neighbours[todo.pop()] - component:
                component.add(other)
                todo.append(other)
        seen |= component
        if len(component) <= MAX_REASON_SET:
            closed |= set(itertools.combinations(sorted(component), 2))
    return sorted(closed)


def _across_articles(pairs: list[tuple[int, int]], article: Sequence[int]) -> list[tuple[int, int]]:
    return [(x, y) for x, y in pairs if article[x] != article[y]]


#: Most claims one event's causes may link pair by pair (more is a topic, not an event).
MAX_REASON_SET = 30


def news_date_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    scored: Sequence[ScoredPair],
    options: Options | None = None,
    arrays: ScoredArrays | None = None,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles that date the same telling of the news: the
    speaker-and-day of a sentence ("..., the ministry said on Monday") or a dated event noun
    ("the ministry made the announcement on Tuesday"). Both must name the same speaker (two
    words of it in common, "the Iranian Foreign Ministry" / "the Foreign Ministry") and come
    from articles that report the same story (they share a matched claim), so their days
    must agree. Compared within buckets of speaker words, never all pairs. ``arrays``, the
    ``ScoredArrays`` of ``scored`` if the caller has them, saves reading the pairs again;
    ``table``, the run's ``ClaimTable``, reading every claim for its dates and article."""
    options = options or Options()
    table = table or ClaimTable(claims, keys)
    dating = [i for i in table.dated_claims if _dates_the_news(claims[i], keys[i])]
    if len(dating) < 2:
        return []
    same_story = _same_story(claims, dating, arrays or ScoredArrays(scored, options), table)
    speakers = {i: _words_of(claims[i].subject or "") for i in dating}
    buckets: dict[str, list[int]] = {}
    for i in dating:
        for word in speakers[i]:
            buckets.setdefault(word, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_REASON_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            articles = tuple(sorted((claims[x].article_id, claims[y].article_id)))
            shared = speakers[x] & speakers[y]
            smaller = min(len(speakers[x]), len(speakers[y]))
            if (
                articles[0] != articles[1]
                and articles in same_story
                and len(shared) >= min(2, smaller)
                # one speaker's statements on two days, of two things ("No one was hurt,
                # the office said on Monday"): both may be right
                and not statements_apart(keys[x], keys[y])
            ):
                pairs.add((min(x, y), max(x, y)))
    return sorted(pairs)


def _same_story(
    claims: Sequence[Claim], tellings: Sequence[int], arrays: ScoredArrays, table: ClaimTable
) -> set[tuple[str, ...]]:
    """The pairs of articles (sorted ids) with a matched pair of claims other than
    ``tellings``: what the articles report, not who said it when (the tellings themselves
    all look alike)."""
    telling = np.zeros(len(claims), np.bool_)
    telling[tellings] = True
    left, right = arrays.left, arrays.right
    keep = arrays.same_fact & ~telling[left] & ~telling[right]
    # one code per article, so that each pair of articles is turned into ids once
    article, ids = table.article_column, table.article_ids
    count = len(ids)
    found = distinct(article[left[keep]] * count + article[right[keep]])
    return {tuple(sorted((ids[c // count], ids[c % count]))) for c in found.tolist()}


#: Most apart (relative to the larger) two figures for one count may be and still be told
#: apart as a discrepancy between sentences that say different things otherwise: further
#: apart, they usually count different sets ("4,300 stores nationwide" / "3,400 stores
#: where the plaintiffs worked").
CLOSE_FIGURES = 0.15
#: How far apart two tolls of one kind of event may be to be told as one toll (a share of
#: the larger): reports of one disaster differ as counts are updated ("At least 14 people
#: died" / "Nine people were confirmed dead"); a toll many times another is of another
#: event ("left 67 people dead" in an earlier attack / "six people were killed").
TOLLS_APART = 0.5
#: Smallest figure that, given alike by two claims, ties them to one fact ("$139 million"
#: / "$140,937,785"): a small one ("two", "10%") is shared by chance.
ANCHOR_FIGURE = 1000.0


def figure_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    facts: Callable[[int], ClaimFacts],
    table: ClaimTable | None = None,
    bucket_keys: Callable[[int], Sequence[FigureBucket]] | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story that give close but different
    figures for the same counted thing, in sentences that otherwise say different things
    ("a lawsuit on behalf of up to 1.6 million women" / "the lawsuit that covers 1.5
    million women"). The figures' unit and counted noun must be the same, and the claims
    share a word besides (a noun counted with no noun of its own, "in seven years", needs
    a large figure both give alike instead: "earned $139 million in seven years" / "earned
    $140,937,785 over the eight year span"). ``facts`` gives each claim's ``ClaimFacts``,
    ``table`` the run's ``ClaimTable`` (which claims give figures, and their articles),
    ``bucket_keys`` each claim's ``figure_buckets`` (by default, of its facts' figures).
    Compared within buckets of one unit and noun, never all pairs."""
    table = table or ClaimTable(claims, keys)
    article = table.article
    buckets: dict[FigureBucket, list[int]] = {}
    for i in table.counted:
        for key in bucket_keys(i) if bucket_keys else figure_buckets(facts(i).figures):
            bucket = buckets.setdefault(key, [])
            if not bucket or bucket[-1] != i:
                bucket.append(i)
    candidates: dict[tuple[int, int], str | None] = {}
    for (unit, thing), members in buckets.items():
        if len(members) > MAX_REASON_BUCKET:
            continue  # a count every claim of the run gives says nothing of one fact
        if unit == BARE_AMOUNT:
            bare = buckets.get((BARE_AMOUNT, None), [])
            if thing is None or not bare:
                continue
            # an amount in a currency and one with it left out, about one named party
            for pair in cross_article_pairs([members + bare], article):
                x, y = pair
                if (x in bare) != (y in bare) and _share_a_name(claims[x], claims[y]):
                    candidates.setdefault(pair, BARE_AMOUNT)
            continue
        if unit == INDICATOR:
            # one indicator under two names: close figures are compared (below)
            for pair in cross_article_pairs([members], article):
                candidates.setdefault(pair, None)
            continue
        if unit == BODY:
            # head counts of one group (a crew) tied by the words before them: compared as
            # tolls are, reports of one crew differ by more than rounding
            for pair in _tied_pairs(members, thing, article, facts):
                candidates[pair] = f"{BODY} {thing}"
            continue
        if unit in (NAMED_AMOUNT, REPORTED, REPORTED_THINGS, TOLL) or (
            thing is not None and thing.startswith(LASTING)
        ):
            # two lengths of one kind of event, two sums of one noun ("a fee of") or two
            # counts of reports of one thing, whatever the words before them
            tie = _tie(unit, thing)
            for pair in cross_article_pairs([members], article):
                if unit in (NAMED_AMOUNT, REPORTED, REPORTED_THINGS, TOLL):
                    candidates[pair] = tie  # over a tie by words, which needs close figures
                else:
                    candidates.setdefault(pair, tie)
            continue
        for pair in _tied_pairs(members, thing, article, facts):
            candidates.setdefault(pair, thing)
    # over a tie by words, which needs close figures: "five rooms" / "seven rooms"
    candidates.update(rare_count_pairs(buckets, keys, arrays, article))
    links = []
    for x, y in _in_one_story(set(candidates), keys, arrays, table):
        tied = candidates[(x, y)] or ""
        if _other_occasion(facts(x), facts(y), _window_thing(tied)):
            continue
        if another_occasion(claims[x], years_back(claims[x]), claims[y], years_back(claims[y])):
            continue  # "attacked the mall a year ago, killing 67" / "six people were killed"
        if occasions_apart(keys[x], keys[y], (table.told_time(x), table.told_time(y))):
            continue  # "killed three workers in 2009" / "23 miners were killed on Tuesday"
        found = _numeric_conflicts(facts(x), facts(y))
        # two lengths of one event, two amounts one of which leaves out its currency, two
        # sums of one noun, two counts of reports of one thing: tied by more than shared
        # words, so figures far apart still conflict
        if contradicts(found) and (
            tied.startswith((LASTING, RARE_COUNT))
            or tied in (BARE_AMOUNT, NAMED_AMOUNT)
            or tied.startswith(REPORTED)
            or tied.startswith(REPORTED_THINGS)
            or (
                tied.startswith((TOLL, BODY))
                and all(_close_figures(c, claims[x], claims[y], TOLLS_APART) for c in found)
            )
            or all(_close_figures(c, claims[x], claims[y]) for c in found)
        ):
            links.append((x, y))
    return links


def _tie(unit: str | None, thing: str | None) -> str | None:
    """What ties the pairs of a bucket compared whatever the words before the figures: the
    unit of a bucket of sums of one noun; "reports of" and the counted noun for counts of
    reports (``REPORTED``); "toll", the counted noun and the event for tolls (``TOLL``); the
    thing of a bucket of lengths of one kind of event."""
    if unit == NAMED_AMOUNT:
        return NAMED_AMOUNT
    if unit == TOLL and thing is not None:
        return f"{TOLL} {thing}"
    if unit == REPORTED and thing is not None:
        return f"{REPORTED} {thing.split()[0]}"
    if unit == REPORTED_THINGS and thing is not None:
        return f"{REPORTED_THINGS} {thing}"
    return thing


def _window_thing(tied: str) -> str | None:
    """The counted thing whose figures' words are read for names (``_other_occasion``):
    for a sum of a named noun, the figures with a unit (None, a sum's currency); for
    reports and tolls, the counted noun ("report", "person"); otherwise the bucket's thing."""
    if tied == NAMED_AMOUNT:
        return None
    if tied.startswith(REPORTED + " "):
        return tied[len(REPORTED) + 1 :]
    if tied.startswith(REPORTED_THINGS + " "):
        return tied[len(REPORTED_THINGS) + 1 :]
    if tied.startswith(BODY + " "):
        return tied[len(BODY) + 1 :]
    if tied.startswith(TOLL + " "):
        return tied[len(TOLL) + 1 :].split()[0]
    if tied.startswith(RARE_COUNT + " "):
        return tied[len(RARE_COUNT) + 1 :]
    return tied or None


#: The tie of two counts of a noun few claims of the run count (``rare_count_pairs``).
RARE_COUNT = "rare count"
#: Most claims of a run that may count one noun for two of them to be tied by it alone: the
#: articles that tell one fact once each. A noun more claims count is counted in more facts.
RARE_COUNT_TELLINGS = 3


def rare_count_pairs(
    buckets: dict[FigureBucket, list[int]],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    article: Sequence[int],
) -> dict[tuple[int, int], str]:
    """Pairs of claims from different articles that each count a noun (no unit) at most
    ``RARE_COUNT_TELLINGS`` claims of the run count, none of data/everyday_counted_nouns.txt,
    scored with at least ``STRONG_SIMILARITY`` of frame, no veto, neither other events nor
    other parties, and not two parties named apart: "The bathhouse had five rooms, including a
    hot room" / "Seven rooms have been traced so far, among them a hot room". WHY: such
    sentences open on the figure or lead up to it in different words (no tie by the words
    before it, ``_tied_pairs``), yet a rare thing counted in one frame is one count; each
    pair maps to its tie (``RARE_COUNT`` and the noun)."""
    wanted: dict[tuple[int, int], str] = {}
    for (unit, thing), members in buckets.items():
        if unit is not None or thing is None or len(members) > RARE_COUNT_TELLINGS:
            continue
        if stem(thing) in _everyday_counted_nouns():
            continue
        for pair in cross_article_pairs([members], article):
            wanted.setdefault(pair, f"{RARE_COUNT} {thing}")
    if not wanted:
        return {}
    columns = arrays.columns
    # the scored pairs that are wanted, found by code: a handful of the run's millions
    width = max(arrays.width, *(y + 1 for _, y in wanted))
    codes = np.minimum(arrays.left, arrays.right).astype(np.int64) * width + np.maximum(
        arrays.left, arrays.right
    )
    close = (
        np.isin(codes, np.array([x * width + y for x, y in wanted], np.int64))
        & (arrays.similarity >= STRONG_SIMILARITY)
        & ~columns.vetoed
        & ~columns.other_events
        & ~columns.other_parties
    )
    found: dict[tuple[int, int], str] = {}
    for x, y in zip(arrays.left[close].tolist(), arrays.right[close].tolist(), strict=True):
        pair = (min(x, y), max(x, y))
        tie = wanted.get(pair)
        if tie is not None and not parties_named_apart(keys[x], keys[y]):
            found[pair] = tie
    return found


@lru_cache(maxsize=1)
def _everyday_counted_nouns() -> frozenset[str]:
    return frozenset(stem(word) for word in data_lines("everyday_counted_nouns.txt"))


#: (unit, counted thing) of a figure: ``figure_links`` compares figures within one.
FigureBucket = tuple[str | None, str | None]


def figure_buckets(
    figures: Sequence[tuple[NumberMention, _FigureFacts]],
) -> tuple[FigureBucket, ...]:
    """The bucket of each of a claim's figures (``ClaimFacts.figures``) that gives a unit or
    a counted thing, in order."""
    found = [
        (number.unit or None, figure.thing)
        for number, figure in figures
        if figure.thing or number.unit
    ]
    for number, figure in figures:
        kind = lasting_event(figure) if number.unit in _TIME_UNITS else None
        if kind is not None:
            found.append((number.unit, LASTING + kind))
        if bare_amount(number, figure):
            found.append((BARE_AMOUNT, None))
        elif number.unit in _CURRENCIES:
            found.append((BARE_AMOUNT, number.unit))
        noun = amount_noun(number, figure)
        if noun is not None:
            found.append((NAMED_AMOUNT, noun))
        found += [(REPORTED, f"{figure.thing} {word}") for word in sorted(reported(number, figure))]
        if figure.body is not None:
            found.append((BODY, figure.body))
        told = reported_thing(number, figure)
        if told is not None:
            found.append((REPORTED_THINGS, told))
        if figure.indicator is not None:
            found.append((INDICATOR, f"{figure.indicator} {number.unit or ''}".rstrip()))
        if figure.event is not None and figure.thing and not number.unit:
            found.append((TOLL, f"{figure.thing} {figure.event}"))
    return tuple(found)


#: The unit of the buckets of tolls: counts of one noun that one kind of event befell ("At
#: least 14 people died" / "Nine people were confirmed dead": ``_FigureFacts.event``),
#: tied by the event, not by shared words.
TOLL = "toll"


#: The unit of the buckets of figures of one indicator in one unit, by whatever name
#: ("Joblessness dropped to 4.1 percent" / "The unemployment rate fell to 4.2 percent":
#: ``_FigureFacts.indicator``), tied by the indicator, not by shared words.
INDICATOR = "indicator"


#: The unit of the buckets of amounts with their currency left out ("paid 54 million"),
#: each with the amounts in one currency ("a fee of 45 million euros"): compared when the
#: claims share a name (``figure_links``).
BARE_AMOUNT = "amount"


#: The unit of the buckets of sums of one noun of data/amount_nouns.txt ("a fee of 45
#: million euros" / "the fee is understood to be 54 million euros": ``amount_noun``).
NAMED_AMOUNT = "named amount"


#: The unit of the buckets of counts of reports of one thing ("38 reports of fryers
#: overheating" / "83 reports of overheating": ``reported``), each keyed by the counted
#: noun and one word of what is reported.
REPORTED = "reports of"


#: The unit of the buckets of counts of things reported ("received reports of 14 fires" /
#: "Nine fires have been reported": ``reported_thing``), each keyed by the counted noun.
REPORTED_THINGS = "reported"


#: The unit of the buckets of head counts of one group of data/group_members.txt ("had a
#: crew of 28" / "had 34 crew members on board": ``_FigureFacts.body``), each keyed by
#: the group, tied by the words before the figures, compared within ``TOLLS_APART``.
BODY = "head count of"


#: Opens the counted thing of the bucket of the spans that give one kind of event's length
#: (``lasting_event``: "a three-day walkout" / "the stoppage will last six days").
LASTING = "lasting "


def _tied_pairs(
    members: list[int],
    thing: str | None,
    article: Sequence[int],
    facts: Callable[[int], ClaimFacts],
) -> Iterator[tuple[int, int]]:
    """The pairs of one bucket's members, from different articles, whose figures are tied
    to one fact: a figure counting ``thing`` in each, with a word in common among the words
    that lead up to it ("a lawsuit on behalf of up to 1.6 million women" / "a lawsuit
    involving as many as 1.5 million women"); for no ``thing``, a large figure given alike
    (``_anchored``)."""
    # each member's words before its figures, read once: a member is in many pairs
    governing: dict[int, set[str]] = {}
    for x, y in itertools.combinations(members, 2):
        if article[x] == article[y]:
            continue
        if thing is None:
            tied = _anchored(facts(x), facts(y))
        else:
            for i in (x, y):
                if i not in governing:
                    governing[i] = _governing(facts(i), thing)
            tied = not governing[x].isdisjoint(governing[y])
        if tied:
            yield x, y


#: Content words before a figure, in its clause, that say what the figure is a count of.
GOVERNING_WORDS = 6


def _governing(facts: ClaimFacts, thing: str) -> set[str]:
    """The last ``GOVERNING_WORDS`` content words before each figure counting ``thing``."""
    words: set[str] = set()
    stops = load_tables(None).stop_words
    for clause in _governing_clauses(facts, thing):
        tokens = [
            t
            for t in _token_list(clause)
            if (t.startswith(ENTITY_PREFIX) or t.isalpha()) and t != thing and t not in stops
        ]
        words.update(tokens[-GOVERNING_WORDS:])
    return words


def _governing_clauses(facts: ClaimFacts, thing: str | None) -> list[str]:
    """The clause before each figure counting ``thing`` (each of the claim's figures that
    has a unit for None), up to the figure."""
    text = facts.claim.text
    clauses = []
    for number, figure in facts.figures:
        if figure.thing == thing and (thing is not None or number.unit):
            index = _find_number(text, number.text)
            clauses.append(_CLAUSE_BREAK.split(text[: max(index, 0)])[-1])
    return clauses


def _other_occasion(facts_a: ClaimFacts, facts_b: ClaimFacts, thing: str | None) -> bool:
    """The figures are given for different parties or places ("Ashby promised $847 million
    to rebuild Corbel" / "Dunmore promised $783 million to rebuild Elton": names in the
    clauses that lead up to the figures), or the claims name days that do not meet:
    sentences that say little else alike are then about two occasions."""
    a, b = facts_a.claim, facts_b.claim
    if _names_apart_in(a, _figure_window(facts_a, thing), b, _figure_window(facts_b, thing)):
        return True
    dates_a, dates_b = facts_a.precise_dates, facts_b.precise_dates
    if dates_a and dates_b:
        return not any(_dates_meet(a, da, b, db) for da in dates_a for db in dates_b)
    days_a, days_b = facts_a.calendar_days, facts_b.calendar_days  # days without a year
    return bool(days_a and days_b) and not any(
        max((low_b - high_a).days, (low_a - high_b).days) <= 1
        for _, (low_a, high_a) in days_a
        for _, (low_b, high_b) in days_b
    )


#: Words before and after a figure that name whose figure it is ("Ashby promised $847
#: million to rebuild Corbel"); names further away are about other things of the sentence.
FIGURE_WINDOW = (8, 5)


def _figure_window(facts: ClaimFacts, thing: str | None) -> str:
    """The words around each figure counting ``thing`` (each with a unit for None)."""
    text = facts.claim.text
    before, after = FIGURE_WINDOW
    parts = []
    for number, figure in facts.figures:
        if figure.thing == thing and (thing is not None or number.unit):
            index = max(_find_number(text, number.text), 0)
            parts += text[:index].split()[-before:]
            parts += text[index + len(number.text) :].split()[:after]
    return " ".join(parts)


def _anchored(facts_a: ClaimFacts, facts_b: ClaimFacts) -> bool:
    """Both claims give one large figure alike (the same unit, within rounding)."""
    return any(
        (na.unit or None) == (nb.unit or None)
        and _point(na) >= ANCHOR_FIGURE
        and _compatible(na, nb)
        for na, _ in facts_a.figures
        for nb, _ in facts_b.figures
    )


def _point(number: NumberMention) -> float:
    """One value for a figure: the middle of its interval, or its one finite bound."""
    low, high, _ = _stated_bounds(number)
    ends = [v for v in (low, high) if math.isfinite(v)]
    return sum(ends) / len(ends) if ends else math.inf


def _close_figures(conflict: Conflict, a: Claim, b: Claim, within: float = CLOSE_FIGURES) -> bool:
    """The conflict's two figures are within ``within`` (a share of the larger) of each
    other."""
    spans_a, spans_b = conflict.value_spans
    na = next((n for n in a.numbers if (n.start, n.end) == spans_a), None)
    nb = next((n for n in b.numbers if (n.start, n.end) == spans_b), None)
    if na is None or nb is None:
        return False
    pa, pb = _point(na), _point(nb)
    if not (math.isfinite(pa) and math.isfinite(pb)) or max(abs(pa), abs(pb)) == 0:
        return False
    return abs(pa - pb) <= within * max(abs(pa), abs(pb))


def act_day_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    facts: Callable[[int], ClaimFacts] | None = None,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story that date one act differently
    (``act_day_conflicts``), in sentences that otherwise say different things but share a
    name. Compared within buckets of one dating verb, never all pairs. ``facts`` gives each
    claim's ``ClaimFacts`` (the caller's, so each claim's act days are read once a run),
    ``table`` the run's ``ClaimTable`` (which claims give dates, and their articles)."""
    facts = facts or (lambda i: ClaimFacts(claims[i]))
    table = table or ClaimTable(claims, keys)
    buckets: dict[str, list[int]] = {}
    for i in table.dated_claims:
        for verb in sorted({d.verb for d in facts(i).act_days}):
            buckets.setdefault(verb, []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    return [
        (x, y)
        for x, y in _in_one_story(candidates, keys, arrays, table)
        if _share_a_name(claims[x], claims[y])
        and contradicts(
            _act_day_conflicts(claims[x], facts(x).act_days, claims[y], facts(y).act_days)
        )
    ]


def clock_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story that time one act, told by one
    predicate class, at clock times on named days that do not meet (``time_of_day_conflicts``
    with ``one_event``): "The River Sware peaked at about 2 a.m. on Sunday" / "The river was
    at its highest at around 10pm on Saturday". WHY: the rest of two such sentences is told
    in other words, too few alike for the matcher to score the pair. Compared within buckets
    of one predicate class, never all pairs."""
    table = table or ClaimTable(claims, keys)
    buckets: dict[str, list[int]] = {}
    for i in table.dated_claims:
        if not clock_on_a_day(claims[i]):
            continue
        for token in sorted(set(keys[i].tokens)):
            if token.startswith(CLASS_PREFIX):
                buckets.setdefault(token, []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    return [
        (x, y)
        for x, y in _in_one_story(candidates, keys, arrays, table)
        if not moments_meet(claims[x], claims[y])
        and contradicts(time_of_day_conflicts(claims[x], claims[y], one_event=True))
    ]


def _share_a_name(a: Claim, b: Claim) -> bool:
    """A name of one claim stands in the other's text: sentences that otherwise say
    different things are about the same people ("a Republican staffer apologized for a
    Facebook post" / "the Republican aide had to apologize for the Facebook post")."""
    return bool(
        _name_words(_entity_tokens(a, a.text)) & _words_lower(b.text)
        or _name_words(_entity_tokens(b, b.text)) & _words_lower(a.text)
    )


def _in_one_story(
    candidates: set[tuple[int, int]],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    table: ClaimTable,
) -> list[tuple[int, int]]:
    """The candidate pairs (sorted) from articles of one story: articles with a matched
    pair of claims that share a name ("Skyway Airlines cancelled all flights out of
    Portmore" in both). A match of nameless stock sentences ("emergency funding was
    approved") is found between stories too."""
    if not candidates:
        return []
    ordered = sorted(candidates)
    article = table.article_column
    count = len(table.article_ids)
    xs, ys = np.array(ordered, np.int64).T
    wanted = _unordered(article[xs], article[ys], count)
    same = arrays.same_fact
    left, right = arrays.left[same], arrays.right[same]
    found = _unordered(article[left], article[right], count)
    # Only the matched pairs of article pairs some candidate is from are looked at, each
    # article pair until one of its pairs shares a name: a handful of the matched pairs.
    look = np.isin(found, wanted)
    story: set[int] = set()
    for code, i, j in zip(
        found[look].tolist(), left[look].tolist(), right[look].tolist(), strict=True
    ):
        if code not in story and _name_met(keys[i].entities, keys[j].entities):
            story.add(code)
    if not story.issuperset(wanted.tolist()):
        story |= _named_alike(keys, arrays, article, count, wanted, story)
    if not story.issuperset(wanted.tolist()):
        story |= _parties_alike(keys, article, count, wanted, found, story)
    return [pair for pair, code in zip(ordered, wanted.tolist(), strict=True) if code in story]


def _name_met(first: Sequence[str], second: Sequence[str]) -> bool:
    """The two claims' names (entity tokens) share one, or the last word of one: "the Port of
    Kessington" and "Kessington", "Mayor Ana Ruiz" and "Ruiz" name one place or person."""
    if not frozenset(first).isdisjoint(second):
        return True
    return bool(first and second) and not frozenset(map(_name_head, first)).isdisjoint(
        map(_name_head, second)
    )


def _name_head(entity: str) -> str:
    """The last word of an entity token ("ent_port_of_kessington" -> "kessington")."""
    return entity.rsplit("_", 1)[-1]


#: Names two claims of two articles must share, scored as a pair but not matched, for the
#: articles to be one story ("Dunmore City have signed Mateo Varga from Cantera FC" /
#: "Mateo Varga was signed by Dunmore City after talks with Cantera FC").
STORY_NAMES = 2


def _named_alike(
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    article: IntArray,
    count: int,
    wanted: IntArray,
    story: set[int],
) -> set[int]:
    """The wanted article pairs (codes, as ``_unordered``) not in ``story`` with a scored
    pair of claims that share ``STORY_NAMES`` names: two tellings of one event that the
    matcher did not find the same statement still name the same people and places."""
    found = _unordered(article[arrays.left], article[arrays.right], count)
    look = np.isin(found, wanted) & ~np.isin(found, np.array(sorted(story), np.int64))
    named: set[int] = set()
    for code, i, j in zip(
        found[look].tolist(), arrays.left[look].tolist(), arrays.right[look].tolist(), strict=True
    ):
        if (
            code not in named
            and len(frozenset(keys[i].entities).intersection(keys[j].entities)) >= STORY_NAMES
        ):
            named.add(code)
    return named


#: Claims of an article that must name a party for it to be one the article keeps coming back
#: to (``_parties_alike``): a name told once is often an aside ("a rival maker, Zipline").
STORY_PARTY_CLAIMS = 2


def _parties_alike(
    keys: Sequence[MatchKey],
    article: IntArray,
    count: int,
    wanted: IntArray,
    matched: IntArray,
    story: set[int],
) -> set[int]:
    """The wanted article pairs (codes, as ``_unordered``) not in ``story`` with a matched
    pair of claims (``matched``: the codes of the matched pairs) whose articles each name one
    party in ``STORY_PARTY_CLAIMS`` claims or more: two tellings of one news ("Veloren is
    recalling its bikes", "Veloren announced the recall" / "built by Veloren itself", "I
    emailed Veloren twice") whose matched pairs happen to be nameless ("The affected bikes
    were sold between March and June") still keep coming back to the same party."""
    missing = sorted(set(wanted.tolist()).intersection(matched.tolist()) - story)
    if not missing:
        return set()
    needed = np.array(sorted({c // count for c in missing} | {c % count for c in missing}))
    parties: dict[int, dict[str, int]] = {int(a): {} for a in needed.tolist()}
    for i in np.flatnonzero(np.isin(article, needed)).tolist():
        named = parties[int(article[i])]
        for name in frozenset(keys[i].entities):
            named[name] = named.get(name, 0) + 1
    kept = {
        a: {name for name, times in named.items() if times >= STORY_PARTY_CLAIMS}
        for a, named in parties.items()
    }
    return {code for code in missing if kept[code // count] & kept[code % count]}


def _unordered(first: IntArray, second: IntArray, count: int) -> IntArray:
    """Each pair of article codes as one int, whichever comes first (a sorted id pair)."""
    return np.minimum(first, second) * count + np.maximum(first, second)


#: Verbs that only say who told it: "the ministry said on Monday" dates the telling.
_SAYING = frozenset(stem(w) for w in "said says told tweeted wrote stated added".split())


def _dates_the_news(claim: Claim, key: MatchKey) -> bool:
    # most claims name no day: that is the first thing looked at
    if not claim.dates or not claim.subject or not any(_precise(d) for d in claim.dates):
        return False
    for date in claim.dates:
        # "made the announcement on Tuesday": the event noun right before the day
        at = claim.text.find(date.text)
        near = " ".join(claim.text[:at].split()[-4:]) if at > 0 else ""
        if _words_of(" ".join(_DEFINITE_NOUN.findall(near))) & _event_anaphors():
            return True
    subject = _words_of(claim.subject)
    rest = {
        t
        for t in _content_of(key.tokens)
        if not t.startswith(ENTITY_PREFIX) and t not in subject and t not in _SAYING
    } - {CLASS_PREFIX + "announce"}
    # "In a decision its Foreign Ministry announced on Monday": the event noun names the
    # telling itself, wherever it stands, as "made the announcement on Tuesday" does
    return not rest - _event_anaphors()


#: Largest bucket of reason claims sharing one event word that is compared pair by pair.
MAX_REASON_BUCKET = 200


def cross_article_pairs(
    buckets: Iterable[Sequence[int]], article: Sequence[int]
) -> set[tuple[int, int]]:
    """(low, high) pairs of claims from different articles (``article``: each claim's, as
    ``ClaimTable.article``) that share a bucket: what a link rule compares, never all pairs.
    A bucket of more than ``MAX_REASON_BUCKET`` claims is skipped: a word every claim of
    the run shares says nothing of one fact."""
    pairs: set[tuple[int, int]] = set()
    for members in buckets:
        if len(members) > MAX_REASON_BUCKET:
            continue
        for x, y in itertools.combinations(members, 2):
            if article[x] != article[y]:
                pairs.add((min(x, y), max(x, y)))
    return pairs


@dataclass(frozen=True)
class _Explained:
    """What a claim gives a cause for: the match key of the rest of its sentence (or of its
    article's first claim), and the nouns right before the cause."""

    key: MatchKey
    head: frozenset[str]


def _explained_event(claim: Claim, lead: MatchKey) -> _Explained:
    assert claim.reason is not None
    at = claim.text.find(claim.reason)
    before = claim.text[:at] if at >= 0 else claim.text
    rest = _without_cause_relative(claim.text.replace(claim.reason, " \x00"))
    key = normalize_text(rest)
    plain = _plain_words(claim.text)
    subject = _words_of(claim.subject) if claim.subject else frozenset()
    head = _head_before_cause(before, plain, subject)
    if not before.strip():
        # the cause is the subject of a verb that sets the event off ("A faulty pump caused
        # the spill"): the event nouns after it name what it explains
        head |= frozenset(t for t in key.tokens if t in _event_kinds())
    anaphor = (
        bool((subject | head) & _event_anaphors())
        or bool(_words_of(" ".join(_DEFINITE_NOUN.findall(rest))) & _event_anaphors())
        or _names_the_event(claim.subject)
    )
    own = (_content_of(key.tokens) & plain) - subject - _CAUSE_VERBS
    if anaphor or (not own and not key.predicates):
        merged = dataclasses.replace(
            lead,
            tokens=tuple(sorted(frozenset(lead.tokens).union(key.tokens))),
            predicates=lead.predicates | key.predicates,
        )
        return _Explained(merged, head - _event_anaphors())
    return _Explained(key, head)


#: A relative clause right after a cause (where ``_explained_event`` blanked it, marked by
#: a NUL): ", which it said had tripled since 2021" tells of the cause, not of the event.
_CAUSE_RELATIVE = re.compile(r"\x00[ \t]*,[ \t]*(?:which|that|who)\b[^,;]*|\x00")


def _without_cause_relative(rest: str) -> str:
    """The claim's text without its cause (blanked before) and a relative clause right
    after it: "The company blamed soaring energy costs, which it said had tripled since
    2021" explains nothing it names (the article's own news), not a tripling since 2021."""
    return _CAUSE_RELATIVE.sub(" ", rest)


#: How many words right before a cause name what it explains.
_HEAD_WORDS = 4
#: How many content words besides the subject's may stand before a cause whose clause is the
#: subject and its verb alone ("go off", "held up", "failed").
_VERB_WORDS = 2


def _head_before_cause(
    before: str, plain: frozenset[str], subject: frozenset[str]
) -> frozenset[str]:
    """The content words right before the cause ("the fire started when": "fire"), and the
    subject's too when nothing but its verb stands between it and the cause: "The alarm did
    not go off because of", "Repairs have been held up by" explain the alarm and the repairs,
    as "The museum's alarm failed because of" does, however many auxiliaries the verb takes.
    Verbs of the cause construction itself say nothing of the event."""
    head = frozenset(_token_list(" ".join(before.split()[-_HEAD_WORDS:]))) & plain - _CAUSE_VERBS
    own = frozenset(_token_list(before)) & plain
    if subject & own and len(own - subject - _CAUSE_VERBS) <= _VERB_WORDS:
        head |= subject & own
    return head


#: A subject that is a definite noun alone: "The crash", "the derailment".
_DEFINITE_SUBJECT = re.compile(r"(?:the|this|that)[ \t]+([a-z]+)", re.I)


def _names_the_event(subject: str | None) -> bool:
    """The subject is a definite event noun alone (data/event_nouns.txt, or one of
    data/generic_event_nouns.txt): "The derailment was caused by a broken rail", "The crash
    was caused by excessive speed, investigators believe" explain the article's own news,
    whatever else (a speaker) the claim names. "The crash barrier" or "the accident
    report" are things, not the event."""
    found = _DEFINITE_SUBJECT.fullmatch(subject.strip()) if subject else None
    if found is None:
        return False
    word = stem(found.group(1).lower())
    return word in _event_kinds() or word in _generic_event_nouns()


@lru_cache(maxsize=1)
def _generic_event_nouns() -> frozenset[str]:
    return frozenset(stem(word) for word in data_lines("generic_event_nouns.txt"))


def _plain_words(text: str) -> frozenset[str]:
    """Normalized content tokens of a text that are not names, predicates or figures."""
    names = _name_tokens(text)
    return frozenset(
        t
        for t in _content_of(normalize_text(text).tokens)
        if not t.startswith((CLASS_PREFIX, ENTITY_PREFIX)) and t not in names
    )


#: The noun after "the", "this" or "that": a reference back to something already reported.
_DEFINITE_NOUN = re.compile(r"\b(?:the|this|that)\s+([a-z]+)", re.I)
#: Verbs of the cause constructions themselves: they say nothing of the event explained.
_CAUSE_VERBS = frozenset(
    stem(w) for w in "blamed cites cited caused started began broke led was were is".split()
)


@lru_cache(maxsize=1)
def _event_anaphors() -> frozenset[str]:
    words = [w for line in data_lines("event_anaphors.txt") for w in line.split()]
    return frozenset(t for w in words for t in _words_of(w))


def _same_event_explained(a: _Explained, b: _Explained, threshold: float) -> bool:
    """One event: a shared predicate, a shared noun right before both causes (or two nouns of
    one kind of event, data/event_nouns.txt: "leak" / "spill"), or one event frame; never two
    different acts ("suspended talks" / "resumed talks")."""
    pa, pb = a.key.predicates, b.key.predicates
    if pa and pb and not pa & pb:
        return False
    if pa & pb or a.head & b.head:
        return True
    kinds = _event_kinds()
    kinds_a = {kinds[t] for t in a.head if t in kinds}
    if kinds_a & {kinds[t] for t in b.head if t in kinds}:
        return True  # "The leak was caused by ..." / "A faulty pump caused the spill"
    return match.similarity(a.key, b.key) >= threshold
