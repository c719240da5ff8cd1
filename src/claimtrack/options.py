"""The one frozen options object that travels down the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.models import Kind, Status

DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024


class Options(BaseModel):
    """Every tunable of a run. Stages read what they need; nobody mutates it.

    Fields marked ``exclude=True`` describe the machine, not the analysis, and are left out of
    the report so that the same input gives byte-identical output anywhere.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    # reading
    encoding: str | None = Field(
        default=None, description="Force this encoding instead of detecting it."
    )
    max_file_size: int = Field(default=DEFAULT_MAX_FILE_SIZE, gt=0)

    # parsing
    kinds: tuple[Kind, ...] = Field(
        default=(Kind.FACT,), description="Which kinds of claims take part in matching."
    )
    alias_file: Path | None = Field(default=None, description="Extra entity aliases (TSV).")
    predicate_file: Path | None = Field(default=None, description="Extra predicate synonyms.")

    # matching
    threshold: float = Field(
        default=55.0,
        ge=0,
        le=100,
        description="Match score (0-100, the matcher's estimated chance in percent that two "
        "claims are the same statement) at which claims are the same.",
    )
    related_threshold: float = Field(
        default=50.0, ge=0, le=100, description="Score at which claims share an event frame."
    )
    max_block_size: int = Field(
        default=200, gt=1, description="Tokens shared by more claims than this do not block."
    )
    block_tokens: int = Field(default=4, gt=0, description="Rarest tokens per claim used to block.")

    # checking drafts
    fail_on: tuple[Status, ...] = (Status.CONFLICT,)
    fail_on_single_source: bool = Field(
        default=False, description="Also fail on claims supported by one independent source."
    )

    # machine (not part of the report)
    jobs: int | None = Field(default=None, exclude=True, description="Processes; None = cores.")
    cache_dir: Path | None = Field(default=None, exclude=True)
    use_cache: bool = Field(default=False, exclude=True)

    def for_report(self) -> dict[str, Any]:
        """The options as recorded in a report: analysis settings only, JSON-ready."""
        return self.model_dump(mode="json")
