"""Run many programs at once: one pool across all jobs, whatever problem or language they belong to."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from emitters import Emitter
from testcompiler.run.executor import Expect, Outcome, run_program
from testcompiler.run.warm import WorkerPool


def default_jobs() -> int:
    """Programs run at once: this machine's CPUs, or TESTCOMPILER_JOBS (what a Ray task reserved)."""
    return int(os.environ.get("TESTCOMPILER_JOBS") or 0) or os.cpu_count() or 1


def run_many(
    jobs: Sequence[tuple[Emitter, str, Expect]],
    timeout: float | Sequence[float],
    workers: int | None = None,
    warm: bool = True,
    done: Callable[[], None] | None = None,
) -> list[Outcome]:
    """Outcomes in the order of ``jobs`` (emitter, program, what checks it: ``Expect``). With ``warm``,
    languages with a warm worker (Racket, R, OCaml) run in one, and those with a warm compiler (Java) are
    compiled in one; verdicts are the same either way.
    ``timeout`` is every program's time limit, or one per job.
    ``done`` is called after each program (a progress bar)."""
    limits = [timeout] * len(jobs) if isinstance(timeout, int | float) else list(timeout)
    if len(limits) != len(jobs):
        raise ValueError(f"{len(limits)} time limits for {len(jobs)} jobs")
    with WorkerPool() as pool, ThreadPoolExecutor(max_workers=workers or default_jobs()) as threads:

        def one(job: tuple[Emitter, str, Expect], limit: float) -> Outcome:
            emitter, source, checks = job
            if warm:
                outcome = pool.run(emitter, source, checks, limit)
            else:
                outcome = run_program(source, emitter, checks, limit)
            if done:
                done()
            return outcome

        return list(threads.map(one, jobs, limits))
