"""Racket (``#lang racket``): lists for lists and tuples, immutable hashes, sets, and ``#f`` for None."""

from __future__ import annotations

import math
from typing import ClassVar

from emitters.base import Emitter, Runtime
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
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\a": "\\a", "\b": "\\b",
            "\f": "\\f", "\v": "\\v", "\x1b": "\\e"}  # fmt: skip


class RacketEmitter(Emitter):
    name = "rkt"
    aliases = ("racket",)
    display = "Racket"
    file_ext = "rkt"
    value_grammar = "values_rkt.lark"  # how its harness prints values (grammars/)
    stop_tokens = ("\n(define ", "\n#|", "\n;", "\n(")
    runtime = Runtime(
        interpreters=("racket",),
        run=("{interpreter}", "{file}"),
        # raco make expands and compiles the module without running it: reader errors and unbound names.
        parse_only=("{interpreter}", "-l-", "raco", "make", "{file}"),
        install_hint="apt-get install racket",
        startup_seconds=1.0,
    )
    stub_body = "  (void))\n"
    comment_prefix = ";;"
    int_bits = None
    # Names the harness itself uses at module level: a solution defining them would break it.
    reserved = frozenset(
        {
            "list", "hash", "set", "define", "lambda", "sort", "exit", "printf", "format", "void", "vector",
            "string", "length", "map", "filter", "apply", "values", "error", "raise", "else", "quote", "abs",
            "min", "max", "exn", "getenv", "equal", "number", "integer", "boolean",
        }
    )  # fmt: skip
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "#f", "True": "#t", "False": "#f",
        "dictionary": "hash", "dictionaries": "hashes", "Dictionary": "Hash", "dict": "hash",
        "tuple": "list", "tuples": "lists", "Tuple": "List",
    }  # fmt: skip

    def emit_int(self, v: IntValue) -> str:
        return str(v.value)

    def emit_float(self, v: FloatValue) -> str:
        return self.float_literal(v.value)

    def float_literal(self, x: float) -> str:
        if math.isnan(x):
            return "+nan.0"
        if math.isinf(x):
            return "+inf.0" if x > 0 else "-inf.0"
        return repr(x)

    def emit_bool(self, v: BoolValue) -> str:
        return "#t" if v.value else "#f"

    def emit_str(self, v: StrValue) -> str:
        return self.string(v.value)

    def emit_none(self, v: NoneValue) -> str:
        return "#f"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "(list" + "".join(" " + self.value(i) for i in v.items) + ")"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        return "(set" + "".join(" " + self.value(i) for i in v.items) + ")"

    def emit_dict(self, v: DictValue) -> str:
        return "(hash" + "".join(f" {self.value(k)} {self.value(x)}" for k, x in v.items) + ")"

    def string(self, s: str) -> str:
        out = []
        for ch in s:
            code = ord(ch)
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif code < 32 or code == 127:
                out.append(f"\\x{code:02x}")  # reads up to 2 hex digits: always give 2
            elif code > 0xFFFF:
                out.append(f"\\U{code:08x}")  # \U reads up to 8 hex digits: always give 8
            elif code > 127:
                out.append(f"\\u{code:04x}")  # \u reads up to 4
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'

    def call_text(self, function: str, args: list[str]) -> str:
        return "(" + " ".join([function, *args]) + ")"

    def convert(self, expr: str, conversion: str) -> str:
        return f"(tc-{conversion} {expr})"
