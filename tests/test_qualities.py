"""Opposite qualities of one thing: "the water is safe" / "the water is unsafe", "the strike
was legal" / "illegal", "in stable condition" / "in critical condition" (judge/qualities.py).
The two claims share every word but one, so the matcher groups them; only the judge can
tell they disagree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report
from claimtrack.judge.qualities import (
    _listed_opposites,
    base_of,
    may_hold_opposable,
    opposite,
    qualities,
)
from claimtrack.models import ConflictType
from story_claims import conflict_clusters, conflict_types, conflict_values

OPPOSED = [
    ("The water in Brackley is safe to drink.", "The water in Brackley is unsafe to drink."),
    ("The dockworkers' strike was legal.", "The dockworkers' strike was illegal."),
    (
        "The old footbridge remained stable after the flood.",
        "The old footbridge remained unstable after the flood.",
    ),
    ("The man shot by the guard was armed.", "The man shot by the guard was unarmed."),
    (
        "The injured climber is in stable condition.",
        "The injured climber is in critical condition.",
    ),
    ("The ballot in Ostrava was declared valid.", "The ballot in Ostrava was declared invalid."),
    ("The referendum is binding on the council.", "The referendum is non-binding on the council."),
    ("Tomas Berger was found guilty of fraud.", "Tomas Berger was found innocent of fraud."),
    ("The missing hiker was found alive on Sunday.", "The missing hiker was found dead on Sunday."),
    ("The new levy is completely legal.", "The new levy is completely unlawful."),
    # a second quality joined by "and"
    ("The Kessel dam is structurally sound and safe.", "The Kessel dam was unsafe."),
    # the thing is the subject of a clause inside the claim
    (
        "The general strike was ruled illegal by a court in Marren.",
        "A court in Marren ruled that the general strike was legal.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), OPPOSED)
def test_opposite_qualities_of_one_thing_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)
    assert ConflictType.ANTONYM in conflict_types(text_b, text_a)


def test_the_conflict_names_both_adjectives() -> None:
    values = conflict_values(
        "The water in Brackley is safe to drink.",
        "The water in Brackley is unsafe to drink.",
        ConflictType.ANTONYM,
    )
    assert values == [("safe", "unsafe")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a denial and the prefix say the same thing
        (
            "The water in Brackley is not safe to drink.",
            "The water in Brackley is unsafe to drink.",
        ),
        # two things the qualities are of
        (
            "The water in Brackley is safe to drink.",
            "The water in Brackley is unsafe for swimming.",
        ),
        # two subjects
        ("The north pier is safe.", "The harbour wall is unsafe."),
        ("A court ruled that the march was legal.", "A court ruled that the strike was illegal."),
        # "uncovered" is found, not "not covered"
        (
            "The fraud at the depot was covered by the press.",
            "The fraud at the depot was uncovered by the press.",
        ),
        # a prefix on a participle that is a verb of its own: "discharged", "installed"
        ("The patient was charged on Monday.", "The patient was discharged on Monday."),
        ("The pump was stalled at the plant.", "The pump was installed at the plant."),
        # a view the claim reports, not a finding it states
        (
            "Reports of the blast led some to suggest that the two fires are related.",
            "The second fire is unrelated to the blast.",
        ),
        # a relative clause gives a quality to a noun further back
        ("The old dam, which was unsafe, was rebuilt.", "The old dam was safe."),
        # a question
        ("Residents asked whether the water was safe.", "The water was unsafe."),
        # one quality, said twice
        ("The levy is illegal.", "The levy is illegal, the court said."),
    ],
)
def test_qualities_that_do_not_oppose_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("unsafe", "safe"),
        ("illegal", "legal"),
        ("irregular", "regular"),
        ("impossible", "possible"),
        ("inaccurate", "accurate"),
        ("non-binding", "binding"),
        ("unarmed", "armed"),
        ("dishonest", "honest"),
        # no negative prefix to take off
        ("indicted", None),  # "in" before a participle
        ("discharged", None),
        ("uncovered", None),  # listed: not the opposite of "covered"
        ("invaluable", None),
        ("up", None),
        ("imbalance", "balance"),
        ("illustrated", None),  # "il" before a participle
        ("irritated", None),
    ],
)
def test_base_of_a_prefixed_adjective(word: str, base: str | None) -> None:
    assert base_of(word) == base


def test_listed_opposites_hold_both_ways() -> None:
    assert opposite("safe", "dangerous")
    assert opposite("dangerous", "safe")
    assert not opposite("safe", "secure")


def test_a_quality_is_the_word_after_a_linking_verb() -> None:
    assert [q.word for q in qualities("The bridge was declared unsafe to use.")] == ["unsafe"]
    assert [q.word for q in qualities("The patient is in critical condition.")] == ["critical"]
    assert [q.next_word for q in qualities("The water is safe to drink.")] == ["to"]
    assert qualities("The council closed the bridge.") == ()
    assert [q.word for q in qualities("The dam is sound and safe.")] == ["sound", "safe"]
    assert [q.holder for q in qualities("A court ruled that the strike was legal.")] == [
        "the strike"
    ]
    assert [q.holder for q in qualities("The strike was legal.")] == [""]
    assert [q.holder for q in qualities("Inspectors found that the dam was unsafe.")] == ["the dam"]
    assert qualities("Some suggest that the two fires are related.") == ()


def test_the_screen_lets_through_every_text_with_an_opposable_quality() -> None:
    texts = [text for pair in OPPOSED for text in pair] + [
        "The bridge has been unsafe since the flood.",
        "The results remained inconclusive, the lab said.",
        "The vote is still illegal under the charter.",
        "The deal was ruled unconstitutional.",
        "The plan seems fully impossible now.",
    ]
    for text in texts:
        found = qualities(text)
        if any(base_of(q.word) or q.word in _listed_opposites() for q in found):
            assert may_hold_opposable(text), text
    assert not may_hold_opposable("The council closed the bridge on Monday.")
    assert not may_hold_opposable("The bridge is old.")


def test_opposite_qualities_conflict_in_a_report(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    """Through the whole pipeline: the run's screen over all pairs lets the pair through."""
    safe = "Inspectors said the Harwick dam is safe after the storm."
    unsafe = "Inspectors said the Harwick dam is unsafe after the storm."
    folder = write_articles({"wire.txt": safe + "\n", "paper.txt": unsafe + "\n"})
    assert conflict_clusters(build_report([folder]), ConflictType.ANTONYM) == [
        {"The Harwick dam is safe after the storm.", "The Harwick dam is unsafe after the storm."}
    ]
