"""Tallies: a vote or a score written as two whole numbers ("ruled 7-2", "a 4-4 draw", "by a
vote of five to two") are one mention with both numbers in order, compared by the judge with
tallies only; ranges, dates, names and compound adjectives stay as they were."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.models import ConflictType, NumberMention
from claimtrack.normalize import normalize_claim
from claimtrack.parse.numbers import find_numbers
from claimtrack.render.claims_table import attributes
from story_claims import conflict_values


def tallies(text: str) -> list[tuple[str, tuple[int, int] | None]]:
    return [(n.text, n.tally) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "written", "tally"),
    [
        ("The appeals court ruled 7-2 on Tuesday.", "7-2", (7, 2)),
        ("The appeals court ruled 5–2 against the ordinance.", "5–2", (5, 2)),
        ("The panel threw out the rule by a vote of five to two.", "five to two", (5, 2)),
        ("The measure passed 52-48 after a long debate.", "52-48", (52, 48)),
        ("The bill passed the upper house 68 to 32.", "68 to 32", (68, 32)),
        ("Harlow won 3-1 at home.", "3-1", (3, 1)),
        ("Harlow beat Dunmore 2-0 on Saturday.", "2-0", (2, 0)),
        ("The derby ended in a 4-4 draw.", "4-4", (4, 4)),
        ("Dunmore lost 1-3 to Harlow.", "1-3", (1, 3)),
        ("The justices split six-three on the question.", "six-three", (6, 3)),
        ("The trustees backed the merger by nine votes to four.", "nine votes to four", (9, 4)),
        ("Kelby won two-nil in the replay.", "two-nil", (2, 0)),
        ("In a narrow 11-10 vote, the council kept the library open.", "11-10", (11, 10)),
        ("The ward now has a 6-3 conservative majority.", "6-3", (6, 3)),
        ("The tally was 7-2.", "7-2", (7, 2)),
        ("The motion failed 9-11 on a show of hands.", "9-11", (9, 11)),
        ("The ruling, 5-4, surprised the lawyers.", "5-4", (5, 4)),
        ("The panel voted 3 – 2 against the plan.", "3 – 2", (3, 2)),
    ],
)
def test_a_vote_or_a_score_is_one_tally_in_the_order_written(
    text: str, written: str, tally: tuple[int, int]
) -> None:
    found = find_numbers(text)
    assert [(n.text, n.tally) for n in found] == [(written, tally)]
    assert (found[0].low, found[0].high) == (None, None)  # no quantity


@pytest.mark.parametrize(
    "text",
    [
        "About 10-15 people gathered outside the court after the vote.",
        "Between 10 and 15 people gathered after the vote.",
        "From 10 to 15 people came to watch the vote.",
        "The board was cut from 10 to 5 members after the vote.",
        "The party won 2-3 seats in the vote.",
        "The hearing lasted 30-45 minutes before the vote.",
        "The striker finished the race 3-4 seconds ahead.",
        "The vote came after 9-11.",
        "The shop is open 24-7.",
        "The team won with a 30-30 rifle raffle prize.",
        "Voters aged 18-24 backed the plan.",
        "The 2019-20 season ended with a win.",
        "The plan won approval for 2024-2026.",
        "A 3-year-old won the prize.",
        "He won a 10-day trip.",
        "The winner can be reached on 212-555-0143.",
        "He won the 100-metre race.",
        "Rates rose 2-3 percent after the vote.",
    ],
)
def test_ranges_dates_names_and_modifiers_are_no_tallies(text: str) -> None:
    assert all(tally is None for _, tally in tallies(text)), tallies(text)


def test_a_range_keeps_its_reading() -> None:
    (found,) = find_numbers("About 10-15 people gathered outside the court after the vote.")
    assert (found.low, found.high, found.counts) == (10, 15, "person")


def test_a_tally_names_the_noun_after_it() -> None:
    (found,) = find_numbers("In a narrow 11-10 vote, the council kept the library open.")
    assert found.counts == "vote"


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The appeals court ruled 7-2 to strike down the ordinance.",
            "The appeals court ruled 6-3 to strike down the ordinance.",
            ("7-2", "6-3"),
        ),
        (
            "The appeals court ruled 7-2 to strike down the ordinance.",
            "The appeals court ruled 7-0 to strike down the ordinance.",
            ("7-2", "7-0"),
        ),
        (
            "The upper house passed the bill 68 to 32.",
            "The upper house passed the bill 68 to 30.",
            ("68 to 32", "68 to 30"),
        ),
        (
            "Dunmore lost 1-3 to Harlow on Saturday.",
            "Dunmore lost 2-3 to Harlow on Saturday.",
            ("1-3", "2-3"),
        ),
        (
            "The trustees backed the merger by nine votes to four.",
            "The trustees backed the merger by a vote of eight to five.",
            ("nine votes to four", "eight to five"),
        ),
    ],
)
def test_two_tallies_for_one_event_that_differ_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The appeals court ruled 5-2 to strike down the ordinance.",
            "The appeals court struck down the ordinance by a vote of five to two.",
        ),
        ("The upper house passed the bill 68 to 32.", "The upper house passed the bill 68-32."),
        (
            "The justices split six-three on the question.",
            "The justices split 6-3 on the question.",
        ),
        # the loser's side writes the winner's score second
        ("Dunmore lost 1-3 to Harlow on Saturday.", "Harlow beat Dunmore 3-1 on Saturday."),
        ("Harlow won 3-1 against Dunmore.", "Dunmore lost 1-3 against Harlow."),
    ],
)
def test_one_tally_in_other_words_or_from_the_other_side_agrees(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The council approved the plan 6-1.", "5 council members approved the plan."),
        (
            "The council approved the plan by a vote of six to one.",
            "Five council members approved the plan.",
        ),
        ("Lawmakers approved the plan by five votes to two.", "Four lawmakers approved the plan."),
    ],
)
def test_a_tally_is_never_compared_with_a_count(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_the_conflict_says_both_tallies_as_written() -> None:
    a = parse.parse_statement(
        "The appeals court ruled 7-2 to strike down the ordinance.", "a:1", "A"
    )
    b = parse.parse_statement(
        "The appeals court ruled 6–3 to strike down the ordinance.", "b:1", "B"
    )
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert found.type is ConflictType.NUMERIC
    assert found.explanation == "A gives the tally as 7-2 and B as 6–3"


def test_the_json_gives_a_tally_as_a_pair_and_a_count_with_none() -> None:
    claim = parse.parse_statement("The bill passed 52-48 with 12 abstentions.", "a:1", "A")
    numbers = json.loads(claim.model_dump_json())["numbers"]
    assert [(n["text"], n["tally"]) for n in numbers] == [("52-48", [52, 48]), ("12", None)]
    assert NumberMention.model_validate(numbers[0]).tally == (52, 48)


GAZETTE = """Library vote

The Harlow council voted 7-2 on Monday to close the Mill Street library.
"""
RADIO = """Library vote

The Harlow council voted 6-3 on Monday to close the Mill Street library.
"""
WIRE = """Library vote

Harlow councillors voted on Monday to close the Mill Street library by a vote of seven to two.
"""


def test_a_report_sets_tallies_against_tallies(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    folder = write_articles({"gazette.txt": GAZETTE, "radio.txt": RADIO, "wire.txt": WIRE})
    report = build_report([folder])
    found = {
        tuple(sorted(c.values))
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is ConflictType.NUMERIC
    }
    # "seven to two" is one tally, not "seven" against 6-3; it agrees with 7-2
    assert found == {("6-3", "7-2"), ("6-3", "seven to two")}


def test_the_claims_table_names_a_tally_as_written() -> None:
    claim = parse.parse_statement("The bill passed 52–48 with 12 abstentions.", "a:1", "A")
    assert attributes(claim).splitlines()[:2] == ["tally: 52–48", "number: 12"]
