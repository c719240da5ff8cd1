"""Passing and failing a test are opposites (data/predicates.txt classes ``pass`` and
``fail``, paired in data/antonyms.txt); failing to do something, a breakdown ("the engine
failed") and passing away are not."""

from __future__ import annotations

import pytest

from claim_helpers import claim
from claimtrack import judge
from claimtrack.match.vetoes import _negative
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim, normalize_text


def _types(text_a: str, text_b: str) -> set[ConflictType]:
    a, b = claim(text_a, "a:1"), claim(text_b, "b:1")
    conflicts, _ = judge.judge_pair(a, b, normalize_claim(a), normalize_claim(b))
    return {c.type for c in conflicts}


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The vessel had passed a safety inspection in January.",
            "The vessel had failed a safety inspection in January.",
        ),
        ("The car passed its emissions test.", "The car failed its emissions test."),
        ("He flunked the driving exam.", "He passed the driving exam."),
    ],
)
def test_passing_and_failing_a_test_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in _types(text_a, text_b)
    assert ConflictType.ANTONYM in _types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        (
            "The vessel had failed a safety inspection in January.",
            "The vessel had passed a safety inspection in January.",
            ("failed", "passed"),
        ),
        (
            "The car failed its emissions test.",
            "The car passed its emissions test.",
            ("failed", "passed"),
        ),
        (
            "The union dropped its strike plan.",
            "The union resumed its strike plan.",
            ("dropped", "resumed"),
        ),
    ],
)
def test_the_opposite_verbs_are_quoted_without_the_determiner_their_class_names(
    text_a: str, text_b: str, shown: tuple[str, str]
) -> None:
    # "fail a", "drop its": the determiner picks the sense; the reader is shown the verb,
    # and the span covers the verb alone
    a, b = claim(text_a, "a:1"), claim(text_b, "b:1")
    conflicts, _ = judge.judge_pair(a, b, normalize_claim(a), normalize_claim(b))
    (antonym,) = (c for c in conflicts if c.type is ConflictType.ANTONYM)
    assert antonym.values == shown
    span = antonym.value_spans[0]
    assert span is not None and text_a[span[0] : span[1]] == shown[0]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Her father passed away in March.", "Her father failed to attend in March."),
        ("The ferry passed the lighthouse at noon.", "The ferry's engine failed at noon."),
        ("The bill passed the Senate.", "The governor failed to sign the bill."),
        ("The storm passed quickly.", "The power grid failed during the storm."),
        ("The car passed its inspection.", "The engine failed."),
    ],
)
def test_failing_to_act_a_breakdown_or_a_death_is_no_opposite_of_a_pass(
    text_a: str, text_b: str
) -> None:
    assert ConflictType.ANTONYM not in _types(text_a, text_b)


@pytest.mark.parametrize(
    ("sentence", "predicates"),
    [
        ("The vessel failed a safety inspection.", {"fail"}),
        ("The vessel did not pass the safety inspection.", {"fail"}),
        ("The vessel passed a safety inspection.", {"pass"}),
        ("Her father passed away.", {"die"}),
        ("The company failed to pay its staff.", set()),
        ("The engine failed.", set()),
    ],
)
def test_the_classes_of_pass_and_fail(sentence: str, predicates: set[str]) -> None:
    assert normalize_text(sentence).predicates == predicates


def test_a_failed_test_still_says_no_to_the_vetoes() -> None:
    """A failed test stands in the key as its class ("@fail"), no longer as the word "fail"
    of data/negative_words.txt: it stays negative as the meaning of "did not pass"
    (data/negated_predicates.txt), as "the talks failed" does by its word."""
    assert _negative(normalize_text("The vessel failed a safety inspection."))
    assert _negative(normalize_text("The talks failed on Friday."))
    assert not _negative(normalize_text("The vessel passed a safety inspection."))
