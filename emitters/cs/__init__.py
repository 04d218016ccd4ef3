"""C# on Mono: typed. Every value and comparison takes the IR type of its place.

MultiPL-E's layout: the usings, ``class Problem {``, the docstring as ``//`` lines and
``public static long F(List<long> lst) {`` (the entry point camel-cased); the completion stops at the
method's closing brace (``\\n    }\\n``), which the harness supplies. Ints are ``long``, floats ``double``
(MultiPL-E's ``float`` is single precision, which no Python float is), lists ``List<T>``, tuples
``Tuple<...>`` (Mono's mcs does not parse value-tuple types inside type arguments: ``List<(long, long)>``
is a syntax error there), dicts ``Dictionary<K, V>``, sets ``HashSet<T>``, and Optional ``Nullable<T>``
for the value types (``long``, ``double``, ``bool``) and the type itself for the others. A check that C#
cannot type (Any, unions, mixed lists, None alone) is a diagnostic for that check alone.

A program is compiled by ``mcs`` and run by ``mono`` inside one sandboxed command; a compile error exits 3
with nothing on stdout, and ``parse_only`` compiles without running.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar

import jinja2

from emitters.base import LazyRuntime, Runtime
from emitters.cs.mono import prelude_key, runtime
from emitters.typed import TypedEmitter, Untypable
from ir import (
    BoolType,
    Check,
    DictType,
    DictValue,
    DocExample,
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
    Suite,
    TupleType,
    TupleValue,
    Type,
    UnionType,
    Value,
    coerce,
    fits,
)

USINGS = (
    "System", "System.Numerics", "System.Diagnostics", "System.Collections.Generic", "System.Linq",
    "System.Text", "System.Security.Cryptography",
)  # fmt: skip
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
# C#'s line terminators: each would end a // comment early.
_LINE_BREAKS = str.maketrans({"\r": " ", "\x85": " ", "\u2028": " ", "\u2029": " "})
# The names the harness's class Problem holds, and its own class.
_TAKEN = frozenset({"Main", "Problem", "__TC"})
_KEYWORDS = frozenset(
    """abstract as base bool break byte case catch char checked class const continue decimal default
    delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit
    in int interface internal is lock long namespace new null object operator out override params private
    protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this
    throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while""".split()
)


class CSharpEmitter(TypedEmitter):
    name = "cs"
    aliases = ("csharp", "c#")
    display = "C#"
    file_ext = "cs"
    ascii_identifiers = True  # mcs reads Unicode letters, but escapes in names are not worth the risk
    lone_surrogates = True  # a C# string is UTF-16: "\ud800" is a string
    bool_is_int = False  # typed: a bool is never compared with an int
    max_items = 20_000  # one literal is one method's code: mcs compiles it, the JIT takes its time
    stop_tokens = ("\n    }\n",)
    none_literal = "null"
    nan_literal = "double.NaN"
    inf_literal = "double.PositiveInfinity"
    neg_inf_literal = "double.NegativeInfinity"
    string_escapes = _ESCAPES
    control_escape = bmp_escape = "\\u{:04x}"
    astral_escape = "\\U{:08x}"
    runtime: ClassVar[Runtime] = LazyRuntime(runtime)  # type: ignore[assignment]
    stub_body = "        throw new NotImplementedException();\n"
    comment_prefix = "//"
    int_bits = 64
    reserved = _KEYWORDS
    harness_names = frozenset()  # the harness's code is in class __TC and Main: no solution name is either
    vocabulary: ClassVar[dict[str, str]] = {}  # MultiPL-E keeps the docstring's words for C#

    # --- names ------------------------------------------------------------------------------------------

    def prepare(self) -> None:
        runtime()  # the compiled prelude, built where missing

    @cached_property
    def env(self) -> jinja2.Environment:
        env = super().env
        env.filters.update(prelude_key=prelude_key)
        return env

    def method_name(self, name: str) -> str:
        """MultiPL-E's entry point: the Python name in CamelCase (``has_close_elements`` ->
        ``HasCloseElements``), renamed where it would clash with the harness's own members."""
        name = self.ident(name)
        camel = "".join(part[:1].upper() + part[1:] for part in name.split("_")) or name
        if not camel[:1].isalpha():  # "_1x" camel-cases to "1x", which no C# name may start with
            camel = "_" + camel
        return camel + "_" if camel in _TAKEN else camel

    def call_text(self, function: str, args: list[str]) -> str:
        return f"{self.method_name(function)}({', '.join(args)})"

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        match t:
            case IntType():
                return "long"
            case FloatType():
                return "double"
            case BoolType():
                return "bool"
            case StrType():
                return "string"
            case ListType(elem) | TupleType((elem,), True):
                return f"List<{self.type_text(elem)}>"
            case SetType(elem):
                return f"HashSet<{self.type_text(elem)}>"
            case DictType(key, value):
                if isinstance(key, OptionalType):
                    raise Untypable("a dict with a None key has no C# form (Dictionary keys are never null)")
                return f"Dictionary<{self.type_text(key)}, {self.type_text(value)}>"
            case TupleType(items) if 1 <= len(items) <= 7:
                return f"Tuple<{', '.join(map(self.type_text, items))}>"
            case TupleType(items):
                raise Untypable(f"a tuple of {len(items)} items has no C# Tuple type here")
            case OptionalType(inner):
                if isinstance(inner, OptionalType | NoneType):
                    raise Untypable(f"type {t} has no C# form (null inside null)")
                text = self.type_text(inner)
                return f"Nullable<{text}>" if isinstance(inner, IntType | FloatType | BoolType) else text
            case NoneType():
                raise Untypable("None alone has no C# type")
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no C# type")
        raise Untypable(f"type {t} is not known precisely enough for C#")

    def _slot(self, v: Value) -> Type:
        return v.type.inner if isinstance(v.type, OptionalType) else v.type

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if not isinstance(current, ListType | SetType):
            return super().conversion(name, current)
        elem = self.type_text(current.elem)
        if name == "sorted":
            return ListType(current.elem), "__TC.Sorted"
        if name == "set":
            return SetType(current.elem), f"new HashSet<{elem}>"
        return ListType(current.elem), f"new List<{elem}>"

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        if v.value == -(2**63):
            return "long.MinValue"  # 9223372036854775808L alone is out of range
        return f"{v.value}L"

    def emit_float(self, v: FloatValue) -> str:
        return self.float_literal(v.value)

    def float_literal(self, x: float) -> str:
        text = super().float_literal(x)
        if text[-1:].isdigit() and "." not in text and "e" not in text:
            text += ".0"
        return text

    def emit_none(self, v: NoneValue) -> str:
        return "null"

    def emit_list(self, v: ListValue | TupleValue | SetValue) -> str:
        slot = self._slot(v)
        kind = "HashSet" if isinstance(slot, SetType) else "List"
        if isinstance(slot, ListType | SetType):
            elem = slot.elem
        elif isinstance(slot, TupleType) and slot.variadic:
            elem = slot.items[0]
        else:
            raise Untypable(f"a {type(v).__name__} in a slot of type {slot}")
        text = f"new {kind}<{self.type_text(elem)}>"
        if not v.items:
            return text + "()"
        return text + "{" + ", ".join(map(self.value, v.items)) + "}"

    emit_set = emit_list

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if isinstance(slot, ListType | SetType) or (isinstance(slot, TupleType) and slot.variadic):
            return self.emit_list(v)
        return f"new {self.type_text(slot)}(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_dict(self, v: DictValue) -> str:
        text = f"new {self.type_text(self._slot(v))}"
        if not v.items:
            return text + "()"
        return text + "{" + ", ".join(f"{{{self.value(k)}, {self.value(x)}}}" for k, x in v.items) + "}"

    def check_value(self, v: Value) -> str | None:
        slot = self._slot(v)
        if isinstance(v, TupleValue) and not v.items and not (isinstance(slot, TupleType) and slot.variadic):
            return "an empty tuple has no C# form"  # one of varying length is a List, empty or not
        return super().check_value(v)

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's comment: ``    // `` before each line, indentation and blank lines dropped; no line
        terminator of C#'s (\\r, U+0085, U+2028...) is left to end it early."""
        lines = [line.strip() for line in text.translate(_LINE_BREAKS).strip().splitlines()]
        return "\n".join(f"    // {line}".rstrip() for line in lines if line) or "    //"

    def prompt_docstring(self, sig: Signature) -> str:
        """The docstring in C#'s words, each example whose values fit the signature's types in C# syntax
        (typed as the parameters are); any other example is left as Python wrote it."""
        lines = [(line, False) for line in (sig.docstring or "").splitlines()]
        for example in reversed(sig.examples):
            end = example.line + example.source_lines + example.want_lines
            try:
                new = self._example_lines(sig, example, lines[example.line][0])
            except Untypable:
                lines[example.line : end] = [(text, True) for text, _ in lines[example.line : end]]
                continue
            lines[example.line : end] = [(text, True) for text in new]
        return "\n".join(text if literal else self.reword(text) for text, literal in lines)

    def _example_lines(self, sig: Signature, example: DocExample, first: str) -> list[str]:
        indent = first[: len(first) - len(first.lstrip())]
        args = list(example.call.args)
        if len(args) > len(sig.params) or example.call.conversions:
            raise Untypable("not a plain call")
        for i, (arg, param) in enumerate(zip(args, sig.params, strict=False)):
            if not fits(arg, param.type):
                raise Untypable(f"argument {i} does not fit")
            args[i] = coerce(arg, param.type)
        for param in sig.params[len(args) :]:  # C# has no defaults here: the example shows them
            if param.default is None or not fits(param.default, param.type):
                raise Untypable(f"no constant default for {param.name}")
            args.append(coerce(param.default, param.type))
        new = [f"{indent}>>> {self.call_text(sig.name, [self.value(a) for a in args])}"]
        if example.expected is not None:
            if not fits(example.expected, sig.returns):
                raise Untypable("the output does not fit the return type")
            new.append(indent + self.value(coerce(example.expected, sig.returns)))
        return new

    def signature_text(self, suite: Suite) -> str:
        sig = suite.signature
        params = ", ".join(f"{self._type_or_object(p.type)} {self.ident(p.name)}" for p in sig.params)
        returns = self._type_or_object(self.return_type(suite))
        return f"    public static {returns} {self.method_name(sig.name)}({params}) {{"

    def _type_or_object(self, t: Type) -> str:
        try:
            return self.type_text(t)
        except Untypable:  # every check is then diagnosed; the prompt still compiles
            return "object"

    def usings(self) -> str:
        return "".join(f"using {u};\n" for u in USINGS)

    # --- harness ----------------------------------------------------------------------------------------

    def inert(self, text: str) -> str:
        """One line of text that a // comment holds to its end."""
        return text.translate(_LINE_BREAKS).splitlines()[0] if text.strip() else ""

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(suite.signature.name, [self.value(a) for a in args])
        for step in steps:
            call = f"{step}({call})"
        relation = check.relation
        test = ""
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            # typed: mcs checks that the expected value converts to the result's type
            test = f"__TC.Same<{self.type_text(result)}>(v, {expected}, tol)"
            if relation is Relation.NOT_EQUALS:
                test = f"!{test}"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = "__TC.Truthy(v)" if relation is Relation.TRUTHY else "!__TC.Truthy(v)"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            # Any C# value can be compared with null: a long or a List that is never null is not None.
            test = "(object)v == null" if relation is Relation.IS_NONE else "(object)v != null"
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = "v" if relation is Relation.IS_TRUE else "!v"
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "type": self.type_text(result),
            "test": test,
            "tol": f"{self.float_literal(tolerance.rel)}, {self.float_literal(tolerance.abs)}, "
            f"{'true' if tolerance.strict else 'false'}",
            "line": check.span.line,
            "text": self.inert(check.text),
        }
