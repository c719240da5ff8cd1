"""A hyphenated adjective of an -ing form ("best-selling", "fast-growing") is one word of the
key, no act of a predicate class (``normalize._compound_modifiers``), and a figure written in
a shared name ("the Urban 3", "the Kestrel 400") ties no two acts told in other verbs
(``match.frames._figures_of_a_name``). Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims, match
from claimtrack.match import frames
from claimtrack.normalize import MatchKey, normalize_claim, normalized_tokens
from claimtrack.options import Options
from pair_helpers import scored


def _key(sentence: str) -> MatchKey:
    return normalize_claim(extract_claims(sentence)[0])


# --- the compound adjective -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Torva 5 was its best-selling car in 2023.", "bestsell"),
        ("Pellan is a fast-growing lender.", "fastgrow"),
        ("A self-driving bus crashed in Orlin.", "selfdriv"),
        ("The long-running dispute ended on Friday.", "longrun"),
    ],
)
def test_a_hyphenated_ing_adjective_is_one_word(sentence: str, word: str) -> None:
    tokens = normalized_tokens(sentence)
    assert word in tokens
    assert not any(t.startswith("@") and t[1:] in word for t in tokens)


def test_the_compound_gives_no_predicate_class() -> None:
    assert not _key("The Torva 5 was its best-selling car in 2023.").predicates
    assert "sell" in _key("The Torva 5 sold for $24,000 in most showrooms.").predicates


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        # a verb with a prefix keeps its class
        ("Banks were mis-selling loans to pensioners.", "sell"),
        ("The Orlin bridge is re-opening on Monday.", "open"),
        ("Non-striking staff kept the Orlin clinic running.", "attack"),
        # no hyphen: the -ing form stays a verb
        ("The firm was selling the plant.", "sell"),
    ],
)
def test_other_hyphens_and_plain_ing_forms_keep_their_class(sentence: str, predicate: str) -> None:
    assert predicate in _key(sentence).predicates


def test_a_short_ing_word_after_a_hyphen_is_no_compound() -> None:
    assert "wing" in normalized_tokens("The left-wing party won in Orlin.")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a noun first: the compound keeps its words and their classes
        ("Viewers fell for a gull-dropping clip from Orlin.", {"gull", "@fall"}),
        ("The Orlin board backed a job-cutting plan.", {"@lay_off"}),
    ],
)
def test_a_compound_opened_by_a_noun_keeps_its_words(sentence: str, words: set[str]) -> None:
    assert words <= set(normalized_tokens(sentence))


# --- a figure in a shared name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Torva 5 was its best-selling car in 2023.", "The Torva 5 sold for $24,000."),
        (
            "The Kestrel 400 was the lightest drone of its class.",
            "The Kestrel 400 crashed into a field near Orlin.",
        ),
    ],
)
def test_a_figure_in_a_shared_name_ties_no_two_acts(a: str, b: str) -> None:
    pair = scored(a, b)
    assert pair.shared == 0
    assert not match.same_fact(pair, Options())


def test_the_figures_of_a_name_are_those_after_a_shared_subject_word() -> None:
    a = _key("The Torva 5 was its best-selling car in 2023.")
    b = _key("The Torva 5 sold for $24,000.")
    assert frames._figures_of_a_name(a, b) == frozenset({"5"})
    # a count after the subject's word is a figure of the act, not of the name
    c = _key("Torva sold 5 cars on Monday.")
    d = _key("Torva recalled 5 cars on Monday.")
    assert frames._figures_of_a_name(c, d) == frozenset()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one act told in two ways across outlets: still one fact
        ("The Torva 5 sold for $24,000 in most showrooms.", "The Torva 5 sold for $24,000."),
        (
            "The Torva 5 was its best-selling car in 2023.",
            "The Torva 5 was the best-selling car of 2023.",
        ),
        (
            "Pellan is a fast-growing lender based in Orlin.",
            "The Orlin lender Pellan is fast-growing.",
        ),
        # a shared figure that counts something still ties two verbs
        ("Torva sold 5,400 cars in May.", "Torva delivered 5,400 cars in May."),
    ],
)
def test_paraphrases_still_make_one_fact(a: str, b: str) -> None:
    assert match.same_fact(scored(a, b), Options())


# --- "get" before a state ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The charger got warm on long trips.",
        "The pumps got hot and failed.",
        "Conditions got much worse after the storm.",
        "Drivers got stuck in traffic near Orlin.",
        "Things will get better.",
    ],
)
def test_get_before_a_state_reads_as_become(sentence: str) -> None:
    tokens = normalized_tokens(sentence)
    assert "becom" in tokens
    assert "get" not in tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "Owners will get a replacement charger free of charge.",
        "Workers got a pay rise in May.",
        "They get better pay at the Orlin plant.",  # an adjective of what is got
        "The two climbers got away.",
        "Three pilots got injured.",
    ],
)
def test_get_before_anything_else_keeps_its_word(sentence: str) -> None:
    assert "get" in normalized_tokens(sentence)


def test_a_change_of_state_is_no_receiving() -> None:
    a = _key("Owners will get a replacement charger free of charge.")
    b = _key("The charger got warm on long trips.")
    assert frames.similarity(a, b) < frames.STRONG_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The charger got warm on long trips.", "The charger became warm on long trips."),
        ("Owners will get a free replacement charger.", "Owners will get a replacement charger."),
        ("Drivers got stuck in traffic near Orlin.", "Drivers got stuck in traffic at Orlin."),
    ],
)
def test_get_paraphrases_still_make_one_fact(a: str, b: str) -> None:
    assert match.same_fact(scored(a, b), Options())
