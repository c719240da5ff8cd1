"""``split_clauses`` skips its rules when ``_unsplittable`` says none can fire (for speed
only): it must give exactly what running every rule gives. Compared on every sentence of
the samples and on many seeded random sentences built from the words and marks the rules
need, and near-misses that must not stop the gate."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimtrack.parse import split
from claimtrack.parse.sentences import split_sentences
from claimtrack.parse.split import Clause, split_clauses
from claimtrack.parse.view import View

_SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Words and marks the rules need, their near-misses ("band", "awhile", "hereafter"), and
# the words around them that make a rule fire (subjects, verbs, participles, relatives).
_PIECES = [
    "The mayor", "Officials", "the fire", "Two hikers", "A man", "the plant", "Iran", "they",
    "said", "was", "were", "has", "had", "will", "closed", "fell", "destroyed", "arrested",
    "came", "comes", "come", "a week", "after", "hereafter", "afterwards", "before",
    "and", "band", "hand", "Andes", "while", "awhile", "whereas", "but", "yet", "though",
    "that", "which", "who", "whose", "where", "in which", "meaning", "citing", "killing", "saying",
    "ending", "effectively", "believed", "to be", "tobe", "along with", "as well as",
    "While", "Although", "During", "Responding to", "In", "hundreds", "dozens", "4,000",
    "$4 million", "12", "injured", "wounded", "the driver", "the ban", "reasons", "because",
    ",", ";", "—", "--", "–", "-", "\t", "?", '"', "“", "”", "(", ")", ".",
]  # fmt: skip


# One sentence each rule splits, in the shape it needs (random ones seldom have it).
_SHAPES = [
    "While the mayor resigned, the council stayed.",
    "During a long visit to the plant last spring, the minister said it was safe.",
    "Responding to questions from reporters, the mayor said the plant would close.",
    "Hezbollah, designated a terrorist group by the US, has denied it.",
    "A man believed to be the driver was arrested.",
    "Officials said the fire, which started Monday, destroyed homes.",
    "Dozens were injured in the blaze, which began on Tuesday.",
    "The storm — the third this month — cut power.",
    "The airline canceled the flights, citing safety concerns.",
    "The council opposed the plan — essentially ending it.",
    "The fund lost money, meaning the fund will close.",
    "The couple paid $4 million in federal taxes and $1 million in state taxes.",
    "The campaign released a letter, along with eight years of returns.",
    "Police arrested two men and charged them with theft.",
    "Police arrested two men; the men were charged with theft.",
    "Police arrested two men\tand charged them with theft.",
    "Police arrested two men while the others fled.",
    "Officials said the road had reopened but that no bus had run.",
    "The ban came a week after two hikers fell.",
]


def _random_sentences(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(count)]


def _sample_sentences() -> list[str]:
    found = []
    for path in sorted(_SAMPLES.rglob("*")):
        if path.suffix in (".md", ".txt", ".json"):
            text = path.read_text(encoding="utf-8")
            found += [text[s.start : s.end] for s in split_sentences(text)]
    return found


def _shape(clauses: list[Clause]) -> list[tuple[object, ...]]:
    return [
        (c.view.text, c.view.pieces, c.view.kept, c.subject, c.origin, c.reason, c.author_voice)
        for c in clauses
    ]


def _all_rules(view: View, monkeypatch: pytest.MonkeyPatch) -> list[Clause]:
    with monkeypatch.context() as patched:
        patched.setattr(split, "_unsplittable", lambda text: False)
        return split_clauses(view)


def test_gated_split_equals_running_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sample_sentences()
    assert len(sentences) > 300
    sentences += _SHAPES + _random_sentences(6000, seed=22)
    gated = 0
    for sentence in sentences:
        view = View.of(sentence, 0, len(sentence))
        gated += split._unsplittable(sentence)
        assert _shape(split_clauses(view)) == _shape(_all_rules(view, monkeypatch)), sentence
    assert gated > 500  # the comparison covers many sentences the gate passes


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor closed the plant, citing safety concerns.",  # ","
        "The mayor closed the plant; workers left.",  # ";"
        "The mayor closed the plant and workers left.",  # " and "
        "The mayor closed the plant\tand workers left.",  # a tab
        "The mayor spoke while workers left.",  # " while "
        "The mayor spoke whereas workers left.",  # " whereas "
        "The mayor said the plant had closed but that no one left.",  # " but that "
        "The mayor — elected in May — closed the plant.",  # a dash
        "The mayor -- elected in May -- closed the plant.",  # a double hyphen
        "A man believed to be the driver was arrested.",  # " to be "
        "The ban came a week after two hikers fell.",  # "came" and "after"
    ],
)
def test_a_mark_a_rule_needs_stops_the_gate(sentence: str) -> None:
    assert not split._unsplittable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor closed the plant in May.",
        "The band played by hand in the Andes.",  # "and" inside words
        "The talks resumed after a pause.",  # "after" without "came"/"come"
        "The storm hit a Paris-area town.",  # a hyphen is no dash
    ],
)
def test_a_clause_without_them_passes_the_gate(sentence: str) -> None:
    assert split._unsplittable(sentence)
