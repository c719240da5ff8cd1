"""Attribution: the speaker is kept, and the claim's text is the content."""

from __future__ import annotations

import pytest

from claimtrack.api import extract_claims
from claimtrack.parse.attribution import find_attribution
from claimtrack.parse.build import parse_statement
from claimtrack.parse.tags import find_addition
from parse_helpers import facts
from parse_helpers import speaker as speaker_of


def _speaker_and_content(text: str) -> tuple[str, str]:
    found = find_attribution(text)
    assert found is not None
    return found.speaker, text[found.content_start : found.content_end]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("According to the coast guard, six boats capsized.", "the coast guard",
         "according to", "six boats capsized."),
        ("Six boats capsized, according to the coast guard.", "the coast guard",
         "according to", "Six boats capsized"),
        ("The harbour will reopen, the mayor said.", "the mayor", "said",
         "The harbour will reopen"),
        ("The harbour will reopen, the mayor said on Friday.", "the mayor", "said",
         "The harbour will reopen"),
        ("The harbour will reopen, said a spokesperson for the port.",
         "a spokesperson for the port", "said", "The harbour will reopen"),
        ("Officials said the harbour would reopen.", "Officials", "said",
         "the harbour would reopen."),
        ("The minister told reporters that the harbour would reopen.", "The minister", "told",
         "the harbour would reopen."),
        ("A spokesperson for the Transport Ministry announced that fares would rise.",
         "A spokesperson for the Transport Ministry", "announced", "fares would rise."),
        ("The union has repeatedly insisted that the strike is legal.", "The union",
         "insisted", "the strike is legal."),
        # Before a verb, "that" is the content's subject, not a conjunction.
        ("The lawyer said that was not a fair comparison.", "The lawyer", "said",
         "that was not a fair comparison."),
        ("The lawyer said that wasn't fair.", "The lawyer", "said", "that wasn't fair."),
    ],
)  # fmt: skip
def test_speakers(text: str, speaker: str, cue: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, found.cue) == (speaker, cue)
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We will appeal,” she told the judge, Ana M. Ruiz.", "We will appeal"),
        ("“The pumps are fixed,” he told the mayor’s deputy, Tom Berg.", "The pumps are fixed"),
        (
            "“Prices will rise,” the minister told the bank's chief, Lena Okafor.",
            "Prices will rise",
        ),
    ],
)
def test_a_quotation_told_to_a_person_named_after_their_role(text: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.cue == "told"
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal,” she told the judge, and the court.",
    ],
)
def test_a_comma_after_the_person_told_needs_a_name(text: str) -> None:
    found = find_attribution(text)
    assert found is None or found.cue != "told"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('" Who paid for the flights? " the auditor asked.', "the auditor",
         "Who paid for the flights?"),
        ('" The dam held . " the engineer said .', "the engineer", "The dam held ."),
    ],
)  # fmt: skip
def test_a_quotation_closed_by_a_spaced_mark_has_its_speaker(
    text: str, speaker: str, content: str
) -> None:
    """Tokenized copy sets the closing mark off by a blank: it still closes the quotation."""
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker
    assert text[found.content_start : found.content_end].strip() == content


def test_a_spaced_mark_that_closes_nothing_gives_no_speaker() -> None:
    # the mark follows a word, not a stop: it opens a quotation, so no speaker stands before it
    found = find_attribution('Voters chose " the safe option " the mayor said')
    assert found is None or found.speaker != "the safe option"


def test_a_direct_quotation_is_marked_quoted_without_its_marks() -> None:
    text = "“The pumps are working again,” the engineer said."
    found = find_attribution(text)
    assert found is not None and found.quoted
    assert text[found.content_start : found.content_end] == "The pumps are working again"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The firm claimed that the leak was small.", True),
        ("Analysts believe the rally will fade.", True),
        # what a speaker only implies is their view, not a fact they state
        ("The coach implied that the striker had left the club.", True),
        ("The striker had left the club, the coach implied.", True),
        ("The firm confirmed that the leak was small.", False),
    ],
)
def test_weak_verbs_hedge(text: str, hedged: bool) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.hedged is hedged


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # a speaker that names no source, only reports or rumours: as "reportedly"
        ("Reports said the mayor had resigned.", "reports"),
        ("According to unconfirmed media reports, the dam had burst.", "reports"),
        ("Some rumours say the striker will leave.", "rumours"),
        ("The ferry sank near the pier, local reports said.", "reports"),
        # a named source, or reports pointed back at, are not hearsay of that kind
        ("Reuters reports said the mayor had resigned.", None),
        ("Israeli media reports said the mayor had resigned.", None),
        ("The report said the mayor had resigned.", None),
        ("The reports said the mayor had resigned.", None),
    ],
)
def test_unnamed_reports_as_a_speaker_hedge(text: str, hedge: str | None) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.hedge, found.hedged) == (hedge, hedge is not None)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge collapsed on Monday.",
        "The study showed that prices rose.",
        "Iran ruled out talks, citing the weather.",
        "It said nothing about the fire.",
        "Reported cases fell in March.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert find_attribution(text) is None


def test_every_sentence_of_a_quotation_gets_its_speaker() -> None:
    from claimtrack import extract_claims

    text = (
        "“The pumps failed at noon. Two wards lost power. We moved 40 patients,” "
        "the hospital director said. Engineers arrived later."
    )
    claims = extract_claims(text)
    quoted = [c for c in claims if c.attribution == "the hospital director"]
    assert [c.text for c in quoted] == [
        "The pumps failed at noon.",
        "Two wards lost power.",
        "We moved 40 patients.",
    ]
    assert all(c.quoted for c in quoted)
    assert claims[-1].attribution is None


def test_inverted_speaker_with_an_apposition() -> None:
    text = "The port will reopen, said Ana Ruiz, a spokeswoman for the harbour board."
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == "Ana Ruiz, a spokeswoman for the harbour board"
    assert text[found.content_start : found.content_end] == "The port will reopen"


def test_speaker_found_once_an_apposition_is_removed() -> None:
    from claimtrack import extract_claims

    text = "The report, from the city auditor, a former judge, said the fund lost $2 million."
    (claim,) = [c for c in extract_claims(text) if "fund" in c.text]
    assert claim.text == "The fund lost $2 million."
    assert claim.attribution == "The report"


def test_an_opening_phrase_before_the_speaker() -> None:
    found = find_attribution("Meanwhile, the union said the strike would end.")
    assert found is not None and found.speaker == "the union"


@pytest.mark.parametrize(
    "text",
    [
        "The mill owners moved to counter claims made by residents that the river was poisoned.",
        "The militia has rejected claims by the army that it agreed to a truce.",
        "The clinic issued a statement denying reports from two papers that a nurse is ill.",
        "The club chairman dismissed claims by fans that the stadium will be sold.",
    ],
)
def test_claims_and_reports_as_nouns_name_no_speaker_before_them(text: str) -> None:
    # "counter claims made by X that ...": the subject counters what X said; it is not
    # the speaker of the content.
    found = find_attribution(text)
    assert found is None or found.cue not in ("claims", "reports")


def test_content_after_a_verb_read_past_an_earlier_word_drops_its_that() -> None:
    # "alleged" is tried as the verb first and turned down ("price sheet claims" is no
    # person told); the content of "claims that ..." starts after its "that".
    text = "The alleged price sheet claims that a slot costs $11,200."
    found = find_attribution(text)
    assert found is not None and found.cue == "claims"
    assert text[found.content_start : found.content_end].startswith("a slot costs")


def test_reports_after_a_verb_of_saying_are_part_of_the_content() -> None:
    # "says some local reports that ...": the reports are what the clinic calls false,
    # not a person told; the content starts with them.
    text = "The clinic says some local reports that a nurse is ill are false."
    found = find_attribution(text)
    assert found is not None and found.cue == "says"
    assert text[found.content_start : found.content_end].startswith("some local reports")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The health agency reports that 40 people fell ill.", "The health agency", "reports"),
        ("Our correspondent reports from Lagos that the port is calm.", "Our correspondent",
         "reports"),
        ("The embattled mayor claims that the audit was rigged.", "The embattled mayor",
         "claims"),
        ("The United Nations reports that food stocks are running out.", "The United Nations",
         "reports"),
        ("The ministry reports that the claims are false.", "The ministry", "reports"),
        # vouching for reports asserts them on the speaker's word
        ("Officials confirmed reports that the dam had burst.", "Officials", "confirmed"),
        # a participle before "claims" that is an adjective of the speaker's noun phrase
        ("The leaked price sheet claims that a slot costs $11,200.", "The leaked price sheet",
         "claims"),
        ("The mayor told reporters that the bridge will reopen.", "The mayor", "told"),
    ],
)  # fmt: skip
def test_claims_and_reports_as_verbs_keep_their_speaker(text: str, speaker: str, cue: str) -> None:
    found = find_attribution(text)
    assert found is not None and (found.speaker, found.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The warden said that a group that runs the shelter had left.",
         "a group that runs the shelter had left."),
        ("The coach said that the player who scored was injured.",
         "the player who scored was injured."),
        ("The mayor told reporters that the bridge would reopen.", "the bridge would reopen."),
    ],
)  # fmt: skip
def test_that_never_stands_for_the_person_told(text: str, content: str) -> None:
    # "said that a group that ...": the words after the first "that" are the content, not
    # a person told ("told reporters that") before a second "that".
    found = find_attribution(text)
    assert found is not None
    assert text[found.content_start : found.content_end] == content


def _claims(text: str) -> list[tuple[str, str | None]]:
    from claimtrack import extract_claims

    return [(c.text, c.attribution) for c in extract_claims(text) if c.kind == "fact"]


@pytest.mark.parametrize(
    ("text", "statement", "act"),
    [
        ("A police spokesman said two men were arrested, but declined to give their names.",
         ("Two men were arrested.", "A police spokesman"),
         ("A police spokesman declined to give their names.", None)),
        ("The ministry said the talks had collapsed, but gave no reason.",
         ("The talks had collapsed.", "The ministry"),
         ("The ministry gave no reason.", None)),
        ("Police said the gunman was dead but did not reveal his name.",
         ("The gunman was dead.", "Police"),
         ("Police did not reveal his name.", None)),
        ("The agency said the strike hit a convoy, but couldn't immediately confirm casualties.",
         ("The strike hit a convoy.", "The agency"),
         ("The agency couldn't immediately confirm casualties.", None)),
        ("The coach said the striker was injured, but would not say for how long.",
         ("The striker was injured.", "The coach"),
         ("The coach would not say for how long.", None)),
        # A further statement is read as one, with the speaker's pronoun resolved.
        ("The company said sales fell 5 percent, and added that it would cut 200 jobs.",
         ("Sales fell 5 percent.", "The company"),
         ("The company would cut 200 jobs.", "The company")),
        ("The court said the law was valid, but warned that appeals would follow.",
         ("The law was valid.", "The court"),
         ("Appeals would follow.", "The court")),
        # A bare "and said" / "and told reporters" after a thing's statement: the thing
        # said nothing, the speaker did.
        ("The mayor said the bridge was safe and said repairs would start in May.",
         ("The bridge was safe.", "The mayor"),
         ("Repairs would start in May.", "The mayor")),
        ("The mayor said the bridge was safe and told reporters repairs would start in May.",
         ("The bridge was safe.", "The mayor"),
         ("Repairs would start in May.", "The mayor")),
        ("The ferry line says its timetable is final and says no extra boats will run.",
         ("The ferry line's timetable is final.", "The ferry line"),
         ("No extra boats will run.", "The ferry line")),
    ],
)  # fmt: skip
def test_the_speakers_own_act_after_a_statement(
    text: str, statement: tuple[str, str | None], act: tuple[str, str | None]
) -> None:
    # "X said A, but did not name him": X did not name him; A's subject did nothing of it.
    claims = _claims(text)
    assert statement in claims
    assert act in claims
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The statement's own second verb: its subject is the doer.
        ("Officials said the fire destroyed 40 homes and killed two people.",
         ("The fire killed two people.", "Officials")),
        # Not an act of telling: the reported subject may be the one who promised.
        ("The report said the rebels seized the town and vowed to hold it.",
         ("The rebels vowed to hold it.", "The report")),
        # "According to X" has no verb of X's: the act is the statement subject's.
        ("According to the league, the referee was tired of the abuse, and added that the match "
         "was over.", ("The referee added that the match was over.", "the league")),
        # A bare "and said" after a person's, a named or a plural subject, or a run of
        # acts: that subject may be the one who said it.
        ("Ana Ruiz said the spokesman resigned and said he was tired.",
         ("The spokesman said he was tired.", "Ana Ruiz")),
        ("The coach said Tom Vale left early and said he was ill.",
         ("Tom Vale said he was ill.", "The coach")),
        ("The teacher said the pupils came in and said they were cold.",
         ("The pupils said they were cold.", "The teacher")),
        ("Witnesses said the driver stopped, got out and said he was lost.", None),
        # Inside a quotation, the words are the speaker's quoted statement.
        ("The mayor said the plan had “failed badly, but did not say why” in a letter.",
         ("The plan had “failed badly, but did not say why” in a letter.", "The mayor")),
    ],
)  # fmt: skip
def test_a_second_verb_that_is_no_act_of_the_speaker(
    text: str, expected: tuple[str, str | None] | None
) -> None:
    claims = _claims(text)
    speakers = {speaker for _, speaker in claims}
    assert None not in speakers  # no fact of the writer's about the speaker's act
    if expected is not None:
        assert expected in claims


#: A sentence before each case names a thing a later "it" may mean (the rule for pronouns
#: that open a sentence): the concession's pronoun must not go to it.
_NAMED_BEFORE = "Last year Corvia signed the accord. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvia will reopen the border in May, the ministry told the Valley Herald, though it "
         "did not say where.", "The ministry did not say where."),
        ("Corvia will reopen the border in May, the ministry said, but it declined to comment "
         "further.", "The ministry declined to comment further."),
        ("Corvia will reopen the border in May, said the ministry, although it gave no date.",
         "The ministry gave no date."),
        ("Corvia will reopen the border in May, border officials said, but they would not say "
         "why.", "Border officials would not say why."),
        ("Corvia will reopen the border in May, a spokeswoman for the trust said, though she "
         "did not give a date.", "A spokeswoman for the trust did not give a date."),
        # Not an act of speaking: "it" may be the statement's subject as well; it is left to
        # the rule for pronouns.
        ("Corvia will reopen the border in May, the ministry said, though it will keep its "
         "troops in the hills.", "Corvia will keep its troops in the hills."),
        # A pronoun that does not agree with the speaker means someone else.
        ("Corvia will reopen the border in May, Ana Ruiz said, though it did not say where.",
         "Corvia did not say where."),
    ],
)  # fmt: skip
def test_a_concession_after_a_closing_tag_is_the_speakers_act(text: str, expected: str) -> None:
    # "X will do A, the trust said, though it did not say why": the trust did not say why.
    texts = [claim for claim, _ in _claims(_NAMED_BEFORE + text)]
    assert expected in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In an interview with a radio station last week, the minister said the plant would "
         "close.", ("The plant would close.", "the minister")),
        ("During a visit to the harbour on Friday, Gov. Ana Ruiz said the port would reopen.",
         ("The port would reopen.", "Gov. Ana Ruiz")),
        ("In the U.S., the Treasury said the fund had lost money.",
         ("The fund had lost money.", "the Treasury")),
        ("Speaking at a rally in the capital on Sunday, the senator said the bill was dead.",
         ("The bill was dead.", "the senator")),
        # A title and a name longer than most, with no verb in it.
        ("Previously, the Deputy Director of Coastal Planning and Harbour Works Ana Maria "
         "Ruiz-Ortega said the ferry would sail in May.",
         ("The ferry would sail in May.",
          "the Deputy Director of Coastal Planning and Harbour Works Ana Maria Ruiz-Ortega")),
        ("But Ruiz said the toys were fakes.", ("The toys were fakes.", "Ruiz")),
    ],
)  # fmt: skip
def test_the_speaker_after_an_opening_phrase(text: str, expected: tuple[str, str]) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction before a long opening phrase
        ("But during a visit to the harbour on Friday, the governor said the port would "
         "reopen.", ("The port would reopen.", "the governor")),
        ("And in a long interview with a radio station on Monday, the minister said the "
         "plant would close.", ("The plant would close.", "the minister")),
        ("Yet speaking to reporters outside the court late on Tuesday, her lawyer said the "
         "appeal would go ahead.", ("The appeal would go ahead.", "her lawyer")),
        # a concessive opening phrase: the speaker's statement holds whatever it concedes
        ("Despite his long service with the harbour police, relatives said that the shooting "
         "was the first of his career.", ("The shooting was the first of his career.",
                                          "relatives")),
        ("For all the criticism of the cost of the new bridge, engineers noted that it was "
         "the first crossing built in a decade.",
         ("It was the first crossing built in a decade.", "engineers")),
        ("But for all those who called the ceremony a waste of money, its backers noted that "
         "it was the first one held in the chamber.",
         ("It was the first one held in the chamber.", "its backers")),
    ],
)  # fmt: skip
def test_the_speaker_after_a_conjunction_or_a_concession(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition bounds what is said: it stays in the content, conjunction or not
        "But if the talks fail again next week in the capital, officials said the plant "
        "would close.",
        "And unless the council finds the money for the repairs, engineers warned that the "
        "bridge would shut.",
        # "for" alone opens no scene: "for all" does
        "For the third time in the last two years, the club said it would move.",
        # a conjunction before a phrase that opens no scene
        "But with only two of the nine members present at the vote, the board said the "
        "motion had passed.",
    ],
)
def test_no_speaker_after_a_condition_or_another_opening(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said on Monday the bridge would reopen.",
         ("The bridge would reopen.", "Officials")),
        ("Police said yesterday two men were held.", ("Two men were held.", "Police")),
        ("The coach said in a statement the striker would miss the final.",
         ("The striker would miss the final.", "The coach")),
        # No word that opens a clause after the tail: the words stay in the content.
        ("Officials said on Monday Smith was arrested.",
         ("On Monday Smith was arrested.", "Officials")),
    ],
)  # fmt: skip
def test_a_time_or_place_after_the_verb_is_not_content(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # A condition belongs to the content: dropping it would assert what was conditional.
        "If talks fail, officials said the strike would go on.",
        "Unless wages rise, the union said its members would walk out.",
        # "claimed to": an infinitive, not a clause; the actor asserts nothing reported.
        "The actor claimed to have met the queen.",
        # A clause before the verb is no speaker.
        "Speaking in a low voice, he named the hostage and said the talks were over.",
        "The governor ordered flags lowered to half-staff and said the state would pay.",
    ],
)
def test_no_speaker_from_a_condition_an_infinitive_or_a_clause(text: str) -> None:
    for claim_text, speaker in _claims(text):
        assert speaker is None or (
            not speaker.endswith(" and")
            and "named" not in speaker
            and speaker not in ("officials", "the union")
        ), (claim_text, speaker)
    assert not any(t.startswith(("Have met", "To have met")) for t, _ in _claims(text))


def test_a_named_speaker_is_who_a_later_he_said_means() -> None:
    # "his" is replaced by the speaker in the first claim; Mr. Ortiz is still the person
    # the next sentence's "he said" means.
    text = "Mr. Ortiz said his company would close the plant. It was time to cut costs, he said."
    assert ("It was time to cut costs.", "Mr. Ortiz") in _claims(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("A spokesman for the rebels confirmed the fighters received the weapons.",
         "A spokesman for the rebels", "confirmed", "the fighters received the weapons."),
        ("The club has confirmed it has signed a new striker.", "The club", "confirmed",
         "it has signed a new striker."),
        ("The agency stated the storm had weakened overnight.", "The agency", "stated",
         "the storm had weakened overnight."),
        ("Jordan's army announced the pilot and two others would be freed.", "Jordan's army",
         "announced", "the pilot and two others would be freed."),
        ("Ms. Ortiz told the court the man was at home.", "Ms. Ortiz", "told",
         "the man was at home."),
        ("The mayor told Channel Four News the bridge would reopen.", "The mayor", "told",
         "the bridge would reopen."),
        ("But the paper's report indicates the man got much further.", "the paper's report",
         "indicates", "the man got much further."),
        # A time before the speaker, an adverb before the verb, a day after the speaker.
        ("Late last week the firm announced a new phone would ship in May.", "the firm",
         "announced", "a new phone would ship in May."),
        ("The agency initially indicated the man was armed.", "The agency", "indicated",
         "the man was armed."),
        ("Officials Friday announced they had agreed to a truce.", "Officials", "announced",
         "they had agreed to a truce."),
        # A quantifier opens the clause's subject after the person told.
        ("The coroner told him all victims were adults.", "The coroner", "told",
         "all victims were adults."),
        ("An aide told us none of the crew were hurt.", "An aide", "told",
         "none of the crew were hurt."),
        ("The warden told the paper most inmates had left.", "The warden", "told",
         "most inmates had left."),
        ("The pilot told Radio Nord both engines had failed.", "The pilot", "told",
         "both engines had failed."),
    ],
)  # fmt: skip
def test_a_clause_without_that_after_a_verb_that_takes_objects_too(
    text: str, speaker: str, cue: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, found.cue) == (speaker, cue)
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        # An object, not a clause.
        "The ministry confirmed the arrest of two men in the capital.",
        "The firm announced plans to close the plant.",
        "The family confirmed his death in a statement posted online.",
        "The police confirmed the man held in the raid.",
        "Officials confirmed a video released Tuesday showing the attack.",
        "One of the guests estimated it to be a party of twenty.",
        # what was told, not a clause
        "She told him all about the fire.",
        "The guide told us most of the story.",
        # A second verb of the speaker's, not the object's.
        "Officials confirmed the death and said a second hostage died.",
        # The verb is a noun or an adjective.
        "Reports of an attack are numerous.",
        "The alleged plot has grown.",
        "The network reports on what the new evidence could mean.",
        # No speaker before the verb: a clause, a negation, a phrase, a passive.
        "The firm never confirmed the report was false.",
        "In a post on Friday Ortiz admitted his mistake and apologised.",
        "The release comes a day after rebels declared they would attack.",
        "During the trial the boys told judges how their father had hit them.",
        "We're told he passed away in the city on Monday.",
        "State media, later reported Kim was ill.",
        "The singer writes in a post she put up on Friday.",
    ],
)
def test_no_clause_without_that_from_an_object_or_a_phrase(text: str) -> None:
    assert find_attribution(text) is None, text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The day is when the statement was made, not who made it; a newspaper's name stays.
        ("The harbour will reopen, the Pentagon on Friday said.", "the Pentagon"),
        ("The Mail on Sunday said the ransom was paid.", "The Mail on Sunday"),
    ],
)
def test_a_day_after_the_speaker_is_not_part_of_it(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker


def test_a_surname_keeps_the_person_a_later_he_means() -> None:
    # "Ortiz" alone is the Ana Ortiz named before: her later "she said" stays hers.
    text = (
        "Ana Ortiz said her company would close the plant. Ortiz admitted she had not read "
        "the report. The figures were wrong, she said."
    )
    assert ("The figures were wrong.", "Ana Ortiz") in _claims(text)


def test_a_surname_speaker_is_the_speaker_named_in_full_before() -> None:
    # "Mark Ortiz" left the first claim's text for its speaker; "Ortiz" is still him, and
    # his "he" is not Derek Lane, the person quoted in between.
    text = (
        "Mark Ortiz confirmed it was his truck in the picture. Derek Lane, a city official, "
        "said he was unaware of any threats. Ortiz said he did not know what to do about "
        "the attention."
    )
    assert ("Ortiz did not know what to do about the attention.", "Ortiz") in _claims(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"The strike hit the depot," the command said Monday, using the old name of the '
         "agency.", "the command", "The strike hit the depot"),
        ("The talks have stalled, a senior official said, speaking on condition of anonymity.",
         "a senior official", "The talks have stalled"),
        # how the statement stands to others
        ("The mayor is in hospital, a source said on Friday, playing down rumours of a coup.",
         "a source", "The mayor is in hospital"),
        ("The pier is safe, the harbour board said, dismissing a report in the Valley Post.",
         "the harbour board", "The pier is safe"),
    ],
)  # fmt: skip
def test_a_remark_after_the_speaker_is_neither_statement_nor_speaker(
    text: str, speaker: str, content: str
) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # The participle goes on with the events: it is content, not a remark.
        "Gunmen attacked the village, residents said, killing eight people.",
        # "including" lists sources; "according to" is read on its own.
        "A singer is a suspect, according to several published reports, including the Sun.",
        # A clause opened by a question word is no speaker.
        "What Ruiz says happened next is sure to disappoint many people.",
        "Whatever the fans say is wrong, they just complain.",
    ],
)
def test_no_speaker_before_a_participle_of_events_or_from_a_question_word(text: str) -> None:
    assert find_attribution(text) is None, text


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        ("The harbour board said it would extend the ban", "The harbour board would extend"),
        ("Ferry Workers Say They Will Strike In May", "Ferry Workers Will Strike"),
    ],
)
def test_a_single_statement_reads_its_pronoun_as_the_speaker(statement: str, text: str) -> None:
    """As in an article's sentence: "it" was left as the claim's subject in a headline."""
    assert parse_statement(statement).text.startswith(text)


def test_a_single_statement_keeps_a_pronoun_that_cannot_be_the_speaker() -> None:
    # "it" is not the person who spoke
    assert parse_statement("The mayor said it was too late to act").text.startswith("It was")


def _claims_of(text: str) -> list[tuple[str, str | None]]:
    return [(claim.text, claim.attribution) for claim in extract_claims(text)]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "The union rejected the offer, saying the pay rise was too low.",
            ("The pay rise was too low.", "The union"),
        ),
        (
            "The ferry operator cancelled the crossing, adding that the harbour was closed.",
            ("The harbour was closed.", "The ferry operator"),
        ),
        # a hedged verb of saying keeps its hedge; "he" is the coach, not the speaker
        (
            "The club sacked its coach, claiming he had leaked team news.",
            ("He had leaked team news.", "The club"),
        ),
    ],
)
def test_a_trailing_saying_reports_the_subjects_statement(
    sentence: str, statement: tuple[str, str | None]
) -> None:
    """ "..., saying X" gave the writer's claim "The union said X", with no speaker."""
    assert statement in _claims_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # the same verbs naming acts: their object is no statement
        ("The council raised parking fees, adding a charge for night parking.", None),
        ("Gunmen attacked the market, claiming the lives of 12 people.", None),
        ("Iran ruled out talks, citing logistical reasons.", "Iran cited logistical reasons."),
    ],
)
def test_a_trailing_participle_that_is_an_act_has_no_speaker(
    sentence: str, act: str | None
) -> None:
    claims = _claims_of(sentence)
    assert all(speaker is None for _, speaker in claims)
    if act is not None:
        assert (act, None) in claims


@pytest.mark.parametrize(
    ("text", "statement", "speaker"),
    [
        # a main clause after a contrast: the sentence as a whole has no speaker
        ("While the levee held overnight, engineers said the spillway had cracked.",
         "The spillway had cracked.", "engineers"),
        # a speaker's second verb, its subject copied from the first
        ("The inspector walked the site and said the crane was unsafe.",
         "The crane was unsafe.", "The inspector"),
        # a relative clause about the subject that reports what someone said
        ("The bakery, which announced last spring that it would close, reopened on Friday.",
         "It would close.", "The bakery"),
    ],
)  # fmt: skip
def test_a_clause_of_a_sentence_without_a_speaker_has_its_own(
    text: str, statement: str, speaker: str
) -> None:
    assert (statement, speaker) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # "added" and "claimed" with an object: no statement
        "The ferry ran late, and the storm added an hour to the crossing.",
        "The harbour flooded, and the storm claimed the lives of two sailors.",
        # a contracted "hasn't" is no speaker of "said"
        "The port reopened, but the owner hasn't said when the cranes will run.",
    ],
)
def test_a_clause_with_a_verb_of_saying_but_no_statement_keeps_no_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker in _claims(text)), _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # objects, not statements, after verbs that take both
        "The flood claimed the lives of four farmers and left dozens homeless.",
        "The merger added a new layer to the dispute.",
        "The coast guard warned sailors not to leave the harbour.",
        "The council warned them they would lose the grant.",
        "Both brothers insisted on being the last to leave the ship.",
        # a verb after the verb of saying: its subject stands before the speaker
        "The new schedule the union says is unfair to night workers.",
        # "that of" is no conjunction; a clause with a verb is no person told
        "The town declared a curfew similar to that of its neighbour.",
        # not speakers: a negated or contracted verb, a subordinate clause, a lone day
        "The airline hasn't said whether the flights will resume.",
        "We're told that the plant will stay shut.",
        # "as" and a perfect: an earlier claim, which the sentence may dispute
        "Tests show the well was never poisoned, as the council had claimed.",
        "Monday told him that the plant was closed.",
        "Whoever wrote the note claimed it was a joke.",
        "Crews reached the village where officials said the road had collapsed.",
        "Until officials said the water was safe, the schools stayed shut.",
        "The bridge stayed shut even though officials said the road was safe.",
        "Through said channels the funds moved abroad without a trace.",
        # a year after the comma: the tail's date, not the verb's comma
        "The agency said in a May 4, 2025, letter it does not plan more cuts.",
    ],
)
def test_objects_and_clauses_are_not_read_as_statements(text: str) -> None:
    found = find_attribution(text)
    if found is not None:  # only the date case keeps a speaker, with all of the content
        assert text[found.content_start :].startswith("in a May 4, 2025,"), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # near misses of the rules above that keep their speaker
        ("The utility claims the storm damaged three substations.", "The utility",
         "the storm damaged three substations."),
        ("The mayor warned the bridge would stay closed.", "The mayor",
         "the bridge would stay closed."),
        ("The union believes that may change by spring.", "The union",
         "that may change by spring."),
        ("Analysts think it's the busiest port in the region.", "Analysts",
         "it's the busiest port in the region."),
        ("The guide said IS fighters had left the town.", "The guide",
         "IS fighters had left the town."),
        ("Two officials confirmed reports that the port had closed.", "Two officials",
         "the port had closed."),
        # right after the verb, "that of" opens the statement
        ("The harbour master claims that of the 40 boats, 12 sank.", "The harbour master",
         "of the 40 boats, 12 sank."),
        ("The alleged leaflet claims that a resident who lives near the plant fell ill.",
         "The alleged leaflet",
         "a resident who lives near the plant fell ill."),
        # a clause with a verb before "that" is the content, not the person told
        ("The mayor believes there is no proof that the bridge is unsafe.", "The mayor",
         "there is no proof that the bridge is unsafe."),
        ("The coach told Radio North that the team would travel.", "The coach",
         "the team would travel."),
    ],
)  # fmt: skip
def test_statements_after_verbs_that_also_take_objects(
    text: str, speaker: str, content: str
) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # "claims" after a possessive, a determiner or a verb's -ed form is a noun
        'The mayor rejected the senator\'s claims: "The bridge is safe."',
        "After the hearing, one of the clerks disputed their claims.",
        "The singer retracted claims the tour had been cancelled for good.",
    ],
)
def test_claims_after_a_possessive_or_a_past_form_is_a_noun(text: str) -> None:
    assert find_attribution(text) is None


def test_an_infinitive_after_the_verb_is_no_tail() -> None:
    # "claimed to be" has no statement; the opening phrase is not one either
    text = "In an interview with a radio station, the driver claimed to be from Lima."
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("As the paper revealed in May, the mayor left the party.", "the paper",
         "the mayor left the party."),
        ("The mayor left the party, as the paper reported.", "the paper",
         "The mayor left the party"),
        ("As many as 200 residents said the water was brown.", "As many as 200 residents",
         "the water was brown."),
    ],
)  # fmt: skip
def test_as_before_a_speaker_is_not_part_of_it(text: str, speaker: str, content: str) -> None:
    assert _speaker_and_content(text) == (speaker, content)


def test_a_clause_whose_statement_is_one_word_keeps_its_text() -> None:
    # a one-word statement is no claim of its own: the clause stays as written
    claims = _claims("While the storm passed overnight, the harbour master said: “Absolutely.”")
    assert ("The harbour master said: “Absolutely.”", None) in claims


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The captain told the Harbour Gazette: “The hull is sound.”", "The captain",
         "The hull is sound."),
        ('She told us, "The mite is the likelier cause."', "She",
         "The mite is the likelier cause."),
        ("The clerk told the Ledger on Monday, “The files are gone.”", "The clerk",
         "The files are gone."),
        # a single mark before a capital opens a quotation that goes on
        ("The keeper told the paper: 'The island was sold twice.", "The keeper",
         "The island was sold twice."),
    ],
)  # fmt: skip
def test_a_quotation_after_the_person_told_and_a_colon_or_comma(
    text: str, speaker: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None and found.quoted
    assert (found.speaker, text[found.content_start : found.content_end]) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # no quotation after the comma: no statement of the person told
        "The mayor told reporters, and the crowd cheered loudly.",
        "The guide told the group, as the boat left, that the river was high.",
    ],
)
def test_told_and_a_comma_without_a_quotation_is_no_statement(text: str) -> None:
    found = find_attribution(text)
    assert found is None or found.content_start > text.index(",") + 2, found


@pytest.mark.parametrize(
    "text",
    [
        # "States" ends a name here, it is not the verb "states"
        "Mills closed as buyers, like Peru and Chile, moved their orders to the United States.",
        "Freight rose by a third, with most of the cargo bound for the Gulf States.",
        "The choir, the oldest of its kind, toured the Southern States.",
    ],
)
def test_a_capitalised_verb_of_saying_inside_a_name_names_no_speaker(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Freight rose by a third, the port authority states.", "the port authority"),
        ("Port Traffic Rose By A Third, Harbour Board Says", "Harbour Board"),
    ],
)
def test_a_verb_of_saying_after_a_name_still_names_the_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "said of X": X is what the statement was about, the speaker stands before the verb
        (
            '"It is a fine plan," the mayor said of the bypass.',
            "the mayor",
            "It is a fine plan",
        ),
        (
            "“I was surprised by how short it was,” Senator Ana Ruiz, Democrat of Leeds, "
            "said of the budget speech.",
            "Senator Ana Ruiz",
            "I was surprised by how short it was",
        ),
        ('"It works," she says about the new pump.', "she", "It works"),
    ],
)
def test_what_a_statement_was_about_is_not_its_speaker(
    text: str, speaker: str, content: str
) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # only "said"/"says": a noun of saying or "told of" before "of" names no speaker
        "Residents were alarmed by reports of a second leak.",
        "The old sailor told of only a few storms.",
        '"They fear the mills will close," Jan Kovac, head of the union, an old body, '
        "said of the owners.",
    ],
)
def test_of_after_other_words_of_saying_names_no_speaker_after_them(text: str) -> None:
    found = find_attribution(text)
    assert found is None or not found.speaker.lower().startswith(("of ", "about "))


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition "reports" and "claims" are nouns: what comes before is no speaker
        "The coach resigned in May amid reports that his ties with the owner had frayed.",
        "The closure comes in the wake of reports that the mill lost its main buyer.",
        "Fans rejoiced despite claims that the match had been fixed.",
        "Bloggers went wild with reports that the singer had married.",
    ],
)
def test_a_noun_of_saying_after_a_preposition_names_no_speaker(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "X comes as / a day after Y said ...": Y is the speaker, X an event tied to it
        (
            "The ruling comes a day after the harbour board said the pier would close.",
            "the harbour board",
        ),
        ("The news comes just one week after Ana Ruiz said she would quit.", "Ana Ruiz"),
        ("His statement came as the Home Office said it would review the case.", "the Home Office"),
        # no "comes": the words before the verb stay the speaker
        ("The shop came close to shutting, the owner said.", "the owner"),
    ],
)
def test_an_event_tied_to_a_statement_is_not_part_of_its_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun after a leading phrase without its comma is the speaker
        ("In the interview she said the pier would close.", "she"),
        ("However they said the pier would close.", "they"),
        # "goes on to say": the one who goes on
        ("The report goes on to say that the pier would close.", "The report"),
        ("The harbour master then went on to say the pier would close.", "The harbour master"),
    ],
)
def test_the_speaker_left_of_a_lead_in_or_went_on_to(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "to say" after anything but "went on": nobody says it
        "The mayor declined to say whether the pier would close.",
        "Needless to say, the pier will close.",
        "The driver phoned his depot to say that the van had broken down.",
    ],
)
def test_no_speaker_from_an_infinitive(text: str) -> None:
    assert find_attribution(text) is None


def test_a_statement_inside_what_stands_before_a_verb_is_no_speaker() -> None:
    found = find_attribution(
        "The Harbour Elders Forum said attacks in recent days indicated that the truce failed."
    )
    assert found is not None
    assert (found.speaker, found.cue) == ("The Harbour Elders Forum", "said")


def test_an_all_capitals_line_keeps_its_speaker() -> None:
    found = find_attribution("PORT TRAFFIC ROSE BY A THIRD, HARBOUR BOARD SAYS")
    assert found is not None
    assert found.speaker == "HARBOUR BOARD"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name and two descriptions between the quotation and the verb: the name speaks
        (
            '"They fear the mills will close," Jan Kovac, head of the union, an old body, '
            "said of the owners.",
            "Jan Kovac",
        ),
        (
            "“The reef is recovering,” Mara Ortiz, a diver, the survey's author, said.",
            "Mara Ortiz",
        ),
    ],
)
def test_a_name_before_two_descriptions_is_the_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


def test_three_descriptions_without_a_name_first_name_no_one() -> None:
    found = find_attribution('"The pier is safe," the director, a veteran, the boss, said.')
    assert found is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("He's said the pier will close in May.", "He"),
        ("She’s said the pier will close in May.", "She"),
    ],
)
def test_has_contracted_onto_a_pronoun_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "hedge"),
    [
        # an adverb between speaker and verb is no part of the name; a second-hand one hedges
        ("The mayor reportedly said the pier was unsafe.", "The mayor", "reportedly"),
        ('"The pier is unsafe," the mayor allegedly said.', "the mayor", "allegedly"),
        ("The harbour board further said the pier was unsafe.", "The harbour board", None),
        ("Port officials privately said the pier was unsafe.", "Port officials", None),
        ("The mayor also reportedly said the pier was unsafe.", "The mayor", "reportedly"),
        # the adverb is left out before the other checks: the lead-in's pronoun is the speaker
        ("In the video he reportedly said the pier was unsafe.", "he", "reportedly"),
    ],
)
def test_an_adverb_before_the_verb_leaves_the_speaker(
    text: str, speaker: str, hedge: str | None
) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, found.hedge, found.hedged) == (speaker, hedge, hedge is not None)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"The levee will hold," Rep. Jane Doe, D-Ohio, said on Tuesday.', "Rep. Jane Doe",
         "The levee will hold"),
        ("“We cannot wait,” Sen. Omar Lind, R-N.H., told reporters.", "Sen. Omar Lind",
         "We cannot wait"),
        ('"The pumps are late," Sen. Ana Berg, I-Vt., a member of the water panel, said.',
         "Sen. Ana Berg", "The pumps are late"),
        ('"The levee will hold," said Rep. Jane Doe, D-Ohio.', "Rep. Jane Doe",
         "The levee will hold"),
        ('"The levee will hold," said Rep. Jane Doe, D-New York.', "Rep. Jane Doe",
         "The levee will hold"),
        # a role before the name: the label still says a name is before it
        ('"The levee will hold," panel member Rep. Jane Doe, D-Ohio, told reporters.',
         "panel member Rep. Jane Doe", "The levee will hold"),
    ],
)  # fmt: skip
def test_party_label_between_commas_is_not_the_name(text: str, speaker: str, content: str) -> None:
    # "D-Ohio" between commas says who the speaker is, as "(D-Ohio)" does: not a second name
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # two names between the commas: which one spoke is not told
        '"The levee will hold," Jane Doe, Tom Berg, said.',
        # a place, not a party label
        '"The levee will hold," Jane Doe, Ohio, said.',
        # a label after no name: a group has no party label
        '"The levee will hold," the panel, D-Ohio, said.',
    ],
)
def test_two_capitalised_parts_still_leave_no_speaker(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"The pumps are late," he said to Sen. Omar Lind, R-Va., who chairs the panel.', "he",
         "said"),
        ('"The pumps are late," she told Sen. Omar Lind, who chairs the panel.', "she", "told"),
        ("The pumps are late, the mayor said to Rep. Lena Okafor, D-Ohio.", "the mayor", "said"),
    ],
)  # fmt: skip
def test_who_the_speaker_spoke_to_is_not_the_statement(text: str, speaker: str, cue: str) -> None:
    # after the person spoken to: their party label and a clause about them
    assert _speaker_and_content(text) == (speaker, "The pumps are late")
    assert find_attribution(text).cue == cue  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a clause about a place, not a person spoken to: the sentence is not a tag
        '"The pumps are late," he said to reporters in the town, which flooded.',
        # a clause that goes on past its comma: more than a word about the person
        '"The pumps are late," he said to Sen. Omar Lind, who chairs the panel, and left.',
    ],
)
def test_a_clause_not_about_the_person_spoken_to_is_no_tag(text: str) -> None:
    assert find_attribution(text) is None


def test_a_clause_about_the_person_spoken_to_is_the_writers_fact() -> None:
    # once a clause, not a name: now the writer's fact about whom she told, as the clause
    # about a speaker ('..., said Ms. Ruiz, who heads the port') is
    text = "“We will appeal,” she told the judge, who was angry."
    assert _speaker_and_content(text) == ("she", "We will appeal")
    facts = [(c.text, c.attribution) for c in extract_claims(text) if c.kind == "fact"]
    assert facts == [("We will appeal.", "she"), ("The judge was angry.", None)]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ('"The pumps are late," he said to Sen. Omar Lind, R-Va., who chairs the panel.',
         [("The pumps are late.", "he"), ("Sen. Omar Lind chairs the panel.", None)]),
        # "in Oslo" is where it was said, not a person the clause can be about
        ('"The pumps are late," he said in Oslo, who chairs the panel.',
         [("The pumps are late.", "he")]),
    ],
)  # fmt: skip
def test_only_a_person_spoken_to_gets_the_clause(text: str, facts: list[tuple[str, str]]) -> None:
    assert [(c.text, c.attribution) for c in extract_claims(text) if c.kind == "fact"] == facts


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Ruiz: \u201cThe bridge will reopen on Monday\u201d",
            "Mayor Ruiz",
            "The bridge will reopen on Monday",
        ),
        ("Harbour Board: 'We found no leak'", "Harbour Board", "We found no leak"),
        ('  Okafor: "The count is not over."', "Okafor", "The count is not over."),
        ("NATO: 'No troops will be sent'", "NATO", "No troops will be sent"),
    ],
)
def test_a_headlines_name_label_before_a_quotation_is_its_speaker(
    text: str, speaker: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, found.quoted) == (speaker, True)
    assert text[found.content_start : found.content_end] == content
    assert text[slice(*found.speaker_span)] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'BREAKING: "The bridge is closed"',  # a flag, not a speaker
        "Revealed: 'The letter was never sent'",
        "Fake News: 'The mayor resigned'",  # the writer's verdict on the story
        "LIFE AFTER LOSS: 'I could not get out of bed'",  # a series' name in capitals
        "HEARTBREAK: 'We lost everything'",
        "Mayor Condemns Ruiz's Arrest: 'This is a dark day'",  # the story, not a speaker
        "LIFE AFTER LOSS: 'I could not get out of bed'",  # a series' name in capitals
        "Ferry collision: 'We heard a bang'",  # a topic in lower case
        'The rule is simple: "no pass, no entry".',
        'Ruiz: "We won" and "we will win again"',  # the quotation does not run to the end
    ],
)
def test_a_label_that_names_no_speaker_or_quotes_part_of_the_text_is_none(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The port chief, a pilot until she retired in 2019, announced her resignation on Monday.",
        "Mayor Ana Ruiz, the city's treasurer before she won the seat, said the budget was late.",
    ],
)
def test_a_subject_whose_description_holds_a_clause_is_no_statement_before_a_speaker(
    text: str,
) -> None:
    # the words after the verb are its object or its clause, not a speaker set after it
    found = find_attribution(text)
    assert found is None or found.speaker_span[0] < text.index(",")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prices rose sharply in May, a month of record heat, said the agency.", "the agency"),
        ("The plant will close, announced the company.", "the company"),
    ],
)
def test_a_statement_before_an_inverted_speaker_still_has_it(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker


def test_a_statement_after_an_opening_adverb_keeps_its_inverted_speaker() -> None:
    text = "Earlier, a group of gunmen attacked the town of Lodra, said one officer."
    found = find_attribution(text)
    assert found is not None and found.speaker == "one officer"


@pytest.mark.parametrize(
    "text",
    [
        "The council has, in a rare move, declared a state of emergency.",
        "The rebels had, by all accounts, announced a truce.",
        "Late on Friday, the general declared himself the country's leader.",
        "The court, after a long wait, declared himself unfit to rule.",
    ],
)
def test_an_interrupted_verb_or_a_reflexive_object_is_no_inverted_speaker(text: str) -> None:
    assert find_attribution(text) is None


def _fact_pairs(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in extract_claims(text) if c.kind == "fact"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            '"The tunnel will open in June," said Petra Lund, the director of the regional'
            " rail and bus transport board Transit North, who took over last year.",
            [
                ("The tunnel will open in June.", "Petra Lund"),
                ("Petra Lund took over last year.", None),
            ],
        ),
        (
            "“We expect a quiet winter,” said Omar Vance, the senior forecaster at the"
            " national weather and ocean monitoring office in Leeds, who has led the team"
            " since 2019.",
            [
                ("We expect a quiet winter.", "Omar Vance, the senior forecaster"),
                # the relative is about the name, not the name and its description
                ("Omar Vance has led the team since 2019.", None),
            ],
        ),
    ],
)
def test_a_clause_about_a_speaker_with_a_long_description_keeps_the_speaker(
    text: str, facts: list[tuple[str, str | None]]
) -> None:
    # the description puts "said" further from the relative than the tag reader looks
    assert _fact_pairs(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the verb, not a name and a description: no speaker after "said"
        '"The tunnel will open in June," said Petra Lund, the rail and bus board of the'
        " region has found, who took over last year.",
        # the verb takes its object: no inverted tag
        "The board acknowledged Petra Lund, the director of the regional rail and bus"
        " transport board Transit North, who took over last year.",
    ],
)
def test_a_relative_after_no_inverted_tag_finds_no_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker in _fact_pairs(text))


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            'A spokesman for the ferry company said of the rumours: "There is no truth in them."',
            [("There is no truth in them.", "A spokesman for the ferry company")],
        ),
        (
            "Asked by a radio host, a diplomat at the embassy said about the claims: “It is all"
            " invented.”",
            [("It is all invented.", "a diplomat at the embassy")],
        ),
        (
            "The harbour master says of the new cranes: 'They are twice as fast.'",
            [("They are twice as fast.", "The harbour master")],
        ),
        # a comma after what it is about, and a day in it
        (
            'The mayor said of the clashes on Sunday, "Nobody will be allowed to riot here."',
            [("Nobody will be allowed to riot here.", "The mayor")],
        ),
        (
            "Dr Ilse Varga wrote about the trial, “The results were clear.”",
            [("The results were clear.", "Dr Ilse Varga")],
        ),
    ],
)
def test_what_a_quotation_is_about_is_not_part_of_it(
    text: str, facts: list[tuple[str, str | None]]
) -> None:
    # 'said of the rumours: "..."': the quotation alone is the statement
    assert _fact_pairs(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # no verb of saying: no speaker, and the sentence stays whole
        (
            'The mayor spoke of the plan: "It will work."',
            [('The mayor spoke of the plan: "It will work."', None)],
        ),
        # "that" opens the statement after what it is about
        (
            "The mayor said of the plan that it would cost too much.",
            [("It would cost too much.", "The mayor")],
        ),
    ],
)
def test_what_was_spoken_of_stays_without_a_quotation(
    text: str, facts: list[tuple[str, str | None]]
) -> None:
    assert _fact_pairs(text) == facts


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a verb of estimating or predicting takes its clause without "that"
        ("Analyst Ana Ruiz estimates the chain has 40 million members.", "Analyst Ana Ruiz",
         "the chain has 40 million members."),
        ("Economists predict the rate will rise.", "Economists", "the rate will rise."),
        # a bracketed short name or a party label after the source of "according to"
        ("According to the Harbour Safety Board (HSB), the pier is shut.",
         "the Harbour Safety Board", "the pier is shut."),
        ("The pier is shut, according to Sen. Ana Ruiz (D-Ohio).", "Sen. Ana Ruiz",
         "The pier is shut"),
    ],
)  # fmt: skip
def test_estimates_and_bracketed_sources(text: str, speaker: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, text[found.content_start : found.content_end]) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # "estimates" as a noun after "by many": no one is named
        "By many estimates a video can earn $1,000.",
        "By some estimates the toll reached 40.",
        # a clause of the writer's, "and", then the speaker: the clause would be lost
        "The crew fixed the pump and officials said that the ship was safe.",
        "We took a cast of the prints and we estimate that the animal weighed 200 kilos.",
    ],
)
def test_no_speaker_that_would_swallow_a_clause_or_a_noun(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "and" inside the speaker: two people, one noun described twice, a chain of tags
        ("Tom Berg and officials said that the ship was safe.", "Tom Berg and officials"),
        ("A statement signed and posted online said the house was hit.",
         "A statement signed and posted online"),
        ("The film opens in May, according to reports from Ikwiz and Movie Pilot.",
         "reports from Ikwiz and Movie Pilot"),
    ],
)  # fmt: skip
def test_and_inside_a_speaker_is_no_clause(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the statement's own speaker, not the outlet that passed it on
        ("A port official said that the pier was shut, the Courier reported.",
         "A port official", "the pier was shut"),
        ("Local media reported that two ferries sank, the agency said.",
         "Local media", "two ferries sank"),
    ],
)  # fmt: skip
def test_a_speaker_inside_a_trailing_tag_is_the_first_hand(
    text: str, speaker: str, content: str
) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, text[found.content_start : found.content_end]) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no "that": "claimed two attacks" may be an object, not what was said
        ("The group claimed two attacks on the port, the monitor said.", "the monitor"),
        # the inner verb's own act after "but" belongs to the inner speaker's sentence
        ("Police said that a man died, but did not name him, the agency reported.", "the agency"),
    ],
)
def test_the_trailing_tag_stays_without_a_clear_inner_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a quotation with its own tag, passed on by the source of "according to"
        ('"The pier is shut," Ana Ruiz said, according to the Courier.', "Ana Ruiz",
         "The pier is shut"),
        ("The mayor said on Monday that the pier was shut, according to local media.",
         "The mayor", "the pier was shut"),
    ],
)  # fmt: skip
def test_the_speaker_inside_an_according_to_source(text: str, speaker: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert (found.speaker, text[found.content_start : found.content_end]) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # "that" after a thing opens a relative: no statement of the group's inside
        "The group posted a video on Monday that it said showed the pier, according to a monitor.",
        # "said it himself": no statement
        "Abrams had said it himself at the awards, according to the site.",
    ],
)
def test_no_inner_speaker_without_a_statement(text: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.cue == "according to"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of speaking after reported speech is the speaker's act
        (
            "The mayor said the pier will close, citing safety concerns.",
            [("The pier will close.", "The mayor"), ("The mayor cited safety concerns.", None)],
        ),
        (
            "Ana Ruiz said the plan was flawed, warning that costs would rise.",
            [
                ("The plan was flawed.", "Ana Ruiz"),
                ("Ana Ruiz warned that costs would rise.", None),
            ],
        ),
        # any other participle is the reported subject's
        (
            "Officials said the storm hit the coast, killing three people.",
            [
                ("The storm hit the coast.", "Officials"),
                ("The storm killed three people.", "Officials"),
            ],
        ),
        # "according to" names a source, not a doer
        (
            "According to the monitor, a forum posted a video, claiming a soldier was held.",
            [
                ("A forum posted a video.", "the monitor"),
                ("A forum claimed a soldier was held.", "the monitor"),
            ],
        ),
        # a participle before a tag after the statement is inside the statement: its doer
        # is the statement's subject, and the tag's speaker says so
        (
            "Oslo called off the summit, citing security reasons, officials said.",
            [
                ("Oslo called off the summit.", "officials"),
                ("Oslo cited security reasons.", "officials"),
            ],
        ),
        (
            "The union ended the strike, warning that talks could fail, the paper reported.",
            [
                ("The union ended the strike.", "the paper"),
                ("The union warned that talks could fail.", "the paper"),
            ],
        ),
    ],
)
def test_a_speaking_participle_is_the_speakers_act(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Johnson said Monday night he would not resign.",
        "Johnson said Tuesday afternoon he would not resign.",
        "Johnson said Friday morning he would not resign.",
    ],
)
def test_the_part_of_the_day_goes_with_the_speakers_day(text: str) -> None:
    assert facts(text)[0] == ("He would not resign.", "Johnson")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a tag that follows the statement, a participle of speaking is the speaker's
        (
            '"The pier is unsafe," the harbour master said, claiming that the cranes had failed.',
            [
                ("The pier is unsafe.", "the harbour master"),
                ("The harbour master claimed that the cranes had failed.", None),
            ],
        ),
        (
            "The storm hit the coast on Monday, the agency reported, warning that more rain "
            "would follow.",
            [
                ("The storm hit the coast on Monday.", "the agency"),
                # a participle of saying after the tag reports the speaker's next statement
                ("More rain would follow.", "the agency"),
            ],
        ),
        # an event's participle goes on with the statement's events, and is the speaker's
        # statement too: the tag stands inside the sentence (data/event_participles.txt;
        # until session 46 the participle's claim had no speaker)
        (
            "The storm hit the coast, officials said, killing three people.",
            [
                ("The storm hit the coast.", "officials"),
                ("The storm killed three people.", "officials"),
            ],
        ),
    ],
)
def test_a_speaking_participle_after_a_tag_is_the_speakers_act(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said <a thing's statement>, saying ...": the thing says nothing, X does
        ("Ruiz said the plan did not breach the rules, saying that he had misread the form.",
         [("The plan did not breach the rules.", "Ruiz"), ("He had misread the form.", "Ruiz")]),
        ("Ruiz argued that it did not breach the rules, saying rather that the form was unclear.",
         [("It did not breach the rules.", "Ruiz"), ("The form was unclear.", "Ruiz")]),
        ("Ruiz said the ferry was late, saying the crew was ill.",
         [("The ferry was late.", "Ruiz"), ("The crew was ill.", "Ruiz")]),
    ],
)  # fmt: skip
def test_saying_after_a_things_statement_is_the_speakers_next_statement(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a person's subject, a named one, or another participle than "saying"
        ("Police said the gunman fled, saying he was armed.",
         ("The gunman said he was armed.", "Police")),
        ("Ruiz said Tom Vale left, saying he was ill.", ("Tom Vale said he was ill.", "Ruiz")),
        ("Officials said the bridge was unsafe, warning drivers to avoid it.",
         ("Officials warned drivers to avoid it.", None)),
    ],
)  # fmt: skip
def test_saying_after_a_persons_statement_may_be_theirs(
    text: str, claim: tuple[str, str | None]
) -> None:
    assert claim in facts(text)


def test_a_participle_after_a_front_tag_inside_a_clause_is_not_its_speakers() -> None:
    # "he spoke ..." names no tag after a statement: "Berg's resignation" claimed nothing
    text = (
        "Berg's resignation came two days after he spoke on radio of his fears of a recall, "
        "claiming party officials had accused him of lying."
    )
    assert not any(claim.startswith("Berg's resignation claimed") for claim, _ in facts(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The dam will hold," Senator Ana Bol of Tarvia, the top Democrat on the water'
            " committee, said in a post.",
            "Senator Ana Bol of Tarvia",
        ),
        ('"The dam will hold," Ines Marl of Coravel, a hydrologist, said.', "Ines Marl of Coravel"),
        # one word before "of" is a title, and the name stands apart
        ('"The dam will hold," Head of Oxfam, Ines Marl, said.', "Ines Marl"),
        ('"The dam will hold," Chief Engineer of Tarvia, Ines Marl, said.', "Ines Marl"),
    ],
)
def test_a_named_speaker_from_a_place_with_a_description(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The dam will hold," Ines Marl said softly.', "Ines Marl"),
        ("The dam will hold, the engineer said firmly.", "the engineer"),
    ],
)
def test_an_adverb_after_the_saying_verb_ends_the_tag(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # more after the adverb goes on with the statement
        "While the ferry was late, officials confirmed shortly before noon that the port opened.",
        # a noun in "-ly" after the verb is no adverb
        '"The dam will hold," said family friend of the engineer.',
    ],
)
def test_no_speaker_from_an_adverb_that_does_not_end_the_sentence(text: str) -> None:
    found = find_attribution(text)
    assert found is None or found.speaker not in ("officials", "family")


@pytest.mark.parametrize(
    "text",
    [
        '"The port will reopen," Ana Bol told harbour workers at a ceremony in June.',
        '"The port will reopen," Ana Bol told Tarvia Naval College cadets at a parade in May.',
        '"The port will reopen," Ana Bol told the dock union during a visit on Friday.',
    ],
)
def test_the_person_told_then_where_or_when(text: str) -> None:
    assert _speaker_and_content(text) == ("Ana Bol", "The port will reopen")


def test_a_clause_after_the_person_told_is_no_setting() -> None:
    found = find_attribution(
        "The port is closed, Ana Bol told workers in a meeting where they were angry."
    )
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry will sail," Ines Marl said, adding, "The crew is ready."',
        '"The ferry will sail," Ines Marl said on Friday, adding, "The crew is ready."',
        '"The ferry will sail," Ines Marl told reporters, noting, "The crew is ready."',
    ],
)
def test_a_comma_after_adding_before_a_quotation(text: str) -> None:
    found = facts(text)
    assert ("The ferry will sail.", "Ines Marl") in found
    assert ("The crew is ready.", "Ines Marl") in found


def test_a_comma_after_adding_needs_a_quotation() -> None:
    found = find_addition('"The ferry will sail," Ines Marl said, adding, in a way, to the crew.')
    assert found is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause with a speaker of its own is that speaker's statement
        (
            "Sen. Tom Berg argued in May that such raids were possible, and Rep. Ana Ruiz "
            "said they were already happening.",
            [("Such raids were possible.", "Sen. Tom Berg"),
             ("They were already happening.", "Rep. Ana Ruiz")],
        ),
        (
            "The coach said the striker was fit, while the club doctor said the knee was sore.",
            [("The striker was fit.", "The coach"), ("The knee was sore.", "the club doctor")],
        ),
        (
            "Local papers reported that the mill had shut, but the owners say it is still open.",
            [("The mill had shut.", "Local papers"), ("It is still open.", "the owners")],
        ),
    ],
)  # fmt: skip
def test_a_second_speaker_in_a_statement_speaks_for_their_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = facts(text)
    assert all(claim in found for claim in expected), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own second verb, after a subject copied from the clause before
        (
            "The minister admitted that the pilot spoke French and said the tape seemed real.",
            "The minister",
        ),
        # a pronoun, or the speaker named again: the statement's speaker still
        ("The mayor said the pier would close, and he said the ferry would stop.", "The mayor"),
    ],
)
def test_a_second_verb_of_the_speaker_keeps_the_speaker(text: str, expected: str) -> None:
    assert {speaker for _, speaker in facts(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        # a place adverb after the speaker says which ones; it opens no clause
        ("The dam burst at noon, residents there told the radio.", "residents there"),
        ("Officials here said the pier would reopen in May.", "Officials here"),
        ("The strikes slowed the advance, according to sources there.", "sources there"),
    ],
)
def test_a_speaker_may_end_in_a_place_adverb(text: str, speaker_name: str) -> None:
    assert speaker_of(text) == speaker_name


@pytest.mark.parametrize(
    "text",
    [
        # no one named before the adverb, or a clause with "there"
        "The dam burst at noon, and there said the mayor.",
        "The dam burst at noon, there is no doubt.",
    ],
)
def test_a_place_adverb_alone_is_no_speaker(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker_name", "content"),
    [
        # a pronoun told, then the sentence's end: a tag after its statement
        ("The pin was lodged in his throat, the doctors told him.", "the doctors",
         "The pin was lodged in his throat"),
        ('"You saved my life," Ana Ruiz told her.', "Ana Ruiz", "You saved my life"),
        ('"The ferry will run," the skipper told us on Monday.', "the skipper",
         "The ferry will run"),
    ],
)  # fmt: skip
def test_a_tag_may_end_in_a_pronoun_told(text: str, speaker_name: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker_name
    assert text[found.content_start : found.content_end].rstrip(",") == content


@pytest.mark.parametrize(
    "text",
    [
        # an order or a second object after the pronoun: no tag at the end
        "The pin was lodged in his throat, and the nurse told him to wait.",
        "The crew was tired, the captain told them his plan.",
    ],
)
def test_a_pronoun_told_before_more_words_ends_no_tag(text: str) -> None:
    found = find_attribution(text)
    assert found is None or not found.speaker.startswith(("the nurse", "the captain"))


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        # a last name that opens with its particle, before a description
        ("A shell hit the depot, said Omar al-Tamimi, 31, one of the guards.",
         "Omar al-Tamimi, one of the guards"),
        ("Forty people died in the blast, said Hana el-Masri, a nurse at the clinic.",
         "Hana el-Masri, a nurse"),
    ],
)  # fmt: skip
def test_a_name_with_a_particle_before_its_description(text: str, speaker_name: str) -> None:
    assert speaker_of(text) == speaker_name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "this week", "this month" after the speaker is when it spoke, as "last month" is:
        # no clause word, and no part of the speaker (but for a document: which one)
        ("The agency this month said children carry weapons in the camps.", "The agency"),
        ("A county report on Vardia this year said the dam leaked twice.",
         "A county report on Vardia this year"),
    ],
)  # fmt: skip
def test_this_and_a_period_after_the_speaker_is_no_clause_word(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "this" before anything else is a clause word still
        "The agency this harbour trusts said the dam leaked twice.",
        "The board this ferry line chose said the dam leaked twice.",
    ],
)
def test_this_before_other_words_names_no_speaker(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The plant added 4,000 jobs, above the 2,500 economists had predicted.",
        "Exports fell 3 percent, below what analysts had forecast.",
        "Turnover reached 81 million euros, beating the 76 million most brokers had expected.",
    ],
)
def test_a_forecast_a_figure_is_set_against_names_no_speaker(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police fired tear gas at the crowd, 2,000 marchers said.", "2,000 marchers"),
        ("The plant employs 1,200 people, the owners said.", "the owners"),
        ("Exports fell 3 percent, analysts said.", "analysts"),
    ],
)
def test_a_comma_inside_a_figure_does_not_end_the_statement(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Nortal Front claimed responsibility for the bombing in a message sent to reporters.",
        "The gang claimed credit for the hack in a post published on Monday.",
        "A group calling itself Grey Lantern admitted responsibility for the fire in a letter"
        " signed by its leader.",
    ],
)
def test_owning_up_to_an_act_is_no_statement_of_a_speaker(text: str) -> None:
    """ "claimed responsibility for the attack" tells who did it; the participle further on
    ("a message sent to ...") is no verb of a reported clause."""
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The minister claimed the money sent to the region was stolen.",
            "The minister",
            "the money sent to the region was stolen.",
        ),
        (
            "Police claimed responsibility rested with the driver.",
            "Police",
            "responsibility rested with the driver.",
        ),
        (
            "The union claimed credit was due to its members.",
            "The union",
            "credit was due to its members.",
        ),
    ],
)
def test_a_claim_with_a_clause_after_it_keeps_its_speaker(
    text: str, speaker: str, content: str
) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "sentence",
    [
        # the words said read as a speaker and where it was said ("in the town")
        "The neighbour, who declined to be named, said: 'Most people in the town knew the"
        " house was empty.",
        'A ferry worker, who asked not to be named, said: "Most people at the pier knew the'
        ' ferry was late."',
        "The witness, who saw the crash, said 'Most people on the road knew the bend was"
        " dangerous.'",
    ],
)
def test_a_colon_or_quotation_after_the_verb_is_what_was_said_not_the_speaker(
    sentence: str,
) -> None:
    (content,) = [c for c in extract_claims(sentence) if c.attribution is not None]
    assert content.text.startswith("Most people")
    assert content.attribution is not None
    assert content.attribution.split()[-1] in ("neighbour", "worker", "witness")


@pytest.mark.parametrize(
    ("sentence", "speaker_name"),
    [
        ('The ferry ran late all week, writes "The Harbour Daily".', "The Harbour Daily"),
        ("The ferry ran late all week, said Ana Lind.", "Ana Lind"),
    ],
)
def test_a_speaker_after_the_verb_is_still_read(sentence: str, speaker_name: str) -> None:
    assert speaker_of(sentence) == speaker_name


@pytest.mark.parametrize(
    ("sentence", "said", "speaker_name"),
    [
        # words after the tag that no other reading takes: a clause, a participle
        (
            '"Let me put it this way, it is a rumour," Dunmore told us when we asked him.',
            "Let me put it this way, it is a rumour.",
            "Dunmore",
        ),
        (
            '"That is her," he says, choking up as he hears her voice.',
            "That is her.",
            "he",
        ),
        (
            "\u201cThat\u2019s great!\u201d said fashion designer Ilse Varn as her dog ran off.",
            "That\u2019s great!",
            "fashion designer Ilse Varn",
        ),
        # a description set off by commas between the name and the verb
        (
            "'The inspector was a real harbour man,' Bram Oster, a constable with the port"
            " police for 20 years, said.",
            "The inspector was a real harbour man.",
            "Bram Oster",
        ),
        (
            '"I have no doubt that Lind is the thief," said one of Lind\u2019s close friends'
            " who knew him.",
            "I have no doubt that Lind is the thief.",
            "one of Lind\u2019s close friends",
        ),
    ],
)
def test_a_quotation_that_opens_the_sentence_is_its_tags_speakers(
    sentence: str, said: str, speaker_name: str
) -> None:
    claims = [c for c in extract_claims(sentence) if c.dropped is None]
    assert (claims[0].text, claims[0].attribution) == (said, speaker_name)


def test_a_tag_after_an_opening_quotation_keeps_its_hedge() -> None:
    sentence = '"I cannot confirm that report," Minister Eva Lund had reportedly said.'
    (claim,) = [c for c in extract_claims(sentence) if c.dropped is None]
    assert claim.attribution == "Minister Eva Lund"
    assert claim.certainty_cue == "reportedly"


@pytest.mark.parametrize(
    "sentence",
    [
        # a title in marks, not a quotation closed by its punctuation
        '"Harbour Lights" is scheduled to open on Dec. 18, its producer said.',
        # no verb of saying after the quotation
        '"We won," and then the crowd went home.',
    ],
)
def test_no_tag_after_an_opening_quotation(sentence: str) -> None:
    from claimtrack.parse.attribution import find_tag_after_opening_quotation

    assert find_tag_after_opening_quotation(sentence) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an indefinite pronoun or an approximated figure opens the statement after a day
        ("Police said Monday someone had broken into the depot.", "Police",
         "someone had broken into the depot."),
        ("Police said on Monday nobody was hurt in the blast.", "Police",
         "nobody was hurt in the blast."),
        ("Officials said Friday at least 12 people died in the flood.", "Officials",
         "at least 12 people died in the flood."),
        ("The mayor told reporters nearly 300 homes were flooded.", "The mayor",
         "nearly 300 homes were flooded."),
        # "reported" takes its clause without "that" too
        ("The Harbour Gazette reported the ministry had frozen the accounts.",
         "The Harbour Gazette", "the ministry had frozen the accounts."),
        ("A local radio station reports the ferries were cancelled.",
         "A local radio station", "the ferries were cancelled."),
    ],
)  # fmt: skip
def test_a_clause_without_that_after_the_verb(text: str, speaker: str, content: str) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # an object, not a clause
        "The company reported the theft to police on Monday.",
        "The clinic reports record numbers of patients this winter.",
    ],
)
def test_reported_with_an_object_is_no_attribution(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a lead without a verb before the speaker, and "that" after the verb's tail: the
        # tag leads the sentence, the lead is no statement
        ("Earlier today, the Lindell Post said on Monday that the bridge had been closed.",
         "the Lindell Post", "the bridge had been closed."),
        ("In addition, Harbour Radio reported on May 2 that the mayor had surgery.",
         "Harbour Radio", "the mayor had surgery."),
        ("On Wednesday, an anonymous source confirmed to the Gazette that the buyer was Berg.",
         "an anonymous source", "the buyer was Berg."),
        # a statement with a verb before the tag stays the tag's content, whatever follows
        ("The bridge had been closed, the Lindell Post said on Monday.", "the Lindell Post",
         "The bridge had been closed"),
        ("The bridge had been closed, the mayor said in a note that the council sent out.",
         "the mayor", "The bridge had been closed"),
    ],
)  # fmt: skip
def test_a_verbless_lead_is_not_the_content_of_a_closing_tag(
    text: str, speaker: str, content: str
) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # the speaker passes on a rumour or reports, named right before "that"
        ("The Lindell Post reported on rumours that the mayor had been arrested.", "rumours"),
        ("The ministry said on Sunday it was looking into reports that a ferry had sunk.",
         "reports"),
        ("Local outlets reported a rumor that the stadium had been sold.", "rumor"),
    ],
)  # fmt: skip
def test_a_rumour_passed_on_hedges_the_statement(text: str, hedge: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.hedged and found.hedge == hedge


@pytest.mark.parametrize(
    "text",
    [
        # confirming the reports vouches for them
        "Officials confirmed reports that the mayor had been arrested.",
        # reports named after the statement are not what it rests on
        '"I cannot confirm that," the minister told reporters when asked about the reports.',
        # no reports at all
        "The Lindell Post reported on Monday that the mayor had been arrested.",
    ],
)
def test_no_rumour_passed_on(text: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.hedge is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # when it was said, before the verb, is no part of the speaker
        ("Mayor Ana Lind just last week confirmed that the bridge would close.", "Mayor Ana Lind"),
        ("The port authority last month said the berth would reopen.", "The port authority"),
        ("The dam's owner earlier this year said the dam was sound.", "The dam's owner"),
        # a document's time says which one it is
        (
            "A council report earlier this year said the dam was sound.",
            "A council report earlier this year",
        ),
        # a newspaper's day stays in its name
        ("The Mail on Sunday reported that the ferry had been sold.", "The Mail on Sunday"),
    ],
)
def test_a_time_before_the_verb_is_not_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # whom the speaker quoted, after a closing tag without a comma
        ("The ferry will be sold, the Gazette said quoting industry sources.", "the Gazette",
         "The ferry will be sold"),
        ("The ferry will be sold, the Gazette reported citing two officials.", "the Gazette",
         "The ferry will be sold"),
    ],
)  # fmt: skip
def test_a_closing_tag_may_name_whom_it_quotes(text: str, speaker: str, content: str) -> None:
    assert _speaker_and_content(text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a plain form of a verb of saying after a plural speaker
        ("Harbour sources confirm the ferry left Vell at noon.", "Harbour sources",
         "The ferry left Vell at noon."),
        ("Court records indicate the driver was released.", "Court records",
         "The driver was released."),
        ("Two guards concede the gate was open.", "Two guards", "The gate was open."),
        ("The ferry left at noon, sources confirm.", "sources", "The ferry left at noon."),
    ],
)  # fmt: skip
def test_a_plain_verb_of_saying_after_a_plural_speaker(
    text: str, speaker: str, content: str
) -> None:
    assert (content, speaker) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # after a modal, a singular or "you", the plain form names no speaker
        "We did not see it, and cannot confirm the ferry left.",
        "You write that the ferry left at noon.",
        "The port has yet to announce that the ferry left.",
    ],
)
def test_a_plain_verb_of_saying_without_a_plural_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker in facts(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a span of time before or after an event sets the scene like a preposition
        ("Days before the vote in the council, Tom Berg said the pier was unsafe.",
         "Tom Berg", "The pier was unsafe."),
        ("Two weeks after the storm, Tom Berg, who runs the port, said the pier was unsafe.",
         "Tom Berg", "The pier was unsafe."),
        ("Hours after the crash, police said the driver had fled.", "police",
         "The driver had fled."),
    ],
)  # fmt: skip
def test_a_speaker_after_a_span_of_time(text: str, speaker: str, content: str) -> None:
    assert (content, speaker) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # "what X said" is a clause's object: no statement is reported
        "The news goes against what the council said last week when it approved the pier.",
        "Despite whatever the mayor says, the pier is unsafe.",
    ],
)
def test_what_someone_said_names_no_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker in facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of saying after "and" is the speaker's second statement
        ("Tom Berg alleged the pier was shut and claimed the agency harassed him.",
         [("The pier was shut.", "Tom Berg"), ("The agency harassed him.", "Tom Berg")]),
        ("Ana Ruiz said the pier was shut and insisted the ferry was safe.",
         [("The pier was shut.", "Ana Ruiz"), ("The ferry was safe.", "Ana Ruiz")]),
    ],
)  # fmt: skip
def test_a_second_statement_after_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The mill closed, and workers said they had not been paid.",
            [("The mill closed.", None), ("Workers had not been paid.", "workers")],
        ),
        (
            "Nine homes burned, but firefighters said the blaze was under control.",
            [("Nine homes burned.", None), ("The blaze was under control.", "firefighters")],
        ),
    ],
)
def test_a_short_clause_before_and_a_speaker_is_a_statement_not_a_lead_in(
    text: str, facts: list[tuple[str, str | None]]
) -> None:
    # "The mill closed, and workers said ...": "The mill closed," reads like a short lead-in
    # ("On Monday, ..."), but the "and" after it joins a second clause to a first
    assert _fact_pairs(text) == facts


def test_a_second_clause_after_but_is_no_tag_of_the_first() -> None:
    # "her parents told her to ..." is a clause of its own, not who said "Ana loved him"
    facts = _fact_pairs("Ana loved him, but her parents told her to stay away.")
    assert ("Ana loved him.", None) in facts
    assert all(speaker is None for _, speaker in facts)


@pytest.mark.parametrize(
    "text",
    [
        # what they did, then who told them: no speaker holds its own verb and object
        "They threw stones and burned a car after the police told them they would not march.",
        "Fans booed the referee until the stewards told them they had to leave.",
        "Ana Lind sold the boat before the bank told her it would call in the loan.",
    ],
)
def test_a_clause_with_its_own_verb_and_object_is_no_speaker(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle before a preposition, or a plural noun: still a speaker
        ("Officials briefed on the plan told the paper it would pass.",
         "Officials briefed on the plan"),
        ("The Harbour Watch for Human Rights this morning said that the pier had reopened.",
         "The Harbour Watch for Human Rights"),
    ],
)  # fmt: skip
def test_a_speaker_with_a_participle_or_a_plural_stays_one(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In January, an analyst predicted the sale.",
        "Last week, the ministry confirmed the closure.",
        "On Monday, the company announced the Lisbon plant.",
    ],
)
def test_a_verbless_lead_before_a_verb_and_its_object_is_no_statement(text: str) -> None:
    # the sentence is the speaker's act, not "In January" closed by a tag
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The sale will happen in May, an analyst predicted.", "an analyst"),
        ('"A total loss," the insurer confirmed Tuesday.', "the insurer"),
        ("Prices will rise, the bank said Monday.", "the bank"),
    ],
)
def test_a_closing_tag_still_closes_a_statement(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a relative without a comma says which ones speak, as a description does
        ("Neighbours who saw the fire told reporters the roof fell in.", "Neighbours",
         "the roof fell in."),
        ("The pilot who flew the route said the engine failed.", "The pilot",
         "the engine failed."),
        ("A nurse who treated the twins said that both were stable.", "A nurse",
         "both were stable."),
        ("Officials who declined to be named said the talks had stalled.", "Officials",
         "the talks had stalled."),
        ("The company that owns the mine said the leak was small.", "The company",
         "the leak was small."),
        ("A charity that had run the camp said two aid workers were missing.", "A charity",
         "two aid workers were missing."),
    ],
)  # fmt: skip
def test_a_leading_speaker_closed_by_a_relative(text: str, speaker: str, content: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker
    assert text[found.content_start : found.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        # the verb of saying is the relative's: the sentence's own verb is "was arrested"
        "The man who told reporters about the crash was arrested.",
        # a relative that reports a statement of its own
        "The woman who said the ferry sank was fined.",
        # a pronoun inside the relative is the verb's subject ("she told him")
        "A man who was fired when she told him he was not any good at his job quit.",
        # a clause before the relative ("spoke with"), no speaker
        "The radio spoke with a guard who works nights says he saw nothing.",
        # "that" before no verb opens a noun's clause, no relative
        "The claim that officials lied said nothing new.",
        "The fear that the minister resigned told us little.",
    ],
)
def test_no_leading_speaker_from_a_relative(text: str) -> None:
    assert find_attribution(text) is None


def test_a_relative_in_the_first_person_is_no_speakers_description() -> None:
    # "that sees me": the quoted speaker's own words; the doctors are no speaker of theirs
    text = (
        "“People try to give me tea. Well, I’d rather have milk,” she told the station. "
        "“I started running 40 years ago. Every doctor that sees me says it’ll ruin you, "
        "but they limp and I don’t. So there must be a mistake somewhere.”"
    )
    claim = next(c for c in extract_claims(text) if "limp" in c.text)
    assert claim.attribution == "she"


@pytest.mark.parametrize(
    ("text", "speaker", "hedged"),
    [
        ("The fire chief cautioned that the finding was preliminary.", "The fire chief", False),
        ("Residents complained that the water smelled of gas.", "Residents", False),
        ("Two analysts speculated that the bank would cut rates.", "Two analysts", True),
    ],
)
def test_more_verbs_of_saying_credit_their_speaker(text: str, speaker: str, hedged: bool) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker
    assert found.hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "She complained about the noise from the port.",  # no statement: what she complained of
        "At the time, many analysts remarked on the accent.",  # "remarked on": no statement
    ],
)
def test_a_verb_of_saying_without_its_statement_credits_no_one(text: str) -> None:
    assert find_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lund ruled out another rise, saying the board wanted to see how savers responded.",
            [
                ("Lund ruled out another rise.", None),
                ("The board wanted to see how savers responded.", "Lund"),
            ],
        ),
        (
            "The council dropped the levy, saying residents had been asked and most agreed.",
            [
                ("The council dropped the levy.", None),
                ("Residents had been asked and most agreed.", "The council"),
            ],
        ),
        (
            "Okonjo kept the plant open, adding that the managers would decide once staff replied.",
            [
                ("Okonjo kept the plant open.", None),
                ("The managers would decide once staff replied.", "Okonjo"),
            ],
        ),
    ],
)
def test_words_after_a_participle_of_saying_are_no_speaker_of_a_closing_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    # the verb that ends the participle's clause ("responded") is the clause's own
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speaker that opens with another participle, or a participle later in the words
        ("Prices will rise, leading economists said.", "leading economists"),
        ("The strike will go on, visiting union officials said.", "visiting union officials"),
        ("Talks will resume on Monday, negotiating teams said.", "negotiating teams"),
        ("The dam held, engineers responded.", "engineers"),
    ],
)
def test_a_speaker_not_opened_by_a_participle_of_saying_is_kept(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure with its thousands opens the content as a small figure does
        (
            "Dubois said 2,100 employees were affected.",
            ("2,100 employees were affected.", "Dubois"),
        ),
        ("Police said 12,500 people had fled.", ("12,500 people had fled.", "Police")),
        # "about" before a figure is its approximator, not what was spoken of
        (
            "Dubois said about 2,100 employees were affected.",
            ("About 2,100 employees were affected.", "Dubois"),
        ),
        ("She said about 40 boats had sunk.", ("About 40 boats had sunk.", "She")),
    ],
)
def test_a_figure_after_the_verb_opens_the_content(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert facts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Must not fire: "about" a thing, or a figure without a finite verb after its noun
        "The mayor warned about 300 jobs being at risk.",
        "The chief spoke about 40 minutes.",
        # a figure's noun after its thousands is no verb ("lives" is no "live" here)
        "The fighting has claimed more than 1,400 lives in the valley.",
    ],
)
def test_about_a_figure_without_a_clause_is_what_was_spoken_of(text: str) -> None:
    assert facts(text) == [(text, None)]
