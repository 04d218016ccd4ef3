"""Every emitter, run in its real interpreter over the whole corpus: references pass every check, and each
mutant fails exactly the checks its header names (minus those the language had to skip)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from corpus import PROBLEMS, compiled, expected_failures, mutants, solution
from test_hostile import SUITE

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, expectations, observed_program, read_suite, run_solution
from testcompiler.api import compile_suite, program
from testcompiler.run.executor import _argv, interpreter
from testcompiler.run.pool import run_many

LANGUAGES = languages()


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_reference_passes_every_check(problem: str, language: str) -> None:
    _need(language)
    c = compiled(problem, language)
    outcome = run_solution(c, solution(problem, language))
    failing = [
        (ck.span.line, r.status, r.detail)
        for r, ck in zip(outcome.checks, c.checks, strict=True)
        if r.status != "pass"
    ]
    assert failing == []
    assert outcome.status is Status.OK
    assert c.checks


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_mutants_fail_exactly_the_named_checks(problem: str, language: str) -> None:
    _need(language)
    c = compiled(problem, language)
    names = mutants(problem, language)
    if not names:
        pytest.skip(f"{problem} has no mutant")
    lines = {ck.span.line for ck in c.checks}
    for name in names:
        text = solution(problem, language, name)
        outcome = run_solution(c, text)
        failed = {ck.span.line for r, ck in zip(outcome.checks, c.checks, strict=True) if r.status != "pass"}
        expected = expected_failures(text) & lines
        assert expected, f"{name} names no check that {language} runs"
        assert failed == expected, name
        assert outcome.status in (Status.ASSERTION_ERROR, Status.EXCEPTION)


@pytest.mark.slow
@pytest.mark.parametrize("language", [k for k in LANGUAGES if get_emitter(k).runtime.plain])
def test_the_bench_baseline_runs_programs_as_multipl_e_does(language: str, tmp_path: Path) -> None:
    """Where our command is a faster equivalent of MultiPL-E's (a tuned JVM or BEAM, the native tsc),
    bench/executor.py's baseline runs MultiPL-E's own: it must pass a reference and fail a mutant."""
    _need(language)
    emitter = get_emitter(language)
    problem = next(p for p in PROBLEMS if mutants(p, language))
    c = compiled(problem, language)
    exits = []
    for text in (solution(problem, language), solution(problem, language, mutants(problem, language)[0])):
        source = tmp_path / f"main.{emitter.file_ext}"
        source.write_text(program(c, text), encoding="utf-8")
        argv = _argv(emitter.runtime.plain, interpreter(emitter), source)
        exits.append(subprocess.run(argv, capture_output=True, timeout=120, check=False).returncode)
    assert exits[0] == 0 and exits[1] != 0, exits


def test_run_many_gives_each_job_its_own_time_limit() -> None:
    """One limit for every job, or one per job (a runaway stopped soon, the others given room)."""
    py = get_emitter("py")
    suite = compile_suite(read_suite(SUITE), "py")
    loop = observed_program(suite, "def f(x):\n    import time\n    time.sleep(1.5)\n    return x\n")
    jobs = [(py, loop, expectations(suite))] * 2
    short, roomy = run_many(jobs, [0.5, 5.0], warm=False)
    assert (short.status, roomy.status) == (Status.TIMEOUT, Status.OK)
    with pytest.raises(ValueError, match="1 time limits for 2 jobs"):
        run_many(jobs, [1.0])
