"""Ruby 3.1: arrays for lists and tuples, hashes for dicts, ``Set`` (required by the prelude) for sets.

Integers are unbounded (bignums); an int in a float slot is written as a float, because Ruby's ``/`` on two
integers floors where Python's does not. Strings are double-quoted with ``#`` escaped (no interpolation).
"""

from __future__ import annotations

import re
from typing import ClassVar

from emitters.base import Emitter, Install, Runtime, WarmWorker
from ir import DictValue, FloatType, IntValue, ListValue, OptionalType, Param, SetValue, TupleValue

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "#": "\\#",  # "#{", "#$" and "#@" would interpolate
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
    "\x1b": "\\e",
}
# Comment lines Ruby would read as magic comments: "coding: x" anywhere on the first line, "key: value" for
# these keys anywhere in the first comment block.
_CODING = re.compile(r"coding\s*[:=]", re.I)
_MAGIC = re.compile(
    r"^\s*(-\*-.*)?\s*(frozen.string.literal|warn.indent|warn.past.scope|shareable.constant.value)\s*[:=]",
    re.I,
)
# Ruby ends a script at NUL, ^D and ^Z, even inside a comment.
_ENDS_SCRIPT = re.compile("[\x00\x04\x1a]")


class RubyEmitter(Emitter):
    name = "rb"
    aliases = ("ruby",)
    display = "Ruby"
    file_ext = "rb"
    multipl_t = False
    string_reading = "backslash"  # its harness prints values in Ruby's inspect notation: grammars/values_rb
    stop_tokens = ("\nclass", "\ndef", "\n#", "\n\n")
    none_literal = "nil"
    nan_literal = "Float::NAN"
    inf_literal = "Float::INFINITY"
    neg_inf_literal = "(-Float::INFINITY)"
    string_escapes = _ESCAPES
    control_escape = bmp_escape = "\\u{:04x}"
    astral_escape = "\\u{{{:x}}}"
    runtime = Runtime(
        interpreters=("ruby", "ruby3.1"),
        run=("{interpreter}", "{file}"),
        parse_only=("{interpreter}", "-c", "{file}"),  # compiles without running (no BEGIN blocks either)
        install=Install(debian=("ruby",)),
        # a fork of a started Ruby (RubyGems loaded) per program: start-up is most of a harness's run
        # (DATA, the text after __END__, exists only in a script Ruby was started with)
        worker=WarmWorker("worker.rb", ("{worker}",), process_only=("__END__",)),
    )
    stub_body = "  return nil\nend\n"
    comment_prefix = "#"
    int_bits = None  # bignums
    reserved = frozenset(
        {
            "BEGIN", "END", "__ENCODING__", "__END__", "__FILE__", "__LINE__", "alias", "and", "begin",
            "break", "case", "class", "def", "do", "else", "elsif", "end", "ensure", "false", "for",
            "if", "in", "module", "next", "nil", "not", "or", "redo", "rescue", "retry", "return", "self",
            "super", "then", "true", "undef", "unless", "until", "when", "while", "yield",
            # methods Ruby itself calls on any object: a top-level def of one would change every object
            "initialize", "method_missing", "respond_to_missing", "to_ary", "to_str", "to_hash", "to_proc",
            "to_s", "inspect", "hash", "coerce", "send", "object_id", "method", "class_eval",
        }
    )  # fmt: skip
    # The harness calls these by name after the solution is loaded (the rest through explicit receivers).
    harness_names = frozenset({"require", "lambda", "proc", "raise", "loop"})
    vocabulary: ClassVar[dict[str, str]] = {
        "list": "array",
        "lists": "arrays",
        "List": "Array",
        "Lists": "Arrays",
        "tuple": "array",
        "tuples": "arrays",
        "Tuple": "Array",
        "dictionary": "hash",
        "dictionaries": "hashes",
        "Dictionary": "Hash",
        "dict": "hash",
        "None": "nil",
        "True": "true",
        "False": "false",
    }

    # --- names and comments -----------------------------------------------------------------------------

    def ident(self, name: str) -> str:
        # A name starting with a capital (or a title-case letter) is a constant in Ruby, never a parameter.
        first = name[:1]
        if first.lower() != first:
            name = first.lower() + name[1:]
        if name[:1].isupper() or name[:1].istitle():  # a capital without a small letter
            name = "_" + name
        return super().ident(name)

    def comment(self, text: str) -> str:
        lines = [_ENDS_SCRIPT.sub(lambda m: f"\\x{ord(m.group()):02x}", line) for line in text.splitlines()]
        lines = [f". {line.strip()}" if _MAGIC.match(line) else line for line in lines]
        out = super().comment("\n".join(lines))
        if lines and _CODING.search(lines[0]):
            out = self.comment_prefix + "\n" + out  # only the first line can name the source's encoding
        return out

    def param(self, p: Param) -> str:
        text = self.ident(p.name)
        if p.default is not None:
            return f"{text} = {self.value(p.default)}"
        return f"{text} = nil" if p.has_default else text

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        slot = v.type.inner if isinstance(v.type, OptionalType) else v.type
        if isinstance(slot, FloatType) and abs(v.value) < 2**53:
            return self.float_literal(float(v.value))
        return str(v.value)

    def emit_list(self, v: ListValue | TupleValue) -> str:
        return "[" + ", ".join(map(self.value, v.items)) + "]"

    emit_tuple = emit_list

    def emit_set(self, v: SetValue) -> str:
        return "Set[" + ", ".join(map(self.value, v.items)) + "]"

    def emit_dict(self, v: DictValue) -> str:
        return "{" + ", ".join(f"{self.value(k)} => {self.value(x)}" for k, x in v.items) + "}"

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc_{conversion}.({expr})"
