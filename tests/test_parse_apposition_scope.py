"""Where an apposition between commas starts and whose it is.

- Words between two commas that hold a finite verb of their own are no apposition: "A
  113-year-old, shoebox-sized capsule was removed ..., hidden in plain sight, ..." has its
  main verb there (the first comma joins two adjectives).
- A description after a name in an "of"/"for" phrase is the name's: "The wife of Abu Bakr,
  the leader of the group, ..." says who Abu Bakr is.

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 90-year-old, shoebox-sized chest was found on Monday under the old pier, "
            "hidden in the mud, near the harbour.",
            {
                (
                    "A 90-year-old, shoebox-sized chest was found on Monday under the old "
                    "pier, hidden in the mud, near the harbour.",
                    None,
                )
            },
        ),
        # the clause's own verb after a subordinator or "to" does not count
        (
            "The old bridge, believed to have been built in 1820, was closed.",
            {
                ("The old bridge was closed.", None),
                ("The old bridge was believed to have been built in 1820.", None),
            },
        ),
        (
            "Tom Berg, a pilot who was at the pier, saw the fire.",
            {("Tom Berg saw the fire.", None), ("Tom Berg was a pilot who was at the pier.", None)},
        ),
        (
            "The video, released by the IS news agency Amaq, shows a crate.",
            {
                ("The video shows a crate.", None),
                ("The video was released by the IS news agency Amaq.", None),
            },
        ),
    ],
)
def test_an_apposition_holds_no_finite_verb_of_its_own(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The wife of Ivo Rask, the leader of the rebel group, was arrested in May.",
            {
                ("The wife of Ivo Rask was arrested in May.", None),
                ("Ivo Rask was the leader of the rebel group.", None),
            },
        ),
        (
            "A spokesman for Lena Park, the harbour chief, denied the report.",
            {
                ("A spokesman for Lena Park denied the report.", None),
                ("Lena Park was the harbour chief.", None),
            },
        ),
        # a name with "of" in it, a name after "the", or a name as the apposition: the
        # whole subject
        (
            "Bank of Nordland, a lender to farmers, raised its rates.",
            {
                ("Bank of Nordland raised its rates.", None),
                ("Bank of Nordland was a lender to farmers.", None),
            },
        ),
        (
            "The reading on the floor of the Senate, an old custom, took an hour.",
            {
                ("The reading on the floor of the Senate took an hour.", None),
                ("The reading on the floor of the Senate was an old custom.", None),
            },
        ),
    ],
)
def test_a_description_after_a_name_in_an_of_phrase_is_the_names(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert set(facts(text)) == expected
