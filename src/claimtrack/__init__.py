"""claimtrack: split news articles into atomic claims and track them across sources.

The public API::

    from claimtrack import build_report, extract_claims, compare_claims, check_draft
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimtrack.models import (
    Article,
    CheckResult,
    Claim,
    Cluster,
    Comparison,
    Conflict,
    Finding,
    Report,
)
from claimtrack.options import Options
from claimtrack.version import __version__

__all__ = [
    "Article",
    "CheckResult",
    "Claim",
    "Cluster",
    "Comparison",
    "Conflict",
    "Finding",
    "Options",
    "Report",
    "__version__",
    "article_claims",
    "build_report",
    "check_draft",
    "compare_claims",
    "extract_claims",
]

if TYPE_CHECKING:
    from claimtrack.api import (
        article_claims,
        build_report,
        check_draft,
        compare_claims,
        extract_claims,
    )

_API = ("article_claims", "build_report", "check_draft", "compare_claims", "extract_claims")


def __getattr__(name: str) -> Any:
    """The API functions, imported on first use (PEP 562).

    WHY: importing ``claimtrack.api`` loads the parser, matcher and judge (numpy, rapidfuzz,
    the word lists), about a second of a re-run that finds its result in the cache and
    needs none of them.
    """
    if name in _API:
        from claimtrack import api

        return getattr(api, name)
    raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
