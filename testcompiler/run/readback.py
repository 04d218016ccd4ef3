"""Read a value printed by a harness back into the IR, with each language's lark grammar (grammars/), and show
it in Python notation: a failing check reads the same whatever language the solution was written in."""

from __future__ import annotations

import ast
import contextlib
import math
import re
from collections.abc import Sequence
from fractions import Fraction
from functools import cache
from importlib.resources import files
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from emitters import Emitter
from ir import (
    BoolValue,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    SetValue,
    StrValue,
    TupleValue,
    Value,
    to_python,
)

# A backslash and the letter in the first string stand for the character at the same place in the second.
_ESCAPES = dict(zip("ntr\\\"'abfve0$", "\n\t\r\\\"'\a\b\f\v\x1b\0$", strict=True))
_ESCAPE = re.compile(
    r"\\(u\{[0-9a-fA-F]+\}|U\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{1,2};?|[0-9]{3}|.)",
    re.S,
)


def _unescape(body: str, decimal: bool) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "uU":
            return chr(int(code[1:].strip("{}"), 16))
        if code[0] == "x":
            return chr(int(code[1:].rstrip(";").strip("{}"), 16))  # \x41, \x41; or \x{41}
        if code.isdigit():
            return chr(int(code, 10 if decimal else 8))
        return _ESCAPES.get(code, code)

    text = _ESCAPE.sub(one, body)
    if decimal:  # OCaml's escapes are bytes: "\195\169" is é
        try:
            return text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text


# The transformer's methods are named after grammar rules (list, dict, int...), which hide the builtins in
# its class body: its annotations use these aliases instead.
Pair = tuple[Value, Value]
Named = tuple[str | None, Value]
Items = list[Value]


class _ToValue(Transformer[Token, Value]):
    def __init__(self, strings: str) -> None:
        super().__init__()
        if strings not in ("backslash", "python", "decimal"):
            raise ValueError(f"unknown string reading {strings!r}")
        self.decimal = strings == "decimal"
        self.python = strings == "python"

    def none(self, _: Sequence[Any]) -> Value:
        return NoneValue()

    def true(self, _: Sequence[Any]) -> Value:
        return BoolValue(True)

    def false(self, _: Sequence[Any]) -> Value:
        return BoolValue(False)

    def int(self, children: Sequence[Token]) -> Value:
        return IntValue(int(children[0]))

    def float(self, children: Sequence[Token]) -> Value:
        return FloatValue(float(children[0]))

    def rational(self, children: Sequence[Token]) -> Value:
        return FloatValue(float(Fraction(str(children[0]).replace("//", "/"))))

    def inf(self, _: Sequence[Any]) -> Value:
        return FloatValue(math.inf)

    def neg_inf(self, _: Sequence[Any]) -> Value:
        return FloatValue(-math.inf)

    def nan(self, _: Sequence[Any]) -> Value:
        return FloatValue(math.nan)

    def string(self, children: Sequence[Token]) -> Value:
        raw = str(children[0])
        if self.python:
            return StrValue(ast.literal_eval(raw))
        return StrValue(_unescape(raw[1:-1], self.decimal))

    def some(self, children: Sequence[Value]) -> Value:
        return children[0]

    def list(self, children: Sequence[Any]) -> Value:
        return ListValue(tuple(c for c in children if isinstance(c, Value)))

    def tuple(self, children: Sequence[Any]) -> Value:
        return TupleValue(tuple(c for c in children if isinstance(c, Value)))

    def set(self, children: Sequence[Any]) -> Value:
        items: Items = []
        for c in children:
            if isinstance(c, ListValue):
                items.extend(c.items)
            elif isinstance(c, Value):
                items.append(c)
        return SetValue(tuple(items))

    def pair(self, children: Sequence[Value]) -> Pair:
        return children[0], children[1]

    def dict(self, children: Sequence[Any]) -> Value:
        return DictValue(tuple(c for c in children if isinstance(c, tuple)))

    def item(self, children: Sequence[Any]) -> Named:
        if len(children) == 2:
            name = str(children[0]).strip("`")
            if name.startswith('"'):
                name = _unescape(name[1:-1], False)
            return name, children[1]
        return None, children[0]

    def vector(self, children: Sequence[Any]) -> Value:
        items = [c for c in children if isinstance(c, tuple)]
        if items and all(name for name, _ in items):
            return DictValue(tuple((StrValue(str(name)), value) for name, value in items))
        return ListValue(tuple(value for _, value in items))

    def empty(self, _: Sequence[Any]) -> Value:
        return ListValue(())

    def range(self, children: Sequence[Token]) -> Value:
        first, last = int(children[0]), int(children[1])
        step = 1 if last >= first else -1
        return ListValue(tuple(IntValue(i) for i in range(first, last + step, step)))


def _grammar(name: str) -> str:
    return files("grammars").joinpath(name).read_text(encoding="utf-8")


@cache
def _lalr(grammar: str) -> Lark | None:
    """The grammar's LALR(1) parser, None where it has none: each value grammar has one today, and it reads
    a value (a failing check's, every observed one) some 14 times faster than Earley: 79 against 1,144 us a
    value, over tests/printed_values.jsonl."""
    try:
        return Lark(_grammar(grammar), parser="lalr")
    except LarkError:
        return None


@cache
def _earley(grammar: str) -> Lark:
    return Lark(_grammar(grammar), parser="earley")


def read_value(emitter: Emitter, text: str) -> Value | None:
    """The IR value ``text`` prints, as ``emitter``'s harness prints values; None when it is not a value.
    Read by the grammar's LALR parser, and by Earley's where that one cannot read it (its lexer is stricter
    than Earley's, which reads terminals in context): both give the same tree wherever both read a text
    (tests/test_readback.py, on every value the corpus prints in every language)."""
    text = text.strip()
    tree = None
    fast = _lalr(emitter.value_grammar)
    if fast is not None:
        with contextlib.suppress(LarkError):
            tree = fast.parse(text)
    try:
        if tree is None:
            tree = _earley(emitter.value_grammar).parse(text)
        value = _ToValue(emitter.string_reading).transform(tree)
    except (LarkError, ValueError, SyntaxError):
        return None
    return value if isinstance(value, Value) else None


def python_notation(emitter: Emitter, text: str) -> str | None:
    """``text`` (a value as ``emitter``'s harness printed it) in Python notation, or None when it cannot be
    read."""
    value = read_value(emitter, text)
    if value is None:
        return None
    try:
        return repr(to_python(value))
    except TypeError:  # unhashable keys (a Racket hash keyed by lists): no Python value
        return None
