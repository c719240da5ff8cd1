"""Claims about what different parties did are never one fact, nor each other's conflict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report, compare_claims, extract_claims, match
from claimtrack.models import ConflictType
from claimtrack.normalize import MatchKey, normalize_claim, normalize_claims
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    (claim,) = extract_claims(sentence)
    return normalize_claim(claim)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oman suspended talks with Qatar.", "Egypt broke off negotiations with Jordan."),
        ("Oman halted talks with Qatar on Monday.", "Egypt halted talks with Qatar on Monday."),
        ("The Vandor Group closed the plant.", "Trellis Mining closed the plant."),
    ],
)
def test_named_subjects_that_never_meet_are_other_parties(a: str, b: str) -> None:
    assert match.other_parties(_key(a), _key(b))
    assert match.other_parties(_key(b), _key(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one party under two names: the alias table folds them
        ("Tehran suspended talks with Oman.", "Iran suspended talks with Oman."),
        # a name met by one of its words
        ("Gegil Gafous resigned on Monday.", "Gafous resigned on Monday."),
        # the other claim names this one's subject: a denial of what it did, not another act
        ("Iran had informed Oman of the decision.", "Vaziri denied that Tehran had informed Oman."),
        # a subject that is not only a name decides nothing
        ("The death toll in Kelby rose to nine.", "The fire at the Dunmore plant killed seven."),
    ],
)
def test_the_same_or_an_unnamed_party_is_not_another_party(a: str, b: str) -> None:
    assert not match.other_parties(_key(a), _key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Velmora attacked Castria on Monday.", "Castria attacked Velmora on Monday."),
        ("Velmora accused Castria of fraud.", "Castria accused Velmora of fraud."),
        ("Velmora defeated Castria in the final.", "Castria defeated Velmora in the final."),
    ],
)
def test_subjects_that_swap_places_for_one_act_are_other_parties(a: str, b: str) -> None:
    assert match.swapped_parties(_key(a), _key(b)) and match.other_parties(_key(a), _key(b))
    assert not compare_claims(a, b).same_claim
    assert compare_claims(a, a.replace(" on Monday", " again")).same_claim


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a passive names its actor last: the same act
        ("Castria was attacked by Velmora on Monday.", "Velmora attacked Castria on Monday."),
        ("Castria was accused of defrauding Velmora.", "Velmora accused Castria of fraud."),
        # acts two parties do together
        ("Velmora met Castria in Doha.", "Castria met Velmora in Doha."),
        ("Velmora faced Castria in the final.", "Castria faced Velmora in the final."),
        ("Velmora signed a deal with Castria.", "Castria signed a deal with Velmora."),
        # the same order
        ("Velmora attacked Castria on Monday.", "Velmora attacked Castria again on Monday."),
    ],
)
def test_a_passive_or_an_act_done_together_is_no_swap(a: str, b: str) -> None:
    assert not match.swapped_parties(_key(a), _key(b))


def test_a_capitalised_first_word_the_corpus_writes_in_lower_case_is_no_name() -> None:
    texts = [
        "Officials suspended talks with Qatar.",
        "Egypt suspended talks with Qatar.",
        "The decision surprised officials in Doha.",
    ]
    claims = [c for text in texts for c in extract_claims(text)]
    keys = normalize_claims(claims)
    assert keys[0].agent == frozenset()  # "officials" is written in lower case
    assert keys[1].agent == {"ent_egypt"}  # "Egypt" never is
    assert not match.other_parties(keys[0], keys[1])
    # alone, with no text to tell, a capitalised subject is taken for a name
    assert _key(texts[0]).agent == {"ent_officials"}


def test_other_parties_are_never_one_fact_nor_support_a_merge() -> None:
    keys = [_key("Oman suspended talks with Qatar."), _key("Egypt suspended talks with Qatar.")]
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert pair.other_parties
    assert match.is_match(pair, options)  # the wording is the same claim's ...
    assert not match.same_fact(pair, options)  # ... the parties are not
    assert not match.supports_merge(pair, keys[0], keys[1])
    same = match.score_pairs(np.array([[0, 1]]), [keys[0], keys[0]], options)
    assert not same[0].other_parties
    assert match.same_fact(same[0], options)


WriteArticles = Callable[[dict[str, str | bytes]], Path]


def _reason_conflicts(folder: Path) -> list[tuple[str, ...]]:
    report = build_report([folder], Options(use_cache=False))
    return [
        tuple(sorted(conflict.values))
        for cluster in report.clusters
        for conflict in cluster.conflicts
        if conflict.type is ConflictType.REASON
    ]


def test_causes_of_what_other_parties_did_do_not_conflict(write_articles: WriteArticles) -> None:
    folder = write_articles(
        {
            "a.txt": "Oman suspended talks with Qatar over concerns about the safety of envoys.\n",
            "b.txt": "Egypt suspended talks with Jordan for logistical reasons.\n",
            # names no one: it must not chain the two others into one event
            "c.txt": "The talks were suspended over concerns about the safety of envoys.\n",
        },
    )
    found = _reason_conflicts(folder)
    assert not any("logistical reasons" in " ".join(values) for values in found)


def test_causes_of_what_one_party_did_still_conflict(write_articles: WriteArticles) -> None:
    folder = write_articles(
        {
            "a.txt": "Oman suspended talks with Qatar over concerns about the safety of envoys.\n",
            "b.txt": "Oman suspended talks with Qatar for logistical reasons.\n",
        },
    )
    found = _reason_conflicts(folder)
    assert any("logistical reasons" in " ".join(values) for values in found)


def test_a_report_never_counts_swapped_parties_as_agreeing(write_articles: WriteArticles) -> None:
    folder = write_articles(
        {
            "a.txt": "Velmora attacked Castria on Monday, military officials said.\n",
            "b.txt": "Castria attacked Velmora on Monday, military officials said.\n",
            "c.txt": "Velmora attacked Castria on Monday, a spokesman said.\n",
        },
    )
    report = build_report([folder], Options(use_cache=False))
    sources = sorted(
        tuple(sorted({c.source for c in report.claims if c.id in cluster.claim_ids}))
        for cluster in report.clusters
    )
    assert sources == [("a", "c"), ("b",)]


@pytest.mark.parametrize(
    ("short", "other"),
    [
        ("Ardent carried 12 million people last year.", "Bellmar carried 9 million people."),
        ("Ardent opened a plant in Tula in March.", "Bellmar opened a plant in Tula in March."),
        ("Ardent hired 300 engineers.", "Bellmar hired 300 engineers this spring."),
    ],
)
def test_a_subject_named_only_through_the_corpus_is_still_a_party(short: str, other: str) -> None:
    # "Ardent" alone is a name only because the corpus writes "Ardent Air"; the parser's
    # entities of its own claim miss it, and the claim names nobody else
    texts = ["Ardent Air bought Bellmar Lines.", short, other]
    claims = [c for text in texts for c in extract_claims(text)]
    keys = normalize_claims(claims)
    short_key, other_key = keys[-2], keys[-1]
    assert len(claims) == 3
    assert short_key.agent == {"ent_ardent"}
    assert match.other_parties(short_key, other_key)
    assert match.other_parties(other_key, short_key)


@pytest.mark.parametrize(
    ("short", "other"),
    [
        # the other claim names the short form's party: one party's act told twice
        ("Ardent carried 12 million passengers.", "Bellmar said Ardent carried 12 million."),
        # the same name on both sides
        ("Ardent hired 300 engineers.", "Ardent hired 300 engineers this spring."),
    ],
)
def test_a_subject_named_through_the_corpus_meets_its_own_name(short: str, other: str) -> None:
    texts = ["Ardent Air bought Bellmar Lines.", short, other]
    claims = [c for text in texts for c in extract_claims(text)]
    keys = normalize_claims(claims)
    assert len(claims) == 3
    assert not match.other_parties(keys[-2], keys[-1])
