"""A claim said word for word inside another outlet's longer one links the two in the
report's grouping (``match.contained_pairs``), ordered before looser pairs
(``match.lift_contained``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimtrack import api, match
from claimtrack.compare import statement_keys
from claimtrack.match import ScoredPair, ScoredPairs, rules
from claimtrack.options import Options


def _contained(short: str, long: str) -> bool:
    """``contained_pairs`` of the two statements, scored as the report scores them."""
    options = Options()
    _, _, key_a, key_b = statement_keys(short, long, options)
    keys = [key_a, key_b]
    scored = match.score_pairs(np.array([[0, 1]], dtype=np.int64), keys, options)
    return len(scored) == 1 and bool(match.contained_pairs(scored, keys, options)[0])


@pytest.mark.parametrize(
    ("short", "long"),
    [
        # a name and a figure
        (
            "Velmora Air cancelled 40 flights.",
            "Velmora Air cancelled 40 flights on Tuesday because of a strike by baggage handlers.",
        ),
        # a figure, no named subject: the longer claim opens with the shorter one's words
        (
            "The airline cancelled 40 flights.",
            "The airline cancelled 40 flights on Tuesday because of a strike by baggage handlers.",
        ),
        # neither figure nor name, but four tokens
        (
            "The harbour council approved the new budget.",
            "The harbour council approved the new budget on Monday despite loud protests.",
        ),
        (
            "Marlow Foods recalled 12,000 jars of pesto.",
            "Marlow Foods recalled 12,000 jars of pesto after inspectors found glass in two "
            "batches.",
        ),
    ],
)
def test_a_claim_stated_and_more_by_another_outlet_is_linked(short: str, long: str) -> None:
    assert _contained(short, long)
    assert _contained(long, short)  # whichever side the pair names first


@pytest.mark.parametrize(
    ("short", "long"),
    [
        # three tokens, neither a figure nor a name: in too many longer sentences
        ("The council approved the budget.", "The council approved the budget on Monday."),
        # the longer one denies it
        (
            "Velmora Air cancelled 40 flights.",
            "Velmora Air did not cancel 40 flights on Tuesday despite the strike.",
        ),
        # the same words in another order: another act
        ("Velmora Air sued Kessler Steel.", "Kessler Steel sued Velmora Air over unpaid invoices."),
        # the words of an unnamed subject said by someone else first
        (
            "The airline cancelled 40 flights.",
            "Unions said the airline cancelled 40 flights on Tuesday.",
        ),
        # a word in between
        ("Velmora Air cancelled 40 flights.", "Velmora Air cancelled almost 40 flights today."),
    ],
)
def test_a_claim_not_said_word_for_word_inside_the_other_is_not_linked(
    short: str, long: str
) -> None:
    assert not _contained(short, long)


def test_an_unrelated_or_vetoed_pair_is_never_linked() -> None:
    options = Options()
    _, _, short, long = statement_keys(
        "Velmora Air cancelled 40 flights.",
        "Velmora Air cancelled 40 flights on Tuesday because of a strike.",
        options,
    )
    pairs = ScoredPairs.of(
        [
            ScoredPair(0, 1, 5.0, 100.0),
            ScoredPair(0, 1, 5.0, options.related_threshold - 1),
            ScoredPair(0, 1, 5.0, 100.0, vetoed=True),
        ]
    )
    assert match.contained_pairs(pairs, [short, long], options).tolist() == [True, False, False]


def test_a_contained_pair_is_grouped_before_looser_pairs_take_either_claim() -> None:
    """A (article 1) is said, and more, by B (article 3); A also reads loosely like X
    (article 2), and B like Y (article 2). By score alone A goes with X and B with Y first,
    and the two groups never merge (one of three cross pairs ties them); lifted, A and B
    meet first."""
    a, x, b, y = 0, 1, 2, 3
    articles = ["one", "two", "three", "two"]
    pairs = ScoredPairs.of(
        [
            ScoredPair(a, x, 30.0, 80.0, shared=3),
            ScoredPair(b, y, 40.0, 80.0, shared=3),
            ScoredPair(a, b, 5.0, 100.0, shared=4),
        ]
    )
    contained = np.array([False, False, True])
    lifted = match.lift_contained(pairs, contained)
    assert lifted.score.tolist() == [30.0, 40.0, rules.CONTAINED_SCORE]
    assert lifted.score[2] < Options().threshold  # never "the same statement"
    assert [a, b] in match.group(4, lifted, articles)
    assert [a, b] not in match.group(4, pairs, articles)


def test_one_short_claim_does_not_chain_two_long_ones() -> None:
    """A is inside both B1 and B2 (other articles), which share nothing: A joins one."""
    articles = ["one", "two", "three"]
    pairs = ScoredPairs.of(
        [ScoredPair(0, 1, 5.0, 100.0, shared=4), ScoredPair(0, 2, 5.0, 100.0, shared=4)]
    )
    lifted = match.lift_contained(pairs, np.array([True, True]))
    groups = match.group(3, lifted, articles)
    assert [0, 1, 2] not in groups
    assert [0, 1] in groups


def _clusters(folder: Path, articles: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The report's clusters of these articles (source: text), as verdict and claim texts."""
    for number, (source, text) in enumerate(articles.items()):
        (folder / f"a{number}.md").write_text(
            f'---\ntitle: "Report"\nsource: {source}\ndate: 2026-03-03\n---\n\n{text}\n',
            encoding="utf-8",
        )
    report = api.build_report([folder], Options(jobs=1))
    texts = {c.id: c.text for c in report.claims}
    return [(str(c.verdict), [texts[i] for i in c.claim_ids]) for c in report.clusters]


def test_a_long_claim_joins_the_claims_it_opens_with_not_those_of_its_added_clause(
    tmp_path: Path,
) -> None:
    """Two outlets say two things; a third says the first and, in the same sentence, the
    second. Its sentence states the first word for word: it joins that cluster."""
    clusters = _clusters(
        tmp_path,
        {
            "Alpha News": "Velmora Air cancelled 40 flights. Baggage handlers will strike for a "
            "week.",
            "Beta Post": "Velmora Air cancelled 40 flights. The baggage handlers will strike for a "
            "week.",
            "Gamma Daily": "Velmora Air cancelled 40 flights on Tuesday as baggage handlers said "
            "they will strike for a week.",
        },
    )
    long = "Velmora Air cancelled 40 flights on Tuesday as baggage handlers said they will "
    assert [v for v, texts in clusters if any(t.startswith(long) for t in texts)] == ["agree"]
    (joined,) = [texts for _, texts in clusters if any(t.startswith(long) for t in texts)]
    assert joined.count("Velmora Air cancelled 40 flights.") == 2
    (strike,) = [
        texts for _, texts in clusters if "Baggage handlers will strike for a week." in texts
    ]
    assert len(strike) == 2


def test_a_contained_pair_beside_another_figure_is_a_conflict_not_an_agreement(
    tmp_path: Path,
) -> None:
    """The linked pair sits in one cluster with the claim that gives another figure, and the
    judge compares them: a conflict, never a quiet agreement."""
    clusters = _clusters(
        tmp_path,
        {
            "Alpha News": "Velmora Air cancelled 40 flights.",
            "Beta Post": "Velmora Air cancelled 40 flights on Tuesday because of a strike by "
            "baggage handlers.",
            "Gamma Daily": "Velmora Air cancelled 60 flights on Tuesday.",
        },
    )
    assert [(v, len(texts)) for v, texts in clusters] == [("conflict", 3)]
