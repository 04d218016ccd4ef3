"""Run a program (solution + harness) in its real interpreter and read the verdict the harness reports.

The verdict never comes from guessing at stderr: the harness prints one result line per check, tagged with a
nonce fresh for each run, and a closing ``done`` line. A program that printed no result line and that does
not parse or compile (asked of the interpreter without running it) is a SyntaxError; one that stopped before
``done`` is an Exception; one that ran past its time limit is a Timeout; one whose harness caught the
language's out-of-memory error, or that the kernel killed for memory, is OutOfMemory. Every run happens in a
sandbox (testcompiler.run.sandbox).

A time limit does not count the time the whole machine stood still, waiting for its disk or its memory,
while the program ran (``Deadline``): on a machine whose disk stalls for seconds at a time (a VM's throttled
block device, the page cache paged out under it), an interpreter that reads its library from disk as it
starts would otherwise time out through no fault of its own.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from emitters import NONCE_VARIABLE, Emitter
from ir import Check, Tolerance
from testcompiler.run import sandbox
from testcompiler.run.results import CheckResult, tagged_lines
from testcompiler.run.sandbox import OUTPUT_LIMIT, Slot


class Status(StrEnum):
    OK = "OK"
    ASSERTION_ERROR = "AssertionError"
    EXCEPTION = "Exception"
    SYNTAX_ERROR = "SyntaxError"  # also compile and type errors (OCaml, Racket's unbound names)
    TIMEOUT = "Timeout"
    OUT_OF_MEMORY = "OutOfMemory"


class InterpreterMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class Expectations:
    """What the executor judges an observing harness's printed values against (testcompiler.run.judge)."""

    checks: tuple[Check, ...]
    tolerance: Tolerance


# What a program is checked by: an observing harness and its expectations (judged here, outside the
# program), a self-checking harness of ours with this many checks (its own result lines, tagged with a
# nonce), or None for a harness we did not write (only its exit code).
Expect = Expectations | int | None


@dataclass(frozen=True)
class Outcome:
    status: Status
    exit_code: int | None
    checks: tuple[CheckResult, ...]
    stdout: str
    stderr: str
    seconds: float

    @property
    def passed(self) -> int:
        return sum(c.status == "pass" for c in self.checks)


# The kernel's pressure stall information: "full" is the time in which every task that wanted to run waited
# for the disk (io) or for memory to be reclaimed (memory), a cumulative total in microseconds since boot.
_PRESSURE = ("/proc/pressure/io", "/proc/pressure/memory")


def stood_still() -> float:
    """Seconds since boot in which the machine stood still, waiting for its disk or its memory (0 where the
    kernel keeps no pressure stall information)."""
    total = 0
    for path in _PRESSURE:
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("full ") and "total=" in line:
                total += int(line.rsplit("total=", 1)[1])
    return total / 1e6


class Deadline:
    """A time limit of ``seconds`` from now, moved on by the time the machine stands still meanwhile, at most
    ``seconds`` more: a stall of the machine is not the program's time (though its own disk writes may stall
    the machine too, which is why the allowance has a cap). Counted in ``stood_still``'s sense, or any other
    nondecreasing clock of stalled seconds."""

    def __init__(
        self,
        seconds: float,
        stalled: Callable[[], float] = stood_still,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self._stalled = stalled
        self._clock = clock
        self._start = clock()
        self._stalled_at_start = stalled()

    def left(self) -> float:
        """Seconds left (0 or less: it has passed)."""
        allowance = min(self._stalled() - self._stalled_at_start, self.seconds)
        return self._start + self.seconds + allowance - self._clock()

    def next_wait(self) -> float:
        """How long to wait before asking again (0 or less: the deadline has passed): the time to the limit
        itself while that has not passed, then ``left()``. A loop that waits this long and asks again ends
        where it would with ``left()``, and reads the stall clock (two files of /proc, 37 us) only once the
        limit is reached, not at every wait."""
        plain = self._start + self.seconds - self._clock()
        return plain if plain > 0 else self.left()


def interpreter(emitter: Emitter) -> str:
    """The first of the language's interpreters on PATH that a sandboxed program may execute."""
    for name in emitter.runtime.interpreters:
        candidates = [sys.executable, *sandbox.search_path("python3")] if name == "{python}" else []
        candidates += sandbox.search_path(name) if name != "{python}" else []
        for candidate in candidates:
            if not sandbox.is_root() or sandbox.reachable_by_others(candidate):
                return candidate
    hint = f" ({emitter.runtime.install.hint})" if emitter.runtime.install.hint else ""
    raise InterpreterMissing(
        f"no {emitter.display} interpreter on PATH: "
        f"looked for {', '.join(emitter.runtime.interpreters)}{hint}"
    )


def _argv(template: tuple[str, ...], interp: str, file: Path) -> list[str]:
    return [part.replace("{interpreter}", interp).replace("{file}", str(file)) for part in template]


@dataclass(frozen=True)
class Ran:
    exit_code: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    oom_killed: bool = False  # the kernel's OOM killer killed one of its processes (its cgroup says so)

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None


def run_sandboxed(argv: list[str], run_slot: Slot, env: dict[str, str], timeout: float,
                  address_space: bool = True, show: Sequence[str] = (),
                  file_limit: int = OUTPUT_LIMIT) -> Ran:  # fmt: skip
    """Run in a new session inside the sandbox, output in (capped) anonymous files; kill the group after.
    A sandbox that could not be set up (the program never ran) is tried again, four times at most. ``show``
    and ``file_limit``: as sandbox.preexec takes them."""
    for attempt in range(5):
        ran = _run_once(argv, run_slot, env, timeout, address_space, show, file_limit)
        if not _never_ran(ran):
            break
        time.sleep(0.1 * 2**attempt)  # a machine out of processes or memory for a moment: 1.5 s in all
    return ran


def _never_ran(ran: Ran) -> bool:
    """Whether the sandbox could not be set up, so the program never ran."""
    return ran.exit_code == sandbox.SETUP_FAILED and ran.stderr.startswith(sandbox.SETUP_FAILED_MARK)


def _parsed(ran: Ran) -> tuple[bool, str]:
    """A parse-only run's answer: only a parser that ran and said no is evidence of a syntax error (one
    that ran out of time, or never started, is not)."""
    return ran.exit_code == 0 or ran.timed_out or _never_ran(ran), ran.stderr


def _run_once(argv: list[str], run_slot: Slot, env: dict[str, str], timeout: float, address_space: bool,
              show: Sequence[str], file_limit: int) -> Ran:  # fmt: skip
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv, cwd=run_slot.directory, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            start_new_session=True,
            preexec_fn=sandbox.preexec(
                run_slot, address_space=address_space, keep=argv[:1], show=show, file_limit=file_limit
            ),
        )  # fmt: skip
        timed_out = False
        deadline = Deadline(timeout)
        try:
            while proc.poll() is None:
                if (left := deadline.next_wait()) <= 0:
                    timed_out = True
                    break
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=left)
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):  # the group may be gone
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        texts = []
        for handle in (out, err):
            handle.seek(0)
            texts.append(handle.read(OUTPUT_LIMIT).decode("utf-8", "replace"))
    oom = sandbox.oom_killed(run_slot.cgroup)
    return Ran(None if timed_out else proc.returncode, texts[0], texts[1], oom)


def environment(run_slot: Slot, nonce: str | None) -> dict[str, str]:
    """The program's whole environment; a self-checking harness's nonce is in it (so within the program's
    reach: that mode is not adversary-proof), an observing harness gets none."""
    # Inside the sandbox's mount namespace the run's directory is /tmp (and the cwd).
    home = "/tmp" if sandbox.uses_namespaces(run_slot) else str(run_slot.directory)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TMPDIR": home, "LANG": "C.UTF-8"}
    return env | ({NONCE_VARIABLE: nonce} if nonce else {})


def _write_program(run_slot: Slot, emitter: Emitter, program: str) -> Path:
    """The program as ``main.<ext>`` in the run's directory; the path returned is relative to it (the cwd)."""
    source = run_slot.directory / f"main.{emitter.file_ext}"
    source.write_text(program, encoding="utf-8")
    source.chmod(0o644)
    return Path(source.name)


def _run_step(
    template: tuple[str, ...],
    emitter: Emitter,
    interp: str,
    source: Path,
    run_slot: Slot,
    env: dict[str, str],
    timeout: float,
) -> Ran:
    runtime = emitter.runtime
    argv = _argv(template, interp, source)
    return run_sandboxed(argv, run_slot, env, timeout + runtime.startup_seconds, runtime.limit_address_space,
                         sandbox.checkout_paths(runtime.reads),
                         runtime.build_file_limit or OUTPUT_LIMIT)  # fmt: skip


def parses(program: str, emitter: Emitter, timeout: float) -> tuple[bool, str]:
    """Whether ``program`` parses and compiles, asked of the interpreter without running it, in a sandbox of
    its own; with the interpreter's complaint."""
    interp = interpreter(emitter)
    with sandbox.slot() as run_slot:
        source = _write_program(run_slot, emitter, program)
        env = environment(run_slot, None)
        ran = _run_step(emitter.runtime.parse_only, emitter, interp, source, run_slot, env, timeout)
    return _parsed(ran)


def run_program(program: str, emitter: Emitter, expect: Expect, timeout: float = 10.0) -> Outcome:
    """Run ``program`` (solution + harness) in a fresh process and return its verdict (``Expect``)."""
    interp = interpreter(emitter)
    nonce = secrets.token_hex(8) if isinstance(expect, int) else None
    start = time.monotonic()
    with sandbox.slot() as run_slot:
        source = _write_program(run_slot, emitter, program)
        env = environment(run_slot, nonce)
        ran = _run_step(emitter.runtime.run, emitter, interp, source, run_slot, env, timeout)

        def check() -> tuple[bool, str]:  # in the same directory: the file is already there
            return _parsed(
                _run_step(emitter.runtime.parse_only, emitter, interp, source, run_slot, env, timeout)
            )

        status, results, stderr = verdict(ran, nonce, expect, check, emitter)
    return Outcome(status, ran.exit_code, tuple(results), ran.stdout, stderr, time.monotonic() - start)


def verdict(
    ran: Ran,
    nonce: str | None,
    expect: Expect,
    parses: Callable[[], tuple[bool, str]],
    emitter: Emitter,
) -> tuple[Status, list[CheckResult], str]:
    """The status of a run from its result lines and exit code (``parses`` is asked only when needed).

    Failed checks' values are shown in Python notation (testcompiler.run.readback).
    """
    if expect is None:
        return _foreign_verdict(ran, parses), [], ran.stderr
    observed = isinstance(expect, Expectations)
    if isinstance(expect, Expectations):
        from testcompiler.run.judge import judge

        results, done = judge(ran.stdout, expect.checks, expect.tolerance, emitter)
    else:
        results, done = read_results(ran.stdout, nonce or "", expect)
        results = [_with_actual(r, emitter) for r in results]
    stderr = ran.stderr
    statuses = {r.status for r in results}
    if "oom" in statuses:  # it ran out of memory, whatever happened next
        return Status.OUT_OF_MEMORY, results, stderr
    if ran.timed_out:
        return Status.TIMEOUT, results, stderr
    if ran.oom_killed:  # the kernel's OOM killer, as the run's cgroup counted (another signal: Exception)
        return Status.OUT_OF_MEMORY, results, stderr
    if not done and statuses <= {"missing"}:
        ok, parse_errors = parses()
        if not ok:
            return Status.SYNTAX_ERROR, results, parse_errors or stderr
        return Status.EXCEPTION, results, stderr
    if not done or statuses & {"error", "missing"}:
        return Status.EXCEPTION, results, stderr
    if "fail" in statuses:  # a self-checking harness exits non-zero after a failure, an observing one 0
        return (
            (Status.ASSERTION_ERROR if observed or ran.exit_code != 0 else Status.EXCEPTION),
            results,
            stderr,
        )
    if ran.exit_code != 0:
        return Status.EXCEPTION, results, stderr
    return Status.OK, results, stderr


def _with_actual(result: CheckResult, emitter: Emitter) -> CheckResult:
    if result.status != "fail" or "got " not in result.detail:
        return result
    from testcompiler.run.readback import python_notation

    shown = python_notation(emitter, result.detail.split("got ", 1)[1])
    return CheckResult(result.index, result.status, result.detail, shown) if shown is not None else result


def _foreign_verdict(ran: Ran, parses: Callable[[], tuple[bool, str]]) -> Status:
    if ran.timed_out:
        return Status.TIMEOUT
    if ran.oom_killed:
        return Status.OUT_OF_MEMORY
    if ran.exit_code == 0:
        return Status.OK
    return Status.EXCEPTION if parses()[0] else Status.SYNTAX_ERROR


def read_results(stdout: str, nonce: str, n_checks: int) -> tuple[list[CheckResult], bool]:
    found: dict[int, CheckResult] = {}
    done = False
    for parts in tagged_lines(stdout, nonce):
        if parts[0] == "done":
            done = True
            continue
        if len(parts) >= 2 and parts[0].isdigit() and parts[1] in ("pass", "fail", "error", "oom"):
            index = int(parts[0])
            if 1 <= index <= n_checks and index not in found:
                found[index] = CheckResult(index, parts[1], parts[2] if len(parts) > 2 else "")
    results = [found.get(i, CheckResult(i, "missing", "no result line")) for i in range(1, n_checks + 1)]
    return results, done
