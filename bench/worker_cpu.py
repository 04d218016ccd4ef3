"""Where a warm worker's time goes, per program: the CPU of the forked programs (the worker's reaped
children, from /proc), of the worker itself (its fork and answers), of a helper it keeps (OCaml's compile
server), and of the host (the executor's side: the
job's files, the protocol, clearing up). One worker, one program at a time, the corpus references over and
over; every one must pass. CPU, not wall time, so that a loaded machine changes little.

    python bench/worker_cpu.py [--n 60] [--languages L ...]   (default: every language with a warm worker)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus import PROBLEMS, compiled, solution

from emitters import all_emitters, get_emitter
from testcompiler.api import program
from testcompiler.run.executor import InterpreterMissing, Status, interpreter
from testcompiler.run.warm import Worker

TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def cpu_ms(pid: int) -> tuple[float, float]:
    """(its own, its reaped children's) CPU in milliseconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = int(fields[11]) + int(fields[12])  # utime, stime
    children = int(fields[13]) + int(fields[14])  # cutime, cstime
    return own * TICK_MS, children * TICK_MS


def measure(language: str, n: int) -> dict[str, float]:
    emitter = get_emitter(language)
    programs = []
    for problem in PROBLEMS:
        c = compiled(problem, language)
        programs.append((program(c, solution(problem, language)), len(c.checks)))
    programs = (programs * (n // len(programs) + 1))[:n]
    worker = Worker(emitter)
    try:
        worker.run(*programs[0], 10.0)  # the first pays for what is loaded once
        own_before, children_before = cpu_ms(worker.pid)
        helpers = sorted(worker.spare - {worker.pid})  # OCaml's compile server: not reaped, so counted apart
        helpers_before = sum(cpu_ms(pid)[0] for pid in helpers)
        host_before = os.times()
        for text, checks in programs:
            outcome = worker.run(text, checks, 10.0)
            if outcome is None or outcome.status is not Status.OK:
                raise SystemExit(f"{language}: a reference did not pass in the worker: {outcome}")
        host_after = os.times()
        own_after, children_after = cpu_ms(worker.pid)
        helpers_after = sum(cpu_ms(pid)[0] for pid in helpers)
    finally:
        worker.close()
    host = (host_after.user + host_after.system - host_before.user - host_before.system) * 1000
    return {
        "programs_ms": (children_after - children_before) / n,
        "worker_ms": (own_after - own_before) / n,
        "host_ms": host / n,
        "helpers_ms": (helpers_after - helpers_before) / n,
    }


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--n", type=int, default=60)
    warm = [e.name for e in all_emitters() if e.runtime.worker]
    parser.add_argument("--languages", nargs="*", default=warm)
    args = parser.parse_args()
    for language in args.languages:
        emitter = get_emitter(language)
        try:
            interpreter(emitter)
        except InterpreterMissing as exc:
            print(f"{language}: skipped ({exc})")
            continue
        if emitter.runtime.worker is None:
            print(f"{language}: no warm worker here")
            continue
        row = measure(language, args.n)
        print(
            f"{language}: CPU per program: forked program {row['programs_ms']:.1f} ms, "
            f"worker {row['worker_ms']:.2f} ms, host {row['host_ms']:.2f} ms"
            + (f", compile server {row['helpers_ms']:.1f} ms" if row["helpers_ms"] else "")
        )


if __name__ == "__main__":
    main()
