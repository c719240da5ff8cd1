"""Who says a claim: "according to X", "X said (that)", "..., X said", "a spokesperson for X".

``find_attribution(text)`` returns the speaker, the cue and where the content stands in
``text``; the claim's text becomes the content. Verbs marked "hedged" in
``data/attribution_verbs.txt`` ("claimed", "believes") make the claim hedged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.parse import tables


class Attribution(NamedTuple):
    speaker: str
    cue: str
    content_start: int
    content_end: int
    quoted: bool
    hedged: bool


# A speaker: a short noun phrase without clause punctuation (bounded, lazy: linear time).
_SPEAKER = r"(?P<speaker>[^,;:\"“”()]{2,70}?)"
_TAIL = r"(?P<tail>(?:[ \t]+(?:on|in|at|to|during|late|early|last|this|from)\b[^,;\"“”]{1,50}?)?)"
_OPEN_QUOTE = "\"“‘'"
_CLOSE_QUOTE = "\"”’'"
_NOT_SPEAKER = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|not|which|who|that|"
    r"it|this|these|those|there|if|when|while|because)\b",
    re.I,
)
_VAGUE = re.compile(r"^(?:it|this)\b", re.I)


@lru_cache(maxsize=1)
def _verbs() -> dict[str, bool]:
    return {verb.lower(): flag == "hedged" for verb, flag in tables.pairs("attribution_verbs.txt")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    verbs = "|".join(sorted(_verbs(), key=lambda v: (-len(v), v)))
    verb = rf"(?P<verb>{verbs})"
    adverb = r"(?:(?:also|publicly|repeatedly|previously|later|again|earlier)[ \t]+)?"
    aux = r"(?:(?:has|have|had)[ \t]+)?"
    told = r"(?:[ \t]+(?P<object>(?:the[ \t]+)?[A-Z]?[\w.'’-]{1,25}(?:[ \t][\w.'’-]{1,25}){0,3}))?"
    return (
        # According to X, CONTENT.
        re.compile(rf"^according[ \t]+to[ \t]+{_SPEAKER},[ \t]+(?P<content>.+)$", re.I | re.S),
        # CONTENT, according to X.
        re.compile(rf"^(?P<content>.+?),?[ \t]+according[ \t]+to[ \t]+{_SPEAKER}[.!]?$", re.S),
        # "CONTENT," X said (on Monday). / CONTENT, X said.
        re.compile(
            rf"^(?P<content>.+?)[,.!?]?(?P<q>[\"”’']?),?[ \t]+{_SPEAKER}[ \t]+{aux}{adverb}"
            rf"{verb}{_TAIL}[.!]?$",
            re.S,
        ),
        # "CONTENT," said X.
        re.compile(
            rf"^(?P<content>.+?)[,.!?]?(?P<q>[\"”’']?),?[ \t]+{verb}[ \t]+{_SPEAKER}{_TAIL}[.!]?$",
            re.S,
        ),
        # X said (on Monday) (that) CONTENT. / X told reporters that CONTENT.
        re.compile(
            rf"^{_SPEAKER}[ \t]+{aux}{adverb}{verb}(?:{told}[ \t]+that|{_TAIL}(?:,|[ \t]+that|:))"
            rf"[ \t]+(?P<content>.+)$",
            re.S,
        ),
        # X said CONTENT (no "that": only with verbs that take a clause directly).
        re.compile(
            rf"^{_SPEAKER}[ \t]+{aux}{adverb}(?P<verb>said|says|say|believes|believe|thinks|"
            rf"think|claimed|claims|insisted|insists|warned|warns|added|adds|told[ \t]+reporters)"
            rf"{_TAIL}[ \t]+(?P<content>(?:[\w’'-]+[ \t]+){{2}}.+)$",
            re.S,
        ),
    )


def find_attribution(text: str) -> Attribution | None:
    """The speaker of the statement in ``text`` and the span of its content, or None."""
    for number, pattern in enumerate(_patterns()):
        match = pattern.match(text)
        if match is None:
            continue
        speaker = _clean_speaker(match.group("speaker"))
        if speaker is None:
            continue
        if number >= 2 and match.group("verb").lower() in ("found", "showed", "shows"):
            continue
        start, end = match.span("content")
        start, end, quoted = _unquote(text, start, end)
        if end - start < 8:
            continue
        verb = match.groupdict().get("verb")
        cue = "according to" if verb is None else verb.lower().split()[0]
        return Attribution(speaker, cue, start, end, quoted, _verbs().get(cue, False))
    return None


def _clean_speaker(raw: str) -> str | None:
    speaker = " ".join(raw.split()).strip(" -—–")
    if len(speaker) < 2 or len(speaker.split()) > 9:
        return None
    if _NOT_SPEAKER.search(speaker) or _VAGUE.match(speaker):
        return None
    return speaker


def _unquote(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Content inside quotation marks is a direct quotation; the marks are not content."""
    while end > start and text[end - 1] in " \t,":
        end -= 1
    quoted = False
    if start < end and text[start] in _OPEN_QUOTE and text[end - 1] in _CLOSE_QUOTE:
        start, end, quoted = start + 1, end - 1, True
    elif start < end and text[start] in '"“' and text.count("”", start, end) == 0:
        start, quoted = start + 1, True
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end, quoted
