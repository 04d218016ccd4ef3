"""Fold constant expressions with a whitelist evaluator: never ``eval``, never a name we did not bind.

Accepts literals, containers, unary and binary arithmetic, string concatenation and repetition, a few pure
builtins (``sorted``, ``float("inf")``, ``range``...) and names bound earlier to constants (``env``).
Results are size-capped so that ``"a" * 10**9`` is refused instead of exhausting memory.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

import libcst as cst

MAX_SIZE = 100_000  # elements of a container, characters of a string
MAX_INT_BITS = 4096


class NotConstant(Exception):
    """The expression is not a constant we can fold; the message says which part."""


_BINOPS: dict[type[cst.BaseBinaryOp], Callable[[Any, Any], Any]] = {
    cst.Add: operator.add,
    cst.Subtract: operator.sub,
    cst.Multiply: operator.mul,
    cst.Divide: operator.truediv,
    cst.FloorDivide: operator.floordiv,
    cst.Modulo: operator.mod,
    cst.Power: operator.pow,
}

_NAMES: dict[str, object] = {"True": True, "False": False, "None": None}
_ATTRS: dict[str, object] = {"math.inf": math.inf, "math.nan": math.nan, "math.pi": math.pi, "math.e": math.e}


def _float(x: object) -> float:
    if isinstance(x, str | int | float) and not isinstance(x, bool):
        return float(x)
    raise NotConstant("float() of a non-number")


def _sorted(xs: object, reverse: bool = False) -> list[Any]:
    return sorted(_iterable(xs), reverse=reverse)


def _iterable(xs: object) -> list[Any]:
    if isinstance(xs, list | tuple | set | frozenset | str | dict | range):
        return list(xs)
    raise NotConstant("not a container")


_FUNCS: dict[str, Callable[..., Any]] = {
    "float": _float,
    "int": int,
    "str": str,
    "abs": abs,
    "len": len,
    "min": min,
    "max": max,
    "sum": sum,
    "round": round,
    "sorted": _sorted,
    "list": lambda xs=(): list(_iterable(xs)),
    "tuple": lambda xs=(): tuple(_iterable(xs)),
    "set": lambda xs=(): set(_iterable(xs)),
    "frozenset": lambda xs=(): set(_iterable(xs)),
    "dict": lambda **kw: dict(kw),
    "range": lambda *a: list(range(*a)),
    "math.sqrt": math.sqrt,
    "math.floor": math.floor,
    "math.ceil": math.ceil,
}


def _checked(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise NotConstant("integer too large")
    if isinstance(value, str | list | tuple | set | dict) and len(value) > MAX_SIZE:
        raise NotConstant("constant too large")
    return value


def dotted_name(node: cst.BaseExpression) -> str | None:
    """``math.isclose`` for an Attribute chain of Names, the name for a Name, else None."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted_name(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


def fold(node: cst.BaseExpression, env: Mapping[str, object] | None = None) -> Any:
    """The Python value of constant expression ``node``; raises NotConstant otherwise (Python refusing it,
    as in ``{[]: 1}`` or ``-"a"``, included)."""
    try:
        return _checked(_fold(node, env or {}))
    except (ArithmeticError, TypeError, ValueError, SyntaxError) as exc:
        raise NotConstant(f"not a constant: {exc}") from None


def _fold(node: cst.BaseExpression, env: Mapping[str, object]) -> Any:
    match node:
        case cst.Integer() | cst.Float():
            return node.evaluated_value
        case cst.SimpleString() | cst.ConcatenatedString():
            value = node.evaluated_value
            if not isinstance(value, str):
                raise NotConstant("bytes literal")
            return value
        case cst.Name(value=name):
            if name in _NAMES:
                return _NAMES[name]
            if name in env:
                return env[name]
            raise NotConstant(f"name {name!r} is not a constant")
        case cst.Attribute():
            dotted = dotted_name(node)
            if dotted in _ATTRS:
                return _ATTRS[dotted]
            raise NotConstant(f"attribute {dotted or '?'} is not a constant")
        case cst.List(elements=elements) | cst.Tuple(elements=elements) | cst.Set(elements=elements):
            items: list[Any] = []
            for el in elements:
                if isinstance(el, cst.StarredElement):
                    items.extend(_iterable(_fold(el.value, env)))
                else:
                    items.append(_fold(el.value, env))
            if isinstance(node, cst.List):
                return items
            if isinstance(node, cst.Tuple):
                return tuple(items)
            return set(items)
        case cst.Dict(elements=pairs):
            out: dict[Any, Any] = {}
            for pair in pairs:
                if not isinstance(pair, cst.DictElement):
                    raise NotConstant("dict unpacking")
                out[_fold(pair.key, env)] = _fold(pair.value, env)
            return out
        case cst.UnaryOperation(operator=op, expression=expr):
            value = _fold(expr, env)
            if isinstance(op, cst.Minus):
                return -value
            if isinstance(op, cst.Plus):
                return +value
            if isinstance(op, cst.Not):
                return not value
            raise NotConstant("bitwise inversion")
        case cst.BinaryOperation(left=left, operator=op, right=right):
            fn = _BINOPS.get(type(op))
            if fn is None:
                raise NotConstant(f"operator {type(op).__name__}")
            a, b = _fold(left, env), _fold(right, env)
            _guard_size(op, a, b)
            try:
                return _checked(fn(a, b))
            except (ArithmeticError, TypeError, ValueError) as exc:
                raise NotConstant(f"constant expression fails: {exc}") from None
        case cst.Call(func=func, args=args):
            name = dotted_name(func) or ""
            if name not in _FUNCS:
                raise NotConstant(f"call of {name or 'an expression'} is not a constant")
            positional = []
            keywords = {}
            for arg in args:
                if arg.star:
                    raise NotConstant("star arguments")
                if arg.keyword is not None:
                    keywords[arg.keyword.value] = _fold(arg.value, env)
                else:
                    positional.append(_fold(arg.value, env))
            try:
                return _FUNCS[name](*positional, **keywords)
            except NotConstant:
                raise
            except Exception as exc:  # a builtin refusing its arguments: still just "not constant"
                raise NotConstant(f"{name}() fails: {exc}") from None
    raise NotConstant(f"{type(node).__name__} is not a constant expression")


def _guard_size(op: cst.BaseBinaryOp, a: Any, b: Any) -> None:
    if (
        isinstance(op, cst.Power)
        and isinstance(a, int)
        and isinstance(b, int)
        and b > 0
        and abs(a) > 1
        and b * abs(a).bit_length() > MAX_INT_BITS
    ):
        raise NotConstant("integer too large")
    if isinstance(op, cst.Multiply):
        seq, n = (a, b) if isinstance(b, int) else (b, a)
        if isinstance(seq, str | list | tuple) and isinstance(n, int) and len(seq) * n > MAX_SIZE:
            raise NotConstant("constant too large")
