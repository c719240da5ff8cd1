"""``output_file``: an --output file is replaced whole or left as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from claimtrack.output_file import missing_folder, open_output, write_output


def test_writes_a_new_file_with_the_umask_mode_and_no_temporary_left(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_output(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_an_error_while_writing_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"yesterday's report\n")
    with pytest.raises(OSError, match="disk full"), open_output(target) as stream:
        stream.write(b"half of today's")
        raise OSError(28, "disk full")
    assert target.read_bytes() == b"yesterday's report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_output(target, b"new")
    assert (target.read_bytes(), stat.S_IMODE(target.stat().st_mode)) == (b"new", 0o640)


def test_a_symbolic_link_stays_a_link_to_the_new_content(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.html"
    real.write_bytes(b"old")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    write_output(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_named_pipe_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "out"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_output(pipe, b"streamed")
        assert os.read(reader, 100) == b"streamed"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_missing_folder(tmp_path: Path) -> None:
    assert missing_folder(tmp_path / "report.md") is None
    assert missing_folder(tmp_path / "nope" / "report.md") == tmp_path / "nope"
    (tmp_path / "file").write_text("x")
    assert missing_folder(tmp_path / "file" / "report.md") == tmp_path / "file"
