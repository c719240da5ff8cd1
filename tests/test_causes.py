"""Causes: the phrases that give a reason ("in a dispute over", "prompted by", "over a row
about") and two different reasons for one act as a conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.models import ConflictType
from claimtrack.parse.dates import find_dates
from claimtrack.parse.split import find_reason
from story_claims import conflict_types, conflict_values

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


# --- causes: "over a row about", "over a disagreement over" --------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Daniel Okoro quit as health minister over a row about cuts to hospital funding.",
            "over a row about cuts to hospital funding",
        ),
        ("The coach left over a row with the owner.", "over a row with the owner"),
        ("Two directors resigned over a disagreement about pay.", "over a disagreement about pay"),
        (
            "The talks collapsed over a dispute over fishing rights.",
            "over a dispute over fishing rights",
        ),
    ],
)
def test_causes_told_as_a_row(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The team won three games in a row over the weekend.",
        "The row over pay was settled on Friday.",
        "They sat in a row over the river.",
    ],
)
def test_no_cause_in_rows_of_another_kind(text: str) -> None:
    assert find_reason(text) is None


def test_a_row_and_ill_health_are_two_causes_of_one_resignation() -> None:
    found = conflict_types(
        "Health minister Daniel Okoro was stepping down because of ill health.",
        "Daniel Okoro quit as health minister on Tuesday over a row about cuts to hospitals.",
    )
    assert ConflictType.REASON in found


# --- what holds an act back: the agent of "was delayed by", "were hampered by" --------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The launch was delayed by strong winds.", "strong winds"),
        ("Repairs to the pier have been held up by a row over funding.", "a row over funding"),
        ("The search was hampered by thick fog, coastguards said.", "thick fog"),
        ("The vote was postponed by a court challenge in March.", "a court challenge in March"),
    ],
)
def test_what_held_an_act_back_is_its_cause(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The launch was delayed by two hours.",  # a length of time
        "The ferry was held up by about 40 minutes.",
        "Opening of the pier was postponed by a week.",
        "The launch was delayed by 3 days.",
        "The bus was stopped by police on Friday.",  # not a verb of holding back
        "Traffic was slowed.",  # no agent
    ],
)
def test_no_cause_after_a_length_or_another_verb(text: str) -> None:
    assert find_reason(text) is None


def test_a_cause_held_back_by_conflicts_with_a_because() -> None:
    found = conflict_values(
        "Work on the sea wall was delayed by a shortage of granite.",
        "Work on the sea wall was delayed because of a contract dispute.",
        ConflictType.REASON,
    )
    assert found == [("a shortage of granite", "because of a contract dispute")]


# --- causes: the subject of "caused the fire", "triggered the blast" -------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("An electrical fault caused the fire at the warehouse.", "An electrical fault"),
        ("A gas leak triggered the explosion, police said.", "A gas leak"),
        ("Heavy rain has caused the flooding in the valley.", "Heavy rain"),
        ("A discarded cigarette started the blaze.", "A discarded cigarette"),
        ("A loose bolt caused the derailment near Kelso.", "A loose bolt"),
    ],
)
def test_the_subject_of_a_verb_of_setting_off_an_event_is_its_cause(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        # a result, not an event; an act of someone; a pronoun; a name
        "The storm caused long delays on the roads.",
        "The referee started the match ten minutes late.",
        "He started the fire in the kitchen.",
        "Lars Berg started the fire in the kitchen.",
        "The fire at the warehouse caused the road to close.",
    ],
)
def test_no_cause_from_a_subject_of_another_object(text: str) -> None:
    assert find_reason(text) is None


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The fire at the Kelso warehouse was caused by an electrical fault.",
            "A discarded cigarette caused the fire at the Kelso warehouse.",
            ("an electrical fault", "A discarded cigarette"),
        ),
        (
            "A gas leak triggered the explosion at the Selby flats.",
            "A faulty boiler caused the explosion at the Selby flats.",
            ("A gas leak", "A faulty boiler"),
        ),
    ],
)
def test_a_cause_told_as_the_subject_conflicts_with_another(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.REASON) == [values]


def test_one_cause_told_as_the_subject_and_by_a_passive_agrees() -> None:
    assert not conflict_values(
        "The fire at the Kelso warehouse was caused by an electrical fault.",
        "An electrical fault caused the fire at the Kelso warehouse.",
        ConflictType.REASON,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a clause before "caused": no thing named as the cause
        "Nobody knows what caused the fire at the depot.",
        "A spokesman declined to say what investigators believed had caused the crash.",
        "Police said a loose bolt caused the derailment.",
    ],
)
def test_a_clause_before_caused_names_no_cause(text: str) -> None:
    assert find_reason(text) is None


# --- a stoppage called over what it protests ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The walkout was called over the closure of a canteen.", "the closure of a canteen"),
        ("The stoppage was declared over new overtime rules that cut pay.", "new overtime rules"),
        ("Strikes were staged over unpaid bonuses, the union said.", "unpaid bonuses"),
    ],
)
def test_a_stoppage_called_over_something_gives_it_as_the_cause(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was called over the weekend.",
        "The protest was staged over two days.",
        "The rally was staged over 200 metres of seafront.",
        "The vote was held over the summer.",  # not a verb of calling a stoppage
        "The strike was called over the phone by a shop steward.",
    ],
)
def test_a_time_or_another_verb_after_over_gives_no_cause(text: str) -> None:
    assert find_reason(text) is None


def test_two_causes_of_one_stoppage_conflict() -> None:
    found = conflict_values(
        "The walkout was called over the closure of a canteen.",
        "The walkout was called over new overtime rules.",
        of=ConflictType.REASON,
    )
    assert found == [("the closure of a canteen", "new overtime rules")]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The contamination was caused by a cracked sewer pipe.",
            "Storm runoff at the reservoir caused the contamination.",
            ("a cracked sewer pipe", "Storm runoff at the reservoir"),
        ),
        (
            "A leaking fuel tank caused the contamination of the well.",
            "The contamination of the well was caused by farm runoff.",
            ("A leaking fuel tank", "farm runoff"),
        ),
    ],
)
def test_two_causes_of_a_contamination_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.REASON) == [values]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Storm runoff caused the contamination.", "Storm runoff"),
        ("A cracked sewer pipe caused the contamination in Ashby.", "A cracked sewer pipe"),
    ],
)
def test_the_subject_that_caused_a_contamination_is_its_cause(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        # a result, an act of someone, a pronoun
        "The contamination caused long queues for bottled water.",
        "He caused the contamination by mistake.",
    ],
)
def test_no_cause_of_a_contamination_from_its_look_alikes(text: str) -> None:
    assert find_reason(text) is None
