"""How long one act lasted, told in two units of time: "was closed for 14 months" / "was
closed for two years" conflict, "lasted six weeks" / "lasted 42 days" agree
(judge/conversions.py, ``spans_compatible``; judge/figures.py, ``_own_span``). Spans things
are counted in, spent somewhere, glued to a noun, of two things or of a past year are not
compared."""

from __future__ import annotations

import pytest

from claimtrack import compare_claims
from claimtrack.judge.conversions import span_units_apart, spans_compatible
from claimtrack.models import Conflict, ConflictType, NumberMention


def _numeric(a: str, b: str) -> list[Conflict]:
    return [c for c in compare_claims(a, b).conflicts if c.type is ConflictType.NUMERIC]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        ("The bridge was closed for 14 months.",
         "The bridge was closed for two years.", ("14", "two")),
        ("The ferry service was suspended for three weeks.",
         "The ferry service was suspended for 40 days.", ("three", "40")),
        ("The strike by tram drivers lasted six weeks.",
         "The strike by tram drivers lasted 60 days.", ("six", "60")),
        ("It took engineers eight months to repair the tunnel.",
         "It took engineers two years to repair the tunnel.", ("eight", "two")),
        ("The road was closed for more than two years.",
         "The road was closed for 14 months.", ("more than two", "14")),
        ("Repairs closed the viaduct for 14 months.",
         "The viaduct was shut for two years.", ("14", "two")),
    ],
)  # fmt: skip
def test_one_length_in_two_units_that_differ_conflicts(
    a: str, b: str, values: tuple[str, str]
) -> None:
    conflicts = _numeric(a, b)
    assert conflicts and conflicts[0].values == values
    back = _numeric(b, a)
    assert back and back[0].values == (values[1], values[0])


def test_the_explanation_converts_the_other_length() -> None:
    conflicts = _numeric(
        "The bridge was closed for 14 months.", "The bridge was closed for two years."
    )
    assert conflicts
    assert "14 months" in conflicts[0].explanation
    assert "two years (about 24 months)" in conflicts[0].explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one length, converted
        ("The museum annex was shut for 12 months.", "The museum annex was shut for one year."),
        ("The strike lasted six weeks.", "The strike lasted 42 days."),
        ("The talks lasted almost 36 hours.", "The talks lasted two days."),
        ("The port was closed for 72 hours.", "The port was closed for three days."),
        # "two years" is written to the half year: 18 months may round to it
        ("The bridge was closed for 18 months.", "The bridge was closed for two years."),
        # a span things are counted in is no length of an act
        ("It was the third inquiry into the bridge in five years.",
         "It was the third inquiry into the bridge in 14 months."),
        ("The bridge was closed for the second time in five years.",
         "The bridge was closed for 14 months."),
        ("Inflation rose to its highest level for 14 months.",
         "Inflation rose to its highest level for two years."),
        ("It was the first strike by tram drivers for 14 months.",
         "It was the first strike by tram drivers for two years."),
        # where a span was spent
        ("Ortiz spent four years in the navy.", "Ortiz spent 30 months in the navy."),
        # a span glued to a noun
        ("The bridge reopened after a 14-month closure.", "The bridge was closed for two years."),
        # two things closed
        ("The bridge was closed for 14 months.", "The tunnel was closed for two years."),
        # a past occasion dated by its year
        ("The bridge was closed for two years in 2019.", "The bridge was closed for 14 months."),
        # "the last two years" is a window, no verb "last"
        ("Traffic on the bridge has doubled in the last two years.",
         "Traffic on the bridge doubled within 14 months."),
        # spans taken for two acts
        ("It took the crew two days to reach the village.",
         "It took the crew six hours to clear the road."),
    ],
)  # fmt: skip
def test_one_length_or_two_spans_do_not_conflict(a: str, b: str) -> None:
    assert not _numeric(a, b)
    assert not _numeric(b, a)


def _span(
    low: float | None, high: float | None, unit: str, *, approximate: bool = False
) -> NumberMention:
    return NumberMention(
        text="x", start=0, end=1, low=low, high=high, unit=unit, approximate=approximate
    )


def test_span_units_apart_needs_two_units_of_time() -> None:
    assert span_units_apart(_span(14, 14, "month"), _span(2, 2, "year"))
    assert not span_units_apart(_span(14, 14, "month"), _span(20, 20, "month"))
    assert not span_units_apart(_span(14, 14, "month"), _span(2, 2, "km"))
    assert not span_units_apart(_span(14, 14, "month"), _span(2, 2, "%"))


def test_spans_compatible_reads_each_to_its_written_precision() -> None:
    assert not spans_compatible(_span(14, 14, "month"), _span(2, 2, "year"))
    assert spans_compatible(_span(12, 12, "month"), _span(1, 1, "year"))
    assert spans_compatible(_span(6, 6, "week"), _span(42, 42, "day"))
    assert not spans_compatible(_span(6, 6, "week"), _span(60, 60, "day"))
    # an open bound reaches as far as it says
    assert not spans_compatible(_span(2, None, "year", approximate=True), _span(14, 14, "month"))
    assert spans_compatible(_span(None, 2, "year", approximate=True), _span(14, 14, "month"))
