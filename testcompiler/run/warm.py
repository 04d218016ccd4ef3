"""Warm workers: where interpreter start-up dominates (Racket, R, OCaml), one long-running interpreter per
worker forks a fresh copy of itself for every program: the R or OCaml toplevel already started, Racket with
its library already instantiated. Programs run one at a time and never share state.

The worker runs inside a sandbox of its own (testcompiler.run.sandbox), untraceable by the programs it forks:
they share its uid, namespaces and limits, but cannot trace it, read or write its memory or reach its
descriptors. Every job carries an id no program can know in advance, and an answer for any other job is
nonsense. Its verdicts must equal process-per-program ones, so whatever is not an ordinary outcome (the worker
crashed, stopped answering or said something unexpected, a program ran out of memory or died by a signal) is
thrown away with the worker and the program is run again in a process of its own. A program still running at
its time limit (the limit a process would get, start-up allowance included) is a Timeout.
"""

from __future__ import annotations

import contextlib
import os
import queue
import secrets
import selectors
import shutil
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from emitters import DEFAULT_NONCE, Emitter
from testcompiler.run import sandbox
from testcompiler.run.compiler import CompilerPool
from testcompiler.run.executor import (
    CheckResult,
    Deadline,
    Expect,
    Expectations,
    Outcome,
    Ran,
    Status,
    environment,
    interpreter,
    parses,
    run_program,
    verdict,
)
from testcompiler.run.sandbox import OUTPUT_LIMIT, Slot

RECYCLE_AFTER = 200  # programs per worker before it is replaced (reclaims anything they left behind)
START_TIMEOUT = 30.0


class WorkerFailed(Exception):
    """The worker died, hung or answered nonsense: throw it away."""


class TimedOut(WorkerFailed):
    """No answer within the program's time limit."""


class Worker:
    def __init__(self, emitter: Emitter) -> None:
        self.emitter = emitter
        self.interpreter = interpreter(emitter)
        self.token = secrets.token_hex(8)
        spec = emitter.runtime.worker
        assert spec is not None
        self.spec = spec
        launch_env: dict[str, str] = {}
        if spec.executable:
            executable = spec.executable
        else:
            executable, launch_env = _launcher(self.interpreter, spec.launcher)
        self._slot_context = sandbox.slot()
        self.slot: Slot = self._slot_context.__enter__()
        self.jobs = 0
        self.closed = False
        self.spent = False  # takes no more programs: retired when checked in
        source = (emitter.bundle() / spec.script).read_text(encoding="utf-8")
        worker_file = self.slot.directory / spec.script
        worker_file.write_text(source, encoding="utf-8")
        worker_file.chmod(0o644)
        env = environment(self.slot, None) | launch_env | dict(spec.env)
        env["TESTCOMPILER_WORKER_TOKEN"] = self.token
        self.prelude = emitter.prelude() if spec.preloads_prelude else None
        if spec.preloads_prelude or spec.warms_up:
            prelude_file = self.slot.directory / f"prelude.{emitter.file_ext}"
            prelude_file.write_text(emitter.prelude(), encoding="utf-8")
            prelude_file.chmod(0o644)
            env["TESTCOMPILER_WORKER_PRELUDE"] = prelude_file.name
        argv = [executable, *(_fill(a, spec.script, self.interpreter) for a in spec.args)]
        self.stderr = open(os.devnull, "wb")  # noqa: SIM115 - lives as long as the worker
        self.proc = subprocess.Popen(
            argv, cwd=self.slot.directory, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.stderr, start_new_session=True,
            preexec_fn=sandbox.preexec(
                self.slot, address_space=emitter.runtime.limit_address_space, keep=argv[:1],
                untraceable=True,
            ),
        )  # fmt: skip
        self._buffer = b""
        try:
            ready = self._expect(None, "READY", START_TIMEOUT)
        except WorkerFailed:
            self.close()
            raise
        self.pid = sandbox.program_pid(self.proc.pid, self.slot)  # the interpreter, not the namespace's relay
        # the worker and a helper it started before its first program (OCaml's compile server, whose pid
        # READY names): the processes of its uid that outlive a program
        helpers = {sandbox.host_pid(int(word), self.slot) for word in ready if word.isdigit()}
        self.spare = {self.pid} | {pid for pid in helpers if pid is not None}
        # those, and the processes that relay for the worker (root's, in its cgroup)
        self.keep = self.spare | {self.proc.pid, _parent(self.pid)}
        # what the worker's writable directories hold once it has started: the rest a program left there
        self.started_with = {place: _listing(place) for place in self._writable()}
        # and the SysV IPC objects of its namespace (the programs it forks share it, as they share its /tmp)
        self.ipc_at_start = sandbox.ipc_objects(self.pid) if sandbox.uses_namespaces(self.slot) else None
        # the OOM killer's count in its cgroup when the last program ended (nothing runs between programs)
        self.ooms = sandbox.oom_kills(self.slot.cgroup)

    @property
    def visible_root(self) -> str:
        """The worker's directory as the worker sees it (/tmp inside its mount namespace)."""
        return "/tmp" if sandbox.uses_namespaces(self.slot) else str(self.slot.directory)

    def _expect(
        self,
        job: str | None,
        word: str,
        timeout: float,
        also: tuple[str, ...] = (),
        watch: Callable[[], int | None] | None = None,
    ) -> list[str]:
        """The words after ``<token> <job> <word>`` on the worker's next answer line (with ``also``, the
        answer word comes first). Lines without the token are a program's output on the worker's stdout and
        ignored; an answer for another job, or another answer, is nonsense. With ``watch`` (a forked
        program's host pid, None once it is gone, asked only if no answer comes within 50 ms): once that
        process has ended, whatever it left running is killed, so that the worker, waiting on pipes those
        leftovers hold open, can answer."""
        assert self.proc.stdout is not None
        deadline = Deadline(timeout)
        prefix = f"{self.token} {job} " if job else f"{self.token} "
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while True:
                while b"\n" in self._buffer:
                    raw, self._buffer = self._buffer.split(b"\n", 1)
                    line = raw.decode(errors="replace")
                    if not line.startswith(self.token + " "):
                        continue
                    if not line.startswith(prefix):
                        raise WorkerFailed(line)
                    words = line[len(prefix) :].split()
                    if words and words[0] == word:
                        return words[1:]
                    if words and words[0] in also:
                        return words
                    raise WorkerFailed(line)
                if len(self._buffer) > _LINE_LIMIT:  # no answer is this long (every answer starts a line)
                    self._buffer = b""
                left = deadline.next_wait()
                if left <= 0:
                    raise TimedOut("no answer in time")
                if not selector.select(min(left, 0.05) if watch else left):
                    if watch and not _alive(watch()) and self.slot.uid is not None:
                        sandbox.kill_all(self.slot.uid, spare=self.spare)
                        watch = None
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise WorkerFailed("worker exited")
                self._buffer += chunk

    def _clear(self) -> bool:
        """Kill whatever the last program left running; whether nothing is. The cgroup, where the worker has
        one, answers the usual case (the worker and its relay alone) with one read instead of a scan of
        /proc; anything else in it, or no cgroup, takes kill_all."""
        if self.slot.uid is None:
            return True
        left = sandbox.cgroup_processes(self.slot.cgroup)
        if left is not None and len(left - self.keep) <= 1:  # at most the program itself, still exiting
            for _ in range(1000):
                # A process already exiting (R's forked program, its memory being given back after its
                # answer) runs no more code of its own: it is as good as gone.
                if not (left := {pid for pid in left - self.keep if not _exiting(pid)}):
                    return True
                for pid in left:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                time.sleep(0.0005)
                left = sandbox.cgroup_processes(self.slot.cgroup) or set()
        return sandbox.kill_all(self.slot.uid, spare=self.spare)

    def _stop_program(self, job: str) -> bool:
        """Kill a forked program that ran past its limit, and everything it started; the worker lives on.
        Whether the worker answered for it (and can take the next program)."""
        if self.slot.uid is None:
            return False
        # a worker its program stopped (kill -STOP -1) can neither answer nor reap what is killed here, and
        # kill_all would wait out its patience for those zombies: retired at once
        if _state(self.pid) in ("T", "t"):
            return False
        if not sandbox.kill_all(self.slot.uid, spare=self.spare):
            return False
        try:
            self._expect(job, "DONE", 5.0, also=("SIGNAL",))
        except WorkerFailed:
            return False
        return True

    def run(self, program: str, expect: Expect, timeout: float) -> Outcome | None:
        """The program's outcome, or None when it must be run in a process of its own instead."""
        whole = program
        assert self.proc.stdin is not None
        if self.prelude is not None:
            if program.count(self.prelude) != 1:
                return None  # not a harness of ours: run it as it is, in a process of its own
            program = program.replace(self.prelude, "", 1)
        if any(word in program for word in self.spec.process_only):
            return None
        solution = whole[: whole.index(self.prelude)] if self.prelude is not None else ""
        if any(word in solution for word in self.spec.solution_process_only):
            return None
        self.jobs += 1
        job = secrets.token_hex(8)
        # A name no program can guess, and every step through a descriptor: root never follows a path that
        # a program (or something it left running) could have made a link.
        name = f"job{self.jobs}-{job}"
        try:
            job_fd = _make_job(self.slot, name, f"main.{self.emitter.file_ext}", program)
        except OSError:
            self.close()
            return None
        try:
            return self._run_job(job, name, job_fd, whole, expect, timeout)
        finally:
            os.close(job_fd)
            sandbox.discard(self.slot.directory / name)
            # (a worker whose programs could not all be killed is retired, its whole directory with it)
            if not self.closed and not self.spent and not self._scrub():
                self.spent = True

    def _writable(self) -> list[Path]:
        """Where a forked program may write outside its job's directory, as the host reaches it: the worker's
        directory (its /tmp, /var/tmp and /dev/shm), its namespace's /run/lock, and its IPC namespace's
        POSIX message queues (an unlink there is an mq_unlink)."""
        places = [self.slot.directory]
        if sandbox.uses_namespaces(self.slot):
            root = Path(f"/proc/{self.pid}/root")
            places += [root / "run/lock", root / os.fsdecode(sandbox.MQUEUE_DIR).lstrip("/")]
        return places

    def _scrub(self) -> bool:
        """Remove whatever the last program left where the next one could read it (a cache file in /tmp, a
        shared memory segment, say: processes would each have had a /tmp and an IPC namespace of their own);
        whether that worked. Only names that were not there when the worker started go, and inside what the
        worker made itself (R's session directory), only what is new there; nothing is followed through a
        link. Likewise the SysV IPC objects. A name that was there but is another file now (the program
        removed it and wrote its own under that name, for the next program to read) goes too, and the worker
        with it: it may have read that file."""
        try:
            untouched = all([_scrub(place, before) for place, before in self.started_with.items()])
            cleared = self.ipc_at_start is None or sandbox.remove_ipc(self.pid, self.ipc_at_start)
        except OSError:
            return False
        return untouched and cleared

    def _run_job(
        self, job: str, name: str, job_fd: int, whole: str, expect: Expect, timeout: float
    ) -> Outcome | None:
        assert self.proc.stdin is not None
        nonce = secrets.token_hex(8) if isinstance(expect, int) else DEFAULT_NONCE
        start = time.monotonic()
        limit = timeout + self.emitter.runtime.startup_seconds
        child: Callable[[], int | None] | None = None
        try:
            line = f"{self.visible_root}/{name}\t{nonce}\tmain.{self.emitter.file_ext}\t{job}\n"
            self.proc.stdin.write(line.encode())
            self.proc.stdin.flush()
            started = self._expect(job, "PID", limit, also=("COLD",))
            if started[:1] == ["COLD"]:  # the worker cannot run it as a process would (OCaml's: worker.ml)
                self.spent = self.spent or started[1:] != ["program"]
                return None
            inner = _number(started)
            # its pid outside the worker's PID namespace, looked up only where it is needed (a program still
            # running after 50 ms, or at its limit): most have ended by then, and the lookup reads /proc
            child = cache(lambda: sandbox.host_pid(inner, self.slot, known=self.keep))
            answer = self._expect(job, "DONE", limit, also=("SIGNAL",), watch=child)
            # Nothing of this program outlives it to touch the next one; what cannot be cleared in time
            # retires the worker (its slot keeps the uid out of use).
            if not self._clear():
                self.spent = True
        except TimedOut:
            # Still running at its limit: a Timeout. Ended, but the worker never answered: the program
            # stopped or broke the worker, and only a process of its own gives its faithful outcome.
            if child is None or not _alive(child()):
                self.close()
                return None
            if not self._stop_program(job):
                self.close()
            self.ooms = sandbox.oom_kills(self.slot.cgroup)
            indices = range(1, _count(expect) + 1)
            missing = tuple(CheckResult(i, "missing", "no result line") for i in indices)
            return Outcome(Status.TIMEOUT, None, missing, "", "", time.monotonic() - start)
        except (WorkerFailed, OSError):
            self.close()
            return None
        exit_code = self._exit_code(job_fd, answer)
        ooms, self.ooms = self.ooms, sandbox.oom_kills(self.slot.cgroup)
        if exit_code is None or self.ooms > ooms:  # a process of its own decides
            return None
        ran = Ran(exit_code, _read(job_fd, ".stdout"), _read(job_fd, ".stderr"))

        def check() -> tuple[bool, str]:  # only for programs that printed nothing
            return parses(whole, self.emitter, timeout)

        status, results, stderr = verdict(ran, nonce, expect, check, self.emitter)
        if status in (Status.OUT_OF_MEMORY, Status.TIMEOUT):
            return None
        return Outcome(status, exit_code, tuple(results), ran.stdout, stderr, time.monotonic() - start)

    def _exit_code(self, job_fd: int, answer: list[str]) -> int | None:
        """The program's exit code; None (run it in a process instead) for a crash, a signal or nonsense."""
        text = _read(job_fd, ".status") if self.spec.status_file else " ".join(answer)
        if not text.strip().lstrip("-").isdigit():  # died without quitting, SIGNAL, or garbage
            return None
        return int(text)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=5)
        self.stderr.close()
        self._slot_context.__exit__(None, None, None)


_LINE_LIMIT = 1 << 16


@cache
def _launcher(interpreter_path: str, launcher: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """What starts the worker (the interpreter, or the EXECUTABLE its launcher names) and the variables
    the launcher asks for."""
    if not launcher:
        return interpreter_path, {}
    argv = [part.replace("{interpreter}", interpreter_path) for part in launcher]
    try:
        ran = subprocess.run(argv, capture_output=True, text=True, timeout=START_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise WorkerFailed(f"launcher: {exc}") from None
    names = dict(line.split("=", 1) for line in ran.stdout.splitlines() if "=" in line)
    executable = names.pop("EXECUTABLE", "")
    if ran.returncode != 0 or not os.access(executable, os.X_OK):
        raise WorkerFailed(f"launcher named no executable: {ran.stdout!r} {ran.stderr[-200:]!r}")
    return executable, names


# (st_dev, st_ino, st_ctime_ns of a file): a file removed and made again under its name has another, even
# where the inode number is reused, and so has one written in place (a directory's ctime changes with every
# entry made in it, and its entries are compared one by one instead)
Identity = tuple[int, int, int]


@dataclass(frozen=True)
class Kept:
    """An entry of a writable place when the worker started: its identity and, for a directory, its own."""

    identity: Identity
    inner: dict[str, Identity] | None


Listing = dict[str, Kept]


def _identity(entry: os.DirEntry[str]) -> Identity:
    info = entry.stat(follow_symlinks=False)
    return info.st_dev, info.st_ino, 0 if stat.S_ISDIR(info.st_mode) else info.st_ctime_ns


def _listing(place: Path) -> Listing:
    found: Listing = {}
    with contextlib.suppress(OSError), os.scandir(place) as entries:
        for entry in entries:
            inner = None
            if entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError), os.scandir(entry.path) as children:
                    inner = {child.name: _identity(child) for child in children}
            found[entry.name] = Kept(_identity(entry), inner)
    return found


def _scrub(place: Path, before: Listing) -> bool:
    """Delete what is new in ``place`` (and in the directories it held); whether nothing that was there
    before was replaced (a file the worker's program removed and wrote again under its name: deleted too,
    as its content is the last program's)."""
    untouched = True
    with os.scandir(place) as entries:
        for entry in entries:
            kept = before.get(entry.name)
            if kept is None or _identity(entry) != kept.identity:
                untouched = untouched and kept is None
                _delete(Path(entry.path), entry.is_dir(follow_symlinks=False))
                continue
            if kept.inner is None or not entry.is_dir(follow_symlinks=False):
                continue
            inner = os.open(entry.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
            try:
                with os.scandir(inner) as children:
                    for child in children:
                        if kept.inner.get(child.name) == _identity(child):
                            continue
                        untouched = untouched and child.name not in kept.inner
                        if child.is_dir(follow_symlinks=False):
                            shutil.rmtree(child.name, dir_fd=inner)
                        else:
                            os.unlink(child.name, dir_fd=inner)
            finally:
                os.close(inner)
    return untouched


def _delete(path: Path, directory: bool) -> None:
    if directory:
        sandbox.discard(path)  # renamed out of reach at once (or deleted here where it cannot be)
    else:
        path.unlink(missing_ok=True)


def _fill(arg: str, script: str, interpreter_path: str) -> str:
    return arg.replace("{worker}", script).replace("{interpreter}", interpreter_path)


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return pid


_PF_EXITING = 0x4  # the kernel's flag for a process inside exit(): it runs no user code again


def _exiting(pid: int) -> bool:
    """Whether every thread of ``pid`` is past the point of no return of its exit (or gone): a main thread
    that has exited alone leaves the others running."""
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return True
    for thread in threads:
        try:
            stat = Path(f"/proc/{pid}/task/{thread}/stat").read_text()
        except OSError:
            continue
        try:
            flags = int(stat.rsplit(")", 1)[1].split()[6])
        except (IndexError, ValueError):
            return False
        if not flags & _PF_EXITING:
            return False
    return True


def _state(pid: int) -> str:
    """The state letter of ``pid`` (R, S, T for stopped, Z for a zombie...), or "" when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def _alive(pid: int | None) -> bool:
    """Whether ``pid`` still runs (a zombie has ended; None is a process already gone)."""
    return pid is not None and _state(pid) not in ("", "Z")


def _count(expect: Expect) -> int:
    return len(expect.checks) if isinstance(expect, Expectations) else expect or 0


def _make_job(run_slot: Slot, name: str, file: str, program: str) -> int:
    """A fresh job directory (owned by the sandbox uid) with the program in it, root-owned; returns the
    directory's descriptor. Fails if anything already sits at that name."""
    os.mkdir(run_slot.directory / name, 0o755)
    fd = os.open(run_slot.directory / name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        if run_slot.uid is not None:
            os.fchown(fd, run_slot.uid, run_slot.uid)
        out = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=fd)
        with os.fdopen(out, "wb") as fh:
            fh.write(program.encode("utf-8"))
    except OSError:
        os.close(fd)
        raise
    return fd


def _number(words: list[str]) -> int:
    if not words or not words[0].isdigit():
        raise WorkerFailed(f"not a number: {words!r}")
    return int(words[0])


def _read(job_fd: int, name: str) -> str:
    """A file the program wrote, if it is a plain file of its own: never a link, a FIFO, a device or a
    hard link to somebody else's file (read as root, it could otherwise show what the program may not)."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=job_fd)
    except OSError:
        return ""
    with os.fdopen(fd, "br") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_uid == 0:
            return ""
        return fh.read(OUTPUT_LIMIT).decode("utf-8", "replace")


class WorkerPool:
    """Idle warm workers per language, started on demand, replaced when they fail or grow old; and the warm
    compilers of languages that have one (testcompiler.run.compiler)."""

    def __init__(self) -> None:
        self._idle: dict[str, queue.SimpleQueue[Worker]] = {}
        self._all: list[Worker] = []
        self._lock = threading.Lock()
        self._compilers = CompilerPool()

    def run(self, emitter: Emitter, program: str, expect: Expect, timeout: float) -> Outcome:
        if emitter.runtime.compiler is not None:  # a warm compiler (testcompiler.run.compiler) instead
            compiled = self._compilers.run(emitter, program, expect, timeout)
            return compiled if compiled is not None else run_program(program, emitter, expect, timeout)
        if emitter.runtime.worker is None:
            return run_program(program, emitter, expect, timeout)
        worker = self._checkout(emitter)
        outcome = worker.run(program, expect, timeout) if worker else None
        if worker:
            self._checkin(worker)
        if (
            outcome is None
        ):  # anything out of the ordinary: the faithful answer comes from a process of its own
            outcome = run_program(program, emitter, expect, timeout)
        return outcome

    def _checkout(self, emitter: Emitter) -> Worker | None:
        with self._lock:
            idle = self._idle.setdefault(emitter.name, queue.SimpleQueue())
        try:
            return idle.get_nowait()
        except queue.Empty:
            pass
        try:
            worker = Worker(emitter)
        except (WorkerFailed, OSError):
            return None
        with self._lock:
            self._all.append(worker)
        return worker

    def _checkin(self, worker: Worker) -> None:
        if worker.closed or worker.spent or worker.proc.poll() is not None or worker.jobs >= RECYCLE_AFTER:
            self._retire(worker)
            return
        self._idle[worker.emitter.name].put(worker)

    def _retire(self, worker: Worker) -> None:
        worker.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, []
        for worker in workers:
            worker.close()
        self._compilers.close()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
