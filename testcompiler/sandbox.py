"""Isolation for one program run: its own uid, network, /tmp, process group and resource limits.

Started as root (CI, containers), each run gets:

- a uid of its own from a pool (61000 and up, no passwd entry needed), so that RLIMIT_NPROC caps a fork
  bomb, the program cannot write anything root owns, and every process it left behind can be killed by uid;
- a fresh network namespace (nothing but a down loopback) and a mount namespace in which /tmp, /var/tmp and
  /dev/shm are its private directory;
- limits on address space, file size (its output goes to files, so this caps output), processes and core
  dumps, a new session, closed stdin.

Started as an ordinary user, only the limits, the session and the private directory apply (documented
fallback: no uid switch, no namespaces).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import resource
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

OUTPUT_LIMIT = 1 << 20  # bytes a program may write (stdout and stderr go to files)
MEMORY_LIMIT = 2 << 30  # address space per process
PROCESS_LIMIT = 64  # processes per sandbox uid
UID_BASE = 61000
UID_COUNT = 64

_CLONE_NEWNS = 0x00020000
_CLONE_NEWNET = 0x40000000
_MS_REC = 0x4000
_MS_PRIVATE = 1 << 18
_MS_BIND = 4096
_PRIVATE_DIRS = (b"/var/tmp", b"/dev/shm", b"/tmp")  # /tmp last: the job dir itself may live under it


@dataclass(frozen=True)
class Slot:
    """Where one program runs: its directory and, as root, its uid."""

    directory: Path
    uid: int | None


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def is_root() -> bool:
    return os.geteuid() == 0


_uid_lock = threading.Lock()
_held: dict[int, int] = {}  # uid -> file descriptor of its lock


def _take_uid() -> int:
    """A sandbox uid no other run on this machine holds, in this process or any other (an flock per uid):
    runs sharing a uid would kill each other's processes."""
    lock_dir = Path(tempfile.gettempdir()) / "testcompiler-uids"
    lock_dir.mkdir(mode=0o700, exist_ok=True)
    while True:
        with _uid_lock:
            for uid in range(UID_BASE, UID_BASE + UID_COUNT):
                if uid in _held:
                    continue
                fd = os.open(lock_dir / str(uid), os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                _held[uid] = fd
                return uid
        time.sleep(0.05)  # every uid busy: wait for one


def _give_back_uid(uid: int) -> None:
    with _uid_lock:
        fd = _held.pop(uid)
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


_PR_SET_CHILD_SUBREAPER = 36


@cache
def _become_subreaper() -> None:
    """Orphans of sandboxed programs are re-parented to this process rather than to PID 1 (which, in a
    container, may never reap them): kill_all can then reap them, and they stop counting against the uid."""
    _libc().prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


@contextlib.contextmanager
def slot() -> Iterator[Slot]:
    """A private directory (and uid, as root) for one run; afterwards every process of that uid is killed
    and the directory removed."""
    _become_subreaper()
    uid = _take_uid() if is_root() else None
    directory = Path(tempfile.mkdtemp(prefix="testcompiler-"))
    try:
        if uid is not None:
            os.chown(directory, uid, uid)
        yield Slot(directory, uid)
    finally:
        if uid is not None:
            kill_all(uid)
            _give_back_uid(uid)
        shutil.rmtree(directory, ignore_errors=True)


def kill_all(uid: int, spare: int | None = None) -> None:
    """SIGKILL every process of ``uid`` (but ``spare``) until none is left (a fork bomb refills the gaps)."""
    for _ in range(100):
        pids = [pid for pid in processes_of(uid) if pid != spare]
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for pid in pids:  # orphans were re-parented to us (we are a subreaper): reap them
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)


def processes_of(uid: int) -> list[int]:
    pids = []
    with os.scandir("/proc") as entries:
        for entry in entries:
            if entry.name.isdigit():
                try:
                    if entry.stat().st_uid == uid:
                        pids.append(int(entry.name))
                except FileNotFoundError:
                    continue
    return pids


def preexec(run_slot: Slot, *, address_space: bool = True, namespaces: bool = True) -> Callable[[], None]:
    """The function the child runs between fork and exec. Kept to plain system calls: it runs in a
    forked copy of a threaded process."""
    directory = os.fsencode(run_slot.directory)
    uid = run_slot.uid
    use_namespaces = namespaces and uses_namespaces(run_slot)
    libc = _libc()

    def apply() -> None:
        if use_namespaces:
            if libc.unshare(_CLONE_NEWNS | _CLONE_NEWNET) != 0:
                os._exit(125)
            libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None)
            for target in _PRIVATE_DIRS:
                libc.mount(directory, target, None, _MS_BIND, None)
            os.chdir(b"/tmp")  # the same directory, under the name it has in here
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if uid is not None:
            resource.setrlimit(resource.RLIMIT_NPROC, (PROCESS_LIMIT, PROCESS_LIMIT))
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)

    return apply


def uses_namespaces(run_slot: Slot) -> bool:
    return run_slot.uid is not None and namespaces_work()


@cache
def namespaces_work() -> bool:
    """Whether this kernel lets us make network and mount namespaces (it may not, inside some containers)."""
    if not is_root():
        return False
    libc = _libc()

    def probe() -> None:
        if libc.unshare(_CLONE_NEWNS | _CLONE_NEWNET) != 0:
            os._exit(1)

    try:
        return subprocess.run(["true"], preexec_fn=probe, check=False).returncode == 0
    except OSError:
        return False


def reachable_by_others(path: str) -> bool:
    """Whether a program running under a sandbox uid can execute ``path`` (every directory above it
    searchable by others, the file executable by others)."""
    real = Path(os.path.realpath(path))
    for parent in real.parents:
        if not os.stat(parent).st_mode & stat.S_IXOTH:
            return False
    return bool(os.stat(real).st_mode & stat.S_IXOTH)


def search_path(name: str) -> list[str]:
    """Every executable called ``name`` on PATH, in order."""
    found = []
    for directory in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep):
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            found.append(candidate)
    return found
