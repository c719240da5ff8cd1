"""A road or a site closed is told with a particle verb too ("blocked off", "sealed off",
"cordoned off", "closed off"): the close class (data/predicates.txt). "Blocked" alone
stops a bill or a move, no closure. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.normalize import normalize_text


@pytest.mark.parametrize(
    "text",
    [
        "Police have blocked off Route 9 north of Ferrow.",
        "Officers sealed off the square after the blast.",
        "The site was cordoned off on Tuesday.",
        "Crews closed off the tunnel overnight.",
        "Route 9 was shut between Ferrow and Dale.",
    ],
)
def test_a_closure_told_with_a_particle_verb_is_the_close_class(text: str) -> None:
    assert "close" in normalize_text(text).predicates


@pytest.mark.parametrize(
    "text",
    [
        "The senator blocked the nomination on Tuesday.",
        "Rebels blocked the convoy for two hours.",
        "The firm sealed a deal with Ferrow Bank.",
    ],
)
def test_blocking_or_sealing_alone_is_no_closure(text: str) -> None:
    assert "close" not in normalize_text(text).predicates
