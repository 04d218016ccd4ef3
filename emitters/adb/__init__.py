"""Ada (GNAT): typed, in MultiPL-E's layout (dataset_builder/humaneval_to_ada.py).

The prompt is the Placeholder package's spec (the types the signature needs, the function's declaration,
the docstring as ``--`` lines) and the start of its body, the function's header left open; the completion
stops at ``"\\n   end "``, the function's end, which the harness's first line supplies, then closes the
package. The harness follows as units of its own (its prelude package Tc_Prelude, then ``procedure Main``):
Ada needs a program unit per file, so the build splits the file with gnatchop first (emitters/adb/build.py).

Types are MultiPL-E's (emitters/adb/types.py): ``Integer`` (32 bits in GNAT: a check holding an integer
beyond that is skipped with the reason), ``Float`` (single precision: a check on a float result is judged
with the suite's relative tolerance widened to what a Float holds, as for C++), ``Boolean``, ``String``
(``Unbounded_String`` inside containers), arrays and ``Vectors``, records for tuples, ordered maps and
sets, and a variant record for Optional. Values are Ada 2022 aggregates (``[1, 2]``, ``["a" => 1]``).
A string holds Latin-1 Characters: a check with a character beyond U+00FF is skipped. What Ada cannot type
here (Any, unions, None alone, a dict key or set item without ``<``, Python's sorted()/set()/list() around
the call) is a diagnostic for that check alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, ClassVar

from emitters.adb.build import commands
from emitters.adb.types import AdaTypes, valid_name
from emitters.base import Compiled, Install, LazyRuntime, Runtime
from emitters.cpp.types import mentions_float, widened
from emitters.typed import TypedEmitter, Untypable
from ir import (
    BoolType,
    Check,
    DictValue,
    FloatType,
    FloatValue,
    IntValue,
    ListValue,
    NoneType,
    NoneValue,
    OptionalType,
    Relation,
    SetValue,
    Signature,
    StrValue,
    Suite,
    TupleType,
    TupleValue,
    Type,
    Value,
)

# MultiPL-E's ADA_KEYWORDS and STANDARD_LIBRARY_TYPES (a parameter so named gets "My_"), and the names of
# the program's units and the harness's functions.
_RESERVED = frozenset(
    """abort abs abstract accept access aliased all and array at begin body case constant declare delay delta
    digits do else elsif end entry exception exit for function generic goto if in interface is limited loop
    mod new not null of or others out overriding package pragma private procedure protected raise range record
    rem renames requeue return reverse select separate some subtype synchronized tagged task terminate then
    type until use when while with xor
    boolean integer short_short_integer short_integer long_integer long_long_integer short_float float
    long_float long_long_float string wide_string duration character positive natural
    main placeholder tc_prelude tc_eq tc_show tc_truthy ada standard system interfaces gnat""".split()
)
_INDENT = "   "
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# MultiPL-E's docstring line starts (humaneval_to_cpp's DOCSTRING_LINESTART_RE): each eats the indentation.
_LINE_START = re.compile(r"\n(\s*)")
FLOAT_MAX = 3.4028234663852886e38  # Float'Last


def _camel_to_snake(name: str) -> str:
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    name = re.sub("__([A-Z])", r"_\1", name)
    return re.sub("([a-z0-9])([A-Z])", r"\1_\2", name).lower()


@cache
def _runtime() -> Runtime:
    run, parse_only, plain = commands(AdaEmitter().prelude())
    return Runtime(
        interpreters=("gnatmake",),
        run=run,
        parse_only=parse_only,
        plain=plain,
        version=("{interpreter}", "--version"),
        install=Install(debian=("gnat",)),
        # A build is about 1 s here (most of it the container generics the prompt instantiates); several on
        # a loaded two-core machine.
        startup_seconds=5.0,
    )


class AdaEmitter(TypedEmitter):
    name = "adb"
    aliases = ("ada",)
    display = "Ada"
    file_ext = "adb"
    string_reading = "backslash"
    ascii_identifiers = True
    bool_is_int = False
    max_depth = 40
    max_items = 5_000
    stop_tokens = ("\n   end ",)  # MultiPL-E's: the harness ends the function
    true_literal = "True"
    false_literal = "False"
    none_literal = "(Valid => False)"
    nan_literal = "Tc_Prelude.Nan"
    inf_literal = "Tc_Prelude.Inf"
    neg_inf_literal = "(-Tc_Prelude.Inf)"
    runtime: ClassVar[Runtime] = LazyRuntime(_runtime)  # type: ignore[assignment]
    # The completion of the open header, up to the stop token (the harness writes `end F;`).
    stub_body = ' is\n   begin\n      return (raise Program_Error with "not implemented");\n'
    comment_prefix = "--"
    int_bits = 32  # GNAT's Integer
    reserved = _RESERVED
    vocabulary: ClassVar[dict[str, str]] = {}

    def prepare(self) -> None:
        _runtime()  # the compiled prelude, built where missing

    # --- names ------------------------------------------------------------------------------------------

    def ident(self, name: str) -> str:
        """MultiPL-E's Ada case (``sort_array``, ``sortArray`` -> ``Sort_Array``), legal in Ada: no leading,
        trailing or doubled underscore; a reserved word or a name of ours (``Tc_...``) gets ``My_``."""
        if not name.isascii():
            name = "".join(c if c.isascii() else f"_U{ord(c):x}_" for c in name)
        words = [w for w in _camel_to_snake(name).split("_") if w]
        text = "_".join(words).title()
        ours = text.lower() in self.reserved or text.lower().startswith("tc_")
        if not text or not text[0].isalpha() or ours:
            text = "My_" + text if text else "My"
        return text

    def param_name(self, name: str) -> str:
        """MultiPL-E's parameter names: lower-cased first (``numList`` -> ``Numlist``)."""
        return self.ident(name.lower() if name.isascii() else name)

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        return AdaTypes().name(t, top=True)

    def check_value(self, v: Value) -> str | None:
        reason = super().check_value(v)
        if reason:
            return reason
        if isinstance(v, FloatValue) and abs(v.value) > FLOAT_MAX and abs(v.value) != float("inf"):
            return f"float {v.value!r} is beyond Ada's Float"
        if isinstance(v, StrValue):
            wide = next((c for c in v.value if ord(c) > 255), None)
            if wide is not None:
                return f"a character beyond Latin-1 (U+{ord(wide):04X}) is not an Ada Character"
        return None

    # --- values -----------------------------------------------------------------------------------------

    def value(self, v: Value) -> str:
        return self.typed_value(v, top=True)

    def typed_value(self, v: Value, top: bool) -> str:
        """``v`` in its slot: a top-level slot (an argument, a result, a dict's key or value) holds a String,
        a nested one an Unbounded_String."""
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        match v:
            case NoneValue():
                return "(Valid => False)"
            case StrValue(text):
                text = self.string(text)
                inner = (
                    text if top and not isinstance(v.type, OptionalType) else f"To_Unbounded_String ({text})"
                )
            case IntValue(number) if isinstance(slot, FloatType):
                inner = self.float_literal(float(number))
            case IntValue(number):
                inner = str(number)
            case FloatValue(number):
                inner = self.float_literal(number)
            case ListValue(items) | SetValue(items):
                inner = "[" + ", ".join(self.typed_value(i, False) for i in items) + "]"
            case TupleValue(items) if isinstance(slot, TupleType) and not slot.variadic:
                fields = self._fields(slot)
                inner = (
                    "("
                    + ", ".join(
                        f"{f} => {self.typed_value(i, False)}" for f, i in zip(fields, items, strict=False)
                    )
                    + ")"
                )
            case TupleValue(items):
                inner = "[" + ", ".join(self.typed_value(i, False) for i in items) + "]"
            case DictValue(items):
                pairs = (f"{self.typed_value(k, True)} => {self.typed_value(x, True)}" for k, x in items)
                inner = "[" + ", ".join(pairs) + "]"
            case _:
                inner = super().value(v)
        if isinstance(v.type, OptionalType):
            return f"(Valid => True, Value => {inner})"
        return inner

    def _fields(self, t: TupleType) -> list[str]:
        types = AdaTypes()
        return [f"{valid_name(types.name(i, False))}_{n}" for n, i in enumerate(t.items, start=1)]

    def emit_list(self, v: ListValue) -> str:
        return self.typed_value(v, True)

    def emit_tuple(self, v: TupleValue) -> str:
        return self.typed_value(v, True)

    def emit_set(self, v: SetValue) -> str:
        return self.typed_value(v, True)

    def emit_dict(self, v: DictValue) -> str:
        return self.typed_value(v, True)

    def float_literal(self, x: float) -> str:
        text = super().float_literal(x)
        if text[0].isalpha() or text.startswith("(") or "." in text:
            return text
        mantissa, _, exponent = text.partition("e")  # Ada's real literal has a point: 1e-06 -> 1.0e-06
        return f"{mantissa}.0" + (f"e{exponent}" if exponent else "")

    def string(self, s: str) -> str:
        """Printable ASCII in quotes (a quote doubled), every other Character as ``Character'Val (n)``."""
        parts: list[str] = []
        run = ""
        for ch in s:
            if 32 <= ord(ch) < 127:
                run += '""' if ch == '"' else ch
                continue
            if run:
                parts.append(f'"{run}"')
                run = ""
            parts.append(f"Character'Val ({ord(ch)})")
        if run or not parts:
            parts.append(f'"{run}"')
        if not parts[0].startswith('"'):
            parts.insert(0, '""')
        return " & ".join(parts)

    def call_text(self, function: str, args: list[str]) -> str:
        return f"{function} ({', '.join(args)})" if args else function

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """MultiPL-E's docstring: ``   -- `` before the stripped text and after each line break."""
        text = text.replace("\r\n", "\n").replace("\r", " ")
        # GNAT rejects a control character even in a comment: it is written as its escape, \x1b
        text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
        start = _INDENT + "-- "
        return start + _LINE_START.sub("\n" + start, text.strip())

    def signature_parts(self, sig: Signature) -> tuple[AdaTypes, str]:
        """The suite's types and the function's header (``function F (X : Integer) return Integer``)."""
        types = AdaTypes()

        def name(t: Type) -> str:
            try:
                return types.name(t, top=True)
            except Untypable:
                return "Integer"  # the checks are all diagnosed: the prompt still reads as Ada

        params = "; ".join(f"{self.param_name(p.name)} : {name(p.type)}" for p in sig.params)
        header = f"function {self.ident(sig.name)}" + (f" ({params})" if params else "")
        return types, f"{header} return {name(sig.returns)}"

    def prompt_parts(self, sig: Signature) -> dict[str, str]:
        types, header = self.signature_parts(sig)
        imports = "\n".join(["pragma Ada_2022;", *types.import_lines()]) + "\n"
        decls = "".join(f"{_INDENT}{d}\n" for d in types.decls)
        return {"imports": imports, "decls": decls, "header": header}

    # --- harness ----------------------------------------------------------------------------------------

    def compile(self, suite: Suite) -> Compiled:
        """A suite whose results hold floats is judged at what a single-precision Float holds (as C++)."""
        if mentions_float(suite.checks, self.return_type(suite)):
            suite = replace(
                suite,
                tolerance=widened(suite.tolerance),
                checks=tuple(
                    replace(c, tolerance=widened(c.tolerance)) if c.tolerance else c for c in suite.checks
                ),
            )
        return super().compile(suite)

    def harness_parts(self, suite: Suite, checks: list[dict[str, Any]]) -> dict[str, str]:
        """What Main declares: the uses of the prompt's packages and the functions of the result types."""
        types, _ = self.signature_parts(suite.signature)
        functions: list[str] = []
        done: set[str] = set()
        for c in checks:
            functions += types.functions(c["result"], True, done)
        packages = sorted({d.split()[1] for d in types.decls if d.startswith("package ")})
        return {
            "imports": "\n".join(types.import_lines()),
            "uses": "".join(f"{_INDENT}use {p};\n" for p in packages),
            "functions": "".join(functions),
        }

    def _render_harness(self, suite: Suite, contexts: list[dict[str, Any]], observe: bool) -> str:
        if observe:
            contexts = [{k: v for k, v in c.items() if k not in ("expected", "test")} for c in contexts]
        return self.render(
            "harness.j2",
            suite=suite,
            sig=suite.signature,
            checks=contexts,
            emitter=self,
            observe=observe,
            parts=self.harness_parts(suite, contexts),
        )

    def inert(self, text: str) -> str:
        lines = text.replace("\r", " ").splitlines()
        return lines[0] if lines else ""

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        if steps:
            raise Untypable("Python's conversions of the result have no Ada equivalent here")
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        rtype = self.type_text(result)
        relation = check.relation
        expected = ""
        test = ""
        if relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            rel, abs_tol = self.float_literal(tolerance.rel), self.float_literal(tolerance.abs)
            strict = "True" if tolerance.strict else "False"
            tol = f"(Rel => {rel}, Abs_Tol => {abs_tol}, Strict => {strict})"
            test = f"Tc_Eq (Tc_V, Tc_E, {tol})"
            if relation is Relation.NOT_EQUALS:
                test = f"not {test}"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = f"{'' if relation is Relation.TRUTHY else 'not '}Tc_Truthy (Tc_V)"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if not isinstance(result, OptionalType):
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
            test = "not Tc_V.Valid" if relation is Relation.IS_NONE else "Tc_V.Valid"
        elif relation in (Relation.IS_TRUE, Relation.IS_FALSE):
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = "Tc_V" if relation is Relation.IS_TRUE else "not Tc_V"
        if isinstance(result, NoneType):
            raise Untypable("a function returning None has no Ada type here")
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "type": rtype,
            "result": result,
            "expected": expected,
            "test": test,
            "line": check.span.line,
            "text": self.inert(check.text),
        }
