"""A quotation with no speaker of its own that follows a quotation in the same paragraph
goes on with that quotation: the same speaker's words."""

from __future__ import annotations

import pytest
from tests.parse_helpers import parse


def _speakers(text: str) -> list[tuple[str, str | None, bool]]:
    return [(c.text, c.attribution, c.quoted) for c in parse(text) if c.dropped is None]


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        # one whole quoted sentence after the tagged one
        (
            "“The levee held overnight,” the county engineer said. “Crews will inspect "
            "it again at dawn.”",
            "Crews will inspect it again at dawn.",
        ),
        # straight marks
        (
            '"We lost the first vote," Mayor Ana Ruiz said. "We will bring the plan back in May."',
            "We will bring the plan back in May.",
        ),
        # a quotation that runs over two sentences and names no speaker at its end
        (
            "“Ticket sales doubled,” the festival director told reporters. “We added a "
            "third stage. Parking remains the hard part.”",
            "Parking remains the hard part.",
        ),
    ],
)
def test_a_quotation_after_a_tagged_one_is_the_same_speakers(text: str, continued: str) -> None:
    claims = {claim: (speaker, quoted) for claim, speaker, quoted in _speakers(text)}
    first_speaker = next(speaker for speaker, _ in claims.values() if speaker)
    assert claims[continued] == (first_speaker, True)


def test_every_sentence_of_the_continued_quotation_is_credited() -> None:
    text = (
        "“Ticket sales doubled,” the festival director told reporters. “We added a "
        "third stage. Parking remains the hard part.”"
    )
    credited = [claim for claim, speaker, _ in _speakers(text) if speaker]
    assert credited == [
        "Ticket sales doubled.",
        "We added a third stage.",
        "Parking remains the hard part.",
    ]


def test_a_pronoun_speaker_is_named_in_every_sentence_of_the_quotation() -> None:
    # "he" is known from the sentences before the first quotation; three sentences on, the
    # continued quotation is credited to whom the first one was
    text = (
        'After the vote, President Tomas Berg wrote online that the deal was " fair. "\n'
        '" East Timor has agreed to end all Mining Permits and close up a large mine, " he '
        'said. " This is good news for the region - real progress! Look forward to the '
        'next round. "'
    )
    credited = {claim: speaker for claim, speaker, _ in _speakers(text) if speaker}
    assert credited["Look forward to the next round."] == "President Tomas Berg"


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph that goes on past its quotation is the writer's, quotation and all
        "“The levee held overnight,” the county engineer said.\n\n“Crews will inspect it "
        "again at dawn.” The river fell by noon.",
        # an answer to a question is another person's
        "“Did the levee hold?” a reporter asked. “It held until midnight.”",
        # the quotation has its own speaker
        "“The levee held,” the engineer said. “It will not hold again,” a farmer replied.",
        # the sentence before quotes no one: the writer's own sentence
        "The levee held overnight. “Crews will inspect it again at dawn.”",
        # only part of the sentence is quoted: the writer's words around it
        "“The levee held,” the engineer said. Crews called it “a small miracle” later.",
    ],
)
def test_no_speaker_is_carried_over(text: str) -> None:
    last = _speakers(text)[-1]
    assert last[1] in (None, "a farmer")
    if last[1] is None:
        assert "engineer" not in str(last)


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_speaker_just_quoted() -> None:
    text = (
        "The minister spoke on Monday.\n\n"
        '"We cannot see why the town matters so much to them," Ruiz said.\n\n'
        '"At first they said no, but then we agreed to help."\n\n'
        "Talks went on into the night.\n"
    )
    claims = [c for c in parse(text) if "agreed to help" in c.text or "said no" in c.text]
    assert claims and all(c.attribution == "Ruiz" for c in claims)


def test_a_quoted_paragraph_after_an_unquoted_one_is_nobody_s() -> None:
    text = (
        "Ruiz said the town matters to them.\n\n"
        '"At first they said no, but then we agreed to help."\n'
    )
    claims = [c for c in parse(text) if "agreed to help" in c.text]
    assert claims and all(c.attribution is None for c in claims)
