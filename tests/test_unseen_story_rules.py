"""Rules found by reading reports on stories the project had never seen (an earthquake, a
rate decision, a data breach, a derailment, a mine collapse, a halted drug trial), each
tested in wordings of its own, with look-alikes that must not fire: opposite moves of a
currency or a condition, a denial in one word ("unhurt"), a figure followed by where it was
measured, "some" before a figure, those present against those an event befell, "per cent",
and advert lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claim_helpers import claim
from claimtrack import build_report, judge, parse
from claimtrack.judge import figures
from claimtrack.judge.polarity import _bare_noun_after_modifier
from claimtrack.models import Article, ConflictType, Kind, Report
from claimtrack.normalize import normalize_claim, normalize_text
from claimtrack.parse.noise import boilerplate_reason, own_author_note
from claimtrack.parse.referents import speaker_pronouns, without_reflexive
from parse_helpers import facts as parse_facts
from story_claims import conflict_values


def _conflicts(text_a: str, text_b: str) -> list[tuple[ConflictType, tuple[str, str]]]:
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    found = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    return [(c.type, c.values) for c in found]


def _types(text_a: str, text_b: str) -> set[ConflictType]:
    return {kind for kind, _ in _conflicts(text_a, text_b)}


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
    assert ConflictType.ANTONYM in _types(text_a, text_b)
    assert ConflictType.ANTONYM in _types(text_b, text_a)


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
    assert ConflictType.ANTONYM not in _types(text_a, text_b)


# --- an irregular past after "the" and a noun is a verb, not a noun compound ---------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The kestran gained 0.8% against the euro.",
            "The kestran fell against the euro in afternoon trading.",
        ),
        ("The dollar fell against the yen.", "The dollar rose against the yen."),
        ("The index rose on Monday.", "The index sank on Monday."),
    ],
)
def test_an_irregular_past_after_a_noun_is_the_verb(text_a: str, text_b: str) -> None:
    assert ConflictType.ANTONYM in _types(text_a, text_b)


@pytest.mark.parametrize(
    ("modifier", "word", "noun"),
    [
        ("press", "release", True),  # "a press release": a noun
        ("prison", "release", True),
        ("kestran", "fell", False),  # "the kestran fell": an irregular past
        ("dollar", "rose", False),
        ("index", "sank", False),
        ("rebels", "release", False),  # a plural subject before a verb
    ],
)
def test_bare_noun_after_modifier(modifier: str, word: str, noun: bool) -> None:
    assert _bare_noun_after_modifier(modifier, word) is noun


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
    assert ConflictType.ANTONYM in _types(text_a, text_b)


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
    assert not {ConflictType.ANTONYM, ConflictType.NEGATION} & _types(text_a, text_b)


# --- a preposition and a name after a figure: where it was measured, not what ------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Velora shares fell 18% in Zurlin trading on Monday.",
            "Shares in Velora dropped 23% on Monday.",
            ("18%", "23%"),
        ),
        (
            "The company's stock lost 9% at the Frankfurt exchange.",
            "The company's stock lost 4%.",
            ("9%", "4%"),
        ),
        (
            "Police arrested 40 protesters in Lagos.",
            "Police arrested 25 protesters.",
            ("40", "25"),
        ),
    ],
)
def test_a_place_after_a_figure_is_not_what_it_counts(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # what follows "in" is what the money is for: two sums
        (
            "The couple paid $13,625,777 in state and local taxes.",
            "The couple paid $43,885,310 in federal taxes.",
        ),
        # a tariff on a named good still counts that good
        ("A tariff of 25 percent on steel was set.", "A tariff of 10 percent on aluminum was set."),
    ],
)
def test_a_common_noun_after_the_preposition_still_names_the_thing(
    text_a: str, text_b: str
) -> None:
    assert conflict_values(text_a, text_b) == []


def test_the_explanation_names_the_subject_when_a_place_follows_the_figure() -> None:
    a = parse.parse_statement("Velora shares fell 18% in Zurlin trading.", "a:1", "a")
    b = parse.parse_statement("Velora shares dropped 23%.", "b:1", "b")
    (found,) = judge.pair_conflicts(a, b, normalize_claim(a), normalize_claim(b))
    assert found.explanation.endswith("for Velora shares")


# --- "some" before digits rounds the figure, it does not make it vague -------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The quake injured about 1,200 people.",
            "Some 1,800 people were injured in the quake.",
            ("about 1,200", "Some 1,800"),
        ),
        (
            "Some 300 workers were evacuated.",
            "Some 200 workers were evacuated.",
            ("Some 300", "Some 200"),
        ),
    ],
)
def test_some_before_a_figure_is_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Some 300 people were on board.", "About 300 people were on board."),
        ("Some 300 people were on board.", "Some 280 people were on board."),
        ("Some dozens of people were on board.", "Some 300 people were on board."),
    ],
)
def test_some_figures_within_rounding_or_vague_do_not_conflict(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_some_before_digits_is_not_vague_but_some_dozens_is() -> None:
    assert not figures._vague("some 1,800")
    assert not figures._vague("some 2.5 million")
    assert figures._vague("some dozens")
    assert figures._vague("dozens")


# --- those present against those an event befell -------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("About 300 people were on board the train.", "Seven people were killed in the crash."),
        ("About 300 people live in the village.", "Seven people were injured in the village."),
        ("Some 2,000 workers are employed at the plant.", "Twelve workers were evacuated."),
    ],
)
def test_those_present_are_not_those_an_event_befell(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        ("The death toll rose to 11.", "Nine workers were killed.", ("11", "Nine")),
        ("The attack left 40 casualties.", "The attack left 12 casualties.", ("40", "12")),
        ("Rescuers found the bodies of 12 miners.", "Nine miners were killed.", ("12", "Nine")),
        ("Twelve people were among the victims.", "Nine people were killed.", ("Twelve", "Nine")),
    ],
)
def test_a_toll_without_its_event_is_still_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


# --- "per cent" is "percent" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Inflation was 6.1 per cent in October.", "Inflation was 6.1% in October."),
        ("Turnout rose 4 per cent.", "Turnout rose 4 percent."),
    ],
)
def test_per_cent_reads_as_percent(text_a: str, text_b: str) -> None:
    assert normalize_text(text_a).text == normalize_text(text_b).text


def test_per_alone_is_kept() -> None:
    assert "per" in normalize_text("Fares rose 10 cents per ride.").text.split()


# --- advert lines with their label, social-media prompts -----------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Advertisement: Hendrik's Hardware - generators and tools, open daily.",
            "advert / call to action",
        ),
        ("Sponsored: Compare fixed-rate savings accounts today.", "advert / call to action"),
        ("ADVERTISEMENT | Book your stay now", "advert / call to action"),
        ("Follow Coast Radio on social media for live updates.", "share / subscribe prompt"),
        ("Follow us on Instagram for more pictures.", "share / subscribe prompt"),
    ],
)
def test_advert_lines_and_social_prompts_are_boilerplate(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Advertisements for the drug were banned in March.",
        "Sponsored by the city, the fair opened on Monday.",
        "Promoted to colonel in 2019, she led the unit.",
        "Follow-up checks on Facebook posts found no fraud.",
        "Followers of the sect gathered on Sunday.",
    ],
)
def test_sentences_that_only_open_with_those_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


# --- "never" against an act dated a year or more back ----------------------------------------


def _negation_clusters(report: Report) -> list[set[str]]:
    claims = {c.id: c.text for c in report.claims}
    return [
        {claims[i] for i in cluster.claim_ids}
        for cluster in report.clusters
        if any(c.type is ConflictType.NEGATION for c in cluster.conflicts)
    ]


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
    assert _negation_clusters(build_report([folder])) == [{dated, never}]


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
    assert _negation_clusters(build_report([folder])) == []


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
    assert ConflictType.ANTONYM in _types(text_a, text_b)


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
    assert ConflictType.ANTONYM not in _types(text_a, text_b)


def test_opposite_acts_on_one_day_still_conflict() -> None:
    assert ConflictType.ANTONYM in _types(
        "Talks were suspended on March 3, 2026.", "Talks resumed on March 3, 2026."
    )


# --- who "it" is: bodies named by what they do, a group that names itself --------------------


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The regulator said it had opened an inquiry.", "The regulator had opened an inquiry."),
        (
            "The operator said it would resume services on Sunday.",
            "The operator would resume services on Sunday.",
        ),
        ("The airline said it had grounded two jets.", "The airline had grounded two jets."),
        (
            "A group calling itself Ferrule said it carried out the attack.",
            "A group calling itself Ferrule carried out the attack.",
        ),
    ],
)
def test_it_in_reported_speech_is_the_body_that_spoke(text: str, claim_text: str) -> None:
    assert claim_text in [said for said, _ in parse_facts(text)]


@pytest.mark.parametrize(
    ("speaker", "pronouns"),
    [
        ("The regulator", {"it"}),
        ("the rail operator", {"it"}),
        # the noun before the name it gives itself decides, not the name
        ("A group calling itself Ferrule", {"it"}),
        ("a rebel group known as the Front", {"it"}),
        ("the company called Velmora Freight", {"it"}),
    ],
)
def test_the_head_of_a_speaker_that_names_itself(speaker: str, pronouns: set[str]) -> None:
    assert speaker_pronouns(speaker, {}.get, lambda word: False) == pronouns


def test_a_reflexive_that_a_verb_takes_stays_in_the_speaker() -> None:
    assert without_reflexive("A group calling itself Ferrule") == "A group calling itself Ferrule"
    assert without_reflexive("Trump himself") == "Trump"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "A criminal group called BlackMoth claimed responsibility for the attack.",
            "ent_blackmoth",
        ),
        ("A man named Tom Berg was arrested on Monday.", "ent_tom_berg"),
        ("A militia known as the Northern Front seized the town.", "ent_northern_front"),
    ],
)
def test_a_name_given_after_the_subject_is_who_acts(text: str, agent: str) -> None:
    key = normalize_claim(parse.parse_statement(text, "a:1", "a"))
    assert key.agent == frozenset({agent})


def test_a_given_name_the_parser_did_not_mark_is_who_acts() -> None:
    # "A group calling itself Ferrule" put for "it" in reported speech: no entity was found
    # there, the capitalised name after "calling itself" is the agent all the same
    subject = "A group calling itself Ferrule"
    key = normalize_claim(claim(f"{subject} carried out the attack.", subject=subject))
    assert key.agent == frozenset({"ent_ferrule"})
    lower = "A group calling itself ferrule"
    key = normalize_claim(claim(f"{lower} carried out the attack.", subject=lower))
    assert key.agent == frozenset()


def test_a_subject_without_a_given_name_has_no_agent() -> None:
    key = normalize_claim(parse.parse_statement("A criminal group claimed the attack.", "a:1", "a"))
    assert key.agent == frozenset()


# --- the paper's note on its own writer -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Greta Sollen writes on business for the Halden Post.", "Halden Post"),
        ("Mara Quist covers health for the Zurlin Daily.", "Zurlin Daily"),
        ("Sanne Koval is the Drava Tribune's chief reporter.", "Drava Tribune"),
    ],
)
def test_a_note_on_the_outlets_own_writer_is_noise(line: str, source: str) -> None:
    assert own_author_note(line, source)
    text = f"The mine reopened on Monday.\n\n{line}\n"
    article = Article(id="a", path="a.md", source=source, text=text)
    for memoised in (False, True):  # a sentence seen before is read from the memo
        claims = parse.parse_article(article)
        kept = [c.text for c in claims if c.kind is Kind.FACT]
        assert kept == ["The mine reopened on Monday."], memoised


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # another outlet's writer, or someone the story is about
        ("Greta Sollen writes on business for the Halden Post.", "Coast Radio"),
        ("Tom Berg is the mayor's chief of staff.", "Halden Post"),
        # a story's sentence that names the outlet
        ("Economists polled by the Halden Post had expected the move.", "Halden Post"),
        ("No source given writes for the Post.", None),
    ],
)
def test_other_lines_naming_a_writer_or_the_outlet_are_kept(line: str, source: str | None) -> None:
    assert not own_author_note(line, source)
