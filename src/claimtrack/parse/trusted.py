"""Build parser results without pydantic validation, for fields our own code produced.

The parser creates one Claim (with its NumberMention, DateMention and Entity objects) per
clause. Validating each costs about 5 microseconds and ``model_construct`` more (it is
written in Python); ``trusted`` with every field in the model's order costs about 2.5.
Every field handed to it comes from our extractors with the model's exact types (tuples,
enums, floats, dt.date), so validation would change nothing; tests/test_parse_trusted.py
validates parsed samples to catch drift between the two."""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)

_new = object.__new__
# The four slots of every pydantic model, set through their descriptors: what
# ``object.__setattr__`` ends up calling, without looking the name up on each call (a
# quarter of the cost of building a model, and the parser builds one per claim and mention).
_SLOTS = BaseModel.__dict__
_set_dict = _SLOTS["__dict__"].__set__
_set_fields_set = _SLOTS["__pydantic_fields_set__"].__set__
_set_extra = _SLOTS["__pydantic_extra__"].__set__
_set_private = _SLOTS["__pydantic_private__"].__set__


class _Layout(NamedTuple):
    order: tuple[str, ...]  # every field name, in the model's order
    defaults: tuple[tuple[str, Any], ...]
    names: frozenset[str]
    required: frozenset[str]


@cache
def _layout(cls: type[BaseModel]) -> _Layout:
    """The model's fields with their defaults (all immutable: None, False, (), enum
    members), in the model's order: ``model_dump`` and the JSON follow ``__dict__``."""
    fields = cls.model_fields
    return _Layout(
        tuple(fields),
        tuple((name, info.get_default(call_default_factory=True)) for name, info in fields.items()),
        frozenset(fields),
        frozenset(name for name, info in fields.items() if info.is_required()),
    )


#: One ``__pydantic_fields_set__`` object per tuple of field names given, shared by every
#: model ``trusted`` builds with them. WHY: a set of its own per model is 200 to 700 bytes;
#: the judge builds a few conflicts and notes per pair of claims that live to the end of
#: the run (36 MB of sets alone at 1,000 articles). pydantic only ever copies these sets
#: (``model_copy``), never changes them in place; ``models.compact_claim`` shares them too.
_GIVEN: dict[tuple[str, ...], set[str]] = {}


def trusted(cls: type[Model], **fields: Any) -> Model:
    """``cls(**fields)`` without validation: the same object pydantic would build."""
    layout = _layout(cls)
    names = tuple(fields)
    given = _GIVEN.get(names)
    if given is None:
        given = _GIVEN.setdefault(names, set(fields))
    values = fields
    if names != layout.order:
        # Not every field, or not in the model's order: fill defaults, keep the order.
        if not (layout.required <= given <= layout.names):
            raise TypeError(f"{cls.__name__}: missing or unknown fields in {sorted(fields)}")
        values = {name: fields.get(name, default) for name, default in layout.defaults}
    model = _new(cls)
    # The same four slots pydantic's own ``model_construct`` fills (frozen: no __setattr__).
    _set_dict(model, values)
    _set_fields_set(model, given)
    _set_extra(model, None)
    _set_private(model, None)
    return model


class Builder(Generic[Model]):
    """``cls(**values)`` without validation, for dicts built by one dict literal.

    A literal always has the same keys in the same order, so only the first dict is
    checked against the model's fields (about 2 microseconds per Claim saved over
    ``trusted``). If the model gained or reordered fields, every dict goes the checked way.
    """

    __slots__ = ("cls", "fast", "given")

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        self.fast: bool | None = None  # unknown until the first dict is seen
        #: Every field name: the ``__pydantic_fields_set__`` shared by the models built
        #: (as ``trusted`` shares them, see ``_GIVEN``; a set per claim cost a microsecond
        #: and some 700 bytes).
        self.given: set[str] = set()

    def __call__(self, values: dict[str, Any]) -> Model:
        if not self.fast:
            if self.fast is None:
                layout = _layout(self.cls)
                self.fast = tuple(values) == layout.order
                self.given = _GIVEN.setdefault(layout.order, set(layout.order))
            if not self.fast:
                return trusted(self.cls, **values)
        model = _new(self.cls)
        _set_dict(model, values)
        _set_fields_set(model, self.given)
        _set_extra(model, None)
        _set_private(model, None)
        return model


def with_values(model: Model, values: dict[str, Any]) -> Model:
    """A copy of ``model`` holding ``values`` (a copy of its ``__dict__`` with some values
    replaced by values of the same type), without validation: ``model_copy(update=...)`` at
    a fraction of its cost. The copy is marked set where the original was (the same set
    object: pydantic only ever copies it, see ``_GIVEN``)."""
    copy = _new(type(model))
    _set_dict(copy, values)
    _set_fields_set(copy, model.__pydantic_fields_set__)
    _set_extra(copy, None)
    _set_private(copy, None)
    return copy
