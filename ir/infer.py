"""Type inference: unify the types of values seen in the same place, then retype the values to match.

Rules (DESIGN.md): annotations first; otherwise the join of every value seen in that place. int widens to
float, None makes Optional, an empty container takes its element type from its siblings, tuples of
different lengths become ``tuple[T, ...]``, anything else incompatible becomes an untagged union.
"""

from __future__ import annotations

from collections.abc import Iterable

from ir.types import (
    ANY,
    FLOAT,
    NONE,
    UNKNOWN,
    AnyType,
    BoolType,
    DictType,
    FloatType,
    IntType,
    ListType,
    NoneType,
    OptionalType,
    SetType,
    StrType,
    TupleType,
    Type,
    UnionType,
    UnknownType,
)
from ir.values import (
    BoolValue,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    NotAValue,
    SetValue,
    StrValue,
    TupleValue,
    Value,
)


def _mergeable(a: Type, b: Type) -> bool:
    """Whether two union options should collapse into one (same constructor, or int with float)."""
    numeric = (IntType, FloatType)
    if isinstance(a, numeric) and isinstance(b, numeric):
        return True
    if isinstance(a, TupleType) and isinstance(b, TupleType):
        return True
    return type(a) is type(b) and isinstance(a, ListType | SetType | DictType)


def make_union(options: Iterable[Type]) -> Type:
    """Flatten, drop Unknown, pull None out into Optional, and merge compatible options."""
    flat: list[Type] = []
    optional = False
    for option in options:
        parts: Iterable[Type]
        match option:
            case UnionType(opts):
                parts = opts
            case OptionalType(inner):
                optional = True
                parts = [inner]
            case _:
                parts = [option]
        for part in parts:
            if isinstance(part, NoneType):
                optional = True
            elif isinstance(part, AnyType):
                return ANY
            elif not isinstance(part, UnknownType):
                for i, seen in enumerate(flat):
                    if seen == part or _mergeable(seen, part):
                        flat[i] = _join_same(seen, part)
                        break
                else:
                    flat.append(part)
    core: Type
    if not flat:
        return NONE if optional else UNKNOWN
    core = flat[0] if len(flat) == 1 else UnionType(tuple(flat))
    return OptionalType(core) if optional else core


def _join_same(a: Type, b: Type) -> Type:
    match a, b:
        case _ if a == b:
            return a
        case (IntType() | FloatType(), IntType() | FloatType()):
            return FLOAT
        case ListType(x), ListType(y):
            return ListType(unify(x, y))
        case SetType(x), SetType(y):
            return SetType(unify(x, y))
        case DictType(k1, v1), DictType(k2, v2):
            return DictType(unify(k1, k2), unify(v1, v2))
        case TupleType(xs, False), TupleType(ys, False) if len(xs) == len(ys):
            return TupleType(tuple(unify(x, y) for x, y in zip(xs, ys, strict=True)))
        case TupleType(xs), TupleType(ys):
            return TupleType((unify_all([*xs, *ys]),), variadic=True)
    raise AssertionError(f"not mergeable: {a} and {b}")


def unify(a: Type, b: Type) -> Type:
    """The least type that holds values of both ``a`` and ``b`` (a union when nothing smaller does)."""
    return make_union([a, b])


def unify_all(types: Iterable[Type]) -> Type:
    return make_union(types)


def coerce(value: Value, target: Type) -> Value:
    """Retype ``value`` (and its parts) to stand in a place of type ``target``.

    A value that does not fit ``target`` keeps its own type: the mismatch is then visible to whoever
    renders it, instead of being papered over here.
    """
    match target:
        case UnknownType() | AnyType():
            return value
        case OptionalType(inner):
            if isinstance(value, NoneValue):
                return NoneValue(type=target)
            inner_value = coerce(value, inner)
            return inner_value if inner_value.type != inner else _retype(inner_value, target)
        case UnionType(options):
            for option in options:
                if fits(value, option):
                    return coerce(value, option)
            return value
    match value:
        case IntValue() if isinstance(target, FloatType | IntType):
            return IntValue(value.value, type=target)
        case FloatValue() if isinstance(target, FloatType):
            return value
        case ListValue(items) if isinstance(target, ListType):
            return ListValue(tuple(coerce(i, target.elem) for i in items), type=target)
        case SetValue(items) if isinstance(target, SetType):
            return SetValue(tuple(coerce(i, target.elem) for i in items), type=target)
        case TupleValue(items) if isinstance(target, TupleType):
            if target.variadic:
                return TupleValue(tuple(coerce(i, target.items[0]) for i in items), type=target)
            if len(target.items) == len(items):
                return TupleValue(
                    tuple(coerce(i, t) for i, t in zip(items, target.items, strict=True)), type=target
                )
            return value
        case DictValue(items) if isinstance(target, DictType):
            return DictValue(
                tuple((coerce(k, target.key), coerce(v, target.value)) for k, v in items), type=target
            )
    if value.type == target:
        return value
    return value


def _retype(value: Value, target: Type) -> Value:
    """Put ``value`` (already coerced to the inner type) in an Optional slot."""
    from dataclasses import replace

    return replace(value, type=target)


def fits(value: Value, target: Type) -> bool:
    """Whether ``value`` can stand in a place of type ``target`` (int fits float; None fits Optional)."""
    match target:
        case UnknownType() | AnyType():
            return True
        case OptionalType(inner):
            return isinstance(value, NoneValue) or fits(value, inner)
        case UnionType(options):
            return any(fits(value, o) for o in options)
    match value:
        case NoneValue():
            return isinstance(target, NoneType)
        case IntValue():
            return isinstance(target, IntType | FloatType)
        case FloatValue():
            return isinstance(target, FloatType)
        case BoolValue():
            return isinstance(target, BoolType)
        case StrValue():
            return isinstance(target, StrType)
        case ListValue(items) | SetValue(items):
            kind = ListType if isinstance(value, ListValue) else SetType
            return isinstance(target, kind) and all(fits(i, target.elem) for i in items)
        case TupleValue(items):
            if not isinstance(target, TupleType):
                return False
            if target.variadic:
                return all(fits(i, target.items[0]) for i in items)
            return len(items) == len(target.items) and all(
                fits(i, t) for i, t in zip(items, target.items, strict=True)
            )
        case DictValue(items):
            return isinstance(target, DictType) and all(
                fits(k, target.key) and fits(v, target.value) for k, v in items
            )
    return value.type == target


def refine(declared: Type, observed: Type) -> Type:
    """An annotation with holes (``list``, ``Dict[str, Any]``) completed by what the values show."""
    match declared, observed:
        case AnyType(), _ if not isinstance(observed, UnknownType):
            return observed
        case ListType(d), ListType(o):
            return ListType(refine(d, o))
        case SetType(d), SetType(o):
            return SetType(refine(d, o))
        case DictType(dk, dv), DictType(ok, ov):
            return DictType(refine(dk, ok), refine(dv, ov))
        case OptionalType(d), OptionalType(o):
            return OptionalType(refine(d, o))
        case OptionalType(d), _:
            return OptionalType(refine(d, observed))
        case TupleType(ds, dv), TupleType(os, ov) if dv == ov and len(ds) == len(os):
            return TupleType(tuple(refine(d, o) for d, o in zip(ds, os, strict=True)), dv)
        case TupleType((d,), True), TupleType(os, False):
            return TupleType((refine(d, unify_all(os)),), variadic=True)
    return declared


def sequence_of(value: Value) -> Type:
    if isinstance(value, ListValue | TupleValue | SetValue):
        return ListType(unify_all(i.type for i in value.items))
    return UNKNOWN


def from_python(obj: object) -> Value:
    """Build the IR value of a Python literal object, typed by unification over its parts."""
    match obj:
        case bool():
            return BoolValue(obj)
        case int():
            return IntValue(obj)
        case float():
            return FloatValue(obj)
        case str():
            return StrValue(obj)
        case None:
            return NoneValue()
        case list() | tuple() | set() | frozenset():
            items = tuple(
                from_python(x) for x in (_sorted_set(obj) if isinstance(obj, set | frozenset) else obj)
            )
            if isinstance(obj, tuple):
                return TupleValue(items, type=TupleType(tuple(i.type for i in items)))
            elem = unify_all(i.type for i in items)
            items = tuple(coerce(i, elem) for i in items)
            if isinstance(obj, list):
                return ListValue(items, type=ListType(elem))
            return SetValue(items, type=SetType(elem))
        case dict():
            pairs = [(from_python(k), from_python(v)) for k, v in obj.items()]
            key = unify_all(k.type for k, _ in pairs)
            val = unify_all(v.type for _, v in pairs)
            return DictValue(
                tuple((coerce(k, key), coerce(v, val)) for k, v in pairs), type=DictType(key, val)
            )
    raise NotAValue(f"{type(obj).__name__} value has no IR form")


def _sorted_set(items: set[object] | frozenset[object]) -> list[object]:
    """Sets print in a stable order so that emitted harnesses (and their snapshots) are deterministic."""
    try:
        return sorted(items)  # type: ignore[type-var]
    except TypeError:
        return sorted(items, key=repr)
