"""Pairs of claims that date one act with two verbs of one class of data/dated_acts.txt
("will be leaving the administration on January 1" / "would be retiring at the end of
February"), linked so that their dates are compared (``dated_act_links``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from claimtrack.judge.acts import _acts, _subject_kind, same_dated_act
from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.dates import _calendar_days, _date_conflicts, _precise, _weekday_of
from claimtrack.judge.facts import ClaimFacts
from claimtrack.judge.links import _in_one_story, _unordered, cross_article_pairs
from claimtrack.judge.pair import contradicts
from claimtrack.models import Claim
from claimtrack.normalize import MatchKey


def dated_act_links(
    claims: Sequence[Claim],
    keys: Sequence[MatchKey],
    arrays: ScoredArrays,
    facts: Callable[[int], ClaimFacts] | None = None,
    table: ClaimTable | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims from different articles of one story whose one named party does one
    act of a class on two dates that do not meet. Compared within buckets of one act,
    never all pairs. ``facts`` gives each claim's ``ClaimFacts`` (the caller's, so each is
    built once a run, not once a candidate pair); ``table`` the run's ``ClaimTable`` (which
    claims give dates, and their articles)."""
    facts = facts or (lambda i: ClaimFacts(claims[i]))
    table = table or ClaimTable(claims, keys)
    buckets: dict[str, list[int]] = {}
    for i in table.dated_claims:
        claim = claims[i]
        if _acts(claim.text) and _dated(claim):
            for act in sorted(_acts(claim.text)):
                buckets.setdefault(act, []).append(i)
    candidates = cross_article_pairs(buckets.values(), table.article)
    # the pair tests first: few pairs pass them, and the story test reads every matched pair
    dated_apart = {
        (x, y)
        for x, y in candidates
        if same_dated_act(claims[x], claims[y]) and contradicts(_date_conflicts(facts(x), facts(y)))
    }
    linked = _in_one_story(dated_apart, keys, arrays, table)
    unnamed = {
        (x, y) for x, y in dated_apart.difference(linked) if _one_event_named(claims[x], claims[y])
    }
    return sorted({*linked, *_often_matched(unnamed, arrays, table)})


def _one_event_named(a: Claim, b: Claim) -> bool:
    """Both subjects name one kind of event with "the" ("The strike is due to end on
    Thursday" / "The walkout will end on Saturday"): the event the story is about, not a
    name, ties the two acts together."""
    kind = _subject_kind(a)
    return (
        kind is not None
        and kind == _subject_kind(b)
        and all((c.subject or "").lower().startswith("the ") for c in (a, b))
    )


#: Matched pairs of claims two articles must have between them to be one story without a
#: shared name ("About 1,800 drivers walked off the job" / "Roughly 1,800 drivers went on
#: strike", ...): a nameless stock sentence matches between two stories, a few seldom do.
STORY_MATCHES = 3


def _often_matched(
    candidates: set[tuple[int, int]], arrays: ScoredArrays, table: ClaimTable
) -> set[tuple[int, int]]:
    """The candidate pairs whose articles have ``STORY_MATCHES`` matched pairs of claims."""
    if not candidates:
        return set()
    article = table.article_column
    count = len(table.article_ids)
    same = arrays.same_fact
    found = _unordered(article[arrays.left[same]], article[arrays.right[same]], count)
    codes, times = np.unique(found, return_counts=True)
    story = {
        int(c) for c, n in zip(codes.tolist(), times.tolist(), strict=True) if n >= STORY_MATCHES
    }
    return {
        (x, y)
        for x, y in candidates
        if int(min(article[x], article[y]) * count + max(article[x], article[y])) in story
    }


def _dated(claim: Claim) -> bool:
    """The claim names a day (a precise date, a day of the calendar without a year, or a day
    of the week in an article with no publication date: "broke down on Friday")."""
    return any(_precise(d) or _weekday_of(d) is not None for d in claim.dates) or bool(
        _calendar_days(claim)
    )
