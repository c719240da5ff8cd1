"""``check_draft``: statuses read from the shared analysis, positions, suppressions, baselines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import baseline as baselines
from claimtrack import pipeline
from claimtrack.check import check_draft, with_baseline
from claimtrack.errors import DataFileError, InputError
from claimtrack.models import CheckResult, Finding, Status
from claimtrack.options import Options
from claimtrack.render import CheckFormat, RenderOptions, render_check
from claimtrack.suppressions import find_suppressions
from fake_engine import fake_analyse

Writer = Callable[[dict[str, str | bytes]], Path]

WIRE = """---
source: Harbor Wire
date: 2026-03-02
---
The storm killed 12 people in Harbor Town on Sunday.

The port closed on Friday because of the storm.
"""
HERALD = """---
source: Valley Herald
date: 2026-03-03
---
Rescue teams searched the valley roads through the night.

The storm killed 12 people in Harbor Town on Sunday.

Farmers in the valley lost most of the spring crop.

The port closed on Friday because of the storm.

Schools in the district will reopen next week.
"""


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyse", fake_analyse)


def by_text(result: CheckResult) -> dict[str, Finding]:
    return {f.text: f for f in result.findings}


def run(draft: str, sources: dict[str, str], write: Writer, **options: object) -> CheckResult:
    folder = write({"draft.md": draft, **{f"sources/{k}": v for k, v in sources.items()}})
    return check_draft(folder / "draft.md", [folder / "sources"], Options(**options))  # type: ignore[arg-type]


# --- statuses, with the real engine --------------------------------------------------------


def test_a_sentence_two_sources_carry_is_supported_by_both(write_articles: Writer) -> None:
    draft = "# Storm\n\nThe port closed on Friday because of the storm.\n"
    result = run(draft, {"wire.md": WIRE, "herald.md": HERALD}, write_articles)
    finding = by_text(result)["The port closed on Friday because of the storm."]
    assert finding.status is Status.SUPPORTED
    assert finding.sources == ("Harbor Wire", "Valley Herald")
    assert finding.independent_sources == ("Harbor Wire", "Valley Herald")
    assert not finding.single_source
    assert (finding.line, finding.column) == (3, 1)
    assert (finding.end_line, finding.end_column) == (3, 48)  # just past the period
    assert [e.relation for e in finding.evidence] == ["supports", "supports"]
    assert finding.evidence[0].path.endswith("wire.md")  # sorted by source
    assert finding.evidence[0].line == 7
    assert finding.evidence[1].line == 11


def test_a_sentence_no_source_carries_is_unsupported(write_articles: Writer) -> None:
    draft = "Intro line here.\n\n   The governor visited the flooded school on Tuesday.\n"
    result = run(draft, {"wire.md": WIRE}, write_articles)
    finding = by_text(result)["The governor visited the flooded school on Tuesday."]
    assert finding.status is Status.UNSUPPORTED
    assert finding.sources == ()
    assert (finding.line, finding.column) == (3, 4)
    assert not finding.fails  # the default policy fails on conflicts only


def test_an_unsupported_claim_lists_the_source_claims_about_the_same_thing(
    write_articles: Writer,
) -> None:
    """ "More than 300" is not "dozens" (nor its contradiction): nothing states the draft's
    claim, and the finding says where a fact-checker should look."""
    sources = {
        "wire.md": "Source: Harbor Wire\n\nDozens of homes were flooded in Kelby on Friday.\n",
        "post.md": "Source: Valley Post\n\nThe council opened two shelters in Kelby.\n",
    }
    draft = "More than 300 homes were flooded in Kelby on Friday.\n"
    result = run(draft, sources, write_articles)
    (finding,) = result.findings
    assert finding.status is Status.UNSUPPORTED and finding.sources == ()
    assert [(e.relation, e.source, e.text) for e in finding.evidence] == [
        ("related", "Harbor Wire", "Dozens of homes were flooded in Kelby on Friday.")
    ]
    assert "    related Harbor Wire (" in render_check(result, CheckFormat.TEXT, RenderOptions())


def test_two_floors_of_one_count_fail_the_check(write_articles: Writer) -> None:
    """Each outlet's "more than N" is the count it has: a draft's "more than 300" against a
    source's "more than 200" is a discrepancy to settle before publishing."""
    sources = {
        "wire.md": "Source: Harbor Wire\n\nMore than 200 homes were flooded in Kelby on Friday.\n"
    }
    draft = "More than 300 homes were flooded in Kelby on Friday.\n"
    (finding,) = run(draft, sources, write_articles).findings
    assert finding.status is Status.CONFLICT and finding.fails
    assert [c.values for c in finding.conflicts] == [("More than 300", "More than 200")]


def test_unsupported_fails_when_the_policy_says_so(write_articles: Writer) -> None:
    draft = "The governor visited the flooded school on Tuesday.\n"
    result = run(
        draft, {"wire.md": WIRE}, write_articles, fail_on=(Status.CONFLICT, Status.UNSUPPORTED)
    )
    assert result.findings[0].fails
    assert result.summary.failing == 1
    assert result.failed


def test_the_draft_inside_the_sources_folder_does_not_support_itself(
    write_articles: Writer,
) -> None:
    folder = write_articles({"wire.md": WIRE, "draft.md": "The mayor resigned after the vote.\n"})
    result = check_draft(folder / "draft.md", [folder])
    assert [f.status for f in result.findings] == [Status.UNSUPPORTED]


def test_unreadable_draft_and_sources_are_input_errors(write_articles: Writer) -> None:
    folder = write_articles({"wire.md": WIRE, "empty.md": ""})
    with pytest.raises(InputError, match="draft"):
        check_draft(folder / "empty.md", [folder / "wire.md"])
    with pytest.raises(InputError, match="no source"):
        check_draft(folder / "wire.md", [folder / "missing"])


def test_html_comments_never_become_claims(write_articles: Writer) -> None:
    draft = "<!-- an editor's note about the storm coverage today -->\nThe mayor resigned.\n"
    result = run(draft, {"wire.md": WIRE}, write_articles)
    assert all("editor" not in f.text for f in result.findings)


# --- statuses read from analyse's clusters (a predictable stand-in engine) -----------------


@pytest.mark.usefixtures("fake_engine")
def test_a_contradiction_with_a_source_is_a_conflict_draft_side_first(
    write_articles: Writer,
) -> None:
    draft = "The storm killed 21 people in Harbor Town on Sunday.\n"
    result = run(draft, {"wire.md": WIRE, "herald.md": HERALD}, write_articles)
    (finding,) = result.findings
    assert finding.status is Status.CONFLICT
    assert finding.fails
    assert finding.sources == ("Harbor Wire", "Valley Herald")
    assert [c.values for c in finding.conflicts] == [("21", "12"), ("21", "12")]
    assert all(c.claim_ids[0].startswith("draft:") for c in finding.conflicts)
    assert {e.relation for e in finding.evidence} == {"conflicts"}
    assert result.summary.conflict == 1


def test_a_yearless_day_conflict_names_the_day_and_who_gave_no_year(
    write_articles: Writer,
) -> None:
    # the draft has no date, so its "March 3" is compared by day and month; the source's
    # clock time resolves to its own publication day, and the day shown is its weekday
    source = "---\nsource: Harbor Wire\ndate: 2026-03-02\n---\n"
    source += "The pier collapsed at about 4:40 a.m. on Monday in Harbor Town.\n"
    draft = "The pier collapsed on Tuesday, March 3 in Harbor Town.\n"
    result = run(draft, {"wire.md": source}, write_articles)
    (finding,) = result.findings
    assert finding.status is Status.CONFLICT
    (conflict,) = finding.conflicts
    assert conflict.values == ("Tuesday, March 3", "Monday")
    assert conflict.explanation.endswith("(draft gives no year: compared by day and month)"), (
        conflict.explanation
    )


@pytest.mark.usefixtures("fake_engine")
def test_a_republished_copy_counts_once(write_articles: Writer) -> None:
    draft = "The mayor resigned after the vote on Monday.\n"
    copy = "Source: Metro Daily\n\nThe mayor resigned after the vote on Monday.\n"
    wire = "Source: Harbor Wire\n\nThe mayor resigned after the vote on Monday.\n"
    result = run(draft, {"wire.md": wire, "copy-wire.md": copy}, write_articles)
    (finding,) = result.findings
    assert finding.status is Status.SUPPORTED
    assert finding.sources == ("Harbor Wire", "Metro Daily")
    assert finding.independent_sources == ("Harbor Wire",)
    assert finding.single_source
    assert [e.republishes for e in finding.evidence] == [None, "Harbor Wire"]
    assert not finding.fails
    strict = run(
        draft, {"wire.md": wire, "copy-wire.md": copy}, write_articles, fail_on_single_source=True
    )
    assert strict.findings[0].fails


# --- suppressions --------------------------------------------------------------------------


@pytest.mark.usefixtures("fake_engine")
def test_an_ignore_comment_turns_a_failing_run_into_a_passing_one(
    write_articles: Writer,
) -> None:
    draft = "The storm killed 21 people in Harbor Town on Sunday.\n"
    assert run(draft, {"wire.md": WIRE}, write_articles).failed
    ignored = run("<!-- claimtrack: ignore -->\n" + draft, {"wire.md": WIRE}, write_articles)
    (finding,) = ignored.findings
    assert finding.suppressed
    assert finding.suppressed_by == 1
    assert finding.status is Status.CONFLICT
    assert not ignored.failed
    assert ignored.summary.suppressed == 1
    assert ignored.summary.conflict == 0


@pytest.mark.usefixtures("fake_engine")
def test_an_ignore_comment_for_one_status_leaves_the_others(write_articles: Writer) -> None:
    draft = (
        "<!-- claimtrack: ignore unsupported -->\n"
        "The storm killed 21 people in Harbor Town on Sunday.\n"
        "The ferry stopped running for three days.\n"
        "\n"
        "The bridge stayed open all week long.\n"
    )
    result = run(draft, {"wire.md": WIRE}, write_articles)
    found = by_text(result)
    assert not found["The storm killed 21 people in Harbor Town on Sunday."].suppressed
    assert found["The ferry stopped running for three days."].suppressed
    assert not found["The bridge stayed open all week long."].suppressed  # next paragraph
    assert result.failed


def test_ignore_scopes() -> None:
    text = (
        "Line one is here.\n"  # 1
        "A claim. <!-- claimtrack: ignore conflict, unsupported -->\n"  # 2
        "<!-- claimtrack: ignore -->\n"  # 3
        "<!-- other comment -->\n"  # 4
        "\n"  # 5
        "Para line a.\n"  # 6
        "Para line b.\n"  # 7
        "\n"  # 8
        "After.\n"  # 9
    )
    first, second = find_suppressions(text)
    assert (first.first, first.last, first.statuses) == (
        2,
        2,
        frozenset({"conflict", "unsupported"}),
    )
    assert (second.comment_line, second.first, second.last, second.statuses) == (3, 6, 7, None)


def test_an_unknown_status_in_an_ignore_comment_is_a_usage_error() -> None:
    with pytest.raises(DataFileError, match="unknown status conflcit"):
        find_suppressions("<!-- claimtrack: ignore conflcit -->\nText.\n", "draft.md")


# --- baselines -----------------------------------------------------------------------------


@pytest.mark.usefixtures("fake_engine")
def test_a_baseline_accepts_known_findings_and_not_new_ones(write_articles: Writer) -> None:
    draft = "Intro.\n\nThe storm killed 21 people in Harbor Town on Sunday.\n"
    first = run(draft, {"wire.md": WIRE}, write_articles)
    assert first.failed
    accepted = baselines.parse(__import__("json").loads(baselines.to_json([first])))
    passing = with_baseline(first, accepted, Options())
    assert not passing.failed
    assert passing.findings[0].baselined
    assert passing.summary.baselined == 1

    # Moved down two lines and lightly edited: still the accepted finding.
    edited = "Intro.\n\nMore.\n\nThe storm killed 21 people in Harbor Town on Sunday!\n"
    folder = write_articles({"draft.md": edited})
    again = check_draft(folder / "draft.md", [folder / "sources"], baseline=accepted)
    assert again.findings[0].line == 5
    assert not again.failed

    # A new conflict, and a changed figure, are not in the baseline.
    added = edited + "\nThe storm killed 40 people in Harbor Town on Sunday.\n"
    folder = write_articles({"draft.md": added.replace("21 people", "31 people")})
    third = check_draft(folder / "draft.md", [folder / "sources"], baseline=accepted)
    assert [f.fails for f in third.findings] == [True, True]
    assert third.failed


def test_baseline_fuzzy_matching_needs_same_status_and_numbers() -> None:
    entry = baselines.BaselineEntry(
        fingerprint="x", status=Status.CONFLICT, text="The storm killed 21 people in town."
    )
    accepted = baselines.Baseline((entry,))

    def finding(text: str, status: Status = Status.CONFLICT) -> Finding:
        return Finding(
            text=text,
            line=1,
            column=1,
            end_line=1,
            end_column=2,
            status=status,
            fingerprint=baselines.fingerprint(text, status),
        )

    assert baselines.accepted([finding("The storm killed 21 people in the town.")], accepted)
    assert not baselines.accepted([finding("The storm killed 22 people in town.")], accepted)
    assert not baselines.accepted(
        [finding("The storm killed 21 people in town.", Status.UNSUPPORTED)], accepted
    )
    # One entry accepts one finding, not every repetition of it.
    twice = [finding("The storm killed 21 people in town.")] * 2
    assert baselines.accepted(twice, accepted) == {0}


def test_a_malformed_baseline_is_a_usage_error_and_a_missing_one_an_input_error(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"findings": []}')
    with pytest.raises(DataFileError, match="not a claimtrack baseline"):
        baselines.load(bad)
    with pytest.raises(InputError, match="--write-baseline"):
        baselines.load(tmp_path / "none.json")


def test_fingerprints_ignore_case_spacing_and_punctuation_but_not_status() -> None:
    a = baselines.fingerprint("The storm  killed 21 people.", Status.CONFLICT)
    assert a == baselines.fingerprint("the storm killed 21 people", Status.CONFLICT)
    assert a != baselines.fingerprint("The storm killed 21 people.", Status.UNSUPPORTED)


def test_baseline_entries_belong_to_their_draft_whatever_the_spelling_of_its_path() -> None:
    text = "The storm killed 21 people in town."
    entry = baselines.BaselineEntry(
        fingerprint=baselines.fingerprint(text, Status.CONFLICT),
        status=Status.CONFLICT,
        text=text,
        draft="drafts/storm.md",
    )
    finding = Finding(
        text=text, line=1, column=1, end_line=1, end_column=2, status=Status.CONFLICT,
        fingerprint=entry.fingerprint,
    )  # fmt: skip
    accepted = baselines.Baseline((entry,))
    assert baselines.accepted([finding], accepted, "./drafts/storm.md") == {0}
    assert baselines.accepted([finding], accepted, "drafts/other.md") == set()


def test_sharing_a_cluster_is_not_support() -> None:
    """The planted unsupported claim of the sample draft shares words and a day with a
    source's council meeting, and lands in its cluster; only a direct match supports it."""
    root = Path(__file__).resolve().parent.parent / "samples"
    result = check_draft(root / "drafts" / "iran-draft.md", [root / "iran-talks"])
    by_text = {f.text: f for f in result.findings}
    call = by_text[
        "Iran's president telephoned the Omani sultan on Sunday to explain the decision."
    ]
    assert call.status is Status.UNSUPPORTED
    assert call.sources == ()


def test_a_figure_the_sources_give_in_another_cluster_still_supports() -> None:
    """The sample fire draft's injury count lands with a wider claim about the fire at the
    plant; the source claims that give its figure sit in another cluster, and support it."""
    root = Path(__file__).resolve().parent.parent / "samples"
    result = check_draft(root / "drafts" / "fire-draft.md", [root / "factory-fire"])
    injured = next(f for f in result.findings if "injured" in f.text)
    assert injured.status is Status.SUPPORTED
    assert len(injured.independent_sources) == 2
    assert all(e.relation == "supports" and "injured" in e.text for e in injured.evidence)


FIRE_SOURCE = """---
source: Plant Wire
---
Fire officials said the roof of the storage hall collapsed overnight.

Twelve workers were injured, three of them critically, hospital officials said.

The company said it would pay for the repairs.
"""


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Twelve workers were injured in the fire at the plant.", Status.SUPPORTED),
        ("12 workers were hurt in the plant fire.", Status.SUPPORTED),
        ("The plant fire injured twelve workers.", Status.SUPPORTED),
        ("Twelve workers were killed in the fire at the plant.", Status.UNSUPPORTED),
        ("Twelve firefighters were injured in the fire at the plant.", Status.UNSUPPORTED),
        ("Twelve trucks were damaged in the fire at the plant.", Status.UNSUPPORTED),
    ],
)
def test_a_figure_supports_only_the_same_count_of_the_same_thing(
    write_articles: Writer, sentence: str, status: Status
) -> None:
    result = run(f"# Fire\n\n{sentence}\n", {"wire.md": FIRE_SOURCE}, write_articles)
    assert by_text(result)[sentence].status is status


def test_a_different_figure_is_no_support(write_articles: Writer) -> None:
    sentence = "Thirteen workers were injured in the fire at the plant."
    result = run(f"# Fire\n\n{sentence}\n", {"wire.md": FIRE_SOURCE}, write_articles)
    assert by_text(result)[sentence].status is not Status.SUPPORTED
