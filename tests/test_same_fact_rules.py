"""Same fact in other words: office synonyms, retiring from a post, and precise figures that
tie two sentences to one fact (without ever making them the same statement)."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrack import compare_claims, match
from claimtrack.compare import statement_keys
from claimtrack.match import ScoredPair, features, frames, names, rules, table
from claimtrack.normalize import MatchKey, normalize_text
from claimtrack.options import Options


@pytest.mark.parametrize(
    "text",
    [
        "Maria Alvarez was inaugurated as the 12th governor of the state on Monday.",
        "Maria Alvarez took the oath of office on Monday to become the 12th governor.",
        "Maria Alvarez took office as governor on Monday.",
        "Maria Alvarez assumed office on Monday as the state's 12th governor.",
        "The inauguration of Maria Alvarez as governor drew thousands on Monday.",
    ],
)
def test_taking_up_an_office_is_one_predicate_class(text: str) -> None:
    assert "take_office" in normalize_text(text).predicates


def test_a_thing_that_is_inaugurated_is_opened_not_an_office_taken() -> None:
    assert normalize_text("The mayor inaugurated a new bridge over the river.").predicates == {
        "open"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive would be retiring at the end of March.",
        "The chief executive will retire at the end of March.",
        "The chief executive plans to retire at the end of March.",
        "The chief executive is retiring at the end of March.",
        "The chief executive will step down at the end of March.",
        "The chief executive will resign at the end of March.",
    ],
)
def test_retiring_from_a_post_is_resigning_it(text: str) -> None:
    assert normalize_text(text).predicates == {"resign"}


@pytest.mark.parametrize(
    "text",
    [
        "Osei, a retired army colonel, led the inquiry.",
        "The panel heard from three retired judges.",
    ],
)
def test_a_retired_career_is_no_resignation(text: str) -> None:
    assert "resign" not in normalize_text(text).predicates


@pytest.mark.parametrize(
    "text",
    [
        "Terms of the deal with the three suppliers will be settled within a month.",
        "Terms of the agreement with the three suppliers will be settled within a month.",
        "Terms of those deals will be settled within a month.",
        "The pact with the three suppliers is to be settled within a month.",
        "Both sides signed the accord with the three suppliers on Monday.",
    ],
)
def test_a_deal_an_agreement_and_a_pact_are_one_class(text: str) -> None:
    assert "settlement" in normalize_text(text).predicates


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will deal with the backlog next week.",
        "According to the ministry, the backlog will be cleared next week.",
    ],
)
def test_dealing_with_something_and_according_to_are_no_deal(text: str) -> None:
    assert "settlement" not in normalize_text(text).predicates


@pytest.mark.parametrize(
    ("number", "precise"),
    [
        ("52417806", True),
        ("1273", True),
        ("31.55", True),
        ("35.7", True),
        ("2014", False),  # a year
        ("1200", False),  # a round figure
        ("13600000", False),
        ("12", False),
        ("3.5", False),
    ],
)
def test_a_precise_figure_has_enough_significant_digits(number: str, precise: bool) -> None:
    assert table.precise_figure(number) is precise


FIGURE_FACT = "The foundation paid $2,417,806 in property taxes and $918,344 in fees."
FIGURE_FACT_AGAIN = (
    "Records show that from 2015 through 2019 the foundation paid $2,417,806 in property "
    "taxes, an effective rate of 12.4 percent."
)


def test_a_shared_precise_figure_links_two_tellings_of_one_fact() -> None:
    comparison = compare_claims(FIGURE_FACT, FIGURE_FACT_AGAIN)
    # each sentence adds something: not the same statement, but scored as one fact
    assert not comparison.same_claim
    assert comparison.score == rules.FIGURE_BACKED_SCORE
    assert comparison.score < Options().threshold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same precise figure for different things: no strong frame similarity
        ("The museum counted 2,417,806 visitors last year.", FIGURE_FACT),
        # different figures for one counted thing: a conflict for the judge, never a lift
        ("12 people died in the flooding on Sunday.", "21 people died in the flooding on Sunday."),
        # a round figure shared is common to many facts
        (
            "The city paid $1,200 in fees to the contractor.",
            "The city paid $1,200 in fees to the contractor, records from the council show.",
        ),
    ],
)
def test_no_lift_without_a_shared_precise_figure_and_a_strong_frame(a: str, b: str) -> None:
    keys = [normalize_text(a), normalize_text(b)]
    plain, _, _ = match.score_keys(*keys)
    model = float(features.model_scores(features.pair_features(keys[:1], keys[1:]))[0])
    assert plain == pytest.approx(model)


def test_the_lift_is_the_same_in_batch_and_pair_by_pair() -> None:
    keys = [normalize_text(FIGURE_FACT), normalize_text(FIGURE_FACT_AGAIN)]
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, Options())
    single, similarity, vetoed = match.score_keys(*keys)
    assert pair.score == single == rules.FIGURE_BACKED_SCORE
    assert pair.similarity == similarity >= frames.STRONG_SIMILARITY
    assert not vetoed
    assert match.same_fact(pair, Options())
    assert not match.is_match(pair, Options())


def keyed(text: str) -> MatchKey:
    """The match key ``compare_claims`` scores: parsed (names found), then normalized."""
    _, _, key, _ = statement_keys(text, "-", Options())
    return key


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Maria Alvarez will not resign.", "Ms. Alvarez will not resign."),
        ("Maria Alvarez will retire at the end of March.", "Alvarez will retire in March."),
    ],
)
def test_a_full_name_and_a_bare_surname_are_one_name(full: str, short: str) -> None:
    a, b = keyed(full), keyed(short)
    assert names.name_variants(a.tokens, b.tokens) == 1
    other = keyed(short.replace("Alvarez", "Okafor"))
    assert names.name_variants(a.tokens, other.tokens) == 0


def test_two_full_names_that_end_alike_are_not_one_name() -> None:
    a = keyed("North Korea halted its missile tests on Saturday.")
    b = keyed("South Korea halted its missile tests on Saturday.")
    assert names.name_variants(a.tokens, b.tokens) == 0


def test_name_variants_count_the_same_in_batch_and_pair_by_pair() -> None:
    texts = [
        "Maria Alvarez will not resign.",
        "Ms. Alvarez will not resign.",
        "North Korea halted its missile tests on Saturday.",
        "South Korea halted its missile tests on Saturday.",
        "Alvarez will retire in March.",
        # a possessive, both forms of one name in one claim, a name ending in an institution
        "Alvarez's deputy will not resign.",
        "Mike Pence will retire in March.",
        "Pence's deputy will retire in March.",
        "Maria Alvarez told Alvarez's deputy she will retire in March.",
        "The United States said state officials will not resign.",
    ]
    keys = [keyed(t) for t in texts]
    pairs = np.array([[i, j] for i in range(len(keys)) for j in range(i + 1, len(keys))])
    for pair in match.score_pairs(pairs, keys, Options()):
        assert pair.similarity == match.similarity(keys[pair.left], keys[pair.right])


def test_a_surname_makes_a_short_restatement_related_to_the_full_one() -> None:
    full = keyed("Maria Alvarez, the governor, said on Wednesday she had no plans to resign.")
    short = keyed("I will not resign, said Ms. Alvarez, who faced questions about her health.")
    other = keyed("I will not resign, said Ms. Okafor, who faced questions about her health.")
    assert match.similarity(full, short) > match.similarity(full, other)


QUOTE = "When the budget passed, the mayor warned that there is no room for waste in the city."
QUOTE_AGAIN = "Answering critics of the new stadium, Mayor Okafor said: there is no room for waste."


def test_one_quotation_in_two_sentences_is_one_fact() -> None:
    a, b = keyed(QUOTE), keyed(QUOTE_AGAIN)
    assert frames.quoted(a, b)
    assert match.similarity(a, b) >= frames.STRONG_SIMILARITY


def test_a_quotation_without_the_verbatim_words_is_not_lifted() -> None:
    a = keyed(QUOTE)
    b = keyed("Answering critics of the new stadium, Mayor Okafor said waste had no place.")
    assert not frames.quoted(a, b)
    assert match.similarity(a, b) < frames.STRONG_SIMILARITY


def test_a_shared_title_and_name_is_no_quotation() -> None:
    a = keyed("Officials met with Foreign Minister Ana Lucia Torres on Monday to discuss trade.")
    b = keyed("Protesters marched against Foreign Minister Ana Lucia Torres on Monday.")
    assert not frames.quoted(a, b)


def test_verbatim_words_do_not_join_two_events() -> None:
    a = keyed("Police arrested two men at the border crossing.")
    b = keyed("Police attacked two men at the border crossing.")
    assert frames.quoted(a, b)
    assert match.similarity(a, b) < frames.STRONG_SIMILARITY


def test_the_quotation_lift_is_the_same_in_batch_and_pair_by_pair() -> None:
    texts = [
        QUOTE,
        QUOTE_AGAIN,
        "Police arrested two men at the border crossing.",
        "Police attacked two men at the border crossing.",
    ]
    keys = [keyed(t) for t in texts]
    pairs = np.array([[i, j] for i in range(len(keys)) for j in range(i + 1, len(keys))])
    scored = {p.key: p for p in match.score_pairs(pairs, keys, Options())}
    assert scored[(0, 1)].similarity == frames.STRONG_SIMILARITY
    for pair in scored.values():
        assert pair.similarity == match.similarity(keys[pair.left], keys[pair.right])


def test_a_name_ending_in_a_common_word_is_no_surname() -> None:
    a = keyed("Talks between Iran and the United States stalled on Monday.")
    b = keyed("Iran's state media said talks stalled on Monday.")
    assert names.name_variants(a.tokens, b.tokens) == 0


def test_a_possessive_surname_is_the_surname() -> None:
    full = frozenset({"ent_maria_alvarez", "@resign"})
    assert names.name_variants(full, frozenset({"alvarez's", "offic"})) == 1
    assert names.name_variants(full, frozenset({"alvarez\u2019s", "offic"})) == 1
    assert names.name_variants(full, frozenset({"okafor's", "offic"})) == 0


@pytest.mark.parametrize(
    ("full", "possessive", "other"),
    [
        # the surname's stem ("lepag", "reynold", "penc") is what the possessive gives once
        # stemmed: read as written ("lepage"), it met no surname the stemmer shortens
        ("ent_paul_lepage", "lepage's", "page's"),
        ("ent_kim_reynolds", "reynolds\u2019s", "reyna's"),
        ("ent_mike_pence", "pence's", "pen's"),
    ],
)
def test_a_possessive_surname_is_stemmed_like_the_surname(
    full: str, possessive: str, other: str
) -> None:
    name = frozenset({full, "@resign"})
    assert names.name_variants(name, frozenset({possessive, "ally"})) == 1
    assert names.name_variants(name, frozenset({other, "ally"})) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The minister walked back her remarks about the pension plan.",
        "The club walked back its statement on ticket prices.",
        "The minister backtracked on her pledge to the nurses.",
        "The witness recanted his testimony.",
        "The paper retracted the story on Tuesday.",
        "The retraction of the story came a day later.",
    ],
)
def test_taking_back_ones_words_is_one_predicate_class(text: str) -> None:
    assert normalize_text(text).predicates == {"retract"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister walked back to her car.",
        "The hikers walked back the way they came.",
        "The team walked back onto the pitch.",
    ],
)
def test_walking_back_somewhere_takes_back_nothing(text: str) -> None:
    assert "retract" not in normalize_text(text).predicates


def test_a_retraction_and_a_denial_are_one_frame_not_one_predicate() -> None:
    taken_back = normalize_text("The senator walked back her comments.")
    denied = normalize_text("The senator disputed the reports.")
    assert taken_back.predicates.isdisjoint(denied.predicates)
    assert not taken_back.frames.isdisjoint(denied.frames)


def one_fact(a: str, b: str) -> bool:
    """The pipeline's same-fact rule on two sentences (a pair the scorer drops is none)."""
    scored: list[ScoredPair] = list(
        match.score_pairs(np.array([[0, 1]]), [keyed(a), keyed(b)], Options())
    )
    return bool(scored) and match.same_fact(scored[0], Options())


def test_one_speaker_disowning_a_story_on_one_day_is_one_fact() -> None:
    assert one_fact(
        "Senator Ana Ruiz pushed back on Thursday against reports that she would leave the party.",
        "Ruiz walked back her comments on Thursday.",
    )


def test_two_people_disowning_things_on_one_day_are_two_facts() -> None:
    assert not one_fact(
        "Senator Ana Ruiz pushed back against reports of a hospital closure on Thursday.",
        "Mayor Tom Berg walked back his comments on Thursday.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bridge requires repairs.",
        "The bridge needs repairs.",
        "Repairs to the bridge are necessary.",
        "The requirement for repairs surprised the council.",
    ],
)
def test_a_need_is_one_predicate_class(text: str) -> None:
    assert normalize_text(text).predicates == {"need"}


def test_not_necessarily_is_a_hedge_not_a_need() -> None:
    assert "need" not in normalize_text("The repairs are not necessarily urgent.").predicates


def test_no_further_is_no_more() -> None:
    assert (
        normalize_text("No further talks are planned.").text
        == normalize_text("No more talks are planned.").text
    )


def test_requiring_no_further_checks_is_needing_no_more() -> None:
    assert compare_claims(
        "The airline required no further safety checks on its older jets because the engines"
        " had already been replaced.",
        "As the engines have been replaced, the airline said it is not necessary to carry out"
        " any more checks on the jets.",
    ).same_claim


def test_needing_no_more_drills_is_not_holding_more() -> None:
    assert not compare_claims(
        "The school required no further fire drills this term.",
        "The school held more fire drills this term.",
    ).same_claim
