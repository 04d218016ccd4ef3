"""OCaml: typed. Every value, comparison and printer is derived from the IR type of its place.

``Optional`` is ``option`` at every depth, dicts are association lists compared regardless of order, sets are
lists compared as sets, tuples are tuples. A check that OCaml cannot type (Any, untagged unions, tuples of
varying length, ``is None`` on a function that never returns None...) is a diagnostic for that check: the
harness is one OCaml phrase, so a single ill-typed check would otherwise sink them all.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from typing import Any, ClassVar

from emitters.base import Install, LazyRuntime, Runtime, WarmWorker
from emitters.ml.build import compile_server
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
    UnionType,
    Value,
)

_KEYWORDS = frozenset(
    """and as assert asr begin class constraint do done downto else end exception external false for fun
    function functor if in include inherit initializer land lazy let lor lsl lsr lxor match method mod module
    mutable new nonrec object of open or private rec sig struct then to true try type val virtual when while
    with""".split()
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}


@cache
def _runtime() -> Runtime:
    """OCaml's runtime: the warm worker, where its compile server is built (emitters/ml/build.py), else one
    process per program."""
    server = compile_server(shutil.which("ocaml"), OCamlEmitter().prelude())
    worker = None
    if server:
        worker = WarmWorker(
            "worker.ml",
            ("{worker}",),
            preloads_prelude=True,
            process_only=("getenv", "Unix"),
            # the prelude's names and module, and the worker's own definitions: bound in the worker before the
            # solution, not yet (or never) in `ocaml main.ml`
            solution_process_only=("__tc", "Tc_prelude"),
            env=(("TESTCOMPILER_ML_COMPILER", server[0]), ("TESTCOMPILER_ML_PRELUDE_DIR", server[1])),
        )
    return Runtime(
        interpreters=("ocaml",),
        run=("{interpreter}", "{file}"),
        # -i type-checks the whole file and prints its interface, without running or writing anything.
        version=("{interpreter}", "-version"),
        worker=worker,
        parse_only=("ocamlc", "-i", "{file}"),
        install=Install(debian=("ocaml-nox",)),
        startup_seconds=0.5,
    )


class OCamlEmitter(TypedEmitter):
    name = "ml"
    aliases = ("ocaml",)
    display = "OCaml"
    file_ext = "ml"
    multipl_t = True
    string_reading = "decimal"
    sets_as_lists = dicts_as_lists = True
    ascii_identifiers = True  # OCaml 4.13 reads Latin-1 letters at best, and no other script
    max_items = 10_000  # ocamlc's parser overflows its stack near 30,000 items in one list literal
    stop_tokens = ("\nlet", "\n(*", "\ntype")
    nan_literal = "nan"
    inf_literal = "infinity"
    neg_inf_literal = "neg_infinity"
    runtime: ClassVar[Runtime] = LazyRuntime(lambda: _runtime())  # type: ignore[assignment]

    def prepare(self) -> None:
        _runtime()  # the compile server, built where missing

    stub_body = '  failwith "stub"\n'
    comment_prefix = " *"
    int_bits = 63
    reserved = _KEYWORDS
    harness_names = frozenset(
        "compare exit failwith ignore incr not print_newline print_string ref string_of_bool string_of_int "
        "float_of_string".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {
        "True": "true", "False": "false",
        "dictionary": "association list", "dictionaries": "association lists", "dict": "association list",
    }  # fmt: skip

    def ident(self, name: str) -> str:
        if name[:1].isupper():  # capitalised names are constructors and modules in OCaml
            name = name[0].lower() + name[1:]
        return super().ident(name)

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type, position: str = "top") -> str:
        """``t`` as an OCaml type expression; ``position`` says how tightly it must bind."""
        match t:
            case IntType():
                return "int"
            case FloatType():
                return "float"
            case BoolType():
                return "bool"
            case StrType():
                return "string"
            case NoneType():
                return "unit"
            case ListType(elem) | SetType(elem):
                return f"{self.type_text(elem, 'postfix')} list"
            case DictType(key, value):
                return f"({self.type_text(key, 'item')} * {self.type_text(value, 'item')}) list"
            case OptionalType(inner):
                return f"{self.type_text(inner, 'postfix')} option"
            case TupleType(items, True):  # tuples of varying length: a list
                return f"{self.type_text(items[0], 'postfix')} list"
            case TupleType(items):
                if not items:
                    return "unit"
                if len(items) == 1:
                    return self.type_text(items[0], position)
                text = " * ".join(self.type_text(i, "item") for i in items)
                return f"({text})" if position != "top" else text
            case UnionType():
                raise Untypable(f"an untagged union ({t}) has no OCaml type")
        raise Untypable(f"type {t} is not known precisely enough for OCaml")

    def _combinator(self, t: Type, kind: str) -> str:
        """The prelude function (or lambda) comparing (``eq``), printing (``show``) or testing (``truthy``)
        values of type ``t``."""
        match t:
            case IntType() | FloatType() | BoolType() | StrType() | NoneType():
                base = type(t).__name__.removesuffix("Type").lower()
                return (
                    f"(__tc_float_{kind} tol)" if base == "float" and kind == "eq" else f"__tc_{base}_{kind}"
                )
            case ListType(elem) | SetType(elem):
                container = "set" if isinstance(t, SetType) and kind == "eq" else "list"
                return f"(__tc_{container}_{kind} {self._combinator(elem, kind)})"
            case DictType(key, value):
                if kind == "truthy":
                    return "(__tc_list_truthy ())"
                return f"(__tc_dict_{kind} {self._combinator(key, kind)} {self._combinator(value, kind)})"
            case OptionalType(inner):
                return f"(__tc_option_{kind} {self._combinator(inner, kind)})"
            case TupleType(items, True):
                return self._combinator(ListType(items[0]), kind)
            case TupleType(items) if len(items) == 1:
                return self._combinator(items[0], kind)
            case TupleType(items):
                xs = [f"x{i}" for i in range(len(items))]
                ys = [f"y{i}" for i in range(len(items))]
                parts = [self._combinator(item, kind) for item in items]
                if kind == "eq":
                    body = " && ".join(f"{p} {x} {y}" for p, x, y in zip(parts, xs, ys, strict=True))
                    return f"(fun ({', '.join(xs)}) ({', '.join(ys)}) -> {body})"
                if kind == "show":
                    shown = ' ^ ", " ^ '.join(f"{p} {x}" for p, x in zip(parts, xs, strict=True))
                    return f'(fun ({", ".join(xs)}) -> "(" ^ {shown} ^ ")")'
                return "(fun _ -> true)"
        raise Untypable(f"type {t} is not known precisely enough for OCaml")

    # --- what OCaml cannot say --------------------------------------------------------------------------

    def conversion(self, name: str, current: Type) -> tuple[Type, str | None]:
        if not isinstance(current, ListType | SetType):
            return super().conversion(name, current)
        if name == "sorted":
            return ListType(current.elem), "List.sort compare"
        return (SetType(current.elem) if name == "set" else ListType(current.elem)), None

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, TupleValue) and not v.items:
            return "an empty tuple has no OCaml form"
        return super().check_value(v)

    # --- values -----------------------------------------------------------------------------------------

    def _float_slot(self, t: Type) -> bool:
        return isinstance(t.inner if isinstance(t, OptionalType) else t, FloatType)

    def _some(self, v: Value, text: str) -> str:
        if isinstance(v.type, OptionalType) and not isinstance(v, NoneValue):
            return f"(Some {text})"  # parenthesised: it is often a function argument
        return text

    def value(self, v: Value) -> str:
        return self._some(v, super().value(v))

    def emit_int(self, v: IntValue) -> str:
        if self._float_slot(v.type):
            return self.float_literal(float(v.value))
        return f"({v.value})" if v.value < 0 else str(v.value)

    def float_literal(self, x: float) -> str:
        text = super().float_literal(x)
        return f"({text})" if text.startswith("-") else text

    def emit_none(self, v: NoneValue) -> str:
        return "None" if isinstance(v.type, OptionalType) else "()"

    def emit_list(self, v: ListValue | SetValue) -> str:
        return "[" + "; ".join(map(self.value, v.items)) + "]"

    emit_set = emit_list

    def emit_tuple(self, v: TupleValue) -> str:
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        if isinstance(slot, TupleType) and slot.variadic:
            return "[" + "; ".join(map(self.value, v.items)) + "]"
        if len(v.items) == 1:
            return self.value(v.items[0])
        return "(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_dict(self, v: DictValue) -> str:
        return "[" + "; ".join(f"({self.value(k)}, {self.value(x)})" for k, x in v.items) + "]"

    def string(self, s: str) -> str:
        out = []
        for byte in s.encode("utf-8"):
            ch = chr(byte)
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif byte < 32 or byte >= 127:
                out.append(f"\\{byte:03d}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'

    # --- prompt -----------------------------------------------------------------------------------------

    def comment(self, text: str) -> str:
        """``(** ... *)`` that OCaml's lexer cannot be tricked into ending early or into a string."""
        lines = text.splitlines() or [""]
        body = "\n".join([lines[0], *(f" * {line}".rstrip() for line in lines[1:])])
        return f"(**{body}\n*)"

    def prompt_docstring(self, sig: Signature) -> str:
        # Translated example lines hold well-formed OCaml literals; every other line is made inert.
        rendered = super().prompt_docstring(sig).splitlines()
        source_lines = self._translated_positions(sig, len(rendered))
        return "\n".join(line if i in source_lines else _inert(line) for i, line in enumerate(rendered))

    def _translated_positions(self, sig: Signature, count: int) -> set[int]:
        """Line numbers, in the rewritten docstring, of the example lines we wrote ourselves."""
        positions = set()
        shift = 0
        for example in sig.examples:
            start = example.line - shift
            positions.add(start)
            if example.expected is not None:
                positions.add(start + 1)
            new_lines = 1 + (example.expected is not None)
            shift += example.source_lines + example.want_lines - new_lines
        return {p for p in positions if p < count}

    def param_text(self, name: str, t: Type) -> str:
        try:
            return f"({self.ident(name)} : {self.type_text(t)})"
        except Untypable:
            return self.ident(name)

    def return_text(self, suite: Suite) -> str:
        try:
            return f" : {self.type_text(self.return_type(suite))}"
        except Untypable:
            return ""

    def call_text(self, function: str, args: list[str]) -> str:
        return f"{function} {' '.join(args)}" if args else f"{function} ()"

    # --- harness ----------------------------------------------------------------------------------------

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        tolerance = check.tolerance or suite.tolerance
        args, result, steps = self.typed_call(check, suite)
        call = self.call_text(self.ident(suite.signature.name), [self.value(a) for a in args])
        for step in steps:
            call = f"{step} ({call})"
        relation = check.relation
        test: str
        if relation is Relation.RAISES:
            test = ""
        elif relation in (Relation.EQUALS, Relation.NOT_EQUALS, Relation.APPROX):
            expected = self.value(self.expected_value(check, result))
            test = f"{self._combinator(result, 'eq')} v {expected}"
            if relation is Relation.NOT_EQUALS:
                test = f"not ({test})"
        elif relation in (Relation.TRUTHY, Relation.FALSY):
            test = f"{self._combinator(result, 'truthy')} v"
            if relation is Relation.FALSY:
                test = f"not ({test})"
        elif relation in (Relation.IS_NONE, Relation.IS_NOT_NONE):
            if not isinstance(result, OptionalType):
                raise Untypable(f"`is None` on a result of type {result}, which is never None")
            test = "(match v with None -> true | Some _ -> false)"
            if relation is Relation.IS_NOT_NONE:
                test = f"not {test}"
        else:
            if not isinstance(result, BoolType):
                raise Untypable(f"`is True/False` on a result of type {result}")
            test = f"v = {'true' if relation is Relation.IS_TRUE else 'false'}"
        return {
            "index": index,
            "check": check,
            "relation": relation.value,
            "call": call,
            "test": test,
            "show": self._combinator(result, "show"),
            "tol": f"({self.float_literal(tolerance.rel)}, {self.float_literal(tolerance.abs)}, "
            f"{'true' if tolerance.strict else 'false'})",
            "line": check.span.line,
            "text": _inert(check.text.splitlines()[0]),
        }


_QUOTED_STRING = re.compile(r"\{([a-z_]*)\|")


def _inert(line: str) -> str:
    """Text OCaml's comment lexer reads as plain text: no string or quoted-string openers, no nesting."""
    line = line.replace('"', "'").replace("(*", "( *").replace("*)", "* )")
    return _QUOTED_STRING.sub(lambda m: "{ " + m.group(1) + "|", line)
