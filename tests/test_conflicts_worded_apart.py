"""Conflicts two outlets word apart: a value of "the stolen pieces", a denied act with a
shared object, two weekdays for one event, a lead source with a relative, the cause in
"X forced Y to", a denial for "anyone"; each in wordings of its own, with look-alikes that
must not fire."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import parse
from claimtrack.models import ConflictType, Report
from claimtrack.pipeline import build_report
from story_claims import conflict_types


def _conflicts(report: Report, of: ConflictType) -> set[tuple[str, ...]]:
    return {
        tuple(sorted(c.values))
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is of
    }


# --- a value given for "the stolen pieces": the things the other outlet names ---------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The brooches are valued at an estimated 2 million euros.",
            "The museum estimates the value of the stolen pieces at 4 million euros.",
        ),
        (
            "The vases were valued at 300,000 dollars.",
            "The auction house put the value of the missing items at 700,000 dollars.",
        ),
        (
            "The jewels were valued at 8 million pounds, according to the insurer.",
            "The gallery estimated the value of the stolen objects at 5 million pounds.",
        ),
    ],
)
def test_a_value_of_the_generic_things_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same value
        (
            "The vases were valued at 300,000 dollars.",
            "The auction house put the value of the missing items at 300,000 dollars.",
        ),
        # a named thing of its own keeps its own price
        ("Wheat sold at 300 dollars a tonne.", "Maize sold at 200 dollars a tonne."),
        ("The ring was valued at 5,000 pounds.", "The police valued the watches at 9,000 pounds."),
        # insurance cover and a value are two figures
        (
            "The gallery's insurance covers 3 million euros.",
            "The museum estimates the value of the stolen pieces at 4 million euros.",
        ),
    ],
)
def test_other_prices_and_figures_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NUMERIC not in conflict_types(text_a, text_b)


# --- one act denied in other words: the same verb and a word of its object -------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "It had hired agency nurses to cover essential shifts in intensive care and maternity.",
            "The hospital had not hired replacement nurses.",
        ),
        (
            "It had recruited temporary drivers to keep the buses running on the main routes.",
            "The company had not recruited any extra drivers.",
        ),
        (
            "It had cancelled the evening crossings to keep its crews rested before the storm.",
            "The ferry operator had not cancelled any crossings.",
        ),
    ],
)
def test_a_denied_act_with_a_shared_object_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same verb, another object
        (
            "It had hired agency nurses to cover essential shifts in intensive care and maternity.",
            "The hospital had not hired new doctors.",
        ),
        # a light verb: the noun after it carries the act
        (
            "It had made changes to the rota to cover essential shifts in intensive care.",
            "The hospital had not made changes to its pay offer.",
        ),
        # both deny it
        (
            "It had not hired agency nurses to cover essential shifts.",
            "The hospital had not hired replacement nurses.",
        ),
        # another verb
        (
            "It had trained agency nurses to cover essential shifts in intensive care.",
            "The hospital had not hired replacement nurses.",
        ),
    ],
)
def test_other_acts_or_objects_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)


PORT_A = """It had chartered freight barges to clear the customs yard, a spokesman said.

Hundreds of lorries were stranded on the quay at Brackwater on Monday after the port closed.
"""

PORT_B = """The port authority had not chartered extra barges, officials said.

Hundreds of lorries were stranded on the quay at Brackwater on Monday after the port closed.
"""


def test_a_denied_act_is_linked_across_two_articles(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    report = build_report([write_articles({"a.txt": PORT_A, "b.txt": PORT_B})])
    assert ("affirmed", "not") in _conflicts(report, ConflictType.NEGATION)


# --- two days of the week for one event, wherever the verb stands ------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Thieves stole three silver cups from the abbey early Sunday in a planned raid.",
            "Three silver cups were stolen from the abbey in an overnight break-in early Saturday.",
        ),
        (
            "Vandals damaged two statues in the park on Tuesday.",
            "Two statues in the park were damaged by vandals on Thursday.",
        ),
        (
            "A landslide buried the mountain road near Valtorre late on Wednesday.",
            "A huge landslide buried the road near Valtorre and two farms on Friday.",
        ),
    ],
)
def test_two_weekdays_for_one_event_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same day
        (
            "Thieves stole three silver cups from the abbey early Sunday.",
            "Three silver cups were stolen from the abbey early Sunday.",
        ),
        # the day it was told, not the day it happened
        (
            "Thieves stole three silver cups from the abbey, police said on Sunday.",
            "Three silver cups were stolen from the abbey early Saturday.",
        ),
        # evening and the next morning: one moment in two time zones
        (
            "Thieves stole three silver cups from the abbey late on Friday evening.",
            "Three silver cups were stolen from the abbey early Saturday morning.",
        ),
        # the end of a period, not the day of the event
        (
            "The mountain road near Valtorre will stay closed until early Monday.",
            "The mountain road near Valtorre was closed early Friday.",
        ),
        # the day of a thing named
        (
            "Fans of the club queued outside the stadium for early Sunday's match.",
            "Fans of the club queued outside the stadium on Friday.",
        ),
    ],
)
def test_other_weekdays_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in conflict_types(text_a, text_b)


# --- a dated article's weekday against an undated article's --------------------------------


def _dated(text: str) -> str:
    """An article published on Wednesday 2026-03-04: its weekdays resolve to that week."""
    return f"---\ntitle: Report\nsource: Dated Desk\ndate: 2026-03-04\n---\n\n{text}\n"


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        (
            "Burglars forced open a side door of the Orlen Gallery early on Tuesday.",
            "Burglars forced open a side door of the Orlen Gallery early on Thursday.",
        ),
        (
            "Two statues in Varga Park were damaged by vandals on Monday.",
            "Vandals damaged two statues in Varga Park on Saturday.",
        ),
    ],
)
def test_a_resolved_weekday_meets_an_unresolved_one(
    write_articles: Callable[[dict[str, str]], Path], dated: str, undated: str
) -> None:
    folder = write_articles({"a.md": _dated(dated), "b.txt": f"Source: Plain Wire\n\n{undated}\n"})
    report = build_report([folder])
    assert any(c.type is ConflictType.DATE for cl in report.clusters for c in cl.conflicts)


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        # the same weekday
        (
            "Burglars forced open a side door of the Orlen Gallery early on Tuesday.",
            "Burglars forced open a side door of the Orlen Gallery early on Tuesday.",
        ),
        # the day it was told, not the day it happened
        (
            "Burglars forced open a side door of the Orlen Gallery, police said on Tuesday.",
            "Burglars forced open a side door of the Orlen Gallery early on Thursday.",
        ),
        # the end of a period
        (
            "The Orlen Gallery will stay closed until early Tuesday.",
            "The Orlen Gallery was closed early on Thursday.",
        ),
    ],
)
def test_a_resolved_weekday_that_does_not_conflict(
    write_articles: Callable[[dict[str, str]], Path], dated: str, undated: str
) -> None:
    folder = write_articles({"a.md": _dated(dated), "b.txt": f"Source: Plain Wire\n\n{undated}\n"})
    report = build_report([folder])
    assert not any(c.type is ConflictType.DATE for cl in report.clusters for c in cl.conflicts)


# --- two months for one event, in articles with no date to place them -----------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Kelmin Steel will close its plant in Arnhall in March.",
            "Kelmin Steel will close its plant in Arnhall in June.",
        ),
        (
            "The new bridge over the Tamsa will open in early September.",
            "The new bridge over the Tamsa will open in late November.",
        ),
    ],
)
def test_two_months_for_one_event_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same month
        (
            "Kelmin Steel will close its plant in Arnhall in early March.",
            "Kelmin Steel will close its plant in Arnhall in late March.",
        ),
        # the end of a period, not the month of the event
        (
            "The plant in Arnhall will stay open until March.",
            "Kelmin Steel will close its plant in Arnhall in June.",
        ),
        # the month a period starts
        (
            "Kelmin Steel will close its plant in Arnhall from March.",
            "Kelmin Steel will close its plant in Arnhall in June.",
        ),
        # the month it was told
        (
            "Kelmin Steel will close its plant in Arnhall, the firm said in March.",
            "Kelmin Steel will close its plant in Arnhall in June.",
        ),
    ],
)
def test_other_months_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in conflict_types(text_a, text_b)


# --- "According to X who ..., statement": the relative says which X speaks -------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "According to a ferry worker who asked not to be named, the pumps did not start.",
            "a ferry worker",
            "The pumps did not start.",
        ),
        (
            "According to two officials who spoke on condition of anonymity because they were"
            " not allowed to brief reporters, the minister will resign on Friday.",
            "two officials",
            "The minister will resign on Friday.",
        ),
        (
            "According to villagers who fled the valley, soldiers burned dozens of barns.",
            "villagers",
            "Soldiers burned dozens of barns.",
        ),
    ],
)
def test_a_lead_source_with_a_relative_is_the_speaker(
    sentence: str, speaker: str, claim: str
) -> None:
    found = parse.parse_statement(sentence, "a:1", "a")
    assert (found.attribution, found.text) == (speaker, claim)


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb opens the relative
        "According to the pilot who the council hired, the ferry sank.",
        # a participle goes on about what the relative names
        "According to clerks who work at the old gazette, edited by Ana Ruiz, the rooms are cold.",
    ],
)
def test_other_lead_relatives_give_no_speaker(sentence: str) -> None:
    assert parse.parse_statement(sentence, "a:1", "a").attribution is None


# --- "X forced Y to ...": X is the cause ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Heavy snow had forced organisers to cancel the hill race.", "Heavy snow"),
        (
            "Strong gusts over the harbour forced the ferry line to call off the last sailing.",
            "Strong gusts over the harbour",
        ),
        ("A burst water main forced the school to close for the day.", "A burst water main"),
    ],
)
def test_the_subject_of_forced_to_is_the_cause(sentence: str, reason: str) -> None:
    assert parse.parse_statement(sentence, "a:1", "a").reason == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "He forced the driver to stop.",  # who acted
        "Doctors were forced to use a sedative.",  # a passive: no cause named
        "Mara Vint forced the clerk to open the safe.",  # a person acted
        "The guard who forced the door to open was arrested.",  # a clause
        "The setbacks forced the board into a corner when it came to the budget.",  # no "to" act
    ],
)
def test_other_forced_sentences_give_no_cause(sentence: str) -> None:
    assert parse.parse_statement(sentence, "a:1", "a").reason is None


def test_a_forced_cause_conflicts_with_another_cause() -> None:
    found = conflict_types(
        "Heavy fog forced the ferry company to cancel the morning crossing to Skarra.",
        "The ferry company cancelled the morning crossing to Skarra because of a broken engine.",
    )
    assert ConflictType.REASON in found


# --- "have not arrested anyone": a denial for anyone meets any who were arrested -----------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Police have arrested two men.", "Police have not arrested anyone."),
        ("Police have arrested the harbour master.", "Police have not arrested anyone."),
        ("Prosecutors have charged three dock workers.", "Prosecutors haven't charged anybody."),
    ],
)
def test_a_denial_for_anyone_conflicts_with_an_arrest(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # another act
        ("Police have arrested two men.", "Police have not charged anyone."),
        # both deny it
        ("Police have not arrested the two men.", "Police have not arrested anyone."),
        # what is denied for the named is still told apart ("the leader" / "two guards")
        ("Police arrested seven guards.", "The leader has not been arrested."),
    ],
)
def test_other_denials_do_not_conflict_with_an_arrest(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)


# --- two days of the week that end one period -------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Orlen Gallery will stay closed until next Monday.",
            "The Orlen Gallery will remain closed until next Thursday.",
        ),
        (
            "The dock strike will last until Wednesday.",
            "The dock strike will continue till Friday.",
        ),
        (
            "Tram line 4 will be suspended until Sunday.",
            "Tram line 4 will be suspended until early Tuesday.",
        ),
    ],
)
def test_two_ends_of_one_period_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same end
        (
            "The Orlen Gallery will stay closed until Monday.",
            "The Orlen Gallery will remain closed until Monday.",
        ),
        # two things closed
        (
            "The Orlen Gallery will stay closed until Monday.",
            "The Varga Bridge will remain closed until Friday.",
        ),
        # an end and the day of an act
        (
            "The Orlen Gallery will stay closed until Monday.",
            "The Orlen Gallery was closed on Friday.",
        ),
    ],
)
def test_other_ends_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in conflict_types(text_a, text_b)
