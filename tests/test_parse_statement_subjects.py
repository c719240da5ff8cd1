"""Who a reported statement's pronoun is, and the words a tag leaves in the claim.

"Corlan said it had paused production" is about Corlan: a lone name the article never gave
a person's full name for is an organisation's, so a statement's "it" is the speaker. A later
clause of the statement that opens with the same pronoun is the same subject; "A council
spokeswoman said it ..." is the council. Tags do not swallow a month named "May", a quotation
may open after the statement's pronoun, and "can itself be" has the verb "be"."""

from __future__ import annotations

import pytest

from parse_helpers import facts, parse, speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corlan Pharma recalled the tablets. Corlan said it had paused production.",
            "Corlan had paused production.",
        ),
        (
            "Trains of Westmoor Rail stopped. Westmoor said it would give a date for reopening.",
            "Westmoor would give a date for reopening.",
        ),
        (
            'The Halvard Data site burned. Halvard said it was "working closely with the fire '
            'service".',
            'Halvard was "working closely with the fire service"',
        ),
        ("CNN said it had pulled the report.", "CNN had pulled the report."),
    ],
)
def test_the_short_name_of_a_body_is_the_statements_it(text: str, expected: str) -> None:
    texts = [claim for claim, _ in facts(text)]
    assert expected in texts


@pytest.mark.parametrize(
    "text",
    [
        # the surname of a person named in full: "it" is something else
        "Ana Ruiz inspected the bridge. Ruiz said it would reopen on Monday.",
        # a lone name never written as the head of a longer one may be a surname
        "Ruiz said it would reopen on Monday.",
        # a source, not a speaker of its own statement: "it" is the story's subject
        "The Vox Media site reported. According to Vox, it would reopen on Monday.",
        # a full name may be a person's: "it" is never the person
        "Tom Berg said it would reopen on Monday.",
    ],
)
def test_it_stays_when_the_speaker_may_be_a_person_or_a_source(text: str) -> None:
    texts = [claim for claim, _ in facts(text)]
    assert "It would reopen on Monday." in texts


def test_a_later_clause_opening_with_the_same_pronoun_is_the_speaker() -> None:
    text = (
        "Westmoor Rail shut the line. Westmoor said it would give a date for reopening once "
        "engineers had examined the site, and it apologised to passengers for the disruption."
    )
    texts = [claim for claim, _ in facts(text)]
    assert "Westmoor apologised to passengers for the disruption." in texts


def test_a_later_clause_with_another_pronoun_keeps_it() -> None:
    text = "Mayor Ana Ruiz said she would resign, and he would take over the office."
    texts = [claim for claim, _ in facts(text)]
    assert "He would take over the office." in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A council spokeswoman said it was "looking into" those reports.',
            'The council was "looking into" those reports.',
        ),
        (
            "Westmoor Rail shut the line. A Westmoor spokesman said it would reopen the line.",
            "Westmoor would reopen the line.",
        ),
        (
            "The airline spokesperson said it had cancelled the flight.",
            "The airline had cancelled the flight.",
        ),
    ],
)
def test_the_body_named_before_a_spokesperson_is_its(text: str, expected: str) -> None:
    assert expected in [claim for claim, _ in facts(text)]


def test_a_persons_spokesman_leaves_it() -> None:
    text = "Ana Ruiz resigned on Monday. A Ruiz spokesman said it was a private matter."
    assert "It was a private matter." in [claim for claim, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Packs were sent between February and May, the agency said.",
            "Packs were sent between February and May.",
        ),
        ("Trains ran in April and May, the operator said.", "Trains ran in April and May."),
    ],
)
def test_a_tag_after_the_month_may_keeps_the_month(text: str, expected: str) -> None:
    assert (expected, speaker(text)) in facts(text)
    assert speaker(text) is not None


def test_a_modal_may_before_a_tag_still_cuts_the_clause() -> None:
    assert ("Talks may resume in May.", "he") in facts("Talks may, he added, resume in May.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Corlan said it "deeply regretted" the problem.',
            'It "deeply regretted" the problem.',
        ),
        (
            'The mayor said the city "fully backed" the plan.',
            'The city "fully backed" the plan.',
        ),
    ],
)
def test_a_quotation_opening_inside_a_bare_statement_keeps_the_tag(
    text: str, expected: str
) -> None:
    claims = facts(text)
    assert [claim for claim, _ in claims] == [expected]
    assert claims[0][1] is not None


def test_the_subject_ends_before_a_quoted_adverb() -> None:
    (claim,) = [c for c in parse('The council "deeply regretted" the delay.') if not c.dropped]
    assert claim.subject == "The council"


def test_an_opinion_speaker_is_the_it_of_the_next_tag() -> None:
    text = (
        "Patients should not stop taking the medicine without first talking to their "
        "doctor, the agency said. Stopping treatment suddenly can itself be dangerous, "
        "it warned."
    )
    claims = [c for c in parse(text) if not c.dropped]
    assert [(c.text, c.attribution) for c in claims] == [
        ("Stopping treatment suddenly can itself be dangerous.", "the agency")
    ]
    assert claims[0].predicate == "be"


def test_an_unattributed_opinion_offers_no_speaker() -> None:
    text = "Patients should not stop taking the medicine. Stopping it can be dangerous, it warned."
    claims = [c for c in parse(text) if not c.dropped]
    assert all(c.attribution is None for c in claims)


def test_a_reflexive_after_an_auxiliary_is_not_the_verb() -> None:
    (claim,) = [c for c in parse("The mayor has herself admitted the error.") if not c.dropped]
    assert claim.predicate == "admit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 3,500 tonnes of earth slid onto the tracks, Fray said, filling the cutting.",
            [
                ("Some 3,500 tonnes of earth slid onto the tracks.", "Fray"),
                ("Some 3,500 tonnes of earth filled the cutting.", "Fray"),
            ],
        ),
        (
            "The river rose two metres, officials said, flooding 40 homes.",
            [
                ("The river rose two metres.", "officials"),
                ("The river flooded 40 homes.", "officials"),
            ],
        ),
    ],
)
def test_an_events_participle_after_a_middle_tag_goes_on_with_the_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert facts(text) == expected


def test_a_participle_of_no_event_after_a_middle_tag_is_not_the_statements() -> None:
    # "blaming" is no act of the river's: the tag is not cut to join it to the statement
    text = "The river rose two metres, officials said, blaming the dam."
    assert not any(claim.startswith("The river blamed") for claim, _ in facts(text))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The river rose two metres, officials said, calling it a disaster.",
            "Officials called it a disaster.",
        ),
        (
            "The airline cancelled 40 flights, the company said, describing the strike as illegal.",
            "The company described the strike as illegal.",
        ),
        (
            "The mayor said the pier will close, calling it a danger to swimmers.",
            "The mayor called it a danger to swimmers.",
        ),
    ],
)
def test_a_participle_of_judging_after_a_statement_is_the_speakers_act(text: str, act: str) -> None:
    assert act in [claim for claim, _ in facts(text)]


def test_an_events_participle_after_a_statement_stays_the_subjects() -> None:
    text = "The mayor said the storm will hit the coast, leaving thousands without power."
    assert ("The storm will leave thousands without power.", "The mayor") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Galvin said it also was a humid day when the items were restored.",
        "Hashimi said it appeared that the group had not used the gas.",
        "Warren said it appears the wind blew the parachute off course.",
    ],
)
def test_an_empty_it_after_a_lone_name_stays(text: str) -> None:
    (claim,) = [c for c in parse(text) if not c.dropped]
    assert claim.text.startswith("It ")


def test_it_appears_to_refers() -> None:
    assert facts("CNN said it appears to be ready.") == [("CNN appears to be ready.", "CNN")]


def test_a_quotation_after_an_article_is_no_statement_of_the_verb() -> None:
    # "added a "recently deleted" folder": an act, "added" tells no speech here
    text = 'Apple added a "recently deleted" folder to Photos in iOS 8.'
    assert facts(text) == [(text, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The park said it was reviewing security. It did not say how the lynx got out.",
            "The park did not say how the lynx got out.",
        ),
        (
            "The council told residents the road would shut. It declined to say for how long.",
            "The council declined to say for how long.",
        ),
    ],
)
def test_a_withheld_act_after_a_statement_is_its_speakers(text: str, expected: str) -> None:
    assert expected in [claim for claim, _ in facts(text)]


def test_a_withheld_act_after_no_statement_keeps_its_pronoun() -> None:
    # the sentence before has no speaker: the park may be meant, or something else
    text = "The park reviewed security at the enclosure. It did not say how the lynx got out."
    assert "It did not say how the lynx got out." in [claim for claim, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator said it was aware of the verdict.",
            "The regulator was aware of the verdict.",
        ),
        (
            "The airline said it is unable to confirm the figure.",
            "The airline is unable to confirm the figure.",
        ),
    ],
)
def test_it_before_the_state_of_a_body_refers(text: str, expected: str) -> None:
    assert expected in [claim for claim, _ in facts(text)]


def test_it_before_an_adjective_about_a_fact_stays_empty() -> None:
    text = "The council said it was unclear when the road would reopen."
    assert "It was unclear when the road would reopen." in [claim for claim, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In 2022 a recount was settled by three votes, a result that still rankles.", "a recount"),
        ("On Monday the bridge was closed to traffic, a move that angered drivers.", "the bridge"),
    ],
)
def test_a_prepositional_lead_does_not_run_into_its_clause(text: str, subject: str) -> None:
    assert next(c.subject for c in parse(text) if not c.dropped) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a lead with a relative clause of its own, and a lead with no verb
        ("In a speech that was broadcast live, the mayor resigned.", "the mayor"),
        ("In May, the council was told to pay.", "the council"),
    ],
)
def test_a_prepositional_lead_still_closes_at_its_comma(text: str, subject: str) -> None:
    assert next(c.subject for c in parse(text) if not c.dropped) == subject


def test_says_is_a_present_that_a_present_coordinates_with() -> None:
    text = "Fiona Castell runs a bakery and says she has never been a member of any party."
    assert facts(text) == [
        ("Fiona Castell runs a bakery.", None),
        ("Fiona Castell has never been a member of any party.", "Fiona Castell"),
    ]


def test_says_does_not_coordinate_with_a_past() -> None:
    # "ran" and "says": no two clauses of one tense, the sentence stays whole
    text = "Fiona Castell ran a bakery and says little about it."
    assert [claim for claim, _ in facts(text)] == [text]


def test_a_determiner_opening_a_sentence_is_no_first_name() -> None:
    # "Another Westbay ferry" names no person "Westbay": the short name stays a body's
    text = (
        "All passengers of a Westbay Ferries vessel were safe. Another Westbay ferry ran "
        "aground in 2019. Westbay said it was cooperating fully with the investigation."
    )
    assert "Westbay was cooperating fully with the investigation." in [c for c, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Glass and Ceramics Union said it would ask for a delay.",
            "The Glass and Ceramics Union would ask for a delay.",
        ),
        (
            "The mayor and the port director said they would resign.",
            "The mayor and the port director would resign.",
        ),
        (
            "The town's MP, Ruth Okafor, said she would raise the closure in parliament.",
            "Ruth Okafor would raise the closure in parliament.",
        ),
        (
            "Workers leaving the site after the meeting said they had feared the worst.",
            "Workers leaving the site after the meeting had feared the worst.",
        ),
    ],
)
def test_speakers_whose_pronoun_is_told_by_their_words(text: str, expected: str) -> None:
    assert expected in [claim for claim, _ in facts(text)]


def test_a_persons_possessive_before_the_speaker_leaves_she() -> None:
    # "she" may be Ruiz or her lawyer
    text = "Ana Ruiz's lawyer said she would appeal."
    assert "She would appeal." in [claim for claim, _ in facts(text)]


def test_but_he_says_opens_a_clause_of_its_own() -> None:
    text = "A mark on his belly may look like a scar, but he says it is the trail of a spider."
    assert [claim for claim, _ in facts(text)] == [
        "A mark on his belly may look like a scar.",
        "It is the trail of a spider.",
    ]


def test_and_says_after_a_participles_verb_goes_on_the_main_verb() -> None:
    text = 'A man believed to be the pilot looks into the camera and says: "My name is Tom Berg."'
    assert facts(text) == [
        ("A man believed to be the pilot looks into the camera.", None),
        ("My name is Tom Berg.", "A man"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("On the same day the boy was buried, a neighbour released new photos.", "a neighbour"),
        (
            "In the hours after the video was uploaded, supporters posted 2,000 tweets.",
            "supporters",
        ),
    ],
)
def test_a_lead_with_a_clause_of_its_own_still_closes_at_its_comma(text: str, subject: str) -> None:
    assert next(c.subject for c in parse(text) if not c.dropped) == subject


def test_a_persons_noun_possessive_before_the_speaker_leaves_his() -> None:
    # "his" may be the homeless man's: the possessor is a person
    text = "The homeless man's brother said his brother was being scammed."
    assert "His brother was being scammed." in [claim for claim, _ in facts(text)]


def test_says_after_a_tag_and_but_is_no_second_clause_of_the_subject() -> None:
    # "but says": the source's act, not the aircraft's: the sentence is not cut there
    text = "11 aircraft went missing from the airport, the agency reports, but says it is unsure."
    assert not any(claim.startswith("11 aircraft says") for claim, _ in facts(text))


def test_a_possessive_pronoun_is_not_stacked_on_a_possessive_speaker() -> None:
    text = "The country's leader said his government would close the test site."
    assert "His government would close the test site." in [claim for claim, _ in facts(text)]


def test_a_subject_pronoun_after_a_bodys_possessive_is_the_speaker() -> None:
    text = "The company's chief executive said she would resign."
    assert "The company's chief executive would resign." in [claim for claim, _ in facts(text)]


def test_a_bodys_its_is_put_after_a_possessive_speaker() -> None:
    text = "The country's government said its forces would withdraw."
    assert "The country's government's forces would withdraw." in [c for c, _ in facts(text)]


def test_a_speakers_description_and_name_are_one_referent_for_he() -> None:
    # the description is a person's ("chief executive") as the name is: one person, not two
    text = (
        "The trust's chief executive, Martin Hale, said that patient safety came first and "
        "urged the union to return. He said the trust had recruited 90 nurses this year."
    )
    assert ("The trust had recruited 90 nurses this year.", "Martin Hale") in facts(text)


def test_a_quotation_tag_with_a_description_then_he_said_parses() -> None:
    # once raised IndexError in the description-and-name reading of the sentence before
    text = (
        '"We cannot go on like this," Ana Berg, a doctor from Vell, said, describing the '
        'trend as "worrying."\n\nParents should also play a role in this, he said.'
    )
    claims = parse(text)
    assert not any(c.dropped and "failed" in c.dropped for c in claims)
