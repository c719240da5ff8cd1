"""A zero toll ("No one was injured") against a count of the same harm ("Two people were
injured by falling rocks"): related by ``match.zero_against_count`` and judged a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import build_report, compare_claims, match
from claimtrack.compare import statement_keys
from claimtrack.models import ConflictType
from claimtrack.options import Options


def _zero_against_count(a: str, b: str) -> bool:
    _, _, key_a, key_b = statement_keys(a, b, Options())
    return match.zero_against_count(key_a, key_b)


def _conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[ConflictType, tuple[str, str]]]:
    (tmp_path / "a.md").write_text(f"---\nsource: Selby Post\n---\n\nThe quarry shook.\n\n{a}\n")
    (tmp_path / "b.md").write_text(f"---\nsource: Coast Daily\n---\n\nThe quarry shook.\n\n{b}\n")
    report = build_report([tmp_path])
    return [
        (conflict.type, conflict.values)
        for cluster in report.clusters
        for conflict in cluster.conflicts
    ]


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("No one was injured.", "Two people were injured by falling rocks near Brevik."),
        ("Nobody was killed.", "Three miners were killed."),
        ("Nobody was hurt.", "Four workers were hurt."),
        ("No one was injured in the blast.", "Two were injured in the blast at the mill."),
        ("None of the guards were hurt.", "Two guards were hurt, the warden said."),
        ("No one was injured in the eruption.", "Two people were injured in the eruption."),
        # a verb that takes no "been"
        ("No one has died.", "One person has died, a 70-year-old man from Orsk."),
        ("Nobody died.", "Three climbers died."),
        ("None of the climbers have died.", "Two climbers have died."),
        # the count names the group by its members (data/group_members.txt)
        ("None of the crew were hurt.", "Two sailors were hurt."),
        ("None of the crew was injured.", "A deckhand and two seamen were injured."),
        ("None of the staff were injured.", "Three employees were injured."),
    ],
)
def test_a_zero_toll_against_a_count_conflicts(tmp_path: Path, zero: str, count: str) -> None:
    assert _zero_against_count(zero, count) and _zero_against_count(count, zero)
    found = _conflicts(tmp_path, zero, count)
    assert [kind for kind, _ in found] == [ConflictType.NEGATION]


def test_the_conflict_shows_the_zero_and_the_figure(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, "No one was injured.", "Two people were injured.")
    assert found == [(ConflictType.NEGATION, ("No one", "Two"))]


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        # another event named only by the zero claim
        ("No one was injured in the second blast.", "Two were injured in the first blast."),
        # another harm
        ("No one was killed.", "Three people were injured."),
        # no count at all
        ("No one was injured.", "Several people were injured."),
        # both deny
        ("No one was injured.", "Two guards were not injured."),
        # a negation that is no zero toll
        ("The two miners were not injured.", "Two miners were injured."),
        # a group the count does not name
        ("None of the crew were hurt.", "Two passengers were hurt."),
        # an event only the count names: maybe another event's toll
        ("No one was hurt.", "The explosion injured about 900 people."),
        ("Nobody was killed.", "Two people were killed in the flood."),
        # a zero without "been", of another event, at another place, still to come, or
        # a verb that is no harm
        ("Nobody died in the 2019 flood.", "Two people died."),
        ("No one has died in Orsk.", "Two people have died in Varna."),
        ("No one will die.", "Two people died."),
        ("Nobody knows how many died.", "Two people died."),
        # members of another group
        ("None of the staff were hurt.", "Two sailors were hurt."),
        ("None of the crew were injured.", "Three employees were injured."),
    ],
)
def test_no_zero_toll_conflict(tmp_path: Path, zero: str, count: str) -> None:
    assert not _zero_against_count(zero, count)
    found = _conflicts(tmp_path, zero, count)
    assert all("no" not in values and "none" not in values for _, values in found), found


@pytest.mark.parametrize(
    ("zero", "count", "values"),
    [
        # "one of its crew" counts one (the parser reads no figure in it)
        (
            "Nobody was hurt in the blaze.",
            "One of its crew was hurt in the blaze.",
            ("Nobody", "One"),
        ),
        (
            "Nobody was hurt in the blaze.",
            "One of the guards was hurt in the blaze.",
            ("Nobody", "One"),
        ),
    ],
)
def test_a_zero_against_one_of_a_group_shows_the_zero_and_the_one(
    tmp_path: Path, zero: str, count: str, values: tuple[str, str]
) -> None:
    assert _conflicts(tmp_path, zero, count) == [(ConflictType.NEGATION, values)]


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("No one was hurt in the blaze.", "One firefighter was hurt in the blaze."),
        ("No one was hurt in the blaze.", "One of the crew was hurt in the blaze."),
    ],
)
def test_no_one_against_one_conflicts(tmp_path: Path, zero: str, count: str) -> None:
    assert [kind for kind, _ in _conflicts(tmp_path, zero, count)] == [ConflictType.NEGATION]


@pytest.mark.parametrize(
    ("text_a", "text_b", "kinds"),
    [
        # another act of the group: nothing to dispute
        ("None of the 40 guests fell ill.", "Forty guests attended the dinner.", []),
        ("None of the 40 guests fell ill.", "The 40 guests attended the dinner on Friday.", []),
        # two sizes of the group, both with "none of": compared
        (
            "None of the 40 guests fell ill.",
            "None of the 42 guests fell ill.",
            [ConflictType.NUMERIC],
        ),
        # "not one but two": the negation is on the one, not on the ships
        ("Not one but two ships sank near the cape.", "Two ships sank near the cape.", []),
        # "one of the largest" ranks, counts no one
        (
            "No one was hurt in the blaze.",
            "One of the largest trucks was damaged in the blaze.",
            [],
        ),
    ],
)
def test_a_group_size_or_a_rank_is_no_zero_toll(
    tmp_path: Path, text_a: str, text_b: str, kinds: list[ConflictType]
) -> None:
    assert [kind for kind, _ in _conflicts(tmp_path, text_a, text_b)] == kinds


@pytest.mark.parametrize(
    ("zero", "count", "values"),
    [
        # a harm told as a state after the verb (data/harm_states.txt)
        (
            "No one fell ill after the dinner.",
            "Four guests fell ill after the dinner.",
            ("No one", "Four"),
        ),
        (
            "Nobody became sick after the picnic.",
            "Nine pupils got sick after the picnic.",
            ("Nobody", "Nine"),
        ),
        (
            "No one was taken ill at the gala.",
            "Six guests were taken ill at the gala.",
            ("No one", "Six"),
        ),
        ("None of the pupils fell ill.", "Three pupils fell ill.", ("None", "Three")),
    ],
)
def test_a_zero_against_a_count_of_the_same_state_conflicts(
    tmp_path: Path, zero: str, count: str, values: tuple[str, str]
) -> None:
    assert _zero_against_count(zero, count) and _zero_against_count(count, zero)
    assert _conflicts(tmp_path, zero, count) == [(ConflictType.NEGATION, values)]


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        # another predicate: no harm is denied
        ("No one has been charged over the blast.", "Four people were injured in the blast."),
        ("No one has been charged over the blast.", "Four people fell ill after the blast."),
        # another state, another occasion, a verb with no state, a plan
        ("No one fell ill after the picnic.", "Nine pupils were hurt after the picnic."),
        ("Nobody fell ill after the picnic.", "Nine pupils fell ill after the swim."),
        (
            "No one fell ill after the dinner.",
            "Four guests fell from the balcony after the dinner.",
        ),
        ("No one will fall ill.", "Four guests fell ill."),
    ],
)
def test_no_zero_against_a_count_of_another_harm(tmp_path: Path, zero: str, count: str) -> None:
    assert not _zero_against_count(zero, count)
    found = _conflicts(tmp_path, zero, count)
    assert all(kind is not ConflictType.NEGATION for kind, _ in found), found


def test_a_zero_of_a_group_shows_the_zero_and_the_count_not_it_happened() -> None:
    # the denial's "it did not happen" reads less than the two figures the outlets gave
    found = compare_claims(
        "None of the passengers was hurt when the ferry struck a pier.",
        "Two passengers were injured when the ferry struck a pier.",
    ).conflicts
    assert [(c.type, c.values) for c in found] == [(ConflictType.NEGATION, ("None", "Two"))]
    assert "counts Two harmed" in found[0].explanation
