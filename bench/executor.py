"""Programs per second: our executor against a baseline built like MultiPL-E's evaluator, in one run.

The baseline, per program: write it to a file, start the interpreter as MultiPL-E does (the language's
`Runtime.plain` command where ours is a tuned equivalent, as Clojure's JVM, with the start-up allowance
that command needs) in a new session, poll it every 0.1 s while draining its output, kill the process group
at the end, and call it OK when it exits 0; a thread pool runs programs side by side, as many as
MultiPL-E's default (CPUs - 1, at least 1) unless --baseline-workers says otherwise. Ours: the sandboxed
executor with warm workers (where a language has one), one program per CPU. Both get the same N mixed
candidates per language (passing, failing, erroring, timing out), built from the test corpus;
verdicts_equal says whether both agree on which candidates pass and which time out.

    python bench/executor.py [--n 200] [--timeout 1] [--languages lua rkt] [--baseline-workers N] [--json]
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
import time
from concurrent.futures import ThreadPoolExecutor
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
    looping = (program(simple, HOSTILE["infinite_loop"][language]), len(simple.checks))
    out: list[tuple[str, int]] = [looping] * max(1, n // 100)
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


def measure(language: str, n: int, timeout: float, workers: int, baseline_workers: int) -> dict[str, object]:
    programs = candidates(language, n)
    start = time.perf_counter()
    base = baseline(language, programs, timeout, baseline_workers)
    base_seconds = time.perf_counter() - start
    emitter = get_emitter(language)
    start = time.perf_counter()
    ours = run_many([(emitter, text, checks) for text, checks in programs], timeout, workers, warm=True)
    our_seconds = time.perf_counter() - start
    equal = all(
        (o.status.value == "OK", o.status.value == "Timeout") == b for o, b in zip(ours, base, strict=True)
    )
    return {
        "programs": len(programs),
        "baseline_pps": round(len(programs) / base_seconds, 2),
        "pps": round(len(programs) / our_seconds, 2),
        "ratio": round(base_seconds / our_seconds, 2),
        "verdicts_equal": equal,
    }


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
    args = parser.parse_args()
    results: dict[str, dict[str, object]] = {}
    for language in args.languages:
        try:
            interpreter(get_emitter(language))
        except InterpreterMissing as exc:
            print(f"skipping {language}: {exc}", file=sys.stderr)
            continue
        results[language] = measure(language, args.n, args.timeout, args.workers, args.baseline_workers)
    if args.json:
        print(json.dumps(results))
        return 0
    table = Table("language", "programs", "baseline programs/s", "ours programs/s", "ratio", "verdicts equal")
    for language, row in results.items():
        table.add_row(
            language, *(str(row[k]) for k in ("programs", "baseline_pps", "pps", "ratio", "verdicts_equal"))
        )
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
