"""A bare denial of an act told as a noun ("No arrests have been made") against a claim of
another outlet of one story that tells the act ("Police arrested two men"): linked and
judged (``judge.denial_links``), though the two share no word but the act. Look-alikes
that must not link: a denial that says more, two denials, an act of another class, two
stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import parse
from claimtrack.judge.denial_links import denied_act
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.pipeline import build_report
from story_claims import conflict_clusters, sourced_article


def _denied(text: str) -> str | None:
    claim = parse.parse_statement(text, "a:1", "a")
    return denied_act(claim, normalize_claim(claim))


@pytest.mark.parametrize(
    "text",
    ["No arrests have been made.", "No injuries were reported.", "No arrests were made."],
)
def test_a_bare_denial_names_its_act(text: str) -> None:
    assert _denied(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # affirmed
        "Two arrests have been made.",
        # says more than the denial
        "No arrests have been made in the Harwick robbery case.",
        # not "No" and a noun
        "Police have not arrested anyone.",
        "The museum's alarm did not go off.",
    ],
)
def test_other_claims_deny_no_bare_act(text: str) -> None:
    assert _denied(text) is None


_LEAD_A = "Two paintings were stolen from the Harlow Gallery in Dunmore on Sunday."
_LEAD_B = "Thieves stole two paintings from the Harlow Gallery in Dunmore on Sunday."


def _report(tmp_path: Path, text_a: str, text_b: str, lead_b: str = _LEAD_B) -> list[set[str]]:
    (tmp_path / "a.md").write_text(sourced_article("Alpha News", f"{_LEAD_A} {text_a}"))
    (tmp_path / "b.md").write_text(sourced_article("Beta Times", f"{lead_b} {text_b}"))
    return conflict_clusters(build_report([tmp_path]), ConflictType.NEGATION)


def test_a_denial_and_the_act_conflict_in_one_story(tmp_path: Path) -> None:
    found = _report(
        tmp_path, "Officers have arrested three men over the theft.", "No arrests have been made."
    )
    assert any("No arrests have been made." in cluster for cluster in found)


@pytest.mark.parametrize(
    "text_a",
    [
        # another act
        "Officers have questioned three men over the theft.",
        # a denial too
        "No arrests were made, police said.",
    ],
)
def test_no_link_without_the_act_told(tmp_path: Path, text_a: str) -> None:
    found = _report(tmp_path, text_a, "No arrests have been made.")
    assert not any("No arrests have been made." in cluster for cluster in found)


def test_no_link_across_two_stories(tmp_path: Path) -> None:
    found = _report(
        tmp_path,
        "Officers have arrested three men over the theft.",
        "No arrests have been made.",
        lead_b="Heavy rain flooded the ring road in Castlemere on Friday.",
    )
    assert not any("No arrests have been made." in cluster for cluster in found)
