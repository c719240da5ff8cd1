"""Writing the files a person names with ``--output`` or ``--write-baseline``: whole or not at all.

The bytes go to a temporary file beside the target, which is renamed over the target once it
is complete. A run that fails while writing (disk full, Ctrl-C) so leaves the previous report
as it was instead of half of a new one, and whatever reads the file meanwhile (a CI step, a
browser reloading the HTML report) sees the old file or the new one, never a torn one.

A target that exists and is not a regular file (``/dev/stdout``, a named pipe) is written in
place: renaming over it would put a file where the device or pipe was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def missing_folder(target: Path) -> Path | None:
    """The folder ``target`` would be written into, when that folder does not exist."""
    folder = target.absolute().parent
    return None if folder.is_dir() else folder


@contextmanager
def open_output(target: Path) -> Iterator[BinaryIO]:
    """A binary stream whose bytes replace ``target`` when the ``with`` block ends without
    an error; on an error the target is untouched and the temporary file removed."""
    if target.exists() and not target.is_file():
        with target.open("wb") as stream:
            yield stream
        return
    # Through a symbolic link: the file it points to is replaced, and the link stays a link.
    real = Path(os.path.realpath(target))
    handle, temporary = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        _give_mode(Path(temporary), real)
        Path(temporary).replace(real)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def write_output(target: Path, data: bytes) -> None:
    """``data`` as the whole of ``target`` (``open_output``)."""
    with open_output(target) as stream:
        stream.write(data)


def _give_mode(temporary: Path, target: Path) -> None:
    """The permissions the target would have had: its own when it exists, else those a new
    file gets under the process' umask (``mkstemp`` makes it readable by its owner only)."""
    if target.exists():
        shutil.copymode(target, temporary)
        return
    umask = os.umask(0)
    os.umask(umask)
    temporary.chmod(0o666 & ~umask)
