"""A denial of the opposite act is no denial of the act told: "denied that the tunnel would
reopen" holds beside "the tunnel was closed" (data/antonyms.txt)."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.models import ConflictType


def _attribution(a: str, b: str) -> bool:
    return any(c.type is ConflictType.ATTRIBUTION for c in compare_claims(a, b).conflicts)


@pytest.mark.parametrize(
    ("told", "denial"),
    [
        ("The tunnel was closed for 14 months after a fire.",
         "The transport ministry denied that the tunnel would reopen in August."),
        ("The court acquitted Tom Berg of fraud.",
         "The ministry denied that the court had convicted Tom Berg of fraud."),
        ("The council banned the march.",
         "The council denied that it had allowed the march."),
    ],
)  # fmt: skip
def test_a_denied_opposite_act_is_no_conflict(told: str, denial: str) -> None:
    assert not _attribution(told, denial)
    assert not _attribution(denial, told)


@pytest.mark.parametrize(
    ("told", "denial"),
    [
        ("The tunnel would reopen in August, officials said.",
         "The transport ministry denied that the tunnel would reopen in August."),
        ("The court convicted Tom Berg of fraud, prosecutors said.",
         "The family denied that the court had convicted Tom Berg of fraud."),
    ],
)  # fmt: skip
def test_a_denial_of_the_same_act_still_conflicts(told: str, denial: str) -> None:
    assert _attribution(told, denial)
