"""Who did it, told in the active voice: one act on one thing with two named doers as the
claims' subjects ("Hamas fired the rockets" / "Islamic Jihad fired the rockets") is an
AGENT conflict (judge/doers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, parse
from claimtrack.judge.doers import doer, doer_conflicts
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types

TWO_DOERS = [
    (
        "The Nortal Front fired the rockets at Ashby on Tuesday.",
        "The Karsk Brigade fired the rockets at Ashby on Tuesday.",
    ),
    ("Anna Novak won the election in Brelsk.", "Tomas Berger won the election in Brelsk."),
    (
        "Fighters of the Nortal Front shelled the Vessa market on Sunday.",
        "The Karsk Brigade shelled the Vessa market on Sunday.",
    ),
    ("Dravo Group bought the Kelmin steelworks.", "Ostrava Holdings bought the Kelmin steelworks."),
    # two countries
    ("Russia shelled the port of Vessa on Monday.", "Ukraine shelled the port of Vessa on Monday."),
    # two nationalities' troops, police or forces (data/party_nouns.txt)
    ("Chilean troops shelled the Vessa bridge.", "Peruvian troops shelled the Vessa bridge."),
    ("Danish police arrested the suspect in Brelsk.", "Swedish police arrested the suspect."),
    ("Chilean forces shelled the bridge on Monday.", "The Peruvian army shelled the bridge."),
    ("Greek border guards seized the boat.", "Turkish coast guards seized the boat."),
    # a country's soldiers or the government's, and the insurgents (data/party_sides.txt)
    ("Chilean soldiers killed the commander.", "Rebel fighters killed the commander."),
    (
        "Government troops shelled the Vessa bridge.",
        "Separatist fighters shelled the Vessa bridge.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), TWO_DOERS)
def test_one_act_with_two_named_doers_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one party by two names (the alias table)
        ("Tehran suspended the talks on Monday.", "Iran suspended the talks on Monday."),
        # one name inside the other
        ("Mayor Anna Novak won the election.", "Anna Novak won the election in Brelsk."),
        ("The Nortal Front fired the rockets.", "Nortal Front gunmen fired the rockets."),
        # no name: a description may be either party
        ("The Nortal Front fired the rockets.", "Government troops fired the rockets."),
        ("The Nortal Front fired the rockets.", "Chilean troops fired the rockets."),
        ("Troops shelled the bridge.", "Chilean troops shelled the bridge."),
        # one nationality's parties, or the government's and a country's troops
        ("Chilean troops shelled the bridge.", "Chilean forces shelled the bridge."),
        ("Chilean troops shelled the bridge.", "The Chilean army shelled the bridge."),
        ("Government troops shelled the bridge.", "Chilean troops shelled the bridge."),
        ("Government troops shelled the bridge.", "The army shelled the bridge."),
        # one side by two names, and a country's rebels
        ("Rebel fighters shelled the bridge.", "Separatist fighters shelled the bridge."),
        ("Chilean rebel fighters shelled the bridge.", "Rebel fighters shelled the bridge."),
        # a people or a region, which may be part of a nationality's party
        ("Kurdish fighters seized the town.", "Syrian troops seized the town."),
        ("Scottish soldiers seized the bridge.", "British soldiers seized the bridge."),
        # a country and a nationality (it may be its own)
        ("Russia shelled the bridge.", "Russian troops shelled the bridge."),
        # no noun of a party, or two nationalities in one claim
        ("Chilean farmers blocked the road.", "Peruvian farmers blocked the road."),
        (
            "Chilean troops shelled the bridge.",
            "Peruvian troops, backed by Chilean jets, shelled the bridge.",
        ),
        ("Chilean and Peruvian troops shelled the bridge.", "Bolivian troops shelled the bridge."),
        # acts of saying and acts many do at once
        ("Chilean officials confirmed the deaths.", "Peruvian officials confirmed the deaths."),
        ("Chilean officials condemned the attack.", "Peruvian officials condemned the attack."),
        # two parties in one subject
        ("Anna Novak and Tomas Berger won the award.", "Lena Brandt won the award."),
        # a country and someone who acts for it
        (
            "Russia shelled the port of Vessa on Monday.",
            "General Ivo Marek's forces shelled the port of Vessa on Monday.",
        ),
        # a thing shown by a body and by the people who speak for it
        (
            "Arlo Systems unveiled the new phone in Oslo.",
            "Chief executive Ana Ruiz unveiled the new phone in Oslo.",
        ),
        # an indefinite object: one of many
        ("The Nortal Front fired a rocket at Ashby.", "The Karsk Brigade fired a rocket at Ashby."),
        # acts many parties do at once, and acts two do together
        (
            "The government of Ireland condemned the attack.",
            "The government of Norway condemned the attack.",
        ),
        ("The government of Ireland backed the plan.", "The government of Norway backed the plan."),
        ("The Norland government signed the treaty.", "The Ostmark government signed the treaty."),
        ("The Norland squad played the final.", "The Ostmark squad played the final."),
        # verbs of saying
        ("Anna Novak told the newspaper.", "Tomas Berger told the newspaper."),
        ("Anna Novak explained the plan.", "Tomas Berger explained the plan."),
        # two acts
        ("Anna Novak won the election.", "Tomas Berger lost the election."),
        # a denial
        ("Anna Novak won the election.", "Tomas Berger did not win the election."),
    ],
)
def test_one_doer_or_acts_of_many_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Nortal Front claimed responsibility for the bombing in a video posted online.",
            "The Karsk Brigade claimed responsibility for the bombing on Tuesday.",
        ),
        (
            "A group calling itself Grey Lantern has claimed responsibility for the hack.",
            "The criminal gang Ferrowind claimed responsibility for the hack in a message.",
        ),
        # two ways of owning up to one act
        (
            "The Nortal Front took credit for the raid on the depot.",
            "The Karsk Brigade claimed responsibility for the raid on the depot.",
        ),
        # a description that gives the party's name after "called", "known as", "named"
        (
            "A criminal gang called Ferrowind claimed responsibility for the hack on Monday.",
            "A hacking group known as Stone Owl claimed responsibility for the hack.",
        ),
        (
            "An armed group named the Karsk Brigade fired the rockets at Ashby.",
            "The Nortal Front fired the rockets at Ashby on Tuesday.",
        ),
        (
            "A firm called Orvel Foods ran the stall, inspectors said.",
            "A caterer known as Tasca Kitchens ran the stall.",
        ),
    ],
)
def test_two_parties_owning_up_to_one_act_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one party by two names
        (
            "The Nortal Front claimed responsibility for the bombing.",
            "Nortal Front fighters claimed responsibility for the bombing.",
        ),
        # two acts owned up to
        (
            "The Nortal Front claimed responsibility for the bombing.",
            "The Karsk Brigade claimed responsibility for the kidnapping.",
        ),
        # an indefinite object: one of many
        (
            "The Nortal Front claimed responsibility for an attack in Ashby.",
            "The Karsk Brigade claimed responsibility for an attack in Ashby.",
        ),
        # a denial is not owning up
        (
            "The Nortal Front claimed responsibility for the bombing.",
            "The Karsk Brigade denied responsibility for the bombing.",
        ),
        # another noun after "claimed": what a party claims, not an act it owns
        (
            "The Nortal Front claimed victory for the people of Ashby.",
            "The Karsk Brigade claimed victory for the people of Ashby.",
        ),
        # one party, described and then named, or named and then described
        (
            "A hacking group known as Stone Owl claimed responsibility for the hack.",
            "Stone Owl claimed responsibility for the hack in a post.",
        ),
        (
            "A hacking group known as Stone Owl claimed responsibility for the hack.",
            "Stone Owl, a criminal gang, claimed responsibility for the hack.",
        ),
        # a named thing, not a party: no name right after "called"
        (
            "A group called for calm after the attack on the depot.",
            "The Karsk Brigade claimed responsibility for the attack on the depot.",
        ),
        # two acts, or an indefinite object
        (
            "A gang called Ferrowind claimed responsibility for the hack.",
            "A gang called Stone Owl claimed responsibility for the blackout.",
        ),
        (
            "A gang called Ferrowind claimed responsibility for an attack.",
            "A gang called Stone Owl claimed responsibility for an attack.",
        ),
    ],
)
def test_owning_up_by_one_party_or_to_two_acts_does_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


def test_a_doer_is_a_named_subject_before_its_act() -> None:
    found = doer(parse.parse_statement("Dravo Group bought the Kelmin steelworks.", "a:1", "a"))
    assert found is not None
    assert found.name == "Dravo Group"
    assert found.written == "bought the Kelmin steelworks"
    denied = parse.parse_statement("Troops shelled the market.", "a:1", "a")
    assert doer(denied) is None
    party = doer(parse.parse_statement("The Peruvian riot police cleared the square.", "a:1", "a"))
    assert party is not None
    assert party.name == "The Peruvian riot police"
    assert party.written == "cleared the square"


def test_two_doers_of_one_act_conflict_in_a_report(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    """Through the whole pipeline: claims naming two parties are kept apart as two acts,
    unless they tell one act on one thing."""
    one = "Anna Novak won the mayoral election in Brelsk on Sunday."
    other = "Tomas Berger won the mayoral election in Brelsk on Sunday."
    folder = write_articles({"wire.txt": one + "\n", "paper.txt": other + "\n"})
    assert conflict_clusters(build_report([folder]), ConflictType.AGENT) == [{one, other}]


def test_a_denied_claim_names_no_doer_of_the_act() -> None:
    """A claim the parser marks as denied ("X denied that ...") says the act was not done,
    whatever its words: the negation rules judge it, not this one."""
    one = parse.parse_statement("Anna Novak won the election in Brelsk.", "a:1", "a")
    other = parse.parse_statement("Tomas Berger won the election in Brelsk.", "b:1", "b")
    assert doer_conflicts(one, doer(one), other, doer(other))
    denied = other.model_copy(update={"negated": True})
    assert doer_conflicts(one, doer(one), denied, doer(denied)) == []


def test_two_nationalities_troops_conflict_in_a_report(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    """Through the whole pipeline: one act on one thing told of two countries' troops."""
    one = "Chilean troops shelled the bridge over the Vessa river on Tuesday."
    other = "Peruvian troops shelled the bridge over the Vessa river on Tuesday."
    folder = write_articles({"wire.txt": one + "\n", "paper.txt": other + "\n"})
    assert conflict_clusters(build_report([folder]), ConflictType.AGENT) == [{one, other}]


# --- a passive's doer against an active's: "was ordered by X" / "Y ordered the evacuation" -----


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The evacuation was ordered by the state disaster agency on Tuesday.",
            "Premier Ivo Tamsin ordered the evacuation on Tuesday.",
        ),
        (
            "The raid was led by Colonel Ivo Brandt.",
            "Major Lena Koss led the raid on the compound.",
        ),
        (
            "The merger was approved by the Harlow Commission last week.",
            "The Trade Authority approved the merger.",
        ),
        (
            "The strike was organised by the Rail Drivers Union.",
            "The Dock Staff Federation organised the strike on Monday.",
        ),
    ],
)
def test_a_passives_doer_and_an_actives_subject_for_one_act_conflict(
    text_a: str, text_b: str
) -> None:
    assert conflict_types(text_a, text_b) == {ConflictType.AGENT}
    assert conflict_types(text_b, text_a) == {ConflictType.AGENT}


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one doer, told both ways
        (
            "The evacuation was ordered by the disaster agency.",
            "The disaster agency ordered the evacuation.",
        ),
        (
            "The evacuation was ordered by Governor Amy Lee.",
            "Governor Lee ordered the evacuation of the coast.",
        ),
        # an act many do at once
        ("The plan was criticised by Senator Ruiz.", "Senator Holt criticised the plan."),
        # two acts
        (
            "The evacuation was ordered by the state disaster agency.",
            "Governor Amy Lee ordered a review.",
        ),
        # a denial: the negation rules judge it
        (
            "The evacuation was not ordered by the state disaster agency.",
            "Governor Amy Lee ordered the evacuation.",
        ),
    ],
)
def test_one_doer_told_in_two_voices_or_two_acts_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


def test_a_passives_doer_reads_as_the_active_act() -> None:
    found = doer(
        parse.parse_statement(
            "The evacuation was ordered by the state disaster agency.", "a:1", "a"
        )
    )
    assert found is not None
    assert (found.name, found.written, found.passive) == (
        "state disaster agency",
        "ordered the evacuation",
        True,
    )
    # a subject with no determiner is a person or a body: done to it by many
    assert doer(parse.parse_statement("Ruiz was hired by Arden Group.", "a:1", "a")) is None


def test_a_passive_and_an_active_doer_conflict_in_a_report(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    one = "The evacuation of Marrow Bay was ordered by the state disaster agency on Tuesday."
    other = "Premier Ivo Tamsin ordered the evacuation of Marrow Bay on Tuesday."
    folder = write_articles({"wire.txt": one + "\n", "paper.txt": other + "\n"})
    assert conflict_clusters(build_report([folder]), ConflictType.AGENT) == [{one, other}]


def test_two_passives_doers_are_one_conflict_not_two() -> None:
    """``agent_conflicts`` compares two passives' doers; the doer rule leaves them to it."""
    one = parse.parse_statement(
        "The evacuation was ordered by the state disaster agency.", "a:1", "a"
    )
    other = parse.parse_statement("The evacuation was ordered by Premier Ivo Tamsin.", "b:1", "b")
    assert doer_conflicts(one, doer(one), other, doer(other)) == []
    assert conflict_types(one.text, other.text) == {ConflictType.AGENT}


# --- a body described without a name: "The regional council" / "The transport ministry" -----


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The regional council ordered the closure.",
            "The transport ministry ordered the closure.",
        ),
        ("The harbour police seized the boat.", "The border agency seized the boat."),
        ("The county court blocked the merger.", "The competition regulator blocked the merger."),
        # a passive's doer and a described body
        (
            "The closure was ordered by the regional council.",
            "The transport ministry ordered the closure.",
        ),
    ],
)
def test_one_act_by_two_described_bodies_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one body, written shorter, or a body's noun alone (anyone's)
        ("The council ordered the closure.", "The regional council ordered the closure."),
        ("The police seized the boat.", "The border agency seized the boat."),
        # a body and a name: the body may be the named party's
        ("The army fired the rockets.", "The Nortal Front fired the rockets."),
        # an umbrella body that may act through the other (not in data/body_heads.txt)
        ("The government ordered the closure.", "The transport ministry ordered the closure."),
        # two acts
        (
            "The regional council approved the budget.",
            "The transport ministry ordered the closure.",
        ),
        # a noun of no body
        ("The local residents blocked the road.", "The regional council blocked the road."),
    ],
)
def test_described_bodies_that_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)


STAND_INS = [
    (
        "Deputy mayor Lena Ostrow announced the budget in Harwick, standing in for Mayor"
        " Tomas Brill.",
        "Mayor Tomas Brill announced the budget at a press conference on Tuesday.",
    ),
    (
        "Vice chair Rosa Kettel opened the session on Monday, filling in for Chair Ivo Marsh.",
        "Ivo Marsh opened the session on Monday.",
    ),
    (
        "Coach Dara Finn accepted the trophy in place of Omar Lutz.",
        "Omar Lutz accepted the trophy at the ceremony.",
    ),
    (
        "Senator Ada Kross unveiled the report instead of Senator Piet Holm.",
        "Senator Piet Holm unveiled the report in Corvel.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), STAND_INS)
def test_a_stand_in_and_the_party_stood_in_for_conflict(text_a: str, text_b: str) -> None:
    """A stand-in phrase ("standing in for X", "in place of X") says X did not do the act,
    even an act several parties do alike (announcing, unveiling) and though the claim names
    X: a claim that X did it is an AGENT conflict."""
    assert ConflictType.AGENT in conflict_types(text_a, text_b)
    assert ConflictType.AGENT in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # no stand-in: two parties announcing one thing may both have announced it
        (
            "Deputy mayor Lena Ostrow announced the budget in Harwick.",
            "Mayor Tomas Brill announced the budget at a press conference on Tuesday.",
        ),
        ("Anna Novak welcomed the ruling.", "Tomas Berger welcomed the ruling."),
        # the stand-in is for someone else than the other claim's doer
        (
            "Deputy mayor Lena Ostrow announced the budget, standing in for Mayor Tomas Brill.",
            "Councillor Ida Senn announced the budget on Tuesday.",
        ),
        # the other claim tells another act
        (
            "Deputy mayor Lena Ostrow announced the budget, standing in for Mayor Tomas Brill.",
            "Mayor Tomas Brill criticised the budget on Tuesday.",
        ),
        # the other claim names the stand-in too: one account
        (
            "Deputy mayor Lena Ostrow announced the budget, standing in for Mayor Tomas Brill.",
            "Mayor Tomas Brill announced the budget with Lena Ostrow at his side.",
        ),
        # "on behalf of": who acts for another lets the other be said to act
        (
            "Deputy mayor Lena Ostrow announced the budget on behalf of Mayor Tomas Brill.",
            "Mayor Tomas Brill announced the budget on Tuesday.",
        ),
        # what was said is no act on a thing
        (
            "Lena Ostrow said the budget was late, standing in for Tomas Brill.",
            "Tomas Brill said the budget was late.",
        ),
    ],
)
def test_no_stand_in_conflict_without_one_act_and_the_party_stood_in_for(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.AGENT not in conflict_types(text_a, text_b)
    assert ConflictType.AGENT not in conflict_types(text_b, text_a)


def test_a_stand_in_doer_reads_the_name_without_its_title() -> None:
    found = doer(
        parse.parse_statement(
            "Deputy mayor Lena Ostrow announced the budget, standing in for Mayor Tomas Brill.",
            "a:1",
            "a",
        )
    )
    assert found is not None
    assert found.shared
    assert found.stood_in_for == frozenset({"tomas", "brill"})
    assert doer(parse.parse_statement("Hamas said the rockets were fired.", "a:1", "a")) is None
