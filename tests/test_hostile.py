# ruff: noqa: E501  (the hostile programs read best one per line)
"""Hostile programs in every installed language: each gets the right status, and the host is unharmed (no
file written outside the run's directory, no connection made, no process left behind)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import socket
import tempfile
import threading
from pathlib import Path

import pytest

from emitters import Compiled, all_emitters, get_emitter, languages
from testcompiler import (
    InterpreterMissing,
    Outcome,
    Status,
    expectations,
    observed_program,
    read_suite,
)
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import (
    UID_BASE,
    UID_COUNT,
    is_root,
    memory_cgroup_root,
    namespaces_work,
    seccomp_works,
)

SUITE = "def f(x: int) -> int:\n    ...\n\nassert f(1) == 1\nassert f(2) == 2\n"
REPO = Path(__file__).resolve().parent.parent

# {kind: {language: solution}} from each language's samples (emitters/<key>/samples.py); {port}, {token}
# and {repo} are filled in per run.
HOSTILE_KINDS = (
    "infinite_loop", "fork_bomb", "huge_output", "memory_bomb", "writes_outside", "opens_socket",
    "fakes_passes", "exits_zero_midway",
    # forgers: each prints pass lines tagged with any nonce it can find, and redefines the harness's
    # equality where its language lets it; each returns a wrong answer (x + 1), which must still fail
    "forges_verdict",
)  # fmt: skip
HOSTILE: dict[str, dict[str, str]] = {
    kind: {e.name: e.samples().HOSTILE[kind] for e in all_emitters() if kind in e.samples().HOSTILE}
    for kind in HOSTILE_KINDS
}
HONEST = {e.name: e.samples().HONEST for e in all_emitters()}


def shell_solution(language: str, command: str) -> str:
    """A right solution (returns x) that first runs ``command`` with /bin/sh; a command starting with
    ``guard:`` makes it wrong (x + 1) when the rest exits 0: the evidence of a breach that a warm
    worker does not hide by running the program again in a process."""
    samples = get_emitter(language).samples()
    template = samples.SHELL_GUARD if command.startswith("guard:") else samples.SHELL
    quoted = command.removeprefix("guard:").replace("\\", "\\\\").replace('"', '\\"')
    return str(template).replace("{command}", quoted)


_CONNECT = "python3 -c 'import socket, sys; c = socket.socket(socket.AF_UNIX); c.connect(sys.argv[1]); c.send(bytes(1))'"
SHELL = {
    # SIGKILL is not evidence of running out of memory: an Exception
    "kills_itself": "kill -9 $PPID; sleep 5",
    # SysV IPC and POSIX shared memory: private to the run, gone with it
    "leaves_ipc": "ipcmk -M 65536 >/dev/null 2>&1; ipcmk -Q >/dev/null 2>&1; echo x > /dev/shm/{token}",
    # Unix-domain sockets of the host, by path and in the abstract namespace
    "unix_socket": f"{_CONNECT} {{socket}} 2>/dev/null; {_CONNECT} @{{token}} 2>/dev/null",
    # the checkout, world-readable files of the host, and the executor's command line
    "reads_host": "cat {secret} /proc/*/cmdline /proc/1/environ 2>/dev/null | tr '\\0' ' '; echo",
    # the process that started the program (a warm worker, or the sandbox's init): its memory, its
    # environment (a worker's protocol token) and its stdout; its answer is wrong if any is within reach
    "attacks_parent": "guard:w=$(cut -d' ' -f4 /proc/$PPID/stat); "
    "printf '\\n%s 1 DONE 0\\n' \"$TESTCOMPILER_WORKER_TOKEN\"; for f in mem environ fd/1; do "
    "(exec 3>>/proc/$w/$f) 2>/dev/null && exit 0; (exec 3</proc/$w/$f) 2>/dev/null && exit 0; done; exit 1",
    # memory spread over processes, each far under its own limit, together over the run's (a cgroup)
    # (each dd fills a 700 MB buffer and holds it, blocked on a pipe nobody reads, so the four overlap
    # however slowly the machine starts them)
    "memory_spread": "for i in 1 2 3 4; do dd if=/dev/zero bs=700M count=1 2>/dev/null | sleep 3 & done; wait",
    # stops every process it may signal (its worker among them): a Timeout, and nobody else's verdict
    "stops_others": "kill -STOP -1",
    # a key in its uid's keyring, which outlives its processes: the next program of the uid would find it
    # (refused, EPERM, as in Docker; the answer is wrong if the key was added)
    "keeps_a_key": 'guard:python3 -c \'import ctypes, os; n = {"x86_64": 248, "aarch64": 217}[os.uname().machine]; '
    'raise SystemExit(ctypes.CDLL(None).syscall(n, b"user", b"{token}", b"x", 1, -4) < 0)\'',
}

EXPECTED = {
    "infinite_loop": {Status.TIMEOUT},
    "fork_bomb": {Status.TIMEOUT},
    "huge_output": {Status.EXCEPTION},  # killed when its output passes the cap: no `done` line
    "memory_bomb": {Status.OUT_OF_MEMORY},
    "writes_outside": {Status.OK},  # the writes go nowhere that matters; the answers are right
    "opens_socket": {Status.OK},
    "fakes_passes": {Status.ASSERTION_ERROR},
    "exits_zero_midway": {Status.EXCEPTION},
    "forges_verdict": {Status.ASSERTION_ERROR},
    "kills_itself": {Status.EXCEPTION},
    "leaves_ipc": {Status.OK},
    "unix_socket": {Status.OK},
    "reads_host": {Status.OK},
    "attacks_parent": {Status.OK},
    "stops_others": {Status.TIMEOUT},
    "memory_spread": {Status.OUT_OF_MEMORY},
    "keeps_a_key": {Status.OK},
}
ISOLATION = (
    "fork_bomb", "writes_outside", "opens_socket", "leaves_ipc", "unix_socket", "reads_host", "attacks_parent",
    "stops_others", "memory_spread", "keeps_a_key",
)  # fmt: skip


def sandbox_processes() -> list[int]:
    """Processes of sandbox uids that no run holds: leftovers. A uid another process holds (its flock, see
    testcompiler.run.sandbox) belongs to a run in progress elsewhere, another test session's perhaps."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                uid = os.stat(f"/proc/{entry}").st_uid
            except FileNotFoundError:
                continue
            if UID_BASE <= uid < UID_BASE + UID_COUNT and not _held_elsewhere(uid):
                pids.append(int(entry))
    return pids


def _held_elsewhere(uid: int) -> bool:
    lock = Path(tempfile.gettempdir()) / "testcompiler-uids" / str(uid)
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops our lock, if we took it
    return False


class Listener:
    """A real TCP server on loopback that records whether anything connected."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        # how often it looks at ``stop``: what close() waits at most, in each of some 300 cases a CI run
        # (0.2 s was half a minute of CI's time, waiting)
        self.server.settimeout(0.02)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.setblocking(False)
        with contextlib.suppress(BlockingIOError):  # any connection made after the thread last looked
            while True:
                self.server.accept()[0].close()
                self.connections += 1
        self.server.close()


class UnixListener:
    """Unix-domain sockets of the host (a path under /run and an abstract name) that count connections."""

    def __init__(self, token: str) -> None:
        self.path = f"/run/{token}.sock"
        self.servers = []
        for address in (self.path, "\0" + token):
            server = socket.socket(socket.AF_UNIX)
            server.bind(address)
            server.listen()
            server.setblocking(False)
            self.servers.append(server)

    def connections(self) -> int:
        count = 0
        for server in self.servers:
            with contextlib.suppress(BlockingIOError):
                while True:
                    server.accept()[0].close()
                    count += 1
        return count

    def close(self) -> None:
        for server in self.servers:
            server.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def host_ipc() -> set[str]:
    """SysV IPC objects of the host (shared memory, message queues, semaphores), by kind and key."""
    found = set()
    for kind in ("shm", "msg", "sem"):
        with contextlib.suppress(FileNotFoundError):
            lines = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]
            found |= {f"{kind} {line.split()[0]} {line.split()[1]}" for line in lines}
    return found


# A process of its own (``evaluate --no-warm``, and ``testcompiler run``: run_solution is the same
# run_program of the same observed program, so it is not run a second time) or a warm worker (``evaluate``).
PATHS = ("process", "warm")


# The time limit of a program that ends on its own (every kind but the runaways, and the right program after
# a hostile one; other tests' programs whose verdict is not a Timeout): all of them end in seconds at most,
# so it costs nothing, and it is room for a machine that CI loads with other tests' hostile programs (at 2 s,
# a Racket program that writes outside its folder timed out there; at 10 s and Rust's 4 s allowance, a Rust
# stub's compile). A runaway's limit is 2 s: the sooner it is stopped, the shorter CI.
FINISHES = 30.0
RUNAWAY = 2.0


def limit(kind: str) -> float:
    if kind.startswith("memory"):  # filling 2 GiB takes seconds (Racket's collector: 4 s on a quiet machine)
        return FINISHES
    return RUNAWAY if Status.TIMEOUT in EXPECTED[kind] else FINISHES


def run_hostile(compiled: Compiled, solution: str, path: str, timeout: float) -> Outcome:
    """One hostile program through a process of its own (``evaluate --no-warm``, ``testcompiler run``) or a
    warm worker (``evaluate``), and a right program run after it (in the same worker)."""
    emitter = compiled.emitter
    after = HONEST[compiled.language]
    jobs = [(emitter, observed_program(compiled, text), expectations(compiled)) for text in (solution, after)]
    hostile, honest = run_many(jobs, [timeout, FINISHES], workers=1, warm=path == "warm")
    assert honest.status is Status.OK, ("a right program after a hostile one", honest)
    return hostile


def test_every_language_has_every_hostile_program() -> None:
    """Every guarantee gets a hostile test in every language: a bundle without one fails here."""
    for emitter in all_emitters():
        samples = emitter.samples()
        missing = [kind for kind in HOSTILE_KINDS if kind not in samples.HOSTILE]
        assert not missing, f"{emitter.name}: no hostile program for {', '.join(missing)}"
        for name in ("HONEST", "ERRORING", "SHELL", "SHELL_GUARD"):
            assert isinstance(getattr(samples, name, None), str), f"{emitter.name}: no {name} program"
        assert "{command}" in samples.SHELL and "{command}" in samples.SHELL_GUARD
    assert set(EXPECTED) == {*HOSTILE_KINDS, *SHELL}


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("kind", [*HOSTILE, *SHELL])
def test_hostile_program(kind: str, language: str, path: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    if not is_root() and kind in ISOLATION:
        pytest.skip("the sandbox's uid, network, IPC, PID and mount isolation needs root")
    if not namespaces_work() and kind in ISOLATION:
        pytest.skip("this kernel refuses new namespaces or mount_setattr (the documented fallback)")
    if kind == "memory_spread" and memory_cgroup_root() is None:
        pytest.skip("no memory cgroup can be made here: the documented bound is per process")
    if kind == "keeps_a_key" and not seccomp_works():
        pytest.skip(
            "this kernel takes no seccomp filter: the keyrings stay reachable (the documented fallback)"
        )
    runtime = get_emitter(language).runtime
    if path == "warm" and runtime.worker is None and runtime.compiler is None:
        pytest.skip(f"{language} has no warm worker or compiler")
    token = f"testcompiler-hostile-{secrets.token_hex(6)}"
    secret = REPO / f".{token}"
    secret.write_text(f"secret-{token}")
    secret.chmod(0o644)
    listener = Listener()
    unix = UnixListener(token)
    ipc_before = host_ipc()
    try:
        if kind in SHELL:
            command = SHELL[kind].replace("{socket}", unix.path).replace("{secret}", str(secret))
            solution = shell_solution(language, command.replace("{token}", token))
        else:
            solution = HOSTILE[kind][language].replace("{port}", str(listener.port))
            solution = solution.replace("{token}", token).replace("{repo}", str(REPO))
        compiled = compile_suite(read_suite(SUITE), language)
        outcome = run_hostile(compiled, solution, path, timeout=limit(kind))
        connections = unix.connections()
    finally:
        listener.close()
        unix.close()
        secret.unlink()
    # a language may name another status its runtime honestly gives for a kind (samples.ALSO_EXPECTED)
    also_expected = getattr(get_emitter(language).samples(), "ALSO_EXPECTED", {})
    also = {Status(name) for name in also_expected.get(kind, ())}
    assert outcome.status in EXPECTED[kind] | also, (outcome.status, outcome.stderr[-500:])
    assert len(outcome.stdout) <= 1 << 20
    for leftover in ("/tmp", "/run/lock", "/dev/shm", "/var/tmp", str(REPO)):
        assert not Path(leftover, token).exists(), leftover
    assert listener.connections == 0 and connections == 0
    assert f"secret-{token}" not in outcome.stdout and "pytest" not in outcome.stdout
    assert host_ipc() == ipc_before
    assert sandbox_processes() == []
