"""Figures an outlet reports as someone's assertion without stating them: "what he said was
the rival's rate: 30 percent", "what the company called a loss of $4 million". Such a figure
is the speaker's, so it is never set against another outlet's figure as a NUMERIC conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.normalize import data_lines

#: Words between the figure and the "what X said" before it, at most ("what he said was
#: the Joneses' 2014 tax rate: 30 percent").
DISTANCE_WINDOW = 10


def distanced(text: str, figure: str) -> bool:
    """``figure`` (as written in ``text``) follows "what <someone> <says>" closely."""
    if "what" not in text.lower():
        return False  # most claims: no regular expression run
    index = text.find(figure)
    if index < 0:
        index = text.lower().find(figure.lower())
    if index < 0:
        return False
    before = text[:index]
    if ";" in before:
        before = before.rsplit(";", 1)[1]
    words = before.split()[-(DISTANCE_WINDOW + 5) :]
    return bool(_pattern().search(" ".join(words)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(re.escape(v.lower()) for v in data_lines("distancing_verbs.txt")))
    # "what" + one to four words naming the speaker + the verb, then at most
    # DISTANCE_WINDOW words up to the figure
    return re.compile(
        rf"\bwhat\s+(?:\S+\s+){{1,4}}?(?:{verbs})\b(?:\s+\S+){{0,{DISTANCE_WINDOW}}}\s*$",
        re.I,
    )
