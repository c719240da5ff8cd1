"""Pairs linked to be compared (two days for one event) are judged even in a cluster where
two articles already have their quota of closer pairs."""

from __future__ import annotations

from claimtrack import judge, normalize
from claimtrack.judge.clusters import PAIRS_PER_OUTLETS
from claimtrack.match import ScoredPair
from claimtrack.models import Article, Claim
from claimtrack.options import Options
from claimtrack.parse import parse_article

_FIRST = "The minister will leave office on January 1."
_RESTATED = [
    "The minister will step down at the end of February, aides said.",
    "Her departure from the ministry is set for the end of February.",
    "She is expected to hand over the ministry at the end of February.",
    "Officials confirmed the minister would go at the end of February.",
    "A successor will take over the ministry at the end of February.",
]
_OTHER = "The minister will leave office at the end of February."


def _claims() -> list[Claim]:
    first = parse_article(Article(id="a", path="a", source="a", text=_FIRST))
    restated = parse_article(Article(id="a", path="a", source="a", text="\n\n".join(_RESTATED)))
    other = parse_article(Article(id="b", path="b", source="b", text=_OTHER))
    return [first[0], *(c for c in restated if c.kind == "fact"), other[0]]


def test_a_dated_pair_is_judged_after_the_closest_pairs_of_its_articles() -> None:
    options = Options()
    claims = _claims()
    assert len(claims) > PAIRS_PER_OUTLETS + 1
    keys = normalize.normalize_claims(claims, options, jobs=1)
    other = len(claims) - 1
    # the restatements line up closely with the other outlet's claim; the first claim was
    # linked to it only because both date the same departure
    close = [ScoredPair(i, other, 90.0, 95.0) for i in range(1, other)]
    dated_pair = ScoredPair(0, other, 0.0, 0.0)
    matched = {p.key for p in close}
    found, _ = judge.judge_group(
        [*close, dated_pair], claims, keys, matched, options, dated={dated_pair.key}
    )
    dates = [c for c in found if c.type == "date"]
    assert [c.claim_ids for c in dates] == [(claims[0].id, claims[other].id)]
