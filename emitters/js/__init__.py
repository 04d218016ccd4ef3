"""JavaScript (Node.js): arrays for lists and tuples, plain objects for dicts with string keys, ``Map`` for
other dicts, ``Set`` for sets, ``undefined`` for None (MultiPL-E's choice), BigInt beyond 2**53.

MultiPL-E's layout (``dataset_builder/humaneval_to_js.py``): the docstring as ``//`` comments, then
``function f(x){``, the same stop tokens. Where its translator loses meaning, this one does not: strings are
escaped, a dict whose keys are not strings is a ``Map`` (an object would turn ``{1: 2}`` into ``{"1": 2}``),
integers past 2**53 are BigInt literals (``9007199254740993n``, never a rounded double), and equality is
Python's, not ``assert.deepEqual``'s loose ``==`` (which passes ``"1"`` for ``1`` and ``null`` for
``undefined``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from emitters.base import Emitter, Install, Runtime
from ir import (
    AnyType,
    DictType,
    DictValue,
    IntValue,
    ListValue,
    SetValue,
    StrType,
    StrValue,
    TupleValue,
    UnknownType,
    Value,
)

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}
# Safe integers (Number.MAX_SAFE_INTEGER): a double holds them exactly; beyond, a BigInt literal.
_SAFE = 2**53 - 1
# What ends a line in JavaScript, which a `//` comment must not contain (Python's splitlines knows more).
_LINE_ENDS = re.compile("\r\n|[\r\n\u2028\u2029]")
_LINE_START = re.compile(r"\n(\s*)")


class JavaScriptEmitter(Emitter):
    name = "js"
    aliases = ("javascript",)
    display = "JavaScript"
    file_ext = "js"
    multipl_t = False
    stop_tokens = ("\nfunction ", "\n/*", "\n//", "\nconsole.log")  # MultiPL-E's
    none_literal = "undefined"
    nan_literal = "NaN"
    inf_literal = "Infinity"
    neg_inf_literal = "-Infinity"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = "\\u{:04x}"
    astral_escape = "\\u{{{:x}}}"
    lone_surrogates = True  # a JavaScript string is UTF-16 code units: "\ud800" is a string
    int_bits = None  # past 2**53: BigInt
    runtime = Runtime(
        interpreters=("node", "nodejs"),
        run=("{interpreter}", "{file}"),
        # vm.Script compiles the file as a function body (CommonJS wraps it so): a SyntaxError exits 3
        parse_only=("{interpreter}", "--check", "{file}"),  # parses without running
        install=Install(debian=("nodejs",)),
    )
    stub_body = "  return undefined;\n}\n"
    comment_prefix = "//"
    reserved = frozenset(
        "break case catch class const continue debugger default delete do else enum export extends false "
        "finally for function if import in instanceof new null return super switch this throw true try "
        "typeof var void while with yield let static implements interface package private protected public "
        "await async of arguments eval undefined NaN Infinity".split()
    )
    # Globals the prelude reads after the solution is loaded (a top-level `function Map` would replace one).
    harness_names = frozenset(
        "process require module exports console globalThis JSON Object Array Number String Boolean Math Map "
        "Set BigInt Buffer ArrayBuffer DataView Symbol Error RangeError TypeError Reflect Function isFinite "
        "isNaN __filename __dirname".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {  # MultiPL-E's terms.csv row for JavaScript
        "list": "array",
        "lists": "arrays",
        "List": "Array",
        "Lists": "Arrays",
        "tuple": "array",
        "tuples": "arrays",
        "Tuple": "Array",
        "Tuples": "Arrays",
        "dictionary": "object",
        "dictionaries": "objects",
        "Dictionary": "Object",
        "dict": "object",
        "None": "undefined",
        "True": "true",
        "False": "false",
    }

    # --- prompt -----------------------------------------------------------------------------------------

    def docstring_comment(self, text: str) -> str:
        """MultiPL-E's docstring comment: ``//`` before the first line, ``// `` before each next one, blank
        lines and indentation dropped. JavaScript's own line ends (U+2028, U+2029, a lone CR) start a new
        comment line too, or the text after one would be code. (``comment``, the base's, keeps indentation
        for other text: Python source in the pipeline's prompts.)"""
        body = _LINE_ENDS.sub("\n", text.strip())
        return "//" + _LINE_START.sub("\n// ", body)

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        return str(v.value) if abs(v.value) <= _SAFE else f"{v.value}n"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        if not v.items:
            return "new Set()"
        return "new Set([" + ", ".join(map(self.value, v.items)) + "])"

    def emit_dict(self, v: DictValue) -> str:
        # One shape per place: a plain object where the keys are strings by type (by content when untyped),
        # else a Map, so that a function gets the same kind of dict in every check.
        key_type = v.type.key if isinstance(v.type, DictType) else None
        untyped = isinstance(key_type, UnknownType | AnyType | None)
        if isinstance(key_type, StrType) or (untyped and all(isinstance(k, StrValue) for k, _ in v.items)):
            return "{" + ", ".join(f"{self._key(k)}: {self.value(x)}" for k, x in v.items) + "}"
        if not v.items:
            return "new Map()"
        return "new Map([" + ", ".join(f"[{self.value(k)}, {self.value(x)}]" for k, x in v.items) + "])"

    def _key(self, key: Value) -> str:
        # {"__proto__": v} sets the prototype; a computed key makes an own property
        text = self.value(key)
        return f"[{text}]" if isinstance(key, StrValue) and key.value == "__proto__" else text

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc.{conversion}({expr})"
