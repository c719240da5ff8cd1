"""Two acts told apart before their dates, reasons or figures are compared (helper session
conflicts51): a dated act must be told by the claim's own verb, a predicate class that only a
side clause gives dates nothing, one party's two acts on two named things have a reason
each, and percentages of one noun measure that noun whatever the subjects."""

from __future__ import annotations

import pytest

from claimtrack import parse
from claimtrack.judge.acts import same_dated_act
from claimtrack.judge.pair import _main_verbs_apart
from claimtrack.models import ConflictType
from claimtrack.normalize import load_tables, normalize_claim
from story_claims import conflict_types, conflict_values


def _statement(text: str) -> parse.Claim:
    return parse.parse_statement(text, "x:1", "x")


# --- a dated act is the claim's own verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Hallam's lawyer flew to Dunmore on Wednesday to finalise the settlement.",
            "Hallam completed the paperwork on Thursday.",
        ),
        (
            "Mayor Petra Lind travelled to the capital on Monday to complete the purchase.",
            "Petra Lind signed the lease on Tuesday after the sale was completed.",
        ),
        (
            "Ortega met the board on Friday before leaving the building.",
            "Ortega spoke to reporters on Saturday.",
        ),
    ],
)
def test_an_act_in_a_side_clause_is_no_dated_act(text_a: str, text_b: str) -> None:
    assert not same_dated_act(_statement(text_a), _statement(text_b))
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The takeover of Brant Mills is expected to close in March.",
            "The takeover of Brant Mills is set to be completed in June.",
            ("March", "June"),
        ),
        (
            "Commissioner Dana Whitfield stepped down on March 3.",
            "Dana Whitfield resigned on April 15.",
            ("March 3", "April 15"),
        ),
        (
            "Talks between the union and the board broke down on Friday.",
            "Talks between the union and the board collapsed on Saturday.",
            ("Friday", "Saturday"),
        ),
    ],
)
def test_an_act_told_by_the_main_verb_is_still_dated(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


# --- a predicate class from a side clause ----------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The ferry company broke off negotiations on Friday.",
            "About 400 crew members walked off the job on Monday, halting sailings to the islands.",
        ),
        (
            "The council suspended the contract on Tuesday.",
            "Some 300 drivers downed tools on Thursday, suspending bus services across the city.",
        ),
    ],
)
def test_a_class_from_a_side_clause_dates_nothing(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The ferry company broke off negotiations on Friday.",
            "The ferry company suspended negotiations on Monday.",
            ("Friday", "Monday"),
        ),
        (
            "The strike began on Monday.",
            "The walkout started on Sunday night.",
            ("Monday", "Sunday night"),
        ),
    ],
)
def test_one_class_at_both_main_verbs_still_dates_one_act(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b, ConflictType.DATE) == [values]


# --- one party, two acts, a reason for each -----------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Ana Ferreira chose Norfield Rovers because the club offered her a long contract.",
            "Ana Ferreira left Dunmore because she wanted to play in Europe.",
        ),
        (
            "Halvard bought Kestrel Air because it wanted more routes to Asia.",
            "Halvard sold Brisk Cargo because the unit was losing money.",
        ),
    ],
)
def test_two_acts_of_one_party_have_a_reason_each(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b, ConflictType.REASON) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one verb, one name
        (
            "Ana Ferreira left Dunmore because she wanted to play in Europe.",
            "Ana Ferreira left Dunmore because the club cut her wages.",
        ),
        # two verbs, one name: one act
        (
            "Ana Ferreira left Dunmore because she wanted to play in Europe.",
            "Ana Ferreira quit Dunmore because the club cut her wages.",
        ),
        # no name acted on
        (
            "Ana Ferreira resigned because of ill health.",
            "Ana Ferreira quit because of a row with the board.",
        ),
    ],
)
def test_one_act_keeps_its_reasons_compared(text_a: str, text_b: str) -> None:
    assert len(conflict_values(text_a, text_b, ConflictType.REASON)) == 1


# --- percentages of one noun -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "The bid represents a 35 percent premium to Harlan Foods' share price.",
            "Brantwood is paying a 28 percent premium over Harlan Foods' share price.",
            ("35 percent", "28 percent"),
        ),
        (
            "The agreement gives a 4 percent raise to nurses in Ostland.",
            "The union won a 6 percent raise for nurses in Ostland.",
            ("4 percent", "6 percent"),
        ),
    ],
)
def test_percentages_of_one_noun_are_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # bare percentages of two subjects
        ("The ten-year yield reached 4.9 percent.", "Inflation reached 5.8 percent."),
        # two nouns
        (
            "The bid represents a 35 percent premium to the share price.",
            "The shares showed a 28 percent gain this year.",
        ),
    ],
)
def test_percentages_not_of_one_noun_stay_apart(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


# --- figures of two settings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "In the treated group, 9 percent of patients were admitted to hospital.",
            "In the control group, 12 percent of patients were admitted to hospital.",
        ),
        (
            "Among older patients, 14 percent reported dizziness.",
            "Among younger patients, 6 percent reported dizziness.",
        ),
    ],
)
def test_figures_of_two_opening_settings_stay_apart(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        # one setting
        (
            "In the treated group, 9 percent of patients were admitted to hospital.",
            "In the treated group, 12 percent of patients were admitted to hospital.",
            ("9 percent", "12 percent"),
        ),
        # a setting on one side only
        (
            "In the treated group, 9 percent of patients were admitted to hospital.",
            "Some 12 percent of patients in the treated group were admitted to hospital.",
            ("9 percent", "Some 12 percent"),
        ),
        # an event named two ways
        (
            "In the attack, 12 people were killed.",
            "In the bombing, 19 people were killed.",
            ("12", "19"),
        ),
        # "at least" opens no setting
        (
            "At least twelve people were killed, officials said.",
            "At least 19 people were killed, police said.",
            ("At least twelve", "At least 19"),
        ),
    ],
)
def test_figures_of_one_setting_are_compared(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b", "apart"),
    [
        (
            "The ferry company broke off negotiations on Friday.",
            "About 400 crew members walked off the job on Monday, halting sailings to the islands.",
            True,
        ),
        # the side clause holds the date: the closing is dated there
        (
            "The city closed the Orme Street tunnel to traffic on Tuesday.",
            "Drivers faced long delays on Wednesday after the Orme Street tunnel was closed on "
            "Wednesday morning.",
            False,
        ),
        # one verb
        (
            "The ferry company broke off negotiations on Friday.",
            "The ferry company broke off negotiations on Monday.",
            False,
        ),
    ],
)
def test_main_verbs_apart(text_a: str, text_b: str, apart: bool) -> None:
    a, b = _statement(text_a), _statement(text_b)
    tables = load_tables(None)
    assert _main_verbs_apart(a, normalize_claim(a), b, normalize_claim(b), tables) is apart


# --- a bare denial of an act -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Police have arrested two men in connection with the robbery.",
            "No arrests have been made.",
        ),
        ("Officers arrested a teenager after the fire.", "No arrests were made, police said."),
    ],
)
def test_a_bare_denial_meets_the_act(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION in conflict_types(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the denial names a place: another occasion may be meant
        ("Police arrested a man at the rally.", "No arrests were made at the stadium."),
        # an arrest of another year
        ("Police arrested two men in 2019.", "No arrests have been made."),
        # another act
        ("Police have questioned two men.", "No arrests have been made."),
        # an aim, not the act
        ("Police said they hope to arrest the gunman soon.", "No arrests have been made."),
    ],
)
def test_a_bare_denial_meets_no_other_act(text_a: str, text_b: str) -> None:
    assert ConflictType.NEGATION not in conflict_types(text_a, text_b)


# --- the figure one side of a bargain gives ---------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b", "values"),
    [
        (
            "Management offered a 5 percent increase.",
            "The port authority has offered 4 percent.",
            ("5 percent", "4 percent"),
        ),
        (
            "The hospital trust has offered 3 percent.",
            "Managers offered a 2 percent rise, the union said.",
            ("3 percent", "2 percent"),
        ),
    ],
)
def test_one_offer_told_with_and_without_its_noun(
    text_a: str, text_b: str, values: tuple[str, str]
) -> None:
    assert conflict_values(text_a, text_b) == [values]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two sides of the bargain
        ("The company offered a 5 percent increase.", "The union is demanding 9 percent."),
        # two verbs
        ("The union is demanding a 9 percent rise.", "Workers want 7 percent."),
        # no verb of a bargain
        ("Sales rose 4 percent.", "Profit rose a 5 percent."),
    ],
)
def test_figures_of_no_one_bargain_stay_apart(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []


def test_a_light_verb_leaves_the_act_to_its_noun() -> None:
    text_a = "The interior ministry made the announcement on Tuesday."
    text_b = "In a statement the interior ministry announced on Monday."
    a, b = _statement(text_a), _statement(text_b)
    tables = load_tables(None)
    assert not _main_verbs_apart(a, normalize_claim(a), b, normalize_claim(b), tables)
