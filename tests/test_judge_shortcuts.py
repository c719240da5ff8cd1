"""The judge's shortcuts (tests that skip a rule before it reads a claim's text, answers kept
per claim instead of in a memo) give what the rules themselves give."""

from __future__ import annotations

from claim_helpers import claim
from claimtrack import extract_claims, judge, normalize, parse
from claimtrack.judge.dates import _DAY_LEADS, _act_days, _find_act_days, _last_words
from claimtrack.judge.facts import ClaimFacts
from claimtrack.judge.judgements import _SharedWords
from claimtrack.judge.owners import _owner, different_owners, owners_apart
from claimtrack.judge.pair import _may_oppose
from claimtrack.judge.polarity import (
    _CALLED_FALSE,
    _denial,
    _head_positions,
    _may_call_false,
    antonym_conflicts,
    negation_conflicts,
)
from claimtrack.judge.reasons import _reason_conflicts
from claimtrack.judge.text import _WORD_AT, MOSTLY_SHARED, _mostly_shared, _same_frame, content_set
from claimtrack.match.names import name_variants
from claimtrack.models import Claim
from claimtrack.normalize import CLASS_PREFIX, stem
from sample_run import sample_run


def test_a_pair_that_may_not_oppose_has_no_negation_or_antonym_conflict() -> None:
    claims, keys, scored, _ = sample_run()
    tables = normalize.load_tables(None)
    opposing = 0
    for pair in scored:
        a, b, ka, kb = claims[pair.left], claims[pair.right], keys[pair.left], keys[pair.right]
        found = negation_conflicts(a, b, ka, kb, tables) + antonym_conflicts(a, b, ka, kb, tables)
        if _may_oppose(ka, kb, tables):
            opposing += bool(found)
        else:
            assert found == [], (a.text, b.text)
    assert opposing  # the samples hold opposed pairs: the test did not pass by skipping all


def test_opposite_polarity_or_predicates_may_oppose() -> None:
    tables = normalize.load_tables(None)
    attend = normalize.normalize_text("The minister will attend the talks in Oslo")
    skip = normalize.normalize_text("The minister will not attend the talks in Oslo")
    suspended = normalize.normalize_text("The company suspended its exports to Ruvia")
    resumed = normalize.normalize_text("The company resumed its exports to Ruvia")
    plain = normalize.normalize_text("The company sold its exports to Ruvia")
    assert _may_oppose(attend, skip, tables)
    assert _may_oppose(suspended, resumed, tables)
    assert not _may_oppose(suspended, suspended, tables)
    assert not _may_oppose(plain, resumed, tables)


def test_act_days_kept_per_claim_are_those_of_the_memo() -> None:
    claims, _, _, _ = sample_run()
    dated = [c for c in claims if c.dates]
    assert dated
    for c in dated:
        assert _find_act_days(c.text, c.dates) == _act_days(c.text, c.dates)
    assert any(_find_act_days(c.text, c.dates) for c in dated)


def test_reason_conflicts_read_no_cause_words_unless_both_give_a_reason() -> None:
    protest = "in protest over the raid"
    with_reason = ClaimFacts(claim(f"Talks were halted {protest}", "a:1", reason=protest))
    without = ClaimFacts(claim("Talks were halted on Monday", "b:1"))
    assert _reason_conflicts(with_reason, without) == []
    # the slot stays empty: nothing was worked out for a pair that cannot differ in causes
    for facts in (with_reason, without):
        try:
            object.__getattribute__(facts, "cause_words")
        except AttributeError:
            continue
        raise AssertionError("cause words were read for a pair with one reason")
    other = ClaimFacts(
        claim("Talks were halted for logistical reasons", "c:1", reason="for logistical reasons")
    )
    assert judge.contradicts(_reason_conflicts(with_reason, other))


def test_the_claim_table_lists_claims_and_articles_as_the_claims_say() -> None:
    claims, keys, _, _ = sample_run()
    table = judge.ClaimTable(claims, keys)
    assert table.counted == [i for i, c in enumerate(claims) if c.numbers]
    assert table.dated_claims == [i for i, c in enumerate(claims) if c.dates]
    assert table.reasoned_claims == [i for i, c in enumerate(claims) if c.reason]
    assert table.counted and table.dated_claims and table.reasoned_claims
    # one int per article, in the order articles first appear, and back to the article
    assert [table.article_ids[code] for code in table.article] == [c.article_id for c in claims]
    assert table.article_ids == list(dict.fromkeys(c.article_id for c in claims))
    assert table.article_column.tolist() == table.article
    first: dict[str, int] = {}
    for i, c in enumerate(claims):
        first.setdefault(c.article_id, i)
    assert table.first_of_article == [first[article] for article in table.article_ids]


def test_the_called_false_screen_lets_through_every_text_the_pattern_finds() -> None:
    # Each wording the pattern reads, in several cases, and texts it must not find.
    calling_false = [
        "Reports that the plant had closed were false",
        "The claim that the mayor resigned is UNTRUE",
        "The story about the merger was not true",
        "Rumours of a second fire are Baseless",
        "The allegations were entirely unfounded",
        "The quotes attributed to the minister were fabricated",
        "The bomb threat was a hoax",
        "Claims of a cover-up have been debunked",
        "The account of the raid was refuted",
        "The report was simply false, the ministry said",
    ]
    asserting = [
        "Fake passports were seized at the border",
        "The company is made up of four divisions",
        "The minister said the report was accurate",
        "True to form, the council delayed the vote",  # the word, not a report called false
    ]
    for text in calling_false:
        assert _may_call_false(text) and _CALLED_FALSE.search(text), text
        assert _denial(claim(text))
    for text in asserting:
        assert _CALLED_FALSE.search(text) is None, text
        assert not _denial(claim(text))
    # beyond ASCII the screen cannot fold case as the pattern does: it lets the text through
    assert _may_call_false("Le r\u00e9cit \u00e9tait faux")


def test_owners_kept_per_claim_give_what_different_owners_gives() -> None:
    def said(text: str, claim_id: str) -> Claim:
        return parse.parse_statement(text, claim_id, claim_id.split(":")[0])

    ortega = said("Ortega paid an effective tax rate of 36 percent.", "a:1")
    amadi = said("Amadi paid an effective tax rate of 45.8 percent.", "b:1")
    both = said("Ortega paid 36 percent, more than Amadi paid.", "c:1")
    nobody = said("The rate was 40 percent.", "d:1")
    claims = [ortega, amadi, both, nobody]
    for a in claims:
        for b in claims:
            facts_a, facts_b = ClaimFacts(a), ClaimFacts(b)
            assert facts_a.owner == _owner(a) and facts_b.owner == _owner(b)
            kept = owners_apart(a, facts_a.owner, b, facts_b.owner)
            assert kept == different_owners(a, b), (a.text, b.text)
    assert different_owners(ortega, amadi)  # the test did not pass by finding no owner
    assert not different_owners(ortega, both)


def test_the_last_words_before_a_date_are_those_of_the_whole_split() -> None:
    edges = ",;:\"'“”‘’()"

    def whole_split(before: str) -> list[str]:
        words = [w.strip(edges) for w in before.split()]
        while words and words[-1].lower() in _DAY_LEADS:
            words.pop()
        return words

    texts = [
        "",
        "on",
        "  the minister resigned on",
        "The council said it would vote early on",
        "He said, “we will meet” on",
        "on on on on on on on on on on on on",
        "Talks ended on on on on on on on on on on on on",
        "Workers walked out late last",
        "The plant (which closed in",
        "The firm, based in Ashby, announced \u2014 in a statement issued at",
    ]
    for text in texts:
        expected = whole_split(text)
        found = _last_words(text)
        assert found[-2:] == expected[-2:], text
        assert (found == []) == (expected == []), text


def test_head_positions_look_up_only_words_that_open_a_predicate_phrase() -> None:
    tables = normalize.load_tables(None)

    def every_gram(text: str) -> tuple[tuple[int, str], ...]:
        found = [(m.start(), stem(m.group(0).lower())) for m in _WORD_AT.finditer(text)]
        out: list[tuple[int, str]] = []
        for k, (start, token) in enumerate(found):
            out.append((start, token))
            for size in (3, 2, 1):
                gram = tuple(t for _, t in found[k : k + size])
                if len(gram) == size and gram in tables.predicates:
                    out.append((start, CLASS_PREFIX + tables.predicates[gram]))
                    break
        return tuple(out)

    claims, _, _, _ = sample_run()
    assert any(
        token.startswith(CLASS_PREFIX) for c in claims for _, token in _head_positions(c.text)
    )
    for c in claims:
        assert _head_positions(c.text) == every_gram(c.text), c.text


def test_content_words_kept_by_index_answer_as_same_frame_does() -> None:
    _, keys, scored, _ = sample_run()
    shared = _SharedWords(keys)
    apart = [p for p in scored if keys[p.left].frames.isdisjoint(keys[p.right].frames)]
    assert apart
    answers = [shared(p.left, p.right) for p in apart]
    assert answers == [_same_frame(keys[p.left], keys[p.right]) for p in apart]
    assert any(answers) and not all(answers)  # both answers occur: nothing passed by default


def _mostly_shared_counting_every_name(ka: normalize.MatchKey, kb: normalize.MatchKey) -> bool:
    """``_mostly_shared`` of two keys' content words as written before its bound on names:
    the names one claim gives in full and the other by surname are always counted."""
    words_a, words_b = content_set(ka.tokens), content_set(kb.tokens)
    smaller = min(len(words_a), len(words_b))
    if smaller == 0:
        return False
    shared = len(words_a & words_b)
    return (shared + name_variants(ka.entities, kb.entities)) / smaller >= MOSTLY_SHARED


def test_mostly_shared_reads_names_only_when_they_could_tip_it() -> None:
    # A name in full and by surname counts as a shared word; pairs that fall short even
    # with as many names as the claim with fewer gives are answered without reading them.
    school = "Lena Ortiz praised the new school."
    others = [
        "Officials said Ortiz praised the school garden.",  # the name tips it
        "Ortiz praised the school garden.",  # no name as an entity: nothing to count
        "Officials said Ortiz visited the harbour and the old market.",  # short, names or not
        "Ortiz praised the school.",  # mostly shared as plain words
    ]
    keys = [(_key(school), _key(other)) for other in others]
    assert all(ka.entities and kb.entities for ka, kb in (keys[0], keys[2]))
    answers = [
        _mostly_shared(content_set(ka.tokens), content_set(kb.tokens), ka, kb) for ka, kb in keys
    ]
    assert answers == [_mostly_shared_counting_every_name(ka, kb) for ka, kb in keys]
    assert answers == [True, False, False, True]
    ka, kb = keys[0]
    assert not _mostly_shared(content_set(ka.tokens), content_set(kb.tokens))  # names unread


def _key(sentence: str) -> normalize.MatchKey:
    (found,) = extract_claims(sentence)
    return normalize.normalize_claim(found)
