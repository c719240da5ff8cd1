"""A denial that no thing of a kind was done to ("No drone has been recovered") against a
claim whose own verb does it to that thing ("Police recovered a drone from a field"): one
act, though the verb is of no predicate class the keys compare (``_none_done_then_done``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types, conflict_values, sourced_article


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "No drone has been recovered.",
            "Officers recovered a drone from a ditch near the runway on Sunday.",
        ),
        ("No bodies have been found.", "Divers found two bodies near the hull on Monday."),
        ("No ransom was paid.", "The clinic paid the ransom on Wednesday."),
        ("No warrant was issued.", "A judge in Tarbek issued a warrant for his arrest."),
    ],
)
def test_no_thing_done_meets_the_same_verb_done_to_it(denial: str, assertion: str) -> None:
    assert conflict_values(denial, assertion, ConflictType.NEGATION) == [("no", "affirmed")]
    assert conflict_values(assertion, denial, ConflictType.NEGATION) == [("affirmed", "no")]


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # another thing
        ("No drone has been recovered.", "Officers recovered debris from a ditch on Sunday."),
        # another verb: finding is not recovering
        ("No drone has been recovered.", "Officers found a drone in a ditch on Sunday."),
        # the thing stands after a preposition, not as what was done to
        ("No bodies have been found.", "Divers found the hull near two bodies."),
        # a hope, not the act
        ("No drone has been recovered.", "Officers hope to recover a drone from the lake."),
        # the negation is not the subject's
        ("The drone was recovered with no damage.", "Officers recovered a drone on Sunday."),
    ],
)
def test_another_thing_verb_or_hope_is_no_conflict(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(denial, assertion)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Villagers in Orsk received no warning before the flood.",
            "Villagers in Orsk were warned on Monday.",
        ),
        ("The villagers got no warning before the flood.", "The villagers were warned on Monday."),
        ("The crew had received no warning.", "The crew was warned by radio an hour before."),
        # the assertion's other clause gives another event frame
        (
            "The villagers got no warning before the flood.",
            "The villagers were warned to leave on Monday, when the river office issued a red "
            "alert for the dam.",
        ),
    ],
)
def test_none_received_meets_the_same_act_told_as_a_passive(denial: str, assertion: str) -> None:
    assert conflict_values(denial, assertion, ConflictType.NEGATION) == [("no", "affirmed")]


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # not done to the subject: the officials warned, of a flood
        (
            "The villagers got no warning before the flood.",
            "Officials warned of a flood last year.",
        ),
        # the subject gave the warning, not got it
        (
            "The villagers got no warning before the flood.",
            "The villagers warned officials of the flood on Monday.",
        ),
        # another subject
        ("The villagers got no warning before the flood.", "The farmers were warned on Monday."),
        # another act done to them
        ("The villagers got no warning before the flood.", "The villagers were moved on Monday."),
    ],
)
def test_none_received_does_not_meet_another_subject_or_act(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(denial, assertion)


def test_the_report_puts_none_received_beside_the_passive(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    lead = "A flood swept through the village of Orsk on Wednesday, killing three people."
    warned = (
        "Villagers were warned to leave on Monday, when the river office issued a red alert "
        "for the dam above the village."
    )
    unwarned = "Villagers received no warning before the flood."
    folder = write_articles(
        {
            "a.md": sourced_article("Valley Courier", f"{lead}\n\n{warned}"),
            "b.md": sourced_article("Delta Radio", f"{lead}\n\n{unwarned}"),
        }
    )
    report = build_report([folder])
    assert conflict_clusters(report, ConflictType.NEGATION) == [{warned, unwarned}]
