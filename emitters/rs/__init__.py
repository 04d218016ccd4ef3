"""Rust: typed. Every value, comparison and printer is derived from the IR type of its place.

MultiPL-E's layout: the docstring as ``///`` lines, ``fn f(x: isize) -> isize {`` left open, the stop token
``\\n}``, so the harness begins by closing the function. Ints are ``isize``, floats ``f64``, strings
``String`` (``String::from("...")``), lists ``Vec`` (``vec![...]``), tuples tuples, dicts ``HashMap``, sets
``HashSet``, Optional ``Option``, None ``()``. What Rust cannot type (Any, untagged unions, a float as a
dict key or in a set, which Rust cannot hash) is a diagnostic for that check, the rest kept.

A program is compiled, then run, in one sandboxed command (a compile error exits 3, printing nothing on
stdout). The harness's prelude is also compiled once per machine into a library (build.py): a program
compiled with it skips compiling the prelude's own code, which is most of a harness's compile time.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, ClassVar

from emitters.base import Install, Runtime
from emitters.rs.build import COMPILER, runtime_commands
from emitters.typed import TypedEmitter, Untypable
from ir import (
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
    """as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub
    ref return self Self static struct super trait true type unsafe use where while async await dyn abstract
    become box do final macro override priv typeof unsized virtual yield try union
    main std core alloc""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
# A docstring's line starts: MultiPL-E's translator turns each into "\n/// ", eating the indentation (and
# any blank lines) that follows.
_LINE_START = re.compile(r"\n(\s*)")


class _LazyRuntime:
    """The runtime, built on first use: its command names the compiled prelude, which that first use builds
    (a second or two, once per machine and compiler) when it is missing."""

    def __get__(self, obj: object, owner: type | None = None) -> Runtime:
        return _runtime()


@cache
def _runtime() -> Runtime:
    run, parse_only, plain = runtime_commands(RustEmitter().prelude())
    return Runtime(
        interpreters=(COMPILER, "rustc"),  # Debian's (the sandbox hides a rustup toolchain under /root)
        run=run,
        parse_only=parse_only,
        # MultiPL-E's evaluator: `rustc main.rs -o main`, then the program.
        plain=plain,
        version=("{interpreter}", "--version"),
        install=Install(debian=("rustc",)),
        # A compile on a loaded two-core machine: a second or two before the program's own clock starts.
        startup_seconds=4.0,
        # A type nested 60 deep spells symbols of megabytes: the object file passes the program's 1 MiB.
        build_file_limit=64 << 20,
    )


def _hashable(t: Type) -> bool:
    """Whether Rust can hash values of ``t`` (a HashMap key, a HashSet item): no float, map or set inside."""
    match t:
        case FloatType() | DictType() | SetType():
            return False
        case ListType(elem) | OptionalType(elem):
            return _hashable(elem)
        case TupleType(items):
            return all(map(_hashable, items))
    return True


class RustEmitter(TypedEmitter):
    name = "rs"
    aliases = ("rust",)
    display = "Rust"
    file_ext = "rs"
    string_reading = "backslash"
    ascii_identifiers = True
    bool_is_int = False  # true is not 1 in Rust
    max_depth = 60  # vec![...] nests macros: rustc's recursion limit is 128
    max_items = 10_000
    stop_tokens = ("\n}",)  # MultiPL-E's: the harness closes the function
    none_literal = "None"
    nan_literal = "f64::NAN"
    inf_literal = "f64::INFINITY"
    neg_inf_literal = "f64::NEG_INFINITY"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = "\\u{{{:04x}}}"
    astral_escape = "\\u{{{:x}}}"
    runtime: ClassVar[Runtime] = _LazyRuntime()  # type: ignore[assignment]
    # A completion as MultiPL-E cuts it: the closing brace is the stop token, the harness's first line.
    stub_body = "    unimplemented!()\n"
    comment_prefix = "///"
    int_bits = 64
    reserved = _KEYWORDS
    vocabulary: ClassVar[dict[str, str]] = {}

    def prepare(self) -> None:
        _runtime()  # the compiled prelude, built where missing

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        """``t`` as a Rust type; raises Untypable for what Rust cannot say."""
        match t:
            case IntType():
                return "isize"
            case FloatType():
                return "f64"
            case BoolType():
                return "bool"
            case StrType():
                return "String"
            case NoneType():
                return "()"
            case ListType(elem) | TupleType((elem,), True):
                return f"Vec<{self.type_text(elem)}>"
            case SetType(elem):
                if not _hashable(elem):
                    raise Untypable(f"a set of {elem}: Rust cannot hash its items")
                return f"HashSet<{self.type_text(elem)}>"
            case DictType(key, value):
                if not _hashable(key):
                    raise Untypable(f"a dict keyed by {key}: Rust cannot hash its keys")
                return f"HashMap<{self.type_text(key)}, {self.type_text(value)}>"
            case OptionalType(inner):
                return f"Option<{self.type_text(inner)}>"
            case TupleType(items):
                if len(items) == 1:
                    return f"({self.type_text(items[0])},)"
                return "(" + ", ".join(map(self.type_text, items)) + ")"
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no Rust type")
        raise Untypable(f"type {t} is not known precisely enough for Rust")

    def _text_or_unit(self, t: Type) -> str:
        try:
            return self.type_text(t)
        except Untypable:
            return "()"  # the checks are all diagnosed: the prompt still reads as Rust

    # --- what Rust cannot say ---------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        elem: Type | None = None
        if isinstance(current, ListType | SetType):
            elem = current.elem
        elif isinstance(current, TupleType) and current.variadic:
            elem = current.items[0]
        if elem is None:
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(elem), "__tc::sorted"
        if name == "set":
            if isinstance(current, SetType):
                return current, None
            if not _hashable(elem):
                raise Untypable(f"set() of {elem} items: Rust cannot hash them")
            return SetType(elem), "__tc::set"
        return ListType(elem), ("__tc::list" if isinstance(current, SetType) else None)

    # --- values -----------------------------------------------------------------------------------------

    @staticmethod
    def _slot(v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def value(self, v: Value) -> str:
        text = super().value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"Some({text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        if v.value == -(2**63):
            return "isize::MIN"
        return str(v.value)

    def emit_str(self, v: StrValue) -> str:
        return f"String::from({self.string(v.value)})"

    def emit_none(self, v: NoneValue) -> str:
        return "None" if isinstance(v.type, OptionalType) else "()"

    def _empty(self, kind: str, slot: Type) -> str:
        try:
            return f"{kind}::<{self.type_text(slot)[len(kind) + 1 : -1]}>::new()"
        except Untypable:
            return f"{kind}::new()"

    def emit_list(self, v: ListValue) -> str:
        if not v.items:
            slot = self._slot(v)
            return self._empty("Vec", slot) if isinstance(slot, ListType | TupleType) else "vec![]"
        return "vec![" + ", ".join(map(self.value, v.items)) + "]"

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or isinstance(slot, ListType):
            return self.emit_list(ListValue(v.items, type=slot))
        if len(v.items) == 1:
            return f"({self.value(v.items[0])},)"
        return "(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_set(self, v: SetValue) -> str:
        if not v.items:
            slot = self._slot(v)
            return self._empty("HashSet", slot) if isinstance(slot, SetType) else "HashSet::new()"
        return "HashSet::from([" + ", ".join(map(self.value, v.items)) + "])"

    def emit_dict(self, v: DictValue) -> str:
        if not v.items:
            slot = self._slot(v)
            return self._empty("HashMap", slot) if isinstance(slot, DictType) else "HashMap::new()"
        pairs = ", ".join(f"({self.value(k)}, {self.value(x)})" for k, x in v.items)
        return f"HashMap::from([{pairs}])"

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's doc comment: ``/// `` before the stripped text and after each line break, eating the
        indentation; no carriage return (a bare CR is an error in a Rust doc comment)."""
        text = text.replace("\r\n", "\n").replace("\r", " ")
        return "/// " + _LINE_START.sub("\n/// ", text.strip())

    def imports(self, sig: Signature) -> str:
        """MultiPL-E's ``use`` lines for the collections the signature names."""
        texts = [self._text_or_unit(p.type) for p in sig.params] + [self._text_or_unit(sig.returns)]
        kinds = [kind for kind in ("HashMap", "HashSet") if any(kind in t for t in texts)]
        lines = [f"use std::collections::{kind};\n" for kind in kinds]
        return "".join(lines) + "\n" if lines else ""

    def signature_text(self, sig: Signature) -> str:
        params = ", ".join(f"{self.ident(p.name)}: {self._text_or_unit(p.type)}" for p in sig.params)
        returns = "" if isinstance(sig.returns, NoneType) else f" -> {self._text_or_unit(sig.returns)}"
        return f"fn {self.ident(sig.name)}({params}){returns} {{"

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a // comment holds to its end."""
        lines = text.replace("\r", " ").splitlines()
        return lines[0] if lines else ""

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step}({call})"
        rtype = self.type_text(result)
        relation = check.relation
        test = ""
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            tol = (
                f"__tc::Tol {{ rel: {self._f64(tolerance.rel)}, abs: {self._f64(tolerance.abs)}, "
                f"strict: {'true' if tolerance.strict else 'false'} }}"
            )
            test = f"{{ let e: {rtype} = {expected}; __tc::eq(&v, &e, &{tol}) }}"
            if relation is Relation.NOT_EQUALS:
                test = f"!{test}"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = f"{'' if relation is Relation.TRUTHY else '!'}__tc::truthy(&v)"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if isinstance(result, OptionalType):
                test = "v.is_none()" if relation is Relation.IS_NONE else "v.is_some()"
            elif isinstance(result, NoneType):
                test = "true" if relation is Relation.IS_NONE else "false"
            else:
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = "v" if relation is Relation.IS_TRUE else "!v"
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "type": rtype,
            "test": test,
            "line": check.span.line,
            "text": self.inert(check.text),
        }

    def _f64(self, x: float) -> str:
        text = self.float_literal(x)
        return text if any(c in text for c in ".eEN:") else text + ".0"
