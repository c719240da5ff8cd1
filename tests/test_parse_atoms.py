"""Atomic claims on news wording: trailing participle clauses, ... (issue #3).

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.parse.grammar import past_of_participle


def texts(article: str) -> list[str]:
    return [c.text for c in extract_claims(article)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The new mayor was sworn in on Monday, ushering in a new era for the harbour town.",
            [
                "The new mayor was sworn in on Monday.",
                "The new mayor ushered in a new era for the harbour town.",
            ],
        ),
        (
            "The senator won the runoff by 900 votes, vowing in a fiery speech to cut taxes.",
            [
                "The senator won the runoff by 900 votes.",
                "The senator vowed in a fiery speech to cut taxes.",
            ],
        ),
        (
            'The minister hinted she could quit, telling a local paper, "All options are open."',
            [
                "The minister hinted she could quit.",
                'The minister told a local paper, "All options are open."',
            ],
        ),
        (
            "Judge Amal Osei administered the oath at noon, capping a long climb from clerk.",
            [
                "Judge Amal Osei administered the oath at noon.",
                "Judge Amal Osei capped a long climb from clerk.",
            ],
        ),
        (
            "The coach apologised for the remark, writing that it had been careless.",
            [
                "The coach apologised for the remark.",
                "The coach wrote that it had been careless.",
            ],
        ),
    ],
)
def test_a_trailing_participle_clause_is_its_own_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle describes the noun before the comma, not the subject
        "The firm paid three separate fines, totaling $5 million.",
        # a preposition in -ing
        "The storm damaged several ports, including the largest one.",
        # a list of nouns in -ing
        "She entered three races this year, swimming, cycling and running.",
        # a list of -ing phrases
        "The plan aims at cutting costs, lowering fees, and reducing debt.",
        # the participle names the speaker's source, after the attribution
        '"Exports will rise," the agency said, quoting the trade minister.',
        # a new clause follows the participle phrase
        "The former mayor stayed in hospital, recovering from surgery, but he voted by mail.",
        # inside a quotation
        'The crowd kept chanting "we stay here, waving our flags in the rain".',
        # the participle is the subject of the main clause, after a leading phrase
        "Even for a city used to delays, building the bridge took a very long time.",
    ],
)
def test_a_participle_that_is_not_a_trailing_clause_stays(sentence: str) -> None:
    # no claim is made of the participle: it stays in the claim it came with
    participle = next(w for w in sentence.replace(",", " ").split() if w.endswith("ing"))
    assert any(participle in claim for claim in texts(sentence))


@pytest.mark.parametrize(
    ("participle", "past"),
    [
        ("ushering", "ushered"),
        ("capping", "capped"),
        ("telling", "told"),
        ("writing", "wrote"),
        ("carrying", "carried"),
        ("noting", "noted"),
        ("taking", "took"),
        ("playing", "played"),
    ],
)
def test_past_of_participle(participle: str, past: str) -> None:
    assert past_of_participle(participle) == past
