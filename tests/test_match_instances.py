"""Another thing of one kind (``match.instances``): "a smaller fire", "a separate team",
"another strike" against "the fire", "the team", "the strike"; "its next decision" against
"the decision". Such pairs never make one fact, and the judge sets none of their figures or
dates against each other. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimtrack import match
from claimtrack.match.instances import (
    instance_marker,
    instances_apart,
    next_heads,
    next_occasion_apart,
    other_instance_apart,
    scope_apart,
    scope_group,
)
from claimtrack.normalize import normalize_text
from claimtrack.options import Options
from claimtrack.pipeline import build_report

OTHER_INSTANCES = [
    (
        "A smaller fire near Dunhollow burned about 200 acres in June before crews put it out.",
        "The fire has burned 6,400 acres since it broke out on Friday.",
    ),
    (
        "A separate team rescued two walkers on Mount Brisk on Tuesday.",
        "The team reached the stranded skiers on Wednesday morning.",
    ),
    (
        "Another strike at the Orlen plant lasted nine days.",
        "The strike at the Orlen plant has lasted four days.",
    ),
    (
        "An earlier audit found 40 missing laptops.",
        "The audit found 65 missing laptops, the council said.",
    ),
    (
        "A similar flood in the town killed six people.",
        "The flood killed 11 people in the town.",
    ),
]

NOT_OTHER_INSTANCES = [
    # both marked
    ("A second fire broke out near Tarrow.", "A second blaze broke out near Tarrow."),
    # the other holds the marker word too
    ("A second fire broke out near Tarrow.", "The second fire was contained by Sunday."),
    # a figure after the marker adds to a count
    ("Another 300 residents were told to leave.", "The residents were told to leave."),
    # a comparison measures the one thing
    ("A larger crowd than expected gathered in the square.", "The crowd gathered in the square."),
    # the other does not name the thing
    ("A separate team rescued a hiker on Mount Brisk.", "A hiker was carried down the mountain."),
    # no marker at the start
    ("Crews fought the fire through the night.", "The fire has burned 6,400 acres."),
    # "a new law" is most often the law the story tells
    ("A new law bans phones in class.", "The law bans phones in class from May."),
]


@pytest.mark.parametrize(("text_a", "text_b"), OTHER_INSTANCES)
def test_another_thing_of_a_kind_is_never_one_fact(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert other_instance_apart(keys[0], keys[1]) and other_instance_apart(keys[1], keys[0])
    options = Options()
    for pair in match.score_pairs(np.array([[0, 1]]), keys, options):
        assert pair.other_parties
        assert not match.same_fact(pair, options)


@pytest.mark.parametrize(("text_a", "text_b"), NOT_OTHER_INSTANCES)
def test_no_other_thing_is_called_without_its_mark(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not other_instance_apart(keys[0], keys[1])
    assert not other_instance_apart(keys[1], keys[0])


def test_the_marker_and_its_noun() -> None:
    assert instance_marker(normalize_text("A smaller fire near Dunhollow burned.").surface)[0] == (
        "smaller"
    )
    assert instance_marker(normalize_text("Another strike began.").surface)[0] == "another"
    assert instance_marker(normalize_text("Another 40 people left.").surface) == ("", ())
    assert instance_marker(normalize_text("The smaller fire burned.").surface) == ("", ())


NEXT_OCCASIONS = [
    (
        "The board will announce its next decision on March 3.",
        "Chair Lena Osk announced the decision at a news conference on Tuesday.",
    ),
    (
        "The next policy meeting is due on 9 June.",
        "The policy meeting ended with a vote to hold rates.",
    ),
    (
        "The next inspection of the dam is planned for spring.",
        "The inspection of the dam found two cracks.",
    ),
]

NOT_NEXT_OCCASIONS = [
    # both tell the next one
    (
        "The board will announce its next decision on March 3.",
        "The next decision is due on 3 March.",
    ),
    # a shared figure may tell the same occasion
    (
        "The next meeting will be held on May 12.",
        "The meeting on May 12 will discuss the budget.",
    ),
    # "next" sets a time
    ("The talks will resume next week.", "The talks resumed on Monday."),
    ("Dorvia will skip next week's talks in Ostend.", "Dorvia would not attend the talks."),
    ("The council will vote next Friday.", "The council vote was held on Friday."),
    # the other does not name the thing
    ("The board will announce its next decision on March 3.", "Rates rose on Tuesday."),
]


@pytest.mark.parametrize(("text_a", "text_b"), NEXT_OCCASIONS)
def test_the_next_occasion_is_never_the_one_told(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert next_occasion_apart(keys[0], keys[1]) and next_occasion_apart(keys[1], keys[0])
    assert instances_apart(keys[0], keys[1])


@pytest.mark.parametrize(("text_a", "text_b"), NOT_NEXT_OCCASIONS)
def test_no_next_occasion_is_called_where_it_may_be_one(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not next_occasion_apart(keys[0], keys[1])
    assert not next_occasion_apart(keys[1], keys[0])


def test_next_heads() -> None:
    assert "decision" in next_heads(normalize_text("its next policy decision is due").surface)
    assert next_heads(normalize_text("They meet next week.").surface) == ()
    assert next_heads(normalize_text("They meet next Friday.").surface) == ()


ARTICLES = {
    "ridge.txt": (
        "The Tarn Ridge fire has burned 6,400 acres since it broke out on Friday, the forestry "
        "office said.\n\n"
        "A smaller fire near Dunhollow burned about 200 acres in June before crews put it out.\n"
    ),
    "valley.txt": (
        "The fire has scorched roughly 6,400 acres of scrub and forest, the fire chief said.\n\n"
        "The board will announce its next decision on the evacuation order on March 3.\n"
    ),
    "courier.txt": (
        "The Tarn Ridge fire has burned some 6,400 acres, officials said.\n\n"
        "County chair Lena Osk announced the decision on the evacuation order on Tuesday.\n"
    ),
}


def test_another_fire_stays_out_of_the_fire_s_cluster(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([tmp_path])
    texts = {c.id: c.text for c in report.claims}
    assert not [c for cluster in report.clusters for c in cluster.conflicts]
    for cluster in report.clusters:
        members = [texts[i] for i in cluster.claim_ids]
        smaller = ["smaller" in t for t in members]
        assert all(smaller) or not any(smaller)
        nxt = ["next" in t for t in members]
        assert all(nxt) or not any(nxt)
    assert any(
        len(cluster.claim_ids) >= 2 and all("6,400" in texts[i] for i in cluster.claim_ids)
        for cluster in report.clusters
    )


NEIGHBOURING = [
    (
        "The neighbouring Bank of Tessaly cut its rate by half a point in May.",
        "The bank last cut rates in May 2021, by half a point.",
    ),
    (
        "The neighboring town of Orrin was also told to leave.",
        "Residents of the town were told to leave on Friday.",
    ),
    (
        "The nearby plant in Halvik shut down for two days.",
        "The plant has been shut since Tuesday.",
    ),
]

NOT_NEIGHBOURING = [
    # both marked
    (
        "The neighbouring Bank of Tessaly cut its rate.",
        "The neighbouring bank cut its rate in May.",
    ),
    # the mark later in the claim: the claim is about the thing the story tells
    ("The bank cut its rate, as did a neighbouring lender.", "The bank cut its rate in May."),
    # the other does not name the thing
    ("The neighbouring Bank of Tessaly cut its rate.", "Rates fell by half a point in May."),
]


@pytest.mark.parametrize(("text_a", "text_b"), NEIGHBOURING)
def test_the_neighbouring_thing_is_another(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert other_instance_apart(keys[0], keys[1]) and other_instance_apart(keys[1], keys[0])
    assert instances_apart(keys[0], keys[1])


@pytest.mark.parametrize(("text_a", "text_b"), NOT_NEIGHBOURING)
def test_no_neighbour_is_called_without_its_mark(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not other_instance_apart(keys[0], keys[1])
    assert not other_instance_apart(keys[1], keys[0])


TWO_GROUPS = [
    (
        "In the treatment group, 7 percent of patients had a stroke during the trial.",
        "In the control group, 10.5 percent of patients had a stroke.",
    ),
    (
        "Among the younger voters, 61 percent backed the plan.",
        "Among the older voters, 48 percent backed the plan.",
    ),
    (
        "In the first quarter, sales at Brenlow rose 4 percent.",
        "In the second quarter, sales at Brenlow rose 6 percent.",
    ),
]

NOT_TWO_GROUPS = [
    # one group
    (
        "In the treatment group, 7 percent of patients had a stroke.",
        "In the treatment group, about 7 percent had a stroke during the trial.",
    ),
    # two nouns: no telling they are two groups
    (
        "In the treatment group, 7 percent of patients had a stroke.",
        "In the treatment arm, 7 percent of patients had a stroke.",
    ),
    # only one claim opens on a group
    (
        "In the treatment group, 7 percent of patients had a stroke.",
        "Seven percent of patients in the treatment group had a stroke.",
    ),
    # a figure, not a word, before the noun
    ("In the 2019 season, Brenlow won 12 games.", "In the 2020 season, Brenlow won 9 games."),
]


@pytest.mark.parametrize(("text_a", "text_b"), TWO_GROUPS)
def test_two_groups_of_one_noun_are_two_facts(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert scope_apart(keys[0], keys[1]) and scope_apart(keys[1], keys[0])
    options = Options()
    for pair in match.score_pairs(np.array([[0, 1]]), keys, options):
        assert pair.other_parties
        assert not match.same_fact(pair, options)


@pytest.mark.parametrize(("text_a", "text_b"), NOT_TWO_GROUPS)
def test_one_group_or_no_group_is_left_alone(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not scope_apart(keys[0], keys[1])
    assert not scope_apart(keys[1], keys[0])


def test_scope_group() -> None:
    assert scope_group(normalize_text("In the drug group, 9% were ill.").surface) == (
        "drug",
        "group",
    )
    assert scope_group(normalize_text("In the 2019 season, they won 12.").surface) == ("", "")
    assert scope_group(normalize_text("The drug group had 9% ill.").surface) == ("", "")
