"""Recall of conflicts: two articles that keep naming one party are one story even when their
matched claims name no one; announcing and issuing one notice are one act, dated once; two
makers of one thing ("made by" / "built by ... itself") are two doers of one act."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.act_links import dated_act_links
from claimtrack.judge.agent_links import agent_links
from claimtrack.judge.arrays import ClaimTable
from claimtrack.judge.links import _in_one_story
from claimtrack.judge.roles import agents
from claimtrack.match import ScoredPair
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_types, conflict_values, two_articles

# --- one story told by articles that keep naming one party -----------------------------

#: claims 0 and 3 are matched (nameless); 1-2 and 4-5 are each article's others
MATCHED = (
    "The affected scooters were sold between May 2023 and April 2024.",
    "The scooters were sold between May 2023 and April 2024, she said.",
)


def _story(
    others_a: tuple[str, str], others_b: tuple[str, str], *, matched: bool = True
) -> tuple[bool, bool]:
    """Whether the pair (1, 4) and the pair (2, 5) are found in one story."""
    texts = [("a", MATCHED[0]), *(("a", t) for t in others_a)]
    texts += [("b", MATCHED[1]), *(("b", t) for t in others_b)]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(texts)
    ]
    keys = [normalize_claim(c) for c in claims]
    pairs = [ScoredPair(0, 3, 100.0, 100.0, shared=8)] if matched else []
    arrays = judge.ScoredArrays(pairs, Options())
    found = _in_one_story({(1, 4), (2, 5)}, keys, arrays, ClaimTable(claims, keys))
    return (1, 4) in found, (2, 5) in found


def test_articles_that_each_name_one_party_twice_are_one_story() -> None:
    assert _story(
        ("Torvik Cycles has received reports of 14 fires.", "Torvik Cycles was founded in 2011."),
        ("The scooters were built by Torvik Cycles.", "I emailed Torvik Cycles twice."),
    ) == (True, True)
    assert _story(
        ("Ilse Varga will retire as mayor.", "The council thanked Ilse Varga on Monday."),
        ("Ilse Varga led the town for 12 years.", "Her deputy praised Ilse Varga."),
    ) == (True, True)


@pytest.mark.parametrize(
    ("others_a", "others_b"),
    [
        # the party is named once by one of the articles: an aside
        (
            ("Torvik Cycles has received reports of 14 fires.", "Torvik Cycles was founded."),
            ("Nine fires have been reported so far.", "A rival maker, Torvik Cycles, agreed."),
        ),
        # each article keeps naming a party of its own
        (
            ("Torvik Cycles has received reports of 14 fires.", "Torvik Cycles was founded."),
            ("Nine fires have been reported at Brandmoor Mobility.", "Brandmoor Mobility agreed."),
        ),
    ],
)
def test_an_aside_or_other_parties_make_no_story(
    others_a: tuple[str, str], others_b: tuple[str, str]
) -> None:
    assert _story(others_a, others_b) == (False, False)


def test_no_story_without_a_matched_pair() -> None:
    assert _story(
        ("Torvik Cycles has received reports of 14 fires.", "Torvik Cycles was founded in 2011."),
        ("The scooters were built by Torvik Cycles.", "I emailed Torvik Cycles twice."),
        matched=False,
    ) == (False, False)


# --- announcing and issuing one notice ----------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Torvik announced the recall on Tuesday together with the safety office.",
            "Torvik issued the recall notice on Thursday morning.",
            ("Tuesday", "Thursday morning"),
        ),
        (
            "The Halden Water Board issued the boil-water notice on Monday.",
            "The Halden Water Board published the boil-water notice on Wednesday.",
            ("Monday", "Wednesday"),
        ),
        (
            "Orsk Telecom announced the price rise on March 3.",
            "Orsk Telecom released the price rise notice on March 9.",
            ("March 3", "March 9"),
        ),
    ],
)
def test_one_notice_made_public_on_two_days_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two notices of one party, by verbs of no shared predicate class
        (
            "Torvik announced the recall on Tuesday.",
            "Torvik issued a safety warning on Thursday.",
        ),
        # one notice, two parties
        (
            "Torvik announced the recall on Tuesday.",
            "The safety office issued a recall warning on Thursday.",
        ),
        # one day
        (
            "Torvik announced the recall on Tuesday.",
            "Torvik issued the recall notice on Tuesday.",
        ),
        # the verb is followed by its day, not by what was made public
        (
            "Torvik announced on Tuesday that it would recall the scooters.",
            "Torvik issued the recall notice on Thursday.",
        ),
    ],
)
def test_other_notices_parties_or_one_day_are_no_date_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


LEAD = "Torvik Cycles is recalling 30,000 Pace 5 scooters over a battery fault."


def test_a_notice_dated_twice_is_linked_across_articles() -> None:
    texts = (
        "Torvik Cycles announced the recall on Tuesday.",
        "Torvik Cycles issued the recall notice on Thursday morning.",
    )
    assert dated_act_links(*two_articles(LEAD, *texts, same_story=True)) == [(1, 3)]
    assert dated_act_links(*two_articles(LEAD, *texts, same_story=False)) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two notices of one party
        (
            "Torvik Cycles announced the recall on Tuesday.",
            "Torvik Cycles issued a warning on Friday.",
        ),
        (
            "Torvik Cycles published the recall notice on Monday.",
            "Torvik Cycles published its annual report on Wednesday.",
        ),
        # what follows the verb is its day
        (
            "Torvik Cycles announced on Tuesday that it would recall the scooters.",
            "Torvik Cycles issued the recall notice on Thursday.",
        ),
    ],
)
def test_other_notices_are_not_linked(text_a: str, text_b: str) -> None:
    assert dated_act_links(*two_articles(LEAD, text_a, text_b, same_story=True)) == []


# --- two makers of one thing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The faulty packs were made by Kestrel Cells, a supplier based in Norvik.",
            "The packs were built by Torvik itself at its plant in Ardel.",
            ("Kestrel Cells", "Torvik"),
        ),
        (
            "The frames were manufactured by Orsk Metals.",
            "The frames were made by Brantwood Tubes.",
            ("Orsk Metals", "Brantwood Tubes"),
        ),
        (
            "The hull was assembled by Calder Yards.",
            "The hull was built by Merrow Marine.",
            ("Calder Yards", "Merrow Marine"),
        ),
    ],
)
def test_two_makers_of_one_thing_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.AGENT) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a supplier of another part
        (
            "The motors were made by Kestrel Drives, a supplier based in Norvik.",
            "The packs were built by Torvik itself at its plant in Ardel.",
        ),
        # another act: designing is no making
        (
            "The packs were made by Kestrel Cells.",
            "The packs were designed by Torvik itself.",
        ),
        # one maker named twice
        (
            "The packs were made by Kestrel Cells.",
            "The packs were built by Kestrel at its plant in Norvik.",
        ),
        # the name modifies an unnamed maker
        (
            "The packs were made by Kestrel Cells.",
            "The packs were built by Torvik engineers.",
        ),
    ],
)
def test_other_parts_acts_or_one_maker_are_no_agent_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.AGENT) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The packs were made by Kestrel Cells.", [("make", "Kestrel Cells")]),
        ("The packs were built by Torvik itself.", [("make", "Torvik")]),
        ("The bill was passed by the Senate itself.", [("pass", "Senate")]),
        # "made" is no participle inside a longer word, nor "made up of"
        ("The packs were remade in Norvik.", []),
        ("The packs were built by Torvik staff.", []),
    ],
)
def test_doers_of_making_and_reflexives(text: str, found: list[tuple[str, str]]) -> None:
    assert [(a.verb, a.name) for a in agents(text)] == found


LEAD_MAKER = "Torvik Cycles is recalling 30,000 Pace 5 scooters over a battery fault."


def test_two_makers_are_linked_across_articles() -> None:
    texts = (
        "The faulty packs were made by Kestrel Cells, a supplier based in Norvik.",
        "She said the packs were built by Torvik itself at its plant in Ardel.",
    )
    assert agent_links(*two_articles(LEAD_MAKER, *texts, same_story=True)) == [(1, 3)]
    assert agent_links(*two_articles(LEAD_MAKER, *texts, same_story=False)) == []
    other = (
        "The motors were made by Kestrel Drives, a supplier based in Norvik.",
        "She said the packs were built by Torvik itself at its plant in Ardel.",
    )
    assert agent_links(*two_articles(LEAD_MAKER, *other, same_story=True)) == []


# --- a denied act whose reason holds a "no" -------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The Halden library will reopen on Monday.",
            "The Halden library will not reopen on Monday because its roof still has no cover.",
        ),
        (
            "Minister Ana Ruiz will attend the summit in Orsk on Friday.",
            "Ana Ruiz will not attend the summit in Orsk on Friday because she has no visa.",
        ),
    ],
)
def test_a_denial_with_a_no_in_its_reason_conflicts(text_a: str, text_b: str) -> None:
    assert conflict_types(text_a, text_b) == {ConflictType.NEGATION}


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both affirm: the reason's "no" denies the damage, not the reopening
        (
            "The Halden library will reopen on Monday.",
            "The Halden library will reopen on Monday because there was no damage.",
        ),
        # both deny
        (
            "The Halden library will not reopen on Monday.",
            "The Halden library will not reopen on Monday because its roof still has no cover.",
        ),
        # two buildings
        (
            "The Halden library will reopen on Monday.",
            "The Halden museum will not reopen on Monday because its roof still has no cover.",
        ),
    ],
)
def test_no_negation_conflict_from_a_reason_alone(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)
