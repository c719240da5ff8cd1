"""Facts kept inside a longer sentence get claims of their own: asides between dashes, a
relative led by a preposition ("in which", "during which"), and a participle after an
adverb or a dash. Sentences written for these tests; near misses must stay whole."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.models import Claim
from claimtrack.parse import dashes


def texts(article: str) -> list[str]:
    return [c.text for c in extract_claims(article)]


def claim_with(article: str, start: str) -> Claim:
    found = [c for c in extract_claims(article) if c.text.startswith(start)]
    assert len(found) == 1, [c.text for c in extract_claims(article)]
    return found[0]


# --- asides between dashes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council — which met for six hours — approved the budget.",
            ["The council approved the budget.", "The council met for six hours."],
        ),
        (  # unspaced em dashes (AP style)
            "The ferry—which carried 300 people—reached the port at noon.",
            ["The ferry reached the port at noon.", "The ferry carried 300 people."],
        ),
        (  # a double hyphen for a dash
            "The storm -- the third this month -- cut power to 4,000 homes.",
            ["The storm cut power to 4,000 homes.", "The storm was the third this month."],
        ),
        (  # an en dash pair, a past participle apposition
            "The shipment – packed with medical supplies – arrived on Friday.",
            ["The shipment arrived on Friday.", "The shipment was packed with medical supplies."],
        ),
    ],
)
def test_an_aside_after_the_subject_is_a_claim_about_the_subject(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_an_aside_after_the_subject_no_longer_hides_the_speaker() -> None:
    article = "The mayor — who has led the city since 2019 — said the budget would pass."
    assert texts(article) == ["The budget would pass.", "The mayor has led the city since 2019."]
    said = claim_with(article, "The budget")
    assert said.attribution == "The mayor"
    about = claim_with(article, "The mayor has")
    assert about.attribution is None  # the writer's fact about the speaker
    # the subject's characters and the relative's are both the claim's spans
    assert [article[s:e] for s, e in about.spans] == ["The mayor", "has led the city since 2019"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # after an object: the nearest noun phrase
            "Rescuers reached the village — which had been cut off for a week — on Sunday.",
            ["Rescuers reached the village on Sunday.", "The village had been cut off for a week."],
        ),
        (  # a statement of its own, the subject's pronoun resolved
            "Ana Ruiz criticised the budget – she called the cuts “a betrayal” in a speech – "
            "and the new tax on fuel.",
            [
                "Ana Ruiz criticised the budget and the new tax on fuel.",
                "Ana Ruiz called the cuts “a betrayal” in a speech.",
            ],
        ),
        (  # an aside between an opening phrase and the clause leaves the comma it stood for
            "Addressing the session — in which every member declared a second job — the "
            "speaker thanked the clerks.",
            [
                "The speaker thanked the clerks.",
                "The speaker addressed the session.",
                "In the session, every member declared a second job.",
            ],
        ),
    ],
)
def test_an_aside_later_in_the_sentence_is_cut_out_and_stands_alone(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The judge said the plan to cut pay — through a bonus scheme run by managers — "
            "was unlawful.",
            "The plan to cut pay was unlawful.",
        ),
        (
            "Voters in the north — especially farmers and fishermen — backed the plan.",
            "Voters in the north backed the plan.",
        ),
        (
            "The files — including the letters and the diaries — were returned on Monday.",
            "The files were returned on Monday.",
        ),
        (  # the writer to the reader
            "The contract went to—you guessed it—the mayor's brother.",
            "The contract went to the mayor's brother.",
        ),
    ],
)
def test_an_aside_that_only_adds_detail_is_cut_without_a_claim(
    sentence: str, expected: str
) -> None:
    assert texts(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure in a detail aside is what claims are compared on: it stays
        "The plant — with about 400 workers — closed on Friday.",
        "The firm cut jobs — in all some 2,000 posts — across the region.",
        # dashes between figures are ranges, not an aside
        "The council sat from 1990—1994 and again from 2001—2005.",
        # one dash only: no pair
        "The vote was close — closer than most had expected.",
        # inside a quotation the dashes are the speaker's
        'The union called the offer "a start — nothing more — for now" in its reply.',
        # a noun phrase after an object: what it is about is unclear
        "Police arrested a man — a former guard at the prison — near the station.",
        # "— a woman named X —": a noun and a participle, not a statement
        "The court was told that a witness — a neighbour named Ortiz — saw the car.",
    ],
)
def test_near_misses_keep_the_sentence_whole(sentence: str) -> None:
    [claim] = extract_claims(sentence)
    assert claim.text == sentence


def test_a_dash_pair_needs_words_on_both_sides_and_between() -> None:
    assert dashes.asides("A — b c — d.") != []
    assert dashes.asides("— b c — d.") == []  # nothing before it (a dateline dash)
    assert dashes.asides("A — b — d.") == []  # one word between: not an aside
    assert dashes.asides("Scores of 3—1 and 2—0 were posted.") == []


# --- relatives led by a preposition -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The pair attended Friday's gala, at which the governor announced a new fund.",
            [
                "The pair attended Friday's gala.",
                "At Friday's gala, the governor announced a new fund.",
            ],
        ),
        (
            "The board held a tense meeting, during which two members walked out.",
            [
                "The board held a tense meeting.",
                "During a tense meeting, two members walked out.",
            ],
        ),
        (
            "Critics pointed to the minister's speech, in which she promised lower taxes.",
            [
                "Critics pointed to the minister's speech.",
                "In the minister's speech, she promised lower taxes.",
            ],
        ),
    ],
)
def test_a_relative_led_by_a_preposition_becomes_a_claim_set_at_its_noun(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge asked which witness had lied.",  # an interrogative "which"
        "The board may reject the plan, in which case the vote will be held again.",
        "He served a term for a fraud he ran out of Lisbon, in which savers lost homes.",
        "The fact that the pause, during which he ran, was short is also important.",
        "The couple married on Monday, during which rain fell.",  # a day, not an occasion
    ],
)
def test_a_prepositional_relative_is_left_alone_when_its_noun_is_unsure(sentence: str) -> None:
    assert not any(
        c.text.startswith(("In ", "During ", "At ")) for c in extract_claims(sentence)
    ), texts(sentence)


# --- participles after an adverb or a dash ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rebels seized the airport, effectively cutting off the capital.",
            ["The rebels seized the airport.", "The rebels effectively cut off the capital."],
        ),
        (
            "The allies blocked the motion — essentially shielding the governor from censure.",
            [
                "The allies blocked the motion.",
                "The allies essentially shielded the governor from censure.",
            ],
        ),
        (
            "The union rejected the offer – calling it an insult to its members.",
            ["The union rejected the offer.", "The union called it an insult to its members."],
        ),
    ],
)
def test_a_participle_after_an_adverb_or_a_dash_is_split_off(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "early" is an adjective here, not an adverb of "voting"
        "The clerk published the figures, early voting in the county having doubled.",
        "The storm hit the coast, deadly flooding the lowlands.",  # data/ly_adjectives.txt
        "The storm hit the coast — deadly flooding the lowlands.",
        # an -ly noun (data/ly_nouns.txt) is no adverb either
        "Crowds filled the square, family picnicking on the lawns.",
        # after "is <noun> that <clause>" the participle is the inner clause's
        "The photos are the clearest sign that the army has changed its tactics, quietly "
        "moving troops to the border.",
        # a dash before a noun phrase, not a participle
        "The vote was close — the closest in a decade.",
    ],
)
def test_an_adjective_or_another_doer_keeps_the_participle(sentence: str) -> None:
    assert len(extract_claims(sentence)) == 1, texts(sentence)


def test_a_possessive_name_opens_the_phrase_a_relative_is_about() -> None:
    assert texts("Residents praised Sunday's parade, which was watched by 2,000 people.") == [
        "Residents praised Sunday's parade.",
        "Sunday's parade was watched by 2,000 people.",
    ]
    # a name may go on before the possessive
    assert texts("She laid her hand on Abraham Lincoln's Bible, which was held by her son.") == [
        "She laid her hand on Abraham Lincoln's Bible.",
        "Abraham Lincoln's Bible was held by her son.",
    ]
    # a common noun's possessive may sit inside a longer phrase: left whole
    sentence = "The visit drew criticism of policies on workers' rights, which served to focus it."
    assert len(extract_claims(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Several groups — including the Harbor Trust, which gave $2 million — backed the plan.",
            ["Several groups backed the plan.", "The Harbor Trust gave $2 million."],
        ),
        (  # the comma the aside stood for comes back before the main clause
            "For all those who called the trip a waste -- including a weekly magazine, which "
            "put its cost at $1 million -- supporters saw a historic moment.",
            [
                "For all those who called the trip a waste, supporters saw a historic moment.",
                "A weekly magazine put its cost at $1 million.",
            ],
        ),
    ],
)
def test_a_figure_in_a_detail_asides_relative_becomes_that_relatives_claim(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_a_figure_outside_the_relative_keeps_the_detail_aside() -> None:
    sentence = "Several groups — including a trust that gave $2 million — backed the plan."
    assert texts(sentence) == [sentence]


def test_each_new_claim_keeps_its_own_character_spans() -> None:
    article = (
        "The pair attended Friday's gala, at which the governor announced a new fund. "
        "Ana Ruiz criticised the budget – she called the cuts “a betrayal” – and the new tax."
    )
    setting = claim_with(article, "At Friday's gala")
    assert [article[s:e] for s, e in setting.spans] == [
        "Friday's gala",
        "the governor announced a new fund.",
    ]
    main = claim_with(article, "Ana Ruiz criticised")
    assert [article[s:e] for s, e in main.spans] == [
        "Ana Ruiz criticised the budget",
        "and the new tax.",
    ]
    aside = claim_with(article, "Ana Ruiz called")
    # the resolved pronoun's characters stay the claim's: it came from them
    assert [article[s:e] for s, e in aside.spans] == ["she called the cuts “a betrayal”"]


# --- ", where" after a place ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He was flown to Lisbon, where he was treated for burns.",
            ["He was flown to Lisbon.", "In Lisbon, he was treated for burns."],
        ),
        (
            "The fans waited outside the old stadium, where police had set up barriers.",
            [
                "The fans waited outside the old stadium.",
                "In the old stadium, police had set up barriers.",
            ],
        ),
    ],
)
def test_a_where_relative_after_a_place_becomes_a_claim_set_there(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The report described a situation, where nobody knew the rules.",  # not a place
        "The board met on Tuesday, where it approved the merger.",  # a day
        "The group released a message from Mr Ortiz, where he asked for help.",  # a person
        "She asked where the money had gone.",  # a question word, no comma
    ],
)
def test_a_where_relative_after_something_else_stays_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_an_aside_with_a_verb_of_saying_after_to_is_its_own_claim() -> None:
    # "to announce" tells of no one's words: the aside is a claim of the writer's
    text = "This is only a guess—the port has yet to announce a date—but the plans look fine."
    claims = [c.text for c in extract_claims(text)]
    assert "The port has yet to announce a date." in claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The House adopted the rules — in which every bill cites its authority — on Monday.",
            [
                "The House adopted the rules on Monday.",
                "In the rules, every bill cites its authority.",
            ],
        ),
        (
            "The board approved the charter — under which the town elects its mayor — in May.",
            [
                "The board approved the charter in May.",
                "Under the charter, the town elects its mayor.",
            ],
        ),
        (
            "The senators passed the law — in which two agencies merge — last year.",
            ["The senators passed the law last year.", "In the law, two agencies merge."],
        ),
        (
            "The council adopted the rules, in which each member files a yearly report.",
            ["The council adopted the rules.", "In the rules, each member files a yearly report."],
        ),
    ],
)
def test_a_relative_led_by_a_preposition_after_a_rule_or_law_is_a_claim_set_in_it(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no clause inside the aside
        "The House adopted the rules — in which regard nothing new — on Monday.",
        # "rules" a verb, and "appeals" no rule or occasion
        "The judge rules on appeals, in which lawyers argue for hours.",
        # no determiner: the noun the relative is about is unsure
        "The council adopted new rules, in which each member files a yearly report.",
    ],
)
def test_a_relative_after_rules_keeps_the_sentence_whole_when_unsure(sentence: str) -> None:
    assert not any(c.text.startswith(("In ", "Under ")) for c in extract_claims(sentence)), texts(
        sentence
    )
