"""Parser cases from news prose: "plans to" as a noun, a relative clause after a day, an
irregular past after "the" and a noun, and who "it" is."""

from __future__ import annotations

import pytest

from claim_helpers import claim
from claimtrack import parse
from claimtrack.judge.polarity import _bare_noun_after_modifier
from claimtrack.models import Article, Certainty, ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.parse.certainty import find_certainty
from claimtrack.parse.referents import speaker_pronouns, without_reflexive
from parse_helpers import facts as parse_facts
from story_claims import conflict_types

# --- "plans to" as a noun: "a strike over plans to cut staff" tells no plan ------------------


@pytest.mark.parametrize(
    "text",
    [
        "A two-day walkout began on Monday over plans to close three depots.",
        "Residents marched against the plan to build a second runway.",
        "The firm's plans to expand abroad were approved by the board.",
        "The minister defended her plans to raise the tax.",
        "Nurses voted to strike amid plans to cut night shifts.",
    ],
)
def test_plans_as_a_noun_is_no_plan(text: str) -> None:
    assert find_certainty(text).certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    "text",
    [
        "The union plans to strike again in October.",
        "The council said it plans to sell the depot.",
        "Ministers plan to cut the budget next year.",
        "Southline plans to hire replacement drivers.",
    ],
)
def test_plans_as_a_verb_still_plans(text: str) -> None:
    found = find_certainty(text)
    assert (found.certainty, found.cue) in {
        (Certainty.PLANNED, "plans to"),
        (Certainty.PLANNED, "plan to"),
    }


# --- parser: a relative after a day is about the thing before the day -----------------------


def _claim_texts(text: str) -> list[str]:
    article = Article(id="a", path="a.md", source="a", text=text)
    return [c.text for c in parse.parse_article(article) if not c.dropped]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The midfielder went for a scan on Monday, which showed a partial tear.",
            "A scan on Monday showed a partial tear.",
        ),
        (
            "Police arrested a man on Friday, who was later released on bail.",
            "A man on Friday was later released on bail.",
        ),
        (
            "The board commissioned an audit last March, which found 40 faults.",
            "An audit last March found 40 faults.",
        ),
    ],
)
def test_a_relative_after_a_day_is_about_the_thing_before_it(text: str, expected: str) -> None:
    assert expected in _claim_texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative describes the day itself
        (
            "The fire began on Tuesday, which was the hottest day of the year.",
            "Tuesday was the hottest day of the year.",
        ),
        (
            "The talks ended on Friday, which marked a year since the war.",
            "Friday marked a year since the war.",
        ),
    ],
)
def test_a_relative_that_describes_the_day_stays_with_it(text: str, expected: str) -> None:
    assert expected in _claim_texts(text)


# --- an irregular past after "the" and a noun is a verb, not a noun compound ---------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The kestran gained 0.8% against the euro.",
            "The kestran fell against the euro in afternoon trading.",
        ),
        ("The dollar fell against the yen.", "The dollar rose against the yen."),
        ("The index rose on Monday.", "The index sank on Monday."),
    ],
)
def test_an_irregular_past_after_a_noun_is_the_verb(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("modifier", "word", "noun"),
    [
        ("press", "release", True),  # "a press release": a noun
        ("prison", "release", True),
        ("kestran", "fell", False),  # "the kestran fell": an irregular past
        ("dollar", "rose", False),
        ("index", "sank", False),
        ("rebels", "release", False),  # a plural subject before a verb
    ],
)
def test_bare_noun_after_modifier(modifier: str, word: str, noun: bool) -> None:
    assert _bare_noun_after_modifier(modifier, word) is noun


# --- who "it" is: bodies named by what they do, a group that names itself --------------------


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The regulator said it had opened an inquiry.", "The regulator had opened an inquiry."),
        (
            "The operator said it would resume services on Sunday.",
            "The operator would resume services on Sunday.",
        ),
        ("The airline said it had grounded two jets.", "The airline had grounded two jets."),
        (
            "A group calling itself Ferrule said it carried out the attack.",
            "A group calling itself Ferrule carried out the attack.",
        ),
    ],
)
def test_it_in_reported_speech_is_the_body_that_spoke(text: str, claim_text: str) -> None:
    assert claim_text in [said for said, _ in parse_facts(text)]


@pytest.mark.parametrize(
    ("speaker", "pronouns"),
    [
        ("The regulator", {"it"}),
        ("the rail operator", {"it"}),
        # the noun before the name it gives itself decides, not the name
        ("A group calling itself Ferrule", {"it"}),
        ("a rebel group known as the Front", {"it"}),
        ("the company called Velmora Freight", {"it"}),
    ],
)
def test_the_head_of_a_speaker_that_names_itself(speaker: str, pronouns: set[str]) -> None:
    assert speaker_pronouns(speaker, {}.get, lambda word: False) == pronouns


def test_a_reflexive_that_a_verb_takes_stays_in_the_speaker() -> None:
    assert without_reflexive("A group calling itself Ferrule") == "A group calling itself Ferrule"
    assert without_reflexive("Trump himself") == "Trump"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "A criminal group called BlackMoth claimed responsibility for the attack.",
            "ent_blackmoth",
        ),
        ("A man named Tom Berg was arrested on Monday.", "ent_tom_berg"),
        ("A militia known as the Northern Front seized the town.", "ent_northern_front"),
    ],
)
def test_a_name_given_after_the_subject_is_who_acts(text: str, agent: str) -> None:
    key = normalize_claim(parse.parse_statement(text, "a:1", "a"))
    assert key.agent == frozenset({agent})


def test_a_given_name_the_parser_did_not_mark_is_who_acts() -> None:
    # "A group calling itself Ferrule" put for "it" in reported speech: no entity was found
    # there, the capitalised name after "calling itself" is the agent all the same
    subject = "A group calling itself Ferrule"
    key = normalize_claim(claim(f"{subject} carried out the attack.", subject=subject))
    assert key.agent == frozenset({"ent_ferrule"})
    lower = "A group calling itself ferrule"
    key = normalize_claim(claim(f"{lower} carried out the attack.", subject=lower))
    assert key.agent == frozenset()


def test_a_subject_without_a_given_name_has_no_agent() -> None:
    key = normalize_claim(parse.parse_statement("A criminal group claimed the attack.", "a:1", "a"))
    assert key.agent == frozenset()
