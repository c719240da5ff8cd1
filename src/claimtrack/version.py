"""The package version, read from the installed metadata when there is one."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.1.0"
