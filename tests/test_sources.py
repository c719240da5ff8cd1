"""The reader, file by file: formats, encodings, metadata, ids, and each recovery it makes."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from claimtrack import sources
from claimtrack.errors import UsageError
from claimtrack.options import Options
from claimtrack.parse import parse_article
from claimtrack.sources import ReadResult, read_sources

TEXT = "Source: Harbour Gazette\n\nThe ferry resumed service on Tuesday, the port said.\n"


def read(*paths: Path, **options: object) -> ReadResult:
    return read_sources(list(paths), Options(**options))  # type: ignore[arg-type]


def only_reason(result: ReadResult) -> str:
    assert result.articles == []
    assert len(result.skipped) == 1
    return result.skipped[0].reason


# --- formats and metadata -------------------------------------------------------------


def test_front_matter_is_blanked_so_offsets_and_lines_match_the_file(tmp_path: Path) -> None:
    raw = "---\r\ntitle: Bridge\r\nsource: Valley Times\r\ndate: 5 March 2024\r\n---\r\nBody.\r\n"
    (tmp_path / "a.md").write_bytes(raw.encode())
    [article] = read(tmp_path / "a.md").articles
    assert (article.title, article.source, article.published) == (
        "Bridge",
        "Valley Times",
        dt.date(2024, 3, 5),
    )
    assert len(article.text) == len(raw)
    assert article.text.index("Body.") == raw.index("Body.")
    assert article.text.count("\n") == raw.count("\n")


def test_source_line_then_file_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "outlet-name.txt").write_text("The ferry resumed service on Tuesday.\n")
    (tmp_path / "long.txt").write_text("Source: " + "x" * 200 + "\nThe ferry resumed.\n")
    articles = read(tmp_path).articles
    assert [a.source for a in articles] == ["Harbour Gazette", "long", "outlet-name"]


def test_non_scalar_metadata_is_ignored_with_a_note(tmp_path: Path) -> None:
    # An alias-expanded list must never be stringified (a YAML "billion laughs" bomb).
    front = "---\nx: &a [1, 2]\ny: &b [*a, *a, *a]\ntitle: *b\nsource: [A, B]\n---\n"
    (tmp_path / "a.md").write_text(front + "The ferry resumed.\n")
    [article] = read(tmp_path / "a.md").articles
    assert article.title == "The ferry resumed."
    assert article.source == "a"
    assert article.notes == (
        "field 'title' is not a single value; ignored",
        "field 'source' is not a single value; ignored",
    )


def test_json_list_keeps_good_records_and_reports_bad_ones(tmp_path: Path) -> None:
    records = [{"text": "One fact here."}, {"title": "no text"}, "a string", {"text": 5}]
    (tmp_path / "a.json").write_text(json.dumps(records))
    result = read(tmp_path / "a.json")
    assert [a.id for a in result.articles] == ["a.json#1"]
    assert [f"{s.record}: {s.reason}" for s in result.skipped] == [
        "record 2: the JSON record has no 'text' field",
        "record 3: a JSON string, not an object with a 'text' field",
        "record 4: the record's 'text' is a JSON number, not text",
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": "a"}\n{"text": "b"}\n', "(line 2: Extra data): if it holds one record per line"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
        ('{"text": 1' + "0" * 5000 + "}", "not valid JSON (Exceeds the limit"),
        ("[]", "the JSON list holds no records"),
        ('{"text": "   "}', "the record's 'text' is empty"),
        ("null", "a JSON null, not an object"),
    ],
)
def test_bad_json_documents(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "a.json").write_text(content)
    assert reason in only_reason(read(tmp_path / "a.json"))


def test_json_lines_all_bad_is_one_skip(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("not json\nstill not\n")
    assert only_reason(read(tmp_path / "a.jsonl")) == (
        "no usable JSON record: line 1: not valid JSON (column 1: Expecting value) (and 1 more bad)"
    )


def test_json_lines_many_bad_lines_are_capped(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "The ferry resumed."})] + ["{"] * 30
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    result = read(tmp_path / "a.jsonl")
    assert len(result.articles) == 1
    assert len(result.skipped) == 21
    first, last = result.skipped[0], result.skipped[-1]
    assert first.record == "line 2" and first.reason.startswith("not valid JSON")
    assert first.where == f"{tmp_path / 'a.jsonl'} line 2"
    assert last.record == "(and 10 more bad records)" and last.reason == "not listed"


def test_lone_surrogates_and_control_characters_are_replaced_one_for_one(tmp_path: Path) -> None:
    text = "Bad \ud800 pair, escape \x1b[31mred\x07 and NUL \x00 end."
    (tmp_path / "a.json").write_text(json.dumps({"text": text, "title": "T\x1b]0;x\x07"}))
    [article] = read(tmp_path / "a.json").articles
    assert len(article.text) == len(text)
    assert article.text == "Bad \ufffd pair, escape  [31mred  and NUL   end."
    assert article.title == "T ]0;x"
    assert article.notes == (
        "3 control character(s) replaced with spaces",
        "1 invalid character(s) (lone surrogates) replaced with U+FFFD",
    )
    article.model_dump_json()  # writable as UTF-8


def test_old_mac_line_endings_are_line_breaks_with_offsets_kept(tmp_path: Path) -> None:
    text = "The ferry left at noon.\rIt reached Kos at six.\r\nThe crew stayed."
    (tmp_path / "a.txt").write_bytes(text.encode())
    [article] = read(tmp_path / "a.txt").articles
    assert article.text == "The ferry left at noon.\nIt reached Kos at six.\r\nThe crew stayed."
    assert article.notes == ()
    claims = parse_article(article)
    assert [claim.text for claim in claims] == [
        "The ferry left at noon.",
        "The ferry reached Kos at six.",  # the "it" of the line before's one unnamed thing
        "The crew stayed.",
    ]
    assert [claim.line for claim in claims] == [1, 2, 3]


def test_html_parser_failure_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trafilatura = pytest.importorskip("trafilatura")

    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("lxml choked\nsecond line")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    (tmp_path / "a.html").write_text("<html><body><p>Hi</p></body></html>")
    assert only_reason(read(tmp_path / "a.html")) == (
        "the HTML page could not be parsed (ValueError: lxml choked)"
    )


def test_bad_dates_are_ignored_not_fatal() -> None:
    for value in ("not a date", "99/99/99", "9" * 400, "2024-02-30", {"a": 1}, 10**30):
        assert sources.parse_date(value) is None
    assert sources.parse_date("March 5, 2024") == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "value", ["2026-13-01", "2026-02-30", "0000-01-01", "2026-13-01 10:00:00", "2026-04-31T09:00Z"]
)
def test_an_impossible_front_matter_date_is_no_date_and_the_article_is_read(
    tmp_path: Path, value: str
) -> None:
    # YAML reads these as timestamps and PyYAML raises ValueError building them: it ended
    # the whole run with a traceback (found by fuzzing the pipeline)
    (tmp_path / "a.md").write_text(f"---\nsource: Valley Times\ndate: {value}\n---\n{TEXT}")
    [article] = read(tmp_path / "a.md").articles
    assert (article.source, article.published) == ("Valley Times", None)


@pytest.mark.parametrize(
    "value", ["!!timestamp soon", "!!int abc", "!!int 0x", "!!float x", "!!bool maybe"]
)
def test_a_tagged_front_matter_value_yaml_cannot_build_skips_the_file_with_a_reason(
    tmp_path: Path, value: str
) -> None:
    # PyYAML raises ValueError, KeyError or AttributeError for these, not YAMLError
    (tmp_path / "a.md").write_text(f"---\ndate: {value}\n---\n{TEXT}")
    assert only_reason(read(tmp_path / "a.md")).startswith(
        "front matter holds a value YAML cannot build ("
    )


def test_real_front_matter_timestamps_are_still_dates(tmp_path: Path) -> None:
    for value, day in [
        ("2026-03-10", dt.date(2026, 3, 10)),
        ("2024-02-29 10:00:00", dt.date(2024, 2, 29)),
    ]:
        (tmp_path / "a.md").write_text(f"---\ndate: {value}\n---\n{TEXT}")
        [article] = read(tmp_path / "a.md").articles
        assert article.published == day


# --- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "encoding"),
    [
        ("utf-16", "utf-16"),
        ("utf-16-be", "utf-16"),  # written with a BOM below
        ("utf-32", "utf-32"),
        ("utf-8-sig", "utf-8"),
    ],
)
def test_byte_order_marks_are_honoured(tmp_path: Path, codec: str, encoding: str) -> None:
    raw = TEXT.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "a.txt").write_bytes(raw)
    [article] = read(tmp_path / "a.txt").articles
    assert (article.text, article.encoding, article.notes) == (TEXT, encoding, ())


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-16-le"))
    [article] = read(tmp_path / "a.txt").articles
    assert article.text == TEXT
    assert article.notes == ("no byte-order mark: read as utf-16-le",)


def test_broken_utf16_after_a_bom_is_a_skip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")
    assert "byte-order mark but is not valid UTF-16" in only_reason(read(tmp_path / "a.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "Señor Núñez said the façade would be repaired – it cost €1,200.",
        "Der Bürgermeister eröffnete die Brücke am Montag, sagte die Stadt.",
        "The café’s owner said “we are back” after the storm.",
    ],
)
def test_windows_1252_is_read_exactly_with_a_note(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    [article] = read(tmp_path / "a.txt").articles
    assert article.text == text
    assert article.notes == ("not UTF-8: read as cp1252 (use --encoding to force another)",)


@pytest.mark.parametrize(
    "text",
    [
        # charset-normalizer's own best guesses for these: big5, mac_latin2, big5
        "Le port de Varna a rouvert lundi après une grève de trois jours.",
        "The council voted to close the bridge, officials said. Renée Côté said the work "
        "was needed.",
        "Officials said the road was closed. Mayor Ségolène Duval said the work was needed.",
    ],
)
def test_english_with_accented_names_is_not_read_as_another_script(
    tmp_path: Path, text: str
) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    [article] = read(tmp_path / "a.txt").articles
    assert article.text == text
    assert article.notes == ("not UTF-8: read as cp1252 (use --encoding to force another)",)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Президент заявил, что переговоры продолжатся в среду. " * 3, "cp1251"),
        ("Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν. " * 3, "cp1253"),
        ("東京都は月曜日、橋を閉鎖すると発表した。修理には三週間かかる。" * 3, "shift_jis"),
        ("市政府周一宣布关闭这座桥，维修需要三周时间。" * 3, "gbk"),
    ],
)
def test_other_scripts_keep_the_detected_encoding(tmp_path: Path, text: str, codec: str) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    [article] = read(tmp_path / "a.txt").articles
    assert article.text == text


def test_forced_encoding_wins_and_names_the_option_when_wrong(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Façade repaired.".encode("cp1252"))
    [article] = read(tmp_path / "a.txt", encoding="latin-1").articles
    assert article.text == "Façade repaired."
    reason = only_reason(read(tmp_path / "a.txt", encoding="utf-8"))
    assert reason.startswith("not valid utf-8 (byte 2): try another --encoding")


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        read(tmp_path, encoding="klingon")


# --- files, folders and ids -----------------------------------------------------------


def test_order_is_sorted_and_ids_unique_across_roots(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder / "b").mkdir(parents=True)
        (tmp_path / folder / "wire.txt").write_text(TEXT)
        (tmp_path / folder / "b" / "a.txt").write_text(TEXT)
        (tmp_path / folder / "a.txt").write_text(TEXT)
    result = read(tmp_path / "one", tmp_path / "two")
    assert [a.id for a in result.articles] == [
        "a.txt",
        "b/a.txt",
        "wire.txt",
        (tmp_path / "two" / "a.txt").as_posix(),
        (tmp_path / "two" / "b" / "a.txt").as_posix(),
        (tmp_path / "two" / "wire.txt").as_posix(),
    ]


def test_max_file_size_is_inclusive(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x" * 99 + "\n")
    assert len(read(tmp_path / "a.txt", max_file_size=100).articles) == 1
    reason = only_reason(read(tmp_path / "a.txt", max_file_size=99))
    assert reason.startswith("too large: 100 bytes is over --max-file-size (99 bytes)")


def test_default_max_file_size_is_20_megabytes() -> None:
    assert Options().max_file_size == 20 * 1024 * 1024


def test_real_permissions_when_not_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode; the fault corpus fakes it instead")
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.txt").chmod(0)
    assert only_reason(read(tmp_path / "a.txt")).startswith("permission denied")


def test_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(TEXT)
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    result = read(tmp_path)
    assert [a.id for a in result.articles] == ["good.txt"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("locked", "folder could not be listed (Permission denied)")
    ]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert only_reason(read(tmp_path / "nowhere")) == "no such file or folder"
    (tmp_path / "empty").mkdir()
    assert only_reason(read(tmp_path / "empty")).startswith("folder holds no article files")


def test_explicit_file_of_any_name_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "NOTES").write_text(TEXT)
    [article] = read(tmp_path / "NOTES").articles
    assert article.source == "Harbour Gazette"


def test_explicit_named_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert only_reason(read(tmp_path / "pipe.txt")).startswith("a named pipe, not a file")


def test_file_swapped_for_a_pipe_after_listing_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    real_walk = sources._walk

    def walk_then_swap(root: Path) -> list[sources._Candidate | sources.Skipped]:
        found = real_walk(root)
        (tmp_path / "a.txt").unlink()
        os.mkfifo(tmp_path / "a.txt")
        return found

    monkeypatch.setattr(sources, "_walk", walk_then_swap)
    assert only_reason(read(tmp_path)).startswith("a named pipe, not a file")


def test_read_file_on_its_own(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "The ferry resumed."}\n[]\n')
    articles, skipped = sources.read_file(tmp_path / "a.jsonl", tmp_path, Options())
    assert [a.id for a in articles] == ["a.jsonl#1"]
    assert [(s.record, s.reason) for s in skipped] == [
        ("line 2", "a JSON list, not an object with a 'text' field")
    ]


def test_saved_web_page_is_read_with_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = (
        "<html><head><title>Ferry returns</title>"
        '<meta property="og:site_name" content="Harbour Gazette"></head><body>'
        "<nav>Home | News</nav><article><h1>Ferry returns</h1>"
        "<p>The ferry resumed service on Tuesday after a week of storms, the port said.</p>"
        "<p>Officials said 1,200 passengers travelled on the first day of the service.</p>"
        "</article><footer>Subscribe now</footer></body></html>"
    )
    (tmp_path / "a.html").write_text(page)
    [article] = read(tmp_path / "a.html").articles
    assert article.source == "Harbour Gazette"
    assert "1,200 passengers travelled" in article.text
    assert "Subscribe" not in article.text


# --- metadata from the text itself ------------------------------------------------------------

POST = (
    "Harbour lights: BREAKING: the ferry service is suspended until Friday.\n"
    "The original post is credited as: Source: Quay Watch.\n"
    "— @quaywatch_live June 3, 2026\n"
)


def test_a_post_signature_gives_the_handle_and_the_date(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(POST.replace("The original post is credited as: Source: Quay Watch.\n", ""))
    article = read_sources([path]).articles[0]
    assert article.source_handle == "@quaywatch_live"
    assert article.published == dt.date(2026, 6, 3)
    assert article.source == "@quaywatch_live"  # no credit line and no name: the handle


def test_a_source_credit_closing_a_line_names_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(POST)
    article = read_sources([path]).articles[0]
    assert article.source == "Quay Watch"
    assert article.published == dt.date(2026, 6, 3)


def test_front_matter_date_wins_over_a_signature(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\nsource: Quay Watch\ndate: 2026-06-02\n---\n" + POST)
    article = read_sources([path]).articles[0]
    assert (article.source, article.published) == ("Quay Watch", dt.date(2026, 6, 2))


def test_source_in_the_middle_of_a_sentence_is_not_a_credit(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Officials named the Source: a leak in the valve, they said on Monday.\n")
    assert read_sources([path]).articles[0].source == "story"


def test_a_whole_skipped_file_names_no_record(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"title": "no text"}')
    (skip,) = read(tmp_path / "a.json").skipped
    assert skip.record is None and skip.where == str(tmp_path / "a.json")
