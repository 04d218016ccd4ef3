"""Python: the identity target. Its harness is the reference every other language is held to."""

from __future__ import annotations

import keyword
import math

from emitters.base import Emitter, Runtime
from ir import (
    BoolValue,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    Param,
    SetValue,
    StrValue,
    TupleValue,
    Type,
    is_concrete,
)


class PythonEmitter(Emitter):
    name = "py"
    aliases = ("python",)
    display = "Python"
    file_ext = "py"
    value_grammar = "values_py.lark"  # how its harness prints values (grammars/)
    stop_tokens = ("\ndef", "\n#", "\nif", "\nclass")
    runtime = Runtime(
        startup_seconds=0.2,
        interpreters=("{python}",),
        run=("{interpreter}", "-I", "{file}"),
        parse_only=(
            "{interpreter}",
            "-I",
            "-c",
            "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')",
            "{file}",
        ),
    )
    stub_body = "    return None\n"
    comment_prefix = "#"
    int_bits = None
    reserved = frozenset(keyword.kwlist)

    def emit_int(self, v: IntValue) -> str:
        # Dynamically typed: an int stays an int even where the slot is a float (`isinstance` tells).
        return repr(v.value)

    def emit_float(self, v: FloatValue) -> str:
        return self.float_literal(v.value)

    def float_literal(self, x: float) -> str:
        if math.isnan(x):
            return 'float("nan")'
        if math.isinf(x):
            return 'float("inf")' if x > 0 else '-float("inf")'
        return repr(float(x))

    def emit_bool(self, v: BoolValue) -> str:
        return repr(v.value)

    def emit_str(self, v: StrValue) -> str:
        return self.string(v.value)

    def emit_none(self, v: NoneValue) -> str:
        return "None"

    def emit_list(self, v: ListValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    def emit_tuple(self, v: TupleValue) -> str:
        inner = ", ".join(map(self.value, v.items))
        return f"({inner},)" if len(v.items) == 1 else f"({inner})"

    def emit_set(self, v: SetValue) -> str:
        return "{" + ", ".join(map(self.value, v.items)) + "}" if v.items else "set()"

    def emit_dict(self, v: DictValue) -> str:
        return "{" + ", ".join(f"{self.value(k)}: {self.value(x)}" for k, x in v.items) + "}"

    def string(self, s: str) -> str:
        return repr(s)

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc_b.{conversion}({expr})"

    def docstring(self, text: str) -> str:
        body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
        if "\n" in body:
            body += "\n"
        elif body.endswith('"'):
            body += " "
        return '"""' + body + '"""'

    def annotation(self, t: Type) -> str:
        return str(t) if is_concrete(t) else "Any"

    def param(self, p: Param) -> str:
        text = self.ident(p.name)
        if p.annotated:
            text += f": {self.annotation(p.type)}"
        if p.default is not None:
            text += f" = {self.value(p.default)}" if p.annotated else f"={self.value(p.default)}"
        return text

    def header(self, suite_signature: object) -> str:
        from ir import Signature

        assert isinstance(suite_signature, Signature)
        sig = suite_signature
        params = ", ".join(self.param(p) for p in sig.params)
        returns = f" -> {self.annotation(sig.returns)}" if sig.returns_annotated else ""
        return f"def {self.ident(sig.name)}({params}){returns}:"

    def uses_any(self, suite_signature: object) -> bool:
        return "Any" in self.header(suite_signature)
