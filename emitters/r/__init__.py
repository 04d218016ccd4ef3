"""R: shapes come from IR types, never from rendered text.

A list of scalars of one type is an atomic vector (``c(1, 2)``, typed empties such as ``character(0)``),
anything else a ``list(...)``; dicts with string keys are named lists; None is ``NULL``. The harness's
equality treats a vector and a list with equal elements as equal, so the shape a solution picks is its own.
"""

from __future__ import annotations

from typing import Any, ClassVar

from emitters.base import Emitter, Install, Runtime, WarmWorker
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
    SetType,
    SetValue,
    StrType,
    StrValue,
    Suite,
    TupleType,
    TupleValue,
    Type,
    Value,
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\a": "\\a", "\b": "\\b",
            "\f": "\\f", "\v": "\\v"}  # fmt: skip
_EMPTY = {IntType: "numeric(0)", FloatType: "numeric(0)", BoolType: "logical(0)", StrType: "character(0)"}
_SCALARS = (IntType, FloatType, BoolType, StrType)


class REmitter(Emitter):
    name = "r"
    display = "R"
    file_ext = "r"
    multipl_t = True
    vectors = sets_as_lists = True
    max_depth = 40  # R's parser overflows its context stack at 50, counting the harness's own levels
    stop_tokens = ("\n#", "\n```")
    true_literal = "TRUE"
    false_literal = "FALSE"
    none_literal = "NULL"
    nan_literal = "NaN"
    inf_literal = "Inf"
    neg_inf_literal = "-Inf"
    string_escapes = _ESCAPES
    bmp_escape = "\\u{{{:x}}}"
    astral_escape = "\\U{{{:x}}}"
    runtime = Runtime(
        interpreters=("Rscript",),
        run=("{interpreter}", "--vanilla", "{file}"),
        worker=WarmWorker(
            "worker.R",
            ("--vanilla", "--no-echo", "--no-restore", "--file={worker}"),
            # R's own binary, not Rscript: Rscript starts it through a bash script
            launcher=(
                "{interpreter}",
                "--vanilla",
                "-e",
                'cat("EXECUTABLE=", R.home(), "/bin/exec/R\\nR_HOME=", R.home(), "\\n", sep = "")',
            ),
            status_file=True,
        ),
        parse_only=(
            "{interpreter}",
            "--vanilla",
            "-e",
            "invisible(parse(file = commandArgs(TRUE)[1]))",
            "{file}",
        ),
        install=Install(debian=("r-base-core",)),
        startup_seconds=0.5,
    )
    stub_body = "  return(NULL)\n}\n"
    comment_prefix = "#"
    int_bits = None  # numbers are doubles: see check_value
    reserved = frozenset(
        {
            "if", "else", "repeat", "while", "function", "for", "next", "break", "in", "TRUE", "FALSE",
            "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_", "T", "F", "c", "list",
        }
    )  # fmt: skip
    harness_names = frozenset(
        "abs all any as.list as.character as.numeric cat deparse enc2utf8 for function identical inherits "
        "invisible is.atomic is.character is.environment is.factor is.finite is.function is.list is.logical "
        "is.na is.nan is.null is.numeric isFALSE isTRUE length max names nchar nzchar paste paste0 quit "
        "return round seq_along setequal sort stop structure substr switch tryCatch unique unlist vapply "
        "gsub conditionMessage Sys.getenv anyDuplicated encodeString format ifelse".split()
    )
    vocabulary: ClassVar[dict[str, str]] = {
        "None": "NULL", "True": "TRUE", "False": "FALSE",
        "dictionary": "named list", "dictionaries": "named lists", "Dictionary": "Named list",
        "dict": "named list", "tuple": "list", "tuples": "lists", "Tuple": "List",
    }  # fmt: skip

    def ident(self, name: str) -> str:
        stripped = name.lstrip("_")
        if stripped != name:  # R names cannot start with "_": "._x" keeps them apart from "x"
            # nor with a dot before a digit ("_1x" would be ".1x", a number): "._1x"
            name = "." * (len(name) - len(stripped)) + ("_" if stripped[:1].isdigit() else "") + stripped
        return super().ident(name)

    def string(self, s: str) -> str:
        # R refuses a string that mixes \x escapes with \u ones: beside any non-ASCII character, control
        # characters are written as \u escapes too.
        return self.quoted(s, self.control_escape if s.isascii() else self.bmp_escape)

    def check_value(self, v: Value) -> str | None:
        if isinstance(v, IntValue) and abs(v.value) > 2**53:
            return f"integer {v.value} is not exact as an R number (a double)"
        if isinstance(v, StrValue) and "\x00" in v.value:
            return "R strings cannot hold NUL"
        if isinstance(v, DictValue):
            for key, _ in v.items:
                if not isinstance(key, StrValue):
                    return "R names are strings: a dict with non-string keys has no R form"
                if key.value == "":
                    return "R has no empty name"
        return super().check_value(v)

    # --- values -----------------------------------------------------------------------------------------

    def _sequence(self, items: tuple[Value, ...], elem: Type | None) -> str:
        if elem is not None and isinstance(elem, _SCALARS):
            if not items:
                return _EMPTY[type(elem)]
            return "c(" + ", ".join(map(self.value, items)) + ")"
        return "list(" + ", ".join(self._element(i, elem) for i in items) + ")"

    def _element(self, v: Value, slot: Type | None) -> str:
        """A value inside a container. A one-element vector is a scalar in R (``list(c(4))`` is
        ``list(4)``): where the slot may hold a scalar as well as a list, a one-element list is written as
        an R list so that its depth shows; where only a list can stand, the natural ``c(4)`` is kept."""
        ambiguous = not isinstance(slot, ListType | SetType | TupleType | DictType)
        if ambiguous and isinstance(v, ListValue | TupleValue | SetValue) and len(v.items) == 1:
            return f"list({self._element(v.items[0], None)})"
        return self.value(v)

    def emit_list(self, v: ListValue) -> str:
        return self._sequence(v.items, v.type.elem if isinstance(v.type, ListType) else None)

    def emit_tuple(self, v: TupleValue) -> str:
        kinds = {type(i.type) for i in v.items}
        scalar = len(kinds) == 1 and all(isinstance(i.type, _SCALARS) for i in v.items)
        return self._sequence(v.items, v.items[0].type if scalar else None)

    def emit_set(self, v: SetValue) -> str:
        return self._sequence(v.items, v.type.elem if isinstance(v.type, SetType) else None)

    def emit_dict(self, v: DictValue) -> str:
        slot = v.type.value if isinstance(v.type, DictType) else None
        return "list(" + ", ".join(f"{self.value(k)} = {self._element(x, slot)}" for k, x in v.items) + ")"

    def convert(self, expr: str, conversion: str) -> str:
        return f".tc_{conversion}({expr})"

    def check_context(self, index: int, check: Check, suite: Suite) -> dict[str, Any]:
        context = super().check_context(index, check, suite)
        if isinstance(check.expected, SetValue) and context["expected"] is not None:
            context["expected"] = f".tc_set({context['expected']})"
        return context
