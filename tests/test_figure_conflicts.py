"""Figures for one count: bounds that exclude each other, head counts "up to N", and close
figures in sentences that otherwise say different things, with the look-alikes that are not
conflicts (rounding, vague words, measures, far-apart scopes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.match import ScoredPair
from claimtrack.models import ConflictType, Report
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_values, two_articles


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The inspector has at least four dozen questions for the mayor",
            "The inspector sent almost four dozen questions to the mayor",
            ("at least four dozen", "almost four dozen"),
        ),
        (
            "Police detained more than 200 protesters overnight",
            "Police detained nearly 200 protesters overnight",
            ("more than 200", "nearly 200"),
        ),
        (
            "Rescuers reached over 30 villages",
            "Rescuers reached fewer than 30 villages",
            ("over 30", "fewer than 30"),
        ),
    ],
)
def test_a_floor_and_a_ceiling_at_one_figure_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "About 1,200 civilians were killed in the attack",
            "1,400 civilians were killed in the attack",
            ("About 1,200", "1,400"),
        ),
        (
            "The former mayor received roughly $250,000 in bribes",
            "The former mayor received about $310,000 in bribes",
            ("roughly $250,000", "about $310,000"),
        ),
        (
            "About 20% of the ballots were rejected",
            "About 25% of the ballots were rejected",
            ("About 20%", "About 25%"),
        ),
    ],
)
def test_an_approximate_figure_is_widened_once(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    # "about 1,200" is already 1,080-1,320: a second 10% on top made it meet 1,400
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "About 1,200 civilians were killed in the attack",
            "1,250 civilians were killed in the attack",
        ),
        ("About 30 miners were trapped underground", "33 miners were trapped underground"),
        ("Roughly 250 homes were flooded", "Roughly 270 homes were flooded"),
        ("About 20% of the ballots were rejected", "22% of the ballots were rejected"),
        # a floor is open on one side, and outlets round it loosely
        (
            "The musical has taken over $2 billion at the box office",
            "The musical has taken $1.9 billion at the box office",
        ),
    ],
)
def test_figures_within_an_approximation_still_agree(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The lawsuit was filed on behalf of up to 1.6 million nurses",
            "The lawsuit was filed on behalf of as many as 1.5 million nurses",
            ("up to 1.6 million", "as many as 1.5 million"),
        ),
        (
            "The class action covers up to 1.6 million nurses",
            "The class action covers 1.5 million nurses",
            ("up to 1.6 million", "1.5 million"),
        ),
        (
            "As many as 800 families were evacuated from the valley",
            "Around 650 families were evacuated from the valley",
            ("As many as 800", "Around 650"),
        ),
    ],
)
def test_a_head_count_up_to_a_figure_states_that_figure(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "At least 17 people were killed when the dam burst, officials said.",
            "The dam burst killed at least 26 people.",
            ("At least 17", "at least 26"),
        ),
        (
            "More than 1,200 miners joined the strike on Monday.",
            "More than 1,500 miners joined the strike on Monday.",
            ("More than 1,200", "More than 1,500"),
        ),
        (
            "Rescuers have found no fewer than nine survivors in the rubble.",
            "Rescuers have found at least 15 survivors in the rubble.",
            ("no fewer than nine", "at least 15"),
        ),
    ],
)
def test_two_floors_of_one_head_count_are_two_counts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]
    assert conflict_values(text_b, text_a) == [values[::-1]]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # floors within a floor's rounding
        ("More than 200 protesters were detained.", "More than 210 protesters were detained."),
        ("At least 1,000 homes lost power.", "At least 1,050 homes lost power."),
        # a floor against a figure above it: the floor holds
        ("The dam burst killed at least 17 people.", "The dam burst killed 26 people."),
        # money and measures: a floor is only a floor
        ("The appeal raised at least $5 million.", "The appeal raised more than $8 million."),
        ("The fire burned more than 300 hectares.", "The fire burned more than 500 hectares."),
        # a toll of another year, against the day's toll told without one
        (
            "A quake in 1987 killed more than 300 people in the province.",
            "The quake killed at least 30 people in the province.",
        ),
    ],
)
def test_floors_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_four_dozen_is_a_precise_count() -> None:
    assert conflict_values(
        "The inspector sent four dozen questions", "The inspector sent 60 questions"
    ) == [("four dozen", "60")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a floor and a loose figure around it, a floor and a ceiling that meet
        ("Police detained more than 200 protesters", "Police detained about 200 protesters"),
        ("Police detained at least 200 protesters", "Police detained up to 200 protesters"),
        ("Police detained more than 200 protesters", "Police detained 230 protesters"),
        # rounding
        (
            "The class action covers up to 1.6 million nurses",
            "The class action covers 1.58 million nurses",
        ),
        ("The campaign raised $43 million", "The campaign raised nearly $44 million"),
        # a maximum penalty is a measure, not a head count
        ("He faces up to 10 years in prison", "He was sentenced to 7 years in prison"),
        ("The firm faces fines of up to $5,000", "The firm paid a $4,000 fine"),
        # a bound that is only a bound
        (
            "The class action covers fewer than 1.6 million nurses",
            "The class action covers 1.5 million nurses",
        ),
        # vague quantities
        ("Police made dozens of arrests", "Police arrested more than 200 people"),
        ("Police arrested a dozen people", "Police arrested 13 people"),
        ("As many as dozens of people were hurt", "Police said 70 people were hurt"),
        # currencies
        ("The group paid 2.8 billion euros", "The group paid about $3.5 billion"),
    ],
)
def test_figures_that_can_both_hold_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


COURIER = """Velmora dockworkers strike over safety

Dockworkers at the Port of Velmora walked off the job on Monday after a crane fell.

The union filed a grievance on behalf of up to 4,200 members, demanding inspections.

The union has 9,000 members nationwide.

The pension fund paid out $1,250,000 in six years.
"""

LEDGER = """Port strike halts Velmora cargo traffic

Dockworkers at the Port of Velmora walked off the job on Monday after a crane fell.

Negotiators warned that a grievance covering 3,900 members could take months.

The pension fund paid out about $1.25 million over the seven year span, they said.

Officials counted 4,600 members of staff at the terminals.
"""

HERALD = """Velmora crane collapse

Dockworkers at the Port of Velmora walked off the job on Monday after a crane fell.

A grievance for about 4,100 members is pending.
"""


def figure_conflicts(report: Report) -> set[tuple[str, str]]:
    return {
        tuple(sorted(c.values))  # type: ignore[misc]
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is ConflictType.NUMERIC
    }


def test_close_figures_for_one_count_conflict_across_different_sentences(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    folder = write_articles({"courier.txt": COURIER, "ledger.txt": LEDGER, "herald.txt": HERALD})
    report = build_report([folder])
    found = figure_conflicts(report)
    # "up to 4,200" / "3,900" members of the grievance; "about 4,100" meets both (rounding);
    # 9,000 nationwide and 4,600 members of staff are far from them: other sets counted
    assert ("3,900", "up to 4,200") in found
    # the sum paid out alike ($1,250,000 / about $1.25 million) ties "six" / "seven" years
    assert ("seven", "six") in found
    assert found <= {("3,900", "up to 4,200"), ("seven", "six")}
    claims = {c.id: c for c in report.claims}
    texts = {"courier.txt": COURIER, "ledger.txt": LEDGER, "herald.txt": HERALD}
    conflict = next(
        c for cluster in report.clusters for c in cluster.conflicts if "3,900" in c.values
    )
    for claim_id, value, span in zip(
        conflict.claim_ids, conflict.values, conflict.value_spans, strict=True
    ):
        assert span is not None
        assert texts[claims[claim_id].article_id][span[0] : span[1]] == value


GRIEVANCE_A = "The union filed a grievance on behalf of up to 4,200 members."
GRIEVANCE_B = "Lawyers said the grievance on behalf of 3,900 members may take months."


NAMED_LEAD = "Dockworkers at the Port of Velmora walked off the job on Monday."


def story_links(
    *,
    same_story: bool,
    text_a: str = GRIEVANCE_A,
    text_b: str = GRIEVANCE_B,
    lead: str = NAMED_LEAD,
) -> list[tuple[int, int]]:
    """``figure_links`` of two claims of different articles, with or without a matched pair
    of claims (``lead`` in both) that makes the articles one story."""
    claims, keys, arrays = two_articles(lead, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


def test_close_figures_are_linked_only_inside_one_story() -> None:
    assert story_links(same_story=True) == [(1, 3)]
    assert story_links(same_story=False) == []
    # a stock sentence that names no one is matched across stories too: no story
    nameless = "Dockworkers walked off the job at the eastern terminal on Monday."
    assert story_links(same_story=True, lead=nameless) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # pledges for two places
        (
            "The council promised $847 million to rebuild Corbel.",
            "The council promised $790 million to rebuild Elton.",
        ),
        # two days: two rounds of funding
        (
            "Emergency funding of 544 million dollars was approved on February 6.",
            "Emergency funding of 523 million dollars was approved on April 19.",
        ),
        # far apart: another set counted
        (
            "The union filed a grievance on behalf of up to 4,200 members.",
            "The grievance speaks for the union's 9,000 members nationwide.",
        ),
    ],
)
def test_close_figures_of_two_occasions_are_not_linked(text_a: str, text_b: str) -> None:
    assert story_links(same_story=True, text_a=text_a, text_b=text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the state a copula gives is the act counted: the ill climbers are some of those taken
        (
            "Six climbers are ill after a mountain trek.",
            "The club had taken 30 climbers on the trek.",
        ),
        # a part of the group is counted too: "one of them"
        ("Two cyclists were hit by a van, one of them fatally.", "One cyclist was killed."),
        (
            "Two cyclists were hit by a van and one of them died.",
            "One cyclist died after being hit by a van.",
        ),
        # a span of time spent in two places
        ("She spent three years in prison for theft.", "She spent two years in the navy."),
        # a measure glued to what it measures, which the other claim never names
        (
            "The sale includes a 300-acre lake for fishing.",
            "The listing puts the estate at 40 acres.",
        ),
        # the length of a ranking
        (
            "The score reached No. 7 on a list of the 200 greatest film scores.",
            "A magazine put the score on its list of the 1,000 greatest film scores.",
        ),
        ("The 100 Best Novels list came out.", "The 50 Best Novels list came out."),
        # a running total over years and the toll of one event
        (
            "The region, where 20,000 people have died in floods since 1998, is poor.",
            "Twelve people died in the floods.",
        ),
    ],
)
def test_figures_of_different_things_counted_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a round figure in the thousands is written rounded
        (
            "Barber gets $2,000 tip for one haircut",
            "A table of bankers gave a barber a $2,075 tip for one haircut on Friday.",
        ),
        # "dies at 72" is an age, not a count of the guitars in her nickname
        (
            "Lena Voss of The Harbour Lights dies at 72",
            'Lena Voss ... the singer known as "the queen with 3 guitars that shake the '
            'hall"... died early Monday.',
        ),
        # "150 of his 9,000 disciples": the part is given too
        (
            "A guru persuaded 150 disciples to sell their cars.",
            "The guru persuaded around 150 of his estimated 9,000 disciples to sell their cars.",
        ),
    ],
)
def test_rounded_figures_ages_and_parts_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # "9/11" is a name, not the figure 9
        (
            "12 Canal Barges Still Missing, Sparks 9/11 Concerns",
            "Reports that 12 barges are missing from the canal are raising fears of an "
            "attack on 9/11.",
        ),
        # the carbon model's price against a claim that names only the basic one
        (
            "Basic bike will be priced $900, carbon at $4,000",
            "The bike will start at around $900 for the basic model.",
        ),
    ],
)
def test_slashed_figures_and_prices_of_other_things_do_not_conflict(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Six climbers are ill after a mountain trek.",
            "Eight climbers fell ill after a mountain trek.",
            ("Six", "Eight"),
        ),
        (
            "Two cyclists died after being hit by a van.",
            "One cyclist died after being hit by a van.",
            ("Two", "One"),
        ),
        (
            "She spent three years in prison for theft.",
            "She spent five years in jail for theft.",
            ("three", "five"),
        ),
        (
            "She spent three years in the navy.",
            "She spent five years in the Dutch navy.",
            ("three", "five"),
        ),
        ("The 40-acre estate is for sale.", "The estate covers 90 acres.", ("40", "90")),
        (
            "Since 1998, 20,000 people have died in floods in the region.",
            "Since 1998, 35,000 people have died in floods in the region.",
            ("20,000", "35,000"),
        ),
        (
            "The floods have killed 40 people since Monday.",
            "The floods killed 25 people.",
            ("40", "25"),
        ),
        (
            "Barber gets $2,000 tip for one haircut",
            "A table of bankers gave a barber a $2,600 tip for one haircut on Friday.",
            ("$2,000", "$2,600"),
        ),
        ("300 people died in the floods.", "The floods killed 320 people.", ("300", "320")),
        ("8 barges missing", "Reports that 9 barges are missing.", ("8", "9")),
        # two fractions of one price are still two figures for one thing
        (
            "The bond rose 3/8 in price on Monday.",
            "The bond rose 5/8 in price on Monday.",
            ("3", "5"),
        ),
        (
            "Leak says the basic bike will start at $900",
            "The basic bike will start at $950.",
            ("$900", "$950"),
        ),
        ("Lena Voss died at 72.", "Lena Voss, 75, died on Monday.", ("72", "75")),
        (
            "A guru persuaded 150 disciples to sell their cars.",
            "The guru persuaded 400 disciples to sell their cars.",
            ("150", "400"),
        ),
    ],
)
def test_figures_of_one_thing_counted_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


def test_two_ages_of_one_person_are_explained_as_ages() -> None:
    a = parse.parse_statement("Ana Ruiz, a 46-year old nurse, was seen at the depot.", "a:1", "a")
    b = parse.parse_statement(
        "The 40-year-old nurse, named as Ana Ruiz, was seen at the depot.", "b:1", "b"
    )
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert [c.explanation for c in found] == ["a gives 46 and b 40 for age"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # an extent of something the other claim never names: two things measured
        (
            "The sale includes two islets with a water area of about 300 acres.",
            "The listing puts the estate at 40 acres.",
            [],
        ),
        ("The ranch has a grazing area of 300 acres.", "The ranch covers 40 acres.", []),
        # near misses: an extent reckoned in all, or of what both claims name
        (
            "The estate has a total area of about 300 acres.",
            "The listing puts the estate at 40 acres.",
            [("about 300", "40")],
        ),
        ("The farm has an area of 300 acres.", "The farm covers 40 acres.", [("300", "40")]),
        (
            "The lake has a water area of 300 acres, the agency said.",
            "The water area of the lake is 40 acres.",
            [("300", "40")],
        ),
    ],
)
def test_an_extent_of_a_named_thing_is_compared_with_that_thing_only(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # a round weight, length or area is written rounded
        (
            "A carp weighing 30 stone was landed on the lake.",
            "A 29 stone carp was landed on the lake.",
            [],
        ),
        (
            "The storm dumped rain on 100 acres of farmland.",
            "The storm dumped rain on 92 acres of farmland.",
            [],
        ),
        ("The boat sank 20 miles off the coast.", "The boat sank 19 miles off the coast.", []),
        # near misses: beyond one unit of the next digit, a figure that is not round, a head
        # count
        (
            "A carp weighing 30 stone was landed on the lake.",
            "A 26 stone carp was landed on the lake.",
            [("30", "26")],
        ),
        (
            "A carp weighing 31 stone was landed on the lake.",
            "A 29 stone carp was landed on the lake.",
            [("31", "29")],
        ),
        ("The fire killed 20 people.", "The fire killed 19 people.", [("20", "19")]),
        (
            "The storm dumped rain on 500 acres of farmland.",
            "The storm dumped rain on 480 acres of farmland.",
            [("500", "480")],
        ),
    ],
)
def test_a_round_measure_meets_a_figure_it_rounds(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # those rescued and those evacuated are two groups
        (
            "Firefighters evacuated more than 60 families from the valley.",
            "Firefighters rescued 15 families from the valley.",
            [],
        ),
        # near misses: one act counted twice
        (
            "Firefighters rescued 60 families from the valley.",
            "Firefighters rescued 15 families from the valley.",
            [("60", "15")],
        ),
        (
            "Firefighters evacuated 60 families from the valley.",
            "Firefighters evacuated 15 families from the valley.",
            [("60", "15")],
        ),
    ],
)
def test_counts_of_two_acts_done_to_one_noun_do_not_conflict(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "explanation"),
    [
        # a function word after the counted noun is not what the figures are for
        (
            "The ferry company kept eight years of safety logs.",
            "The ferry company kept seven years of safety logs.",
            "a gives eight and b seven for years",
        ),
        (
            "Tarnow lies about 31 kilometres from the border.",
            "Tarnow lies about 57 kilometres from the border.",
            "a gives about 31 and b about 57 for kilometres",
        ),
        # nor the hyphen that glues the figure to its noun
        (
            "The port board has promised to improve its quays in a 10-page report.",
            "The port board has promised to improve its quays in a 15-page report.",
            "a gives 10 and b 15 for page",
        ),
    ],
)
def test_figures_are_explained_by_the_words_they_count(
    text_a: str, text_b: str, explanation: str
) -> None:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert [c.explanation for c in found] == [explanation]


def _related_pair_linked(text_a: str, text_b: str) -> bool:
    """Whether ``conflict_links`` links two claims of two articles that are related (a
    shared event frame) but not one statement."""
    a = parse.parse_statement(text_a, "a:1", "a").model_copy(update={"article_id": "a"})
    b = parse.parse_statement(text_b, "b:1", "b").model_copy(update={"article_id": "b"})
    keys = [normalize_claim(a), normalize_claim(b)]
    related = [ScoredPair(0, 1, 10.0, 90.0)]
    return judge.conflict_links([a, b], keys, related, Options()) == [(0, 1)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "linked"),
    [
        # a toll a year or more back against an undated one: two occasions
        ("The militia stormed a hotel two years ago, killing 40 guests.",
         "Five guests were killed.", False),
        ("The militia killed 40 guests at a hotel last year.",
         "The militia killed five guests at a hotel.", False),
        # near misses: neither dated back, or both dated
        ("The militia stormed a hotel, killing 40 guests.", "Five guests were killed.", True),
        ("The militia killed 40 guests at a hotel.",
         "The militia killed five guests at a hotel.", True),
        ("The militia killed 40 guests at a hotel last year.",
         "The militia killed 45 guests at a hotel last year.", True),
    ],
)  # fmt: skip
def test_a_related_toll_of_years_back_is_not_set_against_an_undated_one(
    text_a: str, text_b: str, linked: bool
) -> None:
    assert _related_pair_linked(text_a, text_b) is linked


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a number to dial, after a verb of calling (and "on"/"at" and whom to call)
        (
            "Anyone who saw the crash is asked to call Sergeant Hale on 101.",
            "Police asked anyone who saw the two crashes to get in touch.",
        ),
        (
            "Witnesses to the fire should contact the fire station at 999.",
            "Officers asked witnesses to the three fires to come forward.",
        ),
        (
            "Anyone who saw the robbery should call 911.",
            "Police want to hear from anyone who saw the two robberies.",
        ),
        # "one" as a pronoun after a preposition
        (
            "Each 6-foot tall, 400-pound R2 is fitted with rows of cameras, sensors and sirens.",
            "Each R2 guard robot stands 6 feet tall and weighs 400 pounds, so nobody should "
            "mess with one.",
        ),
    ],
)
def test_a_number_to_dial_or_the_pronoun_one_counts_nothing(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # "to" ends a count: "rose to one" is one
        (
            "The death toll from the crash rose to one.",
            "Two people died in the crash.",
            ("one", "Two"),
        ),
        # a figure that does not end its clause, after a verb of calling, still counts
        (
            "Police called 40 witnesses to the crash on Monday.",
            "Police called 12 witnesses to the crash on Monday.",
            ("40", "12"),
        ),
    ],
)
def test_counts_beside_the_dialling_and_pronoun_rules_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the other figure names no noun, and the noun before it stands in another clause
        (
            "Three farmers have kept the prize bull for years.",
            "The farmers sold the calves, and the bull has turned 12.",
        ),
        (
            "Four climbers reached the summit on Monday.",
            "The climbers rested at the camp; the expedition then lasted 30.",
        ),
        (
            "Five nurses ran the night ward alone.",
            "The nurses went home, and the ward has stayed open for 40.",
        ),
        (
            "Six divers found the wreck off the coast.",
            "The divers were tired; the wreck had been lost for 90.",
        ),
    ],
)
def test_a_noun_of_another_clause_does_not_say_what_a_bare_figure_counts(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    "other",
    [
        "The number of workers killed in the fire rose to nine on Tuesday.",
        "The workers killed in the fire now number nine.",
    ],
)
def test_a_noun_before_a_bare_figure_in_its_own_clause_still_names_the_count(other: str) -> None:
    assert conflict_values("Four workers were killed in the fire.", other) == [("Four", "nine")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The attack on the embassy killed the ambassador and three other diplomats.",
            "The attack on the embassy killed four diplomats, including the ambassador.",
        ),
        (
            "The ambassador and three other diplomats were killed in the attack.",
            "The attack killed four diplomats.",
        ),
        (
            "The crash killed the pilot and two other crew members.",
            "Three crew members died in the crash.",
        ),
    ],
)
def test_a_count_of_others_besides_someone_named_is_no_total(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_two_totals_of_one_act_still_conflict_beside_the_others_rule() -> None:
    assert conflict_values(
        "The attack on the embassy killed three diplomats.",
        "The attack on the embassy killed four diplomats.",
    ) == [("three", "four")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # "different", "separate", "various" say how the things differ: the noun after
        # them is what is counted, and breads are no ovens
        (
            "Across the three models there are 18 different styles of strap on sale.",
            "Analysts say the watch will come in two different storage sizes.",
        ),
        (
            "The bakery sells 40 different breads at its shop.",
            "The bakery shop opened with three different ovens.",
        ),
        (
            "Police found 12 separate fingerprints at the house.",
            "The burglars entered the house through two separate windows.",
        ),
        (
            "The app offers 30 various filters for photos.",
            "Photos can be shared in five various formats in the app.",
        ),
    ],
)
def test_an_adjective_of_kind_is_not_what_a_figure_counts(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_one_noun_after_an_adjective_of_kind_is_still_one_count() -> None:
    assert conflict_values(
        "The shop sells 40 different kinds of bread.", "The shop sells 25 different kinds of bread."
    ) == [("40", "25")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a figure the claim then adds to is a part, not the total
        (
            "On the tape you can hear six shots, a short pause and then four more shots.",
            "She hears 11 shots on the tape.",
        ),
        (
            "Six shots can be heard on the tape, followed by a pause before four more shots "
            "are fired.",
            "She hears 11 shots on the tape.",
        ),
        (
            "Police arrested nine protesters on Monday and another five on Tuesday.",
            "Police arrested 14 protesters over the two days.",
        ),
    ],
)
def test_a_figure_the_claim_adds_to_is_no_total(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    "text_a",
    [
        "She hears six shots on the tape.",
        # an increment of another thing leaves the figure a total
        "She hears six shots on the tape, and two more witnesses came forward.",
    ],
)
def test_a_figure_beside_no_increment_of_its_thing_is_still_a_total(text_a: str) -> None:
    assert conflict_values(text_a, "She hears 11 shots on the tape.") == [("six", "11")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a length or a weight is its subject's: two things measured differ in size
        (
            "The asteroid measured 60 feet in diameter.",
            "The crater left by the rock measured 16 feet.",
        ),
        ("The statue weighs 300 kilograms.", "The plinth weighs 900 kilograms."),
        # a percentage too is its subject's
        ("The ten-year yield reached 4.9 percent.", "Inflation reached 5.8 percent in May."),
        ("Turnout in Orsa was 61 percent.", "The ruling party won 44 percent in Orsa."),
    ],
)
def test_measures_of_two_things_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one thing, or a pronoun for it: its two sizes conflict
        ("The crater measured 60 feet.", "The crater measured 16 feet."),
        ("The huge crater measured 60 feet.", "The crater left by the rock measured 16 feet."),
        # one thing's percentage, however else each side tells it
        ("Inflation reached 5.8 percent in May.", "Inflation stood at 6.4 percent in May."),
        ("The jobless rate rose to 5 percent.", "The rate of joblessness rose to 6 percent."),
    ],
)
def test_measures_of_one_thing_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) != []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a length whose extent one side names and the other does not: nothing says which
        ("The crater measured 16 feet.", "The crater was 39 feet wide."),
        # the extent after a bracketed conversion, glued to a unit, or before the figure
        ("The crater measured 16 feet.", "The crater was 39 feet (12 metres) across."),
        ("The crater measured 16 feet.", "The strike left a 12m-wide crater."),
        ("The crater had a depth of 16 feet.", "The crater was 39 feet (12 metres) across."),
    ],
)
def test_lengths_of_two_extents_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The crater was 16 feet deep.", "The crater had a depth of 30 feet."),
        ("The crater measured 16 feet.", "The crater measured 39 feet."),
    ],
)
def test_lengths_of_one_extent_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) != []


def test_bucket_keys_kept_as_facts_are_forgotten_give_the_same_figure_links() -> None:
    from claimtrack.judge.judgements import PairJudgements
    from claimtrack.judge.links import figure_buckets

    claims, keys, arrays = two_articles(NAMED_LEAD, GRIEVANCE_A, GRIEVANCE_B, same_story=True)
    judged = PairJudgements(claims, keys, Options())
    counted = [i for i, c in enumerate(claims) if c.numbers]
    assert len(counted) >= 2
    first, *rest = counted
    assert judged.facts(first).figures  # worked out, as the pass over the pairs does
    judged.forget_facts(first)
    for i in rest:
        assert judged.facts(i).figures
    judged.facts(0)  # facts whose figures were never asked for keep no buckets
    judged.release_facts()
    fresh = [figure_buckets(judge.ClaimFacts(claims[i]).figures) for i in counted]
    assert [judged.bucket_keys(i) for i in counted] == fresh
    assert all(fresh)
    assert judged._buckets is not None and set(judged._buckets) == set(counted)
    plain = judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))
    kept = judge.figure_links(claims, keys, arrays, judged.facts, bucket_keys=judged.bucket_keys)
    assert kept == plain == [(1, 3)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "counted"),
    [
        ("The suit covers 1.5 million women.", "The suit covers 1.7 million women.", "women"),
        ("The storm killed 21 people.", "The storm killed 12 people.", "people"),
        ("Four workers were killed.", "Nine workers were killed.", "workers"),
        # the noun stands before one figure only: the other's as written
        ("The number of workers killed rose to nine.", "Four workers were killed.", "workers"),
    ],
)
def test_the_explanation_names_the_counted_noun_as_written(
    text_a: str, text_b: str, counted: str
) -> None:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert found.explanation.endswith(f" for {counted}")


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # a price per unit: "per share" names the unit as "a share" does
        (
            "Ostmark will pay 8.30 euros per share in cash for Tellin.",
            "Ostmark is offering 9.80 euros a share for Tellin.",
            ("8.30", "9.80"),
        ),
        (
            "Brent crude traded at 71 dollars per barrel on Monday.",
            "Brent crude traded at 76 dollars a barrel on Monday.",
            ("71", "76"),
        ),
    ],
)
def test_two_prices_per_unit_of_one_thing_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a price per unit of one thing against a price per unit of another
        (
            "Ostmark will pay 8.30 euros per share in cash for Tellin.",
            "Tellin charges 9.80 euros per ticket on its domestic routes.",
        ),
        # "per cent" is a unit, not a price of a cent
        (
            "Ostmark shares fell 3 per cent in Frankfurt.",
            "Ostmark is offering 9.80 euros a share for Tellin.",
        ),
    ],
)
def test_prices_per_unit_of_two_things_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # both written to one decimal: a tenth apart is two figures, however small the
        # relative difference (2.4% here, within plain rounding)
        (
            "The jobless rate in Ostrava fell to 4.1 percent",
            "The jobless rate in Ostrava fell to 4.2 percent",
            [("4.1 percent", "4.2 percent")],
        ),
        (
            "The harbour's tide gauge read 12.4 metres",
            "The harbour's tide gauge read 12.7 metres",
            [("12.4", "12.7")],
        ),
        (
            "The region counted 1.2 million visitors",
            "The region counted 1.3 million visitors",
            [("1.2 million", "1.3 million")],
        ),
        # within half of the coarser place: one figure, written to two precisions
        ("The jobless rate fell to 4.1 percent", "The jobless rate fell to 4.12 percent", []),
        ("The region counted 1.2 million visitors", "The region counted 1.25 million visitors", []),
        # a reading of many digits moves while outlets write: the 3% rounding holds
        ("The krone closed at 109.54 to the euro", "The krone closed at 109.51 to the euro", []),
        ("The port handled 1,237 ships", "The port handled 1,240 ships", []),
        # approximate figures keep their looseness
        ("The jobless rate fell to about 4.1 percent", "The jobless rate fell to 4.2 percent", []),
    ],
)  # fmt: skip
def test_figures_written_with_decimals_differ_at_their_last_place(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Crews moved roughly 5,200 people out of the flooded valley on Sunday.",
            "Volunteers brought soup and blankets to the town hall, where around 180 people"
            " spent Sunday night.",
        ),
        (
            "Crews moved 900 residents out of their homes.",
            "Buses took families to the stadium, where 120 residents slept on camp beds.",
        ),
        (
            "Soldiers moved 2,300 tourists off the island.",
            "Hotels opened their lobbies, where 75 tourists waited for the ferry.",
        ),
    ],
)
def test_a_count_in_a_clause_of_place_of_another_act_does_not_conflict(
    text_a: str, text_b: str
) -> None:
    """ "where 180 people spent the night": the figure's own clause tells its act, the
    doers of another act than the one the other claim counts the objects of."""
    assert conflict_values(text_a, text_b) == []
    assert conflict_values(text_b, text_a) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the clause of place tells the same act
        (
            "Rescue teams evacuated 5,200 people from the valley.",
            "Buses drove into the valley, where 1,800 people were evacuated.",
        ),
        (
            "About 5,200 people fled the valley on Sunday.",
            "Soldiers guarded the bridge, where 1,800 people fled the valley on Sunday.",
        ),
        # no clause of place: the main verbs decide, as before
        (
            "Rescue teams moved 5,200 people out of the valley.",
            "Rescue teams moved 1,800 people out of the valley.",
        ),
    ],
)
def test_a_count_in_a_clause_of_place_of_the_same_act_still_conflicts(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The bridge cost 85 million dollars.",
            "The bridge cost 58 million dollars, including the approach roads.",
            ("85 million", "58 million"),
        ),
        (
            "The storm killed 14, including two firefighters.",
            "The storm killed 9 people.",
            ("14", "9"),
        ),
        (
            "The observatory cost 640 million euros, far more than planned.",
            "The observatory cost 460 million euros.",
            ("640 million", "460 million"),
        ),
    ],
)
def test_the_counted_noun_is_never_past_the_comma_after_a_figure(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    """ "cost 58 million dollars, including the approach roads" counts no "including": the
    figure's phrase ends at the comma, and the two sums of one thing conflict."""
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The firm sold 40 trucks, mostly in Spain.", "The firm sold 25 buses."),
        (
            "The factory makes 40 engines a day, mostly for export.",
            "The factory makes 25 gearboxes a day.",
        ),
        (
            "The tunnel cost 85 million euros, a record for the region.",
            "The tunnel cost 85 million euros.",
        ),
    ],
)
def test_a_noun_before_the_comma_still_tells_what_is_counted(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # exact whole figures are rounded no further than their last digit allows
        ("Ines Varga is 44.", "Ines Varga is 45.", [("44", "45")]),
        ("The flood hit 312 homes.", "The flood hit 320 homes.", [("312", "320")]),
        # a figure written with trailing zeros may be a rounded one
        ("The flood displaced 1,200 families.", "The flood displaced 1,237 families.", []),
        ("The flood displaced 140 families.", "The flood displaced 139 families.", []),
    ],
)  # fmt: skip
def test_exact_whole_figures_differ_beyond_their_last_digit(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b) == values


# --- one value told by two words of value ("worth" / "valued at") ---------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The stolen painting was worth about 2 million pounds.",
            "The painting that was stolen is valued at 5 million pounds.",
            ("about 2 million", "5 million"),
        ),
        (
            "The seized yacht was worth $4 million.",
            "The yacht that was seized is priced at $9 million.",
            ("$4 million", "$9 million"),
        ),
    ],
)
def test_one_value_told_by_two_words_of_value_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same value; two things valued
        (
            "The stolen painting was worth about 2 million pounds.",
            "The painting that was stolen is valued at 2 million pounds.",
        ),
        ("The company is worth $2 billion.", "The deal is valued at $5 billion."),
        ("The house was worth $300,000.", "The car that was sold is valued at $20,000."),
    ],
)
def test_no_value_conflict_of_one_value_or_two_things(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []
