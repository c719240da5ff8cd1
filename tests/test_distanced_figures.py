"""A figure an outlet reports as someone's assertion ("what he said was ... 30 percent") is
that person's, never set against another outlet's figure; the outlet's own figures in the
same sentence, and figures merely said by someone, still are."""

from __future__ import annotations

import pytest

from claimtrack.judge.distance import distanced
from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "He contrasted that with what he said was the Lindqvists' tax rate: 30 percent.",
            "30 percent",
        ),
        ("The board disputed what the company called a loss of $4 million.", "$4 million"),
        ("Auditors questioned what the ministry claimed were savings of 12 percent.", "12 percent"),
        ("Critics mocked what Ortega described as a crowd of 50,000 people.", "50,000"),
    ],
)
def test_a_figure_after_what_someone_says_is_distanced(text: str, figure: str) -> None:
    assert distanced(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the outlet's own figure, before the reported one
        (
            "His tax rate was 36 percent, and he contrasted it with what he said was theirs.",
            "36 percent",
        ),
        # said, but not "what ... said": an attributed figure is still a figure
        ("The ministry said savings reached 12 percent.", "12 percent"),
        # "what" without a verb of saying
        ("He said what matters is that 30 people were rescued.", "30"),
    ],
)
def test_other_figures_are_not_distanced(text: str, figure: str) -> None:
    assert not distanced(text, figure)


def test_a_distanced_figure_is_no_conflict_and_a_stated_one_is() -> None:
    reported = (
        "The senator contrasted that with what he said was the Lindqvists' 2014 tax rate:"
        " 30 percent."
    )
    stated = "The Lindqvists' 2014 tax rate was 30 percent."
    record = "The Lindqvists' 2014 tax rate was 45.8 percent."
    assert conflict_values(reported, record) == []
    assert conflict_values(stated, record) == [("30 percent", "45.8 percent")]
