"""Two causes of one event that share only what they act on ("faulty wiring in the heating
element" / "a defective timer switch that fails to turn off the heating element") are two
causes: each cause's own noun phrase is compared as well as all its words."""

from __future__ import annotations

import pytest

from claimtrack.judge.reasons import _head_words
from claimtrack.models import ConflictType
from story_claims import conflict_types, conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Kelmar is recalling 80,000 kettles because of faulty wiring in the base plate.",
            "Kelmar is recalling 80,000 kettles because of a loose hinge that can crack the"
            " base plate.",
        ),
        (
            "The ferry service was suspended due to a strike by the harbour pilots.",
            "The ferry service was suspended due to engine damage reported by the harbour pilots.",
        ),
        (
            "Flights at Orvik were cancelled because of heavy snow on the main runway.",
            "Flights at Orvik were cancelled because of ice on the main runway.",
        ),
    ],
)
def test_causes_that_share_only_their_tail_conflict(text_a: str, text_b: str) -> None:
    assert len(conflict_values(text_a, text_b, ConflictType.REASON)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the head of one is in the other
        (
            "The plant was closed because of concerns about safety at the site.",
            "The plant was closed due to safety concerns at the site.",
        ),
        (
            "The ferry service was suspended due to a fire in the engine room.",
            "The ferry service was suspended because of an engine room fire.",
        ),
        (
            "Kelmar is recalling 80,000 kettles because of faulty wiring in the base plate.",
            "Kelmar is recalling 80,000 kettles because of wiring in the base plate that"
            " can overheat.",
        ),
        # a cause that is a clause has no head to compare
        (
            "The match was postponed because the pitch at Orvik was flooded.",
            "The match was postponed because the stands at Orvik were flooded.",
        ),
    ],
)
def test_one_cause_in_other_words_is_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.REASON) == []


@pytest.mark.parametrize(
    ("reason", "head"),
    [
        ("because of faulty wiring in the heating element", {"fault", "wir"}),
        ("due to heavy rain, officials said", {"heavy", "rain"}),
        ("owing to a shortage of nurses", {"short"}),
        ("because the benefit was clear", set()),
        ("for logistical reasons", set()),
    ],
)
def test_the_head_of_a_cause_is_its_own_noun_phrase(reason: str, head: set[str]) -> None:
    assert _head_words(reason) == head


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a denied cause is no cause to set against another
        (
            "Most of the damage at Orvik was due to poor drainage, not due to the storm.",
            "Most of the damage at Orvik was not due to the storm, but to poor drainage.",
        ),
        # "what he described as": a clause, not a noun phrase
        (
            "Lund left the Orvik board because of delays in the harbour plan.",
            "Lund quit the Orvik board because of what he described as delays in the plan.",
        ),
    ],
)
def test_denied_causes_and_clauses_are_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.REASON) == []


# --- causes told as bare noun phrases: "was caused by contaminated meat" -----------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Vance's lawyers blamed a contaminated supplement.",
            "The positive test was caused by contaminated meat.",
        ),
        (
            "The outage was caused by a fallen tree.",
            "The outage was caused by a fallen power line.",
        ),
        ("Police blamed heavy rain for the crash.", "The crash was caused by heavy snow."),
        (
            "The positive test was caused by tainted beef he ate at a camp abroad.",
            "The positive test was caused by a tainted cough syrup.",
        ),
        # the clause after each noun is the same, the nouns are not
        (
            "The positive test was caused by a tainted syrup she drank.",
            "The positive test was caused by tainted water she drank.",
        ),
    ],
)
def test_bare_causes_with_two_heads_conflict(text_a: str, text_b: str) -> None:
    assert conflict_types(text_a, text_b) == {ConflictType.REASON}


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one head, told two ways
        (
            "The fire was caused by faulty wiring in the kitchen.",
            "The fire was caused by wiring faults.",
        ),
        (
            "The fire was caused by faulty wiring.",
            "Investigators blamed faulty wiring for the fire.",
        ),
        ("Officials blamed the crash on pilot error.", "The crash was caused by pilot error."),
        # "blamed X on Y": X is the event blamed, not a cause, whatever Y is spelt like
        (
            "The governor blamed guerrillas from the northern hills for the ambush.",
            "The governor blamed the ambush on guerillas from the northern hills.",
        ),
        # a clause after the noun: its head is the noun ("beef he ate")
        (
            "The positive test was caused by tainted beef he ate at a camp.",
            "The positive test was caused by tainted beef.",
        ),
    ],
)
def test_bare_causes_with_one_head_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.REASON not in conflict_types(text_a, text_b)
