"""Atomic claims: coordination, participles, appositions, relatives, gapping; subject copied."""

from __future__ import annotations

import pytest

from claimtrack import extract_claims, judge
from claimtrack.models import Claim, ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.parse import grammar
from claimtrack.parse.split import (
    _after_leading_adverbial,
    _set_scene,
    bare_subject,
    find_reason,
    subject_of,
)
from parse_helpers import facts, parse


def texts(article: str) -> list[str]:
    return [c.text for c in extract_claims(article)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The governor vetoed the bill and called a special session.",
            ["The governor vetoed the bill.", "The governor called a special session."],
        ),
        (
            "The airline has cancelled 40 flights and will refund passengers.",
            ["The airline has cancelled 40 flights.", "The airline will refund passengers."],
        ),
        (
            "Rain flooded the valley, and the army evacuated two towns.",
            ["Rain flooded the valley.", "The army evacuated two towns."],
        ),
        (
            "The court upheld the ruling; the defence will appeal.",
            ["The court upheld the ruling.", "The defence will appeal."],
        ),
        # a figure in words opens a subject of its own, as digits do
        (
            "The bridge was closed for repairs, and two ferries were added to the route.",
            ["The bridge was closed for repairs.", "Two ferries were added to the route."],
        ),
        (
            "The pumps failed overnight, and one of the guards called the fire brigade.",
            ["The pumps failed overnight.", "One of the guards called the fire brigade."],
        ),
        # a relative's list ("rules that prohibit A, B") ends before ", and" a clause
        (
            "The port has rules that prohibit drones, kites and flares, and the guards "
            "enforce them strictly.",
            [
                "The port has rules that prohibit drones, kites and flares.",
                "The guards enforce them strictly.",
            ],
        ),
    ],
)
def test_coordinated_clauses_split_with_the_subject_copied(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A dyke near Velmor gave way on Sunday, and volunteers are now filling sandbags.",
            ["A dyke near Velmor gave way on Sunday.", "Volunteers are now filling sandbags."],
        ),
        (
            "The Harn bridge was shut on Monday, and commuters were told to take the ferry.",
            ["The Harn bridge was shut on Monday.", "Commuters were told to take the ferry."],
        ),
        (
            "A fire broke out in the Dosk tower, and residents fled down the stairs.",
            ["A fire broke out in the Dosk tower.", "Residents fled down the stairs."],
        ),
        # a noun spelled like a verb's -s form, before an auxiliary
        (
            "The quarry closed in May, and plans have been drawn up for a park.",
            ["The quarry closed in May.", "Plans have been drawn up for a park."],
        ),
        # a plural verb in its plain form, then more words
        (
            "Six guards were suspended, and prosecutors accuse them of taking bribes.",
            ["Six guards were suspended.", "Prosecutors accuse them of taking bribes."],
        ),
        # a quantifier after an adverb of how near
        (
            "Inspectors checked the dams in May, and nearly all repairs are paid by the state.",
            ["Inspectors checked the dams in May.", "Nearly all repairs are paid by the state."],
        ),
        (
            "The storm hit the coast, and almost 40 homes were flooded.",
            ["The storm hit the coast.", "Almost 40 homes were flooded."],
        ),
        (
            "The ferry was late again, and commuters face long delays this week.",
            ["The ferry was late again.", "Commuters face long delays this week."],
        ),
        # "only" before a quantifier, a figure or an article that opens the subject
        (
            "The rail line was shut, and only a few coaches were running.",
            ["The rail line was shut.", "Only a few coaches were running."],
        ),
        (
            "The harbour was closed, and only two ferries were sailing.",
            ["The harbour was closed.", "Only two ferries were sailing."],
        ),
        (
            "The old bridge was closed, and only the new one was open to cars.",
            ["The old bridge was closed.", "Only the new one was open to cars."],
        ),
    ],
)
def test_a_bare_plural_subject_after_comma_and_opens_a_clause(
    sentence: str, expected: list[str]
) -> None:
    # "..., and rescuers are searching": a plural noun without a determiner, then an
    # auxiliary or a past verb
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the first subject's second verb, in its -s form, then a past participle
        "The mayor opened the depot, and thanks volunteers who cleared roads.",
        # a verb's -s form before a past form: the first subject's verb
        "The council cut the budget, and plans cuts to the rest.",
        # the last of a list after "that"
        "Ana Dorn found that her bag, phone, and keys had been taken.",
        # no comma before "and": a list of subjects
        "The clinic and pharmacies were closed.",
        # an adverb of how near, before no clause
        "The storm hit the towns on the coast, and nearly all the islands to the north.",
        # "only" before a span of time, or before "then": no subject
        "The port was closed, and only a week later did the ferries return.",
        "The port was closed, and only then did the ferries stop.",
        "The storm hit the towns on the coast, and only the islands to the north.",
    ],
)
def test_no_bare_plural_clause_is_cut_without_its_own_subject(sentence: str) -> None:
    assert len(extract_claims(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers and fishermen blocked the road.",
        "The plan covers roads, bridges, and schools.",
        "The fund supports widely used and carefully maintained tools.",
        "The mayor promised to repair roads and build parks.",
        "Talks stalled as long as the rebels held the port and refused access.",
        # The verb after "and" belongs to the time clause's own subject, not the main one.
        "The guard fired twice after the driver had stopped the van and raised his hands.",
        "The ferry sank before the crew was warned and the alarm was raised.",
        # a phrase after a comma with no verb: its bare "and" joins two nouns
        "The tolls are high, but tension in the port and Kelby generally has eased.",
        "Some of them are cousins, but Ana Vale and Tom Berg have the same father.",
        "After the calls were logged, a joint Kelby Police and coast guard search was launched.",
        # the last of a list of subjects after "that", not a clause of its own
        "Doctors learned that Ana Vale, her husband, and two children had caught the virus.",
        "Police said that the driver, his brother, and three friends were arrested.",
    ],
)
def test_lists_and_shared_phrases_stay_whole(sentence: str) -> None:
    assert len(extract_claims(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "after" opens a phrase, not a clause: the second verb is the main subject's
            "The mayor met the strikers after the vote and agreed to review their pay.",
            [
                "The mayor met the strikers after the vote.",
                "The mayor agreed to review their pay.",
            ],
        ),
        (  # a date after "since", then the main clause's own verbs
            "The group has since 2019 rejected talks and said it will fight on.",
            # the second clause is the group's statement ("said" its speaker's verb)
            ["The group has since 2019 rejected talks.", "The group will fight on."],
        ),
    ],
)
def test_a_time_phrase_without_a_clause_does_not_stop_a_split(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_participle_gives_its_own_claim_and_the_reason() -> None:
    claims = extract_claims("The ministry cancelled the summit, citing security concerns.")
    assert [c.text for c in claims] == [
        "The ministry cancelled the summit.",
        "The ministry cited security concerns.",
    ]
    assert claims[0].reason == "citing security concerns"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Regulators froze the account, preventing the firm from paying its staff.",
            [
                "Regulators froze the account.",
                "Regulators prevented the firm from paying its staff.",
            ],
        ),
        (
            "The board voted to shut the pier, preventing boats from docking there.",
            ["The board voted to shut the pier.", "The board prevented boats from docking there."],
        ),
        # a decision told without its maker: the participle is the decision's result
        (
            "It was agreed beforehand that the ballot would be secret, preventing members "
            "from campaigning openly.",
            [
                "It was agreed beforehand that the ballot would be secret.",
                "It prevented members from campaigning openly.",
            ],
        ),
    ],
)
def test_a_closing_preventing_is_a_result_of_its_own(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no comma: a means of the main act, not a second one
        "The court kept the road shut by preventing any repairs.",
        # after a head of inability the subject did not act: one claim, as with "forcing"
        "Crews could not reach the hamlet, preventing an evacuation.",
        # no doer to give it to
        "There were no waivers, preventing the mill from trading.",
    ],
)
def test_no_preventing_clause_is_cut_without_a_doer_that_acted(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the flood, preventing damage was hard.",
        "After the vote, forcing a recount became the aim.",
        "During the storm, citing the forecast seemed pointless.",
    ],
)
def test_a_gerund_subject_after_an_opening_phrase_is_no_trailing_participle(
    sentence: str,
) -> None:
    # "preventing damage" is what was hard: no "In the flood." and no act cut from it
    assert texts(sentence) == [sentence]


def test_apposition_gives_its_own_claim() -> None:
    claims = extract_claims("Greenfield, founded by two nurses in 1998, has opened a third clinic.")
    assert [c.text for c in claims] == [
        "Greenfield has opened a third clinic.",
        "Greenfield is founded by two nurses in 1998.",
    ]


def test_non_restrictive_relative_clause_gives_its_own_claim() -> None:
    claims = extract_claims("Marta Ruiz, who led the inquiry, resigned on Friday.")
    assert [c.text for c in claims] == [
        "Marta Ruiz resigned on Friday.",
        "Marta Ruiz led the inquiry.",
    ]


def test_a_noun_apposition_becomes_an_is_statement() -> None:
    claims = extract_claims("Tom Ek, a former judge, joined the board.")
    assert "Tom Ek was a former judge." in [c.text for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A hiker believed to be the missing teacher was found near the summit.",
            [
                ("A hiker was found near the summit.", "asserted"),
                ("A hiker was believed to be the missing teacher.", "hedged"),
            ],
        ),
        (
            "Three men thought to be smugglers were detained at the border on Friday.",
            [
                ("Three men were detained at the border on Friday.", "asserted"),
                ("Three men were thought to be smugglers.", "hedged"),
            ],
        ),
        (
            "A painting said to be the lost portrait fetched a record price.",
            [
                ("A painting fetched a record price.", "asserted"),
                ("A painting was said to be the lost portrait.", "hedged"),
            ],
        ),
        (
            # "will" is a noun here: the subject's verb is "is"
            "A letter said to be his last will is kept in the archive.",
            [
                ("A letter is kept in the archive.", "asserted"),
                ("A letter was said to be his last will.", "hedged"),
            ],
        ),
        (
            # "trained" after an -ly adverb describes the force: "attacked" is the verb
            "A unit believed to be a highly trained force attacked the base.",
            [
                ("A unit attacked the base.", "asserted"),
                ("A unit was believed to be a highly trained force.", "hedged"),
            ],
        ),
        (
            "The trawler, understood to be carrying timber, sank off the cape.",
            [
                ("The trawler sank off the cape.", "asserted"),
                ("The trawler was understood to be carrying timber.", "hedged"),
            ],
        ),
    ],
)
def test_a_description_at_second_hand_is_a_hedged_claim_of_its_own(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    claims = extract_claims(sentence)
    assert [(c.text, c.certainty.value) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the description is the main clause
        ("The driver was believed to be drunk.", ["The driver was believed to be drunk."]),
        # no verb of the subject's own after it
        (
            "A hiker believed to be the missing teacher.",
            ["A hiker believed to be the missing teacher."],
        ),
        # a speaker's tag after a comma, not the subject's verb
        ("The hiker believed to be lost, rangers said.", ["The hiker believed to be lost."]),
        # an auxiliary before the participle: "are believed" is the main verb itself
        (
            "The two sailors are believed to be the men who were seen on the quay.",
            ["The two sailors are believed to be the men who were seen on the quay."],
        ),
        # a plan, not hearsay
        (
            "The board expected to be paid in full sued the firm.",
            ["The board expected to be paid in full sued the firm."],
        ),
    ],
)
def test_no_second_hand_description_is_cut_without_one(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_a_parenthetical_prepositional_phrase_is_removed_without_a_claim() -> None:
    claims = extract_claims("The agency, under pressure from lawmakers, released the data.")
    assert [c.text for c in claims] == ["The agency released the data."]


def test_gapped_clauses_get_the_auxiliary() -> None:
    claims = extract_claims(
        "More than 300 homes were destroyed, dozens damaged by fire, and hundreds flooded."
    )
    assert [c.text for c in claims] == [
        "More than 300 homes were destroyed.",
        "Dozens were damaged by fire.",
        "Hundreds were flooded.",
    ]
    assert (claims[0].numbers[0].low, claims[0].numbers[0].high) == (300, None)


def test_leading_contrast_clause_splits() -> None:
    assert texts("While exports grew, imports fell sharply.") == [
        "Exports grew.",
        "Imports fell sharply.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "No replacement was named, though the director is in Lisbon to meet actors.",
            ["No replacement was named.", "The director is in Lisbon to meet actors."],
        ),
        (
            "The talks ended without a deal, although both sides agreed to meet again.",
            ["The talks ended without a deal.", "Both sides agreed to meet again."],
        ),
        (
            "The ferry sank in minutes, even though the crew had checked the hull.",
            ["The ferry sank in minutes.", "The crew had checked the hull."],
        ),
        # a quantifier opens the concession's subject, the verb in the present
        (
            "No one was hurt, the council said, although several tenants remain in shelters.",
            ["No one was hurt.", "Several tenants remain in shelters."],
        ),
        (
            "The market reopened, though many stalls stay empty.",
            ["The market reopened.", "Many stalls stay empty."],
        ),
        (
            "The river fell overnight, although most roads remain under water.",
            ["The river fell overnight.", "Most roads remain under water."],
        ),
    ],
)
def test_a_concession_with_its_own_clause_is_a_claim_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "main", "more"),
    [
        (
            "The sea wall was breached by the waves, engineers said, although they stressed"
            " there was no danger to the harbour.",
            "The sea wall was breached by the waves.",
            "there was no danger",
        ),
        (
            "The ferry was delayed, the port said, though she added that it would sail at noon.",
            "The ferry was delayed.",
            "it would sail at noon",
        ),
        (
            "The mine was flooded overnight, although he insisted that no miners were inside.",
            "The mine was flooded overnight.",
            "no miners were inside",
        ),
        (
            "The gallery was robbed, though they told reporters that the painting was safe.",
            "The gallery was robbed.",
            "the painting was safe",
        ),
        (
            "The levee was breached by the river, though engineers said there was no danger.",
            "The levee was breached by the river.",
            "there was no danger",
        ),
        (
            "The depot was flooded, although the city's ministry added that it was safe.",
            "The depot was flooded.",
            "it was safe",
        ),
    ],
)
def test_a_concession_that_tells_what_someone_said_is_cut_off(
    sentence: str, main: str, more: str
) -> None:
    """ "although they stressed ..." is a further statement of a speaker: the main clause
    keeps its own polarity ("no danger" does not make the breach a denial)."""
    claims = extract_claims(sentence)
    assert claims[0].text == main
    assert not claims[0].negated
    assert len(claims) == 2 and more in claims[1].text.lower()


def test_the_cut_off_main_clause_meets_a_denial_of_it() -> None:
    (said, _) = extract_claims(
        "The sea wall was breached by the waves, engineers said, although they stressed"
        " there was no danger to the harbour."
    )
    denial = extract_claims("The sea wall was not breached.")[0]
    found = judge.pair_conflicts(said, denial, normalize_claim(said), normalize_claim(denial))
    assert ConflictType.NEGATION in {c.type for c in found}


@pytest.mark.parametrize(
    ("sentence", "main", "speaker", "aside"),
    [
        (
            "The leak was first noticed by engineers on Friday, the water board told Valley"
            " Radio, though it did not explain the delay.",
            "The leak was first noticed by engineers on Friday.",
            "the water board",
            "did not explain the delay",
        ),
        (
            "The pier was shut on Sunday, the harbour office said, although it gave no reason.",
            "The pier was shut on Sunday.",
            "the harbour office",
            "gave no reason",
        ),
        (
            "The road was closed, police said, though he had not been hurt.",
            "The road was closed.",
            "police",
            "had not been hurt",
        ),
        (
            "Two pumps failed overnight, the operator told Delta Radio, though they were"
            " serviced in May.",
            "Two pumps failed overnight.",
            "the operator",
            "were serviced in May",
        ),
    ],
)
def test_a_concession_after_a_closing_tag_is_cut_off(
    sentence: str, main: str, speaker: str, aside: str
) -> None:
    """The tag ("X told Outlet", "X said") closes the statement: a concession after it is a
    clause of its own, and left inside the statement it would hide the tag and lend the
    statement its polarity ("did not")."""
    claims = extract_claims(sentence)
    assert claims[0].text == main
    assert claims[0].attribution == speaker
    assert not claims[0].negated
    assert len(claims) == 2 and aside in claims[1].text


@pytest.mark.parametrize(
    "sentence",
    [
        # no tag: the concession qualifies the statement itself
        "The pier was shut on Sunday, though it reopened within the hour.",
        # a tag before the statement does not close it
        "The harbour office said the pier was shut, though it reopened within the hour.",
        # no clause after the concession: a qualification of the tag's statement
        "The pier was shut, the harbour office said, though only briefly.",
    ],
)
def test_a_concession_after_no_closing_tag_stays_whole(sentence: str) -> None:
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun before a verb that is not one of saying qualifies the main clause
        "The paper said police had found the driver, though they were not named.",
        "The bridge reopened on Monday, although it said repairs would go on.",
        # a subject that points back at the main clause
        "The man was killed in a raid, though it said he was a fighter.",
        # the left side still waits for its clause
        "The boy is suffering from a fever and, though his mother said he was fine, he stayed"
        " home.",
    ],
)
def test_a_concession_of_no_speaker_or_one_that_interrupts_stays_whole(sentence: str) -> None:
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the concession qualifies the main clause: one claim
        "The boy was killed in an air strike, though that has not been confirmed.",
        "The mayor resigned on Friday, though it is not clear why.",
        # a pronoun's referent in a concession is too often outside the sentence
        "The paper said police had found the driver, though he has not been named.",
        # no clause of its own, or one whose verb is left out
        "He stayed calm, though tired.",
        "Fears about the virus spread, even though the virus itself has not.",
        # the left side still waits for its clause
        "The strangest part is that, although the doors were locked, nothing was taken.",
    ],
)
def test_a_concession_that_qualifies_or_interrupts_stays_whole(sentence: str) -> None:
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said the fire, which started on Monday, destroyed the depot.",
            ["The fire destroyed the depot.", "The fire started on Monday."],
        ),
        (
            "Police said the driver, who was 34, fled the scene.",
            ["The driver fled the scene.", "The driver was 34."],
        ),
    ],
)
def test_a_relative_between_a_reported_subject_and_its_verb_is_cut_out(
    sentence: str, expected: list[str]
) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims] == expected
    assert claims[0].attribution == sentence.split(" said")[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The strike tells the nurses, who have waited since March, that their pay "
            "counts for little.",
            ["Their pay counts for little.", "The nurses have waited since March."],
        ),
        (
            "The board urged the drivers, who have been on strike since May, to return on Monday.",
            [
                "The board urged the drivers to return on Monday.",
                "The drivers have been on strike since May.",
            ],
        ),
    ],
)
def test_the_main_verbs_complement_after_a_relative_stays_with_the_main_clause(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        # "that evening" dates the main verb; "to the surprise" opens no verb
        (
            "She thanked the volunteers, who worked through the night, that evening.",
            "The volunteers worked through the night, that evening.",
        ),
        (
            "The board fired Ruiz, who had led the firm since 2010, to the surprise of investors.",
            "Ruiz had led the firm since 2010, to the surprise of investors.",
        ),
    ],
)
def test_no_complement_is_taken_from_a_relatives_own_words(sentence: str, relative: str) -> None:
    assert relative in texts(sentence)


def test_a_relative_in_a_listed_subject_is_not_taken_for_one_before_the_verb() -> None:
    # the first comma after "who was tall" goes on with "and": no relative closes there
    found = texts("They said Ruiz, who was tall, and Okafor, who is short, were seen running.")
    assert "Ruiz were seen running." not in found


def test_spans_cover_only_the_words_the_claim_came_from() -> None:
    article = "The governor vetoed the bill and called a special session."
    first, second = extract_claims(article)
    assert [article[s:e] for s, e in first.spans] == ["The governor vetoed the bill"]
    assert [article[s:e] for s, e in second.spans] == ["called a special session."]
    assert second.subject == "The governor"


def _only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1
    return claims[0]


def test_reason_clauses_are_kept() -> None:
    claim = _only(extract_claims("The league suspended the match in protest over racist chants."))
    assert claim.reason == "in protest over racist chants"
    claim = _only(extract_claims("The port closed because of the storm."))
    assert claim.reason == "because of the storm"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nine people were hurt in the crash, which happened on the ring road on Friday.",
            [
                "Nine people were hurt in the crash.",
                "The crash happened on the ring road on Friday.",
            ],
        ),
        (
            # "of" does not carry the relative to the outer noun: the authority employs them
            "The council cut the budget of the harbour authority, which employs 900 staff.",
            [
                "The council cut the budget of the harbour authority.",
                "The harbour authority employs 900 staff.",
            ],
        ),
        (
            # a place phrase does: the embassy reopened, not Lisbon
            "Police sealed off the embassy in Lisbon, which reopened on Monday.",
            [
                "Police sealed off the embassy in Lisbon.",
                "The embassy in Lisbon reopened on Monday.",
            ],
        ),
        (
            # a name with small words inside it is one noun phrase
            "The deadline was extended for Canada and Mexico, which are still negotiating.",
            [
                "The deadline was extended for Canada and Mexico.",
                "Canada and Mexico are still negotiating.",
            ],
        ),
        (
            "The panel was led by Ana Costa, who resigned in May.",
            ["The panel was led by Ana Costa.", "Ana Costa resigned in May."],
        ),
        (
            # the relative ends where a new coordinated clause starts
            "The mayor visited the bridge, which was closed in March, and the ferry resumed "
            "service.",
            [
                "The mayor visited the bridge.",
                "The ferry resumed service.",
                "The bridge was closed in March.",
            ],
        ),
    ],
)
def test_a_trailing_non_restrictive_relative_becomes_a_claim_about_its_noun(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # the coordinated verb belongs to the relative's subject, not the sentence's
            "The new rule is unlikely to satisfy the union, whose members have said they will "
            "not return and have demanded a full pay rise.",
            [
                "The new rule is unlikely to satisfy the union.",
                # the members' statement, "they" read as the members ("have demanded" is
                # kept with it: the statement's end is not looked for)
                "The union's members will not return and have demanded a full pay rise.",
            ],
        ),
        (
            "The fine angered the club, whose top officials refused to pay.",
            ["The fine angered the club.", "The club's top officials refused to pay."],
        ),
        (
            "The prize went to Ana Costa, whose novel sold a million copies.",
            ["The prize went to Ana Costa.", "Ana Costa's novel sold a million copies."],
        ),
    ],
)
def test_a_trailing_whose_relative_is_a_claim_about_what_the_noun_has(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb after the owned noun: a list, not a clause
        "The report praised the mayor, whose energy and patience were noted.",
        "Who praised the firm, whose work is fine?",  # a question
        'The sign read "Thanks to the club, whose fans paid for it" on the gate.',  # quoted
    ],
)
def test_a_whose_relative_without_its_own_clause_stays_whole(sentence: str) -> None:
    assert len(extract_claims(sentence)) == 1


def test_a_trailing_relative_keeps_the_spans_of_its_noun_and_its_words() -> None:
    article = "Nine people were hurt in the crash, which happened on Friday."
    main, relative = extract_claims(article)
    assert [article[s:e] for s, e in main.spans] == ["Nine people were hurt in the crash"]
    assert [article[s:e] for s, e in relative.spans] == ["the crash", "happened on Friday."]
    assert relative.subject == "the crash"
    assert [d.text for d in relative.dates] == ["Friday"]
    assert main.dates == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # restrictive: no comma, the clause picks out which plan
        "The plan that the council rejected would have cost millions.",
        "The committee which approved the plan met again on Monday.",
        # inside a quotation: the speaker's words stay whole
        'The sign read "Welcome to the plant, which opened in 1990" in large letters.',
        # "which" about the whole clause, not the noun before it
        "The board cut the dividend, which means investors will receive less.",
        "Prices rose sharply, which worried investors.",
        # no verb after "which": "which police said ..." is not a clause of its own
        "Crowds filled the square, which police estimated at 5,000 people.",
        "They discussed the summit, which reports have said would focus on trade.",
        "She hopes the verdict is a fair one, which is what the families want.",
        # the words before the comma are a clause, not a noun phrase
        "The delay prolongs market uncertainty, which is already hurting trade.",
    ],
)
def test_restrictive_quoted_and_sentential_relatives_stay_whole(sentence: str) -> None:
    assert len(extract_claims(sentence)) == 1


def test_a_relative_inside_a_question_is_not_split() -> None:
    (claim,) = extract_claims("Who approved the deal, which cost millions?")
    assert claim.text == "Who approved the deal, which cost millions?"


@pytest.mark.parametrize(
    ("sentence", "main", "participle"),
    [
        ("Citing safety concerns, the airline canceled 40 flights on Monday.",
         "The airline canceled 40 flights on Monday.", "The airline cited safety concerns."),
        ("Facing pressure from donors, the mayor resigned on Friday.",
         "The mayor resigned on Friday.", "The mayor faced pressure from donors."),
        ("Setting the tone for the 12th session, members of the council voted on the charter.",
         "Members of the council voted on the charter.",
         "Members of the council set the tone for the 12th session."),
    ],
)  # fmt: skip
def test_a_leading_participle_is_its_own_claim_about_the_subject(
    sentence: str, main: str, participle: str
) -> None:
    assert texts(sentence) == [main, participle]


def test_a_leading_participle_that_gives_a_cause_keeps_it_as_the_claims_reason() -> None:
    claims = extract_claims("Citing safety concerns, the airline canceled 40 flights.")
    assert claims[0].reason == "Citing safety concerns"


@pytest.mark.parametrize(
    "sentence",
    [
        # a gerund subject, not a leading participle
        "Raising rates twice this year, as the bank did, was a mistake.",
        "Including the two new plants, the firm employs 4,000 people.",
        # no main clause after the comma
        "Speaking slowly, carefully and with notes.",
    ],
)
def test_what_is_not_a_leading_participle_stays_whole(sentence: str) -> None:
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative after the first comma belongs to the phrase before it, no main clause
        "Citing the cost, which had doubled, the board dropped the plan.",
        "Pressing the red button twice restarts the pump, which the manual says works well.",
        "Watching the Harbour Bears, who won again, is the town's favourite pastime.",
        "Leading Edge, whose founder left in May, has cut its staff by half.",
    ],
)
def test_a_relative_after_a_leading_participle_opens_no_main_clause(sentence: str) -> None:
    assert not any(text.startswith(("Which", "Who", "Whose")) for text in texts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two men were detained by police and held overnight.",
            ["The two men were detained by police.", "The two men were held overnight."],
        ),
        (
            "The minister was arrested on Monday and released on bail.",
            ["The minister was arrested on Monday.", "The minister was released on bail."],
        ),
        # Near misses: an active verb with its object, a simple past, an auxiliary of its own.
        (
            "The gunman was wounded and shot a guard in the leg.",
            ["The gunman was wounded.", "The gunman shot a guard in the leg."],
        ),
        (
            "The company was founded in 1990 and grew to 500 staff.",
            ["The company was founded in 1990.", "The company grew to 500 staff."],
        ),
    ],
)
def test_a_coordinated_participle_shares_the_passive_auxiliary(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_a_past_verb_after_a_present_modal_is_not_the_reported_subjects() -> None:
    """ "must resign and accused him": no past verb goes on "must"; the union accused."""
    claims = texts("The union said Ruiz must resign and accused him of lying.")
    assert "Ruiz accused him of lying." not in claims


def test_a_capitalised_may_is_the_month_not_a_modal() -> None:
    assert texts("In May the council voted to close the pier and cancelled the summer fair.") == [
        "In May the council voted to close the pier.",
        "In May the council cancelled the summer fair.",
    ]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        (
            "The recall came two days after a driver was hurt on the bridge.",
            "A driver was hurt on the bridge.",
        ),
        (
            "The strike comes less than a week after about 3,400 nurses walked out.",
            "About 3,400 nurses walked out.",
        ),
        (
            "The fine came after the agency had warned the bank twice.",
            "The agency had warned the bank twice.",
        ),
    ],
)
def test_an_event_another_came_after_is_a_claim_of_its_own(sentence: str, earlier: str) -> None:
    assert texts(sentence) == [sentence, earlier]


@pytest.mark.parametrize(
    "sentence",
    [
        "The recall came after a week of complaints.",  # no clause after "after"
        "The minister came under fire after the bridge collapsed.",  # another phrase
        "The mayor came under pressure after calling for a recount.",
        "The ruling came a week after the night when the dam broke.",
        "The vote came after months of talks brokered by Peru.",
        "The fleet was grounded after a pilot fell ill.",  # no "came": one claim
    ],
)
def test_what_states_no_earlier_event_stays_one_claim(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "said", "speaker"),
    [
        ("The strike came a day after the union met the owners, saying the talks had failed.",
         "The talks had failed.", "the union"),
        ("The ban came two weeks after the mayor visited Orvel, claiming the roads were unsafe.",
         "The roads were unsafe.", "the mayor"),
    ],
)  # fmt: skip
def test_a_closing_participle_after_an_earlier_event_is_told_once(
    sentence: str, said: str, speaker: str
) -> None:
    # the nearer subject says it; a strike or a ban says nothing
    assert [s for c, s in facts(sentence) if c == said] == [speaker]


def test_the_earlier_event_is_not_what_a_later_pronoun_means() -> None:
    text = (
        "A trade offer from Iran came one day after Norway signed a rail pact with Sweden. "
        "It also said the country would cut fuel prices in May."
    )
    last = extract_claims(text)[-1]
    assert last.text == "Iran also said the country would cut fuel prices in May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia became notorious two years ago when it stormed a hotel, killing 40 guests.",
        "Rebels shelled the port after the talks failed, leaving 12 people injured.",
        "The blast hit the market as traders opened their stalls, wounding 30.",
    ],
)
def test_a_toll_after_a_clause_of_time_stays_with_that_clauses_event(sentence: str) -> None:
    # the toll is the inner clause's event's: split off, it would lose when and what it was
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no clause of time inside: the toll is the main clause's
        (
            "The militia stormed a hotel, killing 40 guests.",
            ["The militia stormed a hotel.", "The militia killed 40 guests."],
        ),
        # "as" before a comma with no verb opens no clause
        (
            "As chief, the colonel ran the base for a decade, leaving a record of reforms.",
            ["As chief, the colonel ran the base for a decade.",
             "The colonel left a record of reforms."],
        ),
        # a participle that is no toll stays the subject's act
        (
            "The ministry raised fares after the strike ended, citing higher fuel costs.",
            ["The ministry raised fares after the strike ended.",
             "The ministry cited higher fuel costs."],
        ),
    ],
)  # fmt: skip
def test_other_trailing_participles_still_split(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# --- a participle of saying with a colon before its quotation ----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The coach praised the team on Sunday, saying: "They played with heart."',
         [("The coach praised the team on Sunday.", None),
          ("They played with heart.", "The coach")]),
        ("The harbour master closed the quay, warning: “The wall could give way tonight.”",
         [("The harbour master closed the quay.", None),
          ("The wall could give way tonight.", "The harbour master")]),
    ],
)  # fmt: skip
def test_a_colon_after_a_participle_of_saying_opens_the_speakers_quotation(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the quotation runs on into the next sentence: its words cannot be carried
        'The coach praised the team, saying: "They played with heart. Nobody gave up',
        # a colon before words that are not a quotation
        "The coach praised the team, saying: the players had given everything.",
        # after a dash, a clause with a subject of its own: whose words they are is unclear
        'The photo is genuine - he posted it from the border, saying: "This is our camp."',
    ],
)
def test_a_participle_of_saying_with_a_colon_otherwise_stays(sentence: str) -> None:
    assert all(speaker is None for _, speaker in facts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # "operates": an -s verb the verb list does not know, then a determiner
            "Crews repaired the ferry of Nordlink, which operates the island route.",
            ["Crews repaired the ferry of Nordlink.", "Nordlink operates the island route."],
        ),
        (
            # then a name
            "The strike hit Delta Mills, which supplies Hartwell Foods.",
            ["The strike hit Delta Mills.", "Delta Mills supplies Hartwell Foods."],
        ),
        (
            # then a figure
            "The audit named the Vessa Group, which manufactures 40 models of pump.",
            ["The audit named the Vessa Group.", "The Vessa Group manufactures 40 models of pump."],
        ),
    ],
)
def test_a_relative_with_an_unlisted_verb_and_its_object_is_its_own_claim(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # about the whole clause (data/sentential_relatives.txt)
        "The account gained a million followers, which explains its wide reach.",
        # "who": the person may be further back than the noun before the comma
        "The figure came from an analyst at Brant and Sons, who quotes a factory source.",
        # in a list: where the relative ends, the guessed verb does not say
        "She had worked for Sea Aid, which rescues the shipwrecked at sea, and Field Hope.",
        # a plural noun, then its own verb
        "The ministry banned the gatherings, which organisers say were peaceful.",
    ],
)
def test_a_relative_with_an_unlisted_verb_stays_when_unsure(sentence: str) -> None:
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor , , said the plant closed.", ("The plant closed.", "The mayor")),
        ("Two hikers, , have reached the summit.", ("Two hikers have reached the summit.", None)),
    ],
)
def test_two_commas_with_nothing_between_them_are_no_apposition(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    # A typo of scraped text: it once raised IndexError and took the whole report down.
    assert facts(sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb without a passive is its own, not a second participle of "was"
        (
            "The man was arrested and died in custody.",
            ["The man was arrested.", "The man died in custody."],
        ),
        (
            "The pilot was injured and fled to the hills.",
            ["The pilot was injured.", "The pilot fled to the hills."],
        ),
        # "born" is a participle: the second one shares its "was"
        (
            "She was born and raised in Tartu.",
            ["She was born.", "She was raised in Tartu."],
        ),
        # a passive participle still shares it
        (
            "The suspects were detained and held overnight.",
            ["The suspects were detained.", "The suspects were held overnight."],
        ),
        # where or when after the participle: still the passive ("killed near", not the
        # man killing)
        (
            "The gunman was shot and killed near the library.",
            ["The gunman was shot.", "The gunman was killed near the library."],
        ),
        (
            "The driver was arrested and charged yesterday.",
            ["The driver was arrested.", "The driver was charged yesterday."],
        ),
        (
            "Two guards were attacked and injured outside the gate.",
            ["Two guards were attacked.", "Two guards were injured outside the gate."],
        ),
        # an object after the second verb: its own active verb
        (
            "The man was arrested and shot a guard.",
            ["The man was arrested.", "The man shot a guard."],
        ),
        # a participle that is its verb's base form ("put", "cut") reads as one
        (
            "He was put on oxygen and released on Friday.",
            ["He was put on oxygen.", "He was released on Friday."],
        ),
        # a verb that takes its own act as an infinitive is the subject's act
        (
            "He was upset and wanted to start again.",
            ["He was upset.", "He wanted to start again."],
        ),
        (
            "He was arrested and forced to resign.",
            ["He was arrested.", "He was forced to resign."],
        ),
        # "to" and an -ing form after the second verb: an act of the subject's own
        (
            "Two men had been arrested and confessed to robbing the kiosk.",
            ["Two men had been arrested.", "Two men confessed to robbing the kiosk."],
        ),
        (
            "The clerk was questioned and admitted to taking the keys.",
            ["The clerk was questioned.", "The clerk admitted to taking the keys."],
        ),
        # must not fire: "to" and a place keeps the passive
        (
            "The boy was rescued and taken to hospital.",
            ["The boy was rescued.", "The boy was taken to hospital."],
        ),
        # a participle that is never a simple past shares the auxiliary whatever follows
        (
            "The son had been captured and taken prisoner by the rebels.",
            ["The son had been captured.", "The son had been taken prisoner by the rebels."],
        ),
        (
            "The club has sold its ground and gone into administration.",
            ["The club has sold its ground.", "The club has gone into administration."],
        ),
        (
            "The firm has closed two plants and cut 300 jobs.",
            ["The firm has closed two plants.", "The firm cut 300 jobs."],
        ),
        # an adverb between the auxiliary and the first participle: still the passive
        (
            "Each parcel is automatically weighed and sent to the depot.",
            ["Each parcel is automatically weighed.", "Each parcel is sent to the depot."],
        ),
        (
            "The two men were later charged and released on bail.",
            ["The two men were later charged.", "The two men were released on bail."],
        ),
        # the auxiliary after the clause's subject, not one of an opening clause
        (
            "Because the app is new, each file is quickly sealed and sent to the vault.",
            [
                "Because the app is new, each file is quickly sealed.",
                "Each file is sent to the vault.",
            ],
        ),
        # an infinitive's "have been" right after the first participle: the hedge before it
        # is shared with it
        (
            "The crew are thought to have been seized and held in Varno.",
            [
                "The crew are thought to have been seized.",
                "The crew are thought to have been held in Varno.",
            ],
        ),
        # an infinitive's auxiliary is shared with the verb that leads it, not on its own
        (
            "He claimed to have been threatened and robbed by the guards.",
            [
                "He claimed to have been threatened.",
                "He claimed to have been robbed by the guards.",
            ],
        ),
    ],
)
def test_which_second_participle_shares_the_auxiliary(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("word", "participle", "only"),
    [
        ("gone", True, True),
        ("done", True, True),
        ("begun", True, True),
        ("taken", True, True),
        ("sunk", True, True),
        ("put", True, False),  # its base form too: "They put it back" reads
        ("held", True, False),
        ("closed", True, False),
        ("began", False, False),
        ("sank", False, False),
        ("ran", False, False),
        ("went", False, False),
        ("were", False, False),
    ],
)
def test_which_forms_are_past_participles(word: str, participle: bool, only: bool) -> None:
    assert grammar.is_past_participle(word) is participle
    assert grammar.is_participle_only(word) is only


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        ("Mohamed Ali said the port is shut.", False),  # a first name in -ed
        ("Ahmed Saleh, a shopkeeper, said so.", False),
        ("Wilfried Strauch said so.", False),
        ("Reported cases rose by 40.", True),  # a known verb's -ed form
        ("Stopped Ruiz at the gate.", True),
        ("Mohamed the rest of the way.", True),  # no capital after it: the old reading
    ],
)
def test_a_capitalised_ed_word_before_a_name_is_a_first_name(text: str, finite: bool) -> None:
    assert grammar.is_finite_start(text) is finite


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Berg, 23, a rapper from Leeds, Ana Ruiz, 20, and Lee Park, from Oslo, were named.",
        "Ana Ruiz, a spokeswoman for the port, and Lee Park, a pilot, declined to comment.",
        "In May, Ana Ruiz, 51, and Eva Lind, 48, left the club.",
    ],
)
def test_people_listed_with_descriptions_all_stay_in_the_claim(sentence: str) -> None:
    assert "Park" in texts(sentence)[0] or "Eva Lind" in texts(sentence)[0]


def test_one_person_with_a_description_is_still_an_apposition() -> None:
    assert texts("Ana Ruiz, 51, a pilot from Leeds, left the club.")[0] == "Ana Ruiz left the club."


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # the phrase after the comma has a verb, or is a date's year: two clauses
        ("The ferry was inspected in May, 2019 and the report was filed in June.",
         "The report was filed in June."),
        ("The port was closed on Monday, officials said and the ferry was moored.",
         "The ferry was moored."),
    ],
)  # fmt: skip
def test_an_and_after_a_comma_phrase_with_a_verb_still_cuts(sentence: str, second: str) -> None:
    assert second in [claim.text for claim in extract_claims(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an -ing word before a finite verb is the clause's subject, no leading participle
        "Fighting also continued Friday in Kelby, the nearby village where Vale was born.",
        "Shelling resumed on Monday in Dorn, a town near the border.",
        "Flooding was reported in Dorn, a town near the river.",
    ],
)
def test_a_gerund_subject_is_no_leading_participle(sentence: str) -> None:
    assert [claim.text for claim in extract_claims(sentence)] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        # a noun or an adjective after the participle: a leading phrase still
        ("Describing reports of cases in Dorn as rumor, the agency said it had checked.",
         "The agency described reports of cases in Dorn as rumor."),
        ("Citing published figures, the council cut the budget.",
         "The council cited published figures."),
    ],
)  # fmt: skip
def test_a_participle_before_its_object_still_leads(sentence: str, participle: str) -> None:
    assert participle in [claim.text for claim in extract_claims(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "There have been A and B": B is a second thing there has been, no clause
        "There have been reports of drones over Dorn and reports of a drone over Kelby.",
        # a bare figure and a second one with its unit share the unit
        "The twins are 13 and 14 years old.",
        "The pier is 40 and 60 metres long at its two ends.",
    ],
)
def test_a_shared_existential_or_unit_stays_one_claim(sentence: str) -> None:
    assert [claim.text for claim in extract_claims(sentence)] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # with an auxiliary, a clause; with each figure's own words, two objects
        ("There were delays at the port and were protests in the city.",
         "There were protests in the city."),
        ("The firm hired 40 engineers and 12 nurses.", "The firm hired 12 nurses."),
    ],
)  # fmt: skip
def test_a_clause_after_there_or_two_figure_objects_still_split(sentence: str, second: str) -> None:
    assert second in [claim.text for claim in extract_claims(sentence)]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a phrase of time with no comma before the subject is no part of it
        ("In 2019 Tomas Berg bought the ferry company.", "Tomas Berg"),
        ("After a week Ana Lind left the camp.", "Ana Lind"),
        ("On Monday an inspector from the council visited the cafe.",
         "an inspector from the council"),
        ("During this period her salary was doubled.", "her salary"),
        ("At the age of 22 she joined the navy.", "she"),
        # any scene phrase ends where a determiner follows its noun: no noun takes two
        ("In Vessia the jobless rate is high.", "the jobless rate"),
        ("In those photos the mayor is seen waving.", "the mayor"),
        ("In the heart of the old town a crowd gathered.", "a crowd"),
        ("For seven days Ana Lind ate only rice.", "Ana Lind"),
        ("At that point Berg turned around.", "Berg"),
        ("By most estimates a ferry earns $5,000 a day.", "a ferry"),
        # "this year" after a noun of time is more of the time
        ("For the third time this year the actor has been declared dead.", "the actor"),
        # a determiner after a verb's -ing form opens its object: the pronoun is the subject
        ("In addition to selling the crop they grow rice.", "they"),
        ("By using this chip it runs cooler.", "it"),
    ],
)  # fmt: skip
def test_a_leading_time_is_not_the_subject(sentence: str, subject: str) -> None:
    (claim,) = extract_claims(sentence)
    assert claim.subject == subject


@pytest.mark.parametrize(
    "subject",
    [
        # a place, an approximated figure, or a name before the pronoun: kept as they were
        "In northern Vessia Kurdish fighters",
        "At least 10 police cars",
        "In a 2019 entry on his blog Berg recounts how he",
        "On the tape",
        # "that" after the time opens the time's own clause
        "after the strike on Monday that the special forces",
    ],
)
def test_other_leading_phrases_stay_in_the_subject(subject: str) -> None:
    assert bare_subject(subject) == subject


@pytest.mark.parametrize(
    ("subject", "bare"),
    [
        ("The mayor nevertheless", "The mayor"),
        ("The court therefore", "The court"),
        ("Ms Vale instead", "Ms Vale"),
    ],
)
def test_a_connective_before_the_verb_is_no_part_of_the_subject(subject: str, bare: str) -> None:
    assert bare_subject(subject) == bare


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a long phrase opened by a preposition in -ing or "given" sets the scene
        ("Considering the scale of the flood in the valley, the repairs went fast.",
         "The repairs went fast."),
        ("Given the state of the old bridge over the river, the ferry stayed in service.",
         "The ferry stayed in service."),
    ],
)  # fmt: skip
def test_a_long_lead_opened_by_considering_or_given(sentence: str, claim: str) -> None:
    assert texts(sentence) == [claim]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # common verbs of data/verbs.txt end the subject ("draws", "picked up", "loves")
        ("The fair draws crowds every May.", "The fair"),
        ("The story was picked up by a radio station.", "The story"),
        ("A lot of sailors prefer the night ferry.", "A lot of sailors"),
        # an adverb that sharpens a lead clause leaves it a lead
        ("Even when ferries are late, passengers wait calmly.", "passengers"),
        ("Just as the storm hit, the pier closed.", "the pier"),
        ("Shortly before the vote, a rumour spread.", "a rumour"),
        ("Even if the fee rises, the ferry will sail.", "the ferry"),
        # but not an adverb before a subject
        ("Even the mayor left early.", "Even the mayor"),
        ("Just two ferries sailed.", "Just two ferries"),
        # a lead clause with no comma: the main clause's pronoun after the lead's verb
        ("When the ferry returned it had lost a mast.", "it"),
        ("When the ferry hit the pier it sank.", "it"),
        ("If the talks fail we will strike on Monday.", "we"),
        # not a pronoun of a clause inside the lead, nor a phrase that is no clause
        ("After the pier reopened as he had promised.", "After the pier"),
        ("Before the storm a crew dressed in orange closed the pier as it rained.",
         "Before the storm a crew"),
        # a phrase setting the scene before the subject's last comma
        ("Indeed, in May 2013, Ana Lind gave the man a coat.", "Ana Lind"),
        ("Soon after, she gave birth to a boy.", "she"),
        ("Laughing, he left the room.", "he"),
        ("Again, though, the ferry was late.", "the ferry"),
        # the year after a date's comma is the date's
        ("On May 15, 2013, a small meteor fell into the sea.", "a small meteor"),
        # a list, an apposition or a relative stays the subject
        ("The villa, the lodge and the stables are on the island.",
         "The villa, the lodge and the stables"),
        ("Ana Lind, the harbour master, left.", "Ana Lind, the harbour master"),
        ("Only small things, such as ships, rocks and fruit, are safe.",
         "Only small things, such as ships, rocks and fruit"),
    ],
)  # fmt: skip
def test_the_subject_after_a_phrase_that_sets_the_scene(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("head", "tail", "scene"),
    [
        ("In May", "the dam", True),
        ("Laughing", "he", True),
        # what follows the comma must open a subject of its own
        ("In May", "which was wet", False),
        ("near the town", "before", False),
        ("The villa", "the lodge and the stables", False),
    ],
)
def test_what_sets_the_scene_before_a_subject(head: str, tail: str, scene: bool) -> None:
    assert _set_scene(head, tail) is scene


def test_an_apposition_after_a_date_with_its_year() -> None:
    # the year's comma is the date's: the apposition is the name's
    assert texts("On May 15, 2013, Ana Lind, a nurse from Vell, was taken by a gang.") == [
        "On May 15, 2013, Ana Lind was taken by a gang.",
        "Ana Lind was a nurse from Vell.",
    ]


def test_a_long_lead_of_a_span_of_time_sets_the_scene() -> None:
    # "Days before ..." is when, like a preposition's phrase: cut, and no act of its own
    assert texts("Days before the vote in the council, the mayor resigned in protest.") == [
        "The mayor resigned in protest."
    ]


def test_an_opening_mark_before_the_verb_is_no_part_of_a_copied_subject() -> None:
    claims = texts('Tom Berg said that the port "will stay shut" and would reopen in May.')
    assert claims[-1] == "The port would reopen in May."
    assert subject_of('the port "will stay shut"') == "the port"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle's phrase after an apposition describes the subject too
        ("The soldier, a reservist with the regiment, based in Vell, was shot at the memorial.",
         ["The soldier was shot at the memorial.",
          "The soldier was a reservist with the regiment.",
          "The soldier was based in Vell."]),
        # a verb with an object after the apposition is the subject's own act
        ("Tom Berg, a nurse, killed the guard at the gate.",
         ["Tom Berg killed the guard at the gate.", "Tom Berg was a nurse."]),
    ],
)  # fmt: skip
def test_a_second_description_after_an_apposition(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_a_verb_of_saying_after_an_aside_is_no_second_description() -> None:
    claims = texts(
        "The Ledger, quoting two sources, reported that the mayor after a long night, "
        "decided to resign."
    )
    assert not any(claim.startswith("The Ledger decided") for claim in claims)


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        # the head before "of" decides the verb's number
        ("A member of the harbour guards, armed with a rifle, stood at the gate.",
         "A member of the harbour guards was armed with a rifle."),
        ("Members of the harbour guards, armed with rifles, stood at the gate.",
         "Members of the harbour guards were armed with rifles."),
    ],
)  # fmt: skip
def test_a_description_agrees_with_the_head_before_of(sentence: str, description: str) -> None:
    assert description in texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb found before the participle ("beat", "disputes" are not in the verb
        # list): the subject read runs into the participle's phrase, so nothing is split off
        "The guards beat a hasty retreat, warning colleagues that a sniper has them in sight.",
        'The killer addresses the mayor directly, saying that Berg "has to pay the price" now.',
    ],
)
def test_a_subject_that_runs_into_the_participle_is_not_copied(sentence: str) -> None:
    texts = [claim.text for claim in extract_claims(sentence)]
    assert texts == [sentence]


def test_a_comma_after_and_then_opens_an_aside_not_the_lead() -> None:
    # "As a teenager ..." has no comma of its own: the comma after "and then" opens an aside
    # inside the clause, so nothing after it is the subject
    sentence = (
        "As a teenager Ana Roth went on a diet and had her name changed and then, "
        "in her early twenties, moved to Oslo."
    )
    claims = extract_claims(sentence)
    assert all(claim.subject and claim.subject.endswith("Ana Roth") for claim in claims)
    assert not any(claim.text.startswith("In her early twenties") for claim in claims)


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # a second verb of data/verbs.txt after "and" opens a clause of its own
        ("The nurse raised the alarm and tried to free the boy.",
         ["The nurse raised the alarm.", "The nurse tried to free the boy."]),
        ("Ana Lind took off her coat and walked through the gate.",
         ["Ana Lind took off her coat.", "Ana Lind walked through the gate."]),
    ],
)  # fmt: skip
def test_a_common_verb_after_and_opens_a_second_clause(sentence: str, claims: list[str]) -> None:
    assert texts(sentence) == claims


@pytest.mark.parametrize(
    ("sentence", "subject", "predicate"),
    [
        # verbs of data/verbs.txt give the subject's end and the predicate's lemma
        ("The league postponed the final.", "The league", "postpone"),
        ("Norland deports a reporter.", "Norland", "deport"),
        ("The delay stems from a strike.", "The delay", "stem"),
        ("The mayor apologised to the crew.", "The mayor", "apologise"),
    ],
)
def test_news_verbs_end_the_subject(sentence: str, subject: str, predicate: str) -> None:
    (claim,) = extract_claims(sentence)
    assert (claim.subject, claim.predicate) == (subject, predicate)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The council is due to vote on Monday.", None),
        ("The singer was due to perform in Oslo.", None),
        ("The match was cancelled due to rain.", "due to rain"),
        ("The delay was due to a strike.", "due to a strike"),
    ],
)
def test_a_schedule_with_due_to_states_no_cause(text: str, reason: str | None) -> None:
    assert find_reason(text) == reason


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Then, when the ferry docked, the crew left.", "the crew"),
        ("Meanwhile, as the storm hit, the pier collapsed.", "the pier"),
        # a connective alone, as before
        ("However, the pier held.", "the pier"),
    ],
)
def test_a_lead_clause_after_a_connective_is_no_subject(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The council refused the offer, but then it agreed to talks.", "Then it agreed to talks."),
        ("The strike went on for a week, and now they are back.", "Now they are back."),
    ],
)
def test_a_clause_after_a_conjunction_and_a_sequence_word(text: str, second: str) -> None:
    assert second in [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a clause of its own before ", but", not a lead
        ("In May the council refused, but it agreed later.", "In May the council"),
        ("At first the crew stayed, but they left at dawn.", "At first the crew"),
        # a lead before its comma, as before
        ("In May, the council refused.", "the council"),
    ],
)
def test_a_clause_before_a_comma_and_but_is_no_lead(text: str, subject: str) -> None:
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last of a list of bare participles is no clause of its own
        (
            "There were many attacks, with shops being looted, burned, and wrecked, and it "
            "has to stop.",
            [
                "There were many attacks, with shops being looted, burned, and wrecked.",
                "It has to stop.",
            ],
        ),
        (
            "The men were arrested, questioned, and released, and police said no charges "
            "would follow.",
            ["The men were arrested, questioned, and released.", "No charges would follow."],
        ),
        # Must not fire: a last participle with words of its own after it is cut as before
        (
            "The men were arrested, questioned, and released on bail, and police said no "
            "charges would follow.",
            [
                "The men were arrested, questioned.",
                "The men were released on bail.",
                "No charges would follow.",
            ],
        ),
    ],
)
def test_the_last_of_listed_participles_is_no_clause(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Harlow Tiles will close its kiln works in Debby, cutting 210 jobs.",
            ["Harlow Tiles will close its kiln works in Debby.", "Harlow Tiles will cut 210 jobs."],
        ),
        (
            "The storm could reach the coast by Friday, forcing ferries to stay in port.",
            [
                "The storm could reach the coast by Friday.",
                "The storm could force ferries to stay in port.",
            ],
        ),
        (
            "The council may sell the old depot, raising 4 million euros.",
            ["The council may sell the old depot.", "The council may raise 4 million euros."],
        ),
        # an adverb before the participle stands after the modal
        (
            "The allies would oppose the bill, essentially shielding the mayor from blame.",
            [
                "The allies would oppose the bill.",
                "The allies would essentially shield the mayor from blame.",
            ],
        ),
        # must not fire: a participle of a state of mind holds now, whatever the head's tense
        (
            "The board will drop the case, believing that the fine is enough.",
            ["The board will drop the case.", "The fine is enough."],
        ),
        # must not fire: a head in the past, a participle of saying or citing, a negated head
        (
            "The council sold the old depot, raising 4 million euros.",
            ["The council sold the old depot.", "The council raised 4 million euros."],
        ),
        (
            "Harlow Tiles will close its kiln works, citing weak demand.",
            ["Harlow Tiles will close its kiln works.", "Harlow Tiles cited weak demand."],
        ),
    ],
)
def test_a_participle_shares_the_modal_of_its_head(sentence: str, expected: list[str]) -> None:
    """What a subject will or may do brings its result with it: the participle's act gets
    the head's modal (and so its certainty), not a past tense it never had."""
    assert texts(sentence) == expected


def test_the_shared_modal_carries_the_certainty() -> None:
    claims = extract_claims("Harlow Tiles will close its kiln works in Debby, cutting 210 jobs.")
    assert [c.certainty.value for c in claims] == ["planned", "planned"]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("On Monday, with the roads closed, schools shut early.", "schools"),
        ("Last week, with the river so high, the ferry stopped running.", "the ferry"),
        ("On Friday, with help from the army, the crews cleared the road.", "the crews"),
        ("On Friday, when the gunman stormed the hall, he fired back.", "he"),
        ("In May, after the vote, the council resigned.", "the council"),
        ("On Monday, if the weather holds, crews will start.", "crews"),
    ],
)
def test_a_second_lead_after_a_lead_is_no_subject(sentence: str, subject: str) -> None:
    """A second scene or clause after the lead: its verb ("closed") is none of the clause's."""
    assert subject_of(sentence) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, with the roads closed, the day.",
        "On Monday, with the roads closed.",
        "On Monday, when police arrived.",
        # the comma after "when" opens an aside, not the clause's end
        "On Monday, when the director, Ana Ruiz, was fired, the board said she had erred.",
    ],
)
def test_a_second_lead_without_a_clause_after_it_is_not_skipped(sentence: str) -> None:
    # must not fire: no verb follows the phrase's comma, so the lead ends before "with"
    assert _after_leading_adverbial(sentence) == len("On Monday, ")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kiln crews work in shifts and burn a lot of gas, making the works costly to run.",
            [
                "Kiln crews work in shifts and burn a lot of gas.",
                "Kiln crews make the works costly to run.",
            ],
        ),
        (
            "The strike halts the port, leaving ships idle.",
            ["The strike halts the port.", "The strike leaves ships idle."],
        ),
        # must not fire: a head whose form is a past too ("hit"), or a past head
        (
            "The strikes hit the port, leaving ships idle.",
            ["The strikes hit the port.", "The strikes left ships idle."],
        ),
        (
            "The strike halted the port, leaving ships idle.",
            ["The strike halted the port.", "The strike left ships idle."],
        ),
    ],
)
def test_a_participle_shares_the_present_of_its_head(sentence: str, expected: list[str]) -> None:
    """A present head tells what is so now: its participle's act is a present too."""
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The mill and the brewery both closed in the summer.", "The mill and the brewery"),
        (
            "A brick kiln in Varde and a sawmill in Orsby both shut down last year.",
            "A brick kiln in Varde and a sawmill in Orsby",
        ),
        ("They all left on Friday.", "They"),
        ("The two firms each paid a fine.", "The two firms"),
        # must not fire: the quantifier inside a phrase, or the subject itself
        ("Best of all was the view.", "Best of all"),
        ("Officials from both will monitor the site.", "Officials from both"),
        ("At first all seemed calm.", "At first all"),
        ("The flood and the shock of all left scars.", "The flood and the shock of all"),
    ],
)
def test_a_floating_quantifier_is_no_part_of_the_subject(sentence: str, subject: str) -> None:
    """ "both" tells how many of the subject acted; a long subject is no longer dropped."""
    assert subject_of(sentence) == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Everyone aboard the Varna Star, 212 passengers in all, got off safely.",
            "Everyone aboard the Varna Star",
        ),
        ("The victims, 14 in total, were taken to hospital.", "The victims"),
        ("The crew, all 28 of them, stayed on board.", "The crew"),
        ("The villages, twelve in all, lost power.", "The villages"),
    ],
)
def test_a_count_set_off_after_the_subject_stays_in_the_claim(sentence: str, subject: str) -> None:
    """The count says how many did it: cut out, the claim would lose its figure."""
    (claim,) = extract_claims(sentence)
    assert claim.text == sentence
    assert claim.subject == subject
    assert claim.numbers


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # must not fire: an apposition that describes, or a count of something else
        ("The crew, a team of locals, stayed on board.", "The crew stayed on board."),
        ("The mayor, 61 in May, signed the order.", "The mayor signed the order."),
    ],
)
def test_an_apposition_that_is_no_count_of_its_head_is_cut(sentence: str, first: str) -> None:
    assert texts(sentence)[0] == first
