"""Rules found by reading reports on six stories the project had never seen (a court
ruling, a kettle recall, a mayoral count, a storm, a rail strike, a football transfer),
each tested in wordings of its own, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimtrack.models import Certainty
from claimtrack.parse.certainty import find_certainty

# --- "plans to" as a noun: "a strike over plans to cut staff" tells no plan ------------------


@pytest.mark.parametrize(
    "text",
    [
        "A two-day walkout began on Monday over plans to close three depots.",
        "Residents marched against the plan to build a second runway.",
        "The firm's plans to expand abroad were approved by the board.",
        "The minister defended her plans to raise the tax.",
        "Nurses voted to strike amid plans to cut night shifts.",
    ],
)
def test_plans_as_a_noun_is_no_plan(text: str) -> None:
    assert find_certainty(text).certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    "text",
    [
        "The union plans to strike again in October.",
        "The council said it plans to sell the depot.",
        "Ministers plan to cut the budget next year.",
        "Southline plans to hire replacement drivers.",
    ],
)
def test_plans_as_a_verb_still_plans(text: str) -> None:
    found = find_certainty(text)
    assert (found.certainty, found.cue) in {
        (Certainty.PLANNED, "plans to"),
        (Certainty.PLANNED, "plan to"),
    }
