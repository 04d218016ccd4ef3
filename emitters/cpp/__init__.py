"""C++ (g++, -std=c++17): typed, in MultiPL-E's layout. Every value is written with the C++ type of its place.

Types are MultiPL-E's (dataset_builder/humaneval_to_cpp.py): ``long``, ``float``, ``bool``, ``std::string``,
``std::vector``, ``std::tuple``, ``std::map``, ``std::optional``, and ``std::set`` for sets (MultiPL-E has
none). Unions, Any and None outside an Optional have no C++ type here: a diagnostic for that check alone.

``float`` is IEEE single precision, as in MultiPL-E's prompts: a check on a float result is judged with the
suite's tolerance widened to what a float holds (``FLOAT_REL``); explicit tolerances stay as written.

A program is compiled and run by one command (``Runtime.run``, ``/bin/sh -c``): the solution part is closed
with the ``}`` that MultiPL-E's stop token ``"\\n}"`` cut off (when its braces are left open, as MultiPL-E's
test suites begin with ``}``), then g++ compiles it against a precompiled header of the prompt's includes
(``pch.py``, built once per machine by ``prepare()``), then the binary runs. A compile error exits 3 and
prints nothing on stdout: a SyntaxError.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, ClassVar

from emitters.base import Compiled, LazyRuntime, Runtime
from emitters.cpp.pch import CLOSE_OPEN_FUNCTION, MARKER, runtime
from emitters.cpp.types import (
    FLOAT_MAX,
    default,
    has_any,
    is_float_slot,
    item_type,
    items_type,
    loose,
    mentions_float,
    widened,
)
from emitters.typed import TypedEmitter, Untypable
from ir import (
    AnyType,
    BoolType,
    BoolValue,
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
    UnknownType,
    Value,
    from_python,
    to_python,
)

__all__ = ["CLOSE_OPEN_FUNCTION", "MARKER", "CppEmitter"]

_KEYWORDS = frozenset(
    """alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t
    class compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield
    decltype default delete do double dynamic_cast else enum explicit export extern false float for friend
    goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private
    protected public register reinterpret_cast requires return short signed sizeof static static_assert
    static_cast struct switch template this thread_local throw true try typedef typeid typename union unsigned
    using virtual void volatile wchar_t while xor xor_eq main std assert""".split()
)
# C library functions that bits/stdc++.h declares in the global namespace: a solution's function of the same
# name would overload them (a call with a string literal reaching strlen(const char*)) or clash with them.
_LIBC = frozenset(
    """abs labs div exit abort remove rename time clock rand srand random index rindex signal select sqrt pow
    round floor ceil log log2 log10 exp sin cos tan fabs fmod hypot trunc atoi atol atof strtol toupper
    tolower isdigit isalpha isspace isupper islower isalnum ispunct strcmp strcpy strcat strchr strstr memcpy
    memset printf puts putchar getchar free malloc calloc realloc system gamma y0 y1 j0 j1 jn yn""".split()
)
# MultiPL-E's own renamings (humaneval_to_cpp.py), kept so that prompts match its.
_RENAMED = {"operator": "op", "strlen": "string_length"}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "?": "\\?"}


class CppEmitter(TypedEmitter):
    name = "cpp"
    aliases = ("c++",)
    display = "C++"
    file_ext = "cpp"
    multipl_t = False
    string_reading = "backslash"
    ascii_identifiers = True
    stop_tokens = ("\n}",)  # MultiPL-E's; the run command closes the function the stop token left open
    none_literal = "std::nullopt"
    nan_literal = "std::numeric_limits<float>::quiet_NaN()"
    inf_literal = "std::numeric_limits<float>::infinity()"
    neg_inf_literal = "(-std::numeric_limits<float>::infinity())"
    runtime: ClassVar[Runtime] = LazyRuntime(runtime)  # type: ignore[assignment]
    stub_body = '  throw std::logic_error("stub");\n'  # cut as MultiPL-E cuts: the brace is the stop token
    comment_prefix = "//"
    int_bits = 64
    max_depth = 200  # g++'s template and brace nesting
    reserved = _KEYWORDS
    harness_names = frozenset({"candidate"})
    # MultiPL-E's rewording for C++ (dataset_builder/terms.csv): lists and arrays are vectors, dicts maps.
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "vector", "lists": "vectors", "List": "Vector", "Lists": "Vectors",
        "array": "vector", "arrays": "vectors", "Array": "Vector", "Arrays": "Vectors",
        "dictionary": "map", "dictionaries": "maps", "Dictionary": "Map", "dict": "map",
        "True": "true", "False": "false",
    }  # fmt: skip

    def ident(self, name: str) -> str:
        if name in _RENAMED:
            return _RENAMED[name]
        return super().ident(name + "_" if name in _LIBC else name)

    def prepare(self) -> None:
        runtime()  # the precompiled header, built where missing

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        """``t`` as a C++ type (MultiPL-E's choices); raises Untypable for what C++ cannot say here."""
        match t:
            case IntType():
                return "long"
            case FloatType():
                return "float"
            case BoolType():
                return "bool"
            case StrType():
                return "std::string"
            case ListType(elem) | TupleType((elem,), True):
                return f"std::vector<{self.type_text(elem)}>"
            case TupleType(items):
                return "std::tuple<" + ", ".join(map(self.type_text, items)) + ">"
            case SetType(elem):
                return f"std::set<{self.type_text(elem)}>"
            case DictType(key, value):
                return f"std::map<{self.type_text(key)}, {self.type_text(value)}>"
            case OptionalType(NoneType() | OptionalType()):
                raise Untypable(f"{t} has no C++ type")
            case OptionalType(inner):
                return f"std::optional<{self.type_text(inner)}>"
            case NoneType():
                raise Untypable("None outside an Optional has no C++ value type")
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no C++ type")
            case AnyType():  # a parameter's (MultiPL-E's List[Any]); a result of it cannot be compared
                return "std::any"
        raise Untypable(f"type {t} is not known precisely enough for C++")

    def _written(self, t: Type) -> str:
        """``t`` as C++, with MultiPL-E's ``long`` where nothing says more (an empty list's items)."""
        return self.type_text(default(t))

    # --- what C++ cannot say ----------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if not isinstance(current, ListType | SetType | TupleType):
            return super().conversion(name, current)
        item = item_type(current)
        if item is None:
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(item), "__tc::sorted"
        if name == "set":
            return SetType(item), "__tc::to_set"
        return ListType(item), "__tc::to_list"

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, FloatValue | IntValue) and is_float_slot(v.type):
            x = float(v.value)
            if math.isfinite(x) and abs(x) > FLOAT_MAX:
                return f"{x!r} is beyond a C++ float's range"
        return super().check_value(v)

    # --- values -----------------------------------------------------------------------------------------

    def settle(self, declared: Type, observed: list[Type]) -> Type:
        """As every typed target settles a place; where no type it saw can be written, a union inside a
        container is ``std::any`` (MultiPL-E's ``std::vector<std::any>`` for a ``List[Any]``)."""
        settled = super().settle(declared, observed)
        if not self.typable(settled) and not isinstance(settled, UnionType) and self.typable(loose(settled)):
            return loose(settled)
        return settled

    def argument(self, v: Value, t: Type) -> str:
        """``v`` in a parameter of type ``t``: a value in a ``std::any`` place holds its own type; a string
        is a ``std::string``, so that no C function taking a ``const char*`` is a better match."""
        match t:
            case StrType() if isinstance(v, StrValue) and "\0" not in v.value:
                return f"std::string({self.string(v.value)})"
            case AnyType():
                return self._any(from_python(to_python(v)))
            case ListType(AnyType()) if isinstance(v, ListValue | TupleValue | SetValue):
                if not v.items:
                    return f"{self.type_text(t)}()"
                return f"{self.type_text(t)}({{" + ", ".join(self.argument(i, t.elem) for i in v.items) + "})"
        return self.value(v)

    def value(self, v: Value) -> str:
        try:
            text = super().value(v)
        except Untypable:  # a docstring's example of a value no C++ type holds: MultiPL-E's braces
            return self._loose(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"{self.type_text(v.type)}({text})"
        return text

    def _any(self, v: Value) -> str:
        match v:
            case IntValue(n) | BoolValue(n) if isinstance(v, IntValue):
                return f"std::any({n}L)"
            case StrValue(text):
                return f"std::any(std::string({self.string(text)}))"
        return f"std::any({self.value(v)})"

    def _loose(self, v: Value) -> str:
        match v:
            case ListValue(items) | TupleValue(items) | SetValue(items):
                return "{" + ", ".join(map(self._loose, items)) + "}"
            case DictValue(items):
                return "{" + ", ".join(f"{{{self._loose(k)}, {self._loose(x)}}}" for k, x in items) + "}"
            case StrValue(text):
                return self.string(text)
            case FloatValue(x):
                return self.float_literal(x)
            case IntValue(n):
                return str(n)
            case BoolValue(b):
                return "true" if b else "false"
        return "std::nullopt"

    def _slot(self, v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def emit_int(self, v: IntValue) -> str:
        if is_float_slot(v.type):
            return self.float_literal(float(v.value))
        if v.value == -(2**63):
            return "(-9223372036854775807L - 1)"
        return f"{v.value}" if -(2**31) <= v.value < 2**31 else f"{v.value}L"

    def emit_float(self, v: FloatValue) -> str:
        return self.float_literal(v.value)

    def float_literal(self, x: float) -> str:
        if math.isnan(x) or math.isinf(x):
            return super().float_literal(x)
        return repr(float(x)) + "f"

    def emit_bool(self, v: BoolValue) -> str:
        return "true" if v.value else "false"

    def emit_str(self, v: StrValue) -> str:
        text = self.string(v.value)
        return f"std::string({text}, {len(v.value.encode('utf-8'))})" if "\0" in v.value else text

    def emit_none(self, v: NoneValue) -> str:
        return "std::nullopt"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return self._written(self._slot(v) if self._known(v) else ListType(items_type(v))) + self._braced(v)

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or isinstance(slot, ListType):
            return self.emit_list(v)
        if not isinstance(slot, TupleType):
            return "std::make_tuple(" + ", ".join(map(self._element, v.items)) + ")"
        return self._written(slot) + "(" + ", ".join(map(self._element, v.items)) + ")"

    def emit_set(self, v: SetValue) -> str:
        return self._written(self._slot(v) if self._known(v) else SetType(items_type(v))) + self._braced(v)

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        if not isinstance(slot, DictType):
            key = v.items[0][0].type if v.items else IntType()
            value = v.items[0][1].type if v.items else IntType()
            slot = DictType(key, value)
        pairs = ", ".join(f"{{{self._element(k)}, {self._element(x)}}}" for k, x in v.items)
        return f"{self._written(slot)}({{{pairs}}})" if pairs else f"{self._written(slot)}()"

    def _known(self, v: Value) -> bool:
        return not isinstance(self._slot(v), UnknownType)

    def _braced(self, v: ListValue | TupleValue | SetValue) -> str:
        if not v.items:
            return "()"
        return "({" + ", ".join(map(self._element, v.items)) + "})"

    def _element(self, v: Value) -> str:
        """An item inside a typed container: a string as its literal (the container's type converts it)."""
        if isinstance(v, StrValue) and not isinstance(v.type, OptionalType):
            return self.emit_str(v) if "\0" in v.value else self.string(v.value)
        return self.value(v)

    def string(self, s: str) -> str:
        """A narrow literal, UTF-8 as g++ writes it: printable characters as they are, others as the octal
        escapes of their bytes (three digits, so no later character extends them)."""
        out = []
        for ch in s:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif ord(ch) < 32 or (ord(ch) >= 127 and not ch.isprintable()):
                out.extend(f"\\{byte:03o}" for byte in ch.encode("utf-8"))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's: ``// `` before each line of the stripped docstring. A backslash ending a line would
        continue the comment onto the next line of code (spaces between do not stop it): ``//`` follows it."""
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()] or [""]
        return "\n".join(f"// {line}".rstrip() + (" //" if line.endswith("\\") else "") for line in lines)

    def param_text(self, name: str, t: Type) -> str:
        try:
            return f"{self.type_text(t)} {self.ident(name)}"
        except Untypable:
            return f"std::any {self.ident(name)}"

    def return_text(self, suite: Suite) -> str:
        try:
            return self.type_text(self.return_type(suite))
        except Untypable:
            return "std::any"

    def signature_text(self, suite: Suite) -> str:
        sig: Signature = suite.signature
        params = ", ".join(self.param_text(p.name, p.type) for p in sig.params)
        return f"{self.return_text(suite)} {self.ident(sig.name)}({params}) {{"

    # --- harness ----------------------------------------------------------------------------------------

    def compile(self, suite: Suite) -> Compiled:
        """A suite whose results hold floats is judged at what a float holds: every relative tolerance (the
        suite's default, ``math.isclose``'s, ``pytest.approx``'s) is at least ``FLOAT_REL``; an absolute one
        (``abs(f(x) - v) < eps``) is kept as written."""
        if mentions_float(suite.checks, self.return_type(suite)):
            suite = replace(
                suite,
                tolerance=widened(suite.tolerance),
                checks=tuple(
                    replace(c, tolerance=widened(c.tolerance)) if c.tolerance else c for c in suite.checks
                ),
            )
        return super().compile(suite)

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        if has_any(result):
            raise Untypable(f"a result of type {result} has no C++ type to compare")
        params = suite.signature.params
        call = self.call_text(
            self.ident(suite.signature.name),
            [self.argument(a, p.type) for a, p in zip(args, params, strict=True)],
        )
        for step in steps:
            call = f"{step}({call})"
        relation = check.relation
        expected = "0"
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            if isinstance(result, OptionalType) and not expected.startswith("std::optional"):
                expected = f"{self.type_text(result)}({expected})"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if not isinstance(result, OptionalType):
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE) and not isinstance(result, BoolType):
            raise Untypable(f"`is True/False` on a result of type {result}")
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "expected": expected,
            "tol": f"{{{tolerance.rel!r}, {tolerance.abs!r}, {'true' if tolerance.strict else 'false'}}}",
            "line": check.span.line,
            "text": inert(check.text),
        }


def inert(text: str) -> str:
    """One line that a // comment holds to its end (no trailing backslash splices the next line in)."""
    line = text.splitlines()[0] if text.strip() else ""
    return line.rstrip("\\ ")
