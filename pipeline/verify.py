"""Stage 6, verify: compile each function's kept tests to the candidate's language and run every candidate.

Only candidates whose harness reports every check passed (status OK) are kept; the rest are dropped with
their status as the reason. Identical programs run once. Each function's pass rate per language (passing
candidates / candidates) is recorded on the kept items and in the ``pass_rates`` table.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from emitters import get_emitter
from pipeline.config import VerifyConfig
from pipeline.executors import Done, Executor, LocalExecutor, Progress
from pipeline.progress import bar
from pipeline.records import Record, StageResult
from testcompiler import (
    Expectations,
    InterpreterMissing,
    Status,
    compile_source,
    expectations,
    observed_program,
)
from testcompiler.run.executor import Outcome, interpreter
from testcompiler.run.pool import run_many


def run_programs(
    jobs: list[tuple[str, str, Expectations]], timeout: float, warm: bool, done: Done = None
) -> list[Outcome]:
    """(language, observed program, expectations) -> outcomes, in one pool of this machine's (or this
    task's) workers."""
    return run_many([(get_emitter(lang), text, n) for lang, text, n in jobs], timeout, warm=warm, done=done)


def verify_programs(
    executor: Executor,
    jobs: list[tuple[str, str, Expectations]],
    timeout: float,
    warm: bool,
    progress: Progress = None,
) -> list[Outcome]:
    """Outcomes in the order of ``jobs``. They are handed to the executor one language after another, so a
    batch (a Ray task) mostly holds one language and starts one warm interpreter, not one of each."""
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    run = partial(run_programs, timeout=timeout, warm=warm)
    outcomes = executor.map(run, [jobs[i] for i in order], progress)
    placed: list[Outcome | None] = [None] * len(jobs)
    for i, outcome in zip(order, outcomes, strict=True):
        placed[i] = outcome
    return [o for o in placed if o is not None]


def verify(records: list[Record], config: VerifyConfig, executor: Executor | None = None) -> StageResult:
    result = StageResult()
    result.count_in(records)
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in records:
        groups[(r["function_id"], r["language"])].append(r)
    missing: dict[str, str] = {}
    for language in {r["language"] for r in records}:
        try:
            interpreter(get_emitter(language))
        except InterpreterMissing as exc:
            missing[language] = str(exc)
    programs: dict[str, tuple[str, Expectations]] = {}  # observed program -> (language, expectations)
    planned: list[tuple[Record, str, str, int]] = []  # (candidate, program, harness, checks)
    for (_, language), candidates in groups.items():
        if language in missing:
            for r in candidates:
                result.drop(r, "interpreter-missing", missing[language])
            continue
        first = candidates[0]
        compiled = compile_source(
            first["suite"], language, f"{first['name']}.py", first["name"], doctests=False
        )
        for r in candidates:
            # judged outside the candidate's process: the expected values never enter it
            text = observed_program(compiled, r["prompt"] + r["completion"])
            programs[text] = (language, expectations(compiled))
            planned.append((r, text, compiled.harness, len(compiled.checks)))
    texts = list(programs)
    jobs = [(programs[t][0], t, programs[t][1]) for t in texts]
    with bar("verify: running", len(texts)) as advance:
        outcomes = verify_programs(executor or LocalExecutor(), jobs, config.timeout, config.warm, advance)
    outcome_of = dict(zip(texts, outcomes, strict=True))
    passing: dict[tuple[str, str], int] = defaultdict(int)
    for r, text, _, _ in planned:
        if outcome_of[text].status is Status.OK:
            passing[(r["function_id"], r["language"])] += 1
    rates = {key: passing[key] / len(groups[key]) for key in groups}
    for r, text, harness, checks in planned:
        outcome = outcome_of[text]
        if outcome.status is not Status.OK:
            failed = next((c for c in outcome.checks if c.status != "pass"), None)
            detail = (
                f"check {failed.index}: {failed.status} {failed.detail}"
                if failed
                else outcome.stderr.strip()[-200:]
            )
            result.drop(r, outcome.status.value, detail)
            continue
        rate = rates[(r["function_id"], r["language"])]
        result.kept.append(r | {"tests": harness, "checks": checks, "pass_rate": round(rate, 4)})
    result.extras["pass_rates"] = [
        {
            "function_id": f,
            "language": lang,
            "candidates": len(groups[(f, lang)]),
            "passed": passing[(f, lang)],
            "pass_rate": round(rates[(f, lang)], 4),
        }
        for f, lang in sorted(groups)
    ]
    return result
