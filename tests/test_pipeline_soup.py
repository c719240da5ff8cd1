"""A seeded fuzz of the whole run: small folders of articles built from claim-like pieces.

The parser has its own word soup (tests/test_properties.py) and a net for a sentence that
raises; normalize, match, judge and the renderers have none, so one odd input there ends a
journalist's ``report`` or ``check`` with a traceback. The pieces below are the ones the judge
reads (figures with units and approximators, dates, negations, ages, ranks, wholes, speakers,
reasons) around names shared by every article, so claims match and get judged.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimtrack import api
from claimtrack.models import Report
from claimtrack.options import Options
from claimtrack.render import CheckFormat, ReportFormat, render_checks, render_report

NAMES = ["Velcor Polymers", "Alan Brody", "the ministry", "Marta Quell", "Orvane Bank", "police"]
SUBJECTS = [
    *NAMES, "he", "they", "a 34-year-old man", "the largest union", "the second-largest bank",
    "all 14 workers", "the entire board", "no one", "dozens of people",
]  # fmt: skip
FIGURES = [
    "more than 1,200", "about 30%", "dozens", "12", "twelve", "$4 million", "5 tonnes",
    "8,000 kilograms", "at least seven", "nearly 40 percent", "up to 300", "half", "a third",
    "between 20 and 30", "hundreds", "0", "100%",
]  # fmt: skip
UNITS = ["people", "workers", "jobs", "votes", "deaths", "", "percent of the shares"]
VERBS = ["killed", "injured", "cut", "hired", "lost", "raised", "fined", "closed", "resigned"]
NEGATIONS = ["did not", "denied that it", "never", "was not", "refused to"]
WHEN = [
    "on Monday", "last week", "May 1, 2026", "two years ago", "in 2019", "yesterday",
    "on March 3", "at 2:15 a.m.", "next month", "Feb. 30, 2026",
]  # fmt: skip
SPEAKERS = ["said", "told reporters", "said in a statement", "according to", "denied"]
REASONS = ["citing", "in protest over", "because of", "after"]
RANKS = ["the largest", "second-largest", "the first", "the only"]
FRONT_MATTER_DATES = ["2026-03-10", "2026-05-01", "2026-13-01", "2026-02-30", "not a date"]


def _piece(rng: random.Random) -> str:
    who, figure, verb = rng.choice(SUBJECTS), rng.choice(FIGURES), rng.choice(VERBS)
    name, unit, when = rng.choice(NAMES), rng.choice(UNITS), rng.choice(WHEN)
    return rng.choice(
        [
            f"{who} {verb} {figure} {unit} {when}",
            f"{who} {rng.choice(NEGATIONS)} {verb} {figure} {unit}",
            f"{name} {rng.choice(SPEAKERS)} {who} {verb} {figure} {unit}",
            f"{figure} {unit} were {verb} {when}, {rng.choice(SPEAKERS)} {name}",
            f"{who} is {rng.choice(RANKS)} {unit or 'company'} in {name}",
            f"{who} {verb} {rng.choice(REASONS)} {name} {when}",
            f"“{who} {verb} {figure},” {name} said",
            f"{who}, {rng.choice(['34', '61', '0'])}, {verb} {when}",
            f"all {figure} {unit} {verb} but {who} {verb} {rng.choice(FIGURES)} {when}",
        ]
    )


def _sentence(rng: random.Random) -> str:
    text = rng.choice([", ", " and ", "; "]).join(_piece(rng) for _ in range(rng.choice([1, 1, 2])))
    return text[:1].upper() + text[1:] + rng.choice([".", ".", "?", "", ".”"])


def _article(rng: random.Random) -> str:
    body = "\n\n".join(
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))
    )
    if rng.random() < 0.5:
        date = rng.choice(FRONT_MATTER_DATES)
        return f"---\nsource: Wire {rng.randrange(3)}\ndate: {date}\n---\n\n{body}\n"
    return body + "\n"


def _folder(rng: random.Random, root: Path) -> list[Path]:
    root.mkdir()
    paths = [root / f"a{i}.md" for i in range(rng.randint(2, 5))]
    for path in paths:
        path.write_text(_article(rng), encoding="utf-8")
    return paths


def assert_report_is_whole(report: Report) -> None:
    ids = {claim.id for claim in report.claims}
    for cluster in report.clusters:
        assert set(cluster.claim_ids) <= ids
        assert cluster.representative_id in cluster.claim_ids
        for conflict in cluster.conflicts:
            assert set(conflict.claim_ids) <= set(cluster.claim_ids)
        for note in cluster.certainty_notes:
            assert set(note.claim_ids) <= set(cluster.claim_ids)


def test_random_folders_run_through_report_and_check_in_every_format(tmp_path: Path) -> None:
    rng = random.Random(24)
    options = Options(jobs=1)
    judged = 0
    for n in range(30):
        paths = _folder(rng, tmp_path / str(n))
        report = api.build_report([paths[0].parent], options)
        assert_report_is_whole(report)
        judged += sum(len(c.claim_ids) > 1 for c in report.clusters)
        for report_format in ReportFormat:
            assert render_report(report, report_format)
        result = api.check_draft(paths[0], paths[1:], options)
        for check_format in CheckFormat:
            assert render_checks([result], check_format)
    assert judged > 30  # the pieces do make claims that match across articles


def test_the_whole_report_check_has_teeth(tmp_path: Path) -> None:
    paths = _folder(random.Random(3), tmp_path / "run")
    report = api.build_report([paths[0].parent], Options(jobs=1))
    cluster = report.clusters[0]
    broken = cluster.model_copy(update={"claim_ids": (*cluster.claim_ids, "missing")})
    with pytest.raises(AssertionError):
        assert_report_is_whole(report.model_copy(update={"clusters": (broken,)}))
