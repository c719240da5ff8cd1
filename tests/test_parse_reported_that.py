"""The "that" of reported content: a second clause after "but"/";" keeps no "that", nor does
content after a phrase set off between the verb and "that" ("reported, citing a source,
that ..."), and that phrase is no part of the content.

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims


def _claims(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(sentence) if c.dropped is None]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The mayor said the bridge had been shut for repairs, but that it would reopen in May.",
            "It would reopen in May.",
        ),
        (
            "The port board said that the cranes were old, but that the new ones had arrived.",
            "The new ones had arrived.",
        ),
        (
            "Two officials said the ferry had been delayed, but that no one had been hurt.",
            "No one had been hurt.",
        ),
        (
            "The union said the strike was over, but that Ana Ruiz would not sign the deal.",
            "Ana Ruiz would not sign the deal.",
        ),
        (
            "The minister said the talks had stalled, but that even if they failed, the ceasefire "
            "would hold.",
            "Even if they failed, the ceasefire would hold.",
        ),
    ],
)
def test_a_coordinated_reported_clause_loses_its_that(sentence: str, second: str) -> None:
    claims = _claims(sentence)
    assert [text for text, _ in claims][1] == second
    assert claims[1][1] == claims[0][1] is not None


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a demonstrative before a bare noun or a verb stays
        (
            "The mayor said the bridge would close, but that decision was reversed on Friday.",
            "That decision was reversed on Friday.",
        ),
        ("The bridge was shut for a week, but that did not stop the ferry.",
         "That did not stop the ferry."),
        # "that" before a day or a month is a demonstrative too
        (
            "The mayor said the bridge would close, but that Monday the ferry still ran.",
            "That Monday the ferry still ran.",
        ),
    ],
)  # fmt: skip
def test_a_demonstrative_that_after_a_joiner_stays(sentence: str, second: str) -> None:
    assert [text for text, _ in _claims(sentence)][1] == second


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The agency reported, citing two officials, that the minister had resigned.",
            "The agency",
            "The minister had resigned.",
        ),
        (
            "The paper reported, quoting a police source, that the bridge was closed.",
            "The paper",
            "The bridge was closed.",
        ),
        (
            "Several outlets reported, among them the Harbour Gazette, that the mayor had quit.",
            "Several outlets",
            "The mayor had quit.",
        ),
        (
            "The coach said, speaking after the final whistle, that the team would stay.",
            "The coach",
            "The team would stay.",
        ),
    ],
)
def test_a_phrase_set_off_before_that_is_no_part_of_the_content(
    sentence: str, speaker: str, content: str
) -> None:
    assert _claims(sentence)[0] == (content, speaker)


def test_a_dated_phrase_set_off_before_that_is_the_statements_own_claim() -> None:
    claims = _claims("The mayor said, in a statement on Monday, that the bridge was closed.")
    assert claims == [
        ("The bridge was closed.", "The mayor"),
        ("The mayor said in a statement on Monday.", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # no comma after the verb: what comes before ", that" is what was said
        (
            "The mayor said the port was busy, that the cranes were old.",
            "The port was busy, that the cranes were old.",
        ),
        # "that" before a verb is the subject, not a conjunction: nothing is cut
        (
            "The board said, after a long meeting, that was the end of the matter.",
            "After a long meeting, that was the end of the matter.",
        ),
    ],
)
def test_what_is_not_a_phrase_set_off_before_that(sentence: str, first: str) -> None:
    assert _claims(sentence)[0][0] == first


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # "but that" without its comma
        (
            "The port board said the cranes were old but that the new ones had arrived.",
            "The cranes were old.",
            "The new ones had arrived.",
        ),
        (
            "Two pilots told the paper that the fog had lifted but that no ship had sailed.",
            "The fog had lifted.",
            "No ship had sailed.",
        ),
        (
            "The coach said the squad was tired but that Ana Ruiz would play on Sunday.",
            "The squad was tired.",
            "Ana Ruiz would play on Sunday.",
        ),
        # the last of a list after semicolons: "; and that ..."
        (
            "The mayor said the pier was shut; and that the ferry would run late all week.",
            "The pier was shut.",
            "The ferry would run late all week.",
        ),
    ],
)
def test_a_second_reported_clause_without_a_comma_loses_its_that(
    sentence: str, first: str, second: str
) -> None:
    claims = _claims(sentence)
    assert [text for text, _ in claims][:2] == [first, second]
    assert claims[1][1] == claims[0][1] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a demonstrative "that" after "but": the writer's words about the first clause
        "The owner claims that the paint is real but that may not be true.",
        "The union said the strike was over but that decision was not final.",
        "The ferry was late but that is normal in winter.",
    ],
)
def test_but_then_a_demonstrative_that_is_not_cut(sentence: str) -> None:
    texts = [text for text, _ in _claims(sentence)]
    assert len(texts) == 1 and " but that " in texts[0]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # a plural noun (perhaps after a noun that qualifies it) and its verb: no
        # demonstrative stands before a plural, so "that" is the conjunction
        (
            "A guard said the men tried to climb the fence, but that dogs had chased them off.",
            "The men tried to climb the fence.",
            "Dogs had chased them off.",
        ),
        (
            "The expert said the photo looked odd but that camera tricks could not be ruled out.",
            "The photo looked odd.",
            "Camera tricks could not be ruled out.",
        ),
        # a pronoun or quantifier no demonstrative stands before, or "so far"
        (
            "The mayor said the pier was sound but that more was needed for the ferry.",
            "The pier was sound.",
            "More was needed for the ferry.",
        ),
        (
            "The agency said it was checking the video but that so far nothing showed it was fake.",
            "The agency was checking the video.",
            "So far nothing showed it was fake.",
        ),
        (
            "The coach said the squad was tired, but that nobody would be rested on Sunday.",
            "The squad was tired.",
            "Nobody would be rested on Sunday.",
        ),
    ],
)
def test_a_plural_or_quantified_subject_after_but_that_is_a_reported_clause(
    sentence: str, first: str, second: str
) -> None:
    claims = _claims(sentence)
    assert [text for text, _ in claims][:2] == [first, second]
    assert claims[0][1] == claims[1][1] is not None


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a verb's -s form after "that" is the demonstrative's verb
        ("The ranger said the dam held, but that changes with heavy rain.", "that changes"),
        ("The aide said the plan was sound, but that makes sense to nobody.", "that makes"),
        # a singular noun: "that" may point back
        ("The page was checked by the site, but that check was later undone.", "That check"),
    ],
)
def test_a_demonstrative_before_a_verb_or_a_singular_noun_stays(sentence: str, kept: str) -> None:
    assert any(kept in text for text, _ in _claims(sentence))
