"""A refusing verb and its "to" read as "not" (data/refusing_verbs.txt): "refused to resign"
is the denial of "resigned" and one statement with "did not resign"."""

from __future__ import annotations

import pytest

from claim_helpers import claim
from claimtrack import judge
from claimtrack.match.score import score_keys
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim, normalize_text


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The minister refused to resign.", "minister not @resign"),
        ("Sand has declined to concede.", "sand not conced"),
        ("The company failed to pay its staff.", "company not pay staff"),
        # "not @attend" means skipping, as "did not attend" does
        ("The minister refused to attend the summit.", "minister @skip summit"),
    ],
)
def test_a_refusal_to_act_reads_as_not(sentence: str, text: str) -> None:
    key = normalize_text(sentence)
    assert key.text == text
    assert key.negated or "@skip" in key.tokens


@pytest.mark.parametrize(
    "sentence",
    [
        # a fall, not a refusal: a figure or a stop word after "to"
        "Sales declined to 5 percent.",
        "Exports declined to their lowest level in a decade.",
        # a refusal of a thing, not of an act
        "The minister refused the offer.",
        "The union declined an invitation to the talks.",
    ],
)
def test_a_fall_or_a_refused_thing_is_no_not(sentence: str) -> None:
    assert not normalize_text(sentence).negated


@pytest.mark.parametrize(
    ("refused", "done"),
    [
        ("Sand has refused to concede.", "Sand conceded defeat on Monday morning."),
        ("The minister refused to resign.", "The minister resigned on Friday."),
        ("The company failed to pay its staff.", "The company paid its staff."),
    ],
)
def test_a_refusal_to_act_denies_the_act(refused: str, done: str) -> None:
    a, b = claim(refused, "a:1"), claim(done, "b:1")
    ka, kb = normalize_claim(a), normalize_claim(b)
    conflicts, _ = judge.judge_pair(a, b, ka, kb)
    assert ConflictType.NEGATION in {c.type for c in conflicts}
    _, _, vetoed = score_keys(ka, kb)
    assert vetoed  # never one statement


def test_a_refusal_to_act_is_one_statement_with_not_acting() -> None:
    a, b = claim("Police declined to comment.", "a:1"), claim("Police did not comment.", "b:1")
    score, _, vetoed = score_keys(normalize_claim(a), normalize_claim(b))
    assert not vetoed and score > 50
