"""claimtrack: split news articles into atomic claims and track them across sources.

The public API::

    from claimtrack import build_report, extract_claims, compare_claims, check_draft
"""

from claimtrack.api import article_claims, build_report, check_draft, compare_claims, extract_claims
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
