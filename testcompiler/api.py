"""The public compile API: Python test source in, compiled suites and verdicts out."""

from __future__ import annotations

from pathlib import Path

from emitters import Compiled, Emitter, get_emitter
from ir import Suite
from testcompiler.frontend import read_suite
from testcompiler.run.executor import Expectations, Outcome, run_program


def compile_suite(suite: Suite, language: str | Emitter) -> Compiled:
    emitter = get_emitter(language) if isinstance(language, str) else language
    return emitter.compile(suite)


def compile_source(
    source: str,
    language: str,
    filename: str = "<input>",
    entry: str | None = None,
    *,
    doctests: bool = True,
    name: str | None = None,
) -> Compiled:
    return compile_suite(read_suite(source, filename, entry, doctests=doctests, name=name), language)


def compile_file(path: str | Path, language: str, entry: str | None = None) -> Compiled:
    path = Path(path)
    return compile_source(path.read_text(encoding="utf-8"), language, str(path), entry)


def program(compiled: Compiled, solution: str) -> str:
    """The whole program: a full solution (prompt + completion) followed by the harness."""
    return solution.rstrip("\n") + "\n" + compiled.harness


def stub_program(compiled: Compiled) -> str:
    """The prompt completed by a body that returns nothing: proves the harness parses and loads."""
    return program(compiled, compiled.prompt + compiled.emitter.stub_body)


def expectations(compiled: Compiled) -> Expectations:
    return Expectations(compiled.checks, compiled.tolerance)


def observed_program(compiled: Compiled, solution: str) -> str:
    """The solution followed by the observing harness: what the executor runs and judges itself."""
    return solution.rstrip("\n") + "\n" + compiled.observer


def run_solution(compiled: Compiled, solution: str, timeout: float = 10.0, observe: bool = True) -> Outcome:
    """The verdict on ``solution``: judged here from the values it returned (``observe``, the default), or
    read from the self-checking harness's result lines (not adversary-proof: README, the executor)."""
    emitter = compiled.emitter
    if observe:
        return run_program(observed_program(compiled, solution), emitter, expectations(compiled), timeout)
    return run_program(program(compiled, solution), emitter, len(compiled.checks), timeout)


def run_stub(compiled: Compiled, timeout: float = 10.0, observe: bool = True) -> Outcome:
    stub = compiled.prompt + compiled.emitter.stub_body
    return run_solution(compiled, stub, timeout, observe)
