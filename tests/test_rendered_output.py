"""The report's text as UTF-8 bytes: rendered, cached and written without a ``str`` between,
and always the same bytes as the text the renderers return."""

from __future__ import annotations

import io
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pydantic import BaseModel, Field

from claimtrack import cache, cli, pipeline
from claimtrack.cli import main
from claimtrack.models import NumberMention, Report, Skipped
from claimtrack.options import Options
from claimtrack.render import (
    RenderOptions,
    ReportFormat,
    json_format,
    render_report,
    render_report_utf8,
)
from claimtrack.sources import read_sources
from render_fixtures import sample_report

NARROW = RenderOptions(width=60)


def tiny_float_report() -> Report:
    """A float that Python and the Rust serializer write differently (the slow JSON path)."""
    return sample_report().model_copy(update={"options": {"threshold": 1e-05}})


def surrogate_report() -> Report:
    """A lone surrogate, as a file name that is not UTF-8 on disk becomes in Python."""
    skipped = (Skipped(path="notes-\udcff.txt", reason="not an article"),)
    return sample_report().model_copy(update={"skipped": skipped})


@pytest.mark.parametrize("fmt", list(ReportFormat))
@pytest.mark.parametrize("report", [sample_report, tiny_float_report], ids=["plain", "float"])
def test_utf8_rendering_is_the_text_encoded(fmt: ReportFormat, report: type[Report]) -> None:
    built = report()
    chunks, plain = render_report_utf8(built, fmt, NARROW)
    assert plain
    assert b"".join(chunks) == render_report(built, fmt, NARROW).encode("utf-8")


def test_tiny_floats_are_written_as_python_writes_them() -> None:
    chunks, _ = render_report_utf8(tiny_float_report(), ReportFormat.JSON, NARROW)
    assert b'"threshold": 1e-05' in b"".join(chunks)


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_a_lone_surrogate_survives_and_is_flagged(fmt: ReportFormat) -> None:
    chunks, plain = render_report_utf8(surrogate_report(), fmt, NARROW)
    text = render_report(surrogate_report(), fmt, NARROW)
    assert not plain, "not plain UTF-8: writers must go through str"
    rendered = pipeline.RenderedReport(chunks, plain_utf8=plain)
    assert rendered.text == text


def test_an_output_entry_round_trips_without_copying_the_text(tmp_path: Path) -> None:
    report = sample_report()
    chunks, plain = render_report_utf8(report, ReportFormat.HTML, NARROW)
    rendered = pipeline.RenderedReport.of(report, chunks, plain=plain)
    results = cache.ResultCache(tmp_path, "a" * 64)
    results.store("output", "html", pipeline._encode_facts(rendered), *rendered.chunks)
    body = results.load_view("output", "html")
    assert body is not None
    loaded = pipeline._decode_rendered(body)
    assert loaded is not None
    assert loaded == pipeline.RenderedReport(
        (b"".join(chunks),), report.skipped, rendered.notes, len(report.clusters), True
    )
    (view,) = loaded.chunks
    assert isinstance(view, memoryview), "the body is a view into the file's bytes"
    stream = io.BytesIO()
    loaded.write_utf8(stream)
    assert stream.getvalue() == render_report(report, ReportFormat.HTML, NARROW).encode()


def test_an_older_entry_without_the_utf8_flag_is_written_through_str(tmp_path: Path) -> None:
    results = cache.ResultCache(tmp_path, "b" * 64)
    results.store("output", "json", b'{"skipped":[],"notes":[],"cluster_count":2}\n', b"{}\n")
    body = results.load_view("output", "json")
    assert body is not None
    loaded = pipeline._decode_rendered(body)
    assert loaded is not None
    assert not loaded.plain_utf8
    assert loaded.text == "{}\n"
    assert not cli._bytes_as_written(loaded, tmp_path / "out.json")


def test_an_entry_without_a_facts_line_is_ignored(tmp_path: Path) -> None:
    results = cache.ResultCache(tmp_path, "c" * 64)
    results.store("output", "json", b"no facts line here")
    body = results.load_view("output", "json")
    assert body is not None
    assert pipeline._decode_rendered(body) is None


def test_colour_codes_on_a_pipe_go_through_click_which_strips_them(tmp_path: Path) -> None:
    coloured = pipeline.RenderedReport((b"plain ", b"\x1b[1mbold\x1b[0m\n"))
    plain = pipeline.RenderedReport((b"plain text\n",))
    runner = CliRunner()
    with runner.isolation() as (out, _, _):
        assert not sys.stdout.isatty()
        assert not cli._bytes_as_written(coloured, None)
        assert cli._bytes_as_written(plain, None)
        assert cli._bytes_as_written(coloured, tmp_path / "f.txt")
        cli._write_report(coloured, None)
        cli._write_report(plain, None)
    assert out.getvalue() == b"plain bold\nplain text\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a.txt").write_text(
        "Source: Harbour Daily\n\nThe council approved 12 million for the bridge on Tuesday. "
        "Café owners said the vote was close.",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "Source: River News\n\nThe council approved 21 million for the bridge on Tuesday.",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize("fmt", [f.value for f in ReportFormat])
def test_output_file_and_stdout_hold_the_same_bytes_cold_and_warm(
    folder: Path, tmp_path: Path, fmt: str
) -> None:
    directory = str(tmp_path / "cache")
    runner = CliRunner()
    common = [str(folder), "-f", fmt, "--width", "80", "-q"]
    expected = runner.invoke(main, ["report", *common, "--no-cache"]).stdout_bytes
    assert max(expected) >= 0x80, "non-ASCII text, written as UTF-8"
    for run in ("cold", "warm"):
        target = tmp_path / f"{run}.out"
        to_file = runner.invoke(main, ["report", *common, "--cache-dir", directory, "-o", target])
        assert to_file.exit_code == 0, to_file.output
        assert target.read_bytes() == expected, run
        to_stdout = runner.invoke(main, ["report", *common, "--cache-dir", directory])
        assert to_stdout.stdout_bytes == expected, run


def memo_sizes() -> dict[str, int]:
    return {
        f"{name}.{attribute}": value.cache_info().currsize
        for name, module in list(sys.modules.items())
        if name.startswith("claimtrack.")
        for attribute, value in list(vars(module).items())
        if pipeline._is_memo(value)
    }


def test_the_analysis_memos_are_released_before_the_report_is_rendered(folder: Path) -> None:
    options = Options(use_cache=False, jobs=1)
    first = pipeline.build_report([folder], options)
    assert set(memo_sizes().values()) == {0}, "released by build_report"
    articles = read_sources([folder], options).articles
    pipeline.analyse(articles, pipeline.parse_all(articles, options), options)
    filled = memo_sizes()
    assert any(filled.values()), "the analysis fills per-claim memos"
    pipeline.release_memos()
    assert set(memo_sizes().values()) == {0}
    again = pipeline.build_report([folder], options)
    assert render_report(again, ReportFormat.JSON) == render_report(first, ReportFormat.JSON)


def sparse_report() -> Report:
    """Defaults and empty sequences, which ``exclude_defaults`` leaves out."""
    return sample_report().model_copy(update={"republications": (), "skipped": (), "options": {}})


@pytest.mark.parametrize("slice_size", [1, 2, 500])
@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("exclude_defaults", [False, True])
@pytest.mark.parametrize("report", [sample_report, sparse_report], ids=["full", "sparse"])
def test_json_in_chunks_is_pydantics_json_byte_for_byte(
    monkeypatch: pytest.MonkeyPatch,
    slice_size: int,
    indent: int | None,
    exclude_defaults: bool,
    report: type[Report],
) -> None:
    monkeypatch.setattr(json_format, "MIN_SLICE", slice_size)
    built = report()
    chunks = json_format.model_json_chunks(built, indent=indent, exclude_defaults=exclude_defaults)
    assert chunks is not None
    if slice_size == 1:
        assert len(chunks) > 2 * len(type(built).model_fields), "sequences went in slices"
    expected = built.model_dump_json(indent=indent, exclude_defaults=exclude_defaults)
    assert b"".join(chunks) == expected.encode("utf-8")


def test_an_entry_is_written_chunk_by_chunk_and_a_failing_body_leaves_nothing(
    tmp_path: Path,
) -> None:
    results = cache.ResultCache(tmp_path, "d" * 64)

    def chunks() -> Iterator[bytes]:
        for n in range(3):
            yield f"part {n};".encode()

    opened = results.store_stream("output", "json", chunks())
    assert opened is not None
    checked = results.check_opened(opened)
    assert checked is not None and b"".join(checked) == b"part 0;part 1;part 2;"
    assert bytes(results.load_view("output", "json") or b"") == b"part 0;part 1;part 2;"
    other_key = cache.ResultCache(tmp_path, "f" * 64)
    path = results.path("output", "json")
    assert other_key.check_opened(path.open("rb"), checksum=False) is None, "header checked"
    unsummed = results.check_opened(path.open("rb"), checksum=False)
    assert unsummed is not None and b"".join(unsummed) == b"part 0;part 1;part 2;"
    reopened = results.open_entry("output", "json")
    assert reopened is not None and len(reopened) == len(b"part 0;part 1;part 2;")
    split = reopened.first_line()
    assert split is None, "no line break in this body"

    def failing() -> Iterator[bytes]:
        yield b"half"
        raise json_format.NotStreamableError("stop")

    with pytest.raises(json_format.NotStreamableError):
        results.store_stream("output", "other", failing())
    assert results.load_view("output", "other") is None
    assert [p.name for p in results.root.iterdir()] == [results.path("output", "json").name]


def _never_in_memory(*args: object) -> None:
    raise AssertionError("the JSON text was rendered whole in memory")


def test_a_cold_json_run_streams_its_text_into_the_cache_not_into_memory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = render_report(
        pipeline.build_report([folder], Options(use_cache=False)), ReportFormat.JSON
    )

    monkeypatch.setattr(pipeline, "render_report_utf8", _never_in_memory)
    options = Options(use_cache=True, cache_dir=tmp_path / "cache")
    cold = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    assert cold.text == expected
    assert cold.cluster_count > 0 and cold.plain_utf8
    assert isinstance(cold.chunks, cache.EntryBody), "written from the entry, block by block"
    warm = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    assert isinstance(warm.chunks, cache.EntryBody)
    assert (warm.text, warm.cluster_count, warm.notes) == (
        cold.text,
        cold.cluster_count,
        cold.notes,
    )


def test_a_json_run_without_the_cache_streams_its_text_into_a_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = render_report(
        pipeline.build_report([folder], Options(use_cache=False)), ReportFormat.JSON
    )

    monkeypatch.setattr(pipeline, "render_report_utf8", _never_in_memory)
    options = Options(use_cache=False)
    rendered = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    assert isinstance(rendered.chunks, cache.EntryBody), "read back block by block"
    assert rendered.text == expected
    assert rendered.text == expected, "iterable again"
    assert rendered.cluster_count > 0 and rendered.plain_utf8


@pytest.fixture
def only_the_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report holding a float the streaming writer cannot reproduce exactly, so only the
    slow path (``render_report``) writes it."""
    real = Options.for_report

    def with_tiny_float(options: Options) -> dict[str, Any]:
        return {**real(options), "threshold": 1e-05}

    monkeypatch.setattr(Options, "for_report", with_tiny_float)


@pytest.mark.usefixtures("only_the_slow_path")
def test_without_the_cache_a_report_only_the_slow_path_writes_is_rendered_in_memory(
    folder: Path,
) -> None:
    options = Options(use_cache=False)
    rendered = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    assert not isinstance(rendered.chunks, cache.EntryBody)
    report = pipeline.build_report([folder], Options(use_cache=False))
    assert rendered.text == render_report(report, ReportFormat.JSON)


@pytest.mark.usefixtures("only_the_slow_path")
def test_a_report_only_the_slow_path_writes_exactly_is_still_cached_exactly(
    folder: Path, tmp_path: Path
) -> None:
    # Past a float written differently the streamed entry is dropped and the text is
    # rendered the slow way, then stored whole.
    options = Options(use_cache=True, cache_dir=tmp_path / "cache")
    cold = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    report = pipeline.build_report([folder], Options(use_cache=False))
    assert cold.text == render_report(report, ReportFormat.JSON)
    warm = pipeline.build_rendered_report([folder], options, ReportFormat.JSON, RenderOptions())
    assert warm.text == cold.text


def test_an_entry_read_in_blocks_is_checked_and_split_at_its_facts_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "BLOCK_SIZE", 4)  # lines and checks across block edges
    results = cache.ResultCache(tmp_path, "e" * 64)
    results.store("output", "json", b'{"cluster_count":3}\n', b"text ", b"after it\n")
    entry = results.open_entry("output", "json")
    assert entry is not None
    split = entry.first_line()
    assert split is not None
    line, text = split
    assert line == b'{"cluster_count":3}'
    assert list(text) == [b"text", b" aft", b"er i", b"t\n"]
    assert b"".join(text) == b"text after it\n", "iterable again"
    del entry, split
    assert b"".join(text) == b"text after it\n", "the part keeps the file open"
    path = results.path("output", "json")
    damaged = path.read_bytes().replace(b"after", b"AFTER")
    path.write_bytes(damaged)
    assert results.open_entry("output", "json") is None


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"1e5",
        b"1E-5",
        b"9e+16",
        b"x 3e+ 4",
        b"3-e4",
        b"e5 1e",
        b"0.0000",
        b"0.000",
        b"10.00001",
        b"score 0.5, 12 element",
        b"1ee5",
        b"+e-5 7e--5",
        "caf\u00e9 1\u00e95".encode(),
    ],
)
def test_the_float_check_is_the_pattern(text: bytes) -> None:
    expected = json_format._FLOAT_MAY_DIFFER_UTF8.search(text) is not None
    assert json_format.float_may_differ(text) is expected


def test_the_float_check_is_the_pattern_on_random_text() -> None:
    import random

    rng = random.Random(7)
    alphabet = b"0159eE+-. x"
    for _ in range(3000):
        text = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        expected = json_format._FLOAT_MAY_DIFFER_UTF8.search(text) is not None
        assert json_format.float_may_differ(text) is expected, text


def _with_float(value: float) -> Report:
    """The sample report with ``value`` as an option and as the bounds of a claim's figure."""
    report = sample_report()
    first = report.claims[0]
    number = NumberMention(text="12", start=0, end=2, low=value, high=value)
    claims = (first.model_copy(update={"numbers": (number,)}), *report.claims[1:])
    return report.model_copy(
        update={"options": {"nested": [{"threshold": value}]}, "claims": claims}
    )


@pytest.mark.parametrize(
    "value",
    [0.0, -0.0, 0.5, 1e-4, -1e-4, 1.5e-4, 9999999999999998.0, -1e15, 0.1 + 0.2, 123456.789],
)
def test_floats_read_as_alike_are_written_alike_by_both_serializers(value: float) -> None:
    report = _with_float(value)
    assert json_format._floats_written_alike(report) is True
    assert report.model_dump_json(indent=2) + "\n" == json_format.dumps(
        report.model_dump(mode="json")
    )
    chunks, _ = render_report_utf8(report, ReportFormat.JSON, NARROW)
    assert b"".join(chunks) == render_report(report, ReportFormat.JSON).encode("utf-8")


@pytest.mark.parametrize("value", [1e-5, 9.9e-5, -5e-5, 1e-7, 1e-10, 1e16, -2.5e16, 1e300])
def test_floats_outside_the_common_range_take_the_slow_path(value: float) -> None:
    report = _with_float(value)
    assert json_format._floats_written_alike(report) is False
    assert json_format.render_report_utf8(report, NARROW) is None
    chunks, _ = render_report_utf8(report, ReportFormat.JSON, NARROW)
    assert b"".join(chunks) == render_report(report, ReportFormat.JSON).encode("utf-8")


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_a_float_that_is_not_finite_leaves_the_decision_to_the_text(value: float) -> None:
    report = _with_float(value)
    assert json_format._floats_written_alike(report) is None
    chunks, _ = render_report_utf8(report, ReportFormat.JSON, NARROW)
    assert b"".join(chunks) == render_report(report, ReportFormat.JSON).encode("utf-8")


def _holds_a_float(annotation: Any) -> bool:
    if annotation is float or annotation is Any:
        return True
    return any(_holds_a_float(arg) for arg in typing.get_args(annotation))


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def test_the_float_fields_read_are_every_float_field_of_the_report() -> None:
    found: set[tuple[str, str]] = set()
    seen: set[type[BaseModel]] = set()
    todo: list[type[BaseModel]] = [Report]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            if _holds_a_float(field.annotation):
                found.add((model.__name__, name))
            todo.extend(_models_in(field.annotation))
    assert found == json_format.FLOAT_FIELDS


class _Renamed(BaseModel):
    """A long sequence under another name: sliced by the model's own serializer."""

    items: tuple[Skipped, ...] = Field(serialization_alias="entries")
    note: str = "n"


@pytest.mark.parametrize("indent", [None, 2])
def test_a_field_not_serialized_as_its_type_is_sliced_by_the_models_serializer(
    monkeypatch: pytest.MonkeyPatch, indent: int | None
) -> None:
    monkeypatch.setattr(json_format, "MIN_SLICE", 1)
    model = _Renamed(items=tuple(Skipped(path=f"a{n}", reason="r") for n in range(5)))
    assert json_format._elements_serializer(_Renamed, "items") is None
    assert json_format._elements_serializer(Report, "claims") is not None
    chunks = json_format.model_json_chunks(model, indent=indent)
    assert chunks is not None
    assert b"".join(chunks) == model.model_dump_json(indent=indent).encode("utf-8")
