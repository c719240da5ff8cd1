"""A sentence adverb and its comma before a speaker set off by commas ("Publicly, the mayor,
Ana Ruiz, has maintained that ...", "Separately, harbour pilot Tom Berg, said ...") is no
speaker: the speaker is the one after it, and the adverb names no one in an apposition.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims


def _claims(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(sentence) if c.dropped is None]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Publicly, the mayor, Ana Ruiz, has maintained that the bridge is safe.",
            "the mayor",
            "The bridge is safe.",
        ),
        (
            "Separately, harbour pilot Tom Berg, said the cranes had failed twice in May.",
            "harbour pilot Tom Berg",
            "The cranes had failed twice in May.",
        ),
        (
            "Privately, the union's leader, Eva Lind, has said that the strike will go on.",
            "the union's leader",
            "The strike will go on.",
        ),
        (
            "Separately, the Ledger, a weekly paper, reported that the mill had closed.",
            "the Ledger",
            "The mill had closed.",
        ),
    ],
)
def test_the_speaker_after_an_opening_adverb(sentence: str, speaker: str, content: str) -> None:
    claims = _claims(sentence)
    assert claims[0] == (content, speaker)
    # the adverb is nobody's name
    assert not any(text.startswith(sentence.split(",")[0] + " ") for text, _ in claims)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name in -ly before its apposition is the speaker
        ("Kelly, a spokesman for the port, said the cranes had failed.", "Kelly"),
        ("Connolly, the harbour master, said the cranes had failed.", "Connolly"),
        ("Emily, the ferry's captain, said the crossing was calm.", "Emily"),
    ],
)
def test_a_name_in_ly_is_still_the_speaker(sentence: str, speaker: str) -> None:
    assert _claims(sentence)[0][1] == speaker


def test_a_hedge_stays_on_a_second_clause() -> None:
    # the adverb is skipped only to find an apposition, not cut from a copied subject
    claims = _claims("Reportedly, the rats ate the cake and have moved into the cellar.")
    assert [text for text, _ in claims][1].startswith("Reportedly, the rats")
