"""Read stage: paths -> Articles. Never prints; a file it cannot use becomes a ``Skipped``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as dateparser

from claimtrack.models import Article, Skipped
from claimtrack.options import Options

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm")
_SOURCE_LINE = re.compile(r"^[ \t]*Source:[ \t]*(?P<name>[^\n]{1,80}?)[ \t.]*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_METADATA_FIELDS = ("title", "source", "date", "published", "url", "author")


class UnreadableFileError(Exception):
    """Raised inside the reader for one file; becomes a ``Skipped`` entry, never escapes."""


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_sources(paths: Iterable[str | Path], options: Options | None = None) -> ReadResult:
    """Read every article under ``paths`` (files or folders, recursively), in a stable order."""
    options = options or Options()
    result = ReadResult()
    seen: set[Path] = set()
    for root, path in _expand(paths, result):
        resolved = path.resolve()
        if resolved in seen:
            log.info("skipping %s: already read under another name", path)
            continue
        seen.add(resolved)
        try:
            result.articles.extend(read_file(path, root, options))
        except UnreadableFileError as exc:
            result.skipped.append(Skipped(path=str(path), reason=str(exc)))
    return result


def _expand(paths: Iterable[str | Path], result: ReadResult) -> Iterator[tuple[Path, Path]]:
    """Yield (root, file) pairs: files as given, folders walked in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(child, path):
                    yield path, child
        elif path.is_file():
            yield path.parent, path
        else:
            result.skipped.append(Skipped(path=str(path), reason="no such file or folder"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path, root: Path, options: Options) -> list[Article]:
    """Read one file into zero or more articles (a JSON-lines file holds many)."""
    raw = _read_bytes(path, options)
    suffix = path.suffix.lower()
    text, encoding, notes = decode(raw, path, options)
    article_id = _article_id(path, root)
    if suffix in (".json", ".jsonl"):
        return _from_json(text, path, article_id, encoding, notes)
    if suffix in (".html", ".htm"):
        return [_from_html(text, path, article_id, encoding, notes)]
    if suffix in (".md", ".markdown"):
        return [_from_markdown(text, path, article_id, encoding, notes)]
    return [_make_article(article_id, path, text, {}, encoding, notes)]


def _read_bytes(path: Path, options: Options) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_file_size:
            raise UnreadableFileError(
                f"larger than --max-file-size ({size:,} > {options.max_file_size:,} bytes)"
            )
        raw = path.read_bytes()
    except PermissionError as exc:
        raise UnreadableFileError("permission denied: check the file's read permissions") from exc
    except OSError as exc:
        raise UnreadableFileError(f"could not be read ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise UnreadableFileError("empty file")
    return raw


def decode(raw: bytes, path: Path, options: Options) -> tuple[str, str, tuple[str, ...]]:
    """Bytes -> text. UTF-8 (BOM or not) first; otherwise detect, and say so."""
    if options.encoding:
        try:
            return raw.decode(options.encoding), options.encoding, ()
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnreadableFileError(f"not valid {options.encoding}: {exc}") from exc
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFileError("binary file (not text)")
    try:
        return raw.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    return _detect(raw)


def _detect(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UnreadableFileError(
            "binary or undecodable text: try --encoding latin-1 if it is text"
        )
    encoding = best.encoding
    note = f"not UTF-8: read as {encoding} (use --encoding to force another)"
    return str(best), encoding, (note,)


def _article_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.as_posix()


def _from_markdown(
    text: str, path: Path, article_id: str, encoding: str, notes: tuple[str, ...]
) -> Article:
    match = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    if match:
        try:
            loaded = yaml.safe_load(match.group("yaml"))
        except yaml.YAMLError as exc:
            raise UnreadableFileError(
                f"front matter is not valid YAML ({_first_line(exc)})"
            ) from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise UnreadableFileError("front matter is not a mapping of field: value")
        meta = loaded or {}
        # Blank out the front matter instead of cutting it so offsets still count from the
        # file's first character and line numbers still match the file.
        text = re.sub(r"[^\n]", " ", match.group(0)) + text[match.end() :]
    return _make_article(article_id, path, text, meta, encoding, notes)


def _from_json(
    text: str, path: Path, article_id: str, encoding: str, notes: tuple[str, ...]
) -> list[Article]:
    if path.suffix.lower() == ".json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UnreadableFileError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from exc
        records = record if isinstance(record, list) else [record]
        return [
            _from_record(
                r,
                path,
                f"{article_id}#{i + 1}" if len(records) > 1 else article_id,
                encoding,
                notes,
            )
            for i, r in enumerate(records)
        ]
    articles: list[Article] = []
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(
                _from_record(json.loads(line), path, f"{article_id}#{number}", encoding, notes)
            )
        except (json.JSONDecodeError, UnreadableFileError):
            bad.append(number)
    if bad and not articles:
        raise UnreadableFileError(f"no usable JSON records (bad lines: {_ranges(bad)})")
    if bad:
        note = f"skipped bad JSON lines {_ranges(bad)}"
        articles = [a.model_copy(update={"notes": (*a.notes, note)}) for a in articles]
    return articles


def _from_record(
    record: Any, path: Path, article_id: str, encoding: str, notes: tuple[str, ...]
) -> Article:
    if not isinstance(record, dict):
        raise UnreadableFileError("JSON record is not an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UnreadableFileError("JSON record has no 'text' field")
    return _make_article(article_id, path, text, record, encoding, notes)


def _from_html(
    text: str, path: Path, article_id: str, encoding: str, notes: tuple[str, ...]
) -> Article:
    try:
        import trafilatura
    except ImportError as exc:
        raise UnreadableFileError(
            "HTML needs the optional extra: pip install 'claimtrack[html]'"
        ) from exc
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if extracted is None:
        raise UnreadableFileError("no article text found in the HTML page")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = data.get("text") or ""
    if not body.strip():
        raise UnreadableFileError("no article text found in the HTML page")
    meta = {k: data.get(k) for k in ("title", "url", "author", "date")}
    meta["source"] = data.get("sitename")
    return _make_article(article_id, path, body, meta, encoding, notes)


def _make_article(
    article_id: str,
    path: Path,
    text: str,
    meta: dict[str, Any],
    encoding: str,
    notes: tuple[str, ...],
) -> Article:
    published = parse_date(meta.get("date") or meta.get("published"))
    return Article(
        id=article_id,
        path=str(path),
        source=_source_name(meta, text, path),
        title=_string(meta.get("title")) or _first_line_of(text),
        published=published,
        url=_string(meta.get("url")),
        author=_string(meta.get("author")),
        text=text,
        encoding=encoding,
        notes=notes,
    )


def _source_name(meta: dict[str, Any], text: str, path: Path) -> str:
    name = _string(meta.get("source"))
    if name:
        return name
    match = _SOURCE_LINE.search(text)
    if match:
        return match.group("name").strip()
    return path.stem


def parse_date(value: Any) -> dt.date | None:
    """A date from front matter or JSON, in any common news format; None if not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dateparser.parse(str(value), fuzzy=False).date()
    except (ValueError, OverflowError):
        log.info("not a date: %r", value)
        return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _first_line_of(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _ranges(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def content_hash(article: Article) -> str:
    """Hash of everything the parser sees; the parse cache is keyed on it."""
    digest = hashlib.sha256()
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    digest.update(repr((article.id, article.source, article.published)).encode())
    return digest.hexdigest()
