"""Dates: the day something was said, yearless days, and the day of the news across outlets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claim_helpers import claim, date
from claimtrack import build_report, judge
from claimtrack.judge.dates import _undated_denial
from claimtrack.models import Claim, ConflictType, DateMention
from claimtrack.parse.dates import find_dates

MONDAY = dt.date(2026, 4, 27)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iran will not attend next week's talks, the ministry said on Monday.", "Monday"),
        ("The envoy will travel to Geneva, officials announced Friday.", "Friday"),
        ("The summit will go ahead, the White House confirmed on Sunday.", "Sunday"),
    ],
)
def test_the_day_something_was_said_is_past_whatever_was_said(text: str, day: str) -> None:
    found = next(d for d in find_dates(text, 0, MONDAY) if d.text == day)
    assert found.earliest is not None and found.earliest <= MONDAY


def test_a_weekday_of_what_will_happen_is_still_ahead() -> None:
    (found,) = find_dates("Iran will attend the talks on Friday.", 0, MONDAY)
    assert found.earliest == dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("The search would continue on Friday.", "Friday", dt.date(2026, 5, 1)),
        (
            "She said the bodies would be flown home on Friday morning.",
            "Friday",
            dt.date(2026, 5, 1),
        ),
        (
            "He told reporters that the team would not play Wednesday.",
            "Wednesday",
            dt.date(2026, 4, 29),
        ),
    ],
)
def test_would_in_the_weekdays_own_clause_is_the_future_of_a_report(
    text: str, day: str, expected: dt.date
) -> None:
    (found,) = (d for d in find_dates(text, 0, MONDAY) if d.text.startswith(day))
    assert found.earliest == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # another clause, another time: the day the person spoke
        ("The mayor, who spoke on Friday, said the bridge would reopen.", "Friday"),
        ("After the vote on Friday, she said she would stay.", "Friday"),
        # "would have" looks back
        ("The match would have been played on Friday.", "Friday"),
        # too far from the weekday to be its verb
        ("He would, as he often did in those years of travel, arrive late on Friday.", "Friday"),
    ],
)
def test_would_elsewhere_in_the_sentence_leaves_the_weekday_in_the_past(
    text: str, day: str
) -> None:
    (found,) = (d for d in find_dates(text, 0, MONDAY) if d.text == day)
    assert found.earliest is not None and found.earliest <= MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "The judge set sentencing for June 18.",
        "Sentencing is set for June 18, the court said.",
        "The trial was postponed until June 18.",
        "The hearing has been moved to June 18 at the defence's request.",
        "Lawmakers pushed the vote back to June 18.",
        "The council adjourned the meeting till June 18.",
    ],
)
def test_an_appointed_day_without_a_year_stays_in_the_publication_year(text: str) -> None:
    # published in April: a past verb that fixes a June date does not put it in last June
    (found,) = find_dates(text, 0, MONDAY)
    assert found.earliest == dt.date(2026, 6, 18)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of appointment before the date: a past act seven weeks after publication
        # is last year's
        "The vote was held on June 18.",
        "He set a record on June 18.",
        "Shares rose to a high on June 18.",
        # the verb is in another clause, behind a comma
        "The case was moved, and the court sat for the first time on June 18.",
    ],
)
def test_a_past_day_without_a_year_and_no_appointment_is_last_year(text: str) -> None:
    (found,) = find_dates(text, 0, MONDAY)
    assert found.earliest == dt.date(2025, 6, 18)


def yearless(text: str, fragment: str) -> DateMention:
    start = text.index(fragment)
    return DateMention(
        text=fragment, start=start, end=start + len(fragment), relative=True, resolved=False
    )


def dated(text: str, cid: str, fragment: str, subject: str) -> Claim:
    return claim(text, cid, dates=(yearless(text, fragment),), subject=subject)


def dates_of(a: Claim, b: Claim) -> list[tuple[str, str]]:
    return [c.values for c in judge.date_conflicts(a, b) if c.type is ConflictType.DATE]


def test_days_without_a_year_conflict_for_one_act() -> None:
    a = dated("The minister will leave office on January 1", "a:1", "January 1", "The minister")
    b = dated(
        "The minister will leave office at the end of February", "b:1", "February", "The minister"
    )
    assert dates_of(a, b) == [("January 1", "February")]


@pytest.mark.parametrize(
    ("text_a", "day_a", "text_b", "day_b"),
    [
        # the start of a period, and a loose month
        (
            "The minister has held talks since January",
            "January",
            "The minister will hold talks in May",
            "May",
        ),
        # two different acts of one person
        (
            "The minister imposed the tariff on March 23",
            "March 23",
            "The minister announced the tariff on March 8",
            "March 8",
        ),
        # the same day written twice
        (
            "The minister will leave office on January 1",
            "January 1",
            "The minister leaves office on January 1",
            "January 1",
        ),
    ],
)
def test_yearless_look_alikes_are_no_conflict(
    text_a: str, day_a: str, text_b: str, day_b: str
) -> None:
    a = dated(text_a, "a:1", day_a, "The minister")
    b = dated(text_b, "b:1", day_b, "The minister")
    assert dates_of(a, b) == []


def _story(tmp_path: Path, articles: dict[str, str]) -> list[tuple[str, tuple[str, str]]]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([tmp_path])
    return [
        (c.type.value, c.values)
        for k in report.clusters
        for c in k.conflicts
        if c.type is ConflictType.DATE
    ]


def test_two_days_for_one_announcement_conflict(tmp_path: Path) -> None:
    found = _story(
        tmp_path,
        {
            "wire.md": "---\ndate: 2026-04-27\n---\n\nRebels will skip next week's peace talks in "
            "Geneva, the rebel council said on Monday.\n",
            "daily.md": "---\ndate: 2026-04-29\n---\n\nRebels will skip next week's peace talks "
            "in Geneva.\n\nThe rebel council made the announcement on Tuesday.\n",
        },
    )
    assert found == [("date", ("Monday", "Tuesday"))] or found == [("date", ("Tuesday", "Monday"))]


def test_another_speaker_is_no_conflict(tmp_path: Path) -> None:
    found = _story(
        tmp_path,
        {
            "wire.md": "---\ndate: 2026-04-27\n---\n\nRebels will skip next week's peace talks in "
            "Geneva, the rebel council said on Monday.\n",
            "daily.md": "---\ndate: 2026-04-29\n---\n\nRebels will skip next week's peace talks "
            "in Geneva.\n\nThe army command made the announcement on Tuesday.\n",
        },
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "subject", "tells"),
    [
        # the event noun names the telling itself, wherever it stands
        ("In a decision its rebel council announced on Monday", "its rebel council", True),
        ("In a move the rebel council announced on Monday", "the rebel council", True),
        ("The rebel council said on Monday", "The rebel council", True),
        # more than who told it when: what else was announced
        ("The rebel council announced new taxes on Monday", "The rebel council", False),
        ("In a vote the rebel council announced on Monday", "the rebel council", False),
    ],
)
def test_a_telling_may_name_its_event_noun_anywhere(text: str, subject: str, tells: bool) -> None:
    from claimtrack.judge.links import _dates_the_news
    from claimtrack.normalize import normalize_claims

    start = text.index("Monday")
    monday = DateMention(text="Monday", start=start, end=start + 6, earliest=MONDAY, latest=MONDAY)
    told = claim(text, "a:1", subject=subject, dates=(monday,))
    (key,) = normalize_claims([told])
    assert _dates_the_news(told, key) is tells


def test_tellings_in_articles_of_different_stories_are_not_linked() -> None:
    claims = [
        claim("The city opened a new bridge", "a:0"),
        claim(
            "The rebel council said on Monday",
            "a:1",
            subject="The rebel council",
            dates=(DateMention(text="Monday", start=27, end=33, earliest=MONDAY, latest=MONDAY),),
        ),
        claim("Rebels will skip the peace talks", "b:0"),
        claim(
            "The rebel council made the announcement on Tuesday",
            "b:1",
            subject="The rebel council",
            dates=(
                DateMention(
                    text="Tuesday",
                    start=44,
                    end=51,
                    earliest=MONDAY + dt.timedelta(days=1),
                    latest=MONDAY + dt.timedelta(days=1),
                ),
            ),
        ),
    ]
    from claimtrack.match import ScoredPair
    from claimtrack.normalize import normalize_claims

    keys = normalize_claims(claims)
    assert judge.news_date_links(claims, keys, []) == []
    same_story = [ScoredPair(0, 2, 99.0, 99.0)]  # the two articles report one fact
    assert judge.news_date_links(claims, keys, same_story) == [(1, 3)]


def _envoys(act: str) -> str:
    body = f"The two envoys {act} to discuss the truce."
    return f"---\ndate: 2026-03-10\n---\n\n{body}\n"


@pytest.mark.parametrize(
    "denial",
    ["did not meet in Oslo on March 5", "never met in Oslo on March 5", "didn't meet on March 5"],
)
def test_an_act_denied_on_one_day_meets_the_act_on_another(tmp_path: Path, denial: str) -> None:
    # Not meeting on March 5 is no date for the meeting of March 3.
    story = {"a.md": _envoys("met in Oslo on March 3"), "b.md": _envoys(denial)}
    assert _story(tmp_path, story) == []


@pytest.mark.parametrize(
    "denial",
    [
        "did not meet until March 5",
        "did not meet before March 5",
        # the negation belongs to another clause than the day
        "met on March 5, but no deal was signed",
    ],
)
def test_a_denial_that_still_dates_the_act_conflicts(tmp_path: Path, denial: str) -> None:
    # "Not until March 5" says the meeting was on March 5.
    story = {"a.md": _envoys("met in Oslo on March 3"), "b.md": _envoys(denial)}
    found = _story(tmp_path, story)
    assert len(found) == 1 and set(found[0][1]) == {"March 3", "March 5"}


@pytest.mark.parametrize(
    ("text", "cue", "undated"),
    [
        ("The envoys did not meet on March 5", "not", True),
        ("On March 5 the envoys did not meet", "not", True),
        # the negation denies another act than the dated one
        ("The ministry made the announcement on March 5, and critics said nothing changed",
         "nothing", False),
        ("The envoys met on March 5 but signed no deal", "no", False),
        ("The envoys did not meet until March 5", "not", False),
    ],
)  # fmt: skip
def test_which_denials_leave_the_act_undated(text: str, cue: str, undated: bool) -> None:
    dated_claim = claim(
        text, negated=True, negation_cue=cue, dates=(date(text, "March 5", "2026-03-05"),)
    )
    assert _undated_denial(dated_claim) is undated
    # what the pair rule reads: the claim's own slot, worked out once
    facts = judge.ClaimFacts(dated_claim)
    assert facts.undated_denial is undated
    met = claim(
        "The envoys met on March 3", dates=(date("met on March 3", "March 3", "2026-03-03"),)
    )
    found = judge.date_conflicts(dated_claim, met)
    assert bool(found) is not undated  # an undated denial meets any day


def test_two_days_for_one_meeting_still_conflict(tmp_path: Path) -> None:
    story = {"a.md": _envoys("met in Oslo on March 3"), "b.md": _envoys("met in Oslo on March 5")}
    assert len(_story(tmp_path, story)) == 1


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [
        ("She will lose the national title she won in August.", "August", 2025),
        ("He will hand back the medal he received in September.", "September", 2025),
        ("The sample, which was taken in June, will be tested again.", "June", 2025),
        # ahead: a participle after "be", a future cue, a modal
        ("The final will be held in August.", "August", 2026),
        ("The plant will reopen in September.", "September", 2026),
        ("The works are scheduled in August.", "August", 2026),
    ],
)
def test_a_month_after_a_past_verb_is_past_whatever_else_is_ahead(
    text: str, month: str, year: int
) -> None:
    """ "she won in August": the month dates that past act, though the sentence says what
    will happen; "will be held in August" is still ahead."""
    published = dt.date(2025, 11, 25)
    (found,) = (d for d in find_dates(text, 0, published) if d.text == month)
    assert found.earliest is not None and found.earliest.year == year
