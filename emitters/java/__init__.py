"""Java 17: typed, in MultiPL-E's layout (``class Problem``, ``public static`` methods, ``ArrayList<Long>``).

Every value, comparison and printer takes the IR type of its place: ints are ``long`` (``Long`` inside a
generic), floats ``double`` (MultiPL-E's ``float`` rounds 0.1 to 0.100000001, beyond any tolerance), lists
``ArrayList``, dicts ``HashMap``, sets ``HashSet``, ``Optional`` for None, and tuples javatuples' (``Pair``,
``Triplet``...; Debian's libjavatuples-java, the very jar MultiPL-E's prompts import). What Java cannot type
(unions, Any, an empty tuple, ``None`` alone) is a diagnostic for that check only.

The program is one JVM: the single-file source launcher (``java main.java``) compiles it in memory with javac
and runs it, with flags that cut start-up and an AppCDS archive of the classes javac and a harness load
(``launcher.py``). A compile or type error prints nothing on stdout; the executor then asks ``javac`` alone
(``parse_only``), and the verdict is a SyntaxError, as MultiPL-E reports it.
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property
from typing import Any, ClassVar

import jinja2

from emitters.base import LazyRuntime, Runtime, walk
from emitters.java.launcher import runtime
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
    Suite,
    TupleType,
    TupleValue,
    Type,
    Value,
    coerce,
    fits,
)

# javatuples' classes by arity: Java has no tuple type of its own.
TUPLES = ("Unit", "Pair", "Triplet", "Quartet", "Quintet", "Sextet", "Septet", "Octet", "Ennead", "Decade")
# A JVM method holds 64 KB of code: the constants of one check (built in one lambda) stay well under it.
MAX_VALUES = 3000
_KEYWORDS = frozenset(
    """abstract assert boolean break byte case catch char class const continue default do double else enum
    extends final finally float for goto if implements import instanceof int interface long native new
    package private protected public return short static strictfp super switch synchronized this throw
    throws transient try void volatile while true false null var yield record sealed permits exports module
    requires _""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
# A backslash run before "u": javac reads \uXXXX escapes everywhere, comments included, before anything else
# (\u000a ends a // comment); an odd run starts one, so it is made even.
_UNICODE_ESCAPE = re.compile(r"(\\+)(?=u)")


def prelude_key(body: str) -> str:
    """Names one text of the prelude: the run command swaps in the compiled copy only for the same text."""
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def camel_case(name: str) -> str:
    """MultiPL-E's Java entry point: ``has_close_elements`` -> ``hasCloseElements``."""
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:].lower() for part in rest) or name


def inert(text: str) -> str:
    """Text that a // comment holds to the end of its line: no line break, no unicode escape."""
    text = text.replace("\r", " ").replace("\n", " ")
    return _UNICODE_ESCAPE.sub(lambda m: m.group(1) + ("\\" if len(m.group(1)) % 2 else ""), text)


class JavaEmitter(TypedEmitter):
    name = "java"
    display = "Java"
    file_ext = "java"
    lone_surrogates = True  # a Java string is UTF-16: "\ud800" is one
    stop_tokens = ("\n    }\n",)
    none_literal = "Optional.empty()"
    nan_literal = "Double.NaN"
    inf_literal = "Double.POSITIVE_INFINITY"
    neg_inf_literal = "Double.NEGATIVE_INFINITY"
    string_escapes = _ESCAPES
    control_escape = "\\{:03o}"  # octal: \u000a would be a line break in the source itself
    runtime: ClassVar[Runtime] = LazyRuntime(runtime)  # type: ignore[assignment]
    stub_body = '        throw new UnsupportedOperationException("stub");\n'
    comment_prefix = "//"
    reserved = _KEYWORDS
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "null", "True": "true", "False": "false",
        "list": "array list", "lists": "array lists", "dictionary": "hash map", "dictionaries": "hash maps",
        "dict": "hash map", "tuple": "pair", "tuples": "pairs",
    }  # fmt: skip

    def prepare(self) -> None:
        runtime()  # the compiled prelude and the class archive, made where missing

    @cached_property
    def env(self) -> jinja2.Environment:
        env = super().env
        env.filters.update(prelude_key=prelude_key)
        return env

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type, boxed: bool = False) -> str:
        """``t`` as a Java type; ``boxed`` inside a generic (``Long``, not ``long``)."""
        match t:
            case IntType():
                return "Long" if boxed else "long"
            case FloatType():
                return "Double" if boxed else "double"
            case BoolType():
                return "Boolean" if boxed else "boolean"
            case StrType():
                return "String"
            case ListType(elem) | TupleType((elem,), True):
                return f"ArrayList<{self.type_text(elem, True)}>"
            case SetType(elem):
                return f"HashSet<{self.type_text(elem, True)}>"
            case DictType(key, value):
                return f"HashMap<{self.type_text(key, True)}, {self.type_text(value, True)}>"
            case OptionalType(inner):
                return f"Optional<{self.type_text(inner, True)}>"
            case TupleType(items) if 0 < len(items) <= len(TUPLES):
                return f"{TUPLES[len(items) - 1]}<{', '.join(self.type_text(i, True) for i in items)}>"
            case TupleType(items):
                raise Untypable(f"a tuple of {len(items)} items has no javatuples class")
            case NoneType():
                raise Untypable("None alone has no Java type (Optional needs the type it holds)")
        raise Untypable(f"type {t} is not known precisely enough for Java")

    def _generic(self, t: Type) -> str:
        try:
            return self.type_text(t, True)
        except Untypable:
            return "Object"

    def param_text(self, name: str, t: Type) -> str:
        try:
            return f"{self.type_text(t)} {self.ident(name)}"
        except Untypable:
            return f"Object {self.ident(name)}"

    def return_text(self, suite: Suite) -> str:
        try:
            return self.type_text(suite.signature.returns)
        except Untypable:
            return "Object"

    def function_name(self, name: str) -> str:
        return self.ident(camel_case(name))

    # --- what Java cannot say ---------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if isinstance(current, TupleType) and current.variadic:
            current = ListType(current.items[0])
        if not isinstance(current, ListType | SetType):
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(current.elem), "__tc_sorted"
        if name == "set":
            return SetType(current.elem), None if isinstance(current, SetType) else "new HashSet<>"
        return ListType(current.elem), None if isinstance(current, ListType) else "new ArrayList<>"

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

    def value(self, v: Value) -> str:
        text = super().value(v)
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"Optional.of({text})"
        return text

    def emit_int(self, v: IntValue) -> str:
        if isinstance(self._slot(v), FloatType):
            return self.float_literal(float(v.value))
        return f"{v.value}L"

    def emit_none(self, v: NoneValue) -> str:
        return "Optional.empty()"

    def _elem(self, v: Value, kind: type[Type]) -> str:
        slot = self._slot(v)
        if isinstance(slot, kind) and hasattr(slot, "elem"):
            return self._generic(slot.elem)
        if isinstance(slot, TupleType) and slot.variadic:
            return self._generic(slot.items[0])
        return "Object"

    def emit_list(self, v: ListValue | TupleValue) -> str:
        elem = self._elem(v, ListType)
        if not v.items:
            return f"new ArrayList<{elem}>()"
        return f"new ArrayList<{elem}>(Arrays.asList({', '.join(map(self.value, v.items))}))"

    def emit_tuple(self, v: TupleValue) -> str:
        slot = self._slot(v)
        if (isinstance(slot, TupleType) and slot.variadic) or not 0 < len(v.items) <= len(TUPLES):
            return self.emit_list(v)
        return f"{TUPLES[len(v.items) - 1]}.with({', '.join(map(self.value, v.items))})"

    def emit_set(self, v: SetValue) -> str:
        elem = self._elem(v, SetType)
        if not v.items:
            return f"new HashSet<{elem}>()"
        return f"new HashSet<{elem}>(Arrays.asList({', '.join(map(self.value, v.items))}))"

    def emit_dict(self, v: DictValue) -> str:
        slot = self._slot(v)
        if isinstance(slot, DictType):
            typed = f"HashMap<{self._generic(slot.key)}, {self._generic(slot.value)}>"
        else:
            typed = "HashMap<Object, Object>"
        if not v.items:
            return f"new {typed}()"
        if len(v.items) <= 10:  # Map.of's most
            pairs = ", ".join(f"{self.value(k)}, {self.value(x)}" for k, x in v.items)
            return f"new {typed}(Map.of({pairs}))"
        entries = ", ".join(f"Map.entry({self.value(k)}, {self.value(x)})" for k, x in v.items)
        return f"new {typed}(Map.ofEntries({entries}))"

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
        """MultiPL-E's comment: ``    // `` before each line, indentation and blank lines dropped."""
        lines = [inert(line.strip()) for line in text.strip().splitlines()]
        lines = [line for line in lines if line]
        return "\n".join(f"    // {line}" for line in lines) if lines else "    //"

    @staticmethod
    def with_defaults(args: tuple[Value, ...], sig: Signature) -> list[Value]:
        """The arguments with the omitted ones' constant defaults filled in: the call passes them all."""
        filled = list(args)
        for param in sig.params[len(args) :]:
            if param.default is None:
                break
            filled.append(param.default)
        return filled

    def prompt_docstring(self, sig: Signature) -> str:
        """The base's, with the entry point camel-cased and each example's defaults written out."""
        lines = [(line, False) for line in (sig.docstring or "").splitlines()]
        for example in reversed(sig.examples):
            first = lines[example.line][0]
            indent = first[: len(first) - len(first.lstrip())]
            args = self.with_defaults(example.call.args, sig)
            typed = [_fitted(a, p.type) for a, p in zip(args, sig.params, strict=False)]
            call = self.call_text(self.function_name(sig.name), [self.value(a) for a in typed])
            new = [(f"{indent}>>> {call}", True)]
            if example.expected is not None:
                new.append((indent + self.value(_fitted(example.expected, sig.returns)), True))
            end = example.line + example.source_lines + example.want_lines
            lines[example.line : end] = new
        return "\n".join(text if literal else self.reword(text) for text, literal in lines)

    def signature_text(self, suite: Suite) -> str:
        sig = suite.signature
        params = ", ".join(self.param_text(p.name, p.type) for p in sig.params)
        return f"    public static {self.return_text(suite)} {self.function_name(sig.name)}({params}) {{"

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
            "tol": f"new double[] {{{self._double(tolerance.rel)}, {self._double(tolerance.abs)}, "
            f"{'1' if tolerance.strict else '0'}}}",
            "line": check.span.line,
            "text": inert(check.text.splitlines()[0]) if check.text.strip() else "",
        }

    def _double(self, x: float) -> str:
        return self.float_literal(float(x))


def _fitted(v: Value, t: Type) -> Value:
    """``v`` in a slot of type ``t`` where it fits (so an empty list is written with its element type)."""
    return coerce(v, t) if fits(v, t) else v
