"""IR values: one frozen node per literal kind, each carrying the static type of the place it stands in.

A value's ``type`` starts as its own natural type and is narrowed or widened by inference (``5`` standing
where a ``float`` is expected keeps ``value == 5`` but gets ``type == FLOAT``, so a typed target writes
``5.0``; ``None`` in an ``int | None`` slot gets that Optional type, so OCaml can write ``None`` and the
neighbouring ``3`` as ``Some 3``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ir.types import (
    BOOL,
    FLOAT,
    INT,
    NONE,
    STR,
    UNKNOWN,
    Type,
)


@dataclass(frozen=True)
class Value:
    type: Type = field(default=UNKNOWN, kw_only=True)


@dataclass(frozen=True)
class IntValue(Value):
    value: int
    type: Type = field(default=INT, kw_only=True)


@dataclass(frozen=True)
class FloatValue(Value):
    value: float
    type: Type = field(default=FLOAT, kw_only=True)

    @property
    def is_nan(self) -> bool:
        return math.isnan(self.value)


@dataclass(frozen=True)
class BoolValue(Value):
    value: bool
    type: Type = field(default=BOOL, kw_only=True)


@dataclass(frozen=True)
class StrValue(Value):
    value: str
    type: Type = field(default=STR, kw_only=True)


@dataclass(frozen=True)
class NoneValue(Value):
    type: Type = field(default=NONE, kw_only=True)


@dataclass(frozen=True)
class ListValue(Value):
    items: tuple[Value, ...]


@dataclass(frozen=True)
class TupleValue(Value):
    items: tuple[Value, ...]


@dataclass(frozen=True)
class SetValue(Value):
    items: tuple[Value, ...]


@dataclass(frozen=True)
class DictValue(Value):
    items: tuple[tuple[Value, Value], ...]


class NotAValue(ValueError):
    """A Python object with no IR value form (a function, a class instance, a bytes object...)."""


def to_python(value: Value) -> object:
    """The Python object a value stands for (the inverse of ``from_python``)."""
    match value:
        case IntValue(v) | FloatValue(v) | BoolValue(v) | StrValue(v):
            return v
        case NoneValue():
            return None
        case ListValue(items):
            return [to_python(i) for i in items]
        case TupleValue(items):
            return tuple(to_python(i) for i in items)
        case SetValue(items):
            return {to_python(i) for i in items}
        case DictValue(items):
            return {to_python(k): to_python(v) for k, v in items}
    raise TypeError(f"not an IR value: {value!r}")
