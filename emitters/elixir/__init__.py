"""Elixir (1.14, on the BEAM): lists, tuples ``{a, b}``, maps ``%{k => v}``, MapSets, ``nil`` for None.

The solution is MultiPL-E's module ``HumanEval``; the harness calls ``HumanEval.<entry>(...)``, and its
helpers are closures bound in the script after the solution (no module to compile, none a solution can
replace). The BEAM has no NaN or infinity: a check holding one is skipped with that reason.
"""

from __future__ import annotations

import inspect
import math
import re
from typing import ClassVar

from emitters.base import Emitter, Install, Runtime
from ir import (
    Check,
    DictValue,
    FloatValue,
    ListValue,
    SetValue,
    Signature,
    Suite,
    TupleValue,
    Value,
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "#": "\\#", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\a": "\\a",
            "\b": "\\b", "\f": "\\f", "\v": "\\v", "\x1b": "\\e", "\0": "\\0"}  # fmt: skip

# Kernel's functions and macros and the special forms: a function of the module named like one of them
# clashes with the import when called without the module (the prompt's `candidate` does), and a variable
# named like one reads oddly; both get a trailing underscore.
_KERNEL = frozenset(
    """abs alias and apply binary_part binary_slice binding bit_size byte_size case ceil cond dbg def
    defdelegate defexception defguard defguardp defimpl defmacro defmacrop defmodule defoverridable defp
    defprotocol defstruct destructure div elem exit floor fn for get_and_update_in get_in hd if import in
    inspect is_atom is_binary is_bitstring is_boolean is_exception is_float is_function is_integer is_list
    is_map is_map_key is_nil is_number is_pid is_port is_reference is_struct is_tuple length make_ref
    map_size max min node not or pop_in put_elem put_in quote raise receive rem require reraise round self
    send sigil_C sigil_D sigil_N sigil_R sigil_S sigil_T sigil_U sigil_W sigil_c sigil_r sigil_s sigil_w
    spawn spawn_link spawn_monitor struct super tap then throw tl to_char_list to_charlist to_string trunc
    try tuple_size unless unquote unquote_splicing update_in use with""".split()
)

# How a program starts: the BEAM itself (`erl`), with Elixir's library on its code path and Elixir's command
# line started in it (what the `elixir` script does, less two shells), one scheduler of each kind and no
# busy waiting (a program is one short sequential run; fewer threads start, and none spins after it), and no
# crash dump (an abort ends at once). $0 is the `elixir` found on PATH: its library lies in ../lib.
#
# The JIT of OTP 25 maps its code through a memfd that it sizes with ftruncate: under the sandbox's file
# size limit (the output cap) that raises SIGXFSZ and kills the BEAM at start. Ignored (inherited through
# exec), the ftruncate fails and the JIT maps its code another way; output past the cap is then an error
# on write, which stops the harness before its `done` line.
_BOOT = (
    'trap \'\' XFSZ; lib=$(dirname "$(readlink -f "$0")")/../lib; '
    "ERL_CRASH_DUMP_SECONDS=0 exec erl +S 1:1 +SDcpu 1:1 +SDio 1 +sbwt none +sbwtdcpu none +sbwtdio none "
    '-noshell -pa "$lib"/*/ebin -s elixir start_cli -extra "$@"'
)
# Parses the file, then compiles each of its modules (a module's body runs as it compiles, as it does when
# the file runs): a syntax error, or an undefined function or variable in a module, exits 3.
_COMPILE_MODULES = """try do
  file = hd(System.argv())
  forms = case Code.string_to_quoted!(File.read!(file), file: file) do
    {:__block__, _, forms} -> forms
    form -> [form]
  end
  for {:defmodule, _, _} = form <- forms, do: Code.eval_quoted(form, [], file: file)
  System.halt(0)
rescue
  e -> IO.puts(:stderr, Exception.format(:error, e, __STACKTRACE__)); System.halt(3)
end"""


# What a docstring may hold that an Elixir heredoc cannot take as it is: control characters but newline and
# tab, and lone surrogates.
_DOC_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def _doc_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\\\u{code:04x}" if 0xD800 <= code <= 0xDFFF else f"\\u{{{code:X}}}"


class ElixirEmitter(Emitter):
    name = "elixir"
    aliases = ("ex",)
    display = "Elixir"
    file_ext = "exs"
    notation = "elixir"  # grammars/values_elixir.lark: Elixir's own notation
    string_reading = "backslash"
    stop_tokens = ("\ndefmodule", "\ndefp", "\ndef ", "\n#", "\n\n")
    none_literal = "nil"
    # The BEAM has no NaN or infinity (check_value skips such values); these only bound a tolerance.
    nan_literal = ":nan"
    inf_literal = "1.7976931348623157e308"
    neg_inf_literal = "-1.7976931348623157e308"
    string_escapes = _ESCAPES
    control_escape = "\\u{{{:X}}}"
    bmp_escape = astral_escape = "\\u{{{:X}}}"
    runtime = Runtime(
        interpreters=("elixir",),
        run=("/bin/sh", "-c", _BOOT, "{interpreter}", "{file}"),
        parse_only=("/bin/sh", "-c", _BOOT, "{interpreter}", "-e", _COMPILE_MODULES, "{file}"),
        version=("{interpreter}", "--version"),
        plain=("{interpreter}", "{file}"),  # the Debian `elixir` script, as MultiPL-E runs Elixir
        install=Install(debian=("elixir",)),
        startup_seconds=1.0,
        # The BEAM reserves address space at start and aborts (no catchable error) when an allocation
        # fails: memory is bounded by the run's cgroup, whose OOM kill is the evidence of OutOfMemory.
        limit_address_space=False,
    )
    stub_body = "    nil\n  end\nend\n"
    comment_prefix = "#"
    int_bits = None  # integers are bignums
    ascii_identifiers = True
    reserved = frozenset(
        {"true", "false", "nil", "when", "and", "or", "not", "in", "fn", "do", "end", "catch", "rescue",
         "after", "else", "__MODULE__", "__DIR__", "__ENV__", "__CALLER__", "__STACKTRACE__", "__aliases__",
         "__block__"}
    ) | _KERNEL  # fmt: skip
    # `candidate` is the prompt's alias of the entry point (MultiPL-E's layout).
    harness_names = frozenset({"candidate"})
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "nil", "True": "true", "False": "false",
        "dictionary": "map", "dictionaries": "maps", "Dictionary": "Map", "Dictionaries": "Maps",
        "dict": "map", "dicts": "maps",
    }  # fmt: skip

    # --- what the BEAM cannot say -----------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, FloatValue) and not math.isfinite(v.value):
            return f"{v.value!r} is not a float on the BEAM (no NaN or infinity)"
        return super().check_value(v)

    # --- names ------------------------------------------------------------------------------------------

    def ident(self, name: str) -> str:
        """Elixir's functions and variables start with a lower-case letter: a capital initial is lower-cased
        (``F`` -> ``f``), and a leading underscore gets an ``x`` before it (``_`` cannot be read, and ``_x``
        says "unused")."""
        if not name.isascii():  # as the base spells it, before the rules below look at the initial
            name = "".join(c if c.isascii() else f"_u{ord(c):x}" for c in name)
        if name[:1].isupper():
            name = name[0].lower() + name[1:]
        if name.startswith("_"):
            name = "x" + name
        return super().ident(name)

    # --- values -----------------------------------------------------------------------------------------

    def float_literal(self, x: float) -> str:
        """Elixir writes a float with digits on both sides of the point: ``1.0e-6``, never ``1e-06``."""
        if not math.isfinite(x):
            return super().float_literal(x)
        text = repr(float(x))
        mantissa, _, exponent = text.partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        return mantissa + (f"e{int(exponent)}" if exponent else "")

    def emit_list(self, v: ListValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    def emit_tuple(self, v: TupleValue) -> str:
        return "{" + ", ".join(map(self.value, v.items)) + "}"

    def emit_set(self, v: SetValue) -> str:
        if not v.items:
            return "MapSet.new()"
        return "MapSet.new([" + ", ".join(map(self.value, v.items)) + "])"

    def emit_dict(self, v: DictValue) -> str:
        return "%{" + ", ".join(f"{self.value(k)} => {self.value(x)}" for k, x in v.items) + "}"

    # --- harness parts ----------------------------------------------------------------------------------

    def call(self, check: Check, suite: Suite) -> str:
        """``HumanEval.f(...)``: the function of the solution's module, with its conversions applied."""
        args = [self.value(a) for a in check.call.args]
        expr = self.call_text("HumanEval." + self.ident(suite.signature.name), args)
        for conversion in check.call.conversions:
            expr = self.convert(expr, conversion)
        return expr

    def convert(self, expr: str, conversion: str) -> str:
        return f"tc_convert.(:{conversion}, {expr})"

    # --- prompt -----------------------------------------------------------------------------------------

    def doc(self, sig: Signature) -> str:
        """The docstring as ``@doc`` heredoc: ``\\``, ``#{`` and ``\"\"\"`` cannot end or interpolate it,
        control characters are escapes, and a lone surrogate (no Elixir character) is inert text."""
        text = self.prompt_docstring(sig).replace("\\", "\\\\").replace("#{", "\\#{").replace('"""', '\\"""')
        text = _DOC_UNSAFE.sub(_doc_escape, text)
        body = "\n".join(f"  {line}".rstrip() for line in inspect.cleandoc(text).splitlines())
        return f'  @doc """\n{body}\n  """'

    def params(self, sig: Signature, defaults: bool) -> str:
        out = []
        for p in sig.params:
            text = self.ident(p.name)
            if defaults and p.default is not None:
                text += f" \\\\ {self.value(p.default)}"
            out.append(text)
        return ", ".join(out)
