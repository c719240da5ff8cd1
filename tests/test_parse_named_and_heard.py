"""A name set off after a description, what a court heard, an empty "it" before "take" and
a stretch of time, and a speaker's act after a statement about a thing (session 45)."""

from __future__ import annotations

import pytest
from tests.parse_helpers import facts, speaker


@pytest.mark.parametrize(
    ("sentence", "main", "described"),
    [
        (
            "Brook's former deputy, Ada Lorne, was jailed for two years in 2023.",
            "Ada Lorne was jailed for two years in 2023.",
            "Ada Lorne was Brook's former deputy.",
        ),
        (
            "Another shop owner in the town, Rafe Collier of the Tanbury Arcade, was fined £900.",
            "Rafe Collier of the Tanbury Arcade was fined £900.",
            "Rafe Collier of the Tanbury Arcade was another shop owner in the town.",
        ),
        (
            "Its chief engineer, Mila Voss, has resigned.",
            "Mila Voss has resigned.",
            "Mila Voss is its chief engineer.",
        ),
        (
            "On Friday, the club's captain, Ivo Brandt, will lead the parade.",
            "On Friday, Ivo Brandt will lead the parade.",
            "Ivo Brandt is the club's captain.",
        ),
    ],
)
def test_a_name_after_a_description_is_the_subject(
    sentence: str, main: str, described: str
) -> None:
    texts = [text for text, _ in facts(sentence)]
    assert main in texts
    assert described in texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speaker keeps description and name: no claim about who the speaker is
        (
            "The mayor, Ines Pardo, said the road would reopen.",
            [("The road would reopen.", "The mayor, Ines Pardo")],
        ),
        (
            "The firm's lawyer, Oto Kral, has said the claim is false.",
            [("The claim is false.", "The firm's lawyer, Oto Kral")],
        ),
        # a name before the name: "The Vell Trust, Tom Berg" is no description
        ("The Vell Trust, Tom Berg, resigned.", [("The Vell Trust, Tom Berg, resigned.", None)]),
        # the words set off are a description, not a name: the old reading
        (
            "Her brother, a doctor in Leeds, flew home on Friday.",
            [
                ("Her brother flew home on Friday.", None),
                ("Her brother was a doctor in Leeds.", None),
            ],
        ),
    ],
)
def test_no_name_subject_where_none_is_set_off(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "content", "body"),
    [
        (
            "Corvin moved the funds to a private account, the court heard.",
            "Corvin moved the funds to a private account.",
            "the court",
        ),
        (
            "The pump had failed twice that week, an inquest in Dorley heard.",
            "The pump had failed twice that week.",
            "an inquest in Dorley",
        ),
        (
            "Jurors heard during the five-day trial that Halloran had signed the cheques.",
            "Halloran had signed the cheques.",
            "Jurors",
        ),
        (
            "The tribunal heard that the nurse was dismissed without notice.",
            "The nurse was dismissed without notice.",
            "The tribunal",
        ),
    ],
)
def test_what_a_hearing_heard_is_said_before_it(sentence: str, content: str, body: str) -> None:
    assert (content, body) in facts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Neighbours heard shots at about 2am.",
        "The court heard the case in May.",
        "Residents heard that the school would close, and they protested.",
    ],
)
def test_heard_elsewhere_is_no_statement(sentence: str) -> None:
    assert speaker(sentence) is None


def test_a_capitalised_ing_name_before_a_court_tag_stays_a_name() -> None:
    found = facts("Harding used company cards to pay for two cars, the court heard.")
    assert found == [("Harding used company cards to pay for two cars.", "the court")]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The agency warned that it could take years for the reef to recover.",
            "It could take years for the reef to recover.",
        ),
        (
            "The council said it would take months to rebuild the pier.",
            "It would take months to rebuild the pier.",
        ),
        (
            "The operator said it may take a while to restore the line.",
            "It may take a while to restore the line.",
        ),
    ],
)
def test_it_before_a_modal_take_and_a_span_of_time_is_empty(sentence: str, claim: str) -> None:
    assert [text for text, _ in facts(sentence)] == [claim]


def test_it_before_take_and_no_span_of_time_refers() -> None:
    assert [text for text, _ in facts("The firm said it would take legal action.")] == [
        "The firm would take legal action."
    ]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Dara Quill said in a statement that staff welfare was the board's first concern"
            " and urged the union to return to talks.",
            "Dara Quill urged the union to return to talks.",
        ),
        (
            "The minister said security was tight and urged calm.",
            "The minister urged calm.",
        ),
        (
            "The port's director, Sven Adler, said public safety came first and urged"
            " boat owners to stay ashore.",
            "Sven Adler urged boat owners to stay ashore.",
        ),
    ],
)
def test_an_act_after_a_statement_about_a_thing_is_the_speakers(sentence: str, act: str) -> None:
    assert (act, None) in facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a group's noun or a person may be the doer: the act stays on the statement
        (
            "The mayor said police had arrested two men and urged witnesses to come forward.",
            "Police urged witnesses to come forward.",
        ),
        ("Ruiz said staff were safe and urged calm.", "Staff urged calm."),
        ("Ruiz said everyone was safe and urged calm.", "Everyone urged calm."),
    ],
)
def test_an_act_after_a_statement_about_possible_doers_stays_theirs(
    sentence: str, claim: str
) -> None:
    assert claim in [text for text, _ in facts(sentence)]


def test_the_apposed_name_stays_on_the_statement_before_an_act() -> None:
    found = facts(
        "The port's director, Sven Adler, said public safety came first and urged boat"
        " owners to stay ashore."
    )
    # the act is split off, and the statement keeps the name the apposition gave
    assert ("Sven Adler urged boat owners to stay ashore.", None) in found
    assert ("Public safety came first.", "The port's director, Sven Adler") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the name is the last noun's, or the words before it are a clause
        "The mystery surrounding the region's young leader, Ivo Lak, only deepens.",
        "Here's how Dora's friend, Tam Reyes, described the night.",
        "It's hard to confirm the rumour that the mayor's sister, Ena Volk, is the new chair.",
    ],
)
def test_no_name_subject_after_a_clause_or_a_participle(sentence: str) -> None:
    texts = [text for text, _ in facts(sentence)]
    assert not any(text.startswith(("Ivo Lak", "Tam Reyes", "Ena Volk")) for text in texts)


@pytest.mark.parametrize(
    ("sentence", "main", "relative"),
    [
        (
            "A man who lives by the canal, and who asked not to be named, said the water"
            " was brown.",
            ("The water was brown.", "A man"),
            "A man who lives by the canal asked not to be named.",
        ),
        (
            "The barge that sank in March, and which had failed an inspection, was raised"
            " on Monday.",
            ("The barge that sank in March was raised on Monday.", None),
            "The barge that sank in March had failed an inspection.",
        ),
    ],
)
def test_a_second_relative_joined_by_and_is_set_off(
    sentence: str, main: tuple[str, str | None], relative: str
) -> None:
    found = facts(sentence)
    assert main in found
    assert (relative, None) in found


def test_and_who_without_a_first_relative_is_no_aside() -> None:
    assert speaker("Berg, and who could blame him, said the deal was off.") is None


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Dock workers we spoke to said the new rota was unsafe.", "Dock workers"),
        ("Parents that I interviewed said the bus had not come.", "Parents"),
        ("Traders we reached by phone said sales had halved.", "Traders"),
    ],
)
def test_the_reporters_contact_is_no_part_of_the_speaker(sentence: str, who: str) -> None:
    assert speaker(sentence) == who


def test_a_first_person_sentence_with_no_contact_clause_keeps_no_speaker() -> None:
    assert speaker("We spoke to traders who were angry.") is None


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            'The judge warned Ortega that "every option", including a fine, was open.',
            "Every option was open.",
        ),
        ('The coach told players that "nothing" had been decided.', "Nothing had been decided."),
    ],
)
def test_a_lone_quotation_mark_left_by_a_cut_is_dropped(sentence: str, claim: str) -> None:
    assert [text for text, _ in facts(sentence)] == [claim]


def test_paired_quotation_marks_stay() -> None:
    assert [text for text, _ in facts('Ruiz called it "a disgrace" and left.')] == [
        'Ruiz called it "a disgrace" and left.'
    ]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The trust said it would try to recover the money.",
            "The trust would try to recover the money.",
        ),
        ("The zoo said it would reopen on Friday.", "The zoo would reopen on Friday."),
        ("The museum said it had closed two galleries.", "The museum had closed two galleries."),
    ],
)
def test_it_after_a_body_that_runs_a_service_is_that_body(sentence: str, claim: str) -> None:
    assert [text for text, _ in facts(sentence)] == [claim]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Walkers on the canal path said they smelled gas early on Sunday.",
            "Walkers on the canal path smelled gas early on Sunday.",
        ),
        ("Nurses said they were exhausted.", "Nurses were exhausted."),
        (
            "Officials on the ground said they had found two boats.",
            "Officials on the ground had found two boats.",
        ),
    ],
)
def test_they_after_a_plural_of_people_is_those_people(sentence: str, claim: str) -> None:
    assert [text for text, _ in facts(sentence)] == [claim]


@pytest.mark.parametrize(
    "sentence",
    [
        # a lone capitalised -s word may be a surname: "they" stays
        "Sanders said they would vote no.",
        "Jones said they had left.",
    ],
)
def test_they_after_a_lone_surname_stays(sentence: str) -> None:
    assert next(text for text, _ in facts(sentence)).startswith("They ")


@pytest.mark.parametrize(
    ("sentence", "claim", "who"),
    [
        (
            'Inspector Ona Vale said after the hearing: "This was a planned theft."',
            "This was a planned theft.",
            "Inspector Ona Vale",
        ),
        (
            'Ana Ruiz told the Ledger after the meeting: "The port is shut."',
            "The port is shut.",
            "Ana Ruiz",
        ),
        (
            "Tom Berg said following the vote that the pier would close.",
            "The pier would close.",
            "Tom Berg",
        ),
        (
            "Ana Ruiz told reporters after the vote the port was shut.",
            "The port was shut.",
            "Ana Ruiz",
        ),
    ],
)
def test_after_or_following_an_occasion_is_when_it_was_said(
    sentence: str, claim: str, who: str
) -> None:
    assert (claim, who) in facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Canal Street residents told the Courier they had kept their dogs indoors.",
            "Canal Street residents had kept their dogs indoors.",
        ),
        ("Dock workers told BBC Radio Vell they were owed pay.", "Dock workers were owed pay."),
        # a plural told may be "they": left as written
        ("Residents told the Smiths they had left.", "They had left."),
    ],
)
def test_they_after_a_singular_name_told_is_the_speaker(sentence: str, claim: str) -> None:
    assert [text for text, _ in facts(sentence)] == [claim]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "It was a shepherd, Ivo Marsh, who first saw the wolf.",
            ["Ivo Marsh first saw the wolf.", "Ivo Marsh was a shepherd."],
        ),
        ("It was the mayor who ordered the closure.", ["The mayor ordered the closure."]),
        ("It was Dunne who called the police.", ["Dunne called the police."]),
        # the doer set against another: the other goes with its "not"
        ("It was a survey team from Vell Digs, not the volunteers, that found the wall.",
         ["A survey team from Vell Digs found the wall."]),
        ("It was the storm, not the tide, that broke the sea wall.",
         ["The storm broke the sea wall."]),
        ("It was the crew, rather than the pilot, who spotted the leak.",
         ["The crew spotted the leak."]),
    ],
)  # fmt: skip
def test_a_cleft_sentence_tells_the_act(sentence: str, claims: list[str]) -> None:
    assert [text for text, _ in facts(sentence)] == claims


@pytest.mark.parametrize(
    "sentence",
    [
        "It was clear that the port would close.",
        "It was unclear who had called the police.",
        # "that" after a noun with no contrast opens a relative: no cleft
        "It was a move that angered the fans.",
        # "that" before a subject: no doer of an act
        "It was the first time, not the last, that the club had sold out.",
    ],
)
def test_no_cleft_without_a_doer(sentence: str) -> None:
    assert next(text for text, _ in facts(sentence)).startswith("It ")


def test_the_reporters_contact_after_according_to_is_no_part_of_the_source() -> None:
    assert facts("According to the pilot who I met, the ferry sank.") == [
        ("The ferry sank.", "the pilot")
    ]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "The error was first spotted by an outside auditor, Nia Holt, who queried"
            " two invoices.",
            [
                "The error was first spotted by Nia Holt.",
                "Nia Holt queried two invoices.",
                "Nia Holt was an outside auditor.",
            ],
        ),
        (
            "The leak was found by a night guard, Teo Lund.",
            ["The leak was found by Teo Lund.", "Teo Lund was a night guard."],
        ),
    ],
)
def test_a_described_agent_is_named(sentence: str, claims: list[str]) -> None:
    assert [text for text, _ in facts(sentence)] == claims


@pytest.mark.parametrize(
    "sentence",
    [
        # a list after the name, or a name's name: left whole
        "The bill was signed by the mayor, Ana Ruiz, and two aides.",
        "The boat was built by the Vell yard, Harland.",
    ],
)
def test_no_named_agent_in_a_list_or_after_a_single_word(sentence: str) -> None:
    assert [text for text, _ in facts(sentence)] == [sentence]


def test_an_unknown_past_after_who_is_the_relatives_verb() -> None:
    texts = [text for text, _ in facts("Police arrested Ines Kord, who queried the fine.")]
    assert "Ines Kord queried the fine." in texts


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("escaped", "escape"), ("escaping", "escape"), ("typed", "type"), ("developed", "develop")],
)
def test_stems_that_lost_an_e(form: str, lemma: str) -> None:
    from claimtrack.parse.lemmas import verb_lemma

    assert verb_lemma(form) == lemma


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "The young male, named Kofi, got out of his pen on Monday.",
            ["Kofi got out of his pen on Monday.", "Kofi was the young male."],
        ),
        (
            "The ferry's owner, known as Ola Brand, has sold it.",
            ["Ola Brand has sold it.", "Ola Brand is the ferry's owner."],
        ),
    ],
)
def test_a_labelled_name_after_a_description_is_the_subject(
    sentence: str, claims: list[str]
) -> None:
    assert [text for text, _ in facts(sentence)] == claims


@pytest.mark.parametrize(
    "sentence",
    [
        # after a place or a thing, an unknown -ed word after "who" is left alone
        "He studied at a college in West Vell, who traveled to Oslo in 2012.",
        "He wrote to the experts on the matter, who purchased a new phone.",
    ],
)
def test_an_unknown_past_after_who_needs_a_persons_name(sentence: str) -> None:
    assert [text for text, _ in facts(sentence)] == [sentence]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mira Holt has driven the night bus for nine years. "Some nights I carry no one,"'
            " she said.",
            "Mira Holt",
        ),
        ('Teo Brandt has kept bees since 1990. "They know me," he says.', "Teo Brandt"),
    ],
)
def test_a_quotations_pronoun_speaker_is_the_full_name_just_before(text: str, speaker: str) -> None:
    assert facts(text)[-1][1] == speaker


def test_a_quotations_pronoun_speaker_stays_without_a_person_just_before() -> None:
    assert facts('The council met on Monday. "It is unfair," she said.')[-1][1] == "she"


@pytest.mark.parametrize(
    "text",
    [
        # a body's or a place's name, or one with a figure, is no person's
        'Vell-2 Plumbing has served the town since 1990. "We are scared," he said.',
        'Harbour Palace opened its gardens in May. "It was lovely," she said.',
    ],
)
def test_a_quotations_pronoun_speaker_is_no_bodys_name(text: str) -> None:
    assert facts(text)[-1][1] in ("he", "she")
