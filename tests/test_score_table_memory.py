"""The scorer's per-claim table keeps its per-token ids narrow and frees what only its
builders read, with the same columns as before."""

from __future__ import annotations

import numpy as np
import pytest

from claim_helpers import claim
from claimtrack.match import names
from claimtrack.match.table import ClaimTable
from claimtrack.normalize import normalize_claims

TEXTS = (
    "The harbour authority closed the north pier on Monday",
    "The north pier was not closed by the harbour authority",
    "Dana Whitlow said the pier would reopen in March",
    "Whitlow said on Monday",
)


def table() -> ClaimTable:
    claims = [claim(text, f"a{at}:1") for at, text in enumerate(TEXTS)]
    return ClaimTable(normalize_claims(claims))


def test_key_token_ids_go_once_every_column_built_from_them_is_built() -> None:
    claims = table()
    held = claims._key_token_ids
    assert held[0].dtype == held[1].dtype == np.int32
    built = [claims.key_tokens, claims.topic_tokens, claims.has_not, claims.name_sets]
    assert built[3].sizes.tolist() == table().name_sets.sizes.tolist()
    assert "_key_token_ids" in claims.__dict__  # who_and_when still reads them
    assert claims.who_and_when.tolist() == table().who_and_when.tolist()
    assert "_key_token_ids" not in claims.__dict__
    fresh = table()
    assert claims.has_not.tolist() == fresh.has_not.tolist() == [0, 1, 0, 0]
    assert claims.who_and_when.tolist() == fresh.who_and_when.tolist()
    assert claims.key_tokens.sizes.tolist() == fresh.key_tokens.sizes.tolist()


def test_int32_token_ids_give_the_codes_int64_ids_give() -> None:
    claims = table()
    owner, ids, _ = claims.tokens
    assert owner.dtype == ids.dtype == np.int32
    column = claims.token_set
    wide = np.asarray(owner, dtype=np.int64) * column.width + ids
    assert column.codes.tolist() == np.unique(wide).tolist()
    assert column.holds(owner.astype(np.int64), ids).all()


def test_scoring_leaves_the_callers_candidate_pairs_as_they_were() -> None:
    from claimtrack import match
    from claimtrack.options import Options

    texts = [TEXTS[0], TEXTS[1], TEXTS[0], TEXTS[2], "The harbour authority shut the north pier"]
    claims = [claim(text, f"a{at}:1") for at, text in enumerate(texts)]
    keys = normalize_claims(claims)
    for chosen in (keys, keys[:2] + keys[3:]):  # with a repeated key, and without
        count = len(chosen)
        pairs = np.array([[a, b] for a in range(count) for b in range(a + 1, count)])
        before = pairs.copy()
        scored = match.score_pairs(pairs, chosen, Options())
        assert np.array_equal(pairs, before)
        assert len(scored) > 0


def test_candidate_pairs_are_int32_and_score_as_int64_pairs_do() -> None:
    """Scored pairs hold their claims as int32 (``match.pairs.COLUMNS``), from int32 or
    int64 candidate pairs alike."""
    from claimtrack import match
    from claimtrack.options import Options

    texts = [*TEXTS, TEXTS[0], "The harbour authority shut the north pier on Monday"]
    claims = [claim(text, f"a{at}:1") for at, text in enumerate(texts)]
    keys = normalize_claims(claims)
    pairs = match.candidate_pairs([c.article_id for c in claims], keys, Options())
    assert pairs.dtype == np.int32 and len(pairs) > 0
    narrow = match.score_pairs(pairs, keys, Options())
    wide = match.score_pairs(pairs.astype(np.int64), keys, Options())
    assert len(narrow) > 0 and narrow == wide
    assert narrow.left.dtype == np.int32 and narrow.right.dtype == np.int32
    assert wide.left.dtype == np.int32 and wide.shared.dtype == np.int32


def test_plain_words_column_holds_plain_words_and_leaves_the_memos_empty() -> None:
    from claimtrack.match import names

    texts = [*TEXTS, "Kim and Moon did not meet in Seoul", "Prices did not rise"]
    claims = [claim(text, f"a{at}:1") for at, text in enumerate(texts)]
    keys = normalize_claims(claims)
    names._plain_words.cache_clear()
    names._name_groups.cache_clear()
    column = ClaimTable(keys).plain_words
    assert names._plain_words.cache_info().currsize == 0
    assert names._name_groups.cache_info().currsize == 0
    wanted = [frozenset(names.plain_words(key)) for key in keys]
    got = [frozenset(words) for words in names.each_plain_words(keys)]
    assert got == wanted
    assert column.sizes.tolist() == [len(words) for words in wanted]
    # a name's words and a negation are left out
    assert any(key.entities for key in keys) and any("not" in key.tokens for key in keys)


@pytest.mark.parametrize(
    "entities",
    [
        {"ent_maria_alvarez"},
        {"ent_bank_of_the_west", "ent_wal_mart"},
        {"ent_sasha_and_malia_obama"},  # two names joined by "and"
        {"ent_and", "ent_and_sons", "ent_smith_and"},  # "and" at either end, or alone
        {"ent_a__b", "ent_x_"},  # empty words between or after underscores
        {"ent_united_states", "ent_iran", "ent_workers_unions"},
    ],
)
def test_name_pieces_are_the_union_of_the_name_groups(entities: set[str]) -> None:
    frozen = frozenset(entities)
    assert names._name_pieces(frozen) == set().union(*names._name_groups(frozen))


@pytest.mark.parametrize("recent", [1, 2, 16_384])  # the entities' groups dropped or kept
def test_spare_name_words_of_each_key_in_turn_are_those_of_the_key_alone(
    recent: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    monkeypatch.setattr(names, "_RECENT_ENTITIES", recent)

    from claimtrack.normalize import LONG_NAME

    base = normalize_claims([claim(TEXTS[0], "a0:1")])[0]
    long_name = "ent_" + "_".join(f"word{n}" for n in range(LONG_NAME))
    cases = [
        # a hyphenated name left as words: one spare word, twice (the second from the memo)
        (("brant", "holloway", "lawsuit"), ("ent_brant_holloway",)),
        (("brant", "holloway", "filed"), ("ent_brant_holloway", "ent_iran")),
        # one word of the name only: nothing spare
        (("brant", "lawsuit"), ("ent_brant_holloway",)),
        # two names joined by "and": taken apart (each part of one long entity token)
        (("sasha", "malia", "obama", "visit"), ("ent_sasha_and_malia_obama",)),
        # a name this long is left as words on purpose: its words count
        (tuple(f"word{n}" for n in range(LONG_NAME)), (long_name,)),
        (("harbour", "pier"), ()),
    ]
    keys = [
        dataclasses.replace(base, tokens=tuple(sorted(tokens)), entities=entities)
        for tokens, entities in cases
    ]
    wanted = [names.spare_name_words(key) for key in keys]
    assert list(names.each_spare_name_words(keys)) == wanted
    assert wanted[0] == wanted[1] == 1 and wanted[2] == wanted[4] == wanted[5] == 0


def test_blocking_rows_and_postings_are_int32(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocking key table's rows (a dozen a claim) and the postings made of them are
    alive through the candidate stage: int32, and the pairs the same as before."""
    from claimtrack import match
    from claimtrack.match import blocking
    from claimtrack.options import Options

    made: list[blocking._Postings] = []
    original = blocking._Postings.__init__

    def recording(self: blocking._Postings, *args: object) -> None:
        original(self, *args)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(blocking._Postings, "__init__", recording)
    texts = [*TEXTS, TEXTS[0], "The harbour authority shut the north pier on Monday"]
    claims = [claim(text, f"a{at}:1") for at, text in enumerate(texts)]
    keys = normalize_claims(claims)
    pairs = match.candidate_pairs([c.article_id for c in claims], keys, Options())
    assert len(made) == 2 and all(p.holders.dtype == np.int32 for p in made)
    # claims 0 and 9 are one text in two articles: paired
    assert [0, len(TEXTS)] in pairs.tolist()
