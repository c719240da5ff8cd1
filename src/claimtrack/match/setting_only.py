"""Two claims tied only by the setting they share: a place, a thing, a name, a small figure,
and nothing of what happens there (``setting_only``). "The town plans to build a swimming
pool on the old depot" / "Maria Keller runs the cafe next to the old depot"; "Water up to the
doors on Kiln Street" / "Joan Pike has lived on Kiln Street for 31 years". A strong
frame similarity reads such a pair as one event frame (most of a short claim's words are
shared), while the paraphrase model, fitted on statements, sees next to nothing of one
statement in it: the link by similarity alone needs something of the act shared besides."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from claimtrack.match.features import PairBatch
from claimtrack.match.frames import (
    STRONG_SIMILARITY,
    _acts_framed_alike,
    figures_apart,
    one_telling,
)
from claimtrack.match.names import name_variants, plain_words
from claimtrack.match.table import (
    _YEAR,
    FloatArray,
    IntArray,
    _month_tokens,
    _without_not,
    untying_words,
    when_words,
)
from claimtrack.normalize import MatchKey, stem

#: Match score under which a pair tied by frame similarity alone must share something of the
#: act (``setting_only``): the paraphrase model sees next to nothing of one statement.
SETTING_ONLY_SCORE = 15.0
#: The same for a pair of which one claim has no verb (a caption, a heading, a fragment: "A
#: bus depot in a market town"): it tells no act at all, and its few words are all setting,
#: so a higher model score is needed before the shared setting counts as one statement; and
#: for a pair whose shared figure counts two things (``_figure_of_two_things``: "more than
#: 40 sites" / "more than 40 volunteers"), which lifts the frame similarity alone.
VERBLESS_SCORE = 40.0
#: Shared names and content words (no words of when, no vague words), together, that tie two
#: claims however their acts are told: "Routine tests found E. coli bacteria in the town's
#: water supply" / "... after E. coli bacteria were detected in routine samples"; "Collusion
#: was a phony crime" / "... a made up, phony crime, Collusion".
CONTENT_WORDS = 3
#: Names two claims share that tie them whatever else they say: two parties, or a party and
#: a place ("Okafor's business deals in Lisbon" / "Daniel Okafor ... a Lisbon property
#: deal"); one name is one setting ("the Sea Queen", "Kiln Street").
NAMES = 2
#: A shared figure at least this large (a year aside) ties two claims whatever it counts in
#: each ("9,200 fans" / "a crowd of 9,200"); a smaller one only when it counts the same
#: thing in both ("40 volunteers" / "forty volunteers", not "40 sites").
LARGE_FIGURE = 100.0
#: Figures two claims share that tie them whatever they count ("aged 16 and 13" / "the older
#: girl, 16, and her sister, 13").
FIGURES = 2


def setting_only(a: MatchKey, b: MatchKey) -> bool:
    """The claims share no act and little else: no predicate class, no frame of both main
    verbs (``frames._acts_framed_alike``), no main verb of one among the other's words ("is"
    and "has" aside), no figure that ties (``_figures_tie``), fewer than ``NAMES`` names,
    and fewer than ``CONTENT_WORDS`` content words besides names, words of when and vague
    words (or any number of them when a claim has no verb: a caption or a heading). What
    they share is where or what (a depot, a street, a town, a ship), not what happened."""
    if not a.predicates.isdisjoint(b.predicates) or _acts_framed_alike(a, b):
        return False
    if _verb_shared(a, b) or _verb_shared(b, a):
        return False
    if _figures_tie(a, b) or _name_count(a, b) >= NAMES:
        return False
    if not a.verb or not b.verb:
        return True  # a caption or a heading: its few words are all setting
    return len(_content_shared(a, b)) + _name_count(a, b) < CONTENT_WORDS


def _verb_shared(a: MatchKey, b: MatchKey) -> bool:
    """``a``'s main verb stands among ``b``'s words, and it is more than a link ("is")."""
    return bool(a.verb) and a.verb not in _linking_stems() and a.verb in b.tokens


@lru_cache(maxsize=1)
def _linking_stems() -> frozenset[str]:
    """ "be" and "have" in every form, as a key writes them: "The Sea Queen is the only
    ship ..." / "The Sea Queen is one of three ships ..." share "is", not an act. (Other
    linking verbs tell a state that may be the fact: "are staying at the school gym" /
    "are sheltering in the gym".)"""
    return frozenset(stem(w) for w in _BE_AND_HAVE)


_BE_AND_HAVE = ("be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having")


def _figures_tie(a: MatchKey, b: MatchKey) -> bool:
    """The claims give figures that tie them: one that counts one thing in both (their
    ``number_contexts`` meet: "2,000 troops" / "2,000 American troops"), one that is no
    year and is no figure of two things (``_figure_of_two_things``), ``FIGURES`` or more that
    are no year, one of ``LARGE_FIGURE`` or more that is no year, one day of one month in
    both ("on October 30"), or one figure rounded in one of them (``frames.figures_apart``).
    """
    shared = a.numbers & b.numbers
    if not shared:
        # one figure rounded in one telling: "$13.6 million" / "$13,625,777"
        return bool(a.numbers) and bool(b.numbers) and not figures_apart(a.numbers, b.numbers)
    if not a.number_contexts.isdisjoint(b.number_contexts):
        return True
    counts = {n for n in shared if not _YEAR.fullmatch(n)}
    if counts and not _figure_of_two_things(a, b):
        return True  # "Malia was 16" / "... were aged 16 and 13": nothing says it counts two
    if len(counts) >= FIGURES or any(_value(n) >= LARGE_FIGURE for n in counts):
        return True
    return bool(_days_of_a_month(a) & _days_of_a_month(b) & shared)


def _value(number: str) -> float:
    try:
        return float(number)
    except ValueError:
        return 0.0


def _days_of_a_month(key: MatchKey) -> frozenset[str]:
    """The key's figures written right after a month's name ("october 30")."""
    words = key.text.split()
    months = _month_tokens()
    return frozenset(
        words[i] for i in range(1, len(words)) if words[i - 1] in months and words[i] in key.numbers
    )


def _content_shared(a: MatchKey, b: MatchKey) -> frozenset[str]:
    """The words both claims hold outside their names, class tokens and figures, that say
    more than when or a vague amount. (The run's topic words count: "agency nurses ... to
    cover" in a story of a nurses' strike ties what "nurses" alone would not.)"""
    untied = untying_words() | when_words() | a.numbers
    return frozenset(
        w for w in _shared(a, b) - _names_shared(a, b) if w not in untied and not w.startswith("@")
    )


def _names_shared(a: MatchKey, b: MatchKey) -> frozenset[str]:
    """The tokens both claims hold that are a name or a word of one in either."""
    shared = _shared(a, b)
    return shared - frozenset(plain_words(a)) | shared - frozenset(plain_words(b))


def _name_count(a: MatchKey, b: MatchKey) -> int:
    """The names both claims give: shared name tokens, and a name one gives in full and the
    other by its surname ("Daniel Okafor" / "Okafor's": ``name_variants``)."""
    return len(_names_shared(a, b)) + name_variants(a.tokens, b.tokens)


def _shared(a: MatchKey, b: MatchKey) -> frozenset[str]:
    return frozenset(_without_not(a.tokens)).intersection(_without_not(b.tokens))


def setting_only_rows(
    batch: PairBatch, similarity: FloatArray, tying: IntArray, scores: FloatArray
) -> IntArray:
    """Rows of the strong pairs, still tied, that the model scores under
    ``SETTING_ONLY_SCORE`` (``VERBLESS_SCORE`` when a claim has no verb or the shared
    figure counts two things) and that share only
    a setting (``setting_only``), looked at pair by pair."""
    claims = batch.claims
    rows = np.flatnonzero(
        (similarity >= STRONG_SIMILARITY) & (tying > 0) & (scores < VERBLESS_SCORE)
    )
    # a predicate class in common is an act shared: such pairs are not looked at one by one
    rows = rows[batch.subset(rows).common(claims.predicates) == 0]
    keys = claims.keys
    apart = [
        setting_apart(keys[i], keys[j], score)
        for i, j, score in zip(
            batch.left[rows].tolist(),
            batch.right[rows].tolist(),
            scores[rows].tolist(),
            strict=True,
        )
    ]
    return np.asarray(rows[np.asarray(apart, dtype=bool)], dtype=np.int64)


def setting_apart(a: MatchKey, b: MatchKey, score: float) -> bool:
    """The pair, scored ``score`` by the model, under the cut for its claims, shares only a
    setting (``setting_only``) and is not one telling (``one_telling``): no link by
    similarity alone."""
    loose = not a.verb or not b.verb or _figure_of_two_things(a, b)
    cut = VERBLESS_SCORE if loose else SETTING_ONLY_SCORE
    return score < cut and setting_only(a, b) and not one_telling(a, b)


def _figure_of_two_things(a: MatchKey, b: MatchKey) -> bool:
    """The claims share a figure, and what follows the figures in one is never what follows
    them in the other: "more than 40 sites" / "more than 40 volunteers". The figure
    raises their frame similarity and ties no fact (``_figures_tie`` is read after)."""
    return (
        not a.numbers.isdisjoint(b.numbers)
        and bool(a.number_contexts)
        and bool(b.number_contexts)
        and a.number_contexts.isdisjoint(b.number_contexts)
    )
