"""Read stage: paths -> Articles. Never prints; a file it cannot use becomes a ``Skipped``.

Everything a folder of scraped files can throw at us ends here as a ``Skipped`` entry with a
reason a person understands (binary files, empty files, huge files, broken symlinks, files
deleted mid-run, bad JSON lines, broken front matter...) or as a note on the ``Article`` when
the reader recovered (a guessed encoding, replaced control characters). Nothing raises out of
``read_sources`` for a bad file, and nothing here can block (named pipes are never opened for
reading) or backtrack (every regular expression is linear).
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from dateutil import parser as dateparser

from claimtrack.errors import UsageError
from claimtrack.models import Article, Skipped
from claimtrack.options import Options

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

    from claimtrack.parse.noise import PostSignature

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm")
_FORMATS_HINT = "claimtrack reads .txt, .md, .json, .jsonl and .html"
_MISSING = "no such file or folder"
_SOURCE_LINE = re.compile(r"^[ \t]*Source:(?P<rest>[^\n]*)", re.MULTILINE)
# "... identified in the post as: Source: Ash Crypto." A credit that closes a line after a
# colon or a full stop; the fixed-width look-behind keeps the scan linear.
_SOURCE_AT_LINE_END = re.compile(r"(?<=[:.] )Source:(?P<rest>[^\n]*)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_OPENING = re.compile(r"\A---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")
_METADATA_FIELDS = ("title", "source", "date", "published", "url", "author")
_SCALARS = (str, int, float, dt.date)
# C0 controls except tab and line breaks, DEL, C1 controls, lone surrogates: none belongs in
# article text, and ESC in particular would reach the user's terminal through rich.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")
_SNIFF_BYTES = 8192
_CONTROL_BYTES = frozenset({*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F})
_CONTROL_BYTES_TABLE = bytes(sorted(_CONTROL_BYTES))
_MAX_CONTROL_RATIO = 0.10
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Unicode categories of what Windows-1252 adds to ASCII besides letters: dashes, quotes and
#: other punctuation, currency, symbols such as "°" or "©", and the no-break space.
_WESTERN_MARKS = frozenset({"Pd", "Pi", "Pf", "Po", "Ps", "Pe", "Sc", "Sk", "Sm", "So", "Zs"})
_MAX_LISTED_BAD_LINES = 20
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FILE_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


class UnreadableFileError(Exception):
    """Raised inside the reader for one file; becomes a ``Skipped`` entry, never escapes."""


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class _Candidate:
    """A file found on disk. ``explicit`` files were named by the user, not found in a walk."""

    root: Path
    path: Path
    explicit: bool


@dataclass
class _Reading:
    """The state of one ``read_sources`` call: what was read, under which ids and paths."""

    options: Options
    result: ReadResult = field(default_factory=ReadResult)
    read_files: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    used_ids: set[str] = field(default_factory=set)

    def skip(self, path: Path | str, reason: str) -> None:
        self.result.skipped.append(Skipped(path=str(path), reason=reason))


def read_sources(paths: Iterable[str | Path], options: Options | None = None) -> ReadResult:
    """Read every article under ``paths`` (files or folders, recursively), in a stable order.

    Raises ``UsageError`` only for a bad option (an unknown ``--encoding``); every problem
    with a file becomes an entry of ``ReadResult.skipped`` and the reading goes on.
    """
    return read_scanned(scan_sources(paths, options))


@dataclass(frozen=True)
class ScannedFile:
    """One article file's bytes as read once, or why they could not be read."""

    candidate: _Candidate
    raw: bytes = b""
    identity: tuple[int, int] = (0, 0)
    error: str | None = None


@dataclass
class SourceScan:
    """Every input file's bytes (or the reason it is unusable), before any decoding.

    WHY a stage of its own: the whole-result cache is keyed on exactly these bytes, so a
    re-run can tell "nothing changed" after reading files but before the costly decoding
    and front-matter parsing, and a miss then reads articles from the same bytes it hashed.
    """

    options: Options
    paths: list[str | Path] = field(default_factory=list)
    items: list[ScannedFile | Skipped] = field(default_factory=list)

    def fingerprint(self) -> str:
        """A SHA-256 of everything ``read_scanned`` will see, in order."""
        digest = hashlib.sha256()
        for item in self.items:
            if isinstance(item, Skipped):
                digest.update(repr(("skipped", item.path, item.reason)).encode())
                continue
            where = item.candidate
            digest.update(repr(("file", str(where.root), str(where.path))).encode())
            digest.update(repr((item.identity, item.error)).encode())
            digest.update(hashlib.sha256(item.raw).digest())
        return digest.hexdigest()


def scan_sources(paths: Iterable[str | Path], options: Options | None = None) -> SourceScan:
    """Find every article file under ``paths`` and read its bytes (no decoding yet)."""
    options = options or Options()
    _check_encoding_name(options.encoding)
    scan = SourceScan(options, list(paths))
    for found in _expand(scan.paths):
        if isinstance(found, Skipped):
            scan.items.append(found)
            continue
        try:
            raw, identity = _read_bytes(found.path, options)
        except UnreadableFileError as exc:
            scan.items.append(ScannedFile(found, error=str(exc)))
            continue
        scan.items.append(ScannedFile(found, raw, identity))
    return scan


def nothing_read_hint(
    skipped: Iterable[Skipped],
    otherwise: str | None = "point claimtrack at .txt, .md, .json, .jsonl or .html articles",
) -> str | None:
    """The next step when no article could be read: a path that does not exist is most
    often a typo or a path relative to another folder, not a file of the wrong kind."""
    if all(item.reason == _MISSING for item in skipped):
        return (
            "check the path's spelling; a relative path is read from the current folder"
            f" ({Path.cwd()})"
        )
    return otherwise


def read_scanned(scan: SourceScan) -> ReadResult:
    """Turn scanned bytes into articles, in the scan's order."""
    reading = _Reading(scan.options)
    for item in scan.items:
        if isinstance(item, Skipped):
            reading.result.skipped.append(item)
        else:
            _read_candidate(item, reading)
    return reading.result


def _check_encoding_name(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise UsageError(
            f"unknown encoding {encoding!r}",
            hint="use a Python codec name such as utf-8, latin-1, cp1252 or utf-16",
        ) from exc


# --- finding files ---------------------------------------------------------------------


def _expand(paths: Iterable[str | Path]) -> Iterator[_Candidate | Skipped]:
    """Files to read, and files found unusable, in order: files as given, folders sorted."""
    for given in paths:
        path = Path(given)
        try:
            info = path.stat()
        except OSError as exc:
            yield Skipped(path=str(path), reason=_missing_reason(path, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path)
        elif stat.S_ISREG(info.st_mode):
            yield _Candidate(path.parent, path, explicit=True)
        else:
            yield Skipped(path=str(path), reason=_not_regular_reason(info.st_mode))


def _walk(root: Path) -> list[_Candidate | Skipped]:
    """Every article file under ``root``, sorted by relative path; the rest is reported.

    Symbolic links are followed, except one that leads back into a folder being walked (a
    loop). Hidden files and folders (``.git``, ``.DS_Store``) are ignored silently.
    """
    found: list[tuple[tuple[str, ...], _Candidate | Skipped]] = []
    folders_named_like_files: list[Path] = []
    # Each folder carries its path relative to ``root`` (the sort key of what it holds):
    # cheaper than ``Path.relative_to`` once per file.
    stack: list[tuple[Path, tuple[str, ...], frozenset[tuple[int, int]]]] = [
        (root, (), frozenset({_identity(root.stat())}))
    ]
    while stack:
        folder, relative, ancestors = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            reason = f"folder could not be listed ({_os_reason(exc)})"
            found.append((relative, Skipped(path=str(folder), reason=reason)))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            key = (*relative, entry.name)
            if path.suffix.lower() in ARTICLE_SUFFIXES and entry.is_file(follow_symlinks=False):
                # A plain file (not a link): the listing already says so, no stat needed.
                found.append((key, _Candidate(root, path, explicit=False)))
                continue
            try:
                info = entry.stat()  # follows symbolic links
            except OSError as exc:
                found.append((key, Skipped(path=str(path), reason=_missing_reason(path, exc))))
                continue
            if stat.S_ISDIR(info.st_mode):
                if _identity(info) in ancestors:
                    reason = "symbolic link loop: it leads back into a folder being read"
                    found.append((key, Skipped(path=str(path), reason=reason)))
                    continue
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    folders_named_like_files.append(path)
                stack.append((path, key, ancestors | {_identity(info)}))
            elif not stat.S_ISREG(info.st_mode):
                reason = _not_regular_reason(info.st_mode)
                found.append((key, Skipped(path=str(path), reason=reason)))
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append((key, _Candidate(root, path, explicit=False)))
            else:
                found.append((key, Skipped(path=str(path), reason=_not_article_reason(path))))
    for folder in folders_named_like_files:
        prefix = _key(folder, root)
        if not any(key[: len(prefix)] == prefix for key, item in found):
            reason = f"a folder named like a file, with no article inside ({_FORMATS_HINT})"
            found.append((prefix, Skipped(path=str(folder), reason=reason)))
    if not found:
        reason = f"folder holds no article files ({_FORMATS_HINT})"
        found.append(((), Skipped(path=str(root), reason=reason)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _key(path: Path, root: Path) -> tuple[str, ...]:
    return path.relative_to(root).parts


def _identity(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def _missing_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop: the link points (through other links) back to itself"
    if path.is_symlink():
        try:
            target = str(path.readlink())
        except OSError:
            target = "?"
        return f"broken symbolic link: it points to {target}, which does not exist"
    if isinstance(exc, FileNotFoundError):
        return _MISSING
    return f"could not be opened ({_os_reason(exc)})"


def _not_regular_reason(mode: int) -> str:
    kind = _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return f"{kind}, not a file: claimtrack reads only regular files"


def _not_article_reason(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        return f"could not be opened ({_os_reason(exc)})"
    kind = _signature(head)
    if kind:
        return f"binary file ({kind}), not an article: {_FORMATS_HINT}"
    suffix = path.suffix.lower() or "no extension"
    return f"not an article file ({suffix}): {_FORMATS_HINT}; rename it if it is one"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# --- reading one file ------------------------------------------------------------------


def _read_candidate(scanned: ScannedFile, reading: _Reading) -> None:
    candidate = scanned.candidate
    path = candidate.path
    raw, identity = scanned.raw, scanned.identity
    try:
        if scanned.error is not None:
            raise UnreadableFileError(scanned.error)
        if identity in reading.read_files:
            _note_duplicate(identity, path, reading)
            return
        articles, skipped = read_file(path, candidate.root, reading.options, raw=raw)
    except UnreadableFileError as exc:
        reading.skip(path, str(exc))
        return
    reading.read_files[identity] = []
    for article in articles:
        article = _with_unique_id(article, reading.used_ids)
        reading.read_files[identity].append(len(reading.result.articles))
        reading.result.articles.append(article)
    reading.result.skipped.extend(skipped)


def _note_duplicate(identity: tuple[int, int], path: Path, reading: _Reading) -> None:
    """The same file again (named twice, or through a link): read once, say so."""
    log.info("skipping %s: already read under another name", path)
    for index in reading.read_files[identity]:
        article = reading.result.articles[index]
        note = f"also given as {path}; read once"
        reading.result.articles[index] = article.model_copy(
            update={"notes": (*article.notes, note)}
        )


def _with_unique_id(article: Article, used: set[str]) -> Article:
    """Two folders may each hold ``wire.md``: the second gets its path as given for id."""
    candidates = [article.id, Path(article.path).as_posix()]
    chosen = next((c for c in candidates if c not in used), None)
    number = 2
    while chosen is None:
        if f"{article.id}~{number}" not in used:
            chosen = f"{article.id}~{number}"
        number += 1
    used.add(chosen)
    return article if chosen == article.id else article.model_copy(update={"id": chosen})


def read_file(
    path: Path, root: Path, options: Options, raw: bytes | None = None
) -> tuple[list[Article], list[Skipped]]:
    """Read one file into articles (a JSON-lines file holds many) and the records it skipped.

    Raises ``UnreadableFileError`` when nothing in the file is usable.
    """
    if raw is None:
        raw, _ = _read_bytes(path, options)
    text, encoding, notes = decode(raw, path, options)
    base = _Base(_article_id(path, root), path, encoding, notes)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _from_json_document(text, base)
    if suffix == ".jsonl":
        return _from_json_lines(text, base)
    if suffix in (".html", ".htm"):
        return [_from_html(text, base)], []
    if suffix in (".md", ".markdown"):
        return [_from_markdown(text, base)], []
    return [_make_article(base, text, {})], []


def _read_bytes(path: Path, options: Options) -> tuple[bytes, tuple[int, int]]:
    """The file's bytes and identity; at most ``max_file_size`` of them are ever read."""
    try:
        # O_NONBLOCK: if a named pipe took the file's place since the listing, opening it
        # must not wait for a writer; fstat below then rejects it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UnreadableFileError(_not_regular_reason(info.st_mode))
            _check_size(info.st_size, options.max_file_size)
            # Ask for the size fstat gave (plus one byte, to see growth): ``read(limit)``
            # would allocate the whole 20 MB limit for every 5 KB article.
            raw = handle.read(info.st_size + 1)
            if len(raw) > info.st_size:  # it grew since fstat: read on, up to the limit
                raw += handle.read(max(0, options.max_file_size + 1 - len(raw)))
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise UnreadableFileError(_missing_reason(path, exc)) from exc
        raise UnreadableFileError(
            "disappeared before it could be read (deleted or moved during the run)"
        ) from exc
    except PermissionError as exc:
        raise UnreadableFileError(
            "permission denied: claimtrack may not read it (check the file's permissions)"
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFileError(_missing_reason(path, exc)) from exc
        raise UnreadableFileError(f"could not be read ({_os_reason(exc)})") from exc
    _check_size(len(raw), options.max_file_size)  # it may have grown since fstat
    if not raw:
        raise UnreadableFileError("empty file")
    if raw.isspace():  # the same ASCII whitespace as ``strip``, without a copy
        raise UnreadableFileError("empty file (only whitespace)")
    return raw, _identity(info)


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise UnreadableFileError(
            f"too large: {_megabytes(size)} is over --max-file-size ({_megabytes(limit)}); "
            f"raise the limit with --max-file-size BYTES if it really is one article"
        )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


# --- bytes -> text ---------------------------------------------------------------------


def decode(raw: bytes, path: Path, options: Options) -> tuple[str, str, tuple[str, ...]]:
    """Bytes -> (text, encoding, notes). UTF-8 first, byte-order marks honoured, else detected.

    Raises ``UnreadableFileError`` for binary files and text whose encoding cannot be found.
    """
    kind = _signature(raw[:64])
    if kind:
        raise UnreadableFileError(
            f"binary file ({kind}), not text: save the article as .txt, .md or .html first"
        )
    if options.encoding:
        return _decode_as(raw, options.encoding)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(raw, codec)
    utf16 = _utf16_without_bom(raw[:_SNIFF_BYTES])
    if utf16:
        text, encoding, _ = _decode_as(raw, utf16)
        return text, encoding, (f"no byte-order mark: read as {encoding}",)
    _reject_binary(raw[:_SNIFF_BYTES])
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(raw)
    if damaged is not None:
        return damaged
    return _detect(raw)


def _decode_as(raw: bytes, encoding: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        return raw.decode(encoding), encoding, ()
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            f"not valid {encoding} (byte {exc.start}): try another --encoding, or leave it "
            "out to detect the encoding"
        ) from exc


def _decode_with_bom(raw: bytes, codec: str) -> tuple[str, str, tuple[str, ...]]:
    name = codec.removesuffix("-sig")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            f"starts with a {name.upper()} byte-order mark but is not valid {name.upper()} "
            f"(byte {exc.start}): try --encoding with the file's real encoding"
        ) from exc
    return text.removeprefix("\ufeff"), name, ()


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM: NULs on one side of (almost) every ASCII character pair."""
    pairs = len(head) // 2
    if pairs < 8 or b"\x00" not in head:
        return None
    even_nuls = head[0 : pairs * 2 : 2].count(0)
    odd_nuls = head[1 : pairs * 2 : 2].count(0)
    if odd_nuls > 0.7 * pairs and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls > 0.7 * pairs and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        head[: pairs * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _reject_binary(head: bytes) -> None:
    if b"\x00" in head:
        raise UnreadableFileError(
            "binary file (it contains NUL bytes), not text: save the article as .txt first, "
            "or give --encoding if it is UTF-16 or UTF-32 text"
        )
    # bytes.translate deletes in C: 100x faster than counting byte by byte in Python.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES_TABLE))
    if head and controls / len(head) > _MAX_CONTROL_RATIO:
        raise UnreadableFileError(
            f"binary file ({controls / len(head):.0%} control characters), not text"
        )


def _mostly_utf8(raw: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with a few stray bytes (pasted Windows text): keep it, replace only those bytes.

    Guessing a legacy encoding for the whole file would garble every correct UTF-8 character
    in it, so when valid multi-byte sequences outnumber the bad bytes, UTF-8 wins.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    if multibyte <= bad:
        return None
    note = (
        f"{bad} byte(s) that are not valid UTF-8 were replaced with U+FFFD "
        "(use --encoding to read the file in another encoding)"
    )
    return text, "utf-8", (note,)


def _detect(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    from charset_normalizer import from_bytes

    results = from_bytes(raw)
    best = results.best()
    if best is None:
        raise UnreadableFileError(
            "not UTF-8, and its encoding could not be detected: try --encoding latin-1 "
            "(or the file's real encoding) if it is text"
        )
    encoding, text = best.encoding, str(best)
    if encoding != "cp1252":
        western = _windows_1252(raw)
        # Short Western text decodes identically, or equally cleanly, in several Windows
        # code pages; charset-normalizer then often names cp1250, a DOS code page or even a
        # Chinese one. Windows-1252 is what legacy English news text almost always is (and
        # what browsers assume for Latin-1), so it wins a tie, and wins outright when its
        # reading looks like English with a few accented names.
        if western is not None and (_tied(results, best.chaos) or _reads_as_western(western)):
            encoding, text = "cp1252", western
    note = f"not UTF-8: read as {encoding} (use --encoding to force another)"
    return text, encoding, (note,)


def _windows_1252(raw: bytes) -> str | None:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
        return None


def _tied(results: CharsetMatches, chaos: float) -> bool:
    """Whether Windows-1252 reads the bytes as cleanly as the best guess."""
    return any(r.chaos <= chaos and "cp1252" in r.could_be_from_charset for r in results)


def _reads_as_western(text: str) -> bool:
    """Whether ``text``, read as Windows-1252, looks like English with a few accented words.

    Every character beyond ASCII must be a Latin letter or a mark of punctuation, currency or
    symbol ("Hélène", "café", curly quotes, "€", "°"), and the words holding such letters
    must mostly hold ASCII letters too. Cyrillic or Greek text read as Windows-1252 gives
    words made of accented Latin letters only ("Ïðåçèäåíò"), and Polish gives "³" for "ł",
    so the detector's own guess stands for those.
    """
    words = [word for word in _LETTERS.findall(text) if not word.isascii()]
    if not words:
        return False
    for char in set(_NON_ASCII.findall(text)):
        category = unicodedata.category(char)
        if category[0] == "L":
            if not unicodedata.name(char, "").startswith("LATIN "):
                return False
        elif category not in _WESTERN_MARKS:
            return False
    mixed = sum(1 for word in words if _ASCII_LETTER.search(word))
    return 2 * mixed >= len(words)


@lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[int, bytes, str], ...]:
    table = resources.files("claimtrack").joinpath("data").joinpath("file_signatures.tsv")
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        offset, magic, name = line.split("\t")
        rows.append((int(offset), bytes.fromhex(magic), name))
    return tuple(rows)


def _signature(head: bytes) -> str | None:
    """What a binary file is, from its first bytes (PNG, PDF, ZIP...), or None."""
    for offset, magic, name in _signatures():
        if head[offset : offset + len(magic)] == magic:
            return name
    return None


# --- text -> articles ------------------------------------------------------------------


@dataclass(frozen=True)
class _Base:
    """What every article of one file shares."""

    article_id: str
    path: Path
    encoding: str
    notes: tuple[str, ...]


def _article_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.as_posix()


def _from_markdown(text: str, base: _Base) -> Article:
    match = _FRONT_MATTER.match(text)
    if not match:
        if _FRONT_MATTER_OPENING.match(text):
            raise UnreadableFileError(
                "front matter opened with --- on line 1 is never closed: "
                "add a --- line after the last field"
            )
        return _make_article(base, text, {})
    try:
        loaded = _load_front_matter(match.group("yaml"))
    except yaml.YAMLError as exc:
        raise UnreadableFileError(
            f"front matter is not valid YAML ({_yaml_problem(exc)}): fix it or remove the --- block"
        ) from exc
    except RecursionError as exc:
        raise UnreadableFileError("front matter is nested too deeply to be read") from exc
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        # PyYAML's constructors raise these, not ``YAMLError``, for an explicit tag on a value
        # it cannot build (``!!int abc``, ``!!bool maybe``, ``!!timestamp soon``): skipped with
        # its reason like any malformed front matter, not a traceback that ends the run.
        raise UnreadableFileError(
            f"front matter holds a value YAML cannot build ({type(exc).__name__}: {exc}):"
            " fix it or remove the --- block"
        ) from exc
    if loaded is not None and not isinstance(loaded, dict):
        raise UnreadableFileError(
            "front matter is not a list of field: value lines (title:, source:, date:...)"
        )
    # Blank out the front matter instead of cutting it so offsets still count from the
    # file's first character and line numbers still match the file.
    blanked = re.sub(r"[^\r\n]", " ", match.group(0)) + text[match.end() :]
    return _make_article(base, blanked, loaded or {})


def _load_front_matter(source: str) -> Any:
    """``yaml.safe_load`` (an impossible date kept as text: ``_timestamp_or_text``), through
    libyaml's C parser when PyYAML has it (about 15x faster).

    Both loaders build values with the same ``SafeConstructor``; any problem is handed to the
    pure-Python loader so that error messages (which end up in skip reasons) never differ.
    """
    if _C_SAFE_LOADER is not None:
        try:
            return yaml.load(source, Loader=_C_SAFE_LOADER)
        except Exception:  # the pure-Python loader below says what is wrong, as before
            pass
    return yaml.load(source, Loader=_SAFE_LOADER)


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> Any:
    """A YAML timestamp, or its text when it names no real day (``2026-13-01``, ``2026-02-30``).

    PyYAML raises ``ValueError`` for those, not ``YAMLError``: one mistyped date would end
    the whole run. As text, ``parse_date`` finds no date in it, as for ``date: soon``.
    """
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _with_lenient_timestamps(loader: Any) -> Any:
    """A subclass of the safe ``loader`` that builds timestamps with ``_timestamp_or_text``
    (``add_constructor`` on the subclass leaves PyYAML's own loader as it was)."""
    lenient: Any = type(f"Lenient{loader.__name__}", (loader,), {})
    lenient.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
    return lenient


_SAFE_LOADER: Any = _with_lenient_timestamps(yaml.SafeLoader)
_C_SAFE_LOADER: Any = (
    _with_lenient_timestamps(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else None
)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = str(getattr(exc, "problem", None) or _first_line(exc))
    if problem.startswith("mapping values are not allowed"):
        # The usual cause by far: a title with a colon in it (title: Fact check: the quake).
        problem += "; a value holding ': ' needs quotes, as in title: \"Fact check: the quake\""
    if mark is not None:
        # +2: the mark is 0-based and counts from the line after the opening ---.
        return f"line {mark.line + 2}: {problem}"
    return problem


def _from_json_document(text: str, base: _Base) -> tuple[list[Article], list[Skipped]]:
    data = _load_json(text, "not valid JSON", multi_record_hint=True)
    if isinstance(data, list):
        if not data:
            raise UnreadableFileError("the JSON list holds no records")
        return _from_records(
            ((f"record {n}", record) for n, record in enumerate(data, start=1)),
            base,
            numbered=len(data) > 1,
        )
    return [_from_record(data, base)], []


def _from_json_lines(text: str, base: _Base) -> tuple[list[Article], list[Skipped]]:
    def records() -> Iterator[tuple[str, Any]]:
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                try:
                    yield f"line {number}", _load_json(line, "not valid JSON", one_line=True)
                except UnreadableFileError as exc:
                    yield f"line {number}", exc

    return _from_records(records(), base, numbered=True)


def _from_records(
    records: Iterable[tuple[str, Any]], base: _Base, *, numbered: bool
) -> tuple[list[Article], list[Skipped]]:
    """Keep the good records; each bad one is reported on its own, with its line or number."""
    articles: list[Article] = []
    bad: list[tuple[str, str]] = []
    for where, record in records:
        try:
            if isinstance(record, UnreadableFileError):
                raise record
            record_base = base
            if numbered:  # '#3': the record's line (JSON lines) or position (JSON list)
                record_id = f"{base.article_id}#{where.split()[-1]}"
                record_base = _Base(record_id, base.path, base.encoding, base.notes)
            articles.append(_from_record(record, record_base))
        except UnreadableFileError as exc:
            bad.append((where, str(exc)))
    if not articles:
        where, reason = bad[0] if bad else ("", "no records")
        more = f" (and {len(bad) - 1} more bad)" if len(bad) > 1 else ""
        raise UnreadableFileError(f"no usable JSON record: {where}: {reason}{more}")
    skipped = [Skipped(path=str(base.path), reason=r, record=w) for w, r in bad]
    if len(skipped) > _MAX_LISTED_BAD_LINES:
        rest = len(skipped) - _MAX_LISTED_BAD_LINES
        skipped = skipped[:_MAX_LISTED_BAD_LINES]
        unlisted = f"(and {rest} more bad records)"
        skipped.append(Skipped(path=str(base.path), reason="not listed", record=unlisted))
    return articles, skipped


def _load_json(
    text: str, what: str, *, multi_record_hint: bool = False, one_line: bool = False
) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = ""
        if multi_record_hint and exc.msg == "Extra data":
            hint = ": if it holds one record per line, name it .jsonl"
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno}"
        raise UnreadableFileError(f"{what} ({where}: {exc.msg}){hint}") from exc
    except RecursionError as exc:
        raise UnreadableFileError(f"{what} (nested too deeply)") from exc
    except ValueError as exc:  # e.g. an integer with more digits than Python will convert
        raise UnreadableFileError(f"{what} ({_first_line(exc)})") from exc


def _from_record(record: Any, base: _Base) -> Article:
    if not isinstance(record, dict):
        raise UnreadableFileError(f"a JSON {_json_type(record)}, not an object with a 'text' field")
    text = record.get("text")
    if text is None:
        raise UnreadableFileError("the JSON record has no 'text' field")
    if not isinstance(text, str):
        raise UnreadableFileError(f"the record's 'text' is a JSON {_json_type(text)}, not text")
    if not text.strip():
        raise UnreadableFileError("the record's 'text' is empty")
    return _make_article(base, text, record)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "number")


def _from_html(text: str, base: _Base) -> Article:
    try:
        import trafilatura
    except ImportError as exc:
        raise UnreadableFileError(
            "HTML needs the optional extra: pip install 'claimtrack[html]'"
        ) from exc
    try:
        extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as exc:
        # WHY broad: trafilatura and lxml raise many types on malformed pages; one bad page
        # must never stop the run.
        raise UnreadableFileError(
            f"the HTML page could not be parsed ({type(exc).__name__}: {_first_line(exc)})"
        ) from exc
    if extracted is None:
        raise UnreadableFileError("no article text found in the HTML page")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = data.get("text") or ""
    if not body.strip():
        raise UnreadableFileError("no article text found in the HTML page")
    meta = {k: data.get(k) for k in ("title", "url", "author", "date")}
    meta["source"] = data.get("sitename")
    return _make_article(base, body, meta)


def _make_article(base: _Base, text: str, meta: dict[str, Any]) -> Article:
    text, cleaned = clean_text(text)
    fields, ignored = _metadata(meta)
    notes = [*base.notes, *cleaned]
    notes += [f"field '{name}' is not a single value; ignored" for name in ignored]
    # Imported here: the parse package is heavy, and a run served by the result cache reads
    # no article.
    from claimtrack.parse.noise import find_post_signature

    # A social-media post signs off with who posted it and when: metadata, not a claim.
    signature = find_post_signature(text)
    published = parse_date(fields.get("date") or fields.get("published"))
    return Article(
        id=base.article_id,
        path=str(base.path),
        source=_source_name(fields, text, base.path, signature),
        title=_string(fields.get("title")) or _first_line_of(text),
        published=published or (signature.date if signature else None),
        source_handle=signature.handle if signature else None,
        url=_string(fields.get("url")),
        author=_string(fields.get("author")),
        text=text,
        encoding=base.encoding,
        notes=tuple(notes),
    )


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace control characters and lone surrogates, one character for one, with a note.

    One-for-one keeps every offset and line number equal to the file's. Control characters
    (a terminal's ESC above all) must not reach the user's screen, and a lone surrogate (legal
    in JSON escapes) cannot be written as UTF-8 at all. A carriage return that no line feed
    follows (old Mac OS line endings) becomes a line feed, without a note: it ends a line in
    every editor, and the sentence splitter reads line feeds.
    """
    notes: list[str] = []
    text = _LONE_CARRIAGE_RETURN.sub("\n", text)
    text, controls = _CONTROL.subn(" ", text)
    if controls:
        notes.append(f"{controls} control character(s) replaced with spaces")
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    if surrogates:
        notes.append(f"{surrogates} invalid character(s) (lone surrogates) replaced with U+FFFD")
    return text, tuple(notes)


def _metadata(meta: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The known fields that hold one value; lists and mappings are ignored (and named)."""
    fields: dict[str, Any] = {}
    ignored: list[str] = []
    for name in _METADATA_FIELDS:
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, _SCALARS) and not isinstance(value, bool):
            fields[name] = value
        else:
            ignored.append(name)
    return fields, ignored


def _source_name(
    meta: dict[str, Any], text: str, path: Path, signature: PostSignature | None
) -> str:
    """Front matter, else a 'Source: X' credit, else the post's signer, else the file name."""
    name = _string(meta.get("source"))
    if name:
        return name
    for pattern in (_SOURCE_LINE, _SOURCE_AT_LINE_END):
        for match in pattern.finditer(text):
            found = match.group("rest").strip().rstrip(". \t").strip()
            if found and len(found) <= 80:
                return found
    if signature is not None:
        return signature.name or signature.handle
    return path.stem or path.name


def parse_date(value: Any) -> dt.date | None:
    """A date from front matter or JSON, in any common news format; None if not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _string(value)
    if text is None or len(text) > 100:
        return None
    try:
        return dateparser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError, TypeError):
        log.info("not a date: %r", value)
        return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    return clean_text(str(value))[0].strip() or None


def _first_line_of(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def content_hash(article: Article) -> str:
    """Hash of everything the parser sees; the parse cache is keyed on it."""
    digest = hashlib.sha256()
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    digest.update(repr((article.id, article.source, article.published)).encode())
    return digest.hexdigest()
