"""One sum told with two nouns for the body it came from: "Ruiz took £389,000 from the
trust over five years" / "Ruiz took about £412,000 from the charity over five years" give
two figures for one quantity (judge/figures.py, ``_sum_from_one_body``)."""

from __future__ import annotations

import pytest

from story_claims import conflict_values


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Ines Ruiz took £389,000 from the trust over five years.",
            "Ines Ruiz took about £412,000 from the charity over five years.",
        ),
        (
            "Vidar Holm stole $2.4 million from the museum over three years.",
            "Vidar Holm stole $3.1 million from the gallery over three years.",
        ),
        (
            "Ines Ruiz took £52,000 from the sanctuary in 2019.",
            "Ines Ruiz took £75,000 from the hospice in 2019.",
        ),
    ],
)
def test_one_doer_one_verb_one_span_two_body_nouns_is_one_sum(text_a: str, text_b: str) -> None:
    assert len(conflict_values(text_a, text_b)) == 1
    assert len(conflict_values(text_b, text_a)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # no shared span: sums from two bodies may differ
        ("Ines Ruiz took £5,000 from the church.", "Ines Ruiz took £2,000 from the trust."),
        # two spans
        (
            "Ines Ruiz took £5,000 from the charity over two years.",
            "Ines Ruiz took £2,000 from the trust over three years.",
        ),
        # two doers
        (
            "Ines Ruiz took £5,000 from the charity over two years.",
            "Piet Vale took £2,000 from the trust over two years.",
        ),
        # two verbs
        (
            "Ines Ruiz borrowed £5,000 from the charity over two years.",
            "Ines Ruiz took £2,000 from the trust over two years.",
        ),
        # not a body that speaks as one: a sum from a person or a place
        (
            "Ines Ruiz took £5,000 from the widow over two years.",
            "Ines Ruiz took £2,000 from the pensioner over two years.",
        ),
        # one claim names both bodies
        (
            "Ines Ruiz took £5,000 from the charity over two years, not from the trust.",
            "Ines Ruiz took £2,000 from the trust over two years.",
        ),
    ],
)
def test_sums_from_two_sources_are_not_compared(text_a: str, text_b: str) -> None:
    assert conflict_values(text_a, text_b) == []
    assert conflict_values(text_b, text_a) == []
