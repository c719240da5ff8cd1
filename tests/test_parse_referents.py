"""Who "it", "he", "she" and "they" are in reported speech, and the attribution forms that
name a speaker: "The ministry said it would not attend" is the ministry's claim that the
ministry would not attend; a party label or an adverb is not part of the speaker's name;
a person told may be a long phrase; a semicolon joins two statements; an act that someone
is urged to do is not a claim that it was done."""

from __future__ import annotations

import pytest

from claimtrack.models import Kind
from claimtrack.normalize import normalize_text
from claimtrack.parse.attribution import find_attribution
from claimtrack.parse.referents import replaceable_pronoun, speaker_pronouns, unique_referent
from claimtrack.parse.speakers import _without_party_label
from parse_helpers import facts, parse

# --- the speaker is the subject of its own reported statement ----------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The city council said it would vote on the budget next week.",
         "The city council would vote on the budget next week."),
        ("Mayor Ana Ruiz said she would not seek a second term.",
         "Mayor Ana Ruiz would not seek a second term."),
        ("The ministry announced that it had suspended the contract.",
         "The ministry had suspended the contract."),
        ("Police said they had arrested two men near the station.",
         "Police had arrested two men near the station."),
        ("Striking workers said they would return on Monday.",
         "Striking workers would return on Monday."),
        ("Tehran said it will not send a delegation to the talks.",
         "Tehran will not send a delegation to the talks."),
        ("Ms. Lena Holm told reporters on Friday that she planned to appeal the ruling.",
         "Ms. Lena Holm planned to appeal the ruling."),
        ("Judges Ortiz and Berg said they were troubled by the delay.",
         "Judges Ortiz and Berg were troubled by the delay."),
        ("Officials said they could be forced to close the Kelmin plant.",
         "Officials could be forced to close the Kelmin plant."),
        # a firm's name whose last word names a business, not a person
        ("Kelmin Steel said it will close its plant in Arnhall.",
         "Kelmin Steel will close its plant in Arnhall."),
        ("Orlan Airlines said it would cut 40 flights a week.",
         "Orlan Airlines would cut 40 flights a week."),
        ("Varno Holdings said on Monday that it had sold the port.",
         "Varno Holdings had sold the port."),
    ],
)  # fmt: skip
def test_a_pronoun_opening_reported_speech_is_the_speaker(text: str, claim: str) -> None:
    assert claim in [c.text for c in parse(text)]


def test_the_copied_subject_of_a_second_clause_is_resolved_too() -> None:
    texts = [c.text for c in parse("The company said it would close the plant and cut 200 jobs.")]
    assert "The company would close the plant." in texts
    assert any(t.startswith("The company cut 200 jobs") for t in texts), texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the pronoun does not agree with the speaker
        ("Ana Ruiz said it would rain on the parade route.", "It would rain"),
        ("The ministry said he had resigned from the board.", "He had resigned"),
        ("Mr. Tom Hale said she had left the company in May.", "She had left"),
        ("The council said they had been misled by the contractor.", "They had been misled"),
        # the speaker names someone else the pronoun may mean
        ("Her lawyer said she would appeal the verdict in June.", "She would appeal"),
        ("Ruiz's lawyer said she would appeal the verdict in June.", "She would appeal"),
        # someone else is named between the verb and the statement
        ("The prosecutor told Mr. Diaz that he was not a target of the inquiry.",
         "He was not a target"),
        # an empty "it"
        ("The agency said it was unclear whether the bridge would reopen.",
         "It was unclear whether"),
        # a one-word name the article never gave in full: perhaps no person
        ("Holm told reporters she was confident the plan would pass.", "She was confident"),
        # a guess at who someone is: never the speaker's own identity
        ("Police said they could be members of the Nortal Front.", "They could be members"),
        ("Border officials said they could be Chilean.", "They could be Chilean"),
        ("The coroner said she might be from Kessel.", "She might be from Kessel"),
        ("Investigators said they may have been foreigners.", "They may have been foreigners"),
    ],
)  # fmt: skip
def test_the_pronoun_stays_when_the_speaker_may_not_be_meant(text: str, kept: str) -> None:
    assert any(c.text.startswith(kept) for c in parse(text)), [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # an outlet or an agency told is never "he" or "she": the speaker is the one meant
        ("Mara Kell told CNN she had left the firm in May.", "Mara Kell had left the firm"),
        ("Tomas Berg told The Harbour Press on Friday that he would run again.",
         "Tomas Berg would run again"),
        ("Tomas Berg told Lindell Radio that he would run again.", "Tomas Berg would run again"),
        ("Tomas Berg told the Valley Herald he would run again.", "Tomas Berg would run again"),
        ("Ines Dorr told Northfield Daily News that she saw the fire start.",
         "Ines Dorr saw the fire start"),
    ],
)  # fmt: skip
def test_an_institution_told_leaves_the_speaker_the_referent(text: str, claim: str) -> None:
    assert any(c.text.startswith(claim) for c in parse(text)), [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a person told may be the one meant
        ("Tomas Berg told Ana Lind he would run again.", "He would run again"),
        ("Tomas Berg told Dr. Lind that he would run again.", "He would run again"),
        ("Tomas Berg told J. Lind that he would run again.", "He would run again"),
        # "they" may be the outlet's people
        ("The ministry told Lindell Radio they would stay.", "They would stay"),
    ],
)  # fmt: skip
def test_a_person_told_keeps_the_pronoun(text: str, kept: str) -> None:
    assert any(c.text.startswith(kept) for c in parse(text)), [c.text for c in parse(text)]


def test_a_surname_after_the_full_name_is_the_person() -> None:
    text = "Ana Ruiz chairs the port board. Ruiz said she would stay until June."
    assert "Ruiz would stay until June." in [c.text for c in parse(text)]


def test_a_quoted_pronoun_is_left_as_the_speaker_wrote_it() -> None:
    texts = [c.text for c in parse('"It will not happen again," the ministry said.')]
    assert texts == ["It will not happen again."]


def test_a_speaker_after_the_statement_is_not_its_subject() -> None:
    texts = [c.text for c in parse("She also swims and walks every day, her doctor said.")]
    assert all(not t.startswith("Her doctor swims") for t in texts), texts


@pytest.mark.parametrize(
    ("speaker", "pronouns"),
    [
        ("The Trade Ministry", {"it"}),
        ("the government in Lima", {"it"}),
        ("Tehran", {"it"}),
        ("The Daily Ledger", {"it"}),
        ("officials", {"they"}),
        ("Police", {"they"}),
        ("the family", {"it", "they"}),
        ("a spokesman for the army", {"he"}),
        ("Ms. Holm", {"she"}),
        ("Gov. Tom Hale", {"he", "she"}),
        ("Ana Ruiz and Tom Berg", {"they"}),
        ("her doctor", set()),
        ("Ruiz", set()),
        ("an accompanying list", set()),
    ],
)  # fmt: skip
def test_which_pronouns_can_refer_to_a_speaker(speaker: str, pronouns: set[str]) -> None:
    aliases = {"Tehran": "Iran"}
    assert speaker_pronouns(speaker, aliases.get, lambda word: False) == pronouns


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("it would close the plant", "it"),
        ("it was planning to appeal", "it"),
        ("they had left", "they"),
        ("it is unclear whether", None),
        ("it would be wrong to", None),
        ("it took crews three days to", None),
        ("they could be members of the Front", None),
        ("they might be Peruvian nationals", None),
        # the speaker's own lot, guessed: the speaker's
        ("they could be forced to close", "they"),
        ("they could be there within hours", "they"),
        ("they were members of the Front", "they"),
        ("they will be members of the new board", "they"),
        ("she could be a candidate", "she"),
        ("he'd be willing to talk", None),
        ("itself a new plan", None),
    ],
)
def test_only_a_pronoun_that_refers_is_replaceable(text: str, pronoun: str | None) -> None:
    assert replaceable_pronoun(text) == pronoun


# --- speakers, as written --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("State Sen. Ana Ruiz (D) said Tuesday that the bill would pass.", "State Sen. Ana Ruiz"),
        ("Rep. Tom Hale (R-Texas) told reporters that the vote was delayed.", "Rep. Tom Hale"),
        ("Sen. Lena Holm (I-Vt.) said the budget was balanced.", "Sen. Lena Holm"),
        ("Tom Hale once said that the port would never close.", "Tom Hale"),
    ],
)
def test_party_labels_and_adverbs_are_not_part_of_the_speaker(text: str, speaker: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("speaker", "kept"),
    [
        ("Sen. Lena Holm (I-Vt.)", "Sen. Lena Holm"),
        ("The board (which met twice)", "The board (which met twice)"),
        ("Tom Hale (ret.)", "Tom Hale (ret.)"),
        ("The R (Reuters)", "The R (Reuters)"),
    ],
)
def test_only_a_party_label_is_cut_from_a_speaker(speaker: str, kept: str) -> None:
    assert _without_party_label(speaker).rstrip() == kept


@pytest.mark.parametrize(
    "text",
    [
        "“We are not moving,” she told the city’s lawyer, Pedro Gomez.",
        "“We are not moving,” she told a lawyer for the tenants.",
        "“We are not moving,” she told Judge Pedro Gomez on Monday.",
    ],
)
def test_the_person_told_may_be_a_phrase_with_a_name(text: str) -> None:
    found = find_attribution(text)
    assert found is not None
    assert found.speaker == "she"
    assert text[found.content_start : found.content_end].startswith("We are not moving")


def test_after_said_a_longer_phrase_is_a_statement_not_a_person_told() -> None:
    found = find_attribution("The fire spread quickly, witnesses said the roof gave way.")
    assert found is None or "roof" not in found.speaker


def test_a_titled_speaker_of_reported_speech_is_who_a_later_quote_means() -> None:
    text = 'Gov. Tom Hale said on Monday that the budget would pass. "We have the votes," he said.'
    quoted = [c for c in parse(text) if c.text == "We have the votes."]
    assert [c.attribution for c in quoted] == ["Gov. Tom Hale"]


def test_a_titled_surname_is_a_person_a_later_quote_means() -> None:
    text = 'Envoys met Mr. Kim in May. Mr. Kim spoke for an hour. "The tests are over," he said.'
    quoted = [c for c in parse(text) if c.text == "The tests are over."]
    assert [c.attribution for c in quoted] == ["Mr. Kim"]


# --- two statements joined by a semicolon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Port reopens after strike; union letter drew wider support than first reported\n",
         ["Port reopens after strike.", "Union letter drew wider support than first reported."]),
        ("The council approved the budget; the mayor signed it on Friday.",
         ["The council approved the budget.", "The mayor signed it on Friday."]),
    ],
)  # fmt: skip
def test_a_semicolon_between_two_clauses_splits_them(text: str, claims: list[str]) -> None:
    assert [c.text for c in parse(text)] == claims


def test_a_semicolon_in_a_list_of_places_does_not_split() -> None:
    text = "Delegates came from Lima, Peru; Quito, Ecuador; and Bogota, Colombia."
    assert len([c for c in parse(text) if c.kind is Kind.FACT]) == 1


# --- an act asked for is not an act done --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A letter urging the government to suspend the talks was signed by 190 lawmakers.",
        "Unions called on the company to suspend the talks.",
        "Protesters pressed the council to suspend the talks.",
    ],
)
def test_an_act_someone_is_urged_to_do_is_not_the_claims_predicate(text: str) -> None:
    assert "halt" not in normalize_text(text).predicates
    assert "halt" in normalize_text("The government suspended the talks.").predicates


@pytest.mark.parametrize(
    "text", ["The government plans to suspend the talks.", "Iran agreed to suspend the talks."]
)
def test_an_act_planned_or_agreed_to_is_still_the_claims_predicate(text: str) -> None:
    assert "halt" in normalize_text(text).predicates


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The company said its profits fell 12% in the quarter.",
         "The company's profits fell 12% in the quarter."),
        ("Mayor Ana Ruiz said her office had received 40 complaints.",
         "Mayor Ana Ruiz's office had received 40 complaints."),
        ("Officials said their offices would reopen on Monday.",
         "Officials' offices would reopen on Monday."),
    ],
)  # fmt: skip
def test_a_possessive_opening_reported_speech_is_the_speakers(text: str, claim: str) -> None:
    assert claim in [c.text for c in parse(text)]


def test_a_possessive_that_does_not_agree_stays() -> None:
    texts = [c.text for c in parse("The ministry said his office had been searched.")]
    assert any(t.startswith("His office had been searched") for t in texts), texts


def test_the_possessive_uses_the_articles_apostrophe() -> None:
    texts = [c.text for c in parse("Chile’s government said its offices would reopen.")]
    assert "Chile’s government’s offices would reopen." in texts


def test_he_after_a_leading_phrase_is_the_person_named_before() -> None:
    text = (
        "Defense Secretary Ana Ruiz resigned on Thursday. "
        "Returning to her office, she asked aides to print her letter."
    )
    texts = [c.text for c in parse(text)]
    assert any(t.endswith("Ana Ruiz asked aides to print her letter.") for t in texts), texts


# --- a "he" or "she" is not a person the article calls by the other pronoun --------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a title says the person's pronoun
        ("Mr. Ortiz opened the new terminal on Monday. She cut the ribbon at noon.",
         "She cut the ribbon at noon."),
        # the article's own "he" for the person, resolved before
        ("Tomas Vidal said he would sell the boat. Vidal met the buyer on Sunday. She paid "
         "in cash.", "She paid in cash."),
    ],
)  # fmt: skip
def test_a_pronoun_of_the_other_gender_is_not_the_person_named_before(text: str, kept: str) -> None:
    assert kept in [claim for claim, _ in facts(text)]


def test_a_pronoun_of_the_same_gender_is_still_the_person_named_before() -> None:
    # near miss: the article's own "he" and then "He" again
    text = "Tomas Vidal said he would sell the boat. Vidal met the buyer on Sunday. He sold it."
    assert "Tomas Vidal sold it." in [claim for claim, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the source named last, then quoted about the man the story is about
        ('The driver who filmed the crash says he was parked near the bridge, according to'
         ' his lawyer, Mara Quint. "He had no idea what he had filmed," Quint said.',
         "He had no idea what he had filmed."),
        ('Marco Diaz coaches the youth team. "He never misses a practice," Marco Diaz said.',
         "He never misses a practice."),
        ('Paul Okoro runs the depot. "He keeps the trucks moving," Okoro said.',
         "He keeps the trucks moving."),
    ],
)  # fmt: skip
def test_a_pronoun_in_a_quotation_is_not_its_own_speaker(text: str, kept: str) -> None:
    # people quote themselves with "I": a "he" or "she" in their own words is another
    assert kept in [claim for claim, _ in facts(text)]


def test_a_pronoun_in_someone_elses_quotation_is_still_the_person_named_before() -> None:
    # near miss: the quotation is another speaker's, so "He" may be the man named before
    text = 'Paul Okoro runs the depot. "He keeps the trucks moving," his deputy said.'
    assert "Paul Okoro keeps the trucks moving." in [claim for claim, _ in facts(text)]


def test_a_name_with_an_article_is_no_person_a_later_he_means() -> None:
    # "The Harbour Gazette" reports; it is no person "he" refers to
    text = "The dock will close in May, The Harbour Gazette reported. He works for a shipping firm."
    assert ("He works for a shipping firm.", None) in facts(text)


def test_it_before_remained_is_an_empty_subject() -> None:
    text = "Iran closed the dock on Monday. It remained unclear whether the dock would reopen."
    assert ("It remained unclear whether the dock would reopen.", None) in facts(text)


def test_a_quoted_she_is_not_a_man_named_before() -> None:
    text = (
        "Tomas Vidal said he would sell the boat. Vidal met the buyer on Sunday. "
        "“The price was fair,” she said."
    )
    assert ("The price was fair.", "she") in facts(text)


# --- "It said ...": the institution or document named just before --------------------------


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        # the speaker of the sentence before
        ("The harbour board said on Monday that two cranes had failed. "
         "It said the repairs would take a week.",
         "The repairs would take a week.", "The harbour board"),
        # the subject of the sentence before, a document
        ("A report from the county auditors was published on Friday. "
         "It said road costs had doubled since 2019.",
         "Road costs had doubled since 2019.", "A report from the county auditors"),
        # a quotation tagged with "it said"
        ("The Tide Weekly reported the closure on Monday. "
         "\"Nobody was warned,\" it said.",
         "Nobody was warned.", "The Tide Weekly"),
        # a tag in the middle
        ("The ferry company apologised to passengers. "
         "The delays, it said, were caused by a staff shortage.",
         "The delays were caused by a staff shortage.", "The ferry company"),
    ],
)  # fmt: skip
def test_it_said_is_the_one_institution_named_before(text: str, claim: str, speaker: str) -> None:
    assert (claim, speaker) in facts(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # two institutions speak in the sentence before: either may be "it"
        ("The harbour board said ships were waiting, according to the city council. "
         "It said the queue was the longest in years.",
         "It said the queue was the longest in years."),
        # the sentence before names no institution, only a thing ("the storm")
        ("The storm hit the coast on Monday. It said the port would shut.",
         "It said the port would shut."),
        # two named together are "they", not "it"
        ("The harbour board and the city council met on Monday. "
         "It said the port would shut.",
         "It said the port would shut."),
        # the institution was named two sentences before
        ("The harbour board met on Monday. The cranes are old. It said the port would shut.",
         "It said the port would shut."),
        # a tag after a quotation stays in the sentence as well
        ("The storm hit the coast on Monday. \"The port is shut,\" it said.",
         "\"The port is shut,\" it said."),
    ],
)  # fmt: skip
def test_it_said_without_one_candidate_is_read_as_written(text: str, claim: str) -> None:
    """An "it" that names no one is no speaker: the sentence stays as written, the
    writer's report that something said it."""
    assert (claim, None) in facts(text)


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The ministry has hired 200 nurses since May, it said.",
         "The ministry has hired 200 nurses since May.", "The ministry"),
        # no name before it fits: the storm is no speaker
        ("The storm hit the coast on Monday. The port authority has closed two berths, it said.",
         "The port authority has closed two berths.", "The port authority"),
        # a name named before still comes first
        ("The harbour board met on Monday. The ferry company has cut two sailings, it said.",
         "The ferry company has cut two sailings.", "The harbour board"),
    ],
)  # fmt: skip
def test_a_closing_it_said_is_the_statement_own_subject(
    text: str, claim: str, speaker: str
) -> None:
    """A body that says something of itself, the tag after: no other name fits "it"."""
    assert (claim, speaker) in facts(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # must not fire: a subject that cannot be "it", or words after an opening tag
        ("Sales fell 3 percent in May, it said.", "Sales fell 3 percent in May, it said."),
        ("The economy shrank 2 percent, it said.", "The economy shrank 2 percent, it said."),
        ("It said the ministry had hired 200 nurses.",
         "It said the ministry had hired 200 nurses."),
    ],
)  # fmt: skip
def test_a_closing_it_said_after_no_body_is_read_as_written(text: str, claim: str) -> None:
    assert (claim, None) in facts(text)


def test_a_pronoun_speaker_is_resolved_in_the_statement_too() -> None:
    text = "The harbour board met on Monday. It said it would reopen the pier in May."
    assert ("The harbour board would reopen the pier in May.", "The harbour board") in facts(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It said the port would reopen in May.", "It"),
        ("However, it said the port would reopen in May.", "it"),
        ("It said nothing had changed at the port.", "It"),
        # what was said, no statement
        ("It said nothing about the fire.", None),
        ("The ministry said nothing about the fire.", None),
        ("It says a lot about the city that the port is shut.", None),
        ("The mayor said little about the plan.", None),
    ],
)
def test_it_is_a_speaker_of_its_own(text: str, speaker: str | None) -> None:
    found = find_attribution(text)
    assert (found.speaker if found else None) == speaker


# --- "he said", "she said": the one person named just before --------------------------------


def speaker_of_last(text: str) -> str | None:
    return [c.attribution for c in parse(text) if c.kind is Kind.FACT][-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the speaker of the quotation before, without a title
        ('"The pier is closed," said Tomas Berg. "We will reopen it in May," he said.',
         "Tomas Berg"),
        # a speaker named with where she works: the name
        ("Ana Ruiz of the port board said the cranes were old. "
         '"They are forty years old," she said.',
         "Ana Ruiz"),
        # never quoted, but the subject just before, named in full (session 45)
        ('Nils Dahl toured the quay on Monday. "The cranes are forty years old," he said.',
         "Nils Dahl"),
    ],
)  # fmt: skip
def test_he_or_she_is_the_one_person_named_before(text: str, speaker: str) -> None:
    assert speaker_of_last(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a person without a name: whoever "the harbour master" is, no name to give
        'The harbour master said the cranes were old. "They are forty years old," he said.',
        # another person named a sentence earlier may be meant as well
        'Tomas Berg of the city council spoke first. "The quay is safe," said Nils Dahl. '
        '"The cranes are forty years old," he said.',
        # a title that says the other pronoun
        'Ms. Ana Ruiz said the cranes were old. "They are forty years old," he said.',
        # a subject the article never showed to be a person, whose name is a body's
        'Dahl Marine Palace toured the quay on Monday. "The cranes are forty years old," he said.',
    ],
)
def test_he_or_she_stays_without_one_person_named_before(text: str) -> None:
    assert speaker_of_last(text) in ("he", "she")


@pytest.mark.parametrize(
    ("pronoun", "candidates", "others", "named"),
    [
        # one person named several ways: the longest name
        ("she", ["Ms. Ruiz", "Ana Ruiz"], (), "Ana Ruiz"),
        # the sentence's joining word is no part of the name
        ("she", ["But Ruiz"], (), "Ruiz"),
        # two first names with one surname: two people
        ("he", ["Tom Ruiz", "Ana Ruiz"], (), None),
        # another person among the other names
        ("he", ["Tom Ruiz"], ("Nils Dahl",), None),
        # the same person among them
        ("he", ["Tom Ruiz"], ("Ruiz",), "Tom Ruiz"),
        # "it": an institution, not a person; two institutions are none
        ("it", ["Ana Ruiz", "The harbour board"], (), "The harbour board"),
        ("it", ["The harbour board", "the city council"], (), None),
    ],
)  # fmt: skip
def test_unique_referent(
    pronoun: str, candidates: list[str], others: tuple[str, ...], named: str | None
) -> None:
    assert (
        unique_referent(pronoun, candidates, lambda name: None, lambda word: True, others) == named
    )


# --- a role or an office written before the name -----------------------------------------


def _quoted_speaker(text: str, quote: str) -> list[str | None]:
    return [c.attribution for c in parse(text) if c.text == quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Harbour spokeswoman Lena Okafor said the gates held. "We got lucky," she said.',
         "Lena Okafor"),
        ('The gates held, city engineer Omar Lind said. "We got lucky," he added.',
         "Omar Lind"),
        ('Party leader Omar Lind spoke on Monday. "We got lucky," he told reporters.',
         "Omar Lind"),
        ('Chief Inspector for Coastal Works Lena Okafor said the gates held. '
         '"We got lucky," she said.', "Lena Okafor"),
        ('Deputy Minister for Ports of the Northern Province Omar Lind said the gates held. '
         '"We got lucky," he said.', "Omar Lind"),
    ],
)  # fmt: skip
def test_the_name_after_a_role_is_who_a_later_quote_means(text: str, speaker: str) -> None:
    assert _quoted_speaker(text, "We got lucky.") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an office with an article names no person: no name in it to credit
        'The director of Acme Water Works said the gates held. "We got lucky," he said.',
        'A spokeswoman for the Harbour Board said the gates held. "We got lucky," she said.',
        # a capitalised subject with no role or title before it may be no person at all
        'Harbour Watch Lena Okafor met on Monday. "We got lucky," she said.',
    ],
)
def test_no_name_after_a_role_leaves_the_pronoun(text: str) -> None:
    assert _quoted_speaker(text, "We got lucky.")[0] in ("he", "she")


def test_a_title_is_not_taken_for_the_name() -> None:
    # "National Coordinator" is the office: the person is named after it
    text = (
        "National Coordinator for Flood Relief Omar Lind said the gates held. "
        '"We got lucky," he said.'
    )
    assert _quoted_speaker(text, "We got lucky.") == ["Omar Lind"]


# --- when a statement was made: a claim of its own, with its speaker named ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun of the tag is the person quoted just before: the statement names her
        (
            '"The pier is safe," said Ana Ruiz. She said on Friday that the pier would reopen.',
            [
                ("The pier is safe.", "Ana Ruiz"),
                ("The pier would reopen.", "Ana Ruiz"),
                ("Ana Ruiz said on Friday.", None),
            ],
        ),
        # a pronoun that names no one: "He said on Monday." tells nothing on its own
        (
            "The cranes failed in March. He said on Monday that the cranes were old.",
            [("The cranes failed in March.", None), ("The cranes were old.", "He")],
        ),
        # a named speaker keeps the claim as written
        (
            "The harbour board said on Monday that the cranes were old.",
            [
                ("The cranes were old.", "The harbour board"),
                ("The harbour board said on Monday.", None),
            ],
        ),
    ],
)
def test_when_a_statement_was_made_names_its_speaker_or_is_no_claim(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a name that describes the subject's noun is no one a later pronoun means
        ("The South American nun joined an order in Vena. She arrived there in June.",
         "She arrived there in June."),
        ("The North Korean envoy arrived on Monday. He met the minister.", "He met the minister."),
    ],
)  # fmt: skip
def test_a_name_describing_the_subject_is_not_the_referent(text: str, claim: str) -> None:
    assert claim in [t for t, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # an adverb after the name, or a phrase of it, leaves the name the subject
        ("Mr. Tom Berg later resigned. He said he was tired.", "Tom Berg was tired."),
        ("Mr. Tom Berg reportedly resigned. He said he was tired.", "Tom Berg was tired."),
    ],
)
def test_a_named_subject_with_an_adverb_is_the_referent(text: str, claim: str) -> None:
    assert any(t.endswith(claim) for t, _ in facts(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "it" after a spokesperson for a body is the body, not the last thing named
        ("The dog Rex was found in May. A spokeswoman for the charity said it has received "
         "dozens of calls.", "The charity has received dozens of calls."),
        ("A representative of the union said it would strike on Monday.",
         "The union would strike on Monday."),
        ("A spokesman for the ministry said its staff would return.",
         "The ministry's staff would return."),
    ],
)  # fmt: skip
def test_it_after_a_spokesperson_for_a_body_is_the_body(text: str, claim: str) -> None:
    assert claim in [t for t, _ in facts(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a person spoken for, or an empty "it", is no body
        ("A spokesman for the mayor said it was too early to say.", "It was too early to say."),
        ("A spokesman for Ana Ruiz said it was false.", "It was false."),
    ],
)
def test_it_after_a_spokesperson_for_a_person_stays(text: str, claim: str) -> None:
    assert claim in [t for t, _ in facts(text)]


def test_a_name_after_the_is_no_person_a_later_he_means() -> None:
    # "the" goes before a paper's or a body's name, never a person's
    text = "The Harbour Gazette published the letter on Monday. He did not say who wrote it."
    assert [claim for claim, _ in facts(text)][-1] == "He did not say who wrote it."


@pytest.mark.parametrize(
    "second",
    [
        "It also remains unclear whether the board agreed.",
        "It has been claimed that the board disagreed.",
        "It has also been reported that two directors resigned.",
        "It looks like the board disagreed.",
    ],
)
def test_an_empty_it_is_not_the_thing_named_before(second: str) -> None:
    claims = [claim for claim, _ in facts(f"Harbor Bank cut its rates on Monday. {second}")]
    assert claims[-1] == second


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Nigeria says it has struck a deal with the rebels.",
            "Nigeria has struck a deal with the rebels.",
        ),
        ("Chad has confirmed it is acting as a mediator.", "Chad is acting as a mediator."),
        # a website written as its address
        ("Dailyfacts.com announced that it fell for a hoax.", "Dailyfacts.com fell for a hoax."),
        # a person of that name, named in full before, is no "it"
        (
            "Michael Jordan visited the club on Monday. Jordan said it would close.",
            "It would close.",
        ),
    ],
)
def test_a_country_or_a_website_the_alias_table_lacks_is_the_it_that_follows_it(
    text: str, claim: str
) -> None:
    assert [found for found, _ in facts(text)][-1] == claim


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle with "by" ends the speaker's head: the guards, not Vardia
        ("Tom Vale fled in May. Former guards held by Vardia have said he led the unit.",
         "Former guards held by Vardia"),
        ("Tom Vale fled in May. Officials employed by Harbour Corp said he was armed.",
         "Officials employed by Harbour Corp"),
        # "about" ends the head: a report about a woman is no "she"
        ("A 2019 report about Ana Ruiz from the county said she was a nurse.",
         "A 2019 report about Ana Ruiz from the county"),
        # after "according to", a name of several words may be a publication's
        ("Tom Vale fled in May. According to Harbour Online, he is believed to run the site.",
         "Harbour Online"),
    ],
)  # fmt: skip
def test_a_pronoun_that_cannot_be_the_speaker_stays(text: str, speaker: str) -> None:
    claims = facts(text)
    assert any(said == speaker for _, said in claims)
    assert not any(claim.startswith(speaker) for claim, _ in claims)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the head before a "by"-participle agrees; a source named as a person before
        ("The guards employed by Vardia said they were unpaid.",
         ("The guards employed by Vardia were unpaid.", "The guards employed by Vardia")),
        ("Tom Vale fled in May. According to Vale, his doctors were wrong.",
         ("Vale's doctors were wrong.", "Vale")),
    ],
)  # fmt: skip
def test_a_pronoun_that_agrees_with_the_speaker_is_replaced(
    text: str, claim: tuple[str, str | None]
) -> None:
    assert claim in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the quoted speaker named by title and surname: a "he" in the quote is someone else
        "Pastor Tom Vale, a priest, said he agreed. “He said the door is open,” Rev Vale said.",
        "Dr. Ana Ruiz, a surgeon, said she agreed. “She said the ward was full,” Dr. Ruiz said.",
    ],
)
def test_a_pronoun_in_the_quoted_persons_own_words_is_not_them(text: str) -> None:
    quoted = [
        claim for claim, speaker in facts(text) if speaker and speaker.startswith(("Rev", "Dr"))
    ]
    assert quoted and quoted[-1].startswith(("He said", "She said"))


def test_a_she_in_his_statement_is_not_him() -> None:
    # "he" in the tag is the man named before; the statement's "she" is someone else
    text = "Tom Vale said a woman went to Dorn to see her son. But he said she was turned away."
    assert ("She was turned away.", "Tom Vale") in facts(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the speaker's own act after a contrast, when the tag comes first
        ("The ministry said the port would reopen on Monday, but it did not say when "
         "ferries would run.", "The ministry did not say when ferries would run."),
        ("The operator said the line would close in May, but it gave no reason.",
         "The operator gave no reason."),
        ("Samuel Okoye is the port's director. Okoye said the pier could cost $9 million, "
         "though he cautioned that the figure was a first estimate.",
         "Okoye cautioned that the figure was a first estimate."),
    ],
)  # fmt: skip
def test_a_speakers_act_after_a_contrast_is_the_speakers(text: str, claim: str) -> None:
    assert claim in [c.text for c in parse(text)], [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no act of the speaker's, or a pronoun the speaker cannot be
        ("The ministry said the port would reopen, but it was damaged in the storm.",
         "It was damaged in the storm."),
        ("The ministry said the port would reopen, but they did not say when.",
         "They did not say when."),
    ],
)  # fmt: skip
def test_other_contrasts_after_a_tag_keep_the_pronoun(text: str, kept: str) -> None:
    assert kept in [c.text for c in parse(text)], [c.text for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        # a speaker named after a title in lower case is the person a later surname means
        ("The pier shut at dawn, harbour director Ana Ruiz told reporters. Ruiz said the "
         "repairs could cost $2 million, though she cautioned that the figure could rise.",
         "Ruiz cautioned that the figure could rise.", None),
        ("The pier shut at dawn, harbour director Ana Ruiz said. Ferries were sent to "
         "Kalmar instead, she said.", "Ferries were sent to Kalmar instead.", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_speaker_after_a_lower_case_title_is_known_by_surname(
    text: str, claim: str, speaker: str | None
) -> None:
    found = [c for c in parse(text) if c.text == claim]
    assert found, [c.text for c in parse(text)]
    if speaker is not None:
        assert found[0].attribution == speaker


def test_a_lower_case_description_without_a_name_is_no_surname() -> None:
    text = (
        "The pier shut at dawn, a harbour worker said. Worker said nothing else, though "
        "he cautioned that the figure could rise."
    )
    assert all(not c.text.startswith("Worker cautioned") for c in parse(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a shipping, ferry or cruise line is a company: "it" is the line
        ("A shipping line, Nordhav Lines, said it would send two ships to Kalmar.",
         "Nordhav Lines would send two ships to Kalmar."),
        ("Baltic Line said it would cut 40 jobs.", "Baltic Line would cut 40 jobs."),
        ("The ferry line said it would stop sailing on Friday.",
         "The ferry line would stop sailing on Friday."),
        # a line of people is no company: "they" stays
        ("A line of protesters said they would stay.", "They would stay."),
    ],
)  # fmt: skip
def test_a_line_is_a_company(text: str, claim: str) -> None:
    assert claim in [c.text for c in parse(text)], [c.text for c in parse(text)]
