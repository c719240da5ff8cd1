"""Entities with canonical names from the alias table, extendable by a user's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.api import extract_claims
from claimtrack.parse.entities import (
    alias_table,
    canonical_name,
    capitalised_words,
    find_entities,
)
from claimtrack.parse.tables import TableError


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in find_entities(text)]


@pytest.mark.parametrize("alias", ["U.S.", "US", "United States", "Washington", "America"])
def test_united_states_aliases(alias: str) -> None:
    assert (alias, "United States") in names(f"Officials in {alias} responded quickly.")


@pytest.mark.parametrize("alias", ["Iran", "Tehran", "the Islamic Republic"])
def test_iran_aliases(alias: str) -> None:
    assert (alias, "Iran") in names(f"Later {alias} sent a letter.")


def test_lower_case_us_is_a_pronoun_not_the_country() -> None:
    assert names("Let us wait and see.") == []


def test_unknown_names_are_kept_as_written_and_possessives_split() -> None:
    found = names("Portugal’s Health Ministry hired Ana Sousa.")
    assert ("Portugal", "Portugal") in found
    assert ("Health Ministry", "Health Ministry") in found
    assert ("Ana Sousa", "Ana Sousa") in found


def test_sentence_initial_function_word_is_not_a_name() -> None:
    assert names("The council voted.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "'s" after "There", "Here", "That", "What" is "is" or "has", no possessive
        ("There’s no sign of the ferry.", []),
        ("Here's Ana Sousa on the port.", [("Ana Sousa", "Ana Sousa")]),
        ("That's what Sousa said.", [("Sousa", "Sousa")]),
        # a name's possessive stays one, a month's name too
        ("May's cabinet met in Lisbon.", [("May", "May"), ("Lisbon", "Lisbon")]),
    ],
)
def test_a_contracted_function_word_is_not_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(text) == expected


def test_offsets() -> None:
    text = "Delegates from Tehran arrived."
    (entity,) = find_entities(text, offset=7)
    assert text[entity.start - 7 : entity.end - 7] == "Tehran"


def test_user_alias_file_extends_the_table(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text("# mine\nBlue Harbour\tPort Azul\nTehran\tIranian government\n")
    table = alias_table(path)
    assert canonical_name("Blue Harbour", table) == "Port Azul"
    assert canonical_name("Tehran", table) == "Iranian government"
    assert [e.canonical for e in find_entities("Blue Harbour grew.", aliases=table)] == [
        "Port Azul"
    ]


def test_bad_user_alias_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text("only one column\n")
    with pytest.raises(TableError, match="line 1"):
        alias_table(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "and" between adjectives of nationality joins two parties, not one name
        ("On Friday, Chilean and Peruvian envoys met.", ["Chilean", "Peruvian"]),
        ("Talks between Saudi and Emirati ministers stalled.", ["Saudi", "Emirati"]),
        ("She briefed South Korean and Japanese diplomats.", ["South Korean", "Japanese"]),
        # a split after an alias or a possessive leaves no joiner in front of the next name
        ("Envoys from the U.S. and Venezuelan sides met.", ["U.S.", "Venezuelan"]),
        ("Later, Chile's and Peru's envoys met.", ["Chile", "Peru"]),
        ("The talks of the U.S. and Ecuadorian Navy staff ended.", ["U.S.", "Ecuadorian Navy"]),
    ],
)
def test_coordinated_parties_are_separate_entities(text: str, expected: list[str]) -> None:
    assert [found for found, _ in names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates were set by the Bank of England on Friday.", "Bank of England"),
        ("Her team flew to Trinidad and Tobago on Friday.", "Trinidad and Tobago"),
        ("The mission left Bosnia and Herzegovina in May.", "Bosnia and Herzegovina"),
        ("Crowds cheered the Duke of York at noon.", "Duke of York"),
        ("He sold his shares of Procter & Gamble last week.", "Procter & Gamble"),
        ("He sold his shares of Marks and Spencer last week.", "Marks and Spencer"),
    ],
)
def test_names_with_a_joiner_inside_stay_whole(text: str, expected: str) -> None:
    assert [found for found, _ in names(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Chilean and Peruvian envoys met.",
        "Envoys from the U.S. and Venezuelan sides met.",
        "Chile's and Peru's envoys met.",
        "He sold his shares of Procter & Gamble last week.",
        "Rates were set by the Bank of England and the Fed.",
    ],
)
def test_no_entity_starts_or_ends_with_a_lower_case_joiner(text: str) -> None:
    for found, _ in names(text):
        words = found.split()
        assert words[0] not in ("and", "or", "of", "the", "&"), found
        assert words[-1] not in ("and", "or", "of", "the", "&"), found


def texts(text: str) -> list[str]:
    return [e.text for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria sent Minister for Culture Tom Berg to Oslo.", "Minister for Culture Tom Berg"),
        ("On Monday Secretary for Health Ana Ruiz opened a clinic.",
         "Secretary for Health Ana Ruiz"),
        ("Then Commissioner for Human Rights Ana Ruiz spoke.",
         "Commissioner for Human Rights Ana Ruiz"),
        ("Later Secretary of State for Health Ana Ruiz spoke.",
         "Secretary of State for Health Ana Ruiz"),
        ("Later Minister for the Environment Tom Berg spoke.",
         "Minister for the Environment Tom Berg"),
        ("Oslo named a Special Envoy for Syria on Monday.", "Special Envoy for Syria"),
    ],
)  # fmt: skip
def test_an_office_and_its_domain_after_for_stay_with_the_name(text: str, expected: str) -> None:
    found = texts(text)
    assert expected in found
    # never the domain and the name without the office ("Culture Tom Berg")
    assert not any(e != expected and e in expected for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" after words that are no office leaves the name
        ("Polls in Oslo said Support for Israel grew.", ["Oslo", "Support", "Israel"]),
        ("Polls in Oslo hosted the Campaign for Peace.", ["Oslo", "Campaign", "Peace"]),
        ("Tom Berg voted for Ana Ruiz in Oslo.", ["Tom Berg", "Ana Ruiz", "Oslo"]),
        ("Polls in Oslo thanked a Spokesman for Apple.", ["Oslo", "Spokesman", "Apple"]),
        ("Polls in Oslo blamed Islamic State for Ramadi.", ["Oslo", "Islamic State", "Ramadi"]),
        # a lower-case office starts no run
        ("Ana Ruiz, the minister for Culture, spoke.", ["Ana Ruiz", "Culture"]),
        # an alias after "for" leaves the office alone, not "Minister for"
        ("Tom Berg met the Minister for Washington.",
         ["Tom Berg", "Minister", "Washington"]),
    ],
)  # fmt: skip
def test_for_after_other_words_ends_the_name(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_word_after_a_blank_line_is_no_known_name() -> None:
    # a caption with no full stop, then the next paragraph's label: "Arrest" starts a line
    text = "Rescuers reached the quay on Thursday morning\n\nArrest: A man was held.\n"
    assert "Arrest" not in capitalised_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were led by\nOrtega and his deputy.",  # a hard-wrapped line goes on
        "The talks were led by Ortega and his deputy.",
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_a_known_name(text: str) -> None:
    assert "Ortega" in capitalised_words(text)


def test_a_caption_label_after_a_caption_without_a_full_stop_is_cut() -> None:
    text = (
        "Crowds gathered at the harbour on Friday.\n\n"
        "Tribute: The mayor laid flowers at the quay on Thursday morning\n\n"
        "Arrest: A man was held for crossing the police line near the quay.\n"
    )
    texts = [c.text for c in extract_claims(text) if c.dropped is None]
    assert "A man was held for crossing the police line near the quay." in texts
