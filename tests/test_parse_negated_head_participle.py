"""A negated head and the participle after it, and "lie" as a verb.

- "The firm never paid the fine, saying it was unfair": the subject's words that the parse
  runs to the verb hold "never", which is the head's; the participle's claim must not say
  "The firm never said ..." (the firm did say it).
- "lies" after its subject is the verb "lie" ("The plant lies near the river", "Pacific
  Shores Center lies about halfway between ..."): it had no verb at all.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from parse_helpers import parse


def _texts(text: str) -> list[str]:
    return [claim.text for claim in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm never paid the fine, saying it was unfair.",
        "Ana Ruiz never met the swimmer, saying the subject just never came up.",
        "The council never closed the road, citing the cost of a diversion.",
    ],
)
def test_a_participle_does_not_take_the_heads_never(text: str) -> None:
    texts = _texts(text)
    assert any(" never " in t for t in texts[:1])  # the head keeps its negation
    assert not any(t.startswith(("The firm never said", "Ana Ruiz never said",
                                 "The council never cited")) for t in texts)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a hedge holds for both acts
        ("Police reportedly closed the road, citing safety concerns.",
         "Police reportedly cited safety concerns."),
        # a noun in -ly is no adverb
        ("His family praised the nurses, citing their care.", "His family cited their care."),
    ],
)  # fmt: skip
def test_other_words_before_the_head_verb_stay_with_the_doer(text: str, claim: str) -> None:
    assert claim in _texts(text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The plant lies near the river.", "The plant"),
        ("Kelmin Park lies about halfway between the two towns.", "Kelmin Park"),
        ("The blame lies with the parents.", "The blame"),
    ],
)
def test_lies_after_a_subject_is_the_verb_lie(text: str, subject: str) -> None:
    (claim,) = parse(text)
    assert claim.predicate == "lie"
    assert claim.subject == subject


def test_lies_as_a_noun_stays_a_noun() -> None:
    (claim,) = parse("His lies were exposed by the paper.")
    assert claim.predicate == "expose"
