"""Match stage: claims -> candidate pairs -> scored pairs -> coherent groups.

One module per step, data passing forward only:

- ``blocking``: which pairs are worth scoring (rare tokens, entity x frame keys), never all pairs
  (``columns``: the interned per-claim sets both blocking and scoring count overlaps in);
- ``score``: the entry of scoring, ``score_pairs`` (all candidate pairs in batches, cheapest
  tests first, the token-set prefilter) and ``score_keys`` / ``score_many`` (a few pairs, as
  ``compare`` asks them), built from (lower modules first, none imports a later one):

  - ``names``: one person named two ways (``name_variants``), other named parties
    (``other_parties``, ``names_apart``), parties that swap places (``swapped_parties``);
  - ``measures``: a percentage told as a change and one told as a share count two things
    (``measures_apart``, part of ``figures_of_other_events``);
  - ``table``: ``ClaimTable``, what the scorer reads of each claim, computed once per batch;
  - ``features``: the pair features (``PairBatch``, ``FEATURE_STEPS``, ``pair_features``) and
    the logistic model (``Model``, ``load_model``, ``model_scores``);
  - ``frames``: the frame similarity (same event frame, whatever is said of it) and
    ``counts_alike`` / ``figures_of_other_events``;
  - ``vetoes``: one claim denies what the other affirms (``is_vetoed``, ``polarity_clash``);
  - ``rules``: what a scored pair means: ``is_match``, ``same_fact``, ``supports_merge`` (each
    with its twin over ``ScoredPairs`` columns), the figure-backed lift, and one claim said
    word for word inside another (``says_more``, ``contained_pairs``, ``lift_contained``);
- ``measure_ties``: two claims that give one measure few claims of the run give, put side by
  side in the report (``measure_tied_pairs``);
- ``count_ties``: two claims that give one count of one kind of thing few claims of the run
  give ("14 people" / "14 fans"), put side by side in the report (``count_tied_pairs``);
- ``pairs``: ``ScoredPair`` and its column form ``ScoredPairs``;
- ``group``: clusters that stay coherent (no chaining A~B~C into one group).
"""

from __future__ import annotations

from claimtrack.match.blocking import blocking_keys, candidate_pairs
from claimtrack.match.count_ties import count_tied_pairs
from claimtrack.match.features import (
    FEATURES,
    Model,
    load_model,
    model_scores,
    pair_features,
    read_model,
)
from claimtrack.match.frames import counts_alike, figures_of_other_events, similarity
from claimtrack.match.group import group
from claimtrack.match.measure_ties import measure_tied_pairs
from claimtrack.match.names import names_apart, other_parties, swapped_parties
from claimtrack.match.pairs import ScoredPair, ScoredPairs
from claimtrack.match.rules import (
    contained_pairs,
    is_match,
    lift_contained,
    matches,
    merge_supports,
    same_fact,
    same_facts,
    supports_merge,
)
from claimtrack.match.score import score_keys, score_many, score_pairs
from claimtrack.match.subjects import zero_against_count
from claimtrack.match.vetoes import is_vetoed, polarity_clash

__all__ = [
    "FEATURES",
    "Model",
    "ScoredPair",
    "ScoredPairs",
    "blocking_keys",
    "candidate_pairs",
    "contained_pairs",
    "count_tied_pairs",
    "counts_alike",
    "figures_of_other_events",
    "group",
    "is_match",
    "is_vetoed",
    "lift_contained",
    "load_model",
    "matches",
    "measure_tied_pairs",
    "merge_supports",
    "model_scores",
    "names_apart",
    "other_parties",
    "pair_features",
    "polarity_clash",
    "read_model",
    "same_fact",
    "same_facts",
    "score_keys",
    "score_many",
    "score_pairs",
    "similarity",
    "supports_merge",
    "swapped_parties",
    "zero_against_count",
]
