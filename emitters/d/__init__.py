"""D: typed. Every value, comparison and printer is derived from the IR type of its place.

MultiPL-E's layout: ``import std.math;`` (and ``std.typecons`` where a type needs it), the docstring in a
``/* */`` block, the header ``long f(long x) `` left open; the completion writes the body, braces included,
and stops at MultiPL-E's stop tokens (a blank line, or a line starting ``void``, ``bool``, ``int``). Ints are
``long``, floats ``double`` (MultiPL-E writes ``float``, 32 bits: no Python float fits it), strings
``string``, lists ``T[]``, tuples ``Tuple!(...)``, dicts associative arrays ``V[K]`` (MultiPL-E wraps them in
``Nullable``), sets ``bool[T]`` (every value true), Optional ``Nullable!(T)``. What D cannot type (Any,
untagged unions, None as a value, a set inside another value of a result) is a diagnostic for that check,
the rest kept.

A program is compiled (ldc2, no optimisation, Phobos linked as a shared library, Debian's default), then run,
in one sandboxed command: a compile error exits 3, printing nothing on stdout. The prelude's runtime (its part
that is not templates) is compiled once per machine into an object that programs link (build.py).
"""

from __future__ import annotations

from functools import cache, cached_property
from typing import Any, ClassVar

import jinja2

from emitters.base import Install, LazyRuntime, Runtime
from emitters.d.build import COMPILER, declarations, runtime_commands
from emitters.typed import TypedEmitter, Untypable
from ir import (
    BoolType,
    Check,
    DictType,
    DictValue,
    FloatType,
    FloatValue,
    IntType,
    IntValue,
    ListType,
    ListValue,
    NoneType,
    NoneValue,
    OptionalType,
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
    Value,
)

_KEYWORDS = frozenset(
    """abstract alias align asm assert auto body bool break byte case cast catch cdouble cent cfloat char
    class const continue creal dchar debug default delegate delete deprecated do double else enum export
    extern false final finally float for foreach foreach_reverse function goto idouble if ifloat
    immutable import in inout int interface invariant ireal is lazy long macro mixin module new nothrow
    null out override package pragma private protected public pure real ref return scope shared short
    static struct super switch synchronized template this throw true try typeid typeof ubyte ucent uint
    ulong union unittest ushort version void wchar while with __FILE__ __LINE__ __gshared __traits
    __vector __parameters main string size_t object std core Tuple tuple Nullable""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


@cache
def _runtime() -> Runtime:
    run, parse_only, plain = runtime_commands(DEmitter().prelude())
    return Runtime(
        interpreters=(COMPILER,),
        run=run,
        parse_only=parse_only,
        plain=plain,
        version=("{interpreter}", "--version"),
        install=Install(debian=("ldc",)),
        # A compile on a loaded two-core machine: half a second to two before the program's own clock starts.
        startup_seconds=4.0,
    )


def _no_end_of_file(text: str) -> str:
    """``text`` without the characters at which D's lexer stops reading a file (NUL and Ctrl-Z), even in a
    comment."""
    return text.replace("\0", "\\0").replace("\x1a", "\\x1a")


def _key_type(t: Type) -> bool:
    """Whether ``t`` may key an associative array (a dict's key, a set's item) here: scalars and tuples of
    them, whose equality is Python's (no float inside: D hashes -0.0 and 0.0 apart)."""
    match t:
        case IntType() | StrType() | BoolType():
            return True
        case TupleType(items, False):
            return all(map(_key_type, items))
    return False


def _has_set(t: Type) -> bool:
    match t:
        case SetType():
            return True
        case ListType(elem) | OptionalType(elem):
            return _has_set(elem)
        case DictType(key, value):
            return _has_set(key) or _has_set(value)
        case TupleType(items):
            return any(map(_has_set, items))
    return False


class DEmitter(TypedEmitter):
    name = "d"
    aliases = ("dlang",)
    display = "D"
    file_ext = "d"
    string_reading = "backslash"
    ascii_identifiers = True
    bool_is_int = False  # true is not 1 in an array of bools, nor a bool an int in a typed place
    max_depth = 60
    max_items = 10_000
    # MultiPL-E's (humaneval_to_d.py): a completion ends at a blank line or at the next declaration.
    stop_tokens = ("\n\n", "\nvoid", "\nbool", "\nint")
    none_literal = "null"
    nan_literal = "double.nan"
    inf_literal = "double.infinity"
    neg_inf_literal = "-double.infinity"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = "\\u{:04x}"
    astral_escape = "\\U{:08x}"
    runtime: ClassVar[Runtime] = LazyRuntime(_runtime)  # type: ignore[assignment]
    # MultiPL-E's stub: the completion is the function's body, braces included.
    stub_body = '{\n    throw new Exception("unimplemented!");\n}\n'
    comment_prefix = "//"
    int_bits = 64
    reserved = _KEYWORDS
    harness_names = frozenset({"main"})
    # MultiPL-E's rewording for D (dataset_builder/terms.csv): lists are arrays, dicts associative arrays.
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "array", "lists": "arrays", "List": "Array", "Lists": "Arrays",
        "dictionary": "associative array", "dictionaries": "associative arrays", "dict": "associative array",
        "Dictionary": "Associative array", "None": "null", "True": "true", "False": "false",
    }  # fmt: skip

    def prepare(self) -> None:
        _runtime()  # the compiled prelude runtime, built where missing

    @cached_property
    def env(self) -> jinja2.Environment:
        """The base's, and the runtime's declarations, which prelude.d writes where the object is linked."""
        env = super().env
        env.globals["runtime_declarations"] = declarations((self.bundle() / "runtime.d").read_text("utf-8"))
        return env

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        """``t`` as a D type; raises Untypable for what D cannot say."""
        match t:
            case IntType():
                return "long"
            case FloatType():
                return "double"
            case BoolType():
                return "bool"
            case StrType():
                return "string"
            case NoneType():
                raise Untypable("None has no D value (a function returning it is void)")
            case ListType(elem) | TupleType((elem,), True):
                return f"{self.type_text(elem)}[]"
            case SetType(elem):
                if not _key_type(elem):
                    raise Untypable(f"a set of {elem}: D's associative arrays are keyed here by scalars only")
                return f"bool[{self.type_text(elem)}]"
            case DictType(key, value):
                if not _key_type(key):
                    raise Untypable(
                        f"a dict keyed by {key}: D's associative arrays are keyed by scalars here"
                    )
                return f"{self.type_text(value)}[{self.type_text(key)}]"
            case OptionalType(inner):
                if isinstance(inner, OptionalType | NoneType):
                    raise Untypable(f"{t}: a Nullable inside a Nullable")
                return f"Nullable!({self.type_text(inner)})"
            case TupleType(items):
                return "Tuple!(" + ", ".join(map(self.type_text, items)) + ")"
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no D type")
        raise Untypable(f"type {t} is not known precisely enough for D")

    def _text_or(self, t: Type, fallback: str) -> str:
        try:
            return self.type_text(t)
        except Untypable:
            return fallback  # the checks are all diagnosed: the prompt still reads as D

    # --- what D cannot say ------------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        elem: Type | None = None
        if isinstance(current, ListType | SetType):
            elem = current.elem
        elif isinstance(current, TupleType) and current.variadic:
            elem = current.items[0]
        if elem is None:
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(elem), "__tc_sorted"
        if name == "set":
            if isinstance(current, SetType):
                return current, None
            if not _key_type(elem):
                raise Untypable(f"set() of {elem} items: not a key of D's associative arrays here")
            return SetType(elem), "__tc_set"
        return ListType(elem), ("__tc_list" if isinstance(current, SetType) else None)

    # --- values -----------------------------------------------------------------------------------------

    @staticmethod
    def _slot(v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def value(self, v: Value) -> str:
        text = super().value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            inner = self._text_or(v.type.inner, "")
            return f"Nullable!({inner})({text})" if inner else f"nullable({text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self._double(float(v.value))
        if v.value == -(2**63):
            return "long.min"
        return f"{v.value}L"

    def emit_float(self, v: FloatValue) -> str:
        return self._double(v.value)

    def _double(self, x: float) -> str:
        text = self.float_literal(x)
        return text if any(c in text for c in ".eEn") else text + ".0"

    def emit_str(self, v: StrValue) -> str:
        return self.string(v.value)

    def emit_none(self, v: NoneValue) -> str:
        if isinstance(v.type, OptionalType):
            inner = self._text_or(v.type.inner, "")
            if inner:
                return f"Nullable!({inner}).init"
        return "null"

    def _empty(self, slot: Type, kinds: type | tuple[type, ...]) -> str | None:
        if isinstance(slot, kinds):
            try:
                return f"({self.type_text(slot)}).init"
            except Untypable:
                return None
        return None

    def emit_list(self, v: ListValue) -> str:
        if not v.items:
            return self._empty(self._slot(v), (ListType, TupleType)) or "[]"
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or isinstance(slot, ListType):
            return self.emit_list(ListValue(v.items, type=slot))
        return "tuple(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_set(self, v: SetValue) -> str:
        if not v.items:
            return self._empty(self._slot(v), SetType) or "null"
        return "[" + ", ".join(f"{self.value(x)}: true" for x in v.items) + "]"

    def emit_dict(self, v: DictValue) -> str:
        if not v.items:
            return self._empty(self._slot(v), DictType) or "null"
        return "[" + ", ".join(f"{self.value(k)}: {self.value(x)}" for k, x in v.items) + "]"

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's block comment around the docstring; a ``*/`` inside would end it early."""
        text = text.replace("\r\n", "\n").replace("\r", " ").strip("\n").replace("*/", "* /")
        return "/*\n" + _no_end_of_file(text) + "\n*/"

    def imports(self, sig: Signature) -> str:
        """MultiPL-E's imports: std.math always, std.typecons for a Tuple or Nullable in the signature."""
        texts = [self._text_or(p.type, "") for p in sig.params] + [self._text_or(sig.returns, "")]
        lines = ["import std.math;"]
        if any("Tuple!" in t or "Nullable!" in t for t in texts):
            lines.append("import std.typecons;")
        return "\n".join(lines) + "\n"

    def signature_text(self, sig: Signature) -> str:
        params = ", ".join(f"{self._text_or(p.type, 'long')} {self.ident(p.name)}" for p in sig.params)
        returns = "void" if isinstance(sig.returns, NoneType) else self._text_or(sig.returns, "long")
        return f"{returns} {self.ident(sig.name)}({params}) "

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a // comment holds to its end."""
        lines = text.replace("\r", " ").splitlines()
        return _no_end_of_file(lines[0]) if lines else ""

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step}({call})"
        rtype = self.type_text(result)
        if isinstance(result, SetType):
            show = "__tc_show_set"
        elif _has_set(result):
            raise Untypable(f"a set inside a {result}: printed, it would read as a dict")
        else:
            show = "__tc_show"
        relation = check.relation
        test = ""
        expected = ""
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            tol = (
                f"__tc_Tol({self._double(tolerance.rel)}, {self._double(tolerance.abs)}, "
                f"{'true' if tolerance.strict else 'false'})"
            )
            test = f"__tc_eq(__tc_v, __tc_e, {tol})"
            if relation is Relation.NOT_EQUALS:
                test = f"!{test}"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = f"{'' if relation is Relation.TRUTHY else '!'}__tc_truthy(__tc_v)"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if not isinstance(result, OptionalType):
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
            test = "__tc_v.isNull" if relation is Relation.IS_NONE else "!__tc_v.isNull"
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = "__tc_v" if relation is Relation.IS_TRUE else "!__tc_v"
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "type": rtype,
            "show": show,
            "expected": expected,
            "test": test,
            "line": check.span.line,
            "text": self.inert(check.text),
        }
