"""How long one act took, told two ways: "It took engineers eight months to repair the
tunnel" / "Engineers repaired the tunnel in three months" are one span (judge/figures.py,
``_taken_for``)."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.models import Conflict, ConflictType


def _numeric(a: str, b: str) -> list[Conflict]:
    return [c for c in compare_claims(a, b).conflicts if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("taken", "told", "values"),
    [
        ("It took engineers eight months to repair the tunnel.",
         "Engineers repaired the tunnel in three months.", ("eight", "three")),
        ("Firefighters took nearly six hours to contain the leak.",
         "Firefighters contained the leak within three hours.", ("nearly six", "three")),
        ("It will take about four weeks to clear the wreckage.",
         "Crews will clear the wreckage in two weeks.", ("about four", "two")),
    ],
)  # fmt: skip
def test_a_span_taken_for_an_act_meets_the_act_told_with_its_span(
    taken: str, told: str, values: tuple[str, str]
) -> None:
    conflicts = _numeric(taken, told)
    assert conflicts and conflicts[0].values == values
    back = _numeric(told, taken)
    assert back and back[0].values == (values[1], values[0])


@pytest.mark.parametrize(
    ("taken", "told"),
    [
        # the same span: no conflict
        ("It took engineers three months to repair the tunnel.",
         "Engineers repaired the tunnel in three months."),
        # another act: building is not repairing
        ("It took eight months to build the tunnel.",
         "Engineers repaired the tunnel in three months."),
        # two spans taken for two acts
        ("It took the crew six hours to reach the village.",
         "It took the crew two hours to clear the road."),
        # two spans taken for two acts, told with "take" as the other tells its act
        ("The crew took six hours to reach the village.",
         "It took the crew two hours to clear the road."),
    ],
)  # fmt: skip
def test_spans_of_other_acts_or_the_same_span_do_not_conflict(taken: str, told: str) -> None:
    assert not _numeric(taken, told)
    assert not _numeric(told, taken)
