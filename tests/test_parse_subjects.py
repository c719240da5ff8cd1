"""A clause's subject leaves out the conjunction that joins its sentence to the one before
("But the port board has ..." -> "the port board") and a quotation mark that opens the
quotation it starts ('"They are ...' -> "They"); a copied subject then reads as written.

Sentences are written for these tests; the rule has several wordings and cases where it
must not fire."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.parse.split import subject_of
from parse_helpers import facts, parse


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("But the port board has approved the plan.", "the port board"),
        ("And yet no other paper has the story.", "no other paper"),
        ("Yet Ana Ruiz has not said a word about it.", "Ana Ruiz"),
        ("And both ferries were late on Monday.", "both ferries"),
        ('"They are all safe and back home.', "They"),
        ("‘The pier will reopen in May.", "The pier"),
    ],
)
def test_a_subject_leaves_out_a_joining_conjunction_or_a_quotation_mark(
    text: str, subject: str
) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a time after the conjunction is not where the subject starts: left as it was
        ("Also Tuesday, rebels shelled the town.", "Also Tuesday, rebels"),
        ("So far the talks have failed.", "So far the talks"),
        # a quoted name opens the subject: its marks stay
        ('"Safe Harbour" Ltd has denied the claim.', '"Safe Harbour" Ltd'),
        # no conjunction
        ("The port board has approved the plan.", "The port board"),
    ],
)
def test_a_subject_keeps_what_is_not_a_joining_word(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "But the man had a change of heart and returned an hour later.",
            "The man returned an hour later.",
        ),
        (
            "'They brought her tea and fed her a meal of rice and soup.",
            "They fed her a meal of rice and soup.",
        ),
    ],
)
def test_a_copied_subject_has_no_conjunction_or_quotation_mark(text: str, second: str) -> None:
    assert facts(text)[1][0] == second


def _subjects(text: str) -> list[str | None]:
    return [c.subject for c in parse(text) if c.kind is Kind.FACT]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an adverb between the subject and its verb is no part of the subject
        ("The harbour board also approved the plan.", "The harbour board"),
        ("The rebels then left the port.", "The rebels"),
        ("That ferry never sailed again.", "That ferry"),
        ("The pilots probably knew about the storm.", "The pilots"),
        ("Ana Ruiz reportedly sold the ferry.", "Ana Ruiz"),
        ("The council most likely wants a new pier.", "The council"),
        ("The mayor then quietly left the city.", "The mayor"),
        ("The dam currently holds back the lake.", "The dam"),
        # a quotation that opens at the adverb leaves its mark with it
        ('The port also "firmly denied" the claim.', "The port"),
    ],
)
def test_a_subject_leaves_out_the_adverbs_before_its_verb(text: str, subject: str) -> None:
    assert _subjects(text)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # -ly words that are no adverbs, and a name
        ("Her family sold the ferry.", "Her family"),
        ("The assembly approved the plan.", "The assembly"),
        ("Coach Kelly approved the plan.", "Coach Kelly"),
        # what would be left is no subject: kept as it was
        ("More likely was a leak in the hull.", "More likely"),
        ("Ostrava's only hit was a song about the mine.", "Ostrava's only"),
        # the adverb may be a relative clause's
        ("A crew that rowed badly then lost the race.", "A crew that rowed badly then"),
        ("The men who once served under him were training.", "The men who once served under him"),
        # a word with a mark inside is not one adverb
        ("The port father—formerly denied the claim.", "The port father—formerly"),
    ],
)
def test_a_subject_keeps_what_is_not_an_adverb_before_its_verb(text: str, subject: str) -> None:
    assert _subjects(text)[0] == subject


def test_a_copied_subject_keeps_its_adverb_and_the_claims_subject_does_not() -> None:
    claims = [
        (c.text, c.subject) for c in parse("The mayor never paid the fine and left the city.")
    ]
    assert claims == [
        ("The mayor never paid the fine.", "The mayor"),
        ("The mayor never left the city.", "The mayor"),
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # an adverb that dates the first act only stays with it
        ("The boss initially turned down the offer but changed his mind and went back to sign.",
         "The boss went back to sign."),
        ("Doctors at the clinic initially thought it was a cold and gave him syrup.",
         "Doctors at the clinic gave him syrup."),
        ("Ruiz previously ran the port and will run the airport next year.",
         "Ruiz will run the airport next year."),
        # a hedge or another adverb is copied
        ("The driver reportedly fled the scene and left the car.",
         "The driver reportedly left the car."),
        ("The rebels also took the town and shut the market.",
         "The rebels also shut the market."),
    ],
)  # fmt: skip
def test_a_copied_subject_leaves_an_adverb_of_sequence(text: str, second: str) -> None:
    assert second in [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a connective and its comma open the sentence: no part of its subject
        ("Nevertheless, police closed the road.", "police"),
        ("Still, the council approved the plan.", "the council"),
        ('"However, the pier was shut.', "the pier"),
        ("But now, a priest wants a new pier.", "a priest"),
        ("Thus far, authorities have charged 22 officers.", "authorities"),
        ("Again, though, everyone left the city.", "everyone"),
        # a connective whose first word is also a conjunction ("so", "yet")
        ("So far, donors have given close to $9,000.", "donors"),
        ("Yet again, the ferry was late.", "the ferry"),
    ],
)
def test_a_subject_leaves_out_an_opening_connective_and_its_comma(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a name that starts like a connective, and "no one"
        ("Wells, the harbour master, closed the pier.", "Wells, the harbour master"),
        ("Nowak, a pilot, left the port.", "Nowak, a pilot"),
        ("No one, not even the mayor, left the port.", "No one, not even the mayor"),
        # no comma after it: read as before
        ("So far the talks have failed.", "So far the talks"),
    ],
)
def test_a_connective_without_its_comma_or_a_name_like_one_stays(text: str, subject: str) -> None:
    assert subject_of(text) == subject


def test_a_subject_copied_after_a_connective_has_none() -> None:
    texts = [c.text for c in parse("Nevertheless, police closed the road and opened the bridge.")]
    # the connective itself is cut from the claim's text (data/joining_openers.txt)
    assert texts == ["Police closed the road.", "Police opened the bridge."]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a possessive before a base form is no plural subject: "plan" is its noun
        ("The company's plan failed.", "The company's plan"),
        ("The port’s own crane broke down.", "The port’s own crane"),
        # but a plural before a base form is the subject
        ("The rebels plan to retreat.", "The rebels"),
        # verbs that are seldom nouns end the subject
        ("The mayor seems to like the plan.", "The mayor"),
        ("The ferry belongs to the county.", "The ferry"),
        # a phrase opened by "To" and its comma is no subject
        ("To officials in Oslo, the closure of the pier is a step forward.",
         "the closure of the pier"),
        ("To reach the port, crews cut a road.", "crews"),
        # a leading clause of contrast or cause ends at its comma
        ("While the storm weakened, officials kept the port shut.", "officials"),
        ("Although the mayor resigned, the council stayed.", "the council"),
        ("Because the bridge is shut, drivers take the ferry.", "drivers"),
        # without the comma, where the clause ends is a guess: left as it was
        ("While officials kept the port shut.", "While officials"),
    ],
)  # fmt: skip
def test_where_a_subject_ends(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs the lexicon knows: two claims
        (
            "The mayor seems to like the plan and will sign it.",
            ["The mayor seems to like the plan.", "The mayor will sign it."],
        ),
        (
            "Tom Berg, who runs the port, belongs to the union and was questioned.",
            ["Tom Berg belongs to the union.", "Tom Berg was questioned.",
             "Tom Berg runs the port."],
        ),
        # a second time phrase is no apposition's head: the name after it is
        (
            "On Monday, shortly before noon, Ana Ruiz, the mayor, opened the bridge.",
            ["On Monday, shortly before noon, Ana Ruiz opened the bridge.",
             "Ana Ruiz was the mayor."],
        ),
        (
            "Once the vote was over, just after 11 a.m., Tom Berg, the speaker, opened the day.",
            ["Once the vote was over, just after 11 a.m., Tom Berg opened the day.",
             "Tom Berg was the speaker."],
        ),
        # a plural's apposition takes the main verb's tense
        (
            "The guards, armed with rifles, stood at the gate.",
            ["The guards stood at the gate.", "The guards were armed with rifles."],
        ),
        (
            "The guards, armed with rifles, are at the gate.",
            ["The guards are at the gate.", "The guards are armed with rifles."],
        ),
        # names joined by "and" are plural to a participle that describes them
        (
            "Ana and Eva Ruiz, aged 16 and 13 respectively, wore red coats.",
            ["Ana and Eva Ruiz wore red coats.",
             "Ana and Eva Ruiz were aged 16 and 13 respectively."],
        ),
        (
            "Tom Berg and Ivo Sand, armed with rifles, stood at the gate.",
            ["Tom Berg and Ivo Sand stood at the gate.",
             "Tom Berg and Ivo Sand were armed with rifles."],
        ),
    ],
)  # fmt: skip
def test_verbs_and_appositions_after_time_phrases(text: str, expected: list[str]) -> None:
    assert [t for t, _ in facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a base form after an adverb agrees with the plural before the adverb
        ("The ferries also carry cars.", "The ferries also"),
        ("Officials still hope to reopen the port.", "Officials still"),
        ("Such storms typically affect the coast.", "Such storms typically"),
    ],
)
def test_a_base_form_past_an_adverb_agrees_with_the_plural(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("They've also opened a second depot in Varna.", "They"),
        ("It’s been shared more than 900 times.", "It"),
        ("We're hopeful the ferry will sail on Monday.", "We"),
        ('"I’ve seen two of the boats today.', "I"),
        ("That's up to the harbour board, although the mayor has a say.", "That"),
        ("Think about it: you'd be able to walk to the pier.", "you"),
        ("In the end, there’s little left of the old mill.", "there"),
    ],
)
def test_a_pronoun_with_its_verb_run_in_is_the_subject(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # later in a phrase the pronoun opens a relative clause: not the subject
        ("The next film you'll see is a comedy by Ana Ruiz.", "The next film you'll see"),
        # a name's possessive is no verb run in
        ("Ana Ruiz's boat sank off Varna.", "Ana Ruiz's boat"),
    ],
)
def test_a_pronoun_run_in_later_or_a_possessive_is_not_the_subject(text: str, subject: str) -> None:
    assert subject_of(text) == subject


def test_a_copied_subject_loses_the_verb_run_into_it() -> None:
    texts = [text for text, _ in facts("He’s lost his seat on the board and is moving to Varna.")]
    assert "He is moving to Varna." in texts


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Following the raid, police seized 40 guns.", "police"),
        ("Unlike its rivals, the ferry line kept its fares.", "the ferry line"),
        ("Due to the storm, all ferries were cancelled.", "all ferries"),
        ("Shortly after the vote, the mayor resigned.", "the mayor"),
        ("Like the old pier, the new one was built in Varna.", "the new one"),
    ],
)
def test_a_subject_leaves_out_an_opening_scene(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a verb before the comma: the comma is a later one, not the scene's
        ("Prior to the raid police seized 40 guns, killing two men.", "Prior to the raid police"),
        # "about" and "over" open a figure as often as a scene: read as before
        (
            "About 300 pilots, most of them Greek, went on strike.",
            "About 300 pilots, most of them Greek",
        ),
    ],
)
def test_an_opening_scene_needs_its_own_comma(text: str, subject: str) -> None:
    assert subject_of(text) == subject


def test_an_apposition_after_a_connective_opening_with_so_is_the_subject_s() -> None:
    texts = [c.text for c in parse("So far, 30 people, mostly guards, have been arrested.")]
    assert texts == ["So far, 30 people have been arrested."]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a bare plural noun after a phrase that sets the scene, after a connective
        ("However, in a briefing on Tuesday, officials declined to name him.", "officials"),
        ("Still, at the scene, police found no weapon.", "police"),
        ("Over the past two weeks, local traders have closed their stalls.", "local traders"),
        # a relative after the comma is no subject of its own: read as before
        ("Even in Vessia, where farm jobs are scarce, wages rose.",
         "Even in Vessia, where farm jobs"),
    ],
)  # fmt: skip
def test_a_bare_plural_subject_after_a_scene_phrase_stands_alone(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "then" ends a condition, with or without a comma before it
        ("If the reports are true then the film opens in June.", "the film"),
        ("If the dam holds, then the town will be spared.", "the town"),
        ("If they close one road then the others will fill up.", "the others"),
        # no "then": the comma ends it, as before
        ("If the dam holds, the town will be spared.", "the town"),
    ],
)
def test_then_after_a_condition_opens_the_main_clause(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the word after an opening subject pronoun is its verb, listed or not
        ("They love the old harbour.", "They"),
        ("He loves dogs.", "He"),
        ("We transmit the results each week.", "We"),
        # an adverb or a floating quantifier between them is read past (the quantifier is
        # then no part of the subject: ``_without_floating_quantifier``)
        ("They all left the port.", "They"),
        ("He last appeared in public in May.", "He last"),
        # a function word after the pronoun is no verb
        ("He and his wife fled the town.", "He and his wife"),
    ],
)
def test_the_word_after_an_opening_pronoun_is_its_verb(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # the subject "he" is found as a word, not inside "the"
        ("In the main hospital, he was placed in isolation.", "place"),
        ("On the way, she brushed past a guard.", "brush"),
    ],
)
def test_the_predicate_is_read_from_the_subject_as_a_word(text: str, predicate: str) -> None:
    (claim,) = parse(text)
    assert claim.predicate == predicate


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the verb run into the pronoun that opens the clause
        ("They’re more careful than the last crew.", "They"),
        ("It's a big step for the port.", "It"),
        ("In May, it’s a big step for the port.", "it"),
        ("There’s no road to the village.", "There"),
    ],
)
def test_a_run_in_pronoun_is_a_subject_with_no_other_verb(text: str, subject: str) -> None:
    assert subject_of(text) == subject


def test_a_first_person_with_its_verb_run_in_stays_without_a_subject() -> None:
    # in a quotation "I" is its speaker, read from the tag
    assert subject_of("I’m looking at all options.") is None


def test_it_with_its_verb_run_in_leaves_the_referent_of_a_later_noun_head() -> None:
    text = (
        "The militia has been recruiting across the border. It's a diverse pool of fighters.\n\n"
        "The group 'is sending messages on social media,' Ana Lind told reporters."
    )
    assert not any(claim.text.startswith("It 'is") for claim in parse(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "This" or "That" before a past or an -s form of a verb is the subject
        ("This led to an inquiry into the port.", "This"),
        ("That means the ferry will not sail.", "That"),
        # before a clause's verb, no "This week," lead is skipped to the next comma
        ("This is Ana Roth, a nurse, from Varna.", "This"),
        ("This new ferry, the largest yet, will sail in May.", "This new ferry, the largest yet"),
        # a lead of time still is one
        ("This week, the council met twice.", "the council"),
        ("Last year, the port closed for good.", "the port"),
        # a noun after the determiner
        ("That year saw the worst floods.", "That year"),
    ],
)
def test_this_and_that_open_a_subject_unless_a_lead_of_time(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("This time, the divers were more careful.", "the divers"),
        ("This way, the council saves money.", "the council"),
        ("Last spring, the ferry ran twice a day.", "the ferry"),
    ],
)
def test_a_lead_of_this_or_last_with_a_word_of_time_is_skipped(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "each" floats after a plural subject, before its past verb (and is then left out
        # of the subject: ``_without_floating_quantifier``)
        ("The two firms each invested $250 million.", "The two firms"),
        ("Ana Roth and Tom Berg each paid a fine.", "Ana Roth and Tom Berg"),
        # a determiner before a noun, as before
        ("Each player scored twice.", "Each player"),
        ("The fund gave each injured worker $500.", "The fund"),
    ],
)
def test_each_after_a_plural_subject_leaves_the_verb_a_verb(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("So it's a hard part to play.", "it"),
        ("But there's no money left.", "there"),
        ("And they’re back at the start.", "they"),
    ],
)
def test_a_conjunction_before_a_contracted_pronoun_is_no_subject(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Seen here with a toy, the woman smiles.", "the woman"),
        ("Located on the lake, the island was a retreat.", "the island"),
        # a participle that labels the name after it opens no lead
        ("Alleged attacker Ana Ruiz, 40, was held.", "Alleged attacker Ana Ruiz, 40"),
    ],
)
def test_a_participle_phrase_before_the_subject_sets_the_scene(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an -ly adverb set off before the phrase that sets the scene
        ("Recently, after a week of storms, the harbour was closed.", "the harbour"),
        ("Finally, in a statement on Monday, the council agreed.", "the council"),
        # Must not fire: a name in -ly opening a list is the subject's first item
        ("Italy, Spain and France agreed.", "Italy, Spain and France"),
    ],
)
def test_an_adverb_set_off_before_a_scene_phrase(text: str, subject: str) -> None:
    assert subject_of(text) == subject
