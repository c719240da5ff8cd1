"""Figures: when two figures count one thing and may conflict, and when they count
different things (a part of those counted, a placed contestant's figure, expected
against measured, a group's line against one person's), each in several wordings with
look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge import figures
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim, normalize_text
from story_claims import conflict_types, conflict_values

# --- one head count in two nouns: people / residents, people / passengers and crew ------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "About 230 people were evacuated from Marsh Point before the flood.",
            "About 150 residents were evacuated from Marsh Point overnight.",
            ("About 230", "About 150"),
        ),
        (
            "Coastguards rescued 75 people from the sinking ferry.",
            "Some 120 passengers and crew were rescued from the sinking ferry.",
            ("75", "Some 120"),
        ),
        (
            "Some 40 villagers were arrested after the clashes.",
            "Police arrested 65 people after the clashes.",
            ("Some 40", "65"),
        ),
    ],
)
def test_people_and_everyone_of_a_role_are_one_head_count(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a part of those aboard: the crew aside
        (
            "About 300 people were rescued from the ferry.",
            "About 200 passengers were rescued from the ferry.",
        ),
        # a part of any group
        ("Twelve people were killed in the crash.", "Nine children were killed in the crash."),
        ("15 people were injured in the blast.", "Twelve workers were injured in the blast."),
        # two events
        (
            "About 230 people were evacuated from Marsh Point.",
            "About 150 residents were rescued from Marsh Point.",
        ),
        # no event named: those present, not those an event befell
        ("About 230 people live on the island.", "About 150 residents live on the island."),
    ],
)
def test_parts_of_a_group_are_other_head_counts(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


# --- a placed contestant's figure is not the winner's -----------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Voters gave Lena Ortiz 54.1 percent of the vote.",
            "The Liberal candidate finished a distant third with 8 percent of the vote.",
        ),
        (
            "Ortiz won the mayoralty with 54.1 per cent of the vote.",
            "Her rival came second with 38 per cent of the vote.",
        ),
        (
            "The Falcons won the league with 81 points.",
            "The Harriers ended the season fourth on 64 points.",
        ),
    ],
)
def test_a_placed_contestants_share_is_not_the_winners(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # one place on both sides: one contestant's figure
        (
            "The Liberal candidate finished third with 11 percent of the vote.",
            "The Liberal candidate finished a distant third with 8 percent of the vote.",
            ("11 percent", "8 percent"),
        ),
        # no place on either side
        (
            "Ortiz won the race with 48 percent of the vote.",
            "Ortiz won the race with 55 percent of the vote.",
            ("48 percent", "55 percent"),
        ),
        # a place in another clause leaves the figure unplaced
        (
            "The mayor finished third in 2019, and her budget grew by 12 percent this year.",
            "The mayor's budget grew by 20 percent this year.",
            ("12 percent", "20 percent"),
        ),
    ],
)
def test_figures_of_one_place_are_still_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


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
        # a relative set off by commas tells of one person, not a group: its figure is
        # compared (the splitter gives "Ana Ruiz scored 12 goals last season." its own
        # claim; read as one statement, the main verb is "joined" and its act is another)
        (
            "Ana Ruiz, who joined the club in May, scored 12 goals last season.",
            "Ana Ruiz scored 15 goals last season.",
            [("12", "15")],
        ),
    ],
)
def test_a_figure_that_draws_a_group_is_not_ones_own(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


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


# --- a currency's name after a figure is its unit: "48 million dollars" / "$61 million" ----


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The mission cost 48 million dollars.", "The mission cost $61 million."),
        ("The bridge will cost 300 million euros.", "The bridge will cost €450 million."),
        ("The club paid 12 million pounds for him.", "The club paid £15 million for him."),
    ],
)
def test_a_currency_named_after_the_figure_is_compared_with_its_sign(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The mission cost 61 million dollars.", "The mission cost $61 million."),
        ("The bridge will cost about 300 million euros.", "The bridge will cost €300 million."),
        # a price and a count of things are still two figures
        ("The mission cost 48 million dollars.", "The mission carried 22 satellites."),
    ],
)
def test_a_currency_named_after_the_figure_agrees_with_the_same_sum(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


# --- a part's figure: "Cloud revenue alone rose to $1.9 billion" / "Revenue rose to $4.2bn" -


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Revenue rose to $4.2 billion in the three months to September.",
            "Cloud revenue alone rose 31% to $1.9 billion.",
        ),
        (
            "In March alone, 40 people died in the region.",
            "A total of 120 people died in the region.",
        ),
        (
            "The northern district alone lost 300 homes in the floods.",
            "The floods destroyed 1,200 homes.",
        ),
    ],
)
def test_a_part_marked_alone_is_not_the_whole(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both tell the part
        ("Cloud revenue alone rose to $1.9 billion.", "Cloud revenue rose to $2.3 billion."),
        # "alone" that says how someone is
        ("The man, who lives alone, lost $400 in the scam.", "The man lost $600 in the scam."),
        ("Ana Ruiz was alone when she found $400.", "Ana Ruiz found $600."),
    ],
)
def test_the_same_part_or_alone_of_a_person_is_compared(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


# --- a figure after "of" in the subject is no doer: "a study of 14,200 adults has found" ---


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The study followed 12,400 adults for six years.",
            "A six-year study of 14,200 adults has found that heavy coffee drinkers sleep less.",
        ),
        (
            "The survey questioned 2,300 farmers in the spring.",
            "A survey of 3,100 farmers showed that most expect lower yields.",
        ),
    ],
)
def test_a_figure_of_a_subject_noun_is_compared_with_the_acts_object(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the doers of one act and what another act was done to: still two groups
        (
            "Six climbers fell ill on the mountain.",
            "The club had taken 30 climbers up the mountain.",
        ),
        # the same count
        (
            "The study followed 12,400 adults for six years.",
            "A six-year study of 12,400 adults has found that heavy coffee drinkers sleep less.",
        ),
    ],
)
def test_doers_and_objects_of_two_acts_or_one_count_do_not_conflict(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


# --- those taken to hospital, however the verb puts it: "taken to" / "treated in" ----------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Three lifeguards were taken to hospital with minor injuries.",
            "Five lifeguards were treated in hospital.",
        ),
        (
            "Two drivers were hospitalized with serious injuries.",
            "Six drivers were admitted to hospital.",
        ),
        (
            "Seven climbers were treated in hospital for their injuries.",
            "Nine climbers were taken to hospital.",
        ),
    ],
)
def test_two_counts_of_those_in_hospital_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same count, two verbs
        (
            "Three lifeguards were taken to hospital with minor injuries.",
            "Three lifeguards were treated in hospital.",
        ),
        # those hurt and those of them taken to hospital are two groups
        ("Twelve miners were injured in the blast.", "Four miners were taken to hospital."),
        # those who died in hospital are not those taken there
        ("Two hikers died in hospital.", "Five hikers were taken to hospital."),
        # those on board and those taken to hospital
        ("Forty passengers were on board.", "Six passengers were treated in hospital."),
    ],
)
def test_other_groups_than_those_in_hospital_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a hospital as the doer or the setting names no event: its counts stay compared
        (
            "A hospital in Dunmere has cancelled 900 routine operations.",
            "About 1,300 routine operations were cancelled.",
        ),
        (
            "Staff at the hospital in Corvel counted 60 beds in use.",
            "Some 85 beds were in use.",
        ),
    ],
)
def test_a_hospital_named_as_a_place_leaves_counts_compared(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


# --- a preposition and a name after a figure: where it was measured, not what ------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Velora shares fell 18% in Zurlin trading on Monday.",
            "Shares in Velora dropped 23% on Monday.",
            ("18%", "23%"),
        ),
        (
            "The company's stock lost 9% at the Frankfurt exchange.",
            "The company's stock lost 4%.",
            ("9%", "4%"),
        ),
        (
            "Police arrested 40 protesters in Lagos.",
            "Police arrested 25 protesters.",
            ("40", "25"),
        ),
    ],
)
def test_a_place_after_a_figure_is_not_what_it_counts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # what follows "in" is what the money is for: two sums
        (
            "The couple paid $13,625,777 in state and local taxes.",
            "The couple paid $43,885,310 in federal taxes.",
        ),
        # a tariff on a named good still counts that good
        ("A tariff of 25 percent on steel was set.", "A tariff of 10 percent on aluminum was set."),
    ],
)
def test_a_common_noun_after_the_preposition_still_names_the_thing(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b) == []


def test_the_explanation_names_the_subject_when_a_place_follows_the_figure() -> None:
    a = parse.parse_statement("Velora shares fell 18% in Zurlin trading.", "a:1", "a")
    b = parse.parse_statement("Velora shares dropped 23%.", "b:1", "b")
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert found.explanation.endswith("for Velora shares")


# --- "some" before digits rounds the figure, it does not make it vague -------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The quake injured about 1,200 people.",
            "Some 1,800 people were injured in the quake.",
            ("about 1,200", "Some 1,800"),
        ),
        (
            "Some 300 workers were evacuated.",
            "Some 200 workers were evacuated.",
            ("Some 300", "Some 200"),
        ),
    ],
)
def test_some_before_a_figure_is_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Some 300 people were on board.", "About 300 people were on board."),
        ("Some 300 people were on board.", "Some 280 people were on board."),
        ("Some dozens of people were on board.", "Some 300 people were on board."),
    ],
)
def test_some_figures_within_rounding_or_vague_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_some_before_digits_is_not_vague_but_some_dozens_is() -> None:
    assert not figures._vague("some 1,800")
    assert not figures._vague("some 2.5 million")
    assert figures._vague("some dozens")
    assert figures._vague("dozens")


# --- those present against those an event befell -------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("About 300 people were on board the train.", "Seven people were killed in the crash."),
        ("About 300 people live in the village.", "Seven people were injured in the village."),
        ("Some 2,000 workers are employed at the plant.", "Twelve workers were evacuated."),
    ],
)
def test_those_present_are_not_those_an_event_befell(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("The death toll rose to 11.", "Nine workers were killed.", ("11", "Nine")),
        ("The attack left 40 casualties.", "The attack left 12 casualties.", ("40", "12")),
        ("Rescuers found the bodies of 12 miners.", "Nine miners were killed.", ("12", "Nine")),
        ("Twelve people were among the victims.", "Nine people were killed.", ("Twelve", "Nine")),
    ],
)
def test_a_toll_without_its_event_is_still_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- "per cent" is "percent" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Inflation was 6.1 per cent in October.", "Inflation was 6.1% in October."),
        ("Turnout rose 4 per cent.", "Turnout rose 4 percent."),
    ],
)
def test_per_cent_reads_as_percent(text_a: str, text_b: str) -> None:
    assert normalize_text(text_a).text == normalize_text(text_b).text


def test_per_alone_is_kept() -> None:
    assert "per" in normalize_text("Fares rose 10 cents per ride.").text.split()


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a figure set in a span ahead is foreseen, not measured
        (
            "The Tarnian key rate stood at 2.5 percent in March.",
            "Traders now see the Tarnian key rate reaching 3.5 percent by next spring.",
            [],
        ),
        (
            "Exports of Velmar grain fell 4 percent in the second quarter.",
            "Exports of Velmar grain will rise 6 percent next year.",
            [],
        ),
        (
            "Fares on the Orlan ferry rose 8 percent.",
            "Fares on the Orlan ferry will climb 12 percent in the coming months.",
            [],
        ),
        # two foreseen figures, or a past "next" ("the next week"), are still compared
        (
            "Exports of Velmar grain will rise 6 percent next year.",
            "Exports of Velmar grain are set to rise 9 percent next year.",
            [("6 percent", "9 percent")],
        ),
        (
            "Fares on the Orlan ferry rose 8 percent the next week.",
            "Fares on the Orlan ferry rose 12 percent the next week.",
            [("8 percent", "12 percent")],
        ),
        (
            "Fares on the Orlan ferry rose 8 percent.",
            "Fares on the Orlan ferry rose 12 percent the next week.",
            [("8 percent", "12 percent")],
        ),
    ],
)
def test_a_figure_set_in_a_span_ahead_is_foreseen(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # "above" bounds a figure from below: a value over it is no conflict
        (
            "Inflation in Tarnia has been above 6 percent for two years.",
            "Inflation in Tarnia reached 6.9 percent in May.",
            [],
        ),
        (
            "Inflation in Tarnia has been above 6 percent for two years.",
            "Inflation in Tarnia reached 5.1 percent in May.",
            [("above 6 percent", "5.1 percent")],
        ),
        (
            "The level of Lake Orsk fell below 12 metres.",
            "The level of Lake Orsk fell to 11.4 metres.",
            [],
        ),
        # "above" and "below" one figure: two sides of a threshold, in either order
        (
            "A score below 40 on the Tarn index means a slump, while one above that means growth.",
            "A score above 40 on the Tarn index means growth, while one below that means a slump.",
            [],
        ),
        # "at least" and "almost" one figure still exclude each other
        (
            "At least 40 boats were lost in the Tarn storm.",
            "Almost 40 boats were lost in the Tarn storm.",
            [("At least 40", "Almost 40")],
        ),
    ],
)
def test_above_and_below_bound_a_figure(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == expected
