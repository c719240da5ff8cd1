"""A claim's words as pieces of the article text, plus any words the parser inserted.

Splitting a sentence removes parts (an apposition, a trailing participle) and inserts others
(a copied subject, "is"); a ``View`` keeps the stand-alone text and, for every character
that came from the article, where it came from. Character spans of a claim are its pieces.
"""

from __future__ import annotations

from typing import NamedTuple


class Piece(NamedTuple):
    start: int  # offset in the article text, or -1 for an inserted word
    text: str


class View:
    """Text made of pieces; ``text`` is their concatenation."""

    __slots__ = ("kept", "pieces", "text")

    def __init__(
        self, pieces: list[Piece], kept: tuple[tuple[int, int], ...] = (), text: str | None = None
    ) -> None:
        if text is None:
            self.pieces = [p for p in pieces if p.text]
            self.text = "".join(p.text for p in self.pieces)
        else:  # ``_single``: no empty pieces, and ``text`` is their concatenation
            self.pieces = pieces
            self.text = text
        #: Article spans the claim came from but whose words were replaced (a pronoun).
        self.kept = kept

    @classmethod
    def of(cls, article_text: str, start: int, end: int) -> View:
        return _single(start, article_text[start:end], ())

    def slice(self, start: int, end: int | None = None) -> View:
        """The view of ``self.text[start:end]``."""
        stop = len(self.text) if end is None else end
        if len(self.pieces) == 1:  # most views: one piece of article text, one slice
            piece = self.pieces[0]
            low, high = max(start, 0), min(stop, len(piece.text))
            if low >= high:
                return _single(0, "", self.kept)
            real = -1 if piece.start < 0 else piece.start + low
            return _single(real, piece.text[low:high], self.kept)
        found: list[Piece] = []
        position = 0
        for piece in self.pieces:
            piece_end = position + len(piece.text)
            low, high = max(start, position), min(stop, piece_end)
            if low < high:
                real = -1 if piece.start < 0 else piece.start + (low - position)
                found.append(Piece(real, piece.text[low - position : high - position]))
            position = piece_end
        return View(found, self.kept)

    def without(self, start: int, end: int) -> View:
        """The view with ``self.text[start:end]`` cut out."""
        return View(self.slice(0, start).pieces + self.slice(end).pieces, self.kept)

    def prepend(self, words: str) -> View:
        return View([Piece(-1, words), *self.pieces], self.kept)

    def replace_head(self, length: int, words: str) -> View:
        """Replace the first ``length`` characters by ``words`` (a resolved pronoun).

        The replaced characters keep their place in ``spans``: the claim came from them.
        """
        head = self.slice(0, length)
        kept = tuple((p.start, p.start + len(p.text)) for p in head.pieces if p.start >= 0)
        return View([Piece(-1, words), *self.slice(length).pieces], self.kept + kept)

    def replace_at(self, start: int, length: int, words: str) -> View:
        """Replace ``length`` characters from ``start`` by ``words`` (a resolved pronoun after
        a lead-in: "In May, he ..."); the replaced characters keep their place in ``spans``."""
        replaced = self.slice(start, start + length)
        kept = tuple((p.start, p.start + len(p.text)) for p in replaced.pieces if p.start >= 0)
        pieces = [
            *self.slice(0, start).pieces,
            Piece(-1, words),
            *self.slice(start + length).pieces,
        ]
        return View(pieces, self.kept + kept)

    def spans(self) -> list[tuple[int, int]]:
        """Article spans of the pieces, stripped of outer blanks and merged when adjacent."""
        if not self.kept and len(self.pieces) == 1:  # most views: no sorting, no merging
            start, text = self.pieces[0]
            if start < 0:
                return []
            stripped = text.strip()
            if not stripped:
                return [(start, start + len(text))]  # a blank piece keeps its span
            start += len(text) - len(text.lstrip())
            return [(start, start + len(stripped))]
        merged: list[tuple[int, int]] = []
        pieces = [Piece(s, " " * (e - s)) for s, e in self.kept]
        pieces = sorted([*self.pieces, *pieces], key=lambda p: p.start)
        for piece in pieces:
            if piece.start < 0:
                continue
            stripped = piece.text.strip()
            if not stripped and piece.text:
                start, end = piece.start, piece.start + len(piece.text)
            elif not stripped:
                continue
            else:
                start = piece.start + piece.text.index(stripped[0])
                end = start + len(stripped)
            if merged and start - merged[-1][1] <= 1:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def sentence_text(self) -> str:
        """The view as a stand-alone sentence: single spaces, capitalised, one final mark."""
        # Single spaces: ``split``/``join`` gives what ``\s+`` -> " " gives once the outer
        # blanks are stripped (same blanks, same runs), about 3x faster than the regex.
        text = " ".join(self.text.split()).replace(" ,", ",").strip(" ,;:—–-")
        text = _unpaired_quotes_stripped(text).rstrip(".").rstrip()
        if not text:
            return ""
        if text[0].islower():
            text = text[0].upper() + text[1:]
        if text[-1] not in "!?\"”’')…":
            text += "."
        return text


def _single(start: int, text: str, kept: tuple[tuple[int, int], ...]) -> View:
    """``View([Piece(start, text)], kept)`` without the general constructor's passes."""
    return View([Piece(start, text)] if text else [], kept, text)


_QUOTES = '"“”'


def _unpaired_quotes_stripped(text: str) -> str:
    """Drop a quotation mark left dangling at either end by a split ('" This is good')."""
    straight = text.count('"') % 2 == 1
    curly = text.count("“") != text.count("”")
    if (straight or curly) and text[:1] in _QUOTES:
        text = text[1:].lstrip()
    elif (straight or curly) and text[-1:] in _QUOTES:
        text = text[:-1].rstrip(" ,")
    elif straight and text.count('"') == 1 and _closes_a_word(text, text.index('"')):
        # 'All options", including prison, remained open': the quotation opened before the
        # claim's first word, which "warned that" was cut from; its lone closing mark says
        # nothing. A lone opening mark stays: it shows where a quotation begins ('a post
        # that read: "The singer died ...')
        text = text.replace('"', "", 1)
    elif curly and text.count("“") == 0 and text.count("”") == 1:
        text = text.replace("”", "", 1)
    return text


def _closes_a_word(text: str, at: int) -> bool:
    """Whether the mark at ``at`` follows a word's last character (a closing mark)."""
    return at > 0 and not text[at - 1].isspace()
