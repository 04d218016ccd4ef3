"""PHP 8: arrays for lists, tuples, sets and dicts (``array(...)``, MultiPL-E's spelling); null for None.

A PHP array is one kind of value: a list is an array keyed 0..n-1, so ``array()`` is both ``[]`` and ``{}``
and ``array(0 => "a")`` is ``["a"]``. The judge knows it (``arrays``), and so does the prelude's equality.
PHP turns the string key ``"1"`` into the integer 1 and truncates float keys: dicts with such keys have no
PHP form and their checks are skipped with the reason. Sets are arrays of their elements, compared as sets.

Names: a function may not take a keyword's or a built-in function's name, whatever its case (builtins.txt
lists PHP 8.2's with Debian's php-cli extensions); those get a trailing underscore. The warm worker
(worker.php) forks a started PHP for each program.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from emitters.base import Emitter, Install, Runtime, WarmWorker
from ir import (
    Check,
    DictValue,
    IntValue,
    ListValue,
    Param,
    SetValue,
    StrValue,
    Suite,
    TupleValue,
    Value,
)

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "$": "\\$",  # a double-quoted PHP string interpolates variables (MultiPL-E left "$" bare)
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\f": "\\f",
    "\x1b": "\\e",
}

# The names PHP reserves: no function may be called so (case-insensitively), nor redefine a built-in one
# (``function strlen($string)``, HumanEval/23, is a fatal "Cannot redeclare" in MultiPL-E's prompt).
_KEYWORDS = frozenset(
    """abstract and array as assert break callable case catch class clone const continue declare default die
    do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final
    finally fn for foreach function global goto if implements include include_once instanceof insteadof
    interface isset list match namespace new or print private protected public readonly require
    require_once return static switch throw trait try unset use var while xor yield __halt_compiler
    __class__ __line__ __function__ __dir__ __file__ __method__ __namespace__ __trait__""".split()
)
_BUILTINS = frozenset((Path(__file__).parent / "builtins.txt").read_text(encoding="ascii").split())
# Variables a parameter cannot be named.
_SPECIAL_VARIABLES = frozenset(
    "this GLOBALS _SERVER _GET _POST _FILES _COOKIE _SESSION _REQUEST _ENV".split()
)
_CANONICAL_INT = re.compile(r"(0|-?[1-9][0-9]*)\Z")  # what PHP reads as an integer key


# The same settings whatever php.ini says: errors on stderr (never among the result lines), and PHP's own
# memory limit above the run's 2 GiB (the sandbox's memory cgroup decides; where there is none, PHP's limit
# bounds the program).
_SETTINGS = ("-d", "display_errors=stderr", "-d", "log_errors=0", "-d", "memory_limit=4G", "-d",
             "serialize_precision=-1")  # fmt: skip


class PhpEmitter(Emitter):
    name = "php"
    display = "PHP"
    file_ext = "php"
    notation = "php"  # grammars/values_php.lark: the prelude's printer, var_export-like on one line
    string_reading = "backslash"
    sets_as_lists = True
    arrays = True
    stop_tokens = ("\nfunction", "\n?>", "\n//", "\n#")  # MultiPL-E's
    true_literal = "true"
    false_literal = "false"
    none_literal = "null"
    nan_literal = "NAN"
    inf_literal = "INF"
    neg_inf_literal = "-INF"
    string_escapes = _ESCAPES
    control_escape = "\\x{:02x}"
    bmp_escape = astral_escape = "\\u{{{:x}}}"
    runtime = Runtime(
        interpreters=("php",),
        run=("{interpreter}", *_SETTINGS, "{file}"),
        # a forked copy of a started PHP per program: it saves PHP's start-up (extensions, php.ini)
        # (in the fork, the constants STDIN, STDOUT and STDERR are closed streams: a program naming them runs
        # in a process of its own)
        worker=WarmWorker("worker.php", (*_SETTINGS, "{worker}"), process_only=("STDIN", "STDOUT", "STDERR")),
        parse_only=("{interpreter}", "-d", "display_errors=stderr", "-d", "log_errors=0", "-l", "{file}"),
        install=Install(debian=("php-cli",)),
        # Under an address-space limit PHP dies with a bare "Out of memory" and exit code 1: no evidence of
        # running out. Without one, the run's memory cgroup kills it, and counts the kill.
        limit_address_space=False,
    )  # fmt: skip
    stub_body = "    return null;\n}\n"
    comment_prefix = "//"
    int_bits = 64  # beyond PHP_INT_MAX an integer becomes a float
    max_depth = 1000  # PHP's parser takes about 4,500 nested array() literals
    reserved = _KEYWORDS | _BUILTINS
    harness_names = frozenset()  # PHP cannot redefine a function: the harness's are all __tc...
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "null",
        "True": "true",
        "False": "false",
        "list": "array",
        "lists": "arrays",
        "List": "Array",
        "tuple": "array",
        "tuples": "arrays",
        "Tuple": "Array",
    }

    # --- names ------------------------------------------------------------------------------------------

    def ident(self, name: str) -> str:
        """A function name: PHP's are case-insensitive, and neither a keyword nor a built-in may be one."""
        lower = name.lower()
        if lower in self.reserved or lower.startswith("__tc"):
            return name + "_"
        return name

    def variable(self, name: str) -> str:
        """A parameter: any name but ``$this`` and the superglobals."""
        return "$" + (name + "_" if name in _SPECIAL_VARIABLES else name)

    def param(self, p: Param) -> str:
        text = self.variable(p.name)
        return text + (f" = {self.value(p.default)}" if p.default is not None else "")

    def comment(self, text: str) -> str:
        """``//`` lines, MultiPL-E's way (each line's indentation dropped); ``?>`` would end PHP mode even in
        a comment, so it is written ``? >``."""
        lines = [line.strip().replace("?>", "? >") for line in text.strip().splitlines()]
        return "\n".join(f"// {line}".rstrip() for line in lines if line)

    # --- what PHP cannot say ----------------------------------------------------------------------------

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, DictValue):
            for key, _ in v.items:
                if isinstance(key, StrValue) and _CANONICAL_INT.match(key.value):
                    if -(2**63) <= int(key.value) < 2**63:
                        return f"PHP turns the string key {key.value!r} into the integer {key.value}"
                elif not isinstance(key, StrValue | IntValue):
                    return "a PHP array key is an integer or a string"
        return super().check_value(v)

    # --- values -----------------------------------------------------------------------------------------

    def emit_int(self, v: IntValue) -> str:
        if v.value == -(2**63):  # -9223372036854775808 reads as minus a float
            return "PHP_INT_MIN"
        return str(v.value)

    def emit_list(self, v: ListValue | TupleValue | SetValue) -> str:
        return "array(" + ", ".join(map(self.value, v.items)) + ")"

    emit_tuple = emit_list
    emit_set = emit_list  # a set is an array of its elements (compared as a set)

    def emit_dict(self, v: DictValue) -> str:
        return "array(" + ", ".join(f"{self.value(k)} => {self.value(x)}" for k, x in v.items) + ")"

    def expected(self, v: Value) -> str:
        """An expected value: as ``value``, with each set marked so that the prelude compares it as one."""
        match v:
            case SetValue(items):
                return "new __tc_set(array(" + ", ".join(map(self.expected, items)) + "))"
            case ListValue(items) | TupleValue(items):
                return "array(" + ", ".join(map(self.expected, items)) + ")"
            case DictValue(items):
                return "array(" + ", ".join(f"{self.value(k)} => {self.expected(x)}" for k, x in items) + ")"
        return self.value(v)

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        context = super().check_context(index, check, suite)
        if check.expected is not None:
            context["expected"] = self.expected(check.expected)
        return context

    def convert(self, expr: str, conversion: str) -> str:
        return f"__tc::{conversion}_({expr})"
