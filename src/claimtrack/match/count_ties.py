"""One count of one kind of thing few claims of a run give: two claims that tell it are put
side by side.

"Fourteen people were taken to hospital" and "The ambulance service took 14 fans to Orrick
General", "Some 9,200 supporters were inside the ground" and "There were 9,200 people in the
ground": each pair tells one figure of one kind of counted thing, in words (and a voice) the
other does not use, so the model, fitted on paraphrases that share most words, scores it low.
In a run where only a few claims give that count, two articles' claims that give it, of nouns
of one kind (data/count_tie_nouns.txt), and share a word of what happened besides, tell one
fact (``count_tied_pairs``). A grouping rule of the report, as ``measure_ties`` is: the scores
and the similarity of a pair (``score_keys``) do not change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np

from claimtrack.match.frames import unit_words
from claimtrack.match.measure_ties import (
    MAX_TELLINGS,
    open_rows,
    parties_named_apart,
    tying_units,
)
from claimtrack.match.occasions import past_occasions_apart, past_years, previous_occasions_apart
from claimtrack.match.pairs import ScoredPairs
from claimtrack.match.table import BoolArray
from claimtrack.normalize import ENTITY_PREFIX, MatchKey, data_lines, normalize_text, stem

#: The kind of an [everyone] noun ("people"): it ties with a count of any [people] kind.
#: The kinds of the file's lines are written "#" and the line's number; a word of none is
#: its own kind ("212 passengers" / "212 passengers").
EVERYONE = "#everyone"


def told_counts(key: MatchKey) -> frozenset[tuple[str, str]]:
    """The counts the key's text gives, each a figure and the kind of the word right after it
    (data/count_tie_nouns.txt, else the word itself): ("14", kind of "fans"). Not a figure
    below ``MIN_COUNT``; not a measure or an amount ("40 minutes", "6,000
    litres", "20mg", "$400": data/units.tsv, the measure ties') nor a figure's second part
    ("6 40" of "6:40")."""
    if not key.numbers:
        return frozenset()
    kinds = _noun_kinds()
    return frozenset(
        (figure, kinds.get(word, word))
        for figure, word in pairwise(key.text.split())
        if figure in key.numbers and _counted_figure(figure) and _counted_word(word, key)
    )


#: The least figure a count ties on: fewer things are told of too often as a reference
#: ("the two countries", "both teams", "the three sides"), not a count a story reports.
MIN_COUNT = 10


def _counted_figure(figure: str) -> bool:
    try:
        return float(figure) >= MIN_COUNT
    except ValueError:
        return False


def _counted_word(word: str, key: MatchKey) -> bool:
    return (
        word not in key.numbers
        and word not in tying_units()
        and word not in unit_words()
        and not word.startswith(("@", ENTITY_PREFIX))
        # a unit's abbreviation no table lists ("20mg", "5kg"), or a letter ("6 a.m.")
        and len(word) > 2
    )


def kinds_meet(a: str, b: str) -> bool:
    """Two counted nouns count one set: one kind, or everyone and a kind of people."""
    if a == b:
        return True
    other = b if a == EVERYONE else a if b == EVERYONE else ""
    return other in _people_kinds()


def counts_meet(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Some count of ``a`` is one of ``b``: the same figure, of nouns whose kinds meet."""
    return any(fa == fb and kinds_meet(ka, kb) for fa, ka in a for fb, kb in b)


def count_tied(a: MatchKey, b: MatchKey) -> bool:
    """The two claims give one count (``counts_meet``) and share a word of what happened
    besides its figure and nouns ("taken", "ground"): "14 fans were arrested" and "14
    people were taken to hospital" count two sets. Two earlier occasions, or two years,
    are two sets counted alike ("In 2011, 30 fans were injured" / "In 2016, 30 supporters
    were hurt")."""
    counts_a, counts_b = told_counts(a), told_counts(b)
    if not counts_meet(counts_a, counts_b) or _years_apart(a, b):
        return False
    if past_occasions_apart(a, b) or previous_occasions_apart(a, b):
        return False
    if parties_named_apart(a, b) or _events_apart(a, b):
        return False
    return bool(_event_words(a) & _event_words(b))


def _events_apart(a: MatchKey, b: MatchKey) -> bool:
    """Both claims name what befell those counted (data/counted_events.txt), and not the
    same: "14 fans were taken to hospital after the match" / "Police arrested 14 fans after
    the match"."""
    events_a, events_b = told_events(a), told_events(b)
    return bool(events_a) and bool(events_b) and events_a != events_b


def told_events(key: MatchKey) -> frozenset[str]:
    """The events of data/counted_events.txt the key names: a member word among its tokens
    ("arrested" as its predicate class), or a member phrase in its surface ("to hospital")."""
    words, phrases = _counted_event_members()
    told = {words[t] for t in key.tokens if t in words}
    told.update(event for phrase, event in phrases if f" {phrase} " in f" {key.surface} ")
    return frozenset(told)


def _years_apart(a: MatchKey, b: MatchKey) -> bool:
    years_a, years_b = past_years(a), past_years(b)
    return bool(years_a) and bool(years_b) and years_a.isdisjoint(years_b)


def _event_words(key: MatchKey) -> frozenset[str]:
    """The key's words other than figures, the words right after them (what they count),
    prepositions and names: what the claim says befell them, or where ("ground"). A name
    alone is a setting two events share, "after" a word of any two."""
    words = key.text.split()
    counted = {word for figure, word in pairwise(words) if figure in key.numbers}
    return frozenset(
        w
        for w in words
        if w not in key.numbers
        and w not in counted
        and w not in _noun_kinds()
        and w not in _prepositions()
        and not w.startswith(ENTITY_PREFIX)
    )


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """data/prepositions.txt as a key writes them: "after" ties no two acts."""
    return frozenset(stem(line) for line in data_lines("prepositions.txt"))


def count_tied_pairs(pairs: ScoredPairs, keys: Sequence[MatchKey]) -> BoolArray:
    """The scored pairs that give one count at most ``MAX_TELLINGS`` claims of the run give
    (``keys`` are the run's claims), ``count_tied``, with no veto and neither other events nor
    other parties. Reads the keys' ``text``: call it before ``normalize.drop_scoring_texts``."""
    out = np.zeros(len(pairs), dtype=bool)
    if not len(pairs):
        return out
    counts = [told_counts(key) for key in keys]
    tellings = Counter(figure for told in counts for figure in {f for f, _ in told})
    rare = [frozenset(c for c in told if tellings[c[0]] <= MAX_TELLINGS) for told in counts]
    rows = np.flatnonzero(open_rows(pairs, rare))
    out[rows] = [
        counts_meet(rare[i], rare[j]) and count_tied(keys[i], keys[j])
        for i, j in zip(pairs.left[rows].tolist(), pairs.right[rows].tolist(), strict=True)
    ]
    return out


@lru_cache(maxsize=1)
def _noun_kinds() -> dict[str, str]:
    """Each noun's stem -> its kind: "#" and its line number in the file, ``EVERYONE`` for
    the [everyone] nouns."""
    kinds: dict[str, str] = {}
    section = ""
    for number, line in enumerate(data_lines("count_tie_nouns.txt")):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for word in line.split():
            kinds[stem(word)] = EVERYONE if section == "everyone" else f"#{number}"
    return kinds


@lru_cache(maxsize=1)
def _people_kinds() -> frozenset[str]:
    """The kinds of the [people] lines."""
    lines = data_lines("count_tie_nouns.txt")
    start = lines.index("[people]")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
    return frozenset(f"#{number}" for number in range(start + 1, end))


@lru_cache(maxsize=1)
def _counted_event_members() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """data/counted_events.txt as (key token -> event, (surface phrase, event) pairs)."""
    words: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for line in data_lines("counted_events.txt"):
        event, _, members = line.partition(":")
        for member in (m.strip() for m in members.split(",")):
            if " " in member:
                phrases.append((member, event.strip()))
                continue
            token = normalize_text(member).text
            if token and " " not in token:
                words[token] = event.strip()
    return words, tuple(phrases)
