"""Stated causes: found in their usual wordings, compared across outlets for the same event."""

from __future__ import annotations

from pathlib import Path

import pytest

from claim_helpers import claim
from claimtrack import build_report, judge
from claimtrack.judge import links
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claims
from claimtrack.parse.split import find_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The decision was taken for logistical reasons.", "logistical reasons"),
        ("The match was called off for security reasons", "security reasons"),
        (
            "The fire was caused by an electrical fault in a panel.",
            "an electrical fault in a panel",
        ),
        ("The fire started when a tank leaked onto a hot press.", "a tank leaked onto a hot press"),
        ('Officials blamed "logistics".', "logistics"),
        ("Iran pulls out of talks, cites logistics", "logistics"),
        (
            "He said that logistical problems, not politics, had led to the decision.",
            "logistical problems, not politics",
        ),
        ("Poor maintenance had led to the collapse", "Poor maintenance"),
        # a passive verb of setting off: its agent is the cause
        ("The blaze was started by a discarded cigarette.", "a discarded cigarette"),
        ("The riots were sparked by a police raid on a bar", "a police raid on a bar"),
        ("The outage was triggered by a software update.", "a software update"),
        ("The grass fire was ignited by sparks from a train", "sparks from a train"),
    ],
)
def test_cause_constructions_give_the_reason(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors cited blocked fire exits in a report filed in November.",  # mentioned
        "The road led to the village.",  # a road, not a cause
        "He was led to believe the talks would go ahead.",
        "The talks started on Monday.",
        "She started by thanking her staff.",  # no passive: how she began, not a cause
        "The fire was started on Monday evening.",  # no agent
        "Dozens of fires started by Tuesday.",  # "by" a day, and no passive
    ],
)
def test_look_alikes_give_no_reason(text: str) -> None:
    assert find_reason(text) is None


@pytest.mark.parametrize(
    ("reason_a", "reason_b"),
    [
        ("logistical reasons", "logistics"),
        ("logistical problems, not politics", "logistical reasons"),
        ("security reasons", "security concerns"),
    ],
)
def test_the_same_cause_in_other_words_is_no_conflict(reason_a: str, reason_b: str) -> None:
    a = claim(f"The talks were called off, {reason_a}", "a:1", reason=reason_a)
    b = claim(f"The talks were called off, {reason_b}", "b:1", reason=reason_b)
    assert judge.reason_conflicts(a, b) == []


def test_what_a_cause_rules_out_is_not_what_it_says() -> None:
    a = claim("x", "a:1", reason="logistical problems, not politics")
    b = claim("x", "b:1", reason="politics")
    assert [c.type for c in judge.reason_conflicts(a, b)] == [ConflictType.REASON]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'Two board members walked out "in protest" over the merger.',
            "in protest over the merger",
        ),
        (
            "The coach left the bench \u201cin protest\u201d of the ruling",
            "in protest of the ruling",
        ),
        ('Dockers struck "in protest" against the cuts', "in protest against the cuts"),
    ],
)
def test_scare_quotes_inside_a_cue_still_give_the_reason(text: str, reason: str) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        'The banner said "in protest" and nothing more.',  # the cue's words, no cue
        'Fans sang "in protest", over and over.',  # the comma ends the phrase
    ],
)
def test_quoted_words_of_a_cue_alone_give_no_reason(text: str) -> None:
    assert find_reason(text) is None


def _links(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    claims = [
        claim(text, f"{article}:{n}", reason=find_reason(text))
        for n, (article, text) in enumerate(texts)
    ]
    keys = normalize_claims(claims)
    return [(claims[i].id, claims[j].id) for i, j in judge.reason_links(claims, keys)]


def test_causes_of_one_event_are_linked_across_outlets() -> None:
    linked = _links(
        [
            ("a", "Rebels pulled out of the peace talks"),  # a's news, its first claim
            ("a", "The decision was taken for logistical reasons"),
            ("b", "Rebels pulled out of the talks in protest over new sanctions"),
            ("c", "The fire started when a tank leaked onto a hot press"),
            ("d", "Investigators said the fire was caused by an electrical fault"),
        ]
    )
    assert ("a:1", "b:2") in linked  # "the decision" is a's news: pulling out
    assert ("c:3", "d:4") in linked  # the fire, started / caused
    assert ("a:1", "c:3") not in linked and ("b:2", "d:4") not in linked


def test_a_cause_in_scare_quotes_links_its_event_across_outlets() -> None:
    linked = _links(
        [
            ("a", 'The treasurer stepped down "in protest" over the new budget rules'),
            ("b", "Club treasurer Ann Moss resigned on Monday in protest of the budget rules"),
        ]
    )
    assert linked == [("a:0", "b:1")]


def test_two_agents_that_set_off_one_fire_conflict() -> None:
    texts = [
        ("a", "Crews fought the blaze near Varo for two days."),
        ("a", "The blaze was started by a faulty power cable, fire officials said."),
        ("b", "Rangers said the blaze was started by a lightning strike."),
    ]
    claims = [
        claim(text, f"{article}:{n}", reason=find_reason(text))
        for n, (article, text) in enumerate(texts)
    ]
    keys = normalize_claims(claims)
    assert (1, 2) in judge.reason_links(claims, keys)


def test_causes_of_two_different_acts_are_not_linked() -> None:
    linked = _links(
        [
            ("a", "Rebels suspended the talks in protest over new sanctions"),
            ("b", "Rebels resumed the talks because of pressure from donors"),
            ("c", "The bridge collapsed because of poor maintenance"),
        ]
    )
    assert linked == []


def test_a_report_links_and_judges_causes_of_one_event(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(
        "Rebels pull out of peace talks.\n\nThe decision was taken for logistical reasons, "
        "a spokesman said.\n",
        encoding="utf-8",
    )
    (tmp_path / "daily.txt").write_text(
        "Rebels pulled out of the peace talks in protest over new sanctions.\n\n"
        "The harbour reopened on Friday.\n",
        encoding="utf-8",
    )
    report = build_report([tmp_path])
    reasons = [c for k in report.clusters for c in k.conflicts if c.type is ConflictType.REASON]
    assert len(reasons) == 1
    assert {v.lower() for v in reasons[0].values} == {
        "logistical reasons",
        "in protest over new sanctions",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Just because two storms formed in one week, it does not mean they are linked.",
        "But just because the river rose quickly doesn't necessarily mean the dam failed.",
        "Just because a bridge is old doesn't prove it is unsafe.",
    ],
)
def test_a_because_clause_of_a_denied_inference_states_no_cause(text: str) -> None:
    reason = find_reason(text)
    assert reason is not None  # the splitter still finds it; the judge reads it as no cause
    other = claim("The dam failed because of a crack in the wall.", "b:1", reason="a crack")
    assert judge.reason_conflicts(claim(text, "a:1", reason=reason), other) == []


def test_a_because_clause_before_what_it_caused_is_still_a_cause() -> None:
    text = "Just because the river rose quickly, the dam failed."  # a cause, if an odd one
    reason = find_reason(text)
    assert reason is not None
    other = claim("The dam failed because of a crack in the wall.", "b:1", reason="a crack")
    assert [c.type for c in judge.reason_conflicts(claim(text, "a:1", reason=reason), other)] == [
        ConflictType.REASON
    ]


def _subject_links(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``_links`` of (article, text, subject) rows: the subject as the parser reads it."""
    claims = [
        claim(text, f"{article}:{n}", reason=find_reason(text), subject=subject)
        for n, (article, text, subject) in enumerate(rows)
    ]
    keys = normalize_claims(claims)
    return [(claims[i].id, claims[j].id) for i, j in judge.reason_links(claims, keys)]


@pytest.mark.parametrize(
    ("subject_a", "subject_b", "linked"),
    [
        # "the collision", "the accident", "the derailment" name the article's own news:
        # a speaker named after the cause does not make it another event
        ("The collision", "The accident", True),
        ("The derailment", "The crash", True),
        # a thing, not the event: its cause is its own
        ("The barrier", "The accident", False),
    ],
)
def test_a_cause_told_of_the_event_by_its_noun_explains_the_news(
    subject_a: str, subject_b: str, linked: bool
) -> None:
    found = _subject_links(
        [
            ("a", "A freight train hit a lorry at the Orsa crossing on Monday", "A freight train"),
            ("a", f"{subject_a} was caused by a faulty barrier, inspectors think", subject_a),
            ("b", "A freight train struck a lorry at the Orsa crossing", "A freight train"),
            ("b", f"{subject_b} was caused by driver error, police believe", subject_b),
        ]
    )
    assert (("a:1", "b:3") in found) is linked


@pytest.mark.parametrize(
    ("subject", "names_it"),
    [
        ("The crash", True),
        ("the derailment", True),
        ("The blaze", True),
        ("This incident", True),
        # a thing named after an event, a noun with more words, no determiner
        ("The crash barrier", False),
        ("The accident report", False),
        ("A crash", False),
        ("The barrier", False),
        (None, False),
    ],
)
def test_a_subject_that_names_the_event(subject: str | None, names_it: bool) -> None:
    assert links._names_the_event(subject) is names_it


# --- a subject and its verb alone before the cause: the subject is what was explained --------


@pytest.mark.parametrize(
    ("text_a", "subject_a", "text_b", "subject_b"),
    [
        (
            "The siren did not go off because of a wiring fault",
            "The siren",
            "The harbour siren failed because of a flat battery",
            "The harbour siren",
        ),
        (
            "The roadworks have been held up by a strike",
            "The roadworks",
            "The roadworks were delayed because of heavy rain",
            "The roadworks",
        ),
    ],
)
def test_a_subject_before_its_verb_alone_links_causes(
    text_a: str, subject_a: str, text_b: str, subject_b: str
) -> None:
    found = _subject_links([("a", text_a, subject_a), ("b", text_b, subject_b)])
    assert found == [("a:0", "b:1")]


@pytest.mark.parametrize(
    ("text_a", "subject_a", "text_b", "subject_b"),
    [
        # the subject did something to another thing: what is explained is that act
        (
            "The council shut the library because of a leaking roof",
            "The council",
            "The council raised parking fees because of a budget gap",
            "The council",
        ),
        # two different things held back
        (
            "The siren did not sound because of a wiring fault",
            "The siren",
            "The ferry did not sail because of high winds",
            "The ferry",
        ),
    ],
)
def test_a_subject_with_more_than_its_verb_does_not_link_causes(
    text_a: str, subject_a: str, text_b: str, subject_b: str
) -> None:
    assert _subject_links([("a", text_a, subject_a), ("b", text_b, subject_b)]) == []


def test_a_schedule_read_as_a_reason_is_linked_to_no_cause() -> None:
    linked = _links(
        [
            ("a", "The walkout is due to finish on Friday"),
            ("b", "The walkout was called over new overtime rules"),
            ("c", "The walkout was called over the closure of a canteen"),
        ]
    )
    assert linked == [("b:1", "c:2")]


def test_a_cause_as_the_subject_links_an_event_of_one_kind() -> None:
    """ "A faulty pump caused the spill": the cause is the subject, the event noun after its
    verb names what it explains; "leak" and "spill" are one kind (data/event_nouns.txt)."""
    linked = _links(
        [
            ("a", "Oil leaked into the Dorn canal"),
            ("a", "The leak was caused by a cracked seal on the pipe"),
            ("b", "Oil leaked into the Dorn canal on Monday"),
            ("b", "A night worker caused the spill"),
            ("c", "A wiring fault caused the blackout"),
        ]
    )
    assert ("a:1", "b:3") in linked
    assert ("a:1", "c:4") not in linked and ("b:3", "c:4") not in linked


def test_a_subject_cause_of_another_kind_of_event_is_not_linked() -> None:
    linked = _links(
        [
            ("a", "The leak was caused by a cracked seal on the pipe"),
            ("b", "A careless driver caused the crash"),
        ]
    )
    assert linked == []
