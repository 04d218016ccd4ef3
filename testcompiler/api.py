"""The public compile API: Python test source in, compiled suites and verdicts out."""

from __future__ import annotations

from pathlib import Path

from emitters import Compiled, Emitter, get_emitter
from ir import Suite
from testcompiler.executor import Outcome, run_program
from testcompiler.frontend import read_suite


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
    return program(compiled, compiled.prompt + get_emitter(compiled.language).stub_body)


def run_solution(compiled: Compiled, solution: str, timeout: float = 10.0) -> Outcome:
    return run_program(
        program(compiled, solution), get_emitter(compiled.language), len(compiled.checks), timeout
    )


def run_stub(compiled: Compiled, timeout: float = 10.0) -> Outcome:
    return run_program(stub_program(compiled), get_emitter(compiled.language), len(compiled.checks), timeout)
