"""A "not" inside a subject's relative ("Ten volunteers who are not from the region have
joined the rescue teams") describes who the subject is; the parser leaves such a claim
unnegated, and the judge does not read the match key's "not" as a denial of the main act.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.judge.polarity import _negation_in_relative_clause, negation_conflicts
from claimtrack.normalize import load_tables, normalize_claim


def _negations(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    tables = load_tables()
    ka, kb = normalize_claim(a), normalize_claim(b)
    return [c.values for c in negation_conflicts(a, b, ka, kb, tables)]


@pytest.mark.parametrize(
    "text",
    [
        "Ten volunteers who are not from the region have joined the rescue teams.",
        "Drivers who have not paid the toll were fined on Monday.",
    ],
)
def test_a_not_in_the_subjects_relative_denies_nothing(text: str) -> None:
    claim = parse.parse_statement(text, "a:1", "a")
    assert not claim.negated
    assert _negation_in_relative_clause(claim)


def test_a_relatives_not_makes_no_negation_conflict() -> None:
    # (the key's "not" made this pair a negation conflict once the main verb, "join", was
    # read past the relative)
    assert not _negations(
        "Six other foreign doctors who are not of Greek origin have also joined the Greek "
        "medics in recent weeks.",
        "Lena Berg recently wrote about her eagerness to join the Greek medics on her blog.",
    )


def test_a_denial_of_the_main_act_still_conflicts() -> None:
    # must fire: the "not" is the main clause's own
    assert _negations(
        "The harbour master did not raise the storm alarm.",
        "The harbour master raised the storm alarm.",
    )
