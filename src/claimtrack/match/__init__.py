"""Match stage: claims -> candidate pairs -> scored pairs -> coherent groups.

One module per step, data passing forward only:

- ``blocking``: which pairs are worth scoring (rare tokens, entity x frame keys), never all pairs;
- ``score``: how alike two claims are (a match score for "same statement" and a similarity for
  "same frame"), with number and negation vetoes;
- ``group``: clusters that stay coherent (no chaining A~B~C into one group).
"""

from __future__ import annotations

from claimtrack.match.blocking import blocking_keys, candidate_pairs
from claimtrack.match.group import group
from claimtrack.match.pairs import ScoredPair, ScoredPairs
from claimtrack.match.score import (
    FEATURES,
    Model,
    counts_alike,
    figures_of_other_events,
    is_match,
    is_vetoed,
    load_model,
    matches,
    merge_supports,
    model_scores,
    names_apart,
    other_parties,
    pair_features,
    polarity_clash,
    read_model,
    same_fact,
    same_facts,
    score_keys,
    score_many,
    score_pairs,
    similarity,
    supports_merge,
)

__all__ = [
    "FEATURES",
    "Model",
    "ScoredPair",
    "ScoredPairs",
    "blocking_keys",
    "candidate_pairs",
    "counts_alike",
    "figures_of_other_events",
    "group",
    "is_match",
    "is_vetoed",
    "load_model",
    "matches",
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
]
