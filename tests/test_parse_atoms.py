"""Atomic claims on news wording: trailing participle clauses, ... (issue #3).

Sentences are written for these tests; each rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims
from claimtrack.parse.grammar import past_of_participle
from parse_helpers import facts


def texts(article: str) -> list[str]:
    return [c.text for c in extract_claims(article)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The new mayor was sworn in on Monday, ushering in a new era for the harbour town.",
            [
                "The new mayor was sworn in on Monday.",
                "The new mayor ushered in a new era for the harbour town.",
            ],
        ),
        (
            "The senator won the runoff by 900 votes, vowing in a fiery speech to cut taxes.",
            [
                "The senator won the runoff by 900 votes.",
                "The senator vowed in a fiery speech to cut taxes.",
            ],
        ),
        (
            'The minister hinted she could quit, telling a local paper, "All options are open."',
            [
                "The minister hinted she could quit.",
                # the minister's quotation: "The minister told a local paper" its speaker
                "All options are open.",
            ],
        ),
        (
            "Judge Amal Osei administered the oath at noon, capping a long climb from clerk.",
            [
                "Judge Amal Osei administered the oath at noon.",
                "Judge Amal Osei capped a long climb from clerk.",
            ],
        ),
        (
            "The coach apologised for the remark, writing that it had been careless.",
            [
                "The coach apologised for the remark.",
                # the coach's own statement: "The coach wrote" is its speaker
                "It had been careless.",
            ],
        ),
        (
            "About 1,400 fans gathered outside the stadium on Sunday, demanding a full refund.",
            [
                "About 1,400 fans gathered outside the stadium on Sunday.",
                "About 1,400 fans demanded a full refund.",
            ],
        ),
    ],
)
def test_a_trailing_participle_clause_is_its_own_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle describes the noun before the comma, not the subject
        "The firm paid three separate fines, totaling $5 million.",
        # a preposition in -ing
        "The storm damaged several ports, including the largest one.",
        # a list of nouns in -ing
        "She entered three races this year, swimming, cycling and running.",
        # a list of -ing phrases
        "The plan aims at cutting costs, lowering fees, and reducing debt.",
        # the participle names the speaker's source, after the attribution
        '"Exports will rise," the agency said, quoting the trade minister.',
        # a new clause follows the participle phrase
        "The former mayor stayed in hospital, recovering from surgery, but he voted by mail.",
        # inside a quotation
        'The crowd kept chanting "we stay here, waving our flags in the rain".',
        # a clause inside: the participle may be about its subject
        "Dozens fled their homes after engineers opened the dam, flooding the lower valley.",
        "Two guards watched as a third man stood by the door, holding a rifle.",
        # after a quotation and its speaker: about the speaker, not the quotation's subject
        '"Both sides agreed to the swap," he continued, referring to the prisoners.',
        # the participle is the subject of the main clause, after a leading phrase
        "Even for a city used to delays, building the bridge took a very long time.",
        "Regardless, the bridge is expected to open soon, capping years of delays.",
        # an empty "there" is no one who did what the participle says
        "There were no exemptions for the port, sparking an outcry from traders.",
        "There was no warning, prompting anger among residents.",
    ],
)
def test_a_participle_that_is_not_a_trailing_clause_stays(sentence: str) -> None:
    # no claim is made of the participle: it stays in the claim it came with
    participle = next(w for w in sentence.replace(",", " ").split() if w.endswith("ing"))
    assert any(participle in claim for claim in texts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ferry operator cancelled the late crossings, telling passengers in a text"
            " message that the gales would ease by Sunday.",
            [
                ("The ferry operator cancelled the late crossings.", None),
                ("The gales would ease by Sunday.", "The ferry operator"),
            ],
        ),
        (
            "The league fined the club, telling reporters on Thursday that the stewards had"
            " failed to act.",
            [
                ("The league fined the club.", None),
                ("The stewards had failed to act.", "The league"),
            ],
        ),
        (
            "The bakery chain shut two shops, telling customers that rents had doubled.",
            [
                ("The bakery chain shut two shops.", None),
                ("Rents had doubled.", "The bakery chain"),
            ],
        ),
        (
            'The goalkeeper shrugged off the defeat, telling journalists: "We will be back."',
            [
                ("The goalkeeper shrugged off the defeat.", None),
                ("We will be back.", "The goalkeeper"),
            ],
        ),
    ],
)
def test_telling_a_bare_noun_what_was_told_is_the_subjects_statement(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    # "telling <person told> (when or how) that ..." after a clause: the person told is a
    # bare plural noun, not a pronoun or a name, and what was told is the subject's claim
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative after the noun: what the jokes did, nothing told
        "The comedian filled the hall, telling jokes that offended half the audience.",
        # a thing told, no person told and no statement
        "The old sailor held the room, telling stories about the northern route.",
        "The witness seemed calm, telling lies with a straight face.",
    ],
)
def test_telling_a_thing_stays_in_its_claim(sentence: str) -> None:
    assert any("telling" in claim for claim in texts(sentence))


@pytest.mark.parametrize(
    ("participle", "past"),
    [
        ("ushering", "ushered"),
        ("capping", "capped"),
        ("telling", "told"),
        ("writing", "wrote"),
        ("carrying", "carried"),
        ("noting", "noted"),
        ("taking", "took"),
        ("playing", "played"),
    ],
)
def test_past_of_participle(participle: str, past: str) -> None:
    assert past_of_participle(participle) == past


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The couple paid $4,200 in federal taxes and $1,300 in state taxes.",
            ["The couple paid $4,200 in federal taxes.", "The couple paid $1,300 in state taxes."],
        ),
        (
            "Retail sales rose 5 percent in May and 7 percent in June.",
            ["Retail sales rose 5 percent in May.", "Retail sales rose 7 percent in June."],
        ),
        (
            "The charity raised about $80,000 online and nearly $20,000 at the gala.",
            [
                "The charity raised about $80,000 online.",
                "The charity raised nearly $20,000 at the gala.",
            ],
        ),
    ],
)
def test_each_figure_object_of_one_verb_is_a_claim(sentence: str, expected: list[str]) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == expected
    assert [len(c.numbers) for c in claims] == [1, 1]  # each claim keeps its own figure


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("His fortune is estimated at between $19 million and $22 million.", "$19", "$22"),
        ("The club won the league in 2014 and 2015.", "2014", "2015"),
        ("The legal age is 18 although the rules differ for ages 13 and 16.", "13", "16"),
        ("The videos drew 40 million views and another 15 have 20 million.", "40", "15"),
        ("The fish can grow to 4 metres and 300 kilos, but such catches are rare.", "4", "300"),
    ],
)
def test_figures_that_are_not_objects_of_one_verb_stay_together(
    sentence: str, first: str, second: str
) -> None:
    # a range, no verb right before the figures, a clause of its own after "and"
    claims = texts(sentence)
    assert any(first in claim for claim in claims), claims
    for claim in claims:
        assert (first in claim) == (second in claim)


def _facts(article: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(article) if c.kind.value == "fact"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            '"Where did the grant money go?" the senator asked.',
            [("Where did the grant money go?", "the senator")],
        ),
        (
            '" Who approved the second loan? " another asks. The bank did not reply.',
            [("Who approved the second loan?", "another"), ("The bank did not reply.", None)],
        ),
        (
            '"Why was the audit stopped in May?" Ms. Ortiz planned to ask, according to her aides.',
            [("Why was the audit stopped in May?", "Ms. Ortiz")],
        ),
        (
            'The union wrote to the board. "We want the deal signed." Its chair added.',
            [("The union wrote to the board.", None), ("We want the deal signed.", "Its chair")],
        ),
    ],
)
def test_a_quoted_question_or_quotation_gets_the_speaker_that_follows_it(
    article: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(article)
    assert _facts(article) == expected
    # the speaker's own sentence ("another asks.") is no claim of its own
    assert not any(c.text.endswith(("asks.", "ask.", "added.")) for c in claims if not c.dropped)


@pytest.mark.parametrize(
    "article",
    [
        "Who benefits from an empty negotiating table?",  # the writer's own question
        '"We lost everything." She said it twice.',  # "said it twice" is not a speaker tag
        '"It is over." The mayor said the city would rebuild.',  # a claim of its own
    ],
)
def test_questions_and_sentences_that_are_not_speaker_tags(article: str) -> None:
    claims = extract_claims(article)
    if article.endswith("?"):
        assert [c.kind.value for c in claims] == ["question"]
    else:
        assert not any(c.dropped == "speaker of the quotation before" for c in claims)
        assert len([c for c in claims if not c.dropped]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge asked that the jury be removed from the room.",  # a request
        "She kept quiet about her job, and the neighbours never asked.",  # no question
    ],
)
def test_asked_without_a_question_is_no_attribution(sentence: str) -> None:
    assert all(c.attribution is None for c in extract_claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # The speaker stands after the setting: the claim is what was said, by whom.
            "During a long visit to the plant with union leaders, the minister said the line "
            "would stay open.",
            ["The line would stay open."],
        ),
        (
            "In a statement after a meeting of the party's central committee, the leader said "
            "the tests were over.",
            ["The tests were over."],
        ),
        (
            "Responding to questions about the missing funds, the treasurer said the audit was "
            "complete.",
            [
                # the main clause's own speaker: the treasurer
                "The audit was complete.",
                "The treasurer responded to questions about the missing funds.",
            ],
        ),
    ],
)
def test_a_long_leading_phrase_is_the_setting_not_part_of_the_claim(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected
    if "said" not in expected[0]:
        speakers = {c.attribution for c in extract_claims(sentence)}
        assert speakers & {"the minister", "the leader", "the treasurer"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, the council approved the budget.",  # short
        "During his visit to the plant in 2016, the minister opened a new line.",  # a date
        "In response to the protests at the plant gates, the firm closed the site.",  # a cause
        "As the guards changed shifts at the gate, the prisoners escaped.",  # a clause
        "In addition to the mayor and two aldermen, the panel will include a judge.",  # members
        "Releasing the report in the summer would be a risk, as it could leak.",  # a subject
    ],
)
def test_leading_phrases_that_stay_with_the_claim(sentence: str) -> None:
    lead = sentence.split(",")[0]
    assert any(c.startswith(lead) for c in texts(sentence))


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "“We will not quit,” said Mr. Dorsey, who tried to calm the swirling questions "
            "about his health and his plans for the rest of the year.",
            [
                ("We will not quit.", "Mr. Dorsey"),
                (
                    "Mr. Dorsey tried to calm the swirling questions about his health and his "
                    "plans for the rest of the year.",
                    None,
                ),
            ],
        ),
        (
            '"Do not shout during public events." added Marsh, who works for Rep. Ann Lee, R-Ohio.',
            [
                ("Do not shout during public events.", "Marsh"),
                ("Marsh works for Rep. Ann Lee, R-Ohio.", None),
            ],
        ),
        (
            '"Prices will rise," said the analyst, who asked not to be named.',
            [("Prices will rise.", "the analyst"), ("The analyst asked not to be named.", None)],
        ),
    ],
)
def test_a_relative_clause_after_the_speaker_is_a_fact_about_the_speaker(
    article: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(article)
    assert [(c.text, c.attribution) for c in claims] == expected
    # the claim about the speaker starts at the speaker's name in the article
    assert article[claims[1].start :].lower().startswith(expected[1][0].split()[0].lower())


def test_a_restrictive_who_after_a_speaker_is_not_cut() -> None:
    # no comma: "the official who leads the inquiry" names which official
    claims = extract_claims('"The inquiry is over," said the official who leads it.')
    assert all(not c.text.startswith("The official leads") for c in claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The campaign on Friday released a letter from her doctor, along with eight years "
            "of tax returns.",
            [
                "The campaign on Friday released a letter from her doctor.",
                "The campaign on Friday released eight years of tax returns.",
            ],
        ),
        (
            "The general opposed the ban on new recruits, as well as the use of torture.",
            [
                "The general opposed the ban on new recruits.",
                "The general opposed the use of torture.",
            ],
        ),
    ],
)
def test_each_object_added_with_along_with_is_a_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The club released a note from its coach calling the striker "ready to play on '
            'Sunday," along with two years of medical records.',
            [
                'The club released a note from its coach calling the striker "ready to play on '
                'Sunday"',
                "The club released two years of medical records.",
            ],
        ),
        (
            "The mayor on Monday published a letter describing the bridge as “safe to use,” "
            "together with the inspectors’ report.",
            [
                "The mayor on Monday published a letter describing the bridge as “safe to use”",
                "The mayor on Monday published the inspectors’ report.",
            ],
        ),
    ],
)
def test_an_object_ending_in_a_closed_quotation_can_have_an_added_object(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the comma closes no quotation: the "along with" is inside the quoted words
        'The team was "fit, along with the new signings, to play" on Sunday.',
        # a clause object outside the quotation: the added object may belong to it
        'The panel heard a witness who called the crash "a shock," along with the pilot.',
        # what follows is a clause, not a noun phrase
        'The board approved a plan it called "fair," along with raising fees.',
    ],
)
def test_a_quotation_before_along_with_does_not_always_end_the_first_object(
    sentence: str,
) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The guard is responsible for the gate, as well as the fence.",  # a copula
        "An agreement had been reached after talks, as well as a deal on prisoners.",  # passive
        "The board approved the plan, along with raising fees.",  # not a noun phrase
        "The panel heard a witness who saw the crash, along with the pilot.",  # a clause object
    ],
)
def test_along_with_that_is_not_a_second_object_of_the_verb(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is the largest pay case in history, and the court's ruling, expected by June, "
            "will be its most important.",
            [
                "It is the largest pay case in history.",
                "The court's ruling, expected by June, will be its most important.",
            ],
        ),
        (
            "The mayor opened the bridge, and the governor, a former engineer, praised it.",
            ["The mayor opened the bridge.", "The governor, a former engineer, praised it."],
        ),
    ],
)
def test_a_coordinated_clause_whose_subject_has_a_parenthetical_is_cut(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_an_adjective_pair_between_commas_is_not_taken_for_a_subject() -> None:
    sentence = "Police closed the road, and the crowd, angry and cold, went home."
    assert texts(sentence) == [sentence]


def test_a_fact_clause_survives_an_opinion_cue_in_another_clause() -> None:
    article = (
        "The plant closes on May 1, and the owners should have warned the workers much sooner."
    )
    claims = extract_claims(article)
    facts = [c.text for c in claims if c.kind.value == "fact"]
    opinions = [c.text for c in claims if c.kind.value == "opinion"]
    assert facts == ["The plant closes on May 1."]
    assert opinions == ["The owners should have warned the workers much sooner."]


@pytest.mark.parametrize(
    "article",
    [
        "The owners should have warned the workers much sooner.",  # one clause
        "The owners should pay, and the board must resign.",  # every clause an opinion
    ],
)
def test_a_sentence_of_opinion_clauses_stays_one_opinion(article: str) -> None:
    claims = extract_claims(article)
    assert [c.kind.value for c in claims] == ["opinion"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shipping firms have backed the new rule while dock unions have fought it in court.",
            ["Shipping firms have backed the new rule.", "Dock unions have fought it in court."],
        ),
        (
            "Rural districts voted for the levy while urban precincts rejected it by 400 votes.",
            ["Rural districts voted for the levy.", "Urban precincts rejected it by 400 votes."],
        ),
        (
            "Shares rose 3 percent, while bonds fell sharply.",
            ["Shares rose 3 percent.", "Bonds fell sharply."],
        ),
        (
            "The northern provinces will get new funds, whereas coastal towns will see cuts.",
            ["The northern provinces will get new funds.", "Coastal towns will see cuts."],
        ),
        (
            # a listed subject with commas and "and" after "while"
            "Two airlines have backed the merger while farm, labour and church groups have "
            "opposed it.",
            [
                "Two airlines have backed the merger.",
                "Farm, labour and church groups have opposed it.",
            ],
        ),
    ],
)
def test_a_contrast_clause_after_while_is_its_own_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a time clause: a progressive says when
        "The bridge collapsed while workers were repairing the deck.",
        # a pronoun subject: the same actor, a time clause
        "The senator resigned while he was under investigation.",
        # no subject of its own
        "She wrote the novel while living in Lisbon.",
        # different verb forms (passive, then simple past): a time clause
        "The guard was shot while the convoy waited at the checkpoint.",
        # "while" inside an open subordinate clause
        "Talks can go on as long as the union stays calm while the board reviewed the offer.",
    ],
)
def test_while_stays_inside_the_sentence_when_it_says_when(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Judge Maria Ortiz, often a key vote on the panel, said the plan points two ways.",
            "Judge Maria Ortiz",
            "The plan points two ways.",
        ),
        (
            "Mr. Amir Khan, a longtime ally of the governor, said the deal goes ahead in June.",
            "Mr. Amir Khan",
            "The deal goes ahead in June.",
        ),
        (
            "The ministry, in a short statement, said the border remains closed to trucks.",
            "The ministry",
            "The border remains closed to trucks.",
        ),
    ],
)
def test_a_speaker_with_a_phrase_between_commas_says_what_follows(
    sentence: str, speaker: str, content: str
) -> None:
    claims = extract_claims(sentence)
    assert (claims[0].attribution, claims[0].text) == (speaker, content)


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("The deal is off, said the minister.", "the minister", "The deal is off."),
        ("Another 12 dead, said police.", "police", "Another 12 dead."),
        (
            "Prices rose, fuel costs climbed, said Ana Ruiz, a spokeswoman for the port.",
            "Ana Ruiz, a spokeswoman for the port",
            "Prices rose, fuel costs climbed.",
        ),
    ],
)
def test_a_speaker_after_said_still_credits_the_content_before(
    sentence: str, speaker: str, content: str
) -> None:
    claims = extract_claims(sentence)
    assert (claims[0].attribution, claims[0].text) == (speaker, content)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Such stories have been around for a while and have taken many forms.",
            ["Such stories have been around for a while and have taken many forms."],
        ),
        (
            "A rival firm tried the same trick a short while ago, but the court stopped it.",
            ["A rival firm tried the same trick a short while ago.", "The court stopped it."],
        ),
        (
            "Two men were detained while crossing the river is a claim the police denied.",
            ["Two men were detained while crossing the river is a claim the police denied."],
        ),
    ],
)
def test_while_as_a_noun_or_before_a_participle_is_not_a_contrast(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bank raised its rate to 5 percent, meaning the average loan will cost more.",
            ["The bank raised its rate to 5 percent.", "The average loan will cost more."],
        ),
        (
            "The airport lost its licence in June, meaning that no flights have landed since.",
            ["The airport lost its licence in June.", "No flights have landed since."],
        ),
        (
            "The council sold the depot, meaning Route 9 buses were moved to the north garage.",
            [
                "The council sold the depot.",
                "Route 9 buses were moved to the north garage.",
            ],
        ),
    ],
)
def test_a_consequence_after_meaning_is_its_own_claim(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no clause after "meaning": a noun phrase
        "The line was cut back to two trains an hour, meaning longer waits.",
        # "meaning" inside a quotation
        'He spoke of "a cut, meaning the fund will close" in his speech.',
    ],
)
def test_meaning_before_a_phrase_or_inside_a_quote_stays(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen raided two farms, killing four and kidnapping others, villagers said.",
            ["Gunmen raided two farms.", "Gunmen killed four.", "Gunmen kidnapped others."],
        ),
        # "wounding" -> "wounded", never "wound" (the past of "wind")
        (
            "Rebels ambushed a convoy, killing six guards and wounding one.",
            ["Rebels ambushed a convoy.", "Rebels killed six guards.", "Rebels wounded one."],
        ),
        (
            "The minister quit on Friday, citing ill health and thanking her staff.",
            [
                "The minister quit on Friday.",
                "The minister cited ill health.",
                "The minister thanked her staff.",
            ],
        ),
    ],
)
def test_a_second_participle_is_a_second_act(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "falling ... and rising ...": adjectives of two nouns, not two acts
        (
            "The firm cut 300 jobs, citing falling sales and rising costs.",
            ["The firm cut 300 jobs.", "The firm cited falling sales and rising costs."],
        ),
        # "nothing" is a pronoun, not a participle
        (
            "The gale flattened the pier, leaving a crane and nothing else.",
            ["The gale flattened the pier.", "The gale left a crane and nothing else."],
        ),
    ],
)
def test_an_ing_adjective_or_preposition_is_no_second_act(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle after "and" goes on a perfect infinitive or participle before it
        ("Police named the man said to have robbed and beaten the guard.",
         ["Police named the man said to have robbed and beaten the guard."]),
        ("Nobody saw the men accused of having stolen and sold the cars.",
         ["Nobody saw the men accused of having stolen and sold the cars."]),
        # the clause's own verbs still split
        ("The firm agreed to have the mill sold and fired 300 workers.",
         ["The firm agreed to have the mill sold.", "The firm fired 300 workers."]),
        ("The crew went to hospital and treated the guard.",
         ["The crew went to hospital.", "The crew treated the guard."]),
    ],
)  # fmt: skip
def test_a_verb_after_a_perfect_infinitive_goes_on_it(sentence: str, expected: list[str]) -> None:
    assert [text for text, _ in facts(sentence)] == expected
