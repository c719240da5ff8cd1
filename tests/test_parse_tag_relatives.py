"""A quotation's tag with a relative about its speaker between the name and the verb
('"...," Tom Berg, who runs the port, said.'): the quotation is the speaker's, the relative
is the writer's fact about the speaker, and the person told is no speaker.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The port will close," Tom Berg, who runs the harbour, said.',
            {("The port will close.", "Tom Berg"), ("Tom Berg runs the harbour.", None)},
        ),
        (
            '"We saw the flames from the road," Ana Ruiz, who lives nearby, told reporters.',
            {
                ("We saw the flames from the road.", "Ana Ruiz"),
                ("Ana Ruiz lives nearby.", None),
            },
        ),
        (
            "“Nobody warned us,” the pilot, who flew the last ferry, later said.",
            {("Nobody warned us.", "the pilot"), ("The pilot flew the last ferry.", None)},
        ),
        # no quotation marks: the statement ends at the comma before the name
        (
            "The bridge was never inspected, Lena Park, who chairs the council, said.",
            {
                ("The bridge was never inspected.", "Lena Park"),
                ("Lena Park chairs the council.", None),
            },
        ),
    ],
)
def test_a_relative_between_the_speaker_and_the_verb(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative ends before another clause's verb, not before the tag's
        (
            "Tom Berg, who runs the harbour, said the port would close.",
            {("The port would close.", "Tom Berg"), ("Tom Berg runs the harbour.", None)},
        ),
        # a relative inside the statement stays the speaker's
        (
            "Ferries stopped after the storm, which hit the coast, officials said.",
            {
                ("Ferries stopped after the storm.", "officials"),
                ("The storm hit the coast.", "officials"),
            },
        ),
        # the verb after the relative is the relative's own, not a tag
        (
            "The ferry was late, and Tom Berg, who said nothing, left early.",
            {
                ("The ferry was late.", None),
                ("Tom Berg left early.", None),
                ("Tom Berg said nothing.", None),
            },
        ),
    ],
)
def test_no_tag_after_the_relative(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert set(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative without a comma says which one speaks: no claim of its own
        (
            "The guards fed the prisoners rice, a former guard who left the camp said.",
            {("The guards fed the prisoners rice.", "a former guard")},
        ),
        (
            "The rebels raised their flag over the fort, a farmer who fled the area has revealed.",
            {("The rebels raised their flag over the fort.", "a farmer")},
        ),
        (
            "Aid workers were barred from the valley, an analyst who studies the region told "
            "the Courier.",
            {("Aid workers were barred from the valley.", "an analyst")},
        ),
        # a relative with a statement of its own, or opened by a pronoun: no speaker read
        (
            "The guards fed the prisoners rice, a man who said he was there told reporters.",
            {
                (
                    "The guards fed the prisoners rice, a man who said he was there told "
                    "reporters.",
                    None,
                )
            },
        ),
        (
            "The guards fed the prisoners rice, a guard who he met said.",
            {("The guards fed the prisoners rice, a guard who he met said.", None)},
        ),
    ],
)
def test_a_restrictive_relative_before_a_closing_verb(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        # the relative after a name and its description is about the named person
        (
            '"The port is closed," said Tom Berg, a spokesman, who could not confirm the report.',
            "Tom Berg could not confirm the report.",
        ),
        (
            '"The port is closed," said Tom Berg, who heads the harbour.',
            "Tom Berg heads the harbour.",
        ),
        # no name before the description: the whole speaker
        ('"The port is closed," said the mayor, who spoke in Varna.', "The mayor spoke in Varna."),
    ],
)
def test_the_relative_after_a_described_speaker_is_about_the_name(text: str, relative: str) -> None:
    assert (relative, None) in facts(text)
