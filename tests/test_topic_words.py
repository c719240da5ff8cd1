"""A story's topic words tie no link by frame similarity alone (``table.topic_set``)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from claimtrack import extract_claims
from claimtrack.match import ScoredPairs, features, frames, rules, score, table
from claimtrack.normalize import MatchKey, normalize_claims, normalize_text
from claimtrack.options import Options

#: Two claims of a clinic strike story that share the story ("clinic", "nurses"), not a fact.
VACANCIES = "The clinic has had three times as many nurse vacancies since 2021."
AGENCY_NURSES = "The clinic had hired agency nurses."

#: Other claims of the same story: most name the clinic, several its nurses.
STORY = [
    "About 300 nurses walked out of the Brasko Clinic on Tuesday.",
    "The clinic postponed routine appointments.",
    "The clinic's emergency ward stayed open.",
    "Nurses want a raise of 7 percent over three years.",
    "The clinic offered 3 percent.",
    "Talks between the clinic and the union broke down on Sunday.",
    "The strike is the first at the clinic since it opened in 1994.",
    "Patients were sent to the Orvik clinic across the river.",
    "The union said nurses were exhausted.",
    "A clinic spokesman declined to comment.",
    "The mayor urged both sides to return to talks.",
    "Nurses picketed the main entrance of the clinic.",
    "The clinic's board met on Wednesday evening.",
    "Two surgeons joined the picket line.",
    "The regional health office is monitoring the clinic.",
    "Nurses at a second clinic may strike next month.",
    "The clinic employs about 900 staff.",
    "Ambulances were diverted from the clinic overnight.",
    "The union represents most nurses in the region.",
    "The clinic has a budget deficit this year.",
]


def _keys(texts: list[str]) -> list[MatchKey]:
    return normalize_claims([extract_claims(t)[0] for t in texts])


def test_the_words_in_a_large_share_of_a_runs_claims_are_its_topic_words() -> None:
    keys = _keys([*STORY, VACANCIES, AGENCY_NURSES])
    topic = table.topic_set(keys)
    assert {"clinic", "nurs"} <= topic
    # words of a few claims, and "not" however often it comes, are no topic words
    assert not {"tripl", "replacement", "hir", "not"} & topic
    # a run too small to have a topic has none
    assert table.topic_set(keys[: table.TOPIC_CLAIMS - 1]) == frozenset()
    # one word in every claim of a run is its topic; a run of unrelated claims has none
    varied = [normalize_text(f"Storm number {n} reached the coast of Velmar") for n in range(30)]
    assert "storm" in table.topic_set(varied)
    syllables = ["ba", "ko", "ri", "tu", "me", "sa"]
    words = ["".join(w) for w in itertools.product(syllables, repeat=3)]
    unrelated = [normalize_text(" ".join(words[3 * n : 3 * n + 3])) for n in range(30)]
    assert table.topic_set(unrelated) == frozenset()


@pytest.mark.parametrize(
    ("a", "b", "topic", "before", "after"),
    [
        # only the story's words shared: nothing ties
        (VACANCIES, AGENCY_NURSES, {"clinic", "nurs"}, 2, 0),
        # one word of the fact shared besides the story's: it still ties
        (
            "The clinic would rely on volunteers and non-striking staff.",
            "The clinic has postponed non-urgent visits during the strike.",
            {"clinic", "strik", "@attack"},
            3,
            1,
        ),
        # topic words the pair does not share change nothing
        (
            "The ferry sailed from Tarnby.",
            "The ferry was sailing near Tarnby Point.",
            {"clinic"},
            2,
            2,
        ),
    ],
)
def test_topic_words_do_not_tie_a_link_by_similarity(
    a: str, b: str, topic: set[str], before: int, after: int
) -> None:
    ka, kb = _keys([a, b])
    similarity = frames.similarity(ka, kb)
    assert similarity >= frames.STRONG_SIMILARITY
    for words, expected in ((frozenset(), before), (frozenset(topic), after)):
        batch = features.PairBatch(table.ClaimTable([ka, kb], words), np.array([0]), np.array([1]))
        assert int(frames.frame_similarities(batch)[1][0]) == expected
        assert frames.tying_words(ka, kb, similarity, words) == expected


def _pair(texts: list[str], a: int, b: int) -> ScoredPairs:
    keys = _keys(texts)
    pairs = np.array(list(itertools.combinations(range(len(keys)), 2)), dtype=np.int64)
    scored = score.score_pairs(pairs, keys, Options())
    rows = np.flatnonzero((scored.left == a) & (scored.right == b))
    assert len(rows) == 1
    return scored[rows]


def test_two_claims_that_share_only_the_story_are_no_one_fact() -> None:
    options = Options()
    # alone, the two claims share "clinic" and "nurses" and a frame: one fact by similarity
    alone = _pair([VACANCIES, AGENCY_NURSES], 0, 1)
    assert alone.score[0] < options.threshold
    assert rules.same_facts(alone, options)[0]
    # among the story's claims those words are its topic: the link is gone
    n = len(STORY)
    among = _pair([*STORY, VACANCIES, AGENCY_NURSES], n, n + 1)
    assert among.similarity[0] == alone.similarity[0]
    assert not rules.same_facts(among, options)[0]
