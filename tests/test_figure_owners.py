"""Whose figure it is: two parties' figures are never two accounts of one fact, however alike
the words around them; one party's figures still conflict, under any name or title."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims, judge, parse
from claimtrack.judge.owners import different_owners
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Ortega paid an effective tax rate of roughly 36 percent over two decades.",
            "Mrs. Lindqvist's tax return showed a combined tax rate of 45.8 percent.",
        ),
        (
            "Halvorsen's approval rating was 41 percent in the poll.",
            "Governor Amadi's approval rating was 58 percent in the poll.",
        ),
        (
            "Brightwater Mills reported a profit margin of 12 percent.",
            "Kessler Foods reported a profit margin of 19 percent.",
        ),
    ],
)
def test_figures_of_two_named_parties_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            # one party, with and without its title
            "Governor Amadi's approval rating was 41 percent in the poll.",
            "Amadi's approval rating was 58 percent in the poll.",
            ("41 percent", "58 percent"),
        ),
        (
            # a family name in the plural is the same family
            "The Lindqvists' effective tax rate was 31 percent.",
            "Mrs. Lindqvist's effective tax rate was 38 percent.",
            ("31 percent", "38 percent"),
        ),
        (
            # one side names no one: the figures stay comparable
            "Kessler Foods reported a profit margin of 12 percent.",
            "The company reported a profit margin of 19 percent.",
            ("12 percent", "19 percent"),
        ),
        (
            # each side names the other's party: one trade, two ends of it
            "Norland shipped 40,000 tons of grain to Vessia last year.",
            "Vessia bought 55,000 tons of grain from Norland last year.",
            ("40,000", "55,000"),
        ),
    ],
)
def test_figures_of_one_party_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


def test_a_speakers_own_figure_is_the_speakers() -> None:
    """In reported speech "his rate" is the speaker's: not the rate of the party named in
    the other claim."""
    a = parse.parse_statement("Mr. Ortega said his average tax rate was 36 percent.", "a:1", "a")
    b = parse.parse_statement("The Lindqvists' average tax rate was 45 percent.", "b:1", "b")
    assert a.attribution and "Ortega" in a.attribution
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert [c for c in found if c.type is ConflictType.NUMERIC] == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a plural noun opening the sentence is no one's name
        (
            "Economists expect a profit of 30 cents a share for the quarter.",
            "Wall Street expects a profit of 45 cents a share for the quarter.",
        ),
        # a day or a phrase before the subject names no one
        (
            "On Monday, Ortega's approval rating was 41 percent in the poll.",
            "Ortega's approval rating was 58 percent in the poll.",
        ),
    ],
)
def test_words_that_name_no_party_leave_figures_comparable(text_a: str, text_b: str) -> None:
    assert len(conflict_values(text_a, text_b)) == 1


def test_two_parties_figures_are_neither_a_conflict_nor_one_statement() -> None:
    found = compare_claims(
        "At noon, Halvorsen's approval rating was 41 percent in the poll.",
        "Amadi's approval rating was 58 percent in the poll.",
    )
    assert found.conflicts == ()
    assert not found.same_claim
    alike = compare_claims(
        "Halvorsen's approval rating was 41 percent in the poll.",
        "Halvorsen's approval rating stood at 41 percent in the poll.",
    )
    assert alike.same_claim


def test_a_subject_the_parser_left_as_a_clause_names_no_owner() -> None:
    """A subject that holds a figure is a clause: its names are not the figures' owners."""
    a = parse.parse_statement("The regional figure of 40 percent was disputed.", "a:1", "a")
    b = parse.parse_statement("The regional figure was 55 percent, Norland said.", "b:1", "b")
    assert not different_owners(
        a.model_copy(update={"subject": "Ortega lies about 125 kilometres from Vessia and"}),
        b.model_copy(update={"subject": "Halvorsen"}),
    )
    assert different_owners(
        a.model_copy(update={"subject": "Ortega"}), b.model_copy(update={"subject": "Halvorsen"})
    )


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a figure in a clause about the work the subject made: two parties' works
        (
            "Last year Ana Ruiz led a review of the port rules in Vessia that ran to 232 pages.",
            "Last year Tomas Berg led a review of the ferry timetable in Ostrava that ran to "
            "431 pages.",
        ),
        (
            "Ana Ruiz has written an audit of the Vessia harbour board which found 40 percent of "
            "berths idle.",
            "Tomas Berg has written an audit of the Vessia harbour board which found 55 percent of "
            "berths idle.",
        ),
        (
            "In March Ortega commissioned a survey of farm wages in Norland that reached "
            "2,100 workers.",
            "In March Halvorsen commissioned a survey of farm wages in Norland that reached "
            "1,900 workers.",
        ),
    ],
)
def test_figures_of_works_two_named_parties_made_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            # one party's work, told twice
            "Last year Ana Ruiz led a review of the port rules that ran to 232 pages.",
            "Last year Ruiz led a review of the port rules that ran to 431 pages.",
            ("232", "431"),
        ),
        (
            # "the review": one review, whoever led it
            "Ana Ruiz led the review of the port rules in Vessia that ran to 232 pages.",
            "Tomas Berg led the review of the port rules in Vessia that ran to 431 pages.",
            ("232", "431"),
        ),
        (
            # a lawsuit is no work of whoever blocks or backs it
            "Ana Ruiz tried to block a lawsuit against the Vessia port board on behalf of "
            "1,600 dockers.",
            "Tomas Berg tried to back a lawsuit against the Vessia port board on behalf of 1,500 "
            "dockers.",
            ("1,600", "1,500"),
        ),
    ],
)
def test_figures_of_one_work_or_of_no_ones_work_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]
