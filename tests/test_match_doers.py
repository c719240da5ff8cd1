"""Two acts of two doers (``match.doers``): two main verbs, two subjects neither claim names
in the other, and a figure of a thing the other does not count, never make one fact however
alike the rest reads. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import normalize, parse
from claimtrack.match.doers import acts_in_one_setting, acts_of_two_doers, main_clause
from claimtrack.normalize import MatchKey
from claimtrack.options import Options
from claimtrack.pipeline import build_report

#: (claim a, claim b, a third article's wording of b): b and c are one fact, a is not.
TWO_DOERS = [
    (
        "Harbury finished fourth in the league last season.",
        "The winger netted 14 times in the league last season.",
        "The winger found the net 14 times in the league last season.",
    ),
    (
        "Dorsen Rovers won the cup in the spring.",
        "The keeper kept 11 clean sheets in the spring.",
        "The keeper recorded 11 clean sheets in the spring.",
    ),
]

#: Pairs one story may tell as one fact: a shared figure, the other's subject named, a
#: pronoun, a shared class, no figure at all.
ONE_FACT = [
    (
        "Ferro scored 14 league goals last season.",
        "The winger netted 14 times in the league last season.",
    ),
    (
        "The Senate passed the bill by 61 votes.",
        "The bill cleared the Senate on Tuesday.",
    ),
    (
        "He will wear the No. 8 shirt.",
        "Ferro will take the number 8 shirt at Harbury.",
    ),
    (
        "Torvane plans to file for approval with the drug agency early next year.",
        "The company said it would apply to the drug agency for approval early next year.",
    ),
    (
        "The burglars entered the gallery through a skylight.",
        "The thieves broke in through a skylight.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "text_c"), TWO_DOERS)
def test_two_acts_of_two_doers_stay_apart(
    tmp_path: Path, text_a: str, text_b: str, text_c: str
) -> None:
    for name, text in (("a.txt", text_a), ("b.txt", text_b), ("c.txt", text_c)):
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    report = build_report([tmp_path])
    ids = {c.text: c.id for c in report.claims}
    cluster_of = {i: cluster.id for cluster in report.clusters for i in cluster.claim_ids}
    assert cluster_of[ids[text_a]] != cluster_of[ids[text_b]]
    assert cluster_of[ids[text_a]] != cluster_of[ids[text_c]]


def _parsed_keys(text_a: str, text_b: str) -> list[MatchKey]:
    options = Options()
    claims = [parse.parse_statement(t, n, n) for t, n in ((text_a, "a"), (text_b, "b"))]
    return [normalize.normalize_claim(c, options) for c in claims]


@pytest.mark.parametrize(("text_a", "text_b", "_"), TWO_DOERS)
def test_the_rule_fires_on_two_doers(text_a: str, text_b: str, _: str) -> None:
    key_a, key_b = _parsed_keys(text_a, text_b)
    assert acts_of_two_doers(key_a, key_b) and acts_of_two_doers(key_b, key_a)


@pytest.mark.parametrize(("text_a", "text_b"), ONE_FACT)
def test_the_rule_leaves_one_fact_alone(text_a: str, text_b: str) -> None:
    key_a, key_b = _parsed_keys(text_a, text_b)
    assert not acts_of_two_doers(key_a, key_b) and not acts_of_two_doers(key_b, key_a)


#: Two acts told with one setting in a "when" clause: all the two share is the setting.
ONE_SETTING = [
    (
        "The hunt began on Tuesday evening when the divers failed to surface.",
        "The alert was sounded by a boatman when the pair failed to surface on Tuesday night.",
    ),
    (
        "Ferry services stopped at noon when the storm reached the coast.",
        "Several trees came down in Parlow when the gale hit the shore on Sunday.",
    ),
]

#: Pairs one story may tell as one fact, or that share more than the setting.
NOT_ONE_SETTING = [
    # the act of one is told in the other's words
    (
        "The city closed the Ardley bridge on Tuesday when inspectors found cracks.",
        "Commuters queued for hours when the Ardley bridge was closed.",
    ),
    # the main clauses share a word
    (
        "The search began on Friday when the climbers failed to return.",
        "A second search began when the pair failed to return to their car.",
    ),
    # only one claim has a setting
    (
        "The hunt began on Tuesday evening when the divers failed to surface.",
        "A boatman sounded the alert on Tuesday night.",
    ),
    # no "when" clause: "after" may tell the news itself
    (
        "The hunt began on Tuesday evening after the divers failed to surface.",
        "The alert was sounded by a boatman after the pair failed to surface.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), ONE_SETTING)
def test_two_acts_in_one_setting_are_apart(text_a: str, text_b: str) -> None:
    key_a, key_b = _parsed_keys(text_a, text_b)
    assert acts_in_one_setting(key_a, key_b) and acts_in_one_setting(key_b, key_a)


@pytest.mark.parametrize(("text_a", "text_b"), NOT_ONE_SETTING)
def test_one_setting_rule_leaves_the_rest_alone(text_a: str, text_b: str) -> None:
    key_a, key_b = _parsed_keys(text_a, text_b)
    assert not acts_in_one_setting(key_a, key_b) and not acts_in_one_setting(key_b, key_a)


def test_main_clause() -> None:
    main = main_clause("the hunt began on tuesday when the divers failed")
    assert {"hunt", "tuesday"} <= main
    assert not {"diver", "divers", "fail", "failed"} & main
    assert main_clause("when the divers failed the hunt began") == frozenset()
    assert main_clause("the hunt began on tuesday") == frozenset()


def test_two_acts_in_one_setting_stay_out_of_one_cluster(tmp_path: Path) -> None:
    text_a, text_b = ONE_SETTING[0]
    (tmp_path / "a.txt").write_text(text_a + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text_b + "\n", encoding="utf-8")
    report = build_report([tmp_path])
    ids = {c.text: c.id for c in report.claims}
    cluster_of = {i: cluster.id for cluster in report.clusters for i in cluster.claim_ids}
    assert cluster_of[ids[text_a]] != cluster_of[ids[text_b]]
