"""Entities with canonical names from the alias table, extendable by a user's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.parse.entities import alias_table, canonical_name, find_entities
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
