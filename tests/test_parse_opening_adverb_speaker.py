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
            "the mayor, Ana Ruiz",
            "The bridge is safe.",
        ),
        (
            "Separately, harbour pilot Tom Berg, said the cranes had failed twice in May.",
            "harbour pilot Tom Berg",
            "The cranes had failed twice in May.",
        ),
        (
            "Privately, the union's leader, Eva Lind, has said that the strike will go on.",
            "the union's leader, Eva Lind",
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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # without its comma, before an article, a possessive or a pronoun
        ("Originally the mayor said the bridge would open in May.", "the mayor"),
        ("The rebels took two towns, earlier the army said.", "the army"),
        ("Separately its owner wrote that the mill had closed.", "its owner"),
        ("Initially they said the fire had started in the kitchen.", "they"),
        # before a bare noun, an adverb that is never an adjective
        ("Now rumours suggest that the mill had closed.", "rumours"),
        ("Meanwhile residents said the fire had started in the kitchen.", "residents"),
    ],
)
def test_an_opening_adverb_without_its_comma_is_no_part_of_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert _claims(sentence)[0][1] == speaker


def test_an_opening_hedge_still_hedges() -> None:
    (claim,) = extract_claims("Reportedly the minister said the border was closed.")
    assert (claim.attribution, claim.certainty.value) == ("the minister", "hedged")


def test_an_opening_adverb_alone_is_no_speaker() -> None:
    # "posted" is a participle: the words before the comma say where the advert was first
    sentence = "Originally posted on the firm's jobs page in May, the advert was seen elsewhere."
    assert all(speaker is None for _, speaker in _claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # before a name or a bare noun the word may be an adjective or a name itself
        ("Later police reports said the driver had fled.", "Later police reports"),
        ("Publicly available records said the driver had fled.", "Publicly available records"),
        ("Kelly Ruiz said the driver had fled.", "Kelly Ruiz"),
        ("Beverly said the driver had fled.", "Beverly"),
    ],
)
def test_an_opening_word_that_may_not_be_an_adverb_is_kept(sentence: str, speaker: str) -> None:
    assert _claims(sentence)[0][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Then Ana Lind said the ferry was late.", "Ana Lind"),
        ("Yesterday Ana Lind said the ferry was late.", "Ana Lind"),
        ("Now Mayor Ana Lind says the ferry was late.", "Mayor Ana Lind"),
        ("And then Tom Berg told reporters the ferry was late.", "Tom Berg"),
        ("Today the harbour board said the ferry was late.", "the harbour board"),
    ],
)
def test_an_adverb_without_its_comma_before_a_name_is_no_part_of_it(
    sentence: str, speaker: str
) -> None:
    assert _claims(sentence)[0] == ("The ferry was late.", speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # one capitalised word after it: a name may start with the adverb
        ("Now Magazine said the ferry was late.", "Now Magazine"),
        # an acronym: the president of NOW
        ("NOW President Ana Lind said the ferry was late.", "NOW President Ana Lind"),
        # an adjective before a bare noun
        ("Later Norvish reports said the ferry was late.", "Later Norvish reports"),
    ],
)
def test_an_adverb_that_may_be_part_of_the_speaker_stays(sentence: str, speaker: str) -> None:
    assert _claims(sentence)[0] == ("The ferry was late.", speaker)
