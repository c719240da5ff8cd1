"""Two sums of one noun of data/amount_nouns.txt ("a fee of 30 million euros" / "the fee is
believed to be 36 million euros") in two articles of one story are one sum given twice:
linked and compared however far apart the figures are and whatever else the sentences
say. Two articles are one story also when a pair of their claims that the matcher scored
but did not match shares two names."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.figures import _FigureFacts, amount_noun
from claimtrack.match import ScoredPair
from claimtrack.normalize import normalize_claim, stem
from claimtrack.options import Options
from story_claims import conflict_values, two_articles

LEAD = "Striker Aron Dravik has signed for Norrholm from Kelby Town."


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Norrholm signed Dravik for a club-record fee of 30 million euros.",
            "The fee is believed to be 36 million euros, including bonuses.",
        ),
        (
            "Dravik moved for a fee of 30 million euros after a long summer of talks.",
            "The transfer fee of 45 million euros will be paid in three instalments.",
        ),
        (
            "The regulator imposed a fine of $12 million on the airline.",
            "The fine imposed on the airline was $20 million, the largest in years.",
        ),
    ],
)
def test_two_sums_of_one_noun_are_linked_in_one_story(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == [(1, 3)]
    assert _links(text_a, text_b, same_story=False) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same sum
        (
            "Norrholm signed Dravik for a fee of 30 million euros.",
            "The fee is believed to be 30 million euros.",
        ),
        # a bid is not the fee (a story has several)
        (
            "Norrholm signed Dravik for a fee of 30 million euros.",
            "Kelby Town rejected a bid of 20 million euros in June.",
        ),
        # the noun far from the figure
        (
            "The fee was not disclosed, but Norrholm expects to spend 50 million euros on"
            " players this summer.",
            "Norrholm signed Dravik for a fee of 30 million euros.",
        ),
        # a count, not a sum
        (
            "Norrholm signed Dravik for a fee of 30 million euros.",
            "The fee will be paid by 4 sponsors.",
        ),
    ],
)
def test_other_sums_are_not_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == []


def test_a_record_fee_and_the_fee_are_one_sum() -> None:
    assert conflict_values(
        "Norrholm signed Dravik for a club-record fee of 30 million euros.",
        "Norrholm signed Dravik for a fee of 36 million euros.",
    ) == [("30 million", "36 million")]
    # a record time and a time are still two figures
    assert (
        conflict_values(
            "Dravik ran the course in a record 12 minutes.", "Dravik ran the course in 14 minutes."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Norrholm signed Dravik for a fee of 30 million euros.", "fee"),
        ("The fine imposed on the airline was $20 million.", "fine"),
        ("Norrholm paid 30 million for the striker.", None),
        ("Both the fee plus his salary come to 30 million euros.", None),
        ("Norrholm has 30 million fans.", None),
    ],
)
def test_the_noun_a_sum_is_of(text: str, noun: str | None) -> None:
    claim = parse.parse_statement(text, "a:1", "a")
    number = claim.numbers[0]
    found = amount_noun(number, _FigureFacts(claim.text, number.text, number.counts))
    assert found == (stem(noun) if noun else None)


def _story_by_names(lead_b: str) -> list[tuple[int, int]]:
    """Article b leads with ``lead_b``; the two leads were scored but not matched."""
    texts = [
        ("a", "Aron Dravik has joined Norrholm from Kelby Town after weeks of talks."),
        ("a", "Norrholm signed Dravik for a fee of 30 million euros."),
        ("b", lead_b),
        ("b", "The fee is believed to be 36 million euros, including bonuses."),
    ]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(texts)
    ]
    keys = [normalize_claim(c) for c in claims]
    arrays = judge.ScoredArrays([ScoredPair(0, 2, 20.0, 40.0, shared=2)], Options())
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


def test_articles_whose_scored_claims_share_two_names_are_one_story() -> None:
    assert _story_by_names("Aron Dravik was unveiled by Norrholm on Tuesday.") == [(1, 3)]
    # one name shared: not enough
    assert _story_by_names("Aron Dravik scored twice for his country on Tuesday.") == []
