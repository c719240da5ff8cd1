"""The phrase lexicons' merged pattern (a trie, for speed) finds what the flat
alternation of their phrases, longest first, finds: on the packaged lists and on phrases
that share beginnings, end inside one another or hold apostrophes and blanks."""

from __future__ import annotations

import random
import re

import pytest

from claimtrack.parse import attribution, speakers, tables
from claimtrack.parse.tables import Phrases

_LISTS = (
    "hedges.txt", "planned.txt", "conditional.txt", "negation.txt",
    "negation_exceptions.txt", "opinion.txt", "meta.txt",
)  # fmt: skip
_GLUE = [" ", "  ", "\t", "\n", "-", "'", "’", ",", ".", "x", "ab", "é", "Z", ""]


def _texts(phrases: frozenset[str], count: int, seed: int) -> list[str]:
    """Texts made of the phrases' words and bits of glue, so phrases meet, overlap and
    touch word characters."""
    rng = random.Random(seed)
    words = sorted({w for p in phrases for w in p.split()} | set(phrases))
    pieces = [*words, *_GLUE]
    return [
        "".join(rng.choice(pieces) + rng.choice(_GLUE) for _ in range(rng.randint(1, 14)))
        for _ in range(count)
    ]


def _assert_same(lexicon: Phrases, texts: list[str]) -> None:
    assert lexicon._body.pattern != lexicon.pattern.pattern
    for text in texts:
        expected = [(m.span(), m.group()) for m in lexicon.pattern.finditer(text)]
        # ``_matches`` itself: the word-set gate in front of it is tested elsewhere.
        found = [(m.span(), m.group()) for m in lexicon._matches(text, first_only=False)]
        assert found == expected, text
        first = lexicon._matches(text, first_only=True)
        assert [(m.span(), m.group()) for m in first] == expected[:1], text


@pytest.mark.parametrize("name", _LISTS)
def test_the_packaged_lists_find_what_their_flat_pattern_finds(name: str) -> None:
    phrases = tables.words(name)
    _assert_same(Phrases(phrases), _texts(phrases, 400, seed=len(name)))


def test_phrases_inside_phrases_are_found_longest_first() -> None:
    phrases = frozenset(
        {"may", "may be", "maybe", "may not be", "won't", "won’t be", "no", "no doubt",
         "not", "not only", "u.s.", "u.s", "a  b", "x-ray", "x"}
    )  # fmt: skip
    lexicon = Phrases(phrases)
    _assert_same(lexicon, _texts(phrases, 3000, seed=3))
    assert [m.group() for m in lexicon.finditer("it may not be maybe")] == [
        "may not be",
        "maybe",
    ]


def test_the_leading_speaker_patterns_match_as_with_the_flat_verb_list() -> None:
    verbs = speakers.attribution_verbs()
    flat = "|".join(sorted(verbs, key=lambda v: (-len(v), v)))
    trie = tables.trie_alternation(frozenset(verbs))
    assert trie is not None
    rng = random.Random(11)
    pieces = [*verbs, "the", "minister", "Mr. Ruiz", "has", "also", "that", "on Monday", ","]
    texts = [
        " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 16))) + " the plan is dead."
        for _ in range(1500)
    ]
    texts += ["The minister said that the plan is dead.", "Ruiz told reporters the vote was off."]
    pattern = attribution._leading()[0]  # the other one lists a few verbs of its own
    assert trie in pattern.pattern
    reference = re.compile(pattern.pattern.replace(trie, flat), pattern.flags)
    for text in texts:
        found, expected = pattern.match(text), reference.match(text)
        assert (found and found.groupdict()) == (expected and expected.groupdict()), text
