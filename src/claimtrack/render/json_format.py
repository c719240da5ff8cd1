"""JSON: the models themselves, in a deterministic layout (field order, 2-space indent).

The report's ``schema_version`` says which contract a reader gets; ``claimtrack schema``
prints the JSON Schema the output validates against.
"""

from __future__ import annotations

import functools
import json
import re
import types
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticSerializationError, SchemaSerializer

from claimtrack.models import CheckResult, Report
from claimtrack.render import RenderOptions

#: Where pydantic's serializer and ``json.dumps`` may write a float differently: Python
#: switches to exponent notation below 1e-4 and from 1e16, the Rust serializer elsewhere
#: ("1e-05" vs "0.00001", "1e+16" vs "1e16"). Every other token is written identically.
#: Matching article text as well only costs the slow path, never a different byte.
_FLOAT_MAY_DIFFER = re.compile(r"[0-9][eE][-+]?[0-9]|0\.0000")
_FLOAT_MAY_DIFFER_UTF8 = re.compile(_FLOAT_MAY_DIFFER.pattern.encode("ascii"))

#: Every digit to ``0``, ``E`` to ``e`` and ``+`` to ``-``; no other byte becomes one of
#: ``0``, ``e``, ``-``. So ``[0-9][eE][-+]?[0-9]`` matches a text exactly where
#: ``_EXPONENT_TRANSLATED`` matches its translation.
_EXPONENT_SHAPE = bytes.maketrans(b"123456789E+", b"000000000e-")
_EXPONENT_TRANSLATED = re.compile(rb"0e-?0")


def float_may_differ(chunk: bytes) -> bool:
    """``_FLOAT_MAY_DIFFER_UTF8.search(chunk)``, as a bool, about 6x faster.

    WHY: that pattern starts with a character class, so ``re`` tries it at every byte
    (1.25 of the 2.5 CPU s that rendering 1,000 articles took); a pattern that starts with a
    literal is searched for its first byte, and the translation runs at memory speed.
    """
    if b"0.0000" in chunk:
        return True
    return _EXPONENT_TRANSLATED.search(chunk.translate(_EXPONENT_SHAPE)) is not None


def render_report(report: Report, options: RenderOptions) -> str:
    return _model_dumps(report)


def render_report_utf8(report: Report, options: RenderOptions) -> tuple[bytes, ...] | None:
    """``render_report`` as UTF-8 chunks, without the text ever being a ``str``; None when
    only the slow path writes it exactly (then ``render_report`` is the way).

    WHY: the Rust serializer writes UTF-8 bytes, which ``model_dump_json`` decodes to a str
    that is encoded again to be written: 143 MB for 1,000 articles, held two or three times
    over (more when one character outside Latin-1 makes the str 2 or 4 bytes per character).
    The chunks are the serializer's bytes as they come (``iter_report_utf8``).
    """
    try:
        return tuple(iter_report_utf8(report))
    except NotStreamableError:
        return None


class NotStreamableError(Exception):
    """The serializer's chunks would not be ``render_report``'s text byte for byte (a float
    written differently, a lone surrogate, a layout not as expected): use the slow path."""


def iter_report_utf8(report: Report) -> Iterator[bytes]:
    """``render_report_utf8``'s chunks one at a time, so a writer holds one slice of the
    text, never all of it; raises ``NotStreamableError`` (possibly after some chunks) when only
    the slow path writes the report exactly."""
    alike = _floats_written_alike(report)
    if alike is False:
        raise NotStreamableError("a float Python writes differently")
    for chunk in iter_model_json(report, indent=2):
        if alike is None and float_may_differ(chunk):
            raise NotStreamableError("a float Python writes differently")
        yield chunk  # a float the pattern spans is whole: chunks end between JSON values
    yield b"\n"


#: Python writes a finite float in exponent notation below this and from ``_LARGEST_ALIKE``,
#: the Rust serializer from 1e-6 down ("0.00001" for 1e-05) and otherwise alike or not
#: ("1e-06" / "1e-6"). Between the two, both write the same shortest decimal digits.
_SMALLEST_ALIKE = 1e-4
_LARGEST_ALIKE = 1e16


def _floats_written_alike(report: Report) -> bool | None:
    """True when pydantic's serializer and ``json.dumps`` write every float of ``report``
    alike, False when one may be written differently, None when a float is not finite (the
    serializer writes null, ``json.dumps`` Infinity or NaN: the text scan decides, as before).

    WHY read the models, not the text (``float_may_differ`` on every chunk): the text of
    1,000 articles is 116 MB, and scanning it took a fifth of rendering it, while the floats
    are a few per claim with figures (``FLOAT_FIELDS``). A string that merely looks like such
    a float ("3e5" in an article) sent the report down the slow path, which writes strings
    exactly as the fast one does.
    """
    finite = True
    for value in _report_floats(report):
        if value - value != 0.0:  # infinite or not a number
            finite = False
        elif value and not _SMALLEST_ALIKE <= abs(value) < _LARGEST_ALIKE:
            return False
    return True if finite else None


#: Every field of the report's models that may hold a float, as (model, field): what
#: ``_report_floats`` reads (a test checks the models against it).
FLOAT_FIELDS = frozenset(
    {
        ("NumberMention", "low"),
        ("NumberMention", "high"),
        ("Republication", "shared"),
        ("Report", "options"),
    }
)


def _report_floats(report: Report) -> Iterator[float]:
    yield from _json_floats(report.options)
    for republication in report.republications:
        yield republication.shared
    for claim in report.claims:
        for number in claim.numbers:
            if number.low is not None:
                yield number.low
            if number.high is not None:
                yield number.high


def _json_floats(value: Any) -> Iterator[float]:
    """The floats in a JSON-ready value of any depth."""
    if isinstance(value, float):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _json_floats(item)


#: A long sequence field is serialized in at most this many calls (each call scans the whole
#: sequence for its ``include``), of at least ``MIN_SLICE`` elements each.
MAX_SLICES = 64
MIN_SLICE = 500
#: Most elements of a slice serialized on its own (``_elements_serializer``), which walks
#: its slice alone: slices this short cost no more calls that matter (300 for the claims of
#: 10,000 articles). WHY a bound: 1/``MAX_SLICES`` of the sequence grows with the archive,
#: and each slice's text is alive up to four times over while it is written (the
#: serializer's doubling buffer, its bytes, the slice cut from them): at 10,000 articles
#: 6,800 clusters a slice, what rendering and storing the report held above the report.
ELEMENTS_A_SLICE = 2_000


def model_json_chunks(
    model: BaseModel, *, indent: int | None = None, exclude_defaults: bool = False
) -> list[bytes] | None:
    """``iter_model_json`` as a list; None where it raises ``NotStreamableError``."""
    try:
        return list(iter_model_json(model, indent=indent, exclude_defaults=exclude_defaults))
    except NotStreamableError:
        return None


def iter_model_json(
    model: BaseModel, *, indent: int | None = None, exclude_defaults: bool = False
) -> Iterator[bytes]:
    """``model.model_dump_json(indent=..., exclude_defaults=...)`` as UTF-8 chunks, byte for
    byte, serialized field by field and long sequences slice by slice; raises
    ``NotStreamableError`` if the model has computed fields (not fields this can ask for one by
    one) or the serializer fails or writes an unexpected layout.

    WHY: pydantic serializes into one buffer that grows by doubling, then copies it into the
    returned bytes: up to three times the size of the text at once (143 MB for the JSON of
    1,000 articles). Serialized in slices, only the text itself is alive, plus one slice;
    written as they come, only one slice. Each slice is the serializer's own output
    (``include``), so the layout is pydantic's.
    """
    cls = type(model)
    if cls.model_computed_fields:
        raise NotStreamableError("computed fields")
    newline = b"\n" if indent else b""
    separator = b"," + newline
    started = False
    try:
        for name in cls.model_fields:
            for n, chunk in enumerate(_field_chunks(model, name, indent, exclude_defaults)):
                if n == 0:
                    yield separator if started else b"{" + newline
                    started = True
                yield chunk
    except (PydanticSerializationError, ValueError) as exc:
        raise NotStreamableError(str(exc)) from exc
    yield newline + b"}" if started else b"{}"


def _field_chunks(
    model: BaseModel, name: str, indent: int | None, exclude_defaults: bool
) -> Iterator[bytes]:
    """``"name": value`` as it stands inside the whole model's JSON (indented, without the
    separator), in chunks; nothing for a default left out."""
    to_json = type(model).__pydantic_serializer__.to_json
    newline = b"\n" if indent else b""
    value = getattr(model, name)
    if not isinstance(value, tuple | list) or len(value) <= MIN_SLICE:
        data = to_json(model, indent=indent, include={name}, exclude_defaults=exclude_defaults)
        if data == b"{}":
            return
        if not (data.startswith(b"{" + newline) and data.endswith(newline + b"}")):
            raise NotStreamableError(f"unexpected layout of {name}")
        yield data[1 + len(newline) : len(data) - 1 - len(newline)]
        return
    pad = b" " * (indent or 0)
    key = json.dumps(name).encode("utf-8") + (b": " if indent else b":")
    size = max(MIN_SLICE, -(-len(value) // MAX_SLICES))
    serializer = _elements_serializer(type(model), name)
    if serializer is None or (exclude_defaults and value == _field_default(model, name)):
        yield from _included_slices(model, name, indent, exclude_defaults, size)
        return
    size = min(size, ELEMENTS_A_SLICE)
    # A slice is serialized as ``{name: slice}``: its elements then stand as deep as in the
    # model ("\n    {...}" under indent 2), between this head and tail.
    head = b"{" + newline + pad + key + b"["
    tail = newline + pad + b"]" + newline + b"}"
    yield pad + key + b"["
    for start in range(0, len(value), size):
        data = serializer.to_json(
            {name: value[start : start + size]}, indent=indent, exclude_defaults=exclude_defaults
        )
        if not (data.startswith(head + newline) and data.endswith(tail)):
            raise NotStreamableError(f"unexpected layout of {name}")
        if start:
            yield b","
        yield data[len(head) : len(data) - len(tail)]
    yield newline + pad + b"]"


@functools.cache
def _elements_serializer(cls: type[BaseModel], name: str) -> SchemaSerializer | None:
    """A serializer of ``{name: value}`` for ``name``'s annotation (a dict of that one
    key), when the field serializes exactly as its annotation does (under its own name,
    with no serializer of the model's own); else None.

    WHY: a slice asked of the model's serializer (``include={name: indexes}``) walks the
    whole sequence to find its indexes: 64 walks of 61,451 claims at 1,000 articles. A
    slice of the sequence itself is serialized as it is. Inside a dict under the field's
    name, its elements come out as deep as in the model: serialized as a list, they were
    indented one level deeper afterwards, one more pass over the whole text (a third of
    the time the JSON of 1,000 articles took to render).
    """
    field = cls.model_fields[name]
    decorators = cls.__pydantic_decorators__
    if (
        field.annotation is None
        or field.alias
        or field.serialization_alias
        or field.exclude
        or getattr(field, "exclude_if", None) is not None
        or decorators.field_serializers
        or decorators.model_serializers
        or cls.model_config.get("serialize_by_alias")
    ):
        return None
    one_key: Any = types.GenericAlias(dict, (str, field.annotation))  # dict[str, annotation]
    return TypeAdapter(one_key).serializer


def _field_default(model: BaseModel, name: str) -> Any:
    field = type(model).model_fields[name]
    return field.get_default(call_default_factory=True, validated_data={})


def _included_slices(
    model: BaseModel, name: str, indent: int | None, exclude_defaults: bool, size: int
) -> Iterator[bytes]:
    """``name``'s long sequence in slices the model's own serializer writes (``include``)."""
    to_json = type(model).__pydantic_serializer__.to_json
    value = getattr(model, name)
    newline = b"\n" if indent else b""
    pad = b" " * (indent or 0)
    key = json.dumps(name).encode("utf-8") + (b": " if indent else b":")
    head = b"{" + newline + pad + key + b"[" + newline
    tail = newline + pad + b"]" + newline + b"}"
    yield pad + key + b"[" + newline
    for start in range(0, len(value), size):
        indexes = set(range(start, min(start + size, len(value))))
        data = to_json(
            model, indent=indent, include={name: indexes}, exclude_defaults=exclude_defaults
        )
        if not (data.startswith(head) and data.endswith(tail)):
            raise NotStreamableError(f"unexpected layout of {name}")
        if start:
            yield b"," + newline
        yield data[len(head) : len(data) - len(tail)]
    yield newline + pad + b"]"


def render_checks(results: Sequence[CheckResult], options: RenderOptions) -> str:
    """One draft: its ``{"findings", "summary", ...}`` object; several: a list of them."""
    if len(results) == 1:
        return _model_dumps(results[0])
    return dumps([r.model_dump(mode="json") for r in results])


def _model_dumps(model: BaseModel) -> str:
    """``dumps(model.model_dump(mode="json"))``, byte for byte, about 5x faster.

    WHY: ``json.dumps`` with ``indent`` runs Python's pure-Python encoder (4.6 s for a
    200-article report), while pydantic's Rust serializer writes the same layout in 1 s.
    The two are interchangeable except for floats outside [1e-4, 1e16) (see
    ``_FLOAT_MAY_DIFFER``); when any may be present, the slow path keeps the bytes as before.
    """
    try:
        fast = model.model_dump_json(indent=2)
    except (PydanticSerializationError, ValueError):
        return dumps(model.model_dump(mode="json"))
    if _FLOAT_MAY_DIFFER.search(fast):
        return dumps(model.model_dump(mode="json"))
    return fast + "\n"


def dumps(data: Any) -> str:
    # Field order comes from the models, so keys are never sorted; ensure_ascii=False keeps
    # article text readable, and the output is the same bytes whatever the platform.
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
