"""Rules found by reading reports on six more stories the project had never seen (quarterly
results, a wildfire, a study, a footballer's injury, a prisoner swap, a minister's
resignation), each tested in wordings of its own, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.models import Article, ConflictType
from story_claims import conflict_types, conflict_values

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


# --- a denial whose "X denied" and an assertion's reason clause hid one shared fact ----------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The university denied that data from 300 participants had been excluded "
            "from the study.",
            "Data from 300 participants were excluded from the analysis because their "
            "monitors failed.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were deleted from the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The school denied that results from 12 pupils had been withheld from the exam board.",
            "Results from 12 pupils were withheld from the board after teachers spotted "
            "copying in two classes.",
        ),
        (
            "The airline denied that luggage from 200 passengers had been left behind at the "
            "airport.",
            "Luggage from 200 passengers was left behind in Oslo because a conveyor belt "
            "broke down.",
        ),
    ],
)
def test_a_denial_meets_an_assertion_that_gives_a_reason(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in conflict_types(denial, assertion)
    assert ConflictType.ATTRIBUTION in conflict_types(assertion, denial)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # another act on the same things: collected, not dumped; copied, not deleted
        (
            "The council denied that rubbish from 90 homes had been dumped in the river.",
            "Rubbish from 90 homes was collected from the river bank after volunteers "
            "cleared the path.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were copied to the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The council denied that the Ardley bridge had been closed to lorries.",
            "Lorries queued for hours at the depot on Monday after drivers found cracks in "
            "the road near the Ardley bridge.",
        ),
    ],
)
def test_a_denial_does_not_meet_another_act(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION not in conflict_types(denial, assertion)


# --- figures: a part of those counted, a change's cause, a set phrase, two doers -------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a part of the group the other claim counts: no second count of it
        (
            "Three of those released by Borsk hold dual citizenship.",
            "Borsk released 11 prisoners.",
            [],
        ),
        (
            "Two of those freed by the rebels were flown to Rome.",
            "The rebels freed six hostages.",
            [],
        ),
        (
            "Three of those released by Borsk hold dual citizenship.",
            "Borsk freed 11 prisoners in the exchange.",
            [],
        ),
        # both parts, or a part named by a noun ("of the hostages"), stay compared
        (
            "Two of them were taken to hospital.",
            "Five of them were taken to hospital.",
            [("Two", "Five")],
        ),
        (
            "Ten of the hostages were freed on Monday.",
            "Twelve hostages were freed on Monday.",
            [("Ten", "Twelve")],
        ),
    ],
)
def test_a_part_of_those_is_no_count_of_the_group(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # "on ... demand" says why profit rose: profit and cloud revenue are two measures
        ("Norvane profit rises 12% on cloud demand.", "Cloud revenue alone rose 31%.", []),
        ("Profit rises 12% on cloud demand.", "Cloud sales rose 31%.", []),
        # one measure, each with its own cause: the changes are compared
        (
            "Profit rose 12% on strong cloud demand.",
            "Profit rose 9% on higher prices.",
            [("12%", "9%")],
        ),
        (
            "Sales fell 3% on weak demand in Europe.",
            "Sales dropped 8 percent in Europe.",
            [("3%", "8 percent")],
        ),
        # no verb of change before the figure: "on steel" names what the tariff is on
        (
            "The US imposed a tariff of 25% on steel.",
            "The US imposed a tariff of 10% on steel.",
            [("25%", "10%")],
        ),
    ],
)
def test_a_cause_after_a_change_is_not_what_changed(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        ("Borsk freed 9 in return.", "Borsk released 11 prisoners.", [("9", "11")]),
        ("Rebels freed 4 in exchange.", "Rebels released six hostages.", [("4", "six")]),
        (
            "Borsk freed 9 in return.",
            "Eleven prisoners were freed by Borsk on Thursday.",
            [("9", "Eleven")],
        ),
        # a noun after the preposition that is no set phrase is still what is counted
        ("The club paid $4 million in transfer fees.", "The club paid $6 million in wages.", []),
    ],
)
def test_a_set_phrase_after_a_figure_names_nothing_counted(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # two named doers: each side counts what its own doer did
        (
            "Maren Bank cut 300 jobs in Leeds.",
            "About 450 jobs were cut by Orvik Bank, a rival of Maren Bank.",
            [],
        ),
        (
            "Borsk freed nine prisoners.",
            "Fourteen prisoners were freed by Altavia in an exchange with Borsk.",
            [],
        ),
        (
            "Tarvia intercepted 12 drones.",
            "Seven drones were intercepted by Esland over the Tarvia border.",
            [],
        ),
        # one doer, active and passive; a common noun opening a sentence is no doer
        (
            "Maren Bank cut 300 jobs.",
            "About 450 jobs were cut by Maren Bank.",
            [("300", "About 450")],
        ),
        (
            "Police arrested 12 people.",
            "Fifteen people were arrested by Interpol on Monday.",
            [("12", "Fifteen")],
        ),
    ],
)
def test_two_named_doers_count_two_acts(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


# --- a denial meets the act its clause denies, not an act named further on ------------------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Altavia denied that it had paid a ransom to secure the release of its citizens.",
            "Altavia released 14 prisoners.",
        ),
        (
            "The club denied that it had offered a bonus to secure the signing of the striker.",
            "The club signed the striker on Friday.",
        ),
        (
            "The mayor denied that she had lobbied ministers to win approval for the bridge.",
            "Ministers approved the bridge last month.",
        ),
    ],
)
def test_a_denial_does_not_meet_an_act_of_its_purpose_clause(denial: str, assertion: str) -> None:
    found = conflict_types(denial, assertion) | conflict_types(assertion, denial)
    assert not found & {ConflictType.ATTRIBUTION, ConflictType.NEGATION}


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Altavia denied that it had paid a ransom to secure the release of its citizens.",
            "Altavia paid a ransom of $6 million, according to two officials.",
        ),
        (
            "The club denied that it had offered a bonus to secure the signing of the striker.",
            "The club offered a bonus to the striker's agent, two people said.",
        ),
        (
            "The mayor denied that she had lobbied ministers to win approval for the bridge.",
            "The mayor lobbied ministers over the bridge, officials said.",
        ),
    ],
)
def test_a_denial_still_meets_the_act_it_denies(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in conflict_types(denial, assertion)


# --- figures: expected against measured, a group's line against one person's own ------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "Norvane raised its revenue forecast to between $16.5 billion and $17 billion.",
            "Norvane lifted its forecast after a strong quarter, in which revenue reached $4.2bn.",
            [],
        ),
        (
            "The ministry's target is 5,000 new homes this year.",
            "The ministry's figures show 3,200 new homes were built this year.",
            [],
        ),
        (
            "Analysts had predicted sales of 40,000 cars in the quarter.",
            "The carmaker's sales reached 36,000 cars in the quarter.",
            [],
        ),
        # two forecasts, or two measured figures, are still compared
        (
            "The company now forecasts revenue of $17 billion for the year.",
            "The company forecast revenue of $16 billion for the year.",
            [("$17 billion", "$16 billion")],
        ),
        (
            "Quarterly revenue reached $4.2 billion.",
            "Quarterly revenue reached $4.5 billion.",
            [("$4.2 billion", "$4.5 billion")],
        ),
    ],
)
def test_an_expected_figure_is_not_a_measured_one(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "Dr Lena Orth still drinks two cups a day.",
            "People who drink three or more cups of coffee a day sleep 40 minutes less.",
            [],
        ),
        (
            "Dr Lena Orth still drinks two cups a day.",
            "If you drink at least three cups of coffee daily, you may lose sleep.",
            [],
        ),
        (
            "Dr Lena Orth still drinks two cups a day.",
            "Drinking at least three cups a day was linked to shorter sleep.",
            [],
        ),
        # two lines drawn, or a figure outside the "who" clause, are still compared
        (
            "Women who smoke 10 cigarettes a day face a higher risk.",
            "Women who smoke 20 cigarettes a day face a higher risk.",
            [("10", "20")],
        ),
        (
            "Some judges who seemed sympathetic worried about a lawsuit involving as many as "
            "1.5 million women.",
            "The lawsuit involves up to 1.6 million women.",
            [("as many as 1.5 million", "up to 1.6 million")],
        ),
        (
            "Ana Ruiz, who scored 12 goals last season, joined the club.",
            "Ana Ruiz scored 15 goals last season.",
            [("12", "15")],
        ),
    ],
)
def test_a_figure_that_draws_a_group_is_not_ones_own(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


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


# --- figures: two nouns of one kind, with one act after both --------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "Thirty-six houses have been destroyed.",
            "At least 42 homes have been destroyed, officials said.",
            [("Thirty-six", "At least 42")],
        ),
        (
            "Around 300 services were cancelled.",
            "About 450 trains were cancelled.",
            [("Around 300", "About 450")],
        ),
        (
            "About 2,000 troops were deployed to the border.",
            "Some 3,500 soldiers were deployed to the border.",
            [("About 2,000", "Some 3,500")],
        ),
        # another act, another kind, or no act after the noun: two counts
        (
            "The company runs about 1,900 services on a normal weekday.",
            "About 450 trains were cancelled.",
            [],
        ),
        ("About 40 homes were flooded.", "About 60 houses were sold.", []),
        ("Twelve workers were injured.", "Eleven firefighters were injured.", []),
    ],
)
def test_two_nouns_of_one_kind_count_one_thing(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


# --- the month "May" is no modal: a dated act is still one the claim commits to -------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        ("Kovac will miss the cup final on May 23.", "Kovac will not miss the cup final.", True),
        ("The bridge will reopen on May 4.", "The bridge will not reopen.", True),
        ("The vote was held in May.", "The vote was not held.", True),
        # the modal still makes a claim of what may happen, which no denial contradicts
        ("The bridge may reopen on May 4.", "The bridge will not reopen.", False),
        ("The vote may be held in May.", "The vote was not held.", False),
    ],
)
def test_the_month_may_is_no_modal(text_a: str, text_b: str, expected: bool) -> None:
    assert (ConflictType.NEGATION in conflict_types(text_a, text_b)) is expected
