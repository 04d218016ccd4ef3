"""TypeScript: typed signatures from the IR's types, checked by tsc before node runs the program.

A program is type-checked with MultiPL-E's flags (``--target esnext --lib esnext``, plus ``--strict false``,
which TypeScript 7 no longer defaults to), and a type error is a compile error, as in MultiPL-E. Numbers are
``number`` (ints beyond 2**53 cannot be one: a diagnostic), None is ``undefined``, tuples are tuple types
(arrays at run time), dicts with string keys are objects (``{[key: string]: V}``), other dicts ``Map``s, sets
``Set``s. Values print as JavaScript's (``notation = "js"``, read back by grammars/values_js.lark).
"""

from __future__ import annotations

import platform
from typing import ClassVar

from emitters.base import Emitter, Install, Runtime
from ir import (
    AnyType,
    BoolType,
    Check,
    DictType,
    DictValue,
    FloatType,
    IntType,
    IntValue,
    ListType,
    ListValue,
    NoneType,
    OptionalType,
    Param,
    Relation,
    SetType,
    SetValue,
    Signature,
    StrType,
    StrValue,
    Suite,
    TupleType,
    TupleValue,
    Type,
    UnionType,
    UnknownType,
    Value,
    fits,
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
            "\v": "\\v"}  # fmt: skip
_SAFE = 2**53 - 1  # Number.MAX_SAFE_INTEGER
# JavaScript's line terminators: each would end a // comment early.
_LINE_BREAKS = str.maketrans({"\r": " ", "\u2028": " ", "\u2029": " "})
# The native compiler of the npm package `typescript` (7.x), for this machine's platform.
_ARCH = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(
    platform.machine().lower(), "x64"
)
_TSC_DIR = f"node_modules/@typescript/typescript-linux-{_ARCH}/lib"
_FLAGS = "--target esnext --lib esnext --strict false --singleThreaded --pretty false"


def _tsc(where: str = _TSC_DIR) -> str:
    from pathlib import Path

    return str(Path(__file__).resolve().parents[2] / where / "tsc")


class TypeScriptEmitter(Emitter):
    name = "ts"
    aliases = ("typescript",)
    display = "TypeScript"
    file_ext = "ts"
    notation = "js"  # values print as JavaScript's: grammars/values_js.lark
    ascii_identifiers = True
    lone_surrogates = True  # a JavaScript string is UTF-16: "\ud800" is a string
    int_bits = None  # checked against Number.MAX_SAFE_INTEGER instead (check_value)
    stop_tokens = ("\nfunction ", "\n/*", "\n//", "\nclass")
    none_literal = "undefined"
    nan_literal = "NaN"
    inf_literal = "Infinity"
    neg_inf_literal = "-Infinity"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = "\\u{:04x}"
    astral_escape = "\\u{{{:x}}}"
    runtime = Runtime(
        interpreters=(_tsc(),),
        # tsc writes main.js beside main.ts (or exits non-zero on a type error, printing nothing on stdout),
        # then node runs it: the program's own process, sandboxed like any other.
        run=(
            "/bin/sh", "-c", f'"$0" {_FLAGS} "$1" >&2 || exit 3; exec node "${{1%.ts}}.js"',
            "{interpreter}", "{file}",
        ),
        parse_only=("/bin/sh", "-c", f'exec "$0" {_FLAGS} --noEmit "$1" >&2', "{interpreter}", "{file}"),
        version=("/bin/sh", "-c", '"$0" --version && node --version', "{interpreter}"),
        # MultiPL-E's evaluator: the JavaScript tsc of `npm install -g typescript` (5.x, a dev dependency
        # here, for bench/executor.py's baseline) with its one flag, then node.
        plain=(
            "/bin/sh", "-c", 'node "$0" --target esnext "$1" || exit 3; exec node "${1%.ts}.js"',
            _tsc("node_modules/typescript-multipl-e/bin"), "{file}",
        ),
        plain_startup_seconds=5.0,  # the JavaScript tsc: 1.4 s alone, twice that beside another
        install=Install(debian=("nodejs",), npm=("typescript@7",)),  # 7: the native compiler
        reads=(_TSC_DIR,),
        startup_seconds=0.5,
    )  # fmt: skip
    stub_body = "  return undefined;\n}\n"
    comment_prefix = "//"
    reserved = frozenset(
        """break case catch class const continue debugger default delete do else enum export extends false
        finally for function if import in instanceof new null return super switch this throw true try typeof
        var void while with implements interface let package private protected public static yield await
        arguments eval undefined NaN Infinity""".split()
    )
    harness_names = frozenset(
        """require globalThis Object Array Number String Boolean Map Set Math JSON Error RangeError BigInt
        Symbol isNaN isFinite""".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "array", "lists": "arrays", "List": "Array", "Lists": "Arrays",
        "tuple": "array", "tuples": "arrays", "Tuple": "Array", "Tuples": "Arrays",
        "dictionary": "object", "dictionaries": "objects", "Dictionary": "Object", "dict": "object",
        "None": "undefined", "True": "true", "False": "false",
    }  # fmt: skip

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        """``t`` as a TypeScript type; ``any`` where the IR knows nothing more."""
        match t:
            case IntType() | FloatType():
                return "number"
            case BoolType():
                return "boolean"
            case StrType():
                return "string"
            case NoneType():
                return "undefined"
            case ListType(elem) | TupleType((elem,), True):
                return f"{self._postfix(elem)}[]"
            case TupleType(items):
                return "[" + ", ".join(map(self.type_text, items)) + "]"
            case SetType(elem):
                return f"Set<{self.type_text(elem)}>"
            case DictType(StrType(), value):
                return f"{{[key: string]: {self.type_text(value)}}}"
            case DictType(key, value):
                return f"Map<{self.type_text(key)}, {self.type_text(value)}>"
            case OptionalType(inner):
                return f"{self.type_text(inner)} | undefined"
            case UnionType(options):
                return " | ".join(map(self.type_text, options))
        return "any"

    def _postfix(self, t: Type) -> str:
        text = self.type_text(t)
        return f"({text})" if isinstance(t, OptionalType | UnionType) else text

    def param(self, p: Param) -> str:
        text = f"{self.ident(p.name)}: {self.type_text(p.type)}"
        if p.default is not None and fits(p.default, p.type):
            return f"{text} = {self.value(p.default)}"
        return text.replace(":", "?:", 1) if p.has_default else text

    # --- what TypeScript cannot say ---------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, IntValue) and abs(v.value) > _SAFE:
            return f"integer {v.value} is not exactly a JavaScript number (beyond 2**53)"
        return super().check_value(v)

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        reason = super().unsupported(check, suite)
        if reason:
            return reason
        params = suite.signature.params
        if len(check.call.args) > len(params):
            return f"{len(check.call.args)} arguments for {len(params)} parameters"
        for arg, param in zip(check.call.args, params, strict=False):
            if not fits(arg, param.type):
                return f"argument {_short(arg)} is not a {param.type}"
        for param in params[len(check.call.args) :]:
            if param.default is None and not param.has_default:
                return f"no argument for {param.name!r}"
        returns = suite.signature.returns
        if check.expected is not None and not check.call.conversions and not fits(check.expected, returns):
            return f"expected value {_short(check.expected)} is not a {returns}"
        if check.relation in (Relation.IS_TRUE, Relation.IS_FALSE) and not _may_be(returns, BoolType):
            return f"`is True/False` on a result of type {returns}"
        return None

    # --- values -----------------------------------------------------------------------------------------

    def _slot(self, v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def emit_list(self, v: ListValue | TupleValue) -> str:
        text = "[" + ", ".join(map(self.value, v.items)) + "]"
        slot = self._slot(v)
        if not v.items and isinstance(slot, ListType | TupleType) and _known(slot):
            return f"({text} as {self.type_text(slot)})"
        return text

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        # Type arguments always: TypeScript infers none for a literal whose items differ in type.
        slot = self._slot(v)
        typed = f"<{self.type_text(slot.elem) if isinstance(slot, SetType) else 'any'}>"
        if not v.items:
            return f"new Set{typed}()"
        return f"new Set{typed}([" + ", ".join(map(self.value, v.items)) + "])"

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        as_object = isinstance(slot, DictType) and isinstance(slot.key, StrType)
        if not isinstance(slot, DictType):  # untyped: an object if every key is a string
            as_object = all(isinstance(k, StrValue) for k, _ in v.items) and bool(v.items)
        if as_object:
            pairs = ", ".join(f"{self._key(k)}: {self.value(x)}" for k, x in v.items)
            return "{" + pairs + "}"
        key, value = (slot.key, slot.value) if isinstance(slot, DictType) else (AnyType(), AnyType())
        typed = f"<{self.type_text(key)}, {self.type_text(value)}>"
        if not v.items:
            return f"new Map{typed}()"
        pairs = ", ".join(f"[{self.value(k)}, {self.value(x)}]" for k, x in v.items)
        return f"new Map{typed}([{pairs}])"

    def _key(self, k: Value) -> str:
        text = self.value(k)
        return f"[{text}]" if isinstance(k, StrValue) and k.value == "__proto__" else text

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc_{conversion}({expr})"

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's comment: ``//`` before the first line, ``// `` before each later one, indentation and
        blank lines dropped; no line terminator of JavaScript's (\\r, U+2028...) is left to end it early."""
        lines = [line.strip() for line in text.translate(_LINE_BREAKS).strip().splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            return "//"
        return "\n".join(["//" + lines[0], *(f"// {line}" for line in lines[1:])])

    def signature_text(self, sig: Signature) -> str:
        params = ", ".join(self.param(p) for p in sig.params)
        return f"function {self.ident(sig.name)}({params}): {self.type_text(sig.returns)} {{"

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a // comment holds to its end."""
        return text.translate(_LINE_BREAKS).splitlines()[0] if text.strip() else ""


def _known(t: Type) -> bool:
    """Whether ``t`` is written without ``any`` (an empty container typed ``any[]`` needs no cast)."""
    match t:
        case AnyType() | UnknownType():
            return False
        case ListType(elem) | SetType(elem) | OptionalType(elem):
            return _known(elem)
        case DictType(key, value):
            return _known(key) and _known(value)
        case TupleType(items) | UnionType(items):
            return all(map(_known, items))
    return True


def _may_be(t: Type, kind: type[Type]) -> bool:
    match t:
        case AnyType() | UnknownType():
            return True
        case OptionalType(inner):
            return _may_be(inner, kind)
        case UnionType(options):
            return any(_may_be(o, kind) for o in options)
    return isinstance(t, kind)


def _short(v: Value) -> str:
    from ir import to_python

    try:
        text = repr(to_python(v))
    except TypeError:
        text = type(v).__name__.removesuffix("Value").lower()
    return text if len(text) < 40 else text[:37] + "..."
