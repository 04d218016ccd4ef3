"""Stage 4, typeinfer: annotate each function with the types its tests show at run time.

The typed targets (OCaml) need a type for every parameter and the result. Argument types are the types of
the constants the kept tests pass (they are exactly the runtime values); return types are read off the
values the function returns when the tests' calls run in the sandbox, printed with ``repr`` and parsed back
into the IR with the Python value grammar. Annotations the author wrote are kept. (MultiPL-T's tool for this
step is not public.)
"""

from __future__ import annotations

import secrets

import libcst as cst

from emitters import source_emitter
from ir import Type, UnknownType, from_python, to_python, unify_all
from pipeline.checking import suite_source
from pipeline.progress import bar
from pipeline.records import Record, StageResult
from testcompiler import read_suite
from testcompiler.run.pool import run_many
from testcompiler.run.readback import read_value


def annotation(t: Type) -> str:
    """Python annotation syntax; what no test showed (the element of an always empty list) is ``Any``."""
    return str(t).replace("?", "Any")


def _contains_unknown(t: Type) -> bool:
    return "?" in str(t) or isinstance(t, UnknownType)


def _observer(record: Record, marker: str) -> tuple[str, list[list[object]]]:
    """A program that runs each test's call once and prints what it returned; and the calls' arguments."""
    name = record["name"]
    suite = read_suite(suite_source(record["code"], record["tests"]), f"{name}.py", name, doctests=False)
    py = source_emitter()
    lines = [record["code"].rstrip("\n"), "", ""]
    arg_types: list[list[object]] = []
    for i, check in enumerate(suite.checks):
        args = ", ".join(py.value(a) for a in check.call.args)
        lines += [
            "try:",
            f"    __result = {name}({args})",
            "except BaseException:",
            "    pass",
            "else:",
            f"    print({marker!r}, {i}, repr(__result))",
        ]
        arg_types.append([a.type for a in check.call.args])
    return "\n".join(lines) + "\n", arg_types


class _Annotate(cst.CSTTransformer):
    def __init__(self, name: str, params: dict[str, str], returns: str | None) -> None:
        self.name, self.params, self.returns = name, params, returns

    def leave_Param(self, original: cst.Param, updated: cst.Param) -> cst.Param:
        text = self.params.get(updated.name.value)
        if updated.annotation is None and text:
            return updated.with_changes(annotation=cst.Annotation(cst.parse_expression(text)))
        return updated

    def leave_FunctionDef(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        if updated.name.value == self.name and updated.returns is None and self.returns:
            return updated.with_changes(returns=cst.Annotation(cst.parse_expression(self.returns)))
        return updated


def annotate(code: str, name: str, params: dict[str, str], returns: str | None) -> str:
    module = cst.parse_module(code)
    function = module.body[-1]  # collect put the function last
    annotated = cst.ensure_type(function, cst.FunctionDef).visit(_Annotate(name, params, returns))
    code = module.with_changes(body=[*module.body[:-1], annotated]).code
    if "Any" in " ".join([*params.values(), returns or ""]) and "from typing import Any" not in code:
        code = "from typing import Any\n" + code
    return code


def typeinfer(records: list[Record], timeout: float = 10.0) -> StageResult:
    result = StageResult()
    result.count_in(records)
    py = source_emitter()
    marker = "@@typeinfer-" + secrets.token_hex(6)
    observers = [_observer(r, marker) for r in records]
    with bar("typeinfer: running", len(records)) as advance:
        outcomes = run_many([(py, p, None) for p, _ in observers], timeout, done=lambda: advance(1))
    for record, (_, arg_types), outcome in zip(records, observers, outcomes, strict=True):
        returned: list[Type] = []
        for line in outcome.stdout.splitlines():
            if line.startswith(marker + " "):
                value = read_value(py, line.split(" ", 2)[2])
                if value is not None:  # read back untyped: rebuilt from Python to type its containers
                    returned.append(from_python(to_python(value)).type)
        if not returned:
            result.drop(record, "no-return-observed", f"{outcome.status}: {outcome.stderr.strip()[-200:]}")
            continue
        suite = read_suite(
            suite_source(record["code"], record["tests"]), "f.py", record["name"], doctests=False
        )
        params: dict[str, str] = {}
        for j, param in enumerate(suite.signature.params):
            seen = [types[j] for types in arg_types if j < len(types)]
            if seen and not param.annotated:
                params[param.name] = annotation(unify_all(seen))  # type: ignore[arg-type]
        returns_type = unify_all(returned)
        returns = None if suite.signature.returns_annotated else annotation(returns_type)
        typed = annotate(record["code"], record["name"], params, returns)
        result.kept.append(
            record | {"typed_code": typed, "types": params | {"return": annotation(returns_type)}}
        )
    return result
