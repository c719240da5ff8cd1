"""Rules found by reading reports on six stories the project had never seen (a court
ruling, a kettle recall, a mayoral count, a storm, a rail strike, a football transfer),
each tested in wordings of its own, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, parse
from claimtrack.judge.roles import place_notes
from claimtrack.models import Certainty, ConflictType, Report, Severity, Verdict
from claimtrack.parse.certainty import find_certainty
from claimtrack.parse.dates import find_dates
from claimtrack.parse.noise import content_start
from claimtrack.parse.split import find_reason
from story_claims import conflict_values

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


def _conflict_clusters(report: Report, of: ConflictType) -> list[set[str]]:
    claims = {c.id: c.text for c in report.claims}
    return [
        {claims[i] for i in cluster.claim_ids}
        for cluster in report.clusters
        if any(c.type is of for c in cluster.conflicts)
    ]


def test_two_doers_reach_the_judge_in_a_whole_story(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    # through the run's pair table (``ClaimTable.may_conflict``), not only one pair
    wire = "The walkout was called by the Harbour Pilots' Association.\n"
    paper = "The walkout was called by the Coastal Transport Guild.\n"
    folder = write_articles({"wire.txt": wire, "paper.txt": paper})
    found = _conflict_clusters(build_report([folder]), ConflictType.AGENT)
    assert found == [{wire.strip(), paper.strip()}]


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


# --- causes: "in a dispute over", "prompted by" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Dock workers walked out in a dispute over pay.", "in a dispute over pay"),
        ("Pilots struck in a dispute about rosters.", "in a dispute about rosters"),
        ("The recall was prompted by a faulty hinge.", "prompted by a faulty hinge"),
        ("The inquiry, prompted by a leaked memo, opened in May.", "prompted by a leaked memo"),
    ],
)
def test_causes_in_new_wordings(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The dispute over pay was settled on Friday.",
        "Negotiators met over the weekend.",
        "Her question prompted a long silence.",
    ],
)
def test_no_cause_in_look_alikes(text: str) -> None:
    assert find_reason(text) is None


def test_two_causes_of_one_recall_conflict() -> None:
    found = conflict_values(
        "The kettle recall was prompted by a faulty lid hinge.",
        "The kettle recall came because the base can overheat.",
        ConflictType.REASON,
    )
    assert found == [("prompted by a faulty lid hinge", "because the base can overheat")]


def test_a_noun_plan_does_not_move_a_weekday_forward() -> None:
    # "began on Monday over plans to ...": this Monday, not the next (parse.dates)
    published = dt.date(2026, 9, 23)  # a Wednesday
    (over,) = find_dates("The strike began on Monday over plans to cut guards.", 0, published)
    (verb,) = find_dates("The union plans to strike on Monday.", 0, published)
    assert (over.earliest, verb.earliest) == (dt.date(2026, 9, 21), dt.date(2026, 9, 28))


# --- a dateline of the agency's credit alone: "(Labour Wire) —" ------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("(Harbour Wire) — Ferries resumed on Monday.", "Ferries resumed on Monday."),
        ("(Newsdesk) -- The vote passed.", "The vote passed."),
        ("(Coast Radio)- Two ships collided.", "Two ships collided."),
        ("OSLO (Harbour Wire) — Ferries resumed.", "Ferries resumed."),
        # an aside in brackets, a lower-case one, no dash: words of the sentence
        ("(In fairness) the vote passed.", "(In fairness) the vote passed."),
        ("(see below) — the vote passed.", "(see below) — the vote passed."),
    ],
)
def test_a_credit_alone_is_a_dateline(text: str, content: str) -> None:
    assert text[content_start(text, 0, len(text)) :] == content


# --- a timetable in the present: "takes effect on July 1" is this July ------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The levy takes effect on July 1.", dt.date(2026, 7, 1)),
        ("The ban comes into force on June 30.", dt.date(2026, 6, 30)),
        ("The fishing season opens August 15.", dt.date(2026, 8, 15)),
        # before publication, still this year
        ("The levy takes effect on May 1.", dt.date(2026, 5, 1)),
        # past verbs keep a later date in the year before
        ("The plant opened on July 1.", dt.date(2025, 7, 1)),
        ("Shares rose on July 1.", dt.date(2025, 7, 1)),
    ],
)
def test_a_timetable_in_the_present_is_this_year(text: str, day: dt.date) -> None:
    (found,) = find_dates(text, 0, dt.date(2026, 5, 13))
    assert found.earliest == day


def test_takes_effect_and_will_take_effect_name_one_day(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    head = "---\ndate: 2026-05-13\nsource: {}\n---\n"
    wire = "The levy takes effect on July 1.\n"
    paper = "The levy will take effect on July 1.\n"
    folder = write_articles(
        {"wire.md": head.format("Wire") + wire, "paper.md": head.format("Paper") + paper}
    )
    assert _conflict_clusters(build_report([folder]), ConflictType.DATE) == []


# --- one fact at two named places: a note, never a contradiction -----------------------------


def _place_notes(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return [c.values for c in place_notes(a, b) if c.severity is Severity.NOTE]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Cyclone Ira made landfall near Port Hollis early on Monday.",
            "Cyclone Ira came ashore near Dunmore Sound on Monday.",
            ("Port Hollis", "Dunmore Sound"),
        ),
        (
            "The heaters were assembled at a plant in Tarnow.",
            "The heaters were made at the firm's factory in Kaunas.",
            ("Tarnow", "Kaunas"),
        ),
    ],
)
def test_one_fact_at_two_places_is_noted(text_a: str, text_b: str, values: tuple[str, str]) -> None:
    assert _place_notes(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a city and its country
        ("The talks were held in Muscat.", "The talks were held in Oman."),
        # one names the other's place
        ("The ferry sank near Port Hollis.", "The ferry sank near Port Hollis harbour wall."),
        ("The ferry sank near Hollis.", "The ferry sank off Port Hollis near Hollis."),
        # two prepositions: near one town, in another
        ("The ferry sank near Port Hollis.", "The ferry sank in Dunmore Sound."),
        # a month, a possessive, a name before a noun
        ("The plant opened in March.", "The plant opened in June."),
        ("Shares fell in Lindqvist's view.", "Shares fell in Berg's view."),
        ("The ferry sank in Hollis Bay waters.", "The ferry sank in Dunmore Sound waters."),
    ],
)
def test_no_place_note_without_two_places(text_a: str, text_b: str) -> None:
    assert _place_notes(text_a, text_b) == []


def test_a_place_note_leaves_the_agreement_standing(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    wire = "Cyclone Ira made landfall near Port Hollis early on Monday.\n"
    paper = "Cyclone Ira made landfall near Dunmore Sound early on Monday.\n"
    report = build_report([write_articles({"wire.txt": wire, "paper.txt": paper})])
    noted = [c for c in report.clusters if any(k.type is ConflictType.PLACE for k in c.conflicts)]
    assert [c.verdict for c in noted] == [Verdict.AGREE]
