"""Stance of a statement towards a claim (``claimtrack.stance``, ``compare.statement_stance``).

Sentences written for these tests: several wordings that must take a stance, and near
misses that must not.
"""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.compare import article_stance, statement_stance, supported_by
from claimtrack.models import Claim, Comparison, Stance
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from claimtrack.stance import (
    coverage,
    dismissed_report,
    headline_hedge,
    hedging_cue,
    holds_predicate,
    main_clause_negated,
    mostly_reported,
    overall_stance,
    refuting_cue,
    stance_of,
)

CLAIM = "The harbour master resigned after the ferry collision"


def _statement(text: str, name: str = "s") -> Claim:
    return parse.parse_statement(text, name, name)


@pytest.mark.parametrize(
    "source",
    [
        "Harbour master resignation after ferry collision is a hoax",
        "Story that the harbour master resigned after the ferry collision is fake",
        "Port authority denies harbour master resigned after ferry collision",
        "Claims the harbour master resigned over the ferry collision are false",
        "Harbour master resignation story debunked by port officials",
        "Harbour master did not resign after the ferry collision",
        "Paper retracts story that the harbour master resigned after the ferry collision",
        "Reports of a harbour master resignation after the ferry collision are inaccurate",
        # a claim turned down in so many words
        "Port authority shoots down claims the harbour master resigned after ferry collision",
        "Port rebuffs claims that the harbour master resigned after the ferry collision",
        "Officials cast doubt on harbour master resignation after ferry collision",
    ],
)
def test_a_debunking_or_negating_statement_conflicts(source: str) -> None:
    assert statement_stance(CLAIM, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "Harbour master resignation after ferry collision is no hoax, port confirms",
        "Harbour master resignation after ferry collision is not fake",
        "Harbour master resignation after ferry collision: real or hoax?",
        "Fake or real: the harbour master resigned after the ferry collision",
        "Is the harbour master resignation after the ferry collision a hoax?",
    ],
)
def test_a_negated_asked_or_open_refutation_is_not_a_conflict(source: str) -> None:
    assert statement_stance(CLAIM, source) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "Fake banknotes found in a city bakery",
        "Council denies plan to close the library on Sundays",
        # turning down a plan, or shooting down a drone, refutes no report
        "Harbour master rejects plan for ferry collision inquiry",
        "Harbour master resigned after the ferry collision; navy shot down a drone",
    ],
)
def test_a_refuting_cue_about_something_else_is_not_a_conflict(source: str) -> None:
    assert statement_stance(CLAIM, source) is not Stance.CONFLICTS


def test_a_claim_that_itself_debunks_is_not_contradicted_by_another_debunking() -> None:
    claim = "The photo of the shark on the flooded motorway is fake"
    source = "Shark on flooded motorway photo is a hoax, experts say"
    assert statement_stance(claim, source) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "Harbour master reportedly resigned after the ferry collision",
        "Harbour master may have resigned after the ferry collision",
        "Rumours: harbour master resigned after the ferry collision",
        "Did the harbour master resign after the ferry collision?",
        "Harbour master resigned after the ferry collision, union claims",
        "Union: harbour master resigned after the ferry collision",
        "Harbour master resigned after the ferry collision - port union",
        "Harbour master resigned after the ferry collision: port union",
        "Harbour master resigned after the ferry collision: sources",
        "Harbour master feared to have resigned after the ferry collision",
    ],
)
def test_a_hedged_rumoured_attributed_or_asked_statement_is_hedged(source: str) -> None:
    assert statement_stance(CLAIM, source) is Stance.HEDGED


@pytest.mark.parametrize(
    "source",
    [
        "The harbour master resigned after the ferry collision",
        "Harbour master resigns after ferry collision",
        "After the ferry collision, the harbour master resigned",
        "BREAKING: Harbour master resigned after the ferry collision",
        "Ferry collision: harbour master resigned after the crash",
    ],
)
def test_a_restatement_as_asserted_fact_supports(source: str) -> None:
    assert statement_stance(CLAIM, source) is Stance.SUPPORTS


@pytest.mark.parametrize(
    "source",
    [
        "Harbour master of Dunmore Ridge dead at 61",
        "Dunmore Ridge harbour master dies, aged 61",
    ],
)
def test_a_copular_claim_is_held_by_its_words_not_by_the_verb_be(source: str) -> None:
    """ "X is dead": the predicate is "be", which says nothing of the act; the source
    restates the claim with its words, as a claim without a verb would be held."""
    claim = "The harbour master of Dunmore Ridge is dead"
    assert statement_stance(claim, source) is Stance.SUPPORTS


def test_the_verb_be_is_not_looked_for_in_the_source() -> None:
    """The rule itself: a headline never writes "is", so "be" must not be required."""
    claim = _statement("The harbour master of Dunmore Ridge is dead", "c")
    source = _statement("Harbour master of Dunmore Ridge dead at 61")
    assert claim.predicate == "be"
    assert holds_predicate(claim, normalize_claim(claim), normalize_claim(source))


def test_a_copular_claim_is_not_supported_by_a_statement_on_something_else() -> None:
    claim = "The harbour master of Dunmore Ridge is dead"
    source = "Dunmore Ridge ferry timetable changes for winter"
    assert statement_stance(claim, source) is not Stance.SUPPORTS


def test_a_plan_restated_as_a_plan_supports() -> None:
    claim = "The port will close the ferry terminal in May"
    assert statement_stance(claim, "Port to close ferry terminal in May") is Stance.SUPPORTS


@pytest.mark.parametrize(
    "source",
    [
        "Ferry timetables change for the winter season",
        "City council debates new parking rules downtown",
    ],
)
def test_a_statement_on_something_else_does_not_support(source: str) -> None:
    assert statement_stance(CLAIM, source) in (Stance.RELATED, Stance.UNRELATED)


def test_refuting_cue_names_the_word_and_ignores_the_claims_own() -> None:
    claim = _statement("The hoax caller was arrested in Leeds")
    source = _statement("Hoax caller arrested in Leeds, police say")
    assert refuting_cue(source, claim) is None
    debunk = _statement("Arrest of the caller in Leeds was fabricated")
    assert refuting_cue(debunk, _statement("The caller was arrested in Leeds")) == "fabricated"


def test_a_denied_refutation_defends_the_claim() -> None:
    claim = _statement("The singer cancelled her tour")
    source = _statement("The singer denies the hoax reports about her tour")
    assert refuting_cue(source, claim) is None


def test_hedging_cue_only_when_the_claim_does_not_share_it() -> None:
    hedged = _statement("The bridge may close in May")
    assert hedging_cue(_statement("The bridge may close in May"), hedged) is None
    plain = _statement("The bridge will close in May")
    assert hedging_cue(_statement("The bridge reportedly closes in May"), plain) is not None


@pytest.mark.parametrize(
    "claim",
    [
        "The harbour master reportedly resigned after the ferry collision",
        "Rumours say the harbour master resigned after the ferry collision",
        "Did the harbour master resign after the ferry collision?",
    ],
)
def test_a_debunking_does_not_contradict_a_claim_that_only_reports(claim: str) -> None:
    source = "Harbour master resignation after the ferry collision is a hoax"
    assert statement_stance(claim, source) is not Stance.CONFLICTS
    assert statement_stance(CLAIM, source) is Stance.CONFLICTS  # the claim stated as fact


def test_a_speaker_label_does_not_stop_a_denial() -> None:
    source = "Port union: harbour master did not resign after the ferry collision"
    assert statement_stance(CLAIM, source) is Stance.CONFLICTS


def test_a_source_calling_the_claim_false_never_supports_it() -> None:
    claim = _statement("The mayor resigned on Tuesday")
    debunk = _statement("Reports that the mayor resigned on Tuesday are false")
    plain = _statement("The mayor resigned on Tuesday")
    assert supported_by(claim, [debunk, plain]) == [False, True]


def test_an_article_sentence_needs_the_claims_words_to_refute_it() -> None:
    claim = _statement("The museum sold its oldest painting to a private collector")
    far = _statement("A fake ticket scheme also troubled the city's museums last year", "a")
    near = _statement(
        "The museum's sale of its oldest painting to a private collector is a hoax", "b"
    )
    assert article_stance(claim, [far]) is not Stance.CONFLICTS
    assert article_stance(claim, [far, near]) is Stance.CONFLICTS


def test_overall_stance_order() -> None:
    assert overall_stance([Stance.HEDGED, Stance.SUPPORTS]) is Stance.SUPPORTS
    assert overall_stance([Stance.SUPPORTS, Stance.CONFLICTS]) is Stance.CONFLICTS
    assert overall_stance([Stance.RELATED]) is Stance.RELATED
    assert overall_stance([]) is Stance.UNRELATED
    assert overall_stance([Stance.CONFLICTS], article_related=False) is Stance.UNRELATED
    assert overall_stance([], article_related=True) is Stance.RELATED


LANE = "The city council approved a new cycle lane on Mill Road"


@pytest.mark.parametrize(
    "source",
    [
        "Councillors back Mill Road cycle lane plan",
        "Cyclists cheer as council green-lights Mill Road lane",
        # what the act is done to, named without the council or the verb
        "Cycle lane for Mill Road wins vote",
    ],
)
def test_an_unhedged_headline_telling_the_story_in_other_words_supports(source: str) -> None:
    assert statement_stance(LANE, source) is Stance.SUPPORTS


@pytest.mark.parametrize(
    "source",
    [
        "Mill Road could get cycle lane after council vote",
        "Mill Road cycle lane said to win council backing",
        "Transport chief expects council to approve Mill Road cycle lane",
        "Possible cycle lane for Mill Road after council vote",
    ],
)
def test_a_headline_passing_the_story_on_as_expected_or_possible_does_not_support(
    source: str,
) -> None:
    assert statement_stance(LANE, source) is not Stance.SUPPORTS


@pytest.mark.parametrize(
    "source",
    [
        # only the claim's place name in common
        "Mill Road traffic jams worsen over winter",
    ],
)
def test_a_headline_sharing_only_the_claims_names_does_not_support(source: str) -> None:
    assert statement_stance(LANE, source) is not Stance.SUPPORTS


def test_a_headline_on_another_event_in_the_same_place_does_not_support() -> None:
    claim = "The fishing trawler sank off the northern coast during the storm on Tuesday"
    assert statement_stance(claim, "Trawler lost off the coast in Tuesday storm") is (
        Stance.SUPPORTS
    )
    other = "Northern coast storm floods seafront homes"
    assert statement_stance(claim, other) is not Stance.SUPPORTS


TOUR = "The singer cancelled her world tour"


def test_a_headline_negating_its_own_statement_denies_the_claim() -> None:
    assert statement_stance(TOUR, "Singer didn't actually scrap her world tour") is (
        Stance.CONFLICTS
    )


@pytest.mark.parametrize(
    "source",
    [
        "Singer who never misses a show cancels her world tour",
        "Singer axes world tour so fans won't be stranded abroad",
        "Singer drops world tour in Europe, not Asia",
        "Singer not only axed her world tour but quit music",
    ],
)
def test_a_negation_in_a_clause_of_its_own_does_not_deny(source: str) -> None:
    assert statement_stance(TOUR, source) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Singer didn't actually scrap her world tour", True),
        ("No, the museum is not closing", True),
        ("Bridge never reopened after the flood", True),
        ("Singer who never misses a show cancels her tour", False),
        ("Council buys the field so it won't be built on", False),
        ("Tour moves to Europe, not Asia", False),
        ("Singer not only axed her tour but quit music", False),
        ("Nurse fired for not washing her hands", False),
    ],
)
def test_main_clause_negated(text: str, negated: bool) -> None:
    assert main_clause_negated(text) is negated


def test_a_headline_hedge_the_claim_shares_is_no_hedge() -> None:
    claim = _statement("The bakery is said to close its city branch", "c")
    assert headline_hedge(_statement("Bakery said to close city branch"), claim) is None
    plain = _statement("The bakery closed its city branch", "c")
    assert headline_hedge(_statement("Bakery said to close city branch"), plain) == "said to"


@pytest.mark.parametrize(
    "source",
    [
        # "that" opening the headline points; it opens no clause of its own
        "That singer didn't pull the plug on her world tour",
        "No, that singer didn't pull the plug on her world tour",
    ],
)
def test_a_headline_opening_with_a_pointing_that_can_deny(source: str) -> None:
    assert statement_stance(TOUR, source) is Stance.CONFLICTS


def test_a_leading_no_negates_only_when_asked_for_and_not_as_an_answer() -> None:
    words = frozenset({"no", "not", "never"})
    assert main_clause_negated("No cycle lane for Mill Road after all", words)
    assert not main_clause_negated("No cycle lane for Mill Road after all")
    assert not main_clause_negated("No, the cycle lane opens on Monday", words)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a verb's own negation after an aside's comma still denies; a bare "not" there
        # contrasts ("in Europe, not Asia")
        ("No, the bridge, shut since the flood, won't reopen in May", True),
        ("The bridge, shut since the flood, isn't reopening", True),
        ("Bridge reopens to buses, not lorries", False),
    ],
)
def test_a_verb_negation_after_a_comma_is_no_contrast(text: str, negated: bool) -> None:
    assert main_clause_negated(text) is negated


PANEL = "The festival booked a panel on housing that didn't include any tenants"


@pytest.mark.parametrize(
    "source",
    [
        "No, the festival is not holding a housing panel without tenants",
        "That festival housing panel everyone is sharing isn't real",
    ],
)
def test_a_claim_negated_only_in_its_relative_clause_can_be_denied(source: str) -> None:
    assert statement_stance(PANEL, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the claim's own main clause is negated: a negated headline agrees with it
        ("The festival did not book a panel on housing", "Festival has not booked housing panel"),
        # "without" negates inside the claim; a headline negating another act does not deny it
        (
            "The singer cancelled her tour without telling her fans",
            "Singer cancels tour, doesn't tell her band",
        ),
    ],
)
def test_a_claim_negated_in_its_main_clause_is_not_denied_by_a_negation(
    claim: str, source: str
) -> None:
    assert statement_stance(claim, source) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "Harbour master kills rumour he resigned after ferry collision",
        "Port laughs off reports the harbour master resigned after ferry collision",
        "Harbour master at work on Monday despite resignation rumours after ferry collision",
        "Harbour master still in post after ferry collision, contrary to reports",
        "Minister shoots down the mayor's assertion that harbour master resigned over collision",
        "Port authority quashes harbour master resignation story after ferry collision",
    ],
)
def test_a_headline_waving_a_report_away_conflicts(source: str) -> None:
    assert statement_stance(CLAIM, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        # the dismissing word with no report noun after it, or the report in another clause
        "Harbour master resigned after ferry collision that killed two",
        "Ferry collision killed two - reports",
        "Harbour master resigned after the ferry collision, despite the port's pleas",
        # negated, left open, asked, or defending the claim against a falsity word
        "Port does not dismiss reports the harbour master resigned after ferry collision",
        "Port refuses to confirm or deny reports harbour master resigned after collision",
        "Will the port quash reports the harbour master resigned after the collision?",
        "Harbour master denies hoax claims that he resigned after the ferry collision",
    ],
)
def test_a_dismissing_word_without_a_dismissed_report_is_no_conflict(source: str) -> None:
    assert statement_stance(CLAIM, source) is not Stance.CONFLICTS


def test_a_claim_that_dismisses_a_report_itself_is_not_refuted_by_another_dismissal() -> None:
    source = _statement("Port quashes harbour master resignation rumours")
    assert dismissed_report(source, _statement(CLAIM, "c")) == "quashes"
    claim = _statement("The port dismissed reports that the harbour master resigned", "c")
    assert dismissed_report(source, claim) is None


DUNMORE = "The veteran harbour master of Dunmore resigned on Tuesday after the ferry collision"


@pytest.mark.parametrize(
    "source",
    ["Dunmore story is a hoax", "Rumours about Dunmore debunked", "A bogus Dunmore scoop"],
)
def test_a_headline_calling_false_what_it_names_of_the_claim_conflicts(source: str) -> None:
    # one word of a long claim is enough for a headline that calls it false
    assert statement_stance(DUNMORE, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        # the refuting word qualifies something the claim does not name
        "Fake banknotes found in Dunmore",
        "Satirical site mocks Dunmore council",
        "Hoax call closes Dunmore bridge",
        # nothing of the claim named
        "Story of the talking parrot is a hoax",
    ],
)
def test_a_refuting_word_on_another_thing_does_not_refute_a_long_claim(source: str) -> None:
    assert statement_stance(DUNMORE, source) is not Stance.CONFLICTS


QUAY = "The port closed the north quay after the storm"


@pytest.mark.parametrize(
    "source",
    [
        # a label naming the claim's topic introduces a quotation when the rest says "we"
        "Port: we have closed the north quay after the storm",
        "Port video: the north quay is in our hands after the storm",
        # a topic label first, a speaker label last
        "Quay closed after storm: insiders",
    ],
)
def test_a_speaker_label_that_names_the_topic_or_follows_one_hedges(source: str) -> None:
    assert statement_stance(QUAY, source) is Stance.HEDGED


@pytest.mark.parametrize(
    "source",
    [
        "Port: north quay closed after the storm",
        # "US" is the country, not "us"
        "Port: US navy ships leave north quay after storm closes it",
        "North quay closed after storm: photos",
        "North quay closed after storm: details",
    ],
)
def test_a_topic_label_or_a_flag_does_not_hedge(source: str) -> None:
    assert statement_stance(QUAY, source) is Stance.SUPPORTS


def test_a_possessive_names_the_word_it_owns() -> None:
    claim = normalize_claim(_statement("The mayor of Dunmore resigned", "c"))
    assert coverage(claim, normalize_claim(_statement("Dunmore's mayor resigned"))) == 1.0
    owl = "A rare owl nested in Dunmore"
    assert statement_stance(owl, "Owl chicks hatch in Dunmore's church tower") is Stance.SUPPORTS


@pytest.mark.parametrize(
    "source",
    [
        "Experts doubt that the harbour master resigned after the ferry collision",
        "Port questions whether harbour master resigned after ferry collision",
        "Prankster tricked readers into thinking harbour master resigned after ferry collision",
        "Harbour master who told of resigning after ferry collision exposed as a hoaxer",
    ],
)
def test_a_headline_doubting_or_calling_a_story_a_deception_conflicts(source: str) -> None:
    assert statement_stance(CLAIM, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "No doubt that the harbour master resigned after the ferry collision",
        "Was the harbour master fooled into thinking he had to resign after the collision?",
        "Harbour master duped or negligent before the ferry collision",
    ],
)
def test_a_negated_asked_or_open_doubt_is_no_conflict(source: str) -> None:
    assert statement_stance(CLAIM, source) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    ("source", "denies"),
    [
        # a hedge that leans one way still denies
        ("No, the singer probably didn't cancel her world tour", True),
        ("Singer apparently not cancelling her world tour after all", True),
        # one that leaves it open does not
        ("Singer may not cancel her world tour", False),
        ("Singer might not have cancelled her world tour", False),
    ],
)
def test_a_denial_leaning_one_way_denies_an_open_one_does_not(source: str, denies: bool) -> None:
    assert (statement_stance(TOUR, source) is Stance.CONFLICTS) is denies


@pytest.mark.parametrize(
    ("source", "denies"),
    [
        ("Singer to cancel her world tour? No, says her manager", True),
        ("Did the singer cancel her world tour? Probably not", True),
        ("Singer cancels world tour? Nope. Here is what happened", True),
        # the question left open, answered yes, or a new statement after it
        ("Did the singer cancel her world tour?", False),
        ("Singer cancels world tour? Yes, and her fans are furious", False),
        ("Singer cancels world tour? No problem for her fans, who get refunds", False),
    ],
)
def test_a_question_answered_no_denies(source: str, denies: bool) -> None:
    assert (statement_stance(TOUR, source) is Stance.CONFLICTS) is denies


@pytest.mark.parametrize(
    "source",
    [
        # the parser folds "not captured" into its opposite act; the headline still denies
        "Aid worker not captured near the border",
        "Charity confirms: aid worker not captured by rebels",
    ],
)
def test_a_negation_folded_into_an_opposite_act_still_denies(source: str) -> None:
    claim = "Rebels captured the aid worker near the border"
    assert statement_stance(claim, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "Local radio reporting harbour master resigned after ferry collision",
        "Questions raised over harbour master resignation after ferry collision",
        "Story going around that the harbour master resigned after the ferry collision",
        "Self-styled harbour master resigns after ferry collision",
    ],
)
def test_a_headline_passing_a_story_on_does_not_support_it(source: str) -> None:
    assert statement_stance(CLAIM, source) is not Stance.SUPPORTS


def test_a_headline_forecast_does_not_support_a_claimed_figure() -> None:
    claim = "The bakery will charge 5 pounds for a loaf"
    assert statement_stance(claim, "Analyst sees bakery loaf price at 5 pounds") is not (
        Stance.SUPPORTS
    )
    assert statement_stance(claim, "Analyst pegs bakery loaf price at 5 pounds") is not (
        Stance.SUPPORTS
    )


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        # a label naming the story's kind or the writer's reaction is no source
        ("Revealed: harbour master resigned after the ferry collision", Stance.SUPPORTS),
        ("It's official: harbour master resigned after ferry collision", Stance.SUPPORTS),
        ("Shocking: harbour master resigned after the ferry collision", Stance.SUPPORTS),
        ("Harbour master resigned after the ferry collision - latest", Stance.SUPPORTS),
        # a label naming who says it is
        ("Official: harbour master resigned after the ferry collision", Stance.HEDGED),
    ],
)
def test_a_flag_label_does_not_hedge_a_speaker_label_does(source: str, stance: Stance) -> None:
    assert statement_stance(CLAIM, source) is stance


CLIMBER = "The climber died on the north face"


@pytest.mark.parametrize(
    "source",
    [
        "Climber is safe after night on the north face",
        "Climber found alive on north face",
        "North face climber alive and well",
        "Climber says she's safe on north face",
    ],
)
def test_a_headline_saying_the_victim_is_safe_denies_the_harm(source: str) -> None:
    assert statement_stance(CLIMBER, source) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "source",
    [
        "It's safe to say the climber died on the north face",
        "Is the north face climber safe?",
        "Rescuers kept the north face climber's tent safe",
        "Climber buried alive on north face",
    ],
)
def test_safe_or_alive_not_said_of_the_victim_denies_nothing(source: str) -> None:
    assert statement_stance(CLIMBER, source) is not Stance.CONFLICTS


def test_a_safe_headline_denies_only_a_claim_of_harm() -> None:
    claim = "The climber reached the top of the north face"
    assert statement_stance(claim, "Climber is safe after night on the north face") is not (
        Stance.CONFLICTS
    )


def test_a_story_flag_is_read_on_headlines_only() -> None:
    # on a headline "Revealed:" is no label of the claim's, so the source's speaker hedges;
    # on an article sentence checked against it, the flag words are not read
    claim = _statement("Revealed: harbour master resigned after the ferry collision", "c")
    source = _statement("Port official: harbour master resigned after the ferry collision")
    assert hedging_cue(source, claim, headline=True) == "Port official"
    assert hedging_cue(source, claim) is None


def _article(claim: str, *sentences: str) -> Stance:
    return article_stance(
        _statement(claim, "claim"), [_statement(s, f"a{i}") for i, s in enumerate(sentences)]
    )


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("The new tablet has a 12-inch screen", "The new tablet has a 10-inch screen"),
        (
            "The ferry carried 40 passengers when it sank",
            "The ferry carried 400 passengers when it sank",
        ),
        (
            "Three workers were hurt in the factory fire",
            "Five workers were hurt in the factory fire",
        ),
        (
            "The minister resigned because of ill health",
            "The minister resigned because of the expenses scandal",
        ),
    ],
)
def test_an_article_sentence_with_another_figure_or_cause_does_not_refute(
    claim: str, sentence: str
) -> None:
    # an article gives figures and causes of many things; as a headline the same words conflict
    assert _article(claim, sentence) is not Stance.CONFLICTS
    assert statement_stance(claim, sentence) is not Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("The new tablet has a 12-inch screen", "The new tablet has a 10-inch screen"),
        (
            "Three workers were hurt in the factory fire",
            "Five workers were hurt in the factory fire",
        ),
    ],
)
def test_a_headline_with_another_figure_still_conflicts(claim: str, sentence: str) -> None:
    assert statement_stance(claim, sentence) is Stance.CONFLICTS


def test_an_article_sentence_negating_the_claim_still_refutes_it() -> None:
    claim = "The museum sold its oldest painting to a private collector"
    denial = "The museum did not sell its oldest painting to a private collector"
    assert _article(claim, denial) is Stance.CONFLICTS


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "The harbour master reportedly resigned after the ferry collision",
            "The harbour master has reportedly resigned after the ferry collision",
        ),
        (
            "The harbour master resigned after the ferry collision, officials say",
            "The harbour master resigned after the ferry collision, port officials said.",
        ),
        (
            "The harbour master allegedly resigned after the ferry collision",
            "The harbour master allegedly resigned after the ferry collision last week.",
        ),
    ],
)
def test_an_article_passing_a_reported_claim_on_the_same_way_hedges_it(
    claim: str, sentence: str
) -> None:
    assert _article(claim, sentence) is Stance.HEDGED


@pytest.mark.parametrize(
    "claim",
    [
        "The harbour master reportedly resigned after the ferry collision",
        "The harbour master resigned after the ferry collision",
    ],
)
def test_an_article_asserting_the_claim_supports_it_hedged_or_not(claim: str) -> None:
    plain = "The harbour master resigned after the ferry collision."
    assert _article(claim, plain) is Stance.SUPPORTS
    # one sentence asserting it outweighs one passing it on
    passed_on = "The harbour master has reportedly resigned after the ferry collision."
    assert _article(claim, passed_on, plain) is Stance.SUPPORTS


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master resigned after the ferry collision, the port authority confirmed on "
        "Friday.",
        "The port authority announced that the harbour master resigned after the ferry collision.",
        "The harbour master resigned after the ferry collision, the port confirms.",
    ],
)
def test_an_article_reporting_a_confirmed_fact_supports_it(sentence: str) -> None:
    assert _article(CLAIM, sentence) is Stance.SUPPORTS


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master resigned after the ferry collision, the port authority said.",
        "The harbour master resigned after the ferry collision, a union official claimed.",
        "According to a union official, the harbour master resigned after the ferry collision.",
    ],
)
def test_an_article_reporting_what_someone_said_hedges_it(sentence: str) -> None:
    assert _article(CLAIM, sentence) is Stance.HEDGED


def test_a_headline_reporting_a_confirmation_stays_hedged() -> None:
    # a headline's attribution is its whole story: only inside an article does "confirmed"
    # report an established fact
    source = "Harbour master resigned after the ferry collision, port authority confirmed"
    assert statement_stance(CLAIM, source) is Stance.HEDGED


MUSEUM = "The museum sold its oldest painting to a private collector"


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum sold its oldest painting to a private collector who once dealt in fake "
        "banknotes.",
        "The museum sold its oldest painting to a private collector known for bogus auctions.",
    ],
)
def test_an_article_cue_qualifying_another_thing_does_not_refute(sentence: str) -> None:
    assert _article(MUSEUM, sentence) is not Stance.CONFLICTS


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial verb takes what follows as its time or object
        "The museum denied angrily that it sold its oldest painting to a private collector.",
        # a report noun after the cue is the story itself
        "Fake news claimed the museum sold its oldest painting to a private collector.",
        "A hoax article claimed the museum sold its oldest painting to a private collector.",
        "The story that the museum sold its oldest painting to a private collector is false.",
    ],
)
def test_an_article_cue_set_against_the_story_still_refutes(sentence: str) -> None:
    assert _article(MUSEUM, sentence) is Stance.CONFLICTS


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum denied angrily that it sold its oldest painting to a private collector.",
        "Curators denied outright that the museum sold its oldest painting to a private collector.",
    ],
)
def test_an_article_denial_verb_is_not_read_as_qualifying_what_follows(sentence: str) -> None:
    # the judge left out (a related pair with no contradiction): the denial verb alone refutes
    claim, source = _statement(MUSEUM, "claim"), _statement(sentence, "a")
    options = Options()
    key, source_key = normalize_claim(claim, options), normalize_claim(source, options)
    related = Comparison(same_claim=False, related=True, score=80.0)
    found = stance_of(claim, source, key, source_key, related, False, in_article=True)
    assert found is Stance.CONFLICTS


PLAIN = "The harbour master resigned after the ferry collision."


@pytest.mark.parametrize(
    "others",
    [
        (
            "The port's chief engineer has reportedly left as well, local radio said.",
            "A union spokesman claimed the ferry's radar had been faulty for months.",
            "Passengers allegedly waited an hour for lifeboats, according to a survivor.",
        ),
        (
            "Rumours swirl that the ferry operator will lose its licence.",
            "The captain may face charges, a prosecutor suggested.",
            "Investigators believe the ferry was overloaded.",
        ),
    ],
)
def test_an_article_mostly_passing_reports_on_hedges_the_claim(others: tuple[str, ...]) -> None:
    assert mostly_reported([_statement(s) for s in others])
    assert _article(CLAIM, PLAIN, *others) is Stance.HEDGED


@pytest.mark.parametrize(
    "others",
    [
        (
            "The port's chief engineer left in March.",
            "The ferry's radar had been faulty for months.",
            "Passengers waited an hour for lifeboats, a survivor said.",
        ),
        (
            "The ferry operator lost its licence on Monday.",
            "The captain faces charges.",
        ),
    ],
)
def test_an_article_stating_most_of_its_story_supports_the_claim(others: tuple[str, ...]) -> None:
    assert not mostly_reported([_statement(s) for s in others])
    assert _article(CLAIM, PLAIN, *others) is Stance.SUPPORTS


@pytest.mark.parametrize(
    "caveat",
    [
        "The footage could not be independently verified.",
        "Port officials have not confirmed the account.",
        "The account has not yet been confirmed by the port.",
        "Reuters could not independently verify the statement.",
    ],
)
def test_an_article_that_could_not_check_its_story_hedges_the_claim(caveat: str) -> None:
    assert _article(CLAIM, PLAIN, caveat) is Stance.HEDGED


@pytest.mark.parametrize(
    "note",
    [
        "The footage was verified by the port authority.",
        "Port officials confirmed the account on Friday.",
        "The ferry had not been inspected since May.",
    ],
)
def test_an_article_that_checked_its_story_supports_the_claim(note: str) -> None:
    assert _article(CLAIM, PLAIN, note) is Stance.SUPPORTS


def test_a_reported_article_still_refutes() -> None:
    assert overall_stance([Stance.SUPPORTS], reported=True) is Stance.HEDGED
    assert overall_stance([Stance.CONFLICTS, Stance.SUPPORTS], reported=True) is Stance.CONFLICTS
    assert overall_stance([Stance.RELATED], True, reported=True) is Stance.RELATED
