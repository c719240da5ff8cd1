"""Two counts of reports of one thing ("38 reports of kettles leaking" / "83 reports of
leaking had been received") in two articles of one story are one count: linked and compared
however far apart the figures are and whatever else the sentences say."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.figures import _FigureFacts, reported
from story_claims import conflict_values, two_articles

LEAD = "Kelmar Appliances is recalling 80,000 Brio kettles."


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Kelmar said it had received 38 reports of kettles leaking, including two burns.",
            "According to the firm, 83 reports of leaking had been received by June.",
        ),
        (
            "The regulator received 12 complaints about the lids cracking.",
            "By June, the regulator had received some 40 complaints about cracked lids.",
        ),
    ],
)
def test_two_counts_of_reports_of_one_thing_are_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == [(1, 3)]
    assert _links(text_a, text_b, same_story=False) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same count
        (
            "Kelmar said it had received 38 reports of kettles leaking.",
            "According to the firm, 38 reports of leaking had been received by June.",
        ),
        # reports of two things
        (
            "Kelmar said it had received 38 reports of kettles leaking.",
            "According to the firm, 83 reports of burns had been received by June.",
        ),
        # reports and complaints are counted apart
        (
            "Kelmar said it had received 38 reports of kettles leaking.",
            "Shops received 83 complaints about leaking kettles.",
        ),
        # reports of one thing in two places
        (
            "Kelmar received 38 reports of leaking in Orvik.",
            "Kelmar received 83 reports of leaking in Brenna.",
        ),
    ],
)
def test_other_counts_are_not_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == []


def test_reports_are_the_counted_thing() -> None:
    assert conflict_values(
        "Kelmar had received 38 reports of kettles leaking.",
        "Kelmar had received 83 reports of kettles leaking.",
    ) == [("38", "83")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kelmar had received 38 reports of kettles leaking, including two burns.", {"leak"}),
        ("The regulator logged 12 complaints about the noise.", {"nois"}),
        ("Kelmar sold 38 kettles of steel.", set()),
        ("Kelmar had received 38 reports.", set()),
    ],
)
def test_what_reports_are_of(text: str, words: set[str]) -> None:
    claim = parse.parse_statement(text, "a:1", "a")
    number = claim.numbers[0]
    found = reported(number, _FigureFacts(claim.text, number.text, number.counts))
    assert words <= found and (bool(words) == bool(found))
