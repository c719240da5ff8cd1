"""Figures for one count: bounds that exclude each other, head counts "up to N", and close
figures in sentences that otherwise say different things, with the look-alikes that are not
conflicts (rounding, vague words, measures, far-apart scopes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.models import ConflictType, Report
from claimtrack.normalize import normalize_claim
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
        # the state a copula gives is the act counted: the ill pupils are some of those taken
        (
            "Seven pupils are ill after a school trip.",
            "The school had taken 40 pupils on the trip.",
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
            "The song reached No. 3 on a list of the 100 greatest dance songs.",
            "A magazine put the song on its list of the 500 greatest songs.",
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
            "Courier gets $3,000 tip for one pizza",
            "A group of lawyers gave a courier a $3,112 tip for one pizza on Friday.",
        ),
        # "dies at 61" is an age, not a count of the singers in his nickname
        (
            "Tom Berg of The Lanterns dies at 61",
            'Tom Berg ... the singer known as "the king with 4 backing singers that rock the '
            'hall"... died early Monday.',
        ),
        # "300 of his 20,000 followers": the part is given too
        (
            "A preacher persuaded 300 followers to give up their homes.",
            "The preacher persuaded around 300 of his estimated 20,000 followers to give up "
            "their homes.",
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
            "11 Harbour Ferries Still Missing, Sparks 9/11 Concerns",
            "Reports that 11 ferries are missing from the harbour are raising fears of an "
            "attack on 9/11.",
        ),
        # the gold model's price against a claim that names only the steel one
        (
            "Stainless steel watch will be priced $400, gold at $3,000",
            "The watch will start at around $400 for the steel model.",
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
            "Seven pupils are ill after a school trip.",
            "Nine pupils fell ill after a school trip.",
            ("Seven", "Nine"),
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
            "Courier gets $3,000 tip for one pizza",
            "A group of lawyers gave a courier a $3,600 tip for one pizza on Friday.",
            ("$3,000", "$3,600"),
        ),
        ("300 people died in the floods.", "The floods killed 320 people.", ("300", "320")),
        ("8 ferries missing", "Reports that 9 ferries are missing.", ("8", "9")),
        # two fractions of one price are still two figures for one thing
        (
            "The note fell 10/32 in price on Monday.",
            "The note fell 14/32 in price on Monday.",
            ("10", "14"),
        ),
        (
            "Leak says the steel watch will start at $400",
            "The steel watch will start at $450.",
            ("$400", "$450"),
        ),
        ("Tom Berg died at 61.", "Tom Berg, 64, died on Monday.", ("61", "64")),
        (
            "A preacher persuaded 300 followers to give up their homes.",
            "The preacher persuaded 500 followers to give up their homes.",
            ("300", "500"),
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
