"""Bash (GNU bash 5): every value is the text a function prints, in MultiPL-E's encoding.

MultiPL-E's convention (dataset_builder/humaneval_to_sh.py): scalars as their text, booleans ``true`` and
``false``, None ``None``, lists and tuples space-separated, lists of lists newline-separated rows, dicts
``key,value`` lines (a value may be a flat space-separated list: our extension). The harness reads what a
function prints by the expected value's *shape* (a list of numbers, rows of strings...), never by guessing,
so the observing harness prints a value the judge compares with Python's semantics: floats within the
tolerance, dicts and sets regardless of order.

Programs run through a launcher (``Runtime.run``) that splits the solution from the harness before anything
of the solution runs: the solution runs in a bash of its own that answers the harness's calls, so it can
neither redefine the harness's functions (bash has no private names) nor see its state.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from emitters.base import Emitter, Install, Runtime
from ir import (
    BoolValue,
    Check,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    Relation,
    SetValue,
    Signature,
    StrValue,
    Suite,
    TupleValue,
    Value,
)
from ir.types import (
    ANY,
    BoolType,
    DictType,
    FloatType,
    IntType,
    ListType,
    NoneType,
    OptionalType,
    SetType,
    StrType,
    TupleType,
    Type,
    UnionType,
)

# The line every harness starts with (Emitter's header): the launcher splits the program at its last one.
MARKER = "# ---- testcompiler harness: "

# The launcher: runs before any of the program. It splits the file at the harness's marker, closes a
# function that a completion cut at MultiPL-E's stop token "\n}" left open (as MultiPL-E's harness does with
# its leading "}"), reports a solution that does not parse without printing a result line, and runs the
# harness, which sends each call to a bash of its own (prelude.sh). With __tc_parse set it only checks that
# both parts parse. A file without the marker (not our harness) runs as it is.
_LAUNCH = r"""
__tc_text=$(<"$1") || exit 2
__tc_solution=${__tc_text%$'\n'"%MARKER%"*}
if [[ $__tc_solution == "$__tc_text" ]]; then
  if [[ $__tc_text != "%MARKER%"* ]]; then
    [[ -n $__tc_parse ]] && exec "$BASH" -n "$1"
    exec "$BASH" "$1"
  fi
  __tc_solution=
fi
__tc_harness=${__tc_text:${#__tc_solution}}
if ! "$BASH" -n <<<"$__tc_solution" 2>/dev/null; then
  if "$BASH" -n <<<"$__tc_solution"$'\n}' 2>/dev/null; then __tc_solution+=$'\n}'
  else "$BASH" -n <<<"$__tc_solution"; exit 2; fi
fi
if [[ -n $__tc_parse ]]; then "$BASH" -n <<<"$__tc_harness"; exit; fi
unset __tc_text
__tc_launched=1
eval "$__tc_harness"
""".replace("%MARKER%", MARKER)

# Characters a word may hold inside double quotes as they are (everything else but \ " $ ` is a control).
_PLAIN = re.compile(r"[^\x00-\x1f\x7f]*")
_WHITESPACE = re.compile(r"\s")


def _ansi_c(s: str) -> str:
    out = []
    for ch in s:
        code = ord(ch)
        if ch in "\\'":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 32 or code == 127:
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


def _word(s: str) -> str:
    """``s`` as one bash word: double-quoted, or $'...' when it holds control characters (MultiPL-E writes
    "a\\nb", which bash keeps as a backslash and an n)."""
    if _PLAIN.fullmatch(s):
        return '"' + re.sub(r'([\\"$`])', r"\\\1", s) + '"'
    return _ansi_c(s)


def _leaf(t: Type) -> str:
    """How the harness reads one scalar of type ``t``: n number, b boolean, s string, o string or None,
    a anything (None, a boolean, a number, else a string)."""
    match t:
        case IntType() | FloatType():
            return "n"
        case BoolType():
            return "b"
        case StrType():
            return "s"
        case OptionalType(inner) if isinstance(inner, StrType):
            return "o"
    if isinstance(t, UnionType) and all(isinstance(o, StrType | NoneType) for o in t.options):
        return "o"
    return "a"


def _shape(t: Type) -> str | None:
    """The shape the harness reads a printed value by: S scalar, L list, R rows, T set, D dict, then the
    leaves' kinds; None when MultiPL-E's encoding has no place for ``t``."""
    match t:
        case ListType(elem) | SetType(elem):
            kind = "T" if isinstance(t, SetType) else "L"
            if isinstance(elem, ListType | TupleType) and kind == "L":
                inner = _elements(elem)
                return None if inner is None or _container(inner) else "R" + _leaf(inner)
            return None if _container(elem) else kind + _leaf(elem)
        case TupleType():
            item = _elements(t)
            return None if item is None or _container(item) else "L" + _leaf(item)
        case DictType(key, value):
            return None if _container(key) or _container(value) else "D" + _leaf(key) + _leaf(value)
        case OptionalType(inner) if _container(inner):
            return None
    return "S" + _leaf(t)


def _kinds(values: list[Value], declared: Type | None) -> str:
    """The one kind that reads all of ``values`` (see _leaf); an empty container's from its type."""
    kinds = set()
    for v in values:
        match v:
            case IntValue() | FloatValue():
                kinds.add("n")
            case BoolValue():
                kinds.add("b")
            case StrValue():
                kinds.add("s")
            case NoneValue():
                kinds.add("none")
            case _:
                kinds.add("a")
    if not kinds:
        return _leaf(declared) if declared is not None else "a"
    if kinds == {"s", "none"}:
        return "o"
    return kinds.pop() if len(kinds) == 1 and "none" not in kinds else "a"


def _elem_type(t: Type, depth: int = 1) -> Type | None:
    for _ in range(depth):
        if isinstance(t, ListType | SetType):
            t = t.elem
        elif isinstance(t, TupleType) and t.items:
            t = t.items[0]
        else:
            return None
    return t


def _value_shape(v: Value) -> str | None:
    match v:
        case ListValue(items) | TupleValue(items):
            if items and all(isinstance(i, ListValue | TupleValue) for i in items):
                inner = [x for i in items for x in i.items]  # type: ignore[attr-defined]
                if any(isinstance(x, ListValue | TupleValue | SetValue | DictValue) for x in inner):
                    return None
                return "R" + _kinds(inner, _elem_type(v.type, 2))
            if any(isinstance(x, ListValue | TupleValue | SetValue | DictValue) for x in items):
                return None
            return "L" + _kinds(list(items), _elem_type(v.type))
        case SetValue(items):
            return "T" + _kinds(list(items), _elem_type(v.type))
        case DictValue(items):
            key = value = None
            if isinstance(v.type, DictType):
                key, value = v.type.key, v.type.value
            values = [x for _, x in items]
            if values and all(isinstance(x, ListValue | TupleValue) for x in values):
                inner = [y for x in values for y in x.items]  # type: ignore[attr-defined]
                return (
                    "D" + _kinds([k for k, _ in items], key) + "L" + _kinds(inner, _elem_type(value or ANY))
                )
            if any(isinstance(x, ListValue | TupleValue) for x in values):
                return None
            return "D" + _kinds([k for k, _ in items], key) + _kinds(values, value)
    return "S" + _kinds([v], v.type)


def _elements(t: Type) -> Type | None:
    if isinstance(t, ListType):
        return t.elem
    if isinstance(t, TupleType):
        kinds = set(map(_leaf, t.items))
        if len(kinds) == 1:
            return t.items[0]
        return NoneType() if not t.items else StrType() if kinds == {"s"} else UnionType(t.items)
    return None


def _container(t: Type) -> bool:
    if isinstance(t, OptionalType):
        return _container(t.inner)
    if isinstance(t, UnionType):
        return any(map(_container, t.options))
    return isinstance(t, ListType | TupleType | SetType | DictType)


class ShEmitter(Emitter):
    name = "sh"
    aliases = ("bash",)
    display = "Bash"
    file_ext = "sh"
    notation = "sh"  # grammars/values_sh.lark reads what the observing harness prints
    string_reading = "backslash"
    bool_is_int = False  # "true" is not "1": the texts differ
    stop_tokens = ("\n}",)  # MultiPL-E's; the launcher closes the function the stop token left open
    none_literal = '"None"'
    true_literal = '"true"'
    false_literal = '"false"'
    nan_literal = '"nan"'
    inf_literal = '"inf"'
    neg_inf_literal = '"-inf"'
    runtime = Runtime(
        interpreters=("bash",),
        run=("{interpreter}", "-c", _LAUNCH, "bash", "{file}"),
        parse_only=("{interpreter}", "-c", "__tc_parse=1\n" + _LAUNCH, "bash", "{file}"),
        version=("{interpreter}", "--version"),
        install=Install(debian=("bash",)),
    )
    stub_body = "    echo 0\n"  # a completion as MultiPL-E cuts it: the closing brace is the stop token
    comment_prefix = "#"
    int_bits = 64
    ascii_identifiers = True
    reserved = frozenset(
        "if then else elif fi case esac for select while until do done in function time coproc "
        "declare typeset local export readonly unset set shift return exit eval exec source trap "
        "echo printf read test true false break continue builtin command enable alias let cd pwd "
        "kill wait type hash getopts mapfile readarray shopt ulimit umask times jobs fg bg disown "
        "candidate run_test".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {}

    # --- what Bash cannot say ---------------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, StrValue) and "\0" in v.value:
            return "a bash string cannot hold NUL"
        if isinstance(v, ListValue | TupleValue | SetValue):
            for item in v.items:
                if isinstance(item, DictValue | SetValue):
                    return "MultiPL-E's encoding has no list of dicts or sets"
                if isinstance(item, ListValue | TupleValue):
                    if isinstance(v, SetValue):
                        return "MultiPL-E's encoding has no set of lists"
                    if any(isinstance(x, ListValue | TupleValue | SetValue | DictValue) for x in item.items):
                        return "MultiPL-E's encoding nests lists two deep at most"
                    if not item.items and item is v.items[-1]:
                        return "a trailing empty row is lost: bash's $(...) drops trailing newlines"
                elif isinstance(item, StrValue) and _WHITESPACE.search(item.value):
                    return "a list item holding whitespace is split in a space-separated list"
                elif isinstance(item, StrValue) and not item.value and len(v.items) == 1:
                    return "a list of one empty string prints as an empty list"
            if any(isinstance(i, ListValue | TupleValue) for i in v.items) and not all(
                isinstance(i, ListValue | TupleValue) for i in v.items
            ):
                return "a list mixing lists and scalars has no MultiPL-E encoding"
        if isinstance(v, DictValue):
            for key, value in v.items:
                if isinstance(key, ListValue | TupleValue | SetValue | DictValue) or isinstance(
                    value, SetValue | DictValue
                ):
                    return "the dict encoding (key,value lines) holds scalars and flat lists only"
                if isinstance(value, ListValue | TupleValue) and any(
                    isinstance(x, ListValue | TupleValue | SetValue | DictValue) for x in value.items
                ):
                    return "the dict encoding (key,value lines) holds scalars and flat lists only"
                if isinstance(key, StrValue) and ("," in key.value or "\n" in key.value):
                    return "a dict key holding a comma or a newline breaks the key,value lines"
                if isinstance(value, StrValue) and "\n" in value.value:
                    return "a dict value holding a newline breaks the key,value lines"
            if not v.items:
                return None
        return super().check_value(v)

    def unsupported(self, check: Check, suite: Suite) -> str | None:
        if check.relation is Relation.RAISES:
            return "a bash function raises nothing: it prints"
        for conversion in check.call.conversions:
            if conversion not in ("list", "tuple", "set", "sorted"):
                return f"{conversion}() of a printed text has no bash counterpart"
            if conversion == "sorted" and isinstance(suite.signature.returns, DictType):
                return "sorted() of a dict's key,value lines has no bash counterpart"
        expected = check.expected
        if isinstance(expected, StrValue) and expected.value.endswith("\n"):
            return "bash's $(...) drops the trailing newlines of what a function prints"
        reason = super().unsupported(check, suite)
        if reason is None and self.shape(check, suite) is None:
            return "MultiPL-E's encoding has no place for this return type"
        return reason

    def shape(self, check: Check, suite: Suite) -> str | None:
        """How the harness reads what the call prints: from the expected value's own shape (a suite's types
        are unions over all its checks), else from the return type."""
        returns = _shape(suite.signature.returns)
        if check.expected is None:  # truthiness, None and identity: a container reads as its text
            return returns or "Sa"
        if isinstance(check.expected, NoneValue) and returns:
            return returns
        return _value_shape(check.expected)

    # --- values -----------------------------------------------------------------------------------------

    def text(self, v: Value) -> str:
        """The text MultiPL-E's encoding gives ``v``: what a function prints for it."""
        match v:
            case NoneValue():
                return "None"
            case BoolValue(b):
                return "true" if b else "false"
            case IntValue(n):
                return str(n)
            case FloatValue(x):
                return repr(x)
            case StrValue(s):
                return s
            case ListValue(items) | TupleValue(items) | SetValue(items):
                if items and all(isinstance(i, ListValue | TupleValue) for i in items):
                    return "\n".join(map(self.text, items))
                return " ".join(map(self.text, items))
            case DictValue(items):
                return "\n".join(f"{self.text(k)},{self.text(x)}" for k, x in items)
        raise TypeError(v)

    def emit_list(self, v: Value) -> str:
        return _word(self.text(v))

    emit_tuple = emit_set = emit_dict = emit_int = emit_float = emit_bool = emit_none = emit_list

    def emit_str(self, v: StrValue) -> str:
        return _word(v.value)

    def string(self, s: str) -> str:
        return _word(s)

    # --- harness parts ----------------------------------------------------------------------------------

    def call_text(self, function: str, args: list[str]) -> str:
        return " ".join([function, *args])

    def convert(self, expr: str, conversion: str) -> str:
        return expr  # applied by the harness to the printed text (check_context's "conversions")

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        context = super().check_context(index, check, suite)
        context["shape"] = self.shape(check, suite) or "Sa"
        context["call_word"] = "'" + context["call"].replace("'", "'\\''") + "'"
        context["conversions"] = ",".join(check.call.conversions) or "-"
        return context

    # --- prompt -----------------------------------------------------------------------------------------

    def prompt_docstring(self, sig: Signature) -> str:
        """MultiPL-E's: the docstring, its examples as calls and the text they print."""
        lines = [(line, False) for line in (sig.docstring or "").splitlines()]
        for example in reversed(sig.examples):
            values = [*example.call.args, *((example.expected,) if example.expected is not None else ())]
            if any(self.unsupported_value(v) for v in values):
                continue  # no bash text for it: the example stays as Python wrote it
            first = lines[example.line][0]
            indent = first[: len(first) - len(first.lstrip())]
            call = self.call_text(self.ident(sig.name), [self.value(a) for a in example.call.args])
            new = [(f"{indent}>>> {call}", True)]
            if example.expected is not None:
                new += [(indent + line, True) for line in self.text(example.expected).split("\n")]
            end = example.line + example.source_lines + example.want_lines
            lines[example.line : end] = new
        return "\n".join(text if literal else self.reword(text) for text, literal in lines)

    def comment(self, text: str) -> str:
        return super().comment(text.replace("\0", "\\0"))  # bash drops a NUL byte, with a warning

    def argument_notes(self, sig: Signature) -> list[str]:
        """MultiPL-E's comments on how each argument is encoded."""
        notes = []
        for i, p in enumerate(sig.params, start=1):
            t = getattr(p, "type", None)
            match t:
                case ListType(elem) if isinstance(elem, ListType | TupleType):
                    notes.append(f"${i} is a newline-separated, space-separated list")
                case ListType() | TupleType() | SetType():
                    notes.append(f"${i} is a space-separated list")
                case DictType():
                    notes.append(f"${i} is a two column CSV in key,value order")
                case IntType():
                    notes.append(f"${i} is an integer")
                case FloatType():
                    notes.append(f"${i} is a floating point")
                case StrType():
                    notes.append(f"${i} is a string")
                case BoolType():
                    notes.append(f"${i} is a boolean (true or false)")
                case _:
                    notes.append(f"${i} is an argument")
        return notes
