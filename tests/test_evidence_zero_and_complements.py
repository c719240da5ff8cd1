"""Evidence of conflicts: a zero of a sized group ("None of the 40 guests") is compared as
none, not as the group's size; a denial and an assertion of one act on two named
complements ("did not buy from X" / "bought from Y") are no negation conflict."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.models import Conflict, ConflictType


def _numeric(a: str, b: str) -> list[Conflict]:
    return [c for c in compare_claims(a, b).conflicts if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("zero", "count", "values"),
    [
        ("None of the 40 guests fell ill.", "Four guests fell ill.", ("None", "Four")),
        ("No one of the 300 passengers was hurt.", "Six passengers were hurt.", ("No one", "Six")),
        ("Not one of its 12 trawlers sank.", "Three trawlers sank.", ("Not one", "Three")),
        (
            "None of the 40 guests fell ill.",
            "Four of the 40 guests fell ill.",
            ("None", "Four"),
        ),
    ],
)
def test_a_zero_of_a_sized_group_is_compared_as_none(
    zero: str, count: str, values: tuple[str, str]
) -> None:
    conflicts = _numeric(zero, count)
    assert conflicts, (zero, count)
    assert conflicts[0].values == values
    assert f"{values[0]} (0)" in conflicts[0].explanation
    # the group's size is not the count: it stands in neither the values nor the reason
    size = next(w for w in zero.split() if w.isdigit())
    assert size not in conflicts[0].explanation
    # either way round
    back = _numeric(count, zero)
    assert back and back[0].values == (values[1], values[0])


def test_a_part_of_a_sized_group_still_counts_its_part() -> None:
    conflicts = _numeric("Two of the 40 guests fell ill.", "Four guests fell ill.")
    assert conflicts and conflicts[0].values == ("Two", "Four")


@pytest.mark.parametrize(
    ("zero", "other"),
    [
        # the group's size told again: no count of the ill to compare with none
        ("None of the 40 guests fell ill.", "The 40 guests arrived."),
        ("None of the 40 guests fell ill.", "None of the 40 guests fell ill."),
        ("Not one of its 12 trawlers sank.", "The fleet has 12 trawlers."),
    ],
)
def test_a_zero_of_a_group_is_not_compared_with_the_group(zero: str, other: str) -> None:
    assert not _numeric(zero, other)
    assert not _numeric(other, zero)


def test_the_group_size_still_meets_another_size() -> None:
    # "None of the 40" against a group of 60: the sizes differ, the zero is not compared
    conflicts = _numeric("None of the 40 guests fell ill.", "All 60 guests fell ill.")
    assert all(c.values[0] != "None" for c in conflicts)


def test_the_group_size_does_not_meet_a_floor_of_the_count() -> None:
    # "at least four" holds of 40, but 40 is how many guests there were, not how many fell ill
    conflicts = _numeric("None of the 40 guests fell ill.", "At least four guests fell ill.")
    assert conflicts and conflicts[0].values == ("None", "At least four")


@pytest.mark.parametrize(
    ("part", "floor", "values"),
    [
        (
            "Two of the 40 guests fell ill.",
            "At least four guests fell ill.",
            ("Two", "At least four"),
        ),
        (
            "Three of its 12 trawlers sank.",
            "At least five trawlers sank.",
            ("Three", "At least five"),
        ),
        (
            "Five of the 300 passengers were hurt.",
            "More than eight passengers were hurt.",
            ("Five", "More than eight"),
        ),
    ],
)
def test_the_group_size_of_a_part_does_not_meet_a_floor_of_the_count(
    part: str, floor: str, values: tuple[str, str]
) -> None:
    # "at least four" holds of 40, but 40 is how many guests there were: two fell ill
    conflicts = _numeric(part, floor)
    assert conflicts and conflicts[0].values == values
    back = _numeric(floor, part)
    assert back and back[0].values == (values[1], values[0])


@pytest.mark.parametrize(
    ("part", "other"),
    [
        # the group's size told again, or a count within the part: no conflict
        ("Two of the 40 guests fell ill.", "Forty guests attended the dinner."),
        ("Two of the 40 guests fell ill.", "The 40 guests arrived."),
        ("Three of its 12 trawlers sank.", "The fleet has 12 trawlers."),
        ("Two of the 40 guests fell ill.", "At least two guests fell ill."),
        ("Two of the 40 guests fell ill.", "Two guests fell ill."),
    ],
)
def test_a_part_of_a_group_is_not_set_against_the_group_or_an_agreeing_count(
    part: str, other: str
) -> None:
    assert not _numeric(part, other)
    assert not _numeric(other, part)


def _negation(a: str, b: str) -> list[Conflict]:
    return [c for c in compare_claims(a, b).conflicts if c.type is ConflictType.NEGATION]


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The bakery did not buy flour from Orvel Foods.",
            "The bakery bought flour from Brenton Mills.",
        ),
        (
            "The ministry did not buy the vaccines from Orvel Pharma.",
            "The ministry bought the vaccines from Brenton Labs.",
        ),
        (
            "The striker did not sign a new contract with the Harlow Lions.",
            "The striker signed a new contract with the Dunmore Tigers.",
        ),
        ("The co-op did not buy the Orvel mill.", "The co-op bought the Brenton mill."),
    ],
)
def test_a_denial_and_an_assertion_naming_two_parties_do_not_conflict(
    denial: str, assertion: str
) -> None:
    assert not _negation(denial, assertion)
    assert not _negation(assertion, denial)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # the same act on the same complement, or on no named one
        ("The co-op did not buy the mill.", "The co-op bought the mill."),
        (
            "The bakery did not buy flour from Orvel Foods.",
            "The bakery bought flour from Orvel Foods.",
        ),
        # one name told in more words
        (
            "The bakery did not buy flour from Orvel.",
            "The bakery bought flour from Orvel Foods Ltd.",
        ),
        # the denied party is among those the assertion names
        (
            "The bakery did not buy flour from Orvel Foods.",
            "The bakery bought flour from Brenton Mills and Orvel Foods.",
        ),
        # one side names no party
        ("The bakery did not buy flour.", "The bakery bought flour from Brenton Mills."),
    ],
)
def test_the_same_act_on_the_same_complement_still_conflicts(denial: str, assertion: str) -> None:
    assert _negation(denial, assertion)


def test_a_title_case_headline_names_no_complement() -> None:
    # every noun is capitalized: "Rates" and "Interest Rate" are no names of two parties
    assert _negation("Bank Did Not Raise Rates", "Bank Raised Interest Rate")


def _negations(a: str, b: str) -> list[Conflict]:
    return [c for c in compare_claims(a, b).conflicts if c.type is ConflictType.NEGATION]


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("No one was taken to hospital.", "Two workers were taken to hospital."),
        ("Nobody was admitted to hospital.", "Five pupils were admitted to hospital."),
        ("No one remains in hospital.", "Three climbers remain in hospital."),
    ],
)
def test_a_zero_in_hospital_against_a_count_in_hospital(zero: str, count: str) -> None:
    # "taken to hospital": the place of care tells the toll, as "fell ill" does
    for a, b in ((zero, count), (count, zero)):
        conflicts = _negations(a, b)
        assert conflicts, (a, b)
        assert "none were" in conflicts[0].explanation


@pytest.mark.parametrize(
    ("zero", "other"),
    [
        # the hospital as a speaker or a setting puts no one in it
        ("No one from the hospital commented.", "Two hospital staff commented."),
        ("No one at the hospital was told.", "Two nurses at the hospital were told."),
        # another act than being taken there
        ("No one was taken to hospital.", "Two workers were treated at the scene."),
        # a plan, not a toll
        ("No one will be taken to hospital.", "Two workers were taken to hospital."),
    ],
)
def test_a_hospital_named_otherwise_is_no_toll(zero: str, other: str) -> None:
    assert not _negations(zero, other)
    assert not _negations(other, zero)
