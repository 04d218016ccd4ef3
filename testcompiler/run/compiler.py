"""Warm compilers: where a compiler's start dominates a program's run (javac in a cold JVM: about 0.3 CPU-s
of a Java program's 0.35), one long-running compiler server per thread compiles program after program, and
each program then runs from the files it made, in a sandboxed process of its own (a plain ``java``).

The server is the language's own (``Runtime.compiler``, a script in its folder), started in a sandbox slot of
its own (its own uid, no network, limits, memory cgroup) exactly as a program or a warm worker is. It never
runs candidate code: it only compiles (Java's runs javac with -proc:none, and no compiled class is loaded
there; see emitters/java/CompileServer.java), and its answers travel as bytes on a pipe that only the
executor holds. A source can still make the compiler slow, huge or crash it; whatever is not an ordinary
answer (the server died, hung, ran past the program's time limit or answered nonsense, or the files cannot
be written) throws the server away, and that program is run by the way it would be without one
(executor.run_program), so a hostile source never decides another program's verdict, nor its own.

Verdicts equal the one-command path's. A program that does not compile is what that path makes of it: no
output, exit status 1, javac's diagnostics on stderr, and then the executor's own parse check
(``parse_only``). One that compiles runs in a fresh slot with its class files in ``./classes`` (owned by root,
read-only to it) for the time its limit leaves after the compile: the same limit, start-up allowance
included, as the one command has for compiling and running both.

The protocol: a request is ``<job> <length>\\n`` and that many bytes of UTF-8 source; the answer is ``<token>
<job> <word> <length>\\n`` and that many bytes, the word OK (the name to run and the number of files, a line
each, then per file ``<length> <path>\\n`` and its bytes, then the compiler's warnings), FAIL (its
diagnostics) or CRASH. The server's first answer, once it is warm, is ``<token> - READY 0``.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import secrets
import selectors
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

from emitters import Emitter
from emitters.base import WarmCompiler
from testcompiler.run import sandbox
from testcompiler.run.executor import (
    Deadline,
    Expect,
    Outcome,
    Ran,
    environment,
    interpreter,
    parses,
    run_sandboxed,
    verdict,
)
from testcompiler.run.sandbox import OUTPUT_LIMIT, Slot

START_TIMEOUT = 60.0  # a JVM that compiles the server and warms javac up, on a loaded machine
RECYCLE_AFTER = 500  # programs per server before it is replaced
# Servers at once: each holds a sandbox uid for its life, and the programs it compiles need uids of their own
MAX_SERVERS = sandbox.UID_COUNT // 4
START_FAILURES = 3  # servers of a language that failed to start before its programs stop asking for one
PAYLOAD_LIMIT = 64 << 20  # bytes of class files and diagnostics in one answer
FILES_LIMIT = 10_000
# A relative path of identifier characters (Java's: letters, digits, _ and $ of any script) and an extension:
# no "..", no "/" first.
_PATH = re.compile(r"[\w$]+(/[\w$]+)*\.\w+")
_NAME = re.compile(r"[^\W\d][\w$]*(\.[^\W\d][\w$]*)*")


class CompilerFailed(Exception):
    """The server died, hung or answered nonsense: throw it away."""


@dataclass(frozen=True)
class Answer:
    ok: bool  # it compiled: ``files`` and ``main`` are what to run
    main: str
    files: tuple[tuple[str, bytes], ...]
    diagnostics: str


class CompileServer:
    def __init__(self, emitter: Emitter) -> None:
        spec = emitter.runtime.compiler
        assert spec is not None
        self.spec: WarmCompiler = spec
        self.language = emitter.name
        self.token = secrets.token_hex(8)
        self.jobs = 0
        self.closed = False
        self._buffer = b""
        self._slot_context = sandbox.slot()
        self.slot: Slot = self._slot_context.__enter__()
        try:
            script = self.slot.directory / spec.script
            script.write_text((emitter.bundle() / spec.script).read_text(encoding="utf-8"), encoding="utf-8")
            script.chmod(0o644)
            executable = spec.executable or interpreter(emitter)
            argv = [executable, *(a.replace("{server}", spec.script).replace("{token}", self.token)
                                  for a in spec.args)]  # fmt: skip
            self.stderr = open(os.devnull, "wb")  # noqa: SIM115 - lives as long as the server
            self.proc = subprocess.Popen(
                argv, cwd=self.slot.directory, env=environment(self.slot, None), stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self.stderr, start_new_session=True,
                preexec_fn=sandbox.preexec(
                    self.slot, address_space=emitter.runtime.limit_address_space, keep=argv[:1]
                ),
            )  # fmt: skip
        except BaseException:
            self._slot_context.__exit__(None, None, None)
            raise
        try:
            word, payload = self._answer("-", Deadline(START_TIMEOUT))
            if word != "READY" or payload:
                raise CompilerFailed(f"not ready: {word}")
        except (CompilerFailed, OSError):
            self.close()
            raise

    def compile(self, source: str, deadline: Deadline) -> Answer:
        """The server's answer for ``source`` by ``deadline``; CompilerFailed for anything else (the server is
        then of no further use)."""
        self.jobs += 1
        job = secrets.token_hex(8)
        data = source.encode("utf-8")
        self._send(f"{job} {len(data)}\n".encode() + data, deadline)
        word, payload = self._answer(job, deadline)
        if word == "FAIL":
            return Answer(False, "", (), payload.decode("utf-8", "replace"))
        if word != "OK":
            raise CompilerFailed(word)
        return _compiled(payload)

    def _send(self, request: bytes, deadline: Deadline) -> None:
        """The request written whole by ``deadline``: a server that stops reading cannot hold us."""
        assert self.proc.stdin is not None
        fd = self.proc.stdin.fileno()
        os.set_blocking(fd, False)
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_WRITE)
            while request:
                left = deadline.next_wait()
                if left <= 0:
                    raise CompilerFailed("not reading")
                if not selector.select(left):
                    continue  # the deadline may have moved on meanwhile (the machine stood still)
                try:
                    request = request[os.write(fd, request[: 1 << 16]) :]
                except BlockingIOError:
                    continue
                except OSError as exc:
                    raise CompilerFailed(f"cannot write: {exc}") from None

    def _answer(self, job: str, deadline: Deadline) -> tuple[str, bytes]:
        """The next answer's word and payload, which must be for ``job``."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)

            def more() -> None:
                while True:  # asked again after each wait: the deadline may have moved on meanwhile
                    left = deadline.next_wait()
                    if left <= 0:
                        raise CompilerFailed("no answer in time")
                    if selector.select(left):
                        break
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise CompilerFailed("server exited")
                self._buffer += chunk

            while b"\n" not in self._buffer:
                if len(self._buffer) > 200:
                    raise CompilerFailed("no answer line")
                more()
            line, self._buffer = self._buffer.split(b"\n", 1)
            words = line.decode("ascii", "replace").split(" ")
            if len(words) != 4 or words[:2] != [self.token, job] or not words[3].isdigit():
                raise CompilerFailed(f"nonsense: {line[:200]!r}")
            length = int(words[3])
            if length > PAYLOAD_LIMIT:
                raise CompilerFailed("answer too long")
            while len(self._buffer) < length:
                more()
            payload, self._buffer = self._buffer[:length], self._buffer[length:]
            return words[2], payload

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if hasattr(self, "proc"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            with contextlib.suppress(Exception):
                self.proc.wait(timeout=5)
            for stream in (self.proc.stdin, self.proc.stdout, self.stderr):
                with contextlib.suppress(Exception):
                    if stream is not None:
                        stream.close()
        self._slot_context.__exit__(None, None, None)


def _compiled(payload: bytes) -> Answer:
    """An OK answer's payload read; CompilerFailed where it is not what the protocol says."""
    try:
        main, count, rest = payload.split(b"\n", 2)
        name = main.decode("utf-8")
        if not _NAME.fullmatch(name) or not count.isdigit() or int(count) > FILES_LIMIT:
            raise ValueError(name)
        files = []
        for _ in range(int(count)):
            head, rest = rest.split(b"\n", 1)
            size, path = head.decode("utf-8").split(" ", 1)
            if not size.isdigit() or int(size) > len(rest) or not _PATH.fullmatch(path):
                raise ValueError(path)
            files.append((path, rest[: int(size)]))
            rest = rest[int(size) :]
    except ValueError as exc:  # UnicodeDecodeError is one
        raise CompilerFailed(f"nonsense payload: {exc}") from None
    return Answer(True, name, tuple(files), rest.decode("utf-8", "replace"))


def _write_files(directory: str, files: tuple[tuple[str, bytes], ...]) -> None:
    """The class files under ``directory``/classes, owned by root and read-only to the program. The slot is
    fresh and nothing has run in it yet, so no path on the way can be a link a program made."""
    root = os.path.join(directory, "classes")
    os.mkdir(root, 0o755)
    for path, data in files:
        target = os.path.join(root, path)
        os.makedirs(os.path.dirname(target), 0o755, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(data)


def run_compiled(
    server: CompileServer, program: str, emitter: Emitter, expect: Expect, timeout: float
) -> Outcome | None:
    """``program`` compiled by ``server`` and run from its files; None where it must be run the way it would
    be without a server (the server is then closed, if it was at fault)."""
    runtime = emitter.runtime
    spec = server.spec
    nonce = secrets.token_hex(8) if isinstance(expect, int) else None
    limit = timeout + runtime.startup_seconds  # what the one command has for compiling and running
    start = time.monotonic()
    deadline = Deadline(limit)
    try:
        answer = server.compile(spec.source(program), deadline)
    except CompilerFailed:
        server.close()
        return None
    left = deadline.left()
    if left <= 0:
        return None
    if answer.ok:
        with sandbox.slot() as run_slot:
            try:
                _write_files(str(run_slot.directory), answer.files)
            except OSError:  # a name too long for the file system, the disk full...
                return None
            argv = [part.replace("{interpreter}", interpreter(emitter)).replace("{main}", answer.main)
                    for part in spec.run]  # fmt: skip
            env = environment(run_slot, nonce)
            show = sandbox.checkout_paths(runtime.reads)
            ran = run_sandboxed(argv, run_slot, env, left, runtime.limit_address_space, show)
        stderr = (answer.diagnostics + ran.stderr)[:OUTPUT_LIMIT]
        ran = Ran(ran.exit_code, ran.stdout, stderr, ran.oom_killed)
    else:  # what the one command does: javac's complaint, exit status 1, nothing on stdout
        ran = Ran(1, "", answer.diagnostics)

    def check() -> tuple[bool, str]:
        return parses(program, emitter, timeout)

    status, results, stderr = verdict(ran, nonce, expect, check, emitter)
    return Outcome(status, ran.exit_code, tuple(results), ran.stdout, stderr, time.monotonic() - start)


class CompilerPool:
    """Idle compile servers per language, started on demand, replaced when they fail or grow old."""

    def __init__(self) -> None:
        self._idle: dict[str, queue.SimpleQueue[CompileServer]] = {}
        self._all: list[CompileServer] = []
        self._failed: dict[str, int] = {}
        self._starting = 0
        self._lock = threading.Lock()

    def run(self, emitter: Emitter, program: str, expect: Expect, timeout: float) -> Outcome | None:
        """The outcome through a warm compiler; None where the program must be run without one."""
        server = self._checkout(emitter)
        if server is None:
            return None
        try:
            return run_compiled(server, program, emitter, expect, timeout)
        finally:
            self._checkin(server)

    def _checkout(self, emitter: Emitter) -> CompileServer | None:
        with self._lock:
            idle = self._idle.setdefault(emitter.name, queue.SimpleQueue())
            if self._failed.get(emitter.name, 0) >= START_FAILURES:
                return None
        try:
            return idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._starting + len(self._all) >= MAX_SERVERS:
                return None
            self._starting += 1
        try:
            server = CompileServer(emitter)
        except (CompilerFailed, OSError):
            with self._lock:
                self._starting -= 1
                self._failed[emitter.name] = self._failed.get(emitter.name, 0) + 1
            return None
        with self._lock:
            self._starting -= 1
            self._all.append(server)
        return server

    def _checkin(self, server: CompileServer) -> None:
        if server.closed or server.proc.poll() is not None or server.jobs >= RECYCLE_AFTER:
            server.close()
            with self._lock:
                if server in self._all:
                    self._all.remove(server)
            return
        self._idle[server.language].put(server)

    def close(self) -> None:
        with self._lock:
            servers, self._all = self._all, []
        for server in servers:
            server.close()
