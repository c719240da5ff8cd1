"""Negation of the claim itself, distinct from verbs with a negative meaning."""

from __future__ import annotations

import pytest

from claimtrack.parse.negation import find_negation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry did not confirm the figure.", "not"),
        ("The senator has never voted for the bill.", "never"),
        ("No charges were filed.", "no"),
        ("The club denied that it had paid the fee.", "denied that"),
        ("The airline won't refund tickets.", "won't"),
        ("The airline doesn’t refund tickets.", "doesn’t"),
        ("Nobody was arrested.", "nobody"),
        ("The court cannot hear the case.", "cannot"),
        ("The union is no longer on strike.", "no longer"),
        # refusing the comment itself is still negated; the content is not denied
        ("The club would not confirm or deny the transfer.", "not"),
        ("The council denied the closure.", "denied"),
        # a bare "no" at a sentence's end, or before a figure without the dot, still denies
        ("Asked whether the plant would reopen, the firm said no.", "no"),
        ("No 2 reports agreed on the cause.", "no"),
    ],
)
def test_negation_cues(text: str, cue: str) -> None:
    found = find_negation(text)
    assert found is not None
    assert found.cue == cue
    assert text[found.start : found.end].lower() == cue


@pytest.mark.parametrize(
    "text",
    [
        "The ministry ruled out new elections.",
        "The league suspended the season.",
        "The board rejected the offer.",
        "Ministers cancelled the summit.",
        "The firm halted production.",
        "Not only farmers but also teachers joined.",
        "There is no doubt the vote took place.",
        "Whether or not the court agrees, the law stands.",
        "Knots were tied on the boat.",
        # "not just" adds to what the claim says; it denies nothing
        "The pill cut heart attacks, not just cholesterol levels.",
        "The flood hit farms, not merely the town centre.",
        "The dispute is not simply about pay.",
        # declining to take a side is not a denial of what was asked about
        "The club refused to confirm or deny that the coach had been sacked.",
        "A spokeswoman would neither confirm nor deny the transfer fee.",
        "Police declined to confirm or deny reports of a second arrest.",
        "The ministry has neither confirmed nor denied the figures.",
        # "No." before a figure abbreviates "number"
        "The single climbed to No. 3 on the chart.",
        "A spokesman for No.10 spoke to reporters.",
        # and so does a capital "No" inside the sentence, without its period
        "The premier returned to No 10 after the vote.",
        "The song peaked at No 4 on the dance chart.",
    ],
)
def test_negative_meaning_verbs_and_idioms_are_not_negation(text: str) -> None:
    assert find_negation(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a negation inside a clause of time, cause, condition or concession after the main
        # clause negates that clause, not the claim
        "The ferry sailed late when the crew did not arrive on time.",
        "The driver was dismissed because he had not renewed his licence.",
        "The museum will close early if the heating isn't repaired.",
        "Rents rose sharply although wages did not.",
        "In March, when the bridge did not reopen, traders moved to the market square.",
        "The crowd left after stewards would not open the gates.",
        "The shop stays open until customers can't find parking.",
        # a leading clause closed by its comma: the claim is the main clause after it
        "While the mayor was not there in person, aides laid a wreath at the pier.",
        "If the talks don't resume by Friday, the strike will go on.",
        "Although the firm never confirmed the sale, the depot was sold in May.",
    ],
)
def test_negation_in_a_trailing_subordinate_clause_is_not_the_claims(text: str) -> None:
    assert find_negation(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the main clause's own negation, before the subordinate clause or after its comma
        ("The ferry did not sail when the storm came.", "not"),
        ("When the storm came, the ferry did not sail.", "not"),
        # a leading clause without its comma: where it ends is a guess, so the cue stands
        ("When the storm came the ferry did not sail.", "not"),
        # after the leading clause's comma the main clause's own cue stands
        ("Although the storm passed, the ferry did not sail.", "not"),
        # "after", "before", "until" are prepositions as often: a noun's "no" is the claim's
        ("The talks ended after two days with no agreement.", "no"),
        ("Officials said after the meeting that no deal was reached.", "no"),
        # a coordinated clause after the subordinate one has its own negation
        ("The ferry sailed when the storm passed and no passengers were hurt.", "no"),
        ("If the storm passes then don't expect delays.", "don't"),
        # "since" is left out: as often a preposition before the main clause's verb
        ("The plant has not reopened since the fire.", "not"),
    ],
)
def test_negation_outside_a_trailing_subordinate_clause_stands(text: str, cue: str) -> None:
    found = find_negation(text)
    assert found is not None
    assert found.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        # the cue negates a relative clause's own verb, not the claim
        "The man who did not pay was fined.",
        "Police arrested a driver who had no licence.",
        "Parents who don't have the money have gone to the street.",
        "A caller who has not been identified is heard on the tape.",
        "The plant, which never opened, was sold.",
        "The council sold a depot which was no longer needed.",
    ],
)
def test_negation_of_a_relative_clause_is_not_the_claims(text: str) -> None:
    assert find_negation(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the relative closes before the claim's own negation
        ("The woman who teaches at the school has not commented.", "not"),
        ("Those who stayed no longer have a choice.", "no longer"),
        # a cleft's relative is the claim; a question's "who" is its own word
        ("It was the mayor who did not attend.", "not"),
        ("Who did not vote?", "not"),
        # "which is not true" judges the whole statement
        ("Fans spread a rumour that the coach quit, which is not true.", "not"),
        ("The site names a source which isn't real.", "isn't"),
        ("The council did not say which roads would close.", "not"),
    ],
)
def test_negation_outside_a_relative_clause_stands(text: str, cue: str) -> None:
    found = find_negation(text)
    assert found is not None
    assert found.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case "no", or a capital one opening the sentence, before a figure negates
        "Rescuers found no 10 survivors, only three.",
        "No 10 residents were left in the village.",
        "The minister said No, 10 times over.",
    ],
)
def test_no_before_a_figure_that_is_no_number_sign_still_negates(text: str) -> None:
    found = find_negation(text)
    assert found is not None and found.cue == "no"


@pytest.mark.parametrize(
    "text",
    [
        # a negation in what a trailing participle reports negates the words reported
        "Vale raised his hands, saying, “I don’t have a gun.”",
        "Ruiz walked it back, telling Harbour Radio her remarks were not based on facts.",
        "The board issued a statement, noting that the pier would not close.",
        "The port authority stayed firm, insisting that no ship was at risk.",
    ],
)
def test_a_negation_in_a_reported_participle_clause_is_not_the_claims(text: str) -> None:
    assert find_negation(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the claim's own negation before the participle, or a participle of no report
        "Ruiz did not resign, saying she was staying.",
        "The ferry sank, killing no one on board.",
        "Police found the van, leaving no doubt about the route, but did not find the driver.",
    ],
)
def test_a_negation_outside_a_reported_participle_clause_stays(text: str) -> None:
    assert find_negation(text) is not None
