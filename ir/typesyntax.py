"""Parse the textual type syntax (and Python annotation spellings) into IR types with a lark grammar."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from ir.infer import make_union
from ir.types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NONE,
    STR,
    DictType,
    ListType,
    NoneType,
    OptionalType,
    SetType,
    TupleType,
    Type,
)


class TypeSyntaxError(ValueError):
    pass


_ELLIPSIS = object()
_SCALARS: dict[str, Type] = {
    "int": INT,
    "float": FLOAT,
    "bool": BOOL,
    "str": STR,
    "None": NONE,
    "NoneType": NONE,
    "Any": ANY,
    "object": ANY,
}
_ALIASES = {
    "List": "list",
    "Tuple": "tuple",
    "Dict": "dict",
    "Set": "set",
    "FrozenSet": "set",
    "frozenset": "set",
    "Sequence": "list",
    "Iterable": "list",
    "Mapping": "dict",
}


@cache
def _parser() -> Lark:
    grammar = files("grammars").joinpath("types.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr")


def _union(options: list[Type]) -> Type:
    return make_union(options)


class _Build(Transformer[Token, Type]):
    def union(self, options: list[Type]) -> Type:
        return _union(options)

    def arglist(self, items: list[Type | None]) -> tuple[Type, ...]:  # Callable[[...], T] style
        return tuple(t for t in items if t is not None)

    def unit(self, _: list[object]) -> tuple[()]:
        return ()

    def args(self, items: list[object]) -> list[object]:
        return [_ELLIPSIS if isinstance(i, Token) and i.type == "ELLIPSIS" else i for i in items]

    def generic(self, children: list[object]) -> Type:
        name = str(children[0]).removeprefix("typing.").removeprefix("builtins.")
        given = children[1] if len(children) > 1 else None
        args: list[object] = list(given) if isinstance(given, list | tuple) else []
        name = _ALIASES.get(name, name)
        if name in _SCALARS:
            if args:
                raise TypeSyntaxError(f"{name} takes no type arguments")
            return _SCALARS[name]
        types = [a for a in args if isinstance(a, Type)]
        if name == "tuple":
            if len(args) == 2 and args[1] is _ELLIPSIS and isinstance(args[0], Type):
                return TupleType((args[0],), variadic=True)
            if args == [()]:
                return TupleType(())
            if not args:
                return TupleType((ANY,), variadic=True)
            return TupleType(tuple(types))
        arity = {"list": 1, "set": 1, "dict": 2, "Optional": 1}
        if name in arity:
            if not args:
                return {"list": ListType(ANY), "set": SetType(ANY), "dict": DictType(ANY, ANY)}.get(name, ANY)
            if len(types) != arity[name]:
                raise TypeSyntaxError(f"{name} takes {arity[name]} type argument(s), got {len(types)}")
            if name == "list":
                return ListType(types[0])
            if name == "set":
                return SetType(types[0])
            if name == "dict":
                return DictType(types[0], types[1])
            return _union([types[0], NONE])
        if name == "Union":
            return _union(types)
        raise TypeSyntaxError(f"unknown type name {name!r}")


def parse_type(text: str) -> Type:
    """Parse ``text`` (e.g. ``"Optional[List[int]]"`` or ``"list[int] | None"``) into an IR type."""
    try:
        tree = _parser().parse(text)
        result = _Build().transform(tree)
    except LarkError as exc:
        cause = exc.orig_exc if hasattr(exc, "orig_exc") else exc
        if isinstance(cause, TypeSyntaxError):
            raise cause from None
        raise TypeSyntaxError(f"cannot parse type {text!r}") from None
    if not isinstance(result, Type):
        raise TypeSyntaxError(f"cannot parse type {text!r}")
    return result


__all__ = ["NoneType", "OptionalType", "TypeSyntaxError", "parse_type"]
