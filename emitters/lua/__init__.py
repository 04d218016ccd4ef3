"""Lua 5.4 (and 5.3): tables for lists, tuples, dicts and sets; nil for None."""

from __future__ import annotations

import math
import shutil
from functools import cache
from typing import ClassVar

from emitters.base import Emitter, Install, LazyRuntime, Runtime, WarmWorker
from emitters.lua.build import worker
from ir import (
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    SetValue,
    TupleValue,
    Value,
)

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}


_INTERPRETERS = ("lua5.4", "lua", "lua5.3")


@cache
def _runtime() -> Runtime:
    """Lua's runtime: with the warm worker where it is built (emitters/lua/build.py), one process per program
    without it."""
    found = next(filter(None, map(shutil.which, _INTERPRETERS)), None)
    built = worker(found)
    return Runtime(
        interpreters=_INTERPRETERS,
        run=("{interpreter}", "{file}"),
        # -e runs before the script: load (compile) it without running it, and exit.
        version=("{interpreter}", "-v"),
        parse_only=(
            "{interpreter}",
            "-e",
            "local f, e = loadfile(arg[0]); if not f then io.stderr:write(e, '\\n'); os.exit(3) end; "
            "os.exit(0)",
            "{file}",
        ),
        # liblua5.4-dev and a C compiler: the warm worker's build (without them, a process per program)
        install=Install(debian=("lua5.4",), speedups=("liblua5.4-dev", "gcc", "libc6-dev")),
        # a fork of a small C program per program, running it as lua5.4 would: the interpreter's start-up
        # and the sandbox's per-process set-up are most of a harness's run
        worker=WarmWorker("worker.c", ("{interpreter}",), executable=built) if built else None,
    )


class LuaEmitter(Emitter):
    name = "lua"
    display = "Lua"
    file_ext = "lua"
    multipl_t = True
    notation = "py"  # its harness prints values in Python notation
    string_reading = "python"
    tables = True
    ascii_identifiers = True
    stop_tokens = ("\nlocal", "\nfunction", "\n--", "\n\n")
    none_literal = "nil"
    nan_literal = "(0/0)"
    inf_literal = "math.huge"
    neg_inf_literal = "(-math.huge)"
    string_escapes = _ESCAPES
    control_escape = "\\{:03d}"  # decimal, always three digits
    bmp_escape = astral_escape = "\\u{{{:X}}}"
    runtime: ClassVar[Runtime] = LazyRuntime(lambda: _runtime())  # type: ignore[assignment]

    def prepare(self) -> None:
        _runtime()  # the warm worker, built where missing

    stub_body = "    return nil\nend\n"
    comment_prefix = "--"
    int_bits = 64
    reserved = frozenset(
        {
            "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
            "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
            "_ENV",  # not a keyword, but rebinding it changes what every global name means
        }
    )  # fmt: skip
    harness_names = frozenset(
        "pairs ipairs next type tostring tonumber print pcall error select math string table os io utf8 "
        "rawget rawset rawequal setmetatable getmetatable assert require load coroutine".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "table",
        "lists": "tables",
        "List": "Table",
        "Lists": "Tables",
        "tuple": "table",
        "tuples": "tables",
        "Tuple": "Table",
        "dictionary": "table",
        "dictionaries": "tables",
        "Dictionary": "Table",
        "dict": "table",
        "None": "nil",
        "True": "true",
        "False": "false",
    }

    # --- what Lua cannot say ----------------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, DictValue | SetValue):
            keys = [k for k, _ in v.items] if isinstance(v, DictValue) else list(v.items)
            for key in keys:
                if isinstance(key, ListValue | TupleValue | DictValue | SetValue):
                    return "a table key that is itself a table is compared by identity in Lua"
                if isinstance(key, NoneValue):
                    return "nil cannot be a table key"
                if isinstance(key, FloatValue) and math.isnan(key.value):
                    return "NaN cannot be a table key"
        return super().check_value(v)

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        # Lua 5.3+ tells integers from floats (math.type): an int stays an int even in a float slot.
        if v.value == -(2**63):
            return "math.mininteger"
        return str(v.value)

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "{" + ", ".join(map(self.value, v.items)) + "}"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        return "{" + ", ".join(f"[{self.value(x)}]=true" for x in v.items) + "}"

    def emit_dict(self, v: DictValue) -> str:
        return "{" + ", ".join(f"[{self.value(k)}]={self.value(x)}" for k, x in v.items) + "}"

    def convert(self, expr: str, conversion: str) -> str:
        return {"list": expr, "tuple": expr}.get(conversion) or f"__tc.{conversion}({expr})"
