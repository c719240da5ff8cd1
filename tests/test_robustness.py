"""The fault corpus: every kind of bad input next to good articles, through the real CLI.

The run must report every good article, list every bad file with a reason a person
understands, print no traceback and exit with the documented code (4 partial, 3 --strict).
"""

from __future__ import annotations

import json
import os
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import sources
from claimtrack.cli import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, main
from claimtrack.models import Skipped

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200)

GOOD_TXT = "Source: Harbour Gazette\n\nThe ferry resumed service on Tuesday, the port said.\n"
GOOD_MD = (
    "---\ntitle: Bridge opens\nsource: Valley Times\ndate: 2024-03-05\n---\n"
    "The new bridge carried 4,000 cars on its first day, the council said.\n"
)
GOOD_JSON = json.dumps(
    {"source": "Metro Wire", "title": "Budget", "text": "The city approved a budget of $2 million."}
)
GOOD_UTF16 = "Source: Lakeside Post\n\nThe library reopened after a flood, staff said.\n"
GOOD_CP1252 = "Source: Café Courier\n\nThe café reopened – its owner said “we’re back”.\n"
NEARLY_UTF8 = "Source: River Daily\n\nThe mayor’s office said the café reopened.\n"
JSONL = "\n".join(
    [
        json.dumps({"source": "Wire A", "text": "The airport closed for two hours on Friday."}),
        '{"source": "Wire B", "text": ',
        json.dumps({"source": "Wire C", "text": "Three trains were cancelled after the storm."}),
        json.dumps({"source": "Wire D", "title": "no text here"}),
        "",
    ]
)


def _noise(low: int, high: int, size: int) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(low, high) for _ in range(size))


def _zip_bytes(folder: Path) -> bytes:
    path = folder / "tmp.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("story.txt", "A story inside an archive.")
    data = path.read_bytes()
    path.unlink()
    return data


#: file name -> (content, expected words in the reason). ``None`` content: built specially.
FAULTS: dict[str, tuple[bytes | None, str]] = {
    "photo.png": (PNG, "binary file (a PNG image), not an article"),
    "disguised-photo.txt": (PNG, "binary file (a PNG image), not text"),
    "document.pdf": (PDF, "binary file (a PDF document)"),
    "archive.zip": (None, "binary file (a ZIP archive"),
    "archive-named.txt": (None, "binary file (a ZIP archive"),
    "nul-bytes.txt": (b"text\x00with\x00NULs\x00" * 20, "contains NUL bytes"),
    "control-noise.txt": (_noise(1, 32, 4000), "control characters), not text"),
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\t\n", "empty file (only whitespace)"),
    "huge.txt": (b"The council met again. " * 200, "too large: 4,600 bytes is over --max-file"),
    "undecodable.txt": (
        _noise(0x80, 0x100, 2000),
        "not UTF-8, and its encoding could not be detected: try --encoding latin-1",
    ),
    "broken-yaml.md": (
        b"---\ntitle: [unclosed\nsource: X\n---\nThe dam held overnight, engineers said.\n",
        "front matter is not valid YAML (line",
    ),
    "colon-in-title.md": (
        b"---\ntitle: Dam report: day two\n---\nThe dam held overnight, engineers said.\n",
        "a value holding ': ' needs quotes",
    ),
    "unclosed-front-matter.md": (
        b"---\ntitle: Storm\nsource: Y\nThe dam held overnight, engineers said.\n",
        "front matter opened with --- on line 1 is never closed",
    ),
    "list-front-matter.md": (
        b"---\n- one\n- two\n---\nThe dam held overnight, engineers said.\n",
        "front matter is not a list of field: value lines",
    ),
    "not-an-object.json": (b"[1, 2, 3]", "record 1: a JSON number, not an object"),
    "no-text.json": (b'{"title": "A headline only"}', "has no 'text' field"),
    "bad.json": (b'{"text": "cut short', "not valid JSON (line 1"),
    "notes.csv": (b"a,b\n1,2\n", "not an article file (.csv)"),
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Good articles and every fault, side by side, in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TXT, encoding="utf-8")
    (folder / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (folder / "good.json").write_text(GOOD_JSON, encoding="utf-8")
    (folder / "utf16-bom.txt").write_bytes(GOOD_UTF16.encode("utf-16"))
    (folder / "windows-1252.txt").write_bytes(GOOD_CP1252.encode("cp1252"))
    (folder / "nearly-utf8.txt").write_bytes(NEARLY_UTF8.encode() + b"Stray byte: \x92.\n")
    (folder / "lines.jsonl").write_text(JSONL, encoding="utf-8")
    (folder / "inside.md").mkdir()  # a folder named like a file, holding an article
    (folder / "inside.md" / "nested.txt").write_text(GOOD_TXT.replace("ferry", "bus"))
    (folder / "sub").mkdir()
    (folder / ".DS_Store").write_bytes(bytes(64))  # hidden: ignored silently
    zipped = _zip_bytes(tmp_path)
    for name, (content, _) in FAULTS.items():
        (folder / name).write_bytes(zipped if content is None else content)
    (folder / "empty-folder.txt").mkdir()
    (folder / "unreadable.txt").write_text(GOOD_TXT)
    (folder / "vanishing.txt").write_text(GOOD_TXT)
    (folder / "dangling.txt").symlink_to(folder / "was-deleted.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sub" / "back-up").symlink_to(folder)
    (folder / "same-as-good.txt").symlink_to(folder / "good.txt")
    os.mkfifo(folder / "pipe.txt")
    _deny(monkeypatch, folder / "unreadable.txt")
    _delete_after_listing(monkeypatch, folder / "vanishing.txt")
    yield folder


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Permission denied, even for root (who ignores chmod 000), on one path."""
    real_open = os.open

    def fake_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(sources.os, "open", fake_open)


def _delete_after_listing(monkeypatch: pytest.MonkeyPatch, doomed: Path) -> None:
    """The race: a file is listed, then deleted by someone else before it is read."""
    real_walk = sources._walk

    def walk_then_delete(root: Path) -> list[sources._Candidate | Skipped]:
        found = real_walk(root)
        if doomed.exists():
            doomed.unlink()
        return found

    monkeypatch.setattr(sources, "_walk", walk_then_delete)


EXPECTED_SPECIAL = {
    "empty-folder.txt": "a folder named like a file, with no article inside",
    "unreadable.txt": "permission denied",
    "vanishing.txt": "disappeared before it could be read",
    "dangling.txt": "broken symbolic link: it points to",
    "loop-a.txt": "symbolic link loop",
    "loop-b.txt": "symbolic link loop",
    "sub/back-up": "symbolic link loop: it leads back into a folder being read",
    "pipe.txt": "a named pipe, not a file",
}

GOOD_SOURCES = {
    "Harbour Gazette",  # good.txt and inside.md/nested.txt
    "Valley Times",
    "Metro Wire",
    "Lakeside Post",
    "Café Courier",
    "River Daily",
    "Wire A",
    "Wire C",
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def test_every_good_article_is_read_and_every_fault_listed(corpus: Path) -> None:
    code, out, err = run(
        "report", str(corpus), str(corpus / "good.txt"), "--format", "json",
        "--max-file-size", "4000",
    )  # fmt: skip
    assert code == EXIT_PARTIAL
    assert "Traceback" not in err
    report = json.loads(out)
    assert {a["source"] for a in report["articles"]} == GOOD_SOURCES
    assert len(report["articles"]) == 9
    reasons: dict[str, list[str]] = {}
    for skip in report["skipped"]:
        where = f"{skip['record']}: " if skip["record"] else ""
        reasons.setdefault(Path(skip["path"]).relative_to(corpus).as_posix(), []).append(
            where + skip["reason"]
        )
    expected = {name: words for name, (_, words) in FAULTS.items()} | EXPECTED_SPECIAL
    expected_jsonl = [
        "line 2: not valid JSON (column 30: Expecting value)",
        "line 4: the JSON record has no 'text' field",
    ]
    assert set(reasons) == set(expected) | {"lines.jsonl"}
    for name, words in expected.items():
        assert len(reasons[name]) == 1 and words in reasons[name][0], (name, reasons[name])
    assert reasons["lines.jsonl"] == expected_jsonl
    for skip in report["skipped"]:  # and the person sees each of them on stderr
        where = f"{skip['path']} {skip['record']}" if skip["record"] else skip["path"]
        assert f"skipped {where}: {skip['reason']}" in err


def test_recovered_files_are_read_correctly_and_noted(corpus: Path) -> None:
    code, out, err = run("report", str(corpus), "--format", "json")
    assert code == EXIT_PARTIAL
    articles = {a["id"]: a for a in json.loads(out)["articles"]}
    assert articles["utf16-bom.txt"]["text"] == GOOD_UTF16
    assert articles["utf16-bom.txt"]["encoding"] == "utf-16"
    assert articles["windows-1252.txt"]["text"] == GOOD_CP1252
    assert articles["windows-1252.txt"]["notes"] == [
        "not UTF-8: read as cp1252 (use --encoding to force another)"
    ]
    assert articles["nearly-utf8.txt"]["text"].startswith(NEARLY_UTF8)
    assert "1 byte(s) that are not valid UTF-8" in articles["nearly-utf8.txt"]["notes"][0]
    link = corpus / "same-as-good.txt"
    assert articles["good.txt"]["notes"] == [f"also given as {link}; read once"]
    assert f"note: {corpus / 'windows-1252.txt'}: not UTF-8: read as cp1252" in err
    assert set(articles) >= {"lines.jsonl#1", "lines.jsonl#3", "inside.md/nested.txt"}


def test_strict_fails_on_the_corpus(corpus: Path) -> None:
    code, out, err = run("report", str(corpus), "--strict")
    assert code == EXIT_INPUT
    assert out == ""
    assert "--strict:" in err and "empty.txt: empty file" in err
    assert "Traceback" not in err


def test_good_files_alone_exit_clean_and_a_path_given_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_TXT)
    (tmp_path / "b.md").write_text(GOOD_MD)
    code, out, err = run(
        "report", str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "-f", "json"
    )
    assert code == EXIT_OK
    report = json.loads(out)
    assert [a["id"] for a in report["articles"]] == ["a.txt", "b.md"]
    assert report["skipped"] == []
    assert err.count("read once") == 1  # one note per extra name, however often repeated


def test_only_faults_is_an_input_error_naming_them(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.png").write_bytes(PNG)
    code, out, err = run("report", str(tmp_path))
    assert code == EXIT_INPUT
    assert out == ""
    assert "no article could be read" in err and "empty.txt: empty file" in err
    assert "Traceback" not in err


def test_unknown_encoding_name_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_TXT)
    code, _, err = run("report", str(tmp_path), "--encoding", "no-such-codec")
    assert code == 2
    assert "unknown encoding 'no-such-codec'" in err


def test_check_command_survives_the_corpus(corpus: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("The ferry resumed service on Tuesday, the port said.\n")
    code, out, err = run("check", str(draft), "--sources", str(corpus), "--format", "json")
    assert code == EXIT_PARTIAL
    assert "Traceback" not in err
    assert json.loads(out)["skipped"]
