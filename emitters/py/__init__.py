"""Python: the identity target. Its harness is the reference every other language is held to."""

from __future__ import annotations

import keyword
import re

from emitters.base import Emitter, Runtime, WarmWorker
from ir import (
    DictValue,
    ListValue,
    Param,
    SetValue,
    TupleValue,
    Type,
    is_concrete,
)

# What a docstring cannot hold as it is: NUL, CR, and lone surrogates.
_UNWRITABLE = re.compile("[\x00\r\ud800-\udfff]")


class PythonEmitter(Emitter):
    name = "py"
    aliases = ("python",)
    display = "Python"
    file_ext = "py"
    string_reading = "python"
    names_exceptions = True
    lone_surrogates = True
    sequences_alike = False
    stop_tokens = ("\ndef", "\n#", "\nif", "\nclass")
    true_literal = "True"
    false_literal = "False"
    none_literal = "None"
    nan_literal = 'float("nan")'
    inf_literal = 'float("inf")'
    neg_inf_literal = '-float("inf")'
    runtime = Runtime(
        startup_seconds=0.2,
        interpreters=("{python}",),
        run=("{interpreter}", "-I", "{file}"),
        # a fork of a started interpreter per program (worker.py): start-up is most of a harness's run. The
        # worker's frames under the program's count against the recursion limit, which it raises by as many:
        # a program that names the limit (and could see it) runs in a process of its own.
        worker=WarmWorker("worker.py", ("-I", "{worker}"), process_only=("recursionlimit",)),
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
        # NUL may not appear in source, a raw CR would read back as a newline, and a lone surrogate cannot
        # be written to a file: each is written as its escape, which reads back as the same docstring.
        body = _UNWRITABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", body)
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
