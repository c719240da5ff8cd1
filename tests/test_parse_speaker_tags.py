"""Speaker tags the parser used to miss: a tag in the middle of a sentence ("The bridge,
the mayor said, will reopen"), and what must stay without one."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.parse import attribution
from claimtrack.parse.attribution import find_attribution, find_quotation_tag
from claimtrack.parse.tags import find_middle_tag
from parse_helpers import facts, parse, speaker

# --- a tag in the middle of a sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        # a subject before the tag, its verb after: the comma goes with the tag
        ("The old bridge, the mayor said, will reopen in May.", "the mayor",
         "The old bridge will reopen in May."),
        ("The night shift, he said, works mostly without lights.", "he",
         "The night shift works mostly without lights."),
        ("This, Ruiz claims, is where the trouble with the lease starts.", "Ruiz",
         "This is where the trouble with the lease starts."),
        ("The hull, he explained to the court, was patched twice in 1990.", "he",
         "The hull was patched twice in 1990."),
        ("The talks, she continued, would resume in May.", "she",
         "The talks would resume in May."),
        ("Prices, the report concluded, will rise in spring.", "the report",
         "Prices will rise in spring."),
        # an opening clause before the tag, the main clause after: the comma stays
        ("When the storm hit the coast, Ruiz said, the roof of the barn gave way.", "Ruiz",
         "When the storm hit the coast, the roof of the barn gave way."),
        ("As part of the plan, Ortiz said, the ferries will run every hour.", "Ortiz",
         "As part of the plan, the ferries will run every hour."),
        # a whole clause before the tag, the rest of the statement after it
        ("The pier was closed, said Ana Ruiz, because the tide was too high.", "Ana Ruiz",
         "The pier was closed because the tide was too high."),
        ("The crate was heavy and, she said, wetter than anyone expected.", "she",
         "The crate was heavy and wetter than anyone expected."),
        # after a word that opens a clause of its own, the comma goes with the tag too
        ("The fire started because, police said, a heater was left on overnight.", "police",
         "The fire started because a heater was left on overnight."),
        ("Staff were moved to the annexe, where, Ortiz claims, the heating never worked.",
         "Ortiz", "Staff were moved to the annexe, where the heating never worked."),
        ("Only after the ferry left, Ortiz told the Courier on Monday, did the crew see the "
         "leak.", "Ortiz", "Only after the ferry left did the crew see the leak."),
        ("The pumps failed twice last week, the engineers later said, at the height of the "
         "flood.", "the engineers", "The pumps failed twice last week at the height of the flood."),
    ],
)  # fmt: skip
def test_a_tag_in_the_middle_credits_the_sentence_around_it(
    text: str, speaker: str, statement: str
) -> None:
    found = find_middle_tag(text)
    assert found is not None and found.attribution.speaker == speaker
    assert facts(text) == [(statement, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # a speaker written with a description, then the statement: no tag in the middle
        "The pier was closed, said Ana Ruiz, a pilot with the harbour board who saw it.",
        "Dr. Lee, a vet in the town told the Courier, a weekly paper that she saw the dog.",
        # the verb takes an object: no tag
        "The mill, which ran at a loss, acknowledged its mistake, saying in a note that it erred.",
        "The chef, the owner confirmed it as true, was hired in May.",
        "When the mill opened last May, the firm told us a lot about its plans, staff, and prices.",
        # a noun of saying, not a verb
        "While not final, Ruiz's claims, in addition to the photos, have made the story doubtful.",
        # a clause, not a tag: "and police said"
        "The council voted, and police said, the road would close.",
        # the words after the tag are the speaker's relative, the writer's contrast, a
        # participle whose doer the tag does not tell, or a quotation
        "Olives grow here, Ruiz says, who has farmed for decades.",
        "The pier was shut, she said, although the owners denied it.",
        "The pier was shut, Ruiz claims, but the port called her claim false.",
        'Once they were back inside, the guide says to the boy: "Well, you made it."',
        "The pier was shut, she said, citing a storm in the bay.",
        'When asked about the pier, she said, "It is shut for good."',
        # another verb of saying after the second comma: that is the tag
        "But on Friday, others told a different story, said Ana Ruiz, the port's spokeswoman.",
        # a list, no tag
        "Apples, pears, the grocer said.",
    ],
)
def test_other_commas_around_a_verb_of_saying_are_no_middle_tag(text: str) -> None:
    assert find_middle_tag(text) is None


def test_the_clauses_after_a_middle_tag_are_still_split() -> None:
    text = "The pier was shut for repairs, she said, and the ferries stopped running."
    assert facts(text) == [
        ("The pier was shut for repairs.", "she"),
        ("The ferries stopped running.", "she"),
    ]


# --- a speaker named by surname is the person named before -------------------------------


def test_a_surname_speaker_is_the_person_a_later_pronoun_means() -> None:
    # the pilot's quotation leaves "she" ambiguous; "Ruiz said" names the port's director again
    text = (
        'Ana Ruiz runs the port. "The tide was high," a pilot said. Ruiz said the gates held '
        'overnight. "We were lucky," she said.'
    )
    assert facts(text)[-1] == ("We were lucky.", "Ana Ruiz")


def test_a_surname_of_two_people_named_together_is_no_one_for_he() -> None:
    text = (
        "Dale Whitford and Peter Okonjo, both retired pilots, flew the old mail route for "
        'years. "The tide was high," a pilot said. Okonjo said the gates held overnight. '
        '"We were lucky," he said.'
    )
    assert facts(text)[-1] == ("We were lucky.", "he")


def test_a_surname_speaker_who_names_another_person_leaves_the_pronoun() -> None:
    # "he" may be the diver the port's director spoke of
    text = (
        'Ana Ruiz runs the port. "The tide was high," a pilot said. Ruiz said that a diver, '
        'Tom Berg, checked the gates. "We were lucky," he said.'
    )
    assert facts(text)[-1] == ("We were lucky.", "he")


def test_a_surname_speaker_does_not_replace_a_pronoun_inside_a_statement() -> None:
    # the man, not the lawyer, was recording
    text = (
        'Ana Ruiz is the man\'s lawyer. "It was loud," a pilot said. He was at home and '
        "recorded the noise, Ruiz said."
    )
    assert facts(text)[-1] == ("He was at home and recorded the noise.", "Ruiz")


# --- "X said:" before a quotation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quotation"),
    [
        # an opening phrase too long for the speaker patterns
        ('When asked whether the ferry would run again, Ruiz said: "Not this winter."',
         "Ruiz", "Not this winter."),
        ("As for the old pier, she said, “We will rebuild it in stone.”", "she",
         "We will rebuild it in stone."),
        # no blank after the comma
        ('One baker said,"The flour ran out by noon."', "One baker",
         "The flour ran out by noon."),
        # a name, an age and a relative before the verb
        ("Retired pilot Dale Whitford, 71, who flew the route for years, said: “The lights "
         "were out.”", "Retired pilot Dale Whitford", "The lights were out."),
        # a name, then a description of the person
        ('At the hearing, Tom Berg, director of the harbour board said, "the gates held."',
         "Tom Berg", "the gates held."),
        # a relative inside the speaker's words, adverbs before the verb
        ("A farmer who lives near the dam also stated, “The water rose overnight.”",
         "A farmer", "The water rose overnight."),
        ("In a radio message, rebel leader Omar Haddad had reportedly announced: “The road "
         "is ours.”", "rebel leader Omar Haddad", "The road is ours."),
    ],
)  # fmt: skip
def test_the_speaker_of_a_quotation_after_a_colon_or_comma(
    text: str, speaker: str, quotation: str
) -> None:
    found = find_quotation_tag(text)
    assert found is not None and found.speaker == speaker
    assert text[found.content_start : found.content_end] == quotation


def test_a_quotation_after_an_opening_phrase_is_its_speakers_claim() -> None:
    text = 'When asked whether the ferry would run again, Ruiz said: "Not before the spring."'
    assert facts(text) == [("Not before the spring.", "Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of the writer's before the speaker: reading the quotation alone loses it
        'The video appears to be recent, Ana Ruiz says: "The dam broke a week ago."',
        # a clause after the verb, or the speaker is the one quoted by the verb's subject
        'The mayor said it was fine, "for now."',
        'The Ledger reports a pilot as saying: "The lights were out."',
        # sentences run together (a splitter's miss): the words before are no scene
        'Once the river rose, the farm was lost. Her neighbour, Tom Berg, said: "We lost it."',
        # the speaker after the verb, the quotation's second half
        "The notice, said Ruiz, “is on the door.”",
        # a description after a clause of its own, not a name
        "Ana Ruiz, head of the board, sparked a row when she asked, “Why close it?”",
    ],
)
def test_no_speaker_of_a_quotation_after_other_words(text: str) -> None:
    assert find_quotation_tag(text) is None


def test_a_description_after_an_opening_phrase_is_the_speaker() -> None:
    text = 'But speaking to the Ledger, a guard at the gate said of it: "Nonsense, all of it."'
    found = find_quotation_tag(text)
    assert found is not None and found.speaker == "a guard at the gate"


# --- a single quotation mark before "said X" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("'The pier is shut for the winter,' said the harbour master.", "the harbour master",
         "The pier is shut for the winter"),
        # the quotation opened in the sentence before
        ("The ferry will not run again,’ added Ana Ruiz.", "Ana Ruiz",
         "The ferry will not run again"),
        ("'Is the pier shut for good?' asked a fisherman.", "a fisherman",
         "Is the pier shut for good?"),
    ],
)  # fmt: skip
def test_a_single_quotation_mark_closes_a_quotation_before_its_speaker(
    text: str, speaker: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker and found.quoted
    assert text[found.content_start : found.content_end] == content


def test_a_possessive_before_a_comma_is_no_quotation() -> None:
    # "the players'" ends with an apostrophe, and the comma comes after it
    text = "The new stand was built with the players' money, said the club's treasurer."
    found = find_attribution(text)
    assert found is not None and not found.quoted


# --- "according to X" with a relative or a participle after it ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam will close in May, according to the council, which runs the locks.",
         [("The dam will close in May.", "the council"),
          ("The council runs the locks.", None)]),
        ("Two barges sank overnight, according to a pilot who saw the wrecks.",
         [("Two barges sank overnight.", "a pilot"), ("A pilot saw the wrecks.", None)]),
        ("The ferry left at noon, according to the port, citing its own log.",
         [("The ferry left at noon.", "the port")]),
    ],
)  # fmt: skip
def test_a_source_after_according_to_with_a_remark_about_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the statement's own speaker comes first: the report only relays what she said
        "Ana Ruiz told reporters that the dam had closed, according to a report, which cites "
        "aides.",
        # a relative that is the source's own content, not a fact about the source
        "The ferry was late, according to a rule that the port set.",
        # the statement goes on after the source
        "Sales rose in May, according to the firm, including a jump in exports.",
        "About 300 people marched, according to a police count, calling for a new bridge.",
    ],
)
def test_other_words_after_according_to_keep_their_reading(text: str) -> None:
    found = find_attribution(text)
    sources = ("a report", "a rule", "the firm", "a police count")
    assert found is None or found.speaker not in sources
    assert all(speaker not in sources for _, speaker in facts(text))


@pytest.mark.parametrize("pronoun", ["he", "she", "it", "they", "we", "i", "you"])
def test_a_pronoun_is_the_speaker_not_a_description_of_one(pronoun: str) -> None:
    # every subject pronoun, "it" and "you" included: one module-level set, not shadowed
    assert not attribution._describes([pronoun, "said"])


# --- 'X told Harbour Radio's morning show late on Monday that ...' -------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the person told, then when: more than four words before "that"
        ("Ruiz told Harbour Radio's morning show late on Monday that the pier would reopen.",
         "Ruiz", "the pier would reopen."),
        ("The mayor told a packed town hall meeting on Tuesday night that the budget was "
         "balanced.", "The mayor", "the budget was balanced."),
        ("Ana Ruiz told the analyst Tom Berg of North Bank that she could not pay the bill.",
         "Ana Ruiz", "she could not pay the bill."),
        ("The pilot had told the coast guard via a radio call at dawn that the hull was "
         "cracked.", "The pilot", "the hull was cracked."),
    ],
)  # fmt: skip
def test_a_longer_person_told_and_when_before_that(text: str, speaker: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        # what was told about, then a relative "that"
        "Ruiz told the board about ideas for bridges that council members approved.",
        # an order ("told ... to"), then "that" as a determiner
        "The coach told the players to stay in the old hall at the end of that long week.",
        # a quotation opened before "that"
        "A guard told the Courier on Sunday ‘it seems odd that the gate was left open all night’",
    ],
)
def test_no_person_told_before_a_that_of_another_kind(text: str) -> None:
    assert find_attribution(text) is None


def test_a_second_noun_phrase_after_the_person_told_opens_the_clause() -> None:
    # "the old ferry" is the clause's subject, not more of the person told
    text = "Ruiz told harbour pilots the old ferry that the storm sank was unsafe."
    found = find_attribution(text)
    assert found is None or not text[found.content_start :].startswith("the storm")


# --- '..., Ruiz told MVS radio.', '..., the paper reported Thursday night.' ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person told in words of any case, up to six
        ('"Some of the boats are new," Ruiz told Harbour radio.', "Ruiz"),
        ('"The pier is closed," the source told Coastal newspaper al-Bahr.', "the source"),
        ('"The pier is closed," a pilot told host Tom Berg.', "a pilot"),
        ('"The pier is closed," she told a writer for the website Harbour.example.', "she"),
        ('"The pier is closed," ministry spokesman Tom Berg told local media Thursday.',
         "ministry spokesman Tom Berg"),
        # a day and its part, a bare date, "earlier this month"
        ("The pier has been closed since May, the local paper reported Thursday night.",
         "the local paper"),
        ("The pier has been closed since May, the port's director said July 8.",
         "the port's director"),
        ("The pier has been closed since May, the Courier reported earlier this month.",
         "the Courier"),
    ],
)  # fmt: skip
def test_a_trailing_tag_with_a_longer_tail(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker
    assert text[found.content_start : found.content_end].startswith(("Some", "The pier"))


@pytest.mark.parametrize(
    "text",
    [
        # an order, a clause, a second object: not the person told
        '"Go home," the officer told him to say.',
        "I like the boat, but my friends have told me to steer clear.",
        '"The pier is closed," he told them he left early.',
        "The ferry left late, and he told him his whole story.",
        # one bare lower-case noun: a headline's shorthand, left as it was read
        '"The pier is shut for the winter," the mayor told pupils.',
    ],
)
def test_what_was_told_after_a_trailing_told_is_no_tail(text: str) -> None:
    assert find_attribution(text) is None


def test_a_participle_after_a_determiner_names_no_speaker() -> None:
    # "the originally announced": "announced" is no verb of saying there
    text = (
        "Some papers give other dates, and all point to a date earlier than the originally "
        "announced May 18."
    )
    assert find_attribution(text) is None


# --- the person told, before "that" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner after the first word opens a clause: "that" is a relative there
        (
            "Ruiz told reporters the ferry that sank was old.",
            [("The ferry that sank was old.", "Ruiz")],
        ),
        # after a preposition or a setting word a determiner is the person's or the time's
        (
            "Ruiz told members of the board that the ferry was old.",
            [("The ferry was old.", "Ruiz")],
        ),
        (
            "Ruiz told the Daily Ledger after the vote that the ferry was old.",
            [("The ferry was old.", "Ruiz")],
        ),
        ("Ruiz said to the committee that the ferry was old.", [("The ferry was old.", "Ruiz")]),
    ],
)
def test_the_person_told_holds_no_second_noun_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


# --- "according to X" between two commas inside the statement ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject before the source, its verb after: the comma goes with the source
        ("Moths, according to a keeper at the zoo, do not eat wool in cold rooms.",
         [("Moths do not eat wool in cold rooms.", "a keeper at the zoo")]),
        ("The only thing that is certain, according to Dr Olsen, is that the roof leaks.",
         [("The only thing that is certain is that the roof leaks.", "Dr Olsen")]),
        # an opening phrase before the source, the clause after: the comma stays
        ("Later, according to the club's website, the final will move to Leeds.",
         [("Later, the final will move to Leeds.", "the club's website")]),
        ("Before the vote, according to a clerk, the mayor left the hall.",
         [("Before the vote, the mayor left the hall.", "a clerk")]),
        # the clause before the source, words after it that go on with it
        ("The firm hired 2,300 people by June, according to its yearly report, up 9 percent "
         "from last year.",
         [("The firm hired 2,300 people by June, up 9 percent from last year.",
           "its yearly report")]),
        ("Lee will sing the lead, according to a trade paper, in the opera staged by Ruiz.",
         [("Lee will sing the lead in the opera staged by Ruiz.", "a trade paper")]),
    ],
)  # fmt: skip
def test_a_source_between_commas_credits_the_statement_around_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two clauses: the source's is only one of them
        "The mill closed in May, according to the union, and the owners have sold the land.",
        "The ship sank, according to the navy, however the crew has not been found.",
        "Ana is 40 and, according to a blog, paid her staff a bonus last year.",
        "Pat quit on Monday, and the club, according to a paper, says it will appeal.",
        "The mill closed in May, according to the union, the owners sold the land.",
        # the words before end in a word that opens a clause of its own
        "They hid in a barn where, according to the police, they slept for two days.",
        # after the source: its name or description, or a participle whose doer is unclear
        "The mill closed in May, according to its lawyer, Ana Ruiz.",
        "The mill closed in May, according to the union, the largest in the county.",
        "The mill closed in May, according to the union, calling it a loss for the town.",
    ],
)
def test_other_words_around_a_middle_according_to_are_no_tag(text: str) -> None:
    assert find_middle_tag(text) is None


def test_a_pronoun_before_a_middle_source_is_not_the_source() -> None:
    # "Her" is someone named before, not the source named after it
    text = "Her brother, according to Tom Berg, used to run the mill."
    assert facts(text) == [("Her brother used to run the mill.", "Tom Berg")]


# --- "according to X, a description of X." ending the sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clip was first posted on a chat forum, according to Argus, a group that tracks "
         "such forums.",
         [("The clip was first posted on a chat forum.", "Argus")]),
        ("The singer died on Friday at a clinic in Leeds, according to Tom Berg, a manager "
         "for the band.",
         [("The singer died on Friday at a clinic in Leeds.", "Tom Berg")]),
        ("The mayor may resign this week, according to Ana Ruiz, professor of law at the "
         "state university.",
         [("The mayor may resign this week.", "Ana Ruiz")]),
        # a description of the source, then its name: the name is the source
        ("The driver had filmed the crash on his phone, according to his lawyer, Ana Ruiz.",
         [("The driver had filmed the crash on his phone.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_source_described_after_according_to(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the words after the source are a clause, or rank the figure counted
        "The fee rose by 10 percent, according to the paper, the council voted on Monday.",
        "The town has 4,000 people, according to a census, the smallest count since 1950.",
        # the statement has its own speaker before the source
        "Ruiz says the pier is closed, according to a report, a copy of which was leaked.",
        "Ruiz says the pier is closed, according to her aide, Tom Berg.",
        # a quotation with its own speaker before it
        '"The pier is closed," Ruiz says in the clip. The clip was posted online, according '
        "to Argus, a group that tracks forums.",
    ],
)
def test_other_words_after_a_closing_according_to_keep_their_reading(text: str) -> None:
    sources = ("the paper", "a census", "a report", "Tom Berg", "her aide", "Argus")
    found = find_attribution(text)
    assert found is None or found.speaker not in sources


# --- '"...," said Ana Ruiz, <a description of any length>' --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb further from the end than the last words read for a tag
        ('"The strike will hurt the port," said Oren Dahl, a researcher at the Baltic '
         "Institute at the University of Riga.",
         [("The strike will hurt the port.", "Oren Dahl, a researcher")]),
        ("The first ferries docked in May, said Oren Dahl, a historian who has written four "
         "books on the port and its long, troubled history.",
         [("The first ferries docked in May.", "Oren Dahl, a historian")]),
        # a description with commas of its own
        ('"The tide will turn," said Ana Ruiz, the head of Ruiz Research in Riga, Latvia.',
         [("The tide will turn.", "Ana Ruiz, the head of Ruiz Research")]),
        # a description longer than a speaker may be: the name alone
        ('"It is shut," said Ana Ruiz, former harbour pilot and longtime member of the board '
         "of the oldest ferry company of the Baltic coast.",
         [("It is shut.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_speaker_after_the_verb_with_a_long_description(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place or a source after the name, not a description of its bearer
        '"It is shut," said Navkiran, in a report in the Daily Ledger on Monday morning.',
        # a participle: the writer's remark on how it was said, or someone's act
        '"It is shut," said Ana Ruiz, using the old name of the harbour board and its pier.',
        # a clause after the comma
        '"It is shut," said Ana Ruiz, the pier was closed by the harbour board on Monday.',
    ],
)
def test_other_words_after_a_name_are_no_description(text: str) -> None:
    assert attribution._named_and_described(text.split(" said ", 1)[1].rstrip(".")) is None


def test_a_described_speakers_surname_is_the_person_a_later_pronoun_means() -> None:
    text = (
        "The first ferries docked in May, said Oren Dahl, a historian with the port museum "
        "in Riga. Later ferries came from Oslo, Dahl said. The last came in 1990, he said."
    )
    assert facts(text)[-1] == ("The last came in 1990.", "Oren Dahl")


# --- '"...," he said <a long tail of when, where or how>' ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"You cannot win this war," he said in an audio message posted on a website linked '
         "to the rebels.",
         [("You cannot win this war.", "he")]),
        ('"My sister is still there with other relatives," he told the radio after speaking '
         "with her on the phone.",
         [("My sister is still there with other relatives.", "he")]),
        # the verb further from the end than the last words read for a tag
        ('"In this war, there is no going back," she said in the video received by the '
         "agency in the same way as all the earlier messages.",
         [("In this war, there is no going back.", "she")]),
        ('"The gift has to be a nice one," Ana Ruiz said while opening it on the stage.',
         [("The gift has to be a nice one.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_quotation_tag_with_a_long_tail(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no closed quotation before the tag: the words after the verb may be the statement
        "The pier is shut, he said in an audio message posted on a website linked to the rebels.",
        "Officials said in a statement posted on the website of the port that the pier was "
        "shut for the winter.",
    ],
)
def test_a_long_tail_needs_a_closed_quotation(text: str) -> None:
    found = find_attribution(text)
    assert found is None or text[found.content_start : found.content_end].startswith("the pier")


# --- 'The phrase "full refund," he says, means ...': a tag after a quoted phrase ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The phrase "full refund," he says, likely means the airline will pay back the '
         "whole fare.",
         [('The phrase "full refund" likely means the airline will pay back the whole fare.',
           "he")]),
        ('The word "final," the clerk said, means the offer will not change.',
         [('The word "final" means the offer will not change.', "the clerk")]),
    ],
)  # fmt: skip
def test_a_middle_tag_after_a_quoted_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_middle_tag(text)
    assert found is not None and found.attribution.speaker == expected[0][1]
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence opens with its quotation: the quotation and its tag
        '"It is shut," he said, a claim the harbour board denies.',
        # a participle after the tag: whose act it is, the tag does not tell
        'The pier is "shut for good," his father said, adding, "and so is the port."',
        # the writer's contrast after the tag
        'Guards "caught them," Ruiz said, but "dozens more got through."',
    ],
)
def test_other_tags_after_a_quoted_phrase_are_no_middle_tag(text: str) -> None:
    assert find_middle_tag(text) is None


# --- a speaker's quotation is not cut at the commas inside it ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The longer the strike lasts, the more the port, and the city around it, will '
         'suffer," said Oren Dahl.',
         [("The longer the strike lasts, the more the port, and the city around it, will "
           "suffer.", "Oren Dahl")]),
        ('"The board, which meets on Monday, will close the pier," said Ana Ruiz.',
         [("The board, which meets on Monday, will close the pier.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_whole_quotation_keeps_its_appositions(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


def test_the_writers_apposition_outside_a_quotation_is_still_split() -> None:
    # the description stands outside the quotation marks: the writer's fact
    text = 'Ana Ruiz, a pilot at the port, told the board "the pier is shut for good."'
    assert ("Ana Ruiz was a pilot at the port.", None) in facts(text)
    # an unquoted statement is split as before
    text = "The board, which meets on Monday, will close the pier, said Ana Ruiz."
    assert facts(text) == [
        ("The board will close the pier.", "Ana Ruiz"),
        ("The board meets on Monday.", None),
    ]


# --- '..., the council chief, Marta Vell, said.': no quotation, a name and a description ---


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rebels have moved heavy guns into the valley, the council chief, Marta Vell, said.",
         "Marta Vell"),
        ("Rebels have moved heavy guns into the valley, Marta Vell, the council chief, said.",
         "Marta Vell"),
        ("The ferry sank near the pier, Oslo's harbour master, Tom Berg, told reporters.",
         "Tom Berg"),
    ],
)  # fmt: skip
def test_a_named_and_described_speaker_after_an_unquoted_statement(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker and not found.quoted
    assert text[found.content_start : found.content_end] == text.split(",", 1)[0]


@pytest.mark.parametrize(
    "text",
    [
        # a place and its distance, no description
        "The plots are part of an office park in Redwood City, California, about 11 miles "
        "(18 kilometers) from the firm’s main office in Oslo, said the people, who asked not "
        "to be named because the deal is private.",
        # a list of places
        "The crew reached Oslo, Bergen, Tromso, Ana Ruiz said.",
        # no clause before: a subject and its apposition
        "The port, the council chief, Marta Vell, said.",
    ],
)
def test_other_commas_before_a_name_and_verb_are_no_description(text: str) -> None:
    speakers = ("California", "Tromso", "Marta Vell")
    assert all(speaker not in speakers for _, speaker in facts(text))


# --- how a quotation was said, with an event of its own, is a claim of its own -------------


def test_how_a_quotation_was_said_with_a_relative_is_a_claim() -> None:
    text = (
        '"The talks were moved for logistical reasons," the ministry said in a written '
        "statement that the envoy read out at his weekly briefing."
    )
    assert facts(text) == [
        ("The talks were moved for logistical reasons.", "the ministry"),
        ("The ministry said in a written statement that the envoy read out at his weekly "
         "briefing.", None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # no relative: how it was said holds no event of its own
        '"The talks were moved for logistical reasons," the ministry said in a long written '
        "statement posted on its website.",
        # not after "in": "that" may open the statement
        '"The talks were moved," he said, and the envoy confirmed on the record that he left.',
    ],
)
def test_other_tails_make_no_claim_of_their_own(text: str) -> None:
    assert all(not claim.startswith("The ministry said") for claim, _ in facts(text))
    assert all(not claim.startswith("The envoy confirmed") for claim, _ in facts(text))


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        # a picture caption's label, then a speaker tag
        ("Suspicious: Sen. Ana Ruiz said Thursday that the detainees had called home.",
         "Sen. Ana Ruiz", "The detainees had called home."),
        ("Job done: Tom Berg told reporters that the hall was safe.", "Tom Berg",
         "The hall was safe."),
    ],
)  # fmt: skip
def test_a_speaker_tag_after_a_caption_label(text: str, speaker: str, statement: str) -> None:
    assert (statement, speaker) in facts(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a tabloid's kicker in capitals sums the story up: no word of the claim
        ("TEARFUL FAREWELL: Ana Ruiz left the club on Friday.",
         "Ana Ruiz left the club on Friday."),
        ("FERRY DRAMA: Forty passengers were rescued off Brenton.",
         "Forty passengers were rescued off Brenton."),
        ("ANTI-TAX REVOLT: Farmers blocked the road to Vell.",
         "Farmers blocked the road to Vell."),
    ],
)  # fmt: skip
def test_a_kicker_in_capitals_is_no_word_of_the_claim(text: str, claim: str) -> None:
    lines = f"Harbour news\n\nThe port was busy. It was late.\n\n{text}"
    assert claim in [c for c, _ in facts(lines)]


def test_a_kicker_in_capitals_with_a_verb_is_a_clause() -> None:
    # "OFFICIALS SAY:" tells who says it: not cut as a label
    lines = "Harbour news\n\nThe port was busy. It was late.\n\nOFFICIALS SAY: The pier fell."
    assert "The pier fell." not in [c for c, _ in facts(lines)]


@pytest.mark.parametrize(
    "text",
    [
        # a label with a verb of its own is a clause, not a caption's label
        "The mayor warned: Tom Berg said nothing.",
        "Ana Ruiz says: it is over.",
    ],
)
def test_a_clause_before_a_colon_is_no_caption_label(text: str) -> None:
    assert "Tom Berg" not in [s for _, s in facts(text)]


def test_a_transcript_speaker_is_no_caption_label() -> None:
    # "Name: ..." in an interview transcript: the words after it are that person's
    assert ("They are coming in by the southern border.", "You") not in facts(
        "Tom Berg: You say they are coming in by the southern border."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a denied saying credits no one: the sentence is the writer's, and negated
        "The mayor never said the port would close.",
        "The mayor never actually said the port would close.",
        "FACT: That blogger never said a cafe is opening in Leith.",
    ],
)
def test_a_saying_that_never_happened_has_no_speaker(text: str) -> None:
    (claim,) = [c for c in parse(text) if c.kind is Kind.FACT]
    assert claim.attribution is None
    assert claim.negated


def test_a_quotation_speaker_past_an_age_and_a_description() -> None:
    # "Tom Berg, 36, from Leeds said: ...": the age between the name and its description
    text = 'Tom Berg, 36, from Leeds said: "The port is shut."'
    assert facts(text) == [("The port is shut.", "Tom Berg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of time before the speaker is the writer's fact
        ("After Ana Ruiz resigned, she said the port would close.",
         [("The port would close.", "she"), ("Ana Ruiz resigned.", None)]),
        ("When Tom Berg arrived at the pier, he told reporters the port was shut.",
         [("The port was shut.", "he"), ("Tom Berg arrived at the pier.", None)]),
        # a phrase, or a clause with no subject of its own, is only the setting
        ("After the meeting, she said the port would close.", [("The port would close.", "she")]),
        ("When asked about the fire, the mayor said the port was shut.",
         [("The port was shut.", "the mayor")]),
    ],
)  # fmt: skip
def test_a_clause_of_time_before_the_speaker_is_a_fact_of_its_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz has yet to comment on the reopening of the pier, announced by the port last week.",
        "The mayor has not commented on the deal, confirmed by both firms on Friday.",
        "The plan, announced by the ministry on Monday, will cost $5 million.",
    ],
)
def test_a_participle_with_its_doer_after_by_is_no_speaker(text: str) -> None:
    assert find_attribution(text) is None
    assert not any(claim.startswith("By ") for claim, _ in facts(text))


def test_an_inverted_tag_still_names_its_speaker() -> None:
    found = find_attribution('"The pier is shut," announced Ana Ruiz, the port director.')
    assert found is not None and found.speaker.startswith("Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The envoy will resign next month, Harbour News has learned.", "Harbour News"),
        ("The fence climber got farther than was reported, police have learned.", None),
        (
            "The fence climber got farther than was reported, the Courier has learned.",
            "the Courier",
        ),
        ("The fence climber got farther than was first reported, Coast TV has learnt.", "Coast TV"),
        # "understands" and "has been told" credit the outlet alike
        ("The studio will move to Brightmoor next year, the Dispatch understands.", "the Dispatch"),
        ("The envoy will resign next month, Harbour News understands.", "Harbour News"),
        ("The ferry will be sold to a rival operator, the Herald has been told.", "the Herald"),
    ],
)
def test_an_outlets_closing_has_learned_credits_it(text: str, who: str | None) -> None:
    assert speaker(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Nordegren learned in May that the firm had been sold.",
        "Doctors then learned that the crew had the virus.",
        "As we learned yesterday, every year someone believes it.",
        "The boy has learned.",
        "She understands the risk of a strike.",
        "The risk was small, and Tom Berg understands.",
        "Ana Ruiz has been told to leave the flat by Friday.",
    ],
)
def test_learning_something_is_no_saying(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "who", "claim"),
    [
        (
            "Edwards continued, “The two men are held without bail.”",
            "Edwards",
            "The two men are held without bail.",
        ),
        ('She went on: "The pier is shut until May.', "She", "The pier is shut until May."),
        (
            '"The crew reached the wreck at dawn," he continued.',
            "he",
            "The crew reached the wreck at dawn.",
        ),
        (
            '"The crew reached the wreck at dawn," Ana Ruiz went on.',
            "Ana Ruiz",
            "The crew reached the wreck at dawn.",
        ),
    ],
)
def test_a_speaker_going_on_with_a_quotation_is_its_speaker(
    text: str, who: str, claim: str
) -> None:
    assert facts(text) == [(claim, who)]


@pytest.mark.parametrize(
    "text",
    [
        "The search continued, and divers found the car on Monday.",
        'Rain continued, "heavier than ever," as the crews reached the pier.',
        "The fighting went on for three days.",
        "Prices continued to rise in May.",
    ],
)
def test_going_on_without_a_quotation_is_no_saying(text: str) -> None:
    assert find_attribution(text) is None


def test_as_many_before_a_noun_read_as_a_verb_is_no_speaker() -> None:
    text = "As many states, towns and cities have done for years, Oslo banned cars in 1977."
    assert find_attribution(text) is None
    assert speaker("As many as 40 protesters said the police used tear gas.") == (
        "As many as 40 protesters"
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The pier is shut," Kennedy said to Tom Berg, the union lawyer.', "Kennedy"),
        ("The pier is shut, Ruiz told reporters in Oslo, the capital.", "Ruiz"),
        ('"The pier is shut," she said on Monday, the day the strike began.', "she"),
    ],
)
def test_a_trailing_tag_may_say_who_the_person_spoken_to_is(text: str, who: str) -> None:
    assert speaker(text) == who


def test_saying_after_a_closing_tag_is_the_speakers() -> None:
    text = (
        "Two pilots who joined the rebels are training recruits, a monitoring group said "
        "on Friday, saying it was the first time the rebels had flown jets."
    )
    assert (
        "It was the first time the rebels had flown jets.",
        "a monitoring group",
    ) in facts(text)


def test_saying_after_an_inverted_verb_with_no_quotation_stays_the_subjects() -> None:
    # "acknowledged its mistake" is no '..., said X' tag: the Courier is the one saying
    text = (
        "The Courier, which ran the story on Thursday, acknowledged its mistake, saying "
        "in a correction that it had misquoted the mayor."
    )
    assert all(who != "its mistake" for _, who in facts(text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The port is shut," said Mohamed Ali.', "Mohamed Ali"),
        ("'Arrests just started,' said Ahmed Saleh, who lives in the north.", "Ahmed Saleh"),
        (
            "Wilfried Strauch, an adviser to the institute, said the crater was new.",
            "Wilfried Strauch",
        ),
    ],
)
def test_a_first_name_in_ed_is_no_verb_in_a_speaker(text: str, who: str) -> None:
    assert facts(text)[0][1] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("'I have nothing to say,' she said as she ran into the house.", "she"),
        ('"The port is shut," Ruiz said when asked about the strike.', "Ruiz"),
        ("The port is shut, Ruiz said while crews cleared the pier.", "Ruiz"),
        ('"It is over," said Erin, the captain’s niece.', "Erin"),
        ("'It is over,' said the Smiths' lawyer.", "the Smiths' lawyer"),
    ],
)
def test_a_closing_tag_may_end_with_when_it_was_said(text: str, who: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker.startswith(who)


def test_a_when_clause_after_a_middle_tag_stays_the_contents() -> None:
    text = "They were on their way to the port, Ruiz said, when they were stopped."
    assert facts(text) == [("They were on their way to the port when they were stopped.", "Ruiz")]


def test_a_quotation_closing_inside_the_speaker_gives_no_speaker() -> None:
    text = "'It is rock hard, solid as a brick' the friends said while showing it off."
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '"Someone had to do it," he said, laughing.',
        '"They are at home now," she said, chuckling.',
        '"It is over," he said, shrugging.',
    ],
)
def test_a_closing_tag_with_how_it_was_said_alone_keeps_its_speaker(text: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker in ("he", "she")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a noun phrase before "that" after "said": the statement's subject, with a relative
        (
            "Ana Ruiz said a panel that studied the rock found it came from space.",
            ("A panel that studied the rock found it came from space.", "Ana Ruiz"),
        ),
        (
            "Experts said the fact that no one saw a fireball would suggest another cause.",
            ("The fact that no one saw a fireball would suggest another cause.", "Experts"),
        ),
        # after a verb with an object, "that" opens a relative about it
        (
            "The group posted a video on Monday that showed the hostage.",
            ("The group posted a video on Monday that showed the hostage.", None),
        ),
    ],
)
def test_a_noun_phrase_before_that_is_no_person_told(
    text: str, claim: tuple[str, str | None]
) -> None:
    assert claim in facts(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ana Ruiz told the court that the rock came from space.", "The rock came from space."),
        ("Ana Ruiz warned the council that the pier was unsafe.", "The pier was unsafe."),
        ("Local outlets reported a rumour that the pier was unsafe.", "The pier was unsafe."),
        ("The Courier reported a day ago that the pier was unsafe.", "The pier was unsafe."),
        ("The port stressed the fact that the pier was unsafe.", "The pier was unsafe."),
    ],
)
def test_a_person_told_or_a_content_noun_keeps_that_as_the_statements(
    text: str, claim: str
) -> None:
    assert claim in [said for said, _ in facts(text)]
