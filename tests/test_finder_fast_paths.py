"""The finders' shortcuts give exactly what the plain way gives (they exist only for speed)."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from claimtrack.models import DateMention
from claimtrack.parse import attribution, dates, numbers, scan, tables
from claimtrack.parse.attribution import find_attribution
from claimtrack.parse.tables import Phrases, word_set

_PIECES = [
    "may", " ", "  ", "\t", "could", "be", "no", "not only", "won't", "won’t", "x-", "-",
    "'", "’", "é", "ab", "b", ",", ".", "“", "Mayor", "\u00a0", "\n",
]  # fmt: skip


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize(
    "phrases",
    [frozenset({"may", "could be", "no", "not only", "won't"}), frozenset({"ab", "b", "x"})],
)
def test_phrases_find_what_their_whole_pattern_finds(phrases: frozenset[str]) -> None:
    lexicon = Phrases(phrases)
    for text in [*_random_texts(1500, seed=len(phrases)), "x-may may", "nob no", "ab-b b"]:
        expected = [m.span() for m in lexicon.pattern.finditer(text)]
        first = lexicon.pattern.search(text)
        words = word_set(text)
        assert [m.span() for m in lexicon.finditer(text, words)] == expected, text
        found = lexicon.search(text)
        assert (found.span() if found else None) == (first.span() if first else None), text


_PLAIN_PIECES = [
    "is", "set", "to", "settlement", " ", "  ", "may", "May", "won't", "won", "t", "'", "-",
    "x", ",", ".", "*", "$", "\n", "’", "could", "be",
]  # fmt: skip


def test_phrases_settled_by_substring_tests_find_what_their_whole_pattern_finds() -> None:
    # Plain texts ("is set", "this settlement to") are settled without the pattern when no
    # phrase stands in them as written; texts with symbols, runs of blanks, line breaks or
    # a curly apostrophe take the pattern as before.
    lexicon = Phrases(frozenset({"is set to", "may", "won't", "could be"}))
    rng = random.Random(11)
    texts = [
        "".join(rng.choice(_PLAIN_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(4000)
    ]
    for text in [*texts, "is set  to", "*may*", "is set\nto", "won’t", "x-may may"]:
        expected = [m.span() for m in lexicon.pattern.finditer(text)]
        words = word_set(text)
        if lexicon.first_words.isdisjoint(words):
            continue  # the longest-word test settles these, as before
        assert [m.span() for m in lexicon.finditer(text, words)] == expected, text
        found = lexicon.search(text, words)
        assert (found.span() if found else None) == (expected[0] if expected else None), text


def test_a_plain_text_with_a_phrase_s_longest_word_but_not_the_phrase_needs_no_pattern() -> None:
    lexicon = Phrases(frozenset({"is set to", "may"}))
    text = "this settlement to end it is set"
    assert not lexicon._may_occur(text, word_set(text))
    assert lexicon._may_occur("it is set to end", word_set("it is set to end"))
    # not plain: a run of blanks may stand where the phrase has one space
    assert lexicon._may_occur("it is set  to end", word_set("it is set  to end"))
    # a capital or a dot in a phrase: no shortcut
    assert Phrases(frozenset({"U.S. said", "may"}))._written is None
    assert Phrases(frozenset({"New York", "may"}))._written is None


def test_a_phrase_after_a_word_character_is_skipped_and_the_next_one_found() -> None:
    lexicon = Phrases(frozenset({"may"}))
    assert [m.start() for m in lexicon.finditer("dis-may may")] == [8]


def test_word_set_splits_at_blanks_and_punctuation_like_translate_and_split() -> None:
    separators = str.maketrans(dict.fromkeys(',.;:!?"“”‘()[]{}—–/…', " "))
    for text in [*_random_texts(1500, seed=5), "Tab\there\u2028and\x1cso, on…"]:
        assert word_set(text) == frozenset(text.lower().translate(separators).split()), text


def test_digit_runs_and_candidate_starts() -> None:
    assert scan.digit_runs("F-35 and 1,200 x") == (2, 9, 11)
    triggers = scan.Triggers(["ago"])
    text = "it rose two weeks ago in 2020"
    starts = scan.candidate_starts(text, triggers, back_words=2)
    # "ago" and "2020" are anchors; two words before each may open a match too.
    assert starts == [8, 12, 18, 22, 25]


def test_a_speaker_is_found_past_a_long_run_of_adverbs_before_its_verb() -> None:
    # The trailing check lists only a long sentence's last words; the adverbs before the
    # verb run past them, so all the words are listed again.
    content = "The harbour reopened after the storms, " + "officials in the port " * 8
    text = content + ", the mayor " + "again " * 20 + "said on Monday."
    found = find_attribution(text)
    assert found is not None and found.speaker == "the mayor"
    assert text[found.verb_span[0] : found.verb_span[1]].startswith("again again")
    assert len(attribution._last_words(text)) < len(attribution._words(text))


def test_date_kinds_come_from_the_outermost_group() -> None:
    names = ("mdy", "dmy", "iso", "my", "inmonth", "decade", "ago", "rel", "the", "deictic",
             "weekday", "time", "clock", "year")  # fmt: skip
    text = (
        "on May 1, 2026 and 1 May 2026, 2026-05-01, May 2026, in March, the 1980s, two weeks "
        "ago, next week, the coming week, yesterday, Monday morning, 10 a.m., 14:30, 2023"
    )
    kinds = [m.lastgroup for m in dates._PATTERN.finditer(tables.lowered(text))]
    for match in dates._PATTERN.finditer(tables.lowered(text)):
        assert match.lastgroup == next(n for n in names if match.group(n) is not None)
    assert set(kinds) == set(names)


def test_numbers_without_digits_or_number_words_are_not_searched() -> None:
    assert numbers.find_numbers("Officials met the mayor on Monday.") == []
    assert [n.low for n in numbers.find_numbers("More than 1,200 people left.")] == [1200.0]


def _reference_date_spans(text: str) -> list[tuple[int, int]]:
    """``dates._matches`` without its shortcuts: the pattern at every trigger word and
    digit run (and the words before them), capitals checked as ``_matches`` checks them."""
    lower = tables.lowered(text)
    starts = scan.candidate_starts(lower, dates._trigger_set(), back_words=2)
    found = []
    for match in scan.matches_at(dates._PATTERN, lower, starts):
        cased = dates._CASED_GROUP.get(match.lastgroup or "")
        if cased is None or text[match.start(cased)].isupper():
            found.append(match.span())
    return found


def test_period_bound_trigger_words_alone_start_no_date() -> None:
    pieces = ["this", "next", "last", "past", "coming", "previous", "earlier", "later",
              "following", "the", "week", "weeks", "weekend", "month", "year", "Monday",
              "morning", "day", "days", "ago", "a few", "2015", "5", "10", ":30", "pm", "May",
              "in", "thistle", "lasting", " ", " ", "  ", ",", ".", "-", "’s"]  # fmt: skip
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(6000)]
    texts += ["this is it", "in 2015 this rose", "later this week", "the past 5 years"]
    skipped = 0
    for text in texts:
        hits = dates._trigger_set().hits(word_set(tables.lowered(text)))
        skipped += bool(hits) and dates._only_period_bound(hits, tables.lowered(text))
        assert [m.span() for m in dates._matches(text)] == _reference_date_spans(text), text
    assert skipped > 150  # the shortcut was taken, and found what the plain way finds


def test_one_reading_of_a_text_gives_its_lowered_form_and_its_words() -> None:
    # The finders used to read ``word_set(lowered(text))``: the same set, since lower-casing
    # twice changes nothing (checked here on letters whose lower case is special).
    for text in [*_random_texts(1500, seed=9), "İSTANBUL Σ ΟΔΟΣ", "ǅ Ǆ ǈ", "Straße ẞ"]:
        reading = tables.text_words(text)
        assert reading == (tables.lowered(text), word_set(text)), text
        assert word_set(reading.lower) == reading.words, text


_DATE_PIECES = [
    "the", "this", "next", "last", "past", "coming", "previous", "earlier", "later",
    "following", "week", "weekend", "month", "year", "days", "weeks", "day", "ago", "a",
    "an", "few", "a few", "two", "ten", "several", "in", "since", "by", "of", "mid", "early",
    "may", "May", "March", "Jan.", "sept", "june", "Monday", "sunday", "today", "tonight",
    "tomorrow", "yesterday", "morning", "evening", "5", "31", "1st", "2015", "1980s", "0",
    "2023-05-01", "10", ":30", "a.m.", "pm", " ", " ", " ", "  ", "\t", "\n", ",", ".", "-",
    "$", "%", "percent", "x", "é", "٣",
]  # fmt: skip


def test_the_date_look_ahead_rejects_only_starts_no_branch_can_match() -> None:
    # ``dates._PATTERN`` is ``_BRANCHES`` behind a look-ahead of their first pieces: at
    # every position of every text, both must give the same match (or none).
    unguarded = re.compile(f"(?:{dates._BRANCHES})")
    rng = random.Random(30)
    texts = [
        " ".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(3000)
    ]
    texts += ["".join(rng.choice(_DATE_PIECES) for _ in range(6)) for _ in range(1000)]
    texts += [  # a text for each way a date may start
        "since june 5", "on monday, may 1, 2026", "5 of march 2020", "a few days ago",
        "later this month", "earlier this year", "the past days", "the coming weeks",
        "several years ago", "mid march", "by jan. 5", "2026-05-01", "10 a.m.", "14:30",
        "the 1980s", "this evening", "next friday", "may of 2020", "sunday night",
    ]  # fmt: skip
    rejected = 0
    for text in texts:
        lower = tables.lowered(text)
        for position in range(len(lower)):
            plain = unguarded.match(lower, position)
            guarded = dates._PATTERN.match(lower, position)
            assert (guarded and (guarded.span(), guarded.lastgroup, guarded.groups())) == (
                plain and (plain.span(), plain.lastgroup, plain.groups())
            ), (text, position)
            rejected += re.match(f"(?:{dates._LEADS})", lower[position:]) is None
    assert rejected > 10_000  # the look-ahead did turn starts away


_TENSE_PIECES = [
    "The mayor", "will", "would", "would have", "said", "plans to", "plans", "is to", "next",
    "upcoming", "leave", "on", "Monday", "Friday", "June 18", "March", "2015", "10 a.m.",
    "last week", "two days ago", "yesterday", "for", "set sentencing for", "takes effect on",
    "opens", ",", ".", " ",
]  # fmt: skip


def _eager_dates(text: str, published: dt.date) -> list[DateMention]:
    """``find_dates`` with the future-tense cues looked for before any date asks."""
    lower = tables.lowered(text)
    says = dates._says_future(lower)
    found = [dates._mention(m, text, 0, published, lambda: says) for m in dates._matches(text)]
    return [mention for mention in found if mention is not None]


def test_dates_read_the_tense_only_when_they_need_it_and_as_if_read_first() -> None:
    rng = random.Random(31)
    texts = [
        " ".join(rng.choice(_TENSE_PIECES) for _ in range(rng.randint(2, 12))) for _ in range(3000)
    ]
    published = dt.date(2026, 5, 20)  # a Wednesday: a weekday either side differs
    differs = 0
    for text in texts:
        found = dates.find_dates(text, published=published)
        assert found == _eager_dates(text, published), text
        past = _eager_dates(text.replace("will", "did").replace("next", "last"), published)
        differs += found != past
    assert differs > 100  # the tense did decide dates here


def test_a_year_or_a_time_alone_needs_no_look_for_the_future(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    says = dates._says_future
    monkeypatch.setattr(dates, "_says_future", lambda lower: asked.append(lower) or says(lower))
    published = dt.date(2026, 5, 20)
    assert dates.find_dates("The plant will close in 2027 at 10 a.m.", published=published)
    assert asked == []
    found = dates.find_dates("The plant will close on Monday and Friday.", published=published)
    assert [d.earliest for d in found] == [dt.date(2026, 5, 25), dt.date(2026, 5, 22)]
    assert len(asked) == 1  # once for the sentence, not once per date
