"""IR types: what a value is, independent of any target language.

Types print in one canonical syntax (``dict[str, list[float]] | None``) that ``ir.typesyntax`` parses back.
``UnknownType`` is the type of what we know nothing about yet (the element of ``[]``); it unifies with
anything. ``AnyType`` is the opposite: a type we gave up on, which typed targets must refuse.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Type:
    def __str__(self) -> str:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


@dataclass(frozen=True)
class IntType(Type):
    def __str__(self) -> str:
        return "int"


@dataclass(frozen=True)
class FloatType(Type):
    def __str__(self) -> str:
        return "float"


@dataclass(frozen=True)
class BoolType(Type):
    def __str__(self) -> str:
        return "bool"


@dataclass(frozen=True)
class StrType(Type):
    def __str__(self) -> str:
        return "str"


@dataclass(frozen=True)
class NoneType(Type):
    def __str__(self) -> str:
        return "None"


@dataclass(frozen=True)
class AnyType(Type):
    def __str__(self) -> str:
        return "Any"


@dataclass(frozen=True)
class UnknownType(Type):
    def __str__(self) -> str:
        return "?"


@dataclass(frozen=True)
class ListType(Type):
    elem: Type

    def __str__(self) -> str:
        return f"list[{self.elem}]"


@dataclass(frozen=True)
class TupleType(Type):
    """A fixed-arity tuple, or with ``variadic`` a homogeneous ``tuple[T, ...]`` (``items == (T,)``)."""

    items: tuple[Type, ...]
    variadic: bool = False

    def __str__(self) -> str:
        if self.variadic:
            return f"tuple[{self.items[0]}, ...]"
        if not self.items:
            return "tuple[()]"
        return "tuple[" + ", ".join(map(str, self.items)) + "]"


@dataclass(frozen=True)
class DictType(Type):
    key: Type
    value: Type

    def __str__(self) -> str:
        return f"dict[{self.key}, {self.value}]"


@dataclass(frozen=True)
class SetType(Type):
    elem: Type

    def __str__(self) -> str:
        return f"set[{self.elem}]"


@dataclass(frozen=True)
class OptionalType(Type):
    inner: Type

    def __str__(self) -> str:
        return f"{self.inner} | None"


@dataclass(frozen=True)
class UnionType(Type):
    """An untagged union of two or more non-None types (None is expressed with OptionalType around it)."""

    options: tuple[Type, ...]

    def __str__(self) -> str:
        return " | ".join(map(str, self.options))


INT = IntType()
FLOAT = FloatType()
BOOL = BoolType()
STR = StrType()
NONE = NoneType()
ANY = AnyType()
UNKNOWN = UnknownType()


def is_concrete(t: Type) -> bool:
    """True when no part of ``t`` is Unknown or Any: a typed target can write it down."""
    match t:
        case UnknownType() | AnyType():
            return False
        case ListType(elem) | SetType(elem):
            return is_concrete(elem)
        case TupleType(items):
            return all(map(is_concrete, items))
        case DictType(key, value):
            return is_concrete(key) and is_concrete(value)
        case OptionalType(inner):
            return is_concrete(inner)
        case UnionType(options):
            return all(map(is_concrete, options))
    return True
