"""One act dated by two verbs of one class ("leaving the administration" / "retiring"):
the dates of one named party's departure must meet; a trip, another person or meeting
dates are no conflict."""

from __future__ import annotations

import pytest

from claimtrack import judge, parse
from claimtrack.judge.act_links import dated_act_links
from claimtrack.match import ScoredPair
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import Story, conflict_values, two_articles


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Interior Secretary Maria Ortega will be leaving the administration on January 1.",
            "Interior Secretary Maria Ortega would be retiring at the end of February.",
            ("January 1", "February"),
        ),
        (
            "Commissioner Dana Whitfield will step down on March 3.",
            "Dana Whitfield is expected to resign on April 15.",
            ("March 3", "April 15"),
        ),
        (
            # "from" after a verb that names no journey keeps it a departure
            "Maria Ortega will resign from the board on March 3.",
            "Maria Ortega is leaving the board at the end of April.",
            ("March 3", "April"),
        ),
        (
            # an irregular past form
            "Commissioner Dana Whitfield left the agency on March 3.",
            "Dana Whitfield retired from the agency on April 15.",
            ("March 3", "April 15"),
        ),
        (
            "Coach Ilse Brandt will quit the club on June 30.",
            "Ilse Brandt will depart on August 1, the club said.",
            ("June 30", "August 1"),
        ),
    ],
)
def test_two_dates_for_one_departure_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two people
        (
            "Interior Secretary Maria Ortega will be leaving the administration on January 1.",
            "Treasury Secretary Paul Lindqvist would be retiring at the end of February.",
        ),
        # a trip is no departure from a post
        (
            "Maria Ortega will leave for Geneva on January 1.",
            "Maria Ortega would be retiring at the end of February.",
        ),
        # a journey, whichever way the destination is given
        (
            "Maria Ortega will leave on January 1 for a tour of Asia.",
            "Maria Ortega would be retiring at the end of February.",
        ),
        (
            "Maria Ortega will leave Geneva on January 1.",
            "Maria Ortega would be retiring at the end of February.",
        ),
        # the same day
        (
            "Commissioner Dana Whitfield will step down on March 3.",
            "Dana Whitfield is expected to resign on March 3.",
        ),
    ],
)
def test_other_parties_trips_and_one_day_are_no_departure_conflict(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


LEAD = "Maria Ortega, the interior secretary of Norland, announced her departure."


def test_a_departure_dated_twice_is_linked_across_articles() -> None:
    story = two_articles(
        LEAD,
        "Maria Ortega will be leaving the administration on January 1.",
        "Ms. Ortega would be retiring at the end of February, her letter said.",
        same_story=True,
    )
    assert dated_act_links(*story) == [(1, 3)]


def test_no_link_between_stories_or_for_a_trip() -> None:
    apart = two_articles(
        LEAD,
        "Maria Ortega will be leaving the administration on January 1.",
        "Ms. Ortega would be retiring at the end of February.",
        same_story=False,
    )
    assert dated_act_links(*apart) == []
    trip = two_articles(
        LEAD,
        "Maria Ortega will leave for Geneva on January 1.",
        "Ms. Ortega would be retiring at the end of February.",
        same_story=True,
    )
    assert dated_act_links(*trip) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two acts dated apart in one sentence: the other outlet dates the first of them
        (
            "The boat she sold in 2018 washed up on a beach on June 4, 2022.",
            "She sold the boat to a collector in May 2018.",
            [],
        ),
        # one act, two days
        (
            "The boat washed up on a beach on June 4, 2022.",
            "The boat washed up on a beach on June 8, 2022.",
            [("June 4, 2022", "June 8, 2022")],
        ),
        # a year and a day of it date one act: the day still conflicts
        (
            "In 2022, the boat washed up on a beach on June 4.",
            "The boat washed up on a beach on June 8, 2022.",
            [("June 4", "June 8, 2022")],
        ),
    ],
)
def test_a_date_of_another_act_in_the_sentence_is_no_conflict(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == values


@pytest.mark.parametrize(
    ("text_a", "values"),
    [
        # the date stands in a quotation the claim calls false: the hoax's date, not the outlet's
        ('Fans shared a fake post, which read: "The singer died at home on May 3, 2021.', []),
        # quoted, but not called false
        (
            'Fans shared a post, which read: "The singer died at home on May 3, 2021.',
            [("May 3, 2021", "May 9, 2021")],
        ),
    ],
)
def test_a_date_inside_a_quotation_called_false_is_the_hoax_s(
    text_a: str, values: list[tuple[str, str]]
) -> None:
    other = "The singer died at home on May 9, 2021."
    assert conflict_values(text_a, other, ConflictType.DATE) == values


EVENT_LEAD = "Fishers at the port of Kalvik began a blockade of the harbour."


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one kind of event (data/event_nouns.txt), two verbs of one class
        (
            "Talks between the fishers and the ministry broke down on Friday.",
            "Negotiations collapsed on Saturday after a long session.",
        ),
        (
            "Mediation between the two sides fell apart on Tuesday.",
            "The talks foundered on Thursday.",
        ),
        (
            "The quake struck early Monday, damaging homes in the valley.",
            "The earthquake hit early Wednesday, shaking the capital.",
        ),
        (
            "A strong tremor jolted the coast on Sunday.",
            "The quake rocked the region on Friday.",
        ),
    ],
)
def test_one_kind_of_event_dated_twice_is_linked(text_a: str, text_b: str) -> None:
    story = two_articles(EVENT_LEAD, text_a, text_b, same_story=True)
    assert dated_act_links(*story) == [(1, 3)]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same day
        (
            "Talks between the fishers and the ministry broke down on Friday.",
            "Negotiations collapsed on Friday after a long session.",
        ),
        # two kinds of event
        (
            "The talks broke down on Friday.",
            "The storm collapsed the pier on Saturday.",
        ),
        # subjects that name no event
        (
            "The old pier collapsed on Friday.",
            "The market hall collapsed on Saturday.",
        ),
        # two acts of one kind of event: no class shared
        (
            "Talks between the fishers and the ministry broke down on Friday.",
            "Talks resumed on Saturday.",
        ),
    ],
)
def test_other_events_acts_or_one_day_are_not_linked(text_a: str, text_b: str) -> None:
    story = two_articles(EVENT_LEAD, text_a, text_b, same_story=True)
    assert dated_act_links(*story) == []


def test_one_kind_of_event_in_two_stories_is_not_linked() -> None:
    apart = two_articles(
        EVENT_LEAD,
        "Talks between the fishers and the ministry broke down on Friday.",
        "Negotiations collapsed on Saturday after a long session.",
        same_story=False,
    )
    assert dated_act_links(*apart) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The blaze broke out on March 3 in the hills above Varo.",
            "The wildfire started on March 4, forest rangers said.",
            ("March 3", "March 4"),
        ),
        (
            "The strike began on May 2 at the port of Selby.",
            "The walkout started on May 5.",
            ("May 2", "May 5"),
        ),
    ],
)
def test_two_dates_for_the_start_of_one_kind_of_event_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two kinds of event
        ("The blaze broke out on March 3.", "The flood started on March 4."),
        # the same day
        ("The blaze broke out on March 3.", "The wildfire started on March 3."),
    ],
)
def test_starts_of_two_events_or_one_day_are_no_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


LEAD_FIRE = "A wildfire forced hundreds of people near Varo to leave their homes."


def test_the_start_of_one_fire_dated_twice_is_linked_across_articles() -> None:
    story = two_articles(
        LEAD_FIRE,
        "The blaze erupted on March 3 in dry scrub.",
        "Rangers said the wildfire broke out on March 5.",
        same_story=True,
    )
    assert dated_act_links(*story) == [(1, 3)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # a deal done, in two verbs and two words for the deal
        (
            "The takeover is expected to close in April 2028.",
            "The acquisition is due to be completed in August 2028.",
            ("April 2028", "August 2028"),
        ),
        (
            "The merger should be finalised by May 3.",
            "The deal will close on June 9, the companies said.",
            ("May 3", "June 9"),
        ),
        # a half of a year against a month outside it
        (
            "The takeover is expected to close in the second half of 2028.",
            "The acquisition is due to be completed by March 2028.",
            ("second half of 2028", "March 2028"),
        ),
        (
            "The merger should be finalised in the first quarter of 2029.",
            "The deal will close in the third quarter of 2029, the companies said.",
            ("first quarter of 2029", "third quarter of 2029"),
        ),
        # taking up an office, in two wordings
        (
            "Governor-elect Rosa Linde will be sworn in on January 9.",
            "Rosa Linde will take the oath of office on January 16.",
            ("January 9", "January 16"),
        ),
        (
            "Rosa Linde takes office on March 1.",
            "Rosa Linde will be sworn in on March 8.",
            ("March 1", "March 8"),
        ),
    ],
)
def test_two_dates_for_one_deal_or_one_swearing_in_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a deal and a plant: a plant that closes is no deal done
        (
            "The takeover is expected to close in April 2028.",
            "The plant is expected to be closed in August 2028.",
        ),
        # two people sworn in
        (
            "Governor-elect Rosa Linde will be sworn in on January 9.",
            "Attorney General Paul Hagen will take the oath of office on January 16.",
        ),
        # the same month
        (
            "The takeover is expected to close in April 2028.",
            "The acquisition is due to be completed in April 2028.",
        ),
        # a month inside the half of the year
        (
            "The takeover is expected to close in the first half of 2028.",
            "The acquisition is due to be completed in April 2028.",
        ),
        # a bare year is still no date to set against a month
        (
            "The takeover is expected to close in 2028.",
            "The acquisition is due to be completed in April 2029.",
        ),
    ],
)
def test_other_things_people_or_one_day_are_no_deal_or_oath_conflict(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


LEAD_THEFT = "Thieves took two silver cups from the Orsa town museum."


@pytest.mark.parametrize(
    ("text_a", "text_b", "linked"),
    [
        # an event said to happen, its subject naming one kind (data/event_nouns.txt), two
        # verbs of saying it happened
        ("The break-in happened on March 3.", "The theft took place on March 4.", True),
        ("The burglary occurred on May 2, police said.", "The robbery happened on May 6.", True),
        # the same day
        ("The break-in happened on March 3.", "The theft took place on March 3.", False),
        # subjects that name no event, or two kinds of event
        ("The meeting happened on March 3.", "The vote took place on March 4.", False),
        ("The break-in happened on March 3.", "The fire took place on March 4.", False),
    ],
)
def test_one_kind_of_event_said_to_happen_on_two_days_is_linked(
    text_a: str, text_b: str, linked: bool
) -> None:
    story = two_articles(LEAD_THEFT, text_a, text_b, same_story=True)
    assert (dated_act_links(*story) == [(1, 3)]) is linked


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # "happened" names no act of its own: against a claim that names no act, the
        # dates of one event are still compared
        (
            "The robbery at the Orsa museum happened on March 3, 2025.",
            "The robbery at the Orsa museum was on March 5, 2025.",
            [("March 3, 2025", "March 5, 2025")],
        ),
        (
            "The robbery at the Orsa museum took place on March 3, 2025.",
            "The robbery at the Orsa museum was on March 3, 2025.",
            [],
        ),
    ],
)
def test_an_event_said_to_happen_sets_no_date_apart(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == values


@pytest.mark.parametrize(
    ("event", "act", "values"),
    [
        (
            "The grounding happened on Saturday.",
            "The barge grounded on Friday.",
            ("Saturday", "Friday"),
        ),
        (
            "The derailment took place early on Tuesday.",
            "The goods train derailed early on Thursday.",
            ("Tuesday", "Thursday"),
        ),
        (
            "The evacuation of the tower took place on Monday.",
            "The tower was evacuated on Wednesday.",
            ("Monday", "Wednesday"),
        ),
        # the act's claim first
        (
            "The lorry overturned on Sunday.",
            "The overturning occurred on Monday.",
            ("Sunday", "Monday"),
        ),
    ],
)
def test_an_event_named_by_the_other_claims_verb_is_one_act(
    event: str, act: str, values: tuple[str, str]
) -> None:
    assert conflict_values(event, act, of=ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("event", "act"),
    [
        # another verb: the noun names another act
        ("The grounding happened on Saturday.", "The barge sank on Friday."),
        # one day for both
        ("The grounding happened on Saturday.", "The barge grounded on Saturday."),
        # no verb of happening: the noun's clause tells another act
        ("The grounding was reported on Saturday.", "The barge grounded on Friday."),
        # a short head that is a noun and a verb at once
        ("The run took place on Saturday.", "The team ran on Friday."),
    ],
)
def test_an_event_noun_not_of_the_other_verb_sets_no_date_apart(event: str, act: str) -> None:
    assert conflict_values(event, act, of=ConflictType.DATE) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The stoppage will end on Tuesday.",
            "The walkout is due to finish on Friday.",
            ("Tuesday", "Friday"),
        ),
        (
            "The heatwave ended on Monday.",
            "The heatwave ended on Wednesday.",
            ("Monday", "Wednesday"),
        ),
    ],
)
def test_one_event_ending_on_two_days_conflicts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, of=ConflictType.DATE) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two kinds of event: each ends on its own day
        ("The talks ended on Tuesday.", "The walkout ended on Friday."),
        # one day
        ("The stoppage will end on Tuesday.", "The walkout is due to finish on Tuesday."),
    ],
)
def test_two_events_or_one_day_of_ending_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, of=ConflictType.DATE) == []


#: Nameless sentences both articles tell: the matcher pairs them, no name is shared.
NAMELESS = (
    "About 900 nurses walked out at noon.",
    "The nurses want a 6% rise in pay.",
    "Wards were staffed by volunteers.",
)


def nameless_story(text_a: str, text_b: str, matched: int) -> Story:
    """Claims of article "a" (``matched`` nameless sentences, then ``text_a``) and of "b"
    (the same, then ``text_b``), each nameless sentence matched with its twin: one story
    that shares no name."""
    texts = [*NAMELESS[:matched], text_a]
    rows = [("a", t) for t in texts] + [("b", t) for t in [*NAMELESS[:matched], text_b]]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(rows)
    ]
    keys = [normalize_claim(c) for c in claims]
    size = len(texts)
    pairs = [ScoredPair(i, size + i, 100.0, 100.0, shared=8) for i in range(matched)]
    return claims, keys, judge.ScoredArrays(pairs, Options())


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The strike is due to end on Thursday.", "The walkout will end on Saturday."),
        ("The stoppage ended on Monday.", "The strike ended on Wednesday."),
        ("The walkout began on Sunday.", "The strike started on Tuesday."),
    ],
)
def test_one_event_dated_twice_in_often_matched_articles_is_linked(
    text_a: str, text_b: str
) -> None:
    """Articles that tell three of the same statements are one story without a shared
    name: "the strike" of both is then one event."""
    size = len(NAMELESS) + 1
    assert dated_act_links(*nameless_story(text_a, text_b, 3)) == [(3, 3 + size)]


@pytest.mark.parametrize(
    ("text_a", "text_b", "matched"),
    [
        # too few matched statements: two stories may share a stock sentence or two
        ("The strike is due to end on Thursday.", "The walkout will end on Saturday.", 2),
        # a strike of its own, not "the" one the story is about
        ("A strike is due to end on Thursday.", "The walkout will end on Saturday.", 3),
        # subjects that name no event
        ("The old pier collapsed on Friday.", "The market hall collapsed on Saturday.", 3),
        # two kinds of event
        ("The talks ended on Tuesday.", "The walkout ended on Friday.", 3),
    ],
)
def test_one_event_in_seldom_matched_articles_or_two_events_are_not_linked(
    text_a: str, text_b: str, matched: int
) -> None:
    assert dated_act_links(*nameless_story(text_a, text_b, matched)) == []
