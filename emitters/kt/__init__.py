"""Kotlin (Debian's kotlin 1.3.31 on the JVM): typed, in MultiPL-E's layout (``import kotlin.math.*``, a KDoc
comment, a top-level ``fun`` with ``Long``, ``Double``, ``List<Long>``, ``Map<String, Long>``, ``Pair``...).

Every value, comparison and printer takes the IR type of its place: ints are ``Long``, floats ``Double``,
lists ``List`` (written ``mutableListOf<T>(...)``), dicts ``Map``, sets ``Set``, tuples ``Pair`` and
``Triple`` (Kotlin has no other), None ``null`` in a nullable type ``T?``. What Kotlin cannot type (unions,
Any, tuples of other sizes, ``None`` alone, an optional of an optional) is a diagnostic for that check only.

The one command compiles with ``kotlinc`` and runs the classes with ``java``, as MultiPL-E does; a warm
compiler (``CompileServer.java``: Kotlin's own K2JVMCompiler kept loaded in one JVM) does the compiling
without a JVM start per program (``runtime.py``). The prelude at the head of the harness is compiled once per
machine into a jar, which both cut from each program (``runtime.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar

from emitters.base import LazyRuntime, Runtime, walk
from emitters.java import JavaEmitter, camel_case
from emitters.kt.runtime import runtime
from emitters.typed import TypedEmitter, Untypable
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
    NoneValue,
    OptionalType,
    Relation,
    SetType,
    SetValue,
    StrType,
    Suite,
    TupleType,
    TupleValue,
    Type,
    UnionType,
    Value,
)

# Kotlin's own tuple classes, by arity.
TUPLES = {2: "Pair", 3: "Triple"}
# A JVM method holds 64 KB of code: the constants of one check (built in one function) stay well under it.
MAX_VALUES = 3000
# Kotlin's hard keywords: never an identifier (soft keywords such as `data` or `value` are).
_KEYWORDS = frozenset(
    """as break class continue do else false for fun if in interface is null object package return super
    this throw true try typealias typeof val var when while""".split()
)
# "$" starts a string template in Kotlin.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "$": "\\$"}
# Kotlin's block comments nest: "/*" in a docstring would open one that the KDoc's end does not close.
_COMMENT_MARKS = re.compile(r"/\*|\*/")


def inert(text: str) -> str:
    """Text that a // comment or a KDoc line holds: no line break, neither opens nor closes a comment."""
    text = text.replace("\r", " ").replace("\n", " ")
    return _COMMENT_MARKS.sub(lambda m: m.group(0)[0] + " " + m.group(0)[1], text)


class KotlinEmitter(TypedEmitter):
    name = "kt"
    display = "Kotlin"
    file_ext = "kt"
    lone_surrogates = True  # a Kotlin string is a JVM string: "\ud800" is one
    stop_tokens = ("\n}",)  # MultiPL-E's: the function ends at the first unindented brace
    none_literal = "null"
    nan_literal = "Double.NaN"
    inf_literal = "Double.POSITIVE_INFINITY"
    neg_inf_literal = "Double.NEGATIVE_INFINITY"
    string_escapes = _ESCAPES
    control_escape = "\\u{:04x}"
    runtime: ClassVar[Runtime] = LazyRuntime(runtime)  # type: ignore[assignment]
    stub_body = '    throw UnsupportedOperationException("stub")\n'
    comment_prefix = "//"
    reserved = _KEYWORDS
    harness_names = frozenset({"main"})
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "null", "True": "true", "False": "false", "dictionary": "map", "dictionaries": "maps",
        "dict": "map", "tuple": "pair", "tuples": "pairs",
    }  # fmt: skip

    def prepare(self) -> None:
        runtime()  # the compiled prelude, made where missing

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        return self._type(t, strict=False)

    def _type(self, t: Type, strict: bool) -> str:
        """``t`` in Kotlin; ``strict``: Any or a union inside a container is untypable too."""
        match t:
            case IntType():
                return "Long"
            case FloatType():
                return "Double"
            case BoolType():
                return "Boolean"
            case StrType():
                return "String"
            case ListType(elem) | TupleType((elem,), True):
                return f"List<{self._inner(elem, strict)}>"
            case SetType(elem):
                return f"Set<{self._inner(elem, strict)}>"
            case DictType(key, value):
                return f"Map<{self._inner(key, strict)}, {self._inner(value, strict)}>"
            case OptionalType(OptionalType() | NoneType()):
                raise Untypable("an optional of an optional has no Kotlin type (T?? is T?)")
            case OptionalType(inner):
                return f"{self._type(inner, strict)}?"
            case TupleType(items) if len(items) in TUPLES:
                return f"{TUPLES[len(items)]}<{', '.join(self._type(i, strict) for i in items)}>"
            case TupleType(items):
                raise Untypable(f"a tuple of {len(items)} items has no Kotlin class (Pair and Triple only)")
            case NoneType():
                raise Untypable("None alone has no Kotlin type (a nullable type needs the type it holds)")
        raise Untypable(f"type {t} is not known precisely enough for Kotlin")

    def _inner(self, t: Type, strict: bool) -> str:
        """A container's item type: Any or a union there is Kotlin's ``Any?`` (``List<Any?>`` holds anything,
        None included), where a parameter or result typed Any or a union alone stays untypable, so that it is
        inferred from the values the checks hold."""
        if isinstance(t, AnyType | UnionType) and not strict:
            return "Any?"
        return self._type(t, strict)

    def settle(self, declared: Type, observed: list[Type]) -> Type:
        """The base's choice with strict types: the declared type, else the most common one among the values;
        ``Any?`` items only where neither is typable (HumanEval/22's list of anything), never a prompt's
        ``List<Any?>`` where the checks' values agree on a type."""

        def typable(t: Type) -> bool:
            try:
                self._type(t, strict=True)
            except Untypable:
                return False
            return True

        if typable(declared):
            return declared
        counts = Counter(t for t in observed if typable(t) and not isinstance(t, NoneType))
        return counts.most_common(1)[0][0] if counts else declared

    def _generic(self, t: Type) -> str:
        try:
            return self.type_text(t)
        except Untypable:
            return "Any?"

    def param_text(self, name: str, t: Type) -> str:
        try:
            return f"{self.ident(name)} : {self.type_text(t)}"
        except Untypable:
            return f"{self.ident(name)} : Any"

    def return_text(self, suite: Suite) -> str:
        try:
            return self.type_text(suite.signature.returns)
        except Untypable:
            return "Any"

    def function_name(self, name: str) -> str:
        return self.ident(camel_case(name))

    # --- what Kotlin cannot say -------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if isinstance(current, TupleType) and current.variadic:
            current = ListType(current.items[0])
        if not isinstance(current, ListType | SetType):
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(current.elem), "__tc_sorted"
        if name == "set":
            return SetType(current.elem), None if isinstance(current, SetType) else "__tc_set"
        return ListType(current.elem), None if isinstance(current, ListType) else "__tc_list"

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        values = [*check.call.args, *((check.expected,) if check.expected is not None else ())]
        size = sum(1 for v in values for _ in walk(v))
        if size > MAX_VALUES:
            return f"{size} values in one check: the JVM's 64 KB limit on a method's code"
        return super().unsupported(check, suite)

    # --- values -----------------------------------------------------------------------------------------

    @staticmethod
    def _slot(v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        if v.value == -(2**63):
            return "Long.MIN_VALUE"  # 9223372036854775808L is out of range before the minus applies
        return f"{v.value}L"

    def emit_none(self, v: NoneValue) -> str:
        return "null"

    def _elem(self, v: Value, kind: type[Type]) -> str:
        slot = self._slot(v)
        if isinstance(slot, kind) and hasattr(slot, "elem"):
            return self._generic(slot.elem)
        if isinstance(slot, TupleType) and slot.variadic:
            return self._generic(slot.items[0])
        return "Any?"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return f"mutableListOf<{self._elem(v, ListType)}>({', '.join(map(self.value, v.items))})"

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or len(v.items) not in TUPLES:
            return self.emit_list(v)
        return f"{TUPLES[len(v.items)]}({', '.join(map(self.value, v.items))})"

    def emit_set(self, v: SetValue) -> str:
        return f"mutableSetOf<{self._elem(v, SetType)}>({', '.join(map(self.value, v.items))})"

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        typed = (
            f"{self._generic(slot.key)}, {self._generic(slot.value)}"
            if isinstance(slot, DictType)
            else "Any?, Any?"
        )
        pairs = ", ".join(f"{self.value(k)} to {self.value(x)}" for k, x in v.items)
        return f"mutableMapOf<{typed}>({pairs})"

    def string(self, s: str) -> str:
        # Characters beyond the BMP as their UTF-16 surrogate pairs: a \u escape takes four hex digits.
        out = []
        for ch in s:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF)))
            else:
                out.append(ch)
        return self.quoted("".join(out), self.control_escape)

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """A KDoc's lines: `` * `` before each, indentation and blank lines dropped (MultiPL-E's layout)."""
        lines = [inert(line.strip()) for line in text.strip().splitlines()]
        return "\n".join(f" * {line}" for line in lines if line)

    # the docstring's examples with their defaults written out, the entry point camel-cased: as Java's
    with_defaults = staticmethod(JavaEmitter.with_defaults)
    prompt_docstring = JavaEmitter.prompt_docstring

    def signature_text(self, suite: Suite) -> str:
        sig = suite.signature
        params = ", ".join(self.param_text(p.name, p.type) for p in sig.params)
        return f"fun {self.function_name(sig.name)}({params}) : {self.return_text(suite)} {{"

    # --- harness ----------------------------------------------------------------------------------------

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.function_name(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step}({call})"
        relation = check.relation
        expected = None
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "expected": expected,
            "tol": f"doubleArrayOf({self._double(tolerance.rel)}, {self._double(tolerance.abs)}, "
            f"{'1.0' if tolerance.strict else '0.0'})",
            "line": check.span.line,
            "text": inert(check.text.splitlines()[0]) if check.text.strip() else "",
        }

    def _double(self, x: float) -> str:
        return self.float_literal(float(x))
