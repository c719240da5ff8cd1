"""Kinds: fact, opinion, question, meta (about the text)."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.parse.kinds import classify, ruling_speaker
from parse_helpers import parse


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("Will the council act in time?", Kind.QUESTION, "question"),
        ("The city must rebuild its levees.", Kind.OPINION, "opinion: 'must'"),
        ("Regulators should act faster.", Kind.OPINION, "opinion: 'should'"),
        ("This crisis demands courage and unity.", Kind.OPINION, "opinion: 'demands'"),
        ("It was a brutal campaign of intimidation.", Kind.OPINION, "opinion: 'brutal'"),
        ("We need answers now.", Kind.OPINION, "opinion: 'need to'"),
        ("Let's not get carried away by one poll.", Kind.OPINION, "opinion: 'let's'"),
        ("So let’s wait for the full count.", Kind.OPINION, "opinion: 'let's'"),
        ("The excerpt gives no figures.", Kind.META, "about the text: 'the excerpt'"),
        ("This article was updated with new figures.", Kind.META,
         "about the text: 'this article'"),
        ("The story’s framing suggests a rift.", Kind.META, "about the text: 'the story's'"),
        ("Here is what the reporting supports.", Kind.META, "about the text: 'here is what'"),
        ("Claims below are checked against our sources.", Kind.META,
         "about the text: 'claims below'"),
        ("Here’s what the council decided.", Kind.META, "about the text: 'here's what'"),
        # a draft's notes to the newsroom
        ("Pending review by the desk editor.", Kind.META, "about the text: 'desk editor'"),
        ("Draft for the verification desk.", Kind.META,
         "about the text: 'verification desk'"),
    ],
)  # fmt: skip
def test_kinds(text: str, kind: Kind, reason: str) -> None:
    found_kind, found_reason = classify(text)
    assert found_kind is kind
    if kind is not Kind.OPINION or "need" not in text:
        assert found_reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 7-2 to raise the levee budget.",
        "Police arrested 14 people after the match.",
        "The shop must-have list sold out.",
        "The landlord let the flat to a student.",
        "Demand for steel fell in March.",
        # a person's words, not the text's
        "The senator echoed the language used during his campaign speeches.",
        # review and editors in the world, not the newsroom's process
        "The merger is pending review by the competition regulator.",
        "The paper's editor resigned on Friday.",
        "The report was replaced by an editor's note on Monday.",
    ],
)
def test_facts(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        "Generals warned of chaos should the troops leave early.",
        "The envoy said that should the talks fail, the blockade would resume.",
        "Should there be a second vote, the bill returns to the floor.",
        "Workers lose their bonus should any shift be missed.",
    ],
)
def test_should_before_its_subject_is_a_condition_not_advice(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        "The troops should leave early.",
        "The ministers should all resign.",
        "The envoy should, however, stay.",
        "The talks should also include trade.",
    ],
)
def test_should_before_a_verb_is_still_advice(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: 'should'")


@pytest.mark.parametrize(
    "text",
    [
        "Board members were split on how much the club should spend on players.",
        "The ferry company asked whether its crews must carry radios.",
        "Officials have not decided which agency ought to lead the inquiry.",
        "The union debated when the strike needs to end.",
        "Auditors are checking whether the mayor should repay the grant or keep it.",
        "Reporters asked if the minister should resign.",
    ],
)
def test_a_modal_inside_an_indirect_question_is_asked_not_advised(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a comma closes the question: the council's duty is asserted
        ("Whether or not the levy passes, the council must rebuild the dam.", "opinion: 'must'"),
        # a relative "who", not a question: the writer judges the officials
        ("The officials who should resign are still in office.", "opinion: 'should'"),
        # a wh-word after no word of asking or deciding
        ("The mayor knows how the city should pay for it.", "opinion: 'should'"),
        # a condition after the modal, or before it in a clause of its own
        ("The minister should resign if the audit fails.", "opinion: 'should'"),
        ("If the audit fails, the minister should resign.", "opinion: 'should'"),
        # the speaker's own doubt
        ("We argued about how we should vote.", "opinion: 'should'"),
        # not a modal: an evaluative word keeps its judgement inside a free relative
        ("Fans argued over what was disgraceful.", "opinion: 'disgraceful'"),
    ],
)
def test_a_modal_outside_an_indirect_question_stays_advice(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    "text",
    [
        "The F.B.I. director was dismissed in May.",
        "Senators delayed the vote on the new C.I.A. chief.",
        "I.R.S. agents audited the charity twice.",
    ],
)
def test_a_letter_of_a_dotted_abbreviation_is_not_first_person(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    ["I will appeal the ruling.", "The board, I believe, broke the rules.", "So did I."],
)
def test_a_bare_i_is_still_first_person(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: first-person comment")


@pytest.mark.parametrize(
    "text",
    [
        "The comet will pass within 5 million miles of our planet in June.",
        "Our solar system has eight planets.",
        "The probe photographed the far side of our moon.",
    ],
)
def test_our_before_a_noun_that_is_everyones_is_no_comment(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        "Our city lost two bridges in the flood.",
        "The storm hit our town on Monday.",
        "Our planet team won the prize, and we celebrated.",
    ],
)
def test_our_before_other_nouns_is_still_first_person(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: first-person comment")


@pytest.mark.parametrize(
    "text",
    [
        "Please be patient until we know more.",
        "Please send help to the valley!",
        "PLEASE stay home.",
    ],
)
def test_a_request_is_no_fact(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: a request ('please')")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Above, the mayor opens the new pier in May.", "Above"),
        ("Pictured, the ferry at the quay before the storm.", "Pictured"),
        ("Pictured: the old lighthouse.", "Pictured"),
        ("Watch the video of the rescue below.", "Watch the video"),
    ],
)
def test_a_caption_is_about_the_page(text: str, cue: str) -> None:
    assert classify(text) == (Kind.META, f"about the page: '{cue}'")


@pytest.mark.parametrize(
    "text",
    [
        "Above-average rain flooded the valley.",
        "Below the bridge, divers found the car.",
        "Watchdogs fined the bank in May.",
        "Pictures of the crash spread online.",
        # a copula introduces someone whose relative may say what they did
        "Pictured is Ana Ruiz, who built the pier.",
    ],
)
def test_words_of_captions_elsewhere_leave_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize("text", ["Has it really been ten years?!", "Who paid for the bridge??"])
def test_a_question_with_marks_after_its_question_mark(text: str) -> None:
    assert classify(text) == (Kind.QUESTION, "question")


@pytest.mark.parametrize(
    "text",
    [
        "Pleased with the vote, the mayor left early.",
        "Please Touch Museum reopened in May.",
        # a request that wraps a statement: the statement is what is said
        "Please know that the plant was never sold.",
    ],
)
def test_please_that_asks_nothing_leaves_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        "The club will need to sell two players before June.",
        "The vaccine would need to be tested again.",
        "A surgeon may need to reset the bone.",
        "Further talks might need to be held in the capital.",
        "The council could need to borrow 4 million euros.",
        "The fire must have started in the kitchen.",
        "The thieves must have known the code.",
    ],
)
def test_a_forecast_need_or_a_guess_is_no_advice(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The club needs to sell two players.", "opinion: 'needs to'"),
        ("Regulators need to act now.", "opinion: 'need to'"),
        ("The club must sell two players.", "opinion: 'must'"),
    ],
)
def test_a_present_need_or_must_is_still_advice(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told the Post that the dam was safe.",
        "The Article V convention was never called.",
        "The aide resigned after the text messages were leaked.",
        "The text of the treaty was never published.",
        "She held the post of finance minister for a year.",
        "The post office closed in 1998.",
        "The article of impeachment passed the House.",
    ],
)
def test_a_text_in_the_world_is_not_about_this_text(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The post gives no figures.", "the post"),
        ("The text does not say who paid.", "the text"),
        ("The article names no source.", "the article"),
        ("In the text, the author names no source.", "in the text"),
    ],
)
def test_the_text_itself_is_still_meta(text: str, cue: str) -> None:
    assert classify(text) == (Kind.META, f"about the text: '{cue}'")


def test_first_person_in_an_attributed_statement_is_not_opinion() -> None:
    assert classify("We will reopen the plant", attributed=True)[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    ["Opinion: The city deserves a better port", "Analysis: Voters walk away again"],
)
def test_labelled_comment_headlines_are_opinion(text: str) -> None:
    kind, reason = classify(text)
    assert kind is Kind.OPINION and reason is not None and reason.startswith("opinion: labelled")


def test_an_analysis_mentioned_inside_a_sentence_is_not_a_label() -> None:
    assert classify("The analysis: costs rose by 4%.")[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    [
        "The strikers handed over a list of demands on Monday.",
        "Their demands were met within a week.",
        "The tenants' association said its demands had not changed.",
        "The group's demands included a pay rise and shorter shifts.",
        "Nurses' demands for safer staffing went unanswered.",
        "The ministry rejected demands for an inquiry.",
        "Union demands were published on the council website.",
        "Several demands remained open when the talks ended.",
        "The mayor stressed the need to repair the bridge before winter.",
        "The report described the city's need to borrow.",
    ],
)
def test_cue_words_used_as_nouns_are_not_opinion(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The union demands that the plant stay open.", "opinion: 'demands'"),
        ("Justice demands a full and public inquiry.", "opinion: 'demands'"),
        ("The moment demands that every member vote.", "opinion: 'demands'"),
        ("Officials need to act before the rains.", "opinion: 'need to'"),
        ("There is no need to panic.", "opinion: 'need to'"),
        ("There's need to act now.", "opinion: 'need to'"),
        # A noun use does not hide another cue of the same sentence.
        ("Their demands were met, but the deal is shameful.", "opinion: 'shameful'"),
        ("The protesters' demands must be heard.", "opinion: 'must'"),
        # A cue that is evaluative as a noun too stays a cue.
        ("The merger was a blunder.", "opinion: 'blunder'"),
        ("The plan is folly.", "opinion: 'folly'"),
    ],
)
def test_cue_words_used_as_verbs_or_evaluative_nouns_stay_opinion(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Stance adverbs: the writer vouches for the statement instead of sourcing it.
        ("Surely nobody can claim the warnings came as news.", "opinion: 'surely'"),
        ("It is, frankly, a scandal that the pumps failed.", "opinion: 'frankly'"),
        # Evaluation and desert.
        ("The delay is a disgrace.", "opinion: 'disgrace'"),
        ("Families deserve a straight answer.", "opinion: 'deserve'"),
        ("The town deserves better than another study.", "opinion: 'deserves'"),
        # The paper's own voice.
        (
            "This newspaper has argued for years that the dam is unsafe.",
            "opinion: 'this newspaper'",
        ),
        ("We believe the inquiry should be public.", "opinion: 'we believe'"),
    ],
)
def test_editorial_stance_is_opinion(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper reported that 40 homes were flooded.",
        "Officials believe the fire started in the kitchen.",
        "The mayor called the report a surprise.",
    ],
)
def test_stance_words_nearby_leave_facts_alone(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the port through brutal tactics in March.",
        "The heroic driver pulled four children from the bus.",
        "The militia posted the barbaric video on Tuesday.",
        "The so-called unity government won a vote of confidence.",
        "The reckless spending plan passed the assembly 60-40.",
    ],
)
def test_an_evaluative_word_before_a_noun_leaves_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the judgement is the predicate
        ("The raid was brutal.", "brutal"),
        ("It was a truly barbaric act.", "barbaric"),
        ("It seems a reckless plan to sell the port.", "reckless"),
        ("The guards were heroic and calm.", "heroic"),
        # not before a noun
        ("The mayor called the plan reckless.", "reckless"),
        ("Selling the port now would be absurd to most traders.", "absurd"),
        # the speaker's own reaction
        ("We condemn this heinous attack on the clinic.", "heinous"),
    ],
)
def test_an_evaluative_word_as_the_claim_stays_an_opinion(text: str, cue: str) -> None:
    assert classify(text) == (Kind.OPINION, f"opinion: '{cue}'")


@pytest.mark.parametrize(
    "text",
    [
        # a participle reports what the subject told or argued: the writer states that
        "The mayor stood firm, telling traders that they must pay the fee.",
        "Ruiz defended the plan, arguing that the port should stay open at night.",
        "Fans protested, with many insisting that the club should sack the coach.",
    ],
)
def test_a_modal_reported_by_a_participle_is_a_fact(text: str) -> None:
    assert classify(text)[0] is Kind.FACT


@pytest.mark.parametrize(
    "text",
    [
        # a verb of arguing or convincing reports the view: that it was argued is the fact
        "He tried to argue they should leave.",
        "She convinced the minister he did not need to resign.",
        "The lawyers persuaded the judge that the trial should move to Kelby.",
        "Aides were trying to reassure donors the campaign must not be written off.",
        # a noun of a view before "that"
        "The union holds the view that the council should pay.",
        "The ruling rejected the notion that tenants must pay for repairs.",
    ],
)
def test_a_modal_in_a_reported_view_is_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the view verb's clause ends before the modal's
        ("He argued for hours, and the board should have listened.", "opinion: 'should'"),
        ("Critics were persuaded by the figures but the city must still pay.", "opinion: 'must'"),
        # the noun is no view's ("the case" of a court), and no "that" after the view
        ("In this case the city should pay.", "opinion: 'should'"),
        ("Her view is clear: the port must stay open.", "opinion: 'must'"),
        # too far from the verb to be its clause's modal
        ("Voters were convinced by a long and costly campaign of the ferry union to the "
         "effect most towns should pay.", "opinion: 'should'"),
    ],
)  # fmt: skip
def test_a_modal_outside_a_reported_view_stays_advice(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of condemning or calling reports the quoted word: the act is the fact
        "In Kelby, President Ana Ruiz condemned the attack as “outrageous,” and sent help.",
        "Ministers have condemned the “barbaric” killings.",
        'The mayor called the plan "absurd" on Monday.',
        "The union branded the cuts ‘disgraceful’ in a letter.",
    ],
)
def test_an_evaluative_word_quoted_after_a_verb_of_calling_is_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "attributed", "cue"),
    [
        # no verb of calling: the writer's own quoted judgement
        ("The plan was “absurd” and “reckless”.", False, "absurd"),
        ("Critics pointed to the “shameful” state of the ward in May.", False, "shameful"),
        # a long quotation after the verb is the speaker's statement
        ("He called it “a plan so absurd that no serious city would try it”.", False, "absurd"),
        # with a speaker tag, the quoted word is the speaker's view
        ("Ruiz said the breach was “unacceptable” to her.", True, "unacceptable"),
    ],
)
def test_a_quoted_evaluative_word_without_a_reporting_verb_stays_opinion(
    text: str, attributed: bool, cue: str
) -> None:
    assert classify(text, attributed=attributed) == (Kind.OPINION, f"opinion: '{cue}'")


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # what a law, a regulation, a deal or a contract requires
        ("Under the new law, every landlord must register each flat.", False),
        ("But under the terms of the 2019 deal, Vardia must cut its stockpile.", False),
        ("According to the club's rules, members must wear a tie.", False),
        ("The regulation says operators must report leaks within 24 hours.", True),
        ("The contract also requires that the buyer must pay within 30 days.", False),
        ("A bylaw that says every dog must be chipped took effect in May.", False),
        ("The guidelines state that staff should wash their hands.", True),
        # "in" before one rule, named
        ("In the charter, every member must cite its source.", False),
        ("In its new contract, the club must pay each player monthly.", False),
        ("In the rules, every bill must name its sponsor.", False),
    ],
)
def test_a_modal_that_states_a_rule_is_a_fact(text: str, attributed: bool) -> None:
    assert classify(text, attributed=attributed) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the writer's own call, also about a law
        ("The council must act now.", "opinion: 'must'"),
        ("The law must be changed.", "opinion: 'must'"),
        ("Lawmakers should repeal the rules.", "opinion: 'should'"),
        # "under" inside the clause, no lead of it
        ("Firms trading under the old rules must now adapt.", "opinion: 'must'"),
        ("Shops opened under the old rules, like the bakery, must now adapt.", "opinion: 'must'"),
        # the rule's verb in another clause, before a comma
        ("The law says nothing about it, so the mayor must decide.", "opinion: 'must'"),
        # a rule's phrase with no comma closing it
        ("Under pressure the council must act.", "opinion: 'must'"),
        # "in" before any rule, or before no rule
        ("In any deal, Vardia must give up its stockpile.", "opinion: 'must'"),
        ("In its reply, the council must act.", "opinion: 'must'"),
        ("In the meantime, the law must be changed.", "opinion: 'must'"),
    ],
)
def test_a_modal_beside_a_rule_that_is_advice_stays_opinion(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # the writer's own advice, and a speaker's view once the tag is read
        ("The council should resign, telling no one.", False),
        ("Ruiz said that the port should stay open.", True),
        # a participle that only reports a second statement of the speaker
        ("Ruiz spoke first, adding that the port should stay open.", False),
    ],
)
def test_a_modal_not_reported_by_a_participle_stays_advice(text: str, attributed: bool) -> None:
    assert classify(text, attributed=attributed)[0] is Kind.OPINION


@pytest.mark.parametrize(
    "text",
    [
        "Don't panic.",
        "But don’t get too excited.",
        "DO NOT LISTEN TO THE RUMOURS.",
        "So do not book a ticket just yet.",
        "If you find the wallet, don't open it.",
        "Don't worry, Lisbon!",
    ],
)
def test_an_instruction_to_the_reader_is_opinion(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: an instruction ('don't')")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("See an earlier report on the flood below.", "see"),
        ("Follow Ana Lind on Mastodon and Bluesky.", "follow"),
        ("Download the Harbour Daily app for more ferry news!", "download"),
        ("Watch Morning Desk weekdays at 7am.", "watch"),
        ("Check out our gallery of the storm.", "check"),
        ("CHECK BACK FOR UPDATES.", "check"),
    ],
)
def test_an_instruction_to_the_reader_by_its_verb_is_opinion(text: str, verb: str) -> None:
    assert classify(text) == (Kind.OPINION, f"opinion: an instruction ('{verb}')")


@pytest.mark.parametrize(
    "text",
    [
        # the verb's word is a noun with a verb of its own after it
        "Watch Collection models would cost $500.",
        "Visit Norland said on Monday that bookings rose.",
        # no object after the verb's word: a subject, not an instruction
        "Call centres in the city closed at noon.",
        # a caption keeps its own reason
        "Watch the video below.",
        # the object's relative clause states something
        "Watch the new footage that claims to show a bear in the harbour.",
    ],
)
def test_a_verb_word_that_opens_a_statement_is_no_instruction(text: str) -> None:
    assert "instruction" not in str(classify(text)[1])


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # any verb's plain form before an object's opener
        ("Keep an eye on the council's page for updates.", "keep"),
        ("Protest the closure by writing to your councillor.", "protest"),
        ("Take a look at the map below.", "take"),
        # before a preposition or a particle in a sentence to the reader
        ("Talk about the new ferry timetable with your neighbours.", "talk"),
        ("Decide for yourself in our gallery.", "decide"),
        ("Keep calm and carry on!", "keep"),
    ],
)
def test_an_imperative_of_any_verb_is_an_instruction(text: str, verb: str) -> None:
    assert classify(text) == (Kind.OPINION, f"opinion: an instruction ('{verb}')")


@pytest.mark.parametrize(
    "text",
    [
        # a verb's word that is a noun before a preposition: a caption, no reader in sight
        "Fire in the hills above Lisbon.",
        "Protest at the embassy on Sunday.",
        # "by" labels who posted
        "Post by Ana Lind.",
        # a subject with a verb of its own
        "Support for the plan grew in May.",
        "Talks on the deal resumed on Monday.",
        # a shouted headline word
        "FLOOD IN THE VALLEY.",
        # no verb's plain form first
        "Officials in the city closed the pier.",
    ],
)
def test_a_verb_word_before_a_phrase_is_no_imperative_unless_it_speaks_to_the_reader(
    text: str,
) -> None:
    assert "instruction" not in str(classify(text)[1])


@pytest.mark.parametrize(
    "text",
    [
        # a statement opens with its subject, or with an inversion
        "Dozens of voters do not trust the count.",
        "Never has the bridge been closed so long.",
        # the instruction goes on to state a fact
        "Don't worry, the bridge is safe.",
        "Don't panic because the pier reopened on Monday.",
    ],
)
def test_a_statement_with_do_not_is_no_instruction(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        # what "I" or "we" did: a report, not a comment
        "We fought for an hour to land the pike.",
        "I called the harbour master on Friday.",
        "We did not negotiate with the kidnappers.",
        "We have contacted the ferry company for comment.",
        "And then we drove to the border.",
        "In May, we sailed to Tromso with two crates.",
        "We have been told the ship sank.",
        "We towed the boat and we moored it at the pier.",
    ],
)
def test_a_first_person_report_of_a_deed_is_a_fact(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    "text",
    [
        # a view, a state, a feeling or a plan stays the writer's comment
        "I thought the ferry was late.",
        "We loved every minute of the show.",
        "I was so happy to see the harbour again.",
        "We have never been prouder of our crew.",
        "We will appeal the ruling.",
        "I have sailed for years, and I cannot recall a worse storm.",
        # the first person is no subject of the sentence's verb
        "The storm hit our town, and we cried.",
    ],
)
def test_a_first_person_view_is_still_a_comment(text: str) -> None:
    assert classify(text) == (Kind.OPINION, "opinion: first-person comment")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Sadly, the old ferry sank in the storm.", "the old ferry"),
        ("Fortunately, none of the passengers was hurt.", "none of the passengers"),
        ("Thankfully the singer is alive and well.", "the singer"),
        ("Unfortunately for the driver, the bridge had collapsed.", "the bridge"),
        ("Luckily, a passing trawler picked up the crew.", "a passing trawler"),
        ('"Sadly it sank within minutes.', "it"),
    ],
)
def test_an_evaluative_adverb_comments_on_a_fact_and_is_not_its_subject(
    text: str, subject: str
) -> None:
    # the writer regrets or welcomes what happened, and so takes it as true: the claim is
    # the fact, and another outlet's plain "The ferry sank" states the same thing
    (claim,) = parse(text)
    assert claim.kind is Kind.FACT
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a cue that judges the clause itself stays opinion
        ("Surely the council knew about the cracks.", "opinion: 'surely'"),
        ("Frankly, the plan is a mistake.", "opinion: 'frankly'"),
        # the adverb does not hide another cue of the sentence
        ("Sadly, the council must now rebuild the pier.", "opinion: 'must'"),
    ],
)
def test_an_evaluative_adverb_leaves_the_other_cues_alone(text: str, reason: str) -> None:
    assert classify(text) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    "text",
    [
        "The story is a hoax.",
        "A ministry spokesman said the post was satire.",
        "Fact-checkers found the article was fabricated.",
        "Its author later admitted the story's quotes were made up.",
        # where it came from, how it spread
        "The story originated on a satire site in May.",
        "The post was shared 80,000 times before it was removed.",
        "Two tabloids picked up the story within hours.",
    ],
)
def test_a_story_judged_false_or_traced_is_a_report_in_the_world(text: str) -> None:
    # whether the rumour is true, and where it came from, are what a checker wants from an
    # article that debunks it
    assert all(claim.kind is Kind.FACT for claim in parse(text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The story's framing suggests a rift.", "about the text: 'the story's'"),
        ("The article was updated on Monday.", "about the text: 'the article'"),
        ("The post lists three demands.", "about the text: 'the post'"),
    ],
)
def test_a_story_not_judged_false_is_still_the_text(text: str, reason: str) -> None:
    assert classify(text) == (Kind.META, reason)


@pytest.mark.parametrize(
    "text",
    [
        # a story the article reports on (another outlet's, a rumour) is a thing in the world
        "The story originated from a satire site based in Varna.",
        "The Harbour Daily ran the story on Monday.",
        "The story was confirmed by a port official on Friday.",
    ],
)
def test_a_story_reported_on_is_not_this_text(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a summary of what the text presents, and its figure of speech, still speak of it
        ("The story emphasizes the symbolic nature of the vote.", "the story emphasizes"),
        ("The numbers tell the story of a failed plan.", "tell the story"),
        ("This story was updated on Friday.", "this story"),
    ],
)
def test_a_story_presented_is_still_meta(text: str, cue: str) -> None:
    assert classify(text) == (Kind.META, f"about the text: '{cue}'")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sadly, the old ferry sank in the storm.", "The old ferry sank in the storm."),
        ("Luckily nobody was hurt.", "Nobody was hurt."),
        ("Thankfully, however, the rumours were false.", "The rumours were false."),
        ("Ironically the fire station burned down.", "The fire station burned down."),
        ("Surprisingly, the old bridge held.", "The old bridge held."),
        # without its comma the adverb says how few: part of the fact
        ("Surprisingly few people came to the vote.", "Surprisingly few people came to the vote."),
        # the person it was bad luck for stays: a phrase of the sentence's own
        (
            "Unfortunately for the driver, the bridge had collapsed.",
            "Unfortunately for the driver, the bridge had collapsed.",
        ),
    ],
)
def test_the_writers_comment_is_no_part_of_the_claims_text(text: str, claim: str) -> None:
    assert [c.text for c in parse(text)] == [claim]


def test_an_adverb_listed_with_its_comma_is_a_comment_only_with_it() -> None:
    (claim,) = parse("Surprisingly few people came to the vote.")
    assert claim.subject == "Surprisingly few people"


@pytest.mark.parametrize(
    "text",
    [
        # "our" or "me" inside someone's quoted words, marked with single quotes
        "By May, Tom Berg was claiming on his blog that 'all four of our boats took fire.'",
        "Ana Ruiz alleged that an agent knew ‘everything about me’ and followed her.",
    ],
)
def test_first_person_inside_a_single_quoted_phrase_is_no_comment(text: str) -> None:
    assert classify(text) == (Kind.FACT, None)


def test_an_apostrophe_is_no_quotation() -> None:
    # "don't" holds a single mark that quotes nothing: still the writer's own view
    assert classify("We don't think the plan is any good.")[0] is Kind.OPINION


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # a verb of ordering or ruling governs the modal's clause
        ("The judge ordered that the refinery must pay for the clean-up.", False),
        ("The appeals court ruled the county must refund the parking fines.", False),
        ("A tribunal has directed that the airline should compensate each passenger.", False),
        ("The regulator orders that every operator must file a report.", False),
        ("The permit required that the plant must cut its emissions.", False),
        # or tags it at the sentence's end
        ("The refinery must pay for the clean-up, the judge ordered.", False),
        ("The county must refund the fines, a federal judge ruled on Friday.", False),
        ("Each school should publish its menus, the ministry instructed.", False),
        # "Under" or "According to" a ruling, an order, a settlement
        ("Under the ruling, the county must refund the parking fines.", False),
        ("According to the order, the mine must stop pumping by May.", False),
        ("Under the settlement, the lender must repay every borrower.", False),
        ("The injunction says the union must end its strike.", False),
    ],
)
def test_a_modal_that_reports_an_order_is_a_fact(text: str, attributed: bool) -> None:
    assert classify(text, attributed=attributed) == (Kind.FACT, None)


@pytest.mark.parametrize(
    ("text", "attributed", "reason"),
    [
        # the writer's own call
        ("The refinery must pay for its sins.", False, "opinion: 'must'"),
        ("The county should refund every fine.", False, "opinion: 'should'"),
        # a verb of ordering in a relative, or an adjective, governs nothing
        ("The officer who ordered the raid must be punished.", False, "opinion: 'must'"),
        ("An ordered retreat must follow.", False, "opinion: 'must'"),
        ("The general ordered a retreat and the army must now regroup.", False, "opinion: 'must'"),
        ("The minister ruled out a deal the unions must accept.", False, "opinion: 'must'"),
        ("The job required skills every applicant must show.", False, "opinion: 'must'"),
        # a tag that is a clause of its own, or not one of ordering
        (
            "The county should refund the fines, even though a judge ruled otherwise.",
            False,
            "opinion: 'should'",
        ),
        ("The county should refund the fines, the mayor said.", False, "opinion: 'should'"),
        # an order named inside the clause, no lead of it
        ("Firms ignoring the old orders must now adapt.", False, "opinion: 'must'"),
    ],
)
def test_a_modal_without_an_order_stays_opinion(text: str, attributed: bool, reason: str) -> None:
    assert classify(text, attributed=attributed) == (Kind.OPINION, reason)


@pytest.mark.parametrize(
    ("speaker", "ruling"),
    [
        ("the court", True),
        ("the state Supreme Court", True),
        ("a federal judge", True),
        ("Judge Ana Lind", True),
        ("the tribunal", True),
        ("the ruling", True),
        ("the order", True),
        ("the mayor", False),
        ("the judge's critics", False),
        ("the Evening Standard", False),
        ("Justice Department officials", False),
        ("he", False),
    ],
)
def test_a_ruling_speaker(speaker: str, ruling: bool) -> None:
    assert ruling_speaker(speaker) is ruling


def test_a_court_speaker_states_what_its_ruling_requires() -> None:
    text = "The agency should release the files by June."
    assert classify(text, attributed=True, ruling=True) == (Kind.FACT, None)
    assert classify(text, attributed=True) == (Kind.OPINION, "opinion: 'should'")
    # a first person stays the speaker's own view
    assert classify("We should all be proud.", attributed=True, ruling=True)[0] is Kind.OPINION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The agency should release the files by June, the court said.", Kind.FACT),
        ("Judge Ana Lind said the agency must release the files.", Kind.FACT),
        ("The agency should release the files by June, the mayor said.", Kind.OPINION),
        ("We should all be proud, the judge said.", Kind.OPINION),
    ],
)
def test_a_court_tag_in_a_sentence(text: str, kind: Kind) -> None:
    claims = parse(text)
    assert claims[0].kind is kind


@pytest.mark.parametrize(
    "text",
    ["What police say.", "WHAT THE MAYOR SAID.", "What happens next.", "How the fire spread."],
)
def test_a_wh_clause_standing_alone_is_a_section_label(text: str) -> None:
    assert classify(text) == (Kind.META, "about the page: a section label")


@pytest.mark.parametrize(
    "text",
    [
        # Must not fire: a verb after the clause makes it a statement; a question; a long one
        "What happens next is unclear.",
        "What the crew found surprised the divers.",
        "What police say?",
        "What the two ferry companies said about the timetable on Friday.",
    ],
)
def test_a_wh_clause_with_more_is_no_label(text: str) -> None:
    assert classify(text)[0] is not Kind.META
