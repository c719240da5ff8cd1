"""Whole and part: a claim that an act covered every member of a set ("all 14 articles",
"the twelve chapters that make up the report", "the entire budget") conflicts with one that
the same act was not done to a member, left it out, or covered part only. "Nearly all",
"most", "some", another act, an act put off ("not until") or a plan for later do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import build_report, judge, parse
from claimtrack.judge.whole_links import whole_links
from claimtrack.judge.wholes import whole_part_conflicts, wholes
from claimtrack.match import ScoredPair
from claimtrack.models import ConflictType
from claimtrack.normalize import normalize_claim
from claimtrack.options import Options
from story_claims import conflict_values, two_articles


def scope_values(text_a: str, text_b: str) -> list[tuple[str, str]]:
    """The values of the rule's conflicts between two single statements."""
    a = parse.parse_statement(text_a, "a:1", "a")
    b = parse.parse_statement(text_b, "b:1", "b")
    ka, kb = normalize_claim(a), normalize_claim(b)
    found = whole_part_conflicts(a, wholes(a.text), ka, b, wholes(b.text), kb)
    assert all(c.type is ConflictType.SCOPE and c.explanation for c in found)
    return [c.values for c in found]


def test_the_judge_reports_a_denied_member_of_a_whole_as_scope() -> None:
    whole = "Volunteers read all 14 articles of the charter aloud on Tuesday."
    part = "The volunteers did not read the ninth article."
    assert conflict_values(whole, part, ConflictType.SCOPE) == [("all 14 articles", "not")]
    assert conflict_values(whole, part, ConflictType.NEGATION) == []  # which part, not whether


@pytest.mark.parametrize(
    ("whole", "part", "values"),
    [
        (
            "Volunteers read all 14 articles of the charter aloud on Tuesday.",
            "The volunteers did not read the ninth article.",
            ("all 14 articles", "not"),
        ),
        (
            "The twelve chapters that make up the report were read into the record.",
            "The clerk did not read the fourth chapter.",
            ("twelve chapters that make up", "not"),
        ),
        (
            "The council published the entire budget on its website.",
            "The council did not publish the budget's appendix.",
            ("the entire budget", "not"),
        ),
        (
            "Every ballot was counted by hand.",
            "Election staff did not count the ballots from two precincts.",
            ("Every ballot", "not"),
        ),
        (
            "Each of the 30 wells was tested for lead.",
            "Inspectors never tested the wells near the old mill.",
            ("Each of the 30 wells", "never"),
        ),
        # a whole named by its title, a part of it named the same way
        (
            "The council read the entire Charter aloud on Thursday.",
            "Members did not read sections of the Charter that were repealed.",
            ("the entire Charter", "not"),
        ),
        (
            "The agency released the full report on Monday.",
            "The agency did not release the report's annex.",
            ("the full report", "not"),
        ),
        # "by March" says when, not which stores
        (
            "All 40 stores will close by March.",
            "The Main Street store will not close.",
            ("All 40 stores", "not"),
        ),
        (
            "The clerk read the charter in full on Monday.",
            "The clerk skipped the charter's preamble during the reading.",
            ("charter in full", "skipped"),
        ),
        # the act covered part of it only
        (
            "Volunteers read all 14 articles of the charter aloud.",
            "Volunteers read only some of the articles.",
            ("all 14 articles", "only some"),
        ),
        (
            "Volunteers read all 14 articles of the charter aloud.",
            "Volunteers read only nine of the 14 articles.",
            ("all 14 articles", "only nine of"),
        ),
        (
            "Crews repaired the entire bridge over the weekend.",
            "Crews only partly repaired the bridge.",
            ("the entire bridge", "partly"),
        ),
        # left out, in words that share the act with the whole
        (
            "Volunteers read all 14 articles of the charter aloud.",
            "The reading skipped the ninth article.",
            ("all 14 articles", "skipped"),
        ),
        (
            "The twelve chapters that make up the report were read into the record.",
            "The clerk omitted the fourth chapter from the reading.",
            ("twelve chapters that make up", "omitted"),
        ),
    ],
)
def test_a_member_left_out_of_a_whole_conflicts(
    whole: str, part: str, values: tuple[str, str]
) -> None:
    assert scope_values(whole, part) == [values]
    assert scope_values(part, whole) == [values[::-1]]  # either order


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        # not a whole: "nearly all", "most", "some" leave room for what was left out
        ("Nearly all 14 articles were read aloud.", "The ninth article was not read."),
        ("Volunteers read most of the 14 articles aloud.", "The ninth article was not read."),
        ("Volunteers read some of the articles aloud.", "The ninth article was not read."),
        # another act
        (
            "Volunteers read all 14 articles aloud.",
            "The volunteers did not sign the ninth article.",
        ),
        # a whole for one place, a member of another
        (
            "The airline cancelled all flights to Lisbon on Friday.",
            "The airline did not cancel flights to Porto.",
        ),
        # no member of the whole
        ("Volunteers read all 14 articles aloud.", "Volunteers did not read the mayor's letter."),
        # put off, not left out
        ("Volunteers read all 14 articles aloud.", "The ninth article was not read until Friday."),
        # a possibility, and a plan for later, against what has happened
        ("Volunteers may read all 14 articles aloud.", "The ninth article was not read."),
        (
            "Volunteers will read all 14 articles next week.",
            "The volunteers have not read the ninth article.",
        ),
        # "all day" says how long, not which members
        ("All day, volunteers read articles aloud.", "The volunteers did not read the ninth one."),
        # left out of something else: nothing but the member is shared
        ("Volunteers read all 14 articles aloud.", "A later summary omitted the ninth article."),
        ("All 14 articles were ratified.", "Lawmakers skipped the ninth article."),
        # one party, two acts: only the subject is shared
        (
            "The company closed all 40 stores on Monday.",
            "The company omitted two stores from its list.",
        ),
        (
            "The company closed all 40 stores on Monday.",
            "The company sold only some of its stores.",
        ),
        # "partly because" shares out causes, not the bridge
        (
            "Crews repaired the entire bridge over the weekend.",
            "The bridge was closed partly because of the repairs.",
        ),
        # both affirm the act
        ("Volunteers read all 14 articles aloud.", "The volunteers read the ninth article twice."),
        # the negation falls on the members themselves, not on the whole claim's act
        ("The new garden is open to all visitors.", "Not all visitors are welcome in the shed."),
        ("The shelter takes in all dogs.", "The old hotel is not for dogs."),
    ],
)
def test_near_wholes_other_acts_and_later_acts_do_not_conflict(whole: str, part: str) -> None:
    assert scope_values(whole, part) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("They read all 27 amendments aloud.", ["all 27 amendments"]),
        # an owner before the members is no member: the animals are
        ("They fed all the farm's animals.", ["all the farm's animals"]),
        ("All of the original decisions remain in force.", ["All of the original decisions"]),
        (
            "The six sections, and two annexes that comprise the treaty.",
            ["six sections, and two annexes that comprise"],
        ),
        (
            "The six sections and two annexes that comprise the treaty were read.",
            ["six sections and two annexes that comprise"],
        ),
        ("The clerk read the charter in its entirety.", ["charter in its entirety"]),
        ("The clerk read it in full.", []),
        ("All but two chapters were published.", []),
        ("Virtually all legislation is vetted.", []),
        ("All of them agreed.", []),
        ("They did not recite every verse.", ["every verse"]),  # a whole; negated, a part
    ],
)
def test_wholes_are_read_from_quantifiers_and_counted_lists(text: str, items: list[str]) -> None:
    assert [w.text for w in wholes(text)] == items


LEAD = "The Harbor City council read its charter aloud at a public session on Tuesday."


def test_a_whole_and_a_left_out_member_are_linked_across_articles_of_one_story() -> None:
    whole = "Volunteers took turns to read all 14 articles of the charter.and the reading ran long."
    part = "Council members did not read the ninth article."
    assert whole_links(*two_articles(LEAD, whole, part, same_story=True)) == [(1, 3)]
    assert whole_links(*two_articles(LEAD, whole, part, same_story=False)) == []


def test_two_outlets_telling_the_same_omission_stand_beside_the_whole() -> None:
    texts = [
        ("a", LEAD),
        ("a", "Volunteers read all 14 articles of the charter aloud."),
        ("b", LEAD),
        ("b", "Council members did not read the ninth article."),
        ("c", LEAD),
        ("c", "The articles that were repealed would not be read, the clerk decided."),
    ]
    claims = [
        parse.parse_statement(t, f"{a}:{k}", a).model_copy(update={"article_id": a})
        for k, (a, t) in enumerate(texts)
    ]
    keys = [normalize_claim(c) for c in claims]
    leads = [ScoredPair(0, 2, 100.0, 100.0, shared=8), ScoredPair(0, 4, 100.0, 100.0, shared=8)]
    found = whole_links(claims, keys, judge.ScoredArrays(leads, Options()))
    # both omissions are linked to the whole, and to each other
    assert found == [(1, 3), (1, 5), (3, 5)]


def test_a_report_puts_the_whole_beside_each_outlet_that_names_a_left_out_member(
    write_articles: Callable[[dict[str, str]], Path],
) -> None:
    lead = "The Harbor City council read its charter aloud at a public session on Tuesday."
    folder = write_articles(
        {
            "a.txt": f"{lead}\n\nVolunteers took turns to read all 14 articles of the charter.\n",
            "b.txt": f"{lead}\n\nCouncil members did not read the ninth article.\n",
            "c.txt": f"{lead}\n\nThe reading omitted the ninth article, the clerk said.\n",
        }
    )
    report = build_report([folder])
    text = {c.id: c.text for c in report.claims}
    found = sorted(
        tuple(sorted(text[i][:20] for i in c.claim_ids))
        for k in report.clusters
        for c in k.conflicts
        if c.type is ConflictType.SCOPE
    )
    assert found == [
        ("Council members did ", "Volunteers took turn"),
        ("The reading omitted ", "Volunteers took turn"),
    ]


def test_one_sentence_in_two_articles_does_not_leave_out_what_it_covers() -> None:
    # a sentence that names a whole and leaves something out is one fact, told twice
    same = (
        "All 27 articles were read aloud on Thursday, though the reading left out the 18th article."
    )
    assert scope_values(same, same) == []
    assert conflict_values(same, same, ConflictType.SCOPE) == []
    # the same words in two sentences of their own still conflict
    whole = "Volunteers read all 14 articles of the charter aloud on Tuesday."
    assert scope_values(whole, "The volunteers did not read the ninth article.") == [
        ("all 14 articles", "not")
    ]


@pytest.mark.parametrize(
    "part",
    [
        # the members are named in one clause, someone else is left out in another
        "The licence is mandatory for all local drivers but not required for visiting tourists.",
        "But a licence isn't required for tourists, though few drivers go without one.",
        "A licence is needed by all drivers here; it is not needed by tourists.",
    ],
)
def test_a_negation_that_leaves_others_out_denies_no_member(part: str) -> None:
    whole = "By law, all drivers in the country are required to carry a licence."
    assert scope_values(whole, part) == []


@pytest.mark.parametrize(
    ("whole", "part", "values"),
    [
        (
            "Every ballot was counted by hand.",
            "Staff did not count the ballots from two precincts, officials said.",
            ("Every ballot", "not"),
        ),
        (
            "All 14 articles were read aloud.",
            "The volunteers did not read the ninth article, though they read the rest.",
            ("All 14 articles", "not"),
        ),
    ],
)
def test_a_member_denied_in_the_negations_own_clause_still_conflicts(
    whole: str, part: str, values: tuple[str, str]
) -> None:
    assert scope_values(whole, part) == [values]
