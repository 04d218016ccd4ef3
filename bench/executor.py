"""Programs per second: our executor against a baseline built like MultiPL-E's evaluator, in one run.

The baseline, per program: write it to a file, start the interpreter as MultiPL-E does (the language's
`Runtime.plain` command where ours is a tuned equivalent, as Clojure's JVM, with the start-up allowance
that command needs) in a new session, poll it every 0.1 s while draining its output, kill the process group
at the end, and call it OK when it exits 0; a thread pool runs programs side by side, as many as
MultiPL-E's default (CPUs - 1, at least 1) unless --baseline-workers says otherwise. Ours: the sandboxed
executor with warm workers (where a language has one), one program per CPU. Both get the same N mixed
candidates per language (passing, failing, erroring, timing out), built from the test corpus;
verdicts_equal says whether both agree on which candidates pass and which time out.

The in-process limit, measured in the same run (--no-limit skips it): the same candidates, in the same order,
run one after another inside one long-lived interpreter per worker (as many as ours has: --workers), dealt
round-robin, each the way its language runs a file but with no isolation at all: no sandbox, no fork, no new
process; a fresh top-level environment per program, its output discarded, its exit call and errors caught so
the runner goes on. The runners are emitters/<key>/inprocess.<ext>, started with the language's own run
command; each pays its start-up (and Racket a warm-up program, as its warm worker does) before a common "go",
and only the loops are timed (limit_loop_s; limit_startup_s shows the start-up apart). Each runner uses the
harness prelude as its warm worker does (OCaml's loads it once and gets programs without it, and has them
compiled by the worker's native compile server where it is built; Racket's compiles it once and requires it
in each program): the limit is ours less the isolation, not less an optimisation.
The looping candidates are not run: no executor whose verdicts equal one process per program can stop one
sooner than a process's limit (the timeout and the language's start-up allowance), so each is charged that
limit, spread over the workers. limit_pps = N / (wall seconds of the parallel loops + looping candidates x
limit / workers), or N / the limits the busiest worker must wait out (ceil(looping / workers) x limit) where
that is longer (one looping candidate, two workers); of_limit = ours as a percentage of it. A language
without a runner shows a dash. limit_verdicts_equal: whether the runners' exit codes agree with ours on which
candidates pass.

    python bench/executor.py [--n 200] [--timeout 1] [--languages lua rkt] [--baseline-workers N] [--json]
                             [--no-limit]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus import PROBLEMS, compiled, mutants, solution
from rich.console import Console
from rich.table import Table
from test_hostile import HOSTILE, SUITE

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, read_suite
from testcompiler.api import compile_suite, program
from testcompiler.run.executor import _argv, interpreter
from testcompiler.run.pool import run_many


def looping(language: str) -> str:
    """The candidate that never ends (the in-process limit charges it the timeout instead of running it)."""
    return program(compile_suite(read_suite(SUITE), language), HOSTILE["infinite_loop"][language])


def candidates(language: str, n: int) -> list[tuple[str, int]]:
    """About half passing, a third failing, the rest erroring, and 1 in 100 that never ends."""
    passing, failing = [], []
    for problem in PROBLEMS:
        c = compiled(problem, language)
        passing.append((program(c, solution(problem, language)), len(c.checks)))
        failing += [
            (program(c, solution(problem, language, m)), len(c.checks)) for m in mutants(problem, language)
        ]
    simple = compile_suite(read_suite(SUITE), language)
    erroring = (program(simple, get_emitter(language).samples().ERRORING), len(simple.checks))
    out: list[tuple[str, int]] = [(looping(language), len(simple.checks))] * max(1, n // 100)
    shares = [(passing, n // 2), (failing, n // 3)]
    for pool, count in shares:
        out += [pool[i % len(pool)] for i in range(count)]
    out += [erroring] * (n - len(out))
    random.Random(0).shuffle(out)  # interleaved, as in real completion files
    return out


def baseline_run(argv: list[str], timeout: float) -> tuple[bool, bool]:
    """(passed, timed out) for one program, the way MultiPL-E's safe_subprocess runs it."""
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)  # fmt: skip
    for stream in (proc.stdout, proc.stderr):
        assert stream is not None
        os.set_blocking(stream.fileno(), False)
    exit_code = None
    for _ in range(int(timeout * 10)):
        for stream in (proc.stdout, proc.stderr):
            assert stream is not None
            stream.read(1024)
        exit_code = proc.poll()
        if exit_code is not None:
            break
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return exit_code == 0, exit_code is None


def baseline(
    language: str, programs: list[tuple[str, int]], timeout: float, workers: int
) -> list[tuple[bool, bool]]:
    emitter = get_emitter(language)
    interp = interpreter(emitter)

    def one(item: tuple[str, int]) -> tuple[bool, bool]:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"main.{emitter.file_ext}"
            path.write_text(item[0], encoding="utf-8")
            return baseline_run(
                _argv(emitter.runtime.plain or emitter.runtime.run, interp, path),
                timeout + emitter.runtime.startup_seconds + emitter.runtime.plain_startup_seconds,
            )

    with ThreadPoolExecutor(max_workers=workers) as threads:
        return list(threads.map(one, programs))


def runner_script(language: str) -> Path | None:
    """The language's in-process runner, emitters/<key>/inprocess.<ext>, where it has one."""
    found = sorted(get_emitter(language).bundle().glob("inprocess.*"))
    return found[0] if found else None


MARKER = "TCR "


class Runner:
    """One in-process runner (emitters/<key>/inprocess.<ext>): started at once, its loop started by go()."""

    def __init__(self, argv: list[str], cwd: str, env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip
        self.ready = threading.Event()
        self.ready_at: float | None = None
        self.done_at: float | None = None
        self.codes: list[int] = []
        self.log: list[str] = []  # what else it wrote on stderr, for a failure's message
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").strip()
            if line == MARKER + "ready":
                self.ready_at = time.perf_counter()
                self.ready.set()
            elif line.startswith(MARKER + "done"):
                self.done_at = time.perf_counter()
                self.codes = [int(code) for code in line.split()[2:]]
            elif line:
                self.log = [*self.log[-9:], line]
        self.ready.set()  # ended without being ready: nobody waits for it any longer

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.close()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


@dataclass(frozen=True)
class Limit:
    pps: float  # programs per second
    loop_seconds: float  # wall seconds of the parallel loops (the looping candidates' charge not in it)
    startup_seconds: float  # the runners' start-up, paid once before the timed loops
    passed: dict[int, bool]  # candidate's index: exited 0 (the looping ones are not there)


def in_process_limit(
    language: str, programs: list[tuple[str, int]], timeout: float, workers: int
) -> Limit | None:
    """The in-process limit (see the module's docstring); None where the language has no runner, or where
    a runner failed (said on stderr)."""
    script = runner_script(language)
    if script is None:
        return None
    emitter = get_emitter(language)
    endless = looping(language)
    worker = emitter.runtime.worker
    preloads = worker is not None and worker.preloads_prelude
    # Every runner gets the prelude (argv[2]) to use as its warm worker does: OCaml's loads it once and gets
    # programs without it; Racket's compiles it once and requires it in each program; the others ignore it.
    prelude = emitter.prelude()
    with tempfile.TemporaryDirectory() as tmp:
        shares: list[list[int]] = [[] for _ in range(workers)]  # candidates' indexes, per runner
        charged = 0
        for i, (text, _) in enumerate(programs):
            if text == endless:
                charged += 1
                continue
            if preloads:  # as the warm worker gets it (testcompiler/run/warm.py)
                text = text.replace(prelude, "", 1)
            (Path(tmp) / f"main_{i}.{emitter.file_ext}").write_text(text, encoding="utf-8")
            shares[(i - charged) % workers].append(i)  # round-robin
        (Path(tmp) / f"prelude.{emitter.file_ext}").write_text(prelude, encoding="utf-8")
        extra = [f"{tmp}/prelude.{emitter.file_ext}"]
        # what the warm worker is started with (OCaml's compile server: its runner compiles with it too)
        env = os.environ | dict(worker.env if worker else ())
        runners = []
        for w, share in enumerate(shares):
            listed = Path(tmp) / f"list_{w}.txt"
            listed.write_text(
                "".join(f"{tmp}/main_{i}.{emitter.file_ext}\n" for i in share), encoding="utf-8"
            )
            argv = [*_argv(emitter.runtime.run, interpreter(emitter), script), str(listed), *extra]
            runners.append(Runner(argv, tmp, env))
        try:
            go = _start_together(runners)
            deadline = go + 60 + len(programs) * timeout  # a candidate that ran away, with nothing to stop it
            for runner in runners:
                runner.reader.join(max(0.0, deadline - time.perf_counter()))
            for runner, share in zip(runners, shares, strict=True):
                if runner.done_at is None or len(runner.codes) != len(share):
                    raise RuntimeError("did not finish: " + " | ".join(runner.log))
        except RuntimeError as exc:
            print(f"{language}: in-process runner {exc}", file=sys.stderr)
            return None
        finally:
            for runner in runners:
                runner.kill()
    wall = max(runner.done_at or go for runner in runners) - go
    # what a process would give a looping candidate: no executor whose verdicts equal one process per program
    # stops one sooner
    allowed = timeout + emitter.runtime.startup_seconds
    return Limit(
        # no schedule ends before the worker with the most looping candidates has waited out their limits
        pps=round(
            len(programs) / max(wall + charged * allowed / workers, -(-charged // workers) * allowed), 2
        ),
        loop_seconds=round(wall, 3),
        startup_seconds=round(go - min(runner.started for runner in runners), 2),
        passed={
            i: code == 0
            for runner, share in zip(runners, shares, strict=True)
            for i, code in zip(share, runner.codes, strict=True)
        },
    )


def _start_together(runners: list[Runner]) -> float:
    """Wait until every runner has started, then start their loops at once; the time of the start."""
    deadline = time.perf_counter() + 120
    for runner in runners:
        runner.ready.wait(max(0.0, deadline - time.perf_counter()))
        if runner.ready_at is None:
            raise RuntimeError("did not start: " + " | ".join(runner.log))
    go = time.perf_counter()
    for runner in runners:
        runner.go()
    return go


def measure(
    language: str, n: int, timeout: float, workers: int, baseline_workers: int, limit: bool = True
) -> dict[str, object]:
    programs = candidates(language, n)
    start = time.perf_counter()
    base = baseline(language, programs, timeout, baseline_workers)
    base_seconds = time.perf_counter() - start
    emitter = get_emitter(language)
    start = time.perf_counter()
    ours = run_many([(emitter, text, checks) for text, checks in programs], timeout, workers, warm=True)
    our_seconds = time.perf_counter() - start
    differing = [
        (i, o.status.value, "passed" if b[0] else "timed out" if b[1] else "failed", f"{o.seconds:.2f} s")
        for i, (o, b) in enumerate(zip(ours, base, strict=True))
        if (o.status.value == "OK", o.status.value == "Timeout") != b
    ]
    for found in differing:  # which candidate, our verdict, the baseline's, our time: a flake or a fault
        print(f"{language}: verdicts differ on candidate {found[0]}: ours {found[1]} in {found[3]}, baseline "
              f"{found[2]}", file=sys.stderr)  # fmt: skip
    equal = not differing
    pps = len(programs) / our_seconds
    row: dict[str, object] = {
        "programs": len(programs),
        "baseline_pps": round(len(programs) / base_seconds, 2),
        "pps": round(pps, 2),
        "ratio": round(base_seconds / our_seconds, 2),
        "verdicts_equal": equal,
        "limit_pps": None,
        "of_limit": None,
    }
    found = in_process_limit(language, programs, timeout, workers) if limit else None
    if found is not None:
        row["limit_pps"] = found.pps
        row["of_limit"] = round(100 * pps / found.pps, 1)
        row["limit_loop_s"] = found.loop_seconds
        row["limit_startup_s"] = found.startup_seconds
        row["limit_verdicts_equal"] = all(
            (ours[i].status.value == "OK") == ok for i, ok in found.passed.items()
        )
    return row


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200, help="candidates per language")
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds per program (both sides)")
    cpus = os.cpu_count() or 1
    parser.add_argument("--workers", type=int, default=cpus, help="programs at once, ours")
    parser.add_argument(
        "--baseline-workers", type=int, default=max(1, cpus - 1), help="programs at once, baseline"
    )
    parser.add_argument("--languages", nargs="*", default=languages())
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-limit", action="store_true", help="skip the in-process limit")
    args = parser.parse_args()
    results: dict[str, dict[str, object]] = {}
    for language in args.languages:
        try:
            interpreter(get_emitter(language))
        except InterpreterMissing as exc:
            print(f"skipping {language}: {exc}", file=sys.stderr)
            continue
        results[language] = measure(
            language, args.n, args.timeout, args.workers, args.baseline_workers, limit=not args.no_limit
        )
    if args.json:
        print(json.dumps(results))
        return 0
    table = Table("language", "programs", "baseline programs/s", "ours programs/s", "ratio", "verdicts equal",
                  "limit programs/s", "of limit %")  # fmt: skip
    columns = ("programs", "baseline_pps", "pps", "ratio", "verdicts_equal", "limit_pps", "of_limit")
    for language, row in results.items():
        table.add_row(language, *("-" if row[k] is None else str(row[k]) for k in columns))
    console = Console()
    if not console.is_terminal:  # rich's 80 columns would cut the headers short
        console = Console(width=140)
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
