"""One fact at two named places is a place note, never a contradiction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, parse
from claimtrack.judge.roles import place_notes
from claimtrack.models import ConflictType, Severity, Verdict

# --- one fact at two named places: a note, never a contradiction -----------------------------


def _place_notes(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return [c.values for c in place_notes(a, b) if c.severity is Severity.NOTE]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Cyclone Ira made landfall near Port Hollis early on Monday.",
            "Cyclone Ira came ashore near Dunmore Sound on Monday.",
            ("Port Hollis", "Dunmore Sound"),
        ),
        (
            "The heaters were assembled at a plant in Tarnow.",
            "The heaters were made at the firm's factory in Kaunas.",
            ("Tarnow", "Kaunas"),
        ),
    ],
)
def test_one_fact_at_two_places_is_noted(text_a: str, text_b: str, values: tuple[str, str]) -> None:
    assert _place_notes(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a city and its country
        ("The talks were held in Muscat.", "The talks were held in Oman."),
        # one names the other's place
        ("The ferry sank near Port Hollis.", "The ferry sank near Port Hollis harbour wall."),
        ("The ferry sank near Hollis.", "The ferry sank off Port Hollis near Hollis."),
        # two prepositions: near one town, in another
        ("The ferry sank near Port Hollis.", "The ferry sank in Dunmore Sound."),
        # a month, a possessive, a name before a noun
        ("The plant opened in March.", "The plant opened in June."),
        ("Shares fell in Lindqvist's view.", "Shares fell in Berg's view."),
        ("The ferry sank in Hollis Bay waters.", "The ferry sank in Dunmore Sound waters."),
    ],
)
def test_no_place_note_without_two_places(text_a: str, text_b: str) -> None:
    assert _place_notes(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # the place before the clause's verb: an auxiliary or a modal ends its phrase
        (
            "The Orvel Foods plant in Brenton will close in March.",
            "Orvel Foods will close its plant in Dunmore in March.",
            ("Brenton", "Dunmore"),
        ),
        (
            "A primary school in Kelso was evacuated on Monday.",
            "Pupils at a primary school in Selby were evacuated on Monday.",
            ("Kelso", "Selby"),
        ),
        (
            "The depot near Port Hollis has been shut.",
            "The depot near Dunmore Sound has been shut.",
            ("Port Hollis", "Dunmore Sound"),
        ),
    ],
)
def test_a_place_before_the_verb_is_noted(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert _place_notes(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one name holds the other's; a name that qualifies the noun after it
        ("The plant in Brenton Park will close.", "The plant in Brenton will close."),
        ("The ferry sank in Hollis Bay waters.", "The ferry in Dunmore will sail."),
        # "will" opens the verb, but the other claim names the same town
        ("The plant in Brenton will close.", "The Brenton plant will close in March."),
    ],
)
def test_no_place_note_before_the_verb_without_two_places(text_a: str, text_b: str) -> None:
    assert _place_notes(text_a, text_b) == []


def test_a_place_note_leaves_the_agreement_standing(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    wire = "Cyclone Ira made landfall near Port Hollis early on Monday.\n"
    paper = "Cyclone Ira made landfall near Dunmore Sound early on Monday.\n"
    report = build_report([write_articles({"wire.txt": wire, "paper.txt": paper})])
    noted = [c for c in report.clusters if any(k.type is ConflictType.PLACE for k in c.conflicts)]
    assert [c.verdict for c in noted] == [Verdict.AGREE]


# --- two sites "at the University of X": a place note, a shared first word aside -----------


def _place_values(text_a: str, text_b: str) -> list[tuple[str, ...]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    return [c.values for c in place_notes(a, b)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "It was carried out by researchers at the University of Leeds.",
            "The work was led by researchers at the University of Bristol.",
            [("University of Leeds", "University of Bristol")],
        ),
        (
            "A shelter has opened at Cedar High School.",
            "A shelter has opened at the Lakeview Community Center.",
            [("Cedar High School", "Lakeview Community Center")],
        ),
        (
            "The talks were held at the Bank of Norway.",
            "The talks were held at the Bank of Latvia.",
            [("Bank of Norway", "Bank of Latvia")],
        ),
    ],
)
def test_two_named_sites_after_at_are_a_place_note(
    text_a: str, text_b: str, expected: list[tuple[str, ...]]
) -> None:
    assert _place_values(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one site, named in full on one side
        (
            "It was carried out by researchers at the University of Leeds.",
            "The work was led by researchers at Leeds.",
        ),
        # the other side names the first's own word
        (
            "It was carried out by researchers at the University of Leeds.",
            "The work, led from Leeds, was done at the University of Bristol.",
        ),
        # "in" takes no "of": a name with "of" after "in" is left alone
        ("The ship sank in Gulf of Tarvo waters.", "The ship sank in Gulf of Ebro waters."),
        # a time, not a place
        ("The talks began at 10 a.m.", "The talks began at noon."),
    ],
)
def test_one_site_or_no_site_gives_no_place_note(text_a: str, text_b: str) -> None:
    assert _place_values(text_a, text_b) == []
