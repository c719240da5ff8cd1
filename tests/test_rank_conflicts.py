"""Ranks: one party ranked at two places or at both ends for one thing, or two parties each
ranked first for it, conflict; a group ("one of the largest"), another thing or another
market do not."""

from __future__ import annotations

import re

import pytest

from claimtrack.judge.rank_links import rank_links
from claimtrack.judge.ranks import ranks
from claimtrack.judge.text import literal_screen
from story_claims import conflict_values, two_articles


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Norland is the second-largest exporter of steel to Vessia.",
            "Norland is the largest steel exporter to Vessia.",
            ("the second-largest exporter", "the largest steel exporter"),
        ),
        (
            "Ostrava is the largest exporter of steel to Vessia.",
            "Norland is the largest steel exporter to Vessia, followed by Ostrava.",
            ("the largest exporter", "the largest steel exporter"),
        ),
        (
            "Halvorsen was the biggest donor to the campaign.",
            "Amadi was the biggest donor to the campaign, filings show.",
            ("the biggest donor", "the biggest donor"),
        ),
        (
            "Kessler Foods is the third-largest grain buyer in the region.",
            "Kessler Foods is the largest grain buyer in the region.",
            ("the third-largest grain buyer", "the largest grain buyer"),
        ),
        # one party at the two ends of one ranking
        (
            "Norland is the largest steel exporter to Vessia.",
            "Norland is the smallest steel exporter to Vessia.",
            ("the largest steel exporter", "the smallest steel exporter"),
        ),
        (
            "The Tarn viaduct is the oldest bridge in the county.",
            "The Tarn viaduct is the youngest bridge in the county.",
            ("the oldest bridge", "the youngest bridge"),
        ),
        (
            "Keld Road has the highest crime rate in the city.",
            "Keld Road has the lowest crime rate in the city.",
            ("the highest crime rate", "the lowest crime rate"),
        ),
    ],
)
def test_ranks_that_cannot_both_hold_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one rank, two wordings
        (
            "Norland is the largest steel exporter to Vessia.",
            "Norland is the biggest exporter of steel to Vessia.",
        ),
        # a group has no rank
        (
            "Ostrava is one of the largest exporters of steel to Vessia.",
            "Norland is the largest steel exporter to Vessia.",
        ),
        # another thing ranked
        (
            "Ostrava is the largest exporter of coffee to Vessia.",
            "Norland is the largest steel exporter to Vessia.",
        ),
        # another market
        (
            "Ostrava is the largest exporter of steel to Brazil.",
            "Norland is the largest steel exporter to Vessia.",
        ),
        # two parties, neither first
        (
            "Ostrava is the second-largest exporter of steel to Vessia.",
            "Norland is the third-largest steel exporter to Vessia.",
        ),
        # two parties, one at each end: both may hold
        (
            "Norland is the largest steel exporter to Vessia.",
            "Ostrava is the smallest steel exporter to Vessia.",
        ),
        # not first at one end: "the second-largest" may also be the smallest of three
        (
            "Norland is the second-largest steel exporter to Vessia.",
            "Norland is the smallest steel exporter to Vessia.",
        ),
        # two things at opposite ends
        (
            "The Tarn viaduct is the oldest bridge in the county.",
            "The Tarn viaduct is the youngest listed structure in the county.",
        ),
    ],
)
def test_one_rank_groups_and_other_things_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


LEAD = "Vessia imposed tariffs on steel from Norland and Ostrava on Monday."


def test_two_parties_ranked_first_are_linked_across_articles_of_one_story() -> None:
    story = two_articles(
        LEAD,
        "Ostrava is the largest exporter of steel to Vessia.",
        "Norland is the largest steel exporter to Vessia.",
        same_story=True,
    )
    assert rank_links(*story) == [(1, 3)]
    apart = two_articles(
        LEAD,
        "Ostrava is the largest exporter of steel to Vessia.",
        "Norland is the largest steel exporter to Vessia.",
        same_story=False,
    )
    assert rank_links(*apart) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norland is THE LARGEST steel exporter to Vessia.",
        "Norland is the Largest steel exporter to Vessia.",
        "Norland, the largest steel exporter, resumed talks in Zürich.",  # not ASCII
    ],
)
def test_ranks_are_found_whatever_the_case_or_alphabet(text: str) -> None:
    found = ranks(text)
    assert [(r.rank, r.noun) for r in found] == [(1, ranks("the largest exporter")[0].noun)]


def test_literal_screen_lets_through_every_text_a_case_insensitive_search_may_match() -> None:
    screen = literal_screen(["Largest", "top"])
    assert not screen("Norland exports steel to Vessia.")
    assert screen("NORLAND IS THE LARGEST EXPORTER")
    assert screen("stopped")  # a screen, not the search: the words may stand inside others
    assert screen("Zürich has no such word")  # beyond ASCII, case folding is not lower()
    assert literal_screen(["Ⅻ"])("no such numeral")  # a non-ASCII word: always let through


@pytest.mark.parametrize(
    "text",
    [
        "The quay was relabelled last spring.",
        "Officials labelled it a rumour.",
        "It was the lowest tide.",
        "A lower deck flooded.",
        "They went to the top.",
        "He spoke to the crowd.",
        "Crews towed the barge.",
        "Nothing of the kind here.",
        "",
    ],
)
def test_literal_screen_passes_what_the_words_joined_as_one_search_find(text: str) -> None:
    # words that share their opening letters, and a word that opens another ("to", "top")
    words = ["label", "labelled", "labeled", "lowest", "lower", "leading", "to", "top", "tow"]
    search = re.compile("|".join(map(re.escape, words)))
    assert literal_screen(words)(text) is (search.search(text.lower()) is not None)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the superlative is what something was sold or offered to, not the subject
        (
            "Mum took to the streets with a sign offering to sell her bike to the highest bidder.",
            "Dunmore is a big port city in the north, with a sign offering to sell it to the "
            "highest bidder.",
        ),
        (
            "Halvorsen went to the market to sell the painting to the highest bidder.",
            "Amadi is a dealer who sold the painting to the highest bidder.",
        ),
        (
            "Halvorsen spoke with the largest donor to the campaign.",
            "Amadi is the largest donor to the campaign.",
        ),
    ],
)
def test_a_superlative_after_a_preposition_ranks_no_subject(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_a_superlative_in_an_apposition_still_ranks_its_subject() -> None:
    # the preposition rule must not reach "Norland, the largest ...": no preposition before
    assert conflict_values(
        "Norland, the largest steel exporter to Vessia, raised prices.",
        "Ostrava is the largest steel exporter to Vessia.",
    ) == [("the largest steel exporter", "the largest steel exporter")]


# --- graded steps of one scale: "a Category 4 storm" / "a Category 3 cyclone" ------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Hurricane Osla was a Category 5 storm when it made landfall.",
            "Osla hit the coast as a Category 4 hurricane.",
            ("Category 5", "Category 4"),
        ),
        (
            "Typhoon Rai was a Category Three typhoon at landfall.",
            "Rai came ashore as a Category 2 storm, forecasters said.",
            ("Category Three", "Category 2"),
        ),
        (
            "The Fenwick fire was declared a Level 3 emergency.",
            "The Fenwick fire was a Level 2 emergency.",
            ("Level 3", "Level 2"),
        ),
    ],
)
def test_one_thing_at_two_steps_of_a_scale_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a change to or from a step: another time
        ("Osla was upgraded to Category 5 overnight.", "Osla was a Category 4 hurricane."),
        ("Osla weakened from a Category 4 on Friday.", "Osla was a Category 2 storm."),
        # two storms
        ("Hurricane Osla was a Category 4 storm.", "Hurricane Vera was a Category 2 storm."),
        # the same step, two nouns
        ("Osla was a Category 4 storm.", "Osla was a Category 4 hurricane."),
        # a lower-case "level" names no scale
        ("The Marl river reached level 3 on the gauge.", "The Marl river stood at level 5."),
    ],
)
def test_steps_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_two_steps_of_one_thing_are_linked_across_the_articles_of_one_story() -> None:
    lead = "Hurricane Osla made landfall near Port Vane on Thursday."
    one = "Osla was a Category 4 storm when it reached land, with winds of 200 km/h."
    two = "Osla struck as a Category 3 hurricane, forecasters said."
    assert rank_links(*two_articles(lead, one, two, same_story=True)) == [(1, 3)]
    assert rank_links(*two_articles(lead, one, two, same_story=False)) == []
