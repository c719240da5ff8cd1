"""Different figures for different places or events, in one frame, count different things:
never one fact, never a conflict (``match.slots.other_scopes``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from claimtrack import build_report, extract_claims, match
from claimtrack.match.slots import other_scopes
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options


def _key(sentence: str) -> MatchKey:
    (claim,) = extract_claims(sentence)
    return normalize_claim(claim)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Officials moved about 4,200 people out of the Tarnwick district.",
            "Officials moved about 950 people out of the Belloran district.",
        ),
        (
            "The Harlow Council employs some 800 staff across the Dunmere area.",
            "The Harlow Council employs some 1,450 staff across the Kestival area.",
        ),
        # two bodies and two areas: the shared "Council" does not make them one body
        (
            "The Harlow Council employs some 800 staff across the Dunmere area.",
            "The Ossery Council employs some 1,450 staff across the Kestival area.",
        ),
        ("Eight people were arrested after the flood.", "14 people were arrested after the fire."),
        (
            "Rescuers pulled 31 survivors from the rubble after the earthquake.",
            "Rescuers pulled 12 survivors from the rubble after the tornado.",
        ),
        (
            "A further 60 people were injured in Prestwold.",
            "A further 25 people were injured in Coldharbour.",
        ),
    ],
)
def test_other_figures_for_other_places_or_events_are_other_scopes(a: str, b: str) -> None:
    assert other_scopes(_key(a), _key(b))
    assert other_scopes(_key(b), _key(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same figure for two places: perhaps one toll, one place inside the other
        (
            "A further 60 people were injured in Prestwold.",
            "A further 60 people were injured in Coldharbour.",
        ),
        # only the place differs: a conflict of venue, for the judge to report
        (
            "The talks will be held in Lisbon on Friday.",
            "The talks will be held in Oslo on Friday.",
        ),
        # one place, two figures: a real conflict
        (
            "A further 60 people were injured in Prestwold.",
            "A further 45 people were injured in Prestwold.",
        ),
        # one name met by a shared word ("Gaza" / "Gaza City")
        (
            "A further 60 people were injured in Port Kelby.",
            "A further 45 people were injured in Kelby.",
        ),
        # two names of one kind of event
        (
            "Eight people were arrested after the blast.",
            "14 people were arrested after the explosion.",
        ),
        ("Eight people were arrested after the fire.", "14 people were arrested after the blaze."),
        # a capital and its country under the alias table
        ("Officials said 40 people died in Tehran.", "Officials said 52 people died in Iran."),
        # different frames, not one slot: "the province" may be where the town lies
        (
            "About 700 residents were evacuated from Prestwold.",
            "Authorities moved roughly 900 people out of the Dunmere province.",
        ),
        # the slot holds a common word, not a name
        (
            "A further 60 people were injured in the province.",
            "A further 45 people were injured in its capital.",
        ),
    ],
)
def test_one_scope_or_no_slot_is_not_other_scopes(a: str, b: str) -> None:
    assert not other_scopes(_key(a), _key(b))
    assert not other_scopes(_key(b), _key(a))


def test_other_scopes_are_never_one_fact() -> None:
    keys = [
        _key("Officials moved about 4,200 people out of the Tarnwick district."),
        _key("Officials moved about 950 people out of the Belloran district."),
    ]
    options = Options()
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, options)
    assert pair.other_parties  # kept apart as two parties' acts are
    assert not match.same_fact(pair, options)
    same = [keys[0], _key("Officials moved about 3,900 people out of the Tarnwick district.")]
    (pair,) = match.score_pairs(np.array([[0, 1]]), same, options)
    assert not pair.other_parties


WriteArticles = Callable[[dict[str, str | bytes]], Path]


def _conflicting_texts(folder: Path) -> list[set[str]]:
    report = build_report([folder], Options(use_cache=False))
    texts = {claim.id: claim.text for claim in report.claims}
    return [
        {texts[conflict.claim_ids[0]], texts[conflict.claim_ids[1]]}
        for cluster in report.clusters
        for conflict in cluster.conflicts
    ]


def test_figures_for_two_places_do_not_conflict_but_one_place_does(
    write_articles: WriteArticles,
) -> None:
    folder = write_articles(
        {
            "a.txt": "Officials moved 4,200 people out of the Tarnwick district.\n",
            "b.txt": "Officials moved 950 people out of the Belloran district.\n",
            "c.txt": "Officials moved 3,100 people out of the Tarnwick district.\n",
        },
    )
    found = _conflicting_texts(folder)
    assert not any(any("Belloran" in t for t in pair) for pair in found)
    assert any(all("Tarnwick" in t for t in pair) and len(pair) == 2 for pair in found)


def test_other_scopes_in_batch_are_the_plain_rule_for_every_kept_pair() -> None:
    """The scorer asks ``other_scopes`` only of pairs with figures and few words apart;
    every kept pair's flag is still the plain rules' answer."""
    texts = [
        "Officials moved 4,200 people out of the Tarnwick district.",
        "Officials moved 950 people out of the Belloran district.",
        "Officials moved 3,100 people out of the Tarnwick district.",
        "Eight people were arrested after the flood.",
        "14 people were arrested after the fire.",
        "Six people were arrested after the blaze.",
        "Oman suspended talks with Qatar.",
        "Egypt suspended talks with Qatar.",
    ]
    keys = [_key(text) for text in texts]
    pairs = np.array([[i, j] for i in range(len(keys)) for j in range(i + 1, len(keys))])
    scored = match.score_pairs(pairs, keys, Options())
    flags = [p.other_parties for p in scored]
    expected = [
        match.other_parties(keys[p.left], keys[p.right])
        or other_scopes(keys[p.left], keys[p.right])
        for p in scored
    ]
    assert flags == expected
    assert any(other_scopes(keys[p.left], keys[p.right]) for p in scored)
