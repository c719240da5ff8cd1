"""Republications: a copy counts once as a source."""

from __future__ import annotations

import datetime as dt

from claimtrack.models import Article
from claimtrack.provenance import find_republications, independent_source_of

STORY = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs after "
    "engineers found cracks in two of its supports. The closure will last at least six weeks, "
    "and ferries will run every twenty minutes while the work goes on, the mayor told reporters "
    "outside the town hall."
)
OTHER = (
    "A regional court fined the water company for failing to report a chemical leak into the "
    "river last spring, and ordered it to pay for an independent review of its safety checks."
)


def article(article_id: str, text: str, day: int | None = None) -> Article:
    published = dt.date(2026, 5, day) if day else None
    return Article(
        id=article_id, path=article_id, source=article_id.upper(), text=text, published=published
    )


def test_a_copy_is_found_and_the_earlier_article_is_the_original() -> None:
    found = find_republications(
        [
            article("late", "Republished with permission. " + STORY, 3),
            article("early", STORY, 1),
            article("other", OTHER, 1),
        ]
    )
    assert len(found) == 1
    assert (found[0].article_id, found[0].original_id) == ("late", "early")
    assert found[0].shared > 0.9


def test_without_dates_the_first_id_is_the_original() -> None:
    found = find_republications([article("b", STORY), article("a", STORY + " Updated.")])
    assert [(r.article_id, r.original_id) for r in found] == [("b", "a")]


def test_articles_on_the_same_story_in_own_words_are_independent() -> None:
    rewrite = (
        "Engineers found cracks in the supports of the old harbour bridge, so councillors "
        "decided on Tuesday that it must shut for repairs; ferries will replace it for six weeks."
    )
    assert find_republications([article("a", STORY), article("b", rewrite)]) == []


def test_a_copy_counts_as_its_originals_source() -> None:
    articles = [article("a", STORY, 1), article("b", STORY, 2), article("c", OTHER, 1)]
    counts_as = independent_source_of(articles, find_republications(articles))
    assert counts_as == {"a": "A", "b": "A", "c": "C"}


def test_on_the_same_day_the_credited_outlet_is_the_original() -> None:
    credited = STORY + " This story was distributed by A."
    found = find_republications([article("a", STORY, 1), article("b", credited, 1)])
    assert [(r.article_id, r.original_id) for r in found] == [("b", "a")]
    found = find_republications(
        [article("z", STORY, 1), article("b", credited.replace(" A.", " Z."), 1)]
    )
    assert [(r.article_id, r.original_id) for r in found] == [("b", "z")]


def test_ascii_and_unicode_text_fold_into_the_same_words_as_the_word_pattern() -> None:
    import re
    import string

    from claimtrack.provenance import _folded_words

    texts = [
        "The MINISTER_of State said: 12,000 troops (re-)deployed\tat 5pm\x0bnear X-ray!",
        string.printable,
        "Café owners in Zürich said the ÉCOLE closed; naïve plans",
        "",
    ]
    for text in texts:
        assert _folded_words(text) == re.findall(r"\w+", text.lower())


def test_a_copy_in_ascii_of_an_article_with_accents_is_still_found() -> None:
    # The ASCII fast path must give the same words (and hashes) as the slow one.
    story = (
        "The regional council approved the new flood barrier on Tuesday after a long debate. "
        "Engineers said the barrier would protect four thousand homes along the river bank. "
        "Construction is expected to start next spring and last about two years in total. "
        "Residents who opposed the plan said the cost had doubled since it was first proposed. "
    )
    original = article("a-original", story + "Café owners welcomed it, señor.")
    copy = article("b-copy", story)
    assert copy.text.isascii() and not original.text.isascii()
    found = find_republications([original, copy])
    assert [(r.article_id, r.original_id) for r in found] == [("b-copy", "a-original")]


def test_sentence_shingles_are_each_sentences_own() -> None:
    # Hashed once for the whole text, they must equal each sentence's shingles on its own,
    # whatever ends the sentences (stops, questions, line breaks, runs of punctuation).
    import re

    from claimtrack.provenance import _sentence_shingles, shingles

    text = (
        "The mayor of the small coastal town said on Monday that the harbour would close. "
        "Why would anyone build a second pier when the first one stands empty most days?!\n"
        "Short one. A dozen fishing boats were moved to the northern quay before the storm "
        "arrived... and nobody was hurt when the old crane fell into the water"
    )
    sentences = re.findall(r"[^.!?\n]+[.!?]*", text)
    expected = [shingles(sentence) for sentence in sentences]
    assert _sentence_shingles(text) == expected
    assert sum(1 for own in expected if not own) == 1  # "Short one." has no 8-word run
    accented = "Café owners said the new rules would force them to close early every night."
    assert _sentence_shingles(accented) == [shingles(accented)]
