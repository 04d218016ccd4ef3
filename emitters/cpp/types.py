"""The IR types as C++ sees them: defaults for what nothing says, the places that hold floats or std::any."""

from __future__ import annotations

from ir import (
    AnyType,
    Check,
    DictType,
    FloatType,
    IntType,
    ListType,
    ListValue,
    OptionalType,
    SetType,
    SetValue,
    Tolerance,
    TupleType,
    TupleValue,
    Type,
    UnionType,
    UnknownType,
)

# What a float (24-bit significand) holds of a Python float, with room for a few roundings: the least
# relative tolerance of a check on a suite whose results hold floats (absolute tolerances are kept).
FLOAT_REL = 1e-6
FLOAT_MAX = 3.4028234663852886e38


def default(t: Type) -> Type:
    """``t`` with every unknown part made MultiPL-E's default, ``long``."""
    match t:
        case UnknownType():
            return IntType()
        case ListType(elem):
            return ListType(default(elem))
        case SetType(elem):
            return SetType(default(elem))
        case OptionalType(inner):
            return OptionalType(default(inner))
        case DictType(key, value):
            return DictType(default(key), default(value))
        case TupleType(items, variadic):
            return TupleType(tuple(map(default, items)), variadic)
    return t


def items_type(v: ListValue | TupleValue | SetValue) -> Type:
    return v.items[0].type if v.items else IntType()


def item_type(t: Type) -> Type | None:
    """The items' type of what Python's sorted(), set() and list() can take here; None for others."""
    match t:
        case ListType(elem) | SetType(elem) | TupleType((elem,), True):
            return elem
    return None


def loose(t: Type) -> Type:
    """``t`` with every union inside a list made ``Any``."""
    match t:
        case ListType(UnionType()):
            return ListType(AnyType())
        case ListType(elem):
            return ListType(loose(elem))
    return t


def has_any(t: Type) -> bool:
    match t:
        case AnyType():
            return True
        case ListType(elem) | SetType(elem) | OptionalType(elem):
            return has_any(elem)
        case DictType(key, value):
            return has_any(key) or has_any(value)
        case TupleType(items) | UnionType(items):
            return any(map(has_any, items))
    return False


def is_float_slot(t: Type) -> bool:
    return isinstance(t.inner if isinstance(t, OptionalType) else t, FloatType)


def has_float(t: Type) -> bool:
    match t:
        case FloatType():
            return True
        case ListType(elem) | SetType(elem) | OptionalType(elem):
            return has_float(elem)
        case DictType(key, value):
            return has_float(key) or has_float(value)
        case TupleType(items) | UnionType(items):
            return any(map(has_float, items))
    return False


def mentions_float(checks: tuple[Check, ...], returns: Type) -> bool:
    return has_float(returns) or any(c.expected is not None and has_float(c.expected.type) for c in checks)


def widened(tolerance: Tolerance) -> Tolerance:
    if tolerance.rel <= 0:
        return tolerance
    return Tolerance(max(tolerance.rel, FLOAT_REL), tolerance.abs, tolerance.strict)
