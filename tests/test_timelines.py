"""Dates in time: a timetable in the present, "May" the month against "may" the modal, a
state "until" a day, two things each with its own date, "never" against an act a year
back, opposite acts on two days as a sequence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.api import extract_claims
from claimtrack.models import Article, Claim, ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from claimtrack.parse.dates import find_dates
from story_claims import conflict_clusters, conflict_types

# --- a timetable in the present: "takes effect on July 1" is this July ------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The levy takes effect on July 1.", dt.date(2026, 7, 1)),
        ("The ban comes into force on June 30.", dt.date(2026, 6, 30)),
        ("The fishing season opens August 15.", dt.date(2026, 8, 15)),
        ("The board meets again on June 2.", dt.date(2026, 6, 2)),
        ("The assembly votes on July 9.", dt.date(2026, 7, 9)),
        ("The new mayor takes office on May 25.", dt.date(2026, 5, 25)),
        # before publication, still this year
        ("The levy takes effect on May 1.", dt.date(2026, 5, 1)),
        # past verbs keep a later date in the year before
        ("The plant opened on July 1.", dt.date(2025, 7, 1)),
        ("Shares rose on July 1.", dt.date(2025, 7, 1)),
    ],
)
def test_a_timetable_in_the_present_is_this_year(text: str, day: dt.date) -> None:
    (found,) = find_dates(text, 0, dt.date(2026, 5, 13))
    assert found.earliest == day


def _dated_pair_conflicts(
    write_articles: Callable[[dict[str, str]], Path], wire: str, paper: str
) -> bool:
    """Whether two one-sentence articles published on 2026-05-13 hold a DATE conflict."""
    head = "---\ndate: 2026-05-13\nsource: {}\n---\n"
    folder = write_articles(
        {
            "wire.md": head.format("Wire") + wire + "\n",
            "paper.md": head.format("Paper") + paper + "\n",
        }
    )
    return bool(conflict_clusters(build_report([folder]), ConflictType.DATE))


@pytest.mark.parametrize(
    ("wire", "paper", "expected"),
    [
        ("The levy takes effect on July 1.", "The levy will take effect on July 1.", False),
        # "hears" is no verb of the timetable: read as past, June 2 falls in the year before,
        # but one day written without a year is one day
        (
            "The inquiry hears evidence from the mayor on June 2.",
            "The inquiry will hear evidence from the mayor on June 2.",
            False,
        ),
        (
            "The inquiry will hear evidence from the mayor on June 2.",
            "The inquiry will hear evidence from the mayor on June 9.",
            True,
        ),
        # the month of an earlier figure is not the event's
        (
            "The jobless rate in Ostrava fell to 5.1 percent from 5.4 percent in March.",
            "The jobless rate in Ostrava fell to 5.1 percent in April.",
            False,
        ),
        # two acts, each with its own date
        (
            "Ines Varga was elected mayor of Ostrava on Sunday.",
            "Ines Varga will take office as mayor of Ostrava on Thursday.",
            False,
        ),
        (
            "The quake struck the Ostrava valley on Monday.",
            "Rescue teams reached the Ostrava valley on Wednesday.",
            False,
        ),
        (
            "Ines Varga will take office as mayor of Ostrava on Thursday.",
            "Ines Varga will take office as mayor of Ostrava on Friday.",
            True,
        ),
    ],
)
def test_dates_in_dated_articles(
    write_articles: Callable[[dict[str, str]], Path], wire: str, paper: str, expected: bool
) -> None:
    assert _dated_pair_conflicts(write_articles, wire, paper) is expected


# --- the month "May" is no modal: a dated act is still one the claim commits to -------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        ("Kovac will miss the cup final on May 23.", "Kovac will not miss the cup final.", True),
        ("The bridge will reopen on May 4.", "The bridge will not reopen.", True),
        ("The vote was held in May.", "The vote was not held.", True),
        # the modal still makes a claim of what may happen, which no denial contradicts
        ("The bridge may reopen on May 4.", "The bridge will not reopen.", False),
        ("The vote may be held in May.", "The vote was not held.", False),
    ],
)
def test_the_month_may_is_no_modal(text_a: str, text_b: str, expected: bool) -> None:
    assert (ConflictType.NEGATION in conflict_types(text_a, text_b)) is expected


# --- "May" as a month in an article's claim: the date's place is the article's -----------


def _article_claim(text: str) -> Claim:
    """The last claim of a short article whose first paragraph puts the claim's dates far
    from the start of the article's text."""
    lead = "The club gave an update on its players at a news conference on the training ground."
    return extract_claims(f"{lead}\n\n{text}")[-1]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Kovac will miss the cup final on May 23.", "Kovac will not miss the cup final."),
        ("Ruiz will attend the summit on May 4.", "Ruiz will not attend the summit."),
        ("Tom Berg will play in the final on 12 May.", "Tom Berg will not play in the final."),
    ],
)
def test_a_month_named_may_in_an_article_claim_is_no_modal(text_a: str, text_b: str) -> None:
    a, b = _article_claim(text_a), _article_claim(text_b)
    assert b.negated and not a.negated
    conflicts = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert ConflictType.NEGATION in {c.type for c in conflicts}


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the modal "may" still makes a claim of what can happen
        ("Kovac may miss the cup final on May 23.", "Kovac will not miss the cup final."),
        ("Ruiz may attend the summit in May.", "Ruiz will not attend the summit."),
    ],
)
def test_the_modal_may_beside_a_month_still_hedges(text_a: str, text_b: str) -> None:
    a, b = _article_claim(text_a), _article_claim(text_b)
    conflicts = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert ConflictType.NEGATION not in {c.type for c in conflicts}


# --- a state "until" a day ends the day before: on that day the opposite begins ------------


def _datedconflict_types(text_a: str, text_b: str) -> set[ConflictType]:
    """``_types`` of two claims of articles published on one Tuesday (their weekdays resolve)."""
    a, b = (_first_claim(text, name) for text, name in ((text_a, "a"), (text_b, "b")))
    return {c.type for c in judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))}


def _first_claim(text: str, name: str) -> Claim:
    article = Article(
        id=name, path=f"<{name}>", source=name, text=text, published=dt.date(2026, 3, 3)
    )
    return parse.parse_article(article, Options())[0]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The pool will stay shut until Friday.", "The pool will reopen on Friday."),
        (
            "The ferry route will remain closed until Sunday.",
            "The ferry route will be reopened on Sunday.",
        ),
        ("The museum will not open until Saturday.", "The museum will open on Saturday."),
    ],
)
def test_a_state_until_a_day_and_its_end_on_that_day_agree(text_a: str, text_b: str) -> None:
    types = _datedconflict_types(text_a, text_b)
    assert ConflictType.ANTONYM not in types and ConflictType.NEGATION not in types


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the opposite on a day before the state was to end
        ("The pool will stay shut until Friday.", "The pool reopened on Wednesday."),
        ("The museum will not open until Saturday.", "The museum opened on Wednesday."),
        # no day to end the state
        ("The bridge will remain closed.", "The bridge will reopen on Monday."),
    ],
)
def test_the_opposite_before_the_day_or_without_one_still_conflicts(
    text_a: str, text_b: str
) -> None:
    types = _datedconflict_types(text_a, text_b)
    assert ConflictType.ANTONYM in types or ConflictType.NEGATION in types


# --- two things, each with its own date: "The school ... until Thursday" / "The line ..." ---


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The village school will stay closed until Thursday.",
            "The tram line will remain closed until Monday.",
        ),
        ("The museum will reopen on Friday.", "The swimming pool will reopen on Sunday."),
        ("The bridge was closed on Monday.", "The ring road was closed on Wednesday."),
        # two kinds of event, or an event and a thing
        ("The flood started on Sunday evening.", "The fire started on Monday evening."),
        ("The blaze started on Sunday evening.", "The school started on Monday evening."),
    ],
)
def test_two_things_dated_apart_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in _datedconflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one thing
        ("The village school will reopen on Thursday.", "The school will reopen on Monday."),
        ("The bridge was closed on Monday.", "The old bridge was closed on Wednesday."),
        # a name on one side: one party goes by several names
        ("Dunmere Council will vote on Friday.", "The council will vote on Monday."),
        # two words for one kind of event (data/event_nouns.txt)
        ("The blaze started on Sunday evening.", "The wildfire started on Monday evening."),
        ("The quake struck on Sunday.", "The earthquake struck on Monday."),
    ],
)
def test_one_thing_or_a_name_dated_apart_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in _datedconflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # "mine" is also a pronoun, and the key drops it: the subject still names a thing
        ("The mine was last inspected in January.", "The mine was last inspected in February."),
        ("The mine reopened on Monday.", "The mine reopened on Friday."),
        ("The mine was sealed in January.", "The mine was sealed in February."),
    ],
)
def test_a_subject_the_key_drops_is_still_one_thing(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in _datedconflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The mine was sealed in January.", "The shaft was sealed in February."),
        ("The mine reopened on Monday.", "The smelter reopened on Friday."),
    ],
)
def test_a_dropped_subject_word_and_another_thing_are_two_things(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in _datedconflict_types(text_a, text_b)


# --- the one last (or first) occasion, dated to two years ---------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The last dock strike was in 2011.", "The last dock strike took place in 2015."),
        ("The first eruption was in 1820.", "The first eruption happened in 1822."),
        ("Its most recent eruption was in 1971.", "The previous eruption occurred in 1962."),
        (
            "The last national dock strike was in 2011, when ports shut for a day.",
            "The last national dock strike took place in 2015, union leaders said.",
        ),
    ],
)
def test_one_last_occasion_dated_to_two_years_conflicts(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE in _datedconflict_types(text_a, text_b)
    assert ConflictType.DATE in _datedconflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two kinds of occasion
        ("The last dock strike was in 2011.", "The last teachers' strike was in 2015."),
        # the last and the first are two occasions
        ("The last dock strike was in 2011.", "The first dock strike was in 1921."),
        # one year
        ("The last dock strike was in 2011.", "The last dock strike took place in 2011."),
        # no one occasion: strikes recur
        ("A dock strike was in 2011.", "A dock strike took place in 2015."),
        # the year of something else in the sentence
        ("The last dock strike was over pay in 2011.", "The last dock strike was in 2015."),
    ],
)
def test_two_occasions_or_one_year_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.DATE not in _datedconflict_types(text_a, text_b)


# --- "never" against an act dated a year or more back ----------------------------------------


@pytest.mark.parametrize(
    ("dated", "never"),
    [
        (
            "Corvin Metals had been fined for safety violations at the mine last year.",
            "Corvin Metals has never been fined for safety breaches.",
        ),
        (
            "The mayor was arrested for fraud two years ago.",
            "The mayor has never been arrested for fraud.",
        ),
    ],
)
def test_never_meets_an_act_dated_years_back(
    write_articles: Callable[[dict[str, str]], Path], dated: str, never: str
) -> None:
    folder = write_articles({"wire.txt": dated + "\n", "paper.txt": never + "\n"})
    assert conflict_clusters(build_report([folder]), ConflictType.NEGATION) == [{dated, never}]


def test_a_plain_denial_still_leaves_an_act_years_back_apart(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    # "not arrested" with no date is the news of the day; an arrest two years ago is another
    # occasion (figures.another_occasion), as before
    folder = write_articles(
        {
            "wire.txt": "The mayor was arrested for fraud two years ago.\n",
            "paper.txt": "The mayor has not been arrested for fraud.\n",
        }
    )
    assert conflict_clusters(build_report([folder]), ConflictType.NEGATION) == []


# --- reopened / closed; opposite acts on two days are a sequence -----------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The airport has reopened.", "The airport remains closed."),
        ("The bridge was reopened to traffic.", "The bridge is still closed to traffic."),
        # "until" a day: closed on every day before it
        (
            "The line will stay closed until June 29, 2026.",
            "Services on the line will resume on June 28, 2026.",
        ),
    ],
)
def test_reopened_and_still_closed_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one act after the other: both true
        ("The crossing closed on June 1, 2026.", "The crossing reopened on June 4, 2026."),
        ("Talks were suspended on March 3, 2026.", "Talks resumed on March 9, 2026."),
        # the closure ends before the line resumes
        (
            "The line will stay closed until June 29, 2026.",
            "Services on the line will resume on June 30, 2026.",
        ),
        # another thing closed
        ("The museum reopened after repairs.", "The museum closed its east wing."),
    ],
)
def test_opposite_acts_on_two_days_or_things_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


def test_opposite_acts_on_one_day_still_conflict() -> None:
    assert ConflictType.ANTONYM in conflict_types(
        "Talks were suspended on March 3, 2026.", "Talks resumed on March 3, 2026."
    )


# --- the month of an earlier figure: "from 4.3 percent in January" dates the 4.3 percent ----


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "The jobless rate in Ostrava fell to 5.1 percent from 5.4 percent in March.",
            "The jobless rate in Ostrava fell to 5.1 percent in April.",
            False,
        ),
        (
            "Exports from Ostrava rose to 3,400 tonnes, up from 2,900 tonnes in March.",
            "Exports from Ostrava rose to 3,400 tonnes in April.",
            False,
        ),
        # the month of the change itself still dates it
        (
            "The jobless rate in Ostrava fell to 5.1 percent in March.",
            "The jobless rate in Ostrava fell to 5.1 percent in April.",
            True,
        ),
    ],
)
def test_the_month_of_an_earlier_figure_is_not_the_events(
    text_a: str, text_b: str, expected: bool
) -> None:
    assert (ConflictType.DATE in conflict_types(text_a, text_b)) is expected
