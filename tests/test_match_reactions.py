"""A reaction to an act and the act (``match.reactions``): "Officials defended the closure of
the tunnel" / "The city closed the tunnel" never make one fact, and the reaction's day is no
date of the act. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import normalize, parse
from claimtrack.match.reactions import reaction_apart, reacts
from claimtrack.normalize import MatchKey
from claimtrack.options import Options
from claimtrack.pipeline import build_report


def _key(text: str) -> MatchKey:
    return normalize.normalize_claim(parse.parse_statement(text, "a", "a"), Options())


APART = [
    (
        "Dorrow officials on Thursday defended the sudden closure of the Pell Tunnel.",
        "The city of Dorrow closed the Pell Tunnel to all traffic on Wednesday.",
    ),
    (
        "Farmers welcomed the ban on imported seed.",
        "The ministry banned imported seed from March.",
    ),
    (
        "Opposition leaders criticised the decision to delay the vote.",
        "The assembly delayed the vote until June.",
    ),
]

NOT_APART = [
    # both react
    (
        "The mayor defended the closure of the Pell Tunnel.",
        "The council also defended the closure of the Pell Tunnel.",
    ),
    # no act named: "defended" is to protect
    ("Troops defended the town through the night.", "Troops held the town through the night."),
    # a passive takes no object: what it says of its subject is told
    (
        "His outburst was justified because Ferro denied the claim.",
        "Ferro denied the claim to reporters.",
    ),
    # neither reacts
    ("The city closed the Pell Tunnel.", "The Pell Tunnel was shut on Wednesday."),
]


@pytest.mark.parametrize(("text_a", "text_b"), APART)
def test_a_reaction_is_never_the_act(text_a: str, text_b: str) -> None:
    key_a, key_b = _key(text_a), _key(text_b)
    assert reacts(key_a) and not reacts(key_b)
    assert reaction_apart(key_a, key_b) and reaction_apart(key_b, key_a)


@pytest.mark.parametrize(("text_a", "text_b"), NOT_APART)
def test_no_reaction_is_called_where_none_is_told(text_a: str, text_b: str) -> None:
    key_a, key_b = _key(text_a), _key(text_b)
    assert not reaction_apart(key_a, key_b) and not reaction_apart(key_b, key_a)


def test_the_reaction_stays_out_of_the_act_s_cluster(tmp_path: Path) -> None:
    texts = {
        "wire.txt": "The city of Dorrow closed the Pell Tunnel to all traffic on Wednesday.\n",
        "ledger.txt": (
            "Dorrow officials on Thursday defended the sudden closure of the Pell Tunnel.\n"
        ),
        "gazette.txt": "The Pell Tunnel was closed to all traffic on Wednesday.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([tmp_path])
    ids = {c.text: c.id for c in report.claims}
    reaction = ids[texts["ledger.txt"].strip()]
    for cluster in report.clusters:
        if reaction in cluster.claim_ids:
            assert len(cluster.claim_ids) == 1
        assert not [c for c in cluster.conflicts if reaction in c.claim_ids]
