"""Which Python tests pass on a function: our compiler and executor, the same as every other language.

A function and its candidate asserts become one suite; the compiled Python harness runs each assert on its
own in the sandbox, so one failing or crashing test does not hide the others. Asserts the compiler cannot
take (loops, two calls compared, non-constant arguments) are counted by reason and left out: a test we
cannot compile to the targets is no use to the pipeline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from emitters import Emitter, source_emitter
from ir import Check, Relation
from testcompiler import (
    Expectations,
    FrontendError,
    compile_suite,
    expectations,
    observed_program,
    read_suite,
)
from testcompiler.run.pool import run_many


def suite_source(code: str, asserts: list[str]) -> str:
    return code.rstrip("\n") + "\n\n\n" + "\n".join(asserts) + "\n"


@dataclass
class Checked:
    passed: list[str] = field(default_factory=list)
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # compiler's reason code -> asserts


def as_assert(check: Check, name: str) -> str | None:
    """A doctest example as an assert statement, so docstring examples can seed the tests."""
    if check.relation is not Relation.EQUALS or check.expected is None or check.call.conversions:
        return None
    py = source_emitter()
    args = ", ".join(py.value(a) for a in check.call.args)
    return f"assert {name}({args}) == {py.value(check.expected)}"


def doctest_asserts(code: str, name: str) -> list[str]:
    try:
        suite = read_suite(code, f"{name}.py", name, doctests=True)
    except FrontendError:
        return []  # no examples in the docstring
    return [a for c in suite.checks if (a := as_assert(c, name))]


def check_asserts(
    items: list[tuple[str, str, list[str]]], timeout: float, done: Callable[[], None] | None = None
) -> list[Checked]:
    """For each (code, function name, asserts): which asserts pass, in one executor pool. ``done`` is called
    once per item."""
    py = source_emitter()
    results = [Checked() for _ in items]
    jobs: list[tuple[Emitter, str, Expectations]] = []
    owners: list[tuple[int, tuple[Check, ...]]] = []
    for i, (code, name, asserts) in enumerate(items):
        if not asserts:
            if done:
                done()
            continue
        try:
            suite = read_suite(suite_source(code, asserts), f"{name}.py", name, doctests=False)
            compiled = compile_suite(suite, py)
        except FrontendError as exc:
            results[i].skipped[f"unreadable: {exc.message}"] += len(asserts)
            if done:
                done()
            continue
        except Exception as exc:  # a bug of ours: this item's asserts, never the whole stage
            results[i].skipped[f"internal-error: {type(exc).__name__}: {exc}"] += len(asserts)
            if done:
                done()
            continue
        for d in suite.diagnostics:
            if d.skipped:
                results[i].skipped[d.code] += 1
        jobs.append((py, observed_program(compiled, code), expectations(compiled)))
        owners.append((i, compiled.checks))
    for (i, checks), outcome in zip(owners, run_many(jobs, timeout, done=done), strict=True):
        verdicts = {r.index: r.status for r in outcome.checks}
        for index, check in enumerate(checks, 1):
            if verdicts.get(index) == "pass":
                results[i].passed.append(check.text)
            else:
                results[i].failed += 1
    return results
