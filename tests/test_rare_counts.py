"""Two counts of a noun few claims of the run count, in one frame, are put side by side
(``judge.links.rare_count_pairs``, part of ``figure_links``), and a count of things found is
a floor of how many there are (``judge.figures._found_beyond_kept``)."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.links import RARE_COUNT, rare_count_pairs
from claimtrack.match.pairs import ScoredPair
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from pair_helpers import scored
from story_claims import conflict_values

LEAD = "Archaeologists have found a Roman bathhouse under a car park in Cressford."


def _links(text_a: str, text_b: str) -> list[tuple[int, int]]:
    """``figure_links`` of two articles of one story (their leads matched), each with one
    more claim; the two claims scored as the pipeline scores them."""
    texts = [("a", LEAD), ("a", text_a), ("b", LEAD), ("b", text_b)]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(texts)
    ]
    keys = [normalize_claim(c) for c in claims]
    pair = scored(text_a, text_b)
    pairs = [
        ScoredPair(0, 2, 100.0, 100.0, shared=8),
        ScoredPair(
            1,
            3,
            pair.score,
            pair.similarity,
            pair.vetoed,
            pair.shared,
            pair.other_events,
            pair.other_parties,
        ),
    ]
    arrays = judge.ScoredArrays(pairs, Options())
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The bathhouse had five rooms, including a hot room heated from below.",
            "Seven rooms have been traced so far, among them a hot room with its underfloor "
            "heating still in place.",
        ),
        # figures too far apart for a tie by the words before them alone
        ("The villa had nine bedrooms.", "The villa had twelve bedrooms, the agent said."),
        ("The site has yielded 30 coins.", "Diggers have found 45 coins at the site."),
    ],
)
def test_two_counts_of_a_rare_noun_in_one_frame_are_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == [(1, 3)]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two different things counted
        ("The villa had nine bedrooms.", "The villa had twelve bathrooms."),
        # one count in two different years
        (
            "Surveyors counted nine bedrooms at the villa in 1990.",
            "The villa had twelve bedrooms in 2020.",
        ),
        # two places
        ("The villa at Harlow had nine bedrooms.", "The villa at Pemberton had twelve bedrooms."),
        # people: counted in too many facts of a story to be tied by the noun
        ("The villa had nine residents.", "The villa had twelve residents."),
        # what there is and what was done to some of them
        (
            "The bathhouse had five rooms.",
            "Seven rooms were booked for the bathhouse visitors at the inn.",
        ),
        # the same count
        ("The villa had nine bedrooms.", "The villa had nine bedrooms, the agent said."),
    ],
)
def test_counts_of_other_things_or_occasions_are_not_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == []


def test_a_noun_many_claims_count_ties_no_pair() -> None:
    pairs = [ScoredPair(0, 1, 10.0, 100.0), ScoredPair(2, 3, 10.0, 100.0)]
    arrays = judge.ScoredArrays(pairs, Options())
    keys = [normalize_claim(parse.parse_statement("The villa had nine bedrooms.", "x", "x"))] * 4
    article = [0, 1, 2, 3]
    assert rare_count_pairs({(None, "bedroom"): [0, 1]}, keys, arrays, article) == {
        (0, 1): f"{RARE_COUNT} bedroom"
    }
    assert rare_count_pairs({(None, "bedroom"): [0, 1, 2, 3]}, keys, arrays, article) == {}
    # a unit: measured, not counted
    assert rare_count_pairs({("km", "bedroom"): [0, 1]}, keys, arrays, article) == {}


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("The bathhouse had five rooms.", "Seven rooms have been traced.", ("five", "Seven")),
        (
            "The villa had five rooms.",
            "Seven rooms have been uncovered so far.",
            ("five", "Seven"),
        ),
        ("The mine had four shafts.", "Six shafts were located.", ("four", "Six")),
    ],
)
def test_more_found_than_there_are_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # fewer found: a part of them
        ("The bathhouse had five rooms.", "Three rooms have been traced."),
        ("The ship carried 300 passengers.", "34 passengers have been found."),
        # an act done to some of them, not a finding
        ("The plant employs about 340 people.", "34 people were treated in hospital."),
        ("The hotel has 80 rooms.", "120 rooms were booked for the conference."),
    ],
)
def test_fewer_found_or_other_acts_are_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []
