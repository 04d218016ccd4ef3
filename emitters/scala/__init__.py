"""Scala 2: typed, in MultiPL-E's layout (``object Problem``, ``def name(x : Long) : List[Long] = {``, under
``import scala.collection.mutable._``, so ``Map`` and ``Set`` are the mutable ones).

Every value, comparison and printer takes the IR type of its place: ints are ``Long``, floats ``Double``
(MultiPL-E's ``Float`` rounds 0.1 to 0.100000001, beyond any tolerance: as Java's bundle), lists ``List``,
dicts ``Map``, sets ``Set``, ``Option`` for None, and tuples Scala's own (``(1l, "a")``, ``Tuple1(2l)``,
up to 22 items). What Scala cannot type here (unions, Any, an empty tuple, ``None`` alone) is a diagnostic
for that check only.

The harness follows the program as Scala ``object Problem``'s main, its prelude a package of its own
(``__tc``) at the end of the file, compiled once per machine (``launcher.py``). A program is compiled by
scalac then run in a JVM of its own; a warm compiler (``CompileServer.java``) keeps scalac loaded between
programs. A compile or type error prints nothing on stdout; the executor then asks scalac alone
(``parse_only``), and the verdict is a SyntaxError, as MultiPL-E reports it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from emitters.base import LazyRuntime, Runtime
from emitters.java import JavaEmitter, prelude_key
from emitters.scala.launcher import runtime
from emitters.typed import Untypable
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
    SetType,
    SetValue,
    StrType,
    Suite,
    TupleType,
    TupleValue,
    Type,
    Value,
)

__all__ = ["ScalaEmitter", "prelude_key"]

MAX_TUPLE = 22  # Scala 2's TupleN classes
_KEYWORDS = frozenset(
    """abstract case catch class def do else extends false final finally for forSome if implicit import lazy
    macro match new null object override package private protected return sealed super this throw trait try
    true type val var while with yield _ then enum given export Problem main args""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


class ScalaEmitter(JavaEmitter):
    name = "scala"
    display = "Scala"
    file_ext = "scala"
    lone_surrogates = True  # a JVM string is UTF-16
    stop_tokens = ("\n    }\n",)
    none_literal = "None"
    nan_literal = "Double.NaN"
    inf_literal = "Double.PositiveInfinity"
    neg_inf_literal = "Double.NegativeInfinity"
    string_escapes = _ESCAPES
    # \u escapes are read before anything else (as Java's): \u000a would end the literal, so control
    # characters other than the named ones are \u00XX of a character that is no line break.
    control_escape = "\\u{:04x}"
    runtime: ClassVar[Runtime] = LazyRuntime(runtime)  # type: ignore[assignment]
    stub_body = '        throw new UnsupportedOperationException("stub")\n'
    comment_prefix = "//"
    reserved = _KEYWORDS
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "None", "True": "true", "False": "false",
        "list": "list", "lists": "lists", "dictionary": "map", "dictionaries": "maps",
        "dict": "map", "tuple": "tuple", "tuples": "tuples",
    }  # fmt: skip

    def prepare(self) -> None:
        runtime()  # the compiled prelude, made where missing

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type, boxed: bool = False) -> str:
        """``t`` as a Scala type (``boxed`` is Java's: Scala has one spelling)."""
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
                return f"List[{self.type_text(elem)}]"
            case SetType(elem):
                return f"Set[{self.type_text(elem)}]"
            case DictType(key, value):
                return f"Map[{self.type_text(key)},{self.type_text(value)}]"
            case OptionalType(inner):
                return f"Option[{self.type_text(inner)}]"
            case TupleType(items) if 0 < len(items) <= MAX_TUPLE:
                return f"Tuple{len(items)}[{', '.join(self.type_text(i) for i in items)}]"
            case TupleType(items):
                raise Untypable(f"a tuple of {len(items)} items has no Scala tuple class")
            case NoneType():
                raise Untypable("None alone has no Scala type (Option needs the type it holds)")
        raise Untypable(f"type {t} is not known precisely enough for Scala")

    def _generic(self, t: Type) -> str:
        try:
            return self.type_text(t)
        except Untypable:
            return "Any"

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

    def signature_text(self, suite: Suite) -> str:
        sig = suite.signature
        params = ", ".join(self.param_text(p.name, p.type) for p in sig.params)
        return f"    def {self.function_name(sig.name)}({params}) : {self.return_text(suite)} = {{"

    # --- what Scala cannot say --------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if isinstance(current, TupleType) and current.variadic:
            current = ListType(current.items[0])
        if not isinstance(current, ListType | SetType):
            raise Untypable(f"{name}() of a {current} has no Scala equivalent here")
        if name == "sorted":
            return ListType(current.elem), "_root_.__tc.P.sorted"
        if name == "set":
            return SetType(current.elem), None if isinstance(current, SetType) else "_root_.__tc.P.set"
        return ListType(current.elem), None if isinstance(current, ListType) else "_root_.__tc.P.list"

    # --- values -----------------------------------------------------------------------------------------

    def value(self, v: Value) -> str:
        text = super(JavaEmitter, self).value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"Some({text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        return f"{v.value}l"

    def emit_none(self, v: NoneValue) -> str:
        return "None"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return f"List[{self._elem(v, ListType)}]({', '.join(map(self.value, v.items))})"

    def _elem(self, v: Value, kind: type[Type]) -> str:
        text = super()._elem(v, kind)
        return "Any" if text == "Object" else text

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or not 0 < len(v.items) <= MAX_TUPLE:
            return self.emit_list(v)
        items = ", ".join(map(self.value, v.items))
        return f"Tuple1({items})" if len(v.items) == 1 else f"({items})"

    def emit_set(self, v: SetValue) -> str:
        return f"Set[{self._elem(v, SetType)}]({', '.join(map(self.value, v.items))})"

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        typed = "Any,Any"
        if isinstance(slot, DictType):
            typed = f"{self._generic(slot.key)},{self._generic(slot.value)}"
        pairs = ", ".join(f"{self.value(k)} -> {self.value(x)}" for k, x in v.items)
        return f"Map[{typed}]({pairs})"

    # --- harness ----------------------------------------------------------------------------------------

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        context = super().check_context(index, check, suite)
        tolerance = check.tolerance or suite.tolerance
        context["tol"] = (
            f"Array[Double]({self._double(tolerance.rel)}, {self._double(tolerance.abs)}, "
            f"{'1.0' if tolerance.strict else '0.0'})"
        )
        return context
