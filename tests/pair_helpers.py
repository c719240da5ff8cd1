"""Score one pair of statements with the pipeline's batch scorer, for tests of what ties two
claims to one fact."""

from __future__ import annotations

import numpy as np

from claimtrack import match
from claimtrack.compare import statement_keys
from claimtrack.match import frames
from claimtrack.match.pairs import ScoredPair
from claimtrack.options import Options


def scored(a: str, b: str) -> ScoredPair:
    keys = [statement_keys(text, "-", Options())[2] for text in (a, b)]
    (pair,) = match.score_pairs(np.array([[0, 1]]), keys, Options())
    return pair


def assert_alike_but_not_one_fact(pair: ScoredPair) -> None:
    """Strong enough to link by frame similarity alone, yet no paraphrase and nothing that
    ties the two to one fact."""
    assert pair.similarity >= frames.STRONG_SIMILARITY
    assert not match.is_match(pair, Options())
    assert pair.shared == 0
    assert not match.same_fact(pair, Options())
