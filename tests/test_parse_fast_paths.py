"""The parser's fast paths give exactly what their plain versions give.

Several patterns were rewritten so that ``re`` can skip ahead to a literal first character
(a leading look-behind is tried at every position); ``normalized_line`` folds ASCII lines
with a byte table. Each is compared here with its plain, readable reference on many seeded
random strings built from the characters that matter to it.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

import pytest
from pydantic import ValidationError

from claimtrack.models import Claim, Entity, Kind
from claimtrack.parse import attribution, grammar, kinds, noise, numbers, sentences, split, tables
from claimtrack.parse import view as view_module
from claimtrack.parse.trusted import Builder, trusted
from claimtrack.parse.view import View

_REFERENCE_COORDINATION = re.compile(
    r"(?:;[ \t]+|,?(?<![ \t])[ \t]+and[ \t]+that[ \t]+|,[ \t]+(?:and|but|yet|while|whereas)[ \t]+"
    r"|(?<![ \t])[ \t]+and[ \t]+|(?<![ \t])[ \t]+(?:while|whereas)[ \t]+"
    r"|,[ \t]+(?=(?:hundreds|dozens|scores|thousands|\d[\d,]{0,12})[ \t]+[a-z]{2,20}(?:ed|en)\b))"
)
_REFERENCE_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|we|We|our|Our|us|my|My|me)(?![\w’'])")
_REFERENCE_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=[ \t\u00a0])")
_REFERENCE_PHONE = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,4}"
    r"|(?:\(\d{2,5}\)[ .-]?|0\d{2,4}[ .-])\d{2,4}(?:[ .-]\d{2,4})+"
    r"|\d{3}-\d{3}-\d{4})(?![\w-]|[.,]\d)"
)


def _random_texts(pieces: list[str], count: int = 20000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "reference", "pieces"),
    [
        (
            split._COORDINATION,
            _REFERENCE_COORDINATION,
            [" ", "\t", "  ", ",", ";", "and", "that", "but", "yet", "while", "whereas", "12",
             "1,200", "hundreds", "killed", "wounded", "x", "\u00a0"],
        ),
        (
            kinds._FIRST_PERSON,
            _REFERENCE_FIRST_PERSON,
            ["I", "we", "We", "our", "Our", "us", "my", "My", "me", "x", " ", "'", "’", "é", "-"],
        ),
        (
            sentences._BOUNDARY,
            _REFERENCE_BOUNDARY,
            [".", "!", "?", "…", '"', "”", "’", "'", ")", "]", " ", "\t", "\u00a0", "a", "\n"],
        ),
    ],
)  # fmt: skip
def test_fast_pattern_finds_what_its_reference_finds(
    fast: re.Pattern[str], reference: re.Pattern[str], pieces: list[str]
) -> None:
    texts = _random_texts(pieces)
    assert sum(1 for text in texts if reference.search(text)) > 1000  # the test has teeth
    for text in texts:
        assert _spans(fast, text) == _spans(reference, text), text


def _reference_normalized_line(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


def test_ascii_folding_equals_the_regex_folding() -> None:
    pieces = ["A", "b", "Z", "_", "1", ",", ".", "'", "-", " ", "\t", "\n", "\x0b", "\x1c", "\x1f"]
    texts = _random_texts([*pieces, "é", "’", "\u00a0", "İ"])
    assert any(text.isascii() and "\x1c" in text for text in texts)
    for text in texts:
        assert noise.normalized_line(text) == _reference_normalized_line(text), repr(text)


@pytest.mark.parametrize(
    ("fast", "reference"),
    [
        (tables._words_of, lambda text: frozenset(tables._WORD.findall(text))),
        (noise._letter_runs, lambda text: noise._LETTERS.findall(text.lower())),
        (attribution._word_texts, attribution._WORD.findall),
    ],
)
def test_ascii_runs_equal_findall_of_their_pattern(
    fast: Callable[[str], object], reference: Callable[[str], object]
) -> None:
    """``ascii_runs`` (a byte table, then ``str.split``) stands in for ``findall`` on ASCII
    text: every ASCII character, and the non-ASCII ones that take the ``findall`` path."""
    ascii_chars = [chr(code) for code in range(128)]
    texts = _random_texts([*ascii_chars, "ab", "Cd", "'s", " ", "é", "’", "©", "\u00a0"])
    assert sum(1 for text in texts if text.isascii()) > 5000  # both paths are taken
    for text in texts:
        assert fast(text) == reference(text), repr(text)


def test_phone_pattern_opening_on_its_first_character_finds_what_the_plain_one_finds() -> None:
    pieces = ["+44 ", "(202) ", "0300 ", "555-", "555 ", "555.", "1234", "12", "0", "x", ",", "."]
    texts = _random_texts([*pieces, "-", " ", "\n", "_", "+", "é"])
    assert sum(1 for text in texts if _REFERENCE_PHONE.search(text)) > 1000  # it has teeth
    for text in texts:
        assert _spans(numbers._PHONE, text) == _spans(_REFERENCE_PHONE, text), text


@pytest.mark.parametrize("table", [noise._boilerplate(), noise._sentence_boilerplate()])
def test_gated_table_answers_as_its_patterns_one_by_one(table: tables.GatedTable) -> None:
    """Passing over the patterns whose first need is missing changes no answer."""
    strings = [s for pattern, _, _ in table.rows for need in pattern.needs for s in need]
    pieces = [*strings, "this", "by", "photo", ": ", "(", ")", " ", "Getty", "x", "K", "\u212a"]
    texts = _random_texts(pieces, count=5000)
    labelled = 0
    for text in texts:
        lower = tables.fold_safe_lower(text)
        expected = next(
            (label for pattern, label, _ in table.rows if pattern.fullmatch(text, lower)), None
        )
        assert table.first_label(text, lower) == expected, repr(text)
        labelled += expected is not None
    assert labelled > 40  # the test has teeth (whole-sentence patterns: few random hits)


def test_builder_builds_what_trusted_builds() -> None:
    values = {"text": "U.S.", "canonical": "United States", "start": 3, "end": 7}
    built = Builder(Entity)({**values})
    assert built == trusted(Entity, **values)
    assert built.model_dump_json() == Entity.model_validate(values).model_dump_json()
    with pytest.raises(ValidationError):  # frozen like any pydantic-built model
        built.text = "x"  # type: ignore[misc]


def test_builder_falls_back_when_the_keys_are_not_the_models_fields() -> None:
    builder = Builder(Claim)
    partial = {"id": "a:1", "article_id": "a", "source": "a", "text": "T.", "sentence": "T."}
    claim = builder({**partial, "start": 0, "end": 2, "line": 1})
    assert builder.fast is False
    assert claim.kind is Kind.FACT and claim.spans == () and claim.dropped is None
    with pytest.raises(TypeError):
        builder({**partial, "start": 0, "end": 2, "line": 1, "unknown": 1})


def test_regex_blanks_are_the_blanks_str_split_uses() -> None:
    """Several fast paths swap ``\\s`` patterns for ``str.split`` (or back): both must see
    the same characters as blanks, in every code point."""
    blank = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(blank.fullmatch(char)) == (len(f"a{char}b".split()) == 2), hex(code)


def _reference_sentence_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text).replace(" ,", ",").strip(" ,;:—–-")
    text = view_module._unpaired_quotes_stripped(text).rstrip(".").rstrip()
    if not text:
        return ""
    if text[0].islower():
        text = text[0].upper() + text[1:]
    if text[-1] not in "!?\"”’')…":
        text += "."
    return text


def test_sentence_text_equals_the_regex_version() -> None:
    pieces = [
        " ",
        "  ",
        "\t",
        "\n",
        ",",
        " ,",
        ";",
        ":",
        "—",
        "-",
        "a",
        "Bc",
        ".",
        '"',
        "“",
        "\u00a0",
    ]
    for text in _random_texts(pieces):
        view = View.of(text, 0, len(text))
        assert view.sentence_text() == _reference_sentence_text(text), repr(text)


def _reference_subject_end(text: str) -> int:
    words = grammar.tokens(text)
    if words and grammar.contracted_verb_offset(words[0]):
        # "it's ...": the verb run into the opening pronoun starts at its apostrophe
        return text.find(words[0]) + grammar.contracted_verb_offset(words[0])
    for index in range(1, min(len(words), 40)):
        if words[index] in (",", ";", ":"):
            continue
        position = 0
        for word in words[: index + 1]:
            position = text.find(word, position) + len(word)
        if grammar.is_verb(words, index) and not grammar._plural_before_its_verb(
            words[index], grammar._verb_kind(words[index]), text, position
        ):
            return position - len(words[index])
    return -1


def _reference_has_verb(text: str) -> bool:
    words = grammar.tokens(text)
    return any(grammar.is_verb(words, i) for i in range(1, min(len(words), 60))) or (
        grammar.is_finite_start(text)
    )


def test_word_by_word_verb_search_equals_the_whole_token_list() -> None:
    pieces = ["The", "ministry", "officials", "said", "has", "have", "been", "is", "quickly",
              "ruled", "out", "preparing", "to", "stop", "the", "a", "talks", "continue",
              "Iran", ",", ";", ":", " ", " ", " ", "  ", "U.S.", "it's", "’", "\t"]  # fmt: skip
    texts = _random_texts(pieces, count=30000)
    texts.append(" ".join(["word"] * 300 + ["said"] * 200))  # past the token window
    assert sum(1 for text in texts if grammar.subject_end(text) > 0) > 3000
    for text in texts:
        verb_at = _reference_subject_end(text)
        assert grammar.subject_end(text) == verb_at, repr(text)
        assert grammar.has_verb(text) == _reference_has_verb(text), repr(text)
        expected = grammar.predicate(text, verb_at) if verb_at > 0 else None
        assert grammar.main_predicate(text) == expected, repr(text)


def _reference_cause_construction(text: str) -> str | None:
    found = split._FOR_REASONS.search(text)
    if found:
        return found.group(1)
    for pattern in split._LED_TO:
        found = pattern.search(text)
        if found:
            return found.group("cause").strip(split._CAUSE_EDGE) or None
    found = split._CAUSE_AFTER.search(text)
    if found is None:
        return None
    end_match = split._CAUSE_END.search(text, found.end())
    end = end_match.start() if end_match else len(text)
    cause = text[found.end() : end].strip(split._CAUSE_EDGE)
    cause = re.sub(r"[^\w\s'’-]+", "", cause).strip()
    return cause if re.search(r"[A-Za-z]{3}", cause) else None


def test_cause_prefilter_skips_only_patterns_that_cannot_match() -> None:
    pieces = ["for", "FOR", "safety", "reasons", "REASONS", "reaſons", "was", "caused", "Caused",
              "by", "started", "when", "WHEN", "blamed", "Blames", ",", "cites", "cited", "that",
              "fire", "has", "led", "LED", "to", " ", " ", " ", "\t", "é", "storm", "cıted",
              "began", "Broke", "out", "BLAMES", "\u212aaused", "wäs", "when"]  # fmt: skip
    texts = _random_texts(pieces, count=30000)
    assert sum(1 for text in texts if _reference_cause_construction(text)) > 300
    for text in texts:
        assert split._cause_construction(text) == _reference_cause_construction(text), repr(text)
