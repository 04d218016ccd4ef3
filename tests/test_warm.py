"""Warm workers give the verdicts process-per-program gives: on the whole corpus (references and mutants) and
on the hostile programs, in every language that has a warm worker (in CI, today's share of them)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from corpus import PROBLEMS, compiled, mutants, solution
from sampling import sample
from test_hostile import FINISHES, HOSTILE, SUITE

from emitters import Emitter, all_emitters, get_emitter
from testcompiler import InterpreterMissing, read_suite
from testcompiler.api import compile_suite, program
from testcompiler.run.executor import Expect, Outcome, Status, interpreter, run_program
from testcompiler.run.pool import default_jobs, run_many
from testcompiler.run.sandbox import is_root
from testcompiler.run.warm import Worker, WorkerPool


def _key(outcome: Outcome, name: str = "") -> tuple[object, ...]:
    if name == "fork_bomb" and outcome.status in (Status.TIMEOUT, Status.OUT_OF_MEMORY):
        # a fork bomb is killed by whichever limit it reaches first, its memory or its time: which one
        # depends on the machine's load at that moment (JVMs: each fork a JVM), not on warm or cold
        return ("killed at a limit",)
    if name == "memory_bomb" and outcome.status is Status.OUT_OF_MEMORY:
        # ended by its harness's own memory limit (exit 1) or killed by the run's cgroup (no exit code): which
        # one comes first depends on the load; a warm worker hands an OutOfMemory to a process anyway
        return outcome.status, tuple((r.index, r.status) for r in outcome.checks)
    return outcome.status, outcome.exit_code, tuple((r.index, r.status) for r in outcome.checks)


def _run(emitter: Emitter, jobs: Sequence[tuple[str, Expect, float]], warm: bool) -> list[Outcome]:
    """What ``run_many(..., warm=warm)`` does (one WorkerPool, as many threads as CPUs), each program with a
    time limit of its own, the last job (the memory bomb) run alone after the others: its longer limit no
    longer costs a second pool, whose worker or compile server started again (a JVM: seconds)."""
    with WorkerPool() as pool, ThreadPoolExecutor(max_workers=default_jobs()) as threads:

        def one(job: tuple[str, Expect, float]) -> Outcome:
            text, expect, limit = job
            return (
                pool.run(emitter, text, expect, limit) if warm else run_program(text, emitter, expect, limit)
            )

        # the memory bomb last and alone, as before: sharing the two cores, it could fill its memory too
        # slowly for its limit on a loaded machine (a Timeout against the process's OutOfMemory)
        return [*threads.map(one, jobs[:-1]), one(jobs[-1])]


@pytest.mark.parametrize(
    "language", [e.name for e in all_emitters() if e.runtime.worker or e.runtime.compiler]
)
def test_warm_verdicts_equal_process_verdicts(language: str) -> None:
    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    jobs: list[tuple[str, str, int | None]] = []
    for problem in PROBLEMS:
        c = compiled(problem, language)
        for stem in ["ref", *mutants(problem, language)]:
            jobs.append((f"{problem}/{stem}", program(c, solution(problem, language, stem)), len(c.checks)))
    hostile = compile_suite(read_suite(SUITE), language)
    for kind in HOSTILE:
        if kind == "memory_bomb":
            continue
        text = HOSTILE[kind][language].replace("{token}", "x").replace("{repo}", "/nonexistent")
        text = text.replace("{port}", "9")
        jobs.append((kind, program(hostile, text), len(hostile.checks)))
    # a foreign harness (no result lines of ours): only its exit code counts
    jobs.append(("foreign", program(hostile, HOSTILE["exits_zero_midway"][language]).split("\n\n")[0], None))

    everything = len(jobs)
    jobs = sample(jobs, language, "warm")  # two runs of each program: today's share (tests/sampling.py)
    # a program that runs away is a Timeout at whatever limit: 2 s, as tests/test_hostile.py gives it; the
    # others end in well under a second, and their limit is room for a loaded machine, costing nothing
    limits = [2.0 if name in ("infinite_loop", "fork_bomb") else FINISHES for name, _, _ in jobs]
    # filling memory takes seconds: its own, longer limit
    jobs.append(("memory_bomb", program(hostile, HOSTILE["memory_bomb"][language]), len(hostile.checks)))
    limits.append(10.0)
    argv = [(text, n, limit) for (_, text, n), limit in zip(jobs, limits, strict=True)]
    warm, cold = _run(emitter, argv, warm=True), _run(emitter, argv, warm=False)
    pairs = [(n, _key(w, n), _key(c, n)) for (n, _, _), w, c in zip(jobs, warm, cold, strict=True)]
    differences = [(name, w, c) for name, w, c in pairs if w != c]
    assert differences == []
    if len(jobs) == everything + 1:  # the whole list (and the memory bomb): every kind of verdict came
        assert {o.status.value for o in warm} >= {"OK", "AssertionError", "Timeout", "Exception"}


@pytest.mark.parametrize("language", [e.name for e in all_emitters() if e.runtime.worker])
def test_worker_runs_programs_itself_untraceable(language: str) -> None:
    """The worker answers for ordinary programs (no quiet fallback to processes), with a real group other
    than its effective one: what keeps the programs it forks from tracing it."""
    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    problem = PROBLEMS[0]
    c = compiled(problem, language)
    worker = Worker(emitter)
    try:
        outcomes = [worker.run(program(c, solution(problem, language)), len(c.checks), 5.0) for _ in range(3)]
        status = Path(f"/proc/{worker.pid}/status").read_text()
    finally:
        worker.close()
    assert [o.status if o else None for o in outcomes] == [Status.OK] * 3
    if is_root():
        real, effective, *_ = (int(g) for g in status.split("Gid:")[1].split("\n")[0].split())
        assert real != effective


LUA_PROGRAMS = {
    "prints": 'print("hi", 1 / 2)\nio.write("no newline")',
    "errors": 'local function f() error("boom") end\nf()',
    "errors_with_a_table": "error({})",
    "errors_with_a_string_table": 'error(setmetatable({}, {__tostring = function() return "custom" end}))',
    "exits_3": "os.exit(3)",
    "exits_false": "os.exit(false)",
    "exits_true_closing": 'setmetatable({}, {__gc = function() print("closed") end})\nos.exit(true, true)',
    "finalizes_at_the_end": 'setmetatable({}, {__gc = function() print("finalized") end})',
    "reads_its_arguments": "print(arg[0], arg[-1], #arg, ...)",
    "reads_stdin": 'print(io.read("l"), io.read("a"))',
    "reads_its_environment": 'print(os.getenv("HOME") ~= nil, os.getenv("TESTCOMPILER_WORKER_TOKEN"))',
    "does_not_parse": "x = = 1",
    "collects_generationally": 'print(collectgarbage("isrunning"), collectgarbage("incremental"))',
}


@pytest.mark.parametrize("name", sorted(LUA_PROGRAMS))
def test_the_lua_worker_runs_a_file_as_lua_does(name: str) -> None:
    """Lua's worker is a C program that forks and runs the file itself (Lua cannot fork): what a program
    sees and shows must be what `lua5.4 main.lua` gives it, to the byte (exit status, stdout, stderr with its
    traceback, finalizers at the end, `arg`, stdin, the collector's mode)."""
    emitter = get_emitter("lua")
    if emitter.runtime.worker is None:
        pytest.skip("Lua's warm worker is not built here (needs a C compiler and liblua5.4-dev)")
    text = LUA_PROGRAMS[name]
    worker = Worker(emitter)
    try:
        warm = worker.run(text, None, 5.0)
    finally:
        worker.close()
    cold = run_program(text, emitter, None, 5.0)
    assert warm is not None, "the worker gave the program up to a process of its own"
    assert (warm.status, warm.exit_code, warm.stdout, warm.stderr) == (
        cold.status, cold.exit_code, cold.stdout, cold.stderr
    )  # fmt: skip


RKT_SOLUTIONS = {
    "ordinary": "#lang racket\n(define (f x) x)\n",
    "comment_before_its_language": ";; f\n\n#lang racket\n(define (f x) x)\n",
    "defines_a_prelude_name": "#lang racket\n(define (f x) x)\n(define (tc-eq a b tol) #t)\n",
    "redefines_what_the_prelude_uses": "#lang racket\n(define (f x) x)\n(define (first l) 1.5)\n",
    "struct_over_a_prelude_name": "#lang racket\n(struct tc-run (a))\n(define (f x) (+ x 1))\n",
    "requires_a_library": "#lang racket\n(require srfi/1)\n(define (f x) (last (list 0 x)))\n",
    "defines_a_macro": "#lang racket\n(define-syntax-rule (twice e) (begin e e))\n(define (f x) (twice x))\n",
    "sets_the_nonce": '#lang racket\n(putenv "TESTCOMPILER_NONCE" "forged")\n(define (f x) x)\n',
    "reads_its_own_source": "#lang racket\n"
    '(define (f x) (if (regexp-match? #rx"tc-finish" (file->string "main.rkt")) x 0))\n',
    "asks_for_the_prelude_module": "#lang racket\n(define (f x)\n  (with-handlers ([void (lambda (e) x)])\n"
    '    (dynamic-require (list \'quote (string->symbol (string-append "testcompiler-" "prelude"))) #f)\n'
    "    (+ x 1)))\n",
    "has_a_main_submodule": "#lang racket\n(define (f x) x)\n(module+ main (exit 3))\n",
    "has_a_test_submodule": "#lang racket\n(define (f x) x)\n(module+ test (exit 4))\n",
    "wrong_then_a_syntax_error": "#lang racket\n(define (f x) (+ x 1))\n(define (g) (undefined-name))\n",
}


@pytest.fixture(scope="module")
def racket_workers() -> Iterator[list[Worker]]:
    """One Racket worker for the cases below, as a pool keeps one for many programs (each starts in 1 s); a
    case that leaves it closed gets a new one."""
    emitter = get_emitter("rkt")
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    workers: list[Worker] = []
    yield workers
    for worker in workers:
        worker.close()


@pytest.mark.parametrize("name", sorted(RKT_SOLUTIONS))
def test_the_racket_worker_runs_a_program_as_racket_does(name: str, racket_workers: list[Worker]) -> None:
    """Racket's worker compiles a program with the harness's prelude required, declared once in the worker,
    rather than expanding the prelude again; wherever that could change what the program does (a solution that
    defines a name the prelude's text holds, requires a library, defines a macro or sets the environment), it
    expands the program as it is. Either way the verdict is `racket main.rkt`'s, submodules included."""
    emitter = get_emitter("rkt")
    suite = compile_suite(read_suite(SUITE), "rkt")
    text = program(suite, RKT_SOLUTIONS[name])
    if not racket_workers or racket_workers[-1].closed or racket_workers[-1].spent:
        racket_workers.append(Worker(emitter))
    warm = racket_workers[-1].run(text, len(suite.checks), 10.0)
    [cold] = run_many([(emitter, text, len(suite.checks))], timeout=10, warm=False)
    assert warm is not None, "the worker gave the program up to a process of its own"
    assert _key(warm) == _key(cold)


@pytest.mark.parametrize("language", [e.name for e in all_emitters() if e.runtime.worker])
def test_a_program_leaves_nothing_for_the_next_one(language: str) -> None:
    """Programs forked by one worker share its /tmp (and /var/tmp, /dev/shm, /run/lock) and its IPC
    namespace: whatever one leaves there (a file, a SysV shared memory segment, message queue or semaphore
    set, a POSIX message queue, a file of the worker's own removed and written again under its name) is gone
    before the next starts, as each process would have had its own (a cache file would otherwise change the
    next candidate's verdict). The second program answers wrong if it finds any."""
    from test_hostile import shell_solution

    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    places = ["/tmp/{token}", "/var/tmp/{token}", "/dev/shm/{token}", "/run/lock/{token}", "/tmp/d{token}/x"]
    spec = emitter.runtime.worker
    assert spec is not None
    places.append(f"/tmp/{spec.script}")  # the worker's own file, written by the host
    token = "left-behind"
    write = "mkdir -p /tmp/d{token}; " + "; ".join(f"rm -f {p}; echo {{token}} > {p}" for p in places)
    write += "; ipcmk -M 4096; ipcmk -Q; ipcmk -S 1"
    # /proc/sysvipc/*: a header line each, and a line per object of the reader's namespace
    read = "guard:cat " + " ".join(places) + " 2>/dev/null | grep -q {token}"
    read += " || test $(cat /proc/sysvipc/shm /proc/sysvipc/msg /proc/sysvipc/sem | wc -l) -gt 3"
    if Path("/usr/bin/python3").exists():  # a POSIX message queue, made and looked for by name
        mq = "/usr/bin/python3 -c \"import ctypes; rt = ctypes.CDLL('librt.so.1'); "
        mq += "raise SystemExit(rt.mq_open(b'/{token}', {how}) < 0)\""
        write += "; " + mq.replace("{how}", "0o102, 0o600, None")  # O_CREAT | O_RDWR
        read += " || " + mq.replace("{how}", "2")
    suite = compile_suite(read_suite(SUITE), language)
    worker = Worker(emitter)
    try:
        first = worker.run(program(suite, shell_solution(language, write.replace("{token}", token))), 2, 10.0)
        second = worker.run(program(suite, shell_solution(language, read.replace("{token}", token))), 2, 10.0)
    finally:
        worker.close()
    assert first is not None and first.status is Status.OK
    assert second is not None and second.status is Status.OK, second.stdout


# A process whose main thread has exited while another of its threads runs on: each of its threads must be
# past its exit for the worker to count the process as gone (warm.py's _exiting), so this one is killed
# before the next program starts, instead of writing its file (in the worker's /tmp) during that program.
HALF_EXITED = (  # once, though the solution runs it for each check: the only process left behind
    "test -e /tmp/once || { touch /tmp/once; /usr/bin/python3 -c 'import os, threading, time, ctypes; "
    "os.fork() or (os.setsid(), threading.Thread("
    'target=lambda: (time.sleep(0.5), open("/tmp/half-exited", "w").write("x"))).start(), '
    "ctypes.CDLL(None).pthread_exit(None))'; }"
)


@pytest.mark.slow
@pytest.mark.parametrize("language", [e.name for e in all_emitters() if e.runtime.worker])
def test_a_process_whose_main_thread_exited_is_killed_before_the_next_program(language: str) -> None:
    from test_hostile import shell_solution

    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    if not Path("/usr/bin/python3").exists():
        pytest.skip("the half-exited process is made by /usr/bin/python3, absent here")
    suite = compile_suite(read_suite(SUITE), language)
    worker = Worker(emitter)
    try:
        first = worker.run(program(suite, shell_solution(language, HALF_EXITED)), 2, 10.0)
        later = "guard:sleep 1.5; test -e /tmp/half-exited"
        second = worker.run(program(suite, shell_solution(language, later)), 2, 10.0)
    finally:
        worker.close()
    assert first is not None and first.status is Status.OK
    assert second is not None and second.status is Status.OK, "the half-exited process ran on into the next"
