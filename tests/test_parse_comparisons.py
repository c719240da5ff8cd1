"""A comparison's clause ("than analysts expected") is neither a speaker nor a hedge.

- A closing "..., much farther than the police first disclosed" compares the fact with
  what someone disclosed: "much farther than the police" is no speaker. A count of the
  speakers with "than" is one ("More than 100 doctors said ...").
- A cue that is the verb of a comparison's clause ("faster than analysts expected",
  "higher than they would", "than the rival could") hedges nothing of the claim; a cue
  before it, or a figure's "more than" before the main clause's cue, still decides.

Sentences are written for these tests; each rule has wordings where it must not fire."""

from __future__ import annotations

import pytest

from parse_helpers import parse


def _claims(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(c.text, c.attribution, c.certainty.value, c.certainty_cue) for c in parse(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The man ran into the hall, much farther than the police first disclosed.", None),
        ("The fare rose to $40, a price far higher than earlier estimates.", None),
        ("More than 100 doctors said the ward was unsafe.", "More than 100 doctors"),
        ("Fewer than a dozen officials said the plan had failed.", "Fewer than a dozen officials"),
    ],
)
def test_a_comparison_names_no_speaker(text: str, speaker: str | None) -> None:
    assert [claim[1] for claim in _claims(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "certainty", "cue"),
    [
        ("Sales rose much faster than analysts expected.", "asserted", None),
        ("The firm priced the boots higher than they would.", "asserted", None),
        ("The club cannot sign him any more than its rival could.", "asserted", None),
        ("The bill was higher than the council would admit.", "asserted", None),
        # the cue before the comparison is the claim's own
        ("The storm may be stronger than forecasters expected.", "hedged", "may"),
        # a figure's "more than": the cue after it is the main clause's
        ("More than 200 guests will be freed on Monday.", "planned", "will"),
        ("Something smaller than ten inches will be too small.", "planned", "will"),
    ],
)
def test_a_cue_in_a_comparison_hedges_nothing(text: str, certainty: str, cue: str | None) -> None:
    [(_, _, found, found_cue)] = _claims(text)
    assert (found, found_cue) == (certainty, cue)
