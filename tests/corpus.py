"""The corpus under tests/corpus/: one folder per problem with its suite.py; each language's solutions of it
lie in its bundle, emitters/<key>/solutions/<problem>/ (ref.<ext> and mutant_<n>.<ext>).

A mutant's first line names the suite.py lines of the assertions it must fail (``# expect-fail: 12 15``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from emitters import Compiled, Emitter, get_emitter, languages
from ir import Suite
from testcompiler import InterpreterMissing, Outcome, Status, expectations, observed_program, read_suite
from testcompiler.run.executor import interpreter
from testcompiler.run.pool import run_many

CORPUS = Path(__file__).parent / "corpus"
PROBLEMS = sorted(p.name for p in CORPUS.iterdir() if (p / "suite.py").exists())


@cache
def suite(problem: str) -> Suite:
    path = CORPUS / problem / "suite.py"
    return read_suite(path.read_text(encoding="utf-8"), str(path.relative_to(CORPUS.parent)))


@cache
def compiled(problem: str, language: str) -> Compiled:
    return get_emitter(language).compile(suite(problem))


def solution(problem: str, language: str, stem: str = "ref") -> str:
    return get_emitter(language).solution(problem, stem).read_text(encoding="utf-8")


def mutants(problem: str, language: str) -> list[str]:
    emitter = get_emitter(language)
    folder = emitter.solution(problem).parent
    return sorted(p.stem for p in folder.glob(f"mutant_*.{emitter.file_ext}"))


def expected_failures(text: str) -> set[int]:
    match = re.match(r"\s*(?:#|--|//|;+|\(\*)\s*expect-fail:\s*([\d\s]+)", text)
    assert match, "a mutant starts with an expect-fail comment"
    return {int(n) for n in match.group(1).split()}


def installed() -> list[Emitter]:
    """The languages whose runtime this machine has."""
    found = []
    for name in languages():
        emitter = get_emitter(name)
        try:
            interpreter(emitter)
        except InterpreterMissing:
            continue
        found.append(emitter)
    return found


def run_all(jobs: Sequence[tuple[Compiled, str]], timeout: float | Sequence[float]) -> list[Outcome]:
    """Each (compiled suite, solution text) run as ``evaluate`` runs a batch: one pool, the language's warm
    worker or compile server where it has one (verdict-equal to a process each, as tests/test_warm.py
    checks), so that a JVM compiles a batch in one server instead of a cold compiler per program."""
    return run_many([(c.emitter, observed_program(c, text), expectations(c)) for c, text in jobs], timeout)


def misjudged(problem: str, stem: str, c: Compiled, outcome: Outcome) -> tuple[object, ...] | None:
    """What is wrong with ``outcome`` as the verdict on the corpus solution ``stem`` of ``problem`` (None:
    nothing). A reference passes every check and ends OK; a mutant fails exactly the checks its first line
    names (those ``c`` runs) and ends by a failed assertion or an exception."""
    lines = [ck.span.line for ck in c.checks]
    failed = {line for r, line in zip(outcome.checks, lines, strict=True) if r.status != "pass"}
    if stem == "ref":
        assert c.checks, f"{problem} has no check in {c.emitter.name}"
        if failed or outcome.status is not Status.OK:
            details = [(r.status, r.detail) for r in outcome.checks if r.status != "pass"]
            return problem, stem, outcome.status, sorted(failed), details, outcome.stderr[-300:]
        return None
    expected = expected_failures(solution(problem, c.emitter.name, stem)) & set(lines)
    assert expected, f"{problem}/{stem} names no check that {c.emitter.name} runs"
    if failed != expected or outcome.status not in (Status.ASSERTION_ERROR, Status.EXCEPTION):
        return problem, stem, outcome.status, sorted(failed), sorted(expected)
    return None
