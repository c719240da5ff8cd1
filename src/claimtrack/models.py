"""The data that flows through the pipeline, as frozen pydantic models.

The JSON field names of these models are a contract: scripts outside the project read them.
Fields may be added; existing names and meanings must not change without a new
``SCHEMA_VERSION``.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import deque
from collections.abc import Callable
from enum import Enum
from itertools import repeat
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class StrEnum(str, Enum):
    """A string enum that prints as its value (``enum.StrEnum`` needs Python 3.11)."""

    def __str__(self) -> str:
        return str(self.value)


class Frozen(BaseModel):
    """Base for every model: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(StrEnum):
    """What a sentence-level statement is. Only facts take part in verdicts by default."""

    FACT = "fact"
    OPINION = "opinion"
    QUESTION = "question"
    META = "meta"
    BOILERPLATE = "boilerplate"


class Certainty(StrEnum):
    """How strongly the text commits to a claim (after FactBank's modality, simplified)."""

    ASSERTED = "asserted"
    HEDGED = "hedged"
    PLANNED = "planned"
    CONDITIONAL = "conditional"


class Verdict(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    SINGLE_SOURCE = "single_source"


class ConflictType(StrEnum):
    NUMERIC = "numeric"
    DATE = "date"
    NEGATION = "negation"
    ANTONYM = "antonym"
    REASON = "reason"
    SCOPE = "scope"
    ATTRIBUTION = "attribution"
    AGENT = "agent"
    PLACE = "place"


class Severity(StrEnum):
    """Whether a difference means the two claims cannot both hold."""

    CONTRADICTION = "contradiction"
    NOTE = "note"


class Stance(StrEnum):
    """What one source does with a claim (``stance``): states it, passes it on without
    vouching for it, calls it false, or only writes about the same thing."""

    SUPPORTS = "supports"
    HEDGED = "hedged"
    CONFLICTS = "conflicts"
    RELATED = "related"
    UNRELATED = "unrelated"


class Status(StrEnum):
    """A draft claim's standing against the sources (``claimtrack check``)."""

    SUPPORTED = "supported"
    CONFLICT = "conflict"
    UNSUPPORTED = "unsupported"


# --- reading sources -------------------------------------------------------------------


class Article(Frozen):
    """One article as read from disk. ``text`` is what every character offset points into."""

    id: str = Field(description="Stable identifier, derived from the path relative to its root.")
    path: str
    source: str = Field(
        description="The outlet: front matter, a 'Source: X' line, or the file name."
    )
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None
    text: str
    encoding: str = "utf-8"
    notes: tuple[str, ...] = Field(
        default=(), description="Things the reader noticed but recovered from (e.g. encoding)."
    )
    source_handle: str | None = Field(
        default=None, description="A social-media handle from a post signature, if any."
    )


class Skipped(Frozen):
    """A file, or one record of a JSON or JSON-lines file, that could not be used, and why,
    in words a person understands."""

    path: str
    reason: str
    record: str | None = Field(
        default=None,
        description=(
            "The bad record ('line 2', 'record 3') of a file whose other records were read; "
            "null when the whole file was skipped."
        ),
    )

    @property
    def where(self) -> str:
        """The path, with the record when only that record was skipped ('a.jsonl line 2')."""
        return f"{self.path} {self.record}" if self.record else self.path


# --- parsing claims --------------------------------------------------------------------


class NumberMention(Frozen):
    """A quantity in a claim, as an interval. ``None`` bounds are unbounded.

    A tally ("ruled 7-2", "a 4-4 draw", "by a vote of five to two") is no quantity: its two
    whole numbers are in ``tally``, in the order written, and ``low``/``high`` are None.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None = Field(default=None, description="'%', '$', 'km', 'people', ...")
    counts: str | None = Field(default=None, description="The noun counted, lemmatised.")
    approximate: bool = False
    tally: tuple[int, int] | None = Field(
        default=None,
        description="A vote or a score: its two numbers in the order written ('7-2' -> [7, 2]).",
    )


class DateMention(Frozen):
    """A date or time. ``earliest``/``latest`` bound it; both are None when unresolved."""

    text: str
    start: int
    end: int
    earliest: dt.date | None = None
    latest: dt.date | None = None
    time: str | None = Field(default=None, description="HH:MM when a clock time is given.")
    relative: bool = False
    resolved: bool = True


class Entity(Frozen):
    text: str
    canonical: str = Field(description="The alias-table name: 'United States' for 'U.S.'.")
    start: int
    end: int


class Claim(Frozen):
    """One atomic, stand-alone statement, with the evidence of where it came from."""

    id: str
    article_id: str
    source: str
    text: str = Field(description="The claim as a stand-alone statement.")
    sentence: str = Field(description="The sentence it came from, verbatim.")
    sentence_start: int = Field(
        default=0, description="Offset of ``sentence`` in the article text (it is verbatim)."
    )
    start: int = Field(description="Offset of the claim's first character in the article text.")
    end: int = Field(description="Offset just past its last character (exclusive).")
    spans: tuple[tuple[int, int], ...] = Field(
        default=(), description="Every [start, end) span of article text the claim is made of."
    )
    line: int = Field(description="1-based line of ``start`` in the article text.")
    kind: Kind = Kind.FACT
    subject: str | None = Field(
        default=None, description="Who or what the claim is about, pronouns resolved."
    )
    predicate: str | None = Field(
        default=None, description="The main verb's lemma ('suspend', 'kill'), when found."
    )
    quoted: bool = Field(default=False, description="The claim is a direct quotation.")
    attribution: str | None = Field(default=None, description="Who is said to have said it.")
    attribution_cue: str | None = None
    certainty: Certainty = Certainty.ASSERTED
    certainty_cue: str | None = Field(default=None, description="The word that decided it.")
    negated: bool = False
    negation_cue: str | None = None
    reason: str | None = Field(
        default=None, description="A stated cause: 'citing X', 'in protest over Y'."
    )
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    dropped: str | None = Field(
        default=None, description="Why this text is not a factual claim, for ``claims --all``."
    )


# --- judging ---------------------------------------------------------------------------


class Conflict(Frozen):
    """A difference between two claims about the same thing, with its evidence."""

    type: ConflictType
    claim_ids: tuple[str, str]
    values: tuple[str, str] = Field(description="What differs, one value from each claim.")
    explanation: str
    severity: Severity = Severity.CONTRADICTION
    value_spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = Field(
        default=(None, None),
        description="Where each value stands in its claim's article text, when known.",
    )


class CertaintyNote(Frozen):
    """Two claims say the same thing with different strength: shown, never a conflict."""

    claim_ids: tuple[str, str]
    certainties: tuple[Certainty, Certainty]
    explanation: str


class Cluster(Frozen):
    id: str
    verdict: Verdict
    claim_ids: tuple[str, ...]
    representative_id: str
    sources: tuple[str, ...]
    independent_sources: tuple[str, ...]
    conflicts: tuple[Conflict, ...] = ()
    certainty_notes: tuple[CertaintyNote, ...] = ()
    first_reported: tuple[str, ...] = Field(
        default=(),
        description="Source(s) with the earliest publication date, when dates are known.",
    )
    first_reported_on: dt.date | None = None


class Republication(Frozen):
    """An article that republishes another one; it counts once as a source."""

    article_id: str
    original_id: str
    shared: float = Field(description="Fraction of the copy's sentences found in the original.")


class Report(Frozen):
    schema_version: str = SCHEMA_VERSION
    tool_version: str
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    republications: tuple[Republication, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    options: dict[str, Any] = Field(default_factory=dict)

    @property
    def partial(self) -> bool:
        return bool(self.skipped)

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id()[claim_id]

    def article(self, article_id: str) -> Article:
        return {a.id: a for a in self.articles}[article_id]

    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}


# --- the public comparison API ---------------------------------------------------------


class Comparison(Frozen):
    """The matcher's and judge's view of two claims (``compare_claims``)."""

    same_claim: bool = Field(description="The two make the same statement (they match).")
    related: bool = Field(description="They are about the same event frame, same or not.")
    score: float = Field(ge=0, le=100)
    conflicts: tuple[Conflict, ...] = ()
    certainty_notes: tuple[CertaintyNote, ...] = ()

    @property
    def contradicts(self) -> bool:
        return any(c.severity is Severity.CONTRADICTION for c in self.conflicts)


class Evidence(Frozen):
    """A source claim behind a finding: where it stands, so a reader can go and look."""

    relation: str = Field(
        description=(
            "'supports', 'conflicts', or 'related': for an unsupported claim, a source claim "
            "about the same thing that does not state it (the nearest few)."
        )
    )
    claim_id: str
    source: str
    path: str
    line: int
    text: str
    published: dt.date | None = None
    republishes: str | None = Field(
        default=None, description="The source this article copies, when it is a republication."
    )


class Finding(Frozen):
    """One draft claim checked against the sources."""

    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    status: Status
    sources: tuple[str, ...] = ()
    independent_sources: tuple[str, ...] = ()
    matched_claim_ids: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    suppressed: bool = False
    baselined: bool = False
    fails: bool = Field(default=False, description="This finding fails the --fail-on policy.")
    certainty: Certainty = Certainty.ASSERTED
    support_certainty: Certainty | None = Field(
        default=None, description="How strongly the best supporting source states it."
    )
    fingerprint: str = Field(description="Stable id for baselines, robust to line moves.")
    single_source: bool = Field(
        default=False, description="Supported, but by only one independent source."
    )
    suppressed_by: int | None = Field(
        default=None, description="Line of the ignore comment that suppressed it."
    )
    evidence: tuple[Evidence, ...] = Field(
        default=(), description="The source claims that support it or conflict with it."
    )


class CheckSummary(Frozen):
    supported: int
    conflict: int
    unsupported: int
    suppressed: int
    baselined: int
    failing: int
    fail_on: tuple[Status, ...]
    single_source: int = Field(
        default=0, description="Supported findings resting on one independent source."
    )
    fail_on_single_source: bool = False


class CheckResult(Frozen):
    schema_version: str = SCHEMA_VERSION
    draft: str
    findings: tuple[Finding, ...]
    summary: CheckSummary
    skipped: tuple[Skipped, ...] = ()

    @property
    def failed(self) -> bool:
        return self.summary.failing > 0


# --- holding many claims in less memory ------------------------------------------------

_new = object.__new__
_set = object.__setattr__
_Model = TypeVar("_Model", bound=BaseModel)
#: One set object per distinct ``__pydantic_fields_set__`` of a compacted model.
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
#: The shared set last used for a class and a number of fields given.
_LAST_FIELDS_SET: dict[tuple[type[BaseModel], int], set[str]] = {}
#: The claim fields that hold sub-models, compacted with the claim.
_CLAIM_PARTS = ("numbers", "dates", "entities")


def compact_claim(claim: Claim) -> Claim:
    """An equal ``Claim`` (same fields, same JSON) that takes about half the memory.

    WHY: a run holds every claim of the corpus from parsing to the end (610,000 at 10,000
    articles). A model as pydantic builds it carries a ``__dict__`` of its own (832 bytes for
    a claim's 27 fields) and a set of the field names given (730 bytes); its numbers, dates
    and entities again each. Rebuilt attribute by attribute, the fields go into CPython's
    key-sharing instance storage (a ~270-byte values array; the class's keys are primed below),
    and the field-name sets are shared between models (pydantic only ever copies them).
    """
    copy = _new(Claim)
    values = claim.__dict__
    # ``map`` drives the setting in C: a third faster than a loop over the fields.
    deque(map(_set, repeat(copy), values, values.values()), 0)
    for name in _CLAIM_PARTS:
        parts = values[name]
        if parts:
            _set(copy, name, tuple(map(_compact, parts)))
    _finish(copy, claim)
    return copy


def compact_cluster(fields: dict[str, Any]) -> Cluster:
    """``Cluster(**fields)`` without validation (every field of the model's exact type,
    given in the model's order), held as ``compact_claim`` holds a claim.

    WHY: a run keeps one cluster per group to the end (437,000 at 10,000 articles, most of
    them one claim). Built with its fields as its ``__dict__``, a cluster took 414 bytes;
    its fields set one by one into the class's shared key table, 246 (70 MB less at the
    judge's peak). Fields given otherwise go the checked way (``trusted``).
    """
    if tuple(fields) != _CLUSTER_FIELDS:
        from claimtrack.parse.trusted import trusted

        return trusted(Cluster, **fields)
    cluster = _new(Cluster)
    deque(map(_set, repeat(cluster), fields, fields.values()), 0)
    _set(cluster, "__pydantic_fields_set__", _CLUSTER_FIELDS_SET)
    _set(cluster, "__pydantic_extra__", None)
    _set(cluster, "__pydantic_private__", None)
    return cluster


_CLUSTER_FIELDS = tuple(Cluster.model_fields)
_CLUSTER_FIELDS_SET = _FIELDS_SETS.setdefault(frozenset(_CLUSTER_FIELDS), set(_CLUSTER_FIELDS))


def _compact(model: _Model) -> _Model:
    copy = _new(type(model))
    values = model.__dict__
    deque(map(_set, repeat(copy), values, values.values()), 0)
    _finish(copy, model)
    return copy


def _finish(copy: BaseModel, model: BaseModel) -> None:
    given = model.__pydantic_fields_set__
    # Most models of a class have the same fields set: compared with the last one shared
    # first, which costs less than hashing a frozenset of it.
    last = _LAST_FIELDS_SET.get((type(model), len(given)))
    if last is None or last != given:
        last = _FIELDS_SETS.setdefault(frozenset(given), given)
        _LAST_FIELDS_SET[type(model), len(given)] = last
    # The slots pydantic's ``model_construct`` fills; extra="forbid" and no private attributes.
    _set(copy, "__pydantic_fields_set__", last)
    _set(copy, "__pydantic_extra__", None)
    _set(copy, "__pydantic_private__", None)


def _prime_shared_keys(*classes: type[BaseModel]) -> None:
    """Give each class's instances one shared table of field names, in field order.

    WHY here, at import: CPython (3.11) lets instances share their attribute names only while
    the class's key table is still being filled, and stops accepting new names into it once
    enough instances were created; one instance set up first, field by field, fills it.
    Without this the models work the same, only without the memory saving.
    """
    for cls in classes:
        probe = _new(cls)
        for name in cls.model_fields:
            _set(probe, name, None)


_prime_shared_keys(Claim, NumberMention, DateMention, Entity, Cluster)


def _compare_by_attributes(*classes: type[BaseModel]) -> None:
    """Give each class an ``==`` and a ``hash`` that read the fields one by one, with the
    results of pydantic's own (which read ``__dict__``).

    WHY: asking a compact model (``compact_claim``) for its ``__dict__`` builds one and keeps
    it for good (64 bytes). The judge compares and hashes claims' numbers, dates and
    entities (sets, memo keys): after the analysis of 2,000 generated articles, 35% of the
    claims and 46% of their parts had one, alive from then to the end of the run.
    Equal results: pydantic compares the same type, private and extra values, then the
    ``__dict__`` (every field, each pair equal when identical or ``==``, as a tuple's items
    are), and hashes the tuple of the fields' values in field order; a model of another
    type, or with private or extra values, still goes pydantic's way.
    """
    for cls in classes:
        fields = operator.attrgetter(*cls.model_fields)
        pydantic_eq = cls.__eq__

        def __eq__(  # noqa: N807 - installed as the class's ``__eq__``
            self: BaseModel,
            other: object,
            _cls: type[BaseModel] = cls,
            _fields: operator.attrgetter[Any] = fields,
            _pydantic_eq: Callable[[BaseModel, object], bool] = pydantic_eq,
        ) -> bool:
            if (
                type(self) is _cls
                and type(other) is _cls
                and self.__pydantic_private__ is None
                and other.__pydantic_private__ is None
                and self.__pydantic_extra__ is None
                and other.__pydantic_extra__ is None
            ):
                return bool(_fields(self) == _fields(other))
            return _pydantic_eq(self, other)

        def __hash__(  # noqa: N807 - installed as the class's ``__hash__``
            self: BaseModel, _fields: operator.attrgetter[Any] = fields
        ) -> int:
            return hash(_fields(self))

        setattr(cls, "__eq__", __eq__)  # noqa: B010 - a method set on the class, as mypy allows
        setattr(cls, "__hash__", __hash__)  # noqa: B010


_compare_by_attributes(Claim, NumberMention, DateMention, Entity, Cluster)
