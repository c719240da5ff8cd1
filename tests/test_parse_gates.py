"""Cheap gates in front of the parser's finders give exactly what the ungated finders give.

``find_certainty``, ``classify`` and ``find_negation`` test one union of their cue lists'
key words before running any list; ``find_negation`` looks for exceptions only once it has
a cue; the apposition split found while looking for a speaker is handed to
``split_clauses``. Each is compared here with its plain version (the code it replaced) on
many seeded random texts built from the words that matter to it.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from claimtrack.models import Article, Certainty, Kind
from claimtrack.parse import (
    attribution,
    certainty,
    dashes,
    dates,
    entities,
    grammar,
    headlines,
    kinds,
    negation,
    noise,
    parse_article,
    split,
    tables,
)
from claimtrack.parse.split import split_appositions, split_clauses
from claimtrack.parse.view import View


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _cue_words(lists: list[tables.Phrases], per_list: int, seed: int) -> list[str]:
    """Some real cues of each list (phrases too), in a stable order."""
    rng = random.Random(seed)
    found: list[str] = []
    for phrases in lists:
        cues = sorted(phrases.first_words)
        found += rng.sample(cues, min(per_list, len(cues)))
    return found


_FILLER = [
    *"The ministry Iran said talks on Monday , and the x May 1 will If if not no doubt".split(),
    *"won't “ ? .".split(),
]


def _reference_certainty(text: str) -> certainty.CertaintyCue:
    """``find_certainty`` before the gate: every list searched in turn."""
    lowered_start = certainty._lower_first(text)
    words = tables.word_set(lowered_start)
    for found_certainty, pattern in certainty._patterns():
        for match in pattern.finditer(lowered_start, words):
            if certainty.is_cue(found_certainty, lowered_start, match):
                return certainty.decided(found_certainty, lowered_start, match)
    headline = grammar.headline_infinitive(text)
    if headline:
        return certainty.CertaintyCue(Certainty.PLANNED, "to", headline.start("to"))
    return certainty.CertaintyCue(Certainty.ASSERTED, None)


def test_certainty_gate_finds_what_every_list_finds() -> None:
    lists = [pattern for _, pattern in certainty._patterns()]
    texts = _random_texts([*_FILLER, *_cue_words(lists, 25, seed=1)], count=6000, seed=2)
    results = [certainty.find_certainty(text) for text in texts]
    assert sum(1 for r in results if r.cue is None) > 300  # both paths are exercised
    assert len({r.certainty for r in results}) == len(Certainty)
    for text, result in zip(texts, results, strict=True):
        assert result == _reference_certainty(text), repr(text)


def _reference_classify(text: str, attributed: bool) -> tuple[Kind, str | None]:
    """``classify`` before the gate: each list searched with its own word test."""
    stripped = text.strip()
    if kinds._QUESTION_END.search(stripped):
        return Kind.QUESTION, "question"
    label = kinds._OPINION_LABEL.match(stripped)
    if label:
        return Kind.OPINION, f"opinion: labelled '{label.group(1).lower()}'"
    if kinds._REQUEST.match(stripped):
        return Kind.OPINION, "opinion: a request ('please')"
    caption = kinds._CAPTION.match(stripped)
    if caption:
        return Kind.META, f"about the page: '{caption.group(0).rstrip(' ,:')}'"
    lower = tables.lowered(stripped)
    meta = kinds._meta().search(lower)
    if meta:
        return Kind.META, f"about the text: '{kinds._plain(meta.group(0))}'"
    # A cue used as a plain noun ("their demands were met"), or, in a claim with no first
    # person, a modal inside an indirect question ("asked whether she must testify") or an
    # evaluative word before a noun ("posted the barbaric video"), is skipped, as
    # ``classify`` does.
    first_person = kinds._first_person(stripped)
    cues = [
        m
        for m in kinds._opinion().finditer(lower)
        if not kinds._is_noun_use(lower, m)
        and (
            first_person
            or not (kinds._in_indirect_question(lower, m) or kinds._modifies_a_noun(lower, m))
        )
    ]
    opinion = cues[0] if cues else None
    if opinion:
        return Kind.OPINION, f"opinion: '{kinds._plain(opinion.group(0))}'"
    if (
        not attributed
        and kinds._first_person(stripped)
        and not kinds._has_quote(stripped)
        and not kinds._first_person_report(stripped)
    ):
        return Kind.OPINION, "opinion: first-person comment"
    return Kind.FACT, None


def test_kind_gate_classifies_as_both_lists_do() -> None:
    lists = [kinds._meta(), kinds._opinion()]
    pieces = [*_FILLER, "we", "Our", "Opinion:", *_cue_words(lists, 30, seed=3)]
    texts = _random_texts(pieces, count=6000, seed=4)
    seen_kinds = set()
    for index, text in enumerate(texts):
        attributed = index % 3 == 0
        result = kinds.classify(text, attributed=attributed)
        seen_kinds.add(result[0])
        assert result == _reference_classify(text, attributed), repr(text)
    assert {Kind.FACT, Kind.OPINION, Kind.META, Kind.QUESTION} <= seen_kinds


def test_first_person_gate_passes_every_first_person_text() -> None:
    """``_may_be_first_person`` says False only where ``_first_person`` finds nothing: the
    word edges it trusts are the pattern's ("pre-we", "*we*", "we'd", "U.S." and
    "F.B.I." each read as the pattern reads them)."""
    pieces = [
        *"we We I i our Our us my My me Me WE ours mine".split(),
        *"pre-we *we* we'd we’ll I.R.S. U.S. F.B.I. I. me. (us) us, #my my/our".split(),
        *"The team said à-me 40% $9 - — … Ruiz , . ; ? ! \" ' ’ [ ] _".split(),
    ]
    texts = _random_texts(pieces, count=8000, seed=11)
    settled = 0
    for text in texts:
        if not kinds._may_be_first_person(text, tables.word_set(text)):
            settled += 1
            assert not kinds._first_person(text), repr(text)
    assert settled > 500  # the gate does settle texts


def _reference_negation(text: str) -> negation.Negation | None:
    """``find_negation`` before the change: exceptions found first, for every text."""
    lower = tables.lowered(text)
    words = tables.word_set(lower)
    blocked = [m.span() for m in negation._exceptions().finditer(lower, words)]
    for match in negation._candidates(lower, words):
        start, end = match.span()
        if any(s <= start < e for s, e in blocked):
            continue
        if negation._in_trailing_subordinate_clause(lower, start, match.group(0)):
            continue  # a rule of its own (test_parse_negation), not part of the gate
        cue = " ".join(match.group(0).lower().split())
        return negation.Negation(cue=cue, start=start, end=end)
    return None


def test_negation_looks_for_exceptions_only_when_it_has_a_cue() -> None:
    lists = [negation._cues(), negation._exceptions()]
    pieces = [*_FILLER, "didn't", "dont", "isn’t", *_cue_words(lists, 30, seed=5)]
    texts = _random_texts(pieces, count=6000, seed=6)
    results = [negation.find_negation(text) for text in texts]
    assert sum(1 for r in results if r is None) > 300
    assert sum(1 for r in results if r is not None) > 300
    for text, result in zip(texts, results, strict=True):
        assert result == _reference_negation(text), repr(text)


def test_clauses_split_with_known_appositions_equal_a_fresh_split() -> None:
    sentences = [
        "Hezbollah, designated a terrorist group by the US, has fired rockets.",
        "The plant, which opened in 1990, closed on Monday and 40 staff lost their jobs.",
        "While talks stalled, the ministry, led by Ana Ruiz, ruled out new taxes.",
        "Officials, citing safety, closed the bridge, which links the two towns.",
        "The union struck; the company hired 300 nurses, according to a statement.",
        "Mr. Okafor, a former banker, is preparing to sell the airline, sources said.",
    ]
    for sentence in sentences:
        view = View.of(sentence, 0, len(sentence))
        known = split_appositions(view)
        fresh = split_clauses(view)
        reused = split_clauses(view, known)
        assert [(c.view.text, c.view.spans(), c.subject, c.origin, c.reason) for c in reused] == [
            (c.view.text, c.view.spans(), c.subject, c.origin, c.reason) for c in fresh
        ], sentence


def test_an_announcement_credits_the_sentence_before_it() -> None:
    text = (
        "Delegates arrived in Geneva. Iran will attend the talks next week. "
        "The announcement, delivered by Foreign Minister Ana Ruiz, came late on Monday.\n"
        "The statement was brief."
    )
    claims = parse_article(Article(id="a", path="a", source="a", text=text))
    credited = [c for c in claims if c.attribution_cue == "delivered by"]
    assert [c.text for c in credited] == ["Iran will attend the talks next week."]
    assert credited[0].attribution == "Foreign Minister Ana Ruiz"
    # Only the sentence right before is credited, and only by a sentence that opens "The".
    assert all(c.attribution is None for c in claims if c.text.startswith("Delegates"))


_REFERENCE_AUX_IN = re.compile(r"\b(?:were|was|are|is|have been|has been|had been)\b")
_REFERENCE_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|set\s+to|scheduled|due\s+to|going\s+to|"
    r"next|upcoming|coming|expected\s+to)\b"
)


@pytest.mark.parametrize(
    ("fast", "reference", "pieces"),
    [
        (split._AUX_IN, _REFERENCE_AUX_IN,
         ["were", "was", "are", "is", "have", "has", "had", "been", " ", "  ", "x", "_", "é",
          "1", "-", "'", "\t", "\n"]),
        (dates._FUTURE, _REFERENCE_FUTURE,
         ["will", "shall", "plan", "s", "is", "are", "set", "to", "scheduled", "due", "going",
          "next", "upcoming", "coming", "expected", " ", "  ", "\t", "\n", "x", "_", "é", "1",
          "-"]),
    ],
)  # fmt: skip
def test_fast_word_pattern_finds_what_its_reference_finds(
    fast: re.Pattern[str], reference: re.Pattern[str], pieces: list[str]
) -> None:
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    assert sum(1 for text in texts if reference.search(text)) > 2000  # the test has teeth
    for text in texts:
        expected = [m.span() for m in reference.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected, repr(text)


def test_only_the_listed_characters_fold_to_ascii_letters_under_ignorecase() -> None:
    """``split._FOLDS_TO_ASCII`` lists every non-ASCII character ``re.I`` matches to an
    ASCII letter; text without them can be pre-filtered in lower case."""
    letter = re.compile("[a-z]", re.I)
    folding = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))]
    listed = [chr(c) for c in range(sys.maxunicode + 1) if split._FOLDS_TO_ASCII.match(chr(c))]
    assert folding == listed


def test_capitalised_words_equal_the_match_by_match_set() -> None:
    rng = random.Random(9)
    pieces = ["a", "b", ",", ";", " ", "\n", "\t", "Iran", "Tehran", "US", "X", "é", "Ólafur", "."]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(5000)]
    found = 0
    for text in texts:
        expected = frozenset(
            m.group(2) for m in entities._MID_CAPITAL.finditer(text) if m.group(1).count("\n") < 2
        )
        assert entities.capitalised_words(text) == expected, repr(text)
        found += bool(expected)
    assert found > 300


def test_required_strings_name_what_every_match_holds() -> None:
    assert tables.required_strings(r".*\b(?:shop|buy)\b.*\bclick\b.*", re.I) == (
        frozenset({"shop", "buy"}),
        frozenset({"click"}),
    )
    # Optional parts and branches without a literal in every alternative require nothing.
    assert tables.required_strings(r"(?:please )?Sign up\b.{0,9}") == (frozenset({"sign up"}),)
    assert tables.required_strings(r"(?:a+|\d)x") == (frozenset({"x"}),)
    assert tables.required_strings(r"[a-z]+\d{2}") == ()
    assert tables.required_strings(r"©.*") == ()  # not ASCII: never used as a gate


def _boilerplate_texts(patterns: list[str], count: int, seed: int) -> list[str]:
    """Texts made of the patterns' own words (upper, lower and title case), filler and
    the characters ``re.I`` folds to ASCII letters."""
    words = {w for p in patterns for w in re.findall(r"[a-z']{2,}", p)}
    pieces = sorted(words | {w.upper() for w in words} | {w.title() for w in words})
    pieces += ["x", "Iran", ":", "(", ")", "@", "a.b", "©", "ſhop", "Kelvin", "—", "-", "?"]
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(count)]


@pytest.mark.parametrize("data_file", ["boilerplate.txt", "boilerplate_sentences.txt"])
def test_gated_patterns_match_what_the_plain_patterns_match(data_file: str) -> None:
    patterns = [pattern for pattern, _ in tables.pairs(data_file)]
    texts = _boilerplate_texts(patterns, 8000, seed=5)
    matched = 0
    for pattern in patterns:
        plain = re.compile(pattern, re.I)
        gated = tables.GatedPattern(pattern, re.I)
        for text in texts:
            expected = plain.fullmatch(text)
            found = gated.fullmatch(text, tables.fold_safe_lower(text))
            assert (found and found.span()) == (expected and expected.span()), (pattern, text)
            matched += expected is not None
    assert matched > 60  # the test has teeth


def _reference_content_start(text: str, start: int, end: int) -> int:
    """``noise.content_start`` before its first-character gate."""
    position = start
    for pattern in noise._OPENERS:
        match = pattern.match(text, position, end)
        if match and match.end() < end:
            position = match.end()
    return position


def test_content_start_gate_skips_what_every_pattern_skips() -> None:
    pieces = [
        "PARIS", "(AFP)", "—", "-", "BREAKING:", "UPDATE", ":", "Reuters", "##", "*", "_",
        "🇺🇸", "\u2600", " ", "the", "Iran", "5", "said", "ALERT", "|", "x:", "É",
    ]  # fmt: skip
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    moved = 0
    for text in texts:
        for start in (0, 1):
            expected = _reference_content_start(text, start, len(text))
            assert noise.content_start(text, start, len(text)) == expected, repr(text)
            moved += expected != start
    assert moved > 1000


def test_headline_infinitive_gate_keeps_every_planned_headline() -> None:
    pieces = ["Iran", "US", "Talks", "to", "TO", "stop", "resume", "\t", "x", "To", ",", "the"]
    rng = random.Random(4)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(20000)]
    planned = 0
    for text in texts:
        expected = grammar.headline_infinitive(text) is not None
        found = certainty.find_certainty(text)
        assert (found.certainty is Certainty.PLANNED and found.cue == "to") == expected, text
        planned += expected
    assert planned > 100


def _reference_entities(text: str, known: frozenset[str]) -> list[tuple[str, str, int]]:
    """``find_entities`` before one-word runs were settled per word: each run read anew."""
    table = entities.alias_table()
    found = []
    for match in entities._CAP_RUN.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
            continue
        run = match.group()
        if " " in run:
            found += entities._run_entities(text, match, 0, table, known)
        elif not entities._is_starter(run, table.first_words):
            found += entities._word_entities(text, run, start, 0, table, known)
    return [(e.text, e.canonical, e.start) for e in found]


def test_one_word_runs_settled_per_word_give_the_same_entities() -> None:
    pieces = [
        "Iran", "Iran's", "Tehran", "U.S.", "US", "States'", "The", "However", "Smith", "Ab",
        "NATO", "Of", "X", "Washington", "said", "the", ".", ",", "\n", "—", "Ms.", "Al",
        "ABCDEFGHIJKLMNOP", "Ruiz’", "May", "Delegates", "\"",
    ]  # fmt: skip
    rng = random.Random(8)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    known = frozenset({"Delegates", "Smith"})
    named = 0
    for text in texts:
        expected = _reference_entities(text, known)
        found = [
            (e.text, e.canonical, e.start) for e in entities.find_entities(text, 0, None, known)
        ]
        assert found == expected, repr(text)
        named += len(expected)
    assert named > 20000


_SPEAKER_PIECES = [
    *"The mayor Ms. Ruiz officials the port's director of police , , : ;".split(),
    *"“ ” \" ( ) (D-Ore.)".split(),
    *"said told tells confirmed added announced claims warned reporters that the bridge".split(),
    *"will reopen on Monday in a statement he it they was closed Meanwhile However".split(),
    *"Said TOLD said: said, told. 'said' said-".split(),
]  # fmt: skip


def test_leading_speaker_patterns_match_as_without_their_verb_gates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``attribution._leading_match`` skips a pattern when none of its verbs stands where a
    speaker's verb can (before the second comma, a colon, a semicolon or a quotation mark),
    or when the text lacks the mark its content opens after ("that", a comma, a colon):
    what it finds equals what every pattern, tried on every text, finds."""
    rng = random.Random(5)
    openers = ["", "", "Meanwhile,", "In Lisbon,", "On Monday last,", "Mayor Ruiz,", "(R)"]
    texts = [
        f"{rng.choice(openers)} {text}".strip()
        for text in _random_texts(_SPEAKER_PIECES, 8000, seed=17)
    ]
    gated = [attribution._leading_match(text) for text in texts]
    assert sum(found is not None for found in gated) > 300  # the test has teeth
    ungated = (None,) * len(attribution._leading())
    monkeypatch.setattr(attribution, "_leading_gates", lambda: ungated)
    monkeypatch.setattr(attribution, "_LEADING_MARKS", ungated)
    for text, found in zip(texts, gated, strict=True):
        assert attribution._leading_match(text) == found, repr(text)


def _reference_title_case(text: str) -> bool:
    """``headlines.is_title_case`` before its ASCII fast path."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= 3 and sum(word[:1].isupper() for word in words) * 3 >= len(words) * 2


def test_title_case_counts_words_as_the_word_list_does() -> None:
    """The byte-class count gives what the list of words gives, blanks of every kind
    ``str.split`` knows included."""
    pieces = ["A", "a", "Bc", "dE", "1", "-", "'", ".", "Z", "z9", "é", "É"]
    pieces += [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u2003"]
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(40000)]
    assert sum(map(_reference_title_case, texts)) > 2000  # the test has teeth
    for text in texts:
        assert headlines.is_title_case(text) == _reference_title_case(text), repr(text)


def test_title_case_reads_marks_outside_ascii_as_the_word_list_does() -> None:
    """Text whose only characters outside ASCII are marks (curly quotes, dashes, the
    ellipsis: each read as "?") is counted as the list of words counts it; a letter or a
    blank outside ASCII sends it the word list's way."""
    pieces = ["A", "a", "Bc", "dE", "1", "-", "Z", "’", "“", "”", "‘", "—", "–", "…", "€"]
    pieces += ["“A", "’s", "‘b", "Ab", "Cd"] + [" "] * 8 + ["  ", "\t", "\x1c"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(30000)]
    marked = [text for text in texts if not text.isascii()]
    assert sum(map(_reference_title_case, marked)) > 300  # the test has teeth
    texts += [f"{text} é" for text in marked[:3000]] + [f"{text}\u2003x" for text in marked[:3000]]
    for text in texts:
        assert headlines.is_title_case(text) == _reference_title_case(text), repr(text)


def test_dash_test_finds_every_dash_in_ascii_and_other_text() -> None:
    """``dashes.may_hold_dash`` (ASCII text tested for "--" only) finds what a test of
    every dash finds."""
    pieces = ["-", "--", "—", "–", "―", "a", " ", "é", "1"]
    rng = random.Random(9)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in texts:
        expected = any(dash in text for dash in dashes._DASH_CHARS)
        assert dashes.may_hold_dash(text) == expected, repr(text)
