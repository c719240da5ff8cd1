"""``names._one_name_across``: the set form of trying ``one_name`` on every pair of words."""

import random

from claimtrack.match import names
from claimtrack.match.names import _one_name_across, names_apart, one_name


def _brute(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(one_name(x, y) for x in a for y in b)


def test_a_stem_opens_a_longer_name_either_way() -> None:
    assert _one_name_across(frozenset({"iran"}), frozenset({"iranian", "talks"}))
    assert _one_name_across(frozenset({"velmorans", "army"}), frozenset({"velmora"}))


def test_short_or_unrelated_words_are_no_one_name() -> None:
    # "al" is shorter than NAME_STEM: no stem of "alvarez"
    assert not _one_name_across(frozenset({"al"}), frozenset({"alvarez"}))
    assert not _one_name_across(frozenset({"oman"}), frozenset({"qatar", "egypt"}))
    # a word inside another, not at its opening
    assert not _one_name_across(frozenset({"bank"}), frozenset({"westbank"}))


def test_names_apart_reads_stems() -> None:
    assert not names_apart(frozenset({"ent_iran"}), frozenset({"ent_iranian"}))
    assert names_apart(frozenset({"ent_oman"}), frozenset({"ent_jordan"}))


def test_same_answer_as_every_pair_of_words() -> None:
    rng = random.Random(7)
    letters = "abn"
    for _ in range(3000):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) for _ in range(8)]
        a = frozenset(words[: rng.randint(0, 4)])
        b = frozenset(words[4 : 4 + rng.randint(0, 4)]) - a
        assert _one_name_across(a, b) == _brute(a, b), (a, b)
    names._name_openings.cache_clear()
