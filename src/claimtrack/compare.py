"""Pair-level API: the matcher's and judge's view of two statements (``compare_claims``).

It runs exactly the engine ``claimtrack report`` runs: the same normalization, match score,
vetoes and judge, on two statements instead of two folders.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimtrack import judge, match, normalize, parse, stance
from claimtrack.judge.owners import different_owners
from claimtrack.judge.pair import numeric_conflicts
from claimtrack.match.names import swapped_parties
from claimtrack.match.rules import MIN_CONTAINED_TOKENS as MIN_CONTAINED_TOKENS
from claimtrack.match.rules import says_more
from claimtrack.models import Claim, Comparison, Stance
from claimtrack.normalize import MatchKey
from claimtrack.options import Options


def compare_claims(a: str, b: str, options: Options | None = None) -> Comparison:
    """Whether ``a`` and ``b`` make the same claim, how alike they are, and how they differ."""
    options = options or Options()
    claim_a, claim_b, key_a, key_b = statement_keys(a, b, options)
    return compare_parsed(claim_a, claim_b, options, key_a, key_b)


def statement_keys(a: str, b: str, options: Options) -> tuple[Claim, Claim, MatchKey, MatchKey]:
    """Both statements parsed, and the match keys ``compare_claims`` scores (the model is
    fitted on exactly these)."""
    claim_a = parse.parse_statement(a, "a", "a")
    claim_b = parse.parse_statement(b, "b", "b")
    # Match on the statements as given: the parser may set an attribution aside ("X said"),
    # and whether both sides carry it is part of being the same statement.
    key_a = normalize.normalize_claim(
        claim_a.model_copy(update={"text": claim_a.sentence}), options
    )
    key_b = normalize.normalize_claim(
        claim_b.model_copy(update={"text": claim_b.sentence}), options
    )
    return claim_a, claim_b, key_a, key_b


def compare_parsed(
    claim_a: Claim,
    claim_b: Claim,
    options: Options,
    key_a: MatchKey | None = None,
    key_b: MatchKey | None = None,
) -> Comparison:
    """``compare_claims`` for claims already parsed (and keys already normalized)."""
    key_a = key_a or normalize.normalize_claim(claim_a, options)
    key_b = key_b or normalize.normalize_claim(claim_b, options)
    score, similarity, vetoed = match.score_keys(key_a, key_b)
    same = score >= options.threshold and not vetoed
    if not same and similarity < options.related_threshold:
        return Comparison(same_claim=False, related=False, score=round(score, 2))
    return _judged(claim_a, claim_b, key_a, key_b, score, same, options)


def _judged(
    claim_a: Claim,
    claim_b: Claim,
    key_a: MatchKey,
    key_b: MatchKey,
    score: float,
    same: bool,
    options: Options,
) -> Comparison:
    conflicts, notes = judge.judge_pair(claim_a, claim_b, key_a, key_b, options)
    if same and different_owners(claim_a, claim_b):
        # "Ortega's rate was 36%" / "Lindqvist's rate was 45.8%": the judge compares no
        # figures of two parties, and figures that differ make them two statements.
        same = not numeric_conflicts(claim_a, claim_b, owners=False)
    if same and swapped_parties(key_a, key_b):
        same = False  # "Iran attacked Israel" / "Israel attacked Iran": two acts, same words
    if not same and not judge.contradicts(conflicts):
        # Related but not the same claim, and not in conflict: neither its certainty nor
        # its scope differences describe one statement.
        conflicts, notes = [], []
    return Comparison(
        same_claim=same and not judge.contradicts(conflicts),
        related=True,
        score=round(score, 2),
        conflicts=tuple(conflicts),
        certainty_notes=tuple(notes),
    )


#: What decides whether an article as a whole is about a claim (see ``article_features``).
ARTICLE_FEATURES = (
    "coverage",
    "long_coverage",
    "best_similarity",
    "best_score",
    "shared_words",
    "claims",
)
#: Relatedness (0-100) at which an article is about the claim.
ARTICLE_RELATED = 50.0
#: Words at least this long are rarer and say more about what a text is about.
LONG_WORD = 6


@lru_cache(maxsize=1)
def load_article_model() -> match.Model:
    """Logistic weights over ``ARTICLE_FEATURES``: relatedness = 100 * sigmoid(bias + w . f)."""
    return match.read_model("article_model.json")


@dataclass(frozen=True)
class ArticleComparison:
    """One claim against every claim of one article."""

    comparisons: list[Comparison]
    #: share of the claim's words found somewhere in the article
    coverage: float
    #: the article is about the claim: its words are spread over the article and some
    #: sentence comes close ("ISIS beheads a journalist" against a report that names the
    #: victim in one sentence and the group in another), or one of its claims is related
    related: bool
    #: how sure the article model is that the article is about the claim (0-100)
    relatedness: float = 0.0


def compare_with_article(
    claim: Claim,
    others: Sequence[Claim],
    options: Options | None = None,
    other_keys: Sequence[MatchKey] | None = None,
) -> ArticleComparison:
    """``compare_against`` plus whether the article as a whole is about the claim."""
    options = options or Options()
    keys = (
        list(other_keys) if other_keys is not None else normalize.normalize_claims(others, options)
    )
    comparisons = compare_against(claim, others, options, keys)
    key = normalize.normalize_claim(claim, options)
    scores, similarities, _ = match.score_many(key, keys)
    topic = _topic_key(claim, key, options)
    features = article_features(topic, keys, scores, similarities, speakers_named(others))
    model = load_article_model()
    logit = model.bias + sum(
        w * features[ARTICLE_FEATURES.index(n)]
        for n, w in zip(model.names, model.weights, strict=True)
    )
    relatedness = 100.0 / (1.0 + math.exp(-logit))
    return ArticleComparison(
        comparisons, round(features[0], 4), relatedness >= ARTICLE_RELATED, round(relatedness, 2)
    )


def _topic_key(claim: Claim, key: MatchKey, options: Options) -> MatchKey:
    """What the claim is about, for the article's words to cover: its statement with the
    speaker ("Perry Warns Terrorists Could ..." is about Perry as much as about terrorists),
    where the claim's own key holds the content alone."""
    if claim.attribution is None:
        return key
    return normalize.normalize_text(f"{claim.attribution} {claim.text}", options=options)


def article_features(
    key: MatchKey,
    keys: Sequence[MatchKey],
    scores: Sequence[float],
    similarities: Sequence[float],
    named: frozenset[str] = frozenset(),
) -> tuple[float, ...]:
    """``ARTICLE_FEATURES`` of one claim against one article's claims.

    Words are compared without the parser's entity folding (``MatchKey.plain``): a
    title-case headline reads to the parser as one long name, which would hide every word
    of it from the article. Coverage is the share of the claim's words the article holds
    anywhere (its claims' words and ``named``, the names its speakers hold:
    ``speakers_named``); long words count apart because a rare word shared says more than a
    common one.
    """
    words = _plain_words(key)
    held: set[str] = set(named)
    for other in keys:
        held |= _plain_words(other)
    shared = words & held
    long_words = {w for w in words if len(w) >= LONG_WORD}
    return (
        len(shared) / len(words) if words else 0.0,
        len(long_words & held) / len(long_words) if long_words else 0.0,
        max(similarities, default=0.0) / 100,
        max(scores, default=0.0) / 100,
        min(len(shared), 10) / 10,
        math.log1p(len(keys)) / 5,
    )


def _plain_words(key: MatchKey) -> frozenset[str]:
    return frozenset((key.plain or key.text).split()) - {"not"}


def speakers_named(claims: Sequence[Claim]) -> frozenset[str]:
    """The words of the names in the claims' speakers ("the World Health Organization",
    "Iraq" of "a spokesman for Iraq's ministry"), as ``article_features`` compares words.

    WHY: the parser takes the speaker out of a claim's text, and with it words that say
    what the article is about: an article whose every sentence ends in "..., the
    Velmora Health Board said" is about the board as much as its headline. Names only:
    "officials", "police" and "a spokesman" are in most articles and say nothing of one.
    The claims' keys stay without them, so a speaker alone never makes two claims alike."""
    named: set[str] = set()
    for speaker in {c.attribution for c in claims if c.attribution}:
        named |= _speaker_named(speaker)
    return frozenset(named)


#: A run of capitalised words in a speaker, a name ("Health Board", "WHO", "Ana Ruiz").
_NAME_RUN = re.compile(r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.'’&-]*)*")


@lru_cache(maxsize=4096)
def _speaker_named(speaker: str) -> frozenset[str]:
    runs = [run for run in _NAME_RUN.findall(speaker) if run.lower() not in _UNNAMED]
    if not runs:
        return frozenset()
    # "Iraq's ministry": the name is "Iraq", as a headline writes it
    return _plain_words(normalize.normalize_text(_POSSESSIVE.sub("", " ; ".join(runs))))


_POSSESSIVE = re.compile(r"['’]s\b")


#: Capitalised words that open a speaker and name no one ("He said", "The ministry").
_UNNAMED = frozenset(("the", "a", "an", "he", "she", "it", "they", "we", "i", "you"))


def compare_against(
    claim: Claim,
    others: Sequence[Claim],
    options: Options | None = None,
    other_keys: Sequence[MatchKey] | None = None,
) -> list[Comparison]:
    """``compare_parsed(claim, other)`` for every other claim, scored in one batch.

    For checking one statement against a whole article: the rapidfuzz scores come from one
    ``cpdist`` call each, and the judge runs only on related pairs.
    """
    options = options or Options()
    if not others:
        return []
    key = normalize.normalize_claim(claim, options)
    keys = (
        list(other_keys) if other_keys is not None else normalize.normalize_claims(others, options)
    )
    scores, similarities, vetoes = match.score_many(key, keys)
    results: list[Comparison] = []
    for other, other_key, score, similarity, vetoed in zip(
        others, keys, scores, similarities, vetoes, strict=True
    ):
        same = score >= options.threshold and not vetoed
        related = same or similarity >= options.related_threshold
        if not related:
            results.append(Comparison(same_claim=False, related=False, score=round(score, 2)))
            continue
        results.append(_judged(claim, other, key, other_key, score, same, options))
    return results


def supported_by(
    claim: Claim, others: Sequence[Claim], options: Options | None = None
) -> list[bool]:
    """Which of ``others`` state ``claim``: the same claim, or a related claim that gives the
    same figures for the same counted thing and event and contradicts nothing ("Twelve workers
    were injured in the fire at the plant" / "Twelve workers were injured, three of them
    critically"). A paraphrase test calls the second pair different (each adds something);
    a fact-checker asking "does a source say this?" calls it support."""
    return support_of(claim, others, options)[0]


def support_of(
    claim: Claim, others: Sequence[Claim], options: Options | None = None
) -> tuple[list[bool], list[Comparison]]:
    """``supported_by``, and the comparisons it was decided from: a caller ranks the related
    claims that do not support ``claim`` by their scores."""
    options = options or Options()
    if not others:
        return [], []
    key = normalize.normalize_claim(claim, options)
    keys = normalize.normalize_claims(others, options)
    comparisons = compare_against(claim, others, options, keys)
    found = supporting(key, keys, comparisons)
    bare = _bare_passive(claim)
    if bare is not None:
        found = [
            ok or (c.related and not c.contradicts and _does_to(o, bare, key, k))
            for ok, o, c, k in zip(found, others, comparisons, keys, strict=True)
        ]
    # The matcher scores "Reports that the mayor resigned are false" close to "The mayor
    # resigned": a source that calls the claim false never supports it.
    supported = [
        ok and stance.refuting_cue(o, claim) is None for ok, o in zip(found, others, strict=True)
    ]
    return supported, comparisons


#: "All schools in the valley were closed": a subject, a passive verb, nothing after it.
_BARE_PASSIVE = re.compile(
    r"(?P<thing>\w[\w' -]{2,80}?) (?:was|were|has been|have been|had been) (?P<verb>[a-z]+ed)\.?"
)


def _bare_passive(claim: Claim) -> tuple[str, str] | None:
    """The thing and the verb of a claim that says only what was done to something, by no
    one named ("All schools in the valley were closed"), both lower-cased."""
    found = _BARE_PASSIVE.fullmatch(claim.text.strip())
    if found is None:
        return None
    return found.group("thing").lower(), found.group("verb")


def _does_to(source: Claim, bare: tuple[str, str], key: MatchKey, source_key: MatchKey) -> bool:
    """``source`` does the verb to the very thing, word for word ("Authorities closed all
    schools in the valley while ..."), and neither or both deny it. The words must follow
    each other: "roads were closed, but schools in the valley stayed open" closes no school.
    A regular verb only: its past and its participle are one word ("closed")."""
    thing, verb = bare
    if key.negated != source_key.negated:
        return False
    return re.search(rf"\b{verb} {re.escape(thing)}\b", source.text, re.IGNORECASE) is not None


def supporting(
    key: MatchKey, keys: Sequence[MatchKey], comparisons: Sequence[Comparison]
) -> list[bool]:
    """``supported_by`` from comparisons already made (``compare_against``'s, in order).

    The matcher's "same claim" is a fuzzy score, and a figure moves it little ("Thirteen
    workers were injured" scores close to "four died and 12 others were injured"): a claim
    that gives figures is supported only where each of them stands in the source, said of the
    same event (``figures_hold``)."""
    return [
        (
            (c.same_claim or (c.related and not c.contradicts and same_figures(key, k)))
            and figures_hold(key, k)
        )
        # the claim's own words, figures and all, inside the source's: its figures hold
        # there whatever verb the source's added clause brings ("40 flights ... because of
        # a strike" would tie 40 to "strike")
        or (c.related and not c.contradicts and says_more(key, k))
        for c, k in zip(comparisons, keys, strict=True)
    ]


def figures_hold(claim: MatchKey, source: MatchKey) -> bool:
    """Every figure of ``claim`` is in ``source``, and where both sentences tie it to a
    predicate class, they tie it to the same one ("12 were killed" is not "4 died and 12
    were injured"). True for a claim without figures."""
    if not claim.numbers <= source.numbers:
        return False
    ours, theirs = figure_predicates(claim), figure_predicates(source)
    return all(
        not ours.get(n) or not theirs.get(n) or bool(ours[n] & theirs[n]) for n in claim.numbers
    )


def figure_predicates(key: MatchKey) -> dict[str, frozenset[str]]:
    """The predicate class each figure of ``key`` goes with: the first one after it before
    the next figure ("4 worker @die 12 other @injure"), else the nearest one before it
    ("fire @injure 12 worker")."""
    if not key.numbers or not key.predicate_tokens:
        return {}
    tokens = key.text.split()
    found: dict[str, set[str]] = {}
    for index, token in enumerate(tokens):
        if token in key.numbers:
            predicate = _predicate_after(tokens, index, key) or _predicate_before(
                tokens, index, key
            )
            if predicate is not None:
                found.setdefault(token, set()).add(predicate)
    return {n: frozenset(p) for n, p in found.items()}


def _predicate_after(tokens: Sequence[str], index: int, key: MatchKey) -> str | None:
    for token in tokens[index + 1 :]:
        if token in key.numbers:
            return None
        if token in key.predicate_tokens:
            return token
    return None


def _predicate_before(tokens: Sequence[str], index: int, key: MatchKey) -> str | None:
    for token in reversed(tokens[:index]):
        if token in key.predicate_tokens:
            return token
    return None


def same_figures(claim: MatchKey, source: MatchKey) -> bool:
    """Every figure of ``claim`` stands in ``source``, counting the same thing ("12 others"
    counts whatever the sentence counts) with the same predicate class."""
    anaphors = _count_anaphors()
    return (
        bool(claim.numbers)
        and claim.numbers <= source.numbers
        and bool(
            claim.number_contexts & source.number_contexts
            or (claim.number_contexts | source.number_contexts) & anaphors
        )
        and bool(claim.predicates & source.predicates)
    )


@lru_cache(maxsize=1)
def _count_anaphors() -> frozenset[str]:
    return frozenset(normalize.stem(w) for w in normalize.data_lines("count_anaphors.txt"))


def statement_stance(claim: str, source: str, options: Options | None = None) -> Stance:
    """What ``source`` (one statement: a headline, a quote) does with ``claim``: states it,
    passes it on hedged, calls it false, or only writes about the same thing
    (``stance.stance_of``)."""
    options = options or Options()
    parsed_claim = parse.parse_statement(claim, "claim", "claim")
    parsed_source = parse.parse_statement(source, "source", "source")
    key = normalize.normalize_claim(parsed_claim, options)
    keys = normalize.normalize_claims([parsed_source], options)
    (comparison,) = compare_against(parsed_claim, [parsed_source], options, keys)
    (supports,) = supporting(key, keys, [comparison])
    return stance.stance_of(parsed_claim, parsed_source, key, keys[0], comparison, supports)


def article_stance(
    claim: Claim,
    others: Sequence[Claim],
    options: Options | None = None,
    other_keys: Sequence[MatchKey] | None = None,
) -> Stance:
    """What one article (its claims ``others``) does with ``claim``: the stance of each
    sentence (``stance.stance_of``, as article sentences), a conflict first, then support,
    then hedged; related or unrelated as ``compare_with_article`` decides."""
    options = options or Options()
    keys = (
        list(other_keys) if other_keys is not None else normalize.normalize_claims(others, options)
    )
    found = compare_with_article(claim, others, options, keys)
    key = normalize.normalize_claim(claim, options)
    supports = supporting(key, keys, found.comparisons)
    each = [
        stance.stance_of(claim, other, key, other_key, comparison, ok, in_article=True)
        for other, other_key, comparison, ok in zip(
            others, keys, found.comparisons, supports, strict=True
        )
    ]
    return stance.overall_stance(each, found.related, reported=stance.mostly_reported(others))
