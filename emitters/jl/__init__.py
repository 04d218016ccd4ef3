"""Julia: typed literals where Julia's own inference would pick a different type than the Python one.

Julia's container types are invariant (a ``Vector{Int64}`` is not a ``Vector{Union{Int64, Nothing}}``), so
values are written with the element type of their place: ``Union{Int64, Nothing}[1, nothing]``,
``Dict{String, Int64}()``, ``Float64[]``, and ints in float places as floats.
"""

from __future__ import annotations

from typing import ClassVar

from emitters.base import Emitter, Install, Runtime, walk
from ir import (
    AnyType,
    BoolType,
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

_ESCAPES = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\a": "\\a",
            "\b": "\\b", "\f": "\\f", "\v": "\\v", "\x1b": "\\e"}  # fmt: skip
_PLAIN = (IntType, FloatType, BoolType, StrType)


class JuliaEmitter(Emitter):
    name = "jl"
    aliases = ("julia",)
    display = "Julia"
    file_ext = "jl"
    multipl_t = True
    stop_tokens = ("\nfunction", "\nmacro", "\n\n")
    none_literal = "nothing"
    nan_literal = "NaN"
    inf_literal = "Inf"
    neg_inf_literal = "-Inf"
    string_escapes = _ESCAPES
    runtime = Runtime(
        interpreters=("julia",),
        run=("{interpreter}", "--startup-file=no", "--history-file=no", "{file}"),
        parse_only=(
            "{interpreter}", "--startup-file=no", "-e",
            "ex = Meta.parseall(read(ARGS[1], String)); "
            "bad(e) = e isa Expr && (e.head in (:error, :incomplete) || any(bad, e.args)); "
            "exit(bad(ex) ? 3 : 0)",
            "{file}",
        ),
        install=Install(unavailable="install Julia from julialang.org (Debian has no package)"),
        startup_seconds=2.0,
        limit_address_space=False,  # Julia reserves its heap's address range at start-up
    )  # fmt: skip
    stub_body = "    return nothing\nend\n"
    comment_prefix = "#"
    int_bits = None  # literals past Int64 read as Int128 or BigInt
    reserved = frozenset(
        [
            "baremodule",
            "begin",
            "break",
            "catch",
            "const",
            "continue",
            "do",
            "else",
            "elseif",
            "end",
            "export",
            "false",
            "finally",
            "for",
            "function",
            "global",
            "if",
            "import",
            "let",
            "local",
            "macro",
            "module",
            "quote",
            "return",
            "struct",
            "true",
            "try",
            "using",
            "while",
            "abstract",
            "mutable",
            "primitive",
            "type",
            "where",
            "in",
            "isa",
            "outer",
        ]
    )
    harness_names = frozenset(
        [
            "abs",
            "all",
            "any",
            "collect",
            "exit",
            "first",
            "flush",
            "get",
            "haskey",
            "isempty",
            "isequal",
            "isnan",
            "iszero",
            "keys",
            "length",
            "max",
            "println",
            "repr",
            "replace",
            "showerror",
            "sort",
            "sprint",
            "zip",
            "Set",
            "Dict",
            "Float64",
            "ENV",
        ]
    )
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "nothing", "True": "true", "False": "false",
        "list": "vector", "lists": "vectors", "List": "Vector", "Lists": "Vectors",
    }  # fmt: skip

    # --- types ------------------------------------------------------------------------------------------

    def type_text(self, t: Type) -> str:
        match t:
            case IntType():
                return "Int64"
            case FloatType():
                return "Float64"
            case BoolType():
                return "Bool"
            case StrType():
                return "String"
            case NoneType():
                return "Nothing"
            case ListType(elem):
                return f"Vector{{{self.type_text(elem)}}}"
            case SetType(elem):
                return f"Set{{{self.type_text(elem)}}}"
            case DictType(key, value):
                return f"Dict{{{self.type_text(key)}, {self.type_text(value)}}}"
            case OptionalType(inner):
                return f"Union{{{self.type_text(inner)}, Nothing}}"
            case UnionType(options):
                return "Union{" + ", ".join(map(self.type_text, options)) + "}"
            case TupleType(items, True):
                return f"Tuple{{Vararg{{{self.type_text(items[0])}}}}}"
            case TupleType(items):
                return "Tuple{" + ", ".join(map(self.type_text, items)) + "}"
        return "Any"

    def annotation(self, t: Type, values: tuple[Value, ...] = ()) -> str:
        """``::T`` where Julia can hold every Python value of the place in ``T``; nothing otherwise.

        Left out for Any, for untagged unions (Julia converts a returned value into a declared Union only
        when the Union holds the value's own type) and for ints beyond Int64 (literals read as Int128).
        """
        text = self.type_text(t)
        if "Any" in text or _has_union(t) or any(_big(v) for v in values):
            return ""
        return f"::{text}"

    def signature_annotations(self, suite: Suite) -> tuple[list[str], str]:
        checks = suite.checks
        params = [
            self.annotation(p.type, tuple(c.call.args[i] for c in checks if len(c.call.args) > i))
            for i, p in enumerate(suite.signature.params)
        ]
        returns = self.annotation(suite.signature.returns, tuple(c.expected for c in checks if c.expected))
        return params, returns

    def prompt(self, suite: Suite) -> str:
        params, returns = self.signature_annotations(suite)
        return self.render("prompt.j2", suite=suite, sig=suite.signature, emitter=self, annotations=params,
                           returns=returns)  # fmt: skip

    def _needs_prefix(self, elem: Type) -> bool:
        return not isinstance(elem, _PLAIN) and not isinstance(elem, ListType | TupleType)

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        if isinstance(slot, FloatType):
            return self.float_literal(float(v.value))
        return str(v.value)

    def _elem(self, v: ListValue | SetValue) -> Type:
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        return slot.elem if isinstance(slot, ListType | SetType) else AnyType()

    def emit_list(self, v: ListValue) -> str:
        elem = self._elem(v)
        items = "[" + ", ".join(map(self.value, v.items)) + "]"
        if not v.items or self._needs_prefix(elem):
            return self.type_text(elem) + items
        return items

    def emit_set(self, v: SetValue) -> str:
        elem = self.type_text(self._elem(v))
        if not v.items:
            return f"Set{{{elem}}}()"
        return f"Set{{{elem}}}([" + ", ".join(map(self.value, v.items)) + "])"

    def emit_tuple(self, v: TupleValue) -> str:
        if len(v.items) == 1:
            return f"({self.value(v.items[0])},)"
        return "(" + ", ".join(map(self.value, v.items)) + ")"

    def emit_dict(self, v: DictValue) -> str:
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        prefix = self.type_text(slot) if isinstance(slot, DictType) else "Dict{Any, Any}"
        return prefix + "(" + ", ".join(f"{self.value(k)} => {self.value(x)}" for k, x in v.items) + ")"

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc_{conversion}({expr})"

    # --- prompt -----------------------------------------------------------------------------------------

    def docstring(self, sig: Signature) -> str:
        """A Julia docstring: a triple-quoted string, so ``\\``, ``$`` and ``\"\"\"`` are escaped."""
        text = (
            self.prompt_docstring(sig).replace("\\", "\\\\").replace("$", "\\$").replace('"""', '\\"\\"\\"')
        )
        body = "\n".join(f"    {line}".rstrip() for line in text.splitlines())
        return f'"""\n{body}\n    """'

    def param(self, p: Param, annotation: str) -> str:
        text = self.ident(p.name) + annotation
        return text + (f" = {self.value(p.default)}" if p.default is not None else "")


def _has_union(t: Type) -> bool:
    match t:
        case UnionType():
            return True
        case ListType(elem) | SetType(elem):
            return _has_union(elem)
        case DictType(key, value):
            return _has_union(key) or _has_union(value)
        case OptionalType(inner):
            return _has_union(inner)
        case TupleType(items):
            return any(map(_has_union, items))
    return False


def _big(v: Value) -> bool:
    return any(isinstance(part, IntValue) and not -(2**63) <= part.value < 2**63 for part in walk(v))
