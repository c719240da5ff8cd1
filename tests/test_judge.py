"""The judge: every conflict type in several wordings, and the look-alikes that are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from claim_helpers import claim, date, number
from claimtrack import build_report, compare_claims, judge, match, parse
from claimtrack.judge.reasons import _states_a_cause
from claimtrack.match import ScoredPair
from claimtrack.models import (
    Article,
    Certainty,
    Claim,
    Conflict,
    ConflictType,
    DateMention,
    Severity,
    Verdict,
)
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_values


def judged(a: Claim, b: Claim) -> list[Conflict]:
    conflicts, _ = judge.judge_pair(a, b, normalize_claim(a), normalize_claim(b))
    return conflicts


def types(a: Claim, b: Claim) -> set[ConflictType]:
    return {c.type for c in judged(a, b) if c.severity is Severity.CONTRADICTION}


def counted(text: str, fragment: str, low: float | None, high: float | None, **kw: object) -> Claim:
    cid = str(kw.pop("cid", "a:1"))
    return claim(text, cid, numbers=(number(text, fragment, low, high, **kw),))  # type: ignore[arg-type]


# --- numeric ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "value_a", "value_b"),
    [
        (
            "12 people died in the fire on Tuesday",
            "21 people died in the fire on Tuesday",
            "12",
            "21",
        ),
        ("The death toll rose to 40 on Sunday", "The death toll rose to 52 on Sunday", "40", "52"),
        ("Rebels seized 3 towns overnight", "Rebels seized 9 towns overnight", "3", "9"),
    ],
)
def test_numbers_that_cannot_both_hold_conflict(
    text_a: str, text_b: str, value_a: str, value_b: str
) -> None:
    a = counted(text_a, value_a, float(value_a), float(value_a))
    b = counted(text_b, value_b, float(value_b), float(value_b), cid="b:1")
    found = [c for c in judged(a, b) if c.type is ConflictType.NUMERIC]
    assert len(found) == 1
    conflict = found[0]
    assert conflict.values == (value_a, value_b)
    assert conflict.claim_ids == ("a:1", "b:1")
    assert conflict.severity is Severity.CONTRADICTION
    span_a, span_b = conflict.value_spans
    assert span_a is not None and text_a[span_a[0] : span_a[1]] == value_a
    assert span_b is not None and text_b[span_b[0] : span_b[1]] == value_b
    assert value_a in conflict.explanation and value_b in conflict.explanation


def parsed(text: str, cid: str) -> Claim:
    return parse.parse_statement(text, cid, cid.split(":")[0])


def numeric_values(text_a: str, text_b: str) -> list[tuple[str, str]]:
    found = judged(parsed(text_a, "a:1"), parsed(text_b, "b:1"))
    return [c.values for c in found if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # two people's ages
        (
            "Ana Ruiz, a 34-year-old nurse, was hurt in the blast",
            "Tom Price, 35, was hurt in the blast",
            [],
        ),
        ("The blast hurt Ana Ruiz, aged 34", "The blast hurt a 61-year-old, Tom Price", []),
        # one person's age, told two ways
        (
            "Ana Ruiz, a 34-year-old nurse, was hurt in the blast",
            "Ana Ruiz, 36, was hurt in the blast",
            [("34", "36")],
        ),
        # "the N-year-old" with no name and no noun: whose age is not told
        ("The 41-year-old was born in Leeds", "The 29-year-old was born in Leeds", []),
        (
            "A 12-year-old boy was hurt in the blast",
            "A 13-year-old boy was hurt in the blast",
            [("12", "13")],
        ),
        # an age is no count
        ("The singer died at the age of 57", "The singer died, leaving 3 children", []),
        # a name before a colon or a quotation is the speaker's, not whose age it is
        (
            'Dr Ana Ruiz, a doctor from Leeds: "It is worrying that a girl 13 years old is '
            'pregnant."',
            "Last year, according to the hospital in Leeds, 31 minors gave birth, four of them "
            "15 years old",
            [],
        ),
        # "13 or 14 years old" is an age too, not a count to compare with "17 are ..."
        ("The pupils on the trip to Leeds were only 13 or 14 years old", "17 are 17 years old", []),
    ],
)
def test_ages_are_compared_for_one_person_only(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert numeric_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # a record is another thing's figure, and an old record is not the new one
        (
            "A catfish weighing 20 stone was caught in the river",
            "The biggest catfish ever caught in the river weighed 22 stone",
            [],
        ),
        (
            "She swam the lake in a record 52 minutes",
            "She beat the previous record of 61 minutes",
            [],
        ),
        (
            "She swam the lake in a record 52 minutes",
            "She swam the lake in a record 55 minutes",
            [("52", "55")],
        ),
    ],
)
def test_a_record_is_compared_only_with_a_record(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert numeric_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("The crater is 60 feet in diameter", "The meteor left a 16-foot-deep crater", []),
        ("The new tower is 300 metres tall", "The new tower is 40 metres wide", []),
        # one extent, two wordings
        ("The new tower is 300 metres tall", "The new tower is 320 metres high", [("300", "320")]),
    ],
)
def test_lengths_of_different_extents_are_not_compared(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert numeric_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "An additional 14 officers were arrested in the case",
            "50 officers were arrested in the case",
            [],
        ),
        (
            "Another 14 officers were arrested in the case",
            "50 officers were arrested in the case",
            [],
        ),
        ("14 more officers were arrested in the case", "50 officers were arrested in the case", []),
        (
            "14 officers were arrested in the case",
            "16 officers were arrested in the case",
            [("14", "16")],
        ),
    ],
)
def test_what_was_added_is_not_compared_with_a_total(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert numeric_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # one noun counted as the doers of one act and what another was done to
        ("Six climbers fell ill after the trek", "The club took 30 climbers on the trek",
         []),
        ("Nine sailors deserted the ship in port", "The navy hired 40 sailors for the ship", []),
        # both what was done: one count in other words
        ("Oman hosted five rounds of talks", "Oman held three rounds of talks",
         [("five", "three")]),
        ("40 sailors were hired for the ship", "The navy hired 35 sailors for the ship",
         [("40", "35")]),
        # the same act, or a verb of one frame, or a figure that is a property of its thing
        ("The school took 28 pupils on the trip", "The school took 30 pupils on the trip",
         [("28", "30")]),
        ("Vickers retired after a 29-year career in the police",
         "Vickers honed his skills over a 28-year career in the police", [("29", "28")]),
        ("Rivera, 46, was seen near the station", "Rivera, 40, was arrested at the station",
         [("46", "40")]),
    ],
)  # fmt: skip
def test_counts_told_by_different_acts_are_not_compared(
    text_a: str, text_b: str, values: list[tuple[str, str]]
) -> None:
    assert numeric_values(text_a, text_b) == values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("12 people were injured in the fire", "11 people died in the fire"),
        ("Twelve workers were injured in the fire", "Eleven workers have now died"),
        ("Twelve workers were injured", "The number of workers killed in the fire rose to nine"),
        ("The blast wounded 30 soldiers", "The blast killed 8 soldiers"),
        ("Police arrested 40 protesters", "30 protesters were released on bail"),
        ("12 people were hurt in the crash", "The death toll from the crash rose to 5"),
    ],
)
def test_figures_of_different_events_are_not_the_same_quantity(text_a: str, text_b: str) -> None:
    # Same noun counted, but what happened to it differs: injured and dead are other people.
    assert numeric_values(text_a, text_b) == []
    assert numeric_values(text_b, text_a) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("12 people died in the fire", "21 people died in the fire", ("12", "21")),
        ("Four workers were killed", "The number of workers killed rose to nine", ("Four", "nine")),
        ("The death toll rose to 11", "nine workers died", ("11", "nine")),
        ("Nine workers were killed in the fire", "11 workers died in the fire", ("Nine", "11")),
        ("12 people were wounded", "20 people were hurt", ("12", "20")),
        ("The fire killed 3 workers and injured 12", "The fire killed 5 workers", ("3", "5")),
        ("12 were injured and 3 were killed", "20 were injured", ("12", "20")),
    ],
)
def test_figures_of_the_same_event_still_conflict(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert numeric_values(text_a, text_b) == [values]


def test_each_figure_takes_the_event_of_its_own_clause() -> None:
    # "killed 3 ... and injured 12": 12 is an injury count, so 12 injured elsewhere agrees
    # and a different injury count conflicts, whatever the death count says.
    text = "The fire killed 3 workers and injured 12"
    assert numeric_values(text, "12 workers were injured") == []
    assert numeric_values(text, "20 workers were injured") == [("12", "20")]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Morgan, 45, is now charged with murder in the death of his 23-year-old wife.",
            "Morgan, 45, is charged with two counts of murder in the death of his wife.",
        ),
        (
            "Morgan is charged with murder in the death of his 23-year-old wife.",
            "Morgan, 45, is charged with murder in the death of his wife.",
        ),
    ],
)
def test_a_figure_hyphenated_to_a_word_counts_that_word(text_a: str, text_b: str) -> None:
    # "23-year-old wife" counts years, not wives: it does not meet "Morgan, 45,".
    assert numeric_values(text_a, text_b) == []
    assert numeric_values(text_b, text_a) == []


def test_hyphenated_figures_of_the_same_word_still_conflict() -> None:
    assert numeric_values("A 12-year-old boy was hurt", "A 13-year-old boy was hurt") == [
        ("12", "13")
    ]
    assert numeric_values("He swore a 38-word oath", "He swore a 35-word oath") == [("38", "35")]


def test_a_figure_both_give_is_not_in_conflict_with_an_added_one() -> None:
    # b repeats a's figure and adds a later one: extra detail, not a different figure.
    text_a = (
        "Exports are forecast to rise 4.5 percent to $40bn next year, followed by a 3.5 in 2030."
    )
    text_b = (
        "Exports will rise 4.5 percent next year to $40 billion, followed by a 3.5 percent "
        "increase to $46 billion in 2030."
    )
    assert numeric_values(text_a, text_b) == []
    assert numeric_values(text_b, text_a) == []


def test_figures_without_an_event_word_are_compared_as_before() -> None:
    # "casualties" may be dead or wounded: no event is read, so the figures still meet.
    assert numeric_values("There were 40 casualties", "There were 52 casualties") == [("40", "52")]


def test_compare_claims_separates_injured_from_dead() -> None:
    assert not compare_claims(
        "12 people were injured in the fire", "11 people died in the fire"
    ).conflicts
    found = compare_claims("12 people died in the fire", "21 people died in the fire").conflicts
    assert [c.type for c in found] == [ConflictType.NUMERIC]


def test_compatible_ranges_are_not_a_conflict() -> None:
    a = counted("More than 1,200 civilians were killed", "More than 1,200", 1200, None)
    b = counted(
        "About 1,400 civilians were killed", "About 1,400", 1300, 1500, cid="b:1", approximate=True
    )
    assert ConflictType.NUMERIC not in types(a, b)


def test_rounding_is_not_a_conflict() -> None:
    a = counted("The campaign raised $43 million", "$43 million", 43e6, 43e6, unit="$")
    b = counted(
        "The campaign raised $43.9 million", "$43.9 million", 43.9e6, 43.9e6, cid="b:1", unit="$"
    )
    assert ConflictType.NUMERIC not in types(a, b)


def test_approximate_figures_get_more_slack() -> None:
    a = counted("The campaign raised $43 million", "$43 million", 43e6, 43e6, unit="$")
    b = counted(
        "The campaign raised nearly $46 million",
        "nearly $46 million",
        41e6,
        46e6,
        cid="b:1",
        unit="$",
        approximate=True,
    )
    assert ConflictType.NUMERIC not in types(a, b)


def test_vague_quantities_never_contradict_a_figure() -> None:
    a = counted("Police made dozens of arrests", "dozens", 24, 99)
    b = counted("Police made more than 200 arrests", "more than 200", 200, None, cid="b:1")
    assert ConflictType.NUMERIC not in types(a, b)


def test_different_things_counted_are_not_a_conflict() -> None:
    a = counted("Profit grew 32% last year", "32%", 32, 32, unit="%")
    b = counted("Orders rose 12% last year", "12%", 12, 12, unit="%", cid="b:1")
    assert ConflictType.NUMERIC not in types(a, b)
    c = counted("12 soldiers died", "12", 12, 12, counts="soldier")
    d = counted("21 civilians died", "21", 21, 21, counts="civilian", cid="d:1")
    assert ConflictType.NUMERIC not in types(c, d)


def test_different_units_are_not_a_conflict() -> None:
    a = counted("The convoy travelled 5 km", "5 km", 5, 5, unit="km")
    b = counted("The convoy travelled 8 miles", "8 miles", 8, 8, unit="mi", cid="b:1")
    assert ConflictType.NUMERIC not in types(a, b)


# --- dates -----------------------------------------------------------------------------------


def test_different_days_conflict() -> None:
    text_a = "Mattis will leave on January 1"
    text_b = "Mattis will leave at the end of February"
    a = claim(text_a, "a:1", dates=(date(text_a, "January 1", "2019-01-01"),))
    b = claim(
        text_b, "b:1", dates=(date(text_b, "the end of February", "2019-02-20", "2019-02-28"),)
    )
    found = [c for c in judged(a, b) if c.type is ConflictType.DATE]
    assert len(found) == 1
    assert found[0].values == ("January 1", "the end of February")
    assert "2019-01-01" in found[0].explanation


def test_a_day_apart_across_time_zones_is_the_same_moment() -> None:
    text_a = "North Korea made the announcement on Friday evening"
    text_b = "North Korea made the announcement on Saturday morning"
    a = claim(text_a, "a:1", dates=(date(text_a, "Friday", "2018-04-20"),))
    b = claim(text_b, "b:1", dates=(date(text_b, "Saturday", "2018-04-21"),))
    assert ConflictType.DATE not in types(a, b)


def test_a_day_apart_without_a_time_of_day_conflicts() -> None:
    text_a = "The vote was held on April 3"
    text_b = "The vote was held on April 4"
    a = claim(text_a, "a:1", dates=(date(text_a, "April 3", "2018-04-03"),))
    b = claim(text_b, "b:1", dates=(date(text_b, "April 4", "2018-04-04"),))
    assert ConflictType.DATE in types(a, b)


def test_a_day_inside_a_month_is_compatible() -> None:
    text_a = "The vote was held in April"
    text_b = "The vote was held on April 21"
    a = claim(text_a, "a:1", dates=(date(text_a, "April", "2018-04-01", "2018-04-30"),))
    b = claim(text_b, "b:1", dates=(date(text_b, "April 21", "2018-04-21"),))
    assert ConflictType.DATE not in types(a, b)


# --- negation and antonyms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "cue"),
    [
        ("Trump will attend the summit", "Trump will not attend the summit", "not"),
        ("The company confirmed the merger", "The company never confirmed the merger", "never"),
        ("Police found the weapon", "Police did not find the weapon", "not"),
    ],
)
def test_one_side_negated_conflicts(text_a: str, text_b: str, cue: str) -> None:
    a = claim(text_a, "a:1")
    b = claim(text_b, "b:1", negated=True, negation_cue=cue)
    found = [c for c in judged(a, b) if c.type is ConflictType.NEGATION]
    assert len(found) == 1
    assert found[0].values == ("affirmed", cue)
    span = found[0].value_spans[1]
    assert span is not None and text_b[span[0] : span[1]] == cue


def test_a_double_negative_agrees() -> None:
    a = claim("Iran will not continue talks with the US", "a:1", negated=True, negation_cue="not")
    b = claim("Iran halts talks with the US", "b:1")
    assert types(a, b) == set()


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Talks with Iran were suspended",
            "Talks with Iran were resumed",
            ("suspended", "resumed"),
        ),
        (
            "Oil prices rose sharply on Monday",
            "Oil prices fell sharply on Monday",
            ("rose", "fell"),
        ),
        (
            "The board accepted the takeover offer",
            "The board rejected the takeover offer",
            ("accepted", "rejected"),
        ),
        (
            "The senator will attend the hearing",
            "The senator will boycott the hearing",
            ("attend", "boycott"),
        ),
    ],
)
def test_opposite_predicates_conflict(text_a: str, text_b: str, values: tuple[str, str]) -> None:
    found = [
        c
        for c in judged(claim(text_a, "a:1"), claim(text_b, "b:1"))
        if c.type is ConflictType.ANTONYM
    ]
    assert len(found) == 1
    assert found[0].values == values


def test_an_antonym_elsewhere_in_the_sentence_is_not_a_conflict() -> None:
    a = claim("Prices rose while wages fell", "a:1")
    b = claim("Prices rose in March", "b:1")
    assert ConflictType.ANTONYM not in types(a, b)


def test_a_hedge_against_an_assertion_is_a_note_not_a_conflict() -> None:
    a = claim("The minister resigned on Monday", "a:1")
    b = claim(
        "The minister reportedly resigned on Monday",
        "b:1",
        certainty=Certainty.HEDGED,
        certainty_cue="reportedly",
    )
    conflicts, notes = judge.judge_pair(a, b, normalize_claim(a), normalize_claim(b))
    assert not judge.contradicts(conflicts)
    assert len(notes) == 1
    assert notes[0].certainties == (Certainty.ASSERTED, Certainty.HEDGED)
    assert "reportedly" in notes[0].explanation


# --- reasons, scope, attribution -------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason_a", "reason_b"),
    [
        ("in protest over sanctions", "citing logistical reasons"),
        ("because of the storm", "after a funding dispute"),
    ],
)
def test_different_reasons_conflict(reason_a: str, reason_b: str) -> None:
    a = claim(f"Iran suspended the talks {reason_a}", "a:1", reason=reason_a)
    b = claim(f"Iran suspended the talks {reason_b}", "b:1", reason=reason_b)
    found = [c for c in judged(a, b) if c.type is ConflictType.REASON]
    assert len(found) == 1
    assert found[0].values == (reason_a, reason_b)
    assert found[0].severity is Severity.CONTRADICTION
    assert found[0].value_spans[0] is not None


def test_the_same_reason_in_other_words_is_not_a_conflict() -> None:
    a = claim(
        "Iran suspended talks in protest over sanctions", "a:1", reason="protest over sanctions"
    )
    b = claim(
        "Iran suspended talks to protest new sanctions", "b:1", reason="protest new sanctions"
    )
    assert ConflictType.REASON not in types(a, b)


def test_one_stated_reason_alone_is_not_a_conflict() -> None:
    a = claim(
        "Iran suspended talks in protest over sanctions", "a:1", reason="protest over sanctions"
    )
    b = claim("Iran suspended talks", "b:1")
    assert types(a, b) == set()


@pytest.mark.parametrize(
    ("text_a", "text_b", "qualifier"),
    [
        (
            "Iran ruled out indirect talks with the US in the coming week",
            "Iran halted talks with the US",
            "indirect",
        ),
        ("Iran postponed the talks indefinitely", "Iran called off the talks", "indefinitely"),
        ("Rebels killed some of the hostages", "Rebels attacked the hostages", "some"),
    ],
)
def test_narrower_claims_get_a_scope_note(text_a: str, text_b: str, qualifier: str) -> None:
    # different predicates of one frame, and only one side qualified: narrower, not contrary
    found = [
        c
        for c in judged(claim(text_a, "a:1"), claim(text_b, "b:1"))
        if c.type is ConflictType.SCOPE
    ]
    assert len(found) == 1
    assert found[0].severity is Severity.NOTE
    assert qualifier in found[0].values[0]
    assert found[0].values[1] == "unqualified"


def test_a_place_inside_another_is_not_a_conflict() -> None:
    a = claim("The summit will be held in Salzburg", "a:1")
    b = claim("The summit will be held in Austria", "b:1")
    assert types(a, b) == set()


def test_one_party_denying_what_another_asserts_conflicts() -> None:
    a = claim(
        "The tanker was seized by the navy, officials said",
        "a:1",
        attribution="officials",
        attribution_cue="said",
    )
    b = claim(
        "The tanker was seized by the navy, the ministry denied",
        "b:1",
        attribution="the ministry",
        attribution_cue="denied",
    )
    found = [c for c in judged(a, b) if c.type is ConflictType.ATTRIBUTION]
    assert len(found) == 1
    # Passive voice reads right whatever the speaker's number ("officials asserts" did not).
    assert found[0].explanation == "asserted by officials, denied by the ministry"


def test_a_denial_in_the_claim_s_own_verb_names_who_denies() -> None:
    a = claim(
        "The tanker was seized by the navy, officials said",
        "a:1",
        attribution="officials",
        attribution_cue="said",
    )
    b = claim(
        "The shipping firm has denied claims that the tanker was seized by the navy",
        "b:1",
        subject="The shipping firm",
        predicate="deny",
        negated=True,
        negation_cue="denied",
    )
    found = [c for c in judged(a, b) if c.type is ConflictType.ATTRIBUTION]
    assert [(c.explanation, c.values[1]) for c in found] == [
        ("asserted by officials, denied by The shipping firm", "The shipping firm denied")
    ]
    assert found[0].value_spans[1] == (b.text.index("denied"), b.text.index("denied") + 6)


@pytest.mark.parametrize(
    ("denial", "subject", "named"),
    [
        # a connective before who denies
        (
            "But the shipping firm denied that the tanker was seized by the navy",
            "But the shipping firm",
            "the shipping firm",
        ),
        # a dateline before and a day after who denies
        (
            "OSLO - The shipping firm on Monday denied that the tanker was seized by the navy",
            "OSLO - The shipping firm on Monday",
            "The shipping firm",
        ),
    ],
)
def test_who_denies_is_named_without_what_stands_around_the_name(
    denial: str, subject: str, named: str
) -> None:
    a = claim("The tanker was seized by the navy, officials said", "a:1", attribution="officials")
    b = claim(
        denial,
        "b:1",
        subject=subject,
        predicate="deny",
        negated=True,
        negation_cue="denied that",
    )
    found = [c for c in judged(a, b) if c.type is ConflictType.ATTRIBUTION]
    assert [(c.explanation, c.values[1]) for c in found] == [
        (f"asserted by officials, denied by {named}", f"{named} denied")
    ]


def test_two_parties_asserting_the_same_do_not_conflict() -> None:
    a = claim(
        "The tanker was seized, officials said",
        "a:1",
        attribution="officials",
        attribution_cue="said",
    )
    b = claim(
        "The tanker was seized, the ministry confirmed",
        "b:1",
        attribution="the ministry",
        attribution_cue="confirmed",
    )
    assert types(a, b) == set()


# --- clusters --------------------------------------------------------------------------------


def test_verdicts_follow_sources_and_contradictions() -> None:
    a = claim("Talks were suspended", "a:1")
    b = claim("Talks were suspended", "b:1")
    agree = judge.make_cluster(1, [a, b], [], [], ("A", "B"))
    single = judge.make_cluster(2, [a], [], [], ("A",))
    note = Conflict(
        type=ConflictType.SCOPE,
        claim_ids=("a:1", "b:1"),
        values=("x", "y"),
        explanation="narrower",
        severity=Severity.NOTE,
    )
    noted = judge.make_cluster(3, [a, b], [note], [], ("A", "B"))
    clash = note.model_copy(
        update={"type": ConflictType.NUMERIC, "severity": Severity.CONTRADICTION}
    )
    conflict = judge.make_cluster(4, [a, b], [clash], [], ("A", "B"))
    assert agree.verdict is Verdict.AGREE
    assert single.verdict is Verdict.SINGLE_SOURCE
    assert noted.verdict is Verdict.AGREE
    assert conflict.verdict is Verdict.CONFLICT


def test_first_reported_uses_publication_dates() -> None:
    import datetime as dt

    a = claim("Talks were suspended", "a:1")
    b = claim("Talks were suspended", "b:1")
    cluster = judge.make_cluster(
        1,
        [a, b],
        [],
        [],
        ("A", "B"),
        published={"a": dt.date(2026, 5, 2), "b": dt.date(2026, 5, 1)},
    )
    assert cluster.first_reported == ("B",)
    assert cluster.first_reported_on == dt.date(2026, 5, 1)


def test_the_same_predicate_with_other_qualifiers_is_no_scope_note() -> None:
    a = claim("Iran will skip next week's indirect talks", "a:1")
    b = claim("Iran will skip the talks", "b:1")
    assert not [c for c in judged(a, b) if c.type is ConflictType.SCOPE]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one act, one side with less detail: the headline and the body sentence
        (
            "Iran skips Muscat talks; parliament supports the move",
            "Iran will skip next week's indirect talks",
        ),
        ("Rebels attacked some villages and captured a town", "Rebels attacked villages"),
        # "all" says no more than the plain statement
        ("North Korea has ruled out all nuclear tests", "North Korea halted nuclear tests"),
        ("The company delayed the entire project", "The company halted the project"),
    ],
)
def test_less_detail_or_a_universal_word_is_no_scope_note(text_a: str, text_b: str) -> None:
    assert not [
        c
        for c in judged(claim(text_a, "a:1"), claim(text_b, "b:1"))
        if c.type is ConflictType.SCOPE
    ]


@pytest.mark.parametrize(
    ("text_a", "certainty"),
    [
        ("Iran may rule out indirect talks with the US in the coming week", Certainty.HEDGED),
        ("Iran could rule out indirect talks with the US next week", Certainty.ASSERTED),
        ("If talks fail, Iran will rule out indirect talks next week", Certainty.CONDITIONAL),
    ],
)
def test_a_possibility_is_not_narrower_than_an_assertion(text_a: str, certainty: Certainty) -> None:
    b = claim("Iran halted talks with the US", "b:1")
    a = claim(text_a, "a:1", certainty=certainty)
    assert not [c for c in judged(a, b) if c.type is ConflictType.SCOPE]


def test_a_reported_narrower_claim_still_gets_its_scope_note() -> None:
    a = claim(
        "Iran has reportedly ruled out indirect talks with the US in the coming week",
        "a:1",
        certainty=Certainty.HEDGED,
    )
    b = claim("Iran halted talks with the US", "b:1")
    assert [c for c in judged(a, b) if c.type is ConflictType.SCOPE]


# --- negation look-alikes: wanted, planned, described, someone else ----------------------------


def negations(text_a: str, text_b: str) -> list[Conflict]:
    found = judged(parsed(text_a, "a:1"), parsed(text_b, "b:1"))
    return [c for c in found if c.type is ConflictType.NEGATION]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The prosecutor has sought for months to question the minister",
            "The minister has not been questioned by the prosecutor",
        ),
        ("The governor is under pressure from lawmakers to resign", "The governor will not resign"),
        ("Rebels tried to capture the airport", "Rebels did not capture the airport"),
        ("The union wants to meet the owners", "The union did not meet the owners"),
    ],
)
def test_an_act_only_wanted_or_attempted_is_not_denied(text_a: str, text_b: str) -> None:
    assert negations(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The prosecutor questioned the minister", "The minister has not been questioned"),
        ("Rebels captured the airport", "Rebels did not capture the airport"),
        # a wish elsewhere in the sentence does not hide the act itself
        (
            "The union met the owners and wants to meet them again",
            "The union did not meet the owners",
        ),
    ],
)
def test_the_act_reported_as_done_is_still_denied(text_a: str, text_b: str) -> None:
    assert len(negations(text_a, text_b)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a shared word, but two acts: the denial does not meet the assertion
        (
            "The clerk was dismissed after last coming in to work in May",
            "The clerk did not return to work",
        ),
        (
            "The mayor hit back that she had consulted the auditors",
            "The mayor isn't backing down on the audit",
        ),
        (
            "The divers recovered the wreck of the ferry",
            "The divers did not search the wreck of the ferry",
        ),
    ],
)
def test_a_denial_of_another_act_is_no_negation_conflict(text_a: str, text_b: str) -> None:
    assert negations(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one verb, or two verbs of one event frame, or a light verb that leaves it to the words
        ("The clerk returned to work on Monday", "The clerk did not return to work"),
        ("The league suspended the season", "The league did not halt the season"),
        ("The bridge was open to traffic on Monday", "The bridge was not open to traffic"),
        # a verb that only says how it came out, and a misread "in" of "did in fact make"
        (
            "The mayor did in fact sign the order",
            "It turned out the mayor had not signed the order",
        ),
        # the act reported under a verb of saying
        ("An official said the envoy would travel to Oslo", "The envoy will not travel to Oslo"),
    ],
)
def test_a_denial_of_the_same_act_is_a_negation_conflict(text_a: str, text_b: str) -> None:
    assert len(negations(text_a, text_b)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a negation that measures a degree against the past says the state holds
        (
            "The climbers felt cold on the ridge.",
            "The climbers have never felt so cold in their lives.",
            0,
        ),
        ("The harbour was busy this week.", "The harbour has not been this busy in years.", 0),
        # a plain denial of the same state still is one
        ("The climbers felt cold on the ridge.", "The climbers did not feel cold on the ridge.", 1),
        ("The harbour was busy this week.", "The harbour was not busy this week.", 1),
    ],
)
def test_never_so_much_before_is_no_denial(text_a: str, text_b: str, expected: int) -> None:
    assert len(negations(text_a, text_b)) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # opposite verbs done to two things: order, flights
        (
            "The army sent troops into the city to restore order.",
            "The army halted flights to the city.",
            [],
        ),
        # one thing: the flights, named after both verbs or as the subject
        (
            "The airline resumed flights to the city.",
            "The airline halted all flights to the city.",
            [("resumed", "halted")],
        ),
        (
            "Flights to the city resumed on Monday.",
            "Flights to the city were halted on Monday.",
            [("resumed", "halted")],
        ),
    ],
)
def test_opposite_verbs_must_act_on_one_thing(
    text_a: str, text_b: str, expected: list[tuple[str, str]]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.ANTONYM) == expected


_DENIED_WHERE = (
    "Sources in the rebel camp denied Friday night that the Dutch-born medic Ana Ruiz, 40, had "
    "been in the border region, as claimed by blogs that reported she was captured by the "
    "rebels during the fighting in that area."
)


def test_a_denial_of_where_someone_was_does_not_meet_who_she_is() -> None:
    denial = parsed(_DENIED_WHERE, "a:1")
    who = claim(
        "Ana Ruiz was a Dutch-born medic, who the rebels had claimed to have abducted.",
        "b:1",
        subject="Ana Ruiz",
        predicate="be",
    )
    assert types(denial, who) == set()


def test_a_denial_of_where_someone_was_still_meets_an_act_there() -> None:
    denial = parsed(_DENIED_WHERE, "a:1")
    act = claim(
        "The rebels captured the Dutch-born medic Ana Ruiz during the fighting in the region.",
        "b:1",
        subject="The rebels",
        predicate="capture",
    )
    assert ConflictType.ATTRIBUTION in types(denial, act)


def contradiction_types(text_a: str, text_b: str) -> list[ConflictType]:
    found = judged(parsed(text_a, "a:1"), parsed(text_b, "b:1"))
    return [c.type for c in found if c.severity is Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a report the claim itself calls false asserts nothing for a denial to contradict
        (
            "Fans shared a hoax claiming the singer was found dead in his flat",
            "The singer was not found dead in his flat",
            [],
        ),
        (
            "The singer was found dead in his flat",
            "The singer was not found dead in his flat",
            [ConflictType.NEGATION],
        ),
        (
            "Reports that the mayor had resigned were refuted by aides",
            "The council denied that the mayor had resigned",
            [],
        ),
        (
            "The mayor had resigned, aides said",
            "The council denied that the mayor had resigned",
            [ConflictType.ATTRIBUTION],
        ),
        # a claim told about ("awash with rumours that", "a rumour that ... spread") is not
        # asserted: a denial does not contradict it
        (
            "Social media was awash with rumours the mayor had resigned",
            "The council denied that the mayor had resigned",
            [],
        ),
        (
            "A rumour that the mayor had resigned spread through city hall on Friday",
            "The mayor had not resigned",
            [],
        ),
        # a report called false denies it; a thing that is fake is no report called false
        (
            "Claims that the mayor had resigned were false",
            "The mayor had resigned, aides said",
            [ConflictType.ATTRIBUTION],
        ),
        (
            "Fake passports were seized at the border, police said",
            "Police seized fake passports at the border",
            [],
        ),
        # a denial of another act: a request turned down is no denial of the firing
        (
            "The clerk defied orders to return to work after his requests for leave were denied",
            "The clerk was fired after last coming in to work",
            [],
        ),
        (
            "The clerk was fired, officials said",
            "The agency denied that the clerk was fired",
            [ConflictType.ATTRIBUTION],
        ),
    ],
)
def test_a_denial_meets_only_an_assertion_of_the_same_act(
    text_a: str, text_b: str, expected: list[ConflictType]
) -> None:
    assert contradiction_types(text_a, text_b) == expected


@pytest.mark.parametrize(
    ("said", "denied", "expected"),
    [
        # what no one asserts ("allegedly", "appears to be") is no assertion to deny
        (
            "This weekend, an image allegedly showing a Crumb & Co garlic-flavoured doughnut "
            "circulated on social media",
            "Crumb & Co denies rumours of a garlic-flavoured doughnut",
            [],
        ),
        (
            "The video appears to have been a hoax",
            "The video purporting to show the attack appears to be a clever editing job",
            [],
        ),
        (
            "Crumb & Co launched a garlic-flavoured doughnut this weekend",
            "Crumb & Co denies rumours of a garlic-flavoured doughnut",
            [ConflictType.ATTRIBUTION],
        ),
        # a speaker's claim is asserted by the speaker
        (
            "The police officials claimed they had detained the wife of the rebel leader",
            "A ministry official denied that the woman detained was a wife of the rebel leader",
            [ConflictType.ATTRIBUTION],
        ),
    ],
)
def test_a_denial_meets_what_someone_asserts(
    said: str, denied: str, expected: list[ConflictType]
) -> None:
    assert contradiction_types(said, denied) == expected


def test_not_all_denies_only_a_claim_about_all() -> None:
    not_all = "Not all of the bridges are unsafe"
    assert contradiction_types("Some of the bridges are unsafe", not_all) == []
    assert contradiction_types("All of the bridges are unsafe", not_all) == [ConflictType.SCOPE]


def test_what_did_not_happen_then_and_what_happened_at_another_time_both_hold() -> None:
    since = "Olsen has not played a PGA Tour event since 2011"
    assert negations("Olsen played one full season on the PGA Tour in 2004", since) == []
    # "since" runs on to today: a later season contradicts it
    assert len(negations("Olsen played a PGA Tour event in 2013", since)) == 1
    same_day = "The council did not meet on March 3, 2020"
    assert len(negations("The council met on March 3, 2020", same_day)) == 1


def test_what_cannot_be_done_is_no_denial_of_an_act() -> None:
    rule = "People cannot take the law into their own hands"
    assert negations("The villagers took the law into their own hands", rule) == []
    assert negations("The volunteer bought food for the families", "Money can't buy food") == []
    # "did not" denies the act
    bought = "The volunteer bought food for the families"
    assert len(negations(bought, "The volunteer did not buy food for the families")) == 1


def test_a_negation_inside_a_relative_clause_denies_nothing() -> None:
    described = "Countries that do not have exemptions will face the steel tariff"
    assert negations(described, "Countries with exemptions will face the steel tariff") == []
    said = "Officials said that the plant did not pass the inspection"
    assert len(negations("The plant passed the inspection", said)) == 1


def test_what_is_planned_and_what_has_happened_are_different_times() -> None:
    assert (
        negations(
            "The two leaders will meet in Geneva next week", "The leaders did not meet in Geneva"
        )
        == []
    )
    assert (
        len(negations("The two leaders met in Geneva", "The leaders did not meet in Geneva")) == 1
    )


def test_a_denial_about_someone_else_is_no_negation_conflict() -> None:
    assert (
        negations(
            "Michael Flynn pleaded guilty to the charges",
            "Paul Manafort has not pleaded guilty to the charges",
        )
        == []
    )
    assert (
        len(
            negations(
                "Michael Flynn pleaded guilty to the charges",
                "Flynn has not pleaded guilty to the charges",
            )
        )
        == 1
    )


def test_a_named_subject_is_named_in_the_other_claim_as_written() -> None:
    # the match key folds "Oren Vale" into one name token: the words as written still name him
    found = "Jazz pianist Oren Vale was found dead in his Lisbon flat"
    assert len(negations(found, "Oren Vale is not dead")) == 1
    assert negations(found, "Ida Marsh is not dead") == []


def test_a_denial_of_what_something_is_does_not_deny_an_act() -> None:
    # "were not a painful cut" says what the branches were, not that no cut was made
    cuts = "The company has had to make some painful cuts to its staff"
    assert negations(cuts, "Those two branches were not a painful cut for the company") == []
    assert len(negations(cuts, "The company did not make painful cuts to its staff")) == 1
    # both say what the men are: one denies the other
    denied = "The men are not the militia that signed the truce"
    assert len(negations("The men are the militia that signed the truce", denied)) == 1


@pytest.mark.parametrize(
    "denial",
    [
        "The bodies found near the port were confirmed not to be the missing fishermen",
        "The bodies found near the port were confirmed as not being the missing fishermen",
        "Police said none of the missing fishermen were among the bodies found near the port",
    ],
)
def test_who_the_dead_are_not_is_no_denial_that_they_were_found(denial: str) -> None:
    headline = "Bodies Found Near Port Where Fishermen Went Missing"
    assert negations(headline, denial) == []


def test_who_the_dead_are_is_denied_by_who_they_are_not() -> None:
    said = "The bodies found near the port were the missing fishermen"
    denial = "The bodies found near the port were confirmed not to be the missing fishermen"
    assert len(negations(said, denial)) == 1


@pytest.mark.parametrize(
    "done",
    [
        # a name right after the verb: the act was done to that person
        "A drone strike on Monday killed Omar Haddad, a senior aide to rebel commander Salim Reza",
        # a counted group is not the one person denied
        "A drone strike on Monday killed seven rebel commanders",
    ],
)
def test_a_passive_denial_is_not_met_by_an_act_done_to_someone_else(done: str) -> None:
    assert negations(done, "Rebel commander Salim Reza has not been killed") == []


def test_a_passive_denial_meets_only_a_claim_of_its_act() -> None:
    # the parser gives "be" as the verb of "has not been killed": the participle is the act
    denied = claim(
        "The rebel commander has not been killed",
        "b:1",
        negated=True,
        negation_cue="not",
        predicate="be",
        subject="The rebel commander",
    )
    considered = "Abu Omar is considered a key commander in charge of executing raids"
    killed = "Abu Omar killed the rebel commander"
    assert (
        types(claim(considered, "a:1", predicate="consider", subject="Abu Omar"), denied) == set()
    )
    assert types(claim(killed, "a:1", predicate="kill", subject="Abu Omar"), denied) == {
        ConflictType.NEGATION
    }


@pytest.mark.parametrize(
    "done",
    [
        "A drone strike on Monday killed rebel commander Salim Reza",
        "A drone strike on Monday killed Salim Reza, the rebel commander",
    ],
)
def test_a_passive_denial_is_met_by_the_act_done_to_the_one_it_names(done: str) -> None:
    assert len(negations(done, "Rebel commander Salim Reza has not been killed")) == 1


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        (
            "The chain sells wine in its bakeries",
            "The chain doesn't even sell coffee in its bakeries",
        ),
        (
            "The clinic says the patient is being treated for another illness",
            "The patient is not being treated for measles after being taken to the clinic",
        ),
        (
            "The valley will see two weeks of heavy fog",
            "Officials say that the valley will not see any serious disruption, since two weeks "
            "of fog is nowhere near enough to close the roads",
        ),
    ],
)
def test_a_denial_of_an_act_on_something_else_is_no_negation_conflict(
    said: str, denied: str
) -> None:
    assert negations(said, denied) == []


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        ("The chain sells wine in its bakeries", "The chain doesn't sell wine in its bakeries"),
        (
            "The patient is being treated for measles at the clinic",
            "The patient is not being treated for measles after being taken to the clinic",
        ),
        (
            "The valley will see two weeks of heavy fog",
            "Officials say that the valley will not see two weeks of fog, since the cold spell "
            "is brief",
        ),
        # what is acted on, said in more words, or as a pronoun
        (
            "The college banned the word sophomore from its website",
            "The college has not banned the use of the word sophomore, a spokesman said",
        ),
        ("The minister signed the treaty on Monday", "The minister did not sign it"),
    ],
)
def test_a_denial_of_an_act_on_the_same_thing_is_a_negation_conflict(
    said: str, denied: str
) -> None:
    assert len(negations(said, denied)) == 1


def test_a_noun_negation_is_met_only_by_the_act_of_its_own_clause() -> None:
    denied = (
        "No potential replacements were named, though director Ida Hale is in Paris to meet "
        "with actors for the film"
    )
    assert negations("Ms Hale is in Paris this week to meet with the potential cast", denied) == []


def test_a_title_case_headline_will_is_a_plan() -> None:
    # the parser reads "Will Stop" as the modal: the headline tells what will happen
    headline = "Crumb & Co Will Stop Selling Wine In Its Bakeries From 1/1/19"
    denied = "Crumb & Co will not stop selling wine in its bakeries from January 1, 2019"
    assert len(negations(headline, denied)) == 1
    # what has happened and what will not are two times; "Will Smith" is a name
    assert negations("Crumb & Co Stopped Selling Wine In Its Bakeries", denied) == []
    smith = "Actor Will Smith Stops Selling Wine In His Bakeries"
    assert len(negations(smith, "Actor Will Smith did not stop selling wine in his bakeries")) == 1


def test_an_act_only_reports_tell_of_is_no_antonym_conflict() -> None:
    freed = claim("The journalist was freed at the border", "b:1")
    told = "Some reports say the journalist was arrested at the border"
    assert types(claim(told, "a:1"), freed) == set()
    # a report with its reporter named is asserted by the reporter
    reported = "Police reported that the journalist was arrested at the border"
    assert types(claim(reported, "a:1", attribution="Police"), freed) == {ConflictType.ANTONYM}


# --- antonym look-alikes: names and nouns --------------------------------------------------------


def antonyms(text_a: str, text_b: str) -> list[Conflict]:
    found = judged(claim(text_a, "a:1"), claim(text_b, "b:1"))
    return [c for c in found if c.type is ConflictType.ANTONYM]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two acts of one person share only the name
        ("Mattis joins a list of departures", "Mr. Mattis refused"),
        # a noun names the act: the claim does not say it was done
        ("The announcement of a freeze on tests was welcomed", "Tests continued on Monday"),
        ("Officials debated a national freeze on tests", "Tests continued on Monday"),
        ("The same story was circulating last year as a press release",
         "The painter had been arrested on the same charges"),
    ],
)  # fmt: skip
def test_names_and_nouns_are_no_antonym_conflict(text_a: str, text_b: str) -> None:
    assert antonyms(text_a, text_b) == []


def test_the_same_verbs_on_one_thing_still_conflict() -> None:
    assert (
        len(antonyms("Production resumed on the north line", "All production has been suspended"))
        == 1
    )
    assert len(antonyms("Tests were frozen on Monday", "Tests continued on Monday")) == 1
    # a plural subject before the verb: "the rebels release", not a noun
    assert len(antonyms("The rebels release the painter", "The rebels arrested the painter")) == 1
    # a verb spelled like its noun, with an object after it: "the company cut prices"
    assert [c.values for c in antonyms("The company raised prices", "The company cut prices")] == [
        ("raised", "cut")
    ]
    assert len(antonyms("The company cut its fees", "The company raised its fees")) == 1
    assert antonyms("A company cut was announced", "The company raised prices") == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The ferry operator suspended its service to Varn on Friday",
         "The operator praised the crews who keep the ferry service running"),
        ("Harlen Water halted deliveries to the valley on Monday",
         "The mayor thanked the drivers who continue deliveries in the valley"),
        ("Museum staff resumed the tours on Sunday",
         "The guide said visitors who cancel the tours lose their deposit"),
    ],
)  # fmt: skip
def test_a_verb_that_says_who_is_meant_is_no_antonym_conflict(text_a: str, text_b: str) -> None:
    # "crews who keep the service running": a restrictive relative clause in the plain
    # form describes people, it tells no act of the occasion
    assert antonyms(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The ferry operator suspended its service to Varn on Friday",
         "The ferry operator continued its service to Varn on Friday"),
        # a comma before "who": the act of the one named
        ("The ferry operator, who suspended the service on Friday, spoke",
         "The ferry operator continued the service on Friday"),
        # a past or third-person form after "who": an act
        ("The captain who suspended the service on Friday was named",
         "The captain continued the service on Friday"),
        ("The operator who suspends the service is fined", "The operator continued the service"),
    ],
)  # fmt: skip
def test_a_verb_after_who_that_tells_an_act_still_conflicts(text_a: str, text_b: str) -> None:
    assert len(antonyms(text_a, text_b)) == 1


# --- numbers for different periods ---------------------------------------------------------------


def test_a_figure_for_one_year_and_one_for_several_are_different_quantities() -> None:
    assert (
        numeric_values(
            "The effective tax rate for 2014 was 35.7 percent",
            "From 2007 through 2014 the couple paid an effective tax rate of 31.55 percent",
        )
        == []
    )
    assert numeric_values(
        "The effective tax rate for 2014 was 35.7 percent",
        "The effective tax rate for 2014 was 31.55 percent",
    ) == [("35.7 percent", "31.55 percent")]


def test_an_unresolved_last_year_cannot_conflict_with_a_stated_period() -> None:
    """Undated articles: which year "last year" is cannot be told."""
    assert (
        numeric_values(
            "Last year the couple paid an effective tax rate of 35.7 percent",
            "From 2007 through 2014 the couple paid an effective tax rate of 31.55 percent",
        )
        == []
    )
    assert (
        numeric_values(
            "Last year the couple paid an effective tax rate of 35.7 percent",
            "This year the couple paid an effective tax rate of 31.55 percent",
        )
        == []
    )
    # The same words on both sides: the same year, as far as anyone can tell.
    assert numeric_values(
        "Last year the couple paid an effective tax rate of 35.7 percent",
        "Last year the couple paid an effective tax rate of 31.55 percent",
    ) == [("35.7 percent", "31.55 percent")]


def test_a_no_before_a_noun_needs_the_same_act_on_the_other_side() -> None:
    assert (
        negations(
            "No to the Geneva talks",
            "The delegation to the Geneva talks was led by the deputy minister",
        )
        == []
    )
    assert (
        len(
            negations(
                "No agreement was signed at the summit", "An agreement was signed at the summit"
            )
        )
        == 1
    )


def _yearless(text: str, fragment: str) -> DateMention:
    start = text.index(fragment)
    return DateMention(text=fragment, start=start, end=start + len(fragment), resolved=False)


@pytest.mark.parametrize(
    ("text_a", "fragment_a", "text_b", "fragment_b", "day_b"),
    [
        # "of": the day a thing happened whatever the preposition, when it names one day
        (
            "The blaze began in the early hours of Tuesday, March 10",
            "Tuesday, March 10",
            "The blaze broke out early on Wednesday",
            "Wednesday",
            "2026-03-11",
        ),
        (
            "The fire broke out early on Wednesday, March 11",
            "Wednesday, March 11",
            "The fire broke out at 2 a.m. on Tuesday",
            "Tuesday",
            "2026-03-10",
        ),
        (
            "The dam burst on the morning of 4 June",
            "4 June",
            "The dam burst at dawn on Friday",
            "Friday",
            "2026-06-05",
        ),
    ],
)
def test_a_yearless_day_a_day_apart_conflicts_without_a_time_zone_reading(
    text_a: str, fragment_a: str, text_b: str, fragment_b: str, day_b: str
) -> None:
    subject_a, subject_b = " ".join(text_a.split()[:2]), " ".join(text_b.split()[:2])
    a = claim(text_a, "a:1", subject=subject_a, dates=(_yearless(text_a, fragment_a),))
    b = claim(text_b, "b:1", subject=subject_b, dates=(date(text_b, fragment_b, day_b),))
    found = [c for c in judge.date_conflicts(a, b) if c.type is ConflictType.DATE]
    assert len(found) == 1
    assert found[0].values == (fragment_a, fragment_b)


@pytest.mark.parametrize(
    ("text_a", "fragment_a", "text_b", "fragment_b", "day_b"),
    [
        # evening on one day, morning the next: one moment in two time zones
        (
            "The blaze began late on Monday, March 9, in the evening",
            "Monday, March 9",
            "The blaze broke out on Tuesday morning",
            "Tuesday",
            "2026-03-10",
        ),
        # the same day
        (
            "The blaze began in the early hours of Tuesday, March 10",
            "Tuesday, March 10",
            "The blaze broke out at 2 a.m. on Tuesday",
            "Tuesday",
            "2026-03-10",
        ),
        # the start of a period, not the day of the event
        (
            "The blaze has burned since Tuesday, March 10",
            "Tuesday, March 10",
            "The blaze broke out on Thursday",
            "Thursday",
            "2026-03-12",
        ),
    ],
)
def test_a_yearless_day_that_can_be_the_same_moment_does_not_conflict(
    text_a: str, fragment_a: str, text_b: str, fragment_b: str, day_b: str
) -> None:
    subject_a, subject_b = " ".join(text_a.split()[:2]), " ".join(text_b.split()[:2])
    a = claim(text_a, "a:1", subject=subject_a, dates=(_yearless(text_a, fragment_a),))
    b = claim(text_b, "b:1", subject=subject_b, dates=(date(text_b, fragment_b, day_b),))
    assert judge.date_conflicts(a, b) == []


@pytest.mark.parametrize(
    "narrower",
    [
        "Iran would not send a delegation to the indirect talks with the United States.",
        "Iran will not send delegates to next week's talks with the United States.",
    ],
)
def test_not_sending_a_delegation_is_a_narrower_telling_of_breaking_off_talks(
    narrower: str,
) -> None:
    result = compare_claims("Iran has broken off talks with the United States.", narrower)
    assert [c.type for c in result.conflicts] == [ConflictType.SCOPE]
    assert result.conflicts[0].severity is Severity.NOTE


# --- what the splitter takes for a cause but is none ----------------------------------------


def _reason_pair(reason_a: str, reason_b: str) -> set[ConflictType]:
    a = claim(f"The council postponed the vote {reason_a}", "a:1", reason=reason_a)
    b = claim(f"The council postponed the vote {reason_b}", "b:1", reason=reason_b)
    return {c.type for c in judged(a, b)}


@pytest.mark.parametrize(
    "schedule",
    [
        "due to expire on Sunday",
        "due to be held in spring",
        "due to meet again",
        # "have" before an operation, a meeting, a hearing: what was planned, no cause
        "due to have a knee operation on Friday",
        "due to have talks with the mayor",
    ],
)
def test_due_to_before_a_verb_is_a_schedule_not_a_cause(schedule: str) -> None:
    assert ConflictType.REASON not in _reason_pair("because of a budget row", schedule)


def test_due_to_before_a_noun_is_still_a_cause() -> None:
    assert ConflictType.REASON in _reason_pair("because of a budget row", "due to the flooding")


@pytest.mark.parametrize(
    "source",
    ["citing a senior city official", "citing two people familiar with it", "citing a report"],
)
def test_citing_a_source_is_attribution_not_a_cause(source: str) -> None:
    assert ConflictType.REASON not in _reason_pair("because of a budget row", source)


@pytest.mark.parametrize("cause", ["citing safety concerns", "citing concerns raised by officials"])
def test_citing_a_concern_is_still_a_cause(cause: str) -> None:
    assert ConflictType.REASON in _reason_pair("because of a budget row", cause)


def test_a_cause_that_opens_a_quotation_is_not_compared() -> None:
    quoted = "Because the residents deserve a say"
    a = claim(f"The mayor wrote to the council: “{quoted}”", "a:1", reason=quoted)
    b = claim(
        "The council postponed the vote because of a budget row",
        "b:1",
        reason="because of a budget row",
    )
    assert ConflictType.REASON not in {c.type for c in judged(a, b)}
    closed = 'The mayor said "no" because of a budget row'
    c = claim(closed, "c:1", reason="because of a budget row")
    assert _states_a_cause(c, "because of a budget row")
    assert not _states_a_cause(a, quoted)


def test_an_event_still_ahead_is_not_denied_by_what_has_happened_so_far() -> None:
    ahead = "The ministers set up a call before the two ministers meet in Oslo next Tuesday"
    so_far = "No meeting of the two ministers in Oslo has taken place"
    assert negations(ahead, so_far) == []
    done = "The two ministers met in Oslo on Tuesday"
    assert len(negations(done, "The two ministers did not meet in Oslo")) == 1


def test_a_quoted_cause_word_is_still_a_cause() -> None:
    quoted = claim('Officials blamed "staffing" for the delay', "a:1", reason="staffing")
    assert _states_a_cause(quoted, "staffing")


def test_swapped_figures_of_two_events_are_two_conflicts(tmp_path: Path) -> None:
    # The same two values from the same two outlets, but each value tied to another event:
    # reporting "12 vs 21" once would hide that the death toll differs.
    (tmp_path / "a.txt").write_text(
        "Blast at mill\n\nThe blast at the Orvel mill killed 12 workers and injured 21 others.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Mill blast\n\nThe blast at the Orvel mill killed 21 workers and injured 12 others.\n"
    )
    report = build_report([tmp_path])
    texts = {c.id: c.text for c in report.claims}
    numeric = [
        (texts[c.claim_ids[0]], texts[c.claim_ids[1]])
        for cluster in report.clusters
        for c in cluster.conflicts
        if c.type is ConflictType.NUMERIC
    ]
    killed = [pair for pair in numeric if all("killed" in text for text in pair)]
    injured = [pair for pair in numeric if all("injured" in text for text in pair)]
    assert len(killed) == 1 and len(injured) == 1


@pytest.mark.parametrize(
    ("killed", "injured"),
    [("killed", "injured"), ("killed", "hurt"), ("killed", "wounded")],
)
def test_swapped_figures_of_two_events_make_two_clusters(
    tmp_path: Path, killed: str, injured: str
) -> None:
    # Each cluster holds one event: "killed 12 vs killed 21" apart from "injured 21 vs 12".
    for name, (dead, hurt) in {"a": (12, 21), "b": (21, 12)}.items():
        (tmp_path / f"{name}.txt").write_text(
            f"Mill blast toll\n\nThe blast at the Orvel mill {killed} {dead} workers "
            f"and {injured} {hurt} others on Monday.\n"
        )
    report = build_report([tmp_path])
    texts = {c.id: c.text for c in report.claims}
    clusters = [
        sorted(texts[i] for i in cluster.claim_ids)
        for cluster in report.clusters
        if len(cluster.claim_ids) > 1
    ]
    event_words = (killed, injured)
    assert len(clusters) == 2
    for members in clusters:
        assert len(members) == 2
        assert len({w for w in event_words for text in members if w in text}) == 1
    conflicts = [cluster.conflicts for cluster in report.clusters if len(cluster.claim_ids) > 1]
    assert all([c.type for c in found] == [ConflictType.NUMERIC] for found in conflicts)


def _split_from(sentence: str, clause: str, claim_id: str) -> Claim:
    """A claim split off ``sentence``: the text of ``clause``, where it stands in it."""
    start = sentence.index(clause)
    return claim(clause, claim_id).model_copy(
        update={"sentence": sentence, "start": start, "end": start + len(clause), "spans": ()}
    )


@pytest.mark.parametrize(
    ("sentence", "clause", "expected"),
    [
        # the second that-clause of a claim told about is no more asserted than the first
        (
            "A spokesman brushed aside claims that the ferry had sunk and that the crew "
            "were rescued by a trawler",
            "the crew were rescued by a trawler",
            [],
        ),
        (
            "The mayor laughed off reports that the crew were rescued by a trawler",
            "the crew were rescued by a trawler",
            [],
        ),
        # near misses: a that-clause of a speaker, and a clause after a report's own words
        (
            "A spokesman said that the crew were rescued by a trawler",
            "the crew were rescued by a trawler",
            [ConflictType.ATTRIBUTION],
        ),
        (
            "The report came out on Monday and the crew were rescued by a trawler",
            "the crew were rescued by a trawler",
            [ConflictType.ATTRIBUTION],
        ),
    ],
)
def test_a_that_clause_of_a_claim_told_about_is_not_asserted(
    sentence: str, clause: str, expected: list[ConflictType]
) -> None:
    asserting = _split_from(sentence, clause, "a:1")
    denying = parsed("The harbour master denied that the crew were rescued by a trawler", "b:1")
    found = judged(asserting, denying)
    assert [c.type for c in found if c.severity is Severity.CONTRADICTION] == expected


def test_a_that_clause_a_speaker_reports_is_asserted_by_the_speaker() -> None:
    sentence = "The coastguard has reported that the crew were rescued by a trawler"
    asserting = _split_from(sentence, "the crew were rescued by a trawler", "a:1").model_copy(
        update={"attribution": "The coastguard", "attribution_cue": "reported"}
    )
    denying = parsed("The harbour master denied that the crew were rescued by a trawler", "b:1")
    found = judged(asserting, denying)
    assert [c.type for c in found if c.severity is Severity.CONTRADICTION] == [
        ConflictType.ATTRIBUTION
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # what someone implies is no statement of fact for a denial to meet
        ("The striker had left the club, the coach implied", []),
        # near miss: what someone says is
        ("The striker had left the club, the coach said", [ConflictType.NEGATION]),
    ],
)
def test_what_a_speaker_implies_is_not_negated(said: str, expected: list[ConflictType]) -> None:
    assert contradiction_types(said, "The striker has not left the club") == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # a report labelled false in so many words denies what it says
        (
            "The singer tore up a contract to tour with the band",
            "A rumour that the singer tore up a contract to tour with the band was called "
            '"rubbish" by his agent',
            [ConflictType.ATTRIBUTION],
        ),
        (
            "The singer tore up a contract to tour with the band",
            "His agent described as nonsense a report that the singer tore up a contract to "
            "tour with the band",
            [ConflictType.ATTRIBUTION],
        ),
        (
            "The singer tore up a contract to tour with the band",
            "Reports that the singer tore up a contract to tour with the band were dismissed "
            "as a hoax",
            [ConflictType.ATTRIBUTION],
        ),
        # near misses: a plan or a thing labelled, no report; a label not put on anything
        (
            "The singer signed a contract to tour with the band",
            "His agent called the contract to tour with the band rubbish",
            [],
        ),
        (
            "The singer tore up a contract to tour with the band",
            "The contract to tour with the band was described as fake by the singer",
            [],
        ),
        (
            "The singer tore up a contract to tour with the band",
            "A report that the singer tore up a contract to tour with the band was called "
            "credible by his agent",
            [],
        ),
    ],
)
def test_a_report_labelled_false_denies_what_it_says(
    text_a: str, text_b: str, expected: list[ConflictType]
) -> None:
    assert contradiction_types(text_a, text_b) == expected


def test_a_labelled_denial_keeps_the_label_as_its_evidence() -> None:
    a = parse.parse_statement("The singer tore up a contract to tour with the band", "a:1", "a")
    b = parse.parse_statement(
        "A rumour that the singer tore up a contract to tour with the band was called "
        '"rubbish" by his agent',
        "b:1",
        "b",
    )
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert found.values[1] == 'called "rubbish"'
    start, end = found.value_spans[1] or (0, 0)
    assert b.text[start - b.start : end - b.start] == 'called "rubbish"'


@pytest.mark.parametrize(
    ("text_b", "expected"),
    [
        # a name in full and by its surname alone is one person: a word the claims share
        ("A goat chewed on Weiss at the fair, as a video filmed by a farmer shows.",
         [ConflictType.NEGATION]),
        # near misses: another person; the same word, but no name
        ("A goat chewed on Brandt at the fair, as a video filmed by a farmer shows.", []),
        ("A goat chewed on the weiss at the fair, as a video filmed by a farmer shows.", []),
    ],
)  # fmt: skip
def test_a_surname_alone_counts_as_the_full_name_it_ends(
    text_b: str, expected: list[ConflictType]
) -> None:
    text_a = "A goat did not chew the robe of Bishop Karl Weiss at the county fair."
    assert contradiction_types(text_a, text_b) == expected


def test_a_related_pair_naming_one_person_two_ways_is_linked_for_its_conflict() -> None:
    text_a = "A goat did not chew the robe of Bishop Karl Weiss at the county fair."
    text_b = "A goat chewed on Weiss at the fair, as a video filmed by a farmer shows."
    a = parse.parse_statement(text_a, "a:1", "a").model_copy(update={"article_id": "a"})
    b = parse.parse_statement(text_b, "b:1", "b").model_copy(update={"article_id": "b"})
    keys = [normalize_claim(a), normalize_claim(b)]
    related = [ScoredPair(0, 1, 10.0, 70.0)]  # alike in frame, not one statement
    assert judge.conflict_links([a, b], keys, related, Options()) == [(0, 1)]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # opposite acts of one frame ("not accept" / "approved"): not a narrower telling
        ("The unions will not accept permanent pay cuts", "The unions approved the contract"),
        ("The clubs refused the partial refunds", "The clubs accepted the league's offer"),
    ],
)
def test_opposite_predicates_of_one_frame_are_no_scope_note(text_a: str, text_b: str) -> None:
    assert not [
        c
        for c in judged(claim(text_a, "a:1"), claim(text_b, "b:1"))
        if c.type is ConflictType.SCOPE
    ]


def test_two_acts_of_one_frame_that_are_not_opposites_still_get_a_scope_note() -> None:
    # the near miss of the rule above: "halted" and "will skip" tell one act
    a = claim("The rebels halted the talks with the army", "a:1")
    b = claim("The rebels will skip the indirect talks with the army", "b:1")
    found = [c for c in judged(a, b) if c.type is ConflictType.SCOPE]
    assert [c.values for c in found] == [("unqualified", "indirect")]


@pytest.mark.parametrize(
    ("denying", "affirming"),
    [
        # the assertion is about someone the denial names only in another clause
        (
            "The governor did not attend the dinner that Ortega hosted for donors.",
            "Ortega attended the dinner for donors at the club.",
        ),
        (
            "The coach was not in the stadium when Diaz scored the winning goal.",
            "Diaz scored the winning goal in the stadium.",
        ),
        (
            "The mayor was not at the town hall when Ruiz ran into the building.",
            "Ruiz then ran through the main hall of the town hall, past the stairs.",
        ),
        # the subject's words stop at an aside: Diaz is named there, not as the subject
        (
            "The coach, who had seen Diaz score, was not in the stadium on Sunday.",
            "Diaz was in the stadium on Sunday with his family.",
        ),
    ],
)
def test_a_denial_is_met_only_by_an_assertion_about_its_own_subject(
    denying: str, affirming: str
) -> None:
    assert conflict_values(denying, affirming, ConflictType.NEGATION) == []


@pytest.mark.parametrize(
    ("denying", "affirming"),
    [
        (
            "The mayor was not at the town hall on Monday.",
            "The mayor was at the town hall on Monday.",
        ),
        # a pronoun subject on either side leaves the other tests to decide
        (
            "He was not at the town hall when Ruiz arrived.",
            "The mayor was at the town hall when Ruiz arrived.",
        ),
        ("Ruiz did not run into the town hall.", "Ruiz ran into the town hall, past the stairs."),
        # a headline's reduced relative: the parser's subject is "Man", and the place
        # after it is how the assertion names him
        (
            "Boy found in Leeds is not the missing pupil, police say",
            "The missing pupil is safe in Leeds after he was found on Monday.",
        ),
        (
            "Man detained in Oslo is not the wanted banker, officials say",
            "The wanted banker is in detention in Oslo after he was arrested on Friday.",
        ),
    ],
)
def test_a_denial_and_an_assertion_about_one_subject_still_conflict(
    denying: str, affirming: str
) -> None:
    assert conflict_values(denying, affirming, ConflictType.NEGATION) == [("not", "affirmed")]


@pytest.mark.parametrize(
    "posted",
    [
        "— Tom Berg (@tberg), May 3, 2015 The bridge closed to traffic.",
        "pic.twitter.com/x1 — Ana Ruiz (@anaruiz) October 26, 2014 The town went dark for six "
        "days.",
        "Wow http://t.co/x1 — Lee Park (@leepark) March 2, 2016 Storm floods the harbour.",
    ],
)
def test_the_timestamp_of_an_embedded_post_dates_no_event(posted: str) -> None:
    others = {
        "bridge": "The bridge closed to traffic on June 9, 2015.",
        "town": "The town went dark for six days in December 2014.",
        "harbour": "The storm flooded the harbour on March 9, 2016.",
    }
    other = next(text for word, text in others.items() if word in posted)
    assert conflict_values(posted, other, ConflictType.DATE) == []


@pytest.mark.parametrize(
    "dated",
    [
        # a handle elsewhere in the sentence: the date still dates the act
        "The bridge closed to traffic on May 3, 2015, said Tom Berg (@tberg).",
        "Tom Berg (@tberg) wrote that the bridge closed to traffic on May 3, 2015.",
    ],
)
def test_a_date_away_from_a_posters_handle_still_dates_the_act(dated: str) -> None:
    other = "The bridge closed to traffic on June 9, 2015."
    assert conflict_values(dated, other, ConflictType.DATE) == [("May 3, 2015", "June 9, 2015")]


@pytest.mark.parametrize(
    ("denying", "affirming"),
    [
        (
            "The singer released an album in 2010, hasn't released an album since 2016, and "
            "now teaches.",
            "The singer released an album in 2010.",
        ),
        (
            "Ruiz ran the marathon in 2008, has not run a marathon since 2014 and now coaches "
            "runners.",
            "Ruiz ran the marathon in 2008.",
        ),
        (
            "Berg played one full season on the tour in 2004; he has not played a tour event "
            "since 2011.",
            "Berg played only one full season on the tour in 2004.",
        ),
    ],
)
def test_a_denial_is_dated_by_its_own_clause_not_by_the_claims_other_acts(
    denying: str, affirming: str
) -> None:
    # the year of the affirmed clause dates that act; the denial runs from another year
    assert conflict_values(denying, affirming, ConflictType.NEGATION) == []


@pytest.mark.parametrize(
    "denying",
    [
        "He played in 2004, but he did not play a tour event in 2011.",
        "In 2011, he did not play a tour event.",  # no date in the denied clause: all count
    ],
)
def test_a_denial_dated_like_the_assertion_still_conflicts(denying: str) -> None:
    affirming = "He played a tour event in 2011."
    assert conflict_values(denying, affirming, ConflictType.NEGATION) == [("not", "affirmed")]


@pytest.mark.parametrize(
    ("denying", "affirming"),
    [
        # the negative noun ("suspension", "ban", "boycott") is on both sides: what is
        # denied is the verb on it, and the affirmed side does not say no by itself
        (
            "The striker is not serving a suspension from the league for failing a test.",
            "The striker is actually serving a secret league suspension for a failed test.",
        ),
        (
            "The striker is not serving a ban for the red card.",
            "The striker is serving a three-match ban for the red card.",
        ),
        (
            "The company has not faced a boycott over the advert.",
            "The company faced a boycott over the advert.",
        ),
    ],
)
def test_a_negative_word_both_claims_hold_does_not_hide_a_denial(
    denying: str, affirming: str
) -> None:
    assert conflict_values(denying, affirming, ConflictType.NEGATION) == [("not", "affirmed")]
    assert match.polarity_clash(
        normalize_claim(parse.parse_statement(denying, "a:1", "a")),
        normalize_claim(parse.parse_statement(affirming, "b:1", "b")),
    )


def test_a_negative_predicate_of_the_affirmed_side_alone_still_agrees_with_a_denial() -> None:
    # "will skip" says no by itself: "will not attend" agrees with it
    denying = "The delegation will not attend the talks."
    assert (
        conflict_values(denying, "The delegation will skip the talks.", ConflictType.NEGATION) == []
    )


@pytest.mark.parametrize(
    ("stated", "named"),
    [
        (
            "The raid started when a fuel truck exploded at the gate.",
            "The spokesman declined to give details of the unit that took part in the raid or "
            "the nature of the tip that led to the raid.",
        ),
        (
            "The raid was carried out in retaliation for the border attack.",
            "Officials declined to describe the unit that joined the raid or the kind of tip "
            "that led to the raid.",
        ),
    ],
)
def test_a_cause_named_by_a_relative_clause_is_not_stated(stated: str, named: str) -> None:
    # "the tip that led to the raid" names something that caused it, and says nothing of
    # what it was: no cause to set against a stated one
    assert conflict_values(stated, named, ConflictType.REASON) == []
    assert _states_a_cause(parse.parse_statement(named, "b:1", "b"), "the tip that") is False


def test_two_stated_causes_still_conflict_beside_the_relative_clause_rule() -> None:
    assert conflict_values(
        "The fire at the mill started when a tank leaked onto a hot press.",
        "Investigators said the fire at the mill was caused by an electrical fault.",
        ConflictType.REASON,
    ) == [("a tank leaked onto a hot press", "an electrical fault")]


@pytest.mark.parametrize(
    ("dated", "marked"),
    [
        (
            "The embassy was attacked on September 11, 2012.",
            "A warning said the embassy could be attacked on the anniversary of the Sept. 11, "
            "2001, attacks.",
        ),
        (
            "Protesters marched on the palace on March 3, 2015.",
            "Protesters marched on the palace to mark the anniversary of the March 3, 2011, "
            "uprising.",
        ),
        (
            "The festival opened on July 4, 2016.",
            "The festival opened on the anniversary of July 4, 1976.",
        ),
    ],
)
def test_the_date_an_anniversary_marks_dates_no_event_of_the_claim(dated: str, marked: str) -> None:
    assert conflict_values(dated, marked, ConflictType.DATE) == []


def test_two_days_for_one_event_still_conflict_beside_the_anniversary_rule() -> None:
    assert conflict_values(
        "The rally was held on May 4, 2019.",
        "The rally was held on May 5, 2019, the anniversary day.",
        ConflictType.DATE,
    ) == [("May 4, 2019", "May 5, 2019")]


@pytest.mark.parametrize(
    ("text_a", "day_a", "iso_a", "text_b", "day_b", "iso_b"),
    [
        (
            "A walkout by bus drivers halted services in Orlen on Tuesday",
            "Tuesday",
            "2026-03-10",
            "The walkout will go on until Thursday morning",
            "Thursday morning",
            "2026-03-12",
        ),
        (
            "The bridge was closed on Monday",
            "Monday",
            "2026-03-09",
            "The bridge will stay closed through Friday",
            "Friday",
            "2026-03-13",
        ),
        (
            "The drivers went on strike on Tuesday",
            "Tuesday",
            "2026-03-10",
            "The strike is set to last until late Thursday",
            "Thursday",
            "2026-03-12",
        ),
    ],
)
def test_the_day_a_period_ends_is_no_other_day_for_its_start(
    text_a: str, day_a: str, iso_a: str, text_b: str, day_b: str, iso_b: str
) -> None:
    a = claim(text_a, "a:1", dates=(date(text_a, day_a, iso_a),))
    b = claim(text_b, "b:1", dates=(date(text_b, day_b, iso_b),))
    assert ConflictType.DATE not in types(a, b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("The strike will last until Thursday", "The strike will last until Friday"),
        ("The drivers went on strike on Thursday", "The drivers went on strike on Friday"),
    ],
)
def test_two_ends_or_two_starts_of_one_period_still_conflict(text_a: str, text_b: str) -> None:
    a = claim(text_a, "a:1", dates=(date(text_a, "Thursday", "2026-03-12"),))
    b = claim(text_b, "b:1", dates=(date(text_b, "Friday", "2026-03-13"),))
    assert ConflictType.DATE in types(a, b)


@pytest.mark.parametrize(
    ("text_a", "span_a", "text_b", "span_b"),
    [
        (
            "Ostby failed a drug test in May, two months before she won the national title",
            ("2026-05-01", "2026-05-31"),
            "Ostby was stripped of the national title she won in July",
            ("2026-07-01", "2026-07-31"),
        ),
        (
            "Ostby failed a drug test in May, six weeks before she won the national title",
            ("2026-05-01", "2026-05-31"),
            "Ostby was stripped of the national title she won in June",
            ("2026-06-01", "2026-06-30"),
        ),
        (
            "The old bridge was closed in May, a month after the new road was opened",
            ("2026-05-01", "2026-05-31"),
            "The new road was opened in April",
            ("2026-04-01", "2026-04-30"),
        ),
    ],
)
def test_a_date_and_an_offset_date_two_acts(
    text_a: str, span_a: tuple[str, str], text_b: str, span_b: tuple[str, str]
) -> None:
    """ "in May, two months before she won": May dates the test, July the win; a claim
    dating the win in July tells the second act, no other day for the first."""
    month_a = "May"
    month_b = next(m for m in ("July", "June", "April") if m in text_b)
    a = claim(text_a, "a:1", dates=(date(text_a, month_a, *span_a),))
    b = claim(text_b, "b:1", dates=(date(text_b, month_b, *span_b),))
    assert ConflictType.DATE not in types(a, b)


def test_an_offset_that_misses_the_other_date_still_conflicts() -> None:
    text_a = "Ostby failed a drug test in May, two months before she won the national title"
    text_b = "Ostby failed a drug test in September"
    a = claim(text_a, "a:1", dates=(date(text_a, "May", "2026-05-01", "2026-05-31"),))
    b = claim(text_b, "b:1", dates=(date(text_b, "September", "2026-09-01", "2026-09-30"),))
    assert ConflictType.DATE in types(a, b)


def _parsed(text: str, claim_id: str) -> Claim:
    """``claim`` with the main predicate the parser reads (the rule below needs it)."""
    (parsed,) = parse.parse_article(Article(id="x", path="x", source="x", text=text + "."))
    return claim(text, claim_id, predicate=parsed.predicate)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the opposite verb is a clause about the deal, after the claim's own verb
        ("The twin towns will not accept the quotas",
         'The twin towns called it "the worst deal" the council had ever approved'),
        ("The harbour board suspended the ferry service",
         "The harbour board praised the plan the union had resumed"),
    ],
)  # fmt: skip
def test_an_opposite_verb_after_the_claims_own_is_another_clauses(text_a: str, text_b: str) -> None:
    assert judged(_parsed(text_a, "a:1"), _parsed(text_b, "b:1")) == []


def test_an_opposite_verb_after_a_verb_of_saying_is_the_claims() -> None:
    # what is said is what the claim tells: "said ... would resume" still conflicts
    a = _parsed("The harbour board suspended the ferry service", "a:1")
    b = claim("The harbour board said it would resume the ferry service", "b:1", predicate="say")
    assert [c.type for c in judged(a, b)] == [ConflictType.ANTONYM]
