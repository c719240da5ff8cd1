"""Who did it: one act with two named doers, a doer described as one body or as one of
a country's services, and opposite acts on two different things."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.judge.roles import agents
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types, conflict_values

# --- who did it: one act of one thing with two named doers -----------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "doers"),
    [
        (
            "The walkout was called by the Harbour Pilots' Association.",
            "The walkout was called by the Coastal Transport Guild.",
            ("Harbour Pilots' Association", "Coastal Transport Guild"),
        ),
        (
            "The loan was arranged by finance director Oskar Lind.",
            "The loan was arranged by deputy mayor Rosa Delgado, who met the bank on Monday.",
            ("Oskar Lind", "Rosa Delgado"),
        ),
        (
            "The bombing was claimed by the Northern Front.",
            "The bombing was claimed by Red Dawn in a statement.",
            ("Northern Front", "Red Dawn"),
        ),
        (
            "The winning goal was scored by Ivo Maric.",
            "The winning goal was scored by Sami Haddad after a corner.",
            ("Ivo Maric", "Sami Haddad"),
        ),
    ],
)
def test_two_named_doers_of_one_act_conflict(
    text_a: str, text_b: str, doers: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.AGENT) == [doers]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same doer, named in full and by surname
        (
            "The loan was arranged by Oskar Lind.",
            "The loan was arranged by Lind's office in Malmo.",
        ),
        # an act many do at once
        (
            "The ruling was welcomed by the Harbour Pilots' Association.",
            "The ruling was welcomed by Governor Rosa Delgado.",
        ),
        # several doers on one side
        (
            "The loan was arranged by Oskar Lind and Rosa Delgado.",
            "The loan was arranged by Rosa Delgado.",
        ),
        # a name that only qualifies an unnamed doer
        (
            "The depot was seized by Northern Front fighters.",
            "The depot was seized by Red Dawn.",
        ),
        # a deadline, not a doer
        (
            "The loan was repaid by Friday.",
            "The loan was repaid by Monday.",
        ),
        # two different things acted on
        (
            "The bridge was built by Norvik Construction.",
            "The tunnel was built by Halden Works.",
        ),
        # what is done to a person named bare is done by many as often as not
        (
            "Lena Holm was profiled by the Harbour Gazette.",
            "Lena Holm was interviewed by Coast Radio.",
        ),
        ("Tomas Berg was coached by Ivo Maric.", "Tomas Berg was coached by Sami Haddad."),
        # a doer without a name may be either
        (
            "The walkout was called by the Harbour Pilots' Association.",
            "The walkout was called by union leaders.",
        ),
    ],
)
def test_doers_that_may_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.AGENT) == []


def test_two_doers_reach_the_judge_in_a_whole_story(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    # through the run's pair table (``ClaimTable.may_conflict``), not only one pair
    wire = "The walkout was called by the Harbour Pilots' Association.\n"
    paper = "The walkout was called by the Coastal Transport Guild.\n"
    folder = write_articles({"wire.txt": wire, "paper.txt": paper})
    found = conflict_clusters(build_report([folder]), ConflictType.AGENT)
    assert found == [{wire.strip(), paper.strip()}]


# --- opposite verbs on two named things: "sells software" / "to buy Arlo Networks" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Norvane sells software and data storage to businesses in 60 countries.",
            "Norvane is in talks to buy Tessaly Networks, a maker of network switches.",
        ),
        (
            "Pellam sells its vans across Europe.",
            "Pellam will buy Corvan Motors for 2 billion euros.",
        ),
        (
            "Brightwater sold its shares in the port last year.",
            "Brightwater bought Harcourt Shipping, the port's operator, in March.",
        ),
    ],
)
def test_opposite_verbs_on_a_named_object_and_another_thing(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # the same named thing after both verbs: one act and its opposite
        (
            "Kestrel sold its stake in Orla Mining.",
            "Kestrel bought its stake in Orla Mining.",
            [("sold", "bought")],
        ),
        (
            "The rebels released Ana Ruiz on Monday.",
            "The rebels detained Ana Ruiz on Monday.",
            [("released", "detained")],
        ),
        (
            "The ministry closed the Tarvo crossing on Monday.",
            "The ministry reopened the Tarvo crossing on Monday.",
            [("closed", "reopened")],
        ),
    ],
)
def test_opposite_verbs_on_one_named_object_still_conflict(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == expected


# --- a doer described as one body: "by the state fire agency" / "by the Redford Sheriff's
# Office" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The evacuation order was issued by the state fire agency.",
            "The evacuation order was issued by the Redford County Sheriff's Office.",
        ),
        (
            "The inquiry is being led by the national fraud unit.",
            "The inquiry is being led by the city police.",
        ),
        (
            "The contract was awarded by the regional transport authority.",
            "The contract was awarded by the national roads department.",
        ),
    ],
)
def test_two_bodies_doing_one_act_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one body in two descriptions: a word in common
        (
            "The inquiry is being led by the local police.",
            "The inquiry is being led by the city police.",
        ),
        (
            "The evacuation order was issued by the county sheriff's office.",
            "The evacuation order was issued by the Redford County Sheriff's Office.",
        ),
        # a bare "the police" or a crowd may be anyone
        ("The inquiry is being led by the police.", "The inquiry is being led by Scotland Yard."),
        (
            "The village was attacked by the armed men.",
            "The village was attacked by the Rival Front.",
        ),
        # several doers
        (
            "The inquiry is being led by the city police and the army.",
            "The inquiry is being led by the national fraud unit.",
        ),
    ],
)
def test_one_body_or_no_single_body_does_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


def test_a_body_before_a_noun_is_a_modifier_not_the_doer() -> None:
    assert agents("The plan was drawn up by the city council staff.") == ()
    assert [a.name for a in agents("The plan was drawn by the city council in May.")] == [
        "city council"
    ]


# --- one of a country's services as the doer: "by the navy" / "by the coastguard" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The search was led by the coastguard.", "The search was led by the navy."),
        ("The convoy was escorted by the army.", "The convoy was escorted by the navy."),
        (
            "The evacuation was organised by the army, which sent six lorries.",
            "The evacuation was organised by the gendarmerie.",
        ),
    ],
)
def test_two_services_doing_one_act_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one service
        ("The search was led by the navy.", "The search was led by the navy from Ravnsby."),
        # two doers on one side
        (
            "The convoy was escorted by the army and the navy.",
            "The convoy was escorted by the army.",
        ),
        # a service word before a noun is no doer ("navy divers")
        ("The wreck was searched by the navy divers.", "The wreck was searched by the coastguard."),
        # an act many do at once
        ("The plan was criticised by the army.", "The plan was criticised by the navy."),
        # a word of no service
        ("The search was led by the volunteers.", "The search was led by the navy."),
    ],
)
def test_one_service_or_no_lone_service_does_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)
