"""Other wordings of one fact keyed alike, and earlier occasions kept apart (session 42):
the number sign "No." before a figure, "put pen to paper" for signing, the phrases of a labour
strike, "port workers" for dockworkers, a claim of the last earlier occasion ("last went on
strike in 2016"), and one story read from names that share their last word. Invented
sentences, none from an evaluation set."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import match
from claimtrack.judge.links import _name_met
from claimtrack.match.measures import counts_per_time
from claimtrack.match.occasions import previous_occasion, previous_occasions_apart
from claimtrack.normalize import MAX_PHRASE, normalize_text
from claimtrack.options import Options


@pytest.mark.parametrize(
    ("sign", "plain"),
    [
        ("She will wear the No. 7 jersey.", "She will wear the number 7 jersey."),
        ("He takes over the no. 10 shirt.", "He takes over the number 10 shirt."),
        ("The singer's album reached No.1 in May.", "The singer's album reached number 1 in May."),
        (
            "Fans cheered as he pulled on the No 23 shirt.",
            "Fans cheered as he pulled on the number 23 shirt.",
        ),
    ],
)
def test_the_number_sign_before_a_figure_is_no_negation(sign: str, plain: str) -> None:
    key = normalize_text(sign)
    assert not key.negated
    assert key.text == normalize_text(plain).text


@pytest.mark.parametrize(
    "text",
    [
        "No 12 people were hurt in the crash, officials said.",  # sentence start: a negation
        "There were no 4 a.m. trains on Sunday.",  # lower case without a stop
        "No one signed the letter.",
        "The court said no.",
    ],
)
def test_no_stays_a_negation_outside_the_number_sign(text: str) -> None:
    assert normalize_text(text).negated


@pytest.mark.parametrize(
    "text",
    [
        "The midfielder put pen to paper on a three-year contract.",
        "Both sides put pen to paper on Friday.",
        "The keeper has signed a new deal.",
        "Lindqvist inked a two-year extension.",
    ],
)
def test_putting_pen_to_paper_is_signing(text: str) -> None:
    assert "sign" in normalize_text(text).predicates


@pytest.mark.parametrize(
    "text",
    [
        "She put the pen on the desk.",
        "He put paper in the printer.",
        "The pen was put to good use.",
    ],
)
def test_a_pen_and_paper_alone_are_no_signing(text: str) -> None:
    assert "sign" not in normalize_text(text).predicates


def test_a_phrase_of_four_words_is_looked_up() -> None:
    assert MAX_PHRASE >= 4


@pytest.mark.parametrize(
    "text",
    [
        "About 900 nurses went on strike on Tuesday.",
        "Bus drivers walked off the job at dawn.",
        "Cleaners at the airport staged a walkout.",
        "Miners downed tools over pay.",
        "The teachers are on strike.",
        "Some 300 porters go on strike today.",
    ],
)
def test_the_wordings_of_a_labour_strike_are_one_class(text: str) -> None:
    assert "stop_work" in normalize_text(text).predicates


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike hit the depot.",
        "The striker walked off the pitch.",
        "Lightning may strike twice.",
        "Workers walked out of the meeting.",
    ],
)
def test_a_strike_of_another_kind_is_not_stopping_work(text: str) -> None:
    assert "stop_work" not in normalize_text(text).predicates


@pytest.mark.parametrize(
    ("phrase", "plain"),
    [
        ("About 800 port workers joined the protest.", "About 800 dockworkers joined the protest."),
        ("A dock worker was injured.", "A dockworker was injured."),
        ("Dock workers voted on the offer.", "Dockworkers voted on the offer."),
    ],
)
def test_port_and_dock_workers_are_dockworkers(phrase: str, plain: str) -> None:
    assert normalize_text(phrase).text == normalize_text(plain).text


@pytest.mark.parametrize(
    "text",
    [
        "Refinery staff last went on strike in 2011.",
        "The tunnel was last inspected in 2019.",
        "The two leaders last met three years ago.",
        "The club last won the cup in 1998.",
    ],
)
def test_a_claim_of_the_last_earlier_occasion(text: str) -> None:
    assert previous_occasion(normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The strike is set to last 48 hours.",
        "Refinery staff went on strike last year.",
        "The last inspected tunnel opened in 2019.",
        "The tunnel was last inspected on Monday.",
        "The last men left the mine in 2004.",
        "Its last recorded visit was in 2015.",
        "The two sides at last reached a deal in 2019.",
    ],
)
def test_no_claim_of_an_earlier_occasion(text: str) -> None:
    assert not previous_occasion(normalize_text(text))


#: The last earlier occasion, and a claim of the news or of something else: never one fact.
EARLIER_APART = [
    ("Refinery staff last went on strike in 2011.", "About 600 refinery staff went on strike."),
    ("Refinery staff last went on strike in 2011.", "The refinery strike is set to last 48 hours."),
    ("The tunnel was last inspected in 2019.", "Engineers inspected the tunnel on Monday."),
]


@pytest.mark.parametrize(("text_a", "text_b"), EARLIER_APART)
def test_the_last_earlier_occasion_is_never_one_fact_with_the_news(
    text_a: str, text_b: str
) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert previous_occasions_apart(keys[0], keys[1])
    assert previous_occasions_apart(keys[1], keys[0])
    options = Options()
    for pair in match.score_pairs(np.array([[0, 1]]), keys, options):
        assert pair.other_events
        assert not match.same_fact(pair, options)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both tell an earlier occasion: left to the other rules
        ("The tunnel was last inspected in 2019.", "The old tunnel was last inspected in 2012."),
        # the other names the same year: it may tell that occasion too
        (
            "Refinery staff last went on strike in 2011.",
            "Refinery staff have not struck since 2011.",
        ),
        # no earlier occasion on either side
        ("Refinery staff went on strike.", "The strike is set to last 48 hours."),
    ],
)
def test_earlier_occasions_left_alone(text_a: str, text_b: str) -> None:
    keys = [normalize_text(text_a), normalize_text(text_b)]
    assert not previous_occasions_apart(keys[0], keys[1])


@pytest.mark.parametrize(
    ("first", "second", "met"),
    [
        (("ent_port_of_halden",), ("ent_halden",), True),
        (("ent_mayor_ines_varga",), ("ent_varga", "ent_orsa"), True),
        (("ent_orsa",), ("ent_orsa",), True),
        (("ent_united_states",), ("ent_united_nations",), False),
        (("ent_port_of_halden",), ("ent_port_authority",), False),
        ((), ("ent_halden",), False),
    ],
)
def test_names_meet_by_their_last_word(
    first: tuple[str, ...], second: tuple[str, ...], met: bool
) -> None:
    assert _name_met(first, second) is met


@pytest.mark.parametrize(
    "text",
    [
        "Some 30,000 lorries cross the border daily.",
        "The app has 4 million daily users.",
        "About 200 tonnes are shipped weekly.",
        "Every day, 300 people visit the shrine.",
        "Roughly 9,000 commuters use the line every day.",
    ],
)
def test_a_figure_told_daily_is_a_rate(text: str) -> None:
    assert counts_per_time(normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Daily Courier said 12 people died.",
        "Daily Courier reporters counted 40 boats.",
        "Six people were killed on Monday.",
        "The magazine, published weekly, sold 300 copies.",
    ],
)
def test_a_daily_paper_or_a_later_figure_is_no_rate(text: str) -> None:
    assert not counts_per_time(normalize_text(text))


def test_every_day_and_daily_key_alike() -> None:
    every = normalize_text("Some 9,000 commuters use the line every day.")
    daily = normalize_text("Some 9,000 commuters use the line daily.")
    assert every.text == daily.text
    assert "daily" in normalize_text("Each day the ferry sails twice.").text.split()
