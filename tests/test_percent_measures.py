"""A percentage told as the size of a change and one told as a share of a whole count two
things: such a pair never makes one fact (``match.measures``)."""

from __future__ import annotations

import numpy as np
import pytest

from claim_helpers import claim
from claimtrack import match, pipeline
from claimtrack.match.measures import CHANGE, NO_ROLE, SHARE, measures_apart, percent_role
from claimtrack.models import Article, Verdict
from claimtrack.normalize import normalize_text
from claimtrack.options import Options


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Valdoria will cut its steel shipments by about 30 percent.", CHANGE),
        ("Grain prices at the Tarsk exchange rose 8 percent on Tuesday.", CHANGE),
        ("Exports from Ferrex fell by 4.5 per cent last year.", CHANGE),
        ("The quotas covered about 30 percent of all shipments to Norland.", SHARE),
        ("Orvane holds a 12 percent stake in the mine.", SHARE),
        ("Ferrex exports make up twelve percent of the copper market.", SHARE),
        # a level reached, not a change, and it may be told as a share
        ("Unemployment in Kessel fell to 5 percent in March.", NO_ROLE),
        # a change told as a share of what was there
        ("Shares of Orvane lost 30 percent of their value on Monday.", NO_ROLE),
        ("The measure was approved by 60 percent of voters.", NO_ROLE),
        ("Turnout in Kessel was 60 percent.", NO_ROLE),
        ("Brantley Mills will cut 200 jobs this year.", NO_ROLE),
    ],
)
def test_percent_role(text: str, role: int) -> None:
    assert percent_role(normalize_text(text)) == role


#: Pairs that share a figure and most words, one a change and one a share: the scorer calls
#: most of them the same statement, yet each counts something else.
APART = [
    (
        "Under the deal, Valdoria will cut its steel shipments to Norland by about 30 percent.",
        "The quotas on Valdorian steel covered about 30 percent of all shipments to Norland.",
    ),
    (
        "Ferrex will reduce its copper exports by 12 percent under the new quotas.",
        "Ferrex copper exports make up 12 percent of the copper market under the new quotas.",
    ),
    (
        "Grain prices at the Tarsk exchange rose 8 percent on Tuesday.",
        "Grain from Tarsk made up 8 percent of the exchange's trades on Tuesday.",
    ),
    (
        "Brantley Mills will cut its workforce by 15 percent this year.",
        "Brantley Mills workers make up 15 percent of the town's workforce this year.",
    ),
]

#: Pairs the rule leaves alone: two changes, two shares, a level, a change told as a share.
NOT_APART = [
    (
        "Brantley Mills will cut 10 percent of its workforce this year.",
        "Brantley Mills will cut its workforce by 10 percent this year.",
    ),
    (
        "Grain prices at the Tarsk exchange rose 8 percent on Tuesday.",
        "Grain prices at the Tarsk exchange climbed by 8 percent on Tuesday.",
    ),
    (
        "Ferrex exports make up 12 percent of the copper market.",
        "Ferrex holds a 12 percent share of the copper market.",
    ),
    (
        "Unemployment in Kessel fell to 5 percent in March.",
        "In March, 5 percent of Kessel workers were unemployed.",
    ),
]

#: A pair the rule leaves alone though it is no one fact: one claim gives no percentage. (The
#: two share one name and nothing of an act: ``match.setting_only`` keeps them apart.)
NO_PERCENT_ON_ONE_SIDE = (
    "Brantley Mills will cut 200 jobs this year.",
    "Brantley Mills workers make up 15 percent of the town's workforce this year.",
)


@pytest.mark.parametrize(("text_a", "text_b"), APART)
def test_a_change_and_a_share_are_never_one_fact(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert measures_apart(keys[0], keys[1]) and measures_apart(keys[1], keys[0])
    assert match.figures_of_other_events(keys[0], keys[1])
    options = Options()
    scored = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert len(scored) == 1
    pair = scored[0]
    # close enough to be one fact but for the rule: a strong frame and shared words
    assert pair.similarity >= 70.0 and pair.shared >= 1 and not pair.vetoed
    assert pair.other_events
    assert not match.same_fact(pair, options)
    assert not match.supports_merge(pair, keys[0], keys[1])


def test_a_claim_without_a_percentage_is_left_alone() -> None:
    keys = [normalize_text(text) for text in NO_PERCENT_ON_ONE_SIDE]
    assert not measures_apart(keys[0], keys[1]) and not measures_apart(keys[1], keys[0])
    scored = match.score_pairs(np.array([[0, 1]]), keys, Options())
    assert len(scored) == 1
    assert not scored[0].other_events


@pytest.mark.parametrize(("text_a", "text_b"), NOT_APART)
def test_other_percentages_are_left_alone(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not measures_apart(keys[0], keys[1])
    options = Options()
    scored = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert len(scored) == 1
    assert not scored[0].other_events
    assert match.same_fact(scored[0], options)


def _article(article_id: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", source=article_id.upper(), text="")


def test_a_share_stays_out_of_the_cluster_of_a_change() -> None:
    # two tellings of the cut agree; the share of the shipments the quotas cover stands alone
    texts = [
        "Valdoria will cut its steel shipments to Norland by about 30 percent under the quotas.",
        "Under the quotas Valdoria will cut its steel shipments to Norland by nearly 30 percent.",
        "The quotas on Valdorian steel covered about 30 percent of all shipments to Norland.",
    ]
    claims = [claim(text, f"{name}:1") for text, name in zip(texts, "abc", strict=True)]
    articles = [_article(name) for name in "abc"]
    clusters, _ = pipeline.analyse(articles, claims, Options())
    assert sorted(c.claim_ids for c in clusters) == [("a:1", "b:1"), ("c:1",)]
    verdicts = {c.claim_ids: c.verdict for c in clusters}
    assert verdicts[("c:1",)] is Verdict.SINGLE_SOURCE
