"""The parse cache: an article's claims, stored once per (article content, parser) pair.

Layout: ``<cache dir>/claims-v<FORMAT>/<fingerprint>/<2 hex>/<key>.json``, one file per
article. The key is a SHA-256 of everything that decides the parse: the article's text and metadata
(``sources.content_hash``), ``PARSER_VERSION``, the package's code and word lists, and the
contents of the alias and predicate files. An entry is therefore immutable: two runs writing
the same key write the same bytes, so the last ``Path.replace`` winning is harmless and no
lock is needed.

Safety rules, because a cache that is trusted blindly turns one bad file into wrong reports:
- writes go to a temporary file in the same folder, then ``Path.replace`` (atomic on POSIX and
  Windows), so a crash mid-write leaves a stray temporary file, never a half-written entry;
- every entry is validated with pydantic on load and must carry its own key; anything that does
  not decode or validate is logged, ignored and rebuilt;
- a cache that cannot be written (read-only disk, full disk) only costs speed, never the run.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pydantic import TypeAdapter, ValidationError

from claimtrack.models import Article, Claim, Frozen, compact_claim
from claimtrack.options import Options
from claimtrack.sources import content_hash

log = logging.getLogger(__name__)

#: Bump when the layout of an entry changes; old entries then simply stop being found.
FORMAT_VERSION = 1
#: A fingerprint folder not used for this long is deleted (an old claimtrack's entries).
PRUNE_AFTER_DAYS = 30.0
LAST_USED = "last-used"
APP_NAME = "claimtrack"
_PACKAGE_DIR = Path(__file__).resolve().parent


class CacheEntry(Frozen):
    """What one cache file holds: the key it was written under, and the article's claims."""

    key: str
    claims: tuple[Claim, ...]


_ENTRY = TypeAdapter(CacheEntry)
_CLAIMS = TypeAdapter(list[Claim])


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def encode_entry(key: str, claims: list[Claim]) -> bytes:
    """The bytes of a cache file (pydantic's Rust serializer: faster than ``json`` here).

    Default values are left out: measured on parsed news, entries shrink by a quarter and decode
    25% faster into models that take 30% less memory (fewer fields marked as set). Safe because
    the key covers the models' code, so a changed default can never meet an old entry.
    """
    claims_json = _CLAIMS.dump_json(claims, exclude_defaults=True)
    return b'{"key":"' + key.encode("ascii") + b'","claims":' + claims_json + b"}"


def decode_entry(data: bytes, key: str) -> list[Claim] | None:
    """The claims in ``data`` if it is a valid entry written under ``key``; otherwise None."""
    try:
        entry = _ENTRY.validate_json(data)
    except (ValidationError, ValueError, UnicodeDecodeError) as exc:
        log.warning("ignoring a corrupted parse-cache entry %s (%s)", key[:12], _first_line(exc))
        return None
    if entry.key != key:
        log.warning("ignoring a parse-cache entry filed under the wrong key %s", key[:12])
        return None
    # Every claim decoded here stays alive for the whole run: held compactly (half the memory).
    return [compact_claim(claim) for claim in entry.claims]


class ParseCache:
    """Claims per article on disk. Never raises for cache problems: a miss is always safe."""

    def __init__(self, directory: Path, fingerprint: str) -> None:
        # One folder per parser fingerprint: entries of an older claimtrack (or older alias
        # file) sit apart and are removed whole once unused (``prune``).
        self.base = directory / f"claims-v{FORMAT_VERSION}"
        self.root = self.base / fingerprint[:16]
        self.fingerprint = fingerprint
        self._write_failed = False

    @classmethod
    def for_options(cls, options: Options) -> ParseCache | None:
        """The cache ``options`` ask for, or None when caching is off."""
        if not options.use_cache:
            return None
        directory = options.cache_dir or default_cache_dir()
        return cls(directory, parse_fingerprint(options))

    def key(self, article: Article) -> str:
        digest = hashlib.sha256()
        digest.update(content_hash(article).encode("ascii"))
        digest.update(b"\0")
        digest.update(self.fingerprint.encode("ascii"))
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def load(self, key: str) -> list[Claim] | None:
        """The cached claims for ``key``, or None on a miss or an unusable entry."""
        try:
            data = self.path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("parse cache unreadable (%s): parsing again", exc)
            return None
        return decode_entry(data, key)

    def prune(self, max_age_days: float = PRUNE_AFTER_DAYS) -> None:
        """Mark this fingerprint's folder as used now; delete sibling folders unused for long.

        WHY: without it every claimtrack upgrade would leave a full copy of the archive's
        claims behind for ever. Runs once per pipeline run and only lists one folder level.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            (self.root / LAST_USED).touch()
            cutoff = time.time() - max_age_days * 86400
            for folder in self.base.iterdir():
                if folder == self.root or not folder.is_dir():
                    continue
                marker = folder / LAST_USED
                used = marker.stat().st_mtime if marker.exists() else folder.stat().st_mtime
                if used < cutoff:
                    log.info("removing parse-cache folder unused since %s", time.ctime(used))
                    shutil.rmtree(folder, ignore_errors=True)
        except OSError as exc:
            log.info("parse cache not pruned (%s)", exc)

    def store(self, key: str, claims: list[Claim]) -> None:
        self.store_bytes(key, encode_entry(key, claims))

    def store_bytes(self, key: str, data: bytes) -> None:
        """Write one entry atomically: a temporary file in the same folder, then replace."""
        if self._write_failed:
            return
        try:
            write_atomically(self.path(key), f".{key[:12]}.", data)
        except OSError as exc:
            # Warn once per run: a read-only or full disk slows the run down, nothing more.
            self._write_failed = True
            log.warning("parse cache not writable at %s (%s): running without it", self.root, exc)


def parse_fingerprint(options: Options) -> str:
    """Everything besides the article that decides what the parser produces."""
    from claimtrack.parse import PARSER_VERSION

    digest = hashlib.sha256()
    digest.update(f"format {FORMAT_VERSION}\0parser {PARSER_VERSION}\0".encode())
    digest.update(_parser_code_digest().encode("ascii"))
    for extra in (options.alias_file, options.predicate_file):
        digest.update(b"\0" + _file_digest(extra).encode("ascii"))
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _parser_code_digest() -> str:
    """A hash of the package's source and word lists.

    WHY: ``PARSER_VERSION`` is bumped by hand and is easy to forget; the parser also leans on
    shared modules (models, normalisation helpers, data files). With all code and data in the
    key, an edited or upgraded claimtrack can never be served stale claims. Installed code does
    not change between runs, so this costs nothing in real use.
    """
    files = sorted(_PACKAGE_DIR.rglob("*.py"))
    data = _PACKAGE_DIR / "data"
    files += sorted(p for p in data.rglob("*") if p.is_file()) if data.is_dir() else []
    return _digest_files(files)


def _digest_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(_file_digest(path).encode("ascii"))
    return digest.hexdigest()


def _file_digest(path: Path | None) -> str:
    if path is None:
        return "none"
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def write_atomically(target: Path, prefix: str, *chunks: bytes | memoryview) -> None:
    """Write ``chunks`` to a temporary file beside ``target``, then rename it into place, so
    readers see the old entry or the whole new one, never half of it (a crash, two runs)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
        Path(temporary).replace(target)
    except BaseException:
        _remove_quietly(temporary)
        raise


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink()


def _first_line(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


# --- the whole-result cache ------------------------------------------------------------

#: Bump when the layout of a result entry changes. 2: the header's length has a fixed width,
#: so the header is filled in after the body is written (``store_stream``).
RESULT_FORMAT_VERSION = 2
#: Digits of the body length in a result entry's header (zero-padded).
_LENGTH_DIGITS = 20
#: Result entries kept per kind (reports, rendered outputs); the least recently used go.
#: WHY so few: one entry holds a whole report (36 MB for 200 synthetic articles, growing
#: linearly), and only the latest state of a folder, in the few formats and widths a person
#: asks for, is worth keeping.
MAX_RESULT_ENTRIES = {"report": 2, "output": 4}
#: Libraries whose behaviour shapes a report (reading, dates, scores, HTML extraction).
_OUTPUT_LIBRARIES = (
    "pydantic",
    "pydantic-core",
    "rapidfuzz",
    "numpy",
    "PyYAML",
    "python-dateutil",
    "charset-normalizer",
    "trafilatura",
    "lxml",
)
_MAGIC = b"claimtrack-result"
#: magic, 64-hex key, 64-hex checksum, length and spaces fit well within this
_MAX_HEADER = 256


def result_fingerprint(options: Options, inputs: str) -> str:
    """Everything that decides a report: the inputs' bytes, the analysis options, the code.

    ``inputs`` is ``sources.SourceScan.fingerprint()``: every path, skip reason and file
    content in order. Options marked ``exclude=True`` (jobs, cache_dir, use_cache) are not in
    ``for_report`` and cannot change the report, so they do not invalidate it; the alias and
    predicate files count by content, not only by name.
    """
    import json

    from claimtrack.version import __version__

    digest = hashlib.sha256()
    digest.update(f"result {RESULT_FORMAT_VERSION}\0claimtrack {__version__}\0".encode())
    digest.update(_parser_code_digest().encode("ascii") + b"\0")
    digest.update(_library_versions().encode() + b"\0")
    analysis = json.dumps(options.for_report(), sort_keys=True, ensure_ascii=True)
    digest.update(analysis.encode("ascii") + b"\0")
    for extra in (options.alias_file, options.predicate_file):
        digest.update(_file_digest(extra).encode("ascii") + b"\0")
    digest.update(inputs.encode("ascii"))
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _library_versions() -> str:
    import platform
    from importlib.metadata import PackageNotFoundError, version

    found = [f"python={platform.python_version()}"]
    for name in _OUTPUT_LIBRARIES:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=none")
    return ";".join(found)


class ResultCache:
    """Finished results of one exact input, keyed by ``result_fingerprint``.

    Layout: ``<cache dir>/results-v<FORMAT>/<kind>-<key>-<name>``, where kind is ``report``
    (the ``Report`` as compact JSON) or ``output`` (a rendered report). Every file starts
    with a header line naming its key and the SHA-256 and length of its body, so a truncated,
    damaged or misfiled entry is detected before anything in it is used.
    """

    def __init__(self, directory: Path, key: str) -> None:
        self.root = directory / f"results-v{RESULT_FORMAT_VERSION}"
        self.key = key
        self._write_failed = False

    @classmethod
    def for_options(cls, options: Options, inputs: str) -> ResultCache | None:
        if not options.use_cache:
            return None
        directory = options.cache_dir or default_cache_dir()
        return cls(directory, result_fingerprint(options, inputs))

    def path(self, kind: str, name: str) -> Path:
        return self.root / f"{kind}-{self.key}-{name}"

    def load(self, kind: str, name: str) -> bytes | None:
        """The body stored under ``kind``/``name`` for this key, or None (miss or damaged)."""
        body = self.load_view(kind, name)
        return None if body is None else body.tobytes()

    def load_view(self, kind: str, name: str) -> memoryview | None:
        """``load`` without copying the body out of the file's bytes (a rendered report of
        1,000 articles is 143 MB: every copy costs a tenth of a second and its memory)."""
        target = self.path(kind, name)
        try:
            data = target.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("result cache unreadable (%s): running the analysis", exc)
            return None
        body = _checked_body(data, self.key)
        if body is None:
            log.warning("ignoring a corrupted result-cache entry %s", target.name[:40])
            return None
        with contextlib.suppress(OSError):
            os.utime(target)  # marks it recently used, for ``_prune``
        return body

    def store(self, kind: str, name: str, *body: bytes | memoryview) -> None:
        """Write one entry, whose body is the ``body`` chunks joined, atomically; then drop
        the least recently used of its kind. Chunks, because joining them would copy a
        rendered report whole while it is alive."""
        opened = self.store_stream(kind, name, body)
        if opened is not None:
            opened.close()

    def store_stream(
        self, kind: str, name: str, body: Iterable[bytes | memoryview]
    ) -> BinaryIO | None:
        """``store``, writing each chunk of ``body`` as it comes (a generator's chunks are
        never all alive at once); returns the entry opened for ``read_opened``, or None when
        it could not be written or opened again. An exception ``body`` raises propagates
        once the half-written entry is removed.

        WHY open it again: the caller may then drop what it rendered the entry from and
        still read the text back, even if another run prunes the entry meanwhile."""
        target = self.path(kind, name)
        if self._write_failed:
            return None
        try:
            _write_entry(target, f".{kind}-", self.key, body)
        except OSError as exc:
            # Warn once per run (a report and its rendered output are two entries).
            self._write_failed = True
            log.warning("result cache not writable at %s (%s)", self.root, exc)
            return None
        try:
            opened: BinaryIO | None = target.open("rb")
        except OSError:  # removed by another run's pruning in between
            opened = None
        self._prune(kind)
        return opened

    def open_entry(self, kind: str, name: str) -> EntryBody | None:
        """``load_view`` without reading the body into memory: the entry's file, checked
        (header, length, checksum) in blocks, to be read again block by block."""
        target = self.path(kind, name)
        try:
            handle = target.open("rb")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("result cache unreadable (%s): running the analysis", exc)
            return None
        body = self.check_opened(handle)
        if body is not None:
            with contextlib.suppress(OSError):
                os.utime(target)  # marks it recently used, for ``_prune``
        return body

    def check_opened(self, handle: BinaryIO, *, checksum: bool = True) -> EntryBody | None:
        """The body of the entry open in ``handle`` if it checks out (else None, closed).
        ``checksum=False`` checks the header only: for the entry this run just wrote and
        summed (``store_stream``), a second pass over it would only cost time."""
        try:
            body = _checked_entry(handle, self.key, checksum=checksum)
        except OSError as exc:
            log.warning("result cache unreadable (%s)", exc)
            body = None
        if body is None:
            handle.close()
            log.warning("ignoring a corrupted result-cache entry %s", Path(handle.name).name[:40])
        return body

    def _prune(self, kind: str) -> None:
        try:
            listing = list(self.root.iterdir())
            entries = [p for p in listing if p.name.startswith(f"{kind}-")]
            entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
            # A temporary file an hour old was left by a run that crashed mid-write.
            stale = time.time() - 3600
            leftovers = [p for p in listing if p.name.startswith(f".{kind}-")]
            for old in entries[MAX_RESULT_ENTRIES.get(kind, 2) :]:
                old.unlink()
            for leftover in leftovers:
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()
            # Entries of an older layout are never read again: without this, a report and
            # its outputs per folder (hundreds of MB for a big archive) stayed for ever.
            for folder in self.root.parent.glob("results-v*"):
                if folder != self.root and folder.is_dir():
                    shutil.rmtree(folder, ignore_errors=True)
        except OSError as exc:  # another run pruning at the same time: harmless
            log.info("result cache not pruned (%s)", exc)


def _entry_header(key: str, digest: bytes, length: int) -> bytes:
    """A result entry's first line: the same width whatever the digest and length."""
    size = str(length).zfill(_LENGTH_DIGITS).encode()
    return b" ".join((_MAGIC, key.encode(), digest, size)) + b"\n"


def _write_entry(target: Path, prefix: str, key: str, body: Iterable[bytes | memoryview]) -> None:
    """Write a result entry chunk by chunk to a temporary file beside ``target``, its header
    last (the checksum and length are known only then), and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(_entry_header(key, b"0" * 64, 0))
            checksum = hashlib.sha256()
            length = 0
            for chunk in body:
                checksum.update(chunk)
                length += len(chunk)
                stream.write(chunk)
            stream.seek(0)
            stream.write(_entry_header(key, checksum.hexdigest().encode(), length))
        Path(temporary).replace(target)
    except BaseException:
        _remove_quietly(temporary)
        raise


#: Bytes read at a time from a result entry: large enough for few system calls, small
#: enough not to count.
BLOCK_SIZE = 1 << 20


class EntryBody:
    """A result entry's body, read from its open file block by block every time it is
    iterated: a rendered report of 10,000 articles (1.4 GB) is never whole in memory.

    The file stays open until this object is gone: another run pruning or replacing the
    entry meanwhile cannot take the text away (an entry's bytes never change anyway).
    """

    def __init__(
        self, handle: BinaryIO, start: int, length: int, *, part_of: EntryBody | None = None
    ) -> None:
        self.handle = handle
        self.start = start
        self.length = length
        # The body a part was cut from owns the file; a part keeps it (and the file) alive.
        self._owner = part_of
        if part_of is None:
            weakref.finalize(self, handle.close)

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator[bytes]:
        position, end = self.start, self.start + self.length
        while position < end:
            self.handle.seek(position)
            block = self.handle.read(min(BLOCK_SIZE, end - position))
            if not block:
                raise OSError(f"{self.handle.name}: cut short while being read")
            position += len(block)
            yield block

    def first_line(self) -> tuple[bytes, EntryBody] | None:
        """The first line (without its line break) and the rest; None without a line break."""
        line = bytearray()
        for block in self:
            end = block.find(b"\n")
            if end >= 0:
                line += block[:end]
                used = len(line) + 1
                rest = EntryBody(
                    self.handle, self.start + used, self.length - used, part_of=self._owner or self
                )
                return bytes(line), rest
            line += block
        return None


def _checked_entry(handle: BinaryIO, key: str, *, checksum: bool = True) -> EntryBody | None:
    """``_checked_body`` for an open entry, its body read in blocks."""
    head = handle.read(_MAX_HEADER)
    end = head.find(b"\n")
    if end < 0:
        return None
    parts = head[:end].split(b" ")
    if len(parts) != 4 or parts[0] != _MAGIC or parts[1] != key.encode():
        return None
    length = os.fstat(handle.fileno()).st_size - (end + 1)
    if parts[3] != str(length).zfill(_LENGTH_DIGITS).encode():
        return None
    body = EntryBody(handle, end + 1, length)
    if checksum:
        digest = hashlib.sha256()
        for block in body:
            digest.update(block)
        if digest.hexdigest().encode() != parts[2]:
            return None
    return body


def _checked_body(data: bytes, key: str) -> memoryview | None:
    """The body of an entry if its header matches ``key``, its length and its checksum."""
    end = data.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        return None
    parts = data[:end].split(b" ")
    if len(parts) != 4 or parts[0] != _MAGIC or parts[1] != key.encode():
        return None
    body = memoryview(data)[end + 1 :]
    if parts[3] != str(len(body)).zfill(_LENGTH_DIGITS).encode():
        return None
    if hashlib.sha256(body).hexdigest().encode() != parts[2]:
        return None
    return body
