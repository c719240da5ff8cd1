"""Recall of conflicts: counts of things reported, causes set off as the subject of a verb
(a grounding, a blackout), a cause's head ended by a preposition of place, and a cause's
relative clause that tells of the cause, not of the event."""

from __future__ import annotations

import pytest

from claim_helpers import claim
from claimtrack import judge
from claimtrack.judge.links import _without_cause_relative, figure_buckets
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claims
from claimtrack.parse.split import find_reason
from story_claims import conflict_values, two_articles

LEAD = "Torvik Cycles is recalling 30,000 Pace 5 scooters."


def _links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(LEAD, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


def _buckets(text: str) -> set[tuple[str | None, str | None]]:
    claims, _, _ = two_articles(LEAD, text, text, same_story=False)
    return set(figure_buckets(judge.ClaimFacts(claims[1]).figures))


# --- counts of things reported ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The firm has received reports of 22 fires linked to the chargers, it said.",
            "Eleven fires have been reported so far, and nobody has been hurt.",
        ),
        (
            "Police had reports of at least 40 break-ins on the estate.",
            "Some 25 break-ins were reported on the estate, police said.",
        ),
    ],
)
def test_two_counts_of_one_thing_reported_are_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == [(1, 3)]
    assert _links(text_a, text_b, same_story=False) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same count
        (
            "The firm has received reports of 22 fires linked to the chargers.",
            "22 fires have been reported so far.",
        ),
        # two things reported
        (
            "The firm has received reports of 22 fires linked to the chargers.",
            "Eleven injuries have been reported so far.",
        ),
        # one count reported in a past year
        (
            "The firm has received reports of 22 fires linked to the chargers.",
            "Eleven fires were reported in 2019 in another model.",
        ),
    ],
)
def test_other_reported_counts_are_not_linked(text_a: str, text_b: str) -> None:
    assert _links(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The firm has received reports of 22 fires linked to the chargers.", True),
        ("Eleven fires have been reported so far.", True),
        ("Nine thefts were reported at the depot.", True),
        # no report: the figure counts what happened, or reports themselves
        ("The 22 fires destroyed four homes.", False),
        ("Eleven fires broke out, police reported.", False),
        ("The firm logged 38 reports of chargers overheating.", False),
    ],
)
def test_a_figure_of_things_reported(text: str, reported: bool) -> None:
    assert any(unit == judge.links.REPORTED_THINGS for unit, _ in _buckets(text)) is reported


# --- causes set off as the subject: a grounding, a blackout --------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("A fault in the rudder caused the grounding, the owners said.", "A fault in the rudder"),
        ("A faulty transformer triggered the blackout.", "A faulty transformer"),
    ],
)
def test_the_subject_that_set_off_a_grounding_or_blackout_is_its_cause(
    text: str, reason: str
) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        # a result, not the event; who acted
        "The blackout caused long queues at the petrol stations.",
        "Mira Holt caused the blackout at the depot.",
    ],
)
def test_no_cause_from_other_subjects_of_a_grounding_or_blackout(text: str) -> None:
    assert find_reason(text) is None


def test_an_active_and_a_passive_cause_of_one_grounding_conflict() -> None:
    assert conflict_values(
        "A fault in the rudder caused the grounding.",
        "The grounding was caused by an error by the pilot on duty.",
        ConflictType.REASON,
    ) == [("A fault in the rudder", "an error by the pilot on duty")]


# --- a cause's head ends at a preposition of place ------------------------------------------


def test_two_causes_at_one_place_conflict() -> None:
    assert conflict_values(
        "The blackout was caused by a fire at the Orlan substation.",
        "A burst water main near the Orlan substation triggered the blackout.",
        ConflictType.REASON,
    ) == [("a fire at the Orlan substation", "A burst water main near the Orlan substation")]


def test_one_cause_at_one_place_told_twice_agrees() -> None:
    assert not conflict_values(
        "The blackout was caused by a fire at the Orlan substation.",
        "A small fire near the Orlan substation triggered the blackout.",
        ConflictType.REASON,
    )


# --- a relative clause after a cause tells of the cause -------------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("The firm blamed \x00, which had doubled since 2020.", "The firm blamed"),
        ("The firm blamed \x00, a spokesman said.", "The firm blamed , a spokesman said."),
        ("The plant shut \x00 that week.", "The plant shut that week."),
    ],
)
def test_a_relative_clause_after_the_cause_is_left_out(text: str, rest: str) -> None:
    assert " ".join(_without_cause_relative(text).split()) == rest


def _reason_links(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``judge.reason_links`` of (article, text, subject) rows, by claim id."""
    claims = [
        claim(text, f"{article}:{n}", reason=find_reason(text), subject=subject)
        for n, (article, text, subject) in enumerate(rows)
    ]
    keys = normalize_claims(claims)
    return [(claims[i].id, claims[j].id) for i, j in judge.reason_links(claims, keys)]


def test_a_cause_with_its_own_relative_clause_explains_the_news() -> None:
    linked = _reason_links(
        [
            ("a", "Korra Steel will close its mill in Dunby", "Korra Steel"),
            (
                "a",
                "The company blamed rising power prices, which it said had doubled since 2020",
                "The company",
            ),
            ("b", "Korra Steel will close its mill in Dunby", "Korra Steel"),
            ("b", "The closure was due to weak demand for steel from builders", "The closure"),
        ]
    )
    assert ("a:1", "b:3") in linked


def test_causes_of_two_events_are_not_linked() -> None:
    linked = _reason_links(
        [
            ("a", "Korra Steel will close its mill in Dunby", "Korra Steel"),
            (
                "a",
                "The company blamed rising power prices, which it said had doubled since 2020",
                "The company",
            ),
            ("b", "Heavy snow blocked the roads into Dunby on Monday", "Heavy snow"),
            ("b", "The bridge collapsed because of poor maintenance", "The bridge"),
        ]
    )
    assert linked == []


# --- head counts of one group: "a crew of 28" / "34 crew members" ----------------------------

SHIP = "The cargo ship Vella Marin ran aground off Corran Head."


def _ship_links(text_a: str, text_b: str, *, same_story: bool = True) -> list[tuple[int, int]]:
    claims, keys, arrays = two_articles(SHIP, text_a, text_b, same_story=same_story)
    return judge.figure_links(claims, keys, arrays, lambda i: judge.ClaimFacts(claims[i]))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The ship had a crew of 21, who stayed aboard.", "crew"),
        ("The ship had 26 crew members on board.", "crew"),
        ("The ship has a 30-strong crew.", "crew"),
        ("The firm has a staff of 40 in Orsa.", "staff"),
        # other counts: a group that is no crew, a noun after the figure
        ("The club has a membership of 400.", None),
        ("The ship had 26 containers on board.", None),
    ],
)
def test_a_head_count_of_a_group_counts_the_group(text: str, thing: str | None) -> None:
    claims, _, _ = two_articles(SHIP, text, text, same_story=False)
    found = [f.thing for _, f in judge.ClaimFacts(claims[1]).figures]
    assert (thing in found) if thing else not {"crew", "staff"} & set(found)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The ship had a crew of 21, who stayed aboard overnight.",
            "The ship had 26 crew members on board.",
        ),
        ("The ship has a 30-strong crew.", "The ship had a crew of 24."),
    ],
)
def test_two_head_counts_of_one_crew_are_linked(text_a: str, text_b: str) -> None:
    assert _ship_links(text_a, text_b) == [(1, 3)]
    assert _ship_links(text_a, text_b, same_story=False) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same count
        ("The ship had a crew of 21.", "The ship had 21 crew members on board."),
        # another vessel's crew, far from the first
        ("The ship had a crew of 21.", "A trawler sank, and its crew of four was rescued."),
        # a few of the crew, not its head count
        ("The ship had a crew of 21.", "Two crew members spoke to reporters."),
    ],
)
def test_other_head_counts_are_not_linked(text_a: str, text_b: str) -> None:
    assert _ship_links(text_a, text_b) == []
