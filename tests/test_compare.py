"""compare_claims: the matcher's and judge's verdict on two statements."""

from __future__ import annotations

from claim_helpers import claim, number
from claimtrack import compare_claims
from claimtrack.compare import (
    compare_against,
    compare_parsed,
    compare_with_article,
    figure_predicates,
    says_more,
    speakers_named,
    supported_by,
)
from claimtrack.match import score_keys
from claimtrack.models import ConflictType, Entity
from claimtrack.normalize import MatchKey, normalize_claim
from claimtrack.options import Options
from claimtrack.parse import parse_statement


def test_the_same_statement_in_other_words_is_the_same_claim() -> None:
    result = compare_claims(
        "Iran suspended talks with the United States on Friday",
        "On Friday Iran halted talks with the US",
    )
    assert result.same_claim and result.related
    assert not result.conflicts


def test_unrelated_statements_are_neither_same_nor_related() -> None:
    result = compare_claims(
        "Iran suspended talks with the United States on Friday",
        "The central bank raised interest rates by half a point",
    )
    assert not result.same_claim and not result.related
    assert 0 <= result.score < Options().threshold


def test_a_conflict_is_never_the_same_claim() -> None:
    text_a = "12 people died in the fire on Tuesday"
    text_b = "21 people died in the fire on Tuesday"
    a = claim(text_a, "a:1", numbers=(number(text_a, "12", 12, 12),))
    b = claim(text_b, "b:1", numbers=(number(text_b, "21", 21, 21),))
    result = compare_parsed(a, b, Options())
    assert result.score >= Options().threshold
    assert not result.same_claim and result.related and result.contradicts
    assert [c.type for c in result.conflicts] == [ConflictType.NUMERIC]


def test_compare_against_equals_one_by_one_comparison() -> None:
    draft = claim("Iran suspended talks with the United States", "d:1")
    others = [
        claim("Iran halted talks with the US", "s:1"),
        claim("Iran resumed talks with the US", "s:2"),
        claim("Bread prices climbed in the capital", "s:3"),
    ]
    batch = compare_against(draft, others, Options())
    single = [compare_parsed(draft, o, Options()) for o in others]
    assert batch == single
    assert batch[0].same_claim
    assert [c.type for c in batch[1].conflicts] == [ConflictType.ANTONYM]
    assert not batch[2].related


def test_a_source_with_the_same_figure_for_the_same_count_supports_a_claim() -> None:
    text = "Twelve workers were injured in the fire at the Velcor plant in Dunmore on Monday"
    draft = claim(text, "d:1", numbers=(number(text, "Twelve", 12, 12),))
    same = "Twelve workers were injured, three of them critically, hospital staff said"
    others_text = "Four died and 12 others were injured when fire swept through the plant"
    wrong = "Twenty workers were injured, three of them critically"
    sources = [
        claim(same, "s:1", numbers=(number(same, "Twelve", 12, 12),)),
        claim(others_text, "s:2", numbers=(number(others_text, "12", 12, 12),)),
        claim(wrong, "s:3", numbers=(number(wrong, "Twenty", 20, 20),)),
    ]
    # none is the same statement (each adds something), yet the first two state its figure
    assert not any(c.same_claim for c in compare_against(draft, sources, Options()))
    assert supported_by(draft, sources, Options()) == [True, True, False]


def test_a_name_the_parser_folds_on_one_side_only_still_counts_as_shared_words() -> None:
    text_a = "The Acme Widget Company said profits rose in the third quarter"
    text_b = "Acme Widget Company profits rose in the third quarter, the firm said"
    with_name = claim(text_a, "a:1")
    with_name = with_name.model_copy(
        update={
            "entities": (Entity(text="Acme Widget Company", canonical="Acme", start=4, end=23),)
        }
    )
    plain = claim(text_b, "b:1")
    folded = normalize_claim(with_name)
    assert folded.plain and "acm" in folded.plain.split()
    assert (
        score_keys(folded, normalize_claim(plain))[0]
        == score_keys(normalize_claim(claim(text_a, "a:2")), normalize_claim(plain))[0]
    )


def test_an_article_that_spreads_a_claims_words_over_its_sentences_is_about_it() -> None:
    headline = claim("Rebel Group Beheads Kidnapped Aid Worker In New Video", "h:1")
    article = [
        claim("A video released on Sunday appears to show the killing of an aid worker.", "a:1"),
        claim("The aid worker was kidnapped by the rebel group in March.", "a:2"),
        claim("The group has released several such videos this year.", "a:3"),
    ]
    found = compare_with_article(headline, article, Options())
    assert found.related and found.relatedness >= 50
    assert found.coverage > 0.5


def test_an_article_on_another_story_is_not_about_the_claim() -> None:
    headline = claim("Rebel Group Beheads Kidnapped Aid Worker In New Video", "h:1")
    article = [
        claim("The central bank raised interest rates by half a point on Tuesday.", "b:1"),
        claim("Analysts had expected the bank to hold rates for another month.", "b:2"),
        claim("Mortgage lenders said they would pass the rise on to borrowers.", "b:3"),
    ]
    found = compare_with_article(headline, article, Options())
    assert not found.related and found.relatedness < 50
    assert not any(c.related for c in found.comparisons)


TWO_COUNTS = "Four workers died and 12 others were injured when fire swept through the plant."
ONE_COUNT = "Twelve workers were injured, three of them critically, hospital officials said."


def supports(draft: str) -> list[bool]:
    sources = [parse_statement(t, f"s:{n}", "s") for n, t in enumerate([TWO_COUNTS, ONE_COUNT])]
    return supported_by(parse_statement(draft, "d:1", "d"), sources, Options())


def test_the_same_figure_counted_and_predicated_alike_supports_in_several_wordings() -> None:
    assert supports("Twelve workers were injured in the fire at the plant.") == [True, True]
    assert supports("12 workers were hurt in the plant fire.") == [True, True]
    assert supports("The plant fire injured twelve workers.") == [True, True]


def test_a_figure_tied_to_another_predicate_or_another_figure_is_no_support() -> None:
    """The matcher calls the first pair of each the same claim (the scores are close): the
    figure rule is what tells them apart."""
    assert supports("Twelve workers were killed in the fire at the plant.") == [False, False]
    assert supports("Twelve workers died in the fire at the plant.") == [False, False]
    assert supports("Thirteen workers were injured in the fire at the plant.") == [False, False]
    assert supports("Twelve trucks were damaged in the fire at the plant.") == [False, False]


def test_each_figure_goes_with_the_predicate_next_to_it() -> None:
    two = normalize_claim(parse_statement(TWO_COUNTS, "s:1", "s"))
    assert figure_predicates(two) == {"4": {"@die"}, "12": {"@injure"}}
    active = normalize_claim(parse_statement("The plant fire injured twelve workers.", "a", "a"))
    assert figure_predicates(active) == {"12": {"@injure"}}


def test_an_attributed_claim_covers_its_speaker_in_the_article() -> None:
    """The speaker is part of what a statement is about: "Governor Okafor warned that
    tolls will rise" has the content "Tolls will rise", but an article on the governor's
    speech names the governor where it words the tolls otherwise."""
    headline = parse_statement("Governor Amara Okafor warned that tolls will rise", "h:1")
    article = [
        claim("Governor Amara Okafor spoke to the regional assembly on Thursday.", "a:1"),
        claim("Okafor said drivers would pay more to cross the coastal bridge.", "a:2"),
    ]
    assert headline.attribution == "Governor Amara Okafor"
    found = compare_with_article(headline, article, Options())
    assert found.coverage >= 0.5


def supported(draft: str, *sources: str) -> list[bool]:
    parsed = [parse_statement(text, f"s:{n}", "s") for n, text in enumerate(sources)]
    return supported_by(parse_statement(draft, "d:1", "d"), parsed, Options())


def test_a_source_that_says_the_claim_and_more_supports_it() -> None:
    claim_text = "Ostrava cancelled the river festival."
    assert supported(
        claim_text,
        "Ostrava cancelled the river festival because of the flood warnings.",
        "Ostrava cancelled the river festival on Friday, citing the cost of security.",
        # said by someone: support all the same, as for the same words (the finding keeps
        # the source's attribution and certainty)
        "Brno said Ostrava cancelled the river festival because of the flood warnings.",
    ) == [True, True, True]
    # the matcher alone keeps the short claim apart from the long one
    long_one = parse_statement(
        "Ostrava cancelled the river festival because of the flood.", "s", "s"
    )
    (comparison,) = compare_against(parse_statement(claim_text, "d", "d"), [long_one], Options())
    assert not comparison.same_claim


def test_more_words_that_change_the_act_or_its_order_are_no_support() -> None:
    assert supported(
        "Ostrava cancelled the river festival.",
        "Ostrava refused to cancel the river festival despite the flood warnings.",
        "Ostrava nearly cancelled the river festival because of the flood warnings.",
        "Ostrava did not cancel the river festival despite the flood warnings.",
    ) == [False, False, False]
    # the same words with the parties swapped are not found inside the other
    sued = normalize_claim(parse_statement("Ostrava sued Brno over the festival.", "d", "d"))
    swapped = "Brno sued Ostrava over the festival and the fireworks."
    assert not says_more(sued, normalize_claim(parse_statement(swapped, "s", "s")))
    kept = "Ostrava sued Brno over the festival and the fireworks."
    assert says_more(sued, normalize_claim(parse_statement(kept, "s", "s")))


def key(text: str) -> MatchKey:
    return normalize_claim(parse_statement(text, "k", "k"))


def test_a_claim_with_no_named_subject_is_found_where_the_source_opens_with_it() -> None:
    claim_text = "The ferry company cancelled 40 crossings."
    assert supported(
        claim_text,
        "The ferry company cancelled 40 crossings on Tuesday because of a strike by deckhands.",
        "The ferry company cancelled 40 crossings after the storm warning.",
    ) == [True, True]
    claim_key = key(claim_text)
    for source in (
        "The ferry company cancelled 400 crossings on Tuesday because of a strike.",
        "The ferry company nearly cancelled 40 crossings because of the storm.",
        "The ferry company did not cancel 40 crossings despite the storm.",
        "The storm made the ferry company cancel 40 crossings on Tuesday.",
    ):
        assert not says_more(claim_key, key(source)), source


def test_a_bare_passive_is_supported_where_a_source_does_the_act_to_the_same_thing() -> None:
    claim_text = "All schools in the valley were closed."
    assert supported(
        claim_text,
        "The council closed all schools in the valley while inspectors check the roofs.",
        "Officials said they had closed all schools in the valley on Monday.",
    ) == [True, True]
    assert supported(
        claim_text,
        # the act's words apart, another act, part of the thing, a denial
        "The storm closed the pass and flooded all schools in the valley overnight.",
        "The council reopened all schools in the valley after a week of repairs.",
        "The council closed three schools in the valley on Monday after the storm.",
        "The council has not closed all schools in the valley despite the storm.",
    ) == [False, False, False, False]


def test_a_claim_of_two_words_is_too_short_to_be_found_inside_another() -> None:
    assert supported(
        "Ostrava objected.", "Ostrava objected to the plan to close the old bridge in June."
    ) == [False]


def test_the_names_in_an_articles_speakers_are_words_it_holds() -> None:
    """ "..., the Velmora Harbour Board said": the parser takes the speaker out of the
    claim, but the article still names the board its headline names."""
    headline = parse_statement("Velmora Harbour Board Shuts Old Pier", "h:1")
    article = [
        parse_statement(text, f"a:{n}", "a")
        for n, text in enumerate(
            [
                "The old pier will stay shut until spring, the Velmora Harbour Board said.",
                "Divers found cracks in two of its pillars, a spokesman for the board said.",
            ]
        )
    ]
    assert article[0].attribution == "the Velmora Harbour Board"
    assert article[0].text == "The old pier will stay shut until spring."
    found = compare_with_article(headline, article, Options())
    assert found.coverage == 1.0


def test_a_speaker_names_words_only_by_its_names() -> None:
    article = [
        parse_statement(text, f"a:{n}", "a")
        for n, text in enumerate(
            [
                "The pier will stay shut, officials said.",
                "The pier will stay shut, the ministry said.",
                "The pier will stay shut, he said.",
                "The pier will stay shut, a spokesman for Velmora's port board said.",
            ]
        )
    ]
    assert speakers_named(article) == {"velmora"}


def test_a_speaker_alone_does_not_make_two_claims_related() -> None:
    """The speaker's names count for the article as a whole, never for one claim: two
    statements of one board about different things are not one claim."""
    headline = parse_statement("The Velmora Harbour Board said the ferry fares will rise", "h:1")
    other = parse_statement("The old pier will stay shut, the Velmora Harbour Board said.", "a:1")
    found = compare_with_article(headline, [other], Options())
    assert not any(c.related for c in found.comparisons)
