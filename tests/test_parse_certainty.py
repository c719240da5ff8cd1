"""Certainty: asserted, hedged, planned or conditional, with the deciding cue."""

from __future__ import annotations

import pytest

from claimtrack.api import extract_claims
from claimtrack.models import Certainty
from claimtrack.parse.certainty import find_certainty


@pytest.mark.parametrize(
    ("text", "certainty", "cue"),
    [
        ("The bank reportedly cut 500 jobs.", Certainty.HEDGED, "reportedly"),
        ("The suspect allegedly fled abroad.", Certainty.HEDGED, "allegedly"),
        ("The virus appears to be spreading.", Certainty.HEDGED, "appears to"),
        ("The storm may reach the coast.", Certainty.HEDGED, "may"),
        ("The merger could collapse.", Certainty.HEDGED, "could"),
        ("The club is preparing to sell its stadium.", Certainty.HEDGED, "is preparing to"),
        ("The data suggests a slowdown.", Certainty.HEDGED, "suggests"),
        # how a thing looked: a hedge, where a bare "as if" is no cue at all
        ("By noon it looked as if the levee would hold.", Certainty.HEDGED, "looked as if"),
        ("The clip made it seem as though the pilot waved.", Certainty.HEDGED, "seem as though"),
        ("Rates will rise in June.", Certainty.PLANNED, "will"),
        ("The city plans to close two schools.", Certainty.PLANNED, "plans to"),
        ("The airline is set to cut routes.", Certainty.PLANNED, "is set to"),
        # a plan at the time, not what happened
        ("The firm was going to close the plant.", Certainty.PLANNED, "was going to"),
        ("The unions were going to march.", Certainty.PLANNED, "were going to"),
        # a pronoun with "will" or "are going to" run in
        ("They'll attend the summit in May.", Certainty.PLANNED, "they'll"),
        ("It’ll take years to rebuild the pier.", Certainty.PLANNED, "it’ll"),
        ("We're going to close the depot.", Certainty.PLANNED, "we're going to"),
        ("Ghana to reopen its borders", Certainty.PLANNED, "to"),
        ("Vessia to stop talks with Norland", Certainty.PLANNED, "to"),
        # a subject with an infinitive in it, before the sentence's own verb: no plan
        ("Trips to see the lights are popular.", Certainty.ASSERTED, None),
        ("Visits to see the ferry rose in May.", Certainty.ASSERTED, None),
        # an active "intended to" is a plan; only the passive states a purpose
        ("The firm intended to sell the mill.", Certainty.PLANNED, "intended to"),
        ("The rebels originally intended to seize the port.", Certainty.PLANNED, "intended to"),
        ("The tax, which is intended to curb waste, will rise.", Certainty.PLANNED, "will"),
        ("If the talks fail, the strike will go on.", Certainty.CONDITIONAL, "if"),
        ("Unless funding arrives, the clinic closes.", Certainty.CONDITIONAL, "unless"),
        ("The mayor may resign if the vote fails.", Certainty.CONDITIONAL, "if"),
        ("Only if the vote fails will the mayor resign.", Certainty.CONDITIONAL, "only if"),
        ("Even so, the mayor resigns if the vote fails.", Certainty.CONDITIONAL, "if"),
        ("The mayor might step down and will say so.", Certainty.HEDGED, "might"),
        ("The leak must have started overnight.", Certainty.HEDGED, "must have"),
        # "should" before its subject opens a condition
        ("Should the talks fail, the strike goes on.", Certainty.CONDITIONAL, "should the"),
        ("The port closes should there be a storm.", Certainty.CONDITIONAL, "should there"),
        ("Aid stops should any ship enter the zone.", Certainty.CONDITIONAL, "should any"),
        # a passive verb of saying or thinking before "to": hearsay, whatever the tense
        ("The pilots were thought to be resting.", Certainty.HEDGED, "were thought to"),
        ("The vault is reported to have been empty.", Certainty.HEDGED, "is reported to have"),
        ("The hostages were reported to be safe.", Certainty.HEDGED, "were reported to be"),
        ("The crew was understood to be ashore.", Certainty.HEDGED, "was understood to"),
        ("Nine miners are feared dead.", Certainty.HEDGED, "are feared"),
        ("The yacht was presumed lost.", Certainty.HEDGED, "was presumed"),
        # the writer says only that something is being said
        ("There are reports that the mayor quit.", Certainty.HEDGED, "there are reports"),
        ("There were reports of looting overnight.", Certainty.HEDGED, "there were reports"),
        ("Rumours are swirling that the coach will go.", Certainty.HEDGED, "rumours are swirling"),
        ("It is also possible that the chip is new.", Certainty.HEDGED, "possible that"),
        # "would have" and a participle: a past that did not happen
        ("Any breach would have flooded the town.", Certainty.CONDITIONAL, "would have"),
        ("The firm would not have paid the fine.", Certainty.CONDITIONAL, "would have"),
        # but a need ahead, or a future possession, is still a plan
        ("Workers would have to pay more.", Certainty.PLANNED, "would"),
        ("The plant would have 200 staff.", Certainty.PLANNED, "would"),
    ],
)
def test_cues(text: str, certainty: Certainty, cue: str) -> None:
    found = find_certainty(text)
    assert (found.certainty, found.cue) == (certainty, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The parliament met on May 4.",
        "The museum reopened in May.",
        "The strike showed the political will of the workers.",
        "The team won the final.",
        "The firm was going through a hard time.",
        # "should" before a verb or an adverb is advice, not a condition
        "The board should approve the plan.",
        "They should all resign.",
        # "reported to" a listener is no hearsay
        "Only 40 thefts were reported to the police.",
        # a passive "intended to" says what a thing is for
        "The levy is intended to curb plastic waste.",
        "The ban was never intended to last.",
        "The checks are mainly intended to deter smugglers.",
        "The app is not intended to replace a doctor.",
        "The leak was reported to regulators in May.",
        # reports as things, not as hearsay
        "The inspectors filed their reports in March.",
        "Reports of thefts fell by a third.",
        "The bridge was made possible by a grant.",
        # "even if" concedes: the claim holds either way
        "The port stays open even if the storm hits.",
        "Even if the figures are revised, the deficit is the largest on record.",
        "The plan remains a mystery, even if the court rules against it.",
        # "as if" compares a manner: no condition
        "The driver swerved as if he had seen a deer.",
        "The crowd cheered as if the match was already won.",
    ],
)
def test_asserted(text: str) -> None:
    assert find_certainty(text).certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # "clear" with no question after it: the modal is the claim's
        ("The mayor made it clear that the pier will reopen.", Certainty.PLANNED),
        ("It is clear the dam could fail.", Certainty.HEDGED),
        # a condition stays a condition
        ("If the vote fails, she is sure the mayor will resign.", Certainty.CONDITIONAL),
    ],
)
def test_being_sure_opens_no_question_without_a_wh_word(text: str, certainty: Certainty) -> None:
    assert find_certainty(text).certainty is certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # a modal in a leading clause hedges that clause, not the claim after its comma
        ("As luck would have it, another capsule was found in Boston.", Certainty.ASSERTED),
        ("As no one could predict its success, Ana was paid 250 pounds.", Certainty.ASSERTED),
        ("While the figures may be revised, the deficit is the largest on record.",
         Certainty.ASSERTED),
        # the main clause's own cue still counts
        ("As it might sound odd, the council may delay the vote.", Certainty.HEDGED),
        # no main clause after the comma: the phrase is no leading clause
        ("Since her release she is believed to live near the border, hiding in the hills.",
         Certainty.HEDGED),
        ("Though that likely won't stop them, like it did last year.", Certainty.HEDGED),
        # a condition keeps its own rule
        ("If the dam could fail, the town would flood.", Certainty.CONDITIONAL),
    ],
)  # fmt: skip
def test_a_leading_clause_keeps_its_modal(text: str, certainty: Certainty) -> None:
    assert find_certainty(text).certainty is certainty


@pytest.mark.parametrize(
    "text",
    [
        # a modal or "if" inside an indirect question is what is asked, not what is said
        "It is unclear if the dam could fail.",
        "Officials were unsure whether the bridge may reopen.",
        "The panel asked how the alarm could be silenced.",
        "Police asked the public what might have caused the crash.",
        "Reporters asked if the mayor had resigned.",
        "It is too early to know if the graft will hold.",
        "Nobody knows how many ships could have sunk.",
        # words of (not) being sure ask too
        "It is not clear if the pier will reopen.",
        "Engineers are not sure if the bridge could hold.",
        "It is hard to tell if the vote will pass.",
        "Nobody is certain if the ferry may sail.",
        # verbs of checking ask too
        "Divers went down to see if the hull was cracked.",
        "Inspectors checked if the valves could hold the pressure.",
        "The lab tested whether the water might be unsafe.",
        "Auditors verified if the payments might be late.",
    ],
)
def test_a_cue_inside_an_indirect_question_decides_nothing(text: str) -> None:
    assert find_certainty(text)[:2] == (Certainty.ASSERTED, None)


@pytest.mark.parametrize(
    ("text", "certainty", "cue"),
    [
        # a condition after an infinitive, not a question
        ("The mayor asked residents to leave if the river rose.", Certainty.CONDITIONAL, "if"),
        # "of which" opens a relative: its modal still hedges
        ("Six bridges, some of which may close, were inspected.", Certainty.HEDGED, "may"),
        ("The men who may have started the fire fled.", Certainty.HEDGED, "may"),
        ("The dam could fail, engineers warned.", Certainty.HEDGED, "could"),
        # after a conceding "even if", the next cue decides
        ("Even if talks resume, the strike will go on.", Certainty.PLANNED, "will"),
        # "as" before "if" in another sense, and a real condition after checking
        ("The ferry sails as planned if the wind drops.", Certainty.CONDITIONAL, "if"),
        ("Crews check the dam and close it if the river rises.", Certainty.CONDITIONAL, "if"),
    ],
)
def test_a_cue_outside_an_indirect_question_still_decides(
    text: str, certainty: Certainty, cue: str
) -> None:
    assert find_certainty(text)[:2] == (certainty, cue)


@pytest.mark.parametrize(
    ("text", "certainty", "cue"),
    [
        # the cue stands in a relative clause of the subject; the main clause's verb follows
        (
            "The report that the council will publish next week was leaked.",
            Certainty.ASSERTED,
            None,
        ),
        ("The bridge that may reopen in May was damaged by the flood.", Certainty.ASSERTED, None),
        ("Officials who may have been exposed were tested.", Certainty.ASSERTED, None),
        ("A man who was allegedly caught stealing is in hospital.", Certainty.ASSERTED, None),
        ("A film that appears to show the crash is fake.", Certainty.ASSERTED, None),
        # then the main clause's own modal decides
        ("The plan that could cut costs will be voted on Friday.", Certainty.PLANNED, "will"),
        ("Ferries that might be late will wait at the pier.", Certainty.PLANNED, "will"),
        # near misses: the cue is the claim's own
        ("He warned that the levee could fail.", Certainty.HEDGED, "could"),
        ("The bridge that may reopen in May.", Certainty.HEDGED, "may"),
        (
            "The fact that no one saw a fireball would suggest it was a drone.",
            Certainty.HEDGED,
            "suggest",
        ),
        ("That sentiment suggests voters may leave.", Certainty.HEDGED, "suggests"),
        ("The ruling on that plan may come when talks are over.", Certainty.HEDGED, "may"),
        ("Residents who could leave did so, and the town is empty.", Certainty.HEDGED, "could"),
        ("The firm that will build the dam said costs rose.", Certainty.PLANNED, "will"),
    ],
)
def test_a_cue_in_the_subjects_relative_clause_is_not_the_claims(
    text: str, certainty: Certainty, cue: str | None
) -> None:
    found = find_certainty(text)
    assert (found.certainty, found.cue) == (certainty, cue)


@pytest.mark.parametrize(
    ("text", "certainty", "cue"),
    [
        # "as long as" before a figure measures a time or a length
        ("The inquest could last as long as 3 weeks.", Certainty.HEDGED, "could"),
        ("The eels grow as long as four metres.", Certainty.ASSERTED, None),
        ("Repairs take as long as 18 months, the council said.", Certainty.ASSERTED, None),
        # before a clause it sets a condition
        ("The ferry runs as long as the weather holds.", Certainty.CONDITIONAL, "as long as"),
        ("Staff stay as long as three guards are on duty.", Certainty.CONDITIONAL, "as long as"),
    ],
)
def test_as_long_as_before_a_figure_is_no_condition(
    text: str, certainty: Certainty, cue: str | None
) -> None:
    found = find_certainty(text)
    assert (found.certainty, found.cue) == (certainty, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Rumour has it that the mayor will resign next month.",
        "Word has it the port will be sold to a Danish firm.",
        "Legend has it that the well never runs dry.",
        # an impersonal passive: what no one named said
        "It was reported that the mayor had resigned.",
        "The mayor had resigned, it was reported on Thursday.",
        "The mayor has resigned, it is understood.",
        "It is claimed that the pump failed twice.",
        "The pump failed twice, it has been alleged.",
    ],
)
def test_passing_on_what_is_said_hedges(text: str) -> None:
    (claim,) = extract_claims(text)
    assert claim.certainty is Certainty.HEDGED


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said it was reported to police on Monday.",
        "It was the first time the bridge had closed.",
    ],
)
def test_reported_to_someone_is_no_hedge(text: str) -> None:
    assert all(c.certainty is not Certainty.HEDGED for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # an inability is told plainly, as "couldn't" is
        ("The port authority could not confirm the report.", Certainty.ASSERTED),
        ("The footage could not be verified.", Certainty.ASSERTED),
        ("Divers could never reach the wreck.", Certainty.ASSERTED),
        ("Divers couldn't reach the wreck.", Certainty.ASSERTED),
        # a possibility stays one, with or without "not only"
        ("The ferry could sink.", Certainty.HEDGED),
        ("The ferry could not only sink but also block the channel.", Certainty.HEDGED),
    ],
)
def test_could_not_is_an_inability_not_a_hedge(text: str, certainty: Certainty) -> None:
    assert find_certainty(text).certainty is certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # "considering" opening a phrase is a preposition
        ("Considering that the port is shut, the ferry left from Vell.", Certainty.ASSERTED),
        ("The ferry left early, considering the storm.", Certainty.ASSERTED),
        # after its subject it is a plan weighed
        ("The board is considering a new ferry.", Certainty.HEDGED),
        ("The board is even considering a new ferry.", Certainty.HEDGED),
    ],
)
def test_considering_as_a_preposition_is_no_hedge(text: str, certainty: Certainty) -> None:
    assert find_certainty(text).certainty is certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # a hedge before a noun after the verb doubts the noun, not the act
        ("Police arrested the suspected gunman on Monday.", Certainty.ASSERTED),
        ("The ministry opened an inquiry into the firm's alleged bribes.", Certainty.ASSERTED),
        ("Guards found a purported map of the tunnels.", Certainty.ASSERTED),
        # before the verb, what the claim is about is in doubt
        ("The alleged gunman fled on foot.", Certainty.HEDGED),
        ("A suspected meteorite left a crater near the port.", Certainty.HEDGED),
        # a participle of a passive, and an adverb, still hedge
        ("The mayor was alleged to have taken bribes.", Certainty.HEDGED),
        ("Two men were suspected of arson.", Certainty.HEDGED),
        ("The firm allegedly paid the bribe.", Certainty.HEDGED),
    ],
)
def test_a_hedge_before_an_objects_noun_leaves_the_act_asserted(
    text: str, certainty: Certainty
) -> None:
    assert find_certainty(text).certainty is certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The council is due to vote on Monday.", Certainty.PLANNED),
        ("He is due to be sentenced in May.", Certainty.PLANNED),
        # before a noun "due to" gives a cause, no schedule
        ("The closure is due to the storm.", Certainty.ASSERTED),
        ("The delay is due to heavy rain.", Certainty.ASSERTED),
    ],
)
def test_due_to_is_a_schedule_only_before_a_verb(text: str, certainty: Certainty) -> None:
    assert find_certainty(text).certainty is certainty
