"""Pairs of claims that date one act with two verbs of one class of data/dated_acts.txt
("will be leaving the administration on January 1" / "would be retiring at the end of
February"), linked so that their dates are compared (``dated_act_links``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimtrack.judge.acts import _acts, same_dated_act
from claimtrack.judge.arrays import ClaimTable, ScoredArrays
from claimtrack.judge.dates import _calendar_days, _date_conflicts, _precise, _weekday_of
from claimtrack.judge.facts import ClaimFacts
from claimtrack.judge.links import _in_one_story, cross_article_pairs
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
    return _in_one_story(dated_apart, keys, arrays, table)


def _dated(claim: Claim) -> bool:
    """The claim names a day (a precise date, a day of the calendar without a year, or a day
    of the week in an article with no publication date: "broke down on Friday")."""
    return any(_precise(d) or _weekday_of(d) is not None for d in claim.dates) or bool(
        _calendar_days(claim)
    )
