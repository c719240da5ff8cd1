"""A trailing participle with an object, then "and" and a second participle: two acts of the
clause's subject, split (``parse.split._second_act``). Not a list of -ing nouns, a gerund
list the head began, an -ing word inside the first participle's object, or "and then".
Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims


def _texts(sentence: str) -> list[str]:
    return [c.text for c in extract_claims(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The flood wrecked the bridge on Monday, cutting the road and stranding the farms.",
            [
                "The flood wrecked the bridge on Monday.",
                "The flood cut the road.",
                "The flood stranded the farms.",
            ],
        ),
        (
            "A cloud of smoke rose from the Tarvo depot on Friday, turning the sky grey and "
            "sending people running for cover.",
            [
                "A cloud of smoke rose from the Tarvo depot on Friday.",
                "A cloud of smoke turned the sky grey.",
                "A cloud of smoke sent people running for cover.",
            ],
        ),
    ],
)
def test_two_participles_are_two_acts(sentence: str, expected: list[str]) -> None:
    assert _texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # gerunds the head began
        "Dr Lind was sacked after telling the board about the fund, hiring a lawyer and "
        "suing the clinic.",
        "The clip showed Tom Berg hitting a guard, grabbing the keys and running off.",
        # an -ing word inside the first participle's object
        "Police released a video, showing the man breaking a window and fleeing.",
        # -ing nouns, no object
        "The club offers many sports, including swimming and cycling.",
        # "and then": left whole
        "Rebels took the town on Sunday, freeing the prisoners and then burning the jail.",
    ],
)
def test_other_ing_words_stay_in_the_sentence(sentence: str) -> None:
    assert _texts(sentence) == [sentence]
