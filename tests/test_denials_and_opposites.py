"""Denials and opposites: a denial meets the act its clause denies, opposite moves of one
thing (strengthen / weaken), opposite sides (left / right knee), "unhurt" as a denial."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from story_claims import conflict_types, conflict_values

# --- a denial whose "X denied" and an assertion's reason clause hid one shared fact ----------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The university denied that data from 300 participants had been excluded "
            "from the study.",
            "Data from 300 participants were excluded from the analysis because their "
            "monitors failed.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were deleted from the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The school denied that results from 12 pupils had been withheld from the exam board.",
            "Results from 12 pupils were withheld from the board after teachers spotted "
            "copying in two classes.",
        ),
        (
            "The airline denied that luggage from 200 passengers had been left behind at the "
            "airport.",
            "Luggage from 200 passengers was left behind in Oslo because a conveyor belt "
            "broke down.",
        ),
    ],
)
def test_a_denial_meets_an_assertion_that_gives_a_reason(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in conflict_types(denial, assertion)
    assert ConflictType.ATTRIBUTION in conflict_types(assertion, denial)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # another act on the same things: collected, not dumped; copied, not deleted
        (
            "The council denied that rubbish from 90 homes had been dumped in the river.",
            "Rubbish from 90 homes was collected from the river bank after volunteers "
            "cleared the path.",
        ),
        (
            "The ministry denied that records of 40 patients had been deleted from the archive.",
            "Records of 40 patients were copied to the register because a server crashed "
            "during an upgrade.",
        ),
        (
            "The council denied that the Ardley bridge had been closed to lorries.",
            "Lorries queued for hours at the depot on Monday after drivers found cracks in "
            "the road near the Ardley bridge.",
        ),
    ],
)
def test_a_denial_does_not_meet_another_act(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION not in conflict_types(denial, assertion)


# --- a denial meets the act its clause denies, not an act named further on ------------------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Altavia denied that it had paid a ransom to secure the release of its citizens.",
            "Altavia released 14 prisoners.",
        ),
        (
            "The club denied that it had offered a bonus to secure the signing of the striker.",
            "The club signed the striker on Friday.",
        ),
        (
            "The mayor denied that she had lobbied ministers to win approval for the bridge.",
            "Ministers approved the bridge last month.",
        ),
    ],
)
def test_a_denial_does_not_meet_an_act_of_its_purpose_clause(denial: str, assertion: str) -> None:
    found = conflict_types(denial, assertion) | conflict_types(assertion, denial)
    assert not found & {ConflictType.ATTRIBUTION, ConflictType.NEGATION}


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Altavia denied that it had paid a ransom to secure the release of its citizens.",
            "Altavia paid a ransom of $6 million, according to two officials.",
        ),
        (
            "The club denied that it had offered a bonus to secure the signing of the striker.",
            "The club offered a bonus to the striker's agent, two people said.",
        ),
        (
            "The mayor denied that she had lobbied ministers to win approval for the bridge.",
            "The mayor lobbied ministers over the bridge, officials said.",
        ),
    ],
)
def test_a_denial_still_meets_the_act_it_denies(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in conflict_types(denial, assertion)


# --- opposite sides of one thing: "injured his left knee" / "injured his right knee" -------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Kovac injured his left knee in the win.", "Kovac injured his right knee in the win."),
        (
            "Luka Kovac will be out for six weeks after injuring his left knee.",
            "Luka Kovac injured his right knee in Saturday's win.",
        ),
        ("The storm damaged the east wing of the museum.", "The storm damaged the west wing."),
        ("Ana Ruiz broke her upper arm in the fall.", "Ana Ruiz broke her lower arm in the fall."),
    ],
)
def test_opposite_sides_of_one_thing_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two groups of people, not one act
        (
            "Residents of the north bank were evacuated on Monday.",
            "Residents of the south bank were evacuated on Monday.",
        ),
        # one claim names both sides
        (
            "Kovac injured his left knee and his right ankle.",
            "Kovac injured his right knee in the win.",
        ),
        # two people
        ("Kovac injured his left knee in the win.", "Berg injured his right knee in the win."),
        # two acts
        ("Kovac injured his left knee in the win.", "Kovac scored with his right foot."),
        ("Kovac injured his left knee in the win.", "Kovac injured his left knee again."),
    ],
)
def test_sides_of_two_things_or_both_sides_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


# --- opposite moves: strengthen / weaken, improve / worsen ---------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The peso strengthened after the central bank's announcement.",
            "The peso weakened after the central bank's announcement.",
        ),
        (
            "The storm weakened as it crossed the coast.",
            "The storm strengthened as it crossed the coast.",
        ),
        (
            "The patient's condition improved overnight.",
            "The patient's condition deteriorated overnight.",
        ),
        (
            "Relations between the two neighbours have worsened this year.",
            "Relations between the two neighbours have improved this year.",
        ),
    ],
)
def test_opposite_moves_of_one_thing_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)
    assert ConflictType.ANTONYM in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two things acted on: the army's defences and the economy
        ("The army strengthened its defences.", "The blockade weakened the economy."),
        # one move told twice
        ("The rand strengthened on Friday.", "The rand firmed and strengthened on Friday."),
        # a condition that improved, and another patient's
        ("Ana Ruiz's condition improved.", "Tom Berg's wounds worsened."),
    ],
)
def test_moves_of_two_things_or_one_move_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


# --- coming through unharmed, in one word: unhurt, unharmed, uninjured ---------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The driver was unhurt.", "The driver was injured."),
        ("The pilot was injured in the crash.", "The pilot was uninjured in the crash."),
        ("The hostage was unharmed.", "The hostage was wounded by his captors."),
        ("The crew were uninjured.", "The crew were injured."),
    ],
)
def test_unharmed_in_one_word_conflicts_with_injured(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same thing said two ways: a double negative, no conflict
        ("The driver was unhurt.", "The driver was not hurt."),
        ("The hostage was unharmed.", "The hostage was not injured."),
        # words that only look like it
        ("The driver was unhurried.", "The driver was injured."),
        # someone else hurt
        ("The driver was unhurt.", "Two passengers were injured."),
    ],
)
def test_unharmed_against_a_denial_or_another_person_does_not_conflict(
    text_a: str, text_b: str
) -> None:
    assert not {ConflictType.ANTONYM, ConflictType.NEGATION} & conflict_types(text_a, text_b)


# --- opposite verdicts: convicted / acquitted ----------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("A jury convicted Halden of fraud.", "A jury acquitted Halden of fraud on Friday."),
        ("Halden was found guilty of fraud.", "Halden was acquitted of fraud."),
    ],
)
def test_opposite_verdicts_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)
    assert ConflictType.ANTONYM in conflict_types(text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Halden was convicted of fraud.", "Marrow was acquitted of fraud."),
        ("A jury convicted Halden of fraud.", "A jury acquitted Marrow of fraud."),
    ],
)
def test_opposite_verdicts_of_two_people_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


# --- opposite acts told actively and as a passive: "convicted X" / "X was acquitted" ---------


@pytest.mark.parametrize(
    ("active", "passive"),
    [
        (
            "A jury in Halden convicted Marek Sobota of arson on Friday.",
            "Marek Sobota was acquitted of arson by a jury in Halden on Friday.",
        ),
        (
            "The regulator approved the Veltra merger on Monday.",
            "The Veltra merger was rejected by the regulator on Monday.",
        ),
        ("The council reopened the Ashby library.", "The Ashby library was closed by the council."),
    ],
)
def test_opposite_acts_told_actively_and_as_a_passive_conflict(active: str, passive: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(active, passive)
    assert ConflictType.ANTONYM in conflict_types(passive, active)


@pytest.mark.parametrize(
    ("active", "passive"),
    [
        # the passive's subject is another person
        (
            "A jury in Halden convicted Marek Sobota of arson.",
            "Lena Brandt was acquitted of arson by a jury in Halden.",
        ),
        # the one acted on is the active claim's own subject, not what it acts on
        (
            "The Veltra board approved the merger on Monday.",
            "The merger plan of Orlan was rejected by regulators on Monday.",
        ),
        # a passive inside the claim is not its own verb: no one was arrested as the poster
        (
            "Fans shared a photo released by director Ada Brandt.",
            "Director Ada Brandt posted a drawing of a robot being arrested by police.",
        ),
    ],
)
def test_a_passive_of_another_thing_does_not_conflict(active: str, passive: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(active, passive)


# --- leaving a post: resigned / was sacked ----------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Arlo Brandt resigned as coach of Vessa United on Monday.",
            "Arlo Brandt was sacked as coach of Vessa United on Monday.",
        ),
        (
            "Arlo Brandt stepped down as coach of Vessa United.",
            "Arlo Brandt was sacked as coach of Vessa United.",
        ),
        (
            "Lena Holt quit as finance minister on Friday.",
            "Lena Holt was ousted as finance minister on Friday.",
        ),
        # "fired" with the post it put someone out of (normalize._fired_from_post)
        (
            "Arlo Brandt resigned as coach of Vessa United on Monday.",
            "Arlo Brandt was fired as coach of Vessa United on Monday.",
        ),
        (
            "Lena Holt stepped down as chief executive of Dravo Group.",
            "Lena Holt was fired as chief executive of Dravo Group.",
        ),
        (
            "Lena Holt resigned from her job at the Orlan bank on Friday.",
            "Lena Holt was fired from her job at the Orlan bank on Friday.",
        ),
        ("Arlo Brandt quit as head coach.", "Arlo Brandt was fired as head coach."),
    ],
)
def test_resigning_and_being_dismissed_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two people
        ("Arlo Brandt resigned as coach.", "Tomas Hale was sacked as coach."),
        # one way of being dismissed, told twice
        ("Arlo Brandt was sacked as coach.", "Arlo Brandt was ousted as coach."),
        # "fired" someone else, or a weapon
        ("Arlo Brandt resigned as coach on Monday.", "Arlo Brandt fired the coach on Monday."),
        ("Arlo Brandt resigned from the gun club.", "Arlo Brandt fired the club's gun."),
        # fired and fired as coach: one dismissal, told twice
        ("Arlo Brandt was sacked as coach.", "Arlo Brandt was fired as coach."),
    ],
)
def test_other_departures_do_not_conflict(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM not in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    "text",
    [
        "Arlo Brandt was fired as coach of Vessa United.",
        "Vessa United fired Arlo Brandt as head coach.",
        "The bank fired her from her job on Friday.",
        "Brandt Fired As Coach",
    ],
)
def test_fired_with_its_post_is_a_dismissal(text: str) -> None:
    assert "@dismiss" in _key_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        # shots, and a headline with no post
        "Rockets were fired from Kessel as officials met.",
        "Shots were fired as the director left the building.",
        "Shots were fired as the director of the bank arrived.",
        "A rocket was fired as minister Lena Holt arrived.",
        "Rockets were fired from the chief town of the region.",
        "Shots were fired as coach drivers waited.",
        "Arlo Brandt Fired",
        "Troops fired from their positions near Kessel.",
    ],
)
def test_fired_without_a_post_is_no_dismissal(text: str) -> None:
    assert "@dismiss" not in _key_tokens(text)


def _key_tokens(text: str) -> tuple[str, ...]:
    return normalize_claim(parse.parse_statement(text, "a:1", "a")).tokens


# --- a near miss against the act itself, not against another act -------------------------------


def test_a_near_miss_conflicts_with_the_act_itself() -> None:
    assert ConflictType.NEGATION in conflict_types(
        "The Ostra ferry nearly sank off Kessel Island on Monday.",
        "The Ostra ferry sank off Kessel Island on Monday.",
    )


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "A Delford man nearly died after a drinking contest at an office party.",
            "A drinking contest at an office party lands Delford man in hospital.",
        ),
        (
            "The Ostra ferry almost capsized off Kessel Island on Monday.",
            "The Ostra ferry ran aground off Kessel Island on Monday.",
        ),
    ],
)
def test_a_near_miss_does_not_deny_another_act(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)


def test_fired_as_coach_is_shown_as_written() -> None:
    assert conflict_values(
        "Arlo Brandt resigned as coach of Vessa United.",
        "Arlo Brandt was fired as coach of Vessa United.",
        ConflictType.ANTONYM,
    ) == [("resigned", "fired")]


# --- a denial for "any" of a kind the assertion does not name -------------------------------


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The militia has not recruited fighters from any villages hit by the floods.",
            "The militia has recruited foreign fighters in the past.",
        ),
        (
            "The firm has not sold shares to any funds based outside the country.",
            "The firm sold shares to pension savers last year.",
        ),
    ],
)
def test_a_denial_for_any_of_another_kind_does_not_conflict(denial: str, assertion: str) -> None:
    found = conflict_types(denial, assertion) | conflict_types(assertion, denial)
    assert ConflictType.NEGATION not in found


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "Police did not find any weapons in the house.",
            "Police found weapons in the house on Monday.",
        ),
        (
            "The militia has not recruited any fighters from the villages.",
            "The militia recruited fighters from the villages in May.",
        ),
    ],
)
def test_a_denial_for_any_of_the_same_kind_still_conflicts(denial: str, assertion: str) -> None:
    found = conflict_types(denial, assertion) | conflict_types(assertion, denial)
    assert ConflictType.NEGATION in found


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The pilot did not report any fuel leak before the landing, the airline said.",
            "The pilot had reported a fuel leak shortly before the landing.",
        ),
        ("The driver did not report a brake fault.", "The driver reported a brake fault."),
        ("The guard never reported the broken lock.", "The guard reported the broken lock."),
    ],
)
def test_a_denied_report_meets_the_report(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION in conflict_types(denial, assertion)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        # a report told about: its verb is another, so it asserts nothing
        (
            "The pilot did not land at the base.",
            "A report that the pilot had landed at the base spread.",
        ),
        # the report denied is of another thing
        ("The driver did not report a brake fault.", "The driver reported a flat tyre."),
    ],
)
def test_a_report_told_about_or_of_another_thing_is_not_denied(denial: str, assertion: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(denial, assertion)


# --- news of an act tells that the news came out, not that the act happened --------------


@pytest.mark.parametrize(
    ("denial", "news"),
    [
        (
            "Rumours of his arrest spread on militant forums are untrue, the pilot said.",
            "News of the pilot's apparent arrest first emerged on militant forums late on Sunday.",
        ),
        (
            "The ministry denied that the pilot had been arrested by militants.",
            "News of the pilot's arrest by militants emerged on Sunday.",
        ),
    ],
)
def test_a_denial_does_not_meet_news_of_the_act(denial: str, news: str) -> None:
    assert ConflictType.ATTRIBUTION not in conflict_types(denial, news)
    assert ConflictType.ATTRIBUTION not in conflict_types(news, denial)


@pytest.mark.parametrize(
    ("denial", "assertion"),
    [
        (
            "The ministry denied that the pilot had been arrested by militants.",
            "The pilot was arrested by militants on Sunday.",
        ),
        (
            "Reports that the pilot was arrested are untrue, the ministry said.",
            "The pilot was arrested by militants on Sunday.",
        ),
    ],
)
def test_a_denial_still_meets_the_act_told_without_news(denial: str, assertion: str) -> None:
    assert ConflictType.ATTRIBUTION in conflict_types(denial, assertion)
