"""Run many programs at once: one pool across all jobs, whatever problem or language they belong to."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from emitters import Emitter
from testcompiler.executor import Outcome, run_program
from testcompiler.warm import WorkerPool


def default_jobs() -> int:
    return os.cpu_count() or 1


def run_many(
    jobs: list[tuple[Emitter, str, int | None]], timeout: float, workers: int | None = None, warm: bool = True
) -> list[Outcome]:
    """Outcomes in the order of ``jobs`` (emitter, program, checks in its harness or None). With ``warm``,
    languages with a warm worker (Racket, R, OCaml) run in one; verdicts are the same either way."""
    with WorkerPool() as pool, ThreadPoolExecutor(max_workers=workers or default_jobs()) as threads:
        if warm:
            return list(threads.map(lambda job: pool.run(job[0], job[1], job[2], timeout), jobs))
        return list(threads.map(lambda job: run_program(job[1], job[0], job[2], timeout), jobs))
