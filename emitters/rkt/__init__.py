"""Racket (``#lang racket``): lists for lists and tuples, immutable hashes, sets, and ``#f`` for None."""

from __future__ import annotations

from typing import ClassVar

from emitters.base import Emitter, Install, Runtime, WarmWorker
from ir import (
    DictValue,
    ListValue,
    SetValue,
    TupleValue,
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\a": "\\a", "\b": "\\b",
            "\f": "\\f", "\v": "\\v", "\x1b": "\\e"}  # fmt: skip


class RacketEmitter(Emitter):
    name = "rkt"
    aliases = ("racket",)
    display = "Racket"
    file_ext = "rkt"
    multipl_t = True
    none_is_false = True
    bool_is_int = False
    stop_tokens = ("\n(define ", "\n#|", "\n;", "\n(")
    true_literal = "#t"
    false_literal = "#f"
    none_literal = "#f"
    nan_literal = "+nan.0"
    inf_literal = "+inf.0"
    neg_inf_literal = "-inf.0"
    string_escapes = _ESCAPES  # \x reads up to 2 hex digits, \u up to 4, \U up to 8: always give that many
    runtime = Runtime(
        interpreters=("racket",),
        run=("{interpreter}", "{file}"),
        # raco make expands and compiles the module without running it: reader errors and unbound names.
        worker=WarmWorker("worker.rkt", ("{worker}",), warms_up=True),
        parse_only=("{interpreter}", "-l-", "raco", "make", "{file}"),
        install=Install(debian=("racket",)),
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

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "(list" + "".join(" " + self.value(i) for i in v.items) + ")"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        return "(set" + "".join(" " + self.value(i) for i in v.items) + ")"

    def emit_dict(self, v: DictValue) -> str:
        return "(hash" + "".join(f" {self.value(k)} {self.value(x)}" for k, x in v.items) + ")"

    def call_text(self, function: str, args: list[str]) -> str:
        return "(" + " ".join([function, *args]) + ")"

    def convert(self, expr: str, conversion: str) -> str:
        return f"(tc-{conversion} {expr})"
