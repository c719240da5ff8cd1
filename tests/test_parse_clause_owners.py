"""Whose clause is it: a speaker's own act after a reported statement ("... and urged
people to stay indoors"), and the own subject of a clause after "while", "whereas" or
", but" ("Sales rose while costs fell": "costs" is no verb the first subject shares)."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from parse_helpers import facts, parse


@pytest.mark.parametrize(
    ("sentence", "statement", "act"),
    [
        (
            "The observatory warned that tremors could continue and urged residents to sleep"
            " outdoors.",
            "Tremors could continue.",
            "The observatory urged residents to sleep outdoors.",
        ),
        (
            "The water board said supplies may run short and asked households to save water.",
            "Supplies may run short.",
            "The water board asked households to save water.",
        ),
        (
            "The ministry said the tap water is safe and called on people to stop hoarding"
            " bottles.",
            "The tap water is safe.",
            "The ministry called on people to stop hoarding bottles.",
        ),
        (
            "The union said talks will resume on Monday and told members to return to work.",
            "Talks will resume on Monday.",
            "The union told members to return to work.",
        ),
        (
            "The council said the old footbridge was unsafe and ordered it closed.",
            "The old footbridge was unsafe.",
            "The council ordered it closed.",
        ),
    ],
)
def test_a_directive_after_a_statement_is_the_speakers_act(
    sentence: str, statement: str, act: str
) -> None:
    speaker = sentence.split(" said", 1)[0].split(" warned", 1)[0]
    found = facts(sentence)
    assert (statement, speaker) in found
    assert (act, None) in found


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a past statement whose subject may speak: the mayor may have urged it
        (
            "Officials said the mayor resigned and urged residents to stay calm.",
            "The mayor urged residents to stay calm.",
        ),
        (
            "Police said the driver stopped and asked for help.",
            "The driver asked for help.",
        ),
    ],
)
def test_a_directive_after_a_past_statement_may_be_its_subjects(sentence: str, second: str) -> None:
    assert second in [text for text, _ in facts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "The fire service said in a statement that battery fires had doubled since 2023,"
            " and urged owners to charge their scooters outdoors.",
            "The fire service urged owners to charge their scooters outdoors.",
        ),
        (
            "The port board said that two cranes had failed, and asked shippers to wait.",
            "The port board asked shippers to wait.",
        ),
    ],
)
def test_a_directive_set_off_after_a_backshifted_statement_is_the_speakers(
    sentence: str, act: str
) -> None:
    """ "had doubled" tells what was so before the saying; ", and urged" is at its time."""
    assert (act, None) in facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # must not fire: no comma, or no backshifted "had"
        (
            "Police said the driver had stopped and asked for help.",
            "The driver asked for help.",
        ),
        (
            "Officials said the mayor resigned, and urged residents to stay calm.",
            "The mayor urged residents to stay calm.",
        ),
    ],
)
def test_a_directive_without_a_closed_statement_may_be_its_subjects(
    sentence: str, second: str
) -> None:
    assert second in [text for text, _ in facts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales rose 5% while costs fell 2%.", ["Sales rose 5%.", "Costs fell 2%."]),
        ("Sales rose 5%, while costs fell 2%.", ["Sales rose 5%.", "Costs fell 2%."]),
        ("Exports grew whereas imports shrank.", ["Exports grew.", "Imports shrank."]),
        (
            "The context is unclear, though muffled shouts can be heard on the tape.",
            ["The context is unclear.", "Muffled shouts can be heard on the tape."],
        ),
    ],
)
def test_a_contrast_clause_keeps_its_own_subject(sentence: str, expected: list[str]) -> None:
    assert [text for text, _ in facts(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "All roads were closed, but schools stayed open.",
            ["All roads were closed.", "Schools stayed open."],
        ),
        ("The bridge held, but the ferries stopped.", ["The bridge held.", "The ferries stopped."]),
        ("Prices rose, yet wages were flat.", ["Prices rose.", "Wages were flat."]),
        ("He was safe, but others were hurt.", ["He was safe.", "Others were hurt."]),
        (
            "The pier was shut, but costs rose anyway.",
            ["The pier was shut.", "Costs rose anyway."],
        ),
    ],
)
def test_a_clause_after_but_with_a_bare_noun_subject_is_cut(
    sentence: str, expected: list[str]
) -> None:
    assert [text for text, _ in facts(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor resigned, but later returned to the council.",
        "The envoy went to the palace, but nonetheless made a last attempt at a deal.",
        "The new phone will be thinner, but include a larger screen.",
        "The office will not comment, but cautions against work being delayed.",
        "It did not help, but faith did.",
        "The plan (with a levy on trucks, but fees still on the books) was dropped.",
    ],
)
def test_but_before_no_subject_of_its_own_leaves_one_claim(sentence: str) -> None:
    assert len(facts(sentence)) == 1


def test_but_then_a_verb_gets_the_first_subject() -> None:
    assert [text for text, _ in facts("The mayor resigned, but was reinstated.")] == [
        "The mayor resigned.",
        "The mayor was reinstated.",
    ]


def test_a_topic_after_warned_is_no_statement() -> None:
    claims = parse("Generals had warned about a revolt should the army leave.")
    assert [(c.text, c.attribution, c.kind) for c in claims] == [
        ("Generals had warned about a revolt should the army leave.", None, Kind.FACT)
    ]
