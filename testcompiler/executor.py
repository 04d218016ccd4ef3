"""Run a program (solution + harness) in its real interpreter and read the verdict the harness reports.

The verdict never comes from guessing at stderr: the harness prints one result line per check, tagged with a
nonce fresh for each run, and a closing ``done`` line. A program that printed no result line and whose
source does not parse (asked of the interpreter in parse-only mode) is a SyntaxError; one that stopped
before ``done`` is an Exception; one that ran past its time limit is a Timeout.
"""

from __future__ import annotations

import contextlib
import os
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from emitters import NONCE_VARIABLE, Emitter

OUTPUT_LIMIT = 1 << 20  # bytes of stdout/stderr kept (and allowed to be written) per program
MEMORY_LIMIT = 2 << 30  # address space per process


class Status(StrEnum):
    OK = "OK"
    ASSERTION_ERROR = "AssertionError"
    EXCEPTION = "Exception"
    SYNTAX_ERROR = "SyntaxError"
    TIMEOUT = "Timeout"


class InterpreterMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class CheckResult:
    index: int
    status: str  # pass | fail | error | missing
    detail: str = ""


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


def interpreter(emitter: Emitter) -> str:
    """The first of the language's interpreters found on PATH (``{python}`` is this Python)."""
    for name in emitter.runtime.interpreters:
        if name == "{python}":
            return sys.executable
        found = shutil.which(name)
        if found:
            return found
    hint = f" ({emitter.runtime.install_hint})" if emitter.runtime.install_hint else ""
    raise InterpreterMissing(
        f"no {emitter.display} interpreter on PATH: "
        f"looked for {', '.join(emitter.runtime.interpreters)}{hint}"
    )


def _argv(template: tuple[str, ...], interp: str, file: Path) -> list[str]:
    return [part.replace("{interpreter}", interp).replace("{file}", str(file)) for part in template]


def _limits(address_space: bool) -> Callable[[], None]:
    def apply() -> None:  # runs in the child between fork and exec
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def _run(
    argv: list[str], cwd: Path, env: dict[str, str], timeout: float, address_space: bool = True
) -> tuple[int | None, str, str, bool]:
    """Run in a new process group with stdout/stderr in files (capped by RLIMIT_FSIZE); kill the group."""
    out_path, err_path = cwd / ".stdout", cwd / ".stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
            preexec_fn=_limits(address_space),
        )
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            with contextlib.suppress(ProcessLookupError):  # the group may already be gone
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    read = lambda p: p.read_bytes()[:OUTPUT_LIMIT].decode("utf-8", "replace")  # noqa: E731
    return (None if timed_out else proc.returncode), read(out_path), read(err_path), timed_out


def run_program(program: str, emitter: Emitter, n_checks: int, timeout: float = 10.0) -> Outcome:
    """Run ``program`` (solution + harness of ``n_checks`` checks) and return its verdict."""
    interp = interpreter(emitter)
    nonce = secrets.token_hex(8)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="testcompiler-") as tmp:
        work = Path(tmp)
        source = work / f"main.{emitter.file_ext}"
        source.write_text(program, encoding="utf-8")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "TMPDIR": tmp,
            "LANG": "C.UTF-8",
            NONCE_VARIABLE: nonce,
        }
        limit = emitter.runtime.limit_address_space
        code, stdout, stderr, timed_out = _run(
            _argv(emitter.runtime.run, interp, source), work, env, timeout, limit
        )
        results, done = _results(stdout, nonce, n_checks)
        if timed_out:
            status = Status.TIMEOUT
        elif not done and not any(r.status != "missing" for r in results):
            parse_code, _, parse_err, _ = _run(
                _argv(emitter.runtime.parse_only, interp, source), work, env, timeout
            )
            status = Status.SYNTAX_ERROR if parse_code != 0 else Status.EXCEPTION
            if status is Status.SYNTAX_ERROR:
                stderr = parse_err or stderr
        elif not done or any(r.status in ("error", "missing") for r in results):
            status = Status.EXCEPTION
        elif any(r.status == "fail" for r in results):
            status = Status.ASSERTION_ERROR if code != 0 else Status.EXCEPTION
        elif code != 0:
            status = Status.EXCEPTION
        else:
            status = Status.OK
    return Outcome(status, code, tuple(results), stdout, stderr, time.monotonic() - start)


def _results(stdout: str, nonce: str, n_checks: int) -> tuple[list[CheckResult], bool]:
    found: dict[int, CheckResult] = {}
    done = False
    prefix = nonce + " "
    for line in stdout.splitlines():
        if not line.startswith(prefix):
            continue
        parts = line[len(prefix) :].split(" ", 2)
        if parts[0] == "done":
            done = True
            continue
        if len(parts) >= 2 and parts[0].isdigit() and parts[1] in ("pass", "fail", "error"):
            index = int(parts[0])
            if 1 <= index <= n_checks and index not in found:
                found[index] = CheckResult(index, parts[1], parts[2] if len(parts) > 2 else "")
    results = [found.get(i, CheckResult(i, "missing", "no result line")) for i in range(1, n_checks + 1)]
    return results, done
